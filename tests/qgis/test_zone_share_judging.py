"""landplan:zoneindustrialshare on real files: service-led zones reported but not judged
(ZONE_TYPE_FIELD / INDUSTRIAL_TYPES) and the city-wide share over 城镇建设用地 (CITY_OUTPUT)."""
import pytest
from conftest import run_alg
from helpers import read_layer, write_gpkg
from osgeo import ogr

ALG = "landplan:zoneindustrialshare"
X0, Y0 = 500000.0, 3900000.0


def rect(x0, y0, x1, y1):
    x0, x1, y0, y1 = X0 + x0, X0 + x1, Y0 + y0, Y0 + y1
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)


ZONES = [("甲", "工业主导", rect(0, 0, 1000, 1000)), ("乙", "现代服务业", rect(2000, 0, 3000, 1000)),
         ("丙", None, rect(4000, 0, 5000, 1000))]
# (geometry, DLBM, CZCSXM): each zone 50 ha 工业 + 50 ha 住宅 (50 %); outside: 40 ha 村庄 industry
LANDUSE = [(rect(0, 0, 500, 1000), "0601", "201"), (rect(500, 0, 1000, 1000), "0701", "201"),
           (rect(2000, 0, 2500, 1000), "0601", "202A"), (rect(2500, 0, 3000, 1000), "0701", "202"),
           (rect(4000, 0, 4500, 1000), "0601", "203"), (rect(4500, 0, 5000, 1000), "0701", None),
           (rect(6000, 0, 6400, 1000), "0601", "203"), (rect(7000, 0, 8000, 1000), "0101", "201")]


@pytest.fixture
def data(tmp_path):
    zones = write_gpkg(str(tmp_path / "z.gpkg"), "zones", 4547, [("园区名称", ogr.OFTString), ("类型", ogr.OFTString)],
                       [(g, {"园区名称": n, "类型": t}) for n, t, g in ZONES])
    lu = write_gpkg(str(tmp_path / "lu.gpkg"), "landuse", 4547, [("DLBM", ogr.OFTString), ("CZCSXM", ogr.OFTString)],
                    [(g, {"DLBM": c, "CZCSXM": s}) for g, c, s in LANDUSE])
    return zones, lu


def test_service_led_zone_reported_not_judged(qgis_app, tmp_path, data):
    zones, lu = data
    res, fb = run_alg(ALG, {"ZONES": zones, "LANDUSE": lu, "ZONE_TYPE_FIELD": "类型", "INDUSTRIAL_TYPES": "工业主导",
                            "OUTPUT": str(tmp_path / "o.gpkg")})
    rows = {r["zone_name"]: r for r in read_layer(res["OUTPUT"])[1]}
    assert (rows["甲"]["judged"], rows["甲"]["share_ok"]) == (1, 0)
    assert rows["乙"]["judged"] == 0 and rows["乙"]["share_ok"] is None and rows["乙"]["deficit_ha"] is None
    assert rows["乙"]["ind_share"] == pytest.approx(50.0, rel=1e-3)
    assert rows["乙"]["verdict"].startswith("不评判：非工业主导开发区（类型：现代服务业）")
    assert (rows["丙"]["judged"], rows["丙"]["share_ok"]) == (1, 0)   # no type: judged
    log = "\n".join(fb.log)
    assert "Zones without a type, judged as industry-led: 丙" in log
    assert "not judged (not industry-led): 乙" in log
    assert "CITY_OUTPUT" not in res or not res.get("CITY_OUTPUT")


def test_without_type_field_every_zone_judged_with_a_note(qgis_app, tmp_path, data):
    zones, lu = data
    res, fb = run_alg(ALG, {"ZONES": zones, "LANDUSE": lu, "OUTPUT": str(tmp_path / "o.gpkg")})
    rows = read_layer(res["OUTPUT"])[1]
    assert [r["judged"] for r in rows] == [1, 1, 1] and [r["share_ok"] for r in rows] == [0, 0, 0]
    assert any("No zone type field" in line for line in fb.log)
    res, fb = run_alg(ALG, {"ZONES": zones, "LANDUSE": lu, "ZONE_TYPE_FIELD": "类型",
                            "OUTPUT": str(tmp_path / "o2.gpkg")})
    assert [r["judged"] for r in read_layer(res["OUTPUT"])[1]] == [1, 1, 1]
    assert any("No industry-led zone types given" in line for line in fb.log)


def test_city_output(qgis_app, tmp_path, data):
    zones, lu = data
    res, fb = run_alg(ALG, {"ZONES": zones, "LANDUSE": lu, "CITY_TARGET": 50, "CITY_TARGET_2035": 60,
                            "OUTPUT": str(tmp_path / "o.gpkg"), "CITY_OUTPUT": str(tmp_path / "city.gpkg")})
    rows = read_layer(res["CITY_OUTPUT"])[1]
    assert [r["ct_year"] for r in rows] == [2025, 2035]
    # 城镇 (201/202/202A) construction land: 甲 100 + 乙 100 ha; 50 + 50 industrial; 203 / empty outside
    assert rows[0]["ct_base_ha"] == pytest.approx(200.0, rel=1e-3)
    assert rows[0]["ct_ind_ha"] == pytest.approx(100.0, rel=1e-3)
    assert rows[0]["ct_out_ha"] == pytest.approx(140.0, rel=1e-3)
    assert (rows[0]["ct_ok"], rows[1]["ct_ok"]) == (1, 0)      # exactly 50 % reaches 50 %
    assert rows[1]["ct_gap_ha"] == pytest.approx(20.0, rel=1e-3)
    assert any("2025年目标达到" in line for line in fb.log)


def test_city_output_without_settlement_code(qgis_app, tmp_path):
    zones = write_gpkg(str(tmp_path / "z.gpkg"), "zones", 4547, [("园区名称", ogr.OFTString)],
                       [(rect(0, 0, 1000, 1000), {"园区名称": "甲"})])
    lu = write_gpkg(str(tmp_path / "lu.gpkg"), "landuse", 4547, [("DLBM", ogr.OFTString)],
                    [(rect(0, 0, 500, 1000), {"DLBM": "0601"})])
    res, fb = run_alg(ALG, {"ZONES": zones, "LANDUSE": lu, "OUTPUT": str(tmp_path / "o.gpkg"),
                            "CITY_OUTPUT": str(tmp_path / "city.gpkg")})
    rows = read_layer(res["CITY_OUTPUT"])[1]
    assert rows[0]["ct_share"] is None and "无城镇村属性码" in rows[0]["ct_verdict"]
    assert [r["ct_target"] for r in rows] == [20.0, 25.0]   # the defaults when not given
    assert any("no 城镇村属性码 field" in line for line in fb.log)


def test_zone_report_says_not_judged(qgis_app, tmp_path, data):
    import shutil
    import subprocess
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    zones, lu = data
    res, _fb = run_alg(ALG, {"ZONES": zones, "LANDUSE": lu, "ZONE_TYPE_FIELD": "类型", "INDUSTRIAL_TYPES": "工业主导",
                             "OUTPUT": str(tmp_path / "o.gpkg")})
    pdf = str(tmp_path / "r.pdf")
    run_alg("landplan:zonereport", {"ZONES": res["OUTPUT"], "OUTPUT": pdf, "PNG": ""})
    pages = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    by_zone = {name: next(p for p in pages if name in p) for name in "甲乙"}
    assert "不评判" in by_zone["乙"] and "未达标" in by_zone["甲"]
    assert "待核实" not in by_zone["乙"]   # the 是否达标 cell says 不评判, not 待核实

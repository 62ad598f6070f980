"""landplan:renewalunits end to end on known geometry: every unit type, the 四旧一村 share over
construction land, 300/500 m coverage, the railway belt, vacancy, named problems, CRS."""
import os

import pytest
from conftest import run_alg
from helpers import CancelAfter, read_layer, write_gpkg
from osgeo import ogr

X0, Y0 = 500000.0, 3900000.0
S, R = ogr.OFTString, ogr.OFTReal


def rect(x0, y0, x1, y1):
    return "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        X0 + x0, Y0 + y0, X0 + x1, Y0 + y0, X0 + x1, Y0 + y1, X0 + x0, Y0 + y1, X0 + x0, Y0 + y0)


def point(x, y):
    return "POINT(%r %r)" % (X0 + x, Y0 + y)


def unit(k):
    """Unit k: a 1000 m square at x = 3000 k."""
    return rect(3000 * k, 0, 3000 * k + 1000, 1000)


NAMES = ["甲重点", "乙TOD", "丙一般", "丁优化", "戊不划入", "己空置", "庚见绿", "辛小绿地", None]


def write_layers(path, epsg=4547):
    units = [(unit(k), {"单元名称": name}) for k, name in enumerate(NAMES)] + [(None, {"单元名称": "空几何"})]
    landuse = [
        (unit(0), {"DLBM": "0701"}), (unit(1), {"DLBM": "0701"}),
        (rect(6000, 0, 6600, 1000), {"DLBM": "0701"}), (rect(6600, 0, 7000, 1000), {"DLBM": "1101"}),  # water
        (unit(3), {"DLBM": "0601"}), (unit(4), {"DLBM": "0601"}), (unit(5), {"DLBM": "0701"}),
        (rect(18100, 0, 18700, 600), {"DLBM": "0701"}), (rect(21100, 0, 21700, 600), {"DLBM": "0701"}),
        (unit(8), {"DLBM": "0701"}),
        ("POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (   # bow-tie (repaired, named): two 2500 m² triangles
            X0 + 21800, Y0 + 800, X0 + 21900, Y0 + 900, X0 + 21900, Y0 + 800, X0 + 21800, Y0 + 900, X0 + 21800,
            Y0 + 800), {"DLBM": "0601"}),
    ]
    resources = [
        (rect(6000, 0, 6200, 1000), {"ur_class": "老旧小区"}),        # 200 of 600 m construction: 33.3 %
        (rect(9000, 0, 9300, 1000), {"ur_class": "低效工业用地"}),    # 30 %, not 四旧一村
        (rect(12000, 0, 12100, 1000), {"ur_class": "低效工业用地"}),  # 10 %
        (rect(0, 0, 100, 1000), {"ur_class": "城中村"}),              # 10 % in the key unit
    ]
    key = [(rect(800, 0, 1200, 1000), {"类型": "重要中心区"}),
           (rect(11000, 0, 12000, 1000), {"类型": "商业集中区"})]    # shares only an edge with 戊
    stations = [(point(4700, 500), {"站名": "A站"}),                 # 700 m from 乙
                (point(12500, 1900), {"站名": "B站"})]               # 900 m from 戊
    new_areas = [(rect(9000, 0, 10000, 1000), {}), (rect(12000, 0, 13000, 1000), {}),
                 (rect(15000, 0, 16000, 1000), {})]
    green = [(rect(18080, 0, 18100, 600), {}),                        # 12000 m²: green and park
             (rect(21070, 0, 21089, 20), {}),                         # 380 m²: too small
             (rect(21500, 700, 21520, 720), {})]                      # 400 m²: green, not a park
    railways = [("LINESTRING(%r %r,%r %r)" % (X0 + 24000, Y0 + 1030, X0 + 25000, Y0 + 1030), {})]
    buildings = [
        (rect(24100, 970, 24120, 1000), {"建筑面积": 1000.0, "空置率": None}),  # 30 m from the rail
        (rect(24200, 960, 24220, 980), {"建筑面积": None, "空置率": None}),     # 50 m: in, footprint 400
        (rect(24300, 950, 24320, 970), {"建筑面积": 3000.0, "空置率": None}),   # 60 m: out
        (rect(15100, 100, 15120, 120), {"建筑面积": 1000.0, "空置率": 50.0}),
        (rect(15200, 100, 15220, 120), {"建筑面积": 3000.0, "空置率": 20.0}),   # weighted 27.5 %
    ]
    uris = {
        "units": write_gpkg(path, "units", epsg, [("单元名称", S)], units),
        "landuse": write_gpkg(path, "landuse", epsg, [("DLBM", S)], landuse),
        "resources": write_gpkg(path, "resources", epsg, [("ur_class", S)], resources),
        "key": write_gpkg(path, "key_areas", epsg, [("类型", S)], key),
        "stations": write_gpkg(path, "stations", epsg, [("站名", S)], stations, ogr.wkbPoint),
        "new": write_gpkg(path, "new_areas", epsg, [], new_areas),
        "green": write_gpkg(path, "green", epsg, [], green),
        "rail": write_gpkg(path, "railways", epsg, [], railways, ogr.wkbLineString),
        "buildings": write_gpkg(path, "buildings", epsg, [("建筑面积", R), ("空置率", R)], buildings),
    }
    return uris


def params(uris, tmp_path, **extra):
    p = {"UNITS": uris["units"], "RESOURCES": uris["resources"], "LANDUSE": uris["landuse"],
         "KEY_AREAS": uris["key"], "STATIONS": uris["stations"], "NEW_AREAS": uris["new"], "GREEN": uris["green"],
         "RAILWAYS": uris["rail"], "BUILDINGS": uris["buildings"],
         "OUTPUT": str(tmp_path / "units_out.gpkg"), "UNCOVERED": str(tmp_path / "uncovered.gpkg")}
    p.update(extra)
    return p


@pytest.fixture
def layers(qgis_app, tmp_path):
    return write_layers(str(tmp_path / "in.gpkg"))


def _by_name(rows):
    return {r["ru_name"]: r for r in rows}


def test_unit_types_shares_and_reasons(layers, tmp_path):
    res, fb = run_alg("landplan:renewalunits", params(layers, tmp_path))
    _, rows = read_layer(res["OUTPUT"])
    units = _by_name(rows)
    assert len(rows) == 10
    assert units["空几何"]["ru_type"] is None and units["空几何"]["ru_reason"] == "单元几何为空，未评估"
    got = {name: units[name]["ru_type"] for name in NAMES if name}
    assert got == {"甲重点": "重点更新单元", "乙TOD": "重点更新单元", "丙一般": "一般更新单元",
                   "丁优化": "优化提升单元", "戊不划入": "不划入", "己空置": "优化提升单元",
                   "庚见绿": "不划入", "辛小绿地": "不划入"}
    # key area whatever the share; the reason names the key-area type
    assert "重要中心区" in units["甲重点"]["ru_reason"]
    assert units["甲重点"]["ru_vil_ha"] == pytest.approx(10.0)
    assert units["甲重点"]["ru_old_pct"] == pytest.approx(10.0)
    assert "700m" in units["乙TOD"]["ru_reason"]
    # 四旧一村 over construction land (water left out): 200 ÷ 600, not 200 ÷ 1000
    assert units["丙一般"]["ru_con_ha"] == pytest.approx(60.0)
    assert units["丙一般"]["ru_old_pct"] == pytest.approx(100.0 / 3.0, abs=1e-4)
    assert units["丙一般"]["ru_old_ha"] == pytest.approx(20.0)
    # 低效工业用地 is not 四旧一村: 30 % 低效, 0 % old
    assert units["丁优化"]["ru_old_pct"] == pytest.approx(0.0)
    assert units["丁优化"]["ru_low_pct"] == pytest.approx(30.0)
    assert units["丁优化"]["ru_low_ha"] == pytest.approx(30.0)
    # an edge shared with a key area and a station 900 m away do not make 戊 重点
    assert units["戊不划入"]["ru_low_pct"] == pytest.approx(10.0)
    assert "不高于20" in units["戊不划入"]["ru_reason"]
    # vacancy weighted by floor area: (50×1000 + 20×3000) ÷ 4000
    assert units["己空置"]["ru_vac_pct"] == pytest.approx(27.5)
    assert "空置率27.5%" in units["己空置"]["ru_reason"]
    assert units["丙一般"]["ru_area_ha"] == pytest.approx(100.0)
    assert "老旧小区（四旧一村） 20.00公顷" in units["丙一般"]["ru_res"]


def test_green_park_coverage_and_uncovered(layers, tmp_path):
    res, _ = run_alg("landplan:renewalunits", params(layers, tmp_path))
    _, rows = read_layer(res["OUTPUT"])
    units = _by_name(rows)
    # residential 600 m wide beside a 20 m strip: 300 of 600 within 300 m, 500 of 600 within 500 m
    assert units["庚见绿"]["ru_grn_pct"] == pytest.approx(50.0, abs=1e-4)
    assert units["庚见绿"]["ru_prk_pct"] == pytest.approx(500.0 / 6.0, abs=1e-4)
    assert units["庚见绿"]["ru_resi_ha"] == pytest.approx(36.0)
    # 380 m² does not count for 见绿; 400 m² counts for 见绿 but not for 见园
    assert units["辛小绿地"]["ru_grn_pct"] > 0
    assert units["辛小绿地"]["ru_prk_pct"] == pytest.approx(0.0)
    # no green near the other residential units
    assert units["丙一般"]["ru_grn_pct"] == pytest.approx(0.0)
    assert units["丁优化"]["ru_grn_pct"] is None  # no residential land
    _, uncovered = read_layer(res["UNCOVERED"])
    green_unit = [r for r in uncovered if r["uc_unit"] == "庚见绿"]
    assert len(green_unit) == 1
    assert green_unit[0]["uc_m2"] == pytest.approx(300 * 600, rel=1e-6)
    assert green_unit[0]["uc_park"] == 0 and "300米见绿" in green_unit[0]["uc_reason"]
    assert green_unit[0]["_geom"].area() == pytest.approx(300 * 600, rel=1e-6)


def test_railway_belt_and_named_problems(layers, tmp_path):
    res, fb = run_alg("landplan:renewalunits", params(layers, tmp_path))
    _, rows = read_layer(res["OUTPUT"])
    unnamed = [r for r in rows if r["ru_name"].startswith("#")]
    assert len(unnamed) == 1
    # 30 m and exactly 50 m from the line are in the belt, 60 m is not; floor area, else footprint
    assert unnamed[0]["ru_rail_n"] == 2
    assert unnamed[0]["ru_rail_m2"] == pytest.approx(1400.0)
    assert sum(r["ru_rail_n"] for r in rows) == 2
    log = "\n".join(fb.log)
    assert "UNITS #9" in log and "LANDUSE #11" in log and "UNITS #10" in log
    units = _by_name(rows)
    assert units["辛小绿地"]["ru_con_ha"] == pytest.approx(36.5)   # 600 × 600 + the repaired bow-tie


def test_parameters_change_the_answers(layers, tmp_path):
    res, _ = run_alg("landplan:renewalunits", params(layers, tmp_path, GENERAL_SHARE=40, TOD_RADIUS=600,
                                                     GAP_SHARE=30, RAIL_BELT=49, GREEN_MIN_AREA=401))
    _, rows = read_layer(res["OUTPUT"])
    units = _by_name(rows)
    assert units["丙一般"]["ru_type"] == "不划入"
    assert units["乙TOD"]["ru_type"] == "不划入"
    assert units["丁优化"]["ru_type"] == "不划入"   # 30 % is not above 30 %
    assert units["己空置"]["ru_type"] == "不划入"
    assert units["辛小绿地"]["ru_grn_pct"] == pytest.approx(0.0)
    assert [r for r in rows if r["ru_name"].startswith("#")][0]["ru_rail_n"] == 1


def test_optional_layers_left_out(layers, tmp_path):
    p = params(layers, tmp_path)
    for name in ("KEY_AREAS", "STATIONS", "NEW_AREAS", "GREEN", "RAILWAYS", "BUILDINGS"):
        p.pop(name)
    res, _ = run_alg("landplan:renewalunits", p)
    _, rows = read_layer(res["OUTPUT"])
    units = _by_name(rows)
    assert units["甲重点"]["ru_type"] == "不划入" and units["丙一般"]["ru_type"] == "一般更新单元"
    assert units["庚见绿"]["ru_grn_pct"] is None and units["己空置"]["ru_vac_pct"] is None
    assert "未给城市新区图层" in units["丁优化"]["ru_reason"]


def test_other_crs_reprojected_and_geographic_units(qgis_app, tmp_path):
    """The units in EPSG:4490 (geographic) and the rest in EPSG:4547: the same answers, in a GK CRS."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer
    uris = write_layers(str(tmp_path / "in.gpkg"))
    src = QgsVectorLayer(uris["units"], "u", "ogr")
    tr = QgsCoordinateTransform(src.crs(), QgsCoordinateReferenceSystem("EPSG:4490"), QgsProject.instance())
    rows = []
    for f in src.getFeatures():
        g = f.geometry()
        g.densifyByDistance(10)
        g.transform(tr)
        rows.append((g.asWkt(12), {"单元名称": f["单元名称"] if f["单元名称"] else None}))
    uris["units"] = write_gpkg(str(tmp_path / "geo.gpkg"), "units", 4490, [("单元名称", S)], rows)
    res, fb = run_alg("landplan:renewalunits", params(uris, tmp_path))
    lyr, out = read_layer(res["OUTPUT"])
    assert lyr.crs().authid() == "EPSG:4547"
    units = _by_name(out)
    assert units["丙一般"]["ru_type"] == "一般更新单元"
    assert units["丙一般"]["ru_old_pct"] == pytest.approx(100.0 / 3.0, rel=1e-3)
    assert "EPSG:4490" in "\n".join(fb.log)


def test_ledger_sheet_and_style(layers, tmp_path):
    from openpyxl import load_workbook
    ledger = str(tmp_path / "ledger.xlsx")
    res, _ = run_alg("landplan:renewalunits", params(layers, tmp_path, LEDGER=ledger))
    ws = load_workbook(res["LEDGER"])["城市更新单元"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(r for r in values if r and r[0] == "更新单元")
    assert "四旧一村占比(%)" in header
    body = [r for r in values if r and r[0] == "丙一般"]
    assert body and body[0][1] == "一般更新单元" and body[0][header.index("四旧一村占比(%)")] == 33.3
    from qgis.core import QgsVectorLayer
    lyr = QgsVectorLayer(res["OUTPUT"], "o", "ogr")
    lyr.loadDefaultStyle()
    cats = [c.value() for c in lyr.renderer().categories()]
    assert "重点更新单元" in cats and "优化提升单元" in cats


def test_cancel_removes_partial_output(layers, tmp_path):
    out = str(tmp_path / "cancelled.gpkg")
    fb = CancelAfter(10)
    run_alg("landplan:renewalunits", params(layers, tmp_path, OUTPUT=out), feedback=fb)
    assert not os.path.exists(out)


def test_demo_shows_every_unit_type(qgis_app, tmp_path):
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "scripts"))
    import demo_renewal_units
    path = demo_renewal_units.main(str(tmp_path / "demo.gpkg"))
    p = {name: "%s|layername=%s" % (path, lyr) for name, lyr in (
        ("UNITS", "units"), ("RESOURCES", "resources"), ("LANDUSE", "landuse"), ("KEY_AREAS", "key_areas"),
        ("STATIONS", "stations"), ("NEW_AREAS", "new_areas"), ("GREEN", "green"), ("RAILWAYS", "railways"),
        ("BUILDINGS", "buildings"))}
    p.update(OUTPUT=str(tmp_path / "o.gpkg"), UNCOVERED=str(tmp_path / "u.gpkg"))
    res, _ = run_alg("landplan:renewalunits", p)
    _, rows = read_layer(res["OUTPUT"])
    units = _by_name(rows)
    assert {name: r["ru_type"] for name, r in units.items()} == {
        "二七商圈": "重点更新单元", "站前": "重点更新单元", "老城": "一般更新单元", "老城南": "一般更新单元",
        "新区东": "优化提升单元", "新区西": "优化提升单元", "新区北": "不划入", "居住片": "不划入"}
    assert units["老城"]["ru_old_pct"] == pytest.approx(40.0) and units["老城南"]["ru_old_pct"] == pytest.approx(30.0)
    assert (units["老城"]["ru_rail_n"], units["老城"]["ru_rail_m2"]) == (3, 6300.0)
    assert (units["老城南"]["ru_rail_n"], units["老城南"]["ru_rail_m2"]) == (1, 1800.0)
    assert units["老城"]["ru_grn_pct"] > 0 and units["老城南"]["ru_grn_pct"] == 0


def test_quarterly_model_runs_the_renewal_step_when_given(qgis_app, demo_gpkg, tmp_path):
    """The units step runs on the resources the model's 城市更新资源识别 step found (the 城市更新 demo)."""
    from qgis.core import QgsApplication, QgsProcessingContext
    from test_plans_model import MODEL_ID, _base_params
    alg = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert "landplan:renewalunits" in {c.algorithmId() for c in alg.childAlgorithms().values()}
    demo = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "demo",
                        "renewal_demo.gpkg")
    params = _base_params(demo_gpkg, tmp_path)
    for name, lyr in (("landuse", "landuse"), ("ring_road", "ring_road"), ("renewal_blocks", "industrial_blocks"),
                      ("renewal_buildings", "buildings"), ("renewal_units", "units"), ("stations", "stations"),
                      ("key_areas", "key_areas"), ("new_areas", "new_areas"), ("green", "green"),
                      ("railways", "railways")):
        params[name] = "%s|layername=%s" % (demo, lyr)
    params.update({"renewal:renewal_resources": str(tmp_path / "renewal_resources.gpkg"),
                   "units:units_assessed": str(tmp_path / "renewal_units.gpkg"),
                   "units:units_uncovered": str(tmp_path / "renewal_uncovered.gpkg")})
    run_alg(MODEL_ID, params, context=QgsProcessingContext())
    rows = read_layer(str(tmp_path / "renewal_units.gpkg"))[1]
    types = {r["ru_type"] for r in rows}
    assert len(rows) == 5 and {"重点更新单元", "一般更新单元"} <= types
    assert os.path.exists(tmp_path / "renewal_uncovered.gpkg")

"""landplan:renewalresources and landplan:renewalscreening end to end, on the 城市更新 demo
(resources/demo/renewal_demo.gpkg, scripts/demo_renewal.py) and on small layers built here."""
import os

import pytest
from conftest import REPO, run_alg
from helpers import read_layer, write_gpkg
from osgeo import ogr

DEMO = os.path.join(REPO, "resources", "demo", "renewal_demo.gpkg")
X0, Y0 = 420000.0, 3850000.0
S, R = ogr.OFTString, ogr.OFTReal


def rl(name):
    return "%s|layername=%s" % (DEMO, name)


def rect(x0, y0, x1, y1):
    return "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        X0 + x0, Y0 + y0, X0 + x1, Y0 + y0, X0 + x1, Y0 + y1, X0 + x0, Y0 + y1, X0 + x0, Y0 + y0)


def bowtie(x0, y0, side):
    return "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        X0 + x0, Y0 + y0, X0 + x0 + side, Y0 + y0 + side, X0 + x0 + side, Y0 + y0, X0 + x0, Y0 + y0 + side,
        X0 + x0, Y0 + y0)


RESOURCE_LAYERS = {"LANDUSE": "landuse", "BUILDINGS": "buildings", "SCORED": "scored", "IDLE": "idle",
                   "UNSUPPLIED": "unsupplied", "INDUSTRIAL_BLOCKS": "industrial_blocks", "RING_ROAD": "ring_road"}
SCREEN_LAYERS = {"PROJECTS": "projects", "DEV_BOUNDARY": "dev_boundary", "FARMLAND": "farmland",
                 "ECO_REDLINE": "eco_redline", "HERITAGE": "heritage", "ECO_CONTROL": "eco_control",
                 "OVER_CAPACITY": "over_capacity", "HEIGHT_ZONES": "height_zones"}
#: project → (rs_listed, rs_conds, rs_checkup)
EXPECTED = {
    "GX01": (0, None, 1), "GX02": (1, "2、5", 1), "GX03": (0, None, 1), "GX04": (1, "4", 1), "GX05": (0, None, 1),
    "GX06": (0, None, 0), "GX07": (1, "1", 1), "GX08": (1, "1", 1), "GX09": (1, "1", 1), "GX10": (1, "3", 1),
    "GX11": (1, "6", 1), "GX12": (0, None, 1), "GX13": (0, None, 1),
}


@pytest.fixture(scope="module")
def resources(qgis_app, tmp_path_factory):
    folder = tmp_path_factory.mktemp("renewal")
    out, ledger = str(folder / "resources.gpkg"), str(folder / "ledger.xlsx")
    params = {k: rl(v) for k, v in RESOURCE_LAYERS.items()}
    results, fb = run_alg("landplan:renewalresources", dict(params, OUTPUT=out, LEDGER=ledger,
                                                            REPORT=str(folder / "map.pdf")))
    return read_layer(results["OUTPUT"])[1], fb, results


def _by(rows, **match):
    return [r for r in rows if all(r[k] == v for k, v in match.items())]


def test_every_class_route_and_ring_on_the_demo(resources):
    rows, _fb, _results = resources
    classes = {r["ur_class"] for r in rows}
    assert classes == {"老旧小区", "城中村", "低效工业用地", "低效楼宇", "老旧厂房", "闲置土地", "批而未供"}
    assert {r["ur_route"] for r in _by(rows, ur_class="低效工业用地")} == {"再开发", "转型升级"}
    assert {r["ur_ring"] for r in _by(rows, ur_class="城中村")} == {"三环以内", "三环以外"}
    assert all(r["ur_route"] is None for r in rows if r["ur_class"] != "低效工业用地")
    assert all(r["ur_ring"] is None for r in rows if r["ur_class"] != "城中村")
    assert len(_by(rows, ur_class="城中村")) == 5  # the 203 (村庄) polygon is rural, not 城中村
    for r in rows:
        assert abs(r["ur_mu"] - r["ur_ha"] * 15.0) < 1e-6 and r["ur_reason"].startswith(r["ur_class"])
        assert r["ur_src"].split(" #")[0] in RESOURCE_LAYERS


def test_crossing_parcel_split_by_area_along_the_block_line(resources):
    rows = resources[0]
    low = _by(rows, ur_class="低效工业用地")
    by_src = {}
    for r in low:
        by_src.setdefault(r["ur_src"], []).append(r)
    split = [v for v in by_src.values() if len(v) == 2]
    assert len(split) == 1  # column 6, row 1 crosses x = 1300
    pieces = {r["ur_route"]: r["ur_ha"] for r in split[0]}
    assert pieces["再开发"] == pytest.approx(1.62) and pieces["转型升级"] == pytest.approx(1.62)
    assert sum(r["ur_ha"] for r in _by(rows, ur_route="再开发")) == pytest.approx(3.24 + 1.62)


def test_old_estates_on_or_before_and_official_area(resources):
    rows = resources[0]
    estates = _by(rows, ur_class="老旧小区")
    assert len(estates) == 16  # 15 blocks of old housing + the block of one building completed 2000-12-31
    assert any("1栋中1栋" in r["ur_reason"] for r in estates)
    # the block whose TBDLMJ is 2 % above its drawn area counts the official area
    assert any(abs(r["ur_ha"] - 3.24 * 1.02) < 1e-6 for r in estates)


def test_vacancy_at_or_above_the_minimum(resources):
    rows = resources[0]
    low = _by(rows, ur_class="低效楼宇")
    assert len(low) == 3  # 30.0, 45 and 62; not 29.9
    assert any("空置率30.0%" in r["ur_reason"] for r in low)
    assert not any("29.9" in r["ur_reason"] for r in low)
    factories = _by(rows, ur_class="老旧厂房")
    assert any("停产" in r["ur_reason"] and "位于低效工业用地" not in r["ur_reason"] for r in factories)
    assert any("位于低效工业用地" in r["ur_reason"] for r in factories)
    assert all(r["ur_reason"].split("，")[1][:10] <= "2000-12-31" for r in factories)


def test_bad_rows_named_and_ledger_sheet(resources):
    _rows, fb, results = resources
    log = "\n".join(fb.log)
    assert "不详" in log and "建成年份" in log
    assert "字段「用途」为空" in log
    from openpyxl import load_workbook
    ws = load_workbook(results["LEDGER"])["城市更新资源"]
    values = [c.value for c in ws["A"] if c.value]
    assert "老旧小区" in values and any(str(v).startswith("合计：低效工业用地·再开发") for v in values)


def test_other_crs_reprojected_and_same_answer(resources, tmp_path):
    rows = resources[0]
    moved, _ = run_alg("native:reprojectlayer", {"INPUT": rl("buildings"), "TARGET_CRS": "EPSG:4490",
                                                 "OUTPUT": str(tmp_path / "b4490.gpkg")})
    params = {k: rl(v) for k, v in RESOURCE_LAYERS.items()}
    params.update(BUILDINGS=moved["OUTPUT"], OUTPUT=str(tmp_path / "o.gpkg"))
    results, fb = run_alg("landplan:renewalresources", params)
    again = read_layer(results["OUTPUT"])[1]
    assert any("reprojected" in line or "已投影" in line for line in fb.log)
    for cls in ("老旧小区", "低效楼宇", "老旧厂房"):
        assert len(_by(again, ur_class=cls)) == len(_by(rows, ur_class=cls)), cls


def test_without_optional_layers_and_invalid_geometry(qgis_app, tmp_path):
    path = str(tmp_path / "in.gpkg")
    land = write_gpkg(path, "landuse", 4547, [("DLBM", S)], [
        (rect(0, 0, 200, 100), {"DLBM": "0702"}),       # crosses the ring at x = 100
        (bowtie(300, 0, 100), {"DLBM": "0702"}),         # invalid: repaired and named
        (rect(500, 0, 600, 100), {"DLBM": "0701"}),      # residential, no buildings: not classified
    ])
    ring = write_gpkg(path, "ring", 4547, [("名称", S)], [(rect(-1000, -1000, 100, 1000), {"名称": "三环"})])
    results, fb = run_alg("landplan:renewalresources", {"LANDUSE": land, "OUTPUT": str(tmp_path / "a.gpkg")})
    rows = read_layer(results["OUTPUT"])[1]
    assert {r["ur_class"] for r in rows} == {"城中村"} and all(r["ur_ring"] is None for r in rows)
    assert any("三环" in r["ur_reason"] for r in rows)
    assert any("LANDUSE #2" in line for line in fb.log)  # the bow-tie named
    results, _ = run_alg("landplan:renewalresources", {"LANDUSE": land, "RING_ROAD": ring,
                                                       "OUTPUT": str(tmp_path / "b.gpkg")})
    rows = read_layer(results["OUTPUT"])[1]
    first = [r for r in rows if r["ur_src"] == "LANDUSE #1"]
    assert sorted((r["ur_ring"], round(r["ur_ha"], 4)) for r in first) == [("三环以内", 1.0), ("三环以外", 1.0)]


# ---- negative list --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def screening(qgis_app, tmp_path_factory):
    folder = tmp_path_factory.mktemp("screening")
    params = {k: rl(v) for k, v in SCREEN_LAYERS.items()}
    results, fb = run_alg("landplan:renewalscreening", dict(params, OUTPUT=str(folder / "s.gpkg"),
                                                             LEDGER=str(folder / "ledger.xlsx")))
    return {r["项目编号"]: r for r in read_layer(results["OUTPUT"])[1]}, fb, results


def test_every_condition_and_reading_on_the_demo(screening):
    rows, fb, _ = screening
    got = {pid: (r["rs_listed"], r["rs_conds"], r["rs_checkup"]) for pid, r in rows.items()}
    assert got == EXPECTED
    assert {c for v in got.values() if v[1] for c in v[1].split("、")} == {"1", "2", "3", "4", "5", "6"}
    assert "小于10平方米" in rows["GX03"]["rs_reason"]            # sliver: 9 m², not listed
    assert rows["GX04"]["rs_ov_m2"] == pytest.approx(10.0)           # exactly MIN_OVERLAP: listed
    assert rows["GX05"]["rs_listed"] == 0                            # height = limit: allowed
    assert "无体检不更新" in rows["GX06"]["rs_reason"]
    assert "规划高度缺失" in rows["GX12"]["rs_reason"]
    assert rows["GX02"]["rs_ov_m2"] == pytest.approx(22500.0 + 40000.0)  # heritage + the whole 24 m zone part
    assert any("PROJECTS #13" in line for line in fb.log)            # bow-tie repaired and named


def test_min_overlap_parameter_and_ledger(screening, tmp_path):
    from openpyxl import load_workbook
    ws = load_workbook(screening[2]["LEDGER"])["更新项目负面清单"]
    assert ws["A3"].value == "GX02" or ws["B3"].value == "是"
    params = {k: rl(v) for k, v in SCREEN_LAYERS.items()}
    results, _ = run_alg("landplan:renewalscreening", dict(params, MIN_OVERLAP=5.0, OUTPUT=str(tmp_path / "m.gpkg")))
    rows = {r["项目编号"]: r for r in read_layer(results["OUTPUT"])[1]}
    assert rows["GX03"]["rs_conds"] == "3"  # 9 m² counts once the minimum is 5


def test_screening_other_crs_and_no_layers(screening, tmp_path):
    moved, _ = run_alg("native:reprojectlayer", {"INPUT": rl("height_zones"), "TARGET_CRS": "EPSG:4490",
                                                 "OUTPUT": str(tmp_path / "h.gpkg")})
    params = {k: rl(v) for k, v in SCREEN_LAYERS.items()}
    params.update(HEIGHT_ZONES=moved["OUTPUT"], OUTPUT=str(tmp_path / "r.gpkg"))
    results, fb = run_alg("landplan:renewalscreening", params)
    rows = {r["项目编号"]: r for r in read_layer(results["OUTPUT"])[1]}
    assert {p: (r["rs_listed"], r["rs_conds"]) for p, r in rows.items()} == {
        p: v[:2] for p, v in EXPECTED.items()}
    assert any("HEIGHT_ZONES" in line and "EPSG:4490" in line for line in fb.log)
    results, _ = run_alg("landplan:renewalscreening", {"PROJECTS": rl("projects"), "OUTPUT": str(tmp_path / "n.gpkg")})
    rows = {r["项目编号"]: r for r in read_layer(results["OUTPUT"])[1]}
    assert {p for p, r in rows.items() if r["rs_listed"]} == {"GX11"}  # only the hand-recorded condition


def test_map_page_prints_the_totals(resources):
    import subprocess
    pdf = resources[2]["REPORT"]
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    assert "城市更新资源分布图" in text
    assert "低效工业用地·再开发：2处，4.86公顷" in text and "城中村·三环以外：1处" in text
    assert "老旧小区" in text and "图例" in text


def test_cancel_stops_both_and_removes_the_output(qgis_app, tmp_path):
    import time

    import processing
    from helpers import CancelAfter
    from qgis.core import QgsProcessingContext, QgsProcessingException
    path = str(tmp_path / "big.gpkg")
    squares = [(rect(x * 12, y * 12, x * 12 + 10, y * 12 + 10), {"DLBM": "0702", "项目编号": "P%d" % (x * 150 + y)})
               for x in range(150) for y in range(150)]
    land = write_gpkg(path, "land", 4547, [("DLBM", S), ("项目编号", S)], squares)
    ring = write_gpkg(path, "ring", 4547, [("名称", S)], [(rect(0, 0, 900, 1800), {"名称": "三环"})])
    for alg_id, params, at in (
            ("landplan:renewalresources", {"LANDUSE": land, "RING_ROAD": ring}, 50),
            ("landplan:renewalscreening", {"PROJECTS": land, "HERITAGE": ring}, 40)):
        out = str(tmp_path / ("%s.gpkg" % alg_id.split(":")[1]))
        fb = CancelAfter(at)
        try:
            processing.run(alg_id, dict(params, OUTPUT=out), context=QgsProcessingContext(), feedback=fb)
        except QgsProcessingException:
            pass
        assert fb.cancelled_at is not None, alg_id
        assert time.perf_counter() - fb.cancelled_at < 2.0, alg_id
        assert len(set(fb.progress_seen)) >= 3, alg_id
        assert not os.path.exists(out), alg_id


def test_old_before_and_vacancy_min_parameters(resources, tmp_path):
    rows = resources[0]
    params = {k: rl(v) for k, v in RESOURCE_LAYERS.items()}
    results, fb = run_alg("landplan:renewalresources", dict(params, OLD_BEFORE="2001年1月1日", VACANCY_MIN=45.0,
                                                            OUTPUT=str(tmp_path / "p.gpkg")))
    again = read_layer(results["OUTPUT"])[1]
    # the block whose one building was completed 2001-01-01 becomes old (on the day); 30 % is no longer 低效
    assert len(_by(again, ur_class="老旧小区")) == len(_by(rows, ur_class="老旧小区")) + 1
    assert len(_by(again, ur_class="低效楼宇")) == 2
    assert any("2001-01-01" in line for line in fb.log)


def test_a_project_without_geometry_or_a_zone_without_limit_is_not_silently_cleared(qgis_app, tmp_path):
    path = str(tmp_path / "in.gpkg")
    projects = write_gpkg(path, "projects", 4547, [("项目编号", S), ("规划高度", R), ("体检编号", S)], [
        (rect(0, 0, 100, 100), {"项目编号": "Z1", "规划高度": 80.0, "体检编号": "T1"}),
        (None, {"项目编号": "Z2", "规划高度": 80.0, "体检编号": "T1"})])
    zones = write_gpkg(path, "zones", 4547, [("限高", R)], [(rect(-10, -10, 110, 110), {"限高": None})])
    results, _fb = run_alg("landplan:renewalscreening", {
        "PROJECTS": projects, "PROJECT_ID_FIELD": "项目编号", "HEIGHT_ZONES": zones, "HEIGHT_LIMIT_FIELD": "限高",
        "PROJECT_HEIGHT_FIELD": "规划高度", "CHECKUP_FIELD": "体检编号", "OUTPUT": str(tmp_path / "s.gpkg")})
    rows = read_layer(results["OUTPUT"])[1]
    assert [r["rs_listed"] for r in rows] == [0, 0]
    assert "限高缺失" in rows[0]["rs_reason"] and "几何为空" in rows[1]["rs_reason"]

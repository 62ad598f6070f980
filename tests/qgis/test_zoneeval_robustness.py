"""Robustness of zoneevaluation and flagunauthorized (as issue 6): messy values named per row and
field, invalid and NULL geometry, mixed CRS, demo inputs left unchanged."""
import hashlib
import shutil

import pytest
from conftest import run_alg
from helpers import read_layer, write_gpkg
from osgeo import ogr

X0, Y0 = 500000.0, 3900000.0
S = ogr.OFTString


def rect(x0, y0, x1, y1):
    return "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        X0 + x0, Y0 + y0, X0 + x1, Y0 + y0, X0 + x1, Y0 + y1, X0 + x0, Y0 + y1, X0 + x0, Y0 + y0)


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def lyr_uri(path, name):
    return "%s|layername=%s" % (path, name)


def test_demo_inputs_unchanged_and_outputs_sane(qgis_app, demo_gpkg, tmp_path):
    demo = str(tmp_path / "demo.gpkg")
    shutil.copy(demo_gpkg, demo)
    before = md5(demo)
    res, _ = run_alg("landplan:zoneevaluation", {
        "ZONES": lyr_uri(demo, "zones"), "LANDUSE": lyr_uri(demo, "landuse"), "SUPPLIED": lyr_uri(demo, "supplies"),
        "READY": lyr_uri(demo, "approvals"), "BUILDINGS": lyr_uri(demo, "buildings_survey"),
        "PARCELS": lyr_uri(demo, "parcels"),
        "AS_OF": "2025-12-31", "OUTPUT": str(tmp_path / "e.gpkg")})
    assert md5(demo) == before
    lyr, rows = read_layer(res["OUTPUT"])
    assert len(rows) == 3
    for r in rows:
        assert 0 < r["score"] < 100
        assert 0 < r["sup_rate"] <= 100 and r["yrs_left"] > 0
        assert 0 < r["far_all"] < 5 and 0 < r["cov_ind"] < 100
        # the demo has supply records for its supplied land: 土地建成率 about 100 %, not 601.9 %
        assert 95 < r["built_rate"] < 102, (r["zone_name"], r["built_rate"])
        over = r["built_rate"] > 100
        assert (r["rd_built"] is None) == over and ("数据不一致：土地建成率" in (r["eval_note"] or "")) == over
    assert sum(r["built_rate"] > 100 for r in rows) == 2           # the data-inconsistency case is shown
    del lyr
    res, _ = run_alg("landplan:flagunauthorized", {
        "BUILTUP": lyr_uri(demo, "builtup_change"), "APPROVALS": lyr_uri(demo, "approvals"),
        "SUPPLIED": lyr_uri(demo, "supplies"),
        "REGISTERED": lyr_uri(demo, "parcels"), "ZONES": lyr_uri(demo, "zones"), "OUTPUT": str(tmp_path / "u.gpkg")})
    assert md5(demo) == before
    lyr, rows = read_layer(res["OUTPUT"])
    assert len(rows) == 7 and all(r["ua_mu"] >= 1 for r in rows)
    assert {r["ua_code"] for r in rows} == {"0601", "0701", "05H1", "0602"}
    del lyr


@pytest.fixture
def messy(qgis_app, tmp_path):
    path = str(tmp_path / "messy.gpkg")
    bowtie = "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        X0, Y0, X0 + 200, Y0 + 200, X0 + 200, Y0, X0, Y0 + 200, X0, Y0)
    uris = {
        "zones": write_gpkg(path, "zones", 4547, [("园区名称", S)], [
            (rect(0, 0, 400, 400), {"园区名称": "正常园区"}),
            (bowtie, {"园区名称": "蝴蝶结园区"}),
            (None, {"园区名称": "无几何园区"}),
            (rect(1000, 0, 1100, 100), {"园区名称": None})]),
        "landuse": write_gpkg(path, "landuse", 4547, [("DLBM", S)], [
            (rect(0, 0, 400, 200), {"DLBM": " 0601工业用地 "}),     # code followed by its name, spaces
            (rect(0, 200, 400, 300), {"DLBM": "７０１"}),            # full-width, no leading zero
            (rect(0, 300, 400, 400), {"DLBM": "XYZ"}),              # unknown code: reported
            (rect(1000, 0, 1100, 100), {"DLBM": None}),             # NULL code
            (None, {"DLBM": "0601"})]),                             # no geometry
        "parcels": write_gpkg(path, "parcels", 4547, [("固定资产投资", S), ("税收总额", S)], [
            (rect(0, 0, 100, 100), {"固定资产投资": "1,234.5", "税收总额": "N/A"}),
            (rect(100, 0, 200, 100), {"固定资产投资": "１２３", "税收总额": "－"}),
            (rect(200, 0, 300, 100), {"固定资产投资": "-5", "税收总额": "7"})]),
        "buildings": write_gpkg(path, "buildings", 4547, [("层数", S)], [
            (rect(10, 10, 60, 60), {"层数": "三层"}),
            (rect(110, 10, 160, 60), {"层数": "2"})]),
        "supplied": write_gpkg(path, "supplied", 4547, [("供地日期", S)], [
            (rect(0, 0, 400, 100), {"供地日期": "2024.02.30"}),   # impossible date: undated, counted
            (rect(0, 100, 400, 200), {"供地日期": "44927"})]),    # Excel serial 2023-01-01
    }
    return path, uris


def test_messy_values_and_geometry(messy, tmp_path):
    path, uris = messy
    before = md5(path)
    res, fb = run_alg("landplan:zoneevaluation", {
        "ZONES": uris["zones"], "LANDUSE": uris["landuse"], "LANDUSE_FIELD": "DLBM", "PARCELS": uris["parcels"],
        "INVEST_FIELD": "固定资产投资", "TAX_FIELD": "税收总额", "BUILDINGS": uris["buildings"],
        "FLOORS_FIELD": "层数", "SUPPLIED": uris["supplied"], "SUPPLY_DATE_FIELD": "供地日期",
        "AS_OF": "2025-12-31", "OUTPUT": str(tmp_path / "m.gpkg")})
    assert md5(path) == before
    lyr, rows = read_layer(res["OUTPUT"])
    z = {r["zone_name"]: r for r in rows}
    assert set(z) == {"正常园区", "蝴蝶结园区", "无几何园区", "#4"}
    ok = z["正常园区"]
    assert ok["ind_ha"] == pytest.approx(8.0, abs=1e-4)       # " 0601工业用地 " read as 0601
    assert ok["built_ha"] == pytest.approx(12.0, abs=1e-4)    # "７０１" read as 0701
    # investment: 1234.5 + 123 over the two parcels that have it (2 ha); "-5" is a problem
    assert ok["inv_ha"] == pytest.approx(1357.5 / 2, abs=1e-3)
    assert ok["tax_ha"] == pytest.approx(7.0, abs=1e-4)       # only the third parcel has a tax
    assert ok["far_all"] == pytest.approx(0.5 / 12, abs=1e-4)  # "三层" is no number: footprint only
    assert ok["supp_ha"] == pytest.approx(8.0, abs=1e-4) and ok["supyr_ha"] == pytest.approx(4 / 3, abs=1e-4)
    bow = z["蝴蝶结园区"]
    assert bow["zone_ha"] == pytest.approx(2.0, abs=1e-3)     # repaired: two triangles of 1 ha
    none = z["无几何园区"]
    assert none["zone_ha"] == 0 and none["score"] is None and none["_geom"].isEmpty()
    log = "\n".join(fb.log)
    assert "XYZ" in log and "蝴蝶结园区" in log
    # data problems are named per row and field
    assert "PARCELS #1: 字段「税收总额」值「N/A」" in log
    assert "PARCELS #3: 字段「固定资产投资」值「-5」" in log
    assert "BUILDINGS #1: 字段「层数」值「三层」" in log
    assert "SUPPLIED #1: 字段「供地日期」值「2024.02.30」" in log
    del lyr


def test_zones_in_another_crs(messy, tmp_path):
    _, uris = messy
    import processing
    from qgis.core import QgsCoordinateReferenceSystem
    zones = processing.run("native:reprojectlayer", {"INPUT": uris["zones"], "TARGET_CRS":
                                                     QgsCoordinateReferenceSystem("EPSG:4490"),
                                                     "OUTPUT": str(tmp_path / "z4490.gpkg")})["OUTPUT"]
    res, fb = run_alg("landplan:zoneevaluation", {"ZONES": zones, "LANDUSE": uris["landuse"],
                                                  "OUTPUT": str(tmp_path / "x.gpkg")})
    lyr, rows = read_layer(res["OUTPUT"])
    ok = [r for r in rows if r["zone_name"] == "正常园区"][0]
    assert ok["ind_share"] == pytest.approx(8 / 12 * 100, rel=5e-3)
    del lyr
    res, _ = run_alg("landplan:flagunauthorized", {"BUILTUP": uris["landuse"], "APPROVALS": uris["supplied"],
                                                   "SUPPLIED": uris["supplied"], "ZONES": zones,
                                                   "OUTPUT": str(tmp_path / "y.gpkg")})
    lyr, rows = read_layer(res["OUTPUT"])
    # 0601 is all supplied; the 0701 strip (4 ha = 60 亩) is not
    assert [(r["ua_code"], round(r["ua_mu"])) for r in rows] == [("0701", 60)]
    assert rows[0]["ua_zone"] == "正常园区"
    del lyr

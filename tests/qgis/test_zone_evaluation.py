"""landplan:zoneevaluation end to end on a hand-computed layout ."""
import hashlib
import os

import pytest
from osgeo import ogr

from conftest import run_alg
from helpers import read_layer, write_gpkg

X0, Y0 = 500000.0, 3900000.0
HA = 10000.0


def near(value, **kw):
    """Output numbers are stored with 4 decimals."""
    return pytest.approx(value, abs=kw.pop("abs", 1e-4), **kw)
S, R = ogr.OFTString, ogr.OFTReal


def _digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def rect(x0, y0, x1, y1):
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
        X0 + x0, Y0 + y0, X0 + x1, Y0 + y0, X0 + x1, Y0 + y1, X0 + x0, Y0 + y1, X0 + x0, Y0 + y0)


def build(path):
    """Zone 甲 (100 ha, hand-computed below), zone 乙 (empty: no land use at all), zone 丙 (only
    residential land: no industrial land)."""
    uris = {}
    uris["zones"] = write_gpkg(path, "zones", 4547, [("园区名称", S)], [
        (rect(0, 0, 1000, 1000), {"园区名称": "甲"}),
        (rect(2000, 0, 2200, 200), {"园区名称": "乙"}),
        (rect(3000, 0, 3200, 200), {"园区名称": "丙"})])
    uris["landuse"] = write_gpkg(path, "landuse", 4547, [("DLBM", S)], [
        (rect(0, 0, 1000, 100), {"DLBM": "1101"}),        # river: 10 ha unbuildable
        (rect(0, 100, 500, 700), {"DLBM": "0601"}),       # industrial 30 ha
        (rect(0, 100, 100, 200), {"DLBM": "601"}),        # overlapping duplicate: counted once
        (rect(500, 100, 1000, 700), {"DLBM": "0701"}),    # residential 30 ha
        (rect(0, 700, 1000, 1000), {"DLBM": "0101"}),     # farmland 30 ha: buildable, not built
        (rect(3000, 0, 3200, 200), {"DLBM": "0701"})])    # zone 丙: 4 ha residential
    uris["supplied"] = write_gpkg(path, "supplied", 4547, [("供地日期", S)], [
        (rect(0, 100, 500, 700), {"供地日期": "2024-03-01"}),     # 30 ha, in 2023–2025
        (rect(500, 100, 800, 700), {"供地日期": "2019年5月1日"}),  # 18 ha, before the window
        (rect(0, 100, 100, 200), {"供地日期": "20230101"}),       # 1 ha inside the first: once
        (rect(800, 100, 1000, 700), {"供地日期": "2026-02-01"}),  # after AS_OF: not yet supplied
        (rect(800, 700, 1000, 750), {"供地日期": "待定"})])       # 1 ha undated: supplied, not in the mean
    uris["buildings"] = write_gpkg(path, "buildings", 4547, [("层数", S), ("建筑面积", S)], [
        (rect(100, 200, 300, 400), {"层数": "2"}),                # 4 ha on industrial land
        (rect(100, 200, 300, 400), {"层数": "３"}),               # duplicate, 3 floors: wins, counted once
        (rect(600, 200, 700, 300), {"建筑面积": "50,000"}),       # 1 ha, 5 ha floor area
        (rect(950, 300, 1050, 400), {"层数": "4"}),               # crosses the edge: 0.5 ha inside
        (rect(700, 500, 800, 600), {"层数": "N/A"})])             # no floor information: footprint only
    uris["parcels"] = write_gpkg(path, "parcels", 4547, [("固定资产投资", S), ("税收总额", S), ("容积率", S)], [
        (rect(0, 100, 250, 700), {"固定资产投资": "60000", "税收总额": "3000", "容积率": "0.5"}),
        (rect(250, 100, 500, 700), {"固定资产投资": "75,000", "税收总额": "N/A", "容积率": "1.2"}),
        (rect(-100, 800, 100, 900), {"固定资产投资": "10000", "税收总额": "400", "容积率": "0.25"})])
    uris["idle"] = write_gpkg(path, "idle", 4547, [("idle_flag", S)], [
        (rect(0, 600, 100, 700), {"idle_flag": "1"}),
        (rect(100, 600, 200, 700), {"idle_flag": "0"}),
        (rect(0, 600, 100, 700), {"idle_flag": "1"})])
    return uris


@pytest.fixture
def layout(qgis_app, tmp_path):
    path = str(tmp_path / "in.gpkg")
    return path, build(path)


def params(uris, out, **extra):
    p = {"ZONES": uris["zones"], "LANDUSE": uris["landuse"], "LANDUSE_FIELD": "DLBM", "SUPPLIED": uris["supplied"],
         "SUPPLY_DATE_FIELD": "供地日期", "BUILDINGS": uris["buildings"], "FLOORS_FIELD": "层数",
         "FLOOR_AREA_FIELD": "建筑面积", "PARCELS": uris["parcels"], "INVEST_FIELD": "固定资产投资",
         "TAX_FIELD": "税收总额", "FAR_FIELD": "容积率", "IDLE": uris["idle"], "AS_OF": "2025年12月31日",
         "OUTPUT": out}
    p.update(extra)
    return p


def by_zone(uri):
    lyr, rows = read_layer(uri)
    return lyr, {r["zone_name"]: r for r in rows}


def test_contract_and_hand_computed_numbers(layout, tmp_path):
    path, uris = layout
    before = _digest(path)
    out = str(tmp_path / "eval.gpkg")
    xlsx = str(tmp_path / "eval.xlsx")
    res, fb = run_alg("landplan:zoneevaluation", params(uris, out, OUTPUT_XLSX=xlsx))
    lyr, z = by_zone(res["OUTPUT"])
    names = lyr.fields().names()
    for field in ("sup_rate", "built_rate", "ind_share", "far_all", "bld_dens", "far_ind", "cov_ind", "inv_ha",
                  "tax_ha", "idle_rate", "yrs_left", "score", "pot_ext", "pot_int", "pot_mgmt"):
        assert field in names and len(field) <= 10
    assert lyr.fields().field("sup_rate").alias() == "土地供应率(%)"
    a = z["甲"]
    assert a["dev_ha"] == near(90.0)
    # 已供应 = supply records (49 ha) ∪ registered parcels: the parcel crossing the edge adds its 1 ha
    # inside that no supply covers; the other two lie on supplies (counted once)
    assert a["supp_ha"] == near(50.0)
    assert a["sup_rate"] == near(50 / 90 * 100)
    assert a["built_ha"] == near(60.0) and a["ind_ha"] == near(30.0)
    assert a["built_rate"] == near(60 / 50 * 100)        # 120 %: a data inconsistency, kept as measured
    assert a["rd_built"] is None and "数据不一致：土地建成率 120.0%超过100%" in a["eval_note"]
    assert a["ind_share"] == near(50.0)
    assert a["far_all"] == near(19 / 60)
    assert a["bld_dens"] == near(6.5 / 60 * 100)
    assert a["far_ind"] == near(12 / 30)
    assert a["cov_ind"] == near(4 / 30 * 100)
    assert a["inv_ha"] == near(140000 / 31)
    assert a["tax_ha"] == near(3200 / 16)
    assert a["idle_ha"] == near(1.0) and a["idle_rate"] == near(100 / 50)
    assert a["supyr_ha"] == near(10.0)
    assert a["yrs_left"] == near(4.0)
    assert (a["pot_ext"], a["pot_int"], a["pot_mgmt"]) == pytest.approx((40.0, 8.25, 1.0), abs=1e-4)
    assert 0 < a["score"] < 100
    # 乙: no land use at all
    b = z["乙"]
    for key in ("built_rate", "ind_share", "far_all", "bld_dens", "far_ind", "cov_ind", "inv_ha", "idle_rate"):
        assert b[key] is None, key
    assert b["sup_rate"] == 0.0 and b["yrs_left"] is None
    # 丙: construction land but no industrial land
    c = z["丙"]
    assert c["ind_share"] == 0.0 and c["far_ind"] is None and c["cov_ind"] is None
    assert "工业用地综合容积率" in c["eval_note"] and "按比例分配" in c["eval_note"]
    log = "\n".join(fb.log)
    assert "EXAMPLE" in log or "示例" in log
    # one undated supply, one future supply, one building without floors: each counted in the log
    assert log.count(": 1") >= 3
    assert _digest(path) == before
    import openpyxl
    wb = openpyxl.load_workbook(xlsx)
    ws = wb["评价指标表"]
    assert ws.cell(2, 6).value == "甲"
    rows = {ws.cell(r, 2).value: r for r in range(3, ws.max_row + 1)}
    assert ws.cell(rows["土地供应率"], 6).value == near(50 / 90 * 100, abs=1e-3)
    assert ws.cell(rows["已供应国有建设用地"], 6).value == near(50.0, abs=1e-3)
    notes = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value]
    assert any(str(v).startswith("已供应国有建设用地 = 供地记录 ∪ 登记宗地") for v in notes)
    assert any(str(v).startswith("甲：数据不一致：土地建成率 120.0%") for v in notes)
    assert "实现度" in wb.sheetnames
    del lyr


def test_optional_layers_left_out_give_nulls_and_redistribute(layout, tmp_path):
    _, uris = layout
    p = {"ZONES": uris["zones"], "LANDUSE": uris["landuse"], "OUTPUT": str(tmp_path / "min.gpkg")}
    res, fb = run_alg("landplan:zoneevaluation", p)
    lyr, z = by_zone(res["OUTPUT"])
    a = z["甲"]
    assert a["ind_share"] == near(50.0)
    for key in ("sup_rate", "built_rate", "far_all", "inv_ha", "tax_ha", "idle_rate", "yrs_left", "pot_ext"):
        assert a[key] is None, key
    assert a["score"] == near(100 * 50 / 60)  # only 工业用地率 is computable
    log = "\n".join(fb.log)
    assert "redistributed" in log or "按比例" in log
    del lyr


def test_ready_layer_and_supply_years(layout, tmp_path):
    path, uris = layout
    ready = write_gpkg(path, "ready", 4547, [("x", S)], [(rect(0, 100, 1000, 800), {"x": "a"})])  # 70 ha
    res, _ = run_alg("landplan:zoneevaluation", params(uris, str(tmp_path / "r.gpkg"), READY=ready,
                                                       SUPPLY_YEARS=7))
    lyr, z = by_zone(res["OUTPUT"])
    a = z["甲"]
    # 已达到供地条件 = READY ∪ 已供应: the registered parcel's 1 ha outside READY has reached them too
    assert a["ready_ha"] == near(71.0)
    assert a["sup_rate"] == near(50 / 71 * 100)
    # 2019–2025: every dated supply up to AS_OF (30 ∪ 18 ∪ 1 = 48 ha) over 7 years
    assert a["supyr_ha"] == near(48 / 7)
    assert a["yrs_left"] == near(21 / (48 / 7))          # 71 − 50 ha still to supply
    del lyr


def test_custom_evaluation_file_and_bad_file(layout, tmp_path):
    _, uris = layout
    f = tmp_path / "prov.json"
    f.write_text('{"id": "prov", "name": "某省", "indicators": {"far_all": {"ideal": 0.5, "weight": 1}}}',
                 encoding="utf-8")
    res, fb = run_alg("landplan:zoneevaluation", params(uris, str(tmp_path / "c.gpkg"), EVALUATION_FILE=str(f)))
    lyr, z = by_zone(res["OUTPUT"])
    assert z["甲"]["score"] == near(100 * (19 / 60) / 0.5)
    assert z["甲"]["eval_file"] == "prov"
    assert "rd_far" in lyr.fields().names() and "rd_sup" not in lyr.fields().names()
    del lyr
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "b", "name": "b", "indicators": {"far_all": {"ideal": -1, "weight": 1}}}', encoding="utf-8")
    with pytest.raises(Exception) as exc:
        run_alg("landplan:zoneevaluation", params(uris, str(tmp_path / "d.gpkg"), EVALUATION_FILE=str(bad)))
    assert "bad.json" in str(exc.value)


def test_geographic_crs_gives_the_same_rates(layout, tmp_path):
    _, uris = layout
    import processing
    from qgis.core import QgsCoordinateReferenceSystem
    geo = {}
    for key in ("zones", "landuse", "supplied"):
        geo[key] = processing.run("native:reprojectlayer", {
            "INPUT": uris[key], "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:4490"),
            "OUTPUT": str(tmp_path / ("%s_4490.gpkg" % key))})["OUTPUT"]
    res, _ = run_alg("landplan:zoneevaluation", {"ZONES": geo["zones"], "LANDUSE": geo["landuse"],
                                                 "SUPPLIED": geo["supplied"], "SUPPLY_DATE_FIELD": "供地日期",
                                                 "AS_OF": "2025-12-31", "OUTPUT": str(tmp_path / "geo.gpkg")})
    lyr, z = by_zone(res["OUTPUT"])
    assert z["甲"]["sup_rate"] == near(49 / 90 * 100, rel=5e-3)
    assert z["甲"]["ind_share"] == near(50.0, rel=5e-3)
    del lyr


def test_cancel_removes_partial_output(layout, tmp_path):
    _, uris = layout
    from qgis.core import QgsProcessingFeedback
    fb = QgsProcessingFeedback()
    fb.cancel()
    out = str(tmp_path / "cancel.gpkg")
    res, _ = run_alg("landplan:zoneevaluation", params(uris, out), feedback=fb)
    assert not res.get("OUTPUT") and not os.path.exists(out)


def test_attainment_chart_for_the_zone_report(layout, tmp_path):
    _, uris = layout
    res, _ = run_alg("landplan:zoneevaluation", params(uris, str(tmp_path / "c.gpkg")))
    lyr, z = by_zone(res["OUTPUT"])
    from landplan_plugin.output.evaluation_chart import draw_attainment_chart
    from landplan_plugin.core.evaluation import attainment_items
    items = attainment_items(z["丙"])
    assert ("工业用地综合容积率", None) in items and len(items) == 10
    assert ("土地建成率", "待核实") in attainment_items(z["甲"])      # 120 %: a data inconsistency
    png = draw_attainment_chart(str(tmp_path / "c.png"), items, z["丙"]["score"])
    from qgis.PyQt.QtGui import QImage
    img = QImage(png)
    assert img.width() == 900 and img.height() == 90 + 44 * 10
    del lyr


def test_enum_ids_and_industrial_only(layout, tmp_path):
    path, uris = layout
    lu = write_gpkg(path, "landuse2", 4547, [("DLBM", S)], [
        (rect(0, 100, 500, 700), {"DLBM": "0601"}), (rect(500, 100, 1000, 700), {"DLBM": "0508"})])
    res, _ = run_alg("landplan:zoneevaluation", {"ZONES": uris["zones"], "LANDUSE": lu, "LANDUSE_FIELD": "DLBM",
                                                 "CLASSIFICATION": "sandiao_2017", "NUMERATOR": "industrial_only",
                                                 "OUTPUT": str(tmp_path / "io.gpkg")})
    lyr, z = by_zone(res["OUTPUT"])
    assert z["甲"]["ind_share"] == near(50.0)   # 0508 物流仓储 is not 工业 only
    del lyr
    res, _ = run_alg("landplan:zoneevaluation", {"ZONES": uris["zones"], "LANDUSE": lu, "LANDUSE_FIELD": "DLBM",
                                                 "OUTPUT": str(tmp_path / "all.gpkg")})
    lyr, z = by_zone(res["OUTPUT"])
    assert z["甲"]["ind_share"] == near(100.0)  # 工矿仓储 counts warehousing
    del lyr

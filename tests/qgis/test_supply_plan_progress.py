"""landplan:supplyplanprogress end to end: real files, real Processing runs."""
import hashlib
import os

import pytest
from conftest import REPO, run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr

PLAN = os.path.join(REPO, "resources", "plans", "zhengzhou_2024.csv")
HA = 10000.0 ** 0.5  # side of a 1 ha square in metres


def _supplies(tmp_path):
    """Squares in EPSG:4547: 住宅 3 ha + 2 ha, 0508 1 ha (as integer 508 in a text field), one after
    AS_OF, one the year before, one unreadable date, one farmland code."""
    rows = [
        ("2024-02-01", "0701", 3, "金水区"), ("2024年6月30日", "702", 2, "金水区"), ("2024/05/05", "508", 1, "二七区"),
        ("2024-07-01", "0601", 4, "金水区"), ("2023-12-31", "0601", 5, "金水区"), ("待定", "0601", 6, "金水区"),
        ("2024-03-03", "0101", 7, "二七区"),
    ]
    feats = []
    x = 590000
    for date, code, ha, dist in rows:
        side = (ha * 10000.0) ** 0.5
        feats.append((square(x, 3960000, side), {"供地日期": date, "DLBM": code, "区县": dist}))
        x += 1000
    return write_gpkg(str(tmp_path / "supplies.gpkg"), "supplies", 4547,
                      [("供地日期", ogr.OFTString), ("DLBM", ogr.OFTString), ("区县", ogr.OFTString)], feats)


def _md5(path):
    with open(path.split("|")[0], "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def test_progress_against_the_shipped_plan(qgis_app, tmp_path):
    src = _supplies(tmp_path)
    before = _md5(src), _md5(PLAN)
    out = str(tmp_path / "progress.gpkg")
    chart = str(tmp_path / "chart.png")
    ledger = str(tmp_path / "ledger.xlsx")
    res, fb = run_alg("landplan:supplyplanprogress", {
        "PLAN": PLAN, "SUPPLIES": src, "AS_OF": "2024年6月30日", "OUTPUT": out, "CHART": chart, "LEDGER": ledger})
    rows = {f["category"]: f for f in read_layer(res["OUTPUT"])[1]}
    assert set(rows) == {"住宅", "商服", "工矿仓储", "其他", "合计"}
    assert rows["住宅"]["plan_ha"] == pytest.approx(871.73)
    assert rows["住宅"]["supp_ha"] == pytest.approx(5.0, rel=1e-6)
    assert rows["工矿仓储"]["supp_ha"] == pytest.approx(1.0, rel=1e-6)
    assert rows["商服"]["done_pct"] == 0
    assert rows["合计"]["req_pct"] == 50 and rows["合计"]["on_track"] == 0
    assert rows["合计"]["gap_ha"] == pytest.approx(3927.94 / 2 - 6.0, rel=1e-6)
    assert rows["住宅"]["supp_shr"] == pytest.approx(500 / 6, rel=1e-6)
    assert rows["合计"]["plan_shr"] == pytest.approx(100)
    log = "\n".join(fb.log)
    assert "待定" in log                      # unreadable date named
    assert "0101" in log and "7.0000" in log  # unknown code with its area
    assert "4.0000" in log and "5.0000" in log  # after AS_OF / before the year: counted in the log
    assert os.path.getsize(chart) > 5000
    from openpyxl import load_workbook
    ws = load_workbook(ledger)["供地计划执行"]
    assert "2024-06-30" in ws["A1"].value and ws.print_title_rows.replace("$", "") == "2:2"
    assert (_md5(src), _md5(PLAN)) == before   # inputs unchanged


def test_districts_table_input_and_xlsx_output(qgis_app, tmp_path):
    plan = tmp_path / "plan.csv"
    plan.write_text("区县,用途,面积\n金水区,住宅用地,10\n金水区,工矿仓储用地,\"1,000\"\n二七区,住宅,5\n",
                    encoding="utf-8")
    src = _supplies(tmp_path)
    out = str(tmp_path / "progress.xlsx")
    res, fb = run_alg("landplan:supplyplanprogress", {
        "PLAN": str(plan), "PLAN_CATEGORY_FIELD": "用途", "PLAN_AREA_FIELD": "面积", "PLAN_DISTRICT_FIELD": "区县",
        "SUPPLIES": src, "SUPPLY_DISTRICT_FIELD": "区县", "AS_OF": "2024-09-30", "MILESTONES": "06-30:50,09-30:75",
        "OUTPUT": out})
    rows = {(f["district"], f["category"]): f for f in read_layer(res["OUTPUT"])[1]}
    assert rows[("金水区", "住宅")]["supp_ha"] == pytest.approx(5.0, rel=1e-6)
    assert rows[("金水区", "工矿仓储")]["plan_ha"] == 1000
    assert rows[("二七区", "工矿仓储")]["supp_ha"] == pytest.approx(1.0, rel=1e-6)
    assert rows[("全部", "合计")]["plan_ha"] == 1015 and rows[("全部", "合计")]["req_pct"] == 75


def test_bad_milestones_are_named(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="06-31"):
        run_alg("landplan:supplyplanprogress", {"PLAN": PLAN, "SUPPLIES": _supplies(tmp_path), "AS_OF": "2024-06-30",
                                                "MILESTONES": "06-31:50", "OUTPUT": str(tmp_path / "o.gpkg")})


def test_plan_from_xlsx_with_a_total_row(qgis_app, tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "计划"
    for row in (["用途类别", "计划面积"], ["住宅用地", 871.73], ["商服用地", "186.52"], ["工矿仓储用地", 924.05],
                ["其他用地", "1,945.64"], ["合计", 3927.94]):
        ws.append(row)
    path = str(tmp_path / "plan.xlsx")
    wb.save(path)
    res, fb = run_alg("landplan:supplyplanprogress", {
        "PLAN": path, "SUPPLIES": _supplies(tmp_path), "AS_OF": "2024-12-31", "OUTPUT": str(tmp_path / "o.gpkg")})
    rows = {f["category"]: f for f in read_layer(res["OUTPUT"])[1]}
    assert rows["合计"]["plan_ha"] == pytest.approx(3927.94)      # the 合计 row is checked, not added
    assert rows["合计"]["req_pct"] == 100
    assert not any("不一致" in line for line in fb.log)


def test_gbk_csv_plan_and_tasks(qgis_app, tmp_path):
    """Excel saves 中文 CSV as GBK: headers and categories are read correctly, the file is untouched."""
    plan = tmp_path / "plan_gbk.csv"
    plan.write_bytes("用途类别,计划面积\n住宅用地,871.73\n工矿仓储用地,\"1,924.05\"\n".encode("gbk"))
    before = plan.read_bytes()
    res, fb = run_alg("landplan:supplyplanprogress", {
        "PLAN": str(plan), "SUPPLIES": _supplies(tmp_path), "AS_OF": "2024-12-31", "OUTPUT": str(tmp_path / "o.gpkg")})
    rows = {f["category"]: f for f in read_layer(res["OUTPUT"])[1]}
    assert rows["住宅"]["plan_ha"] == pytest.approx(871.73) and rows["工矿仓储"]["plan_ha"] == pytest.approx(1924.05)
    assert any("GBK" in line for line in fb.log)
    assert plan.read_bytes() == before


def _planned(tmp_path, with_geometry=True):
    """Planned parcels in EPSG:4547 over the supplies of _supplies (x = 590000 + 1000 k): P1 over the
    2024-02-01 supply (planned Q2 → 提前供应), P2 over the 6-30 supply (planned June → 按期供应),
    P3 over the 2024-05-05 supply (planned March → 逾期供应), P4 with no supply (Q1 → 逾期未供, 征收),
    P5 over the supply after AS_OF (Q3 → 未到期)."""
    rows = [("P1", 0, "二季度", None, None, "金水区资源局"), ("P2", 1, None, "6月", "", None),
            ("P3", 2, 1, 3, None, None), ("P4", 20, "Q1", None, "征地补偿未落实", "二七区征收办"),
            ("P5", 3, 3, None, "文物勘探", None)]
    feats = [(square(590000 + 1000 * k + 10, 3960000 + 10, 50) if with_geometry else None,
              {"地块编号": pid, "计划季度": None if q is None else str(q), "计划月份": None if m is None else str(m),
               "制约因素": ob, "责任单位": unit, "面积(公顷)": 1.5})
             for pid, k, q, m, ob, unit in rows]
    s = ogr.OFTString
    return write_gpkg(str(tmp_path / "planned.gpkg"), "planned", 4547,
                      [("地块编号", s), ("计划季度", s), ("计划月份", s), ("制约因素", s), ("责任单位", s),
                       ("面积(公顷)", ogr.OFTReal)], feats)


def test_planned_parcels_by_location_and_ledger(qgis_app, tmp_path):
    ledger = str(tmp_path / "ledger.xlsx")
    res, fb = run_alg("landplan:supplyplanprogress", {
        "PLAN": PLAN, "SUPPLIES": _supplies(tmp_path), "AS_OF": "2024-06-30", "PLANNED_PARCELS": _planned(tmp_path),
        "PARCEL_OUTPUT": str(tmp_path / "parcels.gpkg"), "LEDGER": ledger})
    rows = {f["地块编号"]: f for f in read_layer(res["PARCEL_OUTPUT"])[1]}
    assert {k: r["pp_status"] for k, r in rows.items()} == {
        "P1": "提前供应", "P2": "按期供应", "P3": "逾期供应", "P4": "逾期未供", "P5": "未到期"}
    assert rows["P4"]["pp_obst"] == "征收" and rows["P4"]["pp_unit"] == "二七区征收办"
    assert rows["P5"]["pp_obst"] == "文物" and rows["P2"]["pp_obst"] is None
    assert rows["P1"]["pp_quarter"] == "二季度" and "by location" in "\n".join(fb.log)
    from openpyxl import load_workbook
    wb = load_workbook(ledger)
    assert {"供地计划执行", "拟供地块台账", "拟供地块季度汇总"} <= set(wb.sheetnames)
    summary = [r for r in wb["拟供地块季度汇总"].iter_rows(values_only=True) if r and r[0] == "合计"][0]
    assert summary[1:3] == (5, 7.5)


def test_planned_parcels_by_id_table(qgis_app, tmp_path):
    sup = _supplies(tmp_path)
    from landplan_plugin.compat import new_field
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(sup, "s", "ogr")
    layer.startEditing()
    layer.addAttribute(new_field("地块编号", "string"))
    layer.updateFields()
    i = layer.fields().lookupField("地块编号")
    for f, pid in zip(layer.getFeatures(), ["P1", "P2", "P3", None, "P5"]):
        layer.changeAttributeValue(f.id(), i, pid)
    assert layer.commitChanges()
    res, _fb = run_alg("landplan:supplyplanprogress", {
        "PLAN": PLAN, "SUPPLIES": sup, "AS_OF": "2024-06-30", "PLANNED_PARCELS": _planned(tmp_path, False),
        "PLANNED_ID_FIELD": "地块编号", "SUPPLY_ID_FIELD": "地块编号", "PARCEL_OUTPUT": str(tmp_path / "p.gpkg")})
    rows = {f["地块编号"]: f for f in read_layer(res["PARCEL_OUTPUT"])[1]}
    assert rows["P3"]["pp_status"] == "逾期供应" and rows["P4"]["pp_status"] == "逾期未供"


def test_a_cancelled_run_leaves_no_parcel_table_or_ledger(qgis_app, tmp_path):
    import processing
    from helpers import CancelAfter
    from qgis.core import QgsProcessingContext
    ledger, parcels = str(tmp_path / "ledger.xlsx"), str(tmp_path / "parcels.gpkg")
    fb = CancelAfter(10)
    processing.run("landplan:supplyplanprogress", {
        "PLAN": PLAN, "SUPPLIES": _supplies(tmp_path), "AS_OF": "2024-06-30", "PLANNED_PARCELS": _planned(tmp_path),
        "PARCEL_OUTPUT": parcels, "LEDGER": ledger}, context=QgsProcessingContext(), feedback=fb)
    assert fb.cancelled_at is not None
    assert not os.path.exists(parcels) and not os.path.exists(ledger)

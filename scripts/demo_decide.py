# -*- coding: utf-8 -*-
"""Demo data and demo steps for the 已批未供即用 decision, the planned parcels of the supply plan and
the 标准地"3+N+1" sheet, added to the demo GeoPackage by ``make_demo_data.py`` (one call, after the
other layers are written: it reads ``parcels`` and ``supplies_2025`` back). Its own random
generator, so the other layers stay exactly as they were.

Layers (all fictional, labelled 演示):

* ``inuse_approvals`` (polygons): 批地 of 招商引资 projects built before supply (已批未供即用), each on
  the site of a demo parcel (same 宗地编号 and shape), so the run matches them with that parcel's
  scoring, 亩均 class and 标准地 check by 宗地编号 — the parcels are chosen so the decision takes
  every value: 完善用地手续 (A/B, 达标/未到期, in use before 2018-12-31), one in use only in 2019
  (待核实), one not compliant with the plan (依法收回), 亩均 D, 停建停产 and 履约未达标 (低效整改), one
  without a 履约 check and one without a compliance answer (待核实), one not in use.
* ``planned_parcels`` (polygons): the 2025 拟供地块台账 — industrial parcels planned by quarter
  and month; nine are 2025 supplies (``supplies_2025``, same shape: supplied 提前 / 按期 / 逾期), five
  are not supplied (逾期未供 with 征收 / 拆迁 / 文物 / 环保 / 其他 obstacles, or 未到期 in December);
  with 行业代码 and 拟供地日期 for the 3+N+1 sheet.
* ``standard_county`` (table): a county's own 3+N+1 values for two industries (行业代码, 投资强度
  万元/亩, 容积率, 亩均税收 万元/亩), the ``COUNTY_TABLE`` of the sheet.
"""
import datetime as dt
import os
import random

from osgeo import ogr

from demo_layers import box as _box, write_rows

SEED = 20260101
#: 宗地编号 of demo parcels → (批准日期, 是否使用, 符合规划和准入, 开工日期); chosen by their demo results
INUSE = [
    ("PY0010", "2016-04-12", "是", "是", "2017-03-01"),   # B, 达标 → 完善用地手续
    ("PY0046", "2017-06-30", "是", "是", "2018-12-31"),   # A, 达标, in use on the cut-off day → 完善用地手续
    ("PY0001", "2015-09-18", "是", "是", "2016-05-20"),   # A, no 履约 check → 待核实
    ("PY0025", "2018-03-15", "是", "是", "2019-02-01"),   # B, 达标, in use after 2018 → 待核实
    ("PY0030", "2016-11-02", "是", "否", "2017-08-08"),   # not compliant → 依法收回
    ("PY0209", "2017-01-20", "是", "是", "2017-10-10"),   # 亩均 D → 低效整改
    ("PY0005", "2016-07-07", "是", "是", None),           # 停建停产类 → 低效整改
    ("PY0128", "2017-05-05", "是", "是", "2017-12-01"),   # 履约未达标 → 低效整改
    ("PY0036", "2017-08-08", "是", None, "2018-01-15"),   # compliance not answered → 待核实
    ("PY0056", "2016-02-02", "否", "是", None),           # not in use: no decision
]
#: supplies_2025 row (feature id) → planned quarter / month relative to its supply date
PLANNED_SUPPLIED = [(5, "按期"), (6, "提前"), (7, "提前"), (8, "逾期"), (9, "按期"), (10, "按期"), (11, "逾期"),
                    (12, "按期"), (24, "提前")]
OBSTACLES = ["征地补偿未落实", "拆迁未完成", "文物勘探", "环评未批复", "规划调整"]
UNITS = ["濮阳县自然资源局", "开发区管委会", "华龙区征收办", "市储备中心"]
INDUSTRIES = ["2611", "3911", "3311", "1310", "3670", "2929"]


def _layer(ds, name, fields, rows, srs=None, gtype=ogr.wkbNone):
    lyr = ds.CreateLayer(name, srs, gtype, options=["FID=fid"] + (["GEOMETRY_NAME=geom"] if srs else []))
    return write_rows(lyr, fields, rows)


def add_layers(ds, srs):
    """Write the three layers into the open demo GeoPackage ``ds`` (after ``parcels`` and
    ``supplies_2025``). Returns {layer: feature count}."""
    rng = random.Random(SEED)
    counts = {}
    s = ogr.OFTString

    # --- 已批未供即用 on the sites of demo parcels
    parcels = ds.GetLayerByName("parcels")
    shapes = {}
    for f in parcels:
        if f.GetField("宗地编号") in {r[0] for r in INUSE} and f.GetGeometryRef() is not None:
            shapes[f.GetField("宗地编号")] = f.GetGeometryRef().Clone()
    parcels.ResetReading()
    rows = []
    for k, (pid, approved, used, ok, since) in enumerate(INUSE, 1):
        rows.append((shapes[pid], {"批准文号": "豫政土〔%s〕演示%02d号" % (approved[:4], k), "宗地编号": pid,
                                   "批准日期": approved, "供地状态": "未供", "是否使用": used, "符合规划和准入": ok,
                                   "开工日期": since}))
    counts["inuse_approvals"] = _layer(ds, "inuse_approvals", [
        ("批准文号", s), ("宗地编号", s), ("批准日期", s), ("供地状态", s), ("是否使用", s), ("符合规划和准入", s),
        ("开工日期", s)], rows, srs, ogr.wkbMultiPolygon)

    # --- planned parcels of 2025: supplied ones (same shape as the supply) and unsupplied ones
    supplies = ds.GetLayerByName("supplies_2025")
    by_fid = {f.GetFID(): (f.GetField("供地日期"), f.GetField("出让面积"), f.GetGeometryRef().Clone())
              for f in supplies}
    rows = []
    serial = 0
    for fid, how in PLANNED_SUPPLIED:
        date, ha, geom = by_fid[fid]
        day = dt.date.fromisoformat(date)
        quarter = (day.month - 1) // 3 + 1
        month = None
        if how == "提前":  # planned for the next quarter (the supplies chosen are not in the fourth)
            quarter += 1
        elif how == "逾期":
            month = max(day.month - rng.randint(1, 2), 1)
            quarter = (month - 1) // 3 + 1
        elif rng.random() < 0.4:
            month = day.month
        serial += 1
        planned = dt.date(2025, month or 3 * quarter, 15)
        rows.append((geom, {"地块编号": "NP2025-%02d" % serial, "用途类别": "工矿仓储", "面积(公顷)": ha,
                            "计划季度": ("%d季度" % quarter if rng.random() < 0.5
                                         else "第%s季度" % "一二三四"[quarter - 1]),
                            "计划月份": None if month is None else "%d月" % month, "制约因素": None,
                            "责任单位": rng.choice(UNITS), "行业代码": rng.choice(INDUSTRIES),
                            "拟供地日期": planned.isoformat()}))
    zone_box = [f.GetGeometryRef().Clone() for f in supplies]
    x, y = 586600.0, 3953600.0  # south of the first zone's 2025 supplies: no supply there
    for k, (quarter, month, obstacle) in enumerate([(2, None, 0), (3, "8月", 1), (1, None, 2), (3, None, 3),
                                                     (4, "12月", 4)]):
        side = (rng.uniform(1.5, 4.0) * 10000.0) ** 0.5
        geom = _box(x + 260.0 * k, y, side, side)
        assert not any(geom.Intersects(g) for g in zone_box)
        serial += 1
        rows.append((geom, {"地块编号": "NP2025-%02d" % serial, "用途类别": "工矿仓储",
                            "面积(公顷)": round(geom.GetArea() / 10000.0, 2), "计划季度": str(quarter),
                            "计划月份": month, "制约因素": OBSTACLES[obstacle], "责任单位": rng.choice(UNITS),
                            "行业代码": rng.choice(INDUSTRIES),
                            "拟供地日期": dt.date(2025, 3 * quarter, 20).isoformat()}))
    counts["planned_parcels"] = _layer(ds, "planned_parcels", [
        ("地块编号", s), ("用途类别", s), ("面积(公顷)", ogr.OFTReal), ("计划季度", s), ("计划月份", s),
        ("制约因素", s), ("责任单位", s), ("行业代码", s), ("拟供地日期", s)], rows, srs, ogr.wkbPolygon)

    # --- a county's own values for two industries (3+N+1 sheet)
    counts["standard_county"] = _layer(ds, "standard_county", [
        ("行业代码", s), ("投资强度", ogr.OFTReal), ("容积率", ogr.OFTReal), ("亩均税收", ogr.OFTReal), ("备注", s)],
        [(None, {"行业代码": "39", "投资强度": 260.0, "容积率": 1.5, "亩均税收": 3.0, "备注": "演示数据"}),
         (None, {"行业代码": "33", "投资强度": None, "容积率": 1.2, "亩均税收": 2.0,
                 "备注": "演示数据：投资强度取附表2-2"})])
    return counts


def demo_steps(run, layer, out, as_of, results, repo):
    """The demo runs of this module (called at the end of ``run_demo.py``'s run list)."""
    permu = (results.get("permu") or {}).get("OUTPUT")
    if permu:  # one layer carries the scoring, the 亩均 class and the 标准地 check of every parcel
        results["inuse"] = run("landplan:flagunsupplied", {
            "INPUT": layer("inuse_approvals"), "AS_OF": as_of, "SCORED": permu, "PERMU": permu,
            "COMMITMENTS": permu, "PARCEL_ID_FIELD": "宗地编号", "OUTPUT": os.path.join(out, "inuse_decisions.gpkg")},
            "已批未供即用处置决定 in-use decisions (完善用地手续 / 低效整改 / 依法收回 / 待核实)")
        if results.get("inuse"):
            run("landplan:exportflagged", {
                "INPUT": results["inuse"]["OUTPUT"], "OUTPUT": os.path.join(out, "inuse_flagged.gpkg"),
                "LEDGER": os.path.join(out, "台账_已批未供即用.xlsx"), "AS_OF": as_of},
                "已批未供即用台账 ledger with one decision per parcel")
    run("landplan:supplyplanprogress", {
        "PLAN": layer("supply_plan_2025"), "SUPPLIES": layer("supplies_2025"), "AS_OF": as_of,
        "PLANNED_PARCELS": layer("planned_parcels"), "OUTPUT": os.path.join(out, "supply_plan_parcels_table.gpkg"),
        "PARCEL_OUTPUT": os.path.join(out, "planned_parcels.gpkg"),
        "LEDGER": os.path.join(out, "拟供地块台账.xlsx")}, "拟供地块台账 planned parcels by quarter")
    run("landplan:standardsheet", {
        "PARCELS": layer("planned_parcels"), "REGION": 1, "COUNTY_TABLE": layer("standard_county"),
        "N_FILE": os.path.join(repo, "resources", "standards", "standard_land_n_example.json"),
        "LEASE_YEARS": 20, "AS_OF": as_of, "OUTPUT": os.path.join(out, "standard_sheet.gpkg"),
        "SHEET": os.path.join(out, "标准地指标表.xlsx")}, "标准地“3+N+1”指标表 3+N+1 sheet")

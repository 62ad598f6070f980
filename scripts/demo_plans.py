# -*- coding: utf-8 -*-
"""Demo data for the plan / task / forecast algorithms, added to the demo GeoPackage by
``make_demo_data.py`` (one call, after its own layers are written). Its own random generator, so
the other layers stay exactly as they were.

Layers (all fictional, labelled 演示):

* ``supply_plan_2025`` (table): the demo cluster's 2025 supply plan by zone (区县 = 园区名称) and
  category, in 公顷.
* ``supplies_2025`` (polygons): land supplied through 2025 — 供地日期 from January to December,
  DLBM codes as text and as integers (601, 508), one supply of December 2024 and one with an
  unreadable date (reported by the algorithm), one farmland code (unknown, reported).
* ``disposal_tasks`` (table): 存量盘活 tasks per zone and kind (批而未供 / 闲置 / 低效), 亩, deadline.
* ``parcels_2024`` (polygons): the parcels as they were a year earlier (same ids and shapes) —
  the input of the *baseline run*: ``run_demo.py`` scores it and checks idle land as of
  2024-12-31, then compares that run with this year's (``landplan:taskprogress``). Some parcels
  paid less tax in 2024 (low-efficiency then, improved since), some stopped production only in
  2025, and for a few the start of construction was recorded only in 2025 (idle in the 2024 run).
"""
import datetime as dt
import random

from osgeo import ogr

from demo_layers import box as _box, write_rows

SEED = 20250101
CATEGORY_CODES = {"住宅": ["0701", 701, "0702"], "商服": ["0501", "05H1", "0503"],
                  "工矿仓储": ["0601", 601, 508, "0508", "0602"], "其他": ["0810", "1004", "0901", 1001]}


def _table(ds, name, fields, rows, srs=None, gtype=ogr.wkbNone):
    lyr = ds.CreateLayer(name, srs, gtype, options=["FID=fid"] + (["GEOMETRY_NAME=geom"] if srs else []))
    return write_rows(lyr, fields, rows)


def add_layers(ds, srs, zones):
    """Write the four layers into the open demo GeoPackage ``ds``; ``zones`` as make_demo_data has
    them (dicts with 'name' and a shapely 'geom'). Returns {layer: feature count}."""
    rng = random.Random(SEED)
    names = [z["name"] for z in zones]
    counts = {}

    # --- plan: share of a zone's plan by category, 公顷
    plan_rows = []
    plans = {}
    for zi, name in enumerate(names):
        total = round(rng.uniform(60, 140), 2)
        shares = {"住宅": 0.1, "商服": 0.05, "工矿仓储": 0.6 - 0.1 * zi, "其他": 0.25 + 0.1 * zi}
        for cat, share in shares.items():
            area = round(total * share, 2)
            plans[(name, cat)] = area
            plan_rows.append((None, {"区县": name, "用途类别": cat, "计划面积": area, "备注": "演示数据"}))
    counts["supply_plan_2025"] = _table(ds, "supply_plan_2025", [
        ("区县", ogr.OFTString), ("用途类别", ogr.OFTString), ("计划面积", ogr.OFTReal), ("备注", ogr.OFTString)],
        plan_rows)

    # --- supplies through 2025: each zone × category supplied to a different degree
    supply_rows = []
    serial = 0
    for z in zones:
        minx, miny, maxx, maxy = z["geom"].bounds
        for cat in CATEGORY_CODES:
            target = plans[(z["name"], cat)] * rng.choice([0.45, 0.7, 0.85, 1.0, 1.05])
            done = 0.0
            while done < target - 0.3:
                ha = min(round(rng.uniform(0.8, 6.0), 2), round(target - done + 0.2, 2))
                side = (ha * 10000.0) ** 0.5
                x, y = rng.uniform(minx, maxx - side), rng.uniform(miny, maxy - side)
                day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 363))
                serial += 1
                supply_rows.append((_box(x, y, side, side), {
                    "电子监管号": "DEMO2025%04d" % serial, "供地日期": day.isoformat(),
                    "DLBM": str(rng.choice(CATEGORY_CODES[cat])), "区县": z["name"], "出让面积": ha}))
                done += ha
    x0, y0, _, _ = zones[0]["geom"].bounds
    extra = [("2024-12-20", "0601", 3.0), ("待定", "0701", 1.5), ("2025-05-06", "0103", 2.0)]
    for date, code, ha in extra:
        serial += 1
        side = (ha * 10000.0) ** 0.5
        supply_rows.append((_box(x0 + 10 * serial, y0, side, side), {
            "电子监管号": "DEMO2025%04d" % serial, "供地日期": date, "DLBM": code, "区县": names[0], "出让面积": ha}))
    counts["supplies_2025"] = _table(ds, "supplies_2025", [
        ("电子监管号", ogr.OFTString), ("供地日期", ogr.OFTString), ("DLBM", ogr.OFTString), ("区县", ogr.OFTString),
        ("出让面积", ogr.OFTReal)], supply_rows, srs, ogr.wkbPolygon)

    # --- disposal tasks
    task_rows = []
    for name in names:
        for kind, lo, hi, deadline in (("批而未供", 250, 500, "2025-06-30"), ("闲置", 150, 300, "2025年12月31日"),
                                       ("低效", 600, 1200, "2026-06-30")):
            task_rows.append((None, {"园区名称": name, "任务类别": kind, "任务面积": round(rng.uniform(lo, hi), 1),
                                     "完成时限": deadline}))
    counts["disposal_tasks"] = _table(ds, "disposal_tasks", [
        ("园区名称", ogr.OFTString), ("任务类别", ogr.OFTString), ("任务面积", ogr.OFTReal),
        ("完成时限", ogr.OFTString)], task_rows)

    # --- parcels as of 2024: a copy of 'parcels' with some indicators of the year before
    src = ds.GetLayerByName("parcels")
    dst = ds.CreateLayer("parcels_2024", srs, src.GetGeomType(), options=["FID=fid", "GEOMETRY_NAME=geom"])
    sdefn = src.GetLayerDefn()
    for i in range(sdefn.GetFieldCount()):
        dst.CreateField(sdefn.GetFieldDefn(i))
    dst.StartTransaction()
    src.ResetReading()
    for f in src:
        g = ogr.Feature(dst.GetLayerDefn())
        g.SetFrom(f)
        tax = f.GetField("亩均税收")
        if tax is not None and tax >= 1.5 and rng.random() < 0.12:
            # paid less tax in 2024: low-efficiency then (已处置 by 2025 when it now passes)
            g.SetField("亩均税收", round(tax * 0.4, 2))
            if f.GetField("税收总额") is not None:
                g.SetField("税收总额", round(f.GetField("税收总额") * 0.4, 2))
        if f.GetField("生产状态") in ("停产", "停建") and rng.random() < 0.5:
            g.SetField("生产状态", "正常生产")  # stopped only in 2025 (新增)
        agreed, started = f.GetField("约定动工日期"), f.GetField("实际动工日期")
        if started and agreed and str(agreed)[:10] <= "2023-06-30" and rng.random() < 0.015:
            g.SetFieldNull("实际动工日期")  # the start was recorded only in 2025: idle in the 2024 run (已处置)
        dst.CreateFeature(g)
    dst.CommitTransaction()
    counts["parcels_2024"] = dst.GetFeatureCount()
    return counts


# ---------------------------------------------------------------------------------------------
# `make demo` steps (called from run_demo.py with its run() helper)

BASELINE_AS_OF = "2024-12-31"


def demo_steps(run, layer, out, as_of, results):
    """供地计划执行, the baseline run and 存量盘活任务进度 (parcels and approvals), 工业用地规模预测."""
    import os
    ledger = os.path.join(out, "台账.xlsx")
    results["plan"] = run("landplan:supplyplanprogress", {
        "PLAN": layer("supply_plan_2025"), "PLAN_CATEGORY_FIELD": "用途类别", "PLAN_AREA_FIELD": "计划面积",
        "PLAN_DISTRICT_FIELD": "区县", "SUPPLIES": layer("supplies_2025"), "SUPPLY_AREA_FIELD": "出让面积",
        "SUPPLY_DISTRICT_FIELD": "区县", "AS_OF": as_of, "OUTPUT": os.path.join(out, "supply_plan_progress.gpkg"),
        "CHART": os.path.join(out, "supply_plan.png"), "LEDGER": ledger}, "供地计划执行监测 supply-plan progress")
    # baseline run: the same checks on the parcels as they were, as of the end of the previous year
    scored = run("landplan:scoreinefficiency", {
        "INPUT": layer("parcels_2024"), "STANDARD": 1, "STATUS_FIELD": "生产状态", "OUTPUT": "TEMPORARY_OUTPUT"},
        "基期：低效工业用地评价 baseline scoring (2024)")
    base = run("landplan:flagidleland", {
        "INPUT": scored["OUTPUT"] if scored else layer("parcels_2024"), "AS_OF": BASELINE_AS_OF,
        "OUTPUT": os.path.join(out, "parcels_checked_2024.gpkg")}, "基期：闲置土地识别 baseline idle land (2024)")
    current = (results.get("idle") or {}).get("OUTPUT")
    if base and current:
        results["tasks"] = run("landplan:taskprogress", {
            "TASKS": layer("disposal_tasks"), "BASELINE": base["OUTPUT"], "CURRENT": current,
            "PARCEL_ID_FIELD": "宗地编号", "ZONE_FIELD": "所在园区", "AS_OF": as_of,
            "OUTPUT": os.path.join(out, "task_progress_parcels.gpkg"),
            "OUTPUT_PARCELS": os.path.join(out, "task_parcels.gpkg"), "LEDGER": ledger},
            "存量盘活任务进度（低效、闲置） task progress on parcels")
    zoned = run("native:joinattributesbylocation", {
        "INPUT": layer("approvals"), "JOIN": layer("zones"), "PREDICATE": [0], "JOIN_FIELDS": ["园区名称"],
        "METHOD": 2, "DISCARD_NONMATCHING": False, "PREFIX": "", "OUTPUT": "TEMPORARY_OUTPUT"},
        "批地挂接园区 approvals joined to zones")
    if zoned:
        runs = {}
        for key, date in (("base", BASELINE_AS_OF), ("now", as_of)):
            runs[key] = run("landplan:flagunsupplied", {
                "INPUT": zoned["OUTPUT"], "SUPPLIED": layer("supplies"), "AS_OF": date,
                "OUTPUT": os.path.join(out, "unsupplied_%s.gpkg" % key)},
                "批而未供识别 unsupplied land as of %s" % date)
        if runs["base"] and runs["now"]:
            run("landplan:taskprogress", {
                "TASKS": layer("disposal_tasks"), "BASELINE": runs["base"]["OUTPUT"], "CURRENT": runs["now"]["OUTPUT"],
                "PARCEL_ID_FIELD": "批准文号", "ZONE_FIELD": "园区名称", "AS_OF": as_of,
                "OUTPUT": os.path.join(out, "task_progress_approvals.gpkg"),
                "OUTPUT_PARCELS": os.path.join(out, "task_approvals.gpkg")},
                "存量盘活任务进度（批而未供） task progress on approvals")
    results["forecast"] = run("landplan:forecastindustrialland", {
        # the demo's own supply records by year (dates → years, areas from the geometry); 演示参数 below
        "SUPPLY_SERIES": layer("supplies"), "YEAR_FIELD": "供地日期", "BASE_AREA": 1800, "BASE_YEAR": 2025,
        "TARGET_YEAR": "2030,2035", "OUTPUT_TARGET": "1500,2300", "OUTPUT_PER_HA": "0.75,1.0", "CORRECTION": "1",
        "INVEST_BASE": 120, "INVEST_GROWTH": 6.0, "INTENSITY": "2026:6000,2031:8000", "QUOTA_A": 0.5, "QUOTA_B": 0.9,
        "INPUT_NOTE": "演示参数",
        "OUTPUT": os.path.join(out, "forecast.gpkg"), "CHART": os.path.join(out, "forecast.png")},
        "工业用地规模预测 industrial-land forecast (演示参数)")

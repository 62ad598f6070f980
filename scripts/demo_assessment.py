#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Demo data for 县（区）考核 (``landplan:countyassessment``) and the 季度通报:
``resources/demo/assessment_demo.gpkg``, a GeoPackage of its own (the cluster demo has zones, not
县区). Four fictional 县（区）(演示数据), EPSG:4547; its own random generator (fixed seed), timestamps
pinned, so re-running rewrites the same file. ``make_demo_data.py`` calls :func:`main` last.

Layers:

* ``counties`` (polygons): 县区 outlines, for maps.
* ``tasks_2025`` (table): 2025 存量盘活 tasks per 县区 and kind (批而未供 / 闲置 / 低效), 亩, 完成时限 2025-12-31.
* ``run_2024`` (polygons): the baseline run of the checks as of 2024-12-31 — parcels with 宗地编号, 县区 and
  the checks' own fields (``unsup_flag`` / ``unsup_mu``, ``idle_flag`` / ``idle_mu``, ``ie_flag`` /
  ``ie_areamu``, ``mj_class``, ``cm_status``), as the checks write them.
* ``run_2025q3``, ``run_2025q4`` (polygons): the same parcels as of 2025-09-30 and 2025-12-31 (some
  disposed, a few 新增 in Q4, one 待核实), with 亩均 classes and 标准地 statuses.
* ``supply_plan_2025`` (table) and ``supplies_2025`` (polygons): each 县区's 2025 supply plan by
  category (公顷) and its supplies (供地日期, DLBM, 区县, 出让面积 公顷).
* ``quota_2026`` (table): next year's 新增建设用地计划指标 per 县区 (公顷).

What the two quarters show (``run_demo.py``: the Q3 assessment feeds the Q4 one as PREVIOUS):

======  ===========================  ===================================================
县区     Q3 (2025-09-30)              Q4 (2025-12-31)
======  ===========================  ===================================================
东湖区   ahead                        task exceeded; no node
西岭区   over half                    年底节点: unfinished → quota cut = 指标 × (1 − 完成率)
南川县   not over half → 半年节点      半年 + 年底节点, quota cut, lowest score → 约谈
北原县   over half                    task done; supply plan behind → 暂停建设用地批次报批半年
======  ===========================  ===================================================
"""
import math
import os
import random
import sys

SEED = 20251231
EPSG = 4547
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO, "resources", "demo", "assessment_demo.gpkg")
M2_PER_MU = 10000.0 / 15.0

KINDS = ("批而未供", "闲置", "低效")
FLAGS = {"批而未供": ("unsup_flag", "unsup_mu"), "闲置": ("idle_flag", "idle_mu"), "低效": ("ie_flag", "ie_areamu")}
#: 县区 → (Q3 done share, Q4 done share) of the task, class weights A–D, 标准地 pass share,
#: supply-plan share supplied by 09-30 and by 12-31, next year's quota (公顷)
COUNTIES = (
    ("东湖区", (0.82, 1.06), (5, 4, 2, 1), 0.9, (0.80, 1.02), 150.0),
    ("西岭区", (0.72, 0.84), (3, 4, 3, 1), 0.8, (0.76, 1.01), 120.0),
    ("南川县", (0.38, 0.46), (1, 3, 4, 3), 0.6, (0.60, 1.01), 90.0),
    ("北原县", (0.68, 1.00), (3, 4, 3, 2), 0.75, (0.50, 0.72), 100.0),
)
PLAN_SHARES = {"住宅": 0.25, "商服": 0.1, "工矿仓储": 0.45, "其他": 0.2}
CODES = {"住宅": "0701", "商服": "0501", "工矿仓储": "0601", "其他": "0810"}


def build():
    """The demo as plain data: {layer: (fields, rows)} with rows (geometry spec or None, attrs);
    a geometry spec is (x0, y0, w, h) in metres."""
    rng = random.Random(SEED)
    out = {}
    parcels = []          # dicts: pid, county, box, kind or None, mu, state per run, class, status
    tasks = []
    supplies = []
    plans = []
    quotas = []
    county_rows = []
    for ci, (county, (q3, q4), weights, pass_share, (s3, s4), quota) in enumerate(COUNTIES):
        cx, cy = 560000.0 + (ci % 2) * 6000.0, 3950000.0 + (ci // 2) * 6000.0
        county_rows.append(((cx, cy, 5800.0, 5800.0), {"县区": county, "备注": "演示数据"}))
        quotas.append((None, {"县区": county, "新增建设用地计划指标": quota, "备注": "演示数据"}))
        serial = 0

        def place(mu, _c=(cx, cy), _prefix="DHXNBY"[2 * ci:2 * ci + 2]):
            nonlocal serial
            serial += 1
            side = (mu * M2_PER_MU) ** 0.5
            col, row = (serial - 1) % 12, (serial - 1) // 12
            return (_c[0] + 100 + col * 460.0, _c[1] + 100 + row * 460.0, side, side), "%s-%03d" % (_prefix, serial)

        for kind in KINDS:
            areas = [round(rng.uniform(15, 60), 2) for _ in range(rng.randint(7, 10))]
            # disposed by Q4: the first k4 parcels; the task makes that share q4 of it
            k4 = max(1, int(round(len(areas) * min(q4, 1.0) * 0.8)))
            task = math.floor(sum(areas[:k4]) / q4 * 10) / 10.0  # never above: a done share stays done
            k3 = max(k for k in range(0, k4 + 1) if sum(areas[:k]) <= q3 * task + 1e-9)
            tasks.append((None, {"县区": county, "任务类别": kind, "任务面积": task, "完成时限": "2025-12-31"}))
            for j, mu in enumerate(areas):
                geom, pid = place(mu)
                state = {"2024": 1, "q3": 0 if j < k3 else 1, "q4": 0 if j < k4 else 1}
                parcels.append({"pid": pid, "county": county, "box": geom, "kind": kind, "mu": mu, "state": state})
            if county in ("西岭区", "南川县"):   # 新增 in Q4: found only now, does not lower the done %
                mu = round(rng.uniform(10, 30), 2)
                geom, pid = place(mu)
                parcels.append({"pid": pid, "county": county, "box": geom, "kind": kind, "mu": mu,
                                "state": {"2024": 0, "q3": 0, "q4": 1}})
        if county == "北原县":   # 待核实 in Q4: the check could not decide (flag empty)
            parcels[-1]["state"] = dict(parcels[-1]["state"], q4=None)
        for _ in range(14):      # parcels no check flags: only their 亩均 class and 标准地 status
            geom, pid = place(round(rng.uniform(20, 80), 2))
            parcels.append({"pid": pid, "county": county, "box": geom, "kind": None, "mu": geom[2] ** 2 / M2_PER_MU,
                            "state": {}})
        for p in parcels:
            if p["county"] == county:
                p["class"] = rng.choices("ABCD", weights=weights)[0]
                p["status"] = rng.choice(("达标", "未达标")) if rng.random() > pass_share else "达标"
        # supply plan and supplies
        total = round(rng.uniform(80, 160), 2)
        n = 0
        for cat, share in PLAN_SHARES.items():
            plan = round(total * share, 2)
            plans.append((None, {"区县": county, "用途类别": cat, "计划面积": plan, "备注": "演示数据"}))
            for (lo_month, hi_month), target in (((1, 9), s3), ((10, 12), s4 - s3)):
                ha = round(plan * target, 2)
                if ha <= 0:
                    continue
                n += 1
                month = rng.randint(lo_month, hi_month)
                side = (ha * 10000.0) ** 0.5
                supplies.append(((cx + 5800 - 1200 + (n % 4) * 10, cy + 200 + n * 30, side, side), {
                    "电子监管号": "DEMOCA%02d%03d" % (ci, n),
                    "供地日期": "2025-%02d-%02d" % (month, rng.randint(1, 28)),
                    "DLBM": CODES[cat], "区县": county, "出让面积": ha}))
    for q in ("2024", "q3", "q4"):
        rows = []
        for p in parcels:
            attrs = {"宗地编号": p["pid"], "县区": p["county"]}
            for kind, (flag, area) in FLAGS.items():
                attrs[flag] = (p["state"].get(q) if p["kind"] == kind else 0) if p["kind"] is not None else 0
                attrs[area] = round(p["mu"], 2) if p["kind"] == kind else None
            if q != "2024":
                attrs["mj_class"], attrs["cm_status"] = p["class"], p["status"]
            rows.append((p["box"], attrs))
        out["run_" + {"2024": "2024", "q3": "2025q3", "q4": "2025q4"}[q]] = rows
    out["counties"] = county_rows
    out["tasks_2025"] = tasks
    out["supply_plan_2025"] = plans
    out["supplies_2025"] = supplies
    out["quota_2026"] = quotas
    return out


def main(out=DEFAULT_OUT):
    from osgeo import gdal, ogr, osr

    from demo_layers import box, write_rows
    gdal.UseExceptions()
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2025-12-31T00:00:00.000Z")  # pin gpkg timestamps
    data = build()
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(out + suffix):
            os.remove(out + suffix)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(out)
    s, r, i = ogr.OFTString, ogr.OFTReal, ogr.OFTInteger
    run_fields = [("宗地编号", s), ("县区", s), ("unsup_flag", i), ("unsup_mu", r), ("idle_flag", i), ("idle_mu", r),
                  ("ie_flag", i), ("ie_areamu", r), ("mj_class", s), ("cm_status", s)]
    layouts = {
        "counties": ([("县区", s), ("备注", s)], True),
        "tasks_2025": ([("县区", s), ("任务类别", s), ("任务面积", r), ("完成时限", s)], False),
        "run_2024": (run_fields[:-2], True), "run_2025q3": (run_fields, True), "run_2025q4": (run_fields, True),
        "supply_plan_2025": ([("区县", s), ("用途类别", s), ("计划面积", r), ("备注", s)], False),
        "supplies_2025": ([("电子监管号", s), ("供地日期", s), ("DLBM", s), ("区县", s), ("出让面积", r)], True),
        "quota_2026": ([("县区", s), ("新增建设用地计划指标", r), ("备注", s)], False),
    }
    counts = {}
    for name, (fields, spatial) in layouts.items():
        rows = [(box(*g) if spatial and g else None, a) for g, a in data[name]]
        lyr = ds.CreateLayer(name, srs if spatial else None, ogr.wkbPolygon if spatial else ogr.wkbNone,
                             options=["FID=fid"] + (["GEOMETRY_NAME=geom"] if spatial else []))
        counts[name] = write_rows(lyr, fields, rows)
    ds = None
    print("wrote %s: %s" % (os.path.relpath(out, REPO), ", ".join("%s %d" % kv for kv in counts.items())))
    return counts


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT)


# ---------------------------------------------------------------------------------------------
# `make demo` steps (called from run_demo.py with its run() helper)

QUARTERS = (("q3", "2025-09-30", "run_2025q3"), ("q4", "2025-12-31", "run_2025q4"))


def demo_steps(run, out, results, gpkg=DEFAULT_OUT):
    """供地计划执行 per 县区 and 县（区）考核 for two quarters (Q3 feeds Q4 as PREVIOUS), and the Q4
    parcel changes (for the 通报's map). The demo's own quarter dates, whatever ``--as-of`` says."""
    def layer(name):
        return "%s|layername=%s" % (gpkg, name)
    previous = None
    for key, as_of, current in QUARTERS:
        last = key == QUARTERS[-1][0]
        suffix = "" if last else "_" + key
        plan = run("landplan:supplyplanprogress", {
            "PLAN": layer("supply_plan_2025"), "PLAN_CATEGORY_FIELD": "用途类别", "PLAN_AREA_FIELD": "计划面积",
            "PLAN_DISTRICT_FIELD": "区县", "SUPPLIES": layer("supplies_2025"), "SUPPLY_AREA_FIELD": "出让面积",
            "SUPPLY_DISTRICT_FIELD": "区县", "AS_OF": as_of,
            "OUTPUT": os.path.join(out, "county_supply_plan%s.gpkg" % suffix)},
            "县区供地计划执行 supply-plan progress per county (%s)" % as_of)
        params = {
            "TASKS": layer("tasks_2025"), "BASELINE": layer("run_2024"), "CURRENT": layer(current),
            "PARCEL_ID_FIELD": "宗地编号", "ZONE_FIELD": "县区", "NEXT_QUOTA": layer("quota_2026"), "AS_OF": as_of,
            "TALK_BOTTOM_N": 1, "OUTPUT": os.path.join(out, "county_assessment%s.gpkg" % suffix)}
        if plan:
            params["PLAN_PROGRESS"] = plan["OUTPUT"]
        if previous:
            params["PREVIOUS"] = previous["OUTPUT"]
        if last:
            params["LEDGER"] = os.path.join(out, "台账.xlsx")
        previous = run("landplan:countyassessment", params, "县（区）考核 county assessment (%s)" % as_of)
        results["assessment" + suffix] = previous
    results["county_parcels"] = run("landplan:taskprogress", {
        "TASKS": layer("tasks_2025"), "BASELINE": layer("run_2024"), "CURRENT": layer(QUARTERS[-1][2]),
        "TASK_ZONE_FIELD": "县区", "PARCEL_ID_FIELD": "宗地编号", "ZONE_FIELD": "县区", "AS_OF": QUARTERS[-1][1],
        "OUTPUT": os.path.join(out, "county_task_progress.gpkg"),
        "OUTPUT_PARCELS": os.path.join(out, "county_task_parcels.gpkg")},
        "县区存量盘活任务进度 task progress per county (parcel changes for the bulletin map)")

#!/usr/bin/env python3
"""`make demo`: run every LandPlan check on the embedded demo data and leave the results in out/.

out/approvals_txt.gpkg     报盘坐标 TXT imported (resources/demo/approvals_baopan.txt)
out/parcels_enterprises.gpkg  parcels + the enterprise table (resources/demo/enterprises.xlsx)
out/scored_enterprises.gpkg   scoring on the joined 年度税收 / 固定资产投资额 totals
out/scored.gpkg       低效工业用地评价 (styled)
out/parcels_checked.gpkg  scoring + 闲置土地 on the same parcels
out/unsupplied.gpkg   批而未供 (spatial mode: approvals minus supplies)
out/zones.gpkg        开发区工业用地占比 + scorecard
out/commitments.gpkg  标准地履约核查 on the checked parcels (达标 / 未达标 / 未到期 / 待核实, 违约金)
out/permu.gpkg        亩均效益综合评价 A/B/C/D on those (resources/schemes/rank_25_70_95.json, 规上/规下 ranked
                      apart; parcels without figures 待核实): every parcel check in one layer
out/flagged_parcels.shp (+ .cpg/.prj/.qml)   flagged parcels and 疑似违法占地 pieces for other offices (GBK)
out/台账.xlsx          ledger (汇总 + 台账 with 低效, 闲置, 标准地未达标, 疑似违法占地, 亩均D类; the zone
                      evaluation, plan and task sheets; printable; 完成时限 from the default rules)
out/zone_report.pdf   per zone: map page, then evaluation page with task lines; out/overview.png
out/zone_evaluation.gpkg (+ .xlsx)  开发区土地集约利用评价 (indicators, 集约度, potentials)
out/unauthorized.gpkg  疑似违法占地 (leads for inspection)
out/supply_plan_progress.gpkg, supply_plan.png  供地计划执行 (+ a sheet in 台账.xlsx)
out/task_progress_*.gpkg, task_*.gpkg           存量盘活任务进度 against a baseline run as of 2024-12-31
out/forecast.gpkg, forecast.png                 工业用地规模预测
out/county_assessment.gpkg (+ _q3)              县（区）考核 on resources/demo/assessment_demo.gpkg, Q4 against Q3
out/change_monitoring.gpkg (+ change_warnings.gpkg, changes.png, 巡查清单 sheet in 台账.xlsx)  变化图斑动态巡查
                      on resources/demo/changes_demo.shp (EPSG:4490, reprojected)
out/stock_siting.gpkg, stock_siting.pdf (+ 存量用地选址 sheet in 台账.xlsx)  存量用地选址 for a 30 亩 C3411
                      project (濮东 preferred; resources/demo/siting_constraints.gpkg refuses two fitting sites
                      for a constraint, one for its planned use 二类居住用地, and marks one 规划用途 待核实)
out/zones_judged.gpkg, city_share.gpkg, industrial_quota.gpkg, quota_outside.gpkg  工业主导园区评判, 城镇建设用地
                      工业占比, 十四五新增工业用地配额 and 入园 leads (scripts/demo_quota.py)
out/inuse_decisions.gpkg, 台账_已批未供即用.xlsx   已批未供即用 decided per parcel (ju_decide)
out/planned_parcels.gpkg, 拟供地块台账.xlsx       拟供地块 by quarter (supply plan, parcel level)
out/standard_sheet.gpkg, 标准地指标表.xlsx        标准地 3+N+1 sheet (附表2-2 / county table, +N, +1, 出让年限)
out/季度通报.docx, 季度通报.pdf                  季度通报 of Q4 from that assessment (needs python-docx)
out/renewal_resources.gpkg, renewal_map.pdf, renewal_screening.gpkg, 城市更新台账.xlsx  城市更新资源识别 and
                      更新项目负面清单核查
                      on resources/demo/renewal_demo.gpkg
out/renewal_units.gpkg, renewal_uncovered.gpkg  城市更新单元评估 on the same demo and the resources found
                      (+ the sheet 城市更新单元 in 城市更新台账.xlsx)
"""
import argparse
import datetime
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_env

DEMO = os.path.join(qgis_env.REPO, "resources", "demo", "landplan_demo.gpkg")
DEMO_TXT = os.path.join(qgis_env.REPO, "resources", "demo", "approvals_baopan.txt")
DEMO_XLSX = os.path.join(qgis_env.REPO, "resources", "demo", "enterprises.xlsx")
DEMO_CHANGES = os.path.join(qgis_env.REPO, "resources", "demo", "changes_demo.shp")
DEMO_CONSTRAINTS = os.path.join(qgis_env.REPO, "resources", "demo", "siting_constraints.gpkg")
AS_OF = "2025-12-31"


def layer(name):
    return "%s|layername=%s" % (DEMO, name)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="out")
    ap.add_argument("--as-of", default=AS_OF, help="reference date for idle / unsupplied land (default %s)" % AS_OF)
    ap.add_argument("--locale", default="zh_CN",
                    help="plugin language for the report and logs (default zh_CN; en for English)")
    args = ap.parse_args()
    os.environ["LANDPLAN_LOCALE"] = args.locale
    out = os.path.abspath(args.out)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    qgis_env.start()
    from qgis import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsVectorLayer
    reg = QgsApplication.processingRegistry()

    def run(alg_id, params, title):
        if reg.algorithmById(alg_id) is None:
            print("-- %s: %s not available yet, skipped" % (title, alg_id))
            return None
        print("== %s (%s)" % (title, alg_id))
        ctx = QgsProcessingContext()
        fb = qgis_env.LogFeedback.make()
        return processing.run(alg_id, params, context=ctx, feedback=fb)

    results = {}
    # data as it arrives (scripts/demo_formats.py): approvals as a 报盘坐标 TXT, enterprise figures as Excel
    run("landplan:importcoordinates", {"INPUT": DEMO_TXT, "OUTPUT": os.path.join(out, "approvals_txt.gpkg")},
        "报盘坐标导入 coordinate file import")
    results["joined"] = run("landplan:joinenterprises", {
        "INPUT": layer("parcels"), "TABLE": DEMO_XLSX, "NAME_FIELD": "企业名称",
        "OUTPUT": os.path.join(out, "parcels_enterprises.gpkg")}, "企业数据挂接 enterprise table join")
    if results.get("joined"):
        run(
            "landplan:scoreinefficiency",
            {
                "INPUT": results["joined"]["OUTPUT"],
                "STANDARD": 1,
                "STATUS_FIELD": "生产状态",
                "TAX_FIELD": "年度税收",
                "INVEST_FIELD": "固定资产投资额",
                "AS_OF": args.as_of,
                "OUTPUT": os.path.join(out, "scored_enterprises.gpkg"),
            },
            "低效工业用地评价（企业表税收、投资） scoring on the joined totals",
        )
    results["scored"] = run("landplan:scoreinefficiency", {
        "INPUT": layer("parcels"), "STANDARD": 1, "STATUS_FIELD": "生产状态", "AS_OF": args.as_of,
        "OUTPUT": os.path.join(out, "scored.gpkg")}, "低效工业用地评价 low-efficiency scoring")
    # idle land on the scored parcels: one layer then carries both checks (as the quarterly model does)
    idle_input = results["scored"]["OUTPUT"] if results.get("scored") else layer("parcels")
    results["idle"] = run("landplan:flagidleland", {
        "INPUT": idle_input, "AS_OF": args.as_of, "OUTPUT": os.path.join(out, "parcels_checked.gpkg")},
        "闲置土地识别 idle land")
    results["unsupplied"] = run("landplan:flagunsupplied", {
        "INPUT": layer("approvals"), "SUPPLIED": layer("supplies"), "BUILDINGS": layer("buildings"),
        "AS_OF": args.as_of, "OUTPUT": os.path.join(out, "unsupplied.gpkg")}, "批而未供识别 unsupplied land")
    checked = (results.get("idle") or results.get("scored") or {}).get("OUTPUT")
    # 标准地履约 and 亩均效益 on the checked parcels: one layer then carries every parcel check
    results["commitments"] = run("landplan:checkcommitments", {
        "INPUT": checked or layer("parcels"), "AS_OF": args.as_of,
        "EXTRA_INDICATORS": ["亩均产值", "承诺亩均产值", "实际亩均产值", ">=", "production"],
        "OUTPUT": os.path.join(out, "commitments.gpkg")}, "标准地履约核查 commitment compliance")
    results["permu"] = run("landplan:permuevaluation", {
        "INPUT": (results.get("commitments") or {}).get("OUTPUT") or layer("parcels"),
        "SCHEME_FILE": os.path.join(qgis_env.REPO, "resources", "schemes", "rank_25_70_95.json"),
        "GROUP_FIELD": "规模", "OUTPUT": os.path.join(out, "permu.gpkg")},
        "亩均效益综合评价 per-mu classes (parcels without figures: 待核实)")
    results["unauthorized"] = run("landplan:flagunauthorized", {
        "BUILTUP": layer("builtup_change"), "BUILTUP_CODE_FIELD": "DLBM", "APPROVALS": layer("approvals"),
        "SUPPLIED": layer("supplies"), "REGISTERED": layer("parcels"), "ZONES": layer("zones"),
        "OUTPUT": os.path.join(out, "unauthorized.gpkg")}, "疑似违法占地 suspected unauthorised land use")
    evaluated = (results.get("permu") or {}).get("OUTPUT") or checked
    zone_params = {"ZONES": layer("zones"), "LANDUSE": layer("landuse"), "LANDUSE_FIELD": "DLBM",
                   "OUTPUT": os.path.join(out, "zones.gpkg")}
    for key, param in (("idle", "SCORED"), ("idle", "IDLE"), ("commitments", "COMMITMENTS"),
                       ("unauthorized", "UNAUTHORIZED"), ("unsupplied", "UNSUPPLIED")):
        if results.get(key):
            zone_params[param] = results[key]["OUTPUT"]
    if results.get("unsupplied"):
        zone_params["APPROVALS"] = layer("approvals")
    results["zones"] = run("landplan:zoneindustrialshare", zone_params, "开发区工业用地占比 zone industrial share")
    results["evaluation"] = run("landplan:zoneevaluation", {
        "ZONES": (results.get("zones") or {}).get("OUTPUT") or layer("zones"), "LANDUSE": layer("landuse"),
        "LANDUSE_FIELD": "DLBM", "SUPPLIED": layer("supplies"),
        "SUPPLY_DATE_FIELD": "供地日期", "READY": layer("approvals"), "BUILDINGS": layer("buildings_survey"),
        "FLOOR_AREA_FIELD": "建筑面积", "PARCELS": checked or layer("parcels"), "IDLE": checked, "AS_OF": args.as_of,
        "OUTPUT": os.path.join(out, "zone_evaluation.gpkg"), "OUTPUT_XLSX": os.path.join(out, "zone_evaluation.xlsx")},
        "开发区土地集约利用评价 zone evaluation")
    if evaluated:
        flagged = [evaluated] + ([results["unauthorized"]["OUTPUT"]] if results.get("unauthorized") else [])
        merged = run("native:mergevectorlayers", {"LAYERS": flagged, "OUTPUT": "TEMPORARY_OUTPUT"},
                     "宗地与疑似违法占地合并 parcels + unauthorised pieces, for the export")
        extra = [results["evaluation"]["OUTPUT"]] if results.get("evaluation") else []
        results["export"] = run("landplan:exportflagged", {
            "INPUT": merged["OUTPUT"], "OUTPUT": os.path.join(out, "flagged_parcels.shp"), "ENCODING": 0,
            "LEDGER": os.path.join(out, "台账.xlsx"), "AS_OF": args.as_of, "EXTRA_TABLES": extra},
            "导出问题宗地与台账 export + ledger (低效, 闲置, 标准地未达标, 疑似违法占地, 亩均D类)")
    __import__("demo_plans").demo_steps(run, layer, out, args.as_of, results)  # plans, tasks, forecast
    __import__("demo_quota").demo_steps(run, layer, out, args.as_of, os.path.dirname(DEMO))  # types, city, quotas
    report_zones = (results.get("evaluation") or results.get("zones") or {}).get("OUTPUT")
    if report_zones:
        report_params = {"ZONES": report_zones, "OUTPUT": os.path.join(out, "zone_report.pdf"),
                         "PNG": os.path.join(out, "overview.png")}
        if evaluated:
            report_params["PARCELS"] = evaluated
        if results.get("tasks"):
            report_params["TASKS"] = results["tasks"]["OUTPUT"]
        run("landplan:zonereport", report_params, "园区报告 zone report (evaluation page and task lines per zone)")
    __import__("demo_assessment").demo_steps(run, out, results)  # 县（区）考核, two quarters
    if results.get("assessment"):  # 季度通报 of the last quarter assessed (Word to edit, PDF to read)
        run("landplan:quarterlybulletin", {
            "ASSESSMENT": results["assessment"]["OUTPUT"],
            "TASK_PARCELS": (results.get("county_parcels") or {}).get("OUTPUT_PARCELS"),
            "AS_OF": __import__("demo_assessment").QUARTERS[-1][1], "ISSUER": "演示市节约集约用地工作领导小组办公室",
            "OUTPUT_DOCX": os.path.join(out, "季度通报.docx"), "OUTPUT_PDF": os.path.join(out, "季度通报.pdf")},
            "季度通报 quarterly bulletin (Word + PDF)")

    results["changes"] = run("landplan:changemonitoring", {
        "CHANGES": DEMO_CHANGES, "IDLE": checked, "SCORED": checked,
        "UNSUPPLIED": (results.get("unsupplied") or {}).get("OUTPUT"), "APPROVALS": layer("approvals"),
        "SUPPLIED": layer("supplies"), "REGISTERED": layer("parcels"), "ZONES": layer("zones"),
        "OUTPUT": os.path.join(out, "change_monitoring.gpkg"), "WARNINGS": os.path.join(out, "change_warnings.gpkg"),
        "LEDGER": os.path.join(out, "台账.xlsx"), "MAP": os.path.join(out, "changes.png")},
        "变化图斑动态巡查 change-polygon patrol (疑似已动工, 已批未供即用, 违法占地, 盘活)")
    stock = [r["OUTPUT"] for r in (results.get("unsupplied"), results.get("idle")) if r]
    if stock:
        results["siting"] = run("landplan:stocksiting", {
            "CANDIDATES": stock, "PROJECT_INDUSTRY": "C3411", "PROJECT_MU": 30.0, "PROJECT_INVEST": 6000.0,
            "PROJECT_TAX": 60.0, "ZONES": layer("zones"), "PREFERRED_ZONE": "濮东产业集聚区", "REGION": "其他区域",
            "CONSTRAINTS": DEMO_CONSTRAINTS + "|layername=constraints",
            "PLANNED_USE": DEMO_CONSTRAINTS + "|layername=planned_use",
            "OUTPUT": os.path.join(out, "stock_siting.gpkg"), "LEDGER": os.path.join(out, "台账.xlsx"),
            "OUTPUT_PDF": os.path.join(out, "stock_siting.pdf")},
            "存量用地选址 siting a 30 mu C3411 project on 批而未供 / 闲置 / 低效 land")
    __import__("demo_decide").demo_steps(run, layer, out, args.as_of, results, qgis_env.REPO)  # 即用, 拟供地块, 3+N+1
    renewal_steps(run, out, results)
    renewal_units_step(run, out, results)

    print("\n== 结果 results in %s" % out)
    for name in sorted(os.listdir(out)):
        print("   %-28s %9d bytes" % (name, os.path.getsize(os.path.join(out, name))))
    if results.get("zones"):
        lyr = QgsVectorLayer(results["zones"]["OUTPUT"], "zones", "ogr")
        names = lyr.fields().names()
        cols = [c for c in ("zone_name", "base_ha", "ind_ha", "ind_share", "share_ok", "deficit_ha") if c in names]
        print("\n== 园区工业用地占比 zone table")
        print("   " + " | ".join(cols))
        for f in lyr.getFeatures():
            print("   " + " | ".join(_fmt(f[c]) for c in cols))
        del lyr
    print("\nas of %s; generated %s" % (args.as_of, datetime.datetime.now().strftime("%Y-%m-%d %H:%M")))
    qgis_env.stop()


def renewal_steps(run, out, results):
    """城市更新 on its own demo file (resources/demo/renewal_demo.gpkg, scripts/demo_renewal.py)."""
    demo = os.path.join(qgis_env.REPO, "resources", "demo", "renewal_demo.gpkg")

    def rl(name):
        return "%s|layername=%s" % (demo, name)
    ledger = os.path.join(out, "城市更新台账.xlsx")
    results["renewal"] = run("landplan:renewalresources", {
        "LANDUSE": rl("landuse"), "BUILDINGS": rl("buildings"), "SCORED": rl("scored"), "IDLE": rl("idle"),
        "UNSUPPLIED": rl("unsupplied"), "INDUSTRIAL_BLOCKS": rl("industrial_blocks"), "RING_ROAD": rl("ring_road"),
        "OUTPUT": os.path.join(out, "renewal_resources.gpkg"), "LEDGER": ledger,
        "REPORT": os.path.join(out, "renewal_map.pdf")}, "城市更新资源识别 renewal resources")
    results["screening"] = run("landplan:renewalscreening", {
        "PROJECTS": rl("projects"), "DEV_BOUNDARY": rl("dev_boundary"), "FARMLAND": rl("farmland"),
        "ECO_REDLINE": rl("eco_redline"), "HERITAGE": rl("heritage"), "ECO_CONTROL": rl("eco_control"),
        "OVER_CAPACITY": rl("over_capacity"), "HEIGHT_ZONES": rl("height_zones"),
        "OUTPUT": os.path.join(out, "renewal_screening.gpkg"), "LEDGER": ledger},
        "更新项目负面清单核查 renewal screening")


def renewal_units_step(run, out, results):
    """城市更新单元评估 on the 城市更新 demo, with the resources renewalresources found there."""
    demo = os.path.join(qgis_env.REPO, "resources", "demo", "renewal_demo.gpkg")
    params = {name: "%s|layername=%s" % (demo, lyr) for name, lyr in (
        ("UNITS", "units"), ("LANDUSE", "landuse"), ("KEY_AREAS", "key_areas"), ("STATIONS", "stations"),
        ("NEW_AREAS", "new_areas"), ("GREEN", "green"), ("RAILWAYS", "railways"), ("BUILDINGS", "buildings"))}
    if not results.get("renewal"):
        return
    params.update(RESOURCES=results["renewal"]["OUTPUT"], OUTPUT=os.path.join(out, "renewal_units.gpkg"),
                  UNCOVERED=os.path.join(out, "renewal_uncovered.gpkg"), LEDGER=os.path.join(out, "城市更新台账.xlsx"))
    results["renewal_units"] = run("landplan:renewalunits", params, "城市更新单元评估 renewal units")


def _fmt(v):
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""`make demo`: run every LandPlan check on the embedded demo data and leave the results in out/.

out/scored.gpkg       低效工业用地评价 (styled)
out/parcels_checked.gpkg  scoring + 闲置土地 on the same parcels
out/unsupplied.gpkg   批而未供 (spatial mode: approvals minus supplies)
out/zones.gpkg        开发区工业用地占比 + scorecard
out/flagged_parcels.shp (+ .cpg/.prj/.qml)   flagged parcels for other offices (GBK)
out/台账.xlsx          ledger (汇总 + 台账, printable; 完成时限 from the default rules)
out/zone_report.pdf   one page per zone; out/overview.png  map of all zones
"""
import argparse
import datetime
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_env  # noqa: E402

DEMO = os.path.join(qgis_env.REPO, "resources", "demo", "landplan_demo.gpkg")
AS_OF = "2025-12-31"


def layer(name):
    return "%s|layername=%s" % (DEMO, name)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="out")
    ap.add_argument("--as-of", default=AS_OF, help="reference date for idle / unsupplied land (default %s)" % AS_OF)
    ap.add_argument("--locale", default="zh_CN", help="plugin language for the report and logs (default zh_CN; en for English)")
    args = ap.parse_args()
    os.environ["LANDPLAN_LOCALE"] = args.locale
    out = os.path.abspath(args.out)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    qgis_env.start()
    import processing
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
    results["scored"] = run("landplan:scoreinefficiency", {
        "INPUT": layer("parcels"), "STANDARD": 1, "STATUS_FIELD": "生产状态",
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
    zone_params = {"ZONES": layer("zones"), "LANDUSE": layer("landuse"), "LANDUSE_FIELD": "DLBM",
                   "OUTPUT": os.path.join(out, "zones.gpkg")}
    if checked:
        zone_params["SCORED"] = checked
        zone_params["IDLE"] = checked
    if results.get("unsupplied"):
        zone_params["UNSUPPLIED"] = results["unsupplied"]["OUTPUT"]
        zone_params["APPROVALS"] = layer("approvals")
    results["zones"] = run("landplan:zoneindustrialshare", zone_params, "开发区工业用地占比 zone industrial share")
    if checked:
        results["export"] = run("landplan:exportflagged", {
            "INPUT": checked, "OUTPUT": os.path.join(out, "flagged_parcels.shp"), "ENCODING": 0,
            "LEDGER": os.path.join(out, "台账.xlsx"), "AS_OF": args.as_of}, "导出问题宗地与台账 export + ledger")
    if results.get("zones"):
        report_params = {"ZONES": results["zones"]["OUTPUT"], "OUTPUT": os.path.join(out, "zone_report.pdf"),
                         "PNG": os.path.join(out, "overview.png")}
        if checked:
            report_params["PARCELS"] = checked
        run("landplan:zonereport", report_params, "园区报告 zone report")

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


def _fmt(v):
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


if __name__ == "__main__":
    main()

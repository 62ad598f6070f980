#!/usr/bin/env python3
"""`make scale-demo`: every ``landplan`` subcommand on the demo data (resources/demo/
landplan_demo.gpkg) on one local dask cluster, the results in out/scale/ (GeoPackage and, for the
scoring, a partitioned GeoParquet directory too). Runs in .venv-scale.

    .venv-scale/bin/python scripts/scale_demo.py --out out/scale [--workers 2] [--as-of 2024-06-30]
"""
import argparse
import os
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(REPO, "resources", "demo", "landplan_demo.gpkg")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(REPO, "out", "scale"))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--as-of", default="2024-06-30")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    out = os.path.abspath(args.out)

    from distributed import Client, LocalCluster
    from landplan.cli import main as landplan
    from landplan.cluster import configure
    configure()
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None, silence_logs=40)
    client = Client(cluster)
    layer = lambda name: "%s|layername=%s" % (DEMO, name)  # noqa: E731
    steps = [
        ("低效工业用地评价 landplan score", ["score", layer("parcels"), "--status-field", "生产状态",
                                       "--output", os.path.join(out, "scored.gpkg")]),
        ("… the same, written as partitioned GeoParquet", ["score", layer("parcels"), "--status-field", "生产状态",
                                                         "--partition-rows", "200",
                                                         "--output", os.path.join(out, "scored.parquet")]),
        ("闲置土地识别 landplan idle", ["idle", layer("parcels"), "--as-of", args.as_of,
                                  "--output", os.path.join(out, "idle.gpkg")]),
        ("批而未供 landplan unsupplied (attribute mode)", ["unsupplied", layer("approvals"), "--as-of", args.as_of,
                                                      "--output", os.path.join(out, "unsupplied_attributes.gpkg")]),
        ("批而未供 landplan unsupplied (spatial mode)", ["unsupplied", layer("approvals"), "--supplied",
                                                    layer("supplies"), "--buildings", layer("buildings"),
                                                    "--as-of", args.as_of,
                                                    "--output", os.path.join(out, "unsupplied_spatial.gpkg")]),
        ("标准地履约核查 landplan commitments", ["commitments", layer("parcels"), "--as-of", args.as_of,
                                          "--extra-indicators", "亩均产值,承诺亩均产值,实际亩均产值,>=,production",
                                          "--output", os.path.join(out, "commitments.gpkg")]),
        ("亩均效益综合评价 landplan permu (ranks within 规上 / 规下 over the whole layer)",
         ["permu", layer("parcels"), "--scheme-file", os.path.join(REPO, "resources", "schemes", "rank_25_70_95.json"),
          "--group-field", "规模", "--output", os.path.join(out, "permu.gpkg")]),
        ("开发区工业用地占比 landplan zoneshare", [
            "zoneshare", "--zones", layer("zones"), "--landuse", layer("landuse"), "--landuse-field", "DLBM",
            "--output", os.path.join(out, "zones.gpkg")]),
        ("开发区土地集约利用评价 landplan zoneeval", [
            "zoneeval", "--zones", layer("zones"), "--landuse", layer("landuse"), "--landuse-field", "DLBM",
            "--supplied", layer("supplies"), "--supply-date-field", "供地日期", "--ready", layer("approvals"),
            "--buildings", layer("buildings_survey"), "--floor-area-field", "建筑面积", "--parcels", layer("parcels"),
            "--idle", os.path.join(out, "idle.gpkg"), "--as-of", args.as_of,
            "--output", os.path.join(out, "zone_evaluation.gpkg")]),
    ]
    failed = 0
    try:
        for title, argv in steps:
            print("\n== %s\n   landplan %s" % (title, " ".join(a if " " not in a else repr(a) for a in argv)))
            start = time.perf_counter()
            code = landplan(argv + ["--scheduler", cluster.scheduler_address, "--no-progress"])
            print("   (%.1f s, exit %d)" % (time.perf_counter() - start, code))
            failed += code != 0
    finally:
        client.close()
        cluster.close()
    print("\n== 结果 results in %s" % out)
    for name in sorted(os.listdir(out)):
        print("   " + os.path.join(out, name))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

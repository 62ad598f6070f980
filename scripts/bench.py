#!/usr/bin/env python3
"""`make bench ARGS="--n 250000"` — LandPlan speed and memory against QGIS's native algorithms.

Scoring (issue 2): N parcels (default 1,000,000) in a GeoPackage; wall time and peak memory of
``landplan:scoreinefficiency`` — land area from the 用地面积 field, and from the geometry
(``AREA_FIELD=""``) — against
  * ``native:savefeatures``   — the floor for any pass that reads and writes every parcel;
  * ``native:fieldcalculator`` computing the same composite score with an expression.
Each run is a fresh process (timed around processing.run only; peak RSS from getrusage).
GeoPackage in, GeoPackage out: scoreinefficiency takes its direct path (copy + SQL update,
algorithms/gdal_io.py); ``--sink`` also times it through the Processing sink
(``LANDPLAN_FAST_GPKG=0``), the path every other input and output takes.
Then, unless ``--only-score``: scripts/bench_unsupplied.py (spatial 批而未供 vs native:difference,
``--n-unsupplied``, default 100,000) and scripts/bench_zone.py (zone share vs the
extract + extract + calculatevectoroverlaps chain, ``--n-zone``, default 1,000,000) and
scripts/bench_zoneeval.py (zoneevaluation vs the extract + calculatevectoroverlaps chain,
``--n-zoneeval``, default 100,000).
"""
import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SCORE_EXPR = ('0.4 * ("亩均税收" >= 1.5) + 0.3 * ("投资强度" >= 120) + '
              '0.15 * ("容积率" >= 0.6) + 0.15 * ("建筑系数" >= 40)')


def make_parcels(path, n, seed=7):
    """n square-ish parcels on a grid in EPSG:4547 with the demo's Chinese indicator fields."""
    from osgeo import ogr, osr
    if os.path.exists(path):
        return
    rng = random.Random(seed)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    lyr = ds.CreateLayer("parcels", srs, ogr.wkbPolygon)
    for name, t in (("宗地编号", ogr.OFTString), ("亩均税收", ogr.OFTReal), ("投资强度", ogr.OFTReal),
                    ("容积率", ogr.OFTReal), ("建筑系数", ogr.OFTReal), ("用地面积", ogr.OFTReal)):
        lyr.CreateField(ogr.FieldDefn(name, t))
    defn = lyr.GetLayerDefn()
    cols = 1000
    lyr.StartTransaction()
    for i in range(n):
        x0 = 560000 + (i % cols) * 120.0
        y0 = 3900000 + (i // cols) * 120.0
        w, h = 60 + rng.random() * 50, 60 + rng.random() * 50
        f = ogr.Feature(defn)
        f.SetField("宗地编号", "B%07d" % i)
        f.SetField("亩均税收", round(rng.lognormvariate(0.8, 0.7), 2))
        f.SetField("投资强度", round(rng.lognormvariate(5.0, 0.4), 1))
        f.SetField("容积率", round(rng.uniform(0.2, 2.0), 2))
        f.SetField("建筑系数", round(rng.uniform(20, 70), 1))
        f.SetField("用地面积", round(w * h, 1))
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON((%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f))" % (
                x0, y0, x0 + w, y0, x0 + w, y0 + h, x0, y0 + h, x0, y0)))
        lyr.CreateFeature(f)
        if i % 100000 == 99999:
            lyr.CommitTransaction()
            lyr.StartTransaction()
    lyr.CommitTransaction()
    ds = None


def child(alg, src, out, variant=""):
    """Run one algorithm in this (fresh) process; print JSON with seconds and peak RSS.
    ``variant`` "geom": scoring measures the land area on the geometry (AREA_FIELD empty)."""
    import qgis_env
    qgis_env.start()
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    params = {"INPUT": src, "OUTPUT": out}
    if alg == "landplan:scoreinefficiency":
        params.update({"STANDARD": 1})
        if variant == "geom":
            params["AREA_FIELD"] = ""
    elif alg == "native:fieldcalculator":
        params.update({"FIELD_NAME": "ie_score", "FIELD_TYPE": 0, "FIELD_LENGTH": 10, "FIELD_PRECISION": 3,
                       "FORMULA": SCORE_EXPR})
    ctx = QgsProcessingContext()
    fb = QgsProcessingFeedback()
    t0 = time.perf_counter()
    processing.run(alg, params, context=ctx, feedback=fb)
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("BENCH " + json.dumps({"alg": alg, "seconds": seconds, "peak_mb": peak_kb / 1024.0}))
    sys.stdout.flush()
    os._exit(0)  # skip QGIS teardown: not part of the measurement


def measure(alg, src, workdir, tag, env=None, variant=""):
    out = os.path.join(workdir, "%s.gpkg" % tag)
    if os.path.exists(out):
        os.remove(out)
    proc = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", alg, src, out, variant],
                          capture_output=True, text=True, env=dict(os.environ, **(env or {})))
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH "):
            return json.loads(line[6:])
    raise SystemExit("benchmark child failed for %s:\n%s\n%s" % (alg, proc.stdout[-2000:], proc.stderr[-4000:]))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:6])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000, help="number of parcels (default 1,000,000)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "landplan-bench"))
    ap.add_argument("--only-score", action="store_true", help="skip the spatial benchmarks")
    ap.add_argument("--sink", action="store_true", help="also time scoreinefficiency through the Processing sink")
    ap.add_argument("--n-unsupplied", type=int, default=100_000)
    ap.add_argument("--n-zone", type=int, default=1_000_000)
    ap.add_argument("--n-zoneeval", type=int, default=100_000)
    args = ap.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    src = os.path.join(args.workdir, "parcels_%d.gpkg" % args.n)
    t0 = time.perf_counter()
    make_parcels(src, args.n)
    print("data: %s (%d parcels, %.1f s to build or reuse)" % (src, args.n, time.perf_counter() - t0))
    runs = {}
    cases = [("native:savefeatures", "save", None, ""), ("native:fieldcalculator", "calc", None, ""),
             ("landplan:scoreinefficiency", "score", None, ""),
             ("landplan:scoreinefficiency", "score_geom", None, "geom")]
    if args.sink:
        cases.append(("landplan:scoreinefficiency", "score_sink", {"LANDPLAN_FAST_GPKG": "0"}, ""))
    for alg, tag, env, variant in cases:
        best = None
        for _ in range(args.repeat):
            r = measure(alg, src + "|layername=parcels", args.workdir, tag, env, variant)
            if best is None or r["seconds"] < best["seconds"]:
                best = r
        runs[tag] = best
        note = " (sink)" if env else " (area: geometry)" if variant else ""
        print("  %-28s %8.2f s   peak %7.0f MB" % (alg + note, best["seconds"], best["peak_mb"]))
    s, c, sc, g = runs["save"], runs["calc"], runs["score"], runs["score_geom"]
    print("scoreinefficiency / fieldcalculator: %.2f×  (target ≤ 1.0×)" % (sc["seconds"] / c["seconds"]))
    print("  area from the geometry:            %.2f×  (target ≤ 1.0×)" % (g["seconds"] / c["seconds"]))
    print("scoreinefficiency / savefeatures:    %.2f×  (I/O floor)" % (sc["seconds"] / s["seconds"]))
    print("peak memory scoreinefficiency / savefeatures: %.2f×  (target ≤ 1.5×)" % (sc["peak_mb"] / s["peak_mb"]))
    if "score_sink" in runs:
        k = runs["score_sink"]
        print("through the sink: %.2f× fieldcalculator, %.2f× savefeatures, memory %.2f×" % (
            k["seconds"] / c["seconds"], k["seconds"] / s["seconds"], k["peak_mb"] / s["peak_mb"]))
    if not args.only_score:
        for script, n in (("bench_unsupplied.py", args.n_unsupplied), ("bench_zone.py", args.n_zone),
                          ("bench_zoneeval.py", args.n_zoneeval)):
            print("\n== %s --n %d" % (script, n))
            sys.stdout.flush()
            subprocess.run([sys.executable, os.path.join(HERE, script), "--n", str(n)], check=False)


if __name__ == "__main__":
    main()

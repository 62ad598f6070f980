#!/usr/bin/python3
"""Benchmark: landplan:flagunsupplied (spatial mode) against native:difference.

Generates N approval (批地) and N supply (供地) polygons in one GeoPackage, laid out like real
data: approvals tile a jittered grid (neighbours share edges), supplies tile a second jittered
grid shifted by about a third of a cell, so each approval overlaps about four supplies and
touches more; 15 % of the supply cells are left out (unsupplied land). Then times both
algorithms on the same layers, writing GeoPackage outputs, and prints the times and the ratio
(LandPlan ÷ native; target ≤ 1.0).

Usage (standalone, Debian's QGIS):
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/bench_unsupplied.py [--n 100000] [--repeat 1]
"""
import argparse
import math
import os
import random
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_env  # noqa: E402  (paths and environment for standalone QGIS)

REPO = qgis_env.REPO

CELL = 100.0          # m
X0, Y0 = 500000.0, 3900000.0   # EPSG:4547 (CGCS2000 / 3-degree GK CM 114E)


def _jittered_grid(nx, ny, x0, y0, jitter, rng):
    return [[(x0 + i * CELL + rng.uniform(-jitter, jitter), y0 + j * CELL + rng.uniform(-jitter, jitter))
             for j in range(ny + 1)] for i in range(nx + 1)]


def _cell_wkt(grid, i, j):
    a, b, c, d = grid[i][j], grid[i + 1][j], grid[i + 1][j + 1], grid[i][j + 1]
    # a midpoint on the bottom edge makes polygons a little less trivial (5–6 vertices)
    m = ((a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0 + 0.5)
    pts = (a, m, b, c, d, a)
    return "POLYGON((%s))" % ",".join("%.3f %.3f" % p for p in pts)


def generate(path, n, seed=20240630):
    from osgeo import ogr, osr
    rng = random.Random(seed)
    nx = int(math.ceil(math.sqrt(n)))
    ny = int(math.ceil(n / float(nx)))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    drv = ogr.GetDriverByName("GPKG")
    if os.path.exists(path):
        drv.DeleteDataSource(path)
    ds = drv.CreateDataSource(path)

    def layer(name, fields):
        lyr = ds.CreateLayer(name, srs, ogr.wkbPolygon, options=["SPATIAL_INDEX=YES"])
        for fname, ftype in fields:
            lyr.CreateField(ogr.FieldDefn(fname, ftype))
        return lyr

    appr = layer("approvals", [("批准文号", ogr.OFTString), ("批准日期", ogr.OFTDate)])
    grid = _jittered_grid(nx, ny, X0, Y0, 20.0, rng)
    defn = appr.GetLayerDefn()
    appr.StartTransaction()
    k = 0
    for i in range(nx):
        for j in range(ny):
            if k >= n:
                break
            f = ogr.Feature(defn)
            f.SetField(0, "豫政土〔%d〕%d号" % (2009 + k % 15, k))
            f.SetField(1, "%d/%02d/%02d" % (2009 + k % 15, 1 + k % 12, 1 + k % 28))
            f.SetGeometryDirectly(ogr.CreateGeometryFromWkt(_cell_wkt(grid, i, j)))
            appr.CreateFeature(f)
            k += 1
    appr.CommitTransaction()

    sup = layer("supplies", [("电子监管号", ogr.OFTString), ("供地日期", ogr.OFTDate)])
    grid2 = _jittered_grid(nx + 1, ny + 1, X0 - CELL * 0.35, Y0 - CELL * 0.3, 20.0, rng)
    defn = sup.GetLayerDefn()
    sup.StartTransaction()
    k = 0
    cells = [(i, j) for i in range(nx + 1) for j in range(ny + 1)]
    rng.shuffle(cells)
    kept = 0
    for i, j in cells:
        if kept >= n:
            break
        if rng.random() < 0.15:  # left out: unsupplied land
            continue
        f = ogr.Feature(defn)
        f.SetField(0, "4109%012d" % kept)
        f.SetField(1, "%d/%02d/%02d" % (2010 + kept % 14, 1 + kept % 12, 1 + kept % 28))
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkt(_cell_wkt(grid2, i, j)))
        sup.CreateFeature(f)
        kept += 1
    # parcels supplied in pieces: smaller polygons overlapping the others, up to n supplies
    w, h = nx * CELL, ny * CELL
    while kept < n:
        x, y = X0 + rng.uniform(0, w), Y0 + rng.uniform(0, h)
        dx, dy = rng.uniform(20, 60), rng.uniform(20, 60)
        f = ogr.Feature(defn)
        f.SetField(0, "4109%012d" % kept)
        f.SetField(1, "%d/%02d/%02d" % (2010 + kept % 14, 1 + kept % 12, 1 + kept % 28))
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkt(
            "POLYGON((%.3f %.3f,%.3f %.3f,%.3f %.3f,%.3f %.3f,%.3f %.3f))"
            % (x, y, x + dx, y, x + dx, y + dy, x, y + dy, x, y)))
        sup.CreateFeature(f)
        kept += 1
    sup.CommitTransaction()
    ds = None
    return kept


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100000, help="approval and supply polygons each (default 100000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each algorithm; the best time counts")
    parser.add_argument("--dir", default=None, help="working directory (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    args = parser.parse_args()

    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    qgis_env.start()  # QGIS, Processing and the plugin, loaded as QGIS loads it
    from qgis import processing

    from landplan_plugin import compat

    work = args.dir or tempfile.mkdtemp(prefix="landplan-bench-")
    os.makedirs(work, exist_ok=True)
    data = os.path.join(work, "bench_unsupplied.gpkg")
    t = time.perf_counter()
    n_sup = generate(data, args.n)
    print("generated %d approvals, %d supplies in %.1f s (%s)" % (args.n, n_sup, time.perf_counter() - t, data))
    approvals = data + "|layername=approvals"
    supplies = data + "|layername=supplies"

    def run(alg, params, out_name):
        best, result = None, None
        for r in range(args.repeat):
            out = os.path.join(work, "%s_%d.gpkg" % (out_name, r))
            if os.path.exists(out):
                os.remove(out)
            ctx = QgsProcessingContext()
            ctx.setInvalidGeometryCheck(compat.REQUEST_GEOMETRY_NO_CHECK)
            fb = QgsProcessingFeedback()
            p = dict(params, OUTPUT=out)
            t0 = time.perf_counter()
            result = processing.run(alg, p, context=ctx, feedback=fb)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
            del ctx
        return best, result

    t_native, _ = run("native:difference", {"INPUT": approvals, "OVERLAY": supplies}, "native_difference")
    print("native:difference            %8.2f s" % t_native)
    t_lp, _ = run("landplan:flagunsupplied", {"INPUT": approvals, "SUPPLIED": supplies, "AS_OF": "2024-06-30",
                                              "TOLERANCE": 1.0}, "landplan_unsupplied")
    print("landplan:flagunsupplied      %8.2f s" % t_lp)
    print("n=%d  ratio landplan/native = %.2fx (target <= 1.0x)" % (args.n, t_lp / t_native))

    if not args.keep and not args.dir:
        import shutil
        shutil.rmtree(work, ignore_errors=True)
    qgis_env.stop()


if __name__ == "__main__":
    main()

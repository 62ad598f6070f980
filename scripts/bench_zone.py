#!/usr/bin/env python3
"""Benchmark landplan:zoneindustrialshare against the chain a technician would otherwise run.

Generates N land-use polygons (default 1,000,000; jittered 100 m cells with 8 vertices, tiling
a square, 三调 codes, some stored without their leading zero) and 100 zones (irregular
32-gons, ten of them multipart, some overlapping) in EPSG:4547, in a GeoPackage under the bench
directory (re-used when it exists). Then times

* the chain: ``native:extractbyexpression`` (industrial codes) + ``native:extractbyexpression``
  (construction codes) + ``native:calculatevectoroverlaps`` (zones against both), with the
  Processing context's ellipsoid set to CGCS2000 so the chain measures ellipsoidal areas too;
* ``landplan:zoneindustrialshare`` (default classification 三调, 工矿仓储);

checks that industrial and construction areas per zone agree, and prints the times and the ratio.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/bench_zone.py [--n 100000] [--dir DIR]
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
X0, Y0 = 440000.0, 3900000.0   # EPSG:4547, around 114°E / 35°N
EPSG = 4547
#: (code as stored, weight); about a tenth of the numeric codes lose their leading zero
CODES = [("0601", 22), ("0602", 1), ("0508", 4), ("0604", 1), ("0701", 10), ("0702", 6), ("05H1", 5),
         ("0809", 3), ("0810", 3), ("08H2", 2), ("1003", 3), ("1004", 5), ("1006", 2), ("1109", 1),
         ("0101", 12), ("0103", 6), ("0301", 4), ("0404", 2), ("1101", 2), ("1104", 2), ("1201", 1),
         ("1202", 2), ("0201", 3)]


def generate(path, n, n_zones, seed=20240601):
    from osgeo import ogr, osr
    rnd = random.Random(seed)
    side = int(math.ceil(math.sqrt(n)))
    rows = int(math.ceil(n / side))
    # shared jittered nodes and edge midpoints, so the cells tile exactly
    nodes = [[(X0 + i * CELL + rnd.uniform(-25, 25), Y0 + j * CELL + rnd.uniform(-25, 25))
              for j in range(rows + 1)] for i in range(side + 1)]
    hmid = [[(X0 + (i + 0.5) * CELL + rnd.uniform(-15, 15), Y0 + j * CELL + rnd.uniform(-15, 15))
             for j in range(rows + 1)] for i in range(side)]
    vmid = [[(X0 + i * CELL + rnd.uniform(-15, 15), Y0 + (j + 0.5) * CELL + rnd.uniform(-15, 15))
             for j in range(rows)] for i in range(side + 1)]
    codes, weights = zip(*CODES)
    cum = []
    total = 0
    for w in weights:
        total += w
        cum.append(total)

    if os.path.exists(path):
        os.remove(path)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)

    lyr = ds.CreateLayer("landuse", srs, ogr.wkbPolygon, options=["SPATIAL_INDEX=YES"])
    lyr.CreateField(ogr.FieldDefn("BSM", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("DLBM", ogr.OFTString))
    defn = lyr.GetLayerDefn()
    ds.StartTransaction()
    count = 0
    import bisect
    for j in range(rows):
        for i in range(side):
            if count >= n:
                break
            ring = (nodes[i][j], hmid[i][j], nodes[i + 1][j], vmid[i + 1][j], nodes[i + 1][j + 1],
                    hmid[i][j + 1], nodes[i][j + 1], vmid[i][j], nodes[i][j])
            wkt = "POLYGON((" + ",".join("%.3f %.3f" % p for p in ring) + "))"
            code = codes[bisect.bisect_right(cum, rnd.random() * total)]
            if code[0] == "0" and code[1].isdigit() and code.isdigit() and rnd.random() < 0.1:
                code = code[1:]
            f = ogr.Feature(defn)
            f.SetField(0, "%012d" % count)
            f.SetField(1, code)
            f.SetGeometryDirectly(ogr.CreateGeometryFromWkt(wkt))
            lyr.CreateFeature(f)
            count += 1
    ds.CommitTransaction()

    zl = ds.CreateLayer("zones", srs, ogr.wkbMultiPolygon)
    zl.CreateField(ogr.FieldDefn("园区名称", ogr.OFTString))
    width, height = side * CELL, rows * CELL
    size = min(width, height)
    zdefn = zl.GetLayerDefn()
    ds.StartTransaction()

    def blob(cx, cy, r):
        pts = []
        for k in range(32):
            a = 2 * math.pi * k / 32
            rr = r * rnd.uniform(0.85, 1.15)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        pts.append(pts[0])
        return "((" + ",".join("%.3f %.3f" % p for p in pts) + "))"

    for z in range(n_zones):
        r = size * rnd.uniform(0.012, 0.035)
        cx = X0 + rnd.uniform(r * 1.2, width - r * 1.2)
        cy = Y0 + rnd.uniform(r * 1.2, height - r * 1.2)
        parts = [blob(cx, cy, r)]
        if z % 10 == 0:   # multipart: a second, smaller blob nearby, on the side where it fits
            cx2 = cx + 2.6 * r if cx + 3.2 * r < X0 + width else cx - 2.6 * r
            parts.append(blob(cx2, cy, r * 0.5))
        f = ogr.Feature(zdefn)
        f.SetField(0, "园区%03d" % z)
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkt("MULTIPOLYGON(%s)" % ",".join(parts)))
        zl.CreateFeature(f)
    ds.CommitTransaction()
    ds = None
    return sorted(set(c for c in codes) | {c[1:] for c in codes if c.isdigit()})


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="land-use polygons (default 1,000,000)")
    ap.add_argument("--zones", type=int, default=100)
    ap.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "landplan_bench"))
    ap.add_argument("--regenerate", action="store_true", help="rebuild the data even when it exists")
    ap.add_argument("--skip-chain", action="store_true", help="time only landplan:zoneindustrialshare")
    args = ap.parse_args()

    os.makedirs(args.dir, exist_ok=True)
    gpkg = os.path.join(args.dir, "bench_zone_n%d_z%d.gpkg" % (args.n, args.zones))
    if args.regenerate or not os.path.exists(gpkg):
        t0 = time.perf_counter()
        generate(gpkg, args.n, args.zones)
        print("generated %s in %.1f s" % (gpkg, time.perf_counter() - t0))
    raw_codes = sorted(set(c for c, _ in CODES) | {c[1:] for c, _ in CODES if c.isdigit() and c[0] == "0"})

    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer
    qgis_env.start()  # QGIS, Processing and the plugin, loaded as QGIS loads it
    from qgis import processing
    from landplan_plugin.core import landuse

    preset = landuse.load_preset("sandiao_2017")
    classes = landuse.classify_array(preset, raw_codes)
    ind_codes = [c for c, ind in zip(raw_codes, classes["industrial"]) if ind]
    con_codes = [c for c, con in zip(raw_codes, classes["construction"]) if con]
    expr = lambda cs: '"DLBM" IN (%s)' % ",".join("'%s'" % c for c in cs)  # noqa: E731 (a one-line helper)
    zones_uri = gpkg + "|layername=zones"
    lu_uri = gpkg + "|layername=landuse"
    feedback = QgsProcessingFeedback()

    def context():
        ctx = QgsProcessingContext()
        ctx.setEllipsoid("NONE")  # planar, as LandPlan measures projected layers
        return ctx

    chain = None
    times = {}
    if not args.skip_chain:
        ctx = context()
        t0 = time.perf_counter()
        r1 = processing.run("native:extractbyexpression", {"INPUT": lu_uri, "EXPRESSION": expr(ind_codes),
                                                           "OUTPUT": "TEMPORARY_OUTPUT"},
                            context=ctx, feedback=feedback)
        t1 = time.perf_counter()
        r2 = processing.run("native:extractbyexpression", {"INPUT": lu_uri, "EXPRESSION": expr(con_codes),
                                                           "OUTPUT": "TEMPORARY_OUTPUT"},
                            context=ctx, feedback=feedback)
        t2 = time.perf_counter()
        ind = QgsVectorLayer(r1["OUTPUT"], "ind", "ogr") if isinstance(r1["OUTPUT"], str) else r1["OUTPUT"]
        con = QgsVectorLayer(r2["OUTPUT"], "con", "ogr") if isinstance(r2["OUTPUT"], str) else r2["OUTPUT"]
        ind.setName("ind")
        con.setName("con")
        r3 = processing.run("native:calculatevectoroverlaps", {"INPUT": zones_uri, "LAYERS": [ind, con],
                                                               "OUTPUT": "TEMPORARY_OUTPUT"},
                            context=ctx, feedback=feedback)
        t3 = time.perf_counter()
        times.update(extract_industrial=t1 - t0, extract_construction=t2 - t1, overlaps=t3 - t2, chain=t3 - t0)
        out = r3["OUTPUT"]
        out = QgsVectorLayer(out, "ov", "ogr") if isinstance(out, str) else out
        chain = {}
        for f in out.getFeatures():
            chain[f["园区名称"]] = (f["ind_area"] / 1e4, f["con_area"] / 1e4)
        del ind, con, out, ctx

    ctx = context()
    dest = os.path.join(args.dir, "zone_share_n%d.gpkg" % args.n)
    t0 = time.perf_counter()
    res = processing.run("landplan:zoneindustrialshare", {"ZONES": zones_uri, "LANDUSE": lu_uri,
                                                         "LANDUSE_FIELD": "DLBM", "OUTPUT": dest},
                         context=ctx, feedback=feedback)
    times["landplan"] = time.perf_counter() - t0
    lyr = QgsVectorLayer(res["OUTPUT"], "zs", "ogr")
    mine = {f["zone_name"]: (f["ind_ha"], f["base_ha"]) for f in lyr.getFeatures()}
    del lyr, ctx

    print("land-use polygons: %d, zones: %d" % (args.n, args.zones))
    for k, v in times.items():
        print("  %-22s %8.2f s" % (k, v))
    if chain is not None:
        worst_abs, worst_rel = 0.0, 0.0
        for name, (ci, cb) in chain.items():
            mi, mb = mine[name]
            for a, b in ((ci, mi), (cb, mb)):
                worst_abs = max(worst_abs, abs(a - b))
                worst_rel = max(worst_rel, abs(a - b) / max(abs(a), 1e-9))
        agree = worst_abs <= 1e-3 or worst_rel <= 1e-5
        print("  ratio landplan / chain: %.3f (target <= 1.0)" % (times["landplan"] / times["chain"]))
        print("  agreement over %d zones: max |diff| %.6f ha, max relative %.2e -> %s"
              % (len(chain), worst_abs, worst_rel, "AGREE" if agree else "DISAGREE"))
    qgis_env.stop()
    return 0 if chain is None or agree else 1


if __name__ == "__main__":
    sys.exit(main())

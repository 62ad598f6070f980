#!/usr/bin/env python3
"""Benchmark landplan:zoneevaluation against the chain a technician would otherwise build.

Data: the land-use tiling and zones of ``bench_zone.py`` (N jittered 100 m cells, 三调 codes,
100 zones) plus a supply layer (one rectangle per 40 cells, a tenth overlapping another supply,
dates 2015–2026 with a few undated) in one GeoPackage under the bench directory.

The chain, per indicator's area (what TD/T 1029's land indicators need from these layers):
``native:extractbyexpression`` for industrial, construction and unbuildable codes, two more
on the supplies (supplied by AS_OF, and supplied in the last 3 years), then one
``native:calculatevectoroverlaps`` of the zones against the five extracts (the rates are then
arithmetic on those areas). ``landplan:zoneevaluation`` does the same from ZONES, LANDUSE and
SUPPLIED in one run. Areas are compared zone by zone.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/bench_zoneeval.py [--n 100000] [--dir DIR]
"""
import argparse
import os
import random
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_env
import bench_zone

AS_OF = "2025-12-31"
WINDOW = (2023, 2025)


def add_supplies(path, n, seed=20251231):
    from osgeo import ogr, osr
    rnd = random.Random(seed)
    ds = ogr.Open(path, 1)
    lu = ds.GetLayerByName("landuse")
    x0, x1, y0, y1 = lu.GetExtent()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(bench_zone.EPSG)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer("supplies", srs, ogr.wkbPolygon, options=["SPATIAL_INDEX=YES", "OVERWRITE=YES"])
    lyr.CreateField(ogr.FieldDefn("GDRQ", ogr.OFTString))
    defn = lyr.GetLayerDefn()
    ds.StartTransaction()
    prev = None
    for _k in range(max(1, n // 40)):
        if prev is not None and rnd.random() < 0.1:   # overlapping another supply
            bx, by = prev[0] + rnd.uniform(-60, 60), prev[1] + rnd.uniform(-60, 60)
        else:
            bx, by = rnd.uniform(x0, x1 - 400), rnd.uniform(y0, y1 - 300)
        w, h = rnd.uniform(80, 400), rnd.uniform(60, 300)
        prev = (bx, by)
        f = ogr.Feature(defn)
        year = rnd.randint(2015, 2026)
        f.SetField(0, "" if rnd.random() < 0.02 else "%d-%02d-%02d" % (year, rnd.randint(1, 12), rnd.randint(1, 28)))
        wkt = "POLYGON((%.3f %.3f,%.3f %.3f,%.3f %.3f,%.3f %.3f,%.3f %.3f))" % (
            bx, by, bx + w, by, bx + w, by + h, bx, by + h, bx, by)
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)
    ds.CommitTransaction()
    ds = None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1_000_000, help="land-use polygons (default 1,000,000)")
    ap.add_argument("--zones", type=int, default=100)
    ap.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "landplan_bench"))
    ap.add_argument("--regenerate", action="store_true")
    ap.add_argument("--skip-chain", action="store_true")
    args = ap.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    gpkg = os.path.join(args.dir, "bench_zoneeval_n%d_z%d.gpkg" % (args.n, args.zones))
    if args.regenerate or not os.path.exists(gpkg):
        t0 = time.perf_counter()
        bench_zone.generate(gpkg, args.n, args.zones)
        add_supplies(gpkg, args.n)
        print("generated %s in %.1f s" % (gpkg, time.perf_counter() - t0))

    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer
    qgis_env.start()
    from qgis import processing
    from landplan_plugin.core import evaluation as ev, landuse

    preset = landuse.load_preset("sandiao_2017")
    raw_codes = sorted(set(c for c, _ in bench_zone.CODES) | {c[1:] for c, _ in bench_zone.CODES
                                                                if c.isdigit() and c[0] == "0"})
    flags = dict(zip(raw_codes, ev.land_classes_columns(raw_codes, preset).tolist()))
    pick = lambda bit: '"DLBM" IN (%s)' % ",".join("'%s'" % c for c in raw_codes if flags[c] & bit)  # noqa: E731 (a one-line helper)
    zones_uri, lu_uri, sup_uri = ("%s|layername=%s" % (gpkg, n) for n in ("zones", "landuse", "supplies"))
    feedback = QgsProcessingFeedback()

    def context():
        ctx = QgsProcessingContext()
        ctx.setEllipsoid("NONE")
        return ctx

    times, chain = {}, None
    if not args.skip_chain:
        ctx = context()
        steps = [("ind", lu_uri, pick(ev.LAND_INDUSTRIAL)), ("con", lu_uri, pick(ev.LAND_BUILT)),
                 ("unb", lu_uri, pick(ev.LAND_UNBUILDABLE)),
                 ("sup", sup_uri, "\"GDRQ\" IS NULL OR \"GDRQ\" = '' OR \"GDRQ\" <= '%s'" % AS_OF),
                 ("rec", sup_uri, "left(\"GDRQ\", 4) >= '%d' AND left(\"GDRQ\", 4) <= '%d'" % WINDOW)]
        layers = []
        t0 = time.perf_counter()
        for name, uri, expr in steps:
            t = time.perf_counter()
            r = processing.run("native:extractbyexpression", {"INPUT": uri, "EXPRESSION": expr,
                                                               "OUTPUT": "TEMPORARY_OUTPUT"},
                               context=ctx, feedback=feedback)
            lyr = r["OUTPUT"] if not isinstance(r["OUTPUT"], str) else QgsVectorLayer(r["OUTPUT"], name, "ogr")
            lyr.setName(name)
            layers.append(lyr)
            times["extract_" + name] = time.perf_counter() - t
        t = time.perf_counter()
        r = processing.run("native:calculatevectoroverlaps", {"INPUT": zones_uri, "LAYERS": layers,
                                                               "OUTPUT": "TEMPORARY_OUTPUT"},
                           context=ctx, feedback=feedback)
        times["overlaps"] = time.perf_counter() - t
        times["chain"] = time.perf_counter() - t0
        out = r["OUTPUT"] if not isinstance(r["OUTPUT"], str) else QgsVectorLayer(r["OUTPUT"], "ov", "ogr")
        chain = {f["园区名称"]: {k: f[k + "_area"] / 1e4 for k, _, _ in steps} for f in out.getFeatures()}
        del layers, out, ctx

    ctx = context()
    t0 = time.perf_counter()
    res = processing.run("landplan:zoneevaluation", {
        "ZONES": zones_uri, "LANDUSE": lu_uri, "LANDUSE_FIELD": "DLBM", "SUPPLIED": sup_uri,
        "SUPPLY_DATE_FIELD": "GDRQ", "AS_OF": AS_OF, "SUPPLY_YEARS": 3,
        "OUTPUT": os.path.join(args.dir, "zoneeval_n%d.gpkg" % args.n)}, context=ctx, feedback=feedback)
    times["landplan"] = time.perf_counter() - t0
    lyr = QgsVectorLayer(res["OUTPUT"], "ze", "ogr")
    mine = {f["zone_name"]: {"ind": f["ind_ha"], "con": f["built_ha"], "unb": f["zone_ha"] - f["dev_ha"],
                             "sup": f["supp_ha"], "rec": f["supyr_ha"] * 3} for f in lyr.getFeatures()}
    del lyr, ctx

    print("land-use polygons: %d, zones: %d" % (args.n, args.zones))
    for k, v in times.items():
        print("  %-22s %8.2f s" % (k, v))
    agree = True
    if chain is not None:
        worst_abs = worst_rel = 0.0
        for name, areas in chain.items():
            for key, a in areas.items():
                b = mine[name][key]
                worst_abs = max(worst_abs, abs(a - b))
                worst_rel = max(worst_rel, abs(a - b) / max(abs(a), 1e-9))
        agree = worst_abs <= 1e-3 or worst_rel <= 1e-5
        print("  ratio landplan / chain: %.3f (target <= 1.0)" % (times["landplan"] / times["chain"]))
        print("  agreement over %d zones x 5 areas: max |diff| %.6f ha, max relative %.2e -> %s"
              % (len(chain), worst_abs, worst_rel, "AGREE" if agree else "DISAGREE"))
    qgis_env.stop()
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())

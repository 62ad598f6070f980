#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Demo change polygons (变化图斑) for ``landplan:changemonitoring``: ``resources/demo/changes_demo.shp``
(UTF-8 with a .cpg, as LandPlan writes shapefiles; fields TBBH 图斑编号, BHLX 变化类型, QSX 前时相,
HSX 后时相; in EPSG:4490 — geographic, not the demo's EPSG:4547: the algorithm reprojects).

Deterministic (its own random generator, fixed seed). Where the polygons go depends on the checks'
results, so this script runs the demo's scoring, idle-land and unsupplied checks (as ``run_demo.py``
runs them) into a temporary folder first, then places, all fictional (图斑编号 2025Q3-…):

* 新增建设 on three idle parcels → 疑似已动工;
* 新增建设 on two 批而未供 remainders → 疑似已批未供即用;
* 新增建设 / 推填土 on three spots inside the zones that no approval, supply or parcel covers →
  疑似违法占地;
* 拆除 / 清表 on two low-efficiency parcels → 疑似盘活;
* 拆除 on a parcel that is not low-efficiency, 新增建设 on a supplied parcel that is not idle, and
  a type the table does not know (其他) → 无;
* two slivers (under 100 m²), two duplicates (same geometry as an earlier polygon, other id) and
  one polygon without geometry → not used, each named in the log.

Run: ``/usr/bin/python3 scripts/demo_changes.py`` (needs QGIS; about half a minute).
"""
import os
import random
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_env  # noqa: E402

SEED = 20250930
OUT = os.path.join(qgis_env.REPO, "resources", "demo", "changes_demo.shp")
DEMO = os.path.join(qgis_env.REPO, "resources", "demo", "landplan_demo.gpkg")
BEFORE, AFTER = "2025-06-30", "2025-09-30"
AS_OF = "2025-12-31"


def layer(name):
    return "%s|layername=%s" % (DEMO, name)


def _checks(tmp):
    from qgis import processing
    scored = processing.run("landplan:scoreinefficiency", {
        "INPUT": layer("parcels"), "STANDARD": 1, "STATUS_FIELD": "生产状态", "AS_OF": AS_OF,
        "OUTPUT": os.path.join(tmp, "scored.gpkg")})["OUTPUT"]
    idle = processing.run("landplan:flagidleland", {
        "INPUT": scored, "AS_OF": AS_OF, "OUTPUT": os.path.join(tmp, "parcels_checked.gpkg")})["OUTPUT"]
    unsup = processing.run("landplan:flagunsupplied", {
        "INPUT": layer("approvals"), "SUPPLIED": layer("supplies"), "BUILDINGS": layer("buildings"),
        "AS_OF": AS_OF, "OUTPUT": os.path.join(tmp, "unsupplied.gpkg")})["OUTPUT"]
    return idle, unsup


def _features(uri):
    from osgeo import ogr
    path, _, name = uri.partition("|layername=")
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(name) if name else ds.GetLayer(0)
    out = []
    for f in lyr:
        g = f.GetGeometryRef()
        out.append(({k: f.GetField(k) for k in f.keys()}, g.Clone() if g is not None else None))
    return out


def _box(x, y, half):
    from osgeo import ogr
    return ogr.CreateGeometryFromWkt("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
        x - half, y - half, x + half, y - half, x + half, y + half, x - half, y + half, x - half, y - half))


def _inside(geom, half):
    """A box of about (2·half)² m² around a point inside ``geom``, clipped to it."""
    p = geom.PointOnSurface()
    return _box(p.GetX(), p.GetY(), half).Intersection(geom.Buffer(-2.0))


def _pick(rng, rows, n):
    rows = sorted(rows, key=lambda r: str(r[0].get("宗地编号") or r[0].get("批准文号")))
    return rng.sample(rows, n)


def build():
    rng = random.Random(SEED)
    tmp = tempfile.mkdtemp(prefix="landplan-changes-")
    idle_uri, unsup_uri = _checks(tmp)
    parcels = _features(idle_uri)
    idle = [r for r in parcels if r[0].get("idle_flag") == 1 and r[1] is not None]
    low = [r for r in parcels if r[0].get("ie_flag") == 1 and r[0].get("idle_flag") != 1 and r[1] is not None]
    plain = [r for r in parcels if r[0].get("ie_flag") == 0 and r[0].get("idle_flag") == 0 and r[1] is not None]
    unsup = [r for r in _features(unsup_uri) if r[0].get("unsup_flag") == 1 and r[1] is not None]
    cover = [g for _, g in _features(layer("approvals")) + _features(layer("supplies")) + parcels if g is not None]
    zones = [g for _, g in _features(layer("zones")) if g is not None]
    polys = []  # (type, geometry or None)
    for _, g in _pick(rng, idle, 3):
        polys.append(("新增建设", _inside(g, 30)))
    for _, g in _pick(rng, unsup, 2):
        polys.append(("新增建设", _inside(g, 25)))
    spots = 0
    while spots < 3:
        zone = rng.choice(zones)
        env = zone.GetEnvelope()
        x, y = rng.uniform(env[0], env[1]), rng.uniform(env[2], env[3])
        box = _box(x, y, 25)
        if zone.Contains(box) and not any(box.Buffer(20).Intersects(c) for c in cover):
            polys.append(("推填土" if spots == 2 else "新增建设", box))
            spots += 1
    polys.append(("拆除", _inside(_pick(rng, low, 2)[0][1], 30)))
    polys.append(("清表", _inside(_pick(rng, low, 2)[1][1], 20)))
    a, b = _pick(rng, plain, 2)
    polys.append(("拆除", _inside(a[1], 20)))
    polys.append(("新增建设", _inside(b[1], 20)))
    polys.append(("其他", _inside(_pick(rng, plain, 3)[2][1], 15)))
    x, y = polys[0][1].PointOnSurface().GetX(), polys[0][1].PointOnSurface().GetY()
    polys.append(("新增建设", _box(x + 3000, y + 3000, 2.5)))   # 25 m²: sliver
    polys.append(("推填土", _box(x - 2500, y + 1500, 3.8)))     # about 58 m²: sliver
    polys.append(("新增建设", polys[0][1].Clone()))              # duplicate of 001
    polys.append(("推填土", polys[7][1].Clone()))                # duplicate of the 推填土 spot
    polys.append(("新增建设", None))                             # no geometry
    _write(polys)
    return polys


def _write(polys):
    from osgeo import ogr, osr
    src = osr.SpatialReference()
    src.ImportFromEPSG(4547)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4490)
    for srs in (src, dst):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(src, dst)
    driver = ogr.GetDriverByName("ESRI Shapefile")
    if os.path.exists(OUT):
        driver.DeleteDataSource(OUT)
    ds = driver.CreateDataSource(OUT)
    lyr = ds.CreateLayer("changes_demo", dst, ogr.wkbPolygon, options=["ENCODING=UTF-8"])
    # pinyin-initial names, as 卫片执法 shapefiles have them (Chinese names would not fit 10 bytes)
    for name, width in (("TBBH", 20), ("BHLX", 20), ("QSX", 10), ("HSX", 10)):
        field = ogr.FieldDefn(name, ogr.OFTString if name in ("TBBH", "BHLX") else ogr.OFTDate)
        field.SetWidth(width)
        lyr.CreateField(field)
    for k, (kind, geom) in enumerate(polys, 1):
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("TBBH", "2025Q3-%03d" % k)
        feat.SetField("BHLX", kind)
        feat.SetField("QSX", BEFORE.replace("-", "/"))
        feat.SetField("HSX", AFTER.replace("-", "/"))
        if geom is not None:
            g = geom.Clone()
            g.Transform(transform)
            if g.GetGeometryType() != ogr.wkbPolygon:
                g = ogr.ForceToPolygon(g)
            feat.SetGeometry(g)
        lyr.CreateFeature(feat)
    ds = None


def main():
    qgis_env.start()
    polys = build()
    print("%d change polygons written to %s" % (len(polys), OUT))
    qgis_env.stop()


if __name__ == "__main__":
    main()

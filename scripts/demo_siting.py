#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Demo constraint areas for ``landplan:stocksiting``: ``resources/demo/siting_constraints.gpkg``
(layer ``constraints``, EPSG:4547, 类型 = 生态保护红线 / 负面清单, all fictional).

Deterministic: it runs the demo's scoring, idle-land and unsupplied checks as ``demo_changes.py`` does
and lays one 生态保护红线 strip over the first (by id) stock site of 24–36 亩 in 濮东产业集聚区 and
one 负面清单 block over the first such site in 濮阳经济技术产业集聚区 — so the demo run of
``run_demo.py`` (a 30 亩 C3411 project preferring 濮东) shows a fitting site refused for a constraint.
Layer ``planned_use`` (规划用途): each zone 工业用地, except the second such site of 濮东 (二类居住用地:
refused for its planned use) and the third (not covered by the plan: 规划用途 待核实).

Run: ``/usr/bin/python3 scripts/demo_siting.py`` (needs QGIS; a few seconds).
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_env  # noqa: E402

OUT = os.path.join(qgis_env.REPO, "resources", "demo", "siting_constraints.gpkg")
ZONE_TYPES = (("濮东产业集聚区", "生态保护红线"), ("濮阳经济技术产业集聚区", "负面清单"))


def build():
    from osgeo import gdal, ogr, osr
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2025-12-31T00:00:00.000Z")  # pinned: re-running rewrites the same file
    demo_changes = __import__("demo_changes")
    idle_uri, unsup_uri = demo_changes._checks(tempfile.mkdtemp(prefix="landplan-siting-"))
    zones = {f["园区名称"]: g for f, g in demo_changes._features(demo_changes.layer("zones"))}
    rows = []
    for attrs, geom in demo_changes._features(idle_uri) + demo_changes._features(unsup_uri):
        stock = any(attrs.get(k) == 1 for k in ("idle_flag", "ie_flag", "unsup_flag"))
        if stock and geom is not None and 24.0 <= geom.GetArea() * 15.0 / 10000.0 <= 36.0:
            rows.append((str(attrs.get("宗地编号") or attrs.get("批准文号")), geom))
    rows.sort(key=lambda r: r[0])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    if os.path.exists(OUT):
        os.remove(OUT)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(OUT)
    lyr = ds.CreateLayer("constraints", srs, ogr.wkbPolygon, options=["FID=fid", "GEOMETRY_NAME=geom"])
    lyr.CreateField(ogr.FieldDefn("类型", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("说明", ogr.OFTString))
    for zone_name, kind in ZONE_TYPES:
        site_id, geom = next((r for r in rows if zones[zone_name].Contains(r[1].PointOnSurface())))
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("类型", kind)
        feat.SetField("说明", "演示数据：压覆 %s" % site_id)
        feat.SetGeometry(demo_changes._inside(geom, 20))
        lyr.CreateFeature(feat)
        print("%s over %s" % (kind, site_id))
    _planned_use(ds, srs, zones, rows)
    ds = None


def _planned_use(ds, srs, zones, rows):
    """Layer ``planned_use``: zones 工业用地 but for a 居住用地 site and a site the plan does not cover."""
    from osgeo import ogr
    lyr = ds.CreateLayer("planned_use", srs, ogr.wkbMultiPolygon, options=["FID=fid", "GEOMETRY_NAME=geom"])
    for name in ("规划用途", "说明"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    east = [r for r in rows if zones["濮东产业集聚区"].Contains(r[1].PointOnSurface())]
    (home_id, home), (open_id, hole) = east[1], east[2]
    parts = [("二类居住用地", home.Buffer(1.0), "演示数据：%s 规划为居住用地" % home_id)]
    for zone_name in sorted(zones):
        parts.append(("工业用地", zones[zone_name].Buffer(0).Difference(home.Buffer(1.0)).Difference(hole.Buffer(1.0)),
                      "演示数据：%s（%s 未覆盖）" % (zone_name, open_id) if hole.Intersects(zones[zone_name])
                      else "演示数据：%s" % zone_name))
    for use, geom, note in parts:
        feat = ogr.Feature(lyr.GetLayerDefn())
        feat.SetField("规划用途", use)
        feat.SetField("说明", note)
        feat.SetGeometry(ogr.ForceToMultiPolygon(geom))
        lyr.CreateFeature(feat)
    print("二类居住用地 over %s; %s not covered" % (home_id, open_id))


def main():
    qgis_env.start()
    build()
    qgis_env.stop()


if __name__ == "__main__":
    main()

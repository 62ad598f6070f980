# -*- coding: utf-8 -*-
"""Test area for ``landplan:renewalunits`` (城市更新单元评估): a small fictional 城市更新 area
(labelled 演示) in EPSG:4547 with exact numbers for every unit type, the 四旧一村 share over
construction land, 300 米见绿 / 500 米见园 and the railway belt. The tests build it in a temporary
folder (the shipped demo is ``resources/demo/renewal_demo.gpkg``, scripts/demo_renewal.py). Its own
random generator (fixed start value): the layers are the same on every run.

``/usr/bin/python3 scripts/demo_renewal_units.py [PATH]`` writes it (default /tmp);
:func:`write_layers` (ds, srs) adds the layers to an open GDAL data source.

Layers:

* ``units`` (单元名称): eight 800 m units in two rows, 1000 m apart —
  二七商圈 (meets the key area 二七商圈 重要中心区: 重点), 站前 (a station 300 m off its edge: 重点),
  老城 (四旧一村 40 % of its construction land, with water left out of the base: 一般),
  老城南 (30 % of its construction land but only 18.75 % of its area: 一般 at exactly the default share),
  新区东 (in the new area, 低效工业用地 25 %: 优化提升; 低效 is not 四旧一村),
  新区西 (in the new area, office vacancy ≈ 45 %: 优化提升), 新区北 (in the new area, no gap: 不划入),
  居住片 (四旧一村 12.5 %, a 2 ha park and a 6000 m² green: 不划入, mostly 见绿).
* ``landuse`` (DLBM, TBDLMJ): 200 m blocks, 三调 codes (0701 住宅, 0702 宅基地, 0601 工业, 05H1 商服,
  0810 绿地, 1101 水域); TBDLMJ = the block area.
* ``resources`` (ur_class, ur_ha …): renewal resources as ``landplan:renewalresources`` writes them
  (老旧小区, 城中村, 老旧厂房, 低效工业用地, 闲置土地).
* ``key_areas`` (类型, 名称), ``stations`` (站名, points), ``new_areas`` (名称).
* ``green``: a 2 ha park, a 6000 m² green, a 600 m² pocket green (counts for 见绿, not 见园) and a
  300 m² green (too small to count).
* ``railways`` (line) through 老城 and 老城南; ``buildings`` (建筑面积, 空置率, 用途): residential and office
  buildings; in 老城 three within 50 m of the railway (one exactly at 50 m, one without 建筑面积: its
  footprint counts) and one at 60 m (out): 3 buildings, 6300 m²; in 老城南 one at 45 m (1800 m²).
"""
import os
import random
import sys

from osgeo import ogr, osr

from demo_layers import box as _box, write_rows

SEED = 20231231
X0, Y0 = 463000.0, 3844000.0
SIZE, BLOCK = 800.0, 200.0
DEFAULT_PATH = os.path.join("/tmp", "renewal_units_demo.gpkg")

#: unit name, column, row, block codes (4 × 4, row by row from the south-west), resources {block: class}
UNITS = [
    ("二七商圈", 0, 0, ["05H1"] * 8 + ["0701"] * 8, {8: "老旧小区"}),
    ("站前", 1, 0, ["05H1"] * 4 + ["0701"] * 12, {}),
    ("老城", 2, 0, ["0701"] * 6 + ["0702"] * 2 + ["0601"] * 2 + ["1101"] * 6,
     {0: "老旧小区", 1: "老旧小区", 6: "城中村", 8: "老旧厂房"}),
    ("老城南", 3, 0, ["0701"] * 8 + ["0601"] * 2 + ["1101"] * 6,
     {0: "老旧小区", 1: "老旧小区", 2: "老旧小区", 9: "低效工业用地"}),
    ("新区东", 0, 1, ["0601"] * 10 + ["05H1"] * 6, {k: "低效工业用地" for k in range(4)}),
    ("新区西", 1, 1, ["05H1"] * 8 + ["0701"] * 8, {}),
    ("新区北", 2, 1, ["0601"] * 8 + ["0701"] * 8, {15: "闲置土地"}),
    ("居住片", 3, 1, ["0701"] * 14 + ["0810"] * 2, {0: "老旧小区", 5: "城中村"}),
]
S, R = ogr.OFTString, ogr.OFTReal
GAP = 1000.0  # between units (a station near one unit is not within 800 m of the next)


def _origin(col, row):
    return X0 + col * (SIZE + GAP), Y0 + row * (SIZE + GAP)


def _block(col, row, k):
    ux, uy = _origin(col, row)
    return ux + (k % 4) * BLOCK, uy + (k // 4) * BLOCK


def _layer(ds, name, srs, gtype, fields, rows):
    lyr = ds.CreateLayer(name, srs, gtype, options=["OVERWRITE=YES", "FID=fid", "GEOMETRY_NAME=geom"])
    write_rows(lyr, fields, rows)
    return lyr


def _point(x, y):
    p = ogr.Geometry(ogr.wkbPoint)
    p.AddPoint_2D(x, y)
    return p


def write_layers(ds, srs):
    """The demo layers (module doc) into ``ds``; returns their names."""
    rng = random.Random(SEED)
    units, landuse, resources, buildings = [], [], [], []
    for name, col, row, codes, res in UNITS:
        ux, uy = _origin(col, row)
        units.append((_box(ux, uy, SIZE, SIZE), {"单元名称": name}))
        for k, code in enumerate(codes):
            bx, by = _block(col, row, k)
            landuse.append((_box(bx, by, BLOCK, BLOCK), {"DLBM": code, "TBDLMJ": BLOCK * BLOCK}))
            if k in res:
                resources.append((_box(bx, by, BLOCK, BLOCK), {
                    "ur_class": res[k], "ur_ha": BLOCK * BLOCK / 10000.0, "ur_mu": BLOCK * BLOCK / 10000.0 * 15,
                    "ur_src": "landuse:%d" % len(landuse), "ur_reason": "演示：%s" % res[k]}))
            if code in ("0701", "05H1") and name not in ("老城", "老城南"):
                office = code == "05H1"
                for j in range(2):
                    vac = rng.uniform(40, 50) if office and name == "新区西" else rng.uniform(0, 12)
                    floors = rng.randint(6, 18)
                    buildings.append((_box(bx + 30 + 80 * j, by + 40, 50, 20), {
                        "建筑面积": 1000.0 * floors, "空置率": round(vac, 1), "用途": "办公" if office else "住宅"}))
    # 老城 / 老城南: the railway runs east–west at y = 720 m inside them
    rail_y = Y0 + 720.0
    rail = ogr.Geometry(ogr.wkbLineString)
    rail.AddPoint_2D(_origin(2, 0)[0] - 300, rail_y)
    rail.AddPoint_2D(_origin(3, 0)[0] + SIZE + 300, rail_y)
    for k, (dy, floor) in enumerate(((-50.0, 3000.0), (-30.0, None), (-60.0, 4000.0), (40.0, 2500.0))):
        x = _origin(2, 0)[0] + 100 + 150 * k
        y_edge = rail_y + dy  # the building's edge nearest the railway
        geom = _box(x, y_edge - 20, 40, 20) if dy < 0 else _box(x, y_edge, 40, 20)
        buildings.append((geom, {"建筑面积": floor, "空置率": 5.0, "用途": "住宅"}))
    ox, oy = _origin(3, 0)
    buildings.append((_box(ox + 300, rail_y - 45 - 20, 40, 20), {"建筑面积": 1800.0, "空置率": 0.0, "用途": "住宅"}))
    px, py = _origin(3, 1)
    green = [(_box(px + 400, py + 0, 200, 100), {"名称": "演示公园（2公顷）"}),
              (_box(px + 0, py + 700, 60, 100), {"名称": "演示绿地（6000㎡）"}),
              (_box(_origin(2, 0)[0] + 10, Y0 + 10, 30, 20), {"名称": "口袋绿地（600㎡）"}),
              (_box(_origin(3, 0)[0] + 10, Y0 + 10, 15, 20), {"名称": "小绿地（300㎡，不计）"})]
    key = [(_box(X0 + 300, Y0 + 200, 400, 400), {"类型": "重要中心区", "名称": "二七商圈"})]
    station_x, station_y = _origin(1, 0)[0] + 400, Y0 - 300
    stations = [(_point(station_x, station_y), {"站名": "演示站"})]
    new_areas = [(_box(X0 - 50, Y0 + SIZE + GAP - 50, 3 * (SIZE + GAP), SIZE + 100), {"名称": "演示新区"})]
    _layer(ds, "units", srs, ogr.wkbPolygon, [("单元名称", S)], units)
    _layer(ds, "landuse", srs, ogr.wkbPolygon, [("DLBM", S), ("TBDLMJ", R)], landuse)
    _layer(ds, "resources", srs, ogr.wkbPolygon, [("ur_class", S), ("ur_ha", R), ("ur_mu", R), ("ur_src", S),
                                                  ("ur_reason", S)], resources)
    _layer(ds, "key_areas", srs, ogr.wkbPolygon, [("类型", S), ("名称", S)], key)
    _layer(ds, "stations", srs, ogr.wkbPoint, [("站名", S)], stations)
    _layer(ds, "new_areas", srs, ogr.wkbPolygon, [("名称", S)], new_areas)
    _layer(ds, "green", srs, ogr.wkbPolygon, [("名称", S)], green)
    _layer(ds, "railways", srs, ogr.wkbLineString, [("名称", S)], [(rail, {"名称": "演示铁路"})])
    _layer(ds, "buildings", srs, ogr.wkbPolygon, [("建筑面积", R), ("空置率", R), ("用途", S)], buildings)
    return ["units", "landuse", "resources", "key_areas", "stations", "new_areas", "green", "railways", "buildings"]


def main(path=DEFAULT_PATH):
    if os.path.exists(path):
        os.remove(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    write_layers(ds, srs)
    ds = None
    return path


if __name__ == "__main__":
    print(main(*sys.argv[1:]))

# -*- coding: utf-8 -*-
"""Demo data for the remaining 郑州 rules (zones judged by type, the city-wide base, 十四五 quotas and
入园), added by ``make_demo_data.py``. Its own random generator, so the other layers keep their
values (it only adds fields and a layer).

* ``zones``: field ``园区主导类型`` — 工业主导 for 濮阳经济技术产业集聚区 and 濮东产业集聚区, 现代服务业
  for 清河产业集聚区 (reported, not judged, when the zone check is given the type).
* ``landuse``: field ``CZCSXM`` (三调 城镇村属性码): construction land inside a zone 201 (industrial
  land 201A); some farmland inside a zone 201 too (城镇 farmland: not 城镇建设用地); construction
  land outside the zones 202, 202A (industrial), 203 村庄 or 205; other land empty.
* ``supplies_industrial`` (polygons): land supplied 2021–2025 (and one of 2020, one 商服) with
  电子监管号, 供地日期, 土地用途, 行业代码 (GB/T 4754 codes and names), 供地面积(公顷), 选址特殊要求;
  two supplies lie outside every zone, one of them marked 选址特殊要求.
* ``resources/demo/quotas_demo.json``: a quota file for the three demo zones (演示, fictional), in
  the format of ``resources/quotas`` with the 表3-3 industries at a hundredth of the 郑州 figures.
"""
import datetime as dt
import json
import os
import random

from osgeo import ogr
from shapely.geometry import Point, box
from shapely.ops import unary_union

SEED = 20210101
ZONE_TYPE_FIELD = "园区主导类型"
ZONE_TYPES = ("工业主导", "工业主导", "现代服务业")
SUPPLY_FIELDS = [("电子监管号", ogr.OFTString), ("供地日期", ogr.OFTDate), ("土地用途", ogr.OFTString),
                 ("行业代码", ogr.OFTString), ("供地面积(公顷)", ogr.OFTReal), ("选址特殊要求", ogr.OFTString)]
INDUSTRIES = ["C3912", "C3971", "3670", "C3511", "3252", "新材料", "C1431", "2720", "C3099", "C2211", "电子信息"]
QUOTA_FILE = "quotas_demo.json"


def settlement_codes(landuse, zones, is_construction, norm_code):
    """城镇村属性码 of each land-use polygon (module doc), in ``landuse`` order."""
    rng = random.Random(SEED)
    union = unary_union([z["geom"] for z in zones])
    out = []
    for m in landuse:
        code = norm_code(m["code"])
        inside = union.contains(m["geom"].representative_point())
        industrial = code.startswith("06") or code == "0508"
        if is_construction(m["code"]):
            if inside:
                out.append("201A" if industrial else "201")
            else:
                out.append("202A" if industrial else rng.choice(["202", "202", "203", "203", "203", "205"]))
        else:
            out.append("201" if inside and rng.random() < 0.3 else None)
    return out


def _supply_rect(rng, zone_geom, ha):
    side = (ha * 10000.0) ** 0.5
    minx, miny, maxx, maxy = zone_geom.bounds
    for _ in range(500):
        x, y = rng.uniform(minx, maxx - side), rng.uniform(miny, maxy - side)
        g = box(round(x), round(y), round(x + side), round(y + side))
        if zone_geom.contains(g):
            return g
    raise RuntimeError("no room for a supply")


def supplies(zones):
    """The ``supplies_industrial`` rows: [(shapely geometry, attributes)]."""
    rng = random.Random(SEED + 1)
    rows = []
    plan = [(0, 9), (1, 7), (2, 6)]  # zone, number of supplies
    n = 0
    for zi, count in plan:
        for _ in range(count):
            n += 1
            year = 2021 + (n % 5)
            ha = round(rng.uniform(0.8, 3.2), 2)
            date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
            rows.append((_supply_rect(rng, zones[zi]["geom"], ha), {
                "电子监管号": "4109%02d%d%04d" % (zi + 1, year, n), "供地日期": date, "土地用途": "工业用地",
                "行业代码": rng.choice(INDUSTRIES), "供地面积(公顷)": ha, "选址特殊要求": None}))
    # 清河 over its quota: one large supply
    rows.append((_supply_rect(rng, zones[2]["geom"], 6.0), {
        "电子监管号": "41090320240099", "供地日期": dt.date(2024, 9, 12), "土地用途": "工业用地", "行业代码": "C3511",
        "供地面积(公顷)": 6.0, "选址特殊要求": None}))
    union = unary_union([z["geom"] for z in zones])
    minx, miny, maxx, maxy = union.bounds
    outside = [(Point(maxx + 1500, miny + 800), "41090920230101", dt.date(2023, 4, 18), "C3971", None),
               (Point(maxx + 1500, miny + 2400), "41090920240102", dt.date(2024, 10, 9), "C3099",
                "是（临近原料矿区，选址有特殊要求）")]
    for point, sid, date, industry, exempt in outside:
        g = point.buffer(90, cap_style=3)
        assert not g.intersects(union)
        rows.append((g, {"电子监管号": sid, "供地日期": date, "土地用途": "工业用地", "行业代码": industry,
                         "供地面积(公顷)": round(g.area / 10000.0, 2), "选址特殊要求": exempt}))
    # not counted: before the period, not industrial
    rows.append((_supply_rect(rng, zones[0]["geom"], 1.5), {
        "电子监管号": "41090120200201", "供地日期": dt.date(2020, 11, 3), "土地用途": "工业用地", "行业代码": "C3912",
        "供地面积(公顷)": 1.5, "选址特殊要求": None}))
    rows.append((_supply_rect(rng, zones[1]["geom"], 1.2), {
        "电子监管号": "41090220230202", "供地日期": dt.date(2023, 6, 1), "土地用途": "商服用地", "行业代码": None,
        "供地面积(公顷)": 1.2, "选址特殊要求": None}))
    return rows


def quota_file(zones):
    """The demo quota file's content (module doc)."""
    industries = [("电子信息", 21, ["电子信息"], ["39"]),
                  ("汽车及装备制造", 16, ["汽车及装备制造", "装备制造", "汽车"],
                   ["33", "34", "35", "36", "37", "38", "40"]),
                  ("铝及铝精深加工", 4, ["铝"], ["3216", "3252"]), ("新材料", 3, ["新材料", "超硬材料"], []),
                  ("现代食品制造", 4, ["食品"], ["13", "14", "15"]), ("生物及医药", 2, ["生物", "医药"], ["27", "358"])]
    return {
        "format": "landplan-quota/1", "id": "demo_2021_2025", "name": "演示：十四五新增工业用地配额（虚构）",
        "source": "演示数据，结构同《郑州市工业用地布局规划（2021—2035年）》表3-2、表3-3、表3-4",
        "unit": "公顷", "period": {"start": "2021-01-01", "end": "2025-12-31"},
        "total": {"key": "全市新增工业用地", "quota": 60, "source": "演示"},
        "zones": [{"key": z["name"], "quota": q, "source": "演示", "match": [z["name"]]}
                  for z, q in zip(zones, (30, 20, 10))],
        "industries": [{"key": "六大主导产业", "quota": 50, "source": "演示", "parts": [i[0] for i in industries]}] + [
            {"key": k, "quota": q, "source": "演示", "names": names, "codes": codes}
            for k, q, names, codes in industries] + [
            {"key": "其他产业", "quota": 10, "source": "演示", "other": True}],
    }


def add_layers(ds, srs, write_layer, zones):
    """Write ``supplies_industrial`` into the open demo GeoPackage and the demo quota file beside it."""
    counts = {"supplies_industrial": write_layer(ds, srs, "supplies_industrial", ogr.wkbPolygon, SUPPLY_FIELDS,
                                                 supplies(zones))}
    path = os.path.join(os.path.dirname(ds.GetDescription()), QUOTA_FILE)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(quota_file(zones), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return counts


def demo_steps(run, layer, out, as_of, demo_dir):
    """run_demo.py: the zone check with the zone type and the city-wide share, and 十四五 quotas."""
    run("landplan:zoneindustrialshare", {
        "ZONES": layer("zones"), "LANDUSE": layer("landuse"), "LANDUSE_FIELD": "DLBM",
        "ZONE_TYPE_FIELD": ZONE_TYPE_FIELD, "INDUSTRIAL_TYPES": "工业主导", "SETTLEMENT_FIELD": "CZCSXM",
        "OUTPUT": os.path.join(out, "zones_judged.gpkg"), "CITY_OUTPUT": os.path.join(out, "city_share.gpkg")},
        "开发区工业用地占比（工业主导园区评判）与全市城镇建设用地工业占比 zones judged by type + city-wide share")
    run("landplan:industrialquota", {
        "SUPPLIES": layer("supplies_industrial"), "ZONES": layer("zones"), "ZONE_NAME_FIELD": "园区名称",
        "QUOTA_FILE": os.path.join(demo_dir, QUOTA_FILE), "EXEMPT_FIELD": "选址特殊要求", "AS_OF": as_of,
        "OUTPUT": os.path.join(out, "industrial_quota.gpkg"), "OUTSIDE": os.path.join(out, "quota_outside.gpkg")},
        "十四五新增工业用地配额与入园 industrial land quotas and 入园 leads")

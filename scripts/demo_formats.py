#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Demo files in the formats data arrives in, built from the demo GeoPackage (docs/DEMO_DATA.md):

* ``approvals_baopan.txt`` — the ``approvals`` layer as a 报盘坐标 TXT (GBK, CGCS2000 3° zone 38
  with the zone prefix), with three deliberate problems: approval 5 has X and Y swapped, approval 9
  states an area 1.2 % larger than drawn, approval 14's ring is not closed;
* ``enterprises.xlsx`` — an enterprise table for the ``parcels`` layer's companies: a title
  row, then 统一社会信用代码, 企业名称, 年度税收 (万元), 固定资产投资额 (万元), 工业总产值 (万元), 行业.
  Figures equal the parcels' own 税收总额 / 固定资产投资, so scoring the joined totals reproduces
  the scoring of the parcels. Written the way sources differ: some codes in lower case, full width or
  with spaces, one code with a wrong check character, some names with 有限公司 ↔ 有限责任公司 swapped
  or spaces, some figures as text (``1,234.56``), one row twice, two companies that hold no parcel,
  three parcel companies missing (PY0101, PY0202, PY0303). 河南骏和装备 appears once for its two
  parcels PY0017 and PY0245 (the same company written 有限责任公司 / 有限公司 in the parcel layer),
  with their figures summed; PY0245 has no 用地面积, so the join names it and does not split it.

Deterministic (fixed start value; the xlsx's timestamps are pinned). Run by scripts/make_demo_data.py,
or alone: ``/usr/bin/python3 scripts/demo_formats.py [demo.gpkg]`` (files are written beside it).
"""
import datetime as dt
import os
import random
import sys
import zipfile

from osgeo import ogr

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)
from landplan_plugin.core import coordinates  # noqa: E402
from landplan_plugin.core.enterprises import CODE_ALPHABET, check_codes, normalise_name  # noqa: E402

SEED = 20240214
TXT_NAME = "approvals_baopan.txt"
XLSX_NAME = "enterprises.xlsx"
ZONE = 38                       # EPSG:4547 is CGCS2000 3° CM 114E = zone 38 without prefix
SWAPPED, AREA_OFF, UNCLOSED = 5, 9, 14
MISSING_PARCELS = ("PY0101", "PY0202", "PY0303")
ORG_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
PINNED = dt.datetime(2025, 12, 31, 0, 0, 0)


def approvals_txt(gpkg):
    ds = ogr.Open(gpkg)
    parcels = []
    for i, f in enumerate(ds.GetLayerByName("approvals"), start=1):
        geom = f.GetGeometryRef()
        polys = [geom] if geom.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D) else \
            [geom.GetGeometryRef(k) for k in range(geom.GetGeometryCount())]
        rings = []
        for poly in polys:
            outer = [poly.GetGeometryRef(0).GetPoint_2D(k) for k in range(poly.GetGeometryRef(0).GetPointCount())]
            holes = [[poly.GetGeometryRef(r).GetPoint_2D(k) for k in range(poly.GetGeometryRef(r).GetPointCount())]
                     for r in range(1, poly.GetGeometryCount())]
            rings.append((outer, holes))
        area_ha = round(f.GetField("批准面积") / 10000.0, 4)
        if i == AREA_OFF:
            area_ha = round(area_ha * 1.012, 4)
        parcels.append({"pid": str(i), "name": "%s批准用地" % f.GetField("批准文号"), "use": "工业用地",
                        "dlbm": "0601", "area_ha": area_ha, "polygons": rings})
    ds = None
    lines = coordinates.format_file(parcels, "CGCS2000", 3, ZONE, prefixed=False).split("\r\n")
    out, current = [], 0
    for line in lines:
        if line.endswith(",@"):
            current += 1
        elif current == SWAPPED and line.startswith("J"):
            name, ring, x, y = line.split(",")
            line = ",".join((name, ring, y, x))
        out.append(line)
    # approval 14: drop the closing point line of its ring (the header's count then disagrees too)
    start = next(k for k, line in enumerate(out) if line.endswith(",@") and line.split(",")[2] == str(UNCLOSED))
    end = next(k for k in range(start + 1, len(out)) if out[k].endswith(",@") or not out[k])
    del out[end - 1]
    return "\r\n".join(out)


def credit_code(rng):
    body = "91410900" + "".join(rng.choice(ORG_ALPHABET) for _ in range(9))
    return next(code for code in check_codes([body + ch for ch in CODE_ALPHABET])[0] if code)  # the one valid


def enterprise_rows(gpkg):
    rng = random.Random(SEED)
    ds = ogr.Open(gpkg)
    groups = {}
    for f in ds.GetLayerByName("parcels"):
        if f.GetField("宗地编号") in MISSING_PARCELS:
            continue
        key = normalise_name(f.GetField("企业名称"))
        g = groups.setdefault(
            key, {"name": f.GetField("企业名称"), "tax": [], "inv": [], "code": f.GetField("行业代码")}
        )
        g["tax"].append(f.GetField("税收总额"))
        g["inv"].append(f.GetField("固定资产投资"))
    ds = None
    rows = []
    for g in groups.values():
        tax = None if any(v is None for v in g["tax"]) else round(sum(g["tax"]), 2)
        inv = None if any(v is None for v in g["inv"]) else round(sum(g["inv"]), 2)
        rows.append([credit_code(rng), g["name"], tax, inv, round(rng.uniform(500, 50000), 1),
                     "C%s" % g["code"] if g["code"] else None])
    rows.append([credit_code(rng), "濮阳市泓润新材料有限公司", 88.5, 3200.0, 12000.0, "C30"])   # holds no parcel
    rows.append([credit_code(rng), "河南澄远物流有限公司", 12.0, 900.0, 3000.0, "G59"])      # holds no parcel
    for row in rows:
        roll = rng.random()
        if roll < 0.04:
            row[0] = row[0].lower()
        elif roll < 0.08:
            row[0] = "".join(chr(ord(c) + 0xFEE0) for c in row[0])
        elif roll < 0.12:
            row[0] = "%s %s %s" % (row[0][:6], row[0][6:12], row[0][12:])
        roll = rng.random()
        if roll < 0.05 and row[1].endswith("有限责任公司"):
            row[1] = row[1][:-6] + "有限公司"
        elif roll < 0.05 and row[1].endswith("有限公司") and not row[1].endswith("股份有限公司"):
            row[1] = row[1][:-4] + "有限责任公司"
        elif roll < 0.09:
            row[1] = row[1][:2] + " " + row[1][2:]
        if rng.random() < 0.1 and row[2] is not None:
            row[2] = "{:,.2f}".format(row[2])
    bad = rows[7][0]
    rows[7][0] = bad[:17] + ("0" if bad[17] != "0" else "1")     # wrong check character
    rows.insert(20, list(rows[19]))                                 # the same row twice
    return rows


def write_xlsx(rows, path):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业数据"
    ws.append(["2025年度重点企业税收及投资情况表（演示数据，企业均为虚构）"])
    ws.append(["统一社会信用代码", "企业名称", "年度税收", "固定资产投资额", "工业总产值", "行业"])
    for row in rows:
        ws.append(row)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 30
    wb.properties.creator = "LandPlan demo"
    wb.properties.created = PINNED
    wb.properties.modified = PINNED
    tmp = path + ".tmp"
    wb.save(tmp)
    # pin the zip entries' timestamps too, so the file is byte-identical on every run
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            pinned = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = info.external_attr
            dst.writestr(pinned, data)
    os.remove(tmp)


def build(gpkg):
    """Write both demo files beside ``gpkg``; returns their paths."""
    folder = os.path.dirname(os.path.abspath(gpkg))
    txt = os.path.join(folder, TXT_NAME)
    data, problems = coordinates.encode_file(approvals_txt(gpkg), "gbk")
    assert not problems, problems
    with open(txt, "wb") as handle:
        handle.write(data)
    xlsx = os.path.join(folder, XLSX_NAME)
    rows = enterprise_rows(gpkg)
    write_xlsx(rows, xlsx)
    print(
        "wrote %s (%d bytes) and %s (%d rows)"
        % (os.path.relpath(txt, REPO), len(data), os.path.relpath(xlsx, REPO), len(rows))
    )
    return txt, xlsx


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "resources", "demo", "landplan_demo.gpkg"))

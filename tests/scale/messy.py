"""Generated messy layers for the engine-equality tests: text in number fields (``1,234.5``,
``N/A``, full-width digits), Chinese/Excel/impossible dates, invalid (bow-tie) and NULL geometries,
zero and negative areas, integer land-use codes, unknown codes, official areas (TBDLMJ) as text.

Deterministic (a fixed random state). Written as GeoPackages both engines read.
"""
import random

import numpy as np
import pandas as pd
import shapely

X0, Y0 = 500000.0, 3950000.0  # EPSG:4547 (CGCS2000 / 3-degree GK CM 114E), near 濮阳
CRS = "EPSG:4547"

NUMBERS = [12.5, "1,234.5", "N/A", "１２．５", "", None, "-3", "abc", 3, 0.0, "2.5%", "  7  ", "—", 1.5, 1.4999]
COVERAGE = [0.45, 0.3, 0.41, None, 0.0, 1.0, 0.39999]
CODES = ["C3011", "3011", "13", None, "2611", "C", "39", 3011]
STATUS = ["停产", "未停产", "正常", None, "已停工", "关停中", ""]
REGIONS = ["郑州市区", "其他区域", None, "市区", "x"]
DATES = ["2021年3月5日", "2021.3.5", "20210305", "44260", "2021-02-30", None, "2019/1/1", "待定", "2023-07-01",
         "２０２０年１月１日", "2022-06-30", "60"]
RATIOS = ["45%", 0.2, "N/A", 1.2, 0.3333333333, 50, None, "0.25", -1, 0.1]
CAUSES = ["政府规划调整", "企业资金不足", "不可抗力：洪水", "", None, "非政府原因", "政府与企业双方", "征收拆迁未完成"]
PRICES = ["1,000", 0, -1, None, 250.5, "N/A", 1200]
SUPPLY_STATUS = ["已供", "未供", "部分供应", "待定", None, "否", "出让"]
YES_NO = ["是", "否", "?", None, "在用", "1", 0]


def square(x, y, size):
    return shapely.box(x, y, x + size, y + size)


def bowtie(x, y, size):
    return shapely.Polygon([(x, y), (x + size, y + size), (x + size, y), (x, y + size), (x, y)])


def parcels(n=240, random_state=7):
    """Industrial parcels for score and idle."""
    rng = random.Random(random_state)
    rows, geoms = [], []
    for i in range(n):
        x, y = X0 + (i % 20) * 300.0, Y0 + (i // 20) * 300.0
        size = rng.choice([80.0, 120.0, 200.0, 0.5])
        if i % 37 == 5:
            g = bowtie(x, y, size)
        elif i % 53 == 7:
            g = None
        else:
            g = square(x, y, size)
        geoms.append(g)
        area = size * size if g is not None else None
        if i % 31 == 3:
            area = 0.0
        elif i % 41 == 4:
            area = -25.0
        elif i % 29 == 6:
            area = None
        rows.append({
            "宗地编号": "ZD%04d" % i,
            "亩均税收": _text(rng.choice(NUMBERS)),
            "投资强度": rng.choice([150.0, 119.99, 120.0, None, 80.0, 300.0]),
            "容积率": rng.choice([0.6, 0.59999, 1.2, None, 0.3]),
            "建筑系数": rng.choice(COVERAGE),
            "税收总额": _text(rng.choice([10.0, "2,000", None, "N/A", 0.5])),
            "用地面积": area,
            "行业代码": _text(rng.choice(CODES)),
            "区域类别": rng.choice(REGIONS),
            "生产状态": rng.choice(STATUS),
            "约定动工日期": rng.choice(DATES),
            "实际动工日期": rng.choice(DATES + [None, None, None]),
            "中止开发日期": rng.choice(DATES + [None, None]),
            "已开发面积比例": _text(rng.choice(RATIOS)),
            "已投资比例": _text(rng.choice(RATIOS)),
            "已开发面积": rng.choice([100.0, None, 0.0]),
            "应开发面积": rng.choice([300.0, 0.0, None]),
            "闲置原因": rng.choice(CAUSES),
            "土地价款": _text(rng.choice(PRICES)),
        })
    return _frame(rows, geoms)


def enterprises(n=240, random_state=13):
    """The messy parcels with 标准地 commitments (committed values, agreed dates, an extra
    indicator) and enterprise figures for the 亩均 schemes (resources/schemes), as messy as the rest."""
    rng = random.Random(random_state)
    gdf = parcels(n)
    commit = [150.0, "120", 119.99, None, "N/A", 0, -5, "３００"]
    cols = {
        "承诺投资强度": [_text(rng.choice(commit)) for _ in range(n)],
        "承诺亩均税收": [_text(rng.choice([10.0, 12.5, None, "15", 0.0])) for _ in range(n)],
        "承诺容积率": [_text(rng.choice([1.0, 0.6, 1.2, None, "1.0"])) for _ in range(n)],
        "总建筑面积": [_text(rng.choice([8000.0, None, "12,000", 0.0, "x"])) for _ in range(n)],
        "约定竣工日期": [rng.choice(DATES + [None]) for _ in range(n)],
        "约定达产日期": [rng.choice(DATES + ["2026-01-01", None]) for _ in range(n)],
        "约定可收回": [_text(rng.choice(YES_NO)) for _ in range(n)],
        "承诺亩均产值": [_text(rng.choice([500.0, None, "800", 0])) for _ in range(n)],
        "实际亩均产值": [_text(rng.choice([450.0, 900.0, None, "N/A", 500.0])) for _ in range(n)],
        "增加值": [_text(rng.choice([800.0, 1500.0, 120.0, None, "2,000", 0.0, -10.0, 333.3])) for _ in range(n)],
        "用地亩数": [_text(rng.choice([30.0, 12.5, 0, None, "45", 80.0, 7.0])) for _ in range(n)],
        "综合能耗": [_text(rng.choice([100.0, 250.0, None, 0.0, "N/A", 40.0, 75.5])) for _ in range(n)],
        "企业类型": [rng.choice(["一般", "一般", "一般", "公用事业", "新建投产", None, " 一般 "]) for _ in range(n)],
        "规模": [rng.choice(["规上", "规下", "规上", "规下", None, "", " 规上"]) for _ in range(n)],
    }
    for name, values in cols.items():
        gdf[name] = pd.Series(values, index=gdf.index, dtype=object)
    return gdf[[c for c in gdf.columns if c != "geometry"] + ["geometry"]]


def approvals_supplies(n=80, random_state=11):
    """Approvals (批地) with messy dates/status and overlapping supplies (供地) + buildings."""
    rng = random.Random(random_state)
    a_rows, a_geoms, s_rows, s_geoms, b_geoms = [], [], [], [], []
    for i in range(n):
        x, y = X0 + (i % 10) * 500.0, Y0 + 20000 + (i // 10) * 500.0
        g = bowtie(x, y, 200.0) if i % 23 == 4 else (None if i % 29 == 9 else square(x, y, 200.0))
        a_geoms.append(g)
        a_rows.append({"批准文号": "PF%03d" % i, "批准日期": rng.choice(DATES),
                       "供地日期": rng.choice(DATES + [None, None]), "供地状态": rng.choice(SUPPLY_STATUS),
                       "是否使用": _text(rng.choice(YES_NO)),
                       "批准面积": _text(rng.choice([40000.0, "6,000", None, 0]))})
        k = i % 5
        if k in (0, 1):   # partly supplied: one supply over the left half (plus a sliver gap)
            s_geoms.append(shapely.box(x, y, x + 100.0, y + 200.0))
            s_rows.append({"电子监管号": "S%03d" % i,
                           "供地日期": rng.choice(["2020-01-01", "2030-01-01", None, "坏日期"])})
        elif k == 2:      # fully supplied except a 0.5 m strip (below the 1 m² tolerance? 0.5×200 = 100 m²)
            s_geoms.append(shapely.box(x, y, x + 199.999, y + 200.0))
            s_rows.append({"电子监管号": "S%03d" % i, "供地日期": "2019-05-05"})
        elif k == 3:      # an invalid supply polygon over it
            s_geoms.append(bowtie(x - 10, y - 10, 150.0))
            s_rows.append({"电子监管号": "S%03d" % i, "供地日期": "2018-01-01"})
        if i % 3 == 0:
            b_geoms.append(square(x + 150.0, y + 150.0, 30.0))
        elif i % 3 == 1:  # touching only (does not count)
            b_geoms.append(square(x + 200.0, y, 20.0))
    approvals = _frame(a_rows, a_geoms)
    supplies = _frame(s_rows, s_geoms)
    buildings = _frame([{"建筑编号": "B%03d" % i} for i in range(len(b_geoms))], b_geoms)
    return approvals, supplies, buildings


def zones_landuse(n_side=30, random_state=5, geographic=False):
    """Three zones over a grid of land-use polygons with messy codes and TBDLMJ."""
    rng = random.Random(random_state)
    cell = 100.0
    zones = [shapely.box(X0 + 40000 + 150, Y0 + 150, X0 + 40000 + 1650, Y0 + 1650),
             shapely.Polygon([(X0 + 40000 + 1000, Y0 + 1000), (X0 + 40000 + 2900, Y0 + 1200),
                              (X0 + 40000 + 2500, Y0 + 2950), (X0 + 40000 + 1100, Y0 + 2600)]),
             bowtie(X0 + 40000 + 2000, Y0 + 100, 900.0)]
    z = _frame([{"园区名称": name} for name in ("甲园区", "乙园区", "丙园区")], zones)
    codes = [601, "0601", "０６０１", "0602", "0508", "0604", "05H1", "0701", "0101", "1001", "9999", None, "1109",
             "0810", 602, "1101", "08H2"]
    rows, geoms = [], []
    for i in range(n_side):
        for j in range(n_side):
            x, y = X0 + 40000 + i * cell, Y0 + j * cell
            g = bowtie(x, y, cell) if (i * n_side + j) % 97 == 3 else square(x, y, cell)
            geoms.append(g)
            area = g.area if g.is_valid else cell * cell / 2
            tb = rng.choice([area * 0.98, area, "N/A", None, 0, "%.2f" % area])
            rows.append({"BSM": "%d-%d" % (i, j), "DLBM": _text(rng.choice(codes)), "TBDLMJ": _text(tb)})
    lu = _frame(rows, geoms)
    if geographic:
        lu = lu.to_crs("EPSG:4490")
    return z, lu


def zone_layers(random_state=17):
    """The layers of the zone evaluation over the messy zones: supplies (messy dates, overlaps,
    bow-ties, NULL geometry), land ready for supply, buildings (duplicates with different floor
    areas, floors instead, neither), industrial parcels (totals, per-mu figures, FAR as text) and
    an idle-land layer (idle_flag as 1, "1", 0, NULL, text)."""
    rng = random.Random(random_state)
    x0, y0 = X0 + 40000, Y0
    out = {k: ([], []) for k in ("supplies", "ready", "buildings", "parcels", "idle")}

    def add(kind, geom, **attrs):
        out[kind][0].append(attrs)
        out[kind][1].append(geom)
    for i in range(60):
        x, y = x0 + (i % 10) * 290.0, y0 + (i // 10) * 480.0 + 30.0
        g = bowtie(x, y, 260.0) if i % 17 == 3 else (None if i % 23 == 5 else square(x, y, rng.choice([260.0, 180.0])))
        add("supplies", g, 电子监管号="S%03d" % i, 供地日期=rng.choice(DATES + ["2022-05-01", "2023-12-31",
                                                                        "2024-07-01", "2021-01-01"]))
        if i % 4 == 0:  # an overlapping second supply of the same land (counted once)
            add("supplies", square(x + 50.0, y + 50.0, 200.0), 电子监管号="S%03d-2" % i, 供地日期="2020-06-30")
        if i % 3 != 1:
            add("ready", square(x - 10.0, y - 10.0, 280.0), 编号="R%03d" % i)
        for k in range(3):
            bx, by = x + 20.0 + k * 70.0, y + 20.0 + (k % 2) * 90.0
            bg = bowtie(bx, by, 50.0) if (i + k) % 19 == 2 else square(bx, by, 50.0)
            add("buildings", bg, 建筑面积=_text(rng.choice([5000.0, "7,500", None, "N/A", -10.0, 0.0, 2500.0])),
                层数=_text(rng.choice([3, "5", None, "x", 0])))
            if (i + k) % 7 == 0:  # a duplicate over it with another floor area (the larger per m² wins)
                add("buildings", square(bx + 10.0, by + 10.0, 50.0), 建筑面积=_text(rng.choice([12000.0, 100.0])),
                    层数=None)
        pg = bowtie(x, y, 240.0) if i % 13 == 6 else square(x + 5.0, y + 5.0, 240.0)
        add("parcels", pg, 宗地编号="P%03d" % i,
            固定资产投资=_text(rng.choice([30000.0, "12,000", None, "N/A", -5.0, 0.0])),
            税收总额=_text(rng.choice([800.0, None, "1,200", "x"])),
            投资强度=_text(rng.choice([250.0, None, "300", "abc"])), 亩均税收=_text(rng.choice([12.5, None, "20"])),
            容积率=_text(rng.choice([0.6, 1.2, None, "0.9", "N/A", -1.0, 2.5])))
        add("idle", square(x + 30.0, y + 200.0, 120.0), idle_flag=_text(rng.choice([1, "1", 0, None, "是", 1.0])))
    return {k: _frame(rows, geoms) for k, (rows, geoms) in out.items()}


def _text(v):
    """Mixed-type columns are stored as text, as they come from spreadsheets."""
    if v is None:
        return None
    return v if isinstance(v, str) else repr(v) if isinstance(v, float) else str(v)


def _frame(rows, geoms):
    import geopandas as gpd
    df = pd.DataFrame(rows)
    for c in df.columns:
        if df[c].dtype == object:
            df[c] = df[c].astype(object).where(df[c].notna(), None)
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(np.asarray(geoms, dtype=object), crs=CRS), crs=CRS)


def write(gdf, path, layer):
    import pyogrio
    pyogrio.write_dataframe(gdf, path, layer=layer, driver="GPKG", promote_to_multi=False,
                            dataset_options={"VERSION": "1.2"}, append=False)
    return "%s|layername=%s" % (path, layer)

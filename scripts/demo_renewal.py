#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build the 城市更新 demo GeoPackage: ``resources/demo/renewal_demo.gpkg``.

A small fictional 城市更新 area (演示), EPSG:4547 like the main demo, in the box
x 420 000–422 000, y 3 850 000–3 852 000 (the main demo lies near x 590 000, y 3 960 000: no
overlap). Layer and field layout: docs/DEMO_DATA.md (section 城市更新). All names are fictional.

Deterministic: one ``random.Random(20261208)`` drives everything and the GeoPackage timestamps
are pinned (``OGR_CURRENT_DATE``), so re-running rewrites the same file.

Run with the Debian interpreter (GDAL bindings come with QGIS)::

    /usr/bin/python3 scripts/demo_renewal.py [output.gpkg]

Layout: a 10 × 10 grid of 200 m blocks (180 m land, 20 m roads between them, one 1003 road
polygon). Five 更新单元: U1 (west-north, 重点 by key areas), U2 (middle-north, 重点 by the TOD
circle of the station in the north-east corner), U3 (west-south, 一般: old housing and 城中村),
U4 (middle-south, 优化提升: in the 城市新区 with 低效 industrial land), U5 (east-south, 不划入).
The ring road area (三环以内) is x < 1000 m (local coordinates); the 工业区块线 covers x ≥ 1300 m,
y < 800 m, so one 低效 parcel (column 6, row 1) crosses it. A railway runs along y = 1000 m;
buildings in rows 4 and 5 nearest to it stand inside the 50 m belt.
"""
import os
import random
import sys

from osgeo import gdal, ogr, osr
from shapely.geometry import LineString, Point, box
from shapely.ops import unary_union

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_layers import write_rows  # noqa: E402

SEED = 20261208
EPSG = 4547
X0, Y0 = 420000, 3850000
BLOCK, ROAD = 200, 10  # block pitch; half road width (the land of a block is 180 m wide)

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO, 'resources', 'demo', 'renewal_demo.gpkg')

S, R, INT = ogr.OFTString, ogr.OFTReal, ogr.OFTInteger

# Land-use map, row 9 (north) first; columns 0–9 west to east.
#   R 0701 old housing (built ≤ 2000)   N 0701 newer housing   A 0701, one building 2000-12-31
#   B 0701, one building 2001-01-01     g 0701 with a 40 m 1402 green square   h 0701 with a
#   15 m 1402 square (225 m², under the 400 m² minimum)   P 1401 park   V 0702 village (CZCSXM 201)
#   v 0702 rural village (CZCSXM 203)   I 0601 industrial   C 05H1 commercial   O 0505 office
#   W 1101 water   F 0103 dry farmland
MAP = [
    'NPNC' 'ONCN' 'WW',
    'RPhO' 'NgNO' 'WW',
    'NNRC' 'CNON' 'FF',
    'NRNN' 'NNIN' 'FF',
    'RNCN' 'NCNN' 'FF',
    'RRVR' 'IIIV' 'II',
    'RAVR' 'IIIN' 'II',
    'NRVC' 'IIIB' 'Iv',
    'VRRR' 'IIII' 'II',
    'RNOR' 'IIII' 'II',
]
CODES = {'R': '0701', 'N': '0701', 'A': '0701', 'B': '0701', 'g': '0701', 'h': '0701', 'P': '1401',
         'V': '0702', 'v': '0702', 'I': '0601', 'C': '05H1', 'O': '0505', 'W': '1101', 'F': '0103'}
NAMES = {'0701': '城镇住宅用地', '0702': '农村宅基地', '0601': '工业用地', '05H1': '商业服务业设施用地',
         '0505': '商务金融用地', '1101': '河流水面', '0103': '旱地', '1401': '公园绿地', '1402': '绿地',
         '1003': '公路用地'}

UNITS = [('U1', '演示老城单元', (0, 1000, 800, 2000)), ('U2', '演示站前单元', (800, 1000, 1600, 2000)),
         ('U3', '演示老旧社区单元', (0, 0, 800, 1000)), ('U4', '演示新区单元', (800, 0, 1600, 1000)),
         ('U5', '演示工业单元', (1600, 0, 2000, 1000))]
KEY_AREAS = [('演示中心区', '重要中心区', (100, 1800, 300, 1950)),
             ('演示产业集聚区', '产业集聚区', (500, 1050, 700, 1180)),
             ('演示商业集中区', '商业集中区', (600, 1600, 780, 1800)),
             ('演示历史文化片区', '历史文化资源富集区', (200, 1550, 420, 1800))]
STATIONS = [('演示站', (1800, 1900))]
NEW_AREAS = [('演示城市新区', '城市新区', (820, 20, 1580, 980)), ('演示新建园区', '新建园区', (1620, 1020, 1980, 1980))]
RING = (0, 0, 1000, 2000)            # the area inside 三环
BLOCK_LINE = (1300, 0, 2000, 800)    # 工业区块线
FARMLAND = [(1500, 1850, 1600, 1950), (1900, 1000, 2000, 2000)]
DEV_BOUNDARY = (0, 0, 1900, 2000)    # minus the first farmland piece
ECO_REDLINE = (1900, 0, 2000, 500)
HERITAGE = [('演示历史文化街区', '历史文化街区', (200, 1600, 400, 1800))]
ECO_CONTROL = [('演示生态环境管控区', '生态环境管控重点区', (600, 200, 800, 400))]
OVER_CAPACITY = [('演示交通承载力超限区', '交通', (1000, 1400, 1200, 1600))]
HEIGHT_ZONES = [('演示限高区A', 24.0, (0, 1000, 1000, 2000)), ('演示限高区B', 80.0, (1000, 1000, 2000, 2000)),
                ('演示限高区C', 100.0, (0, 0, 2000, 1000))]

# 更新项目: id, name, shape (box or ring of local points), 规划高度 m, 体检编号, 其他情形, what it shows
PROJECTS = [
    ('GX01', '演示住宅改造一期', (50, 50, 180, 180), 18.0, 'TJ2025-001', None),            # clean
    ('GX02', '演示历史街区改建', (150, 1550, 350, 1750), 60.0, 'TJ2025-002', None),        # 2、5
    ('GX03', '演示社区服务中心', (450, 397, 603, 500), 30.0, 'TJ2025-003', None),          # sliver 9 m²
    ('GX04', '演示站前综合体', (1198, 1595, 1400, 1800), 60.0, 'TJ2025-004', None),        # 4 at exactly 10 m²
    ('GX05', '演示限高持平项目', (450, 1050, 600, 1200), 24.0, 'TJ2025-005', None),        # height = limit
    ('GX06', '演示无体检项目', (250, 250, 380, 380), 18.0, None, None),                    # rs_checkup 0
    ('GX07', '演示边界外项目', (1850, 1200, 1980, 1300), 30.0, 'TJ2025-007', None),        # 1 outside
    ('GX08', '演示占用农田项目', (1450, 1850, 1550, 1950), 20.0, 'TJ2025-008', None),      # 1 farmland
    ('GX09', '演示占用红线项目', (1800, 300, 1950, 400), 20.0, 'TJ2025-009', None),        # 1 red line
    ('GX10', '演示生态管控项目', (650, 250, 750, 350), 20.0, 'TJ2025-010', None),          # 3
    ('GX11', '演示其他情形项目', (900, 1100, 980, 1200), 20.0, 'TJ2025-011', '占用城市应急避难场所'),  # 6
    ('GX12', '演示高度缺失项目', (1300, 1300, 1400, 1380), None, 'TJ2025-012', None),      # height missing
    ('GX13', '演示自相交项目', [(1000, 500), (1100, 600), (1100, 500), (1000, 600), (1000, 500)], 30.0,
     'TJ2025-013', None),                                                                   # bow-tie
]

rng = random.Random(SEED)


def lbox(x0, y0, x1, y1):
    return box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def block_geom(col, row):
    x, y = col * BLOCK, row * BLOCK
    return lbox(x + ROAD, y + ROAD, x + BLOCK - ROAD, y + BLOCK - ROAD)


def cells():
    """(col, row, letter) for every block."""
    for k, line in enumerate(MAP):
        row = 9 - k
        for col, letter in enumerate(line):
            yield col, row, letter


def make_landuse():
    pieces = []
    for col, row, letter in cells():
        g = block_geom(col, row)
        code = CODES[letter]
        czc = '203' if letter == 'v' else ('' if letter in 'WF' else '201')
        if letter in 'gh':
            half = 20 if letter == 'g' else 7.5
            cx, cy = g.centroid.x, g.centroid.y
            green = box(cx - half, cy - half, cx + half, cy + half)
            pieces.append(dict(geom=g.difference(green), code=code, czc=czc, cell=(col, row)))
            pieces.append(dict(geom=green, code='1402', czc=czc, cell=(col, row)))
        else:
            pieces.append(dict(geom=g, code=code, czc=czc, cell=(col, row), letter=letter))
    roads = lbox(0, 0, 2000, 2000).difference(unary_union([block_geom(c, r) for c, r, _ in cells()]))
    pieces.append(dict(geom=roads, code='1003', czc='201', cell=None))
    for n, p in enumerate(pieces):
        p['bsm'] = 'GXLU%04d' % (n + 1)
        p['area'] = round(p['geom'].area, 2)
    # one piece whose official area (TBDLMJ) differs from its drawn area (the survey's area wins)
    for p in pieces:
        if p['cell'] == (3, 0):
            p['area'] = round(p['geom'].area * 1.02, 2)
    return pieces


def building_boxes(col, row):
    """Four footprints (50 × 50 m) per block, 2 × 2."""
    x, y = col * BLOCK + ROAD, row * BLOCK + ROAD
    return [lbox(x + dx, y + dy, x + dx + 50, y + dy + 50) for dy in (15, 115) for dx in (15, 115)]


def make_buildings(scored_cells):
    rows = []
    for col, row, letter in cells():
        if letter in 'WFP':
            continue
        for k, g in enumerate(building_boxes(col, row)):
            if letter in 'gh' and k in (1, 2):
                continue  # leave the green square free
            use, year, vac, stop = '住宅', None, None, None
            if letter == 'R':
                year = str(rng.randint(1982, 2000))
            elif letter in 'Ngh':
                year = str(rng.randint(2003, 2021))
            elif letter == 'A':
                year = '2000-12-31' if k == 0 else None
            elif letter == 'B':
                year = '2001-01-01' if k == 0 else None
            elif letter in 'Vv':
                use, year = '住宅', str(rng.randint(1990, 2012))
            elif letter in 'CO':
                use = '商业' if letter == 'C' else '办公'
                year = str(rng.randint(1995, 2018))
                vac = round(rng.uniform(2, 25), 1)
            elif letter == 'I':
                use = '工业'
                year = str(rng.randint(1988, 2016))
                stop = 0
            if year is None:
                continue
            rows.append(dict(geom=g, cell=(col, row), k=k, use=use, year=year, vac=vac, stop=stop,
                             floors=rng.randint(2, 6) if use != '住宅' else rng.randint(4, 18)))
    by_cell = {(b['cell'], b['k']): b for b in rows}

    def at(col, row, k):
        return by_cell[((col, row), k)]
    # vacancy: exactly 30 (the minimum itself is 低效), 29.9 (just under), 45, 62 (商业), NULL (named)
    at(3, 8, 0)['vac'] = 30.0
    at(3, 8, 1)['vac'] = 29.9
    at(6, 7, 0)['vac'] = 45.0
    at(4, 7, 0)['vac'] = 62.0
    at(2, 0, 3)['vac'] = None
    # 老旧厂房: old + 低效 parcel; old + 停产; old only (not); new + 停产 (not); 2000-12-31 + 停产
    at(4, 0, 0)['year'] = '1996'          # on a 低效 parcel (scored_cells)
    at(8, 3, 0).update(year='1999', stop=1)
    at(8, 3, 1).update(year='1992', stop=0)
    at(8, 3, 2).update(year='2008', stop=1)
    at(9, 3, 0).update(year='2000-12-31', stop=1)
    for k in range(4):
        if at(6, 6, k)['year'] <= '2000':
            at(6, 6, k)['year'] = '2005'  # U2's industrial block: no 老旧厂房 there
    # bad rows: unreadable year, missing use, a year given as a date with slashes
    at(0, 1, 0)['year'] = '不详'
    at(1, 2, 1)['use'] = None
    at(0, 4, 2)['year'] = '1998/06/30'
    assert (4, 0) in scored_cells
    for n, b in enumerate(rows):
        b['id'] = 'JZ%04d' % (n + 1)
        b['floor_area'] = round(b['geom'].area * b['floors'], 1)
    return rows


def make_scored():
    """低效 results like landplan:scoreinefficiency's output, on industrial blocks."""
    flags = {(4, 0): (1, '粗放用地类'), (4, 1): (1, '粗放用地类'), (4, 2): (1, '停建停产类'),
             (5, 0): (1, '粗放用地类'), (5, 1): (1, '产业转型类'),
             (6, 1): (1, '粗放用地类'),              # crosses the 工业区块线 at x = 1300
             (8, 1): (1, '停建停产类'),              # inside the 工业区块线
             (5, 2): (None, None),                   # undetermined (待核实): not a resource
             (6, 0): (0, None), (7, 0): (0, None), (8, 0): (0, None), (9, 1): (0, None)}
    rows = []
    for n, ((col, row), (flag, typ)) in enumerate(sorted(flags.items())):
        g = block_geom(col, row)
        rows.append(dict(geom=g, cell=(col, row), **{
            '宗地编号': 'GXZD%03d' % (n + 1), 'ie_flag': flag, 'ie_type': typ,
            'ie_score': None if flag is None else (0.55 if flag else 0.86),
            'ie_areamu': round(g.area * 15 / 10000, 2),
            'ie_reason': {1: '综合得分低于0.7', 0: '综合得分不低于0.7', None: '指标缺失，待核实'}[flag]}))
    return rows


def make_idle():
    rows = []
    for n, ((col, row), flag) in enumerate([((9, 0), 1), ((9, 4), 0)]):
        rows.append(dict(geom=block_geom(col, row), **{
            '宗地编号': 'GXXZ%03d' % (n + 1), 'idle_flag': flag, 'idle_stage': '满2年' if flag else '未满1年',
            'idle_rsn': '超过约定动工日期满两年未动工' if flag else '未满一年'}))
    return rows


def make_unsupplied():
    rows = []
    for n, ((col, row), flag) in enumerate([((8, 5), 1), ((9, 5), 0)]):
        g = block_geom(col, row)
        mu = round(g.area * 15 / 10000, 2)
        rows.append(dict(geom=g, **{
            '批准文号': '演示批复〔2019〕%d号' % (n + 1), 'unsup_flag': flag, 'unsup_yrs': 6 if flag else None,
            'appr_year': 2019, 'appr_mu': mu, 'unsup_mu': mu if flag else 0.0,
            'unsup_ha': round(g.area / 10000, 4) if flag else 0.0,
            'unsup_rsn': '批准满6年未供应' if flag else '已全部供应'}))
    return rows


def to_ogr(geom, multi):
    g = ogr.CreateGeometryFromWkb(bytes(geom.wkb))
    if multi and g.GetGeometryType() == ogr.wkbPolygon:
        g = ogr.ForceToMultiPolygon(g)
    return g


def write_layer(ds, srs, name, gtype, fields, rows):
    lyr = ds.CreateLayer(name, srs, gtype, options=['FID=fid', 'GEOMETRY_NAME=geom', 'SPATIAL_INDEX=YES'])
    multi = gtype == ogr.wkbMultiPolygon
    return write_rows(lyr, fields, rows,
                      lambda geom: geom if geom is None or isinstance(geom, ogr.Geometry) else to_ogr(geom, multi))


def named_boxes(items, name_field, type_field):
    return [(lbox(*b), {name_field: n, type_field: t}) for n, t, b in items]


def main(out=DEFAULT_OUT):
    gdal.UseExceptions()
    gdal.SetConfigOption('OGR_CURRENT_DATE', '2025-12-31T00:00:00.000Z')  # pin gpkg timestamps
    landuse = make_landuse()
    scored = make_scored()
    buildings = make_buildings({s['cell'] for s in scored if s['ie_flag'] == 1})

    os.makedirs(os.path.dirname(out), exist_ok=True)
    for suffix in ('', '-wal', '-shm', '-journal'):
        if os.path.exists(out + suffix):
            os.remove(out + suffix)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName('GPKG').CreateDataSource(out)
    poly = ogr.wkbPolygon
    counts = {}
    counts['landuse'] = write_layer(ds, srs, 'landuse', poly, [
        ('BSM', S), ('DLBM', S), ('DLMC', S), ('TBDLMJ', R), ('CZCSXM', S)], [
        (p['geom'], {'BSM': p['bsm'], 'DLBM': p['code'], 'DLMC': NAMES[p['code']], 'TBDLMJ': p['area'],
                     'CZCSXM': p['czc'] or None}) for p in landuse])
    counts['green'] = write_layer(ds, srs, 'green', poly, [('BSM', S), ('DLBM', S), ('类型', S), ('面积', R)], [
        (p['geom'], {'BSM': p['bsm'], 'DLBM': p['code'], '类型': '公园' if p['code'] == '1401' else '绿地',
                     '面积': round(p['geom'].area, 2)}) for p in landuse if p['code'] in ('1401', '1402')])
    counts['buildings'] = write_layer(ds, srs, 'buildings', poly, [
        ('建筑编号', S), ('建成年份', S), ('用途', S), ('空置率', R), ('层数', INT), ('建筑面积', R), ('停产', INT)], [
        (b['geom'], {'建筑编号': b['id'], '建成年份': b['year'], '用途': b['use'], '空置率': b['vac'],
                     '层数': b['floors'], '建筑面积': b['floor_area'], '停产': b['stop']}) for b in buildings])
    counts['scored'] = write_layer(ds, srs, 'scored', ogr.wkbMultiPolygon, [
        ('宗地编号', S), ('ie_areamu', R), ('ie_score', R), ('ie_flag', INT), ('ie_type', S), ('ie_reason', S)],
        [(s['geom'], s) for s in scored])
    counts['idle'] = write_layer(ds, srs, 'idle', ogr.wkbMultiPolygon, [
        ('宗地编号', S), ('idle_flag', INT), ('idle_stage', S), ('idle_rsn', S)], [(r['geom'], r) for r in make_idle()])
    counts['unsupplied'] = write_layer(ds, srs, 'unsupplied', poly, [
        ('批准文号', S), ('unsup_flag', INT), ('unsup_yrs', INT), ('appr_year', INT), ('appr_mu', R), ('unsup_mu', R),
        ('unsup_ha', R), ('unsup_rsn', S)], [(r['geom'], r) for r in make_unsupplied()])
    counts['industrial_blocks'] = write_layer(ds, srs, 'industrial_blocks', poly, [('名称', S)], [
        (lbox(*BLOCK_LINE), {'名称': '演示工业区块'})])
    counts['ring_road'] = write_layer(ds, srs, 'ring_road', poly, [('名称', S)], [(lbox(*RING), {'名称': '三环以内'})])
    counts['units'] = write_layer(ds, srs, 'units', poly, [('单元编号', S), ('单元名称', S)], [
        (lbox(*b), {'单元编号': c, '单元名称': n}) for c, n, b in UNITS])
    counts['key_areas'] = write_layer(ds, srs, 'key_areas', poly, [('名称', S), ('类型', S)],
                                      named_boxes(KEY_AREAS, '名称', '类型'))
    counts['stations'] = write_layer(ds, srs, 'stations', ogr.wkbPoint, [('站点名称', S)], [
        (Point(X0 + x, Y0 + y), {'站点名称': n}) for n, (x, y) in STATIONS])
    counts['new_areas'] = write_layer(ds, srs, 'new_areas', poly, [('名称', S), ('类型', S)],
                                      named_boxes(NEW_AREAS, '名称', '类型'))
    counts['railways'] = write_layer(ds, srs, 'railways', ogr.wkbLineString, [('名称', S)], [
        (LineString([(X0 - 200, Y0 + 1000), (X0 + 2200, Y0 + 1000)]), {'名称': '演示铁路'})])
    rows = []
    for pid, name, shape, height, checkup, other in PROJECTS:
        if isinstance(shape, tuple):
            geom = lbox(*shape)
        else:  # deliberately invalid (self-intersecting): written as WKT, not repaired here
            geom = ogr.CreateGeometryFromWkt('POLYGON((%s))' % ','.join('%d %d' % (X0 + x, Y0 + y) for x, y in shape))
        rows.append((geom, {'项目编号': pid, '项目名称': name, '规划高度': height, '体检编号': checkup,
                            '其他情形': other}))
    counts['projects'] = write_layer(ds, srs, 'projects', poly, [
        ('项目编号', S), ('项目名称', S), ('规划高度', R), ('体检编号', S), ('其他情形', S)], rows)
    dev = lbox(*DEV_BOUNDARY).difference(lbox(*FARMLAND[0]))
    counts['dev_boundary'] = write_layer(ds, srs, 'dev_boundary', poly, [('名称', S)],
                                         [(dev, {'名称': '城镇开发边界'})])
    counts['farmland'] = write_layer(ds, srs, 'farmland', poly, [('名称', S)], [
        (lbox(*b), {'名称': '永久基本农田'}) for b in FARMLAND])
    counts['eco_redline'] = write_layer(ds, srs, 'eco_redline', poly, [('名称', S)], [
        (lbox(*ECO_REDLINE), {'名称': '生态保护红线'})])
    counts['heritage'] = write_layer(ds, srs, 'heritage', poly, [('名称', S), ('类型', S)],
                                     named_boxes(HERITAGE, '名称', '类型'))
    counts['eco_control'] = write_layer(ds, srs, 'eco_control', poly, [('名称', S), ('类型', S)],
                                        named_boxes(ECO_CONTROL, '名称', '类型'))
    counts['over_capacity'] = write_layer(ds, srs, 'over_capacity', poly, [('名称', S), ('类型', S)],
                                          named_boxes(OVER_CAPACITY, '名称', '类型'))
    counts['height_zones'] = write_layer(ds, srs, 'height_zones', poly, [('名称', S), ('限高', R)], [
        (lbox(*b), {'名称': n, '限高': h}) for n, h, b in HEIGHT_ZONES])
    ds = None
    print('wrote %s (%.0f kB)' % (os.path.relpath(out, REPO), os.path.getsize(out) / 1024))
    for k, v in counts.items():
        print('  %-18s %4d' % (k, v))
    return counts


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT)

#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build the LandPlan demo GeoPackage: ``resources/demo/landplan_demo.gpkg``.

Fictional industrial cluster around 濮阳 (Puyang, Henan), EPSG:4547
(CGCS2000 / 3-degree Gauss-Kruger CM 114E).  Layer and field layout: docs/DEMO_DATA.md.
All company names are generated at random from syllables; any match with a real firm is chance.

Deterministic: one ``random.Random(20240101)`` drives everything, and the GeoPackage
timestamps are pinned (``OGR_CURRENT_DATE``), so re-running rewrites the same file.

Run with the Debian interpreter (GDAL bindings come with QGIS)::

    /usr/bin/python3 scripts/make_demo_data.py [output.gpkg]

Design notes (what the data is meant to exercise):

* parcels: most pass the 濮阳 scoring, about a fifth are low-efficiency (composite < 0.7),
  about 3 % miss one indicator, a few sit exactly on a threshold (容积率 0.6, 建筑系数 40,
  亩均税收 3.0 / 1.5, 投资强度 150 / 120).  The boundary parcels have land areas chosen so that
  ``total / (area * 15 / 10000)`` and ``total / (area / (10000 / 15))`` both give exactly the
  threshold in floating point.  Totals and precomputed indicators agree to 2 decimals.
* idle land, reference date 2025-12-31: not started 1-2 years and >= 2 years after the agreed
  start (incl. agreed start exactly 2024-12-31, 2023-12-31 and one day short, 2025-01-01),
  started-but-halted with low ratios, a few caused by government / force majeure.
* approvals / supplies: fully, partly and not supplied approvals, with a few deliberate
  slivers (< 1 m2) where supply boundaries were digitised imprecisely; buildings, some of them
  on approved but unsupplied land.
* landuse (三调): tiles each zone and spills past it.  Industrial share (工矿仓储 / 建设用地,
  clipped to the zone): zone 1 clearly passes 60 %, zone 2 clearly fails, zone 3 is just
  above 60 % (and would fall below it if the polygons were not clipped, if "601" were not read
  as 0601, or if 1006 rural roads were counted as construction land).
"""

import datetime as dt
import os
import random
import sys

from osgeo import gdal, ogr, osr
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box
from shapely.ops import unary_union

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_layers import write_rows  # noqa: E402
import demo_commitments  # noqa: E402  (标准地 commitment fields)
import demo_permu  # noqa: E402  (enterprise per-mu figures)
import demo_quota  # noqa: E402  (zone types, 城镇村属性码, 十四五 industrial supplies and quotas)
import demo_zoneeval  # noqa: E402  (zone evaluation / unauthorised land demo layers)

SEED = 20240101
REF_DATE = dt.date(2025, 12, 31)
EPSG = 4547

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(REPO, 'resources', 'demo', 'landplan_demo.gpkg')

rng = random.Random(SEED)


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

def mu_of(area_m2):
    """m² → 亩 (1 亩 = 10000/15 m²)."""
    return area_m2 * 15 / 10000


def r2(x):
    return None if x is None else round(x + 0.0, 2)


def rand_date(start, end):
    """Uniform date in [start, end]."""
    span = (end - start).days
    return start + dt.timedelta(days=rng.randint(0, max(span, 0)))


def add_days(d, n):
    return d + dt.timedelta(days=n)


def excel_serial(d):
    return (d - dt.date(1899, 12, 30)).days


def fmt_mixed(d):
    """A date as text in one of the formats users really have."""
    k = rng.choices(range(6), weights=[40, 18, 12, 12, 10, 6])[0]
    if k == 0:
        return d.isoformat()
    if k == 1:
        return '%d/%d/%d' % (d.year, d.month, d.day)
    if k == 2:
        return '%d.%d.%d' % (d.year, d.month, d.day)
    if k == 3:
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if k == 4:
        return d.strftime('%Y%m%d')
    return str(excel_serial(d))


def pick(weighted):
    """weighted: list of (value, weight)."""
    vals = [v for v, _ in weighted]
    ws = [w for _, w in weighted]
    return rng.choices(vals, weights=ws)[0]


def ibox(x0, y0, x1, y1):
    return box(int(round(x0)), int(round(y0)), int(round(x1)), int(round(y1)))


# --------------------------------------------------------------------------------------------
# zones
# --------------------------------------------------------------------------------------------

ZONES = [
    dict(code='PYETDZ', name='濮阳经济技术产业集聚区', cat='经开区', county='华龙区', county_code='410902',
         std='etdz',
         units=['濮阳经济技术开发区管委会', '华龙区自然资源局', '经开区招商局'],
         industries=['26', '26', '26', '25', '25', '29', '29', '30', '38', '38', '27', '34', '35', '39'],
         geom=Polygon([(583000, 3954000), (586800, 3953800), (587300, 3955200), (587100, 3957300),
                       (585200, 3957500), (583400, 3957000), (582800, 3955600)])),
    dict(code='PYPDCY', name='濮东产业集聚区', cat='其他产业集聚区', county='濮阳县', county_code='410928',
         std='other',
         units=['濮东产业集聚区管委会', '濮阳县自然资源局'],
         industries=['13', '13', '14', '14', '17', '18', '19', '33', '33', '34', '22', '36', '30'],
         geom=MultiPolygon([
             Polygon([(592000, 3957600), (595400, 3957400), (595800, 3959200), (594600, 3960400),
                      (592300, 3960200)]),
             Polygon([(596300, 3955900), (597900, 3956100), (597700, 3957700), (596400, 3957500)])])),
    dict(code='PYQHCY', name='清河产业集聚区', cat='其他产业集聚区', county='清丰县', county_code='410922',
         std='other',
         units=['清河产业集聚区管委会', '清丰县自然资源局'],
         industries=['21', '21', '21', '21', '20', '22', '34', '41', '42', '33', '13', '43'],
         geom=Polygon([(587600, 3963100), (590500, 3962900), (590900, 3964600), (589800, 3966000),
                       (587900, 3965700)])),
]

STANDARDS = {  # 濮阳 (濮政办〔2021〕6号): 亩均税收, 投资强度, 容积率, 建筑系数
    'etdz': dict(tax=3.0, inv=150.0, far=0.6, cov=40.0),
    'other': dict(tax=1.5, inv=120.0, far=0.6, cov=40.0),
}
WEIGHTS = dict(tax=0.4, inv=0.3, far=0.15, cov=0.15)

INDUSTRY_WORD = {
    '13': '农产品加工', '14': '食品', '15': '饮品', '17': '纺织', '18': '服饰', '19': '皮革制品',
    '20': '木业', '21': '家具', '22': '纸业', '25': '石化', '26': '化工', '27': '药业', '29': '塑胶',
    '30': '建材', '31': '钢材', '32': '有色金属', '33': '金属制品', '34': '机械', '35': '装备',
    '36': '汽车零部件', '38': '电气', '39': '电子', '41': '工艺品', '42': '再生资源', '43': '设备维修',
    '52': '商贸', '': '实业',
}
SYL_A = '泓澄鼎汇瀚晟昊锦沣睿岳峻骏嘉铭宸朗湛璟煜翊珩'
SYL_B = '源川丰达通远诚德拓鑫益润和科联澜岚峰禾屹'


# --------------------------------------------------------------------------------------------
# parcels (axis-aligned blocks, split into plots; integer metre coordinates)
# --------------------------------------------------------------------------------------------

def make_blocks(zone_geom, vacancy):
    inner = zone_geom.buffer(-15)
    minx, miny, maxx, maxy = [int(v) for v in zone_geom.bounds]
    blocks = []
    y = miny + 20
    row = 0
    while y < maxy:
        depth = rng.choice([200, 240, 280, 320])
        x = minx + rng.randint(0, 60)
        while x < maxx:
            length = rng.randint(300, 560)
            b = ibox(x, y, x + length, y + depth)
            if inner.contains(b):
                blocks.append(dict(x=x, y=y, L=length, D=depth, vacant=rng.random() < vacancy))
            x += length + (40 if rng.random() < 0.3 else 30)
        y += depth + (40 if row % 3 == 2 else 30)
        row += 1
    return blocks


def split_length(length, n, minimum=50):
    """Integer widths summing to length, each >= minimum."""
    while True:
        cuts = sorted(rng.sample(range(minimum, length - minimum + 1), n - 1)) if n > 1 else []
        edges = [0] + cuts + [length]
        widths = [b - a for a, b in zip(edges, edges[1:])]
        if all(w >= minimum for w in widths):
            return widths


def make_parcels():
    parcels = []
    vacancy = [0.12, 0.10, 0.08]
    block_no = 0
    for zi, z in enumerate(ZONES):
        blocks = make_blocks(z['geom'], vacancy[zi])
        for b in blocks:
            block_no += 1
            if b['vacant']:
                continue
            n = max(1, int(round(b['L'] / rng.uniform(85, 205))))
            widths = split_length(b['L'], n)
            halves = rng.random() < 0.22 and b['D'] >= 240
            x = b['x']
            for w in widths:
                rows = [(b['y'], b['D'] // 2), (b['y'] + b['D'] // 2, b['D'] // 2)] if halves \
                    else [(b['y'], b['D'])]
                for (y0, d) in rows:
                    parcels.append(dict(zone=zi, geom=ibox(x, y0, x + w, y0 + d), area=float(w * d),
                                        block=block_no))
                x += w
    return parcels


# --------------------------------------------------------------------------------------------
# parcel attributes
# --------------------------------------------------------------------------------------------

def company_name(code, used):
    while True:
        zh = rng.choice(SYL_A) + rng.choice(SYL_B)
        pre = pick([('濮阳', 3), ('濮阳市', 4), ('河南', 2), ('', 2)])
        suf = pick([('有限公司', 8), ('股份有限公司', 1), ('有限责任公司', 2)])
        name = pre + zh + INDUSTRY_WORD.get(code, '实业') + suf
        if name not in used:
            used.add(name)
            return name


def float_ok(total, area, thr):
    """True when every usual way of dividing total by the area in 亩 gives >= thr."""
    qs = [total / (area * 15 / 10000), total / (area / (10000 / 15)), total * 10000 / (area * 15),
          total / (area * 0.0015), total / (area / 666.6667), total / (area / 666.67)]
    return all(q >= thr for q in qs)


def indicators_to_totals(p, vals):
    """vals: dict tax/inv/far/cov → indicator value or None (missing).  Sets totals and
    precomputed (2-decimal) indicators consistently on parcel p."""
    area_m2 = p['area']
    mu = mu_of(area_m2)
    tax = r2(vals['tax'] * mu) if vals['tax'] is not None else None
    inv = r2(vals['inv'] * mu) if vals['inv'] is not None else None
    far = r2(vals['far'] * area_m2) if vals['far'] is not None else None
    cov = r2(vals['cov'] / 100 * area_m2) if vals['cov'] is not None else None
    p['税收总额'], p['固定资产投资'], p['总建筑面积'], p['建筑占地面积'] = tax, inv, far, cov
    p['亩均税收'] = r2(tax / mu) if tax is not None else None
    p['投资强度'] = r2(inv / mu) if inv is not None else None
    p['容积率'] = r2(far / area_m2) if far is not None else None
    p['建筑系数'] = r2(cov / area_m2 * 100) if cov is not None else None


def pass_value(ind, thr):
    if ind == 'tax':
        return thr * rng.uniform(1.06, 1.35) + rng.expovariate(1 / (thr * 1.3))
    if ind == 'inv':
        return thr * rng.uniform(1.06, 1.3) + rng.expovariate(1 / (thr * 0.8))
    if ind == 'far':
        return rng.uniform(0.66, 1.7)
    return rng.uniform(42.5, 72.0)


def fail_value(ind, thr):
    if ind == 'tax':
        return thr * rng.uniform(0.08, 0.9)
    if ind == 'inv':
        return thr * rng.uniform(0.3, 0.9)
    if ind == 'far':
        return rng.uniform(0.22, 0.55)
    return rng.uniform(16.0, 37.5)


def score_of(p):
    """Reference implementation of the 濮阳 composite (for the summary only)."""
    thr = STANDARDS[ZONES[p['zone']]['std']]
    names = dict(tax='亩均税收', inv='投资强度', far='容积率', cov='建筑系数')
    s = 0.0
    for k, f in names.items():
        v = p[f]
        if v is None:
            return None
        if v >= thr[k]:
            s += WEIGHTS[k]
    return s


def assign_attributes(parcels):
    n = len(parcels)
    idx = list(range(n))
    rng.shuffle(idx)
    pool = iter(idx)

    def take(k):
        return [next(pool) for _ in range(k)]

    # ---- idle / status roles -----------------------------------------------------------
    roles = {}
    for i in take(13):
        roles[i] = 'NS2'          # not started, >= 2 years after agreed start
    for i in take(9):
        roles[i] = 'NS1'          # not started, 1-2 years
    for i in take(8):
        roles[i] = 'NS0'          # not started, not yet due (< 1 year)
    for i in take(1):
        roles[i] = 'NSX'          # actual start date garbage 「待定」
    for i in take(11):
        roles[i] = 'HALT_IDLE'    # started, low ratios, halted >= 1 year
    for i in take(3):
        roles[i] = 'HALT_RECENT'  # started, low ratios, halted < 1 year
    for i in take(3):
        roles[i] = 'HALT_OK'      # halted >= 1 year but ratios not low
    for i in take(20):
        roles[i] = 'BUILDING'     # 在建
    for i in take(15):
        roles[i] = 'STOPPED'      # 停产
    rest = [i for i in idx if i not in roles]
    for i in rest:
        roles[i] = 'NORMAL'

    # ---- scoring roles among normal production ----------------------------------------------
    normal = [i for i in idx if roles[i] == 'NORMAL']
    score_role = {i: None for i in normal}
    npool = iter(normal)

    def ntake(k):
        return [next(npool) for _ in range(k)]

    # boundary parcels: need an area for which the float divisions land exactly on thr
    boundary_specs = [
        ('etdz', {'far': 'exact'}), ('etdz', {'tax': 'exact'}), ('etdz', {'inv': 'exact'}),
        ('etdz', {'cov': 'exact'}), ('other', {'tax': 'exact'}), ('other', {'inv': 'exact'}),
        ('other', {'far': 'exact', 'cov': 'exact'}), ('etdz', {'tax': 'exact', 'inv': 'exact'}),
        ('other', {'tax': 1.49}), ('etdz', {'tax': 2.99}),
    ]
    boundary = {}
    for std, spec in boundary_specs:
        for i in normal:
            p = parcels[i]
            if i in boundary or score_role[i] is not None or ZONES[p['zone']]['std'] != std:
                continue
            if p.get('_nullgeom') or p.get('_bowtie') or p.get('_multipart'):
                continue
            area_m2 = p['area']
            thr = STANDARDS[std]
            ok = True
            for k, v in spec.items():
                if v != 'exact':
                    continue
                if k in ('tax', 'inv'):
                    t = r2(thr[k] * mu_of(area_m2))
                    ok &= abs(t - thr[k] * mu_of(area_m2)) < 1e-9 and float_ok(t, area_m2, thr[k])
                elif k == 'far':
                    t = thr['far'] * area_m2
                    ok &= t == round(t, 2) and t / area_m2 >= 0.6
                else:
                    t = thr['cov'] / 100 * area_m2
                    ok &= t == round(t, 2) and t / area_m2 * 100 >= 40 and t * 100 / area_m2 >= 40
            if ok:
                boundary[i] = spec
                score_role[i] = 'BOUNDARY'
                break
        else:
            raise RuntimeError('no parcel fits boundary spec %r' % (spec,))
    # the two outliers (亩均税收 1234.5 and 123) go to the smallest plots
    free = sorted([i for i in normal if score_role[i] is None], key=lambda i: (parcels[i]['area'], i))
    for i in free[:2]:
        score_role[i] = 'OUTLIER'
    npool = iter([i for i in normal if score_role[i] is None])
    for i in ntake(18):
        score_role[i] = 'MISSING'
    for i in ntake(30):
        score_role[i] = 'LOW'
    for i in ntake(75):
        score_role[i] = 'MINOR'
    for i in ntake(5):
        score_role[i] = 'BADAREA'
    for i in normal:
        if score_role[i] is None:
            score_role[i] = 'PASS'

    missing_inds = ['tax'] * 9 + ['inv'] * 5 + ['far'] * 2 + ['cov'] * 2
    missing_iter = iter(missing_inds)
    bad_tax_text = iter(['N/A', '－'])
    outlier_iter = iter([(1234.5, '1,234.5'), (123.0, '１２３')])
    badarea_iter = iter(['null', 'null', 'null', 'zero', 'negative'])

    used_names = set()
    gov_idle = set()
    idle_candidates = [i for i in idx if roles[i] in ('NS2', 'NS1', 'HALT_IDLE')]
    gov_idle.update(idle_candidates[:3])
    force_majeure = idle_candidates[3]

    # special date roles (exact one / two years, one day short)
    ns2 = [i for i in idx if roles[i] == 'NS2']
    ns1 = [i for i in idx if roles[i] == 'NS1']
    ns0 = [i for i in idx if roles[i] == 'NS0']
    halt = [i for i in idx if roles[i] == 'HALT_IDLE']
    exact_agreed = {ns2[0]: dt.date(2023, 12, 31), ns1[0]: dt.date(2024, 12, 31),
                    ns0[0]: dt.date(2025, 1, 1)}
    exact_halt = {halt[0]: dt.date(2024, 12, 31)}
    halt_ok_exact = [i for i in idx if roles[i] == 'HALT_OK'][0]

    for i, p in enumerate(parcels):
        z = ZONES[p['zone']]
        thr = STANDARDS[z['std']]
        role = roles[i]
        area_m2 = p['area']
        mu = mu_of(area_m2)
        p['宗地编号'] = 'PY%04d' % (i + 1)
        code = rng.choice(z['industries'])
        p['行业代码'] = code
        p['企业名称'] = company_name(code, used_names)
        p['所在园区'] = z['name']
        p['县区'] = z['county']
        p['区域类别'] = '其他区域'
        p['供地方式'] = '划拨' if rng.random() < 0.08 else '出让'
        p['闲置原因'] = None
        p['中止开发日期'] = None
        p['责任单位'] = None if rng.random() < 0.15 else rng.choice(z['units'])
        p['亩均税收_填报'] = None

        # ---- dates & development status --------------------------------------------------
        if role in ('NS2', 'NS1', 'NS0', 'NSX'):
            if i in exact_agreed:
                agreed = exact_agreed[i]
            elif role == 'NS2':
                agreed = rand_date(dt.date(2016, 3, 1), dt.date(2023, 11, 30))
            elif role == 'NS1':
                agreed = rand_date(dt.date(2024, 1, 2), dt.date(2024, 12, 20))
            elif role == 'NS0':
                agreed = rand_date(dt.date(2025, 1, 2), dt.date(2025, 12, 31))
            else:
                agreed = rand_date(dt.date(2020, 1, 1), dt.date(2022, 12, 31))
            supply = add_days(agreed, -rng.randint(90, 360))
            started = None
            # not started: NULL or an empty string, as exported spreadsheets have it
            p['实际动工日期'] = '待定' if role == 'NSX' else ('' if rng.random() < 0.3 else None)
            p['生产状态'] = None
            dev, inv_ratio = 0.0, 0.0
        else:
            if role == 'BUILDING':
                supply = rand_date(dt.date(2022, 6, 1), dt.date(2024, 12, 31))
            elif role in ('HALT_IDLE', 'HALT_RECENT', 'HALT_OK'):
                supply = rand_date(dt.date(2012, 3, 1), dt.date(2021, 6, 30))
            else:
                supply = rand_date(dt.date(2012, 1, 1), dt.date(2023, 6, 30))
            agreed = add_days(supply, rng.randint(90, 360))
            started = add_days(agreed, rng.randint(-60, 240))
            if started > dt.date(2025, 11, 30):
                started = dt.date(2025, 11, 30) - dt.timedelta(days=rng.randint(0, 60))
            p['实际动工日期'] = fmt_mixed(started)
            if role == 'BUILDING':
                p['生产状态'] = '在建'
                dev, inv_ratio = rng.uniform(0.35, 0.8), rng.uniform(0.3, 0.8)
            elif role == 'HALT_IDLE':
                p['生产状态'] = '停建'
                kind = rng.choice(['dev', 'inv', 'both'])
                dev = rng.uniform(0.05, 0.30) if kind in ('dev', 'both') else rng.uniform(0.40, 0.65)
                inv_ratio = rng.uniform(0.04, 0.22) if kind in ('inv', 'both') else rng.uniform(0.30, 0.6)
                halted = exact_halt.get(i) or rand_date(max(add_days(started, 120), dt.date(2017, 1, 1)),
                                                        dt.date(2024, 11, 30))
                p['中止开发日期'] = fmt_mixed(halted)
            elif role == 'HALT_RECENT':
                p['生产状态'] = '停建'
                dev, inv_ratio = rng.uniform(0.08, 0.28), rng.uniform(0.05, 0.2)
                p['中止开发日期'] = fmt_mixed(rand_date(dt.date(2025, 1, 2), dt.date(2025, 11, 30)))
            elif role == 'HALT_OK':
                p['生产状态'] = '停建'
                dev, inv_ratio = rng.uniform(0.40, 0.7), rng.uniform(0.3, 0.6)
                if i == halt_ok_exact:
                    dev, inv_ratio = 0.5, 0.25  # exactly 25 % invested: not "less than 25 %"
                p['中止开发日期'] = fmt_mixed(rand_date(dt.date(2019, 1, 1), dt.date(2023, 12, 31)))
            elif role == 'STOPPED':
                p['生产状态'] = '停产'
                dev, inv_ratio = rng.uniform(0.8, 1.0), rng.uniform(0.75, 1.0)
            else:
                p['生产状态'] = '正常生产'
                dev, inv_ratio = rng.uniform(0.7, 1.0), rng.uniform(0.65, 1.0)
        p['供地日期'] = supply
        p['约定动工日期'] = agreed
        p['已开发面积比例'] = r2(dev)
        p['已投资比例'] = r2(inv_ratio)
        price = rng.uniform(3.0, 8.0) if p['供地方式'] == '划拨' else rng.uniform(9.0, 22.0)
        p['土地价款'] = r2(price * mu)

        if role in ('NS2', 'NS1', 'HALT_IDLE'):
            if i in gov_idle:
                p['闲置原因'] = '政府原因'
            elif i == force_majeure:
                p['闲置原因'] = '不可抗力'
            elif rng.random() < 0.85:
                p['闲置原因'] = '企业原因'

        # ---- indicators ------------------------------------------------------------------
        vals = None
        if role in ('NS2', 'NS1', 'NS0', 'NSX'):
            vals = dict(tax=0.0, inv=0.0, far=0.0, cov=0.0)
        elif role in ('HALT_IDLE', 'HALT_RECENT', 'HALT_OK'):
            vals = dict(tax=0.0, inv=thr['inv'] * rng.uniform(0.1, 0.5),
                        far=rng.uniform(0.05, 0.3), cov=rng.uniform(5.0, 25.0))
        elif role == 'BUILDING':
            vals = dict(tax=0.0 if rng.random() < 0.7 else fail_value('tax', thr['tax']),
                        inv=pass_value('inv', thr['inv']) if rng.random() < 0.6 else fail_value('inv', thr['inv']),
                        far=rng.uniform(0.15, 0.55), cov=rng.uniform(15.0, 45.0))
        elif role == 'STOPPED':
            vals = dict(tax=thr['tax'] * rng.uniform(0.0, 0.3), inv=pass_value('inv', thr['inv']),
                        far=pass_value('far', 0.6), cov=pass_value('cov', 40))
        else:
            sr = score_role[i]
            vals = {k: pass_value(k, thr[k]) for k in ('tax', 'inv', 'far', 'cov')}
            if sr == 'BOUNDARY':
                for k, v in boundary[i].items():
                    vals[k] = thr[k] if v == 'exact' else v
            elif sr == 'MINOR':
                fails = pick([(('far',), 3), (('cov',), 3), (('inv',), 3), (('far', 'cov'), 2)])
                for k in fails:
                    vals[k] = fail_value(k, thr[k])
            elif sr == 'LOW':
                fails = pick([(('tax',), 5), (('tax', 'far'), 2), (('tax', 'inv'), 2), (('inv', 'far'), 2),
                              (('inv', 'cov'), 1), (('tax', 'inv', 'far', 'cov'), 1)])
                for k in fails:
                    vals[k] = fail_value(k, thr[k])
            elif sr == 'MISSING':
                vals[next(missing_iter)] = None
            elif sr == 'OUTLIER':
                v, text = next(outlier_iter)
                vals['tax'] = v
                p['_tax_text'] = text
        indicators_to_totals(p, vals)
        if score_role.get(i) == 'BOUNDARY':
            # totals exactly on the threshold (r2 may not leave 0.6*area_m2 etc. untouched otherwise)
            for k, v in boundary[i].items():
                if v != 'exact':
                    continue
                if k == 'tax':
                    p['税收总额'] = r2(thr['tax'] * mu)
                    p['亩均税收'] = thr['tax']
                elif k == 'inv':
                    p['固定资产投资'] = r2(thr['inv'] * mu)
                    p['投资强度'] = thr['inv']
                elif k == 'far':
                    p['总建筑面积'] = thr['far'] * area_m2
                    p['容积率'] = thr['far']
                else:
                    p['建筑占地面积'] = thr['cov'] / 100 * area_m2
                    p['建筑系数'] = thr['cov']

        # ---- the text column as reported --------------------------------------------------
        if p['亩均税收'] is not None:
            p['亩均税收_填报'] = p.pop('_tax_text', None) or '%.2f' % p['亩均税收']
        elif score_role.get(i) == 'MISSING':
            p['亩均税收_填报'] = next(bad_tax_text, None)
        p['用地面积'] = area_m2
        if score_role.get(i) == 'BADAREA':
            kind = next(badarea_iter)
            p['用地面积'] = None if kind == 'null' else (0.0 if kind == 'zero' else -area_m2)

        p['_role'] = role
        p['_score_role'] = score_role.get(i)

    # ---- industry codes outside 13-43, and the 郑州 region column --------------------------
    others = [i for i in idx if roles[i] == 'NORMAL' and score_role[i] == 'PASS']
    for i in others[:2]:
        parcels[i]['行业代码'] = '52'
    for i in others[2:5]:
        parcels[i]['行业代码'] = None if i == others[2] else ''
    # a few rows tagged 郑州市区 so that both region classes of the 郑州 table are exercised
    for i in others[5:17]:
        parcels[i]['区域类别'] = '郑州市区'
    return roles, score_role


def shape_parcels(parcels):
    """Make one parcel multipart, one a bow-tie, one without geometry."""
    by_block = {}
    for i, p in enumerate(parcels):
        by_block.setdefault(p['block'], []).append(i)
    # multipart: merge the 1st and 3rd plot of a block with >= 3 plots in one row
    for _blk, members in by_block.items():
        row = [i for i in members if parcels[i]['geom'].bounds[1] == parcels[members[0]]['geom'].bounds[1]]
        if len(row) >= 3 and len(members) == len(row):
            a, c = row[0], row[2]
            pa, pc = parcels[a], parcels[c]
            pa['geom'] = MultiPolygon([pa['geom'], pc['geom']])
            pa['area'] += pc['area']
            pa['_multipart'] = True
            del parcels[c]
            break
    # bow-tie: vertices 0,1,3,2 of a rectangle
    bt = parcels[len(parcels) // 3]
    x0, y0, x1, y1 = bt['geom'].bounds
    bt['wkt'] = 'MULTIPOLYGON(((%d %d,%d %d,%d %d,%d %d,%d %d)))' % (x0, y0, x1, y0, x0, y1, x1, y1, x0, y0)
    bt['_bowtie'] = True
    # NULL geometry
    ng = parcels[2 * len(parcels) // 3]
    ng['_nullgeom'] = True


# --------------------------------------------------------------------------------------------
# approvals, supplies, buildings
# --------------------------------------------------------------------------------------------

def make_approvals(parcels_union):
    approvals = []
    zone_geoms = [z['geom'] for z in ZONES]
    weights = [g.area for g in zone_geoms]
    target = 122
    tries = 0
    taken = []
    while len(approvals) < target and tries < 20000:
        tries += 1
        zi = rng.choices(range(3), weights=weights)[0]
        near = zone_geoms[zi].buffer(250)
        minx, miny, maxx, maxy = near.bounds
        cx, cy = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
        if not near.contains(Point(cx, cy)):
            continue
        w, h = rng.randint(140, 420), rng.randint(110, 330)
        g = ibox(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
        if rng.random() < 0.25:  # L shape
            nx0, ny0, nx1, ny1 = g.bounds
            cw, ch = int(w * rng.uniform(0.3, 0.5)), int(h * rng.uniform(0.3, 0.5))
            g = g.difference(ibox(nx1 - cw, ny1 - ch, nx1 + 1, ny1 + 1))
        if g.intersection(zone_geoms[zi]).area < 0.5 * g.area:
            continue
        if any(g.buffer(5).intersects(t) for t in taken):
            continue
        taken.append(g)
        approvals.append(dict(zone=zi, geom=g, overlap=g.intersection(parcels_union).area / g.area))
    # which are supplied: land already parcelled is most likely supplied
    order = sorted(range(len(approvals)), key=lambda i: approvals[i]['overlap'] + rng.uniform(0, 0.5))
    n = len(approvals)
    for rank, i in enumerate(order):
        a = approvals[i]
        a['status'] = '未供' if rank < int(n * 0.2) else ('部分供应' if rank < int(n * 0.42) else '已供')
    used_no = set()
    for a in approvals:
        year = rng.randint(2009, 2024)
        a['date'] = rand_date(dt.date(year, 1, 5), dt.date(year, 12, 28))
        while True:
            no = '豫政土〔%d〕%d号' % (year, rng.randint(8, 420))
            if no not in used_no:
                used_no.add(no)
                break
        a['no'] = no
    return approvals


def make_supplies(approvals):
    supplies = []
    serial = {}
    sliver_budget = {'edge': 2, 'gap': 2, 'vertex': 2}

    def supply_id(zi, d):
        key = (ZONES[zi]['county_code'], d.year)
        serial[key] = serial.get(key, 0) + rng.randint(1, 9)
        return '%sB%d%05d' % (key[0], d.year, serial[key])  # e.g. 410902B201600123

    for a in approvals:
        a['supplied_geoms'] = []
        a['supply_date'] = None
        if a['status'] == '未供':
            continue
        g = a['geom']
        x0, y0, x1, y1 = [int(v) for v in g.bounds]
        width = x1 - x0
        if a['status'] == '已供':
            k = rng.choice([1, 1, 2, 2, 3])
            cuts = [x0] + sorted(rng.sample(range(x0 + 40, x1 - 40), k - 1)) + [x1] if width > 120 * k else [x0, x1]
            spans = list(zip(cuts, cuts[1:]))
        else:
            frac = rng.uniform(0.3, 0.75)
            cx = int(x0 + width * frac)
            if rng.random() < 0.5:
                half = int(x0 + width * frac / 2)
                spans = [(x0, cx)] if rng.random() < 0.6 else [(x0, half), (half, cx)]
            else:
                spans = [(x1 - (cx - x0), x1)]
        latest = dt.date(2025, 11, 30)
        d0 = add_days(a['date'], rng.randint(150, 2200))
        if d0 > latest:
            d0 = rand_date(add_days(a['date'], 60), latest)
        for j, (sx0, sx1) in enumerate(spans):
            piece = g.intersection(box(sx0, y0 - 1, sx1, y1 + 1))
            if piece.is_empty or piece.area < 1:
                continue
            d = d0 if j == 0 else min(add_days(d0, rng.randint(30, 900)), latest)
            kind = None
            if a['status'] == '已供' and piece.geom_type == 'Polygon':
                if sliver_budget['edge'] and j == 0 and rng.random() < 0.3:
                    # outer (west) edge digitised a few millimetres inside the approval
                    eps = rng.uniform(0.4, 0.9) / (y1 - y0)
                    piece = piece.intersection(box(x0 + eps, y0 - 1, x1 + 1, y1 + 1))
                    kind = 'edge'
                elif sliver_budget['gap'] and j == 0 and len(spans) > 1 and rng.random() < 0.4:
                    # shared edge with the next piece pulled back: a hairline gap
                    eps = rng.uniform(0.3, 0.9) / (y1 - y0)
                    piece = piece.intersection(box(x0 - 1, y0 - 1, sx1 - eps, y1 + 1))
                    kind = 'gap'
                elif sliver_budget['vertex'] and j == len(spans) - 1 and rng.random() < 0.3:
                    # one corner vertex nudged inwards: a thin triangle left uncovered
                    coords = list(piece.exterior.coords)[:-1]
                    ci = max(range(len(coords)), key=lambda t: (coords[t][0], coords[t][1]))
                    cxv, cyv = coords[ci]
                    eps = rng.uniform(0.3, 0.9) * 2 / max(cyv - y0, 1)
                    coords[ci] = (cxv - eps, cyv)
                    piece = Polygon(coords)
                    kind = 'vertex'
                if kind:
                    sliver_budget[kind] -= 1
            supplies.append(dict(zone=a['zone'], geom=piece, date=d, id=supply_id(a['zone'], d),
                                 way='划拨' if rng.random() < 0.12 else '出让', sliver=kind))
            a['supplied_geoms'].append(piece)
            a['supply_date'] = d if a['supply_date'] is None else min(a['supply_date'], d)
    return supplies


def rect_inside(area_geom, wmin, wmax, hmin, hmax, tries=200):
    inner = area_geom.buffer(-6)
    if inner.is_empty:
        return None
    minx, miny, maxx, maxy = inner.bounds
    for _ in range(tries):
        w, h = rng.randint(wmin, wmax), rng.randint(hmin, hmax)
        x, y = rng.uniform(minx, maxx - w), rng.uniform(miny, maxy - h)
        b = ibox(x, y, x + w, y + h)
        if inner.contains(b):
            return b
    return None


def make_buildings(parcels, approvals):
    buildings = []
    taken = []
    # on approved but unsupplied land (未供 approvals and the rest of partly supplied ones)
    cands = [a for a in approvals if a['status'] != '已供']
    rng.shuffle(cands)
    on_unsupplied = 0
    for a in cands:
        if on_unsupplied >= 16:
            break
        free = a['geom'].difference(unary_union(a['supplied_geoms'])) if a['supplied_geoms'] else a['geom']
        for _ in range(rng.choice([1, 1, 2])):
            b = rect_inside(free, 25, 90, 15, 45)
            if b is not None and not any(b.buffer(3).intersects(t) for t in taken):
                taken.append(b)
                buildings.append(dict(geom=b, zone=a['zone'], year=rng.randint(max(a['date'].year, 2012), 2025)))
                a['in_use'] = True
                on_unsupplied += 1
    # on supplied parcels in production
    prod = [p for p in parcels if p.get('生产状态') in ('正常生产', '停产') and not p.get('_nullgeom')
            and not p.get('_bowtie') and p['geom'].geom_type == 'Polygon']
    rng.shuffle(prod)
    for p in prod:
        if len(buildings) >= 60:
            break
        b = rect_inside(p['geom'], 30, 110, 20, 60)
        if b is not None and not any(b.buffer(3).intersects(t) for t in taken):
            taken.append(b)
            buildings.append(dict(geom=b, zone=p['zone'],
                                  year=rng.randint(p['供地日期'].year + 1, 2025)))
    for k, b in enumerate(buildings):
        b['id'] = 'JZ%04d' % (k + 1)
        b['floors'] = pick([(1, 5), (2, 3), (3, 2), (4, 1), (5, 1)])
    return buildings, on_unsupplied


# --------------------------------------------------------------------------------------------
# land use (三调): jittered grid tiling every zone plus a margin
# --------------------------------------------------------------------------------------------

DLMC = {
    '0101': '水田', '0102': '水浇地', '0103': '旱地', '0301': '乔木林地', '05H1': '商业服务业设施用地',
    '0508': '物流仓储用地', '0601': '工业用地', '0602': '采矿用地', '0604': '仓储用地',
    '0701': '城镇住宅用地', '0702': '农村宅基地', '08H1': '机关团体新闻出版用地', '08H2': '科教文卫用地',
    '0809': '公用设施用地', '0810': '公园与绿地', '1003': '公路用地', '1004': '城镇村道路用地',
    '1006': '农村道路', '1101': '河流水面', '1109': '水工建筑用地', '1202': '设施农用地',
}
INDUSTRIAL = {'0601', '0602', '0603', '0508', '0604'}


def make_record_supplies(supplies, parcels, approvals, landuse, avoid):
    """Supply records for the rest of the zones' supplied land (TD/T 1029: 已供应国有建设用地 is every
    piece of land with a supply or registration record): the registered parcels and the built
    land-use cells (三调 construction codes) inside the zones that no supply covers yet, outside
    the approvals (their unsupplied part stays 批而未供) and clear of ``avoid`` (the built-up
    changes: the unauthorised-land leads stay leads). One record per piece of at least 200 m²,
    dated before the supply window of the evaluation (its own ``random.Random``: the main
    stream is untouched)."""
    r = random.Random(SEED + 7)
    covered = unary_union([s['geom'] for s in supplies] + [a['geom'] for a in approvals]
                          + [g.buffer(10, join_style=2) for g in avoid])
    out = []
    for zi, z in enumerate(ZONES):
        land = [p['geom'] for p in parcels if p['zone'] == zi and not p.get('_nullgeom') and not p.get('_bowtie')]
        land += [m['geom'] for m in landuse if is_construction(m['code'])]
        need = unary_union(land).intersection(z['geom']).difference(covered)
        parts = [g for g in getattr(need, 'geoms', [need]) if g.geom_type == 'Polygon' and g.area >= 200]
        for k, g in enumerate(sorted(parts, key=lambda g: (round(g.bounds[0]), round(g.bounds[1])))):
            d = dt.date(r.randint(2008, 2021), r.randint(1, 12), r.randint(1, 28))
            way = '划拨' if r.random() < 0.3 else '出让'
            out.append(dict(zone=zi, geom=g.simplify(0.01), date=d, sliver=None,
                            id='%sB%d9%04d' % (z['county_code'], d.year, k + 1), way=way))
    return out


def norm_code(c):
    c = c.strip()
    return c.zfill(4) if c.isdigit() and len(c) == 3 else c


def is_construction(c):
    c = norm_code(c)
    if c[:2] in ('05', '06', '07', '08', '09'):
        return True
    if c.isdigit() and 1001 <= int(c) <= 1009 and c != '1006':
        return True
    return c in ('1109',)


ZONE_LANDUSE = [
    # zone 1: clearly above 60 %
    [('0601', 52), ('0508', 6), ('0602', 2), ('0604', 2), ('05H1', 5), ('0701', 6), ('0809', 3),
     ('0810', 4), ('1004', 9), ('08H2', 2), ('0101', 4), ('0103', 3)],
    # zone 2: clearly below
    [('0601', 30), ('0508', 4), ('0701', 20), ('0702', 8), ('05H1', 11), ('1004', 10), ('0810', 5),
     ('0809', 3), ('08H1', 2), ('0103', 6), ('1006', 2)],
    # zone 3: around 60 %
    [('0601', 44), ('0508', 5), ('0701', 12), ('05H1', 8), ('1004', 9), ('0810', 4), ('0809', 2),
     ('08H2', 2), ('0103', 5), ('1006', 3)],
]
OUTSIDE_LANDUSE = [('0101', 24), ('0103', 22), ('0702', 12), ('0301', 5), ('1006', 5), ('1003', 4),
                   ('1202', 3), ('0701', 8), ('05H1', 4), ('0601', 6), ('1004', 4)]
OUTSIDE_NEAR_Z3 = [('0701', 30), ('05H1', 15), ('0702', 15), ('1004', 10), ('0103', 15), ('0101', 10),
                   ('0601', 5)]
TARGETS = [(0.72, 0.78), (0.40, 0.46), (0.605, 0.615)]
RIVER = LineString([(586300, 3967300), (587200, 3964400), (588600, 3962600), (590200, 3962350),
                    (592600, 3961100), (593600, 3960700)])


def zone_share(cells, zi):
    zg = ZONES[zi]['geom']
    ind = base = 0.0
    for c in cells:
        if not c['geom'].intersects(zg):
            continue
        a = c['geom'].intersection(zg).area
        if is_construction(c['code']):
            base += a
            if norm_code(c['code']) in INDUSTRIAL:
                ind += a
    return ind, base


def zone_share_unclipped(cells, zi):
    zg = ZONES[zi]['geom']
    ind = base = 0.0
    for c in cells:
        if not c['geom'].intersects(zg):
            continue
        a = c['geom'].area
        if is_construction(c['code']):
            base += a
            if norm_code(c['code']) in INDUSTRIAL:
                ind += a
    return ind, base


def make_landuse():
    size = 200
    jitter = 45
    union = unary_union([z['geom'] for z in ZONES])
    near = union.buffer(400)
    minx, miny, maxx, maxy = [int(v) for v in near.bounds]
    minx, miny = minx - minx % size, miny - miny % size
    nx, ny = (maxx - minx) // size + 2, (maxy - miny) // size + 2
    verts = {}
    for i in range(nx + 1):
        for j in range(ny + 1):
            jx = rng.randint(-jitter, jitter) if 0 < i < nx else 0
            jy = rng.randint(-jitter, jitter) if 0 < j < ny else 0
            verts[i, j] = (minx + i * size + jx, miny + j * size + jy)
    z3near = ZONES[2]['geom'].buffer(400).difference(ZONES[2]['geom'])
    cells = []
    for j in range(ny):
        for i in range(nx):
            q = Polygon([verts[i, j], verts[i + 1, j], verts[i + 1, j + 1], verts[i, j + 1]])
            if not q.intersects(near):
                continue
            cen = q.centroid
            zi = next((k for k, z in enumerate(ZONES) if z['geom'].contains(cen)), None)
            if RIVER.distance(cen) < 95:
                code = '1101'
            elif RIVER.distance(cen) < 230 and rng.random() < 0.12:
                code = '1109'
            elif zi is not None:
                code = pick(ZONE_LANDUSE[zi])
            elif z3near.contains(cen):
                code = pick(OUTSIDE_NEAR_Z3)
            else:
                code = pick(OUTSIDE_LANDUSE)
            cells.append(dict(i=i, j=j, geom=q, code=code, zone=zi))
    # tune the in-zone codes until each zone's share is inside its target band
    for zi, (lo, hi) in enumerate(TARGETS):
        inside = [c for c in cells if c['zone'] == zi and c['code'] != '1101'
                  and c['geom'].within(ZONES[zi]['geom'])]
        for _ in range(2000):
            ind, base = zone_share(cells, zi)
            share = ind / base
            if lo <= share <= hi:
                break
            if share < lo:
                cs = [c for c in inside if is_construction(c['code']) and c['code'] not in INDUSTRIAL]
                new = '0601'
            else:
                cs = [c for c in inside if c['code'] in INDUSTRIAL]
                new = pick([('0701', 2), ('05H1', 1), ('0810', 1)])
            rng.choice(cs)['code'] = new
        else:
            raise RuntimeError('could not tune zone %d' % zi)
    # some 0601 stored without the leading zero (mostly in zone 3)
    for c in cells:
        if c['code'] == '0601':
            p = 0.35 if c['zone'] == 2 else 0.08
            if rng.random() < p:
                c['code'] = '601'
    # merge runs of equal codes along rows into larger 图斑
    rows = {}
    for c in cells:
        rows.setdefault(c['j'], []).append(c)
    merged = []
    for j in sorted(rows):
        row = sorted(rows[j], key=lambda c: c['i'])
        k = 0
        while k < len(row):
            run = [row[k]]
            while (k + len(run) < len(row) and len(run) < 4 and row[k + len(run)]['code'] == run[0]['code']
                   and row[k + len(run)]['i'] == run[-1]['i'] + 1 and rng.random() < 0.7):
                run.append(row[k + len(run)])
            g = unary_union([c['geom'] for c in run]) if len(run) > 1 else run[0]['geom']
            merged.append(dict(geom=g, code=run[0]['code']))
            k += len(run)
    for n, m in enumerate(merged):
        m['bsm'] = '4109%012d' % (n + 1)
    return merged


# --------------------------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------------------------

S, R, D, INT = ogr.OFTString, ogr.OFTReal, ogr.OFTDate, ogr.OFTInteger

PARCEL_FIELDS = [
    ('宗地编号', S), ('企业名称', S), ('所在园区', S), ('县区', S), ('行业代码', S), ('区域类别', S),
    ('用地面积', R), ('税收总额', R), ('固定资产投资', R), ('总建筑面积', R), ('建筑占地面积', R),
    ('亩均税收', R), ('亩均税收_填报', S), ('投资强度', R), ('容积率', R), ('建筑系数', R),
    ('生产状态', S), ('供地方式', S), ('供地日期', D), ('土地价款', R), ('约定动工日期', D),
    ('实际动工日期', S), ('已开发面积比例', R), ('已投资比例', R), ('中止开发日期', S), ('闲置原因', S),
    ('责任单位', S),
]
ZONE_FIELDS = [('园区代码', S), ('园区名称', S), ('园区类别', S)]
LANDUSE_FIELDS = [('BSM', S), ('DLBM', S), ('DLMC', S), ('DLBM_INT', INT)]
APPROVAL_FIELDS = [('批准文号', S), ('批准日期', D), ('批准面积', R), ('供地日期', D), ('供地状态', S), ('是否使用', S)]
SUPPLY_FIELDS = [('电子监管号', S), ('供地日期', D), ('供地方式', S)]
BUILDING_FIELDS = [('建筑编号', S), ('层数', INT), ('建成年份', INT)]


def to_ogr(geom, multi):
    if geom is None:
        return None
    g = ogr.CreateGeometryFromWkb(bytes(geom.wkb)) if not isinstance(geom, str) else ogr.CreateGeometryFromWkt(geom)
    if multi and g.GetGeometryType() == ogr.wkbPolygon:
        g = ogr.ForceToMultiPolygon(g)
    return g


def write_layer(ds, srs, name, gtype, fields, rows):
    lyr = ds.CreateLayer(name, srs, gtype, options=['FID=fid', 'GEOMETRY_NAME=geom', 'SPATIAL_INDEX=YES'])
    multi = gtype == ogr.wkbMultiPolygon
    return write_rows(lyr, fields, rows, lambda geom: to_ogr(geom, multi))


def main(out=DEFAULT_OUT):
    gdal.UseExceptions()
    gdal.SetConfigOption('OGR_CURRENT_DATE', '2025-12-31T00:00:00.000Z')  # pin gpkg timestamps

    parcels = make_parcels()
    shape_parcels(parcels)
    roles, score_roles = assign_attributes(parcels)
    demo_commitments.add(parcels, PARCEL_FIELDS)  # 标准地 commitments (scripts/demo_commitments.py)
    demo_permu.add(parcels, PARCEL_FIELDS)  # enterprise figures for 亩均效益评价 (scripts/demo_permu.py)
    parcels_union = unary_union([p['geom'] for p in parcels])
    approvals = make_approvals(parcels_union)
    supplies = make_supplies(approvals)
    buildings, on_unsupplied = make_buildings(parcels, approvals)
    for a in approvals:
        if a['status'] == '已供':
            a['in_use'] = True
        elif not a.get('in_use'):
            a['in_use'] = rng.random() < 0.1  # used, but no building in the layer
    landuse = make_landuse()

    os.makedirs(os.path.dirname(out), exist_ok=True)
    for suffix in ('', '-wal', '-shm', '-journal'):
        if os.path.exists(out + suffix):
            os.remove(out + suffix)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName('GPKG').CreateDataSource(out)
    counts = {}
    counts['zones'] = write_layer(ds, srs, 'zones', ogr.wkbMultiPolygon,
                                  ZONE_FIELDS + [(demo_quota.ZONE_TYPE_FIELD, S)], [
        (z['geom'], {'园区代码': z['code'], '园区名称': z['name'], '园区类别': z['cat'],
                     demo_quota.ZONE_TYPE_FIELD: t}) for z, t in zip(ZONES, demo_quota.ZONE_TYPES)])
    rows = []
    for p in parcels:
        geom = None if p.get('_nullgeom') else (p.get('wkt') or p['geom'])
        rows.append((geom, p))
    counts['parcels'] = write_layer(ds, srs, 'parcels', ogr.wkbMultiPolygon, PARCEL_FIELDS, rows)
    czcsxm = demo_quota.settlement_codes(landuse, ZONES, is_construction, norm_code)
    counts['landuse'] = write_layer(ds, srs, 'landuse', ogr.wkbPolygon, LANDUSE_FIELDS + [('CZCSXM', S)], [
        (m['geom'], {'BSM': m['bsm'], 'DLBM': m['code'], 'DLMC': DLMC[norm_code(m['code'])],
                     'DLBM_INT': int(m['code']) if m['code'].isdigit() else None, 'CZCSXM': c})
        for m, c in zip(landuse, czcsxm)])
    counts['approvals'] = write_layer(ds, srs, 'approvals', ogr.wkbPolygon, APPROVAL_FIELDS, [
        (a['geom'], {'批准文号': a['no'], '批准日期': a['date'], '批准面积': r2(a['geom'].area),
                     '供地日期': a['supply_date'], '供地状态': a['status'], '是否使用': '是' if a['in_use'] else '否'})
        for a in approvals])
    changes = []
    zoneeval_counts = demo_zoneeval.add_layers(ds, srs, write_layer, ZONES, parcels, approvals, supplies, changes)
    records = make_record_supplies(supplies, parcels, approvals, landuse, changes)
    counts['supplies'] = write_layer(ds, srs, 'supplies', ogr.wkbPolygon, SUPPLY_FIELDS, [
        (s['geom'], {'电子监管号': s['id'], '供地日期': s['date'], '供地方式': s['way']}) for s in supplies + records])
    counts['buildings'] = write_layer(ds, srs, 'buildings', ogr.wkbPolygon, BUILDING_FIELDS, [
        (b['geom'], {'建筑编号': b['id'], '层数': b['floors'], '建成年份': b['year']}) for b in buildings])
    counts.update(zoneeval_counts)
    counts.update(__import__('demo_plans').add_layers(ds, srs, ZONES))  # plan, supplies 2025, tasks, parcels 2024
    counts.update(demo_quota.add_layers(ds, srs, write_layer, ZONES))  # 十四五 supplies + demo quota file
    counts.update(__import__('demo_decide').add_layers(ds, srs))  # 已批未供即用, planned parcels, 3+N+1 county table
    ds = None
    __import__('demo_formats').build(out)  # 报盘坐标 TXT + enterprise table beside the gpkg
    __import__('demo_assessment').main(os.path.join(os.path.dirname(out), 'assessment_demo.gpkg'))  # 县（区）考核

    # ---- summary -----------------------------------------------------------------------
    print('wrote %s (%.0f kB)' % (os.path.relpath(out, REPO), os.path.getsize(out) / 1024))
    for k, v in counts.items():
        print('  %-10s %4d' % (k, v))
    scores = [score_of(p) for p in parcels]
    low = sum(1 for s in scores if s is not None and s < 0.7 - 1e-9)
    und = sum(1 for s in scores if s is None)
    print('parcels: low-efficiency %d (%.1f%%), missing an indicator %d, passing %d'
          % (low, 100.0 * low / len(parcels), und, len(parcels) - low - und))
    per_zone = [sum(1 for p in parcels if p['zone'] == zi) for zi in range(3)]
    print('parcels per zone: %s' % ', '.join('%s %d' % (z['name'], n) for z, n in zip(ZONES, per_zone)))
    idle1 = idle2 = 0
    for p in parcels:
        if p['_role'] in ('NS2', 'NS1', 'NS0'):
            a = p['约定动工日期']
            full_years = REF_DATE.year - a.year - ((REF_DATE.month, REF_DATE.day) < (a.month, a.day))
            idle2 += full_years >= 2
            idle1 += full_years == 1
    halted = sum(1 for p in parcels if p['_role'] == 'HALT_IDLE')
    print('idle (ref %s): not started >=2y %d, 1-2y %d, halted with low ratios %d; gov./force majeure %d'
          % (REF_DATE, idle2, idle1, halted,
             sum(1 for p in parcels if p['闲置原因'] in ('政府原因', '不可抗力'))))
    st = {}
    for a in approvals:
        st[a['status']] = st.get(a['status'], 0) + 1
    print('approvals: %s; slivers: %s; buildings on unsupplied land %d'
          % (st, [s['sliver'] for s in supplies if s['sliver']], on_unsupplied))
    cells = [dict(geom=m['geom'], code=m['code']) for m in landuse]
    for zi, z in enumerate(ZONES):
        ind, base = zone_share(cells, zi)
        uind, ubase = zone_share_unclipped(cells, zi)
        print('industrial share %s: %.1f%% (%.1f / %.1f ha; unclipped %.1f%%)'
              % (z['name'], 100 * ind / base, ind / 1e4, base / 1e4, 100 * uind / ubase))
    return counts


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT)

"""Demo layers for zone evaluation and suspected unauthorised land use (called by make_demo_data.py).

* ``buildings_survey`` (建筑物普查): one building per producing parcel, footprint about the
  parcel's 建筑系数, with 层数 and 建筑面积 (m²) from its 容积率; one duplicate (the same building
  digitised twice: counted once), one building straddling the 濮阳经开区 boundary (clipped).
* ``builtup_change`` (年度变更调查新增建设用地图斑, 三调 codes): patches inside supplies (covered),
  patches on land nobody approved, supplied or registered (the leads), patches half outside a
  supply, a hairline ring around a supply (slivers below 1 亩), a farmland patch (0101, not
  built-up) and a patch outside every zone.

Deterministic: its own ``random.Random``; the main script's random stream is untouched.
"""
import random

from osgeo import ogr
from shapely.geometry import box
from shapely.ops import unary_union

SEED = 20251231
S, R, INT = ogr.OFTString, ogr.OFTReal, ogr.OFTInteger
SURVEY_FIELDS = [('建筑编号', S), ('层数', INT), ('建筑面积', R)]
CHANGE_FIELDS = [('BSM', S), ('DLBM', S), ('DLMC', S), ('变更年度', INT)]
NAMES = {'0601': '工业用地', '0602': '采矿用地', '0701': '城镇住宅用地', '05H1': '商业服务业设施用地',
         '0508': '物流仓储用地', '0101': '水田'}


def add_layers(ds, srs, write_layer, zones, parcels, approvals, supplies, changes_out=None):
    """Write the two layers into the open GeoPackage ``ds``; returns {layer: feature count}. The
    built-up change geometries are appended to ``changes_out`` when given."""
    rng = random.Random(SEED)
    survey = _survey(rng, zones, parcels)
    changes = _changes(rng, zones, parcels, approvals, supplies)
    if changes_out is not None:
        changes_out.extend(g for g, _attrs in changes)
    return {'buildings_survey': write_layer(ds, srs, 'buildings_survey', ogr.wkbPolygon, SURVEY_FIELDS, survey),
            'builtup_change': write_layer(ds, srs, 'builtup_change', ogr.wkbPolygon, CHANGE_FIELDS, changes)}


def _scaled_box(geom, share):
    """A rectangle around the polygon's centre covering about ``share`` of it, kept inside it."""
    inner = geom.buffer(-4)
    if inner.is_empty:
        return None
    c = inner.representative_point()
    x0, y0, x1, y1 = inner.bounds
    k = max(0.05, min(0.95, share)) ** 0.5
    w, h = (x1 - x0) * k / 2, (y1 - y0) * k / 2
    b = box(round(c.x - w), round(c.y - h), round(c.x + w), round(c.y + h)).intersection(inner)
    return b if b.geom_type == 'Polygon' and b.area > 50 else None


def _survey(rng, zones, parcels):
    rows = []
    for p in parcels:
        if p.get('_nullgeom') or p.get('_bowtie') or p['geom'].geom_type != 'Polygon':
            continue
        if p.get('生产状态') not in ('正常生产', '停产'):
            continue
        cov, far = p.get('建筑系数'), p.get('容积率')
        if not cov or not far or cov <= 0 or far <= 0:
            continue
        b = _scaled_box(p['geom'], cov / 100.0)
        if b is None:
            continue
        floors = max(1, min(8, int(round(far / (cov / 100.0)))))
        rows.append((b, {'建筑编号': 'PC%04d' % (len(rows) + 1), '层数': floors,
                         '建筑面积': round(b.area * far / (cov / 100.0), 2)}))
    dup_geom, dup = rows[0]
    rows.append((dup_geom, dict(dup, 建筑编号=dup['建筑编号'] + '-重复')))
    # a warehouse across the ETDZ's western edge (583000,3954000)-(582800,3955600): about half inside
    rows.append((box(582820, 3955000, 582960, 3955080), {'建筑编号': 'PC-EDGE', '层数': 2, '建筑面积': 22400.0}))
    return rows


def _changes(rng, zones, parcels, approvals, supplies):
    covered = unary_union([a['geom'] for a in approvals] + [s['geom'] for s in supplies]
                          + [p['geom'] for p in parcels if not p.get('_nullgeom') and not p.get('_bowtie')])
    rows = []

    def add(geom, code, year):
        rows.append((geom, {'BSM': 'BG%05d' % (len(rows) + 1), 'DLBM': code, 'DLMC': NAMES[code], '变更年度': year}))

    plain = [s for s in supplies if s['geom'].geom_type == 'Polygon' and not s.get('sliver')]
    for s in rng.sample(plain, 6):                       # inside a supply: covered
        add(s['geom'].buffer(-5, join_style=2), '0601', rng.choice([2023, 2024]))
    for s in rng.sample(plain, 2):                       # spilling 25 m past a supply
        add(s['geom'].buffer(25, join_style=2), '0601', 2024)
    add(plain[0]['geom'].buffer(0.3, join_style=2), '0508', 2025)   # hairline ring: slivers only
    leads = [('0601', 2023), ('0701', 2024), ('05H1', 2025), ('0602', 2025), ('0601', 2025)]
    for zi, (code, year) in enumerate(leads):
        zone = zones[zi % len(zones)]['geom']
        for _ in range(2000):
            x0, y0, x1, y1 = zone.bounds
            w, h = rng.randint(40, 120), rng.randint(35, 90)
            x, y = rng.uniform(x0, x1 - w), rng.uniform(y0, y1 - h)
            b = box(round(x), round(y), round(x) + w, round(y) + h)
            if zone.contains(b) and not b.buffer(10).intersects(covered):
                add(b, code, year)
                break
    for code, shift in (('0101', 0), ('0601', 1)):       # farmland inside a zone; built land outside all zones
        zone = zones[2]['geom']
        x0, y0, x1, y1 = zone.bounds
        for _ in range(2000):
            x = rng.uniform(x0, x1 - 80) if not shift else x1 + 300
            y = rng.uniform(y0, y1 - 60)
            b = box(round(x), round(y), round(x) + 80, round(y) + 60)
            if (shift or zone.contains(b)) and not b.intersects(covered):
                add(b, code, 2025)
                break
    return rows

# -*- coding: utf-8 -*-
"""The plan / task / forecast demo layers (scripts/demo_plans.py) in the shipped demo GeoPackage."""
import os
import sys

import pytest

ogr = pytest.importorskip('osgeo.ogr')

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GPKG = os.path.join(REPO, 'resources', 'demo', 'landplan_demo.gpkg')
LAYERS = {'supply_plan_2025': ['区县', '用途类别', '计划面积', '备注'],
          'supplies_2025': ['电子监管号', '供地日期', 'DLBM', '区县', '出让面积'],
          'disposal_tasks': ['园区名称', '任务类别', '任务面积', '完成时限']}


def _rows(path, name):
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(name)
    out = []
    for f in lyr:
        g = f.GetGeometryRef()
        out.append((tuple(f.GetField(i) for i in range(f.GetFieldCount())), g.ExportToWkt() if g else None))
    return out


@pytest.mark.parametrize('name, fields', sorted(LAYERS.items()))
def test_layers_and_fields(name, fields):
    ds = ogr.Open(GPKG)
    lyr = ds.GetLayerByName(name)
    assert lyr is not None and lyr.GetFeatureCount() > 0
    defn = lyr.GetLayerDefn()
    assert [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())] == fields


def test_supplies_exercise_the_reports():
    rows = _rows(GPKG, 'supplies_2025')
    dates = {r[0][1] for r in rows}
    assert '待定' in dates and any(d.startswith('2024-') for d in dates)
    assert {r[0][2] for r in rows} >= {'601', '508', '0103'}


def test_baseline_parcels_differ_from_current_a_little():
    now = {r[0][0]: r for r in _rows(GPKG, 'parcels')}
    then = {r[0][0]: r for r in _rows(GPKG, 'parcels_2024')}
    assert now.keys() == then.keys()
    changed = sum(1 for k in now if now[k] != then[k])
    assert 10 <= changed <= len(now) // 4
    assert all(now[k][1] == then[k][1] for k in now)   # same shapes


def test_demo_plan_layers_are_deterministic(tmp_path):
    """scripts/demo_plans.py, run on the shipped parcels, writes exactly the shipped plan layers
    (test_demo_data checks that the shipped parcels are what make_demo_data.py writes)."""
    pytest.importorskip('shapely')
    sys.path.insert(0, os.path.join(REPO, 'scripts'))
    try:
        import demo_plans
        from make_demo_data import ZONES
    finally:
        sys.path.pop(0)
    out = str(tmp_path / 'demo.gpkg')
    shipped = ogr.Open(GPKG)
    parcels = shipped.GetLayerByName('parcels')
    ds = ogr.GetDriverByName('GPKG').CreateDataSource(out)
    ds.CopyLayer(parcels, 'parcels', ['FID=fid', 'GEOMETRY_NAME=geom'])
    demo_plans.add_layers(ds, parcels.GetSpatialRef(), ZONES)
    ds = shipped = None
    for name in list(LAYERS) + ['parcels_2024']:
        assert _rows(out, name) == _rows(GPKG, name), name

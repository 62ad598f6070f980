# -*- coding: utf-8 -*-
"""The shipped demo GeoPackage has the layout docs/DEMO_DATA.md promises."""

import os
import subprocess
import sys

import pytest

ogr = pytest.importorskip('osgeo.ogr')

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GPKG = os.path.join(REPO, 'resources', 'demo', 'landplan_demo.gpkg')
SCRIPT = os.path.join(REPO, 'scripts', 'make_demo_data.py')

FIELDS = {
    'zones': ['园区代码', '园区名称', '园区类别', '园区主导类型'],  # the type: scripts/demo_quota.py
    'parcels': ['宗地编号', '企业名称', '所在园区', '县区', '行业代码', '区域类别', '用地面积', '税收总额',
                '固定资产投资', '总建筑面积', '建筑占地面积', '亩均税收', '亩均税收_填报', '投资强度', '容积率',
                '建筑系数', '生产状态', '供地方式', '供地日期', '土地价款', '约定动工日期', '实际动工日期',
                '已开发面积比例', '已投资比例', '中止开发日期', '闲置原因', '责任单位',
                # 标准地 commitments (scripts/demo_commitments.py)
                '承诺投资强度', '承诺亩均税收', '承诺容积率', '约定竣工日期', '约定达产日期', '承诺亩均产值',
                '实际亩均产值', '约定可收回',
                # enterprise figures for 亩均效益评价 (scripts/demo_permu.py)
                '增加值', '营业收入', '综合能耗', '排放量', '从业人员', '研发经费', '用地亩数', '规模', '企业类型'],
    'landuse': ['BSM', 'DLBM', 'DLMC', 'DLBM_INT', 'CZCSXM'],  # CZCSXM: scripts/demo_quota.py
    'approvals': ['批准文号', '批准日期', '批准面积', '供地日期', '供地状态', '是否使用'],
    'supplies': ['电子监管号', '供地日期', '供地方式'],
    'buildings': None,  # no fields prescribed
    'buildings_survey': ['建筑编号', '层数', '建筑面积'],
    'builtup_change': ['BSM', 'DLBM', 'DLMC', '变更年度'],
}
PLAN_LAYERS = ['supply_plan_2025', 'supplies_2025', 'disposal_tasks', 'parcels_2024']  # scripts/demo_plans.py
QUOTA_LAYERS = ['supplies_industrial']  # scripts/demo_quota.py
REAL_FIELDS = ['用地面积', '税收总额', '固定资产投资', '总建筑面积', '建筑占地面积', '亩均税收', '投资强度',
               '容积率', '建筑系数', '土地价款', '已开发面积比例', '已投资比例']
DATE_FIELDS = ['供地日期', '约定动工日期']


def _open(path=GPKG):
    assert os.path.exists(path), 'missing %s: run scripts/make_demo_data.py' % path
    ds = ogr.Open(path)
    assert ds is not None
    return ds


def _field_names(layer):
    defn = layer.GetLayerDefn()
    return [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]


def _rows(ds, name):
    return [f.items() for f in ds.GetLayerByName(name)]


def test_layer_names():
    ds = _open()
    names = sorted(ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount()))
    assert names == sorted(list(FIELDS) + PLAN_LAYERS + QUOTA_LAYERS)


@pytest.mark.parametrize('layer_name', sorted(FIELDS))
def test_fields_and_crs(layer_name):
    ds = _open()
    layer = ds.GetLayerByName(layer_name)
    assert layer is not None
    if FIELDS[layer_name] is not None:
        assert _field_names(layer) == FIELDS[layer_name]
    srs = layer.GetSpatialRef()
    assert srs is not None
    srs.AutoIdentifyEPSG()
    assert srs.GetAuthorityName(None) == 'EPSG'
    assert srs.GetAuthorityCode(None) == '4547'
    assert layer.GetFeatureCount() > 0


def test_parcel_field_types():
    ds = _open()  # keep the dataset referenced while its layer is used (GDAL segfaults otherwise)
    layer = ds.GetLayerByName('parcels')
    defn = layer.GetLayerDefn()
    types = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetType() for i in range(defn.GetFieldCount())}
    for name in REAL_FIELDS:
        assert types[name] == ogr.OFTReal, name
    for name in DATE_FIELDS:
        assert types[name] == ogr.OFTDate, name
    for name in ('实际动工日期', '中止开发日期', '亩均税收_填报', '行业代码'):
        assert types[name] == ogr.OFTString, name


def test_counts():
    ds = _open()
    assert ds.GetLayerByName('zones').GetFeatureCount() == 3
    assert ds.GetLayerByName('parcels').GetFeatureCount() >= 500
    assert ds.GetLayerByName('approvals').GetFeatureCount() >= 100
    assert ds.GetLayerByName('buildings').GetFeatureCount() >= 50


def test_parcels_reference_zones():
    ds = _open()
    zone_names = {r['园区名称'] for r in _rows(ds, 'zones')}
    parcels = _rows(ds, 'parcels')
    assert {r['所在园区'] for r in parcels} == zone_names
    ids = [r['宗地编号'] for r in parcels]
    assert len(ids) == len(set(ids))


def test_file_is_small():
    assert os.path.getsize(GPKG) < 3 * 1024 * 1024


def test_script_is_deterministic_and_shipped_file_current(tmp_path):
    pytest.importorskip('shapely')
    out = str(tmp_path / 'demo.gpkg')
    subprocess.run([sys.executable, SCRIPT, out], check=True, stdout=subprocess.DEVNULL)
    shipped, fresh = _open(), _open(out)
    for name in FIELDS:
        assert _rows(fresh, name) == _rows(shipped, name), name

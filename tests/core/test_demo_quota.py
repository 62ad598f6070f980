"""The demo data of scripts/demo_quota.py: zone types, 城镇村属性码, the 十四五 supplies and the demo
quota file are what the demo steps and docs/DEMO_DATA.md say."""
import os

import pytest

from landplan_plugin.core import quota, zone

ogr = pytest.importorskip("osgeo.ogr")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GPKG = os.path.join(REPO, "resources", "demo", "landplan_demo.gpkg")


def _rows(name):
    ds = ogr.Open(GPKG)
    rows = []
    for f in ds.GetLayerByName(name):
        geom = f.GetGeometryRef()
        rows.append(f.items() | {"_geom": geom.Clone() if geom is not None else None})
    ds = None
    return rows


def test_zone_types_one_service_led():
    assert [r["园区主导类型"] for r in _rows("zones")] == ["工业主导", "工业主导", "现代服务业"]


def test_settlement_codes_cover_the_cases():
    codes = {r["CZCSXM"] for r in _rows("landuse")}
    assert {"201", "201A", "202", "202A", "203", None} <= codes
    assert zone.settlement_urban_columns(["201A", "203"]).tolist() == [True, False]


def test_supplies_cover_the_cases():
    rows = _rows("supplies_industrial")
    zones = [r["_geom"] for r in _rows("zones")]
    outside = [r for r in rows if not any(z.Intersects(r["_geom"]) for z in zones)]
    assert len(outside) == 2 and sum(bool(r["选址特殊要求"]) for r in outside) == 1
    years = {int(r["供地日期"][:4]) for r in rows}
    assert {2020, 2021, 2022, 2023, 2024, 2025} <= years
    assert any(r["土地用途"] != "工业用地" for r in rows)


def test_demo_quota_file_loads():
    table = quota.load_quota(os.path.join(REPO, "resources", "demo", "quotas_demo.json"))
    assert table.notes == [] and table.total.quota == 60
    assert quota.zone_quota_keys(table, [r["园区名称"] for r in _rows("zones")]) == [e.key for e in table.zones]

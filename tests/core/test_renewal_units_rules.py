"""城市更新单元评估 rules without QGIS."""
import math

import numpy as np
import pytest

from landplan_plugin.core import landuse
from landplan_plugin.core import renewal_units as ru
from landplan_plugin.core.renewal import load_codes

RULES = ru.load_rules()
CODES = load_codes()
PRESET = landuse.load_preset("sandiao_2017")
NAN = math.nan


def test_rules_file_classes():
    assert "老旧小区" in RULES.old_classes and "城中村" in RULES.old_classes and "老旧厂房" in RULES.old_classes
    assert "低效工业用地" not in RULES.old_classes and RULES.low_classes == ("低效工业用地",)


@pytest.mark.parametrize("code, con, res", [("0701", True, True), (701, True, True), ("0702", True, True),
                                            ("0601", True, False), ("1101", False, False), ("0101", False, False),
                                            ("9999", False, False), (None, False, False), ("0810", True, False)])
def test_landuse_roles_reuse_the_zone_check_base(code, con, res):
    roles = ru.landuse_roles([code], PRESET, CODES)
    assert bool(roles["construction"][0]) == con and bool(roles["residential"][0]) == res


def test_roles_per_classification():
    roles = ru.landuse_roles(["R2", "M1", "G1", "H14"], "gb50137_2011", CODES)
    assert roles["residential"].tolist() == [True, False, False, True]


def test_share_over_construction_land_with_official_area():
    # unit 0: 600 m² construction (0701) of which 200 old, and 400 m² water; unit 1: official area halves it
    sums = ru.unit_landuse_columns(
        [0, 0, 1], 2, [600.0, 400.0, 100.0], [True, False, True], [True, False, False],
        [200.0, 0.0, 50.0], [0.0, 0.0, 0.0], [0.0, 0.0, 100.0], [300.0, 0.0, 0.0], [500.0, 0.0, 0.0],
        whole_m2=[600.0, 400.0, 100.0], official_m2=[NAN, NAN, 50.0])
    assert sums["con"].tolist() == [600.0, 50.0]
    assert sums["old"].tolist() == [200.0, 25.0]
    assert sums["low"].tolist() == [0.0, 50.0]
    assert sums["resi"].tolist() == [600.0, 0.0]
    assert sums["grn"].tolist() == [300.0, 0.0] and sums["prk"].tolist() == [500.0, 0.0]


def test_green_and_park_minimum_areas_at_the_boundary():
    green, park = ru.green_classes([399.99, 400.0, 9999.0, 10000.0, NAN, 0.0])
    assert green.tolist() == [False, True, True, True, False, False]
    assert park.tolist() == [False, False, False, True, False, False]


def test_coverage_null_without_residential_land_or_green_layer():
    grn, prk = ru.coverage_columns([100.0, 0.0], [50.0, 0.0], [100.0, 0.0])
    assert grn[0] == 50.0 and prk[0] == 100.0 and math.isnan(grn[1])
    grn, prk = ru.coverage_columns([100.0], [0.0], [0.0], has_green=False)
    assert math.isnan(grn[0]) and math.isnan(prk[0])


def test_vacancy_weighted_by_floor_area_then_footprint():
    vac, problems = ru.vacancy_columns([0, 0, 1, 1, -1], 2, [50, 20, 40, "abc", 90], [1000, 3000, None, 500, 100],
                                       [10.0, 10.0, 200.0, 10.0, 10.0])
    assert vac[0] == pytest.approx(27.5)
    assert vac[1] == pytest.approx(40.0)   # the unreadable vacancy left out, the footprint as weight
    assert 3 in problems


def test_rail_belt_boundary_count_and_floor_area():
    inside, count, m2, _ = ru.rail_columns([0, 0, 0, 1, -1], 2, [30.0, 50.0, 50.01, NAN, 10.0], 50,
                                           [1000.0, None, 3000.0, 5.0, 7.0], [1.0, 400.0, 1.0, 1.0, 1.0])
    assert inside.tolist() == [True, True, False, False, True]
    assert count.tolist() == [2, 0] and m2.tolist() == [1400.0, 0.0]


def _types(**kw):
    base = dict(key_hits=[[]], tod_dist_m=[NAN], old_pct=[0.0], new_share=[NAN], low_pct=[0.0], vac_pct=[NAN])
    base.update(kw)
    return ru.unit_types(**base)


@pytest.mark.parametrize("kw, expected", [
    (dict(key_hits=[[("重要中心区", 5000.0)]], old_pct=[90.0]), ru.TYPE_KEY),
    (dict(key_hits=[[("重要中心区", 0.5)]]), ru.TYPE_NONE),              # a sliver / shared edge
    (dict(tod_dist_m=[800.0]), ru.TYPE_KEY),                             # on the circle
    (dict(tod_dist_m=[800.5]), ru.TYPE_NONE),
    (dict(old_pct=[30.0]), ru.TYPE_GENERAL),
    (dict(old_pct=[29.99]), ru.TYPE_NONE),
    (dict(old_pct=[NAN]), ru.TYPE_NONE),
    (dict(new_share=[1.0], low_pct=[20.01]), ru.TYPE_OPTIMISE),
    (dict(new_share=[1.0], low_pct=[20.0]), ru.TYPE_NONE),               # not above the gap
    (dict(new_share=[0.5], vac_pct=[35.0]), ru.TYPE_OPTIMISE),
    (dict(new_share=[0.49], vac_pct=[35.0]), ru.TYPE_NONE),
    (dict(new_share=[1.0], old_pct=[40.0], low_pct=[50.0]), ru.TYPE_GENERAL),   # general before optimise
])
def test_unit_type_order_and_boundaries(kw, expected):
    types, reasons = _types(**kw)
    assert types[0] == expected
    assert reasons[0].startswith(expected if expected != ru.TYPE_NONE else "不划入")


def test_reasons_name_what_decided():
    types, reasons = ru.unit_types([[("重要中心区", 10.0), ("重要中心区", 5.0)], [], []], [NAN, 700.0, NAN],
                                   [10.0, 5.0, 40.0], [NAN, NAN, 0.0], [0, 0, 0], [NAN, NAN, NAN],
                                   has_geometry=[True, True, True])
    assert "与重要中心区相交" in reasons[0] and reasons[0].count("重要中心区") == 1
    assert "四旧一村占建设用地10.0%" in reasons[0]
    assert "700m" in reasons[1] and "800m" in reasons[1]
    assert reasons[2] == "一般更新单元：不在重点功能区，四旧一村占建设用地40.0%，不低于30%"
    types, reasons = ru.unit_types([[]], [NAN], [NAN], [NAN], [NAN], [NAN], has_geometry=[False])
    assert types[0] is None and reasons[0] == "单元几何为空，未评估"


def test_resource_text_and_uncovered_reasons():
    text = ru.resource_columns([{"老旧小区": 20000.0, "低效工业用地": 5000.0, "闲置土地": 0.0}, {}], RULES)
    assert text.tolist() == ["老旧小区（四旧一村） 2.00公顷、低效工业用地 0.50公顷", "无更新资源"]
    reasons = ru.uncovered_reasons([180000.0, 10.0], [False, True])
    assert "未达300米见绿" in reasons[0] and "未达500米见园" in reasons[0]
    assert "见园" not in reasons[1]


def test_ledger_sheet_rows_are_rounded():
    cols = {k: np.array(v, dtype=object) for k, v in {
        "ru_type": [ru.TYPE_GENERAL], "ru_reason": ["r"], "ru_con_ha": [60.0], "ru_old_ha": [20.0],
        "ru_old_pct": [100 / 3], "ru_vil_ha": [0.0], "ru_low_ha": [0.0], "ru_grn_pct": [NAN],
        "ru_prk_pct": [50.0], "ru_rail_n": [2], "ru_rail_m2": [1400.0]}.items()}
    name, title, header, rows = ru.ledger_sheet(["丙"], cols)
    assert name == "城市更新单元" and len(header) == 12
    assert rows[0][:6] == ["丙", ru.TYPE_GENERAL, 60.0, 20.0, 33.3, 0.0] and rows[0][7] is None

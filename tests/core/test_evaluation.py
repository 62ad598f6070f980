"""开发区土地集约利用评价 (SPEC §7.5) without QGIS: hand-computed layouts, row == columnar."""
import datetime as dt
import math
import os

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from landplan_plugin.core import evaluation as ev
from landplan_plugin.core.evaluation import ZoneMeasures, evaluate_zone, evaluate_zones

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = ev.load_evaluation("example_tdt1029")


def spec(**indicators):
    return ev.evaluation_from_dict({"id": "t", "name": "t", "indicators": indicators})


# ---- evaluation file ------------------------------------------------------------------------

def test_example_file_is_labelled_example_and_complete():
    assert EXAMPLE.example is True
    assert "示例" in EXAMPLE.name and "示例" in EXAMPLE.description
    assert set(EXAMPLE.indicators) == set(ev.INDICATOR_KEYS) - {"yrs_left"}
    assert sum(s.weight for s in EXAMPLE.indicators.values()) == pytest.approx(1.0)
    assert EXAMPLE.indicators["idle_rate"].direction == "lower"
    assert EXAMPLE.unbuildable_codes == ev.DEFAULT_UNBUILDABLE


@pytest.mark.parametrize("data, words", [
    ({"id": "x", "name": "x", "indicators": {"far_all": {"ideal": 0, "weight": 1}}}, "far_all.ideal"),
    ({"id": "x", "name": "x", "indicators": {"far_all": {"ideal": 1, "weight": -1}}}, "weight"),
    ({"id": "x", "name": "x", "indicators": {"far_all": {"ideal": 1, "weight": 1, "direction": "up"}}}, "direction"),
    ({"id": "x", "name": "x", "indicators": {"nope": {"ideal": 1, "weight": 1}}}, "未知指标"),
    ({"id": "x", "name": "x", "indicators": {"far_all": {"ideal": 1, "weight": 0}}}, "权重之和"),
    ({"id": "x", "name": "x", "indicators": {"far_all": {"ideal": "1", "weight": 1}}}, "应为数值"),
    ({"name": "x", "indicators": {}}, "id"),
    ({"format": "other/1", "id": "x", "name": "x", "indicators": {}}, "format"),
])
def test_bad_evaluation_files_are_named(data, words):
    with pytest.raises(ev.EvaluationError) as exc:
        ev.evaluation_from_dict(data, "my.json")
    assert "my.json" in str(exc.value) and words in str(exc.value)


def test_load_by_path_and_missing(tmp_path):
    p = tmp_path / "mine.json"
    p.write_text('{"id": "m", "name": "某省", "unbuildable_codes": ["11*"], '
                 '"indicators": {"idle_rate": {"ideal": 0, "weight": 2, "direction": "lower"}}}', encoding="utf-8")
    s = ev.load_evaluation(str(p))
    assert s.id == "m" and s.indicators["idle_rate"].ideal == 0 and s.unbuildable_codes == ("11*",)
    with pytest.raises(ev.EvaluationError):
        ev.load_evaluation(str(tmp_path / "none.json"))
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(ev.EvaluationError) as exc:
        ev.load_evaluation(str(tmp_path / "bad.json"))
    assert "JSON" in str(exc.value)


# ---- hand-computed layouts ------------------------------------------------------------------
# Zone A: 100 ha square. Land use: 10 ha river 1101, 60 ha construction of which 30 ha industrial
# (0601), 30 ha farmland. READY 80 ha, SUPPLIED 50 ha (union; two supplies overlap by 5 ha, not
# double counted by the engine). Buildings: 12 ha footprint, 24 ha floor; on industrial land
# 9 ha footprint, 15 ha floor (one building crosses the zone edge: only its 1 ha inside counts,
# already in these numbers). Parcels: invest 90 000 万元 over 20 ha, tax 6 000 万元 over 15 ha.
# Idle 2 ha. Supplies dated in the last 3 years: 12 ha. Intensity gap Σ 4 ha.
HA = 10000.0
ZONE_A = ZoneMeasures(zone_m2=100 * HA, unbuildable_m2=10 * HA, ready_m2=80 * HA, supplied_m2=50 * HA,
                      built_m2=60 * HA, industrial_m2=30 * HA, floor_m2=24 * HA, footprint_m2=12 * HA,
                      ind_floor_m2=15 * HA, ind_footprint_m2=9 * HA, invest_wan=90000.0, invest_m2=20 * HA,
                      tax_wan=6000.0, tax_m2=15 * HA, idle_m2=2 * HA, recent_supply_m2=12 * HA,
                      intensity_gap_m2=4 * HA)


def test_zone_a_every_indicator_by_hand():
    r = evaluate_zone(ZONE_A, EXAMPLE, supply_years=3)
    v = r.values
    assert r.buildable_m2 == pytest.approx(90 * HA)
    assert v["sup_rate"] == pytest.approx(50 / 80 * 100)      # 62.5 %
    assert v["built_rate"] == pytest.approx(60 / 50 * 100)    # 120 %: built land beyond supplies
    assert v["ind_share"] == pytest.approx(50.0)
    assert v["far_all"] == pytest.approx(0.4)
    assert v["bld_dens"] == pytest.approx(20.0)
    assert v["far_ind"] == pytest.approx(0.5)
    assert v["cov_ind"] == pytest.approx(30.0)
    assert v["inv_ha"] == pytest.approx(4500.0)
    assert v["tax_ha"] == pytest.approx(400.0)
    assert v["idle_rate"] == pytest.approx(4.0)
    assert r.remaining_m2 == pytest.approx(30 * HA)           # 80 ready − 50 supplied
    assert r.mean_supply_m2 == pytest.approx(4 * HA)          # 12 ha / 3 years
    assert v["yrs_left"] == pytest.approx(7.5)
    assert (r.pot_ext, r.pot_int, r.pot_mgmt) == pytest.approx((30.0, 4.0, 2.0))
    a = r.attainment
    assert a["sup_rate"] == pytest.approx(62.5 / 95)
    assert a["built_rate"] == 1.0 and a["inv_ha"] == 1.0
    assert a["ind_share"] == pytest.approx(50 / 60)
    assert a["far_all"] == pytest.approx(0.4) and a["bld_dens"] == pytest.approx(0.5)
    assert a["far_ind"] == pytest.approx(0.5) and a["cov_ind"] == pytest.approx(0.6)
    assert a["tax_ha"] == pytest.approx(400 / 450)
    assert a["idle_rate"] == pytest.approx(1 / 4)             # lower is better: ideal ÷ actual
    expected = 100 * (0.1 * 62.5 / 95 + 0.1 * 1 + 0.1 * 50 / 60 + 0.1 * 0.4 + 0.05 * 0.5 + 0.1 * 0.5
                      + 0.05 * 0.6 + 0.15 * 1 + 0.15 * 400 / 450 + 0.1 * 0.25)
    assert r.score == pytest.approx(expected)
    assert r.missing == [] and ev.evaluation_note(r, EXAMPLE) == ""


def test_without_ready_the_buildable_land_is_the_base():
    m = ZoneMeasures(**{**ZONE_A.__dict__, "ready_m2": None})
    r = evaluate_zone(m, EXAMPLE)
    assert r.values["sup_rate"] == pytest.approx(50 / 90 * 100)
    assert r.remaining_m2 == pytest.approx(40 * HA)


def test_empty_zone_gives_nulls_not_errors():
    m = ZoneMeasures(zone_m2=0.0, unbuildable_m2=0.0, supplied_m2=0.0, built_m2=0.0, industrial_m2=0.0,
                     floor_m2=0.0, footprint_m2=0.0, ind_floor_m2=0.0, ind_footprint_m2=0.0, invest_wan=0.0,
                     invest_m2=0.0, tax_wan=0.0, tax_m2=0.0, idle_m2=0.0, recent_supply_m2=0.0,
                     intensity_gap_m2=0.0)
    r = evaluate_zone(m, EXAMPLE)
    for key in ev.INDICATOR_KEYS:
        if key != "yrs_left":
            assert r.values[key] is None, key
    assert r.values["yrs_left"] == 0.0  # nothing left to supply
    assert r.score is None
    assert "无法计算集约度" in ev.evaluation_note(r, EXAMPLE)
    cols = evaluate_zones({k: [getattr(m, k)] for k in ev.MEASURE_KEYS}, EXAMPLE)
    assert np.isnan(cols["score"][0]) and np.isnan(cols["sup_rate"][0])


def test_no_industrial_land_industrial_rates_null_and_weight_redistributed():
    m = ZoneMeasures(**{**ZONE_A.__dict__, "industrial_m2": 0.0, "ind_floor_m2": 0.0, "ind_footprint_m2": 0.0})
    r = evaluate_zone(m, EXAMPLE)
    assert r.values["ind_share"] == 0.0          # a real 0 %: there is construction land
    assert r.values["far_ind"] is None and r.values["cov_ind"] is None
    assert r.missing == ["far_ind", "cov_ind"]
    note = ev.evaluation_note(r, EXAMPLE)
    assert "工业用地综合容积率" in note and "工业用地建筑系数" in note and "按比例分配" in note
    # the remaining weights (0.85) are scaled up to 1
    kept = {k: s for k, s in EXAMPLE.indicators.items() if k not in ("far_ind", "cov_ind")}
    expected = 100 * sum(s.weight * r.attainment[k] for k, s in kept.items()) / sum(s.weight for s in kept.values())
    assert r.score == pytest.approx(expected)


def test_layers_not_given_are_null():
    m = ZoneMeasures(zone_m2=50 * HA, unbuildable_m2=0.0, built_m2=20 * HA, industrial_m2=15 * HA)
    r = evaluate_zone(m, EXAMPLE)
    assert r.values["ind_share"] == pytest.approx(75.0)
    for key in ("sup_rate", "built_rate", "far_all", "bld_dens", "inv_ha", "tax_ha", "idle_rate", "yrs_left"):
        assert r.values[key] is None
    assert r.score == pytest.approx(100.0)  # only ind_share computable, fully attained
    assert r.pot_ext is None and r.pot_mgmt is None and r.pot_int is None


def test_no_recent_supply_years_left_null_but_nothing_left_is_zero():
    m = ZoneMeasures(**{**ZONE_A.__dict__, "recent_supply_m2": 0.0})
    assert evaluate_zone(m, EXAMPLE).values["yrs_left"] is None
    m = ZoneMeasures(**{**ZONE_A.__dict__, "supplied_m2": 85 * HA})  # more than ready
    r = evaluate_zone(m, EXAMPLE)
    assert r.values["yrs_left"] == 0.0 and r.pot_ext == 0.0


def test_unbuildable_larger_than_zone_clamps_to_zero():
    m = ZoneMeasures(zone_m2=10.0, unbuildable_m2=12.0, supplied_m2=1.0)
    r = evaluate_zone(m, EXAMPLE)
    assert r.buildable_m2 == 0.0 and r.values["sup_rate"] is None


# ---- attainment / score ---------------------------------------------------------------------

@pytest.mark.parametrize("actual, ideal, direction, expected", [
    (50, 100, "higher", 0.5), (100, 100, "higher", 1.0), (150, 100, "higher", 1.0), (-5, 100, "higher", 0.0),
    (0, 100, "higher", 0.0), (2, 1, "lower", 0.5), (1, 1, "lower", 1.0), (0.5, 1, "lower", 1.0),
    (0, 0, "lower", 1.0), (3, 0, "lower", 0.0), (None, 1, "higher", None),
])
def test_attainment(actual, ideal, direction, expected):
    got = ev.attainment(actual, ideal, direction)
    assert got == (pytest.approx(expected) if expected is not None else None)
    col = ev.attainment_columns([actual], ideal, direction)[0]
    assert (np.isnan(col) and expected is None) or col == pytest.approx(expected)


def test_score_weights_need_not_sum_to_one():
    s = spec(far_all={"ideal": 1, "weight": 2}, bld_dens={"ideal": 40, "weight": 6})
    assert ev.score_of({"far_all": 0.5, "bld_dens": 1.0}, s) == pytest.approx(100 * (1 + 6) / 8)
    assert ev.score_of({"far_all": None, "bld_dens": 0.25}, s) == pytest.approx(25.0)
    assert ev.score_of({}, s) is None


# ---- per-feature rules ----------------------------------------------------------------------

def test_supply_window():
    assert ev.supply_window(dt.date(2025, 12, 31), 3) == (2023, 2025)
    assert ev.supply_window(dt.date(2025, 12, 30), 3) == (2022, 2024)
    assert ev.supply_window(dt.date(2025, 1, 1), 5) == (2020, 2024)
    assert ev.supply_window("2025年6月30日", 1) == (2024, 2024)


@pytest.mark.parametrize("raw, kind, window", [
    ("2024-05-01", "dated", True), ("2021.12.31", "dated", False), ("2022.1.1", "dated", True), ("2025年6月30日", "dated", False),
    ("2026-01-01", "future", False), (None, "undated", False), ("待定", "undated", False),
    (45000, "dated", True),  # Excel serial 2023-03-15
])
def test_supply_status(raw, kind, window):
    as_of = dt.date(2025, 6, 30)  # window 2022–2024
    k, w, problem = ev.supply_status(raw, as_of, 3)
    assert (k, w) == (kind, window)
    assert (problem is not None) == (raw == "待定")
    kinds, wins = ev.supply_status_columns([raw], as_of, 3)
    assert kinds[0] == kind and bool(wins[0]) == window


@pytest.mark.parametrize("floor_area, floors, footprint, expected, problem", [
    (3000, 2, 1000, 3.0, False), (None, 4, 1000, 4.0, False), ("1,500", None, 500, 3.0, False),
    ("N/A", "３", 100, 3.0, True), (-10, 2, 100, 2.0, True), (None, -1, 100, None, True),
    (None, None, 100, None, False), (500, None, 0, None, False), (0, 5, 100, 0.0, False),
])
def test_floor_density(floor_area, floors, footprint, expected, problem):
    d, p = ev.floor_density(floor_area, floors, footprint)
    assert d == (pytest.approx(expected) if expected is not None else None)
    assert (p is not None) == problem
    col = ev.floor_density_columns([floor_area], [floors], [footprint])[0]
    assert (np.isnan(col) and expected is None) or col == pytest.approx(expected)


@pytest.mark.parametrize("area, far, ideal, expected", [
    (1000, 0.5, 1.0, 500.0), (1000, 1.0, 1.0, 0.0), (1000, 1.4, 1.0, 0.0), (1000, None, 1.0, None),
    (1000, "0.25", 1.0, 750.0), (1000, -1, 1.0, None), (1000, 0.5, None, None), (1000, "无", 1.0, None),
])
def test_intensity_gap(area, far, ideal, expected):
    got = ev.intensity_gap(area, far, ideal)
    assert got == (pytest.approx(expected) if expected is not None else None)
    col = ev.intensity_gap_columns([area], [far], ideal)[0]
    assert (np.isnan(col) and expected is None) or col == pytest.approx(expected)


@pytest.mark.parametrize("raw, expected", [(1, True), ("1", True), (1.0, True), (True, True), (0, False),
                                           (None, False), ("是", False), ("１", True), (False, False)])
def test_flag_is_set(raw, expected):
    assert ev.flag_is_set(raw) is expected
    assert ev.flag_is_set_columns([raw])[0] == expected


@pytest.mark.parametrize("code, expected", [("1101", True), (1101, True), ("1106", True), ("1104", False),
                                            ("0101", False), (None, False), ("１１０８", True), ("1110 冰川", True)])
def test_unbuildable_codes(code, expected):
    assert ev.is_unbuildable(code) is expected
    assert ev.is_unbuildable_columns([code])[0] == expected
    assert ev.is_unbuildable("1104", ["11*"]) is True


def test_money_total_from_total_or_per_mu():
    assert ev.money_total("1,200", None, 0)[0] == 1200.0
    assert ev.money_total(None, 30, 10000 / 15 * 2)[0] == pytest.approx(60.0)
    value, problem = ev.money_total(-5, None, 100)
    assert value is None and "负数" in str(problem)
    assert ev.money_total(None, None, 100) == (None, None)


def test_report_rows_layout():
    r = evaluate_zone(ZONE_A, EXAMPLE)
    rows = ev.report_rows(["甲园区", "乙园区"], [r, r], EXAMPLE)
    assert rows[0] == ["序号", "指标", "单位", "理想值", "权重", "甲园区", "乙园区"]
    by_name = {row[1]: row for row in rows[1:]}
    assert [row[0] for row in rows[1:]] == list(range(1, len(rows)))
    assert rows[1][:3] == [1, "开发区土地总面积", "公顷"] and rows[1][5] == pytest.approx(100.0)
    assert by_name["可开发建设土地"][5] == pytest.approx(90.0)
    assert by_name["近年年均供地"][5] == pytest.approx(4.0)
    assert by_name["土地供应率"][2:5] == ["%", 95, 0.1]
    assert by_name["土地供应率"][5] == pytest.approx(62.5)
    assert by_name["尚可供地年数"][3] is None
    assert by_name["集约度得分"][5] == pytest.approx(r.score)
    assert [row[1] for row in rows[-3:]] == ["扩展潜力", "强度潜力", "管理潜力"]


# ---- row == columnar ------------------------------------------------------------------------

area = st.one_of(st.none(), st.just(0.0), st.floats(min_value=0, max_value=1e7, allow_nan=False))
money = st.one_of(st.none(), st.just(0.0), st.floats(min_value=0, max_value=1e6, allow_nan=False))


@st.composite
def measures(draw):
    m = {k: draw(money if k in ("invest_wan", "tax_wan") else area) for k in ev.MEASURE_KEYS}
    m["zone_m2"] = draw(st.floats(min_value=0, max_value=1e7, allow_nan=False))
    return ZoneMeasures(**m)


def _same(row_value, col_value):
    if row_value is None:
        return np.isnan(col_value)
    return not np.isnan(col_value) and math.isclose(row_value, col_value, rel_tol=1e-9, abs_tol=1e-9)


@settings(max_examples=200, deadline=None)
@given(st.lists(measures(), min_size=1, max_size=6), st.integers(min_value=1, max_value=6))
def test_row_equals_columnar(zones, years):
    cols = evaluate_zones({k: [getattr(z, k) for z in zones] for k in ev.MEASURE_KEYS}, EXAMPLE, years)
    for i, z in enumerate(zones):
        r = evaluate_zone(z, EXAMPLE, years)
        for key in ev.INDICATOR_KEYS:
            assert _same(r.values[key], cols[key][i]), key
        for key in EXAMPLE.indicators:
            assert _same(r.attainment[key], cols["r_" + key][i]), key
        assert _same(r.score, cols["score"][i])
        for key in ("pot_ext", "pot_int", "pot_mgmt"):
            assert _same(getattr(r, key), cols[key][i]), key
        if r.score is not None:
            assert 0.0 <= r.score <= 100.0 + 1e-9


messy = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 10 ** 6),
                  st.sampled_from(["1,234.5", "N/A", "１２３", "－", "", " 7 ", "3%", "无", "0", "-2", "1e3"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(messy, messy, st.floats(min_value=0, max_value=1e5, allow_nan=False)), min_size=1,
                max_size=8))
def test_feature_rules_row_equals_columnar(rows):
    fa, fl, fp = zip(*rows)
    dens = ev.floor_density_columns(fa, fl, fp)
    gaps = ev.intensity_gap_columns(fp, fa, 1.2)
    money_col = ev.money_total_columns(fa, fl, fp)
    flags = ev.flag_is_set_columns(fa)
    for i, (a, f, p) in enumerate(rows):
        assert _same(ev.floor_density(a, f, p)[0], dens[i])
        assert _same(ev.intensity_gap(p, a, 1.2), gaps[i])
        assert _same(ev.money_total(a, f, p)[0], money_col[i])
        assert ev.flag_is_set(a) == flags[i]


dates = st.one_of(st.none(), st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2027, 12, 31)),
                  st.sampled_from(["2024-12-31", "2023年1月1日", "20221231", "待定", "", "45000", "2025.13.1"]),
                  st.integers(40000, 47000))


@settings(max_examples=200, deadline=None)
@given(st.lists(dates, min_size=1, max_size=8), st.dates(min_value=dt.date(2020, 1, 1),
                                                          max_value=dt.date(2026, 12, 31)), st.integers(1, 5))
def test_supply_status_row_equals_columnar(raws, as_of, years):
    kinds, wins = ev.supply_status_columns(raws, as_of, years)
    for i, raw in enumerate(raws):
        k, w, _ = ev.supply_status(raw, as_of, years)
        assert kinds[i] == k and bool(wins[i]) == w


@pytest.mark.parametrize("code, flags", [
    ("0601", ev.LAND_BUILT | ev.LAND_INDUSTRIAL), (601, ev.LAND_BUILT | ev.LAND_INDUSTRIAL),
    ("0508", ev.LAND_BUILT | ev.LAND_INDUSTRIAL), ("0701", ev.LAND_BUILT), ("0101", 0),
    ("1101", ev.LAND_UNBUILDABLE), ("1106", ev.LAND_UNBUILDABLE), ("1109", ev.LAND_BUILT),
    ("9999", ev.LAND_UNKNOWN), (None, ev.LAND_UNKNOWN),
])
def test_land_classes(code, flags):
    from landplan_plugin.core import landuse
    preset = landuse.load_preset("sandiao_2017")
    assert ev.land_classes(code, preset) == flags
    assert ev.land_classes_columns([code, "0601"], preset)[0] == flags
    only = ev.land_classes("0508", preset, variant="industrial_only")
    assert only == ev.LAND_BUILT


def test_supply_buckets():
    assert ev.supply_buckets(ev.SUPPLIED_FUTURE, False) == ()
    assert ev.supply_buckets(ev.SUPPLIED_UNDATED, False) == ("supplied",)
    assert ev.supply_buckets(ev.SUPPLIED_DATED, True) == ("supplied", "recent")

"""开发区土地集约利用评价 without QGIS: hand-computed layouts (a batch of one zone or
feature) and properties of the batch functions."""
import datetime as dt
import os

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from landplan_plugin.core import evaluation as ev
from landplan_plugin.core.evaluation import evaluate_zones

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = ev.load_evaluation("example_tdt1029")


def spec(**indicators):
    return ev.evaluation_from_dict({"id": "t", "name": "t", "indicators": indicators})


class One:
    """evaluate_zones of one zone, read like a record: ``values[key]``, ``attainment[key]``,
    ``score``, ``pot_*``, ``buildable_m2`` … (NaN as None), ``missing``, ``note``."""

    def __init__(self, measures, evaluation=None, supply_years=3):
        evaluation = evaluation or EXAMPLE
        cols = evaluate_zones({k: [v] for k, v in measures.items()}, evaluation, supply_years)
        self.cols = cols
        value = {k: None if np.isnan(v[0]) else float(v[0]) for k, v in cols.items()}
        self.values = {k: value[k] for k in ev.INDICATOR_KEYS}
        self.attainment = {k: value["r_" + k] for k in evaluation.indicators}
        self.missing = [k for k in evaluation.indicators if self.values[k] is None]
        self.note = ev.evaluation_notes(cols, evaluation)[0]
        for k in ("score", "buildable_m2", "remaining_m2", "mean_supply_m2", "pot_ext", "pot_int", "pot_mgmt"):
            setattr(self, k, value[k])


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
ZONE_A = dict(zone_m2=100 * HA, unbuildable_m2=10 * HA, ready_m2=80 * HA, supplied_m2=50 * HA,
              built_m2=60 * HA, industrial_m2=30 * HA, floor_m2=24 * HA, footprint_m2=12 * HA,
              ind_floor_m2=15 * HA, ind_footprint_m2=9 * HA, invest_wan=90000.0, invest_m2=20 * HA,
              tax_wan=6000.0, tax_m2=15 * HA, idle_m2=2 * HA, recent_supply_m2=12 * HA,
              intensity_gap_m2=4 * HA)


def test_zone_a_every_indicator_by_hand():
    r = One(ZONE_A, EXAMPLE, supply_years=3)
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
    assert a["built_rate"] is None and a["inv_ha"] == 1.0       # 120 %: 待核实, never capped to 1.00
    assert a["ind_share"] == pytest.approx(50 / 60)
    assert a["far_all"] == pytest.approx(0.4) and a["bld_dens"] == pytest.approx(0.5)
    assert a["far_ind"] == pytest.approx(0.5) and a["cov_ind"] == pytest.approx(0.6)
    assert a["tax_ha"] == pytest.approx(400 / 450)
    assert a["idle_rate"] == pytest.approx(1 / 4)             # lower is better: ideal ÷ actual
    expected = 100 * (0.1 * 62.5 / 95 + 0.1 * 50 / 60 + 0.1 * 0.4 + 0.05 * 0.5 + 0.1 * 0.5
                      + 0.05 * 0.6 + 0.15 * 1 + 0.15 * 400 / 450 + 0.1 * 0.25) / 0.9   # 土地建成率 left out
    assert r.score == pytest.approx(expected)
    assert r.missing == [] and r.note == "数据不一致：土地建成率 120.0%超过100%，实现度待核实，未计入集约度"
    assert [r.cols[k + "_ha"][0] for k in ev.BASE_AREAS] == pytest.approx([100, 90, 80, 50, 60, 30, 2, 4])


def test_a_rate_above_100_is_a_data_inconsistency_not_capped():
    # 土地建成率 601.9 % of the old demo: built land six times the supply records alone
    r = One({**ZONE_A, "supplied_m2": 10 * HA, "idle_m2": 12 * HA})
    assert r.values["built_rate"] == pytest.approx(600.0) and r.values["idle_rate"] == pytest.approx(120.0)
    assert r.attainment["built_rate"] is None and r.attainment["idle_rate"] is None
    assert r.attainment["sup_rate"] == pytest.approx(12.5 / 95)          # 12.5 %: a plain rate, kept
    kept = {k: s for k, s in EXAMPLE.indicators.items() if k not in ("built_rate", "idle_rate")}
    expected = 100 * sum(s.weight * r.attainment[k] for k, s in kept.items()) / sum(s.weight for s in kept.values())
    assert r.score == pytest.approx(expected)
    assert "数据不一致：土地建成率 600.0%、土地闲置率 120.0%超过100%" in r.note and "未计入集约度" in r.note
    exactly = One({**ZONE_A, "supplied_m2": 60 * HA})                    # 100 % is consistent
    assert exactly.attainment["built_rate"] == 1.0 and exactly.note == ""
    assert "土地建成率 = 已建成城镇建设用地 ÷ 已供应国有建设用地" in "\n".join(ev.definition_lines())
    assert ev.definition_lines(["idle_rate"])[0].startswith("已供应国有建设用地 = 供地记录 ∪ 登记宗地")


def test_without_ready_the_buildable_land_is_the_base():
    r = One({**ZONE_A, "ready_m2": None})
    assert r.values["sup_rate"] == pytest.approx(50 / 90 * 100)
    assert r.remaining_m2 == pytest.approx(40 * HA)


def test_empty_zone_gives_nulls_not_errors():
    m = dict(zone_m2=0.0, unbuildable_m2=0.0, supplied_m2=0.0, built_m2=0.0, industrial_m2=0.0,
             floor_m2=0.0, footprint_m2=0.0, ind_floor_m2=0.0, ind_footprint_m2=0.0, invest_wan=0.0,
             invest_m2=0.0, tax_wan=0.0, tax_m2=0.0, idle_m2=0.0, recent_supply_m2=0.0,
             intensity_gap_m2=0.0)
    r = One(m, EXAMPLE)
    for key in ev.INDICATOR_KEYS:
        if key != "yrs_left":
            assert r.values[key] is None, key
    assert r.values["yrs_left"] == 0.0  # nothing left to supply
    assert r.score is None
    assert "无法计算集约度" in r.note


def test_no_industrial_land_industrial_rates_null_and_weight_redistributed():
    r = One({**ZONE_A, "industrial_m2": 0.0, "ind_floor_m2": 0.0, "ind_footprint_m2": 0.0})
    assert r.values["ind_share"] == 0.0          # a real 0 %: there is construction land
    assert r.values["far_ind"] is None and r.values["cov_ind"] is None
    assert r.missing == ["far_ind", "cov_ind"]
    note = r.note
    assert "工业用地综合容积率" in note and "工业用地建筑系数" in note and "按比例分配" in note
    # the remaining weights (0.85) are scaled up to 1
    kept = {k: s for k, s in EXAMPLE.indicators.items() if r.attainment[k] is not None}
    assert set(EXAMPLE.indicators) - set(kept) == {"far_ind", "cov_ind", "built_rate"}
    expected = 100 * sum(s.weight * r.attainment[k] for k, s in kept.items()) / sum(s.weight for s in kept.values())
    assert r.score == pytest.approx(expected)


def test_layers_not_given_are_null():
    r = One(dict(zone_m2=50 * HA, unbuildable_m2=0.0, built_m2=20 * HA, industrial_m2=15 * HA))
    assert r.values["ind_share"] == pytest.approx(75.0)
    for key in ("sup_rate", "built_rate", "far_all", "bld_dens", "inv_ha", "tax_ha", "idle_rate", "yrs_left"):
        assert r.values[key] is None
    assert r.score == pytest.approx(100.0)  # only ind_share computable, fully attained
    assert r.pot_ext is None and r.pot_mgmt is None and r.pot_int is None


def test_no_recent_supply_years_left_null_but_nothing_left_is_zero():
    assert One({**ZONE_A, "recent_supply_m2": 0.0}).values["yrs_left"] is None
    r = One({**ZONE_A, "supplied_m2": 85 * HA})  # more than ready
    assert r.values["yrs_left"] == 0.0 and r.pot_ext == 0.0


def test_unbuildable_larger_than_zone_clamps_to_zero():
    r = One(dict(zone_m2=10.0, unbuildable_m2=12.0, supplied_m2=1.0))
    assert r.buildable_m2 == 0.0 and r.values["sup_rate"] is None


# ---- attainment / score ---------------------------------------------------------------------

@pytest.mark.parametrize("actual, ideal, direction, expected", [
    (50, 100, "higher", 0.5), (100, 100, "higher", 1.0), (150, 100, "higher", 1.0), (-5, 100, "higher", 0.0),
    (0, 100, "higher", 0.0), (2, 1, "lower", 0.5), (1, 1, "lower", 1.0), (0.5, 1, "lower", 1.0),
    (0, 0, "lower", 1.0), (3, 0, "lower", 0.0), (None, 1, "higher", None),
])
def test_attainment(actual, ideal, direction, expected):
    col = ev.attainment_columns([actual], ideal, direction)[0]
    assert (np.isnan(col) and expected is None) or col == pytest.approx(expected)


def test_score_weights_need_not_sum_to_one():
    s = spec(far_all={"ideal": 1, "weight": 2}, bld_dens={"ideal": 40, "weight": 6})
    got = ev.score_columns({"far_all": np.array([0.5, np.nan]), "bld_dens": np.array([1.0, 0.25])}, s, 2)
    assert list(got) == pytest.approx([100 * (1 + 6) / 8, 25.0])
    assert np.isnan(ev.score_columns({}, s, 1)[0])


# ---- per-feature rules ----------------------------------------------------------------------

def test_supply_window():
    assert ev.supply_window(dt.date(2025, 12, 31), 3) == (2023, 2025)
    assert ev.supply_window(dt.date(2025, 12, 30), 3) == (2022, 2024)
    assert ev.supply_window(dt.date(2025, 1, 1), 5) == (2020, 2024)
    assert ev.supply_window("2025年6月30日", 1) == (2024, 2024)


@pytest.mark.parametrize("raw, kind, window", [
    ("2024-05-01", "dated", True), ("2021.12.31", "dated", False), ("2022.1.1", "dated", True),
    ("2025年6月30日", "dated", False),
    ("2026-01-01", "future", False), (None, "undated", False), ("待定", "undated", False),
    (45000, "dated", True),  # Excel serial 2023-03-15
])
def test_supply_status(raw, kind, window):
    as_of = dt.date(2025, 6, 30)  # window 2022–2024
    kinds, wins, problems = ev.supply_status_columns([raw], as_of, 3)
    assert kinds[0] == kind and bool(wins[0]) == window
    assert (0 in problems) == (raw == "待定")


@pytest.mark.parametrize("floor_area, floors, footprint, expected, problem", [
    (3000, 2, 1000, 3.0, False), (None, 4, 1000, 4.0, False), ("1,500", None, 500, 3.0, False),
    ("N/A", "３", 100, 3.0, True), (-10, 2, 100, 2.0, True), (None, -1, 100, None, True),
    (None, None, 100, None, False), (500, None, 0, None, False), (0, 5, 100, 0.0, False),
])
def test_floor_density(floor_area, floors, footprint, expected, problem):
    col, problems = ev.floor_density_columns([floor_area], [floors], [footprint])
    assert (np.isnan(col[0]) and expected is None) or col[0] == pytest.approx(expected)
    assert (0 in problems) == problem


@pytest.mark.parametrize("area, far, ideal, expected", [
    (1000, 0.5, 1.0, 500.0), (1000, 1.0, 1.0, 0.0), (1000, 1.4, 1.0, 0.0), (1000, None, 1.0, None),
    (1000, "0.25", 1.0, 750.0), (1000, -1, 1.0, None), (1000, 0.5, None, None), (1000, "无", 1.0, None),
])
def test_intensity_gap(area, far, ideal, expected):
    col = ev.intensity_gap_columns([area], [far], ideal)[0]
    assert (np.isnan(col) and expected is None) or col == pytest.approx(expected)


@pytest.mark.parametrize("raw, expected", [(1, True), ("1", True), (1.0, True), (True, True), (0, False),
                                           (None, False), ("是", False), ("１", True), (False, False)])
def test_flag_is_set(raw, expected):
    assert ev.flag_is_set_columns([raw])[0] == expected


@pytest.mark.parametrize("code, expected", [("1101", True), (1101, True), ("1106", True), ("1104", False),
                                            ("0101", False), (None, False), ("１１０８", True), ("1110 冰川", True)])
def test_unbuildable_codes(code, expected):
    assert ev.is_unbuildable_columns([code])[0] == expected
    assert ev.is_unbuildable_columns(["1104"], ["11*"])[0]


def test_money_total_from_total_or_per_mu():
    values, problems = ev.money_total_columns(["1,200", None, -5, None, None, "N/A"], [None, 30, None, None, -1, 2],
                                              [0, 10000 / 15 * 2, 100, 100, 100, 10000 / 15])
    assert values[:2] == pytest.approx([1200.0, 60.0]) and np.isnan(values[2:5]).all() and values[5] == 2.0
    assert sorted(problems) == [2, 4, 5] and "负数" in str(problems[2]) and "负数" in str(problems[4])
    assert "不是数字" in str(problems[5])      # the total's problem is kept though the per-mu value is used


def test_report_rows_layout():
    cols = evaluate_zones({k: [v, v] for k, v in ZONE_A.items()}, EXAMPLE)
    r = One(ZONE_A)
    rows = ev.report_rows(["甲园区", "乙园区"], cols, EXAMPLE)
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


# ---- properties of the batch functions ---------------------------------------------------------

area = st.one_of(st.none(), st.just(0.0), st.floats(min_value=0, max_value=1e7, allow_nan=False))
money = st.one_of(st.none(), st.just(0.0), st.floats(min_value=0, max_value=1e6, allow_nan=False))


@st.composite
def measures(draw):
    m = {k: draw(money if k in ("invest_wan", "tax_wan") else area) for k in ev.MEASURE_KEYS}
    m["zone_m2"] = draw(st.floats(min_value=0, max_value=1e7, allow_nan=False))
    return m


@settings(max_examples=100, deadline=None)
@given(st.lists(measures(), min_size=1, max_size=6), st.integers(min_value=1, max_value=6))
def test_evaluation_properties(zones, years):
    """Each zone is evaluated on its own measures (alone it gets the same values); 实现度 lie in
    0–1 and the score in 0–100, NULL exactly when no weighted indicator could be computed; an
    indicator is NULL when its denominator is missing or not positive."""
    cols = evaluate_zones({k: [z[k] for z in zones] for k in ev.MEASURE_KEYS}, EXAMPLE, years)
    for i, z in enumerate(zones):
        alone = evaluate_zones({k: [z[k]] for k in ev.MEASURE_KEYS}, EXAMPLE, years)
        for key, values in cols.items():
            assert values[i] == alone[key][0] or (np.isnan(values[i]) and np.isnan(alone[key][0])), key
        att = [cols["r_" + k][i] for k in EXAMPLE.indicators]
        assert all(0.0 <= a <= 1.0 for a in att if not np.isnan(a))
        computed = [k for k, s in EXAMPLE.indicators.items() if s.weight > 0 and not np.isnan(cols["r_" + k][i])]
        assert np.isnan(cols["score"][i]) == (not computed)
        if computed:
            assert 0.0 <= cols["score"][i] <= 100.0 + 1e-9
        if not (z["built_m2"] or 0) > 0:
            assert np.isnan(cols["ind_share"][i]) and np.isnan(cols["far_all"][i])
        if not (z["supplied_m2"] or 0) > 0:
            assert np.isnan(cols["built_rate"][i]) and np.isnan(cols["idle_rate"][i])


messy = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 10 ** 6),
                  st.sampled_from(["1,234.5", "N/A", "１２３", "－", "", " 7 ", "3%", "无", "0", "-2", "1e3"]))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(messy, messy, st.floats(min_value=0, max_value=1e5, allow_nan=False)), min_size=1,
                max_size=8))
def test_feature_rules_give_each_row_what_it_gets_alone(rows):
    """A batch gives each feature what a batch of it alone gives (values and problems); densities,
    gaps and amounts are never negative."""
    fa, fl, fp = (list(c) for c in zip(*rows))
    dens, dens_p = ev.floor_density_columns(fa, fl, fp)
    gaps = ev.intensity_gap_columns(fp, fa, 1.2)
    amounts, money_p = ev.money_total_columns(fa, fl, fp)
    flags = ev.flag_is_set_columns(fa)
    for i, (a, f, p) in enumerate(rows):
        d1, p1 = ev.floor_density_columns([a], [f], [p])
        m1, q1 = ev.money_total_columns([a], [f], [p])
        for batch, one in ((dens[i], d1[0]), (gaps[i], ev.intensity_gap_columns([p], [a], 1.2)[0]),
                           (amounts[i], m1[0])):
            assert batch == one or (np.isnan(batch) and np.isnan(one))
            assert np.isnan(batch) or batch >= 0
        assert dens_p.get(i) == p1.get(0) and money_p.get(i) == q1.get(0)
        assert flags[i] == ev.flag_is_set_columns([a])[0]


dates = st.one_of(st.none(), st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2027, 12, 31)),
                  st.sampled_from(["2024-12-31", "2023年1月1日", "20221231", "待定", "", "45000", "2025.13.1"]),
                  st.integers(40000, 47000))


@settings(max_examples=100, deadline=None)
@given(st.lists(dates, min_size=1, max_size=8), st.dates(min_value=dt.date(2020, 1, 1),
                                                          max_value=dt.date(2026, 12, 31)), st.integers(1, 5))
def test_supply_status_properties(raws, as_of, years):
    """Dated supplies after AS_OF are future (not supplied); the window holds dated supplies of the
    last ``years`` full years only; a record without a readable date counts as supplied."""
    from landplan_plugin.core.dates import parse_date
    kinds, wins, problems = ev.supply_status_columns(raws, as_of, years)
    first, last = ev.supply_window(as_of, years)
    buckets = ev.supply_buckets(kinds, wins)
    for i, raw in enumerate(raws):
        d, problem = parse_date(raw, "供地日期")
        assert (i in problems) == (problem is not None)
        if d is None:
            assert kinds[i] == ev.SUPPLIED_UNDATED and not wins[i]
        else:
            assert kinds[i] == (ev.SUPPLIED_FUTURE if d > as_of else ev.SUPPLIED_DATED)
            assert bool(wins[i]) == (d <= as_of and first <= d.year <= last)
        assert bool(buckets["supplied"][i]) == (kinds[i] != ev.SUPPLIED_FUTURE)
        assert bool(buckets["recent"][i]) == bool(wins[i])


@pytest.mark.parametrize("code, flags", [
    ("0601", ev.LAND_BUILT | ev.LAND_INDUSTRIAL), (601, ev.LAND_BUILT | ev.LAND_INDUSTRIAL),
    ("0508", ev.LAND_BUILT | ev.LAND_INDUSTRIAL), ("0701", ev.LAND_BUILT), ("0101", 0),
    ("1101", ev.LAND_UNBUILDABLE), ("1106", ev.LAND_UNBUILDABLE), ("1109", ev.LAND_BUILT),
    ("9999", ev.LAND_UNKNOWN), (None, ev.LAND_UNKNOWN),
])
def test_land_classes(code, flags):
    from landplan_plugin.core import landuse
    preset = landuse.load_preset("sandiao_2017")
    assert ev.land_classes_columns([code, "0601"], preset)[0] == flags
    assert ev.land_classes_columns(["0508"], preset, variant="industrial_only")[0] == ev.LAND_BUILT


def test_supply_buckets():
    got = ev.supply_buckets([ev.SUPPLIED_FUTURE, ev.SUPPLIED_UNDATED, ev.SUPPLIED_DATED], [False, False, True])
    assert [tuple(b for b in ev.SUPPLY_BUCKETS if got[b][i]) for i in range(3)] == \
        [(), ("supplied",), ("supplied", "recent")]


def test_parcel_sums_and_unknown_codes():
    """A parcel crossing the zone edge brings its share of the totals; the gap sums per zone."""
    out = ev.parcel_sums([0, 1, 0], 2, [500.0, 500.0, 100.0], [1000.0, 1000.0, 100.0], [100.0, 100.0, np.nan],
                         [np.nan, np.nan, 8.0], [0.5, 0.5, "x"], 1.0)
    assert list(out["invest_wan"]) == [50.0, 50.0] and list(out["tax_wan"]) == [8.0, 0.0]
    assert list(out["intensity_gap_m2"]) == [250.0, 250.0]
    assert ev.unknown_code_areas(["9999", None, "9999", ""], [1.0, 2.0, 3.0, 4.0]) == {"9999": 4.0, "(空)": 6.0}
    assert ev.unknown_code_areas([], []) == {}


def test_evaluation_setup_says_what_a_run_lacks():
    setup = ev.evaluation_setup(EXAMPLE, {"SUPPLIED": ["GDRQ"], "IDLE": ["IDLE_FLAG"], "READY": []})
    assert setup.warnings() == [ev.EXAMPLE_FILE, ev.NO_SUPPLY_DATE]
    assert setup.measures("IDLE") and setup.measures("SUPPLIED") and not setup.measures("PARCELS")
    setup = ev.evaluation_setup(spec(far_all={"ideal": 1, "weight": 1}), {"SUPPLIED": ["GDRQ"], "IDLE": ["x"]}, "GDRQ")
    assert setup.warnings() == [ev.NO_IDLE_FLAG] and not setup.measures("IDLE") and setup.has("supply_date")

"""score_columns on random messy inputs (never raises, consistent outputs, a batch scores each parcel
as a batch of one would), examples of the whole rule, and the run-level rules (area unit, coverage
as fraction, field picking, summary). No QGIS."""
import math
from collections import Counter

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from landplan_plugin.core import scoring
import datetime as dt

from landplan_plugin.core.scoring import (AREA, COMPLETION, INDUSTRY, OUTPUT_FIELDS, REGION, STATUS, SUPPLY_DATE,
                                          TOTAL_ROLES, ScoringSetup, score_columns)
from landplan_plugin.core.standards import INDICATORS, load_preset
from landplan_plugin.core.units import (M2_PER_MU, UNIT_ADOPTED, UNIT_AS_GIVEN, UNIT_CONFLICT, choose_area_unit,
                                        detect_area_unit)

STANDARDS = {pid: load_preset(pid) for pid in ("puyang_other", "puyang_etdz", "zhengzhou_industry")}
THRESHOLD_VALUES = sorted({v for std in STANDARDS.values() for v in std.thresholds.values()}
                          | {r.far for r in STANDARDS["zhengzhou_industry"].industry_rows.values() if r.far}
                          | {v for r in STANDARDS["zhengzhou_industry"].industry_rows.values()
                             for v in r.invest_per_mu.values()})
FIELD_NAMES = {"tax_per_mu": "亩均税收", "invest_per_mu": "投资强度", "far": "容积率", "coverage": "建筑系数",
               "tax": "税收总额", "invest": "固定资产投资", "floor_area": "总建筑面积", "footprint": "建筑占地面积",
               AREA: "用地面积", INDUSTRY: "行业代码", REGION: "区域类别", STATUS: "生产状态",
               SUPPLY_DATE: "供地日期", COMPLETION: "约定竣工日期"}

texts = st.sampled_from(["1,234.5", "N/A", "－", "１２３", "１２３．５", "45%", "", "  ", "无", "0", "-3", "abc",
                         "0.6", "1.5", "120", "40", "nan", "inf", "1e3", "0.45"])
thresholdish = st.sampled_from(THRESHOLD_VALUES).flatmap(
    lambda t: st.sampled_from([t, t * (1 - 1e-12), t * (1 + 1e-12), t * 0.999, t * 1.001, t / 15 * 15]))
numbers = st.one_of(st.none(), thresholdish, st.floats(-10, 5000, allow_nan=False),
                    st.integers(-5, 300), texts, st.just(0.0), st.just(float("nan")), st.just(float("inf")),
                    st.booleans())
codes = st.one_of(st.none(), st.sampled_from(["2611", "C3011", "39", "3911", "52", "x", "", "13"]),
                  st.sampled_from([26, 39, 3011, 52, 26.0, 611]))
regions = st.one_of(st.none(), st.sampled_from(["郑州市区", "其他区域", "市区", "其他", "某地", ""]))
statuses = st.one_of(st.none(), st.sampled_from(["已停产", "未停产", "正常生产", "停工", "关停整顿", "非停建", 3, "",
                                                  "在建", "非在建", "建设中"]))
dates = st.one_of(st.none(), st.sampled_from(["2020-05-01", "2023-06-30", "待定", "", "2026/1/1"]),
                  st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)))
notes = st.one_of(st.none(), st.sampled_from(["几何无效（自相交等），已用 make-valid 修复", "几何无效且无法修复"]))


@st.composite
def setups(draw):
    std = STANDARDS[draw(st.sampled_from(sorted(STANDARDS)))]
    roles = [r for r in scoring.INPUT_ROLES if draw(st.booleans())]
    for key in INDICATORS:  # a run always has a source for every indicator
        if key not in roles and TOTAL_ROLES[key] not in roles:
            roles.append(draw(st.sampled_from([key, TOTAL_ROLES[key]])))
    return ScoringSetup(
        standard=std, fields={r: FIELD_NAMES[r] for r in roles},
        mode=draw(st.sampled_from(scoring.SCORING_MODES)),
        cutoff=draw(st.sampled_from([None, 0.7, 0.6, 0.55, 0.85, 1.0])),
        area_unit=draw(st.sampled_from(["m2", "mu", "ha"])),
        fixed_region=draw(st.sampled_from(scoring.REGION_CLASSES)),
        status_values=draw(st.sampled_from([(), ("停产", "停建", "停工", "关停")])),
        phaseout_codes=draw(st.sampled_from([(), ("25",), ("C30", "26")])),
        coverage_scale=draw(st.sampled_from([1.0, 100.0])),
        construction_values=draw(st.sampled_from([(), ("在建", "建设中")])),
        construction_years=draw(st.sampled_from([3, 2, 1.5])),
        as_of=draw(st.sampled_from([None, dt.date(2025, 12, 31)])))


def role_strategy(role):
    return {INDUSTRY: codes, REGION: regions, STATUS: statuses, SUPPLY_DATE: dates,
            COMPLETION: dates}.get(role, numbers)


@st.composite
def batches(draw, max_rows=12):
    setup = draw(setups())
    n = draw(st.integers(0, max_rows))
    columns = {role: [draw(role_strategy(role)) for _ in range(n)] for role in setup.fields}
    empty = [draw(st.booleans()) and draw(st.booleans()) for _ in range(n)]
    area = [draw(st.one_of(st.floats(-100, 1e6, allow_nan=False), st.just(0.0), st.just(10000.0))) for _ in range(n)]
    note = [draw(notes) for _ in range(n)]
    return setup, n, columns, empty, area, note


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    return type(a) is type(b) and a == b


def score(setup, n, columns, empty, area, note, counts=None):
    return score_columns(setup, columns, n=n, geom_area_m2=np.array([np.nan if e else a for e, a in zip(empty, area)]),
                         geom_empty=np.array(empty, dtype=bool), geom_note=note, counts=counts)


def rows_of(res, n):
    return [{name: scoring.column_values(res, name)[i] for name in OUTPUT_FIELDS} for i in range(n)]


def assert_consistent(setup, row):
    """What every output row satisfies, whatever the input."""
    flag, kind, reason = row["ie_flag"], row["ie_type"], row["ie_reason"]
    assert flag in (1, 0, None) and isinstance(reason, str) and reason
    assert row["ie_std"] and row["ie_std"].startswith(setup.standard.id)
    if flag is None:
        assert kind == "待核实" and row["ie_score"] is None and reason.startswith("待核实")
    elif flag == 0 and kind == "在建未达产":  # under construction, within its period: not scored
        assert row["ie_score"] is None and "在建设期内" in reason
    elif flag == 0:
        assert kind is None and row["ie_score"] >= setup.cutoff - 1e-9
    else:
        assert kind and set(kind.split("、")) <= {"粗放用地类", "停建停产类", "产业转型类"}
        assert ("粗放用地类" in kind) == (row["ie_score"] is not None and row["ie_score"] < setup.cutoff - 1e-9)
    if row["ie_score"] is not None:
        assert 0.0 <= row["ie_score"] <= 1.0 + 1e-9
        assert all(row[p] is not None for p in ("ie_taxpt", "ie_invpt", "ie_farpt", "ie_covpt"))
    if row["ie_areamu"] is not None:
        assert row["ie_areamu"] >= 0  # > 0 m², but 1e-320 m² is 0 亩


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches())
def test_messy_batches_score_each_parcel_as_a_batch_of_one(batch):
    """Object columns of messy values: every row is consistent, and scoring the batch gives each
    parcel what a batch of one gives it (the per-value caches and the short path do not leak
    between rows), problems counted alike."""
    setup, n, columns, empty, area, note = batch
    cols = {}
    for role, col in columns.items():
        arr = np.empty(n, dtype=object)
        arr[:] = col
        cols[role] = arr
    counts = {}
    whole = rows_of(score(setup, n, cols, empty, area, note, counts), n)
    one_by_one = Counter()
    for i in range(n):
        single = {}
        alone = rows_of(score(setup, 1, {r: c[i:i + 1] for r, c in cols.items()}, empty[i:i + 1], area[i:i + 1],
                              note[i:i + 1], single), 1)[0]
        one_by_one.update(single)
        assert_consistent(setup, whole[i])
        for name in OUTPUT_FIELDS:
            assert same(whole[i][name], alone[name]), (name, i, whole[i][name], alone[name])
    assert Counter(counts) == one_by_one


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches())
def test_lists_and_float_columns_read_as_object_columns(batch):
    """Plain lists work as columns; a float array's NaN is NULL (None in an object column)."""
    setup, n, columns, empty, area, note = batch
    floats_cols, object_cols = dict(columns), {}
    numeric_roles = [r for r in columns if r not in (INDUSTRY, REGION, STATUS)]
    for role in numeric_roles[:2]:
        floats = [v if isinstance(v, float) and math.isfinite(v) else np.nan for v in columns[role]]
        floats_cols[role] = np.array(floats, dtype=np.float64)
        columns = dict(columns, **{role: [None if v != v else v for v in floats]})
    for role, col in columns.items():
        arr = np.empty(n, dtype=object)
        arr[:] = col
        object_cols[role] = arr
    got = rows_of(score(setup, n, floats_cols, empty, area, note), n)
    want = rows_of(score(setup, n, object_cols, empty, area, note), n)
    for i in range(n):
        for name in OUTPUT_FIELDS:
            assert same(got[i][name], want[i][name]), (name, i)


def _setup(**kw):
    fields = {k: FIELD_NAMES[k] for k in kw.pop("roles", INDICATORS)}
    return ScoringSetup(standard=kw.pop("standard", STANDARDS["puyang_other"]), fields=fields, **kw)


def _one(setup, **raw):
    res = score_columns(setup, {r: np.array([raw.get(r)], dtype=object) for r in setup.fields}, n=1,
                        geom_area_m2=np.array([raw.pop("_area", 10000.0)]), geom_empty=np.array([False]))
    return {k: scoring.column_values(res, k)[0] for k in OUTPUT_FIELDS}


T = {"tax_per_mu": 1.5, "invest_per_mu": 120.0, "far": 0.6, "coverage": 40.0}


def test_point_four_plus_point_three_is_not_below_the_cutoff():
    out = _one(_setup(), **dict(T, far=0.3, coverage=20.0))
    assert out["ie_score"] == 0.7 and out["ie_flag"] == 0 and out["ie_type"] is None
    assert out["ie_reason"].startswith("综合得分 0.70 ≥ 0.7；未达标：容积率 0.30 < 0.6")


def test_exact_thresholds_pass_and_text_numbers_are_read():
    out = _one(_setup(), tax_per_mu="1.5", invest_per_mu="１２０", far=0.6, coverage="40%")
    assert out["ie_flag"] == 0 and out["ie_score"] == 1.0 and out["ie_tax"] == 1.5 and out["ie_cov"] == 40.0


def test_placeholder_is_named_and_undetermined():
    out = _one(_setup(), **dict(T, tax_per_mu="N/A"))
    assert out["ie_flag"] is None and out["ie_type"] == "待核实" and out["ie_taxpt"] is None
    assert "字段「亩均税收」值「N/A」不是数字" in out["ie_reason"] and "缺少亩均税收" in out["ie_reason"]


@pytest.mark.parametrize("area", [0.0, -3.0])
def test_zero_or_negative_area_overrides_a_passing_score(area):
    setup = _setup(roles=INDICATORS + (AREA,), area_unit="mu")
    out = _one(setup, **dict(T, area=area))
    assert out["ie_flag"] is None and out["ie_type"] == "待核实" and out["ie_score"] is None
    assert out["ie_reason"].startswith("待核实：字段「用地面积」值「%s」：用地面积不大于0；指标计算仅供参考" % area)
    assert out["ie_taxpt"] == 0.4 and out["ie_areamu"] is None  # indicators still written for reference


def test_zero_area_does_not_unflag_a_halted_parcel():
    setup = _setup(roles=INDICATORS + (AREA, STATUS), status_values=("停产",))
    out = _one(setup, **dict(T, area=0, status="已停产"))
    assert out["ie_flag"] == 1 and out["ie_type"] == "停建停产类"
    assert out["ie_reason"].endswith("字段「用地面积」值「0」：用地面积不大于0")


def test_totals_are_the_per_row_fallback_through_indicators_from_totals():
    setup = _setup(roles=INDICATORS + ("tax",))
    out = _one(setup, **dict(T, tax_per_mu=None, tax=22.5))  # 22.5 万元 on 15 亩
    assert out["ie_tax"] == scoring.indicators_from_totals(10000.0, tax=22.5)["tax_per_mu"]
    assert out["ie_flag"] == 0
    out = _one(setup, **dict(T, tax_per_mu=0.5, tax=22.5))  # precomputed wins
    assert out["ie_tax"] == 0.5 and out["ie_flag"] == 1


def test_types_combine():
    setup = _setup(roles=INDICATORS + (INDUSTRY, STATUS), status_values=("停产",), phaseout_codes=("26",))
    out = _one(setup, **dict(T, tax_per_mu=0.5, industry="2611", status="停产"))
    assert out["ie_type"] == "停建停产类、产业转型类、粗放用地类" and out["ie_flag"] == 1


def test_zhengzhou_per_industry_rows_and_fallback_note():
    setup = _setup(standard=STANDARDS["zhengzhou_industry"], roles=INDICATORS + (INDUSTRY, REGION))
    res = score_columns(setup, {"tax_per_mu": [2.0] * 3, "invest_per_mu": [98.0] * 3, "far": [0.7] * 3,
                                "coverage": [45.0] * 3, INDUSTRY: ["3911", "39", "52"],
                                REGION: ["其他区域", "郑州市区", "其他区域"]}, n=3)
    assert list(res["ie_std"]) == ["zhengzhou_industry:39", "zhengzhou_industry:39", "zhengzhou_industry"]
    assert res["ie_farpt"][0] == 0 and res["ie_invpt"][0] == pytest.approx(0.3)
    assert res["ie_invpt"][1] == 0 and res["ie_flag"][1] == 1
    assert "；行业代码「52」不在" in res["ie_reason"][2] and "按默认阈值评价" in res["ie_reason"][2]


def test_problem_counts_accumulate_across_batches():
    setup = _setup()
    counts = {}
    for _ in range(2):
        score_columns(setup, {"tax_per_mu": ["N/A", "1,2x"], "invest_per_mu": [1.0, 1.0], "far": [1.0, 1.0],
                              "coverage": [50.0, float("inf")]}, n=2, counts=counts)
    assert counts == {("not_number", "亩均税收"): 4, ("not_finite", "建筑系数"): 2}


def test_area_unit_detection_and_choice():
    geom = [10000.0, 20000.0, 5000.0, 7000.0]
    assert detect_area_unit([(g, g) for g in geom]) == "m2"
    assert detect_area_unit([(g / M2_PER_MU, g) for g in geom]) == "mu"
    assert detect_area_unit([(g / 10000.0, g) for g in geom]) == "ha"
    assert detect_area_unit([(g * 3, g) for g in geom]) is None   # no unit near
    assert detect_area_unit([(15.0, 10000.0), (None, 1.0)]) is None  # too few pairs
    assert choose_area_unit("mu", "m2", False) == ("mu", UNIT_ADOPTED)
    assert choose_area_unit("mu", "m2", True) == ("m2", UNIT_CONFLICT)
    assert choose_area_unit(None, "ha", False) == ("ha", UNIT_AS_GIVEN)


def test_coverage_fraction_rule():
    assert scoring.coverage_scale([0.45, "0.3", None, 0]) == 100.0
    assert scoring.coverage_scale([0.45, 45.0]) == 1.0
    assert scoring.coverage_scale([None, "N/A"]) == 1.0


def test_pick_indicator_fields_precomputed_wins():
    layer = {"tax_per_mu": "亩均税收", "tax": "税收总额", "far": "容积率", "floor_area": "总建筑面积"}
    calls = []

    def find(role, allow_auto):
        calls.append((role, allow_auto))
        return layer.get(role) if allow_auto or role in given else None

    given = set()
    got = scoring.pick_indicator_fields(given, find)
    assert got == {"tax_per_mu": "亩均税收", "far": "容积率"}  # totals only when no precomputed
    given = {"tax"}
    got = scoring.pick_indicator_fields(given, find)
    assert got["tax"] == "税收总额" and "tax_per_mu" not in got  # only the total named: no auto precomputed


def test_tally_buckets():
    res = score_columns(_setup(), {"tax_per_mu": [0.5, 2.0, None], "invest_per_mu": [200.0] * 3,
                                   "far": [1.0] * 3, "coverage": [50.0] * 3}, n=3,
                        geom_area_m2=np.array([10000.0, 20000.0, 10000.0]))
    assert scoring.tally(res) == {"粗放用地类": [1, 15.0], scoring.NOT_LOW_EFFICIENCY: [1, 30.0],
                                  "待核实": [1, 15.0]}


def test_pandas_columns_by_position():
    pd = pytest.importorskip("pandas")
    setup = _setup(roles=INDICATORS + ("tax", AREA), area_unit="mu")
    index = [10, 11, 12]  # a partition's index does not start at 0
    values = {"tax_per_mu": [None, "1,234.5", 0.5], "invest_per_mu": [130.0, 130.0, 130.0],
              "far": [1.0, None, 1.0], "coverage": [50.0, 50.0, 50.0], "tax": [30.0, 1.0, 1.0], AREA: [15.0, 15.0, 0.0]}
    cols = {r: pd.Series(v, index=index, dtype=object if r == "tax_per_mu" else float) for r, v in values.items()}
    res = score_columns(setup, cols, n=3)
    want = score_columns(setup, values, n=3)
    for name in OUTPUT_FIELDS:
        got = scoring.column_values(res, name)
        assert all(same(g, w) for g, w in zip(got, scoring.column_values(want, name))), name
    assert res["ie_tax"][0] == 2.0 and res["ie_flag"][2] == 1 and "用地面积不大于0" in res["ie_reason"][2]


# ---- 在建未达产 ---------------------------------------------------------------------------------

def _building(**kw):
    kw.setdefault("roles", INDICATORS + (STATUS, SUPPLY_DATE, COMPLETION))
    return _setup(status_values=("停产",), construction_values=("在建",), as_of=dt.date(2025, 12, 31), **kw)


LOW = dict(T, tax_per_mu=0.1, invest_per_mu=10.0)  # scores 0.3: 粗放 when scored


def test_under_construction_within_its_period_is_not_scored():
    out = _one(_building(), **dict(LOW, status="在建", supply_date="2024-03-01"))
    assert out["ie_flag"] == 0 and out["ie_type"] == "在建未达产" and out["ie_score"] is None
    assert "建设期至 2027-03-01" in out["ie_reason"] and "供地日期 2024-03-01 起 3 年" in out["ie_reason"]
    # the 标准地 竣工/达产 date wins over supply date + 3 years
    out = _one(_building(), **dict(LOW, status="在建", supply_date="2018-03-01", completion="2026-06-30"))
    assert out["ie_type"] == "在建未达产" and "建设期至 2026-06-30（约定竣工/达产日期）" in out["ie_reason"]
    # the period's last day still counts as within it
    out = _one(_building(), **dict(LOW, status="在建", completion=dt.date(2025, 12, 31)))
    assert out["ie_type"] == "在建未达产"


def test_under_construction_past_its_period_is_scored_and_says_so():
    out = _one(_building(), **dict(LOW, status="在建", supply_date="2021-03-01"))
    assert out["ie_flag"] == 1 and out["ie_type"] == "粗放用地类" and out["ie_score"] == pytest.approx(0.3)
    assert out["ie_reason"].startswith("生产状态为「在建」，建设期已于 2024-03-01 届满")
    assert "按已投产评分" in out["ie_reason"]
    out = _one(_building(construction_years=5), **dict(LOW, status="在建", supply_date="2021-03-01"))
    assert out["ie_type"] == "在建未达产"       # CONSTRUCTION_YEARS is a parameter


def test_under_construction_without_dates_is_undetermined_and_summary_counts_it_apart():
    out = _one(_building(), **dict(LOW, status="在建"))
    assert out["ie_flag"] is None and out["ie_type"] == "待核实" and "无法判断" in out["ie_reason"]
    out = _one(_building(), **dict(LOW, status="未在建"))   # negated: an ordinary parcel
    assert out["ie_type"] == "粗放用地类"
    setup = _building()
    res = score_columns(setup, {r: np.array([dict(LOW, status=s, supply_date="2025-01-01").get(r)
                                             for s in ("在建", "正常", "在建")], dtype=object) for r in setup.fields},
                        n=3, geom_area_m2=np.full(3, 10000.0), geom_empty=np.zeros(3, bool))
    summary = scoring.tally(res)
    assert summary["在建未达产"][0] == 2 and summary["粗放用地类"][0] == 1 and "非低效" not in summary
    # without the parameter (no construction values) the old rule applies
    out = _one(_setup(roles=INDICATORS + (STATUS, SUPPLY_DATE), as_of=dt.date(2025, 12, 31)),
               **dict(LOW, status="在建", supply_date="2025-01-01"))
    assert out["ie_type"] == "粗放用地类"

"""标准地履约核查 rules , without QGIS: every branch (a batch of one parcel), a run's
set-up and batches, and properties of the batch function on random parcels."""
import datetime as dt
import math
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from landplan_plugin.core import commitments as cm
from landplan_plugin.core.units import M2_PER_MU

AS_OF = dt.date(2025, 12, 31)
INV, TAX, FAR = cm.core_indicator("invest"), cm.core_indicator("tax"), cm.core_indicator("far")
ENERGY = cm.Indicator("单位能耗", cm.AT_MOST, cm.PRODUCTION, committed_field="en_c", actual_field="en_a")
OUTPUT = cm.Indicator("亩均产值", cm.AT_LEAST, cm.PRODUCTION, committed_field="op_c", actual_field="op_a")
CORE = [INV, TAX, FAR]


def _none(v):
    return None if isinstance(v, float) and math.isnan(v) else v


def check(committed, actual, completion="2025-12-31", production="2025-12-31", price=None, inds=CORE,
          totals=None, area_m2=None):
    """One parcel through :func:`cm.check_columns` (a batch of one)."""
    one = lambda v: [v]  # noqa: E731 (a one-line helper)
    out = cm.check_columns(AS_OF, inds, [one(c) for c in committed], [one(a) for a in actual], one(completion),
                           one(production), land_price=one(price),
                           totals=None if totals is None else [one(t) for t in totals], area_m2=one(area_m2))
    return SimpleNamespace(status=out["status"][0], flag=out["flag"][0], shortfall=_none(float(out["shortfall"][0])),
                           penalty=_none(float(out["penalty"][0])), reason=out["reason"][0],
                           problems=out["problems"][0])


# ---- direction, equality, shortfall ---------------------------------------------------------
def test_equal_values_pass_both_directions():
    r = check([300, 20, 1.2, 0.5], [300, 20, 1.2, 0.5], inds=CORE + [ENERGY])
    assert (r.status, r.flag, r.shortfall, r.penalty) == (cm.STATUS_PASS, 0, 0.0, 0.0)
    assert "投资强度 实际 300.00 ≥ 承诺 300 万元/亩" in r.reason and "单位能耗 实际 0.50 ≤ 承诺 0.5" in r.reason


def test_float_noise_from_totals_still_passes():
    # 300 万元/亩 from a total over an area that does not divide exactly
    area = 7 * M2_PER_MU / 3
    r = check([300, None, None], [None, None, None], inds=[INV], totals=[300 * 7 / 3], area_m2=area)
    assert r.status == cm.STATUS_PASS


def test_at_least_fails_below_with_shortfall_text():
    r = check([300, 20, 1.2], [240, 20, 1.2])
    assert r.status == cm.STATUS_FAIL and r.flag == 1
    assert r.shortfall == pytest.approx(20.0)
    assert "投资强度 实际 240.00 < 承诺 300 万元/亩（差 20.0%）" in r.reason


def test_at_most_fails_above():
    r = check([300, 20, 1.2, 0.5], [300, 20, 1.2, 0.6], inds=CORE + [ENERGY])
    assert r.status == cm.STATUS_FAIL
    assert r.shortfall == pytest.approx(20.0)
    assert "单位能耗 实际 0.60 > 承诺 0.5（超 20.0%）" in r.reason
    # other indicators: consequence follows the local agreement, nothing computed
    assert "单位能耗未达标的违约责任按当地履约监管协议约定处理" in r.reason
    assert r.penalty == 0.0


def test_at_most_passes_below():
    r = check([300, 20, 1.2, 0.5], [300, 20, 1.2, 0.4], inds=CORE + [ENERGY])
    assert r.status == cm.STATUS_PASS


def test_failing_value_never_prints_equal_to_commitment():
    r = check([0.6, 20, 1.2], [0.599, 20, 1.2], inds=[INV, TAX, FAR])
    assert "实际 0.599 < 承诺 0.6" in r.reason
    r = check([300, 20, 1.2, 0.5], [300, 20, 1.2, 0.5001], inds=CORE + [ENERGY])
    assert "实际 0.5001 > 承诺 0.5" in r.reason


def test_largest_shortfall_is_reported():
    r = check([300, 20, 1.0], [270, 5, 0.5])
    assert r.shortfall == pytest.approx(75.0)  # tax: (20 - 5) / 20


# ---- due dates --------------------------------------------------------------------------------
def test_due_date_equal_to_as_of_is_due_and_day_after_is_not():
    due = check([300, 20, 1.2], [100, 1, 0.1], completion="2025-12-31", production="2026-01-01")
    assert due.status == cm.STATUS_FAIL
    assert "投资强度" in due.reason.split("未到期")[0] and "亩均税收" not in due.reason.split("未到期")[0]
    assert "未到期：亩均税收（约定达产日期 2026-01-01）" in due.reason
    later = check([300, 20, 1.2], [100, 1, 0.1], completion="2026-01-01", production="2026-01-01")
    assert later.status == cm.STATUS_NOT_DUE and later.flag is None
    assert later.shortfall is None and later.penalty is None
    assert "投资强度、容积率（约定竣工日期 2026-01-01）" in later.reason


def test_chinese_and_serial_due_dates():
    r = check([300, 20, 1.2], [300, 20, 1.2], completion="2025年12月31日", production=46022)  # 46022 = 2025-12-31
    assert r.status == cm.STATUS_PASS


def test_missing_due_date_is_to_be_verified_and_named():
    r = check([300, 20, 1.2], [300, 20, 1.2], completion="2024-01-01", production=None)
    assert r.status == cm.STATUS_CHECK
    assert "亩均税收无法判断是否到期（约定达产日期为空）" in r.reason
    r = check([300, 20, 1.2], [300, 20, 1.2], completion="2024-01-01", production="待定")
    assert "约定达产日期「待定」无法识别" in r.reason and "不是可识别的日期" in r.reason


# ---- precedence, missing ----------------------------------------------------------------------
def test_failure_wins_over_missing_and_names_missing():
    r = check([300, 20, 1.2], [240, None, 1.2])
    assert r.status == cm.STATUS_FAIL
    assert "另待核实：亩均税收缺少实际值" in r.reason


def test_missing_wins_over_pass():
    r = check([300, None, 1.2], [300, 20, 1.2])
    assert r.status == cm.STATUS_CHECK and r.flag is None
    assert "亩均税收缺少承诺值" in r.reason and "已到期达标" in r.reason


def test_pass_wins_over_not_due():
    r = check([300, 20, 1.2], [300, 1, 1.2], production="2026-06-30")
    assert r.status == cm.STATUS_PASS and "未到期：亩均税收" in r.reason


def test_not_due_missing_values_do_not_matter():
    r = check([300, None, 1.2], [300, None, 1.2], production="2026-06-30")
    assert r.status == cm.STATUS_PASS


def test_non_positive_commitment_cannot_be_checked():
    r = check([0, 20, 1.2], [300, 20, 1.2])
    assert r.status == cm.STATUS_CHECK and "投资强度承诺值 0 不大于0" in r.reason


def test_parcel_without_commitments_is_not_checked():
    r = check([None, None, None], [100, 2, 0.5], completion=None, production=None)
    assert r.status is None and r.flag is None and "非标准地" in r.reason


def test_extra_indicator_without_values_is_skipped_but_half_filled_is_missing():
    assert check([300, 20, 1.2, None], [300, 20, 1.2, None], inds=CORE + [OUTPUT]).status == cm.STATUS_PASS
    r = check([300, 20, 1.2, 500], [300, 20, 1.2, None], inds=CORE + [OUTPUT])
    assert r.status == cm.STATUS_CHECK and "亩均产值缺少实际值" in r.reason


def test_text_numbers_and_placeholders():
    r = check(["３００", "20", "1.2"], ["1,234.5", " 20 ", "１.２"])
    assert r.status == cm.STATUS_PASS
    r = check(["300", "N/A", "1.2"], ["300", "20", "1.2"])
    assert r.status == cm.STATUS_CHECK
    assert "字段「承诺亩均税收」值「N/A」不是数字" in r.reason


# ---- penalty (GF—2008—2601) -------------------------------------------------------------------
def test_penalty_each_clause_separately_summed():
    r = check([300, 20, 1.5], [240, 10, 1.2], price=1000)
    # investment 20 %, FAR 20 %: 1000 × 0.2 + 1000 × 0.2; tax follows the agreement
    assert r.penalty == pytest.approx(400.0)
    assert "违约金 = 土地价款 1000 万元 × (投资强度 20.0% + 容积率 20.0%) = 400.00 万元（GF—2008—2601）" in r.reason
    assert "亩均税收未达标的违约责任按当地履约监管协议约定处理" in r.reason


def test_penalty_needs_a_land_price():
    for price in (None, "N/A", 0, -5):
        r = check([300, 20, 1.2], [240, 20, 1.2], price=price)
        assert r.status == cm.STATUS_FAIL and r.penalty is None
        assert "未提供有效土地价款" in r.reason


def test_penalty_only_from_investment_and_far():
    r = check([300, 20, 1.2], [300, 10, 1.2], price=1000)
    assert r.penalty == 0.0


# ---- totals -----------------------------------------------------------------------------------
def test_actuals_from_totals_reuse_scoring_derivation():
    area = 10 * M2_PER_MU  # 10 亩
    r = check([300, 20, 1.2], [None, None, None], totals=[2400, 200, 1.2 * area], area_m2=area)
    assert r.status == cm.STATUS_FAIL
    assert "投资强度 实际 240.00 < 承诺 300" in r.reason and "亩均税收 实际 20.00 ≥" not in r.reason


def test_totals_without_area_are_noted():
    r = check([300, 20, 1.2], [None, 20, 1.2], totals=[2400, None, None], area_m2=0)
    assert r.status == cm.STATUS_CHECK and "用地面积缺失或不大于0" in r.reason


def test_given_actual_wins_over_total():
    r = check([300, 20, 1.2], [300, 20, 1.2], totals=[1, 1, 1], area_m2=10000)
    assert r.status == cm.STATUS_PASS


# ---- matrix --------------------------------------------------------------------------------------
def test_matrix_rows():
    inds = cm.indicators_from_matrix(["单位能耗", "en_c", "en_a", "<=", "production",
                                      "亩均产值", "op_c", "op_a", "≥", "达产"])
    assert [(i.name, i.direction, i.check_point, i.penalty, i.required) for i in inds] == [
        ("单位能耗", cm.AT_MOST, cm.PRODUCTION, False, False), ("亩均产值", cm.AT_LEAST, cm.PRODUCTION, False, False)]


@pytest.mark.parametrize("values,needle", [
    (["单位能耗", "en_c", "en_a", "<="], "不能整除 5"),
    (["单位能耗", "en_c", "en_a", "about", "production"], "方向「about」"),
    (["单位能耗", "en_c", "en_a", "<=", "later"], "核查时点「later」"),
    (["", "en_c", "en_a", "<=", "production"], "缺少指标名称"),
    (["单位能耗", "", "en_a", "<=", "production"], "缺少承诺值字段"),
])
def test_matrix_errors_name_the_row(values, needle):
    with pytest.raises(cm.IndicatorSpecError, match=needle):
        cm.indicators_from_matrix(values)


def test_matrix_field_must_exist():
    with pytest.raises(cm.IndicatorSpecError, match="字段「en_x」不在输入图层中"):
        cm.indicators_from_matrix(["单位能耗", "en_x", "en_a", "<=", "production"], {"en_a"}.__contains__)


# ---- ledger, summary, scorecard ------------------------------------------------------------------
def test_ledger_rule():
    kind, cause, disposal = cm.ledger_columns(
        [cm.STATUS_PASS, cm.STATUS_FAIL, cm.STATUS_FAIL, cm.STATUS_FAIL, cm.STATUS_FAIL, cm.STATUS_FAIL],
        ["x", "原因", "r", "r", "r", "r"], [None, None, 12.5, 0.0, 3, None], [None, None, None, "是", 1, "否"])
    assert kind[0] is None and (kind[1], cause[1], disposal[1]) == ("标准地未达标", "原因", "限期整改")
    assert disposal[2:].tolist() == ["限期整改、支付违约金", "限期整改、依约收回", "限期整改、支付违约金、依约收回",
                                     "限期整改"]
    t, c, d = cm.ledger_columns(np.array([cm.STATUS_FAIL, None, cm.STATUS_PASS], dtype=object),
                                np.array(["a", "b", "c"], dtype=object), np.array([5.0, np.nan, 0.0]),
                                np.array(["允许", None, "是"], dtype=object))
    assert list(t) == ["标准地未达标", None, None] and list(d) == ["限期整改、支付违约金、依约收回", None, None]


def test_summary_and_scorecard():
    statuses = [cm.STATUS_FAIL, cm.STATUS_PASS, cm.STATUS_FAIL, None, cm.STATUS_NOT_DUE]
    mu = [10.0, 5.0, 2.5, 3.0, float("nan")]
    pen = [100.0, 0.0, None, None, None]
    s = cm.summarise(statuses, mu, pen)
    assert list(s) == [cm.STATUS_FAIL, cm.STATUS_PASS, cm.STATUS_NOT_DUE, None]
    assert s[cm.STATUS_FAIL] == [2, 12.5, 100.0]
    label, n, area, text = cm.scorecard_line(statuses, mu)
    assert (label, n, area) == ("标准地履约", 2, 12.5)
    assert text == "未达标 2 宗 / 12.50 亩（核查 4 宗）"


# ---- a run: set-up and batches ----------------------------------------------------------------
LAYER = {"COMPLETION_DUE_FIELD": "约定竣工日期", "PRODUCTION_DUE_FIELD": "约定达产日期",
         "INVEST_COMMIT_FIELD": "承诺投资强度", "INVEST_ACTUAL_FIELD": "投资强度", "TAX_COMMIT_FIELD": "承诺亩均税收",
         "LAND_PRICE_FIELD": "土地价款", "AREA_FIELD": "用地面积", "RECOVERY_FIELD": "约定可收回"}


def test_setup_finds_fields_in_order_and_names_what_is_skipped():
    asked = []

    def find(role):
        asked.append(role)
        return LAYER.get(role)
    setup = cm.commitment_setup(find, ["单位能耗", "en_c", "en_a", "<=", "production"], area_unit="mu")
    assert asked == ["COMPLETION_DUE_FIELD", "PRODUCTION_DUE_FIELD", "INVEST_COMMIT_FIELD", "INVEST_ACTUAL_FIELD",
                     "INVEST_FIELD", "TAX_COMMIT_FIELD", "TAX_ACTUAL_FIELD", "TAX_FIELD", "FAR_COMMIT_FIELD",
                     "LAND_PRICE_FIELD", "AREA_FIELD", "RECOVERY_FIELD"]
    assert setup.error is None and [i.name for i in setup.indicators] == ["投资强度", "亩均税收", "单位能耗"]
    assert setup.sources == (("承诺投资强度", "投资强度", None), ("承诺亩均税收", None, None), ("en_c", "en_a", None))
    assert setup.indicators[1].actual_field == "实际亩均税收"  # the message name of a field not given
    assert setup.skipped == (("容积率", cm.SKIP_NO_COMMITTED_OR_DATE),)
    assert setup.input_fields() == ["约定竣工日期", "约定达产日期", "承诺投资强度", "投资强度", "承诺亩均税收", "en_c",
                                    "en_a", "土地价款", "用地面积", "约定可收回"]
    assert setup.message_names() == {"completion_due": "约定竣工日期", "production_due": "约定达产日期",
                                     "land_price": "土地价款"}


def test_setup_errors():
    assert cm.commitment_setup(lambda role: None).error == cm.NO_DUE_DATE_FIELD
    only_completion = {"COMPLETION_DUE_FIELD": "d", "TAX_COMMIT_FIELD": "t"}
    setup = cm.commitment_setup(only_completion.get, ["单位能耗", "en_c", "en_a", "<=", "production"])
    assert setup.error == cm.NO_INDICATOR
    assert setup.skipped == (("投资强度", cm.SKIP_NO_COMMITTED_OR_DATE), ("亩均税收", cm.SKIP_NO_COMMITTED_OR_DATE),
                             ("容积率", cm.SKIP_NO_COMMITTED_OR_DATE), ("单位能耗", cm.SKIP_NO_DATE))
    assert setup.unchecked().input_fields() == []
    with pytest.raises(cm.IndicatorSpecError):
        cm.commitment_setup(only_completion.get, ["单位能耗", "en_c"])


def test_batch_notes_geometry_and_area_and_counts_problems():
    setup = cm.commitment_setup(LAYER.get, area_unit="mu")
    columns = {"约定竣工日期": ["2024-01-01", "2024-01-01", "待定"], "约定达产日期": ["2026-06-30"] * 3,
               "承诺投资强度": [300.0, 300.0, 300.0], "投资强度": [240.0, 300.0, 100.0],
               "承诺亩均税收": [None, None, None], "土地价款": [1000.0, None, None], "用地面积": [10.0, "N/A", 3.0],
               "约定可收回": ["是", None, None]}
    counts = {}
    out = cm.check_batch(setup, AS_OF, columns, 3, geom_empty=np.array([False, True, False]),
                         geom_note={2: "几何无效，已修复"}, counts=counts)
    assert list(out["cm_status"]) == [cm.STATUS_FAIL, cm.STATUS_PASS, cm.STATUS_CHECK]
    assert list(out["cm_disp"]) == ["限期整改、支付违约金、依约收回", None, None]
    assert out["cm_penalty"][0] == pytest.approx(200.0)
    assert out["cm_reason"][1].endswith("；几何为空；字段「用地面积」值「N/A」不是数字，按缺失处理")
    assert out["cm_reason"][2].endswith("；几何无效，已修复")
    assert list(out["area_mu"][[0, 2]]) == [10.0, 3.0] and math.isnan(out["area_mu"][1])
    assert counts == {"empty_geometry": 1, "invalid_geometry": 1, "bad_date": 1}
    # a table (no geometry facts) and the geometry's area when there is no area field
    setup = cm.commitment_setup({k: v for k, v in LAYER.items() if k != "AREA_FIELD"}.get)
    out = cm.check_batch(setup, AS_OF, columns, 3, geom_area_m2=np.array([M2_PER_MU, np.nan, 0.0]))
    assert list(out["area_mu"][[0, 2]]) == [1.0, 0.0] and "几何" not in out["cm_reason"][1]


def test_unchecked_batch():
    out = cm.check_batch(cm.CommitmentSetup(), AS_OF, {}, 2)
    assert list(out["cm_status"]) == [None, None]
    assert set(out["cm_reason"]) == {"未填履约承诺指标和约定日期，非标准地，未核查"}
    assert list(out["cm_disp"]) == [None, None]


# ---- properties of the batch function ------------------------------------------------------------
numbers = st.one_of(
    st.none(), st.just(""), st.sampled_from(["N/A", "－", "无", "abc"]),
    st.sampled_from([0, -1, 300, 20, 1.2, 0.5, 240, "1,234.5", "３００", " 20 ", "1.2"]),
    st.floats(min_value=-10, max_value=1000, allow_nan=False).map(lambda v: round(v, 3)),
    st.floats(min_value=0, max_value=1000, allow_nan=False).map(lambda v: "%.2f" % v))
dates = st.one_of(
    st.none(), st.just(""), st.sampled_from(["待定", "2021-02-30", "2025年12月31日", "20260101", 46022]),
    st.dates(min_value=dt.date(2025, 12, 25), max_value=dt.date(2026, 1, 5)),
    st.dates(min_value=dt.date(2025, 12, 25), max_value=dt.date(2026, 1, 5)).map(lambda d: d.isoformat()))
row = st.tuples(st.lists(numbers, min_size=5, max_size=5), st.lists(numbers, min_size=5, max_size=5),
                st.lists(numbers, min_size=3, max_size=3), dates, dates, numbers,
                st.one_of(st.none(), st.floats(min_value=-100, max_value=50000, allow_nan=False)))
INDS = [cm.Indicator(i.name, i.direction, i.check_point, i.unit, i.penalty, i.required, i.total_kind,
                     i.committed_field, i.actual_field, "总量%d" % k)
        for k, i in enumerate([INV, TAX, FAR, ENERGY, OUTPUT])]


def _batch(rows):
    col = lambda j, part: np.array([r[part][j] for r in rows], dtype=object)  # noqa: E731 (a one-line helper)
    return cm.check_columns(
        AS_OF, INDS, [col(j, 0) for j in range(5)], [col(j, 1) for j in range(5)],
        np.array([r[3] for r in rows], dtype=object), np.array([r[4] for r in rows], dtype=object),
        land_price=np.array([r[5] for r in rows], dtype=object),
        totals=[col(j, 2) for j in range(3)] + [None, None], area_m2=[r[6] for r in rows])


def _same(a, b):
    return (isinstance(a, float) and math.isnan(a) and isinstance(b, float) and math.isnan(b)) or a == b


@settings(max_examples=60, deadline=None)
@given(st.lists(row, min_size=1, max_size=10))
def test_batch_properties(rows):
    out = _batch(rows)
    for i, r in enumerate(rows):
        status, flag = out["status"][i], out["flag"][i]
        short, penalty = float(out["shortfall"][i]), float(out["penalty"][i])
        assert status in cm.STATUSES + (None,)
        assert flag == {cm.STATUS_FAIL: 1, cm.STATUS_PASS: 0}.get(status)
        if status == cm.STATUS_FAIL:
            assert short > 0 and (math.isnan(penalty) or penalty >= 0) and out["reason"][i].startswith("未达标：")
        elif status == cm.STATUS_PASS:
            assert short == 0.0 and penalty == 0.0
        else:
            assert math.isnan(short) and math.isnan(penalty)
        assert (status is None) == all(v in (None, "") for v in r[0] + [r[3], r[4]])
        # each parcel is checked on its own: the batch of one gives the same
        one = _batch([r])
        for key in ("status", "flag", "shortfall", "penalty", "reason"):
            assert _same(one[key][0], out[key][i]), key
        assert [p.message for p in one["problems"][0]] == [p.message for p in out["problems"][i]]


# ---- 整改期, re-check and 回购 ---------------------------------------------------------------
def test_recheck_date_and_buyback_boundaries():
    import datetime as _d
    from landplan_plugin.core import commitments as cm
    ind = [cm.core_indicator("invest", "c", "a")]
    # failing since 2022-06-30: the 整改期 of 24 months ends 2024-06-30
    res = cm.check_columns("2024-06-30", ind, [[300, 300, 300]], [[200, 200, 300]],
                           completion_due=["2022-06-30", "2022-07-01", "2022-06-30"], n=3)
    assert list(res["fail_due"]) == [_d.date(2022, 6, 30), _d.date(2022, 7, 1), None]
    recheck = cm.recheck_columns(res["fail_due"], 24)
    assert list(recheck) == [_d.date(2024, 6, 30), _d.date(2024, 7, 1), None]
    _k, _c, disp = cm.ledger_columns(res["status"], res["reason"], None, None, recheck, "2024-06-30")
    assert disp[0] == cm.DISPOSAL_BUYBACK                 # the re-check day itself: still failing → 回购
    assert disp[1] == cm.DISPOSAL_RECTIFY                 # a day short of the end: still 限期整改
    assert disp[2] is None                                # 达标
    assert list(cm.recheck_columns([_d.date(2024, 1, 31)], 1)) == [_d.date(2024, 2, 29)]
    for bad in (0, 25):
        with pytest.raises(ValueError):
            cm.recheck_columns([None], bad)


def test_check_batch_default_rectify_months_is_24():
    import datetime as _d
    from landplan_plugin.core import commitments as cm
    setup = cm.commitment_setup(lambda role: {"COMPLETION_DUE_FIELD": "due", "INVEST_COMMIT_FIELD": "c",
                                              "INVEST_ACTUAL_FIELD": "a", "LAND_PRICE_FIELD": "p"}.get(role))
    cols = {"due": ["2021-01-15"], "c": [300], "a": [150], "p": [1000]}
    out = cm.check_batch(setup, "2023-01-14", cols, 1)
    assert out["cm_recheck"][0] == _d.date(2023, 1, 15) and out["cm_disp"][0] == "限期整改、支付违约金"
    out = cm.check_batch(setup, "2023-01-15", cols, 1)
    assert out["cm_disp"][0] == cm.DISPOSAL_BUYBACK + "；支付违约金"
    assert cm.check_batch(setup, "2023-01-15", cols, 1, rectify_months=12)["cm_recheck"][0] == _d.date(2022, 1, 15)

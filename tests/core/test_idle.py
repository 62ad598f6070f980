"""闲置土地 rule (《闲置土地处置办法》2012), without QGIS: examples on batches of one,
properties of the batch form on messy batches."""
import datetime as dt
import math
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from landplan_plugin.core import idle, values
from landplan_plugin.core.idle import (CAUSE_BOTH, CAUSE_ENTERPRISE, CAUSE_FORCE, CAUSE_GOV, DISPOSAL_TABLE, DISPOSALS,
                                       RECORD_COLUMNS, IdleSetup, assess_record_columns, parse_cause_values)


def record(as_of, agreed, actual=None, dev_ratio=None, invest_ratio=None, halt_date=None, cause=None,
           land_price=None, *, gov_values=(), names=None, **parts):
    """assess_record_columns on a batch of one parcel: its output fields by name (NULL → None), and
    ``problems`` the (kind, field) of every data problem counted."""
    counts = {}
    out = assess_record_columns(as_of, [agreed], [actual], [dev_ratio], [invest_ratio], [halt_date], [cause],
                                [land_price], gov_values=gov_values, names=names, counts=counts,
                                **{k: [v] for k, v in parts.items()})

    def num(key):
        v = out[key][0]
        return None if math.isnan(v) else v if key == "idle_fee" else int(v)
    return SimpleNamespace(
        flag=num("idle_flag"), idle_days=num("idle_days"), basis=out["idle_basis"][0], stage=out["idle_stage"][0],
        consequence=out["idle_csq"][0], cause=out["idle_cause"][0], gov=num("idle_gov"),
        disposal=out["idle_disp"][0], idle_fee=num("idle_fee"), reason=out["idle_rsn"][0],
        problems=[key for key, n in counts.items() for _ in range(n)])


AGREED = dt.date(2020, 3, 5)


def day(y, m, d):
    return dt.date(y, m, d)


# --- 未动工 ---------------------------------------------------------------------------------
def test_not_started_day_before_one_year_is_not_idle():
    r = record(day(2021, 3, 4), AGREED, None)
    assert r.flag == 0
    assert r.basis == "未动工"
    assert r.stage == "未满1年"
    assert r.idle_days == 364
    assert r.disposal is None and r.consequence is None
    assert "未满1年" in r.reason


def test_not_started_on_first_anniversary_is_idle():
    r = record(day(2021, 3, 5), AGREED, None)
    assert r.flag == 1
    assert r.basis == "未动工"
    assert r.stage == "满1年"
    assert r.idle_days == 365
    assert r.consequence == "征缴土地闲置费（土地价款的20%）"
    assert r.disposal == "限期开发"
    assert r.cause is None and r.gov == 0
    assert "未注明闲置原因" in r.reason
    assert "认定为闲置土地" in r.reason


def test_two_year_boundary():
    r = record(day(2022, 3, 4), AGREED, None)
    assert (r.flag, r.stage, r.idle_days) == (1, "满1年", 729)
    r = record(day(2022, 3, 5), AGREED, None)
    assert (r.flag, r.stage) == (1, "满2年")
    assert r.idle_days == 730
    assert r.consequence == "可无偿收回土地使用权"
    assert r.disposal == "依法收回"


def test_feb_29_agreed_start():
    agreed = day(2020, 2, 29)
    assert record(day(2021, 2, 27), agreed, None).flag == 0
    r = record(day(2021, 2, 28), agreed, None)
    assert r.flag == 1 and r.stage == "满1年" and r.idle_days == 365
    assert record(day(2022, 2, 27), agreed, None).stage == "满1年"
    assert record(day(2022, 2, 28), agreed, None).stage == "满2年"


def test_before_agreed_start_not_idle_no_clock():
    r = record(day(2020, 1, 1), AGREED, None)
    assert r.flag == 0
    assert r.idle_days is None and r.stage is None and r.basis is None
    assert "未到约定动工日期" in r.reason


def test_actual_start_after_as_of_counts_as_not_started():
    r = record(day(2021, 6, 1), AGREED, day(2021, 7, 1))
    assert r.flag == 1 and r.basis == "未动工"
    assert "晚于基准日" in r.reason


def test_not_started_missing_agreed_start_is_undetermined():
    r = record(day(2021, 6, 1), None, None)
    assert r.flag is None
    assert "约定动工日期" in r.reason and "为空" in r.reason
    assert r.reason.startswith("待核实")


def test_not_started_bad_agreed_start_is_undetermined_and_reported():
    r = record(day(2021, 6, 1), "待定", "")
    assert r.flag is None
    assert "「待定」" in r.reason
    assert r.problems == [(values.BAD_DATE, "约定动工日期")]


def test_bad_actual_start_is_undetermined():
    r = record(day(2023, 6, 1), AGREED, "待定")
    assert r.flag is None
    assert "实际动工日期「待定」无法识别" in r.reason
    assert r.problems[0] == (values.BAD_DATE, "实际动工日期")


def test_field_names_can_be_overridden():
    r = record(day(2023, 6, 1), AGREED, "待定", names={"actual_start": "SJDGRQ"})
    assert "SJDGRQ「待定」" in r.reason


def test_raw_text_dates_in_every_format():
    for raw in ("2020-03-05", "2020/3/5", "2020.3.5", "2020年3月5日", "20200305", 43895,
                "43895"):
        r = record(day(2021, 3, 5), raw, None)
        assert (r.flag, r.idle_days) == (1, 365), raw
        assert record(day(2021, 3, 4), raw, None).flag == 0, raw


def test_as_of_none_is_today():
    r = record(None, dt.date.today() - dt.timedelta(days=800), None)
    assert r.flag == 1 and r.stage == "满2年"


def test_as_of_datetime_and_text():
    assert record(dt.datetime(2021, 3, 5, 8, 0), AGREED, None).flag == 1
    assert record("2021-03-05", AGREED, None).flag == 1


# --- 已动工 / 中止开发 ---------------------------------------------------------------------
STARTED = day(2020, 6, 1)
HALT = day(2021, 1, 10)


def test_started_not_halted_is_not_idle():
    r = record(day(2025, 1, 1), AGREED, STARTED, 0.1, 0.1, None)
    assert r.flag == 0
    assert r.idle_days is None and r.basis is None
    assert "未中止开发" in r.reason


def test_halt_after_as_of_is_not_halted():
    r = record(day(2021, 1, 1), AGREED, STARTED, 0.1, 0.1, HALT)
    assert r.flag == 0
    assert "晚于基准日" in r.reason


def test_halted_one_full_year_with_low_development_is_idle():
    r = record(day(2022, 1, 10), AGREED, STARTED, 0.2, 0.5, HALT)
    assert r.flag == 1
    assert r.basis == "中止开发"
    assert r.stage == "满1年"
    assert r.idle_days == 365  # counted from the halt date, not the agreed start
    assert "已开发面积不足1/3" in r.reason
    assert "已投资额不足25%" not in r.reason


def test_halted_day_before_one_year_is_not_idle():
    r = record(day(2022, 1, 9), AGREED, STARTED, 0.2, 0.5, HALT)
    assert r.flag == 0
    assert r.basis == "中止开发" and r.stage == "未满1年" and r.idle_days == 364


def test_halted_two_years_low_investment():
    r = record(day(2023, 1, 10), AGREED, STARTED, 0.5, 0.1, HALT)
    assert (r.flag, r.stage) == (1, "满2年")
    assert "已投资额不足25%" in r.reason
    assert r.consequence == "可无偿收回土地使用权"
    assert record(day(2023, 1, 9), AGREED, STARTED, 0.5, 0.1, HALT).stage == "满1年"


def test_halted_but_enough_developed_and_invested_is_not_idle():
    r = record(day(2025, 1, 1), AGREED, STARTED, 0.5, 0.3, HALT)
    assert r.flag == 0
    assert "不属闲置" in r.reason


def test_exact_thresholds_are_not_below():
    # 100/300 is exactly one third; 0.25 is exactly 25 %: "不足" means strictly less
    assert record(day(2025, 1, 1), AGREED, STARTED, 100 / 300, 0.25, HALT).flag == 0
    assert record(day(2025, 1, 1), AGREED, STARTED, 0.3333, 0.25, HALT).flag == 1
    assert record(day(2025, 1, 1), AGREED, STARTED, 0.5, 0.2499, HALT).flag == 1


def test_halted_long_with_missing_ratios_is_undetermined():
    r = record(day(2025, 1, 1), AGREED, STARTED, None, None, HALT)
    assert r.flag is None
    assert "已开发面积比例" in r.reason and "已投资比例" in r.reason
    # one ratio fine, the other missing: still cannot tell
    r = record(day(2025, 1, 1), AGREED, STARTED, 0.5, None, HALT)
    assert r.flag is None
    assert "已投资比例" in r.reason and "已开发面积比例" not in r.reason.split("缺少")[1]


def test_one_low_ratio_is_enough_when_the_other_is_missing():
    assert record(day(2025, 1, 1), AGREED, STARTED, 0.1, None, HALT).flag == 1
    assert record(day(2025, 1, 1), AGREED, STARTED, None, 0.1, HALT).flag == 1


def test_halted_recently_with_missing_ratios_is_not_idle():
    r = record(day(2021, 6, 1), AGREED, STARTED, None, None, HALT)
    assert r.flag == 0 and r.stage == "未满1年"


def test_halt_before_start_is_undetermined():
    r = record(day(2025, 1, 1), AGREED, STARTED, 0.1, 0.1, day(2020, 1, 1))
    assert r.flag is None
    assert "早于实际动工日期" in r.reason


def test_bad_halt_date_is_undetermined():
    r = record(day(2025, 1, 1), AGREED, STARTED, 0.1, 0.1, "不详")
    assert r.flag is None
    assert "中止开发日期「不详」" in r.reason


def test_ratios_given_as_percentages_or_text():
    r = record(day(2025, 1, 1), AGREED, STARTED, 20, "50%", HALT)
    assert r.flag == 1
    assert [kind for kind, _ in r.problems] == [values.PERCENT_AS_RATIO]
    r = record(day(2025, 1, 1), AGREED, STARTED, "N/A", "10%", HALT)
    assert r.flag == 1
    assert r.problems[0][0] == values.NOT_NUMBER


# --- causes, consequences, disposal ---------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("政府原因", CAUSE_GOV),
    ("因规划调整无法开工", CAUSE_GOV),
    ("征收拆迁未完成", CAUSE_GOV),
    ("军事管制", CAUSE_GOV),
    ("文物保护", CAUSE_GOV),
    ("群众信访", CAUSE_GOV),
    ("未按期交地", CAUSE_GOV),
    ("不可抗力", CAUSE_FORCE),
    ("自然灾害", CAUSE_FORCE),
    ("地震", CAUSE_FORCE),
    ("洪水", CAUSE_FORCE),
    ("政府与企业互有瑕疵", CAUSE_BOTH),
    ("政府和企业双方原因", CAUSE_BOTH),
    ("企业原因", CAUSE_ENTERPRISE),
    ("资金链断裂", CAUSE_ENTERPRISE),
    ("非政府原因", CAUSE_ENTERPRISE),
    ("", None),
    ("  ", None),
    (None, None),
])
def test_classify_cause(text, expected):
    got = assess_record_columns(REC_AS_OF, ["2020-01-01"], cause=[text])["idle_cause"][0]
    assert got == (expected if expected is not None else (text.strip() or None if text else None))


def test_government_cause_is_flagged_but_marked():
    for as_of, stage, disposal in ((day(2021, 3, 5), "满1年", "限期开发"),
                                   (day(2022, 3, 5), "满2年", "调整利用")):
        r = record(as_of, AGREED, None, cause="政府原因")
        assert r.flag == 1 and r.stage == stage
        assert r.gov == 1
        assert r.cause == "政府原因"
        assert "不征缴土地闲置费" in r.consequence and "第八条" in r.consequence
        assert "闲置费（土地价款的20%）" not in r.consequence
        assert r.disposal == disposal


def test_force_majeure():
    r = record(day(2022, 3, 5), AGREED, None, cause="不可抗力（洪水）")
    assert r.cause == "不可抗力" and r.gov == 1
    assert r.disposal == "临时使用"
    assert "不可抗力" in r.consequence
    assert record(day(2021, 3, 5), AGREED, None, cause="地震").disposal == "限期开发"


def test_both_sides():
    r = record(day(2022, 3, 5), AGREED, None, cause="政府与企业互有瑕疵")
    assert r.cause == CAUSE_BOTH and r.gov == 1
    assert r.disposal == "依法收回"
    assert "成本价" in r.consequence


def test_enterprise_cause():
    r = record(day(2021, 3, 5), AGREED, None, cause="企业原因")
    assert r.cause == "企业原因" and r.gov == 0
    assert r.consequence == "征缴土地闲置费（土地价款的20%）"
    assert r.disposal == "限期开发" and "建议处置：限期开发、置换盘活" in r.reason
    assert "闲置原因：企业原因" in r.reason
    r = record(day(2022, 3, 5), AGREED, None, cause="企业原因")
    assert r.disposal == "依法收回"


def test_cause_does_not_change_the_flag():
    for cause in (None, "企业原因", "政府原因", "不可抗力", "互有瑕疵"):
        assert record(day(2021, 3, 4), AGREED, None, cause=cause).flag == 0
        r = record(day(2021, 3, 4), AGREED, None, cause=cause)
        assert r.disposal is None and r.consequence is None


def test_idle_fee():
    r = record(day(2021, 3, 5), AGREED, None, land_price=1000)
    assert r.idle_fee == pytest.approx(200.0)
    assert record(day(2021, 3, 5), AGREED, None, cause="政府原因", land_price=1000).idle_fee is None
    assert record(day(2021, 3, 4), AGREED, None, land_price=1000).idle_fee is None
    r = record(day(2021, 3, 5), AGREED, None, land_price="N/A")
    assert r.idle_fee is None and r.problems[0][1] == "土地价款"
    assert record(day(2021, 3, 5), AGREED, None, land_price="1,000").idle_fee == pytest.approx(200)


def test_disposal_table_is_complete_and_uses_the_documents_measures():
    for cause in (None, CAUSE_ENTERPRISE, CAUSE_GOV, CAUSE_FORCE, CAUSE_BOTH):
        for stage in ("满1年", "满2年"):
            disposal, alternatives = DISPOSAL_TABLE[(cause, stage)]
            assert disposal in DISPOSALS
            assert all(a in DISPOSALS for a in alternatives)
            assert disposal not in alternatives
    used = {d for d, alts in DISPOSAL_TABLE.values()} | {a for _, alts in DISPOSAL_TABLE.values() for a in alts}
    assert used == set(DISPOSALS)


def test_limits_are_the_regulation_values():
    assert idle.DEV_RATIO_LIMIT == pytest.approx(1 / 3)
    assert idle.INVEST_RATIO_LIMIT == 0.25
    assert idle.IDLE_FEE_RATE == 0.20


# ---- the whole record (what flagidleland writes) ----------------------------------------------
REC_AS_OF = day(2024, 6, 30)

# the rule table of tests/qgis/test_flag_idle_land.py, as raw values:
# pid: (agreed start, actual start, dev ratio, invest ratio, halt date, cause, land price)
#      → (flag, days, basis, stage, disposal)
RECORD_CASES = {
    "NS_DAY_BEFORE_1Y": (("2023/07/01", None, None, None, None, None, 100.0), (0, 365, "未动工", "未满1年", None)),
    "NS_ON_1Y": (("2023/06/30", None, None, None, None, None, 100.0), (1, 366, "未动工", "满1年", "限期开发")),
    "NS_DAY_BEFORE_2Y": (("2022/07/01", None, None, None, None, None, 100.0), (1, 730, "未动工", "满1年", "限期开发")),
    "NS_ON_2Y": (("2022/06/30", None, None, None, None, None, 100.0), (1, 731, "未动工", "满2年", "依法收回")),
    "NS_NOT_YET_AGREED": (("2024/12/01", None, None, None, None, None, None), (0, None, None, None, None)),
    "NS_NO_AGREED": ((None, None, None, None, None, None, None), (None, None, None, None, None)),
    "START_AFTER_AS_OF": (("2020/01/01", "2024-07-01", None, None, None, None, None),
                          (1, 1642, "未动工", "满2年", "依法收回")),
    "START_ON_AS_OF": (("2020/01/01", "2024-06-30", None, None, None, None, None), (0, None, None, None, None)),
    "HALT_DEV_LOW_ON_1Y": (("2020/01/01", "2020-03-01", 0.2, 0.5, "2023-06-30", None, None),
                           (1, 366, "中止开发", "满1年", "限期开发")),
    "HALT_DEV_LOW_DAY_BEFORE": (("2020/01/01", "2020-03-01", 0.2, 0.5, "2023-07-01", None, None),
                                (0, 365, "中止开发", "未满1年", None)),
    "HALT_INV_LOW_ON_2Y": (("2020/01/01", "2020-03-01", 0.5, 0.2, "2022-06-30", None, None),
                           (1, 731, "中止开发", "满2年", "依法收回")),
    "HALT_INV_AT_25": (("2020/01/01", "2020-03-01", 0.5, 0.25, "2021-01-01", None, None), (0, None, None, None, None)),
    "HALT_NO_RATIOS": (("2020/01/01", "2020-03-01", None, None, "2021-01-01", None, None),
                       (None, 1276, "中止开发", "满2年", None)),
    "GOV_1Y": (("2023/06/30", None, None, None, None, "政府原因", 100.0), (1, 366, "未动工", "满1年", "限期开发")),
    "GOV_2Y": (("2020/01/01", None, None, None, None, "规划调整", 100.0), (1, 1642, "未动工", "满2年", "调整利用")),
    "FORCE_2Y": (("2020/01/01", None, None, None, None, "不可抗力", None), (1, 1642, "未动工", "满2年", "临时使用")),
    "BAD_ACTUAL": (("2020/01/01", "待定", None, None, None, None, None), (None, None, None, None, None)),
    "BAD_HALT": (("2020/01/01", "2020-03-01", 0.1, 0.1, "某年某月", None, None), (None, None, None, None, None)),
}


@pytest.mark.parametrize("pid", sorted(RECORD_CASES))
def test_record_rule_table(pid):
    raw, (flag, days, basis, stage, disposal) = RECORD_CASES[pid]
    r = record(REC_AS_OF, *raw)
    assert (r.flag, r.idle_days, r.basis, r.stage, r.disposal) == (flag, days, basis, stage, disposal), r.reason
    assert r.reason


def test_record_fee_gov_and_bad_values_in_the_reason():
    r = record(REC_AS_OF, *RECORD_CASES["NS_ON_1Y"][0])
    assert r.idle_fee == pytest.approx(20.0) and "20%" in r.consequence
    g = record(REC_AS_OF, *RECORD_CASES["GOV_2Y"][0])
    assert g.gov == 1 and g.idle_fee is None and "第八条" in g.consequence and g.cause == "政府原因"
    assert "闲置原因字段值「规划调整」按政府原因处理" in g.reason
    b = record(REC_AS_OF, *RECORD_CASES["BAD_ACTUAL"][0], names={"actual_start": "SJDGRQ"})
    assert "SJDGRQ" in b.reason and "待定" in b.reason
    assert [f for _, f in b.problems] == ["SJDGRQ"]


@pytest.mark.parametrize("text", ["2023-06-30", "2023/6/30", "2023.6.30", "2023年6月30日", "２０２３年６月３０日",
                                  "20230630", "45107", "2023-06-30 08:30:00"])
def test_record_text_date_forms_on_the_anniversary(text):
    r = record(REC_AS_OF, text, None)
    assert (r.flag, r.idle_days, r.stage) == (1, 366, "满1年"), r.reason


def test_record_ratios_from_parts_and_non_positive_whole():
    low = record(day(2024, 6, 30), "2019-01-01", "2019-03-01", halt_date="2022-01-01",
                        dev_area=100.0, total_area=400.0, invested="500", total_invest="1,000")
    assert low.flag == 1 and low.basis == "中止开发"
    ok = record(day(2024, 6, 30), "2019-01-01", "2019-03-01", halt_date="2022-01-01",
                       dev_area=200.0, total_area=400.0, invested=500.0, total_invest=1000.0)
    assert ok.flag == 0
    zero = record(day(2024, 6, 30), "2019-01-01", "2019-03-01", halt_date="2022-01-01",
                         dev_area=1.0, total_area=0, names={"total_area": "YKFZMJ"})
    assert zero.flag is None and "YKFZMJ 0.0 不大于0，无法计算已开发面积比例" in zero.reason
    bad = record(day(2024, 6, 30), "2019-01-01", "2019-03-01", halt_date="2022-01-01",
                        dev_area="N/A", total_area=10, names={"dev_area": "YKFMJ"})
    assert [f for _, f in bad.problems] == ["YKFMJ"] and "N/A" in bad.reason


def test_record_government_cause_values():
    values = parse_cause_values("市里原因，上级原因、Ｘ；")
    assert values == ("市里原因", "上级原因", "x")
    def cause(text, gov_values=values):
        return record(REC_AS_OF, "2020-01-01", None, cause=text, gov_values=gov_values)
    city = cause("市里原因")
    assert (city.cause, city.gov, city.disposal) == ("政府原因", 1, "调整利用")
    assert "闲置原因字段值「市里原因」按政府原因处理" in city.reason
    plan = cause("规划调整")  # with cause values given, only they mean government
    assert (plan.cause, plan.gov, plan.disposal) == ("企业原因", 0, "依法收回")
    assert cause("非市里原因").cause == "企业原因"
    assert cause("市里原因：不可抗力").cause == "不可抗力"  # its own class when the keywords say so
    assert cause("规划调整", ()).cause == "政府原因"  # without them the keywords decide


def test_record_notes_geometry_and_price():
    r = record(REC_AS_OF, "2020-01-01", None, land_price=-5, geometry_note="几何为空",
                      names={"land_price": "TDJK"})
    assert r.reason.endswith("；几何为空；字段「TDJK」值「-5」不大于0，未计算土地闲置费")
    assert r.idle_fee is None


def test_summary_buckets():
    rows = [RECORD_CASES[pid][0] for pid in ("NS_ON_2Y", "GOV_1Y", "START_ON_AS_OF", "BAD_ACTUAL", "NS_ON_2Y")]
    out = assess_record_columns(REC_AS_OF, *[[r[i] for r in rows] for i in range(7)])
    assert idle.summary(out) == {"闲置土地·未动工·满2年": 2, "闲置土地·未动工·满1年（政府原因/不可抗力）": 1,
                                 "非闲置": 1, "待核实": 1}
    assert idle.summary(out, {"非闲置": 3})["非闲置"] == 4


def test_setup_errors_and_warnings_in_order():
    assert IdleSetup().errors() == [idle.NO_AGREED_START]
    assert IdleSetup(fields={"agreed_start": "YDDGRQ"}, gov_values=("市里",)).warnings() == [
        idle.NO_ACTUAL_START, idle.NO_HALT_DATE, idle.NO_PROGRESS, idle.GOV_VALUES_WITHOUT_CAUSE]
    full = IdleSetup(fields={k: k.upper() for k in ("agreed_start", "actual_start", "halt_date", "dev_area",
                                                      "total_area", "cause")}, gov_values=("市里",))
    assert full.errors() == [] and full.warnings() == []
    assert IdleSetup(fields={"agreed_start": "a", "actual_start": "b", "halt_date": "c", "dev_area": "d"}
                     ).warnings() == [idle.NO_PROGRESS]  # a part without its whole gives no ratio


# hypothesis: properties of the batch form on messy batches ---------------------------------
_ANCHOR = day(2024, 2, 29)
_dates = st.one_of(
    st.none(),
    st.dates(min_value=day(2015, 1, 1), max_value=day(2026, 12, 31)),
    st.sampled_from([day(2023, 2, 28), day(2023, 3, 1), day(2022, 2, 28), day(2020, 2, 29), day(2023, 2, 28),
                     day(2024, 2, 29), day(2022, 3, 1)]),  # one / two years before the leap-day as-of
    st.dates(min_value=day(2019, 1, 1), max_value=day(2025, 12, 31)).map(
        lambda d: "%d年%d月%d日" % (d.year, d.month, d.day)),
    st.dates(min_value=day(2019, 1, 1), max_value=day(2025, 12, 31)).map(lambda d: d.strftime("%Y/%m/%d")),
    st.sampled_from(["待定", "2021-02-30", "N/A", "", "  ", "明年", "44260", 44260, 20210305, 60, float("nan"), True]),
)
_ratios = st.one_of(st.none(), st.floats(0, 1), st.floats(-1, 200), st.just(float("nan")),
                    st.sampled_from(["45%", "0.2", "N/A", "1,234.5", "０．５", "", "三成"]))
_amounts = st.one_of(st.none(), st.floats(-10, 1e6), st.sampled_from(["1,234.5", "N/A", "０", "-3", "１２３"]))
_causes = st.one_of(st.none(), st.sampled_from(["政府原因", "企业原因", "不可抗力", "规划调整", "非政府原因",
                                                "政府与企业双方", "市里原因", "", "N/A", "资金不足"]))
_as_of = st.sampled_from([_ANCHOR, day(2024, 6, 30), day(2025, 2, 28), day(2023, 3, 1)])
_notes = st.sampled_from([None, None, idle.NOTE_EMPTY_GEOMETRY, "几何无效（自相交等），已用 make-valid 修复"])


def _rows(out, n):
    return [tuple(None if isinstance(v, float) and math.isnan(v) else v for v in (out[k][i] for k in RECORD_COLUMNS))
            for i in range(n)]


@settings(max_examples=60, deadline=None)
@given(as_of=_as_of, rows=st.lists(st.tuples(_dates, _dates, _ratios, _ratios, _dates, _causes, _amounts, _amounts,
                                              _amounts, _amounts, _amounts, _notes), min_size=0, max_size=12),
       gov=st.sampled_from(["", "市里原因", "政府,上级"]))
def test_messy_batches_are_consistent_and_each_parcel_scores_as_a_batch_of_one(as_of, rows, gov):
    gov_values = parse_cause_values(gov)

    def run(part, counts):
        cols = [np.array([r[i] for r in part] + [None], dtype=object)[:-1] for i in range(12)]
        return assess_record_columns(as_of, *cols[:7], dev_area=cols[7], total_area=cols[8], invested=cols[9],
                                     total_invest=cols[10], geometry_note=cols[11], gov_values=gov_values,
                                     counts=counts)
    counts, single_counts = {}, {}
    got = _rows(run(rows, counts), len(rows))
    for i, r in enumerate(rows):
        assert got[i] == _rows(run([r], single_counts), 1)[0]
        flag, days, basis, stage, csq, cause, gov_flag, disp, fee, reason = got[i]
        assert flag in (1, 0, None) and isinstance(reason, str) and reason
        assert gov_flag in (0, 1) and (gov_flag == 1) == (cause in (CAUSE_GOV, CAUSE_FORCE, CAUSE_BOTH))
        if flag == 1:
            assert basis in ("未动工", "中止开发") and stage in ("满1年", "满2年") and disp in DISPOSALS and csq
            assert days >= 365 and "认定为闲置土地" in reason
        else:
            assert disp is None and csq is None and fee is None
        if flag is None:
            assert reason.startswith("待核实")
        if fee is not None:
            assert fee >= 0 and gov_flag == 0  # a price of 1e-100 万元 rounds to a fee of 0
        if r[11]:
            assert r[11] in reason
    assert counts == single_counts
    assert sum(n for (kind, _), n in counts.items() if kind in ("empty_geometry", "invalid_geometry")) == sum(
        1 for r in rows if r[11])


def test_ratio_columns_and_the_cause_text():
    got = assess_record_columns(REC_AS_OF, ["2020-01-01", "2020-01-01"], ["2020-03-01", None],
                                dev_ratio=[0.1, None], halt_date=["2022-01-01", None], cause=[None, "规划调整"])
    assert got["idle_flag"].tolist() == [1.0, 1.0] and got["idle_basis"].tolist() == ["中止开发", "未动工"]
    assert got["idle_disp"].tolist() == ["依法收回", "调整利用"] and got["idle_gov"].tolist() == [0.0, 1.0]


def test_columnar_boundaries_exactly_one_year_and_leap_days():
    agreed = np.array([day(2023, 2, 28), day(2023, 3, 1), day(2020, 2, 29), day(2023, 2, 28), "2022-02-28", None],
                      dtype=object)
    got = assess_record_columns(_ANCHOR, agreed)
    # as of 2024-02-29: 2023-02-28 is one full year; 2023-03-01 is not; 2020-02-29 is four years
    assert got["idle_flag"][:2].tolist() == [1.0, 0.0]
    assert got["idle_stage"].tolist()[:5] == ["满1年", "未满1年", "满2年", "满1年", "满2年"]
    assert math.isnan(got["idle_flag"][5])
    # a 29 February start reaches its anniversary on 28 February of a common year
    r = assess_record_columns(day(2021, 2, 28), np.array([day(2020, 2, 29)], dtype=object))
    assert r["idle_stage"][0] == "满1年"
    r = assess_record_columns(day(2021, 2, 27), np.array([day(2020, 2, 29)], dtype=object))
    assert r["idle_stage"][0] == "未满1年"


def test_cause_classes_on_a_batch():
    causes = np.array(["规划调整", None, "资金不足", "地震"], dtype=object)
    got = assess_record_columns(REC_AS_OF, ["2020-01-01"] * 4, cause=causes)["idle_cause"]
    assert got.tolist() == ["政府原因", None, "企业原因", "不可抗力"]

"""闲置土地 rule (《闲置土地处置办法》2012, SPEC §3.2), without QGIS."""
import datetime as dt

import pytest

from landplan_plugin.core import idle, values
from landplan_plugin.core.idle import (CAUSE_BOTH, CAUSE_ENTERPRISE, CAUSE_FORCE, CAUSE_GOV,
                                       DISPOSAL_TABLE, DISPOSALS, assess_idle, classify_cause)

AGREED = dt.date(2020, 3, 5)


def day(y, m, d):
    return dt.date(y, m, d)


# --- 未动工 ---------------------------------------------------------------------------------
def test_not_started_day_before_one_year_is_not_idle():
    r = assess_idle(day(2021, 3, 4), AGREED, None)
    assert r.flag == 0
    assert r.basis == "未动工"
    assert r.stage == "未满1年"
    assert r.idle_days == 364
    assert r.full_years == 0
    assert r.disposal is None and r.consequence is None
    assert "未满1年" in r.reason


def test_not_started_on_first_anniversary_is_idle():
    r = assess_idle(day(2021, 3, 5), AGREED, None)
    assert r.flag == 1
    assert r.basis == "未动工"
    assert r.stage == "满1年"
    assert r.idle_days == 365
    assert r.consequence == "征缴土地闲置费（土地价款的20%）"
    assert r.disposal == "限期开发"
    assert r.cause_class is None and r.gov_caused is False
    assert "未注明闲置原因" in r.reason
    assert "认定为闲置土地" in r.reason


def test_two_year_boundary():
    r = assess_idle(day(2022, 3, 4), AGREED, None)
    assert (r.flag, r.stage, r.full_years) == (1, "满1年", 1)
    r = assess_idle(day(2022, 3, 5), AGREED, None)
    assert (r.flag, r.stage, r.full_years) == (1, "满2年", 2)
    assert r.idle_days == 730
    assert r.consequence == "可无偿收回土地使用权"
    assert r.disposal == "依法收回"


def test_feb_29_agreed_start():
    agreed = day(2020, 2, 29)
    assert assess_idle(day(2021, 2, 27), agreed, None).flag == 0
    r = assess_idle(day(2021, 2, 28), agreed, None)
    assert r.flag == 1 and r.stage == "满1年" and r.idle_days == 365
    assert assess_idle(day(2022, 2, 27), agreed, None).stage == "满1年"
    assert assess_idle(day(2022, 2, 28), agreed, None).stage == "满2年"


def test_before_agreed_start_not_idle_no_clock():
    r = assess_idle(day(2020, 1, 1), AGREED, None)
    assert r.flag == 0
    assert r.idle_days is None and r.stage is None and r.basis is None
    assert "未到约定动工日期" in r.reason


def test_actual_start_after_as_of_counts_as_not_started():
    r = assess_idle(day(2021, 6, 1), AGREED, day(2021, 7, 1))
    assert r.flag == 1 and r.basis == "未动工"
    assert "晚于基准日" in r.reason


def test_not_started_missing_agreed_start_is_undetermined():
    r = assess_idle(day(2021, 6, 1), None, None)
    assert r.flag is None
    assert "约定动工日期" in r.reason and "为空" in r.reason
    assert r.reason.startswith("待核实")


def test_not_started_bad_agreed_start_is_undetermined_and_reported():
    r = assess_idle(day(2021, 6, 1), "待定", "")
    assert r.flag is None
    assert "「待定」" in r.reason
    assert [p.kind for p in r.problems] == [values.BAD_DATE]


def test_bad_actual_start_is_undetermined():
    r = assess_idle(day(2023, 6, 1), AGREED, "待定")
    assert r.flag is None
    assert "实际动工日期「待定」无法识别" in r.reason
    assert r.problems[0].field == "实际动工日期"


def test_field_names_can_be_overridden():
    r = assess_idle(day(2023, 6, 1), AGREED, "待定", names={"actual_start": "SJDGRQ"})
    assert "SJDGRQ「待定」" in r.reason


def test_raw_text_dates_in_every_format():
    for raw in ("2020-03-05", "2020/3/5", "2020.3.5", "2020年3月5日", "20200305", 43895,
                "43895"):
        r = assess_idle(day(2021, 3, 5), raw, None)
        assert (r.flag, r.idle_days) == (1, 365), raw
        assert assess_idle(day(2021, 3, 4), raw, None).flag == 0, raw


def test_as_of_none_is_today():
    r = assess_idle(None, dt.date.today() - dt.timedelta(days=800), None)
    assert r.flag == 1 and r.stage == "满2年"


def test_as_of_datetime_and_text():
    assert assess_idle(dt.datetime(2021, 3, 5, 8, 0), AGREED, None).flag == 1
    assert assess_idle("2021-03-05", AGREED, None).flag == 1


# --- 已动工 / 中止开发 ---------------------------------------------------------------------
STARTED = day(2020, 6, 1)
HALT = day(2021, 1, 10)


def test_started_not_halted_is_not_idle():
    r = assess_idle(day(2025, 1, 1), AGREED, STARTED, 0.1, 0.1, None)
    assert r.flag == 0
    assert r.idle_days is None and r.basis is None
    assert "未中止开发" in r.reason


def test_halt_after_as_of_is_not_halted():
    r = assess_idle(day(2021, 1, 1), AGREED, STARTED, 0.1, 0.1, HALT)
    assert r.flag == 0
    assert "晚于基准日" in r.reason


def test_halted_one_full_year_with_low_development_is_idle():
    r = assess_idle(day(2022, 1, 10), AGREED, STARTED, 0.2, 0.5, HALT)
    assert r.flag == 1
    assert r.basis == "中止开发"
    assert r.stage == "满1年"
    assert r.idle_days == 365  # counted from the halt date, not the agreed start
    assert "已开发面积不足1/3" in r.reason
    assert "已投资额不足25%" not in r.reason


def test_halted_day_before_one_year_is_not_idle():
    r = assess_idle(day(2022, 1, 9), AGREED, STARTED, 0.2, 0.5, HALT)
    assert r.flag == 0
    assert r.basis == "中止开发" and r.stage == "未满1年" and r.idle_days == 364


def test_halted_two_years_low_investment():
    r = assess_idle(day(2023, 1, 10), AGREED, STARTED, 0.5, 0.1, HALT)
    assert (r.flag, r.stage) == (1, "满2年")
    assert "已投资额不足25%" in r.reason
    assert r.consequence == "可无偿收回土地使用权"
    assert assess_idle(day(2023, 1, 9), AGREED, STARTED, 0.5, 0.1, HALT).stage == "满1年"


def test_halted_but_enough_developed_and_invested_is_not_idle():
    r = assess_idle(day(2025, 1, 1), AGREED, STARTED, 0.5, 0.3, HALT)
    assert r.flag == 0
    assert "不属闲置" in r.reason


def test_exact_thresholds_are_not_below():
    # 100/300 is exactly one third; 0.25 is exactly 25 %: "不足" means strictly less
    assert assess_idle(day(2025, 1, 1), AGREED, STARTED, 100 / 300, 0.25, HALT).flag == 0
    assert assess_idle(day(2025, 1, 1), AGREED, STARTED, 0.3333, 0.25, HALT).flag == 1
    assert assess_idle(day(2025, 1, 1), AGREED, STARTED, 0.5, 0.2499, HALT).flag == 1


def test_halted_long_with_missing_ratios_is_undetermined():
    r = assess_idle(day(2025, 1, 1), AGREED, STARTED, None, None, HALT)
    assert r.flag is None
    assert "已开发面积比例" in r.reason and "已投资比例" in r.reason
    # one ratio fine, the other missing: still cannot tell
    r = assess_idle(day(2025, 1, 1), AGREED, STARTED, 0.5, None, HALT)
    assert r.flag is None
    assert "已投资比例" in r.reason and "已开发面积比例" not in r.reason.split("缺少")[1]


def test_one_low_ratio_is_enough_when_the_other_is_missing():
    assert assess_idle(day(2025, 1, 1), AGREED, STARTED, 0.1, None, HALT).flag == 1
    assert assess_idle(day(2025, 1, 1), AGREED, STARTED, None, 0.1, HALT).flag == 1


def test_halted_recently_with_missing_ratios_is_not_idle():
    r = assess_idle(day(2021, 6, 1), AGREED, STARTED, None, None, HALT)
    assert r.flag == 0 and r.stage == "未满1年"


def test_halt_before_start_is_undetermined():
    r = assess_idle(day(2025, 1, 1), AGREED, STARTED, 0.1, 0.1, day(2020, 1, 1))
    assert r.flag is None
    assert "早于实际动工日期" in r.reason


def test_bad_halt_date_is_undetermined():
    r = assess_idle(day(2025, 1, 1), AGREED, STARTED, 0.1, 0.1, "不详")
    assert r.flag is None
    assert "中止开发日期「不详」" in r.reason


def test_ratios_given_as_percentages_or_text():
    r = assess_idle(day(2025, 1, 1), AGREED, STARTED, 20, "50%", HALT)
    assert r.flag == 1
    assert [p.kind for p in r.problems] == [values.PERCENT_AS_RATIO]
    r = assess_idle(day(2025, 1, 1), AGREED, STARTED, "N/A", "10%", HALT)
    assert r.flag == 1
    assert r.problems[0].kind == values.NOT_NUMBER


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
    assert classify_cause(text) == expected


def test_government_cause_is_flagged_but_marked():
    for as_of, stage, disposal in ((day(2021, 3, 5), "满1年", "限期开发"),
                                   (day(2022, 3, 5), "满2年", "调整利用")):
        r = assess_idle(as_of, AGREED, None, cause="政府原因")
        assert r.flag == 1 and r.stage == stage
        assert r.gov_caused is True
        assert r.cause_class == "政府原因"
        assert "不征缴土地闲置费" in r.consequence and "第八条" in r.consequence
        assert "闲置费（土地价款的20%）" not in r.consequence
        assert r.disposal == disposal


def test_force_majeure():
    r = assess_idle(day(2022, 3, 5), AGREED, None, cause="不可抗力（洪水）")
    assert r.cause_class == "不可抗力" and r.gov_caused
    assert r.disposal == "临时使用"
    assert "不可抗力" in r.consequence
    assert assess_idle(day(2021, 3, 5), AGREED, None, cause="地震").disposal == "限期开发"


def test_both_sides():
    r = assess_idle(day(2022, 3, 5), AGREED, None, cause="政府与企业互有瑕疵")
    assert r.cause_class == CAUSE_BOTH and r.gov_caused
    assert r.disposal == "依法收回"
    assert "成本价" in r.consequence


def test_enterprise_cause():
    r = assess_idle(day(2021, 3, 5), AGREED, None, cause="企业原因")
    assert r.cause_class == "企业原因" and r.gov_caused is False
    assert r.consequence == "征缴土地闲置费（土地价款的20%）"
    assert r.disposal == "限期开发" and r.alternatives == ("置换盘活",)
    assert "闲置原因：企业原因" in r.reason
    r = assess_idle(day(2022, 3, 5), AGREED, None, cause="企业原因")
    assert r.disposal == "依法收回"


def test_cause_does_not_change_the_flag():
    for cause in (None, "企业原因", "政府原因", "不可抗力", "互有瑕疵"):
        assert assess_idle(day(2021, 3, 4), AGREED, None, cause=cause).flag == 0
        r = assess_idle(day(2021, 3, 4), AGREED, None, cause=cause)
        assert r.disposal is None and r.consequence is None


def test_idle_fee():
    r = assess_idle(day(2021, 3, 5), AGREED, None, land_price=1000)
    assert r.idle_fee == pytest.approx(200.0)
    assert assess_idle(day(2021, 3, 5), AGREED, None, cause="政府原因", land_price=1000).idle_fee is None
    assert assess_idle(day(2021, 3, 4), AGREED, None, land_price=1000).idle_fee is None
    r = assess_idle(day(2021, 3, 5), AGREED, None, land_price="N/A")
    assert r.idle_fee is None and r.problems[0].field == "土地价款"
    assert assess_idle(day(2021, 3, 5), AGREED, None, land_price="1,000").idle_fee == pytest.approx(200)


def test_disposal_table_is_complete_and_uses_the_seed_measures():
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

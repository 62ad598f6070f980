"""批而未供 rule, attribute mode (SPEC §3.3), without QGIS."""
import datetime as dt

import pytest

from landplan_plugin.core import values
from landplan_plugin.core.units import M2_PER_MU
from landplan_plugin.core.unsupplied import (YearSummary, assess_unsupplied,
                                             classify_supply_status, parse_yes_no,
                                             summarise_by_year, summarise_total)

AS_OF = dt.date(2025, 12, 31)
APPROVED = dt.date(2016, 5, 20)


def test_no_supply_record_is_unsupplied():
    r = assess_unsupplied(AS_OF, APPROVED, None, None)
    assert r.flag == 1
    assert r.approval_year == 2016
    assert r.unsup_yrs == 9
    assert r.age_years == pytest.approx(9.62, abs=0.01)
    assert "无供地日期" in r.reason
    assert r.in_use_flag is None


def test_supplied_on_or_before_as_of():
    r = assess_unsupplied(AS_OF, APPROVED, dt.date(2018, 1, 1))
    assert r.flag == 0 and r.unsup_yrs is None
    assert r.age_years is not None
    assert assess_unsupplied(AS_OF, APPROVED, AS_OF).flag == 0


def test_supplied_after_as_of_is_unsupplied_at_as_of():
    r = assess_unsupplied(AS_OF, APPROVED, AS_OF + dt.timedelta(days=1))
    assert r.flag == 1
    assert "晚于基准日" in r.reason


def test_approved_after_as_of_is_not_counted():
    r = assess_unsupplied(AS_OF, dt.date(2026, 1, 1), None)
    assert r.flag == 0
    assert r.age_years is None and r.unsup_yrs is None
    assert r.approval_year == 2026
    assert "尚未批准" in r.reason
    assert assess_unsupplied(AS_OF, AS_OF, None).flag == 1  # approved on the reference date


def test_approval_missing_or_bad_is_undetermined():
    r = assess_unsupplied(AS_OF, None, None, "未供")
    assert r.flag is None and "批准日期为空" in r.reason
    r = assess_unsupplied(AS_OF, "待定", None)
    assert r.flag is None and "「待定」" in r.reason
    assert r.problems[0].kind == values.BAD_DATE


def test_full_years_boundaries():
    approved = dt.date(2023, 12, 31)
    assert assess_unsupplied(dt.date(2024, 12, 30), approved).unsup_yrs == 0
    assert assess_unsupplied(dt.date(2024, 12, 31), approved).unsup_yrs == 1
    assert assess_unsupplied(dt.date(2025, 12, 30), approved).unsup_yrs == 1
    assert assess_unsupplied(dt.date(2025, 12, 31), approved).unsup_yrs == 2
    r = assess_unsupplied(dt.date(2021, 2, 28), dt.date(2020, 2, 29))
    assert r.unsup_yrs == 1


@pytest.mark.parametrize("status, flag", [
    ("已供", 0), ("已供应", 0), ("供应", 0), ("出让", 0), ("划拨", 0), ("已供地", 0), ("是", 0),
    (True, 0), (1, 0),
    ("未供", 1), ("未供应", 1), ("未供地", 1), ("否", 1), ("无", 1), (False, 1), (0, 1),
])
def test_status_without_date(status, flag):
    r = assess_unsupplied(AS_OF, APPROVED, None, status)
    assert r.flag == flag
    if flag == 0:
        assert "未按基准日核对" in r.reason


def test_date_wins_over_status():
    assert assess_unsupplied(AS_OF, APPROVED, dt.date(2019, 1, 1), "未供").flag == 0
    assert assess_unsupplied(AS_OF, APPROVED, dt.date(2026, 3, 1), "已供").flag == 1


def test_partial_supply_is_flagged_even_with_a_date():
    r = assess_unsupplied(AS_OF, APPROVED, dt.date(2019, 1, 1), "部分供应")
    assert r.flag == 1 and r.partial is True
    assert "部分" in r.reason and "扣除" in r.reason
    assert assess_unsupplied(AS_OF, APPROVED, None, "部分供地").partial


def test_unrecognised_status_without_date_is_undetermined():
    r = assess_unsupplied(AS_OF, APPROVED, None, "待定")
    assert r.flag is None
    assert r.problems[0].kind == values.BAD_TEXT
    assert "供地状态" in r.problems[0].message


def test_bad_supply_date():
    r = assess_unsupplied(AS_OF, APPROVED, "不详", None)
    assert r.flag is None and "供地日期「不详」" in r.reason
    # a usable status still decides
    assert assess_unsupplied(AS_OF, APPROVED, "不详", "未供").flag == 1
    assert assess_unsupplied(AS_OF, APPROVED, "不详", "已供").flag == 0


def test_text_dates():
    r = assess_unsupplied("2025-12-31", "2016年5月20日", "20260101")
    assert r.flag == 1 and r.approval_year == 2016


def test_supply_before_approval_is_noted():
    r = assess_unsupplied(AS_OF, APPROVED, dt.date(2015, 1, 1))
    assert r.flag == 0 and "请核实" in r.reason


@pytest.mark.parametrize("in_use, expected", [
    ("是", 1), ("已使用", 1), ("在用", 1), (True, 1), (1, 1), ("Y", 1),
    ("否", 0), ("未使用", 0), (False, 0), (0, 0),
    (None, None), ("", None),
])
def test_in_use_on_unsupplied_land(in_use, expected):
    r = assess_unsupplied(AS_OF, APPROVED, None, "未供", in_use)
    assert r.in_use_flag == expected
    assert ("已批未供即用" in r.reason) == (expected == 1)


def test_in_use_on_supplied_land_is_not_flagged():
    assert assess_unsupplied(AS_OF, APPROVED, dt.date(2018, 1, 1), None, "是").in_use_flag == 0


def test_in_use_unrecognised_is_reported():
    r = assess_unsupplied(AS_OF, APPROVED, None, "未供", "??")
    assert r.in_use_flag is None
    assert r.problems[0].kind == values.BAD_TEXT


def test_helpers():
    assert classify_supply_status("") is None
    assert classify_supply_status(None) is None
    assert classify_supply_status("已批未供") == "未供"
    assert classify_supply_status("已批") is None
    assert parse_yes_no("没有") is False
    assert parse_yes_no("xyz") is None


def test_summarise_by_year():
    rows = [
        dict(approval_year=2016, flag=1, area_m2=10000.0),
        dict(approval_year=2016, flag=0, area_m2=30000.0),
        dict(approval_year=2016, flag=1, area_m2=20000.0, unsupplied_m2=5000.0, in_use_flag=1),
        dict(approval_year=2012, flag=None, area_m2=6000.0),
        dict(approval_year=None, flag=1, area_m2=1500.0),
    ]
    out = summarise_by_year(rows)
    assert [s.year for s in out] == [2012, 2016, None]
    s2016 = out[1]
    assert s2016.count == 3 and s2016.unsupplied_count == 2 and s2016.in_use_count == 1
    assert s2016.approved_m2 == 60000.0
    assert s2016.unsupplied_m2 == 15000.0
    assert s2016.unsupplied_mu == pytest.approx(15000.0 / M2_PER_MU)
    assert s2016.unsupplied_mu == pytest.approx(22.5)
    assert s2016.unsupplied_ha == pytest.approx(1.5)
    assert s2016.approved_mu == pytest.approx(90.0)
    assert s2016.approved_ha == pytest.approx(6.0)
    assert s2016.rate == pytest.approx(0.25)
    assert s2016.rate_pct == pytest.approx(25.0)
    assert s2016.label == "2016年"
    assert out[0].undetermined_count == 1 and out[0].rate == 0.0
    assert out[2].label == "年份不详"
    total = summarise_total(out)
    assert total.count == 5
    assert total.approved_m2 == pytest.approx(67500.0)
    assert total.unsupplied_m2 == pytest.approx(16500.0)


def test_summary_accepts_objects_and_handles_zero_area():
    class Row:
        approval_year = 2020
        flag = 1
        area_m2 = 0.0

    out = summarise_by_year([Row()])
    assert out[0].rate is None and out[0].rate_pct is None
    assert YearSummary(year=None).approved_mu == 0
    assert summarise_by_year([]) == []

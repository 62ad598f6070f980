"""批而未供 rule , without QGIS: attribute and spatial mode on batches of one, properties of
the batch forms on messy batches, the set-up and the totals."""
import datetime as dt
import math
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from landplan_plugin.core import unsupplied as unsup
from landplan_plugin.core import values
from landplan_plugin.core.units import M2_PER_HA, M2_PER_MU
from landplan_plugin.core.unsupplied import YearSummary, summarise_by_year, summarise_total


def _num(v):
    return None if isinstance(v, float) and math.isnan(v) else v


def _one(out, counts):
    row = {k: _num(out[k][0]) for k in unsup.RESULT_COLUMNS}
    return SimpleNamespace(
        flag=row["unsup_flag"], unsup_yrs=row["unsup_yrs"], age_years=row["appr_age"], approval_year=row["appr_year"],
        in_use_flag=row["unsup_use"], reason=row["unsup_rsn"], not_yet=bool(row["not_yet"]),
        approved_m2=row["approved_m2"], unsupplied_m2=row["unsupplied_m2"], appr_mu=row["appr_mu"],
        unsup_mu=row["unsup_mu"], unsup_ha=row["unsup_ha"],
        problems=[key for key, n in counts.items() for _ in range(n)])


def record(as_of, approval, supply=None, status=None, in_use=None, *, area=None, measured_m2=None,
           geometry_note=None, building_hits=None, **kw):
    """assess_record_columns on a batch of one approval (``measured_m2`` / ``building_hits`` a
    value or a callable of no argument, as a caller's per-row lazy value)."""
    counts = {}
    lazy = {k: (lambda i, v=v: v() if callable(v) else v) for k, v in (("measured_m2", measured_m2),
                                                                        ("building_hits", building_hits))
            if v is not None}
    out = unsup.assess_record_columns(as_of, [approval], [supply], [status], [in_use], area=[area],
                                  geometry_note=[geometry_note], counts=counts, **lazy, **kw)
    return _one(out, counts)


def spatial(as_of, approval, *, geometry=unsup.GEOM_OK, approved_m2=None, remainder_m2=None, dropped_m2=0.0,
            supplies_touching=0, in_use=None, building_hits=0, approval_fixed=False, supplies_fixed=False, **kw):
    """assess_spatial_columns on a batch of one approval polygon."""
    counts = {}
    out = unsup.assess_spatial_columns(
        as_of, [approval], geometry=[geometry], approved_m2=[np.nan if approved_m2 is None else approved_m2],
        remainder_m2=[np.nan if remainder_m2 is None else remainder_m2], dropped_m2=[dropped_m2],
        supplies_touching=[supplies_touching], in_use=[in_use],
        building_hits=lambda i: building_hits() if callable(building_hits) else building_hits,
        approval_fixed=[approval_fixed], supplies_fixed=[supplies_fixed], counts=counts, **kw)
    return _one(out, counts)


AS_OF = dt.date(2025, 12, 31)
APPROVED = dt.date(2016, 5, 20)


def test_no_supply_record_is_unsupplied():
    r = record(AS_OF, APPROVED, None, None)
    assert r.flag == 1
    assert r.approval_year == 2016
    assert r.unsup_yrs == 9
    assert r.age_years == pytest.approx(9.62, abs=0.01)
    assert "无供地日期" in r.reason
    assert r.in_use_flag is None


def test_supplied_on_or_before_as_of():
    r = record(AS_OF, APPROVED, dt.date(2018, 1, 1))
    assert r.flag == 0 and r.unsup_yrs is None
    assert r.age_years is not None
    assert record(AS_OF, APPROVED, AS_OF).flag == 0


def test_supplied_after_as_of_is_unsupplied_at_as_of():
    r = record(AS_OF, APPROVED, AS_OF + dt.timedelta(days=1))
    assert r.flag == 1
    assert "晚于基准日" in r.reason


def test_approved_after_as_of_is_not_counted():
    r = record(AS_OF, dt.date(2026, 1, 1), None)
    assert r.flag == 0
    assert r.age_years is None and r.unsup_yrs is None
    assert r.approval_year == 2026
    assert "尚未批准" in r.reason
    assert record(AS_OF, AS_OF, None).flag == 1  # approved on the reference date


def test_approval_missing_or_bad_is_undetermined():
    r = record(AS_OF, None, None, "未供")
    assert r.flag is None and "批准日期为空" in r.reason
    r = record(AS_OF, "待定", None)
    assert r.flag is None and "「待定」" in r.reason
    assert r.problems == [(values.BAD_DATE, "批准日期")]


def test_full_years_boundaries():
    approved = dt.date(2023, 12, 31)
    assert record(dt.date(2024, 12, 30), approved).unsup_yrs == 0
    assert record(dt.date(2024, 12, 31), approved).unsup_yrs == 1
    assert record(dt.date(2025, 12, 30), approved).unsup_yrs == 1
    assert record(dt.date(2025, 12, 31), approved).unsup_yrs == 2
    r = record(dt.date(2021, 2, 28), dt.date(2020, 2, 29))
    assert r.unsup_yrs == 1


@pytest.mark.parametrize("status, flag", [
    ("已供", 0), ("已供应", 0), ("供应", 0), ("出让", 0), ("划拨", 0), ("已供地", 0), ("是", 0),
    (True, 0), (1, 0),
    ("未供", 1), ("未供应", 1), ("未供地", 1), ("否", 1), ("无", 1), (False, 1), (0, 1),
])
def test_status_without_date(status, flag):
    r = record(AS_OF, APPROVED, None, status)
    assert r.flag == flag
    if flag == 0:
        assert "未按基准日核对" in r.reason


def test_date_wins_over_status():
    assert record(AS_OF, APPROVED, dt.date(2019, 1, 1), "未供").flag == 0
    assert record(AS_OF, APPROVED, dt.date(2026, 3, 1), "已供").flag == 1


def test_partial_supply_is_flagged_even_with_a_date():
    rows = [record(AS_OF, APPROVED, dt.date(2019, 1, 1), "部分供应"), record(AS_OF, APPROVED, None, "部分供地"),
            record(AS_OF, APPROVED, None, "未供")]
    assert [r.flag for r in rows] == [1, 1, 1]
    assert "部分" in rows[0].reason and "扣除" in rows[0].reason and "部分" not in rows[2].reason


def test_unrecognised_status_without_date_is_undetermined():
    r = record(AS_OF, APPROVED, None, "待定")
    assert r.flag is None
    assert r.problems == [(values.BAD_TEXT, "供地状态")]
    assert "字段「供地状态」值「待定」不是可识别的供地状态" in r.reason


def test_bad_supply_date():
    r = record(AS_OF, APPROVED, "不详", None)
    assert r.flag is None and "供地日期「不详」" in r.reason
    # a usable status still decides
    assert record(AS_OF, APPROVED, "不详", "未供").flag == 1
    assert record(AS_OF, APPROVED, "不详", "已供").flag == 0


def test_text_dates():
    r = record("2025-12-31", "2016年5月20日", "20260101")
    assert r.flag == 1 and r.approval_year == 2016


def test_supply_before_approval_is_noted():
    r = record(AS_OF, APPROVED, dt.date(2015, 1, 1))
    assert r.flag == 0 and "请核实" in r.reason


@pytest.mark.parametrize("in_use, expected", [
    ("是", 1), ("已使用", 1), ("在用", 1), (True, 1), (1, 1), ("Y", 1),
    ("否", 0), ("未使用", 0), (False, 0), (0, 0),
    (None, None), ("", None),
])
def test_in_use_on_unsupplied_land(in_use, expected):
    r = record(AS_OF, APPROVED, None, "未供", in_use)
    assert r.in_use_flag == expected
    assert ("已批未供即用" in r.reason) == (expected == 1)


def test_in_use_on_supplied_land_is_not_flagged():
    assert record(AS_OF, APPROVED, dt.date(2018, 1, 1), None, "是").in_use_flag == 0


def test_in_use_unrecognised_is_reported():
    r = record(AS_OF, APPROVED, None, "未供", "??")
    assert r.in_use_flag is None
    assert r.problems == [(values.BAD_TEXT, "是否使用")]


@pytest.mark.parametrize("status, flag", [("已批未供", 1), ("已批", None), ("", 1)])
def test_status_words(status, flag):
    assert record(AS_OF, APPROVED, None, status).flag == flag


@pytest.mark.parametrize("in_use, expected", [("没有", 0), ("xyz", None)])
def test_in_use_words(in_use, expected):
    assert record(AS_OF, APPROVED, None, "未供", in_use).in_use_flag == expected


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


# ---- whole records (what flagunsupplied writes), spatial-mode decisions --------------------
REC_AS_OF = dt.date(2024, 6, 30)

# the attribute-mode table of tests/qgis/test_flag_unsupplied.py: (approval, supply, status, in use) → (flag, unsup_yrs)
ATTR = {
    "APPROVED_AFTER": (("2024/07/01", None, None, None), (0, None)),
    "APPROVED_ON_AS_OF": (("2024/06/30", None, None, None), (1, 0)),
    "SUPPLIED_BEFORE": (("2020/01/01", "2021/01/01", "已供", None), (0, None)),
    "SUPPLIED_ON_AS_OF": (("2020/01/01", "2024/06/30", None, None), (0, None)),
    "SUPPLIED_AFTER": (("2020/01/01", "2024/07/01", "已供", None), (1, 4)),
    "STATUS_UNSUPPLIED": (("2020/01/01", None, "未供", None), (1, 4)),
    "STATUS_SUPPLIED": (("2020/01/01", None, "已供", None), (0, None)),
    "STATUS_PARTIAL": (("2020/01/01", "2021/01/01", "部分供应", None), (1, 4)),
    "NOTHING_RECORDED": (("2020/01/01", None, None, None), (1, 4)),
    "TWO_YEARS_ON_DAY": (("2022/06/30", None, None, None), (1, 2)),
    "TWO_YEARS_DAY_BEFORE": (("2022/07/01", None, None, None), (1, 1)),
    "NO_APPROVAL": ((None, None, None, None), (None, None)),
    "IN_USE": (("2019/05/01", None, "未供", "是"), (1, 5)),
    "NOT_IN_USE": (("2019/05/01", None, "未供", "否"), (1, 5)),
}


@pytest.mark.parametrize("aid", sorted(ATTR))
def test_record_attribute_table(aid):
    raw, (flag, yrs) = ATTR[aid]
    r = record(REC_AS_OF, *raw, measured_m2=10000.0)
    assert r.flag == flag and r.unsup_yrs == yrs, r.reason
    if flag == 1:
        assert r.unsup_mu == pytest.approx(15.0) and r.unsup_ha == pytest.approx(1.0)
    elif flag == 0:
        assert r.unsup_mu == 0.0
    else:
        assert r.unsup_mu is None and r.appr_mu == pytest.approx(15.0)
    assert r.not_yet == (aid == "APPROVED_AFTER")


def test_record_area_field_units_and_problems():
    r = record(REC_AS_OF, "2020-01-01", area="1,5", area_unit="mu", area_field="PZMJ")
    assert r.approved_m2 is None and "PZMJ" in r.reason and unsup.NOTE_NO_AREA in r.reason
    assert [f for _, f in r.problems] == ["PZMJ"]
    r = record(REC_AS_OF, "2020-01-01", area="１５", area_unit="mu", area_field="PZMJ", measured_m2=1.0)
    assert r.approved_m2 == pytest.approx(10000.0)  # the field wins over the geometry
    r = record(REC_AS_OF, "2020-01-01", area=None, area_unit="ha", area_field="PZMJ", measured_m2=lambda: 7.0)
    assert r.approved_m2 == 7.0 and r.unsupplied_m2 == 7.0
    assert record(REC_AS_OF, None, measured_m2=5.0).unsupplied_m2 is None  # undetermined: no area verdict


def test_record_buildings_make_it_in_use():
    r = record(REC_AS_OF, "2019-05-01", None, "未供", None, measured_m2=1.0, building_hits=lambda: 2,
                        buildings_given=True, geometry_note="几何无效（自相交等），已用 make-valid 修复")
    assert r.in_use_flag == 1
    assert r.reason.split("；")[2] == "现状建筑 2 处压占，已批未供即用"
    assert r.reason.endswith("；几何无效（自相交等），已用 make-valid 修复")
    none = record(REC_AS_OF, "2019-05-01", None, "未供", None, building_hits=0, buildings_given=True)
    assert none.in_use_flag == 0
    field_says = record(REC_AS_OF, "2019-05-01", None, "未供", "是", building_hits=3, buildings_given=True)
    assert field_says.in_use_flag == 1 and "现状建筑" not in field_says.reason
    no_geom = record(REC_AS_OF, "2019-05-01", None, "未供", None, building_hits=None, buildings_given=True)
    assert no_geom.in_use_flag is None
    supplied = record(REC_AS_OF, "2019-05-01", "2020-01-01", None, None, buildings_given=True)
    assert supplied.in_use_flag == 0


def test_spatial_decisions():
    base = dict(approval_field="批准日期", approved_m2=10000.0, tolerance=1.0)
    half = spatial(REC_AS_OF, "2020-01-01", remainder_m2=5000.0, supplies_touching=1, **base)
    assert half.flag == 1 and half.unsup_yrs == 4 and half.unsupplied_m2 == 5000.0
    assert "未被供地图斑覆盖 7.50 亩（占批准面积 50.0%）" in half.reason and half.reason.startswith("2020-01-01批准")
    none = spatial(REC_AS_OF, "2020-01-01", remainder_m2=10000.0, supplies_touching=0, **base)
    assert "无供地图斑与之相交，全部未供（15.00 亩）" in none.reason
    sliver = spatial(REC_AS_OF, "2020-01-01", remainder_m2=0.0, dropped_m2=0.5, supplies_touching=1, **base)
    assert sliver.flag == 0 and sliver.reason == "已全部供地（剩余 0.50 平方米小于容差 1 平方米，忽略）"
    at_tol = spatial(REC_AS_OF, "2020-01-01", remainder_m2=1.0, supplies_touching=1, **base)
    assert at_tol.flag == 1  # exactly the tolerance is kept
    below = spatial(REC_AS_OF, "2020-01-01", remainder_m2=0.999, supplies_touching=1, **base)
    assert below.flag == 0
    full = spatial(REC_AS_OF, "2020-01-01", remainder_m2=0.0, supplies_touching=2, **base)
    assert full.reason == "已全部供地"
    later = spatial(REC_AS_OF, "2024-07-01", **base)
    assert later.flag == 0 and later.not_yet and later.approved_m2 == 10000.0 and "尚未批准" in later.reason
    empty = spatial(REC_AS_OF, "2020-01-01", geometry=unsup.GEOM_EMPTY, **base)
    assert empty.flag is None and empty.approved_m2 is None
    failed = spatial(REC_AS_OF, "2020-01-01", geometry=unsup.GEOM_DIFF_FAILED, supplies_fixed=True, **base)
    assert failed.flag is None and failed.approved_m2 == 10000.0 and unsup.NOTE_SUPPLIES_FIXED in failed.reason
    broken = spatial(REC_AS_OF, "2020-01-01", geometry=unsup.GEOM_UNREPAIRABLE, approval_fixed=True, **base)
    assert broken.flag is None and broken.reason.startswith("待核实：批地图形无效且无法修复")
    bad_date = spatial(REC_AS_OF, "某日", remainder_m2=10.0, supplies_touching=1, **base)
    assert bad_date.flag == 1 and "批准日期为空或无法识别，批准年限待核实" in bad_date.reason
    assert bad_date.problems == [(values.BAD_DATE, "批准日期")] and bad_date.approval_year is None
    no_field = spatial(REC_AS_OF, None, remainder_m2=10.0, supplies_touching=1, approved_m2=10.0, approval_field=None)
    assert "待核实" not in no_field.reason and no_field.problems == []


def test_spatial_in_use():
    kw = dict(approval_field="批准日期", approved_m2=100.0, remainder_m2=50.0, supplies_touching=1)
    calls = []

    def hits():
        calls.append(1)
        return 2
    r = spatial(REC_AS_OF, "2020-01-01", building_hits=hits, buildings_given=True, **kw)
    assert r.in_use_flag == 1 and "已批未供即用（现状建筑 2 处压占未供部分）" in r.reason and calls == [1]
    r = spatial(REC_AS_OF, "2020-01-01", in_use="是", **kw)
    assert r.in_use_flag == 1 and r.reason.endswith("；已批未供即用")
    r = spatial(REC_AS_OF, "2020-01-01", in_use="??", in_use_field="SFSY", **kw)
    assert r.in_use_flag is None and r.reason.endswith("字段「SFSY」值「??」不是可识别的是/否取值，按未知处理")
    kw["remainder_m2"] = 0.0
    r = spatial(REC_AS_OF, "2020-01-01", building_hits=hits, buildings_given=True, **kw)
    assert r.flag == 0 and r.in_use_flag == 0 and calls == [1]  # no building check on supplied land


def test_sliver_rule_and_supply_dates():
    assert unsup.keep_parts([5.0, 0.5, 1.0], 1.0) == ([True, False, True], 6.0, 0.5)
    assert (unsup.sliver_split_needed(1.0, 2) and not unsup.sliver_split_needed(0.0, 2)
            and not unsup.sliver_split_needed(1.0, 1))
    got = unsup.supply_polygon_status_array(
        REC_AS_OF, np.array(["2024-07-01", None, "x", 45000, "2024年6月30日", "不详"], dtype=object))
    assert got.tolist() == ["after", "no_date", "bad_date", "ok", "ok", "bad_date"]
    assert unsup.overlay_needed(REC_AS_OF, ["2024-07-01", None, "2024-06-30", "某日"]).tolist() == [
        False, True, True, True]


def test_cohort_totals_leave_out_not_yet_and_undetermined():
    totals = unsup.CohortTotals()
    rows = [("2020-01-01", None), ("2020-05-01", "2021-01-01"), ("2024-07-01", None), (None, None),
            ("2019-01-01", None)]
    for part in (rows[:2], rows[2:]):  # two batches
        totals.add(unsup.assess_record_columns(REC_AS_OF, [r[0] for r in part], [r[1] for r in part],
                                           measured_m2=np.full(len(part), M2_PER_HA)))
    per_year, total = totals.summaries()
    assert totals.undetermined == 1
    assert [s.year for s in per_year] == [2019, 2020]
    assert total.count == 3 and total.unsupplied_count == 2
    assert total.rate == pytest.approx(2 / 3)


def test_setup_errors_warnings_and_fields_used():
    assert unsup.UnsuppliedSetup(spatial=True, has_geom=False).errors()[0] == unsup.NEEDS_POLYGONS
    assert unsup.UnsuppliedSetup(buildings_given=True, has_geom=False, fields={"approval_date": "a"}).errors() == [
        unsup.NEEDS_POLYGONS]
    assert unsup.UnsuppliedSetup().errors() == [unsup.NO_APPROVAL_FIELD]
    attr = unsup.UnsuppliedSetup(has_geom=False, fields={"approval_date": "PZRQ"})
    assert attr.errors() == [] and attr.warnings() == [unsup.NO_SUPPLY_RECORD, unsup.NO_AREA]
    assert attr.auto_detect() == {"approval_date": True, "supply_date": True, "supply_status": True, "in_use": True,
                                  "area": True}
    found = {"supply_date": "GDRQ", "area": "MJ", "in_use": "SFSY"}
    sp = unsup.UnsuppliedSetup(spatial=True, fields=found)
    assert sp.errors() == [] and sp.warnings() == [unsup.SPATIAL_IGNORES_SUPPLY_FIELDS,
                                                   unsup.SPATIAL_IGNORES_AREA_FIELD, unsup.NO_APPROVAL_YEARS]
    assert sp.used == {"in_use": "SFSY"}
    assert sp.auto_detect()["supply_date"] is False and sp.auto_detect()["area"] is False


# hypothesis: properties of the batch forms on messy batches --------------------------------
_dates = st.one_of(
    st.none(), st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2026, 12, 31)),
    st.sampled_from([dt.date(2023, 6, 30), dt.date(2023, 7, 1), dt.date(2020, 2, 29), dt.date(2024, 2, 29),
                     "2023年6月30日", "2023/7/1", "20230630", "45107", 45107, "待定", "2021-02-30", "", "N/A"]))
_status = st.one_of(st.none(), st.sampled_from(["已供", "未供", "部分供应", "待定", "", "是", 1, 0, True, "已批未供"]))
_use = st.one_of(st.none(), st.sampled_from(["是", "否", "??", "", 1, 0, "已使用", 2.5]))
_area = st.one_of(st.none(), st.floats(-5, 1e6), st.sampled_from(["1,234.5", "N/A", "１５", "-3", "0"]))
_m2 = st.one_of(st.none(), st.floats(0, 1e6))
_as_of = st.sampled_from([REC_AS_OF, dt.date(2024, 2, 29), dt.date(2025, 2, 28)])


def _rows(out, n):
    return [tuple(_num(out[k][i]) for k in unsup.RESULT_COLUMNS) for i in range(n)]


def _consistent(row, tolerance=None):
    flag, yrs, age, year, appr_mu, unsup_mu, unsup_ha, use, reason, not_yet, appr_m2, unsup_m2 = row
    assert flag in (1.0, 0.0, None) and isinstance(reason, str) and reason
    assert (yrs is not None) == (flag == 1 and age is not None)
    if flag == 1:
        assert not not_yet
        if tolerance is not None:  # spatial mode: what is left is at least the tolerance, and land
            assert unsup_m2 >= tolerance and unsup_m2 > 0
    else:
        assert use in (0.0, None) and yrs is None
    if flag is None:
        assert reason.startswith("待核实") and unsup_mu is None
    if flag == 0 and unsup_mu is not None:
        assert unsup_mu == 0.0
    if not_yet:
        assert flag == 0 and "尚未批准" in reason
    if unsup_m2 is not None:
        assert unsup_mu == pytest.approx(unsup_m2 / M2_PER_MU) and unsup_ha == pytest.approx(unsup_m2 / M2_PER_HA)


@settings(max_examples=60, deadline=None)
@given(as_of=_as_of, unit=st.sampled_from(["m2", "mu", "ha"]), bld=st.booleans(),
       rows=st.lists(st.tuples(_dates, _dates, _status, _use, _area, _m2, st.integers(0, 3),
                               st.sampled_from([None, "几何为空"])), max_size=12))
def test_messy_records_are_consistent_and_a_batch_is_its_rows(as_of, unit, bld, rows):
    def run(part, counts):
        def col(i):
            out = np.empty(len(part), dtype=object)
            out[:] = [r[i] for r in part]
            return out
        measured = np.array([np.nan if r[5] is None else r[5] for r in part], dtype=float)
        hits = np.array([r[6] for r in part], dtype=int)
        return unsup.assess_record_columns(as_of, col(0), col(1), col(2), col(3), area=col(4), area_unit=unit,
                                       area_field="PZMJ", measured_m2=measured, geometry_note=col(7),
                                       building_hits=hits if bld else None, buildings_given=bld, counts=counts)
    counts, single = {}, {}
    got = _rows(run(rows, counts), len(rows))
    for i, r in enumerate(rows):
        assert got[i] == _rows(run([r], single), 1)[0]
        _consistent(got[i])
        if r[7]:
            assert got[i][8].startswith(r[7]) or "；" + r[7] in got[i][8]
    assert counts == single
    assert counts.get(("empty_geometry", ""), 0) == sum(1 for r in rows if r[7])


@settings(max_examples=60, deadline=None)
@given(as_of=_as_of, tol=st.sampled_from([0.0, 1.0, 5.0]), bld=st.booleans(), has_field=st.booleans(),
       rows=st.lists(st.tuples(_dates, st.sampled_from([unsup.GEOM_OK, unsup.GEOM_OK, unsup.GEOM_EMPTY,
                                                        unsup.GEOM_UNREPAIRABLE, unsup.GEOM_DIFF_FAILED]),
                               st.floats(0, 1e5),
                               st.one_of(st.none(), st.floats(0, 1e5), st.sampled_from([1.0, 0.999])),
                               st.floats(0, 3), st.integers(0, 3), _use, st.integers(0, 2), st.booleans(),
                               st.booleans()), max_size=12))
def test_messy_overlays_are_consistent_and_a_batch_is_its_rows(as_of, tol, bld, has_field, rows):
    def run(part, counts):
        def col(i, dtype=object):
            out = np.empty(len(part), dtype=dtype)
            out[:] = [r[i] for r in part]
            return out
        rem = np.array([np.nan if r[3] is None else r[3] for r in part], dtype=float)
        return unsup.assess_spatial_columns(as_of, col(0) if has_field else None, geometry=col(1, int),
                                        approved_m2=col(2, float), remainder_m2=rem, dropped_m2=col(4, float),
                                        supplies_touching=col(5, int), tolerance=tol, in_use=col(6),
                                        building_hits=col(7, int), buildings_given=bld,
                                        approval_field="批准日期" if has_field else None,
                                        approval_fixed=col(8, bool), supplies_fixed=col(9, bool), in_use_field="SFSY",
                                        counts=counts)
    counts, single = {}, {}
    got = _rows(run(rows, counts), len(rows))
    for i, r in enumerate(rows):
        assert got[i] == _rows(run([r], single), 1)[0]
        _consistent(got[i], tol)
        if got[i][0] == 1:
            assert r[1] == unsup.GEOM_OK and r[3] is not None and r[3] >= tol
    assert counts == single


# ---- 已批未供即用: the decision ------------------------------------------------------------
def test_in_use_decision_boundaries():
    from landplan_plugin.core.unsupplied import decide_in_use_columns
    rows = [  # (unsup_use, use date, compliant, ie_flag, ie_type, mj_class, mj_score, cm_status) → decision
        ((1, "2018-12-31", "是", 0, None, "A", None, "达标"), "完善用地手续"),      # the cut-off day itself
        ((1, "2019-01-01", "是", 0, None, "A", None, "达标"), "待核实"),            # a day after it
        ((1, None, "否", None, None, None, None, None), "依法收回"),               # failed compliance wins
        ((1, None, None, 1, "停建停产类", "D", None, "未达标"), "待核实"),          # 低效整改 or 依法收回?
        ((1, "2017-01-01", "是", 1, "粗放用地类", "C", None, "达标"), "低效整改"),
        ((1, "2017-01-01", "是", 0, None, None, 80.0, "未到期"), "完善用地手续"),  # score = cut-off passes
        ((1, "2017-01-01", "是", 0, None, None, 79.99, "未到期"), "低效整改"),
        ((1, "2017-01-01", "是", 0, None, "A", None, "待核实"), "待核实"),
        ((1, "2017-01-01", "是", 0, None, "A", None, "未达标"), "低效整改"),
        ((0, "2017-01-01", "是", 0, None, "A", None, "达标"), None),
        ((float("nan"), "2017-01-01", "是", 0, None, "A", None, "达标"), None),
    ]
    cols = list(zip(*[r for r, _ in rows]))
    out = decide_in_use_columns(list(cols[0]), ["2016-05-01"] * len(rows), use_date=cols[1], compliant=cols[2],
                                ie_flag=cols[3], ie_type=cols[4], mj_class=cols[5], mj_score=cols[6],
                                score_min=80.0, cm_status=cols[7])
    assert out["ju_decide"].tolist() == [d for _, d in rows]
    reasons = out["ju_reason"].tolist()
    assert "报省自然资源厅备案" in reasons[0] and "晚于 2018-12-31" in reasons[1]
    assert "运营较差" not in reasons[4] and "亩均产出效益较低" in reasons[4]  # 粗放 is not 停产
    assert "79.99" in reasons[6] and "未能核实「履约情况较好」" in reasons[7]
    assert reasons[9] is None


def test_in_use_decision_falls_back_to_the_approval_date():
    from landplan_plugin.core.unsupplied import decide_in_use_columns
    out = decide_in_use_columns([1, 1, 1], ["2018-06-01", "2019-06-01", None], compliant=["是"] * 3,
                                ie_flag=[0] * 3, mj_class=["B"] * 3, cm_status=["达标"] * 3,
                                cutoff=__import__("datetime").date(2018, 12, 31))
    assert out["ju_decide"].tolist() == ["完善用地手续", "待核实", "待核实"]
    assert "以批准日期计" in out["ju_reason"][0] and "即用时间待核实" in out["ju_reason"][2]

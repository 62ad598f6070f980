"""供地计划执行 rules, without QGIS: each rule a batch function (tried on batches of one and on
whole tables)."""
import csv
import datetime as dt
import math
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from landplan_plugin.core import supply_plan as sp
from landplan_plugin.core.supply_plan import (ALL_DISTRICTS, CATEGORIES, TOTAL, MilestoneError, PlanTable,
                                              SupplyTable, parse_milestones)

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MS = parse_milestones(None)


def category_of_code(code):
    return sp.categories_of_codes([code])[0]


def category_of_text(text):
    return sp.plan_categories([text])[0]


def required_pct(as_of, milestones):
    return sp.required_pct_columns(sp.dates_to_datetime64([as_of]), milestones)[0]


def window_status(d, as_of):
    return sp.window_status_columns(sp.dates_to_datetime64([d]), as_of)[0]


def progress_metrics(plan, supp, req, tp, ts):
    cols = sp.progress_metrics_columns([plan], [supp], [req], [tp], [ts])
    return tuple(None if c[0] != c[0] else c[0] for c in cols)


def plan_progress(plan_rows, supply_rows, as_of, milestones=None):
    """plan rows (category, area[, district]); supply rows dicts of SupplyTable fields."""
    plan = PlanTable([r[0] for r in plan_rows], [r[1] for r in plan_rows],
                     [r[2] if len(r) > 2 else None for r in plan_rows])
    names = ("date", "area_ha", "code", "category", "district", "label", "geom_ha")
    supplies = SupplyTable(*([r.get(name) for r in supply_rows] for name in names))
    return sp.plan_progress(plan, supplies, as_of, milestones)


def supply(date, area, **kw):
    return dict(kw, date=date, area_ha=area)


@pytest.mark.parametrize("code, cat", [
    ("0701", "住宅"), (701, "住宅"), ("702", "住宅"), (7, "住宅"), ("05", "商服"), ("0501", "商服"), (501, "商服"),
    ("05H1", "商服"), ("0508", "工矿仓储"), (508, "工矿仓储"), ("508", "工矿仓储"), ("0601", "工矿仓储"),
    (601, "工矿仓储"), ("601", "工矿仓储"), (601.0, "工矿仓储"), ("０６０２", "工矿仓储"), ("0604", "工矿仓储"),
    ("0801", "其他"), ("08H2", "其他"), ("0901", "其他"), ("1001", "其他"), ("1109", "其他"), ("1101", "其他"),
    ("0101", None), ("0301", None), ("12", None), ("1201", None), (None, None), ("", None), ("N/A", None),
    ("0601 工业用地", "工矿仓储"),
])
def test_category_of_code(code, cat):
    assert category_of_code(code) == cat


@pytest.mark.parametrize("text, cat", [
    ("住宅", "住宅"), ("住宅用地", "住宅"), ("商服用地", "商服"), ("商业", "商服"), ("工矿仓储用地", "工矿仓储"),
    ("工业用地", "工矿仓储"), ("物流仓储用地", "工矿仓储"), ("公共管理与公共服务用地", "其他"),
    ("交通运输用地", "其他"),
    ("其他用地", "其他"), ("合计", TOTAL), ("总计", TOTAL), (" 住 宅 ", "住宅"), ("0701", "住宅"), (601, "工矿仓储"),
    ("耕地", None), ("", None), (None, None),
])
def test_category_of_text(text, cat):
    assert category_of_text(text) == cat


def test_category_field_wins_over_code():
    got = sp.categories_of_texts(["工业用地", "", "看不懂", "合计", None], ["0701"] * 5)
    assert got.tolist() == ["工矿仓储", "住宅", "住宅", "住宅", "住宅"]
    assert sp.categories_of_texts(["合计", "商业"]).tolist() == [None, "商服"]


def test_milestones_parse_and_errors():
    assert parse_milestones("06-30:50,09-30:75,12-31:100") == [(6, 30, 50.0), (9, 30, 75.0), (12, 31, 100.0)]
    assert parse_milestones("6月30日:50，9/30=75%；12.31:100") == [(6, 30, 50.0), (9, 30, 75.0), (12, 31, 100.0)]
    assert parse_milestones("") == MS
    assert parse_milestones("12-31:100, 03-31:20") == [(3, 31, 20.0), (12, 31, 100.0)]
    with pytest.raises(MilestoneError, match="06-31"):
        parse_milestones("06-31:50")
    with pytest.raises(MilestoneError, match="abc"):
        parse_milestones("abc")
    with pytest.raises(MilestoneError, match="120"):
        parse_milestones("06-30:120")
    with pytest.raises(MilestoneError, match="两次"):
        parse_milestones("06-30:50,06-30:60")
    with pytest.raises(MilestoneError, match="低于"):
        parse_milestones("06-30:80,09-30:75")


def test_required_pct_boundaries():
    assert required_pct(dt.date(2024, 1, 1), MS) == 0
    assert required_pct(dt.date(2024, 6, 29), MS) == 0
    assert required_pct(dt.date(2024, 6, 30), MS) == 50
    assert required_pct(dt.date(2024, 9, 29), MS) == 50
    assert required_pct(dt.date(2024, 9, 30), MS) == 75
    assert required_pct(dt.date(2024, 12, 30), MS) == 75
    assert required_pct(dt.date(2024, 12, 31), MS) == 100
    feb = parse_milestones("02-29:10")
    assert required_pct(dt.date(2023, 2, 28), feb) == 10   # common year: last day of February
    assert required_pct(dt.date(2024, 2, 28), feb) == 0


@settings(max_examples=50, deadline=None)
@given(st.lists(st.one_of(st.none(), st.dates(dt.date(2020, 1, 1), dt.date(2027, 12, 31))), max_size=30),
       st.dates(dt.date(2021, 1, 1), dt.date(2026, 12, 31)))
def test_window_and_required_partition_the_dates(dates, as_of):
    arr = sp.dates_to_datetime64(dates)
    col = sp.window_status_columns(arr, as_of)
    start = dt.date(as_of.year, 1, 1)
    assert list(col) == [sp.NO_DATE if d is None else sp.AFTER_AS_OF if d > as_of else
                         sp.BEFORE_YEAR if d < start else sp.IN_WINDOW for d in dates]
    req = sp.required_pct_columns(arr, MS)
    assert all(math.isnan(r) if d is None else r in (0, 50, 75, 100) for d, r in zip(dates, req))
    known = [(d, r) for d, r in zip(dates, req) if d is not None]
    for (d1, r1), (d2, r2) in zip(sorted(known), sorted(known)[1:]):
        assert d1.year != d2.year or r1 <= r2            # never goes down within a year


def test_window_boundaries():
    as_of = dt.date(2024, 6, 30)
    assert window_status(dt.date(2024, 1, 1), as_of) == sp.IN_WINDOW
    assert window_status(as_of, as_of) == sp.IN_WINDOW
    assert window_status(dt.date(2023, 12, 31), as_of) == sp.BEFORE_YEAR
    assert window_status(dt.date(2024, 7, 1), as_of) == sp.AFTER_AS_OF
    assert window_status(None, as_of) == sp.NO_DATE


areas = st.one_of(st.none(), st.floats(0, 5000, allow_nan=False), st.sampled_from([0.0, 50.0, 100.0]))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(areas, areas, st.sampled_from([0.0, 50.0, 75.0, 100.0, 33.3]), areas, areas),
                min_size=1, max_size=20))
def test_metrics_rule(rows):
    plan, supp, req, tp, ts = (np.array([np.nan if r[i] is None else r[i] for r in rows]) for i in range(5))
    done, ok, gap, plan_shr, supp_shr = sp.progress_metrics_columns(plan, supp, req, tp, ts)
    p, s_, t_p, t_s = (np.nan_to_num(x) for x in (plan, supp, tp, ts))
    need = req / 100 * p
    assert np.array_equal(np.isnan(done), p <= 0) and np.array_equal(np.isnan(plan_shr), t_p <= 0)
    assert np.array_equal(np.isnan(supp_shr), t_s <= 0)
    with np.errstate(over="ignore"):
        assert np.allclose(done[p > 0], s_[p > 0] / p[p > 0] * 100)
    assert np.all((ok == 1) == (s_ >= need - 1e-9 * np.maximum(1, need)))
    assert np.all(gap[ok == 1] == 0) and np.allclose(gap[ok == 0], (need - s_)[ok == 0])


def test_metrics_exact_requirement_is_on_track():
    done, ok, gap, _, _ = progress_metrics(871.73, 871.73 * 0.5, 50, 3927.94, 1000)
    assert ok == 1 and gap == 0 and done == pytest.approx(50)
    done, ok, gap, _, _ = progress_metrics(100, 49.99, 50, 100, 49.99)
    assert ok == 0 and gap == pytest.approx(0.01)
    assert progress_metrics(0, 5, 50, 0, 5)[:3] == (None, 1, 0.0)


def _zhengzhou_2024_plan():
    with open(os.path.join(REPO, "resources", "plans", "zhengzhou_2024.csv"), encoding="utf-8") as f:
        return [(r["category"], r["area_ha"]) for r in csv.DictReader(f)]


def test_shipped_plan_matches_the_zhengzhou_2024_plan():
    rep = plan_progress(_zhengzhou_2024_plan(), [], dt.date(2024, 3, 1))
    by = {r.category: r for r in rep.rows}
    assert by[TOTAL].plan_ha == pytest.approx(3927.94)
    assert [round(by[c].plan_ha, 2) for c in CATEGORIES] == [871.73, 186.52, 924.05, 1945.64]
    assert [round(by[c].plan_shr, 2) for c in CATEGORIES] == [22.19, 4.75, 23.53, 49.53]
    assert all(by[c].done_pct == 0 for c in CATEGORIES)       # no supplies: 0 %
    assert by[TOTAL].supp_shr is None


def test_progress_counts_window_unknown_and_bad_dates():
    supplies = [
        supply("2024-03-01", 500, code="0701"),
        supply("2024年6月30日", "100", code=508),          # on the milestone, 0508 → 工矿仓储
        supply("2024-07-01", 300, code="0601"),            # after AS_OF: reported
        supply("2023-12-31", 40, code="0601"),             # previous year: reported
        supply("待定", 7, code="0601", label="要素 9"),     # unreadable date: named
        supply(None, 8, code="0601"),
        supply("2024-02-02", 12.5, code="0101"),           # farmland: unknown code with area
        supply("2024-02-03", "N/A", code="0701", geom_ha=2.0),   # unreadable area: the geometry's
        supply("2024-02-04", None, code="0701"),           # no area at all: named, not counted
    ]
    rep = plan_progress(_zhengzhou_2024_plan(), supplies, dt.date(2024, 6, 30))
    by = {r.category: r for r in rep.rows}
    assert rep.req_pct == 50 and rep.counted == 3
    assert by["住宅"].supp_ha == 502 and by["住宅"].done_pct == pytest.approx(502 / 871.73 * 100)
    assert by["住宅"].on_track == 1 and by["住宅"].gap_ha == 0
    assert by["工矿仓储"].supp_ha == 100 and by["工矿仓储"].on_track == 0
    assert by["工矿仓储"].gap_ha == pytest.approx(924.05 / 2 - 100)
    assert by["商服"].done_pct == 0 and by["商服"].gap_ha == pytest.approx(186.52 / 2)
    assert by[TOTAL].supp_ha == 602 and by[TOTAL].gap_ha == pytest.approx(3927.94 / 2 - 602)
    assert by["住宅"].supp_shr == pytest.approx(502 / 6.02)
    assert rep.excluded[sp.AFTER_AS_OF] == [1, 300.0]
    assert rep.excluded[sp.BEFORE_YEAR] == [1, 40.0]
    assert rep.excluded[sp.BAD_DATE_STATUS] == [1, 7.0]
    assert rep.excluded[sp.NO_DATE] == [1, 8.0]
    assert rep.unknown_codes == {"0101": [1, 12.5]}
    assert rep.excluded["no_area"] == [1, 0.0]
    assert rep.problems == ["要素 9：字段「供地日期」值「待定」不是可识别的日期，按缺失处理",
                            "供地第8条：字段「供地面积」值「N/A」不是数字，按缺失处理",
                            "供地第9条：没有可用的供地面积，未计入"]


def test_districts_blocks_and_stated_total():
    plan = [("住宅", 10, "金水区"), ("工业", 20, "金水区"), ("住宅", 5, "中原区"), ("合计", 31, "金水区")]
    supplies = [supply("2024-05-01", 4, code="07", district="金水区"),
                supply("2024-05-01", 1, code="07", district="二七区")]
    rep = plan_progress(plan, supplies, dt.date(2024, 9, 30))
    keys = [(r.district, r.category) for r in rep.rows]
    assert keys[:5] == [("金水区", c) for c in CATEGORIES + (TOTAL,)]
    assert ("二七区", TOTAL) in keys and (ALL_DISTRICTS, TOTAL) in keys
    total = [r for r in rep.rows if r.district == ALL_DISTRICTS and r.category == TOTAL][0]
    assert total.plan_ha == 35 and total.supp_ha == 5 and total.req_pct == 75
    assert any("二七区" in n for n in rep.notes)
    assert any("31" in n and "30" in n for n in rep.notes)     # stated 合计 ≠ sum of categories


def test_ledger_sheet_rows():
    rep = plan_progress(_zhengzhou_2024_plan(), [supply("2024-03-01", 500, code="0701")], dt.date(2024, 6, 30))
    name, title, header, rows = sp.ledger_sheet(rep, dt.date(2024, 6, 30))
    assert name == "供地计划执行" and "2024-06-30" in title and len(header) == len(rows[0])
    assert rows[0][:4] == ["全部", "住宅", 871.73, 500.0] and rows[-1][1] == "合计"


def test_negative_areas_are_named_not_counted():
    rep = plan_progress([("住宅", "-5")], [supply("2024-03-01", -2, code="0701")], dt.date(2024, 6, 30))
    assert rep.rows[0].plan_ha == 0 and rep.rows[0].supp_ha == 0
    assert sum("为负数" in p for p in rep.problems) == 2


supply_values = st.fixed_dictionaries({
    "date": st.one_of(st.none(), st.sampled_from(["待定", "2024-02-30", "", "N/A"]),
                      st.dates(dt.date(2023, 6, 1), dt.date(2025, 6, 1)).map(lambda d: d.isoformat())),
    "code": st.one_of(st.none(), st.sampled_from(["0601", 601, "508", "0701", "05H1", "0101", "XYZ", "", "1109"])),
    "area": st.one_of(st.none(), st.sampled_from(["N/A", "1,234.5", "-2", "１２"]), st.floats(0, 100)),
    "district": st.sampled_from(["甲", "乙", None, ""]),
})


@settings(max_examples=60, deadline=None)
@given(st.lists(supply_values, max_size=25), st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
       st.booleans())
def test_nothing_silently_dropped(rows, as_of, districts):
    """Every supply is counted, excluded with a reason, or reported as an unknown code; the 合计
    row of each block equals the sum of its categories."""
    plan = [("住宅", 10, "甲" if districts else None), ("工矿仓储", 20, "乙" if districts else None)]
    supplies = [supply(r["date"], r["area"], code=r["code"], district=r["district"]) for r in rows]
    rep = plan_progress(plan, supplies, as_of)
    excluded = sum(n for n, _ in rep.excluded.values())
    unknown = sum(n for n, _ in rep.unknown_codes.values())
    assert rep.counted + excluded + unknown == len(rows)
    blocks = {}
    for r in rep.rows:
        blocks.setdefault(r.district, []).append(r)
    for rows_ in blocks.values():
        cats, total = rows_[:-1], rows_[-1]
        assert total.category == TOTAL
        assert total.supp_ha == pytest.approx(sum(r.supp_ha for r in cats))
        assert total.plan_ha == pytest.approx(sum(r.plan_ha for r in cats))
        assert total.n_supp == sum(r.n_supp for r in cats)
    all_total = [r for r in rep.rows if r.district == ALL_DISTRICTS and r.category == TOTAL][0]
    assert all_total.n_supp == rep.counted


codes = st.one_of(st.none(), st.integers(-10, 20000), st.floats(allow_nan=True, allow_infinity=True),
                  st.sampled_from(["0601", "601", "0508", "05H1", "０７０１", "1109", "XYZ", "", " 07 ", "N/A",
                                   "0601 工业用地", "住宅用地", "合计", "工业"]),
                  st.text(max_size=6))


@settings(max_examples=60, deadline=None)
@given(st.lists(codes, max_size=30), st.lists(codes, max_size=30))
def test_categories_are_known_or_none_and_a_batch_is_its_rows(code_list, text_list):
    col = sp.categories_of_codes(np.array(code_list, dtype=object))
    assert set(col.tolist()) <= set(CATEGORIES) | {None}
    assert col.tolist() == [category_of_code(c) for c in code_list]
    n = min(len(code_list), len(text_list))
    cols = sp.categories_of_texts(text_list[:n], code_list[:n])
    assert cols.tolist() == [sp.categories_of_texts([t], [c])[0] for c, t in zip(code_list[:n], text_list[:n])]
    assert all(cat == (p if p not in (None, TOTAL) else c) for cat, p, c in
               zip(cols.tolist(), sp.plan_categories(text_list[:n]).tolist(), col[:n].tolist()))


def test_setup_names_what_is_missing():
    setup = sp.ProgressSetup(plan={"category": "用途", "area": "面积", "district": None})
    assert setup.plan_errors() == [] and not setup.use_districts
    assert sp.ProgressSetup(plan={"category": "用途"}).plan_errors() == ["plan_fields"]
    assert sp.ProgressSetup(supplies={"area": "a"}).supply_errors() == ["no_date", "no_code"]
    assert sp.ProgressSetup(supplies={"date": "d", "category": "c"}, polygons=True).supply_errors() == []
    assert sp.ProgressSetup(supplies={"date": "d", "code": "c"}).supply_errors() == ["no_area"]
    assert sp.ProgressSetup(plan={"district": "区县"}).use_districts


# ---- planned parcels (拟供地块台账) ---------------------------------------------------------------
def test_parcel_status_boundaries():
    import datetime as _d
    from landplan_plugin.core.supply_plan import parcel_progress_columns
    as_of = _d.date(2024, 6, 30)
    cases = [  # (quarter, month, supply date) → (status, due)
        ((2, None, "2024-06-30"), ("按期供应", _d.date(2024, 6, 30))),     # on the due day
        ((2, None, "2024-04-01"), ("按期供应", _d.date(2024, 6, 30))),     # the quarter's first day
        ((2, None, "2024-03-31"), ("提前供应", _d.date(2024, 6, 30))),     # the day before it
        ((None, 3, "2024-04-01"), ("逾期供应", _d.date(2024, 3, 31))),
        ((None, 6, None), ("未到期", _d.date(2024, 6, 30))),              # due today: not yet late
        ((None, 5, None), ("逾期未供", _d.date(2024, 5, 31))),
        ((None, 5, "2024-07-01"), ("逾期未供", _d.date(2024, 5, 31))),    # supplied after AS_OF: not yet
        ((None, None, None), ("未到期", _d.date(2024, 12, 31))),
        (("第一季度", "2月", None), ("逾期未供", _d.date(2024, 2, 29))),
        ((1, "五月", None), ("逾期未供", _d.date(2024, 5, 31))),          # the month wins, noted
    ]
    cols = list(zip(*[c for c, _ in cases]))
    obstacles = ["征地", "拆迁、文物", "", None, "无", "环评", "x", None, None, None]
    out = parcel_progress_columns(as_of, cols[0], cols[1], cols[2], obstacle=obstacles)
    assert [(s, d) for s, d in zip(out["pp_status"], out["pp_due"])] == [e for _, e in cases]
    assert list(out["pp_obst"][:7]) == ["征收", "拆迁、文物", None, None, None, "环保", "其他"]
    assert "按月份计" in out["pp_reason"][9] and out["pp_quarter"][9] == "二季度"
    assert out["pp_quarter"][7] == "未排季度"


def test_a_planned_period_with_its_own_year_is_read_with_that_year():
    # counties write 2024年第二季度, 2024Q2, 2024年6月; a parcel carried over from 2023 keeps its year
    as_of = dt.date(2024, 6, 30)
    quarters = ["2024年第二季度", "2024Q2", None, "2023Q4", None]
    months = [None, None, "2024年6月", None, "2023-12"]
    out = sp.parcel_progress_columns(as_of, quarters, months, [None] * 5, [None] * 5, [None] * 5, [False] * 5)
    assert list(out["pp_due"]) == [dt.date(2024, 6, 30)] * 3 + [dt.date(2023, 12, 31)] * 2
    assert list(out["pp_status"]) == ["未到期"] * 3 + ["逾期未供"] * 2
    assert not any("无法识别" in r for r in out["pp_reason"])

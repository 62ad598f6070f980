"""存量盘活任务进度 rules, without QGIS: each rule a batch function (tried on batches of one and on
whole runs)."""
import datetime as dt
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from landplan_plugin.core import tasks as tk
from landplan_plugin.core.tasks import (DISPOSED, IDLE, INEFFICIENT, MISSING, NEW, OPEN, UNDETERMINED, UNSUPPLIED,
                                        Run, TaskTable, kind_of_text)

AS_OF = dt.date(2024, 9, 30)


def change_of(base, cur, in_current=True):
    return tk.change_columns(tk.flag_values([base]), tk.flag_values([cur]), [in_current])[0]


def task_metrics(task, done, deadline, as_of):
    d = np.array([np.datetime64(deadline, "D") if deadline else np.datetime64("NaT")], dtype="datetime64[D]")
    pct, over = tk.task_metrics_columns([np.nan if task is None else task], [np.nan if done is None else done],
                                        d, as_of)
    return (None if math.isnan(pct[0]) else pct[0]), (None if math.isnan(over[0]) else int(over[0]))


def run_of(states):
    """A Run from parcels given as (pid, zone, flags {kind: raw}, areas {kind: raw}, geom 亩)."""
    kinds = {k for s in states for k in s[2]}
    return Run([s[0] for s in states], [s[1] for s in states], {k: [s[2].get(k) for s in states] for k in kinds},
               {k: [s[3].get(k) for s in states] for k in {k for s in states for k in s[3]}},
               [s[4] for s in states])


def task_progress(tasks, base, cur, as_of):
    table = TaskTable(*([t[i] if len(t) > i else None for t in tasks] for i in range(4)))
    return tk.task_progress(table, run_of(base), run_of(cur), as_of)


@pytest.mark.parametrize("text, kind", [
    ("批而未供", UNSUPPLIED), ("批而未供土地", UNSUPPLIED), ("已批未供", UNSUPPLIED), ("unsup_flag", UNSUPPLIED),
    ("闲置土地", IDLE), ("idle", IDLE), ("低效工业用地", INEFFICIENT), ("ie_flag", INEFFICIENT), ("IE", INEFFICIENT),
    ("inefficient", INEFFICIENT), ("其他", None), ("", None), (None, None), (1, None),
])
def test_kind_of_text(text, kind):
    assert kind_of_text(text) == kind


@pytest.mark.parametrize("raw, flag", [(1, 1), (1.0, 1), ("1", 1), ("１", 1), (True, 1), (0, 0), ("0", 0),
                                       (False, 0), (None, None), ("", None), ("N/A", None), (2, None), ("是", None)])
def test_flag_value(raw, flag):
    got = tk.flag_values(np.array([raw], dtype=object))[0]
    assert (math.isnan(got) if flag is None else got == flag)


def test_change_table():
    assert change_of(1, 0) == DISPOSED
    assert change_of(1, 1) == OPEN
    assert change_of(0, 1) == NEW and change_of(None, 1) == NEW
    assert change_of(1, None) == UNDETERMINED
    assert change_of(1, None, in_current=False) == MISSING
    assert change_of(0, 0) is None and change_of(None, None) is None and change_of(0, None) is None


flags = st.one_of(st.none(), st.sampled_from([0, 1, 1.0, "1", "0", "", "N/A", 2, True, False]))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(flags, flags, st.booleans()), max_size=40))
def test_change_is_listed_exactly_when_either_run_flags_the_parcel(rows):
    b = tk.flag_values(np.array([r[0] for r in rows], dtype=object))
    c = tk.flag_values(np.array([r[1] for r in rows], dtype=object))
    col = tk.change_columns(b, c, np.array([r[2] for r in rows], dtype=bool))
    assert list(col) == [change_of(*r) for r in rows]            # a batch is its rows
    for (bf, cf, inc), change in zip(zip(b, c, (r[2] for r in rows)), col):
        assert (change is not None) == (bf == 1 or (inc and cf == 1))
        assert (change == MISSING) == (bf == 1 and not inc)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), st.floats(0, 1e5), st.just(100.0)),
                          st.one_of(st.none(), st.floats(0, 1e5), st.just(100.0)),
                          st.one_of(st.none(), st.dates(dt.date(2023, 1, 1), dt.date(2025, 12, 31)))), max_size=30))
def test_metrics_rule(rows):
    task = np.array([np.nan if r[0] is None else r[0] for r in rows], dtype=float)
    done = np.array([np.nan if r[1] is None else r[1] for r in rows], dtype=float)
    dl = np.array([np.datetime64(r[2], "D") if r[2] else np.datetime64("NaT") for r in rows], dtype="datetime64[D]")
    pct, over = tk.task_metrics_columns(task, done, dl, AS_OF)
    for k, r in enumerate(rows):
        t, d = r[0] or 0.0, r[1] or 0.0
        assert math.isnan(pct[k]) if t <= 0 else pct[k] == pytest.approx(d / t * 100)
        if r[2] is None:
            assert math.isnan(over[k])
        else:
            assert over[k] == (1 if AS_OF >= r[2] and t > 0 and d < t * (1 - 1e-9) else 0)


def test_overdue_boundaries():
    d = dt.date(2024, 9, 30)
    assert task_metrics(100, 50, d, d) == (50.0, 1)            # on the deadline and not complete: overdue
    assert task_metrics(100, 50, d, d - dt.timedelta(1)) == (50.0, 0)
    assert task_metrics(100, 50, d, d + dt.timedelta(1)) == (50.0, 1)
    assert task_metrics(100, 100, d, d + dt.timedelta(1)) == (100.0, 0)
    assert task_metrics(100, 50, None, d) == (50.0, None)
    assert task_metrics(0, 5, d, d + dt.timedelta(1)) == (None, 0)


def _p(pid, zone, **kw):
    flags = {k: v for k, v in kw.items() if k in (UNSUPPLIED, IDLE, INEFFICIENT)}
    return (pid, zone, flags, kw.get("areas", {}), kw.get("geom", 1.0))   # drawn unless geom=None


def test_progress_table_and_parcels():
    tasks = [("A区", "批而未供", "30", "2024-06-30"), ("A区", "低效工业用地", 20, "2024年12月31日"),
             ("B区", "闲置", 5, "待定"), ("C区", "其他", 1, None), ("A区", "批而未供", "-3", None)]
    base = [_p("1", "A区", **{UNSUPPLIED: 1, "areas": {UNSUPPLIED: 10}}),
            _p("2", "A区", **{UNSUPPLIED: 1, "areas": {UNSUPPLIED: "N/A"}, "geom": 7.5}),
            _p("3", "A区", **{INEFFICIENT: 1, "areas": {INEFFICIENT: 4}}),
            _p("4", "B区", **{IDLE: 1, "geom": 2}),
            _p("5", "A区", **{UNSUPPLIED: 1, "areas": {UNSUPPLIED: 9}}),
            _p("5", "A区", **{UNSUPPLIED: 1}),           # duplicate id: reported
            _p(None, "A区", **{UNSUPPLIED: 1})]          # no id: reported
    base.append(_p("PY0396", "B区", **{INEFFICIENT: 1, "areas": {INEFFICIENT: 79.59}, "geom": None}))
    cur = [_p("PY0396", "B区", **{INEFFICIENT: 1, "areas": {INEFFICIENT: 79.59}, "geom": None}),
           _p("1", "A区", **{UNSUPPLIED: 0, "areas": {UNSUPPLIED: 0}}),
           _p("2", "A区", **{UNSUPPLIED: "1", "areas": {UNSUPPLIED: 6}}),
           _p("3", "A区", **{INEFFICIENT: None, "areas": {INEFFICIENT: 4}}),
           _p("4", "B区", **{IDLE: 0, "geom": 2}),
           _p("6", "B区", **{UNSUPPLIED: 1, "areas": {UNSUPPLIED: 3}})]
    rep = task_progress(tasks, base, cur, AS_OF)
    ch = {(p.pid, p.kind): p for p in rep.parcels}
    # no geometry: in no area total, as the ledger and the zone report count it, and reported
    assert ch[("PY0396", INEFFICIENT)].change == OPEN and ch[("PY0396", INEFFICIENT)].area_mu == 0.0
    assert any("PY0396" in t and "面积字段 79.59 亩未计入面积合计" in t for t in rep.problems)
    assert ch[("1", UNSUPPLIED)].change == DISPOSED and ch[("1", UNSUPPLIED)].area_mu == 10
    assert ch[("2", UNSUPPLIED)].change == OPEN and ch[("2", UNSUPPLIED)].area_mu == 6
    assert ch[("2", UNSUPPLIED)].base_mu == 7.5                    # N/A → geometry, reported
    assert ch[("3", INEFFICIENT)].change == UNDETERMINED
    assert ch[("5", UNSUPPLIED)].change == MISSING
    assert ch[("6", UNSUPPLIED)].change == NEW and ch[("6", UNSUPPLIED)].zone == "B区"
    rows = {(r.zone, r.kind): r for r in rep.rows}
    a = rows[("A区", UNSUPPLIED)]
    assert (a.task_mu, a.done_mu, a.open_mu, a.new_mu) == (30, 10, 6, 0)
    assert a.done_pct == pytest.approx(100 / 3) and a.overdue == 1 and a.deadline == dt.date(2024, 6, 30)
    ie = rows[("A区", INEFFICIENT)]
    assert ie.done_mu == 0 and ie.open_mu == 4 and ie.overdue == 0
    b = rows[("B区", IDLE)]
    assert b.done_mu == 2 and b.done_pct == 40 and b.overdue is None   # unreadable deadline
    nb = rows[("B区", UNSUPPLIED)]
    assert nb.task_mu == 0 and nb.new_mu == 3 and nb.done_pct is None
    tot = rows[("合计", UNSUPPLIED)]
    assert tot.task_mu == 30 and tot.done_mu == 10 and tot.new_mu == 3 and tot.n_new == 1
    text = "\n".join(rep.problems + rep.notes)
    for needle in ("N/A", "待定", "其他", "重复", "没有宗地编号", "找不到", "待核实", "为负数，按 0 计", "出现多次"):
        assert needle in text, needle
    name, title, header, lrows = tk.ledger_sheet(rep, AS_OF)
    assert len(header) == len(lrows[0]) and header[8] == "完成情况" and lrows[0][8] == "逾期未完成"
    assert lrows[-1][0] == tk.DEFINITIONS and "完成率 = 已处置 ÷ 任务" in lrows[-1][0]


def test_scorecard_lines_for_the_zone_report():
    rows = [{"zone": "甲", "kind": "低效", "task_mu": 20, "done_mu": 5, "done_pct": 25.0, "open_mu": 15, "new_mu": 1,
             "overdue": 1, "deadline": dt.date(2024, 6, 30)},
            {"zone": "甲", "kind": "批而未供", "task_mu": 30, "done_mu": 30, "done_pct": 100.0, "open_mu": 0,
             "new_mu": 0, "overdue": 0, "deadline": None},
            {"zone": "乙", "kind": "闲置", "task_mu": 1, "done_mu": 0, "done_pct": 0.0, "open_mu": 1, "new_mu": 0,
             "overdue": None, "deadline": None}]
    lines = tk.scorecard_lines(rows, "甲")
    assert lines[0].startswith("批而未供：任务 30.00 亩；已处置 30.00 亩，完成率 100.0%（已完成）")
    assert lines[1].startswith("低效") and "（逾期未完成）" in lines[1] and "完成时限 2024-06-30" in lines[1]
    assert lines[-1] == tk.DEFINITIONS and len(lines) == 3
    assert tk.scorecard_lines(rows, "丙") == []


def test_wording_of_progress_over_a_hundred_and_on_the_deadline_day():
    # 濮东 低效 of the demo: 175.56 亩 disposed of a 168.16 亩 task, 159.06 open, 270.66 new
    d = dt.date(2025, 12, 31)
    pct, over = tk.task_metrics_columns([168.16, 100, 100, 100, 0], [175.56, 42, 100, 42, 3],
                                        np.array([d, d, d, "NaT", "NaT"], dtype="datetime64[D]"), d)
    assert over.tolist()[:2] == [0.0, 1.0]        # the deadline day, 42 % done: overdue
    texts = tk.status_texts([None if p != p else p for p in pct.tolist()],
                            [None if o != o else int(o) for o in over.tolist()]).tolist()
    assert texts == ["超额完成", "逾期未完成", "已完成", "未完成", "—"]
    lines = tk.scorecard_lines([{"zone": "濮东", "kind": "低效", "task_mu": 168.16, "done_mu": 175.56,
                                 "done_pct": float(pct[0]), "open_mu": 159.06, "new_mu": 270.66, "overdue": 0,
                                 "deadline": d}], "濮东")
    assert "完成率 104.4%（超额完成）" in lines[0] and "未处置 159.06 亩" in lines[0]
    assert "新增 = 仅本期认定的宗地面积（不抵减任务）" in lines[1]


def test_setup_finds_the_fields_of_a_run_and_the_task_table():
    layout = tk.run_fields(["宗地编号", "园区名称", "IDLE_FLAG", "ie_flag", "ie_areamu"], "宗地编号", "园区名称")
    assert layout.kinds == [IDLE, INEFFICIENT] and layout.errors() == []
    assert layout.indexes() == [0, 1, -1, 2, 3, -1, -1, 4]
    run = layout.run([["1"], ["A"], [None], [1], [0], [None], [None], [5.0]], [2.0])
    assert set(run.flags) == {IDLE, INEFFICIENT} and run.areas == {INEFFICIENT: [5.0]}
    assert tk.run_fields(["id"], "宗地编号").errors() == ["no_parcel_id"]
    assert tk.missing_task_fields({"zone": True, "kind": False, "deadline": False}) == ["kind", "area"]

"""县（区）考核 rules, without QGIS: the node boundaries (6-29 / 6-30, exactly 50 %, 12-31), the quota
cut, rank and rank change, the 约谈名单 (bottom N and threshold), the scheme weights, missing inputs,
and the whole assessment on a task-progress report built from two runs (core.tasks)."""
import datetime as dt
import json
import math

import numpy as np
import pytest

from landplan_plugin.core import assessment as ca
from landplan_plugin.core import tasks as tk

RULES = ca.load_rules(ca.DEFAULT_RULES)
SCHEME = ca.load_scheme(ca.EXAMPLE_SCHEME)


def report(rows):
    """A task-progress report from (county, kind, task 亩, done 亩, new 亩)."""
    out = [tk.TaskRow(c, k, t, d, None, 0.0, n, None, None, 0, 0, 0) for c, k, t, d, n in rows]
    return tk.TaskReport(rows=out + [tk.TaskRow(tk.TOTAL_ZONE, "低效", 0, 0, None, 0, 0, None, None, 0, 0, 0)])


def assess(rows, as_of, **kw):
    kw.setdefault("scheme", SCHEME)
    kw.setdefault("rules", RULES)
    return ca.assess(report(rows), as_of, kw.pop("rules"), kw.pop("scheme"), **kw)


def col(result, name):
    return dict(zip(result.columns["ca_county"], result.columns[name]))


def fired(measure_pct, as_of):
    f, texts, cut = ca.node_columns(RULES, {"task_pct": np.array([measure_pct])}, as_of, 1)
    return int(f["halfway"][0]), int(f["yearend"][0]), texts[0], cut[0] == 1


# ---- nodes ------------------------------------------------------------------------------------

def test_the_halfway_node_applies_from_june_30_not_before():
    assert fired(40.0, dt.date(2025, 6, 29))[0] == 0
    assert fired(40.0, dt.date(2025, 6, 30))[0] == 1
    assert fired(40.0, dt.date(2025, 9, 30))[0] == 1   # "on or after"


def test_exactly_half_done_is_not_over_half_so_the_node_triggers():
    assert fired(50.0, dt.date(2025, 6, 30))[0] == 1
    assert fired(50.0001, dt.date(2025, 6, 30))[0] == 0
    r = assess([("甲", "低效", 200.0, 100.0, 0.0)], dt.date(2025, 6, 30))
    assert col(r, "ca_donepct")["甲"] == 50.0 and col(r, "ca_halfway")["甲"] == 1
    assert "暂停新增建设用地申请（省以上重点工程和重大民生项目除外）" in col(r, "ca_conseq")["甲"]


def test_float_noise_of_measured_areas_does_not_move_a_boundary():
    # 5 亩 of 10 measured from geometry is 50.00000000001 % (planar) or 50.0000024 % (ellipsoid)
    assert fired(50.0 + 1e-11, dt.date(2025, 6, 30))[0] == 1
    assert fired(50.0000024, dt.date(2025, 6, 30))[0] == 1
    assert fired(100.0 - 1e-11, dt.date(2025, 12, 31))[1] == 0


def test_the_year_end_node_applies_on_december_31_to_an_unfinished_task():
    assert fired(99.9, dt.date(2025, 12, 30))[1] == 0
    half, year, texts, cut = fired(99.9, dt.date(2025, 12, 31))
    assert (half, year, cut) == (0, 1, True)
    assert texts == ("暂停新增建设用地申请（省以上重点工程和重大民生项目除外）；"
                     "按未完成任务比例核减下一年度新增建设用地计划指标")
    assert fired(100.0, dt.date(2025, 12, 31))[1] == 0
    assert fired(112.0, dt.date(2025, 12, 31))[1] == 0


def test_a_county_without_a_task_leaves_its_nodes_undetermined_and_is_named():
    r = assess([("甲", "低效", 0.0, 0.0, 5.0), ("乙", "低效", 10.0, 2.0, 0.0)], dt.date(2025, 12, 31))
    assert col(r, "ca_halfway")["甲"] is None and col(r, "ca_yearend")["甲"] is None
    assert col(r, "ca_cut_ha")["甲"] is None and col(r, "ca_cut_ha")["乙"] is None   # 乙: no quota table
    assert col(r, "ca_yearend")["乙"] == 1
    assert any("「甲」没有下达任务" in p for p in r.problems)
    assert any("年底节点" in n and "甲" in n for n in r.notes)


def test_new_parcels_do_not_lower_the_done_share():
    r = assess([("甲", "低效", 100.0, 60.0, 80.0)], dt.date(2025, 9, 30))
    assert col(r, "ca_donepct")["甲"] == 60.0 and col(r, "ca_new_mu")["甲"] == 80.0


# ---- quota cut --------------------------------------------------------------------------------

def test_the_cut_is_the_indicator_times_the_unfinished_share():
    cut = ca.cut_columns([120.0, 120.0, 90.0, np.nan], [84.0, 84.0, 46.0, 20.0], [True, False, True, True])
    assert cut[0] == pytest.approx(120.0 * (1 - 0.84))
    assert cut[1] == 0.0
    assert cut[2] == pytest.approx(90.0 * 0.54)
    assert math.isnan(cut[3])                      # the cut applies but no indicator: undetermined
    assert math.isnan(ca.cut_columns([50.0], [np.nan], [np.nan])[0])   # the node itself undetermined
    over = ca.cut_columns([100.0], [130.0], [True])
    assert over[0] == 0.0                          # done % capped at 100: never a negative cut


def test_the_cut_in_the_assessment_follows_the_quota_table_and_names_unknown_rows():
    rows = [("甲", "低效", 100.0, 80.0, 0.0), ("乙", "闲置", 100.0, 100.0, 0.0), ("丙", "低效", 50.0, 10.0, 0.0)]
    r = assess(rows, dt.date(2025, 12, 31), quota=(["甲", "乙", "丁", "", "甲"], [120, 80, 50, 10, 99]))
    cut = col(r, "ca_cut_ha")
    assert cut["甲"] == pytest.approx(24.0) and cut["乙"] == 0.0 and cut["丙"] is None
    text = "\n".join(r.problems)
    assert "「丁」没有任务" in text and "第4行没有县（区）名称" in text and "「甲」重复" in text
    assert "「丙」应核减下年指标，但指标表中没有该县（区）" in text
    # without a quota table: no cut figure, nothing named about it
    r2 = assess(rows, dt.date(2025, 12, 31))
    assert col(r2, "ca_cut_ha")["甲"] is None and not any("指标表" in p for p in r2.problems)


# ---- supply plan ------------------------------------------------------------------------------

def test_the_supply_plan_node_uses_the_county_total_row_against_its_milestone():
    plan = (["甲", "甲", "乙", "全部"], ["住宅", "合计", "合计", "合计"], [10.0, 72.0, 100.0, 80.0],
            [100.0, 100.0, 100.0, 100.0])
    rows = [("甲", "低效", 10.0, 10.0, 0.0), ("乙", "低效", 10.0, 10.0, 0.0), ("丙", "低效", 10.0, 10.0, 0.0)]
    r = assess(rows, dt.date(2025, 12, 31), plan=plan)
    assert col(r, "ca_planpct") == {"甲": 72.0, "乙": 100.0, "丙": None}
    assert col(r, "ca_planlag") == {"甲": 1, "乙": 0, "丙": None}
    assert col(r, "ca_conseq")["甲"] == "暂停建设用地批次报批半年"
    assert any("「丙」在供地计划执行表中没有合计行" in p for p in r.problems)
    before = assess(rows, dt.date(2025, 12, 30), plan=plan)
    assert col(before, "ca_planlag")["甲"] == 0


def test_a_plan_without_districts_is_named():
    r = assess([("甲", "低效", 10.0, 10.0, 0.0)], dt.date(2025, 12, 31),
               plan=(["全部"], ["合计"], [50.0], [100.0]))
    assert col(r, "ca_planpct")["甲"] is None
    assert any("没有分县（区）的合计行" in p for p in r.problems)


# ---- score, rank, change, talk ----------------------------------------------------------------

def test_scheme_weights_and_linear_points(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"name": "测试方案", "indicators": [
        {"label": "任务", "measure": "task_pct", "weight": 3, "zero_at": 0, "full_at": 100},
        {"label": "供地", "measure": "plan_pct", "weight": 1, "zero_at": 50, "full_at": 100}]}), encoding="utf-8")
    scheme = ca.load_scheme(str(path))
    assert not scheme.example
    score, parts, notes = ca.score_columns(scheme, {"task_pct": np.array([50.0, 100.0, 150.0]),
                                                    "plan_pct": np.array([75.0, 40.0, np.nan])}, 3)
    assert score.tolist() == [pytest.approx((1.5 + 0.5) / 4 * 100), pytest.approx(3 / 4 * 100),
                              pytest.approx(3 / 4 * 100)]
    assert "供地 缺少数据→0.0/1" in parts[2] and notes == []


def test_lower_is_better_indicators_and_missing_inputs_are_named():
    score, _parts, notes = ca.score_columns(SCHEME, {"task_pct": np.array([100.0]),
                                                     "permu:A": np.array([20.0]), "permu:B": np.array([40.0]),
                                                     "permu:C": np.array([25.0]), "permu:D": np.array([15.0])}, 1)
    # task 50/50, A+B 60 % → 15/15, D 15 % → 2.5/5; plan and 标准地 inputs missing: left out and named
    assert score[0] == pytest.approx(round((50 + 15 + 2.5) / 70 * 100, 2))
    assert any("供地计划节点完成度" in n for n in notes) and any("标准地达标率" in n for n in notes)
    nothing, _p, notes2 = ca.score_columns(SCHEME, {}, 2)
    assert np.isnan(nothing).all() and len(notes2) == len(SCHEME.indicators)


def test_the_example_scheme_is_marked_as_an_example():
    assert SCHEME.example and "示例" in SCHEME.name and "示例" in SCHEME.note
    assert sum(i.weight for i in SCHEME.indicators) == 100


def test_rank_shares_ties_and_change_is_last_minus_this():
    rank = ca.rank_columns([80.0, 90.0, 80.0, np.nan, 70.0])
    assert rank[:3].tolist() == [2, 1, 2] and math.isnan(rank[3]) and rank[4] == 4
    change = ca.rank_change_columns([1, 3, 2], [3, 1, np.nan])
    assert change[:2].tolist() == [2, -2] and math.isnan(change[2])


def test_talk_bottom_n_with_ties_and_the_threshold():
    score = np.array([90.0, 55.0, 70.0, 55.0])
    rank = ca.rank_columns(score)
    talk, reason = ca.talk_columns(score, rank, 1, None)
    assert talk.tolist() == [0, 1, 0, 1]          # a tie at the boundary: both listed
    assert reason[1] == "得分 55.00，排名第 3/4，居末 1 位"
    talk, reason = ca.talk_columns(score, rank, 0, 75)
    assert talk.tolist() == [0, 1, 1, 1] and reason[2] == "得分 70.00 低于 75 分"
    talk, _ = ca.talk_columns(score, rank, 2, None)
    assert talk.tolist() == [0, 1, 0, 1]
    talk, _ = ca.talk_columns(score, rank, 3, None)
    assert talk.tolist() == [0, 1, 1, 1]
    talk, reason = ca.talk_columns(score, rank, 1, 60)
    assert reason[1] == "得分 55.00，排名第 3/4，居末 1 位；得分 55.00 低于 60 分"


def test_previous_quarter_gives_the_rank_change():
    rows = [("甲", "低效", 100.0, 90.0, 0.0), ("乙", "低效", 100.0, 50.0, 0.0), ("丙", "低效", 100.0, 70.0, 0.0)]
    r = assess(rows, dt.date(2025, 9, 30), previous=(["甲", "乙", "戊"], [3, 1, 2]))
    assert col(r, "ca_rank") == {"甲": 1, "乙": 3, "丙": 2}
    assert col(r, "ca_rankchg") == {"甲": 2, "乙": -2, "丙": None}
    assert col(r, "ca_prevrk") == {"甲": 3, "乙": 1, "丙": None}
    assert col(r, "ca_talk") == {"甲": 0, "乙": 1, "丙": 0}
    assert col(r, "ca_reason")["乙"].startswith("得分 ")


# ---- parcels' measures, per-kind columns, data files -------------------------------------------

def test_parcel_measures_shares_by_area_and_pass_rate():
    m = ca.parcel_measures(["甲", "乙"], ["甲", "甲", "甲", "乙", "丙"], [10.0, 30.0, 60.0, 5.0, 5.0],
                           ["A", "d", "待核实", "B", "A"], ["达标", "未达标", "未到期", "达标", "达标"])
    assert m["permu:A"].tolist() == [25.0, 0.0] and m["permu:D"].tolist() == [75.0, 0.0]
    assert m["std_pass"].tolist() == [50.0, 100.0]


def test_per_kind_columns_and_the_whole_report():
    rows = [("甲", "批而未供", 100.0, 40.0, 0.0), ("甲", "低效", 100.0, 70.0, 0.0), ("乙", "低效", 50.0, 50.0, 0.0)]
    r = assess(rows, dt.date(2025, 12, 31))
    assert col(r, "ca_us_pct") == {"甲": 40.0, "乙": None}
    assert col(r, "ca_ie_pct") == {"甲": 70.0, "乙": 100.0}
    assert col(r, "ca_id_task") == {"甲": None, "乙": None}
    assert col(r, "ca_donepct")["甲"] == 55.0 and col(r, "ca_task_mu")["甲"] == 200.0
    assert len(r.rows()[0]) == len(ca.OUTPUT_FIELDS)
    assert all(len(name) <= 10 for name, _ in ca.OUTPUT_FIELDS)
    name, title, header, sheet = ca.ledger_sheet(r, dt.date(2025, 12, 31))
    assert name == "县区考核" and "2025-12-31" in title and sheet[0][0] == "甲" and sheet[0][6] == "触发"
    assert len(header) <= 12   # printed as a table, not transposed (ledger_book.WIDE)
    assert sheet[-2][0].endswith("（示例方案，权重非文件规定）") and sheet[-1][0] == ca.DEFINITIONS


def test_from_two_runs_through_task_progress():
    table = tk.TaskTable(["甲", "乙"], ["低效", "低效"], [20, 20], ["2025-12-31", "2025-12-31"])
    base = tk.Run(["1", "2", "3", "4"], ["甲", "甲", "乙", "乙"], {"低效": [1, 1, 1, 0]},
                  {"低效": [10, 10, 20, None]}, None)
    cur = tk.Run(["1", "2", "3", "4"], ["甲", "甲", "乙", "乙"], {"低效": [0, 0, 1, 1]},
                 {"低效": [10, 10, 20, 9]}, None)
    rep = tk.task_progress(table, base, cur, dt.date(2025, 12, 31))
    r = ca.assess(rep, dt.date(2025, 12, 31), RULES, SCHEME)
    assert col(r, "ca_donepct") == {"甲": 100.0, "乙": 0.0}
    assert col(r, "ca_new_mu")["乙"] == 9.0 and col(r, "ca_yearend") == {"甲": 0, "乙": 1}


@pytest.mark.parametrize("change, message", [
    ({"date": "6/30"}, "应为 月-日"), ({"measure": "speed"}, "measure「speed」无法识别"),
    ({"op": "=="}, "op「==」"), ({"value": "half"}, "缺少数值 value"), ({"consequences": "暂停"}, "文字列表"),
    ({"output": "ca_other"}, "output「ca_other」"),
])
def test_a_bad_rules_file_is_named(tmp_path, change, message):
    rule = {"id": "x", "date": "06-30", "measure": "task_pct", "op": "<=", "value": 50, "consequences": ["暂停"]}
    rule.update(change)
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"rules": [rule]}), encoding="utf-8")
    with pytest.raises(ca.RulesError, match=message):
        ca.load_rules(str(path))


def test_a_county_can_change_a_rule(tmp_path):
    data = json.loads(open(ca.DEFAULT_RULES, encoding="utf-8").read())
    data["rules"][0]["date"] = "07-15"
    data["rules"][0]["value"] = 60
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rules = ca.load_rules(str(path))
    f, _t, _c = ca.node_columns(rules, {"task_pct": np.array([55.0])}, dt.date(2025, 7, 14), 1)
    assert f["halfway"][0] == 0
    f, _t, _c = ca.node_columns(rules, {"task_pct": np.array([55.0])}, dt.date(2025, 7, 15), 1)
    assert f["halfway"][0] == 1


def test_a_bad_scheme_is_named(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"indicators": [{"measure": "task_pct", "weight": 1, "zero_at": 5,
                                                "full_at": 5}]}), encoding="utf-8")
    with pytest.raises(ca.SchemeError, match="不能相等"):
        ca.load_scheme(str(path))
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ca.SchemeError, match="不是有效的 JSON"):
        ca.load_scheme(str(path))


# ---- properties -------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_scores = st.lists(st.one_of(st.none(), st.floats(0, 100, allow_nan=False).map(lambda v: round(v, 2))),
                   min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(_scores, st.integers(0, 5))
def test_rank_and_bottom_n_properties(scores, bottom_n):
    s = np.array([np.nan if v is None else v for v in scores])
    rank = ca.rank_columns(s)
    ok = ~np.isnan(s)
    for i in np.flatnonzero(ok):
        assert rank[i] == 1 + np.sum(s[ok] > s[i])                       # competition ranking
    talk, reason = ca.talk_columns(s, rank, bottom_n, None)
    assert not talk[~ok].any()                                            # no score: never listed
    listed = int(talk.sum())
    assert listed >= min(bottom_n, int(ok.sum()))                         # at least N (ties add more)
    if listed:
        assert s[talk == 1].max() <= s[ok & (talk == 0)].min() if (ok & (talk == 0)).any() else True
        assert all(r for r, t in zip(reason.tolist(), talk.tolist()) if t)


@settings(max_examples=200, deadline=None)
@given(st.floats(0, 1e4, allow_nan=False), st.floats(-50, 300, allow_nan=False))
def test_the_cut_lies_between_zero_and_the_indicator(quota, pct):
    cut = ca.cut_columns([quota], [pct], [1.0])[0]
    assert 0.0 <= cut <= quota + 1e-9
    assert cut == pytest.approx(quota * (1 - min(max(pct, 0), 100) / 100))


def test_county_names_that_do_not_meet_are_named():
    rows = [("甲园区", "低效", 100.0, 0.0, 0.0), ("华龙区", "低效", 0.0, 30.0, 5.0)]
    r = assess(rows, dt.date(2025, 9, 30))
    assert any("甲园区" in p and "华龙区" in p and "TASK_ZONE_FIELD" in p for p in r.problems)
    ok = assess([("甲", "低效", 100.0, 0.0, 0.0), ("乙", "低效", 10.0, 3.0, 0.0)], dt.date(2025, 9, 30))
    assert not any("TASK_ZONE_FIELD" in p for p in ok.problems)


def test_an_empty_task_area_is_named_by_row():
    # a blank 任务面积 made the county "没有下达任务" with no word on which row was blank
    table = tk.TaskTable(["甲县", "乙县"], ["低效", "低效"], [10, None], [None, None])
    run = tk.Run(["1", "2"], ["甲县", "乙县"], {"低效": [1, 1]}, {"低效": [5, 5]}, None)
    rep = tk.task_progress(table, run, run, dt.date(2025, 6, 30))
    assert any(p.startswith("任务第2行") and "任务面积为空" in p for p in rep.problems)


def test_a_talk_listing_from_a_score_with_missing_data_says_so():
    # 乙 has no task (task_pct missing → 0 points): it ranks last, and the 约谈 reason must say why
    r = assess([("甲", "低效", 100.0, 60.0, 0.0), ("乙", "低效", 0.0, 0.0, 0.0)], dt.date(2025, 12, 31))
    assert col(r, "ca_talk")["乙"] == 1
    assert "缺少数据" in col(r, "ca_reason")["乙"] and "核实" in col(r, "ca_reason")["乙"]
    assert "缺少数据" not in col(r, "ca_reason")["甲"]

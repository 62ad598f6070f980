"""亩均效益综合评价 without QGIS: hand-computed scores for every branch; properties of the
classes and ranks on random enterprises."""
import json
import math
import os

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from landplan_plugin.core import permu
from landplan_plugin.paths import resource

BASE = {
    "indicators": [
        {"name": "亩均税收", "field": "tax", "benchmark": 20, "weight": 60},
        {"name": "亩均增加值", "numerator": "va", "denominator": "mu", "benchmark": 100, "weight": 40, "cap": 1.5},
    ],
    "classes": {"method": "rank", "A": 25, "B": 70, "C": 95},
    "exempt": {"field": "kind", "values": ["公用事业", "新建投产"]},
}


def scheme(**changes):
    d = json.loads(json.dumps(BASE))
    for k, v in changes.items():
        d[k] = v
    return permu.scheme_from_dict(d)


def row(tax, va, mu=10, kind="一般"):
    return {"tax": tax, "va": va, "mu": mu, "kind": kind}


E1, E2, E3, E4 = row(30, 1200), row(20, 3000), row(10, 500), row(3.2, 300)


def run(s, rows, groups=None, counts=None):
    """Enterprises given as dicts through :func:`permu.evaluate_columns`; one dict per enterprise."""
    cols = {f: np.array([r.get(f) for r in rows], dtype=object) for f in s.fields()}
    out = permu.evaluate_columns(s, cols, None if groups is None else np.array(groups, dtype=object), counts)
    return [{"score": None if math.isnan(out["score"][i]) else out["score"][i], "cls": out["cls"][i],
             "rank": out["rank"][i], "n": out["n"][i], "reason": out["reason"][i], "problems": out["problems"][i]}
            for i in range(len(rows))]


def test_scores_caps_ranks_and_classes_by_hand():
    out = run(scheme(), [E1, E2, E3, E4])
    # E1 30/20×60 + 1.2×40 = 138; E2 60 + min(3, 1.5)×40 = 120 (cap); E3 30 + 20 = 50; E4 9.6 + 12 = 21.6
    assert [o["score"] for o in out] == pytest.approx([138, 120, 50, 21.6])
    assert [o["rank"] for o in out] == [1, 2, 3, 4]
    assert [o["cls"] for o in out] == ["A", "B", "C", "D"]  # 1/4 ≤ 25 %, 2/4 ≤ 70 %, 3/4 ≤ 95 %, 4/4
    assert out[3]["reason"] == ("得分 21.60，D类（第4/4名）；最强：亩均增加值 30.00 / 基准 100；"
                                "最弱：亩均税收 3.20 / 基准 20")


def test_equal_scores_share_the_better_rank():
    out = run(scheme(), [E1, E2, E3, dict(E3), E4])
    assert [o["rank"] for o in out] == [1, 2, 3, 3, 5]
    # 3/5 = 60 % ≤ 70 % → both B; 5/5 → D
    assert [o["cls"] for o in out] == ["A", "B", "B", "B", "D"]


def test_exempt_scored_not_ranked_and_not_counted():
    out = run(scheme(), [E1, E2, E3, E4, row(100, 5000, kind="公用事业")])
    assert out[4]["cls"] == permu.CLASS_EXEMPT and out[4]["rank"] is None
    assert out[4]["score"] == pytest.approx(300 + 60)
    assert "不定等级（kind「公用事业」不参与分类）" in out[4]["reason"]
    assert [o["rank"] for o in out[:4]] == [1, 2, 3, 4] and out[3]["n"] == 4


def test_exempt_counts_in_mean_benchmark():
    s = scheme(indicators=[{"name": "亩均税收", "field": "tax", "benchmark": "mean", "weight": 100}])
    out = run(s, [row(10, 0), row(30, 0), row(50, 0, kind="新建投产")])
    # mean over all three = 30: 10/30×100, 30/30×100
    assert out[0]["score"] == pytest.approx(100 / 3) and out[1]["score"] == pytest.approx(100)
    assert "基准 30.00（组均值）" in out[0]["reason"]


def test_median_benchmark():
    s = scheme(indicators=[{"name": "亩均税收", "field": "tax", "benchmark": "median", "weight": 10}])
    out = run(s, [row(1, 0), row(2, 0), row(100, 0)])
    assert [o["score"] for o in out] == pytest.approx([5, 10, 500])
    out = run(s, [row(10, 0), row(20, 0), row(30, 0), row(40, 0)])
    assert out[0]["score"] == pytest.approx(10 / 25 * 10)


def test_missing_undetermined_names_the_indicator():
    out = run(scheme(), [E1, E2, row(None, 500)])
    assert out[2]["cls"] == permu.CLASS_UNDETERMINED and out[2]["score"] is None and out[2]["rank"] is None
    assert "缺少亩均税收（字段「tax」为空或不是数字）" in out[2]["reason"]
    assert out[1]["n"] == 2  # undetermined enterprises do not count in N


def test_missing_zero():
    out = run(scheme(missing="zero"), [E1, row(None, 500)])
    assert out[1]["score"] == pytest.approx(20) and "按0分计" in out[1]["reason"]


def test_missing_average_uses_group_mean_score():
    out = run(scheme(missing="average"), [E1, E3, row(None, 500)])
    # tax terms of E1 and E3: 90 and 30 → average 60; va term 20
    assert out[2]["score"] == pytest.approx(80)
    assert "按组内平均得分 60.00 计" in out[2]["reason"]
    # nobody in the group has it: undetermined
    out = run(scheme(missing="average"), [row(None, 500), row(None, 100)])
    assert {o["cls"] for o in out} == {permu.CLASS_UNDETERMINED}


def test_division_by_zero_and_missing_denominator_named():
    out = run(scheme(), [E1, row(10, 500, mu=0), row(10, 500, mu=None), row(10, "N/A")])
    assert "va ÷ mu：分母为0" in out[1]["reason"]
    assert "分母「mu」为空或不是数字" in out[2]["reason"]
    assert "分子「va」为空" in out[3]["reason"] and "字段「va」值「N/A」不是数字" in out[3]["reason"]


def test_groups_rank_and_benchmark_within_each_group():
    s = scheme(indicators=[{"name": "亩均税收", "field": "tax", "benchmark": "mean", "weight": 100}])
    rows = [row(10, 0), row(30, 0), row(1, 0), row(3, 0)]
    out = run(s, rows, ["规上", "规上", "规下", "规下"])
    assert [o["score"] for o in out] == pytest.approx([50, 150, 50, 150])
    assert [o["rank"] for o in out] == [2, 1, 2, 1] and [o["n"] for o in out] == [2, 2, 2, 2]
    assert "D类（规上 第2/2名）" in out[0]["reason"]


def test_score_classes():
    s = scheme(classes={"method": "score", "A": 100, "B": 80, "C": 50})
    out = run(s, [E1, E2, E3, E4])
    assert [o["cls"] for o in out] == ["A", "A", "C", "D"]  # 138, 120, 50 (= C limit), 21.6


def test_group_without_valid_benchmark():
    s = scheme(indicators=[{"name": "亩均税收", "field": "tax", "benchmark": "mean", "weight": 100}])
    out = run(s, [row(None, 0), row(-1, 0)])
    assert {o["cls"] for o in out} == {permu.CLASS_UNDETERMINED}
    assert "组内无有效基准" in out[1]["reason"]


def test_rank_boundaries_exact():
    assert permu.class_for_rank(1, 4, (25, 70, 95)) == "A"
    assert permu.class_for_rank(2, 4, (25, 70, 95)) == "B"
    assert permu.class_for_rank(19, 20, (25, 70, 95)) == "C"  # 95 % exactly
    assert permu.class_for_rank(20, 20, (25, 70, 95)) == "D"


def test_text_numbers_and_problem_counts():
    counts = {}
    out = run(scheme(), [row("３０", "1,200", "10"), E2, row("N/A", 5, "x")], counts=counts)
    assert out[0]["score"] == pytest.approx(138)
    assert counts == {"not_number": 2}


def test_unevaluated_and_output_columns():
    out = permu.output_columns(permu.unevaluated_columns(3), 1, 3)
    assert list(out) == ["mj_score", "mj_class", "mj_rank", "mj_n", "mj_reason"]
    assert len(out["mj_class"]) == 2 and set(out["mj_class"]) == {None} and np.isnan(out["mj_score"]).all()


# ---- scheme file errors name the key ---------------------------------------------------------------
@pytest.mark.parametrize("mutate,needle", [
    (lambda d: d.pop("indicators"), "indicators 应为非空列表"),
    (lambda d: d["indicators"][1].pop("weight"), "indicators[1]（亩均增加值）.weight 缺失"),
    (lambda d: d["indicators"][0].update(weight="abc"), "indicators[0]（亩均税收）.weight 应为数字，现为「abc」"),
    (lambda d: d["indicators"][0].update(benchmark="avg"), "benchmark「avg」"),
    (lambda d: d["indicators"][0].update(benchmark=0), "benchmark 应大于0"),
    (lambda d: d["indicators"][0].pop("field"), "需要 field，或 numerator 与 denominator"),
    (lambda d: d["indicators"][1].update(cap=-1), ".cap 应大于0"),
    (lambda d: d.update(missing="skip"), "missing「skip」"),
    (lambda d: d["classes"].update(method="top"), "classes.method「top」"),
    (lambda d: d["classes"].pop("B"), "classes.B 缺失"),
    (lambda d: d["classes"].update(A=80), "0 < A ≤ B ≤ C ≤ 100"),
    (lambda d: d["exempt"].pop("field"), "exempt.field 缺失"),
])
def test_malformed_scheme_names_the_key(mutate, needle):
    d = json.loads(json.dumps(BASE))
    mutate(d)
    with pytest.raises(permu.SchemeError) as err:
        permu.scheme_from_dict(d, "方案文件 x.json")
    assert needle in str(err.value) and "x.json" in str(err.value)


def test_bad_json_file(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text("{\"indicators\": [", encoding="utf-8")
    with pytest.raises(permu.SchemeError, match="bad.json 不是有效的 JSON"):
        permu.load_scheme(str(p))


def test_shipped_schemes_load():
    folder = resource("schemes")
    names = sorted(f for f in os.listdir(folder) if f.endswith(".json"))
    assert len(names) >= 2
    schemes = {n: permu.load_scheme(os.path.join(folder, n)) for n in names}
    six = [s for s in schemes.values() if len(s.indicators) == 6]
    assert six and [i.weight for i in six[0].indicators] == [30, 20, 20, 10, 10, 10]
    assert [i.benchmark for i in six[0].indicators] == [24.097, 136.16, 2.694, 4929.81, 18.14, 0.0302]
    rank = [s for s in schemes.values() if s.method == "rank" and s.exempt_field]
    assert rank and rank[0].thresholds == (25, 70, 95)


def test_ledger_class_and_summary():
    assert permu.ledger_class_flags(["D", " d ", "Ｄ", "D类", "C", "不定等级", None, 4]).tolist() == [
        True, True, True, True, False, False, False, False]
    assert permu.class_label("D") == "D类（调控帮扶）" and permu.class_label("待核实") == "待核实"
    s = permu.summarise(["D", "A", "D", "待核实"], [1.0, 2.0, float("nan"), 4.0])
    assert list(s) == ["A", "D", "待核实"] and s["D"] == [2, 1.0]


# ---- properties of classes and ranks ----------------------------------------------------------------
value = st.one_of(st.none(), st.sampled_from(["", "N/A", "abc", "1,234.5", "３０", 0, 0.0, -1]),
                  st.floats(min_value=-5, max_value=200, allow_nan=False).map(lambda v: round(v, 2)),
                  st.sampled_from([10, 20, 20, 30]))
ent = st.fixed_dictionaries({"tax": value, "va": value, "mu": value,
                             "kind": st.sampled_from(["一般", "一般", "公用事业", None, ""])})
variants = st.fixed_dictionaries({
    "missing": st.sampled_from(permu.MISSING_RULES),
    "bench": st.sampled_from([20, "mean", "median"]),
    "cap": st.sampled_from([None, 1.5]),
    "classes": st.sampled_from([{"method": "rank", "A": 25, "B": 70, "C": 95},
                                {"method": "score", "A": 100, "B": 60, "C": 30}]),
})


@settings(max_examples=80, deadline=None)
@given(st.lists(ent, min_size=1, max_size=12), variants, st.one_of(st.none(), st.lists(
    st.sampled_from(["规上", "规下", None]), min_size=12, max_size=12)))
def test_classes_and_ranks_within_groups(rows, v, groups):
    d = json.loads(json.dumps(BASE))
    d["missing"] = v["missing"]
    d["indicators"][0]["benchmark"] = v["bench"]
    d["indicators"][1]["cap"] = v["cap"]
    d["classes"] = v["classes"]
    s = permu.scheme_from_dict(d)
    g = None if groups is None else groups[:len(rows)]
    out = run(s, rows, g)
    keys = [""] * len(rows) if g is None else [x or "" for x in g]
    for key in set(keys):
        members = [i for i, k in enumerate(keys) if k == key]
        classed = [out[i] for i in members if out[i]["rank"] is not None]
        for i in members:
            o, exempt = out[i], rows[i]["kind"] == "公用事业"
            assert (o["score"] is None) == (o["cls"] == permu.CLASS_UNDETERMINED)
            assert (o["cls"] == permu.CLASS_EXEMPT) == (o["score"] is not None and exempt)
            assert (o["rank"] is None) == (o["cls"] in (permu.CLASS_EXEMPT, permu.CLASS_UNDETERMINED))
            assert o["reason"]
        for o in classed:
            # competition rank among the classed of the group; N counts them
            assert o["n"] == len(classed)
            assert o["rank"] == 1 + sum(1 for x in classed if x["score"] > o["score"])
            expected = (permu.class_for_rank(o["rank"], o["n"], s.thresholds) if s.method == "rank"
                        else permu.class_for_score(o["score"], s.thresholds))
            assert o["cls"] == expected


def test_missing_field_names_the_indicator_or_the_exempt_field():
    s = scheme()
    assert s.missing_field({"tax", "va", "mu", "kind"}.__contains__) is None
    assert s.missing_field({"tax", "va", "kind"}.__contains__) == ("亩均增加值", "mu")
    assert s.missing_field({"tax", "va", "mu"}.__contains__) == (None, "kind")

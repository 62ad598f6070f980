"""Scoring rules of 濮政办〔2021〕6号 §二(三)1, without QGIS."""
import json
import os

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from landplan_plugin.core import scoring
from landplan_plugin.core.standards import (INDICATORS, PRESET_IDS, StandardError, load_preset,
                                            load_standard, normalise_industry_code, standard_from_dict)
from landplan_plugin.core.units import M2_PER_MU, per_ha_to_per_mu, to_m2

PUYANG_OTHER = load_preset("puyang_other")
PUYANG_ETDZ = load_preset("puyang_etdz")
ZZ = load_preset("zhengzhou_industry")
W = PUYANG_OTHER.weights


def passing(std):
    return dict(std.thresholds)


def test_presets_exactly_as_the_puyang_document():
    assert PUYANG_ETDZ.thresholds == {"tax_per_mu": 3.0, "invest_per_mu": 150.0, "far": 0.6, "coverage": 40.0}
    assert PUYANG_OTHER.thresholds == {"tax_per_mu": 1.5, "invest_per_mu": 120.0, "far": 0.6, "coverage": 40.0}
    for std in (PUYANG_ETDZ, PUYANG_OTHER, ZZ):
        assert std.weights == {"tax_per_mu": 0.4, "invest_per_mu": 0.3, "far": 0.15, "coverage": 0.15}
        assert std.cutoff == 0.7


def test_zhengzhou_table_31_rows_converted_to_per_mu():
    assert len(ZZ.industry_rows) == 31
    assert sorted(ZZ.industry_rows) == [str(c) for c in range(13, 44)]
    row = ZZ.industry_rows["39"]  # 计算机、通信和其他电子设备制造业 ≥1.0 ≥3520 ≥1470
    assert row.far == 1.0
    assert row.invest_per_mu["郑州市区"] == pytest.approx(3520 / 15)
    assert row.invest_per_mu["其他区域"] == pytest.approx(1470 / 15)
    assert ZZ.industry_rows["25"].far == 0.5
    assert ZZ.industry_rows["21"].invest_per_mu["郑州市区"] == pytest.approx(1450 / 15)
    th, note = ZZ.thresholds_for("2611", "郑州市区")
    assert note is None and th["far"] == 0.6 and th["invest_per_mu"] == pytest.approx(2070 / 15)
    assert th["tax_per_mu"] == 1.5 and th["coverage"] == 40.0  # from puyang_other


def test_zhengzhou_unknown_code_falls_back_and_says_so():
    th, note = ZZ.thresholds_for("52", "其他区域")
    assert th == ZZ.thresholds
    assert "52" in note and "默认" in note
    th, note = ZZ.thresholds_for(None, None)
    assert th == ZZ.thresholds and "行业代码" in note


@pytest.mark.parametrize("raw,expected", [(13, "13"), ("13", "13"), ("C2611", "26"), (26.0, "26"),
                                          ("2611", "26"), ("", None), (None, None), ("x", None)])
def test_industry_code_normalisation(raw, expected):
    assert normalise_industry_code(raw) == expected


NAMES = {"tax_per_mu": "亩均税收", "invest_per_mu": "投资强度", "far": "容积率", "coverage": "建筑系数",
         "tax": "税收总额", "invest": "固定资产投资", "floor_area": "总建筑面积", "footprint": "建筑占地面积",
         scoring.AREA: "用地面积", scoring.INDUSTRY: "行业代码", scoring.STATUS: "生产状态"}
POINTS = {"tax_per_mu": "ie_taxpt", "invest_per_mu": "ie_invpt", "far": "ie_farpt", "coverage": "ie_covpt"}


def score_one(values, std=PUYANG_OTHER, cutoff=None, mode=scoring.BINARY, **setup):
    """score_columns on a batch of one parcel: {output field: value or None}."""
    setup = scoring.ScoringSetup(standard=std, fields={r: NAMES[r] for r in values}, mode=mode, cutoff=cutoff,
                                 **setup)
    out = scoring.score_columns(setup, {r: [v] for r, v in values.items()}, n=1)
    return {name: scoring.column_values(out, name)[0] for name in scoring.OUTPUT_FIELDS}


@pytest.mark.parametrize("std", [PUYANG_ETDZ, PUYANG_OTHER])
@pytest.mark.parametrize("key", INDICATORS)
def test_threshold_equal_passes_and_just_below_fails(std, key):
    values = passing(std)
    r = score_one(values, std)
    assert r[POINTS[key]] == std.weights[key] and r["ie_score"] == pytest.approx(1.0) and r["ie_flag"] == 0
    values[key] = std.thresholds[key] * (1 - 1e-6)
    r = score_one(values, std)
    assert r[POINTS[key]] == 0.0
    expected_flag = 1 if 1.0 - std.weights[key] < 0.7 - 1e-9 else 0
    assert r["ie_flag"] == expected_flag


def test_point_seven_is_not_low_efficiency():
    # 0.4 + 0.3 (FAR and coverage fail) = 0.7 exactly: not below the cut-off
    v = passing(PUYANG_OTHER)
    v["far"] = 0.5
    v["coverage"] = 30.0
    r = score_one(v)
    assert r["ie_score"] == pytest.approx(0.7)
    assert r["ie_flag"] == 0 and "容积率 0.50 < 0.6" in r["ie_reason"]


def test_tax_fail_alone_is_low_efficiency_with_readable_reason():
    v = passing(PUYANG_OTHER)
    v["tax_per_mu"] = 1.2
    r = score_one(v)
    assert r["ie_score"] == pytest.approx(0.6) and r["ie_flag"] == 1 and r["ie_type"] == "粗放用地类"
    assert "亩均税收 1.20 < 1.5 万元/亩" in r["ie_reason"]


def test_values_from_totals_at_threshold_pass_despite_float_error():
    area_m2 = 7 * M2_PER_MU / 3  # awkward area
    r = score_one({"tax": 1.5 * area_m2 / M2_PER_MU, "invest": 120 * area_m2 / M2_PER_MU, "floor_area": 0.6 * area_m2,
                   "footprint": 0.4 * area_m2, scoring.AREA: area_m2})
    assert [r[POINTS[k]] for k in INDICATORS] == [W[k] for k in INDICATORS] and r["ie_flag"] == 0


def test_missing_indicator_is_undetermined_and_named():
    v = passing(PUYANG_OTHER)
    v["far"] = None
    v["tax_per_mu"] = 0.1
    r = score_one(v)
    assert r["ie_score"] is None and r["ie_flag"] is None and r["ie_type"] == "待核实"
    assert "容积率" in r["ie_reason"] and "待核实" in r["ie_reason"] and "亩均税收 0.10" in r["ie_reason"]


def test_halted_and_transform_types_flag_even_with_missing_indicators():
    v = {k: None for k in INDICATORS}
    v.update({scoring.STATUS: "停产", scoring.INDUSTRY: "25"})
    r = score_one(v, status_values=("停产",), phaseout_codes=("25",))
    assert r["ie_flag"] == 1 and r["ie_type"] == "停建停产类、产业转型类"
    assert r["ie_reason"].startswith("生产状态为「停产」；行业代码「25」属转型/淘汰行业；粗放用地指标缺失")


def test_linear_mode():
    v = passing(PUYANG_OTHER)
    v["tax_per_mu"] = 0.75  # half the threshold → 0.2 points
    r = score_one(v, mode=scoring.LINEAR)
    assert r["ie_taxpt"] == pytest.approx(0.2)
    assert r["ie_score"] == pytest.approx(0.8) and r["ie_flag"] == 0


def test_status_and_code_matching():
    assert scoring.matches_status("已停产", ["停产", "停建"])
    assert not scoring.matches_status("正常生产", ["停产", "停建"])
    assert not scoring.matches_status(None, ["停产"])
    assert scoring.matches_code_list("2511", ["25"]) and scoring.matches_code_list(25.0, ["25"])
    assert not scoring.matches_code_list("26", ["25"])
    assert scoring.split_list("停产，停建、关停; 破产") == ["停产", "停建", "关停", "破产"]


def test_units():
    assert to_m2(1, "mu") == pytest.approx(666.6666667)
    assert to_m2(1, "ha") == 10000
    assert per_ha_to_per_mu(1555) == pytest.approx(103.6667, rel=1e-4)


def test_custom_standard_file(tmp_path):
    data = json.load(open(os.path.join(os.path.dirname(__file__), "..", "..", "resources", "standards",
                                       "puyang_other.json"), encoding="utf-8"))
    data["id"] = "my_county"
    data["thresholds"]["tax_per_mu"] = 2.0
    data["cutoff"] = 0.8
    p = tmp_path / "my.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    std = load_standard(str(p))
    assert std.id == "my_county" and std.thresholds["tax_per_mu"] == 2.0 and std.cutoff == 0.8


@pytest.mark.parametrize("mutate,needle", [
    (lambda d: d["thresholds"].pop("far"), "far"),
    (lambda d: d["weights"].__setitem__("far", "x"), "far"),
    (lambda d: d.__setitem__("format", "other/9"), "other/9"),
    (lambda d: d["thresholds"].__setitem__("coverage", 0), "coverage"),
])
def test_bad_standard_files_give_chinese_errors(mutate, needle):
    data = {"format": "landplan-standard/1", "id": "x",
            "thresholds": dict(PUYANG_OTHER.thresholds), "weights": dict(W), "cutoff": 0.7}
    mutate(data)
    with pytest.raises(StandardError) as err:
        standard_from_dict(data)
    assert needle in str(err.value)


def test_every_preset_loads():
    for pid in PRESET_IDS:
        assert load_preset(pid).id == pid


indicator_value = st.one_of(st.none(), st.floats(min_value=0, max_value=1000, allow_nan=False))
modes = st.sampled_from(list(scoring.SCORING_MODES))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.fixed_dictionaries({k: indicator_value for k in INDICATORS}), min_size=1, max_size=20), modes)
def test_score_in_unit_interval(rows, mode):
    setup = scoring.ScoringSetup(standard=PUYANG_ETDZ, fields={k: NAMES[k] for k in INDICATORS}, mode=mode)
    out = scoring.score_columns(setup, {k: [r[k] for r in rows] for k in INDICATORS}, n=len(rows))
    scores = out["ie_score"][~np.isnan(out["ie_score"])]
    assert ((scores >= 0.0) & (scores <= 1.0 + 1e-9)).all()


@settings(max_examples=50, deadline=None)
@given(st.lists(st.fixed_dictionaries({k: st.floats(min_value=0, max_value=500, allow_nan=False) for k in INDICATORS}),
                min_size=1, max_size=20),
       st.sampled_from(INDICATORS), st.floats(min_value=0, max_value=500, allow_nan=False), modes)
def test_score_never_falls_when_an_indicator_rises(rows, key, increase, mode):
    setup = scoring.ScoringSetup(standard=PUYANG_OTHER, fields={k: NAMES[k] for k in INDICATORS}, mode=mode)
    before = scoring.score_columns(setup, {k: [r[k] for r in rows] for k in INDICATORS}, n=len(rows))
    raised = {k: [r[k] + (increase if k == key else 0.0) for r in rows] for k in INDICATORS}
    after = scoring.score_columns(setup, raised, n=len(rows))
    assert (after["ie_score"] >= before["ie_score"] - 1e-12).all()
    assert all(a <= b for a, b in zip(after["ie_flag"].tolist(), before["ie_flag"].tolist()))


def test_reason_reads_like_the_spec_example():
    v = passing(PUYANG_OTHER)
    v["tax_per_mu"] = 1.2
    v["far"] = 0.45
    r = score_one(v)
    assert "亩均税收 1.20 < 1.5 万元/亩；容积率 0.45 < 0.6" in r["ie_reason"]
    assert r["ie_reason"].startswith("综合得分 0.45 < 0.7")


@pytest.mark.parametrize("status,expected", [("停产", True), ("已停产", True), ("停工待复", True),
                                             ("未停产", False), ("非停工", False), ("正常生产", False),
                                             ("不停产", False), ("未停产，后停建", True), ("", False)])
def test_status_negation(status, expected):
    assert scoring.matches_status(status, scoring.split_list("停产,停建,停工")) is expected


@pytest.mark.parametrize("code,codes,expected", [("C3011", ["30"], True), (3011, ["C30"], True),
                                                 ("3011", ["C31", "30"], True), ("C3111", ["30"], False),
                                                 (611, ["06"], True), (3011.0, ["30"], True), (None, ["30"], False),
                                                 ("", ["30"], False), ("2511", ["C"], False)])
def test_phaseout_code_forms(code, codes, expected):
    assert scoring.matches_code_list(code, codes) is expected


def test_failing_value_never_prints_equal_to_threshold():
    v = passing(PUYANG_OTHER)
    v["far"] = 0.599
    assert "容积率 0.599 < 0.6" in score_one(v)["ie_reason"]


def test_totals_over_an_area_that_underflows_in_mu_divide_like_numpy():
    """A positive area so small that it is 0 in 亩 must not raise: scalars divide as numpy arrays
    do — ±inf, and no value for 0 ÷ 0."""
    import math
    import numpy as np
    from landplan_plugin.core.scoring import indicators_from_totals
    from landplan_plugin.core.units import M2_PER_MU
    area = 1e-322
    assert area / M2_PER_MU == 0.0
    v = indicators_from_totals(area, tax=5.0, invest=-5.0)
    assert v["tax_per_mu"] == math.inf and v["invest_per_mu"] == -math.inf
    with np.errstate(divide="ignore"):
        assert np.float64(5.0) / (np.float64(area) / M2_PER_MU) == v["tax_per_mu"]
    assert indicators_from_totals(area, tax=0.0)["tax_per_mu"] is None

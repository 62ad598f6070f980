"""Enterprise tables (core.enterprises): GB 32100 codes, names, matching, allocation — no QGIS."""
import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from landplan_plugin.core import enterprises as en

VALID = "91350100M000100Y43"        # the GB 32100 example code


def make_code(body17):
    return body17 + en.check_character(body17)


# --- codes ------------------------------------------------------------------------------------
def test_known_code_and_variants():
    assert en.check_code(VALID) == (VALID, None)
    for variant in ("91350100m000100y43", " 9135 0100 M000 100Y43 ", "９１３５０１００Ｍ０００１００Ｙ４３",
                    "91350100M000100Y43\u3000"):
        assert en.check_code(variant) == (VALID, None), variant


@pytest.mark.parametrize("raw, words", [
    ("91350100M000100Y44", "校验位错误（应为「3」）"),
    ("91350100M000100Y4", "不是18位（17位）"),
    ("91350100M000100I43", "非法字符「I」"),
    ("9135O100M000100Y43", "非法字符「O」"),
    (913501001000100143, None),
])
def test_invalid_codes_are_named(raw, words):
    code, problem = en.check_code(raw, "信用代码")
    assert code is None
    assert problem is not None and "信用代码" in problem and "不参与按代码匹配" in problem
    if words:
        assert words in problem


def test_missing_code_is_not_a_problem():
    for raw in (None, "", "   ", "\u3000"):
        assert en.check_code(raw) == (None, None)


body = st.text(alphabet=en.CODE_ALPHABET, min_size=17, max_size=17)
messy = st.one_of(
    st.none(), st.just(""), st.just("N/A"), st.integers(0, 10 ** 18), st.floats(allow_nan=True),
    body.map(make_code), body.map(lambda b: make_code(b).lower()),
    body.map(lambda b: " ".join(make_code(b))),
    body.map(lambda b: "".join(chr(ord(c) + 0xFEE0) for c in make_code(b))),       # full width
    body.map(lambda b: b + ("0" if make_code(b)[-1] != "0" else "1")),             # wrong check
    st.text(max_size=20))


@settings(max_examples=400, deadline=None)
@given(st.lists(messy, max_size=25))
def test_check_codes_columnar_agrees_with_row(raws):
    codes, problems = en.check_codes(raws)
    for i, raw in enumerate(raws):
        assert (codes[i], problems[i]) == en.check_code(raw)


@settings(max_examples=200, deadline=None)
@given(body, st.integers(0, 16), st.sampled_from(en.CODE_ALPHABET))
def test_any_single_substitution_is_caught(b, pos, ch):
    code = make_code(b)
    changed = code[:pos] + ch + code[pos + 1:]
    assume(changed != code)
    assert en.check_code(changed)[0] is None        # weights are invertible mod 31: no single error passes


# --- names ------------------------------------------------------------------------------------
@pytest.mark.parametrize("a, b", [
    ("濮阳甲乙科技有限公司", "濮阳甲乙科技有限责任公司"),
    ("濮阳甲乙科技有限公司", "濮阳 甲乙 科技"),
    ("濮阳（河南）甲乙科技有限公司", "濮阳(河南)甲乙科技有限公司"),
    ("ＡＢＣ化工有限公司", "abc化工"),
])
def test_names_that_match(a, b):
    assert en.normalise_name(a) == en.normalise_name(b) is not None


def test_names_that_stay_apart():
    assert en.normalise_name("甲科技股份有限公司") != en.normalise_name("甲科技有限公司")
    assert en.normalise_name("有限公司") == "有限公司"
    assert en.normalise_name("  ") is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(max_size=12), st.integers(), st.sampled_from(
    ["甲有限公司", "甲 有限责任公司", "（乙）丙", "N/A", "\u3000"])), max_size=25))
def test_normalise_names_columnar_agrees(raws):
    col = en.normalise_names(raws)
    assert list(col) == [en.normalise_name(r) for r in raws]


# --- matching ---------------------------------------------------------------------------------
def codes(n):
    return [make_code("9141090000000%04d" % i) for i in range(n)]


def test_matching_rules():
    c = codes(6)
    table_codes = [c[0], c[1].lower(), None, "91410900000000099X", c[3], c[3], c[4], c[4], c[5]]
    table_names = ["甲有限公司", "乙有限公司", "丙有限公司", "丁有限公司", "戊", "戊", "己", "己", "庚有限公司"]
    values = [(1.0,), (2.0,), (3.0,), (4.0,), (5.0,), (5.0,), (6.0,), (7.0,), (8.0,)]
    parcel_codes = [c[0], " " + c[1], None, "91410900000000099X", c[3], c[4], c[0], make_code("91410900000009999"), None, "bad"]
    parcel_names = ["甲", "乙有限责任公司", "丙", "丁", "戊", "己", "别的名字", "丙有限公司", "无此企业", None]
    r = en.match_parcels(parcel_codes, parcel_names, table_codes, table_names, values,
                         parcel_labels=["P%d" % i for i in range(10)])
    assert list(r.kinds) == ["代码", "代码", "名称", "名称", "代码", "未匹配", "代码", "名称", "未匹配", "未匹配"]
    assert list(r.rows) == [0, 1, 2, 3, 4, -1, 0, 2, -1, -1]
    # invalid code: reported on both sides, matched by its name, never loosely by code
    assert any("校验位错误" in n for n in r.notes[3])
    assert any("表第4行" in p and "校验位错误" in p for p in r.problems)
    # duplicates: identical figures merged, different figures not joined
    assert set(r.duplicate_codes) == {c[3], c[4]}
    assert any(c[4] in p and "数值不同，不挂接" in p for p in r.problems)
    assert any("重复且数值不同" in n for n in r.notes[5])
    # code decides, name disagreement reported
    assert any("别的名字" in t for t in r.name_conflicts)
    # valid code not in the table falls back to the name of a row without a valid code
    assert any("不在表中，按名称挂接" in n for n in r.notes[7])
    # unmatched rows and parcels named
    assert any("庚有限公司" in p and "未挂接到任何宗地" in p for p in r.problems)
    assert any(p.startswith("P8未挂接") for p in r.problems)
    assert any(p.startswith("P9未挂接") and "不是18位" in p for p in r.problems)


def test_name_fallback_never_crosses_a_different_valid_code():
    c = codes(2)
    r = en.match_parcels([c[0]], ["甲"], [c[1]], ["甲有限公司"], [(1.0,)])
    assert r.kinds[0] == "未匹配" and r.rows[0] == -1
    assert "代码不同" in r.notes[0][0]


# --- allocation -------------------------------------------------------------------------------
def test_allocation_by_area_share():
    rows = [0, 0, 1, -1, 2, 2]
    areas = [2 * 666.6666666666666, 3 * 666.6666666666666, np.nan, 100.0, 500.0, np.nan]
    totals = np.array([[50.0, 500.0], [7.0, np.nan], [9.0, 9.0]])
    out, share, land_mu, reasons = en.allocate(rows, areas, totals)
    assert share[:2] == pytest.approx([0.4, 0.6])
    assert out[0] == pytest.approx([20.0, 200.0]) and out[1] == pytest.approx([30.0, 300.0])
    assert land_mu[0] == pytest.approx(5.0)
    # per-mu on each parcel = enterprise total ÷ all its land
    assert out[0, 0] / 2.0 == pytest.approx(50.0 / 5.0) == out[1, 0] / 3.0
    # a single parcel takes the whole total even without an area
    assert share[2] == 1.0 and out[2, 0] == 7.0 and math.isnan(out[2, 1]) and math.isnan(land_mu[2])
    assert math.isnan(share[3]) and np.isnan(out[3]).all()
    # several parcels, one without area: not split, named
    assert np.isnan(out[4]).all() and np.isnan(share[4:]).all()
    assert "无法按面积分摊" in reasons[2]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(-1, 4), st.one_of(st.none(), st.floats(-10, 1e6, allow_nan=False))),
                min_size=1, max_size=30),
       st.lists(st.floats(0, 1e6, allow_nan=False), min_size=5, max_size=5))
def test_allocate_columnar_agrees_with_row_form_and_sums_back(pairs, tot):
    rows = np.array([r for r, _ in pairs])
    areas = np.array([np.nan if a is None else a for _, a in pairs])
    totals = np.array(tot)[:, None]
    out, share, land_mu, reasons = en.allocate(rows, areas, totals)
    for row in set(rows.tolist()) - {-1}:
        members = np.flatnonzero(rows == row)
        row_shares, reason = en.shares_for([None if np.isnan(areas[m]) else areas[m] for m in members])
        for m, s in zip(members, row_shares):
            if s is None:
                assert math.isnan(share[m]) and math.isnan(out[m, 0])
            else:
                assert share[m] == pytest.approx(s)
        assert (reason is None) == (row not in reasons)
        if reason is None:
            assert out[members, 0].sum() == pytest.approx(tot[row], rel=1e-9, abs=1e-9)
    assert np.isnan(share[rows == -1]).all()


# --- tables -----------------------------------------------------------------------------------
def test_numeric_column_majority():
    assert en.numeric_column([1, "2", "1,234.5", "N/A", None])
    assert not en.numeric_column(["甲", "乙", 3])
    assert not en.numeric_column([None, ""])


def test_header_row_below_a_title():
    rows = [["2024年企业税收统计表", None, None], [None, None, None],
            ["统一社会信用代码", "企业名称", "税收"], [VALID, "甲", 12.5]]
    assert en.find_header_row(rows) == 2
    assert en.find_header_row(rows, ["企业名称", "税收"]) == 2
    names = en.column_names(["企业名称", None, "税收", "税收"])
    assert names == ["企业名称", "列2", "税收", "税收_2"]
    assert en.column_names(["FID", "ej_share", "x"], ("fid", "ej_share")) == ["FID_2", "ej_share_2", "x"]
    assert en.find_column(names, ["统一社会信用代码", "企业名称"]) == 0
    assert en.find_column(["ＱＹＭＣ"], ["qymc"]) == 0

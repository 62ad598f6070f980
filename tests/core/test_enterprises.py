"""Enterprise tables (core.enterprises): GB 32100 codes, names, matching, allocation, a table read
for a join and the joined columns — no QGIS."""
import math
import re
import unicodedata

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from landplan_plugin.core import enterprises as en

VALID = "91350100M000100Y43"        # the GB 32100 example code


def make_code(body17):
    """The one valid code starting with ``body17`` (its check character found by en.check_codes)."""
    return next(code for code in en.check_codes([body17 + ch for ch in en.CODE_ALPHABET])[0] if code)


def check_code(raw, field_name=en.CODE_LABEL):
    """:func:`en.check_codes` of one value: (valid code or None, problem or None)."""
    codes, problems = en.check_codes([raw], field_name)
    return codes[0], problems[0]


# --- codes ------------------------------------------------------------------------------------
def test_known_code_and_variants():
    assert check_code(VALID) == (VALID, None)
    for variant in ("91350100m000100y43", " 9135 0100 M000 100Y43 ", "９１３５０１００Ｍ０００１００Ｙ４３",
                    "91350100M000100Y43\u3000"):
        assert check_code(variant) == (VALID, None), variant


@pytest.mark.parametrize("raw, words", [
    ("91350100M000100Y44", "校验位错误（应为「3」）"),
    ("91350100M000100Y4", "不是18位（17位）"),
    ("91350100M000100I43", "非法字符「I」"),
    ("9135O100M000100Y43", "非法字符「O」"),
    (913501001000100143, None),
])
def test_invalid_codes_are_named(raw, words):
    code, problem = check_code(raw, "信用代码")
    assert code is None
    assert problem is not None and "信用代码" in problem and "不参与按代码匹配" in problem
    if words:
        assert words in problem


def test_codes_with_separators_are_normalised_before_the_check():
    code = make_code("91110000600037341")
    assert code == "91110000600037341L"
    for variant in ("9111-0000-6000-3734-1L", "9111 0000 6000 3734 1L", "9111—0000—6000—3734—1L",
                    "９１１１－００００－６０００－３７３４－１Ｌ", " 911100006-00037341l "):
        assert check_code(variant) == (code, None), variant
    # a separator never hides a wrong check character
    code_bad, problem = check_code("9111-0000-6000-3734-1M")
    assert code_bad is None and "校验位错误（应为「L」）" in problem and "9111-0000-6000-3734-1M" in problem


def test_missing_code_is_not_a_problem():
    for raw in (None, "", "   ", "\u3000", "-", "—"):
        assert check_code(raw) == (None, None)


body = st.text(alphabet=en.CODE_ALPHABET, min_size=17, max_size=17)
messy = st.one_of(
    st.none(), st.just(""), st.just("N/A"), st.integers(0, 10 ** 18), st.floats(allow_nan=True),
    body.map(make_code), body.map(lambda b: make_code(b).lower()),
    body.map(lambda b: " ".join(make_code(b))),
    body.map(lambda b: "-".join((make_code(b)[:4], make_code(b)[4:8], make_code(b)[8:]))),       # dashes
    body.map(lambda b: "".join(chr(ord(c) + 0xFEE0) for c in make_code(b))),       # full width
    body.map(lambda b: b + ("0" if make_code(b)[-1] != "0" else "1")),             # wrong check
    st.text(max_size=20))


@settings(max_examples=100, deadline=None)
@given(st.lists(messy, max_size=25))
def test_check_codes_properties(raws):
    codes, problems = en.check_codes(raws, "代码")
    for raw, code, problem in zip(raws, codes, problems):
        assert code is None or problem is None                 # never both
        if code is not None:
            assert len(code) == 18 and code == make_code(code[:17])
        if problem is not None:
            assert problem.startswith("代码「") and problem.endswith("不参与按代码匹配")
        if isinstance(raw, str) and re.sub(r"[\s\u200b\u200c\u200d\ufeff\-\u2010-\u2015\u2212\ufe58\ufe63]+", "",
                                           unicodedata.normalize("NFKC", raw)):
            assert (code, problem) != (None, None)             # present text is either valid or named
    # each value is checked on its own
    assert [check_code(r, "代码") for r in raws] == list(zip(codes, problems))


@settings(max_examples=100, deadline=None)
@given(body, st.integers(0, 16), st.sampled_from(en.CODE_ALPHABET))
def test_any_single_substitution_is_caught(b, pos, ch):
    code = make_code(b)
    changed = code[:pos] + ch + code[pos + 1:]
    assume(changed != code)
    assert check_code(changed)[0] is None        # weights are invertible mod 31: no single error passes


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


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(max_size=12), st.integers(), st.sampled_from(
    ["甲有限公司", "甲 有限责任公司", "（乙）丙", "N/A", "\u3000"])), max_size=25))
def test_normalise_names_properties(raws):
    col = en.normalise_names(raws)
    assert len(col) == len(raws)
    for raw, key in zip(raws, col):
        assert key is None or (key and not any(ch.isspace() for ch in key) and key == en.normalise_name(key))
        assert key == en.normalise_name(raw)                   # each value on its own


# --- matching ---------------------------------------------------------------------------------
def codes(n):
    return [make_code("9141090000000%04d" % i) for i in range(n)]


def test_matching_rules():
    c = codes(6)
    table_codes = [c[0], c[1].lower(), None, "91410900000000099X", c[3], c[3], c[4], c[4], c[5]]
    table_names = ["甲有限公司", "乙有限公司", "丙有限公司", "丁有限公司", "戊", "戊", "己", "己", "庚有限公司"]
    values = [(1.0,), (2.0,), (3.0,), (4.0,), (5.0,), (5.0,), (6.0,), (7.0,), (8.0,)]
    parcel_codes = [c[0], " " + c[1], None, "91410900000000099X", c[3], c[4], c[0], make_code("91410900000009999"),
                    None, "bad"]
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


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(-1, 4), st.one_of(st.none(), st.floats(-10, 1e6, allow_nan=False))),
                min_size=1, max_size=30),
       st.lists(st.floats(0, 1e6, allow_nan=False), min_size=5, max_size=5))
def test_allocation_shares_sum_back_or_are_named(pairs, tot):
    rows = np.array([r for r, _ in pairs])
    areas = np.array([np.nan if a is None else a for _, a in pairs])
    out, share, land_mu, reasons = en.allocate(rows, areas, np.array(tot)[:, None])
    assert np.isnan(share[rows == -1]).all() and np.isnan(out[rows == -1]).all()
    for row in set(rows.tolist()) - {-1}:
        members = np.flatnonzero(rows == row)
        usable = [a > 0 for a in areas[members]]
        if len(members) == 1:
            assert share[members[0]] == 1.0 and out[members[0], 0] == tot[row] and row not in reasons
        elif all(usable):
            assert share[members] == pytest.approx(areas[members] / areas[members].sum())
            assert out[members, 0].sum() == pytest.approx(tot[row], rel=1e-9, abs=1e-9)
            assert land_mu[members] == pytest.approx([areas[members].sum() / (10000 / 15)] * len(members))
        else:   # several parcels, one without a positive area: not split, named
            assert np.isnan(share[members]).all() and np.isnan(out[members]).all()
            assert "无法按面积分摊" in reasons[row]


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


def test_enterprise_table_as_a_join_reads_it():
    rows = [["2024年企业税收统计表"], [], ["统一社会信用代码", "企业名称", "税收", "行业", "ej_note"],
            [VALID, "甲", "1,234.5", "制造", None], [None, None, None, None, None], ["", "乙", "N/A", 7, "x"],
            [None, "丙", 12, "", None]]
    t = en.enterprise_table(rows)
    assert (t.code, t.name, t.names[4]) == (0, 1, "ej_note_2")
    assert t.joined_names == ["税收", "行业", "ej_note_2"] and t.numeric == [True, False, False]
    assert t.row_numbers == [4, 6, 7] and t.codes == [VALID, "", None] and t.company_names == ["甲", "乙", "丙"]
    assert t.values == [[1234.5, "制造", None], [None, "7", "x"], [12.0, "", None]]
    assert t.problems == [(6, "字段「税收」值「N/A」不是数字，按缺失处理")]
    assert en.enterprise_table(rows, join_columns=["行业"]).joined_names == ["行业"]
    missing = en.enterprise_table(rows, name_column="公司")
    assert (missing.error, missing.missing) == (en.MISSING_COLUMN, "公司")
    assert en.enterprise_table(rows, join_columns=["产值"]).missing == "产值"
    assert en.enterprise_table([["税收", "行业"], [1, "a"]]).error == en.NO_KEY_COLUMN


def test_land_areas_field_or_geometry():
    areas, notes = en.land_areas([1.0, "N/A", None], "用地面积", "mu")
    assert areas[0] == pytest.approx(10000 / 15) and np.isnan(areas[1:]).all()
    assert notes == {1: "字段「用地面积」值「N/A」不是数字，按缺失处理"}
    areas, notes = en.land_areas(None, "", "m2", [100.0, np.nan, 5.0], [False, True, False], {2: "已修复"})
    assert areas[0] == 100.0 and np.isnan(areas[1])
    assert notes == {1: "几何为空，无法量算用地面积", 2: "已修复"}
    assert en.parcel_labels(None, [7, 8]) == ["宗地「7」", "宗地「8」"]
    assert en.parcel_labels(["P1", None], [7, 8]) == ["宗地「P1」", "宗地「None」"]


def test_join_columns():
    c = codes(3)
    rows = [["统一社会信用代码", "企业名称", "税收", "行业"], [c[0], "甲", 50, "制造"], [c[1], "乙", 9, "化工"]]
    table = en.enterprise_table(rows)
    join = en.join_parcels(table, [c[0], c[0], None, c[2]], ["甲", "甲", "乙有限公司", "丙"],
                           [2 * 10000 / 15, 3 * 10000 / 15, np.nan, 100.0], ["P1", "P2", "P3", "P4"], {3: "面积备注"})
    cols = join.columns
    assert list(cols) == ["税收", "行业", "ej_match", "ej_landmu", "ej_share", "ej_note"]
    assert cols["税收"][:3] == pytest.approx([20.0, 30.0, 9.0]) and np.isnan(cols["税收"][3])
    assert list(cols["行业"]) == ["制造", "制造", "化工", None]
    assert list(cols["ej_match"]) == ["代码", "代码", "名称", "未匹配"]
    assert cols["ej_landmu"][0] == pytest.approx(5.0) and np.isnan(cols["ej_landmu"][2])
    assert cols["ej_share"][2] == 1.0
    assert cols["ej_note"][0] is None and cols["ej_note"][3] == "表中没有此企业；面积备注"
    assert list(join.slice(1, 3)["ej_match"]) == ["代码", "名称"] and join.unsplit == {}

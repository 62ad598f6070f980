"""parse_number / parse_ratio / column unit detection (core.values), without QGIS."""
import math
from decimal import Decimal

import pytest

from landplan_plugin.core import values
from landplan_plugin.core.values import (Problem, detect_fraction_percent,
                                         make_problem, parse_number, parse_ratio)


class FakeNull:
    """Stands in for QGIS NULL (a QVariant whose isNull() is True)."""

    def isNull(self):  # noqa: N802 (mimics the QVariant API)
        return True


@pytest.mark.parametrize("raw, expected", [
    (5, 5.0),
    (0, 0.0),
    (-3, -3.0),
    (2.5, 2.5),
    (Decimal("1.25"), 1.25),
    ("12", 12.0),
    (" 12.5 ", 12.5),
    ("1,234.5", 1234.5),
    ("1,234,567", 1234567.0),
    ("１２３．５", 123.5),        # full-width digits and point
    ("１，２３４", 1234.0),        # full-width comma as thousands separator
    ("45%", 45.0),
    ("４５％", 45.0),
    ("-0.5", -0.5),
    ("+7", 7.0),
    (".5", 0.5),
    ("5.", 5.0),
    ("1e3", 1000.0),
    ("1 234", 1234.0),           # spaces inside are dropped
    ("\u22123", -3.0),           # mathematical minus sign
])
def test_parse_number_accepts(raw, expected):
    value, problem = parse_number(raw, "用地面积")
    assert problem is None
    assert value == pytest.approx(expected)
    assert isinstance(value, float)


@pytest.mark.parametrize("raw", [None, "", "   ", "\u3000", FakeNull()])
def test_parse_number_missing_is_not_a_problem(raw):
    assert parse_number(raw, "用地面积") == (None, None)


@pytest.mark.parametrize("raw", ["N/A", "n/a", "NA", "－", "-", "—", "——", "无", "/", "null", "NULL",
                                 "None", "#N/A", "暂无", "--"])
def test_parse_number_placeholders_are_reported_as_missing(raw):
    value, problem = parse_number(raw, "亩均税收")
    assert value is None
    assert isinstance(problem, Problem)
    assert problem.kind == values.NOT_NUMBER
    assert problem.field == "亩均税收"
    assert problem.message == "字段「亩均税收」值「%s」不是数字，按缺失处理" % raw
    assert str(problem) == problem.message


@pytest.mark.parametrize("raw", ["abc", "12亩", "1,5", "12,34", "1.2.3", "一百", "3-4", True, False])
def test_parse_number_garbage(raw):
    value, problem = parse_number(raw, "税收总额")
    assert value is None
    assert problem.kind == values.NOT_NUMBER
    assert "税收总额" in problem.message and str(raw) in problem.message


@pytest.mark.parametrize("raw", [float("nan"), float("inf"), -math.inf, "nan", "inf", "-inf",
                                 Decimal("NaN")])
def test_parse_number_not_finite(raw):
    value, problem = parse_number(raw, "容积率")
    assert value is None
    assert problem.kind in (values.NOT_FINITE, values.NOT_NUMBER)
    assert "容积率" in problem.message


def test_problem_message_cuts_long_values():
    p = make_problem(values.NOT_NUMBER, "f", "x" * 200, "不是数字")
    assert len(p.raw) <= 60 and p.raw.endswith("…")


@pytest.mark.parametrize("raw, expected", [
    (0.45, 0.45), (0, 0.0), (1, 1.0), ("0.3", 0.3), ("45%", 0.45), ("100%", 1.0), ("０．２５", 0.25),
])
def test_parse_ratio_plain(raw, expected):
    value, problem = parse_ratio(raw, "已投资比例")
    assert problem is None
    assert value == pytest.approx(expected)


def test_parse_ratio_percent_number_is_converted_and_reported():
    value, problem = parse_ratio(45, "已投资比例")
    assert value == pytest.approx(0.45)
    assert problem.kind == values.PERCENT_AS_RATIO
    assert "0.45" in problem.message


def test_parse_ratio_ambiguous_just_above_one_kept_and_reported():
    value, problem = parse_ratio(1.2, "已开发面积比例")
    assert value == pytest.approx(1.2)
    assert problem.kind == values.OUT_OF_RANGE


@pytest.mark.parametrize("raw", [-0.1, 150, "150%", "-5%"])
def test_parse_ratio_out_of_range(raw):
    value, problem = parse_ratio(raw, "已开发面积比例")
    assert value is None
    assert problem.kind == values.OUT_OF_RANGE


def test_parse_ratio_missing_and_garbage():
    assert parse_ratio(None, "x") == (None, None)
    value, problem = parse_ratio("N/A", "x")
    assert value is None and problem.kind == values.NOT_NUMBER


@pytest.mark.parametrize("column, expected", [
    ([0.45, 0.3, None, 0.8], True),
    ([0.0, 1.0], True),
    ([0.0, 0.0], False),          # all zero: nothing to tell
    ([45, 30, 80], False),
    ([0.45, 30], False),
    ([], False),
    ([None, None], False),
    ([0.5, float("nan")], True),   # NaN ignored
    ([-0.1, 0.5], False),
])
def test_detect_fraction_percent(column, expected):
    assert detect_fraction_percent(column) is expected


# ---- map_distinct: one call per distinct (type, value) ------------------------------------
from hypothesis import given as _given, strategies as _st  # noqa: E402 (the property tests' imports, kept with them)

from landplan_plugin.core.values import map_distinct, value_key  # noqa: E402 (the property tests' imports, kept with them)


@_given(_st.lists(_st.one_of(_st.none(), _st.integers(-3, 3), _st.floats(allow_nan=False), _st.text(max_size=2),
                             _st.lists(_st.integers(0, 2), max_size=2))))
def test_map_distinct_same_as_a_plain_map_and_calls_once_per_value(values):
    calls = []

    def fn(v):
        calls.append(v)
        return (type(v).__name__, v)
    assert map_distinct(values, fn) == [(type(v).__name__, v) for v in values]  # equal values (0.0, -0.0) share
    hashable = [v for v in values if value_key(v) is not None]
    assert len(calls) == len({value_key(v) for v in hashable}) + (len(values) - len(hashable))


def test_value_key_keeps_types_apart():
    assert map_distinct([1, 1.0, "1", True, None, None], lambda v: type(v).__name__) == [
        "int", "float", "str", "bool", "NoneType", "NoneType"]

"""core.contract: one is_flagged rule, per value and per column."""
import decimal

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from landplan_plugin.core import contract
from landplan_plugin.core.contract import is_flagged, is_flagged_array


@pytest.mark.parametrize("value", [1, 1.0, "1", " 1 ", "1.0", "１", True, np.int64(1), np.float32(1.0),
                                   decimal.Decimal("1.00"), np.bool_(True)])
def test_flagged_values(value):
    assert is_flagged(value) is True


@pytest.mark.parametrize("value", [0, 0.0, "0", None, "", "  ", float("nan"), 2, -1, "yes", "是", "1,0",
                                   "N/A", False, 0.999, "inf", [], object(), "1" * 40])
def test_not_flagged_values(value):
    assert is_flagged(value) is False


def test_qt_like_null_is_not_flagged():
    class Null:
        def isNull(self):  # noqa: N802 (mimics the QVariant API)
            return True
    assert is_flagged(Null()) is False


def test_columnar_numeric_and_bool():
    assert is_flagged_array(np.array([1, 0, 2, 1])).tolist() == [True, False, False, True]
    assert is_flagged_array(np.array([1.0, np.nan, 0.0])).tolist() == [True, False, False]
    assert is_flagged_array(np.array([True, False])).tolist() == [True, False]
    assert is_flagged_array(["1", "x", "1.0"]).tolist() == [True, False, True]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(allow_nan=True, allow_infinity=True), max_size=30))
def test_float_column_agrees(items):
    """A numeric column takes numpy's comparison, not the per-value rule: the same answers."""
    arr = np.array(items, dtype=float)
    assert is_flagged_array(arr).tolist() == [is_flagged(v) for v in items]


def test_field_names_fit_a_shapefile_and_are_unique_per_check():
    for group in (contract.SCORING_FIELDS, contract.IDLE_FIELDS, contract.UNSUPPLIED_FIELDS,
                  contract.ZONE_FIELDS, contract.EXPORT_FIELDS):
        assert len(set(group)) == len(group)
        for name in group:
            assert name.isascii() and len(name) <= 10, name
    assert contract.FLAG_FIELDS["idle"][0] == contract.IDLE_FLAG == "idle_flag"

"""疑似违法占地 rule without QGIS."""
import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from landplan_plugin.core import landuse
from landplan_plugin.core import unauthorized as ua
from landplan_plugin.core.units import M2_PER_MU

PRESET = landuse.load_preset("sandiao_2017")


@pytest.mark.parametrize("code, expected", [("0601", True), (601, True), ("05H1", True), ("0701", True),
                                            ("1003", True), ("0101", False), ("1101", False), ("9999", False),
                                            (None, False), ("１００４", True)])
def test_builtup_codes(code, expected):
    is_builtup, codes = ua.builtup_columns([code], PRESET)
    assert is_builtup[0] == expected and codes[0] == PRESET.normalise(code)


def test_footprints_are_builtup_without_a_code():
    is_builtup, codes = ua.builtup_columns(None, PRESET, 3)
    assert list(is_builtup) == [True] * 3 and list(codes) == [""] * 3


@pytest.mark.parametrize("area, min_mu, keep", [
    (M2_PER_MU, 1, True), (M2_PER_MU * (1 - 1e-12), 1, True), (M2_PER_MU - 0.01, 1, False), (0, 1, False),
    (None, 1, False), (-5, 0, False), (0.5, 0, True), (2 * M2_PER_MU, 2, True), (1.99 * M2_PER_MU, 2, False),
])
def test_minimum_area_boundary(area, min_mu, keep):
    kept, _mu, reasons = ua.assess_pieces([area], ["0601"], [None], [None], min_mu=min_mu)
    assert kept[0] == keep and (reasons[0] is not None) == keep


def test_reason_says_suspected_and_names_checked_layers():
    _k, _m, reasons = ua.assess_pieces([2.5 * M2_PER_MU, M2_PER_MU], ["0601", None], ["工业用地", None],
                                       ["甲园区", None], ("APPROVALS", "SUPPLIED", "REGISTERED"))
    r, footprint = reasons
    assert r == ("疑似违法占地（线索，待核查）：现状建设用地（0601 工业用地）2.50亩，"
                 "未被批地、供地、登记宗地覆盖，位于甲园区")
    assert "现状建筑占地" in footprint and "位于" not in footprint
    assert "未被批地覆盖" in ua.assess_pieces([M2_PER_MU], [None], [None], [None], ("APPROVALS",))[2][0]
    assert "未被任何批地、供地或登记宗地覆盖" in ua.assess_pieces([M2_PER_MU], [None], [None], [None], ())[2][0]


def test_assess_pieces_drops_slivers():
    keep, mu, reasons = ua.assess_pieces([1.5 * M2_PER_MU, 0.3], ["0701", "0701"], [None, None], ["乙", "乙"],
                                         ("APPROVALS", "SUPPLIED"))
    assert list(keep) == [True, False] and mu[0] == pytest.approx(1.5) and "疑似" in reasons[0]
    assert reasons[1] is None


def test_ledger_and_scorecard():
    assert (ua.KIND, ua.DISPOSAL) == ("疑似违法占地", "核查、依法处置")
    assert ua.scorecard_line(3, 12.345) == "疑似违法占地：3处，共12.35亩（线索，待核查）"
    assert "未发现" in ua.scorecard_line(0, 0)


pieces = st.tuples(st.one_of(st.none(), st.floats(min_value=-10, max_value=1e5, allow_nan=False)),
                   st.sampled_from([None, "0601", "0701", "05H1"]), st.sampled_from([None, "工业用地"]),
                   st.sampled_from([None, "甲园区", "乙"]))


@settings(max_examples=100, deadline=None)
@given(st.lists(pieces, min_size=1, max_size=10), st.sampled_from([0, 0.5, 1, 1.0, 3]))
def test_pieces_properties(rows, min_mu):
    """A piece is kept exactly when it is at least ``min_mu`` 亩 (and not empty); a kept piece has a
    reason naming its 亩; each piece is assessed on its own (alone it gets the same)."""
    areas, codes, names, zones = (list(c) for c in zip(*rows))
    checked = ("APPROVALS", "SUPPLIED", "REGISTERED")
    keep, mu, reasons = ua.assess_pieces(areas, codes, names, zones, checked, min_mu)
    assert isinstance(reasons, np.ndarray) and reasons.dtype == object
    for i, (a, c, n, z) in enumerate(rows):
        area = a or 0.0
        assert keep[i] == (area > 0 and area >= max(0, min_mu) * M2_PER_MU * (1 - 1e-9))
        assert mu[i] == pytest.approx(area / M2_PER_MU)
        assert (reasons[i] is not None) == keep[i]
        if keep[i]:
            assert reasons[i].startswith("疑似违法占地") and "%.2f亩" % mu[i] in reasons[i]
        alone = ua.assess_pieces([a], [c], [n], [z], checked, min_mu)
        assert (alone[0][0], alone[1][0], alone[2][0]) == (keep[i], mu[i], reasons[i])


def test_zone_totals():
    totals = ua.totals_by_zone(["甲", "乙", "甲", None], [1.5, 2, 3.25, 4], [1, 1, "1", 1])
    assert totals == {"甲": (2, 4.75), "乙": (1, 2.0), None: (1, 4.0)}
    assert ua.totals_by_zone(["甲", "甲"], [1, 2], [1, 0]) == {"甲": (1, 1.0)}

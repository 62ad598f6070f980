"""疑似违法占地 rule (SPEC §7.6) without QGIS."""
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
    assert ua.is_builtup(code, PRESET) is expected
    assert ua.is_builtup_columns([code], PRESET)[0] == expected


@pytest.mark.parametrize("area, min_mu, keep", [
    (M2_PER_MU, 1, True), (M2_PER_MU * (1 - 1e-12), 1, True), (M2_PER_MU - 0.01, 1, False), (0, 1, False),
    (None, 1, False), (-5, 0, False), (0.5, 0, True), (2 * M2_PER_MU, 2, True), (1.99 * M2_PER_MU, 2, False),
])
def test_minimum_area_boundary(area, min_mu, keep):
    assert ua.keep_piece(area, min_mu) is keep
    assert ua.keep_piece_columns([area], min_mu)[0] == keep


def test_reason_says_suspected_and_names_checked_layers():
    r = ua.piece_reason(2.5 * M2_PER_MU, "0601", "工业用地", "甲园区", ("APPROVALS", "SUPPLIED", "REGISTERED"))
    assert r.startswith("疑似违法占地")
    assert "0601 工业用地" in r and "2.50亩" in r
    assert "批地、供地、登记宗地" in r and "甲园区" in r
    footprint = ua.piece_reason(M2_PER_MU, None, None, None, ("APPROVALS",))
    assert "现状建筑占地" in footprint and "未被批地覆盖" in footprint and "位于" not in footprint


def test_assess_piece_drops_slivers():
    kept = ua.assess_piece(1.5 * M2_PER_MU, "0701", None, "乙", ("APPROVALS", "SUPPLIED"))
    assert kept.keep and kept.ua_mu == pytest.approx(1.5) and "疑似" in kept.reason
    sliver = ua.assess_piece(0.3, "0701", None, "乙")
    assert not sliver.keep and sliver.reason is None


def test_ledger_and_scorecard():
    assert ua.ledger_entry("原因") == ("疑似违法占地", "原因", "核查、依法处置")
    assert ua.ledger_entry(None)[1] == "疑似违法占地"
    assert ua.scorecard_line(3, 12.345) == "疑似违法占地：3处，共12.35亩（线索，待核查）"
    assert "未发现" in ua.scorecard_line(0, 0)
    assert list(ua.scorecard_columns([3, 0], [12.345, 0])) == [ua.scorecard_line(3, 12.345), ua.scorecard_line(0, 0)]


pieces = st.tuples(st.one_of(st.none(), st.floats(min_value=-10, max_value=1e5, allow_nan=False)),
                   st.sampled_from([None, "0601", "0701", "05H1"]), st.sampled_from([None, "工业用地"]),
                   st.sampled_from([None, "甲园区", "乙"]))


@settings(max_examples=200, deadline=None)
@given(st.lists(pieces, min_size=1, max_size=10), st.sampled_from([0, 0.5, 1, 1.0, 3]))
def test_row_equals_columnar(rows, min_mu):
    areas, codes, names, zones = zip(*rows)
    checked = ("APPROVALS", "SUPPLIED", "REGISTERED")
    keep, mu, reasons = ua.assess_pieces(areas, codes, names, zones, checked, min_mu)
    for i, (a, c, n, z) in enumerate(rows):
        r = ua.assess_piece(a, c, n, z, checked, min_mu)
        assert r.keep == keep[i]
        assert r.ua_mu == pytest.approx(mu[i])
        assert r.reason == reasons[i]
    assert isinstance(reasons, np.ndarray) and reasons.dtype == object


def test_export_kind_and_zone_totals():
    assert ua.EXPORT_KIND["flag_field"] == "ua_flag" and ua.EXPORT_KIND["disposal"] == "核查、依法处置"
    totals = ua.totals_by_zone(["甲", "乙", "甲", None], [1.5, 2, 3.25, 4], [1, 1, "1", 1])
    assert totals == {"甲": (2, 4.75), "乙": (1, 2.0), None: (1, 4.0)}
    assert ua.totals_by_zone(["甲", "甲"], [1, 2], [1, 0]) == {"甲": (1, 1.0)}

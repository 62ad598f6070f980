"""core.ledger's kinds of the other checks (标准地未达标, 疑似违法占地, 亩均D类): registry, rules, row = columnar."""
import datetime as dt

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from landplan_plugin.core import commitments, ledger, permu, unauthorized


def get(values):
    return lambda name: values.get(name)


def kind(key):
    return ledger.kinds([key])[0]


def test_registered_after_the_first_three():
    assert ledger.kind_keys()[:6] == ["ie", "idle", "unsup", "cm", "ua", "mj"]
    assert kind("cm").flag_field == "cm_flag" and kind("ua").flag_field == "ua_flag"
    assert kind("mj").flag_field == "mj_class" and kind("mj").matches is not None
    assert "ua_mu" in ledger.area_fields()


def test_commitments_disposal_from_field_or_rule():
    k = kind("cm")
    assert ledger.describe([k], get({"cm_disp": "限期整改、依约收回", "cm_reason": "r"})) == \
        ("标准地未达标", "标准地未达标", ["r"], "限期整改、依约收回")
    assert ledger.describe([k], get({"cm_penalty": "1,234.5", "cm_reason": "r"}))[3] == "限期整改、支付违约金"
    assert ledger.describe([k], get({"cm_penalty": "N/A"}))[3] == commitments.DISPOSAL_RECTIFY
    assert ledger.describe([k], get({"cm_disp": float("nan")}))[3] == "限期整改"


def test_unauthorized_and_permu():
    assert ledger.describe([kind("ua")], get({"ua_reason": "x"})) == \
        (unauthorized.KIND, unauthorized.KIND, ["x"], unauthorized.DISPOSAL)
    assert ledger.describe([kind("mj")], get({"mj_reason": "y"}))[1:] == (permu.LEDGER_TYPE, ["y"], permu.LEDGER_DISPOSAL)
    for raw, hit in (("D", True), (" d ", True), ("Ｄ", True), ("D类", True), ("D类（调控帮扶）", True),
                     ("C", False), ("DD", False), (None, False), ("", False), (4, False), ("待核实", False)):
        assert ledger.kind_hit(kind("mj"), raw) is hit, raw
        assert not ledger.kind_unreadable(kind("mj"), raw)


def test_deadlines_of_the_shipped_rules():
    rules = ledger.load_deadline_rules(__import__("landplan_plugin.paths", fromlist=["x"]).resource("ledger", "deadlines.json"))
    as_of = dt.date(2025, 6, 30)
    assert ledger.deadline_for([kind("cm")], get({"cm_disp": "限期整改"}), as_of, rules) == dt.date(2026, 6, 30)
    assert ledger.deadline_for([kind("cm")], get({"cm_disp": "限期整改、依约收回"}), as_of, rules) == dt.date(2025, 12, 30)
    assert ledger.deadline_for([kind("ua")], get({}), as_of, rules) == dt.date(2025, 9, 30)
    assert ledger.deadline_for([kind("mj")], get({}), as_of, rules) == dt.date(2026, 12, 31)


VALUES = st.one_of(st.none(), st.sampled_from(["D", "d", "Ｄ", "D类", "C", "A", "不定等级", "待核实", "", " ", "N/A"]),
                   st.text(max_size=4), st.integers(-2, 5), st.floats(allow_nan=True))


@settings(deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.sampled_from([None, 1, 0, "1", "x"]), VALUES,
                          st.one_of(st.none(), st.sampled_from(["", "限期整改、依约收回"])),
                          st.one_of(st.none(), st.floats(allow_nan=True), st.sampled_from(["1,234.5", "N/A", "１２"]))),
                max_size=20))
def test_describe_and_deadline_row_equals_columns(rows):
    chosen = ledger.kinds(["cm", "ua", "mj"])
    cols = {"cm": [r[0] for r in rows], "ua": [r[0] for r in rows], "mj": [r[1] for r in rows]}
    data = {"cm_disp": [r[2] for r in rows], "cm_penalty": [r[3] for r in rows], "mj_class": [r[1] for r in rows]}
    hits = ledger.flag_hits_columns(cols, chosen)
    out = ledger.describe_columns(hits, data, chosen)
    rules = ledger.parse_deadline_rules({"rules": [{"kind": "cm", "disposal": ["依约收回"], "months": 6},
                                                   {"kind": "ua", "months": 3, "round": "quarter_end"},
                                                   {"kind": "mj", "months": 12}]})
    due = ledger.deadline_columns(hits, data, chosen, dt.date(2025, 1, 31), rules)
    for i, r in enumerate(rows):
        g = get({k: v[i] for k, v in data.items()})
        row_hits = ledger.flag_hits({"cm": r[0], "ua": r[0], "mj": r[1]}, chosen)
        k, t, c, d = ledger.describe(row_hits, g)
        assert (out["lp_kind"][i], out["lp_type"][i], out["lp_disp"][i]) == (k, t, d)
        assert due[i] == ledger.deadline_for(row_hits, g, dt.date(2025, 1, 31), rules)
    assert isinstance(out["lp_kind"], np.ndarray)


@settings(deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.one_of(st.none(), st.sampled_from(["", " ", "甲园区"])), st.sampled_from([None, 1, 0]),
                          st.one_of(st.none(), st.sampled_from(["", "乙园区"]))), max_size=20))
def test_zone_of_row_equals_columns(rows):
    chosen = ledger.kinds(["ie", "ua"])
    hits = ledger.flag_hits_columns({"ua": [r[1] for r in rows]}, chosen)
    col = ledger.zone_columns([r[0] for r in rows], hits, {"ua_zone": [r[2] for r in rows]}, chosen)
    for i, r in enumerate(rows):
        row_hits = ledger.flag_hits({"ua": r[1]}, chosen)
        assert col[i] == ledger.zone_of(r[0], row_hits, get({"ua_zone": r[2]}))


def test_zone_of_falls_back_to_the_kind_zone():
    ua = kind("ua")
    assert ledger.zone_of(None, [ua], get({"ua_zone": "乙园区"})) == "乙园区"
    assert ledger.zone_of("甲园区", [ua], get({"ua_zone": "乙园区"})) == "甲园区"
    assert ledger.zone_of("", [kind("ie")], get({"ua_zone": "乙园区"})) == ""

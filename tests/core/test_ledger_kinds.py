"""core.ledger's kinds of the other checks (标准地未达标, 疑似违法占地, 亩均D类): registry and rules."""
import datetime as dt

import numpy as np

from landplan_plugin.core import commitments, ledger, permu, unauthorized
from landplan_plugin.paths import resource


def kind(key):
    return ledger.kinds([key])[0]


def describe(key, values):
    out = ledger.describe_columns({key: np.ones(1, bool)}, {f: [v] for f, v in values.items()}, ledger.kinds())
    return tuple(out[name][0] for name in ("lp_kind", "lp_type", "lp_cause", "lp_disp"))


def test_registered_after_the_first_three():
    assert [k.key for k in ledger.kinds()][:6] == ["ie", "idle", "unsup", "cm", "ua", "mj"]
    assert kind("cm").flag_field == "cm_flag" and kind("ua").flag_field == "ua_flag"
    assert kind("mj").flag_field == "mj_class" and kind("mj").matches is not None
    assert "ua_mu" in ledger.area_fields()


def test_commitments_disposal_from_field_or_rule():
    assert describe("cm", {"cm_disp": "限期整改、依约收回", "cm_reason": "r"}) == \
        ("标准地未达标", "标准地未达标", "r", "限期整改、依约收回")
    assert describe("cm", {"cm_penalty": "1,234.5", "cm_reason": "r"})[3] == "限期整改、支付违约金"
    assert describe("cm", {"cm_penalty": "N/A"})[3] == commitments.DISPOSAL_RECTIFY
    assert describe("cm", {"cm_disp": float("nan")})[3] == "限期整改"


def test_unauthorized_and_permu():
    assert describe("ua", {"ua_reason": "x"}) == (unauthorized.KIND, unauthorized.KIND, "x", unauthorized.DISPOSAL)
    assert describe("mj", {"mj_reason": "y"})[1:] == (permu.LEDGER_TYPE, "y", permu.LEDGER_DISPOSAL)
    values = [("D", True), (" d ", True), ("Ｄ", True), ("D类", True), ("D类（调控帮扶）", True), ("C", False),
              ("DD", False), (None, False), ("", False), (4, False), ("待核实", False)]
    hits = ledger.flag_hits_columns({"mj": [v for v, _ in values]}, ledger.kinds())
    assert hits["mj"].tolist() == [hit for _, hit in values]
    assert ledger.unreadable_columns({"mj": [v for v, _ in values]}, ledger.kinds()) == {}


def test_deadlines_of_the_shipped_rules():
    rules = ledger.load_deadline_rules(resource("ledger", "deadlines.json"))
    as_of = dt.date(2025, 6, 30)
    data = {"cm_disp": ["限期整改", "限期整改、依约收回", None, None]}  # 限期整改: 24 months (最长二年的整改期)
    hits = {"cm": np.array([1, 1, 0, 0], bool), "ua": np.array([0, 0, 1, 0], bool), "mj": np.array([0, 0, 0, 1], bool)}
    due = ledger.deadline_columns(hits, data, ledger.kinds(), as_of, rules)
    assert due.tolist() == [dt.date(2027, 6, 30), dt.date(2025, 12, 30), dt.date(2025, 9, 30), dt.date(2026, 12, 31)]


def test_zone_falls_back_to_the_kind_zone():
    chosen = ledger.kinds(["ie", "ua"])
    hits = {"ie": np.array([0, 0, 1], bool), "ua": np.array([1, 1, 0], bool)}
    zones = ledger.zone_columns([None, "甲园区", ""], hits, {"ua_zone": ["乙园区", "乙园区", "乙园区"]}, chosen)
    assert zones.tolist() == ["乙园区", "甲园区", ""]

"""core.ledger: which parcels, kind/type/cause/disposal per flag kind, which area wins; row and columnar."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from landplan_plugin.core import ledger


def getter(values):
    return lambda name: values.get(name)


ALL = ledger.kinds()


def test_registry_order_and_fields():
    assert ledger.kind_keys()[:3] == ["ie", "idle", "unsup"]
    assert [k.flag_field for k in ALL[:3]] == ["ie_flag", "idle_flag", "unsup_flag"]
    assert ledger.area_fields()[:2] == ("ie_areamu", "unsup_mu")


@pytest.mark.parametrize("ie_type, disposal", [
    ("粗放用地类", ledger.DISPOSAL_LOW["粗放用地类"]),
    ("停建停产类", ledger.DISPOSAL_LOW["停建停产类"]),
    ("粗放用地类、产业转型类", ledger.DISPOSAL_LOW["粗放用地类"] + "；" + ledger.DISPOSAL_LOW["产业转型类"]),
    (None, ledger.DISPOSAL_LOW["粗放用地类"]), ("其他", ledger.DISPOSAL_LOW["粗放用地类"])])
def test_low_disposal(ie_type, disposal):
    assert ledger.low_disposal(ie_type) == disposal


def test_describe_each_kind():
    ie, idle, unsup = ALL[:3]
    kind, types, causes, disp = ledger.describe([ie], getter({"ie_type": "停建停产类", "ie_reason": "停产两年"}))
    assert (kind, types, causes, disp) == ("低效工业用地", "低效工业用地（停建停产类）", ["停产两年"],
                                           ledger.DISPOSAL_LOW["停建停产类"])
    _, types, _, disp = ledger.describe([idle], getter({"idle_basis": "未动工", "idle_stage": "满2年"}))
    assert types == "闲置土地（未动工，满2年）" and disp == "依法收回"
    _, _, _, disp = ledger.describe([idle], getter({"idle_stage": "满2年", "idle_disp": "协议有偿收回"}))
    assert disp == "协议有偿收回"
    _, types, _, disp = ledger.describe([unsup], getter({"unsup_yrs": 5.0, "unsup_use": "1"}))
    assert types == "批而未供·已批未供即用（批准满5年）" and disp == ledger.DISPOSAL_INUSE
    _, types, _, disp = ledger.describe([unsup], getter({"unsup_yrs": None}))
    assert types == "批而未供" and disp == ledger.DISPOSAL_UNSUP


def test_describe_several_kinds_prefixes_causes_and_dedups_disposals():
    ie, idle = ALL[:2]
    kind, types, causes, disp = ledger.describe(
        [ie, idle], getter({"ie_reason": "亩均税收 1.2 < 1.5", "idle_rsn": "未动工满1年", "idle_stage": "满1年",
                            "idle_disp": ledger.DISPOSAL_LOW["粗放用地类"]}))
    assert kind == "低效工业用地、闲置土地"
    assert causes == ["低效工业用地：亩均税收 1.2 < 1.5", "闲置土地：未动工满1年"]
    assert disp == ledger.DISPOSAL_LOW["粗放用地类"]        # the same measure once


@pytest.mark.parametrize("values, area, problems", [
    ({"ie_areamu": 12.5, "unsup_mu": 3}, 12.5, 0),
    ({"ie_areamu": "N/A", "unsup_mu": "3"}, 3.0, 1),
    ({"ie_areamu": 0, "unsup_mu": -1}, None, 2),
    ({"ie_areamu": None, "unsup_mu": "1,234.5"}, 1234.5, 0),
    ({}, None, 0)])
def test_field_area(values, area, problems):
    assert ledger.field_area_mu(getter(values)) == (area, problems)


@pytest.mark.parametrize("raw, unreadable", [
    (None, False), ("", False), (1, False), ("1", False), (0, False), ("0.0", False), ("０", False),
    (float("nan"), False), ("是", True), (2, True), ("N/A", True)])
def test_flag_unreadable(raw, unreadable):
    assert ledger.flag_unreadable(raw) == unreadable


def test_a_new_kind_is_data():
    kind = ledger.LedgerKind("ua", "ua_flag", "疑似违法占地", ("ua_reason",),
                             lambda g: ("疑似违法占地", "立案查处"), area_fields=("ua_mu",))
    try:
        ledger.register_kind(kind)
        assert ledger.area_fields()[-1] == "ua_mu"
        hits = ledger.flag_hits({"ie": 0, "ua": "1"}, ledger.kinds())
        assert [k.key for k in hits] == ["ua"]
        assert ledger.describe(hits, getter({"ua_reason": "无批文"}))[1:] == ("疑似违法占地", ["无批文"], "立案查处")
    finally:
        ledger.KINDS.pop("ua")


flag_values = st.one_of(st.none(), st.sampled_from([1, 0, "1", "0", 1.0, "１", "", "是", 2, float("nan"), True]))
text = st.one_of(st.none(), st.just(""), st.sampled_from(["粗放用地类", "停建停产类、产业转型类", "满1年", "满2年",
                                                          "未动工", "依法收回"]), st.text(max_size=5))
numbers = st.one_of(st.none(), st.just("N/A"), st.just("1,234.5"), st.just("１２"), st.just(0), st.just(-1),
                    st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 1000))
FIELDS = ("ie_type", "ie_reason", "idle_basis", "idle_stage", "idle_disp", "idle_rsn", "unsup_yrs", "unsup_use",
          "unsup_rsn")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(flag_values, flag_values, flag_values, st.fixed_dictionaries({f: text for f in FIELDS}),
                          numbers, numbers), min_size=1, max_size=8))
def test_columnar_equals_row(rows):
    n = len(rows)
    flag_cols = {"ie": [r[0] for r in rows], "idle": [r[1] for r in rows], "unsup": [r[2] for r in rows]}
    columns = {f: [r[3][f] for r in rows] for f in FIELDS}
    columns["ie_areamu"] = [r[4] for r in rows]
    columns["unsup_mu"] = [r[5] for r in rows]
    hits_cols = ledger.flag_hits_columns(flag_cols, ALL)
    desc = ledger.describe_columns(hits_cols, columns, ALL)
    area, problems = ledger.field_area_columns(columns, n)
    for i, r in enumerate(rows):
        values = {name: col[i] for name, col in columns.items()}
        hits = ledger.flag_hits({"ie": r[0], "idle": r[1], "unsup": r[2]}, ALL)
        assert [k.key for k in hits] == [k for k in ("ie", "idle", "unsup") if hits_cols[k][i]]
        kind, types, causes, disp = ledger.describe(hits, getter(values))
        assert (desc["lp_kind"][i], desc["lp_type"][i], desc["lp_cause"][i], desc["lp_disp"][i]) == \
            (kind, types, "；".join(causes), disp)
        a, p = ledger.field_area_mu(getter(values))
        assert (a is None and math.isnan(area[i])) or a == area[i]
        assert p == problems[i]
        assert ledger.flag_unreadable_columns([r[0]])[0] == ledger.flag_unreadable(r[0])


def test_display_width():
    assert ledger.display_width("台账ab") == 6
    assert ledger.fmt_int(5.0) == "5" and ledger.fmt_int("x") == "x"
    assert np.asarray(ledger.LEDGER_HEADERS).size == len(ledger.LEDGER_WIDTHS)

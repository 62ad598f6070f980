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
    kind = ledger.LedgerKind("uax", "uax_flag", "疑似违法占地（试）", ("uax_reason",),
                             lambda g: ("疑似违法占地", "立案查处"), area_fields=("uax_mu",))
    try:
        ledger.register_kind(kind)
        assert ledger.area_fields()[-1] == "uax_mu"
        hits = ledger.flag_hits({"ie": 0, "uax": "1"}, ledger.kinds())
        assert [k.key for k in hits] == ["uax"]
        assert ledger.describe(hits, getter({"uax_reason": "无批文"}))[1:] == ("疑似违法占地", ["无批文"], "立案查处")
    finally:
        ledger.KINDS.pop("uax")


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


# ---- deadlines (完成时限) ------------------------------------------------------------------------
import datetime as dt  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

from landplan_plugin.paths import resource  # noqa: E402

RULES = ledger.load_deadline_rules(resource("ledger", "deadlines.json"))
AS_OF = dt.date(2025, 6, 30)
KIND = {k.key: k for k in ALL}


@pytest.mark.parametrize("keys, values, expected", [
    (["idle"], {"idle_stage": "满1年", "idle_disp": "限期开发"}, dt.date(2026, 6, 30)),      # 1 year (第十二条)
    (["idle"], {"idle_stage": "满2年", "idle_disp": "依法收回"}, dt.date(2025, 12, 30)),     # 6 months
    (["idle"], {"idle_stage": "满2年"}, dt.date(2025, 12, 30)),            # no idle_disp: 满2年 → 依法收回
    (["idle"], {"idle_stage": "满2年", "idle_disp": "临时使用"}, dt.date(2027, 6, 30)),      # 2 years
    (["unsup"], {"unsup_yrs": 3}, dt.date(2026, 12, 31)),                  # 1 year, year end
    (["unsup"], {"unsup_use": 1}, dt.date(2026, 12, 31)),
    (["ie"], {"ie_type": "停建停产类"}, dt.date(2026, 6, 30)),
    (["ie"], {"ie_type": "粗放用地类"}, dt.date(2028, 12, 31)),             # 3 years, year end
    (["ie", "idle"], {"ie_type": "粗放用地类", "idle_stage": "满2年"}, dt.date(2025, 12, 30)),  # the earliest
    ([], {}, None)])
def test_default_deadlines(keys, values, expected):
    assert ledger.deadline_for([KIND[k] for k in keys], getter(values), AS_OF, RULES) == expected


def test_deadline_precedence_field_then_parameter_then_rules():
    hits, get = [KIND["idle"]], getter({"idle_stage": "满1年"})
    assert ledger.deadline_for(hits, get, AS_OF, RULES, field_value="2025年底") == "2025年底"
    assert ledger.deadline_for(hits, get, AS_OF, RULES, field_value="  ") == dt.date(2026, 6, 30)
    fixed = ledger.parse_deadline_parameter("2026年3月31日")
    assert fixed == ("date", dt.date(2026, 3, 31))
    assert ledger.deadline_for(hits, get, AS_OF, RULES, fixed) == dt.date(2026, 3, 31)
    assert ledger.deadline_for(hits, get, AS_OF, RULES, ledger.parse_deadline_parameter("留空")) is None
    assert ledger.parse_deadline_parameter("") == ("rules", None) == ledger.parse_deadline_parameter(None)
    with pytest.raises(ValueError, match="DEADLINE"):
        ledger.parse_deadline_parameter("明年")


@pytest.mark.parametrize("d, n, expected", [
    (dt.date(2025, 1, 31), 1, dt.date(2025, 2, 28)), (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
    (dt.date(2025, 12, 31), 6, dt.date(2026, 6, 30)), (dt.date(2025, 6, 30), 0, dt.date(2025, 6, 30))])
def test_add_months(d, n, expected):
    assert ledger.add_months(d, n) == expected


def test_round_date():
    d = dt.date(2025, 5, 7)
    assert ledger.round_date(d, "year_end") == dt.date(2025, 12, 31)
    assert ledger.round_date(d, "quarter_end") == dt.date(2025, 6, 30)
    assert ledger.round_date(d, "month_end") == dt.date(2025, 5, 31)
    assert ledger.round_date(d, None) == d


@pytest.mark.parametrize("data, key", [
    ({}, "rules"), ({"rules": [{"months": 3}]}, "kind"), ({"rules": [{"kind": "ie", "months": -1}]}, "months"),
    ({"rules": [{"kind": "ie", "months": 1.5}]}, "months"),
    ({"rules": [{"kind": "ie", "months": 1, "round": "decade"}]}, "round"),
    ({"rules": [{"kind": "ie", "months": 1, "when": {"ie_type": [{}]}}]}, "when"),
    ({"rules": [{"kind": "ie", "months": 1, "monts": 2}]}, "monts")])
def test_malformed_deadline_rules_name_the_key(data, key):
    with pytest.raises(ValueError, match=key):
        ledger.parse_deadline_rules(data)


def test_deadline_rules_file_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"rules": [{"kind": "ie"}]}), encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json.*months"):
        ledger.load_deadline_rules(str(bad))


def test_when_conditions_match_field_text():
    rules = ledger.parse_deadline_rules({"rules": [
        {"kind": "ie", "when": {"所在园区": ["濮东"]}, "months": 2}, {"kind": "ie", "months": 5}]})
    assert ledger.deadline_for([KIND["ie"]], getter({"所在园区": "濮阳市濮东产业集聚区"}), AS_OF, rules) == \
        dt.date(2025, 8, 30)
    assert ledger.deadline_for([KIND["ie"]], getter({"所在园区": None}), AS_OF, rules) == dt.date(2025, 11, 30)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(flag_values, flag_values, flag_values, st.fixed_dictionaries({f: text for f in FIELDS}),
                          st.one_of(st.none(), st.just(""), st.just("2026-01-01"), st.dates())),
                min_size=1, max_size=8),
       st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 1, 1)),
       st.sampled_from([("rules", None), ("blank", None), ("date", dt.date(2027, 1, 1))]))
def test_deadline_columnar_equals_row(rows, as_of, fixed):
    flag_cols = {"ie": [r[0] for r in rows], "idle": [r[1] for r in rows], "unsup": [r[2] for r in rows]}
    columns = {f: [r[3][f] for r in rows] for f in FIELDS}
    hits_cols = ledger.flag_hits_columns(flag_cols, ALL)
    got = ledger.deadline_columns(hits_cols, columns, ALL, as_of, RULES, fixed, [r[4] for r in rows])
    for i, r in enumerate(rows):
        hits = ledger.flag_hits({"ie": r[0], "idle": r[1], "unsup": r[2]}, ALL)
        values = {name: col[i] for name, col in columns.items()}
        assert got[i] == ledger.deadline_for(hits, getter(values), as_of, RULES, fixed, r[4])


# ---- 汇总 ------------------------------------------------------------------------------------------

LABELS = ["低效工业用地", "闲置土地", "批而未供"]


def test_summary_zone_by_kind():
    t = ledger.SummaryTally()
    t.add("甲园区", ["低效工业用地"], 10.0)
    t.add("甲园区", ["低效工业用地", "闲置土地"], 5.0)       # two kinds: counted in both, once in 合计
    t.add("乙园区", ["批而未供"], "N/A")                      # unreadable area: 0 亩, still one parcel
    t.add(None, ["闲置土地"], 2.5)
    rows = t.rows(LABELS)
    assert rows[0] == ["甲园区", 2, 15.0, 1, 5.0, 0, 0.0, 2, 15.0]
    assert rows[1] == ["乙园区", 0, 0.0, 0, 0.0, 1, 0.0, 1, 0.0]
    assert rows[2] == [ledger.NO_ZONE, 0, 0.0, 1, 2.5, 0, 0.0, 1, 2.5]
    assert rows[3] == ["合计", 2, 15.0, 2, 7.5, 1, 0.0, 4, 17.5]
    top, sub = ledger.summary_header(LABELS)
    assert top[:3] == ["园区", "低效工业用地", ""] and top[-2] == "合计"
    assert sub[1:3] == ["宗数", "面积(亩)"] and len(top) == len(sub) == len(rows[0])


zones_st = st.one_of(st.none(), st.just(""), st.sampled_from(["甲园区", "乙园区", " 甲园区 ", "丙"]))
kinds_st = st.lists(st.sampled_from(LABELS), max_size=3, unique=True)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(zones_st, kinds_st, numbers), max_size=12))
def test_summary_columnar_equals_row(rows):
    t = ledger.SummaryTally()
    for zone, kinds, area in rows:
        t.add(zone, kinds, area)
    cols = ledger.summary_columns([r[0] for r in rows], ["、".join(r[1]) for r in rows], [r[2] for r in rows], LABELS)
    want = t.rows(LABELS)
    assert [r[0] for r in cols] == [r[0] for r in want]
    for got_row, want_row in zip(cols, want):
        assert got_row[1:] == pytest.approx(want_row[1:], rel=1e-9)   # sums in another order


def test_titles_and_sheet_names():
    title, sub = ledger.ledger_title(["低效工业用地", "闲置土地"], ["甲园区", None, "乙园区", "甲园区"],
                                     dt.date(2025, 12, 31))
    assert title == "低效工业用地、闲置土地处置工作台账"
    assert sub == "园区：甲园区、乙园区　　基准日期：2025-12-31"
    assert ledger.zone_list_text([]) == "全部"
    assert ledger.zone_list_text(["Z%d" % i for i in range(9)]).endswith("等9个园区")
    names = ledger.sheet_titles(["供地计划/2024", "汇总", "x" * 40, "供地计划/2024", "", "a[1]:b"])
    assert names[0] == "供地计划_2024" and names[1] == "汇总 (2)" and len(names[2]) == 31
    assert names[3] == "供地计划_2024 (2)" and names[4] == "Sheet" and names[5] == "a_1__b"
    assert len({n.lower() for n in names}) == len(names)


def test_field_alias_rule():
    from landplan_plugin.core.aliases import field_alias
    own = {"ie_flag": "低效标记"}
    assert field_alias("ie_flag", "Low-efficiency flag (stored)", own) == "低效标记"
    assert field_alias("note", "备注", own) == "备注" and field_alias("note", None, own) == ""


def test_manifest_lists_known_files_then_sidecars():
    files = {"台账.xlsx": 9000, "flagged_parcels.shp": 500, "flagged_parcels.dbf": 300, "园区报告.pdf": 70000}
    lines = ledger.manifest_lines(files, dt.date(2025, 12, 31))
    assert lines[:2] == ["上报材料清单", "基准日期：2025-12-31"]
    text = "\n".join(lines)
    assert text.index("flagged_parcels.shp") < text.index("台账.xlsx") < text.index("园区报告.pdf")
    assert "附属文件：" in lines and lines[-1] == "flagged_parcels.dbf\t300 字节"
    assert "parcels_checked.gpkg" not in text          # only files that are there


def test_a_kind_on_a_class_field_not_a_flag():
    """亩均D类: mj_class = D (not a 1/0 flag) — a kind with ``matches``; its values are never 'unreadable'."""
    from landplan_plugin.core.zone import class_key
    kind = ledger.LedgerKind("mjd", "mj_class", "亩均D类", ("mj_reason",), lambda g: ("亩均D类", "调控帮扶、倒逼整治"),
                             matches=lambda raw: class_key(raw) == "D")
    try:
        ledger.register_kind(kind)
        assert [k.key for k in ledger.flag_hits({"ie": 0, "mjd": "ｄ类"}, ledger.kinds())] == ["mjd"]
        assert ledger.flag_hits({"mjd": "A"}, ledger.kinds()) == []
        assert not ledger.kind_unreadable(kind, "A") and ledger.kind_unreadable(ALL[0], "A")
        cols = ledger.flag_hits_columns({"mjd": ["D", "B", None, "d"], "ie": [1, 0, 0, "x"]}, ledger.kinds())
        assert list(cols["mjd"]) == [True, False, False, True] and list(cols["ie"]) == [True, False, False, False]
        assert ledger.describe([kind], getter({"mj_reason": "得分 40"}))[1:] == ("亩均D类", ["得分 40"], "调控帮扶、倒逼整治")
    finally:
        ledger.KINDS.pop("mjd")

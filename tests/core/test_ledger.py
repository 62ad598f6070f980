"""core.ledger: which parcels, kind/type/cause/disposal per flag kind, which area wins, zone,
deadline and 汇总 — each rule a batch function, tried here on batches of one and on whole batches."""
import datetime as dt
import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from landplan_plugin.core import ledger
from landplan_plugin.paths import resource

ALL = ledger.kinds()
KIND = {k.key: k for k in ALL}


def hits_of(keys, n=1):
    return {k: np.ones(n, dtype=bool) for k in keys}


def describe(keys, values, chosen=ALL):
    """(lp_kind, lp_type, lp_cause, lp_disp) of one parcel flagged by the kinds ``keys``."""
    out = ledger.describe_columns(hits_of(keys), {f: [v] for f, v in values.items()}, chosen)
    return tuple(out[name][0] for name in ("lp_kind", "lp_type", "lp_cause", "lp_disp"))


def deadline(keys, values, as_of, rules, fixed=("rules", None), field_value=None):
    fv = None if field_value is None else [field_value]
    return ledger.deadline_columns(hits_of(keys), {f: [v] for f, v in values.items()}, ALL, as_of, rules,
                                   fixed, fv, n=1)[0]


def test_registry_order_and_fields():
    assert [k.key for k in ALL][:3] == ["ie", "idle", "unsup"]
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
    assert describe(["ie"], {"ie_type": "停建停产类", "ie_reason": "停产两年"}) == (
        "低效工业用地", "低效工业用地（停建停产类）", "停产两年", ledger.DISPOSAL_LOW["停建停产类"])
    _, types, _, disp = describe(["idle"], {"idle_basis": "未动工", "idle_stage": "满2年"})
    assert types == "闲置土地（未动工，满2年）" and disp == "依法收回"
    assert describe(["idle"], {"idle_stage": "满2年", "idle_disp": "协议有偿收回"})[3] == "协议有偿收回"
    _, types, _, disp = describe(["unsup"], {"unsup_yrs": 5.0, "unsup_use": "1"})
    assert types == "批而未供·已批未供即用（批准满5年）" and disp == ledger.DISPOSAL_INUSE
    _, _, _, disp = describe(["unsup"], {"unsup_yrs": 5.0, "unsup_use": 1, "ju_decide": "低效整改",
                                         "ju_reason": "亩均产出效益较低：亩均等级 D 类"})
    assert disp == "低效整改：亩均产出效益较低：亩均等级 D 类"          # one decision, not both outcomes
    assert describe(["unsup"], {"unsup_use": 0, "ju_decide": None})[3] == ledger.DISPOSAL_UNSUP
    _, types, _, disp = describe(["unsup"], {"unsup_yrs": None})
    assert types == "批而未供" and disp == ledger.DISPOSAL_UNSUP
    nothing = ledger.describe_columns({"ie": np.zeros(1, bool)}, {}, ALL)
    assert [nothing[name][0] for name in ("lp_kind", "lp_type", "lp_cause", "lp_disp")] == ["", "", "", ""]


def test_describe_several_kinds_prefixes_causes_and_dedups_disposals():
    kind, types, causes, disp = describe(
        ["ie", "idle"], {"ie_reason": "亩均税收 1.2 < 1.5", "idle_rsn": "未动工满1年", "idle_stage": "满1年",
                         "idle_disp": ledger.DISPOSAL_LOW["粗放用地类"]})
    assert kind == "低效工业用地、闲置土地"
    assert causes == "低效工业用地：亩均税收 1.2 < 1.5；闲置土地：未动工满1年"
    assert disp == ledger.DISPOSAL_LOW["粗放用地类"]        # the same measure once


def test_describe_follows_the_chosen_order():
    chosen = [KIND["idle"], KIND["ie"]]
    out = ledger.describe_columns(hits_of(["ie", "idle"]), {}, chosen)
    assert out["lp_kind"][0] == "闲置土地、低效工业用地"


@pytest.mark.parametrize("values, area, problems", [
    ({"ie_areamu": 12.5, "unsup_mu": 3}, 12.5, 0),
    ({"ie_areamu": "N/A", "unsup_mu": "3"}, 3.0, 1),
    ({"ie_areamu": 0, "unsup_mu": -1}, None, 2),
    ({"ie_areamu": None, "unsup_mu": "1,234.5"}, 1234.5, 0),
    ({"ie_areamu": float("nan")}, None, 1),
    ({}, None, 0)])
def test_field_area(values, area, problems):
    got, bad = ledger.field_area_columns({f: [v] for f, v in values.items()}, 1)
    assert (math.isnan(got[0]) if area is None else got[0] == area) and bad[0] == problems


def test_field_area_falls_back_to_the_geometry():
    got, bad = ledger.field_area_columns({"ie_areamu": [3.0, "x", None]}, 3, np.array([6667.0, 2000.0, np.nan]))
    assert got[0] == 3.0 and got[1] == pytest.approx(3.0) and math.isnan(got[2])
    assert bad.tolist() == [0, 1, 0]


@pytest.mark.parametrize("raw, unreadable", [
    (None, False), ("", False), (1, False), ("1", False), (0, False), ("0.0", False), ("０", False),
    (float("nan"), False), ("是", True), (2, True), ("N/A", True)])
def test_flag_unreadable(raw, unreadable):
    assert ledger.flag_unreadable_columns([raw])[0] == unreadable


def test_a_new_kind_is_data():
    kind = ledger.LedgerKind("uax", "uax_flag", "疑似违法占地（试）", ("uax_reason",),
                             lambda column: (["疑似违法占地"] * column.n, ["立案查处"] * column.n),
                             area_fields=("uax_mu",))
    try:
        ledger.register_kind(kind)
        assert ledger.area_fields()[-1] == "uax_mu"
        hits = ledger.flag_hits_columns({"ie": [0], "uax": ["1"]}, ledger.kinds())
        assert [key for key, hit in hits.items() if hit[0]] == ["uax"]
        assert describe(["uax"], {"uax_reason": "无批文"}, ledger.kinds())[1:] == ("疑似违法占地", "无批文", "立案查处")
    finally:
        ledger.KINDS.pop("uax")


flag_values = st.one_of(st.none(), st.sampled_from([1, 0, "1", "0", 1.0, "１", "", "是", 2, float("nan"), True]))
text = st.one_of(st.none(), st.just(""), st.sampled_from(["粗放用地类", "停建停产类、产业转型类", "满1年", "满2年",
                                                          "未动工", "依法收回", "限期整改、依约收回"]),
                 st.text(max_size=5))
numbers = st.one_of(st.none(), st.just("N/A"), st.just("1,234.5"), st.just("１２"), st.just(0), st.just(-1),
                    st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 1000))
FIELDS = ("ie_type", "ie_reason", "idle_basis", "idle_stage", "idle_disp", "idle_rsn", "unsup_yrs", "unsup_use",
          "unsup_rsn", "cm_disp", "cm_reason", "ua_zone")
RULES = ledger.load_deadline_rules(resource("ledger", "deadlines.json"))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.tuples(*[flag_values] * 5), st.fixed_dictionaries({f: text for f in FIELDS}),
                          numbers, numbers, st.one_of(st.none(), st.just(""), st.just("2026-01-01"))),
                min_size=1, max_size=6),
       st.sampled_from([("rules", None), ("blank", None), ("date", dt.date(2027, 1, 1))]))
def test_a_batch_is_its_rows(rows, fixed):
    """Each rule gives a parcel the same result in a batch as alone (the export streams in batches)."""
    keys = ("ie", "idle", "unsup", "cm", "ua")
    setup = ledger.export_setup([KIND[k].flag_field for k in keys] + list(FIELDS) + ["ie_areamu", "unsup_mu"],
                                None, dt.date(2025, 6, 30), RULES, fixed)

    def columns(part):
        cols = {KIND[k].flag_field: [r[0][j] for r in part] for j, k in enumerate(keys)}
        cols.update({f: [r[1][f] for r in part] for f in FIELDS})
        cols.update(ie_areamu=[r[2] for r in part], unsup_mu=[r[3] for r in part])
        return cols

    def run(part):
        out = ledger.export_columns(setup, columns(part), len(part), zone=[None] * len(part),
                                    deadline=[r[4] for r in part])
        sel, bad = ledger.flagged_columns(setup, columns(part), len(part))
        names = ("lp_kind", "lp_type", "lp_cause", "lp_disp", "zone", "deadline", "lp_areamu")
        return [tuple(out[n][i] for n in names) + (bool(sel[i]),) + tuple(bool(b[i]) for b in bad.values())
                for i in range(len(part))]
    assert run(rows) == [run([r])[0] for r in rows]


def test_display_width():
    assert ledger.display_width("台账ab") == 6
    assert ledger.fmt_int(5.0) == "5" and ledger.fmt_int("x") == "x"
    assert np.asarray(ledger.LEDGER_HEADERS).size == len(ledger.LEDGER_WIDTHS)


# ---- deadlines (完成时限) ------------------------------------------------------------------------
AS_OF = dt.date(2025, 6, 30)


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
    assert deadline(keys, values, AS_OF, RULES) == expected


def test_deadline_precedence_field_then_parameter_then_rules():
    values = {"idle_stage": "满1年"}
    assert deadline(["idle"], values, AS_OF, RULES, field_value="2025年底") == "2025年底"
    assert deadline(["idle"], values, AS_OF, RULES, field_value="  ") == dt.date(2026, 6, 30)
    fixed = ledger.parse_deadline_parameter("2026年3月31日")
    assert fixed == ("date", dt.date(2026, 3, 31))
    assert deadline(["idle"], values, AS_OF, RULES, fixed) == dt.date(2026, 3, 31)
    assert deadline(["idle"], values, AS_OF, RULES, ledger.parse_deadline_parameter("留空")) is None
    assert deadline(["idle"], values, None, RULES) is None
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
    assert deadline(["ie"], {"所在园区": "濮阳市濮东产业集聚区"}, AS_OF, rules) == dt.date(2025, 8, 30)
    assert deadline(["ie"], {"所在园区": None}, AS_OF, rules) == dt.date(2025, 11, 30)
    # the export reads a rule's "when" field
    assert "所在园区" in ledger.export_setup(["ie_flag", "所在园区"], None, AS_OF, rules).fields


# ---- 汇总 ------------------------------------------------------------------------------------------

LABELS = ["低效工业用地", "闲置土地", "批而未供"]


def test_summary_zone_by_kind():
    rows = ledger.summary_columns(
        ["甲园区", "甲园区", "乙园区", None],
        ["低效工业用地", "低效工业用地、闲置土地", "批而未供", "闲置土地"],   # two kinds: counted in both, once in 合计
        [10.0, 5.0, "N/A", 2.5], LABELS)                               # unreadable area: 0 亩, still one parcel
    assert rows[0] == ["甲园区", 2, 15.0, 1, 5.0, 0, 0.0, 2, 15.0]
    assert rows[1] == ["乙园区", 0, 0.0, 0, 0.0, 1, 0.0, 1, 0.0]
    assert rows[2] == [ledger.NO_ZONE, 0, 0.0, 1, 2.5, 0, 0.0, 1, 2.5]
    assert rows[3] == ["合计", 2, 15.0, 2, 7.5, 1, 0.0, 4, 17.5]
    top, sub = ledger.summary_header(LABELS)
    assert top[:3] == ["园区", "低效工业用地", ""] and top[-2] == "合计"
    assert sub[1:3] == ["宗数", "面积(亩)"] and len(top) == len(sub) == len(rows[0])


zones_st = st.one_of(st.none(), st.just(""), st.sampled_from(["甲园区", "乙园区", " 甲园区 ", "丙"]))
kinds_st = st.lists(st.sampled_from(LABELS), max_size=3, unique=True)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(zones_st, kinds_st, numbers), max_size=12))
def test_summary_total_row_adds_the_zones(rows):
    body = ledger.summary_columns([r[0] for r in rows], ["、".join(r[1]) for r in rows], [r[2] for r in rows], LABELS)
    *zones, total = body
    assert total[0] == "合计" and total[-2] == len(rows)
    assert len({z[0] for z in zones}) == len(zones)
    for col in range(1, len(total), 2):
        assert total[col] == sum(z[col] for z in zones)
        assert total[col + 1] == pytest.approx(sum(z[col + 1] for z in zones), abs=0.01 * (len(zones) + 1))
    for j, label in enumerate(LABELS):
        assert total[1 + 2 * j] == sum(label in r[1] for r in rows)


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
    from landplan_plugin.core.zone import class_key_array
    kind = ledger.LedgerKind("mjd", "mj_class", "亩均D类", ("mj_reason",),
                             lambda column: (["亩均D类"] * column.n, ["调控帮扶、倒逼整治"] * column.n),
                             matches=lambda values: list(class_key_array(values) == "D"))
    try:
        ledger.register_kind(kind)
        cols = ledger.flag_hits_columns({"mjd": ["D", "B", None, "ｄ类"], "ie": [1, 0, 0, "x"]}, ledger.kinds())
        assert list(cols["mjd"]) == [True, False, False, True] and list(cols["ie"]) == [True, False, False, False]
        bad = ledger.unreadable_columns({"mjd": ["A"], "ie": ["A"]}, ledger.kinds())
        assert list(bad) == ["ie"] and bad["ie"][0]          # a class value is never an unreadable flag
        assert describe(["mjd"], {"mj_reason": "得分 40"}, ledger.kinds())[1:] == \
            ("亩均D类", "得分 40", "调控帮扶、倒逼整治")
    finally:
        ledger.KINDS.pop("mjd")


def test_counted_area_leaves_a_parcel_without_geometry_out_and_says_why():
    got, bad, notes = ledger.counted_area_columns({"ie_areamu": [20.0, 79.59, None]}, 3,
                                                  np.array([10000.0, np.nan, 6667.0]))
    assert got[0] == 20.0 and np.isnan(got[1]) and got[2] == pytest.approx(6667.0 / 666.6666666666666)
    assert notes.tolist()[0] == "" and notes.tolist()[2] == ""
    assert notes.tolist()[1] == ledger.EMPTY_GEOMETRY_NOTE % "79.59"
    table = ledger.counted_area_columns({"ie_areamu": [79.59]}, 1, None)   # a table: no geometries at all
    assert table[0][0] == 79.59 and table[2][0] == ""


def test_complete_rows_give_every_row_an_id_a_location_and_a_unit():
    rows = [["B2", "乙园区", 3.0, "低效工业用地（粗放用地类）", "原因", "措施", None, "乙管委会"],
            [None, "乙园区", 2.0, "疑似违法占地", "疑似违法占地（线索）", "核查、依法处置", None, None],
            ["A1", "甲园区", 1.0, "闲置土地", "原因", "措施", None, "甲局"],
            ["", "乙园区", 4.0, "疑似违法占地", "疑似违法占地（线索）", "核查、依法处置", None, ""],
            ["B1", "乙园区", 5.0, "闲置土地", "原因", "措施", None, "乙管委会"],
            [None, "丙园区", 1.0, "疑似违法占地", "线索", "核查", None, None]]
    points = [None, (590100.5, 3960200.25), None, (590000.0, 3960000.0), None, (1.0, 2.0)]
    out = ledger.complete_rows(rows, points, "EPSG:4547")
    assert [r[1] for r in out] == ["丙园区", "甲园区", "乙园区", "乙园区", "乙园区", "乙园区"]   # pinyin order
    by_area = {r[2]: r for r in out}
    assert by_area[4.0][0] == "疑似违法-002" and by_area[2.0][0] == "疑似违法-003"   # numbered in print order
    assert "位置：乙园区，内部点坐标 X=590100.50，Y=3960200.25（EPSG:4547）" in by_area[2.0][4]
    assert by_area[2.0][7] == "乙管委会（按园区推定，待确认）"
    bing = [r for r in out if r[1] == "丙园区"][0]
    assert bing[0] == "疑似违法-001" and bing[7] == "未填报（待确认）"
    assert all(r[0] and r[7] for r in out)
    assert ledger.complete_rows(list(reversed(rows)), list(reversed(points)), "EPSG:4547") == out  # deterministic


@pytest.mark.parametrize("values, expected", [
    ({"cm_disp": "限期整改", "cm_recheck": "2026-09-30"}, dt.date(2026, 9, 30)),    # the end of its 整改期
    ({"cm_disp": "限期整改", "cm_recheck": dt.date(2027, 1, 15)}, dt.date(2027, 1, 15)),
    ({"cm_disp": "限期整改", "cm_recheck": ""}, dt.date(2027, 6, 30)),              # no re-check date: 24 months
    ({"cm_disp": "限期整改", "cm_recheck": "明年"}, dt.date(2027, 6, 30)),           # unreadable: 24 months
    ({"cm_disp": "整改期满仍未达标：第一顺位优先回购", "cm_recheck": "2025-03-31"}, dt.date(2025, 12, 30))])
def test_commitment_deadline_is_the_end_of_its_rectification_period(values, expected):
    assert deadline(["cm"], dict(values, cm_flag=1), AS_OF, RULES) == expected


def test_date_field_rule_rounds_and_is_read_by_the_export_setup():
    rules = ledger.parse_deadline_rules({"rules": [
        {"kind": "ie", "months": 5, "date_field": "整改日期", "round": "quarter_end"}]})
    assert deadline(["ie"], {"整改日期": "2025-08-02"}, AS_OF, rules) == dt.date(2025, 9, 30)
    assert deadline(["ie"], {}, AS_OF, rules) == dt.date(2025, 12, 31)  # 2025-11-30, to the quarter end
    setup = ledger.export_setup(["ie_flag", "整改日期"], ["ie"], AS_OF, rules)
    assert "整改日期" in setup.fields
    with pytest.raises(ValueError, match="date_field"):
        ledger.parse_deadline_rules({"rules": [{"kind": "ie", "months": 1, "date_field": 3}]})

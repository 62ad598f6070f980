"""存量用地选址 rule without QGIS: stock kinds, fit, groups, ranking, the indicator sheet, ss_meets."""
import pytest

from landplan_plugin.core import siting as st
from landplan_plugin.core import standards


def test_a_row_of_flag_zero_or_null_is_not_stock_land():
    kinds = st.kind_columns({"unsup": None, "idle": [1, 0, None, 0, 1], "ie": [0, 0, None, 1, 1]})
    assert kinds == ["idle", None, None, "ie", "idle"]  # idle before 低效 on a row with both flags
    assert st.kind_columns({"unsup": [1, "0", "1"], "idle": None, "ie": None}) == ["unsup", None, "unsup"]


def test_routes_by_kind_and_low_type():
    assert st.route_columns(["unsup", "idle", "ie", "ie", "ie", "ie"],
                            [None, None, "停建停产类", "粗放用地类、产业转型类", "产业转型类", None]) == [
        "直接供地", "收回后供地", "收回", "二次开发", "协议置换", "协议置换"]


@pytest.mark.parametrize("mu, fits", [(24.0, True), (36.0, True), (23.99, False), (36.01, False), (30.0, True)])
def test_area_tolerance_both_ends_included(mu, fits):
    _e, ok, why = st.fit_columns([mu], 30.0, 20.0, ["甲园区"], [False], True)
    assert ok == [fits] and (why[0] == "") == fits


def test_in_zone_and_constraints_decide():
    eligible, fits, why = st.fit_columns([30.0, 30.0, 30.0, 10.0], 30.0, 20.0, ["甲", None, "甲", "甲"],
                                         [False, False, True, False], True)
    assert fits == [True, False, False, False] and eligible == [True, False, False, True]
    assert "未入园" in why[1] and "限制区域" in why[2] and "面积10.00亩" in why[3]
    assert st.fit_columns([30.0], 30.0, 20.0, [None], [False], False)[1] == [True]  # no zones: 入园 not judged


def test_groups_of_adjacent_small_sites():
    area = [12.0, 14.0, 9.0, 30.0, 14.0, 16.0]
    zones = ["甲", "甲", "甲", "甲", "乙", "甲"]
    eligible, fits, _w = st.fit_columns(area, 30.0, 10.0, zones, [False] * 6, True)
    pairs = [(0, 1), (1, 2), (2, 3), (1, 4), (4, 5)]
    groups = st.group_columns(area, eligible, fits, pairs, zones, 30.0, 10.0)
    assert [0, 1] not in groups               # 26 亩: outside 30 ± 10 %
    assert [0, 1, 2] not in groups            # 35 亩: too much
    assert [1, 2] not in groups               # 23 亩
    assert all(3 not in g for g in groups)    # a site that fits alone is not grouped
    assert all(4 not in g for g in groups)    # another zone
    area[2] = 3.0
    groups = st.group_columns(area, eligible, fits, pairs, zones, 30.0, 10.0)
    assert groups == [[0, 1, 2]]              # 29 亩 together, connected


def test_ranking_preferred_zone_then_closest_area_then_kind():
    fits = [True, True, True, True, False]
    zones = ["乙", "甲", "甲", "甲", "甲"]
    mu = [30.0, 33.0, 27.0, 33.0, 30.0]
    rank, score = st.rank_columns(fits, zones, mu, ["unsup", "ie", "idle", "unsup", "unsup"],
                                  ["A", "B", "C", "D", "E"], 30.0, preferred="甲")
    assert rank == [4, 3, 2, 1, None]         # 甲 first; 27 and 33 tie at 90: 批而未供, then 闲置, then 低效
    assert score[0] == 100.0 and score[1] == 90.0
    rank, _s = st.rank_columns(fits, zones, mu, ["unsup", "ie", "idle", "unsup", "unsup"],
                               ["A", "B", "C", "D", "E"], 30.0)
    assert rank[0] == 1


def test_indicator_sheet_from_the_zhengzhou_table_and_meets():
    std = standards.load_preset("zhengzhou_industry")
    thresholds, note = std.thresholds_for("C3411", "其他区域")
    assert note is None
    sheet = st.sheet_columns(thresholds, [30.0, 30.0, 30.0, 40.0], 35.0, invest=None, tax=None)
    inv, far, tax, meets, save, _oi, _ot = sheet[0]
    assert inv == pytest.approx(1035.0 / 15.0) and far == 0.7 and tax == 1.5  # 万元/公顷 ÷ 15
    assert meets is None and save == 30.0 and sheet[3][4] == 35.0             # saves at most the need
    need_inv = inv * 30.0
    assert st.sheet_columns(thresholds, [30.0], 30.0, invest=need_inv, tax=45.0)[0][3] == 1   # exactly meets
    assert st.sheet_columns(thresholds, [30.0], 30.0, invest=need_inv - 1, tax=45.0)[0][3] == 0
    assert st.sheet_columns(thresholds, [30.0], 30.0, invest=None, tax=44.0)[0][3] == 0       # tax alone judged
    assert st.sheet_columns(thresholds, [30.0], 30.0, invest=need_inv, tax=None)[0][3] == 1


def test_an_unreadable_industry_code_is_not_called_missing():
    std = standards.load_preset("zhengzhou_industry")
    _t, note = std.thresholds_for("ZZZ", "其他区域")
    assert note == "行业代码「ZZZ」无法识别，按默认阈值评价"
    assert std.thresholds_for(None, None)[1] == "未填行业代码，按默认阈值评价"
    assert std.thresholds_for("  ", None)[1] == "未填行业代码，按默认阈值评价"


def test_reasons_and_ledger_sheet():
    std = standards.load_preset("zhengzhou_industry")
    thresholds, _n = std.thresholds_for("34", "郑州市区")
    sheet = st.sheet_columns(thresholds, [30.0, 10.0], 30.0, invest=None, tax=None)
    reasons = st.reason_columns([1, None], [100.0, 33.3], ["批而未供", "低效"], ["A", "B"], ["直接供地", "收回"],
                                ["甲", None], [30.0, 10.0], 30.0, 20.0, "甲", sheet, ["", "面积10.00亩不在需求"],
                                std.name)
    assert reasons[0].startswith("第1名：A（批而未供，直接供地）") and "优先园区" in reasons[0]
    assert "未判断是否达标" in reasons[0] and "节约新增建设用地30.00亩" in reasons[0]
    assert reasons[1].startswith("不推荐：B") and "园区外" in reasons[1]
    name, title, header, rows, widths = st.ledger_sheet([1, None], ["A", "B"], ["批而未供", "低效"],
                                                        ["直接供地", "收回"], ["甲", None], [30.0, 10.0],
                                                        [100.0, 33.3], sheet, "C34，30.00亩")
    assert name == "存量用地选址" and len(rows) == 1 and rows[0][0] == 1 and rows[0][10] == "未判断"
    assert len(header) == len(widths) == len(rows[0])


def _uses():
    from landplan_plugin.core import landuse
    return st.load_uses(), landuse.load_preset("sandiao_2017")


def test_land_use_code_compatible_incompatible_and_unknown():
    uses, preset = _uses()
    codes = ["0601", 602, "601", "0508", "0701", "", None, "9999"]
    refused, verify, note = st.use_columns("C3411", 8, codes, None, None, uses, preset)
    assert note is None
    assert refused[:4] == ["", "", "", ""] and verify[:4] == ["", "", "", ""]   # 工矿仓储: 工业, 采矿, 仓储
    assert "0701" in refused[4] and "城镇住宅用地" in refused[4] and "工矿仓储用地" in refused[4]
    assert verify[5] == verify[6] == "地类代码未填，待核实" and refused[5] == refused[6] == ""
    assert "9999" in verify[7] and "待核实" in verify[7] and refused[7] == ""  # a code the classification lacks
    guotu = st.use_columns("C3411", 1, ["0601"], None, None, uses, "guotu_2023")[0]
    assert guotu == ["地类0601（农村道路）不是工矿仓储用地，与工业项目不相容"]


def test_planned_use_from_field_or_layer_majority():
    uses, preset = _uses()
    planned = [[("工业用地", 1.0)], [("二类居住用地", 1.0)], [], [("", 5.0)], [(1001, 1.0)], [(" ｍ１ ", 1.0)],
               [("工业用地", 51.0), ("居住用地", 49.0)], [("工业用地", 49.0), ("居住用地", 51.0)],
               [("居住用地", 30.0), ("工业用地", 40.0), ("居住用地", 20.0)]]  # 居住 50 over 工业 40
    refused, verify, _n = st.use_columns("34", len(planned), None, planned, None, uses, preset)
    assert refused[0] == "" and "二类居住用地" in refused[1] and "不允许工业项目" in refused[1]
    assert refused[2] == refused[3] == "" and verify[2] == verify[3] == "规划用途未知，待核实"
    assert refused[4] == refused[5] == ""                                      # 1001 and M1 (全角, 小写)
    assert refused[6] == "" and "居住用地" in refused[7] and "居住用地" in refused[8]
    # the layer decides where it covers a site, the site's own field elsewhere
    refused, verify, _n = st.use_columns("34", 3, None, [[("工业用地", 1.0)], [], []], ["居住用地", "居住用地", None],
                                         uses, preset)
    assert refused[0] == "" and "居住用地" in refused[1] and verify[2] == "规划用途未知，待核实"
    # a 仓储 project (its own field only): 工业用地 does not allow it, 物流仓储用地 does
    refused, _v, _n = st.use_columns("G5920", 2, None, None, ["工业用地", "物流仓储用地"], uses, preset)
    assert refused[0] and not refused[1]


def test_unknown_project_kind_and_not_judged():
    uses, preset = _uses()
    refused, verify, note = st.use_columns("F5211", 1, ["0701"], [[("居住用地", 1.0)]], None, uses, preset)
    assert refused == [""] and "待核实" in verify[0] and "F5211" in note
    assert st.use_columns("C34", 2, None, None, None, uses, preset) == (["", ""], ["", ""], None)   # nothing to judge


def test_a_refused_use_is_not_eligible_nor_grouped():
    eligible, fits, why = st.fit_columns([30.0, 15.0, 15.0], 30.0, 10.0, ["甲"] * 3, [False] * 3, True,
                                         ["规划用途「居住用地」不允许工业项目", "",
                                          "地类0701（城镇住宅用地）不是工矿仓储用地"])
    assert fits == [False, False, False] and eligible == [False, True, False] and "居住用地" in why[0]
    assert st.group_columns([30.0, 15.0, 15.0], eligible, fits, [(1, 2)], ["甲"] * 3, 30.0, 10.0) == []


def test_verify_named_in_reasons_and_ledger():
    std = standards.load_preset("zhengzhou_industry")
    thresholds, _n = std.thresholds_for("34", "郑州市区")
    sheet = st.sheet_columns(thresholds, [30.0, 10.0], 30.0)
    reasons = st.reason_columns([1, None], [100.0, 33.3], ["批而未供", "低效"], ["A", "B"], ["直接供地", "收回"],
                                ["甲", "甲"], [30.0, 10.0], 30.0, 20.0, None, sheet, ["", "面积10.00亩不在需求"],
                                std.name, verify=["规划用途未知，待核实", "地类代码未填，待核实"])
    assert reasons[0].endswith("规划用途未知，待核实") and reasons[1].endswith("地类代码未填，待核实")
    rows = st.ledger_sheet([1, None], ["A", "B"], ["批而未供", "低效"], ["直接供地", "收回"], ["甲", None],
                           [30.0, 10.0], [100.0, 33.3], sheet, "C34", ["规划用途未知，待核实", ""])[3]
    assert rows[0][-1] == "规划用途未知，待核实"


def test_a_bad_uses_file_is_named(tmp_path):
    bad = tmp_path / "uses.json"
    bad.write_text('{"id": "x", "name": "x", "kinds": [{"kind": "工业", "industries": ["C13"]}]}', encoding="utf-8")
    with pytest.raises(st.UsesError, match="C13"):
        st.load_uses(str(bad))
    bad.write_text('{"id": "x", "name": "x", "kinds": []}', encoding="utf-8")
    with pytest.raises(st.UsesError, match="kinds"):
        st.load_uses(str(bad))


def test_zone_texts_say_not_judged_without_a_zone_layer():
    assert st.zone_texts(["甲", None], True) == ["甲", "园区外"]
    assert st.zone_texts([None], False) == ["未判断入园（未给出园区图层）"]

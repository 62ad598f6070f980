"""变化图斑动态巡查 rule without QGIS: types, screening (slivers, duplicates, empties), every lead kind,
units by zone, the 预警 table and the 巡查 sheet."""
import datetime as dt
import json

import pytest

from landplan_plugin.core import changes as ch
from landplan_plugin.core import unauthorized as ua
from landplan_plugin.core.ledger import UNIT_GUESSED, UNIT_MISSING
from landplan_plugin.core.units import M2_PER_MU

TABLE = ch.load_change_types()


@pytest.mark.parametrize("raw, kind", [
    ("新增建设", ch.CONSTRUCTION), (" 新增建设 ", ch.CONSTRUCTION), ("推填土", ch.CONSTRUCTION),
    ("拆除", ch.DEMOLITION), ("清表", ch.DEMOLITION), ("新增建设（厂房）", ch.CONSTRUCTION),
    ("拆除后新建", ch.DEMOLITION), ("其他", None), ("", None), (None, None),
])
def test_change_types_from_the_data_file(raw, kind):
    kinds, unknown = ch.kind_columns([raw], TABLE)
    assert kinds == [kind]
    assert (unknown != []) == (kind is None)


def test_no_type_field_means_construction():
    assert ch.kind_columns(None, TABLE, 3) == ([ch.CONSTRUCTION] * 3, [])


def test_a_county_table_replaces_the_bundled_one(tmp_path):
    path = tmp_path / "types.json"
    path.write_text(json.dumps({"id": "x", "name": "县表", "construction": ["硬化地面"], "demolition": ["拆旧"]}),
                    encoding="utf-8")
    table = ch.load_change_types(str(path))
    assert ch.kind_columns(["硬化地面", "拆旧", "新增建设"], table)[0] == [ch.CONSTRUCTION, ch.DEMOLITION, None]
    path.write_text(json.dumps({"id": "x", "name": "y", "construction": "新增建设", "demolition": []}),
                    encoding="utf-8")
    with pytest.raises(ch.ChangeTypesError):
        ch.load_change_types(str(path))


def test_screening_names_every_polygon_not_used():
    ids = ["A", "B", "C", "D", "E", "F"]
    use, notes = ch.screen_columns(ids, [500.0, 500.0, 99.9, 100.0, 0.0, 800.0],
                                   ["ok", "ok", "ok", "ok", "empty", "invalid"],
                                   [b"g1", b"g1", b"g2", b"g3", None, None], 100.0)
    assert use.tolist() == [True, False, False, True, False, False]
    assert notes[0] is None and notes[3] is None  # exactly the minimum area is used
    assert "与变化图斑 A 图形相同（重复）" in notes[1]
    assert "小于下限 100 平方米（碎片）" in notes[2]
    assert "几何为空" in notes[4] and "无法修复" in notes[5]


def test_a_duplicate_of_a_sliver_is_a_sliver_and_only_used_geometry_counts():
    use, notes = ch.screen_columns(["A", "B", "C"], [50.0, 50.0, 200.0], ["ok"] * 3, [b"s", b"s", b"s"], 100.0)
    assert use.tolist() == [False, False, True]
    assert "碎片" in notes[0] and "碎片" in notes[1]


def test_overlay_plan_per_kind_and_given_layers():
    every = {"IDLE", "UNSUPPLIED", "SCORED", "UNCOVERED"}
    assert [lead for _, lead in ch.overlay_plan(ch.CONSTRUCTION, every)] == [ch.STARTED, ch.USED, ch.UNAUTHORIZED]
    assert ch.overlay_plan(ch.DEMOLITION, every) == [("SCORED", ch.REVIVED)]
    assert ch.overlay_plan(None, every) == []
    assert ch.overlay_plan(ch.CONSTRUCTION, {"UNSUPPLIED"}) == [("UNSUPPLIED", ch.USED)]


def test_stock_is_flag_one_only():
    assert ch.stock_columns([1, 0, None, "1", 1.0, "x"]).tolist() == [True, False, False, True, True, False]


def _pieces(layers, leads, areas, kinds=None, zones=None, checked=("APPROVALS", "SUPPLIED")):
    n = len(layers)
    return ch.lead_columns(layers, leads, areas, ["P%d" % i for i in range(n)], kinds or ["建设"] * n,
                           ["2025-06-30—2025-09-30"] * n, ["Z%d" % i for i in range(n)], zones or ["甲园区"] * n,
                           checked, 100.0)


def test_every_lead_kind():
    keep, leads, mu, checks, reasons = _pieces(
        ["IDLE", "UNSUPPLIED", "UNCOVERED", "SCORED", None, None],
        [ch.STARTED, ch.USED, ch.UNAUTHORIZED, ch.REVIVED, None, None], [1000.0] * 6,
        ["建设", "建设", "建设", "拆除清理", "建设", "拆除清理"])
    assert keep.tolist() == [True] * 6
    assert leads == [ch.STARTED, ch.USED, ch.UNAUTHORIZED, ch.REVIVED, ch.NO_LEAD, ch.NO_LEAD]
    assert mu[0] == pytest.approx(1000.0 / M2_PER_MU)
    assert "2025-06-30—2025-09-30" in reasons[0] and "闲置土地（宗地 Z0）" in reasons[0]
    assert "更新闲置土地认定" in checks[0]
    assert "批而未供土地（Z1）" in reasons[1]
    assert "低效工业用地（宗地 Z3）" in reasons[3]
    assert checks[4] == "" and "无线索" in reasons[4] and "拆除清理不在低效工业用地上" in reasons[5]
    assert all("疑似" in r for r in reasons[:4])


def test_unauthorised_piece_is_the_flagunauthorized_rule():
    area = 2.5 * M2_PER_MU
    keep, leads, _mu, checks, reasons = _pieces(["UNCOVERED"], [ch.UNAUTHORIZED], [area])
    _k, _m, ua_reasons = ua.assess_pieces([area], [None], [None], ["甲园区"], ("APPROVALS", "SUPPLIED"),
                                          100.0 / M2_PER_MU)
    assert leads == [ch.UNAUTHORIZED] and reasons[0].endswith(ua_reasons[0])
    assert checks[0] == ch.CHECKS[ch.UNAUTHORIZED]


def test_pieces_under_the_minimum_area_are_overlay_slivers():
    keep, leads, *_ = ch.lead_columns(["IDLE", "UNCOVERED", None, "IDLE"],
                                      [ch.STARTED, ch.UNAUTHORIZED, None, ch.STARTED], [99.0, 99.0, 50.0, 100.0],
                                      ["P", "P", "P", "P"], ["建设"] * 4, ["w"] * 4, [None] * 4, ["甲"] * 4,
                                      ("APPROVALS",), 100.0)
    assert keep.tolist() == [False, False, False, True]


def test_a_polygon_of_slivers_only_still_shows_without_a_lead():
    keep, leads, _mu, checks, reasons = ch.lead_columns(
        ["IDLE", "UNCOVERED", None], [ch.STARTED, ch.UNAUTHORIZED, None], [60.0, 70.0, 20.0], ["Q", "Q", "Q"],
        ["建设"] * 3, ["w"] * 3, ["P1", None, None], ["甲"] * 3, ("APPROVALS",), 100.0)
    assert keep.tolist() == [False, True, False]
    assert leads[1] == ch.NO_LEAD and checks[1] == "" and "均小于下限 100 平方米" in reasons[1]


def test_unknown_type_and_no_cover_layers_say_why_there_is_no_lead():
    _k, leads, _m, _c, reasons = _pieces([None, None], [None, None], [500.0, 500.0], ["未识别", "建设"], checked=())
    assert leads == [ch.NO_LEAD, ch.NO_LEAD]
    assert "变化类型未识别" in reasons[0] and "未作违法占地判断" in reasons[1]


def test_units_from_the_parcel_else_the_zone_as_the_ledger_does():
    units = ch.unit_columns([ch.STARTED, ch.UNAUTHORIZED, ch.USED, ch.NO_LEAD],
                            ["甲园区", "甲园区", "乙园区", "甲园区"], ["甲局", None, None, None],
                            pool_zones=["甲园区", "甲园区", "甲园区"], pool_units=["丙局", "丙局", "丙局"])
    assert units == ["甲局", "丙局" + UNIT_GUESSED, UNIT_MISSING, None]


def test_zone_of_a_piece():
    assert ch.zone_columns(["甲园区", None, None], [None, "乙园区", None], True) == ["甲园区", "乙园区", ch.OUTSIDE]
    assert ch.zone_columns([None], [None], False) == [None]


def test_dates_and_window():
    before, after, texts, problems = ch.window_columns(["2025/06/30", "待定"], ["2025-09-30", None], 2, "QSX", "HSX")
    assert before == [dt.date(2025, 6, 30), None] and after == [dt.date(2025, 9, 30), None]
    assert texts == ["2025-06-30—2025-09-30", "前时相未填—后时相未填"]
    assert len(problems) == 1 and problems[0][0] == 1 and "QSX" in str(problems[0][1])   # the row, the field
    assert ch.window_columns(None, None, 2)[2] == ["前时相未填—后时相未填"] * 2  # no date fields


def test_warning_table_per_zone_and_total():
    rows = ch.warning_rows(["乙园区", "甲园区", "甲园区", ch.OUTSIDE, "甲园区"],
                           [ch.STARTED, ch.UNAUTHORIZED, ch.UNAUTHORIZED, ch.USED, ch.NO_LEAD],
                           [1.0, 2.0, 3.0, 4.0, 9.0], [dt.date(2025, 7, 1), dt.date(2025, 6, 30)],
                           [dt.date(2025, 9, 30), dt.date(2025, 9, 1)])
    names = [r[0] for r in rows]
    assert names[-2:] == [ch.OUTSIDE, "合计"] and set(names[:2]) == {"甲园区", "乙园区"}
    jia = rows[names.index("甲园区")]
    assert jia[5:7] == [2, 5.0] and jia[9:11] == [2, 5.0]  # 疑似违法占地: 2 处 5 亩; 无 not counted
    assert rows[-1][9:11] == [4, 10.0] and rows[-1][11] == "2025-06-30—2025-09-30"
    assert len(rows[0]) == len(ch.WARNING_FIELDS)


def test_patrol_sheet_lists_leads_only():
    name, title, header, rows, widths = ch.patrol_sheet(
        ["B", "A", "C"], [ch.UNAUTHORIZED, ch.STARTED, ch.NO_LEAD], [None, "PY1", None], ["甲园区", "甲园区", "甲园区"],
        [1.234, 2.0, 3.0], ["w"] * 3, ["单位" + UNIT_GUESSED, "单位", None], "2025-06-30—2025-09-30")
    assert name == "巡查清单" and "2025-06-30—2025-09-30" in title and len(header) == len(widths)
    assert [r[1] for r in rows] == ["A", "B"]  # 疑似已动工 before 疑似违法占地, 无 left out
    assert rows[1][3] == "—" and rows[1][5] == 1.23 and rows[0][0] == 1

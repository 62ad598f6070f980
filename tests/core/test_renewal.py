"""城市更新 rules (core/renewal.py): classes, routes, rings, the old / vacancy readings, the
negative list and its readings (height limit a maximum, MIN_OVERLAP, 无体检)."""
import datetime as dt
import math

import numpy as np
import pytest

from landplan_plugin.core import renewal as rn
from landplan_plugin.core.landuse import load_preset

OLD = dt.date(2000, 12, 31)


@pytest.fixture(scope="module")
def codes():
    return rn.load_codes()


def test_landuse_kinds_residential_village_rural(codes):
    preset = load_preset("sandiao_2017")
    kinds, why = rn.landuse_columns(["0701", "702", "0702", "0702", "0601", None],
                                     ["201", "201", "203", "", "201", None], codes, preset)
    assert kinds.tolist() == ["residential", "village", "rural", "village", None, None]
    assert "0702" in why[1] and "201" in why[1] and why[0] is None
    kinds, _ = rn.landuse_columns(["0702"], None, codes, preset)  # no CZCSXM field: every village counts
    assert kinds.tolist() == ["village"]
    guotu = load_preset("guotu_2023")
    assert rn.landuse_columns(["0703", "0702"], None, codes, guotu)[0].tolist() == ["village", None]


def test_buildings_old_on_or_before_and_vacancy_at_or_above(codes):
    cols = rn.building_columns(
        ["2000-12-31", "2001-01-01", "1998", "不详", 1995, "2000年", None],
        ["住宅", "住宅", "办公", "商业", "工业", None, "学校"],
        [None, None, 30.0, 29.9, None, None, 80.0],
        [0, 0, 0, 0, 1, 0, 0], OLD, 30.0, codes)
    assert cols.old[:3].tolist() == [1.0, 0.0, 1.0]
    assert math.isnan(cols.old[3]) and cols.old[4] == 1.0 and cols.old[5] == 1.0  # 2000 → 2000-12-31
    assert cols.low_building.tolist() == [False, False, True, False, False, False, False]
    assert cols.use.tolist() == ["住宅", "住宅", "办公", "商业", "工业", None, "其他"]
    rows = {i for i, _ in cols.problems}
    assert 3 in rows and 5 in rows  # unreadable year, missing use named
    assert cols.stopped.tolist()[4]
    reasons = rn.low_building_reasons(cols, 30.0)
    assert "30.0%" in reasons[2] and reasons[3] is None


def test_a_negated_use_is_not_the_use_it_names(codes):
    cols = rn.building_columns(["1990"] * 3, ["非住宅", "住宅楼", "非工业用房"], None, None, OLD, 30.0, codes)
    assert cols.use.tolist() == ["其他", "住宅", "其他"]        # 非住宅 does not make an old estate
    assert cols.home.tolist() == [False, True, False]


def test_old_before_parameter_moves_the_line(codes):
    cols = rn.building_columns(["1998-06-30", "1998"], ["住宅", "住宅"], None, None, dt.date(1998, 6, 30), 30, codes)
    assert cols.old.tolist() == [1.0, 0.0]  # a bare year is its last day


def test_old_estate_majority_of_dated_footprint():
    keep, reasons = rn.old_estate_columns([2500, 5000, 0, 0], [5000, 7500, 2500, 0], [1, 2, 0, 0], [2, 3, 1, 0], OLD)
    assert keep.tolist() == [False, True, False, False]  # exactly half is not "mostly"
    assert "2000-12-31" in reasons[1] and "3栋中2栋" in reasons[1]


def test_old_factory_needs_old_and_low_or_stopped(codes):
    cols = rn.building_columns(["1996", "1999", "1992", "2008", "2000-12-31"], ["工业"] * 5, None,
                               [0, 1, 0, 1, 1], OLD, 30, codes)
    keep, reasons = rn.old_factory_columns(cols, [True, False, False, False, False], OLD)
    assert keep.tolist() == [True, True, False, False, True]
    assert "位于低效工业用地" in reasons[0] and "停产" in reasons[1]


def test_carried_results():
    keep, reasons = rn.carried_columns("ie", [1, 0, None, "1"], ["粗放用地类", None, None, "停建停产类"])
    assert keep.tolist() == [True, False, False, True]
    assert "粗放用地类" in reasons[0]
    keep, reasons = rn.carried_columns("unsup", [1], [6.0])
    assert keep.tolist() == [True] and "满6年" in reasons[0]


def test_pieces_route_ring_areas_and_reason():
    cols = rn.piece_columns(
        [rn.CLASS_LOW_INDUSTRIAL, rn.CLASS_LOW_INDUSTRIAL, rn.CLASS_LOW_INDUSTRIAL, rn.CLASS_VILLAGE,
         rn.CLASS_VILLAGE, rn.CLASS_OLD_ESTATE],
        [10000.0, 20000.0, 666.6666666667, 15000.0, 1.0, 30000.0],
        ["SCORED #1", "SCORED #1", "SCORED #2", "LANDUSE #3", "LANDUSE #4", "LANDUSE #5"],
        [1.0, 0.0, np.nan, 0.0, 1.0, np.nan], ["a", "b", "c", "d", "e", "f"])
    assert cols["ur_route"].tolist() == ["再开发", "转型升级", None, None, None, None]
    assert cols["ur_ring"].tolist() == [None, None, None, "三环以外", "三环以内", None]
    assert cols["ur_ha"][0] == 1.0 and abs(cols["ur_mu"][0] - 15.0) < 1e-9 and abs(cols["ur_mu"][2] - 1.0) < 1e-9
    assert "未提供工业区块线" in cols["ur_reason"][2] and cols["ur_src"][3] == "LANDUSE #3"
    totals = rn.resource_totals(cols["ur_class"], cols["ur_route"], cols["ur_ring"], cols["ur_ha"])
    assert totals[0][0] == rn.CLASS_OLD_ESTATE and ("低效工业用地·再开发", 1, 1.0) in totals


def test_resources_ledger_sheet_orders_by_class():
    rows = [dict(ur_class=rn.CLASS_IDLE, ur_route=None, ur_ring=None, ur_ha=1.0, ur_mu=15.0, ur_src="IDLE #1",
                 ur_reason="x"),
            dict(ur_class=rn.CLASS_OLD_ESTATE, ur_route=None, ur_ring=None, ur_ha=2.0, ur_mu=30.0,
                 ur_src="LANDUSE #1", ur_reason="y")]
    name, title, header, out = rn.resources_ledger_sheet(rows, OLD, 30)
    assert name == "城市更新资源" and out[0][0] == rn.CLASS_OLD_ESTATE and len(header) == len(out[0])
    assert out[-1][0].startswith("说明")


def _screen(**kw):
    n = kw.pop("n", 1)
    args = dict(overlaps={}, raw_heights=None, height_zones=None, raw_others=None, raw_checkups=["TJ"] * n,
                min_overlap=10.0)
    args.update(kw)
    return rn.screening_columns(n, **args)


def test_sliver_under_min_overlap_does_not_list_but_equal_does():
    cols, _ = _screen(n=3, overlaps={"eco": np.array([9.0, 10.0, 0.0])})
    assert cols["rs_listed"].tolist() == [0, 1, 0]
    assert "小于10平方米" in cols["rs_reason"][0]
    assert cols["rs_conds"].tolist() == [None, "3", None] and cols["rs_ov_m2"].tolist() == [0.0, 10.0, 0.0]


def test_height_limit_is_a_maximum():
    cols, problems = _screen(n=4, raw_heights=[24.0, 24.5, None, 60.0],
                             height_zones=[[(24.0, 500.0)], [(24, 500.0)], [(24.0, 500.0)], [(24.0, 5.0)]])
    assert cols["rs_listed"].tolist() == [0, 1, 0, 0]
    assert "规划高度缺失" in cols["rs_reason"][2]
    assert "视为边界误差" in cols["rs_reason"][3]


def test_two_conditions_and_checkup_and_other():
    cols, _ = _screen(n=3, overlaps={"heritage": np.array([22500.0, 0, 0]), "outside": np.array([0, 0, 8000.0]),
                                     "farmland": np.array([0, 0, 8000.0])},
                      raw_heights=[60.0, 20.0, 20.0], height_zones=[[(24.0, 30000.0)], [], []],
                      raw_others=[None, "占用应急避难场所", "无"], raw_checkups=["TJ1", None, " "])
    assert cols["rs_conds"].tolist() == ["2、5", "6", "1"]
    assert cols["rs_ov_m2"][0] == 22500.0 + 30000.0 and cols["rs_ov_m2"][2] == 16000.0
    assert cols["rs_checkup"].tolist() == [1, 0, 0]
    assert "无体检不更新" in cols["rs_reason"][1] and "无体检不更新" not in cols["rs_reason"][0]
    # a missing 体检 reference alone does not list
    alone, _ = _screen(n=1, raw_checkups=[None])
    assert alone["rs_listed"].tolist() == [0] and alone["rs_checkup"].tolist() == [0]
    name, _title, header, rows = rn.screening_ledger_sheet(["A", "B", "C"], cols, 10)
    assert rows[0][1] == "是" and "列入负面清单3个" in rows[-1][0]


def test_unreadable_limit_named():
    cols, problems = _screen(n=1, raw_heights=[30.0], height_zones=[[("待定", 100.0), (24.0, 100.0)]])
    assert cols["rs_listed"].tolist() == [1] and problems


def test_a_zone_without_limit_and_a_project_without_geometry_are_said_unchecked():
    cols, _ = _screen(n=2, raw_heights=[80.0, 80.0], height_zones=[[(None, 500.0)], []], no_geometry=[False, True])
    assert cols["rs_listed"].tolist() == [0, 0]
    assert "限高缺失" in cols["rs_reason"][0]                       # not a silent 未列入
    assert "几何为空" in cols["rs_reason"][1] and "几何为空" not in cols["rs_reason"][0]

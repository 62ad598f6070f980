"""core.zone: which zones the 60 % judges (ZONE_TYPE_FIELD / INDUSTRIAL_TYPES) and the city-wide
share over 城镇建设用地 (三调 城镇村属性码)."""
import math

import numpy as np
import pytest

from landplan_plugin.core import zone
from landplan_plugin.core.landuse import load_preset
from landplan_plugin.core.units import M2_PER_HA

SD = load_preset("sandiao_2017")


def test_type_list():
    assert zone.parse_type_list(" 工业主导，先进制造业、 ；ａ;b ") == ("工业主导", "先进制造业", "a", "b")
    assert zone.parse_type_list(None) == ()


def test_judging_rules():
    no_field = zone.zone_judging(None, ("工业主导",))
    assert no_field["judged"] is None and no_field["notes"] == [(zone.NO_TYPE_FIELD, [])]
    no_values = zone.zone_judging(["现代服务业", None], ())
    assert no_values["judged"].tolist() == [1, 1] and no_values["notes"] == [(zone.NO_TYPES_GIVEN, [])]
    got = zone.zone_judging(["工业主导", "现代服务业", None, " 工业主导 ", "", "ＡＢ"], ("工业主导", "AB"))
    assert got["judged"].tolist() == [1, 0, 1, 1, 1, 1]
    assert got["notes"] == [(zone.BLANK_TYPE, [2, 4])]
    assert got["types"].tolist()[:2] == ["工业主导", "现代服务业"]


def _sums(ind, base):
    n = len(ind)
    return {"ind": np.array(ind, float), "base": np.array(base, float), "unk": np.zeros(n),
            "by": {k: np.zeros(n) for k in zone.BREAKDOWN_ORDER}, "unk_codes": [{} for _ in range(n)]}


def test_table_reports_but_does_not_judge():
    sums = _sums([10 * M2_PER_HA, 10 * M2_PER_HA, 0.0], [100 * M2_PER_HA, 100 * M2_PER_HA, 0.0])
    t = zone.zone_table(sums, 60.0, judged=[1, 0, 0], zone_types=[None, "现代服务业", "现代服务业"])
    assert t["judged"].tolist() == [1, 0, 0]
    assert t["ind_share"][1] == pytest.approx(10.0)
    assert t["share_ok"][0] == 0 and math.isnan(t["share_ok"][1]) and math.isnan(t["deficit_ha"][1])
    assert math.isnan(t["def_new_ha"][1]) and t["deficit_ha"][0] == pytest.approx(50.0)
    assert t["verdict"][1].startswith("不评判：非工业主导开发区（类型：现代服务业）")
    assert "工矿仓储用地占建设用地 10.00%（仅报告）" in t["verdict"][1]
    assert "园区内无建设用地" in t["verdict"][2]
    plain = zone.zone_table(sums, 60.0)
    assert plain["judged"].tolist() == [1, 1, 1] and plain["share_ok"][1] == 0


def test_settlement_codes():
    got = zone.settlement_urban_columns(["201", 202, "201A", "202a", "２０１", 201.0, "203", "203A", "", None, "204",
                                         "201 城市"])
    assert got.tolist() == [True, True, True, True, True, True, False, False, False, False, False, True]


def test_city_table():
    ha = M2_PER_HA
    area = [30 * ha, 70 * ha, 50 * ha, 40 * ha, 10 * ha, float("nan")]
    codes = ["0601", "0701", "0601", "0101", "0508", "0601"]
    settle = ["201", "202A", "203", "201", "202", "203"]
    t = zone.city_table(area, codes, settle, SD, targets=((2025, 20.0), (2035, 40.0)))
    assert t["ct_base_ha"] == [pytest.approx(110.0)] * 2          # 30 + 70 + 10 (0101 farmland is no base)
    assert t["ct_ind_ha"][0] == pytest.approx(40.0)               # 0601 + 0508 (工矿仓储)
    assert t["ct_out_ha"][0] == pytest.approx(50.0)               # 203 村庄; NaN area counts 0
    assert t["ct_share"][0] == pytest.approx(400 / 11)
    assert t["ct_ok"] == [1, 0] and t["ct_gap_ha"][1] == pytest.approx(4.0)
    assert t["ct_year"] == [2025, 2035] and "2035年目标未达到" in t["ct_verdict"][1]
    only = zone.city_table(area, codes, settle, SD, "industrial_only", ((2025, 20.0),))
    assert only["ct_ind_ha"] == [pytest.approx(30.0)]
    official = zone.city_table(area, codes, settle, SD, targets=((2025, 20.0),),
                               official_m2=[60 * ha, float("nan"), 0, 0, 0, 0])
    assert official["ct_base_ha"] == [pytest.approx(140.0)]
    exact = zone.city_table([20 * ha, 80 * ha], ["0601", "0701"], ["201", "201"], SD, targets=((2025, 20.0),))
    assert exact["ct_ok"] == [1]                                  # a share equal to the target reaches it
    none = zone.city_table(area, codes, [None] * 6, SD, has_settlement=False)
    assert none["ct_share"] == [None, None] and none["ct_ok"] == [None, None]
    assert "无城镇村属性码" in none["ct_verdict"][0]


def test_a_numeric_type_code_from_a_real_field_matches():
    # a shapefile or spreadsheet often stores the zone-type code 1 as the real 1.0
    got = zone.zone_judging([1.0, 2.0, 1, "1"], zone.parse_type_list("1"))
    assert got["judged"].tolist() == [1.0, 0.0, 1.0, 1.0]

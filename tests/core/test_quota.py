"""core.quota: the 郑州 2021–2025 quota file as printed, which supplies count (boundaries of the
period and AS_OF), zone and industry matching, the rows and the 入园 leads."""
import datetime as dt
import json

import numpy as np
import pytest

from landplan_plugin.core import quota as q

D = dt.date


@pytest.fixture(scope="module")
def zz():
    return q.load_quota()


def test_zhengzhou_file_is_the_plans_tables(zz):
    zones = {e.key: e.quota for e in zz.zones}
    assert zz.total.quota == 6000 and (zz.start, zz.end) == (D(2021, 1, 1), D(2025, 12, 31))
    assert (zones["航空港区"], zones["经开区"], zones["高新区"]) == (1100, 800, 400)   # 表3-4
    assert zones["制造业高质量发展引领区"] == 2300 and zones["县区（上街区和6县市）"] == 3500   # 表3-1
    counties = ("上街区", "巩义市", "荥阳市", "新密市", "新郑市", "登封市", "中牟县")
    assert sum(zones[k] for k in counties) == 3500  # 表3-5
    inds = {e.key: e.quota for e in zz.industries}
    six = ("电子信息", "汽车及装备制造", "铝及铝精深加工", "新材料", "现代食品制造", "生物及医药")
    assert [inds[k] for k in six] == [2100, 1600, 400, 300, 400, 200]  # 表3-3
    assert inds["六大主导产业"] == 5000 and inds["其他产业"] == 1000                          # 表3-2
    assert zones["制造业高质量发展引领区"] + zones["制造业融合发展先导区（郑东新区和市内5区）"] + \
        zones["县区（上街区和6县市）"] == zz.total.quota
    assert zz.notes == []   # every group equals the sum of its parts


def test_industrial_category(zz, tmp_path):
    values = ["工业用地", "0601", 601, "100101", "M2", "0701", "商服用地", None, "", "0604"]
    got = q.industrial_supply_columns(values, zz)
    assert got.tolist() == [True, True, True, True, True, False, False, False, False, False]
    # a county's own lists (the file's "industrial"): here 仓储 0604 counts, 工业 words do not
    data = json.loads(open(q.data_path(q.DEFAULT_QUOTA, q.quotas_dir()), encoding="utf-8").read())
    data["industrial"] = {"words": ["工矿"], "codes": ["0601", "0604"]}
    own = tmp_path / "own.json"
    own.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    got = q.industrial_supply_columns(values, q.load_quota(str(own)))
    assert got.tolist() == [False, True, True, False, False, False, False, False, False, True]
    data["industrial"] = {"words": [], "codes": ["0601"]}
    own.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(q.QuotaError, match="industrial.words"):
        q.load_quota(str(own))


def test_period_and_as_of_boundaries(zz):
    dates = ["2021-01-01", "2020-12-31", "2024-06-30", "2024-07-01", None, "某日", "2023-01-01"]
    ind = [True] * 6 + [False]
    status, years, problems = q.supply_status_columns(dates, ind, zz.start, zz.end, D(2024, 6, 30))
    assert status.tolist() == [q.COUNTED, q.BEFORE, q.COUNTED, q.AFTER, q.NO_DATE, q.BAD_DATE, q.NOT_INDUSTRIAL]
    assert years.tolist()[:4] == [2021, 2020, 2024, 2024] and list(problems) == [5]
    status, _y, _p = q.supply_status_columns(["2025-12-31", "2026-01-01"], [True, True], zz.start, zz.end,
                                             D(2030, 1, 1))
    assert status.tolist() == [q.COUNTED, q.AFTER]   # the period's last day counts, the next does not


def test_zone_names_longest_match(zz):
    got = q.zone_quota_keys(zz, ["郑州航空港先进制造业开发区", "郑州经济技术开发区", "新郑市经济技术开发区",
                                 "中牟高新技术产业开发区", "二七经济技术开发区", "郑州高新区", "濮阳工业园", None])
    assert got == ["航空港区", "经开区", "新郑市", "中牟县", "制造业融合发展先导区（郑东新区和市内5区）",
                   "高新区", None, None]


def test_industries_by_name_then_code(zz):
    keys, empty = q.industry_keys(zz, ["C3912", "39", "C 36-70", "3581", "3216", "3252", "3211", "电子信息产业",
                                       "新材料", "1311", None, "  ", "9999"])
    assert keys == ["电子信息", "电子信息", "汽车及装备制造", "生物及医药", "铝及铝精深加工", "铝及铝精深加工",
                    "其他产业", "电子信息", "新材料", "现代食品制造", "其他产业", "其他产业", "其他产业"]
    assert empty.tolist() == [False] * 10 + [True, True, False]


def test_rows(zz):
    status = [q.COUNTED, q.COUNTED, q.COUNTED, q.AFTER, q.COUNTED]
    years = [2021, 2023, 2023, 2025, 2022]
    zkeys = ["航空港区", "航空港区", None, "航空港区", None]
    rows = q.quota_rows(zz, [100.0, 1200.0, 5.0, 50.0, 7.0], status, years, zkeys,
                        [True, True, True, True, False], ["电子信息", "电子信息", "新材料", "电子信息", "其他产业"],
                        D(2023, 12, 31))
    at = {(k, y): i for i, (k, y) in enumerate(zip(rows["iq_key"], rows["iq_year"]))}
    air = at[("航空港区", "累计")]
    assert rows["iq_supp_ha"][air] == 1300 and rows["iq_left"][air] == -200 and rows["iq_n"][air] == 2
    assert "超出配额 200.00 公顷" in rows["iq_reason"][air]
    assert rows["iq_supp_ha"][at[("航空港区", "2023")]] == 1200 and rows["iq_left"][at[("航空港区", "2023")]] is None
    assert rows["iq_pct"][at[("航空港区", "2021")]] == pytest.approx(100 / 11)
    assert rows["iq_supp_ha"][at[("未对应配额的开发区", "累计")]] == 5
    assert rows["iq_supp_ha"][at[("开发区外", "累计")]] == 7 and rows["iq_quota"][at[("开发区外", "累计")]] is None
    assert rows["iq_supp_ha"][at[("六大主导产业", "累计")]] == 1305
    assert rows["iq_tpct"][at[("全市新增工业用地", "累计")]] == pytest.approx(100 * 1095 / 1826)
    assert ("航空港区", "2024") not in at   # years after AS_OF are not listed
    assert [rows["iq_table"][i] for i in (0, air, at[("电子信息", "累计")])] == ["合计", "分区", "产业"]


def test_exemption_and_leads():
    ex = q.exempt_columns(["是", "1", "选址靠近矿区", "否", "无", "0", None, "", "N", True, False])
    assert ex.tolist() == [True, True, True, False, False, False, False, False, False, True, False]
    idx, out = q.outside_leads([q.COUNTED, q.COUNTED, q.COUNTED, q.BEFORE], [False, True, False, False],
                               [False, False, True, False], np.array([1.0, 2.0, 3.0, 4.0]), ["a", "b", "c", "d"])
    assert idx.tolist() == [0, 2]
    assert out["iq_lead"] == [1, 0] and out["iq_exempt"] == [0, 1] and out["iq_ha"] == [1.0, 3.0]


def test_bad_files(tmp_path):
    def write(data):
        path = tmp_path / "f.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return str(path)
    head = {"format": "landplan-quota/1", "id": "x", "name": "x",
            "period": {"start": "2021-01-01", "end": "2025-12-31"}, "total": {"key": "合计", "quota": 10}}
    with pytest.raises(q.QuotaError, match="period"):
        q.load_quota(write(dict(head, period={"start": "2025-01-01", "end": "2021-01-01"})))
    with pytest.raises(q.QuotaError, match="parts"):
        q.load_quota(write(dict(head, zones=[{"key": "g", "quota": 1, "parts": ["nope"]}])))
    with pytest.raises(q.QuotaError, match="非负数"):
        q.load_quota(write(dict(head, zones=[{"key": "a", "quota": -1}])))
    with pytest.raises(q.QuotaError, match="重复"):
        q.load_quota(write(dict(head, zones=[{"key": "a", "quota": 1}, {"key": "a", "quota": 2}])))
    with pytest.raises(q.QuotaError, match="other"):
        q.load_quota(write(dict(head, industries=[{"key": "a", "other": True}, {"key": "b", "other": True}])))
    table = q.load_quota(write(dict(head, zones=[{"key": "a", "quota": 1}, {"key": "g", "quota": 5, "parts": ["a"]}])))
    assert table.notes == ["「g」配额 5 公顷，其组成合计 1 公顷"]

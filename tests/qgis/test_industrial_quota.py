"""landplan:industrialquota through real Processing runs on real files: the quota table (cumulative
and per year), zones and industries of the 郑州 file, the AS_OF window and the 入园 leads."""
import json

import pytest
from conftest import run_alg
from helpers import read_layer, write_gpkg
from osgeo import ogr
from qgis.core import QgsProcessingException

ALG = "landplan:industrialquota"
X0, Y0 = 500000.0, 3900000.0  # EPSG:4547


def rect(x0, y0, x1, y1):
    x0, x1, y0, y1 = X0 + x0, X0 + x1, Y0 + y0, Y0 + y1
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)


ZONES = [("郑州航空港先进制造业开发区", rect(0, 0, 10000, 10000)),
         ("郑州经济技术开发区", rect(20000, 0, 30000, 10000)),
         ("某现代服务业开发区", rect(40000, 0, 50000, 10000))]
SUPPLY_FIELDS = [("电子监管号", ogr.OFTString), ("供地日期", ogr.OFTString), ("土地用途", ogr.OFTString),
                 ("行业代码", ogr.OFTString), ("供地面积(公顷)", ogr.OFTReal), ("选址特殊要求", ogr.OFTString)]
# id, date, use, industry, ha, exempt, where (x offset)
SUPPLIES = [
    ("S1", "2021-03-01", "工业用地", "C3912", 100.0, None, 1000),     # 航空港 电子信息 2021
    ("S2", "2022-06-30", "0601", "3670", 50.0, None, 21000),          # 经开区 汽车 2022
    ("S3", "2023-01-01", "工业用地", "电子信息", 30.0, None, 2000),     # 航空港 电子信息 2023
    ("S4", "2023-05-01", "工业用地", None, 10.0, None, 41000),         # unmatched zone, no industry
    ("S5", "2024-02-01", "工业用地", "1311", 20.0, None, 60000),       # outside: lead
    ("S6", "2024-03-01", "工业用地", "2720", 5.0, "是", 62000),         # outside, exempt
    ("S7", "2024-04-01", "商服用地", "C3912", 80.0, None, 3000),       # not industrial
    ("S8", "2020-12-31", "工业用地", "C3912", 70.0, None, 4000),       # before the period
    ("S9", "2025-07-01", "工业用地", "C3912", 40.0, None, 5000),       # after AS_OF
    ("S10", "某日", "工业用地", "C3912", 9.0, None, 6000),              # unreadable date
]
AS_OF = "2025-06-30"


@pytest.fixture
def data(tmp_path):
    zones = write_gpkg(str(tmp_path / "z.gpkg"), "zones", 4547, [("园区名称", ogr.OFTString)],
                       [(g, {"园区名称": n}) for n, g in ZONES])
    rows = [(rect(x, 100, x + 100, 200), {"电子监管号": i, "供地日期": d, "土地用途": u, "行业代码": ind,
                                           "供地面积(公顷)": ha, "选址特殊要求": ex})
            for i, d, u, ind, ha, ex, x in SUPPLIES]
    supplies = write_gpkg(str(tmp_path / "s.gpkg"), "supplies", 4547, SUPPLY_FIELDS, rows)
    return zones, supplies


def _run(tmp_path, zones, supplies, **extra):
    params = dict({"SUPPLIES": supplies, "ZONES": zones, "AS_OF": AS_OF, "OUTPUT": str(tmp_path / "q.gpkg"),
                   "OUTSIDE": str(tmp_path / "o.gpkg")}, **extra)
    res, fb = run_alg(ALG, params)
    rows = {(r["iq_key"], r["iq_year"]): r for r in read_layer(res["OUTPUT"])[1]}
    return res, rows, fb


def test_quota_rows_cumulative_and_per_year(qgis_app, tmp_path, data):
    res, rows, fb = _run(tmp_path, *data)
    total = rows[("全市新增工业用地", "累计")]
    assert total["iq_quota"] == 6000 and total["iq_supp_ha"] == pytest.approx(215.0) and total["iq_n"] == 6
    assert total["iq_pct"] == pytest.approx(215.0 / 60, abs=1e-4)
    assert total["iq_tpct"] == pytest.approx(100.0 * 1642 / 1826, abs=1e-4)   # 2021-01-01 … 2025-06-30 of 1826 days
    air = rows[("航空港区", "累计")]
    assert (air["iq_quota"], air["iq_supp_ha"], air["iq_left"]) == (1100, pytest.approx(130.0), pytest.approx(970.0))
    assert rows[("航空港区", "2021")]["iq_supp_ha"] == pytest.approx(100.0)
    assert rows[("航空港区", "2023")]["iq_supp_ha"] == pytest.approx(30.0)
    assert rows[("航空港区", "2023")]["iq_pct"] == pytest.approx(30.0 / 11, abs=1e-4)
    assert rows[("制造业高质量发展引领区", "累计")]["iq_supp_ha"] == pytest.approx(180.0)
    assert rows[("经开区", "2022")]["iq_supp_ha"] == pytest.approx(50.0)
    assert rows[("未对应配额的开发区", "累计")]["iq_supp_ha"] == pytest.approx(10.0)
    assert rows[("未对应配额的开发区", "累计")]["iq_quota"] is None
    assert rows[("开发区外", "累计")]["iq_supp_ha"] == pytest.approx(25.0)
    assert rows[("电子信息", "累计")]["iq_supp_ha"] == pytest.approx(130.0)
    assert rows[("汽车及装备制造", "累计")]["iq_supp_ha"] == pytest.approx(50.0)
    assert rows[("现代食品制造", "累计")]["iq_supp_ha"] == pytest.approx(20.0)
    assert rows[("生物及医药", "累计")]["iq_supp_ha"] == pytest.approx(5.0)
    assert rows[("其他产业", "累计")]["iq_supp_ha"] == pytest.approx(10.0)
    assert rows[("六大主导产业", "累计")]["iq_supp_ha"] == pytest.approx(205.0)
    assert {y for _k, y in rows} == {"累计", "2021", "2022", "2023", "2024", "2025"}
    log = "\n".join(fb.log)
    assert "某现代服务业开发区" in log and "without an industry" in log
    assert "not industrial land" in log and "dated before the quota period" in log


def test_outside_leads_and_exemption(qgis_app, tmp_path, data):
    res, _rows, _fb = _run(tmp_path, *data)
    leads = {r["电子监管号"]: r for r in read_layer(res["OUTSIDE"])[1]}
    assert set(leads) == {"S5", "S6"}
    assert (leads["S5"]["iq_lead"], leads["S5"]["iq_exempt"]) == (1, 0)
    assert (leads["S6"]["iq_lead"], leads["S6"]["iq_exempt"]) == (0, 1)
    assert leads["S5"]["iq_ind"] == "现代食品制造" and leads["S5"]["iq_ha"] == pytest.approx(20.0)


def test_as_of_boundary_counts_the_day_itself(qgis_app, tmp_path, data):
    _res, rows, _fb = _run(tmp_path, *data, AS_OF="2025-07-01")
    assert rows[("全市新增工业用地", "累计")]["iq_supp_ha"] == pytest.approx(255.0)   # S9 on AS_OF counts
    _res, rows, _fb = _run(tmp_path, *data, AS_OF="2023-12-31")
    assert rows[("全市新增工业用地", "累计")]["iq_supp_ha"] == pytest.approx(190.0)
    assert {y for _k, y in rows} == {"累计", "2021", "2022", "2023"}


def test_custom_quota_file_and_bad_file(qgis_app, tmp_path, data):
    path = tmp_path / "quota.json"
    path.write_text(json.dumps({
        "format": "landplan-quota/1", "id": "t", "name": "测试", "period": {"start": "2021-01-01", "end": "2025-12-31"},
        "total": {"key": "合计", "quota": 100},
        "zones": [{"key": "甲", "quota": 50, "match": ["经济技术"]}, {"key": "组", "quota": 60, "parts": ["甲"]}],
        "industries": [{"key": "其他", "quota": 100, "other": True}]}, ensure_ascii=False), encoding="utf-8")
    _res, rows, fb = _run(tmp_path, *data, QUOTA_FILE=str(path))
    assert rows[("甲", "累计")]["iq_supp_ha"] == pytest.approx(50.0)
    assert rows[("甲", "累计")]["iq_left"] == pytest.approx(0.0)
    assert rows[("其他", "累计")]["iq_supp_ha"] == pytest.approx(215.0)
    assert any("「组」配额 60" in line for line in fb.log)
    path.write_text('{"format": "landplan-quota/1", "id": "t", "name": "x"}', encoding="utf-8")
    with pytest.raises(QgsProcessingException):
        _run(tmp_path, *data, QUOTA_FILE=str(path))


def test_without_category_field_every_supply_is_industrial(qgis_app, tmp_path, data):
    _res, rows, fb = _run(tmp_path, *data, CATEGORY_FIELD="")
    assert rows[("全市新增工业用地", "累计")]["iq_supp_ha"] == pytest.approx(295.0)  # S7 counts too


def test_areas_from_the_geometry_and_multipart_leads(qgis_app, tmp_path, data):
    res, rows, _fb = _run(tmp_path, *data, AREA_FIELD="")
    # every supply is a 100 m × 100 m square: 1 ha each; six counted
    assert rows[("全市新增工业用地", "累计")]["iq_supp_ha"] == pytest.approx(6.0, rel=1e-3)
    lyr, leads = read_layer(res["OUTSIDE"])
    assert len(leads) == 2 and all(r["_geom"].isMultipart() for r in leads)
    assert leads[0]["iq_ha"] == pytest.approx(1.0, rel=1e-3)


def test_an_unreadable_date_is_named_by_feature_and_value(qgis_app, tmp_path, data):
    # the quota table has no row per supply, so the log must say which supply has the bad date
    _res, _rows, fb = _run(tmp_path, *data)
    lines = [line for line in fb.log if "某日" in line]
    assert lines and "10" in lines[0] and "供地日期" in lines[0]

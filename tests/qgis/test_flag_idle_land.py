"""landplan:flagidleland through real Processing runs on real files (AS_OF 2024-06-30)."""
import datetime as dt

import pytest
from conftest import run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr
from qgis.core import QgsApplication

ALG = "landplan:flagidleland"
AS_OF = "2024-06-30"
FIELDS = [("宗地编号", ogr.OFTString), ("约定动工日期", ogr.OFTDate), ("实际动工日期", ogr.OFTString),
          ("已开发面积比例", ogr.OFTReal), ("已投资比例", ogr.OFTReal), ("中止开发日期", ogr.OFTString),
          ("闲置原因", ogr.OFTString), ("土地价款", ogr.OFTReal)]

# pid: (agreed start, actual start, dev ratio, invest ratio, halt date, cause, land price)
ROWS = {
    # 未动工: one-year boundary (2024 is a leap year: 2023-07-01 → 2024-06-30 is 365 days)
    "NS_DAY_BEFORE_1Y": ("2023/07/01", None, None, None, None, None, 100.0),
    "NS_ON_1Y": ("2023/06/30", None, None, None, None, None, 100.0),
    "NS_DAY_BEFORE_2Y": ("2022/07/01", None, None, None, None, None, 100.0),
    "NS_ON_2Y": ("2022/06/30", None, None, None, None, None, 100.0),
    "NS_NOT_YET_AGREED": ("2024/12/01", None, None, None, None, None, None),
    "NS_NO_AGREED": (None, None, None, None, None, None, None),
    "START_AFTER_AS_OF": ("2020/01/01", "2024-07-01", None, None, None, None, None),
    "START_ON_AS_OF": ("2020/01/01", "2024-06-30", None, None, None, None, None),
    "STARTED_NOT_HALTED": ("2020/01/01", "2020-03-01", 0.1, 0.1, None, None, None),
    # 中止开发
    "HALT_DEV_LOW_ON_1Y": ("2020/01/01", "2020-03-01", 0.2, 0.5, "2023-06-30", None, None),
    "HALT_DEV_LOW_DAY_BEFORE": ("2020/01/01", "2020-03-01", 0.2, 0.5, "2023-07-01", None, None),
    "HALT_INV_LOW_ON_2Y": ("2020/01/01", "2020-03-01", 0.5, 0.2, "2022-06-30", None, None),
    "HALT_INV_LOW_DAY_BEFORE_2Y": ("2020/01/01", "2020-03-01", 0.5, 0.2, "2022-07-01", None, None),
    "HALT_BOTH_OK": ("2020/01/01", "2020-03-01", 0.5, 0.5, "2021-01-01", None, None),
    "HALT_INV_AT_25": ("2020/01/01", "2020-03-01", 0.5, 0.25, "2021-01-01", None, None),
    "HALT_AFTER_AS_OF": ("2020/01/01", "2020-03-01", 0.1, 0.1, "2024-07-01", None, None),
    "HALT_NO_RATIOS": ("2020/01/01", "2020-03-01", None, None, "2021-01-01", None, None),
    # causes
    "GOV_1Y": ("2023/06/30", None, None, None, None, "政府原因", 100.0),
    "GOV_2Y": ("2020/01/01", None, None, None, None, "规划调整", 100.0),
    "FORCE_2Y": ("2020/01/01", None, None, None, None, "不可抗力", None),
    "ENTERPRISE_2Y": ("2020/01/01", None, None, None, None, "企业原因", None),
    # bad data
    "BAD_ACTUAL": ("2020/01/01", "待定", None, None, None, None, None),
    "BAD_HALT": ("2020/01/01", "2020-03-01", 0.1, 0.1, "某年某月", None, None),
}

EXPECTED = {  # pid: (flag, idle_days, basis, stage, disposal)
    "NS_DAY_BEFORE_1Y": (0, 365, "未动工", "未满1年", None),
    "NS_ON_1Y": (1, 366, "未动工", "满1年", "限期开发"),
    "NS_DAY_BEFORE_2Y": (1, 730, "未动工", "满1年", "限期开发"),
    "NS_ON_2Y": (1, 731, "未动工", "满2年", "依法收回"),
    "NS_NOT_YET_AGREED": (0, None, None, None, None),
    "NS_NO_AGREED": (None, None, None, None, None),
    "START_AFTER_AS_OF": (1, (dt.date(2024, 6, 30) - dt.date(2020, 1, 1)).days, "未动工", "满2年", "依法收回"),
    "START_ON_AS_OF": (0, None, None, None, None),
    "STARTED_NOT_HALTED": (0, None, None, None, None),
    "HALT_DEV_LOW_ON_1Y": (1, 366, "中止开发", "满1年", "限期开发"),
    "HALT_DEV_LOW_DAY_BEFORE": (0, 365, "中止开发", "未满1年", None),
    "HALT_INV_LOW_ON_2Y": (1, 731, "中止开发", "满2年", "依法收回"),
    "HALT_INV_LOW_DAY_BEFORE_2Y": (1, 730, "中止开发", "满1年", "限期开发"),
    "HALT_BOTH_OK": (0, None, None, None, None),
    "HALT_INV_AT_25": (0, None, None, None, None),
    "HALT_AFTER_AS_OF": (0, None, None, None, None),
    "HALT_NO_RATIOS": (None, 1276, "中止开发", "满2年", None),  # undetermined: the ratios are needed
    "GOV_1Y": (1, 366, "未动工", "满1年", "限期开发"),
    "GOV_2Y": (1, None, "未动工", "满2年", "调整利用"),
    "FORCE_2Y": (1, None, "未动工", "满2年", "临时使用"),
    "ENTERPRISE_2Y": (1, None, "未动工", "满2年", "依法收回"),
    "BAD_ACTUAL": (None, None, None, None, None),
    "BAD_HALT": (None, None, None, None, None),
}


def _layer(tmp_path, rows=ROWS, fields=FIELDS, name="p.gpkg"):
    out = []
    for i, (pid, (agreed, actual, dev, inv, halt, cause, price)) in enumerate(rows.items()):
        out.append((square(590000 + i * 150, 3960000, 100), {
            "宗地编号": pid, "约定动工日期": agreed, "实际动工日期": actual, "已开发面积比例": dev, "已投资比例": inv,
            "中止开发日期": halt, "闲置原因": cause, "土地价款": price}))
    return write_gpkg(str(tmp_path / name), "parcels", 4547, fields, out)


def _run(src, tmp_path, name="o.gpkg", **extra):
    params = {"INPUT": src, "AS_OF": AS_OF, "OUTPUT": str(tmp_path / name)}
    params.update(extra)
    res, fb = run_alg(ALG, params)
    _, rows = read_layer(res["OUTPUT"])
    return {r["宗地编号"]: r for r in rows}, fb


def test_contract_names(qgis_app):
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg is not None
    names = {p.name() for p in alg.parameterDefinitions()}
    for needed in ("INPUT", "OUTPUT", "AS_OF", "AGREED_START_FIELD", "ACTUAL_START_FIELD", "DEV_RATIO_FIELD",
                   "INVEST_RATIO_FIELD", "HALT_DATE_FIELD", "DEV_AREA_FIELD", "TOTAL_AREA_FIELD", "INVESTED_FIELD",
                   "TOTAL_INVEST_FIELD", "CAUSE_FIELD", "GOV_CAUSE_VALUES"):
        assert needed in names, needed
    # "today" is not frozen into the definition: it is taken when a run starts
    assert alg.parameterDefinition("AS_OF").defaultValue() is None


def test_every_branch(qgis_app, tmp_path):
    by_id, fb = _run(_layer(tmp_path), tmp_path)
    for pid, (flag, days, basis, stage, disposal) in EXPECTED.items():
        r = by_id[pid]
        assert r["idle_flag"] == flag, (pid, r["idle_rsn"])
        if days is not None:
            assert r["idle_days"] == days, pid
        assert r["idle_basis"] == basis, (pid, r["idle_rsn"])
        assert r["idle_stage"] == stage, pid
        assert r["idle_disp"] == disposal, pid
        assert r["idle_asof"].toPyDate() == dt.date(2024, 6, 30)
        assert r["idle_rsn"]
    # consequences and fee
    assert "20%" in by_id["NS_ON_1Y"]["idle_csq"]
    assert by_id["NS_ON_1Y"]["idle_fee"] == pytest.approx(20.0)
    assert "无偿收回" in by_id["NS_ON_2Y"]["idle_csq"]
    assert by_id["NS_DAY_BEFORE_1Y"]["idle_csq"] is None
    # government cause / force majeure: flagged but marked, no fee
    for pid in ("GOV_1Y", "GOV_2Y", "FORCE_2Y"):
        assert by_id[pid]["idle_gov"] == 1, pid
        assert "第八条" in by_id[pid]["idle_csq"]
        assert by_id[pid]["idle_fee"] is None
    assert by_id["GOV_2Y"]["idle_cause"] == "政府原因"
    assert by_id["FORCE_2Y"]["idle_cause"] == "不可抗力"
    assert by_id["ENTERPRISE_2Y"]["idle_gov"] == 0 and by_id["NS_ON_2Y"]["idle_gov"] == 0
    # start after AS_OF counts as not started and says so
    assert "晚于基准日" in by_id["START_AFTER_AS_OF"]["idle_rsn"]
    # bad dates: named with field and value, counted in the log
    assert "实际动工日期" in by_id["BAD_ACTUAL"]["idle_rsn"] and "待定" in by_id["BAD_ACTUAL"]["idle_rsn"]
    assert "中止开发日期" in by_id["BAD_HALT"]["idle_rsn"] and "某年某月" in by_id["BAD_HALT"]["idle_rsn"]
    assert any("实际动工日期" in line and "1" in line for line in fb.log)
    assert "约定动工日期" in by_id["NS_NO_AGREED"]["idle_rsn"]
    assert by_id["NS_ON_1Y"]["宗地编号"] == "NS_ON_1Y"  # input fields kept
    assert by_id["NS_ON_1Y"]["_geom"].area() == pytest.approx(10000.0)


# Every text form is a core test (tests/core/test_idle.py); here a few go through a text field end to end.
FORMATS = {  # text forms of 2023-06-30 (idle, on the day) and 2023-07-01 (the day before)
    "SLASH": ("2023/6/30", "2023/7/1"),
    "CN_FULLWIDTH": ("２０２３年６月３０日", "２０２３年７月１日"),
    "EXCEL": (str((dt.date(2023, 6, 30) - dt.date(1899, 12, 30)).days),
              str((dt.date(2023, 7, 1) - dt.date(1899, 12, 30)).days)),
}


def test_text_date_formats(qgis_app, tmp_path):
    fields = [("宗地编号", ogr.OFTString), ("约定动工日期", ogr.OFTString), ("实际动工日期", ogr.OFTString)]
    rows = []
    i = 0
    for fmt, (on_day, day_before) in FORMATS.items():
        for suffix, value in (("ON", on_day), ("BEFORE", day_before)):
            rows.append((square(590000 + i * 150, 3960000, 100),
                         {"宗地编号": fmt + "_" + suffix, "约定动工日期": value}))
            i += 1
    rows.append((square(590000 + i * 150, 3960000, 100), {"宗地编号": "GARBAGE", "约定动工日期": "明年开工"}))
    src = write_gpkg(str(tmp_path / "t.gpkg"), "parcels", 4547, fields, rows)
    by_id, fb = _run(src, tmp_path)
    for fmt in FORMATS:
        on, before = by_id[fmt + "_ON"], by_id[fmt + "_BEFORE"]
        assert (on["idle_flag"], on["idle_days"], on["idle_stage"]) == (1, 366, "满1年"), (fmt, on["idle_rsn"])
        assert (before["idle_flag"], before["idle_days"]) == (0, 365), (fmt, before["idle_rsn"])
    g = by_id["GARBAGE"]
    assert g["idle_flag"] is None
    assert "约定动工日期" in g["idle_rsn"] and "明年开工" in g["idle_rsn"]
    assert any("约定动工日期" in line and "unreadable date" in line for line in fb.log)


def test_date_and_datetime_fields(qgis_app, tmp_path):
    fields = [("宗地编号", ogr.OFTString), ("约定动工日期", ogr.OFTDateTime), ("实际动工日期", ogr.OFTDate),
              ("中止开发日期", ogr.OFTDateTime), ("已开发面积比例", ogr.OFTReal), ("已投资比例", ogr.OFTReal)]
    rows = [
        (square(590000, 3960000, 100), {"宗地编号": "DT_ON", "约定动工日期": "2023/06/30 17:45:00"}),
        (square(590200, 3960000, 100), {"宗地编号": "DT_BEFORE", "约定动工日期": "2023/07/01 00:00:00"}),
        (square(590400, 3960000, 100), {"宗地编号": "HALT_DT", "约定动工日期": "2019/01/01 00:00:00",
                                         "实际动工日期": "2019/05/01", "中止开发日期": "2022/06/30 12:00:00",
                                         "已开发面积比例": 0.1, "已投资比例": 0.1}),
    ]
    src = write_gpkg(str(tmp_path / "d.gpkg"), "parcels", 4547, fields, rows)
    by_id, _ = _run(src, tmp_path)
    assert (by_id["DT_ON"]["idle_flag"], by_id["DT_ON"]["idle_days"]) == (1, 366)
    assert (by_id["DT_BEFORE"]["idle_flag"], by_id["DT_BEFORE"]["idle_days"]) == (0, 365)
    assert (by_id["HALT_DT"]["idle_flag"], by_id["HALT_DT"]["idle_stage"]) == (1, "满2年")


def test_gov_cause_values_and_totals(qgis_app, tmp_path):
    fields = [("宗地编号", ogr.OFTString), ("YDDGRQ", ogr.OFTString), ("SJDGRQ", ogr.OFTString),
              ("YKFMJ", ogr.OFTReal), ("YKFZMJ", ogr.OFTReal), ("YTZE", ogr.OFTReal), ("ZTZE", ogr.OFTReal),
              ("ZZKFRQ", ogr.OFTString), ("XZYY", ogr.OFTString)]
    rows = [
        (square(590000, 3960000, 100), {"宗地编号": "CITY", "YDDGRQ": "2020-01-01", "XZYY": "市里原因"}),
        (square(590200, 3960000, 100), {"宗地编号": "PLAN", "YDDGRQ": "2020-01-01", "XZYY": "规划调整"}),
        (square(590400, 3960000, 100), {"宗地编号": "DEV_TOTALS_LOW", "YDDGRQ": "2019-01-01", "SJDGRQ": "2019-03-01",
                                         "YKFMJ": 100.0, "YKFZMJ": 400.0, "YTZE": 500.0, "ZTZE": 1000.0,
                                         "ZZKFRQ": "2022-01-01"}),
        (square(590600, 3960000, 100), {"宗地编号": "TOTALS_OK", "YDDGRQ": "2019-01-01", "SJDGRQ": "2019-03-01",
                                         "YKFMJ": 200.0, "YKFZMJ": 400.0, "YTZE": 500.0, "ZTZE": 1000.0,
                                         "ZZKFRQ": "2022-01-01"}),
    ]
    src = write_gpkg(str(tmp_path / "g.gpkg"), "parcels", 4547, fields, rows)
    # pinyin field names are found without naming them; the value list is authoritative
    by_id, _ = _run(src, tmp_path, GOV_CAUSE_VALUES="市里原因，上级原因")
    assert by_id["CITY"]["idle_gov"] == 1 and by_id["CITY"]["idle_disp"] == "调整利用"
    assert by_id["PLAN"]["idle_gov"] == 0 and by_id["PLAN"]["idle_disp"] == "依法收回"
    assert by_id["DEV_TOTALS_LOW"]["idle_flag"] == 1 and by_id["DEV_TOTALS_LOW"]["idle_basis"] == "中止开发"
    assert by_id["TOTALS_OK"]["idle_flag"] == 0
    # without a list, keywords decide: 规划调整 is a government cause
    by_id, _ = _run(src, tmp_path, name="o2.gpkg")
    assert by_id["PLAN"]["idle_gov"] == 1 and by_id["CITY"]["idle_gov"] == 0


def test_rerun_same_as_of_is_identical_and_progress(qgis_app, tmp_path):
    src = _layer(tmp_path)
    a, fb = _run(src, tmp_path, name="a.gpkg")
    b, _ = _run(src, tmp_path, name="b.gpkg")
    def strip(rows):
        return {k: {f: v for f, v in r.items() if f != "_geom"} for k, r in rows.items()}
    assert strip(a) == strip(b)
    assert fb.progress_values and max(fb.progress_values) == 100
    assert any("2024-06-30" in line for line in fb.log)


def test_default_as_of_is_today(qgis_app, tmp_path):
    src = _layer(tmp_path)
    res, fb = run_alg(ALG, {"INPUT": src, "OUTPUT": str(tmp_path / "t.gpkg")})
    _, rows = read_layer(res["OUTPUT"])
    assert rows[0]["idle_asof"].toPyDate() == dt.date.today()
    assert any(dt.date.today().isoformat() in line for line in fb.log)


def test_as_of_as_qdate_and_datetime(qgis_app, tmp_path):
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime
    src = _layer(tmp_path)
    for i, value in enumerate((QDate(2024, 6, 30), QDateTime(QDate(2024, 6, 30), QTime(23, 59)))):
        by_id, _ = _run(src, tmp_path, name="q%d.gpkg" % i, AS_OF=value)
        assert by_id["NS_ON_1Y"]["idle_flag"] == 1 and by_id["NS_DAY_BEFORE_1Y"]["idle_flag"] == 0


def test_demo_parcels(qgis_app, tmp_path, demo_gpkg):
    res, fb = run_alg(ALG, {"INPUT": demo_gpkg + "|layername=parcels", "AS_OF": "2024-12-31",
                            "OUTPUT": str(tmp_path / "demo.gpkg")})
    _, rows = read_layer(res["OUTPUT"])
    flags = [r["idle_flag"] for r in rows]
    assert flags.count(1) >= 1 and flags.count(0) >= 1
    bad = [r for r in rows if r["实际动工日期"] == "待定"]
    assert bad and all(r["idle_flag"] is None and "待定" in r["idle_rsn"] for r in bad)

"""exportflagged with the kinds of the other checks: 标准地未达标 (cm_flag), 疑似违法占地 (ua_flag),
亩均D类 (mj_class = D) → shapefile rows and 台账 rows with 类型 / 处置措施 / 完成时限 from core.ledger."""
import datetime as dt

import openpyxl
import pytest
from conftest import run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr


def _layer(tmp_path):
    fields = [("宗地编号", ogr.OFTString), ("所在园区", ogr.OFTString), ("cm_flag", ogr.OFTInteger),
              ("cm_status", ogr.OFTString), ("cm_penalty", ogr.OFTReal), ("cm_disp", ogr.OFTString),
              ("cm_reason", ogr.OFTString), ("ua_flag", ogr.OFTInteger), ("ua_mu", ogr.OFTReal),
              ("ua_reason", ogr.OFTString), ("mj_class", ogr.OFTString), ("mj_reason", ogr.OFTString),
              ("cm_recheck", ogr.OFTDate)]
    base = {"所在园区": "甲园区"}
    rows = [
        dict(base, 宗地编号="CM1", cm_flag=1, cm_status="未达标", cm_penalty=12.5, cm_disp="限期整改、支付违约金",
             cm_reason="投资强度 200.00 < 承诺 300 万元/亩"),
        dict(base, 宗地编号="CM2", cm_flag=1, cm_status="未达标", cm_penalty=0.0, cm_disp=None,
             cm_reason="容积率 0.80 < 承诺 1.2", cm_recheck="2026/03/31"),  # no cm_disp: the core rule decides
        dict(base, 宗地编号="CM3", cm_flag=0, cm_status="达标"),
        dict(base, 宗地编号="UA1", ua_flag=1, ua_mu=2.5, ua_reason="疑似违法占地（线索，待核查）：现状建设用地2.50亩"),
        dict(base, 宗地编号="MJ1", mj_class="D", mj_reason="得分 40.00，D类（第9/9名）"),
        dict(base, 宗地编号="MJ2", mj_class="Ｄ类"),       # full-width, with 类
        dict(base, 宗地编号="MJ3", mj_class="C"),
        dict(base, 宗地编号="ALL", cm_flag=1, cm_disp="限期整改、依约收回", cm_reason="r", ua_flag=1, ua_mu=1.2,
             ua_reason="u", mj_class="D", mj_reason="m"),
    ]
    feats = [(square(590000 + i * 150, 3960000, 100), r) for i, r in enumerate(rows)]
    return write_gpkg(str(tmp_path / "kinds.gpkg"), "kinds", 4547, fields, feats)


def test_new_kinds_export_and_ledger(qgis_app, tmp_path):
    shp, xlsx = str(tmp_path / "flagged.shp"), str(tmp_path / "台账.xlsx")
    results, _ = run_alg("landplan:exportflagged", {
        "INPUT": _layer(tmp_path), "OUTPUT": shp, "LEDGER": xlsx, "AS_OF": "2025-06-30"})
    _lyr, rows = read_layer(shp)
    shp_rows = {r["宗地编号"]: r for r in rows}
    assert set(shp_rows) == {"CM1", "CM2", "UA1", "MJ1", "MJ2", "ALL"}
    assert results["COUNT"] == 6
    assert shp_rows["UA1"]["lp_kind"] == "疑似违法占地"
    assert shp_rows["UA1"]["lp_areamu"] == pytest.approx(2.5)      # ua_mu wins over the geometry (15 亩)
    assert shp_rows["ALL"]["lp_kind"] == "标准地未达标、疑似违法占地、亩均D类"

    wb = openpyxl.load_workbook(xlsx)
    body = {r[1]: r[1:] for r in wb["台账"].iter_rows(min_row=4, values_only=True) if isinstance(r[0], int)}
    # 地块编号, 所在园区, 面积(亩), 类型, 形成原因, 处置措施, 完成时限, 责任单位
    assert body["CM1"][3] == "标准地未达标" and body["CM1"][5] == "限期整改、支付违约金"
    assert "投资强度" in body["CM1"][4]
    assert body["CM2"][5] == "限期整改"
    assert body["UA1"][3] == "疑似违法占地" and body["UA1"][5] == "核查、依法处置"
    assert body["MJ1"][3] == "亩均D类" and body["MJ1"][5] == "调控帮扶、倒逼整治" and "D类" in body["MJ1"][4]
    assert body["MJ2"][3] == "亩均D类"

    def day(v):
        return v.date() if isinstance(v, dt.datetime) else v
    assert day(body["CM1"][6]) == dt.date(2027, 6, 30)          # 限期整改: 24 months (最长不超过二年的整改期)
    assert day(body["CM2"][6]) == dt.date(2026, 3, 31)          # …or the end of its 整改期 (cm_recheck)
    assert day(body["UA1"][6]) == dt.date(2025, 9, 30)          # 3 months, quarter's end
    assert day(body["MJ1"][6]) == dt.date(2026, 12, 31)         # 12 months, year's end
    assert day(body["ALL"][6]) == dt.date(2025, 9, 30)          # several kinds: the earliest
    assert "依约收回" in body["ALL"][5] and "核查、依法处置" in body["ALL"][5]
    summary = [r for r in wb["汇总"].iter_rows(values_only=True)]
    header = [c for r in summary[:4] for c in r if c]
    assert "标准地未达标" in header and "疑似违法占地" in header and "亩均D类" in header
    assert wb["台账"]["A1"].value.startswith("标准地未达标、疑似违法占地、亩均D类")


def test_new_kinds_can_be_left_out(qgis_app, tmp_path):
    from landplan_plugin.core import ledger
    keys = [k.key for k in ledger.kinds()]
    results, _ = run_alg("landplan:exportflagged", {
        "INPUT": _layer(tmp_path), "OUTPUT": str(tmp_path / "only_ua.shp"), "FLAGS": [keys.index("ua")],
        "LEDGER": str(tmp_path / "l.xlsx")})
    assert results["COUNT"] == 2

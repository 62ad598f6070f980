"""landplan:zonereport: the 标准地履约 / 疑似违法占地 sentences, the evaluation page (zoneevaluation
fields) and the task progress lines (TASKS), read back from the PDF with pdftotext."""
import shutil
import subprocess

import pytest
from conftest import run_alg
from helpers import square, write_gpkg
from osgeo import ogr
from test_zone_report import _pdf_pages

ZONE_FIELDS = [("zone_name", ogr.OFTString), ("ind_share", ogr.OFTReal), ("share_ok", ogr.OFTInteger),
               ("verdict", ogr.OFTString), ("cm_fail_n", ogr.OFTInteger), ("cm_card", ogr.OFTString),
               ("ua_n", ogr.OFTInteger), ("ua_card", ogr.OFTString)]
EVAL_FIELDS = [("score", ogr.OFTReal), ("sup_rate", ogr.OFTReal), ("rd_sup", ogr.OFTReal),
               ("far_all", ogr.OFTReal), ("rd_far", ogr.OFTReal), ("yrs_left", ogr.OFTReal), ("rd_yrs", ogr.OFTReal),
               ("pot_ext", ogr.OFTReal), ("eval_note", ogr.OFTString)]


def _text(pdf):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout


def _zones(tmp_path, evaluation):
    fields = ZONE_FIELDS + (EVAL_FIELDS if evaluation else [])
    rows = []
    for i, (name, score) in enumerate((("甲园区", 83.4), ("乙园区", 55.2))):
        v = {"zone_name": name, "ind_share": 70.0 - i * 30, "share_ok": 1 - i, "verdict": "结论%s" % name,
             "cm_fail_n": 2 - i, "cm_card": "未达标 %d 宗 / 12.50 亩（核查 3 宗）" % (2 - i),
             "ua_n": i, "ua_card": "疑似违法占地：%d处，共1.50亩（线索，待核查）" % i}
        if evaluation:
            v.update({"score": score, "sup_rate": 91.25, "rd_sup": 0.95, "far_all": 0.87, "rd_far": 0.58,
                      "yrs_left": None, "rd_yrs": None, "pot_ext": 12.5, "eval_note": "说明%s" % name})
        rows.append((square(590000 + i * 2000, 3960000, 1000), v))
    return write_gpkg(str(tmp_path / "zones.gpkg"), "zones", 4547, fields, rows, geom_type=ogr.wkbPolygon)


def _tasks(tmp_path):
    fields = [("zone", ogr.OFTString), ("kind", ogr.OFTString), ("task_mu", ogr.OFTReal), ("done_mu", ogr.OFTReal),
              ("done_pct", ogr.OFTReal), ("open_mu", ogr.OFTReal), ("new_mu", ogr.OFTReal),
              ("overdue", ogr.OFTInteger), ("deadline", ogr.OFTDate)]
    rows = [(None, {"zone": "甲园区", "kind": "闲置", "task_mu": 30.0, "done_mu": 12.0, "done_pct": 40.0,
                    "open_mu": 18.0, "new_mu": 0.0, "overdue": 1, "deadline": "2025/06/30"}),
            (None, {"zone": "乙园区", "kind": "低效", "task_mu": 8.0, "done_mu": 8.0, "done_pct": 100.0,
                    "open_mu": 0.0, "new_mu": 2.0, "overdue": 0})]
    return write_gpkg(str(tmp_path / "tasks.gpkg"), "tasks", 0, fields, rows, geom_type=ogr.wkbNone)


def test_scorecard_sentences_on_the_first_page(qgis_app, tmp_path):
    pdf = str(tmp_path / "r.pdf")
    results, _ = run_alg("landplan:zonereport", {"ZONES": _zones(tmp_path, False), "OUTPUT": pdf, "PNG": ""})
    assert results["PAGES"] == 2 == _pdf_pages(pdf)      # no evaluation, no tasks: one page per zone
    text = _text(pdf)
    assert "未达标 2 宗 / 12.50 亩" in text and "疑似违法占地：1处，共1.50亩" in text
    assert "结论甲园区" in text


def test_evaluation_page_and_task_lines(qgis_app, tmp_path):
    pdf = str(tmp_path / "r.pdf")
    results, _ = run_alg("landplan:zonereport", {"ZONES": _zones(tmp_path, True), "TASKS": _tasks(tmp_path),
                                                 "OUTPUT": pdf, "PNG": ""})
    assert results["PAGES"] == 4 == _pdf_pages(pdf)
    pages = _text(pdf).split("\f")
    second = pages[1]
    assert "开发区土地集约利用评价" in second and "甲园区" in second
    assert "土地供应率" in second and "91.2" in second and "0.95" in second
    assert "集约度：83.4" in second and "说明甲园区" in second
    assert "扩展潜力" in second and "尚可供地年数" in second
    assert "闲置：任务 30.00 亩；已处置 12.00 亩，完成率 40.0%（逾期未完成）" in second
    assert "完成时限 2025-06-30" in second and "完成率 = 已处置 ÷ 任务" in second
    assert "低效：" not in second                     # 乙's task is on 乙's page
    assert "低效：任务 8.00 亩" in pages[3] and "集约度：55.2" in pages[3]


def _page(pdf, k):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(k), "-l", str(k), pdf, "-"], capture_output=True,
                          text=True, check=True).stdout


def test_every_page_states_the_reference_date_and_its_number_in_the_whole_document(qgis_app, tmp_path):
    pdf = str(tmp_path / "r.pdf")
    _text_ok = _text  # skips without pdftotext
    results, _ = run_alg("landplan:zonereport", {"ZONES": _zones(tmp_path, True), "TASKS": _tasks(tmp_path),
                                                 "AS_OF": "2025-06-30", "OUTPUT": pdf, "PNG": ""})
    n = _pdf_pages(pdf)
    assert n == 4 == results["PAGES"] and _text_ok(pdf)
    for k in range(1, n + 1):
        text = _page(pdf, k)
        assert "第 %d / %d 页" % (k, n) in text, (k, text[:300])
        assert "基准日 2025-06-30" in text and "打印日期 " in text


def test_the_reference_date_comes_from_the_data_when_not_given(qgis_app, tmp_path):
    from osgeo import ogr as _ogr
    path = _zones(tmp_path, True)
    ds = _ogr.Open(path.split("|")[0], 1)
    lyr = ds.GetLayer(0)
    lyr.CreateField(_ogr.FieldDefn("eval_asof", _ogr.OFTDate))
    for f in lyr:
        f.SetField("eval_asof", "2024/12/31")
        lyr.SetFeature(f)
    ds = None
    pdf = str(tmp_path / "r.pdf")
    run_alg("landplan:zonereport", {"ZONES": path, "OUTPUT": pdf, "PNG": ""})
    assert "基准日 2024-12-31" in _page(pdf, 3) and "第 3 / 4 页" in _page(pdf, 3)


def test_tasks_alone_give_the_second_page(qgis_app, tmp_path):
    pdf = str(tmp_path / "r.pdf")
    results, _ = run_alg("landplan:zonereport", {"ZONES": _zones(tmp_path, False), "TASKS": _tasks(tmp_path),
                                                 "OUTPUT": pdf, "PNG": ""})
    assert results["PAGES"] == 4
    pages = _text(pdf).split("\f")
    assert "存量盘活任务进度" in pages[1] and "集约度" not in pages[1]


def _scored_parcels(tmp_path):
    """甲园区: two 粗放用地类 parcels; 乙园区: two 在建未达产 parcels (15 亩 each) and one 非低效."""
    rows = [(square(590100 + i * 140, 3960100, 100), {"宗地编号": "J%d" % i, "ie_flag": 1, "ie_type": "粗放用地类"})
            for i in range(2)]
    rows += [(square(592100 + i * 140, 3960100, 100), {"宗地编号": "Y%d" % i, "ie_flag": 0, "ie_type": t})
             for i, t in enumerate(["在建未达产", "在建未达产", None])]
    return write_gpkg(str(tmp_path / "parcels.gpkg"), "parcels", 4547,
                      [("宗地编号", ogr.OFTString), ("ie_flag", ogr.OFTInteger), ("ie_type", ogr.OFTString)], rows)


def test_each_page_legend_lists_only_the_classes_of_its_map(qgis_app, tmp_path):
    pdf = str(tmp_path / "r.pdf")
    run_alg("landplan:zonereport", {"ZONES": _zones(tmp_path, False), "PARCELS": _scored_parcels(tmp_path),
                                    "OUTPUT": pdf, "PNG": ""})
    assert _text(pdf)
    first, second = _page(pdf, 1), _page(pdf, 2)
    assert "甲园区" in first and "乙园区" in second
    assert "低效·粗放用地类" in first and "非低效" not in first and "建设期内" not in first
    assert "低效·粗放用地类" not in second and "建设期内，未评分" in second and "非低效" in second
    assert "低效·停建停产类" not in first + second and "待核实（数据缺失）" not in first + second


def test_construction_parcels_are_counted_apart_on_their_zone_page(qgis_app, tmp_path):
    import re
    pdf = str(tmp_path / "r.pdf")
    run_alg("landplan:zonereport", {"ZONES": _zones(tmp_path, False), "PARCELS": _scored_parcels(tmp_path),
                                    "OUTPUT": pdf, "PNG": ""})
    assert _text(pdf)
    first, second = _page(pdf, 1), _page(pdf, 2)
    assert re.search(r"在建未达产\s*2 宗 / 30\.00 亩", second), second
    assert not re.search(r"在建未达产\s*\d+ 宗", first)

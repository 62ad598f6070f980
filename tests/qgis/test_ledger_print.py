"""The 台账 workbook printed the way a county prints it: LibreOffice headless converts it to PDF and
pdftotext reads the pages back (header repeated on every page, no cut text, whole footer, 序号,
rows grouped by 园区 then 类型, the 填报单位 / 审核 / 填报日期 line, the 汇总 note)."""
import datetime as dt
import os
import re
import shutil
import subprocess

import pytest

pytestmark = pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"),
                                reason="LibreOffice (libreoffice-calc-nogui) and pdftotext are needed to print")


def _to_pdf(xlsx):
    folder = os.path.dirname(xlsx)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo-profile" % folder,
                    "--convert-to", "pdf", "--outdir", folder, xlsx],
                   check=True, capture_output=True, timeout=180)
    pdf = os.path.splitext(xlsx)[0] + ".pdf"
    assert os.path.exists(pdf)
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True,
                                                              check=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-layout", "-f", str(k), "-l", str(k), pdf, "-"], capture_output=True,
                           text=True, check=True).stdout for k in range(1, pages + 1)]


def _rows(n=45):
    rows = []
    for i in range(n):
        reason = "综合得分 0.30 < 0.7：亩均税收 1.20 < 15 万元/亩；投资强度 100.00 < 200 万元/亩；" * (1 + i % 3)
        rows.append(["PY%04d" % (n - i), ("乙园区", "甲园区", None)[i % 3], 12.0 + i,
                     ("低效工业用地（粗放用地类）", "闲置土地（满1年）")[i % 2], reason + "END%03d" % i,
                     "提质增效：增资扩产、提高容积率（二次开发）；督促复工复产；无法复产的兼并重组、置换盘活或依法收回",
                     dt.date(2026, 12, 31), "濮阳县自然资源局"])
    return rows


def test_ledger_prints_whole(qgis_app, tmp_path):
    from landplan_plugin.output.ledger_book import write_workbook
    from landplan_plugin.core import ledger
    rows = _rows()
    labels = ["低效工业用地", "闲置土地"]
    kinds = [r[3].split("（")[0] for r in rows]
    body = ledger.summary_columns([r[1] for r in rows], kinds, [r[2] for r in rows], labels)
    title, sub = ledger.ledger_title(labels, [r[1] for r in rows], dt.date(2025, 12, 31))
    assert "园区：甲园区、乙园区" in sub  # sorted, whatever order the rows came in
    extra = [ledger.ExtraSheet("供地计划执行", ("类别", "计划供应面积(公顷)"), (("工矿仓储用地", 12.5),))]
    path = str(tmp_path / "台账.xlsx")
    write_workbook(path, rows, title, sub, (ledger.summary_header(labels), body), extra)

    import openpyxl
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    pages = _to_pdf(path)
    total = len(pages)
    text = "\n".join(pages)
    # the footer is whole on every page: 第 k 页，共 N 页
    for k, page in enumerate(pages, start=1):
        assert "第 %d 页，共 %d 页" % (k, total) in page, page[-300:]
    # the 汇总 sheet says that a parcel with several kinds counts once in 合计
    assert "只计一次" in pages[0] and "填报单位" in pages[0]
    ledger_pages = [p for p in pages if "完成时限" in p]
    assert len(ledger_pages) >= 3  # the 台账 runs over several pages ...
    for page in ledger_pages:       # ... and its header row is printed on each of them
        assert "序号" in page and "地块编号" in page and "形成原因" in page and "责任单位" in page
    # no reason lost its last line (every row's own end mark is printed)
    for i in range(len(rows)):
        assert "END%03d" % i in text, "row %d cut" % i
    # 序号 1…n; rows grouped by 园区 (sorted, no zone last) then 类型, then 地块编号
    printed = re.findall(r"^\s*(\d+)\s+(PY\d{4})", text, flags=re.M)
    assert [int(s) for s, _ in printed] == list(range(1, len(rows) + 1))
    by_id = {r[0]: r for r in rows}
    order = [by_id[pid] for _, pid in printed]
    keys = [(r[1] is None, ledger.chinese_order(r[1]), ledger.chinese_order(r[3]), r[0]) for r in order]
    assert keys == sorted(keys)
    # the sign-off line closes the 台账 and the extra sheet
    assert "填报单位" in ledger_pages[-1] and "审核" in ledger_pages[-1] and "填报日期" in ledger_pages[-1]
    extra_pages = [p for p in pages if "计划供应面积" in p]
    assert extra_pages and "填报单位" in extra_pages[-1]


def test_print_titles_are_absolute(qgis_app, tmp_path):
    """openpyxl stores the print titles as written; LibreOffice repeats only '台账'!$3:$3."""
    import zipfile
    from landplan_plugin.output.ledger_book import write_workbook
    path = str(tmp_path / "l.xlsx")
    write_workbook(path, _rows(3), "t", "s")
    with zipfile.ZipFile(path) as z:
        book = z.read("xl/workbook.xml").decode("utf-8")
    assert "'台账'!$3:$3" in book


def test_zone_evaluation_workbook_prints_whole(qgis_app, demo_gpkg, tmp_path):
    """zone_evaluation.xlsx printed: Chinese titles and headers, zone names not cut or run together,
    the note whole, the 实现度 chart on one page with its table, page numbers on every page."""
    xlsx = str(tmp_path / "zone_evaluation.xlsx")
    run_alg_ = __import__("conftest").run_alg
    run_alg_("landplan:zoneevaluation", {
        "ZONES": "%s|layername=zones" % demo_gpkg, "LANDUSE": "%s|layername=landuse" % demo_gpkg,
        "LANDUSE_FIELD": "DLBM", "SUPPLIED": "%s|layername=supplies" % demo_gpkg, "AS_OF": "2025-12-31",
        "OUTPUT": str(tmp_path / "z.gpkg"), "OUTPUT_XLSX": xlsx})
    import openpyxl
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["评价指标表", "实现度"]
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
        headers = [c.value for c in ws[2] if c.value is not None]
        assert headers and all(re.search(r"[\u4e00-\u9fff]", str(h)) for h in headers), headers
    pages = _to_pdf(xlsx)
    text = "\n".join(pages)
    for k, page in enumerate(pages, start=1):
        assert "第 %d 页，共 %d 页" % (k, len(pages)) in page
    flat = re.sub(r"\s+", "", text)
    for name in ("濮阳经济技术产业集聚区", "濮东产业集聚区", "清河产业集聚区"):
        assert name in flat, name
    assert "金额单位为万元/公顷。" in flat                  # the note is not cut
    chart_pages = [p for p in pages if "指标实现度" in p]
    assert len(chart_pages) == 1 and "实现度（基准日 2025-12-31）" in chart_pages[0]


def test_added_sheets_print_as_the_ledger(qgis_app, tmp_path):
    """Sheets other algorithms add to the 台账 (write_sheet) and a wide LandPlan table riding in it
    print by the same rules: absolute print titles, Chinese sheet names and headers, a wide table
    turned so that its fields are rows (legible on A4), the sign-off line."""
    import zipfile
    from landplan_plugin.output.ledger_book import write_workbook
    from landplan_plugin.core import ledger
    from landplan_plugin.output.ledger_sheets import write_sheet
    header = tuple(["园区代码", "园区名称"] + ["指标%02d(公顷)" % i for i in range(30)])
    rows = tuple(tuple(["Z%d" % z, name] + [z * 100.0 + i for i in range(30)])
                 for z, name in enumerate(("濮阳经济技术产业集聚区", "濮东产业集聚区", "清河产业集聚区")))
    title = ledger.extra_sheet_name("zone_evaluation", ["zone_name", "sup_rate", "built_rate"])
    assert title == "开发区土地集约利用评价"
    assert ledger.extra_sheet_name("供地计划", ["sup_rate", "built_rate"]) == "供地计划"
    path = str(tmp_path / "台账.xlsx")
    write_workbook(path, _rows(3), "t", "s", extra_sheets=[ledger.ExtraSheet(title, header, rows)])
    write_sheet(path, "供地计划执行", "2025年供地计划执行情况", ["区县", "用途类别", "计划供应(公顷)"],
                [["濮阳县", "工矿仓储用地", 12.5]] * 40)
    with zipfile.ZipFile(path) as z:
        book = z.read("xl/workbook.xml").decode("utf-8")
    assert "'供地计划执行'!$2:$2" in book and "'开发区土地集约利用评价'!$2:$2" in book
    import openpyxl
    wb = openpyxl.load_workbook(path)
    wide = wb["开发区土地集约利用评价"]
    assert [c.value for c in wide[2]] == ["项目", "濮阳经济技术产业集聚区", "濮东产业集聚区", "清河产业集聚区"]
    pages = _to_pdf(path)
    wide_pages = [p for p in pages if "开发区土地集约利用评价" in p or "指标29" in p]
    flat = re.sub(r"\s+", "", "".join(wide_pages))
    assert "濮阳经济技术产业集聚区" in flat and "指标29(公顷)" in flat
    plan_pages = [p for p in pages if "计划供应(公顷)" in p]
    assert plan_pages and "填报单位" in plan_pages[-1]
    for k, page in enumerate(pages, start=1):
        assert "第 %d 页，共 %d 页" % (k, len(pages)) in page


def test_unauthorized_pieces_get_an_id_a_location_and_a_unit(qgis_app, tmp_path):
    from helpers import square, write_gpkg
    from osgeo import ogr
    from conftest import run_alg
    src = write_gpkg(str(tmp_path / "in.gpkg"), "merged", 4547,
                     [("宗地编号", ogr.OFTString), ("ie_flag", ogr.OFTInteger), ("ie_type", ogr.OFTString),
                      ("ie_reason", ogr.OFTString), ("所在园区", ogr.OFTString), ("责任单位", ogr.OFTString),
                      ("ua_flag", ogr.OFTInteger), ("ua_zone", ogr.OFTString), ("ua_mu", ogr.OFTReal),
                      ("ua_reason", ogr.OFTString)],
                     [(square(590000, 3960000, 100), {"宗地编号": "P1", "ie_flag": 1, "ie_type": "粗放用地类",
                                                      "ie_reason": "得分低", "所在园区": "甲园区",
                                                      "责任单位": "甲管委会"}),
                      (square(590300, 3960000, 100), {"ua_flag": 1, "ua_zone": "甲园区", "ua_mu": 15.0,
                                                      "ua_reason": "现状建设用地未被批地覆盖"})])
    xlsx = str(tmp_path / "l.xlsx")
    run_alg("landplan:exportflagged", {"INPUT": src, "OUTPUT": str(tmp_path / "f.shp"), "LEDGER": xlsx,
                                       "AS_OF": "2025-12-31"})
    import openpyxl
    body = [r for r in openpyxl.load_workbook(xlsx)["台账"].iter_rows(min_row=4, values_only=True)
            if isinstance(r[0], int)]
    piece = [r for r in body if r[5] and "未被批地覆盖" in r[5]][0]
    assert piece[1] == "疑似违法-001" and piece[2] == "甲园区"
    assert "位置：甲园区，内部点坐标 X=5903" in piece[5] and "EPSG:4547" in piece[5]
    assert piece[8] == "甲管委会（按园区推定，待确认）"
    assert all(r[1] and r[8] for r in body)

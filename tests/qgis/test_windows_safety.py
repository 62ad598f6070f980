"""What Windows users meet: Chinese folder and file names for outputs, and Chinese text in the
report when only one Chinese font is installed (or none: then the run's log says so).

The report runs in a separate QGIS process (scripts/qgis_run.py) whose fontconfig sees only the
font folders given (FONTCONFIG_FILE): one Chinese font, WenQuanYi Micro Hei, the last of the list,
next to a Latin one (QGIS 3.22's HTML labels crash in QtWebKit when the system has no Latin font
at all); or the Latin one alone."""
import json
import os
import shutil
import subprocess
import sys

import pytest
from helpers import read_layer, square, write_gpkg
from osgeo import ogr

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WQY = "/usr/share/fonts/truetype/wqy"
DEJAVU = "/usr/share/fonts/truetype/dejavu"
NO_FONT = "No Chinese font found"


def _inputs(folder):
    gpkg = str(folder / "输入数据.gpkg")
    zones = write_gpkg(gpkg, "zones", 4547, [("zone_name", ogr.OFTString), ("ind_share", ogr.OFTReal)],
                       [(square(590000, 3960000, 1000), {"zone_name": "甲园区", "ind_share": 72.5}),
                        (square(592000, 3960000, 1000), {"zone_name": "乙园区", "ind_share": 41.2})])
    rows = [(square(590100 + i * 140, 3960100, 120), {"宗地编号": "宗%d" % i, "ie_flag": i % 2,
                                                     "ie_type": "粗放用地类" if i % 2 else None, "idle_flag": 0})
            for i in range(4)]
    parcels = write_gpkg(gpkg, "parcels", 4547, [("宗地编号", ogr.OFTString), ("ie_flag", ogr.OFTInteger),
                                                 ("ie_type", ogr.OFTString), ("idle_flag", ogr.OFTInteger)], rows)
    return zones, parcels


def _fontconfig(tmp_path, font_dirs):
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n%s'
                    "  <cachedir>%s</cachedir>\n</fontconfig>\n"
                    % ("".join("  <dir>%s</dir>\n" % d for d in font_dirs), tmp_path / "fc-cache"), encoding="utf-8")
    return str(conf)


def _run(jobs, tmp_path, font_dirs):
    """Run ``jobs`` in one fresh QGIS whose fontconfig knows only ``font_dirs``; the JSON per job."""
    job_file = tmp_path / "jobs.json"
    job_file.write_text(json.dumps(jobs, ensure_ascii=False), encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=_fontconfig(tmp_path, font_dirs), QT_QPA_PLATFORM="offscreen",
               MPLCONFIGDIR=str(tmp_path / "mpl"))
    proc = subprocess.run([sys.executable, os.path.join(REPO, "scripts", "qgis_run.py"), "--jobs", str(job_file)],
                          env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]


def _pdf(tool, pdf):
    if not shutil.which(tool):
        pytest.skip("%s (poppler-utils) not installed" % tool)
    return subprocess.run([tool, "-enc", "UTF-8", pdf, "-"] if tool == "pdftotext" else [tool, pdf],
                          capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(not (os.path.isdir(WQY) and os.path.isdir(DEJAVU)), reason="fonts-wqy-microhei, fonts-dejavu")
def test_chinese_folders_and_file_names_and_one_installed_font(qgis_app, tmp_path):
    src = tmp_path / "源数据"
    src.mkdir()
    zones, parcels = _inputs(src)
    out = tmp_path / "成果 2024年" / "园区报告"
    out.mkdir(parents=True)
    pdf, png = str(out / "开发区报告.pdf"), str(out / "总览图.png")
    shp, xlsx = str(out / "问题宗地.shp"), str(out / "问题宗地台账.xlsx")
    runs = _run([{"alg": "landplan:zonereport", "params": {"ZONES": zones, "PARCELS": parcels, "OUTPUT": pdf,
                                                           "PNG": png, "TITLE": "季度核查"}},
                 {"alg": "landplan:exportflagged", "params": {"INPUT": parcels, "OUTPUT": shp, "LEDGER": xlsx}}],
                tmp_path, [WQY, DEJAVU])
    assert all("results" in r for r in runs), runs
    assert not any(NO_FONT in line for r in runs for line in r["log"])
    # the report: its Chinese is text in the one installed font, embedded (no empty boxes)
    text = _pdf("pdftotext", pdf)
    assert "甲园区" in text and "乙园区" in text and "季度核查" in text
    fonts = _pdf("pdffonts", pdf)
    embedded = [line for line in fonts.splitlines()[2:] if line.split()]
    assert any(line.startswith("WenQuanYi") for line in embedded), fonts
    assert all(line.startswith(("WenQuanYi", "DejaVu")) and " yes " in line for line in embedded), fonts
    assert os.path.getsize(png) > 1000
    # the shapefile and the workbook read back with their Chinese names and values
    _, rows = read_layer(shp)
    assert sorted(r["宗地编号"] for r in rows) == ["宗1", "宗3"]
    from openpyxl import load_workbook
    book = load_workbook(xlsx, read_only=True)
    cells = {c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c}
    assert {"宗1", "宗3"} <= cells


@pytest.mark.skipif(not os.path.isdir(DEJAVU), reason="fonts-dejavu not installed")
def test_without_a_chinese_font_the_log_says_so(tmp_path):
    zones, parcels = _inputs(tmp_path)
    pdf = str(tmp_path / "报告.pdf")
    runs = _run([{"alg": "landplan:zonereport", "params": {"ZONES": zones, "PARCELS": parcels, "OUTPUT": pdf,
                                                           "PNG": ""}}], tmp_path, [DEJAVU])
    assert "results" in runs[0], runs
    lines = [line for line in runs[0]["log"] if NO_FONT in line]
    assert len(lines) == 1, runs[0]["log"]
    assert "Microsoft YaHei, SimHei, SimSun, Noto Sans CJK SC" in lines[0] and "WenQuanYi Micro Hei" in lines[0]
    assert os.path.exists(pdf)  # the report is still written


def test_one_ordered_font_list():
    from landplan_plugin.output import fonts
    assert fonts.CJK_FONTS[:5] == ("Microsoft YaHei", "SimHei", "SimSun", "Noto Sans CJK SC", "Source Han Sans SC")
    assert fonts.first_installed(["DejaVu Sans", "WenQuanYi Micro Hei", "SimSun"]) == "SimSun"
    assert fonts.first_installed(["黑体", "宋体"]) == "黑体"  # a Chinese Windows lists SimHei as 黑体
    assert fonts.first_installed(["DejaVu Sans"]) is None
    # the zone report, its charts and the plan / forecast charts take it from there only
    for rel in ("algorithms/zone_report.py", "output/evaluation_chart.py", "output/charts.py"):
        with open(os.path.join(REPO, "landplan_plugin", rel), encoding="utf-8") as f:
            text = f.read()
        assert "fonts" in text and "Noto Sans CJK SC" not in text and "WenQuanYi" not in text, rel


def test_a_geopackage_on_a_windows_network_share_opens_read_only(tmp_path):
    """The GeoPackage fast path opens its input by SQLite URI. pathlib writes a Windows UNC path
    (\\\\server\\share\\…, common for county file servers) as file://server/…, whose authority
    SQLite refuses; the URI used has SQLite's four-slash form, and a local path still opens."""
    import sqlite3

    from landplan_plugin.algorithms import gdal_io

    # what pathlib.Path(r"\\server\share\成果 2024\宗地.gpkg").as_uri() gives on Windows (PurePath.as_uri,
    # which would show it here, is deprecated from Python 3.14 on)
    unc = "file://server/share/%E6%88%90%E6%9E%9C%202024/%E5%AE%97%E5%9C%B0.gpkg"
    with pytest.raises(sqlite3.OperationalError, match="authority"):
        sqlite3.connect(unc + "?mode=ro", uri=True)
    assert gdal_io._sqlite_uri(unc) == "file:////server/share/%E6%88%90%E6%9E%9C%202024/%E5%AE%97%E5%9C%B0.gpkg?mode=ro"
    assert gdal_io._sqlite_uri("file:///C:/%E6%88%90%E6%9E%9C/%E5%AE%97%E5%9C%B0.gpkg") == \
        "file:///C:/%E6%88%90%E6%9E%9C/%E5%AE%97%E5%9C%B0.gpkg?mode=ro"
    local = tmp_path / "成果 #1.gpkg"
    made = sqlite3.connect(str(local))
    made.execute("CREATE TABLE t (x)")
    made.commit()
    made.close()
    con = sqlite3.connect(gdal_io._ro_uri(str(local)), uri=True)
    try:
        assert con.execute("SELECT count(*) FROM t").fetchone() == (0,)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            con.execute("INSERT INTO t VALUES (1)")
    finally:
        con.close()


def test_style_labels_use_an_installed_chinese_font(qgis_app):
    """The shipped styles label in Noto Sans CJK SC, which Windows lacks: a label family that is not
    installed becomes the first installed family of the one font list (Microsoft YaHei there)."""
    from qgis.core import QgsPalLayerSettings, QgsTextFormat, QgsVectorLayer, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QFont

    from landplan_plugin.output import fonts, styling

    installed = set(fonts._qt_families())
    layer = QgsVectorLayer("Polygon?crs=EPSG:4547&field=zone_name:string&field=ind_share:double", "z", "memory")
    assert styling.apply_style(layer, "zones")
    family = layer.labeling().settings().format().font().family()
    assert family in installed, family
    pal = QgsPalLayerSettings()
    fmt = QgsTextFormat()
    fmt.setFont(QFont("No Such CJK Font 无此字体"))
    fmt.setSize(9)
    pal.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    assert styling.installed_label_font(layer) is True
    fmt = layer.labeling().settings().format()
    assert fmt.font().family() == fonts.qt_family() and fmt.size() == 9
    assert styling.installed_label_font(layer) is False  # already an installed family


def test_the_help_menu_opens_one_html_page_of_every_algorithm(qgis_app, tmp_path):
    """LandPlan ▸ Help opened README.md, which no program opens on a standard Windows (and the
    installed plugin has no help index): it now writes every algorithm's help to one UTF-8 HTML page."""
    from qgis.core import QgsApplication

    from landplan_plugin import gui
    from landplan_plugin.algorithms.help import help_html

    folder = tmp_path / "帮助"
    folder.mkdir()
    path = gui.write_help_page(str(folder))
    assert path.endswith(".html") and os.path.dirname(path) == str(folder)
    with open(path, encoding="utf-8") as fh:
        page = fh.read()
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    algs = QgsApplication.processingRegistry().providerById("landplan").algorithms()
    assert len(algs) > 20
    for alg in algs:
        if help_html(alg.name()) is not None:  # every algorithm (the shipped models have their own help)
            assert '<h2 id="%s">' % alg.name() in page and help_html(alg.name()) in page, alg.name()
    assert sum(help_html(a.name()) is not None for a in algs) >= len(algs) - 3

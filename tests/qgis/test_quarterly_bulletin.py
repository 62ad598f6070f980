"""landplan:quarterlybulletin on real files: the Word document read back with python-docx, the PDF
read back with pdftotext; numbers in the text equal those in the tables; optional inputs left out
give a shorter bulletin; without python-docx the run stops with how to install it."""
import os
import re
import shutil
import subprocess
import sys

import pytest
from conftest import REPO, run_alg
from osgeo import ogr, osr
from qgis.core import QgsProcessingException

ALG = "landplan:quarterlybulletin"
ASSESSMENT = [  # ca_county, task, done, pct, plan %, halfway, yearend, cut ha, score, rank, rank change, talk, reason
    ("甲县", 1000.0, 450.0, 45.0, 40.0, 1, 1, 11.0, 52.5, 3, -1, 1, "半年任务未过半；得分末位"),
    ("乙区", 800.0, 640.0, 80.0, 90.0, 0, 1, 2.5, 78.25, 2, 0, 0, "年底任务未完成"),
    ("丙县", 600.0, 600.0, 100.0, 110.0, 0, 0, None, 91.0, 1, 1, 0, ""),
]
FIELDS = (("ca_county", ogr.OFTString), ("ca_task_mu", ogr.OFTReal), ("ca_done_mu", ogr.OFTReal),
          ("ca_donepct", ogr.OFTReal), ("ca_planpct", ogr.OFTReal), ("ca_halfway", ogr.OFTInteger),
          ("ca_yearend", ogr.OFTInteger), ("ca_cut_ha", ogr.OFTReal), ("ca_score", ogr.OFTReal),
          ("ca_rank", ogr.OFTInteger), ("ca_rankchg", ogr.OFTInteger), ("ca_talk", ogr.OFTInteger),
          ("ca_reason", ogr.OFTString))
PARCELS = [("甲县", "低效", "已处置", 10.0), ("甲县", "低效", "新增", 2.5), ("乙区", "闲置", "未处置", 4.0),
           ("丙县", "低效", "已处置", 6.0), ("丙县", "批而未供", "待核实", 1.25)]


def write_assessment(path, fields=FIELDS):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("assessment", None, ogr.wkbNone)
    for name, kind in fields:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for row in ASSESSMENT:
        f = ogr.Feature(lyr.GetLayerDefn())
        for (name, _k), value in zip(FIELDS, row):
            if lyr.GetLayerDefn().GetFieldIndex(name) >= 0 and value is not None:
                f.SetField(name, value)
        lyr.CreateFeature(f)
    ds = None
    return "%s|layername=assessment" % path


def write_parcels(path):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    lyr = ds.CreateLayer("task_parcels", srs, ogr.wkbMultiPolygon)
    for name in ("zone", "kind", "change"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("area_mu", ogr.OFTReal))
    for i, (zone, kind, change, mu) in enumerate(PARCELS):
        f = ogr.Feature(lyr.GetLayerDefn())
        for name, value in zip(("zone", "kind", "change", "area_mu"), (zone, kind, change, mu)):
            f.SetField(name, value)
        x = 500000 + 5000 * ["甲县", "乙区", "丙县"].index(zone) + 120 * i
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            "MULTIPOLYGON(((%d 3800000,%d 3800000,%d 3800080,%d 3800080,%d 3800000)))" % (x, x + 80, x + 80, x, x)))
        lyr.CreateFeature(f)
    ds = None
    return "%s|layername=task_parcels" % path


def docx_text(path):
    import docx
    doc = docx.Document(path)
    paragraphs = [p.text for p in doc.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
    return paragraphs, tables, doc


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def full_run(qgis_app, tmp_path):
    params = {"ASSESSMENT": write_assessment(tmp_path / "a.gpkg"), "TASK_PARCELS": write_parcels(tmp_path / "p.gpkg"),
              "AS_OF": "2025-12-31", "ISSUER": "演示市节约集约用地工作领导小组办公室",
              "OUTPUT_DOCX": str(tmp_path / "季度通报.docx"), "OUTPUT_PDF": str(tmp_path / "季度通报.pdf")}
    res, fb = run_alg(ALG, params)
    return res, fb, tmp_path


def test_docx_numbers_in_the_text_equal_the_tables(full_run):
    res, fb, tmp = full_run
    paragraphs, tables, doc = docx_text(res["OUTPUT_DOCX"])
    text = "\n".join(paragraphs)
    assert paragraphs[0] == "演示市节约集约用地工作领导小组办公室"
    assert "关于2025年第四季度存量土地盘活工作情况的通报" in paragraphs
    assert "演示市节约集约用地工作领导小组办公室〔2025〕　号" in paragraphs
    ranking = tables[0]
    assert ranking[0][:5] == ["名次", "县（区）", "任务（亩）", "已处置（亩）", "完成率（%）"]
    total = ranking[-1]
    assert total[1] == "合计"
    assert ("共下达存量土地盘活任务%s亩，已处置%s亩，任务完成率%s%%" % tuple(total[2:5])) in text
    by_county = {r[1]: r for r in ranking[1:-1]}
    best = max(by_county.values(), key=lambda r: float(r[4]))
    worst = min(by_county.values(), key=lambda r: float(r[4]))
    assert "完成率最高的是%s（%s%%），最低的是%s（%s%%）" % (best[1], best[4], worst[1], worst[4]) in text
    kinds = {(r[0], r[1]): tuple(r[2:]) for r in tables[1][1:]}
    assert "低效已处置%s亩，未处置%s亩、新增%s亩" % kinds[("合计", "低效")] in text
    plan = {r[0]: r[1] for r in tables[2][1:]}
    assert "供地计划完成率最高的是丙县（%s%%），最低的是甲县（%s%%）" % (plan["丙县"], plan["甲县"]) in text
    assert tables[3][1] == ["甲县", by_county["甲县"][4], "半年任务未过半；得分末位"]  # 约谈名单
    annex = tables[4]  # 附件: one row per 县区 with a triggered node
    assert annex[0] == ["县（区）", "触发情形", "处理措施", "核减下年指标（公顷）", "约谈原因"]
    assert [(r[0], r[1]) for r in annex[1:]] == [("乙区", "年底节点"), ("甲县", "半年节点、年底节点、约谈")]
    cut = sum(float(r[3]) for r in annex[1:])
    assert ("核减下一年度新增建设用地计划指标%.2f公顷" % cut) in text
    assert len(doc.inline_shapes) == 2  # the chart and the map
    for t in doc.tables:  # borders: the grid style
        assert t.style.name == "Table Grid"


def test_pdf_has_the_same_chinese_text_and_numbers(full_run):
    res, fb, tmp = full_run
    text = pdf_text(res["OUTPUT_PDF"])
    flat = re.sub(r"\s+", "", text)
    paragraphs, tables, _ = docx_text(res["OUTPUT_DOCX"])
    assert "关于2025年第四季度存量土地盘活工作情况的通报" in flat
    for p in paragraphs:  # every sentence of the Word document is in the PDF, word for word
        if p.strip():
            assert re.sub(r"\s+", "", p) in flat, p
    for row in tables[0][1:]:
        for cell in row:
            assert cell in text, cell
    with open(res["OUTPUT_PDF"], "rb") as fh:
        assert fh.read(4) == b"%PDF"


def test_map_and_chart_are_drawn(full_run):
    from qgis.PyQt.QtGui import QImage
    res, fb, tmp = full_run
    _, _, doc = docx_text(res["OUTPUT_DOCX"])
    blobs = [doc.part.related_parts[s._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
             for s in doc.inline_shapes]
    images = []
    for i, blob in enumerate(blobs):
        path = tmp / ("fig%d.png" % i)
        path.write_bytes(blob)
        images.append(QImage(str(path)))
    chart, mapped = images
    assert not chart.isNull() and not mapped.isNull()
    colours = {mapped.pixelColor(x, y).name() for x in range(0, mapped.width(), 3)
               for y in range(0, mapped.height() - 70, 3)}
    assert {"#31a354", "#de2d26", "#969696"} <= colours  # 已处置, 新增, 未处置 drawn in the panels


def test_without_optional_inputs_a_shorter_bulletin(qgis_app, tmp_path):
    minimal = FIELDS[:3]
    params = {"ASSESSMENT": write_assessment(tmp_path / "a.gpkg", minimal), "AS_OF": "2025-06-30",
              "OUTPUT_DOCX": str(tmp_path / "b.docx"), "OUTPUT_PDF": str(tmp_path / "b.pdf")}
    res, fb = run_alg(ALG, params)
    paragraphs, tables, doc = docx_text(res["OUTPUT_DOCX"])
    text = "\n".join(paragraphs)
    assert "关于2025年第二季度存量土地盘活工作情况的通报" in paragraphs
    assert "××市节约集约用地工作领导小组办公室" == paragraphs[0]  # the wording file's issuer
    assert len(tables) == 1 and tables[0][0] == ["名次", "县（区）", "任务（亩）", "已处置（亩）", "完成率（%）"]
    assert "本期无约谈对象" in text and "分类任务" not in text and len(doc.inline_shapes) == 0
    assert any("ca_donepct" in line for line in fb.log)
    assert "2025年第二季度" in re.sub(r"\s+", "", pdf_text(res["OUTPUT_PDF"]))


def test_quarter_follows_as_of(qgis_app, tmp_path):
    params = {"ASSESSMENT": write_assessment(tmp_path / "a.gpkg"), "AS_OF": "2026年3月31日",
              "TITLE": "{quarter}盘活通报", "OUTPUT_DOCX": str(tmp_path / "c.docx"), "OUTPUT_PDF": ""}
    res, fb = run_alg(ALG, params)
    paragraphs, _, _ = docx_text(res["OUTPUT_DOCX"])
    assert "2026年第一季度盘活通报" in paragraphs and "OUTPUT_PDF" not in res


def test_assessment_without_its_fields_stops(qgis_app, tmp_path):
    path = write_assessment(tmp_path / "a.gpkg", (("ca_county", ogr.OFTString), ("ca_task_mu", ogr.OFTReal)))
    with pytest.raises(QgsProcessingException, match="ca_done_mu"):
        run_alg(ALG, {"ASSESSMENT": path, "OUTPUT_DOCX": str(tmp_path / "d.docx")})


def test_without_python_docx_the_run_says_how_to_install(tmp_path):
    """A Python where `import docx` fails (as on QGIS for Windows): the run stops, in Chinese, with
    the OSGeo4W Shell command, and writes nothing."""
    blocker = tmp_path / "block" / "docx"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError(\"No module named 'docx'\")\n")
    script = tmp_path / "run.py"
    script.write_text(
        "import sys, os\n"
        "sys.path.insert(0, %r)\n"
        "sys.path.insert(0, os.path.join(%r, 'scripts'))\n"
        "import qgis_env\n"
        "qgis_env.start()\n"
        "import processing\n"
        "from qgis.core import QgsProcessingException\n"
        "try:\n"
        "    processing.run('landplan:quarterlybulletin', {'ASSESSMENT': %r, 'OUTPUT_DOCX': %r})\n"
        "except QgsProcessingException as exc:\n"
        "    print('STOPPED:', exc, flush=True)\n"
        "os._exit(0)\n" % (str(tmp_path / "block"), REPO, write_assessment(tmp_path / "a.gpkg"),
                           str(tmp_path / "e.docx")))
    env = dict(os.environ, LANDPLAN_LOCALE="zh_CN")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
    assert "STOPPED:" in proc.stdout, proc.stdout[-2000:] + proc.stderr[-2000:]
    message = proc.stdout.split("STOPPED:", 1)[1]
    assert "python -m pip install python-docx" in message and "OSGeo4W Shell" in message
    assert "安装" in message  # in Chinese
    assert not os.path.exists(tmp_path / "e.docx")


def test_pdftotext_is_there():
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is needed to read the PDF back"


def test_bulletin_of_a_real_county_assessment(qgis_app, tmp_path):
    """countyassessment → quarterlybulletin on the demo's four 县区 (assessment_demo.gpkg, Q4 after
    Q3): every 县区 of the assessment is in the ranking with its figures, in text and tables alike."""
    from qgis.core import QgsVectorLayer
    gpkg = os.path.join(REPO, "resources", "demo", "assessment_demo.gpkg")

    def layer(name):
        return "%s|layername=%s" % (gpkg, name)
    previous = None
    for as_of, run in (("2025-09-30", "run_2025q3"), ("2025-12-31", "run_2025q4")):
        params = {"TASKS": layer("tasks_2025"), "BASELINE": layer("run_2024"), "CURRENT": layer(run),
                  "PARCEL_ID_FIELD": "宗地编号", "ZONE_FIELD": "县区", "NEXT_QUOTA": layer("quota_2026"),
                  "AS_OF": as_of, "OUTPUT": str(tmp_path / ("a%s.gpkg" % as_of[5:7]))}
        if previous:
            params["PREVIOUS"] = previous
        previous = run_alg("landplan:countyassessment", params)[0]["OUTPUT"]
    parcels = run_alg("landplan:taskprogress", {
        "TASKS": layer("tasks_2025"), "BASELINE": layer("run_2024"), "CURRENT": layer("run_2025q4"),
        "TASK_ZONE_FIELD": "县区", "PARCEL_ID_FIELD": "宗地编号", "ZONE_FIELD": "县区", "AS_OF": "2025-12-31",
        "OUTPUT_PARCELS": str(tmp_path / "parcels.gpkg")})[0]["OUTPUT_PARCELS"]
    res, fb = run_alg(ALG, {"ASSESSMENT": previous, "TASK_PARCELS": parcels, "AS_OF": "2025-12-31",
                            "OUTPUT_DOCX": str(tmp_path / "q4.docx"), "OUTPUT_PDF": str(tmp_path / "q4.pdf")})
    assessed = {f["ca_county"]: f for f in QgsVectorLayer(previous, "a", "ogr").getFeatures()}
    paragraphs, tables, doc = docx_text(res["OUTPUT_DOCX"])
    text = "\n".join(paragraphs)
    ranking = {r[1]: r for r in tables[0][1:-1]}
    assert set(ranking) == set(assessed)
    for county, f in assessed.items():
        assert ranking[county][2:5] == ["%.2f" % f["ca_task_mu"], "%.2f" % f["ca_done_mu"], "%.1f" % f["ca_donepct"]]
    talked = [c for c, f in assessed.items() if f["ca_talk"] == 1]
    assert talked and all(c in text for c in talked) and "约谈" in text
    annex = {r[0]: r for r in tables[-1][1:]}
    for county, f in assessed.items():
        if f["ca_yearend"] == 1 and f["ca_cut_ha"]:
            assert annex[county][3] == "%.2f" % f["ca_cut_ha"] and f["ca_conseq"] in annex[county][2]
    assert len(doc.inline_shapes) == 2
    flat = re.sub(r"\s+", "", pdf_text(res["OUTPUT_PDF"]))
    assert all(re.sub(r"\s+", "", p) in flat for p in paragraphs if p.strip())


def test_inputs_as_tables_without_geometry(qgis_app, tmp_path):
    """The assessment as a GBK CSV saved from Excel (numbers as text) and the parcel changes as a
    table without geometry: the per-kind table is written, the map is left out, nothing fails."""
    csv_path = tmp_path / "考核.csv"
    lines = [",".join(name for name, _k in FIELDS)]
    for row in ASSESSMENT:
        lines.append(",".join("" if v is None else str(v) for v in row))
    csv_path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    table = tmp_path / "parcels.csv"
    table.write_text("zone,kind,change,area_mu\n" + "\n".join("%s,%s,%s,%s" % p for p in PARCELS) + "\n",
                     encoding="utf-8")
    res, fb = run_alg(ALG, {"ASSESSMENT": str(csv_path), "TASK_PARCELS": str(table), "AS_OF": "2025-12-31",
                            "OUTPUT_DOCX": str(tmp_path / "t.docx"), "OUTPUT_PDF": str(tmp_path / "t.pdf")})
    paragraphs, tables, doc = docx_text(res["OUTPUT_DOCX"])
    assert [r[1] for r in tables[0][1:]] == ["丙县", "乙区", "甲县", "合计"]
    assert tables[0][-1][2:5] == ["2400.00", "1690.00", "70.4"]
    kinds = {(r[0], r[1]): r[2:] for r in tables[1][1:]}
    assert kinds[("合计", "低效")] == ["16.00", "0.00", "2.50"]
    assert len(doc.inline_shapes) == 1  # the chart; no map without geometry


def test_an_output_that_cannot_be_written_stops_the_run_by_name(qgis_app, tmp_path):
    """Qt's PDF writer fails silently (a missing folder; on Windows a PDF open in a reader), and a
    stale PDF of an earlier run must not pass for this one: the run stops and names the file."""
    stale = tmp_path / "通报.pdf"
    stale.write_bytes(b"%PDF-1.4 an earlier run")
    params = {"ASSESSMENT": write_assessment(tmp_path / "a.gpkg"), "AS_OF": "2025-06-30", "OUTPUT_DOCX": "",
              "OUTPUT_PDF": str(stale)}
    res, _ = run_alg(ALG, params)
    assert stale.read_bytes()[:5] == b"%PDF-" and b"an earlier run" not in stale.read_bytes()
    busy = tmp_path / "被占用.pdf"
    busy.mkdir()  # stands for a file another program holds: it cannot be replaced
    with pytest.raises(QgsProcessingException, match="被占用.pdf could not be written"):
        run_alg(ALG, dict(params, OUTPUT_PDF=str(busy)))
    missing = tmp_path / "无此文件夹" / "通报.pdf"
    with pytest.raises(QgsProcessingException, match="通报.pdf could not be written"):
        run_alg(ALG, dict(params, OUTPUT_PDF=str(missing)))


def test_a_cancelled_run_writes_no_bulletin(qgis_app, tmp_path):
    import processing
    from helpers import CancelAfter
    from qgis.core import QgsProcessingContext
    docx, pdf = str(tmp_path / "b.docx"), str(tmp_path / "b.pdf")
    fb = CancelAfter(40)
    processing.run(ALG, {"ASSESSMENT": write_assessment(tmp_path / "a.gpkg"), "TASK_PARCELS": write_parcels(
        tmp_path / "p.gpkg"), "OUTPUT_DOCX": docx, "OUTPUT_PDF": pdf}, context=QgsProcessingContext(), feedback=fb)
    assert fb.cancelled_at is not None
    assert not os.path.exists(docx) and not os.path.exists(pdf)

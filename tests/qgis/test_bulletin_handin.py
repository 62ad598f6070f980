"""The 季度通报 in the hand-in folder and in the quarterly model: given a county assessment the
folder gets 季度通报.docx and .pdf; without python-docx the folder is still written, with the PDF,
and the log and the list name the Word file as skipped."""
import os
import subprocess
import sys

from conftest import REPO, run_alg
from qgis.core import QgsApplication, QgsProcessingContext
from test_model_batch import check_handin_folder, uri
from test_quarterly_bulletin import docx_text, pdf_text, write_assessment, write_parcels

from landplan_plugin.core.ledger import BULLETIN_SKIPPED, HANDIN_OPTIONAL_FILES, MANIFEST_NAME


def handin_params(demo_gpkg, folder, assessment, parcels=None):
    params = {"parcels": uri(demo_gpkg, "parcels"), "zones": uri(demo_gpkg, "zones"),
              "landuse": uri(demo_gpkg, "landuse"), "approvals": uri(demo_gpkg, "approvals"),
              "supplies": uri(demo_gpkg, "supplies"), "as_of": "2025-12-31", "standard": "puyang_other",
              "ASSESSMENT": assessment, "ISSUER": "演示市节约集约用地工作领导小组办公室", "OUTPUT_FOLDER": folder}
    if parcels:
        params["TASK_PARCELS"] = parcels
    return params


def test_model_has_the_bulletin_step(qgis_app):
    alg = QgsApplication.processingRegistry().algorithmById("landplan:landplan_quarterly")
    steps = {c.childId(): c.algorithmId() for c in alg.childAlgorithms().values()}
    assert steps["bulletin"] == "landplan:quarterlybulletin" and steps["has_assessment"] == "native:condition"
    assert {"assessment", "task_parcels", "issuer"} <= {p.name() for p in alg.parameterDefinitions()}


def test_handin_folder_gets_the_bulletin(qgis_app, demo_gpkg, tmp_path):
    folder = str(tmp_path / "上报材料")
    res, fb = run_alg("landplan:handin", handin_params(demo_gpkg, folder, write_assessment(tmp_path / "a.gpkg"),
                                                       write_parcels(tmp_path / "p.gpkg")),
                      context=QgsProcessingContext())
    check_handin_folder(folder, demo_gpkg)
    paragraphs, tables, doc = docx_text(os.path.join(folder, "季度通报.docx"))
    assert paragraphs[0] == "演示市节约集约用地工作领导小组办公室"
    assert "关于2025年第四季度存量土地盘活工作情况的通报" in paragraphs and len(doc.inline_shapes) == 2
    assert "2025年第四季度" in pdf_text(os.path.join(folder, "季度通报.pdf")).replace(" ", "")
    manifest = open(os.path.join(folder, MANIFEST_NAME), encoding="utf-8-sig").read()
    for fname, label in HANDIN_OPTIONAL_FILES.values():
        assert "%s\t%s" % (fname, label) in manifest
    assert "未生成" not in manifest
    raw = open(os.path.join(folder, MANIFEST_NAME), "rb").read()  # Windows line ends wherever it was made
    assert raw.count(b"\r\n") == manifest.count("\n") > 5 and b"\n" not in raw.replace(b"\r\n", b"")


def test_handin_without_python_docx_skips_the_bulletin_and_says_so(qgis_app, demo_gpkg, tmp_path):
    blocker = tmp_path / "block" / "docx"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError(\"No module named 'docx'\")\n")
    folder = str(tmp_path / "上报材料")
    params = handin_params(demo_gpkg, folder, write_assessment(tmp_path / "a.gpkg"))
    script = tmp_path / "run.py"
    script.write_text(
        "import sys, os\n"
        "sys.path.insert(0, %r)\n"
        "sys.path.insert(0, os.path.join(%r, 'scripts'))\n"
        "import qgis_env\n"
        "qgis_env.start()\n"
        "import processing\n"
        "fb = qgis_env.LogFeedback.make()\n"
        "res = processing.run('landplan:handin', %r, feedback=fb)\n"
        "print('FOLDER:', res['OUTPUT_FOLDER'], flush=True)\n"
        "os._exit(0)\n" % (str(tmp_path / "block"), REPO, params))
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, LANDPLAN_LOCALE="en"))
    assert "FOLDER: " + folder in proc.stdout, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "Quarterly bulletin in Word skipped (the PDF is written): python-docx is not installed" in proc.stdout
    assert "python -m pip install python-docx" in proc.stdout
    check_handin_folder(folder, demo_gpkg)
    # the PDF needs no python-docx
    assert [f for f in os.listdir(folder) if f.startswith("季度通报")] == ["季度通报.pdf"]
    pdf = pdf_text(os.path.join(folder, "季度通报.pdf")).replace(" ", "")
    assert "关于2025年第四季度存量土地盘活工作情况的通报" in pdf
    manifest = open(os.path.join(folder, MANIFEST_NAME), encoding="utf-8-sig").read()
    assert "未生成：\n" + BULLETIN_SKIPPED in manifest


def test_model_writes_the_bulletin_of_its_own_assessment(qgis_app, demo_gpkg, tmp_path):
    """tasks + baseline (+ plan) given and the bulletin outputs named: the model's 县（区）考核 feeds the
    bulletin (with the task step's parcel changes for the map); the other branch writes nothing."""
    from helpers import read_layer
    from test_plans_model import _base_params, lyr
    baseline = str(tmp_path / "baseline.gpkg")
    scored, _ = run_alg("landplan:scoreinefficiency", {"INPUT": lyr(demo_gpkg, "parcels_2024"), "STANDARD": 1,
                                                       "STATUS_FIELD": "生产状态", "OUTPUT": "TEMPORARY_OUTPUT"})
    run_alg("landplan:flagidleland", {"INPUT": scored["OUTPUT"], "AS_OF": "2024-12-31", "OUTPUT": baseline})
    params = _base_params(demo_gpkg, tmp_path)
    params.update({"plan": lyr(demo_gpkg, "supply_plan_2025"), "plan_supplies": lyr(demo_gpkg, "supplies_2025"),
                   "tasks": lyr(demo_gpkg, "disposal_tasks"), "baseline": baseline, "issuer": "演示办公室",
                   "assess:county_assessment": str(tmp_path / "assessment.gpkg"),
                   "bulletin_plan:bulletin_docx": str(tmp_path / "通报.docx"),
                   "bulletin_plan:bulletin_pdf": str(tmp_path / "通报.pdf"),
                   "bulletin_noplan:bulletin_docx": str(tmp_path / "other.docx")})
    res, fb = run_alg("landplan:landplan_quarterly", params, context=QgsProcessingContext())
    assessed = {r["ca_county"] for r in read_layer(str(tmp_path / "assessment.gpkg"))[1]}
    paragraphs, tables, doc = docx_text(str(tmp_path / "通报.docx"))
    assert paragraphs[0] == "演示办公室" and "关于2025年第四季度存量土地盘活工作情况的通报" in paragraphs
    assert {r[1] for r in tables[0][1:-1]} == assessed
    assert len(doc.inline_shapes) == 2  # chart and the map of the task step's parcel changes
    assert os.path.getsize(tmp_path / "通报.pdf") > 0 and not os.path.exists(tmp_path / "other.docx")

"""The shipped quarterly model end to end on the demo data, and one algorithm in batch."""
import os

import pytest
from conftest import run_alg
from helpers import read_layer
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

MODEL_ID = "landplan:landplan_quarterly"


def L(path, name):
    return "%s|layername=%s" % (path, name)


def test_model_is_in_the_provider(qgis_app):
    alg = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert alg is not None, "the provider should ship resources/models/landplan_quarterly.model3"
    ok, errors = alg.validate() if hasattr(alg, "validate") else (True, [])
    assert ok, errors
    children = {c.algorithmId() for c in alg.childAlgorithms().values()}
    assert {"landplan:scoreinefficiency", "landplan:flagidleland", "landplan:flagunsupplied",
            "landplan:zoneindustrialshare", "landplan:exportflagged", "landplan:zonereport"} <= children


def test_model_shows_in_chinese_words_in_a_chinese_qgis(qgis_app):
    """The toolbox shows the model as 季度评价模型 under 季度评价 — not its id or an English group —
    and a dialog's copy of it (createInstance) keeps the words and the children."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    qm = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                      "landplan_plugin", "i18n", "landplan_zh_Hans.qm")
    translator = QTranslator()
    assert translator.load(qm)
    QCoreApplication.installTranslator(translator)
    try:
        alg = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
        for a in (alg, alg.create()):
            assert (a.displayName(), a.group(), a.groupId()) == ("季度评价模型", "季度评价", "quarterly")
            assert a.id() == MODEL_ID and len(a.childAlgorithms()) == len(alg.childAlgorithms())
    finally:
        QCoreApplication.removeTranslator(translator)


def test_quarterly_model_end_to_end_on_demo(qgis_app, demo_gpkg, tmp_path):
    params = {
        "parcels": L(demo_gpkg, "parcels"), "zones": L(demo_gpkg, "zones"), "landuse": L(demo_gpkg, "landuse"),
        "landuse_code": "DLBM", "approvals": L(demo_gpkg, "approvals"), "supplies": L(demo_gpkg, "supplies"),
        "as_of": "2025-12-31", "standard": 1,
        "idle:parcels_checked": str(tmp_path / "parcels_checked.gpkg"),
        "unsupplied:unsupplied": str(tmp_path / "unsupplied.gpkg"),
        "zone:zones_checked": str(tmp_path / "zones.gpkg"),
        "export:flagged_shp": str(tmp_path / "flagged.shp"),
        "export:ledger": str(tmp_path / "ledger.xlsx"),
        "report:report_pdf": str(tmp_path / "report.pdf"),
        "report:overview_png": str(tmp_path / "overview.png"),
    }
    res, fb = run_alg(MODEL_ID, params, context=QgsProcessingContext())
    for name in ("parcels_checked.gpkg", "unsupplied.gpkg", "zones.gpkg", "flagged.shp", "flagged.cpg",
                 "ledger.xlsx", "report.pdf", "overview.png"):
        assert os.path.getsize(tmp_path / name) > 0, name
    _, parcels = read_layer(str(tmp_path / "parcels_checked.gpkg"))
    assert len(parcels) == QgsVectorLayer(L(demo_gpkg, "parcels"), "p", "ogr").featureCount()
    assert {"ie_flag", "idle_flag"} <= set(parcels[0])
    zones = QgsVectorLayer(str(tmp_path / "zones.gpkg"), "z", "ogr")
    assert zones.featureCount() == 3
    flagged = QgsVectorLayer(str(tmp_path / "flagged.shp"), "f", "ogr")
    ids = {f["宗地编号"] for f in flagged.getFeatures()}
    expected = {r["宗地编号"] for r in parcels if r["ie_flag"] == 1 or r["idle_flag"] == 1}
    assert expected and expected <= ids                     # plus the 标准地未达标 parcels (demo commitments)
    kinds = {k for f in flagged.getFeatures() for k in str(f["lp_kind"]).split("、")}
    assert kinds == {"低效工业用地", "闲置土地", "标准地未达标"}  # no scheme, no built-up layer: not checked


def test_quarterly_model_with_every_optional_check(qgis_app, demo_gpkg, tmp_path):
    """permu_scheme, builtup and buildings given: 亩均D类 and 疑似违法占地 reach the ledger, the zones carry
    the 标准地履约 / 疑似违法占地 lines and the evaluation, and the report has an evaluation page per zone."""
    import shutil
    import subprocess
    import openpyxl
    from conftest import REPO
    params = {
        "parcels": L(demo_gpkg, "parcels"), "zones": L(demo_gpkg, "zones"), "landuse": L(demo_gpkg, "landuse"),
        "landuse_code": "DLBM", "approvals": L(demo_gpkg, "approvals"), "supplies": L(demo_gpkg, "supplies"),
        "as_of": "2025-12-31", "standard": 1, "builtup": L(demo_gpkg, "builtup_change"), "builtup_code": "DLBM",
        "buildings": L(demo_gpkg, "buildings_survey"), "permu_group": "规模",
        "permu_scheme": os.path.join(REPO, "resources", "schemes", "rank_25_70_95.json"),
        "idle:parcels_checked": str(tmp_path / "parcels_checked.gpkg"),
        "unsupplied:unsupplied": str(tmp_path / "unsupplied.gpkg"),
        "zone:zones_checked": str(tmp_path / "zones.gpkg"),
        "export:flagged_shp": str(tmp_path / "flagged.shp"),
        "export:ledger": str(tmp_path / "ledger.xlsx"),
        "report:report_pdf": str(tmp_path / "report.pdf"),
        "report:overview_png": str(tmp_path / "overview.png"),
    }
    run_alg(MODEL_ID, params, context=QgsProcessingContext())
    wb = openpyxl.load_workbook(str(tmp_path / "ledger.xlsx"))
    rows = [r[1:] for r in wb["台账"].iter_rows(min_row=4, values_only=True)
            if isinstance(r[0], int)]  # the cells after 序号
    types = {t for r in rows for t in str(r[3] or "").split("；")}
    assert {"标准地未达标", "疑似违法占地", "亩均D类"} <= types, types
    assert any(r[3] == "疑似违法占地" and r[1] for r in rows)        # its zone from ua_zone
    assert len(wb.sheetnames) == 3                                    # 汇总, 台账, the zone evaluation table
    _, zones = read_layer(str(tmp_path / "zones.gpkg"))
    assert all(z["cm_card"] and z["ua_card"] for z in zones)
    assert sum(z["ua_n"] for z in zones) == sum(1 for r in rows if "疑似违法占地" in str(r[3]))
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "report.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert text.count("开发区土地集约利用评价") >= 3 and "集约度：" in text
        assert "疑似违法占地：" in text and "亩均效益等级" in text and "标准地履约" in text


def test_batch_over_several_layers_equals_one_run(qgis_app, demo_gpkg, tmp_path):
    """The batch dialog runs one algorithm instance over rows of inputs; split the demo parcels by
    zone, score each in turn with the same instance, and compare with scoring them all at once."""
    import processing
    whole = str(tmp_path / "whole.gpkg")
    run_alg("landplan:scoreinefficiency", {"INPUT": L(demo_gpkg, "parcels"), "STANDARD": 1, "OUTPUT": whole})
    _, all_rows = read_layer(whole)
    expected = {r["宗地编号"]: (r["ie_flag"], r["ie_reason"]) for r in all_rows}
    parcels = QgsVectorLayer(L(demo_gpkg, "parcels"), "p", "ogr")
    zones = sorted({f["所在园区"] for f in parcels.getFeatures()})
    assert len(zones) == 3
    alg = QgsApplication.processingRegistry().createAlgorithmById("landplan:scoreinefficiency")
    got = {}
    for i, zone in enumerate(zones):
        part = str(tmp_path / ("zone%d.gpkg" % i))
        run_alg("native:extractbyattribute", {"INPUT": L(demo_gpkg, "parcels"), "FIELD": "所在园区", "OPERATOR": 0,
                                              "VALUE": zone, "OUTPUT": part})
        out = str(tmp_path / ("scored%d.gpkg" % i))
        processing.run(alg, {"INPUT": part, "STANDARD": 1, "OUTPUT": out}, context=QgsProcessingContext(),
                       feedback=QgsProcessingFeedback())
        _, rows = read_layer(out)
        got.update({r["宗地编号"]: (r["ie_flag"], r["ie_reason"]) for r in rows})
    assert got == expected


def check_handin_folder(folder, demo_gpkg):
    """Every file of the hand-in folder exists, is non-empty and opens as what it is."""
    import openpyxl
    from osgeo import ogr
    from qgis.PyQt.QtGui import QImage
    from landplan_plugin.core.ledger import HANDIN_FILES, MANIFEST_NAME
    names = set(os.listdir(folder))
    for fname, _label in HANDIN_FILES.values():
        assert fname in names and os.path.getsize(os.path.join(folder, fname)) > 0, fname
    for ext in (".dbf", ".shx", ".prj", ".cpg", ".qml"):
        assert "flagged_parcels" + ext in names, ext
    assert "flagged_parcels_fields.csv" in names and MANIFEST_NAME in names
    for gpkg, n in (("parcels_checked.gpkg", QgsVectorLayer(L(demo_gpkg, "parcels"), "p", "ogr").featureCount()),
                    ("zones_checked.gpkg", 3)):
        ds = ogr.Open(os.path.join(folder, gpkg))
        assert ds is not None and ds.GetLayer(0).GetFeatureCount() == n, gpkg
        ds = None
    shp = QgsVectorLayer(os.path.join(folder, "flagged_parcels.shp"), "f", "ogr")
    assert shp.isValid() and shp.featureCount() > 0
    wb = openpyxl.load_workbook(os.path.join(folder, "台账.xlsx"))
    assert wb.sheetnames[:2] == ["汇总", "台账"]
    ledger_rows = [r[1:] for r in wb["台账"].iter_rows(min_row=4, values_only=True)
                   if isinstance(r[0], int)]  # the cells after 序号
    assert len(ledger_rows) == shp.featureCount() and all(r[6] is not None for r in ledger_rows)  # 完成时限 filled
    assert "2025-12-31" in wb["台账"]["A2"].value
    with open(os.path.join(folder, "园区报告.pdf"), "rb") as fh:
        pdf = fh.read()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") == 6  # per zone: map page + evaluation page
    assert not QImage(os.path.join(folder, "overview.png")).isNull()
    manifest = open(os.path.join(folder, MANIFEST_NAME), encoding="utf-8-sig").read()
    assert "基准日期：2025-12-31" in manifest and all(f in manifest for f, _l in HANDIN_FILES.values())


def test_handin_folder_in_one_run(qgis_app, demo_gpkg, tmp_path):
    folder = str(tmp_path / "上报材料")
    res, fb = run_alg("landplan:handin", {
        "parcels": L(demo_gpkg, "parcels"), "zones": L(demo_gpkg, "zones"), "landuse": L(demo_gpkg, "landuse"),
        "approvals": L(demo_gpkg, "approvals"), "supplies": L(demo_gpkg, "supplies"), "as_of": "2025年12月31日",
        "standard": "puyang_other", "EXTRA_TABLES": [L(demo_gpkg, "zones")], "OUTPUT_FOLDER": folder},
        context=QgsProcessingContext())
    assert res["OUTPUT_FOLDER"] == folder
    check_handin_folder(folder, demo_gpkg)
    import openpyxl
    wb = openpyxl.load_workbook(os.path.join(folder, "台账.xlsx"))
    # the extra table, then the zone evaluation
    assert wb.sheetnames[:3] == ["汇总", "台账", "zones"] and len(wb.sheetnames) == 4
    assert wb["zones"].max_row == 2 + 3 + 2   # title, header, 3 rows, a blank row and the 填报单位 line


def test_handin_folder_through_qgis_process(qgis_app, tmp_path, demo_gpkg):
    """The installed zip in qgis_process: one command gives the whole hand-in folder."""
    import json
    import subprocess
    from test_package import QGIS_PROCESS, _profile_env
    if not os.path.exists(QGIS_PROCESS):
        pytest.skip("qgis_process.bin not installed")
    zip_path = _build_zip(tmp_path)
    env = _profile_env(tmp_path, zip_path)
    folder = str(tmp_path / "handin")
    args = ["parcels=" + L(demo_gpkg, "parcels"), "zones=" + L(demo_gpkg, "zones"),
            "landuse=" + L(demo_gpkg, "landuse"), "approvals=" + L(demo_gpkg, "approvals"),
            "supplies=" + L(demo_gpkg, "supplies"), "as_of=2025-12-31", "standard=puyang_other",
            "OUTPUT_FOLDER=" + folder]
    proc = subprocess.run([QGIS_PROCESS, "--json", "run", "landplan:handin", "--"] + args, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert json.loads(proc.stdout)["results"]["OUTPUT_FOLDER"] == folder
    check_handin_folder(folder, demo_gpkg)


def _build_zip(tmp_path):
    import subprocess
    import sys
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    subprocess.run([sys.executable, os.path.join(repo, "scripts", "package.py"), "--build", str(tmp_path / "b"),
                    "--dist", str(tmp_path / "d")], check=True, capture_output=True)
    return str(tmp_path / "d" / "landplan_plugin.zip")

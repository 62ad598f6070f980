"""The Qt6 / QGIS 4 readiness check (scripts/qt6_check.py): it flags each pattern, passes the
scoped forms that work on QGIS 3.22 … 4, and finds nothing in the plugin and its QGIS scripts."""
import importlib.util
import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_spec = importlib.util.spec_from_file_location("qt6_check", os.path.join(REPO, "scripts", "qt6_check.py"))
qt6_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(qt6_check)

HAVE_QGIS = qt6_check._module("qgis.core") is not None

CORE = "from qgis.core import QgsProcessing, QgsWkbTypes, QgsFeatureSink, QgsUnitTypes, Qgis, QgsLayoutExporter\n"
QT = "from qgis.PyQt.QtCore import Qt, QVariant, QDateTime\nfrom qgis.PyQt.QtGui import QFontMetrics, QImage\n"

#: (snippet, rule, text the replacement must contain)
BAD = [
    ("if not (definition.flags() & definition.FlagOptional):\n    pass", "enum-moved",
     "Qgis.ProcessingParameterFlag.Optional"),
    (CORE + "t = QgsProcessing.TypeVectorPolygon", "enum-moved", "Qgis.ProcessingSourceType.VectorPolygon"),
    (CORE + "t = [QgsProcessing.SourceType.TypeVectorPolygon]", "enum-moved",
     "Qgis.ProcessingSourceType.VectorPolygon"),
    (CORE + "w = QgsWkbTypes.Polygon", "enum-moved", "Qgis.WkbType.Polygon"),
    (CORE + "w = QgsWkbTypes.Type.Polygon", "enum-moved", "Qgis.WkbType.Polygon"),
    (CORE + "g = QgsWkbTypes.PolygonGeometry", "enum-moved", "Qgis.GeometryType.Polygon"),
    (CORE + "u = QgsUnitTypes.LayoutMillimeters", "enum-moved", "Qgis.LayoutUnit.Millimeters"),
    (CORE + "u = QgsUnitTypes.LayoutUnit.LayoutMillimeters", "enum-moved", "Qgis.LayoutUnit.Millimeters"),
    (CORE + "e = QgsWkbTypes.Type", "enum-moved", "Qgis.WkbType"),
    (QT + "t = QVariant.Double", "qvariant-type", '"double"'),
    (QT + "t = QVariant.Type.String", "qvariant-type", "QMetaType.Type.QString"),
    (QT + "t = QVariant.UInt", "qvariant-type", '"uint"'),
    (QT + "v = QVariant()", "qvariant-null", "None"),
    (QT + "v = QVariant(QVariant.Int)", "qvariant-null", "NULL"),
    ("dialog.exec_()", "exec_", ".exec()"),
    ("class D:\n    def exec_(self):\n        pass", "exec_", "def exec"),
    ("from qgis.PyQt.QtCore import QRegExp\nr = QRegExp('a+')", "QRegExp", "QRegularExpression"),
    ("from . import resources_rc  # noqa", "resources_rc", "files by path"),
    ("import resources_rc", "resources_rc", "files by path"),
    ("from qgis.PyQt.QtWidgets import QDesktopWidget\nw = QDesktopWidget()", "QDesktopWidget", "QScreen"),
    ("from qgis.PyQt.QtWidgets import QApplication\ns = QApplication.desktop()", "QDesktopWidget", "primaryScreen"),
    (QT + "n = QFontMetrics(font).width('宗地')", "QFontMetrics.width", "horizontalAdvance"),
    ("from PyQt5.QtCore import Qt", "import", "from qgis.PyQt.QtCore import Qt"),
    ("from PyQt5 import QtGui", "import", "from qgis.PyQt import QtGui"),
    ("import PyQt5.QtWidgets", "import", "qgis.PyQt"),
    ("import sip", "import", "from qgis.PyQt import sip"),
    ("from qgis.PyQt.QtWidgets import QAction, QMenu", "QtGui", "compat import QAction"),
    ("from qgis.core import QgsProcessing as P\nt = P.TypeVectorPolygon", "enum-moved",
     "Qgis.ProcessingSourceType.VectorPolygon"),
    # what Qt 6 removed outright (no scoped form to move to)
    ("from qgis.PyQt.QtWebKitWidgets import QWebView", "qt6-removed", "QTextBrowser"),
    ("from qgis.PyQt import QtWebKit", "qt6-removed", "QTextBrowser"),
    ("import qgis.PyQt.QtXmlPatterns", "qt6-removed", "xml"),
    ("from qgis.PyQt.QtGui import QFontDatabase\nfamilies = QFontDatabase().families()", "qt6-removed",
     "QFontDatabase.families()"),
    ("from qgis.PyQt.QtCore import QTextCodec\ntext = QTextCodec.codecForName('GBK').toUnicode(raw)",
     "qt6-removed", "bytes.decode"),
    ("from qgis.PyQt.QtGui import QRegExpValidator\nv = QRegExpValidator(None)", "qt6-removed",
     "QRegularExpressionValidator"),
    (QT + "b = Qt.MidButton", "qt6-removed", "Qt.MouseButton.MiddleButton"),
    (QT + "b = Qt.MouseButton.MidButton", "qt6-removed", "Qt.MouseButton.MiddleButton"),
    (QT + "s = d.toString(Qt.SystemLocaleShortDate)", "qt6-removed", "QLocale.FormatType.ShortFormat"),
    (QT + "s = d.toString(Qt.DateFormat.DefaultLocaleLongDate)", "qt6-removed", "QLocale"),
    ("stream.setCodec('UTF-8')", "qt6-removed", "setEncoding"),
    ("writer.setPageSizeMM(size)", "qt6-removed", "QPageSize"),
    # ints where PyQt6 wants the enum member
    ("background.setStrokeStyle(0)  # Qt.NoPen", "enum-int", "Qt.PenStyle.NoPen"),
    ("layer.setBrushStyle(0)", "enum-int", "Qt.BrushStyle"),
    ("label.setAlignment(4)", "enum-int", "Qt.AlignmentFlag"),
    ("fmt.setSizeUnit(-1)", "enum-int", "compat"),
]
#: unscoped Qt / QGIS enums: found by asking the running PyQt / QGIS
BAD_INTROSPECTED = [
    (QT + "a = Qt.AlignLeft | Qt.AlignVCenter", "enum-unscoped", "Qt.AlignmentFlag.AlignLeft"),
    (CORE + "f = QgsFeatureSink.FastInsert", "enum-unscoped", "QgsFeatureSink.Flag.FastInsert"),
    (CORE + "ok = r == QgsLayoutExporter.Success", "enum-unscoped", "QgsLayoutExporter.ExportResult.Success"),
    (QT + "f = QImage.Format_ARGB32", "enum-unscoped", "QImage.Format.Format_ARGB32"),
    ("from qgis.PyQt.QtGui import QPainter\nh = QPainter.Antialiasing", "enum-unscoped",
     "QPainter.RenderHint.Antialiasing"),
    ("from qgis.core import QgsMapLayer\nc = QgsMapLayer.Symbology", "enum-unscoped",
     "QgsMapLayer.StyleCategory.Symbology"),
    (CORE + "level = Qgis.Critical", "enum-unscoped", "Qgis.MessageLevel.Critical"),
    ("from qgis.core import *\nf = QgsFeatureSink.FastInsert", "enum-unscoped", "QgsFeatureSink.Flag.FastInsert"),
    ("from qgis.PyQt.QtCore import Qt as Q\na = Q.AlignLeft", "enum-unscoped", "Q.AlignmentFlag.AlignLeft"),
]
GOOD = (QT + CORE + "from .. import compat\n"
        "a = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter\n"
        "f = QgsFeatureSink.Flag.FastInsert\n"
        "ok = r == QgsLayoutExporter.ExportResult.Success\n"
        "s = QgsLayoutExporter.PdfExportSettings()\n"
        "v = Qgis.QGIS_VERSION_INT\n"
        "level = Qgis.MessageLevel.Critical\n"
        "t = compat.SOURCE_POLYGON\n"
        "field = compat.new_field('a', 'double')\n"
        "w = rect.width() + QImage.Format.Format_ARGB32\n"
        "dialog.exec()\n"
        "value = None\n"
        "q = QgsProcessing.TEMPORARY_OUTPUT\n"
        "r = QgsWkbTypes.geometryType(x)\n"
        "s = QgsUnitTypes.toString(y)\n"
        "x = QVariant.Double  # qt6-ok: a reviewed exception\n"
        "from qgis.PyQt.QtGui import QFontDatabase, QPageSize\n"
        "families = QFontDatabase.families()\n"
        "b = Qt.MouseButton.MiddleButton\n"
        "s = d.toString(Qt.DateFormat.ISODate)\n"
        "writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))\n"
        "background.setStrokeStyle(Qt.PenStyle.NoPen)\n"
        "label.setAlignment(Qt.AlignmentFlag.AlignLeft)\n"
        "item.setOrientation(orientation)\n"
        "button.setCursor(True)\n")


#: Windows: checked in the plugin's own modules
WINDOWS = [
    ("import os\nos.system('cp a b')", "windows", "no shell"),
    ("import subprocess\nsubprocess.run('ls', shell=True)", "windows", "without a shell"),
    ("out = '/tmp/landplan.gpkg'", "windows", "tempfile"),
    ("with open(path, 'w') as f:\n    pass", "windows", 'encoding="utf-8"'),
    ("text = open(path).read()", "windows", 'encoding="utf-8"'),
    ("import io\nf = io.open(path, 'a')", "windows", 'encoding="utf-8"'),
    ("text = pathlib.Path(path).read_text()", "windows", 'read_text(…, encoding="utf-8")'),
    ("folder.joinpath('清单.txt').write_text(text)", "windows", 'write_text(…, encoding="utf-8")'),
]


@pytest.mark.parametrize("source, rule, replacement", WINDOWS)
def test_posix_only_calls_and_paths_are_flagged_in_the_plugin(source, rule, replacement):
    found = qt6_check.check_source(source, "landplan_plugin/algorithms/x.py", flake8=False)
    assert any(f.rule == rule and replacement in f.replacement for f in found), found
    assert not qt6_check.check_source(source, "scripts/x.py", flake8=False)  # developer tools run on Linux


def test_portable_file_handling_passes():
    source = ("import os, tempfile\nwith open(p, 'rb') as f:\n    pass\n"
              "with open(p, 'w', encoding='utf-8', newline='') as f:\n    pass\n"
              "d = tempfile.mkdtemp(prefix='landplan-')\nq = os.path.join(d, '报告.pdf')\n"
              "t = pathlib.Path(q).read_text(encoding='utf-8') + pathlib.Path(q).read_text('gbk')\n"
              "pathlib.Path(q).write_text(t, encoding='utf-8-sig')\n")
    assert qt6_check.check_source(source, "landplan_plugin/output/x.py") == []


@pytest.mark.parametrize("source, rule, replacement", BAD, ids=[b[1] + "-%d" % i for i, b in enumerate(BAD)])
def test_each_pattern_is_flagged_with_its_replacement(source, rule, replacement):
    found = qt6_check.check_source(source, "bad.py", flake8=False)
    assert [f.rule for f in found].count(rule) >= 1, found
    assert any(replacement in f.replacement for f in found if f.rule == rule), found


@pytest.mark.skipif(not HAVE_QGIS, reason="needs QGIS's Python to ask which enum a member belongs to")
@pytest.mark.parametrize("source, rule, replacement", BAD_INTROSPECTED)
def test_unscoped_enums_of_any_qt_or_qgis_class_are_flagged(source, rule, replacement):
    found = qt6_check.check_source(source, "bad.py", flake8=False)
    assert any(f.rule == rule and replacement in f.replacement for f in found), found


def test_scoped_forms_that_work_on_qgis_3_22_and_4_pass():
    assert qt6_check.check_source(GOOD, "good.py") == []


def test_messages_name_the_file_line_pattern_and_replacement():
    found = qt6_check.check_source("x = 1\n" + CORE + "t = QgsProcessing.TypeVector\n",
                                   "landplan_plugin/algorithms/x.py", flake8=False)
    assert len(found) == 1
    text = str(found[0])
    assert text.startswith("landplan_plugin/algorithms/x.py:3: [enum-moved] QgsProcessing.TypeVector -> "), text
    assert "Qgis.ProcessingSourceType.Vector " in text and "compat" in text


def test_the_moved_enum_table_is_read_from_qgis_monkey_patches(tmp_path):
    init = tmp_path / "__init__.py"
    init.write_text("QgsProcessing.SourceType = Qgis.ProcessingSourceType\n"
                    "QgsProcessing.TypeRaster = Qgis.ProcessingSourceType.Raster\n"
                    "QgsProcessing.SourceType.TypeRaster = Qgis.ProcessingSourceType.Raster\n"
                    "QgsProcessing.TypeRaster.is_monkey_patched = True\n"
                    "QgsProcessing.TypeRaster.__doc__ = \"Raster layers\"\n")
    assert qt6_check.table_from_qgis([str(init)]) == {
        "QgsProcessing.SourceType": "Qgis.ProcessingSourceType",
        "QgsProcessing.TypeRaster": "Qgis.ProcessingSourceType.Raster",
        "QgsProcessing.SourceType.TypeRaster": "Qgis.ProcessingSourceType.Raster"}
    table = qt6_check.load_table()
    assert len(table) > 1000
    assert table["QgsWkbTypes.Type"] == "Qgis.WkbType"


def test_flake8_qgis_adds_its_qt6_rules():
    pytest.importorskip("flake8_qgis")
    found = qt6_check.check_source(QT + "d = QDateTime(2024, 1, 1, 0, 0, 0, 0, 0)\n", "bad.py")
    assert [f.rule for f in found] == ["QGS411"], found
    # its QVariant rule repeats ours on the same line: reported once
    found = qt6_check.check_source(QT + "t = QVariant.Double\n", "bad.py")
    assert [f.rule for f in found] == ["qvariant-type"], found


def test_the_plugin_and_its_qgis_scripts_have_no_findings():
    paths = qt6_check.default_paths()
    assert any(p.endswith(os.path.join("algorithms", "score_inefficiency.py")) for p in paths)
    assert any(p.endswith(os.path.join("scripts", "run_demo.py")) for p in paths)
    found = qt6_check.check_paths(paths, introspect=HAVE_QGIS)
    assert not found, "\n".join(map(str, found))


def test_command_line_reports_and_fails(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PyQt5.QtCore import Qt\n")
    proc = subprocess.run([sys.executable, os.path.join(REPO, "scripts", "qt6_check.py"), str(bad)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "bad.py:1: [import] from PyQt5.QtCore import Qt -> from qgis.PyQt.QtCore import Qt" in proc.stdout
    assert "1 finding(s)" in proc.stdout

#!/usr/bin/env python3
"""Qt6 / QGIS 4 readiness check of LandPlan's source (``make qt6-check``; ``make test`` runs it
through tests/core/test_qt6_check.py). Zero findings is the rule.

One source runs on QGIS 3.22 … 3.44 (PyQt5) and QGIS 4 (PyQt6). This finds, with the file, the line,
the pattern and its replacement:

* ``enum-unscoped`` — an enum member reached through its class (``Qt.AlignLeft``,
  ``QgsFeatureSink.FastInsert``, ``QImage.Format_ARGB32``): PyQt6 only knows the scoped form
  ``Qt.AlignmentFlag.AlignLeft``. Found by asking the QGIS / PyQt this runs with which enum a
  member belongs to, so every Qt and QGIS class is covered.
* ``enum-moved`` — an enum QGIS 3.x deprecated by moving it into ``Qgis`` and QGIS 4 removed
  (``QgsProcessing.TypeVectorPolygon`` *and* ``QgsProcessing.SourceType.TypeVectorPolygon`` →
  ``Qgis.ProcessingSourceType.VectorPolygon``, ``QgsWkbTypes.Type`` → ``Qgis.WkbType`` …): the new
  names do not exist on QGIS 3.22, so ``landplan_plugin/compat.py`` resolves them by name (the
  QGIS 4 name first, then the 3.22 one) and everything else takes compat's constant. The table
  (scripts/qgis_moved_enums.json) is read from the monkey patches in QGIS's own Python
  (``--table-from``; made from QGIS 3.44, the last 3.x).
* ``qvariant-type`` — ``QVariant.Double`` … and ``QVariant.Type`` (→ ``QMetaType.Type``, through
  ``compat.new_field(name, "double")`` / ``compat.field_kind(field)``); ``qvariant-null`` —
  ``QVariant()`` as NULL (→ ``None`` / ``qgis.core.NULL``).
* ``exec_`` (→ ``exec``), ``QRegExp`` (→ ``QRegularExpression``), ``resources_rc`` / compiled
  resources (→ files by path), ``QDesktopWidget`` / ``QApplication.desktop()`` (→ ``QScreen``),
  ``QFontMetrics.width(text)`` (→ ``horizontalAdvance``), ``PyQt5`` / ``PyQt6`` / ``sip`` imports (→
  ``qgis.PyQt``), ``QAction`` & co. from ``QtWidgets`` (→ ``QtGui`` in Qt 6: through compat).
* ``qt6-removed`` — what Qt 6 / PyQt6 dropped and the enum check cannot see: the ``QtWebKit`` /
  ``QtXmlPatterns`` / ``QtScript`` modules, ``QTextCodec``, ``QRegExpValidator``, ``QGLWidget``,
  ``QMatrix``, ``QFontDatabase()`` instances (static in Qt 6), ``Qt.MidButton`` and the
  ``Qt.SystemLocaleShortDate``-style date formats (scoped or not), ``QTextStream.setCodec``,
  ``QPdfWriter.setPageSizeMM``.
* ``enum-int`` — an int literal where a Qt / QGIS enum is wanted (``setStrokeStyle(0)``,
  ``setAlignment(4)``): PyQt5 converts it, PyQt6 raises TypeError.
* ``windows`` (in landplan_plugin/ only) — ``os.system`` / ``subprocess(…, shell=…)`` and other
  POSIX-only calls, ``/tmp``-style paths, ``open()`` / ``io.open`` / ``Path.read_text`` / ``write_text`` in text
  mode without an encoding (a Chinese
  Windows reads and writes GBK by default).
* and, when the test venv has it, the Qt6 rules of the PyPI package ``flake8-qgis`` (QGS101–104,
  106, 107, 111, 401–412) as a second opinion.

``python3 scripts/qt6_check.py [paths…]`` prints ``file:line: [rule] pattern -> replacement`` per
finding and exits 1 when there are any (default paths: landplan_plugin/ and the scripts that run
inside QGIS). Suppress a reviewed line with ``# qt6-ok: <reason>``.
"""
import argparse
import ast
import enum
import importlib
import json
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(REPO, "scripts", "qgis_moved_enums.json")
#: flake8-qgis rules that are about Qt6 / QGIS 4 (the others are style: iface arguments, return values …)
FLAKE8_QGIS_RULES = ("QGS101", "QGS102", "QGS103", "QGS104", "QGS106", "QGS107", "QGS111", "QGS4")
QT_BINDINGS = ("PyQt5", "PyQt6", "sip", "PySide2", "PySide6")
#: QMetaType names of the QVariant.Type members (the numbers are the same)
QMETATYPE_NAMES = {"String": "QString", "Date": "QDate", "DateTime": "QDateTime", "Time": "QTime",
                   "StringList": "QStringList", "ByteArray": "QByteArray", "Map": "QVariantMap",
                   "List": "QVariantList", "Invalid": "UnknownType"}
#: classes Qt 6 moved from QtWidgets to QtGui
MOVED_TO_QTGUI = ("QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QUndoGroup", "QUndoStack",
                  "QFileSystemModel")
#: Qt modules Qt 6 / PyQt6 no longer have
REMOVED_MODULES = {"QtWebKit": "QTextBrowser, or QgsWebView / QtWebEngine", "QtWebKitWidgets":
                   "QTextBrowser, or QgsWebView / QtWebEngine", "QtXmlPatterns": "Python's xml / lxml",
                   "QtScript": "Python", "QtScriptTools": "Python"}
#: Qt 5 classes Qt 6 / PyQt6 removed (QTextCodec lives on only in Qt5Compat, which PyQt6 lacks)
REMOVED_CLASSES = {"QTextCodec": "Python's str.encode / bytes.decode", "QRegExpValidator":
                   "QRegularExpressionValidator", "QGLWidget": "QOpenGLWidget", "QGLFormat": "QSurfaceFormat",
                   "QMatrix": "QTransform", "QStringRef": "str", "QLinkedList": "list"}
#: members of Qt's namespace Qt 6 removed (also in their scoped form)
REMOVED_QT_MEMBERS = {"MidButton": "Qt.MouseButton.MiddleButton",
                      **{name: "QLocale().toString(date, QLocale.FormatType.ShortFormat / LongFormat)"
                         for name in ("SystemLocaleShortDate", "SystemLocaleLongDate", "DefaultLocaleShortDate",
                                      "DefaultLocaleLongDate", "SystemLocaleDate", "LocaleDate")}}
#: setters of a Qt / QGIS enum value: an int literal passed to one works in PyQt5 only
ENUM_SETTERS = {"setBrushStyle": "Qt.BrushStyle.NoBrush …", "setStrokeStyle": "Qt.PenStyle.NoPen …",
                "setPenStyle": "Qt.PenStyle.SolidLine …", "setPenJoinStyle": "Qt.PenJoinStyle.MiterJoin …",
                "setPenCapStyle": "Qt.PenCapStyle.FlatCap …", "setAlignment": "Qt.AlignmentFlag.AlignLeft …",
                "setRenderHint": "QPainter.RenderHint.Antialiasing …", "setHAlign": "Qt.AlignmentFlag.AlignLeft …",
                "setVAlign": "Qt.AlignmentFlag.AlignTop …", "setStrokeWidthUnit": "compat's unit constants",
                "setOutputUnit": "compat's unit constants", "setSizeUnit": "compat's unit constants",
                "setWidthUnit": "compat's unit constants", "setOrientation": "Qt.Orientation.Horizontal …",
                "setFrameShape": "QFrame.Shape.NoFrame …", "setSelectionMode": "the view's SelectionMode member",
                "setEchoMode": "QLineEdit.EchoMode.Password …", "setWindowModality": "Qt.WindowModality.…",
                "setFocusPolicy": "Qt.FocusPolicy.…", "setCursor": "Qt.CursorShape.…"}
#: methods Qt 6 removed: (name, replacement)
REMOVED_METHODS = {"setCodec": "QTextStream.setEncoding(QStringConverter.Encoding.Utf8), or Python text I/O",
                   "setPageSizeMM": "setPageSize(QPageSize(QSizeF(w, h), QPageSize.Unit.Millimeter))"}
POSIX_PATHS = ("/tmp", "/usr/", "/home/", "/var/", "/etc/", "/dev/", "/proc/", "~/")
SHORT_KINDS = {"Int": "int", "LongLong": "int64", "Double": "double", "String": "string", "Date": "date",
               "DateTime": "datetime", "Bool": "bool", "UInt": "uint", "ULongLong": "uint64"}


class Finding:
    def __init__(self, path, line, rule, pattern, replacement):
        self.path, self.line, self.rule, self.pattern, self.replacement = path, line, rule, pattern, replacement

    def __str__(self):
        return "%s:%d: [%s] %s -> %s" % (self.path, self.line, self.rule, self.pattern, self.replacement)

    def __repr__(self):
        return "Finding(%s)" % self


def load_table(path=TABLE):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def table_from_qgis(paths):
    """{old dotted name: new dotted name} from QGIS's own ``qgis/{core,gui,analysis}/__init__.py``,
    whose monkey patches (``QgsProcessing.TypeVectorPolygon = Qgis.ProcessingSourceType.VectorPolygon``)
    keep the deprecated names alive on QGIS 3.x; QGIS 4 has none of them."""
    pattern = re.compile(r"^(Qgs\w+\.\w+(?:\.\w+)?) = (Qgis\.\w+(?:\.\w+)?)$")
    moved = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = pattern.match(line.rstrip())
                if m:
                    moved[m.group(1)] = m.group(2)
    return moved


# ---- what the running PyQt / QGIS knows about a class attribute ---------------------------------
_MODULES = {}


def _module(name):
    if name not in _MODULES:
        try:
            _MODULES[name] = importlib.import_module(name)
        except Exception:  # noqa: BLE001 - no QGIS here: the static rules still run
            _MODULES[name] = None
    return _MODULES[name]


def _enum_of(value):
    """(qualified enum name, member name) when ``value`` is a Qt / QGIS enum member, else None."""
    cls = type(value)
    if type(cls).__name__ == "enumtype":  # sip (PyQt5): members are ints of the enum type
        for owner_attr in ("__qualname__", "__name__"):
            qual = getattr(cls, owner_attr, "")
            if "." in qual:
                return qual, None
        return None
    if isinstance(value, enum.Enum):  # PyQt6 and QGIS scoped enums
        return cls.__qualname__, value.name
    return None


def resolve_enum(module, cls_name, attr):
    """``(enum qualname, member name)`` if ``cls_name.attr`` (``cls_name`` imported from ``module``)
    is an enum member in the running QGIS / PyQt, else None; None also when it cannot be known."""
    mod = _module(module)
    owner = getattr(mod, cls_name, None) if mod is not None else None
    if owner is None or not isinstance(owner, type):
        return None
    try:
        value = getattr(owner, attr)
    except Exception:  # noqa: BLE001
        return None
    if isinstance(value, type):
        return None
    found = _enum_of(value)
    if found is None:
        return None
    qual, member = found
    return qual, member or attr


# ---- the source check ---------------------------------------------------------------------------
def _dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return parts[::-1]
    return None


def _int_literal(node):
    """An int literal (``0``, ``-1``), not a bool."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    return isinstance(node, ast.Constant) and type(node.value) is int


class _Checker(ast.NodeVisitor):
    def __init__(self, path, table, introspect):
        self.path, self.table, self.introspect = path, table, introspect
        self.findings = []
        #: the Windows rules apply to the plugin (the scripts are developer tools on Linux)
        self.in_plugin = "landplan_plugin" in path.replace(os.sep, "/").split("/")
        self.imported = {}  # name -> module it was imported from (qgis.* / qgis.PyQt.*)
        self.star_modules = []  # from qgis.core import *

    def add(self, node, rule, pattern, replacement):
        self.findings.append(Finding(self.path, node.lineno, rule, pattern, replacement))

    # imports
    def _removed_module(self, node, module):
        gone = [m for m in module.split(".") if m in REMOVED_MODULES]
        if gone:
            self.add(node, "qt6-removed", "%s (not in Qt 6)" % gone[0], REMOVED_MODULES[gone[0]])

    def visit_Import(self, node):
        for alias in node.names:
            self._removed_module(node, alias.name)
            top = alias.name.split(".")[0]
            if top in QT_BINDINGS:
                self.add(node, "import", "import %s" % alias.name,
                         "from qgis.PyQt import %s / from qgis.PyQt.<module> import …"
                         % alias.name.split(".")[-1])
            if alias.name.split(".")[-1] in ("resources_rc", "resources"):
                self.add(node, "resources_rc", "import %s (compiled Qt resources)" % alias.name,
                         "files by path (os.path.join(os.path.dirname(__file__), …))")
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        module = node.module or ""
        top = module.split(".")[0]
        names = [a.name for a in node.names]
        for name in [module] + ["%s.%s" % (module, n) for n in names]:
            self._removed_module(node, name)
        if node.level == 0 and top in QT_BINDINGS:
            self.add(node, "import", "from %s import %s" % (module, ", ".join(names)),
                     "from qgis.PyQt%s import %s" % (module[len(top):], ", ".join(names)))
        if module.split(".")[-1] in ("resources_rc",) or "resources_rc" in names:
            self.add(node, "resources_rc", "resources_rc (compiled Qt resources)",
                     "files by path (os.path.join(os.path.dirname(__file__), …))")
        if node.level == 0 and module.startswith("qgis"):
            for alias in node.names:
                if alias.name == "*":
                    self.star_modules.append(module)
                else:
                    self.imported[alias.asname or alias.name] = (module, alias.name)
        moved = sorted(set(names) & set(MOVED_TO_QTGUI))
        if node.level == 0 and module == "qgis.PyQt.QtWidgets" and moved:
            self.add(node, "QtGui", "from qgis.PyQt.QtWidgets import %s" % ", ".join(moved),
                     "from landplan_plugin.compat import %s (QtGui in Qt 6; QtWidgets only on QGIS 3.22)"
                     % ", ".join(moved))
        if node.level == 0 and module in ("qgis.PyQt.QtCore",) and "QRegExp" in names:
            self.add(node, "QRegExp", "import QRegExp", "QRegularExpression")
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        if node.name == "exec_":
            self.add(node, "exec_", "def exec_", "def exec")
        self.generic_visit(node)

    def visit_Name(self, node):
        if node.id == "QRegExp" and isinstance(node.ctx, ast.Load):
            self.add(node, "QRegExp", "QRegExp", "QRegularExpression (qgis.PyQt.QtCore)")
        elif node.id in REMOVED_CLASSES and isinstance(node.ctx, ast.Load):
            self.add(node, "qt6-removed", "%s (not in Qt 6)" % node.id, REMOVED_CLASSES[node.id])
        elif node.id in ("QDesktopWidget", "qApp") and isinstance(node.ctx, ast.Load):
            self.add(node, node.id, node.id, "QGuiApplication.primaryScreen() / QScreen"
                     if node.id == "QDesktopWidget" else "QApplication.instance()")
        self.generic_visit(node)

    def visit_Call(self, node):
        func = node.func
        if self.in_plugin:
            self._windows(node)
        if isinstance(func, ast.Name) and func.id == "QVariant":
            if not node.args or (len(node.args) == 1 and _dotted(node.args[0]) and
                                 _dotted(node.args[0])[0] == "QVariant"):
                self.add(node, "qvariant-null", "QVariant(%s) as NULL" % ", ".join(
                    ".".join(_dotted(a) or ["…"]) for a in node.args), "None (or qgis.core.NULL)")
        if isinstance(func, ast.Name) and func.id == "QFontDatabase" and not node.args:
            self.add(node, "qt6-removed", "QFontDatabase() instance (Qt 6: static functions only)",
                     "QFontDatabase.families() / QFontDatabase.<function>(…) on the class")
        if isinstance(func, ast.Attribute):
            if func.attr in ENUM_SETTERS and node.args and _int_literal(node.args[0]):
                self.add(node, "enum-int", "%s(%s): an int for an enum (PyQt6 refuses it)"
                         % (func.attr, ast.unparse(node.args[0])), "the enum member: %s" % ENUM_SETTERS[func.attr])
            if func.attr in REMOVED_METHODS:
                self.add(node, "qt6-removed", ".%s() (not in Qt 6)" % func.attr, REMOVED_METHODS[func.attr])
            if func.attr == "width" and len(node.args) == 1 and not node.keywords:
                self.add(node, "QFontMetrics.width", "%s.width(text)" % ".".join(_dotted(func.value) or ["…"]),
                         "horizontalAdvance(text)")
            if func.attr == "desktop" and (_dotted(func.value) or [""])[-1] in ("QApplication", "QGuiApplication"):
                self.add(node, "QDesktopWidget", "QApplication.desktop()", "QGuiApplication.primaryScreen()")
        self.generic_visit(node)

    def _windows(self, node):
        name = ".".join(_dotted(node.func) or [])
        if name in ("os.system", "os.popen", "os.fork", "os.getuid", "os.geteuid", "os.chown", "os.killpg"):
            self.add(node, "windows", name + "()",
                     "no shell / POSIX-only call in the plugin (QGIS API, shutil, os.path)")
        if name.startswith("subprocess.") and any(k.arg == "shell" for k in node.keywords):
            self.add(node, "windows", name + "(…, shell=…)", "an argument list without a shell, or no subprocess")
        attr = node.func.attr if isinstance(node.func, ast.Attribute) else ""
        if attr in ("read_text", "write_text") and not any(k.arg == "encoding" for k in node.keywords) and \
                len(node.args) < (1 if attr == "read_text" else 2):
            self.add(node, "windows", "Path.%s() without encoding (GBK on a Chinese Windows)" % attr,
                     '%s(…, encoding="utf-8")' % attr)
        if name in ("open", "io.open", "codecs.open") and not any(k.arg == "encoding" for k in node.keywords):
            mode = node.args[1] if len(node.args) > 1 else \
                next((k.value for k in node.keywords if k.arg == "mode"), None)
            if not (isinstance(mode, ast.Constant) and "b" in str(mode.value)):
                self.add(node, "windows", "open() in text mode without encoding (GBK on a Chinese Windows)",
                         'open(…, encoding="utf-8")')

    def visit_Constant(self, node):
        if self.in_plugin and isinstance(node.value, str) and node.value.startswith(POSIX_PATHS):
            self.add(node, "windows", "POSIX path %r" % node.value[:40],
                     "tempfile / QgsProcessingUtils.tempFolder() / os.path.join from the plugin folder")

    def visit_Attribute(self, node):
        if node.attr == "exec_":
            self.add(node, "exec_", ".exec_()", ".exec()")
        parent = getattr(node, "lp_parent", None)
        parts = _dotted(node) or []
        if parts[:1] == ["Qt"] and node.attr in REMOVED_QT_MEMBERS:
            self.add(node, "qt6-removed", "%s (not in Qt 6)" % ".".join(parts), REMOVED_QT_MEMBERS[node.attr])
        elif not (isinstance(parent, ast.Attribute) and parent.value is node):
            self._chain(node)
        self.generic_visit(node)

    def _origin(self, base):
        """(module, real name) a name was imported as, also through ``import *`` and ``as``."""
        if base in self.imported:
            return self.imported[base]
        if self.introspect and base[:1] == "Q":
            for module in self.star_modules:
                mod = _module(module)
                if mod is not None and hasattr(mod, base):
                    return module, base
        return None

    def _flag_on_an_instance(self, node, parts):
        """``definition.FlagOptional``: a moved flag read through an object, where no class name
        shows which enum it is (the table knows the member name)."""
        member = parts[-1]
        if not (member.startswith("Flag") and parts[0][:1].islower() and len(parts) == 2):
            return False
        owners = self.table_members().get(member)
        if not owners:
            return False
        self.add(node, "enum-moved", ".".join(parts),
                 "compat constant for %s (QGIS 4 removed %s; landplan_plugin/compat.py resolves it by name)"
                 % (owners[0], member))
        return True

    def table_members(self):
        if not hasattr(self, "_members"):
            self._members = {}
            for old, new in self.table.items():
                head, _, member = old.rpartition(".")
                if head.count(".") == 0 and new.count(".") == 2:
                    self._members.setdefault(member, []).append(new)
        return self._members

    def _chain(self, node):
        parts = _dotted(node)
        if not parts or len(parts) < 2:
            return
        base = parts[0]
        if self._flag_on_an_instance(node, parts):
            return
        origin = self._origin(base)
        shown = parts
        if origin is not None and origin[1] != base:  # `import QgsProcessing as P`: the table knows QgsProcessing
            parts = [origin[1]] + parts[1:]
        if base == "QVariant":
            member = parts[2] if len(parts) > 2 and parts[1] == "Type" else parts[1]
            if member[:1].isupper() and member != "Type" or parts[1] == "Type":
                kind = SHORT_KINDS.get(member)
                new = "QMetaType.Type.%s" % QMETATYPE_NAMES.get(member, member)
                self.add(node, "qvariant-type", ".".join(parts[:3] if parts[1] == "Type" else parts[:2]),
                         ('"%s" (compat.new_field / make_field / compat.field_kind; compat picks %s by name)'
                          % (kind, new)) if kind else "%s, through landplan_plugin/compat.py" % new)
            return
        moved = None
        if len(parts) >= 3 and ".".join(parts[:2]) in self.table and self.table[".".join(parts[:2])].count(".") == 1:
            # Class.Enum.Member of a moved enum: the member's new name from the table, else the same name
            old = ".".join(parts[:3])
            moved = old, self.table.get(old) or self.table.get("%s.%s" % (parts[0], parts[2])) or \
                "%s.%s" % (self.table[".".join(parts[:2])], parts[2])
        elif ".".join(parts[:2]) in self.table:
            moved = ".".join(parts[:2]), self.table[".".join(parts[:2])]
        if moved:
            if shown is not parts:
                moved = ".".join(shown[:moved[0].count(".") + 1]), moved[1]
            self.add(node, "enum-moved", moved[0],
                     "compat constant for %s (QGIS 4 removed %s, QGIS 3.22 lacks the new name: "
                     "landplan_plugin/compat.py resolves it by name)" % (moved[1], moved[0]))
            return
        if not self.introspect or origin is None:
            return
        module, name = origin
        found = resolve_enum(module, name, parts[1])
        if found is None:
            return
        qual, member = found
        owner, _, enum_name = qual.rpartition(".")
        if owner.split(".")[-1] == name:
            self.add(node, "enum-unscoped", "%s.%s" % (base, parts[1]), "%s.%s.%s" % (base, enum_name, parts[1]))
        else:  # a member QGIS moved elsewhere (a monkey patch the table does not list yet)
            self.add(node, "enum-moved", "%s.%s" % (base, parts[1]),
                     "%s.%s (through landplan_plugin/compat.py)" % (qual, member))


def _suppressed(lines, line):
    return 0 < line <= len(lines) and "qt6-ok" in lines[line - 1]


def _flake8_qgis(tree, path):
    try:
        from flake8_qgis import Plugin
    except ImportError:
        return None
    found = []
    for line, _col, message, _ in Plugin(tree).run():
        code = message.split(" ", 1)[0]
        if not code.startswith(FLAKE8_QGIS_RULES):
            continue
        found.append(Finding(path, line, code, "flake8-qgis", message.split(" ", 1)[1]))
    return found


def check_source(text, path="<snippet>", table=None, introspect=True, flake8=True):
    """Findings in one module's source ``text`` (``path`` as it should be reported)."""
    table = load_table() if table is None else table
    tree = ast.parse(text, path)
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            child.lp_parent = node
    checker = _Checker(path, table, introspect)
    checker.visit(tree)
    findings = checker.findings
    if flake8:
        seen = {(f.line, f.rule) for f in findings}
        extra = _flake8_qgis(ast.parse(text, path), path) or []
        # flake8-qgis' QGS402 / QGS107 / QGS103 repeat our own findings on the same line
        same = {"QGS402": "qvariant-type", "QGS410": "qvariant-null", "QGS107": "exec_", "QGS103": "import",
                "QGS104": "import", "QGS406": "QRegExp", "QGS407": "QDesktopWidget", "QGS408": "resources_rc",
                "QGS404": "QFontMetrics.width", "QGS401": "qApp"}
        findings += [f for f in extra if (f.line, same.get(f.rule, f.rule)) not in seen]
    lines = text.splitlines()
    unique = {}
    for f in findings:
        if not _suppressed(lines, f.line):
            unique.setdefault((f.line, f.rule, f.pattern), f)
    return sorted(unique.values(), key=lambda f: (f.line, f.rule))


def runs_in_qgis(path):
    """Scripts that import QGIS (the others never meet Qt)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return re.search(r"^\s*(from|import) (qgis|PyQt|processing)", text, re.M) is not None


def default_paths():
    paths = []
    for root, dirs, files in os.walk(os.path.join(REPO, "landplan_plugin")):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        paths += [os.path.join(root, f) for f in sorted(files) if f.endswith(".py")]
    scripts = os.path.join(REPO, "scripts")
    paths += [os.path.join(scripts, f) for f in sorted(os.listdir(scripts))
              if f.endswith(".py") and runs_in_qgis(os.path.join(scripts, f))]
    return paths


def check_paths(paths, table=None, introspect=True, flake8=True):
    table = load_table() if table is None else table
    findings = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
                findings += check_paths([os.path.join(root, f) for f in sorted(files) if f.endswith(".py")],
                                        table, introspect, flake8)
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        rel = os.path.relpath(path, REPO) if os.path.abspath(path).startswith(REPO) else path
        findings += check_source(text, rel, table, introspect, flake8)
    return findings


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="files or folders (default: the plugin and its QGIS scripts)")
    ap.add_argument("--table-from", nargs="+", metavar="INIT_PY",
                    help="rewrite scripts/qgis_moved_enums.json from QGIS's qgis/{core,gui,analysis}/__init__.py")
    args = ap.parse_args(argv)
    if args.table_from:
        table = table_from_qgis(args.table_from)
        with open(TABLE, "w", encoding="utf-8") as f:
            json.dump(table, f, indent=0, sort_keys=True, ensure_ascii=False)
            f.write("\n")
        print("wrote %s: %d moved enum names" % (os.path.relpath(TABLE, REPO), len(table)))
        return 0
    introspect = _module("qgis.core") is not None
    flake8 = _flake8_qgis(ast.parse(""), "") is not None
    findings = check_paths(args.paths or default_paths(), introspect=introspect, flake8=flake8)
    for f in findings:
        print(f)
    notes = [] if introspect else ["no QGIS importable: unscoped enums found only through the moved-enum table"]
    if not flake8:
        notes.append("flake8-qgis not installed: its second opinion skipped")
    print("qt6-check: %d finding(s)%s" % (len(findings), "".join("; " + n for n in notes)))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())

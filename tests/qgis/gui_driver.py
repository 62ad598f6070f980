"""Run inside the real QGIS desktop (``qgis --code gui_driver.py``): trigger LandPlan's
"load demo data" action, save a screenshot and the layer tree, then open the Processing dialog of
every LandPlan algorithm (and the shipped model) as a user does, screenshot each window and record
what it shows (title, parameter labels, help panel, log messages); then quit.
Output paths come from LANDPLAN_GUI_OUT; the dialog screenshots go to <out>/dialogs/<name>.png."""
import json
import os
import sys
import time
import traceback

from qgis.core import Qgis, QgsApplication, QgsProcessingParameterDefinition, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtWidgets import (QAbstractButton, QAction, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit,
                                 QTabWidget, QTextBrowser)
from qgis.utils import iface, plugins

OUT = os.environ["LANDPLAN_GUI_OUT"]
DIALOG_DIR = os.path.join(OUT, "dialogs")
#: how long a shown dialog may lay itself out and paint before its screenshot (ms)
PAINT_WAIT = 250


def finish():
    report = {"plugin_loaded": "landplan_plugin" in plugins, "actions": [], "layers": [], "renderers": {}}
    try:
        actions = [a for a in iface.mainWindow().findChildren(QAction) if a.objectName().startswith("landplan_")]
        report["actions"] = sorted(a.objectName() for a in actions)
        report["action_texts"] = {a.objectName(): a.text() for a in actions}
        handin = [a for a in actions if a.objectName() == "landplan_handin"]
        if handin:  # the one-click hand-in opens its algorithm dialog
            handin[0].trigger()
            QApplication.processEvents()
            dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QDialog")]
            report["handin_dialogs"] = [d.windowTitle() for d in dialogs]
            for d in dialogs:
                d.close()
        demo = [a for a in actions if a.objectName() == "landplan_load_demo"]
        if demo:
            demo[0].trigger()
        QApplication.processEvents()
        root = QgsProject.instance().layerTreeRoot()
        report["groups"] = [g.name() for g in root.findGroups()]
        report["layers"] = [layer.name() for layer in root.findLayers()]
        for node in root.findLayers():
            report["renderers"][node.name()] = node.layer().renderer().type()
        report["menu"] = [m.title() for m in iface.pluginMenu().findChildren(type(iface.pluginMenu()))]
        iface.mapCanvas().refreshAllLayers()
    except Exception as exc:  # report, don't hang
        report["error"] = repr(exc)
    # give the canvas time to render before the screenshot
    QTimer.singleShot(3000, lambda: shoot(report))


def shoot(report):
    try:
        QApplication.processEvents()
        iface.mainWindow().grab().save(os.path.join(OUT, "qgis_gui.png"))
    except Exception as exc:
        report["error"] = repr(exc)
    DialogTour(report).start()


# ---- every algorithm's dialog ------------------------------------------------------------------

def english(func):
    """``func()`` with LandPlan's translator removed: the source text the .ts translates."""
    from landplan_plugin import i18n as lp_i18n
    translator = (getattr(lp_i18n, "_translator", None) or (None,))[0]
    if translator is None:
        return func()
    QCoreApplication.removeTranslator(translator)
    try:
        return func()
    finally:
        QCoreApplication.installTranslator(translator)


def distinct_colours(image):
    """Number of distinct RGB colours of a QImage."""
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    ptr = img.constBits()
    ptr.setsize(img.sizeInBytes())
    data = memoryview(bytes(ptr)).cast("I")
    return len(set(data))


def shown_label(wrapper):
    """(kind, text) of what the dialog shows as a parameter's name: its label, or — for a check box,
    which has none — the check box's own text."""
    label = getattr(wrapper, "label", None)  # the Python (3.x compatibility) wrappers
    if label is None and hasattr(wrapper, "wrappedLabel"):
        label = wrapper.wrappedLabel()
    if isinstance(label, QLabel):
        return "label", label.text()
    widget = getattr(wrapper, "widget", None)
    if widget is None and hasattr(wrapper, "wrappedWidget"):
        widget = wrapper.wrappedWidget()
    if isinstance(widget, QAbstractButton):
        return "checkbox", widget.text()
    return "none", ""


def widget_texts(dlg):
    """Every other text the dialog's widgets carry (labels, buttons, group titles, combo box items,
    placeholders, tabs), visible or folded away, for the report of untranslated words."""
    texts = set()
    for w in dlg.findChildren(QLabel):
        texts.add(w.text())
    for w in dlg.findChildren(QAbstractButton):
        texts.add(w.text())
    for w in dlg.findChildren(QGroupBox):
        texts.add(w.title())
    for w in dlg.findChildren(QComboBox):
        texts.update(w.itemText(i) for i in range(w.count()))
    for w in dlg.findChildren(QLineEdit):
        texts.add(w.placeholderText())
    for w in dlg.findChildren(QTabWidget):
        texts.update(w.tabText(i) for i in range(w.count()))
    return sorted(t for t in texts if t and t.strip())


class DialogTour:
    """Open, shoot, inspect and close one dialog after another, letting the event loop paint each."""

    def __init__(self, report):
        self.report = report
        self.report["dialogs"] = {}
        provider = QgsApplication.processingRegistry().providerById("landplan")
        algs = provider.algorithms() if provider is not None else []
        self.queue = [a.id() for a in algs]
        self.messages = []
        self.current = None
        self.started = time.monotonic()
        os.makedirs(DIALOG_DIR, exist_ok=True)

    def start(self):
        QgsApplication.messageLog().messageReceived.connect(self.on_message)
        self.saved_hook = sys.excepthook
        sys.excepthook = self.on_exception
        # the capture works: a warning logged now must arrive (the log delivers it queued or at once)
        QgsApplication.messageLog().logMessage("landplan dialog tour: log probe", "LandPlan test",
                                               Qgis.MessageLevel.Warning)
        QApplication.processEvents()
        self.report["log_probe"] = any("log probe" in m for m in self.messages)
        self.report["field_names"] = sorted({f.name() for layer in QgsProject.instance().mapLayers().values()
                                             if hasattr(layer, "fields") for f in layer.fields()})
        QTimer.singleShot(0, self.open_next)

    def on_message(self, message, tag, level):
        if level in (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical):
            self.messages.append("%s: %s" % (tag, message))

    def on_exception(self, etype, value, tb):
        self.messages.append("exception: " + "".join(traceback.format_exception(etype, value, tb)))

    def open_next(self):
        if not self.queue:
            self.done()
            return
        alg_id = self.queue.pop(0)
        entry = self.report["dialogs"][alg_id] = {}
        self.messages = []
        try:
            import processing
            started = time.monotonic()
            dlg = processing.createAlgorithmDialog(alg_id, {})
            dlg.show()
            QApplication.processEvents()
            entry["open_s"] = round(time.monotonic() - started, 2)
            self.current = (alg_id, dlg)
        except Exception:
            entry["error"] = traceback.format_exc()
            self.current = None
        QTimer.singleShot(PAINT_WAIT, self.inspect)

    def inspect(self):
        if self.current is not None:
            alg_id, dlg = self.current
            entry = self.report["dialogs"][alg_id]
            try:
                QApplication.processEvents()
                self.record(dlg, entry, alg_id)
            except Exception:
                entry["error"] = traceback.format_exc()
            finally:
                dlg.close()
                dlg.deleteLater()
            entry["log"] = list(self.messages)
        QTimer.singleShot(0, self.open_next)

    def record(self, dlg, entry, alg_id):
        alg = dlg.algorithm()
        entry["class"] = type(alg).__name__
        entry["name"] = alg.name()
        entry["title"] = dlg.windowTitle()
        entry["display_name"] = alg.displayName()
        entry["display_name_en"] = english(alg.displayName)
        # the screenshot: what the X server shows of the dialog's window
        screen = dlg.screen() if hasattr(dlg, "screen") else QApplication.primaryScreen()
        pixmap = screen.grabWindow(int(dlg.winId()))
        if pixmap.isNull() or pixmap.width() < 50:
            pixmap = dlg.grab()
        path = os.path.join(DIALOG_DIR, "%s.png" % alg.name())
        pixmap.save(path)
        entry["png"] = path
        entry["size"] = [pixmap.width(), pixmap.height()]
        entry["colours"] = distinct_colours(pixmap.toImage())
        # the parameter labels, as shown
        panel = dlg.mainWidget()
        wrappers = getattr(panel, "wrappers", {})
        labels = []
        for param in alg.parameterDefinitions():
            if param.flags() & QgsProcessingParameterDefinition.Flag.FlagHidden:
                continue
            wrapper = wrappers.get(param.name())
            kind, text = shown_label(wrapper) if wrapper is not None else ("missing", "")
            labels.append({"param": param.name(), "kind": kind, "shown": text, "description": param.description(),
                           "description_en": english(param.description), "type": param.type(),
                           "advanced": bool(param.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced),
                           "output": param.isDestination()})
        entry["labels"] = labels
        # the help panel beside the parameters
        browsers = [b for b in dlg.findChildren(QTextBrowser) if b.objectName() == "textShortHelp"]
        entry["help"] = browsers[0].toPlainText() if browsers else None
        entry["texts"] = widget_texts(dlg)

    def done(self):
        QgsApplication.messageLog().messageReceived.disconnect(self.on_message)
        sys.excepthook = self.saved_hook
        self.report["dialogs_s"] = round(time.monotonic() - self.started, 2)
        with open(os.path.join(OUT, "gui_report.json"), "w", encoding="utf-8") as fh:
            json.dump(self.report, fh, ensure_ascii=False, indent=1)
        QApplication.exit(0)


QTimer.singleShot(4000, finish)

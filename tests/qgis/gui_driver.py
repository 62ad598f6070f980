"""Run inside the real QGIS desktop (``qgis --code gui_driver.py``): trigger LandPlan's
"load demo data" action, save a screenshot and the layer tree, then quit.
Output paths come from LANDPLAN_GUI_OUT."""
import json
import os

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QAction, QApplication
from qgis.utils import iface, plugins

OUT = os.environ["LANDPLAN_GUI_OUT"]


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
    with open(os.path.join(OUT, "gui_report.json"), "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False)
    QApplication.exit(0)


QTimer.singleShot(4000, finish)

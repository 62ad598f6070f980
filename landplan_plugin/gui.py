"""Menu and toolbar for the QGIS desktop: algorithm dialogs, demo data, the quarterly model, the
one-click hand-in folder (``landplan:handin``), help.

Only imported when QGIS has a GUI (``iface`` is not None).
"""
import os

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QMenu

from .compat import QAction
from .i18n import tr
from .paths import resource

MENU_TITLE = "LandPlan 土地效率评价"
# top to bottom in the layer tree: zone outlines over parcels over approvals/supplies over land use
DEMO_LAYERS = (("zones", "zones"), ("parcels", None), ("supplies", None), ("approvals", None),
               ("landuse", None))
MODEL_ID = "landplan:landplan_quarterly"
HANDIN_ID = "landplan:handin"


class LandPlanGui:
    def __init__(self, iface, provider):
        self.iface = iface
        self.provider = provider
        self.menu = None
        self.toolbar = None
        self.actions = []

    def tr(self, text):
        return tr("LandPlanGui", text)

    def setup(self):
        self.menu = QMenu(self.tr("LandPlan 土地效率评价"), self.iface.mainWindow())
        self.menu.setObjectName("landplanMenu")
        self.menu.setIcon(QIcon(resource("icons", "landplan.svg")))
        self.toolbar = self.iface.addToolBar(self.tr("LandPlan 土地效率评价"))
        self.toolbar.setObjectName("landplanToolbar")
        for alg in self.provider.algorithms():
            if alg.id() in (MODEL_ID, HANDIN_ID):
                continue
            action = QAction(alg.icon(), alg.displayName(), self.iface.mainWindow())
            action.setObjectName("landplan_" + alg.name())
            alg_id = alg.id()
            action.triggered.connect(lambda checked=False, alg_id=alg_id: self.open_dialog(alg_id))
            self._add(action, toolbar=alg.name() == "scoreinefficiency")
        self.menu.addSeparator()
        demo = QAction(QIcon(resource("icons", "landplan.svg")), self.tr("Load demo data"), self.iface.mainWindow())
        demo.setObjectName("landplan_load_demo")
        demo.triggered.connect(self.load_demo)
        self._add(demo, toolbar=True)
        model = QAction(self.tr("Run the quarterly review model"), self.iface.mainWindow())
        model.setObjectName("landplan_run_model")
        model.triggered.connect(lambda: self.open_dialog(MODEL_ID))
        self._add(model, toolbar=True)
        handin = QAction(QIcon(resource("icons", "landplan.svg")), self.tr("Hand-in package in one click"),
                         self.iface.mainWindow())
        handin.setObjectName("landplan_handin")
        handin.triggered.connect(lambda: self.open_dialog(HANDIN_ID))
        self._add(handin, toolbar=True)
        helpaction = QAction(self.tr("Help"), self.iface.mainWindow())
        helpaction.setObjectName("landplan_help")
        helpaction.triggered.connect(self.open_help)
        self._add(helpaction)
        self.iface.pluginMenu().addMenu(self.menu)

    def _add(self, action, toolbar=False):
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)

    def teardown(self):
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.iface.pluginMenu().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None

    def open_dialog(self, alg_id):
        from qgis import processing
        if QgsApplication.processingRegistry().algorithmById(alg_id) is None:
            self.iface.messageBar().pushWarning(
                "LandPlan", self.tr("Algorithm {id} is not available.").format(id=alg_id)
            )
            return None
        dialog = processing.createAlgorithmDialog(alg_id)
        dialog.show()
        return dialog

    def load_demo(self):
        """Add the demo layers to the project, styled, in a group."""
        path = resource("demo", "landplan_demo.gpkg")
        root = QgsProject.instance().layerTreeRoot()
        group = root.insertGroup(0, self.tr("LandPlan demo data"))
        added = []
        for name, kind in DEMO_LAYERS:
            layer = QgsVectorLayer("%s|layername=%s" % (path, name), name, "ogr")
            if not layer.isValid():
                continue
            if kind:
                try:
                    from .output.styling import apply_style
                    apply_style(layer, kind)
                except Exception:  # styling is a nicety; the layer still loads
                    pass
            QgsProject.instance().addMapLayer(layer, False)
            group.addLayer(layer)
            added.append(layer)
        if added:
            self.iface.mapCanvas().setExtent(added[0].extent())
            self.iface.mapCanvas().refresh()
        return added

    def open_help(self):
        """Every algorithm's help on one HTML page, opened in the browser (a README.md has no program
        to open it on a standard Windows, and the plugin ships no index page)."""
        from qgis.core import QgsProcessingUtils
        target = write_help_page(QgsProcessingUtils.tempFolder())
        QDesktopServices.openUrl(QUrl.fromLocalFile(target))
        return target


def write_help_page(folder):
    """``folder``/landplan_help.html: the help of each LandPlan algorithm (the text of its help
    panel, in QGIS's language) under its name, in toolbox order; the page's path."""
    import html
    provider = QgsApplication.processingRegistry().providerById("landplan")
    parts = []
    for alg in sorted(provider.algorithms() if provider else [], key=lambda a: (a.group(), a.displayName())):
        text = alg.shortHelpString()  # the algorithms' resources/help page, a model's own help
        if text:
            parts.append('<h2 id="%s">%s</h2>\n%s\n' % (alg.name(), html.escape(alg.displayName()), text))
    target = os.path.join(folder, "landplan_help.html")
    with open(target, "w", encoding="utf-8") as fh:
        fh.write('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head><body>\n<h1>%s</h1>\n%s'
                 "</body></html>\n" % (html.escape(MENU_TITLE), html.escape(MENU_TITLE), "".join(parts)))
    return target

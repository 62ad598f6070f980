"""The ``landplan`` Processing provider."""
import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .i18n import tr
from .paths import resource


class LandPlanProvider(QgsProcessingProvider):

    def id(self):
        return "landplan"

    def name(self):
        return tr("LandPlanProvider", "LandPlan land efficiency")

    def longName(self):  # noqa: N802
        return tr("LandPlanProvider", "LandPlan land efficiency review (low-efficiency, idle, unsupplied land, zone share)")

    def icon(self):
        return QIcon(resource("icons", "landplan.svg"))

    def svgIconPath(self):  # noqa: N802
        return resource("icons", "landplan.svg")

    def loadAlgorithms(self):  # noqa: N802
        from .algorithms import all_algorithms
        for alg in all_algorithms():
            self.addAlgorithm(alg)
        self._load_models()

    def _load_models(self):
        """Ship the quarterly-review model(s) under resources/models as provider algorithms."""
        folder = resource("models")
        if not os.path.isdir(folder):
            return
        try:
            from qgis.core import QgsProcessingModelAlgorithm
        except ImportError:  # pragma: no cover
            return
        for name in sorted(os.listdir(folder)):
            if name.endswith(".model3"):
                model = QgsProcessingModelAlgorithm()
                if model.fromFile(os.path.join(folder, name)):
                    self.addAlgorithm(model)

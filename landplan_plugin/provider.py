"""The ``landplan`` Processing provider."""
import os

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .i18n import tr
from .paths import resource

#: translation context of the shipped models' parameter and output descriptions
MODEL_CONTEXT = "LandPlanModel"
#: the entries of a shipped model's help panel that are translated (scripts/i18n.py extracts the same)
MODEL_HELP_KEYS = ("ALG_DESC", "ALG_CREATOR")


def _shipped_model_class():
    """A shipped model as the toolbox shows it: its id stays ``landplan:landplan_quarterly`` (saved
    models and scripts call it by that id), its name and group are the user's words
    (季度评价模型 under 季度评价 in a Chinese QGIS)."""
    from qgis.core import QgsProcessingModelAlgorithm

    class ShippedModel(QgsProcessingModelAlgorithm):
        def displayName(self):  # noqa: N802
            return tr("LandPlanProvider", "Quarterly review model")

        def group(self):
            return tr("LandPlanProvider", "Quarterly review")

        def groupId(self):  # noqa: N802
            return "quarterly"

        def createInstance(self):  # noqa: N802
            model = ShippedModel()
            model.loadVariant(self.toVariant())
            model.translate_descriptions()
            return model

        def translate_descriptions(self):
            """The dialog's labels and help in the user's language: the .model3 keeps bilingual descriptions
            (e.g. "工业宗地 parcels"); a Chinese QGIS shows their translation (context
            ``LandPlanModel``, extracted from the file by scripts/i18n.py). Only the wording changes:
            names, and so saved calls of the model, stay."""
            for definition in self.parameterDefinitions():
                text = tr(MODEL_CONTEXT, definition.description())
                if text and text != definition.description():
                    definition.setDescription(text)
            content = dict(self.helpContent())
            for key in MODEL_HELP_KEYS:
                if content.get(key):
                    content[key] = tr(MODEL_CONTEXT, content[key])
            self.setHelpContent(content)

    return ShippedModel


class LandPlanProvider(QgsProcessingProvider):

    def id(self):
        return "landplan"

    def name(self):
        return tr("LandPlanProvider", "LandPlan land efficiency")

    def longName(self):  # noqa: N802
        return tr(
            "LandPlanProvider", "LandPlan land efficiency review (low-efficiency, idle, unsupplied land, zone share)"
        )

    def icon(self):
        return QIcon(resource("icons", "landplan.svg"))

    def svgIconPath(self):  # noqa: N802
        return resource("icons", "landplan.svg")

    def loadAlgorithms(self):  # noqa: N802
        from .algorithms import all_algorithms
        for alg in all_algorithms():
            self.addAlgorithm(alg)
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is self:
            self._load_models()
        else:
            # A model resolves its child algorithms ("landplan:…") through the registry, which
            # only knows this provider after it has loaded: add the models once it is registered.
            registry.providerAdded.connect(self._on_provider_added)

    def _on_provider_added(self, provider_id):
        if provider_id != self.id():
            return
        QgsApplication.processingRegistry().providerAdded.disconnect(self._on_provider_added)
        self.refreshAlgorithms()

    def _load_models(self):
        """Ship the quarterly-review model(s) under resources/models as provider algorithms."""
        folder = resource("models")
        if not os.path.isdir(folder):
            return
        try:
            model_class = _shipped_model_class()
        except ImportError:  # pragma: no cover
            return
        for name in sorted(os.listdir(folder)):
            if name.endswith(".model3"):
                model = model_class()
                if model.fromFile(os.path.join(folder, name)):
                    model.translate_descriptions()
                    self.addAlgorithm(model)

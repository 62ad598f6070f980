"""Plugin entry object: registers the Processing provider; adds menu/toolbar when there is a GUI."""
from qgis.core import QgsApplication

from .i18n import install_translator


class LandPlanPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.gui = None
        install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        if self.provider is None:
            from .provider import LandPlanProvider
            self.provider = LandPlanProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()
        if self.iface is not None:
            try:
                from .gui import LandPlanGui
            except ImportError:
                return
            self.gui = LandPlanGui(self.iface, self.provider)
            self.gui.setup()

    def unload(self):
        if self.gui is not None:
            self.gui.teardown()
            self.gui = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None

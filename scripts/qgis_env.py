"""Standalone QGIS for scripts (demo, benchmarks): headless app + Processing + the plugin from
this checkout, loaded through qgis.utils the way QGIS loads it."""
import os
import sys
import tempfile
import warnings

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
for p in ("/usr/share/qgis/python/plugins", "/usr/share/qgis/python", REPO):
    if p not in sys.path:
        sys.path.insert(0, p)

_app = None


def start():
    global _app
    if _app is not None:
        return _app
    if os.environ.get("LANDPLAN_STRICT_DEPRECATIONS"):  # `make test-344`: the plugin calls nothing QGIS 4 removed
        for category in (DeprecationWarning, PendingDeprecationWarning, FutureWarning):
            warnings.filterwarnings("error", category=category, module=r"landplan_plugin\b")
    from qgis.core import QgsApplication
    QgsApplication.setPrefixPath("/usr", True)
    _app = QgsApplication([], False, tempfile.mkdtemp(prefix="landplan-profile-"))
    _app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import qgis.utils
    qgis.utils.plugin_paths.insert(0, REPO)
    if not qgis.utils.loadPlugin("landplan_plugin") or not qgis.utils.startProcessingPlugin("landplan_plugin"):
        raise SystemExit("could not load the LandPlan plugin from %s" % REPO)
    return _app


class LogFeedback:
    """Factory for a feedback that prints the algorithm's log lines indented."""

    @staticmethod
    def make(quiet=False):
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.lines = []

            def pushInfo(self, info):  # noqa: N802 (QgsProcessingFeedback API name)
                self.lines.append(info)
                if not quiet:
                    print("    " + info)

            def pushWarning(self, warning):  # noqa: N802 (QgsProcessingFeedback API name)
                self.lines.append(warning)
                if not quiet:
                    print("    ! " + warning)

            def reportError(self, error, fatalError=False):  # noqa: N802,N803 (QgsProcessingFeedback API names)
                self.lines.append(error)
                print("    ERROR " + error)

        return _Feedback()


def stop():
    global _app
    if _app is not None:
        import gc
        gc.collect()
        _app.exitQgis()
        _app = None

"""Real QGIS for the tests: one headless QgsApplication per session, the plugin loaded through
``qgis.utils`` the way QGIS and qgis_process load it, and Processing initialised."""
import os
import shutil
import sys
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
for p in ("/usr/share/qgis/python/plugins", "/usr/share/qgis/python", REPO):
    if p not in sys.path:
        sys.path.insert(0, p)

from qgis.core import QgsApplication  # noqa: E402

_PROFILE = tempfile.mkdtemp(prefix="landplan-test-profile-")
_APP = None


def _start_qgis():
    global _APP
    if _APP is not None:
        return _APP
    QgsApplication.setPrefixPath("/usr", True)
    _APP = QgsApplication([], False, _PROFILE)
    _APP.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import qgis.utils
    qgis.utils.plugin_paths.insert(0, REPO)
    if REPO not in qgis.utils.plugin_paths:
        qgis.utils.plugin_paths.append(REPO)
    assert qgis.utils.loadPlugin("landplan_plugin"), "qgis.utils could not load landplan_plugin"
    assert qgis.utils.startProcessingPlugin("landplan_plugin"), "initProcessing failed"
    return _APP


@pytest.fixture(scope="session")
def qgis_app():
    app = _start_qgis()
    yield app


@pytest.fixture(scope="session")
def demo_gpkg():
    path = os.path.join(REPO, "resources", "demo", "landplan_demo.gpkg")
    if not os.path.exists(path):
        pytest.skip("demo data not built (make demo-data)")
    return path


@pytest.fixture
def tmp_out(tmp_path):
    return tmp_path


def run_alg(alg_id, params, context=None, feedback=None):
    """Run a Processing algorithm and return (results, feedback with its log)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class LogFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.log = []
            self.progress_values = []
            self.progressChanged.connect(self.progress_values.append)

        def pushInfo(self, info):  # noqa: N802
            self.log.append(info)
            super().pushInfo(info)

        def pushWarning(self, warning):  # noqa: N802
            self.log.append(warning)
            super().pushWarning(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            self.log.append(error)
            super().reportError(error, fatalError)

    fb = feedback or LogFeedback()
    ctx = context or QgsProcessingContext()
    results = processing.run(alg_id, params, context=ctx, feedback=fb)
    return results, fb


@pytest.fixture(scope="session", autouse=False)
def _cleanup_profile():
    yield
    shutil.rmtree(_PROFILE, ignore_errors=True)

"""Real QGIS for the tests: one headless QgsApplication per session, the plugin loaded through
``qgis.utils`` the way QGIS and qgis_process load it, and Processing initialised."""
import os
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "scripts"))
import qgis_env  # noqa: E402  (the same standalone QGIS start-up as the demo and benchmarks)


def _start_qgis():
    return qgis_env.start()


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

        def pushInfo(self, info):  # noqa: N802 (QgsProcessingFeedback API name)
            self.log.append(info)
            super().pushInfo(info)

        def pushWarning(self, warning):  # noqa: N802 (QgsProcessingFeedback API name)
            self.log.append(warning)
            super().pushWarning(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802,N803 (QgsProcessingFeedback API names)
            self.log.append(error)
            super().reportError(error, fatalError)

    fb = feedback or LogFeedback()
    ctx = context or QgsProcessingContext()
    results = processing.run(alg_id, params, context=ctx, feedback=fb)
    return results, fb



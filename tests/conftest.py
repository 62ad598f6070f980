"""Repository root on sys.path so ``landplan_plugin.core`` imports without QGIS."""
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

# The tests' own GDAL calls raise on error (GDAL ≥ 3.8 warns when a program never chose; the
# plugin chooses around each of its GDAL calls, compat.gdal_errors_as_values).
try:
    from osgeo import gdal as _gdal
except ImportError:  # pragma: no cover — the scale venv has no GDAL bindings
    pass
else:
    _gdal.UseExceptions()

# Property tests: no wall-clock deadline (a loaded 2-core machine is slow, not wrong). With CI set
# they are derandomized, so a submission's CI run is repeatable; locally each run explores anew.
try:
    from hypothesis import settings as _hypothesis_settings
except ImportError:  # pragma: no cover — the scale venv's tests need no hypothesis
    pass
else:
    _hypothesis_settings.register_profile("landplan", deadline=None)
    _hypothesis_settings.register_profile("landplan-ci", deadline=None, derandomize=True)
    _hypothesis_settings.load_profile("landplan-ci" if os.environ.get("CI") else "landplan")


def pytest_configure(config):
    """`make test-344` (LANDPLAN_STRICT_DEPRECATIONS=1): every deprecation warning raised while the
    suite runs is an error — QGIS 4 removed the APIs QGIS 3.x marked deprecated, and sip warns
    when one is called."""
    if not os.environ.get("LANDPLAN_STRICT_DEPRECATIONS"):
        return
    for line in ("error::DeprecationWarning", "error::PendingDeprecationWarning", "error::FutureWarning",
                 # QGIS's own Processing framework (codecs.open on Python 3.14) is not ours to change
                 r"ignore::DeprecationWarning:processing(\..*)?"):
        config.addinivalue_line("filterwarnings", line)

"""Repository root on sys.path so ``landplan_plugin.core`` imports without QGIS."""
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

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

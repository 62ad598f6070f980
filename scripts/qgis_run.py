#!/usr/bin/env python3
"""Run one LandPlan Processing algorithm in a standalone QGIS and print its results as JSON.

    /usr/bin/python3 scripts/qgis_run.py landplan:zoneindustrialshare '{"ZONES": "...", "OUTPUT": "out.gpkg"}'

Used by the distributed engine's tests and benchmark (tests/scale, scripts/bench_scale.py), which run
in .venv-scale and must never import QGIS themselves: they start this script with the QGIS python.
Prints one JSON line ``{"results": {...}, "seconds": t, "log": [...]}`` on stdout.
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_env  # noqa: E402


def main():
    alg_id, params = sys.argv[1], json.loads(sys.argv[2])
    qgis_env.start()
    import processing
    from qgis.core import QgsProcessingContext
    feedback = qgis_env.LogFeedback.make(quiet=True)
    context = QgsProcessingContext()
    start = time.perf_counter()
    results = processing.run(alg_id, params, context=context, feedback=feedback)
    seconds = time.perf_counter() - start
    out = {"results": {k: v for k, v in results.items() if isinstance(v, (str, int, float, type(None)))},
           "seconds": seconds, "log": list(feedback.lines)}
    del context
    print(json.dumps(out, ensure_ascii=False))
    sys.stdout.flush()
    qgis_env.stop()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Run LandPlan Processing algorithms in a standalone QGIS and print their results as JSON.

    /usr/bin/python3 scripts/qgis_run.py landplan:zoneindustrialshare '{"ZONES": "...", "OUTPUT": "out.gpkg"}'
    /usr/bin/python3 scripts/qgis_run.py --jobs jobs.json    # [{"alg": ..., "params": {...}}, ...]: one QGIS start

Used by the distributed engine's tests and benchmark (tests/scale, scripts/bench_scale.py), which run
in .venv-scale and must never import QGIS themselves: they start this script with the QGIS python.
Prints one JSON line per run ``{"results": {...}, "seconds": t, "log": [...]}`` on stdout (an
``"error"`` instead of results when the algorithm failed).
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_env


def run_one(alg_id, params):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException
    feedback = qgis_env.LogFeedback.make(quiet=True)
    context = QgsProcessingContext()
    start = time.perf_counter()
    try:
        results = processing.run(alg_id, params, context=context, feedback=feedback)
    except QgsProcessingException as exc:
        return {"error": str(exc), "log": list(feedback.lines)}
    seconds = time.perf_counter() - start
    out = {"results": {k: v for k, v in results.items() if isinstance(v, (str, int, float, type(None)))},
           "seconds": seconds, "log": list(feedback.lines)}
    del context
    return out


def main():
    if sys.argv[1] == "--jobs":
        with open(sys.argv[2], encoding="utf-8") as f:
            jobs = json.load(f)
    else:
        jobs = [{"alg": sys.argv[1], "params": json.loads(sys.argv[2])}]
    qgis_env.start()
    for job in jobs:
        print(json.dumps(run_one(job["alg"], job["params"]), ensure_ascii=False))
        sys.stdout.flush()
    qgis_env.stop()


if __name__ == "__main__":
    main()

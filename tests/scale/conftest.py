"""Tests of the distributed engine. They run in .venv-scale (``make test-scale``); under the QGIS
venv (``make test`` collects ``tests/``) they are not collected at all.

QGIS never enters this process: the plugin's algorithms run in a subprocess with the QGIS python
(scripts/qgis_run.py), all of a session's runs in one QGIS start; the engine runs in-process
through ``landplan.cli.main`` on one local dask cluster shared by the session, and as
the real ``landplan`` command where the command itself is under test.
"""
import importlib.util
import json
import os
import subprocess
import sys

import pytest

if importlib.util.find_spec("dask_geopandas") is None:
    collect_ignore_glob = ["*"]  # not the scale venv (the QGIS venv has no dask-geopandas)

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(REPO, "resources", "demo", "landplan_demo.gpkg")
QGIS_PYTHON = "/usr/bin/python3"


def clean_env(**extra):
    """The environment for a child process: no QGIS paths in the engine, no venv in QGIS."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PROJ_DATA", "PROJ_LIB", "VIRTUAL_ENV")}
    env.update(extra)
    return env


def run_qgis(jobs, tmp_dir):
    """Run Processing algorithms in one standalone QGIS (subprocess); returns their JSON results."""
    path = os.path.join(str(tmp_dir), "qgis_jobs.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(jobs, f, ensure_ascii=False)
    env = clean_env(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR="/tmp/runtime-%d" % os.getuid())
    proc = subprocess.run([QGIS_PYTHON, os.path.join(REPO, "scripts", "qgis_run.py"), "--jobs", path],
                          capture_output=True, text=True, env=env, timeout=600, cwd=REPO)
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode == 0 and len(lines) == len(jobs), proc.stderr[-3000:]
    for job, res in zip(jobs, lines):
        assert "error" not in res, (job["alg"], res.get("error"))
    return lines


@pytest.fixture(scope="session")
def cluster():
    """One local dask cluster (2 worker processes) for the session's in-process runs."""
    import dask
    from distributed import Client, LocalCluster
    dask.config.set({"dataframe.convert-string": False})
    c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(c)
    yield c.scheduler_address
    client.close()
    c.close()


@pytest.fixture(scope="session")
def landplan(cluster):
    """landplan(*args) → (exit code, printed lines): the command in-process on the session cluster."""
    import contextlib
    import io as _io
    from landplan.cli import main

    def run(*args):
        out, err = _io.StringIO(), _io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([str(a) for a in args] + ["--scheduler", cluster, "--no-progress"])
        return code, out.getvalue() + err.getvalue()
    return run


def landplan_process(*args, timeout=300, **popen):
    """The real ``landplan`` console script of this venv, as a subprocess."""
    exe = os.path.join(os.path.dirname(sys.executable), "landplan")
    return subprocess.run([exe] + [str(a) for a in args], capture_output=True, text=True, timeout=timeout,
                          env=clean_env(), cwd=REPO, **popen)

"""A real cluster: ``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1, the real
``landplan`` command pointed at it with ``--scheduler``; and a worker killed mid-run, after which
the job still completes with every row (dask recomputes the lost partitions on the survivor)."""
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from . import compare
from .conftest import DEMO, REPO, clean_env, landplan_process

sys.path.insert(0, os.path.join(REPO, "scripts"))
import scale_data  # noqa: E402

DASK = os.path.join(os.path.dirname(sys.executable), "dask")


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A scheduler and workers as separate processes (killed at the end)."""

    def __init__(self, tmp, n_workers=2, nanny=True):
        self.port = _free_port()
        self.address = "tcp://127.0.0.1:%d" % self.port
        self.procs = []
        self.logs = []
        self._start([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(self.port), "--no-dashboard"],
                    tmp, "scheduler")
        self._wait_port()
        self.workers = []
        for k in range(n_workers):
            cmd = [DASK, "worker", self.address, "--nthreads", "1", "--no-dashboard", "--name", "w%d" % k,
                   "--memory-limit", "2GB", "--local-directory", str(tmp / ("w%d" % k))]
            if not nanny:
                cmd.append("--no-nanny")
            self.workers.append(self._start(cmd, tmp, "worker%d" % k))
        self._wait_workers(n_workers)

    def _start(self, cmd, tmp, name):
        log = open(str(tmp / ("%s.log" % name)), "w")
        self.logs.append(log)
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=clean_env(), cwd=REPO)
        self.procs.append(proc)
        return proc

    def _wait_port(self, timeout=60):
        end = time.time() + timeout
        while time.time() < end:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.2)
        raise AssertionError("the dask scheduler did not start")

    def client(self):
        from distributed import Client
        return Client(self.address, timeout="30s")

    def _wait_workers(self, n):
        with self.client() as c:
            c.wait_for_workers(n, timeout=120)

    def close(self):
        for p in reversed(self.procs):
            if p.poll() is None:
                p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        for log in self.logs:
            log.close()


@pytest.fixture(scope="module")
def cluster_procs(tmp_path_factory):
    """One scheduler + two workers (no nanny: a killed worker stays dead) for this module; the
    first test uses both workers, the second kills one."""
    c = Cluster(tmp_path_factory.mktemp("cluster"), nanny=False)
    yield c
    c.close()


def test_runs_on_an_existing_scheduler_with_two_workers(cluster_procs, tmp_path, landplan):
    c = cluster_procs
    out = str(tmp_path / "scored.gpkg")
    proc = landplan_process("score", DEMO, "--layer", "parcels", "--status-field", "生产状态", "--output", out,
                            "--scheduler", c.address, "--partition-rows", "100")
    assert proc.returncode == 0, proc.stderr
    assert "2 worker(s)" in proc.stdout
    assert c.address in proc.stdout
    ref = str(tmp_path / "ref.gpkg")
    code, text = landplan("score", DEMO, "--layer", "parcels", "--status-field", "生产状态", "--output", ref)
    assert code == 0, text
    ours, theirs = compare.read(out), compare.read(ref)
    assert len(ours) == 593
    assert not compare.differences(ours, theirs, [c for c in theirs.columns if c != "geometry"], key="宗地编号")
    with c.client() as client:  # both workers took part
        done = client.run(lambda dask_worker: dask_worker.state.executed_count)
        assert len(done) == 2 and all(n > 0 for n in done.values()), done


def test_job_completes_when_a_worker_dies(cluster_procs, tmp_path, landplan):
    n = 20000
    src = scale_data.write(scale_data.parcels(n), str(tmp_path / "parcels.gpkg"))
    ref = str(tmp_path / "ref.parquet")
    code, text = landplan("score", src, "--output", ref, "--partition-rows", "200")
    assert code == 0, text
    c = cluster_procs
    out = str(tmp_path / "scored.gpkg")
    exe = os.path.join(os.path.dirname(sys.executable), "landplan")
    job = subprocess.Popen([exe, "score", src, "--output", out, "--scheduler", c.address, "--partition-rows", "200",
                            "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env=clean_env(), cwd=REPO)
    victim = c.workers[1]
    with c.client() as client:
        # kill the second worker while it is computing one of this job's partitions
        victim_address = [a for a, w in client.scheduler_info()["workers"].items() if w.get("name") == "w1"][0]
        end = time.time() + 120
        while time.time() < end and job.poll() is None:
            busy = client.processing().get(victim_address, ())
            if any(name in str(k) for name in ("score_partition", "score_ids", "arrow_part") for k in busy):
                break
            time.sleep(0.02)
        assert job.poll() is None, "the job ended before a worker could be killed: %s" % job.communicate()[1]
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(timeout=30)
        stdout, stderr = job.communicate(timeout=600)
        assert job.returncode == 0, stderr
        assert len(client.scheduler_info()["workers"]) == 1
    ours, theirs = compare.read(out), compare.read(ref)
    assert len(ours) == n == len(theirs)
    assert ours["宗地编号"].tolist() == theirs["宗地编号"].tolist()  # complete, in input order
    fields = ["ie_score", "ie_flag", "ie_type", "ie_reason", "ie_areamu"]
    assert not compare.differences(ours, theirs, fields, key="宗地编号")

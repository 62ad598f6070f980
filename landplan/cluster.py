"""The dask cluster a run uses: a local one (``--workers N``, default one worker process per core,
one thread each — the rules are pure Python, so processes, not threads, give parallelism) or an
existing one (``--scheduler tcp://HOST:PORT``; its workers must have this checkout installed, e.g.
``make scale-deps`` in a ``.venv-scale`` of their own, and see the input/output paths).

:func:`run_parts` submits one task per partition and hands results back as they finish (in
partition order, or in any order), with dask's progress bar on a terminal.
"""
import contextlib
import logging
import os
import sys
import threading
import time

from .errors import EXIT_CLUSTER, UserError


def configure():
    """dask settings for a run; called before any dask collection is built (graphs carry them)."""
    import dask
    # keep messy text and date columns as Python objects (the core reads them as such), not Arrow strings
    dask.config.set({"dataframe.convert-string": False,
                     "distributed.scheduler.allowed-failures": 5})


@contextlib.contextmanager
def connect(workers=None, scheduler=None, memory_limit="auto"):
    """Yield a ``distributed.Client``; a local cluster is closed at the end."""
    from distributed import Client, LocalCluster
    configure()
    for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny",
                 "distributed.core", "distributed.comm", "distributed.batched"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if scheduler:
        import dask
        try:
            client = Client(scheduler, timeout=dask.config.get("landplan.scheduler-timeout", "10s"))
        except (OSError, TimeoutError) as exc:
            raise UserError("Cannot reach the dask scheduler at %s (%s)." % (scheduler, _short(exc)),
                            EXIT_CLUSTER) from exc
        try:
            n = len(client.scheduler_info().get("workers", {}))
            if n == 0:
                client.wait_for_workers(1, timeout=30)
            yield client
        finally:
            client.close()
        return
    n = workers or os.cpu_count() or 1
    try:
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR, memory_limit=memory_limit, preload=["landplan.preload"])
    except Exception as exc:  # noqa: BLE001
        raise UserError("Cannot start a local dask cluster with %d workers (%s)." % (n, _short(exc)),
                        EXIT_CLUSTER) from exc
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def _short(exc):
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def describe(client):
    info = client.scheduler_info()
    workers = info.get("workers", {})
    threads = sum(w.get("nthreads", 1) for w in workers.values())
    return "%s, %d worker(s), %d thread(s)" % (info.get("address", "?"), len(workers), threads)


def run_parts(client, tasks, progress=None, on_result=None, label="partitions", ordered=True):
    """Compute ``tasks`` (dask delayed objects, one per partition); call ``on_result(i, value)`` in
    partition order as soon as each next one is done (``ordered=False``: as each one is done),
    the results then leaving worker memory; return the list of values when ``on_result`` is
    None. A progress bar is shown on a terminal."""
    from distributed import as_completed
    if progress is None:
        progress = sys.stderr.isatty()
    futures = client.compute(list(tasks))
    bar = None
    if progress and futures:
        bar = threading.Thread(target=_progress_bar, args=(futures,), daemon=True)
        bar.start()
    out = [None] * len(futures) if on_result is None else None
    index = {f.key: i for i, f in enumerate(futures)}
    done = {}
    next_i = 0
    try:
        for fut in as_completed(futures):
            i = index[fut.key]
            value = fut.result()
            fut.release()
            if on_result is None:
                out[i] = value
                continue
            if not ordered:
                on_result(i, value)
                continue
            done[i] = value
            while next_i in done:
                on_result(next_i, done.pop(next_i))
                next_i += 1
    finally:
        for f in futures:
            f.release()
    if bar is not None:
        bar.join(timeout=5)
    return out


def _progress_bar(futures):
    try:
        from distributed import progress
        progress(futures, notebook=False, multi=False)
    except Exception:  # noqa: BLE001 — a progress bar never breaks a run
        pass


class Timer:
    def __init__(self):
        self.start = time.perf_counter()

    def __str__(self):
        return "%.1f s" % (time.perf_counter() - self.start)

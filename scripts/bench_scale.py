#!/usr/bin/env python3
"""`make bench-scale` — the distributed engine against the QGIS algorithms, and its weak scaling.
Runs in .venv-scale; QGIS runs in its own process (scripts/qgis_run.py, the QGIS python).

1. ``landplan score`` — the whole command, cluster start-up included — against
   ``landplan:scoreinefficiency`` timed inside a running QGIS (around processing.run), on the same
   GeoPackage of N parcels (``--n-score``, default 1,000,000), both writing a GeoPackage.
   Goal: ratio ≤ 0.5. ``--repeat R`` alternates the two R times (median ratio; CPU seconds too).
2. ``landplan zoneshare`` against ``landplan:zoneindustrialshare``: ``--n-zone`` land-use polygons
   (default 1,000,000) × ``--zones`` zones (default 100).
3. Weak scaling of ``landplan score`` on the same workers: ``--weak 1000000,2000000,4000000``
   parcels; wall time, time per million, and peak memory per worker (RSS of each worker process,
   sampled every 0.2 s) and of the client.
Then, from the measured time per partition: the expected time for ``--plan-parcels`` (50M) on
``--plan-workers`` (20) workers (printed; the README quotes it).

    make bench-scale ARGS="--n-score 50000 --n-zone 50000 --weak 25000,50000,100000"   # quick check
Input data are generated once per size into ``--data`` (scripts/scale_data.py). ``--workers``
defaults to one per core. ``--only score|zone|weak`` runs one part.
"""
import argparse
import json
import os
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import scale_data  # noqa: E402

QGIS_PYTHON = "/usr/bin/python3"


def clean_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PROJ_DATA", "PROJ_LIB", "VIRTUAL_ENV")}
    env.update(extra)
    return env


class Sampler(threading.Thread):
    """Peak RSS (bytes) of a process and of each of its descendants, sampled every 0.2 s."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        import psutil
        self.root = psutil.Process(pid)
        self.peak_root = 0
        self.peak_children = {}
        self.stop = threading.Event()

    def run(self):
        import psutil
        while not self.stop.is_set():
            try:
                self.peak_root = max(self.peak_root, self.root.memory_info().rss)
                for child in self.root.children(recursive=True):
                    try:
                        rss = child.memory_info().rss
                        cmd = " ".join(child.cmdline())
                    except psutil.Error:
                        continue
                    if "resource_tracker" in cmd:
                        continue
                    self.peak_children[child.pid] = max(self.peak_children.get(child.pid, 0), rss)
            except psutil.Error:
                pass
            self.stop.wait(0.2)


def measured(cmd, env=None):
    """(wall seconds, stdout, peak RSS of the process, peaks of its children) of one command; its
    CPU seconds (user + system, with its children's) are added to ``CPU``."""
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    sampler = Sampler(proc.pid)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit("failed (%d): %s\n%s" % (proc.returncode, " ".join(cmd), err[-3000:]))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, out, sampler.peak_root, sorted(sampler.peak_children.values(), reverse=True)


#: CPU seconds of each command measured, in order
CPU = []


def landplan(args, workers):
    exe = os.path.join(os.path.dirname(sys.executable), "landplan")
    cmd = [exe] + args + ["--no-progress"] + (["--workers", str(workers)] if workers else [])
    return measured(cmd, env=clean_env())


def qgis(alg, params):
    """Seconds inside QGIS (around processing.run) and the QGIS process's peak RSS."""
    cmd = [QGIS_PYTHON, os.path.join(HERE, "qgis_run.py"), alg, json.dumps(params, ensure_ascii=False)]
    _wall, out, peak, _ = measured(cmd, env=clean_env(QT_QPA_PLATFORM="offscreen",
                                                      XDG_RUNTIME_DIR="/tmp/runtime-%d" % os.getuid()))
    line = [x for x in out.splitlines() if x.startswith("{")][-1]
    return json.loads(line)["seconds"], peak


def mb(b):
    return b / 1048576.0


def data(path, make):
    if not os.path.exists(path):
        t = time.perf_counter()
        make(path)
        print("   generated %s (%.0f s)" % (os.path.basename(path), time.perf_counter() - t), flush=True)
    return path


def parcels_file(d, n):
    return data(os.path.join(d, "parcels_%d.gpkg" % n), lambda p: scale_data.write(scale_data.parcels(n), p))


def bench_score(args, d, out):
    n = args.n_score
    src = parcels_file(d, n)
    print("\n== score: %d parcels (landplan score, whole command, vs landplan:scoreinefficiency in QGIS)" % n)
    q_out = os.path.join(out, "score_qgis.gpkg")
    runs = []
    for _run in range(args.repeat):  # alternated, so that both meet the machine's other load alike
        load = os.getloadavg()[0]
        q_sec, q_peak = qgis("landplan:scoreinefficiency", {"INPUT": src, "OUTPUT": q_out})
        q_cpu = CPU[-1]
        wall, text, peak, children = landplan(["score", src, "--output", os.path.join(out, "score_scale.gpkg")],
                                              args.workers)
        runs.append({"load": load, "qgis_s": q_sec, "landplan_s": wall, "ratio": wall / q_sec,
                     "qgis_cpu_s": q_cpu, "landplan_cpu_s": CPU[-1]})
        print("   QGIS scoreinefficiency: %.1f s (peak %.0f MB, QGIS process; %.1f s CPU with start-up)" % (
            q_sec, mb(q_peak), q_cpu))
        print("   landplan score:         %.1f s (client peak %.0f MB; workers %s MB; %.1f s CPU)" % (
            wall, mb(peak), ", ".join("%.0f" % mb(c) for c in children[:args.workers or 8]), CPU[-1]))
        print("   ratio landplan / QGIS:  %.2f× (goal ≤ 0.5×; load average %.1f before)" % (wall / q_sec, load),
              flush=True)
    ratio = sorted(r["ratio"] for r in runs)[len(runs) // 2]
    if len(runs) > 1:
        print("   median ratio of %d runs: %.2f×" % (len(runs), ratio))
    return {"n": n, "ratio": ratio, "runs": runs}


def bench_zone(args, d, out):
    n, nz = args.n_zone, args.zones
    lu = os.path.join(d, "landuse_%d.gpkg" % n)
    zones = os.path.join(d, "zones_%d_%d.gpkg" % (n, nz))
    if not (os.path.exists(lu) and os.path.exists(zones)):
        t = time.perf_counter()
        z, landuse = scale_data.landuse(n, n_zones=nz)
        scale_data.write(landuse, lu, "landuse")
        scale_data.write(z, zones, "zones")
        print("   generated land use and zones (%.0f s)" % (time.perf_counter() - t), flush=True)
    print("\n== zoneshare: %d land-use polygons × %d zones (vs landplan:zoneindustrialshare in QGIS)" % (n, nz))
    q_sec, q_peak = qgis("landplan:zoneindustrialshare", {"ZONES": zones, "LANDUSE": lu, "LANDUSE_FIELD": "DLBM",
                                                          "OUTPUT": os.path.join(out, "zones_qgis.gpkg")})
    wall, _text, peak, children = landplan(["zoneshare", "--zones", zones, "--landuse", lu, "--landuse-field",
                                            "DLBM", "--output", os.path.join(out, "zones_scale.gpkg")], args.workers)
    ratio = wall / q_sec
    print("   QGIS zoneindustrialshare: %.1f s (peak %.0f MB)" % (q_sec, mb(q_peak)))
    print("   landplan zoneshare:       %.1f s (client peak %.0f MB; workers %s MB)" % (
        wall, mb(peak), ", ".join("%.0f" % mb(c) for c in children[:args.workers or 8])))
    print("   ratio landplan / QGIS:    %.2f×" % ratio)
    return {"n": n, "zones": nz, "qgis_s": q_sec, "landplan_s": wall, "ratio": ratio}


def bench_weak(args, d, out):
    sizes = [int(s) for s in args.weak.split(",") if s]
    print("\n== weak scaling: landplan score on the same %s worker(s), %s parcels" % (
        args.workers or os.cpu_count(), ", ".join("{:,}".format(s) for s in sizes)))
    rows = []
    for n in sizes:
        src = parcels_file(d, n)
        wall, text, peak, children = landplan(["score", src, "--output", os.path.join(out, "weak_%d.parquet" % n),
                                               "--partition-rows", str(args.partition_rows)], args.workers)
        parts = -(-n // args.partition_rows)
        rows.append({"n": n, "s": wall, "s_per_m": wall / n * 1e6, "client_mb": mb(peak),
                     "worker_mb": mb(max(children)) if children else 0.0, "partitions": parts})
        print("   %10s parcels: %6.1f s  (%5.1f s per million; %d partitions; peak per worker %.0f MB; client %.0f MB)"
              % ("{:,}".format(n), wall, wall / n * 1e6, parts, rows[-1]["worker_mb"], rows[-1]["client_mb"]),
              flush=True)
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        per_part = (b["s"] - a["s"]) / (b["partitions"] - a["partitions"]) * (args.workers or os.cpu_count())
        fixed = a["s"] - per_part * a["partitions"] / (args.workers or os.cpu_count())
        print("   time = %.1f s fixed + %.2f s per partition of %d parcels per worker (fit of the first and last size)"
              % (fixed, per_part, args.partition_rows))
        w = args.plan_workers
        parts = -(-args.plan_parcels // args.partition_rows)
        est = fixed + per_part * parts / w
        print("   on paper: %s parcels on %d workers → %d partitions, %.0f s (%.1f min) if the per-partition cost "
              "holds" % ("{:,}".format(args.plan_parcels), w, parts, est, est / 60))
        rows.append({"fixed_s": fixed, "per_partition_s": per_part, "plan_s": est})
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n-score", type=int, default=1_000_000)
    ap.add_argument("--n-zone", type=int, default=1_000_000)
    ap.add_argument("--zones", type=int, default=100)
    ap.add_argument("--weak", default="1000000,2000000,4000000")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--partition-rows", type=int, default=100_000)
    ap.add_argument("--plan-parcels", type=int, default=50_000_000)
    ap.add_argument("--plan-workers", type=int, default=20)
    ap.add_argument("--only", choices=("score", "zone", "weak"))
    ap.add_argument("--repeat", type=int, default=1, help="score: QGIS and landplan alternated this many times")
    ap.add_argument("--data", default=os.path.join(REPO, "bench-scale-out", "data"))
    ap.add_argument("--out", default=os.path.join(REPO, "bench-scale-out"))
    args = ap.parse_args()
    os.makedirs(args.data, exist_ok=True)
    os.makedirs(args.out, exist_ok=True)
    print("landplan benchmark: %d cores, workers %s" % (os.cpu_count(), args.workers or "one per core"))
    results = {}
    if args.only in (None, "score"):
        results["score"] = bench_score(args, args.data, args.out)
    if args.only in (None, "zone"):
        results["zone"] = bench_zone(args, args.data, args.out)
    if args.only in (None, "weak"):
        results["weak"] = bench_weak(args, args.data, args.out)
    with open(os.path.join(args.out, "results.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)
    print("\nresults: %s" % os.path.join(args.out, "results.json"))


if __name__ == "__main__":
    main()

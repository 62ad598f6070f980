"""What every ``landplan`` subcommand shares: the :class:`Run` (options, log, cluster), writing
result partitions, the reference date, enum options, the problem lines of the log, and spatial
partitioning. The subcommands themselves are the modules of :mod:`landplan.checks`."""
import threading

import numpy as np

from .cluster import run_parts
from .errors import UserError
from . import io


class Run:
    """What a job needs from the command line: options, a log function and the cluster, which is
    started (or reached) on first use — after the inputs and options were checked, so a wrong
    field or file fails in a second, not after a cluster start."""

    def __init__(self, stack, opts, log, progress=None, chunk_rows=None):
        self._client = None
        self.opts = opts
        self.log = log
        self.progress = progress
        self.chunk_rows = chunk_rows
        self._cluster = self._failed = None
        self._described = False
        self._starting = threading.Thread(target=self._start, name="landplan-cluster", daemon=True)
        stack.callback(self._close)

    def warm_up(self):
        """Start the cluster in the background (once the inputs and options were checked): its
        workers load their libraries while the client prepares the run."""
        if not self._starting.ident:
            self._starting.start()

    def _start(self):
        from .cluster import connect
        try:
            cluster = connect(self.opts.workers, self.opts.scheduler, self.opts.memory_limit)
            self._client = cluster.__enter__()
            self._cluster = cluster
        except BaseException as exc:  # noqa: BLE001 — raised where the cluster is first used
            self._failed = exc

    def _close(self):
        if self._starting.is_alive():
            self._starting.join()
        if self._cluster is not None:
            self._cluster.__exit__(None, None, None)

    @property
    def client(self):
        if not self._described:
            from .cluster import describe
            if not self._starting.is_alive() and not self._starting.ident:
                self._starting.start()
            self._starting.join()
            if self._failed is not None:
                raise self._failed
            self._described = True
            self.log("Cluster: %s" % describe(self._client))
        return self._client

    def compute(self, tasks):
        """Values of ``tasks`` (dask delayed) computed on the cluster, in order."""
        return run_parts(self.client, tasks, progress=False)

    def open(self, path, layer=None, label=None, **kwargs):
        """An input layer (io.open_layer) with this run's encoding and partition size."""
        return io.open_layer(path, layer, self.opts.encoding, label=label, chunk_rows=self.chunk_rows, **kwargs)


# ---- output ------------------------------------------------------------------------------------

def write_output(run, parts, output, layer_name, geometry_type, crs, fast=None):
    """Compute the result partitions (delayed ``(GeoDataFrame, summary)`` pairs) and write them:
    GeoParquet parts by the workers, or one GeoPackage layer by the client in partition order
    (Arrow tables, appended as soon as the next one is done). With ``fast`` (a
    gpkg.FastOutput) the partitions are ``(columns, summary)`` pairs (see :func:`columns_only`)
    written into the copied input. Returns the per-partition summaries, in partition order."""
    import dask
    if fast is not None:
        return _write_fast(run, parts, fast)
    kind = io.prepare_output(output)
    if kind == "parquet":
        tasks = [dask.delayed(_write_part)(p, output, i) for i, p in enumerate(parts)]
        return run_parts(run.client, tasks, progress=run.progress)
    multi = "multi" in str(geometry_type).lower()
    writer = io.GpkgWriter(output, layer_name, geometry_type, crs)
    summaries = []

    def write(i, result):
        table, summary = result
        summaries.append(summary)
        writer.write(table)
    tasks = [dask.delayed(_arrow_part)(p, multi) for p in parts]
    run_parts(run.client, tasks, progress=run.progress, on_result=write)
    return summaries


def _write_fast(run, parts, fast):
    summaries = [None] * len(parts)

    def write(i, result):
        part, summaries[i] = result
        fast.add(part)
    try:  # written as they come (keyed by id): the client writes while the workers compute
        run_parts(run.client, parts, progress=run.progress, on_result=write, ordered=False)
        fast.close()
    except BaseException:
        fast.abort()
        raise
    return summaries


def columns_only(path, fids, original, values, spec, geometry=None):
    """A partition's output for gpkg.FastOutput, written on the worker into ``path``
    (gpkg.write_part): the output columns (adapt.output_arrays) by id, and the repaired
    geometries by id."""
    from .adapt import output_arrays
    from .gpkg import write_part
    geoms = {}
    if geometry is not None:
        geoms = {int(fids[i]): geometry[i] for i in range(len(fids)) if geometry[i] is not original[i]}
    return write_part(path, fids, output_arrays(values, spec), spec, geoms)


def write_small(gdf, output, layer_name):
    """One small result (a row per zone) written on the client."""
    if io.prepare_output(output) == "parquet":
        io.write_parquet_part(gdf, output, 0)
    else:
        io.append_gpkg(gdf, output, layer_name, True)


def _arrow_part(result, multi):
    gdf, summary = result
    return io.to_arrow_part(gdf, multi), summary


def _write_part(result, directory, index):
    gdf, summary = result
    io.write_parquet_part(gdf, directory, index)
    return summary


def read_small(layer):
    """A small layer (zones) read whole on the client, with QGIS-like feature ids."""
    gdf = layer.frame.compute(scheduler="sync")
    return gdf.reset_index(drop=True)


# ---- options ------------------------------------------------------------------------------------

def enum(value, ids, option):
    """An enum option: its id (case-insensitive, or a label ending in ``(id)``) or its index."""
    text = str(value).strip()
    if text.isdigit() and int(text) < len(ids):
        return ids[int(text)]
    for i in ids:
        if text.lower() == i.lower() or text.lower().endswith("(%s)" % i.lower()):
            return i
    raise UserError("%s must be one of %s (or its index), not %s." % (option, ", ".join(ids), text))


def as_of_date(opts, log):
    """The reference date (core.dates.reference_date: empty → today; unreadable → an error), logged."""
    from landplan_plugin.core.dates import AsOfError, reference_date
    try:
        value = reference_date(opts.as_of)
    except AsOfError:
        raise UserError('Reference date (--as-of) "%s" is not a date (use e.g. 2024-12-31).' % opts.as_of) from None
    if not opts.as_of:
        log("Reference date (--as-of) not given: using today, %s." % value.isoformat())
    else:
        log("Reference date (--as-of): %s." % value.isoformat())
    return value


# ---- the log ------------------------------------------------------------------------------------

def merge_summaries(results):
    """Per-partition ``{"summary": {bucket: count or [count, 亩]}, "problems": {…}}`` summed."""
    summary, problems = {}, {}
    for r in results:
        if not r:
            continue
        for k, v in r.get("summary", {}).items():
            t = summary.setdefault(k, [0, 0.0])
            if isinstance(v, (list, tuple)):
                t[0] += v[0]
                t[1] += v[1]
            else:
                t[0] += v
        for k, v in r.get("problems", {}).items():
            problems[k] = problems.get(k, 0) + v
    return summary, problems


PROBLEM_LABELS = {
    "not_number": "text that is not a number", "not_finite": "NaN or infinite number", "bad_date": "unreadable date",
    "non_positive_area": "zero or negative area", "fraction_percent": "percent stored as a fraction",
    "percent_as_ratio": "ratio stored as a percent", "out_of_range": "value out of range",
    "bad_text": "unrecognised text value", "empty_geometry": "empty or NULL geometry",
    "invalid_geometry": "invalid geometry (repaired)",
}


def problem_lines(problems):
    lines = []
    for key, n in problems.items():
        kind, field = key if isinstance(key, tuple) else (key, "")
        label = PROBLEM_LABELS.get(kind, kind)
        if field:
            lines.append('! %d value(s) in field "%s": %s; see the reason field.' % (n, field, label))
        else:
            lines.append("! %d row value(s) with a data problem: %s" % (n, label))
    return lines


# ---- spatial partitioning ------------------------------------------------------------------------

def dask_geo(frame):
    import dask_geopandas
    return dask_geopandas.from_dask_dataframe(frame, geometry="geometry")


def shuffled(run, frame, npartitions):
    """``frame`` spatially partitioned by Hilbert distance (dask-geopandas spatial_shuffle), held in
    the cluster's memory (spilled to disk by the workers when large), with each partition's hull."""
    from . import spatial
    client = run.client  # the shuffle's eager steps (bounds, divisions) run on the cluster
    bounds = tuple(float(b) for b in client.compute(frame.total_bounds).result())
    if any(b != b for b in bounds):  # no geometry at all
        return frame
    hilbert = frame.map_partitions(spatial.hilbert_column, bounds, meta=("_lp_hilbert", "int64"))
    frame = frame.assign(_lp_hilbert=hilbert)
    frame = frame.set_index("_lp_hilbert", npartitions=max(1, npartitions), shuffle_method="tasks")
    frame = client.persist(frame)
    frame.calculate_spatial_partitions()
    return frame


def pair_partitions(left, right):
    """For each partition of ``left``, the partitions of ``right`` whose hulls meet its hull."""
    import shapely
    lh = np.asarray(left.spatial_partitions.values, dtype=object)
    rh = np.asarray(right.spatial_partitions.values, dtype=object)
    tree = shapely.STRtree(rh)
    return [sorted(tree.query(h, predicate="intersects").tolist()) if h is not None and not h.is_empty else []
            for h in lh]

"""``landplan permu`` — 亩均效益综合评价 ("亩均论英雄"), the engine side of landplan:permuevaluation.

Benchmarks (group means and medians), averages, ranks and classes are group-wide, so the rows are
evaluated over the WHOLE data set, never per partition: the scheme's columns (a few per row) are
shuffled so that each group lands whole in one partition, each such partition goes through
core.permu.evaluate_columns once (several groups at a time), and the results are shuffled back to
the input's partitions to be written beside the input's attributes.
"""
import numpy as np
import pandas as pd

from landplan_plugin.core import permu
from landplan_plugin.core.units import AREA_UNITS, M2_PER_MU, to_m2
from landplan_plugin.core.values import parse_number_array
from .. import adapt, spatial
from ..errors import UserError
from ..jobs import enum, problem_lines, write_output

OUTPUT = (("mj_score", "f", 4), ("mj_class", "s", 0), ("mj_rank", "i", 0), ("mj_n", "i", 0), ("mj_reason", "s", 0))
RESULTS = ("score", "cls", "rank", "n", "reason", "problems")
PART, ROW, GROUP = "_lp_part", "_lp_row", "_lp_group"


def add_arguments(p):
    p.add_argument("--scheme-file", help="the scheme (JSON; examples in resources/schemes)")
    p.add_argument("--group-field", help="rank within each group of this field (e.g. 规上/规下 or zone)")
    p.add_argument("--area-field", help="land area field, for the summary (default: measure the geometry)")
    p.add_argument("--area-unit", default="m2", help="unit of --area-field: m2 (default), mu or ha")
    p.add_argument("--pass-unclassed", action="store_true", help="no scheme file, or a layer without the scheme's "
                   "fields: write the features unclassed (mj_* empty) instead of stopping")


def _scheme(layer, opts, log):
    """The scheme and {scheme field: column}; (None, {}) when it cannot apply and --pass-unclassed."""
    try:
        if not opts.scheme_file:
            raise UserError("No scheme file was given (--scheme-file).")
        try:
            scheme = permu.load_scheme(opts.scheme_file)
        except permu.SchemeError as exc:
            raise UserError(str(exc)) from exc
        columns = {f: adapt.find_column(layer.columns, [f]) for f in scheme.fields()}
        for ind in scheme.indicators:
            for f in (ind.field, ind.numerator, ind.denominator):
                if f and columns[f] is None:
                    raise UserError('Scheme indicator "%s" needs field "%s", which is not in %s.'
                                    % (ind.name, f, layer.label))
        if scheme.exempt_field and columns[scheme.exempt_field] is None:
            raise UserError('The scheme\'s exempt field "%s" is not in %s.' % (scheme.exempt_field, layer.label))
        return scheme, columns
    except UserError as exc:
        if not opts.pass_unclassed:
            raise
        log("! %s The features are written unclassed (--pass-unclassed)." % exc)
        return None, {}


def run(job):
    import dask
    import dask.dataframe as dd
    opts, log = job.opts, job.log
    layer = job.open(opts.input, opts.layer, label="enterprises or parcels")
    crs = adapt.check_crs(layer, "Enterprises or parcels") if layer.has_geometry else None
    scheme, columns = _scheme(layer, opts, log)
    log("Scheme: %s" % (scheme.name if scheme else "—"))
    group = adapt.resolve_field(layer, opts.group_field or None, "--group-field", "group", allow_auto=False)
    area = adapt.resolve_field(layer, opts.area_field or None, "--area-field", "land area", allow_auto=False)
    unit = enum(opts.area_unit, AREA_UNITS, "--area-unit")
    parts = layer.frame.to_delayed()
    n_parts = len(parts)
    if scheme is not None:
        # the scheme's columns of every row, shuffled so that each group is whole in one partition
        meta = pd.DataFrame({PART: pd.Series([], dtype="int64"), ROW: pd.Series([], dtype="int64"),
                             GROUP: pd.Series([], dtype=object), "_lp_graw": pd.Series([], dtype=object),
                             **{"_lp_f%d" % k: pd.Series([], dtype=object) for k in range(len(columns))}})
        scheme_rows = dd.from_delayed([dask.delayed(scheme_columns)(p, i, columns, group, layer.int_columns)
                                       for i, p in enumerate(parts)], meta=meta, verify_meta=False)
        scheme_rows = job.client.persist(scheme_rows)  # read once: counted, then shuffled
        groups = _group_partitions(job, scheme_rows)
        by_group = scheme_rows.shuffle(GROUP, npartitions=groups, shuffle_method="tasks")
        res_meta = pd.DataFrame({PART: pd.Series([], dtype="int64"), ROW: pd.Series([], dtype="int64"),
                                 **{k: pd.Series([], dtype="float64" if k == "score" else object) for k in RESULTS}})
        results = by_group.map_partitions(evaluate_partition, scheme, list(columns), group is not None, meta=res_meta)
        # back to the input's partitions: partition i holds the results of input partition i
        divisions = tuple(range(n_parts)) + (n_parts - 1,)
        aligned = results.set_index(PART, divisions=divisions, shuffle_method="tasks").to_delayed()
    else:
        aligned = [None] * n_parts
    tasks = [dask.delayed(permu_partition)(p, r, area, unit, layer.int_columns, crs, layer.has_geometry)
             for p, r in zip(parts, aligned)]
    out = write_output(job, tasks, opts.output, opts.output_layer or "permu", layer.geometry_type, layer.crs)
    totals = {}
    for r in out:
        for cls, (count, mu) in r["summary"].items():
            t = totals.setdefault(cls, [0, 0.0])
            t[0] += count
            t[1] += mu
    lines = problem_lines(adapt.merge_counts(out)) + ["Summary (count, area in mu):"]
    for cls in [c for c in list(permu.CLASSES) + [None] if c in totals]:
        lines.append("  %s: %d, %.2f mu" % (permu.class_label(cls) if cls else "—", *totals[cls]))
    return {"lines": lines, "features": layer.count, "output": opts.output}


def _group_partitions(job, scheme_rows):
    """How many partitions the groups are spread over: one per distinct group (at most the
    input's partition count); one when there is no group field."""
    keys = job.client.compute(scheme_rows[GROUP].drop_duplicates()).result()
    return max(1, min(len(keys), scheme_rows.npartitions))


# ---- on the workers ------------------------------------------------------------------------------

def scheme_columns(gdf, part, columns, group, int_columns):
    """One input partition → its rows' scheme columns (raw values), group value and group key."""
    n = len(gdf)
    out = {PART: np.full(n, part, dtype=np.int64), ROW: gdf[ROW].to_numpy(dtype=np.int64)}
    raw_group = adapt.object_column(gdf[group], group in int_columns) if group else np.full(n, None, dtype=object)
    out[GROUP] = np.array([permu._key(g) for g in raw_group], dtype=object)  # noqa: SLF001 — the core's group key
    out["_lp_graw"] = raw_group
    for k, col in enumerate(columns.values()):
        out["_lp_f%d" % k] = adapt.object_column(gdf[col], col in int_columns)
    return pd.DataFrame(out)


def evaluate_partition(df, scheme, fields, grouped):
    """Whole groups → core.permu.evaluate_columns → one result row per input row."""
    n = len(df)
    result = {PART: df[PART].to_numpy(), ROW: df[ROW].to_numpy()}
    if n == 0:
        result.update({k: np.empty(0, dtype=float if k == "score" else object) for k in RESULTS})
        return pd.DataFrame(result)
    columns = {f: df["_lp_f%d" % k].to_numpy(dtype=object) for k, f in enumerate(fields)}
    out = permu.evaluate_columns(scheme, columns, df["_lp_graw"].to_numpy(dtype=object) if grouped else None)
    for k in RESULTS:
        result[k] = out[k]
    return pd.DataFrame(result)


def permu_partition(gdf, results, area, unit, int_columns, crs, spatial_input):
    """The results of one input partition beside its attributes → (GeoDataFrame,
    {"summary": core.permu.summarise, "problems": {(kind, field): n}})."""
    n = len(gdf)
    if results is None:
        out = permu.unevaluated_columns(n)
    else:
        res = results.reset_index().set_index(ROW).reindex(gdf[ROW].to_numpy())
        out = {k: res[k].to_numpy(dtype=float if k == "score" else object) for k in RESULTS}
    counts = adapt.count_problems({}, out["problems"])
    values = {"mj_score": out["score"], "mj_class": out["cls"], "mj_rank": out["rank"], "mj_n": out["n"],
              "mj_reason": out["reason"]}
    area_m2 = np.full(n, np.nan)
    if area:
        area_m2 = to_m2(parse_number_array(adapt.object_column(gdf[area], area in int_columns), area)[0], unit)
    elif spatial_input:
        geom = adapt.Geometry(gdf)
        area_m2 = np.where(geom.empty, np.nan, spatial.AreaMeasurer(crs).measure(geom.fixed))
    areas_mu = [a / M2_PER_MU if a == a and a else None for a in area_m2]
    return adapt.attach(gdf, values, OUTPUT), {"summary": permu.summarise(list(out["cls"]), areas_mu),
                                               "problems": counts}

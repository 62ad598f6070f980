"""``landplan commitments`` — 标准地履约核查, the engine side of landplan:checkcommitments.

Which indicators a run checks follows the plugin: a core indicator needs its committed field and
the date field of its check point; extra indicators ("3+N+1") come from ``--extra-indicators``
(core.commitments.indicators_from_matrix). Each partition goes through
core.commitments.check_columns and core.commitments.ledger_columns once.
"""
import numpy as np

from landplan_plugin.core import commitments, fields
from landplan_plugin.core.units import AREA_UNITS, M2_PER_MU, to_m2
from landplan_plugin.core.values import parse_number_array
from .. import adapt, spatial
from ..errors import UserError
from ..jobs import as_of_date, enum, problem_lines, write_output

ALG = "checkcommitments"
CANDIDATES = fields.CANDIDATES[ALG]
#: core indicator key → (committed, actual, total) parameters (the plugin's CORE_PARAMS)
CORE_PARAMS = (("invest", "INVEST_COMMIT_FIELD", "INVEST_ACTUAL_FIELD", "INVEST_FIELD"),
               ("tax", "TAX_COMMIT_FIELD", "TAX_ACTUAL_FIELD", "TAX_FIELD"),
               ("far", "FAR_COMMIT_FIELD", "FAR_ACTUAL_FIELD", "FLOOR_AREA_FIELD"))
LABELS = {"INVEST_COMMIT_FIELD": "committed 投资强度", "INVEST_ACTUAL_FIELD": "actual 投资强度",
          "TAX_COMMIT_FIELD": "committed 亩均税收", "TAX_ACTUAL_FIELD": "actual 亩均税收",
          "FAR_COMMIT_FIELD": "committed 容积率", "FAR_ACTUAL_FIELD": "actual 容积率",
          "COMPLETION_DUE_FIELD": "agreed completion date", "PRODUCTION_DUE_FIELD": "agreed full-production date",
          "LAND_PRICE_FIELD": "land price", "INVEST_FIELD": "total for actual 投资强度",
          "TAX_FIELD": "total for actual 亩均税收", "FLOOR_AREA_FIELD": "total for actual 容积率",
          "AREA_FIELD": "land area", "RECOVERY_FIELD": "recovery allowed"}
#: the reason note of a parcel without geometry (the plugin's text)
EMPTY_NOTE = "几何为空"
OUTPUT = (("cm_status", "s", 0), ("cm_flag", "i", 0), ("cm_short", "f", 4), ("cm_penalty", "f", 4),
          ("cm_disp", "s", 0), ("cm_reason", "s", 0), ("cm_recheck", "d", 0), ("cm_asof", "d", 0))


def add_arguments(p):
    p.add_argument("--as-of", help="reference date (2024-06-30, 2024年6月30日 …; default today)")
    for param in LABELS:
        p.add_argument(adapt.option(param))
    p.add_argument("--extra-indicators", action="append", default=[], metavar="NAME,COMMITTED,ACTUAL,>=|<=,"
                   "completion|production", help="an extra indicator (3+N+1): name, committed field, actual field, "
                   "direction and check point, comma separated; repeat the option for more (or give several rows "
                   "in one, 5 values each)")
    p.add_argument("--area-unit", default="m2", help="unit of --area-field: m2 (default), mu or ha")
    p.add_argument("--rectify-months", type=int, default=commitments.RECTIFY_MONTHS_DEFAULT,
                   help="整改期 after a failed check, months (1–24, default 24); 回购 when the re-check still fails")
    p.add_argument("--pass-unchecked", action="store_true", help="a layer without commitment fields: write its "
                   "parcels unchecked (cm_* empty) instead of stopping")


class Plan:
    """The run: indicators and, per indicator, its committed / actual / total column (None = none)."""

    def __init__(self):
        self.indicators, self.committed, self.actual, self.totals = [], [], [], []
        self.completion = self.production = self.price = self.area = self.recovery = None
        self.names = {}
        self.rectify_months = commitments.RECTIFY_MONTHS_DEFAULT


def _unchecked(opts, log, message):
    if not opts.pass_unchecked:
        raise UserError(message)
    log("! " + message + " The parcels are written unchecked (--pass-unchecked).")
    return Plan()


def _extra_matrix(opts):
    values = []
    for text in opts.extra_indicators:
        values.extend(v.strip() for v in text.replace("，", ",").split(","))
    return values


def _plan(layer, opts, log):
    """Resolve every field option and the extra indicators (the plugin's _plan)."""
    col = adapt.resolve_params(layer, opts, ALG, LABELS, log, {"AREA_FIELD": opts.area_field is None})
    plan = Plan()
    if col["COMPLETION_DUE_FIELD"] is None and col["PRODUCTION_DUE_FIELD"] is None:
        return _unchecked(opts, log, "No agreed completion or full-production date field was given or found.")
    dated = {commitments.COMPLETION: col["COMPLETION_DUE_FIELD"] is not None,
             commitments.PRODUCTION: col["PRODUCTION_DUE_FIELD"] is not None}
    for key, c_param, a_param, t_param in CORE_PARAMS:
        name = commitments.CORE_KEYS[key][0]
        if col[c_param] is None or not dated[commitments.CORE_KEYS[key][2]]:
            log("! No committed field or no date field for %s: it is not checked." % name)
            continue
        plan.indicators.append(commitments.core_indicator(key, col[c_param], col[a_param] or "", col[t_param] or ""))
        plan.committed.append(col[c_param])
        plan.actual.append(col[a_param])
        plan.totals.append(col[t_param])
    try:
        extra = commitments.indicators_from_matrix(
            _extra_matrix(opts), lambda f: adapt.find_column(layer.columns, [f]) is not None)
    except commitments.IndicatorSpecError as exc:
        raise UserError(str(exc)) from exc
    for ind in extra:
        if not dated[ind.check_point]:
            log("! No date field for %s: it is not checked." % ind.name)
            continue
        plan.indicators.append(ind)
        plan.committed.append(adapt.find_column(layer.columns, [ind.committed_field]))
        plan.actual.append(adapt.find_column(layer.columns, [ind.actual_field]))
        plan.totals.append(None)
    if not plan.indicators:
        return _unchecked(opts, log, "No indicator to check: give a committed field with its date field, or an "
                                     "extra indicator.")
    plan.completion, plan.production = col["COMPLETION_DUE_FIELD"], col["PRODUCTION_DUE_FIELD"]
    plan.price, plan.area, plan.recovery = col["LAND_PRICE_FIELD"], col["AREA_FIELD"], col["RECOVERY_FIELD"]
    plan.names = {k: v for k, v in (("completion_due", plan.completion), ("production_due", plan.production),
                                    ("land_price", plan.price)) if v}
    return plan


def run(job):
    import dask
    opts, log = job.opts, job.log
    layer = job.open(opts.input, opts.layer, label="parcels")
    crs = adapt.check_crs(layer, "Parcels") if layer.has_geometry else None
    as_of = as_of_date(opts, log)
    plan = _plan(layer, opts, log)
    if not 1 <= opts.rectify_months <= commitments.RECTIFY_MONTHS_MAX:
        raise UserError("--rectify-months must be 1–%d (最长不超过二年)." % commitments.RECTIFY_MONTHS_MAX)
    plan.rectify_months = opts.rectify_months
    unit = enum(opts.area_unit, AREA_UNITS, "--area-unit")
    parts = [dask.delayed(commitments_partition)(p, as_of, plan, unit, layer.int_columns, crs, layer.has_geometry)
             for p in layer.frame.to_delayed()]
    results = write_output(job, parts, opts.output, opts.output_layer or "commitments", layer.geometry_type,
                           layer.crs)
    totals = {}
    for r in results:  # each partition's core.commitments.summarise, added up
        for status, values in r["summary"].items():
            totals[status] = [a + b for a, b in zip(totals.get(status, (0, 0.0, 0.0)), values)]
    lines = problem_lines(adapt.merge_counts(results))
    lines.append("Summary as of %s (count, area in mu, penalty in 万元):" % as_of.isoformat())
    for status in [s for s in list(commitments.STATUSES) + [None] if s in totals]:
        count, mu, penalty = totals[status]
        lines.append("  %s: %d, %.2f mu, %.2f 万元" % (status or "not 标准地 (not checked)", count, mu, penalty))
    return {"lines": lines, "features": layer.count, "output": opts.output}


# ---- on the workers ------------------------------------------------------------------------------

def _column(gdf, name, int_columns):
    return adapt.object_column(gdf[name], name in int_columns) if name else None


def land_area_m2(gdf, plan, unit, int_columns, geom, crs, notes):
    """Land area per parcel in m² (NaN = unknown): the area field in ``unit``, else the geometry;
    an unreadable area value is noted (the plugin's land_area_m2)."""
    n = len(gdf)
    if plan.area:
        values, problems = parse_number_array(_column(gdf, plan.area, int_columns), plan.area)
        for i, p in problems.items():
            notes[i].append(p.message)
        return to_m2(values, unit)
    if geom is None:
        return np.full(n, np.nan)
    area = spatial.AreaMeasurer(crs).measure(geom.fixed)
    return np.where(geom.empty, np.nan, area)


def commitments_partition(gdf, as_of, plan, unit, int_columns, crs, spatial_input):
    """标准地履约核查 of one partition (core.commitments.check_columns, ledger_columns) →
    (GeoDataFrame, {"summary": core.commitments.summarise, "problems": {(kind, field): n}})."""
    n = len(gdf)
    counts, notes, geom = {}, [[] for _ in range(n)], None
    if spatial_input:
        geom = adapt.Geometry(gdf)
        for i, note in enumerate(geom.notes(EMPTY_NOTE)):
            if note:
                notes[i].append(note)
        geom.count_into(counts)
    area_m2 = land_area_m2(gdf, plan, unit, int_columns, geom, crs, notes)
    col = lambda name: _column(gdf, name, int_columns)  # noqa: E731
    out = commitments.check_columns(
        as_of, plan.indicators, [col(c) for c in plan.committed], [col(a) for a in plan.actual],
        col(plan.completion), col(plan.production), col(plan.price), [col(t) for t in plan.totals],
        [None if a != a else float(a) for a in area_m2], plan.names, n=n)
    adapt.count_problems(counts, out["problems"])
    recheck = commitments.recheck_columns(out["fail_due"], plan.rectify_months)
    _type, _cause, disposal = commitments.ledger_columns(out["status"], out["reason"], out["penalty"],
                                                         col(plan.recovery), recheck, as_of)
    values = {"cm_status": out["status"], "cm_flag": out["flag"], "cm_short": out["shortfall"],
              "cm_penalty": out["penalty"], "cm_disp": disposal,
              "cm_reason": ["；".join([r] + extra) for r, extra in zip(out["reason"], notes)],
              "cm_recheck": recheck, "cm_asof": [as_of] * n}
    areas_mu = [None if not a or a != a else a / M2_PER_MU for a in area_m2]
    summary = commitments.summarise(list(out["status"]), areas_mu, list(out["penalty"]))
    return adapt.attach(gdf, values, OUTPUT, geom.output() if geom is not None else None), {
        "summary": summary, "problems": counts}

"""``landplan idle`` — 闲置土地识别, the engine side of landplan:flagidleland.

Each partition goes through core.idle.assess_record_columns once; the engine only reads the
columns, notes broken geometries and writes the results.
"""
import types

from landplan_plugin.core import fields
from landplan_plugin.core import idle as idle_rule
from .. import adapt
from ..errors import UserError
from ..jobs import as_of_date, merge_summaries, problem_lines, write_output

ALG = "flagidleland"
ROLES = fields.ROLES[ALG]
LABELS = {"AGREED_START_FIELD": "agreed start date", "ACTUAL_START_FIELD": "actual start date",
          "DEV_RATIO_FIELD": "developed-area ratio", "INVEST_RATIO_FIELD": "invested ratio",
          "HALT_DATE_FIELD": "halt date", "DEV_AREA_FIELD": "developed area",
          "TOTAL_AREA_FIELD": "area to be developed", "INVESTED_FIELD": "invested amount",
          "TOTAL_INVEST_FIELD": "total investment", "CAUSE_FIELD": "idle cause", "LAND_PRICE_FIELD": "land price"}
#: output fields after the input's (the plugin's order): (name, kind, precision)
OUTPUT = (("idle_flag", "i", 0), ("idle_days", "i", 0), ("idle_basis", "s", 0), ("idle_stage", "s", 0),
          ("idle_csq", "s", 0), ("idle_cause", "s", 0), ("idle_gov", "i", 0), ("idle_disp", "s", 0),
          ("idle_fee", "f", 4), ("idle_asof", "d", 0), ("idle_rsn", "s", 0))


def add_arguments(p):
    p.add_argument("--as-of", help="reference date (2024-06-30, 2024年6月30日 …; default today)")
    for param in ROLES:
        p.add_argument(adapt.option(param))
    p.add_argument("--gov-cause-values", default="", help="cause values meaning government cause, comma separated")


def run(job):
    import dask
    opts, log = job.opts, job.log
    layer = job.open(opts.input, opts.layer, label="supplied parcels")
    if layer.has_geometry:
        adapt.check_crs(layer, "Supplied parcels")
    as_of = as_of_date(opts, log)
    found = adapt.resolve_params(layer, opts, ALG, LABELS, log)
    cols = {ROLES[param]: col for param, col in found.items() if col}
    if "agreed_start" not in cols:
        raise UserError("No agreed start date field (--agreed-start-field) was given or found in %s." % layer.label)
    if "actual_start" not in cols:
        log("! No actual start date field: every parcel is treated as not started.")
    if "halt_date" not in cols:
        log("! No halt date field: started parcels cannot be idle by halted development.")
    has_dev = "dev_ratio" in cols or ("dev_area" in cols and "total_area" in cols)
    has_inv = "invest_ratio" in cols or ("invested" in cols and "total_invest" in cols)
    if not (has_dev or has_inv):
        log("! No developed-area or investment field: halted parcels are undetermined.")
    gov_values = idle_rule.parse_cause_values(opts.gov_cause_values)
    if gov_values and "cause" not in cols:
        log("! Government-cause values were given but no cause field; they are ignored.")
    parts = [dask.delayed(idle_partition)(p, as_of, cols, gov_values, layer.int_columns, layer.has_geometry)
             for p in layer.frame.to_delayed()]
    results = write_output(job, parts, opts.output, opts.output_layer or "idle", layer.geometry_type, layer.crs)
    summary, problems = merge_summaries(results)
    buckets = {}
    for (flag, basis, stage, gov), (count, _) in summary.items():
        bucket = idle_rule.summary_bucket(types.SimpleNamespace(flag=flag, basis=basis, stage=stage, gov_caused=gov))
        buckets[bucket] = buckets.get(bucket, 0) + count
    lines = problem_lines(problems) + ["Summary as of %s (count):" % as_of.isoformat()]
    for bucket in sorted(buckets):
        lines.append("  %s: %d" % (bucket, buckets[bucket]))
    return {"lines": lines, "features": layer.count, "output": opts.output}


# ---- on the workers ------------------------------------------------------------------------------

def idle_partition(gdf, as_of, cols, gov_values, int_columns, spatial_input):
    """Idle-land check of one partition (core.idle.assess_record_columns) → (GeoDataFrame,
    {"summary": {(flag, basis, stage, government cause): count}, "problems": {(kind, field): n}})."""
    n = len(gdf)
    raw = adapt.columns_of(gdf, cols, int_columns)
    counts = {}
    notes, geometry = None, None
    if spatial_input:
        geom = adapt.Geometry(gdf)
        notes = geom.notes(idle_rule.NOTE_EMPTY_GEOMETRY)
        geom.count_into(counts)
        geometry = geom.output()
    out = idle_rule.assess_record_columns(
        as_of, raw["agreed_start"], raw.get("actual_start"), raw.get("dev_ratio"), raw.get("invest_ratio"),
        raw.get("halt_date"), raw.get("cause"), raw.get("land_price"), dev_area=raw.get("dev_area"),
        total_area=raw.get("total_area"), invested=raw.get("invested"), total_invest=raw.get("total_invest"),
        gov_values=gov_values, names=dict(cols), geometry_note=notes)
    adapt.count_problems(counts, out.get("problems"))
    values = {name: out[name] for name in idle_rule.RECORD_COLUMNS}
    values["idle_asof"] = [as_of] * n
    flag = [None if f != f else int(f) for f in out["idle_flag"]]
    summary = {}
    for key in zip(flag, out["idle_basis"], out["idle_stage"], (g == 1 for g in out["idle_gov"])):
        summary[key] = summary.get(key, 0) + 1
    return adapt.attach(gdf, values, OUTPUT, geometry), {"summary": summary, "problems": counts}

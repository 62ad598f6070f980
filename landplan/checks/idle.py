"""``landplan idle`` — 闲置土地识别, the engine side of landplan:flagidleland.

Each partition goes through core.idle.assess_record_columns once; the engine only reads the
columns, notes broken geometries and writes the results.
"""
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


#: the set-up warnings of core.idle.IdleSetup, as the command says them
WARNINGS = {
    idle_rule.NO_ACTUAL_START: "No actual start date field: every parcel is treated as not started.",
    idle_rule.NO_HALT_DATE: "No halt date field: started parcels cannot be idle by halted development.",
    idle_rule.NO_PROGRESS: "No developed-area or investment field: halted parcels are undetermined.",
    idle_rule.GOV_VALUES_WITHOUT_CAUSE: "Government-cause values were given but no cause field; they are ignored.",
}


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
    setup = idle_rule.IdleSetup(fields={ROLES[param]: col for param, col in found.items() if col},
                                gov_values=idle_rule.parse_cause_values(opts.gov_cause_values))
    if idle_rule.NO_AGREED_START in setup.errors():
        raise UserError("No agreed start date field (--agreed-start-field) was given or found in %s." % layer.label)
    for warning in setup.warnings():
        log("! " + WARNINGS[warning])
    parts = [dask.delayed(idle_partition)(p, as_of, setup, layer.int_columns, layer.has_geometry)
             for p in layer.frame.to_delayed()]
    results = write_output(job, parts, opts.output, opts.output_layer or "idle", layer.geometry_type, layer.crs)
    summary, problems = merge_summaries(results)
    lines = problem_lines(problems) + ["Summary as of %s (count):" % as_of.isoformat()]
    for bucket in sorted(summary):
        lines.append("  %s: %d" % (bucket, summary[bucket][0]))
    return {"lines": lines, "features": layer.count, "output": opts.output}


# ---- on the workers ------------------------------------------------------------------------------

def idle_partition(gdf, as_of, setup, int_columns, spatial_input):
    """Idle-land check of one partition (core.idle.assess_record_columns) → (GeoDataFrame,
    {"summary": core.idle.summary, "problems": {(kind, field): n}})."""
    n = len(gdf)
    raw = adapt.columns_of(gdf, setup.fields, int_columns)
    counts = {}
    notes, geometry = None, None
    if spatial_input:
        geom = adapt.Geometry(gdf)
        notes = geom.notes(idle_rule.NOTE_EMPTY_GEOMETRY)
        geometry = geom.output()
    out = idle_rule.assess_record_columns(
        as_of, raw["agreed_start"], raw.get("actual_start"), raw.get("dev_ratio"), raw.get("invest_ratio"),
        raw.get("halt_date"), raw.get("cause"), raw.get("land_price"), dev_area=raw.get("dev_area"),
        total_area=raw.get("total_area"), invested=raw.get("invested"), total_invest=raw.get("total_invest"),
        gov_values=setup.gov_values, names=dict(setup.fields), geometry_note=notes, counts=counts)
    values = {name: out[name] for name in idle_rule.RECORD_COLUMNS}
    values["idle_asof"] = [as_of] * n
    return adapt.attach(gdf, values, OUTPUT, geometry), {"summary": idle_rule.summary(out), "problems": counts}

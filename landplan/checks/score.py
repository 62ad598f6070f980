"""``landplan score`` — 低效工业用地评价, the engine side of landplan:scoreinefficiency.

Set-up as the plugin's: core.scoring.pick_indicator_fields decides which fields feed the
indicators, core.scoring.ScoringSetup holds the run, core.scoring.coverage_scale and
core.units.choose_area_unit decide the 建筑系数 and area-unit questions. Each partition goes
through core.scoring.score_columns once.
"""
import dataclasses

import numpy as np

from landplan_plugin.core import fields, scoring, units
from landplan_plugin.core.standards import (INDICATOR_NAMES, INDICATORS, PRESET_IDS, StandardError, load_preset,
                                            load_standard)
from landplan_plugin.core.values import parse_number
from .. import adapt, io, jobs, spatial
from ..errors import UserError
from ..gpkg import FastOutput
from ..jobs import enum, merge_summaries, problem_lines, write_output

ALG = "scoreinefficiency"
#: core.scoring role → Processing parameter (core.fields.ROLES)
PARAMS = {role: param for param, role in fields.ROLES[ALG].items()}
#: output fields: (name, kind, precision as the plugin's fields: QGIS rounds doubles to it)
OUTPUT = tuple((name, "i" if name == "ie_flag" else "s" if name in ("ie_type", "ie_reason", "ie_std") else "f", 4)
               for name in scoring.OUTPUT_FIELDS)


def add_arguments(p):
    p.add_argument("--standard", default="puyang_other",
                   help="puyang_etdz, puyang_other (default), zhengzhou_industry or custom (with --standard-file)")
    p.add_argument("--standard-file", help="custom standards file (JSON)")
    p.add_argument("--mode", default="binary", help="binary (default) or linear")
    p.add_argument("--cutoff", type=float, help="cut-off score (default: the standard's, 0.7)")
    for param in fields.ROLES[ALG]:
        p.add_argument(adapt.option(param))
    p.add_argument("--area-unit", help="unit of --area-field: m2, mu or ha (default: detected, else m2)")
    p.add_argument("--region", default="1", help="Zhengzhou region class without a field: 0 郑州市区, 1 其他区域")
    p.add_argument("--status-values", default=None, help="status values meaning stopped (default 停产,停建,…)")
    p.add_argument("--phaseout-codes", default="", help="industry codes being phased out, comma separated")
    p.add_argument("--construction-values", default=None,
                   help="status values meaning under construction, 在建未达产 (default 在建,…; empty: rule off)")
    p.add_argument("--construction-years", type=float, default=scoring.DEFAULT_CONSTRUCTION_YEARS,
                   help="construction period after the supply date when there is no 达产/竣工 date (years)")
    p.add_argument("--as-of", help="reference date 基准日 of the construction period (default: today)")


def _standard(opts):
    try:
        if opts.standard_file:
            return load_standard(opts.standard_file)
        choice = enum(opts.standard, PRESET_IDS + ("custom",), "--standard")
        if choice == "custom":
            raise UserError("The custom standard needs a standards file (--standard-file).")
        return load_preset(choice)
    except StandardError as exc:
        raise UserError(str(exc)) from exc


def _setup(layer, opts, log):
    standard = _standard(opts)
    phaseout = scoring.split_list(opts.phaseout_codes)
    given = {role for role, param in PARAMS.items() if adapt.option_value(opts, param) not in (None, "")}

    def find(role, allow_auto, label=None):
        param = PARAMS[role]
        label = label or ("precomputed indicator" if role in INDICATORS else "total for the indicator")
        value = adapt.option_value(opts, param)
        return adapt.resolve_field(layer, value if value != "" or role == scoring.AREA else None, adapt.option(param),
                                   label, fields.CANDIDATES[ALG][param], allow_auto=allow_auto, log=log)

    names = scoring.pick_indicator_fields(given, find)
    for key in INDICATORS:
        if key not in names and scoring.TOTAL_ROLES[key] not in names:
            raise UserError("No field for %s: give a precomputed field or a total field." % INDICATOR_NAMES[key])
    for role, label, auto in ((scoring.AREA, "land area", opts.area_field is None),
                              (scoring.INDUSTRY, "industry code", standard.per_industry or bool(phaseout)),
                              (scoring.REGION, "region class", standard.per_industry),
                              (scoring.STATUS, "production status", True)):
        name = find(role, auto, label)
        if name:
            names[role] = name
    construction = scoring.split_list(opts.construction_values if opts.construction_values is not None
                                      else scoring.DEFAULT_CONSTRUCTION_VALUES)
    if scoring.STATUS in names and construction:
        for role, label in ((scoring.SUPPLY_DATE, "supply date"), (scoring.COMPLETION, "completion date")):
            name = find(role, True, label)
            if name:
                names[role] = name
    region = str(opts.region)
    region = scoring.REGION_CLASSES[int(region)] if region in ("0", "1") else region
    if region not in scoring.REGION_CLASSES:
        raise UserError("--region must be 0 (郑州市区) or 1 (其他区域), not %s." % opts.region)
    setup = scoring.ScoringSetup(
        standard=standard, fields=names, cutoff=opts.cutoff, mode=enum(opts.mode, scoring.SCORING_MODES, "--mode"),
        area_unit=enum(opts.area_unit, units.AREA_UNITS, "--area-unit") if opts.area_unit else "m2",
        fixed_region=region,
        status_values=scoring.split_list(opts.status_values if opts.status_values is not None
                                         else scoring.DEFAULT_STATUS_VALUES),
        phaseout_codes=phaseout, construction_values=construction, construction_years=opts.construction_years,
        as_of=jobs.as_of_date(opts, log) if scoring.STATUS in names and construction else None)
    if "no_industry_field" in setup.warnings():
        log("! The per-industry standard needs an industry code field; every parcel is scored with the default "
            "thresholds.")
    if "phaseout_without_industry" in setup.errors():
        raise UserError("Phase-out industry codes were given but no industry code field.")
    return setup


def _check_columns(job, layer, setup, crs):
    """The 建筑系数 scale and the area field's unit, decided by the core on the layer's values."""
    import dask
    opts, log = job.opts, job.log
    if setup.has("coverage"):  # a 建筑系数 column holding fractions: decided on its distinct values
        c = setup.fields["coverage"]
        # a Real column's finite extremes decide as all its values do (every value in [0, 1] ⟺ min ≥ 0
        # and max ≤ 1; one above 0 ⟺ max > 0): one SQL query instead of a pass over the layer
        distinct = layer.finite_extremes(c)
        if distinct is None:
            distinct = set()
            for part in job.compute([dask.delayed(distinct_values)(t, c in layer.int_columns)
                                     for t in layer.column_tasks(c)]):
                distinct |= part
        if scoring.coverage_scale(distinct) != 1.0:
            setup = dataclasses.replace(setup, coverage_scale=100.0)
            log('! Field "%s" holds building coverage as fractions (all values between 0 and 1); they are read as '
                'percent ×100 (0.45 → 45%%).' % c)
    if setup.has(scoring.AREA):  # the area field's unit, checked against the geometry of the first features
        a = setup.fields[scoring.AREA]
        detected = units.detect_area_unit(unit_pairs(layer.head(500), a, a in layer.int_columns, crs))
        unit, verdict = units.choose_area_unit(detected, setup.area_unit, bool(opts.area_unit))
        unit_names = {"m2": "square metres", "mu": "mu", "ha": "hectares"}
        if verdict == units.UNIT_ADOPTED:
            log('! Field "%s" holds areas in %s (compared with the geometry); it is read in %s. Pass --area-unit to '
                'override.' % (a, unit_names[unit], unit_names[unit]))
        elif verdict == units.UNIT_CONFLICT:
            log('! Field "%s" looks like %s compared with the geometry, but --area-unit says %s; check the unit.'
                % (a, unit_names[detected], unit_names[unit]))
        setup = dataclasses.replace(setup, area_unit=unit)
    return setup


def run(job):
    import dask
    opts, log = job.opts, job.log
    layer = job.open(opts.input, opts.layer, label="parcels")
    crs = adapt.check_crs(layer, "Industrial parcels")
    setup = _setup(layer, opts, log)
    job.warm_up()
    layer_name = opts.output_layer or "scored"
    fast = FastOutput.open_for(layer, opts.output, layer_name, OUTPUT)  # the copy starts in the background
    try:
        setup = _check_columns(job, layer, setup, crs)
    except BaseException:
        if fast is not None:
            fast.abort()
        raise
    log("Standard: %s (%s); mode %s; cut-off %s" % (setup.standard.name, setup.standard.id, setup.mode, setup.cutoff))
    if fast is not None:  # the workers read only the fields the scoring reads, and send back only the outputs
        log("GeoPackage written directly: the layer and the new fields are put together by SQL.")
        parts = [dask.delayed(score_ids)(layer.source, part, setup, layer.int_columns, crs, fast.part_path(i))
                 for i, part in enumerate(layer.parts)]
    else:
        parts = [dask.delayed(score_partition)(p, setup, layer.int_columns, crs) for p in layer.frame.to_delayed()]
    results = write_output(job, parts, opts.output, layer_name, layer.geometry_type, crs, fast)
    summary, problems = merge_summaries(results)
    labels = {scoring.NOT_LOW_EFFICIENCY: "not low-efficiency", scoring.TYPE_UNDETERMINED: "undetermined (待核实)"}
    lines = problem_lines(problems) + ["Summary (count, area in mu):"]
    for bucket, (count, mu) in summary.items():
        lines.append("  %s: %d, %.2f mu" % (labels.get(bucket, bucket), count, mu))
    return {"lines": lines, "features": layer.count, "output": opts.output}


# ---- on the workers ------------------------------------------------------------------------------

def distinct_values(series, is_int):
    """The distinct raw values of one partition's column (for core.scoring.coverage_scale)."""
    from ..io import column_values
    return set(column_values(series, is_int))


def unit_pairs(sample, area_col, is_int, crs):
    """(parsed area field value, geometry area m²) of a sample, for core.units.detect_area_unit."""
    from ..io import column_values
    geoms = np.asarray(sample.geometry.values, dtype=object)
    present = ~spatial.missing(geoms)
    areas = spatial.AreaMeasurer(crs).measure(geoms)
    raw = column_values(sample[area_col], is_int)
    return [(parse_number(v, "")[0], float(a)) for v, a, ok in zip(raw, areas, present) if ok]


def _score(columns, geom, setup, crs):
    """core.scoring.score_columns on one partition's columns and geometries."""
    geom_area = None if setup.has(scoring.AREA) else spatial.AreaMeasurer(crs).measure(geom.fixed)
    counts = {}
    out = scoring.score_columns(setup, columns, n=len(geom.original), geom_area_m2=geom_area, geom_empty=geom.empty,
                                geom_note=geom.notes(), counts=counts)
    return out, {"summary": scoring.tally(out), "problems": counts}


def score_partition(gdf, setup, int_columns, crs):
    """Score one partition → (GeoDataFrame with the output fields, {"summary": {bucket: [count,
    亩]}, "problems": {(kind, field): n}})."""
    columns = {role: adapt.raw_column(gdf[name], name in int_columns) for role, name in setup.fields.items()}
    geom = adapt.Geometry(gdf)
    out, summary = _score(columns, geom, setup, crs)
    values = {name: scoring.column_values(out, name) for name in scoring.OUTPUT_FIELDS}
    return adapt.attach(gdf, values, OUTPUT, geom.output()), summary


def score_ids(source, part, setup, int_columns, crs, path):
    """Score one id range of a GeoPackage, reading only the fields the scoring reads; the results
    written into ``path`` → (jobs.columns_only, summary) for gpkg.FastOutput."""
    fids, raw, geoms = io.read_columns(source, part, sorted(set(setup.fields.values())), int_columns)
    geom = adapt.Geometry(geoms)
    out, summary = _score({role: raw[name] for role, name in setup.fields.items()}, geom, setup, crs)
    return jobs.columns_only(path, fids, geom.original, {name: out[name] for name in scoring.OUTPUT_FIELDS},
                             OUTPUT, geom.output()), summary

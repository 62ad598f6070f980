"""One function per ``landplan`` subcommand: open the layers, resolve fields, build one task per
partition (rules through :mod:`.rules`), write the output and return a summary."""
import numpy as np
import pandas as pd

from landplan_plugin.core import fields, landuse
from landplan_plugin.core.contract import ZONE_FIELDS
from landplan_plugin.core.units import M2_PER_HA
from . import io, rules, spatial
from .cluster import run_parts
from .errors import UserError


class Run:
    """What a job needs from the command line: options, a log function and the cluster, which is
    started (or reached) on first use — after the inputs and options were checked, so a wrong
    field or file fails in a second, not after a cluster start."""

    def __init__(self, stack, opts, log, progress=None, chunk_rows=None):
        self._stack = stack
        self._client = None
        self.opts = opts
        self.log = log
        self.progress = progress
        self.chunk_rows = chunk_rows

    @property
    def client(self):
        if self._client is None:
            from .cluster import connect, describe
            self._client = self._stack.enter_context(
                connect(self.opts.workers, self.opts.scheduler, self.opts.memory_limit))
            self.log("Cluster: %s" % describe(self._client))
        return self._client

    def compute(self, tasks):
        """Values of ``tasks`` (dask delayed) computed on the cluster, in order."""
        return run_parts(self.client, tasks, progress=False)


# ---- output ------------------------------------------------------------------------------------

def write_output(run, parts, output, layer_name, geometry_type, crs):
    """Compute the result partitions (delayed ``(GeoDataFrame, summary)`` pairs) and write them:
    GeoParquet parts by the workers, or one GeoPackage layer by the client in partition order
    (Arrow tables, appended as soon as the next one is done). Returns the per-partition
    summaries, in partition order."""
    import dask
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


def _arrow_part(result, multi):
    gdf, summary = result
    return io.to_arrow_part(gdf, multi), summary


def _write_part(result, directory, index):
    gdf, summary = result
    io.write_parquet_part(gdf, directory, index)
    return summary


# ---- zoneshare -----------------------------------------------------------------------------------

ZONE_PRESET_IDS = ("sandiao_2017", "guotu_2023", "gb50137_2011")


def _zone_preset(opts):
    try:
        if opts.custom_codes:
            return landuse.load_preset(opts.custom_codes)
        choice = str(opts.classification or ZONE_PRESET_IDS[0])
        if choice.isdigit():
            index = int(choice)
            if index >= len(ZONE_PRESET_IDS):
                raise UserError("--classification custom needs a code lists file (--custom-codes).")
            choice = ZONE_PRESET_IDS[index]
        if choice == "custom":
            raise UserError("--classification custom needs a code lists file (--custom-codes).")
        return landuse.load_preset(choice)
    except landuse.PresetError as exc:
        raise UserError(str(exc))


def _variant(text):
    text = str(text or landuse.VARIANT_INDUSTRIAL)
    if text.isdigit() and int(text) < len(landuse.VARIANTS):
        return landuse.VARIANTS[int(text)]
    if text not in landuse.VARIANTS:
        raise UserError("--numerator must be one of %s." % ", ".join(landuse.VARIANTS))
    return text


def read_small(layer):
    """A small layer (zones) read whole on the client, with QGIS-like feature ids."""
    gdf = layer.frame.compute(scheduler="sync")
    return gdf.reset_index(drop=True)


def zoneshare(run):
    opts, log = run.opts, run.log
    zones_layer = io.open_layer(opts.zones, opts.zones_layer, opts.encoding, label="zones")
    lu_layer = io.open_layer(opts.landuse, opts.landuse_layer, opts.encoding, label="land use",
                             chunk_rows=run.chunk_rows)
    zone_crs = rules.check_crs(zones_layer, "Development zones")
    rules.check_crs(lu_layer, "Land use")
    preset = _zone_preset(opts)
    variant = _variant(opts.numerator)
    threshold = float(opts.threshold)
    name_col = rules.resolve_field(zones_layer, opts.zone_name_field, "--zone-name-field", "zone name",
                                   fields.ZONE_NAME, log=log)
    code_col = rules.resolve_field(lu_layer, opts.landuse_field, "--landuse-field", "land-use code",
                                   fields.LANDUSE_CODE, log=log)
    if code_col is None:
        raise UserError("No land-use code field in %s: choose one with --landuse-field (e.g. DLBM)." % lu_layer.label)
    area_col = rules.resolve_field(lu_layer, opts.landuse_area_field, "--landuse-area-field",
                                   "official land-use area", fields.LANDUSE_OFFICIAL_AREA,
                                   allow_auto=opts.landuse_area_field is None, log=log)
    log("Classification: %s (%s); numerator: %s; threshold %s%%" % (
        preset.name, preset.id, landuse.VARIANT_LABELS[variant], rules.zone.fmt_threshold(threshold)))
    if preset.description:
        log(preset.description)
    if area_col is not None:
        log('Land-use areas: field "%s" (official area, m²); a polygon cut by a zone counts this area × (area of '
            'the piece ÷ area of the whole polygon).' % area_col)
    else:
        log("Land-use areas: measured from the geometry.")
    if not lu_layer.crs.equals(zone_crs):
        log("Land use (%s) is reprojected to the zones' CRS (%s)." % (lu_layer.crs.to_string(), zone_crs.to_string()))

    zones = read_small(zones_layer)
    geoms, repaired, _failed = spatial.repair(np.asarray(zones.geometry.values, dtype=object))
    geoms = spatial.polygonal_array(geoms)
    names = []
    for i in range(len(zones)):
        raw = zones[name_col].iloc[i] if name_col else None
        raw = None if raw is None or (isinstance(raw, float) and raw != raw) else raw
        names.append(str(raw).strip() if raw not in (None, "") else "#%d" % (i + 1))
    for i in np.flatnonzero(repaired):
        log('! Zone "%s" has an invalid polygon; it was repaired (make valid).' % names[i])

    import dask
    zone_list = list(geoms)
    zone_array = np.empty(len(zone_list), dtype=object)
    zone_array[:] = zone_list
    # the zones go to every worker once (one object), not with every task
    [zones_future] = run.client.scatter([zone_array], broadcast=True)
    # only the code (and official area) column is read besides the geometry
    lu_layer = io.open_layer(opts.landuse, opts.landuse_layer, opts.encoding, label="land use",
                             chunk_rows=run.chunk_rows, columns=[c for c in (code_col, area_col) if c])
    columns = [c for c in (code_col, area_col) if c]
    parts = lu_layer.frame.to_delayed()
    tasks = [dask.delayed(_landuse_task)(p, zones_future, zone_crs, preset, variant, columns[0], area_col)
             for p in parts]
    results = run_parts(run.client, tasks, progress=run.progress)
    total = rules.combine_landuse(results, len(zone_list))
    rows = rules.zone_rows(total, len(zone_list), threshold, variant)

    measurer = spatial.AreaMeasurer(zone_crs)
    zone_m2 = measurer.measure(geoms)
    cls_label = "%s/%s" % (preset.id, variant)
    keep = [c for c in zones_layer.columns if c.lower() not in {f.lower() for f in ZONE_OUT}]
    out = zones[keep].copy()
    records = []
    summary = []
    for i, (values, share) in enumerate(rows):
        if geoms[i] is None:
            rec = [names[i], None, None, None, None, None, None, None, None, threshold, None, None, None, None,
                   None, rules.zone.NO_GEOMETRY_VERDICT, cls_label]
        else:
            rec = [names[i], zone_m2[i] / M2_PER_HA] + values + [cls_label]
            summary.append((names[i], values[1], values[0], share))
        records.append(rec + [None] * len(SCORECARD_OUT))
    added = pd.DataFrame(records, columns=ZONE_OUT)
    for col in ZONE_INT:
        added[col] = added[col].astype("Int32")
    for col in ZONE_OUT:
        if col not in ZONE_INT and col not in ZONE_TEXT:  # doubles, rounded to the plugin's precision (20, 4)
            added[col] = added[col].astype("float64").round(4)
    for col in ZONE_TEXT:
        added[col] = added[col].astype(object)
    out = pd.concat([out.reset_index(drop=True), added], axis=1)
    import geopandas as gpd
    out = gpd.GeoDataFrame(out, geometry=gpd.GeoSeries(geoms, crs=zone_crs), crs=zone_crs)
    out.geometry.values[:] = [None if g is None else _multi(g) for g in geoms]
    kind = io.prepare_output(opts.output)
    if kind == "parquet":
        io.write_parquet_part(out, opts.output, 0)
    else:
        io.append_gpkg(out, opts.output, opts.output_layer or "zones", True)

    lines_problems = _problem_lines(total["problems"])
    for line in lines_problems:
        log(line)
    if total["repaired"]:
        log("! %d invalid land-use polygon(s) repaired (make valid)." % total["repaired"])
    if total["empty"]:
        log("! %d land-use feature(s) without geometry were skipped." % total["empty"])
    unknown = {}
    for (_z, code), a in total["unk_codes"].items():
        unknown[code] = unknown.get(code, 0.0) + a
    if unknown:
        log('! Land-use codes (field "%s") that the classification does not know; counted neither as industrial '
            'nor as construction land (area inside zones):' % code_col)
        for code, a in sorted(unknown.items(), key=lambda kv: -kv[1]):
            log("!   %s: %.4f ha" % (code, a / M2_PER_HA))
    lines = ["Zone | construction land (ha) | industrial land (ha) | share (%) | reached | deficit (ha)"]
    for name, base, ind, share in summary:
        lines.append("  %s | %.2f | %.2f | %s | %s | %s" % (
            name, base, ind, "-" if share.share_pct is None else "%.2f" % share.share_pct,
            {1: "是", 0: "否", None: "-"}[share.ok], "-" if share.deficit_ha is None else "%.2f" % share.deficit_ha))
    return {"lines": lines, "features": total["read"], "zones": len(zone_list), "output": opts.output}


def _landuse_task(gdf, zones, zone_crs, preset, variant, code_col, area_col):
    return rules.landuse_partition(gdf, zones, zone_crs, preset, variant, code_col, area_col)


def _multi(g):
    import shapely
    if g is None:
        return None
    return shapely.MultiPolygon([g]) if g.geom_type == "Polygon" else g


def _scorecard_fields():
    """The scorecard columns the zone check appends (core.zone: scored parcels, clipped and placed
    lines, in the algorithm's order) as (name, kind) — the engine writes them empty."""
    out = [(n, "i" if n == "ie_undet" else "f") for n in rules.zone.SCORED_FIELDS_OUT]
    for line in rules.zone.CLIPPED_LINES:
        out += [(n, "f") for n in line.fields]
    kinds = {"int": "i", "double": "f", "string": "s"}
    for line in getattr(rules.zone, "PLACED_LINES", ()):
        out += [(n, kinds.get(k, "s")) for n, k, _alias in line.fields]
    return out


SCORECARD = _scorecard_fields()
SCORECARD_OUT = tuple(n for n, _ in SCORECARD)
#: the zone-table fields before the scorecard (core.contract), then the scorecard
ZONE_OUT = ZONE_FIELDS[:ZONE_FIELDS.index("cls") + 1] + SCORECARD_OUT
ZONE_INT = ("share_ok",) + tuple(n for n, k in SCORECARD if k == "i")
ZONE_TEXT = ("zone_name", "unk_codes", "verdict", "cls") + tuple(n for n, k in SCORECARD if k == "s")


# ---- score -------------------------------------------------------------------------------------

def _enum(value, ids, option):
    text = str(value).strip()
    if text.isdigit() and int(text) < len(ids):
        return ids[int(text)]
    for i in ids:
        if text.lower() == i.lower() or text.lower().endswith("(%s)" % i.lower()):
            return i
    raise UserError("%s must be one of %s (or its index), not %s." % (option, ", ".join(ids), text))


def score(run):
    import dataclasses
    import dask
    from landplan_plugin.core import scoring, units
    from landplan_plugin.core.standards import INDICATORS, INDICATOR_NAMES, PRESET_IDS, StandardError, load_preset, load_standard
    opts, log = run.opts, run.log
    layer = io.open_layer(opts.input, opts.layer, opts.encoding, label="parcels", chunk_rows=run.chunk_rows)
    crs = rules.check_crs(layer, "Industrial parcels")
    try:
        if opts.standard_file:
            standard = load_standard(opts.standard_file)
        else:
            choice = _enum(opts.standard, PRESET_IDS + ("custom",), "--standard")
            if choice == "custom":
                raise UserError("The custom standard needs a standards file (--standard-file).")
            standard = load_preset(choice)
    except StandardError as exc:
        raise UserError(str(exc))
    phaseout = scoring.split_list(opts.phaseout_codes)
    option = {role: opt.lstrip("-").replace("-", "_") for role, (opt, _) in rules.SCORE_ROLES.items()}
    given = {role for role in rules.SCORE_ROLES if getattr(opts, option[role]) not in (None, "")}

    def find(role, allow_auto, label=None):
        opt, candidates = rules.SCORE_ROLES[role]
        label = label or ("precomputed indicator" if role in INDICATORS else "total for the indicator")
        value = getattr(opts, option[role])
        return rules.resolve_field(layer, value if value != "" or role == scoring.AREA else None, opt, label,
                                   candidates, allow_auto=allow_auto, log=log)

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
    region = str(opts.region)
    region = scoring.REGION_CLASSES[int(region)] if region in ("0", "1") else region
    if region not in scoring.REGION_CLASSES:
        raise UserError("--region must be 0 (郑州市区) or 1 (其他区域), not %s." % opts.region)
    area_unit = _enum(opts.area_unit, units.AREA_UNITS, "--area-unit") if opts.area_unit else "m2"
    setup = scoring.ScoringSetup(
        standard=standard, fields=names, cutoff=opts.cutoff, mode=_enum(opts.mode, scoring.SCORING_MODES, "--mode"),
        area_unit=area_unit, fixed_region=region,
        status_values=scoring.split_list(opts.status_values if opts.status_values is not None
                                         else scoring.DEFAULT_STATUS_VALUES),
        phaseout_codes=phaseout)
    if "no_industry_field" in setup.warnings():
        log("! The per-industry standard needs an industry code field; every parcel is scored with the default "
            "thresholds.")
    if "phaseout_without_industry" in setup.errors():
        raise UserError("Phase-out industry codes were given but no industry code field.")

    if setup.has("coverage"):  # a 建筑系数 column holding fractions: decided on its distinct values
        c = setup.fields["coverage"]
        # a Real column's finite extremes decide as all its values do (every value in [0, 1] ⟺ min ≥ 0
        # and max ≤ 1; one above 0 ⟺ max > 0): one SQL query instead of a pass over the layer
        distinct = layer.finite_extremes(c)
        if distinct is None:
            distinct = set()
            for part in run.compute([dask.delayed(rules.distinct_values)(t, c in layer.int_columns)
                                     for t in layer.column_tasks(c)]):
                distinct |= part
        if scoring.coverage_scale(distinct) != 1.0:
            setup = dataclasses.replace(setup, coverage_scale=100.0)
            log('! Field "%s" holds building coverage as fractions (all values between 0 and 1); they are read as '
                'percent ×100 (0.45 → 45%%).' % c)
    if setup.has(scoring.AREA):  # the area field's unit, checked against the geometry of the first features
        a = setup.fields[scoring.AREA]
        detected = units.detect_area_unit(rules.unit_pairs(layer.head(500), a, a in layer.int_columns, crs))
        unit, verdict = units.choose_area_unit(detected, setup.area_unit, bool(opts.area_unit))
        unit_names = {"m2": "square metres", "mu": "mu", "ha": "hectares"}
        if verdict == units.UNIT_ADOPTED:
            log('! Field "%s" holds areas in %s (compared with the geometry); it is read in %s. Pass --area-unit to '
                'override.' % (a, unit_names[unit], unit_names[unit]))
        elif verdict == units.UNIT_CONFLICT:
            log('! Field "%s" looks like %s compared with the geometry, but --area-unit says %s; check the unit.'
                % (a, unit_names[detected], unit_names[unit]))
        setup = dataclasses.replace(setup, area_unit=unit)
    log("Standard: %s (%s); mode %s; cut-off %s" % (standard.name, standard.id, setup.mode, setup.cutoff))
    parts = [dask.delayed(rules.score_partition)(p, setup, layer.int_columns, crs) for p in layer.frame.to_delayed()]
    results = write_output(run, parts, opts.output, opts.output_layer or "scored", layer.geometry_type, crs)
    summary, problems = _merge_summaries(results)
    labels = {scoring.NOT_LOW_EFFICIENCY: "not low-efficiency", scoring.TYPE_UNDETERMINED: "undetermined (待核实)"}
    lines = _problem_lines(problems) + ["Summary (count, area in mu):"]
    for bucket, (count, mu) in summary.items():
        lines.append("  %s: %d, %.2f mu" % (labels.get(bucket, bucket), count, mu))
    return {"lines": lines, "features": layer.count, "output": opts.output}


def _merge_summaries(results):
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


def _problem_lines(problems):
    lines = []
    for key, n in problems.items():
        kind, field = key if isinstance(key, tuple) else (key, "")
        label = PROBLEM_LABELS.get(kind, kind)
        if field:
            lines.append('! %d value(s) in field "%s": %s; see the reason field.' % (n, field, label))
        else:
            lines.append("! %d row value(s) with a data problem: %s" % (n, label))
    return lines


# ---- idle ----------------------------------------------------------------------------------------

def as_of_date(opts, log):
    """The reference date (core.dates.reference_date: empty → today; unreadable → an error), logged."""
    from landplan_plugin.core.dates import AsOfError, reference_date
    try:
        value = reference_date(opts.as_of)
    except AsOfError:
        raise UserError('Reference date (--as-of) "%s" is not a date (use e.g. 2024-12-31).' % opts.as_of)
    if not opts.as_of:
        log("Reference date (--as-of) not given: using today, %s." % value.isoformat())
    else:
        log("Reference date (--as-of): %s." % value.isoformat())
    return value


def idle(run):
    import dask
    opts, log = run.opts, run.log
    layer = io.open_layer(opts.input, opts.layer, opts.encoding, label="supplied parcels", chunk_rows=run.chunk_rows)
    if layer.has_geometry:
        rules.check_crs(layer, "Supplied parcels")
    as_of = as_of_date(opts, log)
    labels = {"agreed_start_field": "agreed start date", "actual_start_field": "actual start date",
              "dev_ratio_field": "developed-area ratio", "invest_ratio_field": "invested ratio",
              "halt_date_field": "halt date", "dev_area_field": "developed area",
              "total_area_field": "area to be developed", "invested_field": "invested amount",
              "total_invest_field": "total investment", "cause_field": "idle cause", "land_price_field": "land price"}
    cols = {k: rules.resolve_field(layer, getattr(opts, k) or None, "--" + k.replace("_", "-"), label,
                                   rules.IDLE_CANDIDATES[k], log=log) for k, label in labels.items()}
    if cols["agreed_start_field"] is None:
        raise UserError("No agreed start date field (--agreed-start-field) was given or found in %s." % layer.label)
    if cols["actual_start_field"] is None:
        log("! No actual start date field: every parcel is treated as not started.")
    if cols["halt_date_field"] is None:
        log("! No halt date field: started parcels cannot be idle by halted development.")
    has_dev = cols["dev_ratio_field"] or (cols["dev_area_field"] and cols["total_area_field"])
    has_inv = cols["invest_ratio_field"] or (cols["invested_field"] and cols["total_invest_field"])
    if not (has_dev or has_inv):
        log("! No developed-area or investment field: halted parcels are undetermined.")
    gov_values = rules.idle_rule.parse_cause_values(opts.gov_cause_values)
    if gov_values and cols["cause_field"] is None:
        log("! Government-cause values were given but no cause field; they are ignored.")
    parts = [dask.delayed(rules.idle_partition)(p, as_of, cols, gov_values, layer.int_columns, layer.has_geometry)
             for p in layer.frame.to_delayed()]
    results = write_output(run, parts, opts.output, opts.output_layer or "idle", layer.geometry_type, layer.crs)
    summary, problems = _merge_summaries(results)
    lines = _problem_lines(problems) + ["Summary as of %s (count):" % as_of.isoformat()]
    for bucket in sorted(summary):
        lines.append("  %s: %d" % (bucket, summary[bucket][0]))
    return {"lines": lines, "features": layer.count, "output": opts.output}


# ---- unsupplied ----------------------------------------------------------------------------------

def _dgpd(layer):
    import dask_geopandas
    return dask_geopandas.from_dask_dataframe(layer.frame, geometry="geometry")


def shuffled(run, frame, npartitions):
    """``frame`` spatially partitioned by Hilbert distance (dask-geopandas spatial_shuffle), held in
    the cluster's memory (spilled to disk by the workers when large), with each partition's hull."""
    client = run.client  # the shuffle's eager steps (bounds, divisions) run on the cluster
    bounds = tuple(float(b) for b in client.compute(frame.total_bounds).result())
    if any(b != b for b in bounds):  # no geometry at all
        return frame
    frame = frame.assign(_lp_hilbert=frame.map_partitions(spatial.hilbert_column, bounds, meta=("_lp_hilbert", "int64")))
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


def unsupplied(run):
    import dask
    opts, log = run.opts, run.log
    layer = io.open_layer(opts.input, opts.layer, opts.encoding, label="approved land", chunk_rows=run.chunk_rows)
    as_of = as_of_date(opts, log)
    spatial_mode = bool(opts.supplied)
    gtype = str(layer.geometry_type or "")
    has_geom = "polygon" in gtype.lower() or (gtype == "Unknown" and layer.has_geometry)
    if (spatial_mode or opts.buildings) and not has_geom:
        raise UserError("Spatial mode and the buildings layer need a polygon approval layer.")
    crs = rules.check_crs(layer, "Approved land") if has_geom else layer.crs
    cand = rules.UNSUP_CANDIDATES
    labels = {"approval_date_field": "approval date", "supply_date_field": "supply date",
              "supply_status_field": "supply status", "in_use_field": "in use", "area_field": "approved area"}
    auto = {"approval_date_field": True, "supply_date_field": not spatial_mode, "supply_status_field": not spatial_mode,
            "in_use_field": True, "area_field": not has_geom and not spatial_mode}
    cols = {k: rules.resolve_field(layer, getattr(opts, k) or None, "--" + k.replace("_", "-"), label, cand[k],
                                   allow_auto=auto[k], log=log) for k, label in labels.items()}
    area_unit = _enum(opts.area_unit, ("m2", "mu", "ha"), "--area-unit")
    if spatial_mode:
        if cols["supply_date_field"] or cols["supply_status_field"]:
            log("! Spatial mode: the supply date and status fields of the approval layer are not used; the supply "
                "polygons decide.")
            cols["supply_date_field"] = cols["supply_status_field"] = None
        if cols["area_field"]:
            log("! Spatial mode: areas are measured on the geometry; the area field is not used.")
            cols["area_field"] = None
        if cols["approval_date_field"] is None:
            log("! No approval date field: approval years and ages are left empty.")
    elif cols["approval_date_field"] is None:
        raise UserError("Attribute mode needs an approval date field (--approval-date-field).")
    if not spatial_mode and not cols["supply_date_field"] and not cols["supply_status_field"]:
        log("! No supply date or supply status field and no supplied layer: every approved record counts as "
            "unsupplied.")
    if not has_geom and not cols["area_field"]:
        log("! No geometry and no area field: areas are left empty.")

    approvals = _dgpd(layer) if has_geom else layer.frame
    npart = approvals.npartitions
    supplies = buildings = None
    s_pairs = b_pairs = None
    if spatial_mode:
        s_layer = io.open_layer(opts.supplied, opts.supplied_layer, opts.encoding, label="supplied land",
                                chunk_rows=run.chunk_rows)
        rules.check_crs(s_layer, "Supplied land")
        sd_col = rules.resolve_field(s_layer, opts.supplied_date_field or None, "--supplied-date-field",
                                     "supply date (supplied layer)", cand["supplied_date_field"], log=log)
        if not s_layer.crs.equals(crs):
            log("Layer supplied land is reprojected from %s to %s." % (s_layer.crs.to_string(), crs.to_string()))
        stats = {}
        for st in run.compute([dask.delayed(_supply_stats)(p, sd_col, as_of, crs) for p in s_layer.frame.to_delayed()]):
            for k, v in st.items():
                stats[k] = stats.get(k, 0) + v
        meta = rules.supplies_in_force(s_layer.frame._meta, sd_col, as_of, crs)[0]
        s_frame = s_layer.frame.map_partitions(_supplies_only, sd_col, as_of, crs, meta=meta)
        import dask_geopandas
        supplies = dask_geopandas.from_dask_dataframe(s_frame, geometry="geometry")
        log("%d supply polygons in force at the reference date." % (s_layer.count - stats.get("after", 0)
                                                                   - stats.get("no_geom", 0)))
        if stats.get("after"):
            log("%d supply polygons dated after the reference date are left out." % stats["after"])
        if stats.get("bad_date"):
            log("! %d supply polygons have an unreadable supply date; they count as supplied." % stats["bad_date"])
        if stats.get("no_date") and sd_col:
            log("! %d supply polygons have no supply date; they count as supplied." % stats["no_date"])
    if opts.buildings:
        b_layer = io.open_layer(opts.buildings, opts.buildings_layer, opts.encoding, label="buildings",
                                chunk_rows=run.chunk_rows)
        rules.check_crs(b_layer, "Buildings")
        meta = rules.supplies_in_force(b_layer.frame._meta, None, as_of, crs)[0]
        import dask_geopandas
        buildings = dask_geopandas.from_dask_dataframe(
            b_layer.frame.map_partitions(_supplies_only, None, as_of, crs, meta=meta), geometry="geometry")
    if supplies is not None or buildings is not None:
        approvals = shuffled(run, approvals, npart)
        if supplies is not None:
            supplies = shuffled(run, supplies, supplies.npartitions)
            s_pairs = pair_partitions(approvals, supplies)
        if buildings is not None:
            buildings = shuffled(run, buildings, buildings.npartitions)
            b_pairs = pair_partitions(approvals, buildings)
    cfg = rules.UnsupConfig(as_of, spatial_mode, float(opts.tolerance), cols, area_unit, layer.int_columns, crs,
                            has_geom, buildings is not None)
    a_parts = approvals.to_delayed()
    s_parts = supplies.to_delayed() if supplies is not None else None
    b_parts = buildings.to_delayed() if buildings is not None else None
    tasks = []
    for i, part in enumerate(a_parts):
        ss = [s_parts[j] for j in s_pairs[i]] if s_pairs is not None else []
        bs = [b_parts[j] for j in b_pairs[i]] if b_pairs is not None else []
        tasks.append(dask.delayed(_unsup_task)(part, ss, bs, cfg))
    gtype = "MultiPolygon" if spatial_mode or "multi" in gtype.lower() else "Polygon"
    results = write_output(run, tasks, opts.output, opts.output_layer or "unsupplied", gtype if has_geom else None,
                           crs)
    years = rules.combine_years([r["years"] for r in results])
    problems, undetermined, invalid_fixed = {}, 0, 0
    for r in results:
        undetermined += r["undetermined"]
        invalid_fixed += r["invalid_fixed"]
        for k, v in r["problems"].items():
            problems[k] = problems.get(k, 0) + v
    lines = []
    if invalid_fixed:
        lines.append("! %d invalid geometries were repaired (makeValid); see the reason field." % invalid_fixed)
    lines += _problem_lines(problems)
    if undetermined:
        lines.append("! %d approval(s) are undetermined (see unsup_rsn) and left out of the totals and of the "
                     "unsupplied rate." % undetermined)
    lines.append("Totals per approval year as of %s (approved; 批而未供 unsupplied; 批而未供率 = unsupplied ÷ approved "
                 "area):" % as_of.isoformat())
    total = rules.unsup_rule.summarise_total(years)
    for s in years + [total]:
        label = "Total" if s is total else s.label
        rate = "—" if s.rate_pct is None else "%.1f%%" % s.rate_pct
        line = "  %s: approved %d, %.2f mu; unsupplied %d, %.2f mu (%.2f ha); 批而未供率 %s" % (
            label, s.count, s.approved_mu, s.unsupplied_count, s.unsupplied_mu, s.unsupplied_ha, rate)
        if s.undetermined_count:
            line += "; %d undetermined (待核实)" % s.undetermined_count
        if s.in_use_count:
            line += "; %d in use (已批未供即用)" % s.in_use_count
        lines.append(line)
    return {"lines": lines, "features": layer.count, "output": opts.output}


def _supply_stats(gdf, date_col, as_of, crs):
    return rules.supplies_in_force(gdf, date_col, as_of, None)[1]


def _supplies_only(gdf, date_col, as_of, crs):
    return rules.supplies_in_force(gdf, date_col, as_of, crs)[0]


def _unsup_task(part, supplies, buildings, cfg):
    if "_lp_row" in part.columns:
        part = part.sort_values("_lp_row")
    return rules.unsupplied_partition(part, supplies, buildings, cfg)

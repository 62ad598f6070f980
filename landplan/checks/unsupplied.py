"""``landplan unsupplied`` — 批而未供识别, the engine side of landplan:flagunsupplied.

Attribute mode: each partition goes through core.unsupplied.assess_record_columns once. Spatial
mode: approvals, supplies and buildings are partitioned along a Hilbert curve; each approval
partition is overlaid with the supply partitions whose hulls meet it (approval − ∪ supplies,
slivers dropped by core.unsupplied.keep_parts) and the numbers go through
core.unsupplied.assess_spatial_columns. The engine measures; the core decides and writes
every reason.
"""
import dataclasses

import numpy as np

from landplan_plugin.core import fields
from landplan_plugin.core import unsupplied as unsup_rule
from .. import adapt, spatial
from ..errors import UserError
from ..io import column_values
from ..jobs import (as_of_date, dask_geo, enum, pair_partitions, problem_lines, shuffled, write_output)

ALG = "flagunsupplied"
ROLES = fields.ROLES[ALG]
LABELS = {"APPROVAL_DATE_FIELD": "approval date", "SUPPLY_DATE_FIELD": "supply date",
          "SUPPLY_STATUS_FIELD": "supply status", "IN_USE_FIELD": "in use", "AREA_FIELD": "approved area"}
OUTPUT = (("unsup_flag", "i", 0), ("unsup_yrs", "i", 0), ("appr_age", "f", 2), ("appr_year", "i", 0),
          ("appr_mu", "f", 6), ("unsup_mu", "f", 6), ("unsup_ha", "f", 6), ("unsup_use", "i", 0),
          ("unsup_asof", "d", 0), ("unsup_rsn", "s", 0), ("ju_decide", "s", 0), ("ju_reason", "s", 0))
#: 已批未供即用: the approval layer's own fields (Processing parameter → key of decide_in_use_columns)
DECISION_FIELDS = {"COMPLIANT_FIELD": "compliant", "USE_DATE_FIELD": "use_date"}


def add_arguments(p):
    p.add_argument("--as-of", help="reference date (default today)")
    for param in list(ROLES) + ["SUPPLIED_DATE_FIELD"]:
        p.add_argument(adapt.option(param))
    p.add_argument("--area-unit", default="m2", help="unit of --area-field: m2 (default), mu or ha")
    p.add_argument("--supplied", help="supplied land polygons (供地): spatial mode")
    p.add_argument("--supplied-layer")
    p.add_argument("--buildings", help="buildings / current use polygons, for 已批未供即用")
    p.add_argument("--buildings-layer")
    p.add_argument("--tolerance", type=float, default=1.0, help="ignore unsupplied remainders below (m², default 1)")
    for param in DECISION_FIELDS:
        p.add_argument(adapt.option(param))
    p.add_argument("--parcel-id-field", help="parcel id field matching --scored / --permu / --commitments")
    for name in ("scored", "permu", "commitments"):
        p.add_argument("--" + name, help="%s output for 已批未供即用 (matched by --parcel-id-field)" % name)
        p.add_argument("--%s-layer" % name)
    p.add_argument("--ju-cutoff", default=unsup_rule.JU_CUTOFF_DEFAULT.isoformat(),
                   help="已批未供即用 before this date may 完善用地手续 (default 2018-12-31)")
    p.add_argument("--ju-score-min", type=float, help="per-mu score counting as high when the class is not A–D")


class Config:
    """What every approval partition needs (sent with each task)."""

    def __init__(self, as_of, spatial_mode, tolerance, cols, area_unit, int_columns, crs, has_geom, has_buildings):
        self.as_of, self.spatial_mode, self.tolerance = as_of, spatial_mode, tolerance
        self.cols, self.area_unit, self.int_columns, self.crs = cols, area_unit, int_columns, crs
        self.has_geom, self.has_buildings = has_geom, has_buildings


#: the set-up problems of core.unsupplied.UnsuppliedSetup, as the command says them
ERRORS = {
    unsup_rule.NEEDS_POLYGONS: "Spatial mode and the buildings layer need a polygon approval layer.",
    unsup_rule.NO_APPROVAL_FIELD: "Attribute mode needs an approval date field (--approval-date-field).",
}
WARNINGS = {
    unsup_rule.SPATIAL_IGNORES_SUPPLY_FIELDS: "Spatial mode: the supply date and status fields of the approval layer "
                                              "are not used; the supply polygons decide.",
    unsup_rule.SPATIAL_IGNORES_AREA_FIELD: "Spatial mode: areas are measured on the geometry; the area field is not "
                                           "used.",
    unsup_rule.NO_APPROVAL_YEARS: "No approval date field: approval years and ages are left empty.",
    unsup_rule.NO_SUPPLY_RECORD: "No supply date or supply status field and no supplied layer: every approved "
                                 "record counts as unsupplied.",
    unsup_rule.NO_AREA: "No geometry and no area field: areas are left empty.",
}


def _setup(job, layer, spatial_mode, has_geom):
    """core.unsupplied.UnsuppliedSetup of the run (its fields found as the plugin finds them), its
    errors raised and its warnings logged."""
    setup = unsup_rule.UnsuppliedSetup(spatial=spatial_mode, has_geom=has_geom,
                                       buildings_given=bool(job.opts.buildings))
    if unsup_rule.NEEDS_POLYGONS in setup.errors():
        raise UserError(ERRORS[unsup_rule.NEEDS_POLYGONS])
    auto = {param: setup.auto_detect()[key] for param, key in ROLES.items()}
    found = adapt.resolve_params(layer, job.opts, ALG, LABELS, job.log, auto)
    setup = dataclasses.replace(setup, fields={ROLES[param]: col for param, col in found.items() if col})
    for error in setup.errors():
        raise UserError(ERRORS[error])
    for warning in setup.warnings():
        job.log("! " + WARNINGS[warning])
    return setup


def _supplies(job, crs, as_of):
    """The supply polygons in force at ``as_of`` (a dask GeoDataFrame in ``crs``), logged."""
    import dask
    opts, log = job.opts, job.log
    s_layer = job.open(opts.supplied, opts.supplied_layer, label="supplied land")
    adapt.check_crs(s_layer, "Supplied land")
    sd_col = adapt.resolve_field(s_layer, opts.supplied_date_field or None, "--supplied-date-field",
                                 "supply date (supplied layer)", fields.CANDIDATES[ALG]["SUPPLIED_DATE_FIELD"], log=log)
    if not s_layer.crs.equals(crs):
        log("Layer supplied land is reprojected from %s to %s." % (s_layer.crs.to_string(), crs.to_string()))
    stats = {}
    for st in job.compute([dask.delayed(_supply_stats)(p, sd_col, as_of) for p in s_layer.frame.to_delayed()]):
        for k, v in st.items():
            stats[k] = stats.get(k, 0) + v
    meta = supplies_in_force(s_layer.frame._meta, sd_col, as_of, crs)[0]
    supplies = dask_geo(s_layer.frame.map_partitions(_supplies_only, sd_col, as_of, crs, meta=meta))
    log("%d supply polygons in force at the reference date." % (s_layer.count - stats.get("after", 0)
                                                               - stats.get("no_geom", 0)))
    if stats.get("after"):
        log("%d supply polygons dated after the reference date are left out." % stats["after"])
    if stats.get("bad_date"):
        log("! %d supply polygons have an unreadable supply date; they count as supplied." % stats["bad_date"])
    if stats.get("no_date") and sd_col:
        log("! %d supply polygons have no supply date; they count as supplied." % stats["no_date"])
    return supplies


def _buildings(job, crs, as_of):
    b_layer = job.open(job.opts.buildings, job.opts.buildings_layer, label="buildings")
    adapt.check_crs(b_layer, "Buildings")
    meta = supplies_in_force(b_layer.frame._meta, None, as_of, crs)[0]
    return dask_geo(b_layer.frame.map_partitions(_supplies_only, None, as_of, crs, meta=meta))


def run(job):
    import dask
    opts, log = job.opts, job.log
    layer = job.open(opts.input, opts.layer, label="approved land")
    as_of = as_of_date(opts, log)
    spatial_mode = bool(opts.supplied)
    gtype = str(layer.geometry_type or "")
    has_geom = "polygon" in gtype.lower() or (gtype == "Unknown" and layer.has_geometry)
    setup = _setup(job, layer, spatial_mode, has_geom)
    crs = adapt.check_crs(layer, "Approved land") if has_geom else layer.crs
    cols = setup.used
    area_unit = enum(opts.area_unit, ("m2", "mu", "ha"), "--area-unit")

    approvals = dask_geo(layer.frame) if has_geom else layer.frame
    npart = approvals.npartitions
    supplies = _supplies(job, crs, as_of) if spatial_mode else None
    buildings = _buildings(job, crs, as_of) if opts.buildings else None
    s_pairs = b_pairs = None
    if supplies is not None or buildings is not None:
        approvals = shuffled(job, approvals, npart)
        if supplies is not None:
            supplies = shuffled(job, supplies, supplies.npartitions)
            s_pairs = pair_partitions(approvals, supplies)
        if buildings is not None:
            buildings = shuffled(job, buildings, buildings.npartitions)
            b_pairs = pair_partitions(approvals, buildings)
    cfg = Config(as_of, spatial_mode, float(opts.tolerance), cols, area_unit, layer.int_columns, crs, has_geom,
                 buildings is not None)
    _decision_setup(job, layer, cfg)
    s_parts = supplies.to_delayed() if supplies is not None else None
    b_parts = buildings.to_delayed() if buildings is not None else None
    tasks = []
    for i, part in enumerate(approvals.to_delayed()):
        ss = [s_parts[j] for j in s_pairs[i]] if s_pairs is not None else []
        bs = [b_parts[j] for j in b_pairs[i]] if b_pairs is not None else []
        tasks.append(dask.delayed(unsupplied_partition)(part, ss, bs, cfg))
    out_type = "MultiPolygon" if spatial_mode or "multi" in gtype.lower() else "Polygon"
    results = write_output(job, tasks, opts.output, opts.output_layer or "unsupplied",
                           out_type if has_geom else None, crs)
    return {"lines": _summary_lines(results, as_of), "features": layer.count, "output": opts.output}


def _decision_setup(job, layer, cfg):
    """已批未供即用: the cut-off, the approval layer's fields, and the other outputs read into
    {key: {parcel id: value}} (the engine matches them by parcel id only)."""
    from landplan_plugin.core.dates import parse_date
    opts = job.opts
    cfg.cutoff, _bad = parse_date(opts.ju_cutoff, "--ju-cutoff")
    if cfg.cutoff is None:
        raise UserError('--ju-cutoff "%s" is not a date (use e.g. 2018-12-31).' % opts.ju_cutoff)
    cfg.score_min = opts.ju_score_min
    found = adapt.resolve_params(layer, opts, ALG, {"COMPLIANT_FIELD": "complies with plan and access",
                                                    "USE_DATE_FIELD": "in use since"}, job.log)
    cfg.ju_cols = {DECISION_FIELDS[p]: c for p, c in found.items() if c}
    cfg.ju_cols.update({"own_" + k: k for k in unsup_rule.JU_INPUT_KEYS[2:] if k in layer.columns})
    id_col = adapt.resolve_field(layer, opts.parcel_id_field, "--parcel-id-field", "parcel id", allow_auto=False)
    cfg.joined = {}
    others = [(n, getattr(opts, n), getattr(opts, n + "_layer")) for n in ("scored", "permu", "commitments")]
    if any(path for _n, path, _l in others) and not id_col:
        raise UserError("--scored, --permu and --commitments are matched by --parcel-id-field; give it.")
    if id_col:
        cfg.ju_cols["parcel_id"] = id_col
    for name, path, layer_name in others:
        if not path:
            continue
        other = job.open(path, layer_name, label=name)
        wanted = [k for k in unsup_rule.JU_INPUT_KEYS[2:] if k in other.columns]
        if id_col not in other.columns:
            raise UserError('Field "%s" (--parcel-id-field) is not in the %s layer %s.' % (id_col, name, path))
        frame = other.frame[[id_col] + wanted].compute()
        keys = [_id_key(v) for v in column_values(frame[id_col])]
        for k in wanted:
            table = cfg.joined.setdefault(k, {})
            for key, v in zip(keys, column_values(frame[k])):
                if key is not None and key not in table:
                    table[key] = v
        job.log("%s: fields %s matched by %s." % (name, ", ".join(wanted) or "—", id_col))


def _id_key(value):
    """A parcel id as text (12, 12.0 and "12" match), None when empty."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    if text.endswith(".0") and text[:-2].lstrip("-").isdigit():
        text = text[:-2]
    return text or None


def _decide(gdf, out, cfg):
    """已批未供即用 of one partition: core.unsupplied.decide_in_use_columns on the approval layer's
    fields and the joined outputs (which win over the layer's own fields of the same name)."""
    raw = adapt.columns_of(gdf, cfg.ju_cols, cfg.int_columns)
    inputs = {k: raw.get("own_" + k) for k in unsup_rule.JU_INPUT_KEYS[2:]}
    if cfg.joined:
        keys = [_id_key(v) for v in raw["parcel_id"]]
        for k, table in cfg.joined.items():
            inputs[k] = [table.get(key) for key in keys]
    names = {k: cfg.ju_cols[k] for k in ("compliant", "use_date") if k in cfg.ju_cols}
    if "approval_date" in cfg.cols:
        names["approval_date"] = cfg.cols["approval_date"]
    approvals = adapt.columns_of(gdf, {"a": cfg.cols.get("approval_date")}, cfg.int_columns)["a"]
    return unsup_rule.decide_in_use_columns(
        out["unsup_use"], approvals, use_date=raw.get("use_date"), cutoff=cfg.cutoff, compliant=raw.get("compliant"),
        score_min=cfg.score_min, names=names, **inputs)


def _summary_lines(results, as_of):
    problems, undetermined, repaired = {}, 0, 0
    for r in results:
        undetermined += r["undetermined"]
        repaired += r["invalid_fixed"]
        for k, v in r["problems"].items():
            problems[k] = problems.get(k, 0) + v
    lines = []
    if repaired:
        lines.append("! %d invalid geometries were repaired (makeValid); see the reason field." % repaired)
    lines += problem_lines(problems)
    if undetermined:
        lines.append("! %d approval(s) are undetermined (see unsup_rsn) and left out of the totals and of the "
                     "unsupplied rate." % undetermined)
    lines.append("Totals per approval year as of %s (approved; 批而未供 unsupplied; 批而未供率 = unsupplied ÷ approved "
                 "area):" % as_of.isoformat())
    years = combine_years([r["years"] for r in results])
    total = unsup_rule.summarise_total(years)
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
    return lines


# ---- on the workers ------------------------------------------------------------------------------

def supplies_in_force(gdf, date_col, as_of, crs):
    """The supply polygons that count at ``as_of`` (core.unsupplied.supply_polygon_status_array),
    reprojected to ``crs``; stats {after, bad_date, no_date, no_geom}."""
    stats = {"after": 0, "bad_date": 0, "no_date": 0, "no_geom": 0}
    keep = np.ones(len(gdf), dtype=bool)
    if date_col is not None:
        status = unsup_rule.supply_polygon_status_array(as_of, column_values(gdf[date_col]), date_col)
        for key in ("after", "bad_date", "no_date"):
            stats[key] = int((status == key).sum())
        keep = status != unsup_rule.SUPPLY_AFTER
    no_geom = spatial.missing(np.asarray(gdf.geometry.values, dtype=object))
    stats["no_geom"] = int((keep & no_geom).sum())
    sub = gdf[keep & ~no_geom]
    if crs is not None and sub.crs is not None and not sub.crs.equals(crs):
        sub = sub.to_crs(crs)
    return sub, stats


def _supply_stats(gdf, date_col, as_of):
    return supplies_in_force(gdf, date_col, as_of, None)[1]


def _supplies_only(gdf, date_col, as_of, crs):
    return supplies_in_force(gdf, date_col, as_of, crs)[0]


def _geoms_near(frames, bounds):
    """Geometries of ``frames`` whose bounding boxes meet ``bounds`` (one array)."""
    import shapely
    out = []
    for f in frames:
        if f is None or len(f) == 0:
            continue
        g = np.asarray(f.geometry.values, dtype=object)
        if bounds is not None:
            b = shapely.bounds(g)
            m = ~((b[:, 2] < bounds[0]) | (b[:, 0] > bounds[2]) | (b[:, 3] < bounds[1]) | (b[:, 1] > bounds[3]))
            g = g[m]
        out.append(g)
    return np.concatenate(out) if out else np.empty(0, dtype=object)


class Overlaps:
    """The polygons of some layer near a partition, indexed: ``count(geoms)`` how many overlap
    each geometry (touching the edge only does not count)."""

    def __init__(self, frames, bounds):
        import shapely
        self.geoms = _geoms_near(frames or [], bounds)
        self.tree = shapely.STRtree(self.geoms) if len(self.geoms) else None

    def candidates(self, geom):
        return self.geoms[self.tree.query(geom, predicate="intersects")] if self.tree is not None else []

    def count(self, geoms):
        import shapely
        geoms = np.asarray(geoms, dtype=object)
        out = np.zeros(len(geoms), dtype=np.int64)
        present = np.flatnonzero(~spatial.missing(geoms))
        if self.tree is None or not len(present):
            return out
        left, right = self.tree.query(geoms[present], predicate="intersects")
        if len(left):
            overlap = ~shapely.touches(geoms[present][left], self.geoms[right])
            np.add.at(out, present[left[overlap]], 1)
        return out


def _difference(geom, cands):
    """approval − ∪cands, or None when GEOS fails."""
    import shapely
    if len(cands) == 0:
        return None
    try:
        union = cands[0] if len(cands) == 1 else shapely.union_all(cands)
        if union is None or union.is_empty:
            return None
        return geom.difference(union)
    except shapely.errors.GEOSException:
        return None


def _drop_slivers(rem, tolerance, measure):
    """(geometry without the parts the core's sliver rule drops, its area, the area dropped), m²."""
    import shapely
    if rem.is_empty:
        return rem, 0.0, 0.0
    parts = shapely.get_parts(rem)
    if not unsup_rule.sliver_split_needed(tolerance, len(parts)):
        return rem, float(measure([rem])[0]), 0.0
    keep, area, dropped = unsup_rule.keep_parts([float(a) for a in measure(parts)], tolerance)
    if not all(keep):
        kept = [p for p, k in zip(parts, keep) if k]
        rem = shapely.MultiPolygon(kept) if kept and all(p.geom_type == "Polygon" for p in kept) else \
            shapely.GeometryCollection(kept)
    return rem, area, dropped


def _overlay(geom, needs_overlay, supplies, tolerance, measure):
    """approval − ∪ (supplies touching it), slivers dropped → the numbers for the core:
    (geometry code, approved m², remainder, remainder m², dropped m², touching, approval fixed,
    supplies fixed)."""
    import shapely
    if geom is None:
        return unsup_rule.GEOM_EMPTY, None, None, None, 0.0, 0, False, False
    if not needs_overlay:
        return unsup_rule.GEOM_OK, float(measure([geom])[0]), None, None, 0.0, 0, False, False
    approval_fixed = False
    if not geom.is_valid:
        geom = spatial.polygonal(shapely.make_valid(geom))
        approval_fixed = True
        if geom is None:
            return unsup_rule.GEOM_UNREPAIRABLE, None, None, None, 0.0, 0, True, False
    approved_m2 = float(measure([geom])[0])
    cands = supplies.candidates(geom)
    if len(cands) == 0:
        return unsup_rule.GEOM_OK, approved_m2, geom, approved_m2, 0.0, 0, approval_fixed, False
    touching, supplies_fixed = len(cands), False
    rem = _difference(geom, cands)
    if rem is None:  # GEOS failed: repair the supply polygons and retry
        cands = [g for g in (spatial.polygonal(shapely.make_valid(c)) for c in cands) if g is not None]
        rem = _difference(geom, cands)
        supplies_fixed = True
    if rem is None:
        return unsup_rule.GEOM_DIFF_FAILED, approved_m2, None, None, 0.0, touching, approval_fixed, supplies_fixed
    rem, rem_m2, dropped = _drop_slivers(rem, tolerance, measure)
    return unsup_rule.GEOM_OK, approved_m2, rem, rem_m2, dropped, touching, approval_fixed, supplies_fixed


def _spatial_columns(raw, names, geoms, missing, repaired, supplies, buildings, cfg, measure, counts):
    """Spatial mode of one partition: the overlay per approval, then
    core.unsupplied.assess_spatial_columns → (result columns, remainders, repairs)."""
    import shapely
    n = len(geoms)
    needs = unsup_rule.overlay_needed(cfg.as_of, raw["approval_date"], names["approval_date"]) \
        if raw.get("approval_date") is not None else np.ones(n, dtype=bool)
    code = np.zeros(n, dtype=np.int64)
    approved, rem_m2, dropped = np.full(n, np.nan), np.full(n, np.nan), np.zeros(n)
    touching = np.zeros(n, dtype=np.int64)
    a_fixed, s_fixed = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
    remainders = np.full(n, None, dtype=object)
    for r in range(n):
        c, a, rem, rm, d, t, af, sf = _overlay(None if missing[r] else geoms[r], needs[r], supplies, cfg.tolerance,
                                               measure)
        code[r], touching[r], dropped[r], a_fixed[r], s_fixed[r], remainders[r] = c, t, d, af, sf, rem
        approved[r] = np.nan if a is None else a
        rem_m2[r] = np.nan if rm is None else rm
    hits = buildings.count(remainders) if cfg.has_buildings else None
    notes = np.full(n, None, dtype=object)
    notes[repaired] = spatial.REPAIR_NOTE
    out = unsup_rule.assess_spatial_columns(
        cfg.as_of, raw.get("approval_date"), geometry=code, approved_m2=approved, remainder_m2=rem_m2,
        dropped_m2=dropped, supplies_touching=touching, tolerance=cfg.tolerance, in_use=raw.get("in_use"),
        building_hits=hits, buildings_given=cfg.has_buildings, approval_field=names.get("approval_date"),
        repair_note=notes, approval_fixed=a_fixed, supplies_fixed=s_fixed,
        in_use_field=names.get("in_use", ""), counts=counts)
    flagged = (out["unsup_flag"] == 1) & np.array([g is not None for g in remainders], dtype=bool)
    out_geoms = np.full(n, None, dtype=object)
    for r in np.flatnonzero(flagged):
        g = remainders[r]
        out_geoms[r] = g if g.geom_type != "Polygon" else shapely.MultiPolygon([g])
    return out, out_geoms, int(repaired.sum() + a_fixed.sum() + s_fixed.sum())


def unsupplied_partition(gdf, supplies, buildings, cfg):
    """批而未供 of one partition of approvals; ``supplies`` / ``buildings``: lists of GeoDataFrames
    (filtered, in the approvals' CRS) that may overlap it → (GeoDataFrame, summary)."""
    if "_lp_row" in gdf.columns:
        gdf = gdf.sort_values("_lp_row")
    n = len(gdf)
    raw = adapt.columns_of(gdf, cfg.cols, cfg.int_columns)
    names = dict(cfg.cols)
    geoms = np.asarray(gdf.geometry.values, dtype=object) if cfg.has_geom else np.full(n, None, object)
    missing = spatial.missing(geoms)
    fixed, repaired, _failed = spatial.repair(geoms)
    repaired &= ~missing
    measurer = spatial.AreaMeasurer(cfg.crs)

    def measure(gs):
        return measurer.measure(np.asarray(gs, dtype=object))
    bounds = spatial.bounds_of(fixed[~missing]) if (~missing).any() else None
    counts = {}
    if cfg.spatial_mode:
        out, out_geoms, fixes = _spatial_columns(raw, names, fixed, missing, repaired, Overlaps(supplies, bounds),
                                                 Overlaps(buildings, bounds), cfg, measure, counts)
        geometry = out_geoms
    else:
        empty = missing if cfg.has_geom else np.zeros(n, dtype=bool)
        notes = np.full(n, None, dtype=object)
        notes[repaired] = spatial.REPAIR_NOTE
        notes[empty] = unsup_rule.NOTE_EMPTY_GEOMETRY
        measured = np.where(missing, np.nan, measure(np.where(missing, None, fixed))) if cfg.has_geom else None
        hits = Overlaps(buildings, bounds).count(np.where(missing, None, fixed)) if cfg.has_buildings else None
        out = unsup_rule.assess_record_columns(
            cfg.as_of, raw["approval_date"], raw.get("supply_date"), raw.get("supply_status"), raw.get("in_use"),
            area=raw.get("area"), area_unit=cfg.area_unit, area_field=names.get("area"), measured_m2=measured,
            geometry_note=notes, building_hits=hits, buildings_given=cfg.has_buildings, names=names, counts=counts)
        fixes = int(repaired.sum())
        geometry = fixed if repaired.any() else None
    out.update(_decide(gdf, out, cfg))
    values = {name: out[name] for name, _, _ in OUTPUT if name in out}
    values["unsup_asof"] = [cfg.as_of] * n
    years, undetermined = cohort_years(out)
    return adapt.attach(gdf, values, OUTPUT, geometry), {
        "years": years, "undetermined": undetermined, "invalid_fixed": fixes, "problems": counts}


def cohort_years(out):
    """Per-approval-year totals of one partition (core.unsupplied.CohortTotals: which approvals
    count, with what areas) and how many are undetermined."""
    totals = unsup_rule.CohortTotals()
    totals.add(out)
    return totals.summaries()[0], totals.undetermined


def combine_years(parts):
    """Per-partition year totals → one list by year (core.unsupplied.summarise_total per year),
    in the core's order: years ascending, the unknown year last."""
    by_year = {}
    for years in parts:
        for s in years:
            by_year.setdefault(s.year, []).append(s)
    out = []
    for year in sorted(y for y in by_year if y is not None) + ([None] if None in by_year else []):
        total = unsup_rule.summarise_total(by_year[year])
        total.year = year
        out.append(total)
    return out

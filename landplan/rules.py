"""The one adapter between the distributed engine and the rules in :mod:`landplan_plugin.core`.

Every decision (flag, class, reason, share, deficit, verdict …) is made by a core function; this
module only turns a partition (a GeoDataFrame) into the arrays or values those functions take and
their results back into columns. Each ``*_partition`` function runs on a worker.

Scoring and the zone check call the core's columnar forms once per partition
(``scoring.score_columns``, ``zone.landuse_totals_columns`` …). Idle land and 批而未供 call the
core's whole-record functions (``idle.assess_record``, ``unsupplied.assess_record`` /
``assess_spatial``) row by row — the very calls the QGIS algorithms make — because their columnar
forms return no per-row problems, which the run's log counts; swapping them in touches this
module only. The engine's own work here is geometry: repair, areas, clip, difference, overlaps.
"""

import numpy as np
from pandas.api.extensions import ExtensionDtype as _ExtensionDtype

from landplan_plugin.core import fields
from landplan_plugin.core import idle as idle_rule
from landplan_plugin.core import scoring, zone
from landplan_plugin.core import unsupplied as unsup_rule
from landplan_plugin.core.values import parse_number
from . import spatial
from .errors import EXIT_DATA, UserError
from .io import column_values

# ---- field resolution (the plugin's base.resolve_field / find_field, for dataframe columns) ----


def find_column(columns, candidates):
    """The first column named like a candidate (core.fields.find_name), or None."""
    columns = list(columns)
    i = fields.find_name(columns, candidates)
    return None if i < 0 else columns[i]


def resolve_field(layer, given, option, label, candidates=(), allow_auto=True, log=None):
    """The column for an option: given → it must exist (case-insensitively); not given (None) →
    the first column named like a candidate (logged); given empty ("") → none."""
    if given is not None and given != "":
        hit = find_column(layer.columns, [given])
        if hit is None:
            raise UserError('Field "%s" (%s, %s) is not in the %s layer %s.' % (given, option, label, layer.label,
                                                                                layer.path))
        return hit
    if given == "" or not allow_auto:
        return None
    hit = find_column(layer.columns, candidates)
    if hit is not None and log is not None:
        log('Using field "%s" as %s (found by name).' % (hit, label))
    return hit


def check_crs(layer, label):
    """The layer's CRS, or a one-sentence error: areas cannot be measured without one."""
    crs = layer.crs
    name = (getattr(crs, "name", "") or "").lower() if crs is not None else ""
    if crs is None or (crs.to_epsg() is None and name.startswith(("undefined", "unknown"))):
        raise UserError('Layer "%s" (%s) has no coordinate reference system: set one (e.g. EPSG:4547 or '
                        'EPSG:4490) and run again; areas cannot be measured without it.' % (label, layer.label),
                        EXIT_DATA)
    return crs


# ---- zone industrial share (core.zone, core.landuse) ---------------------------------------------



def code_classes(preset, codes, variant):
    """core.zone.piece_class of every code (each distinct value classified once) → arrays
    relevant, industrial, construction (bool), breakdown field and unknown code (object)."""
    n = len(codes)
    relevant, is_ind, is_con = np.zeros(n, bool), np.zeros(n, bool), np.zeros(n, bool)
    bfield, unknown = np.empty(n, object), np.empty(n, object)
    cache = {}
    for i, raw in enumerate(codes):
        try:
            hit = cache.get((type(raw), raw))
        except TypeError:  # unhashable values: classified by their text
            raw = str(raw)
            hit = cache.get((str, raw))
        if hit is None:
            hit = cache[(type(raw), raw)] = zone.piece_class(preset, raw, variant)
        relevant[i], is_ind[i], is_con[i], bfield[i], unknown[i] = hit[:5]
    return relevant, is_ind, is_con, bfield, unknown


def landuse_partition(gdf, zones, zone_crs, preset, variant, code_col, area_col):
    """One land-use partition clipped to the zones → per-zone tallies (small, summed on the
    client): ``ind``/``base``/``unk`` (m², arrays by zone), ``by`` {field: array}, ``unk_codes``
    {(zone, code): m²}, counts of repaired / empty / read features and official-area problems."""
    import shapely
    n_z = len(zones)
    out = {"ind": np.zeros(n_z), "base": np.zeros(n_z), "unk": np.zeros(n_z), "by": {},
           "unk_codes": {}, "repaired": 0, "empty": 0, "read": len(gdf), "pieces": 0, "problems": {}}
    if len(gdf) == 0:
        return out
    codes = column_values(gdf[code_col])
    relevant, is_ind, is_con, bfield, unknown = code_classes(preset, codes, variant)
    if not relevant.any():
        return out
    sel = np.flatnonzero(relevant)
    sub = gdf.iloc[sel]
    if sub.crs is not None and zone_crs is not None and not sub.crs.equals(zone_crs):
        sub = sub.to_crs(zone_crs)
    geoms = np.asarray(sub.geometry.values, dtype=object)
    missing = shapely_missing(geoms)
    out["empty"] = int(missing.sum())
    geoms, repaired, failed = spatial.repair(geoms)
    out["repaired"] = int(repaired.sum())
    usable = np.flatnonzero(~missing & ~failed)
    zone_geoms = np.asarray(zones, dtype=object)
    tree = shapely.STRtree(zone_geoms)
    pairs = tree.query(geoms[usable], predicate="intersects") if len(usable) else np.zeros((2, 0), int)
    li, zj = usable[pairs[0]], pairs[1]
    if len(li) == 0:
        return out
    zg, lg = zone_geoms[zj], geoms[li]
    pieces = lg.copy()
    cross = np.flatnonzero(~shapely.contains(zg, lg))
    if len(cross):
        pieces[cross] = spatial.polygonal_array(shapely.intersection(zg[cross], lg[cross]))
    keep = np.array([p is not None and not p.is_empty for p in pieces], dtype=bool)
    li, zj, pieces = li[keep], zj[keep], pieces[keep]
    measurer = spatial.AreaMeasurer(zone_crs)
    piece_m2 = measurer.measure(pieces)
    if area_col is not None:
        raw = column_values(sub[area_col])
        official = np.full(len(li), np.nan)
        bad = set()
        for k, i in enumerate(li):
            value, problem = zone.official_area_m2(raw[i], area_col)
            if problem is not None and i not in bad:
                bad.add(i)
                key = (problem.kind, problem.field)
                out["problems"][key] = out["problems"].get(key, 0) + 1
            if value is not None:
                official[k] = value
        piece_m2 = zone.proportional_area_columns(piece_m2, measurer.measure(geoms[li]), official)
    rows = sel[li]
    known = unknown[rows] == None  # noqa: E711 — object array
    totals = zone.landuse_totals_columns(zj, n_z, piece_m2, is_ind[rows], is_con[rows], known)
    out["ind"], out["base"], out["unk"] = totals["ind"], totals["base"], totals["unk"]
    out["pieces"] = int(len(li))
    fields = bfield[rows]
    for f in set(f for f in fields if f is not None):
        m = known & (fields == f)
        out["by"][f] = np.bincount(zj[m], weights=piece_m2[m], minlength=n_z)
    for z, code, a in zip(zj[~known], unknown[rows][~known], piece_m2[~known]):
        out["unk_codes"][(int(z), code)] = out["unk_codes"].get((int(z), code), 0.0) + float(a)
    return out


def shapely_missing(geoms):
    import shapely
    return shapely.is_missing(geoms) | shapely.is_empty(geoms)


def combine_landuse(parts, n_zones):
    total = {"ind": np.zeros(n_zones), "base": np.zeros(n_zones), "unk": np.zeros(n_zones), "by": {},
             "unk_codes": {}, "repaired": 0, "empty": 0, "read": 0, "pieces": 0, "problems": {}}
    for p in parts:
        for k in ("ind", "base", "unk"):
            total[k] += p[k]
        for k, v in p["by"].items():
            total["by"][k] = total["by"].get(k, 0.0) + v
        for k, v in p["unk_codes"].items():
            total["unk_codes"][k] = total["unk_codes"].get(k, 0.0) + v
        for k in ("repaired", "empty", "read", "pieces"):
            total[k] += p[k]
        for k, v in p["problems"].items():
            total["problems"][k] = total["problems"].get(k, 0) + v
    return total


def zone_rows(total, zone_count, threshold, variant):
    """Per zone: the plugin's output values from ind_ha to verdict (core.zone.LandUseTally.row)."""
    rows = []
    for z in range(zone_count):
        tally = zone.LandUseTally()
        tally.ind, tally.base, tally.unk = float(total["ind"][z]), float(total["base"][z]), float(total["unk"][z])
        for f, arr in total["by"].items():
            tally.by[f] = float(arr[z])
        tally.unk_codes = {code: a for (zi, code), a in total["unk_codes"].items() if zi == z}
        values, share = tally.row(threshold, variant)
        rows.append((values, share))
    return rows



# ---- 低效工业用地 scoring (core.scoring columnar form) -------------------------------------------------


#: input role (core.scoring.INPUT_ROLES) → command option and the field names looked for when it is not given
SCORE_ROLES = {
    "tax_per_mu": ("--tax-per-mu-field", ["亩均税收", "MJSS", "亩均税收万元", "tax_per_mu", "tax_mu"]),
    "invest_per_mu": ("--invest-per-mu-field", ["投资强度", "TZQD", "亩均投资", "invest_per_mu", "inv_mu"]),
    "far": ("--far-field", ["容积率", "RJL", "FAR"]),
    "coverage": ("--coverage-field", ["建筑系数", "JZXS", "建筑密度", "coverage"]),
    "tax": ("--tax-field", ["税收总额", "SSZE", "年税收", "税收", "tax"]),
    "invest": ("--invest-field", ["固定资产投资", "GDZCTZ", "固定资产投资额", "投资总额", "TZZE", "invest"]),
    "floor_area": ("--floor-area-field", ["总建筑面积", "ZJZMJ", "建筑面积", "JZMJ", "floor_area"]),
    "footprint": ("--footprint-field", ["建筑占地面积", "JZZDMJ", "占地面积", "footprint"]),
    scoring.AREA: ("--area-field", ["用地面积", "YDMJ", "宗地面积", "ZDMJ", "土地面积", "TDMJ"]),
    scoring.INDUSTRY: ("--industry-field", ["行业代码", "HYDM", "行业分类代码", "industry"]),
    scoring.REGION: ("--region-field", ["区域类别", "QYLB"]),
    scoring.STATUS: ("--status-field", ["生产状态", "SCZT", "经营状态", "JYZT", "企业状态"]),
}
#: output fields: (name, kind, precision as the plugin's fields: QGIS rounds doubles to it)
SCORE_OUT = tuple((name, "i" if name == "ie_flag" else "s" if name in ("ie_type", "ie_reason", "ie_std") else "f",
                   4) for name in scoring.OUTPUT_FIELDS)


def distinct_values(series, is_int):
    """The distinct raw values of one partition's column (for core.scoring.coverage_scale)."""
    return set(column_values(series, is_int))


def unit_pairs(sample, area_col, is_int, crs):
    """(parsed area field value, geometry area m²) of a sample, for core.units.detect_area_unit."""
    geoms = np.asarray(sample.geometry.values, dtype=object)
    present = ~shapely_missing(geoms)
    areas = spatial.AreaMeasurer(crs).measure(geoms)
    raw = column_values(sample[area_col], is_int)
    return [(parse_number(v, "")[0], float(a)) for v, a, ok in zip(raw, areas, present) if ok]


def raw_column(series, is_int):
    """A column for core.scoring.score_columns: float arrays as they are (NaN = NULL; the core
    parses them with numpy), anything else as an object array of raw values (None = NULL)."""
    if series.dtype.kind == "f" and not is_int and not isinstance(series.dtype, _ExtensionDtype):
        return series.to_numpy(dtype=float)
    out = np.empty(len(series), dtype=object)
    out[:] = column_values(series, is_int)
    return out


def score_partition(gdf, setup, int_columns, crs):
    """Score one partition (core.scoring.score_columns) → (GeoDataFrame with the output fields,
    {"summary": {bucket: [count, 亩]}, "problems": {(kind, field): n}})."""
    n = len(gdf)
    columns = {role: raw_column(gdf[name], name in int_columns) for role, name in setup.fields.items()}
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    empty = shapely_missing(geoms)
    fixed, repaired, _failed = spatial.repair(geoms)
    geom_area = None if setup.has(scoring.AREA) else spatial.AreaMeasurer(crs).measure(fixed)
    notes = np.full(n, None, dtype=object)
    notes[repaired & ~empty] = spatial.REPAIR_NOTE
    counts = {}
    out = scoring.score_columns(setup, columns, n=n, geom_area_m2=geom_area, geom_empty=empty, geom_note=notes,
                                counts=counts)
    summary = scoring.tally(out)
    values = {name: scoring.column_values(out, name) for name in scoring.OUTPUT_FIELDS}
    return attach(gdf, values, SCORE_OUT, fixed if repaired.any() else None), {"summary": summary, "problems": counts}


def attach(gdf, values, spec, geometry=None):
    """Input columns (an input column named like an output field is replaced) + output columns,
    typed and rounded as the plugin writes them (QGIS rounds doubles to the field's precision)."""
    import pandas as pd
    import geopandas as gpd
    names = {name.lower() for name, _, _ in spec}
    keep = [c for c in gdf.columns if c.lower() not in names or c == "geometry"]
    out = gdf[keep].copy()
    if geometry is not None:
        out = out.set_geometry(gpd.GeoSeries(geometry, index=out.index, crs=gdf.crs))
    geom_col = out.geometry.name if isinstance(out, gpd.GeoDataFrame) else None
    for name, kind, precision in spec:
        v = values[name]
        if kind == "f":
            arr = np.array([np.nan if x is None else x for x in v], dtype=float)
            if precision:
                arr = np.round(arr, precision)
            out[name] = arr
        elif kind == "i":
            out[name] = pd.array(v, dtype="Int32")
        elif kind == "d":
            out[name] = pd.Series(v, index=out.index, dtype=object)
        else:
            out[name] = pd.Series(v, index=out.index, dtype=object)
    if geom_col is not None:
        cols = [c for c in out.columns if c != geom_col] + [geom_col]
        out = out[cols]
    return out


# ---- 闲置土地 (core.idle) --------------------------------------------------------------------------
# core.idle.assess_record per row (the record rule the plugin calls; its columnar form returns no
# per-row problems, which the run's log counts).


IDLE_CANDIDATES = {param.lower(): names for param, names in fields.CANDIDATES["flagidleland"].items()}
#: option → core.idle.assess_record argument / names key
IDLE_KEYS = (("agreed_start_field", "agreed_start"), ("actual_start_field", "actual_start"),
             ("dev_ratio_field", "dev_ratio"), ("invest_ratio_field", "invest_ratio"),
             ("halt_date_field", "halt_date"), ("cause_field", "cause"), ("land_price_field", "land_price"),
             ("dev_area_field", "dev_area"), ("total_area_field", "total_area"),
             ("invested_field", "invested"), ("total_invest_field", "total_invest"))
IDLE_OUT = (("idle_flag", "i", 0), ("idle_days", "i", 0), ("idle_basis", "s", 0), ("idle_stage", "s", 0),
            ("idle_csq", "s", 0), ("idle_cause", "s", 0), ("idle_gov", "i", 0), ("idle_disp", "s", 0),
            ("idle_fee", "f", 4), ("idle_asof", "d", 0), ("idle_rsn", "s", 0))


def idle_partition(gdf, as_of, cols, gov_values, int_columns, spatial_input):
    """Idle-land check of one partition → (GeoDataFrame, {"summary", "problems"})."""
    n = len(gdf)
    raw = {core: column_values(gdf[cols[opt]], cols[opt] in int_columns) for opt, core in IDLE_KEYS if cols[opt]}
    names = {core: cols[opt] for opt, core in IDLE_KEYS if cols[opt]}
    geom_notes = [None] * n
    geom_kinds = [None] * n
    fixed = None
    if spatial_input:
        geoms = np.asarray(gdf.geometry.values, dtype=object)
        fixed, repaired, _ = spatial.repair(geoms)
        empty = shapely_missing(geoms)
        for r in np.flatnonzero(empty):
            geom_notes[r], geom_kinds[r] = idle_rule.NOTE_EMPTY_GEOMETRY, "empty_geometry"
        for r in np.flatnonzero(repaired & ~empty):
            geom_notes[r], geom_kinds[r] = spatial.REPAIR_NOTE, "invalid_geometry"
        if not repaired.any():
            fixed = None
    out = {name: [None] * n for name, _, _ in IDLE_OUT}
    summary, counts = {}, {}
    for r in range(n):
        v = {k: col[r] for k, col in raw.items()}
        res = idle_rule.assess_record(as_of, v.get("agreed_start"), v.get("actual_start"), v.get("dev_ratio"),
                                      v.get("invest_ratio"), v.get("halt_date"), v.get("cause"), v.get("land_price"),
                                      dev_area=v.get("dev_area"), total_area=v.get("total_area"),
                                      invested=v.get("invested"), total_invest=v.get("total_invest"),
                                      gov_values=gov_values, names=names, geometry_note=geom_notes[r])
        count_problems(counts, res.problems, geom_kinds[r])
        row = idle_rule.output_values(res) + (as_of, res.reason)
        for (name, _, _), value in zip(IDLE_OUT, row):
            out[name][r] = value
        bucket = idle_rule.summary_bucket(res)
        summary[bucket] = summary.get(bucket, 0) + 1
    return attach(gdf, out, IDLE_OUT, fixed), {"summary": summary, "problems": counts}


def count_problems(counts, problems, geometry_kind=None):
    """The run's problem tally: (kind, field) → rows (as the plugin's ProblemTally logs them)."""
    for p in problems:
        counts[(p.kind, p.field)] = counts.get((p.kind, p.field), 0) + 1
    if geometry_kind:
        counts[(geometry_kind, "")] = counts.get((geometry_kind, ""), 0) + 1


# ---- 批而未供 (core.unsupplied) ---------------------------------------------------------------------
# core.unsupplied.assess_record (attribute mode) / assess_spatial (spatial mode) per row: the engine
# does the geometry (make-valid, approval − ∪ supplies, slivers measured, building overlaps) and
# the core decides and writes every reason.


UNSUP_CANDIDATES = {param.lower(): names for param, names in fields.CANDIDATES["flagunsupplied"].items()}
UNSUP_KEYS = (("approval_date_field", "approval_date"), ("supply_date_field", "supply_date"),
              ("supply_status_field", "supply_status"), ("in_use_field", "in_use"), ("area_field", "area"))
UNSUP_OUT = (("unsup_flag", "i", 0), ("unsup_yrs", "i", 0), ("appr_age", "f", 2), ("appr_year", "i", 0),
             ("appr_mu", "f", 6), ("unsup_mu", "f", 6), ("unsup_ha", "f", 6), ("unsup_use", "i", 0),
             ("unsup_asof", "d", 0), ("unsup_rsn", "s", 0))


class UnsupConfig:
    def __init__(self, as_of, spatial_mode, tolerance, cols, area_unit, int_columns, crs, has_geom,
                 has_buildings):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def supplies_in_force(gdf, date_col, as_of, crs):
    """The supply polygons that count at ``as_of`` (core.unsupplied.supply_polygon_status),
    reprojected to ``crs``; stats {after, bad_date, no_date, no_geom}."""
    stats = {"after": 0, "bad_date": 0, "no_date": 0, "no_geom": 0}
    keep = np.ones(len(gdf), dtype=bool)
    if date_col is not None:
        status = unsup_rule.supply_polygon_status_array(as_of, column_values(gdf[date_col]), date_col)
        for key in ("after", "bad_date", "no_date"):
            stats[key] = int((status == key).sum())
        keep = status != unsup_rule.SUPPLY_AFTER
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    no_geom = shapely_missing(geoms)
    stats["no_geom"] = int((keep & no_geom).sum())
    sub = gdf[keep & ~no_geom]
    if crs is not None and sub.crs is not None and not sub.crs.equals(crs):
        sub = sub.to_crs(crs)
    return sub, stats


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


def _buildings_on(geom, tree, geoms):
    """How many buildings overlap ``geom`` (touching the edge only does not count)."""
    import shapely
    if geom is None or geom.is_empty or tree is None:
        return 0
    idx = tree.query(geom, predicate="intersects")
    if len(idx) == 0:
        return 0
    return int((~shapely.touches(geom, geoms[idx])).sum())


def _overlay(geom, needs_overlay, s_tree, s_geoms, tolerance, measure):
    """approval − ∪ (supplies touching it), slivers dropped → the numbers for core.assess_spatial:
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
    cands = s_geoms[s_tree.query(geom, predicate="intersects")] if s_tree is not None else []
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


def unsupplied_partition(gdf, supplies, buildings, cfg):
    """批而未供 of one partition of approvals; ``supplies`` / ``buildings``: lists of GeoDataFrames
    (filtered, in the approvals' CRS) that may overlap it → (GeoDataFrame, summary)."""
    import shapely
    n = len(gdf)
    raw = {core: column_values(gdf[cfg.cols[opt]], cfg.cols[opt] in cfg.int_columns)
           for opt, core in UNSUP_KEYS if cfg.cols[opt]}
    names = {core: cfg.cols[opt] for opt, core in UNSUP_KEYS if cfg.cols[opt]}
    geoms = np.asarray(gdf.geometry.values, dtype=object) if cfg.has_geom else np.full(n, None, object)
    missing = shapely_missing(geoms)
    fixed, repaired, _failed = spatial.repair(geoms)
    measurer = spatial.AreaMeasurer(cfg.crs)

    def measure(gs):
        return measurer.measure(np.asarray(gs, dtype=object))
    bounds = spatial.bounds_of(fixed[~missing]) if (~missing).any() else None
    s_geoms = _geoms_near(supplies or [], bounds) if cfg.spatial_mode else None
    s_tree = shapely.STRtree(s_geoms) if s_geoms is not None and len(s_geoms) else None
    b_geoms = _geoms_near(buildings or [], bounds) if cfg.has_buildings else None
    b_tree = shapely.STRtree(b_geoms) if b_geoms is not None and len(b_geoms) else None
    as_of = cfg.as_of
    out = {name: [None] * n for name, _, _ in UNSUP_OUT}
    out_geoms = np.full(n, None, dtype=object)
    totals, counts = unsup_rule.CohortTotals(), {}
    fixed_count = 0
    for r in range(n):
        v = {k: col[r] for k, col in raw.items()}
        geom = None if missing[r] else fixed[r]
        note = spatial.REPAIR_NOTE if geom is not None and repaired[r] else None
        fixed_count += note is not None
        if not cfg.spatial_mode:
            kind = "empty_geometry" if cfg.has_geom and geom is None else None
            hits = None
            if cfg.has_buildings and geom is not None:
                hits = (lambda g=geom: _buildings_on(g, b_tree, b_geoms))
            res = unsup_rule.assess_record(
                as_of, v.get("approval_date"), v.get("supply_date"), v.get("supply_status"), v.get("in_use"),
                area=v.get("area"), area_unit=cfg.area_unit, area_field=names.get("area"),
                measured_m2=(lambda g=geom: float(measure([g])[0])) if geom is not None else None,
                geometry_note=note or (unsup_rule.NOTE_EMPTY_GEOMETRY if kind else None), building_hits=hits,
                buildings_given=cfg.has_buildings, names=names)
            out_geom = geom
        else:
            kind = None
            _, _, needs = unsup_rule.approved_by(as_of, v.get("approval_date"))
            code, approved_m2, rem, rem_m2, dropped, touching, a_fixed, s_fixed = _overlay(
                geom, needs, s_tree, s_geoms, cfg.tolerance, measure)
            fixed_count += int(a_fixed) + int(s_fixed)
            res = unsup_rule.assess_spatial(
                as_of, v.get("approval_date"), geometry=code, approved_m2=approved_m2, remainder_m2=rem_m2,
                dropped_m2=dropped, supplies_touching=touching, tolerance=cfg.tolerance, in_use=v.get("in_use"),
                building_hits=(lambda g=rem: _buildings_on(g, b_tree, b_geoms)), buildings_given=cfg.has_buildings,
                approval_field=names.get("approval_date"), repair_note=note, approval_fixed=a_fixed,
                supplies_fixed=s_fixed, in_use_field=names.get("in_use", ""))
            out_geom = None
            if res.flag == 1 and rem is not None:
                out_geom = rem if rem.geom_type != "Polygon" else shapely.MultiPolygon([rem])
        count_problems(counts, res.problems, kind)
        row = unsup_rule.output_values(res) + (as_of, res.reason)
        for (name, _, _), value in zip(UNSUP_OUT, row):
            out[name][r] = value
        out_geoms[r] = out_geom
        totals.add(res)
    years = unsup_rule.summarise_by_year(totals.rows)
    result = attach(gdf, out, UNSUP_OUT, out_geoms if (cfg.spatial_mode or repaired.any()) else None)
    return result, {"years": years, "undetermined": totals.undetermined, "invalid_fixed": fixed_count,
                    "problems": counts}


def combine_years(parts):
    """Per-partition YearSummary lists → one list by year (the unknown year last)."""
    by_year = {}
    for years in parts:
        for s in years:
            t = by_year.get(s.year)
            if t is None:
                t = by_year[s.year] = unsup_rule.YearSummary(year=s.year)
            t.count += s.count
            t.unsupplied_count += s.unsupplied_count
            t.undetermined_count += s.undetermined_count
            t.in_use_count += s.in_use_count
            t.approved_m2 += s.approved_m2
            t.unsupplied_m2 += s.unsupplied_m2
    known = sorted(y for y in by_year if y is not None)
    return [by_year[y] for y in known] + ([by_year[None]] if None in by_year else [])

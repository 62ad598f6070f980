"""``landplan zoneeval`` — 开发区土地集约利用评价, the engine side of landplan:zoneevaluation.

Every area is the area of a layer's **union** inside a zone (overlapping features count once),
as the plugin measures it. Each partition of a layer is clipped to the zones (which every worker
holds once) and comes back as one partial union per zone (and sums in 万元); the partial unions
are united and measured per zone. Buildings: the floor area of overlapping buildings counts once,
the larger floor area per m² winning — each zone's building pieces are made disjoint in one task
per zone, the pieces with the higher density first. What a code, a flag, a date or a number means
is core.evaluation's (land_classes_columns, supply_status_columns, flag_is_set_columns,
floor_density_columns, money_total_columns, intensity_gap_columns); the indicators, 实现度,
集约度 and potentials are core.evaluation.evaluate_zones.
"""
import numpy as np
import pandas as pd

from landplan_plugin.core import evaluation as ev
from landplan_plugin.core import fields
from landplan_plugin.core.units import M2_PER_HA
from landplan_plugin.core.values import round_half_away
from .. import adapt, spatial
from ..errors import UserError
from ..jobs import as_of_date, problem_lines, write_small
from .zoneshare import Zones, add_zone_arguments, clip_to_zones, landuse_layer, preset_of, variant_of

ALG = "zoneevaluation"
CANDIDATES = fields.CANDIDATES[ALG]
#: output field of each base area (core.evaluation.BASE_AREAS key), in 公顷 — the plugin's AREA_FIELDS
AREA_FIELDS = (("zone_ha", "zone"), ("dev_ha", "buildable"), ("ready_ha", "ready"), ("supp_ha", "supplied"),
               ("built_ha", "built"), ("ind_ha", "industrial"), ("idle_ha", "idle"), ("supyr_ha", "mean_supply"))
#: optional layers: option → (label, {field option: label})
LAYERS = {
    "supplied": ("supplied land", {"SUPPLY_DATE_FIELD": "supply date"}),
    "ready": ("land ready for supply", {}),
    "buildings": ("buildings", {"FLOOR_AREA_FIELD": "floor area", "FLOORS_FIELD": "floors"}),
    "parcels": ("industrial parcels", {"INVEST_FIELD": "investment", "TAX_FIELD": "tax",
                                       "INVEST_PER_MU_FIELD": "investment per mu", "TAX_PER_MU_FIELD": "tax per mu",
                                       "FAR_FIELD": "floor-area ratio"}),
    "idle": ("idle land", {}),
}
LAND_BUCKETS = (("unbuildable", ev.LAND_UNBUILDABLE), ("built", ev.LAND_BUILT), ("industrial", ev.LAND_INDUSTRIAL))


def add_arguments(p):
    add_zone_arguments(p)
    for name, (label, params) in LAYERS.items():
        p.add_argument("--" + name, help="%s (polygons)" % label)
        p.add_argument("--%s-layer" % name)
        for param in params:
            p.add_argument(adapt.option(param))
    p.add_argument("--evaluation-file", help="ideal values and weights (JSON; default: the shipped example)")
    p.add_argument("--as-of", help="reference date (default today)")
    p.add_argument("--supply-years", type=int, default=ev.DEFAULT_SUPPLY_YEARS,
                   help="years of supply averaged for the years left (default %d)" % ev.DEFAULT_SUPPLY_YEARS)


class Layer:
    """An optional input layer of the run: the opened layer and its fields ({param: column})."""

    def __init__(self, job, name):
        opts = job.opts
        label, params = LAYERS[name]
        self.layer = job.open(getattr(opts, name), getattr(opts, name + "_layer"), label=label)
        adapt.check_crs(self.layer, label)
        self.cols = adapt.resolve_params(self.layer, opts, ALG, params, job.log)

    def parts(self):
        return self.layer.frame.to_delayed()


def run(job):
    import dask
    opts, log = job.opts, job.log
    zones = Zones(job, ALG)
    lu_layer, code_col, _ = landuse_layer(job, ALG)
    layers = {name: Layer(job, name) for name in LAYERS if getattr(opts, name)}
    try:
        spec = ev.load_evaluation(opts.evaluation_file or "example_tdt1029")
    except ev.EvaluationError as exc:
        raise UserError(str(exc)) from exc
    preset, variant = preset_of(opts), variant_of(opts)
    as_of, years = as_of_date(opts, log), opts.supply_years
    supplied = ready = registered = None
    if not 1 <= years <= 30:
        raise UserError("--supply-years must be between 1 and 30.")
    log("Evaluation file: %s (%s)." % (spec.name, spec.id))
    if spec.example:
        log("! This evaluation file is an EXAMPLE, not an official standard: use the ideal values and weights your "
            "province publishes (--evaluation-file).")
    first, last = ev.supply_window(as_of, years)
    log("Mean yearly supply over %d–%d." % (first, last))

    client, crs, n = job.client, zones.crs, len(zones)
    zf = zones.scatter(client)
    tally = {}
    measures = {"zone_m2": np.where([g is None for g in zones.geoms], 0.0, zones.m2)}
    lu = job.compute([dask.delayed(landuse_pieces)(p, zf, crs, preset, spec.unbuildable_codes, variant, code_col)
                      for p in lu_layer.frame.to_delayed()])
    unions = unite([part["unions"] for part in lu], n)
    measure = spatial.AreaMeasurer(crs).measure
    for name, _flag in LAND_BUCKETS:
        measures[name + "_m2"] = measure(unions.get(name, [None] * n))
    unknown = {}
    for part in lu:
        _add_all(tally, part["counts"])
        for code, m2 in part["unknown"].items():
            unknown[code] = unknown.get(code, 0.0) + m2

    if "supplied" in layers:
        date_col = layers["supplied"].cols["SUPPLY_DATE_FIELD"]
        if date_col is None:
            log("! No supply date field: every supply counts as supplied and the years of supply left cannot be "
                "computed.")
        sup = _layer_unions(job, layers["supplied"], zf, crs, n, tally, supplied_buckets, date_col, as_of, years)
        supplied = sup.get("supplied", [None] * n)
        if date_col is not None:
            measures["recent_supply_m2"] = measure(sup.get("recent", [None] * n))
    if "ready" in layers:
        ready = _layer_unions(job, layers["ready"], zf, crs, n, tally, all_bucket).get("all", [None] * n)
    if "idle" in layers:
        flag_col = adapt.find_column(layers["idle"].layer.columns, ["idle_flag"])
        if flag_col is None:
            log('! The idle-land layer has no field "idle_flag"; the idle rate stays empty.')
        else:
            measures["idle_m2"] = measure(_layer_unions(job, layers["idle"], zf, crs, n, tally, idle_bucket,
                                                        flag_col).get("idle", [None] * n))
    if "buildings" in layers:
        measures.update(_buildings(job, layers["buildings"], zf, crs, n, unions.get("industrial", [None] * n),
                                   tally))
    if "parcels" in layers:
        parcel_measures, registered = _parcels(job, layers["parcels"], zf, crs, n, spec.ideal("far_ind"), tally)
        measures.update(parcel_measures)
    # 已供应国有建设用地 = supply records ∪ registered parcels; land supplied has reached the supply
    # conditions: READY ∪ supplied (core.evaluation docstring)
    if "supplied" in layers or "parcels" in layers:
        measures["supplied_m2"] = measure(_union_each([supplied, registered]))
    if "ready" in layers:
        measures["ready_m2"] = measure(_union_each([ready, supplied, registered]))

    result = ev.evaluate_zones(measures, spec, years)
    frame = _zone_frame(zones, measures, result, spec, as_of)
    write_small(zones.output(frame, list(frame.columns)), opts.output, opts.output_layer or "evaluation")
    return {"lines": _log_lines(zones, result, spec, tally, unknown), "zones": n, "output": opts.output}


def _add_all(total, counts):
    for k, v in counts.items():
        adapt.add(total, k, v)


def unite(partials, n):
    """Per-partition {bucket: [geometry or None per zone]} → {bucket: [union per zone]}."""
    import shapely
    out = {}
    for part in partials:
        for bucket, geoms in part.items():
            out.setdefault(bucket, [[] for _ in range(n)])
            for z, g in enumerate(geoms):
                if g is not None:
                    out[bucket][z].append(g)
    return {bucket: [None if not gs else gs[0] if len(gs) == 1 else spatial.polygonal(shapely.union_all(gs))
                     for gs in per_zone] for bucket, per_zone in out.items()}


def _layer_unions(job, layer, zf, crs, n, tally, buckets, *args):
    import dask
    parts = job.compute([dask.delayed(layer_pieces)(p, zf, crs, buckets, args) for p in layer.parts()])
    for part in parts:
        _add_all(tally, part["counts"])
    return unite([part["unions"] for part in parts], n)


def _buildings(job, layer, zf, crs, n, industrial, tally):
    """Per zone: footprint_m2, floor_m2, ind_footprint_m2, ind_floor_m2 (one task per zone)."""
    import dask
    floor, floors = layer.cols["FLOOR_AREA_FIELD"], layer.cols["FLOORS_FIELD"]
    parts = [dask.delayed(building_pieces)(p, zf, crs, floor, floors) for p in layer.parts()]
    counts = [dask.delayed(_get)(p, "counts") for p in parts]
    per_zone = [[dask.delayed(_zone_of)(p, z) for p in parts] for z in range(n)]
    [ind] = job.client.scatter([list(industrial)], broadcast=True)
    tasks = [dask.delayed(building_measures)(pieces, ind, z, crs) for z, pieces in enumerate(per_zone)]
    done = job.compute(tasks + counts)
    for c in done[n:]:
        _add_all(tally, c)
    keys = ("footprint_m2", "floor_m2", "ind_footprint_m2", "ind_floor_m2")
    return {k: np.array([done[z][k] for z in range(n)]) for k in keys}


def _parcels(job, layer, zf, crs, n, ideal_far, tally):
    """Per zone: invest_wan / invest_m2, tax_wan / tax_m2 and intensity_gap_m2 (None: no such field)."""
    import dask
    cols = {"invest": layer.cols["INVEST_FIELD"], "invest_mu": layer.cols["INVEST_PER_MU_FIELD"],
            "tax": layer.cols["TAX_FIELD"], "tax_mu": layer.cols["TAX_PER_MU_FIELD"], "far": layer.cols["FAR_FIELD"]}
    parts = job.compute([dask.delayed(parcel_pieces)(p, zf, crs, cols, ideal_far, n) for p in layer.parts()])
    unions = unite([part["unions"] for part in parts], n)
    measure = spatial.AreaMeasurer(crs).measure
    out = {}
    registered = unions.get("all", [None] * n)
    for key in ("invest", "tax"):
        if cols[key] is None and cols[key + "_mu"] is None:
            continue
        out[key + "_wan"] = sum(part[key] for part in parts)
        out[key + "_m2"] = measure(unions.get(key, [None] * n))
    if cols["far"] is not None:
        out["intensity_gap_m2"] = sum(part["gap"] for part in parts)
    for part in parts:
        _add_all(tally, part["counts"])
    return out, registered


def _union_each(per_zone_lists):
    """Zone by zone, the union of the geometries of several per-zone lists (None: a layer not given)."""
    import shapely
    given = [lists for lists in per_zone_lists if lists is not None]
    out = []
    for z in range(len(given[0])):
        gs = [lists[z] for lists in given if lists[z] is not None]
        out.append(None if not gs else gs[0] if len(gs) == 1 else spatial.polygonal(shapely.union_all(gs)))
    return out


def _get(d, key):
    return d[key]


def _zone_of(part, z):
    return part["pieces"].get(z, ([], []))


# ---- the output ------------------------------------------------------------------------------------

def _zone_frame(zones, measures, result, spec, as_of):
    """One row per zone in the plugin's field order."""
    n = len(zones)
    cols = {"zone_name": list(zones.names)}
    for name, key in AREA_FIELDS:
        cols[name] = result[key + "_ha"]
    for key in ev.INDICATOR_KEYS:
        cols[key] = result[key]
    for key in ("score", "pot_ext", "pot_int", "pot_mgmt"):
        cols[key] = result[key]
    for key in spec.indicators:
        cols[ev.ATTAINMENT_FIELDS[key]] = result["r_" + key]
    notes = ev.evaluation_notes(result, spec)
    frame = pd.DataFrame(cols)
    for name in frame.columns[1:]:
        frame[name] = round_half_away(frame[name].to_numpy(dtype=float), 4)
    frame["eval_note"] = pd.Series(list(notes), dtype=object)
    frame["eval_file"] = pd.Series([spec.id] * n, dtype=object)
    frame["eval_asof"] = pd.Series([as_of] * n, dtype=object)
    return frame


def _log_lines(zones, result, spec, tally, unknown):
    lines = []
    missing = [k for k in ev.INDICATOR_KEYS if np.isnan(result[k]).any() and k in spec.indicators]
    if missing:
        lines.append("! Indicators that could not be computed for some zones (layer not given or denominator 0): %s. "
                     "Their weight is redistributed proportionally to the other indicators (see eval_note)."
                     % "、".join(ev.INDICATORS[k][0] for k in missing))
    labels = {"supply_undated": "supplies without a readable date (counted as supplied)",
              "supply_future": "supplies dated after --as-of (not yet supplied)",
              "no_floor_area": "buildings without floor area or floors (footprint only)"}
    for key, count in tally.items():
        if key in labels:
            lines.append("! %s: %d" % (labels[key], count))
    lines += problem_lines({k: v for k, v in tally.items() if k not in labels})
    for code, area in sorted(unknown.items(), key=lambda kv: -kv[1]):
        lines.append("! Unknown land-use code %s: %.4f ha, counted neither as built nor as industrial land."
                     % (code, area / M2_PER_HA))
    lines.append("Zone | score | supply rate % | industrial share % | FAR | years left")
    f = lambda x: "-" if x != x else "%.2f" % x  # noqa: E731
    for z, name in enumerate(zones.names):
        lines.append("  %s | %s | %s | %s | %s | %s" % (name, f(result["score"][z]), f(result["sup_rate"][z]),
                                                        f(result["ind_share"][z]), f(result["far_all"][z]),
                                                        f(result["yrs_left"][z])))
    return lines


# ---- on the workers ------------------------------------------------------------------------------

def _polygons(gdf, crs, counts, count_empty=True):
    """The partition's polygons in the zones' CRS, repaired (None where there is none), counted."""
    if len(gdf) and gdf.crs is not None and crs is not None and not gdf.crs.equals(crs):
        gdf = gdf.to_crs(crs)
    geom = adapt.Geometry(gdf)
    adapt.add(counts, ("invalid_geometry", ""), int(geom.repaired.sum()))
    if count_empty:
        adapt.add(counts, ("empty_geometry", ""), int(geom.empty.sum()))
    return spatial.polygonal_array(np.where(geom.failed, None, geom.fixed))


def _zone_unions(rows, zj, pieces, select, n):
    """{bucket: [union of the pieces of the rows ``select[bucket]`` selects, per zone (None: none)]}."""
    import shapely
    out = {}
    for bucket, mask in select.items():
        keep = mask[rows]
        if not keep.any():
            continue
        per_zone = [None] * n
        for z in np.unique(zj[keep]):
            gs = pieces[keep & (zj == z)]
            per_zone[int(z)] = gs[0] if len(gs) == 1 else spatial.polygonal(shapely.union_all(gs))
        out[bucket] = per_zone
    return out


def landuse_pieces(gdf, zones, crs, preset, unbuildable, variant, code_col):
    """One land-use partition → per zone the union of its unbuildable, built and industrial pieces,
    the area of unknown codes (by code text) and the repairs."""
    n = len(zones)
    out = {"unions": {}, "unknown": {}, "counts": {}}
    if not len(gdf):
        return out
    codes = adapt.object_column(gdf[code_col])
    flags = ev.land_classes_columns(codes, preset, unbuildable, variant).astype(int)
    wanted = (ev.LAND_UNBUILDABLE | ev.LAND_BUILT | ev.LAND_INDUSTRIAL | ev.LAND_UNKNOWN)
    relevant = np.flatnonzero(flags & wanted)
    if not len(relevant):
        return out
    sub, codes, flags = gdf.iloc[relevant], codes[relevant], flags[relevant]
    geoms = _polygons(sub, crs, out["counts"], count_empty=False)
    rows, zj, pieces = clip_to_zones(geoms, zones)
    out["unions"] = _zone_unions(rows, zj, pieces, {name: (flags & flag) > 0 for name, flag in LAND_BUCKETS}, n)
    unknown = (flags[rows] & ev.LAND_UNKNOWN) > 0
    if unknown.any():
        areas = spatial.AreaMeasurer(crs).measure(pieces[unknown])
        for raw, m2 in zip(codes[rows[unknown]], areas):
            code = str(raw) if raw not in (None, "") else "(空)"
            out["unknown"][code] = out["unknown"].get(code, 0.0) + float(m2)
    return out


def supplied_buckets(gdf, counts, date_col, as_of, years):
    """Rows counted as supplied and as supplied in the mean-supply window (core.evaluation)."""
    n = len(gdf)
    raw = adapt.object_column(gdf[date_col]) if date_col else np.full(n, None, dtype=object)
    kinds, in_window, problems = ev.supply_status_columns(raw, as_of, years, date_col or "供地日期")
    adapt.count_problems(counts, list(problems.values()))
    for kind in (ev.SUPPLIED_UNDATED, ev.SUPPLIED_FUTURE):
        adapt.add(counts, "supply_" + kind, int((kinds == kind).sum()))
    return ev.supply_buckets(kinds, in_window)


def all_bucket(gdf, counts):
    return {"all": np.ones(len(gdf), dtype=bool)}


def idle_bucket(gdf, counts, flag_col):
    return {"idle": ev.flag_is_set_columns(adapt.object_column(gdf[flag_col]))}


def layer_pieces(gdf, zones, crs, buckets, args):
    """One partition of a layer → per zone the union of the pieces of each bucket
    (``buckets(gdf, counts, *args)`` → {bucket: row mask})."""
    out = {"unions": {}, "counts": {}}
    if not len(gdf):
        return out
    select = buckets(gdf, out["counts"], *args)
    geoms = _polygons(gdf, crs, out["counts"])
    rows, zj, pieces = clip_to_zones(geoms, zones)
    out["unions"] = _zone_unions(rows, zj, pieces, select, len(zones))
    return out


def building_pieces(gdf, zones, crs, floor_col, floors_col):
    """One partition of buildings → per zone (densities, pieces): floor area per m² of footprint
    (core.evaluation.floor_density_columns; -1 when unknown) of each building piece in the zone."""
    out = {"pieces": {}, "counts": {}}
    if not len(gdf):
        return out
    geoms = _polygons(gdf, crs, out["counts"])
    n = len(gdf)
    raw = lambda col: adapt.object_column(gdf[col]) if col else np.full(n, None, dtype=object)  # noqa: E731
    footprint = spatial.AreaMeasurer(crs).measure(geoms)
    present = ~spatial.missing(geoms)
    density, problems = ev.floor_density_columns(raw(floor_col), raw(floors_col), footprint,
                                                 (floor_col or "建筑面积", floors_col or "层数"))
    adapt.count_problems(out["counts"], [p for i, p in problems.items() if present[i]])
    adapt.add(out["counts"], "no_floor_area", int((present & np.isnan(density)).sum()))
    rows, zj, pieces = clip_to_zones(geoms, zones)
    d = np.where(np.isnan(density), -1.0, density)[rows]
    for z in np.unique(zj):
        m = zj == z
        out["pieces"][int(z)] = (d[m], pieces[m])
    return out


def disjoint(densities, pieces):
    """Pieces made disjoint, the higher density first (equal densities in their order): each
    keeps what the pieces before it do not cover → (densities, pieces) of what is left."""
    import shapely
    order = np.argsort(-densities, kind="stable")
    d, g = densities[order], pieces[order]
    if len(g) < 2:
        return d, g
    tree = shapely.STRtree(g)
    later, earlier = tree.query(g, predicate="intersects")
    before = earlier < later
    kept = g.copy()
    for i in np.unique(later[before]):
        covering = g[earlier[before & (later == i)]]
        union = covering[0] if len(covering) == 1 else shapely.union_all(covering)
        kept[i] = spatial.polygonal(shapely.make_valid(shapely.difference(g[i], union)))
    keep = ~spatial.missing(kept)
    return d[keep], kept[keep]


def building_measures(parts, industrial, z, crs):
    """One zone's building pieces from every partition → footprint_m2, floor_m2, ind_footprint_m2,
    ind_floor_m2 (overlaps counted once, the higher density winning)."""
    import shapely
    densities = np.concatenate([np.asarray(d, dtype=float) for d, _ in parts]) if parts else np.zeros(0)
    pieces = np.concatenate([np.asarray(g, dtype=object) for _, g in parts]) if parts else np.empty(0, object)
    out = {"footprint_m2": 0.0, "floor_m2": 0.0, "ind_footprint_m2": 0.0, "ind_floor_m2": 0.0}
    if not len(pieces):
        return out
    d, g = disjoint(densities, pieces)
    measure = spatial.AreaMeasurer(crs).measure
    area = measure(g)
    weight = np.maximum(d, 0.0)
    out["footprint_m2"] = float(area.sum())
    out["floor_m2"] = float((weight * area).sum())
    ind = industrial[z]
    if ind is not None:
        shapely.prepare(ind)
        inside = shapely.intersects(ind, g)
        ind_area = np.zeros(len(g))
        whole = inside & shapely.contains(ind, g)
        ind_area[whole] = area[whole]
        part = inside & ~whole
        if part.any():
            ind_area[part] = measure(spatial.polygonal_array(shapely.intersection(ind, g[part])))
        out["ind_footprint_m2"] = float(ind_area.sum())
        out["ind_floor_m2"] = float((weight * ind_area).sum())
    return out


def parcel_pieces(gdf, zones, crs, cols, ideal_far, n):
    """One partition of industrial parcels → per zone the 万元 inside (a parcel crossing the edge
    brings the share of its total inside), the union of the parcels having each amount, and
    Σ 强度潜力 (core.evaluation.money_total_columns, intensity_gap_columns)."""
    out = {"invest": np.zeros(n), "tax": np.zeros(n), "gap": np.zeros(n), "unions": {}, "counts": {}}
    if not len(gdf):
        return out
    geoms = _polygons(gdf, crs, out["counts"])
    rows_n = len(gdf)
    raw = lambda key: adapt.object_column(gdf[cols[key]]) if cols[key] else np.full(rows_n, None, dtype=object)  # noqa: E731
    measure = spatial.AreaMeasurer(crs).measure
    whole = measure(geoms)
    amounts = {}
    for key in ("invest", "tax"):
        amounts[key], problems = ev.money_total_columns(raw(key), raw(key + "_mu"), whole,
                                                        (cols[key] or key, cols[key + "_mu"] or key + "_mu"))
        adapt.count_problems(out["counts"], list(problems.values()))
    rows, zj, pieces = clip_to_zones(geoms, zones)
    area = measure(pieces)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(whole[rows] > 0, area / whole[rows], 0.0)
    select = {}
    for key, value in amounts.items():
        has = ~np.isnan(value)
        v = value[rows]
        ok = ~np.isnan(v)
        out[key] = np.bincount(zj[ok], weights=v[ok] * share[ok], minlength=n)
        select[key] = has
    select["all"] = np.ones(rows_n, dtype=bool)
    out["unions"] = _zone_unions(rows, zj, pieces, select, n)
    if cols["far"]:
        gap = ev.intensity_gap_columns(area, raw("far")[rows], ideal_far)
        ok = ~np.isnan(gap)
        out["gap"] = np.bincount(zj[ok], weights=gap[ok], minlength=n)
    return out

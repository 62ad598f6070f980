"""``landplan zoneshare`` — 开发区工业用地占比, the engine side of landplan:zoneindustrialshare.

The zones (small) go to every worker once; each land-use partition is classified
(core.landuse.classify_array), clipped to the zones and measured, and comes back as areas per
(zone, land-use code) — the 三调 rule of core.zone.proportional_area_columns applied per piece.
core.zone.zone_table_columns turns those areas into the zone table on the client.
"""
import numpy as np
import pandas as pd

from landplan_plugin.core import fields, landuse, zone
from landplan_plugin.core.contract import ZONE_FIELDS
from landplan_plugin.core.units import M2_PER_HA
from .. import adapt, spatial
from ..errors import UserError
from ..cluster import run_parts
from ..io import column_values
from ..jobs import problem_lines, read_small, write_small

ALG = "zoneindustrialshare"
PRESET_IDS = ("sandiao_2017", "guotu_2023", "gb50137_2011")


def add_zone_arguments(p):
    """The zones and land-use options zoneshare and zoneeval share."""
    p.add_argument("--zones", required=True, help="development zone polygons")
    p.add_argument("--zones-layer")
    p.add_argument("--landuse", required=True, help="land-use polygons (三调 DLTB …)")
    p.add_argument("--landuse-layer")
    p.add_argument("--zone-name-field")
    p.add_argument("--landuse-field", help="land-use code field (default: found by name, e.g. DLBM)")
    p.add_argument("--classification", default="sandiao_2017", help="sandiao_2017 (default), guotu_2023, "
                   "gb50137_2011 or custom (with --custom-codes)")
    p.add_argument("--numerator", default="industrial", help="industrial (default: 工矿仓储) or industrial_only")
    p.add_argument("--custom-codes", help="custom code lists file (JSON)")


def add_arguments(p):
    add_zone_arguments(p)
    p.add_argument("--landuse-area-field", help="official area field in m² (default TBDLMJ when present; "
                   "empty = the geometry)")
    p.add_argument("--threshold", type=float, default=60.0, help="required share in %% (default 60)")
    p.add_argument("--zone-type-field", help="zone type field (e.g. 工业主导 / 现代服务业; default: every zone judged)")
    p.add_argument("--industrial-types", help="zone types that mean 工业主导, separated by commas")


def preset_of(opts):
    try:
        if opts.custom_codes:
            return landuse.load_preset(opts.custom_codes)
        choice = str(opts.classification or PRESET_IDS[0])
        if choice.isdigit():
            index = int(choice)
            if index >= len(PRESET_IDS):
                raise UserError("--classification custom needs a code lists file (--custom-codes).")
            choice = PRESET_IDS[index]
        if choice == "custom":
            raise UserError("--classification custom needs a code lists file (--custom-codes).")
        return landuse.load_preset(choice)
    except landuse.PresetError as exc:
        raise UserError(str(exc)) from exc


def variant_of(opts):
    text = str(opts.numerator or landuse.VARIANT_INDUSTRIAL)
    if text.isdigit() and int(text) < len(landuse.VARIANTS):
        return landuse.VARIANTS[int(text)]
    if text not in landuse.VARIANTS:
        raise UserError("--numerator must be one of %s." % ", ".join(landuse.VARIANTS))
    return text


class Zones:
    """The zones of a run, read whole on the client: ``frame`` (attributes), ``geoms`` (repaired,
    polygonal, None when empty), ``names``, ``crs``; the repairs are logged."""

    def __init__(self, job, alg, label="Development zones"):
        opts = job.opts
        self.layer = job.open(opts.zones, opts.zones_layer, label="zones")
        self.crs = adapt.check_crs(self.layer, label)
        name_col = adapt.resolve_field(self.layer, opts.zone_name_field, "--zone-name-field", "zone name",
                                       fields.CANDIDATES[alg]["ZONE_NAME_FIELD"], log=job.log)
        self.frame = read_small(self.layer)
        geoms, _repaired, _failed = spatial.repair(np.asarray(self.frame.geometry.values, dtype=object))
        self.geoms = spatial.polygonal_array(geoms)
        raw = column_values(self.frame[name_col]) if name_col else [None] * len(self.frame)
        self.names = [str(v).strip() if v not in (None, "") else "#%d" % (i + 1) for i, v in enumerate(raw)]
        for i in np.flatnonzero(_repaired):
            job.log('! Zone "%s" has an invalid polygon; it was repaired (make valid).' % self.names[i])
        self.m2 = spatial.AreaMeasurer(self.crs).measure(self.geoms)

    def __len__(self):
        return len(self.geoms)

    def scatter(self, client):
        """The zone geometries on every worker once (one object), not with every task."""
        arr = np.empty(len(self.geoms), dtype=object)
        arr[:] = list(self.geoms)
        [future] = client.scatter([arr], broadcast=True)
        return future

    def output(self, added, drop=()):
        """The zones' own attributes (those not named like an output field) + ``added`` (a
        DataFrame, one row per zone), as multipolygons."""
        import geopandas as gpd
        drop = {f.lower() for f in drop}
        keep = [c for c in self.layer.columns if c.lower() not in drop]
        out = pd.concat([self.frame[keep].reset_index(drop=True), added], axis=1)
        geoms = [None if g is None else _multi(g) for g in self.geoms]
        return gpd.GeoDataFrame(out, geometry=gpd.GeoSeries(geoms, crs=self.crs), crs=self.crs)


def _multi(g):
    import shapely
    return shapely.MultiPolygon([g]) if g.geom_type == "Polygon" else g


def landuse_layer(job, alg):
    """The land-use layer (geometry and the code and official-area columns only) and its columns."""
    opts, log = job.opts, job.log
    layer = job.open(opts.landuse, opts.landuse_layer, label="land use")
    adapt.check_crs(layer, "Land use")
    code_col = adapt.resolve_field(layer, opts.landuse_field, "--landuse-field", "land-use code",
                                   fields.CANDIDATES[alg]["LANDUSE_FIELD"], log=log)
    if code_col is None:
        raise UserError("No land-use code field in %s: choose one with --landuse-field (e.g. DLBM)." % layer.label)
    area_col = None
    if hasattr(opts, "landuse_area_field"):
        area_col = adapt.resolve_field(layer, opts.landuse_area_field, "--landuse-area-field",
                                       "official land-use area", fields.CANDIDATES[alg]["LANDUSE_AREA_FIELD"],
                                       allow_auto=opts.landuse_area_field is None, log=log)
    columns = [c for c in (code_col, area_col) if c]
    return job.open(opts.landuse, opts.landuse_layer, label="land use", columns=columns), code_col, area_col


# ---- the run -------------------------------------------------------------------------------------

SCORECARD_KINDS = {"int": "i", "double": "f", "string": "s"}


def _scorecard_fields():
    """The scorecard columns the zone check appends (core.zone: scored parcels, clipped and placed
    lines, in the algorithm's order) as (name, kind) — the engine writes them empty."""
    out = [(n, "i" if n == "ie_undet" else "f") for n in zone.SCORED_FIELDS_OUT]
    for line in zone.CLIPPED_LINES:
        out += [(n, "f") for n in line.fields]
    for line in zone.PLACED_LINES:
        out += [(n, SCORECARD_KINDS.get(k, "s")) for n, k, _alias in line.fields]
    return out


SCORECARD = _scorecard_fields()
#: the zone-table fields before the scorecard (core.contract), then the scorecard
ZONE_OUT = ZONE_FIELDS[:ZONE_FIELDS.index("cls") + 1] + tuple(n for n, _ in SCORECARD)
ZONE_INT = ("share_ok", "judged") + tuple(n for n, k in SCORECARD if k == "i")
ZONE_TEXT = ("zone_name", "unk_codes", "verdict", "cls") + tuple(n for n, k in SCORECARD if k == "s")


def run(job):
    import dask
    opts, log = job.opts, job.log
    zones = Zones(job, ALG)
    lu_layer, code_col, area_col = landuse_layer(job, ALG)
    preset, variant, threshold = preset_of(opts), variant_of(opts), float(opts.threshold)
    log("Classification: %s (%s); numerator: %s; threshold %s%%" % (
        preset.name, preset.id, landuse.VARIANT_LABELS[variant], zone.fmt_threshold(threshold)))
    if preset.description:
        log(preset.description)
    if area_col is not None:
        log('Land-use areas: field "%s" (official area, m²); a polygon cut by a zone counts this area × (area of '
            'the piece ÷ area of the whole polygon).' % area_col)
    else:
        log("Land-use areas: measured from the geometry.")
    if not lu_layer.crs.equals(zones.crs):
        log("Land use (%s) is reprojected to the zones' CRS (%s)." % (lu_layer.crs.to_string(), zones.crs.to_string()))
    judging = _judging(job, zones)
    zones_future = zones.scatter(job.client)
    tasks = [dask.delayed(landuse_partition)(p, zones_future, zones.crs, preset, variant, code_col, area_col)
             for p in lu_layer.frame.to_delayed()]
    total = combine(run_parts(job.client, tasks, progress=job.progress))
    table = zone.zone_table_columns(total["zone"], len(zones), total["m2"], total["code"], preset, threshold, variant,
                                    judged=judging["judged"], zone_types=judging["types"])
    write_small(zones.output(_zone_frame(zones, table, threshold, "%s/%s" % (preset.id, variant)), ZONE_OUT),
                opts.output, opts.output_layer or "zones")
    for line in _log_lines(total, preset, variant, code_col):
        log(line)
    lines = ["Zone | construction land (ha) | industrial land (ha) | share (%) | reached | deficit (ha)"]
    for i, name in enumerate(zones.names):
        if zones.geoms[i] is None:
            continue
        share, ok, deficit = table["ind_share"][i], table["share_ok"][i], table["deficit_ha"][i]
        lines.append("  %s | %.2f | %.2f | %s | %s | %s" % (
            name, table["base_ha"][i], table["ind_ha"][i], "-" if share != share else "%.2f" % share,
            {1.0: "是", 0.0: "否"}.get(ok, "-"), "-" if deficit != deficit else "%.2f" % deficit))
    return {"lines": lines, "features": total["read"], "zones": len(zones), "output": opts.output}


def _judging(job, zones):
    """core.zone.zone_judging of --zone-type-field and --industrial-types, its notes logged as the
    plugin words them."""
    opts = job.opts
    col = None
    if opts.zone_type_field:
        col = adapt.resolve_field(zones.layer, opts.zone_type_field, "--zone-type-field", "zone type", (),
                                  allow_auto=False, log=job.log)
    types = column_values(zones.frame[col]) if col else None
    judging = zone.zone_judging(types, zone.parse_type_list(opts.industrial_types))
    say = {zone.NO_TYPE_FIELD: "No zone type field (ZONE_TYPE_FIELD): every zone is judged against the threshold, "
                               "as for 以发展工业为主的开发区.",
           zone.NO_TYPES_GIVEN: "No industry-led zone types given (INDUSTRIAL_TYPES): every zone is judged against "
                                "the threshold.",
           zone.BLANK_TYPE: "Zones without a type, judged as industry-led: {names}"}
    for code, idx in judging["notes"]:
        job.log(say[code].format(names="、".join(zones.names[i] for i in idx)))
    if judging["judged"] is not None:
        off = [zones.names[i] for i in np.flatnonzero(judging["judged"] == 0).tolist()]
        job.log("Zones reported but not judged (not industry-led): %s" % ("、".join(off) or "-"))
    return judging


def _zone_frame(zones, table, threshold, cls_label):
    """One row per zone in the plugin's field order: name, area, the table, the empty scorecard."""
    n = len(zones)
    cols = {"zone_name": list(zones.names), "zone_ha": zones.m2 / M2_PER_HA, "thresh": np.full(n, threshold),
            "cls": [cls_label] * n}
    for name in ZONE_OUT:
        if name in table:
            cols[name] = table[name]
    frame = pd.DataFrame({name: cols.get(name, [None] * n) for name in ZONE_OUT})
    empty = np.array([g is None for g in zones.geoms], dtype=bool)
    for name in ZONE_OUT:
        if name not in ("zone_name", "thresh", "cls", "judged"):
            frame.loc[empty, name] = None
    frame.loc[empty, "verdict"] = zone.NO_GEOMETRY_VERDICT
    for col in ZONE_INT:
        frame[col] = pd.array([None if v is None or v != v else int(v) for v in frame[col]], dtype="Int32")
    for col in ZONE_OUT:
        if col not in ZONE_INT and col not in ZONE_TEXT:  # doubles, rounded to the plugin's precision (20, 4)
            frame[col] = frame[col].astype("float64").round(4)
    for col in ZONE_TEXT:
        frame[col] = frame[col].astype(object)
    return frame


def _log_lines(total, preset, variant, code_col):
    lines = problem_lines(total["problems"])
    if total["repaired"]:
        lines.append("! %d invalid land-use polygon(s) repaired (make valid)." % total["repaired"])
    if total["empty"]:
        lines.append("! %d land-use feature(s) without geometry were skipped." % total["empty"])
    cls = landuse.classify_array(preset, total["code"], variant)
    unknown = {}
    for code, m2, known in zip(cls["code"], total["m2"], cls["known"]):
        if not known:
            code = code or zone.EMPTY_CODE
            unknown[code] = unknown.get(code, 0.0) + m2
    if unknown:
        lines.append('! Land-use codes (field "%s") that the classification does not know; counted neither as '
                     'industrial nor as construction land (area inside zones):' % code_col)
        for code, a in sorted(unknown.items(), key=lambda kv: -kv[1]):
            lines.append("!   %s: %.4f ha" % (code, a / M2_PER_HA))
    return lines


# ---- on the workers ------------------------------------------------------------------------------

def clip_to_zones(geoms, zones):
    """Each geometry clipped to each zone it meets: (geometry row, zone, piece) arrays; a geometry
    a zone contains is its own piece."""
    import shapely
    zone_geoms = np.asarray(zones, dtype=object)
    tree = shapely.STRtree(zone_geoms)
    present = np.flatnonzero(~spatial.missing(geoms))
    if not len(present):
        return np.zeros(0, int), np.zeros(0, int), np.empty(0, object)
    left, zj = tree.query(geoms[present], predicate="intersects")
    li = present[left]
    zg, lg = zone_geoms[zj], geoms[li]
    pieces = lg.copy()
    cross = np.flatnonzero(~shapely.contains(zg, lg))
    if len(cross):
        pieces[cross] = spatial.polygonal_array(shapely.intersection(zg[cross], lg[cross]))
    keep = ~spatial.missing(pieces)
    return li[keep], zj[keep], pieces[keep]


def landuse_partition(gdf, zones, zone_crs, preset, variant, code_col, area_col):
    """One land-use partition clipped to the zones → areas per (zone, raw code) in m² (the 三调
    rule applied per piece) and counts of repaired / empty / read features and problems."""
    out = {"zone": [], "code": [], "m2": [], "repaired": 0, "empty": 0, "read": len(gdf), "problems": {}}
    if len(gdf) == 0:
        return out
    codes = adapt.object_column(gdf[code_col])
    cls = landuse.classify_array(preset, codes, variant)
    relevant = cls["construction"] | ~cls["known"]  # known land that is not construction land needs no geometry
    if not relevant.any():
        return out
    sub = gdf.iloc[np.flatnonzero(relevant)]
    if sub.crs is not None and zone_crs is not None and not sub.crs.equals(zone_crs):
        sub = sub.to_crs(zone_crs)
    geom = adapt.Geometry(sub)
    out["empty"], out["repaired"] = int(geom.empty.sum()), int(geom.repaired.sum())
    usable = np.where(geom.failed, None, geom.fixed)
    rows, zj, pieces = clip_to_zones(usable, zones)
    if not len(rows):
        return out
    measurer = spatial.AreaMeasurer(zone_crs)
    piece_m2 = measurer.measure(pieces)
    if area_col is not None:
        official, problems = zone.official_area_columns(adapt.object_column(sub[area_col]), area_col)
        adapt.count_problems(out["problems"], problems[np.unique(rows)])  # features inside a zone, once
        piece_m2 = zone.proportional_area_columns(piece_m2, measurer.measure(usable[rows]), official[rows])
    sums = {}
    for z, raw, m2 in zip(zj.tolist(), codes[relevant][rows], piece_m2.tolist()):
        try:
            key = (z, type(raw), raw)
            hash(key)
        except TypeError:  # unhashable values: grouped by their text
            raw = str(raw)
            key = (z, str, raw)
        hit = sums.get(key)
        sums[key] = (raw, m2) if hit is None else (raw, hit[1] + m2)
    for (z, _t, _r), (raw, m2) in sums.items():
        out["zone"].append(z)
        out["code"].append(raw)
        out["m2"].append(m2)
    return out


def combine(parts):
    """Per-partition (zone, code, m²) lists and counts → arrays and totals."""
    total = {"zone": [], "code": [], "m2": [], "repaired": 0, "empty": 0, "read": 0, "problems": {}}
    for p in parts:
        for k in ("zone", "code", "m2"):
            total[k].extend(p[k])
        for k in ("repaired", "empty", "read"):
            total[k] += p[k]
        for k, v in p["problems"].items():
            adapt.add(total["problems"], k, v)
    codes = np.empty(len(total["code"]), dtype=object)
    codes[:] = total["code"]
    total["zone"] = np.asarray(total["zone"], dtype=np.int64)
    total["code"] = codes
    total["m2"] = np.asarray(total["m2"], dtype=float)
    return total

"""The one adapter between the distributed engine and the rules in :mod:`landplan_plugin.core`.

Every decision (flag, class, reason, share, deficit, verdict …) is made by a core function; this
module only turns a partition (a GeoDataFrame) into the arrays or values those functions take and
their results back into columns. Each ``*_partition`` function runs on a worker.

Where the core has a columnar form it is called once per partition; where it has only the row
form yet, the row function is called per row here (and nowhere else), so swapping in a columnar
form later touches this module only.
"""
import unicodedata

import numpy as np

from ..core import landuse, zone
from ..core.units import M2_PER_HA
from . import spatial
from .errors import EXIT_DATA, UserError
from .io import column_values

# ---- field resolution (the plugin's base.resolve_field / find_field, for dataframe columns) ----


def normalise_name(name):
    return unicodedata.normalize("NFKC", str(name)).strip().lower()


def find_column(columns, candidates):
    """The first column named like a candidate (exact, then case/width-insensitive), or None."""
    for cand in candidates:
        if cand in columns:
            return cand
    lowered = {normalise_name(c): c for c in reversed(list(columns))}
    for cand in candidates:
        hit = lowered.get(normalise_name(cand))
        if hit is not None:
            return hit
    return None


def resolve_field(layer, given, option, label, candidates=(), allow_auto=True, log=None):
    """The column for an option: given → it must exist (case-insensitively); not given (None) →
    the first column named like a candidate (logged); given empty ("") → none."""
    if given is not None and given != "":
        hit = find_column(layer.columns, [given])
        if hit is None:
            raise UserError('Field "%s" (%s, %s) is not in %s.' % (given, option, label, layer.label))
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

#: 工矿仓储 breakdown keys of the classification presets → output field (the plugin's order)
BREAKDOWN_FIELDS = (("工业", "gy_ha"), ("采矿", "ck_ha"), ("仓储", "cc_ha"))
OTHER_BREAKDOWN_FIELD = "othind_ha"
ZONE_NAME_CANDIDATES = ("园区名称", "开发区名称", "集聚区名称", "名称", "KFQMC", "YQMC", "ZONE_NAME", "zone_name",
                        "NAME", "name", "MC")


def breakdown_field(key):
    return dict(BREAKDOWN_FIELDS).get(key, OTHER_BREAKDOWN_FIELD)


def landuse_partition(gdf, zones, zone_crs, preset, variant, code_col, area_col):
    """One land-use partition clipped to the zones → tallies per zone (small, summed on the
    client): ``ind``/``base``/``unk`` (m², arrays by zone), ``by`` {field: array}, ``unk_codes``
    {(zone, code): m²}, counts of repaired / empty / read features."""
    n_z = len(zones)
    out = {"ind": np.zeros(n_z), "base": np.zeros(n_z), "unk": np.zeros(n_z), "by": {},
           "unk_codes": {}, "repaired": 0, "empty": 0, "read": len(gdf), "pieces": 0}
    if len(gdf) == 0:
        return out
    codes = np.asarray(column_values(gdf[code_col]), dtype=object)
    cls = landuse.classify_array(preset, codes, variant)
    known, is_con, is_ind = cls["known"], cls["construction"], cls["industrial"]
    relevant = is_con | ~known          # construction land, or a code nobody knows: needs geometry
    if not relevant.any():
        return out
    sub = gdf.iloc[np.flatnonzero(relevant)]
    if sub.crs is not None and zone_crs is not None and not sub.crs.equals(zone_crs):
        sub = sub.to_crs(zone_crs)
    geoms = np.asarray(sub.geometry.values, dtype=object)
    sel = np.flatnonzero(relevant)
    missing = shapely_missing(geoms)
    out["empty"] = int(missing.sum())
    geoms, repaired, failed = spatial.repair(geoms)
    out["repaired"] = int(repaired.sum())
    usable = ~missing & ~failed
    breakdown = landuse.classify_array(preset, codes[sel], landuse.VARIANT_INDUSTRIAL)["breakdown"] \
        if variant != landuse.VARIANT_INDUSTRIAL else cls["breakdown"][sel]
    tree_geoms = np.asarray([z if z is not None else None for z in zones], dtype=object)
    import shapely
    tree = shapely.STRtree(tree_geoms)
    li_all = np.flatnonzero(usable)
    if len(li_all) == 0:
        return out
    pairs = tree.query(geoms[li_all], predicate="intersects")
    li = li_all[pairs[0]]
    zj = pairs[1]
    if len(li) == 0:
        return out
    zg = tree_geoms[zj]
    lg = geoms[li]
    contained = shapely.contains(zg, lg)
    pieces = lg.copy()
    cross = np.flatnonzero(~contained)
    if len(cross):
        clipped = shapely.intersection(zg[cross], lg[cross])
        pieces[cross] = spatial.polygonal_array(clipped)
    keep = np.array([p is not None and not p.is_empty for p in pieces], dtype=bool)
    li, zj, pieces = li[keep], zj[keep], pieces[keep]
    measurer = spatial.AreaMeasurer(zone_crs)
    piece_m2 = measurer.measure(pieces)
    if area_col is not None:
        raw = column_values(sub[area_col])
        official = np.array([_official(raw[i], area_col) for i in li], dtype=float)
        whole = measurer.measure(geoms[li])
        piece_m2 = zone.proportional_area_columns(piece_m2, whole, official)
    rows = sel[li]
    totals = zone.landuse_totals_columns(zj, n_z, piece_m2, is_ind[rows], is_con[rows], known[rows])
    out["ind"], out["base"], out["unk"] = totals["ind"], totals["base"], totals["unk"]
    out["pieces"] = int(len(li))
    con_known = known[rows] & is_con[rows]
    bkeys = breakdown[li]
    for key in set(k for k in bkeys[con_known] if k is not None):
        m = con_known & (bkeys == key)
        out["by"][key] = np.bincount(zj[m], weights=piece_m2[m], minlength=n_z)
    unk = ~known[rows]
    if unk.any():
        for z, code, a in zip(zj[unk], cls["code"][rows][unk], piece_m2[unk]):
            code = code or zone.EMPTY_CODE
            out["unk_codes"][(int(z), code)] = out["unk_codes"].get((int(z), code), 0.0) + float(a)
    return out


def _official(raw, field_name):
    value, _problem = zone.official_area_m2(raw, field_name)
    return np.nan if value is None else value


def shapely_missing(geoms):
    import shapely
    return shapely.is_missing(geoms) | shapely.is_empty(geoms)


def combine_landuse(parts, n_zones):
    total = {"ind": np.zeros(n_zones), "base": np.zeros(n_zones), "unk": np.zeros(n_zones), "by": {},
             "unk_codes": {}, "repaired": 0, "empty": 0, "read": 0, "pieces": 0}
    for p in parts:
        for k in ("ind", "base", "unk"):
            total[k] += p[k]
        for k, v in p["by"].items():
            total["by"][k] = total["by"].get(k, 0.0) + v
        for k, v in p["unk_codes"].items():
            total["unk_codes"][k] = total["unk_codes"].get(k, 0.0) + v
        for k in ("repaired", "empty", "read", "pieces"):
            total[k] += p[k]
    return total


def zone_rows(total, zone_count, threshold, variant):
    """Per zone: the plugin's output values from ind_ha to verdict (core.zone.LandUseTally.row)."""
    fields = [f for _, f in BREAKDOWN_FIELDS] + [OTHER_BREAKDOWN_FIELD]
    rows = []
    for z in range(zone_count):
        tally = zone.LandUseTally()
        tally.ind, tally.base, tally.unk = float(total["ind"][z]), float(total["base"][z]), float(total["unk"][z])
        for key, arr in total["by"].items():
            f = breakdown_field(key)
            tally.by[f] = tally.by.get(f, 0.0) + float(arr[z])
        tally.unk_codes = {code: a for (zi, code), a in total["unk_codes"].items() if zi == z}
        values, share = tally.row(threshold, variant, fields)
        rows.append((values, share))
    return rows


def m2_to_ha(x):
    return x / M2_PER_HA

"""One function per ``landplan`` subcommand: open the layers, resolve fields, build one task per
partition (rules through :mod:`.rules`), write the output and return a summary."""
import os

import numpy as np
import pandas as pd

from ..core import landuse
from ..core.units import M2_PER_HA, M2_PER_MU
from . import io, rules, spatial
from .cluster import run_parts
from .errors import UserError


class Run:
    """What a job needs from the command line: the client, options, a log function."""

    def __init__(self, client, opts, log, progress=None, chunk_rows=None):
        self.client = client
        self.opts = opts
        self.log = log
        self.progress = progress
        self.chunk_rows = chunk_rows


# ---- output ------------------------------------------------------------------------------------

def write_output(run, parts, output, layer_name, geometry_type="MultiPolygon"):
    """Compute the result partitions (delayed GeoDataFrames) and write them; returns the list of
    per-partition summaries each task attached (``gdf.attrs['summary']``)."""
    import dask
    kind = io.prepare_output(output)
    summaries = []
    if kind == "parquet":
        tasks = [dask.delayed(_write_part)(p, output, i) for i, p in enumerate(parts)]
        summaries = run_parts(run.client, tasks, progress=run.progress)
    else:
        state = {"first": True}

        def write(i, gdf):
            summaries.append(gdf.attrs.pop("summary", None))
            if len(gdf) == 0 and not state["first"]:
                return
            io.append_gpkg(gdf, output, layer_name, state["first"], promote_multi=geometry_type == "MultiPolygon")
            state["first"] = False
        run_parts(run.client, parts, progress=run.progress, on_result=write)
    return summaries


def _write_part(gdf, directory, index):
    summary = gdf.attrs.pop("summary", None)
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
                                   rules.ZONE_NAME_CANDIDATES, log=log)
    code_col = rules.resolve_field(lu_layer, opts.landuse_field, "--landuse-field", "land-use code",
                                   landuse.CODE_FIELD_CANDIDATES, log=log)
    if code_col is None:
        raise UserError("No land-use code field in %s: choose one with --landuse-field (e.g. DLBM)." % lu_layer.label)
    area_col = rules.resolve_field(lu_layer, opts.landuse_area_field, "--landuse-area-field",
                                   "official land-use area (m²)", landuse.OFFICIAL_AREA_CANDIDATES, log=log)
    log("Classification: %s (%s); numerator: %s; threshold %s%%" % (
        preset.name, preset.id, landuse.VARIANT_LABELS[variant], ("%.2f" % threshold).rstrip("0").rstrip(".")))
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
    zones_future = run.client.scatter(zone_list, broadcast=True) if len(zone_list) > 50 else zone_list
    frame = lu_layer.frame
    columns = [c for c in (code_col, area_col) if c]
    parts = frame.to_delayed()
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
        if col not in ZONE_INT and col not in ZONE_TEXT:
            added[col] = added[col].astype("float64")
    out = pd.concat([out.reset_index(drop=True), added], axis=1)
    import geopandas as gpd
    out = gpd.GeoDataFrame(out, geometry=gpd.GeoSeries(geoms, crs=zone_crs), crs=zone_crs)
    out.geometry.values[:] = [None if g is None else _multi(g) for g in geoms]
    kind = io.prepare_output(opts.output)
    if kind == "parquet":
        io.write_parquet_part(out, opts.output, 0)
    else:
        io.append_gpkg(out, opts.output, opts.output_layer or "zones", True)

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


SCORECARD_OUT = ("scored_ha", "lowe_ha", "lowe_pct", "ie_undet", "tax_mu", "supp_ha", "idle_ha", "idle_pct",
                 "appr_ha", "unsup_ha", "unsup_pct")
ZONE_OUT = ("zone_name", "zone_ha", "ind_ha", "base_ha", "gy_ha", "ck_ha", "cc_ha", "othind_ha", "ind_share",
            "thresh", "share_ok", "deficit_ha", "def_new_ha", "unk_ha", "unk_codes", "verdict", "cls") + SCORECARD_OUT
ZONE_INT = ("share_ok", "ie_undet")
ZONE_TEXT = ("zone_name", "unk_codes", "verdict", "cls")


def score(run):
    raise UserError("not yet")


def idle(run):
    raise UserError("not yet")


def unsupplied(run):
    raise UserError("not yet")

"""Measuring the layers of landplan:zoneevaluation inside each zone (engine side).

Every function reads one layer in chunks, asks ``core/evaluation.py`` what each chunk's codes,
dates, flags and values mean (one batch call per chunk), clips the features to the zones and
returns per-zone areas in m² (and sums in 万元); every area is the area of the **union** of the
layer's pieces inside the zone, so overlapping features count once.

Land use is read zone by zone through the provider's spatial index (the zone's request
rectangles); polygons of no interest are skipped without geometry work. The other layers are
streamed once and matched to zones with the zone index.
"""
from array import array

from qgis.core import QgsGeometry, QgsSpatialIndex

from ..core import evaluation as ev
from ..core.lazy import lazy_module
from ..core.values import parse_number_array
from ..qvariant import py_value
from .geometry import valid_polygon
from .zone_layers import (clip, count_repair, feature_polygon, layer_batches, union_area, union_geometry,
                          zone_batches)

np = lazy_module("numpy")


def landuse(source, code_idx, zones, classes, measurer, context, feedback, tally, progress, keep_industrial):
    """Per zone: unbuildable_m2, built_m2, industrial_m2 (lists), the industrial union geometries
    (when ``keep_industrial``) and ``unknown`` {code: m²}. ``classes(raw codes) → flags``
    (core.evaluation.land_classes_columns)."""
    n = len(zones)
    out = {"unbuildable_m2": [0.0] * n, "built_m2": [0.0] * n, "industrial_m2": [0.0] * n,
           "industrial_geom": [None] * n}
    unknown = {"code": [], "area": array("d")}
    crs = zones.crs if source.sourceCrs() != zones.crs else None
    step = (progress[1] - progress[0]) / max(1, n)
    for zone in zones:
        if feedback.isCanceled() or zone.geom is None:
            continue
        pieces = {ev.LAND_UNBUILDABLE: [], ev.LAND_BUILT: [], ev.LAND_INDUSTRIAL: []}
        for chunk in zone_batches(source, zone, [code_idx], crs, context, feedback):
            codes = [py_value(f.attribute(code_idx)) for f in chunk]
            for feat, code, flags in zip(chunk, codes, classes(codes).tolist()):
                if not flags:
                    continue
                geom = feature_polygon(feat, tally, "LANDUSE", count_empty=False)
                piece = clip(zone, geom) if geom is not None else None
                if piece is None:
                    continue
                if flags & ev.LAND_UNKNOWN:
                    unknown["code"].append(code)
                    unknown["area"].append(measurer.measureArea(piece))
                for flag, bucket in pieces.items():
                    if flags & flag:
                        bucket.append(piece)
        out["unbuildable_m2"][zone.index] = union_area(pieces[ev.LAND_UNBUILDABLE], measurer)[0]
        out["built_m2"][zone.index] = union_area(pieces[ev.LAND_BUILT], measurer)[0]
        area, geom = union_area(pieces[ev.LAND_INDUSTRIAL], measurer)
        out["industrial_m2"][zone.index] = area
        if keep_industrial:
            out["industrial_geom"][zone.index] = geom
        feedback.setProgress(progress[0] + step * (zone.index + 1))
    out["unknown"] = ev.unknown_code_areas(unknown["code"], np.array(unknown["area"]))
    return out


def layer_pieces(source, label, zones, context, feedback, tally, progress, buckets=None):
    """Per zone: the pieces of the features of ``source`` in each bucket, clipped to the zone →
    {bucket: [[pieces] per zone]}. ``buckets(chunk)`` → per feature (bucket names, [tally.add
    keywords counted before its geometry]); None: every feature in bucket ``all``."""
    pieces = {}
    for chunk in layer_batches(source, zones.crs, context, feedback, progress=progress):
        per_feature = buckets(chunk) if buckets is not None else [(("all",), ())] * len(chunk)
        for feat, (names, notes) in zip(chunk, per_feature):
            for note in notes:
                tally.add(**note)
            if not names:
                continue
            geom = feature_polygon(feat, tally, label)
            if geom is None:
                continue
            for zone in zones.touching(geom):
                piece = clip(zone, geom)
                if piece is None:
                    continue
                for name in names:
                    pieces.setdefault(name, [[] for _ in zones.zones])[zone.index].append(piece)
    return pieces


def layer_union(source, label, zones, measurer, context, feedback, tally, progress, buckets=None):
    """Per zone: m² of the union of the features of ``source`` in each bucket → {bucket: [m² per
    zone]} (:func:`layer_pieces`)."""
    pieces = layer_pieces(source, label, zones, context, feedback, tally, progress, buckets)
    return {name: [union_area(p, measurer)[0] for p in per_zone] for name, per_zone in pieces.items()}


def union_areas(per_zone_lists, measurer):
    """m² of the union, zone by zone, of several per-zone piece lists (None = a layer not given):
    已供应国有建设用地 = supply records ∪ registered parcels (core.evaluation docstring)."""
    given = [lists for lists in per_zone_lists if lists is not None]
    n = len(given[0])
    return [union_area([p for lists in given for p in lists[zi]], measurer)[0] for zi in range(n)]


def supply_buckets(date_idx, as_of, years):
    """``buckets`` of :func:`layer_union` for the SUPPLIED layer: 已供应 / the supply window by
    date (core.evaluation.supply_status_columns), each record's date problem and kind counted."""
    def buckets(chunk):
        dates = [py_value(f.attribute(date_idx)) if date_idx >= 0 else None for f in chunk]
        kinds, in_window, problems = ev.supply_status_columns(dates, as_of, years)
        hits = ev.supply_buckets(kinds, in_window)
        out = []
        for k, feat in enumerate(chunk):
            notes = []
            if k in problems:
                p = problems[k]
                notes.append({"kind": p.kind, "field": p.field, "example": "SUPPLIED #%d: %s" % (feat.id(), p.message)})
            notes.append({"kind": "supply_" + kinds[k], "example": "SUPPLIED #%d" % feat.id()})
            out.append((tuple(name for name in ev.SUPPLY_BUCKETS if hits[name][k]), notes))
        return out
    return buckets


def flag_buckets(flag_idx, name):
    """``buckets`` of :func:`layer_union`: the features whose flag field is set, in bucket ``name``."""
    def buckets(chunk):
        flags = ev.flag_is_set_columns([py_value(f.attribute(flag_idx)) for f in chunk])
        return [((name,) if flag else (), ()) for flag in flags.tolist()]
    return buckets


def _polygons(chunk):
    """[(polygon or None, repaired?)] of a chunk's features (:func:`.base.valid_polygon`)."""
    return [valid_polygon(f.geometry()) for f in chunk]


def buildings(source, floor_idx, floors_idx, zones, industrial_geoms, measurer, context, feedback, tally,
              progress):
    """Per zone: footprint_m2, floor_m2, ind_footprint_m2, ind_floor_m2. Overlapping buildings count
    once: pieces are taken in decreasing floor density and each keeps only what earlier ones left."""
    n = len(zones)
    pieces = [[] for _ in range(n)]  # (density, piece)
    names = (_field_name(source, floor_idx, "建筑面积"), _field_name(source, floors_idx, "层数"))
    for chunk in layer_batches(source, zones.crs, context, feedback, progress=progress):
        polygons = _polygons(chunk)
        footprint = [measurer.measureArea(g) if g is not None else None for g, _r in polygons]
        density, problems = ev.floor_density_columns(
            [py_value(f.attribute(floor_idx)) if floor_idx >= 0 else None for f in chunk],
            [py_value(f.attribute(floors_idx)) if floors_idx >= 0 else None for f in chunk], footprint, names)
        for k, (feat, (geom, repaired)) in enumerate(zip(chunk, polygons)):
            count_repair(tally, "BUILDINGS", feat, repaired, geom)
            if geom is None:
                continue
            if k in problems:
                tally.add_problem(problems[k], example="BUILDINGS #%d: %s" % (feat.id(), problems[k].message))
            if np.isnan(density[k]):
                tally.add("no_floor_area", example="BUILDINGS #%d" % feat.id())
            for zone in zones.touching(geom):
                piece = clip(zone, geom)
                if piece is not None:
                    pieces[zone.index].append((-1.0 if np.isnan(density[k]) else float(density[k]), piece))
    out = {"footprint_m2": [0.0] * n, "floor_m2": [0.0] * n, "ind_footprint_m2": [0.0] * n,
           "ind_floor_m2": [0.0] * n}
    for zi, zone_pieces in enumerate(pieces):
        if feedback.isCanceled():
            break
        ind = industrial_geoms[zi]
        ind_engine = None
        if ind is not None:
            ind_engine = QgsGeometry.createGeometryEngine(ind.constGet())
            ind_engine.prepareGeometry()
        for density, piece in _disjoint(zone_pieces):
            area = measurer.measureArea(piece)
            out["footprint_m2"][zi] += area
            out["floor_m2"][zi] += max(density, 0.0) * area
            if ind_engine is None or not ind_engine.intersects(piece.constGet()):
                continue
            if ind_engine.contains(piece.constGet()):
                ind_area = area
            else:
                inside = ind_engine.intersection(piece.constGet())
                ind_area = measurer.measureArea(QgsGeometry(inside)) if inside is not None else 0.0
            out["ind_footprint_m2"][zi] += ind_area
            out["ind_floor_m2"][zi] += max(density, 0.0) * ind_area
    return out


def _field_name(source, index, default):
    return source.fields().at(index).name() if index >= 0 else default


def _disjoint(pieces):
    """(density, geometry) pieces made disjoint: highest density first, each minus what came before."""
    index = QgsSpatialIndex()
    kept = []
    for density, piece in sorted(pieces, key=lambda dp: -dp[0]):
        overlapping = [kept[i][1] for i in index.intersects(piece.boundingBox())
                       if kept[i][1].intersects(piece)]
        if overlapping:
            covered = union_geometry(overlapping)
            piece = valid_polygon(piece.difference(covered))[0] if covered is not None else piece
            if piece is None:
                continue
        index.addFeature(len(kept), piece.boundingBox())
        kept.append((density, piece))
    return kept


def parcels(source, idx, zones, ideal_far, measurer, context, feedback, tally, progress):
    """Per zone: invest_wan / invest_m2, tax_wan / tax_m2 (area of the union of the parcels having
    the value; totals split by the share of the parcel inside) and intensity_gap_m2 (None when no
    FAR field) — core.evaluation.money_total_columns and parcel_sums — and ``registered`` (the
    parcels' pieces per zone, for 已供应国有建设用地). ``idx``: field indexes invest, invest_mu,
    tax, tax_mu, far (-1 = none)."""
    n = len(zones)
    union = {"invest": [[] for _ in range(n)], "tax": [[] for _ in range(n)], "all": [[] for _ in range(n)]}
    rows = {"zone": array("q"), "piece": array("d"), "whole": array("d"), "invest": array("d"), "tax": array("d"),
            "far": []}
    name = {key: _field_name(source, i, key) for key, i in idx.items()}

    def values(chunk, key):
        return [py_value(f.attribute(idx[key])) if idx[key] >= 0 else None for f in chunk]

    for chunk in layer_batches(source, zones.crs, context, feedback, progress=progress):
        polygons = _polygons(chunk)
        whole = [measurer.measureArea(g) if g is not None else None for g, _r in polygons]
        money = {key: ev.money_total_columns(values(chunk, key), values(chunk, key + "_mu"), whole,
                                             (name[key], name[key + "_mu"])) for key in ("invest", "tax")}
        far = values(chunk, "far")
        far_problems = parse_number_array(far, name["far"])[1] if idx["far"] >= 0 else {}
        for k, (feat, (geom, repaired)) in enumerate(zip(chunk, polygons)):
            count_repair(tally, "PARCELS", feat, repaired, geom)
            if geom is None:
                continue
            for problems in (money["invest"][1], money["tax"][1], far_problems):
                if k in problems:
                    tally.add_problem(problems[k], example="PARCELS #%d: %s" % (feat.id(), problems[k].message))
            for zone in zones.touching(geom):
                piece = clip(zone, geom)
                if piece is None:
                    continue
                for column, value in (("zone", zone.index), ("piece", measurer.measureArea(piece)),
                                      ("whole", whole[k]), ("invest", money["invest"][0][k]),
                                      ("tax", money["tax"][0][k]), ("far", far[k])):
                    rows[column].append(value)
                union["all"][zone.index].append(piece)
                for key in ("invest", "tax"):
                    if not np.isnan(money[key][0][k]):
                        union[key][zone.index].append(piece)
    sums = ev.parcel_sums(np.array(rows["zone"], dtype=np.int64), n, np.array(rows["piece"]), np.array(rows["whole"]),
                          np.array(rows["invest"]), np.array(rows["tax"]), rows["far"], ideal_far)
    out = {key: sums[key].tolist() for key in ("invest_wan", "tax_wan", "intensity_gap_m2")}
    out["invest_m2"] = [union_area(p, measurer)[0] for p in union["invest"]]
    out["tax_m2"] = [union_area(p, measurer)[0] for p in union["tax"]]
    out["registered"] = union["all"]
    for key in ("invest", "tax"):
        if idx[key] < 0 and idx[key + "_mu"] < 0:
            out[key + "_wan"] = None
            out[key + "_m2"] = None
    if idx["far"] < 0:
        out["intensity_gap_m2"] = None
    return out

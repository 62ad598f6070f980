"""Measuring the layers of landplan:zoneevaluation inside each zone (engine side).

Every function reads one layer, clips it to the zones and returns per-zone areas in m² (and sums
in 万元); every area is the area of the **union** of the layer's pieces inside the zone, so
overlapping features count once. What a code, a flag or a date means is asked of
``core/evaluation.py``; nothing here decides.

Land use is read zone by zone through the provider's spatial index (a bounding-box request per
zone); codes are classified once per distinct value and polygons of no interest are skipped
without geometry work. The other layers are streamed once and matched to zones with an index.
"""
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsSpatialIndex

from ..core import evaluation as ev
from ..core.values import parse_number
from .base import py_value
from .zone_layers import SKIP_CHECKS, CANCEL_EVERY, Tally, clip, stream, union_area, union_geometry, valid_polygon  # noqa: F401


def landuse(source, code_idx, zones, classify, measurer, context, feedback, tally, progress, keep_industrial):
    """Per zone: unbuildable_m2, built_m2, industrial_m2 (lists) and the industrial union geometries
    (when ``keep_industrial``). ``classify(raw) → flags`` (core.evaluation.land_classes)."""
    n = len(zones)
    out = {"unbuildable_m2": [0.0] * n, "built_m2": [0.0] * n, "industrial_m2": [0.0] * n,
           "industrial_geom": [None] * n, "unknown": {}}
    crs = zones.crs
    reproject = source.sourceCrs() != crs
    cache = {}
    step = (progress[1] - progress[0]) / max(1, n)
    for zone in zones.zones:
        if feedback.isCanceled() or zone.geom is None:
            continue
        # the filter rectangle is in the destination CRS when one is set
        request = QgsFeatureRequest().setSubsetOfAttributes([code_idx]).setFilterRect(zone.bbox)
        if reproject:
            request.setDestinationCrs(crs, context.transformContext())
        pieces = {ev.LAND_UNBUILDABLE: [], ev.LAND_BUILT: [], ev.LAND_INDUSTRIAL: []}
        for k, feat in enumerate(source.getFeatures(request, SKIP_CHECKS)):
            if k % CANCEL_EVERY == 0 and feedback.isCanceled():
                return out
            raw = py_value(feat.attribute(code_idx))
            key = raw if isinstance(raw, (str, int, float, type(None))) else str(raw)
            flags = cache.get(key)
            if flags is None:
                flags = cache[key] = classify(raw)
            if not flags & (ev.LAND_UNBUILDABLE | ev.LAND_BUILT | ev.LAND_INDUSTRIAL | ev.LAND_UNKNOWN):
                continue
            geom, repaired = valid_polygon(feat.geometry())
            if repaired:
                tally.geometry("LANDUSE", feat, "invalid_geometry")
            if geom is None:
                continue
            piece = clip(zone, geom)
            if piece is None:
                continue
            if flags & ev.LAND_UNKNOWN:
                code = str(raw) if raw not in (None, "") else "(空)"
                out["unknown"][code] = out["unknown"].get(code, 0.0) + measurer.measureArea(piece)
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
    return out


def layer_union(source, label, zones, measurer, context, feedback, tally, progress, keep=None):
    """Per zone: m² of the union of the features of ``source`` for which ``keep(feature)`` gives a
    bucket name (None = skip); returns {bucket: [m² per zone]}. Buckets are ``keep``'s names."""
    buckets = {}
    for feat in stream(source, zones.crs, context, feedback, progress=progress):
        names = keep(feat) if keep is not None else ("all",)
        if not names:
            continue
        geom, repaired = valid_polygon(feat.geometry())
        if repaired:
            tally.geometry(label, feat, "invalid_geometry")
        if geom is None:
            tally.geometry(label, feat, "empty_geometry")
            continue
        for zone in zones.touching(geom):
            piece = clip(zone, geom)
            if piece is None:
                continue
            for name in names:
                buckets.setdefault(name, [[] for _ in zones.zones])[zone.index].append(piece)
    return {name: [union_area(p, measurer)[0] for p in per_zone] for name, per_zone in buckets.items()}


def buildings(source, floor_idx, floors_idx, zones, industrial_geoms, measurer, context, feedback, tally,
              progress):
    """Per zone: footprint_m2, floor_m2, ind_footprint_m2, ind_floor_m2. Overlapping buildings count
    once: pieces are taken in decreasing floor density and each keeps only what earlier ones left."""
    n = len(zones)
    pieces = [[] for _ in range(n)]  # (density, piece)
    names = (_field_name(source, floor_idx, "建筑面积"), _field_name(source, floors_idx, "层数"))
    for feat in stream(source, zones.crs, context, feedback, progress=progress):
        geom, repaired = valid_polygon(feat.geometry())
        if repaired:
            tally.geometry("BUILDINGS", feat, "invalid_geometry")
        if geom is None:
            tally.geometry("BUILDINGS", feat, "empty_geometry")
            continue
        density, problem = ev.floor_density(
            py_value(feat.attribute(floor_idx)) if floor_idx >= 0 else None,
            py_value(feat.attribute(floors_idx)) if floors_idx >= 0 else None, measurer.measureArea(geom), names)
        if problem is not None:
            tally.problem("BUILDINGS", feat, problem)
        if density is None:
            tally.geometry("BUILDINGS", feat, "no_floor_area")
        for zone in zones.touching(geom):
            piece = clip(zone, geom)
            if piece is not None:
                pieces[zone.index].append((-1.0 if density is None else density, piece))
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
    parcel has a FAR). ``idx``: field indexes invest, invest_mu, tax, tax_mu, far (-1 = none)."""
    n = len(zones)
    pieces = {"invest": [[] for _ in range(n)], "tax": [[] for _ in range(n)]}
    sums = {"invest_wan": [0.0] * n, "tax_wan": [0.0] * n, "intensity_gap_m2": [None] * n}

    def val(key, feat):
        return py_value(feat.attribute(idx[key])) if idx[key] >= 0 else None

    name = {key: _field_name(source, i, key) for key, i in idx.items()}

    for feat in stream(source, zones.crs, context, feedback, progress=progress):
        geom, repaired = valid_polygon(feat.geometry())
        if repaired:
            tally.geometry("PARCELS", feat, "invalid_geometry")
        if geom is None:
            tally.geometry("PARCELS", feat, "empty_geometry")
            continue
        whole = measurer.measureArea(geom)
        invest, p1 = ev.money_total(val("invest", feat), val("invest_mu", feat), whole,
                                    (name["invest"], name["invest_mu"]))
        tax, p2 = ev.money_total(val("tax", feat), val("tax_mu", feat), whole, (name["tax"], name["tax_mu"]))
        far = val("far", feat)
        far_problem = parse_number(far, name["far"])[1] if idx["far"] >= 0 else None
        for p in (p1, p2, far_problem):
            if p is not None:
                tally.problem("PARCELS", feat, p)
        for zone in zones.touching(geom):
            piece = clip(zone, geom)
            if piece is None:
                continue
            area = measurer.measureArea(piece)
            share = area / whole if whole > 0 else 0.0
            for key, value in (("invest", invest), ("tax", tax)):
                if value is not None:
                    sums[key + "_wan"][zone.index] += value * share
                    pieces[key][zone.index].append(piece)
            gap = ev.intensity_gap(area, far, ideal_far)
            if gap is not None:
                sums["intensity_gap_m2"][zone.index] = (sums["intensity_gap_m2"][zone.index] or 0.0) + gap
    sums["invest_m2"] = [union_area(p, measurer)[0] for p in pieces["invest"]]
    sums["tax_m2"] = [union_area(p, measurer)[0] for p in pieces["tax"]]
    for key in ("invest", "tax"):
        if idx[key] < 0 and idx[key + "_mu"] < 0:
            sums[key + "_wan"] = None
            sums[key + "_m2"] = None
    if idx["far"] < 0:
        sums["intensity_gap_m2"] = None
    else:
        sums["intensity_gap_m2"] = [0.0 if g is None else g for g in sums["intensity_gap_m2"]]
    return sums

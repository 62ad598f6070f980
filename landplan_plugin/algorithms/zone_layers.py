"""Geometry plumbing for zoneevaluation and flagunauthorized (engine side, no rules).

* :class:`ZoneSet` — the zones, repaired, with prepared GEOS engines and a spatial index;
* :func:`clip` — a polygon clipped to one zone (measured whole when the zone contains it);
* :func:`union_area` — the area of the union of pieces (overlaps counted once);
* :func:`stream` — a layer's features in the zones' CRS, with cancel checks and progress;
* :class:`Tally` — data-problem counts with the first rows named, for the log.

Decisions on the measured areas live in ``core/evaluation.py`` and ``core/unauthorized.py``.
"""

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsSpatialIndex,
)

from .base import SKIP_GEOMETRY_CHECKS as SKIP_CHECKS, make_valid_polygonal, polygonal, py_value  # noqa: F401

CANCEL_EVERY = 512


def valid_polygon(geom):
    """(polygon or None, repaired?) — invalid polygons are repaired with make-valid."""
    geom = polygonal(geom)
    if geom is None:
        return None, False
    if geom.isGeosValid():
        return geom, False
    return make_valid_polygonal(geom), True


class Tally:
    """Counts of data problems for the log: ``add(kind, example=…)``; ``items()``; ``examples[kind]``
    holds the first few rows, each naming the layer, the feature and the field."""
    MAX_EXAMPLES = 5

    def __init__(self):
        self.counts = {}
        self.examples = {}

    def add(self, kind, n=1, example=None):
        self.counts[kind] = self.counts.get(kind, 0) + n
        if example is not None:
            shown = self.examples.setdefault(kind, [])
            if len(shown) < self.MAX_EXAMPLES:
                shown.append(example)

    def problem(self, layer, feat, problem):
        """Count a core Problem of one feature, named as ``LAYER #fid: message``."""
        self.add(problem.kind, example="%s #%d: %s" % (layer, feat.id(), problem.message))

    def geometry(self, layer, feat, kind):
        self.add(kind, example="%s #%d" % (layer, feat.id()))

    def items(self):
        return self.counts.items()


class Zone:
    __slots__ = ("index", "name", "attrs", "geom", "engine", "bbox")

    def __init__(self, index, name, attrs, geom):
        self.index, self.name, self.attrs, self.geom = index, name, attrs, geom
        self.engine = None
        self.bbox = None
        if geom is not None:
            self.engine = QgsGeometry.createGeometryEngine(geom.constGet())
            self.engine.prepareGeometry()
            self.bbox = geom.boundingBox()


class ZoneSet:
    """The zones of a run: ``zones`` (list of :class:`Zone`), ``repaired`` (names)."""

    def __init__(self, source, name_idx, feedback, crs=None, context=None):
        self.zones = []
        self.repaired = []
        self.crs = crs if crs is not None else source.sourceCrs()
        self.index = QgsSpatialIndex()
        request = QgsFeatureRequest()
        if crs is not None and crs != source.sourceCrs():
            request.setDestinationCrs(crs, context.transformContext())
        for feat in source.getFeatures(request, SKIP_CHECKS):
            if feedback.isCanceled():
                break
            attrs = feat.attributes()
            name = py_value(attrs[name_idx]) if name_idx >= 0 else None
            name = str(name).strip() if name not in (None, "") else "#%d" % feat.id()
            geom, repaired = valid_polygon(feat.geometry())
            if repaired:
                self.repaired.append(name)
            zone = Zone(len(self.zones), name, attrs, geom)
            if geom is not None:
                self.index.addFeature(zone.index, zone.bbox)
            self.zones.append(zone)

    def __len__(self):
        return len(self.zones)

    def touching(self, geom):
        """Zones whose bounding box meets ``geom``'s."""
        return [self.zones[i] for i in self.index.intersects(geom.boundingBox())]


def clip(zone, geom):
    """``geom`` ∩ zone as a polygon geometry, or None. A geometry inside the zone is returned as is."""
    cg = geom.constGet()
    if zone.engine.contains(cg):
        return geom
    if not zone.engine.intersects(cg):
        return None
    out = zone.engine.intersection(cg)
    if out is None:
        return polygonal(zone.geom.intersection(geom))
    return polygonal(QgsGeometry(out))


def union_geometry(pieces):
    """Union of polygon pieces (None when there are none)."""
    if not pieces:
        return None
    if len(pieces) == 1:
        return pieces[0]
    return polygonal(QgsGeometry.unaryUnion(pieces))


def union_area(pieces, measurer):
    """(m² of the union of ``pieces``, the union geometry)."""
    union = union_geometry(pieces)
    return (0.0, None) if union is None else (measurer.measureArea(union), union)


def stream(source, zone_crs, context, feedback, attributes=None, progress=None):
    """Features of ``source`` in ``zone_crs`` (geometry checks skipped), checking cancel; ``progress``
    = (start %, end %) spread over the source's feature count."""
    request = QgsFeatureRequest().setDestinationCrs(zone_crs, context.transformContext())
    if attributes is not None:
        request.setSubsetOfAttributes(attributes)
    total = max(1, source.featureCount())
    for n, feat in enumerate(source.getFeatures(request, SKIP_CHECKS)):
        if n % CANCEL_EVERY == 0:
            if feedback.isCanceled():
                return
            if progress is not None:
                feedback.setProgress(progress[0] + (progress[1] - progress[0]) * min(1.0, n / total))
        yield feat


def optional_source(alg, parameters, name, context):
    if parameters.get(name) in (None, ""):
        return None
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    return source

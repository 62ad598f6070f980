"""Zone geometry for the zone checks (zoneindustrialshare, zoneevaluation, flagunauthorized,
zonereport). No rules here: what an area, a code, a date or a flag means is asked of the core.

* :class:`ZoneSet` — the one zone index: the zones of a run in input order, each repaired once
  (:func:`.base.valid_polygon`), with a prepared GEOS engine, its request rectangles and a
  spatial index over them; :meth:`ZoneSet.zones_of` places a feature by a point on its surface
  (the scorecard and the report place parcels the same way), :meth:`ZoneSet.touching` gives the
  zones a polygon may cross;
* :func:`clip` — a polygon clipped to one zone (returned whole when the zone contains it);
* :func:`union_geometry` / :func:`union_area` — overlapping pieces counted once;
* :func:`layer_batches` / :func:`zone_batches` — a layer's features in chunks (in the zones'
  CRS; all of them, or those inside one zone), checking cancel, so that each chunk's attributes go
  to the core's batch functions at once;
* :func:`feature_polygon` / :func:`count_repair` — a feature's polygon, repaired, its repair or
  emptiness counted in a :class:`.base.ProblemTally` with the feature named.
"""
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProcessingException, QgsSpatialIndex, QgsWkbTypes

from ..qvariant import py_value
from .geometry import polygonal, SKIP_GEOMETRY_CHECKS, valid_polygon
from .. import compat

BATCH_SIZE = 1024


def request_rects(geom):
    """Rectangles to request features with: the zone's bounding box, or one per part when a
    multipart zone's parts are far apart (their boxes cover less than half of the whole box)."""
    bbox = geom.boundingBox()
    if not geom.isMultipart():
        return [bbox]
    rects = [part.boundingBox() for part in geom.constParts()]
    if len(rects) > 1 and bbox.area() > 0 and sum(r.area() for r in rects) < 0.5 * bbox.area():
        return rects
    return [bbox]


class Zone:
    """One zone: ``index`` (its position), ``fid``, ``name``, ``attrs``; ``geom`` (repaired polygon
    or None), ``repaired``, ``engine`` (prepared), ``bbox`` and ``rects`` (see :func:`request_rects`)."""
    __slots__ = ("index", "fid", "name", "attrs", "geom", "repaired", "engine", "bbox", "rects")

    def __init__(self, index, fid, geom, attrs=None, name=None):
        self.index, self.fid, self.attrs, self.name = index, fid, attrs, name
        self.geom, self.repaired = valid_polygon(geom)
        self.engine, self.bbox, self.rects = None, None, []
        if self.geom is not None:
            self.engine = QgsGeometry.createGeometryEngine(self.geom.constGet())
            self.engine.prepareGeometry()
            self.bbox = self.geom.boundingBox()
            self.rects = request_rects(self.geom)


class ZoneSet:
    """The zones of a run, in input order, with a spatial index over their bounding boxes.

    ``ZoneSet(features, name_idx)``: zones from features (a zone without a name is ``#fid``);
    :meth:`read` reads them from a Processing source. ``repaired``: the names of the zones whose
    polygon was repaired; ``crs``: the zones' CRS when read from a source."""

    def __init__(self, features, name_idx=-1, crs=None):
        self.zones = []
        self.crs = crs
        self.index = QgsSpatialIndex()
        for feat in features:
            attrs = feat.attributes()
            name = py_value(attrs[name_idx]) if name_idx >= 0 else None
            name = str(name).strip() if name not in (None, "") else "#%d" % feat.id()
            zone = Zone(len(self.zones), feat.id(), feat.geometry(), attrs, name)
            if zone.geom is not None:
                self.index.addFeature(zone.index, zone.bbox)
            self.zones.append(zone)
        self.repaired = [z.name for z in self.zones if z.repaired]

    @classmethod
    def read(cls, source, name_idx, feedback, crs=None, context=None):
        """The zones of ``source`` (in ``crs`` when given; the source's CRS else). A cancelled run
        reads only part of them: the caller checks ``feedback.isCanceled()``."""
        request = QgsFeatureRequest()
        if crs is not None and crs != source.sourceCrs():
            request.setDestinationCrs(crs, context.transformContext())

        def features():
            for feat in source.getFeatures(request, SKIP_GEOMETRY_CHECKS):
                if feedback.isCanceled():
                    return
                yield feat
        return cls(features(), name_idx, crs if crs is not None else source.sourceCrs())

    def __len__(self):
        return len(self.zones)

    def __iter__(self):
        return iter(self.zones)

    def zones_of(self, geom, transform=None):
        """Indexes of the zones containing a point on ``geom``'s surface (its centroid when QGIS
        finds none; ``transform``: the feature's CRS → the zones', applied to the point); [] for a
        NULL / empty geometry."""
        if geom is None or geom.isNull() or geom.isEmpty():
            return []
        point = geom.pointOnSurface()
        if point.isNull():
            point = geom.centroid()
        if point.isNull():
            return []
        if transform is not None:
            point.transform(transform)
        return [zi for zi in sorted(self.index.intersects(point.boundingBox()))
                if self.zones[zi].engine.intersects(point.constGet())]

    def touching(self, geom):
        """The zones whose bounding box meets ``geom``'s, in input order."""
        return [self.zones[i] for i in sorted(self.index.intersects(geom.boundingBox()))]


def clip(zone, geom):
    """``geom`` (a valid polygon) ∩ zone as a polygon geometry, or None. A geometry inside the zone
    is returned as is."""
    cg = geom.constGet()
    if zone.engine.contains(cg):
        return geom
    if not zone.engine.intersects(cg):
        return None
    out = zone.engine.intersection(cg)
    if out is None:  # GEOS failure: fall back to the geometry API
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


def count_repair(tally, layer, feat, repaired, geom, count_empty=True):
    """Count a feature's repair, and its NULL or empty geometry unless ``count_empty`` is False, in
    ``tally`` as ``LAYER #fid``."""
    if repaired:
        tally.add("invalid_geometry", example="%s #%d" % (layer, feat.id()))
    if geom is None and count_empty:
        tally.add("empty_geometry", example="%s #%d" % (layer, feat.id()))


def feature_polygon(feat, tally, layer, count_empty=True):
    """``feat``'s polygon, repaired (:func:`.base.valid_polygon`), or None; counted (:func:`count_repair`)."""
    geom, repaired = valid_polygon(feat.geometry())
    count_repair(tally, layer, feat, repaired, geom, count_empty)
    return geom


def _chunks(features, feedback, size, total=0, progress=None):
    """Lists of up to ``size`` features; stops when the run is cancelled."""
    chunk, done = [], 0
    for feat in features:
        chunk.append(feat)
        if len(chunk) < size:
            continue
        if feedback.isCanceled():
            return
        done += len(chunk)
        if progress is not None:
            feedback.setProgress(progress[0] + (progress[1] - progress[0]) * min(1.0, done / max(1, total)))
        yield chunk
        chunk = []
    if chunk and not feedback.isCanceled():
        yield chunk


def layer_batches(source, crs, context, feedback, attributes=None, progress=None, size=BATCH_SIZE):
    """The features of ``source`` in ``crs`` (geometry checks skipped), in lists of ``size``;
    ``attributes``: the field indexes to read (None: all); ``progress`` = (start %, end %)."""
    request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
    if attributes is not None:
        request.setSubsetOfAttributes(attributes)
    return _chunks(source.getFeatures(request, SKIP_GEOMETRY_CHECKS), feedback, size, source.featureCount(),
                   progress)


def zone_batches(source, zone, attributes, crs, context, feedback, size=BATCH_SIZE):
    """The features of ``source`` in ``zone``'s request rectangles (through the provider's spatial
    index), each once, in lists of ``size``; ``crs``: the zones' CRS when the source is in
    another one (None: no reprojection)."""
    def features():
        seen = set() if len(zone.rects) > 1 else None
        for rect in zone.rects:
            # the filter rectangle is in the destination CRS when one is set
            request = QgsFeatureRequest().setFilterRect(rect).setSubsetOfAttributes(attributes)
            if crs is not None:
                request.setDestinationCrs(crs, context.transformContext())
            for feat in source.getFeatures(request, SKIP_GEOMETRY_CHECKS):
                if seen is not None:
                    if feat.id() in seen:
                        continue
                    seen.add(feat.id())
                yield feat
    return _chunks(features(), feedback, size)


def optional_source(alg, parameters, name, context):
    if parameters.get(name) in (None, ""):
        return None
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    return source


def subtract_cover(piece, cover, index, engines):
    """``piece`` minus every covering polygon (``cover``, indexed by ``index``; ``engines``: a dict caching
    prepared engines) that meets it (None when nothing is left)."""
    hits = [i for i in index.intersects(piece.boundingBox())]
    if not hits:
        return piece
    near = []
    for i in hits:
        engine = engines.get(i)
        if engine is None:
            engine = engines[i] = QgsGeometry.createGeometryEngine(cover[i].constGet())
            engine.prepareGeometry()
        cg = piece.constGet()
        if engine.contains(cg):
            return None
        if engine.intersects(cg):
            near.append(cover[i])
    if not near:
        return piece
    rest, _ = valid_polygon(piece.difference(union_geometry(near)))
    return rest


def single_parts(geom):
    """The polygon parts of ``geom`` as single-part geometries ([] for None)."""
    if geom is None:
        return []
    parts = []
    for part in geom.asGeometryCollection() if geom.isMultipart() else [geom]:
        part = QgsGeometry(part)
        if not part.isEmpty() and QgsWkbTypes.geometryType(part.wkbType()) == compat.GEOMETRY_POLYGON:
            parts.append(part)
    return parts


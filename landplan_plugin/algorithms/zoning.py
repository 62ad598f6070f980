"""Zone geometry for the engine: the zones of a run, prepared once (repaired polygons, GEOS
engines, a spatial index), and the two geometric questions the zone rules ask of them:

* :meth:`ZoneSet.zones_of` — the zones a parcel belongs to: every zone that contains a point on
  the parcel's surface (its centroid when QGIS finds no such point). Used by the zone check's
  scorecard and by the zone report, so both place a parcel the same way.
* :meth:`ZoneSet.piece_area` — the area (m²) of the part of a polygon inside one zone: the whole
  area when the zone contains it, the clipped area when it crosses the boundary, None outside.

The decisions on these areas are in :mod:`..core.zone`.
"""
from qgis.core import QgsGeometry, QgsSpatialIndex

from .base import make_valid_polygonal, polygonal


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
    """One zone: ``geom`` (repaired polygon or None), ``engine`` (prepared), ``rects``; ``repaired``."""
    __slots__ = ("fid", "attrs", "name", "geom", "engine", "rects", "repaired")

    def __init__(self, fid, geom, attrs=None, name=None):
        self.fid, self.attrs, self.name = fid, attrs, name
        self.repaired = False
        geom = polygonal(geom)
        if geom is not None and not geom.isGeosValid():
            geom = make_valid_polygonal(geom)
            self.repaired = True
        self.geom = geom
        self.engine = None
        self.rects = []
        if geom is not None:
            self.engine = QgsGeometry.createGeometryEngine(geom.constGet())
            self.engine.prepareGeometry()
            self.rects = request_rects(geom)


class ZoneSet:
    """The zones of a run, in input order, with a spatial index over their bounding boxes."""

    def __init__(self, zones):
        self.zones = list(zones)
        self.index = QgsSpatialIndex()
        for zi, zone in enumerate(self.zones):
            if zone.geom is not None:
                self.index.addFeature(zi, zone.geom.boundingBox())

    def __len__(self):
        return len(self.zones)

    def __iter__(self):
        return iter(self.zones)

    def zones_of(self, geom, transform=None):
        """Indexes of the zones containing a point on ``geom``'s surface (``transform``: the
        parcel CRS → the zones' CRS, applied to the point); [] for a NULL / empty geometry."""
        if geom is None or geom.isNull() or geom.isEmpty():
            return []
        point = geom.pointOnSurface()
        if point.isNull():
            point = geom.centroid()
        if point.isNull():
            return []
        if transform is not None:
            point.transform(transform)
        hits = []
        for zi in sorted(self.index.intersects(point.boundingBox())):
            if self.zones[zi].engine.intersects(point.constGet()):
                hits.append(zi)
        return hits

    def candidates(self, geom):
        """Indexes of the zones whose bounding box meets ``geom``'s."""
        return sorted(self.index.intersects(geom.boundingBox()))

    def piece_area(self, zi, geom, measurer):
        """Area (m²) of ``geom`` (a valid polygon) inside zone ``zi``; None when outside."""
        zone = self.zones[zi]
        cg = geom.constGet()
        if zone.engine.contains(cg):
            return measurer.measureArea(geom)
        if not zone.engine.intersects(cg):
            return None
        clipped = zone.engine.intersection(cg)
        if clipped is None:  # GEOS failure: fall back to the geometry API
            piece = polygonal(zone.geom.intersection(geom))
        else:
            piece = polygonal(QgsGeometry(clipped))
        return None if piece is None else measurer.measureArea(piece)

"""Geometry, once: the one make-valid repair (with its Chinese note), the polygon-only filter,
area measurement in m² for any CRS. The zone index is zone_layers.ZoneSet."""
from qgis.core import QgsDistanceArea, QgsGeometry, QgsUnitTypes, QgsWkbTypes

from .. import compat


CGCS2000_ELLIPSOID = "EPSG:1024"


class AreaMeasurer:
    """``measureArea(geometry)`` in square metres for any CRS (see area_measurer)."""

    def __init__(self, crs, transform_context):
        self._da = QgsDistanceArea()
        self._da.setSourceCrs(crs, transform_context)
        if crs.isGeographic():
            ellipsoid = crs.ellipsoidAcronym() or CGCS2000_ELLIPSOID
            if not self._da.setEllipsoid(ellipsoid):
                self._da.setEllipsoid(CGCS2000_ELLIPSOID)
        else:
            self._da.setEllipsoid("NONE")  # planar, in the layer's own (projected) units
        self._factor = QgsUnitTypes.fromUnitToUnitFactor(self._da.areaUnits(), compat.AREA_SQUARE_METERS)
        self.ellipsoidal = self._da.willUseEllipsoid()

    def measureArea(self, geometry):  # noqa: N802 (same name as QgsDistanceArea)
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            # planar area of curves (e.g. a PostGIS full-circle CURVEPOLYGON) is measured on
            # the segmentised ring; QgsDistanceArea returns 0 for some of them
            geometry = QgsGeometry(geometry.constGet().segmentize())
        return self._da.measureArea(geometry) * self._factor


def has_crs(crs):
    """A usable CRS. GeoPackages written without one carry GDAL's placeholder "Undefined
    geographic SRS" / "Undefined Cartesian SRS", which QGIS reports as valid: it is not."""
    if not crs.isValid():
        return False
    return bool(crs.authid()) or not crs.description().lower().startswith(("undefined", "unknown"))


POLYGON_TYPES = [compat.SOURCE_POLYGON]


#: getFeatures() flag: LandPlan repairs invalid polygons itself (make-valid) and marks the row,
#: instead of letting the user's "stop on invalid geometry" setting abort the run.
SKIP_GEOMETRY_CHECKS = compat.SOURCE_SKIP_GEOMETRY_CHECKS


def polygonal(geom):
    """The polygon part of ``geom`` — a polygon / multipolygon / curve polygon as is; the polygons
    of a geometry collection (make-valid and intersections can return lines and points with them)
    — or None when nothing areal is left (NULL or empty in, no polygon part)."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    if QgsWkbTypes.geometryType(geom.wkbType()) == compat.GEOMETRY_POLYGON:
        return geom
    if QgsWkbTypes.flatType(geom.wkbType()) == compat.WKB_GEOMETRY_COLLECTION:
        g = QgsGeometry(geom)
        if g.convertGeometryCollectionToSubclass(compat.GEOMETRY_POLYGON) and not g.isEmpty():
            return g
    return None


REPAIRED_NOTE = "几何无效（自相交等），已用 make-valid 修复"


UNREPAIRABLE_NOTE = "几何无效且无法修复"


def repair_geometry(geom):
    """The one make-valid repair: (geometry, note). A valid, NULL or empty geometry is returned as
    is (note None); an invalid one is repaired with QGIS's make-valid (areas then count each part
    once) and noted in Chinese (:data:`REPAIRED_NOTE`). Make-valid of a polygon can return a
    collection with lines and points: its polygons are kept (:func:`polygonal`). When nothing of
    the input's kind is left, the input comes back with :data:`UNREPAIRABLE_NOTE`."""
    if geom.isGeosValid():  # the common case first: one call
        return geom, None
    if geom.isNull() or geom.isEmpty():
        return geom, None
    fixed = geom.makeValid()
    if fixed.type() != geom.type() and geom.type() == compat.GEOMETRY_POLYGON:
        fixed = polygonal(fixed)
    elif fixed.type() != geom.type():
        parts = fixed.convertToType(geom.type(), True)
        fixed = parts if parts is not None and not parts.isNull() else fixed
    if fixed is None or fixed.isNull() or fixed.isEmpty():
        return geom, UNREPAIRABLE_NOTE
    return fixed, REPAIRED_NOTE


def valid_polygon(geom):
    """(polygon or None, repaired?): the polygon part of ``geom`` (:func:`polygonal`), repaired
    by :func:`repair_geometry` when invalid; None when nothing areal is left."""
    geom = polygonal(geom)
    if geom is None:
        return None, False
    fixed, note = repair_geometry(geom)
    if note is None:
        return geom, False
    return (None if note == UNREPAIRABLE_NOTE else fixed), True


def make_valid_polygonal(geom):
    """:func:`valid_polygon` without the flag (kept for the callers that only want the polygon)."""
    return valid_polygon(geom)[0]

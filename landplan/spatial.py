"""Geometry for the distributed engine (shapely 2, vectorised): areas as the plugin measures them,
make-valid repair, polygon parts, and spatial partitioning by Hilbert distance.

Areas (the plugin's ``base.AreaMeasurer``): planar in a projected CRS (Gauss–Krüger areas, in the
CRS's own linear unit converted to m²), geodesic on the CRS's ellipsoid in a geographic CRS
(CGCS2000's when it names none) — never in degrees.

Decisions on the results (flags, shares, reasons) are the core's, never made here.
"""
import numpy as np
import shapely

CGCS2000 = {"a": 6378137.0, "rf": 298.257222101}
#: the reason note for a polygon repaired by make-valid (the same text as the plugin's base.repair_geometry)
REPAIR_NOTE = "几何无效（自相交等），已用 make-valid 修复"
#: … and for one make-valid leaves nothing of (base.repair_geometry's text)
UNREPAIRABLE_NOTE = "几何无效且无法修复"
_POLY = ("Polygon", "MultiPolygon")


class AreaMeasurer:
    """``measure(geometries)`` → float array of m² (0 for empty/None), for one CRS."""

    def __init__(self, crs):
        self.geographic = bool(crs is not None and crs.is_geographic)
        self.factor = 1.0
        self.geod = None
        if self.geographic:
            from pyproj import Geod
            ell = crs.ellipsoid
            if ell is not None and ell.semi_major_metre and ell.inverse_flattening:
                self.geod = Geod(a=ell.semi_major_metre, rf=ell.inverse_flattening)
            elif ell is not None and ell.semi_major_metre:
                self.geod = Geod(a=ell.semi_major_metre, b=ell.semi_minor_metre)
            else:
                self.geod = Geod(**CGCS2000)
        elif crs is not None:
            try:
                unit = crs.axis_info[0].unit_conversion_factor
                if unit and unit > 0:
                    self.factor = unit * unit
            except (IndexError, AttributeError):
                pass

    def measure(self, geoms):
        geoms = np.asarray(geoms, dtype=object)
        if not self.geographic:
            out = shapely.area(geoms) * self.factor
            return np.nan_to_num(out, nan=0.0)
        out = np.zeros(len(geoms))
        for i, g in enumerate(geoms):
            if g is None or g.is_empty:
                continue
            area, _ = self.geod.geometry_area_perimeter(g)
            out[i] = abs(area)
        return out


def missing(geoms):
    """NULL or empty geometries (bool array)."""
    geoms = np.asarray(geoms, dtype=object)
    return shapely.is_missing(geoms) | shapely.is_empty(geoms)


def polygonal(geom):
    """The polygon parts of ``geom`` (make-valid and intersections may return collections with
    lines and points), or None when nothing areal is left."""
    if geom is None or geom.is_empty:
        return None
    kind = geom.geom_type
    if kind in _POLY:
        return geom
    if kind == "GeometryCollection" or kind.startswith("Multi"):
        parts = [p for p in shapely.get_parts(geom) if p.geom_type in _POLY and not p.is_empty]
        flat = []
        for p in parts:
            flat.extend(shapely.get_parts(p) if p.geom_type == "MultiPolygon" else [p])
        if not flat:
            return None
        return flat[0] if len(flat) == 1 else shapely.MultiPolygon(flat)
    return None


def polygonal_array(geoms):
    geoms = np.asarray(geoms, dtype=object)
    kinds = shapely.get_type_id(geoms)
    out = geoms.copy()
    odd = np.flatnonzero(~np.isin(kinds, (3, 6)))  # 3 Polygon, 6 MultiPolygon
    for i in odd:
        out[i] = polygonal(geoms[i])
    return out


def repair(geoms):
    """(geometries, repaired mask, unrepairable mask): invalid polygons made valid (GEOS
    make-valid, as QGIS's makeValid) and reduced to their polygon parts; None/empty stay."""
    geoms = np.asarray(geoms, dtype=object)
    present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    valid = shapely.is_valid(geoms)
    bad = present & ~valid
    out = geoms.copy()
    failed = np.zeros(len(geoms), dtype=bool)
    if bad.any():
        fixed = shapely.make_valid(geoms[bad])
        fixed = polygonal_array(fixed)
        idx = np.flatnonzero(bad)
        for j, i in enumerate(idx):
            if fixed[j] is None or fixed[j].is_empty:
                failed[i] = True
            else:
                out[i] = fixed[j]
    return out, bad, failed


# ---- spatial partitioning --------------------------------------------------------------------

HILBERT_LEVEL = 16


def hilbert_distance(geoms, total_bounds, level=HILBERT_LEVEL):
    """Hilbert curve distance of each geometry's bounding-box centre within ``total_bounds``
    (int64; NULL/empty geometries get 0). Neighbouring geometries get close distances, so sorting
    by it and cutting into ranges gives spatially compact partitions."""
    from dask_geopandas.hilbert_distance import _hilbert_distance  # noqa: PLC0415
    import geopandas as gpd
    geoms = np.asarray(geoms, dtype=object)
    out = np.zeros(len(geoms), dtype=np.int64)
    ok = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    if ok.any():
        s = gpd.GeoSeries(geoms[ok])
        out[ok] = np.asarray(_hilbert_distance(s, total_bounds=total_bounds, level=level), dtype=np.int64)
    return out


def hilbert_column(gdf, total_bounds):
    """``gdf``'s Hilbert distances as a Series (for dask's map_partitions)."""
    import pandas as pd
    return pd.Series(hilbert_distance(gdf.geometry.values, total_bounds), index=gdf.index, dtype="int64")


def bounds_of(geoms):
    b = shapely.bounds(np.asarray(geoms, dtype=object))
    if len(b) == 0 or np.all(np.isnan(b)):
        return None
    return (np.nanmin(b[:, 0]), np.nanmin(b[:, 1]), np.nanmax(b[:, 2]), np.nanmax(b[:, 3]))


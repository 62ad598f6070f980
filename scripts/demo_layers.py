"""What every demo-data generator does the same way: a box polygon, and the rows of a layer written in
one transaction (NULL for a missing value; a ``datetime.date`` into a date field by its parts)."""
from osgeo import ogr


def box(x0, y0, w, h):
    """The rectangle with lower-left corner (x0, y0), width w and height h, as an OGR polygon."""
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h), (x0, y0)):
        ring.AddPoint_2D(x, y)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def write_rows(lyr, fields, rows, geometry=None):
    """Create ``fields`` [(name, OGR type)] on the new layer ``lyr`` and write ``rows`` [(geometry or
    None, {name: value})]; ``geometry`` turns a row's geometry into an OGR one (None: use it as it is).
    Returns the layer's feature count."""
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for geom, attrs in rows:
        f = ogr.Feature(defn)
        for fname, ftype in fields:
            v = attrs.get(fname)
            if v is None:
                f.SetFieldNull(fname)
            elif ftype == ogr.OFTDate and hasattr(v, "year"):
                f.SetField(fname, v.year, v.month, v.day, 0, 0, 0, 0)
            else:
                f.SetField(fname, v)
        g = geom if geometry is None else geometry(geom)
        if g is not None:
            f.SetGeometry(g)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    return lyr.GetFeatureCount()

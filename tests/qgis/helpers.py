"""Small helpers for building real test layers on disk, and a feedback that cancels a run."""
import time

from osgeo import ogr, osr
from qgis.core import QgsProcessingFeedback


def write_gpkg(path, layer_name, epsg, fields, rows, geom_type=ogr.wkbPolygon):
    """fields: [(name, ogr type)], rows: [(wkt or None, {name: value})]."""
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.Open(path, 1) if __import__("os").path.exists(path) else drv.CreateDataSource(path)
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer(layer_name, srs, geom_type, options=["OVERWRITE=YES"])
    for name, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(name, ftype))
    defn = lyr.GetLayerDefn()
    for wkt, values in rows:
        feat = ogr.Feature(defn)
        for k, v in values.items():
            if v is None:
                feat.SetFieldNull(k)
            else:
                feat.SetField(k, v)
        if wkt:
            feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(feat)
    ds = None
    return "%s|layername=%s" % (path, layer_name)


def square(x0, y0, side):
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (
        x0, y0, x0 + side, y0, x0 + side, y0 + side, x0, y0 + side, x0, y0)


def read_layer(uri):
    from qgis.core import QgsVectorLayer
    lyr = QgsVectorLayer(uri, "out", "ogr")
    assert lyr.isValid(), uri
    rows = []
    for f in lyr.getFeatures():
        rows.append({name: _py(f[name]) for name in lyr.fields().names()} | {"_geom": f.geometry()})
    return lyr, rows


def _py(v):
    from qgis.PyQt.QtCore import QVariant
    if isinstance(v, QVariant):
        return None if v.isNull() else v.value()
    return v


class CancelAfter(QgsProcessingFeedback):
    """Cancels the run when progress reaches ``percent``; keeps the progress seen and when it cancelled."""

    def __init__(self, percent):
        super().__init__()
        self.percent = percent
        self.cancelled_at = None
        self.progress_seen = []
        self.progressChanged.connect(self._on_progress)

    def _on_progress(self, value):
        self.progress_seen.append(value)
        if value >= self.percent and self.cancelled_at is None:
            self.cancelled_at = time.perf_counter()
            self.cancel()


def valid_credit_code(body17):
    """The one valid 统一社会信用代码 starting with ``body17`` (its check character found by the core)."""
    from landplan_plugin.core.enterprises import CODE_ALPHABET, check_codes
    return next(code for code in check_codes([body17 + ch for ch in CODE_ALPHABET])[0] if code)

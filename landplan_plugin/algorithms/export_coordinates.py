"""landplan:exportcoordinates — 报盘坐标导出 (polygons → 报盘坐标 TXT).

The file format, J-point numbering and the CRS choice live in
:mod:`landplan_plugin.core.coordinates`; this module reads the layer, reprojects when the
layer is not in a Gauss–Krüger zone, and writes the file.
"""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)

from .. import compat
from ..core import fields
from ..core.units import AREA_UNITS
from .base import LandPlanAlgorithm
from .params import area_unit_param
from .batches import read_batches

CANDIDATES = fields.CANDIDATES["exportcoordinates"]
ENCODINGS = ("gbk", "utf-8")
#: parameter → key of core.coordinates.export_attributes
ROLES = {"PID_FIELD": "pid", "NAME_FIELD": "name", "USE_FIELD": "use", "DLBM_FIELD": "dlbm", "AREA_FIELD": "area",
         "SHEET_FIELD": "sheet", "SHAPE_FIELD": "shape", "REGION_FIELD": "xzqdm", "TOWN_FIELD": "town",
         "REMARK_FIELD": "remark"}
#: LAYOUT enum → core.coordinates.LAYOUTS id (None = from the fields given)
LAYOUTS = (None, "standard", "remark", "provincial")


def feature_polygons(geom):
    """[(outer, [holes])] of a polygon geometry as (x, y) tuples, rings without the closing point."""
    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        geom = QgsGeometry(geom.constGet().segmentize())
    parts = geom.asMultiPolygon() if geom.isMultipart() else [geom.asPolygon()]
    return [([(p.x(), p.y()) for p in rings[0][:-1]], [[(p.x(), p.y()) for p in r[:-1]] for r in rings[1:]])
            for rings in parts if rings]


class ExportCoordinates(LandPlanAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "exportcoordinates"

    def displayName(self):  # noqa: N802
        return self.tr("Export survey coordinate file (报盘坐标导出)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Writes polygons as a 报盘坐标 TXT file (GBK, J-point numbering).")

    def tags(self):
        return self.tr("coordinates,TXT,approval,survey,export,报盘,勘测定界").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Parcels"), [compat.SOURCE_POLYGON]))
        self.add_field_param("PID_FIELD", self.tr("Parcel id field (empty = 1, 2, 3 …)"), any_type=True)
        self.add_field_param("NAME_FIELD", self.tr("Parcel name field"), any_type=True)
        self.add_field_param("USE_FIELD", self.tr("Use field (地块用途)"), any_type=True)
        self.add_field_param("DLBM_FIELD", self.tr("Land-use code field (地类编码)"), any_type=True)
        self.add_field_param("AREA_FIELD", self.tr("Stated area field (empty = the geometry's area)"), any_type=True)
        self.addParameter(area_unit_param(self.tr("Stated area field unit"), default=2))
        self.add_field_param("SHEET_FIELD", self.tr("Map sheet field (图幅号)"), any_type=True)
        self.add_field_param("SHAPE_FIELD", self.tr("Shape field (图形属性; empty = 面)"), any_type=True)
        self.add_field_param("REGION_FIELD", self.tr("Region code field (行政区代码, 10-field layout)"), any_type=True)
        self.add_field_param("TOWN_FIELD", self.tr("Town / village field (乡镇/村, 10-field layout)"), any_type=True)
        self.add_field_param("REMARK_FIELD", self.tr("Description field (描述, 9-field layout)"), any_type=True)
        self.addParameter(QgsProcessingParameterEnum(
            "LAYOUT", self.tr("Parcel-line layout"),
            options=[self.tr("From the fields given (auto)"), self.tr("8 fields, national (standard)"),
                     self.tr("9 fields, with 描述 (remark)"), self.tr("10 fields, 报省部标 (provincial)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterCrs(
            "CRS", self.tr("Gauss–Krüger CRS of the file (empty = the zone of the data's longitude)"),
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "ENCODING", self.tr("File encoding"), options=[self.tr("GBK (GBK)"), self.tr("UTF-8 (UTF-8)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Coordinate file (报盘坐标 TXT)"), fileFilter="TXT (*.txt)"))
        self.addOutput(QgsProcessingOutputNumber("COUNT", self.tr("Number of parcels written")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core import coordinates  # numpy: imported when the algorithm runs, not when QGIS starts
        source = self.source_or_fail(parameters, self.INPUT, context)
        layer_crs = self.check_crs(source, self.tr("Parcels"))
        fields = source.fields()
        labels = {"PID_FIELD": self.tr("parcel id"), "NAME_FIELD": self.tr("parcel name"), "USE_FIELD": self.tr("use"),
                  "DLBM_FIELD": self.tr("land-use code"), "AREA_FIELD": self.tr("stated area"),
                  "SHEET_FIELD": self.tr("map sheet"), "SHAPE_FIELD": self.tr("shape"),
                  "REGION_FIELD": self.tr("region code"), "TOWN_FIELD": self.tr("town / village"),
                  "REMARK_FIELD": self.tr("description")}
        idx = {k: self.resolve_field(parameters, k, fields, CANDIDATES[k], feedback, labels[k],
                                     allow_auto=k not in parameters) for k in CANDIDATES}
        target = self.parameterAsCrs(parameters, "CRS", context)
        extent = source.sourceExtent()
        to_geo = QgsCoordinateTransform(layer_crs, QgsCoordinateReferenceSystem("EPSG:4490"),
                                        context.transformContext())
        lon = to_geo.transform(extent.center()).x() if not extent.isEmpty() else None
        layer_epsg = int(layer_crs.authid()[5:]) if layer_crs.authid().startswith("EPSG:") else None
        chosen = target.isValid()
        if not chosen:
            epsg = coordinates.export_crs(layer_epsg, lon)
            if epsg is None:
                raise QgsProcessingException(self.tr("Cannot tell the Gauss–Krüger zone: give the CRS parameter."))
            target = QgsCoordinateReferenceSystem("EPSG:%d" % epsg)
        info = coordinates.epsg_info(int(target.authid()[5:])) if target.authid().startswith("EPSG:") else None
        if info is None:
            raise QgsProcessingException(self.tr(
                "{crs} is not a Gauss–Krüger zone of CGCS2000, Xian 80 or Beijing 54.").format(crs=target.authid()))
        note = coordinates.export_zone_note(layer_epsg, int(target.authid()[5:]), lon, chosen)
        if note:
            feedback.pushWarning(note)
        transform = None if target == layer_crs else QgsCoordinateTransform(layer_crs, target,
                                                                              context.transformContext())
        feedback.pushInfo(self.tr("File CRS: {crs}").format(crs="%s %s" % (target.authid(), target.description())))
        parcels, skipped = self._parcels(
            source, idx, AREA_UNITS[self.parameterAsEnum(parameters, "AREA_UNIT", context)], transform, feedback)
        if feedback.isCanceled():
            return {}
        if skipped:
            feedback.pushWarning(self.tr("{n} feature(s) without geometry not written: {ids}").format(
                n=len(skipped), ids=", ".join(skipped[:20])))
        datum, width, zone, prefixed = info
        layout = LAYOUTS[self.parameterAsEnum(parameters, "LAYOUT", context)] or coordinates.export_layout(
            ROLES[k] for k, j in idx.items() if j >= 0)
        text = coordinates.format_file(parcels, datum, width, zone, prefixed, layout=layout)
        data, problems = coordinates.encode_file(text, ENCODINGS[self.parameterAsEnum(parameters, "ENCODING", context)])
        for problem in problems:
            feedback.pushWarning(problem)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        with open(path, "wb") as handle:
            handle.write(data)
        feedback.pushInfo(self.tr("{n} parcel(s) written to {path}").format(n=len(parcels), path=path))
        return {self.OUTPUT: path, "COUNT": len(parcels)}

    def _parcels(self, source, idx, area_unit, transform, feedback):
        """The parcels to write (attributes from the core, rings from the repaired, reprojected
        geometry) and the features skipped for want of a geometry; each problem named in the log."""
        from ..core import coordinates
        fields = source.fields()
        roles = {ROLES[k]: j for k, j in idx.items() if j >= 0}
        area_field = fields.at(idx["AREA_FIELD"]).name() if idx["AREA_FIELD"] >= 0 else ""
        parcels, skipped = [], []
        for batch in read_batches(source, roles, feedback, keep_features=True, progress=(0.0, 90.0)):
            # a feature is named by its parcel id, else its feature id
            names = [str(v) if v not in (None, "") else str(fid)
                     for v, fid in zip(batch.columns.get("pid", [None] * batch.n), batch.fids)]
            keep = [i for i in range(batch.n) if not batch.geom_empty[i]]
            skipped += [names[i] for i in range(batch.n) if batch.geom_empty[i]]
            attributes, problems = coordinates.export_attributes(
                {k: [col[i] for i in keep] for k, col in batch.columns.items()}, len(keep), area_unit, area_field,
                len(parcels) + 1)
            for row, (i, parcel) in enumerate(zip(keep, attributes)):
                for message in filter(None, (batch.geom_note.get(i), problems.get(row))):
                    feedback.pushWarning("%s：%s" % (names[i], message))
                geom = batch.features[i].geometry()
                if transform is not None:
                    geom.transform(transform)
                parcels.append(dict(parcel, polygons=feature_polygons(geom)))
        return parcels, skipped

"""landplan:importcoordinates — 报盘坐标导入 (报盘坐标 TXT → polygons).

The format, the CRS choice, ring roles and every per-parcel check live in
:mod:`landplan_plugin.core.coordinates`; this module reads the file, builds QGIS geometries and
writes them. One file per run: many files are a batch run (or a model in a loop). The core (numpy)
is imported when the algorithm runs, so loading the plugin stays light.
"""
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
)

from .. import compat
from .base import LandPlanAlgorithm
from .field_resolution import make_field

ENCODINGS = (None, "gbk", "utf-8")


def parcel_geometry(parcel):
    """QgsGeometry (multipolygon) of a parsed parcel; a NULL geometry when it has no usable ring."""
    if not parcel.polygons:
        return QgsGeometry()
    return QgsGeometry.fromMultiPolygonXY([
        [[QgsPointXY(x, y) for x, y in ring + ring[:1]] for ring in [outer] + holes]
        for outer, holes in parcel.polygons])


class ImportCoordinates(LandPlanAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "importcoordinates"

    def displayName(self):  # noqa: N802
        return self.tr("Import survey coordinate file (报盘坐标导入)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Reads a 报盘坐标 TXT file into polygons in the file's CRS and checks every parcel.")

    def tags(self):
        return self.tr("coordinates,TXT,approval,survey,import,报盘,勘测定界").split(",")

    def encoding_labels(self):
        return [self.tr("Detect: GBK, UTF-8 or UTF-8 with BOM (auto)"), self.tr("GBK (GBK)"), self.tr("UTF-8 (UTF-8)")]

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("Coordinate file (报盘坐标 TXT)"), extension="txt"))
        self.addParameter(QgsProcessingParameterEnum(
            "ENCODING", self.tr("File encoding"), options=self.encoding_labels(), defaultValue=0))
        self.addParameter(QgsProcessingParameterCrs(
            "CRS", self.tr("CRS when the file states no zone (empty = stop with a message)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Parcels from the coordinate file"), compat.SOURCE_POLYGON))
        self.addOutput(QgsProcessingOutputNumber("PARCEL_COUNT", self.tr("Number of parcels")))
        self.addOutput(QgsProcessingOutputNumber("PROBLEM_COUNT", self.tr("Number of parcels with a problem")))

    def _fields(self, parsed):
        """The fixed fields, then the parcel-line fields the file has besides pid / name / use /
        dlbm (图幅号, 图形属性, provincial fields, fields the reader could not place), and ``note``
        when the reader noted something on a parcel."""
        fields = QgsFields()
        for name, vtype, alias, length in (
                ("pid", "string", self.tr("Parcel id (地块编号)"), 60),
                ("name", "string", self.tr("Parcel name (地块名称)"), 200),
                ("use", "string", self.tr("Use (地块用途)"), 60),
                ("dlbm", "string", self.tr("Land-use code (地类编码)"), 20),
                ("area_ha", "double", self.tr("Stated area (ha)"), 20),
                ("geom_ha", "double", self.tr("Geometry area (ha)"), 20),
                ("area_diff", "double", self.tr("Area difference (%)"), 20),
                ("n_points", "int", self.tr("Point lines"), 0),
                ("source", "string", self.tr("Source file"), 254),
                ("problems", "string", self.tr("Problems"), 0)):
            fields.append(make_field(name, vtype, alias, length, 6 if vtype == "double" else 0))
        aliases = {"sheet": self.tr("Map sheet (图幅号)"), "shape": self.tr("Shape (图形属性)"),
                   "xzqdm": self.tr("Region code (行政区代码)"), "town": self.tr("Town / village (乡镇/村)"),
                   "remark": self.tr("Description (描述)")}
        extras = [k for k in ("sheet", "shape") if k in parsed.fields]
        if any(p.notes for p in parsed.parcels):
            extras.append("note")
            aliases["note"] = self.tr("Note")
        extras += [k for k in parsed.fields if k not in ("pid", "name", "use", "dlbm", "sheet", "shape")]
        for key in extras:
            alias = aliases.get(key) or self.tr("Parcel-line field {alias}").format(
                alias=parsed.field_aliases.get(key, key))
            fields.append(make_field(key, "string", alias, 254, 0))
        return fields, extras

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core import coordinates  # numpy: imported when the algorithm runs, not when QGIS starts
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path or not os.path.isfile(path):
            raise QgsProcessingException(self.tr("Coordinate file not found: {path}").format(path=path))
        with open(path, "rb") as handle:
            data = handle.read()
        parsed = coordinates.parse_bytes(data, ENCODINGS[self.parameterAsEnum(parameters, "ENCODING", context)])
        feedback.pushInfo(self.tr("Encoding: {enc}; {n} parcel(s).").format(
            enc=parsed.encoding.upper(), n=len(parsed.parcels)))
        for problem in parsed.problems:
            feedback.pushWarning(problem)
        for note in parsed.notes:
            feedback.pushInfo(note)
        if parsed.epsg is not None:
            crs = QgsCoordinateReferenceSystem("EPSG:%d" % parsed.epsg)
            feedback.pushInfo(self.tr("CRS from the file header: {crs}").format(
                crs="EPSG:%d %s" % (parsed.epsg, crs.description())))
        else:
            crs = self.parameterAsCrs(parameters, "CRS", context)
            if not crs.isValid():
                raise QgsProcessingException(self.tr(
                    "The file does not say which CRS it is in ({why}). Give the CRS parameter.").format(
                        why="；".join(parsed.problems) or "?"))
            feedback.pushWarning(self.tr("CRS not stated in the file; using {crs}.").format(crs=crs.authid()))
        fields, extras = self._fields(parsed)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, compat.WKB_MULTIPOLYGON, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        source_name = os.path.basename(path)
        with_problems = 0
        total = max(len(parsed.parcels), 1)
        for i, parcel in enumerate(parsed.parcels):
            if feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            feature.setGeometry(parcel_geometry(parcel))
            extra = dict(parcel.extra, sheet=parcel.sheet, shape=parcel.shape, note="；".join(parcel.notes) or None)
            feature.setAttributes([parcel.pid, parcel.name, parcel.use, parcel.dlbm, parcel.area_ha, parcel.geom_ha,
                                   parcel.area_diff, parcel.point_lines, source_name,
                                   "；".join(parcel.problems) or None] + [extra.get(k) for k in extras])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            if parcel.problems:
                with_problems += 1
                feedback.pushWarning("%s：%s" % (parcel.label, "；".join(parcel.problems)))
            feedback.setProgress(100.0 * (i + 1) / total)
        del sink
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        feedback.pushInfo(self.tr("{n} parcel(s) imported, {bad} with a problem.").format(
            n=len(parsed.parcels), bad=with_problems))
        return {self.OUTPUT: dest_id, "PARCEL_COUNT": len(parsed.parcels), "PROBLEM_COUNT": with_problems}

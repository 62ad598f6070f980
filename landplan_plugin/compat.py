"""The one place that knows QGIS versions apart (QGIS 3.22 … 3.44, and QGIS 4 / Qt6).

Everything else in the plugin calls these helpers instead of testing versions itself:

* :func:`resolve` and the constants below it (``SOURCE_POLYGON``, ``WKB_NO_GEOMETRY``,
  ``LAYOUT_MILLIMETERS`` …) — enums QGIS 3.x moved into ``Qgis`` (``QgsProcessing.SourceType`` →
  ``Qgis.ProcessingSourceType``, ``QgsWkbTypes.Type`` → ``Qgis.WkbType`` …): QGIS 4 has only the
  new names, QGIS 3.22 only the old ones, so both are named here, as text, the new one first.
* :func:`field_type` / :func:`new_field` / :func:`field_kind` — field types: ``QMetaType.Type`` on
  QGIS ≥ 3.38 (``QgsField(name, QVariant.X)`` is deprecated there, and PyQt6 has no
  ``QVariant.Type``), ``QVariant.Type`` before. Types are named by a short text (``"int"``,
  ``"int64"``, ``"double"``, ``"string"``, ``"date"``, ``"datetime"``, ``"bool"``) or given as a
  type value of either enum (they share their numbers for these types).
* ``QAction`` — from ``QtGui`` (Qt 6) or ``QtWidgets`` (QGIS 3.22's Qt 5 bindings).
* :func:`set_label_font` — ``QgsLayoutItemLabel.setFont`` is deprecated in 3.40 in favour of
  ``setTextFormat`` (which 3.22 lacks).
* :func:`pdf_export_settings` — ``QgsLayoutExporter.PdfExportSettings`` that keep text as text
  (selectable, searchable Chinese) instead of outlines.
* :func:`label_placement` — ``Qgis.LabelPlacement`` members (3.26+; 3.40's Python only accepts these),
  ``QgsPalLayerSettings`` members before.
* :func:`parameter_as_fields` — ``parameterAsStrings`` (3.32+; ``parameterAsFields`` is deprecated on 3.40).
* :func:`gpkg_field_metadata` — which field properties (alias, comment) QGIS's GeoPackage writer
  stores in the file (``gpkg_data_columns``: QGIS 3.40 with GDAL ≥ 3.7 does, 3.22 does not).
* :func:`save_style_to_database` — ``saveStyleToDatabaseV2`` (3.42+) or the old call.
* :func:`gdal_errors_as_values` — GDAL's error mode chosen explicitly around our GDAL calls (GDAL ≥ 3.8
  warns otherwise).
"""
import contextlib

import qgis.core
from qgis.core import Qgis, QgsField, QgsLayoutExporter
from qgis.PyQt import QtCore

try:  # QAction is in QtGui in Qt 6 (QGIS 4) and in QGIS ≥ 3.30's qgis.PyQt; QGIS 3.22 has it in QtWidgets only
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction  # qt6-ok: only where QtGui lacks it (QGIS 3.22)

__all__ = ["QAction", "USE_METATYPE", "field_type", "new_field", "field_kind", "set_label_font", "pdf_export_settings",
           "save_style_to_database", "gdal_errors_as_values",
           "TEXT_ALWAYS_TEXT", "label_placement", "parameter_as_fields", "gpkg_field_metadata", "resolve"]


def resolve(*names):
    """The first of these dotted names this QGIS / Qt has: the QGIS 4 name first
    (``"Qgis.ProcessingSourceType.VectorPolygon"``, QGIS ≥ 3.36), then the QGIS 3.22 one
    (``"QgsProcessing.SourceType.TypeVectorPolygon"``). Names are looked up in ``qgis.core``, then
    ``qgis.PyQt.QtCore``. The enums QGIS 3.x moved into ``Qgis`` and QGIS 4 removed are named only
    here, as text (scripts/qt6_check.py flags them anywhere else)."""
    for name in names:
        head, *rest = name.split(".")
        value = getattr(qgis.core, head, None)
        if value is None:
            value = getattr(QtCore, head, None)
        for part in rest:
            value = getattr(value, part, None)
        if value is not None:
            return value
    raise AttributeError("none of %s in this QGIS" % ", ".join(names))


# ---- enums QGIS 3.x moved into Qgis (the old names are gone in QGIS 4) ----------------------------
SOURCE_VECTOR = resolve("Qgis.ProcessingSourceType.Vector", "QgsProcessing.SourceType.TypeVector")
SOURCE_ANY_GEOMETRY = resolve("Qgis.ProcessingSourceType.VectorAnyGeometry",
                              "QgsProcessing.SourceType.TypeVectorAnyGeometry")
SOURCE_POLYGON = resolve("Qgis.ProcessingSourceType.VectorPolygon", "QgsProcessing.SourceType.TypeVectorPolygon")
SOURCE_POINT = resolve("Qgis.ProcessingSourceType.VectorPoint", "QgsProcessing.SourceType.TypeVectorPoint")
WKB_NO_GEOMETRY = resolve("Qgis.WkbType.NoGeometry", "QgsWkbTypes.Type.NoGeometry")
WKB_POLYGON = resolve("Qgis.WkbType.Polygon", "QgsWkbTypes.Type.Polygon")
WKB_MULTIPOLYGON = resolve("Qgis.WkbType.MultiPolygon", "QgsWkbTypes.Type.MultiPolygon")
WKB_GEOMETRY_COLLECTION = resolve("Qgis.WkbType.GeometryCollection", "QgsWkbTypes.Type.GeometryCollection")
GEOMETRY_POLYGON = resolve("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")
NUMBER_DOUBLE = resolve("Qgis.ProcessingNumberParameterType.Double", "QgsProcessingParameterNumber.Type.Double")
NUMBER_INTEGER = resolve("Qgis.ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Type.Integer")
FIELD_ANY = resolve("Qgis.ProcessingFieldParameterDataType.Any", "QgsProcessingParameterField.DataType.Any")
FIELD_NUMERIC = resolve("Qgis.ProcessingFieldParameterDataType.Numeric",
                        "QgsProcessingParameterField.DataType.Numeric")
DATETIME_DATE = resolve("Qgis.ProcessingDateTimeParameterDataType.Date", "QgsProcessingParameterDateTime.Type.Date")
PARAMETER_ADVANCED = resolve("Qgis.ProcessingParameterFlag.Advanced",
                             "QgsProcessingParameterDefinition.Flag.FlagAdvanced")
PARAMETER_OPTIONAL = resolve("Qgis.ProcessingParameterFlag.Optional",
                             "QgsProcessingParameterDefinition.Flag.FlagOptional")
FILE_BEHAVIOR_FILE = resolve("Qgis.ProcessingFileParameterBehavior.File", "QgsProcessingParameterFile.Behavior.File")
ALGORITHM_NO_THREADING = resolve("Qgis.ProcessingAlgorithmFlag.NoThreading",
                                 "QgsProcessingAlgorithm.Flag.FlagNoThreading")
SOURCE_SKIP_GEOMETRY_CHECKS = resolve("Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks",
                                      "QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks")
REQUEST_NO_GEOMETRY = resolve("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry")
REQUEST_GEOMETRY_NO_CHECK = resolve("Qgis.InvalidGeometryCheck.NoCheck",
                                    "QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck")
LAYOUT_MILLIMETERS = resolve("Qgis.LayoutUnit.Millimeters", "QgsUnitTypes.LayoutUnit.LayoutMillimeters")
RENDER_POINTS = resolve("Qgis.RenderUnit.Points", "QgsUnitTypes.RenderUnit.RenderPoints")
AREA_SQUARE_METERS = resolve("Qgis.AreaUnit.SquareMeters", "QgsUnitTypes.AreaUnit.AreaSquareMeters")
DISTANCE_METERS = resolve("Qgis.DistanceUnit.Meters", "QgsUnitTypes.DistanceUnit.DistanceMeters")
SCALEBAR_FIT_WIDTH = resolve("Qgis.ScaleBarSegmentSizeMode.FitWidth",
                             "QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth")

# ---- field types ----------------------------------------------------------------------------------
#: QgsField takes QMetaType.Type from QGIS 3.38 on (QVariant.Type before; PyQt6 has no QVariant.Type)
USE_METATYPE = Qgis.QGIS_VERSION_INT >= 33800
#: the type numbers, the same in QVariant.Type and QMetaType.Type
_TYPE_IDS = {"bool": 1, "int": 2, "int64": 4, "double": 6, "string": 10, "date": 14, "datetime": 16}
#: numbers of further types a layer's field may have (read, never written)
_OTHER_KINDS = {3: "uint", 5: "uint64", 15: "time"}
#: provider type names QGIS itself uses for these types (what make_field always wrote)
TYPE_NAMES = {"int": "integer", "int64": "integer64", "double": "double", "string": "string",
              "date": "date", "datetime": "datetime", "bool": "boolean"}
_BY_NUMBER = {v: k for k, v in _TYPE_IDS.items()}


def _type_number(vtype):
    return int(getattr(vtype, "value", vtype))  # PyQt6 enums are not ints


def type_kind(vtype):
    """Short type name (``"double"`` …) of a short name, a QVariant.Type or a QMetaType.Type."""
    if isinstance(vtype, str):
        if vtype not in _TYPE_IDS:
            raise ValueError("unknown field type %r" % vtype)
        return vtype
    try:
        return _BY_NUMBER[_type_number(vtype)]
    except (KeyError, TypeError, ValueError):
        raise ValueError("unsupported field type %r" % (vtype,)) from None


def field_kind(field):
    """Short type name of a ``QgsField``'s type: one of ``TYPE_NAMES``'s kinds, ``"uint"``,
    ``"uint64"``, ``"time"``, or ``"other"``."""
    number = _type_number(field.type())
    return _BY_NUMBER.get(number) or _OTHER_KINDS.get(number, "other")


def field_type(kind):
    """The type value this QGIS's ``QgsField`` constructor wants for ``kind``."""
    number = _TYPE_IDS[type_kind(kind)]
    return resolve("QMetaType.Type" if USE_METATYPE else "QVariant.Type")(number)


def new_field(name, kind, length=0, precision=0, type_name=None):
    """``QgsField(name, type, typeName, length, precision)`` without deprecated calls."""
    kind = type_kind(kind)
    return QgsField(name, field_type(kind), TYPE_NAMES[kind] if type_name is None else type_name,
                    length, precision)


def set_label_font(label, font, color=None):
    """Font (and colour) of a ``QgsLayoutItemLabel``: ``setTextFormat`` where it exists (3.24+),
    ``setFont`` / ``setFontColor`` on older QGIS."""
    if hasattr(label, "setTextFormat"):
        from qgis.core import QgsTextFormat
        fmt = QgsTextFormat.fromQFont(font)
        if font.pointSizeF() > 0:
            fmt.setSize(font.pointSizeF())
            fmt.setSizeUnit(RENDER_POINTS)
        if color is not None:
            fmt.setColor(color)
        label.setTextFormat(fmt)
        return
    label.setFont(font)
    if color is not None:
        label.setFontColor(color)


def _always_text():
    return resolve("Qgis.TextRenderFormat.AlwaysText", "QgsRenderContext.TextRenderFormat.TextFormatAlwaysText")


#: "render text as text" (not outlines), for PDF / SVG export settings
TEXT_ALWAYS_TEXT = _always_text()


def pdf_export_settings(dpi=150, text_as_text=True, rasterize=False):
    """``QgsLayoutExporter.PdfExportSettings`` for LandPlan reports: vector output at ``dpi``
    with text kept as text (copyable, searchable, small files)."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.rasterizeWholeImage = rasterize
    settings.dpi = dpi
    if text_as_text:
        settings.textRenderFormat = TEXT_ALWAYS_TEXT
    return settings


def label_placement(name):
    """A label placement (``"OverPoint"``, ``"Horizontal"`` …) as this QGIS's labeling settings take it."""
    enum = getattr(Qgis, "LabelPlacement", None)
    if enum is not None and hasattr(enum, name):
        return getattr(enum, name)
    from qgis.core import QgsPalLayerSettings
    return getattr(QgsPalLayerSettings, name)


def parameter_as_fields(alg, parameters, name, context):
    """Field names chosen in a field parameter (a list, empty when none)."""
    if hasattr(alg, "parameterAsStrings"):
        return alg.parameterAsStrings(parameters, name, context)
    return alg.parameterAsFields(parameters, name, context)


class GpkgFieldMetadata:
    """What QGIS's GeoPackage writer stores about fields: ``stores`` — ``"alias"`` (→ the
    ``name`` column of ``gpkg_data_columns``) and/or ``"comment"`` (→ ``description``), empty
    when nothing; ``tables`` — (name, CREATE statement) of the tables GDAL makes for them;
    ``extensions`` — the ``gpkg_extensions`` rows GDAL registers them with."""

    def __init__(self, stores=(), tables=(), extensions=()):
        self.stores, self.tables, self.extensions = tuple(stores), tuple(tables), tuple(extensions)


_GPKG_FIELD_METADATA = []


def gpkg_field_metadata():
    """:class:`GpkgFieldMetadata` of this QGIS + GDAL: QGIS 3.40 with GDAL ≥ 3.7 stores field
    aliases and comments in a new GeoPackage, QGIS 3.22 stores neither. Found out once per session
    by writing a one-field table to a temporary GeoPackage with ``QgsVectorFileWriter`` (what the
    Processing sink uses) and reading back what it made."""
    if not _GPKG_FIELD_METADATA:
        _GPKG_FIELD_METADATA.append(_probe_gpkg_field_metadata())
    return _GPKG_FIELD_METADATA[0]


def _probe_gpkg_field_metadata():
    import os
    import sqlite3
    import tempfile
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFields, QgsVectorFileWriter
    field = new_field("probe", "double")
    field.setAlias("probe alias")
    field.setComment("probe comment")
    fields = QgsFields()
    fields.append(field)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "probe"
    with tempfile.TemporaryDirectory(prefix="landplan-probe-") as folder:
        path = os.path.join(folder, "probe.gpkg")
        writer = QgsVectorFileWriter.create(path, fields, WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem(),
                                            QgsCoordinateTransformContext(), options)
        ok = writer is not None and writer.hasError() == QgsVectorFileWriter.WriterError.NoError
        del writer
        if not ok:
            return GpkgFieldMetadata()
        con = sqlite3.connect(path)
        try:
            row = con.execute("SELECT name, description FROM gpkg_data_columns WHERE column_name = 'probe'").fetchone()
            tables = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN "
                                 "('gpkg_data_columns', 'gpkg_data_column_constraints') ORDER BY rowid").fetchall()
            extensions = con.execute(
                "SELECT table_name, column_name, extension_name, definition, scope FROM gpkg_extensions "
                "WHERE table_name IN ('gpkg_data_columns', 'gpkg_data_column_constraints') ORDER BY rowid").fetchall()
        except sqlite3.Error:  # no such table: nothing stored
            return GpkgFieldMetadata()
        finally:
            con.close()
    if row is None:
        return GpkgFieldMetadata()
    stores = [kind for kind, value, stored in (("alias", "probe alias", row[0]), ("comment", "probe comment", row[1]))
              if stored == value]
    return GpkgFieldMetadata(stores, tables, extensions)


def save_style_to_database(layer, name, description, as_default=True):
    """Store the layer's style in its data source (``layer_styles`` of a GeoPackage); the error
    message, empty when saved. ``saveStyleToDatabaseV2`` where it exists (3.42+: the old call is
    deprecated there and gone in QGIS 4)."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        results, message = layer.saveStyleToDatabaseV2(name, description, as_default, "")
        return (message or "style not saved") if results else ""
    return layer.saveStyleToDatabase(name, description, as_default, "")


@contextlib.contextmanager
def gdal_errors_as_values():
    """GDAL/OGR calls inside the block return None / error codes instead of raising, said
    explicitly: GDAL ≥ 3.8 warns when a program never chose (4.0 will raise by default). The
    choice of the QGIS session (other plugins, the console) is restored afterwards. Not for two
    threads at once: the setting is process-wide."""
    from osgeo import gdal
    manager = getattr(gdal, "ExceptionMgr", None)
    if manager is None:  # GDAL < 3.7 (QGIS 3.22 on Debian 12): never warns, errors are values
        yield
        return
    with manager(useExceptions=False):
        yield

"""The one place that knows QGIS versions apart (QGIS 3.22 … 3.40+).

Everything else in the plugin calls these helpers instead of testing versions itself:

* :func:`field_type` / :func:`new_field` — field types: ``QMetaType.Type`` on QGIS ≥ 3.38
  (``QgsField(name, QVariant.X)`` is deprecated there), ``QVariant.Type`` before. Types are
  named by a short text (``"int"``, ``"int64"``, ``"double"``, ``"string"``, ``"date"``,
  ``"datetime"``, ``"bool"``) or given as a ``QVariant.Type`` (the two enums share their
  numbers for these types).
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

from qgis.core import Qgis, QgsField, QgsLayoutExporter
from qgis.PyQt.QtCore import QVariant

try:  # QMetaType's Python enum: PyQt5 exposes it as QMetaType.Double …, PyQt6 as QMetaType.Type.Double
    from qgis.PyQt.QtCore import QMetaType
except ImportError:  # pragma: no cover
    QMetaType = None

__all__ = ["USE_METATYPE", "field_type", "new_field", "set_label_font", "pdf_export_settings", "save_style_to_database",
           "gdal_errors_as_values",
           "TEXT_ALWAYS_TEXT", "label_placement", "parameter_as_fields", "gpkg_field_metadata"]

#: QgsField takes QMetaType.Type from QGIS 3.38 on
USE_METATYPE = Qgis.QGIS_VERSION_INT >= 33800 and QMetaType is not None

_QVARIANT = {
    "int": QVariant.Int, "int64": QVariant.LongLong, "double": QVariant.Double,
    "string": QVariant.String, "date": QVariant.Date, "datetime": QVariant.DateTime,
    "bool": QVariant.Bool,
}
#: provider type names QGIS itself uses for these types (what make_field always wrote)
TYPE_NAMES = {"int": "integer", "int64": "integer64", "double": "double", "string": "string",
              "date": "date", "datetime": "datetime", "bool": "boolean"}
_BY_NUMBER = {int(v): k for k, v in _QVARIANT.items()}


def _metatype(kind):
    meta = getattr(QMetaType, "Type", QMetaType)
    name = {"int": "Int", "int64": "LongLong", "double": "Double", "string": "QString",
            "date": "QDate", "datetime": "QDateTime", "bool": "Bool"}[kind]
    return getattr(meta, name)


def type_kind(vtype):
    """Short type name (``"double"`` …) of a short name, a QVariant.Type or a QMetaType.Type."""
    if isinstance(vtype, str):
        if vtype not in _QVARIANT:
            raise ValueError("unknown field type %r" % vtype)
        return vtype
    try:
        return _BY_NUMBER[int(vtype)]
    except (KeyError, TypeError, ValueError):
        raise ValueError("unsupported field type %r" % (vtype,)) from None


def field_type(kind):
    """The type value this QGIS's ``QgsField`` constructor wants for ``kind``."""
    kind = type_kind(kind)
    return _metatype(kind) if USE_METATYPE else _QVARIANT[kind]


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
            from qgis.core import QgsUnitTypes
            fmt.setSize(font.pointSizeF())
            fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
        if color is not None:
            fmt.setColor(color)
        label.setTextFormat(fmt)
        return
    label.setFont(font)
    if color is not None:
        label.setFontColor(color)


def _always_text():
    enum = getattr(Qgis, "TextRenderFormat", None)
    if enum is not None and hasattr(enum, "AlwaysText"):
        return enum.AlwaysText
    from qgis.core import QgsRenderContext  # QGIS < 3.22
    return QgsRenderContext.TextFormatAlwaysText


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
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFields,
                           QgsVectorFileWriter, QgsWkbTypes)
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
        writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem(),
                                            QgsCoordinateTransformContext(), options)
        ok = writer is not None and writer.hasError() == QgsVectorFileWriter.NoError
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

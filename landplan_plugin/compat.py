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
"""
from qgis.core import Qgis, QgsField, QgsLayoutExporter
from qgis.PyQt.QtCore import QVariant

try:  # QMetaType's Python enum: PyQt5 exposes it as QMetaType.Double …, PyQt6 as QMetaType.Type.Double
    from qgis.PyQt.QtCore import QMetaType
except ImportError:  # pragma: no cover
    QMetaType = None

__all__ = ["USE_METATYPE", "field_type", "new_field", "set_label_font", "pdf_export_settings",
           "TEXT_ALWAYS_TEXT", "label_placement", "parameter_as_fields"]

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

"""Plumbing shared by the plan / task / forecast algorithms: read a table or layer into columns of
plain Python values, write an attribute table (no geometry), and give it its Chinese aliases.

Not an algorithm (no class here is registered); no rule lives here.
"""
from dataclasses import dataclass
from typing import Optional

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsVectorLayer,
    QgsProcessingLayerPostProcessorInterface,
)

from ..compat import save_style_to_database
from .. import compat
from ..i18n import tr_base
from ..qvariant import py_value
from .field_resolution import make_field
from .geometry import repair_geometry, SKIP_GEOMETRY_CHECKS

_POSTPROCESSORS = set()


@dataclass
class Columns:
    """A table read once: the feature ids, one list of plain values per requested field index
    (None where the index is -1), the (repaired) geometries' areas in m² (None: not measured or no
    geometry) and, when asked for, the geometries."""
    fids: list
    values: list
    area_m2: list
    geometries: Optional[list] = None


def read_columns(source, indexes, feedback, progress=(0.0, 50.0), measurer=None, keep_geometry=False,
                 dest_crs=None, context=None):
    """Stream ``source`` once into :class:`Columns`; None when cancelled.

    ``indexes`` may hold -1. With ``measurer`` the geometry's area (m², repaired first when
    invalid) is measured; with ``keep_geometry`` the (repaired) geometries are kept, in ``dest_crs``
    when given.
    """
    used = sorted({i for i in indexes if i >= 0})
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(used)
    if measurer is None and not keep_geometry:
        request.setFlags(request.flags() | compat.REQUEST_NO_GEOMETRY)
    transform = None
    if keep_geometry and dest_crs is not None and dest_crs.isValid() and source.sourceCrs() != dest_crs:
        from qgis.core import QgsCoordinateTransform
        transform = QgsCoordinateTransform(source.sourceCrs(), dest_crs, context.transformContext())
    total = source.featureCount() or 0
    lo, hi = progress
    step = (hi - lo) / total if total > 0 else 0
    out = Columns([], [[] for _ in indexes], [], [] if keep_geometry else None)
    for n, feat in enumerate(source.getFeatures(request, SKIP_GEOMETRY_CHECKS)):
        if n % 500 == 0:
            if feedback.isCanceled():
                return None
            if step:
                feedback.setProgress(lo + n * step)
        attrs = feat.attributes()
        for column, i in zip(out.values, indexes):
            column.append(py_value(attrs[i]) if i >= 0 else None)
        area, geom = None, None
        if (measurer is not None or keep_geometry) and feat.hasGeometry():
            geom, _note = repair_geometry(feat.geometry())
            if measurer is not None and not geom.isNull() and not geom.isEmpty():
                area = measurer.measureArea(geom)
        out.fids.append(feat.id())
        out.area_m2.append(area)
        if keep_geometry:
            if geom is not None and transform is not None:
                geom = QgsGeometry(geom)
                geom.transform(transform)
            out.geometries.append(geom)
    return out


def table_fields(spec, types):
    """QgsFields from ``spec`` = ((name, alias), …) and ``types`` = {name: (type kind: "double" …, len, prec)}."""
    from qgis.core import QgsFields
    fields = QgsFields()
    for name, alias in spec:
        vtype, length, prec = types[name]
        fields.append(make_field(name, vtype, alias, length, prec))
    return fields


def create_table_sink(alg, parameters, name, context, fields):
    """An attribute table sink (no geometry): GeoPackage attribute table, CSV, XLSX, memory …"""
    from qgis.core import QgsCoordinateReferenceSystem
    return alg.create_sink(parameters, name, context, fields, compat.WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem())


def write_rows(sink, fields, rows, feedback):
    """Write plain-value rows (lists in field order); False when cancelled or a write failed."""
    for values in rows:
        if feedback.isCanceled():
            return False
        feat = QgsFeature(fields)
        feat.setAttributes(list(values))
        if not sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert):
            return False
    return True


def set_aliases(layer, aliases):
    fields = layer.fields()
    for name, alias in aliases.items():
        idx = fields.indexFromName(name)
        if idx >= 0 and alias:
            layer.setFieldAlias(idx, alias)


class _AliasPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Sets the Chinese aliases (and a .qml style, when given) on an output as it loads."""

    def __init__(self, aliases, qml=None):
        super().__init__()
        self.aliases = dict(aliases)
        self.qml = qml

    def postProcessLayer(self, layer, context, feedback):
        try:
            if isinstance(layer, QgsVectorLayer):
                if self.qml:
                    layer.loadNamedStyle(self.qml)
                set_aliases(layer, self.aliases)
        finally:
            _POSTPROCESSORS.discard(self)


def finish_output(context, dest_id, aliases, feedback, qml=None):
    """Aliases (and a style) for an output: as it loads into a project (post-processor), and on
    disk for a GeoPackage (default style in the file) or a shapefile (``.qml`` beside it)."""
    if context is not None and dest_id and context.willLoadLayerOnCompletion(dest_id):
        processor = _AliasPostProcessor(aliases, qml)
        _POSTPROCESSORS.add(processor)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
    path = str(dest_id or "").split("|")[0].lower()
    if not path.endswith((".gpkg", ".shp")):
        return False
    layer = QgsVectorLayer(str(dest_id), "landplan_output", "ogr")
    if not layer.isValid():
        return False
    if qml:
        layer.loadNamedStyle(qml)
    set_aliases(layer, aliases)
    if path.endswith(".gpkg"):
        err = save_style_to_database(layer, "LandPlan", "LandPlan default style")
        ok = not err
    else:
        import os
        _msg, ok = layer.saveNamedStyle(os.path.splitext(str(dest_id))[0] + ".qml")
    del layer
    if not ok:
        feedback.pushWarning(tr_base("Could not store the field aliases with {path}.").format(path=dest_id))
    return ok


def write_table(alg, parameters, name, context, fields, rows, aliases, feedback):
    """Create the table output ``name``, write ``rows``, give it its aliases. Returns
    (False, None) when cancelled (the partial file is removed), (True, None) when the output
    was skipped (an optional output left empty), else (True, dest_id)."""
    sink, dest_id = create_table_sink(alg, parameters, name, context, fields)
    if sink is None:
        return True, None
    ok = write_rows(sink, fields, rows, feedback)
    del sink
    if not ok:
        alg.discard_partial_output(dest_id, feedback)
        return False, None
    finish_output(context, dest_id, aliases, feedback)
    return True, dest_id


def _is_utf8(path, limit=1 << 20):
    with open(path, "rb") as f:
        data = f.read(limit)
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        return exc.start > len(data) - 4  # cut in the middle of a character at the limit


def table_source(alg, parameters, name, context, feedback, optional=False):
    """``parameterAsSource``, except that a CSV file that is not UTF-8 (Excel's 中文 CSV is GBK) is
    read as GBK through the delimited-text provider — OGR would read its Chinese headers and
    values as garbage. None for an optional parameter left empty."""
    import os
    from qgis.core import QgsProcessingFeatureSource
    from qgis.PyQt.QtCore import QUrl
    raw = py_value(parameters.get(name))
    path = raw if isinstance(raw, str) else ""
    if path.lower().endswith(".csv") and os.path.isfile(path) and not _is_utf8(path):
        # percent-encoded: with a Chinese file name (考核.csv) the decoded URL gives a layer without fields
        url = bytes(QUrl.fromLocalFile(path).toEncoded()).decode("ascii")
        uri = url + "?type=csv&delimiter=,&encoding=GBK&detectTypes=no&geomType=none"
        layer = QgsVectorLayer(uri, os.path.basename(path), "delimitedtext")
        if layer.isValid():
            context.temporaryLayerStore().addMapLayer(layer)  # kept alive for the run
            feedback.pushInfo(tr_base("{path} is not UTF-8: read as GBK.").format(path=path))
            return QgsProcessingFeatureSource(layer, context)
    if optional:
        return alg.parameterAsSource(parameters, name, context)
    return alg.source_or_fail(parameters, name, context)

"""LandPlanAlgorithm: the base class of every LandPlan Processing algorithm — naming,
translation (the class name is the context), help from resources/help, icon, field resolution,
CRS checks, sinks and output fields.

Algorithms keep no per-run state on ``self``: everything a run needs lives in local variables
of ``processAlgorithm`` (QGIS may reuse an instance in batch mode). The shared plumbing lives
beside it by theme: :mod:`.params` (shared parameters, AS_OF), :mod:`.field_resolution`,
:mod:`.geometry` (the one repair), :mod:`.problems` (the one tally), :mod:`.batches` (streaming),
:mod:`.zone_layers` (the one zone index), :mod:`.help`.
"""
import os

from qgis.core import (QgsField, QgsFields, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingParameterField)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import compat
from ..i18n import tr_base
from ..paths import resource
from ..qvariant import py_value
from .field_resolution import find_field
from .geometry import AreaMeasurer, has_crs
from .help import help_html


# ---- reference date (AS_OF) ---------------------------------------------------------------


# ---- parameters several algorithms share (names, options and defaults are kept: saved models
# ---- and batch files use them) -------------------------------------------------------------


# ---- help text (resources/help) -------------------------------------------------------------


class LandPlanAlgorithm(QgsProcessingAlgorithm):
    """Base class: naming, translation, help, icon, field resolution, area measurement."""

    def tr(self, text):  # context = the concrete class name
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def group(self):
        return tr_base("Land efficiency review")

    def groupId(self):
        return "landefficiency"

    def icon(self):
        return QIcon(resource("icons", "landplan.svg"))

    def helpUrl(self):
        return ""

    def shortHelpString(self):
        """From ``resources/help/<name>.html`` (and ``.zh_Hans.html``); see resources/help/README.md."""
        return help_html(self.name()) or ""

    def checkParameterValues(self, parameters, context):
        """QGIS's date parameter only takes ISO text and its enums only numbers; users type
        2024年6月30日 or STANDARD=puyang_etdz in qgis_process and models. Accept any date
        LandPlan's parser reads and enum options named by label or id (the algorithm reads the raw
        text itself), and let QGIS check everything else."""
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            return ok, message
        patched = None
        for definition in self.parameterDefinitions():
            value = parameters.get(definition.name())
            if definition.type() == "enum":
                index = self._enum_from_text(definition, value)
                if index is not None:
                    patched = dict(parameters) if patched is None else patched
                    patched[definition.name()] = index
                continue
            if definition.type() == "datetime" and isinstance(value, str) and value.strip():
                from ..core.dates import parse_date
                parsed, _ = parse_date(value, definition.name())
                if parsed is not None:
                    patched = dict(parameters) if patched is None else patched
                    patched[definition.name()] = parsed.isoformat()
        if patched is None:
            return ok, message
        return super().checkParameterValues(patched, context)

    @staticmethod
    def _enum_from_text(definition, value):
        """Index (or list of indexes) of enum options given as text: the option label, or the id in
        its parentheses (``puyang_other``, ``GBK``); comma-separated for multiple choice. None when
        the value is not such text (numbers are QGIS's business)."""
        if not isinstance(value, str) or not value.strip():
            return None
        parts = [p.strip() for p in value.split(",")] if definition.allowMultiple() else [value.strip()]
        if all(p.lstrip("-").isdigit() for p in parts):
            return None
        options = definition.options()
        indexes = []
        for part in parts:
            key = part.lower()
            found = None
            for i, label in enumerate(options):
                low = label.lower()
                if key == low or low.endswith("(%s)" % key) or ("(%s)" % key) in low:
                    found = i
                    break
            if found is None:
                if part.lstrip("-").isdigit():
                    found = int(part)
                else:
                    return None
            indexes.append(found)
        return indexes if definition.allowMultiple() else indexes[0]

    def parameterAsEnum(self, parameters, name, context):
        index = self._enum_from_text(self.parameterDefinition(name), parameters.get(name))
        if index is not None:
            return index
        return super().parameterAsEnum(parameters, name, context)

    def parameterAsEnums(self, parameters, name, context):
        indexes = self._enum_from_text(self.parameterDefinition(name), parameters.get(name))
        if indexes is not None:
            return indexes
        return super().parameterAsEnums(parameters, name, context)

    def postProcessAlgorithm(self, context, feedback):
        """Write any style that could not be stored while the sink was open (see styling.finish_output)."""
        from ..output.styling import complete_pending
        complete_pending(self, feedback)
        return {}

    # ---- parameters -------------------------------------------------------------------
    def add_field_param(self, name, description="", parent="INPUT", numeric=False, default=None,
                        advanced=False, any_type=False):
        """Optional field parameter. ``default`` is a field name the dialog preselects when the
        layer has it (a missing default is treated as "not given", see :meth:`resolve_field`)."""
        ftype = compat.FIELD_NUMERIC if numeric and not any_type else compat.FIELD_ANY
        param = QgsProcessingParameterField(name, description, defaultValue=default,
                                            parentLayerParameterName=parent, type=ftype, optional=True)
        if advanced:
            param.setFlags(param.flags() | compat.PARAMETER_ADVANCED)
        self.addParameter(param)
        return param

    def set_advanced(self, param):
        param.setFlags(param.flags() | compat.PARAMETER_ADVANCED)
        self.addParameter(param)

    def resolve_field(self, parameters, name, fields, candidates, feedback, label, allow_auto=True):
        """Index of the field given for parameter ``name`` (-1 when none).

        Given explicitly: it must exist (case-insensitively), except when it is the parameter's
        default name (a GUI preselection) and the layer lacks it. Not given: the first field
        named like one of ``candidates`` is used, and the log says so.
        """
        raw = parameters.get(name)
        if isinstance(raw, (list, tuple)):
            raw = raw[0] if raw else None
        raw = py_value(raw)
        if raw not in (None, ""):
            idx = find_field(fields, [str(raw)])
            if idx >= 0:
                return idx
            default = self.parameterDefinition(name).defaultValue()
            if default is None or str(raw) != str(default):
                raise QgsProcessingException(
                    tr_base('Field "{field}" (parameter {param}, {label}) is not in the input layer.').format(
                        field=raw, param=name, label=label))
            feedback.pushInfo(tr_base('The preselected field "{field}" (parameter {param}, {label}) is not in the '
                                      'input layer.').format(field=raw, param=name, label=label))
        if not allow_auto:
            return -1
        idx = find_field(fields, candidates)
        if idx >= 0:
            feedback.pushInfo(tr_base('Using field "{field}" as {label} (found by name).').format(
                field=fields.at(idx).name(), label=label))
        return idx

    # ---- layers, CRS, areas -----------------------------------------------------------
    def source_or_fail(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def check_crs(self, source, label):
        crs = source.sourceCrs()
        if not has_crs(crs):
            raise QgsProcessingException(
                tr_base('Layer "{label}" has no coordinate reference system. Set its CRS (e.g. EPSG:4547 or '
                        'EPSG:4490) in the layer properties and run again; areas cannot be measured without '
                        'it.').format(label=label))
        return crs

    def check_crs_if_spatial(self, source, label):
        """check_crs for a layer with geometry; a table without geometry needs no CRS."""
        if source is None or source.wkbType() == compat.WKB_NO_GEOMETRY:
            return source.sourceCrs() if source is not None else None
        return self.check_crs(source, label)

    def area_measurer(self, crs, context):
        """Areas in m²: planar in a projected CRS (Gauss–Krüger areas, as cadastral areas are
        computed), ellipsoidal on the CRS's ellipsoid (CGCS2000 when it names none) in a
        geographic CRS — never in degrees. The two agree within the GK scale distortion
        (< 0.1 % inside a 3° zone), so EPSG:4490 and EPSG:4547 copies give the same flags away
        from the exact threshold."""
        return AreaMeasurer(crs, context.transformContext())

    # ---- outputs ----------------------------------------------------------------------
    def create_sink(self, parameters, name, context, fields, wkb_type, crs):
        """parameterAsSink, but a shapefile output gets UTF-8 text and a matching .cpg when the
        run has no encoding of its own (QGIS's "System" default writes a .cpg saying "system",
        which other offices' tools read as GBK or Latin-1)."""
        previous = context.defaultEncoding()
        if not previous or previous.lower() == "system":
            context.setDefaultEncoding("UTF-8")
        try:
            destination = self.parameterAsOutputLayer(parameters, name, context) or ""
            if destination.lower().split("|")[0].endswith(".shp"):
                fields = self._shapefile_fields(fields, context.defaultEncoding() or "UTF-8")
            return self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        finally:
            context.setDefaultEncoding(previous)

    @staticmethod
    def _shapefile_fields(fields, encoding):
        """Field names of at most 10 bytes, cut at a character boundary and unique (GDAL would cut
        宗地编号 in the middle of a character); the Chinese original stays as the alias."""
        from ..core.shapefile import short_field_names
        try:
            "".encode(encoding)
        except LookupError:
            encoding = "UTF-8"
        names = fields.names()
        short = short_field_names(names, encoding)
        if short == names:
            return fields
        out = QgsFields()
        for i in range(fields.count()):
            field = QgsField(fields.at(i))
            if short[i] != names[i]:
                field.setAlias(field.alias() or names[i])
                field.setName(short[i])
            out.append(field)
        return out

    def discard_partial_output(self, dest_id, feedback):
        """After a cancel: delete a file output this run was writing, so nothing half-written
        looks finished. Layers inside a shared GeoPackage (``|layername=``) and database
        tables are left to the provider."""
        if not isinstance(dest_id, str) or "|" in dest_id or "://" in dest_id:
            return False
        path = dest_id
        stem, ext = os.path.splitext(path)
        ext = ext.lower()
        if ext == ".shp":
            victims = [stem + e for e in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qml", ".qix")]
        elif ext in (".gpkg", ".sqlite", ".geojson", ".fgb", ".csv", ".gml", ".kml", ".tab", ".xlsx"):
            victims = [path, path + "-wal", path + "-shm", path + "-journal"]
        else:
            return False
        removed = False
        for victim in victims:
            if os.path.isfile(victim):
                try:
                    os.remove(victim)
                    removed = True
                except OSError:
                    pass
        if removed:
            feedback.pushWarning(tr_base("Cancelled: the unfinished output {path} was removed.").format(path=path))
        return removed

    def output_fields(self, input_fields, added, feedback):
        """Input fields followed by ``added``; an input field whose name clashes with an added one
        (case-insensitively, as GeoPackage and shapefile compare) is replaced, with a warning.

        Returns (fields, kept_input_indexes).
        """
        added_names = {f.name().lower() for f in added}
        out = QgsFields()
        kept = []
        for i in range(input_fields.count()):
            field = input_fields.at(i)
            if field.name().lower() in added_names:
                feedback.pushWarning(tr_base(
                    'Input field "{name}" has the name of an output field; it is replaced by this run\'s '
                    'value.').format(name=field.name()))
                continue
            out.append(field)
            kept.append(i)
        for field in added:
            out.append(field)
        return out, kept



"""Shared plumbing for LandPlan's Processing algorithms, written once.

Algorithms keep no per-run state on ``self``: everything a run needs lives in local variables
of ``processAlgorithm`` (QGIS may reuse an instance in batch mode).

* fields: :func:`make_field` (through :mod:`..compat`), :func:`find_field`, ``resolve_field``;
* geometry: :func:`repair_geometry` (the one make-valid repair, with its Chinese note;
  :func:`valid_polygon` is it for polygon-only work), :func:`polygonal` (the one "polygon parts
  only" filter), :class:`AreaMeasurer` (m² in any CRS); the zone index is :mod:`.zone_layers`;
* data problems: :class:`ProblemTally` (the one tally: count per kind and field with the first
  examples, one log line each);
* reference date: :func:`add_as_of_param` / :func:`as_of_value` (``AS_OF``, parsed by
  :mod:`..core.dates`);
* help: ``shortHelpString()`` reads ``resources/help/<algorithm name>[.<lang>].html``
  (:func:`help_html`), in zh-Hans when QGIS runs in Chinese.
"""
import functools
import os
from collections import OrderedDict

from qgis.core import (
    QgsDistanceArea,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingFeatureSource,
    QgsProcessingParameterField,
    QgsGeometry,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from .. import compat
from ..core import fields as field_names
from ..paths import resource

CGCS2000_ELLIPSOID = "EPSG:1024"


def tr_base(text):
    """Strings that belong to the shared plumbing use the context ``LandPlanAlgorithm``."""
    return QCoreApplication.translate("LandPlanAlgorithm", text)


def py_value(value):
    """QVariant NULL → None; other QVariants → their Python value; plain values unchanged."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


def find_field(fields, candidates):
    """Index of the first field named like a candidate (core.fields.find_name), or -1."""
    return field_names.find_name(fields.names(), candidates)


def make_field(name, vtype, alias, length=0, precision=0):
    """An output field with a (translated) alias. ``vtype``: ``QVariant.X`` or a short type name
    (``"int"``, ``"int64"``, ``"double"``, ``"string"``, ``"date"``); see :mod:`..compat`."""
    field = compat.new_field(name, vtype, length, precision)
    field.setAlias(alias)
    return field


class AreaMeasurer:
    """``measureArea(geometry)`` in square metres for any CRS (see area_measurer)."""

    def __init__(self, crs, transform_context):
        self._da = QgsDistanceArea()
        self._da.setSourceCrs(crs, transform_context)
        if crs.isGeographic():
            ellipsoid = crs.ellipsoidAcronym() or CGCS2000_ELLIPSOID
            if not self._da.setEllipsoid(ellipsoid):
                self._da.setEllipsoid(CGCS2000_ELLIPSOID)
        else:
            self._da.setEllipsoid("NONE")  # planar, in the layer's own (projected) units
        self._factor = QgsUnitTypes.fromUnitToUnitFactor(self._da.areaUnits(), QgsUnitTypes.AreaSquareMeters)
        self.ellipsoidal = self._da.willUseEllipsoid()

    def measureArea(self, geometry):  # noqa: N802 (same name as QgsDistanceArea)
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            # planar area of curves (e.g. a PostGIS full-circle CURVEPOLYGON) is measured on
            # the segmentised ring; QgsDistanceArea returns 0 for some of them
            geometry = QgsGeometry(geometry.constGet().segmentize())
        return self._da.measureArea(geometry) * self._factor


def has_crs(crs):
    """A usable CRS. GeoPackages written without one carry GDAL's placeholder "Undefined
    geographic SRS" / "Undefined Cartesian SRS", which QGIS reports as valid: it is not."""
    if not crs.isValid():
        return False
    return bool(crs.authid()) or not crs.description().lower().startswith(("undefined", "unknown"))


def problem_label(kind):
    """Readable name of a problem kind (core.values constants and the algorithms' own)."""
    labels = {
        "not_number": tr_base("text that is not a number"),
        "not_finite": tr_base("NaN or infinite number"),
        "bad_date": tr_base("unreadable date"),
        "non_positive_area": tr_base("zero or negative area"),
        "fraction_percent": tr_base("percent stored as a fraction"),
        "percent_as_ratio": tr_base("ratio stored as a percent"),
        "out_of_range": tr_base("value out of range"),
        "bad_text": tr_base("unrecognised text value"),
        "empty_geometry": tr_base("empty or NULL geometry"),
        "invalid_geometry": tr_base("invalid geometry (repaired)"),
    }
    return labels.get(kind, kind)


def log_problem_counts(feedback, counts):
    """One warning line per kind of data problem: 'N × kind' (``counts``: kind → n, or a
    :class:`ProblemTally`, whose per-field lines are then used)."""
    if isinstance(counts, ProblemTally):
        counts.log(feedback)
        return
    for kind, n in counts.items():
        feedback.pushWarning(tr_base("{n} row value(s) with a data problem: {label}").format(
            n=n, label=problem_label(kind)))


def log_report_problems(feedback, problems, notes=(), most=50):
    """A core report's data-problem texts (the first ``most``, then how many more) and notes,
    one warning line each."""
    for text in list(problems[:most]) + list(notes):
        feedback.pushWarning(text)
    if len(problems) > most:
        feedback.pushWarning(tr_base("… and {n} more data problems.").format(n=len(problems) - most))


class ProblemTally:
    """The one count of data problems in a run: per (kind, field), with the first few examples
    per kind, logged one warning line each.

    ``add(kind, field="", n=1, example=None)`` counts (``kind``: a :mod:`..core.values` kind or
    ``empty_geometry`` / ``invalid_geometry`` or an algorithm's own; ``field``: the field name,
    empty for a whole-row problem; ``example``: a text naming the row, e.g. ``LAYER #fid``);
    ``add_problem(p)`` / ``add_problems(ps)`` count core :class:`Problem` objects; ``kinds()``
    totals per kind in first-seen order; ``log(feedback)`` writes the per-field lines.
    """
    MAX_EXAMPLES = 5

    def __init__(self):
        self.counts = OrderedDict()
        self.examples = {}

    def add(self, kind, field="", n=1, example=None):
        """Count ``n`` problems of ``kind`` (None: nothing to count)."""
        if kind is None:
            return
        key = (kind, field or "")
        self.counts[key] = self.counts.get(key, 0) + n
        if example is not None:
            shown = self.examples.setdefault(kind, [])
            if len(shown) < self.MAX_EXAMPLES:
                shown.append(example)

    def add_problem(self, problem, example=None):
        self.add(problem.kind, problem.field, example=example)

    def add_problems(self, problems):
        for problem in problems:
            self.add(problem.kind, problem.field)

    def count(self, kind):
        """Total count of ``kind`` over all fields."""
        return sum(n for (k, _), n in self.counts.items() if k == kind)

    def kinds(self):
        """{kind: count over all fields}, in first-seen order."""
        out = OrderedDict()
        for (kind, _field), n in self.counts.items():
            out[kind] = out.get(kind, 0) + n
        return out

    def __len__(self):
        return len(self.counts)

    def __bool__(self):
        return bool(self.counts)

    def log(self, feedback):
        for (kind, field_name), n in self.counts.items():
            if field_name:
                feedback.pushWarning(tr_base('{n} value(s) in field "{field}": {label}; see the reason field.').format(
                    n=n, field=field_name, label=problem_label(kind)))
            else:
                feedback.pushWarning(tr_base("{n} row(s): {label}; see the reason field.").format(
                    n=n, label=problem_label(kind)))


# ---- reference date (AS_OF) ---------------------------------------------------------------

def add_as_of_param(alg, name="AS_OF"):
    """The optional reference-date parameter every dated check has (empty = today)."""
    param = QgsProcessingParameterDateTime(
        name, tr_base("Reference date (as of; empty = today, the day of the run)"),
        type=QgsProcessingParameterDateTime.Date, defaultValue=None, optional=True)
    alg.addParameter(param)
    return param


def as_of_value(alg, parameters, context, feedback, name="AS_OF"):
    """The reference date (基准日) of a run as ``datetime.date``.

    Empty (not given, NULL, blank) means **today, evaluated when the run starts** — never when
    the class is defined or the dialog opened — so a saved model or batch job re-run next
    quarter uses that day. Text is read by :func:`..core.dates.parse_date` (2024年6月30日,
    2024/6/30 …). The date used is always written to the log, so a run can be repeated "as of"
    the same day.
    """
    from ..core.dates import AsOfError, reference_date
    raw = py_value(parameters.get(name))
    if not isinstance(raw, str) and raw is not None:
        qdt = alg.parameterAsDateTime(parameters, name, context)
        raw = qdt.date().toPyDate() if qdt is not None and qdt.isValid() else raw
    try:
        value = reference_date(raw)
    except AsOfError:
        message = tr_base('Reference date (AS_OF) "{value}" is not a date (use e.g. 2024-12-31).').format(value=raw)
        raise QgsProcessingException(message) from None
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        feedback.pushInfo(tr_base("Reference date (AS_OF) not given: using today, {date}.").format(
            date=value.isoformat()))
        return value
    feedback.pushInfo(tr_base("Reference date (AS_OF): {date}.").format(date=value.isoformat()))
    return value


# ---- parameters several algorithms share (names, options and defaults are kept: saved models
# ---- and batch files use them) -------------------------------------------------------------

#: the built-in land-use presets, in the order of the CLASSIFICATION options
LANDUSE_PRESET_IDS = ("sandiao_2017", "guotu_2023", "gb50137_2011")


def area_unit_labels():
    """Options of an AREA_UNIT enum: 0 m², 1 亩, 2 公顷."""
    return [tr_base("Square metres (m2)"), tr_base("Mu (mu)"), tr_base("Hectares (ha)")]


def area_unit_param(description, default=0, name="AREA_UNIT"):
    """The unit of a stated-area field (the caller adds it, advanced or not)."""
    return QgsProcessingParameterEnum(name, description, options=area_unit_labels(), defaultValue=default)


def classification_labels(custom=False):
    """Options of the CLASSIFICATION enum: :data:`LANDUSE_PRESET_IDS` (and a custom file)."""
    labels = [tr_base("Third land survey / GB/T 21010-2017 (sandiao_2017)"),
              tr_base("Land and sea use classification 2023 (guotu_2023)"),
              tr_base("GB 50137-2011 urban land (gb50137_2011)")]
    if custom:
        labels.append(tr_base("Custom code lists file (custom)"))
    return labels


def classification_param(custom=False):
    """The land-use classification enum (default: 三调)."""
    return QgsProcessingParameterEnum("CLASSIFICATION", tr_base("Land-use classification"),
                                      options=classification_labels(custom), defaultValue=0)


def add_ledger_param(alg):
    """The optional LEDGER workbook a plans algorithm adds its sheet to."""
    param = QgsProcessingParameterFileDestination(
        "LEDGER", tr_base("Ledger workbook (XLSX; the sheet is added)"), tr_base("Excel files (*.xlsx)"),
        optional=True, createByDefault=False)
    alg.addParameter(param)
    return param


def add_chart_param(alg):
    """The optional CHART (PNG) a plans algorithm draws."""
    param = QgsProcessingParameterFileDestination(
        "CHART", tr_base("Chart (PNG)"), tr_base("PNG files (*.png)"), optional=True, createByDefault=False)
    alg.addParameter(param)
    return param


class PlansGroupMixin:
    """Put an algorithm in the "Plans and tasks" group: ``class X(PlansGroupMixin, LandPlanAlgorithm)``."""

    def group(self):
        return tr_base("Plans and tasks")

    def groupId(self):  # noqa: N802
        return "plans"


# ---- help text (resources/help) -------------------------------------------------------------

def help_language(locale=None):
    """``"zh_Hans"`` when LandPlan runs translated (the QGIS locale, or LANDPLAN_LOCALE), else ``"en"``."""
    from ..i18n import current_locale, qm_path_for
    return "zh_Hans" if qm_path_for(current_locale() if locale is None else locale) else "en"


@functools.lru_cache(maxsize=64)
def _read_help(name, lang):
    for fname in (("%s.%s.html" % (name, lang)) if lang != "en" else None, "%s.html" % name):
        if not fname:
            continue
        path = resource("help", fname)
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                return f.read().strip()
    return None


def help_html(name, locale=None):
    """The help of algorithm ``name``: ``resources/help/<name>.zh_Hans.html`` in Chinese, else
    ``resources/help/<name>.html`` (English); None when there is no file."""
    return _read_help(name, help_language(locale))


class LandPlanAlgorithm(QgsProcessingAlgorithm):
    """Base class: naming, translation, help, icon, field resolution, area measurement."""

    def tr(self, text):  # context = the concrete class name
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def group(self):
        return tr_base("Land efficiency review")

    def groupId(self):  # noqa: N802
        return "landefficiency"

    def icon(self):
        return QIcon(resource("icons", "landplan.svg"))

    def helpUrl(self):  # noqa: N802
        return ""

    def shortHelpString(self):  # noqa: N802
        """From ``resources/help/<name>.html`` (and ``.zh_Hans.html``); see resources/help/README.md."""
        return help_html(self.name()) or ""

    def checkParameterValues(self, parameters, context):  # noqa: N802
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

    def parameterAsEnum(self, parameters, name, context):  # noqa: N802
        index = self._enum_from_text(self.parameterDefinition(name), parameters.get(name))
        if index is not None:
            return index
        return super().parameterAsEnum(parameters, name, context)

    def parameterAsEnums(self, parameters, name, context):  # noqa: N802
        indexes = self._enum_from_text(self.parameterDefinition(name), parameters.get(name))
        if indexes is not None:
            return indexes
        return super().parameterAsEnums(parameters, name, context)

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Write any style that could not be stored while the sink was open (see styling.finish_output)."""
        from ..styling import complete_pending
        complete_pending(self, feedback)
        return {}

    # ---- parameters -------------------------------------------------------------------
    def add_field_param(self, name, description="", parent="INPUT", numeric=False, default=None,
                        advanced=False, any_type=False):
        """Optional field parameter. ``default`` is a field name the dialog preselects when the
        layer has it (a missing default is treated as "not given", see :meth:`resolve_field`)."""
        ftype = QgsProcessingParameterField.Numeric if numeric and not any_type else QgsProcessingParameterField.Any
        param = QgsProcessingParameterField(name, description, defaultValue=default,
                                            parentLayerParameterName=parent, type=ftype, optional=True)
        if advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(param)
        return param

    def set_advanced(self, param):
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
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
        if source is None or source.wkbType() == QgsWkbTypes.NoGeometry:
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


POLYGON_TYPES = [QgsProcessing.TypeVectorPolygon]
#: getFeatures() flag: LandPlan repairs invalid polygons itself (make-valid) and marks the row,
#: instead of letting the user's "stop on invalid geometry" setting abort the run.
SKIP_GEOMETRY_CHECKS = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks


def polygonal(geom):
    """The polygon part of ``geom`` — a polygon / multipolygon / curve polygon as is; the polygons
    of a geometry collection (make-valid and intersections can return lines and points with them)
    — or None when nothing areal is left (NULL or empty in, no polygon part)."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    if QgsWkbTypes.geometryType(geom.wkbType()) == QgsWkbTypes.PolygonGeometry:
        return geom
    if QgsWkbTypes.flatType(geom.wkbType()) == QgsWkbTypes.GeometryCollection:
        g = QgsGeometry(geom)
        if g.convertGeometryCollectionToSubclass(QgsWkbTypes.PolygonGeometry) and not g.isEmpty():
            return g
    return None


REPAIRED_NOTE = "几何无效（自相交等），已用 make-valid 修复"
UNREPAIRABLE_NOTE = "几何无效且无法修复"


def repair_geometry(geom):
    """The one make-valid repair: (geometry, note). A valid, NULL or empty geometry is returned as
    is (note None); an invalid one is repaired with QGIS's make-valid (areas then count each part
    once) and noted in Chinese (:data:`REPAIRED_NOTE`). Make-valid of a polygon can return a
    collection with lines and points: its polygons are kept (:func:`polygonal`). When nothing of
    the input's kind is left, the input comes back with :data:`UNREPAIRABLE_NOTE`."""
    if geom.isGeosValid():  # the common case first: one call
        return geom, None
    if geom.isNull() or geom.isEmpty():
        return geom, None
    fixed = geom.makeValid()
    if fixed.type() != geom.type() and geom.type() == QgsWkbTypes.PolygonGeometry:
        fixed = polygonal(fixed)
    elif fixed.type() != geom.type():
        parts = fixed.convertToType(geom.type(), True)
        fixed = parts if parts is not None and not parts.isNull() else fixed
    if fixed is None or fixed.isNull() or fixed.isEmpty():
        return geom, UNREPAIRABLE_NOTE
    return fixed, REPAIRED_NOTE


def valid_polygon(geom):
    """(polygon or None, repaired?): the polygon part of ``geom`` (:func:`polygonal`), repaired
    by :func:`repair_geometry` when invalid; None when nothing areal is left."""
    geom = polygonal(geom)
    if geom is None:
        return None, False
    fixed, note = repair_geometry(geom)
    if note is None:
        return geom, False
    return (None if note == UNREPAIRABLE_NOTE else fixed), True


def make_valid_polygonal(geom):
    """:func:`valid_polygon` without the flag (kept for the callers that only want the polygon)."""
    return valid_polygon(geom)[0]

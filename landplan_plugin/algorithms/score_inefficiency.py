"""landplan:scoreinefficiency — 低效工业用地评价 (濮政办〔2021〕6号 二(三)1;
《郑州市工业用地布局规划（2021—2035年）》附表2-2).

Every decision is in :mod:`landplan_plugin.core.scoring` (``score_columns``, on a batch of
parcels). This module reads the parameters, resolves the fields, streams the parcels in batches
(:mod:`.batches`), calls ``score_columns`` per batch and writes: through the Processing sink, or —
GeoPackage file to GeoPackage file — by copying the layer with SQLite and updating the new columns
in one transaction, reading the attributes (and planar land areas) by SQL (:mod:`.gdal_io`); both
give the same output.
"""
import dataclasses

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .. import compat
from ..core import fields
from ..core import scoring, units
from ..core.scoring import AREA, COMPLETION, INDUSTRY, OUT_NAMES, REGION, STATUS, SUPPLY_DATE, TOTAL_ROLES
from ..core.standards import INDICATORS, PRESET_IDS, StandardError, load_preset, load_standard
from ..core.values import parse_number
from . import gdal_io
from ..qvariant import py_value
from .base import LandPlanAlgorithm
from .field_resolution import make_field
from .geometry import SKIP_GEOMETRY_CHECKS
from .params import add_as_of_param, as_of_value
from .problems import ProblemTally
from .batches import SinkWriter, read_batches

# Field names users commonly give each input (Chinese, pinyin initials, English).
CANDIDATES = fields.CANDIDATES["scoreinefficiency"]
#: core input role → the field parameter that names it
ROLE_PARAMS = {"tax_per_mu": "TAX_PER_MU_FIELD", "invest_per_mu": "INVEST_PER_MU_FIELD", "far": "FAR_FIELD",
               "coverage": "COVERAGE_FIELD", "tax": "TAX_FIELD", "invest": "INVEST_FIELD",
               "floor_area": "FLOOR_AREA_FIELD", "footprint": "FOOTPRINT_FIELD", AREA: "AREA_FIELD",
               INDUSTRY: "INDUSTRY_FIELD", REGION: "REGION_FIELD", STATUS: "STATUS_FIELD",
               SUPPLY_DATE: "SUPPLY_DATE_FIELD", COMPLETION: "COMPLETION_DATE_FIELD"}
DEFAULT_STATUS_VALUES = scoring.DEFAULT_STATUS_VALUES


class ScoreInefficiency(LandPlanAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "scoreinefficiency"

    def displayName(self):  # noqa: N802
        return self.tr("Score low-efficiency industrial land")

    def shortDescription(self):  # noqa: N802
        return self.tr("Scores industrial parcels by tax per mu, investment intensity, floor-area ratio and "
                       "building coverage, and flags low-efficiency land.")

    def tags(self):
        return self.tr("low-efficiency,industrial land,parcel,score,tax per mu,FAR").split(",")

    def standard_labels(self):
        return [
            self.tr("Puyang · economic-technological industrial cluster (puyang_etdz)"),
            self.tr("Puyang · other industrial clusters (puyang_other)"),
            self.tr("Zhengzhou · per-industry control table (zhengzhou_industry)"),
            self.tr("Custom standards file (custom)"),
        ]

    def mode_labels(self):
        return [self.tr("Binary: full weight when the threshold is reached (binary)"),
                self.tr("Linear: weight × min(value / threshold, 1) (linear)")]

    def area_unit_labels(self):
        return [self.tr("Square metres (m2)"), self.tr("Mu (mu)"), self.tr("Hectares (ha)")]

    def region_labels(self):
        return [self.tr("Zhengzhou city districts (郑州市区)"), self.tr("Other areas (其他区域)")]

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Industrial parcels"), [compat.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterEnum(
            "STANDARD", self.tr("Standard"), options=self.standard_labels(), defaultValue=1))
        self.addParameter(QgsProcessingParameterFile(
            "STANDARD_FILE", self.tr("Custom standards file (JSON, used when given)"),
            extension="json", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "MODE", self.tr("Scoring mode"), options=self.mode_labels(), defaultValue=0))
        cutoff = QgsProcessingParameterNumber(
            "CUTOFF", self.tr("Cut-off score (empty = the standard's, 0.7)"),
            type=compat.NUMBER_DOUBLE, optional=True, minValue=0.0, maxValue=1.0)
        self.addParameter(cutoff)
        self.add_field_param("TAX_PER_MU_FIELD", default=CANDIDATES["TAX_PER_MU_FIELD"][0],
                             description=self.tr("Tax per mu field (万元/亩)"),
                             numeric=True, any_type=True)
        self.add_field_param("INVEST_PER_MU_FIELD", default=CANDIDATES["INVEST_PER_MU_FIELD"][0],
                             description=self.tr("Investment intensity field (万元/亩)"),
                             numeric=True, any_type=True)
        self.add_field_param("FAR_FIELD", default=CANDIDATES["FAR_FIELD"][0],
                             description=self.tr("Floor-area ratio field"),
                             numeric=True, any_type=True)
        self.add_field_param("COVERAGE_FIELD", default=CANDIDATES["COVERAGE_FIELD"][0],
                             description=self.tr("Building coverage field (%)"),
                             numeric=True, any_type=True)
        self.add_field_param("TAX_FIELD", default=CANDIDATES["TAX_FIELD"][0],
                             description=self.tr("Total annual tax field (万元), when tax per mu is not given"),
                             any_type=True)
        self.add_field_param("INVEST_FIELD", default=CANDIDATES["INVEST_FIELD"][0],
                             description=self.tr("Fixed-asset investment field (万元), when intensity is not given"),
                             any_type=True)
        self.add_field_param("FLOOR_AREA_FIELD", default=CANDIDATES["FLOOR_AREA_FIELD"][0],
                             description=self.tr("Total floor area field (m²), when FAR is not given"),
                             any_type=True)
        self.add_field_param("FOOTPRINT_FIELD", default=CANDIDATES["FOOTPRINT_FIELD"][0],
                             description=self.tr("Building footprint field (m²), when coverage is not given"),
                             any_type=True)
        self.add_field_param("AREA_FIELD", default=CANDIDATES["AREA_FIELD"][0],
                             description=self.tr("Land area field (empty = measure the geometry)"),
                             any_type=True)
        self.addParameter(QgsProcessingParameterEnum(
            "AREA_UNIT", self.tr("Land area field unit"), options=self.area_unit_labels(), defaultValue=0))
        self.add_field_param("INDUSTRY_FIELD", default=CANDIDATES["INDUSTRY_FIELD"][0],
                             description=self.tr("Industry code field (GB/T 4754)"),
                             any_type=True)
        self.add_field_param("REGION_FIELD", default=CANDIDATES["REGION_FIELD"][0],
                             description=self.tr("Region class field (Zhengzhou standard)"),
                             any_type=True,
                             advanced=True)
        self.set_advanced(QgsProcessingParameterEnum(
            "REGION", self.tr("Region class when no field is given (Zhengzhou standard)"),
            options=self.region_labels(), defaultValue=1))
        self.add_field_param("STATUS_FIELD", default=CANDIDATES["STATUS_FIELD"][0],
                             description=self.tr("Production status field (停建停产类)"),
                             any_type=True)
        self.set_advanced(QgsProcessingParameterString(
            "STATUS_VALUES", self.tr("Status values meaning construction or production stopped"),
            defaultValue=DEFAULT_STATUS_VALUES, optional=True))
        self.set_advanced(QgsProcessingParameterString(
            "CONSTRUCTION_VALUES", self.tr("Status values meaning the parcel is under construction (在建未达产)"),
            defaultValue=scoring.DEFAULT_CONSTRUCTION_VALUES, optional=True))
        self.set_advanced(QgsProcessingParameterNumber(
            "CONSTRUCTION_YEARS", self.tr("Construction period after the supply date when the parcel has no "
                                          "completion date (years)"),
            type=compat.NUMBER_DOUBLE, defaultValue=scoring.DEFAULT_CONSTRUCTION_YEARS,
            minValue=0.0, maxValue=20.0, optional=True))
        self.add_field_param("SUPPLY_DATE_FIELD", default=CANDIDATES["SUPPLY_DATE_FIELD"][0],
                             description=self.tr("Supply date field (start of the construction period)"),
                             any_type=True, advanced=True)
        self.add_field_param("COMPLETION_DATE_FIELD", default=CANDIDATES["COMPLETION_DATE_FIELD"][0],
                             description=self.tr("Agreed completion / full-production date field (标准地 竣工/达产)"),
                             any_type=True, advanced=True)
        add_as_of_param(self)
        self.set_advanced(QgsProcessingParameterString(
            "PHASEOUT_CODES", self.tr("Industry codes being phased out (产业转型类), comma separated"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Scored parcels"), compat.SOURCE_POLYGON))

    # ------------------------------------------------------------------------------------
    def _standard(self, parameters, context):
        path = self.parameterAsFile(parameters, "STANDARD_FILE", context)
        choice = self.parameterAsEnum(parameters, "STANDARD", context)
        try:
            if path:
                return load_standard(path)
            if choice >= len(PRESET_IDS):
                raise QgsProcessingException(self.tr("The custom standard needs a standards file (STANDARD_FILE)."))
            return load_preset(PRESET_IDS[choice])
        except StandardError as exc:
            raise QgsProcessingException(str(exc)) from None

    def _added_fields(self):
        f = []
        labels = {"tax_per_mu": (self.tr("Tax per mu (万元/亩)"), self.tr("Tax per mu points")),
                  "invest_per_mu": (self.tr("Investment intensity (万元/亩)"), self.tr("Investment intensity points")),
                  "far": (self.tr("Floor-area ratio"), self.tr("Floor-area ratio points")),
                  "coverage": (self.tr("Building coverage (%)"), self.tr("Building coverage points"))}
        for key in INDICATORS:
            vname, pname = OUT_NAMES[key]
            f.append(make_field(vname, "double", labels[key][0], 20, 4))
            f.append(make_field(pname, "double", labels[key][1], 20, 4))
        f.append(make_field("ie_areamu", "double", self.tr("Land area (mu)"), 20, 4))
        f.append(make_field("ie_score", "double", self.tr("Composite score"), 20, 4))
        f.append(make_field("ie_flag", "int", self.tr("Low-efficiency flag (1 yes, 0 no, empty undetermined)")))
        f.append(make_field("ie_type", "string", self.tr("Low-efficiency type"), 50))
        f.append(make_field("ie_reason", "string", self.tr("Reason"), 0))
        f.append(make_field("ie_std", "string", self.tr("Standard applied"), 60))
        return f

    def _setup(self, parameters, context, source, feedback):
        """The run's :class:`ScoringSetup` and the field index of every role used."""
        standard = self._standard(parameters, context)
        fields = source.fields()
        phaseout = scoring.split_list(self.parameterAsString(parameters, "PHASEOUT_CODES", context))
        given = {role for role, p in ROLE_PARAMS.items() if parameters.get(p) not in (None, "", [])}
        indexes = {}

        def find(role, allow_auto, label=None):
            param = ROLE_PARAMS[role]
            label = label or (self.tr("precomputed indicator") if role in INDICATORS
                              else self.tr("total for the indicator"))
            idx = self.resolve_field(parameters, param, fields, CANDIDATES[param], feedback, label, allow_auto)
            if idx < 0:
                return None
            indexes[role] = idx
            return fields.at(idx).name()

        names = scoring.pick_indicator_fields(given, find)
        for key in INDICATORS:
            if key not in names and TOTAL_ROLES[key] not in names:
                raise QgsProcessingException(self.tr(
                    "No field for {name}: give a precomputed field or a total field.").format(
                        name=scoring.INDICATOR_NAMES[key]))
        # AREA_FIELD auto-detected only when not passed at all; passed empty = measure the geometry
        for role, label, auto in ((AREA, self.tr("land area"), "AREA_FIELD" not in parameters),
                                  (INDUSTRY, self.tr("industry code"), standard.per_industry or bool(phaseout)),
                                  (REGION, self.tr("region class"), standard.per_industry),
                                  (STATUS, self.tr("production status"), True)):
            name = find(role, auto, label)
            if name:
                names[role] = name
        construction = scoring.split_list(self.parameterAsString(parameters, "CONSTRUCTION_VALUES", context))
        if STATUS in names and construction:
            for role, label in ((SUPPLY_DATE, self.tr("supply date")), (COMPLETION, self.tr("completion date"))):
                name = find(role, True, label)
                if name:
                    names[role] = name
        cutoff = None
        if parameters.get("CUTOFF") not in (None, ""):
            cutoff = self.parameterAsDouble(parameters, "CUTOFF", context)
        setup = scoring.ScoringSetup(
            standard=standard, fields=names, cutoff=cutoff,
            mode=scoring.SCORING_MODES[self.parameterAsEnum(parameters, "MODE", context)],
            area_unit=units.AREA_UNITS[self.parameterAsEnum(parameters, "AREA_UNIT", context)],
            fixed_region=scoring.REGION_CLASSES[self.parameterAsEnum(parameters, "REGION", context)],
            status_values=scoring.split_list(self.parameterAsString(parameters, "STATUS_VALUES", context)),
            phaseout_codes=phaseout, construction_values=construction,
            construction_years=(scoring.DEFAULT_CONSTRUCTION_YEARS if parameters.get("CONSTRUCTION_YEARS") in (None, "")
                                else self.parameterAsDouble(parameters, "CONSTRUCTION_YEARS", context)),
            as_of=as_of_value(self, parameters, context, feedback) if STATUS in names and construction else None)
        if "no_industry_field" in setup.warnings():
            feedback.pushWarning(self.tr("The per-industry standard needs an industry code field; "
                                         "every parcel is scored with the default thresholds."))
        if "phaseout_without_industry" in setup.errors():
            raise QgsProcessingException(self.tr("Phase-out industry codes were given but no industry code field."))
        return setup, indexes

    def _check_columns(self, parameters, source, setup, indexes, measurer, feedback, fast=None):
        """The area field's unit (checked against the geometry) and a 建筑系数 column holding
        fractions: both decided by the core on a sample / the distinct values."""
        if setup.has("coverage"):
            # distinct values are enough to decide (SQL or QGIS collect them without a Python loop)
            values = fast.distinct_values(setup.fields["coverage"]) if fast is not None else None
            if values is None:
                values = [py_value(v) for v in source.uniqueValues(indexes["coverage"])]
            if scoring.coverage_scale(values) != 1.0:
                setup = dataclasses.replace(setup, coverage_scale=100.0)
                feedback.pushWarning(self.tr(
                    'Field "{field}" holds building coverage as fractions (all values between 0 and 1); '
                    'they are read as percent ×100 (0.45 → 45%).').format(field=setup.fields["coverage"]))
        if not setup.has(AREA):
            return setup
        pairs = []
        for f in source.getFeatures(QgsFeatureRequest().setLimit(500), SKIP_GEOMETRY_CHECKS):
            geom = f.geometry()
            if not geom.isNull() and not geom.isEmpty():
                pairs.append((parse_number(py_value(f.attributes()[indexes[AREA]]), "")[0], measurer.measureArea(geom)))
        detected = units.detect_area_unit(pairs)
        unit, verdict = units.choose_area_unit(detected, setup.area_unit, "AREA_UNIT" in parameters)
        unit_names = {"m2": self.tr("square metres"), "mu": self.tr("mu"), "ha": self.tr("hectares")}
        if verdict == units.UNIT_ADOPTED:
            feedback.pushWarning(self.tr(
                'Field "{field}" holds areas in {unit} (compared with the geometry); it is read in {unit}. '
                'Pass AREA_UNIT to override.').format(field=setup.fields[AREA], unit=unit_names[unit]))
        elif verdict == units.UNIT_CONFLICT:
            feedback.pushWarning(self.tr(
                'Field "{field}" looks like {detected} compared with the geometry, but AREA_UNIT says {unit}; '
                'check the unit.').format(field=setup.fields[AREA], detected=unit_names[detected],
                                          unit=unit_names[unit]))
        return dataclasses.replace(setup, area_unit=unit)

    def _log_summary(self, feedback, problems, summary):
        problems.log(feedback)
        labels = {scoring.NOT_LOW_EFFICIENCY: self.tr("not low-efficiency"),
                  scoring.TYPE_CONSTRUCTION: self.tr("under construction, within its period (在建未达产, not scored)"),
                  scoring.TYPE_UNDETERMINED: self.tr("undetermined (待核实)")}
        feedback.pushInfo(self.tr("Summary (count, area in mu):"))
        for bucket, (count, mu) in summary.items():
            feedback.pushInfo("  %s: %d, %.2f %s" % (labels.get(bucket, bucket), count, mu, self.tr("mu")))

    def _writer_and_batches(self, parameters, context, source, setup, indexes, measurer, out, fast, feedback):
        """Where the run writes (the direct GeoPackage writer, else the Processing sink) and how it
        reads (SQL when the direct writer can, else QGIS features in batches)."""
        out_fields, kept = out
        if fast is not None:
            feedback.pushInfo(self.tr("GeoPackage written directly: the layer is copied and the new fields are "
                                      "filled in one SQL transaction."))
            progress = (fast.copy_share, 95.0 - fast.copy_share)
            batches = fast.sql_batches(source, setup.fields, feedback, progress,
                                       measurer=None if setup.has(AREA) else measurer, dates=(SUPPLY_DATE, COMPLETION))
            if batches is not None:
                feedback.pushInfo(self.tr("Attributes read with SQL; only parcels whose geometry is NULL, empty, "
                                          "invalid or of another type are read through QGIS."))
                return fast, batches
            # areas on the ellipsoid (geographic CRS) are QGIS's: read the features through QGIS
            return fast, read_batches(source, indexes, feedback, None if setup.has(AREA) else measurer, False,
                                      progress, check_type=fast.wkb_type)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields, source.wkbType(),
                                         source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        writer = SinkWriter(sink, dest_id, out_fields, kept, source.fields().count(), scoring.OUTPUT_FIELDS)
        return writer, read_batches(source, indexes, feedback, None if setup.has(AREA) else measurer, True)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_fail(parameters, self.INPUT, context)
        crs = self.check_crs(source, self.tr("Industrial parcels"))
        setup, indexes = self._setup(parameters, context, source, feedback)
        measurer = self.area_measurer(crs, context)
        out = self.output_fields(source.fields(), self._added_fields(), feedback)
        # GeoPackage file → GeoPackage file: copy the layer and update the new columns in SQL
        fast = gdal_io.FastGpkgOutput.open_for(self, parameters, context, source, out[0], out[1], feedback)
        setup = self._check_columns(parameters, source, setup, indexes, measurer, feedback, fast)
        feedback.pushInfo(self.tr("Standard: {name} ({id}); mode {mode}; cut-off {cutoff}").format(
            name=setup.standard.name, id=setup.standard.id, mode=setup.mode, cutoff=setup.cutoff))
        writer, batches = self._writer_and_batches(parameters, context, source, setup, indexes, measurer, out,
                                                   fast, feedback)
        problems, counts, summary = ProblemTally(), {}, {}
        try:
            for batch in batches:
                scored = scoring.score_columns(setup, batch.columns, n=batch.n, geom_area_m2=batch.geom_area_m2,
                                               geom_empty=batch.geom_empty, geom_note=batch.geom_note,
                                               counts=counts)
                writer.write(batch, scored)
                scoring.tally(scored, summary)
        except BaseException:
            writer.abort()  # the direct writer leaves no half-written file
            raise
        dest_id = writer.dest_id
        writer.close(feedback)  # closes the file (so its style can be stored inside it, or it can be removed)
        del writer
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..output.styling import finish_output
        finish_output(self, context, dest_id, "scoring", feedback)
        feedback.setProgress(100)
        for (kind, field_name), n in counts.items():
            problems.add(kind, field_name, n)
        self._log_summary(feedback, problems, summary)
        return {self.OUTPUT: dest_id}

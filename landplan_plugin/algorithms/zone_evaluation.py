"""landplan:zoneevaluation — 开发区土地集约利用评价 (TD/T 1029 structure).

Thin adapter: reads the parameters, measures each layer inside each zone (``zone_measures``),
lets ``core/evaluation.py`` compute every indicator, 实现度, 集约度 and potential, and writes one
feature per zone (and optionally the indicator table as XLSX). The rules: core/evaluation.py.
"""
import os

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from .. import compat
from ..core import fields
from ..core import evaluation as ev
from ..core import landuse
from ..core.lazy import lazy_module
from ..core.units import M2_PER_HA
from . import zone_measures as zm
from ..i18n import tr_base
from .base import LandPlanAlgorithm
from .field_resolution import find_field, make_field
from .problems import ProblemTally
from .params import classification_param, LANDUSE_PRESET_IDS
from .params import add_as_of_param, as_of_value
from .batches import column_lists
from .zone_layers import ZoneSet, optional_source

PRESET_IDS = LANDUSE_PRESET_IDS
#: the optional layers, each measured inside the zones when given
OPTIONAL_LAYERS = ("SUPPLIED", "READY", "BUILDINGS", "PARCELS", "IDLE")
CANDIDATES = fields.CANDIDATES["zoneevaluation"]
np = lazy_module("numpy")
#: output field of each base area (core.evaluation.BASE_AREAS key), in 公顷
AREA_FIELDS = (("zone_ha", "zone"), ("dev_ha", "buildable"), ("ready_ha", "ready"), ("supp_ha", "supplied"),
               ("built_ha", "built"), ("ind_ha", "industrial"), ("idle_ha", "idle"), ("supyr_ha", "mean_supply"))


class ZoneEvaluation(LandPlanAlgorithm):
    def name(self):
        return "zoneevaluation"

    def displayName(self):  # noqa: N802
        return self.tr("Evaluate development-zone land use (intensity)")

    def shortDescription(self):  # noqa: N802
        return self.tr("TD/T 1029-style indicators per zone, the intensity score, potentials and years of "
                       "supply left.")

    def tags(self):
        return self.tr("development zone,evaluation,intensity,TD/T 1029,potential,floor area ratio").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802
        poly = [compat.SOURCE_POLYGON]
        self.addParameter(QgsProcessingParameterFeatureSource("ZONES", self.tr("Development zones"), poly))
        self.add_field_param("ZONE_NAME_FIELD", self.tr("Zone name field"), parent="ZONES", any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource("LANDUSE", self.tr("Land use (三调 polygons)"), poly))
        self.add_field_param("LANDUSE_FIELD", self.tr("Land-use code field"), parent="LANDUSE", any_type=True)
        self.addParameter(classification_param())
        self.addParameter(QgsProcessingParameterEnum("NUMERATOR", self.tr("Industrial land counted"), options=[
            self.tr("Industrial, mining and warehousing land (industrial)"),
            self.tr("Industrial land only (industrial_only)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SUPPLIED", self.tr("Supplied state construction land (供地)"), poly, optional=True))
        self.add_field_param("SUPPLY_DATE_FIELD", self.tr("Supply date field"), parent="SUPPLIED", any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "READY", self.tr("Land ready for supply (已达到供地条件)"), poly, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "BUILDINGS", self.tr("Buildings (footprints)"), poly, optional=True))
        self.add_field_param("FLOOR_AREA_FIELD", self.tr("Floor area field (m², whole building)"),
                             parent="BUILDINGS", any_type=True)
        self.add_field_param("FLOORS_FIELD", self.tr("Floors field"), parent="BUILDINGS", any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PARCELS", self.tr("Industrial parcels (investment and tax)"), poly, optional=True))
        self.add_field_param("INVEST_FIELD", self.tr("Fixed-asset investment field (total, 万元)"),
                             parent="PARCELS", any_type=True)
        self.add_field_param("TAX_FIELD", self.tr("Tax field (total, 万元)"), parent="PARCELS", any_type=True)
        self.add_field_param("INVEST_PER_MU_FIELD", self.tr("Investment per mu field (used when no total)"),
                             parent="PARCELS", any_type=True, advanced=True)
        self.add_field_param("TAX_PER_MU_FIELD", self.tr("Tax per mu field (used when no total)"),
                             parent="PARCELS", any_type=True, advanced=True)
        self.add_field_param("FAR_FIELD", self.tr("Parcel floor-area ratio field (for the intensity potential)"),
                             parent="PARCELS", any_type=True, advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "IDLE", self.tr("Idle-land check output (idle_flag)"), poly, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "EVALUATION_FILE", self.tr("Evaluation file (ideal values and weights, JSON; empty = the example)"),
            extension="json", optional=True))
        add_as_of_param(self)
        self.addParameter(QgsProcessingParameterNumber(
            "SUPPLY_YEARS", self.tr("Years of supply averaged for the years left"),
            type=compat.NUMBER_INTEGER, defaultValue=ev.DEFAULT_SUPPLY_YEARS, minValue=1, maxValue=30))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Zone evaluation"), compat.SOURCE_POLYGON))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_XLSX", self.tr("Indicator table (Excel)"), fileFilter=self.tr("Excel workbook (*.xlsx)"),
            optional=True, createByDefault=False))

    # ---- steps ------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        run = self._read_inputs(parameters, context, feedback)
        zones = ZoneSet.read(run["zones"], run["zone_name_idx"], feedback)
        for name in zones.repaired:
            feedback.pushWarning(self.tr('Zone "{name}" has an invalid polygon; it was repaired (make valid).').format(
                name=name))
        measurer = self.area_measurer(zones.crs, context)
        measures, tally, unknown = self._measure(run, zones, measurer, context, feedback)
        if feedback.isCanceled():
            return {}
        spec = run["spec"]
        results = ev.evaluate_zones(measures, spec, run["years"])
        results["eval_note"] = ev.evaluation_notes(results, spec)
        columns = column_lists(results, _output_columns(spec))
        fields, kept = self.output_fields(run["zones"].fields(), self._added_fields(spec), feedback)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields,
                                         QgsWkbTypes.multiType(run["zones"].wkbType()), zones.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        as_of = QDate(run["as_of"].year, run["as_of"].month, run["as_of"].day)
        for zone in zones:
            row = [zone.attrs[k] for k in kept] + [zone.name] + [col[zone.index] for col in columns] + [spec.id, as_of]
            feat = QgsFeature(fields)
            feat.setAttributes(row)
            if zone.geom is not None:
                geom = QgsGeometry(zone.geom)
                geom.convertToMultiType()
                feat.setGeometry(geom)
            sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
        del sink
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..output.styling import finish_output
        finish_output(self, context, dest_id, "evaluation", feedback)
        outputs = {"OUTPUT": dest_id}
        xlsx = self.parameterAsFileOutput(parameters, "OUTPUT_XLSX", context)
        if xlsx:
            outputs["OUTPUT_XLSX"] = self._write_xlsx(xlsx, zones, results, spec, run, feedback)
        self._log(zones, results, tally, unknown, spec, feedback)
        feedback.setProgress(100)
        return outputs

    def _read_inputs(self, parameters, context, feedback):
        run = {"zones": self.source_or_fail(parameters, "ZONES", context),
               "landuse": self.source_or_fail(parameters, "LANDUSE", context)}
        self.check_crs(run["zones"], self.tr("Development zones"))
        self.check_crs(run["landuse"], self.tr("Land use"))
        for name in OPTIONAL_LAYERS:
            run[name] = optional_source(self, parameters, name, context)
            if run[name] is not None:
                self.check_crs(run[name], name)
        run["zone_name_idx"] = self.resolve_field(parameters, "ZONE_NAME_FIELD", run["zones"].fields(),
                                                  CANDIDATES["ZONE_NAME_FIELD"], feedback, self.tr("zone name"))
        run["code_idx"] = self.resolve_field(parameters, "LANDUSE_FIELD", run["landuse"].fields(),
                                             CANDIDATES["LANDUSE_FIELD"], feedback, self.tr("land-use code"))
        if run["code_idx"] < 0:
            raise QgsProcessingException(self.tr("No land-use code field: choose one in LANDUSE_FIELD (e.g. DLBM)."))
        for param, layer in (("SUPPLY_DATE_FIELD", "SUPPLIED"), ("FLOOR_AREA_FIELD", "BUILDINGS"),
                             ("FLOORS_FIELD", "BUILDINGS"), ("INVEST_FIELD", "PARCELS"), ("TAX_FIELD", "PARCELS"),
                             ("INVEST_PER_MU_FIELD", "PARCELS"), ("TAX_PER_MU_FIELD", "PARCELS"),
                             ("FAR_FIELD", "PARCELS")):
            src = run[layer]
            run[param] = -1 if src is None else self.resolve_field(
                parameters, param, src.fields(), CANDIDATES[param], feedback, param)
        path = self.parameterAsFile(parameters, "EVALUATION_FILE", context)
        try:
            run["spec"] = ev.load_evaluation(path or "example_tdt1029")
            run["preset"] = landuse.load_preset(PRESET_IDS[self.parameterAsEnum(parameters, "CLASSIFICATION", context)])
        except (ev.EvaluationError, landuse.PresetError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        run["variant"] = landuse.VARIANTS[self.parameterAsEnum(parameters, "NUMERATOR", context)]
        run["as_of"] = as_of_value(self, parameters, context, feedback)
        run["years"] = self.parameterAsInt(parameters, "SUPPLY_YEARS", context)
        spec = run["spec"]
        date_idx = run["SUPPLY_DATE_FIELD"]
        run["setup"] = ev.evaluation_setup(
            spec, {name: run[name].fields().names() for name in OPTIONAL_LAYERS if run[name] is not None},
            run["SUPPLIED"].fields().at(date_idx).name() if date_idx >= 0 else None)
        feedback.pushInfo(self.tr("Evaluation file: {name} ({id}).").format(name=spec.name, id=spec.id))
        if ev.EXAMPLE_FILE in run["setup"].warnings():
            feedback.pushWarning(self.tr("This evaluation file is an EXAMPLE, not an official standard: use the "
                                         "ideal values and weights your province publishes (EVALUATION_FILE)."))
        first, last = ev.supply_window(run["as_of"], run["years"])
        feedback.pushInfo(self.tr("Mean yearly supply over {first}–{last}.").format(first=first, last=last))
        return run

    def _measure(self, run, zones, measurer, context, feedback):
        """Per-zone measures (m², 万元) for core.evaluation.evaluate_zones (a key left out: the layer was not
        given), the problem tally and the areas of unknown codes."""
        n = len(zones)
        supplied_pieces = registered = None
        tally = ProblemTally()
        spec, preset, variant, setup = run["spec"], run["preset"], run["variant"], run["setup"]
        m = {"zone_m2": [measurer.measureArea(z.geom) if z.geom is not None else 0.0 for z in zones.zones]}
        lu = zm.landuse(run["landuse"], run["code_idx"], zones,
                        lambda codes: ev.land_classes_columns(codes, preset, spec.unbuildable_codes, variant),
                        measurer, context, feedback, tally, (0, 50), setup.measures("BUILDINGS"))
        m.update({k: lu[k] for k in ("unbuildable_m2", "built_m2", "industrial_m2")})
        if setup.measures("SUPPLIED"):
            if ev.NO_SUPPLY_DATE in setup.warnings():
                feedback.pushWarning(self.tr("No supply date field: every supply counts as supplied and the years "
                                             "of supply left cannot be computed."))
            sup = zm.layer_pieces(run["SUPPLIED"], "SUPPLIED", zones, context, feedback, tally, (50, 65),
                                  zm.supply_buckets(run["SUPPLY_DATE_FIELD"], run["as_of"], run["years"]))
            supplied_pieces = sup.get("supplied", [[] for _ in range(n)])
            recent = [zm.union_area(p, measurer)[0] for p in sup.get("recent", [[] for _ in range(n)])]
            m["recent_supply_m2"] = recent if setup.has("supply_date") else None
        ready = None
        if setup.measures("READY"):
            ready = zm.layer_pieces(run["READY"], "READY", zones, context, feedback, tally, (65, 70)).get(
                "all", [[] for _ in range(n)])
        if ev.NO_IDLE_FLAG in setup.warnings():
            feedback.pushWarning(self.tr('The idle-land layer has no field "idle_flag"; the idle rate stays '
                                         'empty.'))
        if setup.measures("IDLE"):
            flag_idx = find_field(run["IDLE"].fields(), [setup.fields["idle_flag"]])
            m["idle_m2"] = zm.layer_union(run["IDLE"], "IDLE", zones, measurer, context, feedback, tally, (70, 75),
                                          zm.flag_buckets(flag_idx, "idle")).get("idle", [0.0] * n)
        if setup.measures("BUILDINGS"):
            m.update(zm.buildings(run["BUILDINGS"], run["FLOOR_AREA_FIELD"], run["FLOORS_FIELD"], zones,
                                  lu["industrial_geom"], measurer, context, feedback, tally, (75, 88)))
        if setup.measures("PARCELS"):
            idx = {"invest": run["INVEST_FIELD"], "invest_mu": run["INVEST_PER_MU_FIELD"], "tax": run["TAX_FIELD"],
                   "tax_mu": run["TAX_PER_MU_FIELD"], "far": run["FAR_FIELD"]}
            m.update(zm.parcels(run["PARCELS"], idx, zones, spec.ideal("far_ind"), measurer, context, feedback,
                                tally, (88, 97)))
            registered = m.pop("registered")
        if supplied_pieces is not None or registered is not None:  # supply records ∪ registered parcels
            m["supplied_m2"] = zm.union_areas([supplied_pieces, registered], measurer)
        if ready is not None:  # supplied land has reached the supply conditions: READY ∪ supplied
            m["ready_m2"] = zm.union_areas([ready, supplied_pieces, registered], measurer)
        return {k: v for k, v in m.items() if v is not None}, tally, lu["unknown"]

    def _added_fields(self, spec):
        d, s = "double", "string"
        fields = [make_field("zone_name", s, self.tr("Zone name"), 100)]
        labels = {"zone_ha": self.tr("Zone area (ha)"), "dev_ha": self.tr("Buildable land 可开发建设土地 (ha)"),
                  "ready_ha": self.tr("Land ready for supply (ha)"), "supp_ha": self.tr("Supplied land (ha)"),
                  "built_ha": self.tr("Built-up construction land (ha)"),
                  "ind_ha": self.tr("Industrial, mining and warehousing land (ha)"),
                  "idle_ha": self.tr("Idle land (ha)"),
                  "supyr_ha": self.tr("Mean yearly supply (ha)")}
        fields += [make_field(name, d, labels[name], 20, 4) for name, _ in AREA_FIELDS]
        for key, (cn, unit) in ev.INDICATORS.items():
            fields.append(make_field(key, d, "%s(%s)" % (cn, unit) if unit else cn, 20, 4))
        fields += [make_field("score", d, self.tr("Intensity score 集约度 (0–100)"), 20, 4),
                   make_field("pot_ext", d, self.tr("Extension potential 扩展潜力 (ha)"), 20, 4),
                   make_field("pot_int", d, self.tr("Intensity potential 强度潜力 (ha)"), 20, 4),
                   make_field("pot_mgmt", d, self.tr("Management potential 管理潜力 (ha)"), 20, 4)]
        fields += [make_field(ev.ATTAINMENT_FIELDS[k], d, "%s实现度" % ev.INDICATORS[k][0], 20, 4)
                   for k in spec.indicators]
        fields += [make_field("eval_note", s, self.tr("Evaluation note"), 254),
                   make_field("eval_file", s, self.tr("Evaluation file"), 60),
                   make_field("eval_asof", "date", tr_base("Reference date"))]
        return fields

    def _write_xlsx(self, path, zones, results, spec, run, feedback):
        from ..output.evaluation_xlsx import write_indicator_table
        if not path.lower().endswith(".xlsx"):
            path = os.path.splitext(path)[0] + ".xlsx"
        write_indicator_table(path, [z.name for z in zones], results, spec, run["as_of"], feedback)
        return path

    def _log(self, zones, results, tally, unknown, spec, feedback):
        missing = sorted(k for k in spec.indicators if np.isnan(results[k]).any())
        if missing:
            feedback.pushWarning(self.tr("Indicators that could not be computed for some zones (layer not given or "
                                         "denominator 0): {names}. Their weight is redistributed proportionally "
                                         "to the other indicators (see eval_note).").format(
                names="、".join(ev.INDICATORS[k][0] for k in missing)))
        labels = {"supply_undated": self.tr("supplies without a readable date (counted as supplied)"),
                  "supply_future": self.tr("supplies dated after AS_OF (not yet supplied)"),
                  "no_floor_area": self.tr("buildings without floor area or floors (footprint only)"),
                  "invalid_geometry": tr_base("invalid geometry (repaired)"),
                  "empty_geometry": tr_base("empty or NULL geometry"),
                  "not_number": tr_base("text that is not a number"), "bad_date": tr_base("unreadable date"),
                  "out_of_range": tr_base("value out of range")}
        for kind, count in tally.kinds().items():
            if kind in labels:
                feedback.pushWarning("%s: %d" % (labels[kind], count))
                for example in tally.examples.get(kind, []):
                    feedback.pushWarning("  " + example)
        for code, area in sorted(unknown.items(), key=lambda kv: -kv[1]):
            feedback.pushWarning(self.tr("Unknown land-use code {code}: {ha} ha, counted neither as built nor as "
                                         "industrial land.").format(code=code, ha="%.4f" % (area / M2_PER_HA)))
        feedback.pushInfo(self.tr("Zone | score | supply rate % | industrial share % | FAR | years left"))
        summary = column_lists(results, ("score", "sup_rate", "ind_share", "far_all", "yrs_left"))
        for zone in zones:
            feedback.pushInfo("  %s | %s" % (zone.name, " | ".join(_f(col[zone.index]) for col in summary)))


def _output_columns(spec):
    """The columns of core.evaluation.evaluate_zones (and the note) written after zone_name, in order."""
    return ([key + "_ha" for _, key in AREA_FIELDS] + list(ev.INDICATOR_KEYS)
            + ["score", "pot_ext", "pot_int", "pot_mgmt"] + ["r_" + k for k in spec.indicators] + ["eval_note"])


def _f(x):
    return "-" if x is None else "%.2f" % x

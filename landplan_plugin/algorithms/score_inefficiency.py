"""landplan:scoreinefficiency — 低效工业用地评价 (seed 003 §二(三)1; seed 000 附表2-2)."""
import math
from collections import OrderedDict

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from ..core import scoring
from ..core.standards import INDICATORS, PRESET_IDS, StandardError, load_preset, load_standard, normalise_industry_code
from ..core.units import AREA_UNITS, M2_PER_MU, to_m2
from ..core.values import detect_fraction_percent, parse_number
from .base import SKIP_GEOMETRY_CHECKS, LandPlanAlgorithm, log_problem_counts, make_field, py_value, repair_geometry

# Field names users commonly give each input (Chinese, pinyin initials, English).
CANDIDATES = {
    "TAX_PER_MU_FIELD": ["亩均税收", "MJSS", "亩均税收万元", "tax_per_mu", "tax_mu"],
    "INVEST_PER_MU_FIELD": ["投资强度", "TZQD", "亩均投资", "invest_per_mu", "inv_mu"],
    "FAR_FIELD": ["容积率", "RJL", "FAR"],
    "COVERAGE_FIELD": ["建筑系数", "JZXS", "建筑密度", "coverage"],
    "TAX_FIELD": ["税收总额", "SSZE", "年税收", "税收", "tax"],
    "INVEST_FIELD": ["固定资产投资", "GDZCTZ", "固定资产投资额", "投资总额", "TZZE", "invest"],
    "FLOOR_AREA_FIELD": ["总建筑面积", "ZJZMJ", "建筑面积", "JZMJ", "floor_area"],
    "FOOTPRINT_FIELD": ["建筑占地面积", "JZZDMJ", "占地面积", "footprint"],
    "AREA_FIELD": ["用地面积", "YDMJ", "宗地面积", "ZDMJ", "土地面积", "TDMJ"],
    "INDUSTRY_FIELD": ["行业代码", "HYDM", "行业分类代码", "industry"],
    "REGION_FIELD": ["区域类别", "QYLB"],
    "STATUS_FIELD": ["生产状态", "SCZT", "经营状态", "JYZT", "企业状态"],
}
PRECOMPUTED = OrderedDict([("tax_per_mu", "TAX_PER_MU_FIELD"), ("invest_per_mu", "INVEST_PER_MU_FIELD"),
                           ("far", "FAR_FIELD"), ("coverage", "COVERAGE_FIELD")])
TOTALS = OrderedDict([("tax_per_mu", "TAX_FIELD"), ("invest_per_mu", "INVEST_FIELD"),
                      ("far", "FLOOR_AREA_FIELD"), ("coverage", "FOOTPRINT_FIELD")])
#: output field names per indicator: (value, points)
OUT_NAMES = {"tax_per_mu": ("ie_tax", "ie_taxpt"), "invest_per_mu": ("ie_inv", "ie_invpt"),
             "far": ("ie_far", "ie_farpt"), "coverage": ("ie_cov", "ie_covpt")}
DEFAULT_STATUS_VALUES = "停产,停建,停工,停业,关停,破产,歇业"


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
            self.INPUT, self.tr("Industrial parcels"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterEnum(
            "STANDARD", self.tr("Standard"), options=self.standard_labels(), defaultValue=1))
        self.addParameter(QgsProcessingParameterFile(
            "STANDARD_FILE", self.tr("Custom standards file (JSON, used when given)"),
            extension="json", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "MODE", self.tr("Scoring mode"), options=self.mode_labels(), defaultValue=0))
        cutoff = QgsProcessingParameterNumber(
            "CUTOFF", self.tr("Cut-off score (empty = the standard's, 0.7)"),
            type=QgsProcessingParameterNumber.Double, optional=True, minValue=0.0, maxValue=1.0)
        self.addParameter(cutoff)
        self.add_field_param("TAX_PER_MU_FIELD", default=CANDIDATES["TAX_PER_MU_FIELD"][0], description=self.tr("Tax per mu field (万元/亩)"), numeric=True, any_type=True)
        self.add_field_param("INVEST_PER_MU_FIELD", default=CANDIDATES["INVEST_PER_MU_FIELD"][0], description=self.tr("Investment intensity field (万元/亩)"), numeric=True, any_type=True)
        self.add_field_param("FAR_FIELD", default=CANDIDATES["FAR_FIELD"][0], description=self.tr("Floor-area ratio field"), numeric=True, any_type=True)
        self.add_field_param("COVERAGE_FIELD", default=CANDIDATES["COVERAGE_FIELD"][0], description=self.tr("Building coverage field (%)"), numeric=True, any_type=True)
        self.add_field_param("TAX_FIELD", default=CANDIDATES["TAX_FIELD"][0], description=self.tr("Total annual tax field (万元), when tax per mu is not given"), any_type=True)
        self.add_field_param("INVEST_FIELD", default=CANDIDATES["INVEST_FIELD"][0], description=self.tr("Fixed-asset investment field (万元), when intensity is not given"), any_type=True)
        self.add_field_param("FLOOR_AREA_FIELD", default=CANDIDATES["FLOOR_AREA_FIELD"][0], description=self.tr("Total floor area field (m²), when FAR is not given"), any_type=True)
        self.add_field_param("FOOTPRINT_FIELD", default=CANDIDATES["FOOTPRINT_FIELD"][0], description=self.tr("Building footprint field (m²), when coverage is not given"), any_type=True)
        self.add_field_param("AREA_FIELD", default=CANDIDATES["AREA_FIELD"][0], description=self.tr("Land area field (empty = measure the geometry)"), any_type=True)
        self.addParameter(QgsProcessingParameterEnum(
            "AREA_UNIT", self.tr("Land area field unit"), options=self.area_unit_labels(), defaultValue=0))
        self.add_field_param("INDUSTRY_FIELD", default=CANDIDATES["INDUSTRY_FIELD"][0], description=self.tr("Industry code field (GB/T 4754)"), any_type=True)
        self.add_field_param("REGION_FIELD", default=CANDIDATES["REGION_FIELD"][0], description=self.tr("Region class field (Zhengzhou standard)"), any_type=True,
                             advanced=True)
        self.set_advanced(QgsProcessingParameterEnum(
            "REGION", self.tr("Region class when no field is given (Zhengzhou standard)"),
            options=self.region_labels(), defaultValue=1))
        self.add_field_param("STATUS_FIELD", default=CANDIDATES["STATUS_FIELD"][0], description=self.tr("Production status field (停建停产类)"), any_type=True)
        self.set_advanced(QgsProcessingParameterString(
            "STATUS_VALUES", self.tr("Status values meaning construction or production stopped"),
            defaultValue=DEFAULT_STATUS_VALUES, optional=True))
        self.set_advanced(QgsProcessingParameterString(
            "PHASEOUT_CODES", self.tr("Industry codes being phased out (产业转型类), comma separated"),
            defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Scored parcels"), QgsProcessing.TypeVectorPolygon))

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Scores each industrial parcel (宗地) and flags low-efficiency industrial land (低效工业用地).</p>"
            "<p><b>Rule</b> (濮政办〔2021〕6号, 全市产业集聚区“百园增效”行动实施方案 §二(三)1): tax per mu weighs 0.4, "
            "investment intensity 0.3, floor-area ratio 0.15 and building coverage 0.15. An indicator earns its "
            "weight when it reaches the threshold (a value equal to the threshold passes). A parcel scoring below "
            "0.7 is extensive-use (粗放用地类) low-efficiency land. Thresholds: Puyang ETDZ 150 万元/亩, 0.6, 40%, "
            "3 万元/亩; other clusters 120 万元/亩, 0.6, 40%, 1.5 万元/亩.</p>"
            "<p>The Zhengzhou standard takes the minimum FAR and investment intensity per industry from "
            "《郑州市工业用地布局规划（2021—2035年）》附表2-2 (万元/公顷 ÷ 15 = 万元/亩) and the tax, coverage, "
            "weights and cut-off from the Puyang 'other clusters' standard. A custom standard is a JSON file in "
            "the format of resources/standards/*.json.</p>"
            "<p>Indicators come from precomputed fields or from totals divided by the land area (an area field "
            "in m², mu or ha, or the geometry's area: planar in a projected CRS, ellipsoidal in a geographic one). A parcel missing an indicator is "
            "undetermined (ie_flag NULL, 待核实) and the reason names what is missing. Construction or "
            "production stopped (停建停产类) comes from the status field; industries being phased out "
            "(产业转型类) from the industry code list.</p>"
            "<p>Output: every input feature and field, plus each indicator's value and points, ie_score, "
            "ie_flag (1 / 0 / NULL), ie_type and ie_reason.</p>")

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
            raise QgsProcessingException(str(exc))

    def _added_fields(self):
        f = []
        labels = {"tax_per_mu": (self.tr("Tax per mu (万元/亩)"), self.tr("Tax per mu points")),
                  "invest_per_mu": (self.tr("Investment intensity (万元/亩)"), self.tr("Investment intensity points")),
                  "far": (self.tr("Floor-area ratio"), self.tr("Floor-area ratio points")),
                  "coverage": (self.tr("Building coverage (%)"), self.tr("Building coverage points"))}
        for key in INDICATORS:
            vname, pname = OUT_NAMES[key]
            f.append(make_field(vname, QVariant.Double, labels[key][0], 20, 4))
            f.append(make_field(pname, QVariant.Double, labels[key][1], 20, 4))
        f.append(make_field("ie_areamu", QVariant.Double, self.tr("Land area (mu)"), 20, 4))
        f.append(make_field("ie_score", QVariant.Double, self.tr("Composite score"), 20, 4))
        f.append(make_field("ie_flag", QVariant.Int, self.tr("Low-efficiency flag (1 yes, 0 no, empty undetermined)")))
        f.append(make_field("ie_type", QVariant.String, self.tr("Low-efficiency type"), 50))
        f.append(make_field("ie_reason", QVariant.String, self.tr("Reason"), 0))
        f.append(make_field("ie_std", QVariant.String, self.tr("Standard applied"), 60))
        return f

    @staticmethod
    def _detect_area_unit(source, area_idx, measurer, sample=500):
        """'m2', 'mu' or 'ha' from the median ratio of the field to the geometry's area over a
        sample of features; None when the sample does not say clearly (no geometry, noise)."""
        request = QgsFeatureRequest().setLimit(sample)
        ratios = []
        for f in source.getFeatures(request, SKIP_GEOMETRY_CHECKS):
            geom = f.geometry()
            if geom.isNull() or geom.isEmpty():
                continue
            value, _ = parse_number(py_value(f.attributes()[area_idx]), "")
            g = measurer.measureArea(geom)
            if value and value > 0 and g > 1.0:
                ratios.append(value / g)
        if len(ratios) < 3:
            return None
        ratios.sort()
        median = ratios[len(ratios) // 2]
        best = min(UNIT_RATIOS, key=lambda u: abs(math.log(median / UNIT_RATIOS[u])))
        return best if abs(math.log(median / UNIT_RATIOS[best])) < math.log(1.3) else None

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_fail(parameters, self.INPUT, context)
        crs = self.check_crs(source, self.tr("Industrial parcels"))
        standard = self._standard(parameters, context)
        mode = scoring.SCORING_MODES[self.parameterAsEnum(parameters, "MODE", context)]
        cutoff = standard.cutoff
        if parameters.get("CUTOFF") not in (None, ""):
            cutoff = self.parameterAsDouble(parameters, "CUTOFF", context)
        area_unit = AREA_UNITS[self.parameterAsEnum(parameters, "AREA_UNIT", context)]
        fixed_region = ("郑州市区", "其他区域")[self.parameterAsEnum(parameters, "REGION", context)]
        status_values = scoring.split_list(self.parameterAsString(parameters, "STATUS_VALUES", context))
        phaseout_codes = scoring.split_list(self.parameterAsString(parameters, "PHASEOUT_CODES", context))

        fields = source.fields()
        names = fields.names()

        # Which field feeds each indicator. Precomputed wins; totals are the per-row fallback.
        explicit = {k for k in CANDIDATES if parameters.get(k) not in (None, "", [])}
        pre_idx, tot_idx = {}, {}
        for key in INDICATORS:
            p, t = PRECOMPUTED[key], TOTALS[key]
            auto_pre = p in explicit or t not in explicit
            pre_idx[key] = self.resolve_field(parameters, p, fields, CANDIDATES[p], feedback,
                                              self.tr("precomputed indicator"), allow_auto=auto_pre)
            tot_idx[key] = self.resolve_field(parameters, t, fields, CANDIDATES[t], feedback,
                                              self.tr("total for the indicator"),
                                              allow_auto=(pre_idx[key] < 0 or t in explicit))
            if pre_idx[key] < 0 and tot_idx[key] < 0:
                raise QgsProcessingException(self.tr(
                    "No field for {name}: give a precomputed field or a total field.").format(
                        name=scoring.INDICATOR_NAMES[key]))
        # Auto-detected only when AREA_FIELD is not passed at all (qgis_process, models); an
        # explicitly empty value (the dialog's blank choice, --AREA_FIELD=) means "measure the geometry".
        area_idx = self.resolve_field(parameters, "AREA_FIELD", fields, CANDIDATES["AREA_FIELD"], feedback,
                                      self.tr("land area"), allow_auto="AREA_FIELD" not in parameters)
        industry_idx = self.resolve_field(parameters, "INDUSTRY_FIELD", fields, CANDIDATES["INDUSTRY_FIELD"],
                                          feedback, self.tr("industry code"),
                                          allow_auto=standard.per_industry or bool(phaseout_codes))
        region_idx = self.resolve_field(parameters, "REGION_FIELD", fields, CANDIDATES["REGION_FIELD"],
                                        feedback, self.tr("region class"), allow_auto=standard.per_industry)
        status_idx = self.resolve_field(parameters, "STATUS_FIELD", fields, CANDIDATES["STATUS_FIELD"],
                                        feedback, self.tr("production status"))
        if standard.per_industry and industry_idx < 0:
            feedback.pushWarning(self.tr("The per-industry standard needs an industry code field; "
                                         "every parcel is scored with the default thresholds."))
        if phaseout_codes and industry_idx < 0:
            raise QgsProcessingException(self.tr("Phase-out industry codes were given but no industry code field."))
        feedback.pushInfo(self.tr("Standard: {name} ({id}); mode {mode}; cut-off {cutoff}").format(
            name=standard.name, id=standard.id, mode=mode, cutoff=cutoff))

        # 建筑系数 is a percent; a column holding fractions (0.45 for 45%) is converted, once, loudly.
        coverage_scale = 1.0
        if pre_idx["coverage"] >= 0:
            # distinct values are enough to decide (and QGIS collects them without a Python loop)
            column = (parse_number(py_value(v), "")[0] for v in source.uniqueValues(pre_idx["coverage"]))
            if detect_fraction_percent(column):
                coverage_scale = 100.0
                feedback.pushWarning(self.tr(
                    'Field "{field}" holds building coverage as fractions (all values between 0 and 1); '
                    'they are read as percent ×100 (0.45 → 45%).').format(field=names[pre_idx["coverage"]]))

        added = self._added_fields()
        out_fields, kept = self.output_fields(fields, added, feedback)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields,
                                             source.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        measurer = self.area_measurer(crs, context)
        if area_idx >= 0:
            detected = self._detect_area_unit(source, area_idx, measurer)
            if detected is not None and detected != area_unit:
                unit_names = {"m2": self.tr("square metres"), "mu": self.tr("mu"), "ha": self.tr("hectares")}
                if "AREA_UNIT" not in parameters:
                    feedback.pushWarning(self.tr(
                        'Field "{field}" holds areas in {unit} (compared with the geometry); it is read in {unit}. '
                        'Pass AREA_UNIT to override.').format(field=names[area_idx], unit=unit_names[detected]))
                    area_unit = detected
                else:
                    feedback.pushWarning(self.tr(
                        'Field "{field}" looks like {detected} compared with the geometry, but AREA_UNIT says {unit}; '
                        'check the unit.').format(field=names[area_idx], detected=unit_names[detected],
                                                  unit=unit_names[area_unit]))
        needs_area = any(pre_idx[k] < 0 or tot_idx[k] >= 0 for k in INDICATORS)
        label_not = self.tr("not low-efficiency")
        label_undetermined = self.tr("undetermined (待核实)")
        total = source.featureCount() or 0
        step = 100.0 / total if total else 0
        weights, base_thresholds = standard.weights, standard.thresholds
        base_th_tuple = tuple(base_thresholds[k] for k in INDICATORS)
        weight_tuple = tuple(weights[k] for k in INDICATORS)
        score_reason, TYPE_EXTENSIVE = scoring.score_reason, scoring.TYPE_EXTENSIVE  # noqa: N806 (hot loop)
        base_scorer = scoring.make_scorer(base_th_tuple, weight_tuple, cutoff, mode)
        summary = OrderedDict()
        problem_counts = OrderedDict()
        keep_all = len(kept) == fields.count()

        indicator_sources = [(key, pre_idx[key], tot_idx[key]) for key in INDICATORS]
        industry_note_cache = {}
        batch = []
        for current, feat in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS)):
            if feedback.isCanceled():
                break
            attrs = feat.attributes()
            notes = []
            geom, geom_note = repair_geometry(feat.geometry())
            if geom_note:
                notes.append(geom_note)
                problem_counts["invalid_geometry"] = problem_counts.get("invalid_geometry", 0) + 1
                feat.setGeometry(geom)

            # land area (m²)
            area_m2 = None
            if area_idx >= 0:
                a = _number(attrs[area_idx], names[area_idx], notes, problem_counts)
                if a is not None:
                    area_m2 = to_m2(a, area_unit)
                elif py_value(attrs[area_idx]) in (None, ""):
                    notes.append("用地面积字段「%s」为空" % names[area_idx])
            elif not geom.isNull() and not geom.isEmpty():
                area_m2 = measurer.measureArea(geom)
            if geom.isNull() or geom.isEmpty():
                notes.append("几何为空，无法量算用地面积" if area_idx < 0 and needs_area else "几何为空")
                problem_counts["empty_geometry"] = problem_counts.get("empty_geometry", 0) + 1
            area_ok = area_m2 is not None and area_m2 > 0
            area_bad = area_m2 is not None and not area_ok
            if area_bad:
                if area_idx >= 0:
                    area_note = "字段「%s」值「%s」：用地面积不大于0" % (names[area_idx], py_value(attrs[area_idx]))
                else:
                    area_note = "几何面积 %s 平方米不大于0" % scoring.fmt(area_m2)
                problem_counts["non_positive_area"] = problem_counts.get("non_positive_area", 0) + 1

            vals = []
            for key, p_idx, t_idx in indicator_sources:
                if p_idx >= 0:
                    value = attrs[p_idx]
                    if type(value) is not float or value != value or value in _INFS:  # fast path: clean float
                        value = _number(value, names[p_idx], notes, problem_counts)
                else:
                    value = None
                if key == "coverage" and value is not None and coverage_scale != 1.0:
                    value *= coverage_scale
                if value is None and t_idx >= 0 and area_ok:
                    total_value = _number(attrs[t_idx], names[t_idx], notes, problem_counts)
                    if total_value is not None:
                        value = _from_total(key, total_value, area_m2)
                vals.append(value)

            thresholds, scorer, std_note, std_label = base_thresholds, base_scorer, None, standard.id
            if standard.per_industry:
                code = py_value(attrs[industry_idx]) if industry_idx >= 0 else None
                region = py_value(attrs[region_idx]) if region_idx >= 0 else fixed_region
                cache_key = (code, region)
                cached = industry_note_cache.get(cache_key)
                if cached is None:
                    th, note = standard.thresholds_for(code, region)
                    division = normalise_industry_code(code)
                    label = "%s:%s" % (standard.id, division) if division in standard.industry_rows else standard.id
                    th_tuple = tuple(th[k] for k in INDICATORS)
                    cached = industry_note_cache[cache_key] = (
                        th, scoring.make_scorer(th_tuple, weight_tuple, cutoff, mode), note, label)
                thresholds, scorer, std_note, std_label = cached

            halted_note = transform_note = None
            if status_idx >= 0 and status_values:
                status = py_value(attrs[status_idx])
                if scoring.matches_status(status, status_values):
                    halted_note = "%s为「%s」" % (names[status_idx], status)
            if phaseout_codes and industry_idx >= 0:
                code = py_value(attrs[industry_idx])
                if scoring.matches_code_list(code, phaseout_codes):
                    transform_note = "行业代码「%s」属转型/淘汰行业" % code
            if std_note:
                notes.insert(0, std_note)

            if halted_note is None and transform_note is None and None not in vals and not area_bad:
                # the common case: every indicator present, no attribute-decided type
                points, score, flag, failures = scorer(vals)
                reason = score_reason(score, flag, failures, cutoff)
                if notes:
                    reason = "；".join([reason] + notes)
                type_text = TYPE_EXTENSIVE if flag else None
            else:
                result = scoring.score_parcel(dict(zip(INDICATORS, vals)), thresholds, weights, cutoff, mode)
                cls = scoring.classify(result, cutoff, halted_note, transform_note, notes)
                points = [result.points[k] for k in INDICATORS]
                score, flag, type_text, reason = result.score, cls.flag, cls.type_text, cls.reason
                if area_bad and flag != 1:
                    # SPEC §3.1: zero or negative land area is undetermined, whatever the indicators say
                    score, flag, type_text = None, None, scoring.TYPE_UNDETERMINED
                    reason = "待核实：%s；指标计算仅供参考：%s" % (area_note, reason)
                elif area_bad:
                    reason = "%s；%s" % (reason, area_note)

            row = attrs if keep_all else [attrs[i] for i in kept]
            row += (vals[0], points[0], vals[1], points[1], vals[2], points[2], vals[3], points[3],
                    area_m2 / M2_PER_MU if area_ok else None,
                    score, flag, type_text, reason, std_label)
            # Reuse the feature read (same id and geometry): cheaper than building a new one.
            feat.setFields(out_fields, False)
            feat.setAttributes(row)
            batch.append(feat)
            if len(batch) >= BATCH_SIZE:
                sink.addFeatures(batch, QgsFeatureSink.FastInsert)
                batch = []
                feedback.setProgress(current * step)

            bucket = type_text if flag == 1 else (label_not if flag == 0 else label_undetermined)
            tally = summary.get(bucket)
            if tally is None:
                tally = summary[bucket] = [0, 0.0]
            tally[0] += 1
            if area_ok:
                tally[1] += area_m2 / M2_PER_MU
        if batch and not feedback.isCanceled():
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)

        del sink  # closes the file (so its style can be stored inside it, or it can be removed)
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..styling import finish_output
        finish_output(self, context, dest_id, "scoring", feedback)
        feedback.setProgress(100)
        log_problem_counts(feedback, problem_counts)
        feedback.pushInfo(self.tr("Summary (count, area in mu):"))
        for bucket, (count, mu) in summary.items():
            feedback.pushInfo("  %s: %d, %.2f %s" % (bucket, count, mu, self.tr("mu")))
        return {self.OUTPUT: dest_id}


BATCH_SIZE = 1000
#: field value ÷ area in m², per unit
UNIT_RATIOS = {"m2": 1.0, "mu": 1.0 / M2_PER_MU, "ha": 1.0 / 10000.0}


def _number(raw, field_name, notes, problem_counts):
    """A number from an attribute; problems go into the row's notes and the run's counts."""
    kind = type(raw)
    if (kind is float or kind is int) and raw == raw and raw not in (_INF, -_INF):
        return float(raw)  # fast path: most cells are clean numbers
    value, problem = parse_number(py_value(raw), field_name)
    if problem is not None:
        notes.append(problem.message)
        problem_counts[problem.kind] = problem_counts.get(problem.kind, 0) + 1
    return value


_INF = float("inf")
_INFS = (_INF, -_INF)


def _from_total(key, total_value, area_m2):
    if key == "tax_per_mu" or key == "invest_per_mu":
        return total_value / (area_m2 / M2_PER_MU)
    if key == "far":
        return total_value / area_m2
    return total_value / area_m2 * 100.0

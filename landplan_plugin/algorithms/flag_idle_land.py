"""landplan:flagidleland — 闲置土地识别 (《闲置土地处置办法》国土资源部令第53号, 2012; seeds 003, 004).

The rule itself lives in :mod:`landplan_plugin.core.idle`; this module maps fields, reads the
reference date, streams the features and writes the outputs.
"""
import datetime as _dt
from collections import OrderedDict

from qgis.core import (
    QgsWkbTypes,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDate, QVariant

from ..core import idle
from ..core.dates import parse_date
from ..core.values import parse_number, parse_ratio
from .base import LandPlanAlgorithm, make_field, normalise_name, problem_label, py_value, repair_geometry, tr_base
from .base import add_as_of_param, as_of_value
from .base import as_of_value as reference_date  # noqa: F401 (old import path; use base.as_of_value)

# Field names users commonly give each input (Chinese as in docs/DEMO_DATA.md, pinyin initials, English).
CANDIDATES = {
    "AGREED_START_FIELD": ["约定动工日期", "YDDGRQ", "约定开工日期", "YDKGRQ", "合同约定动工日期", "agreed_start"],
    "ACTUAL_START_FIELD": ["实际动工日期", "SJDGRQ", "实际开工日期", "SJKGRQ", "动工日期", "开工日期", "actual_start"],
    "DEV_RATIO_FIELD": ["已开发面积比例", "YKFMJBL", "开发面积比例", "开发比例", "KFBL", "dev_ratio"],
    "INVEST_RATIO_FIELD": ["已投资比例", "YTZBL", "投资比例", "TZBL", "invest_ratio"],
    "HALT_DATE_FIELD": ["中止开发日期", "ZZKFRQ", "停工日期", "TGRQ", "停止开发日期", "halt_date"],
    "DEV_AREA_FIELD": ["已开发面积", "YKFMJ", "dev_area"],
    "TOTAL_AREA_FIELD": ["应开发面积", "YKFZMJ", "应开发总面积", "total_area"],
    "INVESTED_FIELD": ["已投资额", "YTZE", "已完成投资", "invested"],
    "TOTAL_INVEST_FIELD": ["总投资额", "ZTZE", "计划总投资", "total_invest"],
    "CAUSE_FIELD": ["闲置原因", "XZYY", "idle_cause"],
    "LAND_PRICE_FIELD": ["土地价款", "TDJK", "出让价款", "CRJK", "成交价款", "land_price"],
}


def split_values(text):
    if not text:
        return []
    out = []
    for part in str(text).replace("，", ",").replace("、", ",").replace(";", ",").replace("；", ",").split(","):
        part = normalise_name(part)
        if part:
            out.append(part)
    return out


class FlagIdleLand(LandPlanAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "flagidleland"

    def displayName(self):  # noqa: N802
        return self.tr("Flag idle land")

    def shortDescription(self):  # noqa: N802
        return self.tr("Flags idle land (闲置土地) as of a reference date: not started one full year after the agreed "
                       "start date, or development halted one full year with too little developed or invested.")

    def tags(self):
        return self.tr("idle land,闲置土地,supplied land,start date,halt,disposal").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Supplied parcels"), [QgsProcessing.TypeVector]))
        add_as_of_param(self)
        c = CANDIDATES
        self.add_field_param("AGREED_START_FIELD", self.tr("Agreed start date field (约定动工日期)"),
                             default=c["AGREED_START_FIELD"][0], any_type=True)
        self.add_field_param("ACTUAL_START_FIELD", self.tr("Actual start date field (实际动工日期; empty = not started)"),
                             default=c["ACTUAL_START_FIELD"][0], any_type=True)
        self.add_field_param("DEV_RATIO_FIELD", self.tr("Developed-area ratio field (developed ÷ area to develop, 0–1)"),
                             default=c["DEV_RATIO_FIELD"][0], any_type=True)
        self.add_field_param("INVEST_RATIO_FIELD", self.tr("Invested ratio field (invested ÷ total investment, 0–1)"),
                             default=c["INVEST_RATIO_FIELD"][0], any_type=True)
        self.add_field_param("HALT_DATE_FIELD", self.tr("Halt date field (中止开发日期)"),
                             default=c["HALT_DATE_FIELD"][0], any_type=True)
        self.add_field_param("DEV_AREA_FIELD", self.tr("Developed area field, when no ratio is given"),
                             default=c["DEV_AREA_FIELD"][0], any_type=True, advanced=True)
        self.add_field_param("TOTAL_AREA_FIELD", self.tr("Area to be developed field, when no ratio is given"),
                             default=c["TOTAL_AREA_FIELD"][0], any_type=True, advanced=True)
        self.add_field_param("INVESTED_FIELD", self.tr("Invested amount field, when no ratio is given"),
                             default=c["INVESTED_FIELD"][0], any_type=True, advanced=True)
        self.add_field_param("TOTAL_INVEST_FIELD", self.tr("Total investment field (land price and taxes excluded), "
                                                           "when no ratio is given"),
                             default=c["TOTAL_INVEST_FIELD"][0], any_type=True, advanced=True)
        self.add_field_param("CAUSE_FIELD", self.tr("Idle cause field (闲置原因)"),
                             default=c["CAUSE_FIELD"][0], any_type=True)
        self.addParameter(QgsProcessingParameterString(
            "GOV_CAUSE_VALUES",
            self.tr("Cause values meaning government cause or force majeure, comma separated "
                    "(empty = recognise by keywords: 政府, 规划调整, 征收, 不可抗力 …)"),
            defaultValue="", optional=True))
        self.add_field_param("LAND_PRICE_FIELD", self.tr("Land price field (万元), for the idle fee"),
                             default=c["LAND_PRICE_FIELD"][0], any_type=True, advanced=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Idle land check"), QgsProcessing.TypeVectorAnyGeometry))

    def _added_fields(self):
        return [
            make_field("idle_flag", QVariant.Int, self.tr("Idle land flag (1 yes, 0 no, empty undetermined)")),
            make_field("idle_days", QVariant.Int, self.tr("Idle days (since agreed start or halt)")),
            make_field("idle_basis", QVariant.String, self.tr("Idle basis (未动工 / 中止开发)"), 20),
            make_field("idle_stage", QVariant.String, self.tr("Idle stage (满1年 / 满2年)"), 20),
            make_field("idle_csq", QVariant.String, self.tr("Consequence"), 120),
            make_field("idle_cause", QVariant.String, self.tr("Idle cause class"), 20),
            make_field("idle_gov", QVariant.Int, self.tr("Government cause or force majeure (1 yes, 0 no)")),
            make_field("idle_disp", QVariant.String, self.tr("Suggested disposal"), 20),
            make_field("idle_fee", QVariant.Double, self.tr("Idle land fee (万元)"), 20, 4),
            make_field("idle_asof", QVariant.Date, self.tr("Reference date")),
            make_field("idle_rsn", QVariant.String, self.tr("Reason"), 0),
        ]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_fail(parameters, self.INPUT, context)
        self.check_crs_if_spatial(source, self.tr("Supplied parcels"))
        spatial_input = source.wkbType() != QgsWkbTypes.NoGeometry
        as_of = as_of_value(self, parameters, context, feedback)
        fields = source.fields()
        names = fields.names()

        idx = {}
        labels = {
            "AGREED_START_FIELD": self.tr("agreed start date"), "ACTUAL_START_FIELD": self.tr("actual start date"),
            "DEV_RATIO_FIELD": self.tr("developed-area ratio"), "INVEST_RATIO_FIELD": self.tr("invested ratio"),
            "HALT_DATE_FIELD": self.tr("halt date"), "DEV_AREA_FIELD": self.tr("developed area"),
            "TOTAL_AREA_FIELD": self.tr("area to be developed"), "INVESTED_FIELD": self.tr("invested amount"),
            "TOTAL_INVEST_FIELD": self.tr("total investment"), "CAUSE_FIELD": self.tr("idle cause"),
            "LAND_PRICE_FIELD": self.tr("land price"),
        }
        for key, label in labels.items():
            idx[key] = self.resolve_field(parameters, key, fields, CANDIDATES[key], feedback, label)
        if idx["AGREED_START_FIELD"] < 0:
            raise QgsProcessingException(self.tr("No agreed start date field (AGREED_START_FIELD) was given or found."))
        if idx["ACTUAL_START_FIELD"] < 0:
            feedback.pushWarning(self.tr("No actual start date field: every parcel is treated as not started."))
        if idx["HALT_DATE_FIELD"] < 0:
            feedback.pushWarning(self.tr("No halt date field: started parcels cannot be idle by halted development."))
        has_dev = idx["DEV_RATIO_FIELD"] >= 0 or (idx["DEV_AREA_FIELD"] >= 0 and idx["TOTAL_AREA_FIELD"] >= 0)
        has_inv = idx["INVEST_RATIO_FIELD"] >= 0 or (idx["INVESTED_FIELD"] >= 0 and idx["TOTAL_INVEST_FIELD"] >= 0)
        if not (has_dev or has_inv):
            feedback.pushWarning(self.tr("No developed-area or investment field: halted parcels are undetermined."))
        gov_values = split_values(self.parameterAsString(parameters, "GOV_CAUSE_VALUES", context))
        if gov_values and idx["CAUSE_FIELD"] < 0:
            feedback.pushWarning(self.tr("Government-cause values were given but no cause field; they are ignored."))

        msg_names = {}
        for key, core_key in (("AGREED_START_FIELD", "agreed_start"), ("ACTUAL_START_FIELD", "actual_start"),
                              ("DEV_RATIO_FIELD", "dev_ratio"), ("INVEST_RATIO_FIELD", "invest_ratio"),
                              ("HALT_DATE_FIELD", "halt_date"), ("LAND_PRICE_FIELD", "land_price")):
            if idx[key] >= 0:
                msg_names[core_key] = names[idx[key]]

        added = self._added_fields()
        out_fields, kept = self.output_fields(fields, added, feedback)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields,
                                             source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        keep_all = len(kept) == fields.count()
        as_of_q = QDate(as_of.year, as_of.month, as_of.day)

        total = source.featureCount() or 0
        step = 100.0 / total if total else 0
        summary = OrderedDict()
        problem_counts = OrderedDict()
        request = QgsFeatureRequest()
        features = source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        for current, feat in enumerate(features):
            if feedback.isCanceled():
                break
            attrs = feat.attributes()
            notes = []

            def val(key):
                i = idx[key]
                return py_value(attrs[i]) if i >= 0 else None

            def number(key):
                i = idx[key]
                if i < 0:
                    return None
                v, problem = parse_number(py_value(attrs[i]), names[i])
                if problem is not None:
                    notes.append(problem)
                return v

            def ratio(ratio_key, part_key, whole_key, label):
                raw = val(ratio_key)
                if raw not in (None, "") and not (isinstance(raw, str) and not raw.strip()):
                    return raw
                part, whole = number(part_key), number(whole_key)
                if part is None or whole is None:
                    return None
                if whole <= 0:
                    notes_text.append("%s %s 不大于0，无法计算%s" % (names[idx[whole_key]], whole, label))
                    return None
                r, problem = parse_ratio(part / whole, label)
                if problem is not None:
                    notes.append(problem)
                return r

            notes_text = []
            dev = ratio("DEV_RATIO_FIELD", "DEV_AREA_FIELD", "TOTAL_AREA_FIELD", "已开发面积比例")
            inv = ratio("INVEST_RATIO_FIELD", "INVESTED_FIELD", "TOTAL_INVEST_FIELD", "已投资比例")
            cause = val("CAUSE_FIELD")
            cause_text = None if cause is None else str(cause).strip()
            if gov_values and cause_text:
                norm = normalise_name(cause_text)
                matched = any(v in norm and ("非" + v) not in norm for v in gov_values)
                if matched:
                    cls = idle.classify_cause(cause_text)
                    cause_arg = cause_text if cls in (idle.CAUSE_GOV, idle.CAUSE_FORCE, idle.CAUSE_BOTH) \
                        else idle.CAUSE_GOV
                else:
                    cause_arg = idle.CAUSE_ENTERPRISE
            else:
                cause_arg = cause_text

            res = idle.assess_idle(as_of, val("AGREED_START_FIELD"), val("ACTUAL_START_FIELD"),
                                   dev_ratio=dev, invest_ratio=inv, halt_date=val("HALT_DATE_FIELD"),
                                   cause=cause_arg, land_price=val("LAND_PRICE_FIELD"), names=msg_names)
            problems = list(res.problems) + notes
            reason_parts = [res.reason] if res.reason else []
            if cause_text and res.cause_class and cause_text != res.cause_class:
                reason_parts.append("闲置原因字段值「%s」按%s处理" % (cause_text, res.cause_class))
            for p in problems:
                if p.message not in reason_parts:
                    reason_parts.append(p.message)
                key = (p.kind, p.field)
                problem_counts[key] = problem_counts.get(key, 0) + 1
            geom = feat.geometry()
            if spatial_input:  # the rule needs no geometry, but a broken one is still reported
                if geom.isNull() or geom.isEmpty():
                    notes_text.append("几何为空")
                    problem_counts[("empty_geometry", "")] = problem_counts.get(("empty_geometry", ""), 0) + 1
                else:
                    geom, geom_note = repair_geometry(geom)
                    if geom_note:
                        notes_text.append(geom_note)
                        key = ("invalid_geometry", "")
                        problem_counts[key] = problem_counts.get(key, 0) + 1
            if idx["LAND_PRICE_FIELD"] >= 0:
                price = number("LAND_PRICE_FIELD")
                if price is not None and price <= 0:
                    notes_text.append("字段「%s」值「%s」不大于0，未计算土地闲置费" % (
                        names[idx["LAND_PRICE_FIELD"]], val("LAND_PRICE_FIELD")))
            reason_parts.extend(notes_text)

            out = QgsFeature(out_fields)
            row = list(attrs) if keep_all else [attrs[i] for i in kept]
            row.extend([
                res.flag, res.idle_days, res.basis, res.stage, res.consequence,
                res.cause_class if res.cause_class else (None if not cause_text else cause_text),
                1 if res.gov_caused else 0,
                res.disposal, res.idle_fee, as_of_q, "；".join(reason_parts),
            ])
            out.setAttributes(row)
            if not geom.isNull():
                out.setGeometry(geom)
            sink.addFeature(out, QgsFeatureSink.FastInsert)

            if res.flag == 1:
                bucket = "闲置土地·%s·%s%s" % (res.basis, res.stage, "（政府原因/不可抗力）" if res.gov_caused else "")
            elif res.flag == 0:
                bucket = "非闲置"
            else:
                bucket = "待核实"
            summary[bucket] = summary.get(bucket, 0) + 1
            if step and current % 256 == 0:
                feedback.setProgress(current * step)

        del sink  # closes the file (so its style can be stored inside it, or it can be removed)
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..styling import finish_output
        finish_output(self, context, dest_id, "idle", feedback)
        feedback.setProgress(100)
        for (kind, field_name), n in problem_counts.items():
            if field_name:
                feedback.pushWarning(tr_base('{n} value(s) in field "{field}": {label}; see the reason field.').format(
                    n=n, field=field_name, label=problem_label(kind)))
            else:
                feedback.pushWarning(tr_base("{n} row(s): {label}; see the reason field.").format(
                    n=n, label=problem_label(kind)))
        feedback.pushInfo(self.tr("Summary as of {date} (count):").format(date=as_of.isoformat()))
        for bucket in sorted(summary):
            feedback.pushInfo("  %s: %d" % (bucket, summary[bucket]))
        return {self.OUTPUT: dest_id}

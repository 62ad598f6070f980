"""landplan:flagidleland — 闲置土地识别 (《闲置土地处置办法》国土资源部令第53号, 2012; seeds 003, 004).

The rule itself lives in :mod:`landplan_plugin.core.idle`; this module maps fields, reads the
reference date, streams the features and writes the outputs.
"""
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..core import fields
from ..core import contract as C
from ..core import idle
from .base import (SKIP_GEOMETRY_CHECKS, LandPlanAlgorithm, ProblemTally, add_as_of_param, as_of_value,
                   make_field, py_value, repair_geometry)

CANDIDATES = fields.CANDIDATES["flagidleland"]


#: parameter → key of the core's raw-value arguments / message names
CORE_KEYS = {
    "AGREED_START_FIELD": "agreed_start", "ACTUAL_START_FIELD": "actual_start", "DEV_RATIO_FIELD": "dev_ratio",
    "INVEST_RATIO_FIELD": "invest_ratio", "HALT_DATE_FIELD": "halt_date", "DEV_AREA_FIELD": "dev_area",
    "TOTAL_AREA_FIELD": "total_area", "INVESTED_FIELD": "invested", "TOTAL_INVEST_FIELD": "total_invest",
    "CAUSE_FIELD": "cause", "LAND_PRICE_FIELD": "land_price",
}


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
            make_field(C.IDLE_FLAG, "int", self.tr("Idle land flag (1 yes, 0 no, empty undetermined)")),
            make_field(C.IDLE_DAYS, "int", self.tr("Idle days (since agreed start or halt)")),
            make_field(C.IDLE_BASIS, "string", self.tr("Idle basis (未动工 / 中止开发)"), 20),
            make_field(C.IDLE_STAGE, "string", self.tr("Idle stage (满1年 / 满2年)"), 20),
            make_field(C.IDLE_CSQ, "string", self.tr("Consequence"), 120),
            make_field(C.IDLE_CAUSE, "string", self.tr("Idle cause class"), 20),
            make_field(C.IDLE_GOV, "int", self.tr("Government cause or force majeure (1 yes, 0 no)")),
            make_field(C.IDLE_DISP, "string", self.tr("Suggested disposal"), 20),
            make_field(C.IDLE_FEE, "double", self.tr("Idle land fee (万元)"), 20, 4),
            make_field(C.IDLE_ASOF, "date", self.tr("Reference date")),
            make_field(C.IDLE_RSN, "string", self.tr("Reason"), 0),
        ]

    def _field_indexes(self, parameters, fields, feedback):
        """Field index per core key (-1 when absent), with the warnings about missing ones."""
        labels = {
            "AGREED_START_FIELD": self.tr("agreed start date"), "ACTUAL_START_FIELD": self.tr("actual start date"),
            "DEV_RATIO_FIELD": self.tr("developed-area ratio"), "INVEST_RATIO_FIELD": self.tr("invested ratio"),
            "HALT_DATE_FIELD": self.tr("halt date"), "DEV_AREA_FIELD": self.tr("developed area"),
            "TOTAL_AREA_FIELD": self.tr("area to be developed"), "INVESTED_FIELD": self.tr("invested amount"),
            "TOTAL_INVEST_FIELD": self.tr("total investment"), "CAUSE_FIELD": self.tr("idle cause"),
            "LAND_PRICE_FIELD": self.tr("land price"),
        }
        idx = {CORE_KEYS[key]: self.resolve_field(parameters, key, fields, CANDIDATES[key], feedback, label)
               for key, label in labels.items()}
        if idx["agreed_start"] < 0:
            raise QgsProcessingException(self.tr("No agreed start date field (AGREED_START_FIELD) was given or found."))
        if idx["actual_start"] < 0:
            feedback.pushWarning(self.tr("No actual start date field: every parcel is treated as not started."))
        if idx["halt_date"] < 0:
            feedback.pushWarning(self.tr("No halt date field: started parcels cannot be idle by halted development."))
        has_dev = idx["dev_ratio"] >= 0 or (idx["dev_area"] >= 0 and idx["total_area"] >= 0)
        has_inv = idx["invest_ratio"] >= 0 or (idx["invested"] >= 0 and idx["total_invest"] >= 0)
        if not (has_dev or has_inv):
            feedback.pushWarning(self.tr("No developed-area or investment field: halted parcels are undetermined."))
        return idx

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_fail(parameters, self.INPUT, context)
        self.check_crs_if_spatial(source, self.tr("Supplied parcels"))
        spatial_input = source.wkbType() != QgsWkbTypes.NoGeometry
        as_of = as_of_value(self, parameters, context, feedback)
        fields = source.fields()
        idx = self._field_indexes(parameters, fields, feedback)
        gov_values = idle.parse_cause_values(self.parameterAsString(parameters, "GOV_CAUSE_VALUES", context))
        if gov_values and idx["cause"] < 0:
            feedback.pushWarning(self.tr("Government-cause values were given but no cause field; they are ignored."))
        names = {key: fields.at(i).name() for key, i in idx.items() if i >= 0}
        present = [(key, i) for key, i in idx.items() if i >= 0]

        out_fields, kept = self.output_fields(fields, self._added_fields(), feedback)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields,
                                         source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        keep_all = len(kept) == fields.count()
        as_of_q = QDate(as_of.year, as_of.month, as_of.day)
        total = source.featureCount() or 0
        step = 100.0 / total if total else 0
        summary = {}
        tally = ProblemTally()
        for current, feat in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS)):
            if feedback.isCanceled():
                break
            attrs = feat.attributes()
            raw = {key: py_value(attrs[i]) for key, i in present}
            geom, geom_note, geom_problem = self._checked_geometry(feat.geometry(), spatial_input)
            res = idle.assess_record(as_of, raw.get("agreed_start"), raw.get("actual_start"), raw.get("dev_ratio"),
                                     raw.get("invest_ratio"), raw.get("halt_date"), raw.get("cause"),
                                     raw.get("land_price"), dev_area=raw.get("dev_area"),
                                     total_area=raw.get("total_area"), invested=raw.get("invested"),
                                     total_invest=raw.get("total_invest"), gov_values=gov_values, names=names,
                                     geometry_note=geom_note)
            tally.add_problems(res.problems)
            tally.add(geom_problem)
            out = QgsFeature(out_fields)
            row = list(attrs) if keep_all else [attrs[i] for i in kept]
            row.extend(idle.output_values(res))
            row.extend([as_of_q, res.reason])
            out.setAttributes(row)
            if not geom.isNull():
                out.setGeometry(geom)
            sink.addFeature(out, QgsFeatureSink.FastInsert)
            bucket = idle.summary_bucket(res)
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
        tally.log(feedback)
        feedback.pushInfo(self.tr("Summary as of {date} (count):").format(date=as_of.isoformat()))
        for bucket in sorted(summary):
            feedback.pushInfo("  %s: %d" % (bucket, summary[bucket]))
        return {self.OUTPUT: dest_id}

    @staticmethod
    def _checked_geometry(geom, spatial_input):
        """(geometry, note, problem kind): the rule needs no geometry, but a broken one is still
        reported (and repaired)."""
        if not spatial_input:
            return geom, None, None
        if geom.isNull() or geom.isEmpty():
            return geom, idle.NOTE_EMPTY_GEOMETRY, "empty_geometry"
        geom, note = repair_geometry(geom)
        return geom, note, "invalid_geometry" if note else None

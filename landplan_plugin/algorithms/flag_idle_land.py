"""landplan:flagidleland — 闲置土地识别 (《闲置土地处置办法》国土资源部令第53号, 2012;
濮政办〔2021〕6号、宝政办〔2021〕34号).

The rule itself lives in :mod:`landplan_plugin.core.idle`; this module maps fields, reads the
reference date, streams the features in batches (:mod:`.batches`) through
``idle.assess_record_columns`` and writes the outputs.
"""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDate

from .. import compat
from ..core import fields
from ..core import contract
from ..core import idle
from .base import LandPlanAlgorithm
from .field_resolution import make_field
from .params import add_as_of_param, as_of_value
from .problems import ProblemTally
from .batches import SinkWriter, read_batches

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

    def displayName(self):
        return self.tr("Flag idle land")

    def shortDescription(self):
        return self.tr("Flags idle land (闲置土地) as of a reference date: not started one full year after the agreed "
                       "start date, or development halted one full year with too little developed or invested.")

    def tags(self):
        return self.tr("idle land,闲置土地,supplied land,start date,halt,disposal").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Supplied parcels"), [compat.SOURCE_VECTOR]))
        add_as_of_param(self)
        c = CANDIDATES
        self.add_field_param("AGREED_START_FIELD", self.tr("Agreed start date field (约定动工日期)"),
                             default=c["AGREED_START_FIELD"][0], any_type=True)
        self.add_field_param("ACTUAL_START_FIELD",
                             self.tr("Actual start date field (实际动工日期; empty = not started)"),
                             default=c["ACTUAL_START_FIELD"][0], any_type=True)
        self.add_field_param("DEV_RATIO_FIELD",
                             self.tr("Developed-area ratio field (developed ÷ area to develop, 0–1)"),
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
            self.OUTPUT, self.tr("Idle land check"), compat.SOURCE_ANY_GEOMETRY))

    def _added_fields(self):
        return [
            make_field(contract.IDLE_FLAG, "int", self.tr("Idle land flag (1 yes, 0 no, empty undetermined)")),
            make_field(contract.IDLE_DAYS, "int", self.tr("Idle days (since agreed start or halt)")),
            make_field(contract.IDLE_BASIS, "string", self.tr("Idle basis (未动工 / 中止开发)"), 20),
            make_field(contract.IDLE_STAGE, "string", self.tr("Idle stage (满1年 / 满2年)"), 20),
            make_field(contract.IDLE_CSQ, "string", self.tr("Consequence"), 120),
            make_field(contract.IDLE_CAUSE, "string", self.tr("Idle cause class"), 20),
            make_field(contract.IDLE_GOV, "int", self.tr("Government cause or force majeure (1 yes, 0 no)")),
            make_field(contract.IDLE_DISP, "string", self.tr("Suggested disposal"), 20),
            make_field(contract.IDLE_FEE, "double", self.tr("Idle land fee (万元)"), 20, 4),
            make_field(contract.IDLE_ASOF, "date", self.tr("Reference date")),
            make_field(contract.IDLE_RSN, "string", self.tr("Reason"), 0),
        ]

    def _setup(self, parameters, context, fields, feedback):
        """The run's :class:`~..core.idle.IdleSetup` (its warnings given here) and the field index
        of every input found."""
        labels = {
            "AGREED_START_FIELD": self.tr("agreed start date"), "ACTUAL_START_FIELD": self.tr("actual start date"),
            "DEV_RATIO_FIELD": self.tr("developed-area ratio"), "INVEST_RATIO_FIELD": self.tr("invested ratio"),
            "HALT_DATE_FIELD": self.tr("halt date"), "DEV_AREA_FIELD": self.tr("developed area"),
            "TOTAL_AREA_FIELD": self.tr("area to be developed"), "INVESTED_FIELD": self.tr("invested amount"),
            "TOTAL_INVEST_FIELD": self.tr("total investment"), "CAUSE_FIELD": self.tr("idle cause"),
            "LAND_PRICE_FIELD": self.tr("land price"),
        }
        indexes = {}
        for param, label in labels.items():
            i = self.resolve_field(parameters, param, fields, CANDIDATES[param], feedback, label)
            if i >= 0:
                indexes[CORE_KEYS[param]] = i
        setup = idle.IdleSetup(fields={key: fields.at(i).name() for key, i in indexes.items()},
                               gov_values=idle.parse_cause_values(
                                   self.parameterAsString(parameters, "GOV_CAUSE_VALUES", context)))
        if idle.NO_AGREED_START in setup.errors():
            raise QgsProcessingException(self.tr("No agreed start date field (AGREED_START_FIELD) was given or found."))
        messages = {
            idle.NO_ACTUAL_START: self.tr("No actual start date field: every parcel is treated as not started."),
            idle.NO_HALT_DATE: self.tr("No halt date field: started parcels cannot be idle by halted development."),
            idle.NO_PROGRESS: self.tr("No developed-area or investment field: halted parcels are undetermined."),
            idle.GOV_VALUES_WITHOUT_CAUSE:
                self.tr("Government-cause values were given but no cause field; they are ignored."),
        }
        for code in setup.warnings():
            feedback.pushWarning(messages[code])
        return setup, indexes

    def processAlgorithm(self, parameters, context, feedback):
        source = self.source_or_fail(parameters, self.INPUT, context)
        self.check_crs_if_spatial(source, self.tr("Supplied parcels"))
        spatial_input = source.wkbType() != compat.WKB_NO_GEOMETRY
        as_of = as_of_value(self, parameters, context, feedback)
        setup, indexes = self._setup(parameters, context, source.fields(), feedback)

        out_fields, kept = self.output_fields(source.fields(), self._added_fields(), feedback)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields,
                                         source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        writer = SinkWriter(sink, dest_id, out_fields, kept, source.fields().count(), contract.IDLE_FIELDS,
                            constants={contract.IDLE_ASOF: QDate(as_of.year, as_of.month, as_of.day)})
        summary, counts = {}, {}
        for batch in read_batches(source, indexes, feedback, keep_features=True):
            out = idle.assess_record_columns(
                as_of, **{key: batch.columns.get(key) for key in idle.INPUT_KEYS}, gov_values=setup.gov_values,
                names=setup.fields, geometry_note=self._geometry_notes(batch) if spatial_input else None,
                counts=counts)
            writer.write(batch, out)
            idle.summary(out, summary)
        del sink
        writer.close(feedback)  # closes the file (so its style can be stored inside it, or it can be removed)
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..output.styling import finish_output
        finish_output(self, context, dest_id, "idle", feedback)
        feedback.setProgress(100)
        tally = ProblemTally()
        for (kind, field_name), n in counts.items():
            tally.add(kind, field_name, n)
        tally.log(feedback)
        feedback.pushInfo(self.tr("Summary as of {date} (count):").format(date=as_of.isoformat()))
        for bucket in sorted(summary):
            feedback.pushInfo("  %s: %d" % (bucket, summary[bucket]))
        return {self.OUTPUT: dest_id}

    @staticmethod
    def _geometry_notes(batch):
        """Per row: the rule needs no geometry, but an empty one or a repaired one is still named."""
        return [idle.NOTE_EMPTY_GEOMETRY if empty else batch.geom_note.get(i)
                for i, empty in enumerate(batch.geom_empty.tolist())]

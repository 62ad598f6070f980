"""landplan:checkcommitments — 标准地履约核查 (濮政办〔2021〕6号 §二(二)1(1), §二(四)).

The rule and the run's set-up live in :mod:`landplan_plugin.core.commitments`; this module maps
the parameters onto the set-up, streams the features in batches through the core and writes them.
"""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QDate

from .. import compat
from ..output import styling
from ..core import commitments, fields
from ..core.units import AREA_UNITS
from .base import LandPlanAlgorithm
from .field_resolution import find_field, make_field
from .params import add_as_of_param, as_of_value
from .problems import log_problem_counts
from .params import area_unit_param
from .batches import SinkWriter, read_batches

STYLE_KIND = "commitments"

ALIASES = styling.aliases_with_prefix("cm_")

# Field names users commonly give each input (Chinese, pinyin initials, English).
CANDIDATES = fields.CANDIDATES["checkcommitments"]


class CheckCommitments(LandPlanAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "checkcommitments"

    def displayName(self):
        return self.tr("Check 标准地 commitments")

    def shortDescription(self):
        return self.tr("Checks each 标准地 parcel's committed indicators against actual values once they fall due.")

    def tags(self):
        return self.tr("标准地,commitment,履约,compliance,investment intensity,FAR,penalty").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Parcels"),
                                                              [compat.SOURCE_VECTOR]))
        add_as_of_param(self)
        labels = {
            "INVEST_COMMIT_FIELD": self.tr("Committed investment intensity field (万元/亩)"),
            "INVEST_ACTUAL_FIELD": self.tr("Actual investment intensity field (万元/亩)"),
            "TAX_COMMIT_FIELD": self.tr("Committed tax per mu field (万元/亩)"),
            "TAX_ACTUAL_FIELD": self.tr("Actual tax per mu field (万元/亩)"),
            "FAR_COMMIT_FIELD": self.tr("Committed floor-area ratio field"),
            "FAR_ACTUAL_FIELD": self.tr("Actual floor-area ratio field"),
            "COMPLETION_DUE_FIELD": self.tr("Agreed completion date field (约定竣工日期)"),
            "PRODUCTION_DUE_FIELD": self.tr("Agreed full-production date field (约定达产日期)"),
        }
        for key, label in labels.items():
            self.add_field_param(key, label, default=CANDIDATES[key][0], any_type=True)
        self.addParameter(QgsProcessingParameterMatrix(
            "EXTRA_INDICATORS", self.tr("Extra indicators"), numberRows=0, hasFixedNumberRows=False,
            headers=[self.tr("Name"), self.tr("Committed field"), self.tr("Actual field"),
                     self.tr("Direction (>= or <=)"), self.tr("Check point (completion or production)")],
            defaultValue=None, optional=True))
        self.add_field_param("LAND_PRICE_FIELD", self.tr("Land price field (万元), for the penalty"),
                             default=CANDIDATES["LAND_PRICE_FIELD"][0], any_type=True)
        for key, label in (("INVEST_FIELD",
                            self.tr("Fixed-asset investment total field (万元), when no actual intensity")),
                           ("TAX_FIELD", self.tr("Annual tax total field (万元), when no actual tax per mu")),
                           ("FLOOR_AREA_FIELD", self.tr("Total floor area field (m²), when no actual FAR")),
                           ("AREA_FIELD", self.tr("Land area field (empty = measure the geometry)")),
                           ("RECOVERY_FIELD", self.tr("Agreement allows recovery field (是/否), for the disposal"))):
            self.add_field_param(key, label, default=CANDIDATES[key][0], any_type=True, advanced=True)
        self.set_advanced(area_unit_param(self.tr("Land area field unit")))
        self.set_advanced(QgsProcessingParameterBoolean(
            "PASS_UNCHECKED", self.tr("A layer without commitment fields: write its parcels unchecked (cm_* empty) "
                                      "instead of stopping (for models)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            "RECTIFY_MONTHS", self.tr("整改期 after a failed check (months, at most 24); re-check at its end, 回购 "
                                      "when still failing"),
            type=compat.NUMBER_INTEGER, defaultValue=commitments.RECTIFY_MONTHS_DEFAULT,
            minValue=1, maxValue=commitments.RECTIFY_MONTHS_MAX, optional=True))  # optional: saved models run on
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Commitment check"), compat.SOURCE_ANY_GEOMETRY))

    def _added_fields(self):
        return [make_field("cm_status", "string", self.tr("Commitment status"), 10),
                make_field("cm_flag", "int", self.tr("Commitment flag (1 failed, 0 met, empty otherwise)")),
                make_field("cm_short", "double", self.tr("Largest shortfall (%)"), 20, 4),
                make_field("cm_penalty", "double", self.tr("Penalty (万元)"), 20, 4),
                make_field("cm_disp", "string", self.tr("Suggested disposal"), 40),
                make_field("cm_reason", "string", self.tr("Reason"), 0),
                make_field("cm_recheck", "date", self.tr("Re-check date (end of the 整改期)")),
                make_field("cm_asof", "date", self.tr("Reference date"))]

    def _labels(self):
        """Role → what the log calls its field (when it is found by name)."""
        labels = {commitments.COMPLETION_DUE: self.tr("agreed completion date"),
                  commitments.PRODUCTION_DUE: self.tr("agreed full-production date"),
                  commitments.LAND_PRICE: self.tr("land price"), commitments.AREA: self.tr("land area"),
                  commitments.RECOVERY: self.tr("recovery allowed")}
        for key, c_role, a_role, t_role in commitments.CORE_ROLES:
            name = commitments.CORE_KEYS[key][0]
            labels[c_role] = self.tr("committed {name}").format(name=name)
            labels[a_role] = self.tr("actual {name}").format(name=name)
            labels[t_role] = self.tr("total for actual {name}").format(name=name)
        return labels

    def _setup(self, parameters, context, fields, feedback):
        """The run's :class:`~..core.commitments.CommitmentSetup`, its warnings pushed; with
        PASS_UNCHECKED a set-up that cannot check anything writes every parcel unchecked."""
        labels = self._labels()

        def find(role):
            # AREA_FIELD found by name only when not passed at all; passed empty = measure the geometry
            idx = self.resolve_field(parameters, role, fields, CANDIDATES[role], feedback, labels[role],
                                     allow_auto=role != commitments.AREA or role not in parameters)
            return fields.at(idx).name() if idx >= 0 else None
        try:
            setup = commitments.commitment_setup(
                find, self.parameterAsMatrix(parameters, "EXTRA_INDICATORS", context),
                lambda f: find_field(fields, [f]) >= 0,
                AREA_UNITS[self.parameterAsEnum(parameters, "AREA_UNIT", context)])
        except commitments.IndicatorSpecError as exc:
            raise QgsProcessingException(str(exc)) from exc
        for name, why in setup.skipped:
            if why == commitments.SKIP_NO_DATE:
                feedback.pushWarning(self.tr("No date field for {name}: it is not checked.").format(name=name))
            else:
                feedback.pushWarning(
                    self.tr("No committed field or no date field for {name}: it is not checked.").format(name=name))
        if setup.error is None:
            return setup
        message = (self.tr("No agreed completion or full-production date field was given or found.")
                   if setup.error == commitments.NO_DUE_DATE_FIELD else
                   self.tr("No indicator to check: give a committed field with its date field, or an extra indicator."))
        if not self.parameterAsBool(parameters, "PASS_UNCHECKED", context):
            raise QgsProcessingException(message)
        feedback.pushWarning(message + " " + self.tr("The parcels are written unchecked (PASS_UNCHECKED)."))
        return setup.unchecked()

    def processAlgorithm(self, parameters, context, feedback):
        import numpy as np  # imported when the algorithm runs, not when QGIS starts

        source = self.source_or_fail(parameters, self.INPUT, context)
        crs = self.check_crs_if_spatial(source, self.tr("Parcels"))
        spatial = source.wkbType() != compat.WKB_NO_GEOMETRY
        as_of = as_of_value(self, parameters, context, feedback)
        fields = source.fields()
        setup = self._setup(parameters, context, fields, feedback)
        out_fields, kept = self.output_fields(fields, self._added_fields(), feedback)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields, source.wkbType(),
                                         source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        writer = SinkWriter(sink, dest_id, out_fields, kept, fields.count(),
                            commitments.OUTPUT_FIELDS + ("cm_asof",))
        measurer = self.area_measurer(crs, context) if spatial and commitments.AREA not in setup.fields else None
        indexes = {name: find_field(fields, [name]) for name in setup.input_fields()}
        as_of_q = QDate(as_of.year, as_of.month, as_of.day)
        problem_counts, running, summary = {}, {}, {}
        for batch in read_batches(source, indexes, feedback, measurer, keep_features=True):
            out = commitments.check_batch(setup, as_of, batch.columns, batch.n, batch.geom_area_m2,
                                          batch.geom_empty if spatial else None, batch.geom_note if spatial else None,
                                          problem_counts, self.parameterAsInt(parameters, "RECTIFY_MONTHS", context))
            out["cm_recheck"] = np.array([d and QDate(d.year, d.month, d.day) for d in out["cm_recheck"]], dtype=object)
            out["cm_asof"] = np.full(batch.n, as_of_q, dtype=object)
            writer.write(batch, out)
            summary = commitments.summarise(out["cm_status"], out["area_mu"], out["cm_penalty"], into=running)
        writer.close()
        del sink, writer
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        styling.finish_output(self, context, dest_id, STYLE_KIND, feedback, ALIASES)
        feedback.setProgress(100)
        log_problem_counts(feedback, problem_counts)
        feedback.pushInfo(self.tr("Summary as of {date} (count, area in mu, penalty in 万元):").format(
            date=as_of.isoformat()))
        for status, (count, mu, penalty) in summary.items():
            feedback.pushInfo("  %s: %d, %.2f %s, %.2f %s" % (status or self.tr("not 标准地 (not checked)"), count, mu,
                                                             self.tr("mu"), penalty, self.tr("万元")))
        return {self.OUTPUT: dest_id}

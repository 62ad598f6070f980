"""landplan:checkcommitments — 标准地履约核查 (SPEC §7.1; seed 003 §二(一)1(1), §二(四)).

The rule lives in :mod:`landplan_plugin.core.commitments`; this module maps fields, streams the
features, calls the core per row and writes the outputs.
"""
from collections import namedtuple

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMatrix,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QVariant

from .. import styling
from ..core import fields
from ..core import commitments
from ..core.units import AREA_UNITS, M2_PER_MU, to_m2
from ..core.values import parse_number
from .base import (SKIP_GEOMETRY_CHECKS, LandPlanAlgorithm, add_as_of_param, as_of_value, find_field,
                   log_problem_counts, make_field, py_value, repair_geometry)
from .base import area_unit_param

STYLE_KIND = "commitments"

ALIASES = styling.aliases_with_prefix("cm_")

# Field names users commonly give each input (Chinese, pinyin initials, English).
CANDIDATES = fields.CANDIDATES["checkcommitments"]
#: core indicator key → (committed, actual, total) parameter names
CORE_PARAMS = (("invest", "INVEST_COMMIT_FIELD", "INVEST_ACTUAL_FIELD", "INVEST_FIELD"),
               ("tax", "TAX_COMMIT_FIELD", "TAX_ACTUAL_FIELD", "TAX_FIELD"),
               ("far", "FAR_COMMIT_FIELD", "FAR_ACTUAL_FIELD", "FLOOR_AREA_FIELD"))

Plan = namedtuple("Plan", "indicators committed actual totals completion production price area recovery names")


class CheckCommitments(LandPlanAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "checkcommitments"

    def displayName(self):  # noqa: N802
        return self.tr("Check 标准地 commitments")

    def shortDescription(self):  # noqa: N802
        return self.tr("Checks each 标准地 parcel's committed indicators against actual values once they fall due.")

    def tags(self):
        return self.tr("标准地,commitment,履约,compliance,investment intensity,FAR,penalty").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Parcels"),
                                                              [QgsProcessing.TypeVector]))
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
        for key, label in (("INVEST_FIELD", self.tr("Fixed-asset investment total field (万元), when no actual intensity")),
                           ("TAX_FIELD", self.tr("Annual tax total field (万元), when no actual tax per mu")),
                           ("FLOOR_AREA_FIELD", self.tr("Total floor area field (m²), when no actual FAR")),
                           ("AREA_FIELD", self.tr("Land area field (empty = measure the geometry)")),
                           ("RECOVERY_FIELD", self.tr("Agreement allows recovery field (是/否), for the disposal"))):
            self.add_field_param(key, label, default=CANDIDATES[key][0], any_type=True, advanced=True)
        self.set_advanced(area_unit_param(self.tr("Land area field unit")))
        self.set_advanced(QgsProcessingParameterBoolean(
            "PASS_UNCHECKED", self.tr("A layer without commitment fields: write its parcels unchecked (cm_* empty) "
                                      "instead of stopping (for models)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Commitment check"), QgsProcessing.TypeVectorAnyGeometry))

    def _added_fields(self):
        return [make_field("cm_status", QVariant.String, self.tr("Commitment status"), 10),
                make_field("cm_flag", QVariant.Int, self.tr("Commitment flag (1 failed, 0 met, empty otherwise)")),
                make_field("cm_short", QVariant.Double, self.tr("Largest shortfall (%)"), 20, 4),
                make_field("cm_penalty", QVariant.Double, self.tr("Penalty (万元)"), 20, 4),
                make_field("cm_disp", QVariant.String, self.tr("Suggested disposal"), 40),
                make_field("cm_reason", QVariant.String, self.tr("Reason"), 0),
                make_field("cm_asof", QVariant.Date, self.tr("Reference date"))]

    def _plan(self, parameters, context, fields, feedback):
        """Resolve every field parameter and the extra-indicator matrix into a :class:`Plan`."""
        def idx(key, label):
            return self.resolve_field(parameters, key, fields, CANDIDATES[key], feedback, label)
        names = fields.names()
        completion = idx("COMPLETION_DUE_FIELD", self.tr("agreed completion date"))
        production = idx("PRODUCTION_DUE_FIELD", self.tr("agreed full-production date"))
        if completion < 0 and production < 0:
            return self._unchecked(parameters, context, feedback, self.tr(
                "No agreed completion or full-production date field was given or found."))
        dated = {commitments.COMPLETION: completion >= 0, commitments.PRODUCTION: production >= 0}
        indicators, committed, actual, totals = [], [], [], []
        for key, c_param, a_param, t_param in CORE_PARAMS:
            name = commitments.CORE_KEYS[key][0]
            c = idx(c_param, self.tr("committed {name}").format(name=name))
            if c < 0 or not dated[commitments.CORE_KEYS[key][2]]:
                feedback.pushWarning(self.tr("No committed field or no date field for {name}: it is not checked.").format(
                    name=name))
                continue
            a = idx(a_param, self.tr("actual {name}").format(name=name))
            t = idx(t_param, self.tr("total for actual {name}").format(name=name))
            indicators.append(commitments.core_indicator(key, names[c], names[a] if a >= 0 else "",
                                                         names[t] if t >= 0 else ""))
            committed.append(c)
            actual.append(a)
            totals.append(t)
        try:
            extra = commitments.indicators_from_matrix(
                self.parameterAsMatrix(parameters, "EXTRA_INDICATORS", context), lambda f: find_field(fields, [f]) >= 0)
        except commitments.IndicatorSpecError as exc:
            raise QgsProcessingException(str(exc))
        for ind in extra:
            if not dated[ind.check_point]:
                feedback.pushWarning(self.tr("No date field for {name}: it is not checked.").format(name=ind.name))
                continue
            indicators.append(ind)
            committed.append(find_field(fields, [ind.committed_field]))
            actual.append(find_field(fields, [ind.actual_field]))
            totals.append(-1)
        if not indicators:
            return self._unchecked(parameters, context, feedback, self.tr(
                "No indicator to check: give a committed field with its date field, or an extra indicator."))
        price = idx("LAND_PRICE_FIELD", self.tr("land price"))
        area = self.resolve_field(parameters, "AREA_FIELD", fields, CANDIDATES["AREA_FIELD"], feedback,
                                  self.tr("land area"), allow_auto="AREA_FIELD" not in parameters)
        msg = {k: names[i] for k, i in (("completion_due", completion), ("production_due", production),
                                        ("land_price", price)) if i >= 0}
        return Plan(indicators, committed, actual, totals, completion, production, price, area,
                    idx("RECOVERY_FIELD", self.tr("recovery allowed")), msg)

    def _unchecked(self, parameters, context, feedback, message):
        """Stop with ``message``; with PASS_UNCHECKED an empty plan: every parcel written unchecked."""
        if not self.parameterAsBool(parameters, "PASS_UNCHECKED", context):
            raise QgsProcessingException(message)
        feedback.pushWarning(message + " " + self.tr("The parcels are written unchecked (PASS_UNCHECKED)."))
        return Plan([], [], [], [], -1, -1, -1, -1, -1, {})

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_fail(parameters, self.INPUT, context)
        crs = self.check_crs_if_spatial(source, self.tr("Parcels"))
        spatial = source.wkbType() != QgsWkbTypes.NoGeometry
        as_of = as_of_value(self, parameters, context, feedback)
        fields = source.fields()
        plan = self._plan(parameters, context, fields, feedback)
        unit = AREA_UNITS[self.parameterAsEnum(parameters, "AREA_UNIT", context)]
        out_fields, kept = self.output_fields(fields, self._added_fields(), feedback)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields, source.wkbType(),
                                         source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        measurer = self.area_measurer(crs, context) if spatial else None
        as_of_q = QDate(as_of.year, as_of.month, as_of.day)
        names = fields.names()
        statuses, areas, penalties, problem_counts, batch = [], [], [], {}, []
        total = source.featureCount() or 0
        for current, feat in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS)):
            if feedback.isCanceled():
                break
            attrs = feat.attributes()
            notes, geom = [], feat.geometry()
            if spatial:
                geom, geom_note = repair_geometry(geom)
                kind = "empty_geometry" if geom.isNull() or geom.isEmpty() else ("invalid_geometry" if geom_note else None)
                if kind:
                    notes.append(geom_note or "几何为空")
                    problem_counts[kind] = problem_counts.get(kind, 0) + 1
            area_m2 = land_area_m2(attrs, plan.area, names, unit, geom, measurer, notes)
            res = commitments.check_parcel(
                as_of, plan.indicators, _values(attrs, plan.committed), _values(attrs, plan.actual),
                _value(attrs, plan.completion), _value(attrs, plan.production), _value(attrs, plan.price),
                _values(attrs, plan.totals), area_m2, plan.names)
            entry = commitments.ledger_entry(res.status, res.reason, res.penalty, _value(attrs, plan.recovery))
            for p in res.problems:
                problem_counts[p.kind] = problem_counts.get(p.kind, 0) + 1
            feat.setFields(out_fields, False)
            feat.setAttributes([attrs[i] for i in kept] + [
                res.status, res.flag, res.shortfall, res.penalty, entry[2] if entry else None,
                "；".join([res.reason] + notes), as_of_q])
            feat.setGeometry(geom)
            batch.append(feat)
            if len(batch) >= 1000:
                sink.addFeatures(batch, QgsFeatureSink.FastInsert)
                batch = []
            statuses.append(res.status)
            areas.append(area_m2 / M2_PER_MU if area_m2 else None)
            penalties.append(res.penalty)
            if total and current % 256 == 0:
                feedback.setProgress(100.0 * current / total)
        if batch and not feedback.isCanceled():
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
        del sink
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        styling.finish_output(self, context, dest_id, STYLE_KIND, feedback, ALIASES)
        feedback.setProgress(100)
        log_problem_counts(feedback, problem_counts)
        feedback.pushInfo(self.tr("Summary as of {date} (count, area in mu, penalty in 万元):").format(
            date=as_of.isoformat()))
        for status, (count, mu, penalty) in commitments.summarise(statuses, areas, penalties).items():
            feedback.pushInfo("  %s: %d, %.2f %s, %.2f %s" % (status or self.tr("not 标准地 (not checked)"), count, mu,
                                                             self.tr("mu"), penalty, self.tr("万元")))
        return {self.OUTPUT: dest_id}


def _value(attrs, i):
    return py_value(attrs[i]) if i >= 0 else None


def _values(attrs, indexes):
    return [py_value(attrs[i]) if i >= 0 else None for i in indexes]


def land_area_m2(attrs, area_idx, names, unit, geom, measurer, notes):
    """Land area in m² from the area field (in ``unit``) or the geometry; None when unknown."""
    if area_idx >= 0:
        value, problem = parse_number(py_value(attrs[area_idx]), names[area_idx])
        if problem is not None:
            notes.append(problem.message)
        return None if value is None else to_m2(value, unit)
    if measurer is None or geom.isNull() or geom.isEmpty():
        return None
    return measurer.measureArea(geom)

"""landplan:countyassessment — 县（区）考核.

The rule lives in :mod:`landplan_plugin.core.assessment`; this module reads the task table and the
two runs as ``landplan:taskprogress`` does (:mod:`.task_inputs`), the optional supply-plan progress,
next year's quota and last quarter's assessment, calls :func:`~landplan_plugin.core.assessment.assess`
and writes the table per 县（区） (and its ledger sheet).
"""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QDate

from ..core import assessment as ca
from ..core import fields
from ..core import tasks as tk
from ..core.fields import find_name
from ..paths import resource
from .base import LandPlanAlgorithm
from .params import PlansGroupMixin, add_as_of_param, add_ledger_param, as_of_value
from .problems import log_report_problems
from . import table_io, task_inputs
from .. import compat

CANDIDATES = fields.CANDIDATES["countyassessment"]
_INTS = ("ca_halfway", "ca_yearend", "ca_rank", "ca_rankchg", "ca_talk", "ca_planlag", "ca_prevrk")
_TEXTS = {"ca_county": 60, "ca_reason": 254, "ca_conseq": 254, "ca_parts": 254}
TYPES = {name: ("int", 0, 0) if name in _INTS else ("string", _TEXTS[name], 0) if name in _TEXTS
         else ("date", 0, 0) if name == "ca_as_of" else ("double", 20, 4) for name, _ in ca.OUTPUT_FIELDS}
#: the fields of the current run the score can use (亩均 class, 标准地 status)
PARCEL_EXTRA = ("mj_class", "cm_status")


class CountyAssessment(PlansGroupMixin, LandPlanAlgorithm):
    def name(self):
        return "countyassessment"

    def displayName(self):
        return self.tr("County assessment (县区考核)")

    def initAlgorithm(self, config=None):
        task_inputs.add_task_params(self, self.tr("Tasks: county field (县区)"),
                                    self.tr("County field of the parcels (县区)"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PLAN_PROGRESS", self.tr("Supply-plan progress table (the supplyplanprogress output; optional)"),
            [compat.SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "NEXT_QUOTA", self.tr("Next year's new construction-land quota per county (table, ha; optional)"),
            [compat.SOURCE_VECTOR], optional=True))
        self.add_field_param("QUOTA_COUNTY_FIELD", self.tr("Quota: county field"), parent="NEXT_QUOTA", any_type=True)
        self.add_field_param("QUOTA_AREA_FIELD", self.tr("Quota: indicator field (ha)"), parent="NEXT_QUOTA",
                             any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PREVIOUS", self.tr("Last quarter's assessment (this algorithm's output; optional)"),
            [compat.SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "SCHEME_FILE", self.tr("Scoring scheme (JSON; empty = the example scheme, 示例)"), extension="json",
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "RULES_FILE", self.tr("Node rules (JSON; empty = 濮政办〔2021〕6号 四(四) and the supply plan's 六(五))"),
            extension="json", optional=True))
        add_as_of_param(self)
        self.addParameter(QgsProcessingParameterNumber(
            "TALK_BOTTOM_N", self.tr("Talk list: the bottom N counties by score"),
            compat.NUMBER_INTEGER, defaultValue=1, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "TALK_SCORE_BELOW", self.tr("Talk list: every county scoring below (empty = no threshold)"),
            compat.NUMBER_DOUBLE, optional=True, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("County assessment"), compat.SOURCE_VECTOR, optional=True,
            createByDefault=True))
        add_ledger_param(self)

    def processAlgorithm(self, parameters, context, feedback):
        as_of = as_of_value(self, parameters, context, feedback)
        rules, scheme = self._data_files(parameters, context, feedback)
        tasks = task_inputs.read_tasks(self, parameters, context, feedback, CANDIDATES, self.tr("task county"))
        current, baseline, names = task_inputs.run_field_names(self, parameters, context, feedback, CANDIDATES)
        crs = current.sourceCrs()
        cur = task_inputs.read_run(self, current, names, context, feedback, (10, 50), False, crs,
                                   self.tr("current"), PARCEL_EXTRA)
        base = task_inputs.read_run(self, baseline, names, context, feedback, (50, 80), False, crs,
                                    self.tr("baseline"))
        if tasks is None or cur is None or base is None:
            return {}
        report = tk.task_progress(tasks, base[0], cur[0], as_of)
        log_report_problems(feedback, report.problems, report.notes)
        plan = self._table(parameters, "PLAN_PROGRESS", context, feedback, [n for n in (
            "district", "category", "done_pct", "req_pct")], self.tr("supply-plan progress"))
        quota = self._quota(parameters, context, feedback)
        previous = self._table(parameters, "PREVIOUS", context, feedback, ["ca_county", "ca_rank"],
                               self.tr("last quarter's assessment"))
        if feedback.isCanceled():
            return {}
        run = cur[0]
        geom_mu = run.geom_mu if any(a is not None for a in run.geom_mu or []) else None
        parcels = (run.zone, geom_mu, cur[2].get("mj_class"), cur[2].get("cm_status")) if run.zone is not None \
            else None
        bottom = self.parameterAsInt(parameters, "TALK_BOTTOM_N", context)
        below = parameters.get("TALK_SCORE_BELOW")
        below = None if below in (None, "") else self.parameterAsDouble(parameters, "TALK_SCORE_BELOW", context)
        result = ca.assess(report, as_of, rules, scheme, plan, quota, previous, parcels, bottom, below)
        feedback.setProgress(90)
        self._log(result, feedback)
        table = table_io.table_fields(ca.OUTPUT_FIELDS, TYPES)
        qdate = QDate(as_of.year, as_of.month, as_of.day)
        rows = [[qdate if isinstance(v, type(as_of)) else v for v in row] for row in result.rows()]
        sink, dest_id = table_io.create_table_sink(self, parameters, "OUTPUT", context, table)
        if sink is not None:
            ok = table_io.write_rows(sink, table, rows, feedback)
            del sink
            if not ok:
                self.discard_partial_output(dest_id, feedback)
                return {}
            table_io.finish_output(context, dest_id, dict(ca.OUTPUT_FIELDS), feedback,
                                   qml=resource("styles", "landplan_assessment.qml"))
        results = {"OUTPUT": dest_id} if dest_id else {}
        ledger = self.parameterAsFileOutput(parameters, "LEDGER", context)
        if ledger:
            from ..output.ledger_sheets import write_sheet
            results["LEDGER"] = write_sheet(ledger, *ca.ledger_sheet(result, as_of))
            feedback.pushInfo(self.tr("Ledger sheet written to {path}.").format(path=ledger))
        feedback.setProgress(100)
        return results

    # ---- steps ------------------------------------------------------------------------
    def _data_files(self, parameters, context, feedback):
        rules_path = self.parameterAsFile(parameters, "RULES_FILE", context) or ca.DEFAULT_RULES
        scheme_path = self.parameterAsFile(parameters, "SCHEME_FILE", context) or ca.EXAMPLE_SCHEME
        try:
            rules, scheme = ca.load_rules(rules_path), ca.load_scheme(scheme_path)
        except (ca.RulesError, ca.SchemeError) as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(self.tr("Node rules: {rules}.").format(rules="、".join(
            "%s（%02d-%02d）" % (r.title, r.month, r.day) for r in rules)))
        feedback.pushInfo(self.tr("Scoring scheme: {name}.").format(name=scheme.name))
        if scheme.example:
            feedback.pushWarning(self.tr("The scoring scheme is an example (示例): its weights are not a document's; "
                                         "give the local scheme as SCHEME_FILE."))
        return rules, scheme

    def _table(self, parameters, name, context, feedback, wanted, label):
        """Columns of the fields ``wanted`` (by name) of an optional table, or None when not given."""
        source = table_io.table_source(self, parameters, name, context, feedback, optional=True)
        if source is None:
            return None
        idx = [find_name(source.fields().names(), [w]) for w in wanted]
        missing = [w for w, i in zip(wanted, idx) if i < 0]
        if missing:
            raise QgsProcessingException(self.tr("The {table} table ({param}) lacks the fields {names}.").format(
                table=label, param=name, names=", ".join(missing)))
        table = table_io.read_columns(source, idx, feedback, (80, 85))
        return None if table is None else table.values

    def _quota(self, parameters, context, feedback):
        source = table_io.table_source(self, parameters, "NEXT_QUOTA", context, feedback, optional=True)
        if source is None:
            return None
        idx = [self.resolve_field(parameters, n, source.fields(), CANDIDATES[n], feedback, label) for n, label in (
            ("QUOTA_COUNTY_FIELD", self.tr("quota county")), ("QUOTA_AREA_FIELD", self.tr("quota (ha)")))]
        if min(idx) < 0:
            raise QgsProcessingException(self.tr("The quota table needs a county field and an indicator field in ha "
                                                 "(QUOTA_COUNTY_FIELD, QUOTA_AREA_FIELD)."))
        table = table_io.read_columns(source, idx, feedback, (85, 88))
        return None if table is None else table.values

    def _log(self, result, feedback):
        log_report_problems(feedback, result.problems, result.notes)
        c = result.columns
        line = self.tr("{county}: done {pct} % of {task} mu; score {score}, rank {rank}{talk}{conseq}")
        for i, county in enumerate(c["ca_county"]):
            pct, score = c["ca_donepct"][i], c["ca_score"][i]
            text = line.format(county=county, pct="—" if pct is None else "%.1f" % pct,
                               task="%.2f" % c["ca_task_mu"][i], score="—" if score is None else "%.2f" % score,
                               rank=c["ca_rank"][i] or "—", talk=self.tr("; talk: {reason}").format(
                                   reason=c["ca_reason"][i]) if c["ca_talk"][i] else "",
                               conseq="；" + c["ca_conseq"][i] if c["ca_conseq"][i] else "")
            (feedback.pushWarning if c["ca_talk"][i] or c["ca_conseq"][i] else feedback.pushInfo)(text)
        feedback.pushInfo(ca.DEFINITIONS)

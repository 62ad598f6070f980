"""landplan:taskprogress — 存量盘活任务进度.

The rule lives in :mod:`landplan_plugin.core.tasks`; this module reads the task table and the
two runs of the checks as columns, calls :func:`~landplan_plugin.core.tasks.task_progress` and
writes the zone × kind table and the per-parcel changes.
"""
from qgis.core import (
    QgsProcessingParameterFeatureSink,
)
from qgis.PyQt.QtCore import QDate

from .. import compat
from ..core import fields
from ..core import tasks as tk
from ..paths import resource
from .base import LandPlanAlgorithm
from .params import add_ledger_param, PlansGroupMixin
from .params import add_as_of_param, as_of_value
from .problems import log_report_problems
from . import table_io, task_inputs

CANDIDATES = fields.CANDIDATES["taskprogress"]
_STR = ("string", 80, 0)
_DATE = ("date", 0, 0)
_INT = ("int", 0, 0)
TYPES = {"zone": _STR, "kind": ("string", 10, 0), "overdue": _INT, "deadline": _DATE, "n_done": _INT,
         "n_open": _INT, "n_new": _INT, "as_of": _DATE, "pid": _STR, "change": ("string", 10, 0)}
TYPES.update({n: ("double", 20, 4) for n in ("task_mu", "done_mu", "done_pct", "open_mu", "new_mu",
                                                     "base_mu", "cur_mu", "area_mu")})


def _qdate(d):
    return QDate(d.year, d.month, d.day) if d is not None else None


class TaskProgress(PlansGroupMixin, LandPlanAlgorithm):
    def name(self):
        return "taskprogress"

    def displayName(self):  # noqa: N802
        return self.tr("Stock-disposal task progress")

    def initAlgorithm(self, config=None):  # noqa: N802
        task_inputs.add_task_params(self)
        add_as_of_param(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Task progress"), compat.SOURCE_VECTOR, optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_PARCELS", self.tr("Parcel changes"), compat.SOURCE_ANY_GEOMETRY, optional=True,
            createByDefault=True))
        add_ledger_param(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        as_of = as_of_value(self, parameters, context, feedback)
        tasks = task_inputs.read_tasks(self, parameters, context, feedback, CANDIDATES)
        current, baseline, names = task_inputs.run_field_names(self, parameters, context, feedback, CANDIDATES)
        want_parcels = bool(self.parameterAsOutputLayer(parameters, "OUTPUT_PARCELS", context))
        crs = current.sourceCrs()
        cur = task_inputs.read_run(self, current, names, context, feedback, (10, 50), want_parcels, crs,
                                   self.tr("current"))
        base = task_inputs.read_run(self, baseline, names, context, feedback, (50, 85), want_parcels, crs,
                                    self.tr("baseline"))
        if tasks is None or cur is None or base is None:
            return {}
        report = tk.task_progress(tasks, base[0], cur[0], as_of)
        self._log(report, feedback)
        fields = table_io.table_fields(tk.OUTPUT_FIELDS, TYPES)
        rows = [[r.zone, r.kind, r.task_mu, r.done_mu, r.done_pct, r.open_mu, r.new_mu, r.overdue,
                 _qdate(r.deadline), r.n_done, r.n_open, r.n_new, _qdate(as_of)] for r in report.rows]
        ok, dest_id = table_io.write_table(self, parameters, "OUTPUT", context, fields, rows,
                                           dict(tk.OUTPUT_FIELDS), feedback)
        if not ok:
            return {}
        results = {"OUTPUT": dest_id} if dest_id else {}
        if want_parcels:
            parcels_id = self._write_parcels(parameters, context, feedback, report, cur, base, crs)
            if parcels_id is None:
                return {}
            results["OUTPUT_PARCELS"] = parcels_id
        ledger = self.parameterAsFileOutput(parameters, "LEDGER", context)
        if ledger:
            from ..output.ledger_sheets import write_sheet
            results["LEDGER"] = write_sheet(ledger, *tk.ledger_sheet(report, as_of))
        feedback.setProgress(100)
        return results

    # ---- steps ------------------------------------------------------------------------
    def _write_parcels(self, parameters, context, feedback, report, cur, base, crs):
        from qgis.core import QgsFeature, QgsFeatureSink
        fields = table_io.table_fields(tk.PARCEL_FIELDS, TYPES)
        has_geom = any(g is not None for g in cur[1] + base[1])
        wkb = compat.WKB_MULTIPOLYGON if has_geom else compat.WKB_NO_GEOMETRY
        sink, dest_id = self.create_sink(parameters, "OUTPUT_PARCELS", context, fields, wkb, crs)
        for p in report.parcels:
            if feedback.isCanceled():
                del sink
                self.discard_partial_output(dest_id, feedback)
                return None
            feat = QgsFeature(fields)
            feat.setAttributes([p.pid, p.zone, p.kind, p.change, p.base_mu, p.cur_mu, p.area_mu])
            geom = (cur if p.key[0] == "current" else base)[1][p.key[1]]
            if has_geom and geom is not None:
                geom = type(geom)(geom)
                geom.convertToMultiType()
                feat.setGeometry(geom)
            sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
        del sink
        table_io.finish_output(context, dest_id, dict(tk.PARCEL_FIELDS), feedback,
                               qml=resource("styles", "landplan_task_parcels.qml"))
        return dest_id

    def _log(self, report, feedback):
        feedback.pushInfo(self.tr("Parcel changes: {counts}.").format(
            counts=", ".join("%s %d" % (c, report.counts.get(c, 0)) for c in tk.CHANGES)))
        log_report_problems(feedback, report.problems, report.notes)
        line = self.tr("{zone} {kind}: disposed {done} of {task} mu ({pct} %), open {open} mu, new {new} mu")
        status = tk.status_texts([r.done_pct for r in report.rows], [r.overdue for r in report.rows]).tolist()
        for r, st in zip(report.rows, status):
            text = line.format(zone=r.zone, kind=r.kind, done="%.2f" % r.done_mu, task="%.2f" % r.task_mu,
                               pct="—" if r.done_pct is None else "%.1f" % r.done_pct, open="%.2f" % r.open_mu,
                               new="%.2f" % r.new_mu)
            (feedback.pushWarning if st == tk.LATE else feedback.pushInfo)("%s — %s" % (text, st))
        feedback.pushInfo(tk.DEFINITIONS)

"""landplan:supplyplanprogress — 供地计划执行监测.

The rule lives in :mod:`landplan_plugin.core.supply_plan`; this module reads the plan and the
supplies as columns, calls :func:`~landplan_plugin.core.supply_plan.plan_progress` and writes the
table, the chart and the ledger sheet.
"""
import dataclasses

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from .. import compat
from ..output import charts
from ..core import fields
from ..core import supply_plan as sp
from ..core.units import M2_PER_HA
from .base import LandPlanAlgorithm
from .params import add_chart_param, add_ledger_param, PlansGroupMixin
from .params import add_as_of_param, as_of_value
from .batches import SinkWriter, read_batches
from .field_resolution import make_field
from .result_join import ResultLookup
from .problems import log_report_problems
from . import table_io

CANDIDATES = fields.CANDIDATES["supplyplanprogress"]
_T = {"district": ("string", 60, 0), "category": ("string", 20, 0), "n_supp": ("int", 0, 0),
      "on_track": ("int", 0, 0), "as_of": ("date", 0, 0)}
TYPES = {name: _T.get(name, ("double", 20, 4)) for name, _ in sp.OUTPUT_FIELDS}


def _names(fields, roles, indexes):
    """{role: field name or None} of resolved field indexes."""
    return {role: fields.at(i).name() if i >= 0 else None for role, i in zip(roles, indexes)}


class SupplyPlanProgress(PlansGroupMixin, LandPlanAlgorithm):
    def name(self):
        return "supplyplanprogress"

    def displayName(self):
        return self.tr("Land-supply plan progress")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PLAN", self.tr("Supply plan table (CSV, XLSX or layer; e.g. resources/plans/zhengzhou_2024.csv)"),
            [compat.SOURCE_VECTOR]))
        self.add_field_param("PLAN_CATEGORY_FIELD", self.tr("Plan: category field"), parent="PLAN", any_type=True)
        self.add_field_param("PLAN_AREA_FIELD", self.tr("Plan: planned area field (ha)"), parent="PLAN", any_type=True)
        self.add_field_param("PLAN_DISTRICT_FIELD", self.tr("Plan: district field (optional)"), parent="PLAN",
                             any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SUPPLIES", self.tr("Supplies (layer or table)"), [compat.SOURCE_VECTOR]))
        self.add_field_param("SUPPLY_DATE_FIELD", self.tr("Supplies: supply date field"), parent="SUPPLIES",
                             any_type=True)
        self.add_field_param("SUPPLY_CODE_FIELD", self.tr("Supplies: land-use code field"), parent="SUPPLIES",
                             any_type=True)
        self.add_field_param("SUPPLY_CATEGORY_FIELD", self.tr("Supplies: category field (instead of a code)"),
                             parent="SUPPLIES", any_type=True)
        self.add_field_param("SUPPLY_AREA_FIELD", self.tr("Supplies: area field (ha; empty = geometry)"),
                             parent="SUPPLIES", any_type=True)
        self.add_field_param("SUPPLY_DISTRICT_FIELD", self.tr("Supplies: district field"), parent="SUPPLIES",
                             any_type=True)
        add_as_of_param(self)
        self.addParameter(QgsProcessingParameterString(
            "MILESTONES", self.tr("Milestones (month-day:percent)"), defaultValue=sp.DEFAULT_MILESTONES))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Plan progress"), compat.SOURCE_VECTOR, optional=True, createByDefault=True))
        add_chart_param(self)
        add_ledger_param(self)
        # 拟供地块台账: planned parcels, matched against the supplies
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PLANNED_PARCELS", self.tr("Planned parcels (拟供地块; layer or table), optional"),
            [compat.SOURCE_VECTOR], optional=True))
        for name, label in (("PLANNED_ID_FIELD", self.tr("Planned parcels: parcel id field (matched with "
                                                          "SUPPLY_ID_FIELD; empty = by location)")),
                            ("PLANNED_AREA_FIELD", self.tr("Planned parcels: area field (ha; empty = geometry)")),
                            ("PLAN_QUARTER_FIELD", self.tr("Planned parcels: planned quarter field (1–4)")),
                            ("PLAN_MONTH_FIELD", self.tr("Planned parcels: planned month field (1–12)")),
                            ("OBSTACLE_FIELD", self.tr("Planned parcels: obstacle field (征收/拆迁/文物/环保/其他)")),
                            ("UNIT_FIELD", self.tr("Planned parcels: responsible unit field"))):
            self.add_field_param(name, label, parent="PLANNED_PARCELS", any_type=True)
        self.add_field_param("SUPPLY_ID_FIELD", self.tr("Supplies: parcel id field (for the planned parcels)"),
                             parent="SUPPLIES", any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "PARCEL_OUTPUT", self.tr("Planned parcels' supply status"), compat.SOURCE_VECTOR,
            optional=True, createByDefault=True))

    def processAlgorithm(self, parameters, context, feedback):
        as_of = as_of_value(self, parameters, context, feedback)
        try:
            milestones = sp.parse_milestones(self.parameterAsString(parameters, "MILESTONES", context))
        except sp.MilestoneError as exc:
            raise QgsProcessingException(str(exc)) from None
        plan, setup = self._read_plan(parameters, context, feedback)
        supplies, setup = self._read_supplies(parameters, context, feedback, setup)
        if plan is None or supplies is None:
            return {}
        report = sp.plan_progress(plan, supplies, as_of, milestones, use_districts=setup.use_districts)
        self._log(report, feedback)
        fields = table_io.table_fields(sp.OUTPUT_FIELDS, TYPES)
        qdate = QDate(as_of.year, as_of.month, as_of.day)
        rows = [[r.district, r.category, r.plan_ha, r.supp_ha, r.n_supp, r.done_pct, r.req_pct, r.on_track,
                 r.gap_ha, r.plan_shr, r.supp_shr, qdate] for r in report.rows]
        ok, dest_id = table_io.write_table(self, parameters, "OUTPUT", context, fields, rows,
                                           dict(sp.OUTPUT_FIELDS), feedback)
        if not ok:
            return {}
        results = {"OUTPUT": dest_id} if dest_id else {}
        chart = self.parameterAsFileOutput(parameters, "CHART", context)
        if chart:
            results["CHART"] = self._chart(chart, report, as_of, feedback)
        ledger = self.parameterAsFileOutput(parameters, "LEDGER", context)
        sheets = [sp.ledger_sheet(report, as_of)] + self._parcels(parameters, context, feedback, as_of, setup, results)
        if feedback.isCanceled():
            return {}
        if ledger:
            from ..output.ledger_sheets import write_sheet
            for sheet in sheets:
                results["LEDGER"] = write_sheet(ledger, *sheet)
            feedback.pushInfo(self.tr("Ledger sheet written to {path}.").format(path=ledger))
        feedback.setProgress(100)
        return results

    # ---- steps ------------------------------------------------------------------------
    def _read_plan(self, parameters, context, feedback):
        """(core.supply_plan.PlanTable or None when cancelled, the run's ProgressSetup)."""
        source = table_io.table_source(self, parameters, "PLAN", context, feedback)
        fields = source.fields()
        idx = [self.resolve_field(parameters, name, fields, CANDIDATES[name], feedback, label) for name, label in (
            ("PLAN_CATEGORY_FIELD", self.tr("plan category")), ("PLAN_AREA_FIELD", self.tr("planned area")),
            ("PLAN_DISTRICT_FIELD", self.tr("plan district")))]
        setup = sp.ProgressSetup(plan=_names(fields, ("category", "area", "district"), idx))
        if setup.plan_errors():
            raise QgsProcessingException(self.tr("The plan needs a category field and an area field "
                                                 "(PLAN_CATEGORY_FIELD, PLAN_AREA_FIELD)."))
        table = table_io.read_columns(source, idx, feedback, (0, 10))
        if table is None:
            return None, setup
        category, area, district = table.values
        return sp.PlanTable(category, area, district if setup.use_districts else None), setup

    def _read_supplies(self, parameters, context, feedback, setup):
        """(core.supply_plan.SupplyTable or None when cancelled, the setup with the supplies' fields)."""
        source = table_io.table_source(self, parameters, "SUPPLIES", context, feedback)
        fields = source.fields()
        names = ("SUPPLY_DATE_FIELD", "SUPPLY_CODE_FIELD", "SUPPLY_CATEGORY_FIELD", "SUPPLY_AREA_FIELD",
                 "SUPPLY_DISTRICT_FIELD")
        labels = (self.tr("supply date"), self.tr("land-use code"), self.tr("supply category"),
                  self.tr("supply area (ha)"), self.tr("supply district"))
        auto = {"SUPPLY_CATEGORY_FIELD": False, "SUPPLY_DISTRICT_FIELD": setup.use_districts}
        idx = [self.resolve_field(parameters, n, fields, CANDIDATES[n], feedback, label, auto.get(n, True))
               for n, label in zip(names, labels)]
        setup = dataclasses.replace(
            setup, supplies=_names(fields, ("date", "code", "category", "area", "district"), idx),
            polygons=QgsWkbTypes.geometryType(source.wkbType()) == compat.GEOMETRY_POLYGON)
        errors = {"no_date": self.tr("The supplies need a supply date field (SUPPLY_DATE_FIELD)."),
                  "no_code": self.tr("The supplies need a land-use code field (SUPPLY_CODE_FIELD) "
                                     "or a category field (SUPPLY_CATEGORY_FIELD)."),
                  "no_area": self.tr("Supplies without polygons need an area field in ha (SUPPLY_AREA_FIELD).")}
        for error in setup.supply_errors():
            raise QgsProcessingException(errors[error])
        measurer = self.area_measurer(self.check_crs(source, self.tr("Supplies")), context) if setup.polygons else None
        table = table_io.read_columns(source, idx, feedback, (10, 80), measurer)
        if table is None:
            return None, setup
        label = self.tr("feature {fid}")
        date, code, category, area, district = table.values
        return sp.SupplyTable(date, area, code, category, district, [label.format(fid=fid) for fid in table.fids],
                              [None if a is None else a / M2_PER_HA for a in table.area_m2]), setup

    def _parcels(self, parameters, context, feedback, as_of, setup, results):
        """拟供地块台账: each planned parcel matched with a supply (by parcel id, else by location),
        through ``supply_plan.parcel_progress_columns``; written to PARCEL_OUTPUT (results) and
        returned as ledger sheets (none without PLANNED_PARCELS)."""
        planned = self.parameterAsSource(parameters, "PLANNED_PARCELS", context)
        if planned is None:
            return []
        supplies = table_io.table_source(self, parameters, "SUPPLIES", context, feedback)
        pf = planned.fields()
        roles = {"PLANNED_ID_FIELD": self.tr("planned parcel id"), "PLANNED_AREA_FIELD": self.tr("planned area (ha)"),
                 "PLAN_QUARTER_FIELD": self.tr("planned quarter"), "PLAN_MONTH_FIELD": self.tr("planned month"),
                 "OBSTACLE_FIELD": self.tr("obstacle"), "UNIT_FIELD": self.tr("responsible unit")}
        idx = {r: self.resolve_field(parameters, r, pf, CANDIDATES[r], feedback, label) for r, label in roles.items()}
        sid = self.resolve_field(parameters, "SUPPLY_ID_FIELD", supplies.fields(), CANDIDATES["SUPPLY_ID_FIELD"],
                                 feedback, self.tr("supply parcel id"))
        by_id = idx["PLANNED_ID_FIELD"] >= 0 and sid >= 0
        polygons = QgsWkbTypes.geometryType(planned.wkbType()) == compat.GEOMETRY_POLYGON
        if not by_id and not (polygons and setup.polygons):
            raise QgsProcessingException(self.tr("Planned parcels are matched with the supplies by parcel id "
                                                 "(PLANNED_ID_FIELD and SUPPLY_ID_FIELD) or, both being polygons, "
                                                 "by location."))
        crs = self.check_crs(planned, self.tr("Planned parcels")) if polygons else planned.sourceCrs()
        lookup = ResultLookup(supplies, [setup.supplies["date"]], supplies.fields().at(sid).name() if by_id else None,
                              crs, context)
        feedback.pushInfo(self.tr("Planned parcels matched with the supplies {how}.").format(
            how=self.tr("by parcel id") if by_id else self.tr("by location")))
        added = [make_field(name, "date" if name in ("pp_due", "pp_sdate") else "string", alias, 0 if name ==
                            "pp_reason" else 20) for name, alias in sp.PARCEL_FIELDS]
        out_fields, kept = self.output_fields(pf, added, feedback)
        sink, dest = self.create_sink(parameters, "PARCEL_OUTPUT", context, out_fields, planned.wkbType(),
                                      planned.sourceCrs())
        names = [n for n, _ in sp.PARCEL_FIELDS]
        writer = SinkWriter(sink, dest, out_fields, kept, pf.count(), names) if sink else None
        keys = {r: i for r, i in idx.items() if i >= 0}
        measurer = self.area_measurer(crs, context) if polygons and "PLANNED_AREA_FIELD" not in keys else None
        parts = []
        for batch in read_batches(planned, keys, feedback, measurer, keep_features=True, progress=(80.0, 15.0)):
            geoms = [f.geometry() for f in batch.features]
            found = lookup.rows(batch.columns.get("PLANNED_ID_FIELD"), geoms)
            out = sp.parcel_progress_columns(
                as_of, batch.columns.get("PLAN_QUARTER_FIELD"), batch.columns.get("PLAN_MONTH_FIELD"),
                [None if r is None else r[0] for r in found], batch.columns.get("OBSTACLE_FIELD"),
                batch.columns.get("UNIT_FIELD"), [r is not None for r in found])
            area = batch.columns.get("PLANNED_AREA_FIELD") or [None if a != a else a / M2_PER_HA for a in (
                batch.geom_area_m2.tolist() if batch.geom_area_m2 is not None else [float("nan")] * batch.n)]
            parts.append((out, batch.columns.get("PLANNED_ID_FIELD"), area))
            if writer is not None:
                writer.write(batch, {k: _qdates(v) for k, v in out.items()})
        if feedback.isCanceled():  # nothing half-written looks finished, and no ledger from it
            if writer is not None:
                del sink, writer
                self.discard_partial_output(dest, feedback)
            return []
        if writer is not None:
            writer.close()
            del sink, writer
            from ..output import styling
            styling.finish_output(self, context, dest, "plan_parcels", feedback, styling.aliases_with_prefix("pp_"))
            results["PARCEL_OUTPUT"] = dest
        return sp.parcel_sheets(*_joined(parts), as_of) if parts else []

    def _log(self, report, feedback):
        start, end = report.window
        feedback.pushInfo(self.tr("Counting supplies dated {start} … {end}; milestone requirement {req} %; "
                                  "{n} supplies counted.").format(start=start, end=end, req="%g" % report.req_pct,
                                                                  n=report.counted))
        for status, (n, ha) in report.excluded.items():
            feedback.pushWarning(self.tr("Not counted ({why}): {n} supplies, {ha} ha.").format(
                why=sp.STATUS_LABELS.get(status, status), n=n, ha="%.4f" % ha))
        for code, (n, ha) in sorted(report.unknown_codes.items()):
            feedback.pushWarning(self.tr("Unknown land-use code or category \"{code}\": {n} supplies, {ha} ha, "
                                         "not counted.").format(code=code, n=n, ha="%.4f" % ha))
        log_report_problems(feedback, report.problems, report.notes)
        line = self.tr("{district} {category}: supplied {supplied} of {plan} ha, {pct} %")
        for r in report.rows:
            feedback.pushInfo(line.format(district=r.district, category=r.category, supplied="%.2f" % r.supp_ha,
                                          plan="%.2f" % r.plan_ha,
                                          pct="—" if r.done_pct is None else "%.1f" % r.done_pct))

    def _chart(self, path, report, as_of, feedback):
        rows = [r for r in report.rows if r.district == sp.ALL_DISTRICTS]
        title = "%d年度供地计划执行（截至 %s）" % (as_of.year, as_of.isoformat())
        charts.plan_chart(path, [r.category for r in rows], [r.plan_ha for r in rows],
                          [r.supp_ha for r in rows], report.req_pct, title)
        feedback.pushInfo(self.tr("Chart written to {path}.").format(path=path))
        return path


def _qdates(column):
    """A core column: dates as QDate (for a date field), other values as they are."""
    import datetime
    import numpy as np
    return np.array([QDate(v.year, v.month, v.day) if isinstance(v, datetime.date) else v for v in column.tolist()],
                    dtype=object)


def _joined(parts):
    """The batches of parcel_progress_columns joined: (columns, ids, areas)."""
    import numpy as np
    columns = {k: np.concatenate([p[0][k] for p in parts]) for k in parts[0][0]}
    ids, areas = [], []
    for out, pid, area in parts:
        n = len(out["pp_status"])
        ids.extend(pid if pid is not None else [None] * n)
        areas.extend(area)
    return columns, ids, areas

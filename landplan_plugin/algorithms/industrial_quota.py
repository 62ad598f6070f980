"""landplan:industrialquota — 十四五新增工业用地 against the plan's quotas, and 入园
(《郑州市工业用地布局规划（2021—2035年）》 第三章一 表3-1 … 表3-5, 第四章三（一）).

The rules (quota file, which supplies count, zone and industry of a supply, the rows, the 入园
leads) are in :mod:`..core.quota`; this module reads the supplies, places each in a development
zone by a point on its surface (:class:`.zone_layers.ZoneSet`), hands the columns to the core and
writes the quota table and the leads.
"""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ..core import fields
from ..core import quota as rules
from ..core.lazy import lazy_module
from ..core.units import M2_PER_HA
from ..core.zone import parcel_area_columns
from .base import LandPlanAlgorithm
from .field_resolution import make_field
from .params import add_as_of_param, as_of_value, PlansGroupMixin
from .problems import log_report_problems
from .zone_layers import ZoneSet
from . import table_io
from .. import compat

np = lazy_module("numpy")

CANDIDATES = fields.CANDIDATES["industrialquota"]
ROLES = ("DATE_FIELD", "CATEGORY_FIELD", "INDUSTRY_FIELD", "AREA_FIELD", "EXEMPT_FIELD")
KINDS = {"iq_quota": "double", "iq_supp_ha": "double", "iq_n": "int", "iq_pct": "double", "iq_left": "double",
         "iq_tpct": "double", "iq_ha": "double", "iq_exempt": "int", "iq_lead": "int"}


def _fields(spec):
    out = QgsFields()
    for name, alias in spec:
        kind = KINDS.get(name, "string")
        out.append(make_field(name, kind, alias, *((20, 4) if kind == "double" else (254,) if kind == "string"
                                                    else ())))
    return out


class IndustrialQuota(PlansGroupMixin, LandPlanAlgorithm):
    def name(self):
        return "industrialquota"

    def displayName(self):  # noqa: N802
        return self.tr("New industrial land against the 14th Five-Year quotas (十四五新增工业用地)")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SUPPLIES", self.tr("Land supplies (供地), polygons"), [compat.SOURCE_POLYGON]))
        labels = {"DATE_FIELD": self.tr("Supply date field"),
                  "CATEGORY_FIELD": self.tr("Use category field (工业用地 / land-use code; empty = every supply is "
                                            "industrial)"),
                  "INDUSTRY_FIELD": self.tr("Industry field (GB/T 4754 code or industry name)"),
                  "AREA_FIELD": self.tr("Supplied area field (ha; empty = the geometry)"),
                  "EXEMPT_FIELD": self.tr("Exemption field: siting has special requirements (选址有特殊要求)")}
        for name in ROLES:
            self.add_field_param(name, labels[name], parent="SUPPLIES", any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ZONES", self.tr("Development zones"), [compat.SOURCE_POLYGON]))
        self.add_field_param("ZONE_NAME_FIELD", self.tr("Zone name field"), parent="ZONES", any_type=True)
        self.addParameter(QgsProcessingParameterFile(
            "QUOTA_FILE", self.tr("Quota file (JSON; empty = 郑州 2021–2025)"), extension="json", optional=True))
        add_as_of_param(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Quota table (cumulative and per year)"), compat.SOURCE_VECTOR, optional=True,
            createByDefault=True))  # optional: a model can skip the step without giving it a destination
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTSIDE", self.tr("Industrial supplies outside every development zone (入园 leads)"),
            compat.SOURCE_POLYGON, optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        supplies = self.source_or_fail(parameters, "SUPPLIES", context)
        zones_src = self.source_or_fail(parameters, "ZONES", context)
        zone_crs = self.check_crs(zones_src, self.tr("Development zones"))
        self.check_crs(supplies, self.tr("Land supplies"))
        try:
            quota = rules.load_quota(self.parameterAsFile(parameters, "QUOTA_FILE", context) or rules.DEFAULT_QUOTA)
        except rules.QuotaError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(self.tr("Quotas: {name} ({source}), {start} to {end}.").format(
            name=quota.name, source=quota.source, start=quota.start.isoformat(), end=quota.end.isoformat()))
        for note in quota.notes:
            feedback.pushWarning(note)
        as_of = as_of_value(self, parameters, context, feedback)
        idx = self._fields_of(parameters, supplies, feedback)
        name_idx = self.resolve_field(parameters, "ZONE_NAME_FIELD", zones_src.fields(), CANDIDATES["ZONE_NAME_FIELD"],
                                      feedback, self.tr("zone name"))
        zones = ZoneSet.read(zones_src, name_idx, feedback, zone_crs, context)
        measurer = self.area_measurer(zone_crs, context)
        table = table_io.read_columns(supplies, list(range(supplies.fields().count())), feedback, (0.0, 60.0),
                                      None, True, zone_crs, context)
        if table is None or feedback.isCanceled():
            return {}
        cols = {role: table.values[i] if i >= 0 else [None] * len(table.fids) for role, i in idx.items()}
        placed = [zones.zones_of(g) if g is not None else [] for g in table.geometries]
        inside = np.array([bool(p) for p in placed], dtype=bool)
        zone_keys = rules.zone_quota_keys(quota, [z.name for z in zones])
        keys = [zone_keys[p[0]] if p else None for p in placed]
        geom_ha = [measurer.measureArea(g) / M2_PER_HA if g is not None and not g.isEmpty() else 0.0
                   for g in table.geometries]
        area_name = supplies.fields().at(idx["AREA_FIELD"]).name() if idx["AREA_FIELD"] >= 0 else "area"
        ha = parcel_area_columns(cols["AREA_FIELD"], geom_ha, area_name)
        industrial = (rules.industrial_supply_columns(cols["CATEGORY_FIELD"], quota) if idx["CATEGORY_FIELD"] >= 0
                      else np.ones(len(ha), dtype=bool))
        date_name = supplies.fields().at(idx["DATE_FIELD"]).name()
        status, years, problems = rules.supply_status_columns(cols["DATE_FIELD"], industrial, quota.start, quota.end,
                                                              as_of, date_name)
        industry, empty = rules.industry_keys(quota, cols["INDUSTRY_FIELD"])
        feedback.setProgress(70)
        rows = rules.quota_rows(quota, ha, status, years, keys, inside, industry, as_of)
        ok, dest = table_io.write_table(self, parameters, "OUTPUT", context, _fields(rules.OUTPUT_FIELDS),
                                        [list(r) for r in zip(*rows.values())], dict(rules.OUTPUT_FIELDS), feedback)
        if not ok:
            return {}
        results = {"OUTPUT": dest} if dest else {}
        lead_idx, leads = rules.outside_leads(status, inside, rules.exempt_columns(cols["EXEMPT_FIELD"]), ha, industry)
        outside = self._outside(parameters, context, feedback, supplies, table, zone_crs, lead_idx, leads)
        if outside:
            results["OUTSIDE"] = outside
        self._log(feedback, zones, zone_keys, status, ha, {table.fids[i]: p for i, p in problems.items()},
                  empty & (status == rules.COUNTED), rows, leads)
        feedback.setProgress(100)
        return results

    # ---- steps ---------------------------------------------------------------------------
    def _fields_of(self, parameters, supplies, feedback):
        labels = {"DATE_FIELD": self.tr("supply date"), "CATEGORY_FIELD": self.tr("use category"),
                  "INDUSTRY_FIELD": self.tr("industry"), "AREA_FIELD": self.tr("supplied area (ha)"),
                  "EXEMPT_FIELD": self.tr("siting exemption")}
        # CATEGORY_FIELD / AREA_FIELD given empty: no such field (every supply industrial; the geometry)
        optional = ("CATEGORY_FIELD", "AREA_FIELD")
        idx = {role: self.resolve_field(parameters, role, supplies.fields(), CANDIDATES[role], feedback, labels[role],
                                        allow_auto=role not in optional or role not in parameters) for role in ROLES}
        if idx["DATE_FIELD"] < 0:
            raise QgsProcessingException(self.tr("No supply date field: choose one in DATE_FIELD (e.g. 供地日期)."))
        if idx["CATEGORY_FIELD"] < 0:
            feedback.pushInfo(self.tr("No use category field: every supply is counted as industrial land."))
        if idx["INDUSTRY_FIELD"] < 0:
            feedback.pushWarning(self.tr("No industry field: every supply counts in the quota row of other "
                                         "industries."))
        return idx

    def _outside(self, parameters, context, feedback, supplies, table, crs, lead_idx, leads):
        """The industrial supplies outside every zone, with the lead fields; None when not asked for."""
        added = _fields(rules.OUTSIDE_FIELDS)
        out_fields, kept = self.output_fields(supplies.fields(), [added.at(i) for i in range(added.count())],
                                              feedback)
        if not parameters.get("OUTSIDE"):
            return None
        sink, dest = self.create_sink(parameters, "OUTSIDE", context, out_fields,
                                      QgsWkbTypes.multiType(supplies.wkbType()), crs)
        if sink is None:
            return None
        for k, i in enumerate(lead_idx.tolist()):
            feat = QgsFeature(out_fields)
            feat.setAttributes([table.values[j][i] for j in kept] + [leads[name][k] for name, _a in
                                                                     rules.OUTSIDE_FIELDS])
            if table.geometries[i] is not None:
                geom = QgsGeometry(table.geometries[i])
                geom.convertToMultiType()
                feat.setGeometry(geom)
            sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
        del sink
        from ..output.styling import finish_output
        finish_output(self, context, dest, "quota_outside", feedback)
        return dest

    def _log(self, feedback, zones, zone_keys, status, ha, problems, empty_industry, rows, leads):
        # the output is a quota table with no row per supply: name each problem's feature here
        log_report_problems(feedback, [self.tr("Feature {fid}: {problem}").format(fid=fid, problem=problem.message)
                                       for fid, problem in problems.items()])
        labels = {rules.NOT_INDUSTRIAL: self.tr("not industrial land"), rules.NO_DATE: self.tr("without a supply date"),
                  rules.BAD_DATE: self.tr("with an unreadable supply date"),
                  rules.BEFORE: self.tr("dated before the quota period"),
                  rules.AFTER: self.tr("dated after the period's end or the reference date")}
        for code, (n, area) in rules.status_counts(status, ha).items():
            feedback.pushInfo(self.tr("Not counted: {n} supply(ies), {ha} ha, {what}.").format(
                n=n, ha="%.2f" % area, what=labels[code]))
        unmatched = [z.name for z, k in zip(zones, zone_keys) if k is None]
        if unmatched:
            feedback.pushWarning(self.tr("Zones no quota entry matches (their supplies count in the total only): "
                                         "{names}").format(names="、".join(unmatched)))
        if empty_industry.any():
            feedback.pushWarning(self.tr("{n} counted supply(ies) without an industry, counted as other "
                                         "industries.").format(n=int(empty_industry.sum())))
        for k in range(len(rows["iq_key"])):
            if rows["iq_year"][k] == rules.CUMULATIVE:
                feedback.pushInfo("  [%s] %s: %s" % (rows["iq_table"][k], rows["iq_key"][k], rows["iq_reason"][k]))
        feedback.pushInfo(self.tr("入园: {n} counted industrial supply(ies) outside every zone, {leads} lead(s), "
                                  "{exempt} exempt.").format(n=len(leads["iq_lead"]), leads=sum(leads["iq_lead"]),
                                                             exempt=sum(leads["iq_exempt"])))

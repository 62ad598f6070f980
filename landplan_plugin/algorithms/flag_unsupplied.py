"""landplan:flagunsupplied — 批而未供识别 (SPEC §3.3; seeds 001, 003, 004).

Attribute mode: the rule of :func:`landplan_plugin.core.unsupplied.assess_unsupplied` on one
layer's approval date, supply date and supply status.

Spatial mode (a supply layer is given): the unsupplied land is the approval polygon minus the
union of the supply polygons that touch it. The supply layer is streamed once: its geometries,
reprojected to the approval layer's CRS, go into a dict by feature id and a spatial index; each
approval then takes its candidates from the index by bounding box, keeps those its prepared
geometry really intersects, and subtracts their union (no difference at all when none does).
"""
import collections

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QVariant

from ..core.dates import full_years_between, parse_date
from ..core.unsupplied import age_years, assess_unsupplied, parse_yes_no, summarise_by_year, summarise_total
from ..core.units import AREA_UNITS, M2_PER_HA, M2_PER_MU, to_m2
from ..core.values import parse_number
from .base import LandPlanAlgorithm, make_field, problem_label, py_value, repair_geometry, tr_base
from .base import add_as_of_param, as_of_value

CANDIDATES = {
    "APPROVAL_DATE_FIELD": ["批准日期", "PZRQ", "批复日期", "PFRQ", "批准时间", "PZSJ", "approval_date"],
    "SUPPLY_DATE_FIELD": ["供地日期", "GDRQ", "供应日期", "GYRQ", "签订日期", "supply_date"],
    "SUPPLY_STATUS_FIELD": ["供地状态", "GDZT", "供应状态", "GYZT", "是否供地", "SFGD", "supply_status"],
    "IN_USE_FIELD": ["是否使用", "SFSY", "使用状态", "SYZT", "是否已使用", "in_use"],
    "AREA_FIELD": ["批准面积", "PZMJ", "批复面积", "用地面积", "YDMJ"],
    "SUPPLIED_DATE_FIELD": ["供地日期", "GDRQ", "供应日期", "GYRQ", "签订日期", "合同签订日期", "supply_date"],
}

#: per-row summary record for :func:`summarise_by_year`
_Row = collections.namedtuple("_Row", "approval_year flag area_m2 unsupplied_m2 in_use_flag")
_POLY = QgsWkbTypes.PolygonGeometry


def _polygonal(geom):
    """Only the polygon parts of ``geom`` (makeValid may return a collection with lines)."""
    if geom is None or geom.isNull():
        return QgsGeometry()
    if QgsWkbTypes.flatType(geom.wkbType()) in (QgsWkbTypes.Polygon, QgsWkbTypes.MultiPolygon,
                                                QgsWkbTypes.CurvePolygon, QgsWkbTypes.MultiSurface):
        return geom
    parts = [p for p in geom.asGeometryCollection() if p.type() == _POLY]
    if not parts:
        return QgsGeometry()
    return QgsGeometry.collectGeometry(parts) if len(parts) > 1 else parts[0]


def _fix(geom):
    return _polygonal(geom.makeValid())


class FlagUnsupplied(LandPlanAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "flagunsupplied"

    def displayName(self):  # noqa: N802
        return self.tr("Flag approved but unsupplied land")

    def shortDescription(self):  # noqa: N802
        return self.tr("Flags approved but unsupplied land (批而未供) as of a reference date, from dates and status "
                       "or by subtracting supply polygons, with years since approval and areas in mu and ha.")

    def tags(self):
        return self.tr("approved,unsupplied,批而未供,supply,approval,rate").split(",")

    def area_unit_labels(self):
        return [self.tr("Square metres (m2)"), self.tr("Mu (mu)"), self.tr("Hectares (ha)")]

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Approved land (批地)"), [QgsProcessing.TypeVector]))
        add_as_of_param(self)
        c = CANDIDATES
        self.add_field_param("APPROVAL_DATE_FIELD", self.tr("Approval date field (批准日期)"),
                             default=c["APPROVAL_DATE_FIELD"][0], any_type=True)
        self.add_field_param("SUPPLY_DATE_FIELD", self.tr("Supply date field (供地日期; attribute mode)"),
                             default=c["SUPPLY_DATE_FIELD"][0], any_type=True)
        self.add_field_param("SUPPLY_STATUS_FIELD", self.tr("Supply status field (供地状态: 已供/未供/部分供应; attribute mode)"),
                             default=c["SUPPLY_STATUS_FIELD"][0], any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SUPPLIED", self.tr("Supplied land (供地) polygons — spatial mode when given"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.add_field_param("SUPPLIED_DATE_FIELD", self.tr("Supply date field of the supplied land layer "
                                                            "(supplies after the reference date are left out)"),
                             parent="SUPPLIED", default=c["SUPPLIED_DATE_FIELD"][0], any_type=True)
        self.addParameter(QgsProcessingParameterNumber(
            "TOLERANCE", self.tr("Ignore unsupplied remainders smaller than (m²)"),
            type=QgsProcessingParameterNumber.Double, defaultValue=1.0, minValue=0.0))
        self.add_field_param("IN_USE_FIELD", self.tr("In-use field (是否使用), for 已批未供即用"),
                             default=c["IN_USE_FIELD"][0], any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "BUILDINGS", self.tr("Buildings / current use layer (现状), for 已批未供即用"),
            [QgsProcessing.TypeVectorAnyGeometry], optional=True))
        self.add_field_param("AREA_FIELD", self.tr("Approved area field (attribute mode; empty = measure the geometry)"),
                             any_type=True, advanced=True)
        p = QgsProcessingParameterEnum("AREA_UNIT", self.tr("Approved area field unit"),
                                       options=self.area_unit_labels(), defaultValue=0)
        self.set_advanced(p)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Approved but unsupplied land"), QgsProcessing.TypeVectorAnyGeometry))

    def _added_fields(self):
        return [
            make_field("unsup_flag", QVariant.Int, self.tr("Unsupplied flag (1 yes, 0 no, empty undetermined)")),
            make_field("unsup_yrs", QVariant.Int, self.tr("Full years since approval")),
            make_field("appr_age", QVariant.Double, self.tr("Years since approval"), 10, 2),
            make_field("appr_year", QVariant.Int, self.tr("Approval year")),
            make_field("appr_mu", QVariant.Double, self.tr("Approved area (mu)"), 20, 6),
            make_field("unsup_mu", QVariant.Double, self.tr("Unsupplied area (mu)"), 20, 6),
            make_field("unsup_ha", QVariant.Double, self.tr("Unsupplied area (ha)"), 20, 6),
            make_field("unsup_use", QVariant.Int, self.tr("Approved, unsupplied and in use (1 yes, 0 no)")),
            make_field("unsup_asof", QVariant.Date, self.tr("Reference date")),
            make_field("unsup_rsn", QVariant.String, self.tr("Reason"), 0),
        ]

    # ------------------------------------------------------------------------------------
    def _load_polygons(self, source, crs, context, feedback, date_idx, as_of, progress_range, label):
        """Stream ``source`` once: (spatial index, {fid: geometry in ``crs``}, stats)."""
        request = QgsFeatureRequest()
        if date_idx >= 0:
            request.setSubsetOfAttributes([date_idx])
        else:
            request.setNoAttributes()
        if source.sourceCrs() != crs:
            request.setDestinationCrs(crs, context.transformContext())
            feedback.pushInfo(self.tr("Layer {label} is reprojected from {src} to {dst}.").format(
                label=label, src=source.sourceCrs().authid(), dst=crs.authid()))
        index = QgsSpatialIndex()
        geoms = {}
        stats = collections.Counter()
        date_name = source.fields().at(date_idx).name() if date_idx >= 0 else ""
        total = source.featureCount() or 0
        lo, hi = progress_range
        step = (hi - lo) / total if total else 0
        insert = index.addFeature
        for n, feat in enumerate(source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)):
            if n & 1023 == 0:
                if feedback.isCanceled():
                    return None, None, stats
                if step:
                    feedback.setProgress(lo + n * step)
            if date_idx >= 0:
                d, problem = parse_date(py_value(feat.attributes()[date_idx]), date_name)
                if problem is not None:
                    stats["bad_date"] += 1
                elif d is None:
                    stats["no_date"] += 1
                elif d > as_of:
                    stats["after"] += 1
                    continue
            if not feat.hasGeometry():
                stats["no_geom"] += 1
                continue
            geoms[feat.id()] = feat.geometry()
            insert(feat)
        return index, geoms, stats

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_fail(parameters, self.INPUT, context)
        as_of = as_of_value(self, parameters, context, feedback)
        supplied = self.parameterAsSource(parameters, "SUPPLIED", context)
        buildings = self.parameterAsSource(parameters, "BUILDINGS", context)
        if supplied is not None:
            self.check_crs(supplied, self.tr("Supplied land"))
        if buildings is not None:
            self.check_crs(buildings, self.tr("Buildings"))
        spatial = supplied is not None
        has_geom = QgsWkbTypes.geometryType(source.wkbType()) == _POLY
        if (spatial or buildings is not None) and not has_geom:
            raise QgsProcessingException(self.tr("Spatial mode and the buildings layer need a polygon approval layer."))
        crs = source.sourceCrs()
        if spatial or buildings is not None or has_geom:
            crs = self.check_crs(source, self.tr("Approved land"))
        tolerance = self.parameterAsDouble(parameters, "TOLERANCE", context)
        fields = source.fields()
        names = fields.names()

        a_idx = self.resolve_field(parameters, "APPROVAL_DATE_FIELD", fields, CANDIDATES["APPROVAL_DATE_FIELD"],
                                   feedback, self.tr("approval date"))
        s_idx = self.resolve_field(parameters, "SUPPLY_DATE_FIELD", fields, CANDIDATES["SUPPLY_DATE_FIELD"],
                                   feedback, self.tr("supply date"), allow_auto=not spatial)
        st_idx = self.resolve_field(parameters, "SUPPLY_STATUS_FIELD", fields, CANDIDATES["SUPPLY_STATUS_FIELD"],
                                    feedback, self.tr("supply status"), allow_auto=not spatial)
        u_idx = self.resolve_field(parameters, "IN_USE_FIELD", fields, CANDIDATES["IN_USE_FIELD"],
                                   feedback, self.tr("in use"))
        area_idx = self.resolve_field(parameters, "AREA_FIELD", fields, CANDIDATES["AREA_FIELD"], feedback,
                                      self.tr("approved area"), allow_auto=not has_geom and not spatial)
        area_unit = AREA_UNITS[self.parameterAsEnum(parameters, "AREA_UNIT", context)]
        if spatial:
            if s_idx >= 0 or st_idx >= 0:
                feedback.pushWarning(self.tr("Spatial mode: the supply date and status fields of the approval layer "
                                             "are not used; the supply polygons decide."))
                s_idx = st_idx = -1
            if area_idx >= 0:
                feedback.pushWarning(self.tr("Spatial mode: areas are measured on the geometry; the area field is not used."))
                area_idx = -1
            if a_idx < 0:
                feedback.pushWarning(self.tr("No approval date field: approval years and ages are left empty."))
        elif a_idx < 0:
            raise QgsProcessingException(self.tr("Attribute mode needs an approval date field (APPROVAL_DATE_FIELD)."))
        if not spatial and s_idx < 0 and st_idx < 0:
            feedback.pushWarning(self.tr("No supply date or supply status field and no supplied layer: "
                                         "every approved record counts as unsupplied."))
        if not has_geom and area_idx < 0:
            feedback.pushWarning(self.tr("No geometry and no area field: areas are left empty."))

        # ---- supplies and buildings: streamed once each, index + geometry dict -------------
        s_index = s_geoms = b_index = b_geoms = None
        if spatial:
            sd_idx = self.resolve_field(parameters, "SUPPLIED_DATE_FIELD", supplied.fields(),
                                        CANDIDATES["SUPPLIED_DATE_FIELD"], feedback, self.tr("supply date (supplied layer)"))
            s_index, s_geoms, stats = self._load_polygons(supplied, crs, context, feedback, sd_idx, as_of,
                                                          (0, 25 if buildings is None else 20), self.tr("supplied land"))
            if s_index is None:
                return {}
            feedback.pushInfo(self.tr("{n} supply polygons indexed.").format(n=len(s_geoms)))
            if stats["after"]:
                feedback.pushInfo(self.tr("{n} supply polygons dated after the reference date are left out.").format(
                    n=stats["after"]))
            if stats["bad_date"]:
                feedback.pushWarning(self.tr("{n} supply polygons have an unreadable supply date; they count as "
                                             "supplied.").format(n=stats["bad_date"]))
            if stats["no_date"] and sd_idx >= 0:
                feedback.pushWarning(self.tr("{n} supply polygons have no supply date; they count as supplied.").format(
                    n=stats["no_date"]))
        if buildings is not None:
            b_index, b_geoms, _ = self._load_polygons(buildings, crs, context, feedback, -1, as_of,
                                                      (20 if spatial else 0, 25), self.tr("buildings"))
            if b_index is None:
                return {}

        added = self._added_fields()
        out_fields, kept = self.output_fields(fields, added, feedback)
        wkb = QgsWkbTypes.multiType(source.wkbType()) if spatial else source.wkbType()
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields, wkb, source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        keep_all = len(kept) == fields.count()
        measurer = self.area_measurer(crs, context) if has_geom else None
        measure = measurer.measureArea if measurer is not None else None
        as_of_q = QDate(as_of.year, as_of.month, as_of.day)
        core_names = {}
        for key, i in (("approval_date", a_idx), ("supply_date", s_idx), ("supply_status", st_idx), ("in_use", u_idx)):
            if i >= 0:
                core_names[key] = names[i]
        a_name = names[a_idx] if a_idx >= 0 else ""
        u_name = names[u_idx] if u_idx >= 0 else ""

        total = source.featureCount() or 0
        step = 75.0 / total if total else 0
        rows = []
        undetermined = 0
        problem_counts = collections.OrderedDict()
        invalid_fixed = 0
        add_feature = sink.addFeature
        fast = QgsFeatureSink.FastInsert
        create_engine = QgsGeometry.createGeometryEngine
        unary_union = QgsGeometry.unaryUnion
        s_intersects = s_index.intersects if s_index is not None else None

        features = source.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
        for current, feat in enumerate(features):
            if current & 255 == 0:
                if feedback.isCanceled():
                    break
                if step:
                    feedback.setProgress(25 + current * step)
            attrs = feat.attributes()
            notes = []
            not_yet = False
            geom = feat.geometry() if has_geom else None
            if geom is not None and geom.isEmpty():
                geom = None
            if has_geom and geom is None and not spatial:
                notes.append("几何为空")
                problem_counts[("empty_geometry", "")] = problem_counts.get(("empty_geometry", ""), 0) + 1
            if geom is not None:  # both modes: a self-intersecting approval is repaired and marked
                geom, geom_note = repair_geometry(geom)
                if geom_note:
                    notes.append(geom_note)
                    invalid_fixed += 1

            if not spatial:
                res = assess_unsupplied(as_of, py_value(attrs[a_idx]),
                                        py_value(attrs[s_idx]) if s_idx >= 0 else None,
                                        py_value(attrs[st_idx]) if st_idx >= 0 else None,
                                        py_value(attrs[u_idx]) if u_idx >= 0 else None, names=core_names)
                for p in res.problems:
                    notes.append(p.message)
                    key = (p.kind, p.field)
                    problem_counts[key] = problem_counts.get(key, 0) + 1
                not_yet = res.flag == 0 and res.age_years is None and res.approval_year is not None
                flag, yrs, age, year, in_use = res.flag, res.unsup_yrs, res.age_years, res.approval_year, res.in_use_flag
                reason = res.reason
                approved_m2 = None
                if area_idx >= 0:
                    raw = py_value(attrs[area_idx])
                    v, problem = parse_number(raw, names[area_idx])
                    if problem is not None:
                        notes.append(problem.message)
                        key = (problem.kind, problem.field)
                        problem_counts[key] = problem_counts.get(key, 0) + 1
                    if v is not None:
                        approved_m2 = to_m2(v, area_unit)
                if approved_m2 is None and geom is not None:
                    approved_m2 = measure(geom)
                if approved_m2 is None and flag == 1:
                    notes.append("无几何且面积为空，面积未计")
                unsup_m2 = None
                if approved_m2 is not None and flag is not None:  # undetermined rows have no area verdict
                    unsup_m2 = approved_m2 if flag == 1 else 0.0
                out_geom = geom
                if flag == 1 and b_index is not None and geom is not None:
                    hits = self._buildings_on(geom, b_index, b_geoms)
                    if hits:
                        if in_use != 1:
                            reason += "；现状建筑 %d 处压占，已批未供即用" % hits
                        in_use = 1
                    elif in_use is None:
                        in_use = 0
                elif flag == 0 and in_use is None and b_index is not None:
                    in_use = 0
            else:
                # ---- spatial mode -----------------------------------------------------------
                approval = None
                year = yrs = age = None
                if a_idx >= 0:
                    approval, problem = parse_date(py_value(attrs[a_idx]), a_name)
                    if problem is not None:
                        notes.append(problem.message)
                        key = (problem.kind, problem.field)
                        problem_counts[key] = problem_counts.get(key, 0) + 1
                out_geom = None
                approved_m2 = unsup_m2 = None
                in_use = None
                if approval is not None:
                    year = approval.year
                    if approval <= as_of:  # the same years-since-approval as attribute mode
                        age = age_years(approval, as_of)
                if geom is None:
                    flag = None
                    reason = "待核实：批地几何为空，无法计算未供面积"
                elif approval is not None and approval > as_of:
                    flag = 0
                    not_yet = True
                    approved_m2 = measure(geom)
                    unsup_m2 = 0.0
                    reason = "批准日期 %s 晚于基准日 %s，基准日时尚未批准" % (approval, as_of)
                else:
                    engine = create_engine(geom.constGet())
                    if not engine.isValid():
                        fixed = _fix(geom)
                        invalid_fixed += 1
                        notes.append("批地图形无效（自相交等），已自动修复（makeValid）后计算")
                        geom = fixed
                        engine = create_engine(geom.constGet()) if not geom.isEmpty() else None
                    if engine is None:
                        flag = None
                        reason = "待核实：批地图形无效且无法修复"
                    else:
                        engine.prepareGeometry()
                        approved_m2 = measure(geom)
                        cands = [s_geoms[i] for i in s_intersects(geom.boundingBox())]
                        cands = [g for g in cands if engine.intersects(g.constGet())]
                        dropped_m2 = 0.0
                        if not cands:
                            rem, rem_m2 = geom, approved_m2
                        else:
                            rem = self._difference(engine, cands, unary_union)
                            if rem is None:  # GEOS failed: repair the supply polygons and retry
                                cands = [_fix(g) for g in cands]
                                rem = self._difference(engine, cands, unary_union)
                                notes.append("供地图形无效，已自动修复（makeValid）后计算")
                                invalid_fixed += 1
                            if rem is None:
                                rem, rem_m2 = None, None
                            else:
                                rem, rem_m2, dropped_m2 = self._drop_slivers(rem, tolerance, measure)
                        if rem_m2 is None:
                            flag = None
                            reason = "待核实：求批地与供地差集失败"
                        elif rem_m2 < tolerance or rem_m2 <= 0:
                            flag = 0
                            unsup_m2 = 0.0
                            if rem_m2 + dropped_m2 > 0:
                                reason = "已全部供地（剩余 %.2f 平方米小于容差 %s 平方米，忽略）" % (
                                    rem_m2 + dropped_m2, _num(tolerance))
                            else:
                                reason = "已全部供地"
                        else:
                            flag = 1
                            unsup_m2 = rem_m2
                            if not rem.isMultipart():
                                rem.convertToMultiType()
                            out_geom = rem
                            share = rem_m2 / approved_m2 * 100.0 if approved_m2 else 0.0
                            reason = "未被供地图斑覆盖 %.2f 亩（占批准面积 %.1f%%）" % (rem_m2 / M2_PER_MU, share)
                            if dropped_m2 > 0:
                                reason += "，另有 %.2f 平方米碎片小于容差已忽略" % dropped_m2
                            if len(cands) == 0:
                                reason = "截至基准日无供地图斑与之相交，全部未供（%.2f 亩）" % (rem_m2 / M2_PER_MU)
                            if approval is not None:
                                yrs = full_years_between(approval, as_of)
                                reason = "%s批准，%s；至基准日 %s 已批 %d 年未供（%.2f年）" % (
                                    approval, reason, as_of, yrs, age)
                            elif a_idx >= 0:
                                reason += "；%s为空或无法识别，批准年限待核实" % a_name
                # in use (已批未供即用)
                use = None
                if u_idx >= 0:
                    raw_use = py_value(attrs[u_idx])
                    use = parse_yes_no(raw_use)
                    if use is None and raw_use not in (None, "") and str(raw_use).strip():
                        notes.append("字段「%s」值「%s」不是可识别的是/否取值，按未知处理" % (u_name, raw_use))
                        key = ("bad_text", u_name)
                        problem_counts[key] = problem_counts.get(key, 0) + 1
                if flag == 1:
                    hits = self._buildings_on(out_geom, b_index, b_geoms) if b_index is not None else 0
                    if use is True or hits:
                        in_use = 1
                        reason += "；已批未供即用" + ("（现状建筑 %d 处压占未供部分）" % hits if hits else "")
                    elif use is False or b_index is not None:
                        in_use = 0
                elif flag == 0 and (use is not None or b_index is not None):
                    in_use = 0

            if notes:
                reason = "；".join([reason] + notes) if reason else "；".join(notes)
            out = QgsFeature(out_fields)
            row = list(attrs) if keep_all else [attrs[i] for i in kept]
            row.extend([
                flag, yrs if flag == 1 else None, age, year,
                approved_m2 / M2_PER_MU if approved_m2 is not None else None,
                unsup_m2 / M2_PER_MU if unsup_m2 is not None else None,
                unsup_m2 / M2_PER_HA if unsup_m2 is not None else None,
                in_use, as_of_q, reason,
            ])
            out.setAttributes(row)
            if out_geom is not None:
                out.setGeometry(out_geom)
            add_feature(out, fast)
            # approvals not yet approved at the reference date are not part of the totals
            if flag is None:
                undetermined += 1  # neither approved nor unsupplied area: out of the rate's totals
            elif not not_yet:
                rows.append(_Row(year, flag, approved_m2 or 0.0, unsup_m2 if flag == 1 else 0.0, in_use))

        del add_feature
        del sink  # closes the file (so its style can be stored inside it, or it can be removed)
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..styling import finish_output
        finish_output(self, context, dest_id, "unsupplied", feedback)
        feedback.setProgress(100)
        if invalid_fixed:
            feedback.pushWarning(self.tr("{n} invalid geometries were repaired (makeValid); see the reason field.").format(
                n=invalid_fixed))
        for (kind, field_name), n in problem_counts.items():
            if field_name:
                feedback.pushWarning(tr_base('{n} value(s) in field "{field}": {label}; see the reason field.').format(
                    n=n, field=field_name, label=problem_label(kind)))
            else:
                feedback.pushWarning(tr_base("{n} row(s): {label}; see the reason field.").format(
                    n=n, label=problem_label(kind)))
        if undetermined:
            feedback.pushWarning(self.tr("{n} approval(s) are undetermined (see unsup_rsn) and left out of the totals "
                                         "and of the unsupplied rate.").format(n=undetermined))
        self._log_totals(rows, as_of, feedback)
        return {self.OUTPUT: dest_id}

    # ------------------------------------------------------------------------------------
    @staticmethod
    def _difference(engine, cands, unary_union):
        """approval − ∪cands via the approval's engine, or None when GEOS fails."""
        union = cands[0] if len(cands) == 1 else unary_union(cands)
        if union.isNull() or union.isEmpty():
            return None
        diff = engine.difference(union.constGet())
        if isinstance(diff, tuple):
            diff = diff[0]
        if diff is None:
            return None
        return QgsGeometry(diff)

    @staticmethod
    def _drop_slivers(rem, tolerance, measure):
        """(geometry without parts smaller than ``tolerance`` m², its area, the area dropped), m²."""
        if rem.isEmpty():
            return rem, 0.0, 0.0
        if tolerance > 0 and rem.isMultipart() and rem.constGet().numGeometries() > 1:
            parts = rem.asGeometryCollection()
            kept, area, dropped = [], 0.0, 0.0
            for part in parts:
                a = measure(part)
                if a >= tolerance:
                    kept.append(part)
                    area += a
                else:
                    dropped += a
            if len(kept) != len(parts):
                rem = QgsGeometry.collectGeometry(kept) if kept else QgsGeometry()
            return rem, area, dropped
        return rem, measure(rem), 0.0

    @staticmethod
    def _buildings_on(geom, index, geoms):
        """How many building features overlap ``geom`` (touching the edge only does not count)."""
        if geom is None or geom.isEmpty():
            return 0
        ids = index.intersects(geom.boundingBox())
        if not ids:
            return 0
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        engine.prepareGeometry()
        n = 0
        for i in ids:
            g = geoms[i].constGet()
            if engine.intersects(g) and not engine.touches(g):
                n += 1
        return n

    def _log_totals(self, rows, as_of, feedback):
        """Totals per approval year (seed 003 counts cohorts by year), then the grand total."""
        summaries = summarise_by_year(rows)
        feedback.pushInfo(self.tr("Totals per approval year as of {date} (approved; 批而未供 unsupplied; "
                                  "批而未供率 = unsupplied ÷ approved area):").format(date=as_of.isoformat()))
        total = summarise_total(summaries)
        for s in summaries + [total]:
            label = self.tr("Total") if s is total else s.label
            rate = "—" if s.rate_pct is None else "%.1f%%" % s.rate_pct
            line = self.tr("  {label}: approved {count}, {approved_mu} mu; unsupplied {n}, {mu} mu ({ha} ha); "
                           "批而未供率 {rate}").format(
                label=label, count=s.count, approved_mu="%.2f" % s.approved_mu, n=s.unsupplied_count,
                mu="%.2f" % s.unsupplied_mu, ha="%.2f" % s.unsupplied_ha, rate=rate)
            if s.undetermined_count:
                line += self.tr("; {n} undetermined (待核实)").format(n=s.undetermined_count)
            if s.in_use_count:
                line += self.tr("; {n} in use (已批未供即用)").format(n=s.in_use_count)
            feedback.pushInfo(line)


def _num(v):
    return ("%.2f" % v).rstrip("0").rstrip(".")

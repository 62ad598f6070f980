"""landplan:flagunsupplied — 批而未供识别 (SPEC §3.3; seeds 001, 003, 004).

Every decision and reason text is in :mod:`landplan_plugin.core.unsupplied`; this module reads
the parameters, does the geometry work and writes. Attribute mode: :func:`~..core.unsupplied.assess_record`
on one layer's approval date, supply date and supply status.

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
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..core import fields
from ..core import contract as C
from ..core import unsupplied
from ..core.contract import is_flagged
from ..core.units import AREA_UNITS
from .base import (SKIP_GEOMETRY_CHECKS, LandPlanAlgorithm, ProblemTally, add_as_of_param, as_of_value,
                   make_field, make_valid_polygonal, py_value, repair_geometry)
from .base import area_unit_param

CANDIDATES = fields.CANDIDATES["flagunsupplied"]
_POLY = QgsWkbTypes.PolygonGeometry

#: the geometry work on one approval polygon in spatial mode (numbers go to the core)
Overlay = collections.namedtuple(
    "Overlay", "geometry approved_m2 remainder remainder_m2 dropped_m2 supplies_touching approval_fixed supplies_fixed")


class _Run:
    """Everything one run reads before streaming (a local object: algorithms keep no state on self)."""


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
        self.set_advanced(area_unit_param(self.tr("Approved area field unit")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Approved but unsupplied land"), QgsProcessing.TypeVectorAnyGeometry))

    def _added_fields(self):
        return [
            make_field(C.UNSUP_FLAG, "int", self.tr("Unsupplied flag (1 yes, 0 no, empty undetermined)")),
            make_field(C.UNSUP_YRS, "int", self.tr("Full years since approval")),
            make_field(C.APPR_AGE, "double", self.tr("Years since approval"), 10, 2),
            make_field(C.APPR_YEAR, "int", self.tr("Approval year")),
            make_field(C.APPR_MU, "double", self.tr("Approved area (mu)"), 20, 6),
            make_field(C.UNSUP_MU, "double", self.tr("Unsupplied area (mu)"), 20, 6),
            make_field(C.UNSUP_HA, "double", self.tr("Unsupplied area (ha)"), 20, 6),
            make_field(C.UNSUP_USE, "int", self.tr("Approved, unsupplied and in use (1 yes, 0 no)")),
            make_field(C.UNSUP_ASOF, "date", self.tr("Reference date")),
            make_field(C.UNSUP_RSN, "string", self.tr("Reason"), 0),
        ]

    # ---- steps of a run --------------------------------------------------------------------
    def _read_inputs(self, parameters, context, feedback):
        """Sources, reference date, mode, field indexes; the warnings about what is missing."""
        run = _Run()
        run.source = source = self.source_or_fail(parameters, self.INPUT, context)
        run.as_of = as_of_value(self, parameters, context, feedback)
        run.supplied = supplied = self.parameterAsSource(parameters, "SUPPLIED", context)
        run.buildings = buildings = self.parameterAsSource(parameters, "BUILDINGS", context)
        if supplied is not None:
            self.check_crs(supplied, self.tr("Supplied land"))
        if buildings is not None:
            self.check_crs(buildings, self.tr("Buildings"))
        run.spatial = spatial = supplied is not None
        run.has_geom = has_geom = QgsWkbTypes.geometryType(source.wkbType()) == _POLY
        if (spatial or buildings is not None) and not has_geom:
            raise QgsProcessingException(self.tr("Spatial mode and the buildings layer need a polygon approval layer."))
        run.crs = source.sourceCrs()
        if spatial or buildings is not None or has_geom:
            run.crs = self.check_crs(source, self.tr("Approved land"))
        run.tolerance = self.parameterAsDouble(parameters, "TOLERANCE", context)
        run.fields = fields = source.fields()

        def field(key, label, auto=True):
            return self.resolve_field(parameters, key, fields, CANDIDATES[key], feedback, label, allow_auto=auto)
        a_idx = field("APPROVAL_DATE_FIELD", self.tr("approval date"))
        s_idx = field("SUPPLY_DATE_FIELD", self.tr("supply date"), not spatial)
        st_idx = field("SUPPLY_STATUS_FIELD", self.tr("supply status"), not spatial)
        u_idx = field("IN_USE_FIELD", self.tr("in use"))
        area_idx = field("AREA_FIELD", self.tr("approved area"), not has_geom and not spatial)
        run.area_unit = AREA_UNITS[self.parameterAsEnum(parameters, "AREA_UNIT", context)]
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
        run.idx = {"approval_date": a_idx, "supply_date": s_idx, "supply_status": st_idx, "in_use": u_idx,
                   "area": area_idx}
        run.names = {k: fields.at(i).name() for k, i in run.idx.items() if i >= 0}
        return run

    def _load_layers(self, run, parameters, context, feedback):
        """Supplies (spatial mode) and buildings: index + geometries each; False when cancelled."""
        run.s_index = run.s_geoms = run.b_index = run.b_geoms = None
        if run.spatial:
            sd_idx = self.resolve_field(parameters, "SUPPLIED_DATE_FIELD", run.supplied.fields(),
                                        CANDIDATES["SUPPLIED_DATE_FIELD"], feedback, self.tr("supply date (supplied layer)"))
            run.s_index, run.s_geoms, stats = self._load_polygons(
                run.supplied, run.crs, context, feedback, sd_idx, run.as_of,
                (0, 25 if run.buildings is None else 20), self.tr("supplied land"))
            if run.s_index is None:
                return False
            feedback.pushInfo(self.tr("{n} supply polygons indexed.").format(n=len(run.s_geoms)))
            if stats[unsupplied.SUPPLY_AFTER]:
                feedback.pushInfo(self.tr("{n} supply polygons dated after the reference date are left out.").format(
                    n=stats[unsupplied.SUPPLY_AFTER]))
            if stats[unsupplied.SUPPLY_BAD_DATE]:
                feedback.pushWarning(self.tr("{n} supply polygons have an unreadable supply date; they count as "
                                             "supplied.").format(n=stats[unsupplied.SUPPLY_BAD_DATE]))
            if stats[unsupplied.SUPPLY_NO_DATE] and sd_idx >= 0:
                feedback.pushWarning(self.tr("{n} supply polygons have no supply date; they count as supplied.").format(
                    n=stats[unsupplied.SUPPLY_NO_DATE]))
        if run.buildings is not None:
            run.b_index, run.b_geoms, _ = self._load_polygons(run.buildings, run.crs, context, feedback, -1, run.as_of,
                                                              (20 if run.spatial else 0, 25), self.tr("buildings"))
            if run.b_index is None:
                return False
        return True

    def _load_polygons(self, source, crs, context, feedback, date_idx, as_of, progress_range, label):
        """Stream ``source`` once: (spatial index, {fid: geometry in ``crs``}, stats by SUPPLY_* status)."""
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
        for n, feat in enumerate(source.getFeatures(request, SKIP_GEOMETRY_CHECKS)):
            if n & 1023 == 0:
                if feedback.isCanceled():
                    return None, None, stats
                if step:
                    feedback.setProgress(lo + n * step)
            if date_idx >= 0:
                status = unsupplied.supply_polygon_status(as_of, py_value(feat.attributes()[date_idx]), date_name)
                stats[status] += 1
                if status == unsupplied.SUPPLY_AFTER:
                    continue
            if not feat.hasGeometry():
                stats["no_geom"] += 1
                continue
            geoms[feat.id()] = feat.geometry()
            insert(feat)
        return index, geoms, stats

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        run = self._read_inputs(parameters, context, feedback)
        if not self._load_layers(run, parameters, context, feedback):
            return {}
        source = run.source
        out_fields, kept = self.output_fields(run.fields, self._added_fields(), feedback)
        wkb = QgsWkbTypes.multiType(source.wkbType()) if run.spatial else source.wkbType()
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields, wkb, source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        keep_all = len(kept) == run.fields.count()
        run.measure = self.area_measurer(run.crs, context).measureArea if run.has_geom else None
        as_of_q = QDate(run.as_of.year, run.as_of.month, run.as_of.day)
        assess = self._assess_spatial if run.spatial else self._assess_attributes
        total = source.featureCount() or 0
        step = 75.0 / total if total else 0
        totals = unsupplied.CohortTotals()
        tally = ProblemTally()
        run.fixed = [0]  # invalid geometries repaired (approvals and supplies)
        add_feature, fast = sink.addFeature, QgsFeatureSink.FastInsert

        for current, feat in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS)):
            if current & 255 == 0:
                if feedback.isCanceled():
                    break
                if step:
                    feedback.setProgress(25 + current * step)
            attrs = feat.attributes()
            geom = feat.geometry() if run.has_geom else None
            if geom is not None and geom.isEmpty():
                geom = None
            if run.has_geom and geom is None and not run.spatial:
                tally.add("empty_geometry")
            res, out_geom = assess(run, attrs, geom)
            tally.add_problems(res.problems)
            out = QgsFeature(out_fields)
            row = list(attrs) if keep_all else [attrs[i] for i in kept]
            row.extend(unsupplied.output_values(res))
            row.extend([as_of_q, res.reason])
            out.setAttributes(row)
            if out_geom is not None:
                out.setGeometry(out_geom)
            add_feature(out, fast)
            totals.add(res)

        del add_feature
        del sink  # closes the file (so its style can be stored inside it, or it can be removed)
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..styling import finish_output
        finish_output(self, context, dest_id, "unsupplied", feedback)
        feedback.setProgress(100)
        if run.fixed[0]:
            feedback.pushWarning(self.tr("{n} invalid geometries were repaired (makeValid); see the reason field.").format(
                n=run.fixed[0]))
        tally.log(feedback)
        self._log_totals(totals, run.as_of, feedback)
        return {self.OUTPUT: dest_id}

    # ---- one approval ---------------------------------------------------------------------
    def _raw(self, run, attrs, key):
        i = run.idx[key]
        return py_value(attrs[i]) if i >= 0 else None

    def _repair(self, run, geom):
        """(geometry, note): the approval repaired by make-valid; counted."""
        if geom is None:
            return None, None
        geom, note = repair_geometry(geom)
        if note:
            run.fixed[0] += 1
        return geom, note

    def _assess_attributes(self, run, attrs, geom):
        """Attribute mode: (core result, output geometry)."""
        empty_note = unsupplied.NOTE_EMPTY_GEOMETRY if run.has_geom and geom is None else None
        geom, note = self._repair(run, geom)
        measure = run.measure
        hits = None
        if run.b_index is not None and geom is not None:
            def hits():
                return self._buildings_on(geom, run.b_index, run.b_geoms)
        res = unsupplied.assess_record(
            run.as_of, self._raw(run, attrs, "approval_date"), self._raw(run, attrs, "supply_date"),
            self._raw(run, attrs, "supply_status"), self._raw(run, attrs, "in_use"),
            area=self._raw(run, attrs, "area"), area_unit=run.area_unit, area_field=run.names.get("area"),
            measured_m2=(lambda: measure(geom)) if geom is not None else None,
            geometry_note=note or empty_note, building_hits=hits, buildings_given=run.b_index is not None,
            names=run.names)
        return res, geom

    def _assess_spatial(self, run, attrs, geom):
        """Spatial mode: (core result, the unsupplied part when flagged)."""
        geom, note = self._repair(run, geom)
        raw_approval = self._raw(run, attrs, "approval_date")
        _, _, needs_overlay = unsupplied.approved_by(run.as_of, raw_approval)
        ov = self._overlay(run, geom, needs_overlay)
        res = unsupplied.assess_spatial(
            run.as_of, raw_approval, geometry=ov.geometry, approved_m2=ov.approved_m2,
            remainder_m2=ov.remainder_m2, dropped_m2=ov.dropped_m2, supplies_touching=ov.supplies_touching,
            tolerance=run.tolerance, in_use=self._raw(run, attrs, "in_use"),
            building_hits=lambda: self._buildings_on(ov.remainder, run.b_index, run.b_geoms),
            buildings_given=run.b_index is not None, approval_field=run.names.get("approval_date"),
            repair_note=note, approval_fixed=ov.approval_fixed, supplies_fixed=ov.supplies_fixed,
            in_use_field=run.names.get("in_use", ""))
        out_geom = ov.remainder if is_flagged(res.flag) else None
        if out_geom is not None and not out_geom.isMultipart():
            out_geom.convertToMultiType()
        return res, out_geom

    def _overlay(self, run, geom, needs_overlay):
        """approval − ∪ (supplies touching it), slivers dropped; numbers for the core."""
        if geom is None:
            return Overlay(unsupplied.GEOM_EMPTY, None, None, None, 0.0, 0, False, False)
        if not needs_overlay:
            return Overlay(unsupplied.GEOM_OK, run.measure(geom), None, None, 0.0, 0, False, False)
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        approval_fixed = False
        if not engine.isValid():
            geom = make_valid_polygonal(geom)
            approval_fixed = True
            run.fixed[0] += 1
            engine = QgsGeometry.createGeometryEngine(geom.constGet()) if geom is not None else None
        if engine is None:
            return Overlay(unsupplied.GEOM_UNREPAIRABLE, None, None, None, 0.0, 0, True, False)
        engine.prepareGeometry()
        approved_m2 = run.measure(geom)
        cands = [run.s_geoms[i] for i in run.s_index.intersects(geom.boundingBox())]
        cands = [g for g in cands if engine.intersects(g.constGet())]
        touching, supplies_fixed, dropped_m2 = len(cands), False, 0.0
        if not cands:
            return Overlay(unsupplied.GEOM_OK, approved_m2, geom, approved_m2, 0.0, 0, approval_fixed, False)
        rem = self._difference(engine, cands)
        if rem is None:  # GEOS failed: repair the supply polygons and retry
            cands = [g for g in (make_valid_polygonal(g) for g in cands) if g is not None]
            rem = self._difference(engine, cands)
            supplies_fixed = True
            run.fixed[0] += 1
        if rem is None:
            return Overlay(unsupplied.GEOM_DIFF_FAILED, approved_m2, None, None, 0.0, touching,
                           approval_fixed, supplies_fixed)
        rem, rem_m2, dropped_m2 = self._drop_slivers(rem, run.tolerance, run.measure)
        return Overlay(unsupplied.GEOM_OK, approved_m2, rem, rem_m2, dropped_m2, touching, approval_fixed,
                       supplies_fixed)

    @staticmethod
    def _difference(engine, cands):
        """approval − ∪cands via the approval's engine, or None when GEOS fails."""
        if not cands:
            return None
        union = cands[0] if len(cands) == 1 else QgsGeometry.unaryUnion(cands)
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
        """(geometry without the parts the core's sliver rule drops, its area, the area dropped), m²."""
        if rem.isEmpty():
            return rem, 0.0, 0.0
        n_parts = rem.constGet().numGeometries() if rem.isMultipart() else 1
        if not unsupplied.sliver_split_needed(tolerance, n_parts):
            return rem, measure(rem), 0.0
        parts = rem.asGeometryCollection()
        keep, area, dropped = unsupplied.keep_parts([measure(part) for part in parts], tolerance)
        if not all(keep):
            kept = [part for part, k in zip(parts, keep) if k]
            rem = QgsGeometry.collectGeometry(kept) if kept else QgsGeometry()
        return rem, area, dropped

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

    def _log_totals(self, totals, as_of, feedback):
        """Totals per approval year (seed 003 counts cohorts by year), then the grand total."""
        if totals.undetermined:
            feedback.pushWarning(self.tr("{n} approval(s) are undetermined (see unsup_rsn) and left out of the totals "
                                         "and of the unsupplied rate.").format(n=totals.undetermined))
        summaries, total = totals.summaries()
        feedback.pushInfo(self.tr("Totals per approval year as of {date} (approved; 批而未供 unsupplied; "
                                  "批而未供率 = unsupplied ÷ approved area):").format(date=as_of.isoformat()))
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

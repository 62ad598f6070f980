"""landplan:flagunsupplied — 批而未供识别 (郑州市2024年度国有建设用地供应计划、濮政办〔2021〕6号、宝政办〔2021〕34号).

Every decision and reason text is in :mod:`landplan_plugin.core.unsupplied`; this module reads
the parameters, does the geometry work and writes, streaming the approvals in batches
(:mod:`.batches`). Attribute mode: ``unsupplied.assess_record_columns`` on one layer's approval
date, supply date and supply status.

Spatial mode (a supply layer is given): the unsupplied land is the approval polygon minus the
union of the supply polygons that touch it. The supply layer is streamed once: its geometries,
reprojected to the approval layer's CRS, go into a dict by feature id and a spatial index; each
approval then takes its candidates from the index by bounding box, keeps those its prepared
geometry really intersects, and subtracts their union (no difference at all when none does); the
numbers go to ``unsupplied.assess_spatial_columns``.
"""
import collections
import dataclasses

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from .. import compat
from ..core import fields
from ..core import contract
from ..core import unsupplied
from ..core.dates import parse_date
from ..core.units import AREA_UNITS
from ..qvariant import py_value
from .base import LandPlanAlgorithm
from .field_resolution import make_field
from .geometry import make_valid_polygonal, SKIP_GEOMETRY_CHECKS
from .params import add_as_of_param, area_unit_param, as_of_value
from .problems import ProblemTally
from .batches import SinkWriter, read_batches
from .result_join import ResultLookup

CANDIDATES = fields.CANDIDATES["flagunsupplied"]
_POLY = compat.GEOMETRY_POLYGON

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

    def displayName(self):
        return self.tr("Flag approved but unsupplied land")

    def shortDescription(self):
        return self.tr("Flags approved but unsupplied land (批而未供) as of a reference date, from dates and status "
                       "or by subtracting supply polygons, with years since approval and areas in mu and ha.")

    def tags(self):
        return self.tr("approved,unsupplied,批而未供,supply,approval,rate").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Approved land (批地)"), [compat.SOURCE_VECTOR]))
        add_as_of_param(self)
        c = CANDIDATES
        self.add_field_param("APPROVAL_DATE_FIELD", self.tr("Approval date field (批准日期)"),
                             default=c["APPROVAL_DATE_FIELD"][0], any_type=True)
        self.add_field_param("SUPPLY_DATE_FIELD", self.tr("Supply date field (供地日期; attribute mode)"),
                             default=c["SUPPLY_DATE_FIELD"][0], any_type=True)
        self.add_field_param("SUPPLY_STATUS_FIELD",
                             self.tr("Supply status field (供地状态: 已供/未供/部分供应; attribute mode)"),
                             default=c["SUPPLY_STATUS_FIELD"][0], any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SUPPLIED", self.tr("Supplied land (供地) polygons — spatial mode when given"),
            [compat.SOURCE_POLYGON], optional=True))
        self.add_field_param("SUPPLIED_DATE_FIELD", self.tr("Supply date field of the supplied land layer "
                                                            "(supplies after the reference date are left out)"),
                             parent="SUPPLIED", default=c["SUPPLIED_DATE_FIELD"][0], any_type=True)
        self.addParameter(QgsProcessingParameterNumber(
            "TOLERANCE", self.tr("Ignore unsupplied remainders smaller than (m²)"),
            type=compat.NUMBER_DOUBLE, defaultValue=1.0, minValue=0.0))
        self.add_field_param("IN_USE_FIELD", self.tr("In-use field (是否使用), for 已批未供即用"),
                             default=c["IN_USE_FIELD"][0], any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "BUILDINGS", self.tr("Buildings / current use layer (现状), for 已批未供即用"),
            [compat.SOURCE_ANY_GEOMETRY], optional=True))
        self.add_field_param("AREA_FIELD",
                             self.tr("Approved area field (attribute mode; empty = measure the geometry)"),
                             any_type=True, advanced=True)
        self.set_advanced(area_unit_param(self.tr("Approved area field unit")))
        # 已批未供即用: the decision (ju_decide)
        self.add_field_param("COMPLIANT_FIELD", self.tr("Complies with the spatial plan and industry access field "
                                                        "(符合国土空间规划和产业准入: 是/否), for 已批未供即用"),
                             default=c["COMPLIANT_FIELD"][0], any_type=True, advanced=True)
        self.add_field_param("USE_DATE_FIELD", self.tr("In use since field (开工日期; empty = the approval date), "
                                                       "for 已批未供即用"),
                             default=c["USE_DATE_FIELD"][0], any_type=True, advanced=True)
        for name, label in (("SCORED", self.tr("Low-efficiency scoring output (ie_flag, ie_type), for 已批未供即用")),
                            ("PERMU", self.tr("Per-mu evaluation output (mj_class, mj_score), for 已批未供即用")),
                            ("COMMITMENTS", self.tr("Commitment check output (cm_status), for 已批未供即用"))):
            self.set_advanced(QgsProcessingParameterFeatureSource(
                name, label, [compat.SOURCE_VECTOR], optional=True))
        self.add_field_param("PARCEL_ID_FIELD", self.tr("Parcel id field to match those outputs (the same name in "
                                                        "each; empty = by location)"), any_type=True, advanced=True)
        self.set_advanced(QgsProcessingParameterString(
            "JU_CUTOFF", self.tr("已批未供即用 before (date) may 完善用地手续"),
            defaultValue=unsupplied.JU_CUTOFF_DEFAULT.isoformat(), optional=True))
        self.set_advanced(QgsProcessingParameterNumber(
            "JU_SCORE_MIN", self.tr("Per-mu score counting as high when the class is not A–D (empty = class only)"),
            type=compat.NUMBER_DOUBLE, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Approved but unsupplied land"), compat.SOURCE_ANY_GEOMETRY))

    def _added_fields(self):
        return [
            make_field(contract.UNSUP_FLAG, "int", self.tr("Unsupplied flag (1 yes, 0 no, empty undetermined)")),
            make_field(contract.UNSUP_YRS, "int", self.tr("Full years since approval")),
            make_field(contract.APPR_AGE, "double", self.tr("Years since approval"), 10, 2),
            make_field(contract.APPR_YEAR, "int", self.tr("Approval year")),
            make_field(contract.APPR_MU, "double", self.tr("Approved area (mu)"), 20, 6),
            make_field(contract.UNSUP_MU, "double", self.tr("Unsupplied area (mu)"), 20, 6),
            make_field(contract.UNSUP_HA, "double", self.tr("Unsupplied area (ha)"), 20, 6),
            make_field(contract.UNSUP_USE, "int", self.tr("Approved, unsupplied and in use (1 yes, 0 no)")),
            make_field(contract.UNSUP_ASOF, "date", self.tr("Reference date")),
            make_field(contract.UNSUP_RSN, "string", self.tr("Reason"), 0),
            make_field(contract.JU_DECIDE, "string", self.tr("已批未供即用 decision"), 20),
            make_field(contract.JU_REASON, "string", self.tr("已批未供即用 decision reason"), 0),
        ]

    # ---- steps of a run --------------------------------------------------------------------
    def _read_inputs(self, parameters, context, feedback):
        """Sources, reference date, the run's :class:`~..core.unsupplied.UnsuppliedSetup` (its
        warnings given here) and the field indexes."""
        run = _Run()
        run.source = source = self.source_or_fail(parameters, self.INPUT, context)
        run.as_of = as_of_value(self, parameters, context, feedback)
        run.supplied = supplied = self.parameterAsSource(parameters, "SUPPLIED", context)
        run.buildings = buildings = self.parameterAsSource(parameters, "BUILDINGS", context)
        if supplied is not None:
            self.check_crs(supplied, self.tr("Supplied land"))
        if buildings is not None:
            self.check_crs(buildings, self.tr("Buildings"))
        setup = unsupplied.UnsuppliedSetup(spatial=supplied is not None, buildings_given=buildings is not None,
                                           has_geom=QgsWkbTypes.geometryType(source.wkbType()) == _POLY)
        if unsupplied.NEEDS_POLYGONS in setup.errors():
            raise QgsProcessingException(self.tr("Spatial mode and the buildings layer need a polygon approval layer."))
        run.spatial, run.has_geom = setup.spatial, setup.has_geom
        run.crs = source.sourceCrs()
        if setup.spatial or setup.buildings_given or setup.has_geom:
            run.crs = self.check_crs(source, self.tr("Approved land"))
        run.tolerance = self.parameterAsDouble(parameters, "TOLERANCE", context)
        run.fields = fields = source.fields()
        labels = {"approval_date": ("APPROVAL_DATE_FIELD", self.tr("approval date")),
                  "supply_date": ("SUPPLY_DATE_FIELD", self.tr("supply date")),
                  "supply_status": ("SUPPLY_STATUS_FIELD", self.tr("supply status")),
                  "in_use": ("IN_USE_FIELD", self.tr("in use")), "area": ("AREA_FIELD", self.tr("approved area")),
                  "compliant": ("COMPLIANT_FIELD", self.tr("complies with plan and access")),
                  "use_date": ("USE_DATE_FIELD", self.tr("in use since")),
                  "parcel_id": ("PARCEL_ID_FIELD", self.tr("parcel id"))}
        auto = setup.auto_detect()
        found = {}
        for key, (param, label) in labels.items():
            i = self.resolve_field(parameters, param, fields, CANDIDATES.get(param, ()), feedback, label,
                                   allow_auto=auto.get(key, key != "parcel_id"))
            if i >= 0:
                found[key] = i
        run.area_unit = AREA_UNITS[self.parameterAsEnum(parameters, "AREA_UNIT", context)]
        setup = dataclasses.replace(setup, fields={key: fields.at(i).name() for key, i in found.items()})
        messages = {
            unsupplied.SPATIAL_IGNORES_SUPPLY_FIELDS: self.tr(
                "Spatial mode: the supply date and status fields of the approval layer are not used; the supply "
                "polygons decide."),
            unsupplied.SPATIAL_IGNORES_AREA_FIELD: self.tr(
                "Spatial mode: areas are measured on the geometry; the area field is not used."),
            unsupplied.NO_APPROVAL_YEARS: self.tr("No approval date field: approval years and ages are left empty."),
            unsupplied.NO_SUPPLY_RECORD: self.tr("No supply date or supply status field and no supplied layer: "
                                                 "every approved record counts as unsupplied."),
            unsupplied.NO_AREA: self.tr("No geometry and no area field: areas are left empty."),
        }
        if unsupplied.NO_APPROVAL_FIELD in setup.errors():
            raise QgsProcessingException(self.tr("Attribute mode needs an approval date field (APPROVAL_DATE_FIELD)."))
        for code in setup.warnings():
            feedback.pushWarning(messages[code])
        run.setup = setup
        run.names = setup.used
        run.idx = {key: found[key] for key in setup.used}
        self._read_decision_inputs(run, parameters, context, feedback)
        return run

    def _read_decision_inputs(self, run, parameters, context, feedback):
        """已批未供即用: the cut-off, the score, the fields of the approval layer and the other outputs."""
        raw = py_value(parameters.get("JU_CUTOFF"))
        run.cutoff, _bad = parse_date(raw if raw not in (None, "") else unsupplied.JU_CUTOFF_DEFAULT, "JU_CUTOFF")
        if run.cutoff is None:
            raise QgsProcessingException(self.tr('JU_CUTOFF "{value}" is not a date (use e.g. 2018-12-31).').format(
                value=raw))
        given = parameters.get("JU_SCORE_MIN") not in (None, "")
        run.score_min = self.parameterAsDouble(parameters, "JU_SCORE_MIN", context) if given else None
        own = {k: run.fields.lookupField(k) for k in unsupplied.JU_INPUT_KEYS[2:]}
        run.idx.update({"own_" + k: i for k, i in own.items() if i >= 0})
        id_name = run.names.get("parcel_id")
        run.lookups = []
        for name, label in (("SCORED", self.tr("Low-efficiency scoring output")),
                            ("PERMU", self.tr("Per-mu evaluation output")),
                            ("COMMITMENTS", self.tr("Commitment check output"))):
            other = self.parameterAsSource(parameters, name, context)
            if other is None:
                continue
            by_id = id_name if id_name and other.fields().lookupField(id_name) >= 0 else None
            if by_id is None:
                self.check_crs(other, label)
            lookup = ResultLookup(other, unsupplied.JU_INPUT_KEYS[2:], by_id, run.crs, context)
            feedback.pushInfo(self.tr("{label}: fields {fields} matched {how}.").format(
                label=label, fields=", ".join(lookup.names) or "—",
                how=self.tr("by {field}").format(field=by_id) if by_id else self.tr("by location")))
            run.lookups.append(lookup)

    def _load_layers(self, run, parameters, context, feedback):
        """Supplies (spatial mode) and buildings: index + geometries each; False when cancelled."""
        run.s_index = run.s_geoms = run.b_index = run.b_geoms = None
        if run.spatial:
            sd_idx = self.resolve_field(parameters, "SUPPLIED_DATE_FIELD", run.supplied.fields(),
                                        CANDIDATES["SUPPLIED_DATE_FIELD"], feedback,
                                        self.tr("supply date (supplied layer)"))
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
        chunk = []

        def insert(feats):
            statuses = (unsupplied.supply_polygon_status_array(
                as_of, [py_value(f.attributes()[date_idx]) for f in feats], date_name) if date_idx >= 0 else None)
            for k, feat in enumerate(feats):
                if statuses is not None:
                    stats[statuses[k]] += 1
                    if statuses[k] == unsupplied.SUPPLY_AFTER:
                        continue
                if not feat.hasGeometry():
                    stats["no_geom"] += 1
                    continue
                geoms[feat.id()] = feat.geometry()
                index.addFeature(feat)
        for n, feat in enumerate(source.getFeatures(request, SKIP_GEOMETRY_CHECKS)):
            if n & 1023 == 0:
                insert(chunk)
                chunk = []
                if feedback.isCanceled():
                    return None, None, stats
                if step:
                    feedback.setProgress(lo + n * step)
            chunk.append(feat)
        insert(chunk)
        return index, geoms, stats

    def processAlgorithm(self, parameters, context, feedback):
        run = self._read_inputs(parameters, context, feedback)
        if not self._load_layers(run, parameters, context, feedback):
            return {}
        source = run.source
        out_fields, kept = self.output_fields(run.fields, self._added_fields(), feedback)
        wkb = QgsWkbTypes.multiType(source.wkbType()) if run.spatial else source.wkbType()
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields, wkb, source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        as_of_q = QDate(run.as_of.year, run.as_of.month, run.as_of.day)
        writer = SinkWriter(sink, dest_id, out_fields, kept, run.fields.count(), contract.UNSUPPLIED_FIELDS,
                            constants={contract.UNSUP_ASOF: as_of_q})
        run.measure = self.area_measurer(run.crs, context).measureArea if run.has_geom else None
        assess = self._assess_spatial if run.spatial else self._assess_attributes
        totals = unsupplied.CohortTotals()
        counts = {}
        run.fixed = [0]  # invalid geometries repaired (approvals and supplies)
        for batch in read_batches(source, run.idx, feedback, keep_features=True, progress=(25.0, 75.0)):
            out, geometries = assess(run, batch, counts)
            out.update(self._decide(run, batch, out))
            writer.write(batch, out, geometries)
            totals.add(out)
        del sink
        writer.close(feedback)  # closes the file (so its style can be stored inside it, or it can be removed)
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..output.styling import finish_output
        finish_output(self, context, dest_id, "unsupplied", feedback)
        feedback.setProgress(100)
        if run.fixed[0]:
            feedback.pushWarning(
                self.tr("{n} invalid geometries were repaired (makeValid); see the reason field.").format(
                    n=run.fixed[0]))
        tally = ProblemTally()
        for (kind, field_name), n in counts.items():
            tally.add(kind, field_name, n)
        tally.log(feedback)
        self._log_totals(totals, run.as_of, feedback)
        return {self.OUTPUT: dest_id}

    # ---- one batch of approvals -------------------------------------------------------------
    @staticmethod
    def _decide(run, batch, out):
        """已批未供即用: the decision inputs of the batch (the other outputs' fields win over the
        approval layer's own fields of the same name) → ``unsupplied.decide_in_use_columns``."""
        inputs = {k: batch.columns.get("own_" + k) for k in unsupplied.JU_INPUT_KEYS[2:]}
        ids = batch.columns.get("parcel_id")
        geoms = [None if empty else feat.geometry()
                 for feat, empty in zip(batch.features, [False] * batch.n if batch.geom_empty is None
                                        else batch.geom_empty.tolist())]
        for lookup in run.lookups:
            inputs.update(lookup.columns(ids, geoms) if lookup.id_field else lookup.columns(geometries=geoms))
        return unsupplied.decide_in_use_columns(
            out[contract.UNSUP_USE], batch.columns.get("approval_date"), use_date=batch.columns.get("use_date"),
            cutoff=run.cutoff, compliant=batch.columns.get("compliant"), score_min=run.score_min,
            names={k: run.names[k] for k in ("compliant", "use_date", "approval_date") if k in run.names}, **inputs)

    @staticmethod
    def _approval_geometries(run, batch):
        """Per row: the approval polygon as read (repaired once by the reader; the repairs are
        counted), or None when it is NULL or empty or the layer has no polygons."""
        if not run.has_geom:
            return [None] * batch.n
        run.fixed[0] += len(batch.geom_note)
        return [None if empty else feat.geometry()
                for feat, empty in zip(batch.features, batch.geom_empty.tolist())]

    def _assess_attributes(self, run, batch, counts):
        """Attribute mode: (the core's columns, the output geometries that differ from the input:
        none where the approval has no polygon)."""
        geoms = self._approval_geometries(run, batch)
        notes = [None] * batch.n
        if run.has_geom:  # other geometry types are not read (nor their repairs noted)
            notes = [batch.geom_note.get(i) or (unsupplied.NOTE_EMPTY_GEOMETRY if g is None else None)
                     for i, g in enumerate(geoms)]
        hits = None
        if run.b_index is not None:
            def hits(i):
                return None if geoms[i] is None else self._buildings_on(geoms[i], run.b_index, run.b_geoms)
        out = unsupplied.assess_record_columns(
            run.as_of, *[batch.columns.get(key) for key in unsupplied.INPUT_KEYS[:4]],
            area=batch.columns.get("area"), area_unit=run.area_unit, area_field=run.names.get("area"),
            measured_m2=lambda i: None if geoms[i] is None else run.measure(geoms[i]), geometry_note=notes,
            building_hits=hits, buildings_given=run.b_index is not None, names=run.names, counts=counts)
        return out, {i: QgsGeometry() for i, g in enumerate(geoms) if g is None}

    def _assess_spatial(self, run, batch, counts):
        """Spatial mode: (the core's columns, the output geometries: the unsupplied part of a
        flagged approval, else none)."""
        geoms = self._approval_geometries(run, batch)
        approvals = batch.columns.get("approval_date", [None] * batch.n)
        needs = unsupplied.overlay_needed(run.as_of, approvals).tolist()
        overlays = [self._overlay(run, g, need) for g, need in zip(geoms, needs)]
        column = list(zip(*overlays)) if overlays else [()] * len(Overlay._fields)
        ov = Overlay(*column)
        out = unsupplied.assess_spatial_columns(
            run.as_of, approvals if "approval_date" in run.names else None, geometry=ov.geometry,
            approved_m2=[float("nan") if v is None else v for v in ov.approved_m2],
            remainder_m2=[float("nan") if v is None else v for v in ov.remainder_m2], dropped_m2=ov.dropped_m2,
            supplies_touching=ov.supplies_touching, tolerance=run.tolerance, in_use=batch.columns.get("in_use"),
            building_hits=lambda i: self._buildings_on(ov.remainder[i], run.b_index, run.b_geoms),
            buildings_given=run.b_index is not None, approval_field=run.names.get("approval_date"),
            repair_note=[batch.geom_note.get(i) for i in range(batch.n)], approval_fixed=ov.approval_fixed,
            supplies_fixed=ov.supplies_fixed, in_use_field=run.names.get("in_use", ""), counts=counts)
        geometries = {}
        for i, flag in enumerate(out[contract.UNSUP_FLAG].tolist()):
            remainder = ov.remainder[i] if flag == 1 else None
            if remainder is not None and not remainder.isMultipart():
                remainder.convertToMultiType()
            geometries[i] = remainder if remainder is not None else QgsGeometry()
        return out, geometries

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
        """Totals per approval year (濮政办〔2021〕6号 counts cohorts by year), then the grand total."""
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

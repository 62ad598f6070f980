"""landplan:renewalscreening — 更新项目负面清单核查 (《郑州市城市更新专项规划》 九2, 十5).

Thin adapter: measures, per renewal project, the overlap with each constraint layer (and the
part outside the 城镇开发边界) and the height zones it meets (geometry, here); whether a project
is listed, for which conditions and why is decided by ``core/renewal.py`` (the rule text lives
there).
"""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
)

from ..core import contract, fields
from ..core import renewal as rn
from ..qvariant import py_value
from .base import LandPlanAlgorithm
from .field_resolution import make_field
from .geometry import polygonal
from .params import add_ledger_param
from .problems import ProblemTally, problem_label
from .zone_layers import feature_polygon, layer_batches, optional_source, union_geometry
from .. import compat

CANDIDATES = fields.CANDIDATES["renewalscreening"]
POLY = [compat.SOURCE_POLYGON]
#: constraint layer → key of core.renewal.OVERLAP_KEYS
LAYERS = (("DEV_BOUNDARY", "outside"), ("FARMLAND", "farmland"), ("ECO_REDLINE", "redline"),
          ("HERITAGE", "heritage"), ("ECO_CONTROL", "eco"), ("OVER_CAPACITY", "capacity"))


class _Polygons:
    """A constraint layer's polygons (repaired) with an index and one attribute (or None)."""

    def __init__(self):
        self.geoms, self.values, self.index = [], [], QgsSpatialIndex()

    def add(self, geom, value):
        self.index.addFeature(len(self.geoms), geom.boundingBox())
        self.geoms.append(geom)
        self.values.append(value)

    def pieces(self, geom):
        """[(feature number, project ∩ feature)] of the features meeting ``geom``."""
        out = []
        for i in sorted(self.index.intersects(geom.boundingBox())):
            if self.geoms[i].intersects(geom):
                piece = polygonal(geom.intersection(self.geoms[i]))
                if piece is not None:
                    out.append((i, piece))
        return out


class RenewalScreening(LandPlanAlgorithm):
    def name(self):
        return "renewalscreening"

    def displayName(self):  # noqa: N802
        return self.tr("Screen renewal projects against the negative list")

    def shortDescription(self):  # noqa: N802
        return self.tr("Per renewal project: the negative-list conditions it meets (三区三线, heritage, ecology, "
                       "capacity, height, other), overlap areas, and whether a city check-up is referenced.")

    def group(self):
        return self.tr("Urban renewal")

    def groupId(self):  # noqa: N802
        return "renewal"

    def tags(self):
        return self.tr("urban renewal,negative list,project,height,heritage,check-up").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource("PROJECTS", self.tr("Renewal projects"), POLY))
        self.add_field_param("PROJECT_ID_FIELD", self.tr("Project id field"), parent="PROJECTS", any_type=True)
        for name, label in (("DEV_BOUNDARY", self.tr("Urban development boundary (城镇开发边界)")),
                            ("FARMLAND", self.tr("Permanent basic farmland (永久基本农田)")),
                            ("ECO_REDLINE", self.tr("Ecological protection red line (生态保护红线)")),
                            ("HERITAGE", self.tr("Historic and cultural protection lines and ranges")),
                            ("ECO_CONTROL", self.tr("Ecological and environmental control zones")),
                            ("OVER_CAPACITY", self.tr("Areas over traffic, utility or public-service capacity")),
                            ("HEIGHT_ZONES", self.tr("Height control zones"))):
            self.addParameter(QgsProcessingParameterFeatureSource(name, label, POLY, optional=True))
        self.add_field_param("HEIGHT_LIMIT_FIELD", self.tr("Height zones: height limit field (m)"),
                             parent="HEIGHT_ZONES", any_type=True)
        self.add_field_param("PROJECT_HEIGHT_FIELD", self.tr("Projects: planned height field (m)"), parent="PROJECTS",
                             any_type=True)
        self.add_field_param("OTHER_FIELD", self.tr("Projects: other conditions field (recorded by hand)"),
                             parent="PROJECTS", any_type=True)
        self.add_field_param("CHECKUP_FIELD", self.tr("Projects: city check-up reference field (城市体检)"),
                             parent="PROJECTS", any_type=True)
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_OVERLAP", self.tr("Minimum overlap (m²); smaller overlaps are digitising slivers"),
            type=compat.NUMBER_DOUBLE, defaultValue=rn.DEFAULT_MIN_OVERLAP, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Screened renewal projects"), compat.SOURCE_POLYGON,
            optional=True, createByDefault=True))  # optional: a model step that may be skipped
        add_ledger_param(self)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        projects = self.source_or_fail(parameters, "PROJECTS", context)
        crs = self.check_crs(projects, self.tr("Renewal projects"))
        tally = ProblemTally()
        idx = {name: self.resolve_field(parameters, name, projects.fields(), CANDIDATES[name], feedback, label)
               for name, label in (("PROJECT_ID_FIELD", self.tr("project id")),
                                   ("PROJECT_HEIGHT_FIELD", self.tr("planned height")),
                                   ("OTHER_FIELD", self.tr("other conditions")),
                                   ("CHECKUP_FIELD", self.tr("city check-up reference")))}
        layers = {key: self._polygons(parameters, name, None, crs, tally, context, feedback)
                  for name, key in LAYERS}
        layers = {key: poly for key, poly in layers.items() if poly is not None}
        zones = self._height_zones(parameters, crs, tally, context, feedback)
        if zones is not None and idx["PROJECT_HEIGHT_FIELD"] < 0:
            feedback.pushWarning(self.tr("Height zones given but no planned height field (PROJECT_HEIGHT_FIELD): "
                                         "heights are not checked."))
        if idx["CHECKUP_FIELD"] < 0:
            feedback.pushWarning(self.tr("No city check-up reference field (CHECKUP_FIELD): every project is named "
                                         "as without one (rs_checkup 0)."))
        min_overlap = self.parameterAsDouble(parameters, "MIN_OVERLAP", context)
        added = self._fields()
        out_fields, kept = self.output_fields(projects.fields(), added, feedback)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, out_fields, compat.WKB_MULTIPOLYGON,
                                         crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        measurer = self.area_measurer(crs, context)
        ids, summary = [], {name: [] for name in contract.SCREENING_FIELDS}
        for chunk in layer_batches(projects, crs, context, feedback, progress=(20, 95)):
            geoms = [feature_polygon(f, tally, "PROJECTS") for f in chunk]
            overlaps = {key: [self._overlap(key, poly, g, measurer) for g in geoms] for key, poly in layers.items()}
            heights = None if zones is None else [
                [] if g is None else [(zones.values[i], measurer.measureArea(p)) for i, p in zones.pieces(g)]
                for g in geoms]
            cols, problems = rn.screening_columns(
                len(chunk), overlaps, self._column(chunk, idx["PROJECT_HEIGHT_FIELD"]), heights,
                self._column(chunk, idx["OTHER_FIELD"]), self._column(chunk, idx["CHECKUP_FIELD"]), min_overlap,
                self._names(projects, zones, idx), [g is None for g in geoms])
            for row, problem in problems:
                tally.add_problem(problem, example="PROJECTS #%d：%s" % (chunk[row].id(), problem.message))
            self._write(sink, out_fields, kept, chunk, geoms, cols)
            ids += [py_value(f.attribute(idx["PROJECT_ID_FIELD"])) if idx["PROJECT_ID_FIELD"] >= 0
                    else "#%d" % f.id() for f in chunk]
            for name in contract.SCREENING_FIELDS:
                summary[name] += list(cols[name])
        del sink
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..output.styling import finish_output
        finish_output(self, context, dest_id, "screening", feedback)
        results = {"OUTPUT": dest_id}
        ledger = self.parameterAsFileOutput(parameters, "LEDGER", context)
        if ledger:
            from ..output.ledger_sheets import write_sheet
            results["LEDGER"] = write_sheet(ledger, *rn.screening_ledger_sheet(ids, summary, min_overlap))
        self._log(ids, summary, [name for name, key in LAYERS if key in layers], zones is not None, tally, feedback)
        feedback.setProgress(100)
        return results

    # ---- steps ------------------------------------------------------------------------
    def _polygons(self, parameters, name, value_idx, crs, tally, context, feedback):
        source = optional_source(self, parameters, name, context)
        if source is None:
            return None
        source_crs = self.check_crs(source, name)
        if source_crs != crs:
            feedback.pushInfo(self.tr("{layer} is in {crs} and is reprojected to {target}.").format(
                layer=name, crs=source_crs.authid() or source_crs.description(), target=crs.authid()))
        polys = _Polygons()
        for chunk in layer_batches(source, crs, context, feedback):
            for feat in chunk:
                geom = feature_polygon(feat, tally, name)
                if geom is not None:
                    polys.add(geom, py_value(feat.attribute(value_idx)) if value_idx is not None else None)
        return polys

    def _height_zones(self, parameters, crs, tally, context, feedback):
        source = optional_source(self, parameters, "HEIGHT_ZONES", context)
        if source is None:
            return None
        limit_idx = self.resolve_field(parameters, "HEIGHT_LIMIT_FIELD", source.fields(),
                                       CANDIDATES["HEIGHT_LIMIT_FIELD"], feedback, self.tr("height limit"))
        if limit_idx < 0:
            raise QgsProcessingException(self.tr("Name the height limit field of the height zones "
                                                 "(HEIGHT_LIMIT_FIELD)."))
        return self._polygons(parameters, "HEIGHT_ZONES", limit_idx, crs, tally, context, feedback)

    @staticmethod
    def _overlap(key, polys, geom, measurer):
        """m² of ``geom`` on the layer's polygons (counted once), or outside them for the boundary."""
        if geom is None:
            return 0.0
        pieces = [p for _, p in polys.pieces(geom)]
        inside = measurer.measureArea(union_geometry(pieces)) if pieces else 0.0
        return max(0.0, measurer.measureArea(geom) - inside) if key == "outside" else inside

    @staticmethod
    def _column(chunk, idx):
        return None if idx < 0 else [py_value(f.attribute(idx)) for f in chunk]

    @staticmethod
    def _names(projects, zones, idx):
        def name(i, default):
            return projects.fields().at(i).name() if i >= 0 else default
        return (name(idx["PROJECT_HEIGHT_FIELD"], "规划高度"), "限高", name(idx["OTHER_FIELD"], "其他情形"))

    def _fields(self):
        return [make_field("rs_listed", "int", self.tr("On the negative list (1/0)")),
                make_field("rs_conds", "string", self.tr("Conditions met (1–6)"), 20),
                make_field("rs_reason", "string", self.tr("Reason"), 254),
                make_field("rs_ov_m2", "double", self.tr("Overlap area (m²)"), 20, 2),
                make_field("rs_checkup", "int", self.tr("City check-up referenced (1/0)"))]

    @staticmethod
    def _write(sink, out_fields, kept, chunk, geoms, cols):
        for k, feat in enumerate(chunk):
            out = QgsFeature(out_fields)
            attrs = feat.attributes()
            out.setAttributes([attrs[i] for i in kept] + [
                int(cols["rs_listed"][k]), cols["rs_conds"][k], cols["rs_reason"][k], float(cols["rs_ov_m2"][k]),
                int(cols["rs_checkup"][k])])
            if geoms[k] is not None:
                geom = QgsGeometry(geoms[k])
                geom.convertToMultiType()
                out.setGeometry(geom)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)

    def _log(self, ids, summary, checked, heights, tally, feedback):
        tally.log(feedback)
        for kind, examples in tally.examples.items():
            feedback.pushWarning("%s:" % problem_label(kind))
            for example in examples:
                feedback.pushWarning("  " + example)
        feedback.pushInfo(self.tr("Checked against: {layers}.").format(
            layers=", ".join(checked + (["HEIGHT_ZONES"] if heights else [])) or "-"))
        listed = [i for i, v in zip(ids, summary["rs_listed"]) if v == 1]
        missing = [i for i, v in zip(ids, summary["rs_checkup"]) if v == 0]
        feedback.pushInfo(self.tr("{n} project(s), {listed} on the negative list: {ids}.").format(
            n=len(ids), listed=len(listed), ids="、".join(str(i) for i in listed) or "-"))
        if missing:
            feedback.pushWarning(self.tr("{n} project(s) without a city check-up reference (无体检不更新): "
                                         "{ids}.").format(n=len(missing), ids="、".join(str(i) for i in missing)))

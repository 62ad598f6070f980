"""landplan:permuevaluation — 亩均效益综合评价, "亩均论英雄"
(《郑州市工业用地布局规划（2021—2035年）》 第二章三, 附件2).

The rule lives in :mod:`landplan_plugin.core.permu`; this module reads the scheme, streams the
columns the scheme needs in a first pass (benchmarks, averages and ranks are group-wide), evaluates
them once and streams the features again to write them.
"""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
)

from .. import compat
from ..output import styling
from ..core import commitments, permu
from ..core.units import AREA_UNITS, M2_PER_MU
from .base import LandPlanAlgorithm
from .field_resolution import find_field, make_field
from .problems import log_problem_counts
from .params import area_unit_param
from .batches import SinkWriter, read_batches

STYLE_KIND = "permu"

ALIASES = styling.aliases_with_prefix("mj_")


class PerMuEvaluation(LandPlanAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "permuevaluation"

    def displayName(self):
        return self.tr("Per-mu performance classes (亩均论英雄)")

    def shortDescription(self):
        return self.tr("Scores enterprises or parcels by a county's per-mu scheme and sorts them into classes A/B/C/D.")

    def tags(self):
        return self.tr("亩均论英雄,亩均效益,per mu,evaluation,class,enterprise,scheme").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Enterprises or parcels"), [compat.SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterFile(
            "SCHEME_FILE", self.tr("Scheme file (JSON; examples in resources/schemes)"), extension="json",
            optional=True))
        self.add_field_param("GROUP_FIELD", self.tr("Group field (rank within each group, e.g. 规上/规下 or zone)"),
                             any_type=True)
        self.add_field_param("AREA_FIELD", self.tr("Land area field, for the log (empty = measure the geometry)"),
                             any_type=True, advanced=True)
        self.set_advanced(area_unit_param(self.tr("Land area field unit")))
        self.set_advanced(QgsProcessingParameterBoolean(
            "PASS_UNCLASSED", self.tr("No scheme file, or a layer without the scheme's fields: write the features "
                                      "unclassed (mj_* empty) instead of stopping (for models)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Per-mu evaluation"), compat.SOURCE_ANY_GEOMETRY))

    def _scheme(self, parameters, context, fields, feedback):
        """The scheme; None (features written unclassed) when PASS_UNCLASSED and it cannot be applied."""
        try:
            return self._checked_scheme(parameters, context, fields)
        except QgsProcessingException as exc:
            if not self.parameterAsBool(parameters, "PASS_UNCLASSED", context):
                raise
            feedback.pushWarning(str(exc) + " " + self.tr("The features are written unclassed (PASS_UNCLASSED)."))
            return None

    def _checked_scheme(self, parameters, context, fields):
        path = self.parameterAsFile(parameters, "SCHEME_FILE", context)
        if not path:
            raise QgsProcessingException(self.tr("No scheme file was given (SCHEME_FILE)."))
        try:
            scheme = permu.load_scheme(path)
        except permu.SchemeError as exc:
            raise QgsProcessingException(str(exc)) from exc
        missing = scheme.missing_field(lambda f: find_field(fields, [f]) >= 0)
        if missing is not None and missing[0] is not None:
            raise QgsProcessingException(self.tr(
                'Scheme indicator "{name}" needs field "{field}", which is not in the input layer.').format(
                    name=missing[0], field=missing[1]))
        if missing is not None:
            raise QgsProcessingException(
                self.tr('The scheme\'s exempt field "{field}" is not in the input layer.').format(field=missing[1]))
        return scheme

    def _read(self, parameters, context, source, scheme, feedback):
        """First pass: (the scheme's columns, the group column or None, the land areas in m²)."""
        import numpy as np
        fields = source.fields()
        group_idx = self.resolve_field(parameters, "GROUP_FIELD", fields, [], feedback, self.tr("group"), False)
        area_idx = self.resolve_field(parameters, "AREA_FIELD", fields, [], feedback, self.tr("land area"), False)
        spatial = source.wkbType() != compat.WKB_NO_GEOMETRY
        measurer = self.area_measurer(source.sourceCrs(), context) if spatial and area_idx < 0 else None
        indexes = {("scheme", f): find_field(fields, [f]) for f in (scheme.fields() if scheme else ())}
        indexes.update({(role, None): i for role, i in (("group", group_idx), ("area", area_idx)) if i >= 0})
        columns, geom_areas = {key: [] for key in indexes}, []
        for batch in read_batches(source, indexes, feedback, measurer, progress=(0.0, 50.0), repair=False):
            for key, values in batch.columns.items():
                columns[key].extend(values)
            geom_areas.append(batch.geom_area_m2 if measurer is not None else np.full(batch.n, np.nan))
        geom_area = np.concatenate(geom_areas) if geom_areas else np.empty(0)
        areas, _notes = commitments.land_area_m2(columns.get(("area", None)),
                                                 fields.at(area_idx).name() if area_idx >= 0 else "",
                                                 AREA_UNITS[self.parameterAsEnum(parameters, "AREA_UNIT", context)],
                                                 geom_area, len(geom_area))
        return ({f: columns[("scheme", f)] for f in (scheme.fields() if scheme else ())}, columns.get(("group", None)),
                areas)

    def processAlgorithm(self, parameters, context, feedback):
        source = self.source_or_fail(parameters, self.INPUT, context)
        self.check_crs_if_spatial(source, self.tr("Enterprises or parcels"))
        fields = source.fields()
        scheme = self._scheme(parameters, context, fields, feedback)
        feedback.pushInfo(self.tr("Scheme: {name}").format(name=scheme.name if scheme else "—"))
        columns, groups, areas_m2 = self._read(parameters, context, source, scheme, feedback)
        if feedback.isCanceled():
            return {}
        problem_counts = {}
        result = (permu.evaluate_columns(scheme, columns, groups, problem_counts) if scheme
                  else permu.unevaluated_columns(len(areas_m2)))
        out_fields, kept = self.output_fields(fields, self._added_fields(), feedback)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields, source.wkbType(),
                                         source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        writer = SinkWriter(sink, dest_id, out_fields, kept, fields.count(), permu.OUTPUT_FIELDS)
        start = 0
        # copying the features with precomputed columns: smaller batches were measured faster here
        for batch in read_batches(source, {}, feedback, keep_features=True, progress=(50.0, 50.0), repair=False,
                                  size=1000):
            writer.write(batch, permu.output_columns(result, start, start + batch.n))
            start += batch.n
        writer.close()
        del sink, writer
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        styling.finish_output(self, context, dest_id, STYLE_KIND, feedback, ALIASES)
        feedback.setProgress(100)
        log_problem_counts(feedback, problem_counts)
        feedback.pushInfo(self.tr("Summary (count, area in mu):"))
        for cls, (count, mu) in permu.summarise(list(result["cls"]), areas_m2 / M2_PER_MU).items():
            feedback.pushInfo("  %s: %d, %.2f %s" % (permu.class_label(cls), count, mu, self.tr("mu")))
        return {self.OUTPUT: dest_id}

    def _added_fields(self):
        return [make_field("mj_score", "double", self.tr("Per-mu score"), 20, 4),
                make_field("mj_class", "string", self.tr("Class (A/B/C/D/不定等级/待核实)"), 10),
                make_field("mj_rank", "int", self.tr("Rank in group")),
                make_field("mj_n", "int", self.tr("Classed enterprises in group")),
                make_field("mj_reason", "string", self.tr("Reason"), 0)]

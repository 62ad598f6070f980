"""landplan:permuevaluation — 亩均效益综合评价, "亩均论英雄" (SPEC §7.7; seed 000 第二章三, 附件2).

The rule lives in :mod:`landplan_plugin.core.permu`; this module reads the scheme, collects the
columns the scheme needs in a first pass (benchmarks, averages and ranks are group-wide), calls the
columnar core and writes the features in a second pass.
"""
from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from .. import styling
from ..core import permu
from ..core.units import AREA_UNITS, M2_PER_MU
from .base import SKIP_GEOMETRY_CHECKS, LandPlanAlgorithm, find_field, log_problem_counts, make_field, py_value
from .base import area_unit_param
from .check_commitments import land_area_m2

STYLE_KIND = "permu"

ALIASES = styling.aliases_with_prefix("mj_")


class PerMuEvaluation(LandPlanAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "permuevaluation"

    def displayName(self):  # noqa: N802
        return self.tr("Per-mu performance classes (亩均论英雄)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Scores enterprises or parcels by a county's per-mu scheme and sorts them into classes A/B/C/D.")

    def tags(self):
        return self.tr("亩均论英雄,亩均效益,per mu,evaluation,class,enterprise,scheme").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Enterprises or parcels"), [QgsProcessing.TypeVector]))
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
            self.OUTPUT, self.tr("Per-mu evaluation"), QgsProcessing.TypeVectorAnyGeometry))

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
            raise QgsProcessingException(str(exc))
        for ind in scheme.indicators:
            for f in (ind.field, ind.numerator, ind.denominator):
                if f and find_field(fields, [f]) < 0:
                    raise QgsProcessingException(self.tr(
                        'Scheme indicator "{name}" needs field "{field}", which is not in the input layer.').format(
                            name=ind.name, field=f))
        if scheme.exempt_field and find_field(fields, [scheme.exempt_field]) < 0:
            raise QgsProcessingException(self.tr('The scheme\'s exempt field "{field}" is not in the input layer.').format(
                field=scheme.exempt_field))
        return scheme

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_fail(parameters, self.INPUT, context)
        crs = self.check_crs_if_spatial(source, self.tr("Enterprises or parcels"))
        spatial = source.wkbType() != QgsWkbTypes.NoGeometry
        fields = source.fields()
        names = fields.names()
        scheme = self._scheme(parameters, context, fields, feedback)
        feedback.pushInfo(self.tr("Scheme: {name}").format(name=scheme.name if scheme else "—"))
        group_idx = self.resolve_field(parameters, "GROUP_FIELD", fields, [], feedback, self.tr("group"), False)
        area_idx = self.resolve_field(parameters, "AREA_FIELD", fields, [], feedback, self.tr("land area"), False)
        unit = AREA_UNITS[self.parameterAsEnum(parameters, "AREA_UNIT", context)]
        measurer = self.area_measurer(crs, context) if spatial else None
        wanted = {f: find_field(fields, [f]) for f in (scheme.fields() if scheme else ())}
        columns, groups, areas = {f: [] for f in wanted}, [], []
        total = source.featureCount() or 0
        for current, feat in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS)):
            if feedback.isCanceled():
                return {}
            attrs = feat.attributes()
            for f, i in wanted.items():
                columns[f].append(py_value(attrs[i]))
            groups.append(py_value(attrs[group_idx]) if group_idx >= 0 else None)
            area_m2 = land_area_m2(attrs, area_idx, names, unit, feat.geometry(), measurer, [])
            areas.append(area_m2 / M2_PER_MU if area_m2 else None)
            if total and current % 256 == 0:
                feedback.setProgress(50.0 * current / total)
        result = (permu.evaluate_columns(scheme, columns, groups if group_idx >= 0 else None) if scheme
                  else permu.unevaluated_columns(len(areas)))

        out_fields, kept = self.output_fields(fields, self._added_fields(), feedback)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields, source.wkbType(),
                                         source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        problem_counts, batch = {}, []
        for current, feat in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS)):
            if feedback.isCanceled() or current >= len(areas):
                break
            attrs = feat.attributes()
            score = float(result["score"][current])
            feat.setFields(out_fields, False)
            feat.setAttributes([attrs[i] for i in kept] + [
                None if score != score else score, result["cls"][current], result["rank"][current],
                result["n"][current], result["reason"][current]])
            batch.append(feat)
            if len(batch) >= 1000:
                sink.addFeatures(batch, QgsFeatureSink.FastInsert)
                batch = []
            for p in result["problems"][current]:
                problem_counts[p.kind] = problem_counts.get(p.kind, 0) + 1
            if total and current % 256 == 0:
                feedback.setProgress(50.0 + 50.0 * current / total)
        if batch and not feedback.isCanceled():
            sink.addFeatures(batch, QgsFeatureSink.FastInsert)
        del sink
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        styling.finish_output(self, context, dest_id, STYLE_KIND, feedback, ALIASES)
        feedback.setProgress(100)
        log_problem_counts(feedback, problem_counts)
        feedback.pushInfo(self.tr("Summary (count, area in mu):"))
        for cls, (count, mu) in permu.summarise(list(result["cls"]), areas).items():
            feedback.pushInfo("  %s: %d, %.2f %s" % (permu.class_label(cls), count, mu, self.tr("mu")))
        return {self.OUTPUT: dest_id}

    def _added_fields(self):
        return [make_field("mj_score", QVariant.Double, self.tr("Per-mu score"), 20, 4),
                make_field("mj_class", QVariant.String, self.tr("Class (A/B/C/D/不定等级/待核实)"), 10),
                make_field("mj_rank", QVariant.Int, self.tr("Rank in group")),
                make_field("mj_n", QVariant.Int, self.tr("Classed enterprises in group")),
                make_field("mj_reason", QVariant.String, self.tr("Reason"), 0)]

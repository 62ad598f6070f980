"""landplan:forecastindustrialland — 工业用地规模预测 (《郑州市工业用地布局规划（2021—2035年）》附件2).

The rules live in :mod:`landplan_plugin.core.forecast`; this module reads the parameters and the
two optional series tables, calls :func:`~landplan_plugin.core.forecast.run_forecast`, logs each
formula with its numbers and writes the table and the chart.
"""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .. import compat
from ..output import charts
from ..core import fields
from ..core import forecast as fc
from .base import LandPlanAlgorithm
from .params import add_chart_param, PlansGroupMixin
from . import table_io

CANDIDATES = fields.CANDIDATES["forecastindustrialland"]
TYPES = {"method": ("string", 20, 0), "label": ("string", 20, 0), "year": ("int", 0, 0),
         "total_ha": ("double", 20, 2), "new_ha": ("double", 20, 2), "r2": ("double", 12, 6),
         "weight": ("double", 12, 4), "in_final": ("string", 0, 0), "formula": ("string", 0, 0)}
TREND_OPTIONS = fc.TREND_KINDS


class ForecastIndustrialLand(PlansGroupMixin, LandPlanAlgorithm):
    def name(self):
        return "forecastindustrialland"

    def displayName(self):  # noqa: N802
        return self.tr("Industrial-land demand forecast")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SUPPLY_SERIES", self.tr("Industrial-land supply: yearly table, or supply records (year or date; "
                                     "ha or geometry)"), [compat.SOURCE_VECTOR], optional=True))
        self.add_field_param("YEAR_FIELD", self.tr("Supply: year field"), parent="SUPPLY_SERIES", any_type=True)
        self.add_field_param("AREA_FIELD", self.tr("Supply: area field (ha)"), parent="SUPPLY_SERIES", any_type=True)
        self._number("BASE_AREA", self.tr("Industrial land at the end of the base year (ha)"))
        self._number("BASE_YEAR", self.tr("Base year (empty = last year of the supply series)"), integer=True)
        self.addParameter(QgsProcessingParameterString(
            "TARGET_YEAR", self.tr("Target year(s), e.g. 2025,2035"), defaultValue="2025"))
        self.addParameter(QgsProcessingParameterString(
            "OUTPUT_TARGET", self.tr("Output method: industrial output Q in the target year(s) (亿元)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "OUTPUT_PER_HA", self.tr("Output method: output per ha T in the target year(s) (亿元/ha)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "CORRECTION", self.tr("Output method: correction a"), defaultValue="1", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INVEST_SERIES", self.tr("Quota method: yearly industrial fixed-asset investment (table)"),
            [compat.SOURCE_VECTOR], optional=True))
        self.add_field_param("INVEST_YEAR_FIELD", self.tr("Investment: year field"), parent="INVEST_SERIES",
                             any_type=True)
        self.add_field_param("INVEST_FIELD", self.tr("Investment: amount field (亿元)"), parent="INVEST_SERIES",
                             any_type=True)
        self._number("INVEST_BASE", self.tr("Quota method: investment in the base year (亿元)"))
        self._number("INVEST_GROWTH", self.tr("Quota method: yearly investment growth (%)"))
        self.addParameter(QgsProcessingParameterString(
            "INTENSITY", self.tr("Quota method: investment intensity D (万元/ha; e.g. 2021:5000,2023:6000)"),
            optional=True))
        self._number("QUOTA_A", self.tr("Quota method: correction a"), default=1.0)
        self._number("QUOTA_B", self.tr("Quota method: floor-area-ratio correction b"), default=1.0)
        self.addParameter(QgsProcessingParameterEnum(
            "TREND_METHODS", self.tr("Trend fits"), options=[fc.METHOD_LABELS[m] + " (%s)" % m for m in TREND_OPTIONS],
            allowMultiple=True, defaultValue=list(range(len(TREND_OPTIONS)))))
        self.addParameter(QgsProcessingParameterString(
            "WEIGHTS", self.tr("Weights of the final figure (e.g. output:1,quota:1,trend:1; empty = equal)"),
            optional=True))
        self._number("PLAUSIBLE_MULTIPLE", self.tr("A trend enters the final figure when its last target year's "
                                                   "yearly supply is at most this many times the largest yearly "
                                                   "supply (and not below 0)"), default=fc.PLAUSIBLE_MULTIPLE)
        self.addParameter(QgsProcessingParameterString(
            "INPUT_NOTE", self.tr("Note on the inputs, printed on the table and the chart (e.g. 演示参数)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", self.tr("Forecast"), compat.SOURCE_VECTOR))
        add_chart_param(self)

    def _number(self, name, label, integer=False, default=None):
        kind = compat.NUMBER_INTEGER if integer else compat.NUMBER_DOUBLE
        self.addParameter(QgsProcessingParameterNumber(name, label, type=kind, defaultValue=default, optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            kw = self._inputs(parameters, context, feedback)
            if kw is None:
                return {}
            forecasts, fits, notes = fc.run_forecast(**kw)
        except fc.ForecastError as exc:
            raise QgsProcessingException(str(exc)) from None
        for f in forecasts:
            feedback.pushInfo(f.formula)
        for text in notes:
            feedback.pushWarning(text)
        note = self.parameterAsString(parameters, "INPUT_NOTE", context).strip()
        if note:
            feedback.pushInfo("【%s】" % note)
        fields = table_io.table_fields(fc.OUTPUT_FIELDS, TYPES)
        rows = [[f.method, fc.METHOD_LABELS[f.method], f.year, f.total_ha, f.new_ha, f.r2, f.weight, f.in_final,
                 ("【%s】" % note if note else "") + f.formula] for f in forecasts]
        ok, dest_id = table_io.write_table(self, parameters, "OUTPUT", context, fields, rows,
                                           dict(fc.OUTPUT_FIELDS), feedback)
        if not ok:
            return {}
        results = {"OUTPUT": dest_id}
        chart = self.parameterAsFileOutput(parameters, "CHART", context)
        if chart:
            self._chart(chart, kw, fits, forecasts, note)
            results["CHART"] = chart
        feedback.setProgress(100)
        return results

    # ---- steps ------------------------------------------------------------------------
    def _opt_number(self, parameters, name, context):
        raw = parameters.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        return self.parameterAsDouble(parameters, name, context)

    @staticmethod
    def _or_one(value):
        return 1.0 if value is None else value

    def _series(self, parameters, name, fields_names, context, feedback, label):
        source = table_io.table_source(self, parameters, name, context, feedback, optional=True)
        if source is None:
            return None
        labels = {"YEAR_FIELD": self.tr("supply year"), "AREA_FIELD": self.tr("supply area (ha)"),
                  "INVEST_YEAR_FIELD": self.tr("investment year"), "INVEST_FIELD": self.tr("investment (亿元)")}
        idx = [self.resolve_field(parameters, n, source.fields(), CANDIDATES[n], feedback, labels[n])
               for n in fields_names]
        amounts_from = fc.series_source(idx[1] >= 0, name == "SUPPLY_SERIES" and
                                        source.wkbType() != compat.WKB_NO_GEOMETRY)
        measurer = None
        if amounts_from == fc.SERIES_GEOMETRY:
            measurer = self.area_measurer(self.check_crs(source, label), context)
            feedback.pushInfo(self.tr("No area field: the supply areas are measured on the geometry."))
        if idx[0] < 0 or amounts_from is None:
            raise QgsProcessingException(self.tr("Table {label} needs a year field and an amount field.").format(
                label=label))
        table = table_io.read_columns(source, idx, feedback, (0, 30), measurer)
        if table is None:
            return None
        years, amounts = table.values
        amounts = fc.series_amounts(amounts_from, amounts, table.area_m2)
        by_year, problems = fc.supply_by_year(list(zip(years, amounts)))
        for text in problems:
            feedback.pushWarning(text)
        return by_year

    def _inputs(self, parameters, context, feedback):
        s = lambda n: self.parameterAsString(parameters, n, context)  # noqa: E731
        years = [int(y) for y in fc.parse_number_list(s("TARGET_YEAR"), "TARGET_YEAR")]
        if not years:
            raise QgsProcessingException(self.tr("Give at least one target year (TARGET_YEAR)."))
        base_year = self._opt_number(parameters, "BASE_YEAR", context)
        trends = [TREND_OPTIONS[i] for i in self.parameterAsEnums(parameters, "TREND_METHODS", context)]
        kw = dict(
            target_years=years, base_ha=self._opt_number(parameters, "BASE_AREA", context),
            base_year=None if base_year is None else int(base_year),
            supply=self._series(parameters, "SUPPLY_SERIES", ("YEAR_FIELD", "AREA_FIELD"), context, feedback,
                                "SUPPLY_SERIES"),
            output_target=fc.parse_number_list(s("OUTPUT_TARGET"), "OUTPUT_TARGET"),
            output_per_ha=fc.parse_number_list(s("OUTPUT_PER_HA"), "OUTPUT_PER_HA"),
            correction=fc.parse_number_list(s("CORRECTION") or "1", "CORRECTION"),
            invest=self._series(parameters, "INVEST_SERIES", ("INVEST_YEAR_FIELD", "INVEST_FIELD"), context,
                                feedback, "INVEST_SERIES"),
            invest_base=self._opt_number(parameters, "INVEST_BASE", context),
            invest_growth=self._opt_number(parameters, "INVEST_GROWTH", context),
            intensity=fc.parse_schedule(s("INTENSITY"), "INTENSITY"),
            quota_a=self._or_one(self._opt_number(parameters, "QUOTA_A", context)),
            quota_b=self._or_one(self._opt_number(parameters, "QUOTA_B", context)),
            weights=fc.parse_weights(s("WEIGHTS")), trend_methods=trends,
            plausible_multiple=self._opt_number(parameters, "PLAUSIBLE_MULTIPLE", context) or fc.PLAUSIBLE_MULTIPLE)
        return None if feedback.isCanceled() else kw

    def _chart(self, path, kw, fits, forecasts, note=""):
        supply = kw.get("supply") or {}
        years = sorted(supply)
        last = max(kw["target_years"])
        entry = {f.method: f.in_final for f in forecasts if f.year == last}
        fit_lines, left_out = {}, set()
        for fit in fits:
            xs = list(range(fit.first_year, last + 1))
            verdict = entry.get(fit.method, "")
            name = "%s R²=%s（%s）" % (fc.METHOD_LABELS[fit.method], "—" if fit.r2 is None else "%.3f" % fit.r2,
                                     "计入综合" if verdict == fc.ENTERED else
                                     "外推不合理，未计入" if "外推不合理" in verdict else "未计入")
            fit_lines[name] = (xs, list(fit.predict(xs)))
            if verdict != fc.ENTERED:
                left_out.add(name)
        mark = {True: "", False: "（未计入）"}
        points = [(fc.METHOD_LABELS[f.method] + mark[f.method == "final" or f.in_final == fc.ENTERED],
                   f.year, f.total_ha) for f in forecasts if f.total_ha is not None]
        title = "工业用地总规模预测" + ("（%s）" % note if note else "")
        charts.forecast_chart(path, years, [supply[y] for y in years], fit_lines, points, title,
                              base_year=kw.get("base_year") or (years[-1] if years else None), left_out=left_out,
                              footnote="综合只计入外推合理的方程：末预测年拟合年供应量在 0 与历史最大年供应的 %g 倍之间"
                              % kw["plausible_multiple"])

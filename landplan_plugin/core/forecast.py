"""工业用地规模预测 — industrial-land demand forecast (《郑州市工业用地布局规划（2021—2035年）》附件2).

The rule, in full (the algorithm's help and the README point here). Areas in 公顷, money in 亿元
(investment intensity in 万元/公顷, as 附件2 prints it; 1 亿元 = 10 000 万元).

* **Base.** ``base_ha`` is the industrial land at the end of the base year; the base year is the
  last year of the supply series (or given). Reporting years are after it.
* **产值预测法** (:func:`output_total_columns`): S = a × Q ÷ T — Q industrial output in the target year
  (亿元), T output per 公顷 of industrial land then (亿元/公顷), a a correction (default 1). It
  gives the total; its new land is S − base.
* **定额预测法** (:func:`quota_terms_columns`): new land = Σ a × b × G ÷ D over the years after the base
  year up to the target year — G that year's industrial fixed-asset investment (亿元, ×10 000 →
  万元), D the investment intensity for new land that year (万元/公顷; a schedule
  ``2021:5000,2023:6000`` applies each value from its year on), a and b corrections (b the
  floor-area-ratio correction). G is a yearly series, or a base-year value grown by a constant
  rate (:func:`investment_series`: G_y = G_base × (1 + g)^(y − base year)). A year with no G,
  no D or a D that is not above 0 is named and the method gives no figure for that target year.
  Total = base + new.
* **趋势预测法** (:func:`fit_trend`): least squares on the annual supply series y_t with
  t = year − first year + 1: linear a + bt, quadratic a + bt + ct², cubic a + bt + ct² + dt³,
  exponential ab^t (fitted as ln y = ln a + t ln b; needs every y > 0). R² = 1 − SS_res ÷ SS_tot
  on y itself (none when the series is constant); a fit needs more points than parameters
  (exactly as many gives R² = 1 and is noted). New land = Σ of the fitted yearly supply from
  the year after the base year up to the target year, a fitted year below 0 counting as 0
  (noted); total = base + new.
* **Final** (:func:`combine`): Σ wᵢ × totalᵢ ÷ Σ wᵢ over the methods that gave a total for that
  year; weights by method key (``output``, ``quota``, ``trend`` or one of the ``trend_*`` keys),
  default equal over ``output``, ``quota`` and ``trend``. ``trend`` stands for the *plausible*
  trend fit with the highest adjusted R² (1 − (1 − R²)(n − 1) ÷ (n − k), k parameters; plain R²
  when no fit has n > k). New = final − base.
* **Plausible trend** (:func:`trend_plausibility`): a fit enters 综合 only when its fitted yearly
  supply in the last target year lies between 0 and ``plausible_multiple`` (default
  :data:`PLAUSIBLE_MULTIPLE` = 3, a local choice: the plan gives no number) times the largest
  yearly supply of the series. A curve that extrapolates far beyond anything supplied (a cubic
  reaching 358 公顷/年 against a history of 10–68) or below zero is a property of the polynomial,
  not a forecast; a good R² inside the series says nothing about it. Every row says whether it
  entered 综合 and why not (``in_final``), and so does the chart.

The source tables' own figures and the inputs they leave out: ``resources/forecast/README.md``.
Pure Python + numpy (numpy imported inside the functions that fit or work on columns).
"""
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from .values import parse_number

__all__ = [
    "METHODS", "TREND_KINDS", "METHOD_LABELS", "ForecastError", "Forecast", "TrendFit",
    "parse_number_list", "parse_schedule", "schedule_value", "parse_weights",
    "output_total_columns", "quota_terms_columns", "investment_series",
    "output_forecast", "quota_forecast", "fit_trend", "trend_forecast", "best_trend", "combine",
    "OUTPUT_FIELDS", "year_of", "SERIES_FIELD", "SERIES_GEOMETRY", "series_source", "series_amounts",
    "supply_by_year", "run_forecast", "PLAUSIBLE_MULTIPLE", "trend_plausibility", "ENTERED",
]

TREND_KINDS = ("trend_linear", "trend_quadratic", "trend_cubic", "trend_exponential")
METHODS = ("output", "quota") + TREND_KINDS + ("final",)
METHOD_LABELS = {"output": "产值预测法", "quota": "定额预测法", "trend_linear": "趋势法·线性",
                 "trend_quadratic": "趋势法·二次", "trend_cubic": "趋势法·三次", "trend_exponential": "趋势法·指数",
                 "final": "综合", "trend": "趋势预测法"}
_DEGREE = {"trend_linear": 1, "trend_quadratic": 2, "trend_cubic": 3}
#: a trend enters 综合 when its last target year's fitted supply ≤ this × the largest yearly supply
PLAUSIBLE_MULTIPLE = 3.0
#: ``in_final`` of a row whose total entered 综合
ENTERED = "计入综合"
WAN_PER_YI = 10000.0

OUTPUT_FIELDS = (
    ("method", "预测方法"), ("label", "方法名称"), ("year", "预测年份"), ("total_ha", "工业用地总规模(公顷)"),
    ("new_ha", "新增工业用地(公顷)"), ("r2", "拟合优度R²"), ("weight", "综合权重"), ("in_final", "是否计入综合"),
    ("formula", "计算过程"),
)


class ForecastError(ValueError):
    """A parameter text that cannot be used (Chinese message naming it)."""


@dataclass
class Forecast:
    method: str
    year: int
    total_ha: Optional[float]
    new_ha: Optional[float]
    r2: Optional[float] = None
    formula: str = ""
    weight: Optional[float] = None
    notes: List[str] = field(default_factory=list)
    in_final: str = ""


# ---------------------------------------------------------------------------------------------
# parameter texts

def _split(text):
    s = unicodedata.normalize("NFKC", str(text or ""))
    return [p.strip() for p in re.split(r"[,;、\s]+", s) if p.strip()]


def parse_number_list(text, name) -> List[float]:
    """``"18000, 35000"`` → [18000.0, 35000.0]; an unreadable part raises :class:`ForecastError`."""
    out = []
    for part in _split(text):
        v, problem = parse_number(part, name)
        if v is None:
            raise ForecastError("参数「%s」中的「%s」不是数字" % (name, part))
        out.append(v)
    return out


def parse_schedule(text, name) -> Dict[int, float]:
    """``"2021:5000,2023:6000"`` → {2021: 5000, 2023: 6000}; a bare number → {0: value} (every year)."""
    out = {}
    for part in _split(text):
        if ":" in part or "=" in part:
            y, v = re.split(r"[:=]", part, maxsplit=1)
            try:
                year = int(y)
            except ValueError:
                raise ForecastError("参数「%s」中的「%s」年份无法识别" % (name, part)) from None
        else:
            year, v = 0, part
        value, problem = parse_number(v, name)
        if value is None:
            raise ForecastError("参数「%s」中的「%s」不是数字" % (name, part))
        out[year] = value
    return out


def schedule_value(schedule: Dict[int, float], year: int) -> Optional[float]:
    """The value in force in ``year``: the latest key ≤ year (None before the first)."""
    keys = [k for k in schedule if k <= year]
    return schedule[max(keys)] if keys else None


def parse_weights(text) -> Dict[str, float]:
    """``"output:1,quota:1,trend:2"`` → weights; empty → equal over output, quota, trend."""
    if not _split(text):
        return {"output": 1.0, "quota": 1.0, "trend": 1.0}
    out = {}
    for part in _split(text):
        if ":" not in part and "=" not in part:
            raise ForecastError("权重「%s」应写作 方法:权重，如 output:1" % part)
        key, v = [p.strip() for p in re.split(r"[:=]", part, maxsplit=1)]
        key = key.lower()
        if key not in METHODS[:-1] + ("trend",):
            raise ForecastError("权重中的方法「%s」不存在（可用：output, quota, trend, %s）" % (
                key, ", ".join(TREND_KINDS)))
        value, problem = parse_number(v, "权重")
        if value is None or value < 0:
            raise ForecastError("权重「%s」不是非负数" % part)
        out[key] = value
    return out


# ---------------------------------------------------------------------------------------------
# 产值法 / 定额法

def output_total_columns(q, t, a):
    """S = a × Q ÷ T (公顷) for arrays of Q (亿元), T (亿元/公顷) and a; NaN where T ≤ 0 or a value
    is missing (NaN / None)."""
    import numpy as np
    q, t, a = (np.asarray(x, dtype=float) for x in (q, t, a))
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return np.where(t > 0, a * q / np.where(t > 0, t, 1.0), np.nan)


def quota_terms_columns(g_yi, d, a, b):
    """One year's a × b × G ÷ D (公顷) for arrays of G (亿元), D (万元/公顷), a and b; NaN where D ≤ 0
    or a value is missing."""
    import numpy as np
    g, d, a, b = (np.asarray(x, dtype=float) for x in (g_yi, d, a, b))
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return np.where(d > 0, a * b * g * WAN_PER_YI / np.where(d > 0, d, 1.0), np.nan)


def investment_series(base_year: int, base_value: float, growth_pct: float, end_year: int) -> Dict[int, float]:
    """G_y = G_base × (1 + g)^(y − base year) for base year … end year (g in %)."""
    return {y: base_value * (1 + growth_pct / 100.0) ** (y - base_year) for y in range(base_year, end_year + 1)}


def _f(v, n=2):
    return "—" if v is None else ("%.*f" % (n, v))


def output_forecast(year, q, t, a, base) -> Forecast:
    total = float(output_total_columns([q], [t], [a])[0])
    if total != total:
        return Forecast("output", year, None, None, formula="产值法 %d：缺少 Q 或 T（T 须大于 0），不计算" % year)
    new = None if base is None else total - base
    text = "产值法 %d：S = a × Q ÷ T = %s × %s ÷ %s = %s 公顷" % (year, _f(a, 4).rstrip("0").rstrip("."),
                                                             _f(q), _f(t, 4), _f(total))
    if base is not None:
        text += "；新增 = %s − %s = %s 公顷" % (_f(total), _f(base), _f(new))
    return Forecast("output", year, total, new, formula=text)


def quota_forecast(year, base_year, invest: Dict[int, float], intensity: Dict[int, float], a, b, base) -> Forecast:
    years = list(range(base_year + 1, year + 1))
    d = [schedule_value(intensity, y) for y in years]
    missing_g = [y for y in years if invest.get(y) is None]
    missing_d = [y for y, v in zip(years, d) if v is None]
    bad_d = [y for y, v in zip(years, d) if v is not None and not v > 0]
    if not years or missing_g or missing_d or bad_d:
        why = []
        if not years:
            why.append("预测年份不晚于基期年 %d" % base_year)
        if missing_g:
            why.append("缺少 %s 年的工业固定资产投资 G" % "、".join(map(str, missing_g)))
        if missing_d:
            why.append("缺少 %s 年的投资强度 D" % "、".join(map(str, missing_d)))
        if bad_d:
            why.append("%s 年的投资强度 D 不大于 0" % "、".join(map(str, bad_d)))
        return Forecast("quota", year, None, None, formula="定额法 %d：%s，不计算" % (year, "；".join(why)))
    new = sum(quota_terms_columns([invest[y] for y in years], d, a, b).tolist())
    parts = ["%d: %s×10000÷%s" % (y, _f(invest[y]), _f(schedule_value(intensity, y), 0)) for y in years]
    text = "定额法 %d：新增 = Σ a × b × G ÷ D = %s × %s × (%s) = %s 公顷" % (
        year, ("%g" % a), ("%g" % b), " + ".join(parts), _f(new))
    total = None if base is None else base + new
    if base is not None:
        text += "；总规模 = %s + %s = %s 公顷" % (_f(base), _f(new), _f(total))
    return Forecast("quota", year, total, new, formula=text)


# ---------------------------------------------------------------------------------------------
# 趋势法

@dataclass
class TrendFit:
    method: str
    first_year: int
    coef: Tuple[float, ...]      # polynomial: a, b, c, d (ascending powers of t); exponential: a, b
    r2: Optional[float]
    adj_r2: Optional[float]
    n: int
    k: int
    equation: str
    notes: List[str] = field(default_factory=list)

    def predict(self, years):
        """Fitted yearly supply for ``years`` (array in, array out)."""
        import numpy as np
        t = np.asarray(years, dtype=float) - self.first_year + 1
        if self.method == "trend_exponential":
            return self.coef[0] * np.power(self.coef[1], t)
        return sum(c * t ** i for i, c in enumerate(self.coef))


def fit_trend(years: Sequence[int], values: Sequence[float], method: str) -> Tuple[Optional[TrendFit], str]:
    """Least-squares fit (rule: module docstring) → (fit, "") or (None, reason)."""
    import numpy as np
    y = np.asarray(values, dtype=float)
    yr = np.asarray(years, dtype=float)
    n = len(y)
    k = 2 if method == "trend_exponential" else _DEGREE[method] + 1
    label = METHOD_LABELS[method]
    if n < k:
        return None, "%s：供应序列只有 %d 个年份，至少需要 %d 个，不拟合" % (label, n, k)
    first = int(yr.min())
    t = yr - first + 1
    notes = []
    if method == "trend_exponential":
        if np.any(y <= 0):
            return None, "%s：供应序列含 0 或负值，指数方程 ab^t 无法拟合" % label
        c = np.polynomial.polynomial.polyfit(t, np.log(y), 1)
        coef = (float(math.exp(c[0])), float(math.exp(c[1])))
        fitted = coef[0] * np.power(coef[1], t)
        eq = "Y = %.6g × %.6g^t" % coef
    else:
        c = np.polynomial.polynomial.polyfit(t, y, k - 1)
        coef = tuple(float(v) for v in c)
        fitted = sum(cc * t ** i for i, cc in enumerate(coef))
        terms = ["%.6g" % coef[0]] + ["%+.6g·t%s" % (cc, "" if i == 1 else "^%d" % i) for i, cc in enumerate(coef) if i]
        eq = "Y = " + " ".join(terms)
    eq += "（t = 年份 − %d）" % (first - 1)
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    ss_res = float(np.sum((y - fitted) ** 2))
    r2 = None if ss_tot <= 0 else 1.0 - ss_res / ss_tot
    adj = None
    if r2 is not None and n > k:
        adj = 1.0 - (1.0 - r2) * (n - 1) / (n - k)
    if n == k:
        notes.append("%s：年份数等于参数个数，曲线穿过每个点（R² = 1），外推不可靠" % label)
    return TrendFit(method, first, coef, r2, adj, n, k, eq, notes), ""


def trend_forecast(fit: TrendFit, base_year: int, year: int, base) -> Forecast:
    import numpy as np
    years = np.arange(base_year + 1, year + 1)
    label = METHOD_LABELS[fit.method]
    if len(years) == 0:
        return Forecast(fit.method, year, None, None, fit.r2,
                        "%s %d：预测年份不晚于基期年 %d，不计算" % (label, year, base_year))
    fitted = fit.predict(years)
    notes = list(fit.notes)
    neg = [int(y) for y, v in zip(years, fitted) if v < 0]
    if neg:
        notes.append("%s：%s 年拟合供应量为负，按 0 计" % (label, "、".join(map(str, neg))))
    new = float(np.sum(np.maximum(fitted, 0.0)))
    text = "%s %d：%s，R² = %s；新增 = Σ Y(%d…%d) = %s 公顷" % (
        label, year, fit.equation, _f(fit.r2, 4), base_year + 1, year, _f(new))
    total = None if base is None else base + new
    if base is not None:
        text += "；总规模 = %s + %s = %s 公顷" % (_f(base), _f(new), _f(total))
    return Forecast(fit.method, year, total, new, fit.r2, text, notes=notes)


def trend_plausibility(fit: TrendFit, last_year: int, history_max: float,
                       multiple: float = PLAUSIBLE_MULTIPLE) -> Tuple[bool, str]:
    """(plausible, why not) of a fit: its fitted yearly supply in ``last_year`` lies in
    [0, ``multiple`` × ``history_max``] (rule: module docstring)."""
    value = float(fit.predict([last_year])[0])
    label = METHOD_LABELS[fit.method]
    if not math.isfinite(value) or value < 0:
        return False, "%s外推不合理：%d 年拟合年供应量 %s 公顷，小于 0" % (label, last_year, _f(value))
    limit = multiple * history_max
    if value > limit:
        return False, "%s外推不合理：%d 年拟合年供应量 %s 公顷，超过历史最大年供应 %s 公顷的 %g 倍（%s 公顷）" % (
            label, last_year, _f(value), _f(history_max), multiple, _f(limit))
    return True, ""


def best_trend(fits: Sequence[TrendFit]) -> Optional[TrendFit]:
    """The fit with the highest adjusted R² (plain R² when none has one)."""
    usable = [f for f in fits if f is not None and f.r2 is not None]
    if not usable:
        return None
    with_adj = [f for f in usable if f.adj_r2 is not None]
    if with_adj:
        return max(with_adj, key=lambda f: f.adj_r2)
    return max(usable, key=lambda f: f.r2)


def combine(forecasts: Sequence[Forecast], weights: Dict[str, float], year: int, base,
            trend_method: Optional[str], implausible: Optional[Dict[str, str]] = None) -> Forecast:
    """The final figure for ``year`` (rule: module docstring); sets ``weight`` on the inputs used
    and ``in_final`` on every input (计入综合, or 未计入 and why). ``implausible``: {trend method:
    why it is not plausible}; such a trend never enters."""
    implausible = implausible or {}
    parts = []
    for f in forecasts:
        if f.year != year or f.method == "final":
            continue
        if f.total_ha is None:
            f.in_final = "未计入：本方法没有总规模"
            continue
        if f.method in implausible:
            f.in_final = "未计入：" + implausible[f.method]
            continue
        w = weights.get(f.method)
        if w is None and f.method == trend_method:
            w = weights.get("trend")
        if w:
            f.weight = w
            f.in_final = ENTERED
            parts.append((f, w))
        elif w is None and f.method in TREND_KINDS and trend_method:
            f.in_final = "未计入：综合只取合理趋势中调整后 R² 最高的方程（%s）" % METHOD_LABELS[trend_method]
        else:
            f.in_final = "未计入：权重为 0"
    if not parts:
        return Forecast("final", year, None, None, formula="综合 %d：没有可组合的预测结果" % year)
    sw = sum(w for _, w in parts)
    total = sum(f.total_ha * w for f, w in parts) / sw
    new = None if base is None else total - base
    text = "综合 %d：Σ w × S ÷ Σ w = (%s) ÷ %g = %s 公顷" % (
        year, " + ".join("%g × %s（%s）" % (w, _f(f.total_ha), METHOD_LABELS[f.method]) for f, w in parts), sw,
        _f(total))
    if base is not None:
        text += "；新增 = %s − %s = %s 公顷" % (_f(total), _f(base), _f(new))
    return Forecast("final", year, total, new, formula=text, weight=sw)


# ---------------------------------------------------------------------------------------------
# one run

def _per_year(values, years, name):
    """A list of one value (every year) or one per target year → {year: value}."""
    if not values:
        return {}
    if len(values) == 1:
        return {y: values[0] for y in years}
    if len(values) != len(years):
        raise ForecastError("参数「%s」有 %d 个值，预测年份有 %d 个；请给一个值或每个年份一个值" % (
            name, len(values), len(years)))
    return dict(zip(years, values))


def year_of(raw) -> Optional[int]:
    """A year from a year value (2019, "2019", 2019.0, "２０１９") or from a date (its year)."""
    from .dates import parse_date
    y, problem = parse_number(raw, "年份")
    if problem is None and y is not None and float(y).is_integer() and 1900 <= y <= 2200:
        return int(y)
    d, problem = parse_date(raw, "年份")
    return d.year if d is not None else None


SERIES_FIELD, SERIES_GEOMETRY = "field", "geometry"


def series_source(has_amount, can_measure):
    """Where a series table's amounts come from: :data:`SERIES_FIELD` (its amount field),
    :data:`SERIES_GEOMETRY` (supply records without an area field: each record's measured area),
    or None (the table cannot be used)."""
    if has_amount:
        return SERIES_FIELD
    return SERIES_GEOMETRY if can_measure else None


def series_amounts(source, amounts, area_m2):
    """The amounts of a series table's rows: the amount field's raw values, or (:data:`SERIES_GEOMETRY`)
    the measured areas in 公顷, a record without a geometry counting 0."""
    if source != SERIES_GEOMETRY:
        return list(amounts)
    from .units import M2_PER_HA
    return [(a or 0.0) / M2_PER_HA for a in area_m2]


def supply_by_year(rows) -> Tuple[Dict[int, float], List[str]]:
    """Raw (year or date, area ha) rows → {year: Σ area} and problems. Several rows of one year are added
    (a table of single supplies works as well as a yearly summary); years absent from the table
    are not filled in."""
    out: Dict[int, float] = {}
    problems = []
    for i, (y_raw, a_raw) in enumerate(rows, 1):
        y = year_of(y_raw)
        a, p2 = parse_number(a_raw, "供应面积")
        if y is None:
            problems.append("供应序列第%d行：年份「%s」无法识别，未使用" % (i, "" if y_raw is None else y_raw))
            continue
        if a is None:
            problems.append("供应序列第%d行：%s" % (i, p2.message if p2 else "供应面积为空，未使用"))
            continue
        out[int(y)] = out.get(int(y), 0.0) + a
    years = sorted(out)
    gaps = [y for y in range(years[0], years[-1] + 1) if y not in out] if years else []
    if gaps:
        problems.append("供应序列缺少 %s 年，这些年份不参与拟合（没有按 0 填补）" % "、".join(map(str, gaps)))
    return out, problems


def run_forecast(target_years, base_ha=None, base_year=None, supply=None, output_target=None, output_per_ha=None,
                 correction=None, invest=None, invest_base=None, invest_growth=None, intensity=None, quota_a=1.0,
                 quota_b=1.0, weights=None, trend_methods=TREND_KINDS, plausible_multiple=PLAUSIBLE_MULTIPLE):
    """Every method that has its inputs, for every target year, plus ``final``.

    ``supply``: {year: ha}; ``output_target`` / ``output_per_ha`` / ``correction``: lists (one
    value or one per target year); ``invest``: {year: 亿元} or ``invest_base`` (亿元 in the base
    year) + ``invest_growth`` (%); ``intensity``: schedule {year: 万元/公顷}. Returns
    (forecasts, fits, notes).
    """
    years = sorted(int(y) for y in target_years)
    notes: List[str] = []
    supply = supply or {}
    if base_year is None and supply:
        base_year = max(supply)
    forecasts: List[Forecast] = []
    if base_ha is None:
        notes.append("没有基期工业用地面积（BASE_AREA）：只给出新增面积，产值法只给出总规模")
    q = _per_year(output_target or [], years, "工业总产值")
    t = _per_year(output_per_ha or [], years, "地均产值")
    a = _per_year(correction or [1.0], years, "修正系数")
    if q or t:
        for y in years:
            forecasts.append(output_forecast(y, q.get(y), t.get(y), a.get(y, 1.0), base_ha))
    if invest or invest_base is not None:
        if base_year is None:
            notes.append("定额法需要基期年（供应序列的最后一年或 BASE_YEAR），不计算")
        elif not intensity:
            notes.append("定额法需要投资强度 D（万元/公顷），不计算")
        else:
            g = dict(invest or {})
            if invest_base is not None:
                grown = investment_series(base_year, invest_base, invest_growth or 0.0, max(years))
                for y, v in grown.items():
                    g.setdefault(y, v)
            for y in years:
                forecasts.append(quota_forecast(y, base_year, g, intensity, quota_a, quota_b, base_ha))
    fits = []
    if supply:
        ys = sorted(supply)
        for m in trend_methods:
            fit, why = fit_trend(ys, [supply[y] for y in ys], m)
            if fit is None:
                notes.append(why)
                continue
            fits.append(fit)
            for y in years:
                f = trend_forecast(fit, base_year, y, base_ha)
                forecasts.append(f)
                notes.extend(n for n in f.notes if n not in notes)
    implausible = {}
    if fits:
        history_max = max(supply.values())
        for fit in fits:
            ok, why = trend_plausibility(fit, years[-1], history_max, plausible_multiple)
            if not ok:
                implausible[fit.method] = why
                notes.append(why + "，不计入综合")
    best = best_trend([f for f in fits if f.method not in implausible])
    if best is not None:
        notes.append("趋势预测法取合理趋势中调整后 R² 最高的方程：%s" % METHOD_LABELS[best.method])
    elif fits:
        notes.append("没有外推合理的趋势方程，趋势预测法不计入综合")
    w = weights if weights is not None else parse_weights("")
    for y in years:
        forecasts.append(combine(forecasts, w, y, base_ha, best.method if best else None, implausible))
    return forecasts, fits, notes

"""开发区土地集约利用评价 — development-zone land-use evaluation (TD/T 1029 structure).

The engine measures areas and sums per zone (every area of a layer on that layer's **union**
inside the zone, so overlapping features are never counted twice); everything decided from
them is here. Areas in m² in, indicators out (rates in %, areas in 公顷 where named ``*_ha``).

Indicators (key — 中文 — formula)
---------------------------------
* 可开发建设土地 (``buildable``) = zone area − land that cannot be built on (land-use codes listed
  in the evaluation file's ``unbuildable_codes``; default 三调 1101 河流水面, 1102 湖泊水面,
  1103 水库水面, 1105 沿海滩涂, 1106 内陆滩涂, 1108 沼泽地, 1110 冰川及永久积雪). Farmland is
  buildable.
* 已供应国有建设用地 (``supplied``) = every piece of land with a supply or registration record:
  the **union** of the supply records (SUPPLIED) and the registered parcels (PARCELS) inside the
  zone, whichever of the two are given (land on both counts once). A supply dated after
  ``AS_OF`` is not yet supplied; a supply without a readable date counts as supplied (and is
  reported).
* 已达到供地条件土地 (``ready``) = the READY layer ∪ 已供应国有建设用地 (land supplied has reached
  the supply conditions), when a READY layer is given.
* ``sup_rate`` 土地供应率 (%) = 已供应国有建设用地 ÷ 已达到供地条件土地, or ÷ 可开发建设土地 when
  no READY layer is given.
* ``built_rate`` 土地建成率 (%) = 已建成城镇建设用地 (construction land of the land-use layer) ÷
  已供应国有建设用地.
* ``ind_share`` 工业用地率 (%) = 工矿仓储用地 ÷ 已建成城镇建设用地 ().
* ``far_all`` 综合容积率 = 总建筑面积 ÷ 已建成城镇建设用地; ``bld_dens`` 建筑密度 (%) =
  建筑基底面积 ÷ 已建成城镇建设用地.
* ``far_ind`` 工业用地综合容积率 and ``cov_ind`` 工业用地建筑系数 (%): the same over the industrial
  land only (buildings clipped to the industrial land-use union).
* ``inv_ha`` 工业用地地均固定资产投资 and ``tax_ha`` 工业用地地均税收 (万元/公顷) = Σ over the
  industrial parcels that have the value ÷ the area of those parcels (a parcel crossing the zone
  edge brings the share of its total that lies inside).
* ``idle_rate`` 土地闲置率 (%) = 闲置土地 (IDLE features with idle_flag = 1) ÷ 已供应国有建设用地.
* ``yrs_left`` 尚可供地年数 = land still to supply ÷ the mean yearly supply over the last
  ``SUPPLY_YEARS`` (default 3) **calendar years that ended on or before AS_OF** (AS_OF =
  31 December counts its own year). Land still to supply = max(0, READY (or 可开发建设土地) −
  supplied).

Building floor area: a floor-area field (m², for the whole building, spread over its footprint)
or a floors field × footprint. Overlapping buildings (duplicates) count once, the larger floor
area per m² winning. A building with neither value adds its footprint but no floor area (counted
in the log).

Any indicator whose denominator is 0 or whose layer was not given is NULL — never an error.

A rate of a part of an area (:data:`RATE_KEYS`: 土地供应率, 土地建成率, 工业用地率, 建筑密度,
工业用地建筑系数, 土地闲置率) above 100 % (beyond 1e-6) is a **data inconsistency** — the part is
larger than the whole it belongs to (e.g. land use built on land no supply or registration
record covers). Its value is kept as measured (never capped), its 实现度 is NULL (待核实), it is
left out of 集约度 (its weight redistributed as for a NULL indicator) and the zone's note names
it (:func:`evaluation_notes`). Each indicator's definition (:data:`DEFINITIONS`) is printed with
its value wherever it is printed (the report's evaluation page, the indicator workbook).

Evaluation (集约度)
-------------------
The evaluation file (``resources/evaluation/*.json``, format in its README) gives per
indicator an ideal value, a weight and a direction. 实现度 (attainment, 0–1):
``higher``: min(actual ÷ ideal, 1); ``lower`` (e.g. 闲置率): 1 when actual ≤ ideal, else
ideal ÷ actual. 集约度 ``score`` = 100 × Σ weight × 实现度 ÷ Σ weight, the sums over the indicators
that could be computed — the weight of a NULL indicator is redistributed proportionally to the
others (with weights summing to 1 and every indicator computed, this is 100 × Σ weight × 实现度).
No computable weighted indicator → score NULL.

Potential (潜力, 公顷)
----------------------
* ``pot_ext`` 扩展潜力 = land still to supply (as for ``yrs_left``);
* ``pot_int`` 强度潜力 = Σ over industrial parcels with a 容积率 below the ideal 工业用地综合容积率
  (``far_ind`` of the evaluation file) of area × (1 − FAR ÷ ideal FAR);
* ``pot_mgmt`` 管理潜力 = idle land.

Every rule is one batch function: columns in (numpy arrays or sequences), arrays out (NaN =
NULL in float arrays, None in object arrays), with the data problems as {row: Problem}.
"""
from __future__ import annotations

import math
import os
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, Optional, Sequence

from .datafile import check_header, data_path, read_json
from .dates import parse_date, reference_date
from .landuse import classify_array, code_matches, distinct_values, normalise_code
from .lazy import lazy_module
from .units import M2_PER_HA, M2_PER_MU
from .values import OUT_OF_RANGE, make_problem, parse_number_array

np = lazy_module("numpy")

__all__ = [
    "INDICATORS", "INDICATOR_KEYS", "FORMAT", "DEFAULT_UNBUILDABLE", "DEFAULT_SUPPLY_YEARS",
    "EvaluationError", "IndicatorSpec", "EvaluationSpec", "load_evaluation", "evaluation_from_dict",
    "evaluations_dir", "EXAMPLE_FILE", "NO_SUPPLY_DATE", "NO_IDLE_FLAG", "EvaluationSetup", "evaluation_setup",
    "MEASURE_KEYS", "evaluate_zones", "attainment_columns", "score_columns",
    "evaluation_notes", "has_evaluation", "report_page_rows", "REPORT_DECIMALS", "REPORT_POTENTIALS",
    "SCORE_FIELD", "supply_window", "supply_status_columns", "supply_buckets", "SUPPLY_BUCKETS",
    "floor_density_columns", "intensity_gap_columns", "flag_is_set_columns", "land_classes_columns",
    "LAND_UNBUILDABLE", "LAND_BUILT", "LAND_INDUSTRIAL", "LAND_UNKNOWN", "is_unbuildable_columns",
    "money_total_columns", "parcel_sums", "unknown_code_areas", "report_rows", "BASE_AREAS", "attainment_items",
    "attainment_rows", "ATTAINMENT_FIELDS", "RATE_KEYS", "DEFINITIONS", "inconsistent_columns", "definition_lines",
    "attainment_text",
]

FORMAT = "landplan-evaluation/1"
DEFAULT_SUPPLY_YEARS = 3
DEFAULT_UNBUILDABLE = ("1101", "1102", "1103", "1105", "1106", "1108", "1110")

#: key → (中文名称, 单位) in the order of the ministry report table
INDICATORS = OrderedDict([
    ("sup_rate", ("土地供应率", "%")),
    ("built_rate", ("土地建成率", "%")),
    ("ind_share", ("工业用地率", "%")),
    ("far_all", ("综合容积率", "")),
    ("bld_dens", ("建筑密度", "%")),
    ("far_ind", ("工业用地综合容积率", "")),
    ("cov_ind", ("工业用地建筑系数", "%")),
    ("inv_ha", ("工业用地地均固定资产投资", "万元/公顷")),
    ("tax_ha", ("工业用地地均税收", "万元/公顷")),
    ("idle_rate", ("土地闲置率", "%")),
    ("yrs_left", ("尚可供地年数", "年")),
])
INDICATOR_KEYS = tuple(INDICATORS)
DIRECTIONS = ("higher", "lower")
#: indicators that are a part of an area over the whole area (above 100 %: a data inconsistency)
RATE_KEYS = ("sup_rate", "built_rate", "ind_share", "bld_dens", "cov_ind", "idle_rate")
_RATE_TOLERANCE = 1e-6
#: key → the definition printed with the value
DEFINITIONS = OrderedDict([
    ("supplied", "已供应国有建设用地 = 供地记录 ∪ 登记宗地（重叠部分只计一次；供地日期晚于基准日的不计）"),
    ("ready", "已达到供地条件土地 = 达到供地条件的土地 ∪ 已供应国有建设用地"),
    ("sup_rate", "土地供应率 = 已供应国有建设用地 ÷ 已达到供地条件土地（未提供时 ÷ 可开发建设土地）× 100%"),
    ("built_rate", "土地建成率 = 已建成城镇建设用地 ÷ 已供应国有建设用地 × 100%"),
    ("ind_share", "工业用地率 = 工矿仓储用地 ÷ 已建成城镇建设用地 × 100%"),
    ("far_all", "综合容积率 = 总建筑面积 ÷ 已建成城镇建设用地"),
    ("bld_dens", "建筑密度 = 建筑基底面积 ÷ 已建成城镇建设用地 × 100%"),
    ("far_ind", "工业用地综合容积率 = 工业用地上的总建筑面积 ÷ 工矿仓储用地"),
    ("cov_ind", "工业用地建筑系数 = 工业用地上的建筑基底面积 ÷ 工矿仓储用地 × 100%"),
    ("inv_ha", "工业用地地均固定资产投资 = 固定资产投资总额 ÷ 有该数值的工业宗地面积"),
    ("tax_ha", "工业用地地均税收 = 税收总额 ÷ 有该数值的工业宗地面积"),
    ("idle_rate", "土地闲置率 = 闲置土地 ÷ 已供应国有建设用地 × 100%"),
    ("yrs_left", "尚可供地年数 = 尚可供应土地 ÷ 近年年均供地"),
    ("inconsistent", "比率超过 100% 为数据不一致：实现度待核实，不计入集约度，不按 100% 截取"),
])
#: output field of each indicator's 实现度 (landplan:zoneevaluation)
ATTAINMENT_FIELDS = OrderedDict([
    ("sup_rate", "rd_sup"), ("built_rate", "rd_built"), ("ind_share", "rd_ind"), ("far_all", "rd_far"),
    ("bld_dens", "rd_dens"), ("far_ind", "rd_farind"), ("cov_ind", "rd_covind"), ("inv_ha", "rd_inv"),
    ("tax_ha", "rd_tax"), ("idle_rate", "rd_idle"), ("yrs_left", "rd_yrs")])


# ---------------------------------------------------------------------------------------------
# evaluation file

class EvaluationError(ValueError):
    """An evaluation file that cannot be used (Chinese message naming the file)."""


@dataclass(frozen=True)
class IndicatorSpec:
    key: str
    ideal: float
    weight: float
    direction: str = "higher"

    @property
    def name(self):
        return INDICATORS[self.key][0]


@dataclass
class EvaluationSpec:
    id: str
    name: str
    description: str = ""
    example: bool = False
    source: str = ""
    unbuildable_codes: tuple = DEFAULT_UNBUILDABLE
    indicators: Dict[str, IndicatorSpec] = field(default_factory=OrderedDict)
    path: Optional[str] = None

    def ideal(self, key):
        spec = self.indicators.get(key)
        return None if spec is None else spec.ideal


def evaluations_dir() -> str:
    from ..paths import resources_dir
    return os.path.join(resources_dir(), "evaluation")


def _err(path, text):
    return EvaluationError("评价参数文件「%s」%s" % (path, text))


def _number(value, path, where, minimum=None, strict=False):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _err(path, "中「%s」应为数值" % where)
    if minimum is not None and (value < minimum or (strict and value == minimum)):
        raise _err(path, "中「%s」应%s %s" % (where, "大于" if strict else "不小于", minimum))
    return float(value)


def evaluation_from_dict(data, path="<dict>") -> EvaluationSpec:
    """Build and check an evaluation spec from parsed JSON; raises :class:`EvaluationError`."""
    check_header(data, path, FORMAT, _err)
    raw_codes = data.get("unbuildable_codes", list(DEFAULT_UNBUILDABLE))
    if not isinstance(raw_codes, list) or not all(isinstance(c, (str, int)) for c in raw_codes):
        raise _err(path, "中「unbuildable_codes」应为代码列表")
    indicators = data.get("indicators")
    if not isinstance(indicators, dict) or not indicators:
        raise _err(path, "缺少「indicators」")
    specs = OrderedDict()
    for key in INDICATOR_KEYS:  # report order, whatever the file's order
        if key not in indicators:
            continue
        item = indicators[key]
        if not isinstance(item, dict):
            raise _err(path, "中指标「%s」应为对象" % key)
        direction = item.get("direction", "higher")
        if direction not in DIRECTIONS:
            raise _err(path, "中指标「%s」的 direction 应为 higher 或 lower" % key)
        ideal = _number(item.get("ideal"), path, key + ".ideal", 0.0, strict=(direction == "higher"))
        weight = _number(item.get("weight", 0), path, key + ".weight", 0.0)
        specs[key] = IndicatorSpec(key, ideal, weight, direction)
    unknown = [k for k in indicators if k not in INDICATORS]
    if unknown:
        raise _err(path, "中有未知指标「%s」（可用：%s）" % ("、".join(unknown), "、".join(INDICATOR_KEYS)))
    if sum(s.weight for s in specs.values()) <= 0:
        raise _err(path, "中各指标权重之和必须大于 0")
    return EvaluationSpec(
        id=data["id"].strip(), name=data["name"].strip(), description=str(data.get("description", "")),
        example=bool(data.get("example", False)), source=str(data.get("source", "")),
        unbuildable_codes=tuple(str(c).strip() for c in raw_codes), indicators=specs,
        path=None if path == "<dict>" else path)


def load_evaluation(id_or_path) -> EvaluationSpec:
    """Load an evaluation file by id (``resources/evaluation/<id>.json``) or path."""
    if isinstance(id_or_path, EvaluationSpec):
        return id_or_path
    path = data_path(id_or_path, evaluations_dir())
    if not os.path.isfile(path):
        raise _err(path, "不存在")
    data = read_json(path, _err)
    return evaluation_from_dict(data, path)


# ---------------------------------------------------------------------------------------------
# per-feature rules

def _as_float_array(values):
    """Any sequence (None, numbers) → float array with NaN for None."""
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def _parse(values, field_name):
    """parse_number_array of raw values (any sequence)."""
    return parse_number_array(list(values) if not isinstance(values, np.ndarray) else values, field_name)


def flag_is_set_columns(raw) -> np.ndarray:
    """LandPlan flag field values meaning "flagged": 1, 1.0, "1", True (NULL, 0, text → False)."""
    arr = list(raw)
    values = _parse(arr, "flag")[0]
    return np.array([v is True if v is None or isinstance(v, bool) else values[i] == 1.0
                     for i, v in enumerate(arr)], dtype=bool)


def is_unbuildable_columns(raw_codes, codes=DEFAULT_UNBUILDABLE, widths=(2, 4)) -> np.ndarray:
    """Land-use codes on the unbuildable list (codes normalised as land-use codes: 1101 = '1101';
    patterns ending in * match a prefix) → bool array."""
    patterns = [normalise_code(c.rstrip("*"), widths) + ("*" if c.endswith("*") else "") for c in codes]
    arr = np.asarray(raw_codes, dtype=object)
    distinct, idx = distinct_values(arr.ravel().tolist())
    hits = np.zeros(len(distinct), dtype=bool)
    for i, raw in enumerate(distinct):
        code = normalise_code(raw, widths)
        hits[i] = bool(code) and code_matches(code, patterns)
    return hits[idx].reshape(arr.shape)


#: land_classes flags
LAND_UNBUILDABLE, LAND_BUILT, LAND_INDUSTRIAL, LAND_UNKNOWN = 1, 2, 4, 8


def land_classes_columns(raw_codes, preset, unbuildable_codes=DEFAULT_UNBUILDABLE, variant="industrial"):
    """What land-use codes count as, as bit flags (int8 array): :data:`LAND_UNBUILDABLE`
    (subtracted from 可开发建设土地), :data:`LAND_BUILT` (已建成城镇建设用地 = the preset's
    construction land), :data:`LAND_INDUSTRIAL` (工矿仓储, or 工业 only for variant
    ``industrial_only``), :data:`LAND_UNKNOWN` (a code the preset does not know: neither built nor
    industrial). ``preset`` is a :class:`~.landuse.LandUsePreset`."""
    distinct, idx = distinct_values(np.asarray(raw_codes, dtype=object).ravel().tolist())
    cls = classify_array(preset, distinct, variant)
    unbuildable = is_unbuildable_columns(distinct, unbuildable_codes, preset.code_widths or (2, 4))
    known = cls["known"]
    flags = np.where(unbuildable, LAND_UNBUILDABLE, 0) | np.where(known, 0, LAND_UNKNOWN)
    flags |= np.where(known & cls["construction"], LAND_BUILT, 0)
    flags |= np.where(known & cls["industrial"], LAND_INDUSTRIAL, 0)
    return flags.astype(np.int8)[idx]


def unknown_code_areas(raw_codes, area_m2):
    """{code as written (``(空)`` when empty): m²} over pieces of land-use codes the preset does not
    know (``LAND_UNKNOWN``), in first-seen order — for the log."""
    out = {}
    for raw, area in zip(list(raw_codes), _f(area_m2).tolist()):
        code = str(raw) if raw not in (None, "") else "(空)"
        out[code] = out.get(code, 0.0) + area
    return out


def _negative(problems, i, field_name, raw):
    problems.setdefault(i, make_problem(OUT_OF_RANGE, field_name, raw, "为负数，按缺失处理"))


def floor_density_columns(floor_area, floors, footprint_m2, names=("建筑面积", "层数")):
    """Floor area per m² of footprint of buildings: ``(density array, NaN = none; {row: Problem})``.

    ``floor_area`` (m², whole building) wins when it is a number ≥ 0 and the footprint > 0;
    else ``floors`` (≥ 0). Negative values are problems. Neither → NaN without a problem.
    """
    fa, fl = list(floor_area), list(floors)
    fp = _as_float_array(footprint_m2)
    area, area_problems = _parse(fa, names[0])
    n, floor_problems = _parse(fl, names[1])
    with np.errstate(all="ignore"):
        from_area = np.where((area >= 0) & (fp > 0), area / fp, np.nan)
    density = np.where(np.isnan(from_area), np.where(n >= 0, n, np.nan), from_area)
    problems = {}
    for i in range(len(fa)):
        if i in area_problems:
            problems[i] = area_problems[i]
        elif area[i] < 0:
            _negative(problems, i, names[0], fa[i])
        if np.isnan(from_area[i]):
            if i in floor_problems:
                problems.setdefault(i, floor_problems[i])
            elif n[i] < 0:
                _negative(problems, i, names[1], fl[i])
    return density, problems


def money_total_columns(total, per_mu, area_m2, names=("金额", "亩均金额")):
    """Amounts in 万元 per parcel: the total when given (≥ 0), else ``per_mu`` × the parcel's area
    in 亩 → ``(array, NaN = none; {row: Problem})``."""
    tt, rr = list(total), list(per_mu)
    t, total_problems = _parse(tt, names[0])
    r, rate_problems = _parse(rr, names[1])
    a = _as_float_array(area_m2)
    with np.errstate(all="ignore"):
        from_rate = np.where((r >= 0) & (a >= 0), r * a / M2_PER_MU, np.nan)
    out = np.where(np.isnan(t), from_rate, np.where(t >= 0, t, np.nan))
    problems = {}
    for i in range(len(tt)):
        if t[i] < 0:
            _negative(problems, i, names[0], tt[i])
            continue
        if i in total_problems:
            problems[i] = total_problems[i]
        if np.isnan(t[i]):
            if i in rate_problems:
                problems.setdefault(i, rate_problems[i])
            elif r[i] < 0 and a[i] >= 0:
                _negative(problems, i, names[1], rr[i])
    return out, problems


def intensity_gap_columns(area_m2, far, ideal_far) -> np.ndarray:
    """强度潜力 of industrial parcels or their pieces (m²): area × (1 − FAR ÷ ideal) when 0 ≤ FAR <
    ideal, 0 when FAR ≥ ideal, NaN when FAR is missing/unreadable/negative or there is no ideal."""
    a = _as_float_array(area_m2)
    f = _parse(far, "容积率")[0]
    if ideal_far is None or not ideal_far > 0:
        return np.full(a.shape, np.nan)
    with np.errstate(all="ignore"):
        gap = np.maximum(a, 0.0) * (1.0 - f / ideal_far)
    out = np.where(f >= ideal_far, 0.0, gap)
    return np.where((f >= 0) & ~np.isnan(a), out, np.nan)


def parcel_sums(zone_idx, n_zones, piece_m2, whole_m2, invest_wan, tax_wan, far, ideal_far):
    """Industrial parcels clipped to the zones: per (parcel, zone) piece arrays (``piece_m2``, the
    parcel's ``whole_m2`` and its ``invest_wan`` / ``tax_wan`` / raw ``far``, NaN = none) → per-zone
    ``invest_wan`` and ``tax_wan`` (a parcel crossing the zone edge brings the share of its total
    that lies inside) and ``intensity_gap_m2`` (Σ :func:`intensity_gap_columns` of the pieces)."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    piece, whole = _f(piece_m2), _f(whole_m2)
    with np.errstate(all="ignore"):
        share = np.where(whole > 0, piece / np.where(whole > 0, whole, 1.0), 0.0)
    out = {}
    for key, values in (("invest_wan", invest_wan), ("tax_wan", tax_wan)):
        v = _f(values)
        with np.errstate(all="ignore"):
            out[key] = np.bincount(zi, weights=np.where(np.isnan(v), 0.0, v * share), minlength=n_zones)
    gap = intensity_gap_columns(piece, far, ideal_far)
    out["intensity_gap_m2"] = np.bincount(zi, weights=np.where(np.isnan(gap), 0.0, gap), minlength=n_zones)
    return out


def _f(a):
    return np.asarray(a, dtype=float)


def supply_window(as_of, years=DEFAULT_SUPPLY_YEARS):
    """(first, last) calendar year of the last ``years`` years that ended on or before ``as_of``
    (``as_of`` on 31 December ends its own year)."""
    d = reference_date(as_of)
    last = d.year if (d.month, d.day) == (12, 31) else d.year - 1
    n = max(1, int(years))
    return last - n + 1, last


#: supply_status kinds
SUPPLIED_DATED = "dated"        # supplied on or before AS_OF
SUPPLIED_UNDATED = "undated"    # no readable date: counted as supplied, reported
SUPPLIED_FUTURE = "future"      # dated after AS_OF: not yet supplied at AS_OF


def supply_status_columns(raw_dates, as_of, years=DEFAULT_SUPPLY_YEARS, field_name="供地日期"):
    """Supply records by date: ``(kind object array, in_window bool array, {row: Problem})``.
    ``in_window``: the date falls in :func:`supply_window` (counts toward the mean yearly supply)."""
    as_of = reference_date(as_of)
    first, last = supply_window(as_of, years)
    arr = np.asarray(raw_dates, dtype=object)
    kinds = np.empty(arr.shape, dtype=object)
    ordinal = np.full(arr.shape, -1, dtype=np.int64)
    year = np.zeros(arr.shape, dtype=np.int64)
    problems = {}
    for i, raw in enumerate(arr):
        d, problem = parse_date(raw, field_name)
        if d is not None:
            ordinal[i] = d.toordinal()
            year[i] = d.year
        elif problem is not None:
            problems[i] = problem
    dated = ordinal >= 0
    future = dated & (ordinal > as_of.toordinal())
    kinds[:] = SUPPLIED_UNDATED
    kinds[dated] = SUPPLIED_DATED
    kinds[future] = SUPPLIED_FUTURE
    in_window = dated & ~future & (year >= first) & (year <= last)
    return kinds, in_window, problems


#: the supply areas a record can count in: 已供应 and the mean yearly supply's window
SUPPLY_BUCKETS = ("supplied", "recent")


def supply_buckets(kinds, in_window):
    """Which supply areas records count in: {bucket: bool array} — ``supplied`` (已供应, unless
    dated after AS_OF) and ``recent`` (the mean yearly supply's window)."""
    supplied = np.asarray(kinds, dtype=object) != SUPPLIED_FUTURE
    return {"supplied": supplied, "recent": supplied & np.asarray(in_window, dtype=bool)}


# ---------------------------------------------------------------------------------------------
# zone indicators

#: set-up codes (:meth:`EvaluationSetup.warnings`), in the order a run meets them
EXAMPLE_FILE = "example_file"        # the evaluation file is an example, not a province's standard
NO_SUPPLY_DATE = "no_supply_date"    # supplies without a date field: all supplied, no years of supply left
NO_IDLE_FLAG = "no_idle_flag"        # an idle-land layer without idle_flag: the idle rate stays NULL


@dataclass(frozen=True)
class EvaluationSetup:
    """A run's evaluation file, optional layers and fields, and what follows from them, decided
    once: ``layers`` the optional layers given (SUPPLIED, READY, BUILDINGS, PARCELS, IDLE);
    ``fields`` role → the field found (``supply_date``, ``idle_flag``)."""
    spec: EvaluationSpec
    layers: frozenset = frozenset()
    fields: Dict[str, str] = field(default_factory=dict)

    def has(self, role):
        return bool(self.fields.get(role))

    def measures(self, layer):
        """Is the layer measured (given, and with the field its measure needs)?"""
        return layer in self.layers and (layer != "IDLE" or self.has("idle_flag"))

    def warnings(self):
        out = [EXAMPLE_FILE] if self.spec.example else []
        if "SUPPLIED" in self.layers and not self.has("supply_date"):
            out.append(NO_SUPPLY_DATE)
        if "IDLE" in self.layers and not self.has("idle_flag"):
            out.append(NO_IDLE_FLAG)
        return out


def evaluation_setup(spec, layer_fields, supply_date=None):
    """The :class:`EvaluationSetup` of a run: ``layer_fields`` {optional layer given: its field
    names}; ``supply_date`` the supply date field chosen (or found). The idle layer's flag is its
    ``idle_flag`` field (matched as :func:`core.fields.find_name` matches)."""
    from .fields import find_name
    idle = list(layer_fields.get("IDLE", ()))
    i = find_name(idle, ["idle_flag"]) if idle else -1
    fields = {"supply_date": supply_date, "idle_flag": idle[i] if i >= 0 else None}
    return EvaluationSetup(spec, frozenset(layer_fields), {k: v for k, v in fields.items() if v})


#: the measures the engine gives per zone (m², 万元; a key left out or NaN = the layer was not
#: given): ``recent_supply_m2`` the supplied area dated in the supply window (Σ over its years),
#: ``intensity_gap_m2`` Σ :func:`intensity_gap_columns` over the zone's industrial parcels
MEASURE_KEYS = ("zone_m2", "unbuildable_m2", "ready_m2", "supplied_m2", "built_m2", "industrial_m2",
                "floor_m2", "footprint_m2", "ind_floor_m2", "ind_footprint_m2",
                "invest_wan", "invest_m2", "tax_wan", "tax_m2", "idle_m2", "recent_supply_m2",
                "intensity_gap_m2")

#: base data of the report (key → 中文), areas in 公顷 (``<key>_ha`` of :func:`evaluate_zones`)
BASE_AREAS = OrderedDict([
    ("zone", "开发区土地总面积"), ("buildable", "可开发建设土地"), ("ready", "已达到供地条件土地"),
    ("supplied", "已供应国有建设用地"), ("built", "已建成城镇建设用地"), ("industrial", "工矿仓储用地"),
    ("idle", "闲置土地"), ("mean_supply", "近年年均供地")])


def attainment_columns(actual, ideal, direction="higher") -> np.ndarray:
    """实现度 (0–1) of one indicator over the zones; NaN where the indicator is NULL."""
    a = _as_float_array(actual) if not isinstance(actual, np.ndarray) else actual.astype(float)
    with np.errstate(all="ignore"):
        if direction == "lower":
            out = np.where(a <= ideal, 1.0, ideal / a)
        elif ideal > 0:
            out = np.minimum(np.maximum(a, 0.0) / ideal, 1.0)
        else:
            out = np.full(a.shape, np.nan)
    return np.where(np.isnan(a), np.nan, out)


def score_columns(attained: Dict[str, np.ndarray], spec: EvaluationSpec, n: int) -> np.ndarray:
    """集约度 (0–100) per zone: weights of NULL indicators redistributed proportionally; NaN when no
    weighted indicator could be computed."""
    num = np.zeros(n)
    den = np.zeros(n)
    for key, ind in spec.indicators.items():
        if ind.weight <= 0 or key not in attained:
            continue
        r = attained[key]
        ok = ~np.isnan(r)
        num += np.where(ok, ind.weight * np.nan_to_num(r), 0.0)
        den += np.where(ok, ind.weight, 0.0)
    with np.errstate(all="ignore"):
        return np.where(den > 0, 100.0 * num / den, np.nan)


def _col(measures, key, n):
    value = measures.get(key)
    if value is None:
        return np.full(n, np.nan)
    return _as_float_array(value) if not isinstance(value, np.ndarray) else value.astype(float)


def _div_col(a, b, scale=1.0):
    with np.errstate(all="ignore"):
        return np.where(b > 0, a / b * scale, np.nan)


def evaluate_zones(measures: Dict[str, Sequence], spec: EvaluationSpec, supply_years=DEFAULT_SUPPLY_YEARS):
    """Every indicator, 实现度, 集约度 and potential of the zones (rules: module docstring).
    ``measures`` maps :data:`MEASURE_KEYS` to arrays (one value per zone; NaN / None = not given;
    a key left out = the layer was not given). Returns a dict of float arrays (NaN = NULL): every
    indicator key, ``r_<key>`` 实现度, ``score``, ``buildable_m2``, ``remaining_m2``,
    ``mean_supply_m2``, ``pot_ext``, ``pot_int``, ``pot_mgmt`` and the base areas ``<key>_ha`` of
    :data:`BASE_AREAS`."""
    n = len(measures["zone_m2"])
    c = {k: _col(measures, k, n) for k in MEASURE_KEYS}
    buildable = np.maximum(0.0, np.nan_to_num(c["zone_m2"]) - np.nan_to_num(c["unbuildable_m2"]))
    base = np.where(np.isnan(c["ready_m2"]), buildable, c["ready_m2"])
    out = OrderedDict()
    out["sup_rate"] = _div_col(c["supplied_m2"], base, 100.0)
    out["built_rate"] = _div_col(c["built_m2"], c["supplied_m2"], 100.0)
    out["ind_share"] = _div_col(c["industrial_m2"], c["built_m2"], 100.0)
    out["far_all"] = _div_col(c["floor_m2"], c["built_m2"])
    out["bld_dens"] = _div_col(c["footprint_m2"], c["built_m2"], 100.0)
    out["far_ind"] = _div_col(c["ind_floor_m2"], c["industrial_m2"])
    out["cov_ind"] = _div_col(c["ind_footprint_m2"], c["industrial_m2"], 100.0)
    out["inv_ha"] = _div_col(c["invest_wan"], c["invest_m2"], M2_PER_HA)
    out["tax_ha"] = _div_col(c["tax_wan"], c["tax_m2"], M2_PER_HA)
    out["idle_rate"] = _div_col(c["idle_m2"], c["supplied_m2"], 100.0)
    remaining = np.where(np.isnan(c["supplied_m2"]), np.nan, np.maximum(0.0, base - c["supplied_m2"]))
    mean = c["recent_supply_m2"] / max(1, int(supply_years))
    out["yrs_left"] = np.where(remaining <= 0, 0.0, _div_col(remaining, mean))
    bad = inconsistent_columns(out)
    att = OrderedDict((k, np.where(bad[k], np.nan, attainment_columns(out[k], s.ideal, s.direction)) if k in bad
                       else attainment_columns(out[k], s.ideal, s.direction)) for k, s in spec.indicators.items())
    for k, r in att.items():
        out["r_" + k] = r
    out["score"] = score_columns(att, spec, n)
    out["buildable_m2"] = buildable
    out["remaining_m2"] = remaining
    out["mean_supply_m2"] = mean
    out["pot_ext"] = remaining / M2_PER_HA
    out["pot_int"] = c["intensity_gap_m2"] / M2_PER_HA
    out["pot_mgmt"] = c["idle_m2"] / M2_PER_HA
    for key, m2 in (("zone", np.nan_to_num(c["zone_m2"])), ("buildable", buildable), ("ready", c["ready_m2"]),
                    ("supplied", c["supplied_m2"]), ("built", c["built_m2"]), ("industrial", c["industrial_m2"]),
                    ("idle", c["idle_m2"]), ("mean_supply", mean)):
        out[key + "_ha"] = m2 / M2_PER_HA
    return out


def inconsistent_columns(cols):
    """{rate key of :data:`RATE_KEYS`: bool array} — the rate is above 100 % (a data inconsistency,
    rule: module docstring)."""
    out = {}
    for key in RATE_KEYS:
        if key in cols:
            v = np.asarray(cols[key], dtype=float)
            with np.errstate(invalid="ignore"):
                out[key] = v > 100.0 * (1 + _RATE_TOLERANCE)
    return out


def attainment_text(key, value, attained, decimals=2):
    """The 实现度 cell of one indicator on a printed page: 待核实 for a rate above 100 % (a data
    inconsistency), — for NULL, else the number."""
    if key in RATE_KEYS and isinstance(value, (int, float)) and value > 100.0 * (1 + _RATE_TOLERANCE):
        return "待核实"
    return "—" if attained is None or attained != attained else "%.*f" % (decimals, attained)


def definition_lines(keys=None):
    """The definitions (:data:`DEFINITIONS`) of ``keys`` (all when None) and the inconsistency rule,
    as lines to print under the values."""
    keys = list(DEFINITIONS) if keys is None else ["supplied", "ready"] + [k for k in keys if k in DEFINITIONS]
    if "inconsistent" not in keys:
        keys.append("inconsistent")
    return [DEFINITIONS[k] for k in keys]


def _missing(cols, spec, i):
    """The weighted-or-not indicators of ``spec`` that are NULL for zone ``i``."""
    return [k for k in spec.indicators if np.isnan(cols[k][i])]


def evaluation_notes(cols, spec: EvaluationSpec):
    """Chinese note on each zone's score (:func:`evaluate_zones` output): which weighted
    indicators are NULL and that their weight was redistributed ('' when every weighted indicator
    was computed; cut to 254 characters) → object array."""
    n = len(cols["score"])
    out = np.empty(n, dtype=object)
    bad = inconsistent_columns(cols)
    for i in range(n):
        parts = []
        over = [k for k in RATE_KEYS if k in bad and bad[k][i]]
        if over:
            parts.append("数据不一致：%s超过100%%，实现度待核实，未计入集约度" % "、".join(
                "%s %.1f%%" % (INDICATORS[k][0], cols[k][i]) for k in over))
        missing = [spec.indicators[k] for k in _missing(cols, spec, i) if spec.indicators[k].weight > 0]
        if missing:
            names = "、".join("%s（权重%s）" % (s.name, _fmt(s.weight)) for s in missing)
            parts.append(("无法计算集约度：%s均无法计算" if np.isnan(cols["score"][i])
                          else "%s无法计算，其权重已按比例分配给其余指标") % names)
        weighted = [k for k in over if k in spec.indicators and spec.indicators[k].weight > 0]
        if weighted and np.isnan(cols["score"][i]) and not missing:
            parts.append("无法计算集约度")
        out[i] = "；".join(parts)[:254]
    return out


def _fmt(x):
    return ("%.4f" % x).rstrip("0").rstrip(".")


def _cells(values):
    return [None if v != v else v for v in np.asarray(values, dtype=float).tolist()]


def report_rows(zone_names: Sequence[str], cols, spec: EvaluationSpec):
    """The indicator table of a ministry evaluation report, zones as columns (``cols``:
    :func:`evaluate_zones` output): ``[header, *rows]``; header = 序号, 指标, 单位, 理想值, 权重, zone
    names…; rows: the base areas (:data:`BASE_AREAS`, 公顷), every indicator with its ideal value
    and weight, 集约度得分, and the three potentials. Cells are numbers (rounded for display by the
    writer) or None."""
    header = ["序号", "指标", "单位", "理想值", "权重"] + list(zone_names)
    rows = [header]
    for key, name in BASE_AREAS.items():
        rows.append([len(rows), name, "公顷", None, None] + _cells(cols[key + "_ha"]))
    for key, (name, unit) in INDICATORS.items():
        ind = spec.indicators.get(key)
        rows.append([len(rows), name, unit, None if ind is None else ind.ideal, None if ind is None else ind.weight]
                    + _cells(cols[key]))
    rows.append([len(rows), "集约度得分", "分", 100, None] + _cells(cols["score"]))
    for label, key in (("扩展潜力", "pot_ext"), ("强度潜力", "pot_int"), ("管理潜力", "pot_mgmt")):
        rows.append([len(rows), label, "公顷", None, None] + _cells(cols[key]))
    return rows


def attainment_items(record):
    """[(指标名称, 实现度, or None when NULL, or 待核实 for a rate above 100 %)] from one
    zoneevaluation output record (a mapping of field → value), in report order, for the indicators
    the record has an ``rd_*`` field for (zone report chart; :func:`attainment_text`)."""
    out = []
    for key, fname in ATTAINMENT_FIELDS.items():
        if fname in record:
            value = record[fname]
            text = attainment_text(key, record.get(key), value)
            out.append((INDICATORS[key][0], text if text == "待核实" else (None if value is None else float(value))))
    return out


#: the zone report's evaluation page: decimals of each indicator's value, and the potentials
REPORT_DECIMALS = {"far_all": 2, "far_ind": 2, "inv_ha": 1, "tax_ha": 1, "yrs_left": 1}
REPORT_POTENTIALS = (("pot_ext", "扩展潜力"), ("pot_int", "强度潜力"), ("pot_mgmt", "管理潜力"))
SCORE_FIELD = "score"


def has_evaluation(field_names):
    """Does a zones layer carry zoneevaluation's output (集约度 ``score`` and at least one 实现度)?"""
    names = set(field_names)
    return SCORE_FIELD in names and any(f in names for f in ATTAINMENT_FIELDS.values())


def report_page_rows(field_names):
    """The evaluation page's indicator table for a zones layer with these fields:
    [(指标名称, value field, unit, decimals, 实现度 field or None)] in the ministry table's order, for
    the indicators the layer has, then the potentials (公顷, 2 decimals, no 实现度)."""
    names = set(field_names)
    rows = []
    for key, (label, unit) in INDICATORS.items():
        if key in names:
            rd = ATTAINMENT_FIELDS.get(key)
            rows.append((label, key, unit, REPORT_DECIMALS.get(key, 1), rd if rd in names else None))
    rows += [(label, f, "公顷", 2, None) for f, label in REPORT_POTENTIALS if f in names]
    return rows


def attainment_rows(zone_names: Sequence[str], cols, spec: EvaluationSpec):
    """实现度 table (for a chart; ``cols``: :func:`evaluate_zones` output): header 指标, zones…; one
    row per evaluated indicator."""
    rows = [["指标"] + list(zone_names)]
    for key, ind in spec.indicators.items():
        rows.append([ind.name] + _cells(cols["r_" + key]))
    return rows

"""低效工业用地评价 — scoring of industrial parcels (濮政办〔2021〕6号 二(三)1). Every rule behind the
``ie_*`` output fields of ``landplan:scoreinefficiency`` lives here, in one batch function,
:func:`score_columns` (columns in, columns out): the QGIS algorithm calls it per batch of parcels,
a distributed engine per partition. A run's decisions made once are a :class:`ScoringSetup`.

**Indicators.** Each parcel has four indicators (亩均税收, 投资强度, 容积率, 建筑系数). A field of
precomputed values wins; when a row's precomputed value is empty and a total field is given, the
indicator is derived from the total and the land area (:func:`indicators_from_totals`: 万元 ÷ 亩,
m² ÷ m², footprint ÷ area × 100). A 建筑系数 column holding fractions (0.45 for 45 %) is read ×100
(:func:`coverage_scale`).

**Land area** comes from an area field (m², 亩 or 公顷; the unit can be detected, see
:mod:`.units`) or the geometry. Zero or negative land area makes a parcel undetermined
(待核实) unless it is low-efficiency anyway (a type, or a failing score on precomputed
indicators — then the area problem is added to the reason); the indicators are still written
"for reference".

**Score.** Each indicator earns its weight when its value reaches the threshold ("低于/小于/少于"
fails, so equal passes). The composite score is the sum; a parcel scoring below the cut-off
(0.7) is 粗放用地类 low-efficiency land. In linear mode an indicator earns
``weight × min(value / threshold, 1)``. Comparisons tolerate float error (:data:`REL_TOL`), so
0.4 + 0.3 counts as 0.7, which is not below 0.7.

**Types.** 停建停产类 when the status text contains a configured value not negated by the
character before it (:func:`matches_status`); 产业转型类 when the industry code falls under a
listed code (:func:`matches_code_list`). A parcel of either type is low-efficiency even when its
indicators are missing; several types are joined with 、.

**Under construction (在建未达产).** A parcel whose status text contains a configured
construction value (``construction_values``, e.g. 在建; negation as for 停建停产) is not yet
producing. Its construction period ends on its 标准地 竣工/达产 date when it has one (the
``completion`` field), else ``construction_years`` (default 3) years after its supply date (the
``supply_date`` field). On or before that end, as of the run's 基准日 (``as_of``), it is 在建未达产:
not scored (``ie_score`` NULL, ``ie_flag`` 0, ``ie_type`` 在建未达产 — so not in the 低效 ledger),
counted apart in the summary; a type the attributes decide (停建停产类, 产业转型类) still flags
it. After the end it is scored like any parcel and its reason says that the construction period
is over. A parcel under construction with neither date cannot be placed: not scored either,
待核实. :func:`construction_columns`.

**Missing data.** A parcel missing an indicator is undetermined (待核实) and the missing
indicators are named; unreadable values are named with field and value in the reason.

**Per-industry standards** (郑州): thresholds per GB/T 4754 division and region class, see
:meth:`.standards.Standard.thresholds_for`; ``ie_std`` names the row applied.

numpy is imported when :func:`score_columns` runs (the plugin starts without it).
"""
from dataclasses import dataclass, field
import math
from typing import Dict, Optional

from . import contract
from .standards import INDICATORS, INDICATOR_NAMES, INDICATOR_UNITS
from .units import M2_PER_MU, to_m2
from .values import EMPTY_GEOMETRY, INVALID_GEOMETRY, NON_POSITIVE_AREA, detect_fraction_percent, parse_number, \
    parse_number_array

BINARY = "binary"
LINEAR = "linear"
SCORING_MODES = (BINARY, LINEAR)

# Relative tolerance for "value reaches threshold" and "score below cut-off": values derived
# from totals (税收 ÷ 面积) carry float error, and 0.4 + 0.3 must count as 0.7.
REL_TOL = 1e-9
SCORE_TOL = 1e-9

TYPE_EXTENSIVE = "粗放用地类"
TYPE_HALTED = "停建停产类"
TYPE_TRANSFORM = "产业转型类"
TYPE_UNDETERMINED = "待核实"
TYPE_CONSTRUCTION = "在建未达产"
#: status values meaning the parcel is still being built (a parameter, like the 停产 values)
DEFAULT_CONSTRUCTION_VALUES = "在建,建设中,施工中,筹建"
#: construction period after the supply date when the parcel has no 竣工/达产 date (years)
DEFAULT_CONSTRUCTION_YEARS = 3

def fmt(value):
    """A value in a reason, always two decimals so it never looks equal to its threshold when it
    is not (119.99 stays 119.99, not 120.0)."""
    if value is None:
        return "空"
    return "%.2f" % value


def fmt_below(value, threshold):
    """A failing value with enough decimals that it does not print equal to its threshold
    (0.599 → '0.599' against 0.6, not '0.60')."""
    text = "%.2f" % value
    if float(text) >= threshold:
        text = ("%.6f" % value).rstrip("0")
    return text


def fmt_threshold(value):
    """Thresholds as the standards print them: 1.5, 0.6, 40, 120; 3520/15 → 234.67."""
    text = "%.2f" % value
    return text.rstrip("0").rstrip(".") if "." in text else text


def indicators_from_totals(area_m2, tax=None, invest=None, floor_area=None, footprint=None):
    """Derive the four indicators from totals; each is None when its total is None.

    tax / invest in 万元 → 万元/亩; floor_area / footprint in m² → ratio / percent.
    ``area_m2`` must be positive (the caller reports non-positive areas).
    """
    area_mu = area_m2 / M2_PER_MU
    return {
        "tax_per_mu": None if tax is None else _per(tax, area_mu),
        "invest_per_mu": None if invest is None else _per(invest, area_mu),
        "far": None if floor_area is None else _per(floor_area, area_m2),
        "coverage": None if footprint is None else _percent(_per(footprint, area_m2)),
    }


def _percent(ratio):
    return None if ratio is None else ratio * 100.0


def _per(total, divisor):
    """``total ÷ divisor`` as the columnar (numpy) form divides: a positive area so small that it
    underflows to 0 in 亩 gives ±inf, and 0 ÷ 0 gives no value (NULL), never ZeroDivisionError."""
    try:
        return total / divisor
    except ZeroDivisionError:
        if total == 0:
            return None
        return math.copysign(math.inf, total) * math.copysign(1.0, divisor)


_LABELS = tuple((k, INDICATOR_NAMES[k], (" " + INDICATOR_UNITS[k]) if INDICATOR_UNITS[k] else "") for k in INDICATORS)


NEGATIONS = "未非无不没否"


def matches_status(value, status_values):
    """停建停产类: the status text contains one of the configured values ('已停产' ∋ '停产'), not
    negated by the character before it ('未停产', '非停工' mean production goes on)."""
    if value is None:
        return False
    text = str(value).strip()
    for v in status_values:
        if not v:
            continue
        start = text.find(v)
        while start >= 0:
            if start == 0 or text[start - 1] not in NEGATIONS:
                return True
            start = text.find(v, start + 1)
    return False


def _industry_digits(code):
    """GB/T 4754 code → its digits: 'C3011' → '3011', 3011 → '3011', 611 (for 0611) → '0611'."""
    if code is None:
        return ""
    if isinstance(code, float):
        if code != code:
            return ""
        if code == int(code):
            code = int(code)
    text = str(code).strip().upper()
    if text[:1].isalpha():  # section letter (门类), e.g. C 制造业
        text = text[1:]
    digits = "".join(ch for ch in text if ch.isdigit())
    if isinstance(code, int) and len(digits) % 2:
        digits = "0" + digits  # an integer lost its leading zero
    return digits


def matches_code_list(code, code_list):
    """产业转型类: the industry code falls under one of the listed codes (prefix match on the digits,
    so 'C3011', '3011' and 3011 all fall under '30' or 'C30')."""
    digits = _industry_digits(code)
    return bool(digits) and any(c and digits.startswith(_industry_digits(c)) and _industry_digits(c)
                                for c in code_list)


def split_list(text):
    """'停产, 停建；关停' → ['停产', '停建', '关停'] (comma, 、, ；, whitespace separated)."""
    if not text:
        return []
    for sep in ("，", "、", "；", ";", "\n", "\t", " "):
        text = text.replace(sep, ",")
    return [t.strip() for t in text.split(",") if t.strip()]


# ==== one run: setup and the batch function ==================================================

#: the total each indicator is derived from when its precomputed value is missing
#: (the names are :func:`indicators_from_totals`'s arguments)
TOTAL_ROLES = {"tax_per_mu": "tax", "invest_per_mu": "invest", "far": "floor_area", "coverage": "footprint"}
AREA, INDUSTRY, REGION, STATUS = "area", "industry", "region", "status"
SUPPLY_DATE, COMPLETION = "supply_date", "completion"
#: every input a run can use: the four precomputed indicators (keys of INDICATORS), the four
#: totals, the land area, industry code, region class (郑州 table), production status, and the
#: supply date and 竣工/达产 date of a parcel under construction
INPUT_ROLES = INDICATORS + tuple(TOTAL_ROLES[k] for k in INDICATORS) + (AREA, INDUSTRY, REGION, STATUS,
                                                                        SUPPLY_DATE, COMPLETION)

#: output field names (ASCII ≤ 10) per indicator: (value, points)
OUT_NAMES = {"tax_per_mu": ("ie_tax", "ie_taxpt"), "invest_per_mu": ("ie_inv", "ie_invpt"),
             "far": ("ie_far", "ie_farpt"), "coverage": ("ie_cov", "ie_covpt")}
#: every output field, in the order the algorithm appends them (names from core.contract)
OUTPUT_FIELDS = tuple(n for k in INDICATORS for n in OUT_NAMES[k]) + contract.SCORING_FIELDS
#: region classes of the 郑州 table, in the order of the algorithm's REGION choice
REGION_CLASSES = ("郑州市区", "其他区域")
DEFAULT_STATUS_VALUES = "停产,停建,停工,停业,关停,破产,歇业"
#: summary bucket of parcels that are not low-efficiency (flag 0)
NOT_LOW_EFFICIENCY = "非低效"
#: problem kinds of the geometry (the others are core.values kinds)

@dataclass(frozen=True)
class ScoringSetup:
    """Everything a run decides once.

    ``fields`` maps an input role (:data:`INPUT_ROLES`) to the field name as the user knows it
    (it appears in reasons); a role not in it is not used. ``cutoff`` None = the standard's.
    ``coverage_scale`` is 100 when the 建筑系数 column holds fractions (:func:`coverage_scale`).
    """
    standard: object
    fields: Dict[str, str] = field(default_factory=dict)
    mode: str = BINARY
    cutoff: Optional[float] = None
    area_unit: str = "m2"
    fixed_region: str = REGION_CLASSES[1]
    status_values: tuple = ()
    phaseout_codes: tuple = ()
    coverage_scale: float = 1.0
    construction_values: tuple = ()
    construction_years: float = DEFAULT_CONSTRUCTION_YEARS
    as_of: object = None

    def __post_init__(self):
        if self.cutoff is None:
            object.__setattr__(self, "cutoff", self.standard.cutoff)
        object.__setattr__(self, "status_values", tuple(self.status_values))
        object.__setattr__(self, "construction_values", tuple(self.construction_values))
        object.__setattr__(self, "phaseout_codes", tuple(self.phaseout_codes))
        object.__setattr__(self, "fields", {k: v for k, v in dict(self.fields).items() if v})

    def has(self, role):
        return role in self.fields

    @property
    def needs_area(self):
        """Some indicator may come from a total (so the land area matters beyond ie_areamu)."""
        return any(not self.has(k) or self.has(TOTAL_ROLES[k]) for k in INDICATORS)

    @property
    def checks_status(self):
        return self.has(STATUS) and bool(self.status_values)

    @property
    def checks_construction(self):
        """The 在建未达产 rule runs: a status field, construction values and a 基准日."""
        return self.has(STATUS) and bool(self.construction_values) and self.as_of is not None

    @property
    def checks_phaseout(self):
        return self.has(INDUSTRY) and bool(self.phaseout_codes)

    def warnings(self):
        """Setup problems worth a warning: ``'no_industry_field'`` (a per-industry standard
        without an industry code field scores every parcel with the default thresholds)."""
        return ["no_industry_field"] if self.standard.per_industry and not self.has(INDUSTRY) else []

    def errors(self):
        """Setup problems that stop a run: ``'phaseout_without_industry'``."""
        return ["phaseout_without_industry"] if self.phaseout_codes and not self.has(INDUSTRY) else []

    def thresholds_for(self, code=None, region=None):
        """``(thresholds dict, note or None, ie_std label)`` for a parcel's industry code and
        region class (the standard's own thresholds unless it is per-industry)."""
        std = self.standard
        if not std.per_industry:
            return std.thresholds, None, std.id
        from .standards import normalise_industry_code
        th, note = std.thresholds_for(code, region)
        division = normalise_industry_code(code)
        label = "%s:%s" % (std.id, division) if division in std.industry_rows else std.id
        return th, note, label


def pick_indicator_fields(given, find):
    """Which fields feed the indicators: **precomputed wins, a total is the per-row fallback**.

    ``given``: the roles the user named explicitly; ``find(role, allow_auto)``: the engine's
    field lookup (the named field, or — when ``allow_auto`` — one named the usual way), giving
    a field name or None. A precomputed field is looked for by name unless only the total was
    named; a total is looked for by name only when no precomputed field was found (a named
    total is always used as the fallback). Returns ``{role: field name}``.
    """
    out = {}
    for key in INDICATORS:
        total = TOTAL_ROLES[key]
        pre = find(key, key in given or total not in given)
        tot = find(total, pre is None or total in given)
        if pre:
            out[key] = pre
        if tot:
            out[total] = tot
    return out


def coverage_scale(raw_values):
    """100.0 when a 建筑系数 (percent) column holds fractions — every value in [0, 1], one above
    0 — else 1.0. ``raw_values``: the column's raw values (its distinct values are enough)."""
    parsed = (parse_number(v, "")[0] for v in raw_values)
    return 100.0 if detect_fraction_percent(parsed) else 1.0


def _score_reason(score, extensive, failures, cut_text):
    """The scoring part of a reason: '综合得分 0.45 < 0.7：亩均税收 1.20 < 1.5 万元/亩；…'."""
    if extensive:
        return "综合得分 %.2f < %s：%s" % (score, cut_text, "；".join(failures))
    if failures:
        return "综合得分 %.2f ≥ %s；未达标：%s" % (score, cut_text, "；".join(failures))
    return "综合得分 %.2f ≥ %s" % (score, cut_text)


def _decide(missing, failures, score, extensive, cut_text, halted_note, transform_note, notes, area_bad,
            area_note):
    """(score, flag, type text, reason) of a parcel with a missing indicator, a type decided by its
    attributes or a zero/negative area (the others take :func:`score_columns`' short path).

    ``halted_note`` / ``transform_note`` are the sentences of 停建停产类 / 产业转型类, else None; a
    parcel of either type is low-efficiency even when its indicators are missing. A parcel with a
    zero/negative area is undetermined unless a type already flags it."""
    types, parts = [], []
    if halted_note:
        types.append(TYPE_HALTED)
        parts.append(halted_note)
    if transform_note:
        types.append(TYPE_TRANSFORM)
        parts.append(transform_note)
    if missing:
        score = None
        names = "、".join(INDICATOR_NAMES[k] for k in missing)
        if types:
            flag = 1
            parts.append("粗放用地指标缺失（%s），未评分" % names)
        else:
            flag = None
            types = [TYPE_UNDETERMINED]
            parts.append("待核实：缺少%s" % names)
            if failures:
                parts.append("已知不达标：" + "；".join(failures))
    else:
        if extensive:
            types.append(TYPE_EXTENSIVE)
        parts.append(_score_reason(score, extensive, failures, cut_text))
        flag = 1 if types else 0
    parts.extend(n for n in notes if n)
    reason = "；".join(parts)
    if area_bad and flag != 1:
        return None, None, TYPE_UNDETERMINED, "待核实：%s；指标计算仅供参考：%s" % (area_note, reason)
    if area_bad:
        reason = "%s；%s" % (reason, area_note)
    return score, flag, "、".join(types) if types else None, reason


def _blank(raw):
    return raw is None or (isinstance(raw, str) and raw == "")


def _area_note(setup, raw_area, area_m2):
    if setup.has(AREA):
        return "字段「%s」值「%s」：用地面积不大于0" % (setup.fields[AREA], raw_area)
    return "几何面积 %s 平方米不大于0" % fmt(area_m2)


def _empty_note(setup):
    return "几何为空，无法量算用地面积" if not setup.has(AREA) and setup.needs_area else "几何为空"


def _halted_note(setup, status):
    return "%s为「%s」" % (setup.fields[STATUS], status) if matches_status(status, setup.status_values) else None


def _transform_note(setup, code):
    return "行业代码「%s」属转型/淘汰行业" % code if matches_code_list(code, setup.phaseout_codes) else None


def _construction_end(setup, supply, completion):
    """(end of the construction period or None, how it was found) from raw date values."""
    from .dates import add_years, parse_date
    done = parse_date(completion, setup.fields.get(COMPLETION, ""))[0] if setup.has(COMPLETION) else None
    if done is not None:
        return done, "约定竣工/达产日期"
    start = parse_date(supply, setup.fields.get(SUPPLY_DATE, ""))[0] if setup.has(SUPPLY_DATE) else None
    if start is None:
        return None, None
    years = setup.construction_years
    whole = int(years)
    end = add_years(start, whole)
    if years != whole:
        import datetime as _dt
        end = end + _dt.timedelta(days=round((years - whole) * 365.25))
    return end, "供地日期 %s 起 %s 年" % (start.isoformat(), fmt_threshold(years))


def construction_columns(setup, status, supply, completion):
    """The 在建未达产 rule on a batch (raw columns of the status, supply date and 竣工/达产 date
    fields; None where the field is not used): ``(in_period bool array, unknown bool array,
    notes object array)`` — in its construction period on the 基准日; under construction with no
    date to place it (待核实); the sentence for the reason (also for a parcel past its period)."""
    import numpy as np
    n = len(status)
    in_period = np.zeros(n, dtype=bool)
    unknown = np.zeros(n, dtype=bool)
    notes = np.full(n, None, dtype=object)
    if not setup.checks_construction:
        return in_period, unknown, notes
    index, found = _cached_per_row(status, lambda s: matches_status(s, setup.construction_values))
    building = np.array(found, dtype=bool)[index] if found else np.zeros(n, dtype=bool)
    rows = np.flatnonzero(building)
    if not rows.size:
        return in_period, unknown, notes
    items = [(supply[i], completion[i]) for i in rows.tolist()]
    index, ends = _cached_per_row(items, lambda sc: _construction_end(setup, *sc))
    status_field = setup.fields[STATUS]
    as_of = setup.as_of.isoformat()
    for i, j in zip(rows.tolist(), index.tolist()):
        end, basis = ends[j]
        head = "%s为「%s」" % (status_field, status[i])
        if end is None:
            unknown[i] = True
            notes[i] = "%s，缺少供地日期和约定竣工/达产日期，无法判断是否仍在建设期" % head
        elif setup.as_of <= end:
            in_period[i] = True
            notes[i] = "%s，建设期至 %s（%s），基准日 %s 仍在建设期内：在建未达产，不评粗放用地" % (
                head, end.isoformat(), basis, as_of)
        else:
            notes[i] = "%s，建设期已于 %s 届满（%s），按已投产评分" % (head, end.isoformat(), basis)
    return in_period, unknown, notes


# ---- the batch function ---------------------------------------------------------------------

def _pylist(column, n):
    """A column as a Python list of raw values (a float array's NaN → None)."""
    import numpy as np
    if column is None:
        return [None] * n
    if isinstance(column, np.ndarray):
        items = column.tolist()
        if column.dtype.kind == "f":
            items = [None if v != v else v for v in items]
        return items
    return list(column)


def _take(column, rows):
    import numpy as np
    if isinstance(column, np.ndarray):
        return column[rows]
    return [column[i] for i in rows.tolist()]


def _typed_key(item):
    if type(item) is tuple:
        return tuple((type(x), x) for x in item)
    return type(item), item


def _cached_per_row(items, compute):
    """``compute(item)`` per row, computed once per distinct value (type-aware: 1, 1.0 and True
    are different values here, as their text in a reason differs). Returns (index array, results)."""
    import numpy as np
    cache, results = {}, []
    index = np.empty(len(items), dtype=np.int64)
    for i, item in enumerate(items):
        try:
            key = _typed_key(item)
            j = cache.get(key)
        except TypeError:  # unhashable raw value
            key, j = None, None
        if j is None:
            j = len(results)
            results.append(compute(item))
            if key is not None:
                cache[key] = j
        index[i] = j
    return index, results


def score_columns(setup, columns, n=None, geom_area_m2=None, geom_empty=None, geom_note=None, counts=None):
    """Score a batch of parcels (the whole rule; see the module docstring).

    ``columns`` maps input roles (those in ``setup.fields``) to columns of raw values: numpy
    arrays (object arrays with None for NULL, or float arrays with NaN for NULL), lists, or
    array-likes such as pandas Series (taken by position; NULL as None or, in a float column, NaN).
    ``geom_area_m2`` (float array) is needed when no area field is set; ``geom_empty`` (bool
    array) marks NULL/empty geometries; ``geom_note`` gives the engine's repair notes (a
    sequence with None, or a dict row → note). ``counts``: a dict that receives
    ``(kind, field) → number`` of data problems (accumulate across batches by passing the same).

    Returns ``{field: array}`` for :data:`OUTPUT_FIELDS`: float64 arrays with NaN for NULL
    (values, points, ie_areamu, ie_score), and object arrays (ie_flag 1/0/None, ie_type,
    ie_reason, ie_std).
    """
    import numpy as np
    f = setup.fields
    std = setup.standard
    # pandas Series and other array-likes: by position, not by index label
    columns = {role: (col if isinstance(col, (list, np.ndarray)) else np.asarray(col))
               for role, col in columns.items() if role in f}
    if n is None:
        for candidate in (geom_empty, geom_area_m2, *[columns.get(r) for r in f]):
            if candidate is not None:
                n = len(candidate)
                break
        else:
            n = 0
    counts = {} if counts is None else counts
    if n == 0:
        text = (contract.IE_FLAG, contract.IE_TYPE, contract.IE_REASON, contract.IE_STD)
        return {name: np.empty(0, dtype=object if name in text else np.float64) for name in OUTPUT_FIELDS}
    notes = {}

    def add_note(i, text):
        lst = notes.get(i)
        if lst is None:
            notes[i] = [text]
        else:
            lst.append(text)

    def tally(kind, field_name, k=1):
        key = (kind, field_name)
        counts[key] = counts.get(key, 0) + k

    def parse(role, rows=None):
        col = columns[role] if rows is None else _take(columns[role], rows)
        values, problems = parse_number_array(col, f[role])
        for i, p in sorted(problems.items()):
            add_note(i if rows is None else int(rows[i]), p.message)
            tally(p.kind, p.field)
        return values

    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        # geometry notes
        empty = np.zeros(n, dtype=bool) if geom_empty is None else np.asarray(geom_empty, dtype=bool)
        if geom_note is not None:
            items = geom_note.items() if isinstance(geom_note, dict) else enumerate(geom_note)
            for i, text in sorted(items):
                if text:
                    add_note(i, text)
                    tally(INVALID_GEOMETRY, "")
        # land area (m²)
        raw_area = None
        if setup.has(AREA):
            raw_area = _pylist(columns[AREA], n)
            a = parse(AREA)
            has_area = ~np.isnan(a)
            area = to_m2(a, setup.area_unit)
            for i in np.flatnonzero(~has_area).tolist():
                if _blank(raw_area[i]):
                    add_note(i, "用地面积字段「%s」为空" % f[AREA])
        else:
            area = np.full(n, np.nan) if geom_area_m2 is None else np.asarray(geom_area_m2, dtype=np.float64)
            has_area = ~empty & ~np.isnan(area)  # NaN: not measured
        if empty.any():
            text = _empty_note(setup)
            for i in np.flatnonzero(empty).tolist():
                add_note(i, text)
            tally(EMPTY_GEOMETRY, "", int(empty.sum()))
        area_ok = has_area & (area > 0)
        area_bad = has_area & ~area_ok
        area_notes = {}
        for i in np.flatnonzero(area_bad).tolist():
            area_notes[i] = _area_note(setup, raw_area[i] if raw_area is not None else None, float(area[i]))
            tally(NON_POSITIVE_AREA, f.get(AREA, ""))

        # indicators: precomputed wins, the total is the per-row fallback
        vals = []
        for key in INDICATORS:
            v = parse(key) if setup.has(key) else np.full(n, np.nan)
            if key == "coverage" and setup.coverage_scale != 1.0:
                v = v * setup.coverage_scale
            total_role = TOTAL_ROLES[key]
            if setup.has(total_role):
                rows = np.flatnonzero(np.isnan(v) & area_ok)
                if rows.size:
                    t = parse(total_role, rows)
                    got = ~np.isnan(t)
                    r = rows[got]
                    v[r] = indicators_from_totals(area[r], **{total_role: t[got]})[key]
            vals.append(v)

        # thresholds per row (one set unless the standard is per-industry)
        labels = np.empty(n, dtype=object)
        if std.per_industry:
            codes = _pylist(columns.get(INDUSTRY) if setup.has(INDUSTRY) else None, n)
            regions = _pylist(columns[REGION], n) if setup.has(REGION) else [setup.fixed_region] * n
            index, found = _cached_per_row(list(zip(codes, regions)), lambda cr: setup.thresholds_for(*cr))
            table = np.array([[th[k] for k in INDICATORS] for th, _, _ in found], dtype=np.float64)
            th = [table[index, j] for j in range(len(INDICATORS))]
            labels[:] = _object_array([label for _, _, label in found])[index]
            std_notes = [note for _, note, _ in found]
            for i, j in enumerate(index.tolist()):
                if std_notes[j]:
                    lst = notes.get(i)
                    notes[i] = [std_notes[j]] + (lst or [])
        else:
            th = [np.full(n, std.thresholds[k]) for k in INDICATORS]
            labels[:] = std.id

        # attribute-decided types
        halted = transform = None
        if setup.checks_status:
            index, found = _cached_per_row(_pylist(columns[STATUS], n), lambda s: _halted_note(setup, s))
            halted = _object_array(found)[index]
        if setup.checks_phaseout:
            index, found = _cached_per_row(_pylist(columns[INDUSTRY], n), lambda c: _transform_note(setup, c))
            transform = _object_array(found)[index]

        # points and score
        linear = setup.mode == LINEAR
        present, passed, points = [], [], []
        for k, key in enumerate(INDICATORS):
            v, t, w = vals[k], th[k], std.weights[key]
            has = ~np.isnan(v)
            ok = has & (v >= t - REL_TOL * np.where(t > 1.0, t, 1.0))
            if linear:
                pts = np.where(ok, w, w * np.where(v > 0.0, v, 0.0) / t)
            else:
                pts = np.where(ok, w, 0.0)
            pts[~has] = np.nan
            present.append(has)
            passed.append(ok)
            points.append(pts)
        complete = present[0] & present[1] & present[2] & present[3]
        total = ((points[0] + points[1]) + points[2]) + points[3]
        score = np.full(n, np.nan)
        rows = np.flatnonzero(complete)
        if rows.size:
            # round once per distinct total (a run has few): keyed by the bits, so -0.0 stays apart
            distinct, where = np.unique(total[rows].view(np.int64), return_inverse=True)
            score[rows] = np.array([round(x, 9) for x in distinct.view(np.float64).tolist()])[where]
        extensive = complete & (score < setup.cutoff - SCORE_TOL)

    # failure texts ("亩均税收 1.20 < 1.5 万元/亩") of the indicators present and not reached
    failures = [None] * n
    shown, below = {}, {}
    for k, (_key, name, unit) in enumerate(_LABELS):
        rows = np.flatnonzero(present[k] & ~passed[k]).tolist()
        if not rows:
            continue
        v_list, t_list = vals[k][rows].tolist(), th[k][rows].tolist()
        for i, value, t in zip(rows, v_list, t_list):
            text = shown.get(t)
            if text is None:
                text = shown[t] = fmt_threshold(t)
            value_text = below.get((value, t)) if value else None  # (0.0 and -0.0 print differently)
            if value_text is None:
                value_text = below[(value, t)] = fmt_below(value, t)
            entry = "%s %s < %s%s" % (name, value_text, text, unit)
            lst = failures[i]
            if lst is None:
                failures[i] = [entry]
            else:
                lst.append(entry)

    # flag, type and reason
    flags = np.empty(n, dtype=object)
    types = np.empty(n, dtype=object)
    reasons = np.empty(n, dtype=object)
    simple = complete & ~area_bad
    for typed in (halted, transform):
        if typed is not None:
            simple &= np.fromiter((x is None for x in typed.tolist()), dtype=bool, count=n)
    cut_text = fmt_threshold(setup.cutoff)
    ext_list = extensive.tolist()
    score_list = score.tolist()
    simple_rows = np.flatnonzero(simple)
    plain_reason = {}
    flag_col, type_col, reason_col = [], [], []
    for i in simple_rows.tolist():
        ext = 1 if ext_list[i] else 0
        fails = failures[i]
        if ext or fails:
            reason = _score_reason(score_list[i], ext, fails, cut_text)
        else:
            reason = plain_reason.get(score_list[i])
            if reason is None:
                reason = plain_reason[score_list[i]] = _score_reason(score_list[i], 0, None, cut_text)
        extra = notes.get(i) if notes else None
        reason_col.append("；".join([reason] + extra) if extra else reason)
        flag_col.append(ext)
        type_col.append(TYPE_EXTENSIVE if ext else None)
    if simple_rows.size:
        flags[simple_rows] = _object_array(flag_col)
        types[simple_rows] = _object_array(type_col)
        reasons[simple_rows] = _object_array(reason_col)
    for i in np.flatnonzero(~simple).tolist():
        missing = [key for k, key in enumerate(INDICATORS) if not present[k][i]]
        s, flag, type_text, reason = _decide(
            missing, failures[i] or [], score_list[i], ext_list[i], cut_text,
            halted[i] if halted is not None else None, transform[i] if transform is not None else None,
            notes.get(i, []), bool(area_bad[i]), area_notes.get(i))
        score[i] = np.nan if s is None else s
        flags[i], types[i], reasons[i] = flag, type_text, reason

    if setup.checks_construction:
        in_period, unknown, c_notes = construction_columns(
            setup, _pylist(columns[STATUS], n), _pylist(columns.get(SUPPLY_DATE), n),
            _pylist(columns.get(COMPLETION), n))
        halted_list = halted.tolist() if halted is not None else [None] * n
        transform_list = transform.tolist() if transform is not None else [None] * n
        for i in np.flatnonzero(in_period | unknown).tolist():
            # not scored; a type decided by the attributes (停建停产, 产业转型) still flags the parcel
            typed = [(t, x) for t, x in ((TYPE_HALTED, halted_list[i]), (TYPE_TRANSFORM, transform_list[i])) if x]
            score[i] = np.nan
            for k in range(len(INDICATORS)):
                points[k][i] = np.nan
            parts = [c_notes[i]] + [x for _t, x in typed] + list(notes.get(i) or [])
            if typed:
                flags[i], types[i] = 1, "、".join(t for t, _x in typed)
            elif unknown[i]:
                flags[i], types[i] = None, TYPE_UNDETERMINED
                parts[0] = "待核实：" + parts[0]
            else:
                flags[i], types[i] = 0, TYPE_CONSTRUCTION
            reasons[i] = "；".join(parts)
        for i in np.flatnonzero(~in_period & ~unknown & (c_notes != None)).tolist():  # noqa: E711
            # past its period: said first (after a leading 待核实, which stays the reason's head)
            reasons[i] = ("%s；%s" % (reasons[i], c_notes[i]) if flags[i] is None else
                          "%s；%s" % (c_notes[i], reasons[i]))

    out = {}
    for k, key in enumerate(INDICATORS):
        out[OUT_NAMES[key][0]] = vals[k]
        out[OUT_NAMES[key][1]] = points[k]
    with np.errstate(invalid="ignore"):
        out[contract.IE_AREAMU] = np.where(area_ok, area / M2_PER_MU, np.nan)
    out[contract.IE_SCORE] = score
    out[contract.IE_FLAG] = flags
    out[contract.IE_TYPE] = types
    out[contract.IE_REASON] = reasons
    out[contract.IE_STD] = labels
    return out


def _object_array(items):
    import numpy as np
    arr = np.empty(len(items), dtype=object)
    arr[:] = items
    return arr


def column_values(out, name):
    """An output column as a Python list with None for NULL (NaN → None), e.g. for a writer."""
    col = out[name]
    items = col.tolist()
    if col.dtype.kind == "f":
        return [None if v != v else v for v in items]
    return items


def tally(out, into=None):
    """The run's summary: ``{bucket: [count, 亩]}`` in first-seen order, where the bucket is the
    type text for a flagged parcel, :data:`TYPE_CONSTRUCTION` (在建未达产, counted apart) or
    :data:`NOT_LOW_EFFICIENCY` for flag 0 and
    :data:`TYPE_UNDETERMINED` for NULL; 亩 sums ``ie_areamu`` where known. ``into``: accumulate."""
    summary = {} if into is None else into
    buckets = [t if f == 1 else (TYPE_CONSTRUCTION if t == TYPE_CONSTRUCTION else NOT_LOW_EFFICIENCY)
               if f in (0, 1) else TYPE_UNDETERMINED
               for f, t in zip(out[contract.IE_FLAG].tolist(), out[contract.IE_TYPE].tolist())]
    areas = out[contract.IE_AREAMU].tolist()
    order = list(dict.fromkeys(buckets))
    for bucket in order:
        entry = summary.get(bucket)
        if entry is None:
            entry = summary[bucket] = [0, 0.0]
        if len(order) == 1:
            mus = areas
            entry[0] += len(buckets)
        else:
            mus = [mu for b, mu in zip(buckets, areas) if b == bucket]
            entry[0] += len(mus)
        for mu in mus:
            if mu == mu:
                entry[1] += mu
    return summary

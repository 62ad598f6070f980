"""标准地履约核查 — commitment compliance of 标准地 parcels (SPEC §7.1; seed 003 §二(一)1(1), §二(四)).

Industrial land supplied as 标准地 carries committed control indicators ("3+N+1": 投资强度,
亩均税收, 容积率, plus indicators a locality adds). The bureau checks actual against committed
once each check falls due (履标用地、对标管地). The rule, once, as this module implements it:

* **Direction.** Each indicator is "at least" (``>=``: 投资强度, 亩均税收, 容积率, 亩均产值) or
  "at most" (``<=``: 能耗, 排放). **Equal passes** (with a relative tolerance of 1e-9 for values
  derived from totals).
* **Shortfall %** = |committed − actual| ÷ committed × 100 on the failing side. A committed
  value that is not above 0 cannot be checked (待核实).
* **Due dates.** 投资强度 and 容积率 are checked at completion (约定竣工日期), 亩均税收 and output-type
  indicators at full production (约定达产日期). An indicator is due from its date onwards: a date
  **equal to AS_OF is due**, a date after AS_OF is not (未到期). A committed indicator whose date
  is missing or unreadable cannot be placed: 待核实, and the reason names the date field.
* **Status**, precedence 未达标 > 待核实 > 达标 > 未到期:
  未达标 — a due indicator fails (the reason also names whatever is missing);
  待核实 — a due indicator lacks its committed or actual value, or its due date is unknown;
  达标 — every due indicator passes and at least one is due; 未到期 — nothing is due yet.
  A parcel with no committed value and no due date at all is not a 标准地 parcel: status NULL,
  not checked. The three core indicators are required once due; a locally added indicator with
  neither committed nor actual value is not part of that parcel's agreement and is skipped.
* **Actual values from totals.** When an actual value is empty and a total is given (固定资产投资
  万元, 税收 万元, 总建筑面积 m²), the actual is the total divided by the land area, as the scoring
  does (:func:`landplan_plugin.core.scoring.indicators_from_totals`).
* **Penalty (违约金)**, 国有建设用地使用权出让合同示范文本 GF—2008—2601: for 投资强度 and 容积率, land
  price × shortfall ratio, each clause separately, summed (万元). Other indicators: the reason says
  the consequence follows the local agreement (履约监管协议); nothing is computed.
  ``penalty`` is 0 for 达标 and for 未达标 without a failing penalty clause, None when a clause
  fails but no usable land price is given, and None for 未到期 / 待核实 / not checked.
* **cm_short** is the largest shortfall % of the failing indicators (未达标), 0 for 达标, else None.
* **Ledger (台账)**: a 未达标 parcel is a ledger row of type 标准地未达标, its cause the reason, its
  disposal 限期整改, plus 支付违约金 when a penalty is due, plus 依约收回 when the agreement allows
  recovery (:func:`ledger_entry`).

Each rule has a row form (:func:`check_parcel`) and a columnar form (:func:`check_columns`, numpy
arrays in and out); property tests check they agree. Pure Python + numpy.
"""
import datetime as _dt
import unicodedata
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

from .dates import parse_date, reference_date
from .scoring import fmt_below, indicators_from_totals
from .values import Problem, is_missing, parse_number

__all__ = [
    "AT_LEAST", "AT_MOST", "COMPLETION", "PRODUCTION",
    "STATUS_FAIL", "STATUS_CHECK", "STATUS_PASS", "STATUS_NOT_DUE", "STATUSES",
    "LEDGER_TYPE", "Indicator", "CommitmentResult", "core_indicator", "CORE_KEYS",
    "parse_direction", "parse_check_point", "indicators_from_matrix", "IndicatorSpecError",
    "check_parcel", "check_columns", "ledger_entry", "ledger_columns", "summarise",
    "scorecard_line", "recovery_allowed",
]

AT_LEAST = ">="
AT_MOST = "<="
COMPLETION = "completion"
PRODUCTION = "production"

STATUS_FAIL = "未达标"
STATUS_CHECK = "待核实"
STATUS_PASS = "达标"
STATUS_NOT_DUE = "未到期"
#: in order of precedence
STATUSES = (STATUS_FAIL, STATUS_CHECK, STATUS_PASS, STATUS_NOT_DUE)

LEDGER_TYPE = "标准地未达标"
DISPOSAL_RECTIFY = "限期整改"
DISPOSAL_PAY = "支付违约金"
DISPOSAL_RECOVER = "依约收回"

REL_TOL = 1e-9
DUE_LABELS = {COMPLETION: "约定竣工日期", PRODUCTION: "约定达产日期"}
SOURCE = "GF—2008—2601"

_DIRECTIONS = {
    ">=": AT_LEAST, "≥": AT_LEAST, "=>": AT_LEAST, ">": AT_LEAST, "at least": AT_LEAST, "min": AT_LEAST,
    "minimum": AT_LEAST, "不低于": AT_LEAST, "不少于": AT_LEAST, "至少": AT_LEAST, "不小于": AT_LEAST,
    "下限": AT_LEAST, "越大越好": AT_LEAST,
    "<=": AT_MOST, "≤": AT_MOST, "=<": AT_MOST, "<": AT_MOST, "at most": AT_MOST, "max": AT_MOST,
    "maximum": AT_MOST, "不高于": AT_MOST, "不超过": AT_MOST, "至多": AT_MOST, "不大于": AT_MOST,
    "上限": AT_MOST, "越小越好": AT_MOST,
}
_CHECK_POINTS = {
    "completion": COMPLETION, "complete": COMPLETION, "竣工": COMPLETION, "竣工验收": COMPLETION,
    "竣工时": COMPLETION, "约定竣工日期": COMPLETION,
    "production": PRODUCTION, "full production": PRODUCTION, "达产": PRODUCTION, "达产时": PRODUCTION,
    "投产": PRODUCTION, "约定达产日期": PRODUCTION,
}


class IndicatorSpecError(ValueError):
    """An indicator definition (a row of EXTRA_INDICATORS) that cannot be used; the message says which."""


@dataclass(frozen=True)
class Indicator:
    """One committed indicator of a run.

    ``name`` 中文名 (as the reason prints it); ``direction`` :data:`AT_LEAST` / :data:`AT_MOST`;
    ``check_point`` :data:`COMPLETION` / :data:`PRODUCTION`; ``unit`` printed after the committed
    value; ``penalty`` True for the GF—2008—2601 clauses (投资强度, 容积率); ``required`` True for the
    three core indicators; ``total_kind`` the key of :func:`~.scoring.indicators_from_totals` that
    derives the actual from a total (or None); the ``*_field`` names are used in messages.
    """
    name: str
    direction: str = AT_LEAST
    check_point: str = COMPLETION
    unit: str = ""
    penalty: bool = False
    required: bool = False
    total_kind: Optional[str] = None
    committed_field: str = ""
    actual_field: str = ""
    total_field: str = ""


#: the three core indicators: key → (name, unit, check point, penalty clause, totals key)
CORE_KEYS = {
    "invest": ("投资强度", "万元/亩", COMPLETION, True, "invest_per_mu"),
    "tax": ("亩均税收", "万元/亩", PRODUCTION, False, "tax_per_mu"),
    "far": ("容积率", "", COMPLETION, True, "far"),
}


def core_indicator(key, committed_field="", actual_field="", total_field=""):
    """The core indicator ``key`` ('invest', 'tax' or 'far') with the field names of a run."""
    name, unit, check_point, penalty, total_kind = CORE_KEYS[key]
    return Indicator(name, AT_LEAST, check_point, unit, penalty, True, total_kind,
                     committed_field or "承诺" + name, actual_field or "实际" + name, total_field)


def _norm(text):
    return unicodedata.normalize("NFKC", str(text)).strip().lower()


def parse_direction(text):
    """'>=', '≥', '不低于', 'at least' … → :data:`AT_LEAST`; '<=', '≤', '不超过' … → :data:`AT_MOST`;
    None when not recognised."""
    if text is None:
        return None
    return _DIRECTIONS.get(_norm(text))


def parse_check_point(text):
    """'completion' / '竣工' → :data:`COMPLETION`; 'production' / '达产' → :data:`PRODUCTION`; else None."""
    if text is None:
        return None
    return _CHECK_POINTS.get(_norm(text))


def indicators_from_matrix(values, field_exists=None):
    """EXTRA_INDICATORS (a flat list read row by row: name, committed field, actual field,
    direction, check point) → list of :class:`Indicator`. Raises :class:`IndicatorSpecError` naming
    the row and the value when a row is incomplete, a direction or check point is unknown, or (with
    ``field_exists``, a callable) a field is not in the layer."""
    values = ["" if is_missing(v) else str(v).strip() for v in (values or [])]
    if not any(values):  # QGIS gives [''] for an empty matrix
        return []
    if len(values) % 5:
        raise IndicatorSpecError(
            "额外指标表格应每行 5 列（名称、承诺值字段、实际值字段、方向、核查时点），现有 %d 个值，不能整除 5"
            % len(values))
    out = []
    for r in range(len(values) // 5):
        name, committed, actual, direction, check_point = values[r * 5:r * 5 + 5]
        label = "额外指标第 %d 行" % (r + 1)
        if not name:
            raise IndicatorSpecError("%s：缺少指标名称" % label)
        if not committed or not actual:
            raise IndicatorSpecError("%s（%s）：缺少承诺值字段或实际值字段" % (label, name))
        d = parse_direction(direction)
        if d is None:
            raise IndicatorSpecError("%s（%s）：方向「%s」无法识别，应为 >= 或 <=" % (label, name, direction))
        cp = parse_check_point(check_point)
        if cp is None:
            raise IndicatorSpecError("%s（%s）：核查时点「%s」无法识别，应为 completion（竣工）或 production（达产）"
                                     % (label, name, check_point))
        if field_exists is not None:
            for f in (committed, actual):
                if not field_exists(f):
                    raise IndicatorSpecError("%s（%s）：字段「%s」不在输入图层中" % (label, name, f))
        out.append(Indicator(name, d, cp, "", False, False, None, committed, actual))
    return out


@dataclass
class CommitmentResult:
    """Outcome for one parcel: ``status`` (未达标 / 待核实 / 达标 / 未到期, or None when the parcel
    carries no commitment), ``flag`` (1 未达标, 0 达标, None otherwise), ``shortfall`` (largest %),
    ``penalty`` (万元), ``reason`` (Chinese), ``problems`` (unreadable values)."""
    status: Optional[str] = None
    flag: Optional[int] = None
    shortfall: Optional[float] = None
    penalty: Optional[float] = None
    reason: str = ""
    problems: List[Problem] = field(default_factory=list)


# per-indicator states (small ints so the columnar form can hold them in arrays)
S_SKIP, S_NOT_DUE, S_PASS, S_FAIL, S_MISSING, S_BAD_COMMIT, S_NO_DATE = range(7)


def _passes(direction, committed, actual):
    tol = REL_TOL * (abs(committed) if abs(committed) > 1.0 else 1.0)
    if direction == AT_MOST:
        return actual <= committed + tol
    return actual >= committed - tol


def _shortfall(direction, committed, actual):
    if direction == AT_MOST:
        return (actual - committed) / committed * 100.0
    return (committed - actual) / committed * 100.0


def _state(ind, c, a, skip, due, as_of):
    """State of one indicator: skipped, not due, pass, fail, missing value, bad committed, no date."""
    if skip:
        return S_SKIP
    if due is None:
        return S_NO_DATE
    if due > as_of:
        return S_NOT_DUE
    if c is not None and c <= 0:
        return S_BAD_COMMIT
    if c is None or a is None:
        return S_MISSING
    return S_PASS if _passes(ind.direction, c, a) else S_FAIL


def _status_of(states, checked):
    if not checked:
        return None
    if S_FAIL in states:
        return STATUS_FAIL
    if S_MISSING in states or S_BAD_COMMIT in states or S_NO_DATE in states:
        return STATUS_CHECK
    if S_PASS in states:
        return STATUS_PASS
    return STATUS_NOT_DUE


# ---- reason text (shared by both forms) ------------------------------------------------------
def _fmt_commit(v):
    v = v + 0.0  # -0.0 prints as 0
    text = ("%.4f" % v).rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _fmt_actual(direction, a, c, failing):
    a = a + 0.0  # -0.0 prints as 0 (a cache of parsed values cannot tell -0.0 from 0.0)
    if not failing:
        return "%.2f" % a
    if direction == AT_MOST:
        text = "%.2f" % a
        return text if float(text) > c else ("%.6f" % a).rstrip("0")
    return fmt_below(a, c)


def _fmt_pct(p):
    text = "%.1f" % p
    return text if text != "0.0" else ("%.3f" % p).rstrip("0")


def _unit(ind):
    return " " + ind.unit if ind.unit else ""


def _compare_text(ind, c, a, failing):
    if ind.direction == AT_MOST:
        sign = ">" if failing else "≤"
    else:
        sign = "<" if failing else "≥"
    return "%s 实际 %s %s 承诺 %s%s" % (ind.name, _fmt_actual(ind.direction, a, c, failing), sign,
                                     _fmt_commit(c), _unit(ind))


def _reason(status, indicators, states, cs, as_, shorts, dues, due_raw_text, price, penalty, problems):
    """The Chinese reason for one parcel (both forms call this with plain Python values)."""
    if status is None:
        parts = ["未填履约承诺指标和约定日期，非标准地，未核查"]
        parts.extend(p.message for p in problems)
        return "；".join(parts)
    fails, passes, missing, not_due, no_date = [], [], [], {}, {}
    for i, ind in enumerate(indicators):
        s = states[i]
        if s == S_FAIL:
            word = "超" if ind.direction == AT_MOST else "差"
            fails.append("%s（%s %s%%）" % (_compare_text(ind, cs[i], as_[i], True), word, _fmt_pct(shorts[i])))
        elif s == S_PASS:
            passes.append(_compare_text(ind, cs[i], as_[i], False))
        elif s == S_MISSING:
            what = "承诺值和实际值" if cs[i] is None and as_[i] is None else ("承诺值" if cs[i] is None else "实际值")
            missing.append("%s缺少%s" % (ind.name, what))
        elif s == S_BAD_COMMIT:
            missing.append("%s承诺值 %s 不大于0，无法核查" % (ind.name, _fmt_commit(cs[i])))
        elif s == S_NOT_DUE:
            not_due.setdefault((ind.check_point, dues[i]), []).append(ind.name)
        elif s == S_NO_DATE:
            no_date.setdefault(ind.check_point, []).append(ind.name)
    for cp, names in no_date.items():
        raw = due_raw_text.get(cp)
        what = "为空" if raw is None else "「%s」无法识别" % raw
        missing.append("%s无法判断是否到期（%s%s）" % ("、".join(names), DUE_LABELS[cp], what))
    parts = []
    if status == STATUS_FAIL:
        parts.append("未达标：" + "；".join(fails))
        clauses = [(indicators[i], shorts[i]) for i in range(len(indicators))
                   if states[i] == S_FAIL and indicators[i].penalty]
        others = [indicators[i].name for i in range(len(indicators))
                  if states[i] == S_FAIL and not indicators[i].penalty]
        if clauses:
            terms = " + ".join("%s %s%%" % (ind.name, _fmt_pct(s)) for ind, s in clauses)
            if penalty is None:
                parts.append("未提供有效土地价款，违约金（%s）未计算" % terms)
            else:
                parts.append("违约金 = 土地价款 %s 万元 × (%s) = %.2f 万元（%s）"
                             % (_fmt_commit(price), terms, penalty, SOURCE))
        if others:
            parts.append("%s未达标的违约责任按当地履约监管协议约定处理" % "、".join(others))
        if missing:
            parts.append("另待核实：" + "；".join(missing))
    elif status == STATUS_CHECK:
        parts.append("待核实：" + "；".join(missing))
        if passes:
            parts.append("已到期达标：" + "；".join(passes))
    elif status == STATUS_PASS:
        parts.append("达标：" + "；".join(passes))
    if not_due:
        groups = ["%s（%s %s）" % ("、".join(names), DUE_LABELS[cp], due.isoformat())
                  for (cp, due), names in not_due.items()]
        parts.append("未到期：" + "；".join(groups))
    parts.extend(p.message for p in problems)
    return "；".join(parts)


# ---- row form -----------------------------------------------------------------------------
_INF = float("inf")
_DATE_CACHE = {}


def _number(raw, name, problems):
    if type(raw) is float and raw == raw and raw != _INF and raw != -_INF:
        return raw  # fast path: a clean float (most cells)
    value, problem = parse_number(raw, name)
    if problem is not None:
        problems.append(problem)
    return value


def _date(raw, name, problems):
    """parse_date, remembered per (field, value): a layer repeats its dates."""
    try:
        key = (name, type(raw), raw)
        hit = _DATE_CACHE.get(key)
    except TypeError:
        key, hit = None, None
    if hit is None:
        hit = parse_date(raw, name)
        if key is not None:
            if len(_DATE_CACHE) > 50000:
                _DATE_CACHE.clear()
            _DATE_CACHE[key] = hit
    value, problem = hit
    if problem is not None:
        problems.append(problem)
    return value


#: smallest land area (m²) a total is divided by: below it 亩 underflow to 0 (a 1 cm² parcel is a data error)
MIN_AREA_M2 = 1e-4


def _actual_from_total(kind, total, area_m2):
    return indicators_from_totals(area_m2, **{_TOTAL_ARG[kind]: total})[kind]


_TOTAL_ARG = {"invest_per_mu": "invest", "tax_per_mu": "tax", "far": "floor_area"}


def check_parcel(as_of, indicators: Sequence[Indicator], committed, actual, completion_due=None,
                 production_due=None, land_price=None, totals=None, area_m2=None,
                 names=None) -> CommitmentResult:
    """Check one parcel (rules: module docstring).

    ``committed`` / ``actual`` / ``totals``: raw values, one per indicator (``totals`` may be
    None; an entry is used only when the actual is empty and the indicator has a ``total_kind``).
    ``area_m2``: land area for totals (a number; not above 0 → totals not used, noted).
    Dates and numbers may be raw attribute values (text, Excel serials …). ``names``: field
    names for messages, keys ``completion_due``, ``production_due``, ``land_price``.
    """
    as_of = reference_date(as_of)
    n = {"completion_due": DUE_LABELS[COMPLETION], "production_due": DUE_LABELS[PRODUCTION],
         "land_price": "土地价款"}
    n.update(names or {})
    res = CommitmentResult()
    problems = res.problems
    dues = {COMPLETION: _date(completion_due, n["completion_due"], problems),
            PRODUCTION: _date(production_due, n["production_due"], problems)}
    due_raw = {COMPLETION: completion_due, PRODUCTION: production_due}
    due_text = {cp: (None if is_missing(r) else str(r).strip()) for cp, r in due_raw.items()}
    totals = totals or [None] * len(indicators)
    checked = not all(is_missing(r) for r in due_raw.values())
    cs, as_, states, shorts, ind_dues = [], [], [], [], []
    area_note = False
    for ind, c_raw, a_raw, t_raw in zip(indicators, committed, actual, totals):
        c_given = not is_missing(c_raw)
        checked = checked or c_given
        c = _number(c_raw, ind.committed_field, problems)
        a = _number(a_raw, ind.actual_field, problems)
        if a is None and is_missing(a_raw) and ind.total_kind and not is_missing(t_raw):
            t = _number(t_raw, ind.total_field, problems)
            if t is not None and area_m2 is not None and area_m2 >= MIN_AREA_M2:
                a = _actual_from_total(ind.total_kind, t, area_m2)
            elif t is not None:
                area_note = True
        due = dues[ind.check_point]
        skip = not ind.required and not c_given and is_missing(a_raw) and a is None
        s = _state(ind, c, a, skip, due, as_of)
        cs.append(c)
        as_.append(a)
        states.append(s)
        ind_dues.append(due)
        shorts.append(_shortfall(ind.direction, c, a) if s == S_FAIL else None)
    res.status = _status_of(states, checked)
    price = None
    if res.status == STATUS_FAIL:
        res.flag = 1
        res.shortfall = max(s for s in shorts if s is not None)
        price = _number(land_price, n["land_price"], problems)
        total = 0.0
        needs_price = False
        for ind, s, short in zip(indicators, states, shorts):
            if s == S_FAIL and ind.penalty:
                needs_price = True
                if price is not None and price > 0:
                    total += price * short / 100.0
        res.penalty = None if needs_price and (price is None or price <= 0) else total
    elif res.status == STATUS_PASS:
        res.flag, res.shortfall, res.penalty = 0, 0.0, 0.0
    if area_note:
        problems.append(Problem("non_positive_area", "", "", "用地面积缺失或不大于0，无法由总量计算实际值"))
    res.reason = _reason(res.status, indicators, states, cs, as_, shorts, ind_dues,
                         {cp: due_text[cp] for cp in due_text if dues[cp] is None and due_text[cp] is not None},
                         price, res.penalty, problems)
    return res


# ---- columnar form ------------------------------------------------------------------------
def _np():
    import numpy  # only when a columnar function runs (plugin start-up stays light)
    return numpy


def _parse_column(values, name, parser, n):
    """Parse an object column once per distinct value: (list of values, list of problem or None)."""
    out, probs, cache = [None] * n, [None] * n, {}
    if values is None:
        return out, probs
    for i, raw in enumerate(values):
        try:
            key = (type(raw), raw)
            hit = cache.get(key)
        except TypeError:
            key, hit = None, None
        if hit is None:
            hit = parser(raw, name)
            if key is not None:
                cache[key] = hit
        out[i], probs[i] = hit
    return out, probs


def _missing_mask(values, n):
    np = _np()
    if values is None:
        return np.ones(n, dtype=bool)
    return np.fromiter((is_missing(v) for v in values), dtype=bool, count=n)


def _floats(values):
    np = _np()
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def check_columns(as_of, indicators: Sequence[Indicator], committed, actual, completion_due=None,
                  production_due=None, land_price=None, totals=None, area_m2=None, names=None):
    """Columnar :func:`check_parcel`: each argument is a sequence / numpy array with one entry per
    parcel (``committed``, ``actual``, ``totals``: one column per indicator; None for a column
    not given). Returns a dict of numpy arrays: ``status`` and ``reason`` (object), ``flag``
    (object: 1 / 0 / None), ``shortfall`` and ``penalty`` (float, NaN for None), ``problems``
    (object: list of :class:`~.values.Problem` per row)."""
    np = _np()
    as_of = reference_date(as_of)
    nm = {"completion_due": DUE_LABELS[COMPLETION], "production_due": DUE_LABELS[PRODUCTION],
          "land_price": "土地价款"}
    nm.update(names or {})
    cols = [c for c in list(committed) + list(actual) if c is not None]
    n = len(cols[0]) if cols else (len(completion_due) if completion_due is not None else 0)
    k = len(indicators)
    problems = [[] for _ in range(n)]

    def add_problems(probs):
        for i, p in enumerate(probs):
            if p is not None:
                problems[i].append(p)

    day = np.datetime64(as_of, "D")
    due_cols, due_text = {}, {}
    checked = np.zeros(n, dtype=bool)
    for cp, raw_col, key in ((COMPLETION, completion_due, "completion_due"), (PRODUCTION, production_due, "production_due")):
        vals, probs = _parse_column(raw_col, nm[key], parse_date, n)
        add_problems(probs)
        due_cols[cp] = np.array([np.datetime64("NaT") if d is None else np.datetime64(d, "D") for d in vals],
                                dtype="datetime64[D]")
        missing = _missing_mask(raw_col, n)
        checked |= ~missing
        due_text[cp] = (raw_col, missing)

    totals = totals if totals is not None else [None] * k
    if area_m2 is None:
        area = np.full(n, np.nan)
    else:
        area = np.array([np.nan if v is None else v for v in area_m2], dtype=float)
    with np.errstate(invalid="ignore"):
        area_ok = area >= MIN_AREA_M2
    area_note = np.zeros(n, dtype=bool)
    C, A, S, SH = [], [], [], []
    for j, ind in enumerate(indicators):
        c_raw, a_raw, t_raw = committed[j], actual[j], totals[j]
        c_vals, c_probs = _parse_column(c_raw, ind.committed_field, parse_number, n)
        a_vals, a_probs = _parse_column(a_raw, ind.actual_field, parse_number, n)
        add_problems(c_probs)
        add_problems(a_probs)
        c, a = _floats(c_vals), _floats(a_vals)
        c_missing, a_missing = _missing_mask(c_raw, n), _missing_mask(a_raw, n)
        checked |= ~c_missing
        if ind.total_kind and t_raw is not None:
            t_vals, t_probs = _parse_column(t_raw, ind.total_field, parse_number, n)
            use = a_missing & ~_missing_mask(t_raw, n)
            for i in np.nonzero(use)[0]:
                if t_probs[i] is not None:
                    problems[i].append(t_probs[i])
            t = _floats(t_vals)
            derived = np.full(n, np.nan)
            ok = use & ~np.isnan(t) & area_ok
            if ok.any():
                with np.errstate(over="ignore", divide="ignore"):
                    derived[ok] = _actual_from_total(ind.total_kind, t[ok], area[ok])  # arrays: same arithmetic
            a = np.where(ok, derived, a)
            area_note |= use & ~np.isnan(t) & ~area_ok
        due = due_cols[ind.check_point]
        no_date = np.isnat(due)
        with np.errstate(invalid="ignore", divide="ignore"):
            not_due = ~no_date & (due > day)
            bad_commit = ~np.isnan(c) & (c <= 0)
            has_both = ~np.isnan(c) & ~np.isnan(a)
            tol = REL_TOL * np.where(np.abs(c) > 1.0, np.abs(c), 1.0)
            if ind.direction == AT_MOST:
                passes = a <= c + tol
                short = (a - c) / c * 100.0
            else:
                passes = a >= c - tol
                short = (c - a) / c * 100.0
        skip = np.zeros(n, dtype=bool) if ind.required else (c_missing & a_missing & np.isnan(a))
        state = np.select(
            [skip, no_date, not_due, bad_commit, ~has_both, passes],
            [S_SKIP, S_NO_DATE, S_NOT_DUE, S_BAD_COMMIT, S_MISSING, S_PASS], default=S_FAIL)
        C.append(c)
        A.append(a)
        S.append(state)
        SH.append(np.where(state == S_FAIL, short, np.nan))
    S = np.array(S, dtype=int).reshape(k, n)
    SH = np.array(SH, dtype=float).reshape(k, n)
    any_fail = (S == S_FAIL).any(axis=0)
    any_check = np.isin(S, (S_MISSING, S_BAD_COMMIT, S_NO_DATE)).any(axis=0)
    any_pass = (S == S_PASS).any(axis=0)
    status = np.full(n, STATUS_NOT_DUE, dtype=object)
    status[any_pass] = STATUS_PASS
    status[any_check] = STATUS_CHECK
    status[any_fail] = STATUS_FAIL
    status[~checked] = None
    flag = np.full(n, None, dtype=object)
    flag[status == STATUS_FAIL] = 1
    flag[status == STATUS_PASS] = 0
    shortfall = np.full(n, np.nan)
    if k:
        with np.errstate(invalid="ignore"):
            shortfall = np.where(any_fail, np.nanmax(np.where(np.isnan(SH), -np.inf, SH), axis=0), np.nan)
    shortfall[status == STATUS_PASS] = 0.0

    price = np.full(n, np.nan)
    if land_price is not None:
        p_vals, p_probs = _parse_column(land_price, nm["land_price"], parse_number, n)
        for i in np.nonzero(any_fail)[0]:
            if p_probs[i] is not None:
                problems[i].append(p_probs[i])
        price = _floats(p_vals)
    with np.errstate(invalid="ignore"):
        price_ok = price > 0
    penalty = np.zeros(n)
    needs_price = np.zeros(n, dtype=bool)
    for j, ind in enumerate(indicators):
        if ind.penalty:
            f = S[j] == S_FAIL
            needs_price |= f
            add = np.where(f & price_ok, price * SH[j] / 100.0, 0.0)
            penalty = penalty + add
    penalty = np.where(any_fail & ~(needs_price & ~price_ok), penalty, np.nan)
    penalty[status == STATUS_PASS] = 0.0

    reason = np.empty(n, dtype=object)
    for i in range(n):
        if area_note[i]:
            problems[i].append(Problem("non_positive_area", "", "", "用地面积缺失或不大于0，无法由总量计算实际值"))
        st = status[i]
        cs = [None if np.isnan(C[j][i]) else float(C[j][i]) for j in range(k)]
        as_ = [None if np.isnan(A[j][i]) else float(A[j][i]) for j in range(k)]
        sh = [None if np.isnan(SH[j][i]) else float(SH[j][i]) for j in range(k)]
        dd = [None if np.isnat(due_cols[ind.check_point][i]) else due_cols[ind.check_point][i].astype(object)
              for ind in indicators]
        raw_text = {}
        for cp, (raw_col, missing) in due_text.items():
            if np.isnat(due_cols[cp][i]) and not missing[i]:
                raw_text[cp] = str(raw_col[i]).strip()
        pen = None if np.isnan(penalty[i]) else float(penalty[i])
        pr = None if np.isnan(price[i]) else float(price[i])
        reason[i] = _reason(st, indicators, [int(S[j][i]) for j in range(k)], cs, as_, sh, dd, raw_text,
                            pr if st == STATUS_FAIL else None, pen, problems[i])
    probs_arr = np.empty(n, dtype=object)
    for i in range(n):
        probs_arr[i] = problems[i]
    return {"status": status, "flag": flag, "shortfall": shortfall, "penalty": penalty, "reason": reason,
            "problems": probs_arr}


# ---- ledger, summary, scorecard -----------------------------------------------------------
_YES = {"是", "可", "允许", "可以", "y", "yes", "true", "1", "t", "√", "有"}


def recovery_allowed(raw):
    """Does the agreement allow recovery (收回)? A field value meaning yes: 是 / 可 / 允许 / 1 / true …"""
    if is_missing(raw):
        return False
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)):
        return raw == 1
    return _norm(raw) in _YES or _norm(raw).startswith(("可收回", "约定收回", "允许收回"))


def ledger_entry(status, reason, penalty=None, recovery=None):
    """台账 row of a checked parcel: (类型, 形成原因, 处置措施), or None when it is not 未达标.
    Disposal: 限期整改; + 支付违约金 when a penalty (> 0) is due; + 依约收回 when the agreement
    allows recovery (``recovery``: raw field value, see :func:`recovery_allowed`)."""
    if status != STATUS_FAIL:
        return None
    measures = [DISPOSAL_RECTIFY]
    if penalty is not None and penalty == penalty and penalty > 0:
        measures.append(DISPOSAL_PAY)
    if recovery_allowed(recovery):
        measures.append(DISPOSAL_RECOVER)
    return LEDGER_TYPE, reason, "、".join(measures)


def ledger_columns(status, reason, penalty=None, recovery=None):
    """Columnar :func:`ledger_entry`: three object arrays (type, cause, disposal), None where the
    parcel is not 未达标."""
    np = _np()
    n = len(status)
    out = [np.full(n, None, dtype=object) for _ in range(3)]
    pen = penalty if penalty is not None else [None] * n
    rec = recovery if recovery is not None else [None] * n
    for i in range(n):
        p = pen[i]
        entry = ledger_entry(status[i], reason[i], None if p is None or p != p else float(p), rec[i])
        if entry is not None:
            for col, v in zip(out, entry):
                col[i] = v
    return tuple(out)


def summarise(statuses, areas_mu=None, penalties=None):
    """{status: [count, 亩, penalty 万元]} in :data:`STATUSES` order (statuses present only), plus
    None for parcels not checked. Areas / penalties that are None or NaN count as 0."""
    out = {}
    for i, s in enumerate(statuses):
        row = out.setdefault(s, [0, 0.0, 0.0])
        row[0] += 1
        a = areas_mu[i] if areas_mu is not None else None
        if a is not None and a == a:
            row[1] += float(a)
        p = penalties[i] if penalties is not None else None
        if p is not None and p == p:
            row[2] += float(p)
    order = list(STATUSES) + [None]
    return {s: out[s] for s in order if s in out}


def scorecard_line(statuses, areas_mu=None):
    """The zone scorecard's 标准地履约 line: (label, 未达标 宗数, 未达标 亩, text)."""
    summary = summarise(statuses, areas_mu)
    fail = summary.get(STATUS_FAIL, [0, 0.0, 0.0])
    checked = sum(v[0] for s, v in summary.items() if s is not None)
    text = "未达标 %d 宗 / %.2f 亩（核查 %d 宗）" % (fail[0], fail[1], checked)
    return "标准地履约", fail[0], fail[1], text

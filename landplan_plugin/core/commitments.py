"""标准地履约核查 — commitment compliance of 标准地 parcels (濮政办〔2021〕6号 §二(二)1(1), §二(四)).

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
  recovery (:func:`ledger_columns`).

One implementation per rule, over columns: :func:`check_columns` (numpy arrays in and out) and
:func:`ledger_columns`; :func:`check_batch` runs them as a run of ``landplan:checkcommitments``
sets them up (:class:`CommitmentSetup`, from :func:`commitment_setup`). Pure Python + numpy.
"""
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, Optional, Sequence, Tuple

from .dates import add_months, parse_date, reference_date
from .lazy import lazy_module
from .scoring import fmt_below, indicators_from_totals
from .units import M2_PER_MU, to_m2
from .values import Problem, is_missing, map_distinct, parse_number_array

np = lazy_module("numpy")  # imported when a check runs: loading the plugin stays light

__all__ = [
    "AT_LEAST", "AT_MOST", "COMPLETION", "PRODUCTION",
    "STATUS_FAIL", "STATUS_CHECK", "STATUS_PASS", "STATUS_NOT_DUE", "STATUSES",
    "LEDGER_TYPE", "Indicator", "core_indicator", "CORE_KEYS", "CORE_ROLES",
    "parse_direction", "parse_check_point", "indicators_from_matrix", "IndicatorSpecError",
    "CommitmentSetup", "commitment_setup", "check_batch", "OUTPUT_FIELDS", "land_area_m2",
    "check_columns", "ledger_columns", "summarise", "scorecard_line", "recheck_columns",
    "DISPOSAL_BUYBACK", "RECTIFY_MONTHS_DEFAULT", "RECTIFY_MONTHS_MAX",
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
#: 《郑州市工业用地布局规划（2021—2035年）》: 经整改后仍未达到验收标准的 … 第一顺位优先回购
DISPOSAL_BUYBACK = "整改期满仍未达标：第一顺位优先回购、解除出让合同"
#: 整改期 (months): "给予最长不超过二年的整改期" — the default and the most allowed
RECTIFY_MONTHS_DEFAULT = RECTIFY_MONTHS_MAX = 24

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


# per-indicator states (small ints so the columnar form can hold them in arrays)
S_SKIP, S_NOT_DUE, S_PASS, S_FAIL, S_MISSING, S_BAD_COMMIT, S_NO_DATE = range(7)


# ---- reason text ------------------------------------------------------------------
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
    """The Chinese reason for one parcel (plain Python values)."""
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


#: smallest land area (m²) a total is divided by: below it 亩 underflow to 0 (a 1 cm² parcel is a data error)
MIN_AREA_M2 = 1e-4
_TOTAL_ARG = {"invest_per_mu": "invest", "tax_per_mu": "tax", "far": "floor_area"}


def _actual_from_total(kind, total, area_m2):
    return indicators_from_totals(area_m2, **{_TOTAL_ARG[kind]: total})[kind]


# ---- the check, over columns -------------------------------------------------------------
def _parse_column(values, name, parser, n):
    """Parse an object column once per distinct value: (list of values, list of problem or None)."""
    out, probs = [None] * n, [None] * n
    if values is None:
        return out, probs
    for i, hit in enumerate(map_distinct(values, lambda raw: parser(raw, name))):
        out[i], probs[i] = hit
    return out, probs


def _parse_numbers(values, name, n):
    """Parse a column of raw numbers: (float array, NaN for None; list of problem or None)."""
    probs = [None] * n
    if values is None:
        return np.full(n, np.nan), probs
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        values = values.astype(object)  # a NaN cell is read as parse_number reads it (not finite)
    parsed, found = parse_number_array(values, name)
    for i, problem in found.items():
        probs[i] = problem
    return parsed, probs


_NEVER_MISSING = frozenset((float, int))
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal(): day 0 of datetime64[D]


def _days(dates):
    """datetime64[D] array of ``datetime.date`` values (None → NaT), without numpy's slow object conversion."""
    nat = np.iinfo(np.int64).min
    return np.array([nat if d is None else d.toordinal() - _EPOCH_ORDINAL for d in dates],
                    dtype=np.int64).view("datetime64[D]")


def _missing_mask(values, n):
    if values is None:
        return np.ones(n, dtype=bool)
    if set(map(type, values)) <= _NEVER_MISSING:  # the common column of numbers
        return np.zeros(n, dtype=bool)
    return np.fromiter((type(v) not in _NEVER_MISSING and is_missing(v) for v in values), dtype=bool, count=n)


def _floats(values):
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def check_columns(as_of, indicators: Sequence[Indicator], committed, actual, completion_due=None,
                  production_due=None, land_price=None, totals=None, area_m2=None, names=None, n=None):
    """Check parcels (rules: module docstring). Each argument is a sequence / numpy array with one
    entry per parcel: ``committed``, ``actual``, ``totals`` hold one column per indicator (None
    for a column not given; a total is used only where the actual is empty and the indicator has
    a ``total_kind``); ``area_m2`` the land area for totals (not above 0 or None: totals not used,
    noted). Dates and numbers may be raw attribute values (text, Excel serials …). ``names``:
    field names for messages, keys ``completion_due``, ``production_due``, ``land_price``. ``n``:
    the number of parcels (needed only when no column is given).

    Returns a dict of numpy arrays: ``status`` (未达标 / 待核实 / 达标 / 未到期, None when the
    parcel carries no commitment) and ``reason`` (object), ``flag`` (object: 1 未达标 / 0 达标 /
    None), ``shortfall`` (largest %) and ``penalty`` (万元; both float, NaN for None),
    ``problems`` (object: list of :class:`~.values.Problem` per row)."""
    as_of = reference_date(as_of)
    nm = {"completion_due": DUE_LABELS[COMPLETION], "production_due": DUE_LABELS[PRODUCTION],
          "land_price": "土地价款"}
    nm.update(names or {})
    if n is None:
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
    for cp, raw_col, key in ((COMPLETION, completion_due, "completion_due"),
                             (PRODUCTION, production_due, "production_due")):
        vals, probs = _parse_column(raw_col, nm[key], parse_date, n)
        add_problems(probs)
        due_cols[cp] = _days(vals)
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
    committed_cols, actual_cols, states, shorts = [], [], [], []
    for j, ind in enumerate(indicators):
        c_raw, a_raw, t_raw = committed[j], actual[j], totals[j]
        c, c_probs = _parse_numbers(c_raw, ind.committed_field, n)
        a, a_probs = _parse_numbers(a_raw, ind.actual_field, n)
        add_problems(c_probs)
        add_problems(a_probs)
        c_missing, a_missing = _missing_mask(c_raw, n), _missing_mask(a_raw, n)
        checked |= ~c_missing
        if ind.total_kind and t_raw is not None:
            t, t_probs = _parse_numbers(t_raw, ind.total_field, n)
            use = a_missing & ~_missing_mask(t_raw, n)
            for i in np.nonzero(use)[0]:
                if t_probs[i] is not None:
                    problems[i].append(t_probs[i])
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
        committed_cols.append(c)
        actual_cols.append(a)
        states.append(state)
        shorts.append(np.where(state == S_FAIL, short, np.nan))
    states = np.array(states, dtype=int).reshape(k, n)
    shorts = np.array(shorts, dtype=float).reshape(k, n)
    any_fail = (states == S_FAIL).any(axis=0)
    fail_due = np.full(n, None, dtype=object)  # the earliest due date of a failing indicator: the 整改期 starts
    for j, ind in enumerate(indicators):
        due_j = due_cols[ind.check_point]
        for i in np.flatnonzero(states[j] == S_FAIL).tolist():
            d = due_j[i].astype(object)
            if fail_due[i] is None or d < fail_due[i]:
                fail_due[i] = d
    any_check = np.isin(states, (S_MISSING, S_BAD_COMMIT, S_NO_DATE)).any(axis=0)
    any_pass = (states == S_PASS).any(axis=0)
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
            shortfall = np.where(any_fail, np.nanmax(np.where(np.isnan(shorts), -np.inf, shorts), axis=0), np.nan)
    shortfall[status == STATUS_PASS] = 0.0

    price = np.full(n, np.nan)
    if land_price is not None:
        price, p_probs = _parse_numbers(land_price, nm["land_price"], n)
        for i in np.nonzero(any_fail)[0]:
            if p_probs[i] is not None:
                problems[i].append(p_probs[i])
    with np.errstate(invalid="ignore"):
        price_ok = price > 0
    penalty = np.zeros(n)
    needs_price = np.zeros(n, dtype=bool)
    for j, ind in enumerate(indicators):
        if ind.penalty:
            f = states[j] == S_FAIL
            needs_price |= f
            add = np.where(f & price_ok, price * shorts[j] / 100.0, 0.0)
            penalty = penalty + add
    penalty = np.where(any_fail & ~(needs_price & ~price_ok), penalty, np.nan)
    penalty[status == STATUS_PASS] = 0.0

    # the reasons, row by row, from plain Python values (numpy scalars cost more one at a time)
    def rows(columns):
        lists = [[None if v != v else v for v in col.tolist()] for col in columns]
        return list(zip(*lists)) if k else [()] * n
    c_rows, a_rows, sh_rows = rows(committed_cols), rows(actual_cols), rows(shorts)
    s_rows = list(zip(*states.tolist())) if k else [()] * n
    due_lists = {cp: col.tolist() for cp, col in due_cols.items()}  # datetime.date or None
    dd_rows = list(zip(*[due_lists[ind.check_point] for ind in indicators])) if k else [()] * n
    unreadable = {cp: [d is None and not m for d, m in zip(due_lists[cp], missing.tolist())]
                  for cp, (_raw, missing) in due_text.items()}
    pen_list = [None if v != v else v for v in penalty.tolist()]
    price_list = [None if v != v else v for v in price.tolist()]
    status_list, area_note_list = status.tolist(), area_note.tolist()
    reason = np.empty(n, dtype=object)
    for i in range(n):
        if area_note_list[i]:
            problems[i].append(Problem("non_positive_area", "", "", "用地面积缺失或不大于0，无法由总量计算实际值"))
        st = status_list[i]
        raw_text = {cp: str(raw_col[i]).strip() for cp, (raw_col, _m) in due_text.items() if unreadable[cp][i]}
        reason[i] = _reason(st, indicators, s_rows[i], c_rows[i], a_rows[i], sh_rows[i], dd_rows[i], raw_text,
                            price_list[i] if st == STATUS_FAIL else None, pen_list[i], problems[i])
    probs_arr = np.empty(n, dtype=object)
    for i in range(n):
        probs_arr[i] = problems[i]
    return {"status": status, "flag": flag, "shortfall": shortfall, "penalty": penalty, "reason": reason,
            "problems": probs_arr, "fail_due": fail_due}


# ---- a run: set-up and batches -------------------------------------------------------------
#: core indicator key → its (committed, actual, total) roles: the Processing parameter names
CORE_ROLES = (("invest", "INVEST_COMMIT_FIELD", "INVEST_ACTUAL_FIELD", "INVEST_FIELD"),
              ("tax", "TAX_COMMIT_FIELD", "TAX_ACTUAL_FIELD", "TAX_FIELD"),
              ("far", "FAR_COMMIT_FIELD", "FAR_ACTUAL_FIELD", "FLOOR_AREA_FIELD"))
COMPLETION_DUE, PRODUCTION_DUE = "COMPLETION_DUE_FIELD", "PRODUCTION_DUE_FIELD"
LAND_PRICE, AREA, RECOVERY = "LAND_PRICE_FIELD", "AREA_FIELD", "RECOVERY_FIELD"
#: set-up errors: the run cannot check anything
NO_DUE_DATE_FIELD, NO_INDICATOR = "no_due_date_field", "no_indicator"
#: why an indicator is not checked: a core one lacks its committed field or its date field; an
#: extra one lacks its date field
SKIP_NO_COMMITTED_OR_DATE, SKIP_NO_DATE = "no_committed_or_date", "no_date"
#: the check's output columns (landplan:checkcommitments adds cm_asof)
OUTPUT_FIELDS = ("cm_status", "cm_flag", "cm_short", "cm_penalty", "cm_disp", "cm_reason", "cm_recheck")
#: problem kinds of the geometry (the others are core.values kinds)
EMPTY_GEOMETRY, INVALID_GEOMETRY = "empty_geometry", "invalid_geometry"


@dataclass(frozen=True)
class CommitmentSetup:
    """Everything a run of the check decides once (built by :func:`commitment_setup`).

    ``fields``: role (:data:`COMPLETION_DUE`, :data:`PRODUCTION_DUE`, :data:`LAND_PRICE`,
    :data:`AREA`, :data:`RECOVERY`) → input field; ``indicators`` the indicators checked, each
    with its ``sources`` (committed, actual, total input field, None where not given);
    ``skipped``: (indicator name, :data:`SKIP_NO_COMMITTED_OR_DATE` / :data:`SKIP_NO_DATE`) for
    the warnings; ``error``: :data:`NO_DUE_DATE_FIELD` / :data:`NO_INDICATOR` when nothing can be
    checked. ``area_unit`` is the unit of the area field (the geometry is in m²).
    """
    fields: Dict[str, str] = field(default_factory=dict)
    indicators: Tuple[Indicator, ...] = ()
    sources: Tuple[Tuple[Optional[str], Optional[str], Optional[str]], ...] = ()
    skipped: Tuple[Tuple[str, str], ...] = ()
    error: Optional[str] = None
    area_unit: str = "m2"

    def unchecked(self):
        """The set-up that writes every parcel unchecked (cm_* empty): nothing is read but the geometry."""
        return CommitmentSetup(area_unit=self.area_unit)

    def input_fields(self):
        """Every input field a batch needs, in order, without repeats."""
        names = [self.fields.get(r) for r in (COMPLETION_DUE, PRODUCTION_DUE)]
        names += [f for src in self.sources for f in src]
        names += [self.fields.get(r) for r in (LAND_PRICE, AREA, RECOVERY)]
        return list(dict.fromkeys(f for f in names if f))

    def message_names(self):
        """Field names for the reasons (keys of :func:`check_columns`' ``names``)."""
        keys = (("completion_due", COMPLETION_DUE), ("production_due", PRODUCTION_DUE), ("land_price", LAND_PRICE))
        return {k: self.fields[r] for k, r in keys if r in self.fields}


def commitment_setup(find, matrix=(), field_exists=None, area_unit="m2"):
    """The :class:`CommitmentSetup` of a run. ``find(role)``: the engine's field lookup (the field
    named for the role, or one named the usual way; None when there is none), called in the
    order the roles matter and only for roles that can matter: no due-date field stops the
    set-up; a core indicator is checked with its committed field and the date field of its
    check point. ``matrix``: the EXTRA_INDICATORS values (:func:`indicators_from_matrix`, which
    raises :class:`IndicatorSpecError`); ``field_exists(name)`` checks their fields."""
    fields = {}

    def use(role):
        name = find(role)
        if name:
            fields[role] = name
        return name
    completion, production = use(COMPLETION_DUE), use(PRODUCTION_DUE)
    if not completion and not production:
        return CommitmentSetup(fields, error=NO_DUE_DATE_FIELD, area_unit=area_unit)
    dated = {COMPLETION: bool(completion), PRODUCTION: bool(production)}
    indicators, sources, skipped = [], [], []
    for key, c_role, a_role, t_role in CORE_ROLES:
        committed = find(c_role)
        if not committed or not dated[CORE_KEYS[key][2]]:
            skipped.append((CORE_KEYS[key][0], SKIP_NO_COMMITTED_OR_DATE))
            continue
        actual, total = find(a_role), find(t_role)
        indicators.append(core_indicator(key, committed, actual or "", total or ""))
        sources.append((committed, actual or None, total or None))
    for ind in indicators_from_matrix(matrix, field_exists):
        if not dated[ind.check_point]:
            skipped.append((ind.name, SKIP_NO_DATE))
            continue
        indicators.append(ind)
        sources.append((ind.committed_field, ind.actual_field, None))
    if not indicators:
        return CommitmentSetup(fields, skipped=tuple(skipped), error=NO_INDICATOR, area_unit=area_unit)
    for role in (LAND_PRICE, AREA, RECOVERY):
        use(role)
    return CommitmentSetup(fields, tuple(indicators), tuple(sources), tuple(skipped), None, area_unit)


def check_batch(setup, as_of, columns, n, geom_area_m2=None, geom_empty=None, geom_note=None, counts=None,
                rectify_months=RECTIFY_MONTHS_DEFAULT):
    """A batch of ``n`` parcels through the check as ``setup`` says.

    ``columns``: input field → raw values (:meth:`CommitmentSetup.input_fields`). The land area
    is the area field (in ``setup.area_unit``; an unreadable value is noted in the reason), else
    ``geom_area_m2`` (NaN: not measured). ``geom_empty`` (bool array) and ``geom_note`` (row →
    the repair note) are the engine's geometry facts, None for a table: an empty geometry and a
    repaired one are noted in the reason and counted. ``counts``: kind → number of problems,
    first seen first, accumulated over a run's batches.

    Returns ``{field: array}`` for :data:`OUTPUT_FIELDS` (as :func:`check_columns`; cm_disp from
    :func:`ledger_columns`) and ``area_mu`` (the land area in 亩, NaN when unknown).
    """
    counts = {} if counts is None else counts
    fields = setup.fields
    area_m2, area_notes = land_area_m2(columns.get(fields.get(AREA)), fields.get(AREA), setup.area_unit,
                                       geom_area_m2, n)

    def column(name):
        return columns[name] if name else None
    res = check_columns(as_of, setup.indicators, [column(c) for c, _, _ in setup.sources],
                        [column(a) for _, a, _ in setup.sources], column(fields.get(COMPLETION_DUE)),
                        column(fields.get(PRODUCTION_DUE)), column(fields.get(LAND_PRICE)),
                        [column(t) for _, _, t in setup.sources], area_m2, setup.message_names(), n=n)
    recheck = recheck_columns(res["fail_due"], rectify_months)
    _kind, _cause, disposal = ledger_columns(res["status"], res["reason"], res["penalty"],
                                             column(fields.get(RECOVERY)), recheck, as_of)
    reason = res["reason"]
    for i in range(n):
        notes = []
        if geom_empty is not None and geom_empty[i]:
            notes.append("几何为空")
            counts[EMPTY_GEOMETRY] = counts.get(EMPTY_GEOMETRY, 0) + 1
        elif geom_note and geom_note.get(i):
            notes.append(geom_note[i])
            counts[INVALID_GEOMETRY] = counts.get(INVALID_GEOMETRY, 0) + 1
        if i in area_notes:
            notes.append(area_notes[i])
        for p in res["problems"][i]:
            counts[p.kind] = counts.get(p.kind, 0) + 1
        if notes:
            reason[i] = "；".join([reason[i]] + notes)
    return {"cm_status": res["status"], "cm_flag": res["flag"], "cm_short": res["shortfall"],
            "cm_penalty": res["penalty"], "cm_disp": disposal, "cm_reason": reason, "cm_recheck": recheck,
            "area_mu": area_m2 / M2_PER_MU}


def land_area_m2(raw, field_name, unit, geom_area_m2, n):
    """The land area of ``n`` parcels: (m², NaN when unknown; row → note on an unreadable area
    value). The area field's raw values ``raw`` in ``unit`` when there is a field, else the
    measured geometry ``geom_area_m2`` (None: not measured)."""
    if raw is None:
        return (np.full(n, np.nan) if geom_area_m2 is None else np.asarray(geom_area_m2, dtype=float)), {}
    values, problems = parse_number_array(raw, field_name)
    return to_m2(values, unit), {i: p.message for i, p in problems.items()}


# ---- ledger, summary, scorecard -----------------------------------------------------------
_YES = {"是", "可", "允许", "可以", "y", "yes", "true", "1", "t", "√", "有"}


def _recovery_allowed(raw):
    """Does the agreement allow recovery (收回)? A field value meaning yes: 是 / 可 / 允许 / 1 / true …"""
    if is_missing(raw):
        return False
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)):
        return raw == 1
    return _norm(raw) in _YES or _norm(raw).startswith(("可收回", "约定收回", "允许收回"))


def _objects(values, n):
    out = np.empty(n, dtype=object)
    if values is not None:
        out[:] = list(values)
    return out


def recheck_columns(fail_due, rectify_months=RECTIFY_MONTHS_DEFAULT):
    """整改期 (《郑州市工业用地布局规划（2021—2035年）》: 达标考核未通过的 … 给予最长不超过二年的整改期):
    the re-check date ``cm_recheck`` of each failing parcel = the earliest due date of its failing
    indicators (``fail_due`` of :func:`check_columns`, when the 达标考核 fell due) + ``rectify_months``
    calendar months (the day kept, or the month's last day); None where nothing fails. Raises
    ValueError when ``rectify_months`` is not between 1 and :data:`RECTIFY_MONTHS_MAX`."""
    months = int(rectify_months)
    if not 1 <= months <= RECTIFY_MONTHS_MAX:
        raise ValueError("整改期 %s 个月不在 1—%d 个月之内（最长不超过二年）" % (rectify_months, RECTIFY_MONTHS_MAX))
    out = np.full(len(fail_due), None, dtype=object)
    for i, d in enumerate(list(fail_due)):
        if d is not None:
            out[i] = add_months(d, months)
    return out


def ledger_columns(status, reason, penalty=None, recovery=None, recheck=None, as_of=None):
    """台账 columns of checked parcels: three object arrays (类型, 形成原因, 处置措施), None where a
    parcel is not 未达标. Disposal: 限期整改; + 支付违约金 where a penalty (> 0) is due; + 依约收回
    where the agreement allows recovery (``recovery``: raw field values, 是 / 可 / 允许 / 1 / true …).
    When the 整改期 is over — ``recheck`` (:func:`recheck_columns`) on or before ``as_of`` — and the
    parcel still fails, the re-check has failed: 回购 (:data:`DISPOSAL_BUYBACK`) replaces 限期整改."""
    n = len(status)
    fail = _objects(status, n) == STATUS_FAIL
    pay = np.zeros(n, dtype=bool)
    if penalty is not None:
        with np.errstate(invalid="ignore"):
            pay = _floats(list(penalty)) > 0
    back = np.zeros(n, dtype=bool)
    if recovery is not None:
        back = np.array(map_distinct(list(recovery), _recovery_allowed), dtype=bool).reshape(n)
    kind, cause, disposal = (np.full(n, None, dtype=object) for _ in range(3))
    kind[fail] = LEDGER_TYPE
    cause[fail] = _objects(reason, n)[fail]
    for with_pay in (False, True):
        for with_back in (False, True):
            measures = [DISPOSAL_RECTIFY] + [DISPOSAL_PAY] * with_pay + [DISPOSAL_RECOVER] * with_back
            disposal[fail & (pay == with_pay) & (back == with_back)] = "、".join(measures)
    if recheck is not None and as_of is not None:
        as_of = reference_date(as_of)
        over = np.array([r is not None and r <= as_of for r in list(recheck)], dtype=bool).reshape(n) & fail
        for with_pay in (False, True):
            disposal[over & (pay == with_pay)] = DISPOSAL_BUYBACK + ("；" + DISPOSAL_PAY) * with_pay
    return kind, cause, disposal


def summarise(statuses, areas_mu=None, penalties=None, into=None):
    """{status: [count, 亩, penalty 万元]} in :data:`STATUSES` order (statuses present only), plus
    None for parcels not checked. Areas / penalties that are None or NaN count as 0. ``into``: a
    run's running totals (a dict) the parcels are added to, batch after batch."""
    out = {} if into is None else into
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

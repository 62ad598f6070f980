"""亩均效益综合评价 ("亩均论英雄") — per-mu performance classes
(《郑州市工业用地布局规划（2021—2035年）》 第二章三, 附件2).

Counties publish a scheme each year; LandPlan reads it from a JSON file (format:
``resources/schemes/README.md``). The rule, once, as this module implements it:

* **Score** = Σ weight × min(value ÷ benchmark, cap) over the scheme's indicators (no cap: the
  plain ratio). A benchmark is a number, or ``mean`` / ``median`` of the indicator over the
  evaluated group (every enterprise of the group that has the value, exempt ones included).
  A group whose mean / median is missing or not above 0 cannot score that indicator: its
  enterprises are 待核实 and the reason says why.
* **Value.** From the indicator's ``field``, or ``numerator`` ÷ ``denominator`` (fields holding
  totals, e.g. 税收 ÷ 用地亩数, 增加值 ÷ 综合能耗). A missing numerator or denominator, or a
  denominator of 0, makes the value missing, and the reason names it.
* **Missing value**, by the scheme's ``missing`` rule: ``undetermined`` (default: class 待核实, the
  reason names the indicator), ``zero`` (the indicator scores 0), or ``average`` (the indicator's
  mean score over the group's enterprises that have it; 待核实 when none has it).
* **Classes** among the *classed* enterprises of a group (scored, not exempt): by rank (1 = best,
  equal scores share the better rank; N = the number of classed enterprises): rank ÷ N ≤ A % → A,
  ≤ B % → B, ≤ C % → C, else D — or by score: score ≥ A → A, ≥ B → B, ≥ C → C, else D. Exempt
  enterprises (a field and its values) are scored and count in the group's means, medians and
  averages, but get 不定等级, no rank, and do not count in N.
* **Groups**: with a group field, benchmarks, averages and ranks are taken within each group
  (规上 / 规下, zone, industry); an empty group value is a group of its own.
* **Reason** (Chinese): the score, the class with rank / N, the strongest and the weakest indicator
  by value ÷ benchmark, e.g.
  ``得分 62.03，D类（第19/19名）；最强：亩均增加值 150.00 / 基准 136.16；最弱：亩均税收 3.20 / 基准 20``.
* **Ledger (台账)**: a D-class enterprise (:func:`ledger_class_flags`) is a ledger row of type 亩均D类
  (:data:`LEDGER_TYPE`), its cause the reason, its disposal 调控帮扶、倒逼整治 (:data:`LEDGER_DISPOSAL`).

One implementation, over columns: :func:`evaluate_columns` (numpy arrays in and out; the whole data
set at once, since benchmarks, averages and ranks are group-wide). Pure Python + numpy.
"""
import json
import math
import os
import unicodedata
from dataclasses import dataclass
from typing import Optional, Tuple

from .values import is_missing, map_distinct, parse_number

__all__ = [
    "SchemeError", "SchemeIndicator", "Scheme", "scheme_from_dict", "load_scheme",
    "MISSING_RULES", "CLASS_UNDETERMINED", "CLASS_EXEMPT", "CLASSES", "LEDGER_TYPE", "LEDGER_DISPOSAL",
    "class_for_rank", "class_for_score", "indicator_value", "evaluate_columns", "unevaluated_columns",
    "OUTPUT_FIELDS", "output_columns", "summarise", "class_label", "ledger_class_flags",
]

MISSING_UNDETERMINED, MISSING_ZERO, MISSING_AVERAGE = "undetermined", "zero", "average"
MISSING_RULES = (MISSING_UNDETERMINED, MISSING_ZERO, MISSING_AVERAGE)
METHOD_RANK, METHOD_SCORE = "rank", "score"
BENCH_MEAN, BENCH_MEDIAN = "mean", "median"
CLASS_UNDETERMINED = "待核实"
CLASS_EXEMPT = "不定等级"
CLASSES = ("A", "B", "C", "D", CLASS_EXEMPT, CLASS_UNDETERMINED)
CLASS_NAMES = {"A": "优先发展", "B": "鼓励提升", "C": "规范转型", "D": "调控帮扶"}
LEDGER_TYPE = "亩均D类"
LEDGER_DISPOSAL = "调控帮扶、倒逼整治"
SCORE_DIGITS = 9  # scores are rounded to this many decimals, so equal sums rank equal


class SchemeError(ValueError):
    """A scheme file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class SchemeIndicator:
    name: str
    field: Optional[str]
    numerator: Optional[str]
    denominator: Optional[str]
    benchmark: object  # float, "mean" or "median"
    weight: float
    cap: Optional[float] = None


@dataclass(frozen=True)
class Scheme:
    name: str
    indicators: Tuple[SchemeIndicator, ...]
    missing: str = MISSING_UNDETERMINED
    method: str = METHOD_RANK
    thresholds: Tuple[float, float, float] = (25.0, 70.0, 95.0)
    exempt_field: Optional[str] = None
    exempt_values: Tuple[str, ...] = ()
    description: str = ""

    def fields(self):
        """Every input field the scheme reads, in order, without repeats."""
        out = []
        for ind in self.indicators:
            for f in (ind.field, ind.numerator, ind.denominator):
                if f and f not in out:
                    out.append(f)
        if self.exempt_field and self.exempt_field not in out:
            out.append(self.exempt_field)
        return out

    def missing_field(self, exists):
        """The first field the scheme reads that a layer lacks, as (indicator name, field) — the
        indicator name None for the exempt field — or None when ``exists(field)`` holds for all."""
        for ind in self.indicators:
            for f in (ind.field, ind.numerator, ind.denominator):
                if f and not exists(f):
                    return ind.name, f
        if self.exempt_field and not exists(self.exempt_field):
            return None, self.exempt_field
        return None


def _number(value, where):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SchemeError("%s 应为数字，现为「%s」" % (where, value))
    return float(value)


def scheme_from_dict(data, source="方案"):
    """Validate a scheme (the parsed JSON) into a :class:`Scheme`; :class:`SchemeError` names the key."""
    if not isinstance(data, dict):
        raise SchemeError("%s：顶层应为 JSON 对象" % source)
    inds = data.get("indicators")
    if not isinstance(inds, list) or not inds:
        raise SchemeError("%s：indicators 应为非空列表" % source)
    out = []
    for i, d in enumerate(inds):
        key = "%s：indicators[%d]" % (source, i)
        if not isinstance(d, dict):
            raise SchemeError("%s 应为对象" % key)
        name = d.get("name")
        if not isinstance(name, str) or not name.strip():
            raise SchemeError("%s.name 缺失或不是文本" % key)
        key = "%s（%s）" % (key, name)
        field, num, den = d.get("field"), d.get("numerator"), d.get("denominator")
        for k, v in (("field", field), ("numerator", num), ("denominator", den)):
            if v is not None and (not isinstance(v, str) or not v.strip()):
                raise SchemeError("%s.%s 应为字段名文本，现为「%s」" % (key, k, v))
        if field is None and (num is None or den is None):
            raise SchemeError("%s 需要 field，或 numerator 与 denominator" % key)
        if field is not None and (num is not None or den is not None):
            raise SchemeError("%s 不能同时给出 field 和 numerator/denominator" % key)
        if "benchmark" not in d:
            raise SchemeError("%s.benchmark 缺失（数字，或 \"mean\" / \"median\"）" % key)
        bench = d["benchmark"]
        if isinstance(bench, str):
            if bench.strip().lower() not in (BENCH_MEAN, BENCH_MEDIAN):
                raise SchemeError("%s.benchmark「%s」应为数字、\"mean\" 或 \"median\"" % (key, bench))
            bench = bench.strip().lower()
        else:
            bench = _number(bench, key + ".benchmark")
            if bench <= 0:
                raise SchemeError("%s.benchmark 应大于0，现为 %s" % (key, d["benchmark"]))
        if "weight" not in d:
            raise SchemeError("%s.weight 缺失" % key)
        weight = _number(d["weight"], key + ".weight")
        cap = d.get("cap")
        if cap is not None:
            cap = _number(cap, key + ".cap")
            if cap <= 0:
                raise SchemeError("%s.cap 应大于0，现为 %s" % (key, d["cap"]))
        out.append(SchemeIndicator(name.strip(), field, num, den, bench, weight, cap))
    missing = data.get("missing", MISSING_UNDETERMINED)
    if missing not in MISSING_RULES:
        raise SchemeError("%s：missing「%s」应为 undetermined、zero 或 average" % (source, missing))
    classes = data.get("classes")
    if not isinstance(classes, dict):
        raise SchemeError("%s：classes 缺失或不是对象" % source)
    method = classes.get("method")
    if method not in (METHOD_RANK, METHOD_SCORE):
        raise SchemeError("%s：classes.method「%s」应为 rank 或 score" % (source, method))
    th = []
    for k in ("A", "B", "C"):
        if k not in classes:
            raise SchemeError("%s：classes.%s 缺失" % (source, k))
        th.append(_number(classes[k], "%s：classes.%s" % (source, k)))
    if method == METHOD_RANK and not (0 < th[0] <= th[1] <= th[2] <= 100):
        raise SchemeError("%s：classes 按名次分类时应有 0 < A ≤ B ≤ C ≤ 100（百分比），现为 %s / %s / %s"
                          % ((source,) + tuple(th)))
    if method == METHOD_SCORE and not th[0] >= th[1] >= th[2]:
        raise SchemeError("%s：classes 按得分分类时应有 A ≥ B ≥ C，现为 %s / %s / %s" % ((source,) + tuple(th)))
    exempt = data.get("exempt")
    ex_field, ex_values = None, ()
    if exempt is not None:
        if not isinstance(exempt, dict):
            raise SchemeError("%s：exempt 应为对象 {\"field\": …, \"values\": […]}" % source)
        ex_field = exempt.get("field")
        if not isinstance(ex_field, str) or not ex_field.strip():
            raise SchemeError("%s：exempt.field 缺失或不是文本" % source)
        values = exempt.get("values")
        if not isinstance(values, list) or not values:
            raise SchemeError("%s：exempt.values 应为非空列表" % source)
        ex_values = tuple(_key(v) for v in values)
    return Scheme(str(data.get("name", "")), tuple(out), missing, method, tuple(th), ex_field, ex_values,
                  str(data.get("description", "")))


def _class_and_rank(scheme, score, exempt, rank, n):
    """(class, rank) of one scored feature: 待核实 without a score, 不定等级 when exempt (no rank),
    else by rank among the ``n`` classed of its group or by score, as the scheme says."""
    if score is None:
        return CLASS_UNDETERMINED, None
    if exempt:
        return CLASS_EXEMPT, None
    cls = (class_for_rank(rank, n, scheme.thresholds) if scheme.method == METHOD_RANK
           else class_for_score(score, scheme.thresholds))
    return cls, rank


def load_scheme(path):
    """Read and validate a scheme JSON file (UTF-8, BOM allowed)."""
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise SchemeError("方案文件 %s 无法读取：%s" % (name, exc)) from exc
    except ValueError as exc:
        raise SchemeError("方案文件 %s 不是有效的 JSON：%s" % (name, exc)) from exc
    return scheme_from_dict(data, "方案文件 %s" % name)


def _key(value):
    """Exempt / group values compared as text: NFKC, stripped; 1.0 → '1'."""
    if is_missing(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


# ---- shared primitives -------------------------------------------------------------------------
def indicator_value(ind, get):
    """(value, note, problems) of one indicator for one enterprise; ``get(field)`` gives a raw value.
    ``note`` explains a missing value (None when present)."""
    problems = []
    if ind.field:
        v, p = parse_number(get(ind.field), ind.field)
        if p:
            problems.append(p)
        return v, (None if v is not None else "字段「%s」为空或不是数字" % ind.field), problems
    num, p1 = parse_number(get(ind.numerator), ind.numerator)
    den, p2 = parse_number(get(ind.denominator), ind.denominator)
    problems.extend(p for p in (p1, p2) if p)
    if num is None:
        return None, "分子「%s」为空或不是数字" % ind.numerator, problems
    if den is None:
        return None, "分母「%s」为空或不是数字" % ind.denominator, problems
    if den == 0:
        return None, "%s ÷ %s：分母为0" % (ind.numerator, ind.denominator), problems
    return num / den, None, problems


def _typed_key(raw):
    """A cache key of a tuple of raw values that keeps 1, 1.0 and "1" apart; None when unhashable."""
    key = tuple((type(r), r) for r in raw)
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _mean(values):
    return math.fsum(values) / len(values) if values else None


def _median(values):
    if not values:
        return None
    s = sorted(values)
    m = len(s) // 2
    return s[m] if len(s) % 2 else (s[m - 1] + s[m]) / 2.0


def class_for_rank(rank, n, thresholds):
    """rank ÷ N ≤ A % → 'A', ≤ B % → 'B', ≤ C % → 'C', else 'D' (compared as rank × 100 ≤ p × N)."""
    for label, pct in zip("ABC", thresholds):
        if rank * 100.0 <= pct * n:
            return label
    return "D"


def class_for_score(score, thresholds):
    for label, limit in zip("ABC", thresholds):
        if score >= limit:
            return label
    return "D"


def _fmt(v):
    text = ("%.4f" % v).rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def _fmt_value(v):
    """Two decimals; small ratios (R&D 占比 0.0412) keep four."""
    v = v + 0.0  # -0.0 prints as 0
    return "%.2f" % v if abs(v) >= 0.995 or v == 0 else "%.4f" % v


def _bench_text(ind, bench):
    if isinstance(ind.benchmark, str):
        return "%s（组%s）" % (_fmt_value(bench), "均值" if ind.benchmark == BENCH_MEAN else "中位数")
    return _fmt(bench)


def _reason(scheme, cls, score, rank, n, group_label, values, benches, notes, exempt_raw, problems):
    """Reason text for one enterprise (plain Python values)."""
    parts = []
    if cls == CLASS_UNDETERMINED:
        parts.append("待核实：" + "；".join(notes))
    else:
        g = ("%s " % group_label) if group_label else ""
        if cls == CLASS_EXEMPT:
            head = "得分 %.2f，不定等级（%s「%s」不参与分类）" % (score, scheme.exempt_field, exempt_raw)
        else:
            head = "得分 %.2f，%s类（%s第%d/%d名）" % (score, cls, g, rank, n)
        parts.append(head)
        present = [(values[j] / benches[j], j) for j in range(len(values)) if values[j] is not None]
        if present:
            best = max(present, key=lambda t: (t[0], -t[1]))[1]
            worst = min(present, key=lambda t: (t[0], t[1]))[1]
            show = lambda j: "%s %s / 基准 %s" % (scheme.indicators[j].name, _fmt_value(values[j]),  # noqa: E731 (a local helper)
                                                 _bench_text(scheme.indicators[j], benches[j]))
            if len(present) == 1:
                parts.append(show(best))
            else:
                parts.append("最强：" + show(best))
                parts.append("最弱：" + show(worst))
        parts.extend(notes)
    parts.extend(p.message for p in problems)
    return "；".join(parts)


def _group_label(key, has_groups):
    if not has_groups:
        return ""
    return key if key else "（空）组"


def _bench_word(ind):
    return {"mean": "组均值", "median": "组中位数"}.get(ind.benchmark, "基准值")


# ---- the evaluation, over columns ---------------------------------------------------------------
def evaluate_columns(scheme, columns, groups=None, counts=None):
    """Evaluate enterprises (rules: module docstring). ``columns`` maps each field of
    :meth:`Scheme.fields` to a sequence (numpy array) of raw values; ``groups``: one raw group
    value per row, or None (one group). ``counts``: kind → number of data problems, first seen
    first (a dict the problems are added to).

    Returns a dict of numpy arrays: ``score`` (float, NaN), ``cls`` / ``reason`` / ``problems``
    (object), ``rank`` / ``n`` (object: int or None; ``n`` the classed enterprises of the group)."""
    import numpy as np
    fields = scheme.fields()
    n_rows = len(columns[fields[0]]) if fields else 0
    k = len(scheme.indicators)
    col = {f: list(columns[f]) for f in fields}
    value_grid = np.full((k, n_rows), np.nan)
    note_grid = [[None] * n_rows for _ in range(k)]
    probs = [[] for _ in range(n_rows)]
    for j, ind in enumerate(scheme.indicators):
        names = [f for f in (ind.field, ind.numerator, ind.denominator) if f]
        # each distinct (typed: 1 and 1.0 print apart) combination of raw values is read once
        hits = map_distinct(list(zip(*[col[f] for f in names])),
                            lambda raw, ind=ind, names=names: indicator_value(ind, dict(zip(names, raw)).get),
                            _typed_key)
        for i, (value, note, problems) in enumerate(hits):
            if value is not None:
                value_grid[j, i] = value
            note_grid[j][i] = note
            if problems:
                probs[i].extend(problems)
    has_groups = groups is not None
    gkeys = np.array(map_distinct(list(groups), _key) if has_groups else [""] * n_rows, dtype=object)
    if scheme.exempt_field:
        exempt = np.array([k in scheme.exempt_values for k in map_distinct(col[scheme.exempt_field], _key)],
                          dtype=bool)
    else:
        exempt = np.zeros(n_rows, dtype=bool)
    score = np.full(n_rows, np.nan)
    cls = np.full(n_rows, None, dtype=object)
    rank = np.full(n_rows, None, dtype=object)
    nn = np.full(n_rows, None, dtype=object)
    reason = np.full(n_rows, None, dtype=object)
    order = []
    for g in gkeys:
        if g not in order:
            order.append(g)
    for g in order:
        idx = np.nonzero(gkeys == g)[0]
        sub = value_grid[:, idx]
        present = ~np.isnan(sub)
        benches = np.full(k, np.nan)
        for j, ind in enumerate(scheme.indicators):
            have = sub[j][present[j]].tolist()
            b = (_mean(have) if ind.benchmark == BENCH_MEAN else _median(have) if ind.benchmark == BENCH_MEDIAN
                 else ind.benchmark)
            if b is not None and b > 0:
                benches[j] = b
        ratios = sub / benches[:, None]
        caps = np.array([np.inf if ind.cap is None else ind.cap for ind in scheme.indicators])[:, None]
        weights = np.array([ind.weight for ind in scheme.indicators])[:, None]
        terms = weights * np.where(ratios > caps, caps, ratios)
        averages = [(_mean(terms[j][present[j]].tolist()) if not np.isnan(benches[j]) else None) for j in range(k)]
        total = np.zeros(len(idx))
        undetermined = np.zeros(len(idx), dtype=bool)
        for j, _ind in enumerate(scheme.indicators):
            if np.isnan(benches[j]):
                undetermined[:] = True
                continue
            if scheme.missing == MISSING_ZERO:
                add = np.where(present[j], terms[j], 0.0)
            elif scheme.missing == MISSING_AVERAGE and averages[j] is not None:
                add = np.where(present[j], terms[j], averages[j])
            else:
                add = np.where(present[j], terms[j], 0.0)
                undetermined |= ~present[j]
            total = total + add
        scores = [None if undetermined[t] else round(float(total[t]), SCORE_DIGITS) for t in range(len(idx))]
        classed = [t for t in range(len(idx)) if scores[t] is not None and not exempt[idx[t]]]
        cscores = np.array([scores[t] for t in classed], dtype=float)
        n = len(classed)
        ranks = {}
        if n:
            # competition rank: 1 + number of classed scores strictly greater
            sorted_desc = np.sort(cscores)[::-1]
            greater = np.searchsorted(-sorted_desc, -cscores, side="left")
            ranks = {t: int(r) + 1 for t, r in zip(classed, greater)}
        bl = [None if np.isnan(b) else float(b) for b in benches]
        pl, sl = present.tolist(), sub.tolist()
        for t, i in enumerate(idx):
            s = scores[t]
            notes = []
            for j, ind in enumerate(scheme.indicators):
                if np.isnan(benches[j]):
                    notes.append("%s组内无有效基准（%s不大于0或无数据）" % (ind.name, _bench_word(ind)))
                elif present[j][t]:
                    continue
                elif scheme.missing == MISSING_ZERO:
                    notes.append("%s缺失（%s），按0分计" % (ind.name, note_grid[j][i]))
                elif scheme.missing == MISSING_AVERAGE and averages[j] is not None:
                    notes.append("%s缺失（%s），按组内平均得分 %.2f 计" % (ind.name, note_grid[j][i], averages[j]))
                else:
                    notes.append("缺少%s（%s）" % (ind.name, note_grid[j][i]))
            c, r = _class_and_rank(scheme, s, exempt[i], ranks.get(t), n)
            exempt_raw = _key(col[scheme.exempt_field][i]) if scheme.exempt_field else ""
            vals = [None if bl[j] is None or not pl[j][t] else sl[j][t] for j in range(k)]
            reason[i] = _reason(scheme, c, s, r, n, _group_label(g, has_groups), vals, bl, notes, exempt_raw,
                                probs[i])
            score[i] = np.nan if s is None else s
            cls[i], rank[i], nn[i] = c, r, (n if r is not None else None)
    problems = np.empty(n_rows, dtype=object)
    for i in range(n_rows):
        problems[i] = probs[i]
        if counts is not None:
            for p in probs[i]:
                counts[p.kind] = counts.get(p.kind, 0) + 1
    return {"score": score, "cls": cls, "rank": rank, "n": nn, "reason": reason, "problems": problems}


def unevaluated_columns(n):
    """The output columns of :func:`evaluate_columns` for ``n`` features that are not evaluated (no
    scheme applies): every value NULL, no problems."""
    import numpy as np
    out = {"score": np.full(n, np.nan), "cls": np.full(n, None, dtype=object), "rank": np.full(n, None, dtype=object),
           "n": np.full(n, None, dtype=object), "reason": np.full(n, None, dtype=object)}
    out["problems"] = np.empty(n, dtype=object)
    for i in range(n):
        out["problems"][i] = []
    return out


#: output field → key of :func:`evaluate_columns`' result
OUTPUT_FIELDS = {"mj_score": "score", "mj_class": "cls", "mj_rank": "rank", "mj_n": "n", "mj_reason": "reason"}


def output_columns(result, start=0, stop=None):
    """The output columns (:data:`OUTPUT_FIELDS`) of rows ``start:stop`` of an evaluation."""
    return {name: result[key][start:stop] for name, key in OUTPUT_FIELDS.items()}


# ---- ledger, summary -----------------------------------------------------------------------------
def ledger_class_flags(values):
    """Which raw ``mj_class`` values are the ledger's class (D) → bool array: 'D', ' d ', 'Ｄ', 'D类'
    yes; anything else (A–C, 不定等级, 待核实, empty, numbers) no."""
    import numpy as np

    def is_d(raw):
        if not isinstance(raw, str):
            return False
        text = unicodedata.normalize("NFKC", raw).strip().upper()
        return text in ("D", "D类") or text.startswith("D类(")
    return np.fromiter((is_d(v) for v in values), dtype=bool, count=len(values))


def summarise(classes, areas_mu=None):
    """{class: [count, 亩]} in :data:`CLASSES` order (classes present only); None / NaN areas count 0."""
    out = {}
    for i, c in enumerate(classes):
        row = out.setdefault(c, [0, 0.0])
        row[0] += 1
        a = areas_mu[i] if areas_mu is not None else None
        if a is not None and a == a:
            row[1] += float(a)
    return {c: out[c] for c in CLASSES if c in out}


def class_label(cls):
    """'A' → 'A类（优先发展）'; 不定等级 / 待核实 unchanged."""
    return "%s类（%s）" % (cls, CLASS_NAMES[cls]) if cls in CLASS_NAMES else cls

"""低效工业用地评价 — scoring of industrial parcels (seed 003 §二(三)1).

Each indicator (亩均税收, 投资强度, 容积率, 建筑系数) earns its weight when its value reaches the
threshold ("低于/小于/少于" fails, so equal passes). The composite score is the sum; a parcel
scoring below the cut-off (0.7) is 粗放用地类 low-efficiency land. In linear mode an indicator
earns ``weight × min(value / threshold, 1)``.

A parcel missing an indicator is undetermined (待核实) and the missing indicators are named.
停建停产类 and 产业转型类 are decided from attributes by the caller (see :func:`classify`).
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from .standards import INDICATORS, INDICATOR_NAMES, INDICATOR_UNITS
from .units import M2_PER_MU

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


def reaches(value, threshold):
    """True when ``value`` reaches ``threshold`` (equal passes), tolerant of float error."""
    return value >= threshold - REL_TOL * max(abs(threshold), 1.0)


def is_below_cutoff(score, cutoff):
    return score < cutoff - SCORE_TOL


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
        "tax_per_mu": None if tax is None else tax / area_mu,
        "invest_per_mu": None if invest is None else invest / area_mu,
        "far": None if floor_area is None else floor_area / area_m2,
        "coverage": None if footprint is None else footprint / area_m2 * 100.0,
    }


@dataclass
class ParcelScore:
    values: Dict[str, Optional[float]]
    thresholds: Dict[str, float]
    points: Dict[str, Optional[float]] = field(default_factory=dict)
    passed: Dict[str, Optional[bool]] = field(default_factory=dict)
    missing: List[str] = field(default_factory=list)
    score: Optional[float] = None
    #: 1 low-efficiency (粗放), 0 not, None undetermined
    extensive: Optional[int] = None
    failures: List[str] = field(default_factory=list)


_LABELS = tuple((k, INDICATOR_NAMES[k], (" " + INDICATOR_UNITS[k]) if INDICATOR_UNITS[k] else "") for k in INDICATORS)


def score_parcel(values, thresholds, weights, cutoff=0.7, mode=BINARY) -> ParcelScore:
    """Score one parcel. ``values`` maps indicator keys to floats or None (missing)."""
    points, passed, missing, failures = {}, {}, [], []
    total = 0.0
    linear = mode == LINEAR
    for key, name, unit in _LABELS:
        value = values.get(key)
        if value is None:
            missing.append(key)
            points[key] = None
            passed[key] = None
            continue
        threshold = thresholds[key]
        weight = weights[key]
        ok = value >= threshold - REL_TOL * (threshold if threshold > 1.0 else 1.0)
        if ok:
            pts = weight
        elif linear:
            pts = weight * (value if value > 0.0 else 0.0) / threshold
        else:
            pts = 0.0
        points[key] = pts
        passed[key] = ok
        total += pts
        if not ok:
            failures.append("%s %s < %s%s" % (name, fmt_below(value, threshold), fmt_threshold(threshold), unit))
    result = ParcelScore(values, thresholds, points, passed, missing)
    result.failures = failures
    if missing:
        return result
    # Round away float noise so the score stays in [0, sum(weights)] and 0.4 + 0.3 == 0.7.
    result.score = round(total, 9)
    result.extensive = 1 if result.score < cutoff - SCORE_TOL else 0
    return result


def score_complete(values, thresholds, weights, cutoff=0.7, mode=BINARY):
    """Fast path of :func:`score_parcel` for a parcel with all four indicators present (nearly
    every row of a real layer). ``values``, ``thresholds`` and ``weights`` are 4-tuples in
    :data:`INDICATORS` order. Returns ``(points, score, extensive, failures)``; same rule, same
    numbers as :func:`score_parcel` (a property test checks it).
    """
    linear = mode == LINEAR
    points = []
    failures = None
    total = 0.0
    for value, threshold, weight, label in zip(values, thresholds, weights, _LABELS):
        if value >= threshold - REL_TOL * (threshold if threshold > 1.0 else 1.0):
            pts = weight
        else:
            pts = weight * (value if value > 0.0 else 0.0) / threshold if linear else 0.0
            if failures is None:
                failures = []
            failures.append("%s %s < %s%s" % (label[1], fmt_below(value, threshold), fmt_threshold(threshold),
                                              label[2]))
        points.append(pts)
        total += pts
    score = round(total, 9)
    return points, score, (1 if score < cutoff - SCORE_TOL else 0), failures or []


def make_scorer(thresholds, weights, cutoff=0.7, mode=BINARY):
    """A :func:`score_complete` bound to one standard's 4-tuples of thresholds and weights, for a
    run's hot loop: the tolerance-adjusted thresholds and labels are prepared once."""
    linear = mode == LINEAR
    prepared = tuple(
        (t - REL_TOL * (t if t > 1.0 else 1.0), t, w, label[1], fmt_threshold(t) + label[2])
        for t, w, label in zip(thresholds, weights, _LABELS))
    limit = cutoff - SCORE_TOL

    def scorer(values):
        points = []
        failures = []
        total = 0.0
        for value, (reach, t, w, name, shown) in zip(values, prepared):
            if value >= reach:
                points.append(w)
                total += w
            else:
                pts = w * (value if value > 0.0 else 0.0) / t if linear else 0.0
                points.append(pts)
                total += pts
                failures.append("%s %s < %s" % (name, fmt_below(value, t), shown))
        score = round(total, 9)
        return points, score, (1 if score < limit else 0), failures
    return scorer


def score_reason(score, extensive, failures, cutoff):
    """The scoring part of a reason: '综合得分 0.45 < 0.7：亩均税收 1.20 < 1.5 万元/亩；…'."""
    if extensive:
        return "综合得分 %.2f < %s：%s" % (score, fmt_threshold(cutoff), "；".join(failures))
    detail = ("；未达标：" + "；".join(failures)) if failures else ""
    return "综合得分 %.2f ≥ %s%s" % (score, fmt_threshold(cutoff), detail)


@dataclass
class Classification:
    flag: Optional[int]
    types: List[str]
    reason: str

    @property
    def type_text(self):
        return "、".join(self.types) if self.types else None


def classify(score: ParcelScore, cutoff, halted_note=None, transform_note=None, extra_notes=()):
    """Combine the score with the attribute-decided types into flag, types and a reason.

    ``halted_note`` / ``transform_note`` are Chinese sentences when the parcel is 停建停产类 /
    产业转型类 (decided from the status and industry-code fields), else None. A parcel of either
    type is low-efficiency even when its indicators are missing.
    """
    types = []
    parts = []
    if halted_note:
        types.append(TYPE_HALTED)
        parts.append(halted_note)
    if transform_note:
        types.append(TYPE_TRANSFORM)
        parts.append(transform_note)
    if score.missing:
        missing = "、".join(INDICATOR_NAMES[k] for k in score.missing)
        if types:
            flag = 1
            parts.append("粗放用地指标缺失（%s），未评分" % missing)
        else:
            flag = None
            types = [TYPE_UNDETERMINED]
            parts.append("待核实：缺少%s" % missing)
            if score.failures:
                parts.append("已知不达标：" + "；".join(score.failures))
    else:
        if score.extensive:
            types.append(TYPE_EXTENSIVE)
        parts.append(score_reason(score.score, score.extensive, score.failures, cutoff))
        flag = 1 if types else 0
    parts.extend(n for n in extra_notes if n)
    return Classification(flag=flag, types=types, reason="；".join(parts))


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

"""Messy attribute values → numbers, or a named :class:`Problem`.

Users' tables hold numbers as text (``1,234.5``), in full-width digits (``１２３．５``), with a
trailing ``%``, or as placeholders (``N/A``, ``－``, ``无``). The functions here turn one raw
value into ``(value, problem)``:

* ``(number, None)`` — parsed;
* ``(None, None)``   — missing (None, QGIS NULL, empty or blank text): not a problem in itself,
  the caller decides whether the value was needed;
* ``(None, Problem)`` — present but unusable; the problem is a Chinese sentence naming the field
  and the raw value, e.g. ``字段「用地面积」值「N/A」不是数字，按缺失处理``.

Nothing here raises on bad data. Pure Python (stdlib only), except the columnar form
:func:`parse_number_array` (numpy).
"""
import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Optional, Tuple

__all__ = [
    "Problem",
    "NOT_NUMBER", "NOT_FINITE", "BAD_DATE", "NON_POSITIVE_AREA", "FRACTION_PERCENT",
    "PERCENT_AS_RATIO", "OUT_OF_RANGE", "BAD_TEXT", "EMPTY_GEOMETRY", "INVALID_GEOMETRY",
    "make_problem", "is_missing", "raw_text",
    "parse_number", "parse_ratio", "parse_number_array",
    "detect_fraction_percent",
    "value_key", "map_distinct",
]

# Problem kinds (稳定的英文键，便于程序判断；给人看的是 message)
NOT_NUMBER = "not_number"               # 文本不是数字（含 N/A、－、无 等占位符）
NOT_FINITE = "not_finite"               # NaN / 无穷大
BAD_DATE = "bad_date"                   # 不是可识别的日期 / 不存在的日期
NON_POSITIVE_AREA = "non_positive_area"  # 面积为 0 或负数
FRACTION_PERCENT = "fraction_percent"   # 百分数字段里存的是小数（0.45 表示 45%）
PERCENT_AS_RATIO = "percent_as_ratio"   # 比例字段（0–1）里存的是百分数（45 表示 0.45）
OUT_OF_RANGE = "out_of_range"           # 数值超出允许范围（如比例为负或大于 100%）
BAD_TEXT = "bad_text"                   # 文本取值无法识别（如供地状态「待定」）
# kinds of a whole row's geometry (no field)
EMPTY_GEOMETRY = "empty_geometry"       # 几何为空或 NULL
INVALID_GEOMETRY = "invalid_geometry"   # 几何无效（已修复，或无法修复）


@dataclass(frozen=True)
class Problem:
    """A data problem found in one value.

    ``kind``    one of the module constants (``not_number``, ``bad_date``, …);
    ``field``   the field (column) name as the user knows it;
    ``raw``     the raw value as text;
    ``message`` a complete Chinese sentence naming field and value — what users see.

    ``str(problem)`` is the message, so problems can be joined into a reason text directly.
    """
    kind: str
    field: str
    raw: str
    message: str

    def __str__(self):
        return self.message


def raw_text(raw, limit=60):
    """The raw value as short text for messages (long values are cut with …)."""
    text = raw if isinstance(raw, str) else repr(raw) if isinstance(raw, float) else str(raw)
    text = text.replace("\n", " ").replace("\r", " ")
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    return text


def value_key(raw):
    """``(type, value)`` — a key under which equal raw values of one type meet (1 and 1.0 and
    "1" stay apart) — or None for an unhashable value."""
    try:
        hash(raw)
    except TypeError:
        return None
    return (type(raw), raw)


def map_distinct(values, fn, key=value_key):
    """``[fn(v) for v in values]``, calling ``fn`` once per distinct ``key(v)`` (a layer repeats
    its values: codes, dates, names). ``key`` returning None: ``fn`` is called for that value."""
    cache = {}
    out = []
    for raw in values:
        k = key(raw)
        if k is None:
            out.append(fn(raw))
            continue
        try:
            hit = cache[k]
        except KeyError:
            hit = cache[k] = fn(raw)
        out.append(hit)
    return out


def make_problem(kind, field, raw, tail):
    """Problem whose message is ``字段「field」值「raw」`` + ``tail``."""
    raw_s = raw_text(raw)
    return Problem(kind, str(field), raw_s, "字段「%s」值「%s」%s" % (field, raw_s, tail))


def _is_null_object(raw):
    """QGIS NULL (QVariant), QDate() etc.: objects with an ``isNull()`` that says True."""
    is_null = getattr(raw, "isNull", None)
    if callable(is_null):
        try:
            return bool(is_null())
        except Exception:  # noqa: BLE001 — a foreign object; treat as not null
            return False
    return False


def is_missing(raw):
    """True for None, QGIS NULL, and empty / whitespace-only text."""
    if raw is None:
        return True
    if isinstance(raw, str):
        return unicodedata.normalize("NFKC", raw).strip() == ""
    return _is_null_object(raw)


#: Placeholders people type for "no value". They are reported (the value is not a number) and
#: then treated as missing. Compared after NFKC + upper-case + removing spaces.
PLACEHOLDERS = frozenset([
    "N/A", "NA", "N.A.", "#N/A", "NULL", "NONE", "NIL", "-", "--", "---", "—", "——", "–", "_",
    "/", "\\", "无", "空", "暂无", "不详", "未知", "?", "??", "…", "...", "X",
])

_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")
_PLAIN = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def _clean_text(raw):
    """NFKC (full-width → half-width), unify minus signs, drop all whitespace."""
    text = unicodedata.normalize("NFKC", raw)
    text = text.replace("\u2212", "-")  # 数学减号 − → -
    return re.sub(r"\s+", "", text)


def parse_number(raw, field_name) -> Tuple[Optional[float], Optional[Problem]]:
    """Parse one value to ``float``.

    Accepted: int / float / Decimal; text with spaces, thousands separators (``1,234.5``;
    also the full-width comma ``，``), full-width digits and punctuation (``１２３．５``),
    a leading sign, exponent (``1e3``), and a trailing ``%`` (``45%`` → 45.0: the number as
    written; :func:`parse_ratio` divides by 100).

    Missing (None / NULL / blank) → ``(None, None)``. Placeholders (``N/A``, ``－``, ``无``,
    ``/``, ``null`` …) and any other text → ``(None, Problem(not_number))`` "…不是数字，按缺失处理".
    NaN / ±inf → ``(None, Problem(not_finite))``. Booleans are not numbers.
    """
    if is_missing(raw):
        return None, None
    if isinstance(raw, bool):
        return None, make_problem(NOT_NUMBER, field_name, raw, "不是数字，按缺失处理")
    if isinstance(raw, (int, float, Decimal)):
        try:
            value = float(raw)
        except (OverflowError, ValueError):
            return None, make_problem(NOT_FINITE, field_name, raw, "不是有限数值，按缺失处理")
        if not math.isfinite(value):
            return None, make_problem(NOT_FINITE, field_name, raw, "不是有限数值，按缺失处理")
        return value, None
    if not isinstance(raw, str):
        # 其他对象（如 QVariant 包着的数）：按文本再试一次
        raw_s = str(raw)
    else:
        raw_s = raw
    text = _clean_text(raw_s)
    if text.upper() in PLACEHOLDERS or text in PLACEHOLDERS:
        return None, make_problem(NOT_NUMBER, field_name, raw, "不是数字，按缺失处理")
    if text.endswith("%"):
        text = text[:-1]
    if _THOUSANDS.match(text):
        text = text.replace(",", "")
    if not _PLAIN.match(text):
        return None, make_problem(NOT_NUMBER, field_name, raw, "不是数字，按缺失处理")
    try:
        value = float(text)
    except ValueError:  # pragma: no cover — _PLAIN already checked
        return None, make_problem(NOT_NUMBER, field_name, raw, "不是数字，按缺失处理")
    if not math.isfinite(value):
        return None, make_problem(NOT_FINITE, field_name, raw, "不是有限数值，按缺失处理")
    return value, None


def parse_ratio(raw, field_name) -> Tuple[Optional[float], Optional[Problem]]:
    """Parse a ratio that must lie in 0–1 (e.g. 已开发面积比例, 已投资比例).

    * text ending in ``%`` is divided by 100 (``45%`` → 0.45), silently;
    * a number in 0–1 is taken as is;
    * a number above 1.5 and at most 100 is read as a percentage (45 → 0.45) and reported
      with kind ``percent_as_ratio`` — the value is still returned (converted);
    * a number in (1, 1.5] is ambiguous (an over-100% ratio, or 1.2 meaning 1.2%): returned
      unchanged with an ``out_of_range`` problem asking to check it;
    * negative or above 100 → ``(None, Problem(out_of_range))``.

    """
    value, problem = parse_number(raw, field_name)
    if value is None:
        return None, problem
    is_percent_text = isinstance(raw, str) and _clean_text(raw).endswith("%")
    if is_percent_text:
        value = value / 100.0
    if value < 0 or value > 100 or (is_percent_text and value > 1):
        return None, make_problem(OUT_OF_RANGE, field_name, raw,
                                  "超出比例的取值范围（0–1 或 0%–100%），按缺失处理")
    if value > 1 and value <= 1.5:
        # 1–1.5：既可能是略超 100% 的比例，也可能是 1.2% 写成了 1.2；按原值使用并提示核实
        return value, make_problem(OUT_OF_RANGE, field_name, raw, "大于1，按原值使用，请核实")
    if value > 1:
        converted = value / 100.0
        return converted, make_problem(
            PERCENT_AS_RATIO, field_name, raw,
            "大于1，按百分数理解为 %s" % _fmt_ratio(converted))
    return value, None


def _fmt_ratio(value):
    return ("%.4f" % value).rstrip("0").rstrip(".")


def _finite_values(values: Iterable):
    out = []
    for v in values:
        if v is None or isinstance(v, bool):
            continue
        try:
            f = float(v)
        except (TypeError, ValueError):
            continue
        if math.isfinite(f):
            out.append(f)
    return out


def detect_fraction_percent(values: Iterable) -> bool:
    """A percent column (0–100) that holds fractions (0.45 for 45%)?

    True when every non-null value lies in [0, 1.0] and at least one is above 0. The caller
    then multiplies the column by 100 and reports a ``fraction_percent`` problem once.
    (A real percentage column whose values all lie in 0–1% is implausible for the indicators
    involved, e.g. 建筑系数.)
    """
    vals = _finite_values(values)
    if not vals:
        return False
    return all(0.0 <= v <= 1.0 for v in vals) and any(v > 0 for v in vals)


_PLAIN_NUMBER_TYPES = frozenset((float, int, type(None)))


def parse_number_array(raw, field_name):
    """Columnar :func:`parse_number`: ``(values, problems)``.

    ``raw``: a sequence or numpy array of raw values (an object array with None, text numbers,
    placeholders …; or a numeric array). ``values`` is a float64 array with NaN where
    :func:`parse_number` gives None; ``problems`` maps the row index to its :class:`Problem`
    (only rows with a problem). Row ``i`` is exactly ``parse_number(raw[i], field_name)``, except
    that in a **float** array NaN is NULL (that is how numpy and pandas hold a missing number), so
    it gives no problem; ±inf there is ``not_finite`` as in the row form.
    """
    import numpy as np
    if isinstance(raw, np.ndarray) and raw.dtype.kind in "fiu":
        values = raw.astype(np.float64)  # a copy
        bad = np.flatnonzero(np.isinf(values))
        problems = {}
        for i in bad.tolist():
            problems[i] = parse_number(float(values[i]), field_name)[1]
            values[i] = np.nan
        return values, problems
    items = raw.tolist() if isinstance(raw, np.ndarray) else list(raw)
    n = len(items)
    _float = float
    kinds = set(map(type, items))
    if kinds <= _PLAIN_NUMBER_TYPES:
        # only Python floats, ints and None: numpy converts them (None → NaN) exactly as float()
        try:
            values = np.array(items, dtype=np.float64)
        except OverflowError:  # an int beyond float range: the general path reports it
            values = None
        if values is not None:
            problems = {}
            if float in kinds:
                for i in np.flatnonzero(~np.isfinite(values)).tolist():
                    if items[i] is not None:  # a NaN or ±inf object
                        problems[i] = parse_number(items[i], field_name)[1]
                        values[i] = np.nan
            return values, problems
    # the common case: clean finite Python floats (v - v == 0 is False for NaN and ±inf)
    values = np.fromiter((v if type(v) is _float and v - v == 0 else np.nan for v in items),
                         np.float64, n)
    problems = {}
    for i, v in enumerate(items):
        if type(v) is _float and v - v == 0:
            continue
        value, problem = parse_number(v, field_name)
        if value is not None:
            values[i] = value
        if problem is not None:
            problems[i] = problem
    return values, problems


def round_half_away(values, decimals):
    """Round a float array to ``decimals`` places, halves away from zero, exactly as QGIS stores a
    double in a field of that precision (``QgsField.convertCompatible``: ``floor(v·10ⁿ + 0.5) / 10ⁿ``,
    ``ceil(v·10ⁿ − 0.5) / 10ⁿ`` below 0). LandPlan's numeric output fields have precision 4, so an
    engine writing outputs without QGIS rounds with this to give the same stored numbers. NaN stays."""
    import numpy as np
    s = 10.0 ** decimals
    with np.errstate(invalid="ignore", over="ignore"):
        d = np.asarray(values, dtype=np.float64) * s
        return np.where(d < 0, np.ceil(d - 0.5), np.floor(d + 0.5)) / s

"""Dates from messy attributes → ``datetime.date``, or a named :class:`~.values.Problem`.

:func:`parse_date` returns ``(date, None)``, ``(None, None)`` for a missing value, or
``(None, Problem)`` for a value that is present but not a date. It never raises.

Accepted inputs
---------------
* ``datetime.date`` and ``datetime.datetime`` (the time is dropped);
* Qt objects, duck-typed (no Qt import): anything with ``isNull()`` returning True is missing
  (QGIS NULL, ``QDate()``); ``isValid()`` returning False is a problem; otherwise
  ``toPyDateTime()`` (QDateTime) or ``toPyDate()`` (QDate) is used;
* text (full-width digits/punctuation and spaces are normalised first, NFKC):

  ========================  ====================================================
  ``2021-03-05``            also ``2021-3-5``; separators ``-`` ``/`` ``.``, the same
                            separator twice (``2021/3/5``, ``2021.3.5``)
  ``2021-03-05 10:20:30``   any of the above followed by a time ``h:mm[:ss[.ffffff]]``
  ``2021-03-05T10:20:30``   ISO 8601, optional ``Z`` or ``+08:00`` — the date is taken as
                            written, no time-zone conversion
  ``2021年3月5日``          also ``号`` for ``日``, the day mark may be left out, spaces
                            anywhere, full-width digits (``２０２１年３月５日``), a time after it
  ``20210305``              8 digits = yyyymmdd (year 1900–2999)
  ``44260``                 numeric text = Excel serial (see below)
  ========================  ====================================================

* numbers (int / float / Decimal, or numeric text):

  - an integer of 8 digits is yyyymmdd (``20210305``);
  - otherwise a number in 1–2958465 is an **Excel serial** of the 1900 date system, with
    Excel's (Lotus 1-2-3's) leap-year bug: serial 1 = 1900-01-01, 59 = 1900-02-28, **60 is the
    non-existent 1900-02-29 and is rejected**, 61 = 1900-03-01, 44260 = 2021-03-05; a fraction
    (time of day) is dropped;
  - an integer from 1900 to 2100 alone is rejected as "only a year" (as a serial it would be a
    date in 1905, which nobody means).

Not accepted (reported as problems): day-first or month-first forms like ``5/3/2021`` (ambiguous),
year–month only (``2021-03``, ``2021年3月``), Chinese numerals (``二〇二一年``), impossible dates
(``2021-02-30``), placeholders (``待定``, ``N/A``), booleans.

Also :func:`add_years` and :func:`full_years_between`, used by the 闲置土地 and 批而未供 rules
("满一年": 2020-03-05 → 2021-03-05 is one full year; a start on 29 February reaches its
anniversary on 28 February in common years), and :func:`reference_date` (the 基准日 of an
assessment: None → today).
"""
import calendar
import datetime as _dt
import math
import re
import unicodedata
from decimal import Decimal
from typing import Optional, Tuple

from .values import BAD_DATE, Problem, is_missing, make_problem

__all__ = [
    "parse_date", "excel_serial_to_date", "add_years", "full_years_between", "reference_date", "AsOfError",
    "EXCEL_SERIAL_MIN", "EXCEL_SERIAL_MAX",
]

EXCEL_SERIAL_MIN = 1
EXCEL_SERIAL_MAX = 2958465  # 9999-12-31
_EXCEL_EPOCH = _dt.date(1899, 12, 30)  # serial 61 → 1900-03-01 from this base
_YEAR_ONLY = (1900, 2100)

_TIME = r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_RE_SEP = re.compile(r"^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})" + _TIME + r"$")
_RE_CN = re.compile(
    r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?"
    r"(?:\s*\d{1,2}\s*[:时]\s*\d{1,2}\s*(?:[:分]\s*(?:\d{1,2}\s*秒?)?)?)?$")
_RE_YMD8 = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_RE_NUMERIC = re.compile(r"^\d+(?:\.\d+)?$")


def _bad(field_name, raw, tail="不是可识别的日期，按缺失处理"):
    return None, make_problem(BAD_DATE, field_name, raw, tail)


def _make_date(field_name, raw, y, m, d):
    try:
        return _dt.date(int(y), int(m), int(d)), None
    except ValueError:
        return _bad(field_name, raw, "不是有效日期（%s年%s月没有%s日），按缺失处理"
                    % (int(y), int(m), int(d)) if 1 <= int(m) <= 12
                    else "不是有效日期（月份%s不存在），按缺失处理" % int(m))


def excel_serial_to_date(serial) -> Optional[_dt.date]:
    """Excel 1900-system serial → date, or None when out of range or the phantom 1900-02-29.

    A fractional part (time of day) is dropped.
    """
    try:
        n = math.floor(float(serial))
    except (TypeError, ValueError, OverflowError):
        return None
    if n < EXCEL_SERIAL_MIN or n > EXCEL_SERIAL_MAX or n == 60:
        return None
    if n < 60:
        # 1900-01-01 … 1900-02-28: Excel 把 1900 年当作闰年，60 之前的序号比真实天数少错一天
        return _dt.date(1899, 12, 31) + _dt.timedelta(days=n)
    return _EXCEL_EPOCH + _dt.timedelta(days=n)


def _from_number(value, field_name, raw):
    """int/float value (already finite) → date via yyyymmdd or Excel serial."""
    if value != value or value in (float("inf"), float("-inf")):
        return _bad(field_name, raw, "不是有效日期，按缺失处理")
    is_integral = float(value).is_integer()
    if is_integral and 10000000 <= value <= 99999999:
        m = _RE_YMD8.match("%d" % int(value))
        y = int(m.group(1))
        if not 1900 <= y <= 2999:
            return _bad(field_name, raw, "不是有效日期（8位数字按年月日理解，年份不合理），按缺失处理")
        return _make_date(field_name, raw, m.group(1), m.group(2), m.group(3))
    if is_integral and _YEAR_ONLY[0] <= value <= _YEAR_ONLY[1]:
        return _bad(field_name, raw, "只有年份，不是完整日期，按缺失处理")
    if value < EXCEL_SERIAL_MIN or value >= EXCEL_SERIAL_MAX + 1:
        return _bad(field_name, raw, "不是有效日期（不在 Excel 日期序号范围内），按缺失处理")
    if math.floor(value) == 60:
        return _bad(field_name, raw, "是 Excel 日期序号60，对应不存在的1900-02-29，按缺失处理")
    return excel_serial_to_date(value), None


def parse_date(raw, field_name) -> Tuple[Optional[_dt.date], Optional[Problem]]:
    """Parse one attribute value to a ``datetime.date`` (formats: see the module docstring).

    Returns ``(date, None)``; ``(None, None)`` when missing (None, NULL, blank text, null
    QDate); ``(None, Problem)`` when present but not a valid date — the problem names the
    field and the raw value, e.g. ``字段「实际动工日期」值「待定」不是可识别的日期，按缺失处理``.
    """
    if raw is None:
        return None, None
    if isinstance(raw, _dt.datetime):
        return raw.date(), None
    if isinstance(raw, _dt.date):
        return raw, None
    if isinstance(raw, bool):
        return _bad(field_name, raw)
    if isinstance(raw, (int, float, Decimal)):
        try:
            value = float(raw)
        except (OverflowError, ValueError):
            return _bad(field_name, raw)
        return _from_number(value, field_name, raw)
    if isinstance(raw, str):
        return _parse_text(raw, field_name)
    # Qt 对象（QDate / QDateTime / QVariant），按鸭子类型处理，不导入 Qt
    if is_missing(raw):
        return None, None
    is_valid = getattr(raw, "isValid", None)
    if callable(is_valid):
        try:
            valid = bool(is_valid())
        except Exception:
            valid = True
        if not valid:
            return _bad(field_name, raw, "不是有效日期，按缺失处理")
    for attr in ("toPyDateTime", "toPyDate"):
        conv = getattr(raw, attr, None)
        if callable(conv):
            try:
                value = conv()
            except Exception:
                return _bad(field_name, raw)
            if isinstance(value, _dt.datetime):
                return value.date(), None
            if isinstance(value, _dt.date):
                return value, None
    return _parse_text(str(raw), field_name, raw)


def _parse_text(text, field_name, raw=None):
    raw = text if raw is None else raw
    s = unicodedata.normalize("NFKC", text).strip()
    if not s:
        return None, None
    s = re.sub(r"\s+", " ", s)
    m = _RE_SEP.match(s)
    if m:
        return _make_date(field_name, raw, m.group(1), m.group(3), m.group(4))
    m = _RE_CN.match(s)
    if m:
        return _make_date(field_name, raw, m.group(1), m.group(2), m.group(3))
    compact = s.replace(" ", "")
    m = _RE_YMD8.match(compact)
    if m:
        if not 1900 <= int(m.group(1)) <= 2999:
            return _bad(field_name, raw, "不是有效日期（8位数字按年月日理解，年份不合理），按缺失处理")
        return _make_date(field_name, raw, m.group(1), m.group(2), m.group(3))
    if _RE_NUMERIC.match(compact):
        return _from_number(float(compact), field_name, raw)
    return _bad(field_name, raw)


def add_years(d: _dt.date, n: int) -> _dt.date:
    """``d`` plus ``n`` calendar years; 29 February → 28 February in a common year."""
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 2 月 29 日 → 平年 2 月 28 日
        return d.replace(year=d.year + n, day=28)


def add_months(d: _dt.date, n: int) -> _dt.date:
    """``d`` + ``n`` calendar months; a day the month lacks becomes its last day (01-31 + 1 → 02-28)."""
    y, m = divmod(d.month - 1 + int(n), 12)
    year, month = d.year + y, m + 1
    return _dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def full_years_between(start: _dt.date, end: _dt.date) -> int:
    """Number of full years from ``start`` to ``end``: the largest n with
    ``add_years(start, n) <= end``.

    2020-03-05 → 2021-03-04 is 0, → 2021-03-05 is 1 ("满一年" on the anniversary);
    2020-02-29 → 2021-02-28 is 1. When ``end`` is before ``start`` the result is negative
    (the same count taken backwards, with a minus sign).
    """
    if end < start:
        return -full_years_between(end, start)
    n = end.year - start.year
    if n > 0 and add_years(start, n) > end:
        n -= 1
    return n


class AsOfError(ValueError):
    """A reference date (基准日) that is given but is not a date; ``raw`` is the text given."""

    def __init__(self, raw):
        super().__init__("基准日 %r 不是日期（例如 2024-12-31）" % (raw,))
        self.raw = raw


def reference_date(as_of):
    """The reference date (基准日) of a run as ``datetime.date``: None or blank → today (the day
    of the run); a date or datetime → its date; any text :func:`parse_date` reads → that date.
    Anything else raises :class:`AsOfError` — an unreadable 基准日 is never silently today."""
    if as_of is None or (isinstance(as_of, str) and not as_of.strip()):
        return _dt.date.today()
    if isinstance(as_of, _dt.datetime):
        return as_of.date()
    if isinstance(as_of, _dt.date):
        return as_of
    value = parse_date(as_of, "基准日")[0]
    if value is None:
        raise AsOfError(as_of)
    return value


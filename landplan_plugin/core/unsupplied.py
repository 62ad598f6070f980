"""批而未供 — approved but unsupplied land, attribute mode (SPEC §3.3; seeds 001, 003, 004).

Land whose conversion / expropriation was approved (农用地转用、土地征收批准) but which has not
been supplied (出让 or 划拨) by the reference date ``as_of``. In attribute mode one record holds
the approval date and a supply date and/or a supply status. (Spatial mode — approved area not
covered by supply polygons — is geometry work done by the Processing algorithm; it can feed
its areas to :func:`summarise_by_year`.)

Rule of :func:`assess_unsupplied`, in order:

1. approval date missing or unreadable → undetermined (flag None);
2. approval date after ``as_of`` → 0 (not yet approved at the reference date);
3. supply status says partly supplied (部分供应 / 部分供地) → 1 with ``partial`` True: the
   remaining part is unsupplied (the area has to be reduced by the supplied part — spatial mode
   does that); this holds even when a supply date is present (it dates the partial supply);
4. a supply date on or before ``as_of`` → 0 (supplied); after ``as_of`` → 1 (not yet supplied
   at the reference date). **The date wins over the status text**;
5. an unreadable supply date and no usable status → undetermined;
6. no supply date: the status decides — 未供/未供应/未供地/否/无/不 … → 1;
   已供/已供应/供应/供地/出让/划拨/是 → 0 (the reason notes that without a date it cannot be
   checked against ``as_of``); unrecognised status text → undetermined;
7. neither date nor status → 1 (no supply recorded).

Years: ``age_years`` = full years since approval plus the fraction of the current year
(counted from the last anniversary), truncated to 2 decimals — so it never shows 2.00 before
the second anniversary;
``unsup_yrs`` = full years since approval (:func:`~.dates.full_years_between`), given when
flagged (1), else None.

已批未供即用 (approved, not supplied, already in use; seeds 003/004): ``in_use_flag`` is 1 when
flagged and ``in_use`` is true (是/已使用/在用/1/True …), 0 when flagged and not in use or when
not flagged, None when ``in_use`` was not given or unreadable.
"""
import datetime as _dt
from dataclasses import dataclass, field
from typing import Iterable, List, Mapping, Optional

from .dates import reference_date, add_years, full_years_between, parse_date
from .units import M2_PER_HA, M2_PER_MU
from .values import BAD_TEXT, Problem, is_missing, make_problem

__all__ = [
    "UnsuppliedResult", "assess_unsupplied", "classify_supply_status", "parse_yes_no",
    "YearSummary", "summarise_by_year", "summarise_total",
    "STATUS_SUPPLIED", "STATUS_UNSUPPLIED", "STATUS_PARTIAL",
]

STATUS_SUPPLIED = "已供"
STATUS_UNSUPPLIED = "未供"
STATUS_PARTIAL = "部分供应"

_DAYS_PER_YEAR = 365.2425

_PARTIAL_WORDS = ("部分",)
_NO_WORDS = ("未", "否", "无", "不", "没")
_YES_WORDS = ("已供", "供应", "供地", "出让", "划拨", "是")


def classify_supply_status(text) -> Optional[str]:
    """Supply status text → '已供' / '未供' / '部分供应', or None when empty or unrecognised.

    Also accepts booleans and 1/0 (1 = supplied).
    """
    if text is None or is_missing(text):
        return None
    if isinstance(text, bool):
        return STATUS_SUPPLIED if text else STATUS_UNSUPPLIED
    if isinstance(text, (int, float)):
        if text == 1:
            return STATUS_SUPPLIED
        if text == 0:
            return STATUS_UNSUPPLIED
        return None
    s = str(text).strip().upper()
    if s in ("Y", "YES", "TRUE", "1"):
        return STATUS_SUPPLIED
    if s in ("N", "NO", "FALSE", "0"):
        return STATUS_UNSUPPLIED
    if any(w in s for w in _PARTIAL_WORDS):
        return STATUS_PARTIAL
    if any(w in s for w in _NO_WORDS):
        return STATUS_UNSUPPLIED
    if any(w in s for w in _YES_WORDS):
        return STATUS_SUPPLIED
    return None


def parse_yes_no(value) -> Optional[bool]:
    """是/否-style value → True / False, None when empty or unrecognised.

    True: 是, 已使用, 在用, 使用, 有, Y, YES, TRUE, 1; False: 否, 未使用, 无, 没有, N, NO, FALSE, 0.
    """
    if value is None or is_missing(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        if value == 1:
            return True
        if value == 0:
            return False
        return None
    s = str(value).strip().upper()
    if s in ("Y", "YES", "TRUE", "1", "T"):
        return True
    if s in ("N", "NO", "FALSE", "0", "F"):
        return False
    if any(w in s for w in ("否", "未", "无", "没", "不")):
        return False
    if any(w in s for w in ("是", "用", "有", "占")):
        return True
    return None


@dataclass
class UnsuppliedResult:
    """Outcome for one approval record.

    ``flag``           1 unsupplied at as_of, 0 not (supplied, or not yet approved), None
                       undetermined;
    ``unsup_yrs``      full years since approval when flagged, else None;
    ``age_years``      years since approval (float, 2 decimals) when approved by as_of;
    ``approval_year``  year of the approval date (the cohort), or None;
    ``partial``        True when the status says partly supplied;
    ``in_use_flag``    1 已批未供即用, 0 not, None unknown;
    ``reason``         Chinese text; ``problems`` problems found in the inputs.
    """
    flag: Optional[int] = None
    unsup_yrs: Optional[int] = None
    age_years: Optional[float] = None
    approval_year: Optional[int] = None
    partial: bool = False
    in_use_flag: Optional[int] = None
    reason: str = ""
    problems: List[Problem] = field(default_factory=list)


def assess_unsupplied(as_of, approval_date, supply_date=None, supply_status=None, in_use=None,
                      names=None) -> UnsuppliedResult:
    """Decide whether one approval record is 批而未供 at ``as_of`` (rules: module docstring).

    Dates may be ``datetime.date`` or raw values (parsed with :func:`~.dates.parse_date`);
    ``supply_status``: status text (已供 / 未供 / 部分供应 …) or bool; ``in_use``: 是/否 or bool.
    ``as_of`` None → today. ``names`` overrides message field names, keys ``approval_date``,
    ``supply_date``, ``supply_status``, ``in_use``.
    """
    n = {"approval_date": "批准日期", "supply_date": "供地日期", "supply_status": "供地状态",
         "in_use": "是否使用"}
    if names:
        n.update(names)
    as_of = reference_date(as_of)

    res = UnsuppliedResult()
    approval, approval_bad = parse_date(approval_date, n["approval_date"])
    supply, supply_bad = parse_date(supply_date, n["supply_date"])
    for p in (approval_bad, supply_bad):
        if p is not None:
            res.problems.append(p)
    status = classify_supply_status(supply_status)
    status_given = not (supply_status is None or is_missing(supply_status))
    if status_given and status is None:
        res.problems.append(make_problem(BAD_TEXT, n["supply_status"], supply_status,
                                         "不是可识别的供地状态（已供/未供/部分供应）"))
    use = parse_yes_no(in_use)
    if use is None and not (in_use is None or is_missing(in_use)):
        res.problems.append(make_problem(BAD_TEXT, n["in_use"], in_use,
                                         "不是可识别的是/否取值，按未知处理"))

    if approval is None:
        res.reason = "待核实：%s%s，无法判定" % (
            n["approval_date"], "「%s」无法识别" % approval_bad.raw if approval_bad else "为空")
        return res
    res.approval_year = approval.year
    if approval > as_of:
        res.flag = 0
        res.reason = "批准日期 %s 晚于基准日 %s，基准日时尚未批准" % (approval, as_of)
        return res
    res.age_years = age_years(approval, as_of)
    approved = "%s批准" % approval

    def flagged(text):
        res.flag = 1
        res.unsup_yrs = full_years_between(approval, as_of)
        res.reason = "%s，%s；至基准日 %s 已批 %d 年未供（%.2f年）" % (
            approved, text, as_of, res.unsup_yrs, res.age_years)
        if use is True:
            res.in_use_flag = 1
            res.reason += "；已批未供即用"
        elif use is False:
            res.in_use_flag = 0
        return res

    def not_flagged(text):
        res.flag = 0
        res.in_use_flag = None if use is None else 0
        res.reason = "%s，%s" % (approved, text)
        return res

    if status == STATUS_PARTIAL:
        res.partial = True
        note = "（%s供应部分）" % supply if supply is not None else ""
        return flagged("供地状态「%s」%s，剩余部分未供，面积应扣除已供部分"
                       % (supply_status, note))
    if supply is not None:
        if supply <= as_of:
            note = "（供地日期早于批准日期，请核实）" if supply < approval else ""
            return not_flagged("%s已供地%s" % (supply, note))
        return flagged("供地日期 %s 晚于基准日，基准日时未供" % supply)
    if supply_bad is not None and status is None:
        res.reason = "待核实：%s「%s」无法识别，且无可用的供地状态" % (n["supply_date"], supply_bad.raw)
        return res
    if status == STATUS_SUPPLIED:
        return not_flagged("供地状态「%s」为已供（无供地日期，未按基准日核对）" % supply_status)
    if status == STATUS_UNSUPPLIED:
        return flagged("供地状态「%s」" % supply_status)
    if status_given:
        res.reason = "待核实：%s「%s」无法识别，且无供地日期" % (n["supply_status"], supply_status)
        return res
    return flagged("无供地日期")


@dataclass
class YearSummary:
    """Totals for one approval year (``year`` None = year unknown).

    ``count`` records; ``unsupplied_count`` flagged; ``undetermined_count`` undetermined;
    areas in m² with 亩 / 公顷 properties; ``rate`` = 批而未供率 = unsupplied ÷ approved area
    (0–1, None when the approved area is 0); ``in_use_count`` 已批未供即用 records.
    """
    year: Optional[int]
    count: int = 0
    unsupplied_count: int = 0
    undetermined_count: int = 0
    in_use_count: int = 0
    approved_m2: float = 0.0
    unsupplied_m2: float = 0.0

    @property
    def label(self):
        return "年份不详" if self.year is None else "%d年" % self.year

    @property
    def approved_mu(self):
        return self.approved_m2 / M2_PER_MU

    @property
    def approved_ha(self):
        return self.approved_m2 / M2_PER_HA

    @property
    def unsupplied_mu(self):
        return self.unsupplied_m2 / M2_PER_MU

    @property
    def unsupplied_ha(self):
        return self.unsupplied_m2 / M2_PER_HA

    @property
    def rate(self):
        if self.approved_m2 <= 0:
            return None
        return self.unsupplied_m2 / self.approved_m2

    @property
    def rate_pct(self):
        r = self.rate
        return None if r is None else r * 100.0


def _row_get(row, key, default=None):
    if isinstance(row, Mapping):
        return row.get(key, default)
    return getattr(row, key, default)


def _add(summary: YearSummary, row):
    flag = _row_get(row, "flag")
    area = _row_get(row, "area_m2") or 0.0
    unsup = _row_get(row, "unsupplied_m2")
    if unsup is None:
        unsup = area if flag == 1 else 0.0
    summary.count += 1
    summary.approved_m2 += area
    if flag == 1:
        summary.unsupplied_count += 1
        summary.unsupplied_m2 += unsup
        if _row_get(row, "in_use_flag") == 1:
            summary.in_use_count += 1
    elif flag is None:
        summary.undetermined_count += 1


def summarise_by_year(rows: Iterable) -> List[YearSummary]:
    """Per-approval-year totals (the cohorts of seed 003: "2009—2018年已批未供土地 23229亩").

    Each row is a mapping (or object) with ``approval_year`` (int or None), ``flag`` (1/0/None),
    ``area_m2`` (approved area, m²), optionally ``unsupplied_m2`` (spatial mode or partial
    supply; default: ``area_m2`` when flag is 1, else 0) and ``in_use_flag``. Rows are counted
    as they are — records not yet approved at the reference date (flag 0, year after it) should
    be left out by the caller if they are not to count in the approved area.

    Returns one :class:`YearSummary` per year, ascending, with the unknown year last.
    """
    by_year = {}
    for row in rows:
        year = _row_get(row, "approval_year")
        if year not in by_year:
            by_year[year] = YearSummary(year=year)
        _add(by_year[year], row)
    known = sorted(y for y in by_year if y is not None)
    out = [by_year[y] for y in known]
    if None in by_year:
        out.append(by_year[None])
    return out


def summarise_total(summaries: Iterable[YearSummary]) -> YearSummary:
    """Sum of several :class:`YearSummary` (year None) — the grand total line."""
    total = YearSummary(year=None)
    for s in summaries:
        total.count += s.count
        total.unsupplied_count += s.unsupplied_count
        total.undetermined_count += s.undetermined_count
        total.in_use_count += s.in_use_count
        total.approved_m2 += s.approved_m2
        total.unsupplied_m2 += s.unsupplied_m2
    return total


def age_years(start, end):
    """Years from ``start`` to ``end`` as full years + the elapsed part of the year since the
    last anniversary, truncated (not rounded) to 2 decimals."""
    years = full_years_between(start, end)
    last = add_years(start, years)
    following = add_years(start, years + 1)
    fraction = (end - last).days / float((following - last).days)
    return int((years + fraction) * 100) / 100.0

"""批而未供 — approved but unsupplied land (SPEC §3.3; seeds 001, 003, 004).

Land whose conversion / expropriation was approved (农用地转用、土地征收批准) but which has not
been supplied (出让 or 划拨) by the reference date ``as_of``. In attribute mode one record holds
the approval date and a supply date and/or a supply status (:func:`assess_unsupplied`,
:func:`assess_record`). In spatial mode the engine subtracts the supply polygons from each
approval polygon and this module decides on the resulting areas (:func:`assess_spatial`).

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
not flagged, None when ``in_use`` was not given or unreadable. A building / current-use feature
on a flagged approval (attribute mode) or on its unsupplied part (spatial mode) also makes it 1;
with a building layer given, flagged rows without buildings are 0.

Spatial mode (:func:`assess_spatial`; the engine does the geometry): supply polygons dated after
``as_of`` are left out, undated or unreadably dated ones count (:func:`supply_polygon_status`);
approvals dated after ``as_of`` need no overlay (:func:`approved_by`) and are 0, out of the
totals; the remainder approval − ∪ supplies loses its parts smaller than the tolerance (default
1 m², :func:`keep_parts`, split only with a positive tolerance and several parts,
:func:`sliver_split_needed`); a remainder below the tolerance → 0 (已全部供地), else 1 with its
area, share of the approved area and full years since approval. Empty or unusable approval
polygons and failed differences are undetermined. Totals per approval year:
:class:`CohortTotals`.

Entry points
------------
Row form: ``assess_unsupplied(as_of, approval_date, supply_date=None, supply_status=None,
in_use=None, names=None)`` (the attribute rule); ``assess_record(as_of, approval_date,
supply_date=None, supply_status=None, in_use=None, *, area=None, area_unit="m2",
area_field=None, measured_m2=None, geometry_note=None, building_hits=None,
buildings_given=False, names=None)`` (an attribute-mode output row); ``assess_spatial(as_of,
approval_date=None, *, geometry=GEOM_OK, approved_m2=None, remainder_m2=None, dropped_m2=0.0,
supplies_touching=0, tolerance=1.0, in_use=None, building_hits=0, buildings_given=False,
approval_field=None, repair_note=None, approval_fixed=False, supplies_fixed=False,
in_use_field="是否使用")`` (a spatial-mode output row); ``output_values(res)`` → the row's
fields in contract order.

Columnar form (a partition's columns; the natural entry point for other engines) — raw inputs
as object arrays (None/NaN = NULL), numbers as float arrays (NaN = none), counts as int arrays:

* ``assess_record_columns(as_of, approval_date, supply_date=None, supply_status=None,
  in_use=None, *, area=None, area_unit="m2", area_field=None, measured_m2=None,
  geometry_note=None, building_hits=None, buildings_given=False, names=None)``;
* ``assess_spatial_columns(as_of, approval_date=None, *, geometry=None, approved_m2=None,
  remainder_m2=None, dropped_m2=None, supplies_touching=None, tolerance=1.0, in_use=None,
  building_hits=None, buildings_given=False, approval_field=None, repair_note=None,
  approval_fixed=None, supplies_fixed=None, in_use_field="是否使用")``;

  both return a dict keyed by :data:`RESULT_COLUMNS`: ``unsup_flag``, ``unsup_yrs``,
  ``appr_age``, ``appr_year``, ``appr_mu``, ``unsup_mu``, ``unsup_ha``, ``unsup_use`` float64
  (NaN = NULL), ``unsup_rsn`` object (text), ``not_yet`` bool (left out of the totals);
* ``assess_unsupplied_columns(as_of, approval_date, supply_date=None, supply_status=None,
  in_use=None, names=None)`` — the attribute rule alone;
* ``supply_polygon_status_array(as_of, supply_dates)`` — the supply-date filter.

The columnar forms agree with the row forms element by element (hypothesis-tested in
``tests/core/test_unsupplied.py``).
"""
import collections
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
    ``reason``         Chinese text; ``problems`` problems found in the inputs;
    ``approved_m2``, ``unsupplied_m2``  areas (whole-record functions only), None when unknown;
    ``not_yet``        approved after the reference date (left out of the cohort totals).
    """
    flag: Optional[int] = None
    unsup_yrs: Optional[int] = None
    age_years: Optional[float] = None
    approval_year: Optional[int] = None
    partial: bool = False
    in_use_flag: Optional[int] = None
    reason: str = ""
    problems: List[Problem] = field(default_factory=list)
    approved_m2: Optional[float] = None
    unsupplied_m2: Optional[float] = None
    not_yet: bool = False


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


# =============================================================================================
# Whole-record decisions used by landplan:flagunsupplied (both modes), and their columnar forms
# =============================================================================================
#
# The engine (QGIS algorithm, or a dask-geopandas partition) does the geometry work — repair,
# area measurement, approval − ∪ supplies, building overlap — and hands the numbers to these
# functions, which make every decision and write every reason text.

#: what became of the approval geometry before the overlay (spatial mode)
GEOM_OK = 0            # valid (or repaired by the engine's make-valid; see ``repair_note``)
GEOM_EMPTY = 1         # NULL / empty approval geometry
GEOM_UNREPAIRABLE = 2  # GEOS could not use the approval polygon even after make-valid
GEOM_DIFF_FAILED = 3   # approval − ∪ supplies failed even after repairing the supplies

#: reason texts for geometry events (Chinese data, written into unsup_rsn)
NOTE_EMPTY_GEOMETRY = "几何为空"
NOTE_APPROVAL_FIXED = "批地图形无效（自相交等），已自动修复（makeValid）后计算"
NOTE_SUPPLIES_FIXED = "供地图形无效，已自动修复（makeValid）后计算"
NOTE_NO_AREA = "无几何且面积为空，面积未计"

#: supply polygon classes for the date filter of spatial mode (see :func:`supply_polygon_status`)
SUPPLY_OK = "ok"
SUPPLY_AFTER = "after"
SUPPLY_NO_DATE = "no_date"
SUPPLY_BAD_DATE = "bad_date"


#: per-row record for :func:`summarise_by_year` (kept by :class:`CohortTotals`)
_TotalsRow = collections.namedtuple("_TotalsRow", "approval_year flag area_m2 unsupplied_m2 in_use_flag")


def supply_polygon_status(as_of, supply_date, field_name="供地日期"):
    """Spatial mode: a supply polygon dated after ``as_of`` is left out (``"after"``); one with
    no date (``"no_date"``) or an unreadable one (``"bad_date"``) counts as supplied, as does a
    date on or before ``as_of`` (``"ok"``). Returns one of the ``SUPPLY_*`` strings."""
    d, problem = parse_date(supply_date, field_name)
    if problem is not None:
        return SUPPLY_BAD_DATE
    if d is None:
        return SUPPLY_NO_DATE
    if d > reference_date(as_of):
        return SUPPLY_AFTER
    return SUPPLY_OK


def supply_polygon_status_array(as_of, supply_dates, field_name="供地日期"):
    """Columnar :func:`supply_polygon_status`: object array in → object array of SUPPLY_* out."""
    as_of = reference_date(as_of)
    return _object_array([supply_polygon_status(as_of, v, field_name) for v in _iter(supply_dates)])


def approved_by(as_of, approval_date, field_name="批准日期"):
    """(approval date or None, Problem or None, whether the overlay is needed): the overlay
    (approval − supplies) is needed unless the approval is dated after ``as_of``."""
    approval, problem = parse_date(approval_date, field_name)
    return approval, problem, approval is None or approval <= reference_date(as_of)


def sliver_split_needed(tolerance, n_parts):
    """Whether the remainder's parts are measured one by one to drop slivers: only with a
    positive tolerance and more than one part (else the remainder is measured whole)."""
    return tolerance > 0 and n_parts > 1


def keep_parts(part_areas_m2, tolerance):
    """Sliver rule: parts of the unsupplied remainder smaller than ``tolerance`` m² are dropped.
    Returns (keep flags, kept area m², dropped area m²), summed in the parts' order."""
    keep, area, dropped = [], 0.0, 0.0
    for a in part_areas_m2:
        if a >= tolerance:
            keep.append(True)
            area += a
        else:
            keep.append(False)
            dropped += a
    return keep, area, dropped


def _num(v):
    return ("%.2f" % v).rstrip("0").rstrip(".")


def _call(value):
    return value() if callable(value) else value


def _join_reason(reason, notes):
    if not notes:
        return reason
    return "；".join([reason] + list(notes)) if reason else "；".join(notes)


def assess_spatial(as_of, approval_date=None, *, geometry=GEOM_OK, approved_m2=None,
                   remainder_m2=None, dropped_m2=0.0, supplies_touching=0, tolerance=1.0,
                   in_use=None, building_hits=0, buildings_given=False, approval_field=None,
                   repair_note=None, approval_fixed=False, supplies_fixed=False,
                   in_use_field="是否使用") -> UnsuppliedResult:
    """批而未供, spatial mode, for one approval polygon (SPEC §3.3).

    The engine subtracted the supply polygons touching the approval (``supplies_touching`` of
    them; supplies after ``as_of`` already left out, see :func:`supply_polygon_status`) and
    dropped slivers (:func:`keep_parts`): ``approved_m2`` is the approval's area,
    ``remainder_m2`` the unsupplied area kept, ``dropped_m2`` the slivers dropped. When the
    approval is dated after ``as_of`` (see :func:`approved_by`) no overlay is needed and only
    ``approved_m2`` is given. ``geometry``: one of ``GEOM_*``.

    ``approval_field``: the approval date field's name, or None when the layer has none (years
    are then left empty without a note). ``in_use``: the raw 是否使用 value (or None).
    ``building_hits``: building / current-use features overlapping the unsupplied part — an int
    or a callable returning it, called only for flagged rows with ``buildings_given``.
    ``repair_note`` (the engine's note for a repaired approval), ``approval_fixed`` and
    ``supplies_fixed`` (make-valid needed for the overlay) are written into the reason.

    Decisions, in order: empty geometry → undetermined; approved after ``as_of`` → 0 (not yet
    approved; left out of the totals); unusable approval polygon or failed difference →
    undetermined; remainder < ``tolerance`` (or none) → 0 (已全部供地); else 1 with the
    unsupplied area, the share of the approved area and full years since approval.
    已批未供即用: a flagged row is in use when the in-use value says so or a building overlaps
    its unsupplied part; it is 0 when neither does and either source was given.
    """
    as_of = reference_date(as_of)
    res = UnsuppliedResult()
    notes = []
    if repair_note:
        notes.append(repair_note)
    approval = None
    if approval_field is not None:
        approval, problem = parse_date(approval_date, approval_field)
        if problem is not None:
            notes.append(problem.message)
            res.problems.append(problem)
    if approval is not None:
        res.approval_year = approval.year
        if approval <= as_of:  # the same years-since-approval as attribute mode
            res.age_years = age_years(approval, as_of)
    if approval_fixed:
        notes.append(NOTE_APPROVAL_FIXED)
    if supplies_fixed:
        notes.append(NOTE_SUPPLIES_FIXED)

    if geometry == GEOM_EMPTY:
        res.flag = None
        res.reason = "待核实：批地几何为空，无法计算未供面积"
    elif approval is not None and approval > as_of:
        res.flag = 0
        res.not_yet = True
        res.approved_m2 = approved_m2
        res.unsupplied_m2 = 0.0
        res.reason = "批准日期 %s 晚于基准日 %s，基准日时尚未批准" % (approval, as_of)
    elif geometry == GEOM_UNREPAIRABLE:
        res.flag = None
        res.reason = "待核实：批地图形无效且无法修复"
    elif geometry == GEOM_DIFF_FAILED or remainder_m2 is None:
        res.flag = None
        res.approved_m2 = approved_m2
        res.reason = "待核实：求批地与供地差集失败"
    elif remainder_m2 < tolerance or remainder_m2 <= 0:
        res.flag = 0
        res.approved_m2 = approved_m2
        res.unsupplied_m2 = 0.0
        if remainder_m2 + dropped_m2 > 0:
            res.reason = "已全部供地（剩余 %.2f 平方米小于容差 %s 平方米，忽略）" % (
                remainder_m2 + dropped_m2, _num(tolerance))
        else:
            res.reason = "已全部供地"
    else:
        res.flag = 1
        res.approved_m2 = approved_m2
        res.unsupplied_m2 = remainder_m2
        share = remainder_m2 / approved_m2 * 100.0 if approved_m2 else 0.0
        reason = "未被供地图斑覆盖 %.2f 亩（占批准面积 %.1f%%）" % (remainder_m2 / M2_PER_MU, share)
        if dropped_m2 > 0:
            reason += "，另有 %.2f 平方米碎片小于容差已忽略" % dropped_m2
        if supplies_touching == 0:
            reason = "截至基准日无供地图斑与之相交，全部未供（%.2f 亩）" % (remainder_m2 / M2_PER_MU)
        if approval is not None:
            res.unsup_yrs = full_years_between(approval, as_of)
            reason = "%s批准，%s；至基准日 %s 已批 %d 年未供（%.2f年）" % (
                approval, reason, as_of, res.unsup_yrs, res.age_years)
        elif approval_field is not None:
            reason += "；%s为空或无法识别，批准年限待核实" % approval_field
        res.reason = reason

    # 已批未供即用
    use = None
    if in_use is not None:
        use = parse_yes_no(in_use)
        if use is None and in_use != "" and str(in_use).strip():
            problem = Problem(BAD_TEXT, str(in_use_field), str(in_use),
                              "字段「%s」值「%s」不是可识别的是/否取值，按未知处理" % (in_use_field, in_use))
            notes.append(problem.message)
            res.problems.append(problem)
    if res.flag == 1:
        hits = _call(building_hits) if buildings_given else 0
        if use is True or hits:
            res.in_use_flag = 1
            res.reason += "；已批未供即用" + ("（现状建筑 %d 处压占未供部分）" % hits if hits else "")
        elif use is False or buildings_given:
            res.in_use_flag = 0
    elif res.flag == 0 and (use is not None or buildings_given):
        res.in_use_flag = 0
    res.reason = _join_reason(res.reason, notes)
    return res


def assess_record(as_of, approval_date, supply_date=None, supply_status=None, in_use=None, *,
                  area=None, area_unit="m2", area_field=None, measured_m2=None,
                  geometry_note=None, building_hits=None, buildings_given=False,
                  names=None) -> UnsuppliedResult:
    """批而未供, attribute mode, for one record: :func:`assess_unsupplied` plus the areas, the
    building check and the notes the algorithm writes.

    ``area``: the raw approved-area value in ``area_unit`` (``"m2"`` / ``"mu"`` / ``"ha"``) of
    the field named ``area_field`` (None: no area field); ``measured_m2``: the geometry's area (a number, a callable
    returning it — called only when the area field gives none — or None without geometry).
    ``geometry_note``: a note on the geometry (:data:`NOTE_EMPTY_GEOMETRY`, or the engine's
    repair note). ``building_hits``: an int or callable giving the buildings overlapping the
    approval, None when it cannot be checked (no building layer or no geometry);
    ``buildings_given``: a building layer was given.

    Areas: approved area from the area field, else the measured area; the unsupplied area is the
    approved area when flagged, 0 when not, None when undetermined. A building on a flagged
    approval makes it 已批未供即用.
    """
    from .values import parse_number
    from .units import to_m2
    res = assess_unsupplied(as_of, approval_date, supply_date, supply_status, in_use, names=names)
    res.not_yet = res.flag == 0 and res.age_years is None and res.approval_year is not None
    notes = [geometry_note] if geometry_note else []
    notes.extend(p.message for p in res.problems)
    approved_m2 = None
    if area_field is not None:
        v, problem = parse_number(area, area_field)
        if problem is not None:
            notes.append(problem.message)
            res.problems.append(problem)
        if v is not None:
            approved_m2 = to_m2(v, area_unit)
    if approved_m2 is None and measured_m2 is not None:
        approved_m2 = _call(measured_m2)
    if approved_m2 is None and res.flag == 1:
        notes.append(NOTE_NO_AREA)
    res.approved_m2 = approved_m2
    if approved_m2 is not None and res.flag is not None:  # undetermined rows have no area verdict
        res.unsupplied_m2 = approved_m2 if res.flag == 1 else 0.0
    if res.flag == 1 and buildings_given and building_hits is not None:
        hits = _call(building_hits)
        if hits:
            if res.in_use_flag != 1:
                res.reason += "；现状建筑 %d 处压占，已批未供即用" % hits
            res.in_use_flag = 1
        elif res.in_use_flag is None:
            res.in_use_flag = 0
    elif res.flag == 0 and res.in_use_flag is None and buildings_given:
        res.in_use_flag = 0
    res.reason = _join_reason(res.reason, notes)
    return res


def output_values(res: UnsuppliedResult):
    """The added attributes of one output row, in :data:`..contract.UNSUPPLIED_FIELDS` order
    without ``unsup_asof`` / ``unsup_rsn``: (unsup_flag, unsup_yrs, appr_age, appr_year,
    appr_mu, unsup_mu, unsup_ha, unsup_use)."""
    a, u = res.approved_m2, res.unsupplied_m2
    return (res.flag, res.unsup_yrs if res.flag == 1 else None, res.age_years, res.approval_year,
            a / M2_PER_MU if a is not None else None,
            u / M2_PER_MU if u is not None else None,
            u / M2_PER_HA if u is not None else None,
            res.in_use_flag)


class CohortTotals:
    """Per-approval-year totals of a run (:func:`summarise_by_year`): approvals not yet approved
    at the reference date are left out; undetermined ones are counted apart (out of the rate)."""

    def __init__(self):
        self.rows = []
        self.undetermined = 0

    def add(self, res: UnsuppliedResult):
        if res.flag is None:
            self.undetermined += 1
        elif not res.not_yet:
            self.rows.append(_TotalsRow(res.approval_year, res.flag, res.approved_m2 or 0.0,
                                        res.unsupplied_m2 if res.flag == 1 else 0.0, res.in_use_flag))

    def summaries(self):
        """(per-year summaries, grand total)."""
        per_year = summarise_by_year(self.rows)
        return per_year, summarise_total(per_year)


# ---- columnar forms ---------------------------------------------------------------------------

def _iter(values):
    return list(values) if values is not None else []


def _object_array(items):
    import numpy as np  # at call time: the plugin starts without numpy
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out


def _col(values, n, default=None):
    import numpy as np  # at call time: the plugin starts without numpy
    if values is None:
        return [default] * n
    if np.isscalar(values) or isinstance(values, (_dt.date, str)):
        return [values] * n
    vals = list(values)
    if len(vals) != n:
        raise ValueError("column of length %d, expected %d" % (len(vals), n))
    return [None if isinstance(v, (float, np.floating)) and v != v else v for v in vals]


def _nan_to_none(values, n):
    """float column with NaN for NULL → list of float-or-None."""
    import numpy as np  # at call time: the plugin starts without numpy
    if values is None:
        return [None] * n
    return [None if v is None or (isinstance(v, (float, np.floating)) and v != v) else float(v)
            for v in list(values)]


RESULT_COLUMNS = ("unsup_flag", "unsup_yrs", "appr_age", "appr_year", "appr_mu", "unsup_mu",
                  "unsup_ha", "unsup_use", "unsup_rsn", "not_yet")


def _to_columns(results):
    """Results → dict of arrays: numeric outputs as float64 (NaN = NULL), ``unsup_rsn`` an
    object array of text, ``not_yet`` bool."""
    import numpy as np  # at call time: the plugin starts without numpy
    n = len(results)
    cols = {k: np.full(n, np.nan) for k in RESULT_COLUMNS[:8]}
    rsn = np.empty(n, dtype=object)
    not_yet = np.zeros(n, dtype=bool)
    for i, res in enumerate(results):
        for key, v in zip(RESULT_COLUMNS[:8], output_values(res)):
            if v is not None:
                cols[key][i] = v
        rsn[i] = res.reason
        not_yet[i] = res.not_yet
    cols["unsup_rsn"] = rsn
    cols["not_yet"] = not_yet
    return cols


def assess_record_columns(as_of, approval_date, supply_date=None, supply_status=None, in_use=None,
                          *, area=None, area_unit="m2", area_field=None, measured_m2=None,
                          geometry_note=None, building_hits=None, buildings_given=False,
                          names=None):
    """Columnar :func:`assess_record` (attribute mode) — the entry point for engines that hold
    a partition's columns.

    Inputs: ``approval_date``, ``supply_date``, ``supply_status``, ``in_use``, ``area``: object
    arrays of raw values (None = NULL; any may be None for "no such field"); ``measured_m2``:
    float array (NaN = no geometry) or None; ``geometry_note``: object array of text/None;
    ``building_hits``: int array (computed for every row; only flagged rows use it) or None.
    Scalars as in the row form.

    Returns a dict of arrays, one entry per :data:`RESULT_COLUMNS`: ``unsup_flag``,
    ``unsup_yrs``, ``appr_age``, ``appr_year``, ``appr_mu``, ``unsup_mu``, ``unsup_ha``,
    ``unsup_use`` as float64 with NaN for NULL; ``unsup_rsn`` object (text); ``not_yet`` bool
    (approved after the reference date: left out of the cohort totals).
    """
    as_of = reference_date(as_of)
    n = len(approval_date)
    approvals = _col(approval_date, n)
    supplies, statuses, uses = _col(supply_date, n), _col(supply_status, n), _col(in_use, n)
    areas = _col(area, n)
    measured = _nan_to_none(measured_m2, n)
    notes = _col(geometry_note, n)
    hits = [None] * n if building_hits is None else [int(h) for h in building_hits]
    results = [assess_record(as_of, approvals[i], supplies[i], statuses[i], uses[i],
                             area=areas[i], area_unit=area_unit,
                             area_field=area_field,
                             measured_m2=measured[i], geometry_note=notes[i],
                             building_hits=hits[i], buildings_given=buildings_given, names=names)
               for i in range(n)]
    return _to_columns(results)


def assess_spatial_columns(as_of, approval_date=None, *, geometry=None, approved_m2=None,
                           remainder_m2=None, dropped_m2=None, supplies_touching=None,
                           tolerance=1.0, in_use=None, building_hits=None, buildings_given=False,
                           approval_field=None, repair_note=None, approval_fixed=None,
                           supplies_fixed=None, in_use_field="是否使用"):
    """Columnar :func:`assess_spatial` (spatial mode) — the entry point for engines that did
    the overlay for a partition.

    Inputs, one element per approval: ``approval_date`` object array of raw values (None when
    the layer has no approval field — pass ``approval_field=None`` then); ``geometry`` int array
    of ``GEOM_*`` (default all GEOM_OK); ``approved_m2``, ``remainder_m2`` (NaN = not computed
    / difference failed), ``dropped_m2`` float arrays; ``supplies_touching`` int array;
    ``in_use`` object array or None; ``building_hits`` int array (only flagged rows use it);
    ``repair_note`` object array of text/None; ``approval_fixed``, ``supplies_fixed`` bool arrays.

    Returns the same dict of arrays as :func:`assess_record_columns`.
    """
    as_of = reference_date(as_of)
    n = len(geometry) if geometry is not None else len(approved_m2)
    approvals = _col(approval_date, n)
    geom = [GEOM_OK] * n if geometry is None else [int(g) for g in geometry]
    appr = _nan_to_none(approved_m2, n)
    rem = _nan_to_none(remainder_m2, n)
    dropped = [0.0] * n if dropped_m2 is None else [float(d) for d in dropped_m2]
    touching = [0] * n if supplies_touching is None else [int(t) for t in supplies_touching]
    uses = _col(in_use, n)
    hits = [0] * n if building_hits is None else [int(h) for h in building_hits]
    notes = _col(repair_note, n)
    a_fixed = [False] * n if approval_fixed is None else [bool(b) for b in approval_fixed]
    s_fixed = [False] * n if supplies_fixed is None else [bool(b) for b in supplies_fixed]
    results = [assess_spatial(as_of, approvals[i], geometry=geom[i], approved_m2=appr[i],
                              remainder_m2=rem[i], dropped_m2=dropped[i],
                              supplies_touching=touching[i], tolerance=tolerance, in_use=uses[i],
                              building_hits=hits[i], buildings_given=buildings_given,
                              approval_field=approval_field, repair_note=notes[i],
                              approval_fixed=a_fixed[i], supplies_fixed=s_fixed[i],
                              in_use_field=in_use_field)
               for i in range(n)]
    return _to_columns(results)


def assess_unsupplied_columns(as_of, approval_date, supply_date=None, supply_status=None,
                              in_use=None, names=None):
    """Columnar :func:`assess_unsupplied`: object arrays of raw values in; dict of arrays out
    (``flag``, ``unsup_yrs``, ``age_years``, ``approval_year``, ``in_use_flag`` float64 with
    NaN for NULL; ``partial`` bool; ``reason`` object)."""
    import numpy as np  # at call time: the plugin starts without numpy
    as_of = reference_date(as_of)
    n = len(approval_date)
    approvals = _col(approval_date, n)
    supplies, statuses, uses = _col(supply_date, n), _col(supply_status, n), _col(in_use, n)
    keys = ("flag", "unsup_yrs", "age_years", "approval_year", "in_use_flag")
    out = {k: np.full(n, np.nan) for k in keys}
    out["partial"] = np.zeros(n, dtype=bool)
    out["reason"] = np.empty(n, dtype=object)
    for i in range(n):
        r = assess_unsupplied(as_of, approvals[i], supplies[i], statuses[i], uses[i], names=names)
        for k in keys:
            v = getattr(r, k)
            if v is not None:
                out[k][i] = v
        out["partial"][i] = r.partial
        out["reason"][i] = r.reason
    return out

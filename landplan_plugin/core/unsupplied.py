"""批而未供 — approved but unsupplied land (郑州市2024年度国有建设用地供应计划、濮政办〔2021〕6号、宝政办〔2021〕34号).

Land whose conversion / expropriation was approved (农用地转用、土地征收批准) but which has not
been supplied (出让 or 划拨) by the reference date ``as_of``. In attribute mode one record holds
the approval date and a supply date and/or a supply status (:func:`assess_record_columns`). In
spatial mode the engine subtracts the supply polygons from each approval polygon and this module
decides on the resulting areas (:func:`assess_spatial_columns`).

The attribute rule (:func:`assess_record_columns`), in order:

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

已批未供即用 (approved, not supplied, already in use; 濮政办〔2021〕6号、宝政办〔2021〕34号): ``in_use_flag`` is 1 when
flagged and ``in_use`` is true (是/已使用/在用/1/True …), 0 when flagged and not in use or when
not flagged, None when ``in_use`` was not given or unreadable. A building / current-use feature
on a flagged approval (attribute mode) or on its unsupplied part (spatial mode) also makes it 1;
with a building layer given, flagged rows without buildings are 0.

Spatial mode (:func:`assess_spatial_columns`; the engine does the geometry): supply polygons
dated after ``as_of`` are left out, undated or unreadably dated ones count
(:func:`supply_polygon_status_array`); approvals dated after ``as_of`` need no overlay
(:func:`overlay_needed`) and are 0, out of the totals; the remainder approval − ∪ supplies loses
its parts smaller than the tolerance (default 1 m², :func:`keep_parts`, split only with a positive
tolerance and several parts,
:func:`sliver_split_needed`); a remainder below the tolerance → 0 (已全部供地), else 1 with its
area, share of the approved area and full years since approval. Empty or unusable approval
polygons and failed differences are undetermined. Totals per approval year:
:class:`CohortTotals`.

Entry points
------------
A run's set-up (fields, mode, warnings) is an :class:`UnsuppliedSetup`. The batch functions take
raw inputs as sequences (object arrays, lists; None/NaN = NULL), numbers as float arrays (NaN =
none), counts as int arrays:

* :func:`assess_record_columns` — attribute mode, what ``landplan:flagunsupplied`` writes;
* :func:`assess_spatial_columns` — spatial mode, on the numbers of the engine's overlay;

  both return a dict keyed by :data:`RESULT_COLUMNS`: ``unsup_flag``, ``unsup_yrs``,
  ``appr_age``, ``appr_year``, ``appr_mu``, ``unsup_mu``, ``unsup_ha``, ``unsup_use`` float64
  (NaN = NULL), ``unsup_rsn`` object (text), ``not_yet`` bool (left out of the totals),
  ``approved_m2`` and ``unsupplied_m2`` float64 (the areas behind the totals, NaN = none);
  :class:`CohortTotals` adds them up per approval year;
* :func:`supply_polygon_status_array` (the supply-date filter), :func:`overlay_needed`,
  :func:`sliver_split_needed` and :func:`keep_parts` — the rules the spatial engine applies.
"""
import collections
import datetime as _dt
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Optional

from .dates import reference_date, add_years, full_years_between, parse_date
from .units import M2_PER_HA, M2_PER_MU, to_m2
from .values import BAD_TEXT, EMPTY_GEOMETRY, Problem, is_missing, make_problem, parse_number

__all__ = [
    "UnsuppliedSetup", "assess_record_columns", "assess_spatial_columns",
    "supply_polygon_status_array", "overlay_needed", "sliver_split_needed", "keep_parts", "CohortTotals",
    "YearSummary", "summarise_by_year", "summarise_total", "RESULT_COLUMNS",
    "STATUS_SUPPLIED", "STATUS_UNSUPPLIED", "STATUS_PARTIAL",
    "decide_in_use_columns", "JU_DECISIONS", "JU_CONDITIONS", "JU_CUTOFF_DEFAULT", "JU_INPUT_KEYS",
    "JU_PERFECT", "JU_RECTIFY", "JU_RECOVER", "JU_CHECK",
]

STATUS_SUPPLIED = "已供"
STATUS_UNSUPPLIED = "未供"
STATUS_PARTIAL = "部分供应"

_DAYS_PER_YEAR = 365.2425

_PARTIAL_WORDS = ("部分",)
_NO_WORDS = ("未", "否", "无", "不", "没")
_YES_WORDS = ("已供", "供应", "供地", "出让", "划拨", "是")


def _supply_status(text) -> Optional[str]:
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


def _yes_no(value) -> Optional[bool]:
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
class _Result:
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


def _assess_unsupplied(as_of, approval_date, supply_date=None, supply_status=None, in_use=None,
                       names=None) -> _Result:
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

    res = _Result()
    approval, approval_bad = parse_date(approval_date, n["approval_date"])
    supply, supply_bad = parse_date(supply_date, n["supply_date"])
    for p in (approval_bad, supply_bad):
        if p is not None:
            res.problems.append(p)
    status = _supply_status(supply_status)
    status_given = not (supply_status is None or is_missing(supply_status))
    if status_given and status is None:
        res.problems.append(make_problem(BAD_TEXT, n["supply_status"], supply_status,
                                         "不是可识别的供地状态（已供/未供/部分供应）"))
    use = _yes_no(in_use)
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
    """Per-approval-year totals (the cohorts of 濮政办〔2021〕6号: "2009—2018年已批未供土地 23229亩").

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
# A run of landplan:flagunsupplied (both modes): its set-up, the whole records, the batch functions
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

#: supply polygon classes for the date filter of spatial mode (see :func:`supply_polygon_status_array`)
SUPPLY_OK = "ok"
SUPPLY_AFTER = "after"
SUPPLY_NO_DATE = "no_date"
SUPPLY_BAD_DATE = "bad_date"

#: the fields of the approval layer a run can use (keys of :class:`UnsuppliedSetup` ``fields``)
INPUT_KEYS = ("approval_date", "supply_date", "supply_status", "in_use", "area")

#: set-up codes (:meth:`UnsuppliedSetup.errors`, :meth:`UnsuppliedSetup.warnings`)
NEEDS_POLYGONS = "needs_polygons"
NO_APPROVAL_FIELD = "no_approval_field"
SPATIAL_IGNORES_SUPPLY_FIELDS = "spatial_ignores_supply_fields"
SPATIAL_IGNORES_AREA_FIELD = "spatial_ignores_area_field"
NO_APPROVAL_YEARS = "no_approval_years"
NO_SUPPLY_RECORD = "no_supply_record"
NO_AREA = "no_area"


@dataclass(frozen=True)
class UnsuppliedSetup:
    """What a run found and what follows from it, decided once.

    ``spatial``: a supply layer was given (spatial mode); ``has_geom``: the approval layer has
    polygons; ``buildings_given``: a building / current-use layer was given; ``fields``: input key
    (:data:`INPUT_KEYS`) → field name of the approval layer as found (:meth:`auto_detect` says
    which keys may be found by name); :attr:`used` are those the run reads.
    """
    spatial: bool = False
    has_geom: bool = True
    buildings_given: bool = False
    fields: Dict[str, str] = field(default_factory=dict)

    def auto_detect(self):
        """Key → whether a field not named by the user is looked for by its usual names: the
        approval layer's supply date and status only in attribute mode, its area field only
        without geometry to measure."""
        return {"approval_date": True, "supply_date": not self.spatial, "supply_status": not self.spatial,
                "in_use": True, "area": not self.has_geom and not self.spatial}

    @property
    def used(self):
        """The fields the run reads: in spatial mode the supply polygons decide and the geometry
        gives the areas, so the approval layer's supply date, status and area fields are not used."""
        ignored = ("supply_date", "supply_status", "area") if self.spatial else ()
        return {k: v for k, v in self.fields.items() if k not in ignored}

    def errors(self):
        """Set-up problems that stop a run: :data:`NEEDS_POLYGONS` (spatial mode or a building
        layer without polygon approvals) is known before any field; :data:`NO_APPROVAL_FIELD`
        (attribute mode decides on the approval date)."""
        out = []
        if (self.spatial or self.buildings_given) and not self.has_geom:
            out.append(NEEDS_POLYGONS)
        if not self.spatial and "approval_date" not in self.fields:
            out.append(NO_APPROVAL_FIELD)
        return out

    def warnings(self):
        """Set-up problems worth a warning, in the order to give them."""
        out = []
        if self.spatial:
            if "supply_date" in self.fields or "supply_status" in self.fields:
                out.append(SPATIAL_IGNORES_SUPPLY_FIELDS)
            if "area" in self.fields:
                out.append(SPATIAL_IGNORES_AREA_FIELD)
            if "approval_date" not in self.fields:
                out.append(NO_APPROVAL_YEARS)
        elif "supply_date" not in self.fields and "supply_status" not in self.fields:
            out.append(NO_SUPPLY_RECORD)
        if not self.has_geom and "area" not in self.used:
            out.append(NO_AREA)
        return out


def supply_polygon_status_array(as_of, supply_dates, field_name="供地日期"):
    """Spatial mode's filter of the supply polygons, one ``SUPPLY_*`` string per supply date
    (object array): dated after ``as_of`` → left out (:data:`SUPPLY_AFTER`); no date
    (:data:`SUPPLY_NO_DATE`) or an unreadable one (:data:`SUPPLY_BAD_DATE`) counts as supplied, as
    does a date on or before ``as_of`` (:data:`SUPPLY_OK`)."""
    as_of = reference_date(as_of)

    def status(raw):
        d, problem = parse_date(raw, field_name)
        if problem is not None:
            return SUPPLY_BAD_DATE
        if d is None:
            return SUPPLY_NO_DATE
        return SUPPLY_AFTER if d > as_of else SUPPLY_OK
    return _object_array([status(v) for v in list(supply_dates)])


def overlay_needed(as_of, approval_dates, field_name="批准日期"):
    """Spatial mode: whether each approval needs the overlay (approval − supplies), a bool array —
    not when it is dated after ``as_of`` (it is not yet approved; its area is all that counts)."""
    import numpy as np  # at call time: the plugin starts without numpy
    as_of = reference_date(as_of)
    approvals = [parse_date(v, field_name)[0] for v in list(approval_dates)]
    return np.array([d is None or d <= as_of for d in approvals], dtype=bool)


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


def _assess_spatial(as_of, approval_date, geometry, approved_m2, remainder_m2, dropped_m2, supplies_touching,
                    tolerance, in_use, building_hits, buildings_given, approval_field, repair_note,
                    approval_fixed, supplies_fixed, in_use_field) -> _Result:
    """One approval polygon in spatial mode; the decisions and their order are those of
    :func:`assess_spatial_columns`."""
    res = _Result()
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
        use = _yes_no(in_use)
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




def _assess_record(as_of, approval_date, supply_date, supply_status, in_use, area, area_unit, area_field,
                   measured_m2, geometry_note, building_hits, buildings_given, names) -> _Result:
    """One record in attribute mode (see :func:`assess_record_columns`): the attribute rule plus
    the areas, the building check and the notes.

    Areas: approved area from the area field, else the measured area (``measured_m2`` a number or
    a callable, called only when the field gives none); the unsupplied area is the approved area
    when flagged, 0 when not, None when undetermined. A building on a flagged approval makes it
    已批未供即用 (``building_hits`` an int or a callable, None — or a callable giving None — when it
    cannot be checked)."""
    res = _assess_unsupplied(as_of, approval_date, supply_date, supply_status, in_use, names=names)
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
    hits = _call(building_hits) if res.flag == 1 and buildings_given and building_hits is not None else None
    if hits is not None:
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


def _output_values(res: _Result):
    """(unsup_flag, unsup_yrs, appr_age, appr_year, appr_mu, unsup_mu, unsup_ha, unsup_use)."""
    a, u = res.approved_m2, res.unsupplied_m2
    return (res.flag, res.unsup_yrs if res.flag == 1 else None, res.age_years, res.approval_year,
            a / M2_PER_MU if a is not None else None,
            u / M2_PER_MU if u is not None else None,
            u / M2_PER_HA if u is not None else None,
            res.in_use_flag)


# ---- the batch functions -------------------------------------------------------------------

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


def _per_row(values, n, convert, default):
    """A per-row input given as a sequence (each element through ``convert``), as a callable of
    the row index (called lazily, only where the rule needs it), or None (``default``)."""
    if values is None:
        return [default] * n
    if callable(values):
        return [(lambda i=i: values(i)) for i in range(n)]
    return [convert(v) for v in values]


RESULT_COLUMNS = ("unsup_flag", "unsup_yrs", "appr_age", "appr_year", "appr_mu", "unsup_mu",
                  "unsup_ha", "unsup_use", "unsup_rsn", "not_yet", "approved_m2", "unsupplied_m2")


def _to_columns(results):
    """Results → dict of arrays: numeric outputs as float64 (NaN = NULL), ``unsup_rsn`` an
    object array of text, ``not_yet`` bool, the areas in m² (NaN = none)."""
    import numpy as np  # at call time: the plugin starts without numpy
    n = len(results)
    cols = {k: np.full(n, np.nan) for k in RESULT_COLUMNS[:8] + RESULT_COLUMNS[10:]}
    rsn = np.empty(n, dtype=object)
    not_yet = np.zeros(n, dtype=bool)
    for i, res in enumerate(results):
        for key, v in zip(RESULT_COLUMNS[:8], _output_values(res)):
            if v is not None:
                cols[key][i] = v
        for key, v in (("approved_m2", res.approved_m2), ("unsupplied_m2", res.unsupplied_m2)):
            if v is not None:
                cols[key][i] = v
        rsn[i] = res.reason
        not_yet[i] = res.not_yet
    cols["unsup_rsn"] = rsn
    cols["not_yet"] = not_yet
    return cols


def _count(counts, res, geometry_note=None):
    if counts is None:
        return
    if geometry_note == NOTE_EMPTY_GEOMETRY:
        counts[(EMPTY_GEOMETRY, "")] = counts.get((EMPTY_GEOMETRY, ""), 0) + 1
    for p in res.problems:
        counts[(p.kind, p.field)] = counts.get((p.kind, p.field), 0) + 1


def assess_record_columns(as_of, approval_date, supply_date=None, supply_status=None, in_use=None,
                          *, area=None, area_unit="m2", area_field=None, measured_m2=None,
                          geometry_note=None, building_hits=None, buildings_given=False,
                          names=None, counts=None):
    """批而未供, attribute mode, for a batch of approval records (what ``landplan:flagunsupplied``
    writes): the attribute rule (module docstring) plus the areas, the building check and the notes.

    Inputs: ``approval_date``, ``supply_date``, ``supply_status``, ``in_use``, ``area``: sequences
    of raw values (None = NULL; any may be None for "no such field"); ``area`` in ``area_unit``
    (``"m2"`` / ``"mu"`` / ``"ha"``) of the field named ``area_field`` (None: no area field);
    ``measured_m2``: the geometry's area, a float array (NaN = no geometry) or a callable
    ``measured_m2(row) → m² or None``, called only where the area field gives none;
    ``geometry_note``: a sequence of text/None (:data:`NOTE_EMPTY_GEOMETRY`, or the engine's repair
    note); ``building_hits``: the buildings overlapping each approval, an int array or a callable
    ``building_hits(row) → int or None`` called only for flagged rows (None, or None from the
    callable: cannot be checked); ``buildings_given``: a building layer was given. ``names``: key →
    field name for the reasons. ``counts``: a dict that receives ``(kind, field) → number`` of data
    problems row by row (an empty geometry note counts as ``empty_geometry``), accumulated across
    batches when the same dict is passed.

    Areas: approved area from the area field, else the measured area; the unsupplied area is the
    approved area when flagged, 0 when not, None when undetermined. A building on a flagged
    approval makes it 已批未供即用. Returns a dict of arrays keyed by :data:`RESULT_COLUMNS`.
    """
    as_of = reference_date(as_of)
    n = len(approval_date)
    approvals = _col(approval_date, n)
    supplies, statuses, uses = _col(supply_date, n), _col(supply_status, n), _col(in_use, n)
    areas = _col(area, n)
    measured = _per_row(measured_m2, n, lambda v: None if v is None or v != v else float(v), None)
    notes = _col(geometry_note, n)
    hits = _per_row(building_hits, n, int, None)
    results = []
    for i in range(n):
        res = _assess_record(as_of, approvals[i], supplies[i], statuses[i], uses[i], areas[i], area_unit, area_field,
                             measured[i], notes[i], hits[i], buildings_given, names)
        _count(counts, res, notes[i])
        results.append(res)
    return _to_columns(results)


def assess_spatial_columns(as_of, approval_date=None, *, geometry=None, approved_m2=None,
                           remainder_m2=None, dropped_m2=None, supplies_touching=None,
                           tolerance=1.0, in_use=None, building_hits=None, buildings_given=False,
                           approval_field=None, repair_note=None, approval_fixed=None,
                           supplies_fixed=None, in_use_field="是否使用", counts=None):
    """批而未供, spatial mode, for a batch of approval polygons the engine has overlaid.

    The engine subtracted the supply polygons touching each approval (``supplies_touching`` of
    them; supplies after ``as_of`` already left out, see :func:`supply_polygon_status_array`) and
    dropped slivers (:func:`keep_parts`): ``approved_m2`` is the approval's area, ``remainder_m2``
    the unsupplied area kept (NaN = not computed / difference failed), ``dropped_m2`` the slivers
    dropped. An approval dated after ``as_of`` (see :func:`overlay_needed`) needs only
    ``approved_m2``. ``geometry``: int array of ``GEOM_*`` (default all GEOM_OK).

    Other inputs, one element per approval: ``approval_date`` raw values (None when the layer has
    no approval field — pass ``approval_field=None`` then: years are left empty without a note);
    ``in_use`` the raw 是否使用 values or None; ``building_hits`` the buildings overlapping the
    unsupplied part, an int array or a callable ``building_hits(row)``, used only for flagged rows
    with ``buildings_given``; ``repair_note`` text/None (the engine's note for a repaired
    approval); ``approval_fixed``, ``supplies_fixed`` bool arrays (make-valid needed for the
    overlay). ``counts`` as in :func:`assess_record_columns`.

    Decisions, in order: empty geometry → undetermined; approved after ``as_of`` → 0 (not yet
    approved; left out of the totals); unusable approval polygon or failed difference →
    undetermined; remainder < ``tolerance`` (or none) → 0 (已全部供地); else 1 with the
    unsupplied area, the share of the approved area and full years since approval.
    已批未供即用: a flagged row is in use when the in-use value says so or a building overlaps
    its unsupplied part; it is 0 when neither does and either source was given.

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
    hits = _per_row(building_hits, n, int, 0)
    notes = _col(repair_note, n)
    a_fixed = [False] * n if approval_fixed is None else [bool(b) for b in approval_fixed]
    s_fixed = [False] * n if supplies_fixed is None else [bool(b) for b in supplies_fixed]
    results = []
    for i in range(n):
        res = _assess_spatial(as_of, approvals[i], geom[i], appr[i], rem[i], dropped[i], touching[i], tolerance,
                              uses[i], hits[i], buildings_given, approval_field, notes[i], a_fixed[i], s_fixed[i],
                              in_use_field)
        _count(counts, res)
        results.append(res)
    return _to_columns(results)


#: per-row record for :func:`summarise_by_year` (kept by :class:`CohortTotals`)
_TotalsRow = collections.namedtuple("_TotalsRow", "approval_year flag area_m2 unsupplied_m2 in_use_flag")


class CohortTotals:
    """Per-approval-year totals of a run (:func:`summarise_by_year`): approvals not yet approved
    at the reference date are left out; undetermined ones are counted apart (out of the rate)."""

    def __init__(self):
        self.rows = []
        self.undetermined = 0

    def add(self, out):
        """Count a batch: the dict of arrays of :func:`assess_record_columns` /
        :func:`assess_spatial_columns`."""
        for flag, not_yet, year, approved, unsupplied, in_use in zip(
                out["unsup_flag"].tolist(), out["not_yet"].tolist(), out["appr_year"].tolist(),
                out["approved_m2"].tolist(), out["unsupplied_m2"].tolist(), out["unsup_use"].tolist()):
            if flag != flag:
                self.undetermined += 1
            elif not not_yet:
                flag = int(flag)
                self.rows.append(_TotalsRow(
                    None if year != year else int(year), flag, 0.0 if approved != approved else approved,
                    (None if unsupplied != unsupplied else unsupplied) if flag == 1 else 0.0,
                    None if in_use != in_use else int(in_use)))

    def summaries(self):
        """(per-year summaries, grand total)."""
        per_year = summarise_by_year(self.rows)
        return per_year, summarise_total(per_year)


# =============================================================================================
# 已批未供即用: the decision (濮政办〔2021〕6号 §二(三)5, 宝政办〔2021〕34号 §二(三)2(1))
# =============================================================================================
#
# The documents name four conditions for 完善用地手续 (符合国土空间规划和产业准入; 运营良好;
# 亩均产出效益较高; 履约情况较好); a parcel that meets the first but fails another goes into 低效
# 工业用地再开发 (限期整改, then 完善用地手续 or 强制退出); one that fails the first has no route to
# 完善用地手续 (依法收回). 宝丰 limits the route to land 即用 before the end of 2018 (JU_CUTOFF).

JU_PERFECT = "完善用地手续"
JU_RECTIFY = "低效整改"
JU_RECOVER = "依法收回"
JU_CHECK = "待核实"
JU_DECISIONS = (JU_PERFECT, JU_RECTIFY, JU_RECOVER, JU_CHECK)
#: 宝政办〔2021〕34号: "对 2018 年 12 月底前，已批未供即用的招商引资工业项目用地报省自然资源厅备案"
JU_CUTOFF_DEFAULT = _dt.date(2018, 12, 31)
#: the four conditions, in the order the reasons name them
JU_CONDITIONS = ("符合国土空间规划和产业准入", "运营良好", "亩均产出效益较高", "履约情况较好")
#: what the reasons say when a condition fails
JU_FAILED = ("不符合国土空间规划或产业准入", "运营较差", "亩均产出效益较低", "履约情况较差")
#: the input keys of :func:`decide_in_use_columns` (field of the approval layer, or joined from another output)
JU_INPUT_KEYS = ("compliant", "use_date", "ie_flag", "ie_type", "mj_class", "mj_score", "cm_status")
_JU_DISPOSAL = {
    JU_PERFECT: "以项目开工时间为出让起始时间、合理确定出让底价，完善用地手续、办理不动产登记（报省自然资源厅备案）",
    JU_RECTIFY: "纳入低效工业用地再开发，限期整改；验收合格的完善用地手续，不合格的强制退出",
    JU_RECOVER: "不具备完善用地手续条件，按相关政策强制退出、依法收回",
}


def _ju_text(v):
    if v is None or is_missing(v):
        return None
    s = str(v).strip()
    return s or None


def _ju_operating(ie_flag, ie_type):
    """运营良好: (True / False / None, detail). 停建停产类 in the scoring's type → not; scored
    otherwise (ie_flag 1 or 0) → yes; not scored → unknown."""
    t = _ju_text(ie_type) or ""
    if "停建停产" in t:
        return False, "低效认定为停建停产类"
    flag = _ju_text(ie_flag)
    if flag is None:
        return None, "无低效评价结果 ie_flag"
    try:
        float(flag)
    except ValueError:
        return None, "低效评价结果「%s」无法识别" % flag
    return True, None


def _ju_permu(mj_class, mj_score, score_min):
    """亩均产出效益较高: class A/B yes, C/D no; otherwise the score against ``score_min`` when both
    are known; else unknown."""
    c = (_ju_text(mj_class) or "").upper()
    if c in ("A", "B"):
        return True, None
    if c in ("C", "D"):
        return False, "亩均等级 %s 类" % c
    score = None
    if mj_score is not None and not is_missing(mj_score):
        score, _p = parse_number(mj_score, "mj_score")
    if score is not None and score_min is not None:
        if score >= score_min:
            return True, None
        return False, "亩均得分 %.2f 低于 %.2f" % (score, score_min)
    return None, "无亩均等级 mj_class" + ("" if score_min is None else "或得分 mj_score")


def _ju_commitments(cm_status):
    """履约情况较好: 标准地 达标 or 未到期 yes; 未达标 no; 待核实 or none unknown."""
    s = _ju_text(cm_status)
    if s in ("达标", "未到期"):
        return True, None
    if s == "未达标":
        return False, "履约核查未达标"
    if s is None:
        return None, "无履约核查结果 cm_status"
    return None, "履约核查%s" % s


def decide_in_use_columns(in_use_flag, approval_date=None, *, use_date=None, cutoff=None, compliant=None,
                          ie_flag=None, ie_type=None, mj_class=None, mj_score=None, score_min=None,
                          cm_status=None, names=None):
    """已批未供即用, decided per parcel: ``{"ju_decide": …, "ju_reason": …}`` (object arrays; None
    where ``in_use_flag`` is not 1, i.e. the parcel is not 已批未供即用).

    Inputs, one element per parcel (None / NaN = not known; any may be None for "not given"):
    ``in_use_flag`` the run's ``unsup_use``; ``approval_date`` and ``use_date`` (开工 / 使用日期)
    raw dates; ``compliant`` 是/否 (符合国土空间规划和产业准入); ``ie_flag`` / ``ie_type`` of
    ``landplan:scoreinefficiency``; ``mj_class`` / ``mj_score`` of ``landplan:permuevaluation``;
    ``cm_status`` of ``landplan:checkcommitments``. ``cutoff`` (date, default 2018-12-31) and
    ``score_min`` (a 亩均 score that counts as 较高 when the class is not A–D; None: the class only).

    The conditions (:data:`JU_CONDITIONS`): 符合规划和准入 from ``compliant``; 运营良好: not
    停建停产类 and scored; 亩均较高: class A/B (C/D fail), else ``mj_score`` ≥ ``score_min``;
    履约较好: 达标 or 未到期 (未达标 fails; 待核实 / none unknown). Decision, in order:

    1. 不符合规划或准入 → 依法收回 (no route to 完善用地手续);
    2. compliance unknown → 待核实 (低效整改 and 依法收回 cannot be told apart);
    3. another condition fails → 低效整改, the failed ones named;
    4. another condition unknown → 待核实, the missing inputs named;
    5. all four hold: the 即用 date (``use_date``, else the approval date, said so) on or before
       ``cutoff`` → 完善用地手续 (报省自然资源厅备案); after it → 待核实 (outside the route, to be
       judged on its own); no readable date → 待核实.
    """
    import numpy as np  # at call time: the plugin starts without numpy
    n = len(in_use_flag)
    nm = {"compliant": "是否符合规划和准入", "use_date": "使用日期", "approval_date": "批准日期"}
    nm.update(names or {})
    cutoff = JU_CUTOFF_DEFAULT if cutoff is None else cutoff
    cols = {k: _col(v, n) for k, v in (("approval_date", approval_date), ("use_date", use_date),
                                       ("compliant", compliant), ("ie_flag", ie_flag), ("ie_type", ie_type),
                                       ("mj_class", mj_class), ("mj_score", mj_score), ("cm_status", cm_status))}
    from .contract import is_flagged_array
    use = is_flagged_array(in_use_flag)
    decide = np.full(n, None, dtype=object)
    reason = np.full(n, None, dtype=object)
    for i in np.flatnonzero(use).tolist():
        ok = _yes_no(cols["compliant"][i])
        checks = [(ok, None if ok is not None else "%s为空或无法识别" % nm["compliant"]),
                  _ju_operating(cols["ie_flag"][i], cols["ie_type"][i]),
                  _ju_permu(cols["mj_class"][i], cols["mj_score"][i], score_min),
                  _ju_commitments(cols["cm_status"][i])]
        failed = ["%s：%s" % (name, detail) if detail else name
                  for name, (v, detail) in zip(JU_FAILED, checks) if v is False]
        unknown = ["未能核实「%s」：%s" % (name, detail)
                   for name, (v, detail) in zip(JU_CONDITIONS, checks) if v is None]
        if ok is False:
            decide[i] = JU_RECOVER
        elif ok is None or (not failed and unknown):
            decide[i] = JU_CHECK
        elif failed:
            decide[i] = JU_RECTIFY
        else:
            when, key = None, "use_date"
            for key in ("use_date", "approval_date"):
                when, _bad = parse_date(cols[key][i], nm[key])
                if when is not None:
                    break
            basis = "" if key == "use_date" else "（无使用日期，以批准日期计）"
            if when is None:
                decide[i] = JU_CHECK
                unknown.append("即用时间待核实：%s、%s为空或无法识别" % (nm["use_date"], nm["approval_date"]))
            elif when <= cutoff:
                decide[i] = JU_PERFECT
                failed.append("四项条件均符合，%s %s%s 不晚于 %s" % ("即用" if key == "use_date" else "批准",
                                                           when, basis, cutoff))
            else:
                decide[i] = JU_CHECK
                unknown.append("四项条件均符合，但%s %s 晚于 %s，不在完善用地手续范围，需另行认定"
                               % ("即用" if key == "use_date" else "批准", when, cutoff))
        parts = failed + unknown
        disposal = _JU_DISPOSAL.get(decide[i])
        reason[i] = "；".join(parts + ([disposal] if disposal else []))
    return {"ju_decide": decide, "ju_reason": reason}


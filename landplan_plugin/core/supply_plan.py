"""供地计划执行监测 — land-supply plan progress.

The rule, in full (the algorithm's help and the README point here):

* **Plan.** Area in 公顷 per use category (住宅, 商服, 工矿仓储, 其他), optionally per district.
  A plan row whose category reads 合计/总计/小计 is not added: it is checked against the sum of
  the category rows and a difference is reported.
* **Category of a supply** (:func:`categories_of_codes`, :func:`categories_of_texts`): from its
  land-use code (GB/T 21010 / 三调, first two digits: 07 住宅, 05 商服, 06 工矿仓储, 08/09/10/11 其他;
  三调's 0508 物流仓储 counts as 工矿仓储, as in the scoring; codes as text or integers, 601 = 0601,
  5 = 05), or from a category text (住宅用地, 商服用地, 工业用地, 公共管理与公共服务用地 …). Any other
  code (01–04 farmland and unused land, 12 …) is *unknown*: not counted, reported with its area.
* **Milestones** (:func:`parse_milestones`): text ``MM-DD:percent`` separated by commas, default
  ``06-30:50,09-30:75,12-31:100`` ("6月底达到50%以上，9月底达到75%以上，12月底全面完成").
  The required completion as of a date (:func:`required_pct_columns`) is the percent of the latest
  milestone on or before it in that year, 0 before the first.
* **Counting window** (:func:`window_status_columns`): the plan year is ``as_of``'s year; a supply counts
  when its date lies from 1 January of that year up to and including ``as_of``. Supplies dated
  before the year, after ``as_of``, undated or with an unreadable date are not counted, and
  each group is reported with its count and area (never silently dropped).
* **Per row** (:func:`progress_metrics_columns`) for each district × category and for 合计 on the totals:
  ``done_pct`` = supplied ÷ plan × 100 (empty when the plan is 0); ``req_pct`` as above;
  ``on_track`` = 1 when supplied ≥ req % × plan (within 1e-9 relative), else 0;
  ``gap_ha`` = max(0, req % × plan − supplied); ``plan_shr`` = the row's plan ÷ the block's
  total plan × 100; ``supp_shr`` = the row's supplied ÷ the block's total supplied × 100 (empty
  when nothing was supplied). A category with a plan and no supplies shows 0 %.
* **Area** of a supply: its area field (公顷) when readable, else its geometry's area.
* **Districts.** With a district column in the plan, every district gets its four category rows
  and a 合计 row, and a block ``全部`` sums all districts. A supply whose district is not in the
  plan gets a block of its own with plan 0 (reported). Without plan districts every row is
  ``全部``.

Every function here is pure (stdlib + numpy); every rule is a batch function over columns, and
:func:`plan_progress` runs them on the plan and supply tables (:class:`PlanTable`,
:class:`SupplyTable`). numpy is imported when a rule first runs, so loading the plugin stays light.
"""
import calendar
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from .dates import parse_date
from .landuse import normalise_code
from .lazy import lazy_module
from .values import NON_POSITIVE_AREA, is_missing, make_problem, map_distinct, parse_number_array

np = lazy_module("numpy")

__all__ = [
    "CATEGORIES", "TOTAL", "ALL_DISTRICTS", "DEFAULT_MILESTONES", "MilestoneError",
    "categories_of_codes", "categories_of_texts", "plan_categories",
    "parse_milestones", "required_pct_columns",
    "IN_WINDOW", "BEFORE_YEAR", "AFTER_AS_OF", "NO_DATE", "BAD_DATE_STATUS", "STATUS_LABELS",
    "window_status_columns", "dates_to_datetime64", "progress_metrics_columns",
    "ProgressSetup", "PlanTable", "SupplyTable", "ProgressRow", "ProgressReport", "plan_progress",
    "ledger_sheet", "OUTPUT_FIELDS",
    "parcel_progress_columns", "parcel_sheets", "PARCEL_FIELDS", "PP_STATUSES", "OBSTACLES", "QUARTER_LABELS",
]

HOUSING, COMMERCE, INDUSTRY, OTHER = "住宅", "商服", "工矿仓储", "其他"
CATEGORIES = (HOUSING, COMMERCE, INDUSTRY, OTHER)
TOTAL = "合计"
ALL_DISTRICTS = "全部"
DEFAULT_MILESTONES = "06-30:50,09-30:75,12-31:100"

#: output fields (name, Chinese alias) in table order
OUTPUT_FIELDS = (
    ("district", "区县"), ("category", "用途类别"), ("plan_ha", "计划供应(公顷)"),
    ("supp_ha", "已供应(公顷)"), ("n_supp", "供地宗数"), ("done_pct", "完成率(%)"),
    ("req_pct", "节点要求(%)"), ("on_track", "是否达到节点(1是/0否)"), ("gap_ha", "距节点缺口(公顷)"),
    ("plan_shr", "计划结构占比(%)"), ("supp_shr", "实际供应结构占比(%)"), ("as_of", "基准日"),
)

_TWO_DIGIT = {"07": HOUSING, "05": COMMERCE, "06": INDUSTRY, "08": OTHER, "09": OTHER, "10": OTHER, "11": OTHER}
_INDUSTRY_EXCEPTIONS = ("0508",)  # 三调 物流仓储用地


def _category_of_code(raw) -> Optional[str]:
    """Land-use code (text or number; 601 = 0601) → 住宅 / 商服 / 工矿仓储 / 其他, or None."""
    code = normalise_code(raw, (2, 4))
    if not code:
        return None
    if code.startswith(_INDUSTRY_EXCEPTIONS):
        return INDUSTRY
    if len(code) < 2 or not code[:2].isdigit():
        return None
    return _TWO_DIGIT.get(code[:2])


# category words, compared after NFKC, spaces removed; longest first so 工矿仓储用地 beats 仓储
_TEXT_WORDS = (
    ("公共管理与公共服务", OTHER), ("交通运输", OTHER), ("水域及水利设施", OTHER), ("水利设施", OTHER),
    ("特殊用地", OTHER), ("公共服务", OTHER), ("公共管理", OTHER), ("基础设施", OTHER),
    ("工矿仓储", INDUSTRY), ("工业", INDUSTRY), ("仓储", INDUSTRY), ("物流", INDUSTRY), ("工矿", INDUSTRY),
    ("采矿", INDUSTRY),
    ("商服", COMMERCE), ("商业", COMMERCE), ("商务", COMMERCE), ("商办", COMMERCE),
    ("住宅", HOUSING), ("居住", HOUSING), ("住房", HOUSING),
    ("其他", OTHER), ("其它", OTHER),
)
_TOTAL_WORDS = ("合计", "总计", "小计", "总量", "TOTAL")


def _clean(raw) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(raw))).upper()


def _category_of_text(raw) -> Optional[str]:
    """Category text → category, 合计 for a total line, or None (empty or unrecognised)."""
    if raw is None or is_missing(raw) or isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float)):
        return _category_of_code(raw)
    text = _clean(raw)
    if any(w in text for w in _TOTAL_WORDS):
        return TOTAL
    for word, cat in _TEXT_WORDS:
        if word in text:
            return cat
    if re.match(r"^\d", text):
        return _category_of_code(text)
    return None


def _objects(values):
    arr = np.empty(len(values), dtype=object)
    arr[:] = values.tolist() if isinstance(values, np.ndarray) else list(values)
    return arr


def categories_of_codes(codes):
    """Land-use codes (text or numbers; 601 = 0601) → object array of 住宅 / 商服 / 工矿仓储 / 其他,
    None for a code of no category."""
    # distinct values are few (a code list); classify each once
    return _objects(map_distinct(_objects(codes).tolist(), _category_of_code))


def plan_categories(texts):
    """A plan's category texts (住宅用地, 商服, 工矿仓储用地, 公共管理与公共服务用地, 其他用地 …; a code in
    the text, ``0701`` or ``601``, is read as a code) → object array of categories, 合计 for a total
    line (合计/总计/小计), None where empty or unrecognised."""
    return _objects(map_distinct(_objects(texts).tolist(), _category_of_text))


def categories_of_texts(texts, codes=None):
    """Supplies' categories: the category text where it names a category (not a total), else the
    land-use code; object array, None for unknown."""
    by_text = plan_categories(texts)
    by_text[np.array([c == TOTAL for c in by_text.tolist()], dtype=bool)] = None
    if codes is None:
        return by_text
    missing = np.array([c is None for c in by_text.tolist()], dtype=bool)
    by_text[missing] = categories_of_codes(_objects(codes)[missing])
    return by_text


# ---------------------------------------------------------------------------------------------
# milestones

class MilestoneError(ValueError):
    """Milestone text that cannot be used; the message (Chinese) names the bad part."""


_RE_MILESTONE = re.compile(r"^(\d{1,2})(?:[-/.月])(\d{1,2})日?[:=](\d+(?:\.\d+)?)%?$")


def parse_milestones(text) -> List[Tuple[int, int, float]]:
    """``"06-30:50,09-30:75,12-31:100"`` → ``[(6, 30, 50.0), (9, 30, 75.0), (12, 31, 100.0)]``.

    Accepted: separators ``,`` ``，`` ``;`` ``、``, dates ``MM-DD``, ``M/D``, ``M.D``, ``6月30日``,
    ``:`` or ``=`` before the percent, an optional ``%``, full-width characters. Empty text gives
    the default. Raises :class:`MilestoneError` naming the part for: unreadable parts, impossible
    dates (02-29 counts as the last day of February), percents outside 0–100, repeated dates, and
    percents that go down as the dates go up.
    """
    if text is None or is_missing(text):
        text = DEFAULT_MILESTONES
    s = unicodedata.normalize("NFKC", str(text))
    parts = [p.strip() for p in re.split(r"[,;、]", s) if p.strip()]
    if not parts:
        raise MilestoneError("节点要求「%s」为空" % text)
    out = []
    for part in parts:
        m = _RE_MILESTONE.match(re.sub(r"\s+", "", part))
        if not m:
            raise MilestoneError("节点要求「%s」无法识别，应写作 月-日:百分数，如 06-30:50" % part)
        month, day, pct = int(m.group(1)), int(m.group(2)), float(m.group(3))
        try:
            _dt.date(2024, month, day)  # a leap year: 02-29 is allowed
        except ValueError:
            raise MilestoneError("节点要求「%s」的日期 %d月%d日 不存在" % (part, month, day)) from None
        if not 0 <= pct <= 100:
            raise MilestoneError("节点要求「%s」的完成率 %s%% 不在 0–100 之间" % (part, m.group(3)))
        out.append((month, day, pct))
    out.sort(key=lambda t: (t[0], t[1]))
    for (m1, d1, p1), (m2, d2, p2) in zip(out, out[1:]):
        if (m1, d1) == (m2, d2):
            raise MilestoneError("节点要求中 %02d-%02d 出现了两次" % (m1, d1))
        if p2 < p1:
            raise MilestoneError("节点要求 %02d-%02d:%g 低于更早的 %02d-%02d:%g" % (m2, d2, p2, m1, d1, p1))
    return out


def _milestone_date(year, month, day):
    try:
        return _dt.date(year, month, day)
    except ValueError:  # 02-29 in a common year
        return _dt.date(year, 2, 28)


def dates_to_datetime64(dates):
    """Sequence of ``datetime.date`` / None → ``datetime64[D]`` array with NaT for None."""
    return np.array([np.datetime64(d, "D") if d is not None else np.datetime64("NaT") for d in dates],
                    dtype="datetime64[D]")


def required_pct_columns(as_of, milestones):
    """Percent required by each date of ``as_of`` (a ``datetime64[D]`` array; NaT → NaN): the
    latest milestone on or before it in its year, else 0."""
    d = np.asarray(as_of, dtype="datetime64[D]")
    out = np.where(np.isnat(d), np.nan, 0.0)
    years = d.astype("datetime64[Y]").astype(np.int64) + 1970
    for year in np.unique(years[~np.isnat(d)]):
        sel = (years == year) & ~np.isnat(d)
        for month, day, pct in milestones:
            md = np.datetime64(_milestone_date(int(year), month, day), "D")
            hit = sel & (d >= md)
            out[hit] = np.maximum(out[hit], pct)
    return out


# ---------------------------------------------------------------------------------------------
# counting window

IN_WINDOW = "in"          # 1 Jan of the plan year … as_of, counted
BEFORE_YEAR = "before"    # before 1 January of the plan year
AFTER_AS_OF = "after"     # after as_of (later this year or a later year)
NO_DATE = "no_date"
BAD_DATE_STATUS = "bad_date"
STATUS_LABELS = {IN_WINDOW: "计入", BEFORE_YEAR: "早于计划年度", AFTER_AS_OF: "晚于基准日",
                 NO_DATE: "无供地日期", BAD_DATE_STATUS: "供地日期无法识别"}


def window_status_columns(supply_dates, as_of: _dt.date):
    """Where each supply date lies relative to the counting window of ``as_of``: ``datetime64[D]``
    array (NaT = no date) → object array of :data:`IN_WINDOW`, :data:`BEFORE_YEAR`,
    :data:`AFTER_AS_OF`, :data:`NO_DATE`."""
    d = np.asarray(supply_dates, dtype="datetime64[D]")
    start = np.datetime64(_dt.date(as_of.year, 1, 1), "D")
    end = np.datetime64(as_of, "D")
    out = np.full(d.shape, IN_WINDOW, dtype=object)
    nat = np.isnat(d)
    out[~nat & (d < start)] = BEFORE_YEAR
    out[~nat & (d > end)] = AFTER_AS_OF
    out[nat] = NO_DATE
    return out


# ---------------------------------------------------------------------------------------------
# per-row metrics

_REL_TOL = 1e-9


def progress_metrics_columns(plan_ha, supp_ha, req, total_plan, total_supp):
    """(done_pct, on_track, gap_ha, plan_shr, supp_shr) of each row (rule: module docstring):
    float arrays in (NaN counts as 0; ``req`` the required percent), arrays out, NaN where a
    percentage has no base (plan 0, nothing supplied)."""
    plan = np.nan_to_num(np.asarray(plan_ha, dtype=float), nan=0.0)
    supp = np.nan_to_num(np.asarray(supp_ha, dtype=float), nan=0.0)
    req = np.asarray(req, dtype=float)
    tp = np.nan_to_num(np.asarray(total_plan, dtype=float), nan=0.0) * np.ones_like(plan)
    ts = np.nan_to_num(np.asarray(total_supp, dtype=float), nan=0.0) * np.ones_like(plan)
    need = req / 100.0 * plan
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        done = np.where(plan > 0, supp / np.where(plan > 0, plan, 1.0) * 100.0, np.nan)
        plan_shr = np.where(tp > 0, plan / np.where(tp > 0, tp, 1.0) * 100.0, np.nan)
        supp_shr = np.where(ts > 0, supp / np.where(ts > 0, ts, 1.0) * 100.0, np.nan)
    on_track = (supp >= need - _REL_TOL * np.maximum(1.0, np.abs(need))).astype(np.int64)
    gap = np.where(on_track == 1, 0.0, np.maximum(0.0, need - supp))
    return done, on_track, gap, plan_shr, supp_shr


# ---------------------------------------------------------------------------------------------
# aggregation

@dataclass(frozen=True)
class ProgressSetup:
    """What a run found: the plan's fields ``plan`` {category, area, district} and the supplies'
    ``supplies`` {date, code, category, area, district} (field name or None), and whether the
    supplies are polygons (their area is then measured where the area field gives none)."""
    plan: Dict[str, Optional[str]] = field(default_factory=dict)
    supplies: Dict[str, Optional[str]] = field(default_factory=dict)
    polygons: bool = False

    @property
    def use_districts(self):
        """Progress per district: the plan names its districts (the supplies' district field is
        then looked for by its usual names)."""
        return bool(self.plan.get("district"))

    def plan_errors(self):
        """``'plan_fields'``: the plan lacks its category or area field."""
        return [] if self.plan.get("category") and self.plan.get("area") else ["plan_fields"]

    def supply_errors(self):
        """In this order: ``'no_date'`` (no supply date field), ``'no_code'`` (neither a land-use code
        nor a category field), ``'no_area'`` (no polygons and no area field)."""
        out = [] if self.supplies.get("date") else ["no_date"]
        if not (self.supplies.get("code") or self.supplies.get("category")):
            out.append("no_code")
        if not self.polygons and not self.supplies.get("area"):
            out.append("no_area")
        return out


@dataclass
class PlanTable:
    """The plan table as columns of raw values as read (``district`` None: no district column)."""
    category: Sequence
    area: Sequence
    district: Optional[Sequence] = None


@dataclass
class SupplyTable:
    """The supplies as columns of raw values as read. ``area_ha``: the area field (公顷; None: no
    field); ``geom_ha``: the measured area, used where the field is missing or unreadable;
    ``label``: how each supply is named in reports (e.g. "要素 12"; None: 供地第N条)."""
    date: Sequence
    area_ha: Optional[Sequence] = None
    code: Optional[Sequence] = None
    category: Optional[Sequence] = None
    district: Optional[Sequence] = None
    label: Optional[Sequence] = None
    geom_ha: Optional[Sequence] = None


@dataclass
class ProgressRow:
    district: str
    category: str
    plan_ha: float
    supp_ha: float
    n_supp: int
    done_pct: Optional[float]
    req_pct: float
    on_track: int
    gap_ha: float
    plan_shr: Optional[float]
    supp_shr: Optional[float]


@dataclass
class ProgressReport:
    """Everything a run reports besides the rows (Chinese messages; counts and areas)."""
    rows: List[ProgressRow] = field(default_factory=list)
    req_pct: float = 0.0
    window: Tuple[_dt.date, _dt.date] = None
    counted: int = 0
    excluded: Dict[str, List[float]] = field(default_factory=dict)   # status → [count, ha]
    unknown_codes: Dict[str, List[float]] = field(default_factory=dict)  # code → [count, ha]
    problems: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)


def _district_key(raw) -> str:
    if raw is None or is_missing(raw):
        return ""
    return unicodedata.normalize("NFKC", str(raw)).strip()


def _areas(raw, name, labels):
    """(non-negative areas or None, {row: problem text}): an unreadable or negative value is named
    (with the row's label) and counts as missing."""
    values, problems = parse_number_array(_objects(raw), name)
    out, messages = [], {}
    raw = _objects(raw).tolist()
    for i, v in enumerate(values.tolist()):
        problem = problems.get(i)
        if problem is None and v == v and v < 0:
            problem = make_problem(NON_POSITIVE_AREA, name, raw[i], "为负数，按缺失处理")
        if problem is not None:
            messages[i] = "%s：%s" % (labels[i], problem.message) if labels[i] else problem.message
            v = float("nan")
        out.append(None if v != v else v)
    return out, messages


def _column(values, n):
    return [None] * n if values is None else _objects(values).tolist()


def plan_progress(plan: PlanTable, supplies: SupplyTable, as_of: _dt.date, milestones=None, use_districts=None,
                  plan_area_name="计划面积", supply_area_name="供地面积",
                  supply_date_name="供地日期") -> ProgressReport:
    """The progress table (rule: module docstring) and its report.

    ``use_districts``: None → districts are used when any plan row names one.
    """
    ms = parse_milestones(DEFAULT_MILESTONES) if milestones is None else milestones
    rep = ProgressReport()
    rep.req_pct = float(required_pct_columns(dates_to_datetime64([as_of]), ms)[0])
    rep.window = (_dt.date(as_of.year, 1, 1), as_of)

    # plan
    n_plan = len(plan.category)
    plan_district = _column(plan.district, n_plan)
    if use_districts is None:
        use_districts = any(_district_key(d) for d in plan_district)
    plan_cat = plan_categories(plan.category).tolist()
    plan_area, area_problems = _areas(plan.area, plan_area_name, ["计划第%d行" % i for i in range(1, n_plan + 1)])
    raw_cat = _column(plan.category, n_plan)
    plan_sums: Dict[Tuple[str, str], float] = {}
    stated_totals: Dict[str, float] = {}
    order: List[str] = []
    for i in range(n_plan):
        label = "计划第%d行" % (i + 1)
        cat, area = plan_cat[i], plan_area[i]
        dist = _district_key(plan_district[i]) if use_districts else ALL_DISTRICTS
        if use_districts and not dist:
            dist = "（未填区县）"
        if i in area_problems:
            rep.problems.append(area_problems[i])
        if cat is None:
            rep.problems.append("%s：用途类别「%s」无法识别，面积 %s 公顷未计入计划" % (
                label, "" if raw_cat[i] is None else raw_cat[i], _fmt(area)))
            continue
        if area is None:
            if cat != TOTAL:
                rep.problems.append("%s：%s「%s」的计划面积为空，按 0 计" % (label, dist, cat))
            area = 0.0
        if cat == TOTAL:
            stated_totals[dist] = stated_totals.get(dist, 0.0) + area
            continue
        if dist not in order:
            order.append(dist)
        if (dist, cat) in plan_sums:
            rep.notes.append("%s：%s「%s」在计划中出现多次，面积相加" % (label, dist, cat))
        plan_sums[(dist, cat)] = plan_sums.get((dist, cat), 0.0) + area

    # supplies
    n = len(supplies.date)
    labels = [lbl or "供地第%d条" % (j + 1) for j, lbl in enumerate(_column(supplies.label, n))]
    parsed = map_distinct(_column(supplies.date, n), lambda raw: parse_date(raw, supply_date_name))
    status = window_status_columns(dates_to_datetime64([d for d, _p in parsed]), as_of).tolist()
    area, area_problems = _areas(_column(supplies.area_ha, n), supply_area_name, labels)
    geom = _column(supplies.geom_ha, n)
    codes, texts, districts = (_column(c, n) for c in (supplies.code, supplies.category, supplies.district))
    category = categories_of_texts(texts, codes).tolist()
    supp: Dict[Tuple[str, str], List[float]] = {}
    extra_districts: List[str] = []
    for j in range(n):
        problem = parsed[j][1]
        if problem is not None:
            status[j] = BAD_DATE_STATUS
            rep.problems.append("%s：%s" % (labels[j], problem.message))
        if j in area_problems:
            rep.problems.append(area_problems[j])
        a = area[j]
        if a is None and geom[j] is not None:
            a = float(geom[j])
        if status[j] != IN_WINDOW:
            entry = rep.excluded.setdefault(status[j], [0, 0.0])
            entry[0] += 1
            entry[1] += a or 0.0
            continue
        if a is None:
            rep.problems.append("%s：没有可用的供地面积，未计入" % labels[j])
            entry = rep.excluded.setdefault("no_area", [0, 0.0])
            entry[0] += 1
            continue
        cat = category[j]
        if cat is None:
            key = normalise_code(codes[j], (2, 4))
            if not key and texts[j] is not None and not is_missing(texts[j]):
                key = unicodedata.normalize("NFKC", str(texts[j])).strip()
            entry = rep.unknown_codes.setdefault(key or "（空）", [0, 0.0])
            entry[0] += 1
            entry[1] += a
            continue
        dist = ALL_DISTRICTS
        if use_districts:
            dist = _district_key(districts[j]) or "（未填区县）"
            if dist not in order and dist not in extra_districts:
                extra_districts.append(dist)
        e = supp.setdefault((dist, cat), [0.0, 0])
        e[0] += a
        e[1] += 1
        rep.counted += 1
    for dist in extra_districts:
        rep.notes.append("区县「%s」有供地但计划中没有该区县，按计划 0 列出" % dist)

    districts = (order + extra_districts) if (order or extra_districts) else [ALL_DISTRICTS]
    if not use_districts:
        districts = [ALL_DISTRICTS]
    blocks = [(d, [d]) for d in districts]
    if use_districts:
        blocks.append((ALL_DISTRICTS, districts))
    table = []   # (district, category, plan, supplied, count, block plan, block supplied)
    for dist, members in blocks:
        cat_plan = [sum(plan_sums.get((m, c), 0.0) for m in members) for c in CATEGORIES]
        cat_supp = [sum(supp.get((m, c), [0.0, 0])[0] for m in members) for c in CATEGORIES]
        cat_n = [sum(supp.get((m, c), [0.0, 0])[1] for m in members) for c in CATEGORIES]
        tp, ts = sum(cat_plan), sum(cat_supp)
        for cat, p, sp, k in list(zip(CATEGORIES, cat_plan, cat_supp, cat_n)) + [(TOTAL, tp, ts, sum(cat_n))]:
            table.append((dist, cat, p, sp, k, tp, ts))
        stated = stated_totals.get(dist) if use_districts else stated_totals.get(ALL_DISTRICTS)
        if stated is not None and abs(stated - tp) > 0.005 + 1e-9 * abs(tp):
            rep.notes.append("%s：计划表中的合计 %s 公顷与各类之和 %s 公顷不一致，按各类之和计" % (
                dist, _fmt(stated), _fmt(tp)))
    cols = list(zip(*table)) if table else [()] * 7
    metrics = progress_metrics_columns(cols[2], cols[3], [rep.req_pct] * len(table), cols[5], cols[6])

    def opt(v):
        return None if v != v else float(v)
    for t, done, ok, gap, pshr, sshr in zip(table, *(m.tolist() for m in metrics)):
        rep.rows.append(ProgressRow(t[0], t[1], t[2], t[3], t[4], opt(done), rep.req_pct, int(ok), float(gap),
                                    opt(pshr), opt(sshr)))
    return rep


def _fmt(v):
    if v is None:
        return "—"
    return ("%.2f" % v)


# ---------------------------------------------------------------------------------------------
# ledger sheet (台账: 供地计划执行)

def ledger_sheet(report, as_of: _dt.date):
    """(sheet name, title line, header, rows) of the 供地计划执行 ledger sheet of a
    :class:`ProgressReport`: one row per district × category with the numbers rounded as printed
    (公顷 2 decimals, % 1 decimal)."""
    title = "%d年度国有建设用地供应计划执行情况（基准日期 %s，节点要求 %s%%）" % (
        as_of.year, as_of.isoformat(), ("%g" % (report.req_pct or 0.0)))
    header = ["区县", "用途类别", "计划供应(公顷)", "已供应(公顷)", "宗数", "完成率(%)", "节点要求(%)",
              "是否达到节点", "距节点缺口(公顷)", "计划结构(%)", "实际结构(%)"]

    def r(v, n):
        return None if v is None else round(v, n)
    rows = [[row.district, row.category, r(row.plan_ha, 2), r(row.supp_ha, 2), row.n_supp, r(row.done_pct, 1),
             r(row.req_pct, 1), "是" if row.on_track == 1 else "否", r(row.gap_ha, 2), r(row.plan_shr, 2),
             r(row.supp_shr, 2)] for row in report.rows]
    return "供地计划执行", title, header, rows


# ---------------------------------------------------------------------------------------------
# planned parcels (拟供地块台账): "进行逐宗摸排，建立台账 … 具体计划要倒排到每季度，具体工作要细化到月"

PP_ON_TIME, PP_LATE, PP_NOT_DUE, PP_EARLY, PP_LATE_SUPPLIED = "按期供应", "逾期未供", "未到期", "提前供应", "逾期供应"
PP_STATUSES = (PP_ON_TIME, PP_EARLY, PP_LATE_SUPPLIED, PP_LATE, PP_NOT_DUE)
#: the obstacles the plan names ("尽快解决供地前期的征收、拆迁、文物、环保等制约因素"), then 其他
OBSTACLES = ("征收", "拆迁", "文物", "环保", "其他")
#: the words that name each obstacle in a free-text field
_OBSTACLE_WORDS = {"征收": ("征收", "征地"), "拆迁": ("拆迁", "搬迁"), "文物": ("文物", "考古"),
                   "环保": ("环保", "环评", "环境")}
NO_QUARTER = "未排季度"
QUARTER_LABELS = ("一季度", "二季度", "三季度", "四季度")
#: the parcel output's fields (name, Chinese alias)
PARCEL_FIELDS = (("pp_status", "供应状态"), ("pp_quarter", "计划季度"), ("pp_due", "计划供应截止日"),
                 ("pp_sdate", "实际供地日期"), ("pp_obst", "制约因素"), ("pp_unit", "责任单位"),
                 ("pp_reason", "说明"))
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
              "十一": 11, "十二": 12}


def _small_int(raw, top):
    """(1…``top``, the year written with it or None) from 2, 2.0, "2", "Q2", "第二季度", "二季度", "3月",
    "2024-03", "2024年3月", "2024年第二季度", "2024Q2", a date; (None, None) when unreadable."""
    if raw is None or is_missing(raw) or isinstance(raw, bool):
        return None, None
    if isinstance(raw, (_dt.date,)):
        return (raw.month if top == 12 else (raw.month - 1) // 3 + 1), raw.year
    year = None
    if isinstance(raw, (int, float)):
        v = int(raw) if float(raw).is_integer() else None
    else:
        text = _clean(raw).replace("第", "").replace("季度", "").replace("季", "").replace("月份", "").replace("月", "")
        m = re.match(r"^(\d{4})\s*(?:[-/.年]|(?=[Qq]))\s*(.+)$", text)
        if m:
            year, text = int(m.group(1)), m.group(2)
            day = re.match(r"^(\d{1,2})[-/.]\d{1,2}$", text)  # 2024-06-15: the month
            text = day.group(1) if day else text
        text = text.lstrip("Qq")
        v = int(text) if text.isdigit() else _CN_DIGITS.get(text)
    return (v, year) if v is not None and 1 <= v <= top else (None, None)


def _obstacle(raw):
    """征收 / 拆迁 / 文物 / 环保 / 其他 (several joined with 、), None when empty."""
    if raw is None or is_missing(raw):
        return None
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if not text or text in ("无", "否", "/", "-"):
        return None
    found = [o for o in OBSTACLES[:4] if any(w in text for w in _OBSTACLE_WORDS[o])]
    return "、".join(found) if found else "其他"


def parcel_progress_columns(as_of, quarter=None, month=None, supply_date=None, obstacle=None, unit=None,
                            matched=None, names=None):
    """Planned parcels against the supplies (the plan year is ``as_of``'s year unless the quarter or
    month names its own, e.g. 2023-12 or 2024年第二季度). One element per
    planned parcel: ``quarter`` (1–4, Q2, 二季度 …) and ``month`` (1–12, 3月 …) the plan puts it in;
    ``supply_date`` the date of the supply matched to it (None: no supply matched); ``matched``
    bool per parcel (a supply was matched, even without a readable date; None: all False where
    there is no supply date); ``obstacle`` and ``unit`` as written.

    * **Due date** (``pp_due``): the last day of the planned month; without a month, of the planned
      quarter; without either, 31 December (the plan year; the quarter is then 未排季度). A month
      outside the quarter given: the month wins, noted. The quarter (``pp_quarter``) is the
      month's quarter when a month is given.
    * **Status** (``pp_status``): supplied on or before ``as_of`` — before the first day of the
      planned period (the month, else the quarter, else the year) → 提前供应; by the due date →
      按期供应; after it → 逾期供应. Not supplied by ``as_of`` (no supply, or one dated after it) —
      due date before ``as_of`` → 逾期未供, else (the due day itself included) → 未到期. A matched
      supply with an unreadable date counts as not supplied, noted.
    * ``pp_obst``: 征收 / 拆迁 / 文物 / 环保 / 其他 (several joined with 、; 征地 counts as 征收, 搬迁 as
      拆迁, 考古 as 文物, 环评 and 环境 as 环保);
      ``pp_unit`` the responsible unit as written; ``pp_reason`` the text.

    Returns a dict of object arrays keyed by the names of :data:`PARCEL_FIELDS` (dates as
    ``datetime.date``).
    """
    nm = {"quarter": "计划季度", "month": "计划月份", "supply_date": "供地日期"}
    nm.update(names or {})
    lens = [len(c) for c in (quarter, month, supply_date, obstacle, unit, matched) if c is not None]
    n = lens[0] if lens else 0
    q_raw, m_raw, s_raw = _column(quarter, n), _column(month, n), _column(supply_date, n)
    o_raw, u_raw = _column(obstacle, n), _column(unit, n)
    got = [False] * n if matched is None else [bool(v) for v in _objects(matched).tolist()]
    out = {name: np.full(n, None, dtype=object) for name, _ in PARCEL_FIELDS}
    for i in range(n):
        notes = []
        (q, q_year), (m, m_year) = _small_int(q_raw[i], 4), _small_int(m_raw[i], 12)
        year = m_year if m is not None and m_year else (q_year if q is not None and q_year else as_of.year)
        for raw, v, key in ((q_raw[i], q, "quarter"), (m_raw[i], m, "month")):
            if v is None and raw is not None and not is_missing(raw) and str(raw).strip():
                notes.append("%s「%s」无法识别" % (nm[key], raw))
        if m is not None:
            if q is not None and (m - 1) // 3 + 1 != q:
                notes.append("计划月份 %d 月不在第 %d 季度，按月份计" % (m, q))
            q = (m - 1) // 3 + 1
            start = _dt.date(year, m, 1)
            due = _dt.date(year, m, calendar.monthrange(year, m)[1])
            period = "%d年%d月" % (year, m)
        elif q is not None:
            start = _dt.date(year, 3 * q - 2, 1)
            due = _dt.date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
            period = "%d年%s" % (year, QUARTER_LABELS[q - 1])
        else:
            start, due, period = _dt.date(year, 1, 1), _dt.date(year, 12, 31), "%d年内（未排季度）" % year
        supplied, problem = parse_date(s_raw[i], nm["supply_date"]) if s_raw[i] is not None else (None, None)
        if problem is not None:
            notes.append(problem.message)
        if supplied is not None and supplied > as_of:
            notes.append("供地日期 %s 晚于基准日，按未供计" % supplied)
            supplied = None
        if supplied is None:
            status = PP_LATE if due < as_of else PP_NOT_DUE
            text = "计划%s供应（截至 %s），截至基准日未供地" % (period, due)
            if got[i] and s_raw[i] is None:
                notes.append("匹配到供地但%s为空" % nm["supply_date"])
        else:
            status = PP_EARLY if supplied < start else (PP_ON_TIME if supplied <= due else PP_LATE_SUPPLIED)
            text = "计划%s供应（截至 %s），%s 供地" % (period, due, supplied)
            out["pp_sdate"][i] = supplied
        obst = _obstacle(o_raw[i])
        if obst and status in (PP_LATE, PP_NOT_DUE):
            text += "；制约因素：%s" % (o_raw[i] if obst == "其他" else obst)
        out["pp_status"][i] = status
        out["pp_quarter"][i] = NO_QUARTER if q is None else QUARTER_LABELS[q - 1]
        out["pp_due"][i] = due
        out["pp_obst"][i] = obst
        u = u_raw[i]
        out["pp_unit"][i] = None if u is None or is_missing(u) or not str(u).strip() else str(u).strip()
        out["pp_reason"][i] = "；".join([text] + notes)
    return out


def parcel_sheets(columns, ids, areas_ha, as_of: _dt.date):
    """The two ledger sheets of the planned parcels, each (sheet name, title, header, rows):
    拟供地块台账 (one row per parcel, ordered by quarter then id) and 拟供地块季度汇总 (per planned
    quarter and 合计: 宗数 and 公顷 planned, then 宗数 per status). ``columns``: the output of
    :func:`parcel_progress_columns`; ``ids``: parcel ids (None: 第N宗); ``areas_ha``: 公顷, raw
    values (None or unreadable: left out of the sums)."""
    n = len(columns["pp_status"])
    ids = ["第%d宗" % (i + 1) if v is None or is_missing(v) else str(v) for i, v in enumerate(_column(ids, n))]
    parsed, _problems = parse_number_array(_objects(_column(areas_ha, n)), "面积(公顷)")
    areas = [None if a != a else a for a in parsed.tolist()]
    quarters = list(QUARTER_LABELS) + [NO_QUARTER]
    qcol = columns["pp_quarter"].tolist()
    order = sorted(range(n), key=lambda i: (quarters.index(qcol[i]), ids[i]))
    title = "%d年度拟供地块台账（基准日期 %s）" % (as_of.year, as_of.isoformat())
    header = ["地块编号", "面积(公顷)", "计划季度", "计划供应截止日", "供应状态", "实际供地日期", "制约因素",
              "责任单位", "说明"]

    def day(d):
        return None if d is None else d.isoformat()
    rows = [[ids[i], None if areas[i] is None else round(areas[i], 4), qcol[i], day(columns["pp_due"][i]),
             columns["pp_status"][i], day(columns["pp_sdate"][i]), columns["pp_obst"][i], columns["pp_unit"][i],
             columns["pp_reason"][i]] for i in order]
    s_header = ["计划季度", "计划宗数", "计划面积(公顷)"] + list(PP_STATUSES)
    s_rows = []
    for label in quarters + [TOTAL]:
        members = [i for i in range(n) if label == TOTAL or qcol[i] == label]
        if not members and label == NO_QUARTER:
            continue
        status = [columns["pp_status"][i] for i in members]
        ha = sum(areas[i] for i in members if areas[i] is not None)
        s_rows.append([label, len(members), round(ha, 4)] + [status.count(s) for s in PP_STATUSES])
    s_title = "%d年度拟供地块按季度执行情况（基准日期 %s）" % (as_of.year, as_of.isoformat())
    return [("拟供地块台账", title, header, rows), ("拟供地块季度汇总", s_title, s_header, s_rows)]

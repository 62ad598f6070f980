"""县（区）考核 — the county assessment: 季度通报、半年约谈、年度考评.

The rule, in full (the algorithm's help and docs/rules/countyassessment.md point here):

* **Progress per 县（区）** is what ``landplan:taskprogress`` computes
  (:func:`landplan_plugin.core.tasks.task_progress` on the task table and the baseline and current
  runs; the task table's zone is the 县（区）): task, 已处置 and done % per kind
  (批而未供 / 闲置 / 低效) and in total. done % = 已处置 ÷ 任务 × 100; 新增 parcels do not lower it
  (they are listed apart, as in the task progress). The year's task is the task table given
  (one table per year).
* **Supply plan** per 县（区）: the 合计 row of the 县（区） in the ``supplyplanprogress`` table
  (its ``done_pct`` and its milestone ``req_pct``); a 县（区） is *behind* its plan when done % is
  below the milestone requirement (``plan_vs_req`` = done % ÷ required % × 100 < 100).
* **Nodes** (:func:`node_columns`), each rule a data file entry (``resources/assessment/``;
  default :data:`DEFAULT_RULES`, 濮政办〔2021〕6号 四(四) and the 郑州 2024 年国有建设用地供应计划
  六(五)): a rule applies on or after its date (month-day in the year of ``AS_OF``) to the
  县（区） whose measure compares true with the rule's value; it then carries its consequences.
  The shipped rules: **半年节点** 06-30, task done % ≤ 50 (过半 means more than half, so exactly
  50 % triggers) → 暂停新增建设用地申请（省以上重点工程和重大民生项目除外）; **年底节点** 12-31,
  done % < 100 → the same and 按未完成任务比例核减下一年度新增建设用地计划指标; **供地计划执行不力**
  12-31, supply plan below its milestone → 暂停建设用地批次报批半年. A measure a 县（区） lacks
  (no task, no plan row) leaves its node empty (待核实), never silently 0.
* **Quota cut** (:func:`cut_columns`): where a rule with ``"cut": true`` triggers and next year's
  新增建设用地计划指标 is given, cut = indicator × (1 − done % ÷ 100) (done % capped at 100, never
  below 0); 0 where no such rule triggers; empty without an indicator.
* **量化指标得分** (:func:`score_columns`) by a scheme file (``SCHEME_FILE``; the shipped one,
  :data:`EXAMPLE_SCHEME`, is an example — the documents ask for the score but give no weights):
  each indicator's measure is mapped linearly from ``zero_at`` (0 points) to ``full_at`` (full
  points), clipped; the score is Σ points ÷ Σ weights × 100 over the indicators the inputs allow.
  An indicator no 县（区） has a value for (its input not given) is left out and named, and the
  weights of the others carry the score; a 县（区） lacking a value the others have gets 0 points
  for it (named in its score parts).
* **Rank** (:func:`rank_columns`): by score, highest first; equal scores share a rank (1, 2, 2, 4).
  **Change** (:func:`rank_change_columns`): last quarter's rank − this rank (positive = moved up),
  empty for a 县（区） not in last quarter's table.
* **约谈名单** (:func:`talk_columns`): the bottom ``TALK_BOTTOM_N`` by score (ties at the boundary
  all listed) and every 县（区） scoring below ``TALK_SCORE_BELOW`` (when given), with the reason.

Every function here is pure (stdlib + numpy, imported when a rule first runs).
"""
import datetime as _dt
import os
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from ..paths import resource
from .datafile import read_json
from .lazy import lazy_module
from .values import is_missing, parse_number_array

np = lazy_module("numpy")

__all__ = [
    "OUTPUT_FIELDS", "KIND_FIELDS", "RULE_FIELDS", "MEASURES", "RulesError", "Rule", "load_rules",
    "SchemeError", "Indicator", "Scheme", "load_scheme", "DEFAULT_RULES", "EXAMPLE_SCHEME",
    "county_key", "county_progress", "plan_columns", "table_lookup", "parcel_measures", "node_columns",
    "cut_columns", "score_columns", "rank_columns", "rank_change_columns", "talk_columns",
    "Assessment", "assess", "ledger_sheet", "DEFINITIONS", "previous_ranks",
]

#: the node rules shipped (濮政办〔2021〕6号 四(四); 郑州 2024 年国有建设用地供应计划 六(五))
DEFAULT_RULES = resource("assessment", "nodes_puyang_2021.json")
#: the scoring scheme shipped — an example (示例), not a document's weights
EXAMPLE_SCHEME = resource("assessment", "example_scheme.json")

#: output fields (name, Chinese alias) in table order; the first 13 are the interface others read
OUTPUT_FIELDS = (
    ("ca_county", "县（区）"), ("ca_task_mu", "年度任务(亩)"), ("ca_done_mu", "已处置(亩)"),
    ("ca_donepct", "任务完成率(%)"), ("ca_planpct", "供地计划完成率(%)"), ("ca_halfway", "半年节点(1触发)"),
    ("ca_yearend", "年底节点(1触发)"), ("ca_cut_ha", "核减下年指标(公顷)"), ("ca_score", "量化指标得分"),
    ("ca_rank", "排名"), ("ca_rankchg", "排名变化(上升为正)"), ("ca_talk", "约谈(1是)"), ("ca_reason", "约谈原因"),
    ("ca_open_mu", "未处置(亩)"), ("ca_new_mu", "新增(亩)"), ("ca_planreq", "供地节点要求(%)"),
    ("ca_planlag", "供地计划滞后(1触发)"), ("ca_quota", "下年新增建设用地计划指标(公顷)"),
    ("ca_conseq", "触发的处理措施"), ("ca_parts", "得分构成"), ("ca_prevrk", "上期排名"),
    ("ca_us_task", "批而未供任务(亩)"), ("ca_us_done", "批而未供已处置(亩)"), ("ca_us_pct", "批而未供完成率(%)"),
    ("ca_id_task", "闲置任务(亩)"), ("ca_id_done", "闲置已处置(亩)"), ("ca_id_pct", "闲置完成率(%)"),
    ("ca_ie_task", "低效任务(亩)"), ("ca_ie_done", "低效已处置(亩)"), ("ca_ie_pct", "低效完成率(%)"),
    ("ca_as_of", "基准日"),
)
#: kind → (task, done, pct) field names
KIND_FIELDS = {"批而未供": ("ca_us_task", "ca_us_done", "ca_us_pct"), "闲置": ("ca_id_task", "ca_id_done", "ca_id_pct"),
               "低效": ("ca_ie_task", "ca_ie_done", "ca_ie_pct")}
#: the flag field a rule (by its ``output``) fills; a rule without one only adds its consequences
RULE_FIELDS = ("ca_halfway", "ca_yearend", "ca_planlag")

#: measures a rule or a scheme indicator can use (``kind_pct:<kind>`` and ``permu_share:<classes>`` too)
MEASURES = {
    "task_pct": "存量盘活任务完成率(%)",
    "plan_pct": "供地计划完成率(%)",
    "plan_vs_req": "供地计划完成率与节点要求之比(%)",
    "std_pass": "标准地达标率(%)",
}
DEFINITIONS = ("口径：任务完成率 = 已处置 ÷ 年度任务 × 100%（新增宗地不抵减）；"
               "供地计划完成率取供地计划执行监测的县（区）合计行，低于节点要求为滞后；"
               "节点按基准日所在年度的日期判断（当日及以后）；未完成过半指完成率不超过 50%；"
               "核减指标 = 下年新增建设用地计划指标 ×（1 − 完成率）；量化指标得分按评分方案计算。")


def county_key(raw) -> str:
    """A 县（区） name as compared across tables: NFKC, stripped ('' for empty)."""
    if raw is None or is_missing(raw):
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return unicodedata.normalize("NFKC", str(raw)).strip()


# ---- data files --------------------------------------------------------------------------------

class RulesError(ValueError):
    """A node-rules file that cannot be used (the message names the file and the entry)."""


class SchemeError(ValueError):
    """A scoring-scheme file that cannot be used."""


_OP_NAMES = ("<", "<=", ">", ">=")


def _compare(values, op, threshold):
    # measured areas carry float noise (5 亩 of 10 measured on the ellipsoid is 50.0000024 %): compare
    # at 10⁻⁴ of a point, so a task done exactly half (or whole) meets its threshold as the figures say
    v = np.round(np.asarray(values, dtype=float), 4)
    with np.errstate(invalid="ignore"):
        out = {"<": v < threshold, "<=": v <= threshold, ">": v > threshold, ">=": v >= threshold}[op]
    return np.where(np.isnan(v), np.nan, out.astype(float))


def _known_measure(name) -> bool:
    return name in MEASURES or name.startswith(("kind_pct:", "permu_share:"))


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    month: int
    day: int
    measure: str
    op: str
    value: float
    consequences: Tuple[str, ...]
    cut: bool = False
    output: str = ""
    source: str = ""


def load_rules(path) -> List[Rule]:
    """The node rules of a JSON file (format: resources/assessment/README.md)."""
    def err(p, text):
        return RulesError("考核节点文件 %s %s" % (p, text))
    data = read_json(path, err)
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list) or not data["rules"]:
        raise err(path, "缺少「rules」列表")
    out = []
    for i, r in enumerate(data["rules"], 1):
        where = "第%d条规则" % i
        if not isinstance(r, dict):
            raise err(path, "%s不是对象" % where)
        try:
            month, day = (int(x) for x in str(r.get("date", "")).split("-"))
            _dt.date(2000, month, day)
        except ValueError:
            raise err(path, "%s的 date「%s」应为 月-日，如 06-30" % (where, r.get("date"))) from None
        measure = str(r.get("measure", ""))
        if not _known_measure(measure):
            raise err(path, "%s的 measure「%s」无法识别（可用：%s、kind_pct:类别、permu_share:类别）" % (
                where, measure, "、".join(MEASURES)))
        if r.get("op") not in _OP_NAMES:
            raise err(path, "%s的 op「%s」应为 <、<=、>、>= 之一" % (where, r.get("op")))
        if not isinstance(r.get("value"), (int, float)) or isinstance(r.get("value"), bool):
            raise err(path, "%s缺少数值 value" % where)
        cons = r.get("consequences")
        if not isinstance(cons, list) or not all(isinstance(c, str) and c.strip() for c in cons):
            raise err(path, "%s的 consequences 应为文字列表" % where)
        output = str(r.get("output") or "")
        if output and output not in RULE_FIELDS:
            raise err(path, "%s的 output「%s」应为 %s 之一或留空" % (where, output, "、".join(RULE_FIELDS)))
        out.append(Rule(str(r.get("id") or "rule%d" % i), str(r.get("title") or r.get("id") or where), month, day,
                        measure, r["op"], float(r["value"]), tuple(c.strip() for c in cons), bool(r.get("cut")),
                        output, str(r.get("source") or "")))
    return out


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    measure: str
    weight: float
    zero_at: float
    full_at: float


@dataclass(frozen=True)
class Scheme:
    name: str
    example: bool
    indicators: Tuple[Indicator, ...]
    note: str = ""


def load_scheme(path) -> Scheme:
    """The scoring scheme of a JSON file (format: resources/assessment/README.md)."""
    def err(p, text):
        return SchemeError("评分方案 %s %s" % (p, text))
    data = read_json(path, err)
    if not isinstance(data, dict) or not isinstance(data.get("indicators"), list) or not data["indicators"]:
        raise err(path, "缺少「indicators」列表")
    inds = []
    for i, d in enumerate(data["indicators"], 1):
        where = "第%d个指标" % i
        if not isinstance(d, dict):
            raise err(path, "%s不是对象" % where)
        measure = str(d.get("measure", ""))
        if not _known_measure(measure):
            raise err(path, "%s的 measure「%s」无法识别" % (where, measure))
        nums = {}
        for key, default in (("weight", None), ("zero_at", 0.0), ("full_at", 100.0)):
            v = d.get(key, default)
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                raise err(path, "%s的 %s 应为数值" % (where, key))
            nums[key] = float(v)
        if nums["weight"] < 0 or nums["zero_at"] == nums["full_at"]:
            raise err(path, "%s：weight 不能为负，zero_at 与 full_at 不能相等" % where)
        inds.append(Indicator(str(d.get("id") or measure), str(d.get("label") or measure), measure, nums["weight"],
                              nums["zero_at"], nums["full_at"]))
    if sum(x.weight for x in inds) <= 0:
        raise err(path, "权重之和应大于 0")
    return Scheme(str(data.get("name") or os.path.basename(str(path))), bool(data.get("example")), tuple(inds),
                  str(data.get("note") or ""))


# ---- progress per county --------------------------------------------------------------------------

def county_progress(rows, no_zone="（未填区域）"):
    """(counties, {kind: (task, done) float arrays}, totals dict of float arrays task/done/open/new,
    problems) from the ``taskprogress`` zone × kind rows (:class:`core.tasks.TaskRow`); the 合计
    rows are left out, a blank zone is named and left out."""
    from .tasks import KINDS, TOTAL_ZONE
    counties: List[str] = []
    per: Dict[Tuple[str, str], Tuple[float, float, float, float]] = {}
    problems = []
    for r in rows:
        if r.zone == TOTAL_ZONE:
            continue
        if r.zone == no_zone:
            problems.append("%s任务或宗地没有填写县（区），%.2f 亩任务、%.2f 亩已处置未参与考核" % (
                r.kind, r.task_mu, r.done_mu))
            continue
        if r.zone not in counties:
            counties.append(r.zone)
        per[(r.zone, r.kind)] = (r.task_mu, r.done_mu, r.open_mu, r.new_mu)
    kinds = {}
    totals = {k: np.zeros(len(counties)) for k in ("task", "done", "open", "new")}
    for kind in KINDS:
        vals = [per.get((c, kind)) for c in counties]
        if all(v is None for v in vals):
            continue
        task = np.array([np.nan if v is None else v[0] for v in vals])
        done = np.array([np.nan if v is None else v[1] for v in vals])
        kinds[kind] = (task, done)
        for j, name in enumerate(("task", "done", "open", "new")):
            totals[name] += np.array([0.0 if v is None else v[j] for v in vals])
    return counties, kinds, totals, problems


def _pct(done, task):
    done, task = np.asarray(done, dtype=float), np.asarray(task, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(task > 0, done / np.where(task > 0, task, 1.0) * 100.0, np.nan)


def table_lookup(counties, keys, values, label):
    """Values of a per-county table (``keys`` raw county names, ``values`` raw numbers) in the order
    of ``counties``: (float array, NaN where missing; problems naming rows that are unreadable,
    repeated or name no county assessed)."""
    nums, bad = parse_number_array(list(values), label)
    problems = []
    found: Dict[str, float] = {}
    for i, raw in enumerate(keys):
        key = county_key(raw)
        if not key:
            problems.append("%s第%d行没有县（区）名称，未使用" % (label, i + 1))
            continue
        if i in bad or nums[i] != nums[i]:
            problems.append("%s第%d行（%s）：%s" % (label, i + 1, key, bad[i].message if i in bad else "数值为空"))
            continue
        if key in found:
            problems.append("%s第%d行：县（区）「%s」重复，只用第一行" % (label, i + 1, key))
            continue
        found[key] = float(nums[i])
    for key in found:
        if key not in counties:
            problems.append("%s中的县（区）「%s」没有任务，未参与考核" % (label, key))
    return np.array([found.get(c, np.nan) for c in counties], dtype=float), problems


def plan_columns(counties, district, category, done_pct, req_pct):
    """(plan done %, required %, problems) per county from a ``supplyplanprogress`` table's columns:
    the 合计 row of each district (全部 and the category rows are not used)."""
    from .supply_plan import ALL_DISTRICTS, TOTAL
    keep = [i for i, c in enumerate(category) if county_key(c) == TOTAL and county_key(district[i]) != ALL_DISTRICTS]
    problems = []
    if not keep:
        problems.append("供地计划执行表没有分县（区）的合计行（计划未分县区时无法逐县考核供地计划）")
        nan = np.full(len(counties), np.nan)
        return nan, nan.copy(), problems
    keys = [district[i] for i in keep]
    done, p1 = table_lookup(counties, keys, [done_pct[i] for i in keep], "供地计划执行表")
    req, _p2 = table_lookup(counties, keys, [req_pct[i] for i in keep], "供地计划执行表（节点要求）")
    problems += p1
    for c, d in zip(counties, done.tolist()):
        if d != d:
            problems.append("县（区）「%s」在供地计划执行表中没有合计行或完成率，供地计划指标待核实" % c)
    return done, req, problems


def parcel_measures(counties, zones, geom_mu, classes=None, std_status=None):
    """Per-county shares from the current run's parcels: {``permu:<class>``: area share (%) of each
    亩均 class among the classed parcels (A–D)} and ``std_pass`` = 达标 ÷ (达标 + 未达标) × 100 by
    count; NaN for a county without classed / checked parcels; {} for a column not given."""
    out = {}
    keys = [county_key(z) for z in zones]
    idx = {c: i for i, c in enumerate(counties)}
    area = np.array([0.0 if a is None or a != a else float(a) for a in geom_mu], dtype=float) if geom_mu is not None \
        else np.ones(len(keys))
    if classes is not None:
        cls = [county_key(v).upper() for v in classes]
        tot = np.zeros(len(counties))
        by = {k: np.zeros(len(counties)) for k in "ABCD"}
        for k, c, a in zip(keys, cls, area.tolist()):
            if k in idx and c in by:
                by[c][idx[k]] += a
                tot[idx[k]] += a
        for c in "ABCD":
            out["permu:" + c] = _pct(by[c], tot)
    if std_status is not None:
        ok, fail = np.zeros(len(counties)), np.zeros(len(counties))
        for k, s in zip(keys, std_status):
            if k in idx:
                s = county_key(s)
                ok[idx[k]] += s == "达标"
                fail[idx[k]] += s == "未达标"
        out["std_pass"] = _pct(ok, ok + fail)
    return out


def _measure(measures, name):
    """A measure's column (NaN array when the inputs do not give it) and whether any value exists."""
    if name.startswith("permu_share:"):
        parts = [p.strip().upper() for p in name.split(":", 1)[1].replace("、", ",").split(",") if p.strip()]
        cols = [measures.get("permu:" + p) for p in parts]
        if not parts or any(c is None for c in cols):
            return None
        return np.sum(np.vstack(cols), axis=0)
    return measures.get(name)


# ---- nodes, cut, score, rank, talk ------------------------------------------------------------------

def node_columns(rules, measures, as_of: _dt.date, n):
    """({rule id: float array 1 / 0 / NaN (measure missing)}, consequences per county (object array of
    texts joined with ；), cut (float array: 1 a triggered rule carries the quota cut, 0 none does,
    NaN a cut rule past its date cannot be judged for want of its measure)).
    A rule before its date gives 0 for every county."""
    fired = {}
    texts = [[] for _ in range(n)]
    cut = np.zeros(n)
    for rule in rules:
        try:
            day = _dt.date(as_of.year, rule.month, rule.day)
        except ValueError:  # 02-29 in a common year: the last day of February
            day = _dt.date(as_of.year, rule.month, 28)
        col = _measure(measures, rule.measure)
        if as_of < day:
            fired[rule.id] = np.zeros(n)
            continue
        values = np.full(n, np.nan) if col is None else np.asarray(col, dtype=float)
        hit = _compare(values, rule.op, rule.value)
        fired[rule.id] = hit
        for i in np.flatnonzero(hit == 1):
            for c in rule.consequences:
                if c not in texts[i]:
                    texts[i].append(c)
        if rule.cut:
            cut = np.where(hit == 1, 1.0, np.where(np.isnan(hit) & (cut != 1), np.nan, cut))
    out = np.empty(n, dtype=object)
    out[:] = ["；".join(t) for t in texts]
    return fired, out, cut


def cut_columns(quota_ha, done_pct, cut):
    """Quota cut (公顷) = indicator × (1 − done % ÷ 100) where ``cut`` is 1 (done % within 0…100);
    0 where it is 0; NaN where the indicator is missing and the cut applies, or ``cut`` is NaN."""
    q = np.asarray(quota_ha, dtype=float)
    p = np.clip(np.nan_to_num(np.asarray(done_pct, dtype=float), nan=0.0), 0.0, 100.0)
    c = np.asarray(cut, dtype=float)
    return np.where(c == 1, q * (1.0 - p / 100.0), np.where(np.isnan(c), np.nan, 0.0))


def score_columns(scheme: Scheme, measures, n):
    """(score 0–100 to 2 decimals (NaN when no indicator has a value), parts text per county, notes naming the
    indicators left out). Points of an indicator = weight × clip((v − zero_at) ÷ (full_at − zero_at), 0, 1)."""
    used, notes = [], []
    for ind in scheme.indicators:
        col = _measure(measures, ind.measure)
        if col is None or not np.any(~np.isnan(np.asarray(col, dtype=float))):
            notes.append("评分指标「%s」（%s）缺少输入，不计分，其余指标按权重折算" % (ind.label, ind.measure))
            continue
        used.append((ind, np.asarray(col, dtype=float)))
    score = np.full(n, np.nan)
    parts = np.empty(n, dtype=object)
    parts[:] = [""] * n
    if not used:
        return score, parts, notes
    total_w = sum(ind.weight for ind, _ in used)
    points = np.zeros(n)
    texts = [[] for _ in range(n)]
    for ind, col in used:
        frac = np.clip((col - ind.zero_at) / (ind.full_at - ind.zero_at), 0.0, 1.0)
        pts = np.where(np.isnan(col), 0.0, frac * ind.weight)
        points += pts
        for i in range(n):
            texts[i].append("%s %s→%.1f/%g" % (ind.label, "缺少数据" if col[i] != col[i] else "%.1f" % col[i],
                                                 pts[i], ind.weight))
    score = np.round(points / total_w * 100.0, 2)   # as the table shows it: ranks and reasons use this
    parts[:] = ["；".join(t) for t in texts]
    return score, parts, notes


def rank_columns(score):
    """Rank by score, highest first; equal scores (to 1e-9) share the best rank; NaN scores unranked."""
    s = np.asarray(score, dtype=float)
    out = np.full(s.shape, np.nan)
    ok = ~np.isnan(s)
    vals = s[ok]
    out[ok] = [1 + int(np.sum(vals > v + 1e-9)) for v in vals.tolist()]
    return out


def previous_ranks(counties, prev_counties, prev_ranks):
    """Last quarter's rank of each county (NaN: not in last quarter's table), and problems."""
    ranks, problems = table_lookup(counties, prev_counties, prev_ranks, "上期考核表")
    return ranks, [p for p in problems if "没有任务" not in p]


def rank_change_columns(rank, prev_rank):
    """Last rank − this rank (positive = moved up); NaN where either is missing."""
    return np.asarray(prev_rank, dtype=float) - np.asarray(rank, dtype=float)


def talk_columns(score, rank, bottom_n=1, score_below=None):
    """(talk 1/0 float array, reason object array) — the 约谈名单: the ``bottom_n`` lowest scores (ties
    at the boundary included) and every score below ``score_below`` (None: no threshold)."""
    s = np.asarray(score, dtype=float)
    r = np.asarray(rank, dtype=float)
    n = len(s)
    ranked = int(np.sum(~np.isnan(s)))
    talk = np.zeros(n)
    reasons = [[] for _ in range(n)]
    if bottom_n and bottom_n > 0 and ranked:
        limit = np.sort(s[~np.isnan(s)])[min(int(bottom_n), ranked) - 1]
        for i in np.flatnonzero(~np.isnan(s) & (s <= limit + 1e-9)):
            talk[i] = 1
            reasons[i].append("得分 %.2f，排名第 %d/%d，居末 %d 位" % (s[i], int(r[i]), ranked, int(bottom_n)))
    if score_below is not None:
        for i in np.flatnonzero(~np.isnan(s) & (s < float(score_below))):
            talk[i] = 1
            reasons[i].append("得分 %.2f 低于 %g 分" % (s[i], float(score_below)))
    out = np.empty(n, dtype=object)
    out[:] = ["；".join(t) for t in reasons]
    return talk, out


# ---- the whole assessment ---------------------------------------------------------------------------

@dataclass
class Assessment:
    """The output table as columns ({field name: list}), with the data problems and notes."""
    columns: Dict[str, list] = field(default_factory=dict)
    problems: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    scheme: Optional[Scheme] = None

    def rows(self):
        """Rows in :data:`OUTPUT_FIELDS` order (lists of plain values, None for empty)."""
        names = [f for f, _ in OUTPUT_FIELDS]
        n = len(self.columns.get("ca_county", []))
        return [[self.columns[f][i] for f in names] for i in range(n)]


def _plain(values, digits=None):
    out = []
    for v in (values.tolist() if hasattr(values, "tolist") else list(values)):
        if isinstance(v, float):
            v = None if v != v else (round(v, digits) if digits is not None else v)
        out.append(v)
    return out


def assess(report, as_of: _dt.date, rules: Sequence[Rule], scheme: Scheme, plan=None, quota=None, previous=None,
           parcels=None, bottom_n=1, score_below=None) -> Assessment:
    """The county assessment (rule: module docstring) of a ``taskprogress`` report.

    ``plan``: (district, category, done_pct, req_pct) columns of a ``supplyplanprogress`` table or
    None; ``quota``: (county, 公顷) columns or None; ``previous``: (ca_county, ca_rank) columns of
    last quarter's assessment or None; ``parcels``: (zone, 亩, mj_class or None, cm_status or None)
    columns of the current run or None."""
    out = Assessment(scheme=scheme)
    counties, kinds, tot, problems = county_progress(report.rows)
    out.problems += problems
    n = len(counties)
    if not n:
        out.problems.append("任务表与两期成果中没有任何县（区），无法考核")
    done_pct = _pct(tot["done"], tot["task"])
    for c, t in zip(counties, tot["task"].tolist()):
        if t <= 0:
            out.problems.append("县（区）「%s」没有下达任务，任务完成率与节点待核实" % c)
    moved = (tot["done"] + tot["open"] + tot["new"]) > 0
    no_parcels = [c for c, t, m in zip(counties, tot["task"].tolist(), moved.tolist()) if t > 0 and not m]
    no_task = [c for c, t, m in zip(counties, tot["task"].tolist(), moved.tolist()) if t <= 0 and m]
    if no_parcels and no_task:
        out.problems.append("任务表中的县（区）%s在两期成果中没有认定宗地，成果中的县（区）%s没有任务："
                            "两边的县（区）名称或所用字段可能不一致（TASK_ZONE_FIELD、ZONE_FIELD）" % (
                                "、".join(no_parcels), "、".join(no_task)))
    measures = {"task_pct": done_pct}
    for kind, (task, done) in kinds.items():
        measures["kind_pct:" + kind] = _pct(done, task)
    nan = np.full(n, np.nan)
    plan_done, plan_req = nan, nan
    if plan is not None:
        plan_done, plan_req, p = plan_columns(counties, *plan)
        out.problems += p
        with np.errstate(divide="ignore", invalid="ignore"):
            measures["plan_pct"] = plan_done
            measures["plan_vs_req"] = np.where(plan_req > 0, plan_done / np.where(plan_req > 0, plan_req, 1) * 100,
                                               np.where(plan_req == 0, 100.0, np.nan))
    else:
        out.notes.append("未提供供地计划执行表（PLAN_PROGRESS）：供地计划完成率、供地计划节点不评价")
    if parcels is not None:
        measures.update(parcel_measures(counties, *parcels))
    quota_ha = nan
    if quota is not None:
        quota_ha, p = table_lookup(counties, quota[0], quota[1], "下年新增建设用地计划指标表")
        out.problems += p
    fired, conseq, cut = node_columns(rules, measures, as_of, n)
    for rule in rules:
        missing = np.isnan(fired[rule.id])
        if missing.any():
            out.notes.append("节点「%s」：%s缺少%s，待核实" % (
                rule.title, "、".join(c for c, m in zip(counties, missing.tolist()) if m),
                MEASURES.get(rule.measure, rule.measure)))
    cut_ha = cut_columns(quota_ha, done_pct, cut)
    if quota is not None:
        for c, v, k in zip(counties, cut_ha.tolist(), cut.tolist()):
            if v != v and k == 1:
                out.problems.append("县（区）「%s」应核减下年指标，但指标表中没有该县（区），核减面积待核实" % c)
    score, parts, notes = score_columns(scheme, measures, n)
    out.notes += notes
    rank = rank_columns(score)
    prev = nan
    if previous is not None:
        prev, p = previous_ranks(counties, *previous)
        out.problems += p
    talk, reason = talk_columns(score, rank, bottom_n, score_below)
    for i in np.flatnonzero((talk == 1) & np.array(["缺少数据" in p for p in parts.tolist()], dtype=bool)):
        reason[i] += "；得分含缺少数据的指标（按 0 分计，见得分构成），约谈前请核实"  # e.g. no task given
    flags = {name: nan for name in RULE_FIELDS}
    for rule in rules:
        if rule.output:
            flags[rule.output] = np.where(np.isnan(flags[rule.output]), fired[rule.id],
                                          np.fmax(flags[rule.output], fired[rule.id]))
    cols = {
        "ca_county": counties, "ca_task_mu": _plain(tot["task"], 4), "ca_done_mu": _plain(tot["done"], 4),
        "ca_donepct": _plain(done_pct, 2), "ca_planpct": _plain(plan_done, 2),
        "ca_halfway": [None if v is None else int(v) for v in _plain(flags["ca_halfway"])],
        "ca_yearend": [None if v is None else int(v) for v in _plain(flags["ca_yearend"])],
        "ca_cut_ha": _plain(cut_ha, 4), "ca_score": _plain(score, 2),
        "ca_rank": [None if v is None else int(v) for v in _plain(rank)],
        "ca_rankchg": [None if v is None else int(v) for v in _plain(rank_change_columns(rank, prev))],
        "ca_talk": [int(v) for v in talk.tolist()], "ca_reason": reason.tolist(),
        "ca_open_mu": _plain(tot["open"], 4), "ca_new_mu": _plain(tot["new"], 4), "ca_planreq": _plain(plan_req, 2),
        "ca_planlag": [None if v is None else int(v) for v in _plain(flags["ca_planlag"])],
        "ca_quota": _plain(quota_ha, 4), "ca_conseq": conseq.tolist(), "ca_parts": parts.tolist(),
        "ca_prevrk": [None if v is None else int(v) for v in _plain(prev)], "ca_as_of": [as_of] * n,
    }
    for kind, (task_f, done_f, pct_f) in KIND_FIELDS.items():
        task, done = kinds.get(kind, (nan, nan))
        cols[task_f], cols[done_f], cols[pct_f] = _plain(task, 4), _plain(done, 4), _plain(_pct(done, task), 2)
    out.columns = cols
    return out


def ledger_sheet(result: Assessment, as_of: _dt.date):
    """(sheet name, title, header, rows) of the 县（区）考核 ledger sheet; the last rows are the
    scheme's name (marked 示例 when it is an example) and :data:`DEFINITIONS`."""
    title = "县（区）存量土地盘活考核（基准日 %s）" % as_of.isoformat()
    header = ["县（区）", "年度任务(亩)", "已处置(亩)", "完成率(%)", "供地计划完成率(%)（节点要求）", "半年节点",
              "年底节点", "核减下年指标(公顷)", "量化指标得分", "排名（较上期）", "触发的处理措施", "约谈（原因）"]
    c = result.columns

    def r(v, d):
        return None if v is None else round(v, d)

    def yes(v):
        return "—" if v is None else ("触发" if v == 1 else "未触发")

    def plan(i):
        done, req = c["ca_planpct"][i], c["ca_planreq"][i]
        return "—" if done is None else "%.1f（%s）" % (done, "—" if req is None else "%g" % req)

    def rank(i):
        rk, chg = c["ca_rank"][i], c["ca_rankchg"][i]
        if rk is None:
            return "—"
        moved = "持平" if not chg else ("升%d位" % chg if chg > 0 else "降%d位" % -chg)
        return "%d（%s）" % (rk, "—" if chg is None else moved)
    rows = []
    for i, county in enumerate(c.get("ca_county", [])):
        rows.append([county, r(c["ca_task_mu"][i], 2), r(c["ca_done_mu"][i], 2), r(c["ca_donepct"][i], 1), plan(i),
                     yes(c["ca_halfway"][i]), yes(c["ca_yearend"][i]), r(c["ca_cut_ha"][i], 2), r(c["ca_score"][i], 2),
                     rank(i), c["ca_conseq"][i], "是：" + c["ca_reason"][i] if c["ca_talk"][i] else ""])
    if result.scheme is not None:
        mark = "（示例方案，权重非文件规定）" if result.scheme.example else ""
        rows.append(["评分方案：%s%s" % (result.scheme.name, mark)] + [None] * (len(header) - 1))
    rows.append([DEFINITIONS] + [None] * (len(header) - 1))
    return "县区考核", title, header, rows

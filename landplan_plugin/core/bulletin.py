"""季度通报 — the quarterly bulletin's content, as plain data.

The leading-group office issues a 通报 every quarter (“日常指导、季度通报、半年约谈、年度考评”:
濮政办〔2021〕6号 四(三)(四), 宝政办〔2021〕34号 四(三)). This module turns the county assessment
(``landplan:countyassessment``'s table, fields :data:`ASSESSMENT_FIELDS`) and, when given, the
parcel changes of ``landplan:taskprogress`` into the bulletin's content: title with the quarter of
the reference date, the 文号 line, one short narrative paragraph per section generated from the
figures, the tables, the figures to draw and the 附件 of triggered consequences. The writers
(``output/bulletin_docx.py``, ``output/bulletin_pdf.py``) only lay it out.

Every number in a sentence is formatted by the same function as the table cell it comes from
(:func:`Formats`), so the text and the tables agree to the last digit. The wording is data
(``resources/bulletin/quarterly_bulletin.json``): a county copies and edits it.

Readings (the documents leave them open):

* the quarter of the bulletin is the calendar quarter holding the reference date ``AS_OF``
  (2025-06-30 → 2025年第二季度);
* the overall done % is Σ 已处置 ÷ Σ 任务 over the 县区 (not the mean of their rates), the same
  definition as each 县区's (新增 does not lower it);
* best and worst 县区 by ``ca_donepct``; ties are all named;
* ``ca_rankchg`` > 0 is a rise (last quarter's rank − this quarter's), < 0 a fall.
"""
import datetime as _dt
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from . import datafile
from .assessment import KIND_FIELDS
from .tasks import CHANGES, DISPOSED, KINDS, NEW, OPEN, UNDETERMINED

__all__ = [
    "ASSESSMENT_FIELDS", "EXTRA_FIELDS", "REQUIRED_FIELDS", "PARCEL_ROLES", "TemplateError", "load_templates",
    "quarter_text",
    "Table", "Figure", "Section", "Bulletin", "build_bulletin", "missing_fields", "DEFAULT_TEMPLATES",
]

#: the county assessment's output fields the bulletin reads (landplan:countyassessment)
ASSESSMENT_FIELDS = ("ca_county", "ca_task_mu", "ca_done_mu", "ca_donepct", "ca_planpct", "ca_halfway",
                     "ca_yearend", "ca_cut_ha", "ca_score", "ca_rank", "ca_rankchg", "ca_talk", "ca_reason")
#: more fields of the assessment used when present: 未处置 / 新增, the supply-plan milestone and lag,
#: the consequences as the assessment's rules word them, and task / 已处置 / % per kind
EXTRA_FIELDS = ("ca_open_mu", "ca_new_mu", "ca_planreq", "ca_planlag", "ca_conseq") + tuple(
    f for kind in KINDS for f in KIND_FIELDS[kind])
REQUIRED_FIELDS = ("ca_county", "ca_task_mu", "ca_done_mu")
#: fields of landplan:taskprogress's OUTPUT_PARCELS the bulletin reads
PARCEL_ROLES = ("zone", "kind", "change", "area_mu")
FORMAT = "landplan-bulletin"
DEFAULT_TEMPLATES = "quarterly_bulletin"
TOTAL = "合计"
_KEYS = ("title", "issuer", "number_line", "recipients", "opening", "headings", "overall", "overall_new",
         "best_worst", "score_rank", "rank_up", "rank_down", "kind_item", "kinds", "map_caption", "chart_caption",
         "plan", "planlag", "halfway_before", "halfway", "halfway_none", "yearend_before", "yearend", "yearend_no_cut",
         "yearend_none", "talk", "talk_none", "requirements", "closing", "annex_title", "annex_heading",
         "annex_none", "consequences", "quarters", "digits", "kind_item_task", "kind_item_parcels", "numerals",
         "heading_format", "table_format", "figure_format")


class TemplateError(ValueError):
    def __init__(self, path, text):
        super().__init__("通报措辞文件 %s %s" % (path, text))


def load_templates(id_or_path, directory):
    """The wording file (an id of a shipped file in ``directory`` or a path) as a dict; a missing key
    or placeholder stops with :class:`TemplateError` naming it."""
    path = datafile.data_path(id_or_path, directory)
    data = datafile.read_json(path, TemplateError)
    datafile.check_header(data, path, FORMAT, TemplateError)
    missing = [k for k in _KEYS if k not in data]
    if missing:
        raise TemplateError(path, "缺少「%s」" % "、".join(missing))
    for key, needs in (("overall", ("{task_mu}", "{done_mu}", "{done_pct}")), ("title", ("{quarter}",))):
        lost = [n for n in needs if n not in data[key]]
        if lost:
            raise TemplateError(path, "的「%s」缺少占位符 %s" % (key, "、".join(lost)))
    if len(data["quarters"]) != 4:
        raise TemplateError(path, "的「quarters」应有四项")
    data["_path"] = os.path.abspath(path)
    return data


def quarter_text(as_of: _dt.date, templates) -> str:
    """'2025年第二季度': the calendar quarter of ``as_of``."""
    return "%d年%s" % (as_of.year, templates["quarters"][(as_of.month - 1) // 3])


def _date_text(d: _dt.date) -> str:
    return "%d年%d月%d日" % (d.year, d.month, d.day)


class Formats:
    """Number formats of the bulletin (digits from the wording file): one per quantity, used by
    the sentences and the table cells alike."""

    def __init__(self, digits):
        self.digits = {k: int(v) for k, v in digits.items()}

    def num(self, kind, value):
        if value is None:
            return "—"
        return "%.*f" % (self.digits.get(kind, 2), float(value))


@dataclass
class Table:
    caption: str
    headers: Tuple[str, ...]
    rows: List[Tuple[str, ...]]
    numbered: bool = True


@dataclass
class Figure:
    """A figure to draw: ``key`` "chart" (bars of ``values`` by ``labels``) or "map" (the parcel
    changes per 县区, drawn from the TASK_PARCELS layer)."""
    key: str
    caption: str
    labels: List[str] = field(default_factory=list)
    values: List[Optional[float]] = field(default_factory=list)


@dataclass
class Section:
    heading: str
    paragraphs: List[str] = field(default_factory=list)
    tables: List[Table] = field(default_factory=list)
    figures: List[Figure] = field(default_factory=list)


@dataclass
class Bulletin:
    issuer: str
    number_line: str
    title: str
    quarter: str
    recipients: str
    opening: str
    sections: List[Section]
    closing: str
    signature: str
    date_line: str
    annex_title: str
    annex: Section
    notes: List[str] = field(default_factory=list)


def missing_fields(names: Sequence[str]) -> List[str]:
    """The required assessment fields not among ``names`` (exact names, case-insensitive)."""
    have = {str(n).lower() for n in names}
    return [f for f in REQUIRED_FIELDS if f not in have]


def _number(raw) -> Optional[float]:
    if raw is None or isinstance(raw, bool):
        return None
    try:
        value = float(str(raw).strip()) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        return None
    return value if value == value else None


def _flag(raw) -> bool:
    value = _number(raw)
    return value is not None and value == 1


def _text(raw) -> str:
    return "" if raw is None else str(raw).strip()


def _fill(text, **values):
    """``text`` with each ``{name}`` of ``values`` replaced (other braces are left as they are, so an
    edited sentence or a title with braces of its own does not stop the run)."""
    for key, value in values.items():
        text = text.replace("{%s}" % key, str(value))
    return text


def _names(names):
    return "、".join(names)


def _extremes(names, values, fmt_kind, fmt):
    """(best names, best text, worst names, worst text) by value; ties all named; None without values."""
    pairs = [(n, fmt.num(fmt_kind, v)) for n, v in zip(names, values) if v is not None]
    if not pairs:
        return None
    texts = {t: float(t) for _, t in pairs}
    hi = max(texts.values())
    lo = min(texts.values())
    best = [n for n, t in pairs if texts[t] == hi]
    worst = [n for n, t in pairs if texts[t] == lo]
    return _names(best), fmt.num(fmt_kind, hi), _names(worst), fmt.num(fmt_kind, lo)


def _columns(assessment: Dict[str, Sequence], n):
    lower = {str(k).lower(): v for k, v in assessment.items()}
    return {f: list(lower[f]) if f in lower and lower[f] is not None else [None] * n
            for f in ASSESSMENT_FIELDS + EXTRA_FIELDS}


def _order(cols, n):
    """Row order of the ranking: by ``ca_rank`` (none last), then by done % (highest first)."""
    def key(i):
        rank = _number(cols["ca_rank"][i])
        pct = _number(cols["ca_donepct"][i])
        return (rank is None, rank if rank is not None else 0, -(pct if pct is not None else -1e18), i)
    return sorted(range(n), key=key)


def _parcel_sums(parcels):
    """{(县区, kind): [已处置, 未处置 (incl. 待核实), 新增] 亩} of the parcel changes, and the 县区 in order."""
    sums, zones = {}, []
    for zone, kind, change, mu in zip(*(parcels[r] for r in PARCEL_ROLES)):
        zone, kind, change = _text(zone), _text(kind), _text(change)
        col = {DISPOSED: 0, OPEN: 1, UNDETERMINED: 1, NEW: 2}.get(change)
        if kind not in KINDS or change not in CHANGES or col is None:
            continue
        if zone not in zones:
            zones.append(zone)
        sums.setdefault((zone, kind), [0.0, 0.0, 0.0])[col] += _number(mu) or 0.0
    return sums, zones


def _kind_table(cols, names, order, parcels, fmt):
    """Per 县区 × kind rows and a 合计 row per kind, and {kind: {quantity: total}}: 任务 / 已处置 / 完成率
    from the assessment's per-kind fields when it has them, 未处置 / 新增 from the parcel changes
    when given (their 已处置 too when the assessment has no per-kind fields). ([], {}, ()) when
    neither is there."""
    by_kind = any(_number(v) is not None for kind in KINDS for v in cols[KIND_FIELDS[kind][0]])
    sums, zones = _parcel_sums(parcels) if parcels is not None else ({}, [])
    if not by_kind and not sums:
        return [], {}, ()
    headers = ("县（区）", "类别") + (("任务（亩）", "已处置（亩）", "完成率（%）") if by_kind else ("已处置（亩）",))
    if sums:
        headers += ("未处置（亩）", "新增（亩）")
    keys = [(names[i], i) for i in order] if by_kind else [(z, None) for z in zones]
    rows, totals = [], {}
    for name, i in keys:
        for kind in KINDS:
            parts = sums.get((name, kind))
            task = _number(cols[KIND_FIELDS[kind][0]][i]) if by_kind else None
            if (task is None if by_kind else parts is None):
                continue
            total = totals.setdefault(kind, {"task": 0.0, "done": 0.0, "open": 0.0, "new": 0.0})
            cells = [name or "—", kind]
            if by_kind:
                done = _number(cols[KIND_FIELDS[kind][1]][i]) or 0.0
                total["task"] += task
                kind_pct = _number(cols[KIND_FIELDS[kind][2]][i])
                cells += [fmt.num("mu", task), fmt.num("mu", done), fmt.num("pct", kind_pct)]
            else:
                done = parts[0]
                cells.append(fmt.num("mu", done))
            total["done"] += done
            if sums:
                parts = parts or [0.0, 0.0, 0.0]
                total["open"] += parts[1]
                total["new"] += parts[2]
                cells += [fmt.num("mu", parts[1]), fmt.num("mu", parts[2])]
            rows.append(tuple(cells))
    for kind in KINDS:
        if kind in totals:
            tot = totals[kind]
            tot["pct"] = tot["done"] / tot["task"] * 100.0 if by_kind and tot["task"] > 0 else None
            cells = [TOTAL, kind]
            cells += ([fmt.num("mu", tot["task"]), fmt.num("mu", tot["done"]), fmt.num("pct", tot["pct"])] if by_kind
                      else [fmt.num("mu", tot["done"])])
            if sums:
                cells += [fmt.num("mu", tot["open"]), fmt.num("mu", tot["new"])]
            rows.append(tuple(cells))
    return rows, totals, headers


def _number_parts(sections, t):
    """Headings, tables and figures numbered in the order they are printed (一、二、…; 表1, 图1 …), so
    a left-out section leaves no gap; a table with ``numbered`` False keeps its caption."""
    tables = figures = 0
    for k, sec in enumerate(sections):
        numeral = t["numerals"][k] if k < len(t["numerals"]) else str(k + 1)
        sec.heading = _fill(t["heading_format"], numeral=numeral, heading=sec.heading)
        for table in sec.tables:
            if table.caption and table.numbered:
                tables += 1
                table.caption = _fill(t["table_format"], n=tables, caption=table.caption)
        for fig in sec.figures:
            figures += 1
            fig.caption = _fill(t["figure_format"], n=figures, caption=fig.caption)


def build_bulletin(assessment: Dict[str, Sequence], as_of: _dt.date, templates, title: str = "",
                   issuer: str = "", parcels: Optional[Dict[str, Sequence]] = None,
                   has_map: bool = False) -> Bulletin:
    """The bulletin of one quarter.

    ``assessment``: {field: column} of the assessment table (fields :data:`ASSESSMENT_FIELDS`;
    the optional ones may be absent — their part of the bulletin is left out). ``parcels``:
    {role: column} of the parcel changes (:data:`PARCEL_ROLES`), or None — then no per-kind table,
    no 新增 sentence and no map. ``has_map``: the parcel changes have geometries to draw.
    ``title`` / ``issuer``: empty → the wording file's.
    """
    t = templates
    fmt = Formats(t["digits"])
    n = len(next(iter(assessment.values()), []))
    cols = _columns(assessment, n)
    names = [_text(v) or "—" for v in cols["ca_county"]]
    task = [_number(v) or 0.0 for v in cols["ca_task_mu"]]
    done = [_number(v) or 0.0 for v in cols["ca_done_mu"]]
    pct = [_number(v) for v in cols["ca_donepct"]]
    quarter = quarter_text(as_of, t)
    issuer = issuer.strip() or t["issuer"]
    values = {"quarter": quarter, "date": _date_text(as_of), "year": as_of.year, "issuer": issuer,
              "issuer_short": issuer}
    sections = []
    notes = []

    # 一、总体进展
    total_task, total_done = sum(task), sum(done)
    total_pct = total_done / total_task * 100.0 if total_task > 0 else None
    overall = Section(t["headings"]["overall"])
    overall.paragraphs.append(_fill(t["overall"], n=n, task_mu=fmt.num("mu", total_task),
                                    done_mu=fmt.num("mu", total_done), done_pct=fmt.num("pct", total_pct), **values))
    order = _order(cols, n)
    kind_rows, kind_totals, kind_headers = _kind_table(cols, names, order, parcels, fmt)
    has = {f: any(v is not None and _text(v) != "" for v in cols[f]) for f in cols}
    new_mu = (sum(v["new"] for v in kind_totals.values()) if "新增（亩）" in kind_headers
              else sum(_number(v) or 0.0 for v in cols["ca_new_mu"]) if has["ca_new_mu"] else None)
    if new_mu is not None:
        overall.paragraphs.append(_fill(t["overall_new"], new_mu=fmt.num("mu", new_mu), **values))
    ext = _extremes(names, pct, "pct", fmt)
    if ext:
        overall.paragraphs.append(_fill(t["best_worst"], best=ext[0], best_pct=ext[1], worst=ext[2],
                                        worst_pct=ext[3], **values))
    sections.append(overall)

    # 二、排名
    ranking = Section(t["headings"]["ranking"])
    scores = [_number(cols["ca_score"][i]) for i in order]
    scored = [(names[i], s) for i, s in zip(order, scores) if s is not None]
    if scored:
        ranking.paragraphs.append(_fill(
            t["score_rank"], first=scored[0][0], first_score=fmt.num("score", scored[0][1]), last=scored[-1][0],
            last_score=fmt.num("score", scored[-1][1]), **values))
    changes = [_number(v) for v in cols["ca_rankchg"]]
    ups = [names[i] for i in order if changes[i] is not None and changes[i] > 0]
    downs = [names[i] for i in order if changes[i] is not None and changes[i] < 0]
    if ups:
        ranking.paragraphs.append(_fill(t["rank_up"], names=_names(ups), **values))
    if downs:
        ranking.paragraphs.append(_fill(t["rank_down"], names=_names(downs), **values))
    headers = ["名次", "县（区）", "任务（亩）", "已处置（亩）", "完成率（%）"]
    extra = [(f, h) for f, h in (("ca_planpct", "供地计划完成率（%）"), ("ca_score", "得分"),
                                  ("ca_rankchg", "名次变化")) if has[f]]
    headers += [h for _, h in extra]
    rows = []
    for i in order:
        rank = _number(cols["ca_rank"][i])
        row = ["—" if rank is None else "%d" % rank, names[i], fmt.num("mu", task[i]), fmt.num("mu", done[i]),
               fmt.num("pct", pct[i])]
        for f, _h in extra:
            v = _number(cols[f][i])
            if f == "ca_rankchg":
                row.append("—" if v is None else ("持平" if v == 0 else "%s%d" % ("上升" if v > 0 else "下降", abs(v))))
            else:
                row.append(fmt.num({"ca_planpct": "pct", "ca_score": "score"}[f], v))
        rows.append(tuple(row))
    rows.append(tuple(["", TOTAL, fmt.num("mu", total_task), fmt.num("mu", total_done), fmt.num("pct", total_pct)]
                      + ["" for _ in extra]))
    ranking.tables.append(Table("各县（区）任务完成情况及排名", tuple(headers), rows))
    if any(v is not None for v in pct):
        ranking.figures.append(Figure("chart", t["chart_caption"], [names[i] for i in order],
                                      [pct[i] for i in order]))
    sections.append(ranking)

    # 三、分类任务 (per-kind fields of the assessment, or the parcel changes)
    if kind_rows:
        kinds = Section(t["headings"]["kinds"])
        items = []
        for kind in (k for k in KINDS if k in kind_totals):
            tot = kind_totals[kind]
            text = t["kind_item_task"] if "任务（亩）" in kind_headers else t["kind_item"]
            if "新增（亩）" in kind_headers:
                text += t["kind_item_parcels"]
            items.append(_fill(text, kind=kind, task_mu=fmt.num("mu", tot.get("task")),
                               done_mu=fmt.num("mu", tot["done"]), done_pct=fmt.num("pct", tot.get("pct")),
                               open_mu=fmt.num("mu", tot["open"]), new_mu=fmt.num("mu", tot["new"]), **values))
        kinds.paragraphs.append(_fill(t["kinds"], items="；".join(items), **values))
        kinds.tables.append(Table("各县（区）分类任务完成情况", kind_headers, kind_rows))
        if has_map:
            kinds.figures.append(Figure("map", t["map_caption"]))
        sections.append(kinds)
    if parcels is None:
        notes.append("未提供宗地变化（TASK_PARCELS）：通报不含地块分布图。")

    # 四、供地计划
    lagging = [names[i] for i in order if _flag(cols["ca_planlag"][i])]
    if has["ca_planpct"]:
        plan = Section(t["headings"]["plan"])
        plan_pct = [_number(v) for v in cols["ca_planpct"]]
        ext = _extremes(names, plan_pct, "pct", fmt)
        if ext:
            plan.paragraphs.append(_fill(t["plan"], best=ext[0], best_pct=ext[1], worst=ext[2], worst_pct=ext[3],
                                         **values))
        plan_headers = ("县（区）", "供地计划完成率（%）") + (("节点要求（%）",) if has["ca_planreq"] else ()) + (
            ("执行情况",) if has["ca_planlag"] else ())
        plan_rows = []
        for i in order:
            row = [names[i], fmt.num("pct", plan_pct[i])]
            if has["ca_planreq"]:
                row.append(fmt.num("pct", _number(cols["ca_planreq"][i])))
            if has["ca_planlag"]:
                lag = _number(cols["ca_planlag"][i])
                row.append("—" if lag is None else ("滞后" if lag == 1 else "达到要求"))
            plan_rows.append(tuple(row))
        plan.tables.append(Table("各县（区）供地计划执行情况", plan_headers, plan_rows))
        sections.append(plan)
    else:
        notes.append("考核结果无供地计划完成率（ca_planpct）：通报不含供地计划一节。")

    # 五、节点
    nodes = Section(t["headings"]["nodes"])
    halfway = [names[i] for i in order if _flag(cols["ca_halfway"][i])]
    yearend = [names[i] for i in order if _flag(cols["ca_yearend"][i])]
    cuts = [_number(cols["ca_cut_ha"][i]) for i in order if _flag(cols["ca_yearend"][i])]
    if (as_of.month, as_of.day) < (6, 30) and not halfway:
        nodes.paragraphs.append(_fill(t["halfway_before"], **values))
    elif halfway:
        nodes.paragraphs.append(_fill(t["halfway"], names=_names(halfway), n=len(halfway), **values))
    else:
        nodes.paragraphs.append(_fill(t["halfway_none"], **values))
    if (as_of.month, as_of.day) < (12, 31) and not yearend:
        nodes.paragraphs.append(_fill(t["yearend_before"], **values))
    elif yearend and any(c is not None for c in cuts):
        nodes.paragraphs.append(_fill(t["yearend"], names=_names(yearend), n=len(yearend),
                                      cut_ha=fmt.num("ha", sum(c or 0.0 for c in cuts)), **values))
    elif yearend:
        nodes.paragraphs.append(_fill(t["yearend_no_cut"], names=_names(yearend), n=len(yearend), **values))
    else:
        nodes.paragraphs.append(_fill(t["yearend_none"], **values))
    if lagging:
        nodes.paragraphs.append(_fill(t["planlag"], names=_names(lagging), n=len(lagging), **values))
    sections.append(nodes)

    # 六、约谈名单
    talk = Section(t["headings"]["talk"])
    talked = [i for i in order if _flag(cols["ca_talk"][i])]
    if talked:
        talk.paragraphs.append(_fill(t["talk"], names=_names(names[i] for i in talked), n=len(talked), **values))
        talk.tables.append(Table("约谈名单", ("县（区）", "完成率（%）", "约谈原因"),
                                 [(names[i], fmt.num("pct", pct[i]), _text(cols["ca_reason"][i]) or "—")
                                  for i in talked], numbered=False))
    else:
        talk.paragraphs.append(_fill(t["talk_none"], **values))
    sections.append(talk)
    sections.append(Section(t["headings"]["requirements"], [_fill(t["requirements"], **values)]))

    # 附件: one row per 县区 with a triggered node or on the 约谈 list
    annex = Section(t["annex_heading"])
    annex_rows = []
    for i in order:
        keys = [key for key, column in (("halfway", "ca_halfway"), ("yearend", "ca_yearend"),
                                        ("planlag", "ca_planlag"), ("talk", "ca_talk")) if _flag(cols[column][i])]
        if not keys:
            continue
        nodes_text = "、".join(t["consequences"][k][0] for k in keys)
        measures = _text(cols["ca_conseq"][i])  # as the assessment's rules word them
        if not measures:
            measures = "；".join(t["consequences"][k][1] for k in keys if k != "talk")
        if "talk" in keys:
            measures = "；".join(m for m in (measures, t["consequences"]["talk"][1]) if m)
        cut = _number(cols["ca_cut_ha"][i]) if "yearend" in keys else None
        annex_rows.append((names[i], nodes_text, measures, fmt.num("ha", cut) if cut else "—",
                           _text(cols["ca_reason"][i]) or "—"))
    if annex_rows:
        annex_headers = ("县（区）", "触发情形", "处理措施", "核减下年指标（公顷）", "约谈原因")
        annex.tables.append(Table("", annex_headers, annex_rows))
    else:
        annex.paragraphs.append(_fill(t["annex_none"], **values))

    _number_parts(sections, t)
    return Bulletin(
        issuer=issuer, number_line=_fill(t["number_line"], **values),
        title=_fill(title.strip() or t["title"], **values), quarter=quarter,
        recipients=_fill(t["recipients"], **values), opening=_fill(t["opening"], **values), sections=sections,
        closing=_fill(t["closing"], **values), signature=issuer, date_line=_date_text(as_of),
        annex_title=_fill(t["annex_title"], **values), annex=annex, notes=notes)

"""存量用地选址 — siting a new project on stock land (以存定增): 宝丰 宝政办〔2021〕34号 二(三)2(1)
(“对新招商项目，应优先选址利用批而未供土地”), 濮阳 濮政办〔2021〕6号 四(四) (以存定增、增存挂钩);
the 标准地 indicator sheet from 《郑州市工业用地布局规划（2021—2035年）》附表2-2 (or a county table
in the same standard format).

Candidate sites are the rows of LandPlan's outputs that are stock land (:func:`kind_columns`):
批而未供 (``unsup_flag`` 1), 闲置 (``idle_flag`` 1), 低效 (``ie_flag`` 1), in that order when a row
carries several flags; a row whose flags are 0 or NULL is not stock land and is not a candidate.
Each kind has its disposal route (:data:`ROUTES`; 低效 by its type, our reading).

Fit (:func:`fit_columns`) — the area tolerance, 入园 and the constraint layer decide:

* the area (亩) lies within ``tolerance`` % of the project's need (both ends included);
* the site lies in a development zone (入园; not judged when no zones are given);
* the site does not overlap the constraint layer (负面清单 / 三区三线), when one is given;
* its land-use code and planned use (规划用途) do not refuse the project (:func:`use_columns`).

Use (:func:`use_columns`, data file ``resources/siting/project_uses.json``, :func:`load_uses`): the
project's kind is the first ``kinds`` entry whose ``industries`` hold its GB/T 4754 division; the
site's land-use code must fall in that kind's class (``landuse``: 工矿仓储 ``industrial`` or 工业
``industrial_only``) of the chosen land-use classification (``resources/landuse``, the same presets
as the zone check), and its planned use must be one of the kind's ``planned_uses``. The planned use
of a site is the value covering most of it (a planned-use layer) or its own field. A code or
planned use that is empty, missing, or a code the classification does not know, does not refuse
the site: it is marked 待核实 (our reading). Without any code source (no candidate layer has a
code field), or any planned-use source, that part is not judged, as 入园 without zones.

Adjacent eligible sites (in a zone, unconstrained; touching or within :data:`ADJACENT_M` m) too
small alone may fit together (:func:`group_columns`, at most :data:`MAX_GROUP` sites).

Ranking (:func:`rank_columns`) orders the fitting sites and groups: the preferred zone first, then
the closest area (``ss_score`` = 100 − the area's deviation from the need in %), then the kind
(批而未供 before 闲置 before 低效, as 宝丰 asks 优先选址利用批而未供土地), then the id.

Indicator sheet (:func:`sheet_columns`): 投资强度 (万元/亩: 附表2-2 gives 万元/公顷, divided by 15 as
the standard file is read), 容积率 and 亩均税收 the project signs for on that site, from
:meth:`.standards.Standard.thresholds_for` (industry, region); ``ss_meets`` 1 when the project's
own 投资额 and 税收 per 亩 of the site meet them, 0 when one of them falls short, NULL when the
project gives neither. ``ss_save_mu``: the 新增建设用地 the project saves = the stock it uses
(the site's 亩, at most the need).
"""
from __future__ import annotations

import os

from . import landuse
from .contract import IDLE_FLAG, IE_FLAG, UNSUP_FLAG, is_flagged_array
from .datafile import check_header, read_json
from .lazy import lazy_module
from .standards import normalise_industry_code

np = lazy_module("numpy")

__all__ = [
    "KINDS", "KIND_ORDER", "FLAG_OF", "ROUTES", "ADJACENT_M", "MAX_GROUP", "DEFAULT_TOLERANCE", "OUTPUT_FIELDS",
    "kind_columns", "route_columns", "fit_columns", "group_columns", "rank_columns", "sheet_columns",
    "reason_columns", "zone_texts", "ledger_sheet", "DEFAULT_TOP_N", "page_rows", "project_line",
    "USES_FORMAT", "UsesError", "load_uses", "use_columns",
]

KINDS = {"unsup": "批而未供", "idle": "闲置", "ie": "低效"}
KIND_ORDER = ("unsup", "idle", "ie")
FLAG_OF = {"unsup": UNSUP_FLAG, "idle": IDLE_FLAG, "ie": IE_FLAG}
#: disposal route before the land can take the project (低效 by ie_type: our reading)
ROUTES = {"unsup": "直接供地", "idle": "收回后供地", "粗放用地类": "二次开发", "停建停产类": "收回",
          "产业转型类": "协议置换", "ie": "协议置换"}
ADJACENT_M = 1.0
MAX_GROUP = 3
DEFAULT_TOLERANCE = 20.0
#: how many top sites get a page in the PDF by default
DEFAULT_TOP_N = 3
_EPS = 1e-9

OUTPUT_FIELDS = (
    ("ss_rank", "推荐名次"), ("ss_score", "面积吻合度"), ("ss_kind", "存量类型"), ("ss_sites", "地块"),
    ("ss_route", "处置路径"), ("ss_mu", "面积(亩)"), ("ss_zone", "所在园区"), ("ss_inv_req", "投资强度要求(万元/亩)"),
    ("ss_far_req", "容积率要求"), ("ss_tax_req", "亩均税收要求(万元/亩)"), ("ss_meets", "项目是否达标(1是0否)"),
    ("ss_save_mu", "节约新增建设用地(亩)"), ("ss_reason", "选址说明"),
)


def kind_columns(flags):
    """Stock kind of each row: ``flags`` {kind: flag values (None: the layer has no such field)} →
    list of 'unsup' / 'idle' / 'ie' or None (not stock land)."""
    n = max((len(v) for v in flags.values() if v is not None), default=0)
    hits = {k: is_flagged_array(np.asarray(list(v), dtype=object)) for k, v in flags.items() if v is not None}
    return [next((k for k in KIND_ORDER if k in hits and hits[k][i]), None) for i in range(n)]


def route_columns(kinds, ie_types):
    """The disposal route of each site: 批而未供 直接供地, 闲置 收回后供地, 低效 by its first type."""
    out = []
    for kind, ie_type in zip(kinds, ie_types):
        first = str(ie_type or "").split("、")[0]
        out.append(ROUTES.get(first, ROUTES["ie"]) if kind == "ie" else ROUTES.get(kind))
    return out


def _area_ok(mu, need, tol):
    lo, hi = need * (1.0 - tol / 100.0), need * (1.0 + tol / 100.0)
    return lo * (1.0 - _EPS) <= mu <= hi * (1.0 + _EPS)


USES_FORMAT = "landplan-siting-uses/1"
_CLASS_LABELS = {landuse.VARIANT_INDUSTRIAL: "工矿仓储用地", landuse.VARIANT_INDUSTRIAL_ONLY: "工业用地"}


class UsesError(ValueError):
    """A use table that cannot be used (message in Chinese, names the file)."""


def _uses_err(path, text):
    return UsesError("项目用途对照文件「%s」%s" % (path, text))


def _divisions(items, path):
    out = set()
    for item in items:
        lo, _sep, hi = str(item).partition("-")
        try:
            out.update("%02d" % d for d in range(int(lo), int(hi or lo) + 1))
        except ValueError:
            raise _uses_err(path, "的 industries 中「%s」不是行业大类（两位数字或 13-43 这样的范围）" % item) from None
    return out


def load_uses(path=None):
    """The project kinds of a use table (default ``resources/siting/project_uses.json``):
    {"name", "kinds": [{"kind", "divisions" (set of two-digit GB/T 4754 divisions), "landuse"
    (variant), "planned_uses" (normalised patterns)}]}; raises :class:`UsesError`."""
    if not path:
        from ..paths import resources_dir
        path = os.path.join(resources_dir(), "siting", "project_uses.json")
    data = read_json(path, _uses_err)
    check_header(data, path, USES_FORMAT, _uses_err)
    kinds = []
    for entry in data.get("kinds") or []:
        variant = entry.get("landuse", landuse.VARIANT_INDUSTRIAL) if isinstance(entry, dict) else None
        if variant not in landuse.VARIANTS or not str(entry.get("kind") or "").strip():
            raise _uses_err(path, "的 kinds 每项要有 kind，landuse 为 %s 之一" % " / ".join(landuse.VARIANTS))
        kinds.append({"kind": str(entry["kind"]).strip(), "divisions": _divisions(entry.get("industries") or [], path),
                      "landuse": variant,
                      "planned_uses": [landuse.normalise_code(p) for p in entry.get("planned_uses") or []]})
    if not kinds:
        raise _uses_err(path, "没有 kinds（项目类别）")
    return {"name": data["name"], "kinds": kinds}


def _majority(pieces):
    """The value covering most (first given on a tie) of ``pieces`` [(value, area)], normalised."""
    area = {}
    for value, a in pieces:
        key = landuse.normalise_code(value)
        area[key] = area.get(key, 0.0) + float(a or 0.0)
    return max(area, key=lambda k: area[k]) if area else ""


def use_columns(industry, n, codes, cover, own, uses, preset):
    """Whether each of the ``n`` sites' land-use code and planned use allow the project.

    ``codes``: the raw land-use code of each site (None or '' when its layer has no code field or
    the value is empty), or None for the whole (no code source: not judged). ``cover``: per site
    the (planned use, area) pieces of a planned-use layer's polygons over it, or None (no layer);
    ``own``: per site the planned use of its own field, or None (no candidate layer has one). The
    layer decides where it covers the site, the site's own field elsewhere; with neither the
    planned use is not judged. ``uses``: :func:`load_uses`;
    ``preset``: the land-use classification (a preset or its id, :func:`.landuse.load_preset`).
    → (refusals per site ('' none), 待核实 notes per site ('' none), note on the project or None)."""
    division = normalise_industry_code(industry)
    kind = next((k for k in uses["kinds"] if division in k["divisions"]), None)
    refused, verify = [[] for _ in range(n)], [[] for _ in range(n)]
    note, planned = None, None
    if cover is not None or own is not None:
        cover, own = cover or [[]] * n, own or [None] * n
        planned = [pieces or ([(value, 1.0)] if value not in (None, "") else []) for pieces, value in zip(cover, own)]
    if kind is None and (codes is not None or planned is not None):
        note = "项目行业代码「%s」不在%s中，地类和规划用途待核实" % (industry or "", uses["name"])
        return [""] * n, ["地类和规划用途待核实（项目行业未对应用途类别）"] * n, note
    if codes is not None:
        preset = landuse.load_preset(preset)
        cls = landuse.classify_array(preset, list(codes), kind["landuse"])
        for i, (code, known, ok) in enumerate(zip(cls["code"], cls["known"], cls["industrial"])):
            if not code:
                verify[i].append("地类代码未填，待核实")
            elif not known:
                verify[i].append("地类代码%s不在%s中，待核实" % (code, preset.name))
            elif not ok:
                refused[i].append("地类%s（%s）不是%s，与%s项目不相容" % (
                    code, preset.known.get(code, ""), _CLASS_LABELS[kind["landuse"]], kind["kind"]))
    if planned is not None:
        for i, pieces in enumerate(planned):
            value = _majority(pieces)
            if not value:
                verify[i].append("规划用途未知，待核实")
            elif not landuse.code_matches(value, kind["planned_uses"]):
                refused[i].append("规划用途「%s」不允许%s项目" % (value, kind["kind"]))
    return ["；".join(r) for r in refused], ["；".join(v) for v in verify], note


def fit_columns(area_mu, need_mu, tolerance, zones, constrained, have_zones, refused=None):
    """(eligible: in a zone, unconstrained and not refused by its use, fits: eligible and the area
    within the tolerance, why-not texts ('' when it fits)). ``refused``: :func:`use_columns`' refusals."""
    eligible, fits, why = [], [], []
    refused = refused if refused is not None else [""] * len(area_mu)
    for mu, zone, blocked, use_no in zip(area_mu, zones, constrained, refused):
        notes = []
        if have_zones and not zone:
            notes.append("不在开发区内（未入园）")
        if blocked:
            notes.append("与限制区域（负面清单/三区三线）重叠")
        if use_no:
            notes.append(use_no)
        ok = not notes
        if not _area_ok(float(mu or 0.0), need_mu, tolerance):
            notes.append("面积%.2f亩不在需求%.2f亩±%g%%内" % (float(mu or 0.0), need_mu, tolerance))
        eligible.append(ok)
        fits.append(not notes)
        why.append("；".join(notes))
    return eligible, fits, why


def group_columns(area_mu, eligible, fits, pairs, zones, need_mu, tolerance, max_size=MAX_GROUP):
    """Groups of adjacent eligible sites that together fit (and none of which fits alone): lists of
    site indexes, each set once, connected through ``pairs`` (adjacent index pairs), in one zone."""
    nbr = {}
    for a, b in pairs:
        if eligible[a] and eligible[b] and zones[a] == zones[b]:
            nbr.setdefault(a, set()).add(b)
            nbr.setdefault(b, set()).add(a)
    groups, seen = [], set()
    level = [(i,) for i in sorted(nbr)]
    for _size in range(2, max_size + 1):
        grown = set()
        for key in level:
            for i in key:
                for j in nbr.get(i, ()):
                    if j not in key:
                        grown.add(tuple(sorted(key + (j,))))
        level = sorted(k for k in grown if k not in seen and not any(fits[i] for i in k))
        for key in level:
            seen.add(key)
            if _area_ok(sum(float(area_mu[i] or 0.0) for i in key), need_mu, tolerance):
                groups.append(list(key))
    return groups


def rank_columns(fits, zones, area_mu, kinds, ids, need_mu, preferred=None):
    """(rank 1… of the fitting items, None for the others; ss_score per item) — items are sites or
    groups (``kinds``: the best kind of each, ``ids`` their id text). Preferred zone first, then
    the closest area, then the kind, then the id."""
    score = [round(max(0.0, 100.0 - abs(float(m) - need_mu) / need_mu * 100.0), 2) if need_mu else None
             for m in area_mu]
    preferred = str(preferred or "").strip()
    order = sorted((i for i in range(len(ids)) if fits[i]), key=lambda i: (
        0 if preferred and zones[i] == preferred else 1, -(score[i] or 0.0), KIND_ORDER.index(kinds[i]), str(ids[i])))
    rank = [None] * len(ids)
    for r, i in enumerate(order, 1):
        rank[i] = r
    return rank, score


def sheet_columns(thresholds, area_mu, need_mu, invest=None, tax=None):
    """Per item: (投资强度, 容积率, 亩均税收 requirements, ss_meets 1/0/None, 新增建设用地 saved, the
    project's own 投资强度 and 亩均税收 on the site or None). ``thresholds``: the standard's row
    (``invest_per_mu`` 万元/亩, ``far``, ``tax_per_mu`` 万元/亩)."""
    inv_req, far_req, tax_req = (thresholds.get(k) for k in ("invest_per_mu", "far", "tax_per_mu"))
    out = []
    for mu in area_mu:
        mu = float(mu or 0.0)
        own_inv = invest / mu if invest is not None and mu > 0 else None
        own_tax = tax / mu if tax is not None and mu > 0 else None
        checks = [own >= req * (1.0 - _EPS) for own, req in ((own_inv, inv_req), (own_tax, tax_req))
                  if own is not None and req is not None]
        meets = None if not checks else int(all(checks))
        out.append((inv_req, far_req, tax_req, meets, round(min(mu, need_mu), 4), own_inv, own_tax))
    return out


def zone_texts(zones, have_zones):
    """Each item's zone as the reasons, the 台账 and the PDF say it: its name, 园区外, or, without a
    zone layer (入园 not judged), 未判断入园."""
    return [z or ("园区外" if have_zones else "未判断入园（未给出园区图层）") for z in zones]


def reason_columns(rank, score, kinds_text, sites_text, routes, zones, area_mu, need_mu, tolerance, preferred,
                   sheet, why_not, standard_name, note=None, verify=None):
    """Chinese reasons: the score parts for a ranked item, the why-not for one that does not fit;
    ``verify``: the 待核实 notes of each item (:func:`use_columns`), named in both."""
    out = []
    verify = verify or [""] * len(rank)
    for i, r in enumerate(rank):
        where = zones[i] or "园区外"
        if not r:
            out.append("不推荐：%s（%s，%s，%.2f亩）%s" % (sites_text[i], kinds_text[i], where, area_mu[i],
                                                   "；".join(t for t in (why_not[i], verify[i]) if t)))
            continue
        inv, far, tax, meets, save, own_inv, own_tax = sheet[i]
        parts = ["第%d名：%s（%s，%s）" % (r, sites_text[i], kinds_text[i], routes[i]),
                 "园区：%s%s" % (where, "（优先园区）" if preferred and zones[i] == preferred else ""),
                 "面积%.2f亩，需求%.2f亩±%g%%，吻合度%.1f" % (area_mu[i], need_mu, tolerance, score[i] or 0.0),
                 "标准地指标（%s）：投资强度≥%s万元/亩、容积率≥%s、亩均税收≥%s万元/亩" % (
                     standard_name, _num(inv), _num(far), _num(tax))]
        if meets is None:
            parts.append("项目未给出投资额和税收，未判断是否达标")
        else:
            own = "、".join(t for t in ("投资强度%.1f万元/亩" % own_inv if own_inv is not None else "",
                                        "亩均税收%.2f万元/亩" % own_tax if own_tax is not None else "") if t)
            parts.append("项目%s，%s" % (own, "达到指标" if meets else "未达到指标"))
        parts.append("消化存量%.2f亩，节约新增建设用地%.2f亩" % (area_mu[i], save))
        if verify[i]:
            parts.append(verify[i])
        if note:
            parts.append(note)
        out.append("；".join(parts))
    return out


def _num(v):
    return "—" if v is None else ("%g" % round(float(v), 2))


LEDGER_HEADER = ("名次", "地块", "存量类型", "处置路径", "所在园区", "面积(亩)", "面积吻合度", "投资强度要求(万元/亩)",
                 "容积率要求", "亩均税收要求(万元/亩)", "项目是否达标", "节约新增建设用地(亩)", "待核实事项")
LEDGER_WIDTHS = (6, 28, 14, 14, 20, 10, 10, 14, 10, 14, 10, 14, 30)


def ledger_sheet(rank, sites_text, kinds_text, routes, zones, area_mu, score, sheet, project, verify=None):
    """The 存量用地选址 sheet of the 台账: (name, title, header, rows, widths) of the ranked items."""
    rows = []
    verify = verify or [""] * len(rank)
    for i in sorted((i for i, r in enumerate(rank) if r), key=lambda i: rank[i]):
        inv, far, tax, meets, save, _own_inv, _own_tax = sheet[i]
        rows.append([rank[i], sites_text[i], kinds_text[i], routes[i], zones[i] or "园区外", round(area_mu[i], 2),
                     score[i], inv, far, tax, {1: "是", 0: "否"}.get(meets, "未判断"), round(save, 2),
                     verify[i] or "无"])
    return "存量用地选址", "存量用地选址推荐（%s）" % project, LEDGER_HEADER, rows, LEDGER_WIDTHS


def page_rows(rank, site, kind_text, route, zone, mu, need_mu, tolerance, score, sheet_row, standard_name, verify=""):
    """The indicator sheet on a top site's page: (title, [(label, text)])."""
    inv, far, tax, meets, save, own_inv, own_tax = sheet_row

    def own(value, unit):
        return "（项目 %.2f %s）" % (value, unit) if value is not None else ""
    rows = [("地块", site), ("存量类型", kind_text), ("处置路径", route), ("所在园区", zone or "园区外"),
            ("面积", "%.2f 亩（需求 %.2f 亩 ±%g%%，吻合度 %.1f）" % (mu, need_mu, tolerance, score or 0.0)),
            ("投资强度", "≥ %s 万元/亩%s" % (_num(inv), own(own_inv, "万元/亩"))),
            ("容积率", "≥ %s（签约指标）" % _num(far)),
            ("亩均税收", "≥ %s 万元/亩%s" % (_num(tax), own(own_tax, "万元/亩"))),
            ("项目是否达标", {1: "达标", 0: "未达标"}.get(meets, "未判断（项目未给出投资额和税收）")),
            ("节约新增建设用地", "%.2f 亩" % save), ("指标依据", standard_name), ("待核实事项", verify or "无")]
    return "存量用地选址 第%d名：%s" % (rank, site), rows


def project_line(industry, need_mu, invest=None, tax=None):
    """The project in one line (the PDF's subtitle)."""
    parts = ["项目行业 %s" % (industry or "—"), "用地需求 %.2f 亩" % need_mu]
    if invest is not None:
        parts.append("总投资 %s 万元" % _num(invest))
    if tax is not None:
        parts.append("预计年税收 %s 万元" % _num(tax))
    return "，".join(parts)

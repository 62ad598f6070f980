"""变化图斑动态巡查 — the quarter's change polygons (遥感监测变化图斑 / 卫片执法图斑) over LandPlan's
results (濮政办〔2021〕6号 四(二) and 宝政办〔2021〕34号 四(二) 加强动态监测: 遥感监测 … 分析预警、
动态巡查; 疑似违法占地 as 濮政办〔2021〕6号 二(三)6).

Each change polygon has an id, a 前时相 and a 后时相 date and, when given, a change type; the type
is read as **construction** or **demolition** through ``resources/changes/change_types.json``
(:func:`load_change_types`, :func:`kind_columns`; no type field: every polygon is construction —
our reading: change polygons are 新增建设 unless they say otherwise).

Which polygons are used (:func:`screen_columns`): an empty geometry, an invalid one that cannot be
repaired, one under ``MIN_AREA`` m² (a sliver, default 100 m²: local choice) and a repeat of an
earlier polygon's geometry (same geometry counts once) are not used; each is named with why.

A used polygon is cut into pieces by the layers it meets, in the order of :data:`OVERLAYS`:

* construction on an idle parcel (``idle_flag`` 1) → **疑似已动工** — a candidate for updating the
  闲置 finding, with the date window 前时相–后时相 in which the work began;
* construction on 批而未供 land (``unsup_flag`` 1) → **疑似已批未供即用**;
* construction on what is left that no approval, supply or registered parcel covers →
  **疑似违法占地**, judged by the rule of ``landplan:flagunauthorized``
  (:func:`.unauthorized.assess_pieces`: the same threshold test and the same wording);
* demolition or clearing on a 低效 parcel (``ie_flag`` 1) → **疑似盘活**;
* everything else → 无 (the reason says why).

Pieces under ``MIN_AREA`` are overlay slivers and are not written (:func:`lead_columns`); a polygon all
of whose pieces are slivers is written as its largest piece, without a lead. Every lead
says 疑似: it is a lead for the 巡查 list, never a verdict. The responsible unit of a piece is its
parcel's 责任单位, else the unit most parcels of its 园区 have (:func:`.ledger.zone_units`, as the
台账 fills it). The per-zone 预警 table (:func:`warning_rows`) counts the leads by kind with their
亩; the 巡查 list (:func:`patrol_sheet`) is a 台账 sheet.
"""
from __future__ import annotations

import os
import unicodedata

from . import unauthorized as ua
from .contract import IDLE_FLAG, IE_FLAG, UNSUP_FLAG, is_flagged_array
from .datafile import check_header, read_json
from .dates import parse_date
from .ledger import chinese_order, zone_units
from .lazy import lazy_module
from .units import M2_PER_MU

np = lazy_module("numpy")

__all__ = [
    "CONSTRUCTION", "DEMOLITION", "KIND_LABELS", "STARTED", "USED", "UNAUTHORIZED", "REVIVED", "NO_LEAD",
    "LEADS", "OVERLAYS", "FLAG_OF", "CHECKS", "DEFAULT_MIN_AREA", "OUTSIDE", "OUTPUT_FIELDS", "WARNING_FIELDS",
    "ChangeTypesError", "load_change_types", "kind_columns", "overlay_plan", "screen_columns",
    "stock_columns", "window_columns", "zone_columns", "lead_columns", "unit_columns", "warning_rows",
    "patrol_sheet",
]

CONSTRUCTION = "construction"
DEMOLITION = "demolition"
KIND_LABELS = {CONSTRUCTION: "建设", DEMOLITION: "拆除清理", None: "未识别"}

STARTED = "疑似已动工"
USED = "疑似已批未供即用"
UNAUTHORIZED = ua.KIND
REVIVED = "疑似盘活"
NO_LEAD = "无"
LEADS = (STARTED, USED, UNAUTHORIZED, REVIVED)

#: change kind → the layers a polygon is cut by, in order, and the lead of each piece
#: ("UNCOVERED": what no APPROVALS / SUPPLIED / REGISTERED polygon covers)
OVERLAYS = {
    CONSTRUCTION: (("IDLE", STARTED), ("UNSUPPLIED", USED), ("UNCOVERED", UNAUTHORIZED)),
    DEMOLITION: (("SCORED", REVIVED),),
}
#: overlay layer → the flag field that makes one of its features stock land
FLAG_OF = {"IDLE": IDLE_FLAG, "UNSUPPLIED": UNSUP_FLAG, "SCORED": IE_FLAG}
#: what a 巡查 has to check, per lead
CHECKS = {
    STARTED: "现场核实是否已动工及动工日期（在前后时相之间），已动工的更新闲置土地认定和实际动工日期",
    USED: "核实用地单位和用地手续；已批未供即用的完善供地手续或依法处置",
    UNAUTHORIZED: "核查批地、供地手续；无手续的依法查处",
    REVIVED: "核实拆除、清表是否为低效用地盘活（收回、再开发），更新低效用地台账和处置进度",
    NO_LEAD: "",
}
DEFAULT_MIN_AREA = 100.0
OUTSIDE = "园区外"
TYPES_FORMAT = "landplan-change-types"
_AREA_TOL = 1e-9

#: the OUTPUT pieces' fields (name, alias)
OUTPUT_FIELDS = (
    ("ch_id", "图斑编号"), ("ch_type", "变化类型"), ("ch_kind", "变化归类"), ("ch_lead", "巡查线索"),
    ("ch_parcel", "宗地/批文编号"), ("ch_mu", "面积(亩)"), ("ch_zone", "所在园区"),
    ("ch_window", "时段（前时相—后时相）"),
    ("ch_check", "核查内容"), ("ch_unit", "责任单位"), ("ch_reason", "巡查说明"),
)
#: the per-zone 预警 table's fields (name, alias): pieces and 亩 per lead, then the total
WARNING_FIELDS = (
    ("cw_zone", "园区"), ("cw_st_n", "疑似已动工(处)"), ("cw_st_mu", "疑似已动工(亩)"),
    ("cw_use_n", "疑似已批未供即用(处)"), ("cw_use_mu", "疑似已批未供即用(亩)"),
    ("cw_ua_n", "疑似违法占地(处)"), ("cw_ua_mu", "疑似违法占地(亩)"),
    ("cw_rev_n", "疑似盘活(处)"), ("cw_rev_mu", "疑似盘活(亩)"),
    ("cw_tot_n", "线索合计(处)"), ("cw_tot_mu", "线索合计(亩)"), ("cw_period", "时段"),
)


class ChangeTypesError(ValueError):
    """A change-type file that cannot be used (the message is Chinese)."""


def _err(path, text):
    return ChangeTypesError("变化类型对照文件「%s」%s" % (path, text))


def _norm(value):
    return unicodedata.normalize("NFKC", str(value)).strip() if value is not None else ""


def load_change_types(path=None):
    """{CONSTRUCTION: [values], DEMOLITION: [values]} from the file (default: the bundled
    ``resources/changes/change_types.json``)."""
    if not path:
        from ..paths import resources_dir
        path = os.path.join(resources_dir(), "changes", "change_types.json")
    data = read_json(path, _err)
    check_header(data, path, TYPES_FORMAT, _err)
    table = {}
    for kind in (CONSTRUCTION, DEMOLITION):
        values = data.get(kind)
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise _err(path, "的「%s」应为非空文本的列表" % kind)
        table[kind] = [_norm(v) for v in values]
    return table


def kind_columns(raw_types, table, n=0):
    """(kind per polygon — CONSTRUCTION, DEMOLITION or None when the value is not in ``table`` —,
    the unrecognised values in order of first appearance). ``raw_types`` None (no type field):
    ``n`` polygons, all construction. A value equal to an entry is its kind; else one containing an
    entry (demolition entries first)."""
    if raw_types is None:
        return [CONSTRUCTION] * n, []
    exact = {v: kind for kind in (CONSTRUCTION, DEMOLITION) for v in table[kind]}
    kinds, unknown = [], []
    for raw in raw_types:
        text = _norm(raw)
        kind = exact.get(text)
        if kind is None and text:
            kind = next((k for k in (DEMOLITION, CONSTRUCTION) if any(v in text for v in table[k])), None)
        if kind is None and text not in unknown:
            unknown.append(text)
        kinds.append(kind)
    return kinds, unknown


def overlay_plan(kind, given):
    """The (layer, lead) steps for a polygon of ``kind``, keeping the layers in ``given`` (a set of
    IDLE / UNSUPPLIED / SCORED, and UNCOVERED when a covering layer was given)."""
    return [(layer, lead) for layer, lead in OVERLAYS.get(kind, ()) if layer in given]


def screen_columns(ids, area_m2, states, keys, min_area_m2=DEFAULT_MIN_AREA):
    """Which change polygons are used: (bool array, note per polygon — None when used).

    ``states``: "ok", "empty" (no geometry) or "invalid" (cannot be repaired); ``keys``: a
    geometry key (same geometry, same key). Not used, in this order: empty, invalid, under
    ``min_area_m2`` (a sliver), a repeat of the first polygon with the same key."""
    threshold = max(0.0, float(min_area_m2 or 0.0))
    use = np.zeros(len(ids), dtype=bool)
    notes = [None] * len(ids)
    first = {}
    for i, (pid, area, state, key) in enumerate(zip(ids, area_m2, states, keys)):
        if state == "empty":
            notes[i] = "变化图斑 %s：几何为空，未使用" % pid
        elif state == "invalid":
            notes[i] = "变化图斑 %s：几何无效且无法修复，未使用" % pid
        elif float(area or 0.0) < threshold * (1.0 - _AREA_TOL) or not area:
            notes[i] = "变化图斑 %s：面积 %.1f 平方米，小于下限 %.0f 平方米（碎片），未使用" % (pid, float(area or 0.0),
                                                                           threshold)
        elif key in first:
            notes[i] = "变化图斑 %s：与变化图斑 %s 图形相同（重复），只计一次，未使用" % (pid, ids[first[key]])
        else:
            first[key] = i
            use[i] = True
    return use, notes


def stock_columns(flag_values):
    """Which features of an overlay layer are stock land: flag 1 (0 or NULL: not)."""
    return is_flagged_array(np.asarray(list(flag_values), dtype=object))


def window_columns(before_raw, after_raw, n, before_name="前时相", after_name="后时相"):
    """(前时相 dates, 后时相 dates, window texts 'YYYY-MM-DD—YYYY-MM-DD' with 未填 for a missing
    date, problems as (row, :class:`Problem`) naming the field by ``*_name``) of ``n`` polygons.
    ``*_raw`` None: the field was not given (every date missing); an unreadable date counts as missing."""
    problems = []

    def parse(raw, name):
        if raw is None:
            return [None] * n
        out = []
        for row, value in enumerate(raw):
            d, problem = parse_date(value, name)
            if problem is not None:
                problems.append((row, problem))
            out.append(d)
        return out
    before, after = parse(before_raw, before_name), parse(after_raw, after_name)
    texts = ["%s—%s" % (b.isoformat() if b else "前时相未填", a.isoformat() if a else "后时相未填")
             for b, a in zip(before, after)]
    return before, after, texts, problems


def zone_columns(placed, parcel_zones, have_zones):
    """Zone of each piece: the zone it lies in (``placed``), else its parcel's zone field, else
    :data:`OUTSIDE` when zones were given (None when not)."""
    out = []
    for zone, parcel_zone in zip(placed, parcel_zones):
        zone = _norm(zone) or _norm(parcel_zone)
        out.append(zone or (OUTSIDE if have_zones else None))
    return out


def _reason(lead, layer, cid, kind_label, window, parcel, mu, checked):
    head = "变化图斑 %s（%s，%s）" % (cid, kind_label, window)
    if lead == STARTED:
        return ("疑似已动工：%s落在闲置土地（宗地 %s）上 %.2f亩，该宗地可能已在此时段动工，核实后更新闲置土地认定"
                % (head, parcel, mu))
    if lead == USED:
        return "疑似已批未供即用：%s在批而未供土地（%s）上新增建设 %.2f亩，尚未供地" % (head, parcel, mu)
    if lead == REVIVED:
        return "疑似盘活：%s在低效工业用地（宗地 %s）上拆除或清表 %.2f亩，可能已开始盘活" % (head, parcel, mu)
    if kind_label == KIND_LABELS[None]:
        return "%s %.2f亩：变化类型未识别（见变化类型对照），未判断线索" % (head, mu)
    if kind_label == KIND_LABELS[DEMOLITION]:
        return "%s %.2f亩：拆除清理不在低效工业用地上，无线索" % (head, mu)
    if not checked:
        return ("%s %.2f亩：不在闲置、批而未供土地上；未给出批地、供地、登记宗地图层，未作违法占地判断"
                % (head, mu))
    return "%s %.2f亩：建设位于已批、已供或已登记的土地上，且非闲置、非批而未供，无线索" % (head, mu)


def lead_columns(layers, leads, area_m2, change_ids, kind_labels, windows, parcels, zones, checked=(),
                 min_area_m2=DEFAULT_MIN_AREA):
    """The pieces' verdicts: (keep bool array, ch_lead, ch_mu array, ch_check, ch_reason).

    Per piece: the overlay ``layers`` entry (IDLE / UNSUPPLIED / SCORED / UNCOVERED, None for the
    rest of the polygon), its step's lead (None for the rest), area, polygon id, kind label,
    window, parcel id, zone. A piece under ``min_area_m2`` is an overlay sliver (not kept; when all
    of a polygon's pieces are, its largest is kept as 无 so that the polygon shows). An
    UNCOVERED piece is judged and worded by :func:`.unauthorized.assess_pieces` with the covering
    layers ``checked``."""
    n = len(area_m2)
    a = np.array([float(v or 0.0) for v in area_m2], dtype=float)
    threshold = max(0.0, float(min_area_m2 or 0.0))
    keep = (a > 0) & (a >= threshold * (1.0 - _AREA_TOL))
    out_lead, checks, reasons = [NO_LEAD] * n, [""] * n, [None] * n
    uncovered = [i for i in range(n) if layers[i] == "UNCOVERED"]
    if uncovered:
        ua_keep, _mu, ua_reasons = ua.assess_pieces(
            a[uncovered], [None] * len(uncovered), [None] * len(uncovered), [zones[i] for i in uncovered],
            checked, threshold / M2_PER_MU)
        for j, i in enumerate(uncovered):
            keep[i] = bool(ua_keep[j])
            if keep[i]:
                out_lead[i], checks[i] = UNAUTHORIZED, CHECKS[UNAUTHORIZED]
                reasons[i] = "变化图斑 %s（%s，%s）：%s" % (change_ids[i], kind_labels[i], windows[i], ua_reasons[j])
    mu = a / M2_PER_MU
    for i in range(n):
        if not keep[i] or layers[i] == "UNCOVERED":
            continue
        lead = leads[i] if leads[i] in LEADS else NO_LEAD
        out_lead[i], checks[i] = lead, CHECKS[lead]
        reasons[i] = _reason(lead, layers[i], change_ids[i], kind_labels[i], windows[i], parcels[i], mu[i], checked)
    # a used polygon whose pieces are all slivers still shows: its largest piece, without a lead
    kept_ids = {change_ids[i] for i in range(n) if keep[i]}
    largest = {}
    for i in range(n):
        cid = change_ids[i]
        if cid not in kept_ids and a[i] > 0 and (cid not in largest or a[i] > a[largest[cid]]):
            largest[cid] = i
    for cid, i in largest.items():
        keep[i] = True
        reasons[i] = "变化图斑 %s（%s，%s） %.2f亩：叠加切分后各部分均小于下限 %.0f 平方米，无线索" % (
            cid, kind_labels[i], windows[i], mu[i], threshold)
    return keep, out_lead, mu, checks, reasons


def unit_columns(leads, zones, units, pool_zones=(), pool_units=()):
    """责任单位 of the lead pieces (None for 无): the parcel's own, else the unit most parcels of its
    园区 have (:func:`.ledger.zone_units`, marked 按园区推定), else 未填报."""
    filled = zone_units(zones, units, pool_zones, pool_units)
    return [None if lead == NO_LEAD else unit for lead, unit in zip(leads, filled)]


def _period(before, after):
    b = [d for d in before if d is not None]
    a = [d for d in after if d is not None]
    if not b and not a:
        return "—"
    return "%s—%s" % (min(b).isoformat() if b else "前时相未填", max(a).isoformat() if a else "后时相未填")


def warning_rows(zones, leads, mu, before=(), after=()):
    """The per-zone 预警 table (rows in :data:`WARNING_FIELDS` order): per zone (Chinese order,
    :data:`OUTSIDE` and no zone last), then 合计: pieces and 亩 of each lead, the total and the
    period (earliest 前时相 — latest 后时相 of the quarter's polygons)."""
    period = _period(list(before), list(after))
    table = {}
    for zone, lead, m in zip(zones, leads, mu):
        if lead not in LEADS:
            continue
        row = table.setdefault(zone or OUTSIDE, [[0, 0.0] for _ in LEADS])
        row[LEADS.index(lead)][0] += 1
        row[LEADS.index(lead)][1] += float(m or 0.0)
    order = sorted(table, key=lambda z: (z == OUTSIDE, chinese_order(z)))
    total = [[0, 0.0] for _ in LEADS]
    rows = []
    for name, cells in [(z, table[z]) for z in order] + [("合计", total)]:
        if name != "合计":
            for k, (c, m) in enumerate(cells):
                total[k][0] += c
                total[k][1] += m
        flat = [v for c, m in cells for v in (c, round(m, 4))]
        rows.append([name] + flat + [sum(c for c, _ in cells), round(sum(m for _, m in cells), 4), period])
    return rows


PATROL_HEADER = ("序号", "图斑编号", "巡查线索", "宗地/批文编号", "所在园区", "面积(亩)", "时段（前时相—后时相）",
                 "核查内容", "责任单位")
PATROL_WIDTHS = (6, 14, 18, 18, 20, 10, 24, 48, 24)


def patrol_sheet(ids, leads, parcels, zones, mu, windows, units, period=""):
    """The 巡查 list as a 台账 sheet: (sheet name, title, header, rows, widths) for the lead pieces
    (无 left out), by 园区, lead and polygon id."""
    rows = [(ids[i], leads[i], parcels[i] or "—", zones[i] or OUTSIDE, round(float(mu[i] or 0.0), 2), windows[i],
             CHECKS[leads[i]], units[i] or "") for i in range(len(ids)) if leads[i] in LEADS]
    rows.sort(key=lambda r: (r[3] == OUTSIDE, chinese_order(r[3]), LEADS.index(r[1]), chinese_order(r[0])))
    title = "变化图斑动态巡查清单" + ("（%s）" % period if period and period != "—" else "")
    return "巡查清单", title, PATROL_HEADER, [[k + 1] + list(r) for k, r in enumerate(rows)], PATROL_WIDTHS

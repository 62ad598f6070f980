"""The 台账 ledger and the export of flagged parcels: every rule of ``landplan:exportflagged``
("建立包括地块基本信息、形成原因、处置措施、完成时限、责任单位等要素的工作台账", "一宗一策").

Every rule is a batch function over columns (object arrays or sequences in, arrays out);
:func:`export_columns` runs them all on one batch of parcels for the export, as
:func:`core.scoring.score_columns` does for the scoring, and :func:`export_setup` decides once
what a run reads (:class:`ExportSetup`).

Which parcels
    a parcel is exported when any chosen flag field (``ie_flag``, ``idle_flag``, ``unsup_flag``, and
    any kind registered here) is 1 (:func:`core.contract.is_flagged_array`). A flag value that is
    neither empty, 1 nor 0 is unreadable (:func:`flag_unreadable_columns`): counted in the log, the
    parcel is not exported for that flag.
Kind, type, cause, disposal (per flag kind, combined in registry order; :func:`describe_columns`)
    认定类别 (``lp_kind``) joins the kinds' names with 、; 类型 (``lp_type``) and 处置措施
    (``lp_disp``) join each kind's text with ；(a disposal given twice is written once); 形成原因
    joins the kinds' reason texts (prefixed with the kind's name when a parcel has several kinds).

    ==============================  ==============================================================
    type                            处置措施
    ==============================  ==============================================================
    低效·粗放用地类                   提质增效：增资扩产、提高容积率（二次开发）
    低效·停建停产类                   督促复工复产；无法复产的兼并重组、置换盘活或依法收回
    低效·产业转型类                   转型升级、调整利用
    标准地未达标 (``cm_flag`` 1)      the check's ``cm_disp`` (限期整改、支付违约金、依约收回;
                                      :func:`core.commitments.ledger_columns`)
    疑似违法占地 (``ua_flag`` 1)      核查、依法处置 (:mod:`core.unauthorized`)
    亩均D类 (``mj_class`` D)          调控帮扶、倒逼整治 (:mod:`core.permu`)
    闲置土地                          the idle check's ``idle_disp`` (by stage × cause,
                                      《闲置土地处置办法》); without it: 满2年 依法收回, else 限期开发
    批而未供                          加快供地（征地拆迁、前期开发、项目审批）；确无法供地的清理用地批准文件
    已批未供即用 (``unsup_use`` 1)    the check's decision ``ju_decide``：``ju_reason`` (完善用地手续 /
                                      低效整改 / 依法收回 / 待核实, :func:`core.unsupplied.decide_in_use_columns`);
                                      without it: 完善用地手续；运营较差、亩均效益较低的纳入低效用地整改
    ==============================  ==============================================================

    A low-efficiency parcel without a known type gets the 粗放用地类 measure; several types
    (``粗放用地类、停建停产类``) get each measure.
Area (面积, 亩; :func:`field_area_columns`, :func:`counted_area_columns`)
    the first area field of the registered kinds (``ie_areamu``, ``unsup_mu``, ``ua_mu``) that is
    readable and positive; an unreadable or non-positive value is counted and the next one is
    tried; otherwise the geometry's area. A parcel whose geometry is empty is **not counted** in
    any area total — the ledger's 汇总 and the zone report's tallies alike — because it cannot be
    placed in a zone or checked on a map (the zone checks place parcels by their geometry); it
    stays listed, and its note (:data:`EMPTY_GEOMETRY_NOTE`) gives the area field's value and why.
    The one rule for both: :func:`counted_area_columns`.
Zone (所在园区; :func:`zone_columns`)
    the user's zone field; when empty, the first non-empty zone field of the parcel's kinds
    (``ua_zone`` of 疑似违法占地).

Adding a kind (as 标准地未达标, 疑似违法占地, 亩均D类 are added): :func:`register_kind` with a
:class:`LedgerKind` — its flag field, name, reason fields, area fields and a ``describe``
function ``(column) -> (type texts, disposals)`` over the parcels of that kind, where
``column(field)`` gives the field's values as an object array (None where the layer lacks it).
The export and the ledger then pick it up. A kind whose field is not a 1/0 flag (e.g. 亩均D类:
``mj_class`` = D) gives ``matches`` (raw values → bool array); its values are then never reported
as unreadable flags.

Deadline (完成时限; :func:`deadline_columns`)
    in this order: the parcel's value of the deadline field the user names (``DEADLINE_FIELD``);
    else the ``DEADLINE`` parameter — a date for every parcel, or ``留空`` / ``blank`` to leave the
    column to be filled in by hand (:func:`parse_deadline_parameter`); else the deadline rules
    (``resources/ledger/deadlines.json``, format: :func:`parse_deadline_rules`): for each kind of
    the parcel, the first rule of that kind whose conditions hold — ``disposal`` (the kind's
    处置措施 contains one of the texts) and ``when`` ({field: texts}, the field's value contains
    one) — gives the parcel's date in the rule's ``date_field`` when it has a readable one (e.g.
    ``cm_recheck``, the end of a 标准地 整改期), else ``AS_OF`` + ``months`` calendar months (the
    day kept, or the month's last day), rounded up to the ``round`` period's end (``year_end``,
    ``quarter_end``, ``month_end``); a parcel with several kinds gets the earliest. No rule: blank.
Summary (汇总 sheet; :func:`summary_columns`)
    zone × kind: 宗数 and 亩 of each kind (a parcel with two kinds counts in both), and 合计
    (each parcel once, which the sheet's note says: :data:`SUMMARY_NOTE`); zones sorted as the
    台账 (:func:`chinese_order`), a parcel without a zone under 「（未注明园区）」 last; a last row
    合计 over all zones.
Printed order (:func:`ledger_order`)
    台账 rows grouped by 所在园区 (sorted: :func:`chinese_order`, no zone last), then 类型,
    then 地块编号; numbered 序号 1…n; the title names the zones sorted; a 填报单位 / 审核 /
    填报日期 line (:data:`SIGN_LINE`) closes each sheet.
Extra sheets
    other algorithms' tables (供地计划执行, 存量盘活任务, 开发区评价, 亩均等级 …) ride in the same
    workbook as :class:`ExtraSheet` (title, header, rows); :func:`sheet_titles` makes Excel-valid,
    unique sheet names.
"""
import calendar
import datetime as _dt
import json
import math
import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable, Optional, Tuple

from .contract import is_flagged, is_flagged_array
from .dates import add_months
from .lazy import lazy_module
from .units import M2_PER_MU
from .values import map_distinct, parse_number, parse_number_array

np = lazy_module("numpy")

__all__ = [
    "LedgerKind", "KINDS", "register_kind", "kinds", "area_fields",
    "DISPOSAL_LOW", "DISPOSAL_IDLE", "DISPOSAL_UNSUP", "DISPOSAL_INUSE", "LEDGER_HEADERS", "LEDGER_WIDTHS",
    "low_disposal", "display_width", "fmt_int",
    "ExportSetup", "export_setup", "flagged_columns", "export_columns",
    "flag_hits_columns", "flag_unreadable_columns", "unreadable_columns", "describe_columns", "zone_columns",
    "field_area_columns", "counted_area_columns", "EMPTY_GEOMETRY_NOTE", "deadline_columns", "summary_columns",
    "DeadlineRule", "parse_deadline_rules", "load_deadline_rules", "parse_deadline_parameter", "add_months",
    "round_date", "NO_ZONE", "summary_header", "ExtraSheet", "sheet_titles", "ledger_title",
    "zone_list_text", "HANDIN_FILES", "HANDIN_OPTIONAL_FILES", "BULLETIN_DOCX_OUTPUT", "BULLETIN_SKIPPED",
    "MANIFEST_NAME", "manifest_lines", "ledger_order", "chinese_order",
    "SEQ_HEADER", "extra_sheet_name", "KNOWN_TABLES", "SIGN_LINE", "SUMMARY_NOTE", "complete_rows", "zone_units",
]

LEDGER_HEADERS = ("地块编号", "所在园区", "面积(亩)", "类型", "形成原因", "处置措施", "完成时限", "责任单位")
LEDGER_WIDTHS = (16, 22, 11, 24, 60, 40, 14, 22)
#: the printed 台账 numbers its rows (序号) in front of :data:`LEDGER_HEADERS`
SEQ_HEADER = "序号"
#: the line under a printed table, filled in by hand when it is signed
SIGN_LINE = ("填报单位（盖章）：＿＿＿＿＿＿＿＿　　审核：＿＿＿＿＿＿　　"
             "填报人：＿＿＿＿＿＿　　填报日期：＿＿＿＿年＿＿月＿＿日")
#: the note under the 汇总 table
SUMMARY_NOTE = ("注：一宗地兼有多类问题的，在各类栏内分别计数，在「合计」栏只计一次，故合计宗数、面积可小于各类之和；"
                "面积单位为亩。")

DISPOSAL_LOW = {
    "粗放用地类": "提质增效：增资扩产、提高容积率（二次开发）",
    "停建停产类": "督促复工复产；无法复产的兼并重组、置换盘活或依法收回",
    "产业转型类": "转型升级、调整利用",
}
DISPOSAL_IDLE = {"满2年": "依法收回", "满1年": "限期开发"}
DISPOSAL_IDLE_DEFAULT = "限期开发"
DISPOSAL_UNSUP = "加快供地（征地拆迁、前期开发、项目审批）；确无法供地的清理用地批准文件"
DISPOSAL_INUSE = "完善用地手续；运营较差、亩均效益较低的纳入低效用地整改"


@dataclass(frozen=True)
class LedgerKind:
    """One kind of flagged land in the export and the ledger (see the module docstring)."""
    key: str
    flag_field: str
    label: str
    reason_fields: Tuple[str, ...]
    describe: Callable
    fields: Tuple[str, ...] = ()          # the fields ``describe`` reads
    area_fields: Tuple[str, ...] = ()     # area fields (亩) this kind's outputs carry
    extra: dict = field(default_factory=dict, compare=False)
    matches: Optional[Callable] = None    # raw values → bool array, for a field that is not a 1/0 flag
    zone_fields: Tuple[str, ...] = ()     # the kind's own zone field, when the user's zone field is empty


def fmt_int(v):
    """5.0 → '5'; text that is not a number is kept."""
    try:
        return str(int(float(v)))
    except (TypeError, ValueError, OverflowError):
        return str(v)


def _typed(label, detail):
    return "%s（%s）" % (label, detail) if detail else label


def low_disposal(ie_type):
    """Disposal of low-efficiency land by its type(s) (粗放用地类 when none is known)."""
    parts = [DISPOSAL_LOW[t] for t in str(ie_type or "").split("、") if t in DISPOSAL_LOW]
    return "；".join(parts) if parts else DISPOSAL_LOW["粗放用地类"]


def _describe_low(column):
    ie_type = column("ie_type").tolist()
    return [_typed("低效工业用地", t) for t in ie_type], map_distinct(ie_type, low_disposal)


def _describe_idle(column):
    types, disposals = [], []
    for basis, stage, disp in zip(column("idle_basis").tolist(), column("idle_stage").tolist(),
                                  column("idle_disp").tolist()):
        types.append(_typed("闲置土地", "，".join(str(x) for x in (basis, stage) if x)))
        disposals.append(str(disp or DISPOSAL_IDLE.get(str(stage or ""), DISPOSAL_IDLE_DEFAULT)))
    return types, disposals


def _describe_unsupplied(column):
    in_use = is_flagged_array(column("unsup_use")) | is_flagged_array(column("inuse_flag"))
    types = []
    for yrs, use in zip(column("unsup_yrs").tolist(), in_use.tolist()):
        text = "批而未供" + ("·已批未供即用" if use else "")
        types.append("%s（批准满%s年）" % (text, fmt_int(yrs)) if yrs is not None else text)
    disposals = []
    for use, decide, why in zip(in_use.tolist(), column("ju_decide").tolist(), column("ju_reason").tolist()):
        if use and decide not in (None, "") and decide == decide:
            disposals.append("%s：%s" % (decide, why) if why not in (None, "") and why == why else str(decide))
        else:
            disposals.append(DISPOSAL_INUSE if use else DISPOSAL_UNSUP)
    return types, disposals


#: the registry, in the order kinds are combined (and FLAGS options are offered)
KINDS = OrderedDict()


def register_kind(kind):
    """Add (or replace) a kind; returns it."""
    KINDS[kind.key] = kind
    return kind


register_kind(LedgerKind("ie", "ie_flag", "低效工业用地", ("ie_reason",), _describe_low,
                         fields=("ie_type",), area_fields=("ie_areamu",)))
register_kind(LedgerKind("idle", "idle_flag", "闲置土地", ("idle_rsn", "idle_reason"), _describe_idle,
                         fields=("idle_basis", "idle_stage", "idle_disp")))
register_kind(LedgerKind("unsup", "unsup_flag", "批而未供", ("unsup_rsn", "unsup_reason"), _describe_unsupplied,
                         fields=("unsup_yrs", "unsup_use", "inuse_flag", "ju_decide", "ju_reason"),
                         area_fields=("unsup_mu",)))


def _describe_commitments(column):
    """标准地未达标: the check's own disposal (``cm_disp``) when the layer carries it, else the rule of
    :func:`core.commitments.ledger_columns` on the reason and penalty of a parcel that failed."""
    from . import commitments
    disposals = column("cm_disp").tolist()
    todo = [i for i, d in enumerate(disposals)
            if d in (None, "") or (isinstance(d, float) and math.isnan(d))]
    if todo:
        penalty, _problems = parse_number_array(column("cm_penalty")[todo], "cm_penalty")
        reasons = column("cm_reason")[todo]
        _type, _cause, by_rule = commitments.ledger_columns([commitments.STATUS_FAIL] * len(todo), reasons, penalty)
        for i, d in zip(todo, by_rule.tolist()):
            disposals[i] = d
    return [commitments.LEDGER_TYPE] * len(disposals), [str(d) for d in disposals]


def _describe_unauthorized(column):
    from . import unauthorized
    return [unauthorized.KIND] * column.n, [unauthorized.DISPOSAL] * column.n


def _describe_permu(column):
    from . import permu
    return [permu.LEDGER_TYPE] * column.n, [permu.LEDGER_DISPOSAL] * column.n


def _is_d_class(values):
    from .permu import ledger_class_flags
    return ledger_class_flags(values)


# the kinds of the other checks (their rules live in their own core modules)
register_kind(LedgerKind("cm", "cm_flag", "标准地未达标", ("cm_reason",), _describe_commitments,
                         fields=("cm_disp", "cm_penalty", "cm_reason")))
register_kind(LedgerKind("ua", "ua_flag", "疑似违法占地", ("ua_reason",), _describe_unauthorized,
                         fields=("ua_reason",), area_fields=("ua_mu",), zone_fields=("ua_zone",)))
register_kind(LedgerKind("mj", "mj_class", "亩均D类", ("mj_reason",), _describe_permu, matches=_is_d_class))


def kinds(keys=None):
    """The registered kinds (all, or those in ``keys``), in registry order."""
    return [k for k in KINDS.values() if keys is None or k.key in keys]


def area_fields():
    """The area fields in the order they win (all registered kinds')."""
    out = []
    for k in kinds():
        out.extend(f for f in k.area_fields if f not in out)
    return tuple(out)


def display_width(text):
    """Excel column width for text: CJK and full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in str(text))


# ---- columns --------------------------------------------------------------------------------

def _obj(values):
    arr = np.empty(len(values), dtype=object)
    arr[:] = list(values)
    return arr


class _Columns:
    """``column(name)``: a field's values as an object array (None where the layer lacks the field)."""

    def __init__(self, columns, n):
        self.n = n
        self._cols = {name: _obj(v) for name, v in columns.items()}

    def __call__(self, name):
        col = self._cols.get(name)
        return col if col is not None else np.full(self.n, None, dtype=object)

    def take(self, rows):
        sub = _Columns({}, len(rows))
        sub._cols = {name: col[rows] for name, col in self._cols.items()}
        return sub


def _as_columns(columns, n):
    return columns if isinstance(columns, _Columns) else _Columns(columns, n)


def _length(hits_columns, n=None):
    if n is not None:
        return n
    return len(next(iter(hits_columns.values()))) if hits_columns else 0


def _hit_kinds(hits_columns, chosen):
    return [(k, np.asarray(hits_columns[k.key], dtype=bool)) for k in chosen if k.key in hits_columns]


def _is_zero(raw):
    if isinstance(raw, bool):
        return not raw
    try:
        text = unicodedata.normalize("NFKC", str(raw)).strip()
        return float(text) == 0.0
    except (TypeError, ValueError):
        return False


def _flag_unreadable(raw):
    if raw is None or (isinstance(raw, float) and math.isnan(raw)) or (isinstance(raw, str) and not raw.strip()):
        return False
    return not is_flagged(raw) and not _is_zero(raw)


def flag_hits_columns(flag_columns, chosen):
    """{kind key: bool array} for the chosen kinds present in ``flag_columns`` {key: values}: the
    flag is 1 (or the kind's ``matches`` holds)."""
    return {k.key: (is_flagged_array(_obj(flag_columns[k.key])) if k.matches is None else
                    np.asarray(k.matches(_obj(flag_columns[k.key])), dtype=bool))
            for k in chosen if k.key in flag_columns}


def flag_unreadable_columns(values):
    """A flag value that is neither empty, 1 nor 0 → True (bool array)."""
    return np.array(map_distinct(_obj(values).tolist(), _flag_unreadable), dtype=bool)


def unreadable_columns(flag_columns, chosen):
    """{kind key: bool array} of the unreadable values of the chosen 1/0 flag kinds (never for a
    kind with ``matches``)."""
    return {k.key: flag_unreadable_columns(flag_columns[k.key])
            for k in chosen if k.key in flag_columns and k.matches is None}


def _first_reason(values):
    return next((v for v in values if v not in (None, "")), None)


def describe_columns(hits_columns, columns, chosen, n=None):
    """``lp_kind``, ``lp_type``, ``lp_cause`` (causes joined with ；) and ``lp_disp`` (object arrays)
    of parcels flagged by ``hits_columns`` {kind key: bool array}; ``columns`` {field: values}
    (rules: module doc). A row without a kind gets empty texts."""
    n = _length(hits_columns, n)
    cols = _as_columns(columns, n)
    labels, types, causes, disposals = ([[] for _ in range(n)] for _ in range(4))
    hit_kinds = _hit_kinds(hits_columns, chosen)
    several = sum(hit.astype(np.int64) for _k, hit in hit_kinds) > 1 if hit_kinds else np.zeros(n, bool)
    for k, hit in hit_kinds:
        rows = np.flatnonzero(hit)
        if not len(rows):
            continue
        sub = cols.take(rows)
        kind_types, kind_disposals = k.describe(sub)
        reasons = zip(*(sub(f).tolist() for f in k.reason_fields))
        for i, type_text, disposal, reason in zip(rows.tolist(), kind_types, kind_disposals, reasons):
            labels[i].append(k.label)
            types[i].append(type_text)
            disposals[i].append(disposal)
            reason = _first_reason(reason)
            if reason:
                causes[i].append(("%s：%s" % (k.label, reason)) if several[i] else str(reason))
    return {"lp_kind": _obj(["、".join(x) for x in labels]), "lp_type": _obj(["；".join(x) for x in types]),
            "lp_cause": _obj(["；".join(x) for x in causes]),
            "lp_disp": _obj(["；".join(dict.fromkeys(x)) for x in disposals])}


def zone_columns(zone_values, hits_columns, columns, chosen):
    """所在园区 (object array): the user's zone field value; when empty, the first non-empty zone
    field of the row's kinds (``ua_zone`` of 疑似违法占地); else the (empty) value itself."""
    out = _obj(zone_values)
    cols = _as_columns(columns, len(out))
    pending = np.array([not _as_text(v) for v in out.tolist()], dtype=bool)
    for k, hit in _hit_kinds(hits_columns, chosen):
        for name in k.zone_fields:
            col = cols(name)
            found = pending & hit & np.array([bool(_as_text(v)) for v in col.tolist()], dtype=bool)
            out[found] = col[found]
            pending &= ~found
    return out


def field_area_columns(columns, n, geom_area_m2=None):
    """(area 亩 as a float array, NaN = none; int array of unreadable / non-positive area values)
    from the area fields in :func:`area_fields` order, else from ``geom_area_m2`` (NaN = no
    geometry; rules: module doc)."""
    area = np.full(n, np.nan)
    problems = np.zeros(n, dtype=np.int64)
    pending = np.ones(n, dtype=bool)
    for name in area_fields():
        if name not in columns:
            continue
        values, bad = parse_number_array(_obj(columns[name]), name)
        rows = np.flatnonzero(pending)
        bad_rows = np.array([i in bad for i in rows.tolist()], dtype=bool)
        v = values[rows]
        with np.errstate(invalid="ignore"):
            problem = bad_rows | (v <= 0)
            good = ~bad_rows & (v > 0)
        problems[rows[problem]] += 1
        area[rows[good]] = v[good]
        pending[rows[good]] = False
    if geom_area_m2 is not None:
        area = np.where(np.isnan(area), np.asarray(geom_area_m2, dtype=float) / M2_PER_MU, area)
    return area, problems


#: why a parcel with an empty geometry is in no area total (counted_area_columns)
EMPTY_GEOMETRY_NOTE = "几何为空：面积字段 %s 亩未计入面积合计（无图形，无法落图和归入园区，请补绘宗地图形）"


def counted_area_columns(columns, n, geom_area_m2=None):
    """The area (亩) each parcel counts for in every area total — the ledger's 汇总 and the zone
    report's tallies (rules: module doc): ``(area, NaN = not counted; int array of unreadable /
    non-positive area values; object array of notes, '' or the reason it is not counted)``.
    ``geom_area_m2``: the geometry's area, NaN where the geometry is empty (None: the layer has no
    geometries; every parcel then counts with its area fields)."""
    area, problems = field_area_columns(columns, n, geom_area_m2)
    notes = np.full(n, "", dtype=object)
    if geom_area_m2 is None:
        return area, problems, notes
    empty = np.isnan(np.asarray(geom_area_m2, dtype=float))
    for i in np.flatnonzero(empty).tolist():
        notes[i] = EMPTY_GEOMETRY_NOTE % ("—" if area[i] != area[i] else "%.2f" % area[i])
    return np.where(empty, np.nan, area), problems, notes


# ---- deadline (完成时限) ----------------------------------------------------------------------

ROUNDINGS = ("year_end", "quarter_end", "month_end")
BLANK_WORDS = ("留空", "空", "blank", "none", "-", "—")


@dataclass(frozen=True)
class DeadlineRule:
    """One deadline rule (rules: module doc)."""
    kind: str
    months: int
    disposal: Tuple[str, ...] = ()
    when: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()
    round: Optional[str] = None
    basis: str = ""
    date_field: Optional[str] = None


def _text_list(value, where):
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, (str, int, float)) for v in value):
        raise ValueError("%s: expected a text or a list of texts" % where)
    return tuple(str(v) for v in value)


def parse_deadline_rules(data):
    """Deadline rules from the JSON structure ``{"rules": [{"kind", "months", "disposal"?, "when"?,
    "round"?, "basis"?, "date_field"?}, …]}`` → list of :class:`DeadlineRule`. A malformed rule raises
    ``ValueError`` naming the rule number and the key."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise ValueError('deadline rules: "rules" must be a list')
    out = []
    for n, raw in enumerate(data["rules"], start=1):
        where = "deadline rule %d" % n
        if not isinstance(raw, dict):
            raise ValueError("%s: must be an object" % where)
        unknown = set(raw) - {"kind", "months", "disposal", "when", "round", "basis", "date_field"}
        if unknown:
            raise ValueError("%s: unknown key(s) %s" % (where, ", ".join(sorted(unknown))))
        kind = raw.get("kind")
        if not isinstance(kind, str) or not kind:
            raise ValueError('%s: "kind" must be a kind key (e.g. "idle")' % where)
        months = raw.get("months")
        if isinstance(months, bool) or not isinstance(months, int) or months < 0:
            raise ValueError('%s: "months" must be a whole number ≥ 0' % where)
        rounding = raw.get("round")
        if rounding is not None and rounding not in ROUNDINGS:
            raise ValueError('%s: "round" must be one of %s' % (where, ", ".join(ROUNDINGS)))
        when = raw.get("when") or {}
        if not isinstance(when, dict):
            raise ValueError('%s: "when" must map field names to texts' % where)
        date_field = raw.get("date_field")
        if date_field is not None and (not isinstance(date_field, str) or not date_field.strip()):
            raise ValueError('%s: "date_field" must be a field name' % where)
        out.append(DeadlineRule(
            kind, months, _text_list(raw.get("disposal") or [], where + ' "disposal"'),
            tuple((str(f), _text_list(v, '%s "when" %s' % (where, f))) for f, v in when.items()),
            rounding, str(raw.get("basis") or ""), date_field))
    return out


def load_deadline_rules(path):
    """:func:`parse_deadline_rules` of a JSON file (UTF-8); errors name the file."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
        return parse_deadline_rules(data)
    except (OSError, ValueError) as exc:
        raise ValueError("%s: %s" % (path, exc)) from None


def parse_deadline_parameter(raw):
    """The ``DEADLINE`` parameter → ``("rules", None)`` (empty), ``("blank", None)`` (留空 / blank /
    none / -), ``("date", date)``; unreadable text raises ``ValueError``."""
    from .dates import parse_date
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return "rules", None
    if isinstance(raw, str) and unicodedata.normalize("NFKC", raw).strip().lower() in BLANK_WORDS:
        return "blank", None
    value, problem = parse_date(raw, "DEADLINE")
    if value is None:
        raise ValueError("DEADLINE %r is not a date (use e.g. 2026-06-30, or 留空 to leave it blank)" % (raw,))
    return "date", value


def round_date(d, how):
    """The last day of ``d``'s year / quarter / month (``how`` in ROUNDINGS); None: ``d``."""
    if how == "year_end":
        return _dt.date(d.year, 12, 31)
    if how == "quarter_end":
        month = ((d.month - 1) // 3 + 1) * 3
        return _dt.date(d.year, month, calendar.monthrange(d.year, month)[1])
    if how == "month_end":
        return _dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    return d


def _as_text(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unicodedata.normalize("NFKC", str(value)).strip()


def _contains_any(values, texts):
    """Bool array: the value (as text) is not empty and contains one of ``texts``."""
    def test(value):
        text = _as_text(value)
        return bool(text) and any(t in text for t in texts)
    return np.array(map_distinct(list(values), test), dtype=bool)


def _rule_holds(rule, disposals, column):
    """Bool array: ``rule``'s conditions hold for each parcel (its kind's ``disposals``)."""
    holds = np.ones(len(disposals), dtype=bool)
    if rule.disposal:
        holds &= np.array([any(t in (d or "") for t in rule.disposal) for d in disposals], dtype=bool)
    for field_name, texts in rule.when:
        holds &= _contains_any(column(field_name).tolist(), texts)
    return holds


def _dates(values):
    """Readable dates of a column (None where empty or unreadable)."""
    from .dates import parse_date
    return map_distinct(values, lambda raw: parse_date(raw, "date")[0])


def deadline_columns(hits_columns, columns, chosen, as_of, rules, fixed=("rules", None), field_values=None,
                     n=None):
    """完成时限 (object array: dates, the deadline field's values, or None) of parcels flagged by
    ``hits_columns`` (rules: module doc): ``field_values`` (the user's field, as read) where not
    empty; else ``fixed`` (:func:`parse_deadline_parameter`'s result); else the earliest rule date
    of the parcel's kinds."""
    n = _length(hits_columns, n if field_values is None else len(field_values))
    cols = _as_columns(columns, n)
    out = np.full(n, None, dtype=object)
    mode, value = fixed
    if mode == "date":
        out[:] = [value] * n
    elif mode == "rules" and as_of is not None:
        for k, hit in _hit_kinds(hits_columns, chosen):
            kind_rules = [r for r in rules if r.kind == k.key]
            rows = np.flatnonzero(hit)
            if not kind_rules or not len(rows):
                continue
            sub = cols.take(rows)
            _types, disposals = k.describe(sub)
            due = np.full(len(rows), None, dtype=object)
            for rule in kind_rules:  # the first rule that holds wins
                todo = np.array([d is None for d in due.tolist()], dtype=bool)
                hold = todo & _rule_holds(rule, disposals, sub)
                default = round_date(add_months(as_of, rule.months), rule.round)
                if rule.date_field is None:
                    due[hold] = default
                    continue
                own = _dates(sub(rule.date_field).tolist())
                for i in np.flatnonzero(hold).tolist():
                    due[i] = default if own[i] is None else round_date(own[i], rule.round)
            for i, d in zip(rows.tolist(), due.tolist()):
                if d is not None and (out[i] is None or d < out[i]):
                    out[i] = d
    if field_values is not None:
        fv = _obj(field_values)
        given = np.array([bool(_as_text(v)) for v in fv.tolist()], dtype=bool)
        out[given] = fv[given]
    return out


# ---- 汇总 (zone × kind) ------------------------------------------------------------------------

NO_ZONE = "（未注明园区）"
TOTAL_LABEL = "合计"


def _zone_key(zone):
    text = _as_text(zone)
    return text or NO_ZONE


def _mu(area):
    """An area for the 汇总: a readable positive number, else 0 (the parcel still counts)."""
    v, _problem = parse_number(area, "area")
    return v if v is not None and math.isfinite(v) and v > 0 else 0.0


def summary_header(labels):
    """The two header rows of the 汇总 table: (kind row, measure row)."""
    top, sub = ["园区"], [""]
    for label in list(labels) + [TOTAL_LABEL]:
        top += [label, ""]
        sub += ["宗数", "面积(亩)"]
    return top, sub


def summary_columns(zones, kind_texts, areas, labels):
    """The 汇总 table body from per-parcel columns (所在园区, 认定类别 joined with 、, 面积 亩): one row
    per zone (sorted as the 台账, 「（未注明园区）」 last) [zone, 宗数, 亩 per label …, 合计宗数,
    合计亩], then the 合计 row.
    Areas are added parcel by parcel in input order, then rounded to 2 decimals."""
    cells = OrderedDict()
    for zone, kind_text, area in zip(_obj(zones).tolist(), _obj(kind_texts).tolist(), _obj(areas).tolist()):
        z = cells.setdefault(_zone_key(zone), {"": [0, 0.0]})
        a = _mu(area)
        for label in dict.fromkeys(str(kind_text or "").split("、")):
            if label:
                cell = z.setdefault(label, [0, 0.0])
                cell[0] += 1
                cell[1] += a
        z[""][0] += 1
        z[""][1] += a
    keys = list(labels) + [""]
    total = {label: [0, 0.0] for label in keys}
    rows = []
    for zone, z in sorted(cells.items(), key=lambda item: (item[0] == NO_ZONE, chinese_order(item[0]))):
        row = [zone]
        for label in keys:
            c = z.get(label, [0, 0.0])
            row += [c[0], round(c[1], 2)]
            total[label][0] += c[0]
            total[label][1] += c[1]
        rows.append(row)
    last = [TOTAL_LABEL]
    for label in keys:
        last += [total[label][0], round(total[label][1], 2)]
    return rows + [last]


# ---- one run of the export ----------------------------------------------------------------------

@dataclass(frozen=True)
class ExportSetup:
    """What an export run decided once (:func:`export_setup`): the chosen kinds the input has a
    flag field for (``kinds``) and those it lacks (``skipped``), the index of every field the rules
    read (``fields`` {rule field name: index in the input}), and the deadline rule (``as_of``,
    ``rules``, ``fixed`` as :func:`parse_deadline_parameter` gives it)."""
    kinds: tuple
    skipped: tuple = ()
    fields: dict = field(default_factory=dict)
    as_of: Optional[_dt.date] = None
    rules: tuple = ()
    fixed: tuple = ("rules", None)

    @property
    def labels(self):
        return [k.label for k in self.kinds]

    def errors(self):
        """``'no_flag_field'``: the input has none of the chosen kinds' flag fields."""
        return [] if self.kinds else ["no_flag_field"]


def export_setup(field_names, keys=None, as_of=None, rules=(), fixed=("rules", None)):
    """The run's :class:`ExportSetup` for an input with ``field_names``: the kinds ``keys`` (in that
    order; all registered kinds when None or empty) whose flag field it has, matched as
    :func:`core.fields.find_name` does."""
    from .fields import find_name
    names = list(field_names)
    chosen = [KINDS[key] for key in dict.fromkeys(keys or ()) if key in KINDS] or kinds()
    present = [k for k in chosen if find_name(names, [k.flag_field]) >= 0]
    wanted = [k.flag_field for k in present]
    for k in present:
        wanted += list(k.fields + k.reason_fields + k.zone_fields)
    wanted += list(area_fields())
    for rule in rules:
        wanted += [f for f, _texts in rule.when] + ([rule.date_field] if rule.date_field else [])
    found = {name: find_name(names, [name]) for name in dict.fromkeys(wanted)}
    return ExportSetup(tuple(present), tuple(k for k in chosen if k not in present),
                       {name: i for name, i in found.items() if i >= 0}, as_of, tuple(rules), tuple(fixed))


def flagged_columns(setup, columns, n):
    """(bool array: the parcel is exported — some chosen kind hits; {flag field: bool array of its
    unreadable values}) for a batch of ``n`` parcels; ``columns`` {flag field: values}."""
    cols = _Columns(columns, n)
    flags = {k.key: cols(k.flag_field) for k in setup.kinds}
    hits = flag_hits_columns(flags, setup.kinds)
    selected = np.logical_or.reduce(list(hits.values())) if hits else np.zeros(n, bool)
    unreadable = unreadable_columns(flags, setup.kinds)
    return selected, {k.flag_field: unreadable[k.key] for k in setup.kinds if k.key in unreadable}


def export_columns(setup, columns, n, zone=None, deadline=None, geom_area_m2=None, geom_note=None):
    """The export's outputs for a batch of ``n`` flagged parcels (rules: module doc). ``columns``
    {rule field name: values} (the fields of ``setup.fields``); ``zone`` / ``deadline``: the
    values of the user's zone and deadline fields (None: no such field); ``geom_area_m2``: the
    (repaired) geometry's area, NaN when empty; ``geom_note`` {row: geometry repair note}, added
    to the cause.

    Returns a dict of arrays ``lp_kind``, ``lp_type``, ``lp_disp``, ``lp_cause``, ``zone``,
    ``deadline`` (objects), ``area_mu`` (float, NaN = none), ``lp_areamu`` / ``ledger_mu`` (the
    area rounded to 4 / 2 decimals, None = none), and ``area_problems``: the number of unreadable
    or non-positive area values."""
    cols = _Columns(columns, n)
    hits = flag_hits_columns({k.key: cols(k.flag_field) for k in setup.kinds}, setup.kinds)
    out = describe_columns(hits, cols, setup.kinds, n)
    area, problems, area_notes = counted_area_columns(
        {name: cols(name) for name in area_fields() if name in setup.fields}, n, geom_area_m2)
    notes = dict(geom_note or {})
    for row in np.flatnonzero(area_notes != "").tolist():
        notes[row] = "；".join(x for x in (notes.get(row), area_notes[row]) if x)
    for row, note in notes.items():
        out["lp_cause"][row] = "；".join(x for x in (out["lp_cause"][row], note) if x)
    areas = area.tolist()
    out.update(
        zone=zone_columns(zone if zone is not None else [None] * n, hits, cols, setup.kinds),
        deadline=deadline_columns(hits, cols, setup.kinds, setup.as_of, setup.rules, setup.fixed, deadline, n),
        area_mu=area, area_problems=int(problems.sum()),
        lp_areamu=_obj([None if a != a else round(a, 4) for a in areas]),
        ledger_mu=_obj([None if a != a else round(a, 2) for a in areas]))
    return out


def chinese_order(text):
    """Sort key of a Chinese text: its GB 18030 bytes, which put the common characters (GB 2312
    level 1) in pinyin order — 甲 before 乙, 濮阳 before 郑州 — and every other character after them."""
    return _as_text(text).encode("gb18030", "replace")


#: the id of a row that has none (a 疑似违法占地 piece is a polygon of the survey, not a parcel)
PIECE_ID = "%s-%03d"
#: short names of kinds for the ids of pieces without one
_ID_PREFIX = {"疑似违法占地": "疑似违法"}
UNIT_GUESSED = "（按园区推定，待确认）"
UNIT_MISSING = "未填报（待确认）"


def complete_rows(rows, points=None, crs=""):
    """Every 台账 row (lists in :data:`LEDGER_HEADERS` order) made fit to hand in, in
    :func:`ledger_order`:

    - a row without 地块编号 (e.g. a 疑似违法占地 piece) gets one, ``<kind>-001`` … numbered in
      print order per kind, and its location in 形成原因: 园区 and the coordinates of a point inside
      it (``points[i]`` = (x, y) of the input row i, or None; ``crs`` names the reference system);
    - a row without 责任单位 gets the unit most rows of its 园区 name (ties: the first in
      :func:`chinese_order`), marked 「按园区推定，待确认」; else 「未填报（待确认）」.

    Returns the new rows (in print order)."""
    points = list(points) if points is not None else [None] * len(rows)
    rows = [list(r) + [points[i] if i < len(points) else None] for i, r in enumerate(rows)]
    for r in rows:  # the location first, so that it takes part in the order (and the numbering)
        if not _as_text(r[0]) and r[-1] is not None:
            x, y = r[-1]
            place = "位置：%s，内部点坐标 X=%.2f，Y=%.2f%s" % (
                _as_text(r[1]) or NO_ZONE, x, y, "（%s）" % crs if crs else "")
            r[4] = "；".join(t for t in (_as_text(r[4]), place) if t)
    ordered = sorted(rows, key=lambda r: (ledger_order_key(r), _as_text(r[4])))
    numbers = {}
    for r in ordered:
        if not _as_text(r[0]):
            kind = _as_text(r[3]).split("（")[0].split("；")[0] or "问题宗地"
            prefix = _ID_PREFIX.get(kind, kind)
            numbers[prefix] = numbers.get(prefix, 0) + 1
            r[0] = PIECE_ID % (prefix, numbers[prefix])
    filled = zone_units([r[1] for r in ordered], [r[7] for r in ordered])
    for r, unit in zip(ordered, filled):
        r[7] = unit
    return [r[:-1] for r in ordered]


def zone_units(zones, units, pool_zones=(), pool_units=()):
    """责任单位 of rows (``units``, blanks allowed) filled in by 园区: a row without one gets the unit
    most rows of its 园区 name have — among the rows themselves and the extra (``pool_zones``,
    ``pool_units``) pairs, e.g. every parcel read — (ties: the first in :func:`chinese_order`),
    marked :data:`UNIT_GUESSED`; with none known, :data:`UNIT_MISSING`. Returns a list of texts."""
    counts = {}
    for zone, unit in list(zip(zones, units)) + list(zip(pool_zones, pool_units)):
        unit = _as_text(unit)
        if unit:
            counts.setdefault(_as_text(zone), {}).setdefault(unit, 0)
            counts[_as_text(zone)][unit] += 1
    out = []
    for zone, unit in zip(zones, units):
        if not _as_text(unit):
            found = counts.get(_as_text(zone))
            if found:
                best = sorted(found.items(), key=lambda item: (-item[1], chinese_order(item[0])))[0][0]
                unit = best + UNIT_GUESSED
            else:
                unit = UNIT_MISSING
        out.append(unit)
    return out


def ledger_order_key(row):
    """The sort key of :func:`ledger_order`."""
    zone = _as_text(row[1])
    return (not zone, chinese_order(zone), chinese_order(row[3]), chinese_order(row[0]))


def ledger_order(rows):
    """The printed order of 台账 rows (lists in :data:`LEDGER_HEADERS` order): grouped by 所在园区
    (sorted, a parcel without a zone last), then by 类型, then by 地块编号 — the same rows always
    print in the same order, whatever order the layer returned them in."""
    return sorted(rows, key=ledger_order_key)


# ---- titles and extra sheets ------------------------------------------------------------------

def zone_list_text(zones, limit=6):
    """'甲园区、乙园区' (sorted by :func:`chinese_order`; the first ``limit`` zones, then 等N个园区);
    '全部' when none is named."""
    names = sorted((z for z in dict.fromkeys(_zone_key(z) for z in zones) if z != NO_ZONE), key=chinese_order)
    if not names:
        return "全部"
    if len(names) > limit:
        return "、".join(names[:limit]) + "等%d个园区" % len(names)
    return "、".join(names)


def ledger_title(kind_labels, zones, as_of):
    """(title line, subtitle line) of the 台账: what, which zones, 基准日期."""
    what = "、".join(dict.fromkeys(kind_labels)) or "问题宗地"
    title = "%s处置工作台账" % what
    sub = "园区：%s　　基准日期：%s" % (zone_list_text(zones), as_of.isoformat() if as_of else "—")
    return title, sub


@dataclass(frozen=True)
class ExtraSheet:
    """A table another algorithm produced, carried as one more sheet of the ledger workbook."""
    title: str
    header: Tuple[str, ...]
    rows: tuple


#: Chinese sheet names of LandPlan's own tables riding in the ledger (their layer is named like a
#: file, e.g. zone_evaluation): the first entry whose fields the table has
KNOWN_TABLES = (
    (("sup_rate", "built_rate"), "开发区土地集约利用评价"),
    (("ind_share", "share_ok"), "开发区工业用地占比"),
    (("mj_class",), "亩均效益评价"),
    (("ca_county", "ca_score"), "县区考核"),
    (("ur_class", "ur_ha"), "城市更新资源"),
    (("rs_listed", "rs_conds"), "更新项目负面清单"),
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def extra_sheet_name(table_name, field_names):
    """The sheet name of a table in the ledger: its own name when it has Chinese in it, else the
    Chinese name of a LandPlan table it is (:data:`KNOWN_TABLES`), else its own name."""
    name = str(table_name or "")
    if _CJK.search(name):
        return name
    names = set(field_names)
    for fields, title in KNOWN_TABLES:
        if all(f in names for f in fields):
            return title
    return name


_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_titles(names, taken=("汇总", "台账")):
    """Excel-valid unique sheet names (≤ 31 characters, none of []:*?/\\, not empty, not in ``taken``,
    case-insensitively unique): '供地计划/2024' → '供地计划_2024'; a repeat gets ' (2)'."""
    used = {t.lower() for t in taken}
    out = []
    for name in names:
        base = _BAD_SHEET_CHARS.sub("_", str(name or "").strip()).strip("'") or "Sheet"
        base = base[:31]
        title, n = base, 2
        while title.lower() in used:
            suffix = " (%d)" % n
            title = base[:31 - len(suffix)] + suffix
            n += 1
        used.add(title.lower())
        out.append(title)
    return out


# ---- the hand-in folder (landplan:handin) ------------------------------------------------------

#: quarterly-model output → (file name in the hand-in folder, what it is)
HANDIN_FILES = OrderedDict([
    ("idle:parcels_checked", ("parcels_checked.gpkg", "宗地评价结果（低效工业用地、闲置土地）")),
    ("unsupplied:unsupplied", ("unsupplied.gpkg", "批而未供土地")),
    ("zone:zones_checked", ("zones_checked.gpkg", "开发区工业用地占比与评价指标")),
    ("export:flagged_shp", ("flagged_parcels.shp", "问题宗地（shapefile，GBK）")),
    ("export:ledger", ("台账.xlsx", "处置工作台账（汇总、台账）")),
    ("report:report_pdf", ("园区报告.pdf", "园区报告（每园区一页）")),
    ("report:overview_png", ("overview.png", "园区总览图")),
])
MANIFEST_NAME = "清单.txt"
#: the quarterly model's output of the bulletin's Word file
BULLETIN_DOCX_OUTPUT = "bulletin:bulletin_docx"
#: quarterly-model outputs the hand-in folder gets only when their inputs are given
HANDIN_OPTIONAL_FILES = OrderedDict([
    (BULLETIN_DOCX_OUTPUT, ("季度通报.docx", "季度通报（Word，供修改后印发）")),
    ("bulletin:bulletin_pdf", ("季度通报.pdf", "季度通报（PDF，供阅读）")),
])
#: the manifest's line when the bulletin's Word file could not be written
BULLETIN_SKIPPED = ("季度通报.docx\t未安装 python-docx，未生成 Word 版季度通报（PDF 版已生成；"
                    "Windows：在 OSGeo4W Shell 中运行 python -m pip install python-docx 后重启 QGIS）")


def manifest_lines(files, as_of, skipped=()):
    """The hand-in folder's list of contents: ``files`` {file name: bytes} → text lines (the known
    files with what they are, then the other files, e.g. the shapefile's .dbf / .cpg / _fields.csv);
    ``skipped``: texts naming what was not made and why, listed last."""
    listed = list(HANDIN_FILES.values()) + list(HANDIN_OPTIONAL_FILES.values())
    known = {fname: label for fname, label in listed}
    lines = ["上报材料清单", "基准日期：%s" % (as_of.isoformat() if as_of else "—"), ""]
    for fname, label in listed:
        if fname in files:
            lines.append("%s\t%s\t%d 字节" % (fname, label, files[fname]))
    others = [f for f in sorted(files) if f not in known]
    if others:
        lines += ["", "附属文件："] + ["%s\t%d 字节" % (f, files[f]) for f in others]
    if skipped:
        lines += ["", "未生成："] + list(skipped)
    return lines

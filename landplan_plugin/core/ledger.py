"""The 台账 ledger and the export of flagged parcels: every rule of ``landplan:exportflagged``
(SPEC §3.5; seeds 003/004 "建立包括地块基本信息、形成原因、处置措施、完成时限、责任单位等要素的工作台账",
"一宗一策").

Which parcels
    a parcel is exported when any chosen flag field (``ie_flag``, ``idle_flag``, ``unsup_flag``, and
    any kind registered here) is 1 (:func:`core.contract.is_flagged`). A flag value that is neither
    empty, 1 nor 0 is unreadable: counted in the log, the parcel is not exported for that flag.
Kind, type, cause, disposal (per flag kind, combined in registry order)
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
                                      :func:`core.commitments.ledger_entry`)
    疑似违法占地 (``ua_flag`` 1)      核查、依法处置 (:mod:`core.unauthorized`)
    亩均D类 (``mj_class`` D)          调控帮扶、倒逼整治 (:mod:`core.permu`)
    闲置土地                          the idle check's ``idle_disp`` (by stage × cause,
                                      《闲置土地处置办法》); without it: 满2年 依法收回, else 限期开发
    批而未供                          加快供地（征地拆迁、前期开发、项目审批）；确无法供地的清理用地批准文件
    已批未供即用 (``unsup_use`` 1)    完善用地手续；运营较差、亩均效益较低的纳入低效用地整改
    ==============================  ==============================================================

    A low-efficiency parcel without a known type gets the 粗放用地类 measure; several types
    (``粗放用地类、停建停产类``) get each measure.
Area (面积, 亩)
    the first area field of the registered kinds (``ie_areamu``, ``unsup_mu``, ``ua_mu``) that is
    readable and positive; an unreadable or non-positive value is counted and the next one is
    tried; otherwise the geometry's area.

Adding a kind (as 标准地未达标, 疑似违法占地, 亩均D类 are added): :func:`register_kind` with a
:class:`LedgerKind` — its flag field, name, reason fields, area fields and a ``describe``
function ``(get) -> (type text, disposal)`` where ``get(field)`` returns the parcel's value of a
field (None when the layer lacks it). The export and the ledger then pick it up. A kind whose field
is not a 1/0 flag (e.g. 亩均D类: ``mj_class`` = D) gives ``matches`` (raw value → True/False);
its values are then never reported as unreadable flags.

Deadline (完成时限)
    in this order: the parcel's value of the deadline field the user names (``DEADLINE_FIELD``);
    else the ``DEADLINE`` parameter — a date for every parcel, or ``留空`` / ``blank`` to leave the
    column to be filled in by hand (:func:`parse_deadline_parameter`); else the deadline rules
    (``resources/ledger/deadlines.json``, format: :func:`parse_deadline_rules`): for each kind of
    the parcel, the first rule of that kind whose conditions hold — ``disposal`` (the kind's
    处置措施 contains one of the texts) and ``when`` ({field: texts}, the field's value contains
    one) — gives ``AS_OF`` + ``months`` calendar months (the day kept, or the month's last day),
    rounded up to the ``round`` period's end (``year_end``, ``quarter_end``, ``month_end``); a
    parcel with several kinds gets the earliest. No rule: blank.
Summary (汇总 sheet)
    zone × kind: 宗数 and 亩 of each kind (a parcel with two kinds counts in both), and 合计 (each
    parcel once); zones in first-seen order, a parcel without a zone under 「（未注明园区）」; a
    last row 合计 over all zones (:class:`SummaryTally`, :func:`summary_columns`).
Extra sheets
    other algorithms' tables (供地计划执行, 存量盘活任务, 开发区评价, 亩均等级 …) ride in the same
    workbook as :class:`ExtraSheet` (title, header, rows); :func:`sheet_titles` makes Excel-valid,
    unique sheet names.

Columnar forms (numpy object arrays in and out) sit beside the row forms; tests check both agree.
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
from .values import parse_number


class _LazyNumpy:
    """numpy, imported when a columnar form first runs (the plugin starts without numpy)."""

    def __getattr__(self, name):
        import numpy
        return getattr(numpy, name)


np = _LazyNumpy()

__all__ = [
    "LedgerKind", "KINDS", "register_kind", "kinds", "kind_keys", "area_fields",
    "DISPOSAL_LOW", "DISPOSAL_IDLE", "DISPOSAL_UNSUP", "DISPOSAL_INUSE", "LEDGER_HEADERS", "LEDGER_WIDTHS",
    "low_disposal", "zone_of", "zone_columns", "kind_hit", "kind_unreadable", "flag_hits", "flag_unreadable", "describe", "field_area_mu", "display_width", "fmt_int",
    "flag_hits_columns", "flag_unreadable_columns", "describe_columns", "field_area_columns",
    "DeadlineRule", "parse_deadline_rules", "load_deadline_rules", "parse_deadline_parameter", "add_months",
    "round_date", "kind_deadline", "deadline_for", "deadline_columns", "NO_ZONE", "SummaryTally",
    "summary_columns", "summary_header", "ExtraSheet", "sheet_titles", "ledger_title", "zone_list_text",
    "HANDIN_FILES", "MANIFEST_NAME", "manifest_lines",
]

LEDGER_HEADERS = ("地块编号", "所在园区", "面积(亩)", "类型", "形成原因", "处置措施", "完成时限", "责任单位")
LEDGER_WIDTHS = (16, 22, 11, 24, 60, 40, 14, 22)

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
    matches: Optional[Callable] = None    # raw value → bool, for a field that is not a 1/0 flag
    zone_fields: Tuple[str, ...] = ()     # the kind's own zone field, when the user's zone field is empty


def kind_hit(kind, raw):
    """Whether a parcel's value of ``kind``'s field puts it in that kind (1, or ``kind.matches``)."""
    return bool(kind.matches(raw)) if kind.matches is not None else is_flagged(raw)


def kind_unreadable(kind, raw):
    """:func:`flag_unreadable` for a 1/0 flag kind; never for a kind with ``matches``."""
    return kind.matches is None and flag_unreadable(raw)


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


def _describe_low(get, label="低效工业用地"):
    ie_type = get("ie_type")
    return _typed(label, ie_type), low_disposal(ie_type)


def _describe_idle(get, label="闲置土地"):
    detail = "，".join(str(x) for x in (get("idle_basis"), get("idle_stage")) if x)
    disposal = get("idle_disp") or DISPOSAL_IDLE.get(str(get("idle_stage") or ""), DISPOSAL_IDLE_DEFAULT)
    return _typed(label, detail), str(disposal)


def _describe_unsupplied(get, label="批而未供"):
    yrs = get("unsup_yrs")
    in_use = is_flagged(get("unsup_use")) or is_flagged(get("inuse_flag"))
    text = label + ("·已批未供即用" if in_use else "")
    return ("%s（批准满%s年）" % (text, fmt_int(yrs)) if yrs is not None else text), \
        (DISPOSAL_INUSE if in_use else DISPOSAL_UNSUP)


#: the registry, in the order kinds are combined (and FLAGS options are offered)
KINDS = OrderedDict()


def register_kind(kind):
    """Add (or replace) a kind; returns it."""
    KINDS[kind.key] = kind
    return kind


register_kind(LedgerKind("ie", "ie_flag", "低效工业用地", ("ie_reason",), lambda g: _describe_low(g),
                         fields=("ie_type",), area_fields=("ie_areamu",)))
register_kind(LedgerKind("idle", "idle_flag", "闲置土地", ("idle_rsn", "idle_reason"), lambda g: _describe_idle(g),
                         fields=("idle_basis", "idle_stage", "idle_disp")))
register_kind(LedgerKind("unsup", "unsup_flag", "批而未供", ("unsup_rsn", "unsup_reason"),
                         lambda g: _describe_unsupplied(g), fields=("unsup_yrs", "unsup_use", "inuse_flag"),
                         area_fields=("unsup_mu",)))


def _describe_commitments(get):
    """标准地未达标: the check's own disposal (``cm_disp``) when the layer carries it, else the rule of
    :func:`core.commitments.ledger_entry` on the status, reason and penalty."""
    from . import commitments
    disposal = get("cm_disp")
    if disposal in (None, "") or (isinstance(disposal, float) and math.isnan(disposal)):
        penalty, _problem = parse_number(get("cm_penalty"), "cm_penalty")
        entry = commitments.ledger_entry(commitments.STATUS_FAIL, get("cm_reason"), penalty)
        disposal = entry[2]
    return commitments.LEDGER_TYPE, str(disposal)


def _describe_unauthorized(get):
    from . import unauthorized
    type_text, _cause, disposal = unauthorized.ledger_entry(get("ua_reason"))
    return type_text, disposal


def _describe_permu(get):
    from . import permu
    return permu.LEDGER_TYPE, permu.LEDGER_DISPOSAL


def _is_d_class(raw):
    from .permu import is_ledger_class
    return is_ledger_class(raw)


# the kinds of the other checks (their rules live in their own core modules)
register_kind(LedgerKind("cm", "cm_flag", "标准地未达标", ("cm_reason",), _describe_commitments,
                         fields=("cm_disp", "cm_penalty", "cm_reason")))
register_kind(LedgerKind("ua", "ua_flag", "疑似违法占地", ("ua_reason",), _describe_unauthorized,
                         fields=("ua_reason",), area_fields=("ua_mu",), zone_fields=("ua_zone",)))
register_kind(LedgerKind("mj", "mj_class", "亩均D类", ("mj_reason",), _describe_permu, matches=_is_d_class))


def kinds(keys=None):
    """The registered kinds (all, or those in ``keys``), in registry order."""
    return [k for k in KINDS.values() if keys is None or k.key in keys]


def kind_keys():
    return list(KINDS)


def area_fields(chosen=None):
    """The area fields in the order they win (all registered kinds')."""
    out = []
    for k in kinds():
        out.extend(f for f in k.area_fields if f not in out)
    return tuple(out)


def attribute_fields(chosen):
    """Every field the rules read for the ``chosen`` kinds (describe + reason fields) and the area fields."""
    out = []
    for k in chosen:
        out.extend(k.fields + k.reason_fields + k.zone_fields)
    return tuple(dict.fromkeys(out + list(area_fields())))


# ---- row form -------------------------------------------------------------------------------

def _is_zero(raw):
    if isinstance(raw, bool):
        return not raw
    try:
        text = unicodedata.normalize("NFKC", str(raw)).strip()
        return float(text) == 0.0
    except (TypeError, ValueError):
        return False


def flag_unreadable(raw):
    """A flag value that is neither empty, 1 nor 0."""
    if raw is None or (isinstance(raw, float) and math.isnan(raw)) or (isinstance(raw, str) and not raw.strip()):
        return False
    return not is_flagged(raw) and not _is_zero(raw)


def flag_hits(flag_values, chosen):
    """The chosen kinds whose flag is 1; ``flag_values`` {kind key: raw value} (absent = no such field)."""
    return [k for k in chosen if k.key in flag_values and kind_hit(k, flag_values[k.key])]


def describe(hits, get):
    """(lp_kind, lp_type, causes list, lp_disp) of a parcel flagged by ``hits`` (rules: module doc).
    ``get(field)`` returns the parcel's value of a field, None when the layer lacks it."""
    types, causes, disposals = [], [], []
    for k in hits:
        type_text, disposal = k.describe(get)
        types.append(type_text)
        disposals.append(disposal)
        reason = next((get(f) for f in k.reason_fields if get(f) not in (None, "")), None)
        if reason:
            causes.append(("%s：%s" % (k.label, reason)) if len(hits) > 1 else str(reason))
    return "、".join(k.label for k in hits), "；".join(types), causes, "；".join(dict.fromkeys(disposals))


def zone_of(zone_value, hits, get):
    """所在园区 of a flagged row: the user's zone field value; when empty, the first non-empty zone
    field of its kinds (``ua_zone`` of 疑似违法占地); else None."""
    if _as_text(zone_value):
        return zone_value
    for k in hits:
        for name in k.zone_fields:
            if _as_text(get(name)):
                return get(name)
    return zone_value


def zone_columns(zone_values, hits_columns, columns, chosen):
    """Columnar :func:`zone_of` → object array."""
    n = len(zone_values)
    cols = {name: _obj(v) for name, v in columns.items()}
    zv = _obj(zone_values)
    out = np.empty(n, dtype=object)
    for i in range(n):
        hits = [k for k in chosen if k.key in hits_columns and hits_columns[k.key][i]]
        get = lambda name, i=i: cols[name][i] if name in cols else None  # noqa: E731
        out[i] = zone_of(zv[i], hits, get)
    return out


def field_area_mu(get):
    """(area in 亩 or None, number of unreadable / non-positive area values) from the area fields
    (rules: module doc); None → measure the geometry."""
    problems = 0
    for name in area_fields():
        value, problem = parse_number(get(name), name)
        if problem is not None or (value is not None and value <= 0):
            problems += 1
            continue
        if value is not None:
            return value, problems
    return None, problems


def display_width(text):
    """Excel column width for text: CJK and full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in str(text))


# ---- columnar form --------------------------------------------------------------------------

def _obj(a, n=None):
    if a is None:
        return np.full(n, None, dtype=object)
    arr = np.empty(len(a), dtype=object)
    arr[:] = list(a)
    return arr


def flag_hits_columns(flag_columns, chosen):
    """{kind key: bool array} for the chosen kinds present in ``flag_columns`` {key: values}."""
    return {k.key: (is_flagged_array(_obj(flag_columns[k.key])) if k.matches is None else
                    np.array([kind_hit(k, v) for v in _obj(flag_columns[k.key])], dtype=bool))
            for k in chosen if k.key in flag_columns}


def flag_unreadable_columns(values):
    """Columnar :func:`flag_unreadable` → bool array."""
    return np.array([flag_unreadable(v) for v in _obj(values)], dtype=bool)


def describe_columns(hits_columns, columns, chosen):
    """Columnar :func:`describe`: {kind key: bool array}, {field: values} → object arrays
    ``lp_kind``, ``lp_type``, ``lp_cause`` (causes joined with ；), ``lp_disp``."""
    n = len(next(iter(hits_columns.values()))) if hits_columns else 0
    cols = {name: _obj(v) for name, v in columns.items()}
    out = {name: np.empty(n, dtype=object) for name in ("lp_kind", "lp_type", "lp_cause", "lp_disp")}
    for i in range(n):
        hits = [k for k in chosen if k.key in hits_columns and hits_columns[k.key][i]]
        get = lambda name, i=i: cols[name][i] if name in cols else None  # noqa: E731
        kind, types, causes, disp = describe(hits, get)
        out["lp_kind"][i], out["lp_type"][i], out["lp_cause"][i], out["lp_disp"][i] = kind, types, "；".join(causes), disp
    return out


def field_area_columns(columns, n):
    """Columnar :func:`field_area_mu`: {field: values} → (float array, NaN = measure the geometry;
    int array of problems)."""
    area = np.full(n, np.nan)
    problems = np.zeros(n, dtype=np.int64)
    pending = np.ones(n, dtype=bool)
    for name in area_fields():
        if name not in columns:
            continue
        raw = _obj(columns[name])
        for i in np.nonzero(pending)[0]:
            value, problem = parse_number(raw[i], name)
            if problem is not None or (value is not None and value <= 0):
                problems[i] += 1
            elif value is not None:
                area[i] = value
                pending[i] = False
    return area, problems


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


def _text_list(value, where):
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, (str, int, float)) for v in value):
        raise ValueError("%s: expected a text or a list of texts" % where)
    return tuple(str(v) for v in value)


def parse_deadline_rules(data):
    """Deadline rules from the JSON structure ``{"rules": [{"kind", "months", "disposal"?, "when"?,
    "round"?, "basis"?}, …]}`` → list of :class:`DeadlineRule`. A malformed rule raises
    ``ValueError`` naming the rule number and the key."""
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise ValueError('deadline rules: "rules" must be a list')
    out = []
    for n, raw in enumerate(data["rules"], start=1):
        where = "deadline rule %d" % n
        if not isinstance(raw, dict):
            raise ValueError("%s: must be an object" % where)
        unknown = set(raw) - {"kind", "months", "disposal", "when", "round", "basis"}
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
        out.append(DeadlineRule(
            kind, months, _text_list(raw.get("disposal") or [], where + ' "disposal"'),
            tuple((str(f), _text_list(v, '%s "when" %s' % (where, f))) for f, v in when.items()),
            rounding, str(raw.get("basis") or "")))
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


def add_months(d, n):
    """``d`` + ``n`` calendar months; a day the month lacks becomes its last day (01-31 + 1 → 02-28)."""
    y, m = divmod(d.month - 1 + int(n), 12)
    year, month = d.year + y, m + 1
    return _dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


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


def _holds(rule, disposal, get):
    if rule.disposal and not any(t in (disposal or "") for t in rule.disposal):
        return False
    for field_name, texts in rule.when:
        value = _as_text(get(field_name))
        if not value or not any(t in value for t in texts):
            return False
    return True


def kind_deadline(kind, disposal, get, as_of, rules):
    """(date, rule) of the first rule of ``kind`` that holds for this parcel; (None, None)."""
    key = kind.key if isinstance(kind, LedgerKind) else kind
    for rule in rules:
        if rule.kind == key and _holds(rule, disposal, get):
            return round_date(add_months(as_of, rule.months), rule.round), rule
    return None, None


def deadline_for(hits, get, as_of, rules, fixed=("rules", None), field_value=None):
    """完成时限 of a parcel flagged by ``hits`` (rules: module doc): ``field_value`` (the user's field,
    as read) when given; else ``fixed`` (:func:`parse_deadline_parameter`'s result); else the
    earliest rule date of its kinds. Returns a date, the field's value, or None."""
    if field_value is not None and _as_text(field_value):
        return field_value
    mode, value = fixed
    if mode == "date":
        return value
    if mode == "blank" or as_of is None:
        return None
    dates = []
    for k in hits:
        _type, disposal = k.describe(get)
        d, _rule = kind_deadline(k, disposal, get, as_of, rules)
        if d is not None:
            dates.append(d)
    return min(dates) if dates else None


def deadline_columns(hits_columns, columns, chosen, as_of, rules, fixed=("rules", None), field_values=None):
    """Columnar :func:`deadline_for` → object array (dates, field values or None)."""
    n = len(next(iter(hits_columns.values()))) if hits_columns else 0
    cols = {name: _obj(v) for name, v in columns.items()}
    fv = _obj(field_values) if field_values is not None else np.full(n, None, dtype=object)
    out = np.empty(n, dtype=object)
    for i in range(n):
        hits = [k for k in chosen if k.key in hits_columns and hits_columns[k.key][i]]
        get = lambda name, i=i: cols[name][i] if name in cols else None  # noqa: E731
        out[i] = deadline_for(hits, get, as_of, rules, fixed, fv[i])
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


class SummaryTally:
    """汇总: ``add(zone, kind labels, area 亩)`` per exported parcel; ``rows(labels)`` gives the table
    body: [zone, 宗数, 亩 per kind …, 合计宗数, 合计亩] per zone, then the 合计 row."""

    def __init__(self):
        self.zones = OrderedDict()

    def add(self, zone, kind_labels, area_mu):
        z = self.zones.setdefault(_zone_key(zone), {"": [0, 0.0]})
        a = _mu(area_mu)
        for label in dict.fromkeys(kind_labels):
            cell = z.setdefault(label, [0, 0.0])
            cell[0] += 1
            cell[1] += a
        z[""][0] += 1
        z[""][1] += a

    def rows(self, labels):
        out = []
        total = {label: [0, 0.0] for label in list(labels) + [""]}
        for zone, cells in self.zones.items():
            row = [zone]
            for label in list(labels) + [""]:
                c = cells.get(label, [0, 0.0])
                row += [c[0], round(c[1], 2)]
                total[label][0] += c[0]
                total[label][1] += c[1]
            out.append(row)
        last = [TOTAL_LABEL]
        for label in list(labels) + [""]:
            last += [total[label][0], round(total[label][1], 2)]
        return out + [last]


def summary_header(labels):
    """The two header rows of the 汇总 table: (kind row, measure row)."""
    top, sub = ["园区"], [""]
    for label in list(labels) + [TOTAL_LABEL]:
        top += [label, ""]
        sub += ["宗数", "面积(亩)"]
    return top, sub


def summary_columns(zones, kind_texts, areas, labels):
    """Columnar 汇总: per-parcel arrays (zone, 认定类别 text joined with 、, area 亩) → the rows of
    :meth:`SummaryTally.rows` (the same table)."""
    zones, kinds_arr = _obj(zones), _obj(kind_texts)
    area = np.array([_mu(a) for a in _obj(areas)], dtype=float)
    keys = np.array([_zone_key(z) for z in zones], dtype=object)
    order = list(dict.fromkeys(keys.tolist()))
    split = [set(str(k or "").split("、")) for k in kinds_arr]
    rows = []
    for z in order + [None]:
        sel = np.ones(len(keys), bool) if z is None else (keys == z)
        row = [TOTAL_LABEL if z is None else z]
        for label in list(labels):
            hit = sel & np.array([label in s for s in split], dtype=bool)
            row += [int(hit.sum()), round(float(area[hit].sum()), 2)]
        row += [int(sel.sum()), round(float(area[sel].sum()), 2)]
        rows.append(row)
    return rows


# ---- titles and extra sheets ------------------------------------------------------------------

def zone_list_text(zones, limit=6):
    """'甲园区、乙园区' (first ``limit`` zones, then 等N个园区); '全部' when none is named."""
    names = [z for z in dict.fromkeys(_zone_key(z) for z in zones) if z != NO_ZONE]
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


def manifest_lines(files, as_of):
    """The hand-in folder's list of contents: ``files`` {file name: bytes} → text lines (the known
    files with what they are, then the other files, e.g. the shapefile's .dbf / .cpg / _fields.csv)."""
    known = {fname: label for fname, label in HANDIN_FILES.values()}
    lines = ["上报材料清单", "基准日期：%s" % (as_of.isoformat() if as_of else "—"), ""]
    for fname, label in HANDIN_FILES.values():
        if fname in files:
            lines.append("%s\t%s\t%d 字节" % (fname, label, files[fname]))
    others = [f for f in sorted(files) if f not in known]
    if others:
        lines += ["", "附属文件："] + ["%s\t%d 字节" % (f, files[f]) for f in others]
    return lines

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
    闲置土地                          the idle check's ``idle_disp`` (by stage × cause,
                                      《闲置土地处置办法》); without it: 满2年 依法收回, else 限期开发
    批而未供                          加快供地（征地拆迁、前期开发、项目审批）；确无法供地的清理用地批准文件
    已批未供即用 (``unsup_use`` 1)    完善用地手续；运营较差、亩均效益较低的纳入低效用地整改
    ==============================  ==============================================================

    A low-efficiency parcel without a known type gets the 粗放用地类 measure; several types
    (``粗放用地类、停建停产类``) get each measure.
Area (面积, 亩)
    the first area field of the registered kinds (``ie_areamu``, then ``unsup_mu``) that is
    readable and positive; an unreadable or non-positive value is counted and the next one is
    tried; otherwise the geometry's area.

Adding a kind (e.g. 标准地未达标, 疑似违法占地, 亩均D类): :func:`register_kind` with a
:class:`LedgerKind` — its flag field, name, reason fields, area fields and a ``describe``
function ``(get) -> (type text, disposal)`` where ``get(field)`` returns the parcel's value of a
field (None when the layer lacks it). The export and the ledger then pick it up.

Columnar forms (numpy object arrays in and out) sit beside the row forms; tests check both agree.
"""
import math
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable, Tuple

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
    "low_disposal", "flag_hits", "flag_unreadable", "describe", "field_area_mu", "display_width", "fmt_int",
    "flag_hits_columns", "flag_unreadable_columns", "describe_columns", "field_area_columns",
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
        out.extend(k.fields + k.reason_fields)
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
    return [k for k in chosen if k.key in flag_values and is_flagged(flag_values[k.key])]


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
    return {k.key: is_flagged_array(_obj(flag_columns[k.key])) for k in chosen if k.key in flag_columns}


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

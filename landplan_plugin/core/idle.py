"""闲置土地 — idle land rule (《闲置土地处置办法》国土资源部令第53号, 2012; 濮政办〔2021〕6号、宝政办〔2021〕34号).

Rule (办法 第二条), at the reference date ``as_of``, for supplied state land (出让/划拨):

* **未动工**: not started (no actual start date, or one after ``as_of``) and ``as_of`` is one
  full year or more after the agreed start date (约定动工日期): idle.
* **中止开发**: started, developed area < 1/3 of the area to be developed **or** investment
  < 25 % of the total (land price and taxes excluded, 办法 第三十条), **and** development
  halted one full year or more before ``as_of``: idle.

"满一年" is counted with :func:`~.dates.full_years_between`: agreed start 2020-03-05 is idle on
2021-03-05, not on 2021-03-04.

``idle_days`` is the number of days the idleness clock has run at ``as_of``: from the agreed
start date (未动工) or from the halt date (中止开发). It is given whenever that clock is running
(so a parcel not yet idle shows how far along it is, with ``stage`` '未满1年'), and None when no
clock runs (started and not halted, not yet at the agreed start date, undetermined).

Stages and consequences (办法 第十四条; the same clock for 未动工 and 中止开发):

* 满1年 (1 ≤ full years < 2): 征缴土地闲置费（土地价款的20%）;
* 满2年 (≥ 2 full years): 可无偿收回土地使用权.

Idle land caused by the government or by force majeure (办法 第八条) is still flagged but
marked (``gov_caused``): the fee and recovery without compensation do not apply; it is handled
by negotiation (办法 第十二条). 宝政办〔2021〕34号 §二(三)2(2) also names land idle through faults on both
sides (政府与企业互有瑕疵): recovered with compensation at the enterprise's cost price.

Cause classification (``idle_cause``), from the cause text:

* contains 政府 / 规划调整 / 规划修改 / 征收 / 拆迁 / 军事 / 文物 / 信访 / 交地 / 政策调整
  → 政府原因 (办法 第八条 (一)–(六));
* contains 不可抗力 / 自然灾害 / 地震 / 洪 / 泥石流 / 台风 → 不可抗力;
* mentions both 政府 and 企业, or 互有瑕疵 / 双方 → 政企双方原因;
* any other non-empty text → 企业原因; empty → None (not stated: handled like 企业原因, the
  办法's default, and the reason says the cause should be checked).

Disposal (处置措施; 濮政办〔2021〕6号、宝政办〔2021〕34号 list 限期开发、调整利用、置换盘活、依法收回、临时使用),
suggested from stage × cause — the first measure is ``disposal``, the rest ``alternatives``:

=================  =============================  ====================================
cause              满1年                           满2年
=================  =============================  ====================================
企业原因 / 未注明    限期开发 (+置换盘活)            依法收回 (无偿收回) (+置换盘活)
政府原因            限期开发 (延长动工期限)          调整利用 (+置换盘活, 临时使用, 依法收回)
不可抗力            限期开发 (延长动工期限)          临时使用 (+调整利用, 置换盘活)
政企双方原因        限期开发 (+依法收回)            依法收回 (协商有偿收回)
=================  =============================  ====================================

Sources: 第十四条 (企业原因: fee, then recovery without compensation); 第十二条 (第八条情形:
延长动工开发期限 ≤ 1 year → 限期开发; 调整用途/规划条件 → 调整利用; 政府安排临时使用 → 临时使用;
置换土地 → 置换盘活; 协议有偿收回 → 依法收回); 宝政办〔2021〕34号 (企业原因: 督促限期开工, 允许转让预登记、
合作建设盘活 → 置换盘活; 政府原因: 消除开工障碍; 互有瑕疵: 按成本价协商有偿收回).

The whole record (what ``landplan:flagidleland`` writes): ratios come from the developed /
to-develop areas or invested / total amounts when the ratio field is empty (a whole ≤ 0 is noted,
no ratio); with GOV_CAUSE_VALUES (:func:`parse_cause_values`) a cause value containing one of them
is a government cause, any other value an enterprise cause; every input problem is named once in
the reason; a land price ≤ 0 is noted (no fee). ``idle_cause`` is the class, or the field's own
text when it has none.

Entry points
------------
* :class:`IdleSetup` — a run's fields and what they allow (warnings and errors as data);
* :func:`assess_record_columns` — the whole rule on a batch of parcels (one column of raw values
  per field) → the output columns (:data:`RECORD_COLUMNS`); ``idle_asof`` is the engine's (one
  date per run); :func:`summary` — the run's summary lines;
"""
import datetime as _dt
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from .dates import reference_date, full_years_between, parse_date
from .values import EMPTY_GEOMETRY, INVALID_GEOMETRY, Problem, parse_number, parse_ratio

__all__ = [
    "IdleSetup", "assess_record_columns", "summary",
    "parse_cause_values", "RECORD_COLUMNS", "DISPOSAL_TABLE", "DISPOSALS",
    "CAUSE_GOV", "CAUSE_FORCE", "CAUSE_BOTH", "CAUSE_ENTERPRISE",
    "BASIS_NOT_STARTED", "BASIS_HALTED", "STAGE_UNDER_1", "STAGE_1", "STAGE_2",
    "DEV_RATIO_LIMIT", "INVEST_RATIO_LIMIT", "IDLE_FEE_RATE",
]

BASIS_NOT_STARTED = "未动工"
BASIS_HALTED = "中止开发"
STAGE_UNDER_1 = "未满1年"
STAGE_1 = "满1年"
STAGE_2 = "满2年"

CAUSE_GOV = "政府原因"
CAUSE_FORCE = "不可抗力"
CAUSE_BOTH = "政企双方原因"
CAUSE_ENTERPRISE = "企业原因"

DEV_RATIO_LIMIT = 1.0 / 3.0   # 已开发面积 < 应开发面积的 1/3
INVEST_RATIO_LIMIT = 0.25     # 已投资额 < 总投资额的 25%
IDLE_FEE_RATE = 0.20          # 土地闲置费 = 出让或划拨价款 × 20%
_EPS = 1e-9                   # 浮点容差：100/300 视为恰好 1/3（不算"不足"）

#: 处置措施 (濮政办〔2021〕6号、宝政办〔2021〕34号)
DISPOSALS = ("限期开发", "调整利用", "置换盘活", "依法收回", "临时使用")

#: (cause_class or None, stage) → (disposal, alternatives). None = 未注明原因, handled as 企业原因.
DISPOSAL_TABLE = {
    (CAUSE_ENTERPRISE, STAGE_1): ("限期开发", ("置换盘活",)),
    (CAUSE_ENTERPRISE, STAGE_2): ("依法收回", ("置换盘活",)),
    (None, STAGE_1): ("限期开发", ("置换盘活",)),
    (None, STAGE_2): ("依法收回", ("置换盘活",)),
    (CAUSE_GOV, STAGE_1): ("限期开发", ()),
    (CAUSE_GOV, STAGE_2): ("调整利用", ("置换盘活", "临时使用", "依法收回")),
    (CAUSE_FORCE, STAGE_1): ("限期开发", ()),
    (CAUSE_FORCE, STAGE_2): ("临时使用", ("调整利用", "置换盘活")),
    (CAUSE_BOTH, STAGE_1): ("限期开发", ("依法收回",)),
    (CAUSE_BOTH, STAGE_2): ("依法收回", ()),
}

_CONSEQUENCE = {
    STAGE_1: "征缴土地闲置费（土地价款的20%）",
    STAGE_2: "可无偿收回土地使用权",
}
_CONSEQUENCE_GOV = ("属《闲置土地处置办法》第八条情形（%s），不征缴土地闲置费、不无偿收回；"
                    "按第十二条协商处置")
_CONSEQUENCE_BOTH = "政府与企业互有瑕疵：原则上按企业取得土地的成本价协商有偿收回（宝丰县方案）"

_GOV_WORDS = ("政府", "规划调整", "规划修改", "规划变更", "征收", "拆迁", "军事", "文物",
              "信访", "交地", "交付土地", "政策调整")
_FORCE_WORDS = ("不可抗力", "自然灾害", "地震", "洪", "泥石流", "台风")
_BOTH_WORDS = ("互有瑕疵", "双方")


def _cause_class(text) -> Optional[str]:
    """闲置原因 text → 政府原因 / 不可抗力 / 政企双方原因 / 企业原因, or None when empty."""
    if text is None:
        return None
    s = str(text).strip()
    if not s or s.upper() in ("NULL", "NONE", "N/A"):
        return None
    s_plain = s.replace("非政府", "")  # "非政府原因" 不是政府原因
    if any(w in s for w in _BOTH_WORDS) or ("政府" in s_plain and "企业" in s_plain):
        return CAUSE_BOTH
    if any(w in s_plain for w in _GOV_WORDS):
        return CAUSE_GOV
    if any(w in s for w in _FORCE_WORDS):
        return CAUSE_FORCE
    return CAUSE_ENTERPRISE


@dataclass
class _IdleResult:
    """Outcome for one parcel.

    ``flag``         1 idle, 0 not idle, None undetermined (待核实);
    ``idle_days``    days the idleness clock has run at as_of (see module docstring) or None;
    ``basis``        '未动工' | '中止开发' | None — which clock;
    ``stage``        '未满1年' | '满1年' | '满2年' | None;
    ``full_years``   full years on the clock, or None;
    ``consequence``  legal consequence text (only when flagged);
    ``cause_class``  '政府原因' | '不可抗力' | '政企双方原因' | '企业原因' | None;
    ``gov_caused``   True for 政府原因 / 不可抗力 / 政企双方原因 (办法第八条; fee and recovery
                     without compensation do not apply);
    ``disposal``     suggested 处置措施 (one of :data:`DISPOSALS`) when flagged;
    ``alternatives`` further measures that fit;
    ``idle_fee``     土地闲置费 in the land price's unit (万元) when flagged 满1年/满2年 for
                     企业原因/未注明 and a land price was given; else None;
    ``reason``       Chinese text a person can read;
    ``problems``     problems found in the input values;
    ``cause_text``   the cause field's value, stripped (whole records only).
    """
    flag: Optional[int] = None
    idle_days: Optional[int] = None
    basis: Optional[str] = None
    stage: Optional[str] = None
    full_years: Optional[int] = None
    consequence: Optional[str] = None
    cause_class: Optional[str] = None
    gov_caused: bool = False
    disposal: Optional[str] = None
    alternatives: Tuple[str, ...] = ()
    idle_fee: Optional[float] = None
    reason: str = ""
    problems: List[Problem] = field(default_factory=list)
    cause_text: Optional[str] = None


def _date_arg(value, name, problems) -> Tuple[Optional[_dt.date], Optional[Problem]]:
    """(date or None, problem or None) — a problem when a value was given but is not a date."""
    d, problem = parse_date(value, name)
    if problem is not None:
        problems.append(problem)
    return d, problem


def _ratio_arg(value, name, problems) -> Tuple[Optional[float], bool]:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1:
        return float(value), False
    r, problem = parse_ratio(value, name)
    if problem is not None:
        problems.append(problem)
        if r is None:
            return None, True
    return r, False


def _stage(full_years):
    if full_years >= 2:
        return STAGE_2
    if full_years >= 1:
        return STAGE_1
    return STAGE_UNDER_1


def _fmt_ratio(v):
    return ("%.5f" % v).rstrip("0").rstrip(".") if v is not None else "空"  # 1/3 → 0.33333, 0.3333 stays


def _assess_idle(as_of, agreed_start, actual_start, dev_ratio=None, invest_ratio=None,
                 halt_date=None, cause=None, land_price=None, names=None) -> _IdleResult:
    """Decide whether one parcel is 闲置土地 at ``as_of`` (rules: module docstring).

    ``as_of``: ``datetime.date`` (None → today). Date arguments may be dates or raw attribute
    values (text, Excel serials, QDate …), parsed with :func:`~.dates.parse_date`; ratio
    arguments (0–1) may be numbers or raw values, parsed with :func:`~.values.parse_ratio`.
    ``cause``: 闲置原因 text. ``land_price``: 土地价款 (出让/划拨价款, e.g. 万元) for ``idle_fee``.
    ``names``: optional dict overriding the field names used in messages, keys
    ``agreed_start``, ``actual_start``, ``dev_ratio``, ``invest_ratio``, ``halt_date``.

    An unreadable actual start date, or a missing agreed start date for a parcel that has not
    started, makes the result undetermined (flag None) with the field named in ``reason``.
    """
    res = _assess(as_of, agreed_start, actual_start, dev_ratio, invest_ratio, halt_date, cause,
                  names)
    if res.flag == 1 and not res.gov_caused and land_price is not None:
        price, problem = parse_number(land_price, (names or {}).get("land_price", "土地价款"))
        if problem is not None:
            res.problems.append(problem)
        if price is not None and price > 0:
            res.idle_fee = round(price * IDLE_FEE_RATE, 4)
    return res


def _assess(as_of, agreed_start, actual_start, dev_ratio, invest_ratio, halt_date, cause,
            names) -> _IdleResult:
    n = {"agreed_start": "约定动工日期", "actual_start": "实际动工日期",
         "dev_ratio": "已开发面积比例", "invest_ratio": "已投资比例", "halt_date": "中止开发日期"}
    if names:
        n.update(names)
    as_of = reference_date(as_of)

    res = _IdleResult()
    problems = res.problems
    agreed, agreed_bad = _date_arg(agreed_start, n["agreed_start"], problems)
    actual, actual_bad = _date_arg(actual_start, n["actual_start"], problems)
    halt, halt_bad = _date_arg(halt_date, n["halt_date"], problems)
    res.cause_class = _cause_class(cause)
    res.gov_caused = res.cause_class in (CAUSE_GOV, CAUSE_FORCE, CAUSE_BOTH)

    def undetermined(text):
        res.flag = None
        res.reason = "待核实：" + text
        return res

    if actual_bad:
        return undetermined("%s「%s」无法识别，不能判断是否已动工"
                            % (n["actual_start"], actual_bad.raw))

    started = actual is not None and actual <= as_of
    if not started:
        res.basis = BASIS_NOT_STARTED
        if actual is not None:
            started_note = "实际动工日期 %s 晚于基准日 %s，按基准日未动工计；" % (actual, as_of)
        else:
            started_note = ""
        if agreed is None:
            what = "「%s」无法识别" % agreed_bad.raw if agreed_bad else "为空"
            res.basis = None
            return undetermined("%s未动工，但%s%s，无法判定" % (started_note, n["agreed_start"], what))
        if as_of < agreed:
            res.basis = None
            res.flag = 0
            res.reason = "%s未到约定动工日期（%s）" % (started_note, agreed)
            return res
        return _finish(res, agreed, as_of, "%s未动工，约定动工日期 %s" % (started_note, agreed))

    # 已动工：看是否中止开发满一年，且开发面积不足 1/3 或投资不足 25%
    if halt_bad:
        return undetermined("已动工（%s），但%s「%s」无法识别"
                            % (actual, n["halt_date"], halt_bad.raw))
    if halt is None or halt > as_of:
        res.flag = 0
        note = "" if halt is None else "（中止开发日期 %s 晚于基准日）" % halt
        res.reason = "已动工（%s），未中止开发%s" % (actual, note)
        return res
    if halt < actual:
        return undetermined("中止开发日期 %s 早于实际动工日期 %s，数据有误" % (halt, actual))

    dev, dev_bad = _ratio_arg(dev_ratio, n["dev_ratio"], problems)
    inv, inv_bad = _ratio_arg(invest_ratio, n["invest_ratio"], problems)
    dev_low = None if dev is None else dev < DEV_RATIO_LIMIT - _EPS
    inv_low = None if inv is None else inv < INVEST_RATIO_LIMIT - _EPS
    facts = "已开发面积比例 %s，已投资比例 %s" % (_fmt_ratio(dev), _fmt_ratio(inv))
    if dev_low is False and inv_low is False:
        res.flag = 0
        res.reason = ("已动工（%s），%s中止开发，但%s（均达到1/3、25%%），不属闲置"
                      % (actual, halt, facts))
        return res
    res.basis = BASIS_HALTED
    if dev_low or inv_low:
        lows = []
        if dev_low:
            lows.append("已开发面积不足1/3（%s）" % _fmt_ratio(dev))
        if inv_low:
            lows.append("已投资额不足25%%（%s）" % _fmt_ratio(inv))
        return _finish(res, halt, as_of,
                       "已动工（%s），%s；%s起中止开发" % (actual, "、".join(lows), halt))
    # 比例缺失且另一项未低于标准（或两项都缺）：满一年才需要比例，未满一年可直接判 0
    years = full_years_between(halt, as_of)
    res.idle_days = (as_of - halt).days
    res.full_years = years
    res.stage = _stage(years)
    missing = [n[k] for k, v in (("dev_ratio", dev), ("invest_ratio", inv)) if v is None]
    if years < 1:
        res.flag = 0
        res.reason = "已动工（%s），%s起中止开发未满1年（%d天）" % (actual, halt, res.idle_days)
        return res
    return undetermined("已动工（%s），%s起中止开发%s，但缺少%s，无法判断开发/投资是否不足"
                        % (actual, halt, res.stage, "、".join(missing)))


def _finish(res: _IdleResult, clock_start, as_of, facts) -> _IdleResult:
    """Set days/stage/flag/consequence/disposal once the clock start is known."""
    years = full_years_between(clock_start, as_of)
    res.idle_days = (as_of - clock_start).days
    res.full_years = years
    res.stage = _stage(years)
    if years < 1:
        res.flag = 0
        res.reason = "%s，至基准日 %s 未满1年（%d天）" % (facts, as_of, res.idle_days)
        return res
    res.flag = 1
    cause = res.cause_class
    res.disposal, res.alternatives = DISPOSAL_TABLE[(cause, res.stage)]
    if cause in (CAUSE_GOV, CAUSE_FORCE):
        res.consequence = _CONSEQUENCE_GOV % cause
    elif cause == CAUSE_BOTH:
        res.consequence = _CONSEQUENCE_BOTH
    else:
        res.consequence = _CONSEQUENCE[res.stage]
    parts = ["%s，至基准日 %s %s（%d天），认定为闲置土地（%s）"
             % (facts, as_of, res.stage, res.idle_days, res.basis)]
    parts.append(res.consequence)
    if cause is None:
        parts.append("未注明闲置原因，按企业原因处理；如属政府原因或不可抗力请核实")
    else:
        parts.append("闲置原因：%s" % cause)
    parts.append("建议处置：%s" % "、".join((res.disposal,) + tuple(res.alternatives)))
    res.reason = "；".join(parts)
    return res


# =============================================================================================
# A run: its set-up, the whole record as landplan:flagidleland writes it, the batch functions
# =============================================================================================

NOTE_EMPTY_GEOMETRY = "几何为空"

#: output columns of :func:`assess_record_columns` (contract names; ``idle_asof`` is the engine's)
RECORD_COLUMNS = ("idle_flag", "idle_days", "idle_basis", "idle_stage", "idle_csq", "idle_cause",
                  "idle_gov", "idle_disp", "idle_fee", "idle_rsn")
_NUMERIC_COLUMNS = ("idle_flag", "idle_days", "idle_gov", "idle_fee")

#: the fields a run can use (keys of :class:`IdleSetup` ``fields`` and of the raw-value columns)
INPUT_KEYS = ("agreed_start", "actual_start", "dev_ratio", "invest_ratio", "halt_date", "dev_area",
              "total_area", "invested", "total_invest", "cause", "land_price")

#: set-up codes (:meth:`IdleSetup.errors`, :meth:`IdleSetup.warnings`)
NO_AGREED_START = "no_agreed_start"
NO_ACTUAL_START = "no_actual_start"
NO_HALT_DATE = "no_halt_date"
NO_PROGRESS = "no_progress"
GOV_VALUES_WITHOUT_CAUSE = "gov_values_without_cause"


@dataclass(frozen=True)
class IdleSetup:
    """What a run found and what follows from it, decided once.

    ``fields``: input key (:data:`INPUT_KEYS`) → the field name as the user knows it (it appears
    in reasons); a key not in it has no field. ``gov_values``: :func:`parse_cause_values` of the
    GOV_CAUSE_VALUES parameter.
    """
    fields: Dict[str, str] = field(default_factory=dict)
    gov_values: Tuple[str, ...] = ()

    def has(self, key):
        return key in self.fields

    def errors(self):
        """Set-up problems that stop a run: :data:`NO_AGREED_START`."""
        return [] if self.has("agreed_start") else [NO_AGREED_START]

    def warnings(self):
        """Set-up problems worth a warning, in the order to give them: no actual start date
        (every parcel counts as not started), no halt date (started parcels cannot be idle by
        halted development), no developed-area or investment field (halted parcels are
        undetermined), government-cause values without a cause field (ignored)."""
        out = []
        if not self.has("actual_start"):
            out.append(NO_ACTUAL_START)
        if not self.has("halt_date"):
            out.append(NO_HALT_DATE)
        has_dev = self.has("dev_ratio") or (self.has("dev_area") and self.has("total_area"))
        has_inv = self.has("invest_ratio") or (self.has("invested") and self.has("total_invest"))
        if not (has_dev or has_inv):
            out.append(NO_PROGRESS)
        if self.gov_values and not self.has("cause"):
            out.append(GOV_VALUES_WITHOUT_CAUSE)
        return out


def _norm(text):
    return unicodedata.normalize("NFKC", str(text)).strip().lower()


def parse_cause_values(text) -> Tuple[str, ...]:
    """The GOV_CAUSE_VALUES parameter (``政府,规划调整`` — separators , ， 、 ; ；) → normalised
    values (NFKC, lower case); empty text → ()."""
    if not text:
        return ()
    out = []
    for part in str(text).replace("，", ",").replace("、", ",").replace(";", ",").replace("；", ",").split(","):
        part = _norm(part)
        if part:
            out.append(part)
    return tuple(out)


def _cause_argument(cause_text, gov_values=()):
    """The cause the rule sees for a cause field value.

    Without ``gov_values`` (see :func:`parse_cause_values`) the text itself (keywords decide).
    With them: a value containing one of them (and not 非+it) is a government / force-majeure
    cause — its own class when the keywords say 政府原因 / 不可抗力 / 政企双方原因, else 政府原因;
    any other value is 企业原因.
    """
    if gov_values and cause_text:
        norm = _norm(cause_text)
        if any(v in norm and ("非" + v) not in norm for v in gov_values):
            cls = _cause_class(cause_text)
            return cause_text if cls in (CAUSE_GOV, CAUSE_FORCE, CAUSE_BOTH) else CAUSE_GOV
        return CAUSE_ENTERPRISE
    return cause_text


def _given(raw):
    return raw not in (None, "") and not (isinstance(raw, str) and not raw.strip())


def _ratio_from_parts(part, whole, part_name, whole_name, label, problems, notes):
    """A 0–1 ratio from a part and a whole (developed ÷ to develop, invested ÷ total), for rows
    whose ratio field is empty: None when either is missing or the whole is not positive (noted).
    Problems of the raw values go to ``problems``, texts to ``notes``."""
    part_v, p1 = parse_number(part, part_name)
    whole_v, p2 = parse_number(whole, whole_name)
    for p in (p1, p2):
        if p is not None:
            problems.append(p)
    if part_v is None or whole_v is None:
        return None
    if whole_v <= 0:
        notes.append("%s %s 不大于0，无法计算%s" % (whole_name, whole_v, label))
        return None
    r, problem = parse_ratio(part_v / whole_v, label)
    if problem is not None:
        problems.append(problem)
    return r


def _assess_record(as_of, agreed_start, actual_start, dev_ratio, invest_ratio, halt_date, cause, land_price,
                   dev_area, total_area, invested, total_invest, gov_values, names, geometry_note):
    """One record as the algorithm writes it: the rule (:func:`_assess_idle`) plus ratios from
    areas / amounts when the ratio is empty, the GOV_CAUSE_VALUES mapping and a note when the
    field's text is read as a class, every input problem named once in the reason (``problems``
    keeps them all, for counting), ``geometry_note`` and a note when the land price is not
    positive (no fee)."""
    n = {"dev_area": "已开发面积", "total_area": "应开发面积", "invested": "已投资额",
         "total_invest": "总投资额", "land_price": "土地价款"}
    if names:
        n.update(names)
    extra, notes = [], []
    dev = dev_ratio if _given(dev_ratio) else _ratio_from_parts(
        dev_area, total_area, n["dev_area"], n["total_area"], "已开发面积比例", extra, notes)
    inv = invest_ratio if _given(invest_ratio) else _ratio_from_parts(
        invested, total_invest, n["invested"], n["total_invest"], "已投资比例", extra, notes)
    cause_text = None if cause is None else str(cause).strip()
    res = _assess_idle(as_of, agreed_start, actual_start, dev_ratio=dev, invest_ratio=inv,
                       halt_date=halt_date, cause=_cause_argument(cause_text, gov_values),
                       land_price=land_price, names=names)
    res.cause_text = cause_text
    res.problems.extend(extra)
    parts = [res.reason] if res.reason else []
    if cause_text and res.cause_class and cause_text != res.cause_class:
        parts.append("闲置原因字段值「%s」按%s处理" % (cause_text, res.cause_class))
    for p in res.problems:
        if p.message not in parts:
            parts.append(p.message)
    parts.extend(notes)
    if geometry_note:
        parts.append(geometry_note)
    if land_price is not None:
        price, _ = parse_number(land_price, n["land_price"])
        if price is not None and price <= 0:
            parts.append("字段「%s」值「%s」不大于0，未计算土地闲置费" % (n["land_price"], land_price))
    res.reason = "；".join(parts)
    return res


def _output_values(res: _IdleResult):
    """(idle_flag, idle_days, idle_basis, idle_stage, idle_csq, idle_cause, idle_gov, idle_disp,
    idle_fee, idle_rsn); ``idle_cause`` is the class, or the field's text when it has none."""
    cause = res.cause_class if res.cause_class else (None if not res.cause_text else res.cause_text)
    return (res.flag, res.idle_days, res.basis, res.stage, res.consequence, cause,
            1 if res.gov_caused else 0, res.disposal, res.idle_fee, res.reason)


def _column(values, n):
    """A raw column as a list (None for NULL; NaN in an object column is NULL, as pandas writes it)."""
    import numpy as np  # at call time: the plugin starts without numpy
    if values is None:
        return [None] * n
    vals = list(values)
    if len(vals) != n:
        raise ValueError("column of length %d, expected %d" % (len(vals), n))
    return [None if isinstance(v, (float, np.floating)) and v != v else v for v in vals]


def _results_to_columns(results):
    import numpy as np  # at call time: the plugin starts without numpy
    n = len(results)
    out = {k: (np.full(n, np.nan) if k in _NUMERIC_COLUMNS else np.empty(n, dtype=object))
           for k in RECORD_COLUMNS}
    for i, res in enumerate(results):
        for key, v in zip(RECORD_COLUMNS, _output_values(res)):
            if key in _NUMERIC_COLUMNS:
                if v is not None:
                    out[key][i] = v
            else:
                out[key][i] = v
    return out


def assess_record_columns(as_of, agreed_start, actual_start=None, dev_ratio=None,
                          invest_ratio=None, halt_date=None, cause=None, land_price=None, *,
                          dev_area=None, total_area=None, invested=None, total_invest=None,
                          gov_values=(), names=None, geometry_note=None, counts=None):
    """闲置土地 for a batch of parcels, as ``landplan:flagidleland`` writes them.

    Inputs: one sequence (list, object array) of raw values per input field, all of the same length
    (None for a field the layer does not have; None or NaN elements are NULL; dates as dates, text,
    Excel serials …, ratios 0–1 as numbers or text); ``geometry_note`` a sequence of text/None
    (:data:`NOTE_EMPTY_GEOMETRY`, or the engine's repair note) or None. ``as_of`` (None → today),
    ``gov_values`` (:func:`parse_cause_values`) and ``names`` (input key → field name, for the
    reasons; :attr:`IdleSetup.fields`) are the run's. ``counts``: a dict that receives
    ``(kind, field) → number`` of data problems, row by row in input order (a geometry note counts
    as ``empty_geometry`` or ``invalid_geometry``); pass the same dict to accumulate across batches.

    Returns a dict keyed by :data:`RECORD_COLUMNS`: ``idle_flag``, ``idle_days``, ``idle_gov``,
    ``idle_fee`` float64 arrays (NaN = NULL); ``idle_basis``, ``idle_stage``, ``idle_csq``,
    ``idle_cause``, ``idle_disp``, ``idle_rsn`` object arrays (text or None).
    """
    as_of = reference_date(as_of)
    n = len(agreed_start)
    cols = [_column(c, n) for c in (agreed_start, actual_start, dev_ratio, invest_ratio, halt_date,
                                    cause, land_price, dev_area, total_area, invested, total_invest,
                                    geometry_note)]
    results = []
    for i in range(n):
        a, b, dr, ir, h, c, lp, da, ta, iv, ti, gn = (col[i] for col in cols)
        res = _assess_record(as_of, a, b, dr, ir, h, c, lp, da, ta, iv, ti, gov_values, names, gn)
        if counts is not None:
            for p in res.problems:
                counts[(p.kind, p.field)] = counts.get((p.kind, p.field), 0) + 1
            if gn:
                key = (EMPTY_GEOMETRY if gn == NOTE_EMPTY_GEOMETRY else INVALID_GEOMETRY, "")
                counts[key] = counts.get(key, 0) + 1
        results.append(res)
    return _results_to_columns(results)


#: summary buckets of parcels not idle and undetermined (idle ones: "闲置土地·basis·stage")
NOT_IDLE = "非闲置"
UNDETERMINED = "待核实"


def summary(out, into=None):
    """The run's summary from :func:`assess_record_columns` output: ``{bucket: count}`` where the
    bucket is 闲置土地·未动工/中止开发·满1年/满2年 (+ （政府原因/不可抗力） when ``idle_gov``),
    :data:`NOT_IDLE` or :data:`UNDETERMINED`. ``into``: accumulate across batches."""
    counts = {} if into is None else into
    for flag, basis, stage, gov in zip(out["idle_flag"].tolist(), out["idle_basis"].tolist(),
                                       out["idle_stage"].tolist(), out["idle_gov"].tolist()):
        if flag == 1:
            bucket = "闲置土地·%s·%s%s" % (basis, stage, "（政府原因/不可抗力）" if gov == 1 else "")
        elif flag == 0:
            bucket = NOT_IDLE
        else:
            bucket = UNDETERMINED
        counts[bucket] = counts.get(bucket, 0) + 1
    return counts

"""十四五新增工业用地 quotas and 入园 — every rule of ``landplan:industrialquota``
(《郑州市工业用地布局规划（2021—2035年）》 第三章一: 表3-1 … 表3-5; 第四章三（一）
"除选址有特殊要求的，新建工业项目应全部进入开发区").

Quota file (``resources/quotas/*.json``, format ``landplan-quota/1``, described in
``resources/quotas/README.md``)
    a period (2021-01-01 … 2025-12-31), a total (6000 公顷), and two tables of entries — ``zones``
    and ``industries``. An entry is a *leaf* (``match``: zone names; ``codes`` / ``names``:
    industries) or a *group* (``parts``: the keys of the leaves it sums); one industry leaf may
    be ``other`` (其他产业: every industry no leaf claims). Each entry has a ``quota`` (公顷) and
    its ``source`` (the table it comes from). A group whose quota differs from the sum of its parts
    is reported when the file is loaded (:func:`load_quota`), not refused.
Which supplies count (:func:`supply_status_columns`)
    an industrial supply (category 工业 — a text containing 工业, or a land-use code 0601 / 1001… /
    M… —; without a category field every supply counts as industrial) dated within the period and
    on or before ``AS_OF``. Supplies not industrial, undated, with an unreadable date, before the
    period or after its end or ``AS_OF`` are not counted and are reported by status.
Zone of a supply
    the development zone that contains a point on its surface (the algorithm places it); the
    zone's name gives the quota leaf whose longest ``match`` text it contains
    (:func:`zone_quota_keys`; NFKC, case ignored). A supply in a zone no leaf matches counts in
    the total and in the row 未对应配额的开发区; a supply outside every zone in the row 开发区外.
Industry of a supply (:func:`industry_keys`)
    the industry leaf whose ``names`` text the value contains (the longest), else whose ``codes``
    prefix its GB/T 4754 code has (the longest; a leading letter C and separators ignored: C3912,
    3912, 39 …), else the ``other`` leaf; an empty value counts in ``other`` too and is reported.
Rows (:func:`quota_rows`)
    for the total, every zone entry, the two unmatched rows, every industry entry: one row for the
    period up to ``AS_OF`` (``iq_year`` 累计) and one per calendar year from the period's first
    year to ``AS_OF``'s year. ``iq_quota`` the entry's five-year quota (NULL for rows without one);
    ``iq_supp_ha`` the supplies' 公顷; ``iq_pct`` = iq_supp_ha ÷ iq_quota × 100 (a year's row: the
    share of the five-year quota used that year — the plan gives no yearly quotas); ``iq_left``
    = quota − supplied (negative: over the quota); ``iq_tpct`` (累计 rows) the time elapsed, %
    of the period's days up to ``AS_OF`` (时序进度); ``iq_reason`` in words.
入园 leads (:func:`outside_leads`)
    every counted supply outside every zone is a lead (``iq_lead`` 1) unless its exemption field
    says 选址有特殊要求 (``iq_exempt`` 1): a non-empty value other than 否 / 无 / 0 / N / no /
    false / 不是 (our reading: 是, 1, √ or a written reason all exempt). Leads are 线索, to be checked.
"""
import datetime as _dt
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from .datafile import check_header, data_path, read_json
from .dates import parse_date
from .landuse import normalise_code
from .lazy import lazy_module
from .values import is_missing, map_distinct

np = lazy_module("numpy")

__all__ = [
    "FORMAT", "DEFAULT_QUOTA", "QuotaError", "QuotaEntry", "QuotaTable", "load_quota",
    "COUNTED", "NOT_INDUSTRIAL", "NO_DATE", "BAD_DATE", "BEFORE", "AFTER", "STATUS_LABELS",
    "industrial_supply_columns", "supply_status_columns", "zone_quota_keys", "industry_keys",
    "UNMATCHED_ZONE", "OUTSIDE_ZONES", "TOTAL_TABLE", "ZONE_TABLE", "INDUSTRY_TABLE", "CUMULATIVE",
    "OUTPUT_FIELDS", "quota_rows", "exempt_columns", "OUTSIDE_FIELDS", "outside_leads", "status_counts",
]

FORMAT = "landplan-quota/1"
DEFAULT_QUOTA = "zhengzhou_2021_2025"
TOTAL_TABLE, ZONE_TABLE, INDUSTRY_TABLE = "合计", "分区", "产业"
UNMATCHED_ZONE = "未对应配额的开发区"
OUTSIDE_ZONES = "开发区外"
CUMULATIVE = "累计"
TEXT_LIMIT = 254

#: output fields (name, Chinese alias) in table order
OUTPUT_FIELDS = (
    ("iq_table", "表"), ("iq_key", "配额项"), ("iq_year", "年度"), ("iq_quota", "五年配额(公顷)"),
    ("iq_supp_ha", "已供工业用地(公顷)"), ("iq_n", "宗数"), ("iq_pct", "占配额(%)"), ("iq_left", "剩余配额(公顷)"),
    ("iq_tpct", "时序进度(%)"), ("iq_reason", "说明"),
)
#: fields the 入园 leads add to the supplies
OUTSIDE_FIELDS = (("iq_ha", "供地面积(公顷)"), ("iq_ind", "产业"), ("iq_exempt", "选址有特殊要求(1是/0否)"),
                  ("iq_lead", "未入园线索(1是/0否)"), ("iq_reason", "说明"))


class QuotaError(ValueError):
    """A quota file that cannot be used (message in Chinese, naming the file)."""


def _err(path, text):
    return QuotaError("配额文件 %s %s" % (path, text))


def _norm(text):
    return unicodedata.normalize("NFKC", str(text)).strip().upper()


@dataclass(frozen=True)
class QuotaEntry:
    key: str
    quota: Optional[float]
    source: str = ""
    match: Tuple[str, ...] = ()
    codes: Tuple[str, ...] = ()
    names: Tuple[str, ...] = ()
    parts: Tuple[str, ...] = ()
    other: bool = False


@dataclass
class QuotaTable:
    id: str
    name: str
    source: str
    start: _dt.date
    end: _dt.date
    total: QuotaEntry
    zones: List[QuotaEntry]
    industries: List[QuotaEntry]
    notes: List[str] = field(default_factory=list)
    #: what counts as an industrial supply: a category text containing one of ``industrial_words``, or
    #: a land-use code starting with one of ``industrial_codes`` (the file's "industrial"; default below)
    industrial_words: Tuple[str, ...] = ("工业",)
    industrial_codes: Tuple[str, ...] = ("0601", "1001", "M")

    def leaves(self, table):
        return [e for e in (self.zones if table == ZONE_TABLE else self.industries) if not e.parts]


def quotas_dir():
    """``<resources>/quotas`` (see :func:`landplan_plugin.paths.resources_dir`)."""
    from ..paths import resources_dir
    return os.path.join(resources_dir(), "quotas")


def _entry(raw, path, where):
    if not isinstance(raw, dict) or not str(raw.get("key", "")).strip():
        raise _err(path, "的 %s 中有一项缺少「key」" % where)
    quota = raw.get("quota")
    if quota is not None and (isinstance(quota, bool) or not isinstance(quota, (int, float)) or quota < 0):
        raise _err(path, "的「%s」配额不是非负数" % raw["key"])
    texts = {}
    for name in ("match", "codes", "names", "parts"):
        value = raw.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            raise _err(path, "的「%s」的 %s 应为文本列表" % (raw["key"], name))
        texts[name] = tuple(str(v).strip() for v in value if str(v).strip())
    return QuotaEntry(str(raw["key"]).strip(), None if quota is None else float(quota), str(raw.get("source", "")),
                      other=bool(raw.get("other", False)), **texts)


def load_quota(id_or_path=DEFAULT_QUOTA):
    """The quota file (a bundled id or a path) → :class:`QuotaTable`; :class:`QuotaError` when it
    cannot be used. ``notes``: groups whose quota differs from the sum of their parts."""
    path = data_path(id_or_path, quotas_dir())
    data = read_json(path, _err)
    check_header(data, path, FORMAT, _err)
    period = data.get("period") or {}
    start, end = (parse_date(period.get(k), k)[0] for k in ("start", "end"))
    if start is None or end is None or end < start:
        raise _err(path, "的 period 应有 start 和 end 两个日期（start 不晚于 end）")
    table = QuotaTable(data["id"], data["name"], str(data.get("source", "")), start, end,
                       _entry(data.get("total"), path, "total"),
                       [_entry(e, path, "zones") for e in data.get("zones", [])],
                       [_entry(e, path, "industries") for e in data.get("industries", [])])
    for name, entries in (("zones", table.zones), ("industries", table.industries)):
        keys = [e.key for e in entries]
        if len(set(keys)) != len(keys):
            raise _err(path, "的 %s 中有重复的 key" % name)
        by_key = {e.key: e for e in entries}
        for e in entries:
            missing = [p for p in e.parts if p not in by_key or by_key[p].parts]
            if missing:
                raise _err(path, "的「%s」的 parts 含未列出的叶项：%s" % (e.key, "、".join(missing)))
            if e.parts and e.quota is not None:
                total = sum(by_key[p].quota or 0.0 for p in e.parts)
                if abs(total - e.quota) > 1e-6:
                    table.notes.append("「%s」配额 %g 公顷，其组成合计 %g 公顷" % (e.key, e.quota, total))
    if sum(e.other for e in table.industries) > 1:
        raise _err(path, "的 industries 中只能有一项 other")
    industrial = data.get("industrial")
    if industrial is not None:
        lists = {}
        for name in ("words", "codes"):
            value = industrial.get(name) if isinstance(industrial, dict) else None
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
                raise _err(path, "的 industrial.%s 应为非空文本列表" % name)
            lists[name] = tuple(v.strip() for v in value)
        table.industrial_words, table.industrial_codes = lists["words"], lists["codes"]
    return table


# ---------------------------------------------------------------------------------------------
# supplies

COUNTED, NOT_INDUSTRIAL, NO_DATE, BAD_DATE, BEFORE, AFTER = "counted", "not_ind", "no_date", "bad_date", "before", \
    "after"
STATUS_LABELS = {COUNTED: "计入", NOT_INDUSTRIAL: "非工业用地", NO_DATE: "无供地日期", BAD_DATE: "供地日期无法识别",
                 BEFORE: "早于规划期", AFTER: "晚于规划期末或基准日"}
def industrial_supply_columns(categories, quota):
    """Category values (text or land-use code) → bool array: an industrial supply by the quota
    file's ``industrial`` lists — a text containing one of its words (工业), or a code starting
    with one of its codes (0601 三调, 1001… 2023 用地用海分类, M… GB 50137; 601 = 0601)."""
    def industrial(raw):
        if is_missing(raw):
            return False
        if any(word in _norm(raw) for word in quota.industrial_words):
            return True
        return normalise_code(raw, (2, 4, 6)).startswith(quota.industrial_codes)
    return np.asarray(map_distinct(list(categories), industrial), dtype=bool)


def supply_status_columns(dates, industrial, start, end, as_of, field_name="date"):
    """Per supply: raw dates, industrial bool array, the period and ``as_of`` → (status object
    array, year int array (0 when not dated), problems {index: problem})."""
    parsed = map_distinct(list(dates), lambda raw: parse_date(raw, field_name))
    last = min(end, as_of)
    status = np.empty(len(parsed), dtype=object)
    years = np.zeros(len(parsed), dtype=np.int64)
    problems = {}
    for i, ((d, problem), ind) in enumerate(zip(parsed, industrial)):
        if problem is not None:
            problems[i] = problem
        if d is not None:
            years[i] = d.year
        if not ind:
            status[i] = NOT_INDUSTRIAL
        elif d is None:
            status[i] = BAD_DATE if problem is not None else NO_DATE
        elif d < start:
            status[i] = BEFORE
        elif d > last:
            status[i] = AFTER
        else:
            status[i] = COUNTED
    return status, years, problems


def zone_quota_keys(quota, zone_names):
    """Zone names → the key of the zone leaf whose longest ``match`` text the name contains (NFKC,
    case ignored), or None."""
    pairs = sorted(((_norm(m), e.key) for e in quota.leaves(ZONE_TABLE) for m in e.match),
                   key=lambda p: -len(p[0]))
    out = []
    for name in zone_names:
        text = _norm(name) if name is not None else ""
        out.append(next((key for m, key in pairs if m and m in text), None))
    return out


def _code_digits(text):
    text = re.sub(r"[\s\-_.·]", "", text)
    m = re.match(r"^[A-Z]?(\d+)", text)
    return m.group(1) if m else ""


def industry_keys(quota, values):
    """Industry values (names or GB/T 4754 codes) → (key per supply: a leaf's key; empty or
    unclaimed → the ``other`` leaf's key, None when the file has none; bool array: empty)."""
    leaves = quota.leaves(INDUSTRY_TABLE)
    other = next((e.key for e in leaves if e.other), None)
    names = sorted(((_norm(n), e.key) for e in leaves for n in e.names), key=lambda p: -len(p[0]))
    codes = sorted(((_code_digits(_norm(c)), e.key) for e in leaves for c in e.codes), key=lambda p: -len(p[0]))

    def one(raw):
        if is_missing(raw):
            return other
        text = _norm(raw)
        hit = next((key for n, key in names if n and n in text), None)
        if hit is None:
            digits = _code_digits(text)
            hit = next((key for c, key in codes if c and digits.startswith(c)), None) if digits else None
        return hit if hit is not None else other
    keys = map_distinct(list(values), one)
    empty = np.array([is_missing(v) for v in values], dtype=bool)
    return keys, empty


def _elapsed_pct(start, end, as_of):
    days = (end - start).days + 1
    done = (min(max(as_of, start - _dt.timedelta(days=1)), end) - start).days + 1
    return 100.0 * done / days


def quota_rows(quota, ha, status, years, zone_keys, inside, industry, as_of):
    """The quota table. Per supply: ``ha`` (公顷), ``status`` and ``years``
    (:func:`supply_status_columns`), ``zone_keys`` (:func:`zone_quota_keys` of its zone; None),
    ``inside`` (bool: in a development zone), ``industry`` (:func:`industry_keys`) → {field of
    :data:`OUTPUT_FIELDS`: list}, rows in the order of the module doc."""
    ha = np.nan_to_num(np.asarray(ha, dtype=float), nan=0.0)
    counted = np.asarray([s == COUNTED for s in status], dtype=bool)
    inside = np.asarray(inside, dtype=bool)
    years = np.asarray(years, dtype=np.int64)
    zkeys = np.array([k if k is not None else (UNMATCHED_ZONE if inside[i] else OUTSIDE_ZONES)
                      for i, k in enumerate(zone_keys)], dtype=object)
    ikeys = np.array([k if k is not None else "" for k in industry], dtype=object)

    def members(entry, keys):
        return np.isin(keys, list(entry.parts) if entry.parts else [entry.key])

    lines = [(TOTAL_TABLE, quota.total, np.ones(len(ha), dtype=bool))]
    lines += [(ZONE_TABLE, e, members(e, zkeys)) for e in quota.zones]
    lines += [(ZONE_TABLE, QuotaEntry(k, None), zkeys == k) for k in (UNMATCHED_ZONE, OUTSIDE_ZONES)]
    lines += [(INDUSTRY_TABLE, e, members(e, ikeys)) for e in quota.industries]
    last_year = min(quota.end, as_of).year
    year_list = list(range(quota.start.year, last_year + 1))
    tpct = _elapsed_pct(quota.start, quota.end, as_of)
    rows = {name: [] for name, _a in OUTPUT_FIELDS}
    for table, entry, sel in lines:
        for year in [CUMULATIVE] + year_list:
            use = sel & counted & ((years == year) if year != CUMULATIVE else True)
            supp, n = float(ha[use].sum()), int(use.sum())
            q = entry.quota
            pct = supp / q * 100.0 if q else None
            left = q - supp if q is not None else None
            if year == CUMULATIVE:
                if q is None:
                    text = "规划未列配额；已供 %.2f 公顷（%d 宗）" % (supp, n)
                else:
                    text = "已供 %.2f 公顷，占五年配额 %s（时序进度 %.1f%%）" % (
                        supp, "%.1f%%" % pct if pct is not None else "-", tpct)
                    if left < 0:
                        text += "；超出配额 %.2f 公顷" % -left
            else:
                text = "%d年新增 %.2f 公顷（%d 宗）%s" % (year, supp, n,
                                                     "，占五年配额 %.1f%%" % pct if pct is not None else "")
            for name, value in zip(rows, (table, entry.key, str(year), q, supp, n, pct,
                                          left if year == CUMULATIVE else None,
                                          tpct if year == CUMULATIVE else None, text[:TEXT_LIMIT])):
                rows[name].append(value)
    return rows


# ---------------------------------------------------------------------------------------------
# 入园

_NO_WORDS = {"否", "无", "0", "N", "NO", "FALSE", "不是", "F", "×", "0.0"}


def _exempt(raw):
    if is_missing(raw):
        return False
    if isinstance(raw, bool):
        return raw
    return _norm(raw) not in _NO_WORDS


def exempt_columns(values):
    """选址有特殊要求 values → bool array (module doc: any non-empty value but 否 / 无 / 0 / N …)."""
    return np.asarray(map_distinct(list(values), _exempt), dtype=bool)


def outside_leads(status, inside, exempt, ha, industry):
    """The 入园 leads: per supply → (indexes of the counted supplies outside every zone, {field of
    :data:`OUTSIDE_FIELDS`: list for those})."""
    counted = np.asarray([s == COUNTED for s in status], dtype=bool)
    idx = np.flatnonzero(counted & ~np.asarray(inside, dtype=bool))
    exempt = np.asarray(exempt, dtype=bool)
    out = {name: [] for name, _a in OUTSIDE_FIELDS}
    for i in idx.tolist():
        ex = bool(exempt[i])
        out["iq_ha"].append(float(ha[i]))
        out["iq_ind"].append(industry[i])
        out["iq_exempt"].append(int(ex))
        out["iq_lead"].append(0 if ex else 1)
        out["iq_reason"].append("开发区外新建工业项目，选址有特殊要求，不作为未入园线索" if ex else
                                "开发区外新建工业项目（新建工业项目应全部进入开发区），未入园线索，待核实")
    return idx, out


def status_counts(status, ha) -> Dict[str, Tuple[int, float]]:
    """{status: (count, 公顷)} of the supplies not counted (for the log)."""
    out = {}
    for s, a in zip(status, np.nan_to_num(np.asarray(ha, dtype=float), nan=0.0)):
        if s != COUNTED:
            n, total = out.get(s, (0, 0.0))
            out[s] = (n + 1, total + float(a))
    return out

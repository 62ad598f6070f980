"""标准地"3+N+1"指标表 — the indicators a parcel about to be supplied carries (按标做地、明标供地;
濮政办〔2021〕6号 §二(四); 宝政办〔2021〕34号 §二(四)1–2; 《郑州市工业用地布局规划（2021—2035年）》附表2-2).

The rule, once, as this module implements it (``landplan:standardsheet``):

* **The 3.** 投资强度 and 容积率 from the 附表2-2 row of the parcel's industry (GB/T 4754 大类,
  the first two digits of its code) and the region class (郑州市区 / 其他区域) —
  :meth:`.standards.Standard.thresholds_for` of the shipped ``zhengzhou_industry`` standard, in
  万元/亩 like the rest of the product (the table's 万元/公顷 ÷ 15). 附表2-2 gives no 亩均税收: the
  standard's own threshold is used and the note says so. A county table (:func:`county_rows`:
  industry code → 投资强度 万元/亩, 容积率, 亩均税收 万元/亩) wins, value by value, for the industries
  it lists. An industry in neither gets the standard's default thresholds, noted.
* **+N.** The indicators a county adds (亩均产值, 单位能耗增加值, 亩均排放 …), from a data file
  (:func:`load_n_file`, format ``landplan-standard-land/1``): name, value, unit, direction
  (``>=`` 不低于 / ``<=`` 不高于). The same for every parcel of a run.
* **+1.** The commitment terms (承诺事项) of the same file: the text the 投资建设合同 / 产业发展承诺书
  carries (indicators, 竣工 and 达产 dates, 违约责任, 整改期, 回购).
* **出让年限** ``sd_years`` = ``LEASE_YEARS`` (at most 20: "出让年限不超过 20 年＋有条件续期"); the
  lease starts on the parcel's planned supply date, else on ``as_of``; ``sd_renew`` = the start +
  ``LEASE_YEARS`` years (29 February → 28 February): the day the term ends, when the 续期评估
  ("20 年出让期满，经评估符合续期条件的，可以协议方式办理续期手续") falls due.

One batch function, :func:`sheet_columns`; :func:`sheet_table` lays the columns out as the
printed sheet. Pure Python + numpy.
"""
import datetime as _dt
from dataclasses import dataclass
from typing import Optional, Tuple

from .datafile import check_header, read_json
from .dates import add_years, parse_date, reference_date
from .lazy import lazy_module
from .standards import normalise_industry_code, normalise_region
from .values import is_missing, parse_number

np = lazy_module("numpy")

__all__ = ["N_FORMAT", "LEASE_YEARS_MAX", "NFileError", "NIndicator", "NSpec", "load_n_file", "county_rows",
           "sheet_columns", "sheet_table", "OUTPUT_FIELDS", "COUNTY_COLUMNS"]

N_FORMAT = "landplan-standard-land/1"
#: 宝政办〔2021〕34号: 新增工业用地"出让年限不超过 20 年＋有条件续期"
LEASE_YEARS_MAX = 20
#: the output fields (name, Chinese alias) of landplan:standardsheet, in order
OUTPUT_FIELDS = (("sd_inv", "投资强度(万元/亩)≥"), ("sd_far", "容积率≥"), ("sd_tax", "亩均税收(万元/亩)≥"),
                 ("sd_n", "+N 指标"), ("sd_commit", "+1 承诺事项"), ("sd_years", "出让年限(年)"),
                 ("sd_renew", "续期评估日期"), ("sd_src", "指标来源"), ("sd_note", "说明"))
_DIRECTION_WORDS = {">=": "不低于", "<=": "不高于"}
#: the county table's columns, each found by the first of these names
#: (行业代码, 投资强度 万元/亩, 容积率, 亩均税收 万元/亩)
COUNTY_COLUMNS = (("行业代码", "HYDM", "industry", "code"), ("投资强度", "TZQD", "invest_per_mu", "sd_inv"),
                  ("容积率", "RJL", "far", "sd_far"), ("亩均税收", "MJSS", "tax_per_mu", "sd_tax"))
SOURCE_TABLE = "附表2-2"
SOURCE_COUNTY = "县级指标表"
SOURCE_DEFAULT = "默认阈值"


class NFileError(ValueError):
    """A +N file that cannot be used; the message names the file and the key."""


def _n_error(path, text):
    return NFileError("+N 指标文件「%s」%s" % (path, text))


@dataclass(frozen=True)
class NIndicator:
    name: str
    value: float
    unit: str = ""
    direction: str = ">="

    @property
    def text(self):
        """e.g. 亩均产值不低于 300 万元/亩."""
        return "%s%s %g%s" % (self.name, _DIRECTION_WORDS[self.direction], self.value,
                              (" " + self.unit) if self.unit else "")


@dataclass(frozen=True)
class NSpec:
    """A +N file: its id, name, the +N indicators and the +1 commitment text."""
    id: str
    name: str
    indicators: Tuple[NIndicator, ...] = ()
    commitment: str = ""

    @property
    def n_text(self):
        return "；".join(i.text for i in self.indicators)


def load_n_file(path) -> NSpec:
    """The +N / +1 file (JSON, format :data:`N_FORMAT`): ``indicators`` a list of {name, value,
    unit, direction (>= or <=)}, ``commitment`` the +1 text. Raises :class:`NFileError`."""
    data = read_json(path, _n_error)
    check_header(data, path, N_FORMAT, _n_error)
    out = []
    for k, row in enumerate(data.get("indicators") or [], 1):
        if not isinstance(row, dict) or not str(row.get("name") or "").strip():
            raise _n_error(path, "第%d项指标缺少 name" % k)
        value, _problem = parse_number(row.get("value"), "value")
        if value is None:
            raise _n_error(path, "第%d项指标「%s」的 value 不是数字" % (k, row["name"]))
        direction = str(row.get("direction") or ">=").strip()
        if direction not in _DIRECTION_WORDS:
            raise _n_error(path, "第%d项指标「%s」的 direction 应为 >= 或 <=" % (k, row["name"]))
        out.append(NIndicator(str(row["name"]).strip(), value, str(row.get("unit") or "").strip(), direction))
    commitment = data.get("commitment") or ""
    if not isinstance(commitment, str):
        raise _n_error(path, "的 commitment 应为文字")
    return NSpec(data["id"], data["name"], tuple(out), commitment.strip())


def county_rows(codes, invest=None, far=None, tax=None):
    """A county table (columns of raw values) → {industry 大类: (投资强度 万元/亩, 容积率, 亩均税收 万元/亩)},
    None where a value is empty or unreadable (the 附表2-2 value is then used); the first row of
    an industry wins. Rows without a readable code are skipped."""
    n = len(codes)
    cols = [[None] * n if c is None else list(c) for c in (invest, far, tax)]
    out = {}
    for i, raw in enumerate(list(codes)):
        code = normalise_industry_code(raw)
        if code is None or code in out:
            continue
        out[code] = tuple(parse_number(c[i], "")[0] for c in cols)
    return out


def sheet_columns(standard, industry, region, as_of, lease_years=LEASE_YEARS_MAX, start_date=None, county=None,
                  n_spec: Optional[NSpec] = None):
    """The 3+N+1 sheet of a batch of planned parcels (rule: module docstring).

    ``standard``: a :class:`.standards.Standard` with an industry table (``zhengzhou_industry``);
    ``industry``: raw industry codes, one per parcel; ``region``: the region class (one text for
    all parcels, or a sequence); ``start_date``: raw planned supply dates (None: ``as_of`` for
    all); ``county``: :func:`county_rows` (None: none); ``n_spec``: the +N / +1 file (None: none).
    Returns a dict of arrays keyed by the names of :data:`OUTPUT_FIELDS` (``sd_inv``, ``sd_far``,
    ``sd_tax`` float, NaN = none; ``sd_years`` int; ``sd_renew`` ``datetime.date``; the rest
    text). Raises ValueError when ``lease_years`` is not 1–20."""
    years = int(lease_years)
    if not 1 <= years <= LEASE_YEARS_MAX:
        raise ValueError("出让年限 %s 年不在 1—%d 年之内（出让年限不超过 20 年）" % (lease_years, LEASE_YEARS_MAX))
    as_of = reference_date(as_of)
    n = len(industry)
    regions = [region] * n if region is None or isinstance(region, str) else list(region)
    starts = [None] * n if start_date is None else list(start_date)
    county = county or {}
    out = {name: np.full(n, None, dtype=object) for name, _ in OUTPUT_FIELDS}
    for key in ("sd_inv", "sd_far", "sd_tax"):
        out[key] = np.full(n, np.nan)
    out["sd_years"] = np.full(n, years, dtype=np.int64)
    for i, raw in enumerate(list(industry)):
        notes = []
        code = normalise_industry_code(None if is_missing(raw) else raw)
        values, note = standard.thresholds_for(code, regions[i])
        src = SOURCE_TABLE if code in standard.industry_rows else SOURCE_DEFAULT
        if note:
            notes.append(note)
        if code in standard.industry_rows:
            row = standard.industry_rows[code]
            cls = normalise_region(regions[i], standard.region_classes, standard.default_region)
            notes.append("%s %s %s（%s）" % (SOURCE_TABLE, code, row.name, cls or standard.default_region))
            notes.append("亩均税收：%s 未列，取%s的 %g 万元/亩" % (SOURCE_TABLE, standard.name,
                                                             standard.thresholds["tax_per_mu"]))
        picked = [values["invest_per_mu"], values["far"], values["tax_per_mu"]]
        if code in county:
            taken = [k for k, v in enumerate(county[code]) if v is not None]
            for k in taken:
                picked[k] = county[code][k]
            if taken:
                src = SOURCE_COUNTY if len(taken) == 3 else "%s＋%s" % (SOURCE_COUNTY, src)
                names = "、".join(("投资强度", "容积率", "亩均税收")[k] for k in taken)
                notes.append("%s：%s取县级指标表" % (code, names))
        out["sd_inv"][i], out["sd_far"][i], out["sd_tax"][i] = picked
        start, problem = parse_date(starts[i], "拟供地日期") if starts[i] is not None else (None, None)
        if problem is not None:
            notes.append(problem.message)
        if start is None:
            start = as_of
            notes.append("出让起始日按基准日 %s 计" % as_of)
        out["sd_renew"][i] = add_years(start, years)
        out["sd_src"][i] = src
        out["sd_n"][i] = n_spec.n_text if n_spec else None
        out["sd_commit"][i] = n_spec.commitment if n_spec else None
        notes.append("出让年限 %d 年，%s 期满，经评估符合续期条件的可协议续期" % (years, out["sd_renew"][i]))
        out["sd_note"][i] = "；".join(notes)
    return out


def sheet_table(columns, ids, industry, as_of, n_spec: Optional[NSpec] = None, region_label=""):
    """The printed 3+N+1 sheet: (sheet name, title, header, rows), one row per parcel — 地块编号,
    行业代码, the 3 (投资强度, 容积率, 亩均税收), one column per +N indicator, 出让年限, 续期评估日期,
    +1 承诺事项, 指标来源."""
    n = len(columns["sd_src"])
    ids = ["第%d宗" % (i + 1) if v is None or is_missing(v) else str(v) for i, v in enumerate(list(ids or [None] * n))]
    codes = ["" if v is None or is_missing(v) else str(v) for v in list(industry)]
    extra = list(n_spec.indicators) if n_spec else []
    header = (["地块编号", "行业代码", "投资强度(万元/亩)≥", "容积率≥", "亩均税收(万元/亩)≥"]
              + ["%s(%s)%s" % (x.name, x.unit, "≥" if x.direction == ">=" else "≤") if x.unit else
                 "%s%s" % (x.name, "≥" if x.direction == ">=" else "≤") for x in extra]
              + ["出让年限(年)", "续期评估日期", "承诺事项（+1）", "指标来源"])

    def r(v, k):
        return None if v != v else round(float(v), k)
    rows = []
    for i in range(n):
        renew = columns["sd_renew"][i]
        rows.append([ids[i], codes[i], r(columns["sd_inv"][i], 2), r(columns["sd_far"][i], 2),
                     r(columns["sd_tax"][i], 2)] + [x.value for x in extra]
                    + [int(columns["sd_years"][i]), renew.isoformat() if isinstance(renew, _dt.date) else None,
                       columns["sd_commit"][i], columns["sd_src"][i]])
    title = "标准地“3+N+1”控制性指标表（%s基准日期 %s）" % ("%s，" % region_label if region_label else "", as_of)
    return "标准地指标表", title, header, rows

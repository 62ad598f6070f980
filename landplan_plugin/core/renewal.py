"""城市更新 — renewal resources and the renewal-project negative list: every rule of
``landplan:renewalresources`` (城市更新资源识别) and ``landplan:renewalscreening`` (更新项目负面清单核查),
from 《郑州市城市更新专项规划》 (六1 七类更新对象, 七1, 七5, 九2 负面清单, 十5 无体检不更新).

The engine (QGIS) does the geometry — which land-use polygon a building stands on, the split of a
piece by the 工业区块线 and the 三环 polygon, overlap areas — and hands columns to the batch
functions here.

Renewal resources (one output feature per piece; ``ur_class`` one of :data:`CLASSES`)
    老旧小区
        a residential land-use polygon (code list ``resources/renewal/renewal_codes.json``, per
        classification: 三调 0701) whose residential buildings (用途 住宅, or no 用途 given, standing
        on it by a point on their surface) were, by footprint area, mostly (more than half of the
        dated footprint) completed **on or before** ``OLD_BEFORE`` (default 2000-12-31, the plan's
        "2000 年底前建成"; the day itself counts as old) — :func:`old_estate_columns`. A year without
        month and day (``1998``) is read as the year's last day. A polygon with no dated residential
        building is not classified.
    城中村
        village land (三调 0702 农村宅基地 and the equivalents of the other classifications) inside the
        city: 城镇村属性码 (CZCSXM) 201/202 (城市, 建制镇, also with the A suffix). A polygon with
        another settlement code (203 村庄 …) is rural, not 城中村. Without a CZCSXM field every village
        polygon counts (the log says so). ``ur_ring`` 三环以内 / 三环以外 against the ring-road polygon
        (the area inside 三环); a polygon crossing it is split by area, as the 工业区块线 split (our
        reading). No ring layer: ``ur_ring`` NULL.
    低效工业用地
        scored parcels with ``ie_flag`` 1, split by the 工业区块线: the part inside →
        ``ur_route`` 再开发 (保障制造业空间), outside → 转型升级 (七1). No block-line layer:
        ``ur_route`` NULL.
    低效楼宇
        office and commercial buildings (用途 办公 / 商业 …) whose vacancy is **at or above**
        ``VACANCY_MIN`` % (local choice, default 30; the field holds percent: 35 for 35 %).
    老旧厂房
        industrial buildings completed on or before ``OLD_BEFORE`` that stand on a 低效 parcel
        (``ie_flag`` 1) or are marked 停产 (``STOPPED_FIELD`` 1 / 是).
    闲置土地, 批而未供
        carried over from LandPlan's outputs: ``idle_flag`` 1, ``unsup_flag`` 1.
Areas
    ``ur_ha`` and ``ur_mu`` (公顷, 亩: :mod:`core.units`); a land-use piece counts its official area
    (三调 ``TBDLMJ``, m²) × the piece's share of the polygon, as the zone check does
    (:func:`core.zone.proportional_area_columns`); other pieces their geometry. ``ur_src`` names the
    layer and the feature id (``LANDUSE #12``), ``ur_reason`` says why (:func:`piece_columns`).

Negative list (one output feature per project; :func:`screening_columns`)
    The six conditions of 九2, each checked only when its layers are given:
    1 三区三线 — outside the 城镇开发边界, or on 永久基本农田 or 生态保护红线; 2 历史文化保护 lines and
    ranges; 3 生态环境管控 zones; 4 areas over 交通、市政、公共服务 capacity; 5 高度管控 — a height zone
    the project meets whose limit is **below** the planned height (a limit is a maximum: a height
    equal to it is allowed); 6 其他 — a non-empty 其他情形 field (words meaning "none" — 无, 否, / … —
    do not count). An overlap (or the part outside the boundary) **under** ``MIN_OVERLAP`` m²
    (default 10; a local choice) is a digitising sliver: it does not list the project and is named
    in ``rs_reason``. ``rs_listed`` 1 when a condition holds; ``rs_conds`` the condition numbers
    joined with 、; ``rs_ov_m2`` the sum of the listing overlaps (a piece under two conditions
    counts under each). 无体检不更新 (十5): ``rs_checkup`` 1 when a 城市体检 reference is given, else 0
    and named in ``rs_reason``; it is not one of the six conditions. A project without a planned
    height is not checked against the height zones (named).
"""
import datetime as _dt
import os
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

from .contract import is_flagged
from .dates import parse_date
from .datafile import check_header, data_path, read_json
from .landuse import code_matches
from .lazy import lazy_module
from .units import M2_PER_HA, M2_PER_MU
from .values import (BAD_TEXT, Problem, is_missing, map_distinct,
                     parse_number_array, raw_text)

np = lazy_module("numpy")

__all__ = [
    "CLASSES", "CLASS_OLD_ESTATE", "CLASS_VILLAGE", "CLASS_LOW_INDUSTRIAL", "CLASS_LOW_BUILDING",
    "CLASS_OLD_FACTORY", "CLASS_IDLE", "CLASS_UNSUPPLIED", "ROUTE_INSIDE", "ROUTE_OUTSIDE", "RING_INSIDE",
    "RING_OUTSIDE", "DEFAULT_OLD_BEFORE", "DEFAULT_VACANCY_MIN", "DEFAULT_MIN_OVERLAP", "CONDITIONS",
    "OVERLAP_KEYS", "CARRIED_CLASSES", "RenewalCodes", "CodesError", "load_codes", "landuse_columns",
    "building_columns", "old_estate_columns", "old_factory_columns", "low_building_reasons", "carried_columns",
    "piece_columns", "resource_totals", "REPORT_TITLE", "report_lines", "resources_ledger_sheet", "screening_columns",
    "screening_ledger_sheet",
]

CLASS_OLD_ESTATE = "老旧小区"
CLASS_VILLAGE = "城中村"
CLASS_LOW_INDUSTRIAL = "低效工业用地"
CLASS_LOW_BUILDING = "低效楼宇"
CLASS_OLD_FACTORY = "老旧厂房"
CLASS_IDLE = "闲置土地"
CLASS_UNSUPPLIED = "批而未供"
CLASSES = (CLASS_OLD_ESTATE, CLASS_VILLAGE, CLASS_LOW_INDUSTRIAL, CLASS_LOW_BUILDING, CLASS_OLD_FACTORY,
           CLASS_IDLE, CLASS_UNSUPPLIED)
ROUTE_INSIDE = "再开发"
ROUTE_OUTSIDE = "转型升级"
RING_INSIDE = "三环以内"
RING_OUTSIDE = "三环以外"
DEFAULT_OLD_BEFORE = _dt.date(2000, 12, 31)
DEFAULT_VACANCY_MIN = 30.0
DEFAULT_MIN_OVERLAP = 10.0
CODES_FORMAT = "landplan-renewal/1"
#: building uses (keys of the code file's ``building_uses``)
USE_RESIDENTIAL, USE_COMMERCIAL, USE_OFFICE, USE_INDUSTRIAL = "住宅", "商业", "办公", "工业"
USE_OTHER = "其他"

#: condition number → its name in 九2
CONDITIONS = {1: "三区三线", 2: "历史文化保护", 3: "生态环境管控", 4: "承载能力", 5: "高度管控", 6: "其他情形"}
#: overlap key → (condition, what the reason calls it)
OVERLAP_KEYS = {
    "outside": (1, "位于城镇开发边界外"), "farmland": (1, "占用永久基本农田"),
    "redline": (1, "占用生态保护红线"), "heritage": (2, "涉及历史文化保护线/范围"),
    "eco": (3, "位于生态环境管控区"), "capacity": (4, "位于承载能力超限区域"),
}
#: values of the 其他情形 field that mean "none" (after NFKC, upper case, spaces removed)
NONE_WORDS = frozenset(["无", "否", "没有", "不涉及", "/", "-", "--", "—", "——", "NONE", "N/A", "NA", "0", "NO"])
_REL_TOL = 1e-9


# ---------------------------------------------------------------------------------------------
# code lists (resources/renewal/renewal_codes.json)

class CodesError(ValueError):
    """A code file that cannot be used (message in Chinese, names the file)."""


@dataclass
class RenewalCodes:
    """Residential and village land-use codes per classification, the settlement codes that mean
    "in the city", the words of each building use (see ``resources/renewal/README.md``)."""
    id: str
    name: str
    residential: Dict[str, List[str]]
    village: Dict[str, List[str]]
    city_settlement: List[str]
    building_uses: Dict[str, List[str]] = field(default_factory=dict)
    path: str = ""


def _err(path, text):
    return CodesError("城市更新代码表「%s」%s" % (path, text))


def load_codes(id_or_path="renewal_codes") -> RenewalCodes:
    """The code file by id (``resources/renewal/<id>.json``) or path; :class:`CodesError` when it
    is missing or malformed."""
    from ..paths import resources_dir
    path = data_path(id_or_path, os.path.join(resources_dir(), "renewal"))
    if not os.path.isfile(path):
        raise _err(path, "不存在")
    data = read_json(path, _err)
    check_header(data, path, CODES_FORMAT, _err)
    for key in ("residential", "village", "building_uses"):
        if not isinstance(data.get(key), dict) or not data[key]:
            raise _err(path, "缺少「%s」" % key)
    if not isinstance(data.get("city_settlement"), list):
        raise _err(path, "缺少「city_settlement」")
    uses = (USE_RESIDENTIAL, USE_COMMERCIAL, USE_OFFICE, USE_INDUSTRIAL)
    missing = [u for u in uses if u not in data["building_uses"]]
    if missing:
        raise _err(path, "的 building_uses 缺少「%s」" % "、".join(missing))
    return RenewalCodes(data["id"], data["name"], data["residential"], data["village"],
                        [str(c).strip().upper() for c in data["city_settlement"]], data["building_uses"], path)


def _text(raw):
    return "" if is_missing(raw) else unicodedata.normalize("NFKC", str(raw)).strip()


# ---------------------------------------------------------------------------------------------
# land use

def landuse_columns(raw_codes, raw_settlement, codes: RenewalCodes, preset):
    """Which land-use polygons are renewal land: (kind object array — ``"residential"``,
    ``"village"`` (城中村), ``"rural"`` (village land outside the city: not 城中村) or None —, the
    城中村 reasons (None elsewhere)). ``raw_settlement`` None: the layer has no 城镇村属性码, every
    village polygon is 城中村. ``preset``: the :class:`~.landuse.LandUsePreset` (its id picks the
    code lists)."""
    residential = codes.residential.get(preset.id, [])
    village = codes.village.get(preset.id, [])
    city = set(codes.city_settlement)

    def kind_of(code):
        if code and code_matches(code, residential):
            return "residential"
        if code and code_matches(code, village):
            return "village"
        return None
    norm = map_distinct(raw_codes, preset.normalise)
    kinds = np.array(map_distinct(norm, kind_of), dtype=object)
    settle = [""] * len(norm) if raw_settlement is None else map_distinct(raw_settlement, lambda v: _text(v).upper())
    reasons = np.full(len(norm), None, dtype=object)
    for i in np.flatnonzero(kinds == "village").tolist():
        if settle[i] and settle[i] not in city:
            kinds[i] = "rural"
            continue
        reasons[i] = "村庄宅基地（%s）%s" % (norm[i], "，城镇村属性码%s" % settle[i] if settle[i] else "")
    return kinds, reasons


# ---------------------------------------------------------------------------------------------
# buildings

_YEAR_ONLY = re.compile(r"^(\d{4})(?:\.0*)?(?:年)?$")


def _built_date(raw, field_name):
    """(date, problem): a year alone (1998, '1998', '1998年') is that year's last day; else a date
    as :func:`core.dates.parse_date` reads it."""
    if is_missing(raw):
        return None, None
    text = unicodedata.normalize("NFKC", str(raw)).strip() if not isinstance(raw, _dt.date) else ""
    m = _YEAR_ONLY.match(text)
    if m and 1800 <= int(m.group(1)) <= 2100:
        return _dt.date(int(m.group(1)), 12, 31), None
    return parse_date(raw, field_name)


@dataclass
class BuildingColumns:
    """Per building: ``use`` (住宅/商业/办公/工业/其他, None when empty), ``built`` (date or None), ``old`` (1.0,
    0.0, NaN: year unknown), ``vacancy`` (%, NaN), ``stopped`` (bool), ``low_building`` (bool: a
    低效楼宇), ``home`` (bool: counts for the 老旧小区 rule — 住宅 or no use, with a readable year),
    ``problems`` [(row, Problem)]."""
    use: object
    built: object
    old: object
    vacancy: object
    stopped: object
    low_building: object
    home: object
    problems: list


def building_columns(raw_years, raw_uses, raw_vacancy, raw_stopped, old_before, vacancy_min, codes,
                     names=("建成年份", "用途", "空置率", "停产")):
    """The building rules on one batch (``raw_uses``/``raw_vacancy``/``raw_stopped`` None: the
    layer lacks the field). Old: completed on or before ``old_before``; 低效楼宇: 办公 or 商业 with a
    vacancy at or above ``vacancy_min`` %."""
    n = len(raw_years)
    problems = []
    dates = map_distinct(raw_years, lambda v: _built_date(v, names[0]))
    built = np.array([d for d, _ in dates], dtype=object)
    problems += [(i, p) for i, (_, p) in enumerate(dates) if p is not None]
    old = np.array([np.nan if d is None else float(d <= old_before) for d in built.tolist()], dtype=float)
    words = {}
    for use, texts in codes.building_uses.items():
        for t in [use] + list(texts):
            words[unicodedata.normalize("NFKC", str(t)).strip().lower()] = use

    def use_of(raw):
        text = _text(raw).lower()
        if not text:
            message = "字段「%s」为空：不参与楼宇、厂房认定（住宅用地上的按住宅计）" % names[1]
            return None, Problem(BAD_TEXT, str(names[1]), "", message)
        if text in words:
            return words[text], None
        if text.startswith(("非", "不是")):      # 非住宅: not a use by a word it contains
            return USE_OTHER, None
        return next((u for w, u in words.items() if w and w in text), USE_OTHER), None
    if raw_uses is None:
        use = np.full(n, None, dtype=object)
    else:
        uses = map_distinct(raw_uses, use_of)
        use = np.array([u for u, _ in uses], dtype=object)
        problems += [(i, p) for i, (_, p) in enumerate(uses) if p is not None]
    vacancy = np.full(n, np.nan)
    if raw_vacancy is not None:
        vacancy, vproblems = parse_number_array(raw_vacancy, names[2])
        problems += sorted(vproblems.items())
    stopped = np.zeros(n, dtype=bool) if raw_stopped is None else np.array(
        map_distinct(raw_stopped, lambda v: is_flagged(v) or _text(v) in ("是", "停产")), dtype=bool)
    office = np.isin(use, [USE_OFFICE, USE_COMMERCIAL])
    with np.errstate(invalid="ignore"):
        low = office & (vacancy >= float(vacancy_min) * (1.0 - _REL_TOL))
    home = (np.isin(use, [USE_RESIDENTIAL]) | np.array([u is None for u in use.tolist()], dtype=bool)) & ~np.isnan(old)
    return BuildingColumns(use, built, old, vacancy, stopped, low, home, problems)


def old_estate_columns(old_m2, dated_m2, n_old, n_dated, old_before):
    """Residential polygons: (bool array — 老旧小区 when the old share of the dated residential
    footprint is more than half —, object array of reasons; None where not old)."""
    old, dated = np.asarray(old_m2, dtype=float), np.asarray(dated_m2, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(dated > 0, old / np.where(dated > 0, dated, 1.0), np.nan)
    keep = share > 0.5
    reasons = np.full(len(old), None, dtype=object)
    for i in np.flatnonzero(keep).tolist():
        reasons[i] = "住宅建筑占地的%.0f%%（%d栋中%d栋）于%s及以前建成" % (
            share[i] * 100.0, int(n_dated[i]), int(n_old[i]), old_before.isoformat())
    return keep, reasons


def old_factory_columns(cols: BuildingColumns, on_low_parcel, old_before):
    """老旧厂房: (bool array, reasons) — industrial, completed on or before ``old_before``, on a 低效
    parcel or 停产."""
    on_low = np.asarray(on_low_parcel, dtype=bool)
    keep = (cols.use == USE_INDUSTRIAL) & (cols.old == 1.0) & (on_low | cols.stopped)
    reasons = np.full(len(keep), None, dtype=object)
    for i in np.flatnonzero(keep).tolist():
        why = "、".join(w for w, hit in (("位于低效工业用地", on_low[i]), ("停产", cols.stopped[i])) if hit)
        reasons[i] = "工业建筑，%s建成（%s及以前），%s" % (cols.built[i].isoformat(), old_before.isoformat(), why)
    return keep, reasons


def low_building_reasons(cols: BuildingColumns, vacancy_min):
    """Reasons of the 低效楼宇 rows of ``cols`` (None elsewhere)."""
    out = np.full(len(cols.use), None, dtype=object)
    for i in np.flatnonzero(cols.low_building).tolist():
        out[i] = "%s楼宇空置率%.1f%%，不低于%.1f%%" % (cols.use[i], cols.vacancy[i], float(vacancy_min))
    return out


# ---------------------------------------------------------------------------------------------
# LandPlan's own results carried over

#: kind of LandPlan result → the class its flagged features are
CARRIED_CLASSES = {"ie": CLASS_LOW_INDUSTRIAL, "idle": CLASS_IDLE, "unsup": CLASS_UNSUPPLIED}
_CARRIED = {
    "ie": (CLASS_LOW_INDUSTRIAL, "低效类型：%s"),
    "idle": (CLASS_IDLE, "闲置阶段：%s"),
    "unsup": (CLASS_UNSUPPLIED, "批准后满%s年未供"),
}


def carried_columns(kind, raw_flags, raw_detail=None):
    """LandPlan's results (``kind`` ie / idle / unsup): (bool array — flag 1 —, reasons). The
    detail column (``ie_type``, ``idle_stage``, ``unsup_yrs``; None: none) goes into the reason."""
    cls, pattern = _CARRIED[kind]
    keep = np.array(map_distinct(raw_flags, is_flagged), dtype=bool)
    reasons = np.full(len(keep), None, dtype=object)
    details = [None] * len(keep) if raw_detail is None else list(raw_detail)
    for i in np.flatnonzero(keep).tolist():
        d = _text(details[i])
        if re.fullmatch(r"\d+\.0+", d):
            d = d.split(".")[0]
        reasons[i] = "LandPlan认定为%s" % cls + ("（%s）" % (pattern % d) if d else "")
    return keep, reasons


# ---------------------------------------------------------------------------------------------
# output pieces

def piece_columns(classes, area_m2, sources, inside, details):
    """The output columns of a batch of pieces: ``classes`` (one of :data:`CLASSES`), ``area_m2``,
    ``sources`` (``LAYER #fid``), ``inside`` (float: 1 inside the 工业区块线 / 三环 polygon, 0
    outside, NaN: no such layer or not asked), ``details`` (the rule's reason).
    Returns {ur_class, ur_route, ur_ring, ur_ha, ur_mu, ur_src, ur_reason} (arrays)."""
    cls = np.asarray(classes, dtype=object)
    area = np.asarray(area_m2, dtype=float)
    ins = np.asarray(inside, dtype=float)
    n = len(cls)
    route = np.full(n, None, dtype=object)
    ring = np.full(n, None, dtype=object)
    reasons = np.full(n, None, dtype=object)
    for i in range(n):
        c, where = cls[i], ins[i]
        text = "%s：%s" % (c, details[i] or "")
        if c == CLASS_LOW_INDUSTRIAL:
            if where == where:
                route[i] = ROUTE_INSIDE if where == 1.0 else ROUTE_OUTSIDE
                text += "；工业区块线%s，%s" % (
                    ("内", "再开发（保障制造业空间）") if where == 1.0 else ("外", "转型升级"))
            else:
                text += "；未提供工业区块线，更新方式待定"
        elif c == CLASS_VILLAGE:
            if where == where:
                ring[i] = RING_INSIDE if where == 1.0 else RING_OUTSIDE
                text += "；位于%s" % ring[i]
            else:
                text += "；未提供三环范围"
        reasons[i] = text + "；面积%.4f公顷" % (area[i] / M2_PER_HA)
    return {"ur_class": cls, "ur_route": route, "ur_ring": ring, "ur_ha": area / M2_PER_HA,
            "ur_mu": area / M2_PER_MU, "ur_src": np.asarray(sources, dtype=object), "ur_reason": reasons}


def resource_totals(classes, routes, rings, ha) -> List[Tuple[str, int, float]]:
    """(class with its route or ring, pieces, 公顷) per class in :data:`CLASSES` order, then route /
    ring; classes with no piece left out."""
    totals = {}
    for c, r, g, a in zip(classes, routes, rings, ha):
        key = c + ("·" + (r or g) if (r or g) else "")
        n, s = totals.get(key, (0, 0.0))
        totals[key] = (n + 1, s + float(a or 0.0))
    order = {c: k for k, c in enumerate(CLASSES)}
    keys = sorted(totals, key=lambda k: (order.get(k.split("·")[0], 99), k))
    return [(k, totals[k][0], totals[k][1]) for k in keys]


#: the title of the map page (a Chinese document, like the reasons and the ledger)
REPORT_TITLE = "城市更新资源分布图"


def report_lines(rows, old_before, vacancy_min) -> List[str]:
    """The text of the 城市更新资源 map page: totals per class (and route / ring), then the
    readings used; ``rows``: dicts with the output fields."""
    totals = resource_totals([r["ur_class"] for r in rows], [r["ur_route"] for r in rows],
                             [r["ur_ring"] for r in rows], [r["ur_ha"] for r in rows])
    lines = ["%s：%d处，%.2f公顷（%.1f亩）" % (key, n, ha, ha * 15.0) for key, n, ha in totals]
    total = sum(float(r["ur_ha"] or 0.0) for r in rows)
    lines.append("合计：%d处，%.2f公顷（同一地块可兼有多类，分别计入）" % (len(rows), total))
    lines.append("老旧小区：%s及以前建成；低效楼宇：空置率不低于%.0f%%；工业区块线内低效工业用地再开发、区块线外转型升级"
                 % (old_before.isoformat(), float(vacancy_min)))
    return lines


def resources_ledger_sheet(rows, old_before, vacancy_min):
    """(sheet name, title, header, rows) of the 城市更新资源 ledger sheet; ``rows``: dicts with the
    output fields. Sorted by class (:data:`CLASSES` order), then source; a totals block closes it."""
    order = {c: k for k, c in enumerate(CLASSES)}
    body = sorted(rows, key=lambda r: (order.get(r["ur_class"], 99), str(r["ur_src"])))
    header = ["更新对象类别", "更新方式/区位", "面积(公顷)", "面积(亩)", "来源", "认定理由"]
    out = [[r["ur_class"], r["ur_route"] or r["ur_ring"] or "", round(r["ur_ha"], 4), round(r["ur_mu"], 2),
            r["ur_src"], r["ur_reason"]] for r in body]
    for key, n, ha in resource_totals([r["ur_class"] for r in body], [r["ur_route"] for r in body],
                                      [r["ur_ring"] for r in body], [r["ur_ha"] for r in body]):
        out.append(["合计：%s" % key, "%d处" % n, round(ha, 4), round(ha * 15.0, 2), "", ""])
    out.append(["说明：老旧小区为%s及以前建成；低效楼宇空置率不低于%.0f%%；工业区块线内低效工业用地再开发、区块线外转型升级"
                % (old_before.isoformat(), float(vacancy_min))] + [None] * (len(header) - 1))
    return "城市更新资源", "城市更新资源清单", header, out


# ---------------------------------------------------------------------------------------------
# negative list

def _none_word(text):
    return re.sub(r"\s+", "", text).upper() in NONE_WORDS


def screening_columns(n, overlaps, raw_heights, height_zones, raw_others, raw_checkups, min_overlap,
                      names=("规划高度", "限高", "其他情形"), no_geometry=None):
    """The negative list on a batch of ``n`` projects.

    ``overlaps``: {key of :data:`OVERLAP_KEYS`: float array of m² (the part outside the boundary
    for ``outside``)}, only the layers given; ``raw_heights``: planned heights (None: no field);
    ``height_zones``: per project a list of (raw limit, overlap m²) of the height zones it meets
    (None: no height layer); ``raw_others``: the 其他情形 values (None: no field); ``raw_checkups``:
    the 城市体检 references (None: no field — every project is then 0); ``no_geometry``: per project
    True when it has no usable geometry (its spatial conditions unchecked, said). Returns ({rs_listed,
    rs_conds, rs_reason, rs_ov_m2, rs_checkup}, problems [(row, Problem)])."""
    minimum = max(0.0, float(min_overlap))
    problems = []
    conds = [dict() for _ in range(n)]       # condition → [texts]
    ov = np.zeros(n)
    notes = [["几何为空，空间条件未核查"] if no_geometry is not None and no_geometry[i] else [] for i in range(n)]
    for key, areas in overlaps.items():
        cond, label = OVERLAP_KEYS[key]
        a = np.asarray(areas, dtype=float)
        for i in np.flatnonzero(a > 0).tolist():
            if a[i] >= minimum * (1.0 - _REL_TOL):
                conds[i].setdefault(cond, []).append("%s%.2f平方米" % (label, a[i]))
                ov[i] += a[i]
            else:
                notes[i].append("%s%.2f平方米，小于%.0f平方米，视为边界误差不计" % (label, a[i], minimum))
    if height_zones is not None:
        heights = parse_number_array(raw_heights, names[0]) if raw_heights is not None else (np.full(n, np.nan), {})
        problems += sorted(heights[1].items())
        for i, zones in enumerate(height_zones):
            usable = [(z, a) for z, a in zones if a > 0]
            if not usable:
                continue
            if heights[0][i] != heights[0][i]:
                notes[i].append("规划高度缺失，高度管控未核查")
                continue
            h = heights[0][i]
            limits, lproblems = parse_number_array([z for z, _ in usable], names[1])
            problems += [(i, p) for p in lproblems.values()]
            if np.isnan(limits).any():
                notes[i].append("所在高度管控区限高缺失或无法识别，该区未核查")
            over = [(lim, a) for lim, (_, a) in zip(limits.tolist(), usable) if lim == lim and h > lim * (1 + _REL_TOL)]
            big = [(lim, a) for lim, a in over if a >= minimum * (1.0 - _REL_TOL)]
            for lim, a in over:
                if (lim, a) not in big:
                    notes[i].append("与限高%g米区域重叠%.2f平方米，小于%.0f平方米，视为边界误差不计"
                                    % (lim, a, minimum))
            if big:
                lowest = min(lim for lim, _ in big)
                conds[i].setdefault(5, []).append("规划高度%g米，超过限高%g米" % (h, lowest))
                ov[i] += sum(a for _, a in big)
    if raw_others is not None:
        for i, raw in enumerate(raw_others):
            text = _text(raw)
            if text and not _none_word(text):
                conds[i].setdefault(6, []).append("其他情形：%s" % raw_text(text, 80))
    checkup = np.zeros(n, dtype=np.int64)
    if raw_checkups is not None:
        checkup = np.array([0 if _text(v) == "" or _none_word(_text(v)) else 1 for v in raw_checkups], dtype=np.int64)
    listed = np.array([1 if c else 0 for c in conds], dtype=np.int64)
    cond_text = np.full(n, None, dtype=object)
    reasons = np.full(n, None, dtype=object)
    for i in range(n):
        parts = []
        if conds[i]:
            keys = sorted(conds[i])
            cond_text[i] = "、".join(str(k) for k in keys)
            parts.append("列入负面清单：" + "；".join(
                "%d %s（%s）" % (k, CONDITIONS[k], "，".join(conds[i][k])) for k in keys))
        else:
            parts.append("未列入负面清单")
        parts += notes[i]
        if not checkup[i]:
            parts.append("无城市体检编号（无体检不更新），请补充体检结论")
        reasons[i] = "；".join(parts)
    return ({"rs_listed": listed, "rs_conds": cond_text, "rs_reason": reasons,
             "rs_ov_m2": np.where(listed == 1, ov, 0.0), "rs_checkup": checkup}, problems)


def screening_ledger_sheet(ids, cols, min_overlap):
    """(sheet name, title, header, rows) of the 更新项目负面清单 ledger sheet: listed projects first,
    then those without a 体检 reference, then the rest; a count line closes it."""
    n = len(ids)
    order = sorted(range(n), key=lambda i: (-int(cols["rs_listed"][i]), int(cols["rs_checkup"][i]), str(ids[i])))
    header = ["项目编号", "是否列入负面清单", "涉及情形", "重叠面积(平方米)", "有无城市体检", "核查说明"]
    rows = [[ids[i], "是" if cols["rs_listed"][i] else "否", cols["rs_conds"][i] or "",
             round(float(cols["rs_ov_m2"][i]), 2), "有" if cols["rs_checkup"][i] else "无", cols["rs_reason"][i]]
            for i in order]
    listed = int(np.sum(cols["rs_listed"])) if n else 0
    no_check = int(n - np.sum(cols["rs_checkup"])) if n else 0
    total = "合计：项目%d个，列入负面清单%d个，无城市体检%d个；重叠面积小于%.0f平方米不计" % (
        n, listed, no_check, float(min_overlap))
    rows.append([total] + [None] * (len(header) - 1))
    return "更新项目负面清单", "城市更新项目负面清单核查", header, rows

"""城市更新单元评估 — every rule of ``landplan:renewalunits`` (《郑州市城市更新专项规划》 八3
城市更新单元分类指引, 七6 300 米见绿、500 米见园 and 铁路两侧 50 米防护带, 六1 更新对象).

The engine does the geometry — clip land use, renewal resources, key areas and new areas to each
unit, buffer green spaces, parks and railways, measure — and hands areas and distances to this
module, which decides every share, class and reason.

Construction land (the base of the shares)
    the unit's land-use pieces that the zone check counts as 建设用地 (:func:`landuse_roles`, the
    classification preset of ``resources/landuse``; water, farmland and unknown codes are left
    out). A piece's area is its geometry area, or — when the land use carries an official area
    (三调 ``TBDLMJ``) — that area × (piece ÷ whole polygon) (:func:`.zone.proportional_area_columns`);
    the parts of a piece (四旧一村, 城中村, 低效, covered by green) are scaled by the same factor.
四旧一村 share (``ru_old_pct``)
    construction land covered by a renewal resource of a class in ``old_classes``
    (``resources/renewal/units.json``: 老旧小区, 老旧街区, 老旧厂房, 老旧市场, 城中村 / 城边村) ÷
    construction land × 100. 低效工业用地 is not 四旧一村. ``ru_vil_ha`` the 城中村 part,
    ``ru_low_ha`` the construction land covered by 低效 resources (``low_classes``: 低效工业用地),
    ``ru_low_pct`` its share.
Vacancy (``ru_vac_pct``)
    the buildings placed in the unit (a point on their surface), weighted by floor area
    (``FLOOR_AREA_FIELD``; the footprint when the floor area is missing): Σ vacancy × weight ÷
    Σ weight over buildings with a readable vacancy; NULL without any.
Unit type (:func:`unit_types`), in this order
    1. 重点更新单元 — the unit overlaps a key area (重要中心区、产业集聚区、商业集中区、历史文化资源
       富集区 …; an overlap of at least :data:`KEY_MIN_OVERLAP_M2` m², so a shared edge or a
       digitising sliver does not count) or a TOD circle (a station at most ``TOD_RADIUS`` m from
       the unit's edge), whatever its 四旧一村 share;
    2. 一般更新单元 — 四旧一村 share ≥ ``GENERAL_SHARE`` %;
    3. 优化提升单元 — at least half of the unit lies in a 城市新区 / 新建园区 (``NEW_AREAS``) and
       its 低效 share or its vacancy is above ``GAP_SHARE`` %;
    4. 不划入.
300 米见绿、500 米见园 (:func:`green_classes`, :func:`coverage_columns`)
    a green space counts for 见绿 when its own area is at least ``GREEN_MIN_AREA`` m², a park for
    见园 when at least ``PARK_MIN_AREA`` m²; residential land within ``GREEN_DIST`` m of such a
    green space's edge (``PARK_DIST`` of a park's) is covered; ``ru_grn_pct`` / ``ru_prk_pct`` =
    covered ÷ the unit's residential land × 100 (NULL without residential land or without a
    green layer). Residential land: 住宅用地 and 村庄宅基地 of ``resources/renewal/renewal_codes.json``
    (the lists ``landplan:renewalresources`` uses; 三调 0701, 0702).
Railway belt (:func:`rail_columns`)
    a building whose footprint comes within ``RAIL_BELT`` m of a railway (distance from the line,
    or from a railway polygon's edge) is inside the 防护带; per unit the number and the floor area
    (the footprint when the floor area is missing).
"""
import os
import unicodedata
from dataclasses import dataclass
from typing import Tuple

from .contract import RENEWAL_UNIT_FIELDS as UNIT_FIELDS, UNCOVERED_FIELDS
from .datafile import check_header, data_path, read_json
from .landuse import classify_array, code_matches, load_preset
from .lazy import lazy_module
from .units import M2_PER_HA
from .values import parse_number_array
from .zone import fmt_threshold, proportional_area_columns, rate_pct_columns

np = lazy_module("numpy")

__all__ = [
    "TYPE_KEY", "TYPE_GENERAL", "TYPE_OPTIMISE", "TYPE_NONE", "TYPES",
    "DEFAULT_TOD_RADIUS", "DEFAULT_GREEN_MIN_AREA", "DEFAULT_PARK_MIN_AREA", "DEFAULT_GREEN_DIST",
    "DEFAULT_PARK_DIST", "DEFAULT_RAIL_BELT", "DEFAULT_GENERAL_SHARE", "DEFAULT_GAP_SHARE",
    "KEY_MIN_OVERLAP_M2", "NEW_AREA_MIN_SHARE", "UNIT_FIELDS", "UNCOVERED_FIELDS",
    "RenewalRules", "RulesError", "load_rules", "landuse_roles", "unit_landuse_columns",
    "green_classes", "coverage_columns", "vacancy_columns", "rail_columns", "resource_columns",
    "unit_types", "uncovered_reasons", "ledger_sheet",
]

TYPE_KEY = "重点更新单元"
TYPE_GENERAL = "一般更新单元"
TYPE_OPTIMISE = "优化提升单元"
TYPE_NONE = "不划入"
TYPES = (TYPE_KEY, TYPE_GENERAL, TYPE_OPTIMISE, TYPE_NONE)

DEFAULT_TOD_RADIUS = 800.0       # m (TOD 重点区域; local choice of the radius: the plan names TOD areas)
DEFAULT_GREEN_MIN_AREA = 400.0   # m²
DEFAULT_PARK_MIN_AREA = 10000.0  # m²
DEFAULT_GREEN_DIST = 300.0       # m (300 米见绿)
DEFAULT_PARK_DIST = 500.0        # m (500 米见园)
DEFAULT_RAIL_BELT = 50.0         # m (铁路两侧 50 米防护带)
DEFAULT_GENERAL_SHARE = 30.0     # % (local choice)
DEFAULT_GAP_SHARE = 20.0         # % (local choice)
#: a key area counts when it overlaps the unit by at least this much (m²): shared edges and
#: digitising slivers do not make a unit 重点
KEY_MIN_OVERLAP_M2 = 1.0
#: a unit "lies in" the new areas when at least this share of its area does
NEW_AREA_MIN_SHARE = 0.5
#: relative tolerance of the thresholds (a unit drawn at exactly 30 % reaches 30 %)
_TOL = 1e-9

FORMAT = "landplan-renewal-units/1"


class RulesError(ValueError):
    """A rules file that cannot be used (message in Chinese, names the file)."""


@dataclass
class RenewalRules:
    """``resources/renewal/units.json``: the resource classes (``ur_class``) that are 四旧一村, 城中村
    and 低效."""
    old_classes: Tuple[str, ...] = ()
    village_classes: Tuple[str, ...] = ()
    low_classes: Tuple[str, ...] = ()
    path: str = ""


def _err(path, text):
    return RulesError("城市更新口径文件「%s」%s" % (path, text))


def load_rules(id_or_path="units"):
    """The rules file (an id in ``resources/renewal`` or a path); raises :class:`RulesError`."""
    from ..paths import resources_dir
    path = data_path(id_or_path, os.path.join(resources_dir(), "renewal"))
    data = read_json(path, _err)
    check_header(data, path, FORMAT, _err)
    lists = {}
    for key in ("old_classes", "village_classes", "low_classes"):
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _err(path, "中「%s」应为类别名称列表" % key)
        lists[key] = tuple(v.strip() for v in value)
    return RenewalRules(path=path, **lists)


def landuse_roles(raw_codes, preset, codes):
    """What each land-use polygon is to a unit: dict of bool arrays ``construction`` (the zone
    check's 建设用地 base, known codes only), ``residential`` (住宅用地 and 村庄宅基地 of the renewal
    code file ``codes``, :class:`.renewal.RenewalCodes`, for ``preset``) and object array ``code``
    (normalised)."""
    preset = load_preset(preset)
    cls = classify_array(preset, raw_codes)
    patterns = [_norm(p) for p in codes.residential.get(preset.id, []) + codes.village.get(preset.id, [])]
    resid = np.array([bool(c) and code_matches(c, patterns) for c in cls["code"].tolist()], dtype=bool)
    return {"construction": cls["construction"] & cls["known"], "residential": resid, "code": cls["code"]}


def _norm(pattern):
    return unicodedata.normalize("NFKC", str(pattern)).strip().upper()


def _f(values):
    return np.asarray(values, dtype=float)


def unit_landuse_columns(unit_idx, n_units, piece_m2, construction, residential, old_m2, vil_m2, low_m2,
                         grn_m2, prk_m2, whole_m2=None, official_m2=None):
    """Per-unit land-use sums (m²) from the unit's land-use pieces: ``con``, ``old``, ``vil``,
    ``low`` (over construction pieces), ``resi``, ``grn``, ``prk`` (over residential pieces).
    ``old_m2`` … ``prk_m2``: the part of each piece covered (geometry m²; NaN = 0), scaled like the
    piece (official area, see the module doc)."""
    ui = np.asarray(unit_idx, dtype=np.int64)
    piece = _f(piece_m2)
    area = proportional_area_columns(piece, whole_m2, official_m2) if official_m2 is not None else piece
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.where(piece > 0, area / np.where(piece > 0, piece, 1.0), 0.0)
    con = np.asarray(construction, dtype=bool)
    res = np.asarray(residential, dtype=bool)

    def total(mask, part=None):
        value = area if part is None else np.minimum(np.nan_to_num(_f(part)) * factor, area)
        return np.bincount(ui, weights=np.where(mask, value, 0.0), minlength=n_units)
    return {"con": total(con), "old": total(con, old_m2), "vil": total(con, vil_m2), "low": total(con, low_m2),
            "resi": total(res), "grn": total(res, grn_m2), "prk": total(res, prk_m2)}


def green_classes(area_m2, green_min=DEFAULT_GREEN_MIN_AREA, park_min=DEFAULT_PARK_MIN_AREA):
    """(counts for 见绿, counts for 见园) bool arrays: a green space of at least ``green_min`` m²,
    a park of at least ``park_min`` m² (its own area; equal counts)."""
    a = np.nan_to_num(_f(area_m2), nan=0.0)
    return (a > 0) & (a >= green_min * (1 - _TOL)), (a > 0) & (a >= park_min * (1 - _TOL))


def coverage_columns(resi_m2, grn_m2, prk_m2, has_green=True):
    """(``ru_grn_pct``, ``ru_prk_pct``) float arrays: covered residential land ÷ residential land ×
    100; NaN without residential land or without a green layer."""
    resi = _f(resi_m2)
    if not has_green:
        nan = np.full(len(resi), np.nan)
        return nan, nan.copy()
    return (np.minimum(rate_pct_columns(grn_m2, resi), 100.0), np.minimum(rate_pct_columns(prk_m2, resi), 100.0))


def vacancy_columns(unit_idx, n_units, raw_vacancy, raw_floor, footprint_m2, vacancy_name="空置率",
                    floor_name="建筑面积"):
    """Floor-area-weighted vacancy (%) per unit of the buildings placed in it (unit -1 = none):
    (float array, NaN without a readable vacancy; dict of problems {row: Problem}). A vacancy
    is read in % (0–100)."""
    ui = np.asarray(unit_idx, dtype=np.int64)
    vac, problems = parse_number_array(raw_vacancy, vacancy_name)
    weight = _floor_or_footprint(raw_floor, footprint_m2, floor_name, problems)
    ok = (ui >= 0) & ~np.isnan(vac) & (weight > 0)
    idx = np.where(ok, ui, 0)
    num = np.bincount(idx, weights=np.where(ok, vac * weight, 0.0), minlength=n_units)
    den = np.bincount(idx, weights=np.where(ok, weight, 0.0), minlength=n_units)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1.0), np.nan)[:n_units], problems


def _floor_or_footprint(raw_floor, footprint_m2, floor_name, problems):
    footprint = _f(footprint_m2)
    if raw_floor is None:
        return footprint
    floor, floor_problems = parse_number_array(raw_floor, floor_name)
    for i, p in floor_problems.items():
        problems.setdefault(i, p)
    return np.where(floor > 0, floor, footprint)


def rail_columns(unit_idx, n_units, distance_m, belt_m, raw_floor, footprint_m2, floor_name="建筑面积"):
    """Buildings in the railway belt: a building at most ``belt_m`` m from a railway (NaN = no
    railway near) → (in-belt bool array, per-unit count int array, per-unit floor area m² — the
    footprint where the floor area is missing — and the problems {row: Problem})."""
    ui = np.asarray(unit_idx, dtype=np.int64)
    d = _f(distance_m)
    with np.errstate(invalid="ignore"):
        inside = ~np.isnan(d) & (d <= float(belt_m) * (1 + _TOL) + 1e-9)
    problems = {}
    floor = _floor_or_footprint(raw_floor, footprint_m2, floor_name, problems)
    ok = inside & (ui >= 0)
    idx = np.where(ok, ui, 0)
    count = np.bincount(idx, weights=ok.astype(float), minlength=n_units)[:n_units].astype(np.int64)
    m2 = np.bincount(idx, weights=np.where(ok, np.nan_to_num(floor), 0.0), minlength=n_units)[:n_units]
    return inside, count, m2, problems


def resource_columns(per_unit_class_m2, rules):
    """``ru_res`` texts: the renewal resources in each unit by class, 公顷 (``per_unit_class_m2``:
    one {ur_class: m²} per unit); classes in the order first seen, 四旧一村 ones marked."""
    out = np.empty(len(per_unit_class_m2), dtype=object)
    for i, by_class in enumerate(per_unit_class_m2):
        parts = ["%s%s %.2f公顷" % (name, "（四旧一村）" if name in rules.old_classes else "", m2 / M2_PER_HA)
                 for name, m2 in by_class.items() if m2 > 0]
        out[i] = "、".join(parts)[:254] if parts else "无更新资源"
    return out


def _fmt(x, digits=1):
    return ("%%.%df" % digits) % x


def unit_types(key_hits, tod_dist_m, old_pct, new_share, low_pct, vac_pct, tod_radius=DEFAULT_TOD_RADIUS,
               general_share=DEFAULT_GENERAL_SHARE, gap_share=DEFAULT_GAP_SHARE, has_geometry=None):
    """The suggested unit type and its reason (module doc, 八3), per unit: object arrays
    (``ru_type``, ``ru_reason``). ``key_hits``: per unit a list of (key-area type or name, overlap
    m²); ``tod_dist_m``: the distance from the unit to the nearest station (NaN = none given or
    none near); ``old_pct`` / ``low_pct`` / ``vac_pct``: NaN = NULL; ``new_share``: the share
    (0…1) of the unit inside the new areas (NaN = no new-area layer); ``has_geometry``: False for a
    unit without a usable polygon (type NULL, not assessed)."""
    n = len(key_hits)
    tod = _f(tod_dist_m)
    old, low, vac, new = _f(old_pct), _f(low_pct), _f(vac_pct), _f(new_share)
    types = np.empty(n, dtype=object)
    reasons = np.empty(n, dtype=object)
    for i in range(n):
        if has_geometry is not None and not has_geometry[i]:
            types[i], reasons[i] = None, "单元几何为空，未评估"
            continue
        share = "四旧一村占建设用地%s%%" % _fmt(old[i]) if not np.isnan(old[i]) else "无建设用地，四旧一村占比不可算"
        keys = []
        for name, m2 in key_hits[i]:
            if m2 is not None and m2 >= KEY_MIN_OVERLAP_M2 and name not in keys:
                keys.append(name)
        near = not np.isnan(tod[i]) and tod[i] <= tod_radius * (1 + _TOL) + 1e-9
        if keys or near:
            why = []
            if keys:
                why.append("与%s相交" % "、".join(keys))
            if near:
                why.append("距轨道站点%sm（TOD范围%sm内）" % (_fmt(tod[i], 0), _fmt(tod_radius, 0)))
            types[i], reasons[i] = TYPE_KEY, "重点更新单元：%s；%s（重点单元不看占比）" % ("，".join(why), share)
            continue
        if not np.isnan(old[i]) and old[i] >= general_share * (1 - _TOL):
            types[i] = TYPE_GENERAL
            reasons[i] = "一般更新单元：不在重点功能区，%s，不低于%s%%" % (share, fmt_threshold(general_share))
            continue
        in_new = not np.isnan(new[i]) and new[i] >= NEW_AREA_MIN_SHARE * (1 - _TOL)
        gaps = []
        if not np.isnan(low[i]) and low[i] > gap_share * (1 + _TOL):
            gaps.append("低效用地占建设用地%s%%" % _fmt(low[i]))
        if not np.isnan(vac[i]) and vac[i] > gap_share * (1 + _TOL):
            gaps.append("建筑空置率%s%%" % _fmt(vac[i]))
        if in_new and gaps:
            types[i] = TYPE_OPTIMISE
            reasons[i] = "优化提升单元：%s%%位于城市新区或新建园区，%s，高于%s%%；%s" % (
                _fmt(new[i] * 100), "、".join(gaps), fmt_threshold(gap_share), share)
            continue
        types[i] = TYPE_NONE
        why = ["%s，低于%s%%" % (share, fmt_threshold(general_share))]
        if np.isnan(new[i]):
            why.append("未给城市新区图层")
        elif not in_new:
            why.append("不在城市新区或新建园区（%s%%）" % _fmt(new[i] * 100))
        else:
            why.append("位于城市新区但低效占比与空置率均不高于%s%%" % fmt_threshold(gap_share))
        reasons[i] = "不划入更新单元：" + "；".join(why)
    return types, reasons


def uncovered_reasons(piece_m2, in_park, green_dist=DEFAULT_GREEN_DIST, park_dist=DEFAULT_PARK_DIST,
                      green_min=DEFAULT_GREEN_MIN_AREA, park_min=DEFAULT_PARK_MIN_AREA):
    """Reasons of the residential pieces outside ``green_dist`` of every green space (``in_park``:
    whether the piece still lies within ``park_dist`` of a park; NaN/None = no)."""
    out = np.empty(len(piece_m2), dtype=object)
    for i, (m2, park) in enumerate(zip(_f(piece_m2).tolist(), list(in_park))):
        gd, pd = _fmt(green_dist, 0), _fmt(park_dist, 0)
        text = "住宅用地%s㎡距%s㎡以上绿地超过%sm（未达%s米见绿）" % (_fmt(m2, 0), _fmt(green_min, 0), gd, gd)
        if not park:
            text += "，且距%s㎡以上公园超过%sm（未达%s米见园）" % (_fmt(park_min, 0), pd, pd)
        out[i] = text
    return out


def ledger_sheet(names, columns):
    """(sheet name, title, header, rows) of the 城市更新单元评估 ledger sheet: one row per unit
    (12 columns, so that it prints one unit a line), 公顷 2 decimals, % 1 decimal (``columns``: the
    output columns by field name)."""
    def r(v, k):
        return None if v is None or v != v else round(float(v), k)
    header = ["更新单元", "建议类型", "建设用地(公顷)", "四旧一村(公顷)", "四旧一村占比(%)",
              "城中村(公顷)", "低效用地(公顷)", "300米见绿(%)", "500米见园(%)", "铁路防护带建筑(栋)",
              "防护带建筑面积(㎡)", "理由"]
    rows = []
    for i, name in enumerate(names):
        c = {k: v[i] for k, v in columns.items()}
        rows.append([name, c["ru_type"], r(c["ru_con_ha"], 2), r(c["ru_old_ha"], 2),
                     r(c["ru_old_pct"], 1), r(c["ru_vil_ha"], 2), r(c["ru_low_ha"], 2), r(c["ru_grn_pct"], 1),
                     r(c["ru_prk_pct"], 1), int(c["ru_rail_n"]), r(c["ru_rail_m2"], 1), c["ru_reason"]])
    return "城市更新单元", "城市更新单元评估（《郑州市城市更新专项规划》更新单元分类指引）", header, rows

"""Development-zone industrial land share (工业用地率) and the zone scorecard: every rule of
``landplan:zoneindustrialshare`` (《郑州市工业用地布局规划（2021—2035年）》 第二章三
"以发展工业为主的开发区，其工业用地面积比例达到60%", 第四章二 "按照产业用地不得低于60%的标准";
TD/T 1029 开发区土地集约利用评价).

The engine (QGIS, or the distributed engine) does the geometry — clip land-use polygons to each
zone, find the zone a parcel's inner point falls in — and hands the areas to this module.

Share
    share = industrial land ÷ construction land inside the zone × 100 (工矿仓储用地 ÷ 建设用地, or
    工业用地 only). A share equal to the threshold passes; a relative error of 1e-5 (clipping,
    reprojection between EPSG:4490 and Gauss–Krüger) is tolerated. A zone without construction
    land has no share (ok NULL).
Land-use area of a piece
    the piece's geometry area, or — when the land-use layer carries an official area
    (三调 ``TBDLMJ``, m²) — that area × (piece area ÷ whole polygon area)
    (:func:`proportional_area_columns`).
    An unreadable or non-positive official area falls back to the geometry.
Classes
    a code the classification does not know counts neither as industrial nor as construction land;
    its area is reported (``unk_ha``, ``unk_codes``). Construction land that is industrial counts in
    the numerator and its breakdown key (工业 / 采矿 / 仓储 …).
Which zones are judged (``ZONE_TYPE_FIELD``, ``INDUSTRIAL_TYPES``)
    the plan applies the 60 % to 以发展工业为主的开发区 (第二章三; 郑州 has 14 先进制造业开发区 and 3
    现代服务业开发区). With a zone-type field and the values that mean 工业主导 (compared after NFKC
    and trimming), a zone whose type is another non-empty value is reported but not judged
    (``judged`` 0: ``share_ok``, ``deficit_ha`` and ``def_new_ha`` NULL, the verdict says why); a
    zone with an empty type is judged (our reading: the rule applies unless the zone is known to be
    service-led) and named. Without a field or without values every zone is judged, as before
    (:func:`zone_judging`).
City-wide base (``CITY_OUTPUT``)
    工业用地 ≥ 20 % of 城镇建设用地 by 2025 and ≥ 25 % by 2035 (第二章三). 城镇建设用地 = the
    construction land (the classification's base) of the polygons whose 三调 城镇村属性码
    (``CZCSXM``) is 201 城市 or 202 建制镇, or their 独立工业用地 forms 201A / 202A (our reading);
    the numerator is the industrial land among them (工矿仓储, or 工业 only). Construction land with
    another or no 城镇村属性码 (203 村庄, 204, 205, empty) is reported beside it
    (:func:`city_table`). The whole land-use layer counts, not only the zones.
Deficit
    ``deficit_ha`` = max(0, threshold × construction − industrial): existing construction land
    converted to industrial use (base unchanged). ``def_new_ha`` = (threshold × construction −
    industrial) ÷ (1 − threshold): industrial land added as new construction land (the base grows
    too); 0 when the share is reached, NULL at a 100 % threshold.
Scorecard (optional inputs)
    scored parcels (``ie_flag``, ``ie_areamu``, ``ie_tax``) belong to every zone that contains a
    point on their surface; their area is ``ie_areamu`` when readable and positive, else the
    geometry. Low-efficiency area (flag 1) and its share of the scored area; parcels with an empty
    flag are counted as undetermined (待核实); tax per mu = Σ(ie_tax × area) ÷ Σ area over parcels
    with a tax value and a positive area.
    Idle and unsupplied layers are clipped to the zone: rate = flagged area ÷ area of all features.
    When a feature's geometry is only part of its land (批而未供 in spatial mode keeps the
    unsupplied remainder, the approved area in ``appr_mu``), its whole-area share is the whole area ×
    the share of the geometry inside the zone (:func:`proportional_area_columns` again). With an approval
    layer, its clipped area is the unsupplied rate's denominator.
    Rates are NULL when the denominator is not positive.
    Placed lines (:data:`PLACED_LINES`): 标准地履约 (checkcommitments output: 未达标 宗数 and 亩, and
    the sentence of :func:`core.commitments.scorecard_line`) and 疑似违法占地 (flagunauthorized
    output: pieces with ``ua_flag`` 1 and their 亩 — ``ua_mu``, else the geometry — and the sentence
    of :func:`core.unauthorized.scorecard_line`); features are placed as the scored parcels are.

Zone report (``landplan:zonereport``)
    one area unit throughout: 公顷 — the zone check's unit, the scorecard's and the verdict's — so
    the land-status chart is drawn in 公顷 too (:func:`report_chart_columns`; parcels are counted in
    亩, their unit). When the parcels carry a per-mu class (``mj_class`` of
    ``landplan:permuevaluation``: A / B / C / D / 不定等级 / 待核实), each zone's page lists the
    number of parcels and 公顷 per class (:func:`class_columns`); a class text is read after NFKC,
    trimming and upper case, a trailing 类 dropped (``ａ类`` → A); an empty class is not counted;
    any other text counts as 其他.

Each rule is one batch function: columns in (numpy arrays or sequences; NaN = NULL in float
arrays, None in object arrays), per-zone arrays out. The engine (the plugin's algorithms, or the
distributed engine) gathers one row per piece — a land-use polygon clipped to a zone, a parcel
placed in a zone — with the zone's index (0 … n_zones − 1), and calls the function once.
"""
import unicodedata
from dataclasses import dataclass
from typing import Optional

from .contract import is_flagged_array
from .dates import parse_date
from .scoring import TYPE_CONSTRUCTION
from .landuse import classify_array
from .lazy import lazy_module
from .units import M2_PER_HA, M2_PER_MU, MU_PER_HA
from .values import NON_POSITIVE_AREA, make_problem, parse_number_array

np = lazy_module("numpy")

__all__ = [
    "SHARE_TOL", "NO_GEOMETRY_VERDICT", "fmt_threshold", "zone_share_from_areas", "zone_verdicts",
    "BREAKDOWN_FIELDS", "OTHER_BREAKDOWN_FIELD", "BREAKDOWN_ORDER",
    "needs_geometry", "landuse_totals_columns", "landuse_sums", "zone_table", "zone_table_columns",
    "official_area_columns", "proportional_area_columns", "parcel_area_columns", "rate_pct_columns",
    "flag_state_columns", "SCORED_FIELDS_OUT", "SCORED_FIELDS", "NO_FLAG", "NO_TAX", "MEASURED", "NO_FIELD",
    "CardSetup", "card_setup", "scored_card_columns",
    "ClippedLine", "CLIPPED_LINES", "clipped_card_columns", "PlacedLine", "PLACED_LINES", "placed_card_columns",
    "REPORT_SCORECARD", "REPORT_LINES", "STATUS_BARS", "STATUS_TOTAL_FIELDS", "style_kind", "status_columns",
    "report_status_columns", "report_chart_basis", "unplaced_notes", "SUPPLIED_FIELD", "REPORT_DATE_FIELDS",
    "report_reference_date", "REPORT_AREA_UNIT", "report_chart_columns", "MJ_CLASSES", "class_key_array",
    "class_columns", "URBAN_SETTLEMENT_CODES", "settlement_urban_columns", "city_table", "CITY_FIELDS",
    "parse_type_list", "zone_judging", "NO_TYPE_FIELD", "NO_TYPES_GIVEN", "BLANK_TYPE", "NOT_JUDGED_VERDICT",
]

# relative: 60 % ± 0.0006 percentage points — clipping and reprojection noise (EPSG:4490 vs
# Gauss–Krüger) is ~1e-6, so a zone built at exactly 60 % reaches it in either CRS
SHARE_TOL = 1e-5
NO_GEOMETRY_VERDICT = "园区几何为空，无法核查"
EMPTY_CODE = "(空)"
TEXT_LIMIT = 254


def _f(a):
    return np.asarray(a, dtype=float)


def _object_array(values):
    out = np.empty(len(values), dtype=object)
    out[:] = list(values)
    return out


# ---------------------------------------------------------------------------------------------
# share, deficit, verdict

def fmt_threshold(x):
    """60.0 → '60', 62.5 → '62.5' (two decimals at most)."""
    return ("%.2f" % x).rstrip("0").rstrip(".")


def zone_share_from_areas(industrial_m2, base_m2, threshold_pct=60.0):
    """工业用地率 per zone and whether it reaches ``threshold_pct`` (rules: module doc): arrays of
    industrial and construction land (m²; NaN = 0) → dict of float arrays ``share_pct``, ``ok``
    (1/0, NaN = NULL: no construction land), ``deficit_ha``, ``def_new_ha`` (NaN at a 100 %
    threshold)."""
    ind = np.nan_to_num(_f(industrial_m2), nan=0.0)
    base = np.nan_to_num(_f(base_m2), nan=0.0)
    ind, base = np.broadcast_arrays(ind, base)
    t = float(threshold_pct)
    has = base > 0
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        share = np.where(has, ind / np.where(has, base, 1.0) * 100.0, np.nan)
    okb = share >= t - SHARE_TOL * max(t, 1.0)
    ok = np.where(has, okb.astype(float), np.nan)
    need = np.maximum(0.0, t / 100.0 * base - ind)
    deficit = np.where(has, np.where(okb, 0.0, need), np.nan)
    tf = t / 100.0
    if tf >= 1.0:
        def_new = np.where(has & okb, 0.0, np.nan)
    else:
        def_new = np.where(has, np.where(okb, 0.0, need / (1.0 - tf)), np.nan)
    return {"share_pct": share, "ok": ok, "deficit_ha": deficit / M2_PER_HA, "def_new_ha": def_new / M2_PER_HA}


def zone_verdicts(share_pct, ok, deficit_ha, threshold_pct, unk_ha=None, variant="industrial"):
    """The Chinese verdict of each zone (cut to 254 characters) → object array of text."""
    share_pct, ok, deficit_ha = _f(share_pct), _f(ok), _f(deficit_ha)
    unk = np.zeros(len(share_pct)) if unk_ha is None else np.nan_to_num(_f(unk_ha), nan=0.0)
    what = "工业用地" if variant == "industrial_only" else "工矿仓储用地"
    t = fmt_threshold(threshold_pct)
    texts = []
    for share, reached, deficit, unknown in zip(share_pct.tolist(), ok.tolist(), deficit_ha.tolist(), unk.tolist()):
        if reached != reached:
            text = "园区内无建设用地，无法计算%s占比" % what
        elif reached:
            text = "达标：%s占建设用地 %.2f%%，不低于 %s%%" % (what, share, t)
        else:
            text = "未达标：%s占建设用地 %.2f%%，低于 %s%%，尚需%s %.2f 公顷" % (what, share, t, what, deficit)
        if unknown > 0:
            text += "；另有未识别地类代码的图斑 %.2f 公顷未计入" % unknown
        texts.append(text[:TEXT_LIMIT])
    return _object_array(texts)


def _unknown_codes_text(areas_m2):
    """{code: m²} → '9999(20.00公顷)、…', largest first, cut to 254 characters."""
    items = sorted(areas_m2.items(), key=lambda kv: -kv[1])
    return "、".join("%s(%.2f公顷)" % (c, a / M2_PER_HA) for c, a in items)[:TEXT_LIMIT]


# ---------------------------------------------------------------------------------------------
# areas

def official_area_columns(raw, field_name, unit_m2=1.0):
    """An official area field (TBDLMJ in m², appr_mu in 亩 with ``unit_m2`` = M2_PER_MU): raw values
    → (float array in m², NaN = use the geometry; object array of problems or None). Missing → NaN
    without a problem; unreadable or not positive → NaN with the problem (or a non-positive note)."""
    values, problems = parse_number_array(raw, field_name)
    out = np.full(len(values), None, dtype=object)
    for i, problem in problems.items():
        out[i] = problem
    raw = list(raw)
    for i in np.flatnonzero(values <= 0).tolist():
        out[i] = make_problem(NON_POSITIVE_AREA, field_name, raw[i], "不是正数，按几何面积计")
    with np.errstate(over="ignore"):
        return np.where(values > 0, values * unit_m2, np.nan), out


def proportional_area_columns(piece_m2, whole_geom_m2, official_m2=None):
    """The area a piece of a polygon counts for: ``official × min(1, piece ÷ whole)`` when the
    polygon has a usable official area (三调 TBDLMJ; 批而未供's appr_mu; NaN = none), else the
    piece's own geometry area."""
    piece = _f(piece_m2)
    if official_m2 is None:
        return piece.copy()
    whole, off = _f(whole_geom_m2), _f(official_m2)
    use = (off > 0) & (whole > 0) & ~np.isnan(off)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        scaled = off * np.minimum(1.0, piece / np.where(whole > 0, whole, 1.0))
    return np.where(use, scaled, piece)


def parcel_area_columns(raw_area_mu, geom_mu, field_name="ie_areamu"):
    """Scored parcels' areas (亩): the area field when readable and positive, else ``geom_mu`` (NaN
    = not measured: the caller measures those)."""
    value = parse_number_array(raw_area_mu, field_name)[0]
    return np.where(value > 0, value, _f(geom_mu))


def rate_pct_columns(part, whole):
    """part ÷ whole × 100 (NaN when the part is NULL or the whole not positive)."""
    part, whole = _f(part), _f(whole)
    ok = ~np.isnan(part) & (whole > 0)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return np.where(ok, part / np.where(ok, whole, 1.0) * 100.0, np.nan)


def _is_null(raw):
    if raw is None:
        return True
    if isinstance(raw, float):
        return raw != raw
    if isinstance(raw, str):
        return not raw.strip()
    is_null = getattr(raw, "isNull", None)
    return bool(is_null()) if callable(is_null) else False


def flag_state_columns(raw):
    """Flag values → float array: 1 (flagged, :func:`core.contract.is_flagged`), NaN (NULL, NaN
    or blank: undetermined) or 0."""
    raw = _object_array(raw)
    null = np.array([_is_null(v) for v in raw], dtype=bool)
    return np.where(null, np.nan, is_flagged_array(raw).astype(float))


# ---------------------------------------------------------------------------------------------
# land use inside the zones

#: breakdown key of the 工矿仓储 numerator → output field; other keys go to OTHER_BREAKDOWN_FIELD
BREAKDOWN_FIELDS = {"工业": "gy_ha", "采矿": "ck_ha", "仓储": "cc_ha"}
OTHER_BREAKDOWN_FIELD = "othind_ha"
BREAKDOWN_ORDER = ("gy_ha", "ck_ha", "cc_ha", OTHER_BREAKDOWN_FIELD)


def needs_geometry(preset, codes, variant="industrial"):
    """Which land-use polygons the zone check measures: construction land and unknown codes (bool
    array); known land that is not construction land is left without geometry work."""
    cls = classify_array(preset, codes, variant)
    return cls["construction"] | ~cls["known"]


def landuse_totals_columns(zone_idx, n_zones, area_m2, is_ind, is_con, known):
    """Per-piece arrays → per-zone float arrays ``ind``, ``base``, ``unk`` (m²): industrial and
    construction land of known codes, and land of unknown codes."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    a = _f(area_m2)
    is_ind, is_con, known = (np.asarray(x, dtype=bool) for x in (is_ind, is_con, known))
    con = known & is_con
    return {"base": np.bincount(zi, weights=np.where(con, a, 0.0), minlength=n_zones),
            "ind": np.bincount(zi, weights=np.where(con & is_ind, a, 0.0), minlength=n_zones),
            "unk": np.bincount(zi, weights=np.where(known, 0.0, a), minlength=n_zones)}


def landuse_sums(zone_idx, n_zones, area_m2, codes, preset, variant="industrial", whole_geom_m2=None,
                 official_m2=None):
    """Land use inside each zone from its clipped pieces, in m².

    ``zone_idx`` the zone of each piece, ``area_m2`` its geometry area, ``codes`` its raw land-use
    code, optional ``whole_geom_m2`` / ``official_m2`` (NaN = none) for the 三调 rule
    (:func:`proportional_area_columns`). Returns per-zone arrays ``ind``, ``base``, ``unk`` and
    ``by`` {breakdown field: array}; ``unk_codes`` [{normalised code: m²} per zone]; over all
    zones ``unknown_m2`` {code: m²} and ``other_keys`` (the breakdown keys counted in
    ``othind_ha``, sorted)."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    area = _f(area_m2)
    if official_m2 is not None:
        area = proportional_area_columns(area, whole_geom_m2, official_m2)
    cls = classify_array(preset, codes, variant)
    keys = classify_array(preset, codes, "industrial")["breakdown"]  # the breakdown follows 工矿仓储
    known, con = cls["known"], cls["construction"]
    out = landuse_totals_columns(zi, n_zones, area, cls["industrial"], con, known)
    bfield = _object_array([BREAKDOWN_FIELDS.get(k, OTHER_BREAKDOWN_FIELD) if k is not None else None for k in keys])
    out["by"] = {name: np.bincount(zi, weights=np.where(known & con & (bfield == name), area, 0.0),
                                   minlength=n_zones) for name in BREAKDOWN_ORDER}
    other = known & con & (bfield == OTHER_BREAKDOWN_FIELD)
    out["other_keys"] = sorted(set(keys[other].tolist()))
    unk = [dict() for _ in range(n_zones)]
    for i in np.flatnonzero(~known).tolist():
        code = cls["code"][i] or EMPTY_CODE
        unk[zi[i]][code] = unk[zi[i]].get(code, 0.0) + area[i]
    out["unk_codes"] = unk
    out["unknown_m2"] = {}
    for per_zone in unk:
        for code, a in per_zone.items():
            out["unknown_m2"][code] = out["unknown_m2"].get(code, 0.0) + a
    return out


#: zone-judging set-up codes (:func:`zone_judging`); the algorithm words them
NO_TYPE_FIELD = "no_type_field"    # no zone-type field: every zone judged
NO_TYPES_GIVEN = "no_types_given"  # a field but no 工业主导 values: every zone judged
BLANK_TYPE = "blank_type"          # zones with an empty type: judged
NOT_JUDGED_VERDICT = "不评判：非工业主导开发区（类型：%s），不适用工业用地占比 %s%% 的要求；"


def parse_type_list(text):
    """``INDUSTRIAL_TYPES`` text (values separated by , ， 、 ; ；) → tuple of values after NFKC and
    trimming, empty ones left out."""
    import re
    text = unicodedata.normalize("NFKC", str(text or ""))
    return tuple(v.strip() for v in re.split(r"[,;、]", text) if v.strip())


def zone_judging(zone_types, industrial_types):
    """Which zones the threshold judges: ``zone_types`` the raw type of each zone (None: no type
    field), ``industrial_types`` the values that mean 工业主导 (:func:`parse_type_list`) → dict
    ``judged`` (float array 1/0), ``types`` (object array: the type text, None when empty),
    ``notes`` [(code, zone indexes)] (codes :data:`NO_TYPE_FIELD`, :data:`NO_TYPES_GIVEN`,
    :data:`BLANK_TYPE`). A zone is judged when no field or no values are given, when its type is
    empty, or when its type is one of the values."""
    if zone_types is None:
        return {"judged": None, "types": None, "notes": [(NO_TYPE_FIELD, [])]}
    types = _object_array([None if _is_null(v) else unicodedata.normalize(  # a real field's 1.0 is type "1"
        "NFKC", str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)).strip() for v in zone_types])
    wanted = set(parse_type_list("、".join(industrial_types or ())))
    if not wanted:
        return {"judged": np.ones(len(types)), "types": types, "notes": [(NO_TYPES_GIVEN, [])]}
    blank = np.array([t is None for t in types], dtype=bool)
    judged = np.array([t is None or t in wanted for t in types], dtype=float)
    notes = [(BLANK_TYPE, np.flatnonzero(blank).tolist())] if blank.any() else []
    return {"judged": judged, "types": types, "notes": notes}


def zone_table(sums, threshold_pct=60.0, variant="industrial", judged=None, zone_types=None):
    """The land-use part of the zone table from :func:`landuse_sums`: {output field: per-zone array}
    ``ind_ha``, ``base_ha``, ``gy_ha`` … ``othind_ha``, ``ind_share``, ``share_ok`` (1/0/NaN),
    ``judged`` (1/0), ``deficit_ha``, ``def_new_ha``, ``unk_ha`` (float, NaN = NULL), ``unk_codes``,
    ``verdict`` (object). ``judged`` / ``zone_types`` from :func:`zone_judging` (None: every zone
    judged); a zone not judged keeps its share, and its verdict says why it is not judged."""
    out = {"ind_ha": sums["ind"] / M2_PER_HA, "base_ha": sums["base"] / M2_PER_HA}
    for name in BREAKDOWN_ORDER:
        out[name] = sums["by"][name] / M2_PER_HA
    share = zone_share_from_areas(sums["ind"], sums["base"], threshold_pct)
    n = len(sums["ind"])
    judged = np.ones(n) if judged is None else _f(judged)
    off = judged == 0
    nan = np.full(n, np.nan)
    out.update({"ind_share": share["share_pct"], "share_ok": np.where(off, nan, share["ok"]), "judged": judged,
                "deficit_ha": np.where(off, nan, share["deficit_ha"]),
                "def_new_ha": np.where(off, nan, share["def_new_ha"]), "unk_ha": sums["unk"] / M2_PER_HA})
    out["unk_codes"] = _object_array([_unknown_codes_text(u) for u in sums["unk_codes"]])
    verdict = zone_verdicts(share["share_pct"], share["ok"], share["deficit_ha"], threshold_pct, out["unk_ha"],
                            variant)
    what = "工业用地" if variant == "industrial_only" else "工矿仓储用地"
    for i in np.flatnonzero(off).tolist():
        pct = share["share_pct"][i]
        text = NOT_JUDGED_VERDICT % (zone_types[i] if zone_types is not None else "", fmt_threshold(threshold_pct))
        text += ("园区内无建设用地" if pct != pct else "%s占建设用地 %.2f%%（仅报告）" % (what, pct))
        verdict[i] = text[:TEXT_LIMIT]
    out["verdict"] = verdict
    return out


def zone_table_columns(zone_idx, n_zones, area_m2, codes, preset, threshold_pct=60.0, variant="industrial",
                       whole_geom_m2=None, official_m2=None, judged=None, zone_types=None):
    """The land-use part of the zone table straight from the clipped pieces (the distributed
    engine's entry point): :func:`zone_table` of :func:`landuse_sums`."""
    return zone_table(landuse_sums(zone_idx, n_zones, area_m2, codes, preset, variant, whole_geom_m2, official_m2),
                      threshold_pct, variant, judged, zone_types)


# ---------------------------------------------------------------------------------------------
# city-wide share: 工业用地 over 城镇建设用地 (三调 城镇村属性码)

#: 城镇村属性码 of 城镇 (201 城市, 202 建制镇) and their 独立工业用地 forms
URBAN_SETTLEMENT_CODES = ("201", "202", "201A", "202A")
#: the city table's fields (name, Chinese alias), one row per target year
CITY_FIELDS = (("ct_year", "目标年"), ("ct_target", "目标占比(%)"), ("ct_base_ha", "城镇建设用地(公顷)"),
               ("ct_ind_ha", "其中工业用地(公顷)"), ("ct_share", "工业用地占比(%)"), ("ct_ok", "是否达到目标(1是/0否)"),
               ("ct_gap_ha", "距目标缺口(公顷)"), ("ct_out_ha", "城镇以外建设用地(公顷)"), ("ct_verdict", "结论"))


def settlement_urban_columns(raw):
    """城镇村属性码 values → bool array: 201, 202, 201A or 202A (text or number, NFKC, case and
    a trailing .0 ignored)."""
    from .landuse import normalise_code
    codes = [normalise_code(v, ()) for v in raw]
    return np.array([c in URBAN_SETTLEMENT_CODES for c in codes], dtype=bool)


def city_table(area_m2, codes, settlement, preset, variant="industrial", targets=((2025, 20.0), (2035, 25.0)),
               official_m2=None, has_settlement=True):
    """The city-wide share, one row per (year, target %): per-polygon arrays ``area_m2`` (the
    geometry area; NaN = not measured, counted 0), raw land-use ``codes``, raw 城镇村属性码
    ``settlement``, optional ``official_m2`` (三调 TBDLMJ, used when positive) → {field of
    :data:`CITY_FIELDS`: list}. ``has_settlement`` False: the layer has no 城镇村属性码 (no base)."""
    area = np.nan_to_num(_f(area_m2), nan=0.0)
    if official_m2 is not None:
        off = _f(official_m2)
        area = np.where(off > 0, off, area)
    cls = classify_array(preset, codes, variant)
    con = cls["known"] & cls["construction"]
    urban = settlement_urban_columns(settlement) if has_settlement else np.zeros(len(area), dtype=bool)
    base = float(area[con & urban].sum())
    ind = float(area[con & urban & cls["industrial"]].sum())
    outside = float(area[con & ~urban].sum())
    what = "工业用地" if variant == "industrial_only" else "工矿仓储用地"
    rows = {name: [] for name, _alias in CITY_FIELDS}
    for year, target in targets:
        s = zone_share_from_areas([ind], [base], target)
        pct, ok, gap = (float(s[k][0]) for k in ("share_pct", "ok", "deficit_ha"))
        if not has_settlement:
            text = "土地利用图层无城镇村属性码（CZCSXM），无法确定城镇建设用地"
        elif ok != ok:
            text = "无城镇建设用地（城镇村属性码 201/202/201A/202A 的建设用地），无法计算"
        elif ok:
            text = "%d年目标达到：%s占城镇建设用地 %.2f%%，不低于 %s%%" % (year, what, pct, fmt_threshold(target))
        else:
            text = "%d年目标未达到：%s占城镇建设用地 %.2f%%，低于 %s%%，尚差 %.2f 公顷" % (
                year, what, pct, fmt_threshold(target), gap)
        for name, value in zip(rows, (int(year), float(target), base / M2_PER_HA, ind / M2_PER_HA, pct, ok, gap,
                                      outside / M2_PER_HA, text[:TEXT_LIMIT])):
            rows[name].append(None if isinstance(value, float) and value != value else value)
    rows["ct_ok"] = [None if v is None else int(v) for v in rows["ct_ok"]]
    return rows


# ---------------------------------------------------------------------------------------------
# scorecard: scored parcels, clipped layers, placed lines

SCORED_FIELDS_OUT = ("scored_ha", "lowe_ha", "lowe_pct", "ie_undet", "tax_mu")
#: the fields read from the scored parcels (``landplan:scoreinefficiency`` output)
SCORED_FIELDS = ("ie_flag", "ie_areamu", "ie_tax")

#: set-up codes of a scorecard input (:meth:`CardSetup.warnings`, :meth:`CardSetup.notes`)
NO_FLAG = "no_flag"          # no flag field: the flag columns stay NULL / only the total area counts
NO_TAX = "no_tax"            # scored parcels without ie_tax: tax per mu stays NULL
MEASURED = "measured"        # no area field: the features' areas are measured
NO_FIELD = "no_field"        # a placed line's input without a field it reads: the line counts nothing


@dataclass(frozen=True)
class CardSetup:
    """What one scorecard input carries, decided once: ``kind`` ``scored``, ``clipped`` or
    ``placed``; ``found`` {field the line reads: the layer's field of that name, or None}.
    ``warnings()`` / ``notes()`` → [(code, field)], in the order to give them; the algorithm
    words them."""
    kind: str
    found: dict
    flag_field: Optional[str] = None
    read: tuple = ()

    def has(self, name):
        return self.found.get(name) is not None

    def warnings(self):
        if self.kind == "scored":
            return [(code, f) for code, f in ((NO_FLAG, "ie_flag"), (NO_TAX, "ie_tax")) if not self.has(f)]
        if self.kind == "clipped":
            return [(NO_FLAG, self.flag_field)] if self.flag_field and not self.has(self.flag_field) else []
        return [(NO_FIELD, f) for f in self.read if not self.has(f)]

    def notes(self):
        return [(MEASURED, "ie_areamu")] if self.kind == "scored" and not self.has("ie_areamu") else []


def card_setup(field_names, line=None):
    """The :class:`CardSetup` of a scorecard input with these fields: the scored parcels (``line``
    None), a :class:`ClippedLine`'s or a :class:`PlacedLine`'s layer. Fields are matched as
    :func:`core.fields.find_name` matches them."""
    from .fields import find_name
    names = list(field_names)
    if line is None:
        kind, wanted, flag, read = "scored", SCORED_FIELDS, None, ()
    elif isinstance(line, ClippedLine):
        kind, flag, read = "clipped", line.flag_field, ()
        wanted = tuple(f for f in (line.flag_field, line.whole_area_field) if f)
    else:
        kind, flag, read = "placed", None, tuple(line.read)
        wanted = read + ((line.area_field,) if line.area_field else ())
    found = {f: (names[i] if i >= 0 else None) for f in wanted for i in (find_name(names, [f]),)}
    return CardSetup(kind, found, flag, read)


def scored_card_columns(zone_idx, n_zones, area_mu, flag, tax, has_flag=True, has_tax=True):
    """Scored parcels placed in the zones: per (parcel, zone) pair arrays ``area_mu``, ``flag``
    (1/0/NaN, :func:`flag_state_columns`) and ``tax`` (万元/亩, NaN = none) → per-zone arrays
    scored_ha, lowe_ha, lowe_pct, ie_undet, tax_mu (NaN = NULL; the flag columns NULL without a
    flag field, tax_mu without a tax field)."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    a, fl, tx = _f(area_mu), _f(flag), _f(tax)
    mu_to_ha = M2_PER_MU / M2_PER_HA
    scored = np.bincount(zi, weights=a, minlength=n_zones)
    nan = np.full(n_zones, np.nan)
    out = {"scored_ha": scored * mu_to_ha, "lowe_ha": nan, "lowe_pct": nan, "ie_undet": nan, "tax_mu": nan}
    if has_flag:
        lowe = np.bincount(zi, weights=np.where(fl == 1, a, 0.0), minlength=n_zones)
        out["lowe_ha"] = lowe * mu_to_ha
        out["lowe_pct"] = rate_pct_columns(lowe, scored)
        out["ie_undet"] = np.bincount(zi, weights=np.isnan(fl).astype(float), minlength=n_zones)
    if has_tax:
        use = ~np.isnan(tx) & (a > 0)
        with np.errstate(over="ignore", invalid="ignore"):
            tsum = np.bincount(zi, weights=np.where(use, tx * a, 0.0), minlength=n_zones)
        tarea = np.bincount(zi, weights=np.where(use, a, 0.0), minlength=n_zones)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            out["tax_mu"] = np.where(tarea > 0, tsum / np.where(tarea > 0, tarea, 1.0), np.nan)
    return out


@dataclass(frozen=True)
class ClippedLine:
    """One scorecard line from a layer clipped to the zones (see :func:`clipped_card_columns`).

    ``param`` the Processing parameter / engine option; ``flag_field`` the 1/0 field (None: area
    only); ``whole_area_field`` (亩) when a feature's geometry is only part of its land;
    ``fields`` the three output fields (total, flagged, rate); ``denominator_param`` an optional
    layer whose clipped area replaces the total (the rate's denominator). ``label`` (the input's
    description) and ``aliases`` (of the three fields), in Chinese, are used for a line the
    algorithm does not describe itself: appending a ClippedLine here is all a new line needs."""
    key: str
    param: str
    flag_field: Optional[str]
    fields: tuple
    whole_area_field: Optional[str] = None
    denominator_param: Optional[str] = None
    label: str = ""
    aliases: tuple = ()


#: the clipped scorecard lines, in output order; another check adds its line here (and its
#: parameter and output fields in the algorithm)
CLIPPED_LINES = (
    ClippedLine("idle", "IDLE", "idle_flag", ("supp_ha", "idle_ha", "idle_pct")),
    ClippedLine("unsup", "UNSUPPLIED", "unsup_flag", ("appr_ha", "unsup_ha", "unsup_pct"),
                whole_area_field="appr_mu", denominator_param="APPROVALS"),
)


def clipped_card_columns(zone_idx, n_zones, piece_m2, flag, whole_geom_m2=None, official_m2=None,
                         has_flag=True, total_override_m2=None):
    """A layer clipped to the zones: per (feature, zone) piece arrays → per-zone ``total_m2`` and
    total_ha, flagged_ha, rate_pct (NaN = NULL). ``flag`` 1/0/NaN; a feature with a whole area
    (``official_m2``, NaN = none) counts its share of it in the total (:func:`proportional_area_columns`);
    ``total_override_m2`` (per zone: the approval layer's ``total_m2``) replaces the total as
    the rate's denominator."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    piece = _f(piece_m2)
    counted = proportional_area_columns(piece, whole_geom_m2, official_m2) if official_m2 is not None else piece
    total = np.bincount(zi, weights=counted, minlength=n_zones)
    if total_override_m2 is not None:
        total = _f(total_override_m2)
    out = {"total_m2": total, "total_ha": total / M2_PER_HA, "flagged_ha": np.full(n_zones, np.nan),
           "rate_pct": np.full(n_zones, np.nan)}
    if has_flag:
        flagged = np.bincount(zi, weights=np.where(_f(flag) == 1, piece, 0.0), minlength=n_zones)
        out["flagged_ha"] = flagged / M2_PER_HA
        out["rate_pct"] = rate_pct_columns(flagged, total)
    return out


@dataclass(frozen=True)
class PlacedLine:
    """One scorecard line from features placed in a zone by a point on their surface (as the scored
    parcels are): the values of ``summarise({field: values}, areas 亩)`` over the zone's features.

    ``param`` the Processing parameter / engine option; ``read`` the fields ``summarise`` reads;
    ``area_field`` (亩) read first (else the geometry is measured); ``fields`` the output fields as
    (name, type 'int' / 'double' / 'string', Chinese alias); ``label`` the input's description.
    Appending a PlacedLine to :data:`PLACED_LINES` is all a new line needs."""
    key: str
    param: str
    read: tuple
    fields: tuple
    summarise: object
    area_field: Optional[str] = None
    label: str = ""


def _commitments_card(columns, areas_mu):
    """标准地履约: 未达标 宗数, 未达标 亩, and the sentence (core.commitments.scorecard_line)."""
    from .commitments import scorecard_line
    _label, n_fail, mu_fail, text = scorecard_line(list(columns["cm_status"]), list(areas_mu))
    return [n_fail, mu_fail, text]


def _unauthorized_card(columns, areas_mu):
    """疑似违法占地: pieces, 亩 (ua_flag 1; core.unauthorized.totals_by_zone) and the sentence."""
    from .unauthorized import scorecard_line, totals_by_zone
    flags = flag_state_columns(columns["ua_flag"]).tolist()
    count, mu = totals_by_zone([None] * len(flags), list(areas_mu), flags).get(None, (0, 0.0))
    return [count, mu, scorecard_line(count, mu)]


#: the placed scorecard lines, in output order (inputs optional: NULL columns without them)
PLACED_LINES = (
    PlacedLine("cm", "COMMITMENTS", ("cm_status",),
               (("cm_fail_n", "int", "标准地未达标(宗)"), ("cm_fail_mu", "double", "标准地未达标(亩)"),
                ("cm_card", "string", "标准地履约")), _commitments_card,
               label="标准地履约核查结果（cm_status）"),
    PlacedLine("ua", "UNAUTHORIZED", ("ua_flag",),
               (("ua_n", "int", "疑似违法占地(处)"), ("ua_tot_mu", "double", "疑似违法占地(亩)"),
                ("ua_card", "string", "疑似违法占地")), _unauthorized_card, area_field="ua_mu",
               label="疑似违法占地（ua_flag）"),
)


def placed_card_columns(line, zone_idx, n_zones, columns, areas_mu):
    """The features of one :class:`PlacedLine` placed in the zones: per (feature, zone) arrays
    (``columns`` {field of ``line.read``: raw values}, ``areas_mu``, NaN / None = 0) → [the line's
    values, per zone]."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    areas = np.array([np.nan if a is None else float(a) for a in areas_mu], dtype=float)
    areas = np.where(np.isnan(areas), 0.0, areas)
    cols = {name: _object_array(columns[name]) for name in line.read}
    out = []
    for z in range(n_zones):
        sel = zi == z
        out.append(list(line.summarise({k: v[sel].tolist() for k, v in cols.items()}, areas[sel].tolist())))
    return out


# ---------------------------------------------------------------------------------------------
# zone report (landplan:zonereport): scorecard rows and the land-status chart

#: the report's scorecard rows: (zone field, label, unit, decimals; None = a sentence below the table)
REPORT_SCORECARD = (("ind_share", "工业用地率", "%", 1), ("thresh", "达标阈值", "%", 1),
                    ("ind_ha", "工业用地面积", "公顷", 2), ("base_ha", "建设用地面积", "公顷", 2),
                    ("deficit_ha", "距达标缺口", "公顷", 2), ("lowe_ha", "低效工业用地", "公顷", 2),
                    ("idle_ha", "闲置土地", "公顷", 2), ("unsup_ha", "批而未供土地", "公顷", 2),
                    ("unsup_pct", "批而未供率", "%", 1), ("verdict", "结论", "", None))
#: sentences printed under the map when the zones carry them: (zone field, label) — the placed lines
REPORT_LINES = (("cm_card", "标准地履约"), ("ua_card", "疑似违法占地"), ("lp_constr", "在建未达产"),
                ("lp_unplaced", "未计入面积合计"))
#: the land-status chart's bars: (key, label, colour, flag field of the parcels, zone-check area field in ha)
STATUS_BARS = (("total", "宗地总面积", "#4c78a8", None, None),
               ("low", "低效工业用地", "#f28e2b", "ie_flag", "lowe_ha"),
               ("idle", "闲置土地", "#b2182b", "idle_flag", "idle_ha"),
               ("unsup", "批而未供", "#6a3d9a", "unsup_flag", "unsup_ha"))
#: without parcels, the total bar is the zone check's scored area, else the zone's area (ha)
STATUS_TOTAL_FIELDS = ("scored_ha", "zone_ha")
#: a parcel layer is styled as the first check whose flag it carries
STYLE_KIND_BY_FLAG = (("ie_flag", "scoring"), ("idle_flag", "idle"), ("unsup_flag", "unsupplied"))
#: the zone report's one area unit (table, chart, class distribution)
REPORT_AREA_UNIT = "公顷"
#: per-mu classes in report order , then texts the scheme does not know
MJ_CLASSES = ("A", "B", "C", "D", "不定等级", "待核实")
OTHER_CLASS = "其他"


def style_kind(field_names):
    """The LandPlan output kind of a parcel layer (for its style), from its flag fields; None."""
    lowered = {str(n).lower() for n in field_names}
    return next((kind for flag, kind in STYLE_KIND_BY_FLAG if flag in lowered), None)


def status_columns(zone_idx, n_zones, area_mu, flags):
    """Land status of the zones' parcels (亩; parcels placed by their inner point, as the scorecard
    places them): per (parcel, zone) arrays; ``flags`` {bar key: raw flag values} → {bar key:
    per-zone float array}: the total, and the area of each flag."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    a = _f(area_mu)
    out = {"total": np.bincount(zi, weights=a, minlength=n_zones)}
    for key, *_rest in STATUS_BARS[1:]:
        raw = flags.get(key)
        hit = np.zeros(len(a), bool) if raw is None else is_flagged_array(_object_array(raw))
        out[key] = np.bincount(zi, weights=np.where(hit, a, 0.0), minlength=n_zones)
    return out


def _number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value


def report_status_columns(parcel_status, zone_columns, have_parcels):
    """The chart's values (亩) per zone: the zone check's clipped areas (``lowe_ha``, ``idle_ha``,
    ``unsup_ha``: ``zone_columns`` {field: per-zone values}) win over the parcels' flags
    (``parcel_status``: :func:`status_columns`, or None), which may not carry every check
    (批而未供 lives on approval polygons); without parcels the total is ``scored_ha``, else
    ``zone_ha`` → {bar key: per-zone float array}."""
    n = len(next(iter(zone_columns.values()))) if zone_columns else len(next(iter(parcel_status.values())))
    out = {key: (np.zeros(n) if parcel_status is None else _f(parcel_status[key]).copy()) for key, *_r in STATUS_BARS}
    for key, _label, _colour, _flag, field_name in STATUS_BARS:
        values = zone_columns.get(field_name) if field_name else None
        for i, value in enumerate([] if values is None else list(values)):
            if _number(value):
                out[key][i] = value * MU_PER_HA
    if not have_parcels:
        for field_name in STATUS_TOTAL_FIELDS:
            for i, value in enumerate(list(zone_columns.get(field_name, []))):
                if _number(value) and not out["total"][i]:
                    out["total"][i] = value * MU_PER_HA
    for i, value in enumerate(list(zone_columns.get(SUPPLIED_FIELD, []))):
        if _number(value):  # the evaluation's 已供应国有建设用地: the base of its rates
            out["total"][i] = value * MU_PER_HA
    return out


def unplaced_notes(zone_names, zone_texts, ids, area_notes, flags):
    """Per zone, the sentence on its flagged parcels that are in no area total (``area_notes``:
    core.ledger.counted_area_columns notes, '' = counted): 'PY0396（低效工业用地）几何为空：…'; a
    parcel goes to the zone its zone text names, to every zone when it names none of them; ''
    when a zone has none. ``flags`` {bar key of :data:`STATUS_BARS`: raw flag values}."""
    labels = {key: label for key, label, *_r in STATUS_BARS}
    hit = {key: is_flagged_array(_object_array(v)) for key, v in flags.items()}
    names = [str(z).strip() for z in zone_names]
    out = [[] for _ in names]
    for i, note in enumerate(_object_array(area_notes).tolist()):
        kinds = [labels[k] for k, h in hit.items() if len(h) > i and h[i]]
        if not note or not kinds:
            continue
        text = "%s（%s）%s" % (ids[i], "、".join(kinds), note)
        zone = str(zone_texts[i]).strip() if zone_texts[i] is not None else ""
        for zi in ([names.index(zone)] if zone in names else range(len(names))):
            out[zi].append(text)
    return ["；".join(t)[:TEXT_LIMIT] for t in out]


#: the zone evaluation's 已供应国有建设用地 (公顷): when the zones carry it, the chart's first bar and
#: the base of its shares, so 闲置 % on the map page is the evaluation page's 土地闲置率
SUPPLIED_FIELD = "supp_ha"


def report_chart_basis(field_names):
    """(label of the chart's first bar, chart title with the definition of its shares, bar keys
    that get a share) for a zones layer with these fields (rule: :data:`SUPPLIED_FIELD`)."""
    if SUPPLIED_FIELD in set(field_names):
        return ("已供应国有建设用地", "土地状况（%s；比例 = 面积 ÷ 已供应国有建设用地）" % REPORT_AREA_UNIT,
                ("low", "idle"))
    return "宗地总面积", "土地状况（%s；比例 = 面积 ÷ 宗地总面积）" % REPORT_AREA_UNIT, ("low", "idle", "unsup")


#: zone fields that carry the 基准日 of the run that made them (landplan:zoneevaluation)
REPORT_DATE_FIELDS = ("eval_asof",)


def report_reference_date(given, carried):
    """The zone report's 基准日: ``given`` (the AS_OF parameter, a date or None) when given, else the
    first readable date of ``carried`` (the dates the zones and the task table carry: the 基准日
    of the runs the report shows) → (date or None, 'AS_OF' / 'data' / None). Dates of
    different days among ``carried`` do not change the choice: the first one wins."""
    if given is not None:
        return given, "AS_OF"
    for raw in carried:
        value, _problem = parse_date(raw, "基准日")
        if value is not None:
            return value, "data"
    return None, None


def report_chart_columns(columns_mu):
    """The chart's values in the report unit (公顷): {bar key: per-zone array in 亩} → arrays in 公顷
    (NaN = 0)."""
    return {key: np.nan_to_num(_f(v), nan=0.0) / MU_PER_HA for key, v in columns_mu.items()}


def class_key_array(raw):
    """The report's class of ``mj_class`` values (rules: module doc) → object array; None when empty."""
    keys = []
    for value in _object_array(raw).tolist():
        if _is_null(value):
            keys.append(None)
            continue
        text = unicodedata.normalize("NFKC", str(value)).strip().upper()
        if text.endswith("类") and len(text) > 1:
            text = text[:-1].strip()
        keys.append(text if text in MJ_CLASSES else OTHER_CLASS)
    return _object_array(keys)


def class_columns(zone_idx, n_zones, area_mu, raw_classes):
    """Per-mu classes of the zones' parcels: per (parcel, zone) arrays (亩, NaN = 0) →
    {class: (count array, 公顷 array)} for the classes present, in :data:`MJ_CLASSES` order, 其他 last."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    a = np.nan_to_num(_f(area_mu), nan=0.0)
    keys = class_key_array(raw_classes)
    out = {}
    for k in MJ_CLASSES + (OTHER_CLASS,):
        hit = keys == k
        if hit.any():
            out[k] = (np.bincount(zi[hit], minlength=n_zones).astype(np.int64),
                      np.bincount(zi, weights=np.where(hit, a, 0.0), minlength=n_zones) / MU_PER_HA)
    return out


def construction_card_columns(zone_idx, n_zones, area_mu, raw_types):
    """The zone's 在建未达产 parcels, counted apart (landplan:scoreinefficiency's ``ie_type``
    :data:`core.scoring.TYPE_CONSTRUCTION`: in its construction period, not scored): per (parcel,
    zone) arrays (亩, NaN = 0) → per-zone object array of 'N 宗 / X 亩', None when a zone has none."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    a = np.nan_to_num(_f(area_mu), nan=0.0)
    hit = np.array([not _is_null(v) and str(v).strip() == TYPE_CONSTRUCTION
                    for v in _object_array(raw_types).tolist()], dtype=bool)
    count = np.bincount(zi[hit], minlength=n_zones)
    mu = np.bincount(zi, weights=np.where(hit, a, 0.0), minlength=n_zones)
    return _object_array(["%d 宗 / %.2f 亩" % (c, m) if c else None for c, m in zip(count.tolist(), mu.tolist())])

"""Development-zone industrial land share (工业用地率) and the zone scorecard: every rule of
``landplan:zoneindustrialshare`` (SPEC §3.4; seed 000 第二章三 "以发展工业为主的开发区，其工业用地面积
比例达到60%", 第四章二 "按照产业用地不得低于60%的标准"; TD/T 1029 开发区土地集约利用评价).

The engine (QGIS, or the distributed engine) does the geometry — clip land-use polygons to each
zone, find the zone a parcel's inner point falls in — and hands the areas to this module.

Share
    share = industrial land ÷ construction land inside the zone × 100 (工矿仓储用地 ÷ 建设用地, or
    工业用地 only). A share equal to the threshold passes; a relative error of 1e-5 (clipping,
    reprojection between EPSG:4490 and Gauss–Krüger) is tolerated. A zone without construction
    land has no share (ok NULL).
Land-use area of a piece
    the piece's geometry area, or — when the land-use layer carries an official area
    (三调 ``TBDLMJ``, m²) — that area × (piece area ÷ whole polygon area) (:func:`proportional_area`).
    An unreadable or non-positive official area falls back to the geometry.
Classes
    a code the classification does not know counts neither as industrial nor as construction land;
    its area is reported (``unk_ha``, ``unk_codes``). Construction land that is industrial counts in
    the numerator and its breakdown key (工业 / 采矿 / 仓储 …).
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
    the share of the geometry inside the zone (:func:`proportional_area` again). With an approval
    layer, its clipped area is the unsupplied rate's denominator.
    Rates are NULL when the denominator is not positive.
    Placed lines (:data:`PLACED_LINES`): 标准地履约 (checkcommitments output: 未达标 宗数 and 亩, and
    the sentence of :func:`core.commitments.scorecard_line`) and 疑似违法占地 (flagunauthorized
    output: pieces with ``ua_flag`` 1 and their 亩 — ``ua_mu``, else the geometry — and the sentence
    of :func:`core.unauthorized.scorecard_line`); features are placed as the scored parcels are.

Zone report (``landplan:zonereport``)
    one area unit throughout: 公顷 — the zone check's unit, the scorecard's and the verdict's — so
    the land-status chart is drawn in 公顷 too (:func:`report_chart_values`; the tallies count 亩,
    the parcels' unit). When the parcels carry a per-mu class (``mj_class`` of
    ``landplan:permuevaluation``: A / B / C / D / 不定等级 / 待核实), each zone's page lists the
    number of parcels and 公顷 per class (:class:`ClassTally`); a class text is read after NFKC,
    trimming and upper case, a trailing 类 dropped (``ａ类`` → A); an empty class is not counted;
    any other text counts as 其他.

Every per-row rule has a columnar form (numpy arrays in and out; NaN = NULL in float arrays,
object arrays for text) for the distributed engine; tests check both agree.
"""
import math
from dataclasses import dataclass
from typing import Optional

from .contract import is_flagged, is_flagged_array
from .landuse import classify_array
from .units import M2_PER_HA, M2_PER_MU, MU_PER_HA
from .values import parse_number


class _LazyNumpy:
    """numpy, imported when a columnar form first runs (the plugin starts without numpy)."""

    def __getattr__(self, name):
        import numpy
        return getattr(numpy, name)


np = _LazyNumpy()

__all__ = [
    "SHARE_TOL", "ShareResult", "zone_share", "def_new_m2", "fmt_threshold", "numerator_label",
    "zone_verdict", "NO_GEOMETRY_VERDICT", "unknown_codes_text", "proportional_area", "official_area_m2",
    "rate_pct", "parcel_area_mu", "LandUseTally", "ScoredTally", "ClippedTally", "CLIPPED_LINES",
    "PlacedLine", "PLACED_LINES", "PlacedTally", "placed_card_columns",
    "ClippedLine", "flag_state", "REPORT_SCORECARD", "REPORT_LINES", "STATUS_BARS", "style_kind", "StatusTally",
    "report_status", "status_columns", "report_status_columns", "official_area_columns", "parcel_area_columns", "piece_class", "BREAKDOWN_FIELDS", "OTHER_BREAKDOWN_FIELD", "BREAKDOWN_ORDER",
    "REPORT_AREA_UNIT", "report_chart_values", "report_chart_columns", "MJ_CLASSES", "class_key",
    "ClassTally", "class_columns", "class_key_array",
    "zone_share_from_areas", "zone_verdicts", "proportional_area_columns", "rate_pct_columns",
    "landuse_totals_columns", "scored_card_columns", "zone_table_columns", "clipped_card_columns", "flag_state_columns",
]

# relative: 60 % ± 0.0006 percentage points — clipping and reprojection noise (EPSG:4490 vs
# Gauss–Krüger) is ~1e-6, so a zone built at exactly 60 % reaches it in either CRS
SHARE_TOL = 1e-5
NO_GEOMETRY_VERDICT = "园区几何为空，无法核查"
EMPTY_CODE = "(空)"
TEXT_LIMIT = 254


# ---------------------------------------------------------------------------------------------
# share, deficit, verdict (row form)

@dataclass
class ShareResult:
    """``share_pct`` industrial ÷ base × 100 (None when base is 0); ``ok`` 1/0/None;
    ``deficit_m2`` / ``deficit_ha``: industrial area still needed, 0 when ok;
    ``def_new_m2`` / ``def_new_ha``: the same when added as new construction land."""
    industrial_m2: float
    base_m2: float
    threshold_pct: float
    share_pct: Optional[float]
    ok: Optional[int]
    deficit_m2: Optional[float]
    def_new_m2: Optional[float] = None

    @property
    def deficit_ha(self):
        return None if self.deficit_m2 is None else self.deficit_m2 / M2_PER_HA

    @property
    def def_new_ha(self):
        return None if self.def_new_m2 is None else self.def_new_m2 / M2_PER_HA


def def_new_m2(industrial_m2, base_m2, threshold_pct, ok):
    """Industrial land still needed when it is added as new construction land (rules: module doc)."""
    if ok is None:
        return None
    if ok:
        return 0.0
    t = float(threshold_pct) / 100.0
    if t >= 1.0:
        return None
    return max(0.0, t * base_m2 - industrial_m2) / (1.0 - t)


def zone_share(industrial_m2, base_m2, threshold_pct=60.0) -> ShareResult:
    """工业用地率 of one zone and whether it reaches ``threshold_pct`` (rules: module doc)."""
    industrial_m2 = float(industrial_m2 or 0.0)
    base_m2 = float(base_m2 or 0.0)
    t = float(threshold_pct)
    if base_m2 <= 0:
        return ShareResult(industrial_m2, base_m2, t, None, None, None, None)
    share = industrial_m2 / base_m2 * 100.0
    ok = 1 if share >= t - SHARE_TOL * max(t, 1.0) else 0
    deficit = 0.0 if ok else max(0.0, t / 100.0 * base_m2 - industrial_m2)
    return ShareResult(industrial_m2, base_m2, t, share, ok, deficit, def_new_m2(industrial_m2, base_m2, t, ok))


def fmt_threshold(x):
    """60.0 → '60', 62.5 → '62.5' (two decimals at most)."""
    return ("%.2f" % x).rstrip("0").rstrip(".")


def numerator_label(variant):
    """What the numerator counts, in the verdict: 工矿仓储用地 (default) or 工业用地."""
    return "工业用地" if variant == "industrial_only" else "工矿仓储用地"


def zone_verdict(share_pct, ok, deficit_ha, threshold_pct, unk_ha=0.0, variant="industrial"):
    """The Chinese verdict of one zone (cut to 254 characters)."""
    what = numerator_label(variant)
    t = fmt_threshold(threshold_pct)
    if ok is None:
        text = "园区内无建设用地，无法计算%s占比" % what
    elif ok:
        text = "达标：%s占建设用地 %.2f%%，不低于 %s%%" % (what, share_pct, t)
    else:
        text = "未达标：%s占建设用地 %.2f%%，低于 %s%%，尚需%s %.2f 公顷" % (what, share_pct, t, what, deficit_ha)
    if unk_ha and unk_ha > 0:
        text += "；另有未识别地类代码的图斑 %.2f 公顷未计入" % unk_ha
    return text[:TEXT_LIMIT]


def unknown_codes_text(areas_m2):
    """{code: m²} → '9999(20.00公顷)、…', largest first, cut to 254 characters."""
    items = sorted(areas_m2.items(), key=lambda kv: -kv[1])
    return "、".join("%s(%.2f公顷)" % (c, a / M2_PER_HA) for c, a in items)[:TEXT_LIMIT]


# ---------------------------------------------------------------------------------------------
# areas

def official_area_m2(raw, field_name, unit_m2=1.0):
    """(m² or None, problem or None): an official area field (TBDLMJ in m², appr_mu in 亩 with
    ``unit_m2`` = M2_PER_MU). Missing → (None, None); unreadable or not positive → (None, problem
    or a non-positive note) — the caller then uses the geometry."""
    value, problem = parse_number(raw, field_name)
    if value is None:
        return None, problem
    if value <= 0:
        from .values import NON_POSITIVE_AREA, make_problem
        return None, make_problem(NON_POSITIVE_AREA, field_name, raw, "不是正数，按几何面积计")
    return value * unit_m2, None


def proportional_area(piece_m2, whole_geom_m2, official_m2=None):
    """The area a piece of a polygon counts for: ``official × min(1, piece ÷ whole)`` when the
    polygon has a usable official area (三调 TBDLMJ; 批而未供's appr_mu), else the piece's own
    geometry area."""
    if official_m2 is None or official_m2 != official_m2 or official_m2 <= 0 or not whole_geom_m2 \
            or whole_geom_m2 <= 0:
        return piece_m2
    return official_m2 * min(1.0, piece_m2 / whole_geom_m2)


def parcel_area_mu(raw_area_mu, geom_mu, field_name="ie_areamu"):
    """A scored parcel's area (亩): the area field when readable and positive, else the geometry."""
    value, _problem = parse_number(raw_area_mu, field_name)
    if value is None or value <= 0:
        return geom_mu
    return value


def rate_pct(part, whole):
    """part ÷ whole × 100, None when either is None or whole is not positive."""
    if part is None or whole is None or whole <= 0:
        return None
    return part / whole * 100.0


def _is_null(raw):
    if raw is None:
        return True
    if isinstance(raw, float):
        return raw != raw
    if isinstance(raw, str):
        return not raw.strip()
    is_null = getattr(raw, "isNull", None)
    return bool(is_null()) if callable(is_null) else False


def flag_state(raw):
    """1 (flagged, :func:`core.contract.is_flagged`), None (NULL, NaN or blank: undetermined) or 0."""
    if _is_null(raw):
        return None
    return 1 if is_flagged(raw) else 0


# ---------------------------------------------------------------------------------------------
# classes of a land-use piece

#: breakdown key of the 工矿仓储 numerator → output field; other keys go to OTHER_BREAKDOWN_FIELD
BREAKDOWN_FIELDS = {"工业": "gy_ha", "采矿": "ck_ha", "仓储": "cc_ha"}
OTHER_BREAKDOWN_FIELD = "othind_ha"
BREAKDOWN_ORDER = ("gy_ha", "ck_ha", "cc_ha", OTHER_BREAKDOWN_FIELD)


def piece_class(preset, raw_code, variant="industrial"):
    """How a land-use code counts: ``(relevant, is_industrial, is_construction, breakdown field,
    unknown code, breakdown key)``. ``relevant`` is False for known land that is not construction land (no
    geometry work needed); the breakdown field (工业 gy_ha / 采矿 ck_ha / 仓储 cc_ha / othind_ha)
    follows the 工矿仓储 classes whatever the numerator; ``unknown code`` is the normalised code
    (``(空)`` when empty) of a code the classification does not know, else None."""
    is_ind, is_con, _key, known = preset.classify(raw_code, variant)
    bkey = preset.classify(raw_code, "industrial")[2]
    bfield = BREAKDOWN_FIELDS.get(bkey, OTHER_BREAKDOWN_FIELD) if bkey is not None and is_con else None
    unknown = None if known else (preset.normalise(raw_code) or EMPTY_CODE)
    return (is_con or not known, is_ind, is_con, bfield, unknown, bkey if bfield else None)


# ---------------------------------------------------------------------------------------------
# tallies (row form): one per zone, fed piece by piece by the engine

class LandUseTally:
    """Land use inside one zone, in m²: industrial, construction (base), breakdown, unknown codes."""

    def __init__(self):
        self.ind = 0.0
        self.base = 0.0
        self.unk = 0.0
        self.by = {}
        self.unk_codes = {}

    def add(self, area_m2, is_ind, is_con, breakdown, unknown_code):
        """One clipped piece; ``unknown_code`` is the normalised code when the class is unknown."""
        if unknown_code is not None:
            self.unk += area_m2
            self.unk_codes[unknown_code] = self.unk_codes.get(unknown_code, 0.0) + area_m2
            return
        if not is_con:
            return
        self.base += area_m2
        if is_ind:
            self.ind += area_m2
        if breakdown is not None:
            self.by[breakdown] = self.by.get(breakdown, 0.0) + area_m2

    def share(self, threshold_pct):
        return zone_share(self.ind, self.base, threshold_pct)

    def row(self, threshold_pct, variant, breakdown_fields=BREAKDOWN_ORDER):
        """Output values: ind_ha, base_ha, the breakdown (in ``breakdown_fields`` order), ind_share,
        thresh, share_ok, deficit_ha, def_new_ha, unk_ha, unk_codes, verdict — and the ShareResult."""
        s = self.share(threshold_pct)
        unk_ha = self.unk / M2_PER_HA
        values = [self.ind / M2_PER_HA, self.base / M2_PER_HA]
        values += [self.by.get(f, 0.0) / M2_PER_HA for f in breakdown_fields]
        values += [s.share_pct, float(threshold_pct), s.ok, s.deficit_ha, s.def_new_ha, unk_ha,
                   unknown_codes_text(self.unk_codes),
                   zone_verdict(s.share_pct, s.ok, s.deficit_ha, threshold_pct, unk_ha, variant)]
        return values, s


class ScoredTally:
    """Scored parcels whose inner point lies in the zone (rules: module doc). Areas in 亩."""

    def __init__(self, has_flag=True, has_tax=True):
        self.has_flag, self.has_tax = has_flag, has_tax
        self.scored = self.lowe = self.tax = self.tax_area = 0.0
        self.undet = 0

    def add(self, area_mu, flag, tax):
        """``flag`` 1 / 0 / None (see :func:`flag_state`); ``tax`` 万元/亩 or None."""
        self.scored += area_mu
        if flag == 1:
            self.lowe += area_mu
        elif flag is None and self.has_flag:
            self.undet += 1
        if tax is not None and area_mu > 0:
            self.tax += tax * area_mu
            self.tax_area += area_mu

    def values(self):
        """scored_ha, lowe_ha, lowe_pct, ie_undet, tax_mu."""
        mu_to_ha = M2_PER_MU / M2_PER_HA
        out = [self.scored * mu_to_ha, None, None, None, None]
        if self.has_flag:
            out[1:4] = [self.lowe * mu_to_ha, rate_pct(self.lowe, self.scored), self.undet]
        if self.has_tax and self.tax_area > 0:
            out[4] = self.tax / self.tax_area
        return out


class ClippedTally:
    """A layer clipped to the zone: all area and flagged area, in m² (rules: module doc)."""

    def __init__(self, has_flag=True):
        self.has_flag = has_flag
        self.total = 0.0
        self.flagged = 0.0 if has_flag else None

    def add(self, piece_m2, flag, whole_geom_m2=None, official_m2=None):
        self.total += proportional_area(piece_m2, whole_geom_m2, official_m2)
        if self.has_flag and flag == 1:
            self.flagged += piece_m2

    def values(self, total_override_m2=None):
        """total_ha, flagged_ha, rate_pct; ``total_override_m2`` replaces the denominator (the
        approval layer's clipped area for the unsupplied rate)."""
        total = self.total if total_override_m2 is None else total_override_m2
        if self.flagged is None:
            return [total / M2_PER_HA, None, None]
        return [total / M2_PER_HA, self.flagged / M2_PER_HA, rate_pct(self.flagged, total)]


@dataclass(frozen=True)
class ClippedLine:
    """One scorecard line from a layer clipped to the zones (see :class:`ClippedTally`).

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
SCORED_FIELDS_OUT = ("scored_ha", "lowe_ha", "lowe_pct", "ie_undet", "tax_mu")


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
    flags = [flag_state(v) for v in columns["ua_flag"]]
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


class PlacedTally:
    """The features of one :class:`PlacedLine` placed in one zone: ``add(values, area_mu)`` per
    feature ({field: raw value} of ``line.read``), ``values()`` the line's output values."""

    def __init__(self, line):
        self.line = line
        self.columns = {name: [] for name in line.read}
        self.areas = []

    def add(self, values, area_mu):
        for name in self.line.read:
            self.columns[name].append(values.get(name))
        self.areas.append(area_mu if area_mu is not None else 0.0)

    def values(self):
        return list(self.line.summarise(self.columns, self.areas))


def placed_card_columns(line, zone_idx, n_zones, columns, areas_mu):
    """Columnar :class:`PlacedTally`: per (feature, zone) arrays → [values per zone]."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    areas = np.array([np.nan if a is None else float(a) for a in areas_mu], dtype=float)
    cols = {name: np.asarray(_obj_list(columns[name]), dtype=object) for name in line.read}
    out = []
    for z in range(n_zones):
        sel = zi == z
        out.append(list(line.summarise({k: v[sel].tolist() for k, v in cols.items()},
                                       np.where(np.isnan(areas[sel]), 0.0, areas[sel]).tolist())))
    return out


def _obj_list(values):
    arr = np.empty(len(values), dtype=object)
    arr[:] = list(values)
    return arr


# ---------------------------------------------------------------------------------------------
# zone report (landplan:zonereport): scorecard rows and the land-status chart

#: the report's scorecard rows: (zone field, label, unit, decimals; None = a sentence below the table)
REPORT_SCORECARD = (("ind_share", "工业用地率", "%", 1), ("thresh", "达标阈值", "%", 1),
                    ("ind_ha", "工业用地面积", "公顷", 2), ("base_ha", "建设用地面积", "公顷", 2),
                    ("deficit_ha", "距达标缺口", "公顷", 2), ("lowe_ha", "低效工业用地", "公顷", 2),
                    ("idle_ha", "闲置土地", "公顷", 2), ("unsup_ha", "批而未供土地", "公顷", 2),
                    ("unsup_pct", "批而未供率", "%", 1), ("verdict", "结论", "", None))
#: sentences printed under the map when the zones carry them: (zone field, label) — the placed lines
REPORT_LINES = (("cm_card", "标准地履约"), ("ua_card", "疑似违法占地"))
#: the land-status chart's bars: (key, label, colour, flag field of the parcels, zone-check area field in ha)
STATUS_BARS = (("total", "宗地总面积", "#4c78a8", None, None),
               ("low", "低效工业用地", "#f28e2b", "ie_flag", "lowe_ha"),
               ("idle", "闲置土地", "#b2182b", "idle_flag", "idle_ha"),
               ("unsup", "批而未供", "#6a3d9a", "unsup_flag", "unsup_ha"))
#: without parcels, the total bar is the zone check's scored area, else the zone's area (ha)
STATUS_TOTAL_FIELDS = ("scored_ha", "zone_ha")
#: a parcel layer is styled as the first check whose flag it carries
STYLE_KIND_BY_FLAG = (("ie_flag", "scoring"), ("idle_flag", "idle"), ("unsup_flag", "unsupplied"))


def style_kind(field_names):
    """The LandPlan output kind of a parcel layer (for its style), from its flag fields; None."""
    lowered = {str(n).lower() for n in field_names}
    return next((kind for flag, kind in STYLE_KIND_BY_FLAG if flag in lowered), None)


class StatusTally:
    """Land status of one zone's parcels (亩): total, and the area of each flag (parcels placed by
    their inner point, as the scorecard places them)."""

    def __init__(self):
        self.values = {key: 0.0 for key, *_rest in STATUS_BARS}

    def add(self, area_mu, flags):
        """``flags`` {bar key: raw flag value} of one parcel."""
        self.values["total"] += area_mu
        for key, raw in flags.items():
            if is_flagged(raw):
                self.values[key] += area_mu


def report_status(parcel_status, zone_values, have_parcels):
    """The chart's values (亩) for one zone: the zone check's clipped areas (``lowe_ha``, ``idle_ha``,
    ``unsup_ha``; ``zone_values`` {field: value}) win over the parcels' flags, which may not carry
    every check (批而未供 lives on approval polygons); without parcels the total is ``scored_ha``,
    else ``zone_ha``."""
    out = dict(parcel_status or {key: 0.0 for key, *_rest in STATUS_BARS})
    for key, _label, _colour, _flag, field_name in STATUS_BARS:
        value = zone_values.get(field_name) if field_name else None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            out[key] = value * MU_PER_HA
    if not have_parcels:
        for field_name in STATUS_TOTAL_FIELDS:
            value = zone_values.get(field_name)
            if isinstance(value, (int, float)) and not isinstance(value, bool) and not out["total"]:
                out["total"] = value * MU_PER_HA
    return out


#: the zone report's one area unit (table, chart, class distribution)
REPORT_AREA_UNIT = "公顷"
#: per-mu classes in report order (SPEC §7.7), then texts the scheme does not know
MJ_CLASSES = ("A", "B", "C", "D", "不定等级", "待核实")
OTHER_CLASS = "其他"


def report_chart_values(values_mu):
    """The chart's values in the report unit (公顷) from :func:`report_status`'s 亩."""
    return {key: (v or 0.0) / MU_PER_HA for key, v in values_mu.items()}


def report_chart_columns(columns_mu):
    """Columnar :func:`report_chart_values`: {bar key: per-zone array in 亩} → arrays in 公顷."""
    return {key: np.nan_to_num(_f(v), nan=0.0) / MU_PER_HA for key, v in columns_mu.items()}


def class_key(raw):
    """The report's class of an ``mj_class`` value (rules: module doc); None when empty."""
    if _is_null(raw):
        return None
    import unicodedata
    text = unicodedata.normalize("NFKC", str(raw)).strip().upper()
    if text.endswith("类") and len(text) > 1:
        text = text[:-1].strip()
    return text if text in MJ_CLASSES else OTHER_CLASS


def class_key_array(raw):
    """Columnar :func:`class_key` → object array."""
    return np.array([class_key(v) for v in np.asarray(raw, dtype=object).ravel()] + [None], dtype=object)[:-1]


class ClassTally:
    """Per-mu classes of one zone's parcels: number and area (亩 in, 公顷 out)."""

    def __init__(self):
        self.count = {}
        self.mu = {}

    def add(self, raw_class, area_mu):
        key = class_key(raw_class)
        if key is None:
            return
        self.count[key] = self.count.get(key, 0) + 1
        area = float(area_mu) if area_mu is not None and area_mu == area_mu else 0.0
        self.mu[key] = self.mu.get(key, 0.0) + area

    def rows(self):
        """[(class, parcels, 公顷)] in MJ_CLASSES order (classes present only), 其他 last."""
        return [(k, self.count[k], self.mu[k] / MU_PER_HA) for k in MJ_CLASSES + (OTHER_CLASS,) if k in self.count]


def class_columns(zone_idx, n_zones, area_mu, raw_classes):
    """Columnar :class:`ClassTally`: per (parcel, zone) arrays → {class: (count array, 公顷 array)} for
    the classes present."""
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


def report_status_columns(parcel_status, zone_columns, have_parcels):
    """Columnar :func:`report_status`: {bar key: per-zone array} (or None) and {zone field: per-zone
    values} → {bar key: per-zone float array}."""
    n = len(next(iter(zone_columns.values()))) if zone_columns else len(next(iter(parcel_status.values())))
    out = {key: np.zeros(n) for key, *_rest in STATUS_BARS}
    for i in range(n):
        row = report_status(None if parcel_status is None else {k: float(v[i]) for k, v in parcel_status.items()},
                            {k: _none(v[i]) for k, v in zone_columns.items()}, have_parcels)
        for key in out:
            out[key][i] = row[key]
    return out


def status_columns(zone_idx, n_zones, area_mu, flags):
    """Columnar :class:`StatusTally`: per (parcel, zone) arrays; ``flags`` {bar key: raw values} →
    {bar key: per-zone float array (亩)}."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    a = _f(area_mu)
    out = {"total": np.bincount(zi, weights=a, minlength=n_zones)}
    for key, *_rest in STATUS_BARS[1:]:
        raw = flags.get(key)
        hit = np.zeros(len(a), bool) if raw is None else is_flagged_array(np.asarray(raw, dtype=object))
        out[key] = np.bincount(zi, weights=np.where(hit, a, 0.0), minlength=n_zones)
    return out


# ---------------------------------------------------------------------------------------------
# columnar forms (numpy): NaN = NULL in float arrays

def _f(a):
    return np.asarray(a, dtype=float)


def zone_share_from_areas(industrial_m2, base_m2, threshold_pct=60.0):
    """Columnar :func:`zone_share`: arrays of industrial and construction land (m²; NaN = 0) →
    dict of float arrays ``share_pct``, ``ok`` (1/0, NaN = NULL), ``deficit_ha``, ``def_new_ha``."""
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


def _none(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


def zone_verdicts(share_pct, ok, deficit_ha, threshold_pct, unk_ha=None, variant="industrial"):
    """Columnar :func:`zone_verdict` → object array of text."""
    share_pct, ok, deficit_ha = _f(share_pct), _f(ok), _f(deficit_ha)
    unk = np.zeros(len(share_pct)) if unk_ha is None else np.nan_to_num(_f(unk_ha), nan=0.0)
    out = np.empty(len(share_pct), dtype=object)
    for i in range(len(out)):
        o = _none(float(ok[i]))
        out[i] = zone_verdict(_none(float(share_pct[i])), None if o is None else int(o),
                              _none(float(deficit_ha[i])), threshold_pct, float(unk[i]), variant)
    return out


def proportional_area_columns(piece_m2, whole_geom_m2, official_m2=None):
    """Columnar :func:`proportional_area` (official NaN = none)."""
    piece = _f(piece_m2)
    if official_m2 is None:
        return piece.copy()
    whole, off = _f(whole_geom_m2), _f(official_m2)
    use = (off > 0) & (whole > 0) & ~np.isnan(off)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        scaled = off * np.minimum(1.0, piece / np.where(whole > 0, whole, 1.0))
    return np.where(use, scaled, piece)


def official_area_columns(raw, field_name, unit_m2=1.0):
    """Columnar :func:`official_area_m2`: raw values → (float array in m², NaN = use the geometry;
    object array of problems or None)."""
    raw = np.asarray(raw, dtype=object).ravel()
    area = np.full(len(raw), np.nan)
    problems = np.full(len(raw), None, dtype=object)
    for i, value in enumerate(raw):
        a, p = official_area_m2(value, field_name, unit_m2)
        if a is not None:
            area[i] = a
        problems[i] = p
    return area, problems


def parcel_area_columns(raw_area_mu, geom_mu, field_name="ie_areamu"):
    """Columnar :func:`parcel_area_mu` (``geom_mu`` NaN = not measured)."""
    raw = np.asarray(raw_area_mu, dtype=object).ravel()
    geom = _f(geom_mu)
    out = geom.copy()
    for i, value in enumerate(raw):
        v, _p = parse_number(value, field_name)
        if v is not None and v > 0:
            out[i] = v
    return out


def rate_pct_columns(part, whole):
    """Columnar :func:`rate_pct` (NaN = None)."""
    part, whole = _f(part), _f(whole)
    ok = ~np.isnan(part) & (whole > 0)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return np.where(ok, part / np.where(ok, whole, 1.0) * 100.0, np.nan)


def flag_state_columns(raw):
    """Columnar :func:`flag_state` → float array 1 / 0 / NaN."""
    raw = np.asarray(raw, dtype=object)
    null = np.array([_is_null(v) for v in raw], dtype=bool)
    return np.where(null, np.nan, is_flagged_array(raw).astype(float))


def landuse_totals_columns(zone_idx, n_zones, area_m2, is_ind, is_con, known):
    """Columnar :class:`LandUseTally` totals: per-piece arrays → per-zone float arrays
    ``ind``, ``base``, ``unk`` (m²)."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    a = _f(area_m2)
    is_ind, is_con, known = (np.asarray(x, dtype=bool) for x in (is_ind, is_con, known))
    con = known & is_con
    return {"base": np.bincount(zi, weights=np.where(con, a, 0.0), minlength=n_zones),
            "ind": np.bincount(zi, weights=np.where(con & is_ind, a, 0.0), minlength=n_zones),
            "unk": np.bincount(zi, weights=np.where(known, 0.0, a), minlength=n_zones)}


def scored_card_columns(zone_idx, n_zones, area_mu, flag, tax, has_flag=True, has_tax=True):
    """Columnar :class:`ScoredTally`: per (parcel, zone) pair arrays → per-zone arrays
    scored_ha, lowe_ha, lowe_pct, ie_undet, tax_mu (NaN = NULL). ``flag`` 1/0/NaN; ``tax`` NaN = none."""
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


def clipped_card_columns(zone_idx, n_zones, piece_m2, flag, whole_geom_m2=None, official_m2=None,
                         has_flag=True, total_override_m2=None):
    """Columnar :class:`ClippedTally`: per (feature, zone) piece arrays → per-zone total_ha,
    flagged_ha, rate_pct (NaN = NULL)."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    piece = _f(piece_m2)
    counted = proportional_area_columns(piece, whole_geom_m2, official_m2) if official_m2 is not None else piece
    total = np.bincount(zi, weights=counted, minlength=n_zones)
    if total_override_m2 is not None:
        total = _f(total_override_m2)
    out = {"total_ha": total / M2_PER_HA, "flagged_ha": np.full(n_zones, np.nan), "rate_pct": np.full(n_zones, np.nan)}
    if has_flag:
        flagged = np.bincount(zi, weights=np.where(_f(flag) == 1, piece, 0.0), minlength=n_zones)
        out["flagged_ha"] = flagged / M2_PER_HA
        out["rate_pct"] = rate_pct_columns(flagged, total)
    return out


def zone_table_columns(zone_idx, n_zones, area_m2, codes, preset, threshold_pct=60.0, variant="industrial",
                       whole_geom_m2=None, official_m2=None):
    """The whole land-use part of the zone table from clipped pieces — the distributed engine's entry
    point (columnar :class:`LandUseTally` + :meth:`LandUseTally.row`).

    ``zone_idx`` the zone of each piece (0 … n_zones-1), ``area_m2`` its geometry area, ``codes``
    its raw land-use code, optional ``whole_geom_m2`` / ``official_m2`` (NaN = none) for the 三调
    rule (:func:`proportional_area_columns`). Returns {output field: per-zone array}: ``ind_ha``,
    ``base_ha``, ``gy_ha`` … ``othind_ha``, ``ind_share``, ``share_ok`` (1/0/NaN), ``deficit_ha``,
    ``def_new_ha``, ``unk_ha`` (float, NaN = NULL), ``unk_codes``, ``verdict`` (object)."""
    zi = np.asarray(zone_idx, dtype=np.int64)
    area = _f(area_m2)
    if official_m2 is not None:
        area = proportional_area_columns(area, whole_geom_m2, official_m2)
    ind = classify_array(preset, codes, variant)
    cls = classify_array(preset, codes, "industrial")
    known, con = ind["known"], ind["construction"]
    totals = landuse_totals_columns(zi, n_zones, area, ind["industrial"], con, known)
    out = {"ind_ha": totals["ind"] / M2_PER_HA, "base_ha": totals["base"] / M2_PER_HA}
    bfield = np.array([BREAKDOWN_FIELDS.get(k, OTHER_BREAKDOWN_FIELD) if k is not None else None
                       for k in cls["breakdown"]], dtype=object)
    for name in BREAKDOWN_ORDER:
        hit = known & con & (bfield == name)
        out[name] = np.bincount(zi, weights=np.where(hit, area, 0.0), minlength=n_zones) / M2_PER_HA
    share = zone_share_from_areas(totals["ind"], totals["base"], threshold_pct)
    out.update({"ind_share": share["share_pct"], "share_ok": share["ok"], "deficit_ha": share["deficit_ha"],
                "def_new_ha": share["def_new_ha"], "unk_ha": totals["unk"] / M2_PER_HA})
    unk = [dict() for _ in range(n_zones)]
    for i in np.nonzero(~known)[0]:
        code = ind["code"][i] or EMPTY_CODE
        unk[zi[i]][code] = unk[zi[i]].get(code, 0.0) + area[i]
    out["unk_codes"] = np.array([unknown_codes_text(u) for u in unk] + [None], dtype=object)[:n_zones]
    out["verdict"] = zone_verdicts(share["share_pct"], share["ok"], share["deficit_ha"], threshold_pct,
                                   out["unk_ha"], variant)
    return out


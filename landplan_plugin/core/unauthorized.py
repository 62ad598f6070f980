"""疑似违法占地 — suspected unauthorised land use (SPEC §7.6; seed 003 §二(三)6).

Built-up land — land-use polygons with a construction code of the classification (三调: the
construction land of ``resources/landuse/sandiao_2017.json``), or building footprints when no
code field is given — that no approval (批地: 农用地转用/土地征收批准), supply (供地) or registered
parcel (登记宗地, optional) covers, restricted to the zones when zones are given, is a **lead for
inspection**, never a verdict: every text says 疑似 and names the layers checked.

The engine subtracts the covering layers, dissolves what is left per zone and land-use code and
splits it into single-part pieces. Rules here:

* a piece is kept when its area is **at least** ``MIN_AREA`` 亩 (default 1 亩); smaller pieces
  are slivers from digitising differences: dropped and counted (:func:`keep_piece`);
* ``ua_flag`` = 1, ``ua_mu`` the area in 亩, ``ua_code`` the normalised land-use code (empty for
  building footprints), ``ua_zone`` the zone's name, ``ua_reason`` (:func:`piece_reason`), e.g.
  ``疑似违法占地（线索，待核查）：现状建设用地（0601 工业用地）2.35亩，未被批地、供地、登记宗地覆盖，
  位于濮阳经济技术产业集聚区``;
* ledger kind (:func:`ledger_entry`): 类型 疑似违法占地, 形成原因 = the reason, 处置措施 核查、依法处置;
* zone scorecard line (:func:`scorecard_line`): ``疑似违法占地 N 处 X 亩（线索，待核查）``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from .lazy import lazy_module

np = lazy_module("numpy")

from .units import M2_PER_MU

__all__ = [
    "KIND", "DISPOSAL", "DEFAULT_MIN_MU", "FLAG_FIELD", "LAYER_LABELS",
    "is_builtup", "is_builtup_columns", "keep_piece", "keep_piece_columns",
    "piece_reason", "piece_reason_columns", "PieceResult", "assess_piece", "assess_pieces",
    "ledger_entry", "scorecard_line", "scorecard_columns", "EXPORT_KIND", "totals_by_zone",
]

KIND = "疑似违法占地"
DISPOSAL = "核查、依法处置"
DEFAULT_MIN_MU = 1.0
FLAG_FIELD = "ua_flag"
#: what each covering layer is called in the reason
LAYER_LABELS = {"APPROVALS": "批地", "SUPPLIED": "供地", "REGISTERED": "登记宗地"}
#: relative tolerance of the minimum area (a piece drawn at exactly 1 亩 is kept)
_AREA_TOL = 1e-9


def is_builtup(raw_code, preset) -> bool:
    """Construction land of ``preset`` (a :class:`~.landuse.LandUsePreset`)? Unknown codes: no."""
    return bool(preset.classify(raw_code)[1])


def is_builtup_columns(raw_codes, preset) -> np.ndarray:
    arr = np.asarray(raw_codes, dtype=object)
    cache = {}
    out = np.zeros(arr.shape, dtype=bool)
    for i, raw in enumerate(arr):
        key = preset.normalise(raw)
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = is_builtup(raw, preset)
        out[i] = hit
    return out


def keep_piece(area_m2, min_mu=DEFAULT_MIN_MU) -> bool:
    """A piece of at least ``min_mu`` 亩 is reported; a smaller one is a sliver."""
    if area_m2 is None or not area_m2 > 0:
        return False
    threshold = max(0.0, float(min_mu)) * M2_PER_MU
    return area_m2 >= threshold * (1.0 - _AREA_TOL)


def keep_piece_columns(area_m2, min_mu=DEFAULT_MIN_MU) -> np.ndarray:
    a = np.array([np.nan if v is None else float(v) for v in area_m2], dtype=float)
    threshold = max(0.0, float(min_mu)) * M2_PER_MU
    with np.errstate(invalid="ignore"):
        return (a > 0) & (a >= threshold * (1.0 - _AREA_TOL))


def _checked_text(checked: Sequence[str]) -> str:
    names = [LAYER_LABELS.get(c, c) for c in checked]
    return "、".join(names) if names else "任何批地、供地或登记宗地"


def piece_reason(area_m2, code=None, code_name=None, zone=None, checked=("APPROVALS", "SUPPLIED")) -> str:
    """The Chinese reason of one piece (says 疑似, names the layers checked)."""
    if code:
        what = "现状建设用地（%s%s）" % (code, " " + code_name if code_name else "")
    else:
        what = "现状建筑占地"
    text = "疑似违法占地（线索，待核查）：%s%.2f亩，未被%s覆盖" % (what, (area_m2 or 0.0) / M2_PER_MU,
                                                          _checked_text(checked))
    if zone:
        text += "，位于%s" % zone
    return text


def piece_reason_columns(area_m2, codes, code_names, zones, checked=("APPROVALS", "SUPPLIED")) -> np.ndarray:
    out = np.empty(len(area_m2), dtype=object)
    for i in range(len(area_m2)):
        out[i] = piece_reason(area_m2[i], codes[i], code_names[i], zones[i], checked)
    return out


@dataclass
class PieceResult:
    keep: bool
    ua_mu: float
    reason: Optional[str]


def assess_piece(area_m2, code=None, code_name=None, zone=None, checked=("APPROVALS", "SUPPLIED"),
                 min_mu=DEFAULT_MIN_MU) -> PieceResult:
    """One uncovered single-part piece: kept or a sliver, its 亩 and its reason (None when dropped)."""
    keep = keep_piece(area_m2, min_mu)
    mu = (area_m2 or 0.0) / M2_PER_MU
    return PieceResult(keep, mu, piece_reason(area_m2, code, code_name, zone, checked) if keep else None)


def assess_pieces(area_m2, codes, code_names, zones, checked=("APPROVALS", "SUPPLIED"), min_mu=DEFAULT_MIN_MU):
    """Columnar :func:`assess_piece`: (keep bool array, ua_mu float array, reason object array)."""
    a = np.array([0.0 if v is None else float(v) for v in area_m2], dtype=float)
    keep = keep_piece_columns(area_m2, min_mu)
    reasons = piece_reason_columns(a, codes, code_names, zones, checked)
    reasons[~keep] = None
    return keep, a / M2_PER_MU, reasons


def ledger_entry(reason):
    """(类型, 形成原因, 处置措施) of a piece in the 台账 / exportflagged."""
    return KIND, reason or KIND, DISPOSAL


#: how exportflagged / the ledger read a flagunauthorized output: the flag field, the kind label
#: (认定类别 / 类型), and which fields give the area (亩), the zone and the cause (形成原因)
EXPORT_KIND = {"flag_field": FLAG_FIELD, "kind": KIND, "type": KIND, "disposal": DISPOSAL,
               "area_mu_field": "ua_mu", "zone_field": "ua_zone", "cause_field": "ua_reason"}


def totals_by_zone(zones, ua_mu, flags=None):
    """{zone: (pieces, 亩)} over flagunauthorized output rows (``flags``: ua_flag values; rows whose
    flag is not 1 are left out; None = all rows count). Zone None stays None (no zone given)."""
    out = {}
    for i, zone in enumerate(zones):
        if flags is not None and flags[i] not in (1, "1", True):
            continue
        count, mu = out.get(zone, (0, 0.0))
        out[zone] = (count + 1, mu + float(ua_mu[i] or 0.0))
    return out


def scorecard_line(count, total_mu) -> str:
    """The zone scorecard's line for this kind."""
    if not count:
        return "%s：未发现（面积不小于下限的未覆盖建设用地）" % KIND
    return "%s：%d处，共%.2f亩（线索，待核查）" % (KIND, int(count), float(total_mu or 0.0))


def scorecard_columns(counts, total_mu) -> np.ndarray:
    out = np.empty(len(counts), dtype=object)
    for i in range(len(counts)):
        out[i] = scorecard_line(counts[i], total_mu[i])
    return out

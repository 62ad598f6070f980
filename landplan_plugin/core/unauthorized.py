"""疑似违法占地 — suspected unauthorised land use (濮政办〔2021〕6号 §二(三)6).

Built-up land — land-use polygons with a construction code of the classification (三调: the
construction land of ``resources/landuse/sandiao_2017.json``), or building footprints when no
code field is given — that no approval (批地: 农用地转用/土地征收批准), supply (供地) or registered
parcel (登记宗地, optional) covers, restricted to the zones when zones are given, is a **lead for
inspection**, never a verdict: every text says 疑似 and names the layers checked.

The engine subtracts the covering layers, dissolves what is left per zone and land-use code and
splits it into single-part pieces. Rules here:

* a piece is kept when its area is **at least** ``MIN_AREA`` 亩 (default 1 亩); smaller pieces
  are slivers from digitising differences: dropped and counted (:func:`assess_pieces`);
* ``ua_flag`` = 1, ``ua_mu`` the area in 亩, ``ua_code`` the normalised land-use code (empty for
  building footprints), ``ua_zone`` the zone's name, ``ua_reason`` (:func:`assess_pieces`), e.g.
  ``疑似违法占地（线索，待核查）：现状建设用地（0601 工业用地）2.35亩，未被批地、供地、登记宗地覆盖，
  位于濮阳经济技术产业集聚区``;
* ledger kind (:data:`KIND`, :data:`DISPOSAL`): 类型 疑似违法占地, 形成原因 = the reason, 处置措施 核查、依法处置;
* zone scorecard line (:func:`scorecard_line`): ``疑似违法占地 N 处 X 亩（线索，待核查）``.
"""
from __future__ import annotations

from typing import Sequence

from .landuse import classify_array
from .lazy import lazy_module
from .units import M2_PER_MU

np = lazy_module("numpy")

__all__ = [
    "KIND", "DISPOSAL", "DEFAULT_MIN_MU", "LAYER_LABELS",
    "builtup_columns", "assess_pieces", "scorecard_line", "totals_by_zone",
]

KIND = "疑似违法占地"
DISPOSAL = "核查、依法处置"
DEFAULT_MIN_MU = 1.0
#: what each covering layer is called in the reason
LAYER_LABELS = {"APPROVALS": "批地", "SUPPLIED": "供地", "REGISTERED": "登记宗地"}
#: relative tolerance of the minimum area (a piece drawn at exactly 1 亩 is kept)
_AREA_TOL = 1e-9


def builtup_columns(raw_codes, preset, n=0):
    """Which features are built-up land, and their normalised codes: ``raw_codes`` (land-use
    codes) → (bool array: construction land of ``preset``, a :class:`~.landuse.LandUsePreset`;
    unknown codes are not; object array of codes). ``raw_codes`` None: ``n`` building footprints,
    all built-up, without a code ('')."""
    if raw_codes is None:
        return np.ones(n, dtype=bool), np.full(n, "", dtype=object)
    cls = classify_array(preset, raw_codes)
    return cls["construction"], cls["code"]


def _checked_text(checked: Sequence[str]) -> str:
    names = [LAYER_LABELS.get(c, c) for c in checked]
    return "、".join(names) if names else "任何批地、供地或登记宗地"


def assess_pieces(area_m2, codes, code_names, zones, checked=("APPROVALS", "SUPPLIED"), min_mu=DEFAULT_MIN_MU):
    """Uncovered single-part pieces: (keep bool array, ua_mu float array, reason object array).

    A piece of at least ``min_mu`` 亩 is kept; a smaller one is a sliver (reason None). The reason
    says 疑似, names the code (and its name) or 现状建筑占地 without a code, the 亩, the layers
    checked and the zone when there is one."""
    a = np.array([0.0 if v is None else float(v) for v in area_m2], dtype=float)
    threshold = max(0.0, float(min_mu)) * M2_PER_MU
    with np.errstate(invalid="ignore"):
        keep = (a > 0) & (a >= threshold * (1.0 - _AREA_TOL))
    covered = _checked_text(checked)
    reasons = np.full(len(a), None, dtype=object)
    for i in np.flatnonzero(keep).tolist():
        code, name, zone = codes[i], code_names[i], zones[i]
        what = "现状建设用地（%s%s）" % (code, " " + name if name else "") if code else "现状建筑占地"
        text = "疑似违法占地（线索，待核查）：%s%.2f亩，未被%s覆盖" % (what, a[i] / M2_PER_MU, covered)
        reasons[i] = text + ("，位于%s" % zone if zone else "")
    return keep, a / M2_PER_MU, reasons


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

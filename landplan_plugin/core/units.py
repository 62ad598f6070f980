"""Area units used in Chinese land administration.

亩 (mu) = 10000/15 m² ≈ 666.67 m²; 公顷 (ha) = 10 000 m² = 15 亩.

An area field's unit can be told from the data: :func:`detect_area_unit` compares a sample of
its values with the geometries' areas (the median ratio must lie within ×/÷ 1.3 of a unit's);
:func:`choose_area_unit` decides what a run uses when the detected unit and the given one differ.
"""
import math

M2_PER_MU = 10000.0 / 15.0
M2_PER_HA = 10000.0
MU_PER_HA = 15.0

#: unit keys accepted by :func:`to_m2` (the AREA_UNIT enum follows this order)
AREA_UNITS = ("m2", "mu", "ha")
AREA_UNIT_LABELS = {"m2": "平方米", "mu": "亩", "ha": "公顷"}


def to_m2(value, unit):
    """Convert an area in ``unit`` ('m2', 'mu' or 'ha') to square metres."""
    if unit == "m2":
        return value
    if unit == "mu":
        return value * M2_PER_MU
    if unit == "ha":
        return value * M2_PER_HA
    raise ValueError("unknown area unit: %r" % (unit,))


def per_ha_to_per_mu(value_per_ha):
    """万元/公顷 → 万元/亩 (÷ 15)."""
    return value_per_ha / MU_PER_HA


#: field value ÷ area in m², per unit
UNIT_RATIOS = {"m2": 1.0, "mu": 1.0 / M2_PER_MU, "ha": 1.0 / M2_PER_HA}
#: the median ratio must be within this factor of a unit's ratio
UNIT_TOLERANCE = 1.3
#: at least this many (value, geometry area) pairs are needed to decide
UNIT_MIN_SAMPLE = 3


def detect_area_unit(pairs):
    """'m2', 'mu' or 'ha' for an area field, from ``(field value, geometry area in m²)`` pairs of
    a sample of features (values already parsed, None when unreadable); None when the sample
    does not say clearly (fewer than 3 usable pairs, or the median ratio is not near a unit).
    Pairs whose value is not positive or whose geometry is under 1 m² are ignored.
    """
    ratios = sorted(value / area for value, area in pairs
                    if value and value > 0 and area is not None and area > 1.0)
    if len(ratios) < UNIT_MIN_SAMPLE:
        return None
    median = ratios[len(ratios) // 2]
    best = min(UNIT_RATIOS, key=lambda u: abs(math.log(median / UNIT_RATIOS[u])))
    return best if abs(math.log(median / UNIT_RATIOS[best])) < math.log(UNIT_TOLERANCE) else None


#: what :func:`choose_area_unit` says about its choice
UNIT_AS_GIVEN = "as_given"      # nothing detected, or the detection agrees
UNIT_ADOPTED = "adopted"        # no unit was given: the detected one is used (say so)
UNIT_CONFLICT = "conflict"      # a unit was given and the data disagree: the given one is used (warn)


def choose_area_unit(detected, given, given_explicitly):
    """``(unit, verdict)``: the unit a run reads an area field in.

    A unit the user passed explicitly always wins (a disagreeing detection is a warning,
    :data:`UNIT_CONFLICT`); otherwise a detected unit replaces the default (:data:`UNIT_ADOPTED`).
    """
    if detected is None or detected == given:
        return given, UNIT_AS_GIVEN
    if given_explicitly:
        return given, UNIT_CONFLICT
    return detected, UNIT_ADOPTED

"""Area units used in Chinese land administration.

亩 (mu) = 10000/15 m² ≈ 666.67 m²; 公顷 (ha) = 10 000 m² = 15 亩.
"""

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


def m2_to_mu(m2):
    return m2 / M2_PER_MU


def m2_to_ha(m2):
    return m2 / M2_PER_HA


def per_ha_to_per_mu(value_per_ha):
    """万元/公顷 → 万元/亩 (÷ 15)."""
    return value_per_ha / MU_PER_HA

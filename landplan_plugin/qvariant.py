"""QGIS attribute values as plain Python values, for every module that reads features (the
algorithms, the table reader): one rule for QGIS NULL."""
from qgis.PyQt.QtCore import QVariant


def py_value(value):
    """QVariant NULL → None; other QVariants → their Python value; plain values unchanged."""
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value

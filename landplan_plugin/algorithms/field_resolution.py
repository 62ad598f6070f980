"""Fields of a layer: which one a parameter means (core.fields: the one candidate table and
matching rule) and the output fields LandPlan adds (with a translated alias, through compat)."""
from .. import compat
from ..core import fields as field_names


def find_field(fields, candidates):
    """Index of the first field named like a candidate (core.fields.find_name), or -1."""
    return field_names.find_name(fields.names(), candidates)


def make_field(name, vtype, alias, length=0, precision=0):
    """An output field with a (translated) alias. ``vtype``: a short type name
    (``"int"``, ``"int64"``, ``"double"``, ``"string"``, ``"date"``); see :mod:`..compat`."""
    field = compat.new_field(name, vtype, length, precision)
    field.setAlias(alias)
    return field

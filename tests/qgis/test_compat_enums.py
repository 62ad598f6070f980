"""compat's constants for the enums QGIS 3.x moved into ``Qgis``: on every QGIS the name that
exists resolves, and where both exist (QGIS 3.36 … 3.44) the QGIS 4 name and the 3.22 name are the
same value, so choosing the new one changes nothing."""
import ast
import os

from landplan_plugin import compat

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _resolve_calls():
    """{constant: (new name, old name)} of compat's ``NAME = resolve("new", "old")`` lines."""
    with open(os.path.join(REPO, "landplan_plugin", "compat.py"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    pairs = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and \
                getattr(node.value.func, "id", "") == "resolve":
            pairs[node.targets[0].id] = tuple(a.value for a in node.value.args)
    return pairs


def _lookup(name):
    try:
        return compat.resolve(name)
    except AttributeError:
        return None


def test_each_moved_enum_resolves_and_the_old_and_new_names_agree():
    pairs = _resolve_calls()
    assert len(pairs) >= 20 and "SOURCE_POLYGON" in pairs
    for constant, (new, old) in pairs.items():
        value = getattr(compat, constant)
        new_value, old_value = _lookup(new), _lookup(old)
        assert value is not None and (new_value is not None or old_value is not None), constant
        if new_value is not None:
            assert value == new_value, constant  # the QGIS 4 name first
        if new_value is not None and old_value is not None:
            assert int(getattr(new_value, "value", new_value)) == int(getattr(old_value, "value", old_value)), \
                constant
            assert new_value == old_value, constant
        assert new.startswith("Qgis.") and old.startswith("Qgs"), constant


def test_field_types_by_kind():
    for kind, number in (("int", 2), ("int64", 4), ("double", 6), ("string", 10), ("date", 14),
                         ("datetime", 16), ("bool", 1)):
        field = compat.new_field("x", kind)
        assert compat.field_kind(field) == kind
        assert int(getattr(field.type(), "value", field.type())) == number

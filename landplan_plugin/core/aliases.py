"""Which alias (Chinese field name) an output shows — one rule, the same on every QGIS version.

QGIS 3.40 reads field aliases stored in a GeoPackage (``gpkg_data_columns``); 3.22 does not, and a
layer opened with its default style carries the style's aliases. So the alias a field arrives with
depends on the QGIS version and on how the layer was opened. The rule:

* a LandPlan field (one in LandPlan's own alias table, ``styling.ALIASES`` plus any an algorithm
  adds) always shows LandPlan's alias, whatever the layer carries;
* any other field keeps the alias the layer carries (the user's own), else none.
"""

__all__ = ["field_alias"]


def field_alias(name, stored_alias, own):
    """The alias of field ``name`` (rules: module doc); ``own`` {name: alias}. '' when none."""
    return own.get(name) or (str(stored_alias) if stored_alias else "")


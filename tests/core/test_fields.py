"""core.fields: one candidate table and one matching rule for both engines."""
from landplan_plugin.core import fields


def test_exact_name_wins_over_a_normalised_one():
    assert fields.find_name(["ｄｌｂｍ", "DLBM"], fields.LANDUSE_CODE) == 1
    assert fields.find_name(["Ｄｌｂｍ"], fields.LANDUSE_CODE) == 0   # full width, mixed case
    assert fields.find_name(["面积"], fields.LANDUSE_CODE) == -1


def test_candidate_order_is_preference_order():
    assert fields.find_name(["名称", "园区名称"], fields.ZONE_NAME) == 1


def test_every_algorithm_table_names_parameters_and_tuples():
    for alg, params in fields.CANDIDATES.items():
        for param, names in params.items():
            assert param.endswith("_FIELD"), (alg, param)
            assert isinstance(names, tuple) and names and len(set(names)) == len(names), (alg, param)

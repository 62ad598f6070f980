"""core.fields.ROLES: every parameter it maps is a field parameter with candidate names, and the
roles are the ones the core's set-ups use."""
from landplan_plugin.core import fields, scoring


def test_every_mapped_parameter_has_candidates():
    for alg, roles in fields.ROLES.items():
        assert set(roles) <= set(fields.CANDIDATES[alg]), alg
        assert len(set(roles.values())) == len(roles), alg  # one role per parameter


def test_scoring_roles_are_the_setups_input_roles():
    assert set(fields.ROLES["scoreinefficiency"].values()) == set(scoring.INPUT_ROLES)

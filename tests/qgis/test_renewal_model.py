"""The quarterly model's optional 城市更新 steps (scripts/model_renewal.py): skipped without their
inputs, run with them."""
import os

from conftest import REPO, run_alg
from helpers import read_layer
from qgis.core import QgsApplication, QgsProcessingContext
from test_plans_model import MODEL_ID, _base_params

RENEWAL = os.path.join(REPO, "resources", "demo", "renewal_demo.gpkg")


def test_model_has_the_optional_renewal_steps(qgis_app):
    alg = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    children = {c.algorithmId() for c in alg.childAlgorithms().values()}
    assert {"landplan:renewalresources", "landplan:renewalscreening"} <= children
    optional = {p.name() for p in alg.parameterDefinitions() if p.flags() & p.FlagOptional}
    assert {"renewal_blocks", "ring_road", "renewal_buildings", "renewal_projects", "dev_boundary",
            "height_zones"} <= optional


def test_model_runs_the_renewal_steps_when_given(qgis_app, demo_gpkg, tmp_path):
    params = _base_params(demo_gpkg, tmp_path)
    params.update({
        "ring_road": "%s|layername=ring_road" % RENEWAL, "renewal_projects": "%s|layername=projects" % RENEWAL,
        "heritage": "%s|layername=heritage" % RENEWAL, "height_zones": "%s|layername=height_zones" % RENEWAL,
        "renewal:renewal_resources": str(tmp_path / "renewal.gpkg"),
        "screening:renewal_screening": str(tmp_path / "screening.gpkg")})
    run_alg(MODEL_ID, params, context=QgsProcessingContext())
    resources = read_layer(str(tmp_path / "renewal.gpkg"))[1]
    classes = {r["ur_class"] for r in resources}
    assert {"低效工业用地", "闲置土地", "批而未供"} <= classes  # from the model's own checks
    assert all(r["ur_route"] is None for r in resources)  # no 工业区块线 given
    screened = {r["项目编号"]: r["rs_conds"] for r in read_layer(str(tmp_path / "screening.gpkg"))[1]}
    assert screened["GX02"] == "2、5" and screened["GX11"] == "6"
    assert not os.path.exists(tmp_path / "plan_progress.gpkg")  # the plan steps still skip


def test_model_skips_the_renewal_steps_without_inputs(qgis_app, demo_gpkg, tmp_path):
    params = _base_params(demo_gpkg, tmp_path)
    params.update({"renewal:renewal_resources": str(tmp_path / "renewal.gpkg"),
                   "screening:renewal_screening": str(tmp_path / "screening.gpkg")})
    run_alg(MODEL_ID, params, context=QgsProcessingContext())
    assert os.path.getsize(tmp_path / "zones.gpkg") > 0
    assert not os.path.exists(tmp_path / "renewal.gpkg") and not os.path.exists(tmp_path / "screening.gpkg")

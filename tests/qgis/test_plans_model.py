"""The quarterly model's optional plan and task steps (scripts/model_plans.py): skipped without
their inputs, run with them."""
import os

from conftest import run_alg
from helpers import read_layer
from qgis.core import QgsApplication, QgsProcessingContext

MODEL_ID = "landplan:landplan_quarterly"


def lyr(path, name):
    return "%s|layername=%s" % (path, name)


def _base_params(demo_gpkg, tmp_path):
    return {
        "parcels": lyr(demo_gpkg, "parcels"), "zones": lyr(demo_gpkg, "zones"), "landuse": lyr(demo_gpkg, "landuse"),
        "landuse_code": "DLBM", "approvals": lyr(demo_gpkg, "approvals"), "supplies": lyr(demo_gpkg, "supplies"),
        "as_of": "2025-12-31", "standard": 1,
        "idle:parcels_checked": str(tmp_path / "parcels_checked.gpkg"),
        "unsupplied:unsupplied": str(tmp_path / "unsupplied.gpkg"),
        "zone:zones_checked": str(tmp_path / "zones.gpkg"),
        "export:flagged_shp": str(tmp_path / "flagged.shp"), "export:ledger": str(tmp_path / "ledger.xlsx"),
        "report:report_pdf": str(tmp_path / "report.pdf"), "report:overview_png": str(tmp_path / "overview.png"),
        "plan:plan_progress": str(tmp_path / "plan_progress.gpkg"),
        "tasks:task_progress": str(tmp_path / "task_progress.gpkg"),
        "tasks:task_parcels": str(tmp_path / "task_parcels.gpkg"),
    }


def test_model_has_the_optional_steps(qgis_app):
    alg = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    children = {c.algorithmId() for c in alg.childAlgorithms().values()}
    assert {"landplan:supplyplanprogress", "landplan:taskprogress", "landplan:countyassessment",
            "native:condition"} <= children
    optional = {p.name() for p in alg.parameterDefinitions() if p.flags() & p.FlagOptional}
    assert {"plan", "plan_supplies", "tasks", "baseline", "next_quota", "previous_assessment",
            "assessment_scheme"} <= optional


def test_model_runs_plan_and_task_steps_when_given(qgis_app, demo_gpkg, tmp_path):
    baseline = str(tmp_path / "baseline.gpkg")
    scored, _ = run_alg("landplan:scoreinefficiency", {"INPUT": lyr(demo_gpkg, "parcels_2024"), "STANDARD": 1,
                                                       "STATUS_FIELD": "生产状态", "OUTPUT": "TEMPORARY_OUTPUT"})
    run_alg("landplan:flagidleland", {"INPUT": scored["OUTPUT"], "AS_OF": "2024-12-31", "OUTPUT": baseline})
    params = _base_params(demo_gpkg, tmp_path)
    params.update({"plan": lyr(demo_gpkg, "supply_plan_2025"), "plan_supplies": lyr(demo_gpkg, "supplies_2025"),
                   "tasks": lyr(demo_gpkg, "disposal_tasks"), "baseline": baseline,
                   "assess:county_assessment": str(tmp_path / "assessment.gpkg")})
    res, fb = run_alg(MODEL_ID, params, context=QgsProcessingContext())
    plan_rows = read_layer(str(tmp_path / "plan_progress.gpkg"))[1]
    assert any(r["district"] == "全部" and r["category"] == "合计" and r["supp_ha"] > 0 for r in plan_rows)
    tasks = read_layer(str(tmp_path / "task_progress.gpkg"))[1]
    assert {r["kind"] for r in tasks} == {"低效", "闲置"}
    changes = {r["change"] for r in read_layer(str(tmp_path / "task_parcels.gpkg"))[1]}
    assert {"已处置", "未处置"} <= changes
    # 县（区）考核 with the plan step's table (the cluster demo's tasks are per 园区, its parcels carry a
    # 县区 field too: both appear, the 县区 without a task named in the log)
    assessed = {r["ca_county"]: r for r in read_layer(str(tmp_path / "assessment.gpkg"))[1]}
    task_zones = {r["zone"] for r in tasks if r["task_mu"] > 0 and r["zone"] != "合计"}
    assert task_zones and task_zones <= set(assessed) and "（未填区域）" not in assessed
    assert all(assessed[z]["ca_score"] is not None and assessed[z]["ca_yearend"] in (0, 1) for z in task_zones)
    assert not res.get("assess_noplan:county_assessment")


def test_model_skips_them_without_inputs(qgis_app, demo_gpkg, tmp_path):
    run_alg(MODEL_ID, _base_params(demo_gpkg, tmp_path), context=QgsProcessingContext())
    assert os.path.getsize(tmp_path / "zones.gpkg") > 0
    assert not os.path.exists(tmp_path / "plan_progress.gpkg")
    assert not os.path.exists(tmp_path / "task_progress.gpkg")

"""The quarterly model's zone-type inputs and its optional 十四五 quota step (scripts/model_quota.py)."""
from conftest import run_alg
from helpers import read_layer
from qgis.core import QgsApplication, QgsProcessingContext

MODEL_ID = "landplan:landplan_quarterly"


def lyr(path, name):
    return "%s|layername=%s" % (path, name)


def test_model_has_the_quota_step_and_zone_type_inputs(qgis_app):
    alg = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert "landplan:industrialquota" in {c.algorithmId() for c in alg.childAlgorithms().values()}
    optional = {p.name() for p in alg.parameterDefinitions() if p.flags() & p.FlagOptional}
    assert {"quota_supplies", "quota_file", "zone_type_field", "industrial_types"} <= optional


def test_model_runs_the_quota_step_and_judges_by_type(qgis_app, demo_gpkg, tmp_path):
    import os
    demo_dir = os.path.dirname(demo_gpkg)
    params = {
        "parcels": lyr(demo_gpkg, "parcels"), "zones": lyr(demo_gpkg, "zones"), "landuse": lyr(demo_gpkg, "landuse"),
        "landuse_code": "DLBM", "approvals": lyr(demo_gpkg, "approvals"), "supplies": lyr(demo_gpkg, "supplies"),
        "as_of": "2025-12-31", "standard": 1, "zone_type_field": "园区主导类型", "industrial_types": "工业主导",
        "quota_supplies": lyr(demo_gpkg, "supplies_industrial"),
        "quota_file": os.path.join(demo_dir, "quotas_demo.json"),
        "idle:parcels_checked": str(tmp_path / "parcels_checked.gpkg"),
        "unsupplied:unsupplied": str(tmp_path / "unsupplied.gpkg"), "zone:zones_checked": str(tmp_path / "zones.gpkg"),
        "export:flagged_shp": str(tmp_path / "flagged.shp"), "export:ledger": str(tmp_path / "ledger.xlsx"),
        "report:report_pdf": str(tmp_path / "report.pdf"), "report:overview_png": str(tmp_path / "overview.png"),
        "quota:quota_table": str(tmp_path / "quota.gpkg"), "quota:quota_outside": str(tmp_path / "outside.gpkg"),
    }
    run_alg(MODEL_ID, params, context=QgsProcessingContext())
    zones = {r["zone_name"]: r for r in read_layer(str(tmp_path / "zones.gpkg"))[1]}
    assert zones["清河产业集聚区"]["judged"] == 0 and zones["濮东产业集聚区"]["judged"] == 1
    rows = read_layer(str(tmp_path / "quota.gpkg"))[1]
    total = [r for r in rows if r["iq_table"] == "合计" and r["iq_year"] == "累计"][0]
    assert total["iq_quota"] == 60 and total["iq_supp_ha"] > 0
    leads = read_layer(str(tmp_path / "outside.gpkg"))[1]
    assert sorted(r["iq_lead"] for r in leads) == [0, 1]

"""The quarterly model's optional 存量用地选址 step (scripts/model_siting.py): it runs only when a project
is given, on the model's own 批而未供 and checked-parcel outputs; without a project the model runs as before."""
import os

from conftest import run_alg
from helpers import read_layer
from qgis.core import QgsApplication, QgsProcessingContext

MODEL_ID = "landplan:landplan_quarterly"


def _params(demo_gpkg, tmp_path):
    def uri(name):
        return "%s|layername=%s" % (demo_gpkg, name)
    params = {"parcels": uri("parcels"), "zones": uri("zones"), "landuse": uri("landuse"), "landuse_code": "DLBM",
              "approvals": uri("approvals"), "supplies": uri("supplies"), "as_of": "2025-12-31", "standard": 1}
    for name, fname in (("idle:parcels_checked", "checked.gpkg"), ("unsupplied:unsupplied", "unsup.gpkg"),
                        ("zone:zones_checked", "zones.gpkg"), ("export:flagged_shp", "flagged.shp"),
                        ("export:ledger", "ledger.xlsx"), ("report:report_pdf", "report.pdf"),
                        ("report:overview_png", "overview.png")):
        params[name] = str(tmp_path / fname)
    return params


def test_model_has_the_optional_siting_step(qgis_app):
    alg = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    children = alg.childAlgorithms()
    assert children["siting"].algorithmId() == "landplan:stocksiting"
    assert [d.childId for d in children["siting"].dependencies()] == ["has_project"]
    sources = children["siting"].parameterSources()
    assert sorted(s.outputChildId() for s in sources["CANDIDATES"]) == ["idle", "unsupplied"]
    optional = {p.name() for p in alg.parameterDefinitions() if p.flags() & p.FlagOptional}
    assert {"siting_industry", "siting_mu", "siting_invest", "siting_tax", "siting_zone"} <= optional


def test_model_sites_a_project_on_its_own_stock_land(qgis_app, demo_gpkg, tmp_path):
    params = _params(demo_gpkg, tmp_path)
    params.update({"siting_industry": "C3411", "siting_mu": 30.0, "siting_invest": 6000.0, "siting_tax": 60.0,
                   "siting_zone": "濮东产业集聚区", "siting:siting_sites": str(tmp_path / "sites.gpkg")})
    run_alg(MODEL_ID, params, context=QgsProcessingContext())
    _lyr, rows = read_layer(str(tmp_path / "sites.gpkg"))
    ranked = sorted((r for r in rows if r["ss_rank"]), key=lambda r: r["ss_rank"])
    assert ranked and ranked[0]["ss_zone"] == "濮东产业集聚区"
    assert {"批而未供", "闲置"} <= {k for r in rows for k in r["ss_kind"].split("+")}   # both steps feed it
    assert all(r["ss_meets"] in (0, 1) for r in ranked)


def test_model_without_a_project_runs_as_before(qgis_app, demo_gpkg, tmp_path):
    params = _params(demo_gpkg, tmp_path)
    params["siting:siting_sites"] = str(tmp_path / "sites.gpkg")
    results, _fb = run_alg(MODEL_ID, params, context=QgsProcessingContext())
    assert not os.path.exists(tmp_path / "sites.gpkg")               # the step is skipped
    for name in ("checked.gpkg", "unsup.gpkg", "zones.gpkg", "flagged.shp", "ledger.xlsx", "report.pdf"):
        assert os.path.getsize(tmp_path / name) > 0, name

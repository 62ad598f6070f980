"""The shipped quarterly model end to end on the demo data, and one algorithm in batch."""
import os

import pytest
from conftest import run_alg
from helpers import read_layer
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

MODEL_ID = "landplan:landplan_quarterly"


def L(path, name):
    return "%s|layername=%s" % (path, name)


def test_model_is_in_the_provider(qgis_app):
    alg = QgsApplication.processingRegistry().algorithmById(MODEL_ID)
    assert alg is not None, "the provider should ship resources/models/landplan_quarterly.model3"
    ok, errors = alg.validate() if hasattr(alg, "validate") else (True, [])
    assert ok, errors
    children = {c.algorithmId() for c in alg.childAlgorithms().values()}
    assert {"landplan:scoreinefficiency", "landplan:flagidleland", "landplan:flagunsupplied",
            "landplan:zoneindustrialshare", "landplan:exportflagged", "landplan:zonereport"} <= children


def test_quarterly_model_end_to_end_on_demo(qgis_app, demo_gpkg, tmp_path):
    params = {
        "parcels": L(demo_gpkg, "parcels"), "zones": L(demo_gpkg, "zones"), "landuse": L(demo_gpkg, "landuse"),
        "landuse_code": "DLBM", "approvals": L(demo_gpkg, "approvals"), "supplies": L(demo_gpkg, "supplies"),
        "as_of": "2025-12-31", "standard": 1,
        "idle:parcels_checked": str(tmp_path / "parcels_checked.gpkg"),
        "unsupplied:unsupplied": str(tmp_path / "unsupplied.gpkg"),
        "zone:zones_checked": str(tmp_path / "zones.gpkg"),
        "export:flagged_shp": str(tmp_path / "flagged.shp"),
        "export:ledger": str(tmp_path / "ledger.xlsx"),
        "report:report_pdf": str(tmp_path / "report.pdf"),
        "report:overview_png": str(tmp_path / "overview.png"),
    }
    res, fb = run_alg(MODEL_ID, params, context=QgsProcessingContext())
    for name in ("parcels_checked.gpkg", "unsupplied.gpkg", "zones.gpkg", "flagged.shp", "flagged.cpg",
                 "ledger.xlsx", "report.pdf", "overview.png"):
        assert os.path.getsize(tmp_path / name) > 0, name
    _, parcels = read_layer(str(tmp_path / "parcels_checked.gpkg"))
    assert len(parcels) == QgsVectorLayer(L(demo_gpkg, "parcels"), "p", "ogr").featureCount()
    assert {"ie_flag", "idle_flag"} <= set(parcels[0])
    zones = QgsVectorLayer(str(tmp_path / "zones.gpkg"), "z", "ogr")
    assert zones.featureCount() == 3
    flagged = QgsVectorLayer(str(tmp_path / "flagged.shp"), "f", "ogr")
    expected = sum(1 for r in parcels if r["ie_flag"] == 1 or r["idle_flag"] == 1)
    assert flagged.featureCount() == expected > 0


def test_batch_over_several_layers_equals_one_run(qgis_app, demo_gpkg, tmp_path):
    """The batch dialog runs one algorithm instance over rows of inputs; split the demo parcels by
    zone, score each in turn with the same instance, and compare with scoring them all at once."""
    import processing
    whole = str(tmp_path / "whole.gpkg")
    run_alg("landplan:scoreinefficiency", {"INPUT": L(demo_gpkg, "parcels"), "STANDARD": 1, "OUTPUT": whole})
    _, all_rows = read_layer(whole)
    expected = {r["宗地编号"]: (r["ie_flag"], r["ie_reason"]) for r in all_rows}
    parcels = QgsVectorLayer(L(demo_gpkg, "parcels"), "p", "ogr")
    zones = sorted({f["所在园区"] for f in parcels.getFeatures()})
    assert len(zones) == 3
    alg = QgsApplication.processingRegistry().createAlgorithmById("landplan:scoreinefficiency")
    got = {}
    for i, zone in enumerate(zones):
        part = str(tmp_path / ("zone%d.gpkg" % i))
        run_alg("native:extractbyattribute", {"INPUT": L(demo_gpkg, "parcels"), "FIELD": "所在园区", "OPERATOR": 0,
                                              "VALUE": zone, "OUTPUT": part})
        out = str(tmp_path / ("scored%d.gpkg" % i))
        processing.run(alg, {"INPUT": part, "STANDARD": 1, "OUTPUT": out}, context=QgsProcessingContext(),
                       feedback=QgsProcessingFeedback())
        _, rows = read_layer(out)
        got.update({r["宗地编号"]: (r["ie_flag"], r["ie_reason"]) for r in rows})
    assert got == expected

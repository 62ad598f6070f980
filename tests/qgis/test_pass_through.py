"""The model switches PASS_UNCHECKED (checkcommitments), PASS_UNCLASSED (permuevaluation) and
PASS_EMPTY (flagunauthorized): without them a layer they cannot check stops the run; with them
the features are written with empty result fields (an empty result), and the log says why."""
import pytest
from conftest import run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr
from qgis.core import QgsProcessingException


def _plain(tmp_path):
    return write_gpkg(str(tmp_path / "plain.gpkg"), "parcels", 4547, [("宗地编号", ogr.OFTString)],
                      [(square(590000 + i * 150, 3960000, 100), {"宗地编号": "P%d" % i}) for i in range(3)])


@pytest.mark.parametrize("alg, switch, extra, fields", [
    ("landplan:checkcommitments", "PASS_UNCHECKED", {"AS_OF": "2025-12-31"}, ("cm_status", "cm_flag", "cm_reason")),
    ("landplan:permuevaluation", "PASS_UNCLASSED", {}, ("mj_class", "mj_score", "mj_reason")),
])
def test_unchecked_pass_through(qgis_app, tmp_path, alg, switch, extra, fields):
    params = dict(extra, INPUT=_plain(tmp_path), OUTPUT=str(tmp_path / "out.gpkg"))
    with pytest.raises(QgsProcessingException):
        run_alg(alg, params)
    res, fb = run_alg(alg, dict(params, **{switch: True}))
    _, rows = read_layer(res["OUTPUT"])
    assert [r["宗地编号"] for r in rows] == ["P0", "P1", "P2"]
    assert all(r[fields[0]] is None and r[fields[1]] is None for r in rows)
    assert any(switch in line for line in fb.log)


def test_permu_scheme_missing_field_passes_unclassed(qgis_app, tmp_path):
    from conftest import REPO
    import os
    res, fb = run_alg("landplan:permuevaluation", {
        "INPUT": _plain(tmp_path), "SCHEME_FILE": os.path.join(REPO, "resources", "schemes", "rank_25_70_95.json"),
        "PASS_UNCLASSED": True, "OUTPUT": str(tmp_path / "out.gpkg")})
    _, rows = read_layer(res["OUTPUT"])
    assert len(rows) == 3 and all(r["mj_class"] is None for r in rows)
    assert any("needs field" in line for line in fb.log)


def test_unauthorized_without_builtup(qgis_app, tmp_path):
    approvals = write_gpkg(str(tmp_path / "a.gpkg"), "approvals", 4547, [("id", ogr.OFTString)],
                           [(square(590000, 3960000, 100), {"id": "A"})])
    params = {"APPROVALS": approvals, "SUPPLIED": approvals, "OUTPUT": str(tmp_path / "ua.gpkg")}
    with pytest.raises(QgsProcessingException):
        run_alg("landplan:flagunauthorized", params)
    res, fb = run_alg("landplan:flagunauthorized", dict(params, PASS_EMPTY=True))
    lyr, rows = read_layer(res["OUTPUT"])
    assert rows == [] and "ua_flag" in lyr.fields().names() and lyr.crs().authid() == "EPSG:4547"

"""landplan:flagunauthorized end to end ."""
import hashlib
import os

import pytest
from conftest import run_alg
from helpers import read_layer, write_gpkg
from osgeo import ogr

X0, Y0 = 500000.0, 3900000.0
MU = 10000.0 / 15.0
S = ogr.OFTString


def rect(x0, y0, x1, y1):
    return "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        X0 + x0, Y0 + y0, X0 + x1, Y0 + y0, X0 + x1, Y0 + y1, X0 + x0, Y0 + y1, X0 + x0, Y0 + y0)


def _digest(path):
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


@pytest.fixture
def layout(qgis_app, tmp_path):
    path = str(tmp_path / "in.gpkg")
    uris = {
        "zones": write_gpkg(path, "zones", 4547, [("园区名称", S)], [(rect(0, 0, 1000, 1000), {"园区名称": "甲园区"})]),
        "builtup": write_gpkg(path, "builtup", 4547, [("DLBM", S)], [
            (rect(0, 0, 100, 100), {"DLBM": "0601"}),        # U1: nothing covers it (15 亩)
            (rect(100, 0, 130, 100), {"DLBM": "601"}),       # U6: touches U1, same code: one piece
            (rect(50, 0, 100, 100), {"DLBM": "0601"}),       # U7: overlaps U1: not counted twice
            (rect(200, 0, 400, 100), {"DLBM": "0701"}),      # U2: half approved, a quarter supplied
            (rect(500, 0, 600, 100), {"DLBM": "0101"}),      # farmland: not built-up
            (rect(700, 0, 800, 100), {"DLBM": "0601"}),      # U4: registered up to a 0.1 m sliver
            (rect(900, 0, 920, 100.0 / 3.0), {"DLBM": "0701"}),   # exactly 1 亩: kept
            (rect(950, 0, 970, 33.0), {"DLBM": "0701"}),     # 0.99 亩: a sliver
            (rect(5000, 0, 5100, 100), {"DLBM": "0601"}),    # outside the zone
            (None, {"DLBM": "0601"}),                        # no geometry
            ("POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (  # bow-tie, uncovered: repaired
                X0 + 600, Y0 + 500, X0 + 700, Y0 + 600, X0 + 700, Y0 + 500, X0 + 600, Y0 + 600, X0 + 600, Y0 + 500),
             {"DLBM": "0602"})]),
        "approvals": write_gpkg(path, "approvals", 4547, [("批准文号", S)],
                                [(rect(200, -10, 300, 110), {"批准文号": "A"})]),
        "supplied": write_gpkg(path, "supplied", 4547, [("电子监管号", S)],
                               [(rect(300, -10, 350, 110), {"电子监管号": "S"})]),
        "registered": write_gpkg(path, "registered", 4547, [("宗地编号", S)], [
            (rect(700, -10, 799.9, 110), {"宗地编号": "P"})]),
    }
    return path, uris


def params(uris, out, **extra):
    p = {"BUILTUP": uris["builtup"], "BUILTUP_CODE_FIELD": "DLBM", "APPROVALS": uris["approvals"],
         "SUPPLIED": uris["supplied"], "REGISTERED": uris["registered"], "ZONES": uris["zones"], "OUTPUT": out}
    p.update(extra)
    return p


def test_pieces_areas_codes_reasons(layout, tmp_path):
    path, uris = layout
    before = _digest(path)
    res, fb = run_alg("landplan:flagunauthorized", params(uris, str(tmp_path / "ua.gpkg")))
    lyr, rows = read_layer(res["OUTPUT"])
    assert lyr.fields().names()[1:] == ["ua_flag", "ua_mu", "ua_code", "ua_zone", "ua_reason"]
    got = sorted((r["ua_code"], round(r["ua_mu"], 3)) for r in rows)
    # the repaired bow-tie is two triangles touching at a point: two single-part pieces
    assert got == [("0601", 19.5), ("0602", 3.75), ("0602", 3.75), ("0701", 1.0), ("0701", 7.5)]
    for r in rows:
        assert r["ua_flag"] == 1 and r["ua_zone"] == "甲园区"
        assert r["ua_reason"].startswith("疑似违法占地") and "批地、供地、登记宗地" in r["ua_reason"]
        assert r["_geom"].isMultipart() is False
    log = "\n".join(fb.log)
    assert "2 sliver(s)" in log or "2 处" in log or "2 个" in log
    assert "BUILTUP #10" in log and "BUILTUP #11" in log  # NULL geometry, repaired bow-tie
    assert _digest(path) == before
    del lyr


def test_without_zones_and_registered(layout, tmp_path):
    _, uris = layout
    p = params(uris, str(tmp_path / "nz.gpkg"))
    del p["ZONES"], p["REGISTERED"]
    res, _ = run_alg("landplan:flagunauthorized", p)
    lyr, rows = read_layer(res["OUTPUT"])
    codes = sorted((r["ua_code"], round(r["ua_mu"], 2)) for r in rows)
    assert ("0601", 15.0) in codes                  # outside every zone: now reported
    assert ("0601", 19.5) in codes and ("0601", 15.0) in codes
    assert ("0601", 14.99) in codes or ("0601", 15.0) in codes   # U4 no longer registered
    for r in rows:
        assert r["ua_zone"] is None and "登记宗地" not in r["ua_reason"]
    del lyr


def test_building_footprints_and_min_area(layout, tmp_path):
    path, uris = layout
    buildings = write_gpkg(path, "buildings", 4547, [("层数", ogr.OFTInteger)], [
        (rect(0, 0, 40, 40), {"层数": 2}),              # 1600 m² = 2.4 亩
        (rect(210, 0, 240, 40), {"层数": 3})])          # approved
    res, fb = run_alg("landplan:flagunauthorized", params(uris, str(tmp_path / "b.gpkg"), BUILTUP=buildings,
                                                          BUILTUP_CODE_FIELD="", MIN_AREA=3))
    lyr, rows = read_layer(res["OUTPUT"])
    assert rows == []
    assert "1 sliver(s) below 3" in "\n".join(fb.log) or "3.0" in "\n".join(fb.log)
    del lyr
    res, _ = run_alg("landplan:flagunauthorized", params(uris, str(tmp_path / "b2.gpkg"), BUILTUP=buildings,
                                                         BUILTUP_CODE_FIELD=""))
    lyr, rows = read_layer(res["OUTPUT"])
    assert [(r["ua_code"], round(r["ua_mu"], 2)) for r in rows] == [(None, 2.4)]
    assert "现状建筑占地" in rows[0]["ua_reason"]
    del lyr


def test_cancel_removes_partial_output(layout, tmp_path):
    _, uris = layout
    from qgis.core import QgsProcessingFeedback
    fb = QgsProcessingFeedback()
    fb.cancel()
    out = str(tmp_path / "cancel.gpkg")
    res, _ = run_alg("landplan:flagunauthorized", params(uris, out), feedback=fb)
    assert not res.get("OUTPUT") and not os.path.exists(out)

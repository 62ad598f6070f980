"""zoneindustrialshare's placed scorecard lines (core.zone.PLACED_LINES): 标准地履约 from a
checkcommitments output (COMMITMENTS) and 疑似违法占地 from a flagunauthorized output (UNAUTHORIZED)."""
import pytest
from helpers import write_gpkg
from osgeo import ogr
from test_zone_industrial_share import LANDUSE, ZONES, _landuse_gpkg, _run, _zones_gpkg, rect


def _inputs(tmp_path):
    zones = _zones_gpkg(str(tmp_path / "z.gpkg"), ZONES[:2])
    lu = _landuse_gpkg(str(tmp_path / "lu.gpkg"), LANDUSE[:4])
    cm = write_gpkg(str(tmp_path / "cm.gpkg"), "cm", 4547, [("cm_status", ogr.OFTString)], [
        (rect(0, 0, 100, 100), {"cm_status": "未达标"}),        # 1 ha = 15 亩, in 甲
        (rect(200, 0, 300, 200), {"cm_status": "未达标"}),      # 2 ha = 30 亩, in 甲
        (rect(400, 0, 500, 100), {"cm_status": "达标"}),
        (rect(600, 0, 700, 100), {"cm_status": None}),          # not a 标准地: not checked
        (rect(2100, 0, 2200, 100), {"cm_status": "待核实"}),    # in 乙
    ])
    ua = write_gpkg(str(tmp_path / "ua.gpkg"), "ua", 4547, [("ua_flag", ogr.OFTInteger), ("ua_mu", ogr.OFTString)], [
        (rect(0, 500, 100, 600), {"ua_flag": 1, "ua_mu": "2.5"}),    # its own 亩 wins
        (rect(200, 500, 300, 600), {"ua_flag": 1, "ua_mu": "N/A"}),  # unreadable: the geometry (15 亩)
        (rect(400, 500, 500, 600), {"ua_flag": 0, "ua_mu": "9"}),
    ])
    return zones, lu, cm, ua


def test_commitments_and_unauthorized_lines(qgis_app, tmp_path):
    zones, lu, cm, ua = _inputs(tmp_path)
    by, _fb = _run(tmp_path, zones, lu, COMMITMENTS=cm, UNAUTHORIZED=ua)
    a, b = by["甲_达标"], by["乙_不达标"]
    assert a["cm_fail_n"] == 2 and a["cm_fail_mu"] == pytest.approx(45, rel=1e-3)
    assert a["cm_card"].startswith("未达标 2 宗 / 45.0") and "核查 3 宗" in a["cm_card"]
    assert b["cm_fail_n"] == 0 and "核查 1 宗" in b["cm_card"]
    assert a["ua_n"] == 2 and a["ua_tot_mu"] == pytest.approx(17.5, rel=1e-3)
    assert a["ua_card"] == "疑似违法占地：2处，共17.50亩（线索，待核查）"
    assert b["ua_n"] == 0 and b["ua_card"].startswith("疑似违法占地：未发现")
    assert a["ind_share"] == pytest.approx(70 / 85 * 100, rel=1e-6)     # the rest unchanged


def test_lines_stay_empty_without_their_inputs(qgis_app, tmp_path):
    zones, lu, _cm, _ua = _inputs(tmp_path)
    by, _fb = _run(tmp_path, zones, lu)
    for name in ("cm_fail_n", "cm_fail_mu", "cm_card", "ua_n", "ua_tot_mu", "ua_card"):
        assert by["甲_达标"][name] is None, name


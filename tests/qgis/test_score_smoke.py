import os

from helpers import read_layer, square, write_gpkg
from osgeo import ogr
from conftest import run_alg


def test_smoke(qgis_app, tmp_path):
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547,
                     [("亩均税收", ogr.OFTReal), ("投资强度", ogr.OFTReal), ("容积率", ogr.OFTReal), ("建筑系数", ogr.OFTReal)],
                     [(square(500000, 3900000, 100), {"亩均税收": 1.5, "投资强度": 120, "容积率": 0.6, "建筑系数": 40}),
                      (square(500200, 3900000, 100), {"亩均税收": 1.0, "投资强度": 120, "容积率": 0.6, "建筑系数": 40}),
                      (square(500400, 3900000, 100), {"亩均税收": None, "投资强度": 120, "容积率": 0.6, "建筑系数": 40})])
    out = str(tmp_path / "out.gpkg")
    res, fb = run_alg("landplan:scoreinefficiency", {"INPUT": src, "STANDARD": 1, "OUTPUT": out})
    lyr, rows = read_layer(res["OUTPUT"])
    print("\n".join(fb.log))
    print(rows)
    assert [r["ie_flag"] for r in rows] == [0, 1, None]

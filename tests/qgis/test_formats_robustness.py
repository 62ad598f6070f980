"""importcoordinates / exportcoordinates / joinenterprises: cancel, no CRS, large inputs."""
import os
import sys
import time

import pytest
from conftest import REPO, run_alg
from helpers import CancelAfter, square, write_gpkg
from osgeo import ogr
from qgis.core import QgsProcessingContext, QgsProcessingException


def big_txt(path, n):
    lines = ["[属性描述]", "坐标系=2000国家大地坐标系", "几度分带=3", "带号=38", "[地块坐标]"]
    for i in range(n):
        x, y = 3845000 + (i // 100) * 100, 38512000 + (i % 100) * 100
        lines.append("5,0.2500,%d,地块%d,面,,工业用地,0601,@" % (i, i))
        pts = [(x, y), (x, y + 50), (x + 50, y + 50), (x + 50, y), (x, y)]
        lines += ["J%d,1,%.3f,%.3f" % (k % 4 + 1, a, b) for k, (a, b) in enumerate(pts)]
    with open(path, "wb") as f:
        f.write("\r\n".join(lines).encode("gbk"))
    return path


def big_parcels(tmp_path, n=60000):
    sys.path.insert(0, os.path.join(REPO, "scripts"))
    import bench
    path = str(tmp_path / "big.gpkg")
    bench.make_parcels(path, n)
    return path + "|layername=parcels"


def cancelled(alg_id, params, out):
    import processing
    fb = CancelAfter(40)
    try:
        processing.run(alg_id, params, context=QgsProcessingContext(), feedback=fb)
    except QgsProcessingException:
        pass
    stopped = time.perf_counter()
    assert fb.cancelled_at is not None, alg_id
    assert stopped - fb.cancelled_at < 2.0, alg_id
    assert len(set(fb.progress_seen)) >= 3, alg_id
    assert not os.path.exists(out), alg_id


def test_cancel_import_export_join(qgis_app, tmp_path):
    txt = big_txt(str(tmp_path / "big.txt"), 20000)
    out = str(tmp_path / "imp.gpkg")
    cancelled("landplan:importcoordinates", {"INPUT": txt, "OUTPUT": out}, out)
    parcels = big_parcels(tmp_path)
    out = str(tmp_path / "exp.txt")
    cancelled("landplan:exportcoordinates", {"INPUT": parcels, "PID_FIELD": "宗地编号", "OUTPUT": out}, out)
    table = tmp_path / "t.csv"
    table.write_bytes(("企业名称,税收\n" + "".join("B%07d,%d\n" % (i, i) for i in range(0, 60000, 7))).encode("gbk"))
    out = str(tmp_path / "join.gpkg")
    cancelled("landplan:joinenterprises", {"INPUT": parcels, "NAME_FIELD": "宗地编号", "TABLE": str(table),
                                           "OUTPUT": out}, out)


def test_large_join_finishes(qgis_app, tmp_path):
    parcels = big_parcels(tmp_path)
    table = tmp_path / "t.csv"
    table.write_bytes(("企业名称,税收\n" + "".join("B%07d,%d\n" % (i, i) for i in range(0, 60000, 7))).encode("utf-8"))
    start = time.perf_counter()
    res, fb = run_alg("landplan:joinenterprises", {"INPUT": parcels, "NAME_FIELD": "宗地编号", "TABLE": str(table),
                                                   "OUTPUT": str(tmp_path / "j.gpkg")})
    seconds = time.perf_counter() - start
    assert res["MATCHED"] == len(range(0, 60000, 7))
    assert seconds < 60, seconds
    print("joinenterprises 60000 parcels: %.1f s" % seconds)


@pytest.mark.parametrize("alg_id", ["landplan:exportcoordinates", "landplan:joinenterprises"])
def test_layer_without_crs_stops_with_clear_error(qgis_app, tmp_path, alg_id):
    src = write_gpkg(str(tmp_path / "nocrs.gpkg"), "p", None, [("企业名称", ogr.OFTString)],
                     [(square(0, 0, 10), {"企业名称": "甲"})])
    table = tmp_path / "t.csv"
    table.write_bytes("企业名称,税收\n甲,1\n".encode("utf-8"))
    params = {"INPUT": src, "OUTPUT": str(tmp_path / "o.txt")} if alg_id.endswith("coordinates") else \
        {"INPUT": src, "TABLE": str(table), "OUTPUT": str(tmp_path / "o.gpkg")}
    with pytest.raises(QgsProcessingException) as exc:
        run_alg(alg_id, params)
    assert "EPSG" in str(exc.value) or "坐标" in str(exc.value)

"""Issue 6: bad data, CRS, encodings, unchanged inputs, cancel, no per-run state — for every algorithm."""
import hashlib
import os
import shutil
import sys
import time

import pytest
from conftest import REPO, run_alg
from helpers import CancelAfter, read_layer, square, write_gpkg
from osgeo import ogr
from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
                       QgsVectorLayer)

AS_OF = "2025-12-31"


def md5_tree(paths):
    h = hashlib.md5()
    for p in sorted(paths):
        with open(p, "rb") as fh:
            h.update(fh.read())
    return h.hexdigest()


def demo_copy(demo_gpkg, tmp_path):
    dst = str(tmp_path / "demo.gpkg")
    shutil.copy(demo_gpkg, dst)
    return dst


def uri(path, name):
    return "%s|layername=%s" % (path, name)


def algorithm_runs(demo, out_dir):
    """(alg id, params) for every algorithm on the demo data, outputs in out_dir."""
    o = lambda name: os.path.join(out_dir, name)  # noqa: E731 (a one-line helper)
    return [
        ("landplan:scoreinefficiency", {"INPUT": uri(demo, "parcels"), "STANDARD": 1, "OUTPUT": o("s.gpkg")}),
        ("landplan:flagidleland", {"INPUT": uri(demo, "parcels"), "AS_OF": AS_OF, "OUTPUT": o("i.gpkg")}),
        ("landplan:flagunsupplied", {"INPUT": uri(demo, "approvals"), "SUPPLIED": uri(demo, "supplies"),
                                     "BUILDINGS": uri(demo, "buildings"), "AS_OF": AS_OF, "OUTPUT": o("u.gpkg")}),
        ("landplan:flagunsupplied", {"INPUT": uri(demo, "approvals"), "AS_OF": AS_OF, "OUTPUT": o("ua.gpkg")}),
        ("landplan:zoneindustrialshare", {"ZONES": uri(demo, "zones"), "LANDUSE": uri(demo, "landuse"),
                                          "OUTPUT": o("z.gpkg")}),
    ]


def test_inputs_never_modified(qgis_app, demo_gpkg, tmp_path):
    demo = demo_copy(demo_gpkg, tmp_path)
    before = md5_tree([demo])
    out = tmp_path / "out"
    out.mkdir()
    for alg_id, params in algorithm_runs(demo, str(out)):
        run_alg(alg_id, params)
        assert md5_tree([demo]) == before, alg_id
    # and the outputs of one feed the next without touching them either
    s = str(out / "s.gpkg")
    # GDAL finalises a freshly written GeoPackage's header the first time anything opens it;
    # open it once, as a user loading the result would, before taking the checksum.
    assert QgsVectorLayer(s, "s", "ogr").featureCount() > 0
    before_s = md5_tree([s])
    run_alg("landplan:exportflagged", {"INPUT": s, "OUTPUT": str(out / "f.shp"), "LEDGER": str(out / "l.xlsx")})
    assert md5_tree([s]) == before_s


def test_shapefile_inputs_never_modified(qgis_app, tmp_path):
    shp = _gbk_shapefile(str(tmp_path / "gbk.shp"))
    sidecars = [str(tmp_path / ("gbk" + ext)) for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg")]
    before = md5_tree(sidecars)
    run_alg("landplan:scoreinefficiency", {"INPUT": shp, "STATUS_FIELD": "SCZT", "OUTPUT": str(tmp_path / "s.gpkg")})
    run_alg("landplan:exportflagged", {"INPUT": str(tmp_path / "s.gpkg"), "OUTPUT": str(tmp_path / "x.shp")})
    run_alg("landplan:zoneindustrialshare", {"ZONES": shp, "LANDUSE": shp, "LANDUSE_FIELD": "ZDBH",
                                             "OUTPUT": str(tmp_path / "z.gpkg")})
    assert md5_tree(sidecars) == before
    assert not [f for f in os.listdir(tmp_path) if f.startswith("gbk.") and f.endswith((".qix", ".qml"))]


def test_outputs_keep_every_feature(qgis_app, demo_gpkg, tmp_path):
    demo = demo_copy(demo_gpkg, tmp_path)
    counts = {n: QgsVectorLayer(uri(demo, n), n, "ogr").featureCount() for n in ("parcels", "approvals", "zones")}
    for alg_id, params in algorithm_runs(demo, str(tmp_path)):
        res, _ = run_alg(alg_id, params)
        out = QgsVectorLayer(res["OUTPUT"], "o", "ogr")
        src = params.get("INPUT", params.get("ZONES")).split("=")[-1]
        assert out.featureCount() == counts[src], alg_id


def write_shp_no_crs(path, fields, rows):
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    lyr = ds.CreateLayer("nocrs", None, ogr.wkbPolygon, options=["ENCODING=UTF-8"])
    for name, t in fields:
        lyr.CreateField(ogr.FieldDefn(name, t))
    names = [name for name, _ in fields]
    for wkt, values in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        for k, v in values.items():
            # by index: GDAL shortens names over 10 bytes (约定动工日期), and on QGIS 3.40 (GDAL
            # exceptions on) setting a field by its long name raises instead of being ignored
            f.SetField(names.index(k), v)
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)
    ds = None
    assert not os.path.exists(path[:-4] + ".prj")
    return path


NO_CRS_FIELDS = [("宗地编号", ogr.OFTString), ("亩均税收", ogr.OFTReal), ("投资强度", ogr.OFTReal),
                 ("容积率", ogr.OFTReal), ("建筑系数", ogr.OFTReal), ("约定动工日期", ogr.OFTString),
                 ("批准日期", ogr.OFTString), ("DLBM", ogr.OFTString), ("ie_flag", ogr.OFTInteger)]
NO_CRS_ROW = {"宗地编号": "A", "亩均税收": 2.0, "投资强度": 200.0, "容积率": 1.0, "建筑系数": 50.0,
              "约定动工日期": "2020-01-01", "批准日期": "2020-01-01", "DLBM": "0601", "ie_flag": 1}


@pytest.mark.parametrize("kind", ["shapefile without .prj", "GeoPackage without SRS"])
def test_layer_without_crs_stops_every_algorithm_with_clear_error(qgis_app, tmp_path, kind):
    if kind.startswith("shapefile"):
        src = write_shp_no_crs(str(tmp_path / "nocrs.shp"), NO_CRS_FIELDS, [(square(0, 0, 100), NO_CRS_ROW)])
    else:  # GDAL's "Undefined geographic SRS": QGIS calls it valid, LandPlan must not
        src = write_gpkg(str(tmp_path / "nocrs.gpkg"), "p", None, NO_CRS_FIELDS, [(square(0, 0, 100), NO_CRS_ROW)])
    runs = [("landplan:scoreinefficiency", {"INPUT": src}),
            ("landplan:flagidleland", {"INPUT": src, "AS_OF": AS_OF}),
            ("landplan:flagunsupplied", {"INPUT": src, "AS_OF": AS_OF}),
            ("landplan:zoneindustrialshare", {"ZONES": src, "LANDUSE": src, "LANDUSE_FIELD": "DLBM"}),
            ("landplan:exportflagged", {"INPUT": src, "OUTPUT": str(tmp_path / "x.shp")}),
            ("landplan:zonereport", {"ZONES": src, "OUTPUT": str(tmp_path / "r.pdf")})]
    for alg_id, params in runs:
        params.setdefault("OUTPUT", str(tmp_path / ("o_%s.gpkg" % alg_id.split(":")[1])))
        with pytest.raises(QgsProcessingException) as err:
            run_alg(alg_id, params)
        assert "coordinate reference system" in str(err.value) or "坐标参考系" in str(err.value), alg_id
        assert not os.path.exists(params["OUTPUT"]), alg_id


GBK_SCRIPT = r"""
import sys
from osgeo import ogr, osr
path = sys.argv[1]
ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
srs = osr.SpatialReference()
srs.ImportFromEPSG(4547)
lyr = ds.CreateLayer("p", srs, ogr.wkbPolygon, options=["ENCODING=GBK"])
for name, t in (("ZDBH", ogr.OFTString), ("SCZT", ogr.OFTString), ("MJSS", ogr.OFTReal), ("TZQD", ogr.OFTReal),
                ("RJL", ogr.OFTReal), ("JZXS", ogr.OFTReal)):
    lyr.CreateField(ogr.FieldDefn(name, t))
for i, (pid, status, tax) in enumerate([("濮阳甲001", "已停产", 2.0), ("濮阳乙002", "正常生产", 1.0)]):
    f = ogr.Feature(lyr.GetLayerDefn())
    for k, v in (("ZDBH", pid), ("SCZT", status), ("MJSS", tax), ("TZQD", 200.0), ("RJL", 1.0), ("JZXS", 50.0)):
        f.SetField(k, v)
    x = 590000 + 200 * i
    f.SetGeometry(ogr.CreateGeometryFromWkt(
        "POLYGON((%d 3960000,%d 3960000,%d 3960100,%d 3960100,%d 3960000))" % (x, x + 100, x + 100, x, x)))
    lyr.CreateFeature(f)
ds = None
"""


def _gbk_shapefile(path, with_cpg=True):
    """A real GBK shapefile, written by GDAL in a process without QGIS (QGIS turns GDAL's
    shapefile recoding off in its own process)."""
    import subprocess
    subprocess.run([sys.executable, "-c", GBK_SCRIPT, path], check=True)
    with open(path[:-4] + ".dbf", "rb") as fh:
        assert "濮阳甲001".encode("gbk") in fh.read()
    cpg = path[:-4] + ".cpg"
    if not with_cpg and os.path.exists(cpg):
        os.remove(cpg)
    return path


@pytest.mark.parametrize("with_cpg", [True, False])
def test_gbk_shapefile_reads_correctly(qgis_app, tmp_path, with_cpg):
    shp = _gbk_shapefile(str(tmp_path / "gbk.shp"), with_cpg)
    layer = QgsVectorLayer(shp, "gbk", "ogr")
    if not with_cpg:
        layer.setProviderEncoding("GBK")  # what a user sets in the layer properties
    assert layer.isValid()
    res, _ = run_alg("landplan:scoreinefficiency", {"INPUT": layer, "STANDARD": 1, "STATUS_FIELD": "SCZT",
                                                    "OUTPUT": str(tmp_path / "o.gpkg")})
    _, rows = read_layer(res["OUTPUT"])
    by = {r["ZDBH"]: r for r in rows}
    assert set(by) == {"濮阳甲001", "濮阳乙002"}
    assert by["濮阳甲001"]["ie_type"] == "停建停产类" and "已停产" in by["濮阳甲001"]["ie_reason"]
    assert by["濮阳乙002"]["ie_flag"] == 1
    # hand-in shapefile keeps the Chinese text: read back with fiona and an explicit encoding
    run_alg("landplan:exportflagged", {"INPUT": res["OUTPUT"], "OUTPUT": str(tmp_path / "f.shp"), "ENCODING": 0})
    import fiona
    with fiona.open(str(tmp_path / "f.shp"), encoding="gbk") as src:
        ids = {feat["properties"].get("ZDBH") for feat in src}
    assert ids == {"濮阳甲001", "濮阳乙002"}


def _big_layer(tmp_path, n=60000):
    sys.path.insert(0, os.path.join(REPO, "scripts"))
    import bench
    path = str(tmp_path / "big.gpkg")
    bench.make_parcels(path, n)
    return path


def test_cancel_stops_quickly_and_leaves_no_finished_looking_output(qgis_app, tmp_path):
    import processing
    src = _big_layer(tmp_path)
    out = str(tmp_path / "cancelled.gpkg")
    fb = CancelAfter(20)
    try:
        processing.run("landplan:scoreinefficiency", {"INPUT": uri(src, "parcels"), "OUTPUT": out},
                       context=QgsProcessingContext(), feedback=fb)
    except QgsProcessingException:
        pass
    stopped = time.perf_counter()
    assert fb.cancelled_at is not None
    assert stopped - fb.cancelled_at < 2.0
    assert len(fb.progress_seen) >= 2 and 0 < fb.progress_seen[0] < 20
    assert not os.path.exists(out)


def test_no_state_between_runs_and_batch_of_five(qgis_app, demo_gpkg, tmp_path):
    import processing
    alg = QgsApplication.processingRegistry().createAlgorithmById("landplan:scoreinefficiency")
    results = []
    for i in range(5):
        standard = 0 if i % 2 else 1
        out = str(tmp_path / ("b%d.gpkg" % i))
        processing.run(alg, {"INPUT": uri(demo_gpkg, "parcels"), "STANDARD": standard, "OUTPUT": out},
                       context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
        _, rows = read_layer(out)
        results.append([(r["宗地编号"], r["ie_flag"], r["ie_reason"]) for r in rows])
    assert results[0] == results[2] == results[4]
    assert results[1] == results[3]
    assert results[0] != results[1]
    separate = str(tmp_path / "sep.gpkg")
    run_alg("landplan:scoreinefficiency", {"INPUT": uri(demo_gpkg, "parcels"), "STANDARD": 1, "OUTPUT": separate})
    _, rows = read_layer(separate)
    assert [(r["宗地编号"], r["ie_flag"], r["ie_reason"]) for r in rows] == results[0]


def _idle_big(tmp_path, n=60000):
    path = str(tmp_path / "idle_big.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    lyr = ds.CreateLayer("parcels", srs, ogr.wkbPolygon)
    for name in ("约定动工日期", "实际动工日期"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    lyr.StartTransaction()
    for i in range(n):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("约定动工日期", "2020年%d月%d日" % (1 + i % 12, 1 + i % 28))
        f.SetField("实际动工日期", "" if i % 3 else "2021/5/%d" % (1 + i % 28))
        f.SetGeometry(ogr.CreateGeometryFromWkt(square(590000 + (i % 300) * 120, 3960000 + (i // 300) * 120, 100)))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    return uri(path, "parcels")


def _cancel_cases(tmp_path):
    sys.path.insert(0, os.path.join(REPO, "scripts"))
    import bench_unsupplied
    import bench_zone
    unsup = str(tmp_path / "unsup_big.gpkg")
    bench_unsupplied.generate(unsup, 15000)
    zone = str(tmp_path / "zone_big.gpkg")
    bench_zone.generate(zone, 200000, 20)
    scored = str(tmp_path / "scored_big.gpkg")
    run_alg("landplan:scoreinefficiency", {"INPUT": uri(_big_layer(tmp_path), "parcels"), "OUTPUT": scored})
    return [
        ("landplan:exportflagged", {"INPUT": scored, "OUTPUT": str(tmp_path / "cancel_export.shp"),
                                    "LEDGER": str(tmp_path / "cancel_ledger.xlsx")}),
        ("landplan:zonereport", {"ZONES": uri(zone, "zones"), "PARCELS": scored,
                                 "OUTPUT": str(tmp_path / "cancel_report.pdf")}),
        ("landplan:flagidleland", {"INPUT": _idle_big(tmp_path), "AS_OF": AS_OF}),
        ("landplan:flagunsupplied", {"INPUT": uri(unsup, "approvals"), "SUPPLIED": uri(unsup, "supplies"),
                                     "AS_OF": AS_OF}),
        ("landplan:zoneindustrialshare", {"ZONES": uri(zone, "zones"), "LANDUSE": uri(zone, "landuse")}),
    ]


def test_cancel_every_algorithm(qgis_app, tmp_path):
    import processing
    for alg_id, params in _cancel_cases(tmp_path):
        params = dict(params)
        out = params.setdefault("OUTPUT", str(tmp_path / ("cancel_%s.gpkg" % alg_id.split(":")[1])))
        fb = CancelAfter(30)
        try:
            processing.run(alg_id, params, context=QgsProcessingContext(), feedback=fb)
        except QgsProcessingException:
            pass
        stopped = time.perf_counter()
        assert fb.cancelled_at is not None, alg_id
        assert stopped - fb.cancelled_at < 2.0, (alg_id, stopped - fb.cancelled_at)
        assert len(set(fb.progress_seen)) >= 3, (alg_id, fb.progress_seen[:10])
        assert not os.path.exists(out), alg_id
        if "LEDGER" in params:
            assert not os.path.exists(params["LEDGER"]), alg_id

"""Issue 6 robustness for checkcommitments and permuevaluation: cancel leaves no output, no state
between runs of one instance (batch), layers without geometry (tables) work."""
import json
import time

from conftest import run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr, osr
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback
from test_robustness import CancelAfter

S, R = ogr.OFTString, ogr.OFTReal


def _big(tmp_path, n=20000):
    path = str(tmp_path / "big.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    lyr = ds.CreateLayer("p", srs, ogr.wkbPolygon)
    for name, t in (("承诺投资强度", R), ("投资强度", R), ("约定竣工日期", S), ("亩均税收", R), ("kind", S)):
        lyr.CreateField(ogr.FieldDefn(name, t))
    lyr.StartTransaction()
    for i in range(n):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("承诺投资强度", 300.0)
        f.SetField("投资强度", 200.0 + i % 200)
        f.SetField("约定竣工日期", "2024年%d月%d日" % (1 + i % 12, 1 + i % 28))
        f.SetField("亩均税收", float(i % 97))
        f.SetField("kind", "一般")
        f.SetGeometry(ogr.CreateGeometryFromWkt(square(590000 + (i % 300) * 120, 3960000 + (i // 300) * 120, 100)))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    return path + "|layername=p"


def _scheme(tmp_path):
    p = tmp_path / "s.json"
    p.write_text(json.dumps({"indicators": [{"name": "亩均税收", "field": "亩均税收", "benchmark": "mean",
                                             "weight": 100}],
                             "classes": {"method": "rank", "A": 25, "B": 70, "C": 95}}, ensure_ascii=False),
                 encoding="utf-8")
    return str(p)


def test_cancel_leaves_no_output(qgis_app, tmp_path):
    import processing
    src = _big(tmp_path)
    for alg_id, params in (("landplan:checkcommitments", {"AS_OF": "2025-12-31"}),
                           ("landplan:permuevaluation", {"SCHEME_FILE": _scheme(tmp_path)})):
        out = str(tmp_path / ("cancel_%s.gpkg" % alg_id.split(":")[1]))
        fb = CancelAfter(30)
        try:
            processing.run(alg_id, dict(params, INPUT=src, OUTPUT=out), context=QgsProcessingContext(), feedback=fb)
        except QgsProcessingException:
            pass
        stopped = time.perf_counter()
        assert fb.cancelled_at is not None, alg_id
        assert stopped - fb.cancelled_at < 2.0, alg_id
        assert len(set(fb.progress_seen)) >= 3, alg_id
        assert not __import__("os").path.exists(out), alg_id


def test_no_state_between_runs_of_one_instance(qgis_app, tmp_path):
    import processing
    rows = [(square(590000, 3960000, 100), {"k": "A", "承诺投资强度": 300.0, "投资强度": 240.0,
                                            "约定竣工日期": "2025-06-30", "亩均税收": 5.0, "kind": "一般"}),
            (square(590200, 3960000, 100), {"k": "B", "承诺投资强度": 300.0, "投资强度": 310.0,
                                            "约定竣工日期": "2025-06-30", "亩均税收": 10.0, "kind": "一般"})]
    src = write_gpkg(str(tmp_path / "s.gpkg"), "s", 4547, [("k", S), ("承诺投资强度", R), ("投资强度", R),
                                                          ("约定竣工日期", S), ("亩均税收", R), ("kind", S)], rows)
    alg = QgsApplication.processingRegistry().createAlgorithmById("landplan:checkcommitments")
    seen = []
    for i, as_of in enumerate(("2025-12-31", "2025-01-01", "2025-12-31")):
        out = str(tmp_path / ("b%d.gpkg" % i))
        processing.run(alg, {"INPUT": src, "AS_OF": as_of, "OUTPUT": out}, context=QgsProcessingContext(),
                       feedback=QgsProcessingFeedback())
        seen.append(tuple(r["cm_status"] for r in read_layer(out)[1]))
    assert seen == [("未达标", "达标"), ("未到期", "未到期"), ("未达标", "达标")]
    alg = QgsApplication.processingRegistry().createAlgorithmById("landplan:permuevaluation")
    classes = []
    for i in range(2):
        out = str(tmp_path / ("m%d.gpkg" % i))
        processing.run(alg, {"INPUT": src, "SCHEME_FILE": _scheme(tmp_path), "OUTPUT": out},
                       context=QgsProcessingContext(), feedback=QgsProcessingFeedback())
        classes.append(tuple(r["mj_class"] for r in read_layer(out)[1]))
    assert classes[0] == classes[1] == ("D", "B")  # ranks 2/2 and 1/2 (50 % ≤ 70 %)


def test_tables_without_geometry(qgis_app, tmp_path):
    rows = [(None, {"k": "A", "承诺投资强度": 300.0, "投资强度": 240.0, "约定竣工日期": "2025-06-30", "亩均税收": 5.0,
                    "kind": "一般"})]
    src = write_gpkg(str(tmp_path / "t.gpkg"), "t", None, [("k", S), ("承诺投资强度", R), ("投资强度", R),
                                                          ("约定竣工日期", S), ("亩均税收", R), ("kind", S)], rows,
                     geom_type=ogr.wkbNone)
    res, _ = run_alg("landplan:checkcommitments",
                     {"INPUT": src, "AS_OF": "2025-12-31", "OUTPUT": str(tmp_path / "o.gpkg")})
    out = read_layer(res["OUTPUT"])[1]
    assert out[0]["cm_status"] == "未达标" and "几何" not in out[0]["cm_reason"]
    res, _ = run_alg("landplan:permuevaluation", {"INPUT": src, "SCHEME_FILE": _scheme(tmp_path),
                                                  "OUTPUT": str(tmp_path / "m.gpkg")})
    assert read_layer(res["OUTPUT"])[1][0]["mj_class"] == "D"  # a group of one: rank 1/1

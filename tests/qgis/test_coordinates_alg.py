"""landplan:importcoordinates / exportcoordinates on real files, real Processing runs."""
import hashlib

import pytest
from conftest import run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr

HEADER = ("[属性描述]\r\n坐标系=2000国家大地坐标系\r\n几度分带=3\r\n投影类型=高斯克吕格\r\n计量单位=米\r\n"
          "带号=38\r\n精度=0.001\r\n[地块坐标]\r\n")


def ring(x0, y0, side, ring_no, start, prefix=38):
    pts = [(x0, y0), (x0, y0 + side), (x0 + side, y0 + side), (x0 + side, y0)]
    lines = ["J%d,%d,%.3f,%.3f" % (start + i, ring_no, x, y + prefix * 1e6) for i, (x, y) in enumerate(pts)]
    return lines + [lines[0]]


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def write_txt(path, body, header=HEADER, encoding="gbk"):
    with open(path, "wb") as f:
        f.write((header + "\r\n".join(body) + "\r\n").encode(encoding))
    return str(path)


def test_import_gbk_file_with_hole_and_problems(qgis_app, tmp_path):
    body = (["15,0.9700,A1,甲公司项目用地,面,,工业用地,0601,@"]
            + ring(3845000, 512000, 100, 1, 1) + ring(3845040, 512040, 20, 2, 5) + ring(3846000, 513000, 10, 3, 9)
            + ["5,0.3000,B2,乙公司,面,,工业用地,0601,@"] + ring(3847000, 514000, 50, 1, 1)          # area off
            + ["5,0.2500,C3,丙公司,面,,仓储用地,0508,@"] + ring(3848000, 515000, 50, 1, 1)[:-1]      # unclosed
            + ["3,0.0100,D4,丁公司,面,,工业用地,0601,@", "J1,1,3849000,38516000", "J2,1,3849010,38516000",
               "J1,1,3849000,38516000"]                                                          # < 3 points
            + ["5,0.2500,A1,重复编号,面,,工业用地,0601,@"] + ring(3850000, 516000, 50, 1, 1))
    txt = write_txt(tmp_path / "批复坐标.txt", body)
    before = sha(txt)
    out = str(tmp_path / "out.gpkg")
    res, fb = run_alg("landplan:importcoordinates", {"INPUT": txt, "OUTPUT": out})
    assert res["PARCEL_COUNT"] == 5 and res["PROBLEM_COUNT"] == 4
    lyr, rows = read_layer(out)
    assert lyr.crs().authid() == "EPSG:4526"
    by = {(r["pid"], r["name"]): r for r in rows}
    a1 = by[("A1", "甲公司项目用地")]
    assert a1["problems"] is None
    assert a1["geom_ha"] == pytest.approx(0.97) and a1["area_diff"] == pytest.approx(0.0, abs=1e-9)
    assert a1["_geom"].area() == pytest.approx(9700.0)           # the hole is a hole, the third ring a part
    assert a1["_geom"].constGet().numGeometries() == 2
    assert (a1["use"], a1["dlbm"], a1["area_ha"], a1["n_points"], a1["source"]) == (
        "工业用地",
        "0601",
        0.97,
        15,
        "批复坐标.txt",
    )
    assert "相差" in by[("B2", "乙公司")]["problems"]
    assert "未闭合" in by[("C3", "丙公司")]["problems"]
    d4 = by[("D4", "丁公司")]
    assert "少于3个" in d4["problems"] and (d4["_geom"].isNull() or d4["_geom"].isEmpty())
    assert "重复" in by[("A1", "重复编号")]["problems"]
    assert any("乙公司" in line or "B2" in line for line in fb.log)           # named in the log too
    assert sha(txt) == before       # input unchanged


def test_import_six_degree_utf8_bom_without_prefix(qgis_app, tmp_path):
    header = HEADER.replace("几度分带=3", "几度分带=6").replace("带号=38", "带号=20")
    txt = write_txt(
        tmp_path / "six.txt",
        ["5,0.2500,S1,六度带,面,,工业用地,0601,@"] + ring(3845100, 512100, 50, 1, 1, prefix=0),
        header=header,
        encoding="utf-8-sig",
    )
    out = str(tmp_path / "six.gpkg")
    res, fb = run_alg("landplan:importcoordinates", {"INPUT": txt, "ENCODING": "auto", "OUTPUT": out})
    lyr, rows = read_layer(out)
    assert lyr.crs().authid() == "EPSG:4509"
    assert rows[0]["name"] == "六度带" and rows[0]["problems"] is None
    assert rows[0]["_geom"].boundingBox().xMinimum() == pytest.approx(512100.0)


def test_import_swapped_parcel_named_and_placed_right(qgis_app, tmp_path):
    swapped = [
        ",".join([ln.split(",")[0], "1", ln.split(",")[3], ln.split(",")[2]]) for ln in ring(3845100, 512100, 50, 1, 1)
    ]
    txt = write_txt(tmp_path / "sw.txt", ["5,0.2500,OK1,正常,面,,工业用地,0601,@"] + ring(3845000, 512000, 50, 1, 1)
                    + ["5,0.2500,SW1,颠倒,面,,工业用地,0601,@"] + swapped)
    out = str(tmp_path / "sw.gpkg")
    res, fb = run_alg("landplan:importcoordinates", {"INPUT": txt, "OUTPUT": out})
    _, rows = read_layer(out)
    sw = [r for r in rows if r["pid"] == "SW1"][0]
    assert "X、Y 疑似颠倒" in sw["problems"]
    box = sw["_geom"].boundingBox()
    assert box.xMinimum() == pytest.approx(38512100.0) and box.yMinimum() == pytest.approx(3845100.0)
    assert [r for r in rows if r["pid"] == "OK1"][0]["problems"] is None


def test_import_without_zone_needs_crs(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException

    txt = write_txt(
        tmp_path / "nozone.txt",
        ["5,0.2500,N1,无带号,面,,工业用地,0601,@"] + ring(3845100, 512100, 50, 1, 1, prefix=0),
        header="[属性描述]\r\n坐标系=2000国家大地坐标系\r\n[地块坐标]\r\n",
    )
    with pytest.raises(QgsProcessingException):
        run_alg("landplan:importcoordinates", {"INPUT": txt, "OUTPUT": str(tmp_path / "x.gpkg")})
    res, fb = run_alg(
        "landplan:importcoordinates", {"INPUT": txt, "CRS": "EPSG:4547", "OUTPUT": str(tmp_path / "y.gpkg")}
    )
    lyr, rows = read_layer(res["OUTPUT"])
    assert lyr.crs().authid() == "EPSG:4547" and rows[0]["geom_ha"] == pytest.approx(0.25)


def test_batch_of_files_one_run_each(qgis_app, tmp_path):
    """Many TXT files = a batch run: one algorithm instance run once per file (as the batch dialog does)."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
    alg = QgsApplication.processingRegistry().createAlgorithmById("landplan:importcoordinates")
    outs = []
    for k in range(3):
        txt = write_txt(tmp_path / ("f%d.txt" % k), ["5,0.2500,P%d,批次%d,面,,工业用地,0601,@" % (k, k)]
                        + ring(3845000 + 100 * k, 512000, 50, 1, 1), encoding=("gbk", "utf-8", "utf-8-sig")[k])
        params = {"INPUT": txt, "OUTPUT": str(tmp_path / ("f%d.gpkg" % k))}
        ctx, fb = QgsProcessingContext(), QgsProcessingFeedback()
        ok, msg = alg.checkParameterValues(params, ctx)
        assert ok, msg
        res, ok = alg.run(params, ctx, fb)
        assert ok
        outs.append(res["OUTPUT"])
    names = [read_layer(o)[1][0]["name"] for o in outs]
    assert names == ["批次0", "批次1", "批次2"]


def test_round_trip_export_import(qgis_app, tmp_path):
    wkt_hole = ("POLYGON((38512000 3845000,38512100 3845000,38512100 3845100,38512000 3845100,38512000 3845000),"
                "(38512040 3845040,38512060 3845040,38512060 3845060,38512040 3845060,38512040 3845040))")
    wkt_multi = ("MULTIPOLYGON(((38513000 3846000,38513010 3846000,38513010 3846010,38513000 3846000)),"
                 "((38514000 3846000,38514020 3846000,38514020 3846020,38514000 3846020,38514000 3846000)))")
    src = write_gpkg(
        str(tmp_path / "src.gpkg"),
        "parcels",
        4526,
        [
            ("地块编号", ogr.OFTString),
            ("地块名称", ogr.OFTString),
            ("地块用途", ogr.OFTString),
            ("DLBM", ogr.OFTString),
        ],
        [
            (wkt_hole, {"地块编号": "R1", "地块名称": "某项目，一期", "地块用途": "工业用地", "DLBM": "0601"}),
            (wkt_multi, {"地块编号": "R2", "地块名称": "乙", "地块用途": "仓储用地", "DLBM": "0508"}),
            (None, {"地块编号": "R3", "地块名称": "无图形", "地块用途": "", "DLBM": ""}),
        ],
        geom_type=ogr.wkbMultiPolygon,
    )
    txt = str(tmp_path / "out.txt")
    res, fb = run_alg("landplan:exportcoordinates", {"INPUT": src, "OUTPUT": txt})
    assert res["COUNT"] == 2
    assert any("R3" in line for line in fb.log)
    raw = read_bytes(txt)
    text = raw.decode("gbk")                       # GBK by default
    assert "带号=38" in text and text.count(",@") == 2
    assert "J1,1,3845000.000,38512000.000" in text
    back = str(tmp_path / "back.gpkg")
    run_alg("landplan:importcoordinates", {"INPUT": txt, "OUTPUT": back})
    lyr, rows = read_layer(back)
    assert lyr.crs().authid() == "EPSG:4526"
    _, orig = read_layer(src)
    by = {r["pid"]: r for r in rows}
    for o in orig[:2]:
        r = by[o["地块编号"]]
        assert r["problems"] is None
        assert r["name"] == o["地块名称"] and r["use"] == o["地块用途"] and r["dlbm"] == o["DLBM"]
        assert r["_geom"].equals(o["_geom"]) or r["_geom"].symDifference(o["_geom"]).area() < 1e-6


def test_export_reprojects_plain_zone_and_geographic(qgis_app, tmp_path):
    src = write_gpkg(str(tmp_path / "p4547.gpkg"), "p", 4547, [("pid", ogr.OFTString)],
                     [(square(512000, 3845000, 50), {"pid": "K1"})])
    txt = str(tmp_path / "k.txt")
    run_alg("landplan:exportcoordinates", {"INPUT": src, "OUTPUT": txt, "ENCODING": "UTF-8"})
    text = read_bytes(txt).decode("utf-8")
    assert "K1" in text and ",38512000.000" in text          # zone prefix written
    back = str(tmp_path / "k.gpkg")
    run_alg("landplan:importcoordinates", {"INPUT": txt, "OUTPUT": back})
    lyr, rows = read_layer(back)
    assert lyr.crs().authid() == "EPSG:4526"
    assert rows[0]["_geom"].boundingBox().xMinimum() == pytest.approx(38512000.0)
    # a geographic layer goes to the 3° zone of its centre
    geo = write_gpkg(str(tmp_path / "geo.gpkg"), "g", 4490, [("pid", ogr.OFTString)],
                     [("POLYGON((115.01 35.7,115.012 35.7,115.012 35.702,115.01 35.702,115.01 35.7))", {"pid": "G1"})])
    txt2 = str(tmp_path / "g.txt")
    res, fb = run_alg("landplan:exportcoordinates", {"INPUT": geo, "OUTPUT": txt2})
    assert "带号=38" in read_bytes(txt2).decode("gbk")
    back2 = str(tmp_path / "g2.gpkg")
    run_alg("landplan:importcoordinates", {"INPUT": txt2, "OUTPUT": back2})
    _, rows2 = read_layer(back2)
    assert rows2[0]["problems"] is None and rows2[0]["geom_ha"] > 3.0


def test_import_export_join_score_in_a_model(qgis_app, tmp_path):
    """A Processing model chaining importcoordinates → exportcoordinates, and joinenterprises →
    scoreinefficiency: the algorithms take their inputs from model parameters and child outputs."""
    import openpyxl
    from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource as Src, QgsProcessingModelOutput,
                           QgsProcessingModelParameter, QgsProcessingParameterFile)
    from landplan_plugin.core.enterprises import CODE_ALPHABET, check_codes
    model = QgsProcessingModelAlgorithm("formats_chain", "LandPlan tests")
    for name in ("txt", "table"):
        definition = QgsProcessingParameterFile(name, name)
        model.addModelParameter(definition, QgsProcessingModelParameter(name))

    def child(cid, alg_id, sources, statics=None, outputs=None):
        c = QgsProcessingModelChildAlgorithm(alg_id)
        c.setChildId(cid)
        for k, src in sources.items():
            c.addParameterSources(k, [src])
        for k, v in (statics or {}).items():
            c.addParameterSources(k, [Src.fromStaticValue(v)])
        outs = {}
        for out_name, child_out in (outputs or {}).items():
            o = QgsProcessingModelOutput(out_name, out_name)
            o.setChildId(cid)
            o.setChildOutputName(child_out)
            outs[out_name] = o
        c.setModelOutputs(outs)
        model.addChildAlgorithm(c)

    child("imp", "landplan:importcoordinates", {"INPUT": Src.fromModelParameter("txt")}, {"ENCODING": 0})
    child("exp", "landplan:exportcoordinates", {"INPUT": Src.fromChildOutput("imp", "OUTPUT")},
          {"PID_FIELD": "pid", "NAME_FIELD": "name", "USE_FIELD": "use", "DLBM_FIELD": "dlbm",
           "AREA_FIELD": "area_ha", "AREA_UNIT": 2, "ENCODING": 0}, {"txt_out": "OUTPUT"})
    child("join", "landplan:joinenterprises", {"INPUT": Src.fromChildOutput("imp", "OUTPUT"),
                                               "TABLE": Src.fromModelParameter("table")},
          {"NAME_FIELD": "name", "AREA_FIELD": "", "AREA_UNIT": 0})
    child(
        "score",
        "landplan:scoreinefficiency",
        {"INPUT": Src.fromChildOutput("join", "OUTPUT")},
        {
            "STANDARD": 1,
            "TAX_FIELD": "税收",
            "INVEST_FIELD": "投资",
            "FAR_FIELD": "容积率",
            "COVERAGE_FIELD": "建筑系数",
            "AREA_FIELD": "",
        },
        {"scored": "OUTPUT"},
    )
    txt = write_txt(
        tmp_path / "m.txt",
        ["5,0.2000,M1,模型甲有限公司,面,,工业用地,0601,@"]
        + ring(3845000, 512000, 44.72135955, 1, 1)
        + ["5,0.3000,M2,模型甲有限公司,面,,工业用地,0601,@"]
        + ring(3846000, 512000, 54.77225575, 1, 1),
    )
    body = "91410900000000010"
    wb = openpyxl.Workbook()
    wb.active.append(["统一社会信用代码", "企业名称", "税收", "投资", "容积率", "建筑系数"])
    code = next(c for c in check_codes([body + ch for ch in CODE_ALPHABET])[0] if c)
    wb.active.append([code, "模型甲有限公司", 25.0, 1000.0, 1.2, 50])
    xlsx = str(tmp_path / "m.xlsx")
    wb.save(xlsx)
    # a model's destination parameters are "exp:txt_out" on QGIS 3.22 and "txt_out" on 3.40
    dest = {d.name().split(":")[-1]: d.name() for d in model.destinationParameterDefinitions()}
    params = {"txt": txt, "table": xlsx, dest["txt_out"]: str(tmp_path / "again.txt"),
              dest["scored"]: str(tmp_path / "scored.gpkg")}
    res, fb = run_alg_model(model, params)
    with open(str(tmp_path / "again.txt"), "rb") as f:
        again = f.read().decode("gbk")
    assert again.count(",@") == 2 and "M2" in again
    _, rows = read_layer(str(tmp_path / "scored.gpkg"))
    # 25 万元 over 0.5 ha = 7.5 亩: 3.333 万元/亩 on both parcels
    assert [round(r["ie_tax"], 3) for r in rows] == [3.333, 3.333]
    assert [r["ej_match"] for r in rows] == ["名称", "名称"]


def run_alg_model(model, params):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback
    ctx, fb = QgsProcessingContext(), QgsProcessingFeedback()
    ok, msg = model.checkParameterValues(params, ctx)
    assert ok, msg
    res, ok = model.run(params, ctx, fb)
    assert ok
    return res, fb


def test_export_messy_area_values_named_and_shapefile_unchanged(qgis_app, tmp_path):
    """Area text such as "1,234.5" is read, "N/A" is named (feature and field) and the geometry's area
    written instead; a bow-tie is repaired and named; the input shapefile is not modified."""
    from osgeo import gdal
    write_gpkg(str(tmp_path / "m.gpkg"), "m", 4526, [("DKBH", ogr.OFTString), ("DKMJ", ogr.OFTString)],
               [(square(38512000, 3845000, 50), {"DKBH": "A", "DKMJ": "2,500.0"}),
                (square(38512100, 3845000, 50), {"DKBH": "B", "DKMJ": "N/A"}),
                ("POLYGON((38512200 3845000,38512250 3845050,38512250 3845000,38512200 3845050,38512200 3845000))",
                 {"DKBH": "C", "DKMJ": "１２５０"})])
    shp = str(tmp_path / "m.shp")
    gdal.VectorTranslate(shp, str(tmp_path / "m.gpkg"), format="ESRI Shapefile", layerCreationOptions=["ENCODING=GBK"])
    before = {ext: sha(shp[:-4] + ext) for ext in (".shp", ".dbf", ".shx")}
    txt = str(tmp_path / "m.txt")
    res, fb = run_alg("landplan:exportcoordinates", {"INPUT": shp, "PID_FIELD": "DKBH", "AREA_FIELD": "DKMJ",
                                                     "AREA_UNIT": "m2", "OUTPUT": txt})
    assert res["COUNT"] == 3
    text = read_bytes(txt).decode("gbk")
    assert "5,0.2500,A," in text and "5,0.2500,B," in text and ",0.1250,C," in text
    assert any(line.startswith("B：") and "DKMJ" in line and "N/A" in line for line in fb.log)
    assert any(line.startswith("C：") and "make-valid" in line for line in fb.log)
    assert {ext: sha(shp[:-4] + ext) for ext in (".shp", ".dbf", ".shx")} == before

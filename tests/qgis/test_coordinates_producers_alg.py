"""importcoordinates / exportcoordinates on 报盘坐标 files as real producers write them: a 报省部标
10-field file (GBK, CRLF) with an area in 平方米, a 0,0 placeholder, open rings and a duplicate id;
import → export → import keeps vertices, order and every field; a parcel at 120.2°E in a CM 114°E
layer is exported in its own zone."""
import pytest
from conftest import run_alg
from helpers import read_layer, write_gpkg
from osgeo import ogr

HEADER = ("[属性描述]\r\n格式版本号=1.01版本\r\n坐标系=2000国家大地坐标系\r\n几度分带=3\r\n投影类型=高斯克吕格\r\n"
          "计量单位=米\r\n带号=38\r\n精度=0.001\r\n[地块坐标]\r\n")
FIELDS = ("pid", "name", "use", "dlbm", "area_ha", "sheet", "shape", "xzqdm", "town")


def ring(x0, y0, side, ring_no, start, close=False):
    pts = [(x0, y0), (x0, y0 + side), (x0 + side, y0 + side), (x0 + side, y0)]
    lines = ["J%d,%d,%.3f,%.3f" % (start + i, ring_no, x, y + 38e6) for i, (x, y) in enumerate(pts)]
    return lines + ([lines[0]] if close else [])


def write_txt(path, body, encoding="gbk", newline="\r\n"):
    with open(path, "wb") as f:
        f.write((HEADER.replace("\r\n", newline) + newline.join(body) + newline).encode(encoding))
    return str(path)


def vertices(geom):
    return [[[(p.x(), p.y()) for p in r] for r in poly] for poly in geom.asMultiPolygon()]


@pytest.mark.parametrize("encoding, newline", [("gbk", "\r\n"), ("utf-8", "\n")])
def test_provincial_file_round_trip_keeps_every_field(qgis_app, tmp_path, encoding, newline):
    # open rings (the producer's habit: counts are the points written), 10 fields per parcel line
    body = (["8,0.9600,410102,须水镇,P-01,甲公司项目用地,面,I49G050081,工业用地,0601,@"]
            + ring(3845000, 512000, 100, 1, 1) + ring(3845040, 512040, 20, 2, 5)
            + ["4,2500,410102,须水镇,P-02,乙公司项目用地,面,,仓储用地,0508,@"] + ring(3846000, 512000, 50, 1, 1)   # m²
            + ["0,0,410103,石佛村,P-03,丙,面,,工业用地,0601,@"] + ring(3847000, 512000, 50, 1, 1)            # 0,0
            + ["4,0.2500,410103,石佛村,P-01,丁,面,,工业用地,0601,@"] + ring(3848000, 512000, 50, 1, 1))        # dup id
    txt = write_txt(tmp_path / "报省部标.txt", body, encoding, newline)
    first = str(tmp_path / "first.gpkg")
    res, fb = run_alg("landplan:importcoordinates", {"INPUT": txt, "OUTPUT": first})
    lyr, rows = read_layer(first)
    names = [n for n in lyr.fields().names() if n != "fid"]
    assert names[:10] == ["pid", "name", "use", "dlbm", "area_ha", "geom_ha", "area_diff", "n_points", "source",
                          "problems"]
    assert {"sheet", "shape", "note", "xzqdm", "town"} <= set(names)
    by = {(r["pid"], r["name"]): r for r in rows}
    p1, p2, p3, p4 = (by[k] for k in [("P-01", "甲公司项目用地"), ("P-02", "乙公司项目用地"), ("P-03", "丙"),
                                      ("P-01", "丁")])
    assert (p1["xzqdm"], p1["town"], p1["sheet"], p1["shape"], p1["dlbm"]) == (
        "410102", "须水镇", "I49G050081", "面", "0601")
    assert p1["problems"] is None and p1["_geom"].area() == pytest.approx(9600.0)
    assert p2["area_ha"] == pytest.approx(0.25) and p2["problems"] is None and "平方米" in p2["note"]
    assert p3["area_ha"] is None and p3["problems"] == "未填写地块面积（文件中为 0），无法核对"
    assert "地块编号「P-01」重复" in p4["problems"]
    assert res["PROBLEM_COUNT"] == 2
    log = "\n".join(fb.log)
    assert log.count("未在末尾重复首点") == 1 and "报省部标" in log and "地块编号重复" in log
    # export (layout from the fields it finds: 10 fields) and import again
    txt2 = str(tmp_path / "again.txt")
    run_alg("landplan:exportcoordinates", {"INPUT": first, "OUTPUT": txt2})
    with open(txt2, "rb") as f:
        text = f.read().decode("gbk")
    assert "5,0.2500,410102,须水镇,P-02,乙公司项目用地,面,,仓储用地,0508,@" in text
    second = str(tmp_path / "second.gpkg")
    run_alg("landplan:importcoordinates", {"INPUT": txt2, "OUTPUT": second})
    _, rows2 = read_layer(second)
    assert len(rows2) == len(rows)
    for a, b in zip(rows, rows2):
        if a["area_ha"] is None:      # a missing stated area is exported as the geometry's (documented)
            a = dict(a, area_ha=round(a["geom_ha"], 4))
        assert [a[k] for k in FIELDS] == [b[k] for k in FIELDS]
        if a["_geom"].isEmpty():
            continue
        assert vertices(a["_geom"]) == vertices(b["_geom"])           # same vertices, same order


def test_export_zone_from_the_data_longitude(qgis_app, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
    to_4547 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4490"),
                                     QgsCoordinateReferenceSystem("EPSG:4547"), QgsProject.instance())
    c = to_4547.transform(QgsPointXY(120.2, 36.1))        # far east of CM 114°E: x ≈ 1 040 km
    wkt = "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (c.x(), c.y(), c.x() + 80, c.y(), c.x() + 80, c.y() + 60,
                                                         c.x(), c.y() + 60, c.x(), c.y())
    src = write_gpkg(str(tmp_path / "cm114.gpkg"), "p", 4547, [("pid", ogr.OFTString)], [(wkt, {"pid": "QD-1"})])
    txt = str(tmp_path / "qd.txt")
    res, fb = run_alg("landplan:exportcoordinates", {"INPUT": src, "OUTPUT": txt})
    with open(txt, "rb") as f:
        text = f.read().decode("gbk")
    assert "带号=40" in text and ",40" in text.split("QD-1", 1)[1].splitlines()[1][-13:]
    assert any("EPSG:4547" in line and "第40带" in line for line in fb.log)
    back = str(tmp_path / "qd.gpkg")
    run_alg("landplan:importcoordinates", {"INPUT": txt, "OUTPUT": back})
    lyr, rows = read_layer(back)
    assert lyr.crs().authid() == "EPSG:4528" and rows[0]["problems"] is None
    to_geo = QgsCoordinateTransform(lyr.crs(), QgsCoordinateReferenceSystem("EPSG:4490"), QgsProject.instance())
    centre = to_geo.transform(rows[0]["_geom"].centroid().asPoint())
    assert centre.x() == pytest.approx(120.2, abs=0.002) and centre.y() == pytest.approx(36.1, abs=0.002)

"""FileGDB (.gdb written by GDAL's OpenFileGDB driver) as input to exportcoordinates, joinenterprises
and scoreinefficiency, with the ASCII (pinyin-initial) field names such databases carry."""
import openpyxl
import pytest
from conftest import run_alg
from helpers import read_layer, square, valid_credit_code
from osgeo import ogr, osr

from landplan_plugin.core.units import M2_PER_MU


def code(n):
    body = "9141090000000%04d" % n
    return valid_credit_code(body)


def write_gdb(path):
    drv = ogr.GetDriverByName("OpenFileGDB")
    ds = drv.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    lyr = ds.CreateLayer("ZD", srs, ogr.wkbMultiPolygon)
    for name, ftype in (("ZDDM", ogr.OFTString), ("TYSHXYDM", ogr.OFTString), ("QYMC", ogr.OFTString),
                        ("YDMJ", ogr.OFTReal), ("SSZE", ogr.OFTReal), ("GDZCTZ", ogr.OFTReal),
                        ("RJL", ogr.OFTReal), ("JZXS", ogr.OFTReal), ("DLBM", ogr.OFTString)):
        lyr.CreateField(ogr.FieldDefn(name, ftype))
    for i, (mu, tax) in enumerate([(2, 2.0), (3, 30.0), (4, 8.0)]):
        f = ogr.Feature(lyr.GetLayerDefn())
        area = mu * M2_PER_MU
        f.SetField("ZDDM", "G%d" % (i + 1))
        f.SetField("TYSHXYDM", code(i // 2))           # G1 and G2 belong to one enterprise
        f.SetField("QYMC", "企业%d有限公司" % (i // 2))
        f.SetField("YDMJ", area)
        f.SetField("SSZE", tax)
        f.SetField("GDZCTZ", 200.0 * mu)
        f.SetField("RJL", 1.0)
        f.SetField("JZXS", 50.0)
        f.SetField("DLBM", "0601")
        f.SetGeometry(ogr.ForceToMultiPolygon(
            ogr.CreateGeometryFromWkt(square(512000 + 200 * i, 3845000, area ** 0.5))))
        lyr.CreateFeature(f)
    ds = None
    return path + "|layername=ZD"


@pytest.fixture
def gdb(tmp_path):
    return write_gdb(str(tmp_path / "三调与宗地.gdb"))


def test_gdb_is_readable_by_qgis(qgis_app, gdb):
    lyr, rows = read_layer(gdb)
    assert lyr.providerType() == "ogr" and "FileGDB" in lyr.dataProvider().storageType()
    assert lyr.crs().authid() == "EPSG:4547" and len(rows) == 3


def test_export_coordinates_from_gdb(qgis_app, gdb, tmp_path):
    txt = str(tmp_path / "gdb.txt")
    res, fb = run_alg("landplan:exportcoordinates", {"INPUT": gdb, "PID_FIELD": "ZDDM", "NAME_FIELD": "QYMC",
                                                     "DLBM_FIELD": "DLBM", "OUTPUT": txt})
    assert res["COUNT"] == 3
    back = str(tmp_path / "back.gpkg")
    run_alg("landplan:importcoordinates", {"INPUT": txt, "OUTPUT": back})
    lyr, rows = read_layer(back)
    assert lyr.crs().authid() == "EPSG:4526"
    assert [r["pid"] for r in rows] == ["G1", "G2", "G3"]
    assert all(r["problems"] is None for r in rows)
    assert rows[1]["geom_ha"] == pytest.approx(3 * M2_PER_MU / 10000.0, rel=1e-4)   # coordinates written to the mm


def test_join_and_score_from_gdb(qgis_app, gdb, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["统一社会信用代码", "企业名称", "年税收"])
    ws.append([code(0), "企业0有限公司", 50.0])
    ws.append([code(1), "企业1有限公司", 4.0])
    xlsx = str(tmp_path / "t.xlsx")
    wb.save(xlsx)
    joined = str(tmp_path / "joined.gpkg")
    res, fb = run_alg("landplan:joinenterprises", {"INPUT": gdb, "TABLE": xlsx, "OUTPUT": joined})
    assert res["MATCHED"] == 3
    _, rows = read_layer(joined)
    assert [round(r["年税收"], 6) for r in rows] == [20.0, 30.0, 4.0]
    # scoreinefficiency reads the .gdb itself (fields found by their pinyin initials) …
    scored = str(tmp_path / "scored.gpkg")
    run_alg("landplan:scoreinefficiency", {"INPUT": gdb, "STANDARD": 1, "OUTPUT": scored})
    _, srows = read_layer(scored)
    assert [round(r["ie_tax"], 6) for r in srows] == [1.0, 10.0, 2.0]
    # … and the joined totals give the enterprise's own figure on every parcel of it
    scored2 = str(tmp_path / "scored2.gpkg")
    run_alg("landplan:scoreinefficiency", {"INPUT": joined, "STANDARD": 1, "TAX_FIELD": "年税收", "OUTPUT": scored2})
    _, s2 = read_layer(scored2)
    assert [round(r["ie_tax"], 6) for r in s2] == [10.0, 10.0, 1.0]

"""landplan:changemonitoring end to end: change polygons as a shapefile in EPSG:4326 over layers in
EPSG:4547 (reprojected), every lead kind, slivers, duplicates and empties named in the log, the 预警
table, the 巡查 sheet and the map."""
import os

import pytest
from conftest import run_alg
from helpers import read_layer, write_gpkg
from osgeo import ogr, osr

X0, Y0 = 500000.0, 3900000.0
MU = 10000.0 / 15.0
S, INT = ogr.OFTString, ogr.OFTInteger


def rect(x0, y0, x1, y1):
    return "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        X0 + x0, Y0 + y0, X0 + x1, Y0 + y0, X0 + x1, Y0 + y1, X0 + x0, Y0 + y1, X0 + x0, Y0 + y0)


def write_changes_shp(path, rows, epsg=4326):
    """rows: (id, type, wkt in EPSG:4547 or None); written in ``epsg`` with 前时相 / 后时相."""
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(4547)
    dst.ImportFromEPSG(epsg)
    for srs in (src, dst):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tr = osr.CoordinateTransformation(src, dst)
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(path)
    lyr = ds.CreateLayer("changes", dst, ogr.wkbPolygon, options=["ENCODING=UTF-8"])
    for name in ("TBBH", "BHLX", "QSX", "HSX"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for cid, kind, wkt in rows:
        feat = ogr.Feature(lyr.GetLayerDefn())
        for name, value in (("TBBH", cid), ("BHLX", kind), ("QSX", "2025-06-30"), ("HSX", "2025-09-30")):
            feat.SetField(name, value)
        if wkt:
            g = ogr.CreateGeometryFromWkt(wkt)
            g.Transform(tr)
            feat.SetGeometry(g)
        lyr.CreateFeature(feat)
    ds = None
    return path


@pytest.fixture
def layers(qgis_app, tmp_path):
    path = str(tmp_path / "in.gpkg")
    parcel_fields = [("宗地编号", S), ("责任单位", S), ("idle_flag", INT), ("ie_flag", INT)]
    uris = {
        "zones": write_gpkg(path, "zones", 4547, [("园区名称", S)], [(rect(0, 0, 2000, 1000), {"园区名称": "甲园区"})]),
        "parcels": write_gpkg(path, "parcels", 4547, parcel_fields, [
            (rect(0, 0, 200, 200), {"宗地编号": "P1", "责任单位": "甲管委会", "idle_flag": 1, "ie_flag": 0}),
            (rect(300, 0, 500, 200), {"宗地编号": "L1", "责任单位": "甲管委会", "idle_flag": 0, "ie_flag": 1}),
            (rect(600, 0, 800, 200), {"宗地编号": "N1", "责任单位": "甲管委会", "idle_flag": 0, "ie_flag": 0})]),
        "unsupplied": write_gpkg(path, "unsupplied", 4547, [("批准文号", S), ("unsup_flag", INT)], [
            (rect(900, 0, 1100, 200), {"批准文号": "豫政土〔2020〕1号", "unsup_flag": 1}),
            (rect(1200, 0, 1300, 200), {"批准文号": "豫政土〔2020〕2号", "unsup_flag": 0})]),
        "approvals": write_gpkg(path, "approvals", 4547, [("批准文号", S)], [
            (rect(900, 0, 1100, 200), {"批准文号": "豫政土〔2020〕1号"}),
            (rect(1200, 0, 1300, 200), {"批准文号": "豫政土〔2020〕2号"})]),
        "supplies": write_gpkg(path, "supplies", 4547, [("电子监管号", S)], [(rect(1200, 0, 1300, 200), {})]),
    }
    changes = write_changes_shp(str(tmp_path / "changes.shp"), [
        ("C1", "新增建设", rect(50, 50, 100, 100)),        # idle P1: 疑似已动工
        ("C2", "新增建设", rect(950, 50, 1000, 100)),      # 批而未供: 疑似已批未供即用
        ("C3", "推填土", rect(1500, 500, 1550, 550)),      # nothing covers it: 疑似违法占地
        ("C4", "拆除", rect(350, 50, 400, 100)),           # low L1: 疑似盘活
        ("C5", "拆除", rect(650, 50, 700, 100)),           # N1 (not low): 无
        ("C6", "新增建设", rect(150, 300, 250, 350)),      # nothing: 疑似违法占地 (outside every parcel)
        ("C7", "新增建设", rect(1210, 50, 1250, 100)),     # supplied, not unsupplied: 无
        ("C8", "新增建设", rect(1600, 600, 1607, 607)),    # 49 m²: sliver
        ("C9", "新增建设", rect(50, 50, 100, 100)),        # same geometry as C1
        ("C10", "新增建设", None),                          # no geometry
        ("C11", "其他", rect(1700, 700, 1750, 750)),       # type not in the table
    ])
    return uris, changes


def params(uris, changes, tmp_path, **extra):
    p = {"CHANGES": changes, "IDLE": uris["parcels"], "SCORED": uris["parcels"], "UNSUPPLIED": uris["unsupplied"],
         "APPROVALS": uris["approvals"], "SUPPLIED": uris["supplies"], "REGISTERED": uris["parcels"],
         "ZONES": uris["zones"], "OUTPUT": str(tmp_path / "out.gpkg"), "WARNINGS": str(tmp_path / "warn.gpkg"),
         "LEDGER": str(tmp_path / "台账.xlsx"), "MAP": str(tmp_path / "map.png")}
    p.update(extra)
    return p


def test_every_lead_from_a_shapefile_in_another_crs(layers, tmp_path):
    uris, changes = layers
    results, fb = run_alg("landplan:changemonitoring", params(uris, changes, tmp_path))
    lyr, rows = read_layer(results["OUTPUT"])
    assert lyr.crs().authid() == "EPSG:4547"
    by_id = {}
    for r in rows:
        by_id.setdefault(r["ch_id"], []).append(r)
    assert by_id["C1"][0]["ch_lead"] == "疑似已动工" and by_id["C1"][0]["ch_parcel"] == "P1"
    assert "2025-06-30—2025-09-30" in by_id["C1"][0]["ch_reason"] and by_id["C1"][0]["ch_unit"] == "甲管委会"
    assert by_id["C1"][0]["ch_mu"] == pytest.approx(2500.0 / MU, rel=1e-3)
    assert by_id["C2"][0]["ch_lead"] == "疑似已批未供即用" and by_id["C2"][0]["ch_parcel"] == "豫政土〔2020〕1号"
    assert by_id["C2"][0]["ch_unit"].startswith("甲管委会（按园区推定")
    assert [r["ch_lead"] for r in by_id["C3"]] == ["疑似违法占地"] and by_id["C3"][0]["ch_zone"] == "甲园区"
    assert "未被批地、供地、登记宗地覆盖" in by_id["C3"][0]["ch_reason"]
    assert by_id["C4"][0]["ch_lead"] == "疑似盘活" and by_id["C4"][0]["ch_parcel"] == "L1"
    assert by_id["C5"][0]["ch_lead"] == "无" and by_id["C5"][0]["ch_unit"] is None
    assert by_id["C6"][0]["ch_lead"] == "疑似违法占地"
    assert by_id["C7"][0]["ch_lead"] == "无"
    assert by_id["C11"][0]["ch_lead"] == "无" and "变化类型未识别" in by_id["C11"][0]["ch_reason"]
    assert not {"C8", "C9", "C10"} & set(by_id)
    log = "\n".join(fb.log)
    assert "is reprojected to EPSG:4547" in log or "重投影" in log
    assert "C8" in log and "碎片" in log
    assert "C9" in log and "与变化图斑 C1 图形相同" in log
    assert "C10" in log and "几何为空" in log
    assert "其他" in log
    _w, warn = read_layer(results["WARNINGS"])
    total = [r for r in warn if r["cw_zone"] == "合计"][0]
    assert (total["cw_st_n"], total["cw_use_n"], total["cw_ua_n"], total["cw_rev_n"]) == (1, 1, 2, 1)
    assert total["cw_tot_n"] == 5 and total["cw_period"] == "2025-06-30—2025-09-30"
    from openpyxl import load_workbook
    ws = load_workbook(results["LEDGER"])["巡查清单"]
    texts = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "C1" in texts and "C5" not in texts and "疑似盘活" in texts
    assert os.path.getsize(results["MAP"]) > 10000


def test_a_piece_on_two_layers_and_the_minimum_area(layers, tmp_path):
    uris, _ = layers
    changes = write_changes_shp(str(tmp_path / "span.shp"), [
        ("S1", "新增建设", rect(150, 100, 250, 150)),     # half on idle P1, half uncovered
        ("S2", "新增建设", rect(1700, 700, 1712, 709)),   # 108 m²: used with MIN_AREA 100, not with 200
    ], epsg=4490)
    results, fb = run_alg("landplan:changemonitoring", params(uris, changes, tmp_path, MIN_AREA=200.0))
    _lyr, rows = read_layer(results["OUTPUT"])
    leads = sorted((r["ch_lead"], round(r["ch_mu"] * MU)) for r in rows if r["ch_id"] == "S1")
    assert leads == [("疑似已动工", 2500), ("疑似违法占地", 2500)]
    assert not [r for r in rows if r["ch_id"] == "S2"] and "S2" in "\n".join(fb.log)


def test_without_cover_layers_no_unauthorised_lead(layers, tmp_path):
    uris, changes = layers
    p = params(uris, changes, tmp_path)
    for name in ("APPROVALS", "SUPPLIED", "REGISTERED", "LEDGER", "MAP"):
        p.pop(name)
    results, fb = run_alg("landplan:changemonitoring", p)
    _lyr, rows = read_layer(results["OUTPUT"])
    assert "疑似违法占地" not in {r["ch_lead"] for r in rows}
    assert {r["ch_lead"] for r in rows if r["ch_id"] == "C3"} == {"无"}
    assert any("not judged" in line or "未判断" in line or "不判断" in line for line in fb.log)


def test_quarterly_model_runs_the_patrol_on_the_demo_changes(qgis_app, demo_gpkg, tmp_path):
    """The model's optional 变化图斑 input: the demo change polygons (EPSG:4490 shapefile) give every lead."""
    from conftest import REPO
    from qgis.core import QgsProcessingContext

    def uri(name):
        return "%s|layername=%s" % (demo_gpkg, name)
    params = {
        "parcels": uri("parcels"), "zones": uri("zones"), "landuse": uri("landuse"), "landuse_code": "DLBM",
        "approvals": uri("approvals"), "supplies": uri("supplies"), "as_of": "2025-12-31", "standard": 1,
        "changes": os.path.join(REPO, "resources", "demo", "changes_demo.shp"),
        "changes:change_leads": str(tmp_path / "leads.gpkg"), "changes:change_warnings": str(tmp_path / "warn.gpkg"),
    }
    for name, fname in (("idle:parcels_checked", "checked.gpkg"), ("unsupplied:unsupplied", "unsup.gpkg"),
                        ("zone:zones_checked", "zones.gpkg"), ("export:flagged_shp", "flagged.shp"),
                        ("export:ledger", "ledger.xlsx"), ("report:report_pdf", "report.pdf"),
                        ("report:overview_png", "overview.png")):
        params[name] = str(tmp_path / fname)
    run_alg("landplan:landplan_quarterly", params, context=QgsProcessingContext())
    _lyr, rows = read_layer(str(tmp_path / "leads.gpkg"))
    assert {r["ch_lead"] for r in rows} == {"疑似已动工", "疑似已批未供即用", "疑似违法占地", "疑似盘活", "无"}
    assert not {"2025Q3-014", "2025Q3-015", "2025Q3-016", "2025Q3-017", "2025Q3-018"} & {r["ch_id"] for r in rows}


def test_geopackage_without_type_or_date_fields(layers, tmp_path):
    """A GeoPackage in EPSG:4490 with only an id: every polygon is construction, the window says 未填."""
    from osgeo import gdal
    uris, changes = layers
    gpkg = str(tmp_path / "ids_only.gpkg")
    gdal.VectorTranslate(gpkg, changes, selectFields=["TBBH"], dstSRS="EPSG:4490", layerName="changes")
    p = params(uris, gpkg + "|layername=changes", tmp_path)
    for name in ("LEDGER", "MAP"):
        p.pop(name)
    results, fb = run_alg("landplan:changemonitoring", p)
    _lyr, rows = read_layer(results["OUTPUT"])
    by_id = {r["ch_id"]: r for r in rows}
    assert by_id["C1"]["ch_lead"] == "疑似已动工" and by_id["C1"]["ch_window"] == "前时相未填—后时相未填"
    assert by_id["C4"]["ch_lead"] == "无" and by_id["C4"]["ch_kind"] == "建设"   # 拆除 unknown without the field
    assert by_id["C11"]["ch_kind"] == "建设"


def test_unreadable_dates_name_the_field_and_the_polygon(layers, tmp_path):
    uris, _ = layers
    changes = write_gpkg(str(tmp_path / "ch.gpkg"), "ch", 4547, [("TBBH", S), ("QSX", S), ("HSX", S)], [
        (rect(50, 50, 100, 100), {"TBBH": "D7", "QSX": "待定", "HSX": "2025-09-30"})])
    results, fb = run_alg("landplan:changemonitoring", params(uris, changes, tmp_path, BEFORE_DATE_FIELD="QSX",
                                                              AFTER_DATE_FIELD="HSX"))
    log = "\n".join(fb.log)
    assert ('"QSX"' in log or "“QSX”" in log) and '"前时相"' not in log and "“前时相”" not in log  # its own field
    assert [line for line in fb.log if "D7" in line and "QSX" in line and "待定" in line]   # the row named
    _lyr, rows = read_layer(results["OUTPUT"])
    assert rows[0]["ch_window"] == "前时相未填—2025-09-30"

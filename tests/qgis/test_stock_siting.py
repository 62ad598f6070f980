"""landplan:stocksiting end to end on real files: candidates from two layers (one in another CRS),
flag 0 rows left out, zones, a constraint layer, a group of adjacent sites, the ledger sheet."""
import pytest
from conftest import run_alg
from helpers import read_layer, write_gpkg
from osgeo import ogr

X0, Y0 = 500000.0, 3900000.0
MU = 10000.0 / 15.0
S, INT = ogr.OFTString, ogr.OFTInteger


def rect(x0, y0, x1, y1):
    return "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        X0 + x0, Y0 + y0, X0 + x1, Y0 + y0, X0 + x1, Y0 + y1, X0 + x0, Y0 + y1, X0 + x0, Y0 + y0)


def mu_rect(x0, y0, mu, height=100.0):
    return rect(x0, y0, x0 + mu * MU / height, y0 + height)


def _to_4490(uri, tmp_path):
    from osgeo import gdal
    src, _, name = uri.partition("|layername=")
    out = str(tmp_path / "geographic.gpkg")
    gdal.VectorTranslate(out, src, layers=[name], dstSRS="EPSG:4490", layerName=name, accessMode="append")
    return "%s|layername=%s" % (out, name)


@pytest.fixture
def layers(qgis_app, tmp_path):
    path = str(tmp_path / "in.gpkg")
    parcel_fields = [("宗地编号", S), ("idle_flag", INT), ("ie_flag", INT), ("ie_type", S)]
    out = {
        "zones": write_gpkg(path, "zones", 4547, [("园区名称", S)], [
            (rect(0, 0, 3000, 1000), {"园区名称": "甲园区"}), (rect(4000, 0, 6000, 1000), {"园区名称": "乙园区"})]),
        "parcels": write_gpkg(path, "parcels", 4547, parcel_fields, [
            (mu_rect(100, 100, 30.0), {"宗地编号": "I1", "idle_flag": 1, "ie_flag": 0}),          # fits, 甲
            (mu_rect(4100, 100, 30.0), {"宗地编号": "L1", "idle_flag": 0, "ie_flag": 1,
                                         "ie_type": "停建停产类"}),                                  # fits, 乙
            (mu_rect(600, 100, 30.0), {"宗地编号": "N1", "idle_flag": 0, "ie_flag": 0}),          # not stock
            (mu_rect(1000, 100, 30.0), {"宗地编号": "C1", "idle_flag": 1, "ie_flag": 0}),         # constrained
            (mu_rect(8000, 100, 30.0), {"宗地编号": "O1", "idle_flag": 1, "ie_flag": None}),      # outside zones
            (mu_rect(1500, 100, 14.0), {"宗地编号": "G1", "idle_flag": 0, "ie_flag": 1}),         # group with G2
            (mu_rect(1500 + 14.0 * MU / 100.0, 100, 15.0), {"宗地编号": "G2", "idle_flag": 1, "ie_flag": 1}),
            (mu_rect(2500, 100, 60.0), {"宗地编号": "B1", "idle_flag": 1, "ie_flag": 0})]),      # too big
        # approvals in EPSG:4490 (reprojected): one 批而未供 site of 31 亩, one supplied (flag 0)
        "unsup": write_gpkg(path, "unsup", 4547, [("批准文号", S), ("unsup_flag", INT)], [
            (mu_rect(100, 500, 31.0), {"批准文号": "豫政土〔2020〕1号", "unsup_flag": 1}),
            (mu_rect(700, 500, 30.0), {"批准文号": "豫政土〔2020〕2号", "unsup_flag": 0})]),
        "constraints": write_gpkg(path, "constraints", 4547, [("类型", S)], [(rect(1000, 150, 1050, 160), {})]),
    }
    out["unsup"] = _to_4490(out["unsup"], tmp_path)
    return out


def test_ranking_groups_flags_and_the_sheet(layers, tmp_path):
    results, fb = run_alg("landplan:stocksiting", {
        "CANDIDATES": [layers["unsup"], layers["parcels"]], "PROJECT_INDUSTRY": "C3411", "PROJECT_MU": 30.0,
        "PROJECT_INVEST": 3000.0, "ZONES": layers["zones"], "PREFERRED_ZONE": "乙园区", "AREA_TOLERANCE": 10.0,
        "CONSTRAINTS": layers["constraints"], "REGION": "其他区域", "OUTPUT": str(tmp_path / "sites.gpkg"),
        "LEDGER": str(tmp_path / "台账.xlsx"), "TOP_N": 2, "OUTPUT_PDF": str(tmp_path / "sites.pdf")})
    lyr, rows = read_layer(results["OUTPUT"])
    assert lyr.crs().authid() == "EPSG:4547"                               # the 4490 layer is reprojected
    by_site = {r["ss_sites"]: r for r in rows}
    assert "N1" not in by_site and "豫政土〔2020〕2号" not in by_site       # flag 0: not stock land
    assert by_site["L1"]["ss_rank"] == 1 and by_site["L1"]["ss_route"] == "收回"   # the preferred zone first
    # 31 亩 and 29 亩 are as close to 30: 批而未供 before the group (闲置+低效)
    assert by_site["I1"]["ss_rank"] == 2 and by_site["豫政土〔2020〕1号"]["ss_rank"] == 3
    assert by_site["G1、G2"]["ss_rank"] == 4 and by_site["G1、G2"]["ss_kind"] == "闲置+低效"
    assert by_site["G1、G2"]["ss_mu"] == pytest.approx(29.0, rel=1e-6)
    for site, why in (("C1", "限制区域"), ("O1", "未入园"), ("B1", "面积60.00亩")):
        assert by_site[site]["ss_rank"] is None and why in by_site[site]["ss_reason"]
        assert by_site[site]["ss_meets"] is None
    top = by_site["L1"]
    assert top["ss_inv_req"] == pytest.approx(1035.0 / 15.0) and top["ss_far_req"] == 0.7
    assert top["ss_tax_req"] == 1.5 and top["ss_meets"] == 1 and top["ss_save_mu"] == pytest.approx(30.0)
    assert by_site["豫政土〔2020〕1号"]["ss_meets"] == 1 and by_site["豫政土〔2020〕1号"]["ss_save_mu"] == 30.0
    from openpyxl import load_workbook
    ws = load_workbook(results["LEDGER"])["存量用地选址"]
    texts = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "L1" in texts and "C1" not in texts
    import shutil
    import subprocess
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", results["OUTPUT_PDF"], "-"], capture_output=True,
                              text=True, check=True).stdout
        pages = text.split("\f")
        assert "第1名：L1" in pages[0] and "第2名：I1" in pages[1] and not pages[2].strip()   # TOP_N = 2
        assert "≥ 69 万元/亩" in pages[0] and "达标" in pages[0]


def test_low_investment_does_not_meet_and_no_groups(layers, tmp_path):
    results, _fb = run_alg("landplan:stocksiting", {
        "CANDIDATES": [layers["parcels"]], "PROJECT_INDUSTRY": "34", "PROJECT_MU": 30.0, "PROJECT_INVEST": 600.0,
        "PROJECT_TAX": 60.0, "ZONES": layers["zones"], "AREA_TOLERANCE": 10.0, "ALLOW_GROUPS": False,
        "OUTPUT": str(tmp_path / "sites.gpkg")})
    _lyr, rows = read_layer(results["OUTPUT"])
    ranked = [r for r in rows if r["ss_rank"]]
    assert ranked and all(r["ss_meets"] == 0 for r in ranked)            # 20 万元/亩 < 69
    assert not [r for r in rows if "、" in r["ss_sites"]]
    assert "未达到指标" in ranked[0]["ss_reason"]


def test_land_use_code_and_planned_use_layer(qgis_app, tmp_path):
    """A code field on the candidate layer (0701 refused, 0601 fits, empty 待核实), a planned-use layer
    (the use covering most of a site decides; a site it does not cover is 待核实), and one site's own
    规划用途 field used where the layer does not cover it."""
    path = str(tmp_path / "uses.gpkg")
    fields_ = [("宗地编号", S), ("idle_flag", INT), ("DLBM", S), ("规划用途", S)]
    sites = write_gpkg(path, "sites", 4547, fields_, [
        (mu_rect(0, 0, 30.0), {"宗地编号": "OK", "idle_flag": 1, "DLBM": "0601"}),
        (mu_rect(1000, 0, 30.0), {"宗地编号": "CODE", "idle_flag": 1, "DLBM": "0701"}),
        (mu_rect(2000, 0, 30.0), {"宗地编号": "NOCODE", "idle_flag": 1, "DLBM": ""}),
        (mu_rect(3000, 0, 30.0), {"宗地编号": "MAJ", "idle_flag": 1, "DLBM": "601"}),
        (mu_rect(4000, 0, 30.0), {"宗地编号": "OWN", "idle_flag": 1, "DLBM": "0601", "规划用途": "居住用地"}),
        (mu_rect(5000, 0, 30.0), {"宗地编号": "NOPLAN", "idle_flag": 1, "DLBM": "0601"})])
    w = 30.0 * MU / 100.0                     # each site is w × 100 m
    planned = write_gpkg(path, "planned", 4547, [("GHYT", S)], [
        (rect(-10, -10, 2000 + w + 10, 110), {"GHYT": "二类工业用地"}),
        (rect(3000, -10, 3000 + 0.45 * w, 110), {"GHYT": "工业用地"}),          # 45 % 工业
        (rect(3000 + 0.45 * w, -10, 3000 + w + 10, 110), {"GHYT": "商业用地"})])  # 55 % 商业: refused
    results, fb = run_alg("landplan:stocksiting", {
        "CANDIDATES": [sites], "PROJECT_INDUSTRY": "C3411", "PROJECT_MU": 30.0, "PLANNED_USE": planned,
        "OUTPUT": str(tmp_path / "sites_out.gpkg"), "LEDGER": str(tmp_path / "台账.xlsx")})
    _lyr, rows = read_layer(results["OUTPUT"])
    by_site = {r["ss_sites"]: r for r in rows}
    assert by_site["OK"]["ss_rank"] and "待核实" not in by_site["OK"]["ss_reason"]
    assert by_site["CODE"]["ss_rank"] is None and "地类0701" in by_site["CODE"]["ss_reason"]
    assert by_site["NOCODE"]["ss_rank"] and "地类代码未填，待核实" in by_site["NOCODE"]["ss_reason"]
    assert by_site["MAJ"]["ss_rank"] is None and "规划用途「商业用地」" in by_site["MAJ"]["ss_reason"]
    assert by_site["OWN"]["ss_rank"] is None and "规划用途「居住用地」" in by_site["OWN"]["ss_reason"]
    assert by_site["NOPLAN"]["ss_rank"] and "规划用途未知，待核实" in by_site["NOPLAN"]["ss_reason"]
    from openpyxl import load_workbook
    ws = load_workbook(results["LEDGER"])["存量用地选址"]
    texts = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "规划用途未知，待核实" in texts and "CODE" not in texts


def test_no_code_or_planned_use_source_is_not_judged(layers, tmp_path):
    results, fb = run_alg("landplan:stocksiting", {
        "CANDIDATES": [layers["parcels"]], "PROJECT_INDUSTRY": "C3411", "PROJECT_MU": 30.0,
        "AREA_TOLERANCE": 10.0, "OUTPUT": str(tmp_path / "sites.gpkg")})
    _lyr, rows = read_layer(results["OUTPUT"])
    assert not [r for r in rows if "待核实" in r["ss_reason"]]
    assert sum(1 for line in fb.log if "not judged" in line or "未核对" in line or "不判断" in line) == 2


def test_a_layer_without_any_flag_is_refused_by_name(layers, tmp_path):
    from qgis.core import QgsProcessingException
    plain = write_gpkg(str(tmp_path / "plain.gpkg"), "plain_parcels", 4547, [("宗地编号", S)],
                       [(mu_rect(100, 100, 30.0), {"宗地编号": "X1"})])
    with pytest.raises(QgsProcessingException) as err:     # not silently "no stock land"
        run_alg("landplan:stocksiting", {"CANDIDATES": [layers["parcels"], plain], "PROJECT_INDUSTRY": "C3411",
                                         "PROJECT_MU": 30.0, "OUTPUT": str(tmp_path / "sites.gpkg")})
    assert "plain" in str(err.value) and "idle_flag" in str(err.value)


def test_a_repaired_site_is_named_and_a_cancel_stops_before_writing(layers, tmp_path):
    import os

    import processing
    from helpers import CancelAfter
    from qgis.core import QgsProcessingContext
    bowtie = "POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
        X0 + 100, Y0 + 100, X0 + 300, Y0 + 300, X0 + 300, Y0 + 100, X0 + 100, Y0 + 300, X0 + 100, Y0 + 100)
    messy = write_gpkg(str(tmp_path / "messy.gpkg"), "messy", 4547, [("idle_flag", INT)],
                       [(mu_rect(500, 100, 30.0), {"idle_flag": 1}), (bowtie, {"idle_flag": 1})])
    _r, fb = run_alg("landplan:stocksiting", {"CANDIDATES": [messy], "PROJECT_INDUSTRY": "C3411", "PROJECT_MU": 30.0,
                                              "OUTPUT": str(tmp_path / "sites.gpkg")})
    assert [line for line in fb.log if "messy #2" in line]                # the repaired row, by layer and fid
    many = write_gpkg(str(tmp_path / "many.gpkg"), "many", 4547, [("idle_flag", INT)],
                      [(rect(x * 60, y * 60, x * 60 + 50, y * 60 + 50), {"idle_flag": 1})
                       for x in range(20) for y in range(20)])
    fb = CancelAfter(50)
    out = str(tmp_path / "cancelled.gpkg")
    processing.run("landplan:stocksiting", {"CANDIDATES": [many], "PROJECT_INDUSTRY": "C3411", "PROJECT_MU": 4.0,
                                            "OUTPUT": out}, context=QgsProcessingContext(), feedback=fb)
    assert fb.cancelled_at is not None and 50 <= max(fb.progress_seen) < 100
    assert not os.path.exists(out)


def test_sites_far_apart_in_a_geographic_crs_are_not_a_group(qgis_app, tmp_path):
    path = str(tmp_path / "far.gpkg")
    far = write_gpkg(path, "far", 4547, [("宗地编号", S), ("idle_flag", INT)], [
        (mu_rect(0, 0, 15.0), {"宗地编号": "F1", "idle_flag": 1}),
        (mu_rect(2000, 0, 15.0), {"宗地编号": "F2", "idle_flag": 1}),                      # 1.9 km away
        (mu_rect(5000, 0, 15.0), {"宗地编号": "T1", "idle_flag": 1}),
        (mu_rect(5000 + 15.0 * MU / 100.0, 0, 15.0), {"宗地编号": "T2", "idle_flag": 1})])  # touches T1
    results, _fb = run_alg("landplan:stocksiting", {
        "CANDIDATES": [_to_4490(far, tmp_path)], "PROJECT_INDUSTRY": "C3411", "PROJECT_MU": 30.0,
        "OUTPUT": str(tmp_path / "sites.gpkg")})
    groups = {r["ss_sites"] for r in read_layer(results["OUTPUT"])[1] if "、" in r["ss_sites"]}
    assert groups == {"T1、T2"}                                            # metres, not degrees


def test_without_zones_the_reason_does_not_say_outside_a_zone(layers, tmp_path):
    results, _fb = run_alg("landplan:stocksiting", {
        "CANDIDATES": [layers["parcels"]], "PROJECT_INDUSTRY": "C3411", "PROJECT_MU": 30.0,
        "OUTPUT": str(tmp_path / "sites.gpkg"), "LEDGER": str(tmp_path / "台账.xlsx")})
    rows = read_layer(results["OUTPUT"])[1]
    assert rows and all(r["ss_zone"] is None for r in rows)
    assert all("园区外" not in r["ss_reason"] and "未判断入园" in r["ss_reason"] for r in rows)
    from openpyxl import load_workbook
    texts = [c.value for row in load_workbook(results["LEDGER"])["存量用地选址"].iter_rows() for c in row]
    assert "园区外" not in texts

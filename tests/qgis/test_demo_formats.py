"""The shipped 报盘坐标 TXT and enterprise table (scripts/demo_formats.py): current, importable,
joinable, and scoreinefficiency on the joined totals reproduces the parcels' own scoring."""
import os
import shutil
import sys

import pytest
from conftest import REPO, run_alg
from helpers import read_layer

sys.path.insert(0, os.path.join(REPO, "scripts"))
import demo_formats  # noqa: E402

DEMO_DIR = os.path.join(REPO, "resources", "demo")
TXT = os.path.join(DEMO_DIR, demo_formats.TXT_NAME)
XLSX = os.path.join(DEMO_DIR, demo_formats.XLSX_NAME)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def cells(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    finally:
        wb.close()


def test_shipped_files_are_current_and_deterministic(demo_gpkg, tmp_path):
    copy = str(tmp_path / "landplan_demo.gpkg")
    shutil.copy(demo_gpkg, copy)
    txt, xlsx = demo_formats.build(copy)
    assert read(txt) == read(TXT)
    # the workbook's cells equal the shipped ones (bytes may differ between openpyxl versions) …
    assert cells(xlsx) == cells(XLSX)
    # … and a second build writes the same cells (newer openpyxl stamps the zip entries with the time)
    demo_formats.build(copy)
    assert cells(xlsx) == cells(XLSX) and read(txt) == read(TXT)


def test_demo_txt_imports_with_its_three_problems(qgis_app, demo_gpkg, tmp_path):
    out = str(tmp_path / "approvals_txt.gpkg")
    res, fb = run_alg("landplan:importcoordinates", {"INPUT": TXT, "OUTPUT": out})
    lyr, rows = read_layer(out)
    assert lyr.crs().authid() == "EPSG:4526"
    _, approvals = read_layer("%s|layername=approvals" % demo_gpkg)
    assert len(rows) == len(approvals) == res["PARCEL_COUNT"]
    bad = {r["pid"]: r["problems"] for r in rows if r["problems"]}
    assert set(bad) == {"5", "9", "14"}
    assert "X、Y 疑似颠倒" in bad["5"]
    assert "相差 -1.19%" in bad["9"]
    assert "未闭合" in bad["14"] and "界址点数" in bad["14"]
    for r, a in zip(rows, approvals):       # same places as the gpkg's approvals (x + the zone prefix 38 000 000)
        box, abox = r["_geom"].boundingBox(), a["_geom"].boundingBox()
        assert box.xMinimum() - 38_000_000 == pytest.approx(abox.xMinimum())
        assert box.yMinimum() == pytest.approx(abox.yMinimum())
        assert r["geom_ha"] * 10000 == pytest.approx(a["_geom"].area(), rel=1e-9)


def test_demo_join_then_score_equals_parcels_own_totals(qgis_app, demo_gpkg, tmp_path):
    parcels = "%s|layername=parcels" % demo_gpkg
    joined = str(tmp_path / "joined.gpkg")
    res, fb = run_alg(
        "landplan:joinenterprises", {"INPUT": parcels, "TABLE": XLSX, "NAME_FIELD": "企业名称", "OUTPUT": joined}
    )
    _, rows = read_layer(joined)
    by = {r["宗地编号"]: r for r in rows}
    assert {p for p, r in by.items() if r["ej_match"] == "未匹配"} == set(demo_formats.MISSING_PARCELS)
    assert by["PY0017"]["ej_match"] == by["PY0245"]["ej_match"] == "名称"
    assert by["PY0017"]["年度税收"] is None and "无法按面积分摊" in by["PY0017"]["ej_note"]
    log = "\n".join(fb.log)
    assert "校验位错误" in log and "重复" in log and log.count("未挂接到任何宗地") == 2
    own = str(tmp_path / "own.gpkg")
    run_alg("landplan:scoreinefficiency", {"INPUT": parcels, "STANDARD": 1, "STATUS_FIELD": "生产状态",
                                           "TAX_FIELD": "税收总额", "INVEST_FIELD": "固定资产投资", "OUTPUT": own})
    on_joined = str(tmp_path / "on_joined.gpkg")
    run_alg(
        "landplan:scoreinefficiency",
        {
            "INPUT": joined,
            "STANDARD": 1,
            "STATUS_FIELD": "生产状态",
            "TAX_FIELD": "年度税收",
            "INVEST_FIELD": "固定资产投资额",
            "OUTPUT": on_joined,
        },
    )
    _, a = read_layer(own)
    _, b = read_layer(on_joined)
    same = 0
    for ra, rb in zip(a, b):
        assert ra["宗地编号"] == rb["宗地编号"]
        if rb["ej_share"] == 1.0:
            if ra["ie_tax"] is None:
                assert rb["ie_tax"] is None, rb["宗地编号"]
            else:
                assert rb["ie_tax"] == pytest.approx(ra["ie_tax"]), rb["宗地编号"]
            assert (rb["ie_flag"], rb["ie_score"]) == (ra["ie_flag"], ra["ie_score"]), rb["宗地编号"]
            same += 1
    assert same > 550

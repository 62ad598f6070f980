"""landplan:taskprogress end to end: a task table, two runs of the checks, real files."""
import hashlib

import pytest
from conftest import run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr

MU_SIDE = (10000.0 / 15.0) ** 0.5  # side of a 1 亩 square (m)


def _run(tmp_path, name, rows):
    """rows: (pid, zone, unsup_flag, unsup_mu, ie_flag, mu of the geometry)."""
    feats = []
    for i, (pid, zone, uf, umu, ief, mu) in enumerate(rows):
        feats.append((square(590000 + 500 * i, 3960000, MU_SIDE * mu ** 0.5),
                      {"宗地编号": pid, "园区": zone, "unsup_flag": uf, "unsup_mu": umu, "ie_flag": ief}))
    return write_gpkg(str(tmp_path / (name + ".gpkg")), name, 4547,
                      [("宗地编号", ogr.OFTString), ("园区", ogr.OFTString), ("unsup_flag", ogr.OFTInteger),
                       ("unsup_mu", ogr.OFTReal), ("ie_flag", ogr.OFTInteger)], feats)


def _md5(uri):
    with open(uri.split("|")[0], "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def test_task_progress(qgis_app, tmp_path):
    tasks = tmp_path / "tasks.csv"
    tasks.write_text("园区,任务类别,任务面积,完成时限\n甲园区,批而未供,30,2024-06-30\n甲园区,低效工业用地,10,2024年12月31日\n"
                     "乙园区,闲置,5,待定\n", encoding="utf-8")
    base = _run(tmp_path, "base", [("A1", "甲园区", 1, 12.0, 0, 4), ("A2", "甲园区", 1, 8.0, 1, 3),
                                   ("A3", "甲园区", 0, 0.0, 1, 2), ("B1", "乙园区", 1, None, None, 6)])
    cur = _run(tmp_path, "cur", [("A1", "甲园区", 0, 0.0, 0, 4), ("A2", "甲园区", 1, 8.0, 0, 3),
                                 ("A3", "甲园区", 0, 0.0, 1, 2), ("B1", "乙园区", 1, None, 1, 6)])
    before = _md5(base), _md5(cur)
    ledger = str(tmp_path / "ledger.xlsx")
    res, fb = run_alg("landplan:taskprogress", {
        "TASKS": str(tasks), "BASELINE": base, "CURRENT": cur, "AS_OF": "2024-09-30",
        "OUTPUT": str(tmp_path / "progress.xlsx"), "OUTPUT_PARCELS": str(tmp_path / "parcels.gpkg"), "LEDGER": ledger})
    rows = {(f["zone"], f["kind"]): f for f in read_layer(res["OUTPUT"])[1]}
    a = rows[("甲园区", "批而未供")]
    assert a["task_mu"] == 30 and a["done_mu"] == 12 and a["open_mu"] == 8 and a["overdue"] == 1
    assert a["done_pct"] == pytest.approx(40)
    ie = rows[("甲园区", "低效")]
    assert ie["done_mu"] == pytest.approx(3, rel=1e-6) and ie["open_mu"] == pytest.approx(2, rel=1e-6)
    assert ie["overdue"] == 0
    b = rows[("乙园区", "批而未供")]
    assert b["task_mu"] == 0 and b["open_mu"] == pytest.approx(6, rel=1e-6)   # NULL unsup_mu → geometry
    newie = rows[("乙园区", "低效")]
    assert newie["new_mu"] == pytest.approx(6, rel=1e-6)
    assert ("乙园区", "闲置") not in rows                 # neither run carries idle_flag: left out, noted
    assert any("idle_flag" in line for line in fb.log)
    layer, parcels = read_layer(res["OUTPUT_PARCELS"])
    changes = {(p["pid"], p["kind"]): p["change"] for p in parcels}
    assert changes == {("A1", "批而未供"): "已处置", ("A2", "批而未供"): "未处置", ("B1", "批而未供"): "未处置",
                       ("A2", "低效"): "已处置", ("A3", "低效"): "未处置", ("B1", "低效"): "新增"}
    assert all(p["_geom"].area() > 0 for p in parcels)
    assert layer.renderer().type() == "categorizedSymbol"     # style stored in the GeoPackage
    assert "待定" in "\n".join(fb.log)
    assert (_md5(base), _md5(cur)) == before
    from openpyxl import load_workbook
    assert load_workbook(ledger)["存量盘活任务进度"]["A1"].value.startswith("存量土地盘活任务")

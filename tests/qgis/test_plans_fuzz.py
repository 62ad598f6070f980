"""Robustness of the plan / task / forecast algorithms (issue 6 style): random mixtures of messy
values and bad geometry. No exception, inputs unchanged, every bad value named in the log, and no
area silently dropped (counted + not counted = everything readable)."""
import hashlib
import os
import uuid

from conftest import REPO, run_alg
from helpers import read_layer
from hypothesis import HealthCheck, given, settings, strategies as st
from osgeo import ogr, osr

BAD_DATES = ["待定", "2024-02-30", "明年", "20241341"]
GOOD_DATES = ["2024-03-05", "2024/6/30", "2024.7.1", "2024年1月1日", "20240201", "2023-12-31", "2025-01-01", ""]
CODES = ["0601", "601", 601, "0508", "0701", "05H1", "9999", "XYZ", "", None, "1006", "0101"]
AREAS = ["1.5", "1,234.5", "１２", "N/A", "", "-3", "abc", "0"]
GEOMS = ["square", "bowtie", "null", "empty"]

supply_row = st.fixed_dictionaries({
    "date": st.sampled_from(BAD_DATES + GOOD_DATES), "code": st.sampled_from(CODES),
    "area": st.sampled_from(AREAS), "geom": st.sampled_from(GEOMS)})
task_row = st.fixed_dictionaries({
    "pid": st.sampled_from(["A", "B", "C", "D", "", None, "A"]), "zone": st.sampled_from(["甲", "乙", "", None]),
    "f0": st.sampled_from([1, 0, None, "1", "N/A", 2]), "f1": st.sampled_from([1, 0, None, "1", "x"]),
    "mu": st.sampled_from(AREAS), "geom": st.sampled_from(GEOMS)})


def _wkt(kind, i):
    x, y = 590000 + 300 * i, 3960000
    if kind == "square":
        return "MULTIPOLYGON(((%d %d,%d %d,%d %d,%d %d,%d %d)))" % (
            x, y, x + 100, y, x + 100, y + 100, x, y + 100, x, y)
    if kind == "bowtie":
        return "MULTIPOLYGON(((%d %d,%d %d,%d %d,%d %d,%d %d)))" % (
            x, y, x + 100, y + 100, x + 100, y, x, y + 100, x, y)
    if kind == "empty":
        return "MULTIPOLYGON EMPTY"
    return None


def _write(path, names, rows, geom_key="geom"):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    lyr = ds.CreateLayer("t", srs, ogr.wkbMultiPolygon)
    for name in names:
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for i, r in enumerate(rows):
        f = ogr.Feature(lyr.GetLayerDefn())
        for name, key in names.items():
            if r[key] is not None:
                f.SetField(name, str(r[key]))
        wkt = _wkt(r[geom_key], i)
        if wkt:
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)
    ds = None
    return path


def _md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


FUZZ = settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(st.lists(supply_row, min_size=1, max_size=12))
def test_supply_plan_fuzz(qgis_app, tmp_path_factory, rows):
    d = tmp_path_factory.mktemp("spf")
    src = _write(str(d / ("s%s.gpkg" % uuid.uuid4().hex)), {"供地日期": "date", "DLBM": "code", "area_ha": "area"},
                 rows)
    before = _md5(src)
    res, fb = run_alg("landplan:supplyplanprogress", {
        "PLAN": os.path.join(REPO, "resources", "plans", "zhengzhou_2024.csv"), "SUPPLIES": src,
        "SUPPLY_AREA_FIELD": "area_ha", "AS_OF": "2024-06-30", "OUTPUT": str(d / "o.gpkg")})
    out = read_layer(res["OUTPUT"])[1]
    assert len(out) == 5 and out[-1]["category"] == "合计"
    log = "\n".join(fb.log)
    for r in rows:
        if r["date"] in BAD_DATES:
            assert r["date"] in log
        if r["area"] in ("N/A", "abc", "-3"):
            assert r["area"] in log
    assert _md5(src) == before


@FUZZ
@given(st.lists(task_row, min_size=1, max_size=10), st.lists(task_row, min_size=1, max_size=10))
def test_task_progress_fuzz(qgis_app, tmp_path_factory, base_rows, cur_rows):
    d = tmp_path_factory.mktemp("tpf")
    names = {"宗地编号": "pid", "园区": "zone", "unsup_flag": "f0", "ie_flag": "f1", "unsup_mu": "mu"}
    base = _write(str(d / "b.gpkg"), names, base_rows)
    cur = _write(str(d / "c.gpkg"), names, cur_rows)
    tasks = d / "tasks.csv"
    tasks.write_text("zone,kind,task_mu,deadline\n甲,批而未供,N/A,待定\n乙,低效,10,2024-06-30\n,未知,3,\n",
                     encoding="utf-8")
    before = _md5(base), _md5(cur)
    res, fb = run_alg("landplan:taskprogress", {
        "TASKS": str(tasks), "BASELINE": base, "CURRENT": cur, "AS_OF": "2024-09-30", "OUTPUT": str(d / "o.gpkg"),
        "OUTPUT_PARCELS": str(d / "p.gpkg")})
    rows = read_layer(res["OUTPUT"])[1]
    assert any(r["zone"] == "甲" and r["kind"] == "批而未供" for r in rows)
    log = "\n".join(fb.log)
    assert "待定" in log and "未知" in log
    for r in read_layer(res["OUTPUT_PARCELS"])[1]:
        assert r["change"] in ("已处置", "未处置", "新增", "待核实", "本期缺失")
        assert r["area_mu"] is not None and r["area_mu"] >= 0
    assert (_md5(base), _md5(cur)) == before


quota_row = st.tuples(st.sampled_from(["甲", "乙", "丙", "", "甲"]), st.sampled_from(AREAS + ["120", "0"]))


@FUZZ
@given(st.lists(task_row, min_size=1, max_size=10), st.lists(task_row, min_size=1, max_size=10),
       st.lists(quota_row, min_size=0, max_size=5), st.sampled_from(["2024-06-29", "2024-06-30", "2024-12-31"]))
def test_county_assessment_fuzz(qgis_app, tmp_path_factory, base_rows, cur_rows, quota_rows, as_of):
    d = tmp_path_factory.mktemp("caf")
    names = {"宗地编号": "pid", "县区": "zone", "unsup_flag": "f0", "ie_flag": "f1", "unsup_mu": "mu"}
    base = _write(str(d / "b.gpkg"), names, base_rows)
    cur = _write(str(d / "c.gpkg"), names, cur_rows)
    tasks = d / "tasks.csv"
    tasks.write_text("县区,kind,task_mu\n甲,批而未供,N/A\n乙,低效,10\n,未知,3\n甲,低效,0\n", encoding="utf-8")
    quota = d / "quota.csv"
    quota.write_text("县区,quota_ha\n" + "".join('"%s","%s"\n' % r for r in quota_rows), encoding="utf-8")
    before = _md5(base), _md5(cur)
    res, fb = run_alg("landplan:countyassessment", {
        "TASKS": str(tasks), "BASELINE": base, "CURRENT": cur, "NEXT_QUOTA": str(quota), "AS_OF": as_of,
        "TALK_BOTTOM_N": 1, "OUTPUT": str(d / "o.gpkg")})
    rows = {r["ca_county"]: r for r in read_layer(res["OUTPUT"])[1]}
    assert {"甲", "乙"} <= set(rows) and "" not in rows
    log = "\n".join(fb.log)
    assert "N/A" in log and "未知" in log
    for r in rows.values():
        assert r["ca_halfway"] in (0, 1, None) and r["ca_yearend"] in (0, 1, None) and r["ca_talk"] in (0, 1)
        assert r["ca_cut_ha"] is None or r["ca_cut_ha"] >= 0
        if as_of < "2024-06-30":
            assert r["ca_halfway"] == 0
    assert sum(r["ca_talk"] for r in rows.values()) >= 1           # the bottom one, whatever the data
    for county, area in quota_rows:
        if area in ("N/A", "abc") and county:
            assert area in log
    assert (_md5(base), _md5(cur)) == before


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(["2015", "2016", "2017", "2018", "二〇一九", "", "abc", "2019.0"]),
                          st.sampled_from(AREAS + ["900", "1000"])), min_size=0, max_size=10))
def test_forecast_fuzz(qgis_app, tmp_path_factory, rows):
    d = tmp_path_factory.mktemp("fcf")
    p = d / "s.csv"
    p.write_text("year,area_ha\n" + "".join('"%s","%s"\n' % r for r in rows), encoding="utf-8")
    res, fb = run_alg("landplan:forecastindustrialland", {
        "SUPPLY_SERIES": str(p), "BASE_AREA": 1000, "TARGET_YEAR": "2025", "OUTPUT_TARGET": "100",
        "OUTPUT_PER_HA": "0.1", "OUTPUT": str(d / "o.gpkg")})
    out = read_layer(res["OUTPUT"])[1]
    assert {"output", "final"} <= {r["method"] for r in out}
    log = "\n".join(fb.log)
    for y, _a in rows:
        if y in ("二〇一九", "abc"):
            assert y in log


def _big(path, n, fields):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    lyr = ds.CreateLayer("t", srs, ogr.wkbPolygon)
    for name in fields:
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    lyr.StartTransaction()
    for i in range(n):
        f = ogr.Feature(lyr.GetLayerDefn())
        for name, value in fields.items():
            f.SetField(name, value(i))
        x, y = 590000 + (i % 200) * 120, 3960000 + (i // 200) * 120
        f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((%d %d,%d %d,%d %d,%d %d,%d %d))" % (
            x, y, x + 100, y, x + 100, y + 100, x, y + 100, x, y)))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    return path


def test_cancel_stops_and_leaves_no_output(qgis_app, tmp_path):
    import time
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class CancelAt(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.at = None
            self.progressChanged.connect(self._p)

        def _p(self, value):
            if value >= 30 and self.at is None:
                self.at = time.perf_counter()
                self.cancel()

    n = 30000
    supplies = _big(str(tmp_path / "s.gpkg"), n, {"供地日期": lambda i: "2024-03-01", "DLBM": lambda i: "0601"})
    run = _big(str(tmp_path / "r.gpkg"), n, {"宗地编号": lambda i: "P%d" % i, "园区": lambda i: "甲",
                                              "unsup_flag": lambda i: str(i % 2)})
    tasks = tmp_path / "t.csv"
    tasks.write_text("zone,kind,task_mu,deadline\n甲,批而未供,10,2024-12-31\n", encoding="utf-8")
    cases = [("landplan:supplyplanprogress", {"PLAN": os.path.join(REPO, "resources", "plans", "zhengzhou_2024.csv"),
                                              "SUPPLIES": supplies, "AS_OF": "2024-06-30"}),
             ("landplan:taskprogress", {"TASKS": str(tasks), "BASELINE": run, "CURRENT": run, "AS_OF": "2024-06-30",
                                        "OUTPUT_PARCELS": str(tmp_path / "p.gpkg")})]
    for alg, params in cases:
        out = str(tmp_path / (alg.split(":")[1] + ".gpkg"))
        fb = CancelAt()
        processing.run(alg, dict(params, OUTPUT=out), context=QgsProcessingContext(), feedback=fb)
        assert fb.at is not None and time.perf_counter() - fb.at < 2.0, alg
        assert not os.path.exists(out) and not os.path.exists(str(tmp_path / "p.gpkg")), alg

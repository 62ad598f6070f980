"""The plan / task / forecast algorithms from the installable zip in qgis_process.bin, with the
documented parameter names, Chinese dates and enum ids; their tables open in QGIS as tables."""
import json
import os
import subprocess
import sys

import pytest
from conftest import REPO
from helpers import read_layer, square, write_gpkg
from osgeo import ogr

QGIS_PROCESS = "/usr/bin/qgis_process.bin"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_package import _profile_env  # noqa: E402  (the same installed-zip profile)


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    d = tmp_path_factory.mktemp("pkg")
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "package.py"), "--build", str(d / "build"),
                    "--dist", str(d / "dist")], check=True)
    return str(d / "dist" / "landplan_plugin.zip")


def _run(env, alg, params):
    args = [QGIS_PROCESS, "--json", "run", alg, "--"] + ["%s=%s" % kv for kv in params.items()]
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    return json.loads(proc.stdout[proc.stdout.index("{"):])


def test_three_algorithms_in_qgis_process(plugin_zip, tmp_path, qgis_app):
    env = _profile_env(tmp_path, plugin_zip)
    supplies = write_gpkg(str(tmp_path / "s.gpkg"), "s", 4547, [("供地日期", ogr.OFTString), ("DLBM", ogr.OFTInteger)],
                          [(square(590000, 3960000, 100), {"供地日期": "2024年3月1日", "DLBM": 601})])
    plan_out = str(tmp_path / "plan.gpkg")
    res = _run(env, "landplan:supplyplanprogress", {
        "PLAN": os.path.join(REPO, "resources", "plans", "zhengzhou_2024.csv"), "SUPPLIES": supplies,
        "SUPPLY_DATE_FIELD": "供地日期", "SUPPLY_CODE_FIELD": "DLBM", "AS_OF": "2024年6月30日",
        "MILESTONES": "06-30:50,09-30:75,12-31:100", "OUTPUT": plan_out})
    layer, rows = read_layer(res["results"]["OUTPUT"])
    assert not layer.isSpatial()                      # a table, not a layer with empty geometries
    ind = [r for r in rows if r["category"] == "工矿仓储"][0]
    assert ind["supp_ha"] == pytest.approx(1.0) and ind["req_pct"] == 50

    runs = {}
    for name, flag in (("base", 1), ("cur", 0)):
        runs[name] = write_gpkg(str(tmp_path / (name + ".gpkg")), name, 4547,
                                [("宗地编号", ogr.OFTString), ("园区", ogr.OFTString), ("unsup_flag", ogr.OFTInteger),
                                 ("unsup_mu", ogr.OFTReal)],
                                [(square(590000, 3960000, 100), {"宗地编号": "A", "园区": "甲", "unsup_flag": flag,
                                                                 "unsup_mu": 15.0})])
    tasks = tmp_path / "tasks.csv"
    tasks.write_text("zone,kind,task_mu,deadline\n甲,批而未供,30,2024-12-31\n", encoding="utf-8")
    res = _run(env, "landplan:taskprogress", {
        "TASKS": str(tasks), "BASELINE": runs["base"], "CURRENT": runs["cur"], "PARCEL_ID_FIELD": "宗地编号",
        "ZONE_FIELD": "园区", "AS_OF": "2024/9/30", "OUTPUT": str(tmp_path / "tasks.xlsx"),
        "OUTPUT_PARCELS": str(tmp_path / "parcels.gpkg")})
    rows = read_layer(res["results"]["OUTPUT"])[1]
    assert [r["done_pct"] for r in rows if r["zone"] == "甲"] == [50]

    series = tmp_path / "series.csv"
    series.write_text("year,area_ha\n2015,1200\n2016,1100\n2017,1000\n2018,950\n2019,900\n", encoding="utf-8")
    res = _run(env, "landplan:forecastindustrialland", {
        "SUPPLY_SERIES": str(series), "YEAR_FIELD": "year", "AREA_FIELD": "area_ha", "BASE_AREA": 26000,
        "TARGET_YEAR": "2025", "OUTPUT_TARGET": "18000", "OUTPUT_PER_HA": "0.6", "CORRECTION": "1",
        "TREND_METHODS": "trend_linear,trend_exponential", "OUTPUT": str(tmp_path / "forecast.gpkg")})
    rows = read_layer(res["results"]["OUTPUT"])[1]
    assert {r["method"] for r in rows} == {"output", "trend_linear", "trend_exponential", "final"}


def test_county_assessment_in_qgis_process(plugin_zip, tmp_path, qgis_app):
    """The installed zip finds its node rules and example scheme (resources inside the plugin)."""
    env = _profile_env(tmp_path, plugin_zip)
    demo = os.path.join(REPO, "resources", "demo", "assessment_demo.gpkg")
    out = str(tmp_path / "assessment.gpkg")
    res = _run(env, "landplan:countyassessment", {
        "TASKS": demo + "|layername=tasks_2025", "BASELINE": demo + "|layername=run_2024",
        "CURRENT": demo + "|layername=run_2025q4", "NEXT_QUOTA": demo + "|layername=quota_2026",
        "AS_OF": "2025年12月31日", "TALK_BOTTOM_N": 1, "OUTPUT": out})
    layer, rows = read_layer(res["results"]["OUTPUT"])
    assert not layer.isSpatial()
    by = {r["ca_county"]: r for r in rows}
    assert by["南川县"]["ca_halfway"] == 1 and by["南川县"]["ca_talk"] == 1
    assert by["西岭区"]["ca_yearend"] == 1 and by["西岭区"]["ca_cut_ha"] > 0
    assert by["北原县"]["ca_planlag"] is None            # no PLAN_PROGRESS: the plan node is not judged

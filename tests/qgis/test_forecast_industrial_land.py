"""landplan:forecastindustrialland end to end: a supply table, the three methods, table + chart."""
import os

import pytest
from conftest import run_alg
from helpers import read_layer


def _series(tmp_path):
    p = tmp_path / "supply.csv"
    p.write_text("年份,供应面积\n2015,1200\n2016,1100\n2017,\"1,000\"\n2018,950\n2019,900\n2019,0\n二〇二〇,5\n",
                 encoding="utf-8")
    return str(p)


def test_forecast_all_methods(qgis_app, tmp_path):
    src = _series(tmp_path)
    with open(src, "rb") as f:
        before = f.read()
    chart = str(tmp_path / "f.png")
    res, fb = run_alg("landplan:forecastindustrialland", {
        "SUPPLY_SERIES": src, "BASE_AREA": 26000, "BASE_YEAR": 2020, "TARGET_YEAR": "2025,2035",
        "OUTPUT_TARGET": "18000,35000", "OUTPUT_PER_HA": "0.5678,0.757", "CORRECTION": "1",
        "INVEST_BASE": 1900, "INVEST_GROWTH": 6.8, "INTENSITY": "2021:5000,2023:6000,2026:8000", "QUOTA_A": 0.5,
        "QUOTA_B": 0.9, "OUTPUT": str(tmp_path / "forecast.xlsx"), "CHART": chart})
    rows = {(f["method"], f["year"]): f for f in read_layer(res["OUTPUT"])[1]}
    methods = {m for m, _ in rows}
    assert methods == {"output", "quota", "trend_linear", "trend_quadratic", "trend_cubic", "trend_exponential",
                       "final"}
    out = rows[("output", 2025)]
    assert out["total_ha"] == pytest.approx(18000 / 0.5678, abs=0.01)
    assert out["new_ha"] == pytest.approx(18000 / 0.5678 - 26000, abs=0.01)
    lin = rows[("trend_linear", 2025)]
    assert 0.9 < lin["r2"] <= 1
    # linear fit of 1200,1100,1000,950,900 (t = 1..5): b = -75, a = 1255; Σ over 2021–2025 (t = 7..11)
    assert lin["new_ha"] == pytest.approx(sum(max(0, 1255 - 75 * t) for t in range(7, 12)), abs=0.01)
    assert lin["total_ha"] == pytest.approx(26000 + lin["new_ha"], abs=0.01)
    q = rows[("quota", 2025)]
    g = [1900 * 1.068 ** k for k in range(1, 6)]
    d = [5000, 5000, 6000, 6000, 6000]
    assert q["new_ha"] == pytest.approx(sum(0.45 * gi * 1e4 / di for gi, di in zip(g, d)), abs=0.01)
    final = rows[("final", 2025)]
    assert final["total_ha"] is not None and final["new_ha"] == pytest.approx(final["total_ha"] - 26000, abs=0.01)
    log = "\n".join(fb.log)
    assert "S = a × Q ÷ T = 1 × 18000.00 ÷ 0.5678" in log
    assert "二〇二〇" in log                          # unreadable year named
    assert os.path.getsize(chart) > 10000
    with open(src, "rb") as f:
        assert f.read() == before


def test_forecast_needs_consistent_lists(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="OUTPUT_TARGET|工业总产值"):
        run_alg("landplan:forecastindustrialland", {
            "TARGET_YEAR": "2025,2035", "OUTPUT_TARGET": "1,2,3", "OUTPUT_PER_HA": "1",
            "OUTPUT": str(tmp_path / "f.gpkg")})


def test_forecast_without_series_runs_output_method_only(qgis_app, tmp_path):
    res, fb = run_alg("landplan:forecastindustrialland", {
        "TARGET_YEAR": "2025", "OUTPUT_TARGET": "18000", "OUTPUT_PER_HA": "0.6", "OUTPUT": str(tmp_path / "f.gpkg")})
    rows = read_layer(res["OUTPUT"])[1]
    assert {r["method"] for r in rows} == {"output", "final"}
    assert all(r["new_ha"] is None for r in rows)        # no base: totals only


def test_final_figure_only_averages_plausible_trends(qgis_app, tmp_path):
    """A series of 10–68 公顷/年: the quadratic, cubic and exponential fits run away by 2035 and do
    not enter 综合; the table and the chart say so; the inputs are marked 演示参数."""
    p = tmp_path / "s.csv"
    p.write_text("年份,供应面积\n" + "".join("%d,%d\n" % (2016 + i, v) for i, v in
                                       enumerate([10, 12, 15, 14, 18, 25, 33, 45, 55, 68])), encoding="utf-8")
    chart = str(tmp_path / "f.png")
    res, fb = run_alg("landplan:forecastindustrialland", {
        "SUPPLY_SERIES": str(p), "BASE_AREA": 1800, "TARGET_YEAR": "2030,2035", "OUTPUT_TARGET": "1500,2300",
        "OUTPUT_PER_HA": "0.75,1.0", "INPUT_NOTE": "演示参数", "OUTPUT": str(tmp_path / "f.gpkg"), "CHART": chart})
    rows = {(r["method"], r["year"]): r for r in read_layer(res["OUTPUT"])[1]}
    for m in ("trend_quadratic", "trend_cubic", "trend_exponential"):
        assert rows[(m, 2035)]["in_final"].startswith("未计入：") and "外推不合理" in rows[(m, 2035)]["in_final"]
        assert rows[(m, 2035)]["weight"] is None
    assert rows[("trend_linear", 2035)]["in_final"] == "计入综合"
    assert rows[("output", 2035)]["in_final"] == "计入综合"
    final = rows[("final", 2035)]
    assert final["total_ha"] == pytest.approx((rows[("output", 2035)]["total_ha"] +
                                               rows[("trend_linear", 2035)]["total_ha"]) / 2, abs=0.01)
    assert all(r["formula"].startswith("【演示参数】") for r in rows.values())
    assert "外推不合理" in "\n".join(fb.log)
    assert os.path.getsize(chart) > 10000

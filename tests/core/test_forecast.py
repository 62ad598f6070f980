"""工业用地规模预测 rules and the 附件2 tables of 《郑州市工业用地布局规划（2021—2035年）》, without QGIS."""
import json
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from landplan_plugin.core import forecast as fc

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE = os.path.join(REPO, "resources", "forecast", "zhengzhou_2021_2035.json")


def _source():
    with open(SOURCE, encoding="utf-8") as f:
        return json.load(f)


def test_output_method_formula():
    f = fc.output_forecast(2025, 18000, 0.5, 1.1, 26000)
    assert f.total_ha == pytest.approx(1.1 * 18000 / 0.5) and f.new_ha == pytest.approx(39600 - 26000)
    assert "18000.00" in f.formula and "0.5000" in f.formula and "39600.00" in f.formula
    assert fc.output_forecast(2025, 18000, 0, 1, 26000).total_ha is None


def test_quota_method_sums_years_after_base():
    f = fc.quota_forecast(2022, 2020, {2021: 100, 2022: 200}, {2020: 5000, 2022: 4000}, 0.5, 0.9, 1000)
    expected = 0.5 * 0.9 * (100 * 1e4 / 5000 + 200 * 1e4 / 4000)
    assert f.new_ha == pytest.approx(expected) and f.total_ha == pytest.approx(1000 + expected)
    missing = fc.quota_forecast(2023, 2020, {2021: 100, 2022: 200}, {2020: 5000}, 1, 1, 1000)
    assert missing.total_ha is None and "2023" in missing.formula
    g = fc.investment_series(2020, 100, 10, 2022)
    assert g[2022] == pytest.approx(121)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.floats(-1e6, 1e6), st.floats(-10, 1e4), st.floats(0, 3), st.floats(0, 3)),
                min_size=1, max_size=20))
def test_output_and_quota_rules(rows):
    q, t, a, b = (np.array([r[i] for r in rows]) for i in range(4))
    col = fc.output_total_columns(q, t, a)
    qcol = fc.quota_terms_columns(q, t, a, b)
    assert np.array_equal(np.isnan(col), t <= 0) and np.array_equal(np.isnan(qcol), t <= 0)
    ok = t > 0
    with np.errstate(over="ignore"):
        assert np.allclose(col[ok], a[ok] * q[ok] / t[ok])
        assert np.allclose(qcol[ok], a[ok] * b[ok] * q[ok] * 1e4 / t[ok])
    alone = np.array([fc.output_total_columns([r[0]], [r[1]], [r[2]])[0] for r in rows])
    assert np.array_equal(col, alone, equal_nan=True)            # a batch is its rows
    assert np.isnan(fc.output_total_columns([None], [1.0], [1.0])[0])


def test_quota_refuses_an_intensity_not_above_zero():
    f = fc.quota_forecast(2022, 2020, {2021: 100, 2022: 200}, {2020: 5000, 2022: 0}, 1, 1, 1000)
    assert f.total_ha is None and "2022 年的投资强度 D 不大于 0" in f.formula


def test_trend_fits_recover_exact_curves():
    years = list(range(2015, 2022))
    t = np.arange(1, 8)
    lin, _ = fc.fit_trend(years, 1000 - 50 * t, "trend_linear")
    assert lin.coef == pytest.approx((1000, -50)) and lin.r2 == pytest.approx(1)
    quad, _ = fc.fit_trend(years, 900 + 30 * t - 5 * t ** 2, "trend_quadratic")
    assert quad.coef == pytest.approx((900, 30, -5))
    cub, _ = fc.fit_trend(years, 800 + t - 2 * t ** 2 + 0.5 * t ** 3, "trend_cubic")
    assert cub.coef == pytest.approx((800, 1, -2, 0.5))
    exp, _ = fc.fit_trend(years, 1200 * 0.9 ** t, "trend_exponential")
    assert exp.coef == pytest.approx((1200, 0.9)) and exp.r2 == pytest.approx(1)
    # forecast: Σ fitted from base year + 1 to the target, plus the base
    f = fc.trend_forecast(lin, 2021, 2023, 5000)
    assert f.new_ha == pytest.approx((1000 - 50 * 8) + (1000 - 50 * 9)) and f.total_ha == pytest.approx(5000 + f.new_ha)


def test_trend_r2_and_refusals():
    fit, _ = fc.fit_trend([2015, 2016, 2017, 2018], [10, 12, 9, 13], "trend_linear")
    y = np.array([10, 12, 9, 13.0])
    pred = fit.predict([2015, 2016, 2017, 2018])
    assert fit.r2 == pytest.approx(1 - ((y - pred) ** 2).sum() / ((y - y.mean()) ** 2).sum())
    assert fc.fit_trend([2015, 2016, 2017], [1, 2, 3], "trend_cubic")[0] is None
    assert "0 或负值" in fc.fit_trend([2015, 2016], [0, 2], "trend_exponential")[1]
    assert fc.fit_trend([2015, 2016, 2017], [5, 5, 5], "trend_linear")[0].r2 is None   # constant series
    four, _ = fc.fit_trend([2015, 2016, 2017, 2018], [1, 3, 2, 5], "trend_cubic")
    assert four.notes and four.adj_r2 is None


def test_negative_fitted_years_count_as_zero():
    fit, _ = fc.fit_trend([2015, 2016, 2017], [300, 200, 100], "trend_linear")
    f = fc.trend_forecast(fit, 2017, 2020, 0)
    assert f.new_ha == pytest.approx(0) and any("为负" in n for n in f.notes)


def test_combine_default_equal_and_weights():
    fs, fits, notes = fc.run_forecast([2025], 1000, supply={2015: 100, 2016: 110, 2017: 120, 2018: 130},
                                      output_target=[600], output_per_ha=[0.5])
    final = [f for f in fs if f.method == "final"][0]
    trend = [f for f in fs if f.method == "trend_linear"][0]
    out = [f for f in fs if f.method == "output"][0]
    assert final.total_ha == pytest.approx((out.total_ha + trend.total_ha) / 2)   # quota not run: not in it
    assert final.new_ha == pytest.approx(final.total_ha - 1000)
    w = fc.parse_weights("output:3,trend_linear:1")
    fs, _, _ = fc.run_forecast([2025], 1000, supply={2015: 100, 2016: 110, 2017: 120, 2018: 130},
                               output_target=[600], output_per_ha=[0.5], weights=w)
    final = [f for f in fs if f.method == "final"][0]
    assert final.total_ha == pytest.approx((3 * out.total_ha + trend.total_ha) / 4)
    with pytest.raises(fc.ForecastError, match="foo"):
        fc.parse_weights("foo:1")
    with pytest.raises(fc.ForecastError, match="年份"):
        fc.run_forecast([2025, 2035], 1, output_target=[1, 2, 3], output_per_ha=[1])


def test_supply_series_problems_named():
    by_year, problems = fc.supply_by_year([(2015, "1,000"), ("2015", 20), ("二〇一六", 5), (2017, "N/A"),
                                           (2018, 7)])
    assert by_year == {2015: 1020.0, 2018: 7.0}
    text = "\n".join(problems)
    assert "二〇一六" in text and "N/A" in text and "2016、2017" in text


def test_schedules():
    s = fc.parse_schedule("2020:5000, 2023:6000, 2035：8000", "D")
    assert fc.schedule_value(s, 2022) == 5000 and fc.schedule_value(s, 2023) == 6000
    assert fc.schedule_value(s, 2019) is None and fc.schedule_value(fc.parse_schedule("6000", "D"), 2030) == 6000
    assert fc.parse_number_list("18000，35000", "Q") == [18000, 35000]


# ---- 附件2 as printed ---------------------------------------------------------------------------

def test_source_base_is_consistent_across_tables():
    doc = _source()
    base = doc["base_ha"]["value"]
    assert not doc["base_ha"]["stated"]
    t21 = doc["output_method"]["table_2_1"]
    assert all(t21[y]["total_ha"] - t21[y]["new_ha"] == base for y in ("2025", "2035"))
    t25 = doc["final"]["table_2_5"]
    assert all(t25[y]["final"] - t25[y]["new"] == base for y in ("2025", "2035"))


def test_source_tables_reproduced_where_the_tables_give_enough():
    doc = _source()
    base = doc["base_ha"]["value"]
    # 附表2-1: the output method gives the total; new = total − base
    for y, row in doc["output_method"]["table_2_1"].items():
        f = fc.Forecast("output", int(y), row["total_ha"], None)
        assert f.total_ha - base == row["new_ha"]
    # 附表2-4: trend total = base + supply of the period (2021–2025, then 2026–2035 on top)
    t24 = doc["trend_method"]["table_2_4"]
    total_2025 = base + t24["2021-2025"]["supply_ha"]
    assert total_2025 == t24["2021-2025"]["total_ha"] == doc["final"]["table_2_5"]["2025"]["trend"]
    assert total_2025 + t24["2026-2035"]["supply_ha"] == t24["2026-2035"]["total_ha"]
    # 附表2-3 for 2025: base + new
    t23 = doc["quota_method"]["table_2_3"]
    assert base + t23["2025"]["new_ha"] == t23["2025"]["total_ha"]
    # … but not for 2035: 附表2-3 prints 50000 where base + new is 41000 (README says so)
    assert base + t23["2035"]["new_ha"] == 41000 != t23["2035"]["total_ha"]


def test_source_final_is_not_a_weighted_mean():
    t25 = _source()["final"]["table_2_5"]
    a = np.array([[t25[y][m] for m in ("output", "quota", "trend")] for y in ("2025", "2035")] + [[1, 1, 1]], float)
    w = np.linalg.solve(a, [t25["2025"]["final"], t25["2035"]["final"], 1])
    assert (w < 0).any()     # no non-negative weights reproduce it
    equal = fc.combine([fc.Forecast(m, 2025, t25["2025"][m], None) for m in ("output", "quota")] +
                       [fc.Forecast("trend_linear", 2025, t25["2025"]["trend"], None)],
                       fc.parse_weights(""), 2025, 26000, "trend_linear")
    assert equal.total_ha == pytest.approx((32500 + 35000 + 31000) / 3) != t25["2025"]["final"]


def test_source_missing_inputs_are_named_not_fitted():
    doc = _source()
    assert any("a" in m for m in doc["output_method"]["missing"])
    assert any("T in 2020" in m for m in doc["output_method"]["missing"])
    assert any("b " in m or "b (" in m for m in doc["quota_method"]["missing"])
    assert any("2015–2019" in m for m in doc["trend_method"]["missing"])
    # the quota method with the stated G (2022 = 2020 亿元, +6.8 %/yr) and D, a = b = 1, is far from 9000:
    g = fc.investment_series(2022, 2020, 6.8, 2025)
    g[2021] = 2020 / 1.068
    stated_d = {int(k): v for k, v in doc["quota_method"]["stated"]["D_wan_per_ha"].items()}
    f = fc.quota_forecast(2025, 2020, g, stated_d, 1, 1, 26000)
    assert f.new_ha == pytest.approx(19360, abs=1)
    assert 9000 / f.new_ha == pytest.approx(0.465, abs=0.001)
    with open(os.path.join(REPO, "resources", "forecast", "README.md"), encoding="utf-8") as fh:
        readme = fh.read()
    assert "19 360" in readme and "0.46" in readme


@pytest.mark.parametrize("raw, year", [(2019, 2019), ("2019", 2019), (2019.0, 2019), ("２０１９", 2019),
                                       ("2019-05-01", 2019), ("2019年5月1日", 2019), ("二〇一九", None), ("", None),
                                       (None, None), ("abc", None)])
def test_year_of(raw, year):
    assert fc.year_of(raw) == year


def test_series_amounts_from_the_field_or_the_geometry():
    assert fc.series_source(True, True) == fc.SERIES_FIELD
    assert fc.series_source(False, True) == fc.SERIES_GEOMETRY and fc.series_source(False, False) is None
    assert fc.series_amounts(fc.SERIES_FIELD, ["1,000", None], [5.0, 6.0]) == ["1,000", None]
    assert fc.series_amounts(fc.SERIES_GEOMETRY, [None, None], [25000.0, None]) == [2.5, 0.0]


def test_only_plausible_trends_enter_the_final_figure():
    """A cubic with a good R² that extrapolates far beyond the history does not enter 综合; the rows
    say which trends entered and why the others did not."""
    supply = dict(zip(range(2016, 2026), [10, 12, 15, 14, 18, 25, 33, 45, 55, 68]))
    fs, fits, notes = fc.run_forecast([2030, 2035], 1000, supply=supply, output_target=[600, 700],
                                      output_per_ha=[0.5, 0.5])
    cubic = {f.year: f for f in fs if f.method == "trend_cubic"}
    fit = {f.method: f for f in fits}["trend_cubic"]
    assert fit.predict([2035])[0] > 3 * 68                       # the curve runs away ...
    assert cubic[2035].in_final.startswith("未计入：") and "外推不合理" in cubic[2035].in_final
    assert cubic[2030].weight is None and cubic[2035].weight is None      # ... and is left out of 综合
    assert any("趋势法·三次外推不合理" in n for n in notes)
    final = {f.year: f for f in fs if f.method == "final"}
    entered = [f for f in fs if f.year == 2035 and f.in_final == fc.ENTERED]
    assert {f.method for f in entered} >= {"output"} and "trend_cubic" not in {f.method for f in entered}
    assert len([f for f in entered if f.method.startswith("trend_")]) == 1
    assert final[2035].total_ha == pytest.approx(sum(f.total_ha for f in entered) / len(entered))
    for f in fs:   # every non-final row says whether it entered
        assert f.method == "final" or f.in_final
    # the bound is a parameter: wide enough, the cubic is plausible again
    fs, _, _ = fc.run_forecast([2035], 1000, supply=supply, plausible_multiple=1000.0)
    assert not any("外推不合理" in f.in_final for f in fs)
    # a trend falling below zero by the last year is not plausible either
    ok, why = fc.trend_plausibility(fc.fit_trend([2015, 2016, 2017], [300, 200, 100], "trend_linear")[0], 2020, 300)
    assert not ok and "小于 0" in why

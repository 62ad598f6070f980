"""landplan:checkcommitments (标准地履约核查): contract, statuses on a real layer, matrix through
qgis_process, GBK shapefile output, style, messy input unchanged."""
import hashlib
import json
import os
import subprocess

import pytest
from conftest import run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr
from qgis.core import (QgsApplication, QgsProcessingContext, QgsProcessingException, QgsProcessingOutputLayerDefinition,
                       QgsVectorLayer)

ALG = "landplan:checkcommitments"
S, R = ogr.OFTString, ogr.OFTReal
FIELDS = [("宗地编号", S), ("承诺投资强度", S), ("投资强度", R), ("承诺亩均税收", R), ("亩均税收", S),
          ("承诺容积率", R), ("容积率", R), ("约定竣工日期", S), ("约定达产日期", S), ("土地价款", R),
          ("en_c", R), ("en_a", R), ("约定可收回", S)]
BASE = {"承诺投资强度": "300", "投资强度": 320.0, "承诺亩均税收": 20.0, "亩均税收": "25", "承诺容积率": 1.2,
        "容积率": 1.5, "约定竣工日期": "2024-06-30", "约定达产日期": "2025-12-31", "土地价款": 1000.0}
ROWS = {
    "PASS": {},
    "FAIL": {"投资强度": 240.0, "容积率": 1.08, "约定可收回": "是"},
    "TAXFAIL": {"亩均税收": "10"},
    "NOTDUE": {"约定竣工日期": "2026年1月1日", "约定达产日期": "2027-01-01"},
    "CHECK": {"亩均税收": "N/A"},
    "EDGE": {"投资强度": 300.0, "亩均税收": "20", "容积率": 1.2, "约定竣工日期": "2025-12-31"},
    "ENERGY": {"en_c": 0.5, "en_a": 0.6},
    "NONE": {k: None for k in BASE},
}


def _layer(tmp_path):
    rows = []
    for i, (pid, over) in enumerate(ROWS.items()):
        values = dict(BASE, 宗地编号=pid)
        values.update(over)
        rows.append((square(590000 + 200 * i, 3960000, 100), values))
    return write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, FIELDS, rows)


def _run(src, out, **extra):
    params = {"INPUT": src, "AS_OF": "2025-12-31", "OUTPUT": out}
    params.update(extra)
    res, fb = run_alg(ALG, params)
    _, rows = read_layer(res["OUTPUT"])
    return {r["宗地编号"]: r for r in rows}, fb


def test_contract_parameters_and_outputs(qgis_app):
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg is not None
    names = [p.name() for p in alg.parameterDefinitions()]
    for name in ("INPUT", "AS_OF", "INVEST_COMMIT_FIELD", "INVEST_ACTUAL_FIELD", "TAX_COMMIT_FIELD", "TAX_ACTUAL_FIELD",
                 "FAR_COMMIT_FIELD", "FAR_ACTUAL_FIELD", "COMPLETION_DUE_FIELD", "PRODUCTION_DUE_FIELD",
                 "EXTRA_INDICATORS", "LAND_PRICE_FIELD", "OUTPUT"):
        assert name in names, name
    assert alg.parameterDefinition("EXTRA_INDICATORS").type() == "matrix"
    assert len(alg.parameterDefinition("EXTRA_INDICATORS").headers()) == 5


def test_statuses_penalty_and_log(qgis_app, tmp_path):
    src = _layer(tmp_path)
    by, fb = _run(src, str(tmp_path / "o.gpkg"), EXTRA_INDICATORS=["单位能耗", "en_c", "en_a", "<=", "production"])
    assert {k: v["cm_status"] for k, v in by.items()} == {
        "PASS": "达标", "FAIL": "未达标", "TAXFAIL": "未达标", "NOTDUE": "未到期", "CHECK": "待核实",
        "EDGE": "达标", "ENERGY": "未达标", "NONE": None}
    assert {k: v["cm_flag"] for k, v in by.items()} == {
        "PASS": 0, "FAIL": 1, "TAXFAIL": 1, "NOTDUE": None, "CHECK": None, "EDGE": 0, "ENERGY": 1, "NONE": None}
    fail = by["FAIL"]
    assert fail["cm_short"] == pytest.approx(20.0)
    assert fail["cm_penalty"] == pytest.approx(1000 * 0.2 + 1000 * 0.1)
    assert "投资强度 实际 240.00 < 承诺 300 万元/亩（差 20.0%）" in fail["cm_reason"]
    assert fail["cm_disp"] == "限期整改、支付违约金、依约收回"
    assert by["TAXFAIL"]["cm_penalty"] == 0.0 and "履约监管协议" in by["TAXFAIL"]["cm_reason"]
    assert by["TAXFAIL"]["cm_disp"] == "限期整改"
    assert "单位能耗 实际 0.60 > 承诺 0.5（超 20.0%）" in by["ENERGY"]["cm_reason"]
    assert "「N/A」" in by["CHECK"]["cm_reason"] and "亩均税收缺少实际值" in by["CHECK"]["cm_reason"]
    assert str(by["PASS"]["cm_asof"]) in ("2025-12-31", "PyQt5.QtCore.QDate(2025, 12, 31)")
    log = "\n".join(fb.log)
    mu = 10000 / (10000 / 15)  # each parcel is 100 m × 100 m = 15 亩
    assert "未达标: 3, %.2f" % (3 * mu) in log and "300.00" in log
    assert "达标: 2, %.2f" % (2 * mu) in log
    # the GeoPackage carries the style: categorised with the Chinese legend
    fresh = QgsVectorLayer(str(tmp_path / "o.gpkg"), "fresh", "ogr")
    assert fresh.renderer().type() == "categorizedSymbol"
    assert {c.label() for c in fresh.renderer().categories()} >= {"达标", "未达标", "未到期", "待核实（数据缺失）"}
    assert fresh.attributeAlias(fresh.fields().indexFromName("cm_status")) == "履约状态"
    categories = fresh.renderer().categories()  # keep the copies alive while their symbols are used
    cats = {c.value(): c.symbol() for c in categories}
    assert cats["达标"].color().name() == "#1a9850" and cats["未达标"].color().name() == "#d73027"
    assert "LinePatternFill" in [cats["待核实"].symbolLayer(i).layerType()
                                 for i in range(cats["待核实"].symbolLayerCount())]


def test_totals_give_actuals(qgis_app, tmp_path):
    fields = [("宗地编号", S), ("承诺投资强度", R), ("固定资产投资", R), ("约定竣工日期", S)]
    src = write_gpkg(str(tmp_path / "t.gpkg"), "t", 4547, fields, [
        (square(590000, 3960000, 100), {"宗地编号": "T", "承诺投资强度": 300.0, "固定资产投资": 3600.0,
                                        "约定竣工日期": "2024-01-01"})])
    by, _ = _run(src, str(tmp_path / "o.gpkg"), AREA_FIELD="")
    # 3600 万元 over 15 亩 = 240 万元/亩
    assert by["T"]["cm_status"] == "未达标" and "实际 240.00 < 承诺 300" in by["T"]["cm_reason"]


def test_bad_matrix_names_the_row(qgis_app, tmp_path):
    src = _layer(tmp_path)
    with pytest.raises(Exception) as err:
        run_alg(ALG, {"INPUT": src, "AS_OF": "2025-12-31", "OUTPUT": str(tmp_path / "x.gpkg"),
                      "EXTRA_INDICATORS": ["单位能耗", "en_c", "nope", "<=", "production"]})
    assert "nope" in str(err.value)


def test_gbk_shapefile_output(qgis_app, tmp_path):
    src = _layer(tmp_path)
    out = QgsProcessingOutputLayerDefinition(str(tmp_path / "o.shp"))
    out.createOptions = {"fileEncoding": "GBK"}
    run_alg(ALG, {"INPUT": src, "AS_OF": "2025-12-31", "OUTPUT": out}, context=QgsProcessingContext())
    assert open(str(tmp_path / "o.cpg")).read().strip().upper() in ("GBK", "CP936")
    with open(str(tmp_path / "o.dbf"), "rb") as fh:
        assert "未达标".encode("gbk") in fh.read()
    assert os.path.exists(str(tmp_path / "o.qml"))
    import fiona
    with fiona.open(str(tmp_path / "o.shp"), encoding="gbk") as shp:
        statuses = sorted(f["properties"]["cm_status"] or "" for f in shp)
    assert statuses.count("未达标") == 2  # without the energy row: FAIL, TAXFAIL


def test_messy_input_unchanged_and_named(qgis_app, tmp_path):
    src = _layer(tmp_path)
    path = src.split("|")[0]
    QgsVectorLayer(src, "x", "ogr").featureCount()  # let GDAL finalise the header before the checksum
    before = hashlib.md5(open(path, "rb").read()).hexdigest()
    fields = [("宗地编号", S), ("承诺投资强度", S), ("投资强度", S), ("约定竣工日期", S)]
    messy = write_gpkg(str(tmp_path / "m.gpkg"), "m", 4547, fields, [
        (square(590000, 3960000, 100), {"宗地编号": "M1", "承诺投资强度": "３００", "投资强度": "abc",
                                        "约定竣工日期": "2021-02-30"}),
        (None, {"宗地编号": "M2", "承诺投资强度": "1,200.5", "投资强度": "1,100", "约定竣工日期": "20240101"}),
        ("POLYGON((590400 3960000,590500 3960100,590500 3960000,590400 3960100,590400 3960000))",
         {"宗地编号": "M3", "承诺投资强度": "—", "投资强度": "100", "约定竣工日期": "44260"})])
    by, fb = _run(messy, str(tmp_path / "o.gpkg"))
    assert "「abc」" in by["M1"]["cm_reason"] and "「2021-02-30」" in by["M1"]["cm_reason"]
    assert by["M1"]["cm_status"] == "待核实"
    assert by["M2"]["cm_status"] == "未达标" and "几何为空" in by["M2"]["cm_reason"]
    assert "「—」" in by["M3"]["cm_reason"] and "make-valid" in by["M3"]["cm_reason"]
    run_alg(ALG, {"INPUT": src, "AS_OF": "2025-12-31", "OUTPUT": str(tmp_path / "o2.gpkg")})
    assert hashlib.md5(open(path, "rb").read()).hexdigest() == before


@pytest.fixture(scope="module")
def packaged(tmp_path_factory):
    import sys
    from conftest import REPO
    d = tmp_path_factory.mktemp("pkg")
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "package.py"), "--build", str(d / "build"),
                    "--dist", str(d / "dist")], check=True)
    return str(d / "dist" / "landplan_plugin.zip")


def test_qgis_process_matrix_rows(qgis_app, packaged, tmp_path):
    from test_package import QGIS_PROCESS, _profile_env
    env = _profile_env(tmp_path, packaged)
    src = _layer(tmp_path)
    out = str(tmp_path / "q.gpkg")
    proc = subprocess.run([QGIS_PROCESS, "--json", "run", ALG, "--", "INPUT=" + src, "AS_OF=2025年12月31日",
                           "EXTRA_INDICATORS=单位能耗", "EXTRA_INDICATORS=en_c", "EXTRA_INDICATORS=en_a",
                           "EXTRA_INDICATORS=<=", "EXTRA_INDICATORS=production", "OUTPUT=" + out],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["results"]["OUTPUT"].startswith(out)
    _, rows = read_layer(out)
    by = {r["宗地编号"]: r for r in rows}
    assert by["ENERGY"]["cm_status"] == "未达标" and "单位能耗" in by["ENERGY"]["cm_reason"]
    assert by["PASS"]["cm_status"] == "达标"


# ---- fuzzed messy layers (issue 6 robustness) -------------------------------------------------
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402 (the fuzz tests' imports, kept with them)
from test_fuzz import BAD_DATES, BAD_NUMBERS, GEOMS, GOOD_DATES, GOOD_NUMBER_TEXT, _wkt  # noqa: E402 (the fuzz tests' imports, kept with them)

messy_row = st.fixed_dictionaries({
    "commit": st.sampled_from(BAD_NUMBERS + GOOD_NUMBER_TEXT + ["", "300", "0", "-5"]),
    "actual": st.one_of(st.sampled_from(BAD_NUMBERS + GOOD_NUMBER_TEXT + [""]),
                        st.floats(min_value=-5, max_value=500, allow_nan=False).map(lambda v: "%.2f" % v)),
    "due": st.sampled_from(BAD_DATES + GOOD_DATES + ["2025-12-31", "2026-01-01"]),
    "price": st.sampled_from(BAD_NUMBERS + ["", "0", "1,000", "２００"]),
    "geom": st.sampled_from(GEOMS),
})


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(messy_row, min_size=1, max_size=8))
def test_fuzzed_messy_layers(qgis_app, tmp_path, rows):
    import uuid
    d = tmp_path / uuid.uuid4().hex
    d.mkdir()
    fields = [("宗地编号", S), ("承诺投资强度", S), ("投资强度", S), ("约定竣工日期", S), ("土地价款", S)]
    src = write_gpkg(str(d / "m.gpkg"), "m", 4547, fields, [
        (_wkt(r["geom"], i), {"宗地编号": "F%03d" % i, "承诺投资强度": r["commit"], "投资强度": r["actual"],
                               "约定竣工日期": r["due"], "土地价款": r["price"]}) for i, r in enumerate(rows)],
        geom_type=ogr.wkbMultiPolygon25D)
    path = src.split("|")[0]
    QgsVectorLayer(src, "x", "ogr").featureCount()
    before = hashlib.md5(open(path, "rb").read()).hexdigest()
    by, _ = _run(src, str(d / "o.gpkg"))
    assert hashlib.md5(open(path, "rb").read()).hexdigest() == before
    assert len(by) == len(rows)
    for i, r in enumerate(rows):
        o = by["F%03d" % i]
        reason = o["cm_reason"]
        assert reason and o["cm_status"] in (None, "达标", "未达标", "未到期", "待核实")
        for raw in (r["commit"], r["actual"]):
            if raw in BAD_NUMBERS:
                assert "「%s」" % raw in reason, (raw, reason)
        if r["due"] in BAD_DATES:
            assert "「%s」" % r["due"] in reason
        if r["geom"] in ("null", "empty"):
            assert "几何为空" in reason
        if r["geom"] == "bowtie":
            assert "make-valid" in reason
        assert (o["cm_flag"] == 1) == (o["cm_status"] == "未达标")


def test_rectify_months_recheck_and_buyback(qgis_app, tmp_path):
    """FAIL failed at completion, 2024-06-30: the default 整改期 (24 months) ends 2026-06-30, so as of
    2025-12-31 it is still 限期整改; with RECTIFY_MONTHS 18 the re-check (2025-12-30) is past → 回购."""
    import datetime as _dt
    src = _layer(tmp_path)
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    p = alg.parameterDefinition("RECTIFY_MONTHS")
    assert (p.defaultValue(), p.maximum()) == (24, 24)
    by, _ = _run(src, str(tmp_path / "d.gpkg"))

    def day(v):
        return v.toPyDate() if hasattr(v, "toPyDate") else v
    assert day(by["FAIL"]["cm_recheck"]) == _dt.date(2026, 6, 30)
    assert by["FAIL"]["cm_disp"] == "限期整改、支付违约金、依约收回" and by["PASS"]["cm_recheck"] is None
    by, _ = _run(src, str(tmp_path / "m18.gpkg"), RECTIFY_MONTHS=18)
    assert day(by["FAIL"]["cm_recheck"]) == _dt.date(2025, 12, 30)
    disp = by["FAIL"]["cm_disp"]
    assert disp.startswith("整改期满仍未达标：第一顺位优先回购") and "支付违约金" in disp
    with pytest.raises(QgsProcessingException):
        _run(src, str(tmp_path / "m25.gpkg"), RECTIFY_MONTHS=25)

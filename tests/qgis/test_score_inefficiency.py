"""landplan:scoreinefficiency through real Processing runs on real files."""
import os

import pytest
from conftest import run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProcessingException

from landplan_plugin.compat import save_style_to_database
from landplan_plugin.core.units import M2_PER_MU

ALG = "landplan:scoreinefficiency"
PRE_FIELDS = [("宗地编号", ogr.OFTString), ("亩均税收", ogr.OFTReal), ("投资强度", ogr.OFTReal),
              ("容积率", ogr.OFTReal), ("建筑系数", ogr.OFTReal)]
T = {"亩均税收": 1.5, "投资强度": 120.0, "容积率": 0.6, "建筑系数": 40.0}  # puyang_other


def _rows():
    """Parcels at, just below and just above every puyang_other threshold, plus missing data."""
    rows = []
    x = 0
    def add(pid, **vals):
        nonlocal x
        values = dict(T)
        values.update(vals)
        values["宗地编号"] = pid
        rows.append((square(590000 + x * 150, 3960000, 100), values))
        x += 1
    add("AT_ALL")
    for name in ("亩均税收", "投资强度", "容积率", "建筑系数"):
        add("BELOW_" + name, **{name: T[name] * 0.999})
        add("ABOVE_" + name, **{name: T[name] * 1.001})
    add("FAR_COV_FAIL", 容积率=0.3, 建筑系数=20.0)        # 0.4 + 0.3 = 0.7 → not low-efficiency
    add("TAX_FAR_FAIL", 亩均税收=1.0, 容积率=0.3)          # 0.45
    add("MISSING_TAX", 亩均税收=None)
    return rows


EXPECTED = {"AT_ALL": 0, "BELOW_亩均税收": 1, "ABOVE_亩均税收": 0, "BELOW_投资强度": 0, "ABOVE_投资强度": 0,
            "BELOW_容积率": 0, "ABOVE_容积率": 0, "BELOW_建筑系数": 0, "ABOVE_建筑系数": 0,
            "FAR_COV_FAIL": 0, "TAX_FAR_FAIL": 1, "MISSING_TAX": None}


def test_provider_and_contract_names(qgis_app):
    reg = QgsApplication.processingRegistry()
    provider = reg.providerById("landplan")
    assert provider is not None and provider.name()
    alg = reg.algorithmById(ALG)
    names = {p.name() for p in alg.parameterDefinitions()}
    for needed in ("INPUT", "OUTPUT", "STANDARD", "TAX_PER_MU_FIELD", "INVEST_PER_MU_FIELD", "FAR_FIELD",
                   "COVERAGE_FIELD", "TAX_FIELD", "INVEST_FIELD", "FLOOR_AREA_FIELD", "FOOTPRINT_FIELD",
                   "AREA_FIELD", "AREA_UNIT"):
        assert needed in names
    options = alg.parameterDefinition("STANDARD").options()
    for pid in ("(puyang_etdz)", "(puyang_other)", "(zhengzhou_industry)"):
        assert any(pid in o for o in options)


def test_puyang_other_thresholds(qgis_app, tmp_path):
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, PRE_FIELDS, _rows())
    res, fb = run_alg(ALG, {"INPUT": src, "STANDARD": 1, "OUTPUT": str(tmp_path / "o.gpkg")})
    _, rows = read_layer(res["OUTPUT"])
    got = {r["宗地编号"]: r["ie_flag"] for r in rows}
    assert got == EXPECTED
    by_id = {r["宗地编号"]: r for r in rows}
    assert by_id["FAR_COV_FAIL"]["ie_score"] == pytest.approx(0.7)
    assert "亩均税收" in by_id["MISSING_TAX"]["ie_reason"] and "待核实" in by_id["MISSING_TAX"]["ie_reason"]
    assert by_id["TAX_FAR_FAIL"]["ie_type"] == "粗放用地类"
    assert "亩均税收 1.00 < 1.5 万元/亩" in by_id["TAX_FAR_FAIL"]["ie_reason"]
    # every input field is kept, unchanged
    assert by_id["BELOW_容积率"]["容积率"] == pytest.approx(0.6 * 0.999)
    assert any("mu" in line or "亩" in line for line in fb.log[-4:])


def test_puyang_etdz_uses_its_own_thresholds(qgis_app, tmp_path):
    rows = [
        (
            square(590000, 3960000, 100),
            {"宗地编号": "A", "亩均税收": 2.9, "投资强度": 150.0, "容积率": 0.6, "建筑系数": 40.0},
        ),
        (
            square(590200, 3960000, 100),
            {"宗地编号": "B", "亩均税收": 3.0, "投资强度": 149.0, "容积率": 0.6, "建筑系数": 40.0},
        ),
    ]
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, PRE_FIELDS, rows)
    res, _ = run_alg(ALG, {"INPUT": src, "STANDARD": 0, "OUTPUT": str(tmp_path / "o.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    assert {r["宗地编号"]: r["ie_flag"] for r in out} == {"A": 1, "B": 0}


def test_totals_give_same_flags_as_precomputed(qgis_app, tmp_path):
    fields = PRE_FIELDS + [("税收总额", ogr.OFTReal), ("固定资产投资", ogr.OFTReal), ("总建筑面积", ogr.OFTReal),
                           ("建筑占地面积", ogr.OFTReal), ("用地面积", ogr.OFTReal)]
    rows = []
    for wkt, v in _rows():
        area = 10000.0
        mu = area / M2_PER_MU
        v = dict(v)
        v.update({"税收总额": None if v["亩均税收"] is None else v["亩均税收"] * mu, "固定资产投资": v["投资强度"] * mu,
                  "总建筑面积": v["容积率"] * area, "建筑占地面积": v["建筑系数"] / 100 * area, "用地面积": area})
        rows.append((wkt, v))
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, fields, rows)
    res, _ = run_alg(ALG, {"INPUT": src, "STANDARD": 1, "TAX_FIELD": "税收总额", "INVEST_FIELD": "固定资产投资",
                           "FLOOR_AREA_FIELD": "总建筑面积", "FOOTPRINT_FIELD": "建筑占地面积",
                           "AREA_FIELD": "用地面积", "AREA_UNIT": 0, "OUTPUT": str(tmp_path / "o.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    assert {r["宗地编号"]: r["ie_flag"] for r in out} == EXPECTED
    by_id = {r["宗地编号"]: r for r in out}
    assert by_id["BELOW_容积率"]["ie_far"] == pytest.approx(0.6 * 0.999)


def test_area_from_geometry_and_units(qgis_app, tmp_path):
    fields = [
        ("宗地编号", ogr.OFTString),
        ("税收总额", ogr.OFTReal),
        ("投资强度", ogr.OFTReal),
        ("容积率", ogr.OFTReal),
        ("建筑系数", ogr.OFTReal),
        ("面积亩", ogr.OFTReal),
    ]
    # 100 m × 100 m = 15 mu; tax 22.5 万元 → 1.5 万元/亩 (passes exactly)
    rows = [(square(590000, 3960000, 100), {"宗地编号": "A", "税收总额": 22.5, "投资强度": 130.0, "容积率": 1.0,
                                            "建筑系数": 50.0, "面积亩": 15.0})]
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, fields, rows)
    res, _ = run_alg(ALG, {"INPUT": src, "STANDARD": 1, "TAX_FIELD": "税收总额", "OUTPUT": str(tmp_path / "g.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    assert out[0]["ie_areamu"] == pytest.approx(15.0, rel=2e-3)
    res, _ = run_alg(ALG, {"INPUT": src, "STANDARD": 1, "TAX_FIELD": "税收总额", "AREA_FIELD": "面积亩", "AREA_UNIT": 1,
                           "OUTPUT": str(tmp_path / "m.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    assert out[0]["ie_areamu"] == pytest.approx(15.0) and out[0]["ie_tax"] == pytest.approx(1.5)
    assert out[0]["ie_flag"] == 0


def test_geographic_and_projected_give_same_flags(qgis_app, tmp_path):
    """The same parcels in EPSG:4547 and reprojected to EPSG:4490, areas from the geometry."""
    fields = [
        ("宗地编号", ogr.OFTString),
        ("税收总额", ogr.OFTReal),
        ("投资强度", ogr.OFTReal),
        ("容积率", ogr.OFTReal),
        ("建筑系数", ogr.OFTReal),
    ]
    rows = []
    for i, tax in enumerate([1.0, 1.4, 1.49, 1.51, 1.6, 2.2, 3.0]):
        side = 80 + 5 * i
        rows.append(
            (
                square(590000 + 200 * i, 3960000, side),
                {
                    "宗地编号": "P%d" % i,
                    "税收总额": tax * side * side / M2_PER_MU,
                    "投资强度": 130.0,
                    "容积率": 1.0,
                    "建筑系数": 50.0,
                },
            )
        )
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, fields, rows)
    geo = str(tmp_path / "geo.gpkg")
    run_alg("native:reprojectlayer", {"INPUT": src, "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:4490"),
                                      "OUTPUT": geo})
    a, _ = run_alg(ALG, {"INPUT": src, "STANDARD": 1, "TAX_FIELD": "税收总额", "OUTPUT": str(tmp_path / "a.gpkg")})
    b, _ = run_alg(ALG, {"INPUT": geo, "STANDARD": 1, "TAX_FIELD": "税收总额", "OUTPUT": str(tmp_path / "b.gpkg")})
    _, ra = read_layer(a["OUTPUT"])
    _, rb = read_layer(b["OUTPUT"])
    assert [r["ie_flag"] for r in ra] == [r["ie_flag"] for r in rb]
    assert [r["ie_flag"] for r in ra] == [1, 1, 1, 0, 0, 0, 0]
    for x, y in zip(ra, rb):
        assert y["ie_areamu"] == pytest.approx(x["ie_areamu"], rel=5e-3)


def test_zhengzhou_per_industry(qgis_app, tmp_path):
    fields = PRE_FIELDS + [("行业代码", ogr.OFTString), ("区域类别", ogr.OFTString)]
    base = {"亩均税收": 2.0, "容积率": 0.7, "建筑系数": 45.0}
    rows = [  # code 39 其他区域 needs 1470/15 = 98 万元/亩 and FAR 1.0
        (square(590000, 3960000, 100), dict(base, 宗地编号="A", 投资强度=98.0, 行业代码="3911", 区域类别="其他区域")),
        (square(590200, 3960000, 100), dict(base, 宗地编号="B", 投资强度=98.0, 行业代码="39", 区域类别="郑州市区")),
        (square(590400, 3960000, 100), dict(base, 宗地编号="C", 投资强度=130.0, 行业代码="52", 区域类别="其他区域")),
    ]
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, fields, rows)
    res, _ = run_alg(ALG, {"INPUT": src, "STANDARD": 2, "OUTPUT": str(tmp_path / "o.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    by = {r["宗地编号"]: r for r in out}
    assert by["A"]["ie_farpt"] == 0 and by["A"]["ie_invpt"] == pytest.approx(0.3)  # FAR 0.7 < 1.0
    assert by["B"]["ie_invpt"] == 0  # 98 < 3520/15
    assert by["B"]["ie_flag"] == 1
    assert "52" in by["C"]["ie_reason"] and "默认" in by["C"]["ie_reason"]


def test_status_and_phaseout(qgis_app, tmp_path):
    fields = PRE_FIELDS + [("行业代码", ogr.OFTString), ("生产状态", ogr.OFTString)]
    rows = [(square(590000, 3960000, 100), dict(T, 宗地编号="A", 行业代码="26", 生产状态="已停产")),
            (square(590200, 3960000, 100), dict(T, 宗地编号="B", 行业代码="2511", 生产状态="正常生产")),
            (square(590400, 3960000, 100), dict(T, 宗地编号="C", 行业代码="26", 生产状态="正常生产"))]
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, fields, rows)
    res, _ = run_alg(ALG, {"INPUT": src, "STANDARD": 1, "PHASEOUT_CODES": "25", "OUTPUT": str(tmp_path / "o.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    by = {r["宗地编号"]: r for r in out}
    assert (by["A"]["ie_flag"], by["A"]["ie_type"]) == (1, "停建停产类")
    assert (by["B"]["ie_flag"], by["B"]["ie_type"]) == (1, "产业转型类")
    assert (by["C"]["ie_flag"], by["C"]["ie_type"]) == (0, None)


def test_under_construction_is_not_scored_within_its_period(qgis_app, tmp_path):
    """在建 parcels: within the construction period (达产 date, else supply date + CONSTRUCTION_YEARS)
    在建未达产, not scored and not flagged; past it scored, and the reason says so."""
    low = dict(T, 亩均税收=0.1, 投资强度=10.0)   # 0.3 when scored: 粗放用地类
    fields = PRE_FIELDS + [("生产状态", ogr.OFTString), ("供地日期", ogr.OFTDate), ("约定达产日期", ogr.OFTDate)]
    rows = [(square(590000, 3960000, 100), dict(low, 宗地编号="NEW", 生产状态="在建", 供地日期="2024/03/01")),
            (square(590200, 3960000, 100), dict(low, 宗地编号="OLD", 生产状态="在建", 供地日期="2020/03/01")),
            (square(590400, 3960000, 100), dict(low, 宗地编号="DUE", 生产状态="在建", 供地日期="2019/03/01",
                                                约定达产日期="2026/06/30")),
            (square(590600, 3960000, 100), dict(low, 宗地编号="RUN", 生产状态="正常生产", 供地日期="2024/03/01"))]
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, fields, rows)
    res, fb = run_alg(ALG, {"INPUT": src, "STANDARD": 1, "AS_OF": "2025-12-31", "OUTPUT": str(tmp_path / "o.gpkg")})
    by = {r["宗地编号"]: r for r in read_layer(res["OUTPUT"])[1]}
    assert (by["NEW"]["ie_flag"], by["NEW"]["ie_type"], by["NEW"]["ie_score"]) == (0, "在建未达产", None)
    assert "建设期至 2027-03-01" in by["NEW"]["ie_reason"]
    assert (by["DUE"]["ie_flag"], by["DUE"]["ie_type"]) == (0, "在建未达产")   # the 达产 date wins
    assert "2026-06-30（约定竣工/达产日期）" in by["DUE"]["ie_reason"]
    assert (by["OLD"]["ie_flag"], by["OLD"]["ie_type"]) == (1, "粗放用地类")
    assert "建设期已于 2023-03-01 届满" in by["OLD"]["ie_reason"]
    assert (by["RUN"]["ie_flag"], by["RUN"]["ie_type"]) == (1, "粗放用地类")
    log = "\n".join(fb.log)
    assert "在建未达产" in log and ": 2," in log.split("在建未达产")[1].splitlines()[0]   # counted apart
    # CONSTRUCTION_YEARS and CONSTRUCTION_VALUES are parameters
    res, _ = run_alg(ALG, {"INPUT": src, "STANDARD": 1, "AS_OF": "2025-12-31", "CONSTRUCTION_YEARS": 6,
                           "OUTPUT": str(tmp_path / "o6.gpkg")})
    assert {r["宗地编号"]: r["ie_type"] for r in read_layer(res["OUTPUT"])[1]}["OLD"] == "在建未达产"
    res, _ = run_alg(ALG, {"INPUT": src, "STANDARD": 1, "AS_OF": "2025-12-31", "CONSTRUCTION_VALUES": "",
                           "OUTPUT": str(tmp_path / "o0.gpkg")})
    assert {r["宗地编号"]: r["ie_type"] for r in read_layer(res["OUTPUT"])[1]}["NEW"] == "粗放用地类"
    # the ledger leaves the 在建未达产 parcels out
    out = run_alg("landplan:exportflagged", {"INPUT": str(tmp_path / "o.gpkg"), "OUTPUT": str(tmp_path / "f.shp"),
                                             "LEDGER": str(tmp_path / "l.xlsx")})[0]
    assert out["COUNT"] == 2


def test_custom_standard_file_and_cutoff(qgis_app, tmp_path):
    import json
    std = {"format": "landplan-standard/1", "id": "county_x", "name": "某县标准",
           "thresholds": {"tax_per_mu": 2.0, "invest_per_mu": 100, "far": 0.5, "coverage": 30},
           "weights": {"tax_per_mu": 0.4, "invest_per_mu": 0.3, "far": 0.15, "coverage": 0.15}, "cutoff": 0.7}
    path = tmp_path / "std.json"
    path.write_text(json.dumps(std, ensure_ascii=False), encoding="utf-8")
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, PRE_FIELDS,
                     [(square(590000, 3960000, 100), dict(T, 宗地编号="A"))])  # tax 1.5 < 2.0
    res, _ = run_alg(ALG, {"INPUT": src, "STANDARD": 3, "STANDARD_FILE": str(path), "OUTPUT": str(tmp_path / "o.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    assert out[0]["ie_flag"] == 1 and out[0]["ie_std"] == "county_x"
    res, _ = run_alg(ALG, {"INPUT": src, "STANDARD": 3, "STANDARD_FILE": str(path), "CUTOFF": 0.6,
                           "OUTPUT": str(tmp_path / "o2.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    assert out[0]["ie_flag"] == 0
    with pytest.raises(QgsProcessingException):
        run_alg(ALG, {"INPUT": src, "STANDARD": 3, "OUTPUT": str(tmp_path / "o3.gpkg")})


def test_unknown_field_is_a_clear_error(qgis_app, tmp_path):
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, PRE_FIELDS,
                     [(square(590000, 3960000, 100), dict(T, 宗地编号="A"))])
    with pytest.raises(QgsProcessingException) as err:
        run_alg(ALG, {"INPUT": src, "TAX_PER_MU_FIELD": "nope", "OUTPUT": str(tmp_path / "o.gpkg")})
    assert "nope" in str(err.value)


def test_output_field_names_short_ascii_with_aliases(qgis_app, tmp_path):
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, PRE_FIELDS,
                     [(square(590000, 3960000, 100), dict(T, 宗地编号="A"))])
    res, _ = run_alg(ALG, {"INPUT": src, "OUTPUT": "memory:"})
    layer = res["OUTPUT"]
    added = [f for f in layer.fields() if f.name().startswith("ie_")]
    assert len(added) >= 13
    for f in added:
        assert f.name().isascii() and len(f.name().encode()) <= 10
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert all(f.alias() for f in alg._added_fields())


def test_coverage_stored_as_fraction_is_detected_and_converted(qgis_app, tmp_path):
    rows = [(square(590000, 3960000, 100), dict(T, 宗地编号="A", 建筑系数=0.45)),
            (square(590200, 3960000, 100), dict(T, 宗地编号="B", 建筑系数=0.30))]
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, PRE_FIELDS, rows)
    res, fb = run_alg(ALG, {"INPUT": src, "STANDARD": 1, "OUTPUT": str(tmp_path / "o.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    by = {r["宗地编号"]: r for r in out}
    assert by["A"]["ie_cov"] == pytest.approx(45.0) and by["A"]["ie_covpt"] == pytest.approx(0.15)
    assert by["B"]["ie_cov"] == pytest.approx(30.0) and by["B"]["ie_covpt"] == 0
    assert any("建筑系数" in line and "0.45" in line for line in fb.log)


def test_messy_text_values_are_reported_per_row_and_counted(qgis_app, tmp_path):
    fields = [("宗地编号", ogr.OFTString), ("亩均税收", ogr.OFTString), ("投资强度", ogr.OFTReal),
              ("容积率", ogr.OFTReal), ("建筑系数", ogr.OFTReal)]
    vals = {"A": "N/A", "B": "－", "C": "1,234.5", "D": "１２３", "E": ""}
    rows = [(square(590000 + 200 * i, 3960000, 100), dict(T, 宗地编号=k, 亩均税收=v))
            for i, (k, v) in enumerate(vals.items())]
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, fields, rows)
    res, fb = run_alg(ALG, {"INPUT": src, "STANDARD": 1, "OUTPUT": str(tmp_path / "o.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    by = {r["宗地编号"]: r for r in out}
    assert len(out) == 5
    assert by["A"]["ie_flag"] is None and "「N/A」" in by["A"]["ie_reason"] and "亩均税收" in by["A"]["ie_reason"]
    assert by["B"]["ie_flag"] is None and "「－」" in by["B"]["ie_reason"]
    assert by["C"]["ie_tax"] == pytest.approx(1234.5) and by["C"]["ie_flag"] == 0
    assert by["D"]["ie_tax"] == pytest.approx(123.0)
    assert by["E"]["ie_flag"] is None and "缺少亩均税收" in by["E"]["ie_reason"]
    assert any(line.startswith("2 ") and "not a number" in line for line in fb.log)


@pytest.mark.parametrize("x0,y0", [(0, 0), (590000, 3950000)])
def test_projected_areas_are_planar(qgis_app, tmp_path, x0, y0):
    """100 m × 100 m in a Gauss–Krüger CRS is 15 亩 exactly, wherever it lies in the zone; the
    same parcel at 1.493 万元/亩 from totals must fail (22.4 万元 ÷ 15 亩)."""
    fields = [
        ("宗地编号", ogr.OFTString),
        ("税收总额", ogr.OFTReal),
        ("投资强度", ogr.OFTReal),
        ("容积率", ogr.OFTReal),
        ("建筑系数", ogr.OFTReal),
    ]
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, fields,
                     [(square(x0, y0, 100), {"宗地编号": "A", "税收总额": 22.4, "投资强度": 130.0, "容积率": 1.0,
                                             "建筑系数": 50.0}),
                      (square(x0 + 200, y0, 100), {"宗地编号": "B", "税收总额": 22.5, "投资强度": 130.0,
                                                   "容积率": 1.0, "建筑系数": 50.0})])
    res, _ = run_alg(ALG, {"INPUT": src, "TAX_FIELD": "税收总额", "OUTPUT": str(tmp_path / "o.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    by = {r["宗地编号"]: r for r in out}
    assert by["A"]["ie_areamu"] == pytest.approx(15.0, rel=1e-9)
    assert by["A"]["ie_flag"] == 1 and by["B"]["ie_flag"] == 0


def test_area_field_found_by_name_in_mu_is_detected(qgis_app, tmp_path):
    fields = PRE_FIELDS[:1] + [("税收总额", ogr.OFTReal), ("投资强度", ogr.OFTReal), ("总建筑面积", ogr.OFTReal),
                               ("建筑占地面积", ogr.OFTReal), ("用地面积", ogr.OFTReal)]
    rows = [(square(590000 + 200 * i, 3960000, 100), {"宗地编号": "P%d" % i, "税收总额": 15.0 * (1 + i),
                                                      "投资强度": 130.0, "总建筑面积": 8000.0,
                                                      "建筑占地面积": 5000.0, "用地面积": 15.0})
            for i in range(4)]
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, fields, rows)
    res, fb = run_alg(ALG, {"INPUT": src, "OUTPUT": str(tmp_path / "o.gpkg")})  # no AREA_FIELD / AREA_UNIT
    _, out = read_layer(res["OUTPUT"])
    assert all(r["ie_areamu"] == pytest.approx(15.0) for r in out)
    assert out[0]["ie_far"] == pytest.approx(0.8) and out[0]["ie_cov"] == pytest.approx(50.0)
    assert any("用地面积" in line and "AREA_UNIT" in line for line in fb.log)
    # an explicit unit that contradicts the geometry is kept, but warned about
    res, fb = run_alg(ALG, {"INPUT": src, "AREA_FIELD": "用地面积", "AREA_UNIT": 0, "OUTPUT": str(tmp_path / "m.gpkg")})
    assert any("check the unit" in line for line in fb.log)


@pytest.mark.parametrize("area", [0.0, -3.0])
def test_zero_or_negative_area_is_undetermined_even_with_precomputed_indicators(qgis_app, tmp_path, area):
    fields = PRE_FIELDS + [("amu", ogr.OFTReal)]
    rows = [(square(590000, 3960000, 100), dict(T, 宗地编号="A", amu=area)),
            (square(590200, 3960000, 100), dict(T, 宗地编号="B", amu=15.0, 亩均税收=0.5))]
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, fields, rows)
    res, fb = run_alg(ALG, {"INPUT": src, "AREA_FIELD": "amu", "AREA_UNIT": 1, "OUTPUT": str(tmp_path / "o.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    by = {r["宗地编号"]: r for r in out}
    assert by["A"]["ie_flag"] is None and by["A"]["ie_type"] == "待核实" and by["A"]["ie_score"] is None
    assert "字段「amu」值「%s」" % area in by["A"]["ie_reason"] or "字段「amu」值「%g」" % area in by["A"]["ie_reason"]
    assert by["B"]["ie_flag"] == 1
    assert any("zero or negative area" in line for line in fb.log)


def test_shapefile_output_has_a_real_cpg(qgis_app, tmp_path):
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, PRE_FIELDS,
                     [(square(590000, 3960000, 100), dict(T, 宗地编号="濮阳001", 亩均税收=1.0))])
    out = str(tmp_path / "s.shp")
    run_alg(ALG, {"INPUT": src, "OUTPUT": out})
    assert open(str(tmp_path / "s.cpg")).read().strip().upper() in ("UTF-8", "UTF8")
    import fiona
    with fiona.open(out, encoding="utf-8") as shp:
        feats = list(shp)
    assert feats[0]["properties"]["宗地编"] == "濮阳001"  # 宗地编号 is 12 bytes in UTF-8: cut at a character
    assert "亩均税收" in feats[0]["properties"]["ie_reason"]


def test_negated_status_and_sectioned_phaseout_codes(qgis_app, tmp_path):
    fields = PRE_FIELDS + [("行业代码", ogr.OFTString), ("生产状态", ogr.OFTString)]
    rows = [(square(590000, 3960000, 100), dict(T, 宗地编号="RUNNING", 行业代码="2611", 生产状态="未停产")),
            (square(590200, 3960000, 100), dict(T, 宗地编号="HALTED", 行业代码="2611", 生产状态="停工")),
            (square(590400, 3960000, 100), dict(T, 宗地编号="SECTION", 行业代码="C3011", 生产状态="正常"))]
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547, fields, rows)
    res, _ = run_alg(ALG, {"INPUT": src, "PHASEOUT_CODES": "30", "OUTPUT": str(tmp_path / "o.gpkg")})
    _, out = read_layer(res["OUTPUT"])
    by = {r["宗地编号"]: r for r in out}
    assert (by["RUNNING"]["ie_flag"], by["RUNNING"]["ie_type"]) == (0, None)
    assert by["HALTED"]["ie_type"] == "停建停产类"
    assert by["SECTION"]["ie_type"] == "产业转型类"


# ---- GeoPackage fast path == Processing sink ---------------------------------------------------

def _messy_single_layer(path, geom_type):
    """A one-layer GeoPackage with every kind of trouble: text numbers, placeholders, NULL and empty
    geometries, a bow-tie, zero and negative areas, long text, per-row totals."""
    fields = PRE_FIELDS + [("亩均税收_填报", ogr.OFTString), ("税收总额", ogr.OFTReal), ("用地面积", ogr.OFTReal),
                           ("生产状态", ogr.OFTString), ("行业代码", ogr.OFTInteger), ("备注", ogr.OFTString),
                           ("供地日期", ogr.OFTString)]
    multi = geom_type == ogr.wkbMultiPolygon
    rows = []
    texts = ["1,234.5", "N/A", "－", "１２３", "", "45%", None, "0.3"]
    for i in range(40):
        x = 590000 + 150 * (i % 10)
        y = 3960000 + 150 * (i // 10)
        wkt = square(x, y, 60 + i)
        if i == 3:
            wkt = "POLYGON((%d %d,%d %d,%d %d,%d %d,%d %d))" % (x, y, x + 80, y + 80, x + 80, y, x, y + 80, x, y)
        if i in (5, 6):
            wkt = None if i == 5 else "POLYGON EMPTY"
        if wkt and multi:
            wkt = ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(wkt)).ExportToWkt()
        values = {"宗地编号": "P%02d" % i, "亩均税收": None if i % 7 == 0 else 0.37 * i, "投资强度": 100.0 + 3 * i,
                  "容积率": 0.02 * i, "建筑系数": 1.1 * i + 10, "亩均税收_填报": texts[i % len(texts)],
                  "税收总额": 0.5 * i, "用地面积": [3600.0 + i, 0.0, -5.0, None][i % 4] if i < 12 else 3600.0 + 113 * i,
                  "生产状态": ["正常", "已停产", "未停产", None, "在建"][i % 5], "行业代码": 2500 + 37 * i,
                  "备注": "很长的备注" * (i % 3),
                  "供地日期": ["2024-05-01", "2019年3月1日", "待定", None, "2022/12/31", ""][i % 6]}
        rows.append((wkt, values))
    return write_gpkg(path, "parcels", 4547, fields, rows, geom_type=geom_type)


def _run_both(params, tmp_path, monkeypatch, tag):
    # a dotted file name: the layer is named up to the first dot, on both paths
    fast_out, sink_out = str(tmp_path / ("fast_%s.v1.gpkg" % tag)), str(tmp_path / ("sink_%s.v1.gpkg" % tag))
    monkeypatch.delenv("LANDPLAN_FAST_GPKG", raising=False)
    _, fb_fast = run_alg(ALG, dict(params, OUTPUT=fast_out))
    monkeypatch.setenv("LANDPLAN_FAST_GPKG", "0")
    _, fb_sink = run_alg(ALG, dict(params, OUTPUT=sink_out))
    monkeypatch.delenv("LANDPLAN_FAST_GPKG")
    return fast_out, sink_out, fb_fast, fb_sink


def _fixed_part_of_style(qml):
    """A stored style without what QGIS ≥ 3.26 makes up afresh for every layer (so two sink runs
    differ there too): symbol-layer ids and the elevation-profile symbols, whose colours are
    random. A no-op on QGIS 3.22, whose styles have neither."""
    import re
    qml = re.sub(r'(<layer\b[^>]*?) id="\{[0-9a-f-]{36}\}"', r"\1", qml)
    qml = re.sub(r"(&lt;layer\b.*?) id=&quot;\{[0-9a-f-]{36}\}&quot;", r"\1", qml)  # inside a label callout
    return re.sub(r"<(profile(?:Line|Fill|Marker)Symbol)>.*?</\1>", "", qml, flags=re.S)


def _assert_same_output(a_path, b_path):
    import sqlite3
    from qgis.core import QgsVectorLayer
    a, b = QgsVectorLayer(a_path, "a", "ogr"), QgsVectorLayer(b_path, "b", "ogr")
    assert a.isValid() and b.isValid()
    name_a, name_b = (os.path.basename(p).split(".")[0] for p in (a_path, b_path))
    assert [s.split("!!::!!")[1] for s in a.dataProvider().subLayers()] == [name_a]
    assert [s.split("!!::!!")[1] for s in b.dataProvider().subLayers()] == [name_b]
    assert a.wkbType() == b.wkbType() and a.crs() == b.crs() and a.featureCount() == b.featureCount()
    fa, fb = a.fields(), b.fields()
    assert [(f.name(), f.type(), f.typeName(), f.length(), f.precision(), f.alias()) for f in fa] == \
        [(f.name(), f.type(), f.typeName(), f.length(), f.precision(), f.alias()) for f in fb]
    assert any(f.alias() for f in fa)  # the style stored in the file brings the Chinese aliases
    rows_a = {f.id(): f for f in a.getFeatures()}
    rows_b = {f.id(): f for f in b.getFeatures()}
    assert sorted(rows_a) == sorted(rows_b)
    for fid, fa_ in rows_a.items():
        fb_ = rows_b[fid]
        for name in fa.names():
            va, vb = fa_[name], fb_[name]
            assert (va == vb) or (va != va and vb != vb), (fid, name, va, vb)
            assert type(va) is type(vb), (fid, name, va, vb)
        assert fa_.geometry().asWkb() == fb_.geometry().asWkb(), fid
    del a, b
    con_a, con_b = sqlite3.connect(a_path), sqlite3.connect(b_path)
    def schema(con, name):
        rows = con.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                           "ORDER BY type, name").fetchall()
        return sorted(tuple((x or "").replace(name, "T") for x in r) for r in rows)

    assert schema(con_a, name_a) == schema(con_b, name_b)
    for table in ("gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents", "gpkg_spatial_ref_sys"):
        query = "SELECT * FROM %s" % table
        assert [tuple(str(x).replace(name_a, "T") for x in r) for r in con_a.execute(query)] == \
            [tuple(str(x).replace(name_b, "T") for x in r) for r in con_b.execute(query)], table
    # field aliases/comments stored in the file (QGIS 3.40 + GDAL ≥ 3.7; none on QGIS 3.22)
    tables = {r[0] for r in con_a.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in sorted(tables & {"gpkg_data_columns", "gpkg_data_column_constraints"}):
        query = "SELECT * FROM %s" % table
        assert [tuple(str(x).replace(name_a, "T") for x in r) for r in con_a.execute(query)] == \
            [tuple(str(x).replace(name_b, "T") for x in r) for r in con_b.execute(query)], table
    style = "SELECT f_table_name, styleName, useAsDefault, styleQML FROM layer_styles"
    sa = [r[:3] + (_fixed_part_of_style(r[3]),) for r in con_a.execute(style)]
    sb = [r[:3] + (_fixed_part_of_style(r[3]),) for r in con_b.execute(style)]
    assert sa and [(r[0].replace(name_a, "T"),) + r[1:] for r in sa] == [
        (r[0].replace(name_b, "T"),) + r[1:] for r in sb
    ]
    con_a.close()
    con_b.close()


FAST_LOG = "GeoPackage written directly"
SQL_LOG = "Attributes read with SQL"


@pytest.mark.parametrize("geom_type", [ogr.wkbPolygon, ogr.wkbMultiPolygon])
def test_fast_path_equals_sink_path_on_a_one_layer_geopackage(qgis_app, tmp_path, monkeypatch, geom_type):
    src = _messy_single_layer(str(tmp_path / "p.gpkg"), geom_type)
    from qgis.core import QgsVectorLayer
    styled = QgsVectorLayer(src, "p", "ogr")  # the input carries a style of its own: not copied along
    assert not save_style_to_database(styled, "mine", "")
    del styled
    params = {"INPUT": src, "STANDARD": 1, "TAX_FIELD": "税收总额", "AREA_FIELD": "用地面积", "AREA_UNIT": 0,
              "STATUS_FIELD": "生产状态", "PHASEOUT_CODES": "26,C30", "AS_OF": "2025-12-31"}
    fast, sink, fb_fast, fb_sink = _run_both(params, tmp_path, monkeypatch, "one")
    _, rows = read_layer(fast)
    assert {r["ie_type"] for r in rows} >= {"在建未达产", "待核实"}   # the 在建 rule ran on both paths
    assert any(FAST_LOG in line for line in fb_fast.log) and not any(FAST_LOG in line for line in fb_sink.log)
    assert any(SQL_LOG in line for line in fb_fast.log)
    _assert_same_output(fast, sink)
    # areas from the geometry (a projected CRS): planar areas computed from the stored geometries
    params = {"INPUT": src, "STANDARD": 2, "TAX_PER_MU_FIELD": "亩均税收_填报", "AREA_FIELD": "", "MODE": 1}
    fast, sink, fb_fast, _ = _run_both(params, tmp_path, monkeypatch, "geomarea")
    assert any(FAST_LOG in line for line in fb_fast.log) and any(SQL_LOG in line for line in fb_fast.log)
    _assert_same_output(fast, sink)


def _random_polygons(path, epsg, geom_type, n=300, seed=3):
    """Polygons of 3 to 200 vertices, either orientation, some with a hole, some of several parts
    (multi), coordinates with 1 to 9 decimals: what the planar area must reproduce bit for bit."""
    import math
    import random
    rng = random.Random(seed)
    x0, y0, scale = (500000.0, 3900000.0, 1.0) if epsg == 4547 else (114.0, 35.0, 1e-5)

    def ring(cx, cy, r, count):
        pts = []
        for j in range(count):
            a = 2 * math.pi * j / count
            rr = r * (0.6 + 0.4 * rng.random())
            digits = rng.choice([1, 3, 6, 9]) + (5 if epsg != 4547 else 0)
            pts.append((round(cx + rr * math.cos(a), digits), round(cy + rr * math.sin(a), digits)))
        pts = pts[::-1] if rng.random() < 0.5 else pts
        return "(" + ",".join("%r %r" % p for p in pts + [pts[0]]) + ")"

    def polygon(cx, cy):
        r = rng.uniform(5, 500) * scale
        rings = [ring(cx, cy, r, rng.choice([3, 4, 5, 12, 40, 200]))]
        if rng.random() < 0.3:
            rings.append(ring(cx, cy, r * 0.2, rng.choice([3, 4, 8])))
        return "(" + ",".join(rings) + ")"
    rows = []
    for i in range(n):
        cx, cy = x0 + 2000 * scale * (i % 20), y0 + 2000 * scale * (i // 20)
        if geom_type == ogr.wkbMultiPolygon:
            parts = [polygon(cx + 600 * scale * k, cy) for k in range(rng.choice([1, 1, 2, 3]))]
            wkt = "MULTIPOLYGON(" + ",".join(parts) + ")"
        else:
            wkt = "POLYGON" + polygon(cx, cy)
        rows.append((wkt, {"宗地编号": "R%03d" % i, "亩均税收": 2.0, "投资强度": 150.0, "容积率": 0.1 * (i % 12),
                           "建筑系数": 45.0}))
    return write_gpkg(path, "parcels", epsg, PRE_FIELDS, rows, geom_type=geom_type)


@pytest.mark.parametrize("geom_type", [ogr.wkbPolygon, ogr.wkbMultiPolygon])
def test_planar_areas_of_stored_geometries_are_qgis_areas_bit_for_bit(qgis_app, tmp_path, geom_type):
    import sqlite3
    from qgis.core import QgsProject, QgsVectorLayer
    from landplan_plugin.algorithms.geometry import AreaMeasurer
    from landplan_plugin.algorithms import gdal_io
    uri = _random_polygons(str(tmp_path / "r.gpkg"), 4547, geom_type)
    fids, blobs = zip(*sqlite3.connect(uri.split("|")[0]).execute("SELECT fid, geom FROM parcels ORDER BY fid"))
    layer = QgsVectorLayer(uri, "r", "ogr")
    measurer = AreaMeasurer(layer.crs(), QgsProject.instance().transformContext())
    assert not measurer.ellipsoidal
    formula = gdal_io.planar_area_formula(measurer)  # products on QGIS 3.22, differences on 3.40
    assert formula in (gdal_io.PRODUCTS, gdal_io.DIFFERENCES)
    areas, measured = gdal_io.planar_areas(list(blobs) + [None, b"GP"], formula)
    assert measured.tolist() == [True] * len(fids) + [False, False]  # NULL and unreadable: left to QGIS
    # the two formulas differ on these polygons (so the probe can tell them apart)
    other = gdal_io.DIFFERENCES if formula == gdal_io.PRODUCTS else gdal_io.PRODUCTS
    assert gdal_io.planar_areas(list(blobs), other)[0].tolist() != areas[:len(fids)].tolist()
    qgis_areas = {f.id(): measurer.measureArea(f.geometry()) for f in layer.getFeatures()}
    assert [a for a in areas[:len(fids)].tolist()] == [qgis_areas[fid] for fid in fids]


@pytest.mark.parametrize("epsg", [4547, 4490])
def test_geometry_areas_fast_path_equals_sink_path(qgis_app, tmp_path, monkeypatch, epsg):
    """Projected: areas from the stored geometries (SQL); geographic (ellipsoidal areas): through QGIS."""
    src = _random_polygons(str(tmp_path / "r.gpkg"), epsg, ogr.wkbMultiPolygon, n=120)
    fast, sink, fb_fast, _ = _run_both({"INPUT": src, "STANDARD": 1, "AREA_FIELD": ""}, tmp_path, monkeypatch,
                                       "r%d" % epsg)
    assert any(FAST_LOG in line for line in fb_fast.log)
    assert any(SQL_LOG in line for line in fb_fast.log) == (epsg == 4547)
    _assert_same_output(fast, sink)


def test_fast_path_equals_sink_path_on_the_demo(qgis_app, demo_gpkg, tmp_path, monkeypatch):
    """The demo GeoPackage holds several layers: the one layer is copied by GDAL."""
    params = {"INPUT": "%s|layername=parcels" % demo_gpkg, "STANDARD": 1, "STATUS_FIELD": "生产状态"}
    fast, sink, fb_fast, _ = _run_both(params, tmp_path, monkeypatch, "demo")
    assert any(FAST_LOG in line for line in fb_fast.log) and any(SQL_LOG in line for line in fb_fast.log)
    _assert_same_output(fast, sink)


def test_sink_path_for_selections_and_other_outputs(qgis_app, tmp_path):
    from qgis.core import QgsProcessingFeatureSourceDefinition
    src = _messy_single_layer(str(tmp_path / "p.gpkg"), ogr.wkbPolygon)
    _, fb = run_alg(
        ALG, {"INPUT": QgsProcessingFeatureSourceDefinition(src, False, 5), "OUTPUT": str(tmp_path / "l.gpkg")}
    )
    assert not any(FAST_LOG in line for line in fb.log)
    _, rows = read_layer(str(tmp_path / "l.gpkg"))
    assert len(rows) == 5
    _, fb = run_alg(ALG, {"INPUT": src, "OUTPUT": str(tmp_path / "s.shp")})
    assert not any(FAST_LOG in line for line in fb.log)


def test_fast_path_reads_through_qgis_when_sql_would_differ(qgis_app, tmp_path, monkeypatch):
    """Text stored in a REAL column reads as 0 in QGIS/OGR and as text in SQLite: the attributes
    are then read through QGIS, and the output still equals the sink path's."""
    src = _messy_single_layer(str(tmp_path / "p.gpkg"), ogr.wkbMultiPolygon)
    ds = ogr.Open(str(tmp_path / "p.gpkg"), 1)
    ds.ExecuteSQL("UPDATE parcels SET 投资强度 = 'N/A' WHERE fid = 3")
    ds = None
    params = {"INPUT": src, "STANDARD": 1, "AREA_FIELD": "用地面积"}
    fast, sink, fb_fast, _ = _run_both(params, tmp_path, monkeypatch, "text")
    assert any(FAST_LOG in line for line in fb_fast.log) and not any(SQL_LOG in line for line in fb_fast.log)
    _assert_same_output(fast, sink)


def test_fast_path_output_is_loaded_like_the_sinks(qgis_app, tmp_path, monkeypatch):
    """In the dialog the output is loaded into the project when the run ends, styled: the direct
    GeoPackage path registers it the way the Processing sink does."""
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject
    src = _messy_single_layer(str(tmp_path / "p.gpkg"), ogr.wkbPolygon)
    seen = []
    for env in ("1", "0"):
        monkeypatch.setenv("LANDPLAN_FAST_GPKG", env)
        out = str(tmp_path / ("loaded%s.gpkg" % env))
        ctx = QgsProcessingContext()
        ctx.setProject(QgsProject.instance())
        _, fb = run_alg(ALG, {"INPUT": src, "OUTPUT": QgsProcessingOutputLayerDefinition(out, QgsProject.instance())},
                        context=ctx)
        assert any(FAST_LOG in line for line in fb.log) == (env == "1")
        assert ctx.willLoadLayerOnCompletion(out)
        details = ctx.layerToLoadOnCompletionDetails(out)
        seen.append((details.name, details.outputName, details.project is QgsProject.instance(),
                     details.postProcessor() is not None))
    assert seen[0] == seen[1] and seen[0][2] and seen[0][3]


def test_fast_path_keeps_feature_ids_like_the_sink(qgis_app, tmp_path, monkeypatch):
    """Deleted rows leave gaps in the fids of the input: both paths write the same ids."""
    src = _messy_single_layer(str(tmp_path / "p.gpkg"), ogr.wkbPolygon)
    ds = ogr.Open(str(tmp_path / "p.gpkg"), 1)
    lyr = ds.GetLayerByName("parcels")
    for fid in (2, 3, 17, 40):
        lyr.DeleteFeature(fid)
    ds = None
    fast, sink, fb_fast, _ = _run_both({"INPUT": src, "STANDARD": 1, "AREA_FIELD": "用地面积"}, tmp_path,
                                       monkeypatch, "gaps")
    assert any(SQL_LOG in line for line in fb_fast.log)
    _assert_same_output(fast, sink)


GDAL_DATA_COLUMNS = (
    "CREATE TABLE gpkg_data_columns (table_name TEXT NOT NULL,column_name TEXT NOT NULL,name TEXT,title TEXT,"
    "description TEXT,mime_type TEXT,constraint_name TEXT,CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name),"
    "CONSTRAINT gdc_tn UNIQUE (table_name, name))")
GDAL_DATA_COLUMN_CONSTRAINTS = (
    "CREATE TABLE gpkg_data_column_constraints (constraint_name TEXT NOT NULL,constraint_type TEXT NOT NULL,"
    "value TEXT,min NUMERIC,min_is_inclusive BOOLEAN,max NUMERIC,max_is_inclusive BOOLEAN,description TEXT,"
    "CONSTRAINT gdcc_ntv UNIQUE (constraint_name, constraint_type, value))")


@pytest.mark.parametrize("other_layer", [False, True])
def test_fast_path_equals_sink_path_when_the_input_has_field_aliases(qgis_app, tmp_path, monkeypatch, other_layer):
    """An input whose fields carry aliases in the file (gpkg_data_columns, as QGIS 3.40 writes
    them): the output stores what the sink stores — the output fields' aliases on QGIS 3.40,
    nothing on 3.22 — whether the whole file (one layer) or the layer alone (two) is copied."""
    import sqlite3
    src = _messy_single_layer(str(tmp_path / "p.gpkg"), ogr.wkbPolygon)
    con = sqlite3.connect(str(tmp_path / "p.gpkg"))  # the tables and rows GDAL 3.10 writes
    con.execute(GDAL_DATA_COLUMNS)
    con.execute(GDAL_DATA_COLUMN_CONSTRAINTS)
    con.executemany("INSERT INTO gpkg_extensions VALUES (?, NULL, 'gpkg_schema', "
                    "'http://www.geopackage.org/spec121/#extension_schema', 'read-write')",
                    [("gpkg_data_columns",), ("gpkg_data_column_constraints",)])
    con.execute("INSERT INTO gpkg_data_columns (table_name, column_name, name, description) "
                "VALUES ('parcels', '宗地编号', 'Parcel id', 'from the land register')")
    con.commit()
    con.close()
    if other_layer:
        write_gpkg(str(tmp_path / "p.gpkg"), "zones", 4547, [("name", ogr.OFTString)],
                   [(square(590000, 3960000, 500), {"name": "Z"})])
    params = {"INPUT": src, "STANDARD": 1, "AREA_FIELD": "用地面积"}
    fast, sink, fb_fast, _ = _run_both(params, tmp_path, monkeypatch, "aliased")
    assert any(FAST_LOG in line for line in fb_fast.log)
    _assert_same_output(fast, sink)
    from qgis.core import QgsVectorLayer

    from landplan_plugin import compat
    con = sqlite3.connect(fast)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    stored = (
        dict(con.execute("SELECT column_name, name FROM gpkg_data_columns")) if "gpkg_data_columns" in tables else {}
    )
    con.close()
    if "alias" in compat.gpkg_field_metadata().stores:
        assert stored["宗地编号"] == "Parcel id" and stored["ie_flag"]  # the input's alias, the new fields'
        assert sorted(stored) == sorted(f.name() for f in QgsVectorLayer(fast, "o", "ogr").fields()
                                        if f.name() == "宗地编号" or f.name().startswith("ie_"))
    else:
        assert stored == {}


def test_input_with_field_domains_goes_through_the_sink(qgis_app, tmp_path):
    """A field with a domain (gpkg_data_column_constraints): left to the sink."""
    import sqlite3
    src = _messy_single_layer(str(tmp_path / "p.gpkg"), ogr.wkbPolygon)
    con = sqlite3.connect(str(tmp_path / "p.gpkg"))
    con.execute(GDAL_DATA_COLUMNS)
    con.execute(GDAL_DATA_COLUMN_CONSTRAINTS)
    con.execute("INSERT INTO gpkg_data_column_constraints (constraint_name, constraint_type, value) "
                "VALUES ('status', 'enum', '正常')")
    con.execute("INSERT INTO gpkg_data_columns (table_name, column_name, constraint_name) "
                "VALUES ('parcels', '生产状态', 'status')")
    con.commit()
    con.close()
    res, fb = run_alg(ALG, {"INPUT": src, "STANDARD": 1, "AREA_FIELD": "用地面积", "OUTPUT": str(tmp_path / "o.gpkg")})
    assert not any(FAST_LOG in line for line in fb.log)
    _, rows = read_layer(res["OUTPUT"])
    assert len(rows) == 40

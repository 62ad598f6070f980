"""landplan:flagunsupplied through real Processing runs on real files (AS_OF 2024-06-30)."""
import datetime as dt

import pytest
from conftest import run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr, osr
from qgis.core import QgsApplication

ALG = "landplan:flagunsupplied"
AS_OF = "2024-06-30"
X0, Y0 = 590000, 3960000


def rect(x0, y0, w, h):
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (x0, y0, x0 + w, y0, x0 + w, y0 + h, x0, y0 + h, x0, y0)


def _run(params, tmp_path, name="o.gpkg", key="批准文号"):
    p = {"AS_OF": AS_OF, "OUTPUT": str(tmp_path / name)}
    p.update(params)
    res, fb = run_alg(ALG, p)
    _, rows = read_layer(res["OUTPUT"])
    return {r[key]: r for r in rows}, fb


def test_contract_names(qgis_app):
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg is not None
    names = {p.name() for p in alg.parameterDefinitions()}
    for needed in ("INPUT", "OUTPUT", "AS_OF", "APPROVAL_DATE_FIELD", "SUPPLY_DATE_FIELD", "SUPPLY_STATUS_FIELD",
                   "SUPPLIED", "TOLERANCE", "IN_USE_FIELD", "BUILDINGS"):
        assert needed in names, needed
    assert alg.parameterDefinition("TOLERANCE").defaultValue() == 1.0
    assert alg.parameterDefinition("AS_OF").defaultValue() is None


# ---- attribute mode ----------------------------------------------------------------------
ATTR_FIELDS = [("批准文号", ogr.OFTString), ("批准日期", ogr.OFTDate), ("供地日期", ogr.OFTDate),
               ("供地状态", ogr.OFTString), ("是否使用", ogr.OFTString)]
# id: (approval, supply, status, in use) → (flag, unsup_yrs)
ATTR = {
    "APPROVED_AFTER": (("2024/07/01", None, None, None), (0, None)),
    "APPROVED_ON_AS_OF": (("2024/06/30", None, None, None), (1, 0)),
    "SUPPLIED_BEFORE": (("2020/01/01", "2021/01/01", "已供", None), (0, None)),
    "SUPPLIED_ON_AS_OF": (("2020/01/01", "2024/06/30", None, None), (0, None)),
    "SUPPLIED_AFTER": (("2020/01/01", "2024/07/01", "已供", None), (1, 4)),
    "STATUS_UNSUPPLIED": (("2020/01/01", None, "未供", None), (1, 4)),
    "STATUS_SUPPLIED": (("2020/01/01", None, "已供", None), (0, None)),
    "STATUS_PARTIAL": (("2020/01/01", "2021/01/01", "部分供应", None), (1, 4)),
    "NOTHING_RECORDED": (("2020/01/01", None, None, None), (1, 4)),
    "TWO_YEARS_ON_DAY": (("2022/06/30", None, None, None), (1, 2)),
    "TWO_YEARS_DAY_BEFORE": (("2022/07/01", None, None, None), (1, 1)),
    "NO_APPROVAL": ((None, None, None, None), (None, None)),
    "IN_USE": (("2019/05/01", None, "未供", "是"), (1, 5)),
    "NOT_IN_USE": (("2019/05/01", None, "未供", "否"), (1, 5)),
    "BUILDING_ON_IT": (("2019/05/01", None, "未供", None), (1, 5)),
}


def _attr_layer(tmp_path):
    rows = []
    for i, (aid, ((appr, sup, status, use), _)) in enumerate(ATTR.items()):
        rows.append((square(X0 + i * 150, Y0, 100), {"批准文号": aid, "批准日期": appr, "供地日期": sup,
                                                     "供地状态": status, "是否使用": use}))
    return write_gpkg(str(tmp_path / "a.gpkg"), "approvals", 4547, ATTR_FIELDS, rows)


def _buildings(tmp_path, wkts, epsg=4547):
    return write_gpkg(str(tmp_path / "b.gpkg"), "buildings", epsg, [("建筑编号", ogr.OFTString)],
                      [(w, {"建筑编号": "B%d" % i}) for i, w in enumerate(wkts)])


def test_attribute_mode_every_branch(qgis_app, tmp_path):
    i_building = list(ATTR).index("BUILDING_ON_IT")
    bld = _buildings(tmp_path, [square(X0 + i_building * 150 + 10, Y0 + 10, 20)])
    by_id, fb = _run({"INPUT": _attr_layer(tmp_path), "BUILDINGS": bld}, tmp_path)
    for aid, (_, (flag, yrs)) in ATTR.items():
        r = by_id[aid]
        assert (r["unsup_flag"], r["unsup_yrs"]) == (flag, yrs), (aid, r["unsup_rsn"])
        assert r["unsup_asof"].toPyDate() == dt.date(2024, 6, 30)
    r = by_id["SUPPLIED_AFTER"]
    assert r["appr_year"] == 2020
    assert r["appr_mu"] == pytest.approx(15.0, rel=0.005)
    assert r["unsup_mu"] == pytest.approx(15.0, rel=0.005) and r["unsup_ha"] == pytest.approx(1.0, rel=0.005)
    assert by_id["SUPPLIED_BEFORE"]["unsup_mu"] == 0.0
    assert "晚于基准日" in by_id["APPROVED_AFTER"]["unsup_rsn"]
    assert "批准日期" in by_id["NO_APPROVAL"]["unsup_rsn"]
    assert by_id["IN_USE"]["unsup_use"] == 1 and "已批未供即用" in by_id["IN_USE"]["unsup_rsn"]
    assert by_id["NOT_IN_USE"]["unsup_use"] == 0
    assert by_id["BUILDING_ON_IT"]["unsup_use"] == 1 and "现状建筑" in by_id["BUILDING_ON_IT"]["unsup_rsn"]
    assert by_id["STATUS_UNSUPPLIED"]["unsup_use"] == 0  # buildings given, none on it
    # the log ends with totals per approval year and the grand total
    tail = fb.log[-8:]
    total = fb.log[-2]  # the grand total, before processing.run's "Results" line
    assert ("合计" in total or "Total" in total) and "批而未供率" in total
    # APPROVED_AFTER is not part of the approved total, nor NO_APPROVAL (undetermined): 13 approved by AS_OF
    nums = [int(t) for t in __import__("re").findall(r"(?<![\d.])\d+(?![\d.])",
                                                      total.split(":", 1)[-1].split("：", 1)[-1])]
    assert nums[:1] == [13] and 10 in nums
    assert any("2020" in line and "批而未供率" in line for line in tail)


def test_attribute_mode_text_dates(qgis_app, tmp_path):
    fields = [("批准文号", ogr.OFTString), ("PZRQ", ogr.OFTString), ("GDRQ", ogr.OFTString)]
    serial = lambda d: str((d - dt.date(1899, 12, 30)).days)  # noqa: E731 (a one-line helper)
    # approval (2 full years on AS_OF), supply the day after AS_OF, supply on AS_OF
    forms = {"ISO": ("2022-06-30", "2024-07-01", "2024-06-30"), "SLASH": ("2022/6/30", "2024/7/1", "2024/6/30"),
             "DOT": ("2022.6.30", "2024.7.1", "2024.6.30"), "CN": ("2022年6月30日", "2024年7月1日", "2024年6月30日"),
             "YMD8": ("20220630", "20240701", "20240630"),
             "EXCEL": (serial(dt.date(2022, 6, 30)), serial(dt.date(2024, 7, 1)), serial(dt.date(2024, 6, 30)))}
    rows = []
    for i, (k, (appr, sup, sup_on)) in enumerate(forms.items()):
        rows.append((square(X0 + i * 150, Y0, 100), {"批准文号": k, "PZRQ": appr, "GDRQ": sup}))
        rows.append((square(X0 + i * 150, Y0 + 200, 100), {"批准文号": k + "_SUPPLIED", "PZRQ": appr, "GDRQ": sup_on}))
    rows.append((square(X0, Y0 + 400, 100), {"批准文号": "BAD", "PZRQ": "去年", "GDRQ": None}))
    rows.append((square(X0 + 150, Y0 + 400, 100), {"批准文号": "BAD_SUPPLY", "PZRQ": "2020-01-01", "GDRQ": "待定"}))
    src = write_gpkg(str(tmp_path / "t.gpkg"), "approvals", 4547, fields, rows)
    by_id, fb = _run({"INPUT": src}, tmp_path)
    for k in forms:
        assert (by_id[k]["unsup_flag"], by_id[k]["unsup_yrs"], by_id[k]["appr_year"]) == (1, 2, 2022), k
        assert by_id[k + "_SUPPLIED"]["unsup_flag"] == 0, k
    assert (by_id["BAD"]["unsup_flag"] is None and "PZRQ" in by_id["BAD"]["unsup_rsn"]
            and "去年" in by_id["BAD"]["unsup_rsn"])
    assert by_id["BAD_SUPPLY"]["unsup_flag"] is None and "待定" in by_id["BAD_SUPPLY"]["unsup_rsn"]
    assert any("PZRQ" in line and "unreadable date" in line for line in fb.log)
    assert any("GDRQ" in line and "unreadable date" in line for line in fb.log)


# ---- spatial mode ------------------------------------------------------------------------
SP_FIELDS = [("批准文号", ogr.OFTString), ("批准日期", ogr.OFTDate), ("是否使用", ogr.OFTString)]
SUP_FIELDS = [("电子监管号", ogr.OFTString), ("供地日期", ogr.OFTDate)]


def _spatial_layers(tmp_path, supply_epsg=4547):
    x = lambda i: X0 + i * 300  # noqa: E731 (a one-line helper)
    approvals = [
        (square(x(0), Y0, 100), {"批准文号": "HALF", "批准日期": "2020/01/01"}),
        (square(x(1), Y0, 100), {"批准文号": "SLIVER", "批准日期": "2020/01/01"}),
        (square(x(2), Y0, 100), {"批准文号": "NONE_SUPPLIED", "批准日期": "2022/06/30"}),
        (square(x(3), Y0, 100), {"批准文号": "TWO_ADJACENT", "批准日期": "2020/01/01"}),
        (square(x(4), Y0, 100), {"批准文号": "LATER_SUPPLY", "批准日期": "2020/01/01"}),
        (square(x(5), Y0, 100), {"批准文号": "APPROVED_AFTER", "批准日期": "2024/07/01"}),
        (square(x(6), Y0, 100), {"批准文号": "HALF_IN_USE_FIELD", "批准日期": "2020/01/01", "是否使用": "是"}),
        ("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (x(7), Y0, x(7) + 100, Y0 + 100, x(7) + 100, Y0, x(7), Y0 + 100,
                                                      x(7), Y0), {"批准文号": "BOWTIE", "批准日期": "2020/01/01"}),
    ]
    supplies = [
        (rect(x(0), Y0, 50, 100), {"电子监管号": "S-HALF", "供地日期": "2021/01/01"}),
        (rect(x(1), Y0, 100, 99.995), {"电子监管号": "S-SLIVER", "供地日期": "2021/01/01"}),  # leaves 0.5 m²
        (rect(x(3) - 10, Y0 - 10, 60, 120), {"电子监管号": "S-LEFT", "供地日期": "2021/01/01"}),
        (rect(x(3) + 50, Y0 - 10, 60, 120), {"电子监管号": "S-RIGHT", "供地日期": "2021/01/01"}),
        (rect(x(4), Y0, 100, 100), {"电子监管号": "S-LATER", "供地日期": "2024/07/01"}),
        (rect(x(5), Y0, 50, 100), {"电子监管号": "S-AFTER", "供地日期": "2021/01/01"}),
        (rect(x(6), Y0, 50, 100), {"电子监管号": "S-HALF2", "供地日期": "2021/01/01"}),
        (rect(x(2) + 100, Y0, 50, 100), {"电子监管号": "S-TOUCHING", "供地日期": "2021/01/01"}),  # shares an edge only
    ]
    if supply_epsg != 4547:
        src, dst = osr.SpatialReference(), osr.SpatialReference()
        src.ImportFromEPSG(4547)
        dst.ImportFromEPSG(supply_epsg)
        for s in (src, dst):
            s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        ct = osr.CoordinateTransformation(src, dst)
        moved = []
        for wkt, vals in supplies:
            g = ogr.CreateGeometryFromWkt(wkt)
            g.Segmentize(5)
            g.Transform(ct)
            moved.append((g.ExportToWkt(), vals))
        supplies = moved
    a = write_gpkg(str(tmp_path / "sp.gpkg"), "approvals", 4547, SP_FIELDS, approvals)
    s = write_gpkg(str(tmp_path / ("sup%d.gpkg" % supply_epsg)), "supplies", supply_epsg, SUP_FIELDS, supplies)
    return a, s


def _check_spatial(by_id):
    half = by_id["HALF"]
    assert half["unsup_flag"] == 1 and half["unsup_yrs"] == 4 and half["appr_year"] == 2020
    assert half["unsup_mu"] == pytest.approx(7.5, rel=0.005)
    assert half["unsup_ha"] == pytest.approx(0.5, rel=0.005)
    assert half["appr_mu"] == pytest.approx(15.0, rel=0.005)
    assert half["_geom"].area() == pytest.approx(5000.0, rel=0.005)
    assert half["_geom"].boundingBox().xMinimum() == pytest.approx(X0 + 50, abs=0.01)
    assert by_id["SLIVER"]["unsup_flag"] == 0 and by_id["SLIVER"]["unsup_mu"] == 0.0
    assert "容差" in by_id["SLIVER"]["unsup_rsn"]
    assert by_id["NONE_SUPPLIED"]["unsup_flag"] == 1 and by_id["NONE_SUPPLIED"]["unsup_yrs"] == 2
    assert by_id["NONE_SUPPLIED"]["unsup_mu"] == pytest.approx(15.0, rel=0.005)
    assert by_id["TWO_ADJACENT"]["unsup_flag"] == 0
    assert by_id["TWO_ADJACENT"]["_geom"] is None or by_id["TWO_ADJACENT"]["_geom"].isEmpty()
    assert by_id["LATER_SUPPLY"]["unsup_flag"] == 1  # the supply is dated after AS_OF
    assert by_id["LATER_SUPPLY"]["unsup_mu"] == pytest.approx(15.0, rel=0.005)
    assert by_id["APPROVED_AFTER"]["unsup_flag"] == 0
    assert by_id["HALF_IN_USE_FIELD"]["unsup_use"] == 1
    assert by_id["HALF"]["unsup_use"] is None  # in-use field empty and no buildings layer: unknown
    bow = by_id["BOWTIE"]
    assert bow["unsup_flag"] == 1 and "make-valid" in bow["unsup_rsn"]
    assert bow["unsup_mu"] == pytest.approx(5000.0 / (10000.0 / 15), rel=0.01)


def test_spatial_mode(qgis_app, tmp_path):
    a, s = _spatial_layers(tmp_path)
    by_id, fb = _run({"INPUT": a, "SUPPLIED": s}, tmp_path)
    _check_spatial(by_id)
    assert any(("合计" in line or "Total" in line) and "批而未供率" in line for line in fb.log[-2:])
    assert any("makeValid" in line for line in fb.log)
    assert fb.progress_values and max(fb.progress_values) == 100
    # a smaller tolerance keeps the 0.5 m² remainder
    by_id, _ = _run({"INPUT": a, "SUPPLIED": s, "TOLERANCE": 0.1}, tmp_path, name="o2.gpkg")
    assert by_id["SLIVER"]["unsup_flag"] == 1
    assert by_id["SLIVER"]["unsup_mu"] * (10000.0 / 15) == pytest.approx(0.5, rel=0.05)


def test_spatial_mode_supply_in_other_crs(qgis_app, tmp_path):
    a, s = _spatial_layers(tmp_path, supply_epsg=4490)
    by_id, fb = _run({"INPUT": a, "SUPPLIED": s}, tmp_path)
    _check_spatial({k: v for k, v in by_id.items() if k != "SLIVER"} | {"SLIVER": _sliver_ok(by_id["SLIVER"])})
    assert any("4490" in line for line in fb.log)


def _sliver_ok(row):
    # after reprojection to 4490 and back the 0.5 m² sliver stays below the 1 m² tolerance
    assert row["unsup_flag"] == 0
    return row


def test_spatial_mode_buildings(qgis_app, tmp_path):
    a, s = _spatial_layers(tmp_path)
    bld = _buildings(tmp_path, [
        square(X0 + 70, Y0 + 10, 20),        # HALF: on the unsupplied half → in use
        square(X0 + 300 * 2 + 10, Y0 + 10, 5),   # NONE_SUPPLIED → in use
        square(X0 + 300 * 4 + 10, Y0 + 10, 5),   # LATER_SUPPLY → in use
        square(X0 + 300 * 6 + 10, Y0 + 10, 20),  # HALF_IN_USE_FIELD: on the supplied half only
        square(X0 + 300 * 0 + 10, Y0 + 300, 5),  # nowhere
    ], epsg=4547)
    by_id, _ = _run({"INPUT": a, "SUPPLIED": s, "BUILDINGS": bld}, tmp_path)
    assert by_id["HALF"]["unsup_use"] == 1 and "现状建筑" in by_id["HALF"]["unsup_rsn"]
    assert by_id["NONE_SUPPLIED"]["unsup_use"] == 1
    assert by_id["LATER_SUPPLY"]["unsup_use"] == 1
    assert by_id["HALF_IN_USE_FIELD"]["unsup_use"] == 1  # from the field
    assert "现状建筑" not in by_id["HALF_IN_USE_FIELD"]["unsup_rsn"]
    assert by_id["BOWTIE"]["unsup_use"] == 0
    assert by_id["TWO_ADJACENT"]["unsup_use"] == 0


def test_rerun_identical(qgis_app, tmp_path):
    a, s = _spatial_layers(tmp_path)
    r1, _ = _run({"INPUT": a, "SUPPLIED": s}, tmp_path, name="r1.gpkg")
    r2, _ = _run({"INPUT": a, "SUPPLIED": s}, tmp_path, name="r2.gpkg")

    def strip(rows):
        return {k: ({f: v for f, v in r.items() if f != "_geom"},
                    r["_geom"].asWkt(3) if r["_geom"] is not None else None) for k, r in rows.items()}
    assert strip(r1) == strip(r2)
    src = _attr_layer(tmp_path)
    a1, _ = _run({"INPUT": src}, tmp_path, name="a1.gpkg")
    a2, _ = _run({"INPUT": src}, tmp_path, name="a2.gpkg")
    assert strip(a1) == strip(a2)


def test_demo_layers(qgis_app, tmp_path, demo_gpkg):
    params = {"INPUT": demo_gpkg + "|layername=approvals", "SUPPLIED": demo_gpkg + "|layername=supplies",
              "BUILDINGS": demo_gpkg + "|layername=buildings", "AS_OF": "2024-12-31"}
    by_id, fb = _run(params, tmp_path)
    flags = [r["unsup_flag"] for r in by_id.values()]
    assert flags.count(1) >= 1 and flags.count(0) >= 1
    assert any(("合计" in line or "Total" in line) and "批而未供率" in line for line in fb.log[-2:])


def test_years_since_approval_agree_between_modes(qgis_app, tmp_path):
    """2019-07-01 → 2024-06-30 is 4 full years and 4.99 years in both modes (anniversary-based)."""
    src = write_gpkg(str(tmp_path / "a.gpkg"), "approvals", 4547,
                     [("批准文号", ogr.OFTString), ("批准日期", ogr.OFTString)],
                     [(square(590000, 3960000, 100), {"批准文号": "A", "批准日期": "2019-07-01"}),
                      (square(590200, 3960000, 100), {"批准文号": "B", "批准日期": "2019-07-01"})])
    sup = write_gpkg(str(tmp_path / "s.gpkg"), "supplies", 4547, [("x", ogr.OFTString)],
                     [(square(590200, 3960000, 100), {"x": "B fully supplied"})])
    attr, _ = _run({"INPUT": src, "AS_OF": "2024-06-30"}, tmp_path, "attr.gpkg")
    spat, _ = _run({"INPUT": src, "SUPPLIED": sup, "AS_OF": "2024-06-30"}, tmp_path, "spat.gpkg")
    for by in (attr, spat):
        assert by["A"]["unsup_yrs"] == 4 and by["A"]["appr_age"] == pytest.approx(4.99)
        assert "4 年未供（4.99年）" in by["A"]["unsup_rsn"]
    assert spat["B"]["unsup_flag"] == 0 and spat["B"]["appr_age"] == pytest.approx(4.99)

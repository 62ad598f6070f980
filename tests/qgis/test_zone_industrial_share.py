"""landplan:zoneindustrialshare through real Processing runs on real files ."""
import json

import pytest
from conftest import run_alg
from helpers import read_layer, write_gpkg
from osgeo import ogr, osr
from qgis.core import QgsApplication, QgsProcessingException

ALG = "landplan:zoneindustrialshare"
X0, Y0 = 500000.0, 3900000.0   # EPSG:4547, on the central meridian (114°E), about 35°N
REL = 1e-3                     # ellipsoidal vs planar areas near the central meridian


def rect(x0, y0, x1, y1):
    x0, x1, y0, y1 = X0 + x0, X0 + x1, Y0 + y0, Y0 + y1
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)


def rect_ring(x0, y0, x1, y1):
    return rect(x0, y0, x1, y1)[len("POLYGON"):]


def bowtie(x0, y0, x1, y1):
    x0, x1, y0, y1 = X0 + x0, X0 + x1, Y0 + y0, Y0 + y1
    return "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (x0, y0, x1, y1, x1, y0, x0, y1, x0, y0)


ZONE_FIELDS = [("园区名称", ogr.OFTString)]
LU_FIELDS = [("DLBM", ogr.OFTString)]

# zone name → geometry (metres from X0, Y0)
ZONES = [
    ("甲_达标", rect(0, 0, 1000, 1000)),
    ("乙_不达标", rect(2000, 0, 3000, 1000)),
    ("丙_无建设用地", rect(4000, 0, 5000, 1000)),
    ("丁_与甲重叠", rect(500, 0, 1500, 1000)),
    ("戊_多部件", "MULTIPOLYGON(%s,%s)" % (rect_ring(6000, 0, 6500, 500), rect_ring(8000, 0, 8500, 500))),
    ("己_未知代码", rect(10000, 0, 11000, 1000)),
    ("庚_无效图斑", rect(12000, 0, 13000, 1000)),
    ("辛_无效园区", bowtie(14000, 0, 15000, 1000)),
]
LANDUSE = [
    # 甲: 60 ha 工业 + 10 ha 仓储 + 15 ha 住宅 + 15 ha 耕地
    (rect(0, 0, 600, 1000), "0601"),
    (rect(600, 0, 700, 1000), "0508"),
    (rect(700, 0, 1000, 500), "0701"),
    (rect(700, 500, 1000, 1000), "0101"),
    # 乙: a 100 ha industrial polygon half outside (50 ha inside) + 50 ha 农村宅基地
    (rect(1500, 0, 2500, 1000), "0601"),
    (rect(2500, 0, 3000, 1000), "0702"),
    # 丙: farmland only
    (rect(4000, 0, 5000, 1000), "0101"),
    # 戊: 20 ha "601" in part 1, 20 ha 住宅 in part 2, one strip crossing both parts
    # (5 ha inside each), and industrial land between the parts (inside the bbox, outside the zone)
    (rect(6000, 0, 6500, 400), "601"),
    (rect(8000, 0, 8500, 400), "0701"),
    (rect(6000, 400, 8500, 500), "0809"),
    (rect(7000, 0, 7500, 400), "0601"),
    # 己: 80 ha industrial + 20 ha of an unknown code
    (rect(10000, 0, 10800, 1000), "0601"),
    (rect(10800, 0, 11000, 1000), "9999"),
    # 庚: a self-intersecting industrial polygon (two 25 ha triangles)
    (bowtie(12000, 0, 13000, 1000), "0601"),
    # 辛: 100 ha industrial under a bow-tie zone (repaired zone = two 25 ha triangles)
    (rect(14000, 0, 15000, 1000), "0601"),
]


def _zones_gpkg(path, zones=ZONES, epsg=4547):
    return write_gpkg(path, "zones", epsg, ZONE_FIELDS, [(g, {"园区名称": n}) for n, g in zones],
                      geom_type=ogr.wkbMultiPolygon)


def _landuse_gpkg(path, rows=LANDUSE, epsg=4547, ftype=ogr.OFTString, field="DLBM"):
    return write_gpkg(path, "landuse", epsg, [(field, ftype)], [(g, {field: c}) for g, c in rows])


def _run(tmp_path, zones=None, landuse=None, **params):
    zones = zones or _zones_gpkg(str(tmp_path / "z.gpkg"))
    landuse = landuse or _landuse_gpkg(str(tmp_path / "lu.gpkg"))
    p = {"ZONES": zones, "LANDUSE": landuse, "OUTPUT": str(tmp_path / "out.gpkg")}
    p.update(params)
    res, fb = run_alg(ALG, p)
    _, rows = read_layer(res["OUTPUT"])
    return {r["zone_name"]: r for r in rows}, fb


@pytest.fixture(scope="module")
def base_run(qgis_app, tmp_path_factory):
    return _run(tmp_path_factory.mktemp("zis"))


def test_contract_names(qgis_app):
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg is not None
    names = {p.name() for p in alg.parameterDefinitions()}
    for needed in ("ZONES", "ZONE_NAME_FIELD", "LANDUSE", "LANDUSE_FIELD", "THRESHOLD", "CLASSIFICATION",
                   "NUMERATOR", "CUSTOM_CODES", "SCORED", "IDLE", "UNSUPPLIED", "OUTPUT"):
        assert needed in names
    assert alg.parameterDefinition("THRESHOLD").defaultValue() == 60
    cls = alg.parameterDefinition("CLASSIFICATION")
    assert cls.defaultValue() == 0 and "(sandiao_2017)" in cls.options()[0]
    assert any("(guotu_2023)" in o for o in cls.options()) and any("(gb50137_2011)" in o for o in cls.options())
    assert alg.parameterDefinition("LANDUSE_FIELD").defaultValue() == "DLBM"
    assert alg.parameterDefinition("ZONE_NAME_FIELD").defaultValue() == "园区名称"


def test_output_fields_ascii_short_with_aliases(base_run):
    by, _ = base_run
    row = next(iter(by.values()))
    from qgis.core import QgsVectorLayer  # noqa: F401
    for name in row:
        if name.startswith("_") or name == "园区名称" or name == "fid":
            continue
        assert name.isascii() and len(name) <= 10, name
    for name in ("zone_ha", "ind_ha", "base_ha", "gy_ha", "ck_ha", "cc_ha", "ind_share", "share_ok",
                 "deficit_ha", "def_new_ha", "verdict", "unk_ha", "lowe_ha", "idle_pct", "unsup_pct", "tax_mu"):
        assert name in row


def test_pass_zone(base_run):
    by, fb = base_run
    assert fb.progress_values and fb.progress_values[-1] == 100
    a = by["甲_达标"]
    assert a["zone_ha"] == pytest.approx(100, rel=REL)
    assert a["ind_ha"] == pytest.approx(70, rel=REL)
    assert a["base_ha"] == pytest.approx(85, rel=REL)
    assert a["gy_ha"] == pytest.approx(60, rel=REL)
    assert a["cc_ha"] == pytest.approx(10, rel=REL)
    assert a["ck_ha"] == pytest.approx(0, abs=1e-9)
    assert a["ind_share"] == pytest.approx(70 / 85 * 100, rel=1e-6)
    assert a["share_ok"] == 1
    assert a["deficit_ha"] == 0 and a["def_new_ha"] == 0
    assert a["verdict"].startswith("达标") and "82.35%" in a["verdict"]
    assert a["unk_ha"] == 0 and a["thresh"] == 60
    # scorecard columns are empty when no scorecard input was given
    assert a["lowe_ha"] is None and a["idle_ha"] is None and a["unsup_pct"] is None
    # the zone's own fields and geometry are kept
    assert a["园区名称"] == "甲_达标" and not a["_geom"].isEmpty()


def test_fail_zone_boundary_clipping_and_deficit(base_run):
    by, _ = base_run
    b = by["乙_不达标"]
    assert b["ind_ha"] == pytest.approx(50, rel=REL)       # half of the 100 ha polygon
    assert b["base_ha"] == pytest.approx(100, rel=REL)
    assert b["ind_share"] == pytest.approx(50, rel=1e-6)
    assert b["share_ok"] == 0
    assert b["deficit_ha"] == pytest.approx(10, rel=REL)   # 0.6 × 100 − 50
    assert b["def_new_ha"] == pytest.approx(25, rel=REL)   # (75) / (125) = 60 %
    assert b["verdict"].startswith("未达标") and "10.00 公顷" in b["verdict"]


def test_zone_without_construction_land(base_run):
    by, _ = base_run
    c = by["丙_无建设用地"]
    assert c["base_ha"] == 0 and c["ind_ha"] == 0
    assert c["ind_share"] is None and c["share_ok"] is None and c["deficit_ha"] is None
    assert "无建设用地" in c["verdict"]


def test_overlapping_zone_evaluated_on_its_own(base_run):
    by, _ = base_run
    d = by["丁_与甲重叠"]
    assert d["ind_ha"] == pytest.approx(20, rel=REL)      # 10 ha 工业 + 10 ha 仓储
    assert d["base_ha"] == pytest.approx(35, rel=REL)
    assert d["share_ok"] == 0
    assert d["deficit_ha"] == pytest.approx(1, rel=1e-2)   # 0.6 × 35 − 20
    assert by["甲_达标"]["ind_ha"] == pytest.approx(70, rel=REL)   # 甲 unaffected


def test_multipart_zone(base_run):
    by, _ = base_run
    e = by["戊_多部件"]
    assert e["zone_ha"] == pytest.approx(50, rel=REL)
    assert e["ind_ha"] == pytest.approx(20, rel=REL)      # the 0601 between the parts is outside
    assert e["base_ha"] == pytest.approx(50, rel=REL)     # strip crossing both parts counted once per part
    assert e["ind_share"] == pytest.approx(40, rel=1e-4)
    assert e["deficit_ha"] == pytest.approx(10, rel=REL)


def test_unknown_codes_reported(base_run):
    by, fb = base_run
    f = by["己_未知代码"]
    assert f["ind_ha"] == pytest.approx(80, rel=REL) and f["base_ha"] == pytest.approx(80, rel=REL)
    assert f["unk_ha"] == pytest.approx(20, rel=REL)
    assert "9999" in f["unk_codes"]
    assert "未识别" in f["verdict"]
    lines = [line for line in fb.log if line.strip().startswith("9999:")]
    assert lines and float(lines[0].split(":")[1].split()[0]) == pytest.approx(20, rel=REL)


def test_invalid_polygons_repaired(base_run):
    by, fb = base_run
    g = by["庚_无效图斑"]
    assert g["ind_ha"] == pytest.approx(50, rel=REL)
    assert g["base_ha"] == pytest.approx(50, rel=REL)
    h = by["辛_无效园区"]
    assert h["zone_ha"] == pytest.approx(50, rel=REL)
    assert h["ind_ha"] == pytest.approx(50, rel=REL)
    log = "\n".join(fb.log)
    assert "1 invalid land-use polygon" in log or "repaired" in log
    assert "辛_无效园区" in log


def test_integer_codes_same_as_text(qgis_app, tmp_path):
    zones = _zones_gpkg(str(tmp_path / "z.gpkg"), ZONES[:2])
    rows_int = [(g, int(c)) for g, c in LANDUSE[:6]]
    lu_int = _landuse_gpkg(str(tmp_path / "lui.gpkg"), rows_int, ftype=ogr.OFTInteger, field="DLBM_INT")
    by_int, _ = _run(tmp_path, zones, lu_int, LANDUSE_FIELD="DLBM_INT")
    by_txt, _ = _run(tmp_path / "..", zones, _landuse_gpkg(str(tmp_path / "lut.gpkg"), LANDUSE[:6]))
    for name in ("甲_达标", "乙_不达标"):
        for key in ("ind_ha", "base_ha", "ind_share", "share_ok", "deficit_ha", "gy_ha", "cc_ha"):
            assert by_int[name][key] == pytest.approx(by_txt[name][key], rel=1e-9), (name, key)
        assert by_int[name]["unk_ha"] == 0


def _to_4490(wkt):
    src = osr.SpatialReference()
    src.ImportFromEPSG(4547)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4490)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    g = ogr.CreateGeometryFromWkt(wkt)
    g.Segmentize(20)  # keep the edges' shape when they become geographic
    g.Transform(osr.CoordinateTransformation(src, dst))
    return g.ExportToWkt()


@pytest.mark.parametrize("layout", ["zones_4490", "both_4490"])
def test_geographic_crs_gives_same_numbers(base_run, qgis_app, tmp_path, layout):
    by_gk, _ = base_run
    zones = write_gpkg(str(tmp_path / "z.gpkg"), "zones", 4490, ZONE_FIELDS,
                       [(_to_4490(g), {"园区名称": n}) for n, g in ZONES[:5]], geom_type=ogr.wkbMultiPolygon)
    if layout == "both_4490":
        lu = write_gpkg(str(tmp_path / "lu.gpkg"), "landuse", 4490, LU_FIELDS,
                        [(_to_4490(g), {"DLBM": c}) for g, c in LANDUSE[:11]])
    else:
        lu = _landuse_gpkg(str(tmp_path / "lu.gpkg"), LANDUSE[:11])
    by, fb = _run(tmp_path, zones, lu)
    for name in ("甲_达标", "乙_不达标", "丁_与甲重叠", "戊_多部件"):
        for key in ("zone_ha", "ind_ha", "base_ha", "ind_share", "deficit_ha"):
            assert by[name][key] == pytest.approx(by_gk[name][key], rel=5e-3, abs=1e-3), (layout, name, key)
        assert by[name]["share_ok"] == by_gk[name]["share_ok"]
    if layout == "zones_4490":
        assert any("reprojected" in line for line in fb.log)


def test_threshold_and_numerator(qgis_app, tmp_path):
    zones = _zones_gpkg(str(tmp_path / "z.gpkg"), ZONES[:1])
    lu = _landuse_gpkg(str(tmp_path / "lu.gpkg"), LANDUSE[:4])
    by, _ = _run(tmp_path, zones, lu, NUMERATOR=1)   # 工业 only: 60 / 85
    a = by["甲_达标"]
    assert a["ind_ha"] == pytest.approx(60, rel=REL)
    assert a["ind_share"] == pytest.approx(60 / 85 * 100, rel=1e-6)
    assert a["cc_ha"] == pytest.approx(10, rel=REL)   # the breakdown still shows 仓储
    assert a["cls"] == "sandiao_2017/industrial_only"
    by, _ = _run(tmp_path, zones, lu, THRESHOLD=90)  # 70 / 85 = 82.4 % < 90 %
    a = by["甲_达标"]
    assert a["share_ok"] == 0 and a["thresh"] == 90
    assert a["deficit_ha"] == pytest.approx(0.9 * 85 - 70, rel=1e-2)


def test_gb50137_and_custom_file(qgis_app, tmp_path):
    zones = _zones_gpkg(str(tmp_path / "z.gpkg"), ZONES[:1])
    rows = [(rect(0, 0, 600, 1000), "M1"), (rect(600, 0, 700, 1000), "w1"), (rect(700, 0, 1000, 1000), "R2")]
    lu = _landuse_gpkg(str(tmp_path / "lu.gpkg"), rows)
    by, _ = _run(tmp_path, zones, lu, CLASSIFICATION=2)
    assert by["甲_达标"]["ind_share"] == pytest.approx(70, rel=1e-6)
    custom = tmp_path / "mine.json"
    custom.write_text(json.dumps({"format": "landplan-landuse/1", "id": "mine", "name": "测试口径",
                                  "classes": {"industrial": {"工业": ["M1"]}, "construction": ["M*", "R*"]}},
                                 ensure_ascii=False), encoding="utf-8")
    by, _ = _run(tmp_path, zones, lu, CLASSIFICATION=3, CUSTOM_CODES=str(custom))
    a = by["甲_达标"]
    assert a["ind_ha"] == pytest.approx(60, rel=REL) and a["base_ha"] == pytest.approx(90, rel=REL)
    assert a["cls"].startswith("mine/")
    with pytest.raises(QgsProcessingException):
        _run(tmp_path, zones, lu, CLASSIFICATION=3)   # custom without a file


def test_scorecard(qgis_app, tmp_path):
    zones = _zones_gpkg(str(tmp_path / "z.gpkg"), ZONES[:2])
    lu = _landuse_gpkg(str(tmp_path / "lu.gpkg"), LANDUSE[:6])
    scored = write_gpkg(str(tmp_path / "s.gpkg"), "scored", 4547,
                        [("ie_flag", ogr.OFTInteger), ("ie_areamu", ogr.OFTReal), ("ie_tax", ogr.OFTReal)], [
                            (rect(0, 0, 100, 100), {"ie_flag": 1, "ie_areamu": 15.0, "ie_tax": 1.0}),
                            (rect(200, 0, 300, 100), {"ie_flag": 0, "ie_areamu": 30.0, "ie_tax": 4.0}),
                            (rect(400, 0, 500, 100), {"ie_flag": None, "ie_areamu": 15.0, "ie_tax": None}),
                            (rect(2100, 0, 2200, 100), {"ie_flag": 1, "ie_areamu": 15.0, "ie_tax": 2.0}),
                        ])
    idle = write_gpkg(str(tmp_path / "i.gpkg"), "idle", 4547, [("idle_flag", ogr.OFTInteger)], [
        (rect(0, 0, 200, 500), {"idle_flag": 1}),
        (rect(200, 0, 400, 500), {"idle_flag": 0}),
        (rect(1900, 0, 2100, 500), {"idle_flag": 1}),    # half in 乙
    ])
    unsup = write_gpkg(str(tmp_path / "u.gpkg"), "unsup", 4547,
                       [("unsup_flag", ogr.OFTInteger), ("appr_mu", ogr.OFTReal)], [
        (rect(0, 500, 400, 1000), {"unsup_flag": 1}),
        (rect(400, 500, 600, 1000), {"unsup_flag": 0}),
        # spatial mode: the geometry is the 1 ha unsupplied remainder of a 45 mu (3 ha) approval
        (rect(600, 500, 700, 600), {"unsup_flag": 1, "appr_mu": 45.0}),
        (None, {"unsup_flag": 0, "appr_mu": 15.0}),    # fully supplied, no geometry: cannot be placed
    ])
    by, fb = _run(tmp_path, zones, lu, SCORED=scored, IDLE=idle, UNSUPPLIED=unsup)
    a, b = by["甲_达标"], by["乙_不达标"]
    assert a["scored_ha"] == pytest.approx(4.0) and a["lowe_ha"] == pytest.approx(1.0)
    assert a["lowe_pct"] == pytest.approx(25.0) and a["ie_undet"] == 1
    assert a["tax_mu"] == pytest.approx((1.0 * 15 + 4.0 * 30) / 45)
    assert b["lowe_ha"] == pytest.approx(1.0) and b["lowe_pct"] == pytest.approx(100.0) and b["tax_mu"] == 2.0
    assert a["supp_ha"] == pytest.approx(20, rel=REL) and a["idle_ha"] == pytest.approx(10, rel=REL)
    assert a["idle_pct"] == pytest.approx(50, rel=1e-6)
    assert b["supp_ha"] == pytest.approx(5, rel=REL) and b["idle_pct"] == pytest.approx(100, rel=1e-6)
    assert a["appr_ha"] == pytest.approx(33, rel=REL) and a["unsup_ha"] == pytest.approx(21, rel=REL)
    assert a["unsup_pct"] == pytest.approx(21 / 33 * 100, rel=1e-3)
    assert any("no geometry" in line and "UNSUPPLIED" in line for line in fb.log)
    assert b["appr_ha"] == 0 and b["unsup_pct"] is None
    # the share itself is unchanged by the scorecard
    assert a["ind_share"] == pytest.approx(70 / 85 * 100, rel=1e-6)


def test_scorecard_missing_fields_degrade(qgis_app, tmp_path):
    zones = _zones_gpkg(str(tmp_path / "z.gpkg"), ZONES[:1])
    lu = _landuse_gpkg(str(tmp_path / "lu.gpkg"), LANDUSE[:4])
    other = write_gpkg(str(tmp_path / "o.gpkg"), "other", 4547, [("note", ogr.OFTString)],
                       [(rect(0, 0, 200, 500), {"note": "x"})])
    by, fb = _run(tmp_path, zones, lu, SCORED=other, IDLE=other)
    a = by["甲_达标"]
    assert a["supp_ha"] == pytest.approx(10, rel=REL) and a["idle_ha"] is None and a["idle_pct"] is None
    assert a["scored_ha"] == pytest.approx(10, rel=REL)   # measured from the geometry
    assert a["lowe_ha"] is None and a["tax_mu"] is None
    log = "\n".join(fb.log)
    assert "idle_flag" in log and "ie_flag" in log


def test_demo_data(qgis_app, demo_gpkg, tmp_path):
    z, lu = demo_gpkg + "|layername=zones", demo_gpkg + "|layername=landuse"
    by, fb = _run(tmp_path, z, lu)
    assert len(by) >= 3
    oks = {r["share_ok"] for r in by.values()}
    assert 1 in oks and 0 in oks
    for r in by.values():
        assert 0 <= r["ind_share"] <= 100
        assert r["ind_ha"] <= r["base_ha"] <= r["zone_ha"] * 1.0001
    by_int, _ = _run(tmp_path / "..", z, lu, LANDUSE_FIELD="DLBM_INT")
    # DLBM_INT is NULL for codes with letters (05H1 …): reported as unknown, never dropped silently
    for name, r in by_int.items():
        assert r["ind_ha"] == pytest.approx(by[name]["ind_ha"], rel=1e-9)


def test_scorecard_unsupplied_rate_uses_approval_layer_in_spatial_mode(qgis_app, demo_gpkg, tmp_path):
    lyr = lambda n: "%s|layername=%s" % (demo_gpkg, n)  # noqa: E731
    unsup = str(tmp_path / "u.gpkg")
    run_alg("landplan:flagunsupplied", {"INPUT": lyr("approvals"), "SUPPLIED": lyr("supplies"),
                                        "AS_OF": "2025-12-31", "OUTPUT": unsup})
    base = {"ZONES": lyr("zones"), "LANDUSE": lyr("landuse"), "UNSUPPLIED": unsup}
    a, _ = run_alg("landplan:zoneindustrialshare", dict(base, OUTPUT=str(tmp_path / "a.gpkg")))
    b, _ = run_alg("landplan:zoneindustrialshare", dict(base, APPROVALS=lyr("approvals"),
                                                        OUTPUT=str(tmp_path / "b.gpkg")))
    _, without = read_layer(a["OUTPUT"])
    _, with_appr = read_layer(b["OUTPUT"])
    # the approval layer puts fully supplied approvals into the denominator too
    assert sum(r["appr_ha"] for r in with_appr) > sum(r["appr_ha"] for r in without)
    for r in with_appr:
        assert 0.0 <= r["unsup_pct"] <= 100.0
        assert r["unsup_ha"] <= r["appr_ha"] + 1e-6
    assert [r["unsup_ha"] for r in with_appr] == pytest.approx([r["unsup_ha"] for r in without])


# ---- 三调 conventions: TBDLMJ, LANDUSE_AREA_FIELD, FileGDB (issue 14; §10) ----------------
SANDIAO_FIELDS = [("DLBM", ogr.OFTString), ("DLMC", ogr.OFTString), ("TBMJ", ogr.OFTReal), ("KCMJ", ogr.OFTReal),
                  ("TBDLMJ", ogr.OFTReal), ("ZLDWDM", ogr.OFTString), ("CZCSXM", ogr.OFTString)]
# zone 甲 = rect(0, 0, 1000, 1000). Official areas differ from the geometry on purpose:
SANDIAO_ROWS = [
    # 100 ha of 工业 geometry, half inside the zone, TBDLMJ 80 ha → 40 ha inside
    (rect(500, 0, 1500, 1000), {"DLBM": "0601", "DLMC": "工业用地", "TBMJ": 820000.0, "KCMJ": 20000.0,
                                "TBDLMJ": 800000.0, "ZLDWDM": "410901001001", "CZCSXM": "203"}),
    # 25 ha of 住宅 geometry inside, TBDLMJ 22.5 ha
    (rect(0, 0, 500, 500), {"DLBM": "0701", "DLMC": "城镇住宅用地", "TBMJ": 230000.0, "KCMJ": 5000.0,
                            "TBDLMJ": 225000.0, "ZLDWDM": "410901001001", "CZCSXM": "201"}),
    # 25 ha of 住宅 inside with an unreadable official area: the geometry counts, the log says so
    (rect(0, 500, 500, 1000), {"DLBM": "0702", "DLMC": "农村宅基地", "TBMJ": None, "KCMJ": None,
                               "TBDLMJ": None, "ZLDWDM": "410901001002", "CZCSXM": "203"}),
]


def _write_dltb(path, driver="GPKG", text_area=None):
    from osgeo import gdal
    gdal.UseExceptions()
    drv = ogr.GetDriverByName(driver)
    ds = drv.CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4547)
    lyr = ds.CreateLayer("DLTB", srs, ogr.wkbMultiPolygon)
    for name, ftype in SANDIAO_FIELDS:
        lyr.CreateField(ogr.FieldDefn(name, ftype))
    for wkt, values in SANDIAO_ROWS:
        feat = ogr.Feature(lyr.GetLayerDefn())
        for i, (name, _t) in enumerate(SANDIAO_FIELDS):
            if values[name] is not None:
                feat.SetField(i, values[name])
        feat.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(wkt)))
        lyr.CreateFeature(feat)
    ds = None
    return "%s|layername=DLTB" % path


def _check_official(a):
    assert a["ind_ha"] == pytest.approx(40.0, rel=1e-6)            # TBDLMJ 80 ha × (50 ÷ 100)
    assert a["base_ha"] == pytest.approx(40.0 + 22.5 + 25.0, rel=1e-6)
    assert a["ind_share"] == pytest.approx(40.0 / 87.5 * 100, rel=1e-6)


def _check_geometry(a):
    assert a["ind_ha"] == pytest.approx(50.0, rel=1e-6)
    assert a["base_ha"] == pytest.approx(100.0, rel=1e-6)


@pytest.mark.parametrize("driver, name", [("GPKG", "dltb.gpkg"), ("OpenFileGDB", "sandiao.gdb")])
def test_tbdlmj_by_default_and_geometry_when_empty(qgis_app, tmp_path, driver, name):
    zones = _zones_gpkg(str(tmp_path / "z.gpkg"), ZONES[:1])
    lu = _write_dltb(str(tmp_path / name), driver)
    by, fb = _run(tmp_path, zones, lu)                      # LANDUSE_FIELD and LANDUSE_AREA_FIELD not given
    _check_official(by["甲_达标"])
    log = "\n".join(fb.log)
    assert 'field "TBDLMJ"' in log and "DLBM" in log
    assert "TBDLMJ" in log and "1 value(s)" not in log      # a NULL official area is not a problem …
    by, fb = _run(tmp_path, zones, lu, LANDUSE_AREA_FIELD="")
    _check_geometry(by["甲_达标"])
    assert any("measured from the geometry" in line for line in fb.log)
    by, _ = _run(tmp_path, zones, lu, LANDUSE_AREA_FIELD="TBMJ")   # … and any official field can be named
    assert by["甲_达标"]["ind_ha"] == pytest.approx(41.0, rel=1e-6)


def test_unreadable_official_area_falls_back_to_geometry_and_is_logged(qgis_app, tmp_path):
    zones = _zones_gpkg(str(tmp_path / "z.gpkg"), ZONES[:1])
    rows = [(rect(0, 0, 500, 1000), {"DLBM": "0601", "TBDLMJ": "N/A"}),
            (rect(500, 0, 1000, 1000), {"DLBM": "0701", "TBDLMJ": "450000"})]
    lu = write_gpkg(str(tmp_path / "lu.gpkg"), "landuse", 4547, [("DLBM", ogr.OFTString), ("TBDLMJ", ogr.OFTString)],
                    rows)
    by, fb = _run(tmp_path, zones, lu)
    a = by["甲_达标"]
    assert a["ind_ha"] == pytest.approx(50.0, rel=1e-6) and a["base_ha"] == pytest.approx(95.0, rel=1e-6)
    assert any('field "TBDLMJ"' in line and "not a number" in line and "geometry" in line for line in fb.log)


def test_sandiao_field_names_detected(qgis_app):
    from landplan_plugin.core.fields import CANDIDATES
    assert "DLBM" in CANDIDATES[ALG.split(":")[1]]["LANDUSE_FIELD"]
    assert "TBDLMJ" in CANDIDATES[ALG.split(":")[1]]["LANDUSE_AREA_FIELD"]
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert alg.parameterDefinition("LANDUSE_AREA_FIELD").defaultValue() == "TBDLMJ"


def test_qgis_process_filegdb_and_empty_area_field(qgis_app, tmp_path):
    """qgis_process with the plugin enabled: a .gdb input, TBDLMJ by default, LANDUSE_AREA_FIELD= the geometry."""
    import os
    import shutil
    import subprocess
    from conftest import REPO
    root = tmp_path / "qgis-config"
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    shutil.copytree(os.path.join(REPO, "landplan_plugin"), str(plugins / "landplan_plugin"))
    os.symlink(os.path.join(REPO, "resources"), str(plugins / "landplan_plugin" / "resources"))
    for name in ("metadata.txt", "LICENSE"):
        shutil.copy(os.path.join(REPO, name), str(plugins / "landplan_plugin" / name))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(root))
    env.pop("PYTHONPATH", None)
    subprocess.run(["/usr/bin/qgis_process.bin", "plugins", "enable", "landplan_plugin"], env=env, check=True,
                   capture_output=True)
    zones = _zones_gpkg(str(tmp_path / "z.gpkg"), ZONES[:1])
    lu = _write_dltb(str(tmp_path / "sandiao.gdb"), "OpenFileGDB")
    results = {}
    for label, extra in (("default", []), ("geometry", ["LANDUSE_AREA_FIELD="])):
        out = str(tmp_path / ("%s.gpkg" % label))
        proc = subprocess.run(["/usr/bin/qgis_process.bin", "run", ALG, "--", "ZONES=" + zones, "LANDUSE=" + lu,
                               "OUTPUT=" + out] + extra, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        _, rows = read_layer(out)
        results[label] = rows[0]
        assert ("TBDLMJ" in proc.stdout) == (label == "default"), proc.stdout
    _check_official(results["default"])
    _check_geometry(results["geometry"])


def test_a_scorecard_line_added_in_the_core_is_an_input_and_three_columns(qgis_app, tmp_path, monkeypatch):
    """core.zone.CLIPPED_LINES is data: a new clipped line (here 疑似违法占地) needs nothing else."""
    from landplan_plugin.core import zone as rules
    line = rules.ClippedLine("ua", "UNAUTHORIZED", "ua_flag", ("ua_all_ha", "ua_ha", "ua_pct"),
                             label="疑似违法占地图斑（ua_flag）",
                             aliases=("核查图斑面积(公顷)", "疑似违法占地(公顷)", "占比(%)"))
    monkeypatch.setattr(rules, "CLIPPED_LINES", rules.CLIPPED_LINES + (line,))
    zones = _zones_gpkg(str(tmp_path / "z.gpkg"), ZONES[:1])
    lu = _landuse_gpkg(str(tmp_path / "lu.gpkg"), LANDUSE[:4])
    ua = write_gpkg(str(tmp_path / "ua.gpkg"), "ua", 4547, [("ua_flag", ogr.OFTInteger)],
                    [(rect(0, 0, 100, 1000), {"ua_flag": 1}), (rect(900, 0, 1100, 1000), {"ua_flag": 0})])
    by, _ = _run(tmp_path, zones, lu, UNAUTHORIZED=ua)
    a = by["甲_达标"]
    assert a["ua_all_ha"] == pytest.approx(20, rel=REL) and a["ua_ha"] == pytest.approx(10, rel=REL)
    assert a["ua_pct"] == pytest.approx(50, rel=1e-6)
    assert a["ind_share"] == pytest.approx(70 / 85 * 100, rel=1e-6)


def test_messy_official_areas_named_and_input_unchanged(qgis_app, tmp_path):
    """TBDLMJ as text, as typed: each value read by the core (1,234.5 / full-width / blank / N/A / -5);
    unusable ones are counted by kind in the log and measured instead; the input file is not touched."""
    import hashlib
    from landplan_plugin.core import zone as rules
    values = ["200,000", "２０００００", "", "N/A", "-5", "1e5", None]
    rows = [(rect(i * 100, 0, i * 100 + 100, 1000), {"DLBM": "0601", "TBDLMJ": v}) for i, v in enumerate(values)]
    lu = write_gpkg(str(tmp_path / "lu.gpkg"), "landuse", 4547, [("DLBM", ogr.OFTString), ("TBDLMJ", ogr.OFTString)],
                    rows)
    zones = _zones_gpkg(str(tmp_path / "z.gpkg"), ZONES[:1])
    digest = hashlib.sha256((tmp_path / "lu.gpkg").read_bytes()).hexdigest()
    by, fb = _run(tmp_path, zones, lu)
    official, _problems = rules.official_area_columns(values, "TBDLMJ")
    expected = float(rules.proportional_area_columns([100 * 1000.0] * len(values), [100 * 1000.0] * len(values),
                                                     official).sum())
    assert by["甲_达标"]["ind_ha"] == pytest.approx(expected / 1e4, rel=1e-9)
    assert by["甲_达标"]["ind_ha"] == pytest.approx((200000 + 200000 + 1e5 + 1e5 + 1e5 + 1e5 + 1e5) / 1e4, rel=1e-9)
    log = "\n".join(fb.log)
    assert '1 official area value(s) in field "TBDLMJ": text that is not a number' in log
    assert '1 official area value(s) in field "TBDLMJ": zero or negative area' in log
    assert hashlib.sha256((tmp_path / "lu.gpkg").read_bytes()).hexdigest() == digest


def test_help_in_both_languages_names_the_same_fields():
    import os
    import re
    from conftest import REPO
    for name in ("zoneindustrialshare", "exportflagged", "zonereport"):
        texts = [open(os.path.join(REPO, "resources", "help", name + ext), encoding="utf-8").read()
                 for ext in (".html", ".zh_Hans.html")]
        fields = [sorted(set(re.findall(r"\b[a-z]+_[a-z]+\b", t))) for t in texts]
        assert fields[0] and fields[0] == fields[1], name
        assert re.search(r"[\u4e00-\u9fff]{8}", texts[1])

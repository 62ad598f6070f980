"""Styled outputs (GeoPackage default style, .qml beside shapefiles) and landplan:exportflagged."""
import csv
import os

import pytest
from conftest import run_alg
from helpers import square, write_gpkg
from osgeo import ogr

from landplan_plugin.algorithms.export_flagged import LEDGER_HEADERS, short_field_names, truncate_bytes

T = {"亩均税收": 1.5, "投资强度": 120.0, "容积率": 0.6, "建筑系数": 40.0}
LONG_REASON_FIELD = "企业联系人及联系电话"  # 10 chars: 20 bytes in GBK, 30 in UTF-8


def _parcels(tmp_path):
    fields = [("宗地编号", ogr.OFTString), ("所在园区", ogr.OFTString), ("责任单位", ogr.OFTString),
              ("亩均税收", ogr.OFTReal), ("投资强度", ogr.OFTReal), ("容积率", ogr.OFTReal), ("建筑系数", ogr.OFTReal),
              ("供地日期", ogr.OFTDate), (LONG_REASON_FIELD, ogr.OFTString), ("very_long_field_name", ogr.OFTString)]
    rows = []
    for i, (tax, far) in enumerate([(1.0, 0.3), (2.0, 0.8), (1.0, 0.8), (None, 0.8), (0.5, 0.2)]):
        vals = dict(T)
        vals.update({"宗地编号": "PY%04d" % (i + 1), "所在园区": "濮阳经济技术产业集聚区", "责任单位": "濮阳县自然资源局",
                     "亩均税收": tax, "容积率": far, "供地日期": "2019/05/0%d" % (i + 1),
                     LONG_REASON_FIELD: "张三 13800000000", "very_long_field_name": "x"})
        rows.append((square(590000 + i * 150, 3960000, 100), vals))
    return write_gpkg(str(tmp_path / "parcels.gpkg"), "parcels", 4547, fields, rows)


@pytest.fixture
def scored(qgis_app, tmp_path):
    out = str(tmp_path / "scored.gpkg")
    results, _ = run_alg("landplan:scoreinefficiency", {"INPUT": _parcels(tmp_path), "STANDARD": 1, "OUTPUT": out})
    if not _has_styles(out):
        # scoreinefficiency not hooked to styling.finish_output yet: do what the hook does
        from qgis.core import QgsProcessingContext
        from landplan_plugin import styling
        assert styling.finish_output(None, QgsProcessingContext(), results["OUTPUT"], "scoring")
    return results["OUTPUT"]


def _has_styles(gpkg):
    con = ogr.Open(gpkg)
    found = con.GetLayerByName("layer_styles") is not None
    con = None
    return found


def test_scoring_algorithm_styles_its_gpkg(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer
    out = str(tmp_path / "hooked.gpkg")
    run_alg("landplan:scoreinefficiency", {"INPUT": _parcels(tmp_path), "STANDARD": 1, "OUTPUT": out})
    assert _has_styles(out)
    layer = QgsVectorLayer(out, "fresh", "ogr")  # opened later, as a user would
    assert layer.renderer().type() == "categorizedSymbol"
    assert layer.attributeAlias(layer.fields().indexOf("ie_reason"))


def test_style_files_exist_and_load(qgis_app):
    from qgis.core import QgsVectorLayer
    from landplan_plugin import styling
    for kind in styling.STYLE_FILES:
        path = styling.style_for(kind)
        assert os.path.exists(path), path
        lyr = QgsVectorLayer("Polygon?crs=EPSG:4547&field=ie_flag:integer&field=ie_type:string", "m", "memory")
        assert styling.apply_style(lyr, kind), kind
        assert lyr.renderer().type() != "singleSymbol", kind
        if kind == "scoring":
            labels = {c.label() for c in lyr.renderer().categories()}
            assert {"待核实（数据缺失）", "非低效"} <= labels
            assert lyr.fields().field("ie_flag").alias().startswith("低效标记")
    assert styling.style_for("landplan:flagidleland").endswith("landplan_idle.qml")


def test_gpkg_output_opens_styled(scored):
    """Written by processing.run to a GeoPackage, opened fresh: categorised, with Chinese aliases."""
    from qgis.core import QgsVectorLayer
    path = scored.split("|")[0]
    con = ogr.Open(path)
    styles = con.GetLayerByName("layer_styles")
    assert styles is not None and styles.GetFeatureCount() >= 1
    con = None
    lyr = QgsVectorLayer(scored, "fresh", "ogr")
    assert lyr.isValid()
    assert lyr.renderer().type() == "categorizedSymbol"
    assert lyr.fields().field("ie_score").alias() == "综合得分"
    del lyr


def test_finish_output_shapefile_qml(qgis_app, tmp_path):
    from qgis.core import QgsProcessingContext, QgsVectorLayer
    from landplan_plugin import styling
    results, _ = run_alg("landplan:scoreinefficiency",
                         {"INPUT": _parcels(tmp_path), "STANDARD": 1, "OUTPUT": str(tmp_path / "scored.shp")})
    assert styling.finish_output(None, QgsProcessingContext(), results["OUTPUT"], "scoring")
    assert os.path.exists(str(tmp_path / "scored.qml"))
    lyr = QgsVectorLayer(results["OUTPUT"], "shp", "ogr")  # QGIS loads the .qml beside as default style
    assert lyr.renderer().type() == "categorizedSymbol"
    del lyr


def test_postprocessor_styles_loaded_layer(qgis_app, tmp_path):
    from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer
    from landplan_plugin import styling
    project = QgsProject()
    ctx = QgsProcessingContext()
    ctx.setProject(project)
    ctx.addLayerToLoadOnCompletion("x", QgsProcessingContext.LayerDetails("x", project, "OUTPUT"))
    proc = styling.attach_postprocessor(ctx, "x", "zones")
    assert proc is not None and proc in styling._POSTPROCESSORS
    lyr = QgsVectorLayer("Polygon?crs=EPSG:4547&field=share_ok:integer&field=ind_share:double", "z", "memory")
    ctx.layerToLoadOnCompletionDetails("x").postProcessor().postProcessLayer(lyr, ctx, None)
    assert lyr.renderer().type() == "categorizedSymbol"
    assert lyr.labelsEnabled()
    assert proc not in styling._POSTPROCESSORS


def test_short_names():
    names = ["宗地编号", "约定动工日期", "约定动工日期2", "abcdefghijklm", "abcdefghij", "ie_flag"]
    gbk = short_field_names(names, "gbk")
    assert gbk[0] == "宗地编号" and gbk[4] == "abcdefghij" and gbk[5] == "ie_flag"
    assert all(len(n.encode("gbk")) <= 10 for n in gbk)
    assert len({n.lower() for n in gbk}) == len(gbk)
    assert gbk == short_field_names(names, "gbk")  # stable
    utf = short_field_names(names, "utf-8")
    assert all(len(n.encode("utf-8")) <= 10 for n in utf)
    assert truncate_bytes("约定动工日期", "utf-8", 10) == "约定动"


@pytest.mark.parametrize("enc_index,codec,cpg", [(0, "gbk", "GBK"), (1, "utf-8", "UTF-8")])
def test_export_flagged(scored, tmp_path, enc_index, codec, cpg):
    from qgis.core import QgsApplication
    alg = QgsApplication.processingRegistry().algorithmById("landplan:exportflagged")
    labels = alg.parameterDefinition("ENCODING").options()
    assert "(GBK)" in labels[0] and "(UTF-8)" in labels[1]
    assert alg.parameterDefinition("ENCODING").defaultValue() == 0
    shp = str(tmp_path / ("flagged_%s.shp" % cpg))
    xlsx = str(tmp_path / ("ledger_%s.xlsx" % cpg))
    results, fb = run_alg("landplan:exportflagged", {"INPUT": scored, "ENCODING": enc_index, "OUTPUT": shp,
                                                     "LEDGER": xlsx})
    base = shp[:-4]
    for ext in (".shp", ".dbf", ".shx", ".prj", ".cpg", ".qml"):
        assert os.path.exists(base + ext), ext
    with open(base + ".cpg") as fh:
        assert fh.read().strip() == cpg

    # name map for long names (UTF-8 takes 3 bytes per Chinese character: 宗地编号 is renamed there)
    with open(results["NAME_MAP"], encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    mapping = {r[1]: r[0] for r in rows[1:]}
    assert mapping["very_long_field_name"] == "very_long_"
    assert (mapping["宗地编号"] == "宗地编号") == (codec == "gbk")
    short = mapping[LONG_REASON_FIELD]
    assert short != LONG_REASON_FIELD and len(short.encode(codec)) <= 10

    # only the flagged parcels, read back with fiona and an explicit encoding
    import fiona
    with fiona.open(shp, encoding=codec) as src:
        props = [dict(f["properties"]) for f in src]
        schema = src.schema["properties"]
    assert all(len(n.encode(codec)) <= 10 for n in schema)
    assert set(mapping.values()) == set(schema)
    ids = sorted(p[mapping["宗地编号"]] for p in props)
    assert ids == ["PY0001", "PY0003", "PY0005"]
    assert results["COUNT"] == 3
    assert all(p["ie_flag"] == 1 for p in props)
    assert all("亩均税收" in p["ie_reason"] for p in props)
    assert all(p[mapping["所在园区"]] == "濮阳经济技术产业集聚区" for p in props)
    assert all(p["lp_kind"] == "低效工业用地" for p in props)
    assert schema[mapping["供地日期"]].startswith("date")
    assert props[0][short] == "张三 13800000000"

    # ledger
    import openpyxl
    wb = openpyxl.load_workbook(xlsx)
    ws = wb.active
    headers = [c.value for c in ws[1]]
    assert headers == list(LEDGER_HEADERS)
    assert headers == ["地块编号", "所在园区", "面积(亩)", "类型", "形成原因", "处置措施", "完成时限", "责任单位"]
    assert ws.freeze_panes == "A2"
    body = list(ws.iter_rows(min_row=2, values_only=True))
    assert sorted(r[0] for r in body) == ids
    for r in body:
        assert r[2] == pytest.approx(15.0, rel=1e-3)  # 100 m × 100 m = 15 亩
        assert "粗放用地类" in r[3] and "亩均税收" in r[4] and r[5]
        assert r[6] is None and r[7] == "濮阳县自然资源局"
    assert ws.column_dimensions["E"].width >= 30


def test_export_requires_flags(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException
    src = _parcels(tmp_path)
    with pytest.raises(QgsProcessingException):
        run_alg("landplan:exportflagged", {"INPUT": src, "OUTPUT": str(tmp_path / "x.shp")})


@pytest.mark.parametrize("alg_id,params,renderer", [
    ("landplan:flagidleland", {"INPUT": "parcels", "AS_OF": "2025-12-31"}, "categorizedSymbol"),
    ("landplan:flagunsupplied", {"INPUT": "approvals", "SUPPLIED": "supplies", "AS_OF": "2025-12-31"}, None),
    ("landplan:zoneindustrialshare", {"ZONES": "zones", "LANDUSE": "landuse"}, None),
])
def test_every_output_geopackage_opens_styled(qgis_app, demo_gpkg, tmp_path, alg_id, params, renderer):
    from qgis.core import QgsVectorLayer
    params = {k: ("%s|layername=%s" % (demo_gpkg, v) if k in ("INPUT", "SUPPLIED", "ZONES", "LANDUSE") else v)
              for k, v in params.items()}
    out = str(tmp_path / "o.gpkg")
    params["OUTPUT"] = out
    run_alg(alg_id, params)
    layer = QgsVectorLayer(out, "fresh", "ogr")
    assert layer.renderer().type() != "singleSymbol"
    if renderer:
        assert layer.renderer().type() == renderer
    assert any(layer.attributeAlias(i) for i in range(layer.fields().count()))


def test_export_reports_bad_values_and_geometry(qgis_app, tmp_path):
    from osgeo import ogr
    from helpers import write_gpkg
    bow = "POLYGON((590000 3960000,590100 3960100,590100 3960000,590000 3960100,590000 3960000))"
    sq = lambda x: "POLYGON((%d 3960000,%d 3960000,%d 3960100,%d 3960100,%d 3960000))" % (x, x + 100, x + 100, x, x)  # noqa
    src = write_gpkg(str(tmp_path / "in.gpkg"), "scored", 4547,
                     [("宗地编号", ogr.OFTString), ("ie_flag", ogr.OFTString), ("ie_areamu", ogr.OFTString),
                      ("ie_reason", ogr.OFTString)],
                     [(sq(590200), {"宗地编号": "A", "ie_flag": "1", "ie_areamu": "1,234.5", "ie_reason": "原因A"}),
                      (sq(590400), {"宗地编号": "B", "ie_flag": "1", "ie_areamu": "-3", "ie_reason": "原因B"}),
                      (bow, {"宗地编号": "C", "ie_flag": "1", "ie_areamu": "N/A", "ie_reason": "原因C"}),
                      (sq(590600), {"宗地编号": "D", "ie_flag": "N/A", "ie_areamu": "15", "ie_reason": "原因D"})])
    res, fb = run_alg("landplan:exportflagged", {"INPUT": src, "OUTPUT": str(tmp_path / "f.shp"),
                                                 "LEDGER": str(tmp_path / "l.xlsx")})
    import openpyxl
    rows = {r[0]: r for r in openpyxl.load_workbook(str(tmp_path / "l.xlsx")).active.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {"A", "B", "C"}
    assert rows["A"][2] == pytest.approx(1234.5)
    assert rows["B"][2] == pytest.approx(15.0, rel=1e-6)   # -3 rejected: measured from the geometry
    assert rows["C"][2] > 0 and "make-valid" in rows["C"][4]
    log = "\n".join(fb.log)
    assert "neither 1 nor 0" in log and "not positive" in log and "repaired" in log


def test_export_name_map_uses_landplan_aliases_whatever_the_input_carries(qgis_app, tmp_path):
    """QGIS 3.40 reads field aliases stored in a GeoPackage; 3.22 does not. The name map and the
    .qml must not depend on that: LandPlan's own fields get LandPlan's Chinese alias."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer
    layer = QgsVectorLayer("Polygon?crs=EPSG:4547&field=宗地编号:string&field=ie_flag:integer&field=note:string",
                           "in", "memory")
    layer.setFieldAlias(1, "Low-efficiency flag (stored alias)")
    layer.setFieldAlias(2, "备注")
    feat = QgsFeature(layer.fields())
    feat.setAttributes(["A", 1, "x"])
    feat.setGeometry(QgsGeometry.fromWkt(square(590000, 3960000, 100)))
    layer.dataProvider().addFeatures([feat])
    res, _ = run_alg("landplan:exportflagged", {"INPUT": layer, "OUTPUT": str(tmp_path / "a.shp"), "LEDGER": ""})
    with open(res["NAME_MAP"], encoding="utf-8-sig") as fh:
        aliases = {r[1]: r[2] for r in list(csv.reader(fh))[1:]}
    assert aliases["ie_flag"] == "低效标记(1是/0否/空待核实)"
    assert aliases["lp_kind"] == "认定类别" and aliases["note"] == "备注"   # other fields keep theirs

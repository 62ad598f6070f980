"""Styled outputs (GeoPackage default style, .qml beside shapefiles) and landplan:exportflagged."""
import csv
import os

import pytest
from conftest import run_alg
from helpers import square, write_gpkg
from osgeo import ogr

from landplan_plugin.core.ledger import LEDGER_HEADERS
from landplan_plugin.core.shapefile import short_field_names, truncate_bytes

T = {"亩均税收": 1.5, "投资强度": 120.0, "容积率": 0.6, "建筑系数": 40.0}
LONG_REASON_FIELD = "企业联系人及联系电话"  # 10 chars: 20 bytes in GBK, 30 in UTF-8


def _parcels(tmp_path):
    fields = [("宗地编号", ogr.OFTString), ("所在园区", ogr.OFTString), ("责任单位", ogr.OFTString),
              ("亩均税收", ogr.OFTReal), ("投资强度", ogr.OFTReal), ("容积率", ogr.OFTReal), ("建筑系数", ogr.OFTReal),
              ("供地日期", ogr.OFTDate), (LONG_REASON_FIELD, ogr.OFTString), ("very_long_field_name", ogr.OFTString)]
    rows = []
    for i, (tax, far) in enumerate([(1.0, 0.3), (2.0, 0.8), (1.0, 0.8), (None, 0.8), (0.5, 0.2)]):
        vals = dict(T)
        vals.update({"宗地编号": "PY%04d" % (i + 1), "所在园区": "濮阳经济技术产业集聚区",
                     "责任单位": "濮阳县自然资源局",
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
        from landplan_plugin.output import styling
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
    from landplan_plugin.output import styling
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
    from landplan_plugin.output import styling
    results, _ = run_alg("landplan:scoreinefficiency",
                         {"INPUT": _parcels(tmp_path), "STANDARD": 1, "OUTPUT": str(tmp_path / "scored.shp")})
    assert styling.finish_output(None, QgsProcessingContext(), results["OUTPUT"], "scoring")
    assert os.path.exists(str(tmp_path / "scored.qml"))
    lyr = QgsVectorLayer(results["OUTPUT"], "shp", "ogr")  # QGIS loads the .qml beside as default style
    assert lyr.renderer().type() == "categorizedSymbol"
    del lyr


def test_postprocessor_styles_loaded_layer(qgis_app, tmp_path):
    from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer
    from landplan_plugin.output import styling
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
    assert wb.sheetnames == ["汇总", "台账"]
    ws = wb["台账"]
    headers = [c.value for c in ws[3]]
    assert headers == ["序号"] + list(LEDGER_HEADERS)
    assert headers == ["序号", "地块编号", "所在园区", "面积(亩)", "类型", "形成原因", "处置措施", "完成时限",
                       "责任单位"]
    assert ws.freeze_panes == "A4"
    body = [r[1:] for r in ws.iter_rows(min_row=4, values_only=True) if isinstance(r[0], int)]
    assert sorted(r[0] for r in body) == ids
    for r in body:
        assert r[2] == pytest.approx(15.0, rel=1e-3)  # 100 m × 100 m = 15 亩
        assert "粗放用地类" in r[3] and "亩均税收" in r[4] and r[5]
        assert r[6] is not None and r[7] == "濮阳县自然资源局"   # 完成时限 from the default rules
    assert ws.column_dimensions["F"].width >= 30


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
    sheet = openpyxl.load_workbook(str(tmp_path / "l.xlsx"))["台账"]
    rows = {r[1]: r[1:] for r in sheet.iter_rows(min_row=4, values_only=True) if isinstance(r[0], int)}
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


def _ledger_input(tmp_path):
    """Scored + idle parcels in two zones (a GeoPackage, as the checks write it)."""
    fields = [("宗地编号", ogr.OFTString), ("所在园区", ogr.OFTString), ("ie_flag", ogr.OFTInteger),
              ("ie_type", ogr.OFTString), ("ie_reason", ogr.OFTString), ("idle_flag", ogr.OFTInteger),
              ("idle_stage", ogr.OFTString), ("idle_disp", ogr.OFTString), ("idle_rsn", ogr.OFTString),
              ("ie_areamu", ogr.OFTReal)]
    long_reason = "亩均税收 0.80 < 1.5 万元/亩；投资强度 95.0 < 120 万元/亩；容积率 0.42 < 0.6；" * 4
    rows = [
        ("A1", "甲园区", 1, "粗放用地类", long_reason, 0, None, None, None, 12.0),
        ("A2", "甲园区", 1, "停建停产类", "停产两年", 1, "满2年", "依法收回", "未动工满2年", 8.0),
        ("B1", "乙园区", 0, None, None, 1, "满1年", "限期开发", "未动工满1年", 20.0),
        ("B2", "乙园区", 0, None, None, 0, None, None, None, 30.0),
    ]
    feats = [(square(590000 + i * 200, 3960000, 100), dict(zip([f for f, _t in fields], r)))
             for i, r in enumerate(rows)]
    return write_gpkg(str(tmp_path / "checked.gpkg"), "checked", 4547, fields, feats)


def test_ledger_prints_as_it_is(qgis_app, tmp_path):
    """汇总 first; a title line with zones and 基准日期; landscape; one page wide; header
    repeated on every page; long 形成原因 wrapped; 完成时限 from the default deadline rules."""
    import datetime as dt
    import openpyxl
    xlsx = str(tmp_path / "台账.xlsx")
    run_alg("landplan:exportflagged", {"INPUT": _ledger_input(tmp_path), "OUTPUT": str(tmp_path / "f.shp"),
                                       "LEDGER": xlsx, "AS_OF": "2025年12月31日"})
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames[0] == "汇总" and wb.sheetnames[1] == "台账"
    assert wb.active.title == "汇总"
    ws = wb["台账"]
    assert ws["A1"].value == "低效工业用地、闲置土地处置工作台账"
    assert "甲园区、乙园区" in ws["A2"].value and "2025-12-31" in ws["A2"].value
    for sheet in (ws, wb["汇总"]):
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert "&P" in sheet.oddFooter.center.text
    assert ws.print_title_rows.replace("$", "") == "3:3"
    assert wb["汇总"].print_title_rows.replace("$", "") == "3:4"
    body = {r[1].value: r[1:] for r in ws.iter_rows(min_row=4) if isinstance(r[0].value, int)}
    assert set(body) == {"A1", "A2", "B1"}
    cause = body["A1"][4]
    assert cause.alignment.wrap_text and len(cause.value) > 150           # the whole text, wrapped
    assert ws.row_dimensions[cause.row].height > 15                       # the row grows to show it
    due = {k: v[6].value for k, v in body.items()}
    assert due["A1"].date() == dt.date(2028, 12, 31)     # 粗放用地类: 3 years, year end
    assert due["A2"].date() == dt.date(2026, 6, 30)      # 依法收回 (6 months) before 复工复产 (1 year)
    assert due["B1"].date() == dt.date(2026, 12, 31)     # 限期开发: 1 year
    assert body["A1"][6].number_format == "yyyy-mm-dd"
    summary = [[c.value for c in r] for r in wb["汇总"].iter_rows(min_row=3)]
    assert summary[0][:4] == ["园区", "低效工业用地", None, "闲置土地"]
    assert summary[1][1:3] == ["宗数", "面积(亩)"]
    rows = {r[0]: r[1:] for r in summary[2:]}
    assert rows["甲园区"] == [2, 20.0, 1, 8.0, 2, 20.0]
    assert rows["乙园区"] == [0, 0.0, 1, 20.0, 1, 20.0]
    assert rows["合计"] == [2, 20.0, 2, 28.0, 3, 40.0]


def test_ledger_deadline_parameter_field_and_blank(qgis_app, tmp_path):
    import datetime as dt
    import openpyxl
    src = _ledger_input(tmp_path)

    def deadlines(**params):
        xlsx = str(tmp_path / ("l%d.xlsx" % len(os.listdir(tmp_path))))
        run_alg("landplan:exportflagged", dict({"INPUT": src, "OUTPUT": str(tmp_path / "f.shp"), "LEDGER": xlsx,
                                                "AS_OF": "2025-12-31"}, **params))
        return {r[1]: r[7] for r in openpyxl.load_workbook(xlsx)["台账"].iter_rows(min_row=4, values_only=True)
                if isinstance(r[0], int)}

    fixed = deadlines(DEADLINE="2026/6/30")
    assert {v.date() for v in fixed.values()} == {dt.date(2026, 6, 30)}
    assert set(deadlines(DEADLINE="留空").values()) == {None}
    assert deadlines(DEADLINE_FIELD="idle_stage")["A2"] == "满2年"      # the user's field wins where set
    rules = tmp_path / "my_rules.json"
    rules.write_text('{"rules": [{"kind": "ie", "months": 1}]}', encoding="utf-8")
    mine = deadlines(DEADLINE_RULES=str(rules))
    assert mine["A1"].date() == dt.date(2026, 1, 31) and mine["B1"] is None    # no idle rule: blank
    from qgis.core import QgsProcessingException
    rules.write_text('{"rules": [{"kind": "ie"}]}', encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="months"):
        deadlines(DEADLINE_RULES=str(rules))
    with pytest.raises(QgsProcessingException, match="DEADLINE"):
        deadlines(DEADLINE="next year")


def test_ledger_carries_extra_tables(qgis_app, tmp_path):
    """EXTRA_TABLES: each layer becomes a sheet named by the layer, after 汇总 and 台账, printable too."""
    import openpyxl
    from qgis.core import QgsFeature, QgsVectorLayer
    plan = QgsVectorLayer("None?field=category:string&field=plan_ha:double&field=done_pct:double", "供地计划执行",
                          "memory")
    plan.setFieldAlias(0, "用地类别")
    for cat, ha, pct in (("工矿仓储", 120.5, 48.0), ("住宅", 80.0, 61.5)):
        f = QgsFeature(plan.fields())
        f.setAttributes([cat, ha, pct])
        plan.dataProvider().addFeatures([f])
    classes = write_gpkg(str(tmp_path / "classes.gpkg"), "亩均等级", 4547,
                         [("企业名称", ogr.OFTString), ("mj_class", ogr.OFTString)],
                         [(square(590000, 3960000, 100), {"企业名称": "某公司", "mj_class": "D"})])
    xlsx = str(tmp_path / "l.xlsx")
    run_alg("landplan:exportflagged", {"INPUT": _ledger_input(tmp_path), "OUTPUT": str(tmp_path / "f.shp"),
                                       "LEDGER": xlsx, "EXTRA_TABLES": [plan, classes]})
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["汇总", "台账", "供地计划执行", "亩均等级"]
    ws = wb["供地计划执行"]
    assert ws["A1"].value == "供地计划执行"
    assert [c.value for c in ws[2]] == ["用地类别", "plan_ha", "done_pct"]
    assert [c.value for c in ws[3]] == ["工矿仓储", 120.5, 48.0]
    assert ws.print_title_rows.replace("$", "") == "2:2" and ws.page_setup.orientation == "landscape"
    assert [c.value for c in wb["亩均等级"][3]][-2:] == ["某公司", "D"]


def test_ledger_converts_to_pdf_when_libreoffice_is_there(qgis_app, tmp_path):
    import shutil
    import subprocess
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office:
        pytest.skip("libreoffice not installed")
    xlsx = str(tmp_path / "l.xlsx")
    run_alg("landplan:exportflagged", {"INPUT": _ledger_input(tmp_path), "OUTPUT": str(tmp_path / "f.shp"),
                                       "LEDGER": xlsx})
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), xlsx], check=True,
                   capture_output=True, timeout=180)
    assert os.path.getsize(str(tmp_path / "l.pdf")) > 1000


def test_name_map_and_qml_same_with_or_without_stored_aliases(qgis_app, tmp_path):
    """QGIS 3.40 reads the aliases a GeoPackage stores (3.22 does not; a layer opened with its
    default style carries the style's): the same file must give the same _fields.csv and .qml.
    Simulated on 3.22 by opening the GeoPackage through QGIS and setting aliases on its fields."""
    from qgis.core import QgsVectorLayer
    src = _ledger_input(tmp_path)
    plain, _ = run_alg("landplan:exportflagged", {"INPUT": src, "OUTPUT": str(tmp_path / "plain.shp"), "LEDGER": ""})
    layer = QgsVectorLayer(src, "with aliases", "ogr")
    for name, alias in (("ie_flag", "Low-efficiency flag"), ("idle_disp", "处置（库内别名）"), ("宗地编号", "宗地号")):
        layer.setFieldAlias(layer.fields().indexOf(name), alias)
    stored, _ = run_alg("landplan:exportflagged", {"INPUT": layer, "OUTPUT": str(tmp_path / "stored.shp"),
                                                   "LEDGER": ""})
    read = lambda p: open(p, encoding="utf-8-sig").read()  # noqa: E731
    with open(plain["NAME_MAP"], encoding="utf-8-sig") as fh:
        aliases = {r[1]: r[2] for r in list(csv.reader(fh))[1:]}
    assert aliases["ie_flag"] == "低效标记(1是/0否/空待核实)" and aliases["idle_disp"] == "建议处置措施"
    stored_map = {r[1]: r[2] for r in list(csv.reader(open(stored["NAME_MAP"], encoding="utf-8-sig")))[1:]}
    assert stored_map["宗地编号"] == "宗地号"                 # a user's own field keeps the user's alias
    del stored_map["宗地编号"], aliases["宗地编号"]
    assert stored_map == aliases                              # every LandPlan field: LandPlan's alias
    qml_plain, qml_stored = read(str(tmp_path / "plain.qml")), read(str(tmp_path / "stored.qml"))
    import xml.etree.ElementTree as ET
    alias_of = lambda text: {a.get("field"): a.get("name") for a in ET.fromstring(text).iter("alias")}  # noqa: E731
    plain_aliases, stored_aliases = alias_of(qml_plain), alias_of(qml_stored)
    assert stored_aliases["idle_disp"] == "建议处置措施" and stored_aliases["宗地编号"] == "宗地号"
    # the only difference: the user's own field's alias
    assert {k: v for k, v in stored_aliases.items() if k != "宗地编号"} == \
        {k: v for k, v in plain_aliases.items() if k != "宗地编号"}
    import difflib
    import re
    def no_ids(text):
        """QGIS 3.40 writes a uuid per symbol layer and random colours for the elevation-profile
        symbols of every layer it opens: neither is about aliases."""
        text = re.sub(r"<profile(Line|Fill|Marker)Symbol>.*?</profile\1Symbol>", "", text, flags=re.S)
        text = re.sub(r" id=&quot;\{[0-9a-f-]+\}&quot;", "", text)  # inside a label callout's symbol
        return re.sub(r' id="\{[0-9a-f-]+\}"', "", text).splitlines()
    changed = [line for line in difflib.unified_diff(no_ids(qml_plain), no_ids(qml_stored), lineterm="", n=0)
               if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert changed and all("宗地" in line for line in changed), changed
    del layer


def test_ledger_without_openpyxl_has_the_same_sheets(qgis_app, tmp_path):
    """GDAL's XLSX driver writes the same sheets and cells when openpyxl is missing (no print settings)."""
    import datetime as dt
    from landplan_plugin.output import ledger_book
    from landplan_plugin.core import ledger
    rows = [["A1", "甲园区", 12.0, "低效工业用地（粗放用地类）", "原因", "提质增效", dt.date(2026, 12, 31), "某局"]]
    labels = ["低效工业用地"]
    path = str(tmp_path / "gdal.xlsx")
    body = ledger.summary_columns(["甲园区"], ["低效工业用地"], [12.0], labels)
    ledger_book._write_gdal(path, rows, (ledger.summary_header(labels), body),
                            [ledger.ExtraSheet("供地计划执行", ("类别", "计划(公顷)"), (("工矿仓储", 12.5),))])
    import openpyxl
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["汇总", "台账", "供地计划执行"]
    sheet = list(wb["台账"].iter_rows(values_only=True))
    assert list(sheet[0]) == ["序号"] + list(ledger.LEDGER_HEADERS)
    assert sheet[1][1] == "A1" and str(sheet[1][7]).startswith("2026-12-31")
    summary = list(wb["汇总"].iter_rows(values_only=True))
    assert list(summary[0][:3]) == ["园区", "低效工业用地宗数", "低效工业用地面积(亩)"]
    assert summary[-1][0] == "合计"

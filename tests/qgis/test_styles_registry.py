"""Every output kind's style is registered in styling (STYLE_FILES / CATEGORIES / aliases) and
styling.regenerate_qml_files rebuilds all of them with the plugin loaded."""
import os

from qgis.core import QgsVectorLayer

from landplan_plugin.output import styling


def test_every_kind_has_categories_and_a_shipped_file(qgis_app):
    import landplan_plugin.algorithms  # noqa: F401  (every algorithm module imported, as the provider does)
    assert {"commitments", "permu", "task_parcels", "evaluation", "unauthorized"} <= set(styling.STYLE_FILES)
    for kind in styling.STYLE_FILES:
        assert kind == "scoring_score" or kind in styling.CATEGORIES, kind
        assert os.path.exists(styling.style_for(kind)), kind
    assert styling.normalise_kind("landplan:checkcommitments") == "commitments"
    assert styling.normalise_kind("permuevaluation") == "permu"
    assert styling.normalise_kind("landplan:taskprogress") == "task_parcels"


def test_regenerate_writes_every_kind(qgis_app, tmp_path):
    import landplan_plugin.algorithms  # noqa: F401
    written = styling.regenerate_qml_files(str(tmp_path))
    assert sorted(os.path.basename(p) for p in written) == sorted(styling.STYLE_FILES.values())
    cm = QgsVectorLayer("Polygon?crs=EPSG:4547&field=cm_status:string&field=cm_penalty:double", "cm", "memory")
    _msg, ok = cm.loadNamedStyle(str(tmp_path / "landplan_commitments.qml"))
    assert ok
    cats = {c.value(): c for c in cm.renderer().categories()}
    assert set(cats) == {"未达标", "待核实", "达标", "未到期", "未核查"}
    assert cats["待核实"].symbol().symbolLayer(1).layerType() == "LinePatternFill"   # hatched: data missing
    assert cats["未达标"].symbol().color().name() == "#d73027"
    assert cm.attributeAlias(cm.fields().indexOf("cm_penalty")) == "违约金(万元)"
    tp = QgsVectorLayer("Polygon?crs=EPSG:4547&field=change:string&field=zone:string", "tp", "memory")
    _msg, ok = tp.loadNamedStyle(str(tmp_path / "landplan_task_parcels.qml"))
    assert ok and {c.value() for c in tp.renderer().categories()} == {"已处置", "未处置", "新增", "待核实", "本期缺失"}
    assert tp.attributeAlias(tp.fields().indexOf("change")) == "变化"
    # the generic names of the task parcels keep their alias to that kind only
    assert "zone" not in styling.ALIASES and "change" not in styling.ALIASES
    mj = QgsVectorLayer("Polygon?crs=EPSG:4547&field=mj_class:string", "mj", "memory")
    assert styling.apply_style(mj, "permu")
    assert {c.value() for c in mj.renderer().categories()} >= {"A", "B", "C", "D"}
    assert mj.attributeAlias(0) == "亩均效益分类"

"""Maps: a parcel of several 低效 types stays recognisable by each type, 在建未达产 has its class,
parcel ids are labelled when zoomed in, zone labels sit outside the zone's parcels."""
from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeature, QgsVectorLayer

from landplan_plugin.output import styling


def _layer(kind, fields, rows):
    spec = "&".join("field=%s:%s" % f for f in fields)
    layer = QgsVectorLayer("Polygon?crs=EPSG:4547&" + spec, kind, "memory")
    feats = []
    for values in rows:
        f = QgsFeature(layer.fields())
        for k, v in values.items():
            f[k] = v
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    assert styling.apply_style(layer, kind)
    return layer


def _category(layer, feature):
    renderer = layer.renderer()
    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    ctx.setFeature(feature)
    value = QgsExpression(renderer.classAttribute()).evaluate(ctx)
    return value, {c.value(): c for c in renderer.categories()}[value]


def _enabled_marks(category, feature, layer):
    from qgis.core import QgsSymbolLayer
    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    ctx.setFeature(feature)
    out = []
    for sl in category.symbol().symbolLayers():
        prop = sl.dataDefinedProperties().property(QgsSymbolLayer.PropertyLayerEnabled)
        if prop.isActive():
            if prop.valueAsBool(ctx, True)[0]:
                out.append(sl.layerType())
    return out


def test_several_types_fill_by_the_first_and_mark_the_others(qgis_app):
    layer = _layer("scoring", [("宗地编号", "string"), ("ie_flag", "integer"), ("ie_type", "string")], [
        {"宗地编号": "A", "ie_flag": 1, "ie_type": "粗放用地类、停建停产类"},
        {"宗地编号": "B", "ie_flag": 1, "ie_type": "停建停产类、产业转型类"},
        {"宗地编号": "C", "ie_flag": 1, "ie_type": "粗放用地类"},
        {"宗地编号": "D", "ie_flag": 0, "ie_type": "在建未达产"},
        {"宗地编号": "E", "ie_flag": 0, "ie_type": None}])
    feats = {f["宗地编号"]: f for f in layer.getFeatures()}
    value, cat = _category(layer, feats["A"])
    assert value == "粗放用地类" and _enabled_marks(cat, feats["A"], layer) == ["LinePatternFill"]
    value, cat = _category(layer, feats["B"])
    assert value == "停建停产类" and _enabled_marks(cat, feats["B"], layer) == ["SimpleFill"]
    value, cat = _category(layer, feats["C"])
    assert value == "粗放用地类" and _enabled_marks(cat, feats["C"], layer) == []
    assert _category(layer, feats["D"])[0] == "在建未达产"
    assert _category(layer, feats["E"])[0] == "非低效"
    assert "多类叠加" not in {c.value() for c in layer.renderer().categories()}


def test_parcel_ids_labelled_only_when_zoomed_in(qgis_app):
    layer = _layer("scoring", [("宗地编号", "string"), ("ie_flag", "integer"), ("ie_type", "string")],
                   [{"宗地编号": "A", "ie_flag": 1, "ie_type": "粗放用地类"}])
    assert layer.labelsEnabled()
    pal = layer.labeling().settings()
    assert "宗地编号" in pal.fieldName and pal.scaleVisibility
    assert pal.minimumScale == styling.ID_LABEL_SCALE and pal.maximumScale == 0


def test_zone_label_outside_the_zone(qgis_app):
    from landplan_plugin.compat import label_placement
    layer = _layer("zones", [("园区名称", "string"), ("ind_share", "double"), ("share_ok", "integer")],
                   [{"园区名称": "甲园区", "ind_share": 55.0, "share_ok": 0}])
    assert layer.labeling().settings().placement == label_placement("OutsidePolygons")

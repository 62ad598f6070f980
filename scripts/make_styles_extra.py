#!/usr/bin/env python3
"""Build the .qml styles of the 标准地履约核查 and 亩均效益评价 outputs (resources/styles/).

    .venv/bin/python scripts/make_styles_extra.py

Categorised by an expression, with a Chinese legend; the field aliases travel in the style.
(Kept apart from styling.regenerate_qml_files until the lead folds these kinds into it.)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_env  # noqa: E402

#: kind → (file, expression, [(value, legend label, colour or None = no fill, hatched)])
STYLES = {
    "commitments": ("landplan_commitments.qml", "coalesce(\"cm_status\", '未核查')", [
        ("未达标", "未达标", "#d73027", False),
        ("待核实", "待核实（数据缺失）", "#7f7f7f", True),
        ("达标", "达标", "#1a9850", False),
        ("未到期", "未到期", "#bdbdbd", False),
        ("未核查", "非标准地（未核查）", None, False),
    ]),
    "permu": ("landplan_permu.qml", "coalesce(\"mj_class\", '待核实')", [
        ("A", "A类 优先发展", "#1a9850", False),
        ("B", "B类 鼓励提升", "#91cf60", False),
        ("C", "C类 规范转型", "#fc8d59", False),
        ("D", "D类 调控帮扶", "#d73027", False),
        ("不定等级", "不定等级", "#bdbdbd", False),
        ("待核实", "待核实（数据缺失）", "#7f7f7f", True),
    ]),
}


def symbol(colour, hatched):
    from qgis.core import QgsFillSymbol, QgsLinePatternFillSymbolLayer, QgsSimpleFillSymbolLayer
    from qgis.PyQt.QtGui import QColor
    if colour is None:
        return QgsFillSymbol.createSimple({"style": "no", "outline_color": "#808080", "outline_width": "0.2"})
    if not hatched:
        return QgsFillSymbol.createSimple({"color": colour, "outline_color": "#555555", "outline_width": "0.2"})
    sym = QgsFillSymbol.createSimple({"style": "no", "outline_color": colour, "outline_width": "0.4"})
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.5)
    hatch.setColor(QColor(colour))
    hatch.setLineWidth(0.3)
    sym.insertSymbolLayer(0, hatch)
    background = QgsSimpleFillSymbolLayer(QColor("#f0f0f0"))
    background.setStrokeStyle(0)  # Qt.NoPen
    sym.insertSymbolLayer(0, background)
    return sym


def build(folder):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsField, QgsMapLayer, QgsRendererCategory, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant
    import importlib
    modules = {"commitments": "check_commitments", "permu": "per_mu_evaluation"}
    written = []
    for kind, (filename, expr, cats) in STYLES.items():
        try:
            aliases = {kind: importlib.import_module("landplan_plugin.algorithms." + modules[kind]).ALIASES}
        except ModuleNotFoundError:
            continue
        layer = QgsVectorLayer("Polygon?crs=EPSG:4547", kind, "memory")
        layer.dataProvider().addAttributes([QgsField(name, QVariant.String) for name in aliases[kind]])
        layer.updateFields()
        for name, alias in aliases[kind].items():
            layer.setFieldAlias(layer.fields().indexFromName(name), alias)
        categories = [QgsRendererCategory(v, symbol(c, h), label) for v, label, c, h in cats]
        layer.setRenderer(QgsCategorizedSymbolRenderer(expr, categories))
        path = os.path.join(folder, filename)
        _msg, ok = layer.saveNamedStyle(path, QgsMapLayer.Symbology | QgsMapLayer.Fields)
        if ok:
            written.append(path)
    return written


if __name__ == "__main__":
    qgis_env.start()
    for p in build(sys.argv[1] if len(sys.argv) > 1 else os.path.join(qgis_env.REPO, "resources", "styles")):
        print(p)
    qgis_env.stop()

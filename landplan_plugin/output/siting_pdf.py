"""The 存量用地选址 PDF: one A4 landscape page per top site — a title, a map of the site among the
other candidates and the zones, and its 标准地 indicator sheet (rows from core.siting.page_rows)."""
import html
import os

from qgis.core import (QgsFillSymbol, QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemMap, QgsLayoutItemPage,
                       QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsProject, QgsSingleSymbolRenderer)
from qgis.PyQt.QtGui import QFont

from .. import compat
from .fonts import qt_family
from .styling import apply_style

MM = compat.LAYOUT_MILLIMETERS


def _font(size, bold=False):
    font = QFont(qt_family())
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _label(layout, text, x, y, w, h, page, size=10, bold=False, as_html=False):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    compat.set_label_font(label, _font(size, bold))
    if as_html:
        label.setMode(QgsLayoutItemLabel.Mode.ModeHtml)
    layout.addLayoutItem(label)
    label.attemptResize(QgsLayoutSize(w, h, MM))
    label.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    return label


def _table_html(rows):
    cells = "".join("<tr><td style='padding:3px 8px;border:1px solid #999;background:#f0f0f0;white-space:nowrap'>%s"
                    "</td><td style='padding:3px 8px;border:1px solid #999'>%s</td></tr>" % (
                        html.escape(label), html.escape(str(text))) for label, text in rows)
    return ("<table style='border-collapse:collapse;font-family:\"%s\";font-size:11pt'>%s</table>"
            % (_font(10).family(), cells))


def write_pdf(path, sites_layer, zones_layer, pages, subtitle):
    """``pages``: [(extent QgsRectangle, title, rows)] — one page each. Returns the path or None."""
    if not pages:
        return None
    project = QgsProject()
    project.setCrs(sites_layer.crs())
    apply_style(sites_layer, "siting")
    layers = [sites_layer]
    if zones_layer is not None:
        zones_layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "255,255,255,0", "outline_color": "#3a3a3a", "outline_width": "0.6"})))
        layers.append(zones_layer)
    project.addMapLayers(layers, False)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page
    collection = layout.pageCollection()
    collection.page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
    for _ in pages[1:]:
        page = QgsLayoutItemPage(layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
        collection.addPage(page)
    for k, (extent, title, rows) in enumerate(pages):
        _label(layout, title, 10, 8, 277, 10, k, size=16, bold=True)
        _label(layout, subtitle, 10, 18, 277, 7, k, size=9)
        map_item = QgsLayoutItemMap(layout)
        map_item.setLayers(layers)
        map_item.setKeepLayerSet(True)
        map_item.setCrs(sites_layer.crs())
        map_item.setFrameEnabled(True)
        layout.addLayoutItem(map_item)
        map_item.attemptMove(QgsLayoutPoint(10, 28, MM), page=k)
        map_item.attemptResize(QgsLayoutSize(150, 170, MM))
        view = extent.buffered(max(extent.width(), extent.height()) * 1.5)
        map_item.setExtent(view)  # a new item's extent is empty: zoomToExtent alone keeps it so
        map_item.attemptResize(QgsLayoutSize(150, 170, MM))
        map_item.zoomToExtent(view)
        _label(layout, _table_html(rows), 168, 28, 119, 170, k, as_html=True)
    os.makedirs(os.path.dirname(os.path.abspath(path)) or ".", exist_ok=True)
    result = QgsLayoutExporter(layout).exportToPdf(path, compat.pdf_export_settings(dpi=150))
    project.removeAllMapLayers()
    return path if result == QgsLayoutExporter.ExportResult.Success else None

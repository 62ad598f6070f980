"""A styled layer drawn as a PNG map: title, the layer over the zones' outlines, a legend of the
layer's style categories and a scale note. Used by landplan:changemonitoring (the leads map)."""
import os

from qgis.core import QgsFillSymbol, QgsMapRendererCustomPainterJob, QgsMapSettings, QgsSingleSymbolRenderer
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from .fonts import qt_family
from .styling import apply_style

WIDTH, HEIGHT, MARGIN, TITLE_H, LEGEND_W = 1800, 1300, 30, 80, 420


def _font(size, bold=False):
    font = QFont(qt_family())
    font.setPixelSize(size)
    font.setBold(bold)
    return font


def lead_map_png(layer, zones, path, title, zones_label, kind="changes"):
    """Draw ``layer`` (styled as ``kind``) over ``zones`` (a layer or None, outlines) to ``path``;
    returns the path, or None when nothing could be drawn or saved."""
    if layer is None or not layer.isValid():
        return None
    apply_style(layer, kind)
    layers = [layer]
    extent = layer.extent()
    if zones is not None and zones.isValid() and zones.featureCount():
        zones.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": "255,255,255,0", "outline_color": "#3a3a3a", "outline_width": "0.6"})))
        layers.append(zones)
        extent = zones.extent() if extent.isEmpty() else extent
        extent.combineExtentWith(zones.extent())
    if extent.isEmpty():
        return None
    extent.scale(1.05)
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layer.crs())
    map_size = QSize(WIDTH - LEGEND_W - 2 * MARGIN, HEIGHT - TITLE_H - 2 * MARGIN)
    settings.setOutputSize(map_size)
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("white"))
    image = QImage(QSize(WIDTH, HEIGHT), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(_font(34, True))
    painter.drawText(QRectF(MARGIN, MARGIN, WIDTH - 2 * MARGIN, TITLE_H), Qt.AlignmentFlag.AlignLeft, title)
    painter.save()
    painter.translate(MARGIN, MARGIN + TITLE_H)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.restore()
    painter.setPen(QColor("#555555"))
    painter.drawRect(QRectF(MARGIN, MARGIN + TITLE_H, map_size.width(), map_size.height()))
    _legend(painter, layer, zones_label if len(layers) > 1 else None, WIDTH - LEGEND_W, MARGIN + TITLE_H)
    scale_text = "1:%s  %s" % (format(int(round(settings.scale())), ","), layer.crs().authid())
    painter.setFont(_font(20))
    painter.setPen(QColor("#333333"))
    painter.drawText(QRectF(MARGIN, HEIGHT - MARGIN, WIDTH, MARGIN), Qt.AlignmentFlag.AlignLeft, scale_text)
    painter.end()
    os.makedirs(os.path.dirname(os.path.abspath(path)) or ".", exist_ok=True)
    return path if image.save(path, "PNG") else None


def _legend(painter, layer, zones_label, x, y):
    renderer = layer.renderer()
    legend_items = renderer.legendSymbolItems() if renderer else []  # keep alive: the symbols belong to them
    items = [(item.label(), QColor(item.symbol().color()) if item.symbol() is not None else None)
             for item in legend_items]
    painter.setFont(_font(24, True))
    painter.setPen(QColor("black"))
    painter.drawText(QRectF(x, y, LEGEND_W, 36), Qt.AlignmentFlag.AlignLeft, "图例")
    y += 50
    painter.setFont(_font(20))
    for label, colour in items:
        if colour is not None:
            painter.setBrush(colour)
            painter.setPen(QColor("#555555"))
            painter.drawRect(QRectF(x, y, 40, 26))
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(x + 52, y - 2, LEGEND_W - 60, 34), Qt.AlignmentFlag.AlignLeft, label)
        y += 40
    if zones_label:
        painter.setBrush(QColor(255, 255, 255, 0))
        painter.setPen(QColor("#3a3a3a"))
        painter.drawRect(QRectF(x, y, 40, 26))
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(x + 52, y - 2, LEGEND_W - 60, 34), Qt.AlignmentFlag.AlignLeft, zones_label)

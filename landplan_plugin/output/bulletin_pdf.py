"""The 季度通报 as a PDF for reading: the same content as the Word document (:mod:`.bulletin_docx`),
laid out by Qt (``QTextDocument`` printed on a ``QPdfWriter``, A4, text kept as text so the Chinese
can be searched and copied) — no office suite needed, on Windows neither.

Also the bulletin's figures: the done % chart (:func:`.charts.done_chart`) and the map of the
parcel changes per 县区 (:func:`render_change_map`, one panel per 县区, 已处置 / 未处置 / 新增 in
the colours of the task-parcel style).
"""
import errno
import html
import math
import os

from qgis.PyQt.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from qgis.PyQt.QtGui import (QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter,
                             QTextDocument)

from .fonts import qt_family

#: change → colour, as resources/styles/landplan_task_parcels.qml draws them
CHANGE_COLOURS = (("已处置", "#31a354"), ("未处置", "#969696"), ("待核实", "#fdae6b"), ("新增", "#de2d26"))


#: the 版头's red line under the 文号
RED_RULE = ('<table width="100%" cellspacing="0" cellpadding="0" border="0" style="background-color:#c00000;">'
            '<tr><td style="font-size:2pt;">&nbsp;</td></tr></table>')


def _family():
    return qt_family()


def _p(text, style=""):
    return '<p style="%s">%s</p>' % (style, html.escape(text))


def _table(table):
    head = "".join('<th style="background-color:#eeeeee;">%s</th>' % html.escape(h) for h in table.headers)
    body = "".join("<tr>%s</tr>" % "".join('<td align="center">%s</td>' % html.escape(c) for c in row)
                   for row in table.rows)
    caption = '<p align="center" style="font-weight:bold;">%s</p>' % html.escape(table.caption) if table.caption else ""
    return (caption + '<table border="1" cellspacing="0" cellpadding="3" width="100%%" '
            'style="border-collapse:collapse;">'
            '<tr>%s</tr>%s</table><p></p>' % (head, body))


def bulletin_html(bulletin, images):
    """The bulletin as Qt rich text; images are named ``img:<key>`` (added as resources)."""
    parts = ['<p align="center" style="color:#c00000; font-size:19pt; font-weight:bold;">%s</p>'
             % html.escape(bulletin.issuer),
             '<p align="center">%s</p>' % html.escape(bulletin.number_line),
             RED_RULE,
             '<p align="center" style="font-size:16pt; font-weight:bold;">%s</p>' % html.escape(bulletin.title),
             _p(bulletin.recipients), _p(bulletin.opening)]
    for sec in bulletin.sections:
        parts.append('<p style="font-weight:bold; margin-top:8px;">%s</p>' % html.escape(sec.heading))
        parts += [_p(t) for t in sec.paragraphs]
        parts += [_table(t) for t in sec.tables]
        for fig in sec.figures:
            if fig.key in images:
                parts.append('<p align="center"><img src="img:%s" width="560"/></p>' % fig.key)
                parts.append('<p align="center">%s</p>' % html.escape(fig.caption))
    parts += [_p(bulletin.closing), _p("%s：%s" % (bulletin.annex_title, bulletin.annex.heading)),
              '<p align="right">%s<br/>%s</p>' % (html.escape(bulletin.signature), html.escape(bulletin.date_line)),
              '<p style="page-break-before:always; font-weight:bold;">%s</p>' % html.escape(bulletin.annex_title),
              '<p align="center" style="font-size:14pt; font-weight:bold;">%s</p>'
              % html.escape(bulletin.annex.heading)]
    parts += [_p(t) for t in bulletin.annex.paragraphs]
    parts += [_table(t) for t in bulletin.annex.tables]
    return "<html><body>%s</body></html>" % "".join(parts)


def write_pdf(path, bulletin, images):
    """Write ``bulletin`` to ``path`` (A4, 20 mm margins, page numbers); ``images`` {key: PNG path}.
    OSError (naming ``path``) when it cannot be written: Qt's PDF writer fails silently, and on
    Windows a PDF open in a reader cannot be replaced — a stale copy must not pass for this run's."""
    if os.path.lexists(path):
        os.remove(path)  # Windows refuses while another program holds the file (PermissionError)
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(bulletin.title)
    writer.setCreator("LandPlan")
    doc = QTextDocument()
    font = QFont(_family())
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    for key, image_path in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("img:%s" % key), QImage(image_path))
    doc.setHtml(bulletin_html(bulletin, images))
    printer = getattr(doc, "print_", None) or doc.print
    printer(writer)
    del writer
    if not os.path.isfile(path) or os.path.getsize(path) == 0:
        raise OSError(errno.EIO, "Qt could not write the PDF", path)
    return path


def _change_renderer(zone_filter):
    from qgis.core import QgsExpression, QgsFillSymbol, QgsRuleBasedRenderer
    root = QgsRuleBasedRenderer.Rule(None, 0, 0, zone_filter)
    for change, colour in CHANGE_COLOURS:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#404040", "outline_width": "0.1"})
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, '"change" = %s' % QgsExpression.quotedString(change),
                                                   change))
    return QgsRuleBasedRenderer(root)


def render_change_map(layer, path, zones, title_font=None, panel_px=(900, 700)):
    """One map panel per 县区 of ``zones`` (the parcel-changes layer's ``zone`` values): that 县区's
    parcels coloured by ``change``, its name and a legend; PNG at ``path``. False when nothing
    could be drawn (no geometry)."""
    from qgis.core import QgsExpression, QgsFeatureRequest, QgsMapRendererCustomPainterJob, QgsMapSettings, QgsRectangle
    if layer is None or not layer.isSpatial():
        return False
    layer = layer.clone()
    cols = min(2, max(1, len(zones)))
    rows = max(1, math.ceil(len(zones) / cols))
    legend_h = 60
    width, height = panel_px[0] * cols, panel_px[1] * rows + legend_h
    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    painter = QPainter(img)
    font = QFont(title_font or _family())
    font.setPixelSize(26)
    drawn = 0
    for n, zone in enumerate(zones):
        expr = '"zone" = %s' % QgsExpression.quotedString(zone)
        extent = None  # QgsRectangle.setMinimal() is deprecated from 3.40 on
        for feat in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expr)):
            if feat.hasGeometry():
                box = feat.geometry().boundingBox()
                if extent is None:
                    extent = QgsRectangle(box)
                else:
                    extent.combineExtentWith(box)
        x0, y0 = (n % cols) * panel_px[0], (n // cols) * panel_px[1]
        painter.setPen(QColor("#202020"))
        painter.setFont(font)
        painter.drawText(QRectF(x0, y0 + 4, panel_px[0], 36), Qt.AlignmentFlag.AlignHCenter, zone)
        painter.setPen(QColor("#bbbbbb"))
        painter.drawRect(QRectF(x0 + 4, y0 + 44, panel_px[0] - 8, panel_px[1] - 50))
        if extent is None:
            continue
        extent.scale(1.1)
        layer.setRenderer(_change_renderer(expr))  # this 县区's parcels only
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(layer.crs())
        settings.setOutputSize(QSizeF(panel_px[0] - 10, panel_px[1] - 54).toSize())
        settings.setExtent(extent)
        settings.setBackgroundColor(QColor("white"))
        painter.save()
        painter.translate(x0 + 5, y0 + 45)
        job = QgsMapRendererCustomPainterJob(settings, painter)
        job.renderSynchronously()
        painter.restore()
        drawn += 1
    x = 20
    ly = height - legend_h + 14
    font.setPixelSize(24)
    painter.setFont(font)
    for change, colour in CHANGE_COLOURS:
        painter.fillRect(QRectF(x, ly, 36, 28), QColor(colour))
        painter.setPen(QColor("#202020"))
        painter.drawText(QRectF(x + 44, ly - 2, 160, 34), Qt.AlignmentFlag.AlignVCenter, change)
        x += 200
    painter.end()
    if not drawn:
        return False
    return img.save(path, "PNG")

"""实现度 bar chart of one evaluated zone, as a PNG (for the zone report's evaluation page).

``draw_attainment_chart(path, items, score)``: ``items`` =
``core.evaluation.attainment_items(record)`` of a zoneevaluation output feature —
[(指标名称, 实现度 0–1, None or 待核实)]; NULL indicators are drawn as "无法计算", a rate
above 100 % (a data inconsistency) as "待核实". Engine side only: what the values mean is in core/evaluation.py.
"""
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from .fonts import qt_family


def _colour(value):
    if value >= 0.8:
        return QColor("#1a9641")
    if value >= 0.6:
        return QColor("#fdae61")
    return QColor("#d7191c")


def draw_attainment_chart(path, items, score=None, width=900, height=None):
    height = height or 90 + 44 * max(1, len(items))
    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(qt_family())
    font.setPixelSize(26)
    p.setFont(font)
    p.setPen(QColor("#202020"))
    title = "指标实现度" + ("（集约度 %.1f）" % score if score is not None else "")
    p.drawText(QRectF(0, 8, width, 40), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, title)
    font.setPixelSize(20)
    p.setFont(font)
    top, left, right = 64, 300, 110
    bar_w = width - left - right
    p.setPen(QColor("#bbbbbb"))
    p.drawLine(int(left + bar_w), top, int(left + bar_w), height - 10)
    for i, (label, value) in enumerate(items):
        y = top + i * 44
        p.setPen(QColor("#202020"))
        p.drawText(QRectF(0, y, left - 12, 36), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        if value is None or isinstance(value, str):
            p.setPen(QColor("#888888"))
            p.drawText(QRectF(left, y, bar_w, 36), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       value or "无法计算")
            continue
        v = max(0.0, min(1.0, value))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_colour(v))
        p.drawRect(QRectF(left, y + 4, max(bar_w * v, 1.0), 28))
        p.setPen(QColor("#202020"))
        p.drawText(QRectF(left + bar_w * v + 8, y, right + 60, 36),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "%.2f" % v)
    p.end()
    img.save(path, "PNG")
    return path

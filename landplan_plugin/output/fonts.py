"""The Chinese font of everything LandPlan draws — the zone report (PDF pages, overview PNG, its
charts: algorithms/zone_report.py, output/evaluation_chart.py), the 季度通报 PDF and map
(output/bulletin_pdf.py), the 城市更新 map page (algorithms/renewal_resources.py), the siting PDF
(output/siting_pdf.py), the patrol map (output/maps.py) and the plan and forecast charts
(output/charts.py, matplotlib): the first installed family of ONE ordered list, Windows fonts first
(Microsoft YaHei, SimHei, SimSun), then Linux / macOS ones (Noto Sans CJK, Source Han Sans,
WenQuanYi, PingFang). When none is installed, the run's log and QGIS's message log say so (and
Qt / matplotlib substitute what they can: Chinese may show as empty boxes)."""

#: Chinese fonts in order of preference
CJK_FONTS = ("Microsoft YaHei", "SimHei", "SimSun", "Noto Sans CJK SC", "Source Han Sans SC",
             "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans SC", "PingFang SC")
#: the names a Chinese Windows lists some of them under
LOCAL_NAMES = {"Microsoft YaHei": ("微软雅黑",), "SimHei": ("黑体",), "SimSun": ("宋体",),
               "WenQuanYi Micro Hei": ("文泉驿微米黑", "文泉驛微米黑"), "WenQuanYi Zen Hei": ("文泉驿正黑",)}
_LOGGED = []


def first_installed(installed):
    """The first family of :data:`CJK_FONTS` among ``installed`` family names (as listed there), or None."""
    installed = set(installed)
    for family in CJK_FONTS:
        for name in (family,) + LOCAL_NAMES.get(family, ()):
            if name in installed:
                return name
    return None


def _no_font(feedback):
    from ..i18n import tr
    message = tr("LandPlanAlgorithm", "No Chinese font found (looked for {fonts}): Chinese text may show as empty "
                 "boxes. Install one of them (Windows has Microsoft YaHei; Debian / Ubuntu: fonts-noto-cjk or "
                 "fonts-wqy-microhei).").format(fonts=", ".join(CJK_FONTS))
    if feedback is not None:
        feedback.pushWarning(message)
    if not _LOGGED:
        from qgis.core import Qgis, QgsMessageLog
        QgsMessageLog.logMessage(message, "LandPlan", Qgis.MessageLevel.Warning)
        _LOGGED.append(message)
    return message


def _qt_families():
    from qgis.PyQt.QtGui import QFontDatabase
    try:
        return QFontDatabase.families()  # Qt 6: static
    except TypeError:
        return QFontDatabase().families()  # qt6-ok: Qt 5 only (Qt 6 took the static call above)


def qt_family(feedback=None):
    """The Chinese font family for Qt (the report, its charts): the first installed one of
    :data:`CJK_FONTS`; when none is, the log line and the first name (Qt substitutes)."""
    family = first_installed(_qt_families())
    if family is None:
        _no_font(feedback)
        return CJK_FONTS[0]
    return family


def matplotlib_font(feedback=None):
    """``{"family": …}`` for matplotlib text (the plan and forecast charts), empty with the log line
    when no font of :data:`CJK_FONTS` is known to matplotlib."""
    from matplotlib import font_manager
    family = first_installed(f.name for f in font_manager.fontManager.ttflist)
    if family is None:
        _no_font(feedback)
        return {}
    return {"family": family}

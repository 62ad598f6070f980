"""Translation plumbing: tr() with an explicit context, and the zh-Hans translator.

Every user-visible string goes through ``tr(context, text)`` where the context is the class
name (pylupdate5 extracts them into ``i18n/landplan_zh_Hans.ts``; ``make`` compiles the .qm).
The translator is chosen by the QGIS locale (``QgsApplication.locale()``); the environment
variable ``LANDPLAN_LOCALE`` overrides it (used by tests).
"""
import os

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

I18N_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "i18n")
_translator = None


def tr(context, text):
    return QCoreApplication.translate(context, text)


def current_locale():
    env = os.environ.get("LANDPLAN_LOCALE")
    if env:
        return env
    try:
        from qgis.core import QgsApplication
        loc = QgsApplication.locale()
        if loc:
            return loc
    except Exception:  # pragma: no cover - QGIS always has it from 3.22
        pass
    from qgis.PyQt.QtCore import QLocale
    return QLocale().name()


def qm_path_for(locale):
    """zh, zh_CN, zh_Hans, zh-Hans-CN → landplan_zh_Hans.qm; other locales get no translation."""
    loc = (locale or "").replace("-", "_").lower()
    if loc.startswith("zh") and not (loc.startswith("zh_tw") or loc.startswith("zh_hk") or "hant" in loc):
        return os.path.join(I18N_DIR, "landplan_zh_Hans.qm")
    return None


def install_translator():
    """Install the translator for the current locale once; returns the .qm path or None."""
    global _translator
    if _translator is not None:
        return _translator[1]
    path = qm_path_for(current_locale())
    if path and os.path.exists(path):
        translator = QTranslator()
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            _translator = (translator, path)
            return path
    _translator = (None, None)
    return None


def tr_base(text):
    """Strings of the shared algorithm plumbing use the context ``LandPlanAlgorithm``."""
    return tr("LandPlanAlgorithm", text)

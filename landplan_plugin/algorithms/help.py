"""Help text, written once as resources/help/<algorithm>.html and .zh_Hans.html."""
import functools
import os

from ..paths import resource


def help_language(locale=None):
    """``"zh_Hans"`` when LandPlan runs translated (the QGIS locale, or LANDPLAN_LOCALE), else ``"en"``."""
    from ..i18n import current_locale, qm_path_for
    return "zh_Hans" if qm_path_for(current_locale() if locale is None else locale) else "en"


@functools.lru_cache(maxsize=64)
def _read_help(name, lang):
    for fname in (("%s.%s.html" % (name, lang)) if lang != "en" else None, "%s.html" % name):
        if not fname:
            continue
        path = resource("help", fname)
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                return f.read().strip()
    return None


def help_html(name, locale=None):
    """The help of algorithm ``name``: ``resources/help/<name>.zh_Hans.html`` in Chinese, else
    ``resources/help/<name>.html`` (English); None when there is no file."""
    return _read_help(name, help_language(locale))

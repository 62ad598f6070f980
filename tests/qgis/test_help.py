"""Help text from resources/help: one file per algorithm and language, picked by the locale."""
import os
import re

import pytest

from conftest import REPO

HELP = os.path.join(REPO, "resources", "help")
CONVERTED = ("flagidleland", "flagunsupplied")


def _read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def _algorithms(qgis_app):
    from qgis.core import QgsApplication
    provider = QgsApplication.processingRegistry().providerById("landplan")
    return {a.name(): a for a in provider.algorithms()}


@pytest.mark.parametrize("name", CONVERTED)
def test_help_files_exist_in_both_languages_and_name_the_same_fields(name):
    en = _read(os.path.join(HELP, name + ".html"))
    zh = _read(os.path.join(HELP, name + ".zh_Hans.html"))
    fields = lambda text: sorted(set(re.findall(r"\b(?:idle|unsup|appr)_[a-z]+\b", text)))  # noqa: E731
    assert fields(en) and fields(en) == fields(zh)
    assert re.search(r"[\u4e00-\u9fff]{8}", zh)  # a Chinese text, not a copy of the English


@pytest.mark.parametrize("name", CONVERTED)
def test_short_help_follows_the_locale(qgis_app, name, monkeypatch):
    alg = _algorithms(qgis_app)[name]
    monkeypatch.setenv("LANDPLAN_LOCALE", "en_US")
    en = alg.shortHelpString()
    assert en == _read(os.path.join(HELP, name + ".html")).strip()
    for loc in ("zh_CN", "zh-Hans"):
        monkeypatch.setenv("LANDPLAN_LOCALE", loc)
        zh = alg.shortHelpString()
        assert zh != en and zh.startswith("<p>") and "基准日期" in zh
    monkeypatch.setenv("LANDPLAN_LOCALE", "de_DE")  # no German file: English
    assert alg.shortHelpString() == en


def test_every_algorithm_has_a_help_text(qgis_app):
    for name, alg in _algorithms(qgis_app).items():
        assert len(alg.shortHelpString()) > 100, name

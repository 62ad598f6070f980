"""scripts/package.py's plugin repository check: each rule refuses a zip that breaks it. (The real
zip is checked in tests/qgis/test_package.py, which builds it.)"""
import importlib.util
import os
import zipfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_spec = importlib.util.spec_from_file_location("package", os.path.join(REPO, "scripts", "package.py"))
package = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(package)

with open(os.path.join(REPO, "metadata.txt"), encoding="utf-8") as _f:
    METADATA = _f.read()
GOOD = {"landplan_plugin/__init__.py": "def classFactory(iface):\n    pass\n",
        "landplan_plugin/metadata.txt": METADATA,
        "landplan_plugin/LICENSE": "GNU GENERAL PUBLIC LICENSE\n",
        "landplan_plugin/resources/icons/landplan.svg": "<svg/>",
        "landplan_plugin/resources/demo/data.gpkg": b"SQLite format 3\x00" + b"\x00" * 100}


def _zip(tmp_path, files):
    path = str(tmp_path / "p.zip")
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def _meta(**changes):
    lines = []
    for line in METADATA.splitlines():
        key = line.split("=", 1)[0]
        if key in changes:
            if changes[key] is not None:
                lines.append("%s=%s" % (key, changes[key]))
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def test_a_good_zip_passes_and_its_size_is_known(tmp_path):
    path = _zip(tmp_path, GOOD)
    problems, size = package.check_zip(path)
    assert problems == [] and size == os.path.getsize(path)


BAD = [
    ({"landplan_plugin/algorithms/__pycache__/x.cpython-311.pyc": b"\x00"}, "forbidden folder"),
    ({"landplan_plugin/x.pyc": b"\x00"}, "binary or compiled"),
    ({"landplan_plugin/lib/_speed.so": b"\x7fELF\x02\x01"}, "binary or compiled"),
    ({"landplan_plugin/tools/run.exe": b"MZ\x90\x00"}, "binary or compiled"),
    ({"landplan_plugin/tools/helper": b"\x7fELF\x02\x01\x01"}, "binary (executable"),
    ({"landplan_plugin/resources_rc.py": "qt_resource_data = b''\n"}, "binary or compiled"),
    ({"landplan_plugin/icons.py": "from qgis.PyQt import QtCore\nqt_resource_data = b'\\x00'\n"},
     "compiled Qt resources"),
    ({"landplan_plugin/.git/config": "x"}, "forbidden folder"),
    ({"__MACOSX/landplan_plugin/._x": "x"}, "one top folder"),
    ({"other/readme.txt": "x"}, "one top folder"),
    ({"landplan_plugin/../evil.py": "x"}, "leaves the folder"),
    ({"landplan_plugin/cache/x.pyc.bak": b"\x00"}, "binary or compiled"),  # the repository refuses any ".pyc"
]


@pytest.mark.parametrize("extra, problem", BAD)
def test_forbidden_content_is_refused(tmp_path, extra, problem):
    problems, _ = package.check_zip(_zip(tmp_path, dict(GOOD, **extra)))
    assert any(problem in p for p in problems), problems


META = [
    ({"tracker": None}, "lacks tracker"),
    ({"repository": None}, "lacks repository"),
    ({"about": None}, "lacks about"),
    ({"email": None}, "lacks email"),
    ({"version": "first"}, "not a version number"),
    ({"qgisMaximumVersion": "4.x"}, "not a QGIS version"),
    ({"qgisMinimumVersion": "5.0"}, "is above qgisMaximumVersion"),
    ({"email": "nobody"}, "not an e-mail address"),
    ({"author": "A/B"}, "slash"),
    ({"tracker": "https://example.invalid/landplan/issues (placeholder)"}, "not a web address"),
    ({"homepage": "example.invalid"}, "not a web address"),
    ({"experimental": "maybe"}, "not a boolean"),
    ({"icon": "icons/missing.png"}, "not in the zip"),
    # the repository reads metadata.txt with configparser's interpolation: a lone % fails there
    ({"about": "industrial share at least 60% of the zone"}, "does not parse"),
    ({"tracker": "http://bugs"}, "template's address"),
    ({"repository": "http://repo"}, "template's address"),
]


@pytest.mark.parametrize("changes, problem", META)
def test_incomplete_or_malformed_metadata_is_refused(tmp_path, changes, problem):
    problems, _ = package.check_zip(_zip(tmp_path, dict(GOOD, **{"landplan_plugin/metadata.txt": _meta(**changes)})))
    assert any(problem in p for p in problems), problems


def test_missing_license_init_and_a_bad_folder_name(tmp_path):
    files = {k.replace("landplan_plugin/", "1plugin/"): v for k, v in GOOD.items() if not k.endswith("LICENSE")}
    problems, _ = package.check_zip(_zip(tmp_path, files))
    assert any("top folder '1plugin'" in p for p in problems)
    assert any("LICENSE is missing" in p for p in problems)


def test_too_big(tmp_path, monkeypatch):
    monkeypatch.setattr(package, "MAX_ZIP_BYTES", 100)
    problems, size = package.check_zip(_zip(tmp_path, GOOD))
    assert size > 100 and any("above the repository's 100" in p for p in problems)


def test_the_metadata_declares_qgis_4():
    problems = package.check_metadata(METADATA, {"landplan_plugin/resources/icons/landplan.svg"}, "landplan_plugin")
    assert problems == []
    assert "\nqgisMaximumVersion=4.99\n" in METADATA and "\nsupportsQt6=True\n" in METADATA


def test_metadata_with_a_doubled_percent_or_a_bom(tmp_path):
    ok = _meta(about="industrial share at least 60%% of the zone")
    problems, _ = package.check_zip(_zip(tmp_path, dict(GOOD, **{"landplan_plugin/metadata.txt": ok})))
    assert problems == []
    bom = "\ufeff" + METADATA
    problems, _ = package.check_zip(_zip(tmp_path, dict(GOOD, **{"landplan_plugin/metadata.txt": bom})))
    assert any("does not parse" in p for p in problems), problems


def test_a_new_plugin_folder_must_be_a_pep8_name(tmp_path):
    files = {k.replace("landplan_plugin/", "LandPlan-Plugin/"): v for k, v in GOOD.items()}
    problems, _ = package.check_zip(_zip(tmp_path, files))
    assert any("PEP 8" in p for p in problems), problems


def test_placeholder_addresses_are_named_not_refused(tmp_path, capsys):
    """metadata.txt's example.invalid addresses pass the zip check (从ZIP安装 works) but the report
    says the repository will refuse the upload until they answer."""
    path = _zip(tmp_path, GOOD)
    assert package.placeholder_addresses(path) == ["tracker", "repository", "homepage"]
    assert package.report(path) is True
    assert "note: tracker, repository, homepage in metadata.txt are placeholders" in capsys.readouterr().out
    real = _meta(tracker="https://github.com/landplan/landplan/issues", repository="https://github.com/landplan/landplan",
                 homepage="https://landplan.example.com")
    path = _zip(tmp_path, dict(GOOD, **{"landplan_plugin/metadata.txt": real}))
    assert package.placeholder_addresses(path) == ["homepage"]


def test_install_finds_the_profile_on_windows_too():
    win = package.default_plugins_dir("win32", {"APPDATA": r"C:\Users\张三\AppData\Roaming"})
    assert win.startswith(r"C:\Users\张三\AppData\Roaming")
    assert win.replace("\\", "/").endswith("QGIS/QGIS3/profiles/default/python/plugins")
    assert package.default_plugins_dir("linux", {}) == os.path.expanduser(
        "~/.local/share/QGIS/QGIS3/profiles/default/python/plugins")

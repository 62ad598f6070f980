"""The packaged plugin in the real QGIS desktop under Xvfb: menu, toolbar, "load demo data", and the
Processing dialog of every LandPlan algorithm and of the shipped model, checked the way a user sees
them (one QGIS start for all: see gui_driver.py)."""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTIFACTS = os.path.join(REPO, "build", "test-artifacts")
DIALOG_ARTIFACTS = os.path.join(ARTIFACTS, "dialogs")
MODEL_ID = "landplan:landplan_quarterly"
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
#: QGIS's own suffix of an optional parameter's label ("%1 [optional]" in its zh-Hans catalogue)
OPTIONAL_SUFFIX = re.compile(r"\s*\[(可选|optional)\]$")
#: parameter labels that may show no Chinese, and why: none today. A label that is a field or format
#: name (e.g. "DLBM", "GBK") would go here.
LABEL_EXCEPTIONS = {}
#: widget texts of a dialog that are not LandPlan's words: Qt's standard "Close" button (QGIS loads no
#: Qt catalogue for zh-Hans), QGIS's "…" file button, the encoding ids of the ENCODING options
#: ("GBK (GBK)"); layer entries "name [EPSG:…]" and field names of the loaded layers are data.
FOREIGN_TEXTS = {"Close", "…", "GBK (GBK)", "UTF-8 (UTF-8)"}
LAYER_ENTRY = re.compile(r"^\S+ \[EPSG:\d+\]$")
#: "more than a trivial number" of distinct colours: a blank or unpainted window has a handful
MIN_COLOURS = 100


def _expected_algorithms():
    from landplan_plugin.algorithms import ALGORITHMS
    return {cls for _, cls in ALGORITHMS}


def _translations():
    sys.path.insert(0, os.path.join(REPO, "scripts"))
    import i18n as tool
    return tool.load_ts()


def _plain(text):
    return re.sub(r"\s+", "", text)


def _help_text(path):
    with open(path, encoding="utf-8") as f:
        return _plain(html.unescape(re.sub(r"<[^>]+>", "", f.read())))


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    """Start the real desktop once (Chinese QGIS: userLocale zh-Hans, what 设置 → 语言 → 简体中文
    writes), run gui_driver.py in it and return its report."""
    if not shutil.which("xvfb-run") or not shutil.which("qgis"):
        pytest.skip("needs xvfb-run and qgis")
    tmp_path = tmp_path_factory.mktemp("desktop")
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "package.py"), "--build", str(tmp_path / "b"),
                    "--dist", str(dist)], check=True)
    profiles = tmp_path / "profiles"
    plugins = profiles / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(dist / "landplan_plugin.zip") as zf:
        zf.extractall(plugins)
    ini = profiles / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\nlandplan_plugin=true\n\n[qgis]\nshowTips322=false\ncheckVersion=false\n"
                   "allowVersionCheck=false\n\n[core]\nNewsFeed\\enabled=false\n\n[locale]\nuserLocale=zh-Hans\n"
                   "overrideFlag=true\n")
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ, LANDPLAN_GUI_OUT=str(out))
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "qgis", "--noversioncheck",
                           "--profiles-path", str(tmp_path), "--nologo", "--code",
                           os.path.join(os.path.dirname(__file__), "gui_driver.py")],
                          env=env, capture_output=True, text=True, timeout=300)
    report_path = out / "gui_report.json"
    assert report_path.exists(), proc.stderr[-3000:]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    os.makedirs(ARTIFACTS, exist_ok=True)
    shutil.copy(report_path, os.path.join(ARTIFACTS, "gui_report.json"))
    if (out / "qgis_gui.png").exists():
        shutil.copy(out / "qgis_gui.png", os.path.join(ARTIFACTS, "qgis_gui.png"))
    shutil.rmtree(DIALOG_ARTIFACTS, ignore_errors=True)
    if (out / "dialogs").is_dir():
        shutil.copytree(out / "dialogs", DIALOG_ARTIFACTS)
    return report


def test_desktop_menu_and_load_demo(desktop):
    report = desktop
    assert report.get("plugin_loaded"), report
    assert "error" not in report, report
    assert "landplan_load_demo" in report["actions"] and "landplan_scoreinefficiency" in report["actions"]
    assert report["action_texts"]["landplan_load_demo"] == "加载示例数据"  # Chinese QGIS → Chinese plugin
    assert report["action_texts"]["landplan_scoreinefficiency"] == "低效工业用地评价"
    assert report["action_texts"]["landplan_handin"] == "一键生成上报材料"
    # the action opens the hand-in algorithm's dialog
    # (QGIS 3.40 puts the group name first: "土地效率评价 - …")
    assert len(report["handin_dialogs"]) == 1, report
    assert report["handin_dialogs"][0].endswith("一键生成上报材料（图层、shapefile、台账、PDF）"), report
    assert {"zones", "landuse", "approvals", "supplies", "parcels"} <= set(report["layers"])
    assert os.path.getsize(os.path.join(ARTIFACTS, "qgis_gui.png")) > 10000


def _distinct_colours(path):
    """(width, height, number of distinct RGB colours) of a PNG."""
    from qgis.PyQt.QtGui import QImage
    img = QImage(path).convertToFormat(QImage.Format.Format_RGB32)
    if img.isNull():
        return 0, 0, 0
    ptr = img.constBits()
    ptr.setsize(img.sizeInBytes())
    return img.width(), img.height(), len(set(memoryview(bytes(ptr)).cast("I")))


def test_every_dialog_is_chinese_and_drawn(desktop, qgis_app):
    """Each algorithm's dialog (and the model's), opened in the desktop as the toolbox opens it:
    the title is the .ts translation of the display name, every parameter label is a Chinese .ts
    translation, the help panel shows resources/help/<name>.zh_Hans.html, nothing was logged as a
    warning or an exception, the screenshot is a drawn window; the dialog shows no English word."""
    dialogs = desktop["dialogs"]
    assert desktop["log_probe"], "the driver's log capture saw nothing"
    shown_classes = {entry.get("class") for entry in dialogs.values()}
    assert _expected_algorithms() <= shown_classes, _expected_algorithms() - shown_classes
    assert MODEL_ID in dialogs
    assert len(dialogs) == len(_expected_algorithms()) + 1, sorted(dialogs)
    ts = _translations()
    translations = {text for text in ts.values() if text}
    data_texts = set(desktop["field_names"])
    problems = []
    for alg_id, entry in sorted(dialogs.items()):
        if "error" in entry:
            problems.append((alg_id, "error", entry["error"]))
            continue
        name = entry["name"]
        model = alg_id == MODEL_ID
        # title: the Chinese display name (QGIS 3.40 puts the group first: "<group> - <name>")
        expected = ts[("LandPlanProvider", "Quarterly review model")] if model else \
            ts.get((entry["class"], entry["display_name_en"]))
        if not expected or not (entry["title"] == expected or entry["title"].endswith(" - " + expected)):
            problems.append((alg_id, "title", entry["title"], expected))
        # parameter labels (a check box shows its description as its own text)
        if not entry["labels"]:
            problems.append((alg_id, "no parameters shown"))
        for label in entry["labels"]:
            text = OPTIONAL_SUFFIX.sub("", label["shown"])
            if (name, label["param"]) in LABEL_EXCEPTIONS:
                continue
            if label["kind"] not in ("label", "checkbox") or not CJK.search(text) or "optional" in label["shown"]:
                problems.append((alg_id, "label", label["param"], label["shown"]))
            elif text not in translations:  # the model's: context LandPlanModel, see provider.py
                problems.append((alg_id, "label not from the .ts", label["param"], label["shown"]))
        # help panel
        help_shown = _plain(entry["help"] or "")
        if model:
            english = re.findall(r"[A-Za-z]{4,}", help_shown.replace("LandPlan", ""))
            if not CJK.search(help_shown) or not help_shown.startswith(_plain(expected or "")) or english:
                problems.append((alg_id, "help", help_shown[:200]))
        else:
            help_file = os.path.join(REPO, "resources", "help", "%s.zh_Hans.html" % name)
            if _help_text(help_file) not in help_shown:
                problems.append((alg_id, "help is not %s" % os.path.basename(help_file), help_shown[:200]))
        # nothing logged while the dialog was built and shown
        if entry["log"]:
            problems.append((alg_id, "log", entry["log"]))
        # no English word in any widget text, apart from data and QGIS's / Qt's own
        for text in entry["texts"]:
            if not CJK.search(text) and text not in FOREIGN_TEXTS and text not in data_texts \
                    and not LAYER_ENTRY.match(text):
                problems.append((alg_id, "widget text", text))
        # the screenshot: a real, drawn window
        png = os.path.join(DIALOG_ARTIFACTS, name + ".png")
        if not os.path.exists(png):
            problems.append((alg_id, "no screenshot"))
            continue
        width, height, colours = _distinct_colours(png)
        if width < 300 or height < 200 or colours <= MIN_COLOURS:
            problems.append((alg_id, "screenshot", width, height, colours))
    assert not problems, "\n".join(repr(p) for p in problems)
    print("dialogs: %d opened, shown and closed in %.1f s" % (len(dialogs), desktop["dialogs_s"]))

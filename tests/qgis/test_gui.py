"""The packaged plugin in the real QGIS desktop under Xvfb: menu, toolbar, "load demo data"."""
import json
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTIFACTS = os.path.join(REPO, "build", "test-artifacts")


@pytest.mark.skipif(not shutil.which("xvfb-run") or not shutil.which("qgis"), reason="needs xvfb-run and qgis")
def test_desktop_menu_and_load_demo(tmp_path):
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
                   "allowVersionCheck=false\n\n[core]\nNewsFeed\\enabled=false\n\n[locale]\nuserLocale=zh_CN\n"
                   "overrideFlag=true\n")
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ, LANDPLAN_GUI_OUT=str(out))
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "qgis", "--noversioncheck",
                           "--profiles-path", str(tmp_path), "--nologo", "--code",
                           os.path.join(os.path.dirname(__file__), "gui_driver.py")],
                          env=env, capture_output=True, text=True, timeout=240)
    report_path = out / "gui_report.json"
    assert report_path.exists(), proc.stderr[-3000:]
    report = json.loads(report_path.read_text(encoding="utf-8"))
    os.makedirs(ARTIFACTS, exist_ok=True)
    if (out / "qgis_gui.png").exists():
        shutil.copy(out / "qgis_gui.png", os.path.join(ARTIFACTS, "qgis_gui.png"))
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

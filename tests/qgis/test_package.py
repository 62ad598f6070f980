"""The installable zip: repository rules, then a real qgis_process.bin run from it."""
import configparser
import json
import os
import subprocess
import sys
import zipfile

import pytest
from helpers import read_layer, square, write_gpkg
from osgeo import ogr

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    d = tmp_path_factory.mktemp("pkg")
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "package.py"), "--build", str(d / "build"),
                    "--dist", str(d / "dist")], check=True)
    return str(d / "dist" / "landplan_plugin.zip")


def test_zip_follows_plugin_repository_rules(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as zf:
        names = zf.namelist()
        assert {n.split("/")[0] for n in names} == {"landplan_plugin"}
        for required in ("__init__.py", "metadata.txt", "LICENSE", "i18n/landplan_zh_Hans.qm",
                         "resources/standards/puyang_other.json", "resources/icons/landplan.svg"):
            assert "landplan_plugin/" + required in names, required
        assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".pyo"))]
        meta = configparser.ConfigParser()
        meta.read_string(zf.read("landplan_plugin/metadata.txt").decode("utf-8"))
        general = meta["general"]
        for key in ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
                    "tracker", "repository"):
            assert general.get(key), key
        assert general["qgisMinimumVersion"] == "3.22"
        assert general["author"] == "LandPlan contributors"
        assert general.get("hasProcessingProvider") == "yes"
        assert "landplan_plugin/" + general["icon"] in names
        assert "GNU GENERAL PUBLIC LICENSE" in zf.read("landplan_plugin/LICENSE").decode()


def test_zip_passes_the_plugin_repository_check(plugin_zip):
    """scripts/package.py's check (what `make package` runs): no problems, the size against the limit."""
    proc = subprocess.run([sys.executable, os.path.join(REPO, "scripts", "package.py"), "--check", plugin_zip],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout
    assert "of the plugin repository's 25 MB limit" in proc.stdout
    assert "plugin repository check: passed" in proc.stdout
    assert os.path.getsize(plugin_zip) < 5_000_000  # today about 1 MB: a jump means something got in


def _profile_env(tmp_path, plugin_zip, locale=None):
    root = tmp_path / "qgis-config"
    plugins = root / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as zf:
        zf.extractall(plugins)
    if locale:
        ini = root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
        ini.parent.mkdir(parents=True)
        ini.write_text("[locale]\nuserLocale=%s\noverrideFlag=true\n" % locale)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(root))
    env.pop("PYTHONPATH", None)  # the installed copy, not the checkout
    env.pop("LANDPLAN_LOCALE", None)
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "landplan_plugin"], env=env, check=True,
                   capture_output=True)
    return env


def test_installed_zip_runs_in_qgis_process(qgis_app, plugin_zip, tmp_path):
    env = _profile_env(tmp_path, plugin_zip)
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547,
                     [("宗地编号", ogr.OFTString), ("亩均税收", ogr.OFTReal), ("投资强度", ogr.OFTReal),
                      ("容积率", ogr.OFTReal), ("建筑系数", ogr.OFTReal)],
                     [(square(590000, 3960000, 100), {"宗地编号": "A", "亩均税收": 1.4, "投资强度": 130,
                                                      "容积率": 1.0, "建筑系数": 50}),
                      (square(590200, 3960000, 100), {"宗地编号": "B", "亩均税收": 1.5, "投资强度": 130,
                                                      "容积率": 1.0, "建筑系数": 50})])
    out = str(tmp_path / "out.gpkg")
    proc = subprocess.run([QGIS_PROCESS, "--json", "run", "landplan:scoreinefficiency", "--",
                           "INPUT=" + src, "STANDARD=1", "OUTPUT=" + out],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    result = json.loads(proc.stdout)
    assert result["results"]["OUTPUT"].startswith(out)
    _, rows = read_layer(out)
    assert {r["宗地编号"]: r["ie_flag"] for r in rows} == {"A": 1, "B": 0}
    assert result["algorithm_details"]["id"] == "landplan:scoreinefficiency"
    # the GeoPackage carries its style: opened later it is categorised, not single-symbol
    from qgis.core import QgsVectorLayer
    fresh = QgsVectorLayer(out, "fresh", "ogr")
    assert fresh.renderer().type() == "categorizedSymbol"


def test_provider_is_chinese_under_a_chinese_locale(plugin_zip, tmp_path):
    env = _profile_env(tmp_path, plugin_zip, locale="zh_CN")
    proc = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0
    assert "landplan:scoreinefficiency\t低效工业用地评价" in proc.stdout
    proc = subprocess.run([QGIS_PROCESS, "help", "landplan:scoreinefficiency"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert "濮政办〔2021〕6号" in proc.stdout and "亩均税收" in proc.stdout


def test_plugin_start_up_is_light(tmp_path):
    """Loading the plugin the way qgis_process does imports no heavy library (numpy, openpyxl,
    geopandas, fiona, shapely) until an algorithm runs."""
    script = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path[:0] = ["/usr/share/qgis/python/plugins", "/usr/share/qgis/python", %r]
from qgis.core import QgsApplication
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False, %r)
app.initQgis()
before = set(sys.modules)
import qgis.utils
qgis.utils.plugin_paths.insert(0, %r)
assert qgis.utils.loadPlugin("landplan_plugin") and qgis.utils.startProcessingPlugin("landplan_plugin")
assert QgsApplication.processingRegistry().providerById("landplan").algorithms()
heavy = [m for m in ("openpyxl", "geopandas", "fiona", "shapely", "pandas", "numpy")
         if m in sys.modules and m not in before]
print("HEAVY", heavy, flush=True)  # os._exit skips the stdout flush
os._exit(0)
""" % (REPO, str(tmp_path / "profile"), REPO)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert "HEAVY []" in proc.stdout, proc.stdout + proc.stderr[-2000:]


def test_qgis_process_accepts_chinese_reference_dates(plugin_zip, tmp_path):
    env = _profile_env(tmp_path, plugin_zip)
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547,
                     [("宗地编号", ogr.OFTString), ("约定动工日期", ogr.OFTString), ("实际动工日期", ogr.OFTString)],
                     [(square(590000, 3960000, 100), {"宗地编号": "A", "约定动工日期": "2023年6月30日",
                                                      "实际动工日期": ""})])
    flags = {}
    for as_of in ("2024年6月29日", "2024/6/30"):  # ISO dates run in every other qgis_process test
        out = str(tmp_path / ("o%d.gpkg" % len(flags)))
        proc = subprocess.run([QGIS_PROCESS, "run", "landplan:flagidleland", "--", "INPUT=" + src,
                               "AS_OF=" + as_of, "OUTPUT=" + out], env=env, capture_output=True, text=True,
                              timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        _, rows = read_layer(out)
        flags[as_of] = rows[0]["idle_flag"]
    # one full year after 2023-06-30 is 2024-06-30: the day before is not yet idle
    assert flags == {"2024年6月29日": 0, "2024/6/30": 1}


def test_qgis_process_accepts_enum_ids(plugin_zip, tmp_path):
    """STANDARD=puyang_etdz (an id) and STANDARD=1 (an index) both select a standard."""
    env = _profile_env(tmp_path, plugin_zip)
    src = write_gpkg(str(tmp_path / "p.gpkg"), "parcels", 4547,
                     [("宗地编号", ogr.OFTString), ("亩均税收", ogr.OFTReal), ("投资强度", ogr.OFTReal),
                      ("容积率", ogr.OFTReal), ("建筑系数", ogr.OFTReal)],
                     [(square(590000, 3960000, 100), {"宗地编号": "A", "亩均税收": 2.0, "投资强度": 140,
                                                      "容积率": 1.0, "建筑系数": 50})])
    flags = {}
    for value in ("puyang_etdz", "1"):  # an id, and the index of the other standard
        out = str(tmp_path / ("o_%s.gpkg" % value))
        proc = subprocess.run([QGIS_PROCESS, "run", "landplan:scoreinefficiency", "--", "INPUT=" + src,
                               "STANDARD=" + value, "OUTPUT=" + out], env=env, capture_output=True, text=True,
                              timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        _, rows = read_layer(out)
        flags[value] = rows[0]["ie_flag"]
    # ETDZ needs 3 万元/亩 tax and 150 万元/亩 investment: 2.0 and 140 fail there (0.3 points), pass elsewhere
    assert flags == {"puyang_etdz": 1, "1": 0}

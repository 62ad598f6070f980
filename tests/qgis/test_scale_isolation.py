"""The distributed engine (the top-level package ``landplan``: dask, geopandas 1.x, pyogrio, pyarrow
from PyPI) never enters the QGIS process: loading the plugin and running its algorithms imports none
of it, no plugin module refers to it, and the plugin zip does not ship it."""
import ast
import os
import sys
import warnings

from conftest import REPO, run_alg

ENGINE_MODULES = ("landplan", "dask", "distributed", "dask_geopandas", "pyogrio", "pyarrow")


def test_running_the_algorithms_imports_nothing_of_the_engine(qgis_app, demo_gpkg, tmp_path):
    run_alg("landplan:scoreinefficiency", {"INPUT": demo_gpkg + "|layername=parcels",
                                           "OUTPUT": str(tmp_path / "scored.gpkg")})
    run_alg("landplan:zoneindustrialshare", {"ZONES": demo_gpkg + "|layername=zones",
                                             "LANDUSE": demo_gpkg + "|layername=landuse",
                                             "OUTPUT": str(tmp_path / "zones.gpkg")})
    loaded = [m for m in sys.modules if any(m == e or m.startswith(e + ".") for e in ENGINE_MODULES)]
    assert loaded == []


def test_no_plugin_module_imports_the_engine():
    package = os.path.join(REPO, "landplan_plugin")
    offenders = []
    for root, dirs, files in os.walk(package):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in files:
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f, warnings.catch_warnings():
                warnings.simplefilter("ignore")  # escape-sequence warnings of the parsed files are not ours
                tree = ast.parse(f.read(), path)
            for node in ast.walk(tree):
                mods = []
                if isinstance(node, ast.Import):
                    mods = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom):
                    mods = [("." * node.level) + (node.module or "")] + [a.name for a in node.names]
                if any(m.split(".")[0] in ENGINE_MODULES for m in mods):
                    offenders.append("%s:%d" % (os.path.relpath(path, REPO), node.lineno))
    assert offenders == []


def test_plugin_package_leaves_the_engine_out(tmp_path):
    sys.path.insert(0, os.path.join(REPO, "scripts"))
    import package
    target = package.build(str(tmp_path))
    assert os.path.isfile(os.path.join(target, "core", "scoring.py"))
    shipped = [os.path.relpath(os.path.join(root, name), target) for root, _dirs, files in os.walk(target)
               for name in files if name.endswith(".py")]
    assert not any(path.split(os.sep)[0] in ("landplan", "scale") for path in shipped)
    # no engine module under any name: its command-line and cluster modules are not in the zip
    assert not {"cli.py", "cluster.py", "jobs.py"} & {os.path.basename(p) for p in shipped}

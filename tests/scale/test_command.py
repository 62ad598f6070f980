"""The ``landplan`` command itself: installed console script and ``python -m``, input formats
(GeoParquet file and directory, GeoPackage layer, FlatGeobuf, GBK Shapefile) and outputs
(GeoPackage, partitioned GeoParquet) giving the same rows, clear one-sentence errors with exit
codes (never a traceback), and the import boundary to QGIS."""
import os
import subprocess
import sys

import pytest

from . import compare
from . import messy
from .conftest import DEMO, REPO, clean_env, landplan_process

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning")

SCORE_FIELDS = ["ie_tax", "ie_inv", "ie_far", "ie_cov", "ie_areamu", "ie_score", "ie_flag", "ie_type", "ie_reason",
                "ie_std"]


def test_console_script_and_module_both_run():
    proc = landplan_process("--help")
    assert proc.returncode == 0
    for command in ("score", "idle", "unsupplied", "commitments", "permu", "zoneshare", "zoneeval"):
        assert command in proc.stdout
    mod = subprocess.run([sys.executable, "-m", "landplan", "zoneshare", "--help"], capture_output=True,
                         text=True, env=clean_env(), cwd="/")
    assert mod.returncode == 0 and "--landuse-area-field" in mod.stdout and "--scheduler" in mod.stdout


def test_engine_imports_the_checkout_core_and_never_qgis():
    code = ("import sys, landplan_plugin.core.scoring as s, landplan.jobs, landplan.checks.zoneeval;"
            "print(s.__file__); print(any(m == 'qgis' or m.startswith(('qgis.', 'PyQt')) for m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=clean_env(), cwd="/")
    path, has_qgis = proc.stdout.split()
    assert os.path.dirname(os.path.dirname(os.path.dirname(path))) == REPO  # the checkout, not a copy
    assert has_qgis == "False"


@pytest.fixture(scope="module")
def formats(tmp_path_factory):
    """The messy parcels in every input format."""
    import geopandas as gpd
    tmp = tmp_path_factory.mktemp("formats")
    gdf = messy.parcels(n=120)
    paths = {"gpkg": messy.write(gdf, str(tmp / "p.gpkg"), "parcels")}
    gdf.to_parquet(str(tmp / "p.parquet"), index=False)
    paths["parquet"] = str(tmp / "p.parquet")
    os.makedirs(str(tmp / "pdir"))
    gdf.iloc[:50].to_parquet(str(tmp / "pdir" / "a.parquet"), index=False)
    gdf.iloc[50:].to_parquet(str(tmp / "pdir" / "b.parquet"), index=False)
    paths["parquet_dir"] = str(tmp / "pdir")
    gdf.to_file(str(tmp / "p.fgb"), driver="FlatGeobuf", engine="pyogrio", SPATIAL_INDEX="NO")
    paths["fgb"] = str(tmp / "p.fgb")
    shp = gdf.rename(columns={c: c for c in gdf.columns})
    shp.to_file(str(tmp / "p.shp"), driver="ESRI Shapefile", engine="pyogrio", encoding="GBK")
    os.remove(str(tmp / "p.cpg"))  # as many offices hand them in: GBK without a .cpg
    paths["shp"] = str(tmp / "p.shp")
    assert isinstance(gdf, gpd.GeoDataFrame)
    return tmp, paths


@pytest.mark.parametrize("kind", ["parquet", "parquet_dir", "fgb", "shp"])
def test_every_input_format_gives_the_same_scores(formats, landplan, kind):
    tmp, paths = formats
    ref = str(tmp / "ref.gpkg")
    if not os.path.exists(ref):
        code, text = landplan("score", paths["gpkg"], "--output", ref, "--partition-rows", "40")
        assert code == 0, text
    out = str(tmp / ("out_%s.parquet" % kind))
    extra = ["--encoding", "GBK"] if kind == "shp" else []
    # a shapefile cuts field names to 10 bytes: name the fields it kept
    fields = ["--status-field", "生产状态"] if kind != "shp" else ["--tax-per-mu-field", "亩均税收",
                                                                  "--status-field", "生产状态"]
    code, text = landplan("score", paths[kind], "--output", out, "--partition-rows", "40", *(extra + fields))
    assert code == 0, text
    ours, theirs = compare.read(out), compare.read(ref)
    assert len(ours) == len(theirs) == 120
    assert set(ours["宗地编号"]) == set(theirs["宗地编号"])  # Chinese text read right (GBK)
    assert not compare.differences(ours, theirs, SCORE_FIELDS, key="宗地编号")
    if kind == "parquet_dir":
        assert len(os.listdir(out)) == 2  # one file per partition (here: per input file)


def test_geoparquet_output_reads_back_as_the_input_types(formats, landplan):
    tmp, paths = formats
    out = str(tmp / "idle_out")
    code, text = landplan("idle", paths["gpkg"], "--as-of", "2024-06-30", "--output", out, "--partition-rows", "50")
    assert code == 0, text
    frame = compare.read(out)
    assert len(frame) == 120
    assert str(frame["idle_flag"].dtype) in ("Int32", "int32", "float64")
    assert {str(d) for d in frame["idle_asof"].dropna().unique()} == {"2024-06-30"}
    assert frame.crs.to_epsg() == 4547


def _error(*args):
    """(exit code, the one error line) of the command run in-process (the same main())."""
    import contextlib
    import io as _io
    import dask
    from landplan.cli import main
    out, err = _io.StringIO(), _io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), \
            dask.config.set({"landplan.scheduler-timeout": "2s"}):
        code = main([str(a) for a in args])
    assert "Traceback" not in err.getvalue()
    lines = [line for line in err.getvalue().splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("landplan: error: "), err.getvalue()
    return code, lines[0]


def test_missing_field_is_one_sentence_naming_it(tmp_path):
    proc = landplan_process("score", DEMO, "--layer", "parcels", "--far-field", "容积", "--output",
                            str(tmp_path / "x.gpkg"))  # the real console script
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        'landplan: error: Field "容积" (--far-field, precomputed indicator) is not in the parcels layer '
        '%s|layername=parcels.' % DEMO]
    code, line = _error("score", DEMO, "--layer", "parcels", "--tax-per-mu-field", "亩均产值", "--output",
                        str(tmp_path / "x.gpkg"))
    assert code == 2 and "亩均产值" in line and "--tax-per-mu-field" in line


def test_unreadable_file_and_layer(tmp_path):
    bad = tmp_path / "broken.gpkg"
    bad.write_bytes(b"not a geopackage at all")
    code, line = _error("idle", str(bad), "--output", str(tmp_path / "x.gpkg"))
    assert code == 2 and "broken.gpkg" in line
    code, line = _error("idle", str(tmp_path / "missing.gpkg"), "--output", str(tmp_path / "x.gpkg"))
    assert code == 2 and "missing.gpkg" in line and "no such file" in line
    code, line = _error("zoneshare", "--zones", DEMO, "--landuse", DEMO, "--output", str(tmp_path / "x.gpkg"))
    assert code == 2 and "--layer" in line


def test_layer_without_crs_is_refused(tmp_path):
    gdf = messy.parcels(n=10).set_crs(None, allow_override=True)
    src = str(tmp_path / "nocrs.parquet")
    gdf.to_parquet(src, index=False)
    code, line = _error("score", src, "--output", str(tmp_path / "x.gpkg"))
    assert code == 3 and "coordinate reference system" in line


def test_bad_options_and_unwritable_output(tmp_path):
    code, line = _error("score", DEMO, "--layer", "parcels", "--standard", "beijing", "--output",
                        str(tmp_path / "x.gpkg"))
    assert code == 2 and "beijing" in line
    code, line = _error("idle", DEMO, "--layer", "parcels", "--as-of", "2024年13月1日", "--output",
                        str(tmp_path / "x.gpkg"))
    assert code == 2 and "--as-of" in line
    code, line = _error("idle", DEMO, "--layer", "parcels", "--output", str(tmp_path / "no" / "dir" / "x.gpkg"))
    assert code == 2 and "does not exist" in line
    code, line = _error("idle", DEMO, "--layer", "parcels", "--output", str(tmp_path / "x.csv"))
    assert code == 2 and "GeoPackage" in line
    code, line = _error("score", DEMO, "--layer", "parcels", "--scheduler", "tcp://127.0.0.1:9", "--output",
                        str(tmp_path / "x.gpkg"))
    assert code == 4 and "tcp://127.0.0.1:9" in line


def test_geopackage_copied_and_filled_by_sql_gives_the_same_layer(formats, landplan, tmp_path):
    """GeoPackage in (its only table) → GeoPackage out: the input is copied and the output fields
    filled by SQL; the result is the feature-by-feature result, under the output layer's name,
    with a working R-tree (repaired geometries included) and the input untouched."""
    import sqlite3
    _tmp, paths = formats
    src = paths["gpkg"].split("|")[0]
    digest = compare.checksum(src)
    fast, ref = str(tmp_path / "fast.gpkg"), str(tmp_path / "ref.parquet")
    code, text = landplan("score", paths["gpkg"], "--output", fast, "--output-layer", "评价结果",
                          "--partition-rows", "40")
    assert code == 0 and "GeoPackage written directly" in text, text
    code, text = landplan("score", paths["gpkg"], "--output", ref, "--partition-rows", "40")
    assert code == 0, text
    ours, theirs = compare.read(fast, "评价结果"), compare.read(ref)
    assert list(ours.columns) == list(theirs.columns) and len(ours) == len(theirs) == 120
    assert not compare.differences(ours, theirs, [c for c in theirs.columns if c != "geometry"], key="宗地编号")
    same = ours.geometry.normalize().geom_equals_exact(theirs.geometry.normalize(), 1e-9)
    assert (same | (ours.geometry.isna() & theirs.geometry.isna())).all()
    con = sqlite3.connect(fast)
    try:
        assert [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")] == ["评价结果"]
        indexed = con.execute('SELECT count(*) FROM "rtree_评价结果_geom"').fetchone()[0]
        triggers = con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '评价结果'")
        assert indexed == int(ours.geometry.notna().sum()) and triggers.fetchone()[0] >= 6
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert compare.checksum(src) == digest
    code, text = landplan("score", DEMO, "--layer", "parcels", "--output", str(tmp_path / "demo.gpkg"))
    # a GeoPackage with several layers: written feature by feature
    assert code == 0 and "GeoPackage written directly" not in text

"""Every algorithm with PostGIS input and PostGIS output gives the same results as from GeoPackage.

A real PostgreSQL/PostGIS server (Debian packages) is started on loopback in a throw-away cluster.
"""
import pytest
from conftest import run_alg
from helpers import read_layer
from qgis.core import QgsApplication, QgsVectorLayer

import pg

AS_OF = "2025-12-31"


@pytest.fixture(scope="module")
def postgis(demo_gpkg):
    if pg.pg_bin() is None:
        pytest.fail("PostgreSQL server binaries missing: `make deps` installs postgresql + postgis")
    server = pg.PostGIS().start()
    server.load_gpkg(demo_gpkg)
    yield server
    server.stop()


def _pg_out(server, table):
    return "postgres://" + server.uri(table).replace(" key='fid'", "")


def _rows_by(layer_uri, key, fields, provider="ogr"):
    lyr = QgsVectorLayer(layer_uri, "x", provider)
    assert lyr.isValid(), layer_uri
    out = {}
    for f in lyr.getFeatures():
        out[f[key]] = tuple(_norm(f[name]) for name in fields)
    return out


def _norm(v):
    from qgis.PyQt.QtCore import QVariant
    if isinstance(v, QVariant):
        v = None if v.isNull() else v.value()
    if isinstance(v, float):
        return round(v, 4)
    return v


CASES = [
    ("landplan:scoreinefficiency", "parcels", {"STANDARD": 1}, "宗地编号", ["ie_flag", "ie_score", "ie_type", "ie_reason"]),
    ("landplan:flagidleland", "parcels", {"AS_OF": AS_OF}, "宗地编号", ["idle_flag", "idle_days"]),
    ("landplan:flagunsupplied", "approvals", {"AS_OF": AS_OF, "SUPPLIED": "supplies"}, "批准文号",
     ["unsup_flag", "unsup_yrs"]),
]


@pytest.mark.parametrize("alg_id,table,extra,key,fields", CASES, ids=[c[0] for c in CASES])
def test_postgis_in_and_out_equals_geopackage(qgis_app, postgis, demo_gpkg, tmp_path, alg_id, table, extra, key,
                                              fields):
    if QgsApplication.processingRegistry().algorithmById(alg_id) is None:
        pytest.fail("%s not registered" % alg_id)
    gp_params, pg_params = {}, {}
    for name, value in extra.items():
        if name in ("SUPPLIED",):
            gp_params[name] = "%s|layername=%s" % (demo_gpkg, value)
            pg_params[name] = QgsVectorLayer(postgis.uri(value), value, "postgres")
            assert pg_params[name].isValid()
        else:
            gp_params[name] = pg_params[name] = value
    gp_params.update(INPUT="%s|layername=%s" % (demo_gpkg, table), OUTPUT=str(tmp_path / "gp.gpkg"))
    src = QgsVectorLayer(postgis.uri(table), table, "postgres")
    assert src.isValid() and src.featureCount() > 0
    out_table = "out_" + alg_id.split(":")[1]
    pg_params.update(INPUT=src, OUTPUT=_pg_out(postgis, out_table))
    run_alg(alg_id, gp_params)
    res, _ = run_alg(alg_id, pg_params)
    gp_rows = _rows_by(str(tmp_path / "gp.gpkg"), key, fields)
    pg_rows = _rows_by(postgis.uri(out_table, key="fid"), key, fields, "postgres")
    assert len(pg_rows) == len(gp_rows) == src.featureCount()
    assert pg_rows == gp_rows

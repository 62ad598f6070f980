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


# (algorithm, layer parameters → demo table, other parameters, key field, fields compared)
CASES = [
    ("landplan:scoreinefficiency", {"INPUT": "parcels"}, {"STANDARD": 1}, "宗地编号",
     ["ie_flag", "ie_score", "ie_type", "ie_reason", "ie_areamu"]),
    ("landplan:flagidleland", {"INPUT": "parcels"}, {"AS_OF": AS_OF}, "宗地编号",
     ["idle_flag", "idle_days", "idle_stage", "idle_disp", "idle_rsn"]),
    ("landplan:flagunsupplied", {"INPUT": "approvals", "SUPPLIED": "supplies", "BUILDINGS": "buildings"},
     {"AS_OF": AS_OF}, "批准文号", ["unsup_flag", "unsup_yrs", "unsup_mu", "unsup_use"]),
    ("landplan:flagunsupplied", {"INPUT": "approvals"}, {"AS_OF": AS_OF}, "批准文号", ["unsup_flag", "unsup_yrs"]),
    ("landplan:zoneindustrialshare", {"ZONES": "zones", "LANDUSE": "landuse"}, {"LANDUSE_FIELD": "DLBM"},
     "zone_name", ["ind_share", "share_ok", "deficit_ha", "base_ha", "unk_ha"]),
]


@pytest.mark.parametrize("alg_id,layers,extra,key,fields", CASES,
                         ids=["score", "idle", "unsupplied-spatial", "unsupplied-attr", "zone"])
def test_postgis_in_and_out_equals_geopackage(qgis_app, postgis, demo_gpkg, tmp_path, alg_id, layers, extra, key,
                                              fields):
    assert QgsApplication.processingRegistry().algorithmById(alg_id) is not None
    gp_params, pg_params = dict(extra), dict(extra)
    keep = []
    for name, table in layers.items():
        gp_params[name] = "%s|layername=%s" % (demo_gpkg, table)
        lyr = QgsVectorLayer(postgis.uri(table), table, "postgres")
        assert lyr.isValid() and lyr.featureCount() > 0, table
        keep.append(lyr)
        pg_params[name] = lyr
    out_table = "out_%s_%d" % (alg_id.split(":")[1], len(layers))
    gp_params["OUTPUT"] = str(tmp_path / "gp.gpkg")
    pg_params["OUTPUT"] = _pg_out(postgis, out_table)
    run_alg(alg_id, gp_params)
    run_alg(alg_id, pg_params)
    gp_rows = _rows_by(str(tmp_path / "gp.gpkg"), key, fields)
    pg_rows = _rows_by(postgis.uri(out_table, key="fid"), key, fields, "postgres")
    assert len(pg_rows) == len(gp_rows) == keep[0].featureCount()
    assert pg_rows == gp_rows


def test_export_from_postgis(qgis_app, postgis, tmp_path):
    scored = _pg_out(postgis, "scored_for_export")
    src = QgsVectorLayer(postgis.uri("parcels"), "parcels", "postgres")
    run_alg("landplan:scoreinefficiency", {"INPUT": src, "STANDARD": 1, "OUTPUT": scored})
    scored_layer = QgsVectorLayer(postgis.uri("scored_for_export", key="fid"), "s", "postgres")
    flagged = sum(1 for f in scored_layer.getFeatures() if f["ie_flag"] == 1)
    res, _ = run_alg("landplan:exportflagged", {"INPUT": scored_layer, "OUTPUT": str(tmp_path / "f.shp"),
                                                "LEDGER": str(tmp_path / "l.xlsx")})
    assert QgsVectorLayer(str(tmp_path / "f.shp"), "f", "ogr").featureCount() == flagged > 0
    import openpyxl
    ws = openpyxl.load_workbook(str(tmp_path / "l.xlsx"))["台账"]
    assert sum(isinstance(r[0], int) for r in ws.iter_rows(min_row=4, values_only=True)) == flagged  # 序号 1…n


def test_curved_and_zm_geometry_from_postgis(qgis_app, postgis, tmp_path):
    """Curve polygons and Z/M coordinates, as PostGIS users have them: no crash, every row out,
    sensible areas (a circle of radius 50 m ≈ 7854 m² ≈ 11.78 亩)."""
    postgis.psql(pg.DBNAME, """
        DROP TABLE IF EXISTS curved;
        CREATE TABLE curved (fid serial PRIMARY KEY, "宗地编号" text, "亩均税收" float8, "投资强度" float8,
                             "容积率" float8, "建筑系数" float8, "批准日期" date DEFAULT '2020-01-01',
                             geom geometry(CurvePolygonZM, 4547));
        INSERT INTO curved ("宗地编号", "亩均税收", "投资强度", "容积率", "建筑系数", geom) VALUES
          ('C1', 2.0, 150, 1.0, 50, ST_GeomFromText('CURVEPOLYGON ZM(CIRCULARSTRING ZM(590000 3960000 5 1,
             590100 3960000 5 1, 590000 3960000 5 1))', 4547)),
          ('C2', 1.0, 150, 1.0, 50, ST_GeomFromText('CURVEPOLYGON ZM((590200 3960000 1 2, 590300 3960000 1 2,
             590300 3960100 1 2, 590200 3960100 1 2, 590200 3960000 1 2))', 4547));
    """)
    src = QgsVectorLayer(postgis.uri("curved"), "curved", "postgres")
    assert src.isValid() and src.featureCount() == 2
    res, _ = run_alg("landplan:scoreinefficiency", {"INPUT": src, "STANDARD": 1, "OUTPUT": str(tmp_path / "c.gpkg")})
    _, rows = read_layer(res["OUTPUT"])
    by = {r["宗地编号"]: r for r in rows}
    assert by["C1"]["ie_areamu"] == pytest.approx(3.14159 * 50 * 50 / (10000 / 15), rel=0.01)
    assert by["C1"]["ie_flag"] == 0 and by["C2"]["ie_flag"] == 1
    # spatial 批而未供 with curved approvals and curved supplies (the same polygons: all supplied)
    res, _ = run_alg("landplan:flagunsupplied", {"INPUT": src, "SUPPLIED": src, "AS_OF": AS_OF,
                                                 "OUTPUT": str(tmp_path / "u.gpkg")})
    _, rows = read_layer(res["OUTPUT"])
    assert len(rows) == 2 and all(r["unsup_flag"] == 0 for r in rows)

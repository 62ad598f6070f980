"""GeoPackage in, GeoPackage out: the output is the input file copied (SQLite's backup, at disk
speed) with the output fields added and filled by SQL, keyed by the features' ids — the way
landplan:scoreinefficiency writes a GeoPackage (algorithms/gdal_io.py). The workers then read only
the columns a check needs and send back only its output columns, and the client never rewrites
the input's geometries and attributes feature by feature. Used when the input is a GeoPackage's
only table and no input field is named like an output field; otherwise the output is written
feature by feature (io.GpkgWriter).
"""
import os
import sqlite3
import struct
import threading

import numpy as np

#: output field kind → SQLite declaration (as GDAL declares them)
DECLARED = {"f": "REAL", "i": "MEDIUMINT", "s": "TEXT", "d": "DATE"}


def _q(name):
    return '"%s"' % str(name).replace('"', '""')


class FastOutput:
    """The output file being filled; :meth:`open_for` decides whether it can be used."""

    def __init__(self, src, dst, src_layer, dst_layer, spec, srs_id, geom_col):
        self.src, self.dst = src, dst
        self.src_layer, self.dst_layer = src_layer, dst_layer
        self.spec = spec
        self.srs_id, self.geom_col = srs_id, geom_col
        self.con = None
        self.failed = None
        self.triggers = []
        self.repaired = {}
        self.thread = threading.Thread(target=self._copy, name="landplan-copy", daemon=True)

    @classmethod
    def open_for(cls, layer, output, layer_name, spec):
        """The writer (its copy started in the background), or None when the output must be
        written feature by feature."""
        source = getattr(layer, "source", ("",))
        if source[0] != "ogr" or not output.lower().endswith(".gpkg") or not source[1].lower().endswith(".gpkg"):
            return None
        src = source[1]
        if os.path.abspath(src) == os.path.abspath(output) or not layer.fid_rows:
            return None
        added = {name.lower() for name, _, _ in spec}
        if any(c.lower() in added for c in layer.columns):
            return None
        try:
            con = sqlite3.connect("file:%s?mode=ro" % src, uri=True)
            try:
                contents = con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall()
                geom = con.execute("SELECT column_name, srs_id FROM gpkg_geometry_columns").fetchall()
            finally:
                con.close()
        except sqlite3.Error:
            return None
        if len(contents) != 1 or contents[0][1] != "features" or len(geom) != 1:
            return None
        out = cls(src, output, contents[0][0], layer_name, spec, geom[0][1], geom[0][0])
        out.thread.start()
        return out

    # ---- the copy -------------------------------------------------------------------------------
    def _copy(self):
        try:
            if os.path.exists(self.dst):
                os.remove(self.dst)
            src = sqlite3.connect("file:%s?mode=ro" % self.src, uri=True)
            dst = sqlite3.connect(self.dst)
            try:
                src.backup(dst)
            finally:
                src.close()
                dst.close()
            con = sqlite3.connect(self.dst, isolation_level=None, check_same_thread=False)
            _register_functions(con)
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("PRAGMA synchronous=OFF")
            con.execute("BEGIN")
            if self.dst_layer != self.src_layer:
                _rename_layer(con, self.src_layer, self.dst_layer, self.geom_col)
            for table in ("gpkg_data_columns", "gpkg_metadata_reference"):
                if con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone():
                    con.execute("DELETE FROM %s" % table)
            for name, kind, _ in self.spec:
                con.execute("ALTER TABLE %s ADD COLUMN %s %s" % (_q(self.dst_layer), _q(name), DECLARED[kind]))
            # the table's triggers (R-tree, feature count) are set aside while the rows are updated:
            # their WHEN clauses, evaluated for every updated row, would double the time
            self.triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                        (self.dst_layer,)).fetchall()
            for name, _ in self.triggers:
                con.execute("DROP TRIGGER %s" % _q(name))
            self.con = con
        except Exception as exc:  # noqa: BLE001 — reported when the first results are written
            self.failed = exc

    def _ready(self):
        self.thread.join()
        if self.failed is not None:
            raise RuntimeError("could not copy %s to %s: %s" % (self.src, self.dst, self.failed))
        return self.con

    # ---- the results ----------------------------------------------------------------------------
    def write(self, fids, values, geometries=None):
        """The output columns of the features ``fids`` (``values``: name → sequence, as
        adapt.output_values gives them); ``geometries``: {fid: repaired geometry}."""
        from .adapt import sql_values
        con = self._ready()
        names = [name for name, _, _ in self.spec]
        sql = "UPDATE %s SET %s WHERE fid = ?" % (_q(self.dst_layer), ", ".join("%s = ?" % _q(n) for n in names))
        rows = zip(*[sql_values(values[n], kind) for n, kind, _ in self.spec], np.asarray(fids).tolist())
        con.executemany(sql, rows)
        if geometries:
            self.repaired.update(geometries)

    def close(self):
        con = self._ready()
        for _name, sql in self.triggers:
            con.execute(sql)
        if self.repaired:  # with the R-tree triggers back: the index follows the repaired geometries
            sql = "UPDATE %s SET %s = ? WHERE fid = ?" % (_q(self.dst_layer), _q(self.geom_col))
            con.executemany(sql, [(gpkg_blob(g, self.srs_id), int(f)) for f, g in self.repaired.items()])
        con.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                    "WHERE table_name = ?", (self.dst_layer,))
        con.execute("COMMIT")
        con.close()

    def abort(self):
        try:
            if self.thread.is_alive():
                self.thread.join()
            if self.con is not None:
                self.con.close()
        finally:
            if os.path.exists(self.dst):
                os.remove(self.dst)


def _rename_layer(con, old, new, geom_col):
    """Rename a GeoPackage feature table with its R-tree, triggers and registrations (what GDAL's
    ALTER TABLE … RENAME TO does)."""
    old_rtree, new_rtree = "rtree_%s_%s" % (old, geom_col), "rtree_%s_%s" % (new, geom_col)
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                           (old,)).fetchall()
    for name, _ in triggers:
        con.execute("DROP TRIGGER %s" % _q(name))
    has_rtree = con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (old_rtree,)).fetchone()
    if has_rtree:
        con.execute("ALTER TABLE %s RENAME TO %s" % (_q(old_rtree), _q(new_rtree)))
    con.execute("ALTER TABLE %s RENAME TO %s" % (_q(old), _q(new)))
    for name, sql in triggers:
        sql = sql.replace(old_rtree, new_rtree).replace('"%s"' % old, _q(new)).replace("'%s'" % old, "'%s'" % new)
        sql = sql.replace(_q(name), _q(name.replace(old, new)), 1)
        con.execute(sql)
    con.execute("UPDATE gpkg_contents SET table_name = ?, identifier = ? WHERE table_name = ?", (new, new, old))
    for table in ("gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents"):
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone():
            con.execute("UPDATE %s SET table_name = ? WHERE table_name = ?" % table, (new, old))
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        con.execute("UPDATE sqlite_sequence SET name = ? WHERE name = ?", (new, old))


# ---- GeoPackage geometry blobs ------------------------------------------------------------------

def gpkg_blob(geom, srs_id):
    """A shapely geometry as a GeoPackage geometry blob (standard, little-endian, XY envelope)."""
    import shapely
    if geom is None:
        return None
    if geom.is_empty:
        return b"GP" + struct.pack("<BBi", 0, 0b00010001, srs_id) + shapely.to_wkb(geom, byte_order=1)
    minx, miny, maxx, maxy = geom.bounds
    return (b"GP" + struct.pack("<BBi4d", 0, 0b00000011, srs_id, minx, maxx, miny, maxy)
            + shapely.to_wkb(geom, byte_order=1))


def _envelope(blob):
    """(minx, maxx, miny, maxy, empty) of a GeoPackage geometry blob."""
    import shapely
    if blob is None:
        return None
    flags = blob[3]
    empty = bool(flags & 0b00010000)
    size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 0b111, 0)
    if size and not empty:
        order = "<" if flags & 1 else ">"
        return struct.unpack(order + "4d", blob[8:40]) + (False,)
    geom = shapely.from_wkb(bytes(blob[8 + size:]))
    if geom.is_empty:
        return (np.nan, np.nan, np.nan, np.nan, True)
    minx, miny, maxx, maxy = geom.bounds
    return (minx, maxx, miny, maxy, False)


def _register_functions(con):
    """The GeoPackage SQL functions the R-tree triggers call (GDAL provides them to its own
    connections; a plain SQLite connection updating a geometry needs them too)."""
    def part(k):
        return lambda blob: None if blob is None else _envelope(blob)[k]
    for k, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        con.create_function(name, 1, part(k), deterministic=True)
    con.create_function("ST_IsEmpty", 1, lambda blob: None if blob is None else int(_envelope(blob)[4]),
                        deterministic=True)

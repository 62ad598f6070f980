"""GeoPackage in, GeoPackage out, fast: the output layer is the input layer's table with the output
fields appended, built in SQLite itself — each worker writes its partition's results into a small
SQLite file of its own (keyed by the features' ids), and as each one comes the client joins it to
the input's rows with one ``INSERT … SELECT``, at disk speed, while the workers compute the next
ones; the input's R-tree is copied as it is. The workers then read only
the columns a check needs and send back only its output columns, and no feature is rewritten
through Python. (landplan:scoreinefficiency writes a GeoPackage in the same spirit, by SQL:
algorithms/gdal_io.py.) Used when the input is a GeoPackage's only table and no input field is
named like an output field; otherwise the output is written feature by feature (io.GpkgWriter).
"""
import os
import re
import sqlite3
import struct
import threading

import numpy as np

#: output field kind → SQLite declaration (as GDAL declares them)
DECLARED = {"f": "REAL", "i": "MEDIUMINT", "s": "TEXT", "d": "DATE"}
RESULTS = "_landplan_results"


def _q(name):
    return '"%s"' % str(name).replace('"', '""')


class FastOutput:
    """The output file being built; :meth:`open_for` decides whether it can be used."""

    def __init__(self, src, dst, src_layer, dst_layer, spec, srs_id, geom_col):
        self.src, self.dst = src, dst
        self.src_layer, self.dst_layer = src_layer, dst_layer
        self.spec = spec
        self.srs_id, self.geom_col = srs_id, geom_col
        self.con = None
        self.failed = None
        self.repaired = {}
        self.written = 0
        self.thread = threading.Thread(target=self._create, name="landplan-gpkg", daemon=True)

    @classmethod
    def open_for(cls, layer, output, layer_name, spec):
        """The writer (the output file being created in the background), or None when the
        output must be written feature by feature."""
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

    # ---- the file -------------------------------------------------------------------------------
    def _create(self):
        """The output file with the GeoPackage tables, the (empty) layer table with the output
        fields and the results table; the source attached."""
        try:
            if os.path.exists(self.dst):
                os.remove(self.dst)
            con = sqlite3.connect(self.dst, isolation_level=None, check_same_thread=False)
            _register_functions(con)
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("PRAGMA synchronous=OFF")
            con.execute("ATTACH DATABASE ? AS src", ("file:%s?mode=ro" % self.src,))
            for pragma in ("application_id", "user_version"):
                value = con.execute("PRAGMA src.%s" % pragma).fetchone()[0]
                con.execute("PRAGMA main.%s = %d" % (pragma, int(value)))
            con.execute("BEGIN")
            _copy_metadata(con, self.src_layer, self.dst_layer, self.geom_col)
            sql = con.execute("SELECT sql FROM src.sqlite_master WHERE type = 'table' AND name = ?",
                              (self.src_layer,)).fetchone()[0]
            added = ", ".join("%s %s" % (_q(name), DECLARED[kind]) for name, kind, _ in self.spec)
            con.execute(_renamed_table_sql(sql, self.dst_layer, added))
            con.execute("COMMIT")
            os.makedirs(self.parts_dir, exist_ok=True)
            self.con = con
        except Exception as exc:  # noqa: BLE001 — reported when the first results are written
            self.failed = exc

    def _ready(self):
        self.thread.join()
        if self.failed is not None:
            raise RuntimeError("could not create %s: %s" % (self.dst, self.failed))
        return self.con

    # ---- the results ----------------------------------------------------------------------------
    @property
    def parts_dir(self):
        """Where the workers write their partitions' results (beside the output: on a cluster, a
        folder every worker reaches)."""
        return self.dst + ".parts"

    def part_path(self, index):
        return os.path.join(self.parts_dir, "part.%05d.sqlite" % index)

    def add(self, part):
        """One partition's results (:func:`write_part`'s answer) joined to the input's rows."""
        con = self._ready()
        names = ", ".join("r.%s" % _q(name) for name, _, _ in self.spec)
        con.execute("ATTACH DATABASE ? AS part", (part["path"],))
        try:
            con.execute("BEGIN")
            con.execute("INSERT INTO %s SELECT s.*, %s FROM part.%s AS r JOIN src.%s AS s ON s.rowid = r.fid "
                        "ORDER BY r.fid" % (_q(self.dst_layer), names, RESULTS, _q(self.src_layer)))
            con.execute("COMMIT")
        finally:
            con.execute("DETACH DATABASE part")
        os.remove(part["path"])
        self.written += part["count"]
        self.repaired.update(part["geometries"])

    def close(self):
        """Copy the R-tree, restore the triggers, write the repaired geometries and commit."""
        con = self._ready()
        con.execute("BEGIN")
        missing = con.execute("SELECT count(*) FROM src.%s" % _q(self.src_layer)).fetchone()[0] - self.written
        if missing:  # features outside every partition's id range (none expected): written without results
            con.execute("INSERT INTO %s SELECT s.*, %s FROM src.%s AS s WHERE s.rowid NOT IN (SELECT rowid FROM %s)"
                        % (_q(self.dst_layer), ", ".join("NULL" for _ in self.spec), _q(self.src_layer),
                           _q(self.dst_layer)))
        _copy_rtree(con, self.src_layer, self.dst_layer, self.geom_col)
        _copy_triggers(con, self.src_layer, self.dst_layer, self.geom_col)
        if self.repaired:  # with the R-tree triggers in place: the index follows the repaired geometries
            sql = "UPDATE %s SET %s = ? WHERE rowid = ?" % (_q(self.dst_layer), _q(self.geom_col))
            con.executemany(sql, [(gpkg_blob(g, self.srs_id), int(f)) for f, g in self.repaired.items()])
        con.execute("COMMIT")
        con.execute("DETACH DATABASE src")
        con.close()
        _remove_dir(self.parts_dir)

    def abort(self):
        try:
            if self.thread.is_alive():
                self.thread.join()
            if self.con is not None:
                self.con.close()
        finally:
            if os.path.exists(self.dst):
                os.remove(self.dst)
            _remove_dir(self.parts_dir)


def _remove_dir(path):
    import shutil
    shutil.rmtree(path, ignore_errors=True)


def write_part(path, fids, values, spec, geometries):
    """One partition's results written by its worker into a SQLite file of its own (``values``:
    name → array as adapt.output_arrays gives them) → what :meth:`FastOutput.add` takes."""
    from .adapt import sql_values
    if os.path.exists(path):
        os.remove(path)  # a task run again (its worker died) starts over
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("BEGIN")
        con.execute("CREATE TABLE %s (fid INTEGER PRIMARY KEY, %s)" % (RESULTS, ", ".join(_q(n) for n, _, _ in spec)))
        con.executemany("INSERT INTO %s VALUES (%s)" % (RESULTS, ", ".join("?" * (len(spec) + 1))),
                        zip(np.asarray(fids).tolist(), *[sql_values(values[n], kind) for n, kind, _ in spec]))
        con.execute("COMMIT")
    finally:
        con.close()
    return {"path": path, "count": len(fids), "geometries": geometries}


# ---- copying a GeoPackage layer's definition ---------------------------------------------------------

def _renamed_table_sql(sql, name, added):
    """The source table's CREATE statement for table ``name``, with the columns ``added`` appended."""
    sql = re.sub(r'^\s*CREATE\s+TABLE\s+(?:"(?:[^"]|"")*"|\'[^\']*\'|`[^`]*`|\[[^\]]*\]|[^\s(]+)\s*\(',
                 "CREATE TABLE %s (" % _q(name), sql, count=1, flags=re.IGNORECASE)
    end = sql.rstrip().rfind(")")
    return sql[:end] + ", " + added + ")"


def _copy_metadata(con, old, new, geom_col):
    """The GeoPackage tables (and their triggers) of the source, with the one layer's rows under
    its new name."""
    tables = con.execute("SELECT name, sql FROM src.sqlite_master WHERE type = 'table' AND name LIKE 'gpkg%' "
                         "ORDER BY rowid").fetchall()
    for _name, sql in tables:
        con.execute(sql)
    for _name, sql in con.execute("SELECT name, sql FROM src.sqlite_master WHERE type = 'trigger' "
                                 "AND tbl_name LIKE 'gpkg%'").fetchall():
        con.execute(sql)
    present = {name for name, _ in tables}
    con.execute("INSERT INTO gpkg_spatial_ref_sys SELECT * FROM src.gpkg_spatial_ref_sys")
    con.execute("INSERT INTO gpkg_contents SELECT * FROM src.gpkg_contents")
    con.execute("UPDATE gpkg_contents SET table_name = ?, identifier = ?, description = '', "
                "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?", (new, new, old))
    for table in ("gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents"):
        if table in present:
            con.execute("INSERT INTO %s SELECT * FROM src.%s" % (table, table))
            con.execute("UPDATE %s SET table_name = ? WHERE table_name = ?" % table, (new, old))


def _copy_rtree(con, old, new, geom_col):
    """The source's R-tree index, copied as it is (its three shadow tables): the geometries are
    the same, so is the index."""
    old_rtree, new_rtree = "rtree_%s_%s" % (old, geom_col), "rtree_%s_%s" % (new, geom_col)
    row = con.execute("SELECT sql FROM src.sqlite_master WHERE name = ?", (old_rtree,)).fetchone()
    if row is None:
        return
    con.execute(row[0].replace(old_rtree, new_rtree, 1))
    for suffix in ("_node", "_parent", "_rowid"):
        con.execute("DELETE FROM %s" % _q(new_rtree + suffix))
        con.execute("INSERT INTO %s SELECT * FROM src.%s" % (_q(new_rtree + suffix), _q(old_rtree + suffix)))


def _copy_triggers(con, old, new, geom_col):
    """The source layer's triggers (R-tree maintenance, feature count) for the new table."""
    old_rtree, new_rtree = "rtree_%s_%s" % (old, geom_col), "rtree_%s_%s" % (new, geom_col)
    for name, sql in con.execute("SELECT name, sql FROM src.sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                 (old,)).fetchall():
        sql = sql.replace(old_rtree, new_rtree).replace('"%s"' % old, _q(new)).replace("'%s'" % old, "'%s'" % new)
        con.execute(sql.replace(_q(name), _q(name.replace(old, new)), 1))


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

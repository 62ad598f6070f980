"""GeoPackage file → GeoPackage file without the row-by-row Processing sink.

For a plain GeoPackage input layer written to a new ``.gpkg`` file, the output is made by
copying the layer (SQLite's page-level backup of the file when the layer is all it holds — its
spatial index comes along —, else ``gdal.VectorTranslate`` of the one layer), renaming it the way
the Processing sink names it, adding the new columns with the declarations the sink would give
them, and filling them with one ``UPDATE`` per parcel inside a single transaction. Repaired
geometries are rewritten through OGR (as the sink writes them). Where QGIS's GeoPackage writer
stores field aliases and comments in the file (``gpkg_data_columns``, QGIS 3.40 with GDAL ≥ 3.7;
:func:`..compat.gpkg_field_metadata`), the same tables and rows are written by SQL too. The
input is read by SQL where that gives exactly what QGIS gives (:meth:`FastGpkgOutput.sql_batches`:
the attributes of plainly stored columns, and planar land areas computed from the stored
geometries as QGIS computes them, :func:`planar_areas`); parcels whose geometry is NULL, empty,
invalid or of another type, and anything SQL cannot read the same, are read by QGIS (same
values, same repaired geometries as the sink path). So the two paths differ only in how the
output bytes are made; ``tests/qgis/test_score_inefficiency.py`` compares them field by field.

Used only when every condition in :meth:`FastGpkgOutput.open_for` holds (otherwise the
algorithm uses the Processing sink, which handles memory layers, PostGIS, shapefiles, selections,
edited layers …). ``LANDPLAN_FAST_GPKG=0`` in the environment turns it off.
"""
import os
import pathlib
import re
import sqlite3

from qgis.core import (QgsFeatureRequest, QgsGeometry, QgsProcessingContext, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingOutputLayerDefinition, QgsProcessingUtils, QgsVectorLayer, QgsWkbTypes)

from .. import compat
from ..core.values import round_half_away
from .geometry import repair_geometry, SKIP_GEOMETRY_CHECKS
from .batches import Batch

#: rows per batch when reading by SQL (cancel is checked between batches)
SQL_BATCH_SIZE = 20000

#: column declarations the GeoPackage writer of the Processing sink gives the new fields
_DECLARED = {"double": "REAL", "int": "MEDIUMINT", "int64": "INTEGER"}
#: input column declarations that survive a trip through QGIS unchanged (others → sink path)
_PLAIN_DECLARATIONS = re.compile(r"^(REAL|INTEGER|MEDIUMINT|TEXT|TEXT\(\d+\)|DATE|DATETIME)$", re.I)
_SYSTEM_TABLE = re.compile(r"^(gpkg_|rtree_|sqlite_|gpkgext_)", re.I)


def enabled():
    return os.environ.get("LANDPLAN_FAST_GPKG", "1").strip().lower() not in ("0", "no", "false", "off")


def _gpkg_blob_is_empty(blob):
    if blob is None:
        return None
    return 1 if len(blob) > 3 and blob[3] & 0x10 else 0


def _never(*_args):
    raise sqlite3.OperationalError("geometry function called during an attribute update")


def _connect(path, check_same_thread=True):
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=check_same_thread)
    # the GeoPackage triggers name GDAL's SQL functions; an attribute-only UPDATE never runs the
    # spatial-index ones, but SQLite needs them to exist to prepare the statement
    con.create_function("ST_IsEmpty", 1, _gpkg_blob_is_empty, deterministic=True)
    for name in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY", "ST_GeometryType", "ST_SRID"):
        con.create_function(name, 1, _never)
    return con


def _quote(name):
    return '"%s"' % name.replace('"', '""')


def _source_uri(parameters, name, context, alg):
    """(gpkg path, layer name) of a plain GeoPackage input, else None."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", ""):
            return None
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr" or layer.subsetString():
        return None
    if layer.isEditable() or layer.isModified():
        return None
    if layer.dataProvider().storageType().upper() != "GPKG":
        return None
    parts = layer.source().split("|")
    path = parts[0]
    layer_name = None
    for p in parts[1:]:
        key, _, val = p.partition("=")
        if key.lower() == "layername":
            layer_name = val
        elif key.lower() in ("subset", "layerid", "geometrytype"):
            return None
    if not os.path.isfile(path):
        return None
    if layer_name is None:
        names = [s.split("!!::!!")[1] for s in layer.dataProvider().subLayers()] if layer.dataProvider() else []
        if len(names) != 1:
            return None
        layer_name = names[0]
    return path, layer_name


def _destination(parameters, name, context, alg):
    """(path, output definition or None) when OUTPUT is a new plain .gpkg file, else None."""
    value = parameters.get(name)
    definition = value if isinstance(value, QgsProcessingOutputLayerDefinition) else None
    if definition is not None and definition.useRemapping():
        return None
    path = alg.parameterAsOutputLayer(parameters, name, context)
    if not path or "|" in path or not path.lower().endswith(".gpkg") or path.lower().startswith(("ogr:", "memory:")):
        return None
    return path, definition


class FastGpkgOutput:
    """The output GeoPackage being filled by SQL (see the module docstring)."""

    #: share of the progress bar the copy takes
    copy_share = 5.0

    def __init__(self, path, layer, added, wkb_type, src_path=None, src_layer=None, metadata=()):
        self.src_path = src_path
        self.src_layer = src_layer
        self.dest_id = path
        self.layer = layer
        self.added = [(name, decl) for name, decl, _ in added]
        self.names = [name for name, _, _ in added]
        self.storage = {name: field for name, _, field in added}
        self.wkb_type = wkb_type
        self.con = None
        self.sql = None
        self.geometries = {}
        #: (name, alias, comment) of the output fields whose alias/comment the sink would store
        self.metadata = list(metadata)

    # ---- eligibility ------------------------------------------------------------------------
    @classmethod
    def open_for(cls, alg, parameters, context, source, out_fields, kept, feedback):
        """Copy the input layer into the output file and return the writer, or None when the
        Processing sink must be used."""
        if not enabled() or len(kept) != source.fields().count():
            return None
        src = _source_uri(parameters, alg.INPUT, context, alg)
        dst = _destination(parameters, alg.OUTPUT, context, alg)
        if src is None or dst is None:
            return None
        (src_path, src_layer), (dst_path, definition) = src, dst
        if os.path.abspath(src_path) == os.path.abspath(dst_path):
            return None
        wkb = source.wkbType()
        if wkb not in (compat.WKB_POLYGON, compat.WKB_MULTIPOLYGON):
            return None
        added = []
        for field in list(out_fields)[len(kept):]:
            kind = _kind(field)
            decl = _DECLARED.get(kind)
            if kind == "string":
                decl = "TEXT(%d)" % field.length() if field.length() > 0 else "TEXT"
            if decl is None:
                return None
            added.append((field.name(), decl, field))
        whole_file = _check_source(src_path, src_layer)
        if whole_file is None:
            return None
        dst_layer = os.path.basename(dst_path).split(".")[0]  # as the sink names it (QFileInfo.baseName)
        if not dst_layer:
            return None
        _remove(dst_path)
        writer = cls(dst_path, dst_layer, added, wkb, src_path, src_layer, _field_metadata(out_fields))
        try:
            _copy_layer(src_path, src_layer, dst_path, dst_layer, whole_file)
            writer._begin()
        except Exception as exc:  # noqa: BLE001 — any failure: the sink path does the run
            writer.abort()
            feedback.pushDebugInfo("LandPlan: GeoPackage fast path not used: %s" % exc)
            return None
        feedback.setProgress(cls.copy_share)
        if definition is not None and definition.destinationProject is not None:
            details = QgsProcessingContext.LayerDetails(
                definition.destinationName or alg.parameterDefinition(alg.OUTPUT).description(),
                definition.destinationProject, alg.OUTPUT, QgsProcessingUtils.LayerHint.Vector)
            context.addLayerToLoadOnCompletion(dst_path, details)
        return writer

    # ---- reading ------------------------------------------------------------------------------
    def sql_batches(self, source, names, feedback, progress, size=SQL_BATCH_SIZE, measurer=None, dates=()):
        """Batches read from the input file by SQL instead of QGIS features, or None when that
        cannot give exactly what QGIS would (then the caller reads through QGIS).

        ``names``: role → field name. Attributes come from SQLite (only columns whose
        declaration and stored types QGIS reads back unchanged: REAL, INTEGER, MEDIUMINT, TEXT);
        SpatiaLite (through GDAL) lists the parcels whose geometry is NULL, empty, not valid or
        not of the layer's type, and only those are read by QGIS and repaired as the sink path
        repairs them. ``measurer``: when given, each batch carries the geometries' areas as it
        would measure them (``geom_area_m2``): in a projected CRS the planar areas are computed
        from the stored geometries (:func:`planar_areas`, the same numbers as QGIS's); an
        ellipsoidal measurer (geographic CRS) needs QGIS geometries, so None is returned.
        ``dates``: the roles read as dates only (the core parses them with ``core.dates.parse_date``,
        which gives the same date from SQLite's text '2024-03-01' as from QGIS's QDate): their
        column may also be declared DATE.
        """
        formula = None
        if measurer is not None:
            formula = None if getattr(measurer, "ellipsoidal", True) else planar_area_formula(measurer)
            if formula is None:
                return None
        roles = list(names)
        checks = _column_checks(self.src_path, self.src_layer, [names[r] for r in roles],
                                {names[r] for r in roles if r in dates})
        if checks is None:
            return None
        scan = GeometryScan(self.src_path, self.src_layer, self.wkb_type)
        if not scan.start():
            return None
        return self._sql_batches(source, roles, [names[r] for r in roles], scan, checks, feedback, progress, size,
                                 measurer, formula)

    def _sql_batches(self, source, roles, columns, scan, total, feedback, progress, size, measurer, formula):
        import numpy as np
        con = sqlite3.connect(_ro_uri(self.src_path), uri=True)
        con.text_factory = lambda b: b.decode("utf-8", "replace")
        if measurer is not None:
            # the measurer's planar unit → m² factor: its area of a unit square
            factor = measurer.measureArea(QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 1,0 0))"))
            columns = columns + ["geom"]
        try:
            cur = con.execute("SELECT fid, %s FROM %s ORDER BY fid" % (
                ", ".join(_quote(c) for c in columns), _quote(self.src_layer)))
            start, span = progress
            done = 0
            while not feedback.isCanceled():
                rows = cur.fetchmany(size)
                if not rows:
                    break
                n = len(rows)
                transposed = list(zip(*rows))
                fids = list(transposed[0])
                batch = Batch(n=n, fids=fids, columns={role: list(transposed[j + 1]) for j, role in enumerate(roles)},
                              geom_empty=np.zeros(n, dtype=bool), geom_area_m2=None)
                special = scan.upto(fids[-1])
                picked = {fid: i for i, fid in enumerate(fids) if fid in special}
                if measurer is not None:
                    areas, measured = planar_areas(transposed[-1], formula)
                    batch.geom_area_m2 = areas * factor
                    for i in np.flatnonzero(~measured).tolist():
                        picked[fids[i]] = i
                if picked:
                    request = QgsFeatureRequest().setFilterFids(list(picked)).setNoAttributes()
                    for feat in source.getFeatures(request, SKIP_GEOMETRY_CHECKS):
                        i = picked[feat.id()]
                        geom, note = repair_geometry(feat.geometry())
                        if note:
                            batch.geom_note[i] = note
                        batch.geom_empty[i] = empty = geom.isNull() or geom.isEmpty()
                        if note or geom.isNull() or geom.wkbType() != self.wkb_type:
                            batch.repaired[i] = geom
                        if measurer is not None:
                            batch.geom_area_m2[i] = np.nan if empty else measurer.measureArea(geom)
                done += n
                feedback.setProgress(start + span * done / max(total, 1))
                yield batch
        finally:
            scan.stop()
            con.close()

    def distinct_values(self, name):
        """The distinct values of a column read by SQL (as QGIS would read them), or None."""
        if _column_checks(self.src_path, self.src_layer, [name]) is None:
            return None
        con = sqlite3.connect(_ro_uri(self.src_path), uri=True)
        con.text_factory = lambda b: b.decode("utf-8", "replace")
        try:
            return [r[0] for r in con.execute("SELECT DISTINCT %s FROM %s" % (_quote(name), _quote(self.src_layer)))]
        except sqlite3.Error:
            return None
        finally:
            con.close()

    # ---- writing ------------------------------------------------------------------------------
    def _begin(self):
        import queue
        import threading
        # used by the writer thread only once this method returns
        con = self.con = _connect(self.dest_id, check_same_thread=False)
        con.execute("PRAGMA journal_mode=OFF")  # a new file: on failure it is deleted, not rolled back
        con.execute("PRAGMA synchronous=OFF")
        con.execute("BEGIN")
        table = _quote(self.layer)
        for name, decl in self.added:
            con.execute("ALTER TABLE %s ADD COLUMN %s %s" % (table, _quote(name), decl))
        _store_field_metadata(con, self.layer, self.metadata)
        self.sql = "UPDATE %s SET %s WHERE fid = ?" % (table, ", ".join("%s = ?" % _quote(n) for n in self.names))
        # SQLite updates one batch while the next one is scored (sqlite3 releases Python's lock)
        self.queue = queue.Queue(maxsize=1)
        self.error = None
        self.writer = threading.Thread(target=self._write_loop, name="landplan-gpkg-writer", daemon=True)
        self.writer.start()

    def _write_loop(self):
        while True:
            rows = self.queue.get()
            if rows is None:
                return
            if self.error is None:
                try:
                    self.con.executemany(self.sql, rows)
                except Exception as exc:  # noqa: BLE001 — raised again by close()
                    self.error = exc

    def write(self, batch, out):
        if self.error is not None:
            raise self.error
        # SQLite stores a NaN bound as a double as NULL: the float columns go in as they are
        columns = [_stored(out[name], self.storage[name]).tolist() for name in self.names]
        columns.append(batch.fids)
        self.queue.put(list(zip(*columns)))
        for row, geom in batch.repaired.items():
            self.geometries[batch.fids[row]] = geom

    def _finish_writer(self):
        if getattr(self, "writer", None) is not None:
            self.queue.put(None)
            self.writer.join()
            self.writer = None

    def close(self, feedback):
        """Commit (or, after a cancel, drop everything); then rewrite repaired geometries."""
        if self.con is None:
            return
        self._finish_writer()
        if feedback.isCanceled():
            self.abort()
            return
        if self.error is not None:
            self.abort()
            raise self.error
        self.con.execute("COMMIT")
        self.con.close()
        self.con = None
        if self.geometries:
            _write_geometries(self.dest_id, self.layer, self.geometries, self.wkb_type)

    def abort(self):
        """Stop writing and delete the output file."""
        self._finish_writer()
        if self.con is not None:
            try:
                self.con.close()
            except sqlite3.Error:
                pass
            self.con = None
        _remove(self.dest_id)


def _ro_uri(path):
    return _sqlite_uri(pathlib.Path(os.path.abspath(path)).as_uri())


def _sqlite_uri(file_uri):
    """A ``file:`` URI as SQLite opens it, read-only. A Windows network path ``\\\\server\\share\\a.gpkg``
    comes out of pathlib as ``file://server/share/a.gpkg``, whose authority SQLite refuses ("invalid
    uri authority"); SQLite's form of a UNC path has four slashes, ``file:////server/share/a.gpkg``."""
    if file_uri.startswith("file://") and not file_uri.startswith("file:///"):
        file_uri = "file:////" + file_uri[len("file://"):]
    return file_uri + "?mode=ro"


_STORED_TYPES = {"REAL": ("real", "null"), "INTEGER": ("integer", "null"), "MEDIUMINT": ("integer", "null"),
                 "TEXT": ("text", "null")}


def _column_checks(path, layer, columns, date_columns=()):
    """The layer's row count when every column is declared and stored so that SQLite returns what
    QGIS returns (REAL → float, INTEGER/MEDIUMINT → int, TEXT → str; NULL → None), else None.
    A column of ``date_columns`` may also be a DATE column stored as text (read as a date only)."""
    con = sqlite3.connect(_ro_uri(path), uri=True)
    try:
        declared = {row[1]: (row[2] or "").upper() for row in con.execute("PRAGMA table_info(%s)" % _quote(layer))}
        tests = []
        for column in columns:
            decl = re.sub(r"\(\d+\)$", "", declared.get(column, ""))
            stored = _STORED_TYPES.get(decl)
            if stored is None and decl == "DATE" and column in date_columns:
                stored = ("text", "null")
            if stored is None:
                return None
            tests.append("sum(typeof(%s) NOT IN ('%s', '%s'))" % ((_quote(column),) + stored))
        row = con.execute("SELECT count(*)%s FROM %s" % ("".join(", " + t for t in tests), _quote(layer))).fetchone()
        if any(row[1:]):
            return None
        return row[0]
    except sqlite3.Error:
        return None
    finally:
        con.close()


class GeometryScan:
    """The fids whose geometry QGIS must look at — NULL, empty, not valid (GEOS, through
    SpatiaLite) or not of the layer's type — found by SQL in a background thread, in fid order and
    chunk by chunk, so that scoring the first parcels need not wait for the whole scan (GDAL
    releases Python's lock while SQLite and GEOS work)."""

    CHUNKS = 16

    def __init__(self, path, layer, wkb_type):
        self.path, self.layer = path, layer
        type_name = "MULTIPOLYGON" if QgsWkbTypes.isMultiType(wkb_type) else "POLYGON"
        self.sql = ("SELECT fid FROM %s WHERE fid >= %%d AND fid <= %%d AND (geom IS NULL OR ST_IsEmpty(geom) "
                    "OR ST_IsValid(geom) IS NOT 1 OR ST_GeometryType(geom) IS NOT '%s')" % (_quote(layer), type_name))
        self.bounds, self.results, self.events = [], [], []
        self.failed = None
        self.stopped = False
        self.found = set()
        self.ready = 0
        self.thread = None

    @compat.gdal_errors_as_values()
    def start(self):
        """Check that SpatiaLite answers, then scan in the background; False when it cannot."""
        import threading
        from osgeo import gdal
        try:
            ds = gdal.OpenEx(self.path, gdal.OF_VECTOR | gdal.OF_READONLY)
            probe = ds.ExecuteSQL("SELECT min(fid), max(fid), ST_IsValid(NULL) IS NULL FROM %s" % _quote(self.layer))
            feat = probe.GetNextFeature()
            lo, hi = feat.GetField(0), feat.GetField(1)
            ds.ReleaseResultSet(probe)
            ds = None
        except Exception:  # noqa: BLE001 — no SpatiaLite in this GDAL: read through QGIS
            return False
        if lo is None:
            lo, hi = 0, -1
        step = max(1, (hi - lo + self.CHUNKS) // self.CHUNKS)
        self.bounds = [(a, min(a + step - 1, hi)) for a in range(lo, hi + 1, step)]
        self.results = [None] * len(self.bounds)
        self.events = [threading.Event() for _ in self.bounds]
        self.thread = threading.Thread(target=self._run, name="landplan-geometry-scan", daemon=True)
        self.thread.start()
        return True

    @compat.gdal_errors_as_values()
    def _run(self):
        from osgeo import gdal
        try:
            ds = gdal.OpenEx(self.path, gdal.OF_VECTOR | gdal.OF_READONLY)
            for k, (a, b) in enumerate(self.bounds):
                if self.stopped:
                    break
                result = ds.ExecuteSQL(self.sql % (a, b))
                self.results[k] = {f.GetFID() for f in result}
                ds.ReleaseResultSet(result)
                self.events[k].set()
            ds = None
        except Exception as exc:  # noqa: BLE001 — reported to the reading thread
            self.failed = exc
        finally:
            for event in self.events:
                event.set()

    def upto(self, fid):
        """The fids found up to ``fid`` (waits for the chunks that cover it)."""
        while self.ready < len(self.bounds) and self.bounds[self.ready][0] <= fid:
            self.events[self.ready].wait()
            if self.failed is not None or self.results[self.ready] is None:
                raise RuntimeError("geometry check by SQL failed: %s" % (self.failed or "stopped"))
            self.found |= self.results[self.ready]
            self.ready += 1
        return self.found

    def stop(self):
        """Stop after the chunk being scanned (a second at most) and wait for the thread."""
        self.stopped = True
        if self.thread is not None:
            self.thread.join(timeout=1.5)


#: envelope bytes of a GeoPackage geometry blob by the envelope code in its flags (bits 1–3)
_ENVELOPE_BYTES = (0, 32, 48, 48, 64)


#: the shoelace terms QGIS sums per ring: QGIS 3.22 multiplies coordinates (xᵢ·yᵢ₊₁ − yᵢ·xᵢ₊₁);
#: later versions (3.40) multiply by coordinate differences (xᵢ·(yᵢ₊₁ − yᵢ) − yᵢ·(xᵢ₊₁ − xᵢ)),
#: the same sum in exact arithmetic but not in floating point
PRODUCTS, DIFFERENCES = "products", "differences"


def planar_area_formula(measurer):
    """Which shoelace terms (:data:`PRODUCTS` or :data:`DIFFERENCES`) reproduce ``measurer``'s
    planar areas bit for bit on probe polygons far from the origin (where the two differ), or None
    when neither does (then every area is measured through QGIS)."""
    import struct
    probes = []
    for k in range(12):
        x, y = 500000.123 + 977.31 * k, 3900000.457 + 613.7 * k
        w, h = 60.0 + 7.13 * k, 45.0 + 3.31 * k
        geom = QgsGeometry.fromWkt("POLYGON((%r %r,%r %r,%r %r,%r %r,%r %r))" % (
            x, y, x + w, y + 0.37, x + w + 1.9, y + h, x - 0.71, y + h - 2.3, x, y))
        probes.append((b"GP\x00\x01" + struct.pack("<i", 0) + bytes(geom.asWkb()), measurer.measureArea(geom)))
    unit = measurer.measureArea(QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 1,0 0))"))
    found = []
    for formula in (PRODUCTS, DIFFERENCES):
        areas, done = planar_areas([blob for blob, _ in probes], formula)
        if done.all() and [a * unit for a in areas.tolist()] == [area for _, area in probes]:
            found.append(formula)
    return found[0] if len(found) == 1 else None


def planar_areas(blobs, formula=PRODUCTS):
    """The planar area of each GeoPackage geometry blob exactly as QGIS measures it in a projected
    CRS (``QgsDistanceArea`` without an ellipsoid → ``QgsCurvePolygon::area``: per ring the
    shoelace terms of ``formula`` (see :data:`PRODUCTS`; :func:`planar_area_formula` tells which
    this QGIS sums) summed in vertex order, halved, made absolute; holes subtracted from their
    polygon; polygons summed in order), in the layer's units — so a run can take the areas from
    the file instead of reading every geometry through QGIS.

    Returns ``(areas, done)``: float64 areas and a bool array; ``done`` is False for a blob this
    does not read (NULL, empty, not a 2-D Polygon/MultiPolygon, a ring that is not closed or has
    fewer than 4 points): measure those through QGIS.
    """
    import struct
    import numpy as np
    n = len(blobs)
    areas = np.zeros(n)
    done = np.zeros(n, dtype=bool)
    if not n:
        return areas, done
    lengths = np.fromiter((0 if b is None else len(b) for b in blobs), np.int64, n)
    buf = b"".join(b for b in blobs if b is not None)
    starts = np.cumsum(lengths) - lengths
    raw = np.frombuffer(buf + b"\0" * 32, dtype=np.uint8)  # padding: reads past a short blob stay inside

    def u32(offsets):
        o = np.minimum(offsets, len(buf))
        return (raw[o].astype(np.int64) | raw[o + 1].astype(np.int64) << 8 | raw[o + 2].astype(np.int64) << 16
                | raw[o + 3].astype(np.int64) << 24)
    present = lengths >= 8 + 9
    flags = np.where(present, raw[np.minimum(starts + 3, len(buf))], 0)
    env_code = (flags >> 1) & 7
    plain = present & (raw[np.minimum(starts, len(buf))] == ord("G")) & ((flags & 0x30) == 0) & (env_code <= 4)
    wkb = starts + 8 + np.array(_ENVELOPE_BYTES + (0, 0, 0))[env_code]
    little = plain & (raw[np.minimum(wkb, len(buf))] == 1)
    kind = np.where(little, u32(wkb + 1), 0)
    # the common shapes, read with numpy: Polygon with one ring, MultiPolygon of one such polygon
    poly = little & (kind == 3) & (u32(wkb + 5) == 1)
    multi = little & (kind == 6) & (u32(wkb + 5) == 1) & (raw[np.minimum(wkb + 9, len(buf))] == 1) & \
        (u32(wkb + 10) == 3) & (u32(wkb + 14) == 1)
    coord = np.where(poly, wkb + 13, wkb + 22)
    npts = np.where(poly | multi, u32(coord - 4), 0)
    simple = (poly | multi) & (npts >= 4) & (coord + 16 * npts == starts + lengths)
    ring_row = [np.flatnonzero(simple)]
    ring_off = [coord[simple]]
    ring_len = [npts[simple]]
    # the rest (holes, several parts, big-endian), ring by ring with struct
    ring_of = {}  # row → [(polygon number, ring number, index into the ring arrays)]
    extra_off, extra_len, extra_row = [], [], []
    for i in np.flatnonzero(plain & ~simple).tolist():
        rings = _rings(buf, int(wkb[i]), int(starts[i] + lengths[i]), struct)
        if rings is None:
            continue
        ring_of[i] = [(p, r, len(extra_off) + k) for k, (p, r, _, _) in enumerate(rings)]
        for _, _, off, count in rings:
            extra_off.append(off)
            extra_len.append(count)
            extra_row.append(i)
    ring_off.append(np.array(extra_off, dtype=np.int64))
    ring_len.append(np.array(extra_len, dtype=np.int64))
    offsets = np.concatenate(ring_off)
    counts = np.concatenate(ring_len)
    halves = np.full(len(offsets), np.nan)  # per ring: half the shoelace sum (NaN: not a closed ring)
    views = [np.frombuffer(buf, dtype="<f8", offset=k, count=(len(buf) - k) // 8) for k in range(8)]
    key = counts * 8 + offsets % 8  # rings of one length and one alignment are gathered at once
    order = np.argsort(key, kind="stable")
    keys, firsts = np.unique(key[order], return_index=True)
    for key_value, lo, hi in zip(keys.tolist(), firsts.tolist(), firsts[1:].tolist() + [len(order)]):
        count, k = divmod(key_value, 8)
        sel = order[lo:hi]
        idx = ((offsets[sel] - k) // 8)[:, None] + 2 * np.arange(count)[None, :]
        x, y = views[k][idx], views[k][idx + 1]
        closed = (x[:, 0] == x[:, -1]) & (y[:, 0] == y[:, -1])
        # cumsum adds along each row in vertex order, one term after the other, as QGIS does
        if formula == DIFFERENCES:
            terms = x[:, :-1] * (y[:, 1:] - y[:, :-1]) - y[:, :-1] * (x[:, 1:] - x[:, :-1])
        else:
            terms = x[:, :-1] * y[:, 1:] - y[:, :-1] * x[:, 1:]
        total = terms.cumsum(axis=1)[:, -1]
        halves[sel] = np.where(closed, total * 0.5, np.nan)
    n_simple = len(ring_row[0])
    ring_areas = np.abs(halves[:n_simple])
    ok = ~np.isnan(ring_areas)
    rows = ring_row[0]
    areas[rows[ok]] = ring_areas[ok]
    done[rows[ok]] = True
    for i, rings in ring_of.items():
        polygons = {}
        for p, r, j in rings:
            half = halves[n_simple + j]
            if half != half:
                break
            if r == 0:
                polygons[p] = 0.0 + abs(half)
            else:
                polygons[p] = polygons[p] - abs(half)
        else:
            total = 0.0
            for p in sorted(polygons):
                total = total + polygons[p]
            areas[i] = total
            done[i] = True
    return areas, done


def _rings(buf, pos, end, struct):
    """[(polygon number, ring number, coordinate byte offset, points)] of a little-endian 2-D
    Polygon / MultiPolygon WKB at ``pos``, or None (big-endian, other types, truncated)."""
    def header(p):
        if p + 5 > end or buf[p] != 1:
            return None, None
        return struct.unpack_from("<I", buf, p + 1)[0], p + 5
    kind, p = header(pos)
    if kind == 3:
        polygons = [(0, pos)]
    elif kind == 6:
        count = struct.unpack_from("<I", buf, p)[0]
        p += 4
        polygons = []
        for k in range(count):
            polygons.append((k, p))
            sub, q = header(p)
            if sub != 3:
                return None
            nrings = struct.unpack_from("<I", buf, q)[0]
            q += 4
            for _ in range(nrings):
                npts = struct.unpack_from("<I", buf, q)[0]
                q += 4 + 16 * npts
            p = q
    else:
        return None
    out = []
    for k, start in polygons:
        sub, q = header(start)
        if sub != 3 or q + 4 > end:
            return None
        nrings = struct.unpack_from("<I", buf, q)[0]
        q += 4
        for r in range(nrings):
            if q + 4 > end:
                return None
            npts = struct.unpack_from("<I", buf, q)[0]
            q += 4
            if npts < 4 or q + 16 * npts > end:
                return None
            out.append((k, r, q, npts))
            q += 16 * npts
    return out


def _kind(field):
    try:
        return compat.type_kind(field.type())
    except ValueError:
        return None


def _stored(column, field):
    """A column as QGIS stores it in ``field`` (``QgsField.convertCompatible``): doubles rounded
    half away from zero to the field's precision, text cut to its length."""
    import numpy as np
    kind = _kind(field)
    if kind == "double" and field.precision() > 0 and column.dtype.kind == "f":
        return round_half_away(column, field.precision())
    if kind == "string" and field.length() > 0:
        limit = field.length()
        items = column.tolist()
        if any(isinstance(v, str) and len(v) > limit for v in set(items)):
            arr = np.empty(len(items), dtype=object)
            arr[:] = [v[:limit] if isinstance(v, str) and len(v) > limit else v for v in items]
            return arr
    return column


def _remove(path):
    for victim in (path, path + "-wal", path + "-shm", path + "-journal"):
        if os.path.isfile(victim):
            os.remove(victim)


def _check_source(path, layer):
    """True when the layer is the file's only table (the whole file can be copied), False when
    the layer alone must be copied, None when the layer's schema would not come out of the sink
    the same (unusual column types, constraints, other key or geometry column names)."""
    con = sqlite3.connect(_ro_uri(path), uri=True)
    try:
        row = con.execute("SELECT column_name, z, m FROM gpkg_geometry_columns WHERE table_name = ?",
                          (layer,)).fetchone()
        if row is None or row[0] != "geom" or row[1] or row[2]:
            return None
        for _cid, name, decl, notnull, default, pk in con.execute("PRAGMA table_info(%s)" % _quote(layer)):
            if pk:
                if name != "fid" or pk != 1:
                    return None
                continue
            if name == "geom":
                continue
            if notnull or default is not None or not _PLAIN_DECLARATIONS.match(decl or ""):
                return None
            width = re.match(r"TEXT\((\d+)\)", decl, re.I)
            if width and con.execute("SELECT 1 FROM %s WHERE length(%s) > ? LIMIT 1" % (
                    _quote(layer), _quote(name)), (int(width.group(1)),)).fetchone():
                return None
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "gpkg_data_column_constraints" in tables and con.execute(
                "SELECT 1 FROM gpkg_data_column_constraints LIMIT 1").fetchone():
            return None  # field domains: left to the sink
        if "gpkg_data_columns" in tables and con.execute(
                "SELECT 1 FROM gpkg_data_columns WHERE constraint_name IS NOT NULL LIMIT 1").fetchone():
            return None
        spatial_index = con.execute(
            "SELECT 1 FROM gpkg_extensions WHERE table_name = ? AND extension_name = 'gpkg_rtree_index'",
            (layer,)).fetchone()
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        others = [t for t in tables if t != layer and t != "layer_styles" and not _SYSTEM_TABLE.match(t)]
        extras = con.execute("SELECT count(*) FROM sqlite_master WHERE type IN ('view', 'index') "
                             "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'gpkg_%'").fetchone()[0]
        return bool(spatial_index) and not others and not extras
    except sqlite3.Error:
        return None
    finally:
        con.close()


@compat.gdal_errors_as_values()
def _copy_layer(src_path, src_layer, dst_path, dst_layer, whole_file):
    from osgeo import gdal
    if whole_file:
        src = sqlite3.connect(_ro_uri(src_path), uri=True)
        dst = sqlite3.connect(dst_path)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            src.close()
            dst.close()
        ds = gdal.OpenEx(dst_path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            for i in reversed(range(ds.GetLayerCount())):
                if ds.GetLayer(i).GetName() != src_layer:
                    ds.DeleteLayer(i)
            lyr = ds.GetLayerByName(src_layer)
            if src_layer != dst_layer and lyr.Rename(dst_layer) != 0:
                raise RuntimeError("could not rename the copied layer")
        finally:
            ds = None
        con = _connect(dst_path)
        try:
            con.execute("UPDATE gpkg_contents SET identifier = ?, description = '' WHERE table_name = ?",
                        (dst_layer, dst_layer))
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_metadata_reference'").fetchone():
                con.execute("DELETE FROM gpkg_metadata_reference WHERE table_name = ?", (dst_layer,))
            _drop_field_metadata(con)
        finally:
            con.close()
    else:
        result = gdal.VectorTranslate(dst_path, src_path, format="GPKG", layers=[src_layer], layerName=dst_layer)
        if result is None:
            raise RuntimeError("gdal.VectorTranslate failed")
        result = None
        con = _connect(dst_path)
        try:
            _drop_field_metadata(con)
        finally:
            con.close()


def _drop_field_metadata(con):
    """Drop the aliases/comments the copy brought along from the input (the copied layer is the
    file's only one): the sink stores those of the output fields, if any (see
    :func:`_store_field_metadata`)."""
    for table in ("gpkg_data_columns", "gpkg_data_column_constraints"):
        if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone():
            con.execute("DROP TABLE %s" % table)
            con.execute("DELETE FROM gpkg_extensions WHERE table_name = ?", (table,))


def _field_metadata(fields):
    """(name, alias, comment) of the fields whose alias or comment the Processing sink stores in a
    new GeoPackage on this QGIS (none on QGIS 3.22), in field order; None for what it leaves out."""
    stored = compat.gpkg_field_metadata().stores
    rows = []
    for field in fields:
        alias = field.alias() if "alias" in stored else ""
        comment = field.comment() if "comment" in stored else ""
        if alias or comment:
            rows.append((field.name(), alias or None, comment or None))
    return rows


def _store_field_metadata(con, layer, metadata):
    """Inside the writing transaction: the ``gpkg_data_columns`` rows the sink's ``CreateField``
    makes (tables and extension rows as this GDAL makes them, see
    :func:`..compat.gpkg_field_metadata`), then the spatial index registered last again, as the
    sink creates it after the fields."""
    if not metadata:
        return
    info = compat.gpkg_field_metadata()
    for name, sql in info.tables:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone():
            con.execute(sql)
    for row in info.extensions:
        if not con.execute("SELECT 1 FROM gpkg_extensions WHERE table_name IS ? AND column_name IS ? AND "
                           "extension_name IS ?", row[:3]).fetchone():
            con.execute("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
                        "VALUES (?, ?, ?, ?, ?)", row)
    con.executemany("INSERT INTO gpkg_data_columns (table_name, column_name, name, description) VALUES (?, ?, ?, ?)",
                    [(layer, name, alias, comment) for name, alias, comment in metadata])
    query = "FROM gpkg_extensions WHERE lower(table_name) = lower(?) AND extension_name = 'gpkg_rtree_index'"
    rows = con.execute("SELECT table_name, column_name, extension_name, definition, scope " + query,
                       (layer,)).fetchall()
    con.execute("DELETE " + query, (layer,))
    con.executemany("INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
                    "VALUES (?, ?, ?, ?, ?)", rows)


@compat.gdal_errors_as_values()
def _write_geometries(path, layer, geometries, wkb_type):
    """Rewrite geometries (fid → QgsGeometry) through OGR, converted as the sink converts them."""
    from osgeo import gdal, ogr
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    try:
        lyr = ds.GetLayerByName(layer)
        lyr.StartTransaction()
        for fid, geom in geometries.items():
            feat = lyr.GetFeature(fid)
            if geom.isNull():  # the sink writes an empty geometry of the layer's type for NULL
                ogr_geom = ogr.Geometry(ogr.wkbMultiPolygon if QgsWkbTypes.isMultiType(wkb_type) else ogr.wkbPolygon)
            else:
                if QgsWkbTypes.isMultiType(wkb_type) and not geom.isMultipart():
                    geom = type(geom)(geom)
                    geom.convertToMultiType()
                ogr_geom = ogr.CreateGeometryFromWkb(bytes(geom.asWkb()))
            feat.SetGeometry(ogr_geom)
            lyr.SetFeature(feat)
        lyr.CommitTransaction()
    finally:
        ds = None

"""Reading and writing layers for the distributed engine.

Inputs: GeoParquet (a file or a directory of files, e.g. one written by this engine), GeoPackage
(``--layer NAME`` or ``path|layername=NAME`` as QGIS writes it), FlatGeobuf, Shapefile
(``--encoding GBK`` when it has no ``.cpg``), and anything else GDAL reads. A layer is read as a
dask GeoDataFrame of row-range partitions (``pyogrio`` skip/max features; Parquet row groups), each
with a global row number ``_lp_row`` so results can be written back in the input's order.

Outputs: GeoParquet (a directory, one file per partition, written by the workers) or GeoPackage
(one layer, written by the client in input order as partitions finish). Dates are written as
Date fields, flags as 32-bit integers with NULLs, like the QGIS algorithms' outputs.
"""
import glob
import json
import os

import numpy as np
import pandas as pd

from .errors import UserError

ROW = "_lp_row"
PARQUET_EXT = (".parquet", ".geoparquet", ".pq")


def split_source(path, layer=None):
    """``file.gpkg|layername=x`` → (``file.gpkg``, ``x``); an explicit ``layer`` wins."""
    if path and "|" in path:
        base, _, rest = path.partition("|")
        for part in rest.split("|"):
            key, _, value = part.partition("=")
            if key.strip().lower() == "layername" and layer is None:
                layer = value
        path = base
    return path, layer


def is_parquet(path):
    if os.path.isdir(path):
        return bool(_parquet_files(path))
    return path.lower().endswith(PARQUET_EXT)


def _parquet_files(path):
    if os.path.isdir(path):
        files = sorted(glob.glob(os.path.join(path, "**", "*.parquet"), recursive=True))
        return [f for f in files if not os.path.basename(f).startswith((".", "_"))]
    return [path]


class Layer:
    """A layer opened for reading: ``frame`` (dask GeoDataFrame with ``_lp_row``), ``crs``
    (pyproj CRS or None), ``columns`` (attribute names, in order), ``int_columns`` (integer
    fields: pyogrio reads them as float when they hold NULLs), ``count``, ``label``."""

    def __init__(self, frame, crs, columns, int_columns, count, label, geometry_type, path=""):
        self.dtypes = {}
        #: the partitions are ranges of the features' ids, and ``_lp_row`` is the id (GeoPackage)
        self.fid_rows = False
        self.frame = frame
        self.path = path
        self.crs = crs
        self.columns = list(columns)
        self.int_columns = set(int_columns)
        self.count = count
        self.label = label
        self.geometry_type = geometry_type

    @property
    def has_geometry(self):
        return self.geometry_type is not None

    def head(self, n):
        """The first ``n`` features (read on the client)."""
        if self.source[0] == "ogr":
            path, layer, encoding = self.source[1:]
            return _read_ogr_part(path, layer, encoding, 0, min(n, self.count), None, tuple(self.int_columns),
                                  getattr(self, "date_columns", ()))
        return self.frame.partitions[0].compute(scheduler="sync").head(n)

    def finite_extremes(self, column):
        """(min, max) of the finite values of a Real column of a GeoPackage, by one SQL query
        (the engine's shortcut for a whole-column pass), or None when it cannot be asked that way."""
        if self.source[0] != "ogr" or not self.source[1].lower().endswith(".gpkg") or \
                self.dtypes.get(column) != "float64":
            return None
        import pyogrio
        path, layer = self.source[1], self.source[2] or pyogrio.list_layers(self.source[1])[0][0]
        q = lambda name: '"%s"' % str(name).replace('"', '""')  # noqa: E731
        sql = "SELECT MIN(%s) AS lo, MAX(%s) AS hi FROM %s WHERE %s BETWEEN -1e308 AND 1e308" % (
            q(column), q(column), q(layer), q(column))
        try:
            row = pyogrio.read_dataframe(path, sql=sql, sql_dialect="SQLITE", read_geometry=False)
        except Exception:  # noqa: BLE001 — fall back to reading the column
            return None
        lo, hi = row["lo"].iloc[0], row["hi"].iloc[0]
        return () if lo is None or lo != lo else (float(lo), float(hi))

    def column_tasks(self, column):
        """One dask task per partition reading only ``column`` (a pandas Series; no geometry):
        cheap passes over the whole layer, e.g. the coverage column's range."""
        import dask
        return [dask.delayed(_read_column)(self.source, part, column, column in self.int_columns)
                for part in self.parts]


def _read_ogr_part(path, layer, encoding, offset, count, columns, int_columns=(), date_columns=()):
    """Features ``offset`` … ``offset + count - 1``, or (``offset`` a ``("fid", …)`` range, see
    :func:`_fid_ranges`) the features of a key range, numbered by their ids."""
    import pyogrio
    if count is not None and count <= 0:  # pyogrio reads everything for max_features=0
        return _read_ogr_part(path, layer, encoding, 0, 1, columns, int_columns, date_columns).iloc[:0]
    sel, first = _part_kwargs(offset if count is None else (offset, count))
    kwargs = dict(sel, layer=layer)
    # GDAL's Arrow stream is used for GeoPackage only: pyogrio 0.13 crashes reading FlatGeobuf
    # through it (NULL geometries), and it ignores the encoding option of shapefiles
    if path.lower().endswith(".gpkg") and not encoding:
        kwargs["use_arrow"] = True
    if encoding:
        kwargs["encoding"] = encoding
    if columns is not None:
        kwargs["columns"] = columns
    df = pyogrio.read_dataframe(path, **kwargs)
    for c in int_columns:  # integer fields holding NULLs come back as float: keep them integers
        if c in df.columns and df[c].dtype.kind == "f":
            df[c] = df[c].astype("Int64")
    for c in date_columns:  # Date fields (not DateTime) stay dates, as the Arrow reader gives them
        if c in df.columns and df[c].dtype.kind == "M":
            df[c] = pd.Series([None if pd.isna(v) else v.date() for v in df[c]], index=df.index, dtype=object)
    if first is None:  # numbered by the primary key
        rows = np.asarray(df.index, dtype="int64")
        df = df.reset_index(drop=True)
        df.insert(0, ROW, rows)
    else:
        df.insert(0, ROW, np.arange(first, first + len(df), dtype="int64"))
    return _as_geodataframe(df)


def _as_geodataframe(df):
    import geopandas as gpd
    if isinstance(df, gpd.GeoDataFrame):
        return df
    return gpd.GeoDataFrame(df)


def _read_parquet_part(path, row_group, offset, columns):
    import pyarrow.parquet as pq
    from geopandas.io.arrow import _arrow_to_geopandas
    pf = pq.ParquetFile(path)
    if columns is not None:
        geo = json.loads(pf.schema_arrow.metadata[b"geo"])
        columns = list(columns) + [geo.get("primary_column", "geometry")]
    table = pf.read_row_group(row_group, columns=columns) if row_group is not None else pf.read(columns=columns)
    table = table.replace_schema_metadata(pf.schema_arrow.metadata)
    df = _arrow_to_geopandas(table)
    if ROW in df.columns:
        df = df.drop(columns=[ROW])
    df.insert(0, ROW, np.arange(offset, offset + len(df), dtype="int64"))
    return df


def open_layer(path, layer=None, encoding=None, label=None, chunk_rows=None, columns=None):
    """Open ``path`` (see the module docstring) as a :class:`Layer`; raises :class:`UserError`
    with one sentence naming the file when it cannot be read."""
    import dask.dataframe as dd
    path, layer = split_source(path, layer)
    label = label or path
    if not path or not os.path.exists(path):
        raise UserError("Cannot read %s: no such file or directory." % (path or "(empty path)"), 2)
    chunk_rows = chunk_rows or 100_000
    if not path.lower().endswith((".shp", ".dbf")):
        encoding = None  # --encoding is for shapefiles; GeoPackage, FlatGeobuf … are UTF-8 by definition
    if is_parquet(path):
        return _open_parquet(path, label, chunk_rows, columns)
    import pyogrio
    try:
        layers = pyogrio.list_layers(path)
        if layer is None and len(layers) > 1:
            names = ", ".join(str(n) for n, _ in layers[:12])
            raise UserError("%s holds several layers (%s): choose one with --layer (or the matching --…-layer "
                            "option)." % (path, names), 2)
        info = pyogrio.read_info(path, layer=layer, encoding=encoding)
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 — GDAL's message names the problem
        raise UserError("Cannot read %s%s: %s." % (path, " (layer %s)" % layer if layer else "",
                                                  _first_line(exc)), 2) from exc
    count = int(info["features"])
    if count < 0:  # drivers that do not know their count cheaply
        count = len(pyogrio.read_dataframe(path, layer=layer, read_geometry=False, columns=[]))
    fields = list(info["fields"])
    dtypes = list(info["dtypes"])
    int_columns = [f for f, t in zip(fields, dtypes) if str(t).startswith(("int", "uint"))]
    date_columns = [f for f, t in zip(fields, dtypes) if str(t) == "datetime64[D]"]
    try:
        meta = _read_ogr_part(path, layer, encoding, 0, min(1, count), columns, int_columns, date_columns).iloc[:0]
    except Exception as exc:  # noqa: BLE001
        raise UserError("Cannot read %s: %s." % (path, _first_line(exc)), 2) from exc
    parts = _fid_ranges(path, layer, info, count, chunk_rows) or \
        [(o, min(chunk_rows, count - o)) for o in range(0, count, chunk_rows)] or [(0, 0)]
    frame = dd.from_map(_OgrPart(path, layer, encoding, columns, int_columns, date_columns), parts, meta=meta,
                        label="read-%s" % os.path.basename(path), enforce_metadata=False)
    crs = meta.crs if hasattr(meta, "crs") else None
    gtype = info.get("geometry_type")
    out = Layer(frame, crs, [c for c in meta.columns if c not in (ROW, "geometry")], int_columns, count, label,
                gtype, path + ("|layername=%s" % layer if layer else ""))
    out.source, out.parts = ("ogr", path, layer, encoding), parts
    out.fid_rows = parts[0][0] == "fid"
    out.date_columns = tuple(date_columns)
    out.dtypes = {f: str(t) for f, t in zip(fields, dtypes)}
    return out


def _fid_ranges(path, layer, info, count, chunk_rows):
    """GeoPackage: partitions as ranges of its integer primary key, ``("fid", column, lo, hi)`` —
    read through the key's index, about 3× faster than skipping rows, whose cost grows with the
    offset. None for other formats (row ranges then)."""
    fid = info.get("fid_column")
    if not path.lower().endswith(".gpkg") or not fid or count <= 0:
        return None
    import pyogrio
    name = layer or pyogrio.list_layers(path)[0][0]
    q = lambda n: '"%s"' % str(n).replace('"', '""')  # noqa: E731
    try:
        bounds_sql = "SELECT MIN(%s) AS lo, MAX(%s) AS hi FROM %s" % (q(fid), q(fid), q(name))
        row = pyogrio.read_dataframe(path, sql=bounds_sql,
                                     sql_dialect="SQLITE", read_geometry=False)
        lo, hi = int(row["lo"].iloc[0]), int(row["hi"].iloc[0])
    except Exception:  # noqa: BLE001 — fall back to row ranges
        return None
    n_parts = -(-count // chunk_rows)
    step = -(-(hi - lo + 1) // n_parts)
    return [("fid", fid, a, min(a + step, hi + 1)) for a in range(lo, hi + 1, step)]


def _part_kwargs(part):
    """pyogrio arguments selecting one partition, and the row number of its first feature (None:
    the features' own ids are their row numbers)."""
    if part[0] == "fid":
        _, fid, a, b = part
        return {"where": '"%s" >= %d AND "%s" < %d' % (fid, a, fid, b), "fid_as_index": True}, None
    offset, count = part
    return {"skip_features": offset, "max_features": count}, offset


class _OgrPart:
    def __init__(self, path, layer, encoding, columns, int_columns, date_columns):
        self.args = (path, layer, encoding)
        self.columns = columns
        self.int_columns = tuple(int_columns)
        self.date_columns = tuple(date_columns)

    def __call__(self, part):
        if part[0] == "fid":
            return _read_ogr_part(*self.args, part, None, self.columns, self.int_columns, self.date_columns)
        offset, count = part
        return _read_ogr_part(*self.args, offset, count, self.columns, self.int_columns, self.date_columns)


class _ParquetPart:
    def __init__(self, columns):
        self.columns = columns

    def __call__(self, part):
        path, row_group, offset = part
        return _read_parquet_part(path, row_group, offset, self.columns)


def _open_parquet(path, label, chunk_rows, columns):
    import dask.dataframe as dd
    import pyarrow.parquet as pq
    files = _parquet_files(path)
    if not files:
        raise UserError("Cannot read %s: the directory holds no .parquet files." % path, 2)
    parts = []
    offset = 0
    int_columns = set()
    try:
        for f in files:
            pf = pq.ParquetFile(f)
            if b"geo" not in (pf.schema_arrow.metadata or {}):
                raise UserError("Cannot read %s: it is Parquet without GeoParquet metadata (no geometry "
                                "column)." % f, 2)
            for field in pf.schema_arrow:
                if str(field.type).startswith(("int", "uint")) and field.name != ROW:
                    int_columns.add(field.name)
            md = pf.metadata
            if md.num_row_groups <= 1 or md.num_rows <= chunk_rows:
                parts.append((f, None, offset))
                offset += md.num_rows
            else:
                for rg in range(md.num_row_groups):
                    parts.append((f, rg, offset))
                    offset += md.row_group(rg).num_rows
        meta = _read_parquet_part(parts[0][0], 0 if pq.ParquetFile(parts[0][0]).metadata.num_row_groups else None,
                                  0, columns).iloc[:0]
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise UserError("Cannot read %s: %s." % (path, _first_line(exc)), 2) from exc
    frame = dd.from_map(_ParquetPart(columns), parts, meta=meta, label="read-parquet", enforce_metadata=False)
    out = Layer(frame, getattr(meta, "crs", None), [c for c in meta.columns if c not in (ROW, "geometry")],
                int_columns, offset, label, "Unknown" if hasattr(meta, "geometry") else None, path)
    out.source, out.parts = ("parquet",), parts
    return out


def _read_column(source, part, column, is_int):
    kind = source[0]
    if kind == "ogr":
        import pyogrio
        path, layer, encoding = source[1:]
        sel, _first = _part_kwargs(part)
        sel.pop("fid_as_index", None)
        kwargs = dict(sel, layer=layer, columns=[column], read_geometry=False)
        if encoding:
            kwargs["encoding"] = encoding
        series = pyogrio.read_dataframe(path, **kwargs)[column]
    else:
        import pyarrow.parquet as pq
        path, row_group, _offset = part
        pf = pq.ParquetFile(path)
        table = pf.read_row_group(row_group, columns=[column]) if row_group is not None else \
            pf.read(columns=[column])
        series = table.to_pandas()[column]
    if is_int and series.dtype.kind == "f":
        series = series.astype("Int64")
    return series


def read_columns(source, part, columns, int_columns=()):
    """One id-range partition of a GeoPackage read lean (for gpkg.FastOutput): the features' ids,
    ``columns`` as arrays the way the core takes them (Real fields as float arrays, NaN = NULL;
    anything else as object arrays of Python values, None = NULL) and the geometries (shapely)."""
    import pyarrow as pa
    import pyogrio
    import shapely
    _kind, path, layer, encoding = source
    sel, _first = _part_kwargs(part)
    sel.pop("fid_as_index", None)
    _meta, table = pyogrio.read_arrow(path, layer=layer, columns=list(columns), return_fids=True, **sel)
    fids = table.column(0).to_numpy()
    out = {}
    for name in columns:
        arr = table.column(name)
        if pa.types.is_floating(arr.type) and name not in int_columns:
            out[name] = arr.to_numpy(zero_copy_only=False).astype(float)
        else:
            values = np.empty(len(arr), dtype=object)
            values[:] = arr.to_pylist()
            out[name] = values
    geoms = shapely.from_wkb(table.column(table.num_columns - 1).to_numpy(zero_copy_only=False))
    return fids, out, np.asarray(geoms, dtype=object)


def _first_line(exc):
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__).rstrip(".")


# ---- values ------------------------------------------------------------------------------------

def column_values(series, is_int=False):
    """A column as a list of plain Python values the way QGIS hands them to the core: NULL → None
    (NaN/NaT/pd.NA), integer fields → int, dates → ``datetime.date``, numpy scalars → Python."""
    kind = series.dtype.kind
    if isinstance(series.dtype, pd.api.extensions.ExtensionDtype):
        kind = "O"  # nullable Int64, Arrow-backed …: element by element below
    if kind == "f":
        arr = series.to_numpy()
        out = arr.tolist()
        nulls = np.isnan(arr)
        if nulls.any() or is_int:
            for i in np.flatnonzero(nulls):
                out[i] = None
            if is_int:
                out = [None if v is None else int(v) for v in out]
        return out
    if kind in "iu":
        return series.to_numpy().tolist()
    if kind == "b":
        return series.to_numpy().tolist()
    if kind == "M":
        return [None if pd.isna(v) else v.date() if v.hour == v.minute == v.second == 0 and not v.microsecond
                else v.to_pydatetime() for v in series]
    out = series.tolist()
    for i, v in enumerate(out):
        if v is None:
            continue
        if v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v):
            out[i] = None
        elif isinstance(v, np.generic):
            out[i] = v.item()
        elif isinstance(v, pd.Timestamp):
            out[i] = v.date() if v == v.normalize() else v.to_pydatetime()
    return out


# ---- writing -------------------------------------------------------------------------------------

def output_kind(path):
    low = path.lower()
    if low.endswith(".gpkg"):
        return "gpkg"
    if low.endswith(PARQUET_EXT) or low.endswith(os.sep) or not os.path.splitext(low)[1]:
        return "parquet"
    raise UserError("Cannot write %s: the output must be a GeoPackage (.gpkg) or a GeoParquet directory "
                    "(.parquet or a name without extension)." % path, 2)


def check_output(path):
    """The output kind, or a one-sentence error (unsupported format, missing folder)."""
    kind = output_kind(path)
    parent = os.path.dirname(os.path.abspath(path.rstrip(os.sep)))
    if not os.path.isdir(parent):
        raise UserError("Cannot write %s: the folder %s does not exist." % (path, parent), 2)
    return kind


def prepare_output(path, overwrite=True):
    kind = check_output(path)
    if os.path.exists(path):
        if not overwrite:
            raise UserError("Cannot write %s: it exists (pass --overwrite)." % path, 2)
        if os.path.isdir(path):
            for f in glob.glob(os.path.join(path, "*.parquet")):
                os.remove(f)
        else:
            os.remove(path)
    if kind == "parquet":
        os.makedirs(path, exist_ok=True)
    return kind


def write_parquet_part(gdf, directory, index):
    """One partition → ``directory/part.NNNNN.parquet`` (called on a worker); returns its row count."""
    gdf = _for_writing(gdf)
    gdf.to_parquet(os.path.join(directory, "part.%05d.parquet" % index), index=False)
    return len(gdf)


def append_gpkg(gdf, path, layer, first, promote_multi=True):
    """Write or append one partition to a GeoPackage layer (client side, in order)."""
    import pyogrio
    gdf = _for_writing(gdf)
    kwargs = {"layer": layer, "driver": "GPKG", "use_arrow": True}
    if promote_multi:
        kwargs["promote_to_multi"] = True
    if not first:
        kwargs["append"] = True
    else:  # readable by the GDAL of QGIS 3.22 (Debian 12) without warnings
        kwargs["dataset_options"] = {"VERSION": "1.2"}
    if gdf.geometry.name != "geometry" or gdf.geometry.isna().all():
        kwargs["geometry_type"] = "MultiPolygon" if promote_multi else "Unknown"
    pyogrio.write_dataframe(gdf, path, **kwargs)


def to_arrow_part(gdf, multi):
    """One result partition → an Arrow table with WKB geometry (on the worker): Arrow crosses
    to the client without pickling shapely objects and GDAL writes it without conversion."""
    import pyarrow as pa
    import shapely
    gdf = _for_writing(gdf)
    if "geometry" not in gdf.columns:  # a table without geometry
        return pa.Table.from_pandas(pd.DataFrame(gdf), preserve_index=False)
    if multi and len(gdf):
        geoms = np.asarray(gdf.geometry.values, dtype=object)
        single = shapely.get_type_id(geoms) == 3  # Polygon → MultiPolygon, as QGIS's multi-type sink
        if single.any():
            geoms = geoms.copy()
            geoms[single] = shapely.multipolygons(geoms[single][:, None])
            gdf = gdf.set_geometry(gdf.geometry.__class__(geoms, index=gdf.index, crs=gdf.crs))
    return pa.table(gdf.to_arrow(index=False, geometry_encoding="WKB"))


class GpkgWriter:
    """Appends Arrow partitions, in order, to one GeoPackage layer (client side). The first
    partition fixes the field types; a column that is entirely NULL there is written as text."""

    def __init__(self, path, layer, geometry_type, crs):
        self.path, self.layer = path, layer
        self.geometry_type = geometry_type or "Unknown"
        self.crs = crs.to_wkt() if crs is not None else None
        self.schema = None

    def write(self, table):
        import warnings
        import pyarrow as pa
        import pyogrio
        if self.schema is None:
            fields = [pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in table.schema]
            self.schema = pa.schema(fields, metadata=table.schema.metadata)
            table = table.cast(self.schema)
            kwargs = {"dataset_options": {"VERSION": "1.2"}}  # readable by the GDAL of QGIS 3.22
        else:
            if len(table) == 0:
                return
            table = _cast_like(table, self.schema)
            kwargs = {"append": True}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # GDAL's note on mixed single/multi parts
            if "geometry" in table.column_names:
                kwargs.update(geometry_name="geometry", geometry_type=self.geometry_type, crs=self.crs)
            pyogrio.write_arrow(table, self.path, layer=self.layer, driver="GPKG", **kwargs)


def _cast_like(table, schema):
    import pyarrow as pa
    try:
        return table.cast(schema)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError):
        cols = []
        for field in schema:
            col = table.column(field.name)
            try:
                cols.append(col.cast(field.type))
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                cols.append(pa.array([None if v is None else str(v) for v in col.to_pylist()], type=field.type)
                            if pa.types.is_string(field.type) else pa.nulls(len(col), field.type))
        return pa.Table.from_arrays(cols, schema=schema)


def _for_writing(gdf):
    if ROW in gdf.columns:
        gdf = gdf.drop(columns=[ROW])
    return gdf

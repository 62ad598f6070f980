"""Between a layer partition (a GeoDataFrame) and the core's batch functions: which column a
parameter means (core.fields), raw columns in the form the core takes, the output columns back as
the QGIS algorithms write them, and the run's problem tallies. No rule is decided here."""
import numpy as np
from pandas.api.extensions import ExtensionDtype as _ExtensionDtype

from landplan_plugin.core import fields
from landplan_plugin.core.values import round_half_away
from . import spatial
from .errors import EXIT_DATA, UserError
from .io import column_values

# ---- options and fields --------------------------------------------------------------------------


def option(param):
    """The command-line option of a Processing parameter: ``TAX_PER_MU_FIELD`` → ``--tax-per-mu-field``."""
    return "--" + param.lower().replace("_", "-")


def option_value(opts, param):
    """The value given for ``param``'s option (None when not given, "" when given empty)."""
    return getattr(opts, param.lower())


def find_column(columns, candidates):
    """The first column named like a candidate (core.fields.find_name), or None."""
    columns = list(columns)
    i = fields.find_name(columns, candidates)
    return None if i < 0 else columns[i]


def resolve_field(layer, given, option_name, label, candidates=(), allow_auto=True, log=None):
    """The column for an option: given → it must exist (core.fields matching); not given (None) →
    the first column named like a candidate (logged); given empty ("") → none."""
    if given is not None and given != "":
        hit = find_column(layer.columns, [given])
        if hit is None:
            raise UserError('Field "%s" (%s, %s) is not in the %s layer %s.' % (given, option_name, label, layer.label,
                                                                                layer.path))
        return hit
    if given == "" or not allow_auto:
        return None
    hit = find_column(layer.columns, candidates)
    if hit is not None and log is not None:
        log('Using field "%s" as %s (found by name).' % (hit, label))
    return hit


def resolve_params(layer, opts, alg, labels, log, auto=None):
    """{param: column or None} for the Processing parameters ``labels`` ({param: label}) of
    algorithm ``alg``: each option given, else found by name among core.fields.CANDIDATES
    (``auto[param]`` False: only when given)."""
    auto = auto or {}
    return {param: resolve_field(layer, option_value(opts, param) or None, option(param), label,
                                 fields.CANDIDATES[alg].get(param, ()), allow_auto=auto.get(param, True), log=log)
            for param, label in labels.items()}


def check_crs(layer, label):
    """The layer's CRS, or a one-sentence error: areas cannot be measured without one."""
    crs = layer.crs
    name = (getattr(crs, "name", "") or "").lower() if crs is not None else ""
    if crs is None or (crs.to_epsg() is None and name.startswith(("undefined", "unknown"))):
        raise UserError('Layer "%s" (%s) has no coordinate reference system: set one (e.g. EPSG:4547 or '
                        'EPSG:4490) and run again; areas cannot be measured without it.' % (label, layer.label),
                        EXIT_DATA)
    return crs


# ---- columns in ------------------------------------------------------------------------------------

def object_column(series, is_int=False):
    """A column as an object array of raw values the way QGIS hands them to the core (None = NULL)."""
    out = np.empty(len(series), dtype=object)
    out[:] = column_values(series, is_int)
    return out


def raw_column(series, is_int):
    """A column for a batch function: float arrays as they are (NaN = NULL; the core parses them
    with numpy), anything else as an object array of raw values (None = NULL)."""
    if series.dtype.kind == "f" and not is_int and not isinstance(series.dtype, _ExtensionDtype):
        return series.to_numpy(dtype=float)
    return object_column(series, is_int)


def columns_of(gdf, names, int_columns):
    """{key: object array} for ``names`` ({key: column name or None}); a key without a column → None."""
    return {key: (object_column(gdf[col], col in int_columns) if col else None) for key, col in names.items()}


class Geometry:
    """A partition's geometries as the plugin treats them: ``fixed`` (invalid ones made valid),
    ``empty`` (NULL or empty), ``repaired`` (made valid), ``failed`` (invalid, not repairable)."""

    def __init__(self, gdf):
        """``gdf``: a GeoDataFrame or an array of geometries."""
        values = gdf.geometry.values if hasattr(gdf, "geometry") else gdf
        self.original = np.asarray(values, dtype=object)
        self.empty = spatial.missing(self.original)
        self.fixed, self.repaired, self.failed = spatial.repair(self.original)
        self.repaired &= ~self.empty

    def notes(self, empty_note=None):
        """The geometry note of each row: the repair note (or that it could not be repaired),
        ``empty_note`` for NULL/empty ones."""
        notes = np.full(len(self.original), None, dtype=object)
        notes[self.repaired] = spatial.REPAIR_NOTE
        notes[self.failed] = spatial.UNREPAIRABLE_NOTE
        if empty_note is not None:
            notes[self.empty] = empty_note
        return notes

    def count_into(self, counts, empty=True):
        """The run's geometry problem counts (as the plugin's ProblemTally logs them)."""
        add(counts, ("invalid_geometry", ""), int(self.repaired.sum()))
        if empty:
            add(counts, ("empty_geometry", ""), int(self.empty.sum()))

    def output(self):
        """The geometries to write: the repaired ones where a repair happened, else None (keep)."""
        return self.fixed if self.repaired.any() else None


# ---- columns out ------------------------------------------------------------------------------------

def attach(gdf, values, spec, geometry=None):
    """Input columns (an input column named like an output field is replaced) + output columns,
    typed and rounded as the plugin writes them (QGIS rounds doubles to the field's precision).
    ``spec``: (name, kind, precision) with kind ``f`` double, ``i`` integer, ``s`` text, ``d`` date."""
    import pandas as pd
    import geopandas as gpd
    names = {name.lower() for name, _, _ in spec}
    keep = [c for c in gdf.columns if c.lower() not in names or c == "geometry"]
    out = gdf[keep].copy()
    if geometry is not None:
        out = out.set_geometry(gpd.GeoSeries(geometry, index=out.index, crs=gdf.crs))
    geom_col = out.geometry.name if isinstance(out, gpd.GeoDataFrame) else None
    for name, kind, precision in spec:
        v = values[name]
        if kind == "f":
            arr = np.array([np.nan if x is None else x for x in v], dtype=float)
            out[name] = round_half_away(arr, precision) if precision else arr
        elif kind == "i":
            out[name] = pd.array([None if x is None or x != x else int(x) for x in v], dtype="Int32")
        else:
            out[name] = pd.Series(list(v), index=out.index, dtype=object)
    if geom_col is not None:
        cols = [c for c in out.columns if c != geom_col] + [geom_col]
        out = out[cols]
    return out


def output_arrays(values, spec):
    """Output columns as arrays, typed and rounded as :func:`attach` writes them: doubles and
    integers as float arrays (NaN = NULL), text and dates as object arrays (cheap to send)."""
    out = {}
    for name, kind, precision in spec:
        v = values[name]
        if kind in "fi":
            arr = np.asarray(v, dtype=float) if getattr(v, "dtype", None) is not None and v.dtype.kind in "fiu" else \
                np.array([np.nan if x is None else x for x in v], dtype=float)
            out[name] = round_half_away(arr, precision) if kind == "f" and precision else arr
        else:
            arr = np.empty(len(v), dtype=object)
            arr[:] = list(v)
            out[name] = arr
    return out


def sql_values(arr, kind):
    """One column of :func:`output_arrays` as Python values for SQLite (None for NULL, integers
    as int, dates as ISO text)."""
    if kind in "fi":
        null = np.isnan(arr)
        items = (np.where(null, 0, arr).astype(np.int64) if kind == "i" else arr).tolist()
        for i in np.flatnonzero(null).tolist():
            items[i] = None
        return items
    if kind == "d":
        return [None if x is None else x.isoformat() for x in arr.tolist()]
    return [None if x is None else str(x) for x in arr.tolist()]


# ---- tallies ------------------------------------------------------------------------------------

def add(counts, key, n=1):
    if n:
        counts[key] = counts.get(key, 0) + n


def count_problems(counts, problems):
    """Problems of a batch function's ``problems`` column (a list of core Problems per row), or of
    one row's list, into the run's tally (kind, field) → rows."""
    if problems is None:
        return counts
    for row in problems:
        if row is None:
            continue
        if not isinstance(row, (list, tuple)):
            row = [row]
        for p in row:
            add(counts, (p.kind, p.field))
    return counts


def merge_counts(parts, key="problems"):
    total = {}
    for part in parts:
        for k, v in (part or {}).get(key, {}).items():
            add(total, k, v)
    return total

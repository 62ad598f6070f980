"""Compare an output of the distributed engine with the QGIS algorithm's output, field by field."""
import math

import pyogrio


def read(path, layer=None):
    import os
    if os.path.isdir(path) or path.endswith(".parquet"):
        import geopandas as gpd
        import glob
        files = sorted(glob.glob(os.path.join(path, "*.parquet"))) if os.path.isdir(path) else [path]
        import pandas as pd
        return gpd.GeoDataFrame(pd.concat([gpd.read_parquet(f) for f in files], ignore_index=True))
    if layer is None:
        layers = [n for n, _ in pyogrio.list_layers(path) if n != "layer_styles"]
        layer = layers[0]
    return pyogrio.read_dataframe(path, layer=layer)


def _norm(v):
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item"):
        v = v.item()
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    try:
        import pandas as pd
        if v is pd.NA or v is pd.NaT:
            return None
        if isinstance(v, pd.Timestamp):
            return v.date()
    except ImportError:
        pass
    import datetime as dt
    if isinstance(v, dt.datetime):
        return v.date()
    return v


def differences(ours, theirs, fields, key=None, tol=1e-9, rel=False):
    """List of 'field row: ours != theirs' for values that differ (numbers within ``tol``)."""
    if key is not None:
        ours = ours.set_index(key, drop=False).sort_index()
        theirs = theirs.set_index(key, drop=False).sort_index()
    assert len(ours) == len(theirs), (len(ours), len(theirs))
    out = []
    for f in fields:
        a_col, b_col = list(ours[f]), list(theirs[f])
        for i, (a, b) in enumerate(zip(a_col, b_col)):
            a, b = _norm(a), _norm(b)
            if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
                limit = tol * max(1.0, abs(b)) if rel else tol
                if abs(float(a) - float(b)) <= limit:
                    continue
            elif a == b:
                continue
            out.append("%s[%s]: %r != %r" % (f, ours.index[i], a, b))
    return out


def checksum(path):
    import hashlib
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()

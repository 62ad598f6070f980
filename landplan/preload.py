"""Imported by every worker of a local cluster as it starts (dask's ``preload``): the libraries the
tasks need load while the client is still reading the inputs, not in the first task."""
import geopandas  # noqa: F401
import pyarrow  # noqa: F401
import pyogrio  # noqa: F401
import shapely  # noqa: F401

import landplan_plugin.core.evaluation  # noqa: F401
import landplan_plugin.core.scoring  # noqa: F401
from . import adapt, gpkg, io, spatial  # noqa: F401

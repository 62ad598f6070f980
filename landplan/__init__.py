"""LandPlan's distributed engine: the plugin's rules on dask-geopandas / dask.distributed.

Runs in its own virtualenv (``.venv-scale``, ``make scale-deps``: this checkout installed editable
with the ``scale`` extra of pyproject.toml) and is NEVER imported by the QGIS plugin: it pulls in
PyPI's GDAL/GEOS/PROJ through geopandas, pyogrio and shapely 2, which must not meet QGIS's own.
Every rule comes from :mod:`landplan_plugin.core` (pure Python), through its batch functions.

Modules: ``cli`` (the ``landplan`` command), ``checks`` (one module per subcommand: options, the
run on the client, the partition work on the workers), ``jobs`` (what the subcommands share:
the run, writing, the log), ``adapt`` (partition columns ↔ the core's batch functions, field
options ↔ core.fields), ``io`` (reading and writing layers), ``gpkg`` (GeoPackage in and out by
SQL), ``cluster`` (a local or remote dask cluster), ``spatial`` (areas, repair, clipping,
Hilbert partitioning), ``preload`` (what a local worker imports as it starts).
"""

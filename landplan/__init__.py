"""LandPlan's distributed engine (SPEC §9): the plugin's rules on dask-geopandas / dask.distributed.

Runs in its own virtualenv (``.venv-scale``, ``make scale-deps``) and is NEVER imported by the
QGIS plugin: it pulls in PyPI's GDAL/GEOS/PROJ through geopandas, pyogrio and shapely 2 (SPEC §5).
The rules come from :mod:`landplan_plugin.core`, through :mod:`.rules` (the one adapter module).

Modules: ``cli`` (the ``landplan`` command), ``io`` (read/write layers), ``cluster`` (local or
remote dask cluster, progress), ``rules`` (core calls per partition), ``spatial`` (areas, repair,
Hilbert partitioning, clip/difference), ``jobs`` (one function per subcommand).
"""

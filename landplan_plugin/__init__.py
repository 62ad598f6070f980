"""LandPlan — 土地效率评价 QGIS plugin.

QGIS (and ``qgis_process``) calls :func:`classFactory`; with ``qgis_process`` ``iface`` is None.
Nothing heavy is imported here.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin import LandPlanPlugin
    return LandPlanPlugin(iface)

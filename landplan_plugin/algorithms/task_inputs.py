"""The task table and the two runs of the checks, as ``landplan:taskprogress`` reads them — shared by
every algorithm built on task progress (``taskprogress``, ``countyassessment``): the same
parameters (TASKS + its field parameters, BASELINE, CURRENT, PARCEL_ID_FIELD, ZONE_FIELD), the same
field finding, the same messages.

Not an algorithm (no class here is registered); no rule lives here (core.tasks).
"""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from ..core import tasks as tk
from ..core.units import M2_PER_MU
from ..i18n import tr_base
from . import table_io
from .. import compat

TASK_FIELD_PARAMS = ("TASK_ZONE_FIELD", "TASK_KIND_FIELD", "TASK_AREA_FIELD", "TASK_DEADLINE_FIELD")


def add_task_params(alg, zone_label=None, parcel_zone_label=None):
    """TASKS (+ field parameters), BASELINE, CURRENT, PARCEL_ID_FIELD, ZONE_FIELD."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "TASKS", tr_base("Task table (CSV, XLSX or layer)"), [compat.SOURCE_VECTOR]))
    labels = (zone_label or tr_base("Tasks: zone field"), tr_base("Tasks: kind field (批而未供 / 闲置 / 低效)"),
              tr_base("Tasks: task area field (mu)"), tr_base("Tasks: deadline field"))
    for name, label in zip(TASK_FIELD_PARAMS, labels):
        alg.add_field_param(name, label, parent="TASKS", any_type=True)
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "BASELINE", tr_base("Baseline run of the checks"), [compat.SOURCE_VECTOR]))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "CURRENT", tr_base("Current run of the checks"), [compat.SOURCE_VECTOR]))
    alg.add_field_param("PARCEL_ID_FIELD", tr_base("Parcel id field (in both runs)"), parent="CURRENT",
                        any_type=True)
    alg.add_field_param("ZONE_FIELD", parcel_zone_label or tr_base("Zone field of the parcels"), parent="CURRENT",
                        any_type=True)


def read_tasks(alg, parameters, context, feedback, candidates, zone_label=None):
    """The task table as :class:`core.tasks.TaskTable` (None when cancelled)."""
    source = table_io.table_source(alg, parameters, "TASKS", context, feedback)
    labels = (zone_label or tr_base("task zone"), tr_base("task kind"), tr_base("task area (mu)"),
              tr_base("task deadline"))
    idx = [alg.resolve_field(parameters, n, source.fields(), candidates[n], feedback, label)
           for n, label in zip(TASK_FIELD_PARAMS, labels)]
    missing = tk.missing_task_fields({role: i >= 0 for role, i in zip(tk.TASK_ROLES, idx)})
    if missing:
        raise QgsProcessingException(tr_base("The task table needs the fields {names}.").format(
            names=", ".join(TASK_FIELD_PARAMS[tk.TASK_ROLES.index(role)] for role in missing)))
    table = table_io.read_columns(source, idx, feedback, (0, 10))
    return None if table is None else tk.TaskTable(*table.values)


def run_field_names(alg, parameters, context, feedback, candidates):
    """(current source, baseline source, [parcel id name, zone name or None]) of the two runs."""
    current = alg.source_or_fail(parameters, "CURRENT", context)
    baseline = alg.source_or_fail(parameters, "BASELINE", context)
    id_idx = alg.resolve_field(parameters, "PARCEL_ID_FIELD", current.fields(), candidates["PARCEL_ID_FIELD"],
                               feedback, tr_base("parcel id"))
    if id_idx < 0:
        raise QgsProcessingException(tr_base("Name the parcel id field (PARCEL_ID_FIELD)."))
    zone_idx = alg.resolve_field(parameters, "ZONE_FIELD", current.fields(), candidates["ZONE_FIELD"],
                                 feedback, tr_base("zone"))
    names = [current.fields().at(id_idx).name(), current.fields().at(zone_idx).name() if zone_idx >= 0 else None]
    return current, baseline, names


def read_run(alg, source, names, context, feedback, progress, keep_geometry, crs, label, extra=()):
    """(core.tasks.Run, geometries (or Nones), {extra field name: column}) of one run; the flag and
    area fields are found by name (core.tasks.run_fields); ``extra``: more fields to read along (a
    name the run lacks gives no column). None when cancelled."""
    from ..core.fields import find_name
    layout = tk.run_fields(source.fields().names(), *names)
    if "no_parcel_id" in layout.errors():
        raise QgsProcessingException(tr_base("The {run} run has no field \"{field}\" (PARCEL_ID_FIELD).").format(
            run=label, field=names[0]))
    feedback.pushInfo(tr_base("The {run} run carries: {kinds}.").format(run=label,
                                                                      kinds="、".join(layout.kinds) or "—"))
    polygon = QgsWkbTypes.geometryType(source.wkbType()) == compat.GEOMETRY_POLYGON
    measurer = alg.area_measurer(alg.check_crs(source, label), context) if polygon else None
    extra_idx = [find_name(source.fields().names(), [name]) for name in extra]
    table = table_io.read_columns(source, layout.indexes() + extra_idx, feedback, progress, measurer,
                                  keep_geometry and polygon, crs, context)
    if table is None:
        return None
    geom_mu = [None if a is None else a / M2_PER_MU for a in table.area_m2]
    n = len(layout.indexes())
    more = {name: table.values[n + i] for i, name in enumerate(extra) if extra_idx[i] >= 0}
    return layout.run(table.values[:n], geom_mu), table.geometries or [None] * len(table.fids), more

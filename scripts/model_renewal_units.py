"""Optional 城市更新单元评估 step of the quarterly model (called by make_model.py with one line).

It runs only when ``renewal_units`` is given (a Conditional branch, native:condition, as the plan
and task steps) and the 城市更新资源识别 step ran (model_renewal.py: its output is the RESOURCES
input, so QGIS skips this step when that one is skipped): ``landplan:renewalunits`` on those units
with the model's land use (``landuse``, ``landuse_code``) and the 城市更新 buildings
(``renewal_buildings``), plus the optional key areas, stations, new areas, green spaces and
railways → ``units:units_assessed`` and ``units:units_uncovered``.
"""
from qgis.core import (QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency,
                       QgsProcessingModelChildParameterSource as Src, QgsProcessingModelOutput,
                       QgsProcessingParameterVectorLayer)
from qgis.PyQt.QtCore import QPointF
from landplan_plugin import compat

CONDITION = {"name": "units given", "expression": "@renewal_units IS NOT NULL"}
#: (model input, algorithm parameter, label, geometry type)
INPUTS = (
    ("renewal_units", "UNITS", "城市更新单元 renewal units (optional)", compat.SOURCE_POLYGON),
    ("key_areas", "KEY_AREAS", "重点功能区 key areas (optional)", compat.SOURCE_POLYGON),
    ("stations", "STATIONS", "轨道站点 rail stations (optional)", compat.SOURCE_POINT),
    ("new_areas", "NEW_AREAS", "城市新区/新建园区 new areas (optional)", compat.SOURCE_POLYGON),
    ("green", "GREEN", "绿地与公园 green spaces and parks (optional)", compat.SOURCE_POLYGON),
    ("railways", "RAILWAYS", "铁路 railways (optional)", compat.SOURCE_ANY_GEOMETRY),
)


def add_steps(model, param, resources_child="renewal", x=420.0, y=640.0):
    """Add the optional inputs, the branch and the step to ``model`` (``param``: make_model's helper)."""
    for name, _alg_param, label, geometry in INPUTS:
        param(QgsProcessingParameterVectorLayer(name, label, [geometry], optional=True))
    branch = QgsProcessingModelChildAlgorithm("native:condition")
    branch.setChildId("has_units")
    branch.setDescription("更新单元输入 renewal units given?")
    branch.setConfiguration({"conditions": [CONDITION]})
    branch.setPosition(QPointF(x, y))
    model.addChildAlgorithm(branch)
    c = QgsProcessingModelChildAlgorithm("landplan:renewalunits")
    c.setChildId("units")
    c.setDescription("城市更新单元评估")
    c.setPosition(QPointF(x + 220, y))
    sources = {alg_param: Src.fromModelParameter(name) for name, alg_param, _label, _geometry in INPUTS}
    sources.update(LANDUSE=Src.fromModelParameter("landuse"), LANDUSE_CODE_FIELD=Src.fromModelParameter("landuse_code"),
                   BUILDINGS=Src.fromModelParameter("renewal_buildings"),
                   RESOURCES=Src.fromChildOutput(resources_child, "OUTPUT"))
    for name, src in sources.items():
        c.addParameterSources(name, [src])
    for definition in c.algorithm().parameterDefinitions():
        if definition.name() in sources or definition.isDestination():
            continue
        if not (definition.flags() & compat.PARAMETER_OPTIONAL):
            c.addParameterSources(definition.name(), [Src.fromStaticValue(definition.defaultValue())])
    c.setDependencies([QgsProcessingModelChildDependency("has_units", CONDITION["name"])])
    outs = {}
    for out_name, child_output, label in (("units_assessed", "OUTPUT", "城市更新单元评估 renewal units assessed"),
                                          ("units_uncovered", "UNCOVERED", "未达见绿的住宅用地 residential land "
                                                                             "beyond the green distance")):
        o = QgsProcessingModelOutput(out_name, label)
        o.setChildId("units")
        o.setChildOutputName(child_output)
        o.setMandatory(False)
        o.setDefaultValue("TEMPORARY_OUTPUT")
        outs[out_name] = o
    c.setModelOutputs(outs)
    model.addChildAlgorithm(c)

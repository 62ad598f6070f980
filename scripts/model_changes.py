"""Optional 变化图斑动态巡查 step of the quarterly model (called by make_model.py with one line).

Runs only when the quarter's change polygons are given (a Conditional branch on the optional model
input ``changes``), on this run's checked parcels (idle + scoring), its 批而未供 output, the
approvals, supplies, parcels and zones → ``changes:change_leads`` and ``changes:change_warnings``.
Id, type and date fields are found by name (图斑编号 / TBBH, 变化类型 / BHLX, 前时相 / QSX, 后时相 / HSX).
"""
from qgis.core import (QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency,
                       QgsProcessingModelChildParameterSource as Src, QgsProcessingModelOutput,
                       QgsProcessingParameterVectorLayer)
from qgis.PyQt.QtCore import QPointF
from landplan_plugin import compat


def add_steps(model, param, x=640.0, y=640.0):
    """Add the optional ``changes`` input, its branch and the step to ``model``."""
    param(QgsProcessingParameterVectorLayer("changes", "变化图斑 change polygons of the quarter (optional)",
                                            [compat.SOURCE_POLYGON], optional=True))
    branch = QgsProcessingModelChildAlgorithm("native:condition")
    branch.setChildId("has_changes")
    branch.setDescription("变化图斑 change polygons given?")
    branch.setConfiguration({"conditions": [{"name": "changes given", "expression": "@changes IS NOT NULL"}]})
    branch.setPosition(QPointF(x, y))
    model.addChildAlgorithm(branch)
    c = QgsProcessingModelChildAlgorithm("landplan:changemonitoring")
    c.setChildId("changes")
    c.setDescription("变化图斑动态巡查")
    c.setPosition(QPointF(x + 220, y))
    sources = {"CHANGES": Src.fromModelParameter("changes"), "IDLE": Src.fromChildOutput("idle", "OUTPUT"),
               "SCORED": Src.fromChildOutput("idle", "OUTPUT"),
               "UNSUPPLIED": Src.fromChildOutput("unsupplied", "OUTPUT"),
               "APPROVALS": Src.fromModelParameter("approvals"), "SUPPLIED": Src.fromModelParameter("supplies"),
               "REGISTERED": Src.fromModelParameter("parcels"), "ZONES": Src.fromModelParameter("zones")}
    for name, src in sources.items():
        c.addParameterSources(name, [src])
    for definition in c.algorithm().parameterDefinitions():
        if definition.name() not in sources and not definition.isDestination() and \
                not (definition.flags() & compat.PARAMETER_OPTIONAL):
            c.addParameterSources(definition.name(), [Src.fromStaticValue(definition.defaultValue())])
    c.setDependencies([QgsProcessingModelChildDependency("has_changes", "changes given")])
    outs = {}
    for out_name, child_output, label in (("change_leads", "OUTPUT", "变化图斑巡查线索 change leads"),
                                          ("change_warnings", "WARNINGS", "分园区预警表 early-warning table")):
        o = QgsProcessingModelOutput(out_name, label)
        o.setChildId("changes")
        o.setChildOutputName(child_output)
        o.setMandatory(False)
        o.setDefaultValue("TEMPORARY_OUTPUT")
        outs[out_name] = o
    c.setModelOutputs(outs)
    model.addChildAlgorithm(c)

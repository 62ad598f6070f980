"""Optional 十四五 quota step of the quarterly model (called by make_model.py with one line).

Runs only when ``quota_supplies`` (the industrial supplies since 2021, with 供地日期 and 行业代码) is
given: a Conditional branch (native:condition) checks it, and the step depends on the branch — so
the model still runs without it. ``quota_supplies`` + the model's ``zones`` and ``as_of`` (+ optional
``quota_file``, empty = 郑州 2021–2025) → ``quota:quota_table`` and ``quota:quota_outside`` (入园
leads). Fields are found by name (供地日期, 土地用途, 行业代码, 供地面积(公顷), 选址特殊要求 …).
"""
from qgis.core import (QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency,
                       QgsProcessingModelChildParameterSource as Src, QgsProcessingModelOutput,
                       QgsProcessingParameterFile, QgsProcessingParameterVectorLayer)
from qgis.PyQt.QtCore import QPointF
from landplan_plugin import compat

CONDITION = {"name": "quota supplies given", "expression": "@quota_supplies IS NOT NULL"}


def add_steps(model, param, x=420.0, y=640.0):
    """Add the optional inputs, the branch and the quota step to ``model``; ``param`` is make_model's
    helper that adds and places a model parameter."""
    param(QgsProcessingParameterVectorLayer("quota_supplies", "十四五工业供地 industrial supplies since 2021, for the "
                                            "quota table (optional)", [compat.SOURCE_POLYGON],
                                            optional=True))
    param(QgsProcessingParameterFile("quota_file", "新增工业用地配额文件 quota file (JSON; empty = 郑州 2021–2025)",
                                     extension="json", optional=True))
    branch = QgsProcessingModelChildAlgorithm("native:condition")
    branch.setChildId("has_quota_inputs")
    branch.setDescription("配额输入 quota supplies given?")
    branch.setConfiguration({"conditions": [CONDITION]})
    branch.setPosition(QPointF(x, y))
    model.addChildAlgorithm(branch)
    c = QgsProcessingModelChildAlgorithm("landplan:industrialquota")
    c.setChildId("quota")
    c.setDescription("十四五新增工业用地配额与入园")
    c.setPosition(QPointF(x + 220, y))
    sources = {"SUPPLIES": Src.fromModelParameter("quota_supplies"), "ZONES": Src.fromModelParameter("zones"),
               "QUOTA_FILE": Src.fromModelParameter("quota_file"), "AS_OF": Src.fromModelParameter("as_of")}
    for name, src in sources.items():
        c.addParameterSources(name, [src])
    c.setDependencies([QgsProcessingModelChildDependency("has_quota_inputs", CONDITION["name"])])
    outs = {}
    for out_name, (child_output, label) in {"quota_table": ("OUTPUT", "配额执行 quota table"),
                                            "quota_outside": ("OUTSIDE", "未入园线索 入园 leads")}.items():
        o = QgsProcessingModelOutput(out_name, label)
        o.setChildId("quota")
        o.setChildOutputName(child_output)
        o.setMandatory(False)
        o.setDefaultValue("TEMPORARY_OUTPUT")
        outs[out_name] = o
    c.setModelOutputs(outs)
    model.addChildAlgorithm(c)

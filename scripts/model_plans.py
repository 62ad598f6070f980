"""Optional plan and task steps of the quarterly model (called by make_model.py with one line).

Both run only when their inputs are given: a Conditional branch (native:condition) checks the
optional model inputs, and each step depends on its branch — so the model still runs on parcels,
zones and land use alone.

* 供地计划执行监测: ``plan`` (table) + ``plan_supplies`` (supply records of the plan year) →
  ``plan:plan_progress`` (table), as of the model's ``as_of``;
* 县（区）考核: the tasks and the baseline against this run's parcels after 标准地 and 亩均 (so the
  score can use their classes), with the plan step's table when the plan is given, and the optional
  ``next_quota``, ``previous_assessment``, ``assessment_scheme`` → ``assess:county_assessment`` or
  ``assess_noplan:county_assessment``. The parcels' 县区 field is found by name (县区, 区县 …).
* 存量盘活任务进度: ``tasks`` (table) + ``baseline`` (the previous run of the checks, e.g. last
  quarter's ``parcels_checked``) against this run's checked parcels → ``tasks:task_progress``
  and ``tasks:task_parcels``. Parcel id and zone fields are found by name (宗地编号, 所在园区 …).
"""
from qgis.core import (QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency,
                       QgsProcessingModelChildParameterSource as Src, QgsProcessingModelOutput,
                       QgsProcessingParameterVectorLayer)
from qgis.PyQt.QtCore import QPointF

from landplan_plugin import compat

CONDITIONS = [
    {"name": "plan given", "expression": "@plan IS NOT NULL AND @plan_supplies IS NOT NULL"},
    {"name": "tasks given", "expression": "@tasks IS NOT NULL AND @baseline IS NOT NULL"},
    # 县（区）考核: with the plan step's table when the plan is given, else without it (a step fed by a
    # skipped step is skipped too, so the two cases are two children)
    {"name": "tasks and plan given", "expression": "@tasks IS NOT NULL AND @baseline IS NOT NULL AND @plan IS NOT NULL "
                                                   "AND @plan_supplies IS NOT NULL"},
    {"name": "tasks without plan", "expression": "@tasks IS NOT NULL AND @baseline IS NOT NULL AND (@plan IS NULL "
                                                 "OR @plan_supplies IS NULL)"},
]


def add_steps(model, param, checked_child="idle", x=420.0, y=520.0):
    """Add the optional inputs, the branch and the two steps to ``model``; ``param`` is
    make_model's helper that adds and places a model parameter."""
    any_layer = [compat.SOURCE_VECTOR]
    param(QgsProcessingParameterVectorLayer("plan", "供地计划表 supply plan (optional)", any_layer, optional=True))
    param(QgsProcessingParameterVectorLayer("plan_supplies", "本年度供地 supplies of the plan year (optional)",
                                            any_layer, optional=True))
    param(QgsProcessingParameterVectorLayer("tasks", "存量盘活任务表 disposal tasks (optional)", any_layer,
                                            optional=True))
    param(QgsProcessingParameterVectorLayer("baseline", "基期认定成果 baseline run of the checks (optional)",
                                            any_layer, optional=True))
    branch = QgsProcessingModelChildAlgorithm("native:condition")
    branch.setChildId("has_inputs")
    branch.setDescription("计划与任务输入 plan/task inputs given?")
    branch.setConfiguration({"conditions": CONDITIONS})
    branch.setPosition(QPointF(x, y))
    model.addChildAlgorithm(branch)

    def step(child_id, alg_id, description, sources, condition, outputs, pos):
        conditional_step(model, "has_inputs", condition, child_id, alg_id, description, sources, outputs, pos)

    step("plan", "landplan:supplyplanprogress", "供地计划执行监测", {
        "PLAN": Src.fromModelParameter("plan"), "SUPPLIES": Src.fromModelParameter("plan_supplies"),
        "AS_OF": Src.fromModelParameter("as_of")}, "plan given",
        {"plan_progress": ("OUTPUT", "供地计划执行 plan progress")}, QPointF(x + 220, y - 40))
    step("tasks", "landplan:taskprogress", "存量盘活任务进度", {
        "TASKS": Src.fromModelParameter("tasks"), "BASELINE": Src.fromModelParameter("baseline"),
        "CURRENT": Src.fromChildOutput(checked_child, "OUTPUT"), "AS_OF": Src.fromModelParameter("as_of")},
        "tasks given", {"task_progress": ("OUTPUT", "任务完成情况 task progress"),
                        "task_parcels": ("OUTPUT_PARCELS", "宗地变化 parcel changes")}, QPointF(x + 220, y + 40))
    add_assessment_steps(model, param, step, x, y)


def add_assessment_steps(model, param, step, x, y, current_child="permu"):
    """县（区）考核 in the quarterly model (optional inputs; two children, with and without the plan)."""
    from qgis.core import QgsProcessingParameterFile
    any_layer = [compat.SOURCE_VECTOR]
    param(QgsProcessingParameterVectorLayer("next_quota", "下年度新增建设用地计划指标 next year's quota per county "
                                            "(optional)", any_layer, optional=True))
    param(QgsProcessingParameterVectorLayer("previous_assessment", "上季度县区考核 last quarter's assessment "
                                            "(optional)", any_layer, optional=True))
    param(QgsProcessingParameterFile("assessment_scheme", "县区考核评分方案 scoring scheme (JSON; empty = 示例)",
                                     extension="json", optional=True))
    sources = {"TASKS": Src.fromModelParameter("tasks"), "BASELINE": Src.fromModelParameter("baseline"),
               "CURRENT": Src.fromChildOutput(current_child, "OUTPUT"), "AS_OF": Src.fromModelParameter("as_of"),
               "NEXT_QUOTA": Src.fromModelParameter("next_quota"),
               "PREVIOUS": Src.fromModelParameter("previous_assessment"),
               "SCHEME_FILE": Src.fromModelParameter("assessment_scheme")}
    out = {"county_assessment": ("OUTPUT", "县区考核 county assessment")}
    step("assess", "landplan:countyassessment", "县（区）考核（含供地计划）",
         dict(sources, PLAN_PROGRESS=Src.fromChildOutput("plan", "OUTPUT")), "tasks and plan given", out,
         QPointF(x + 440, y - 40))
    step("assess_noplan", "landplan:countyassessment", "县（区）考核", sources, "tasks without plan", out,
         QPointF(x + 440, y + 40))


def conditional_step(model, branch_id, condition, child_id, alg_id, description, sources, outputs, pos):
    """Add child ``child_id`` running ``alg_id`` only when ``condition`` of the ``native:condition``
    child ``branch_id`` holds: its ``sources`` {parameter: source}, every other mandatory parameter at
    the algorithm's default (as the designer does), and optional model ``outputs`` {name: (child
    output, label)}."""
    c = QgsProcessingModelChildAlgorithm(alg_id)
    c.setChildId(child_id)
    c.setDescription(description)
    c.setPosition(pos)
    for name, src in sources.items():
        c.addParameterSources(name, [src])
    for definition in c.algorithm().parameterDefinitions():
        name = definition.name()
        if name in sources or definition.isDestination():
            continue
        if not (definition.flags() & compat.PARAMETER_OPTIONAL):
            c.addParameterSources(name, [Src.fromStaticValue(definition.defaultValue())])
    c.setDependencies([QgsProcessingModelChildDependency(branch_id, condition)])
    outs = {}
    for out_name, (child_output, label) in outputs.items():
        o = QgsProcessingModelOutput(out_name, label)
        o.setChildId(child_id)
        o.setChildOutputName(child_output)
        o.setMandatory(False)  # the model runs without these outputs (and without the step's inputs):
        o.setDefaultValue("TEMPORARY_OUTPUT")  # not given → a temporary layer, when the step runs at all
        outs[out_name] = o
    c.setModelOutputs(outs)
    model.addChildAlgorithm(c)

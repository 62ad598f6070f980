"""The optional 季度通报 step of the quarterly model (called by make_model.py with one line).

``assessment`` (the county assessment table, ``landplan:countyassessment``'s output) given →
``landplan:quarterlybulletin`` writes ``bulletin:bulletin_docx`` and ``bulletin:bulletin_pdf``, as
of the model's ``as_of``, with the parcel changes ``task_parcels`` (optional) for the per-kind
table and the map. A condition skips the step when no assessment is given, so the model still runs
without it.

The model's own 县（区）考核 (``assess`` / ``assess_noplan``, model_plans.py, run when ``tasks`` and
``baseline`` are given) feeds a bulletin step each (``bulletin_plan``, ``bulletin_noplan``, with the
``tasks`` step's parcel changes for the map); their outputs are skipped unless named, so a model
run without python-docx, or without a wish for the bulletin, is not stopped by them.
"""
from qgis.core import (QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency,
                       QgsProcessingModelChildParameterSource as Src, QgsProcessingModelOutput,
                       QgsProcessingParameterString, QgsProcessingParameterVectorLayer)
from qgis.PyQt.QtCore import QPointF
from landplan_plugin import compat

CONDITIONS = [{"name": "assessment given", "expression": "@assessment IS NOT NULL"}]


def add_steps(model, param, x=420.0, y=640.0):
    """The step on the ``assessment`` input, then :func:`add_chained_steps`."""
    any_layer = [compat.SOURCE_VECTOR]
    param(QgsProcessingParameterVectorLayer("assessment", "县（区）考核结果 county assessment, for the 季度通报 "
                                            "(optional)", any_layer, optional=True))
    param(QgsProcessingParameterVectorLayer("task_parcels", "宗地变化 parcel changes, for the 季度通报 map "
                                            "(optional)", any_layer, optional=True))
    param(QgsProcessingParameterString("issuer", "发文单位 issuing office of the 季度通报 (optional)", optional=True))
    branch = QgsProcessingModelChildAlgorithm("native:condition")
    branch.setChildId("has_assessment")
    branch.setDescription("考核结果 assessment given?")
    branch.setConfiguration({"conditions": CONDITIONS})
    branch.setPosition(QPointF(x, y))
    model.addChildAlgorithm(branch)
    c = QgsProcessingModelChildAlgorithm("landplan:quarterlybulletin")
    c.setChildId("bulletin")
    c.setDescription("季度通报")
    c.setPosition(QPointF(x + 220, y))
    for name, src in (("ASSESSMENT", Src.fromModelParameter("assessment")),
                      ("TASK_PARCELS", Src.fromModelParameter("task_parcels")),
                      ("ISSUER", Src.fromModelParameter("issuer")), ("AS_OF", Src.fromModelParameter("as_of"))):
        c.addParameterSources(name, [src])
    c.setDependencies([QgsProcessingModelChildDependency("has_assessment", "assessment given")])
    outs = {}
    for out_name, child_output, label in (("bulletin_docx", "OUTPUT_DOCX", "季度通报 Word"),
                                          ("bulletin_pdf", "OUTPUT_PDF", "季度通报 PDF")):
        o = QgsProcessingModelOutput(out_name, label)
        o.setChildId("bulletin")
        o.setChildOutputName(child_output)
        o.setMandatory(False)
        o.setDefaultValue("TEMPORARY_OUTPUT")  # as the plan and task steps: a temporary file when not given
        outs[out_name] = o
    c.setModelOutputs(outs)
    model.addChildAlgorithm(c)
    add_chained_steps(model, x, y)


def add_chained_steps(model, x, y):
    """A bulletin on each of the model's own assessment steps (when model_plans added them)."""
    children = model.childAlgorithms()
    for n, (child_id, assess_id, description) in enumerate((
            ("bulletin_plan", "assess", "季度通报（县区考核含供地计划）"),
            ("bulletin_noplan", "assess_noplan", "季度通报（县区考核）"))):
        if assess_id not in children:
            continue
        c = QgsProcessingModelChildAlgorithm("landplan:quarterlybulletin")
        c.setChildId(child_id)
        c.setDescription(description)
        c.setPosition(QPointF(x + 660, y - 40 + 80 * n))
        for name, src in (("ASSESSMENT", Src.fromChildOutput(assess_id, "OUTPUT")),
                          ("TASK_PARCELS", Src.fromChildOutput("tasks", "OUTPUT_PARCELS")),
                          ("ISSUER", Src.fromModelParameter("issuer")), ("AS_OF", Src.fromModelParameter("as_of"))):
            c.addParameterSources(name, [src])
        outs = {}
        for out_name, child_output, label in (("bulletin_docx", "OUTPUT_DOCX", description + " Word"),
                                              ("bulletin_pdf", "OUTPUT_PDF", description + " PDF")):
            o = QgsProcessingModelOutput(out_name, label)
            o.setChildId(child_id)
            o.setChildOutputName(child_output)
            o.setMandatory(False)  # no default: written only when named
            outs[out_name] = o
        c.setModelOutputs(outs)
        model.addChildAlgorithm(c)

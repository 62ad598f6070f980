"""The optional 季度通报 step of the quarterly model (called by make_model.py with one line).

``assessment`` (the county assessment table, ``landplan:countyassessment``'s output) given →
``landplan:quarterlybulletin`` writes ``bulletin:bulletin_docx`` and ``bulletin:bulletin_pdf``, as
of the model's ``as_of``, with the parcel changes ``task_parcels`` (optional) for the per-kind
table and the map. A condition skips the step when no assessment is given, so the model still runs
without it (and without python-docx: ``landplan:handin`` passes no assessment then).
"""
from qgis.core import (QgsProcessing, QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency,
                       QgsProcessingModelChildParameterSource as Src, QgsProcessingModelOutput,
                       QgsProcessingParameterString, QgsProcessingParameterVectorLayer)
from qgis.PyQt.QtCore import QPointF

CONDITIONS = [{"name": "assessment given", "expression": "@assessment IS NOT NULL"}]


def add_steps(model, param, x=420.0, y=640.0):
    any_layer = [QgsProcessing.SourceType.TypeVector]
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

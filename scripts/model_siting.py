"""Optional 存量用地选址 step of the quarterly model (called by make_model.py with one line).

Runs only when a project is given (a Conditional branch on the optional model inputs
``siting_industry`` and ``siting_mu``): its candidates are this run's own 批而未供 output and its
checked parcels (闲置 + 低效 flags on one layer), placed in the model's zones; optional
``siting_invest`` (万元), ``siting_tax`` (万元/年) and ``siting_zone`` (the preferred zone) →
``siting:siting_sites``. Without a project the model runs as before.
"""
from qgis.core import (QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency,
                       QgsProcessingModelChildParameterSource as Src, QgsProcessingModelOutput,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)
from qgis.PyQt.QtCore import QPointF

from landplan_plugin import compat

CONDITION = {"name": "project given",
             "expression": "coalesce(@siting_industry, '') <> '' AND coalesce(@siting_mu, 0) > 0"}


def add_steps(model, param, x=860.0, y=780.0):
    """Add the optional project inputs, the branch and the siting step to ``model``; ``param`` is
    make_model's helper that adds and places a model parameter."""
    double = compat.NUMBER_DOUBLE
    param(QgsProcessingParameterString("siting_industry", "选址项目行业代码 project industry code for stock siting "
                                       "(GB/T 4754; optional: empty = no siting)", optional=True))
    param(QgsProcessingParameterNumber("siting_mu", "选址项目用地需求（亩） land the project needs (mu; optional)",
                                       type=double, minValue=0.0, optional=True))
    param(QgsProcessingParameterNumber("siting_invest", "选址项目总投资（万元） project investment (optional)",
                                       type=double, minValue=0.0, optional=True))
    param(QgsProcessingParameterNumber("siting_tax", "选址项目预计年税收（万元） expected tax per year (optional)",
                                       type=double, minValue=0.0, optional=True))
    param(QgsProcessingParameterString("siting_zone", "选址优先园区 preferred zone (optional)", optional=True))
    branch = QgsProcessingModelChildAlgorithm("native:condition")
    branch.setChildId("has_project")
    branch.setDescription("选址项目 project given?")
    branch.setConfiguration({"conditions": [CONDITION]})
    branch.setPosition(QPointF(x, y))
    model.addChildAlgorithm(branch)
    c = QgsProcessingModelChildAlgorithm("landplan:stocksiting")
    c.setChildId("siting")
    c.setDescription("存量用地选址")
    c.setPosition(QPointF(x + 220, y))
    sources = {"CANDIDATES": [Src.fromChildOutput("unsupplied", "OUTPUT"), Src.fromChildOutput("idle", "OUTPUT")],
               "PROJECT_INDUSTRY": Src.fromModelParameter("siting_industry"),
               "PROJECT_MU": Src.fromModelParameter("siting_mu"),
               "PROJECT_INVEST": Src.fromModelParameter("siting_invest"),
               "PROJECT_TAX": Src.fromModelParameter("siting_tax"), "ZONES": Src.fromModelParameter("zones"),
               "PREFERRED_ZONE": Src.fromModelParameter("siting_zone")}
    for name, src in sources.items():
        c.addParameterSources(name, src if isinstance(src, list) else [src])
    for definition in c.algorithm().parameterDefinitions():
        if definition.name() not in sources and not definition.isDestination() and \
                not (definition.flags() & compat.PARAMETER_OPTIONAL):
            c.addParameterSources(definition.name(), [Src.fromStaticValue(definition.defaultValue())])
    c.setDependencies([QgsProcessingModelChildDependency("has_project", CONDITION["name"])])
    o = QgsProcessingModelOutput("siting_sites", "存量用地选址 candidate sites for the project")
    o.setChildId("siting")
    o.setChildOutputName("OUTPUT")
    o.setMandatory(False)
    o.setDefaultValue("TEMPORARY_OUTPUT")
    c.setModelOutputs({"siting_sites": o})
    model.addChildAlgorithm(c)

"""Optional 城市更新 steps of the quarterly model (called by make_model.py with one line).

Both run only when their inputs are given (a Conditional branch, as model_plans.py does), so the
quarterly model still runs on parcels, zones and land use alone:

* 城市更新资源识别 (``landplan:renewalresources``): when ``renewal_blocks`` (工业区块线) or
  ``ring_road`` (三环以内) is given — on the model's land use (and its code field), the checked
  parcels (``ie_flag``, ``idle_flag``), the 批而未供 output and the optional ``renewal_buildings``
  → ``renewal_resources``;
* 更新项目负面清单核查 (``landplan:renewalscreening``): when ``renewal_projects`` is given — against
  whichever of the optional constraint layers are given → ``renewal_screening``.
"""
from qgis.core import QgsProcessingModelChildAlgorithm, QgsProcessingParameterVectorLayer
from qgis.core import QgsProcessingModelChildParameterSource as Src
from qgis.PyQt.QtCore import QPointF
from landplan_plugin import compat
from model_plans import conditional_step

CONDITIONS = [
    {"name": "renewal given", "expression": "@renewal_blocks IS NOT NULL OR @ring_road IS NOT NULL"},
    {"name": "projects given", "expression": "@renewal_projects IS NOT NULL"},
]
#: (model input, label, the screening parameter it feeds)
CONSTRAINTS = (
    ("dev_boundary", "城镇开发边界 development boundary (optional)", "DEV_BOUNDARY"),
    ("farmland", "永久基本农田 permanent basic farmland (optional)", "FARMLAND"),
    ("eco_redline", "生态保护红线 ecological red line (optional)", "ECO_REDLINE"),
    ("heritage", "历史文化保护线 heritage protection (optional)", "HERITAGE"),
    ("eco_control", "生态环境管控区 environmental control zones (optional)", "ECO_CONTROL"),
    ("over_capacity", "承载力超限区域 over-capacity areas (optional)", "OVER_CAPACITY"),
    ("height_zones", "高度管控分区 height zones (optional; field 限高 found by name)", "HEIGHT_ZONES"),
)


def add_steps(model, param, checked_child="idle", unsupplied_child="unsupplied", x=420.0, y=700.0):
    """Add the optional inputs, the branch and the two steps to ``model``; ``param`` is
    make_model's helper that adds and places a model parameter."""
    poly = [compat.SOURCE_POLYGON]
    for name, label in (("renewal_blocks", "工业区块线 industrial block lines, for 城市更新 (optional)"),
                        ("ring_road", "三环以内 area inside the ring road, for 城市更新 (optional)"),
                        ("renewal_buildings", "建筑（建成年份、用途、空置率） buildings for 城市更新 (optional)"),
                        ("renewal_projects", "城市更新项目 renewal projects (optional)")):
        param(QgsProcessingParameterVectorLayer(name, label, poly, optional=True))
    for name, label, _target in CONSTRAINTS:
        param(QgsProcessingParameterVectorLayer(name, label, poly, optional=True))
    branch = QgsProcessingModelChildAlgorithm("native:condition")
    branch.setChildId("has_renewal")
    branch.setDescription("城市更新输入 renewal inputs given?")
    branch.setConfiguration({"conditions": CONDITIONS})
    branch.setPosition(QPointF(x, y))
    model.addChildAlgorithm(branch)

    def step(child_id, alg_id, description, sources, condition, outputs, pos):
        conditional_step(model, "has_renewal", condition, child_id, alg_id, description, sources, outputs, pos)

    step("renewal", "landplan:renewalresources", "城市更新资源识别", {
        "LANDUSE": Src.fromModelParameter("landuse"), "LANDUSE_CODE_FIELD": Src.fromModelParameter("landuse_code"),
        "BUILDINGS": Src.fromModelParameter("renewal_buildings"),
        "SCORED": Src.fromChildOutput(checked_child, "OUTPUT"), "IDLE": Src.fromChildOutput(checked_child, "OUTPUT"),
        "UNSUPPLIED": Src.fromChildOutput(unsupplied_child, "OUTPUT"),
        "INDUSTRIAL_BLOCKS": Src.fromModelParameter("renewal_blocks"), "RING_ROAD": Src.fromModelParameter("ring_road"),
    }, "renewal given", {"renewal_resources": ("OUTPUT", "城市更新资源 renewal resources")}, QPointF(x + 220, y - 40))
    sources = {"PROJECTS": Src.fromModelParameter("renewal_projects")}
    sources.update({target: Src.fromModelParameter(name) for name, _label, target in CONSTRAINTS})
    step("screening", "landplan:renewalscreening", "更新项目负面清单核查", sources, "projects given",
         {"renewal_screening": ("OUTPUT", "更新项目负面清单 renewal screening")}, QPointF(x + 220, y + 40))

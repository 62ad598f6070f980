#!/usr/bin/env python3
"""Build resources/models/landplan_quarterly.model3 — the quarterly review as a Processing model:

score (低效工业用地评价) → idle (闲置土地识别, on the scored parcels, so one layer carries both
flags) → 标准地履约核查 → 亩均效益评价 (both on the same layer; a layer without their fields, or no
scheme file, passes through unchecked: PASS_UNCHECKED / PASS_UNCLASSED) → 批而未供 (spatial mode) →
疑似违法占地 (optional ``builtup`` − approvals − supplies − parcels; none given: empty) → zone check with
scorecard (标准地履约 and 疑似违法占地 lines) → 开发区土地集约利用评价 (on the checked zones) → export of
the parcels merged with the 疑似违法占地 pieces (shapefile + 台账, the evaluation table as a sheet) →
PDF report (evaluation page per zone). Optional: zone type (only 工业主导 zones judged) and the
十四五 quota step (scripts/model_quota.py); 季度通报 (Word + PDF) from a county assessment
(model_bulletin.py); 存量用地选址 when a project is given (model_siting.py).

Optional steps (each behind a Conditional branch): 供地计划执行, 存量盘活任务进度 (model_plans.py) and
城市更新单元评估 (model_renewal_units.py: with renewal units and renewal resources given).

Steps inside a conditional branch (model_plans.py) cannot feed a later step (QGIS skips every
step that depends on a skipped one), so the checks above run unconditionally and pass through
what they cannot check; the plan / task steps and the 城市更新 steps (model_renewal.py) stay optional
and write their own outputs.

The model is built with QGIS's model API (not written by hand) so it stays loadable by QGIS; run
this script again after changing an algorithm's parameters. The provider ships the file.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qgis_env

OUT = os.path.join(qgis_env.REPO, "resources", "models", "landplan_quarterly.model3")


def build():
    from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildParameterSource as Src, QgsProcessingModelOutput,
                           QgsProcessingModelParameter, QgsProcessingParameterDateTime,
                           QgsProcessingParameterEnum, QgsProcessingParameterField, QgsProcessingParameterFile,
                           QgsProcessingParameterMultipleLayers, QgsProcessingParameterString,
                           QgsProcessingParameterVectorLayer)
    from qgis.PyQt.QtCore import QPointF

    from landplan_plugin import compat
    model = QgsProcessingModelAlgorithm("landplan_quarterly", "季度评价")
    model.setHelpContent({
        "ALG_DESC": "季度土地效率评价：低效工业用地评价 → 闲置土地识别 → 批而未供识别 → 开发区工业用地占比核查 → "
                    "导出问题宗地与台账 → 园区报告。Quarterly land-efficiency review: scoring, idle land, "
                    "approved-but-unsupplied land, zone industrial share, export with ledger, PDF report.",
        "ALG_CREATOR": "LandPlan contributors",
    })
    poly = [compat.SOURCE_POLYGON]
    y = 60.0

    def param(definition):
        nonlocal y
        model.addModelParameter(definition, QgsProcessingModelParameter(definition.name()))
        comp = model.parameterComponent(definition.name())
        comp.setPosition(QPointF(120, y))
        y += 70

    param(QgsProcessingParameterVectorLayer("parcels", "工业宗地 parcels", poly))
    param(QgsProcessingParameterVectorLayer("zones", "开发区 zones", poly))
    param(QgsProcessingParameterVectorLayer("landuse", "三调地类图斑 land use", poly))
    param(QgsProcessingParameterField("landuse_code", "地类编码字段 land-use code field", "DLBM", "landuse"))
    param(QgsProcessingParameterVectorLayer("approvals", "批地 approvals", poly))
    param(QgsProcessingParameterVectorLayer("supplies", "供地 supplies", poly))
    as_of = QgsProcessingParameterDateTime("as_of", "基准日期 reference date (empty = today)",
                                           compat.DATETIME_DATE, optional=True)
    param(as_of)
    param(QgsProcessingParameterEnum("standard", "认定标准 standard", [
        "濮阳·经济技术产业集聚区 (puyang_etdz)", "濮阳·其他产业集聚区 (puyang_other)",
        "郑州·分行业控制指标 (zhengzhou_industry)"], defaultValue=1))
    param(QgsProcessingParameterString("deadline",
                                       "完成时限 deadline (a date; empty = the deadline rules; 留空 = blank)",
                                       optional=True))
    param(QgsProcessingParameterMultipleLayers("extra_tables", "台账附表 more ledger sheets (one per table)",
                                               compat.SOURCE_VECTOR, optional=True))
    param(QgsProcessingParameterFile("permu_scheme", "亩均效益评价方案 per-mu scheme (JSON; empty = not classed)",
                                     extension="json", optional=True))
    param(QgsProcessingParameterField("permu_group", "亩均效益分组字段 per-mu group field (e.g. 规模; optional)",
                                      None, "parcels", optional=True))
    param(QgsProcessingParameterVectorLayer("builtup",
                                            "现状建设用地/变化图斑 built-up land for 疑似违法占地 (optional; "
                                            "empty = not checked)", poly, optional=True))
    param(QgsProcessingParameterField("builtup_code", "地类编码字段 its land-use code field (optional)", "DLBM",
                                      "builtup", optional=True))
    param(QgsProcessingParameterVectorLayer("buildings", "建筑物 buildings, for the zone evaluation (optional)", poly,
                                            optional=True))
    param(QgsProcessingParameterField("zone_type_field", "开发区类型字段 zone type field (optional; empty = every "
                                      "zone judged)", None, "zones", optional=True))
    param(QgsProcessingParameterString("industrial_types", "工业主导的类型取值 zone types that mean 工业主导 "
                                       "(comma-separated; optional)", optional=True))

    x = 420.0

    def child(child_id, alg_id, description, sources, outputs=None):
        nonlocal x
        c = QgsProcessingModelChildAlgorithm(alg_id)
        c.setChildId(child_id)
        c.setDescription(description)
        c.setPosition(QPointF(x, 120 + (x - 420) / 3))
        x += 220
        for name, src in sources.items():
            c.addParameterSources(name, src if isinstance(src, list) else [src])
        # every other mandatory parameter gets the algorithm's own default, as the designer does
        for definition in c.algorithm().parameterDefinitions():
            name = definition.name()
            if name in sources or definition.isDestination():
                continue
            if not (definition.flags() & compat.PARAMETER_OPTIONAL):
                c.addParameterSources(name, [Src.fromStaticValue(definition.defaultValue())])
        outs = {}
        for out_name, (child_output, label) in (outputs or {}).items():
            o = QgsProcessingModelOutput(out_name, label)
            o.setChildId(child_id)
            o.setChildOutputName(child_output)
            outs[out_name] = o
        c.setModelOutputs(outs)
        model.addChildAlgorithm(c)

    child("score", "landplan:scoreinefficiency", "低效工业用地评价", {
        "INPUT": Src.fromModelParameter("parcels"), "STANDARD": Src.fromModelParameter("standard"),
        "AS_OF": Src.fromModelParameter("as_of"),   # 在建未达产: the construction period as of the 基准日
    })
    child("idle", "landplan:flagidleland", "闲置土地识别", {
        "INPUT": Src.fromChildOutput("score", "OUTPUT"), "AS_OF": Src.fromModelParameter("as_of"),
    }, {"parcels_checked": ("OUTPUT", "宗地评价结果（低效+闲置） parcels checked")})
    child("commitments", "landplan:checkcommitments", "标准地履约核查", {
        "INPUT": Src.fromChildOutput("idle", "OUTPUT"), "AS_OF": Src.fromModelParameter("as_of"),
        "PASS_UNCHECKED": Src.fromStaticValue(True)})
    child("permu", "landplan:permuevaluation", "亩均效益综合评价", {
        "INPUT": Src.fromChildOutput("commitments", "OUTPUT"), "SCHEME_FILE": Src.fromModelParameter("permu_scheme"),
        "GROUP_FIELD": Src.fromModelParameter("permu_group"), "PASS_UNCLASSED": Src.fromStaticValue(True),
    })
    child("unsupplied", "landplan:flagunsupplied", "批而未供识别", {
        "INPUT": Src.fromModelParameter("approvals"), "SUPPLIED": Src.fromModelParameter("supplies"),
        "AS_OF": Src.fromModelParameter("as_of"),
    }, {"unsupplied": ("OUTPUT", "批而未供 unsupplied land")})
    child("unauthorized", "landplan:flagunauthorized", "疑似违法占地", {
        "BUILTUP": Src.fromModelParameter("builtup"), "BUILTUP_CODE_FIELD": Src.fromModelParameter("builtup_code"),
        "PASS_EMPTY": Src.fromStaticValue(True),
        "APPROVALS": Src.fromModelParameter("approvals"), "SUPPLIED": Src.fromModelParameter("supplies"),
        "REGISTERED": Src.fromModelParameter("parcels"), "ZONES": Src.fromModelParameter("zones"),
    })
    child("zone", "landplan:zoneindustrialshare", "开发区工业用地占比核查", {
        "ZONES": Src.fromModelParameter("zones"), "LANDUSE": Src.fromModelParameter("landuse"),
        "LANDUSE_FIELD": Src.fromModelParameter("landuse_code"),
        "SCORED": Src.fromChildOutput("idle", "OUTPUT"), "IDLE": Src.fromChildOutput("idle", "OUTPUT"),
        "UNSUPPLIED": Src.fromChildOutput("unsupplied", "OUTPUT"), "APPROVALS": Src.fromModelParameter("approvals"),
        "COMMITMENTS": Src.fromChildOutput("commitments", "OUTPUT"),
        "UNAUTHORIZED": Src.fromChildOutput("unauthorized", "OUTPUT"),
        "ZONE_TYPE_FIELD": Src.fromModelParameter("zone_type_field"),
        "INDUSTRIAL_TYPES": Src.fromModelParameter("industrial_types"),
    }, {"zones_checked": ("OUTPUT", "园区工业用地占比 zone share")})
    child("zoneeval", "landplan:zoneevaluation", "开发区土地集约利用评价", {
        "ZONES": Src.fromChildOutput("zone", "OUTPUT"), "LANDUSE": Src.fromModelParameter("landuse"),
        "LANDUSE_FIELD": Src.fromModelParameter("landuse_code"), "SUPPLIED": Src.fromModelParameter("supplies"),
        "BUILDINGS": Src.fromModelParameter("buildings"), "PARCELS": Src.fromChildOutput("idle", "OUTPUT"),
        "IDLE": Src.fromChildOutput("idle", "OUTPUT"), "AS_OF": Src.fromModelParameter("as_of"),
    })
    child("merge", "native:mergevectorlayers", "问题宗地与疑似违法占地合并 parcels + unauthorised pieces", {
        "LAYERS": [Src.fromChildOutput("permu", "OUTPUT"), Src.fromChildOutput("unauthorized", "OUTPUT")]})
    child("export", "landplan:exportflagged", "导出问题宗地与台账", {
        "INPUT": Src.fromChildOutput("merge", "OUTPUT"), "ENCODING": Src.fromStaticValue(0),
        "AS_OF": Src.fromModelParameter("as_of"), "DEADLINE": Src.fromModelParameter("deadline"),
        "EXTRA_TABLES": [Src.fromModelParameter("extra_tables"), Src.fromChildOutput("zoneeval", "OUTPUT")],
    }, {"flagged_shp": ("OUTPUT", "问题宗地 shapefile"), "ledger": ("LEDGER", "台账 ledger (.xlsx)")})
    child("report", "landplan:zonereport", "园区报告", {
        "ZONES": Src.fromChildOutput("zoneeval", "OUTPUT"), "PARCELS": Src.fromChildOutput("permu", "OUTPUT"),
    }, {"report_pdf": ("OUTPUT", "园区报告 PDF"), "overview_png": ("PNG", "总览图 PNG")})
    __import__("model_plans").add_steps(model, param)  # optional: 供地计划执行, 存量盘活任务进度
    __import__("model_changes").add_steps(model, param)  # optional: 变化图斑动态巡查
    __import__("model_quota").add_steps(model, param)  # optional: 十四五新增工业用地配额与入园
    __import__("model_bulletin").add_steps(model, param)  # optional: 季度通报 from the county assessment
    __import__("model_renewal").add_steps(model, param)  # optional: 城市更新资源识别, 更新项目负面清单核查
    __import__("model_renewal_units").add_steps(model, param)  # optional: 城市更新单元评估 (on those resources)
    __import__("model_siting").add_steps(model, param)  # optional: 存量用地选址 when a project is given
    return model


def main():
    qgis_env.start()
    model = build()
    ok, errors = model.validate()
    if not ok:
        raise SystemExit("model does not validate: %s" % errors)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    if not model.toFile(OUT):
        raise SystemExit("could not write " + OUT)
    print("wrote", OUT)
    os._exit(0)


if __name__ == "__main__":
    main()

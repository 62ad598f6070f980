"""Styles for LandPlan outputs: the ``resources/styles/*.qml`` files and how they travel.

Each output kind has one ``.qml`` (editable by users) that carries the renderer, the labels
and the Chinese field aliases (aliases set on a Processing sink's fields are lost on disk, so
the style carries them):

=================  ==============================  ==========================================
kind               file                            what it shows
=================  ==============================  ==========================================
scoring            landplan_scoring.qml            低效类型 by ``ie_flag`` / ``ie_type``
scoring_score      landplan_scoring_score.qml      graduated ``ie_score`` (optional)
idle               landplan_idle.qml               闲置阶段 (``idle_flag``, ``idle_stage`` / days)
unsupplied         landplan_unsupplied.qml         批而未供 by full years since approval
zones              landplan_zones.qml              达标 / 未达标, labelled with the share
flagged            landplan_flagged.qml            exportflagged output by 认定类别 (``lp_kind``)
evaluation         landplan_evaluation.qml         集约度 classes of zoneevaluation (``score``)
unauthorized       landplan_unauthorized.qml       疑似违法占地 pieces
commitments        landplan_commitments.qml        标准地履约 by ``cm_status`` (待核实 hatched)
permu              landplan_permu.qml              亩均效益 class A–D by ``mj_class`` (待核实 hatched)
task_parcels       landplan_task_parcels.qml       存量盘活 parcel changes by ``change``
assessment         landplan_assessment.qml         县（区）考核 table: aliases; 约谈 / nodes when joined
changes            landplan_changes.qml            变化图斑 pieces by 巡查线索 ``ch_lead``
siting             landplan_siting.qml             存量用地选址: top 3 / other ranked / not recommended
quota_outside      landplan_quota_outside.qml      industrialquota 入园 leads by ``iq_lead``
renewal            landplan_renewal.qml            城市更新资源 by ``ur_class`` (再开发 / 三环以外 outlined)
screening          landplan_screening.qml          更新项目负面清单 by ``rs_listed`` (无体检 hatched)
=================  ==============================  ==========================================

How the style reaches the user (issue 5 §1):

* GUI / models loading the output: a :class:`LayerPostProcessor` styles the layer as it loads;
* GeoPackage output: the style is saved in the file's ``layer_styles`` table as the default
  style, so the layer opens styled later (also after ``qgis_process``);
* shapefile output: a ``.qml`` with the same base name beside it.

Algorithms call :func:`finish_output` at the end of ``processAlgorithm`` **after closing the
sink** (``del sink``), so that the file on disk is complete when the style is written.

:func:`regenerate_qml_files` rebuilds the shipped ``.qml`` files from the definitions below
(``/usr/bin/python3 -m landplan_plugin.styling`` with QGIS importable).
"""
import os

from qgis.core import (
    QgsProcessingLayerPostProcessorInterface,
    QgsVectorLayer,
)

from ..compat import label_placement, new_field, save_style_to_database
from ..core.changes import OUTPUT_FIELDS as CHANGE_OUTPUT_FIELDS, WARNING_FIELDS as CHANGE_WARNING_FIELDS
from ..core.siting import OUTPUT_FIELDS as SITING_OUTPUT_FIELDS
from ..paths import resource

STYLE_FILES = {
    "scoring": "landplan_scoring.qml",
    "scoring_score": "landplan_scoring_score.qml",
    "idle": "landplan_idle.qml",
    "unsupplied": "landplan_unsupplied.qml",
    "zones": "landplan_zones.qml",
    "flagged": "landplan_flagged.qml",
    "evaluation": "landplan_evaluation.qml",
    "unauthorized": "landplan_unauthorized.qml",
    "commitments": "landplan_commitments.qml",
    "permu": "landplan_permu.qml",
    "task_parcels": "landplan_task_parcels.qml",
    "assessment": "landplan_assessment.qml",
    "changes": "landplan_changes.qml",
    "siting": "landplan_siting.qml",
    "quota_outside": "landplan_quota_outside.qml",
    "plan_parcels": "landplan_plan_parcels.qml",
    "standard_sheet": "landplan_standard_sheet.qml",
    "renewal_units": "landplan_renewal_units.qml",
    "renewal_uncovered": "landplan_renewal_uncovered.qml",
    "renewal": "landplan_renewal.qml",
    "screening": "landplan_screening.qml",
}

#: algorithm names / ids accepted as kinds
KIND_SYNONYMS = {
    "scoreinefficiency": "scoring", "landplan:scoreinefficiency": "scoring", "score": "scoring",
    "flagidleland": "idle", "landplan:flagidleland": "idle",
    "flagunsupplied": "unsupplied", "landplan:flagunsupplied": "unsupplied",
    "industrialquota": "quota_outside", "landplan:industrialquota": "quota_outside",
    "zoneindustrialshare": "zones", "landplan:zoneindustrialshare": "zones", "zone": "zones",
    "exportflagged": "flagged", "landplan:exportflagged": "flagged",
    "zoneevaluation": "evaluation", "landplan:zoneevaluation": "evaluation",
    "flagunauthorized": "unauthorized", "landplan:flagunauthorized": "unauthorized",
    "checkcommitments": "commitments", "landplan:checkcommitments": "commitments",
    "permuevaluation": "permu", "landplan:permuevaluation": "permu",
    "taskprogress": "task_parcels", "landplan:taskprogress": "task_parcels",
    "countyassessment": "assessment", "landplan:countyassessment": "assessment",
    "changemonitoring": "changes", "landplan:changemonitoring": "changes",
    "stocksiting": "siting", "landplan:stocksiting": "siting",
    "standardsheet": "standard_sheet", "landplan:standardsheet": "standard_sheet",
    "renewalunits": "renewal_units", "landplan:renewalunits": "renewal_units",
    "renewalresources": "renewal", "landplan:renewalresources": "renewal",
    "renewalscreening": "screening", "landplan:renewalscreening": "screening",
}

#: Chinese aliases of the output fields (every style carries all of them; a field the layer
#: does not have is ignored).
ALIASES = {
    # landplan:scoreinefficiency
    "ie_tax": "亩均税收(万元/亩)", "ie_taxpt": "亩均税收得分",
    "ie_inv": "投资强度(万元/亩)", "ie_invpt": "投资强度得分",
    "ie_far": "容积率", "ie_farpt": "容积率得分",
    "ie_cov": "建筑系数(%)", "ie_covpt": "建筑系数得分",
    "ie_areamu": "用地面积(亩)", "ie_score": "综合得分",
    "ie_flag": "低效标记(1是/0否/空待核实)", "ie_type": "低效类型",
    "ie_reason": "低效认定理由", "ie_std": "适用标准",
    # landplan:flagidleland
    "idle_flag": "闲置标记(1是/0否/空待核实)", "idle_days": "闲置天数", "idle_stage": "闲置阶段",
    "idle_basis": "闲置认定情形", "idle_cause": "闲置原因分类", "idle_disp": "建议处置措施",
    "idle_alt": "备选处置措施", "idle_csq": "法律后果", "idle_fee": "土地闲置费(万元)", "idle_conseq": "法律后果",
    "idle_gov": "政府或不可抗力原因", "idle_rsn": "闲置认定理由", "idle_reason": "闲置认定理由",
    "idle_start": "闲置起算日", "idle_asof": "基准日",
    # landplan:flagunsupplied
    "unsup_flag": "批而未供标记(1是/0否/空待核实)", "unsup_yrs": "批准后满年数",
    "appr_year": "批准年度", "unsup_mu": "未供面积(亩)", "unsup_ha": "未供面积(公顷)",
    "unsup_m2": "未供面积(平方米)", "inuse_flag": "已批未供即用", "unsup_rsn": "批而未供认定理由",
    "unsup_reason": "批而未供认定理由", "unsup_age": "批准后年数", "appr_age": "批准后年数",
    "appr_mu": "批准面积(亩)", "unsup_use": "已批未供即用(1是/0否)", "unsup_asof": "基准日",
    # landplan:zoneindustrialshare
    "ind_share": "工业用地率(%)", "share_ok": "是否达标(1是/0否)", "deficit_ha": "距达标缺口(公顷)",
    "ind_ha": "工业用地面积(公顷)", "base_ha": "建设用地面积(公顷)", "ind_mu": "工业用地面积(亩)",
    "base_mu": "建设用地面积(亩)", "deficit_mu": "距达标缺口(亩)", "threshold": "达标阈值(%)",
    "verdict": "结论", "zone_name": "园区名称", "zone_ha": "园区面积(公顷)", "gy_ha": "其中工业(公顷)",
    "ck_ha": "其中采矿(公顷)", "cc_ha": "其中仓储(公顷)", "othind_ha": "其中其他工矿(公顷)", "thresh": "达标阈值(%)",
    "def_new_ha": "新增建设用地方式的缺口(公顷)", "unk_ha": "未识别地类面积(公顷)", "unk_codes": "未识别地类代码",
    "cls": "地类分类方案", "scored_ha": "参评宗地面积(公顷)", "lowe_ha": "低效工业用地(公顷)",
    "lowe_pct": "低效用地占比(%)", "ie_undet": "待核实宗地数", "tax_mu": "亩均税收(万元/亩)",
    "supp_ha": "已供地面积(公顷)", "idle_ha": "闲置土地(公顷)", "idle_pct": "闲置率(%)",
    "appr_ha": "已批面积(公顷)", "unsup_pct": "批而未供率(%)",
    "cm_fail_n": "标准地未达标(宗)", "cm_fail_mu": "标准地未达标(亩)", "cm_card": "标准地履约",
    "ua_n": "疑似违法占地(处)", "ua_tot_mu": "疑似违法占地(亩)", "ua_card": "疑似违法占地",
    # landplan:exportflagged
    "lp_kind": "认定类别", "lp_type": "类型", "lp_cause": "形成原因", "lp_disp": "处置措施",
    "lp_areamu": "面积(亩)",
    # landplan:zoneevaluation
    "dev_ha": "可开发建设土地(公顷)", "ready_ha": "已达到供地条件土地(公顷)", "built_ha": "已建成城镇建设用地(公顷)",
    "supyr_ha": "近年年均供地(公顷)", "sup_rate": "土地供应率(%)", "built_rate": "土地建成率(%)",
    "far_all": "综合容积率", "bld_dens": "建筑密度(%)", "far_ind": "工业用地综合容积率",
    "cov_ind": "工业用地建筑系数(%)", "inv_ha": "工业用地地均固定资产投资(万元/公顷)",
    "tax_ha": "工业用地地均税收(万元/公顷)", "idle_rate": "土地闲置率(%)", "yrs_left": "尚可供地年数",
    "score": "集约度(0-100)", "pot_ext": "扩展潜力(公顷)", "pot_int": "强度潜力(公顷)", "pot_mgmt": "管理潜力(公顷)",
    "rd_sup": "土地供应率实现度", "rd_built": "土地建成率实现度", "rd_ind": "工业用地率实现度",
    "rd_far": "综合容积率实现度", "rd_dens": "建筑密度实现度", "rd_farind": "工业用地综合容积率实现度",
    "rd_covind": "工业用地建筑系数实现度", "rd_inv": "地均固定资产投资实现度", "rd_tax": "地均税收实现度",
    "rd_idle": "土地闲置率实现度", "rd_yrs": "尚可供地年数实现度",
    "eval_note": "评价说明", "eval_file": "评价参数", "eval_asof": "基准日",
    # landplan:flagunauthorized
    "ua_flag": "疑似违法占地标记(1是)", "ua_mu": "疑似违法占地面积(亩)", "ua_code": "地类编码",
    "ua_zone": "所在园区", "ua_reason": "疑似违法占地说明",
    # landplan:checkcommitments
    "cm_status": "履约状态", "cm_flag": "未达标标记(1未达标/0达标/空其他)", "cm_short": "最大差距(%)",
    "cm_penalty": "违约金(万元)", "cm_disp": "处置措施", "cm_reason": "履约核查说明", "cm_asof": "基准日",
    "cm_recheck": "整改期满复核日", "ju_decide": "已批未供即用处置决定", "ju_reason": "已批未供即用决定依据",
    # landplan:supplyplanprogress (planned parcels)
    "pp_status": "供应状态", "pp_quarter": "计划季度", "pp_due": "计划供应截止日", "pp_sdate": "实际供地日期",
    "pp_obst": "制约因素", "pp_unit": "责任单位", "pp_reason": "拟供地块说明",
    # landplan:standardsheet
    "sd_inv": "投资强度(万元/亩)≥", "sd_far": "容积率≥", "sd_tax": "亩均税收(万元/亩)≥", "sd_n": "+N 指标",
    "sd_commit": "+1 承诺事项", "sd_years": "出让年限(年)", "sd_renew": "续期评估日期", "sd_src": "指标来源",
    "sd_note": "指标说明",
    # landplan:permuevaluation
    "mj_score": "亩均效益得分", "mj_class": "亩均效益分类", "mj_rank": "组内名次", "mj_n": "组内参评数",
    "mj_reason": "亩均效益评价说明",
    # landplan:renewalunits
    "ru_name": "更新单元", "ru_type": "建议单元类型", "ru_reason": "单元类型理由", "ru_area_ha": "单元面积(公顷)",
    "ru_con_ha": "建设用地(公顷)", "ru_old_pct": "四旧一村占建设用地(%)", "ru_old_ha": "四旧一村(公顷)",
    "ru_vil_ha": "城中村(公顷)", "ru_low_ha": "低效用地(公顷)", "ru_low_pct": "低效用地占比(%)",
    "ru_vac_pct": "建筑空置率(%)", "ru_res": "更新资源(按类别)", "ru_resi_ha": "住宅用地(公顷)",
    "ru_grn_pct": "300米见绿覆盖率(%)", "ru_prk_pct": "500米见园覆盖率(%)", "ru_rail_n": "铁路防护带内建筑(栋)",
    "ru_rail_m2": "铁路防护带内建筑面积(㎡)",
    "uc_unit": "更新单元", "uc_code": "地类编码", "uc_m2": "面积(㎡)", "uc_park": "500米内有公园(1是/0否)",
    "uc_reason": "未覆盖说明",
    # landplan:renewalresources
    "ur_class": "更新对象类别", "ur_route": "更新方式(区块线内外)", "ur_ring": "三环内外", "ur_ha": "面积(公顷)",
    "ur_mu": "面积(亩)", "ur_src": "来源图层及要素", "ur_reason": "认定理由",
    # landplan:renewalscreening
    "rs_listed": "列入负面清单(1是/0否)", "rs_conds": "涉及情形", "rs_reason": "核查说明",
    "rs_ov_m2": "重叠面积(平方米)", "rs_checkup": "有城市体检(1有/0无)",
}

# landplan:changemonitoring (and its 预警 table)
ALIASES.update(CHANGE_OUTPUT_FIELDS)
ALIASES.update(CHANGE_WARNING_FIELDS)
# landplan:stocksiting
ALIASES.update(SITING_OUTPUT_FIELDS)

def kind_aliases(kind):
    """Aliases of fields only one kind's output has under a generic name (``zone``, ``kind`` …): kept
    out of :data:`ALIASES` so they never rename a user's field elsewhere."""
    if kind == "task_parcels":
        from ..core.tasks import PARCEL_FIELDS
        return dict(PARCEL_FIELDS)
    if kind == "assessment":
        from ..core.assessment import OUTPUT_FIELDS
        return dict(OUTPUT_FIELDS)
    if kind == "quota_outside":
        from ..core.quota import OUTSIDE_FIELDS
        return dict(OUTSIDE_FIELDS)
    if kind == "zones":
        return {"judged": "是否评判(1工业主导/0仅报告)"}
    return {}


def aliases_with_prefix(prefix):
    """The LandPlan aliases of one algorithm's fields (``cm_`` …), for its own outputs."""
    return {k: v for k, v in ALIASES.items() if k.startswith(prefix)}

NULL_EXPR = "待核实"


def normalise_kind(kind):
    k = str(kind).strip().lower()
    k = KIND_SYNONYMS.get(k, k)
    if k not in STYLE_FILES:
        raise ValueError("unknown LandPlan output kind: %r (known: %s)" % (kind, ", ".join(sorted(STYLE_FILES))))
    return k


def style_for(output_kind):
    """Path of the ``.qml`` for an output kind (``scoring``, ``idle``, … or an algorithm id)."""
    return resource("styles", STYLE_FILES[normalise_kind(output_kind)])


def set_aliases(layer, aliases=None):
    """Set the LandPlan aliases (plus ``aliases``) on the fields ``layer`` has."""
    mapping = dict(ALIASES)
    if aliases:
        mapping.update(aliases)
    fields = layer.fields()
    for name, alias in mapping.items():
        idx = fields.indexFromName(name)
        if idx >= 0 and alias:
            layer.setFieldAlias(idx, alias)


def apply_style(layer, kind, aliases=None):
    """Load the kind's ``.qml`` into ``layer`` and set the Chinese aliases. Returns True on success."""
    if layer is None or not layer.isValid():
        return False
    path = style_for(kind)
    ok = False
    if os.path.exists(path):
        _msg, ok = layer.loadNamedStyle(path)
        if ok:
            installed_label_font(layer)
    set_aliases(layer, aliases)
    layer.triggerRepaint()
    return bool(ok)


def installed_label_font(layer):
    """Label the layer in a Chinese font this machine has. The shipped styles name Noto Sans CJK SC,
    which Windows lacks (QGIS would substitute a font and warn on every load), so a label family
    that is not installed becomes the first installed one of the font list (output/fonts.py).
    True when the font was changed."""
    from qgis.core import QgsVectorLayerSimpleLabeling
    from .fonts import _qt_families, qt_family
    labeling = layer.labeling()
    if not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return False
    settings = labeling.settings()
    fmt = settings.format()
    font = fmt.font()
    if font.family() in set(_qt_families()):
        return False
    font.setFamily(qt_family())
    fmt.setFont(font)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    return True


def split_uri(path_or_uri):
    """'/a/b.gpkg|layername=x' → ('/a/b.gpkg', 'x'); a plain path → (path, None)."""
    text = str(path_or_uri or "")
    parts = text.split("|")
    path, layer = parts[0], None
    for p in parts[1:]:
        if p.lower().startswith("layername="):
            layer = p.split("=", 1)[1]
    return path, layer


def file_kind(path_or_uri):
    """'gpkg', 'shp' or None (memory layers, databases, other formats)."""
    path, _ = split_uri(path_or_uri)
    low = path.lower()
    if low.startswith(("memory:", "postgres:", "ogr:", "dbname=")):
        return None
    if low.endswith(".gpkg"):
        return "gpkg"
    if low.endswith(".shp"):
        return "shp"
    return None


def _open(path_or_uri):
    layer = QgsVectorLayer(str(path_or_uri), "landplan_style", "ogr")
    return layer if layer.isValid() else None


def save_default_style_to_gpkg(path_or_uri, kind, aliases=None, name=None):
    """Store the kind's style in the GeoPackage's ``layer_styles`` table as the layer's default.

    Returns True when saved. The layer is opened fresh from the file (call this only once the
    file is complete, i.e. after the Processing sink was closed).
    """
    layer = _open(path_or_uri)
    if layer is None:
        return False
    kind = normalise_kind(kind)
    apply_style(layer, kind, aliases)
    err = save_style_to_database(layer, name or ("LandPlan " + kind), "LandPlan default style (%s)" % kind)
    del layer
    return not err


def write_qml_beside(shp_path, kind, aliases=None):
    """Write ``<base>.qml`` beside a shapefile (QGIS loads it as the default style). Returns the path or None."""
    path, _ = split_uri(shp_path)
    target = os.path.splitext(path)[0] + ".qml"
    layer = _open(path)
    if layer is None:
        return None
    apply_style(layer, kind, aliases)
    _msg, ok = layer.saveNamedStyle(target)
    del layer
    return target if ok else None


def style_file_output(path_or_uri, kind, aliases=None):
    """Style a finished file output on disk: GeoPackage default style or ``.qml`` beside. True when done."""
    fk = file_kind(path_or_uri)
    if fk == "gpkg":
        return save_default_style_to_gpkg(path_or_uri, kind, aliases)
    if fk == "shp":
        return write_qml_beside(path_or_uri, kind, aliases) is not None
    return False


# ---- GUI: style the layer as it loads ---------------------------------------------------
_POSTPROCESSORS = set()


class LayerPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles an output layer when Processing loads it into the project (main thread)."""

    def __init__(self, kind, aliases=None):
        super().__init__()
        self.kind = normalise_kind(kind)
        self.aliases = dict(aliases or {})

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        try:
            if isinstance(layer, QgsVectorLayer):
                apply_style(layer, self.kind, self.aliases)
                node = None
                project = context.project() if context is not None else None
                if project is not None:
                    node = project.layerTreeRoot().findLayer(layer.id())
                if node is not None:
                    node.setExpanded(True)
        finally:
            _POSTPROCESSORS.discard(self)


def attach_postprocessor(context, dest_id, kind, aliases=None):
    """When ``dest_id`` will be loaded into a project on completion, style it as it loads.

    The post-processor is kept referenced in a module-level registry until it has run (the
    context holds only a raw pointer). Returns the post-processor or None.
    """
    if context is None or not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return None
    processor = LayerPostProcessor(kind, aliases)
    _POSTPROCESSORS.add(processor)
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
    return processor


def finish_output(self_alg, context, dest_id, kind, feedback=None, aliases=None):
    """Call at the end of ``processAlgorithm``, after ``del sink``::

        del sink  # close the output file
        finish_output(self, context, dest_id, "scoring", feedback)

    * the output will load into a project (dialog, model, batch) → post-processor styles it;
    * ``dest_id`` is a GeoPackage → the style is saved in it as the default style;
    * ``dest_id`` is a shapefile → ``.qml`` beside it.

    Works without a project (``qgis_process``, ``processing.run``). Never raises: a style that
    cannot be written is a warning, not a failed run.
    """
    kind = normalise_kind(kind)
    attach_postprocessor(context, dest_id, kind, aliases)
    fk = file_kind(dest_id)
    if fk is None:
        return False
    try:
        done = style_file_output(dest_id, kind, aliases)
    except Exception as exc:  # pragma: no cover - defensive: styling must not fail a run
        done = False
        if feedback is not None:
            feedback.pushWarning("LandPlan: %s" % exc)
    if not done and self_alg is not None:
        # the sink is probably still open: postProcessAlgorithm (after the sink is closed) retries
        _PENDING.setdefault(id(self_alg), []).append((dest_id, kind, aliases))
        return False
    if not done and feedback is not None:
        from ..i18n import tr
        feedback.pushWarning(tr("LandPlanStyling", "Could not store the LandPlan style with {path}; "
                                "load resources/styles/{qml} by hand.").format(
                                    path=dest_id, qml=STYLE_FILES[kind]))
    return done


_PENDING = {}


def complete_pending(self_alg, feedback=None):
    """For ``postProcessAlgorithm``: write the file styles :func:`finish_output` could not write
    while the sink was still open (by then Processing has closed it). Returns how many were written."""
    done = 0
    for dest_id, kind, aliases in _PENDING.pop(id(self_alg), []):
        try:
            ok = style_file_output(dest_id, kind, aliases)
        except Exception:  # pragma: no cover
            ok = False
        if ok:
            done += 1
        elif feedback is not None:
            from ..i18n import tr
            feedback.pushWarning(tr("LandPlanStyling", "Could not store the LandPlan style with {path}; "
                                    "load resources/styles/{qml} by hand.").format(
                                        path=dest_id, qml=STYLE_FILES[kind]))
    return done


# ---- building the shipped .qml files ----------------------------------------------------
#: (value, legend label, fill colour)
CATEGORIES = {
    # a parcel of several types is filled by its first type; a further 停建停产类 adds a hatch, a
    # further 产业转型类 a thick purple outline (SECOND_TYPE_MARKS), so every type stays visible
    "scoring": ("CASE WHEN \"ie_flag\" IS NULL THEN '待核实' "
                "WHEN \"ie_flag\" = 0 AND \"ie_type\" = '在建未达产' THEN '在建未达产' "
                "WHEN \"ie_flag\" = 0 THEN '非低效' "
                "ELSE coalesce(array_first(string_to_array(\"ie_type\", '、')), '粗放用地类') END",
                [("粗放用地类", "低效·粗放用地类", "#f28e2b"),
                 ("停建停产类", "低效·停建停产类", "#d62728"),
                 ("产业转型类", "低效·产业转型类", "#9467bd"),
                 ("在建未达产", "在建未达产（建设期内，未评分）", "#c6dbef"),
                 ("非低效", "非低效", "#b8e186"),
                 ("待核实", "待核实（数据缺失）", "#bdbdbd")]),
    "idle": ("CASE WHEN \"idle_flag\" IS NULL THEN '待核实' "
             "WHEN \"idle_flag\" = 1 THEN coalesce(attribute(@feature, 'idle_stage'), "
             "if(\"idle_days\" >= 730, '满2年', '满1年')) "
             "WHEN \"idle_days\" IS NOT NULL THEN '未满1年' ELSE '非闲置' END",
             [("满2年", "闲置满2年（可无偿收回）", "#b2182b"),
              ("满1年", "闲置满1年（征缴闲置费）", "#f4a582"),
              ("未满1年", "未满1年（尚未闲置）", "#fee08b"),
              ("非闲置", "非闲置", "#b8e186"),
              ("待核实", "待核实（数据缺失）", "#bdbdbd")]),
    "unsupplied": ("CASE WHEN \"unsup_flag\" IS NULL THEN '待核实' WHEN \"unsup_flag\" = 0 THEN '已供' "
                   "WHEN \"unsup_yrs\" >= 10 THEN '10+' WHEN \"unsup_yrs\" >= 5 THEN '5-9' "
                   "WHEN \"unsup_yrs\" >= 2 THEN '2-4' ELSE '0-1' END",
                   [("10+", "批而未供·批准满10年及以上", "#67001f"),
                    ("5-9", "批而未供·满5年不满10年", "#d6604d"),
                    ("2-4", "批而未供·满2年不满5年", "#f4a582"),
                    ("0-1", "批而未供·不满2年", "#fddbc7"),
                    ("已供", "已供地", "#d1e5f0"),
                    ("待核实", "待核实（数据缺失）", "#bdbdbd")]),
    "zones": ("CASE WHEN \"judged\" = 0 THEN '不评判' WHEN \"share_ok\" IS NULL THEN '待核实' "
              "WHEN \"share_ok\" = 1 THEN '达标' ELSE '未达标' END",
              [("达标", "工业用地率达标", "#1a9850"),
               ("未达标", "工业用地率未达标", "#d73027"),
               ("待核实", "待核实（无建设用地）", "#969696"),
               ("不评判", "非工业主导开发区（仅报告，不评判）", "#4575b4")]),
    "quota_outside": ("CASE WHEN \"iq_lead\" = 1 THEN '未入园线索' ELSE '选址有特殊要求' END",
                      [("未入园线索", "开发区外新建工业项目（未入园线索，待核实）", "#e31a1c"),
                       ("选址有特殊要求", "选址有特殊要求（不作为线索）", "#fdbf6f")]),
    "flagged": ("CASE WHEN \"lp_kind\" LIKE '%、%' THEN '多类叠加' ELSE \"lp_kind\" END",
                [("低效工业用地", "低效工业用地", "#f28e2b"),
                 ("闲置土地", "闲置土地", "#b2182b"),
                 ("批而未供", "批而未供", "#6a3d9a"),
                 ("多类叠加", "多类叠加", "#4d4d4d")]),
    "evaluation": ("CASE WHEN \"score\" IS NULL THEN '无法评价' WHEN \"score\" >= 80 THEN '80-100' "
                   "WHEN \"score\" >= 60 THEN '60-80' ELSE '0-60' END",
                   [("80-100", "集约度 80–100", "#1a9641"),
                    ("60-80", "集约度 60–80", "#fdae61"),
                    ("0-60", "集约度低于 60", "#d7191c"),
                    ("无法评价", "无法评价（指标缺失）", "#969696")]),
    "unauthorized": ("'疑似违法占地'",
                     [("疑似违法占地", "疑似违法占地（线索，待核查）", "#e31a1c")]),
    # a 4th item True: hatched (data missing); colour None: no fill
    "commitments": ("coalesce(\"cm_status\", '未核查')",
                    [("未达标", "未达标", "#d73027"),
                     ("待核实", "待核实（数据缺失）", "#7f7f7f", True),
                     ("达标", "达标", "#1a9850"),
                     ("未到期", "未到期", "#bdbdbd"),
                     ("未核查", "非标准地（未核查）", None)]),
    "permu": ("coalesce(\"mj_class\", '待核实')",
              [("A", "A类 优先发展", "#1a9850"),
               ("B", "B类 鼓励提升", "#91cf60"),
               ("C", "C类 规范转型", "#fc8d59"),
               ("D", "D类 调控帮扶", "#d73027"),
               ("不定等级", "不定等级", "#bdbdbd"),
               ("待核实", "待核实（数据缺失）", "#7f7f7f", True)]),
    "changes": ("coalesce(\"ch_lead\", '无')",
                [("疑似已动工", "疑似已动工（闲置土地上新增建设）", "#fd8d3c"),
                 ("疑似已批未供即用", "疑似已批未供即用", "#7a0177"),
                 ("疑似违法占地", "疑似违法占地（线索，待核查）", "#e31a1c"),
                 ("疑似盘活", "疑似盘活（低效用地上拆除清理）", "#238b45"),
                 ("无", "无线索", "#d9d9d9")]),
    "siting": ("CASE WHEN \"ss_rank\" IS NULL THEN '不推荐' WHEN \"ss_rank\" <= 3 THEN '前3名' ELSE '其他可选' END",
               [("前3名", "推荐（前3名）", "#1a9850"),
                ("其他可选", "可选（面积、入园、限制均符合）", "#a6d96a"),
                ("不推荐", "不推荐（见选址说明）", "#d9d9d9")]),
    "renewal_units": ("coalesce(\"ru_type\", '未评估')",
                      [("重点更新单元", "重点更新单元", "#d7301f"),
                       ("一般更新单元", "一般更新单元", "#fc8d59"),
                       ("优化提升单元", "优化提升单元", "#4393c3"),
                       ("不划入", "不划入更新单元", "#d9d9d9"),
                       ("未评估", "未评估（单元几何为空）", "#7f7f7f", True)]),
    "renewal_uncovered": ("if(\"uc_park\" = 1, '见园未见绿', '未见绿未见园')",
                          [("未见绿未见园", "住宅用地：未达见绿、未达见园", "#b2182b"),
                           ("见园未见绿", "住宅用地：未达见绿（见园）", "#f4a582")]),
    "renewal": ("\"ur_class\"",
                [("老旧小区", "老旧小区", "#e6550d"),
                 ("城中村", "城中村", "#fdae6b"),
                 ("低效工业用地", "低效工业用地", "#756bb1"),
                 ("低效楼宇", "低效楼宇", "#3182bd"),
                 ("老旧厂房", "老旧厂房", "#636363"),
                 ("闲置土地", "闲置土地", "#b2182b"),
                 ("批而未供", "批而未供", "#6a3d9a")]),
    "screening": ("CASE WHEN \"rs_listed\" = 1 THEN '列入' WHEN \"rs_checkup\" = 0 THEN '无体检' ELSE '未列入' END",
                  [("列入", "列入负面清单", "#d7301f"),
                   ("无体检", "未列入，但无城市体检", "#fdae61", True),
                   ("未列入", "未列入负面清单", "#66bd63")]),
    "task_parcels": ("\"change\"",
                     [("已处置", "已处置", "#31a354"),
                      ("未处置", "未处置", "#fd8d3c"),
                      ("新增", "新增", "#de2d26"),
                      ("待核实", "待核实（本期标记为空）", "#969696"),
                      ("本期缺失", "本期缺失", "#6baed6")]),
    # 县（区）考核 (a table: the categories colour county outlines the table is joined to)
    "assessment": ("CASE WHEN \"ca_talk\" = 1 THEN '约谈' WHEN \"ca_yearend\" = 1 THEN '年底未完成' "
                   "WHEN \"ca_halfway\" = 1 THEN '半年未过半' WHEN \"ca_planlag\" = 1 THEN '供地计划滞后' "
                   "WHEN \"ca_donepct\" IS NULL THEN '待核实' ELSE '正常' END",
                   [("约谈", "列入约谈名单", "#a50026"),
                    ("年底未完成", "年底节点：未完成全年任务", "#f46d43"),
                    ("半年未过半", "半年节点：未完成过半", "#fdae61"),
                    ("供地计划滞后", "供地计划执行不力", "#fee08b"),
                    ("正常", "未触发节点", "#1a9850"),
                    ("待核实", "待核实（无任务）", None)]),
    "plan_parcels": ("coalesce(\"pp_status\", '未到期')",
                     [("按期供应", "按期供应", "#1a9850"),
                      ("提前供应", "提前供应", "#91cf60"),
                      ("逾期供应", "逾期供应", "#fdae61"),
                      ("逾期未供", "逾期未供", "#d73027"),
                      ("未到期", "未到期", "#bdbdbd")]),
    "standard_sheet": ("coalesce(\"sd_src\", '默认阈值')",
                       [("附表2-2", "附表2-2 行业指标", "#4575b4"),
                        ("县级指标表", "县级指标表", "#1a9850"),
                        ("县级指标表＋附表2-2", "县级指标表＋附表2-2", "#91bfdb"),
                        ("默认阈值", "默认阈值（行业代码缺失或不在表中）", "#7f7f7f", True)]),
}

#: kind → low-efficiency types that, as a parcel's further type, get a mark over its fill:
#: (type, 'hatch' or 'outline', colour)
SECOND_TYPE_MARKS = {"scoring": (("停建停产类", "hatch", "#d62728"), ("产业转型类", "outline", "#6a3d9a"))}

#: parcel ids labelled on the parcel styles when zoomed in to this scale (1:N) or closer
ID_LABEL_SCALE = 10000
ID_LABEL_EXPR = ("coalesce(attribute(@feature, '宗地编号'), attribute(@feature, '地块编号'), "
                 "attribute(@feature, 'ZDBH'), attribute(@feature, 'DKBH'), attribute(@feature, 'pid'))")
ID_LABEL_KINDS = ("scoring", "scoring_score", "idle", "flagged", "commitments", "permu", "task_parcels",
                  "plan_parcels", "standard_sheet")

ZONE_LABEL_EXPR = ("coalesce(attribute(@feature, '园区名称'), attribute(@feature, 'zone_name'), "
                   "attribute(@feature, 'name'), attribute(@feature, 'NAME'), '') || '\\n' || "
                   "'工业用地率 ' || coalesce(format_number(\"ind_share\", 1) || '%', '—')")

SCORE_RANGES = [(0.0, 0.4, "0 – 0.4 严重低效", "#d7191c"), (0.4, 0.7, "0.4 – 0.7 低效", "#fdae61"),
                (0.7, 0.85, "0.7 – 0.85 达标", "#a6d96a"), (0.85, 1.0, "0.85 – 1 良好", "#1a9641")]


def build_renderer(kind):
    """The renderer a kind's ``.qml`` is generated from."""
    from qgis.core import (QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsGraduatedSymbolRenderer,
                           QgsRendererCategory, QgsRendererRange)
    kind = normalise_kind(kind)
    if kind == "scoring_score":
        ranges = []
        for lo, hi, label, colour in SCORE_RANGES:
            sym = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#555555", "outline_width": "0.2"})
            ranges.append(QgsRendererRange(lo, hi, sym, label))
        return QgsGraduatedSymbolRenderer("ie_score", ranges)
    expr, cats = CATEGORIES[kind]
    categories = []
    for value, label, colour, *hatched in cats:
        if colour is None or hatched:
            categories.append(QgsRendererCategory(value, _outline_symbol(colour, bool(hatched)), label))
            continue
        if kind in ("zones", "evaluation", "renewal_units"):
            props = {"color": colour + "40", "outline_color": colour, "outline_width": "0.8"}
            # '#RRGGBBAA' is not parsed by all versions: use r,g,b,a
            c = colour.lstrip("#")
            props["color"] = "%d,%d,%d,70" % (int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16))
        else:
            props = {"color": colour, "outline_color": "#555555", "outline_width": "0.2"}
        symbol = QgsFillSymbol.createSimple(props)
        if value in LOW_TYPES:
            for type_name, how, mark_colour in SECOND_TYPE_MARKS.get(kind, ()):
                if type_name != value:
                    _add_second_type_mark(symbol, type_name, how, mark_colour)
        if kind in POINT_MARKED_KINDS:
            _add_centroid_mark(symbol, colour)
        categories.append(QgsRendererCategory(value, symbol, label))
    return QgsCategorizedSymbolRenderer(expr, categories)


#: kinds whose polygons are often too small to see on an overview: a dot marks each one
POINT_MARKED_KINDS = ("changes", "siting")


def _add_centroid_mark(symbol, colour):
    from qgis.core import QgsCentroidFillSymbolLayer, QgsMarkerSymbol
    mark = QgsCentroidFillSymbolLayer()
    mark.setSubSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": "2.4",
                                                    "outline_color": "#333333", "outline_width": "0.2"}))
    mark.setPointOnSurface(True)
    symbol.appendSymbolLayer(mark)


#: the categories (low-efficiency types) that can carry a further type
LOW_TYPES = ("粗放用地类", "停建停产类", "产业转型类")


def _add_second_type_mark(symbol, type_name, how, colour):
    """A symbol layer shown only when ``type_name`` is a further (not the first) type of the parcel."""
    from qgis.core import QgsLinePatternFillSymbolLayer, QgsProperty, QgsSimpleFillSymbolLayer, QgsSymbolLayer
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor
    if how == "hatch":
        layer = QgsLinePatternFillSymbolLayer()
        layer.setLineAngle(45)
        layer.setDistance(2.0)
        layer.setColor(QColor(colour))
        layer.setLineWidth(0.4)
    else:
        layer = QgsSimpleFillSymbolLayer(QColor(colour))
        layer.setBrushStyle(Qt.BrushStyle.NoBrush)  # not 0: PyQt6 (QGIS 4) takes no int for an enum
        layer.setStrokeColor(QColor(colour))
        layer.setStrokeWidth(0.8)
    key = getattr(QgsSymbolLayer, "PropertyLayerEnabled", None)
    if key is None:  # QGIS 4: scoped enum
        from qgis.core import Qgis
        key = Qgis.SymbolLayerProperty.LayerEnabled
    layer.setDataDefinedProperty(key, QgsProperty.fromExpression(
        "\"ie_type\" LIKE '%%、%%%s%%'" % type_name))
    symbol.appendSymbolLayer(layer)


def _outline_symbol(colour, hatched):
    """No fill (colour None), or a 45° hatch in ``colour`` on light grey (data missing)."""
    from qgis.core import QgsFillSymbol, QgsLinePatternFillSymbolLayer, QgsSimpleFillSymbolLayer
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor
    if colour is None or not hatched:
        return QgsFillSymbol.createSimple({"style": "no", "outline_color": colour or "#808080",
                                           "outline_width": "0.2"})
    sym = QgsFillSymbol.createSimple({"style": "no", "outline_color": colour, "outline_width": "0.4"})
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.5)
    hatch.setColor(QColor(colour))
    hatch.setLineWidth(0.3)
    sym.insertSymbolLayer(0, hatch)
    background = QgsSimpleFillSymbolLayer(QColor("#f0f0f0"))
    background.setStrokeStyle(Qt.PenStyle.NoPen)
    sym.insertSymbolLayer(0, background)
    return sym


def _id_labels():
    """Parcel ids (宗地编号 …) in small dark text, only at 1:ID_LABEL_SCALE or closer."""
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat
    from qgis.PyQt.QtGui import QColor, QFont
    pal = QgsPalLayerSettings()
    pal.isExpression = True
    pal.fieldName = ID_LABEL_EXPR
    fmt = QgsTextFormat()
    fmt.setFont(QFont("Noto Sans CJK SC"))
    fmt.setSize(7)
    fmt.setColor(QColor("#202020"))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.6)
    buf.setColor(QColor("white"))
    fmt.setBuffer(buf)
    pal.setFormat(fmt)
    pal.placement = label_placement("OverPoint")
    pal.scaleVisibility = True
    pal.minimumScale = ID_LABEL_SCALE   # the most zoomed-out scale (1:N) the ids show at
    pal.maximumScale = 0
    return pal


def _alias_layer(kind=None):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4547", "landplan_style", "memory")
    ints = {"ie_flag", "idle_flag", "idle_days", "unsup_flag", "unsup_yrs", "appr_year", "inuse_flag", "share_ok",
            "idle_gov", "unsup_use", "ie_undet", "ua_flag", "cm_flag", "mj_rank", "mj_n", "cm_fail_n", "ua_n"}
    strings = {"ie_type", "ie_reason", "ie_std", "idle_stage", "idle_basis", "idle_cause", "idle_disp", "idle_alt",
               "idle_conseq", "idle_csq", "idle_rsn", "idle_reason", "unsup_rsn", "unsup_reason", "verdict", "lp_kind",
               "lp_type", "lp_cause", "lp_disp", "idle_start", "idle_asof", "zone_name",
               "unk_codes", "cls", "unsup_asof", "eval_note", "eval_file", "eval_asof", "ua_code", "ua_zone",
               "ua_reason", "cm_status", "cm_disp", "cm_reason", "cm_asof", "mj_class", "mj_reason",
               "pid", "zone", "kind", "change", "cm_card", "ua_card", "ch_id", "ch_type", "ch_kind", "ch_lead",
               "ch_parcel", "ch_zone", "ch_window", "ch_check", "ch_unit", "ch_reason"}
    own = kind_aliases(kind) if kind else {}
    fields = []
    for name in list(ALIASES) + [n for n in own if n not in ALIASES]:
        vtype = "int" if name in ints else ("string" if name in strings else "double")
        fields.append(new_field(name, vtype))
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    set_aliases(layer, own)
    return layer


def regenerate_qml_files(folder=None):
    """Write every kind's ``.qml`` from :func:`build_renderer` (maintainers; needs a QgsApplication)."""
    from qgis.core import QgsMapLayer, QgsPalLayerSettings, QgsTextFormat, QgsTextBufferSettings, \
        QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QColor, QFont
    folder = folder or resource("styles")
    os.makedirs(folder, exist_ok=True)
    written = []
    for kind, filename in STYLE_FILES.items():
        layer = _alias_layer(kind)
        layer.setRenderer(build_renderer(kind))
        if kind == "zones":
            pal = QgsPalLayerSettings()
            pal.isExpression = True
            pal.fieldName = ZONE_LABEL_EXPR
            fmt = QgsTextFormat()
            fmt.setFont(QFont("Noto Sans CJK SC"))
            fmt.setSize(10)
            fmt.setColor(QColor("#202020"))
            buf = QgsTextBufferSettings()
            buf.setEnabled(True)
            buf.setSize(1)
            buf.setColor(QColor("white"))
            fmt.setBuffer(buf)
            pal.setFormat(fmt)
            # outside the zone's outline where the QGIS has it (clear of the parcels inside)
            try:
                pal.placement = label_placement("OutsidePolygons")
            except AttributeError:
                pal.placement = label_placement("Horizontal")
            layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
            layer.setLabelsEnabled(True)
        elif kind in ID_LABEL_KINDS:
            layer.setLabeling(QgsVectorLayerSimpleLabeling(_id_labels()))
            layer.setLabelsEnabled(True)
        categories = (QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
                      | QgsMapLayer.StyleCategory.Fields)
        path = os.path.join(folder, filename)
        _msg, ok = layer.saveNamedStyle(path, categories)
        if ok:
            written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover
    import sys
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    for p in regenerate_qml_files(sys.argv[1] if len(sys.argv) > 1 else None):
        print(p)
    app.exitQgis()

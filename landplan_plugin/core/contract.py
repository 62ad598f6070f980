"""The output contract of every LandPlan check: field names, flag values and one ``is_flagged``.

Every algorithm writes its output fields under these names (ASCII, ≤ 10 characters, so they
survive a shapefile); every reader of a LandPlan output (zone check, export, report, the
distributed engine) finds them here instead of spelling them again. Pure Python (numpy for the
columnar form only, imported when it is called: the plugin starts without numpy).

Flag values
-----------
A flag field (``ie_flag``, ``idle_flag``, ``unsup_flag``, ``unsup_use``, ``idle_gov``,
``share_ok``) holds :data:`FLAG_YES` (1), :data:`FLAG_NO` (0) or NULL (:data:`FLAG_UNDETERMINED`,
待核实). A value read back from a file may come as ``1``, ``1.0``, ``"1"``, ``" 1 "``, ``"1.0"``,
full-width ``"１"`` or ``True`` (GeoPackage booleans, spreadsheets, text columns): all of these are
flagged. Everything else — 0, NULL/None, NaN, other numbers, other text, ``False`` — is not.

* :func:`is_flagged` ``(value) -> bool`` — one value;
* :func:`is_flagged_array` ``(values) -> numpy bool array`` — a column (any dtype: int, float
  with NaN for NULL, bool, or an object array of raw values), the same answer per element.
"""
import math
import unicodedata

__all__ = [
    "FLAG_YES", "FLAG_NO", "FLAG_UNDETERMINED", "is_flagged", "is_flagged_array",
    "SCORING_FIELDS", "IDLE_FIELDS", "UNSUPPLIED_FIELDS", "ZONE_FIELDS", "EXPORT_FIELDS",
    "FLAG_FIELDS", "REASON_FIELDS", "RU_TYPE", "RU_REASON", "RU_OLD_PCT", "RENEWAL_UNIT_FIELDS",
    "UNCOVERED_FIELDS", "RENEWAL_FIELDS", "SCREENING_FIELDS",
]

FLAG_YES = 1
FLAG_NO = 0
FLAG_UNDETERMINED = None

# ---- 低效工业用地 (landplan:scoreinefficiency) ------------------------------------------------
IE_AREAMU = "ie_areamu"    # parcel area, 亩
IE_SCORE = "ie_score"      # composite score
IE_FLAG = "ie_flag"        # 1 low-efficiency, 0 not, NULL undetermined
IE_TYPE = "ie_type"        # 粗放用地类 / 停建停产类 / 产业转型类
IE_REASON = "ie_reason"    # reason text (Chinese)
IE_STD = "ie_std"          # standard / industry row applied
SCORING_FIELDS = (IE_AREAMU, IE_SCORE, IE_FLAG, IE_TYPE, IE_REASON, IE_STD)

# ---- 闲置土地 (landplan:flagidleland) ---------------------------------------------------------
IDLE_FLAG = "idle_flag"    # 1 idle, 0 not, NULL undetermined
IDLE_DAYS = "idle_days"    # days on the idleness clock
IDLE_BASIS = "idle_basis"  # 未动工 / 中止开发
IDLE_STAGE = "idle_stage"  # 未满1年 / 满1年 / 满2年
IDLE_CSQ = "idle_csq"      # consequence
IDLE_CAUSE = "idle_cause"  # 政府原因 / 不可抗力 / 政企双方原因 / 企业原因
IDLE_GOV = "idle_gov"      # 1 government cause or force majeure
IDLE_DISP = "idle_disp"    # suggested disposal
IDLE_FEE = "idle_fee"      # 土地闲置费, 万元
IDLE_ASOF = "idle_asof"    # reference date
IDLE_RSN = "idle_rsn"      # reason text
IDLE_FIELDS = (IDLE_FLAG, IDLE_DAYS, IDLE_BASIS, IDLE_STAGE, IDLE_CSQ, IDLE_CAUSE, IDLE_GOV,
               IDLE_DISP, IDLE_FEE, IDLE_ASOF, IDLE_RSN)

# ---- 批而未供 (landplan:flagunsupplied) -------------------------------------------------------
UNSUP_FLAG = "unsup_flag"  # 1 unsupplied, 0 not, NULL undetermined
UNSUP_YRS = "unsup_yrs"    # full years since approval (flagged rows)
APPR_AGE = "appr_age"      # years since approval, 2 decimals
APPR_YEAR = "appr_year"    # approval year (cohort)
APPR_MU = "appr_mu"        # approved area, 亩
UNSUP_MU = "unsup_mu"      # unsupplied area, 亩
UNSUP_HA = "unsup_ha"      # unsupplied area, 公顷
UNSUP_USE = "unsup_use"    # 1 已批未供即用
UNSUP_ASOF = "unsup_asof"  # reference date
UNSUP_RSN = "unsup_rsn"    # reason text
JU_DECIDE = "ju_decide"    # 已批未供即用: 完善用地手续 / 低效整改 / 依法收回 / 待核实
JU_REASON = "ju_reason"    # the conditions met, failed or missing
UNSUPPLIED_FIELDS = (UNSUP_FLAG, UNSUP_YRS, APPR_AGE, APPR_YEAR, APPR_MU, UNSUP_MU, UNSUP_HA,
                     UNSUP_USE, UNSUP_ASOF, UNSUP_RSN, JU_DECIDE, JU_REASON)

# ---- 开发区工业用地占比 + scorecard (landplan:zoneindustrialshare) ------------------------------
ZONE_FIELDS = ("zone_name", "zone_ha", "ind_ha", "base_ha", "gy_ha", "ck_ha", "cc_ha", "othind_ha",
               "ind_share", "thresh", "share_ok", "judged", "deficit_ha", "def_new_ha", "unk_ha", "unk_codes",
               "verdict", "cls", "scored_ha", "lowe_ha", "lowe_pct", "ie_undet", "tax_mu", "supp_ha",
               "idle_ha", "idle_pct", "appr_ha", "unsup_ha", "unsup_pct")

# ---- export for other offices (landplan:exportflagged) ---------------------------------------
EXPORT_FIELDS = ("lp_kind", "lp_type", "lp_disp", "lp_areamu")

#: flag kind → (flag field, 认定类别)
FLAG_FIELDS = {
    "ie": (IE_FLAG, "低效工业用地"),
    "idle": (IDLE_FLAG, "闲置土地"),
    "unsup": (UNSUP_FLAG, "批而未供"),
}
#: flag kind → reason fields, current name first (older outputs: the long names)
REASON_FIELDS = {"ie": (IE_REASON,), "idle": (IDLE_RSN, "idle_reason"), "unsup": (UNSUP_RSN, "unsup_reason")}


def is_flagged(value) -> bool:
    """True when ``value`` means flag = 1 (see the module docstring); never raises.

    Python values only (QGIS NULL must already be None — ``base.py_value`` does that); an
    object with ``isNull()`` returning True also counts as not flagged.
    """
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value == 1
    if isinstance(value, float):
        return bool(value == 1.0)  # NaN compares unequal
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        if not text or len(text) > 32:
            return False
        try:
            number = float(text)
        except ValueError:
            return False
        return math.isfinite(number) and number == 1.0
    is_null = getattr(value, "isNull", None)
    if callable(is_null):
        try:
            if is_null():
                return False
        except Exception:
            return False
    try:
        return bool(float(value) == 1.0)  # Decimal, numpy scalars and other numbers
    except (TypeError, ValueError, OverflowError):
        return False


def is_flagged_array(values):
    """Columnar :func:`is_flagged`: a bool array of the same length.

    ``values``: a sequence or numpy array — integer, float (NaN = NULL), bool or object dtype.
    """
    import numpy as np  # not at import time: the plugin starts without numpy
    arr = np.asarray(values) if not isinstance(values, np.ndarray) else values
    if arr.dtype == np.bool_:
        return arr.copy()
    if arr.dtype.kind in "iuf":
        return arr == 1
    if arr.dtype.kind in "US":
        arr = arr.astype(object)
    out = np.zeros(arr.shape, dtype=bool)
    flat = arr.ravel()
    res = out.ravel()
    for i, v in enumerate(flat):
        res[i] = is_flagged(v)
    return out


# ---- 城市更新单元评估 (landplan:renewalunits) ------------------------------------------------
RU_TYPE = "ru_type"        # 重点更新单元 / 一般更新单元 / 优化提升单元 / 不划入
RU_REASON = "ru_reason"    # reason text (Chinese)
RU_OLD_PCT = "ru_old_pct"  # 四旧一村 share of the unit's construction land, %
RENEWAL_UNIT_FIELDS = ("ru_name", RU_TYPE, RU_REASON, "ru_area_ha", "ru_con_ha", RU_OLD_PCT, "ru_old_ha",
                       "ru_vil_ha", "ru_low_ha", "ru_low_pct", "ru_vac_pct", "ru_res", "ru_resi_ha", "ru_grn_pct",
                       "ru_prk_pct", "ru_rail_n", "ru_rail_m2")
UNCOVERED_FIELDS = ("uc_unit", "uc_code", "uc_m2", "uc_park", "uc_reason")

# ---- 城市更新资源识别 (landplan:renewalresources) ---------------------------------------------
UR_CLASS = "ur_class"      # 老旧小区 / 城中村 / 低效工业用地 / 低效楼宇 / 老旧厂房 / 闲置土地 / 批而未供
UR_ROUTE = "ur_route"      # 低效工业用地: 再开发 (inside a 工业区块线) / 转型升级
UR_RING = "ur_ring"        # 城中村: 三环以内 / 三环以外
UR_HA = "ur_ha"            # area, 公顷
UR_MU = "ur_mu"            # area, 亩
UR_SRC = "ur_src"          # source layer and feature id (LANDUSE #12)
UR_REASON = "ur_reason"    # reason text
RENEWAL_FIELDS = (UR_CLASS, UR_ROUTE, UR_RING, UR_HA, UR_MU, UR_SRC, UR_REASON)

# ---- 更新项目负面清单核查 (landplan:renewalscreening) ------------------------------------------
RS_LISTED = "rs_listed"    # 1 listed, 0 not
RS_CONDS = "rs_conds"      # condition numbers 1–6 joined with 、
RS_REASON = "rs_reason"    # reason text
RS_OV_M2 = "rs_ov_m2"      # overlap area of the listing conditions, m²
RS_CHECKUP = "rs_checkup"  # 1 a 城市体检 reference is given, 0 not
SCREENING_FIELDS = (RS_LISTED, RS_CONDS, RS_REASON, RS_OV_M2, RS_CHECKUP)

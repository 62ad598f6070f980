"""Which input field a parameter means when the user leaves it empty.

One table of candidate names per algorithm and parameter (Chinese as in docs/DEMO_DATA.md,
pinyin initials, English) and one matching rule: exact name first, then the same name ignoring
case and full/half width. The QGIS algorithms and the distributed engine both pick fields here.
"""
import unicodedata

__all__ = ["normalise_name", "find_name", "CANDIDATES", "ROLES", "ZONE_NAME", "LANDUSE_CODE", "LANDUSE_NAME",
           "LANDUSE_OFFICIAL_AREA", "SETTLEMENT_CODE"]


def normalise_name(name):
    """A field name as compared: NFKC (全角 → 半角), stripped, lower case."""
    return unicodedata.normalize("NFKC", str(name)).strip().lower()


def find_name(names, candidates):
    """Index in ``names`` of the first candidate present (exact, then normalised), or -1."""
    names = list(names)
    for cand in candidates:
        if cand in names:
            return names.index(cand)
    lowered = [normalise_name(n) for n in names]
    for cand in candidates:
        wanted = normalise_name(cand)
        if wanted in lowered:
            return lowered.index(wanted)
    return -1


#: zone (园区 / 开发区) name fields
ZONE_NAME = ("园区名称", "开发区名称", "集聚区名称", "名称", "KFQMC", "YQMC", "ZONE_NAME", "zone_name", "NAME",
             "name", "MC")
#: land-use code fields (三调 DLBM first)
LANDUSE_CODE = ("DLBM", "地类编码", "地类代码", "用地代码", "用地分类代码", "YDDM", "DLDM", "DLBM_INT", "code",
                "landuse")
#: land-use class name fields
LANDUSE_NAME = ("DLMC", "地类名称", "用地名称", "YDMC")
#: the official area of a land-use polygon (m²): 三调's 图斑地类面积 = TBMJ − KCMJ; used by default
#: when the layer has it (the statistics then match the figures the bureau reports)
LANDUSE_OFFICIAL_AREA = ("TBDLMJ", "图斑地类面积")
#: 三调 城镇村属性码
SETTLEMENT_CODE = ("CZCSXM", "城镇村属性码")

_SUPPLY_DATE = ("供地日期", "GDRQ", "供应日期", "GYRQ", "签订日期", "supply_date")
_LAND_PRICE = ("土地价款", "TDJK", "出让价款", "CRJK", "成交价款", "land_price")

#: algorithm id → Processing parameter → candidate field names, in order of preference
CANDIDATES = {
    "scoreinefficiency": {
        "TAX_PER_MU_FIELD": ("亩均税收", "MJSS", "亩均税收万元", "tax_per_mu", "tax_mu"),
        "INVEST_PER_MU_FIELD": ("投资强度", "TZQD", "亩均投资", "invest_per_mu", "inv_mu"),
        "FAR_FIELD": ("容积率", "RJL", "FAR"),
        "COVERAGE_FIELD": ("建筑系数", "JZXS", "建筑密度", "coverage"),
        "TAX_FIELD": ("税收总额", "SSZE", "年税收", "税收", "tax"),
        "INVEST_FIELD": ("固定资产投资", "GDZCTZ", "固定资产投资额", "投资总额", "TZZE", "invest"),
        "FLOOR_AREA_FIELD": ("总建筑面积", "ZJZMJ", "建筑面积", "JZMJ", "floor_area"),
        "FOOTPRINT_FIELD": ("建筑占地面积", "JZZDMJ", "占地面积", "footprint"),
        "AREA_FIELD": ("用地面积", "YDMJ", "宗地面积", "ZDMJ", "土地面积", "TDMJ"),
        "INDUSTRY_FIELD": ("行业代码", "HYDM", "行业分类代码", "industry"),
        "REGION_FIELD": ("区域类别", "QYLB"),
        "STATUS_FIELD": ("生产状态", "SCZT", "经营状态", "JYZT", "企业状态"),
        "SUPPLY_DATE_FIELD": _SUPPLY_DATE,
        "COMPLETION_DATE_FIELD": ("约定达产日期", "YDDCRQ", "达产日期", "约定竣工日期", "YDJGRQ", "竣工日期",
                                  "completion_due"),
    },
    "flagidleland": {
        "AGREED_START_FIELD": ("约定动工日期", "YDDGRQ", "约定开工日期", "YDKGRQ", "合同约定动工日期", "agreed_start"),
        "ACTUAL_START_FIELD": ("实际动工日期", "SJDGRQ", "实际开工日期", "SJKGRQ", "动工日期", "开工日期",
                               "actual_start"),
        "DEV_RATIO_FIELD": ("已开发面积比例", "YKFMJBL", "开发面积比例", "开发比例", "KFBL", "dev_ratio"),
        "INVEST_RATIO_FIELD": ("已投资比例", "YTZBL", "投资比例", "TZBL", "invest_ratio"),
        "HALT_DATE_FIELD": ("中止开发日期", "ZZKFRQ", "停工日期", "TGRQ", "停止开发日期", "halt_date"),
        "DEV_AREA_FIELD": ("已开发面积", "YKFMJ", "dev_area"),
        "TOTAL_AREA_FIELD": ("应开发面积", "YKFZMJ", "应开发总面积", "total_area"),
        "INVESTED_FIELD": ("已投资额", "YTZE", "已完成投资", "invested"),
        "TOTAL_INVEST_FIELD": ("总投资额", "ZTZE", "计划总投资", "total_invest"),
        "CAUSE_FIELD": ("闲置原因", "XZYY", "idle_cause"),
        "LAND_PRICE_FIELD": _LAND_PRICE,
    },
    "flagunsupplied": {
        "APPROVAL_DATE_FIELD": ("批准日期", "PZRQ", "批复日期", "PFRQ", "批准时间", "PZSJ", "approval_date"),
        "SUPPLY_DATE_FIELD": _SUPPLY_DATE,
        "SUPPLY_STATUS_FIELD": ("供地状态", "GDZT", "供应状态", "GYZT", "是否供地", "SFGD", "supply_status"),
        "IN_USE_FIELD": ("是否使用", "SFSY", "使用状态", "SYZT", "是否已使用", "in_use"),
        "AREA_FIELD": ("批准面积", "PZMJ", "批复面积", "用地面积", "YDMJ"),
        "SUPPLIED_DATE_FIELD": ("供地日期", "GDRQ", "供应日期", "GYRQ", "签订日期", "合同签订日期", "supply_date"),
        "COMPLIANT_FIELD": ("符合规划和准入", "是否符合规划", "符合规划", "FHGH", "compliant"),
        "USE_DATE_FIELD": ("开工日期", "KGRQ", "使用日期", "即用日期", "use_date"),
    },
    "zoneindustrialshare": {
        "ZONE_NAME_FIELD": ZONE_NAME,
        "LANDUSE_FIELD": LANDUSE_CODE,
        "LANDUSE_AREA_FIELD": LANDUSE_OFFICIAL_AREA,
    },
    "zonereport": {
        # the zone-share output names its zones in zone_name; other layers as the zone check
        "ZONE_NAME_FIELD": ("zone_name",) + tuple(n for n in ZONE_NAME if n != "zone_name") + ("园区代码",),
    },
    "exportflagged": {
        "ID_FIELD": ("宗地编号", "地块编号", "ZDBH", "DKBH", "电子监管号", "批准文号", "BSM", "id"),
        "ZONE_FIELD": ("所在园区", "园区名称", "开发区名称", "KFQMC", "zone", "ua_zone"),
        "DEADLINE_FIELD": ("完成时限", "WCSX", "deadline"),
        "UNIT_FIELD": ("责任单位", "ZRDW", "unit"),
    },
    "exportcoordinates": {
        "PID_FIELD": ("pid", "地块编号", "DKBH", "宗地编号", "ZDDM", "ZDBH", "批准文号", "编号"),
        "NAME_FIELD": ("name", "地块名称", "DKMC", "项目名称", "XMMC", "企业名称"),
        "USE_FIELD": ("use", "地块用途", "用途", "土地用途", "TDYT"),
        "DLBM_FIELD": ("dlbm", "DLBM", "地类编码", "地类代码"),
        "AREA_FIELD": ("area_ha", "地块面积", "面积公顷"),
        "SHEET_FIELD": ("sheet", "图幅号", "TFH"),
        "SHAPE_FIELD": ("shape", "图形属性"),
        "REGION_FIELD": ("xzqdm", "行政区代码"),
        "TOWN_FIELD": ("town", "乡镇/村", "乡镇村"),
        "REMARK_FIELD": ("remark", "描述"),
    },
    "checkcommitments": {
        "INVEST_COMMIT_FIELD": ("承诺投资强度", "CNTZQD", "约定投资强度", "invest_c"),
        "INVEST_ACTUAL_FIELD": ("实际投资强度", "SJTZQD", "投资强度", "TZQD", "invest_a"),
        "TAX_COMMIT_FIELD": ("承诺亩均税收", "CNMJSS", "约定亩均税收", "tax_c"),
        "TAX_ACTUAL_FIELD": ("实际亩均税收", "SJMJSS", "亩均税收", "MJSS", "tax_a"),
        "FAR_COMMIT_FIELD": ("承诺容积率", "CNRJL", "约定容积率", "far_c"),
        "FAR_ACTUAL_FIELD": ("实际容积率", "SJRJL", "容积率", "RJL", "far_a"),
        "COMPLETION_DUE_FIELD": ("约定竣工日期", "YDJGRQ", "竣工日期", "completion_due"),
        "PRODUCTION_DUE_FIELD": ("约定达产日期", "YDDCRQ", "达产日期", "production_due"),
        "LAND_PRICE_FIELD": _LAND_PRICE,
        "INVEST_FIELD": ("固定资产投资", "GDZCTZ", "固定资产投资额", "invest"),
        "TAX_FIELD": ("税收总额", "SSZE", "年税收", "tax"),
        "FLOOR_AREA_FIELD": ("总建筑面积", "ZJZMJ", "floor_area"),
        "AREA_FIELD": ("用地面积", "YDMJ", "宗地面积", "ZDMJ"),
        "RECOVERY_FIELD": ("约定可收回", "协议约定收回", "可收回", "recovery"),
    },
    "joinenterprises": {
        "CREDIT_CODE_FIELD": ("统一社会信用代码", "社会信用代码", "信用代码", "TYSHXYDM", "SHXYDM", "XYDM", "USCC",
                              "credit_code"),
        "NAME_FIELD": ("企业名称", "单位名称", "纳税人名称", "公司名称", "使用权人", "权利人", "QYMC", "DWMC",
                       "company"),
        "AREA_FIELD": ("用地面积", "YDMJ", "宗地面积", "ZDMJ", "土地面积", "TDMJ"),
        # the table's columns are looked for under the same names as the parcels' fields
        "TABLE_CODE_FIELD": ("统一社会信用代码", "社会信用代码", "信用代码", "TYSHXYDM", "SHXYDM", "XYDM", "USCC",
                             "credit_code"),
        "TABLE_NAME_FIELD": ("企业名称", "单位名称", "纳税人名称", "公司名称", "使用权人", "权利人", "QYMC", "DWMC",
                             "company"),
        # no parameter: the field that names a parcel in the log (else its feature id)
        "PARCEL_ID_FIELD": ("宗地编号", "地块编号", "ZDDM", "ZDBH", "pid"),
    },
    "zoneevaluation": {
        "ZONE_NAME_FIELD": ZONE_NAME,
        "LANDUSE_FIELD": LANDUSE_CODE,
        "SUPPLY_DATE_FIELD": ("供地日期", "供应日期", "合同签订日期", "签订日期", "GDRQ", "supply_date"),
        "FLOOR_AREA_FIELD": ("建筑面积", "总建筑面积", "JZMJ", "floor_area"),
        "FLOORS_FIELD": ("层数", "建筑层数", "楼层数", "JZCS", "CS", "floors"),
        "INVEST_FIELD": ("固定资产投资", "固定资产投资额", "投资总额", "invest"),
        "TAX_FIELD": ("税收总额", "税收", "年税收", "tax"),
        "INVEST_PER_MU_FIELD": ("ie_inv", "投资强度"),
        "TAX_PER_MU_FIELD": ("ie_tax", "亩均税收"),
        "FAR_FIELD": ("ie_far", "容积率"),
    },
    "flagunauthorized": {
        "BUILTUP_CODE_FIELD": LANDUSE_CODE,
        "ZONE_NAME_FIELD": ZONE_NAME,
    },
    "stocksiting": {
        "ZONE_NAME_FIELD": ZONE_NAME,
        # no parameter: the id of a candidate site (宗地编号 of a parcel, 批准文号 of an approval)
        "SITE_ID_FIELD": ("宗地编号", "地块编号", "批准文号", "ZDDM", "ZDBH", "PZWH", "pid"),
        # the planned use (规划用途) of a PLANNED_USE polygon, and, found by name, of a candidate site
        "PLANNED_USE_FIELD": ("规划用途", "GHYT", "规划用地性质", "规划地类", "规划用地类型", "用地性质", "GHDL",
                              "YDXZ", "planned_use"),
        # no parameter: the land-use code of a candidate site (its 土地用途 / 批准用途 code)
        "LANDUSE_CODE_FIELD": ("DLBM", "地类编码", "地类代码", "土地用途代码", "用途代码", "TDYTDM", "用地代码", "YDDM",
                               "landuse_code"),
    },
    "changemonitoring": {
        "CHANGE_ID_FIELD": ("图斑编号", "变化图斑编号", "监测图斑编号", "TBBH", "JCBH", "BSM", "change_id", "id"),
        "CHANGE_TYPE_FIELD": ("变化类型", "变化类别", "图斑类型", "BHLX", "JCLX", "change_type"),
        "BEFORE_DATE_FIELD": ("前时相", "前时相日期", "QSX", "before_date"),
        "AFTER_DATE_FIELD": ("后时相", "后时相日期", "HSX", "after_date"),
        "ZONE_NAME_FIELD": ZONE_NAME,
        # no parameter: the id, 园区 and 责任单位 of a parcel or approval of the IDLE / UNSUPPLIED / SCORED layers
        "PARCEL_ID_FIELD": ("宗地编号", "地块编号", "批准文号", "ZDDM", "ZDBH", "PZWH", "pid"),
        "PARCEL_ZONE_FIELD": ("所在园区", "园区名称", "园区", "ua_zone", "zone"),
        "UNIT_FIELD": ("责任单位", "ZRDW", "unit"),
    },
    "renewalunits": {
        "UNIT_NAME_FIELD": ("单元名称", "更新单元名称", "控规单元名称", "单元编号", "DYMC", "unit_name", "name", "NAME",
                            "名称"),
        "LANDUSE_CODE_FIELD": LANDUSE_CODE,
        "LANDUSE_AREA_FIELD": LANDUSE_OFFICIAL_AREA,
        "KEY_TYPE_FIELD": ("类型", "重点区域类型", "功能区类型", "type", "TYPE", "名称", "name", "NAME"),
        "FLOOR_AREA_FIELD": ("建筑面积", "总建筑面积", "JZMJ", "floor_area", "FLOOR_AREA"),
        "VACANCY_FIELD": ("空置率", "vacancy", "VACANCY", "KZL"),
        "RESOURCE_CLASS_FIELD": ("ur_class", "更新对象类别", "更新资源类别"),
    },
    "supplyplanprogress": {
        "PLAN_CATEGORY_FIELD": ("category", "用途类别", "用途", "类别", "土地用途", "用地类型"),
        "PLAN_AREA_FIELD": ("area_ha", "plan_ha", "计划面积", "计划供应面积", "面积", "JHMJ"),
        "PLAN_DISTRICT_FIELD": ("district", "区县", "行政区", "XZQMC", "区域"),
        "SUPPLY_DATE_FIELD": ("供地日期", "GDRQ", "签订日期", "合同签订日期", "供应日期", "supply_date"),
        "SUPPLY_CODE_FIELD": ("DLBM", "地类编码", "用途代码", "土地用途代码", "TDYTDM", "landuse_code"),
        "SUPPLY_CATEGORY_FIELD": ("用途类别", "category", "土地用途", "TDYT"),
        "SUPPLY_AREA_FIELD": ("area_ha", "供地面积(公顷)", "面积(公顷)", "供应面积(公顷)", "supp_ha"),
        "SUPPLY_DISTRICT_FIELD": ("district", "区县", "行政区", "XZQMC"),
        "SUPPLY_ID_FIELD": ("地块编号", "DKBH", "宗地编号", "ZDBH", "parcel_id"),
        "PLANNED_ID_FIELD": ("地块编号", "DKBH", "宗地编号", "ZDBH", "parcel_id"),
        "PLANNED_AREA_FIELD": ("面积(公顷)", "area_ha", "计划面积", "公顷", "MJ"),
        "PLAN_QUARTER_FIELD": ("计划季度", "季度", "JHJD", "quarter"),
        "PLAN_MONTH_FIELD": ("计划月份", "月份", "JHYF", "month"),
        "OBSTACLE_FIELD": ("制约因素", "障碍", "未供原因", "ZYYS", "obstacle"),
        "UNIT_FIELD": ("责任单位", "ZRDW", "unit"),
    },
    "taskprogress": {
        "TASK_ZONE_FIELD": ("zone", "园区", "园区名称", "区域", "区县", "集聚区"),
        "TASK_KIND_FIELD": ("kind", "任务类别", "类别", "类型"),
        "TASK_AREA_FIELD": ("task_mu", "任务面积", "任务面积(亩)", "面积"),
        "TASK_DEADLINE_FIELD": ("deadline", "完成时限", "截止日期", "期限"),
        "PARCEL_ID_FIELD": ("宗地编号", "ZDBH", "宗地代码", "ZDDM", "pid", "parcel_id"),
        "ZONE_FIELD": ("园区", "园区名称", "zone", "集聚区", "区域", "区县"),
    },
    "countyassessment": {
        "TASK_ZONE_FIELD": ("县区", "县（区）", "区县", "county", "district", "行政区", "XZQMC", "zone", "区域",
                            "园区名称", "园区"),
        "TASK_KIND_FIELD": ("kind", "任务类别", "类别", "类型"),
        "TASK_AREA_FIELD": ("task_mu", "任务面积", "任务面积(亩)", "面积"),
        "TASK_DEADLINE_FIELD": ("deadline", "完成时限", "截止日期", "期限"),
        "PARCEL_ID_FIELD": ("宗地编号", "ZDBH", "宗地代码", "ZDDM", "pid", "parcel_id"),
        "ZONE_FIELD": ("县区", "县（区）", "区县", "county", "district", "行政区", "XZQMC", "所在园区", "园区名称",
                       "园区"),
        "QUOTA_COUNTY_FIELD": ("县区", "县（区）", "区县", "county", "district", "行政区", "XZQMC"),
        "QUOTA_AREA_FIELD": ("quota_ha", "新增建设用地计划指标", "计划指标(公顷)", "计划指标", "指标(公顷)", "指标",
                             "公顷"),
    },
    "industrialquota": {
        "DATE_FIELD": _SUPPLY_DATE,
        "CATEGORY_FIELD": ("土地用途", "用途", "用途类别", "TDYT", "DLBM", "地类编码", "category"),
        "INDUSTRY_FIELD": ("行业代码", "HYDM", "行业分类代码", "所属行业", "产业类别", "产业", "industry"),
        "AREA_FIELD": ("供地面积(公顷)", "出让面积(公顷)", "面积(公顷)", "供应面积(公顷)", "area_ha", "supp_ha"),
        "EXEMPT_FIELD": ("选址特殊要求", "选址有特殊要求", "特殊选址", "exempt"),
        "ZONE_NAME_FIELD": ZONE_NAME,
    },
    "standardsheet": {
        "INDUSTRY_FIELD": ("行业代码", "HYDM", "所属行业", "industry", "industry_code"),
        "PARCEL_ID_FIELD": ("地块编号", "DKBH", "宗地编号", "ZDBH", "parcel_id"),
        "START_DATE_FIELD": ("拟供地日期", "计划供地日期", "出让日期", "NGDRQ", "start_date"),
    },
    "forecastindustrialland": {
        "YEAR_FIELD": ("year", "年份", "年度", "ND"),
        "AREA_FIELD": ("area_ha", "供应面积", "工业用地供应面积", "面积", "supply_ha"),
        "INVEST_YEAR_FIELD": ("year", "年份", "年度", "ND"),
        "INVEST_FIELD": ("invest", "工业固定资产投资", "固定资产投资", "投资"),
    },
}

#: algorithm id → Processing parameter → the core's name for that input (the role in
#: core.scoring.ScoringSetup.fields, or the keyword of the check's batch function). The QGIS
#: algorithms read a parameter, the ``landplan`` command the option named after it
#: (``TAX_PER_MU_FIELD`` → ``--tax-per-mu-field``); both hand the core the same role.
ROLES = {
    "scoreinefficiency": {
        "TAX_PER_MU_FIELD": "tax_per_mu", "INVEST_PER_MU_FIELD": "invest_per_mu", "FAR_FIELD": "far",
        "COVERAGE_FIELD": "coverage", "TAX_FIELD": "tax", "INVEST_FIELD": "invest", "FLOOR_AREA_FIELD": "floor_area",
        "FOOTPRINT_FIELD": "footprint", "AREA_FIELD": "area", "INDUSTRY_FIELD": "industry", "REGION_FIELD": "region",
        "STATUS_FIELD": "status", "SUPPLY_DATE_FIELD": "supply_date", "COMPLETION_DATE_FIELD": "completion",
    },
    "flagidleland": {
        "AGREED_START_FIELD": "agreed_start", "ACTUAL_START_FIELD": "actual_start", "DEV_RATIO_FIELD": "dev_ratio",
        "INVEST_RATIO_FIELD": "invest_ratio", "HALT_DATE_FIELD": "halt_date", "DEV_AREA_FIELD": "dev_area",
        "TOTAL_AREA_FIELD": "total_area", "INVESTED_FIELD": "invested", "TOTAL_INVEST_FIELD": "total_invest",
        "CAUSE_FIELD": "cause", "LAND_PRICE_FIELD": "land_price",
    },
    "flagunsupplied": {
        "APPROVAL_DATE_FIELD": "approval_date", "SUPPLY_DATE_FIELD": "supply_date",
        "SUPPLY_STATUS_FIELD": "supply_status", "IN_USE_FIELD": "in_use", "AREA_FIELD": "area",
    },
}

# 城市更新 (landplan:renewalresources, landplan:renewalscreening)
CANDIDATES["renewalresources"] = {
    "LANDUSE_CODE_FIELD": LANDUSE_CODE,
    "LANDUSE_AREA_FIELD": LANDUSE_OFFICIAL_AREA,
    "SETTLEMENT_FIELD": SETTLEMENT_CODE,
    "BUILT_YEAR_FIELD": ("建成年份", "建成年代", "竣工年份", "竣工日期", "建成日期", "JCNF", "JGRQ", "built_year"),
    "BUILDING_USE_FIELD": ("用途", "建筑用途", "房屋用途", "使用用途", "JZYT", "FWYT", "use"),
    "VACANCY_FIELD": ("空置率", "空置率(%)", "KZL", "vacancy"),
    "STOPPED_FIELD": ("停产", "是否停产", "SFTC", "stopped"),
}
CANDIDATES["renewalscreening"] = {
    "PROJECT_ID_FIELD": ("项目编号", "XMBH", "项目代码", "编号", "project_id", "id"),
    "PROJECT_HEIGHT_FIELD": ("规划高度", "建筑高度", "GHGD", "JZGD", "height"),
    "HEIGHT_LIMIT_FIELD": ("限高", "控制高度", "高度上限", "XG", "KZGD", "height_max"),
    "OTHER_FIELD": ("其他情形", "其他", "QTQX", "other"),
    "CHECKUP_FIELD": ("体检编号", "城市体检编号", "体检报告编号", "TJBH", "checkup"),
}

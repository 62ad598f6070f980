"""The one adapter between the distributed engine and the rules in :mod:`landplan_plugin.core`.

Every decision (flag, class, reason, share, deficit, verdict …) is made by a core function; this
module only turns a partition (a GeoDataFrame) into the arrays or values those functions take and
their results back into columns. Each ``*_partition`` function runs on a worker.

Where the core has a columnar form it is called once per partition; where it has only the row
form yet, the row function is called per row here (and nowhere else), so swapping in a columnar
form later touches this module only.
"""
import unicodedata

import numpy as np

from ..core import landuse, zone
from ..core.units import M2_PER_HA
from . import spatial
from .errors import EXIT_DATA, UserError
from .io import column_values

# ---- field resolution (the plugin's base.resolve_field / find_field, for dataframe columns) ----


def normalise_name(name):
    return unicodedata.normalize("NFKC", str(name)).strip().lower()


def find_column(columns, candidates):
    """The first column named like a candidate (exact, then case/width-insensitive), or None."""
    for cand in candidates:
        if cand in columns:
            return cand
    lowered = {normalise_name(c): c for c in reversed(list(columns))}
    for cand in candidates:
        hit = lowered.get(normalise_name(cand))
        if hit is not None:
            return hit
    return None


def resolve_field(layer, given, option, label, candidates=(), allow_auto=True, log=None):
    """The column for an option: given → it must exist (case-insensitively); not given (None) →
    the first column named like a candidate (logged); given empty ("") → none."""
    if given is not None and given != "":
        hit = find_column(layer.columns, [given])
        if hit is None:
            raise UserError('Field "%s" (%s, %s) is not in %s.' % (given, option, label, layer.label))
        return hit
    if given == "" or not allow_auto:
        return None
    hit = find_column(layer.columns, candidates)
    if hit is not None and log is not None:
        log('Using field "%s" as %s (found by name).' % (hit, label))
    return hit


def check_crs(layer, label):
    """The layer's CRS, or a one-sentence error: areas cannot be measured without one."""
    crs = layer.crs
    name = (getattr(crs, "name", "") or "").lower() if crs is not None else ""
    if crs is None or (crs.to_epsg() is None and name.startswith(("undefined", "unknown"))):
        raise UserError('Layer "%s" (%s) has no coordinate reference system: set one (e.g. EPSG:4547 or '
                        'EPSG:4490) and run again; areas cannot be measured without it.' % (label, layer.label),
                        EXIT_DATA)
    return crs


# ---- zone industrial share (core.zone, core.landuse) ---------------------------------------------

#: 工矿仓储 breakdown keys of the classification presets → output field (the plugin's order)
BREAKDOWN_FIELDS = (("工业", "gy_ha"), ("采矿", "ck_ha"), ("仓储", "cc_ha"))
OTHER_BREAKDOWN_FIELD = "othind_ha"
ZONE_NAME_CANDIDATES = ("园区名称", "开发区名称", "集聚区名称", "名称", "KFQMC", "YQMC", "ZONE_NAME", "zone_name",
                        "NAME", "name", "MC")


def breakdown_field(key):
    return dict(BREAKDOWN_FIELDS).get(key, OTHER_BREAKDOWN_FIELD)


def landuse_partition(gdf, zones, zone_crs, preset, variant, code_col, area_col):
    """One land-use partition clipped to the zones → tallies per zone (small, summed on the
    client): ``ind``/``base``/``unk`` (m², arrays by zone), ``by`` {field: array}, ``unk_codes``
    {(zone, code): m²}, counts of repaired / empty / read features."""
    n_z = len(zones)
    out = {"ind": np.zeros(n_z), "base": np.zeros(n_z), "unk": np.zeros(n_z), "by": {},
           "unk_codes": {}, "repaired": 0, "empty": 0, "read": len(gdf), "pieces": 0}
    if len(gdf) == 0:
        return out
    codes = np.asarray(column_values(gdf[code_col]), dtype=object)
    cls = landuse.classify_array(preset, codes, variant)
    known, is_con, is_ind = cls["known"], cls["construction"], cls["industrial"]
    relevant = is_con | ~known          # construction land, or a code nobody knows: needs geometry
    if not relevant.any():
        return out
    sub = gdf.iloc[np.flatnonzero(relevant)]
    if sub.crs is not None and zone_crs is not None and not sub.crs.equals(zone_crs):
        sub = sub.to_crs(zone_crs)
    geoms = np.asarray(sub.geometry.values, dtype=object)
    sel = np.flatnonzero(relevant)
    missing = shapely_missing(geoms)
    out["empty"] = int(missing.sum())
    geoms, repaired, failed = spatial.repair(geoms)
    out["repaired"] = int(repaired.sum())
    usable = ~missing & ~failed
    breakdown = landuse.classify_array(preset, codes[sel], landuse.VARIANT_INDUSTRIAL)["breakdown"] \
        if variant != landuse.VARIANT_INDUSTRIAL else cls["breakdown"][sel]
    tree_geoms = np.asarray([z if z is not None else None for z in zones], dtype=object)
    import shapely
    tree = shapely.STRtree(tree_geoms)
    li_all = np.flatnonzero(usable)
    if len(li_all) == 0:
        return out
    pairs = tree.query(geoms[li_all], predicate="intersects")
    li = li_all[pairs[0]]
    zj = pairs[1]
    if len(li) == 0:
        return out
    zg = tree_geoms[zj]
    lg = geoms[li]
    contained = shapely.contains(zg, lg)
    pieces = lg.copy()
    cross = np.flatnonzero(~contained)
    if len(cross):
        clipped = shapely.intersection(zg[cross], lg[cross])
        pieces[cross] = spatial.polygonal_array(clipped)
    keep = np.array([p is not None and not p.is_empty for p in pieces], dtype=bool)
    li, zj, pieces = li[keep], zj[keep], pieces[keep]
    measurer = spatial.AreaMeasurer(zone_crs)
    piece_m2 = measurer.measure(pieces)
    if area_col is not None:
        raw = column_values(sub[area_col])
        official = np.array([_official(raw[i], area_col) for i in li], dtype=float)
        whole = measurer.measure(geoms[li])
        piece_m2 = zone.proportional_area_columns(piece_m2, whole, official)
    rows = sel[li]
    totals = zone.landuse_totals_columns(zj, n_z, piece_m2, is_ind[rows], is_con[rows], known[rows])
    out["ind"], out["base"], out["unk"] = totals["ind"], totals["base"], totals["unk"]
    out["pieces"] = int(len(li))
    con_known = known[rows] & is_con[rows]
    bkeys = breakdown[li]
    for key in set(k for k in bkeys[con_known] if k is not None):
        m = con_known & (bkeys == key)
        out["by"][key] = np.bincount(zj[m], weights=piece_m2[m], minlength=n_z)
    unk = ~known[rows]
    if unk.any():
        for z, code, a in zip(zj[unk], cls["code"][rows][unk], piece_m2[unk]):
            code = code or zone.EMPTY_CODE
            out["unk_codes"][(int(z), code)] = out["unk_codes"].get((int(z), code), 0.0) + float(a)
    return out


def _official(raw, field_name):
    value, _problem = zone.official_area_m2(raw, field_name)
    return np.nan if value is None else value


def shapely_missing(geoms):
    import shapely
    return shapely.is_missing(geoms) | shapely.is_empty(geoms)


def combine_landuse(parts, n_zones):
    total = {"ind": np.zeros(n_zones), "base": np.zeros(n_zones), "unk": np.zeros(n_zones), "by": {},
             "unk_codes": {}, "repaired": 0, "empty": 0, "read": 0, "pieces": 0}
    for p in parts:
        for k in ("ind", "base", "unk"):
            total[k] += p[k]
        for k, v in p["by"].items():
            total["by"][k] = total["by"].get(k, 0.0) + v
        for k, v in p["unk_codes"].items():
            total["unk_codes"][k] = total["unk_codes"].get(k, 0.0) + v
        for k in ("repaired", "empty", "read", "pieces"):
            total[k] += p[k]
    return total


def zone_rows(total, zone_count, threshold, variant):
    """Per zone: the plugin's output values from ind_ha to verdict (core.zone.LandUseTally.row)."""
    fields = [f for _, f in BREAKDOWN_FIELDS] + [OTHER_BREAKDOWN_FIELD]
    rows = []
    for z in range(zone_count):
        tally = zone.LandUseTally()
        tally.ind, tally.base, tally.unk = float(total["ind"][z]), float(total["base"][z]), float(total["unk"][z])
        for key, arr in total["by"].items():
            f = breakdown_field(key)
            tally.by[f] = tally.by.get(f, 0.0) + float(arr[z])
        tally.unk_codes = {code: a for (zi, code), a in total["unk_codes"].items() if zi == z}
        values, share = tally.row(threshold, variant, fields)
        rows.append((values, share))
    return rows


def m2_to_ha(x):
    return x / M2_PER_HA


# ---- 低效工业用地 scoring (core.scoring, core.standards) -------------------------------------------
# Row form per row until core.scoring has its columnar entry point; the steps mirror
# landplan:scoreinefficiency exactly (notes, area checks, per-industry thresholds, classification).

from ..core import scoring  # noqa: E402
from ..core.standards import INDICATORS, normalise_industry_code  # noqa: E402
from ..core.units import M2_PER_MU, to_m2  # noqa: E402
from ..core.values import parse_number  # noqa: E402

SCORE_CANDIDATES = {
    "tax_per_mu_field": ["亩均税收", "MJSS", "亩均税收万元", "tax_per_mu", "tax_mu"],
    "invest_per_mu_field": ["投资强度", "TZQD", "亩均投资", "invest_per_mu", "inv_mu"],
    "far_field": ["容积率", "RJL", "FAR"],
    "coverage_field": ["建筑系数", "JZXS", "建筑密度", "coverage"],
    "tax_field": ["税收总额", "SSZE", "年税收", "税收", "tax"],
    "invest_field": ["固定资产投资", "GDZCTZ", "固定资产投资额", "投资总额", "TZZE", "invest"],
    "floor_area_field": ["总建筑面积", "ZJZMJ", "建筑面积", "JZMJ", "floor_area"],
    "footprint_field": ["建筑占地面积", "JZZDMJ", "占地面积", "footprint"],
    "area_field": ["用地面积", "YDMJ", "宗地面积", "ZDMJ", "土地面积", "TDMJ"],
    "industry_field": ["行业代码", "HYDM", "行业分类代码", "industry"],
    "region_field": ["区域类别", "QYLB"],
    "status_field": ["生产状态", "SCZT", "经营状态", "JYZT", "企业状态"],
}
SCORE_PRECOMPUTED = (("tax_per_mu", "tax_per_mu_field"), ("invest_per_mu", "invest_per_mu_field"),
                     ("far", "far_field"), ("coverage", "coverage_field"))
SCORE_TOTALS = (("tax_per_mu", "tax_field"), ("invest_per_mu", "invest_field"),
                ("far", "floor_area_field"), ("coverage", "footprint_field"))
#: output fields: (name, kind, precision) — kind f float, i int, s text; precision as the plugin's fields
SCORE_OUT = (("ie_tax", "f", 4), ("ie_taxpt", "f", 4), ("ie_inv", "f", 4), ("ie_invpt", "f", 4),
             ("ie_far", "f", 4), ("ie_farpt", "f", 4), ("ie_cov", "f", 4), ("ie_covpt", "f", 4),
             ("ie_areamu", "f", 4), ("ie_score", "f", 4), ("ie_flag", "i", 0), ("ie_type", "s", 0),
             ("ie_reason", "s", 0), ("ie_std", "s", 0))
UNIT_RATIOS = {"m2": 1.0, "mu": 1.0 / M2_PER_MU, "ha": 1.0 / 10000.0}
LABEL_NOT = "not low-efficiency"
LABEL_UNDETERMINED = "undetermined (待核实)"


class ScoreConfig:
    """Everything a worker needs to score a partition (resolved on the client)."""

    def __init__(self, standard, mode, cutoff, area_unit, fixed_region, status_values, phaseout_codes,
                 pre_cols, tot_cols, area_col, industry_col, region_col, status_col, coverage_scale,
                 int_columns, crs):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def _number(raw, field_name, notes, counts):
    kind = type(raw)
    if (kind is float or kind is int) and raw == raw and raw not in (_INF, -_INF):
        return float(raw)
    value, problem = parse_number(raw, field_name)
    if problem is not None:
        notes.append(problem.message)
        counts[problem.kind] = counts.get(problem.kind, 0) + 1
    return value


_INF = float("inf")


def _from_total(key, total_value, area_m2):
    ind = scoring.indicators_from_totals(area_m2, **{
        "tax_per_mu": {"tax": total_value}, "invest_per_mu": {"invest": total_value},
        "far": {"floor_area": total_value}, "coverage": {"footprint": total_value}}[key])
    return ind[key]


def coverage_extremes(gdf, col, is_int):
    """(min, max) of the parsed values of a partition's coverage column (None when none): the
    extremes decide core.values.detect_fraction_percent exactly as all the values do."""
    vals = [parse_number(v, "")[0] for v in set(column_values(gdf[col], is_int))]
    vals = [v for v in vals if v is not None]
    return (min(vals), max(vals)) if vals else None


def detect_area_unit(sample, area_col, is_int, measurer):
    """'m2', 'mu' or 'ha' from the median ratio of the field to the geometry's area over the
    first 500 features (as the plugin), None when unclear."""
    import math
    ratios = []
    raw = column_values(sample[area_col], is_int)
    areas = measurer.measure(np.asarray(sample.geometry.values, dtype=object))
    for value, g in zip(raw, areas):
        v, _ = parse_number(value, "")
        if v and v > 0 and g > 1.0:
            ratios.append(v / g)
    if len(ratios) < 3:
        return None
    ratios.sort()
    median = ratios[len(ratios) // 2]
    best = min(UNIT_RATIOS, key=lambda u: abs(math.log(median / UNIT_RATIOS[u])))
    return best if abs(math.log(median / UNIT_RATIOS[best])) < math.log(1.3) else None


def score_partition(gdf, cfg):
    """Score one partition → (GeoDataFrame with the output fields, summary {bucket: [count, mu]},
    problem counts)."""
    n = len(gdf)
    cols = {}

    def col(name):
        if name is None:
            return None
        if name not in cols:
            cols[name] = column_values(gdf[name], name in cfg.int_columns)
        return cols[name]

    geoms = np.asarray(gdf.geometry.values, dtype=object) if "geometry" in gdf else np.full(n, None, object)
    fixed, repaired, _failed = spatial.repair(geoms)
    empty = shapely_missing(geoms)
    measurer = spatial.AreaMeasurer(cfg.crs)
    geom_m2 = measurer.measure(fixed) if cfg.area_col is None else None
    standard, weights = cfg.standard, cfg.standard.weights
    base_thresholds = standard.thresholds
    weight_tuple = tuple(weights[k] for k in INDICATORS)
    base_scorer = scoring.make_scorer(tuple(base_thresholds[k] for k in INDICATORS), weight_tuple, cfg.cutoff,
                                      cfg.mode)
    needs_area = any(cfg.pre_cols[k] is None or cfg.tot_cols[k] is not None for k in INDICATORS)
    sources = [(k, col(cfg.pre_cols[k]), cfg.pre_cols[k], col(cfg.tot_cols[k]), cfg.tot_cols[k]) for k in INDICATORS]
    area_raw = col(cfg.area_col)
    industry, region, status = col(cfg.industry_col), col(cfg.region_col), col(cfg.status_col)
    cache = {}
    counts = {}
    summary = {}
    out = {name: [None] * n for name, _, _ in SCORE_OUT}
    for r in range(n):
        notes = []
        if repaired[r]:
            notes.append("几何无效（自相交等），已用 make-valid 修复")
            counts["invalid_geometry"] = counts.get("invalid_geometry", 0) + 1
        area_m2 = None
        if cfg.area_col is not None:
            a = _number(area_raw[r], cfg.area_col, notes, counts)
            if a is not None:
                area_m2 = to_m2(a, cfg.area_unit)
            elif area_raw[r] in (None, ""):
                notes.append("用地面积字段「%s」为空" % cfg.area_col)
        elif not empty[r]:
            area_m2 = float(geom_m2[r])
        if empty[r]:
            notes.append("几何为空，无法量算用地面积" if cfg.area_col is None and needs_area else "几何为空")
            counts["empty_geometry"] = counts.get("empty_geometry", 0) + 1
        area_ok = area_m2 is not None and area_m2 > 0
        area_bad = area_m2 is not None and not area_ok
        area_note = None
        if area_bad:
            if cfg.area_col is not None:
                area_note = "字段「%s」值「%s」：用地面积不大于0" % (cfg.area_col, area_raw[r])
            else:
                area_note = "几何面积 %s 平方米不大于0" % scoring.fmt(area_m2)
            counts["non_positive_area"] = counts.get("non_positive_area", 0) + 1
        vals = []
        for key, pre, pre_name, tot, tot_name in sources:
            value = None
            if pre is not None:
                value = _number(pre[r], pre_name, notes, counts)
            if key == "coverage" and value is not None and cfg.coverage_scale != 1.0:
                value *= cfg.coverage_scale
            if value is None and tot is not None and area_ok:
                total_value = _number(tot[r], tot_name, notes, counts)
                if total_value is not None:
                    value = _from_total(key, total_value, area_m2)
            vals.append(value)
        thresholds, scorer, std_note, std_label = base_thresholds, base_scorer, None, standard.id
        if standard.per_industry:
            code = industry[r] if industry is not None else None
            reg = region[r] if region is not None else cfg.fixed_region
            hit = cache.get((code, reg))
            if hit is None:
                th, note = standard.thresholds_for(code, reg)
                division = normalise_industry_code(code)
                label = "%s:%s" % (standard.id, division) if division in standard.industry_rows else standard.id
                hit = cache[(code, reg)] = (th, scoring.make_scorer(tuple(th[k] for k in INDICATORS), weight_tuple,
                                                                    cfg.cutoff, cfg.mode), note, label)
            thresholds, scorer, std_note, std_label = hit
        halted_note = transform_note = None
        if status is not None and cfg.status_values and scoring.matches_status(status[r], cfg.status_values):
            halted_note = "%s为「%s」" % (cfg.status_col, status[r])
        if cfg.phaseout_codes and industry is not None and scoring.matches_code_list(industry[r], cfg.phaseout_codes):
            transform_note = "行业代码「%s」属转型/淘汰行业" % industry[r]
        if std_note:
            notes.insert(0, std_note)
        if halted_note is None and transform_note is None and None not in vals and not area_bad:
            points, score, flag, failures = scorer(vals)
            reason = scoring.score_reason(score, flag, failures, cfg.cutoff)
            if notes:
                reason = "；".join([reason] + notes)
            type_text = scoring.TYPE_EXTENSIVE if flag else None
        else:
            result = scoring.score_parcel(dict(zip(INDICATORS, vals)), thresholds, weights, cfg.cutoff, cfg.mode)
            cls = scoring.classify(result, cfg.cutoff, halted_note, transform_note, notes)
            points = [result.points[k] for k in INDICATORS]
            score, flag, type_text, reason = result.score, cls.flag, cls.type_text, cls.reason
            if area_bad and flag != 1:
                score, flag, type_text = None, None, scoring.TYPE_UNDETERMINED
                reason = "待核实：%s；指标计算仅供参考：%s" % (area_note, reason)
            elif area_bad:
                reason = "%s；%s" % (reason, area_note)
        row = (vals[0], points[0], vals[1], points[1], vals[2], points[2], vals[3], points[3],
               area_m2 / M2_PER_MU if area_ok else None, score, flag, type_text, reason, std_label)
        for (name, _, _), v in zip(SCORE_OUT, row):
            out[name][r] = v
        bucket = type_text if flag == 1 else (LABEL_NOT if flag == 0 else LABEL_UNDETERMINED)
        tally = summary.setdefault(bucket, [0, 0.0])
        tally[0] += 1
        if area_ok:
            tally[1] += area_m2 / M2_PER_MU
    result = attach(gdf, out, SCORE_OUT, fixed if repaired.any() else None)
    return result, {"summary": summary, "problems": counts}


def attach(gdf, values, spec, geometry=None):
    """Input columns (an input column named like an output field is replaced) + output columns,
    typed and rounded as the plugin writes them (QGIS rounds doubles to the field's precision)."""
    import pandas as pd
    import geopandas as gpd
    names = {name.lower() for name, _, _ in spec}
    keep = [c for c in gdf.columns if c.lower() not in names or c == "geometry"]
    out = gdf[keep].copy()
    if geometry is not None:
        out = out.set_geometry(gpd.GeoSeries(geometry, index=out.index, crs=gdf.crs))
    geom_col = out.geometry.name if isinstance(out, gpd.GeoDataFrame) else None
    for name, kind, precision in spec:
        v = values[name]
        if kind == "f":
            arr = np.array([np.nan if x is None else x for x in v], dtype=float)
            if precision:
                arr = np.round(arr, precision)
            out[name] = arr
        elif kind == "i":
            out[name] = pd.array(v, dtype="Int32")
        elif kind == "d":
            out[name] = pd.Series(v, index=out.index, dtype=object)
        else:
            out[name] = pd.Series(v, index=out.index, dtype=object)
    if geom_col is not None:
        cols = [c for c in out.columns if c != geom_col] + [geom_col]
        out = out[cols]
    return out


# ---- 闲置土地 (core.idle) --------------------------------------------------------------------------
# Row form per row until core.idle has its columnar entry point; mirrors landplan:flagidleland.

from ..core import idle as idle_rule  # noqa: E402
from ..core.values import parse_ratio  # noqa: E402

IDLE_CANDIDATES = {
    "agreed_start_field": ["约定动工日期", "YDDGRQ", "约定开工日期", "YDKGRQ", "合同约定动工日期", "agreed_start"],
    "actual_start_field": ["实际动工日期", "SJDGRQ", "实际开工日期", "SJKGRQ", "动工日期", "开工日期", "actual_start"],
    "dev_ratio_field": ["已开发面积比例", "YKFMJBL", "开发面积比例", "开发比例", "KFBL", "dev_ratio"],
    "invest_ratio_field": ["已投资比例", "YTZBL", "投资比例", "TZBL", "invest_ratio"],
    "halt_date_field": ["中止开发日期", "ZZKFRQ", "停工日期", "TGRQ", "停止开发日期", "halt_date"],
    "dev_area_field": ["已开发面积", "YKFMJ", "dev_area"],
    "total_area_field": ["应开发面积", "YKFZMJ", "应开发总面积", "total_area"],
    "invested_field": ["已投资额", "YTZE", "已完成投资", "invested"],
    "total_invest_field": ["总投资额", "ZTZE", "计划总投资", "total_invest"],
    "cause_field": ["闲置原因", "XZYY", "idle_cause"],
    "land_price_field": ["土地价款", "TDJK", "出让价款", "CRJK", "成交价款", "land_price"],
}
IDLE_OUT = (("idle_flag", "i", 0), ("idle_days", "i", 0), ("idle_basis", "s", 0), ("idle_stage", "s", 0),
            ("idle_csq", "s", 0), ("idle_cause", "s", 0), ("idle_gov", "i", 0), ("idle_disp", "s", 0),
            ("idle_fee", "f", 4), ("idle_asof", "d", 0), ("idle_rsn", "s", 0))


def split_values(text):
    if not text:
        return []
    out = []
    for part in str(text).replace("，", ",").replace("、", ",").replace(";", ",").replace("；", ",").split(","):
        part = normalise_name(part)
        if part:
            out.append(part)
    return out


def idle_partition(gdf, as_of, cols, gov_values, int_columns, spatial_input):
    """Idle-land check of one partition → (GeoDataFrame, {"summary", "problems"})."""
    n = len(gdf)
    values = {k: (column_values(gdf[c], c in int_columns) if c else None) for k, c in cols.items()}
    msg_names = {core: cols[key] for key, core in (
        ("agreed_start_field", "agreed_start"), ("actual_start_field", "actual_start"),
        ("dev_ratio_field", "dev_ratio"), ("invest_ratio_field", "invest_ratio"),
        ("halt_date_field", "halt_date"), ("land_price_field", "land_price")) if cols[key]}
    geoms = np.asarray(gdf.geometry.values, dtype=object) if spatial_input else None
    if spatial_input:
        fixed, repaired, _ = spatial.repair(geoms)
        empty = shapely_missing(geoms)
    out = {name: [None] * n for name, _, _ in IDLE_OUT}
    summary, counts = {}, {}
    for r in range(n):
        notes, notes_text = [], []

        def val(key):
            v = values[key]
            return v[r] if v is not None else None

        def number(key):
            if values[key] is None:
                return None
            v, problem = parse_number(values[key][r], cols[key])
            if problem is not None:
                notes.append(problem)
            return v

        def ratio(ratio_key, part_key, whole_key, label):
            raw = val(ratio_key)
            if raw not in (None, "") and not (isinstance(raw, str) and not raw.strip()):
                return raw
            part, whole = number(part_key), number(whole_key)
            if part is None or whole is None:
                return None
            if whole <= 0:
                notes_text.append("%s %s 不大于0，无法计算%s" % (cols[whole_key], whole, label))
                return None
            rv, problem = parse_ratio(part / whole, label)
            if problem is not None:
                notes.append(problem)
            return rv

        dev = ratio("dev_ratio_field", "dev_area_field", "total_area_field", "已开发面积比例")
        inv = ratio("invest_ratio_field", "invested_field", "total_invest_field", "已投资比例")
        cause = val("cause_field")
        cause_text = None if cause is None else str(cause).strip()
        if gov_values and cause_text:
            norm = normalise_name(cause_text)
            if any(v in norm and ("非" + v) not in norm for v in gov_values):
                cls = idle_rule.classify_cause(cause_text)
                cause_arg = cause_text if cls in (idle_rule.CAUSE_GOV, idle_rule.CAUSE_FORCE, idle_rule.CAUSE_BOTH) \
                    else idle_rule.CAUSE_GOV
            else:
                cause_arg = idle_rule.CAUSE_ENTERPRISE
        else:
            cause_arg = cause_text
        res = idle_rule.assess_idle(as_of, val("agreed_start_field"), val("actual_start_field"), dev_ratio=dev,
                                    invest_ratio=inv, halt_date=val("halt_date_field"), cause=cause_arg,
                                    land_price=val("land_price_field"), names=msg_names)
        reason_parts = [res.reason] if res.reason else []
        if cause_text and res.cause_class and cause_text != res.cause_class:
            reason_parts.append("闲置原因字段值「%s」按%s处理" % (cause_text, res.cause_class))
        for p in list(res.problems) + notes:
            if p.message not in reason_parts:
                reason_parts.append(p.message)
            counts[(p.kind, p.field)] = counts.get((p.kind, p.field), 0) + 1
        if spatial_input:
            if empty[r]:
                notes_text.append("几何为空")
                counts[("empty_geometry", "")] = counts.get(("empty_geometry", ""), 0) + 1
            elif repaired[r]:
                notes_text.append("几何无效（自相交等），已用 make-valid 修复")
                counts[("invalid_geometry", "")] = counts.get(("invalid_geometry", ""), 0) + 1
        if values["land_price_field"] is not None:
            price = number("land_price_field")
            if price is not None and price <= 0:
                notes_text.append("字段「%s」值「%s」不大于0，未计算土地闲置费" % (cols["land_price_field"],
                                                                   val("land_price_field")))
        reason_parts.extend(notes_text)
        row = (res.flag, res.idle_days, res.basis, res.stage, res.consequence,
               res.cause_class if res.cause_class else (None if not cause_text else cause_text),
               1 if res.gov_caused else 0, res.disposal, res.idle_fee, as_of, "；".join(reason_parts))
        for (name, _, _), v in zip(IDLE_OUT, row):
            out[name][r] = v
        if res.flag == 1:
            bucket = "闲置土地·%s·%s%s" % (res.basis, res.stage, "（政府原因/不可抗力）" if res.gov_caused else "")
        elif res.flag == 0:
            bucket = "非闲置"
        else:
            bucket = "待核实"
        summary[bucket] = summary.get(bucket, 0) + 1
    geometry = fixed if spatial_input and repaired.any() else None
    return attach(gdf, out, IDLE_OUT, geometry), {"summary": summary, "problems": counts}


# ---- 批而未供 (core.unsupplied) ---------------------------------------------------------------------
# Row form per row until core.unsupplied has its columnar / spatial-decision entry points; mirrors
# landplan:flagunsupplied (attribute and spatial mode). The geometry (difference, slivers, building
# overlaps) is the engine's; every flag and reason text is the plugin's.

from ..core import unsupplied as unsup_rule  # noqa: E402
from ..core.dates import full_years_between, parse_date  # noqa: E402
from ..core.units import M2_PER_HA as _M2_PER_HA  # noqa: E402

UNSUP_CANDIDATES = {
    "approval_date_field": ["批准日期", "PZRQ", "批复日期", "PFRQ", "批准时间", "PZSJ", "approval_date"],
    "supply_date_field": ["供地日期", "GDRQ", "供应日期", "GYRQ", "签订日期", "supply_date"],
    "supply_status_field": ["供地状态", "GDZT", "供应状态", "GYZT", "是否供地", "SFGD", "supply_status"],
    "in_use_field": ["是否使用", "SFSY", "使用状态", "SYZT", "是否已使用", "in_use"],
    "area_field": ["批准面积", "PZMJ", "批复面积", "用地面积", "YDMJ"],
    "supplied_date_field": ["供地日期", "GDRQ", "供应日期", "GYRQ", "签订日期", "合同签订日期", "supply_date"],
}
UNSUP_OUT = (("unsup_flag", "i", 0), ("unsup_yrs", "i", 0), ("appr_age", "f", 2), ("appr_year", "i", 0),
             ("appr_mu", "f", 6), ("unsup_mu", "f", 6), ("unsup_ha", "f", 6), ("unsup_use", "i", 0),
             ("unsup_asof", "d", 0), ("unsup_rsn", "s", 0))


class UnsupConfig:
    def __init__(self, as_of, spatial_mode, tolerance, cols, area_unit, int_columns, crs, has_geom,
                 has_buildings, supplied_date_col=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def supplies_in_force(gdf, date_col, as_of, crs):
    """The supply polygons that count at ``as_of`` (dated on or before it, or undated / unreadable),
    reprojected to ``crs``; stats {after, bad_date, no_date, no_geom}."""
    stats = {"after": 0, "bad_date": 0, "no_date": 0, "no_geom": 0}
    keep = np.ones(len(gdf), dtype=bool)
    if date_col is not None:
        for i, raw in enumerate(column_values(gdf[date_col])):
            d, problem = parse_date(raw, date_col)
            if problem is not None:
                stats["bad_date"] += 1
            elif d is None:
                stats["no_date"] += 1
            elif d > as_of:
                stats["after"] += 1
                keep[i] = False
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    no_geom = shapely_missing(geoms)
    stats["no_geom"] = int((keep & no_geom).sum())
    sub = gdf[keep & ~no_geom]
    if crs is not None and sub.crs is not None and not sub.crs.equals(crs):
        sub = sub.to_crs(crs)
    return sub, stats


def _geoms_near(frames, bounds):
    """Geometries of ``frames`` whose bounding boxes meet ``bounds`` (one array)."""
    import shapely
    out = []
    for f in frames:
        if f is None or len(f) == 0:
            continue
        g = np.asarray(f.geometry.values, dtype=object)
        if bounds is not None:
            b = shapely.bounds(g)
            m = ~((b[:, 2] < bounds[0]) | (b[:, 0] > bounds[2]) | (b[:, 3] < bounds[1]) | (b[:, 1] > bounds[3]))
            g = g[m]
        out.append(g)
    return np.concatenate(out) if out else np.empty(0, dtype=object)


def _difference(geom, cands):
    import shapely
    try:
        union = cands[0] if len(cands) == 1 else shapely.union_all(cands)
        if union is None or union.is_empty:
            return None
        return geom.difference(union)
    except shapely.errors.GEOSException:
        return None


def _drop_slivers(rem, tolerance, measure):
    import shapely
    if rem.is_empty:
        return rem, 0.0, 0.0
    parts = shapely.get_parts(rem)
    if tolerance > 0 and len(parts) > 1:
        areas = measure(parts)
        kept = [p for p, a in zip(parts, areas) if a >= tolerance]
        area = float(sum(a for a in areas if a >= tolerance))
        dropped = float(sum(a for a in areas if a < tolerance))
        if len(kept) != len(parts):
            rem = shapely.MultiPolygon(kept) if kept and all(p.geom_type == "Polygon" for p in kept) else \
                (shapely.GeometryCollection(kept) if kept else shapely.MultiPolygon())
        return rem, area, dropped
    return rem, float(measure(np.array([rem], dtype=object))[0]), 0.0


def _buildings_on(geom, tree, geoms):
    import shapely
    if geom is None or geom.is_empty or tree is None:
        return 0
    idx = tree.query(geom, predicate="intersects")
    if len(idx) == 0:
        return 0
    return int((~shapely.touches(geom, geoms[idx])).sum())


def _num(v):
    return ("%.2f" % v).rstrip("0").rstrip(".")


def unsupplied_partition(gdf, supplies, buildings, cfg):
    """批而未供 of one partition of approvals; ``supplies`` / ``buildings``: lists of GeoDataFrames
    (already filtered and in the approvals' CRS) that may overlap it → (GeoDataFrame, summary)."""
    import shapely
    n = len(gdf)
    values = {k: (column_values(gdf[c], c in cfg.int_columns) if c else None) for k, c in cfg.cols.items()}
    geoms = np.asarray(gdf.geometry.values, dtype=object) if cfg.has_geom else np.full(n, None, object)
    missing = shapely_missing(geoms)
    fixed, repaired, _failed = spatial.repair(geoms)
    measurer = spatial.AreaMeasurer(cfg.crs)

    def measure(gs):
        return measurer.measure(np.asarray(gs, dtype=object))
    bounds = spatial.bounds_of(fixed[~missing]) if (~missing).any() else None
    s_geoms = _geoms_near(supplies or [], bounds) if cfg.spatial_mode else None
    s_tree = shapely.STRtree(s_geoms) if s_geoms is not None and len(s_geoms) else None
    b_geoms = _geoms_near(buildings or [], bounds) if cfg.has_buildings else None
    b_tree = shapely.STRtree(b_geoms) if b_geoms is not None and len(b_geoms) else None
    names = {key: cfg.cols[k] for key, k in (("approval_date", "approval_date_field"),
                                             ("supply_date", "supply_date_field"),
                                             ("supply_status", "supply_status_field"),
                                             ("in_use", "in_use_field")) if cfg.cols[k]}
    a_name = cfg.cols["approval_date_field"] or ""
    u_name = cfg.cols["in_use_field"] or ""
    as_of = cfg.as_of
    tolerance = cfg.tolerance
    out = {name: [None] * n for name, _, _ in UNSUP_OUT}
    out_geoms = np.full(n, None, dtype=object)
    rows, counts = [], {}
    undetermined = invalid_fixed = 0

    def val(key, r):
        v = values[key]
        return v[r] if v is not None else None

    for r in range(n):
        notes = []
        not_yet = False
        geom = None if missing[r] else fixed[r]
        if cfg.has_geom and geom is None and not cfg.spatial_mode:
            notes.append("几何为空")
            counts[("empty_geometry", "")] = counts.get(("empty_geometry", ""), 0) + 1
        if geom is not None and repaired[r]:
            notes.append("几何无效（自相交等），已用 make-valid 修复")
            invalid_fixed += 1
        if not cfg.spatial_mode:
            res = unsup_rule.assess_unsupplied(as_of, val("approval_date_field", r), val("supply_date_field", r),
                                               val("supply_status_field", r), val("in_use_field", r), names=names)
            for p in res.problems:
                notes.append(p.message)
                counts[(p.kind, p.field)] = counts.get((p.kind, p.field), 0) + 1
            not_yet = res.flag == 0 and res.age_years is None and res.approval_year is not None
            flag, yrs, age, year, in_use = res.flag, res.unsup_yrs, res.age_years, res.approval_year, res.in_use_flag
            reason = res.reason
            approved_m2 = None
            if cfg.cols["area_field"]:
                v, problem = parse_number(val("area_field", r), cfg.cols["area_field"])
                if problem is not None:
                    notes.append(problem.message)
                    counts[(problem.kind, problem.field)] = counts.get((problem.kind, problem.field), 0) + 1
                if v is not None:
                    approved_m2 = to_m2(v, cfg.area_unit)
            if approved_m2 is None and geom is not None:
                approved_m2 = float(measure([geom])[0])
            if approved_m2 is None and flag == 1:
                notes.append("无几何且面积为空，面积未计")
            unsup_m2 = None
            if approved_m2 is not None and flag is not None:
                unsup_m2 = approved_m2 if flag == 1 else 0.0
            out_geom = geom
            if flag == 1 and cfg.has_buildings and geom is not None:
                hits = _buildings_on(geom, b_tree, b_geoms)
                if hits:
                    if in_use != 1:
                        reason += "；现状建筑 %d 处压占，已批未供即用" % hits
                    in_use = 1
                elif in_use is None:
                    in_use = 0
            elif flag == 0 and in_use is None and cfg.has_buildings:
                in_use = 0
        else:
            approval = None
            year = yrs = age = None
            if cfg.cols["approval_date_field"]:
                approval, problem = parse_date(val("approval_date_field", r), a_name)
                if problem is not None:
                    notes.append(problem.message)
                    counts[(problem.kind, problem.field)] = counts.get((problem.kind, problem.field), 0) + 1
            out_geom = None
            approved_m2 = unsup_m2 = None
            in_use = None
            if approval is not None:
                year = approval.year
                if approval <= as_of:
                    age = unsup_rule.age_years(approval, as_of)
            if geom is None:
                flag = None
                reason = "待核实：批地几何为空，无法计算未供面积"
            elif approval is not None and approval > as_of:
                flag = 0
                not_yet = True
                approved_m2 = float(measure([geom])[0])
                unsup_m2 = 0.0
                reason = "批准日期 %s 晚于基准日 %s，基准日时尚未批准" % (approval, as_of)
            else:
                approved_m2 = float(measure([geom])[0])
                cands = s_geoms[s_tree.query(geom, predicate="intersects")] if s_tree is not None else []
                dropped_m2 = 0.0
                if len(cands) == 0:
                    rem, rem_m2 = geom, approved_m2
                else:
                    rem = _difference(geom, cands)
                    if rem is None:
                        cands = [spatial.polygonal(shapely.make_valid(g)) or g for g in cands]
                        rem = _difference(geom, cands)
                        notes.append("供地图形无效，已自动修复（makeValid）后计算")
                        invalid_fixed += 1
                    if rem is None:
                        rem_m2 = None
                    else:
                        rem, rem_m2, dropped_m2 = _drop_slivers(rem, tolerance, measure)
                if rem_m2 is None:
                    flag = None
                    reason = "待核实：求批地与供地差集失败"
                elif rem_m2 < tolerance or rem_m2 <= 0:
                    flag = 0
                    unsup_m2 = 0.0
                    if rem_m2 + dropped_m2 > 0:
                        reason = "已全部供地（剩余 %.2f 平方米小于容差 %s 平方米，忽略）" % (rem_m2 + dropped_m2, _num(tolerance))
                    else:
                        reason = "已全部供地"
                else:
                    flag = 1
                    unsup_m2 = rem_m2
                    out_geom = rem if rem.geom_type != "Polygon" else shapely.MultiPolygon([rem])
                    share = rem_m2 / approved_m2 * 100.0 if approved_m2 else 0.0
                    reason = "未被供地图斑覆盖 %.2f 亩（占批准面积 %.1f%%）" % (rem_m2 / M2_PER_MU, share)
                    if dropped_m2 > 0:
                        reason += "，另有 %.2f 平方米碎片小于容差已忽略" % dropped_m2
                    if len(cands) == 0:
                        reason = "截至基准日无供地图斑与之相交，全部未供（%.2f 亩）" % (rem_m2 / M2_PER_MU)
                    if approval is not None:
                        yrs = full_years_between(approval, as_of)
                        reason = "%s批准，%s；至基准日 %s 已批 %d 年未供（%.2f年）" % (approval, reason, as_of, yrs, age)
                    elif cfg.cols["approval_date_field"]:
                        reason += "；%s为空或无法识别，批准年限待核实" % a_name
            use = None
            if cfg.cols["in_use_field"]:
                raw_use = val("in_use_field", r)
                use = unsup_rule.parse_yes_no(raw_use)
                if use is None and raw_use not in (None, "") and str(raw_use).strip():
                    notes.append("字段「%s」值「%s」不是可识别的是/否取值，按未知处理" % (u_name, raw_use))
                    counts[("bad_text", u_name)] = counts.get(("bad_text", u_name), 0) + 1
            if flag == 1:
                hits = _buildings_on(out_geom, b_tree, b_geoms) if cfg.has_buildings else 0
                if use is True or hits:
                    in_use = 1
                    reason += "；已批未供即用" + ("（现状建筑 %d 处压占未供部分）" % hits if hits else "")
                elif use is False or cfg.has_buildings:
                    in_use = 0
            elif flag == 0 and (use is not None or cfg.has_buildings):
                in_use = 0
        if notes:
            reason = "；".join([reason] + notes) if reason else "；".join(notes)
        row = (flag, yrs if flag == 1 else None, age, year,
               approved_m2 / M2_PER_MU if approved_m2 is not None else None,
               unsup_m2 / M2_PER_MU if unsup_m2 is not None else None,
               unsup_m2 / _M2_PER_HA if unsup_m2 is not None else None, in_use, as_of, reason)
        for (name, _, _), v in zip(UNSUP_OUT, row):
            out[name][r] = v
        out_geoms[r] = out_geom
        if flag is None:
            undetermined += 1
        elif not not_yet:
            rows.append({"approval_year": year, "flag": flag, "area_m2": approved_m2 or 0.0,
                         "unsupplied_m2": unsup_m2 if flag == 1 else 0.0, "in_use_flag": in_use})
    years = unsup_rule.summarise_by_year(rows)
    result = attach(gdf, out, UNSUP_OUT, out_geoms if (cfg.spatial_mode or repaired.any()) else None)
    return result, {"years": years, "undetermined": undetermined, "invalid_fixed": invalid_fixed,
                    "problems": counts}


def combine_years(parts):
    """Per-partition YearSummary lists → one list by year (the unknown year last)."""
    by_year = {}
    for years in parts:
        for s in years:
            t = by_year.get(s.year)
            if t is None:
                t = by_year[s.year] = unsup_rule.YearSummary(year=s.year)
            t.count += s.count
            t.unsupplied_count += s.unsupplied_count
            t.undetermined_count += s.undetermined_count
            t.in_use_count += s.in_use_count
            t.approved_m2 += s.approved_m2
            t.unsupplied_m2 += s.unsupplied_m2
    known = sorted(y for y in by_year if y is not None)
    return [by_year[y] for y in known] + ([by_year[None]] if None in by_year else [])

"""Scoring standards (认定标准) for low-efficiency industrial land.

A standard is a JSON file (format ``landplan-standard/1``); the presets in
``resources/standards/`` are examples of it and ``resources/standards/README.md``
documents every key. Loading never touches QGIS.
"""
import json
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from .units import per_ha_to_per_mu

FORMAT = "landplan-standard/1"
INDICATORS = ("tax_per_mu", "invest_per_mu", "far", "coverage")

#: Chinese names and units, used in reasons and aliases
INDICATOR_NAMES = {
    "tax_per_mu": "亩均税收",
    "invest_per_mu": "投资强度",
    "far": "容积率",
    "coverage": "建筑系数",
}
INDICATOR_UNITS = {
    "tax_per_mu": "万元/亩",
    "invest_per_mu": "万元/亩",
    "far": "",
    "coverage": "%",
}

PRESET_IDS = ("puyang_etdz", "puyang_other", "zhengzhou_industry")


class StandardError(ValueError):
    """A standards file that cannot be used; the message is Chinese and names the key."""


@dataclass
class IndustryRow:
    code: str
    name: str
    far: Optional[float]
    #: 投资强度 per region class, already converted to 万元/亩
    invest_per_mu: Dict[str, float]


@dataclass
class Standard:
    id: str
    name: str
    description: str
    source: str
    thresholds: Dict[str, float]
    weights: Dict[str, float]
    cutoff: float
    industry_rows: Dict[str, IndustryRow] = field(default_factory=dict)
    region_classes: List[str] = field(default_factory=list)
    default_region: Optional[str] = None
    path: Optional[str] = None

    @property
    def per_industry(self):
        return bool(self.industry_rows)

    def thresholds_for(self, industry_code=None, region=None) -> Tuple[Dict[str, float], Optional[str]]:
        """Thresholds for one parcel, and a Chinese note when a fallback was used.

        For a per-industry standard the row is found by the two-digit GB/T 4754 division
        (大类) at the start of the code: ``'2611'`` and ``26`` both give row 26.
        """
        if not self.industry_rows:
            return self.thresholds, None
        code = normalise_industry_code(industry_code)
        row = self.industry_rows.get(code) if code else None
        if row is None:
            if code:
                note = "行业代码「%s」不在%s表中，按默认阈值评价" % (industry_code, self.name)
            elif isinstance(industry_code, str) and industry_code.strip():
                note = "行业代码「%s」无法识别，按默认阈值评价" % industry_code.strip()
            else:
                note = "未填行业代码，按默认阈值评价"
            return self.thresholds, note
        result = dict(self.thresholds)
        if row.far is not None:
            result["far"] = row.far
        region_key = normalise_region(region, self.region_classes, self.default_region)
        if region_key is None:
            region_key = self.default_region
        if region_key in row.invest_per_mu:
            result["invest_per_mu"] = row.invest_per_mu[region_key]
        note = None
        if region is None or not str(region).strip():
            note = "区域类别为空，投资强度按「%s」取值" % self.default_region
        elif normalise_region(region, self.region_classes, None) is None:
            note = "区域类别「%s」无法识别，按「%s」取值" % (region, self.default_region)
        return result, note


def normalise_industry_code(raw) -> Optional[str]:
    """Two-digit GB/T 4754 division from a code given as text or number (13, '13', '1310', 'C13')."""
    if raw is None:
        return None
    if isinstance(raw, float):
        if raw != raw:  # NaN
            return None
        raw = int(raw) if raw == int(raw) else raw
    text = str(raw).strip().upper()
    if text.startswith("C"):  # 门类 C 制造业 prefix, e.g. C2611
        text = text[1:]
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) < 2:
        return None
    return digits[:2]


def normalise_region(raw, classes, default):
    if raw is None:
        return default
    text = str(raw).strip()
    if not text:
        return default
    for cls in classes:
        if text == cls:
            return cls
    # loose matches: "市区" → 郑州市区, "其他" → 其他区域
    for cls in classes:
        if text in cls or cls in text:
            return cls
    return None


def _number(obj, key, where):
    try:
        value = obj[key]
    except (KeyError, TypeError) as err:
        raise StandardError("标准文件%s缺少「%s」" % (where, key)) from err
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise StandardError("标准文件%s的「%s」应为数字，实际为「%s」" % (where, key, value))
    return float(value)


def standard_from_dict(data, path=None) -> Standard:
    where = "「%s」" % os.path.basename(path) if path else ""
    if not isinstance(data, dict):
        raise StandardError("标准文件%s应为JSON对象" % where)
    fmt = data.get("format", FORMAT)
    if fmt != FORMAT:
        raise StandardError("标准文件%s的格式「%s」不受支持（应为 %s）" % (where, fmt, FORMAT))
    thresholds = {k: _number(data.get("thresholds", {}), k, where + "thresholds") for k in INDICATORS}
    weights = {k: _number(data.get("weights", {}), k, where + "weights") for k in INDICATORS}
    if any(w < 0 for w in weights.values()):
        raise StandardError("标准文件%s的权重不能为负数" % where)
    cutoff = _number(data, "cutoff", where) if "cutoff" in data else 0.7
    for k, v in thresholds.items():
        if v <= 0:
            raise StandardError("标准文件%s的阈值「%s」应大于0" % (where, k))
    std = Standard(
        id=str(data.get("id") or (os.path.splitext(os.path.basename(path))[0] if path else "custom")),
        name=str(data.get("name") or data.get("id") or "自定义标准"),
        description=str(data.get("description", "")),
        source=str(data.get("source", "")),
        thresholds=thresholds,
        weights=weights,
        cutoff=cutoff,
        path=path,
    )
    table = data.get("industry_table")
    if table:
        unit = table.get("invest_unit", "万元/亩")
        if unit not in ("万元/亩", "万元/公顷"):
            raise StandardError("标准文件%s的invest_unit应为「万元/亩」或「万元/公顷」" % where)
        std.region_classes = list(table.get("region_classes") or [])
        std.default_region = table.get("default_region") or (std.region_classes[-1] if std.region_classes else None)
        for i, row in enumerate(table.get("rows") or []):
            code = normalise_industry_code(row.get("code"))
            if code is None:
                raise StandardError("标准文件%s行业表第%d行的行业代码「%s」无效" % (where, i + 1, row.get("code")))
            invest = {}
            raw_invest = row.get("invest_per_ha" if unit == "万元/公顷" else "invest_per_mu") or {}
            if not isinstance(raw_invest, dict):
                raw_invest = {cls: raw_invest for cls in std.region_classes} or {"": raw_invest}
            for cls, _value in raw_invest.items():
                v = _number(raw_invest, cls, "%s行业表第%d行" % (where, i + 1))
                invest[cls] = per_ha_to_per_mu(v) if unit == "万元/公顷" else v
            far = row.get("far")
            std.industry_rows[code] = IndustryRow(
                code=code, name=str(row.get("name", "")),
                far=float(far) if far is not None else None, invest_per_mu=invest)
    return std


def load_standard(path) -> Standard:
    """Load a standards file; raises :class:`StandardError` with a Chinese message."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise StandardError("无法读取标准文件「%s」：%s" % (path, exc)) from exc
    except ValueError as exc:
        raise StandardError("标准文件「%s」不是有效的JSON：%s" % (path, exc)) from exc
    return standard_from_dict(data, path)


def standards_dir():
    from ..paths import resources_dir
    return os.path.join(resources_dir(), "standards")


def load_preset(preset_id) -> Standard:
    if preset_id not in PRESET_IDS:
        raise StandardError("未知的预置标准「%s」" % preset_id)
    return load_standard(os.path.join(standards_dir(), preset_id + ".json"))

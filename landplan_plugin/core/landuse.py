"""Land-use codes: normalisation and classification presets .

A **preset** (``resources/landuse/*.json``; format in ``resources/landuse/README.md``) says, for
one classification system, which codes are industrial land (工矿仓储 — split into 工业 / 采矿 /
仓储 — or 工业 only), which are construction land (the base of the share), and which codes exist
at all (``known``), so that codes outside the system can be reported instead of silently
ignored. Shipped presets:

* ``sandiao_2017`` — 三调 / GB/T 21010-2017 (default);
* ``guotu_2023``   — 国土空间调查、规划、用途管制用地用海分类指南 (2023);
* ``gb50137_2011`` — GB 50137-2011 城市用地分类.

Code normalisation (:func:`normalise_code`)
-------------------------------------------
Codes arrive as text or numbers, often without their leading zero (601 for "0601"):

1. None / NULL / blank → ``''``;
2. numbers: an integral int/float/Decimal becomes its digits (601, 601.0 → ``'601'``); text
   such as ``'601.0'`` loses the ``.0``;
3. text: NFKC (full-width → half-width), surrounding spaces removed, upper-case
   (``'05h1'`` → ``'05H1'``, ``'m1'`` → ``'M1'``); a code followed by its name
   (``'0601 工业用地'``, ``'0601工业用地'``) keeps the code;
4. zero padding, by the preset's ``code_widths`` (the digit counts its numeric codes have):
   when the leading digit run has a length that is not a width but one more would be, one
   ``0`` is prefixed. 三调 (widths 2, 4): ``'9'`` → ``'09'``, ``'601'`` → ``'0601'``,
   ``'5H1'`` → ``'05H1'``, ``'201K'`` → ``'0201K'``. 2023 guide (widths 2, 4, 6): also
   ``'70101'`` → ``'070101'``. GB 50137 has letter codes and no widths: nothing is padded.
   Without a preset the widths are (2, 4, 6).

Patterns
--------
In a preset, a class is a list of patterns; ``'0601'`` matches exactly that code, ``'06*'``
matches every code starting with ``06`` (``06`` itself included). Patterns are compared after
NFKC + upper-case; write them with their full width (``'0601'``, not ``'601'``).

A code is **known** when it is listed in the preset's ``known`` table (a preset without one
treats every code as known). Unknown codes count as neither industrial nor construction land —
:func:`classify_array` says ``known=False`` so the caller can list them.
"""
import os
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Dict, List, Optional, Sequence, Tuple

from .datafile import check_header, data_path, read_json


__all__ = [
    "LandUsePreset", "PresetError",
    "DEFAULT_PRESET", "VARIANT_INDUSTRIAL", "VARIANT_INDUSTRIAL_ONLY", "VARIANTS",
    "VARIANT_LABELS", "FORMAT", "DEFAULT_WIDTHS",
    "normalise_code", "code_matches", "load_preset", "list_presets", "presets_dir",
    "preset_from_dict", "classify_array", "distinct_values",
]

FORMAT = "landplan-landuse/1"
DEFAULT_PRESET = "sandiao_2017"
VARIANT_INDUSTRIAL = "industrial"            # 工矿仓储 (默认)
VARIANT_INDUSTRIAL_ONLY = "industrial_only"  # 仅工业
VARIANTS = (VARIANT_INDUSTRIAL, VARIANT_INDUSTRIAL_ONLY)
VARIANT_LABELS = {VARIANT_INDUSTRIAL: "工矿仓储用地", VARIANT_INDUSTRIAL_ONLY: "仅工业用地"}
DEFAULT_WIDTHS = (2, 4, 6)


class PresetError(ValueError):
    """A preset file that cannot be used (message in Chinese, names the file)."""


# ---------------------------------------------------------------------------------------------
# normalisation

_RE_FLOAT_TEXT = re.compile(r"^(\d+)\.0*$")
_RE_CODE_THEN_NAME = re.compile(r"^([0-9A-Za-z]+)\s*[\u3400-\u9fff].*$")
_RE_LEAD_DIGITS = re.compile(r"^(\d+)([A-Z][0-9A-Z]*)?$")


def normalise_code(raw, widths: Sequence[int] = DEFAULT_WIDTHS) -> str:
    """Normalise one land-use code (rules: module docstring). Never raises; '' for missing."""
    if raw is None or isinstance(raw, bool):
        return ""
    if isinstance(raw, (int, float, Decimal)):
        try:
            if raw != raw or float(raw) in (float("inf"), float("-inf")):
                return ""
            text = str(int(raw)) if float(raw).is_integer() else str(raw)
        except (OverflowError, ValueError):
            return ""
    else:
        is_null = getattr(raw, "isNull", None)
        if callable(is_null):
            try:
                if is_null():
                    return ""
            except Exception:
                pass
        text = str(raw)
    text = unicodedata.normalize("NFKC", text).strip()
    m = _RE_CODE_THEN_NAME.match(text)
    if m:
        text = m.group(1)
    text = re.sub(r"\s+", "", text).upper()
    m = _RE_FLOAT_TEXT.match(text)
    if m:
        text = m.group(1)
    if widths:
        m = _RE_LEAD_DIGITS.match(text)
        if m:
            digits, rest = m.group(1), m.group(2) or ""
            if len(digits) not in widths and (len(digits) + 1) in widths:
                text = "0" + digits + rest
    return text


def _norm_pattern(p) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(p))).upper()


def code_matches(code: str, patterns: Sequence[str]) -> bool:
    """``code`` (normalised) equals a pattern, or starts with a pattern's stem ending in ``*``."""
    for p in patterns:
        if p.endswith("*"):
            if code.startswith(p[:-1]):
                return True
        elif code == p:
            return True
    return False


# ---------------------------------------------------------------------------------------------
# presets

@dataclass
class LandUsePreset:
    """One classification preset (see ``resources/landuse/README.md``).

    ``industrial`` / ``industrial_only``: breakdown key (工业 / 采矿 / 仓储 / …) → patterns;
    ``construction``: patterns; ``known``: code → name (empty = no unknown-code check).
    """
    id: str
    name: str
    description: str = ""
    source: str = ""
    code_widths: Tuple[int, ...] = DEFAULT_WIDTHS
    industrial: Dict[str, List[str]] = field(default_factory=dict)
    industrial_only: Dict[str, List[str]] = field(default_factory=dict)
    construction: List[str] = field(default_factory=list)
    known: Dict[str, str] = field(default_factory=dict)
    path: Optional[str] = None
    _cache: Dict[str, dict] = field(default_factory=dict, repr=False, compare=False)

    def normalise(self, raw) -> str:
        return normalise_code(raw, self.code_widths)

    def _numerator(self, variant):
        if variant == VARIANT_INDUSTRIAL_ONLY:
            return self.industrial_only
        if variant == VARIANT_INDUSTRIAL:
            return self.industrial
        raise ValueError("unknown variant %r (expected one of %s)" % (variant, VARIANTS))


def _classify_code(preset, code, variant):
    """``(is_industrial, is_construction, breakdown key or None, known)`` of one normalised code:
    unknown and missing codes are ``(False, False, None, False)``."""
    numerator = preset._numerator(variant)
    if not code or (preset.known and code not in preset.known):
        return False, False, None, False
    breakdown = next((bkey for bkey, patterns in numerator.items() if code_matches(code, patterns)), None)
    return breakdown is not None, code_matches(code, preset.construction), breakdown, True


#: raw values remembered per preset and variant (a layer repeats its codes; a field of unique texts
#: taken for the code field must not grow the memory without bound)
_CACHE_LIMIT = 100000


def distinct_values(values):
    """(distinct values in first-seen order, int64 array: the index of each value among them).
    Values are told apart by type and value (601 and "601" stay apart); unhashable values by their
    text."""
    import numpy as np
    seen, distinct, ids = {}, [], []
    for value in values:
        try:
            key = (type(value), value)
            k = seen.get(key)
        except TypeError:  # unhashable values: by their text
            value = str(value)
            key = (str, value)
            k = seen.get(key)
        if k is None:
            k = seen[key] = len(distinct)
            distinct.append(value)
        ids.append(k)
    return distinct, np.array(ids, dtype=np.int64)


def classify_array(preset, codes, variant=VARIANT_INDUSTRIAL):
    """How land-use codes count, for any number of codes: raw codes (any sequence / object array)
    → dict of arrays ``industrial``, ``construction``, ``known`` (bool), ``breakdown`` (object:
    the breakdown key or None) and ``code`` (object: the normalised code). ``preset`` is a
    :class:`LandUsePreset`, a preset id or a file path. Each distinct raw value is classified once.
    A code is known when the preset's ``known`` table lists it (a preset without one knows every
    non-empty code); unknown codes count as neither industrial nor construction land."""
    import numpy as np
    preset = load_preset(preset)
    preset._numerator(variant)  # an unknown variant raises even for no codes
    distinct, idx = distinct_values(np.asarray(codes, dtype=object).ravel().tolist())
    cache = preset._cache.setdefault(variant, {})
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    rows = []
    for value in distinct:
        key = (type(value), value)
        hit = cache.get(key)
        if hit is None:
            code = preset.normalise(value)
            hit = cache[key] = _classify_code(preset, code, variant) + (code,)
        rows.append(hit)
    columns = list(zip(*rows)) if rows else [()] * 5
    out = {}
    for name, values, dtype in zip(("industrial", "construction", "breakdown", "known", "code"), columns,
                                   (bool, bool, object, bool, object)):
        per_distinct = np.empty(len(values), dtype=dtype)
        per_distinct[:] = values
        out[name] = per_distinct[idx]
    return out


def presets_dir() -> str:
    """``<resources>/landuse`` (see :func:`landplan_plugin.paths.resources_dir`)."""
    from ..paths import resources_dir
    return os.path.join(resources_dir(), "landuse")


def _err(path, text):
    return PresetError("用地分类文件「%s」%s" % (path, text))


def _pattern_list(value, path, where) -> List[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise _err(path, "中「%s」应为代码列表（字符串数组）" % where)
    return [_norm_pattern(v) for v in value]


def _breakdown(value, path, where) -> Dict[str, List[str]]:
    if isinstance(value, list):  # 允许直接给代码列表：不分项，键为 where 的中文名
        return {"工业" if where == VARIANT_INDUSTRIAL_ONLY else "工矿仓储": _pattern_list(value, path, where)}
    if not isinstance(value, dict) or not value:
        raise _err(path, "中「%s」应为 {分项名: 代码列表} 对象" % where)
    return {str(k): _pattern_list(v, path, "%s.%s" % (where, k)) for k, v in value.items()}


def preset_from_dict(data, path="<dict>") -> LandUsePreset:
    """Build and check a preset from parsed JSON; raises :class:`PresetError`."""
    check_header(data, path, FORMAT, _err)
    classes = data.get("classes")
    if not isinstance(classes, dict):
        raise _err(path, "缺少「classes」")
    if "industrial" not in classes or "construction" not in classes:
        raise _err(path, "的 classes 必须有「industrial」和「construction」")
    industrial = _breakdown(classes["industrial"], path, VARIANT_INDUSTRIAL)
    if "industrial_only" in classes:
        industrial_only = _breakdown(classes["industrial_only"], path, VARIANT_INDUSTRIAL_ONLY)
    else:
        industrial_only = {k: v for k, v in industrial.items() if k == "工业"} or industrial
    construction = _pattern_list(classes["construction"], path, "construction")
    known_raw = classes.get("known", {})
    if not isinstance(known_raw, dict):
        raise _err(path, "中「known」应为 {代码: 名称} 对象")
    widths = data.get("code_widths", list(DEFAULT_WIDTHS))
    if not isinstance(widths, list) or not all(isinstance(w, int) and w > 0 for w in widths):
        raise _err(path, "中「code_widths」应为正整数数组")
    known = {normalise_code(k, widths): str(v) for k, v in known_raw.items()}
    preset = LandUsePreset(
        id=data["id"].strip(), name=data["name"].strip(),
        description=str(data.get("description", "")), source=str(data.get("source", "")),
        code_widths=tuple(widths), industrial=industrial, industrial_only=industrial_only,
        construction=construction, known=known, path=None if path == "<dict>" else path)
    # 分子必须是分母的子集，否则比例可能超过 100%
    codes = list(known)
    for variant in VARIANTS:
        cls = classify_array(preset, codes, variant)
        for code, is_ind, is_con in zip(codes, cls["industrial"], cls["construction"]):
            if is_ind and not is_con:
                raise _err(path, "中代码「%s」计入工业用地却不在 construction（建设用地）中" % code)
    return preset


_LOADED: Dict[str, Tuple[float, LandUsePreset]] = {}


def load_preset(id_or_path) -> LandUsePreset:
    """Load a preset by id (``resources/landuse/<id>.json``) or by file path.

    Raises :class:`PresetError` (Chinese message naming the file) when the file is missing or
    malformed. Files are cached and re-read when they change on disk.
    """
    if isinstance(id_or_path, LandUsePreset):
        return id_or_path
    path = data_path(id_or_path, presets_dir())
    if not os.path.isfile(path):
        available = "、".join(p.id for p in list_presets()) or "无"
        raise _err(path, "不存在（可用的预设：%s）" % available)
    try:
        mtime = os.path.getmtime(path)
    except OSError as exc:
        raise _err(path, "无法读取：%s" % exc) from None
    cached = _LOADED.get(path)
    if cached and cached[0] == mtime:
        return cached[1]
    data = read_json(path, _err)
    preset = preset_from_dict(data, path)
    _LOADED[path] = (mtime, preset)
    return preset


def list_presets() -> List[LandUsePreset]:
    """All presets in ``resources/landuse`` (default first, then by id). Bad files are skipped."""
    folder = presets_dir()
    out = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    for name in names:
        if not name.lower().endswith(".json"):
            continue
        try:
            out.append(load_preset(os.path.join(folder, name)))
        except PresetError:
            continue
    out.sort(key=lambda p: (p.id != DEFAULT_PRESET, p.id))
    return out

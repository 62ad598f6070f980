"""Enterprise tables (税务 / 统计 / 发改 figures) joined onto parcels (SPEC §8, §10 ``joinenterprises``).

**Codes.** A 统一社会信用代码 (GB 32100-2015) is 18 characters from the alphabet
``0123456789ABCDEFGHJKLMNPQRTUWXY`` (no I, O, S, V, Z). Before checking, a code is normalised:
full-width → half-width, upper case, all spaces removed. The 18th character is the check
character: with cᵢ the alphabet index of character i and weights
1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28, check = 31 − (Σ wᵢcᵢ mod 31), 31 → 0.
A code that fails (length, character, check character) is **reported and never matched loosely**
(no nearest code, no prefix match).

**Names.** Normalised for matching: full-width → half-width (so （） → ()), upper case for Latin
letters, all spaces removed, and a trailing 有限责任公司 / 有限公司 dropped (so 「甲科技有限公司」,
「甲科技有限责任公司」 and 「甲 科技」 match; 「甲科技股份有限公司」 stays 「甲科技股份」).

**Matching** (per parcel): a parcel with a valid code matches the table row with that code
(``代码``); the names are compared and a disagreement is reported (the code still decides).
A parcel without a usable code (missing or invalid) — or whose valid code is not in the table —
falls back to the normalised name (``名称``), but never onto a row that carries a different valid
code. A code or name that appears on several table rows with different figures is ambiguous:
not matched, reported. Rows with identical figures are one row (the duplicate is still reported).
Everything else is ``未匹配``.

**Allocation.** An enterprise's numeric totals (税收, 投资, 产值 …) are shared among all of its
matched parcels by land area: value × area ÷ the enterprise's land, so per-mu figures computed
downstream (total ÷ parcel area) equal the enterprise's total ÷ all its land. An enterprise with
one parcel gives it the whole total. When an enterprise has several parcels and one of them has no
usable area (missing, zero, negative), its totals are not allocated (NULL, named): any split
would be a guess.

Pure Python + numpy; never raises on bad data.
"""
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import numpy as np

from .units import M2_PER_MU
from .values import is_missing, parse_number

__all__ = [
    "CODE_ALPHABET", "CODE_WEIGHTS", "MATCH_CODE", "MATCH_NAME", "MATCH_NONE",
    "normalise_code", "check_character", "check_code", "check_codes", "normalise_name", "normalise_names",
    "match_parcels", "MatchResult", "shares_for", "allocate", "numeric_column", "find_header_row",
    "column_names", "find_column",
]

CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_INDEX = {ch: i for i, ch in enumerate(CODE_ALPHABET)}
_LUT = np.full(256, -1, dtype=np.int64)
for _ch, _i in _INDEX.items():
    _LUT[ord(_ch)] = _i

MATCH_CODE = "代码"
MATCH_NAME = "名称"
MATCH_NONE = "未匹配"
CODE_LABEL = "统一社会信用代码"
_SUFFIXES = ("有限责任公司", "有限公司")


# ---------------------------------------------------------------------------------------------
# codes
# ---------------------------------------------------------------------------------------------
def normalise_code(raw) -> Optional[str]:
    """Upper case, half-width, no spaces; None when missing. Integers (codes typed as numbers in
    Excel) become their digits; a float is written out in full (it fails the check if Excel
    rounded it)."""
    if is_missing(raw):
        return None
    if isinstance(raw, bool):
        return str(raw).upper()
    if isinstance(raw, int):
        text = str(raw)
    elif isinstance(raw, float):
        text = ("%.0f" % raw) if math.isfinite(raw) and raw == int(raw) else repr(raw)
    else:
        text = str(raw)
    text = unicodedata.normalize("NFKC", text).upper()
    text = re.sub(r"[\s\u200b\u200c\u200d\ufeff]+", "", text)
    return text or None


def check_character(first17: str) -> Optional[str]:
    """The GB 32100 check character of 17 characters; None when one is outside the alphabet."""
    total = 0
    for ch, w in zip(first17, CODE_WEIGHTS):
        i = _INDEX.get(ch)
        if i is None:
            return None
        total += i * w
    c = 31 - total % 31
    return CODE_ALPHABET[0 if c == 31 else c]


def check_code(raw, field_name=CODE_LABEL) -> Tuple[Optional[str], Optional[str]]:
    """(valid normalised code, None), (None, None) when missing, or (None, problem text)."""
    code = normalise_code(raw)
    if code is None:
        return None, None
    shown = str(raw).strip()
    if len(code) != 18:
        return None, "%s「%s」不是18位（%d位），不参与按代码匹配" % (field_name, shown, len(code))
    bad = sorted({ch for ch in code if ch not in _INDEX})
    if bad:
        return None, "%s「%s」含非法字符「%s」（代码不用 I、O、S、V、Z），不参与按代码匹配" % (field_name, shown, "".join(bad))
    expected = check_character(code[:17])
    if expected != code[17]:
        return None, "%s「%s」校验位错误（应为「%s」），不参与按代码匹配" % (field_name, shown, expected)
    return code, None


def check_codes(raw_values, field_name=CODE_LABEL) -> Tuple[np.ndarray, np.ndarray]:
    """Columnar :func:`check_code`: (object array of valid codes or None, object array of problems
    or None). The check character is computed for all well-formed codes at once."""
    raw = list(raw_values)
    n = len(raw)
    codes = np.empty(n, dtype=object)
    problems = np.empty(n, dtype=object)
    norm = [normalise_code(r) for r in raw]
    shaped = [i for i, c in enumerate(norm) if c is not None and len(c) == 18 and c.isascii()]
    ok = np.zeros(n, dtype=bool)
    if shaped:
        mat = np.frombuffer("".join(norm[i] for i in shaped).encode("ascii"), dtype=np.uint8).reshape(-1, 18)
        idx = _LUT[mat]
        valid_chars = (idx >= 0).all(axis=1)
        total = (idx[:, :17] * np.array(CODE_WEIGHTS)).sum(axis=1)
        check = 31 - total % 31
        check[check == 31] = 0
        good = valid_chars & (check == idx[:, 17])
        ok[np.array(shaped)[good]] = True
    for i in range(n):
        if ok[i]:
            codes[i], problems[i] = norm[i], None
        elif norm[i] is None:
            codes[i], problems[i] = None, None
        else:
            codes[i], problems[i] = check_code(raw[i], field_name)
    return codes, problems


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------
def normalise_name(raw) -> Optional[str]:
    """Matching key of a company name (see the module docstring); None when missing."""
    if is_missing(raw):
        return None
    text = unicodedata.normalize("NFKC", str(raw)).upper()
    text = re.sub(r"[\s\u200b\u200c\u200d\ufeff]+", "", text)
    text = text.replace("〔", "(").replace("〕", ")").replace("[", "(").replace("]", ")")
    for suffix in _SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[:-len(suffix)]
            break
    return text or None


def normalise_names(raw_values) -> np.ndarray:
    """Columnar :func:`normalise_name` (each distinct value normalised once)."""
    raw = list(raw_values)
    cache = {}
    out = np.empty(len(raw), dtype=object)
    for i, r in enumerate(raw):
        key = (type(r), r) if isinstance(r, (str, int, float)) or r is None else None
        if key is not None and key in cache:
            out[i] = cache[key]
            continue
        value = normalise_name(r)
        if key is not None:
            cache[key] = value
        out[i] = value
    return out


# ---------------------------------------------------------------------------------------------
# matching
# ---------------------------------------------------------------------------------------------
@dataclass
class MatchResult:
    rows: np.ndarray                  # table row index per parcel, -1 = none
    kinds: np.ndarray                 # 代码 / 名称 / 未匹配 per parcel
    notes: List[List[str]]            # per parcel, Chinese
    problems: List[str] = field(default_factory=list)          # run-level, Chinese, named
    unmatched_rows: List[int] = field(default_factory=list)
    duplicate_codes: List[str] = field(default_factory=list)
    name_conflicts: List[str] = field(default_factory=list)
    invalid_table_codes: List[int] = field(default_factory=list)


_AMBIGUOUS = -2


def _index(keys, values):
    """key → row index (first row), or _AMBIGUOUS when rows with that key carry different figures;
    plus the keys that occur on several rows."""
    rows = {}
    for i, k in enumerate(keys):
        if k is not None:
            rows.setdefault(k, []).append(i)
    index, dupes = {}, []
    for k, rs in rows.items():
        if len(rs) > 1:
            dupes.append(k)
            same = values is None or all(values[r] == values[rs[0]] for r in rs[1:])
            index[k] = rs[0] if same else _AMBIGUOUS
        else:
            index[k] = rs[0]
    return index, dupes, rows


def match_parcels(parcel_codes, parcel_names, table_codes, table_names, table_values=None,
                  parcel_labels=None, row_labels=None) -> MatchResult:
    """Match parcels to table rows (rules in the module docstring).

    ``table_values``: per table row, a hashable tuple of the figures joined (to tell harmless
    duplicate rows from conflicting ones). ``parcel_labels`` / ``row_labels`` name parcels and
    rows in the problems (default 「宗地第n个」 / 「第n行」)."""
    n_p, n_t = len(parcel_codes), len(table_codes)
    plabels = list(parcel_labels) if parcel_labels is not None else ["宗地第%d个" % (i + 1) for i in range(n_p)]
    rlabels = list(row_labels) if row_labels is not None else ["第%d行" % (i + 1) for i in range(n_t)]
    t_codes, t_code_problems = check_codes(table_codes, "表中" + CODE_LABEL)
    t_names = normalise_names(table_names)
    p_codes, p_code_problems = check_codes(parcel_codes, CODE_LABEL)
    p_names = normalise_names(parcel_names)
    result = MatchResult(rows=np.full(n_p, -1, dtype=np.int64), kinds=np.full(n_p, MATCH_NONE, dtype=object),
                         notes=[[] for _ in range(n_p)])
    for i in range(n_t):
        if t_code_problems[i]:
            result.invalid_table_codes.append(i)
            result.problems.append("表%s：%s" % (rlabels[i], t_code_problems[i]))
    by_code, dup_codes, code_rows = _index(list(t_codes), table_values)
    by_name, dup_names, name_rows = _index(list(t_names), table_values)
    for code in dup_codes:
        result.duplicate_codes.append(code)
        how = "数值相同，按一行挂接" if by_code[code] >= 0 else "数值不同，不挂接"
        result.problems.append("表中%s「%s」重复（%s）：%s" % (CODE_LABEL, code, "、".join(rlabels[r] for r in code_rows[code]), how))
    for name in dup_names:
        if by_name[name] == _AMBIGUOUS:
            result.problems.append("表中企业名称「%s」重复且数值不同（%s）：按名称不挂接" % (
                table_names[name_rows[name][0]], "、".join(rlabels[r] for r in name_rows[name])))
    conflicts_seen = set()
    for p in range(n_p):
        notes = result.notes[p]
        if p_code_problems[p]:
            notes.append(p_code_problems[p])
        code, name = p_codes[p], p_names[p]
        row, kind = -1, MATCH_NONE
        if code is not None:
            hit = by_code.get(code)
            if hit == _AMBIGUOUS:
                notes.append("表中%s「%s」重复且数值不同，未挂接" % (CODE_LABEL, code))
            elif hit is not None:
                row, kind = hit, MATCH_CODE
                if name is not None and t_names[hit] is not None and t_names[hit] != name:
                    text = "%s「%s」：宗地名称「%s」与表中名称「%s」不一致（按代码挂接）" % (
                        CODE_LABEL, code, parcel_names[p], table_names[hit])
                    notes.append(text)
                    if (code, name) not in conflicts_seen:
                        conflicts_seen.add((code, name))
                        result.name_conflicts.append(text)
        if row < 0 and name is not None and not (code is not None and by_code.get(code) == _AMBIGUOUS):
            hit = by_name.get(name)
            if hit == _AMBIGUOUS:
                notes.append("表中企业名称「%s」重复且数值不同，未挂接" % parcel_names[p])
            elif hit is not None:
                other = t_codes[hit]
                if code is not None and other is not None and other != code:
                    notes.append("名称与表%s相同，但%s不同（宗地「%s」，表中「%s」），未挂接" % (
                        rlabels[hit], CODE_LABEL, code, other))
                else:
                    row, kind = hit, MATCH_NAME
                    if code is not None:
                        notes.append("%s「%s」不在表中，按名称挂接" % (CODE_LABEL, code))
        if row < 0 and code is None and name is None:
            notes.append("宗地没有%s和企业名称，无法挂接" % CODE_LABEL)
        elif row < 0 and not notes:
            notes.append("表中没有此企业")
        result.rows[p], result.kinds[p] = row, kind
    matched = set(int(r) for r in result.rows if r >= 0)
    for i in range(n_t):
        if i in matched or (t_codes[i] is None and t_names[i] is None):
            continue
        if t_codes[i] is not None and by_code.get(t_codes[i]) not in (i, _AMBIGUOUS):
            continue      # a duplicate of a matched (or unmatched) first row: reported once with it
        result.unmatched_rows.append(i)
        result.problems.append("表%s（%s）未挂接到任何宗地" % (rlabels[i], table_names[i] or table_codes[i]))
    for p in range(n_p):
        if result.rows[p] < 0:
            result.problems.append("%s未挂接：%s" % (plabels[p], "；".join(result.notes[p])))
    for text in result.name_conflicts:
        result.problems.append(text)
    return result


# ---------------------------------------------------------------------------------------------
# allocation by area share
# ---------------------------------------------------------------------------------------------
def shares_for(areas_m2: Sequence[Optional[float]]) -> Tuple[List[Optional[float]], Optional[str]]:
    """Row form for one enterprise: each parcel's share of its land, or Nones and a reason when
    the split cannot be made (several parcels, one without a positive area)."""
    areas = [None if a is None or not math.isfinite(a) else a for a in areas_m2]
    if len(areas) == 1:
        return [1.0], None
    if any(a is None or a <= 0 for a in areas):
        bad = sum(1 for a in areas if a is None or a <= 0)
        return [None] * len(areas), "企业有%d宗地，其中%d宗面积缺失或不大于0，无法按面积分摊" % (len(areas), bad)
    total = sum(areas)
    return [a / total for a in areas], None


def allocate(rows, areas_m2, totals):
    """Columnar allocation.

    ``rows``: table row per parcel (-1 = unmatched); ``areas_m2``: float array (NaN = missing);
    ``totals``: (n_rows, k) float array of the enterprise's totals (NaN = missing).
    Returns (allocated (n_parcels, k) with NaN for none, share (NaN = none), enterprise land in 亩
    (NaN = none), {row: reason} for enterprises whose totals could not be split)."""
    rows = np.asarray(rows, dtype=np.int64)
    areas = np.asarray(areas_m2, dtype=float)
    totals = np.asarray(totals, dtype=float)
    if totals.ndim != 2:
        totals = np.zeros((0, 0))
    k = totals.shape[1]
    n = rows.shape[0]
    share = np.full(n, np.nan)
    land_mu = np.full(n, np.nan)
    out = np.full((n, k), np.nan)
    reasons = {}
    matched = rows >= 0
    if not matched.any():
        return out, share, land_mu, reasons
    r = rows[matched]
    a = areas[matched]
    n_rows = int(r.max()) + 1
    count = np.bincount(r, minlength=n_rows)
    usable = np.isfinite(a) & (a > 0)
    bad = np.bincount(r, weights=(~usable).astype(float), minlength=n_rows)
    land = np.bincount(r, weights=np.where(usable, a, 0.0), minlength=n_rows)
    single = count[r] == 1
    splittable = bad[r] == 0
    s = np.full(r.shape[0], np.nan)
    s[single] = 1.0
    multi = ~single & splittable
    s[multi] = a[multi] / land[r[multi]]
    share[matched] = s
    lm = np.where(land[r] > 0, land[r] / M2_PER_MU, np.nan)
    lm[~single & ~splittable] = np.nan
    land_mu[matched] = lm
    if k:
        out[matched] = totals[r] * s[:, None]
    for row in np.unique(r[~single & ~splittable]):
        reasons[int(row)] = "企业有%d宗地，其中%d宗面积缺失或不大于0，无法按面积分摊" % (count[row], int(bad[row]))
    return out, share, land_mu, reasons


# ---------------------------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------------------------
def numeric_column(values) -> bool:
    """A column of figures (allocated by area) rather than text (copied): more than half of its
    non-missing values read as numbers (the others are reported per row and become NULL)."""
    present = [v for v in values if not is_missing(v)]
    if not present:
        return False
    good = sum(1 for v in present if parse_number(v, "")[0] is not None)
    return good * 2 > len(present)


def _key(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text))).lower() if text is not None else ""


def column_names(header, reserved=()) -> List[str]:
    """Unique, non-empty column names from a header row (empty → 列3, repeats → 名称_2; a name in
    ``reserved``, e.g. ``fid`` or the output's own fields, also gets ``_2``)."""
    out, seen = [], {r.lower() for r in reserved}
    for i, h in enumerate(header):
        name = "" if is_missing(h) else str(h).strip()
        name = name or "列%d" % (i + 1)
        base, k = name, 2
        while name.lower() in seen:
            name = "%s_%d" % (base, k)
            k += 1
        seen.add(name.lower())
        out.append(name)
    return out


def find_header_row(rows, wanted=(), limit=20) -> int:
    """Index of the header row: the first of the first ``limit`` rows naming every wanted column;
    without wanted columns (or none found) the first row with at least two text cells and no
    numbers (title rows above a table have one cell)."""
    wanted_keys = [_key(w) for w in wanted if w]
    head = rows[:limit]
    if wanted_keys:
        for i, row in enumerate(head):
            keys = {_key(c) for c in row if not is_missing(c)}
            if all(w in keys for w in wanted_keys):
                return i
    for i, row in enumerate(head):
        cells = [c for c in row if not is_missing(c)]
        if len(cells) >= 2 and all(isinstance(c, str) and parse_number(c, "")[0] is None for c in cells):
            return i
    return 0


def find_column(names, candidates) -> int:
    """Index of the first column named like a candidate (exact, then width/case/space-insensitive); -1."""
    for cand in candidates:
        if cand in names:
            return names.index(cand)
    keys = [_key(n) for n in names]
    for cand in candidates:
        if _key(cand) in keys:
            return keys.index(_key(cand))
    return -1

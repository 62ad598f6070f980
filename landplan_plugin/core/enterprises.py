"""Enterprise tables (税务 / 统计 / 发改 figures) joined onto parcels (§10 ``joinenterprises``).

**Codes.** A 统一社会信用代码 (GB 32100-2015) is 18 characters from the alphabet
``0123456789ABCDEFGHJKLMNPQRTUWXY`` (no I, O, S, V, Z). Before checking, a code is normalised:
full-width → half-width, upper case, all spaces and hyphens/dashes removed (``9111-0000-6000-3734-1L``
and ``9111 0000 6000 3734 1L`` are ``91110000600037341L``). The 18th character is the check
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

One implementation per rule, over columns: :func:`check_codes`, :func:`normalise_names`,
:func:`match_parcels`, :func:`allocate`; :func:`enterprise_table` reads a table's rows as a join
sets them up and :func:`join_parcels` gives the joined output columns. Pure Python + numpy; never
raises on bad data.
"""
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np

from .fields import CANDIDATES
from .units import M2_PER_MU, to_m2
from .values import is_missing, map_distinct, parse_number, parse_number_array

__all__ = [
    "CODE_ALPHABET", "CODE_WEIGHTS", "MATCH_CODE", "MATCH_NAME", "MATCH_NONE",
    "check_codes", "normalise_name", "normalise_names",
    "match_parcels", "MatchResult", "allocate", "numeric_column", "find_header_row",
    "column_names", "find_column", "EnterpriseTable", "enterprise_table", "land_areas", "parcel_labels",
    "Join", "join_parcels", "JOIN_FIELDS",
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
#: what a code is written with between its characters and is removed before the check: spaces
#: (also full-width and zero-width) and hyphens / dashes (``9111-0000-6000-3734-1L``), as other
#: validators do
_CODE_SEPARATORS = re.compile(r"[\s\u200b\u200c\u200d\ufeff\-\u2010-\u2015\u2212\ufe58\ufe63]+")


def _normalise_code(raw) -> Optional[str]:
    """Upper case, half-width, no spaces or dashes; None when missing (also a bare dash, the
    tables' "no code"). Integers (codes typed as numbers in
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
    text = _CODE_SEPARATORS.sub("", text)
    return text or None


def _check_indices(idx):
    """Alphabet index of the GB 32100 check character of each row of an (m, 17) index matrix."""
    check = 31 - (idx * np.array(CODE_WEIGHTS[:idx.shape[1]])).sum(axis=1) % 31
    check[check == 31] = 0
    return check


def check_codes(raw_values, field_name=CODE_LABEL) -> Tuple[np.ndarray, np.ndarray]:
    """Normalise and check codes (rules: module docstring): (object array of valid normalised
    codes or None, object array of problem texts or None). A missing code is no problem; an
    invalid one is named (length, characters, check character) with ``field_name``."""
    raw = list(raw_values)
    n = len(raw)
    norm = map_distinct(raw, _normalise_code)
    codes = np.full(n, None, dtype=object)
    problems = np.full(n, None, dtype=object)
    expected = {}
    shaped = [i for i, c in enumerate(norm) if c is not None and len(c) == 18 and c.isascii()]
    if shaped:
        idx = _LUT[np.frombuffer("".join(norm[i] for i in shaped).encode("ascii"), dtype=np.uint8).reshape(-1, 18)]
        valid_chars = (idx >= 0).all(axis=1)
        check = _check_indices(idx[:, :17])
        for i, chars_ok, c, last in zip(shaped, valid_chars.tolist(), check.tolist(), idx[:, 17].tolist()):
            if chars_ok:
                expected[i] = None if c == last else CODE_ALPHABET[c]
    for i, code in enumerate(norm):
        if code is None:
            continue
        if i in expected and expected[i] is None:
            codes[i] = code
            continue
        shown = str(raw[i]).strip()
        bad = sorted({ch for ch in code if ch not in _INDEX})
        if len(code) != 18:
            problems[i] = "%s「%s」不是18位（%d位），不参与按代码匹配" % (field_name, shown, len(code))
        elif bad:
            problems[i] = "%s「%s」含非法字符「%s」（代码不用 I、O、S、V、Z），不参与按代码匹配" % (
                field_name, shown, "".join(bad))
        else:
            problems[i] = "%s「%s」校验位错误（应为「%s」），不参与按代码匹配" % (field_name, shown, expected[i])
    return codes, problems


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------
def _normalise_name(raw) -> Optional[str]:
    if is_missing(raw):
        return None
    text, before = str(raw), None
    while text != before:        # NFKC can leave a combining mark after a removed space (E¯): until stable
        before = text
        text = re.sub(r"[\s\u200b\u200c\u200d\ufeff]+", "", unicodedata.normalize("NFKC", text).upper())
    text = text.replace("〔", "(").replace("〕", ")").replace("[", "(").replace("]", ")")
    for suffix in _SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[:-len(suffix)]
            break
    return text or None


def normalise_names(raw_values) -> np.ndarray:
    """Matching keys of company names (see the module docstring), None where missing; each
    distinct value is normalised once."""
    raw = list(raw_values)
    out = np.empty(len(raw), dtype=object)
    out[:] = map_distinct(raw, _normalise_name, _name_key)
    return out


def normalise_name(raw) -> Optional[str]:
    """:func:`normalise_names` of one name."""
    return normalise_names([raw])[0]


def _name_key(raw):
    return (type(raw), raw) if isinstance(raw, (str, int, float)) or raw is None else None


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
        result.problems.append("表中%s「%s」重复（%s）：%s" % (
            CODE_LABEL, code, "、".join(rlabels[r] for r in code_rows[code]), how))
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


# ---------------------------------------------------------------------------------------------
# a join: the table as read, the parcels' areas, the output columns
# ---------------------------------------------------------------------------------------------
#: the join's own output fields (after the joined columns); a table column cannot take their names
JOIN_FIELDS = ("ej_match", "ej_landmu", "ej_share", "ej_note")
#: names a joined column cannot take in the output (GeoPackage's key, the join's own fields)
RESERVED = ("fid",) + JOIN_FIELDS
#: set-up errors of a table: a column named by the user is not in it / neither a code nor a name column
MISSING_COLUMN, NO_KEY_COLUMN = "missing_column", "no_key_column"


@dataclass
class EnterpriseTable:
    """A table as a join reads it (:func:`enterprise_table`).

    ``names``: the column names; ``code`` / ``name``: the key columns (-1: none); ``joined``: the
    columns joined and ``numeric`` whether each is a total (allocated) or text (copied);
    ``row_numbers``: the sheet row of each data row; ``codes`` / ``company_names``: the key values;
    ``values``: per data row, the joined values (float or None for totals, text or None);
    ``problems``: (sheet row, message) of figures that are not numbers. ``error``
    (:data:`MISSING_COLUMN` with ``missing`` the column, or :data:`NO_KEY_COLUMN`): the table
    cannot be joined.
    """
    names: List[str]
    code: int = -1
    name: int = -1
    joined: List[int] = field(default_factory=list)
    numeric: List[bool] = field(default_factory=list)
    row_numbers: List[int] = field(default_factory=list)
    codes: list = field(default_factory=list)
    company_names: list = field(default_factory=list)
    values: List[list] = field(default_factory=list)
    problems: List[Tuple[int, str]] = field(default_factory=list)
    error: Optional[str] = None
    missing: str = ""

    @property
    def joined_names(self):
        return [self.names[j] for j in self.joined]


def enterprise_table(rows, code_column="", name_column="", join_columns=()):
    """Read a table's rows (lists of cell values, as a sheet holds them) for a join: the header row
    (below any title rows; the one naming the key columns given), the key columns (given, else
    found by name: core.fields ``joinenterprises``), the columns joined (given, else every other
    one), which of them hold totals, and the figures read as numbers."""
    head = find_header_row(rows, [n for n in (code_column, name_column) if n])
    names = column_names(rows[head] if rows else [], RESERVED)
    table = EnterpriseTable(names)
    data = [list(r) + [None] * (len(names) - len(r)) for r in rows[head + 1:]]
    numbers = [head + i + 2 for i, r in enumerate(data) if any(c not in (None, "") for c in r)]
    data = [r for r in data if any(c not in (None, "") for c in r)]
    candidates = CANDIDATES["joinenterprises"]
    table.code = find_column(names, [code_column] if code_column else candidates["TABLE_CODE_FIELD"])
    table.name = find_column(names, [name_column] if name_column else candidates["TABLE_NAME_FIELD"])
    for given, idx in ((code_column, table.code), (name_column, table.name)):
        if given and idx < 0:
            table.error, table.missing = MISSING_COLUMN, given
            return table
    if table.code < 0 and table.name < 0:
        table.error = NO_KEY_COLUMN
        return table
    cols = [find_column(names, [w]) for w in join_columns] if join_columns else \
        [j for j in range(len(names)) if j not in (table.code, table.name)]
    if -1 in cols:
        table.error, table.missing = MISSING_COLUMN, join_columns[cols.index(-1)]
        return table
    table.joined, table.row_numbers = cols, numbers
    table.numeric = [numeric_column([r[j] for r in data]) for j in cols]
    table.codes = [r[table.code] if table.code >= 0 else None for r in data]
    table.company_names = [r[table.name] if table.name >= 0 else None for r in data]
    for r, number in zip(data, numbers):
        out = []
        for j, is_num in zip(cols, table.numeric):
            value, problem = parse_number(r[j], names[j]) if is_num else (r[j], None)
            if problem is not None:
                table.problems.append((number, problem.message))
            out.append(value if is_num else (None if value is None else str(value)))
        table.values.append(out)
    return table


def land_areas(raw_area, field_name, unit, geom_area_m2=None, geom_empty=None, geom_note=None):
    """The land area (m², NaN when unusable) of each parcel, for the shares, and a note per parcel
    (row → text): the area field's raw values ``raw_area`` in ``unit`` (an unreadable value
    noted), else the measured geometry (repaired first: a bow-tie measures 0 unrepaired; an
    empty one noted)."""
    if raw_area is not None:
        values, problems = parse_number_array(raw_area, field_name)
        return to_m2(values, unit), {i: p.message for i, p in problems.items()}
    areas = np.array(geom_area_m2, dtype=float)
    notes = dict(geom_note or {})
    empty = np.flatnonzero(np.asarray(geom_empty, dtype=bool)).tolist() if geom_empty is not None else []
    for i in empty:
        notes[i] = "几何为空，无法量算用地面积"
    return areas, notes


def parcel_labels(ids, fids):
    """How the problems name each parcel: 宗地「its id」, or its feature id when there is no id field."""
    return ["宗地「%s」" % v for v in (ids if ids is not None else fids)]


@dataclass
class Join:
    """The outcome of :func:`join_parcels`: the match, the enterprises whose totals could not be
    split (table row → reason), and the output columns (joined columns, then :data:`JOIN_FIELDS`)."""
    match: MatchResult
    unsplit: Dict[int, str]
    columns: Dict[str, np.ndarray]

    def slice(self, start, stop):
        return {name: col[start:stop] for name, col in self.columns.items()}


def join_parcels(table, parcel_codes, parcel_names, areas_m2, labels=None, area_notes=None):
    """Join ``table`` onto parcels (keys, areas in m² with NaN for none, labels for the problems):
    match (:func:`match_parcels`), share the totals by area (:func:`allocate`), copy the text
    columns. ``area_notes`` (row → text) go into the parcel's ej_note."""
    match = match_parcels(parcel_codes, parcel_names, table.codes, table.company_names,
                          [tuple(v) for v in table.values], labels, ["第%d行" % r for r in table.row_numbers])
    num_cols = [j for j, is_num in enumerate(table.numeric) if is_num]
    totals = np.array([[v[j] if v[j] is not None else np.nan for j in num_cols] for v in table.values],
                      dtype=float).reshape(len(table.values), len(num_cols))
    allocated, share, land_mu, reasons = allocate(match.rows, np.asarray(areas_m2, dtype=float), totals)
    n = len(match.rows)
    matched = match.rows >= 0
    columns = {}
    for k, name in enumerate(table.joined_names):
        if table.numeric[k]:
            columns[name] = allocated[:, num_cols.index(k)]
        else:
            col = np.full(n, None, dtype=object)
            col[matched] = [table.values[r][k] for r in match.rows[matched].tolist()]
            columns[name] = col
    notes = np.full(n, None, dtype=object)
    area_notes = area_notes or {}
    for p, row in enumerate(match.rows.tolist()):
        texts = list(match.notes[p]) + [t for t in (reasons.get(row), area_notes.get(p)) if t]
        notes[p] = "；".join(texts) or None
    columns.update({"ej_match": match.kinds, "ej_landmu": land_mu, "ej_share": share, "ej_note": notes})
    return Join(match, reasons, columns)

"""存量盘活任务进度 — stock-disposal task progress.

The rule, in full (the algorithm's help and the README point here):

* **Tasks** are assigned per zone and kind — 批而未供, 闲置, 低效 (:func:`kind_of_text` reads
  the usual spellings) — as an area in 亩 with a deadline (完成时限).
* **Two runs of the checks** on the same parcels, baseline and current, matched by parcel id.
  A run carries the flags of the checks it came from: ``unsup_flag`` (批而未供, from
  ``flagunsupplied``), ``idle_flag`` (闲置, ``flagidleland``), ``ie_flag`` (低效,
  ``scoreinefficiency``); 1 = flagged, 0 = not, empty = undetermined. Each kind is followed on its
  own, so a parcel carrying two flags appears once per kind.
* **Change** of a parcel for a kind (:func:`change_columns`):

  ==================  ==================  =========
  baseline flag       current flag        change
  ==================  ==================  =========
  1                   0                   已处置
  1                   1                   未处置
  not 1 (or absent)   1                   新增
  1                   empty               待核实 (not counted as disposed; counted as open)
  1                   parcel not found    本期缺失 (not counted as disposed; reported)
  otherwise                               — (the parcel is not listed)
  ==================  ==================  =========

* **Area** (亩) of a parcel: the check's own area field when the run has it (``unsup_mu`` for
  批而未供, ``ie_areamu`` for 低效, ``idle_mu`` when present for 闲置), else the geometry. A parcel
  whose geometry is empty (in a run with geometries) counts 0 亩 and is reported, as the ledger
  and the zone report count it (``core.ledger.counted_area_columns``). Disposed
  parcels count with their baseline area; 未处置, 待核实 and 新增 with their current area.
* **Per zone × kind** (:func:`task_metrics_columns`): ``done_mu`` = Σ 已处置; ``done_pct`` = done ÷ task
  × 100 (empty without a task); ``open_mu`` = Σ 未处置 + 待核实; ``new_mu`` = Σ 新增;
  ``overdue`` = 1 when ``as_of`` is on or after the deadline and done % < 100 (within 1e-9): a
  task not complete on its deadline day is 逾期未完成; 0 when not, empty when the deadline is
  missing or unreadable. Zones and kinds with changes but no
  task are listed with task 0; a 合计 row per kind sums the zones (its deadline and overdue are
  empty). Tasks of a kind neither run carries a flag for are left out (noted), so one task
  table serves a run on parcels (低效, 闲置) and a run on approvals (批而未供).
* **Wording** (:func:`status_texts`, printed with :data:`DEFINITIONS` wherever the numbers are
  printed — the ledger sheet and the zone report): 完成率 > 100 % is 超额完成, ≥ 100 % 已完成;
  a task not complete with ``overdue`` = 1 is 逾期未完成, else 未完成; no task: —. 未处置 and 新增
  are parcels, not shares of the task: the task is an area to dispose of, so 已处置 can pass it
  while other parcels stay open or are newly found.

Every function here is pure (stdlib + numpy, imported when a rule first runs); every rule is a
batch function over columns, and :func:`task_progress` runs them on the task table and the two
runs (:class:`TaskTable`, :class:`Run`).
"""
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from .dates import parse_date
from .lazy import lazy_module
from .values import NON_POSITIVE_AREA, is_missing, make_problem, map_distinct, parse_number, parse_number_array

np = lazy_module("numpy")

__all__ = [
    "UNSUPPLIED", "IDLE", "INEFFICIENT", "KINDS", "KIND_FLAGS", "KIND_AREA_FIELDS",
    "DISPOSED", "OPEN", "NEW", "UNDETERMINED", "MISSING", "CHANGES", "TOTAL_ZONE",
    "kind_of_text", "flag_values", "change_columns", "task_metrics_columns",
    "TASK_ROLES", "missing_task_fields", "RunFields", "run_fields",
    "TaskTable", "Run", "ParcelChange", "TaskRow", "TaskReport", "task_progress",
    "OUTPUT_FIELDS", "PARCEL_FIELDS", "ledger_sheet", "scorecard_lines", "status_texts", "DEFINITIONS",
    "OVER_DONE", "DONE", "LATE", "NOT_DONE",
]

UNSUPPLIED, IDLE, INEFFICIENT = "批而未供", "闲置", "低效"
KINDS = (UNSUPPLIED, IDLE, INEFFICIENT)
KIND_FLAGS = {UNSUPPLIED: "unsup_flag", IDLE: "idle_flag", INEFFICIENT: "ie_flag"}
KIND_AREA_FIELDS = {UNSUPPLIED: ("unsup_mu",), IDLE: ("idle_mu",), INEFFICIENT: ("ie_areamu",)}
DISPOSED, OPEN, NEW, UNDETERMINED, MISSING = "已处置", "未处置", "新增", "待核实", "本期缺失"
CHANGES = (DISPOSED, OPEN, NEW, UNDETERMINED, MISSING)
TOTAL_ZONE = "合计"

OUTPUT_FIELDS = (
    ("zone", "园区/区域"), ("kind", "任务类别"), ("task_mu", "任务面积(亩)"), ("done_mu", "已处置(亩)"),
    ("done_pct", "完成率(%)"), ("open_mu", "未处置(亩)"), ("new_mu", "新增(亩)"), ("overdue", "逾期(1是/0否)"),
    ("deadline", "完成时限"), ("n_done", "已处置宗数"), ("n_open", "未处置宗数"), ("n_new", "新增宗数"),
    ("as_of", "基准日"),
)
PARCEL_FIELDS = (
    ("pid", "宗地编号"), ("zone", "园区/区域"), ("kind", "任务类别"), ("change", "变化"),
    ("base_mu", "基期面积(亩)"), ("cur_mu", "本期面积(亩)"), ("area_mu", "计入面积(亩)"),
)

_KIND_WORDS = (
    ("批而未供", UNSUPPLIED), ("已批未供", UNSUPPLIED), ("未供", UNSUPPLIED), ("UNSUP", UNSUPPLIED),
    ("闲置", IDLE), ("IDLE", IDLE),
    ("低效", INEFFICIENT), ("INEFFICIEN", INEFFICIENT), ("IE", INEFFICIENT),
)


def kind_of_text(raw) -> Optional[str]:
    """批而未供 / 闲置 / 低效 from the usual spellings (批而未供土地, 闲置土地, 低效工业用地, unsupplied,
    idle, inefficient, the flag names), or None."""
    if raw is None or is_missing(raw) or isinstance(raw, (bool, int, float)):
        return None
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(raw))).upper()
    for word, kind in _KIND_WORDS:
        if word == "IE":
            if text in ("IE", "IE_FLAG"):
                return kind
        elif word in text:
            return kind
    return None


def _flag_value(raw) -> Optional[int]:
    if raw is None or is_missing(raw):
        return None
    if isinstance(raw, bool):
        return int(raw)
    value, problem = parse_number(raw, "flag")
    if problem is not None or value is None:
        return None
    if value == 1:
        return 1
    if value == 0:
        return 0
    return None


def flag_values(raws):
    """A check's flags as 1.0 / 0.0 / NaN: 1, 1.0, "1", True → 1; 0, "0", False → 0; anything else
    (empty, unreadable, 2 …) → NaN. Object arrays of raw values are parsed value by value; numeric
    arrays are compared directly."""
    arr = np.asarray(raws)
    if arr.dtype.kind in "iuf":
        a = arr.astype(float)
        return np.where((a == 1) | (a == 0), a, np.nan)
    flags = map_distinct(arr.ravel().tolist(), _flag_value)
    return np.array([np.nan if v is None else float(v) for v in flags], dtype=float).reshape(arr.shape)


def change_columns(base_flags, cur_flags, in_current=None):
    """The change of each parcel for one kind (table in the module docstring): float flag arrays
    (:func:`flag_values`, NaN = none), bool ``in_current`` (the parcel is in the current run);
    object array, None = not listed."""
    b = np.asarray(base_flags, dtype=float)
    c = np.asarray(cur_flags, dtype=float)
    inc = np.ones(b.shape, dtype=bool) if in_current is None else np.asarray(in_current, dtype=bool)
    out = np.full(b.shape, None, dtype=object)
    base1 = b == 1
    out[base1 & inc & (c == 1)] = OPEN
    out[base1 & inc & (c == 0)] = DISPOSED
    out[base1 & inc & np.isnan(c)] = UNDETERMINED
    out[base1 & ~inc] = MISSING
    out[~base1 & inc & (c == 1)] = NEW
    return out


_REL = 1e-9


def task_metrics_columns(task_mu, done_mu, deadlines, as_of: _dt.date):
    """(done_pct, overdue) of zone × kind rows (rule: module docstring): float arrays (NaN = 0),
    ``deadlines`` datetime64[D] with NaT for none; done_pct NaN without a task, overdue 1.0 / 0.0,
    NaN without a deadline."""
    task = np.nan_to_num(np.asarray(task_mu, dtype=float), nan=0.0)
    done = np.nan_to_num(np.asarray(done_mu, dtype=float), nan=0.0)
    d = np.asarray(deadlines, dtype="datetime64[D]")
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        pct = np.where(task > 0, done / np.where(task > 0, task, 1.0) * 100.0, np.nan)
    complete = (task <= 0) | (done >= task * (1 - _REL))
    late = (~np.isnat(d)) & (np.datetime64(as_of, "D") >= d)
    overdue = np.where(np.isnat(d), np.nan, np.where(late & ~complete, 1.0, 0.0))
    return pct, overdue


#: the wording of a zone × kind row (:func:`status_texts`)
OVER_DONE, DONE, LATE, NOT_DONE = "超额完成", "已完成", "逾期未完成", "未完成"
#: the definitions printed with the numbers
DEFINITIONS = ("口径：任务 = 下达的盘活面积（亩）；已处置 = 基期认定、本期不再认定的宗地面积；"
               "未处置 = 两期均认定（含待核实）的宗地面积；新增 = 仅本期认定的宗地面积（不抵减任务）；"
               "完成率 = 已处置 ÷ 任务 × 100%，超过 100% 为超额完成；"
               "到完成时限当日及以后仍未完成的为逾期未完成。")


def status_texts(done_pct, overdue):
    """Wording of zone × kind rows (rule: module docstring): ``done_pct`` (None / NaN = no task),
    ``overdue`` (1 / 0 / None) → object array of 超额完成 / 已完成 / 逾期未完成 / 未完成 / —."""
    pct = np.array([np.nan if v is None else float(v) for v in done_pct], dtype=float)
    late = np.array([v is not None and v == v and int(v) == 1 for v in overdue], dtype=bool)
    with np.errstate(invalid="ignore"):
        over = pct > 100.0 * (1 + _REL)
        done = pct >= 100.0 * (1 - _REL)
    out = np.where(over, OVER_DONE, np.where(done, DONE, np.where(late, LATE, NOT_DONE))).astype(object)
    out[np.isnan(pct) & ~late] = "—"
    out[np.isnan(pct) & late] = LATE
    return out


# ---------------------------------------------------------------------------------------------
# aggregation

#: the task table's fields: zone, kind and area are needed, the deadline is optional
TASK_ROLES = ("zone", "kind", "area", "deadline")


def missing_task_fields(found):
    """The needed task-table roles (zone, kind, area) the table lacks; ``found`` {role: bool}."""
    return [role for role in TASK_ROLES[:3] if not found.get(role)]


@dataclass(frozen=True)
class RunFields:
    """Where one run of the checks keeps what the rule reads: field indexes (-1 = absent) of the
    parcel id, the zone, each kind's flag and each kind's own area field."""
    pid: int
    zone: int
    flags: Dict[str, int]
    areas: Dict[str, int]

    @property
    def kinds(self):
        """The kinds the run carries a flag for."""
        return [k for k in KINDS if self.flags[k] >= 0]

    def errors(self):
        """``'no_parcel_id'``: the run lacks the parcel id field."""
        return [] if self.pid >= 0 else ["no_parcel_id"]

    def indexes(self):
        """The field indexes to read, in the order :meth:`run` takes their columns."""
        return [self.pid, self.zone] + [self.flags[k] for k in KINDS] + [self.areas[k] for k in KINDS]

    def run(self, columns, geom_mu):
        """The :class:`Run` from the columns read at :meth:`indexes` and the geometries' 亩."""
        n = len(KINDS)
        return Run(columns[0], columns[1], {k: columns[2 + i] for i, k in enumerate(KINDS) if self.flags[k] >= 0},
                   {k: columns[2 + n + i] for i, k in enumerate(KINDS) if self.areas[k] >= 0}, geom_mu)


def run_fields(field_names, pid_name, zone_name=None):
    """:class:`RunFields` of a run with ``field_names``: the parcel id and zone fields named as in
    the current run, the flag fields (:data:`KIND_FLAGS`) and area fields (:data:`KIND_AREA_FIELDS`)
    by their names (:func:`core.fields.find_name`)."""
    from .fields import find_name
    names = list(field_names)
    return RunFields(find_name(names, [pid_name]), find_name(names, [zone_name]) if zone_name else -1,
                     {k: find_name(names, [f]) for k, f in KIND_FLAGS.items()},
                     {k: find_name(names, list(f)) for k, f in KIND_AREA_FIELDS.items()})


@dataclass
class TaskTable:
    """The task table as columns of raw values as read (``deadline`` None: no deadline column)."""
    zone: Sequence
    kind: Sequence
    area_mu: Sequence
    deadline: Optional[Sequence] = None


@dataclass
class Run:
    """One run of the checks as columns: parcel ids and zones (raw), the raw flags by kind (only the
    kinds whose flag field the run has), the check's own area fields by kind (raw, 亩) and the
    geometry's area in 亩 (None: no geometry)."""
    pid: Sequence
    zone: Optional[Sequence] = None
    flags: Dict[str, Sequence] = field(default_factory=dict)
    areas: Dict[str, Sequence] = field(default_factory=dict)
    geom_mu: Optional[Sequence] = None


@dataclass
class ParcelChange:
    pid: str
    zone: str
    kind: str
    change: str
    base_mu: Optional[float]
    cur_mu: Optional[float]
    area_mu: float
    key: Tuple = ()   # (run, index) of the parcel whose geometry the output shows


@dataclass
class TaskRow:
    zone: str
    kind: str
    task_mu: float
    done_mu: float
    done_pct: Optional[float]
    open_mu: float
    new_mu: float
    overdue: Optional[int]
    deadline: Optional[_dt.date]
    n_done: int
    n_open: int
    n_new: int


@dataclass
class TaskReport:
    rows: List[TaskRow] = field(default_factory=list)
    parcels: List[ParcelChange] = field(default_factory=list)
    kinds: Tuple[str, ...] = ()
    problems: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)


def _text(raw) -> str:
    if raw is None or is_missing(raw):
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return unicodedata.normalize("NFKC", str(raw)).strip()


def _column(values, n):
    if values is None:
        return [None] * n
    return values.tolist() if hasattr(values, "tolist") else list(values)


def _run_areas(run, kind, n):
    """(亩 or None, problem message or None, excluded) of each parcel of a run for ``kind``: the
    check's own area field when readable and not negative, else the geometry's area; a parcel
    whose geometry is empty in a run that has geometries is in no total (``excluded``), with the
    ledger's note (core.ledger.counted_area_columns: the report and the ledger count it so)."""
    from .ledger import counted_area_columns
    name = KIND_AREA_FIELDS[kind][0]
    raw = _column(run.areas.get(kind), n)
    geom = _column(run.geom_mu, n)
    has_geometry = any(g is not None for g in geom)
    notes = counted_area_columns({name: raw}, n, np.array([np.nan if g is None else float(g) for g in geom])
                                 if has_geometry else None)[2].tolist()
    values, problems = parse_number_array(raw, name)
    out = []
    for i, v in enumerate(values.tolist()):
        if notes[i]:
            out.append((None, notes[i], True))
            continue
        problem = problems.get(i)
        if problem is None and v == v and v < 0:
            problem = make_problem(NON_POSITIVE_AREA, name, raw[i], "为负数，改用几何面积")
        if problem is None and v == v:
            out.append((v, None, False))
        else:
            out.append((geom[i], problem.message if problem is not None else None, False))
    return out


def _index(run, n, run_label, rep):
    out = {}
    for i, raw in enumerate(_column(run.pid, n)):
        pid = _text(raw)
        if not pid:
            rep.problems.append("%s第%d个要素没有宗地编号，未参与比对" % (run_label, i + 1))
            continue
        if pid in out:
            rep.problems.append("%s中宗地编号「%s」重复，只用第一个" % (run_label, pid))
            continue
        out[pid] = i
    return out


def _changes(kind, baseline, current, nb, nc, base_idx, cur_idx, rep):
    """The listed parcels of one kind (rule: module docstring), in baseline order, then the parcels
    only the current run has."""
    pids = list(base_idx) + [p for p in cur_idx if p not in base_idx]
    bpos = [base_idx.get(p) for p in pids]
    cpos = [cur_idx.get(p) for p in pids]
    bflags = flag_values(_objects(_column(baseline.flags.get(kind), nb)))
    cflags = flag_values(_objects(_column(current.flags.get(kind), nc)))
    change = change_columns([np.nan if i is None else bflags[i] for i in bpos],
                            [np.nan if i is None else cflags[i] for i in cpos],
                            [i is not None for i in cpos]).tolist()
    listed = [j for j, c in enumerate(change) if c is not None]
    if not listed:
        return
    base_areas = _run_areas(baseline, kind, nb)
    cur_areas = _run_areas(current, kind, nc)
    base_zone, cur_zone = _column(baseline.zone, nb), _column(current.zone, nc)
    for j in listed:
        pid, b, c = pids[j], bpos[j], cpos[j]
        label = "宗地「%s」" % pid
        base_mu = cur_mu = None
        excluded = {}
        if b is not None:
            base_mu, problem, excluded["base"] = base_areas[b]
            if problem:
                rep.problems.append("%s：%s" % (label + "（基期）", problem))
        if c is not None:
            cur_mu, problem, excluded["cur"] = cur_areas[c]
            if problem:
                rep.problems.append("%s：%s" % (label + "（本期）", problem))
        use_base = change[j] in (DISPOSED, MISSING)
        area = base_mu if use_base else cur_mu
        if area is None and excluded.get("base" if use_base else "cur"):
            area = 0.0
        elif area is None:
            rep.problems.append("%s%s：没有面积（无面积字段值，也无几何），按 0 亩计" % (label, kind))
            area = 0.0
        zone = _text(cur_zone[c]) if c is not None and _text(cur_zone[c]) else (
            _text(base_zone[b]) if b is not None else "")
        key = ("current", c) if c is not None else ("baseline", b)
        rep.parcels.append(ParcelChange(pid, zone or "（未填区域）", kind, change[j], base_mu, cur_mu, area, key))
        rep.counts[change[j]] = rep.counts.get(change[j], 0) + 1


def _objects(values):
    arr = np.empty(len(values), dtype=object)
    arr[:] = list(values)
    return arr


def task_progress(tasks: TaskTable, baseline: Run, current: Run, as_of: _dt.date,
                  kinds: Optional[Sequence[str]] = None) -> TaskReport:
    """Per-parcel changes and the zone × kind table (rule: module docstring). ``kinds``: the kinds
    the runs carry flags for (None: every kind whose flag either run with parcels has)."""
    rep = TaskReport()
    nb, nc = len(baseline.pid), len(current.pid)
    if kinds is None:
        kinds = [k for k in KINDS if (nb and k in baseline.flags) or (nc and k in current.flags)]
    rep.kinds = tuple(kinds)
    base_idx = _index(baseline, nb, "基期", rep)
    cur_idx = _index(current, nc, "本期", rep)

    # parcels
    for kind in kinds:
        _changes(kind, baseline, current, nb, nc, base_idx, cur_idx, rep)
    for change in (UNDETERMINED, MISSING):
        n = rep.counts.get(change, 0)
        if n:
            rep.notes.append("%d 个基期认定的宗地%s，未计为已处置" % (
                n, "本期待核实（标记为空）" if change == UNDETERMINED else "在本期成果中找不到"))

    # tasks
    nt = len(tasks.kind)
    task_kinds = map_distinct(_column(tasks.kind, nt), kind_of_text)
    areas, area_problems = parse_number_array(_column(tasks.area_mu, nt), "任务面积")
    raw_areas = _column(tasks.area_mu, nt)
    deadlines = map_distinct(_column(tasks.deadline, nt), lambda raw: parse_date(raw, "完成时限"))
    task_map: Dict[Tuple[str, str], List] = {}
    order: List[Tuple[str, str]] = []
    for i, (raw_zone, raw_kind, kind) in enumerate(zip(_column(tasks.zone, nt), _column(tasks.kind, nt), task_kinds)):
        label = "任务第%d行" % (i + 1)
        zone = _text(raw_zone)
        if kind is None:
            rep.problems.append("%s：任务类别「%s」无法识别（应为批而未供、闲置或低效），未计入" % (
                label, _text(raw_kind)))
            continue
        area, problem = areas[i], area_problems.get(i)
        area = None if area != area or problem is not None else float(area)
        if problem is None and area is not None and area < 0:
            area, problem = None, make_problem(NON_POSITIVE_AREA, "任务面积", raw_areas[i], "为负数，按 0 计")
        if problem is not None:
            rep.problems.append("%s：%s" % (label, problem.message))
        elif area is None:  # an empty cell is a task not given, not a task of 0 亩: say so
            rep.problems.append("%s：任务面积为空，按 0 计" % label)
        deadline, dproblem = deadlines[i]
        if dproblem is not None:
            rep.problems.append("%s：%s" % (label, dproblem.message))
        if kind not in kinds:
            rep.notes.append("%s：两期成果都没有「%s」的标记字段（%s），该任务不在本次比对中" % (
                label, kind, KIND_FLAGS[kind]))
            continue
        key = (zone or "（未填区域）", kind)
        if key in task_map:
            rep.notes.append("%s：%s「%s」的任务出现多次，面积相加，完成时限取最早" % (label, key[0], kind))
            entry = task_map[key]
            entry[0] += area or 0.0
            if deadline is not None and (entry[1] is None or deadline < entry[1]):
                entry[1] = deadline
        else:
            task_map[key] = [area or 0.0, deadline]
            order.append(key)

    sums: Dict[Tuple[str, str], List[float]] = {}
    for p in rep.parcels:
        key = (p.zone, p.kind)
        if key not in task_map and key not in order:
            order.append(key)
        s = sums.setdefault(key, [0.0, 0.0, 0.0, 0, 0, 0])
        if p.change == DISPOSED:
            s[0] += p.area_mu
            s[3] += 1
        elif p.change in (OPEN, UNDETERMINED):
            s[1] += p.area_mu
            s[4] += 1
        elif p.change == NEW:
            s[2] += p.area_mu
            s[5] += 1
    kind_rank = {k: i for i, k in enumerate(KINDS)}
    order.sort(key=lambda k: (kind_rank[k[1]],))  # stable: zones keep their first-seen order per kind
    table = []   # (zone, kind, task, [done, open, new, n_done, n_open, n_new], deadline)
    for kind in KINDS:
        keys = [k for k in order if k[1] == kind]
        if not keys:
            continue
        tot = [0.0, 0.0, 0.0, 0.0, 0, 0, 0]
        for key in keys:
            task, deadline = task_map.get(key, [0.0, None])
            s = sums.get(key, [0.0, 0.0, 0.0, 0, 0, 0])
            table.append((key[0], kind, task, s, deadline))
            tot = [a + b for a, b in zip(tot, [task] + s)]
        table.append((TOTAL_ZONE, kind, tot[0], tot[1:4] + [int(x) for x in tot[4:]], None))
    pct, overdue = task_metrics_columns([t[2] for t in table], [t[3][0] for t in table],
                                        [np.datetime64("NaT") if t[4] is None else np.datetime64(t[4], "D")
                                         for t in table], as_of)
    for (zone, kind, task, s, deadline), p, o in zip(table, pct.tolist(), overdue.tolist()):
        rep.rows.append(TaskRow(zone, kind, task, s[0], None if p != p else p, s[1], s[2], None if o != o else int(o),
                                deadline, s[3], s[4], s[5]))
    return rep


def ledger_sheet(report, as_of: _dt.date):
    """(sheet name, title, header, rows) of the 存量盘活任务进度 ledger sheet of a :class:`TaskReport`;
    the last row is :data:`DEFINITIONS`."""
    title = "存量土地盘活任务完成情况（基准日 %s）" % as_of.isoformat()
    header = ["园区/区域", "任务类别", "任务(亩)", "已处置(亩)", "完成率(%)", "未处置(亩)", "新增(亩)",
              "完成时限", "完成情况", "已处置宗数", "未处置宗数", "新增宗数"]

    def r(v, n):
        return None if v is None else round(v, n)
    status = status_texts([t.done_pct for t in report.rows], [t.overdue for t in report.rows])
    rows = [[t.zone, t.kind, r(t.task_mu, 2), r(t.done_mu, 2), r(t.done_pct, 1), r(t.open_mu, 2), r(t.new_mu, 2),
             t.deadline.isoformat() if t.deadline is not None else "", st, t.n_done, t.n_open, t.n_new]
            for t, st in zip(report.rows, status.tolist())]
    rows.append([DEFINITIONS] + [None] * (len(header) - 1))
    return "存量盘活任务进度", title, header, rows


def scorecard_lines(rows, zone) -> List[str]:
    """Lines for a zone's page of the zone report: one per kind of the task-progress table rows of
    ``zone`` (rows as mappings with the OUTPUT field names, e.g. read back from the
    ``taskprogress`` output, or :class:`TaskRow` objects), then :data:`DEFINITIONS`; [] when the
    zone has no row."""
    def get(r, name):
        return r.get(name) if isinstance(r, dict) else getattr(r, name, None)
    key = _text(zone)
    mine = [r for kind in KINDS for r in rows if _text(get(r, "zone")) == key and get(r, "kind") == kind]
    status = status_texts([get(r, "done_pct") for r in mine], [get(r, "overdue") for r in mine])
    out = []
    for r, st in zip(mine, status.tolist()):
        task, done = get(r, "task_mu") or 0.0, get(r, "done_mu") or 0.0
        pct = get(r, "done_pct")
        text = "%s：任务 %.2f 亩；已处置 %.2f 亩，完成率 %s（%s）；未处置 %.2f 亩；新增 %.2f 亩" % (
            get(r, "kind"), task, done, "—" if pct is None else "%.1f%%" % pct, st, get(r, "open_mu") or 0.0,
            get(r, "new_mu") or 0.0)
        dl = get(r, "deadline")
        if dl is not None and dl != "":
            text += "；完成时限 %s" % (dl.isoformat() if hasattr(dl, "isoformat") else dl)
        out.append(text)
    return out + [DEFINITIONS] if out else []

"""报盘坐标 TXT (建设用地报批 / 勘测定界 coordinate files): reading, checking and writing.

The format ::

    [属性描述]
    坐标系=2000国家大地坐标系
    几度分带=3
    投影类型=高斯克吕格
    计量单位=米
    带号=38
    精度=0.001
    [地块坐标]
    5,0.2500,1,某公司项目用地,面,,工业用地,0601,@
    J1,1,3845100.000,38512100.000
    ...

* A **parcel line** is any line ending in ``,@``: point count, area (公顷), parcel id, name,
  shape (面/线/点), sheet, use, land-use code, ``@``. A producer may declare its own field order
  first, in a line ``【界址点数,地块面积,地块编号,地块名称,图形属性,图幅号,地块用途,地类编码,@】``.
* A **point line**: point name, ring number, X, Y. X is the **northing**; Y the **easting with the
  zone number in front** (38512100 → zone 38, easting 512100). GIS x/y are therefore Y/X.
* **Rings**: ring 1 is an outer ring. A further ring is a **hole** when an earlier ring contains
  it (the innermost such ring being an outer ring), else a **further part** (also an island
  inside a hole).
* **Encodings**: GBK (most), UTF-8, UTF-8 with BOM — :func:`detect_encoding` decides on bytes.
* **CRS** from 坐标系 (CGCS2000 / 西安80 / 北京54; CGCS2000 when not stated), 几度分带 (3 or 6;
  inferred from the zone number when not stated: 25–45 are 3° zones, 13–23 6° zones), 带号 (or the
  zone prefix of Y) and whether Y carries the prefix: :func:`crs_epsg`.

Problems named per parcel (Chinese, in ``Parcel.problems``): an unclosed ring, a ring with fewer
than 3 points, a point count different from the header's (every point line, or the distinct points
without the closing ones: producers count both ways), a geometry area more than 0.5 % off the
stated area (and beyond the rounding of the stated value: 0.00005 公顷 for a value written
0.2500), a zone prefix different from 带号, a duplicate parcel id, coordinates that look swapped
(X an easting, Y a northing: they are swapped back and the parcel says so).

Areas are planar (shoelace) in the file's metres, as 勘测定界 areas are computed. The per-parcel
checks (area off, X/Y swapped, the unit of the stated area) run over all the parcels of a file at
once (numpy).

Conventions of real producers, read as they are written:

* **Unit of 地块面积.** A unit written after the number (``0.7749公顷``, ``0.7749hm2``,
  ``7749平方米``, ``7749m2``, ``7749㎡``, ``11.62亩``) is read with the number. A bare number is
  公顷 (the format's unit) unless it disagrees with the geometry in 公顷 and agrees in 平方米 (or
  亩): then it is read in that unit and the parcel's note says so. "Agrees" is the area check's
  tolerance: within :data:`AREA_TOLERANCE_PCT` or within the rounding of the written number. When
  the number agrees in no unit, the difference is named in 公顷, and when another unit comes
  closer, that unit's difference too (never a bare −99.99 %). A bare number without a geometry to
  check takes the unit every other bare number of the file agrees in, when that is one unit other
  than 公顷. A unit in a declared field name (``地块面积(平方米)``) applies to the whole column.
* **Placeholders.** 界址点数 0 (or empty) is "not given"; 地块面积 0 is "未填写地块面积".
* **Layouts.** The 部标 line has 8 fields (:data:`DEFAULT_FIELDS`); producers add 描述 at the end
  (9 fields) or, in 报省部标 templates, 行政区代码 and 乡镇/村 after 地块面积 (10 fields). A line is
  placed by its field count and by where 面/线/点 (图形属性) stands: 地块编号 and 地块名称 are the
  two fields before it, 图幅号, 地块用途, 地类编码 the three after it; fields in other places are
  kept as ``fld_N`` (N = position) and the file warns once, naming the fields as read.
  :data:`LAYOUTS` lists the layouts the reader knows and the writer writes.
* **Closing points.** A ring whose first point is not repeated at the end is closed. When the
  producer writes rings that way (no ring of the file is closed, or the parcel's 界址点数 equals
  its point lines) the file notes it once and the parcel is not marked; a lone open ring in a file
  of closed rings whose count expects one more line is a problem of the parcel (a line is missing).
* **Duplicate 地块编号** (compared after NFKC, so ``A1`` and ``Ａ１`` are the same) are named on the
  repeated parcel and listed once per file.
* **带号** that is not a zone of the stated 分带 (an exporter writing 几度分带 into 带号) gives way to
  the zone prefix of Y, with a file problem naming both.
"""
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from .units import M2_PER_HA, to_m2
from .values import parse_number_array

__all__ = [
    "AREA_TOLERANCE_PCT", "DEFAULT_FIELDS", "Ring", "Parcel", "CoordinateFile",
    "detect_encoding", "decode", "parse_text", "parse_bytes", "crs_epsg", "epsg_info",
    "zone_for_longitude", "export_crs", "ring_area", "polygon_area", "polygons_area",
    "area_difference_array", "area_off_array", "stated_decimals", "point_count_ok", "looks_swapped_array",
    "ring_roles", "format_file", "encode_file", "export_attributes", "LAYOUTS", "EXTRA_FIELDS",
    "stated_unit_array", "read_area", "export_zone_note", "central_meridian", "export_layout",
]

#: geometry area vs stated area: more than this (percent) is a problem
AREA_TOLERANCE_PCT = 0.5

#: field order of a parcel line when the file declares none
DEFAULT_FIELDS = ("count", "area", "pid", "name", "shape", "sheet", "use", "dlbm")
#: layouts the reader places and the writer writes: id → keys of the parcel-line fields before ``@``
LAYOUTS = {
    "standard": DEFAULT_FIELDS,
    "remark": DEFAULT_FIELDS + ("remark",),
    "provincial": ("count", "area", "xzqdm", "town", "pid", "name", "shape", "sheet", "use", "dlbm"),
}
#: parcel-line fields kept as attributes besides pid / name / use / dlbm: key (an output field name,
#: ASCII, ≤ 10 characters) → Chinese alias
EXTRA_FIELDS = {"sheet": "图幅号", "shape": "图形属性", "xzqdm": "行政区代码", "town": "乡镇/村", "remark": "描述"}
#: 图形属性 values
SHAPES = ("面", "线", "点")
#: names producers use in a 【…,@】 field list line → our keys
FIELD_NAMES = {
    "界址点数": "count", "点数": "count", "坐标点数": "count",
    "地块面积": "area", "面积": "area", "地块面积(公顷)": "area", "面积(公顷)": "area",
    "地块编号": "pid", "编号": "pid", "地块号": "pid",
    "地块名称": "name", "名称": "name", "项目名称": "name",
    "图形属性": "shape", "记录图形属性": "shape", "图形属性(点、线、面)": "shape", "图形类型": "shape",
    "图幅号": "sheet",
    "地块用途": "use", "用途": "use",
    "地类编码": "dlbm", "地类代码": "dlbm",
    "行政区代码": "xzqdm", "行政区划代码": "xzqdm", "乡镇/村": "town", "乡镇村": "town", "乡镇": "town",
    "描述": "remark", "备注": "remark",
}
#: unit key → (units per 公顷, Chinese label)
_UNITS = {"ha": (1.0, "公顷"), "m2": (10000.0, "平方米"), "mu": (15.0, "亩")}
#: units written after an area number (NFKC, lower case) → unit key
_UNIT_OF_SUFFIX = {"公顷": "ha", "hm2": "ha", "ha": "ha", "平方米": "m2", "平米": "m2", "m2": "m2",
                   "亩": "mu", "mu": "mu"}

#: (datum key, zone width) → (first zone, EPSG of first zone with prefix, EPSG of first CM without)
_EPSG_TABLE = {
    ("CGCS2000", 3): (25, 45, 4513, 4534),
    ("CGCS2000", 6): (13, 23, 4491, 4502),
    ("XIAN80", 3): (25, 45, 2349, 2370),
    ("XIAN80", 6): (13, 23, 2327, 2338),
    ("BEIJING54", 3): (25, 45, 2401, 2422),
    ("BEIJING54", 6): (13, 23, 21413, 21453),
}
DATUM_LABELS = {"CGCS2000": "2000国家大地坐标系", "XIAN80": "80西安坐标系", "BEIJING54": "54北京坐标系"}


# ---------------------------------------------------------------------------------------------
# encoding
# ---------------------------------------------------------------------------------------------
def detect_encoding(data: bytes) -> str:
    """'utf-8-sig' (BOM), 'utf-8' (decodes strictly) or 'gbk' (GB18030 superset used to decode)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "gbk"


def decode(data: bytes, encoding: Optional[str] = None) -> Tuple[str, str, List[str]]:
    """(text, encoding used, problems). ``encoding`` None = detect. Undecodable bytes are replaced
    and reported (never raises)."""
    problems = []
    enc = encoding or detect_encoding(data)
    codec = {"gbk": "gb18030", "utf-8": "utf-8-sig"}.get(enc.lower(), enc)
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        text = data.decode(codec if codec != enc else "gb18030", errors="replace")
        problems.append("文件按 %s 解码时有无法识别的字节，已替换为 �；请确认文件编码" % enc.upper())
    return text, enc, problems


# ---------------------------------------------------------------------------------------------
# data model
# ---------------------------------------------------------------------------------------------
@dataclass
class Ring:
    number: str                              # ring number as written (1 = outer)
    points: List[Tuple[float, float]]        # (x, y) in GIS order: easting, northing
    names: List[str]                         # point names as written (J1 …)
    closed: bool = True                      # first point repeated at the end in the file


@dataclass
class Parcel:
    line: int                                # line number of the parcel line (1-based)
    pid: str
    name: str
    use: str
    dlbm: str
    shape: str
    sheet: str
    area_ha: Optional[float]                 # stated
    area_decimals: Optional[int]             # decimals the stated area was written with
    count: Optional[int]                     # stated point count
    point_lines: int = 0
    rings: List[Ring] = field(default_factory=list)
    zones: List[int] = field(default_factory=list)   # zone prefixes seen in Y (0 = none)
    swapped: bool = False
    problems: List[str] = field(default_factory=list)
    #: [(outer ring, [hole rings])] in GIS coordinates, filled by :func:`parse_text`
    polygons: List[Tuple[list, List[list]]] = field(default_factory=list)
    geom_ha: Optional[float] = None
    area_diff: Optional[float] = None        # percent, (geometry − stated) ÷ stated
    #: the stated area as written: number in its unit, unit key ('ha', 'm2', 'mu'; None = not
    #: written, so 公顷 or inferred), the text
    area_value: Optional[float] = None
    area_unit: Optional[str] = None
    area_text: str = ""
    #: further parcel-line fields (xzqdm, town, remark, fld_N …) as written
    extra: Dict[str, str] = field(default_factory=dict)
    #: what the reader did that is not a problem (unit read, …)
    notes: List[str] = field(default_factory=list)
    open_rings: int = 0                      # rings written without the closing point

    @property
    def label(self):
        return "地块「%s」（第%d行）" % (self.pid or self.name or "?", self.line)


@dataclass
class CoordinateFile:
    header: Dict[str, str]
    parcels: List[Parcel]
    problems: List[str]                      # file-level problems
    datum: str = "CGCS2000"
    zone_width: Optional[int] = None
    zone: Optional[int] = None
    prefixed: bool = True
    epsg: Optional[int] = None
    encoding: Optional[str] = None
    #: file-level notes (conventions met, not problems), for the log
    notes: List[str] = field(default_factory=list)
    #: keys of the parcel-line fields met, in layout order (pid … and the extras)
    fields: List[str] = field(default_factory=list)
    #: alias of each ``fld_N`` key (the declared name, or 第N项)
    field_aliases: Dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# CRS
# ---------------------------------------------------------------------------------------------
def datum_of(text) -> Tuple[str, bool]:
    """(datum key, stated) from 坐标系 text; CGCS2000 when empty or not recognised."""
    t = unicodedata.normalize("NFKC", text or "").upper().replace(" ", "")
    if not t:
        return "CGCS2000", False
    if "2000" in t or "CGCS" in t:
        return "CGCS2000", True
    if "西安" in t or "XIAN" in t or "80" in t:
        return "XIAN80", True
    if "北京" in t or "BEIJING" in t or "54" in t:
        return "BEIJING54", True
    return "CGCS2000", False


def crs_epsg(datum: str, zone_width: Optional[int], zone: Optional[int], prefixed: bool) -> Optional[int]:
    """EPSG code of a Gauss–Krüger zone: e.g. CGCS2000 3° zone 38 → 4526 with the zone prefix,
    4547 without. None when the zone is outside China's range or unknown. ``zone_width`` None is
    inferred from the zone (25–45 → 3°, 13–23 → 6°)."""
    if zone is None:
        return None
    width = zone_width or (3 if 25 <= zone <= 45 else 6 if 13 <= zone <= 23 else None)
    entry = _EPSG_TABLE.get((datum, width))
    if entry is None:
        return None
    first, last, with_prefix, without = entry
    if not first <= zone <= last:
        return None
    return (with_prefix if prefixed else without) + zone - first


def epsg_info(epsg: int) -> Optional[Tuple[str, int, int, bool]]:
    """(datum, zone width, zone, prefixed) of a Gauss–Krüger EPSG code known to :func:`crs_epsg`."""
    for (datum, width), (first, last, with_prefix, without) in _EPSG_TABLE.items():
        n = last - first
        if with_prefix <= epsg <= with_prefix + n:
            return datum, width, first + epsg - with_prefix, True
        if without <= epsg <= without + n:
            return datum, width, first + epsg - without, False
    return None


def export_crs(layer_epsg: Optional[int], centre_lon: Optional[float],
               zone_width: Optional[int] = None) -> Optional[int]:
    """The CRS a 报盘坐标 file is written in: the Gauss–Krüger zone of the **data's** longitude
    (``centre_lon``), not the layer's zone. Datum, zone width and prefix are the layer's when it is
    a Gauss–Krüger zone this module knows, else CGCS2000, 3° (or ``zone_width``), with prefix.
    Without a longitude: the layer's own zone (None when it is not one)."""
    info = epsg_info(layer_epsg) if layer_epsg is not None else None
    if centre_lon is None or not math.isfinite(centre_lon):
        return layer_epsg if info is not None else None
    datum, width, _, prefixed = info if info is not None else ("CGCS2000", 3, None, True)
    width = zone_width or width
    return crs_epsg(datum, width, zone_for_longitude(centre_lon, width), prefixed)


def central_meridian(zone: int, zone_width: int) -> int:
    """Central meridian (°E) of a zone: 3° zone n → 3n, 6° zone n → 6n − 3."""
    return 3 * zone if zone_width == 3 else 6 * zone - 3


def export_zone_note(layer_epsg: Optional[int], file_epsg: int, centre_lon: Optional[float],
                     chosen=False) -> Optional[str]:
    """What the log says about the zone an export is written in: the layer's Gauss–Krüger zone is
    not the data's (reprojected), or the zone the user chose is not the data's. None when all agree."""
    to = epsg_info(file_epsg)
    if to is None or centre_lon is None or not math.isfinite(centre_lon):
        return None
    _, width, zone, _ = to
    right = zone_for_longitude(centre_lon, width)
    if chosen:
        if right == zone:
            return None
        return ("所选坐标系 EPSG:%d（%d°带第%d带，中央经线%d°E）不是数据所在的带："
                "数据中心经度 %.2f°E 属第%d带（中央经线%d°E）"
                % (file_epsg, width, zone, central_meridian(zone, width), centre_lon, right,
                   central_meridian(right, width)))
    frm = epsg_info(layer_epsg) if layer_epsg is not None else None
    if frm is None or layer_epsg == file_epsg:
        return None
    return ("图层坐标系 EPSG:%d（%d°带第%d带，中央经线%d°E）不是数据所在的带：数据中心经度 %.2f°E，已重投影到第%d带"
            "（EPSG:%d，中央经线%d°E）写出" % (layer_epsg, frm[1], frm[2], central_meridian(frm[2], frm[1]), centre_lon,
                                            zone, file_epsg, central_meridian(zone, width)))


def zone_for_longitude(lon: float, zone_width: int = 3) -> int:
    """Gauss–Krüger zone number of a longitude: 3° zones are centred on multiples of 3°,
    6° zones on 6n − 3."""
    if zone_width == 3:
        return int(math.floor(lon / 3.0 + 0.5))
    return int(math.floor(lon / 6.0)) + 1


# ---------------------------------------------------------------------------------------------
# geometry helpers (planar)
# ---------------------------------------------------------------------------------------------
def ring_area(points: Sequence[Tuple[float, float]]) -> float:
    """Unsigned planar (shoelace) area of a ring; the closing point may or may not be repeated.
    Coordinates are shifted to the first point so zone prefixes do not cost precision."""
    n = len(points)
    if n < 3:
        return 0.0
    x0, y0 = points[0]
    s = 0.0
    for i in range(n):
        xa, ya = points[i]
        xb, yb = points[(i + 1) % n]
        s += (xa - x0) * (yb - y0) - (xb - x0) * (ya - y0)
    return abs(s) / 2.0


def polygon_area(outer, holes) -> float:
    return ring_area(outer) - sum(ring_area(h) for h in holes)


def polygons_area(polygons) -> float:
    """Area (m²) of [(outer, holes)]."""
    return sum(polygon_area(o, h) for o, h in polygons)


def _point_in_ring(x, y, ring) -> int:
    """1 inside, 0 on the boundary, -1 outside (ray casting)."""
    n = len(ring)
    inside = False
    for i in range(n):
        xa, ya = ring[i]
        xb, yb = ring[(i + 1) % n]
        # on the segment?
        cross = (xb - xa) * (y - ya) - (yb - ya) * (x - xa)
        if abs(cross) <= 1e-9 * max(1.0, abs(xb - xa) + abs(yb - ya)) and \
                min(xa, xb) - 1e-9 <= x <= max(xa, xb) + 1e-9 and min(ya, yb) - 1e-9 <= y <= max(ya, yb) + 1e-9:
            return 0
        if (ya > y) != (yb > y):
            xi = xa + (y - ya) * (xb - xa) / (yb - ya)
            if x < xi:
                inside = not inside
    return 1 if inside else -1


def ring_contains(outer, inner) -> bool:
    """Every vertex of ``inner`` inside or on ``outer``, and at least one strictly inside (or, for
    a ring touching at every vertex, its centroid inside)."""
    strict = False
    for x, y in inner:
        where = _point_in_ring(x, y, outer)
        if where < 0:
            return False
        strict = strict or where > 0
    if not strict:
        cx = sum(p[0] for p in inner) / len(inner)
        cy = sum(p[1] for p in inner) / len(inner)
        strict = _point_in_ring(cx, cy, outer) > 0
    return strict


def ring_roles(rings: Sequence[Sequence[Tuple[float, float]]]) -> List[Tuple[str, Optional[int]]]:
    """Role of each ring in file order: ('outer', None) or ('hole', index of its outer ring).

    Ring 0 is an outer ring. A later ring is a hole when the innermost earlier ring containing it
    is an outer ring; when that ring is a hole (an island in a hole) or no earlier ring contains
    it, it is a further part."""
    roles: List[Tuple[str, Optional[int]]] = []
    areas = [ring_area(r) for r in rings]
    for i, ring in enumerate(rings):
        if i == 0 or len(ring) < 3:
            roles.append(("outer", None))
            continue
        containers = [j for j in range(i) if len(rings[j]) >= 3 and ring_contains(rings[j], ring)]
        if not containers:
            roles.append(("outer", None))
            continue
        inner = min(containers, key=lambda j: areas[j])
        if roles[inner][0] == "outer":
            roles.append(("hole", inner))
        else:
            roles.append(("outer", None))
    return roles


# ---------------------------------------------------------------------------------------------
# per-parcel checks, over all the parcels of a file
# ---------------------------------------------------------------------------------------------
def area_difference_array(stated_ha, geom_ha) -> np.ndarray:
    """(geometry − stated) ÷ stated × 100 per parcel: float arrays (NaN = missing) in, float array
    out; NaN where the stated area is missing or not positive."""
    s = np.asarray(stated_ha, dtype=float)
    g = np.asarray(geom_ha, dtype=float)
    ok = np.isfinite(s) & np.isfinite(g) & (s > 0)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        return np.where(ok, (g - s) / s * 100.0, np.nan)


def area_off_array(diff_pct, tolerance=AREA_TOLERANCE_PCT, stated_ha=None, geom_ha=None, decimals=None,
                   scale=None) -> np.ndarray:
    """More than ``tolerance`` percent off, per parcel (a value exactly at the tolerance is within
    it). Where the stated area's number of decimals is known (``decimals``: an integer array with
    -1 or NaN for unknown), a difference within its rounding (half a unit of the last decimal:
    0.00005 公顷 for 0.2500) is never a problem — a 50 m² parcel written 0.0050 cannot be stated
    closer than 1 %. ``scale``: 公顷 per unit of the written number (1e-4 for a number written in
    平方米, whose last decimal is a 平方米 decimal); 1 when not given."""
    d = np.asarray(diff_pct, dtype=float)
    with np.errstate(invalid="ignore"):
        off = np.isfinite(d) & (np.abs(d) > tolerance + 1e-9)
        if decimals is not None and stated_ha is not None and geom_ha is not None:
            dec = np.asarray(decimals, dtype=float)
            known = np.isfinite(dec) & (dec >= 0)
            unit = np.ones(len(d)) if scale is None else np.asarray(scale, dtype=float)
            half = 0.5 * np.power(10.0, -np.where(known, dec, 0.0)) * unit + 1e-12 * unit
            beyond = np.abs(np.asarray(geom_ha, dtype=float) - np.asarray(stated_ha, dtype=float)) > half
            off &= ~known | beyond
        return off


def stated_unit_array(values, decimals, units, geom_ha, tolerance=AREA_TOLERANCE_PCT) -> np.ndarray:
    """Unit of each stated area (rule: module docstring): ``values`` the numbers as written (NaN =
    none), ``decimals`` their decimals (-1 unknown), ``units`` the unit written with them ('ha',
    'm2', 'mu' or None = bare), ``geom_ha`` the geometry's area (NaN = none). A written unit is
    kept; a bare number is 'ha' unless it agrees with the geometry in 'm2' (or else 'mu') and not
    in 'ha'; one without a geometry takes the unit every other bare number of the file agrees in,
    when that is one unit other than 'ha'. Object array of unit keys."""
    v = np.asarray(values, dtype=float)
    g = np.asarray(geom_ha, dtype=float)
    dec = np.asarray(decimals, dtype=float)
    out = np.array([u if u else "ha" for u in units], dtype=object)
    bare = np.array([not u for u in units], dtype=bool)

    def agrees(key):
        per_ha = np.full(len(v), _UNITS[key][0])
        s, scale = v / per_ha, 1.0 / per_ha
        return np.isfinite(s) & (s > 0) & ~area_off_array(area_difference_array(s, g), tolerance, s, g, dec, scale) \
            & np.isfinite(g)
    in_ha = agrees("ha")
    undecided = bare & ~in_ha
    found = set()
    for key in ("m2", "mu"):
        hit = undecided & agrees(key)
        out[hit] = key
        undecided &= ~hit
        if hit.any():
            found.add(key)
    # a bare number that cannot be checked (no geometry) takes the file's unit when every bare number
    # that agrees with its geometry agrees in the same other unit
    unchecked = bare & np.isfinite(v) & (v > 0) & ~np.isfinite(g)
    if len(found) == 1 and not (bare & in_ha).any():
        out[unchecked] = found.pop()
    return out


def stated_decimals(text) -> Optional[int]:
    """Decimals written in a number's text ("0.2500" → 4, "3" → 0); None when not a number."""
    t = unicodedata.normalize("NFKC", text or "").strip()
    if _num(t) is None or "e" in t.lower():
        return None
    return len(t.split(".", 1)[1]) if "." in t else 0


def point_count_ok(stated, point_lines, closed_rings) -> bool:
    """The header's point count matches the point lines: producers count every line (closing
    points included, as the 报盘 format counts them) or the distinct points (closing points left out); both are
    accepted. A missing count is not checked."""
    return stated is None or stated == point_lines or stated == point_lines - closed_rings


def looks_swapped_array(parcel_index, x, y, n) -> np.ndarray:
    """Per parcel (``n`` of them): do its file X / Y (X meant as the northing, Y as the easting)
    look the other way round — every X like an easting (plain, or with a zone prefix 13–45) and
    every Y like a northing in China, and not every point the right way round? ``parcel_index``
    gives the parcel of each point (``x``, ``y``); a parcel without points is not swapped."""
    idx = np.asarray(parcel_index, dtype=np.int64)
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    def east(v):
        # no prefix: inside a zone (≤ ~1 000 km either side of 500 000 is generous); with prefix: zone 13–45
        return ((v > 0.0) & (v < 1_000_000.0)) | ((v >= 13_000_000.0) & (v < 46_000_000.0))

    def north(v):
        return (v >= 1_000_000.0) & (v < 7_000_000.0)
    points = np.bincount(idx, minlength=n)

    def every(mask):
        return np.bincount(idx, weights=mask.astype(float), minlength=n) == points
    return (points > 0) & every(east(x) & north(y)) & ~every(north(x) & east(y))


# ---------------------------------------------------------------------------------------------
# reading
# ---------------------------------------------------------------------------------------------
_NUM = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


#: projected metres: a northing is below 10 000 km and an easting with a zone prefix below 61 000 km
MAX_COORDINATE = 1e8


def _num(text):
    t = unicodedata.normalize("NFKC", text or "").strip().replace(",", "")
    if not _NUM.match(t):
        return None
    v = float(t)
    return v if math.isfinite(v) else None


def _split(line):
    """Fields split on ASCII commas (a full-width ， inside a name stays text); a line written
    entirely with full-width commas is split on those."""
    parts = line.split(",")
    if len(parts) < 3:
        parts = unicodedata.normalize("NFKC", line).split(",")
    return [p.strip() for p in parts]


#: labels of the parcel-line keys, for messages
KEY_LABELS = dict({"count": "界址点数", "area": "地块面积", "pid": "地块编号", "name": "地块名称", "use": "地块用途",
                   "dlbm": "地类编码"}, **EXTRA_FIELDS)
_LAYOUT_NOTES = {"remark": "地块行为 9 项格式（第9项为描述）",
                 "provincial": "地块行为报省部标 10 项格式（界址点数,地块面积,行政区代码,乡镇/村,地块编号,"
                               "地块名称,图形属性,图幅号,地块用途,地类编码）"}
_AREA = re.compile(r"^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(\D.*)?$")


def _key_label(key):
    return KEY_LABELS.get(key) or "第%s项" % key[4:]


def _declared_key(name):
    """(key, unit) of a declared field name: 地块面积(平方米) → ('area', 'm2'); (None, None) unknown."""
    t = name.replace(" ", "")
    unit = None
    m = re.search(r"[(（]([^)）]*)[)）]", t)
    if m and m.group(1).lower() in _UNIT_OF_SUFFIX:
        unit = _UNIT_OF_SUFFIX[m.group(1).lower()]
    return FIELD_NAMES.get(t) or FIELD_NAMES.get(re.sub(r"[（(].*?[)）]", "", t)), unit


def _field_order(line):
    """(keys, area unit, aliases of the unknown keys) of a field list line — ``【…,@】``, or the same
    names written bare as a line ending in ``,@`` — or None when the line is not one."""
    t = unicodedata.normalize("NFKC", line).strip()
    bracketed = (t.startswith("【") or t.startswith("[")) and (t.endswith("】") or t.endswith("]"))
    inner = t[1:-1] if bracketed else t
    parts = [p.strip() for p in inner.split(",")]
    if not parts or parts[-1] != "@":
        return None
    keys, unit, aliases = [], None, {}
    for i, p in enumerate(parts[:-1], start=1):
        key, u = _declared_key(p)
        if key == "area":
            unit = u
        if key is None or key in keys:
            key = "fld_%d" % i
            aliases[key] = p or "第%d项" % i
        keys.append(key)
    if not bracketed and (sum(k in KEY_LABELS for k in keys) < 3 or _num(parts[0]) is not None):
        return None                                   # a parcel line, not a bare field list
    return tuple(keys), unit, aliases


def _place(parts):
    """(keys, layout id or None) of a parcel line's fields without a declared order (rule: module
    docstring); a None layout id means the reader could not place the line for sure."""
    n = len(parts)
    shapes = [i for i in range(2, n) if parts[i] in SHAPES]
    for lid, keys in LAYOUTS.items():
        if len(keys) == n and (not shapes or keys.index("shape") in shapes):
            return keys, lid
    s = shapes[0] if shapes else None
    if n <= len(DEFAULT_FIELDS) and (s is None or 4 in shapes):
        return DEFAULT_FIELDS[:n], "standard"
    if s is not None and s >= 4:
        after = [("sheet", "use", "dlbm")[j] if j < 3 else "fld_%d" % (i + 1) for j, i in enumerate(range(s + 1, n))]
        before = ["fld_%d" % (i + 1) for i in range(2, s - 2)]
        return tuple(["count", "area"] + before + ["pid", "name", "shape"] + after), None
    return tuple(DEFAULT_FIELDS[:n]) + tuple("fld_%d" % (i + 1) for i in range(len(DEFAULT_FIELDS), n)), None


def read_area(text, unit=None):
    """A stated area as written: (number, unit key or None, decimals, what is wrong or None).
    ``unit`` is the column's declared unit; one written after the number wins. What is wrong:
    'empty', 'zero' (a 0 placeholder), 'nan' (not a number, or an unknown unit), 'negative'."""
    t = unicodedata.normalize("NFKC", text or "").strip().replace(",", "").lower()
    if not t:
        return None, None, None, "empty"
    m = _AREA.match(t)
    if not m:
        return None, None, None, "nan"
    number, suffix = m.groups()
    if suffix:
        suffix = suffix.strip().replace("²", "2")
        if suffix not in _UNIT_OF_SUFFIX:
            return None, None, None, "nan"
        unit = _UNIT_OF_SUFFIX[suffix]
    v = float(number)
    if not math.isfinite(v):
        return None, None, None, "nan"
    if v == 0:
        return None, None, None, "zero"
    if v < 0:
        return None, None, None, "negative"
    return v, unit, stated_decimals(number), None


def parse_bytes(data: bytes, encoding: Optional[str] = None) -> CoordinateFile:
    """Decode (detected or given encoding) and parse."""
    text, enc, problems = decode(data, encoding)
    result = parse_text(text)
    result.encoding = enc
    result.problems[:0] = problems
    return result


def parse_text(text: str) -> CoordinateFile:
    """Parse decoded text into parcels; never raises on bad data (problems are named instead)."""
    header: Dict[str, str] = {}
    parcels: List[Parcel] = []
    problems: List[str] = []
    notes: List[str] = []
    declared = None                                    # (keys, area unit, aliases) of a field list line
    section = None
    current: Optional[Parcel] = None
    ring_points: Dict[str, list] = {}
    met: Dict[str, None] = {}
    aliases: Dict[str, str] = {}
    told = set()
    for lineno, raw in enumerate(text.replace("\ufeff", "").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        norm = unicodedata.normalize("NFKC", line)
        if norm.startswith("[") and norm.endswith("]") and "," not in norm:
            section = norm[1:-1].strip()
            continue
        fo = _field_order(line)
        if fo is not None:
            declared = fo
            aliases.update(fo[2])
            continue
        if norm.rstrip().endswith(",@") or norm == "@":
            parts = _split(line)[:-1]
            if declared is not None:
                keys, layout = declared[0], "declared"
            else:
                keys, layout = _place(parts)
                _tell_layout(keys, layout, parts, lineno, told, problems, notes)
            values = dict(zip(keys, parts))
            for key in keys:
                if key not in ("count", "area"):
                    met[key] = None
            count = _num(values.get("count", ""))
            area, unit, decimals, wrong = read_area(values.get("area", ""), declared[1] if declared else None)
            current = Parcel(line=lineno, pid=values.get("pid", ""), name=values.get("name", ""),
                             use=values.get("use", ""), dlbm=values.get("dlbm", ""),
                             shape=values.get("shape", ""), sheet=values.get("sheet", ""),
                             area_ha=None, area_decimals=decimals,
                             count=int(count) if count is not None and count == int(count) and count > 0 else None,
                             area_value=area, area_unit=unit, area_text=values.get("area", ""),
                             extra={k: v for k, v in values.items() if k not in _PARCEL_ATTRS})
            if wrong == "nan":
                current.problems.append("地块面积「%s」不是数字，无法核对" % values.get("area"))
            elif wrong == "negative":
                current.problems.append("地块面积「%s」不是正数，无法核对" % values.get("area"))
            parcels.append(current)
            ring_points = {}
            continue
        if "=" in norm and current is None:
            key, _, value = norm.partition("=")
            header[key.strip()] = value.strip()
            continue
        if current is None:
            if section and section != "属性描述":
                problems.append("第%d行「%s」不在任何地块之下，已忽略" % (lineno, _short(line)))
            continue
        parts = _split(norm)
        if len(parts) < 4:
            current.problems.append("第%d行「%s」不是坐标行（点号,圈号,X,Y），已忽略" % (lineno, _short(line)))
            continue
        x, y = _num(parts[2]), _num(parts[3])
        if x is None or y is None:
            current.problems.append("第%d行坐标「%s,%s」不是数字，已忽略" % (lineno, parts[2], parts[3]))
            continue
        if abs(x) > MAX_COORDINATE or abs(y) > MAX_COORDINATE:
            current.problems.append("第%d行坐标「%s,%s」超出投影坐标范围，已忽略" % (lineno, parts[2], parts[3]))
            continue
        current.point_lines += 1
        ring_no = parts[1] or "1"
        ring = ring_points.get(ring_no)
        if ring is None:
            ring = ring_points[ring_no] = Ring(ring_no, [], [])
            current.rings.append(ring)
        ring.names.append(parts[0])
        ring.points.append((x, y))     # file order for now: (X northing, Y easting)

    result = CoordinateFile(header=header, parcels=parcels, problems=problems, notes=notes,
                            fields=list(met), field_aliases={k: v for k, v in aliases.items() if k in met})
    for key in met:
        if key.startswith("fld_") and key not in result.field_aliases:
            result.field_aliases[key] = "第%s项" % key[4:]
    _resolve_crs(result)
    rings = [r for p in parcels for r in p.rings if len(r.points) >= 2]
    all_open = bool(rings) and not any(r.points[0] == r.points[-1] for r in rings)
    for parcel in parcels:
        _finish_parcel(parcel, result, all_open)
    habit = [p for p in parcels if p.open_rings and not any("未闭合" in m for m in p.problems)]
    if habit:
        notes.append("%d 个地块的 %d 个圈未在末尾重复首点（生产软件省略闭合点的写法），已自动闭合"
                     % (len(habit), sum(p.open_rings for p in habit)))
    _check_areas(parcels, notes)
    _check_duplicates(parcels, problems)
    if not parcels:
        problems.append("文件中没有地块（没有以「,@」结尾的地块行）")
    return result


#: Parcel attributes filled from a parcel line (the rest go to ``Parcel.extra``)
_PARCEL_ATTRS = ("count", "area", "pid", "name", "use", "dlbm", "shape", "sheet")


def _tell_layout(keys, layout, parts, lineno, told, problems, notes):
    """Once per file and layout: a note for a known layout other than the 8-field one, a warning
    naming the fields as read for a line the reader could not place."""
    if layout in _LAYOUT_NOTES and layout not in told:
        told.add(layout)
        notes.append(_LAYOUT_NOTES[layout])
    elif layout is None and keys not in told:
        told.add(keys)
        problems.append("第%d行地块行有 %d 项，不是已知的排列；按「%s」读入，请核对" % (
            lineno, len(parts), "，".join("%s=%s" % (_key_label(k), v) for k, v in zip(keys, parts))))


def _check_duplicates(parcels, problems):
    """A repeated 地块编号 (NFKC) is named on the parcel that repeats it and listed once per file."""
    seen: Dict[str, List[Parcel]] = {}
    for parcel in parcels:
        key = unicodedata.normalize("NFKC", parcel.pid or "").strip()
        if not key:
            continue
        if key in seen:
            parcel.problems.append("地块编号「%s」重复（首次出现在第%d行）" % (parcel.pid, seen[key][0].line))
        seen.setdefault(key, []).append(parcel)
    repeated = ["「%s」（第%s行）" % (ps[0].pid, "、".join(str(p.line) for p in ps))
                for ps in seen.values() if len(ps) > 1]
    if repeated:
        problems.append("地块编号重复：%s" % "；".join(repeated))


def _short(text, limit=40):
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _resolve_crs(result: CoordinateFile):
    h = {k.replace(" ", ""): v for k, v in result.header.items()}
    datum, stated = datum_of(h.get("坐标系", ""))
    result.datum = datum
    if h.get("坐标系") and not stated:
        result.problems.append("坐标系「%s」无法识别，按2000国家大地坐标系处理" % h.get("坐标系"))
    width = _num(h.get("几度分带", "") or h.get("分带", ""))
    result.zone_width = int(width) if width in (3.0, 6.0) else None
    if h.get("几度分带") and result.zone_width is None:
        result.problems.append("几度分带「%s」不是3或6" % h.get("几度分带"))
    zone = _num(h.get("带号", ""))
    # a zone number is a small whole number (China uses 3° zones 25–45, 6° zones 13–23)
    header_zone = int(zone) if zone is not None and 0 < zone <= 60 and zone == int(zone) else None
    if h.get("带号") and header_zone is None:
        result.problems.append("带号「%s」不是整数" % h.get("带号"))
    # zone prefix: from the easting (file Y; file X when a parcel looks swapped)
    points = [(k, pt) for k, p in enumerate(result.parcels) for r in p.rings for pt in r.points]
    swapped = looks_swapped_array([k for k, _ in points], [pt[0] for _, pt in points], [pt[1] for _, pt in points],
                                  len(result.parcels))
    prefixes = []
    for p, is_swapped in zip(result.parcels, swapped.tolist()):
        p.swapped = is_swapped
        eastings = [pt[0 if p.swapped else 1] for r in p.rings for pt in r.points]
        p.zones = sorted({int(e // 1_000_000) if 1_000_000 <= e < 61_000_000 else 0 for e in eastings})
        prefixes.extend(z for z in p.zones if z)
    file_prefix = max(set(prefixes), key=prefixes.count) if prefixes else None
    result.prefixed = file_prefix is not None
    result.zone = header_zone if header_zone is not None else file_prefix
    if (header_zone is not None and file_prefix is not None and header_zone != file_prefix
            and crs_epsg(datum, result.zone_width, header_zone, True) is None
            and crs_epsg(datum, result.zone_width, file_prefix, True) is not None):
        # e.g. an exporter writing 几度分带 (3) into 带号
        result.problems.append("带号「%s」不是%s分带的带号，按Y坐标的带号前缀 %d 读入"
                               % (h.get("带号"), "%d°" % result.zone_width if result.zone_width else "3°或6°",
                                  file_prefix))
        result.zone = file_prefix
    if result.zone is None:
        result.problems.append("无法确定带号：文件头没有「带号」，Y坐标也没有带号前缀")
    result.epsg = crs_epsg(datum, result.zone_width, result.zone, result.prefixed)
    if result.epsg is None and result.zone is not None:
        result.problems.append("带号 %s 与 %s°分带不符（3°带为25–45，6°带为13–23），无法确定坐标系"
                               % (result.zone, result.zone_width or "?"))
    if result.zone_width is None and result.epsg is not None:
        result.zone_width = epsg_info(result.epsg)[1]


def _finish_parcel(p: Parcel, f: CoordinateFile, all_open=False):
    if p.swapped:
        p.problems.append("X、Y 疑似颠倒（X 像东坐标、Y 像北坐标），已按 Y=北、X=东 读入")
    for z in p.zones:
        if f.zone is not None and z and z != f.zone:
            p.problems.append("Y坐标带号前缀 %d 与文件带号 %d 不符" % (z, f.zone))
        if z == 0 and f.prefixed:
            p.problems.append("Y坐标缺少带号前缀，已按带号 %s 补上" % f.zone)
    # rings without the closing point are the producer's habit when no ring of the file is closed
    # or when the parcel's count is its point lines; otherwise a line is missing
    habit = all_open or (p.count is not None and p.count == p.point_lines)
    gis_rings = []
    for ring in p.rings:
        pts = [(x, y) if p.swapped else (y, x) for x, y in ring.points]   # GIS (easting, northing)
        if f.prefixed and f.zone:
            pts = [(e + f.zone * 1_000_000 if e < 1_000_000 else e, n) for e, n in pts]
        ring.closed = len(pts) >= 2 and pts[0] == pts[-1]
        if ring.closed:
            pts = pts[:-1]
        distinct = []
        for pt in pts:
            if not distinct or distinct[-1] != pt:
                distinct.append(pt)
        if not ring.closed:
            p.open_rings += 1
            if not habit:
                p.problems.append("第%s圈未闭合（首点 %s 未在末尾重复），已自动闭合"
                                  % (ring.number, ring.names[0] if ring.names else "?"))
        if len(distinct) < 3:
            p.problems.append("第%s圈只有%d个不同的点（少于3个），无法构成面，已舍弃"
                              % (ring.number, len(distinct)))
            continue
        ring.points = distinct
        gis_rings.append(distinct)
    if not p.rings:
        p.problems.append("没有坐标点")
    closed = sum(1 for r in p.rings if r.closed)
    counted_closing = all_open and p.count == p.point_lines + p.open_rings   # counted, not written
    if not point_count_ok(p.count, p.point_lines, closed) and not counted_closing:
        p.problems.append("界址点数 %d 与坐标行数 %d 不符" % (p.count, p.point_lines))
    roles = ring_roles(gis_rings)
    index = {}
    for i, (role, parent) in enumerate(roles):
        if role == "outer":
            index[i] = len(p.polygons)
            p.polygons.append((_ccw(gis_rings[i], True), []))
        else:
            p.polygons[index[parent]][1].append(_ccw(gis_rings[i], False))
    if p.polygons:
        p.geom_ha = polygons_area(p.polygons) / 10000.0


def _check_areas(parcels, notes=None):
    """Unit of the stated area and geometry against it, for all the parcels at once."""
    def column(values):
        return np.array([np.nan if v is None else v for v in values], dtype=float)
    values, geom = column(p.area_value for p in parcels), column(p.geom_ha for p in parcels)
    decimals = column(p.area_decimals for p in parcels)
    units = stated_unit_array(values, decimals, [p.area_unit for p in parcels], geom)
    per_ha = np.array([_UNITS[u][0] for u in units], dtype=float)
    stated, scale = values / per_ha, 1.0 / per_ha
    diff = area_difference_array(stated, geom)
    off = area_off_array(diff, AREA_TOLERANCE_PCT, stated, geom, decimals, scale)
    # for a bare number off in 公顷: the closest other unit, so a message never shows a bare −99.99 %
    others = {key: area_difference_array(values / _UNITS[key][0], geom) for key in ("m2", "mu")}
    declared = set()
    for k, (p, d, is_off) in enumerate(zip(parcels, diff.tolist(), off.tolist())):
        unit = units[k]
        if p.area_value is not None:
            # a converted value to 10 decimals (109.43 平方米 is 0.010943 公顷, as the writer writes it back)
            p.area_ha = float(stated[k]) if unit == "ha" else round(float(stated[k]), 10)
            written = read_area(p.area_text)[1] is not None      # a unit after the number
            if unit != "ha" and p.area_unit is None and not p.polygons:
                p.notes.append("地块面积「%s」无图形可核对，按文件中其他地块的单位（%s）读入（%s 公顷）"
                               % (p.area_text, _UNITS[unit][1], _fmt_ha(p.area_ha)))
            elif unit != "ha" and p.area_unit is None:
                p.notes.append("地块面积「%s」按公顷与图形面积不符、按%s相符，已按%s读入（%s 公顷）"
                               % (p.area_text, _UNITS[unit][1], _UNITS[unit][1], _fmt_ha(p.area_ha)))
            elif unit != "ha" and written:
                p.notes.append("地块面积「%s」按%s读入（%s 公顷）" % (p.area_text, _UNITS[unit][1], _fmt_ha(p.area_ha)))
            elif unit != "ha":
                declared.add(_UNITS[unit][1])
        if p.polygons:
            p.area_diff = None if math.isnan(d) else d
            if is_off:
                message = ("图形面积 %.4f 公顷与申报面积 %.4f 公顷相差 %.2f%%（超过 %.1f%%）"
                           % (p.geom_ha, p.area_ha, p.area_diff, AREA_TOLERANCE_PCT))
                if p.area_unit is None:
                    alt = min(others, key=lambda key: abs(others[key][k])
                              if math.isfinite(others[key][k]) else math.inf)
                    if math.isfinite(others[alt][k]) and abs(others[alt][k]) < abs(d):
                        message += "；按%s计则相差 %.2f%%，请核对面积单位" % (_UNITS[alt][1], others[alt][k])
                p.problems.append(message)
        if p.area_value is None and not any("地块面积「" in m for m in p.problems):
            p.problems.append("未填写地块面积（文件中为 0），无法核对" if _is_zero(p.area_text)
                              else "未填写地块面积，无法核对")
    if declared and notes is not None:
        notes.append("地块面积列声明为%s，已换算为公顷" % "、".join(sorted(declared)))


def _is_zero(text):
    return read_area(text)[3] == "zero"


def _fmt_ha(value):
    return ("%.6f" % value).rstrip("0").rstrip(".")


def _signed(points):
    x0, y0 = points[0]
    s = 0.0
    n = len(points)
    for i in range(n):
        xa, ya = points[i]
        xb, yb = points[(i + 1) % n]
        s += (xa - x0) * (yb - y0) - (xb - x0) * (ya - y0)
    return s / 2.0


def _ccw(points, ccw):
    """The ring oriented counter-clockwise (outer) or clockwise (hole), OGC convention."""
    pts = list(points)
    return pts if (_signed(pts) > 0) == ccw else pts[:1] + pts[:0:-1]   # same first point


# ---------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------
def _fmt_field(value):
    text = "" if value is None else str(value)
    return text.replace(",", "，").replace("\n", " ").replace("\r", " ")


def format_file(parcels: Sequence[dict], datum="CGCS2000", zone_width=3, zone=38, prefixed=True,
                decimals=3, layout="standard") -> str:
    """Text of a 报盘坐标 file.

    ``parcels``: dicts with ``pid``, ``name``, ``use``, ``dlbm``, ``area_ha`` (stated; the
    geometry's when None), optionally ``sheet``, ``shape`` (图形属性, 面 when empty) and the extra
    fields of ``layout`` (a key of :data:`LAYOUTS`: ``xzqdm``, ``town``, ``remark``), and
    ``polygons`` [(outer, [holes])] in GIS (easting, northing), in the CRS the zone describes.
    ``prefixed`` says whether the eastings already carry the zone prefix; the file always carries
    it (the format's Y). Points are numbered J1, J2 … per parcel, each ring's first point repeated
    (with its name) to close it; rings numbered 1, 2 … in order outer, its holes, next outer …
    A stated area is written with 4 decimals, or with as many as it needs (up to 10) to be read
    back the same; the geometry's with 4."""
    unit = "%.{}f".format(decimals)
    keys = LAYOUTS[layout]
    lines = ["[属性描述]", "坐标系=%s" % DATUM_LABELS.get(datum, datum), "几度分带=%d" % zone_width,
             "投影类型=高斯克吕格", "计量单位=米", "带号=%d" % zone,
             "精度=%s" % ("0." + "0" * (decimals - 1) + "1" if decimals else "1"),
             "[地块坐标]"]
    for p in parcels:
        rings = []
        for outer, holes in p.get("polygons") or []:
            rings.append(_ccw(_open(outer), False))    # survey files list outer rings clockwise (in x/y)
            for h in holes:
                rings.append(_ccw(_open(h), True))
        area = p.get("area_ha")
        if area is None:
            polys = [(_open(o), [_open(h) for h in hs]) for o, hs in p.get("polygons") or []]
            area_text = "%.4f" % (polygons_area(polys) / 10000.0)
        else:
            area_text = _fmt_area(area)
        values = {"count": "%d" % sum(len(r) + 1 for r in rings), "area": area_text,
                  "shape": _fmt_field(p.get("shape")) or "面"}
        lines.append(",".join(values[k] if k in values else _fmt_field(p.get(k)) for k in keys) + ",@")
        j = 0
        for ring_no, ring in enumerate(rings, start=1):
            first = j + 1
            for e, n in ring:
                j += 1
                if not prefixed:
                    e += zone * 1_000_000
                lines.append("J%d,%d,%s,%s" % (j, ring_no, unit % n, unit % e))
            e, n = ring[0]
            if not prefixed:
                e += zone * 1_000_000
            lines.append("J%d,%d,%s,%s" % (first, ring_no, unit % n, unit % e))
    return "\r\n".join(lines) + "\r\n"


def _fmt_area(area):
    """4 decimals, or as many as the value needs (up to 10)."""
    text = "%.4f" % area
    if float(text) == area:
        return text
    return ("%.10f" % area).rstrip("0")


def export_layout(keys) -> str:
    """The layout an export writes for the extra fields it has (``keys``): 报省部标 when it has 行政区代码
    or 乡镇/村, the 9-field one when it has 描述, else the 8-field one."""
    keys = set(keys)
    return "provincial" if keys & {"xzqdm", "town"} else "remark" if "remark" in keys else "standard"


def export_attributes(columns, n, unit="ha", area_field="", start=1):
    """The attributes :func:`format_file` writes for ``n`` parcels read from a layer. ``columns``
    maps ``pid`` / ``name`` / ``use`` / ``dlbm`` / ``area`` and the extra keys of
    :data:`EXTRA_FIELDS` (those given) to raw values. Text as it is (None → ""); an empty pid is
    the parcel's number (``start``, ``start`` + 1 … in order); ``area_ha`` the ``area`` values in
    ``unit`` as 公顷 (None: the geometry's is written). Returns (dicts, {row: the problem of an
    unreadable area value})."""
    text_keys = ("pid", "name", "use", "dlbm") + tuple(k for k in EXTRA_FIELDS if k in columns)
    texts = {key: ["" if v is None else str(v) for v in columns.get(key, [None] * n)] for key in text_keys}
    area_ha, problems = [None] * n, {}
    if "area" in columns:
        values, found = parse_number_array(columns["area"], area_field)
        area_ha = [None if v != v else v for v in (to_m2(values, unit) / M2_PER_HA).tolist()]
        problems = {i: p.message for i, p in found.items()}
    rows = []
    for i in range(n):
        row = {key: texts[key][i] for key in text_keys}
        row["pid"] = row["pid"] or str(start + i)
        row["area_ha"] = area_ha[i]
        rows.append(row)
    return rows, problems


def _open(points):
    pts = [tuple(p) for p in points]
    return pts[:-1] if len(pts) > 1 and pts[0] == pts[-1] else pts


def encode_file(text: str, encoding="gbk") -> Tuple[bytes, List[str]]:
    """Bytes in ``encoding``; characters GBK cannot hold are replaced by ? and named."""
    problems = []
    try:
        return text.encode(encoding), problems
    except UnicodeEncodeError:
        bad = sorted({ch for ch in text if not _encodable(ch, encoding)})
        problems.append("以下字符无法用 %s 编码，已写为 ?：%s" % (encoding.upper(), "".join(bad)))
        return text.encode(encoding, errors="replace"), problems


def _encodable(ch, encoding):
    try:
        ch.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False

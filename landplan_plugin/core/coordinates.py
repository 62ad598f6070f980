"""报盘坐标 TXT (建设用地报批 / 勘测定界 coordinate files): reading, checking and writing.

The format (SPEC §8)::

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
checks (area off, X/Y swapped) run over all the parcels of a file at once (numpy).
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
    "ring_roles", "format_file", "encode_file", "export_attributes",
]

#: geometry area vs stated area: more than this (percent) is a problem
AREA_TOLERANCE_PCT = 0.5

#: field order of a parcel line when the file declares none
DEFAULT_FIELDS = ("count", "area", "pid", "name", "shape", "sheet", "use", "dlbm")
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
}

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


def export_crs(layer_epsg: Optional[int], centre_lon: Optional[float], zone_width: int = 3) -> Optional[int]:
    """The CRS a 报盘坐标 file is written in: the layer's own when it is a Gauss–Krüger zone this
    module knows (no reprojection), else the CGCS2000 zone (with prefix) of the layer's centre
    longitude. None when neither is known."""
    if layer_epsg is not None and epsg_info(layer_epsg) is not None:
        return layer_epsg
    if centre_lon is None or not math.isfinite(centre_lon):
        return None
    return crs_epsg("CGCS2000", zone_width, zone_for_longitude(centre_lon, zone_width), True)


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


def area_off_array(diff_pct, tolerance=AREA_TOLERANCE_PCT, stated_ha=None, geom_ha=None, decimals=None) -> np.ndarray:
    """More than ``tolerance`` percent off, per parcel (a value exactly at the tolerance is within
    it). Where the stated area's number of decimals is known (``decimals``: an integer array with
    -1 or NaN for unknown), a difference within its rounding (half a unit of the last decimal:
    0.00005 公顷 for 0.2500) is never a problem — a 50 m² parcel written 0.0050 cannot be stated
    closer than 1 %."""
    d = np.asarray(diff_pct, dtype=float)
    with np.errstate(invalid="ignore"):
        off = np.isfinite(d) & (np.abs(d) > tolerance + 1e-9)
        if decimals is not None and stated_ha is not None and geom_ha is not None:
            dec = np.asarray(decimals, dtype=float)
            known = np.isfinite(dec) & (dec >= 0)
            half = 0.5 * np.power(10.0, -np.where(known, dec, 0.0)) + 1e-12
            beyond = np.abs(np.asarray(geom_ha, dtype=float) - np.asarray(stated_ha, dtype=float)) > half
            off &= ~known | beyond
        return off


def stated_decimals(text) -> Optional[int]:
    """Decimals written in a number's text ("0.2500" → 4, "3" → 0); None when not a number."""
    t = unicodedata.normalize("NFKC", text or "").strip()
    if _num(t) is None or "e" in t.lower():
        return None
    return len(t.split(".", 1)[1]) if "." in t else 0


def point_count_ok(stated, point_lines, closed_rings) -> bool:
    """The header's point count matches the point lines: producers count every line (closing
    points included, as in SPEC §8) or the distinct points (closing points left out); both are
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


def _field_order(line) -> Optional[Tuple[str, ...]]:
    """Keys of a 【…,@】 field list line, or None when the line is not one."""
    t = unicodedata.normalize("NFKC", line).strip()
    if not (t.startswith("【") or t.startswith("[")) or not (t.endswith("】") or t.endswith("]")):
        return None
    inner = t[1:-1]
    parts = [p.strip() for p in inner.split(",")]
    if not parts or parts[-1] != "@":
        return None
    keys = []
    for p in parts[:-1]:
        key = FIELD_NAMES.get(p.replace(" ", "")) or FIELD_NAMES.get(re.sub(r"[（(].*?[)）]", "", p))
        keys.append(key or "_")
    return tuple(keys)


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
    order = DEFAULT_FIELDS
    section = None
    current: Optional[Parcel] = None
    ring_points: Dict[str, list] = {}
    raw_xy: Dict[int, list] = {}
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
            order = fo
            continue
        if norm.rstrip().endswith(",@") or norm == "@":
            parts = _split(line)[:-1]
            values = dict(zip(order, parts))
            count = _num(values.get("count", ""))
            current = Parcel(line=lineno, pid=values.get("pid", ""), name=values.get("name", ""),
                             use=values.get("use", ""), dlbm=values.get("dlbm", ""),
                             shape=values.get("shape", ""), sheet=values.get("sheet", ""),
                             area_ha=_num(values.get("area", "")), area_decimals=stated_decimals(values.get("area")),
                             count=int(count) if count is not None and count == int(count) else None)
            if values.get("area") and current.area_ha is None:
                current.problems.append("地块面积「%s」不是数字" % values.get("area"))
            parcels.append(current)
            ring_points = {}
            raw_xy[id(current)] = []
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
        raw_xy[id(current)].append((x, y))

    result = CoordinateFile(header=header, parcels=parcels, problems=problems)
    _resolve_crs(result)
    for parcel in parcels:
        _finish_parcel(parcel, result)
    _check_areas(parcels)
    seen: Dict[str, int] = {}
    for parcel in parcels:
        if parcel.pid:
            if parcel.pid in seen:
                parcel.problems.append("地块编号「%s」重复（首次出现在第%d行）" % (parcel.pid, seen[parcel.pid]))
            else:
                seen[parcel.pid] = parcel.line
    if not parcels:
        problems.append("文件中没有地块（没有以「,@」结尾的地块行）")
    return result


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
    if result.zone is None:
        result.problems.append("无法确定带号：文件头没有「带号」，Y坐标也没有带号前缀")
    result.epsg = crs_epsg(datum, result.zone_width, result.zone, result.prefixed)
    if result.epsg is None and result.zone is not None:
        result.problems.append("带号 %s 与 %s°分带不符（3°带为25–45，6°带为13–23），无法确定坐标系"
                               % (result.zone, result.zone_width or "?"))
    if result.zone_width is None and result.epsg is not None:
        result.zone_width = epsg_info(result.epsg)[1]


def _finish_parcel(p: Parcel, f: CoordinateFile):
    if p.swapped:
        p.problems.append("X、Y 疑似颠倒（X 像东坐标、Y 像北坐标），已按 Y=北、X=东 读入")
    for z in p.zones:
        if f.zone is not None and z and z != f.zone:
            p.problems.append("Y坐标带号前缀 %d 与文件带号 %d 不符" % (z, f.zone))
        if z == 0 and f.prefixed:
            p.problems.append("Y坐标缺少带号前缀，已按带号 %s 补上" % f.zone)
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
            p.problems.append("第%s圈未闭合（首点 %s 未在末尾重复），已自动闭合" % (ring.number, ring.names[0] if ring.names else "?"))
        if len(distinct) < 3:
            p.problems.append("第%s圈只有%d个不同的点（少于3个），无法构成面，已舍弃" % (ring.number, len(distinct)))
            continue
        ring.points = distinct
        gis_rings.append(distinct)
    if not p.rings:
        p.problems.append("没有坐标点")
    if not point_count_ok(p.count, p.point_lines, sum(1 for r in p.rings if r.closed)):
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


def _check_areas(parcels):
    """Geometry area against the stated area, for all the parcels at once."""
    def column(values):
        return np.array([np.nan if v is None else v for v in values], dtype=float)
    stated, geom = column(p.area_ha for p in parcels), column(p.geom_ha for p in parcels)
    diff = area_difference_array(stated, geom)
    off = area_off_array(diff, AREA_TOLERANCE_PCT, stated, geom, column(p.area_decimals for p in parcels))
    for p, d, is_off in zip(parcels, diff.tolist(), off.tolist()):
        if p.polygons:
            p.area_diff = None if math.isnan(d) else d
            if is_off:
                p.problems.append("图形面积 %.4f 公顷与申报面积 %.4f 公顷相差 %.2f%%（超过 %.1f%%）"
                                  % (p.geom_ha, p.area_ha, p.area_diff, AREA_TOLERANCE_PCT))
        if p.area_ha is None:
            p.problems.append("未填写地块面积，无法核对")


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
                decimals=3) -> str:
    """Text of a 报盘坐标 file.

    ``parcels``: dicts with ``pid``, ``name``, ``use``, ``dlbm``, ``area_ha`` (stated; the
    geometry's when None) and ``polygons`` [(outer, [holes])] in GIS (easting, northing), in the
    CRS the zone describes. ``prefixed`` says whether the eastings already carry the zone
    prefix; the file always carries it (the format's Y). Points are numbered J1, J2 … per parcel,
    each ring's first point repeated (with its name) to close it; rings numbered 1, 2 … in order
    outer, its holes, next outer …"""
    unit = "%.{}f".format(decimals)
    lines = ["[属性描述]", "坐标系=%s" % DATUM_LABELS.get(datum, datum), "几度分带=%d" % zone_width,
             "投影类型=高斯克吕格", "计量单位=米", "带号=%d" % zone, "精度=%s" % ("0." + "0" * (decimals - 1) + "1" if decimals else "1"),
             "[地块坐标]"]
    for p in parcels:
        rings = []
        for outer, holes in p.get("polygons") or []:
            rings.append(_ccw(_open(outer), False))    # survey files list outer rings clockwise (in x/y)
            for h in holes:
                rings.append(_ccw(_open(h), True))
        area = p.get("area_ha")
        if area is None:
            area = polygons_area([(_open(o), [_open(h) for h in hs]) for o, hs in p.get("polygons") or []]) / 10000.0
        count = sum(len(r) + 1 for r in rings)
        lines.append("%d,%.4f,%s,%s,面,,%s,%s,@" % (count, area, _fmt_field(p.get("pid")), _fmt_field(p.get("name")),
                                                  _fmt_field(p.get("use")), _fmt_field(p.get("dlbm"))))
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


def export_attributes(columns, n, unit="ha", area_field="", start=1):
    """The attributes :func:`format_file` writes for ``n`` parcels read from a layer. ``columns``
    maps ``pid`` / ``name`` / ``use`` / ``dlbm`` / ``area`` (those given) to raw values. Text as it
    is (None → ""); an empty pid is the parcel's number (``start``, ``start`` + 1 … in order);
    ``area_ha`` the ``area`` values in ``unit`` as 公顷 (None: the geometry's is written).
    Returns (dicts, {row: the problem of an unreadable area value})."""
    texts = {key: ["" if v is None else str(v) for v in columns.get(key, [None] * n)]
             for key in ("pid", "name", "use", "dlbm")}
    area_ha, problems = [None] * n, {}
    if "area" in columns:
        values, found = parse_number_array(columns["area"], area_field)
        area_ha = [None if v != v else v for v in (to_m2(values, unit) / M2_PER_HA).tolist()]
        problems = {i: p.message for i, p in found.items()}
    return [{"pid": texts["pid"][i] or str(start + i), "name": texts["name"][i], "use": texts["use"][i],
             "dlbm": texts["dlbm"][i], "area_ha": area_ha[i]} for i in range(n)], problems


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

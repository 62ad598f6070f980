"""报盘坐标 TXT (core.coordinates), without QGIS: small files written by the tests."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from landplan_plugin.core import coordinates as co

HEADER = ("[属性描述]\n坐标系=2000国家大地坐标系\n几度分带=3\n投影类型=高斯克吕格\n计量单位=米\n"
          "带号=38\n精度=0.001\n[地块坐标]\n")


def square_lines(x0, y0, side, ring=1, start=1, prefix=38):
    """Point lines (X north, Y east with prefix) of a square, closed."""
    pts = [(x0, y0), (x0, y0 + side), (x0 + side, y0 + side), (x0 + side, y0), (x0, y0)]
    out = []
    for i, (x, y) in enumerate(pts):
        n = start + (i % 4)
        out.append("J%d,%d,%.3f,%.3f" % (n, ring, x, y + prefix * 1_000_000))
    return out


def file_text(*blocks, header=HEADER):
    return header + "\n".join(line for block in blocks for line in block) + "\n"


def parcel(count, area, pid, name="某公司项目用地", use="工业用地", dlbm="0601", lines=()):
    return ["%d,%.4f,%s,%s,面,,%s,%s,@" % (count, area, pid, name, use, dlbm)] + list(lines)


# --- encoding ---------------------------------------------------------------------------------
@pytest.mark.parametrize("enc, expected", [("gbk", "gbk"), ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig")])
def test_detect_encoding(enc, expected):
    text = file_text(parcel(5, 0.25, "1", lines=square_lines(3845100, 512100, 50)))
    data = text.encode(enc)
    assert co.detect_encoding(data) == expected
    f = co.parse_bytes(data)
    assert f.parcels[0].name == "某公司项目用地"
    assert f.encoding == expected


def test_gbk_forced_as_utf8_is_reported_not_raised():
    data = file_text(parcel(5, 0.25, "1", lines=square_lines(3845100, 512100, 50))).encode("gbk")
    text, enc, problems = co.decode(data, "utf-8")
    assert problems and "无法识别的字节" in problems[0]


# --- the example of the 报盘 format -------------------------------------------------------------------
def test_spec_example():
    f = co.parse_text(file_text(parcel(5, 0.25, "1", lines=square_lines(3845100, 512100, 50))))
    assert f.epsg == 4526 and f.zone == 38 and f.prefixed and f.zone_width == 3
    p = f.parcels[0]
    assert (p.pid, p.name, p.use, p.dlbm, p.area_ha, p.count) == ("1", "某公司项目用地", "工业用地", "0601", 0.25, 5)
    assert p.problems == []
    outer, holes = p.polygons[0]
    assert holes == []
    # GIS x = easting with prefix, y = northing
    assert min(x for x, _ in outer) == 38512100.0 and min(y for _, y in outer) == 3845100.0
    assert p.geom_ha == pytest.approx(0.25)
    assert p.area_diff == pytest.approx(0.0)


def test_hole_and_further_part_gbk():
    outer = square_lines(3845000, 512000, 100, ring=1, start=1)
    hole = square_lines(3845040, 512040, 20, ring=2, start=5)
    part = square_lines(3846000, 513000, 10, ring=3, start=9)
    area = (100 * 100 - 20 * 20 + 10 * 10) / 10000.0
    data = file_text(parcel(15, area, "A1", lines=outer + hole + part)).encode("gbk")
    f = co.parse_bytes(data)
    p = f.parcels[0]
    assert f.encoding == "gbk"
    assert p.problems == []
    assert len(p.polygons) == 2
    assert len(p.polygons[0][1]) == 1 and p.polygons[1][1] == []
    assert p.geom_ha == pytest.approx(area)


def test_island_inside_hole_is_a_part():
    rings = [[(0, 0), (100, 0), (100, 100), (0, 100)],
             [(20, 20), (80, 20), (80, 80), (20, 80)],
             [(40, 40), (60, 40), (60, 60), (40, 60)]]
    assert co.ring_roles(rings) == [("outer", None), ("hole", 0), ("outer", None)]


def test_six_degree_file_without_prefix():
    header = HEADER.replace("几度分带=3", "几度分带=6").replace("带号=38", "带号=20")
    lines = square_lines(3845100, 512100, 50, prefix=0)
    f = co.parse_text(file_text(parcel(5, 0.25, "6D", lines=lines), header=header))
    assert not f.prefixed
    assert f.epsg == 4509          # CGCS2000 / Gauss-Kruger CM 117E (6° zone 20, no prefix)
    assert f.parcels[0].problems == []
    assert max(x for x, _ in f.parcels[0].polygons[0][0]) == 512150.0


@pytest.mark.parametrize("datum, width, zone, prefixed, epsg", [
    ("CGCS2000", 3, 38, True, 4526), ("CGCS2000", 3, 38, False, 4547),
    ("CGCS2000", 3, 25, True, 4513), ("CGCS2000", 3, 45, False, 4554),
    ("CGCS2000", 6, 13, True, 4491), ("CGCS2000", 6, 23, False, 4512),
    ("XIAN80", 3, 38, True, 2362), ("XIAN80", 3, 38, False, 2383),
    ("XIAN80", 6, 19, True, 2333), ("XIAN80", 6, 19, False, 2344),
    ("BEIJING54", 3, 38, True, 2414), ("BEIJING54", 3, 38, False, 2435),
    ("BEIJING54", 6, 13, True, 21413), ("BEIJING54", 6, 23, False, 21463),
    ("CGCS2000", None, 38, True, 4526), ("CGCS2000", None, 20, True, 4498),
    ("CGCS2000", 3, 20, True, None), ("CGCS2000", 6, 38, True, None), ("CGCS2000", 3, None, True, None),
])
def test_crs_epsg(datum, width, zone, prefixed, epsg):
    assert co.crs_epsg(datum, width, zone, prefixed) == epsg
    if epsg is not None:
        d, w, z, pf = co.epsg_info(epsg)
        assert (d, z, pf) == (datum, zone, prefixed)


@pytest.mark.parametrize("text, datum", [("2000国家大地坐标系", "CGCS2000"), ("CGCS2000", "CGCS2000"),
                                         ("1980西安坐标系", "XIAN80"), ("西安80", "XIAN80"),
                                         ("北京54", "BEIJING54"), ("1954年北京坐标系", "BEIJING54")])
def test_datum_from_header(text, datum):
    header = HEADER.replace("2000国家大地坐标系", text)
    f = co.parse_text(file_text(parcel(5, 0.25, "1", lines=square_lines(3845100, 512100, 50)), header=header))
    assert f.datum == datum
    assert f.epsg == co.crs_epsg(datum, 3, 38, True)


def test_zone_from_prefix_when_header_has_none():
    header = "[属性描述]\n坐标系=2000国家大地坐标系\n[地块坐标]\n"
    f = co.parse_text(
        file_text(parcel(5, 0.25, "1", lines=square_lines(3845100, 512100, 50, prefix=39)), header=header)
    )
    assert f.zone == 39 and f.zone_width == 3 and f.epsg == 4527


def test_no_zone_anywhere_is_a_file_problem():
    header = "[属性描述]\n坐标系=2000国家大地坐标系\n[地块坐标]\n"
    f = co.parse_text(file_text(parcel(5, 0.25, "1", lines=square_lines(3845100, 512100, 50, prefix=0)), header=header))
    assert f.epsg is None
    assert any("无法确定带号" in p for p in f.problems)


# --- problems named per parcel ----------------------------------------------------------------
def test_bad_rings_and_counts_named():
    unclosed = square_lines(3845100, 512100, 50)[:-1]
    two_points = ["J1,1,3846000.000,38513000.000", "J2,1,3846010.000,38513000.000", "J1,1,3846000.000,38513000.000"]
    text = file_text(parcel(5, 0.25, "U1", lines=unclosed),                 # unclosed, count 5 vs 4 lines
                     parcel(3, 0.01, "T2", lines=two_points),              # < 3 points
                     parcel(5, 0.30, "D3", lines=square_lines(3847000, 514000, 50)),   # 0.25 vs 0.30
                     parcel(5, 0.25, "U1", lines=square_lines(3848000, 515000, 50)),   # duplicate id
                     parcel(5, 0.25, "Z5", lines=square_lines(3849000, 516000, 50, prefix=39)))  # zone
    f = co.parse_text(text)
    by = {(p.pid, p.line): p for p in f.parcels}
    u1, t2, d3, u1b, z5 = f.parcels
    assert any("第1圈未闭合" in m for m in u1.problems)
    assert any("界址点数 5 与坐标行数 4 不符" in m for m in u1.problems)
    assert u1.geom_ha == pytest.approx(0.25)     # closed automatically
    assert any("少于3个" in m for m in t2.problems) and t2.polygons == [] and t2.geom_ha is None
    assert any("相差 -16.67%" in m for m in d3.problems)
    assert d3.area_diff == pytest.approx(-16.6667, abs=1e-3)
    assert any("地块编号「U1」重复" in m for m in u1b.problems)
    assert not any("地块编号" in m for m in u1.problems)
    assert any("带号前缀 39 与文件带号 38 不符" in m for m in z5.problems)
    assert len(by) == 5


def test_area_within_tolerance_is_not_a_problem():
    # 0.25 ha stated, 0.2512 ha drawn: 0.48 % off
    f = co.parse_text(file_text(parcel(5, 0.25, "1", lines=square_lines(3845100, 512100, math.sqrt(2512)))))
    assert f.parcels[0].problems == []


def test_swapped_parcel_is_named_and_read_the_right_way():
    swapped = [
        "%s,1,%s,%s" % (ln.split(",")[0], ln.split(",")[3], ln.split(",")[2])
        for ln in square_lines(3845100, 512100, 50)
    ]
    f = co.parse_text(file_text(parcel(5, 0.25, "OK", lines=square_lines(3845000, 512000, 50)),
                                parcel(5, 0.25, "SW", lines=swapped)))
    ok, sw = f.parcels
    assert ok.problems == [] and not ok.swapped
    assert sw.swapped and any("X、Y 疑似颠倒" in m for m in sw.problems)
    xs = [x for x, _ in sw.polygons[0][0]]
    assert min(xs) == 38512100.0          # put back where it belongs, not in the sea
    assert f.epsg == 4526


def test_declared_field_order():
    text = HEADER + "【地块编号,地块名称,界址点数,地块面积,地类编码,地块用途,图幅号,图形属性,@】\n" + \
        "\n".join(["Q7,甲厂,5,0.2500,0601,工业用地,,面,@"] + square_lines(3845100, 512100, 50)) + "\n"
    p = co.parse_text(text).parcels[0]
    assert (p.pid, p.name, p.count, p.area_ha, p.dlbm, p.use) == ("Q7", "甲厂", 5, 0.25, "0601", "工业用地")
    assert p.problems == []


def test_garbage_never_raises():
    f = co.parse_text("乱码\n1,2,3\n,@\nJ1,1,abc,def\n[地块坐标]\nx\n")
    assert isinstance(f.problems, list)
    assert all(isinstance(m, str) for p in f.parcels for m in p.problems)


# --- round trip -------------------------------------------------------------------------------
def test_round_trip_gbk_with_hole():
    polys = [([(38512000.0, 3845000.0), (38512100.0, 3845000.0), (38512100.0, 3845100.0), (38512000.0, 3845100.0)],
              [[(38512040.0, 3845040.0), (38512060.0, 3845040.0), (38512060.0, 3845060.0), (38512040.0, 3845060.0)]]),
             ([(38513000.0, 3846000.0), (38513010.0, 3846000.0), (38513010.0, 3846010.0)], [])]
    text = co.format_file([{"pid": "R1", "name": "某项目，一期", "use": "工业用地", "dlbm": "0601", "area_ha": None,
                            "polygons": polys}], zone=38)
    data, problems = co.encode_file(text)
    assert problems == []
    assert "J1,1,3845000.000,38512000.000" in text
    f = co.parse_bytes(data)
    assert f.encoding == "gbk" and f.epsg == 4526
    p = f.parcels[0]
    assert p.problems == []
    assert p.name == "某项目，一期"          # the comma inside a field is written full-width
    assert len(p.polygons) == 2 and len(p.polygons[0][1]) == 1
    expected = (100 * 100 - 20 * 20 + 50) / 10000.0
    assert p.geom_ha == pytest.approx(expected) and p.area_ha == pytest.approx(round(expected, 4))
    assert sorted(p.polygons[0][0]) == sorted(polys[0][0])
    assert sorted(p.polygons[0][1][0]) == sorted(polys[0][1][0])
    assert p.count == p.point_lines == 5 + 5 + 4


def test_writer_adds_prefix_for_plain_eastings():
    text = co.format_file([{"pid": "1", "polygons": [([(512000.0, 3845000.0), (512050.0, 3845000.0),
                                                      (512050.0, 3845050.0)], [])]}], zone=38, prefixed=False)
    assert ",38512050.000" in text
    assert co.parse_text(text).epsg == 4526


def test_encode_file_names_characters_gbk_cannot_hold():
    data, problems = co.encode_file("地块😀", "gbk")
    assert problems and "😀" in problems[0]
    assert data.decode("gbk") == "地块?"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), min_size=3, max_size=12, unique=True),
       st.sampled_from([3, 6]))
def test_round_trip_random_rings(points, width):
    zone = 38 if width == 3 else 20
    ring = [(zone * 1_000_000 + 500_000.0 + x, 3_800_000.0 + y) for x, y in points]
    if co.ring_area(ring) < 1.0:
        return
    text = co.format_file([{"pid": "H", "polygons": [(ring, [])]}], zone_width=width, zone=zone)
    f = co.parse_bytes(co.encode_file(text)[0])
    p = f.parcels[0]
    assert f.epsg == co.crs_epsg("CGCS2000", width, zone, True)
    assert p.geom_ha == pytest.approx(co.ring_area(ring) / 10000.0, rel=1e-9)
    assert sorted(set(pt for poly in p.polygons for pt in poly[0])) == sorted(set(ring))


# --- per-parcel checks over arrays ------------------------------------------------------------
def test_area_difference_and_off_by_hand():
    stated = np.array([0.25, 0.25, 0.0, np.nan, 0.0020, 0.0020, 0.25])
    geom = np.array([0.25 * 1.005, 0.30, 0.1, 0.1, 0.00196, 0.00196, np.nan])
    diff = co.area_difference_array(stated, geom)
    assert diff[:2] == pytest.approx([0.5, 20.0]) and np.isnan(diff[[2, 3, 6]]).all()
    assert diff[4] == pytest.approx(-2.0)
    decimals = np.array([4, 4, -1, -1, 4, -1, 4])
    # 0.5 % is within the tolerance; -2 % of a 0.0020 stated with 4 decimals is within its rounding
    assert list(co.area_off_array(diff, co.AREA_TOLERANCE_PCT, stated, geom, decimals)) == [
        False, True, False, False, False, True, False]


finite = st.floats(-1e7, 5e7, allow_nan=False)
maybe = st.one_of(finite, st.just(float("nan")), st.just(0.0), st.just(0.25))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(maybe, maybe, st.sampled_from([-1, 0, 2, 4])), min_size=1, max_size=30))
def test_area_checks_properties(triples):
    stated, geom, decimals = (np.array(col, dtype=float) for col in zip(*triples))
    diff = co.area_difference_array(stated, geom)
    off = co.area_off_array(diff)
    off_rounded = co.area_off_array(diff, co.AREA_TOLERANCE_PCT, stated, geom, decimals)
    usable = np.isfinite(stated) & np.isfinite(geom) & (stated > 0)
    assert np.isnan(diff[~usable]).all()
    with np.errstate(invalid="ignore", over="ignore"):
        assert list(diff[usable]) == list((geom[usable] - stated[usable]) / stated[usable] * 100.0)
    assert (off == (np.isfinite(diff) & (np.abs(diff) > co.AREA_TOLERANCE_PCT + 1e-9))).all()
    assert (off_rounded <= off).all()                        # the rounding only ever excuses
    unknown = decimals < 0
    assert (off_rounded[unknown] == off[unknown]).all()


def test_small_parcel_within_the_rounding_of_its_stated_area():
    # 19.6 m² = 0.00196 ha written as 0.0020: 2 % off, but within the 4th decimal's rounding
    f = co.parse_text(file_text(parcel(5, 0.002, "S", lines=square_lines(3845100, 512100, math.sqrt(19.6)))))
    assert f.parcels[0].area_decimals == 4
    assert f.parcels[0].problems == []
    assert f.parcels[0].area_diff == pytest.approx(-2.0, abs=0.05)   # coordinates written to the mm
    f = co.parse_text(file_text(parcel(5, 0.0021, "S", lines=square_lines(3845100, 512100, math.sqrt(19.6)))))
    assert any("相差" in m for m in f.parcels[0].problems)


def test_point_count_either_convention():
    # 5 point lines (closing point included) or 4 distinct points: both accepted; 6 is not
    for count, ok in ((5, True), (4, True), (6, False), (3, False)):
        p = co.parse_text(file_text(parcel(count, 0.25, "C", lines=square_lines(3845100, 512100, 50)))).parcels[0]
        assert (p.problems == []) == ok, count
    assert co.stated_decimals("0.2500") == 4 and co.stated_decimals("3") == 0 and co.stated_decimals("x") is None


def test_area_tolerance_boundary():
    assert list(co.area_off_array([0.5, -0.5, 0.5001, np.nan])) == [False, False, True, False]


def test_looks_swapped_by_parcel():
    # parcel 0 the right way round, 1 swapped (prefixed eastings in X), 2 swapped (plain), 3 mixed, 4 no points
    index = [0, 0, 1, 1, 2, 3, 3]
    x = [3845100.0, 3845150.0, 38512100.0, 38512150.0, 512100.0, 38512100.0, 3845100.0]
    y = [38512100.0, 38512150.0, 3845100.0, 3845150.0, 3845100.0, 3845100.0, 38512100.0]
    assert list(co.looks_swapped_array(index, x, y, 5)) == [False, True, True, False, False]


coord = st.sampled_from([3845100.0, 512100.0, 38512100.0, 0.0, 999999.0, 1_000_000.0, 6_999_999.0, 7e6,
                         13e6, 45_999_999.0, 46e6, -5.0])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.tuples(coord, coord), max_size=6), max_size=5))
def test_looks_swapped_properties(parcels):
    index = [k for k, pts in enumerate(parcels) for _ in pts]
    x = [pt[0] for pts in parcels for pt in pts]
    y = [pt[1] for pts in parcels for pt in pts]
    out = co.looks_swapped_array(index, x, y, len(parcels))
    for k, pts in enumerate(parcels):
        # one parcel alone gives the same; its points swapped back never look swapped
        alone = co.looks_swapped_array([0] * len(pts), [p[0] for p in pts], [p[1] for p in pts], 1)
        assert alone[0] == out[k]
        if out[k]:
            assert not co.looks_swapped_array([0] * len(pts), [p[1] for p in pts], [p[0] for p in pts], 1)[0]
        if not pts:
            assert not out[k]


def test_zone_for_longitude():
    assert co.zone_for_longitude(114.9, 3) == 38
    assert co.zone_for_longitude(115.6, 3) == 39
    assert co.zone_for_longitude(114.9, 6) == 20


def test_export_crs():
    assert co.export_crs(4547, None) == 4547          # already a Gauss–Krüger zone: kept
    assert co.export_crs(4490, 115.1) == 4526         # geographic: the 3° zone of its centre, with prefix
    assert co.export_crs(4490, 115.1, 6) == 4498
    assert co.export_crs(3857, None) is None


line = st.one_of(
    st.text(max_size=30),
    st.builds(
        lambda *a: ",".join(map(str, a)) + ",@",
        st.integers(-2, 9),
        st.floats(allow_nan=True),
        st.text(max_size=4),
        st.text(max_size=4),
        st.just("面"),
        st.just(""),
        st.text(max_size=3),
        st.text(max_size=4),
    ),
    st.builds(
        lambda n, r, x, y: "J%s,%s,%s,%s" % (n, r, x, y),
        st.integers(0, 9),
        st.sampled_from(["1", "2", "", "x"]),
        st.one_of(st.floats(allow_nan=True), st.integers(-1, 10**9), st.just("１２３")),
        st.one_of(st.floats(allow_nan=True), st.integers(-1, 10**9), st.just("abc")),
    ),
    st.sampled_from(["[属性描述]", "[地块坐标]", "带号=38", "带号=x", "几度分带=6", "坐标系=西安80", "【地块编号,@】"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(line, max_size=25), st.sampled_from(["gbk", "utf-8", "utf-8-sig"]))
def test_fuzz_never_raises_and_names_problems_as_text(lines, enc):
    data = "\n".join(lines).encode(enc, errors="replace")
    f = co.parse_bytes(data)
    assert all(isinstance(m, str) and m for m in f.problems)
    for p in f.parcels:
        assert all(isinstance(m, str) and m for m in p.problems)
        if p.geom_ha is not None:
            assert p.geom_ha >= 0 and math.isfinite(p.geom_ha)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_raise(data):
    co.parse_bytes(data)


def test_export_attributes():
    rows, problems = co.export_attributes(
        {"pid": ["A", None, ""], "name": [None, "乙", 3], "area": ["2,500", "N/A", None]}, 3, "m2", "DKMJ", start=5
    )
    assert [r["pid"] for r in rows] == ["A", "6", "7"] and [r["name"] for r in rows] == ["", "乙", "3"]
    assert rows[0]["area_ha"] == pytest.approx(0.25) and rows[1]["area_ha"] is None and rows[2]["area_ha"] is None
    assert rows[0]["use"] == rows[0]["dlbm"] == ""
    assert list(problems) == [1] and "DKMJ" in problems[1] and "N/A" in problems[1]
    assert co.export_attributes({}, 1)[0] == [{"pid": "1", "name": "", "use": "", "dlbm": "", "area_ha": None}]

"""core.zone: the zone check's rules (share, deficits, verdict, areas, scorecard), row and columnar."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from landplan_plugin.core import zone
from landplan_plugin.core.landuse import classify_array, load_preset
from landplan_plugin.core.units import M2_PER_HA, M2_PER_MU

areas = st.one_of(st.just(0.0), st.just(600000.0), st.just(1000000.0),
                  st.floats(min_value=0.0, max_value=1e9, allow_nan=False, allow_infinity=False))
thresholds = st.one_of(st.sampled_from([0.0, 50.0, 60.0, 100.0]), st.floats(min_value=0.0, max_value=100.0))
messy = st.one_of(st.none(), st.just(""), st.just("N/A"), st.just("1,234.5"), st.just("１２３．５"), st.just("-5"),
                  st.just("0"), st.floats(allow_nan=True, allow_infinity=True), st.integers(-10, 10**6),
                  st.text(max_size=6))
flags = st.one_of(st.none(), st.sampled_from([1, 0, 1.0, 0.0, "1", "0", " 1 ", "１", "1.0", "", "是", True, False,
                                               float("nan"), 2, "N/A"]))


def _same(a, b):
    if a is None or (isinstance(a, float) and math.isnan(a)):
        return b is None or (isinstance(b, float) and math.isnan(b))
    if b is None:
        return False
    return b == pytest.approx(a, rel=1e-9, abs=1e-9)


# ---- share ---------------------------------------------------------------------------------
def test_share_pass_fail_and_deficits():
    r = zone.zone_share(50 * M2_PER_HA, 100 * M2_PER_HA, 60)
    assert r.ok == 0 and r.share_pct == 50
    assert r.deficit_ha == pytest.approx(10) and r.def_new_ha == pytest.approx(25)  # 75 / 125 = 60 %
    r = zone.zone_share(6.0, 10.0)
    assert r.ok == 1 and r.deficit_m2 == 0 and r.def_new_m2 == 0
    r = zone.zone_share(0.0, 0.0)
    assert r.ok is None and r.share_pct is None and r.deficit_m2 is None and r.def_new_m2 is None
    r = zone.zone_share(50.0, 100.0, 100.0)
    assert r.ok == 0 and r.deficit_m2 == 50 and r.def_new_m2 is None   # 100 %: no new-land reading


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(areas, areas), min_size=1, max_size=8), thresholds)
def test_share_columnar_equals_row(pairs, t):
    ind = np.array([min(i, b) for i, b in pairs])
    base = np.array([b for _i, b in pairs])
    cols = zone.zone_share_from_areas(ind, base, t)
    verdicts = zone.zone_verdicts(cols["share_pct"], cols["ok"], cols["deficit_ha"], t)
    for k in range(len(pairs)):
        r = zone.zone_share(ind[k], base[k], t)
        assert _same(r.share_pct, float(cols["share_pct"][k]))
        assert _same(None if r.ok is None else float(r.ok), float(cols["ok"][k]))
        assert _same(r.deficit_ha, float(cols["deficit_ha"][k]))
        assert _same(r.def_new_ha, float(cols["def_new_ha"][k]))
        assert verdicts[k] == zone.zone_verdict(r.share_pct, r.ok, r.deficit_ha, t)


def test_verdict_texts():
    assert zone.zone_verdict(82.3529, 1, 0.0, 60.0) == "达标：工矿仓储用地占建设用地 82.35%，不低于 60%"
    text = zone.zone_verdict(50.0, 0, 10.0, 62.5, unk_ha=20.0, variant="industrial_only")
    assert text == "未达标：工业用地占建设用地 50.00%，低于 62.5%，尚需工业用地 10.00 公顷；另有未识别地类代码的图斑 20.00 公顷未计入"
    assert "无建设用地" in zone.zone_verdict(None, None, None, 60)
    assert zone.unknown_codes_text({"A": 1e4, "9999": 2e5}) == "9999(20.00公顷)、A(1.00公顷)"


# ---- areas ---------------------------------------------------------------------------------
def test_proportional_area_tbdlmj():
    # a 三调 polygon of 1000 m² geometry and TBDLMJ 900 m², cut in half by the zone: 450 m²
    assert zone.proportional_area(500.0, 1000.0, 900.0) == pytest.approx(450.0)
    assert zone.proportional_area(500.0, 1000.0, None) == 500.0
    assert zone.proportional_area(500.0, 1000.0, 0.0) == 500.0
    assert zone.proportional_area(1000.0001, 1000.0, 900.0) == 900.0   # never more than the official area
    assert zone.proportional_area(5.0, 0.0, 900.0) == 5.0


@pytest.mark.parametrize("raw, expected, problem", [
    (900, 900.0, False), ("1,234.5", 1234.5, False), ("１２３．５", 123.5, False), (None, None, False),
    ("", None, False), ("N/A", None, True), (0, None, True), (-3, None, True), (float("nan"), None, True)])
def test_official_area(raw, expected, problem):
    value, p = zone.official_area_m2(raw, "TBDLMJ")
    assert value == expected and (p is not None) == problem
    if p is not None:
        assert "TBDLMJ" in str(p)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(areas, areas, st.one_of(st.none(), areas, st.just(-1.0))), min_size=1, max_size=10))
def test_proportional_columnar_equals_row(rows):
    piece = np.array([min(p, w) for p, w, _o in rows])
    whole = np.array([w for _p, w, _o in rows])
    off = np.array([np.nan if o is None else o for _p, _w, o in rows])
    col = zone.proportional_area_columns(piece, whole, off)
    for k, (_p, _w, o) in enumerate(rows):
        assert _same(zone.proportional_area(piece[k], whole[k], o), float(col[k]))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), areas), areas), min_size=1, max_size=10))
def test_rate_columnar_equals_row(rows):
    part = np.array([np.nan if p is None else p for p, _w in rows])
    whole = np.array([w for _p, w in rows])
    col = zone.rate_pct_columns(part, whole)
    for k, (p, w) in enumerate(rows):
        assert _same(zone.rate_pct(p, w), float(col[k]))


@pytest.mark.parametrize("raw, geom, expected", [
    (15.0, 9.0, 15.0), ("15", 9.0, 15.0), (None, 9.0, 9.0), ("N/A", 9.0, 9.0), (0, 9.0, 9.0), (-2, 9.0, 9.0)])
def test_parcel_area_mu(raw, geom, expected):
    assert zone.parcel_area_mu(raw, geom) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(flags, min_size=1, max_size=12))
def test_flag_state_columnar_equals_row(values):
    col = zone.flag_state_columns(values)
    for k, v in enumerate(values):
        assert _same(None if zone.flag_state(v) is None else float(zone.flag_state(v)), float(col[k]))


def test_flag_state():
    assert [zone.flag_state(v) for v in (1, "1", 1.0, "１", 0, "0", None, "", float("nan"), "N/A")] == \
        [1, 1, 1, 1, 0, 0, None, None, None, 0]


# ---- tallies -------------------------------------------------------------------------------
def test_landuse_tally_row():
    t = zone.LandUseTally()
    t.add(60e4, True, True, "gy_ha", None)
    t.add(10e4, True, True, "cc_ha", None)
    t.add(15e4, False, True, None, None)
    t.add(15e4, False, False, None, None)          # farmland: ignored
    t.add(5e4, False, False, None, "9999")
    values, share = t.row(60.0, "industrial", ["gy_ha", "ck_ha", "cc_ha"])
    assert values[:5] == [70.0, 85.0, 60.0, 0.0, 10.0]
    assert share.ok == 1 and values[7] == 1 and values[10] == 5.0 and values[11] == "9999(5.00公顷)"
    assert values[12].startswith("达标") and "另有未识别" in values[12]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), areas, st.booleans(), st.booleans(), st.booleans()),
                min_size=0, max_size=20))
def test_landuse_totals_columnar_equals_row(rows):
    tallies = [zone.LandUseTally() for _ in range(4)]
    for zi, a, ind, con, known in rows:
        tallies[zi].add(a, ind and con, con, None, None if known else "X")
    zi = np.array([r[0] for r in rows], dtype=int)
    col = zone.landuse_totals_columns(zi, 4, [r[1] for r in rows], [r[2] and r[3] for r in rows],
                                      [r[3] for r in rows], [r[4] for r in rows])
    for k in range(4):
        assert col["ind"][k] == pytest.approx(tallies[k].ind, rel=1e-9, abs=1e-6)
        assert col["base"][k] == pytest.approx(tallies[k].base, rel=1e-9, abs=1e-6)
        assert col["unk"][k] == pytest.approx(tallies[k].unk, rel=1e-9, abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), messy, st.floats(0, 1e4), flags, messy), min_size=0, max_size=15),
       st.booleans(), st.booleans())
def test_scored_card_columnar_equals_row(rows, has_flag, has_tax):
    from landplan_plugin.core.values import parse_number
    tallies = [zone.ScoredTally(has_flag, has_tax) for _ in range(3)]
    zi, area, flag, tax = [], [], [], []
    for z, raw_area, geom_mu, raw_flag, raw_tax in rows:
        a = zone.parcel_area_mu(raw_area, geom_mu)
        f = zone.flag_state(raw_flag) if has_flag else None
        t = parse_number(raw_tax, "ie_tax")[0] if has_tax else None
        tallies[z].add(a, f, t)
        zi.append(z)
        area.append(a)
        flag.append(np.nan if f is None else f)
        tax.append(np.nan if t is None else t)
    col = zone.scored_card_columns(np.array(zi, dtype=int), 3, area, flag, tax, has_flag, has_tax)
    for k in range(3):
        row = tallies[k].values()
        for j, name in enumerate(zone.SCORED_FIELDS_OUT):
            assert _same(row[j], float(col[name][k])) or \
                (row[j] is not None and float(col[name][k]) == pytest.approx(row[j], rel=1e-6, abs=1e-6)), name


def test_scored_tally_values():
    t = zone.ScoredTally()
    t.add(15.0, 1, 1.0)
    t.add(30.0, 0, 4.0)
    t.add(15.0, None, None)
    scored_ha, lowe_ha, lowe_pct, undet, tax_mu = t.values()
    assert scored_ha == pytest.approx(4.0) and lowe_ha == pytest.approx(1.0) and lowe_pct == pytest.approx(25.0)
    assert undet == 1 and tax_mu == pytest.approx((15 + 120) / 45)
    assert zone.ScoredTally(has_flag=False, has_tax=False).values()[1:] == [None, None, None, None]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), areas, areas, st.one_of(st.none(), areas), flags), min_size=0,
                max_size=15), st.booleans())
def test_clipped_card_columnar_equals_row(rows, has_flag):
    tallies = [zone.ClippedTally(has_flag) for _ in range(3)]
    zi, piece, whole, off, flag = [], [], [], [], []
    for z, p, w, o, f in rows:
        p = min(p, w)
        state = zone.flag_state(f)
        tallies[z].add(p, state, w, o)
        zi.append(z), piece.append(p), whole.append(w), off.append(np.nan if o is None else o)
        flag.append(np.nan if state is None else state)
    col = zone.clipped_card_columns(np.array(zi, dtype=int), 3, piece, flag, whole, off, has_flag)
    for k in range(3):
        row = tallies[k].values()
        for j, name in enumerate(("total_ha", "flagged_ha", "rate_pct")):
            got = float(col[name][k])
            assert _same(row[j], got) or got == pytest.approx(row[j], rel=1e-6, abs=1e-6), name


def test_clipped_tally_whole_area_and_override():
    t = zone.ClippedTally()
    t.add(1e4, 1, 1e4, 45 * M2_PER_MU)      # the 1 ha remainder of a 3 ha approval, all inside
    t.add(4e4, 0)
    total_ha, flagged_ha, pct = t.values()
    assert total_ha == pytest.approx(7.0) and flagged_ha == pytest.approx(1.0) and pct == pytest.approx(100 / 7)
    assert t.values(total_override_m2=10e4)[2] == pytest.approx(10.0)
    assert zone.ClippedTally(has_flag=False).values() == [0.0, None, None]
    assert zone.ClippedTally().values() == [0.0, 0.0, None]


def test_clipped_lines_registry():
    assert [line.param for line in zone.CLIPPED_LINES] == ["IDLE", "UNSUPPLIED"]
    assert zone.CLIPPED_LINES[1].whole_area_field == "appr_mu"


def test_classify_array_equals_row():
    preset = load_preset("sandiao_2017")
    codes = ["0601", 601, 601.0, "0508", "05H1", "9999", None, "", True, 1, "0101", "０６０１"]
    col = classify_array(preset, codes)
    for k, c in enumerate(codes):
        ind, con, key, known = preset.classify(c)
        assert (col["industrial"][k], col["construction"][k], col["breakdown"][k], col["known"][k]) == \
            (ind, con, key, known), c
        assert col["code"][k] == preset.normalise(c)


# ---- zone report -------------------------------------------------------------------------------
def test_report_status_prefers_zone_check_areas():
    parcels = {"total": 30.0, "low": 15.0, "idle": 15.0, "unsup": 0.0}
    out = zone.report_status(parcels, {"lowe_ha": 2.0, "idle_ha": None, "zone_ha": 100.0}, True)
    assert out == {"total": 30.0, "low": 30.0, "idle": 15.0, "unsup": 0.0}
    out = zone.report_status(None, {"scored_ha": 4.0, "zone_ha": 100.0, "unsup_ha": 1.0}, False)
    assert out["total"] == pytest.approx(60.0) and out["unsup"] == pytest.approx(15.0)
    assert zone.report_status(None, {"zone_ha": 100.0}, False)["total"] == pytest.approx(1500.0)
    assert zone.style_kind(["x", "IDLE_FLAG"]) == "idle" and zone.style_kind(["x"]) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.floats(0, 1e5), flags, flags, flags), min_size=0, max_size=15))
def test_status_columnar_equals_row(rows):
    tallies = [zone.StatusTally() for _ in range(3)]
    for z, a, low, idle, unsup in rows:
        tallies[z].add(a, {"low": low, "idle": idle, "unsup": unsup})
    col = zone.status_columns([r[0] for r in rows], 3, [r[1] for r in rows],
                              {"low": [r[2] for r in rows], "idle": [r[3] for r in rows],
                               "unsup": [r[4] for r in rows]})
    for k in range(3):
        for key in ("total", "low", "idle", "unsup"):
            assert col[key][k] == pytest.approx(tallies[k].values[key], rel=1e-9, abs=1e-9)


codes = st.one_of(st.none(), st.sampled_from(["0601", 601, "0508", "0602", "06", "0701", "05H1", "0101", "9999", "",
                                              "1006", "０６０１", 1109.0, "N/A"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.floats(0, 1e7), st.floats(0, 1e7), st.one_of(st.none(), areas),
                          codes), min_size=0, max_size=20),
       thresholds, st.sampled_from(["industrial", "industrial_only"]))
def test_zone_table_columns_equals_tallies(rows, t, variant):
    """The distributed engine's entry point gives the rows the QGIS engine writes (LandUseTally.row)."""
    preset = load_preset("sandiao_2017")
    tallies = [zone.LandUseTally() for _ in range(3)]
    for z, piece, whole, official, code in rows:
        piece = min(piece, whole)
        relevant, is_ind, is_con, bfield, unknown, _bkey = zone.piece_class(preset, code, variant)
        if relevant:
            tallies[z].add(zone.proportional_area(piece, whole, official), is_ind, is_con, bfield, unknown)
    col = zone.zone_table_columns([r[0] for r in rows], 3, [min(r[1], r[2]) for r in rows], [r[4] for r in rows],
                                  preset, t, variant, whole_geom_m2=[r[2] for r in rows],
                                  official_m2=[np.nan if r[3] is None else r[3] for r in rows])
    names = ["ind_ha", "base_ha", "gy_ha", "ck_ha", "cc_ha", "othind_ha", "ind_share", "thresh", "share_ok",
             "deficit_ha", "def_new_ha", "unk_ha", "unk_codes", "verdict"]
    for k in range(3):
        values, _share = tallies[k].row(t, variant)
        for name, expected in zip(names, values):
            if name == "thresh":
                continue
            got = col[name][k]
            if isinstance(expected, str):
                assert got == expected, name
            else:
                got = float(got)
                assert _same(expected, got) or got == pytest.approx(expected, rel=1e-9, abs=1e-9), name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(messy, st.floats(0, 1e6)), min_size=1, max_size=12))
def test_area_field_columnar_equals_row(rows):
    raw = [r[0] for r in rows]
    area, problems = zone.official_area_columns(raw, "TBDLMJ")
    mu = zone.parcel_area_columns(raw, [r[1] for r in rows])
    for i, (value, geom) in enumerate(rows):
        a, p = zone.official_area_m2(value, "TBDLMJ")
        assert _same(a, float(area[i])) and problems[i] == p
        assert zone.parcel_area_mu(value, geom) == pytest.approx(float(mu[i]), rel=1e-12)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1e4), st.floats(0, 1e4), st.one_of(st.none(), st.floats(0, 100)),
                          st.one_of(st.none(), st.floats(0, 100)), st.one_of(st.none(), st.floats(0, 100))),
                min_size=1, max_size=6), st.booleans())
def test_report_status_columnar_equals_row(rows, have_parcels):
    parcel = {"total": [r[0] for r in rows], "low": [r[1] for r in rows], "idle": [0.0] * len(rows),
              "unsup": [0.0] * len(rows)}
    zcols = {"lowe_ha": [r[2] for r in rows], "scored_ha": [r[3] for r in rows], "zone_ha": [r[4] for r in rows]}
    col = zone.report_status_columns({k: np.array(v) for k, v in parcel.items()},
                                     {k: np.array(v, dtype=object) for k, v in zcols.items()}, have_parcels)
    for i in range(len(rows)):
        row = zone.report_status({k: v[i] for k, v in parcel.items()}, {k: v[i] for k, v in zcols.items()},
                                 have_parcels)
        for key in row:
            assert col[key][i] == pytest.approx(row[key])


# ---- zone report: one unit, per-mu classes ------------------------------------------------------

def test_report_chart_is_in_hectares_like_the_scorecard():
    assert zone.REPORT_AREA_UNIT == "公顷"
    assert all(unit in ("公顷", "%", "") for _f, _l, unit, _d in zone.REPORT_SCORECARD)
    assert zone.report_chart_values({"total": 30.0, "low": 15.0, "idle": None}) == \
        {"total": 2.0, "low": 1.0, "idle": 0.0}
    cols = zone.report_chart_columns({"total": np.array([30.0, np.nan])})
    assert list(cols["total"]) == [2.0, 0.0]


@pytest.mark.parametrize("raw, key", [("A", "A"), ("ａ类", "A"), (" d ", "D"), ("D类", "D"), ("不定等级", "不定等级"),
                                      ("待核实", "待核实"), (None, None), ("", None), ("  ", None),
                                      (float("nan"), None), ("E", "其他"), (1, "其他"), ("类", "其他")])
def test_class_key(raw, key):
    assert zone.class_key(raw) == key


def test_class_tally_rows_in_class_order():
    t = zone.ClassTally()
    for cls, mu in (("D", 15.0), ("A", 30.0), ("d类", 15.0), (None, 99.0), ("Z", 1.5), ("A", float("nan"))):
        t.add(cls, mu)
    assert t.rows() == [("A", 2, 2.0), ("D", 2, 2.0), ("其他", 1, 0.1)]


classes_st = st.one_of(st.none(), st.sampled_from(["A", "b", "Ｃ类", "D", "不定等级", "待核实", "", "E", "类"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.one_of(st.none(), st.floats(0, 1e6)), classes_st), max_size=15))
def test_class_columns_equal_tallies(rows):
    tallies = [zone.ClassTally() for _ in range(3)]
    for zi, mu, cls in rows:
        tallies[zi].add(cls, mu)
    cols = zone.class_columns([r[0] for r in rows], 3, [np.nan if r[1] is None else r[1] for r in rows],
                               [r[2] for r in rows])
    for zi, t in enumerate(tallies):
        got = [(k, int(c[zi]), float(h[zi])) for k, (c, h) in cols.items() if c[zi] > 0]
        want = t.rows()
        assert [g[:2] for g in got] == [w[:2] for w in want]
        assert all(math.isclose(g[2], w[2], rel_tol=1e-9, abs_tol=1e-9) for g, w in zip(got, want))

"""core.zone: the zone check's rules (share, deficits, verdict, areas, scorecard, report), each one
batch function: hand-computed examples (a batch of one where that reads best) and properties."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from landplan_plugin.core import zone
from landplan_plugin.core.landuse import load_preset
from landplan_plugin.core.units import M2_PER_HA, M2_PER_MU

SD = load_preset("sandiao_2017")
# areas of real land: 0, or at least 1 mm² (subnormal floats make ratios meaningless)
areas = st.one_of(st.just(0.0), st.just(600000.0), st.just(1000000.0), st.floats(min_value=1e-6, max_value=1e9))
thresholds = st.one_of(st.sampled_from([0.0, 50.0, 60.0, 100.0]), st.floats(min_value=0.0, max_value=100.0))
messy = st.one_of(st.none(), st.just(""), st.just("N/A"), st.just("1,234.5"), st.just("１２３．５"), st.just("-5"),
                  st.just("0"), st.floats(allow_nan=True, allow_infinity=True), st.integers(-10, 10**6),
                  st.text(max_size=6))
flags = st.one_of(st.none(), st.sampled_from([1, 0, 1.0, 0.0, "1", "0", " 1 ", "１", "1.0", "", "是", True, False,
                                               float("nan"), 2, "N/A"]))


def share(ind_m2, base_m2, t=60.0):
    """zone_share_from_areas of one zone → (share_pct, ok, deficit_ha, def_new_ha), NaN as None."""
    cols = zone.zone_share_from_areas([ind_m2], [base_m2], t)
    return tuple(None if math.isnan(v) else v for v in (float(cols[k][0]) for k in
                                                         ("share_pct", "ok", "deficit_ha", "def_new_ha")))


def verdict(share_pct, ok, deficit_ha, t, unk_ha=None, variant="industrial"):
    none = float("nan")
    return zone.zone_verdicts([none if share_pct is None else share_pct], [none if ok is None else ok],
                              [none if deficit_ha is None else deficit_ha], t,
                              None if unk_ha is None else [unk_ha], variant)[0]


# ---- share ---------------------------------------------------------------------------------
def test_share_pass_fail_and_deficits():
    share_pct, ok, deficit, def_new = share(50 * M2_PER_HA, 100 * M2_PER_HA, 60)
    assert ok == 0 and share_pct == 50
    assert deficit == pytest.approx(10) and def_new == pytest.approx(25)  # 75 / 125 = 60 %
    assert share(6.0, 10.0)[1:] == (1.0, 0.0, 0.0)
    assert share(0.0, 0.0) == (None, None, None, None)
    _s, ok, deficit, def_new = share(50.0, 100.0, 100.0)
    assert ok == 0 and deficit * M2_PER_HA == pytest.approx(50) and def_new is None  # 100 %: no new-land reading


def test_share_threshold_exactly_passes_and_below():
    share_pct, ok, deficit, _n = share(6.0, 10.0)
    assert share_pct == pytest.approx(60.0) and ok == 1 and deficit == 0.0
    assert share(0.6 * 123456.7, 123456.7)[1] == 1     # float error around 60 %
    assert share(59990.0, 100000.0)[1] == 0 and share(59990.0, 100000.0)[2] * M2_PER_HA == pytest.approx(10.0)
    assert share(50.0, 100.0, 50)[1] == 1


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(areas, areas), min_size=1, max_size=8), thresholds)
def test_share_properties(pairs, t):
    """ok ⇔ the share reaches the threshold (within SHARE_TOL); the deficit brings the share to the
    threshold when converted, the new-land deficit when added to both; no construction land: NULL."""
    ind = np.array([min(i, b) for i, b in pairs])
    base = np.array([b for _i, b in pairs])
    cols = zone.zone_share_from_areas(ind, base, t)
    verdicts = zone.zone_verdicts(cols["share_pct"], cols["ok"], cols["deficit_ha"], t)
    for k in range(len(pairs)):
        if base[k] <= 0:
            assert all(math.isnan(cols[n][k]) for n in ("share_pct", "ok", "deficit_ha", "def_new_ha"))
            assert "无建设用地" in verdicts[k]
            continue
        ok = cols["ok"][k] == 1
        assert ok == (cols["share_pct"][k] >= t - zone.SHARE_TOL * max(t, 1.0))
        deficit = cols["deficit_ha"][k] * M2_PER_HA
        assert (deficit == 0) if ok else deficit == pytest.approx(max(0.0, t / 100 * base[k] - ind[k]))
        if not ok and t < 100:
            new = cols["def_new_ha"][k] * M2_PER_HA
            assert (ind[k] + new) / (base[k] + new) * 100 == pytest.approx(t, rel=1e-6, abs=1e-6)
        assert verdicts[k].startswith("达标" if ok else "未达标") and len(verdicts[k]) <= 254


def test_verdict_texts():
    assert verdict(82.3529, 1, 0.0, 60.0) == "达标：工矿仓储用地占建设用地 82.35%，不低于 60%"
    text = verdict(50.0, 0, 10.0, 62.5, unk_ha=20.0, variant="industrial_only")
    assert text == ("未达标：工业用地占建设用地 50.00%，低于 62.5%，尚需工业用地 10.00 公顷；"
                    "另有未识别地类代码的图斑 20.00 公顷未计入")
    assert "无建设用地" in verdict(None, None, None, 60)
    assert zone.fmt_threshold(60.0) == "60" and zone.fmt_threshold(62.5) == "62.5"


# ---- areas ---------------------------------------------------------------------------------
def test_proportional_area_tbdlmj():
    # a 三调 polygon of 1000 m² geometry and TBDLMJ 900 m², cut in half by the zone: 450 m²
    got = zone.proportional_area_columns([500.0, 500.0, 500.0, 1000.0001, 5.0], [1000.0, 1000.0, 1000.0, 1000.0, 0.0],
                                         [900.0, np.nan, 0.0, 900.0, 900.0])
    assert list(got) == pytest.approx([450.0, 500.0, 500.0, 900.0, 5.0])  # never more than the official area
    assert list(zone.proportional_area_columns([7.0], None)) == [7.0]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(areas, areas, st.one_of(st.none(), areas, st.just(-1.0))), min_size=1, max_size=10))
def test_proportional_area_properties(rows):
    """A usable official area is shared by the piece's share of the geometry (never above it);
    otherwise the piece counts its own area."""
    piece = np.array([min(p, w) for p, w, _o in rows])
    whole = np.array([w for _p, w, _o in rows])
    off = np.array([np.nan if o is None else o for _p, _w, o in rows])
    col = zone.proportional_area_columns(piece, whole, off)
    for k in range(len(rows)):
        if off[k] > 0 and whole[k] > 0:
            assert col[k] <= off[k] * (1 + 1e-12)
            assert col[k] == pytest.approx(off[k] * piece[k] / whole[k])
        else:
            assert col[k] == piece[k]


@pytest.mark.parametrize("raw, expected, problem", [
    (900, 900.0, False), ("1,234.5", 1234.5, False), ("１２３．５", 123.5, False), (None, None, False),
    ("", None, False), ("N/A", None, True), (0, None, True), (-3, None, True), (float("nan"), None, True)])
def test_official_area(raw, expected, problem):
    values, problems = zone.official_area_columns([raw], "TBDLMJ")
    assert (values[0] == expected) if expected is not None else math.isnan(values[0])
    assert (problems[0] is not None) == problem
    if problems[0] is not None:
        assert "TBDLMJ" in str(problems[0])
    assert zone.official_area_columns([3], "appr_mu", M2_PER_MU)[0][0] == pytest.approx(2000.0)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(messy, st.floats(0, 1e6)), min_size=1, max_size=12))
def test_area_fields_properties(rows):
    """An official area is positive or NaN with a problem (unless missing); a parcel's 亩 is its
    readable positive area field, else the geometry."""
    raw = [r[0] for r in rows]
    area, problems = zone.official_area_columns(raw, "TBDLMJ")
    mu = zone.parcel_area_columns(raw, [r[1] for r in rows])
    for i, (value, geom) in enumerate(rows):
        assert area[i] > 0 or math.isnan(area[i])
        missing = value is None or (isinstance(value, str) and not value.strip())
        assert (problems[i] is None) == (area[i] > 0 or missing)
        assert mu[i] == (area[i] if area[i] > 0 else geom)


@pytest.mark.parametrize("raw, geom, expected", [
    (15.0, 9.0, 15.0), ("15", 9.0, 15.0), (None, 9.0, 9.0), ("N/A", 9.0, 9.0), (0, 9.0, 9.0), (-2, 9.0, 9.0)])
def test_parcel_area_mu(raw, geom, expected):
    assert zone.parcel_area_columns([raw], [geom])[0] == expected


def test_rate_and_flag_state():
    assert list(zone.rate_pct_columns([1.0, np.nan, 1.0], [4.0, 4.0, 0.0]))[0] == 25.0
    assert np.isnan(zone.rate_pct_columns([np.nan, 1.0], [4.0, 0.0])).all()
    got = zone.flag_state_columns([1, "1", 1.0, "１", 0, "0", None, "", float("nan"), "N/A"])
    assert [None if math.isnan(v) else v for v in got] == [1, 1, 1, 1, 0, 0, None, None, None, 0]


# ---- land use inside the zones -------------------------------------------------------------------
def test_zone_table_by_hand():
    """Pieces of one zone: 60 ha 工业, 10 ha 仓储, 15 ha 住宅, 15 ha farmland, 5 ha of an unknown code."""
    codes = ["0601", "0508", "0701", "0101", "9999"]
    t = zone.zone_table_columns([0] * 5, 1, np.array([60, 10, 15, 15, 5]) * 1e4, codes, SD, 60.0, "industrial")
    assert [float(t[k][0]) for k in ("ind_ha", "base_ha", "gy_ha", "ck_ha", "cc_ha", "othind_ha")] == \
        [70.0, 85.0, 60.0, 0.0, 10.0, 0.0]
    assert t["share_ok"][0] == 1 and t["unk_ha"][0] == 5.0 and t["unk_codes"][0] == "9999(5.00公顷)"
    assert t["verdict"][0].startswith("达标") and "另有未识别" in t["verdict"][0]
    only = zone.zone_table_columns([0] * 5, 1, np.array([60, 10, 15, 15, 5]) * 1e4, codes, SD, 60.0, "industrial_only")
    assert only["ind_ha"][0] == 60.0 and only["cc_ha"][0] == 10.0   # the breakdown follows 工矿仓储
    sums = zone.landuse_sums([0, 1, 1], 2, [1e4, 2e4, 3e4], ["06", "9999", None], SD)
    assert sums["other_keys"] == ["工矿（未细分）"] and sums["by"]["othind_ha"][0] == 1e4
    assert sums["unk_codes"] == [{}, {"9999": 2e4, "(空)": 3e4}] and sums["unknown_m2"] == {"9999": 2e4, "(空)": 3e4}
    text = zone.zone_table(sums, 60.0)["unk_codes"][1]
    assert text == "(空)(3.00公顷)、9999(2.00公顷)"                  # largest first


def test_needs_geometry():
    assert list(zone.needs_geometry(SD, ["0601", "0701", "0101", "1101", "9999", None])) == \
        [True, True, False, False, True, True]


codes = st.one_of(st.none(), st.sampled_from(["0601", 601, "0508", "0602", "06", "0701", "05H1", "0101", "9999", "",
                                              "1006", "０６０１", 1109.0, "N/A"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.floats(0, 1e7), st.floats(0, 1e7), st.one_of(st.none(), areas),
                          codes), min_size=0, max_size=20),
       thresholds, st.sampled_from(["industrial", "industrial_only"]))
def test_zone_table_properties(rows, t, variant):
    """Each zone's table depends on its own pieces only (a zone alone gives the same row); the
    numerator is part of the base; the 工矿仓储 breakdown covers the industrial land; areas add up."""
    zi = [r[0] for r in rows]
    piece = [min(r[1], r[2]) for r in rows]
    whole = [r[2] for r in rows]
    official = [np.nan if r[3] is None else r[3] for r in rows]
    code = [r[4] for r in rows]
    col = zone.zone_table_columns(zi, 3, piece, code, SD, t, variant, whole_geom_m2=whole, official_m2=official)
    counted = zone.proportional_area_columns(piece, whole, official)
    for z in range(3):
        mine = [k for k in range(len(rows)) if zi[k] == z]
        alone = zone.zone_table_columns([0] * len(mine), 1, [piece[k] for k in mine], [code[k] for k in mine], SD, t,
                                        variant, [whole[k] for k in mine], [official[k] for k in mine])
        for name, values in col.items():
            assert values[z] == alone[name][0] or (values[z] != values[z] and alone[name][0] != alone[name][0]), name
        assert col["ind_ha"][z] <= col["base_ha"][z] * (1 + 1e-12)
        by = sum(col[f][z] for f in zone.BREAKDOWN_ORDER)
        if variant == "industrial":
            assert by == pytest.approx(col["ind_ha"][z], rel=1e-9, abs=1e-9)
        assert col["base_ha"][z] + col["unk_ha"][z] <= sum(counted[k] for k in mine) / M2_PER_HA * (1 + 1e-9) + 1e-9


# ---- scorecard -----------------------------------------------------------------------------------
def test_scored_card_by_hand():
    c = zone.scored_card_columns([0, 0, 0], 2, [15.0, 30.0, 15.0], [1, 0, np.nan], [1.0, 4.0, np.nan])
    assert c["scored_ha"][0] == pytest.approx(4.0) and c["lowe_ha"][0] == pytest.approx(1.0)
    assert c["lowe_pct"][0] == pytest.approx(25.0) and c["ie_undet"][0] == 1
    assert c["tax_mu"][0] == pytest.approx((15 + 120) / 45)
    assert c["scored_ha"][1] == 0 and np.isnan(c["lowe_pct"][1]) and np.isnan(c["tax_mu"][1])
    none = zone.scored_card_columns([0], 1, [15.0], [1], [1.0], has_flag=False, has_tax=False)
    assert all(np.isnan(none[k][0]) for k in ("lowe_ha", "lowe_pct", "ie_undet", "tax_mu"))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), messy, st.one_of(st.just(0.0), st.floats(1e-3, 1e4)), flags, messy),
                min_size=0, max_size=15))
def test_scored_card_properties(rows):
    """Low-efficiency land is part of the scored land; undetermined parcels are the NULL flags;
    tax per mu lies between the smallest and largest tax of the zone's parcels."""
    from landplan_plugin.core.values import parse_number_array
    zi = [r[0] for r in rows]
    area = zone.parcel_area_columns([r[1] for r in rows], [r[2] for r in rows])
    flag = zone.flag_state_columns([r[3] for r in rows])
    tax = parse_number_array([r[4] for r in rows], "ie_tax")[0]
    c = zone.scored_card_columns(zi, 3, area, flag, tax)
    for z in range(3):
        mine = [k for k in range(len(rows)) if zi[k] == z]
        assert c["lowe_ha"][z] <= c["scored_ha"][z] * (1 + 1e-12)
        assert c["ie_undet"][z] == sum(1 for k in mine if math.isnan(flag[k]))
        taxed = [tax[k] for k in mine if not math.isnan(tax[k]) and area[k] > 0]
        if taxed and np.isfinite(c["tax_mu"][z]):
            lo, hi = min(taxed), max(taxed)  # 1e-9 absolute: a tiny product underflows to 0
            assert lo - 1e-6 * abs(lo) - 1e-9 <= c["tax_mu"][z] <= hi + 1e-6 * abs(hi) + 1e-9
        elif not taxed:
            assert np.isnan(c["tax_mu"][z])


def test_clipped_card_whole_area_and_override():
    # the 1 ha remainder of a 3 ha approval, all inside; a 4 ha feature not flagged
    c = zone.clipped_card_columns([0, 0], 1, [1e4, 4e4], [1, 0], [1e4, np.nan], [45 * M2_PER_MU, np.nan])
    assert c["total_ha"][0] == pytest.approx(7.0) and c["flagged_ha"][0] == pytest.approx(1.0)
    assert c["rate_pct"][0] == pytest.approx(100 / 7) and c["total_m2"][0] == pytest.approx(7e4)
    over = zone.clipped_card_columns([0, 0], 1, [1e4, 4e4], [1, 0], total_override_m2=[10e4])
    assert over["rate_pct"][0] == pytest.approx(10.0)
    assert list(zone.clipped_card_columns([], 1, [], [], has_flag=False)["total_ha"]) == [0.0]
    empty = zone.clipped_card_columns([], 1, [], [])
    assert empty["flagged_ha"][0] == 0.0 and np.isnan(empty["rate_pct"][0])


def test_clipped_lines_registry():
    assert [line.param for line in zone.CLIPPED_LINES] == ["IDLE", "UNSUPPLIED"]
    assert zone.CLIPPED_LINES[1].whole_area_field == "appr_mu"


# ---- zone report ---------------------------------------------------------------------------------
def test_report_status_prefers_zone_check_areas():
    parcels = {"total": [30.0], "low": [15.0], "idle": [15.0], "unsup": [0.0]}
    out = zone.report_status_columns(parcels, {"lowe_ha": [2.0], "idle_ha": [None], "zone_ha": [100.0]}, True)
    assert {k: float(v[0]) for k, v in out.items()} == {"total": 30.0, "low": 30.0, "idle": 15.0, "unsup": 0.0}
    out = zone.report_status_columns(None, {"scored_ha": [4.0], "zone_ha": [100.0], "unsup_ha": [1.0]}, False)
    assert out["total"][0] == pytest.approx(60.0) and out["unsup"][0] == pytest.approx(15.0)
    assert zone.report_status_columns(None, {"zone_ha": [100.0]}, False)["total"][0] == pytest.approx(1500.0)
    assert zone.style_kind(["x", "IDLE_FLAG"]) == "idle" and zone.style_kind(["x"]) is None


def test_status_columns_by_hand():
    out = zone.status_columns([0, 1, 1], 3, [15.0, 30.0, 7.5],
                              {"low": ["1", 0, 1.0], "idle": [None, "１", "x"]})
    assert {k: list(v) for k, v in out.items()} == {"total": [15.0, 37.5, 0.0], "low": [15.0, 7.5, 0.0],
                                                   "idle": [0.0, 30.0, 0.0], "unsup": [0.0, 0.0, 0.0]}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.floats(0, 1e5), flags, flags, flags), min_size=0, max_size=15))
def test_status_properties(rows):
    """Each flag's area is part of the zone's total; a parcel counts once per flag that is set."""
    col = zone.status_columns([r[0] for r in rows], 3, [r[1] for r in rows],
                              {"low": [r[2] for r in rows], "idle": [r[3] for r in rows],
                               "unsup": [r[4] for r in rows]})
    for k in range(3):
        assert col["total"][k] == pytest.approx(sum(r[1] for r in rows if r[0] == k))
        for key in ("low", "idle", "unsup"):
            assert col[key][k] <= col["total"][k] * (1 + 1e-12)


def test_report_chart_is_in_hectares_like_the_scorecard():
    assert zone.REPORT_AREA_UNIT == "公顷"
    assert all(unit in ("公顷", "%", "") for _f, _l, unit, _d in zone.REPORT_SCORECARD)
    cols = zone.report_chart_columns({"total": np.array([30.0, np.nan]), "low": [15.0, 0.0]})
    assert list(cols["total"]) == [2.0, 0.0] and list(cols["low"]) == [1.0, 0.0]


@pytest.mark.parametrize("raw, key", [("A", "A"), ("ａ类", "A"), (" d ", "D"), ("D类", "D"), ("不定等级", "不定等级"),
                                      ("待核实", "待核实"), (None, None), ("", None), ("  ", None),
                                      (float("nan"), None), ("E", "其他"), (1, "其他"), ("类", "其他")])
def test_class_key(raw, key):
    assert zone.class_key_array([raw])[0] == key


def test_class_columns_in_class_order():
    rows = (("D", 15.0), ("A", 30.0), ("d类", 15.0), (None, 99.0), ("Z", 1.5), ("A", float("nan")))
    cols = zone.class_columns([0] * len(rows), 2, [mu for _c, mu in rows], [c for c, _mu in rows])
    assert [(k, int(c[0]), float(h[0])) for k, (c, h) in cols.items()] == \
        [("A", 2, 2.0), ("D", 2, 2.0), ("其他", 1, pytest.approx(0.1))]
    assert all(c[1] == 0 for c, _h in cols.values())


classes_st = st.one_of(st.none(), st.sampled_from(["A", "b", "Ｃ类", "D", "不定等级", "待核实", "", "E", "类"]))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.one_of(st.none(), st.floats(0, 1e6)), classes_st), max_size=15))
def test_class_columns_properties(rows):
    """Every parcel with a class is counted once, in its zone; empty classes are not counted."""
    cols = zone.class_columns([r[0] for r in rows], 3, [np.nan if r[1] is None else r[1] for r in rows],
                              [r[2] for r in rows])
    keys = zone.class_key_array([r[2] for r in rows])
    for z in range(3):
        assert sum(int(c[z]) for c, _h in cols.values()) == sum(1 for r, k in zip(rows, keys) if r[0] == z and k)
    assert list(cols) == [k for k in zone.MJ_CLASSES + ("其他",) if k in set(keys)]


def test_card_setup_says_what_an_input_lacks():
    scored = zone.card_setup(["IE_FLAG", "x"])                     # matched as core.fields matches
    assert scored.found == {"ie_flag": "IE_FLAG", "ie_areamu": None, "ie_tax": None}
    assert scored.warnings() == [(zone.NO_TAX, "ie_tax")] and scored.notes() == [(zone.MEASURED, "ie_areamu")]
    assert zone.card_setup(zone.SCORED_FIELDS).warnings() == [] == zone.card_setup(zone.SCORED_FIELDS).notes()
    idle, unsup = zone.CLIPPED_LINES
    assert zone.card_setup(["x"], idle).warnings() == [(zone.NO_FLAG, "idle_flag")]
    assert zone.card_setup(["unsup_flag", "appr_mu"], unsup).found == {"unsup_flag": "unsup_flag", "appr_mu": "appr_mu"}
    cm, ua = zone.PLACED_LINES
    assert zone.card_setup(["ua_mu"], ua).warnings() == [(zone.NO_FIELD, "ua_flag")]
    assert zone.card_setup(["cm_status"], cm).warnings() == []


def test_construction_parcels_are_counted_apart_per_zone():
    from landplan_plugin.core.scoring import TYPE_CONSTRUCTION
    out = zone.construction_card_columns([0, 1, 1, 0, 1], 3, [15.0, 15.0, float("nan"), 3.0, 7.5],
                                         [TYPE_CONSTRUCTION, " 在建未达产 ", TYPE_CONSTRUCTION, "粗放用地类", None])
    assert out.tolist() == ["1 宗 / 15.00 亩", "2 宗 / 15.00 亩", None]
    assert zone.construction_card_columns([], 2, [], []).tolist() == [None, None]

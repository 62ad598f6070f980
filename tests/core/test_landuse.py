"""Land-use code normalisation and classification presets , no QGIS."""
import json
import os
from decimal import Decimal

import pytest

from landplan_plugin.core import landuse
from landplan_plugin.core.landuse import (DEFAULT_PRESET, PresetError, classify_array, list_presets,
                                          load_preset, normalise_code, preset_from_dict)
from landplan_plugin.paths import resources_dir

SD = load_preset("sandiao_2017")
GT = load_preset("guotu_2023")
GB = load_preset("gb50137_2011")


def classify(code, preset=DEFAULT_PRESET, variant="industrial"):
    """(industrial, construction, breakdown key, known) of one code: classify_array on a batch of one."""
    c = classify_array(preset, [code], variant)
    return bool(c["industrial"][0]), bool(c["construction"][0]), c["breakdown"][0], bool(c["known"][0])


class FakeNull:
    def isNull(self):  # noqa: N802 (mimics the QVariant API)
        return True


# --- normalisation --------------------------------------------------------------------------
@pytest.mark.parametrize("raw, expected", [
    (601, "0601"), (601.0, "0601"), (Decimal("601"), "0601"), ("601", "0601"), ("601.0", "0601"),
    ("0601", "0601"), (" 0601 ", "0601"), ("０６０１", "0601"), ("0601 工业用地", "0601"),
    ("0601工业用地", "0601"), (9, "09"), ("9", "09"), (1109, "1109"), ("05h1", "05H1"),
    ("5H1", "05H1"), ("5h1", "05H1"), ("08h2", "08H2"), ("201K", "0201K"), ("1104a", "1104A"),
    ("m1", "M1"), ("Ｍ１", "M1"), (" w ", "W"), ("H11", "H11"),
    (70101, "070101"), ("70101", "070101"), ("100101", "100101"), (1001, "1001"),
    (None, ""), ("", ""), ("  ", ""), (FakeNull(), ""), (True, ""), (float("nan"), ""),
    (601.5, "601.5"),
])
def test_normalise_default_widths(raw, expected):
    assert normalise_code(raw) == expected


def test_normalise_by_preset_widths():
    # 三调 declares widths 2 and 4: a five-digit code is left alone
    assert SD.normalise(70101) == "70101"
    assert SD.normalise(601) == "0601"
    assert GT.normalise(70101) == "070101"
    assert GT.normalise(701) == "0701"
    # GB 50137: letter codes, no padding at all
    assert GB.normalise("m1") == "M1"
    assert normalise_code("601", widths=()) == "601"


# --- 三调 / GB/T 21010 ----------------------------------------------------------------------
@pytest.mark.parametrize("code, ind, con, key", [
    ("0601", True, True, "工业"),
    (601, True, True, "工业"),
    ("0602", True, True, "采矿"),
    ("0603", True, True, "采矿"),      # 盐田 under 采矿
    ("0508", True, True, "仓储"),      # 三调 warehousing
    (508, True, True, "仓储"),
    ("0604", True, True, "仓储"),      # GB/T 21010 warehousing
    ("06", True, True, "工矿（未细分）"),
    ("05H1", False, True, None),
    ("05h1", False, True, None),
    ("0501", False, True, None),
    ("0701", False, True, None),
    ("0702", False, True, None),
    ("08H1", False, True, None),
    ("08H2", False, True, None),
    ("0809", False, True, None),
    ("0810", False, True, None),
    ("09", False, True, None),
    (9, False, True, None),
    ("1001", False, True, None),
    ("1003", False, True, None),
    ("1004", False, True, None),
    ("1005", False, True, None),
    ("1006", False, False, None),      # rural roads are not construction land
    ("1007", False, True, None),
    ("1009", False, True, None),
    ("1109", False, True, None),
    ("1101", False, False, None),
    ("1201", False, False, None),      # 空闲地: not built
    ("1202", False, False, None),
    ("0101", False, False, None),
    (101, False, False, None),
    ("0301", False, False, None),
    ("0201K", False, False, None),
    ("10", False, False, None),
])
def test_sandiao(code, ind, con, key):
    assert classify(code) == (ind, con, key, True)


@pytest.mark.parametrize("code", ["0699", "0605", "1111", "X1", "M1", "abc", "06011", "", None, "5H9"])
def test_sandiao_unknown_codes(code):
    assert classify(code) == (False, False, None, False)


def test_industrial_only_variant():
    assert classify("0601", SD, "industrial_only") == (True, True, "工业", True)
    assert classify("0602", SD, "industrial_only") == (False, True, None, True)
    assert classify("0508", SD, "industrial_only") == (False, True, None, True)
    assert classify("100102", GT, "industrial_only") == (True, True, "工业", True)
    assert classify("1101", GT, "industrial_only") == (False, True, None, True)
    assert classify("M2", GB, "industrial_only") == (True, True, "工业", True)
    assert classify("W1", GB, "industrial_only") == (False, True, None, True)
    with pytest.raises(ValueError):
        classify("0601", SD, "nonsense")


# --- 2023 用地用海分类 -----------------------------------------------------------------------
@pytest.mark.parametrize("code, ind, con, key", [
    ("1001", True, True, "工业"),
    ("100101", True, True, "工业"),
    (100103, True, True, "工业"),
    ("1002", True, True, "采矿"),
    ("1003", True, True, "采矿"),
    ("1101", True, True, "仓储"),
    ("110102", True, True, "仓储"),
    ("1102", True, True, "仓储"),
    ("11", True, True, "仓储"),
    ("10", True, True, "工矿（未细分）"),
    ("0701", False, True, None),
    (701, False, True, None),
    (70101, False, True, None),
    ("0803", False, True, None),
    ("1207", False, True, None),
    ("1311", False, True, None),
    ("1403", False, True, None),
    ("1504", False, True, None),
    ("16", False, True, None),
    ("0601", False, False, None),      # 2023: 农村道路 — not construction
    ("060102", False, False, None),
    ("0602", False, False, None),
    ("1701", False, False, None),
    ("1901", False, False, None),      # 工业用海 — sea, not counted
    ("2301", False, False, None),
    ("0101", False, False, None),
])
def test_guotu_2023(code, ind, con, key):
    assert classify(code, "guotu_2023") == (ind, con, key, True)


def test_guotu_unknown():
    assert classify("100104", GT) == (False, False, None, False)
    assert classify("05H1", GT) == (False, False, None, False)


# --- GB 50137-2011 ----------------------------------------------------------------------------
@pytest.mark.parametrize("code, ind, con, key", [
    ("M", True, True, "工业"), ("M1", True, True, "工业"), ("m3", True, True, "工业"),
    ("W", True, True, "仓储"), ("w2", True, True, "仓储"),
    ("R11", False, True, None), ("A33", False, True, None), ("B41", False, True, None),
    ("S42", False, True, None), ("U21", False, True, None), ("G1", False, True, None),
    ("H11", False, True, None),
    ("H5", False, False, None), ("H12", False, False, None), ("H21", False, False, None),
    ("E11", False, False, None), ("H", False, False, None),
])
def test_gb50137(code, ind, con, key):
    assert classify(code, GB) == (ind, con, key, True)


def test_gb50137_unknown():
    assert classify("M0", GB) == (False, False, None, False)
    assert classify("0601", GB) == (False, False, None, False)


# --- preset files ---------------------------------------------------------------------------
def test_list_presets_default_first():
    presets = list_presets()
    assert [p.id for p in presets][0] == DEFAULT_PRESET
    assert {p.id for p in presets} >= {"sandiao_2017", "guotu_2023", "gb50137_2011"}
    for p in presets:
        assert p.description and p.source and p.name
        assert p.path and os.path.dirname(p.path) == os.path.join(resources_dir(), "landuse")


@pytest.mark.parametrize("preset", [SD, GT, GB])
def test_every_known_industrial_code_is_construction(preset):
    codes = list(preset.known)
    for variant in landuse.VARIANTS:
        c = classify_array(preset, codes, variant)
        assert c["known"].all()
        assert not (c["industrial"] & ~c["construction"]).any()
        assert ((c["breakdown"] != None) == c["industrial"]).all()  # noqa: E711 — object array
        assert list(c["code"]) == codes


@pytest.mark.parametrize("preset", [SD, GT, GB])
def test_every_pattern_matches_a_known_code(preset):
    groups = list(preset.industrial.values()) + list(preset.industrial_only.values())
    for patterns in groups + [preset.construction]:
        for p in patterns:
            assert any(landuse.code_matches(c, [p]) for c in preset.known), (preset.id, p)


def test_files_are_utf8_json_with_the_documented_keys():
    folder = os.path.join(resources_dir(), "landuse")
    for name in ("sandiao_2017.json", "guotu_2023.json", "gb50137_2011.json"):
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            data = json.load(fh)
        assert data["format"] == landuse.FORMAT
        assert data["id"] + ".json" == name
        assert set(data["classes"]) == {"industrial", "industrial_only", "construction", "known"}
    assert os.path.isfile(os.path.join(folder, "README.md"))


def _write(tmp_path, data, name="custom.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _custom():
    return {
        "format": "landplan-landuse/1", "id": "my_zone", "name": "某开发区口径",
        "code_widths": [2, 4],
        "classes": {
            "industrial": {"工业": ["0601"], "仓储": ["0508"]},
            "construction": ["05*", "06*", "07*"],
            "known": {"0601": "工业用地", "0508": "物流仓储用地", "0701": "城镇住宅用地",
                      "0101": "水田"},
        },
    }


def test_custom_file(tmp_path):
    path = _write(tmp_path, _custom())
    p = load_preset(path)
    assert p.id == "my_zone" and p.path == path
    assert classify(601, p) == (True, True, "工业", True)
    assert classify("0508", p) == (True, True, "仓储", True)
    assert classify("0701", p) == (False, True, None, True)
    assert classify("0602", p) == (False, False, None, False)
    # industrial_only omitted: the 工业 group
    assert p.industrial_only == {"工业": ["0601"]}
    assert classify(601, path) == (True, True, "工业", True)


def test_custom_file_without_known_checks_nothing(tmp_path):
    data = _custom()
    del data["classes"]["known"]
    data["classes"]["industrial"] = ["0601", "0508"]   # a plain list: one group
    p = load_preset(_write(tmp_path, data))
    assert classify("0699", p) == (False, True, None, True)
    assert classify("0601", p) == (True, True, "工矿仓储", True)


def test_custom_file_reloads_when_changed(tmp_path):
    path = _write(tmp_path, _custom())
    assert load_preset(path).name == "某开发区口径"
    data = _custom()
    data["name"] = "改过的口径"
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
    os.utime(path, (os.path.getmtime(path) + 5, os.path.getmtime(path) + 5))
    assert load_preset(path).name == "改过的口径"


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.update(format="other/2"), "format"),
    (lambda d: d.pop("id"), "id"),
    (lambda d: d["classes"].pop("construction"), "construction"),
    (lambda d: d["classes"].update(industrial={}), "industrial"),
    (lambda d: d["classes"].update(construction=[1.5]), "construction"),
    (lambda d: d["classes"].update(known=["0601"]), "known"),
    (lambda d: d.update(code_widths="4"), "code_widths"),
    (lambda d: d["classes"].update(construction=["07*"]), "0601"),   # numerator ⊄ base
])
def test_bad_custom_files(tmp_path, mutate, message):
    data = _custom()
    mutate(data)
    with pytest.raises(PresetError) as exc:
        load_preset(_write(tmp_path, data))
    assert message in str(exc.value)
    assert "用地分类文件" in str(exc.value)


def test_missing_and_malformed_files(tmp_path):
    with pytest.raises(PresetError) as exc:
        load_preset("no_such_preset")
    assert "sandiao_2017" in str(exc.value)      # lists what is available
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(PresetError) as exc:
        load_preset(str(bad))
    assert "JSON" in str(exc.value)
    with pytest.raises(PresetError):
        preset_from_dict([1, 2])

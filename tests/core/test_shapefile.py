"""Shapefile name limits (core.shapefile), without QGIS: 10 bytes in the file's encoding, cut at a
character boundary, unique case-insensitively."""
import pytest
from hypothesis import given, settings, strategies as st

from landplan_plugin.core.shapefile import NAME_LIMIT, byte_length, short_field_names, truncate_bytes


@pytest.mark.parametrize("text,encoding,limit,expected", [
    ("宗地编号", "utf-8", 10, "宗地编"),       # 12 bytes → 3 characters (9 bytes), never half a character
    ("宗地编号", "gbk", 10, "宗地编号"),       # 8 bytes in GBK: fits
    ("约定动工日期", "gbk", 10, "约定动工日"),  # 12 → 10 bytes
    ("abcdefghijklm", "utf-8", 10, "abcdefghij"),
    ("ab宗", "utf-8", 4, "ab"),                # 'ab' + 3 bytes > 4
    ("", "gbk", 10, ""),
])
def test_truncate_bytes(text, encoding, limit, expected):
    out = truncate_bytes(text, encoding, limit)
    assert out == expected and text.startswith(out)
    assert byte_length(out, encoding) <= limit


def test_truncate_counts_unencodable_characters_as_one_replacement_byte():
    # '€' has no GBK code: counted as '?' (1 byte), so it is kept while it fits
    assert truncate_bytes("€€€", "gbk", 2) == "€€"
    assert byte_length("€", "gbk") == 1


def test_short_field_names_keep_fitting_names_and_make_others_unique():
    names = ["宗地编号", "约定动工日期", "约定动工日期2", "abcdefghijklm", "abcdefghij", "ie_flag"]
    gbk = short_field_names(names, "gbk")
    assert gbk[0] == "宗地编号" and gbk[4] == "abcdefghij" and gbk[5] == "ie_flag"
    assert gbk[1] == "约定动工日" and gbk[2] != gbk[1] and gbk[2].endswith("_1")
    assert gbk[3] != "abcdefghij" and gbk[3].startswith("abcdefg")
    utf8 = short_field_names(names, "utf-8")
    assert utf8[0] == "宗地编" and all(byte_length(n, "utf-8") <= NAME_LIMIT for n in utf8)


def test_case_insensitive_clash_and_unencodable_name():
    out = short_field_names(["Name", "NAME", "名称€"], "ascii")
    assert out[0] == "Name" and out[1].lower() != "name" and out[1].startswith("NAME")
    assert out[2] == "field_3"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab宗地编号_1Ａé€ "), min_size=0, max_size=14), max_size=8),
       st.sampled_from(["utf-8", "gbk", "latin-1"]))
def test_short_names_always_fit_and_are_unique(names, encoding):
    out = short_field_names(names, encoding)
    assert len(out) == len(names)
    assert all(n and byte_length(n, encoding) <= NAME_LIMIT for n in out)
    assert len({n.lower() for n in out}) == len(out)
    kept = set()
    for original, short in zip(names, out):  # a name that fits is kept unless an earlier one took it
        try:
            fits = bool(original) and len(original.encode(encoding)) <= NAME_LIMIT
        except UnicodeEncodeError:
            fits = False
        if fits and original.lower() not in kept:
            assert short == original
            kept.add(original.lower())

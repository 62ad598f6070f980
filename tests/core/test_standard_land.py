"""标准地"3+N+1"指标表 (core.standard_land): the 3 from 附表2-2 or the county table, +N and +1 from the
file, the lease term and the renewal date."""
import datetime as dt
import json
import os

import pytest

from landplan_plugin.core import standard_land as sl
from landplan_plugin.core.standards import load_preset

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
N_FILE = os.path.join(REPO, "resources", "standards", "standard_land_n_example.json")


def test_three_from_the_table_or_the_county():
    std = load_preset("zhengzhou_industry")
    county = sl.county_rows(["C39", "39", "x"], ["250", "1"], [None, None], ["4", None])
    out = sl.sheet_columns(std, ["2611", "3911", "26", "0101"], ["郑州市区", "郑州市区", "其他区域", None],
                           "2025-06-30", county=county)
    assert out["sd_inv"][0] == pytest.approx(2070 / 15)          # 附表2-2 in 万元/公顷 → 万元/亩
    assert out["sd_inv"][1] == 250 and out["sd_tax"][1] == 4.0     # the county's first row of 39 wins
    assert out["sd_far"][1] == std.industry_rows["39"].far          # not in the county table: 附表2-2
    assert out["sd_inv"][2] < out["sd_inv"][0]                      # 其他区域 lower than 郑州市区
    assert list(out["sd_src"]) == ["附表2-2", "县级指标表＋附表2-2", "附表2-2", "默认阈值"]
    assert "亩均税收：附表2-2 未列" in out["sd_note"][0]


def test_lease_years_and_renewal_date():
    std = load_preset("zhengzhou_industry")
    out = sl.sheet_columns(std, ["26", "26"], "其他区域", "2025-06-30", 20, ["2024-02-29", None])
    assert list(out["sd_renew"]) == [dt.date(2044, 2, 29), dt.date(2045, 6, 30)]
    assert sl.sheet_columns(std, ["26"], None, "2025-06-30", 1)["sd_renew"][0] == dt.date(2026, 6, 30)
    for bad in (0, 21):
        with pytest.raises(ValueError):
            sl.sheet_columns(std, ["26"], None, "2025-06-30", bad)


def test_n_file_and_sheet(tmp_path):
    spec = sl.load_n_file(N_FILE)
    assert [i.direction for i in spec.indicators] == [">=", "<=", "<="] and "回购" in spec.commitment
    std = load_preset("zhengzhou_industry")
    cols = sl.sheet_columns(std, ["26"], "郑州市区", "2025-06-30", n_spec=spec)
    name, title, header, rows = sl.sheet_table(cols, [None], ["26"], dt.date(2025, 6, 30), spec, "郑州市区")
    assert "单位能耗(吨标煤/万元)≤" in header and rows[0][0] == "第1宗" and rows[0][5] == 300
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": sl.N_FORMAT, "id": "b", "name": "b",
                               "indicators": [{"name": "x", "value": 1, "direction": ">"}]}), encoding="utf-8")
    with pytest.raises(sl.NFileError, match="direction"):
        sl.load_n_file(str(bad))

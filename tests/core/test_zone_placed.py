"""core.zone placed scorecard lines (标准地履约, 疑似违法占地): each zone summarised from its own features."""
from hypothesis import given, settings
from hypothesis import strategies as st

from landplan_plugin.core import zone as rules

STATUS = st.one_of(st.none(), st.sampled_from(["未达标", "达标", "待核实", "未到期"]))
FLAG = st.one_of(st.none(), st.sampled_from([1, 0, "1", "0", "x", 1.0, "N/A", "１"]))
AREA = st.one_of(st.none(), st.floats(0, 1e5, allow_nan=False))


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.lists(st.tuples(STATUS, FLAG, AREA, st.integers(0, 2)), max_size=25))
def test_each_zone_gets_its_own_features(rows):
    """A zone's values are the line summarised over the features placed in it alone (NULL 亩 = 0)."""
    for line in rules.PLACED_LINES:
        cols = {"cm_status": [r[0] for r in rows], "ua_flag": [r[1] for r in rows]}
        got = rules.placed_card_columns(line, [r[3] for r in rows], 3, cols, [r[2] for r in rows])
        for z in range(3):
            mine = [r for r in rows if r[3] == z]
            alone = line.summarise({"cm_status": [r[0] for r in mine], "ua_flag": [r[1] for r in mine]},
                                   [r[2] or 0.0 for r in mine])
            assert got[z] == list(alone)


def test_lines_and_sentences():
    cm, ua = rules.PLACED_LINES
    assert cm.param == "COMMITMENTS" and ua.param == "UNAUTHORIZED"
    assert cm.summarise({"cm_status": ["未达标", "达标", None]}, [15.0, 3.0, 1.0]) == \
        [1, 15.0, "未达标 1 宗 / 15.00 亩（核查 2 宗）"]
    assert ua.summarise({"ua_flag": [1, "1", 0, None, "x"]}, [1.0, 2.0, 4.0, 8.0, 16.0]) == \
        [2, 3.0, "疑似违法占地：2处，共3.00亩（线索，待核查）"]
    assert ua.summarise({"ua_flag": []}, [])[0] == 0


def test_evaluation_page_rows():
    from landplan_plugin.core import evaluation as ev
    names = ["zone_name", "score", "sup_rate", "rd_sup", "far_all", "pot_ext", "pot_mgmt"]
    assert ev.has_evaluation(names) and not ev.has_evaluation(["score", "sup_rate"])
    assert ev.report_page_rows(names) == [("土地供应率", "sup_rate", "%", 1, "rd_sup"),
                                          ("综合容积率", "far_all", "", 2, None),
                                          ("扩展潜力", "pot_ext", "公顷", 2, None), ("管理潜力", "pot_mgmt", "公顷", 2, None)]

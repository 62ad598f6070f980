"""The quarterly bulletin's content (core.bulletin): title by quarter, sentences that repeat the
tables' numbers, and a shorter bulletin when optional inputs are missing."""
import datetime as dt
import json
import os
import re

import pytest

from landplan_plugin.core import bulletin as bl

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIR = os.path.join(REPO, "resources", "bulletin")


def templates():
    return bl.load_templates(bl.DEFAULT_TEMPLATES, DIR)


def assessment():
    """Three 县区 as countyassessment writes them (fields as the interface fixes them)."""
    return {
        "ca_county": ["甲县", "乙区", "丙县"],
        "ca_task_mu": [1000.0, 800.0, 600.0],
        "ca_done_mu": [450.0, 640.0, 600.0],
        "ca_donepct": [45.0, 80.0, 100.0],
        "ca_planpct": [40.0, 90.0, 110.0],
        "ca_halfway": [1, 0, 0],
        "ca_yearend": [1, 1, 0],
        "ca_cut_ha": [11.0, 2.5, None],
        "ca_score": [52.5, 78.25, 91.0],
        "ca_rank": [3, 2, 1],
        "ca_rankchg": [-1, 0, 1],
        "ca_talk": [1, 0, 0],
        "ca_reason": ["半年任务未过半；得分末位", "年底任务未完成", ""],
    }


def parcels():
    return {"zone": ["甲县", "甲县", "乙区", "丙县", "丙县"], "kind": ["低效", "低效", "闲置", "低效", "批而未供"],
            "change": ["已处置", "新增", "未处置", "已处置", "待核实"], "area_mu": [10.0, 2.5, 4.0, 6.0, 1.25]}


def all_text(b):
    parts = [b.title, b.opening] + [p for s in b.sections for p in s.paragraphs] + b.annex.paragraphs
    return "\n".join(parts)


@pytest.mark.parametrize("as_of, quarter", [(dt.date(2025, 3, 31), "2025年第一季度"),
                                            (dt.date(2025, 6, 30), "2025年第二季度"),
                                            (dt.date(2025, 7, 1), "2025年第三季度"),
                                            (dt.date(2024, 12, 31), "2024年第四季度")])
def test_title_has_the_quarter_of_as_of(as_of, quarter):
    b = bl.build_bulletin(assessment(), as_of, templates())
    assert b.quarter == quarter and quarter in b.title and quarter in b.opening
    assert b.number_line.endswith("〔%d〕　号" % as_of.year)


def test_title_and_issuer_given():
    b = bl.build_bulletin(assessment(), dt.date(2025, 6, 30), templates(), title="{quarter}通报 {x}",
                          issuer="濮阳市节约集约用地领导小组办公室")
    assert b.title == "2025年第二季度通报 {x}"  # other braces stay as typed
    assert b.issuer == b.signature == "濮阳市节约集约用地领导小组办公室"
    assert b.number_line.startswith("濮阳市节约集约用地领导小组办公室〔2025〕")


def test_sentences_repeat_the_table_numbers():
    b = bl.build_bulletin(assessment(), dt.date(2025, 12, 31), templates(), parcels=parcels(), has_map=True)
    overall, ranking, kinds, plan, nodes, talk = b.sections[:6]
    table = ranking.tables[0]
    total = table.rows[-1]
    assert total[1] == "合计" and total[2:5] == ("2400.00", "1690.00", "70.4")
    assert "共下达存量土地盘活任务2400.00亩，已处置1690.00亩，任务完成率70.4%" in overall.paragraphs[0]
    assert "完成率最高的是丙县（100.0%），最低的是甲县（45.0%）" in overall.paragraphs[2]
    assert [r[1] for r in table.rows[:-1]] == ["丙县", "乙区", "甲县"]  # by rank
    assert table.headers[-3:] == ("供地计划完成率（%）", "得分", "名次变化")
    assert [r[-1] for r in table.rows[:-1]] == ["上升1", "持平", "下降1"]
    assert "第一名为丙县（91.00分），末名为甲县（52.50分）" in ranking.paragraphs[0]
    assert ranking.figures[0].labels == ["丙县", "乙区", "甲县"] and ranking.figures[0].values == [100.0, 80.0, 45.0]
    # per kind: 待核实 counts as not disposed; 新增 apart
    rows = {(r[0], r[1]): r[2:] for r in kinds.tables[0].rows}
    assert rows[("合计", "低效")] == ("16.00", "0.00", "2.50")
    assert rows[("丙县", "批而未供")] == ("0.00", "1.25", "0.00")
    assert "低效已处置16.00亩，未处置0.00亩、新增2.50亩" in kinds.paragraphs[0]
    assert "新认定低效、闲置、批而未供土地2.50亩" in overall.paragraphs[1]
    assert kinds.figures[0].key == "map"
    assert "最高的是丙县（110.0%），最低的是甲县（40.0%）" in plan.paragraphs[0]
    assert plan.tables[0].rows[0] == ("丙县", "110.0")
    assert "甲县1个县（区）年度任务完成未过半" in nodes.paragraphs[0]
    assert "乙区、甲县2个县（区）年度任务未完成" in nodes.paragraphs[1] and "13.50公顷" in nodes.paragraphs[1]
    assert talk.tables[0].rows == [("甲县", "45.0", "半年任务未过半；得分末位")]
    annex = b.annex.tables[0].rows
    assert [(r[0], r[1], r[3]) for r in annex] == [("乙区", "年底节点", "2.50"),
                                                   ("甲县", "半年节点、年底节点、约谈", "11.00")]
    # the wording file's measures when the assessment has no ca_conseq
    assert annex[1][2] == ("暂停新增建设用地申请（省以上重点工程和重大民生项目除外）；"
                           "按未完成任务比例核减下一年度新增建设用地计划指标；由领导小组办公室约谈")
    # every number of a sentence is in some table of the bulletin
    cells = {c for s in b.sections for tb in s.tables for r in tb.rows for c in r}
    cells |= {c for r in annex for c in r}
    for s in b.sections[:4]:
        for p in s.paragraphs:
            for number in re.findall(r"\d+\.\d+", p):
                assert number in cells or number == "13.50", (number, p)


def test_missing_optional_inputs_give_a_shorter_bulletin():
    full = bl.build_bulletin(assessment(), dt.date(2025, 6, 30), templates(), parcels=parcels(), has_map=True)
    minimal = {k: assessment()[k] for k in bl.REQUIRED_FIELDS}
    short = bl.build_bulletin(minimal, dt.date(2025, 6, 30), templates())
    assert len(short.sections) < len(full.sections)
    headings = [s.heading for s in short.sections]
    assert not any("分类" in h or "供地计划" in h for h in headings)
    assert short.sections[1].tables[0].headers == ("名次", "县（区）", "任务（亩）", "已处置（亩）", "完成率（%）")
    assert headings == ["一、总体进展", "二、各县（区）完成情况及排名", "三、考核节点触发情况", "四、约谈名单",
                        "五、工作要求"]
    assert [s.heading[:2] for s in full.sections] == ["一、", "二、", "三、", "四、", "五、", "六、", "七、"]
    assert [t.caption for s in full.sections for t in s.tables] == [
        "表1　各县（区）任务完成情况及排名", "表2　各县（区）分类任务完成情况", "表3　各县（区）供地计划执行情况",
        "约谈名单"]
    assert [f.caption for s in full.sections for f in s.figures] == ["图1　各县（区）任务完成率（%）",
                                                                      "图2　各县（区）已处置、新增地块分布"]
    assert short.sections[1].figures == []  # no done % in the minimal table: no chart
    assert "本期无约谈对象" in all_text(short) and "各县（区）年度任务完成均已过半" in all_text(short)
    assert "本期尚未到年底节点" in all_text(short)
    assert "本期无触发考核节点的县（区）" in short.annex.paragraphs[0]
    assert len(short.notes) == 2 and not any("分类" in h for h in headings)
    before = bl.build_bulletin(minimal, dt.date(2025, 3, 31), templates())
    assert "本期尚未到6月30日半年节点" in all_text(before)


def test_an_edited_wording_file_is_used(tmp_path):
    data = json.load(open(os.path.join(DIR, "quarterly_bulletin.json"), encoding="utf-8"))
    data["overall"] = "至{date}完成{done_mu}亩，共{task_mu}亩，{done_pct}%。"
    data["digits"]["mu"] = 0
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    b = bl.build_bulletin(assessment(), dt.date(2025, 6, 30), bl.load_templates(str(path), DIR))
    assert b.sections[0].paragraphs[0] == "至2025年6月30日完成1690亩，共2400亩，70.4%。"
    del data["overall"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(bl.TemplateError, match="overall"):
        bl.load_templates(str(path), DIR)


def test_missing_required_fields_are_named():
    assert bl.missing_fields(["CA_COUNTY", "ca_task_mu"]) == ["ca_done_mu"]


def test_the_assessments_own_fields_are_used_when_present():
    """countyassessment writes more than the interface's 13 fields: per-kind task / 已处置 / %, 新增,
    the supply-plan milestone and lag, and the consequences in its rules' words."""
    data = assessment()
    data.update({"ca_new_mu": [3.0, 0.0, 1.5], "ca_planreq": [100.0, 100.0, 100.0], "ca_planlag": [1, 0, 0],
                 "ca_conseq": ["暂停新增建设用地申请；暂停建设用地批次报批半年", "核减指标", ""],
                 "ca_ie_task": [600.0, 500.0, 400.0], "ca_ie_done": [300.0, 400.0, 400.0],
                 "ca_ie_pct": [50.0, 80.0, 100.0], "ca_us_task": [400.0, 300.0, 200.0],
                 "ca_us_done": [150.0, 240.0, 200.0], "ca_us_pct": [37.5, 80.0, 100.0]})
    b = bl.build_bulletin(data, dt.date(2025, 12, 31), templates())
    overall, ranking, kinds, plan, nodes = b.sections[:5]
    assert "新认定低效、闲置、批而未供土地4.50亩" in overall.paragraphs[1]
    table = kinds.tables[0]
    assert table.headers == ("县（区）", "类别", "任务（亩）", "已处置（亩）", "完成率（%）")
    rows = {(r[0], r[1]): r[2:] for r in table.rows}
    assert rows[("合计", "低效")] == ("1500.00", "1100.00", "73.3") and rows[("甲县", "批而未供")][2] == "37.5"
    assert "低效任务1500.00亩、已处置1100.00亩、完成73.3%" in kinds.paragraphs[0]
    assert plan.tables[0].headers == ("县（区）", "供地计划完成率（%）", "节点要求（%）", "执行情况")
    assert plan.tables[0].rows[-1] == ("甲县", "40.0", "100.0", "滞后")
    assert "甲县1个县（区）供地计划执行滞后于节点要求" in nodes.paragraphs[-1]
    annex = {r[0]: r for r in b.annex.tables[0].rows}
    assert annex["甲县"][1] == "半年节点、年底节点、供地计划滞后、约谈"
    assert annex["甲县"][2] == "暂停新增建设用地申请；暂停建设用地批次报批半年；由领导小组办公室约谈"


def test_the_score_in_a_talk_reason_equals_the_ranking_table():
    # countyassessment writes the score to 2 decimals, and its 约谈 reason repeats it ("得分 58.95…"):
    # the ranking table and the sentences must show the same figure, not 59.0
    a = assessment()
    a["ca_score"] = [58.95, 78.25, 91.0]
    a["ca_reason"] = ["得分 58.95，排名第 3/3，居末 1 位", "", ""]
    b = bl.build_bulletin(a, dt.date(2025, 12, 31), templates())
    ranking = b.sections[1]
    row = [r for r in ranking.tables[0].rows if r[1] == "甲县"][0]
    assert row[ranking.tables[0].headers.index("得分")] == "58.95"
    assert "末名为甲县（58.95分）" in ranking.paragraphs[0]

"""landplan:countyassessment end to end: Processing runs on real files — the shipped demo over two
quarters (every node), and small hand-made files with bad rows that the log names."""
import os

import pytest
from conftest import run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEMO = os.path.join(REPO, "resources", "demo", "assessment_demo.gpkg")
MU_SIDE = (10000.0 / 15.0) ** 0.5


def demo(name):
    return "%s|layername=%s" % (DEMO, name)


def by_county(uri):
    return {f["ca_county"]: f for f in read_layer(uri)[1]}


@pytest.fixture(scope="module")
def quarters(qgis_app, tmp_path_factory):
    """The demo's Q3 and Q4 assessments (Q3 feeds Q4 as PREVIOUS), with the supply plan per county."""
    out = tmp_path_factory.mktemp("ca")
    results = {}
    previous = None
    for key, as_of, run in (("q3", "2025-09-30", "run_2025q3"), ("q4", "2025-12-31", "run_2025q4")):
        plan, _fb = run_alg("landplan:supplyplanprogress", {
            "PLAN": demo("supply_plan_2025"), "PLAN_CATEGORY_FIELD": "用途类别", "PLAN_AREA_FIELD": "计划面积",
            "PLAN_DISTRICT_FIELD": "区县", "SUPPLIES": demo("supplies_2025"), "SUPPLY_AREA_FIELD": "出让面积",
            "SUPPLY_DISTRICT_FIELD": "区县", "AS_OF": as_of, "OUTPUT": str(out / ("plan_%s.gpkg" % key))})
        params = {"TASKS": demo("tasks_2025"), "BASELINE": demo("run_2024"), "CURRENT": demo(run),
                  "PLAN_PROGRESS": plan["OUTPUT"], "NEXT_QUOTA": demo("quota_2026"), "AS_OF": as_of,
                  "OUTPUT": str(out / ("assessment_%s.gpkg" % key)), "LEDGER": str(out / "台账.xlsx")}
        if previous:
            params["PREVIOUS"] = previous
        res, fb = run_alg("landplan:countyassessment", params)
        previous = res["OUTPUT"]
        results[key] = (res, fb)
    return results


def test_the_demo_shows_every_node(quarters):
    q3 = by_county(quarters["q3"][0]["OUTPUT"])
    q4 = by_county(quarters["q4"][0]["OUTPUT"])
    assert sorted(q4) == ["东湖区", "北原县", "南川县", "西岭区"]
    # Q3: past 6-30, only 南川县 not over half
    assert {c: f["ca_halfway"] for c, f in q3.items()} == {"东湖区": 0, "西岭区": 0, "南川县": 1, "北原县": 0}
    assert q3["南川县"]["ca_donepct"] <= 50 and all(f["ca_yearend"] == 0 for f in q3.values())
    # Q4: year end — 西岭区 and 南川县 unfinished, quota cut = indicator × (1 − done %)
    assert {c: f["ca_yearend"] for c, f in q4.items()} == {"东湖区": 0, "西岭区": 1, "南川县": 1, "北原县": 0}
    for c in ("西岭区", "南川县"):
        f = q4[c]
        assert f["ca_cut_ha"] == pytest.approx(f["ca_quota"] * (1 - f["ca_donepct"] / 100), abs=0.01)
        assert "按未完成任务比例核减下一年度新增建设用地计划指标" in f["ca_conseq"]
    assert q4["东湖区"]["ca_cut_ha"] == 0 and q4["东湖区"]["ca_donepct"] > 100
    # 北原县: task done, supply plan behind at year end → 暂停建设用地批次报批半年
    assert q4["北原县"]["ca_planlag"] == 1 and q4["北原县"]["ca_conseq"] == "暂停建设用地批次报批半年"
    # 约谈: the bottom one, with its reason; rank change against Q3
    talk = [c for c, f in q4.items() if f["ca_talk"] == 1]
    assert talk == ["南川县"] and q4["南川县"]["ca_rank"] == 4
    assert q4["南川县"]["ca_reason"] == "得分 %.2f，排名第 4/4，居末 1 位" % q4["南川县"]["ca_score"]
    for c, f in q4.items():
        assert f["ca_prevrk"] == q3[c]["ca_rank"] and f["ca_rankchg"] == q3[c]["ca_rank"] - f["ca_rank"]
    assert any(f["ca_rankchg"] != 0 for f in q4.values())
    assert all(f["ca_rankchg"] is None for f in q3.values())
    # the current run's 亩均 classes and 标准地 statuses are scored: every indicator of the example used
    assert "标准地达标率" in q4["东湖区"]["ca_parts"] and "亩均效益A、B类面积占比" in q4["东湖区"]["ca_parts"]
    assert any("示例" in line for line in quarters["q4"][1].log)


def test_the_output_is_styled_and_the_ledger_has_its_sheet(quarters):
    from openpyxl import load_workbook
    layer, _rows = read_layer(quarters["q4"][0]["OUTPUT"])
    assert layer.attributeAlias(layer.fields().indexOf("ca_cut_ha")) == "核减下年指标(公顷)"
    wb = load_workbook(quarters["q4"][0]["LEDGER"])
    ws = wb["县区考核"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    nanchuan = [row for row in values if row[0] == "南川县"][0]
    assert nanchuan[-1].startswith("是：得分 ") and nanchuan[6] == "触发" and nanchuan[9].startswith("4（")
    assert any(str(row[0]).startswith("评分方案：示例") for row in values)


def _run_layer(tmp_path, name, rows, extra=()):
    feats = [(square(590000 + 500 * i, 3960000, MU_SIDE * mu ** 0.5),
              {"宗地编号": pid, "县区": county, "ie_flag": flag, **dict(zip(extra, more))})
             for i, (pid, county, flag, mu, *more) in enumerate(rows)]
    fields = [("宗地编号", ogr.OFTString), ("县区", ogr.OFTString), ("ie_flag", ogr.OFTInteger)]
    fields += [(e, ogr.OFTString) for e in extra]
    return write_gpkg(str(tmp_path / (name + ".gpkg")), name, 4547, fields, feats)


def test_bad_rows_are_named_and_missing_inputs_handled(qgis_app, tmp_path):
    tasks = tmp_path / "tasks.csv"
    tasks.write_text("县区,任务类别,任务面积,完成时限\n甲县,低效,10,2025-12-31\n乙县,低效,十亩,2025-12-31\n"
                     "丙县,未知类别,5,2025-12-31\n", encoding="utf-8")
    base = _run_layer(tmp_path, "base", [("1", "甲县", 1, 4), ("2", "甲县", 1, 6), ("3", "乙县", 1, 2)])
    cur = _run_layer(tmp_path, "cur", [("1", "甲县", 0, 4), ("2", "甲县", 1, 6), ("3", "乙县", 0, 2)])
    quota = tmp_path / "quota.csv"
    quota.write_text("县区,新增建设用地计划指标\n甲县,100\n乙县,很多\n丁县,30\n", encoding="utf-8")
    previous = tmp_path / "previous.csv"
    previous.write_text("ca_county,ca_rank\n甲县,2\n乙县,1\n", encoding="utf-8")
    res, fb = run_alg("landplan:countyassessment", {
        "TASKS": str(tasks), "BASELINE": base, "CURRENT": cur, "NEXT_QUOTA": str(quota),
        "PREVIOUS": str(previous), "AS_OF": "2025-12-31", "TALK_SCORE_BELOW": 50,
        "OUTPUT": str(tmp_path / "out.gpkg")})
    rows = by_county(res["OUTPUT"])
    log = "\n".join(fb.log)
    assert rows["甲县"]["ca_donepct"] == pytest.approx(40, rel=1e-6)
    assert rows["甲县"]["ca_cut_ha"] == pytest.approx(60, rel=1e-6)
    assert "任务第2行" in log and "十亩" in log                    # unreadable task area, named by row
    assert "任务第3行" in log and "未知类别" in log
    assert "下年新增建设用地计划指标表第2行（乙县）" in log and "「丁县」没有任务" in log
    assert "「乙县」没有下达任务" in log                              # task read as 0: nodes 待核实
    assert rows["乙县"]["ca_yearend"] is None and rows["乙县"]["ca_cut_ha"] is None
    # no plan, no classes, no 标准地: those indicators left out and named; the task share scores alone
    assert "未提供供地计划执行表" in log and "标准地达标率" in log
    assert rows["甲县"]["ca_score"] == pytest.approx(40.0)
    assert rows["甲县"]["ca_talk"] == 1 and "低于 50 分" in rows["甲县"]["ca_reason"]
    assert rows["甲县"]["ca_prevrk"] == 2 and rows["甲县"]["ca_rankchg"] == 1


def test_a_previous_table_without_the_rank_field_is_refused(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException
    tasks = tmp_path / "tasks.csv"
    tasks.write_text("县区,任务类别,任务面积\n甲县,低效,10\n", encoding="utf-8")
    base = _run_layer(tmp_path, "base", [("1", "甲县", 1, 4)])
    previous = tmp_path / "previous.csv"
    previous.write_text("县区,名次\n甲县,1\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="ca_county, ca_rank"):
        run_alg("landplan:countyassessment", {"TASKS": str(tasks), "BASELINE": base, "CURRENT": base,
                                               "PREVIOUS": str(previous), "OUTPUT": "TEMPORARY_OUTPUT"})


def test_a_bad_scheme_file_stops_the_run_with_its_name(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException
    tasks = tmp_path / "tasks.csv"
    tasks.write_text("县区,任务类别,任务面积\n甲县,低效,10\n", encoding="utf-8")
    base = _run_layer(tmp_path, "base", [("1", "甲县", 1, 4)])
    scheme = tmp_path / "scheme.json"
    scheme.write_text('{"indicators": []}', encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="scheme.json"):
        run_alg("landplan:countyassessment", {"TASKS": str(tasks), "BASELINE": base, "CURRENT": base,
                                               "SCHEME_FILE": str(scheme), "OUTPUT": "TEMPORARY_OUTPUT"})


def test_the_ledger_sheet_prints_whole(quarters, tmp_path):
    """Printed by LibreOffice and read back: one table (not transposed), every 县（区） with its
    consequences and the 约谈 reason, the example scheme's mark and the definitions."""
    import re
    import shutil
    if not shutil.which("soffice") or not shutil.which("pdftotext"):
        pytest.skip("LibreOffice (libreoffice-calc-nogui) and pdftotext are needed to print")
    from openpyxl import load_workbook
    from test_ledger_print import _to_pdf
    wb = load_workbook(quarters["q4"][0]["LEDGER"])
    for name in wb.sheetnames:
        if name != "县区考核":
            del wb[name]
    path = str(tmp_path / "考核.xlsx")
    wb.save(path)
    text = re.sub(r"\s+", "", "".join(_to_pdf(path)))
    for county in ("东湖区", "西岭区", "南川县", "北原县"):
        assert county in text
    assert "暂停建设用地批次报批半年" in text and "按未完成任务比例核减下一年度新增建设用地计划指标" in text
    q4 = by_county(quarters["q4"][0]["OUTPUT"])
    assert re.sub(r"\s+", "", "是：" + q4["南川县"]["ca_reason"]) in text
    assert "示例方案，权重非文件规定" in text and "核减指标=下年新增建设用地计划指标×（1−完成率）" in text


def test_a_task_measured_exactly_half_done_triggers_the_halfway_node(qgis_app, tmp_path):
    # 5 亩 of 10, the 5 measured from the polygon on the ellipsoid (50.0000024 %): 过半 is not reached
    tasks = tmp_path / "tasks.csv"
    tasks.write_text("县区,任务类别,任务面积,完成时限\n甲县,低效,10,2025-12-31\n", encoding="utf-8")
    base = _run_layer(tmp_path, "base", [("1", "甲县", 1, 5), ("2", "甲县", 1, 5)])
    cur = _run_layer(tmp_path, "cur", [("1", "甲县", 0, 5), ("2", "甲县", 1, 5)])
    res, _fb = run_alg("landplan:countyassessment", {"TASKS": str(tasks), "BASELINE": base, "CURRENT": cur,
                                                     "AS_OF": "2025-06-30", "OUTPUT": str(tmp_path / "o.gpkg")})
    row = by_county(res["OUTPUT"])["甲县"]
    assert row["ca_donepct"] == pytest.approx(50.0) and row["ca_halfway"] == 1

"""landplan:flagunsupplied — 已批未供即用 decided per parcel (ju_decide, ju_reason), with the other
outputs matched by parcel id and by location (real Processing runs on real files)."""
from conftest import run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr

ALG = "landplan:flagunsupplied"
X0, Y0 = 590000, 3960000
# id: (approval date, in use, complies, use date) and the joined results (ie_type, mj_class, cm_status) → decision
CASES = {
    "PERFECT": (("2017/03/01", "是", "是", "2018/12/31"), (None, "A", "达标"), "完善用地手续"),
    "PERFECT_BY_APPROVAL": (("2016/03/01", "是", "是", None), (None, "B", "未到期"), "完善用地手续"),
    "AFTER_CUTOFF": (("2017/03/01", "是", "是", "2019/01/01"), (None, "A", "达标"), "待核实"),
    "NOT_COMPLIANT": (("2017/03/01", "是", "否", None), (None, "A", "达标"), "依法收回"),
    "HALTED": (("2017/03/01", "是", "是", None), ("停建停产类", "A", "达标"), "低效整改"),
    "CLASS_D": (("2017/03/01", "是", "是", None), (None, "D", "达标"), "低效整改"),
    "FAILED_COMMITMENT": (("2017/03/01", "是", "是", None), (None, "A", "未达标"), "低效整改"),
    "NO_COMMITMENT": (("2017/03/01", "是", "是", None), (None, "A", None), "待核实"),
    "COMPLIANCE_UNKNOWN": (("2017/03/01", "是", None, None), ("停建停产类", "D", "达标"), "待核实"),
    "NOT_IN_USE": (("2017/03/01", "否", "是", None), (None, "A", "达标"), None),
}


def _layers(tmp_path):
    appr, scored, permu, cm = [], [], [], []
    for i, (pid, ((date, use, ok, since), (ie_type, mj, status), _)) in enumerate(CASES.items()):
        g = square(X0 + i * 200, Y0, 100)
        appr.append((g, {"批准文号": pid, "宗地编号": "Z%d" % i, "批准日期": date, "供地状态": "未供", "是否使用": use,
                         "符合规划和准入": ok, "开工日期": since}))
        inner = square(X0 + i * 200 + 10, Y0 + 10, 80)
        scored.append((inner, {"宗地编号": "Z%d" % i, "ie_flag": 1 if ie_type else 0, "ie_type": ie_type}))
        permu.append((inner, {"宗地编号": "Z%d" % i, "mj_class": mj}))
        cm.append((inner, {"宗地编号": "Z%d" % i, "cm_status": status}))
    s = ogr.OFTString
    a = write_gpkg(str(tmp_path / "a.gpkg"), "approvals", 4547,
                   [("批准文号", s), ("宗地编号", s), ("批准日期", ogr.OFTDate), ("供地状态", s), ("是否使用", s),
                    ("符合规划和准入", s), ("开工日期", ogr.OFTDate)], appr)
    sc = write_gpkg(str(tmp_path / "s.gpkg"), "scored", 4547, [("宗地编号", s), ("ie_flag", ogr.OFTInteger),
                                                               ("ie_type", s)], scored)
    pm = write_gpkg(str(tmp_path / "p.gpkg"), "permu", 4547, [("宗地编号", s), ("mj_class", s)], permu)
    c = write_gpkg(str(tmp_path / "c.gpkg"), "cm", 4547, [("宗地编号", s), ("cm_status", s)], cm)
    return a, sc, pm, c


def _run(tmp_path, name, **extra):
    a, sc, pm, c = _layers(tmp_path)
    params = {"INPUT": a, "AS_OF": "2024-06-30", "SCORED": sc, "PERMU": pm, "COMMITMENTS": c,
              "OUTPUT": str(tmp_path / name)}
    params.update(extra)
    res, fb = run_alg(ALG, params)
    _, rows = read_layer(res["OUTPUT"])
    return {r["批准文号"]: r for r in rows}, fb


def test_decision_by_parcel_id(qgis_app, tmp_path):
    by_id, fb = _run(tmp_path, "id.gpkg", PARCEL_ID_FIELD="宗地编号")
    for pid, (_, _, decision) in CASES.items():
        assert by_id[pid]["ju_decide"] == decision, (pid, by_id[pid]["ju_reason"])
    assert "报省自然资源厅备案" in by_id["PERFECT"]["ju_reason"]
    assert "以批准日期计" in by_id["PERFECT_BY_APPROVAL"]["ju_reason"]
    assert "晚于 2018-12-31" in by_id["AFTER_CUTOFF"]["ju_reason"]
    assert "停建停产" in by_id["HALTED"]["ju_reason"] and "亩均等级 D" in by_id["CLASS_D"]["ju_reason"]
    assert by_id["NOT_IN_USE"]["ju_reason"] is None
    assert "by 宗地编号" in "\n".join(fb.log)


def test_decision_by_location_and_cutoff(qgis_app, tmp_path):
    by_loc, fb = _run(tmp_path, "loc.gpkg", JU_CUTOFF="2019-06-30")
    assert "by location" in "\n".join(fb.log)
    assert by_loc["AFTER_CUTOFF"]["ju_decide"] == "完善用地手续"   # 2019-01-01 is before the later cut-off
    for pid in set(CASES) - {"AFTER_CUTOFF"}:
        assert by_loc[pid]["ju_decide"] == CASES[pid][2], pid


def test_own_fields_without_other_layers(qgis_app, tmp_path):
    """Without the other outputs, nothing proves 运营良好 etc.: every in-use parcel that complies is 待核实."""
    a, *_ = _layers(tmp_path)
    res, _fb = run_alg(ALG, {"INPUT": a, "AS_OF": "2024-06-30", "OUTPUT": str(tmp_path / "own.gpkg")})
    _, rows = read_layer(res["OUTPUT"])
    by_id = {r["批准文号"]: r for r in rows}
    assert by_id["NOT_COMPLIANT"]["ju_decide"] == "依法收回"
    assert by_id["PERFECT"]["ju_decide"] == "待核实"
    assert "无低效评价结果" in by_id["PERFECT"]["ju_reason"]

"""Both engines on the same data give the same answers (issue: "Same answers"): the QGIS algorithm
(in a QGIS subprocess) and ``landplan`` (dask cluster) on the demo data and on generated messy data.

Asserted per case: the same output fields in the same order, equal flags, scores and other numbers
to 1e-9 (as both write them: QGIS rounds to the field precision, so does the engine), equal
reason texts, and zone shares within 0.01 percentage points.
"""
import json
import os

import pytest

from . import compare
from . import messy
from .conftest import DEMO, REPO, run_qgis

AS_OF = "2024-06-30"
EXTRA = ["亩均产值", "承诺亩均产值", "实际亩均产值", ">=", "production"]
SCHEMES = os.path.join(REPO, "resources", "schemes")
#: a scheme with every benchmark kind, a cap, the "average" rule for missing values and score classes
SCHEME = {"name": "测试方案", "missing": "average", "classes": {"method": "score", "A": 90, "B": 60, "C": 30},
          "indicators": [
              {"name": "亩均税收", "field": "亩均税收", "benchmark": "median", "weight": 40, "cap": 1.5},
              {"name": "亩均增加值", "numerator": "增加值", "denominator": "用地亩数", "benchmark": "mean",
               "weight": 30},
              {"name": "单位能耗增加值", "numerator": "增加值", "denominator": "综合能耗", "benchmark": 4.0,
               "weight": 30}],
          "exempt": {"field": "企业类型", "values": ["公用事业"]}}


def demo(layer):
    return "%s|layername=%s" % (DEMO, layer)


def _cases(data):
    """(name, QGIS algorithm, its parameters, landplan arguments, key field, numeric tolerance)."""
    d = data
    return [
        ("score_demo", "landplan:scoreinefficiency",
         {"INPUT": demo("parcels"), "STANDARD": 1, "STATUS_FIELD": "生产状态", "AS_OF": "2025-12-31"},
         ["score", demo("parcels"), "--standard", "puyang_other", "--status-field", "生产状态",
          "--as-of", "2025-12-31"],
         "宗地编号", 1e-9),
        ("score_messy", "landplan:scoreinefficiency",
         {"INPUT": d["parcels"], "STANDARD": "zhengzhou_industry", "PHASEOUT_CODES": "26,C39", "MODE": 1},
         ["score", d["parcels"], "--standard", "zhengzhou_industry", "--phaseout-codes", "26,C39",
          "--mode", "linear"], "宗地编号", 1e-9),
        ("score_messy_totals", "landplan:scoreinefficiency",
         {"INPUT": d["parcels"], "TAX_FIELD": "税收总额", "AREA_FIELD": "", "STANDARD": 0},
         ["score", d["parcels"], "--tax-field", "税收总额", "--area-field=", "--standard", "puyang_etdz"],
         "宗地编号", 1e-9),
        ("idle_demo", "landplan:flagidleland", {"INPUT": demo("parcels"), "AS_OF": AS_OF},
         ["idle", demo("parcels"), "--as-of", AS_OF], "宗地编号", 1e-9),
        ("idle_messy", "landplan:flagidleland",
         {"INPUT": d["parcels"], "AS_OF": "2024年6月30日", "GOV_CAUSE_VALUES": "规划,洪水"},
         ["idle", d["parcels"], "--as-of", "2024年6月30日", "--gov-cause-values", "规划,洪水"], "宗地编号", 1e-9),
        ("unsupplied_demo_attr", "landplan:flagunsupplied",
         {"INPUT": demo("approvals"), "AS_OF": AS_OF, "BUILDINGS": demo("buildings")},
         ["unsupplied", demo("approvals"), "--as-of", AS_OF, "--buildings", demo("buildings")], "批准文号", 1e-9),
        ("unsupplied_demo_spatial", "landplan:flagunsupplied",
         {"INPUT": demo("approvals"), "SUPPLIED": demo("supplies"), "BUILDINGS": demo("buildings"), "AS_OF": AS_OF},
         ["unsupplied", demo("approvals"), "--supplied", demo("supplies"), "--buildings", demo("buildings"),
          "--as-of", AS_OF], "批准文号", 1e-9),
        ("unsupplied_messy_attr", "landplan:flagunsupplied",
         {"INPUT": d["approvals"], "AS_OF": AS_OF, "AREA_FIELD": "批准面积", "AREA_UNIT": 0},
         ["unsupplied", d["approvals"], "--as-of", AS_OF, "--area-field", "批准面积"], "批准文号", 1e-9),
        ("unsupplied_messy_spatial", "landplan:flagunsupplied",
         {"INPUT": d["approvals"], "SUPPLIED": d["supplies"], "BUILDINGS": d["buildings"], "AS_OF": AS_OF,
          "TOLERANCE": 150.0},
         ["unsupplied", d["approvals"], "--supplied", d["supplies"], "--buildings", d["buildings"], "--as-of", AS_OF,
          "--tolerance", "150"], "批准文号", 1e-9),
        ("commitments_demo", "landplan:checkcommitments",
         {"INPUT": demo("parcels"), "AS_OF": AS_OF, "EXTRA_INDICATORS": EXTRA},
         ["commitments", demo("parcels"), "--as-of", AS_OF, "--extra-indicators", ",".join(EXTRA)], "宗地编号", 1e-9),
        ("commitments_messy", "landplan:checkcommitments",
         {"INPUT": d["enterprises"], "AS_OF": "2024年6月30日", "EXTRA_INDICATORS": EXTRA, "AREA_UNIT": 0},
         ["commitments", d["enterprises"], "--as-of", "2024年6月30日", "--extra-indicators", ",".join(EXTRA[:3]),
          "--extra-indicators", ",".join(EXTRA[3:])], "宗地编号", 1e-9),
        ("commitments_messy_no_geometry_area_in_mu", "landplan:checkcommitments",
         {"INPUT": d["enterprises_table"], "AS_OF": AS_OF, "AREA_FIELD": "用地亩数", "AREA_UNIT": 1,
          "LAND_PRICE_FIELD": "土地价款"},
         ["commitments", d["enterprises_table"], "--as-of", AS_OF, "--area-field", "用地亩数", "--area-unit", "mu",
          "--land-price-field", "土地价款"], "宗地编号", 1e-9),
        ("permu_demo", "landplan:permuevaluation",
         {"INPUT": demo("parcels"), "SCHEME_FILE": SCHEMES + "/rank_25_70_95.json", "GROUP_FIELD": "规模"},
         ["permu", demo("parcels"), "--scheme-file", SCHEMES + "/rank_25_70_95.json", "--group-field", "规模"],
         "宗地编号", 1e-9),
        ("permu_messy_groups", "landplan:permuevaluation",
         {"INPUT": d["enterprises"], "SCHEME_FILE": SCHEMES + "/rank_25_70_95.json", "GROUP_FIELD": "规模"},
         ["permu", d["enterprises"], "--scheme-file", SCHEMES + "/rank_25_70_95.json", "--group-field", "规模"],
         "宗地编号", 1e-9),
        ("permu_messy_average_one_group", "landplan:permuevaluation",
         {"INPUT": d["enterprises"], "SCHEME_FILE": d["scheme"]},
         ["permu", d["enterprises"], "--scheme-file", d["scheme"]], "宗地编号", 1e-9),
        ("zoneeval_demo", "landplan:zoneevaluation",
         {"ZONES": demo("zones"), "LANDUSE": demo("landuse"), "LANDUSE_FIELD": "DLBM", "SUPPLIED": demo("supplies"),
          "SUPPLY_DATE_FIELD": "供地日期", "READY": demo("approvals"), "BUILDINGS": demo("buildings_survey"),
          "FLOOR_AREA_FIELD": "建筑面积", "PARCELS": demo("parcels"), "IDLE": d["idle_demo"], "AS_OF": AS_OF},
         ["zoneeval", "--zones", demo("zones"), "--landuse", demo("landuse"), "--landuse-field", "DLBM",
          "--supplied", demo("supplies"), "--supply-date-field", "供地日期", "--ready", demo("approvals"),
          "--buildings", demo("buildings_survey"), "--floor-area-field", "建筑面积", "--parcels", demo("parcels"),
          "--idle", d["idle_demo"], "--as-of", AS_OF], "zone_name", 1e-6),
        ("zoneeval_messy", "landplan:zoneevaluation",
         {"ZONES": d["zones"], "LANDUSE": d["landuse"], "SUPPLIED": d["z_supplies"], "READY": d["z_ready"],
          "BUILDINGS": d["z_buildings"], "PARCELS": d["z_parcels"], "IDLE": d["z_idle"], "AS_OF": "2024-12-31",
          "SUPPLY_YEARS": 4, "NUMERATOR": 1},
         ["zoneeval", "--zones", d["zones"], "--landuse", d["landuse"], "--supplied", d["z_supplies"],
          "--ready", d["z_ready"], "--buildings", d["z_buildings"], "--parcels", d["z_parcels"], "--idle", d["z_idle"],
          "--as-of", "2024-12-31", "--supply-years", "4", "--numerator", "industrial_only"], "zone_name", 1e-6),
        ("zoneeval_messy_geographic_landuse", "landplan:zoneevaluation",
         {"ZONES": d["zones"], "LANDUSE": d["landuse_4490"], "BUILDINGS": d["z_buildings"], "AS_OF": AS_OF},
         ["zoneeval", "--zones", d["zones"], "--landuse", d["landuse_4490"], "--buildings", d["z_buildings"],
          "--as-of", AS_OF], "zone_name", 1e-6),
        ("zoneshare_demo", "landplan:zoneindustrialshare",
         {"ZONES": demo("zones"), "LANDUSE": demo("landuse"), "LANDUSE_FIELD": "DLBM"},
         ["zoneshare", "--zones", demo("zones"), "--landuse", demo("landuse"), "--landuse-field", "DLBM"],
         "zone_name", 1e-9),
        ("zoneshare_demo_types", "landplan:zoneindustrialshare",
         {"ZONES": demo("zones"), "LANDUSE": demo("landuse"), "LANDUSE_FIELD": "DLBM", "ZONE_TYPE_FIELD": "园区类别",
          "INDUSTRIAL_TYPES": "经开区"},
         ["zoneshare", "--zones", demo("zones"), "--landuse", demo("landuse"), "--landuse-field", "DLBM",
          "--zone-type-field", "园区类别", "--industrial-types", "经开区"], "zone_name", 1e-9),
        ("zoneshare_messy_tbdlmj", "landplan:zoneindustrialshare",
         {"ZONES": d["zones"], "LANDUSE": d["landuse"], "THRESHOLD": 55},
         ["zoneshare", "--zones", d["zones"], "--landuse", d["landuse"], "--threshold", "55"], "zone_name", 1e-6),
        ("zoneshare_messy_geometry_geographic", "landplan:zoneindustrialshare",
         {"ZONES": d["zones"], "LANDUSE": d["landuse_4490"], "LANDUSE_AREA_FIELD": "", "NUMERATOR": 1},
         ["zoneshare", "--zones", d["zones"], "--landuse", d["landuse_4490"], "--landuse-area-field=",
          "--numerator", "industrial_only"], "zone_name", 1e-4),
    ]


@pytest.fixture(scope="session")
def runs(tmp_path_factory, landplan):
    tmp = tmp_path_factory.mktemp("same")
    data = {}
    parcels = messy.parcels()
    data["parcels"] = messy.write(parcels, str(tmp / "parcels.gpkg"), "parcels")
    approvals, supplies, buildings = messy.approvals_supplies()
    data["approvals"] = messy.write(approvals, str(tmp / "approvals.gpkg"), "approvals")
    data["supplies"] = messy.write(supplies, str(tmp / "supplies.gpkg"), "supplies")
    data["buildings"] = messy.write(buildings, str(tmp / "buildings.gpkg"), "buildings")
    zones, landuse = messy.zones_landuse()
    data["zones"] = messy.write(zones, str(tmp / "zones.gpkg"), "zones")
    data["landuse"] = messy.write(landuse, str(tmp / "landuse.gpkg"), "landuse")
    data["landuse_4490"] = messy.write(messy.zones_landuse(geographic=True)[1], str(tmp / "landuse4490.gpkg"),
                                       "landuse")
    enterprises = messy.enterprises()
    data["enterprises"] = messy.write(enterprises, str(tmp / "enterprises.gpkg"), "enterprises")
    table = enterprises.drop(columns="geometry")
    import pyogrio
    pyogrio.write_dataframe(table, str(tmp / "enterprises_table.gpkg"), layer="enterprises", driver="GPKG")
    data["enterprises_table"] = str(tmp / "enterprises_table.gpkg") + "|layername=enterprises"
    for name, gdf in messy.zone_layers().items():
        data["z_" + name] = messy.write(gdf, str(tmp / ("z_%s.gpkg" % name)), name)
    data["scheme"] = str(tmp / "scheme.json")
    with open(data["scheme"], "w", encoding="utf-8") as f:
        json.dump(SCHEME, f, ensure_ascii=False)
    data["idle_demo"] = str(tmp / "idle_demo_scale.gpkg")  # the engine's idle output, made by the idle_demo case
    inputs = {k: v.split("|")[0] for k, v in data.items() if k != "idle_demo"}
    sums = {p: compare.checksum(p) for p in set(inputs.values()) | {DEMO}}
    cases = _cases(data)
    jobs = []
    out = {}
    for name, alg, params, args, key, tol in cases:
        q = str(tmp / ("%s_qgis.gpkg" % name))
        e = str(tmp / ("%s_scale.gpkg" % name))
        jobs.append({"alg": alg, "params": dict(params, OUTPUT=q)})
        code, text = landplan(*(args + ["--output", e, "--partition-rows", "60"]))
        assert code == 0, text
        out[name] = (q, e, key, tol, text)
    run_qgis(jobs, tmp)
    return {"out": out, "sums": sums}


DATA_KEYS = ("parcels", "approvals", "supplies", "buildings", "zones", "landuse", "landuse_4490", "enterprises",
             "enterprises_table", "z_supplies", "z_ready", "z_buildings", "z_parcels", "z_idle", "scheme", "idle_demo")
CASE_NAMES = [c[0] for c in _cases({k: "" for k in DATA_KEYS})]


@pytest.mark.parametrize("name", CASE_NAMES)
def test_same_fields_and_values(runs, name):
    qgis_path, scale_path, key, tol, log = runs["out"][name]
    theirs, ours = compare.read(qgis_path), compare.read(scale_path)
    assert list(ours.columns) == list(theirs.columns)
    assert len(ours) == len(theirs)
    fields = [c for c in theirs.columns if c != "geometry"]
    diffs = compare.differences(ours, theirs, fields, key=key, tol=tol, rel=tol > 1e-9)
    assert not diffs, "\n".join(diffs[:30])


@pytest.mark.parametrize("name", [n for n in CASE_NAMES if n.startswith("zoneshare")])
def test_zone_shares_within_a_hundredth_of_a_point(runs, name):
    qgis_path, scale_path, key, _tol, _log = runs["out"][name]
    theirs = compare.read(qgis_path).set_index(key)
    ours = compare.read(scale_path).set_index(key)
    both = theirs.index.intersection(ours.index)
    assert len(both) == len(theirs) >= 3
    for zone in both:
        a, b = ours.loc[zone, "ind_share"], theirs.loc[zone, "ind_share"]
        assert (a != a and b != b) or abs(a - b) <= 0.01, (zone, a, b)
        assert compare._norm(ours.loc[zone, "share_ok"]) == compare._norm(theirs.loc[zone, "share_ok"])


def test_messy_data_exercised_every_problem_kind(runs):
    """The generated data really is messy: the outputs name text numbers, bad dates, repaired and
    empty geometries (otherwise the equality above would prove little)."""
    texts = []
    for name in ("score_messy", "idle_messy", "unsupplied_messy_spatial", "commitments_messy", "permu_messy_groups"):
        frame = compare.read(runs["out"][name][1])
        reason = [c for c in frame.columns if c in ("ie_reason", "idle_rsn", "unsup_rsn", "cm_reason", "mj_reason")][0]
        texts.extend(str(t) for t in frame[reason])
    joined = "\n".join(texts)
    for fragment in ("不是数字", "不是有效日期", "make-valid", "几何为空", "待核实", "供地图形无效"):
        assert fragment in joined, fragment


def test_inputs_unchanged(runs):
    for path, digest in runs["sums"].items():
        assert compare.checksum(path) == digest, path

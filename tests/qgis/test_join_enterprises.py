"""landplan:joinenterprises on real files: an Excel table with every code variant (written here by
openpyxl), a GBK CSV, and scoreinefficiency straight on the joined totals."""
import hashlib

import openpyxl
import pytest
from conftest import run_alg
from helpers import read_layer, square, valid_credit_code, write_gpkg
from osgeo import ogr

from landplan_plugin.core.units import M2_PER_MU


def code(n):
    body = "9141090000000%04d" % n
    return valid_credit_code(body)


def fullwidth(text):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


C = [code(i) for i in range(10)]
BAD = C[5][:17] + ("0" if C[5][17] != "0" else "1")
MU2, MU3 = 2 * M2_PER_MU, 3 * M2_PER_MU


def parcels(tmp_path):
    # (宗地编号, 统一社会信用代码, 企业名称, 用地面积 m², 容积率, 建筑系数)
    rows = [
        ("P1", C[0], "甲科技有限公司", MU2, 1.0, 50.0),        # enterprise 甲: two parcels, 2 + 3 mu
        ("P2", C[0], "甲科技有限公司", MU3, 1.0, 50.0),
        ("P3", C[1], "乙化工有限公司", MU2, 1.0, 50.0),        # table code lower case
        ("P4", C[2], "丙机械有限公司", MU2, 1.0, 50.0),        # table code full width
        ("P5", C[3], "丁材料有限公司", MU2, 1.0, 50.0),        # table code with spaces
        ("P6", C[5], "己纺织有限公司", MU2, 1.0, 50.0),        # table code has a wrong check character
        ("P7", None, "（濮阳）庚食品有限责任公司", MU2, 1.0, 50.0),   # no code: by name, brackets/suffix differ
        ("P8", C[6], "辛电子有限公司", MU2, 1.0, 50.0),        # duplicate code, same figures
        ("P9", C[7], "壬物流有限公司", MU2, 1.0, 50.0),        # duplicate code, different figures
        ("P10", C[8], "名字不一样", MU2, 1.0, 50.0),           # code matches, name disagrees
        ("P11", "12345", "不存在企业", MU2, 1.0, 50.0),        # invalid code, no such name
    ]
    fields = [("宗地编号", ogr.OFTString), ("统一社会信用代码", ogr.OFTString), ("企业名称", ogr.OFTString),
              ("用地面积", ogr.OFTReal), ("容积率", ogr.OFTReal), ("建筑系数", ogr.OFTReal)]
    feats = []
    for i, (pid, c, name, area, far, cov) in enumerate(rows):
        side = area ** 0.5
        feats.append(
            (
                square(512000 + 100 * i, 3845000, side),
                {
                    "宗地编号": pid,
                    "统一社会信用代码": c,
                    "企业名称": name,
                    "用地面积": area,
                    "容积率": far,
                    "建筑系数": cov,
                },
            )
        )
    return write_gpkg(str(tmp_path / "parcels.gpkg"), "parcels", 4547, fields, feats)


def excel(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "税收"
    ws.append(["2024年度企业税收投资统计表"])
    ws.append([])
    ws.append(["统一社会信用代码", "企业名称", "税收", "投资", "行业"])
    ws.append([C[0], "甲科技有限公司", 50, 1000, "制造业"])
    ws.append([C[1].lower(), "乙化工有限公司", "1,234.5", 600, "化工"])
    ws.append([fullwidth(C[2]), "丙机械有限公司", 30, 500, "机械"])
    ws.append([" ".join([C[3][:6], C[3][6:12], C[3][12:]]), "丁材料有限公司", "N/A", 400, "材料"])
    ws.append([BAD, "己纺织有限公司", 10, 100, "纺织"])
    ws.append([None, "濮阳(庚)食品", 8, 80, "食品"])            # different brackets: not the same name
    ws.append([None, "(濮阳)庚食品有限公司", 9, 90, "食品"])
    ws.append([C[6], "辛电子有限公司", 7, 70, "电子"])
    ws.append([C[6], "辛电子有限公司", 7, 70, "电子"])
    ws.append([C[7], "壬物流有限公司", 6, 60, "物流"])
    ws.append([C[7], "壬物流有限公司", 5, 50, "物流"])
    ws.append([C[8], "癸能源有限公司", 4, 40, "能源"])
    ws.append([C[9], "表中独有有限公司", 3, 30, "其他"])
    path = str(tmp_path / "企业.xlsx")
    wb.save(path)
    return path


def test_excel_every_code_variant(qgis_app, tmp_path):
    src, xlsx = parcels(tmp_path), excel(tmp_path)
    with open(xlsx, "rb") as f:
        before = hashlib.sha256(f.read()).hexdigest()
    out = str(tmp_path / "joined.gpkg")
    res, fb = run_alg(
        "landplan:joinenterprises", {"INPUT": src, "TABLE": xlsx, "JOIN_FIELDS": "税收,投资,行业", "OUTPUT": out}
    )
    _, rows = read_layer(out)
    by = {r["宗地编号"]: r for r in rows}
    # enterprise 甲: totals shared by area, per-mu the same on both parcels
    assert (by["P1"]["ej_match"], by["P2"]["ej_match"]) == ("代码", "代码")
    assert by["P1"]["税收"] == pytest.approx(20.0) and by["P2"]["税收"] == pytest.approx(30.0)
    assert by["P1"]["投资"] == pytest.approx(400.0) and by["P2"]["投资"] == pytest.approx(600.0)
    assert by["P1"]["ej_landmu"] == pytest.approx(5.0) and by["P1"]["ej_share"] == pytest.approx(0.4)
    assert by["P1"]["行业"] == "制造业"                      # text copied, not shared
    # lower case, full width, spaces: normalised and matched by code
    assert by["P3"]["ej_match"] == "代码" and by["P3"]["税收"] == pytest.approx(1234.5)
    assert by["P4"]["ej_match"] == "代码" and by["P4"]["税收"] == pytest.approx(30.0)
    assert by["P5"]["ej_match"] == "代码" and by["P5"]["税收"] is None and by["P5"]["投资"] == pytest.approx(400.0)
    assert any("N/A" in line and "第7行" in line for line in fb.log)          # the messy cell named with its row
    # bad check character: reported, never matched by code; the name still matches
    assert by["P6"]["ej_match"] == "名称"
    assert any(BAD in line and "校验位错误" in line for line in fb.log)
    # name fallback with full-width brackets and 有限责任公司 vs 有限公司
    assert by["P7"]["ej_match"] == "名称" and by["P7"]["税收"] == pytest.approx(9.0)
    # duplicates
    assert by["P8"]["ej_match"] == "代码" and by["P8"]["税收"] == pytest.approx(7.0)
    assert by["P9"]["ej_match"] == "未匹配" and by["P9"]["税收"] is None and "重复" in by["P9"]["ej_note"]
    assert any(C[7] in line and "重复" in line for line in fb.log)
    # code decides, disagreeing name reported
    assert by["P10"]["ej_match"] == "代码" and "不一致" in by["P10"]["ej_note"]
    assert any("名字不一样" in line and "癸能源" in line for line in fb.log)
    # invalid code without a matching name: unmatched, named
    assert by["P11"]["ej_match"] == "未匹配" and "不是18位" in by["P11"]["ej_note"]
    assert any("宗地「P11」未挂接" in line for line in fb.log)
    assert any("表中独有" in line and "未挂接到任何宗地" in line for line in fb.log)
    assert res["UNMATCHED_PARCELS"] == 2 and res["MATCHED"] == 9
    with open(xlsx, "rb") as f:
        assert hashlib.sha256(f.read()).hexdigest() == before


def test_gbk_csv_and_utf8_csv(qgis_app, tmp_path):
    src = parcels(tmp_path)
    text = "企业名称;统一社会信用代码;税收\n甲科技有限公司;%s;50\n乙化工有限公司;%s;12\n" % (C[0], C[1])
    for enc in ("gbk", "utf-8-sig", "utf-8"):
        path = tmp_path / ("t_%s.csv" % enc)
        path.write_bytes(text.encode(enc))
        out = str(tmp_path / ("j_%s.gpkg" % enc))
        res, fb = run_alg("landplan:joinenterprises", {"INPUT": src, "TABLE": str(path), "OUTPUT": out})
        _, rows = read_layer(out)
        by = {r["宗地编号"]: r for r in rows}
        assert by["P2"]["税收"] == pytest.approx(30.0) and by["P3"]["税收"] == pytest.approx(12.0), enc
        assert res["MATCHED"] == 3


def test_score_directly_on_joined_totals(qgis_app, tmp_path):
    """scoreinefficiency on the joined totals: each parcel's tax per mu is the enterprise's tax ÷ all
    its land (50 万元 ÷ 5 亩 = 10), not the parcel's share ÷ the parcel."""
    src, xlsx = parcels(tmp_path), excel(tmp_path)
    joined = str(tmp_path / "joined.gpkg")
    run_alg("landplan:joinenterprises", {"INPUT": src, "TABLE": xlsx, "OUTPUT": joined})
    scored = str(tmp_path / "scored.gpkg")
    run_alg(
        "landplan:scoreinefficiency",
        {
            "INPUT": joined,
            "STANDARD": 1,
            "TAX_FIELD": "税收",
            "INVEST_FIELD": "投资",
            "FAR_FIELD": "容积率",
            "COVERAGE_FIELD": "建筑系数",
            "AREA_FIELD": "用地面积",
            "OUTPUT": scored,
        },
    )
    _, rows = read_layer(scored)
    by = {r["宗地编号"]: r for r in rows}
    assert by["P1"]["ie_tax"] == pytest.approx(10.0) and by["P2"]["ie_tax"] == pytest.approx(10.0)
    assert by["P1"]["ie_inv"] == pytest.approx(200.0) and by["P2"]["ie_inv"] == pytest.approx(200.0)
    assert by["P9"]["ie_flag"] is None            # unmatched: no totals, undetermined, not passed or failed


def test_missing_columns_and_fields_are_clear_errors(qgis_app, tmp_path):
    from qgis.core import QgsProcessingException
    src, xlsx = parcels(tmp_path), excel(tmp_path)
    with pytest.raises(QgsProcessingException):
        run_alg(
            "landplan:joinenterprises",
            {"INPUT": src, "TABLE": xlsx, "JOIN_FIELDS": "产值", "OUTPUT": str(tmp_path / "x.gpkg")},
        )
    with pytest.raises(QgsProcessingException):
        run_alg("landplan:joinenterprises", {"INPUT": src, "TABLE": xlsx, "TABLE_CODE_FIELD": "代码",
                                             "OUTPUT": str(tmp_path / "y.gpkg")})


def test_messy_parcel_areas_named_per_parcel(qgis_app, tmp_path):
    """Text areas ("1,234.5", full-width digits, N/A) and a NULL geometry: each named on its parcel,
    shares from the readable values; an enterprise with an unreadable area is not split."""
    fields = [("宗地编号", ogr.OFTString), ("企业名称", ogr.OFTString), ("用地面积", ogr.OFTString)]
    rows = [(square(512000, 3845000, 40), {"宗地编号": "A", "企业名称": "甲有限公司", "用地面积": "1,000"}),
            (square(512100, 3845000, 40), {"宗地编号": "B", "企业名称": "甲有限公司", "用地面积": "３０００"}),
            (square(512200, 3845000, 40), {"宗地编号": "C", "企业名称": "乙有限公司", "用地面积": "N/A"}),
            (square(512300, 3845000, 40), {"宗地编号": "D", "企业名称": "乙有限公司", "用地面积": "500"}),
            (None, {"宗地编号": "E", "企业名称": "丙有限公司", "用地面积": None})]
    src = write_gpkg(str(tmp_path / "messy.gpkg"), "p", 4547, fields, rows)
    csv_path = tmp_path / "t.csv"
    csv_path.write_bytes("企业名称,税收\n甲有限公司,40\n乙有限公司,10\n丙有限公司,5\n".encode("gbk"))
    out = str(tmp_path / "o.gpkg")
    res, fb = run_alg("landplan:joinenterprises", {"INPUT": src, "TABLE": str(csv_path), "OUTPUT": out})
    _, out_rows = read_layer(out)
    by = {r["宗地编号"]: r for r in out_rows}
    assert by["A"]["税收"] == pytest.approx(10.0) and by["B"]["税收"] == pytest.approx(30.0)
    assert "N/A" in by["C"]["ej_note"] and "无法按面积分摊" in by["C"]["ej_note"]
    assert by["C"]["税收"] is None and by["D"]["税收"] is None
    assert by["E"]["税收"] == pytest.approx(5.0) and by["E"]["ej_share"] == 1.0   # one parcel: the whole total
    assert res["MATCHED"] == 5 and res["UNMATCHED_PARCELS"] == 0
    assert any(line.rstrip("。.").endswith(("enterprises not split: 1", "未能分摊的企业：1")) for line in fb.log)


def test_table_from_a_geopackage_attribute_table(qgis_app, tmp_path):
    """Any table OGR opens (here a GeoPackage table without geometry) works as TABLE."""
    src = parcels(tmp_path)
    gpkg = write_gpkg(str(tmp_path / "tables.gpkg"), "qy", None,
                      [("TYSHXYDM", ogr.OFTString), ("QYMC", ogr.OFTString), ("SSZE", ogr.OFTReal)],
                      [(None, {"TYSHXYDM": C[0], "QYMC": "甲科技有限公司", "SSZE": 50.0})], geom_type=ogr.wkbNone)
    out = str(tmp_path / "o.gpkg")
    res, fb = run_alg("landplan:joinenterprises", {"INPUT": src, "TABLE": gpkg, "OUTPUT": out})
    _, rows = read_layer(out)
    by = {r["宗地编号"]: r for r in rows}
    assert by["P1"]["SSZE"] == pytest.approx(20.0) and by["P1"]["ej_match"] == "代码"
    assert res["MATCHED"] == 2

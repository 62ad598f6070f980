"""landplan:standardsheet — 标准地"3+N+1"指标表 through real Processing runs; the sheet is printed
with LibreOffice and read back (header repeated, nothing cut)."""
import datetime as dt
import os
import re
import shutil
import subprocess

import pytest
from conftest import REPO, run_alg
from helpers import read_layer, square, write_gpkg
from osgeo import ogr
from qgis.core import QgsApplication, QgsProcessingException

ALG = "landplan:standardsheet"
N_FILE = os.path.join(REPO, "resources", "standards", "standard_land_n_example.json")


def _parcels(tmp_path, n=3):
    codes = ["2611", "C39", "99", None]
    rows = [(square(590000 + 200 * i, 3960000, 100),
             {"地块编号": "NB%03d" % i, "行业代码": codes[i % 4], "拟供地日期": "2025-09-30" if i % 2 == 0 else None})
            for i in range(n)]
    return write_gpkg(str(tmp_path / "planned.gpkg"), "planned", 4547,
                      [("地块编号", ogr.OFTString), ("行业代码", ogr.OFTString), ("拟供地日期", ogr.OFTString)], rows)


def _county(tmp_path):
    path = tmp_path / "county.csv"
    path.write_text("行业代码,投资强度,容积率,亩均税收\n39,,2.0,3.5\n", encoding="utf-8")
    return str(path)


def test_contract(qgis_app):
    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    names = {p.name() for p in alg.parameterDefinitions()}
    assert {"PARCELS", "INDUSTRY_FIELD", "REGION", "COUNTY_TABLE", "N_FILE", "LEASE_YEARS", "OUTPUT"} <= names
    assert alg.parameterDefinition("LEASE_YEARS").maximum() == 20


def test_sheet_values_and_renewal(qgis_app, tmp_path):
    res, _fb = run_alg(ALG, {"PARCELS": _parcels(tmp_path, 4), "REGION": 0, "COUNTY_TABLE": _county(tmp_path),
                             "N_FILE": N_FILE, "LEASE_YEARS": 20, "AS_OF": "2025-06-30",
                             "OUTPUT": str(tmp_path / "o.gpkg")})
    rows = {r["地块编号"]: r for r in read_layer(res["OUTPUT"])[1]}
    a = rows["NB000"]                                   # 26 化学原料, 郑州市区: 附表2-2 2070 万元/公顷 ÷ 15
    assert a["sd_inv"] == pytest.approx(138.0) and a["sd_far"] == pytest.approx(0.6) and a["sd_tax"] == 1.5
    renew = a["sd_renew"].toPyDate() if hasattr(a["sd_renew"], "toPyDate") else a["sd_renew"]
    assert a["sd_years"] == 20 and renew == dt.date(2045, 9, 30)   # the planned supply date + 20 years
    b = rows["NB001"]                                   # 39: 容积率 and 亩均税收 from the county table
    assert (b["sd_far"], b["sd_tax"]) == (2.0, 3.5) and b["sd_src"] == "县级指标表＋附表2-2"
    assert "出让起始日按基准日" in b["sd_note"]
    assert rows["NB002"]["sd_src"] == "默认阈值" and "亩均产值不低于 300" in rows["NB002"]["sd_n"]
    assert "第一顺位优先回购" in rows["NB003"]["sd_commit"]


def test_lease_years_at_most_20(qgis_app, tmp_path):
    with pytest.raises(QgsProcessingException):
        run_alg(ALG, {"PARCELS": _parcels(tmp_path), "LEASE_YEARS": 21, "OUTPUT": str(tmp_path / "x.gpkg")})


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftotext"),
                    reason="LibreOffice (libreoffice-calc-nogui) and pdftotext are needed to print")
def test_printed_sheet(qgis_app, tmp_path):
    sheet = str(tmp_path / "标准地.xlsx")
    run_alg(ALG, {"PARCELS": _parcels(tmp_path, 40), "N_FILE": N_FILE, "AS_OF": "2025-06-30",
                  "OUTPUT": str(tmp_path / "o.gpkg"), "SHEET": sheet})
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo-profile" % tmp_path,
                    "--convert-to", "pdf", "--outdir", str(tmp_path), sheet], check=True, capture_output=True,
                   timeout=180)
    pdf = os.path.splitext(sheet)[0] + ".pdf"
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 2
    texts = [subprocess.run(["pdftotext", "-layout", "-f", str(k), "-l", str(k), pdf, "-"], capture_output=True,
                            text=True, check=True).stdout for k in range(1, pages + 1)]
    for text in texts:                                  # the header row repeats on every page
        assert "投资强度" in text and "续期评估日期" in text
    whole = "\n".join(texts)
    assert "NB000" in whole and "NB039" in whole and "3+N+1" in whole
    assert "第一顺位优先回购" in whole.replace(" ", "").replace("\n", "")

"""importcoordinates, exportcoordinates and joinenterprises from the installed zip in a real
qgis_process.bin, with enum ids as text (ENCODING=auto / UTF-8)."""
import subprocess

import openpyxl
import pytest
from helpers import read_layer, valid_credit_code
from test_package import QGIS_PROCESS, _profile_env, plugin_zip  # noqa: F401  (plugin_zip is a fixture)


TXT = ("[属性描述]\r\n坐标系=2000国家大地坐标系\r\n几度分带=3\r\n带号=38\r\n[地块坐标]\r\n"
       "5,0.2500,1,甲科技有限公司用地,面,,工业用地,0601,@\r\n"
       "J1,1,3845100.000,38512100.000\r\nJ2,1,3845100.000,38512150.000\r\n"
       "J3,1,3845150.000,38512150.000\r\nJ4,1,3845150.000,38512100.000\r\nJ1,1,3845100.000,38512100.000\r\n")


def run(env, alg, *args):
    proc = subprocess.run([QGIS_PROCESS, "run", alg, "--", *args], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def test_formats_in_qgis_process(plugin_zip, tmp_path):  # noqa: F811 (plugin_zip is the fixture imported above)
    env = _profile_env(tmp_path, plugin_zip)
    txt = tmp_path / "批复.txt"
    txt.write_bytes(TXT.encode("gbk"))
    imported = str(tmp_path / "imported.gpkg")
    run(env, "landplan:importcoordinates", "INPUT=" + str(txt), "ENCODING=auto", "OUTPUT=" + imported)
    lyr, rows = read_layer(imported)
    assert lyr.crs().authid() == "EPSG:4526" and rows[0]["name"] == "甲科技有限公司用地"
    assert rows[0]["geom_ha"] == pytest.approx(0.25)
    body = "91410900000000010"
    wb = openpyxl.Workbook()
    wb.active.append(["统一社会信用代码", "企业名称", "税收"])
    wb.active.append([valid_credit_code(body), "甲科技有限公司用地", 30])
    xlsx = str(tmp_path / "t.xlsx")
    wb.save(xlsx)
    joined = str(tmp_path / "joined.gpkg")
    run(env, "landplan:joinenterprises", "INPUT=" + imported, "NAME_FIELD=name", "TABLE=" + xlsx, "OUTPUT=" + joined)
    _, jrows = read_layer(joined)
    assert jrows[0]["ej_match"] == "名称" and jrows[0]["税收"] == pytest.approx(30.0)
    out_txt = str(tmp_path / "again.txt")
    run(env, "landplan:exportcoordinates", "INPUT=" + imported, "PID_FIELD=pid", "NAME_FIELD=name",
        "ENCODING=UTF-8", "OUTPUT=" + out_txt)
    with open(out_txt, "rb") as f:
        text = f.read().decode("utf-8")
    assert "甲科技有限公司用地" in text and "J1,1,3845100.000,38512100.000" in text

"""landplan:zonereport: a PDF with one page per zone and a non-blank PNG overview."""
import os

import pytest
from conftest import run_alg
from helpers import square, write_gpkg
from osgeo import ogr


def _pdf_pages(path):
    with open(path, "rb") as fh:
        data = fh.read()
    return data.count(b"/Type /Page") - data.count(b"/Type /Pages")


def _inputs(tmp_path):
    gpkg = str(tmp_path / "in.gpkg")
    zones = write_gpkg(gpkg, "zones", 4547,
                       [("zone_name", ogr.OFTString), ("ind_share", ogr.OFTReal), ("thresh", ogr.OFTReal),
                        ("share_ok", ogr.OFTInteger), ("deficit_ha", ogr.OFTReal), ("verdict", ogr.OFTString)],
                       [(square(590000, 3960000, 1000), {"zone_name": "甲园区", "ind_share": 72.5, "thresh": 60,
                                                         "share_ok": 1, "deficit_ha": 0, "verdict": "达标"}),
                        (square(592000, 3960000, 1000), {"zone_name": "乙园区", "ind_share": 41.2, "thresh": 60,
                                                         "share_ok": 0, "deficit_ha": 12.3, "verdict": "未达标"})])
    rows = []
    for z in range(2):
        for i in range(6):
            rows.append((square(590100 + z * 2000 + i * 140, 3960100, 120),
                         {"宗地编号": "P%d%d" % (z, i), "ie_flag": 1 if i % 3 == 0 else 0,
                          "ie_type": "粗放用地类" if i % 3 == 0 else None, "idle_flag": 1 if i == 1 else 0}))
    parcels = write_gpkg(gpkg, "parcels", 4547, [("宗地编号", ogr.OFTString), ("ie_flag", ogr.OFTInteger),
                                                 ("ie_type", ogr.OFTString), ("idle_flag", ogr.OFTInteger)], rows)
    return zones, parcels


def test_zone_report_pdf_and_png(qgis_app, tmp_path):
    from qgis.PyQt.QtGui import QImage
    zones, parcels = _inputs(tmp_path)
    pdf = str(tmp_path / "report.pdf")
    png = str(tmp_path / "overview.png")
    results, _ = run_alg("landplan:zonereport", {"ZONES": zones, "PARCELS": parcels, "OUTPUT": pdf, "PNG": png})
    assert results["PAGES"] == 2
    assert os.path.exists(pdf) and _pdf_pages(pdf) == 2
    assert os.path.exists(png)
    img = QImage(png)
    assert not img.isNull() and img.width() > 500
    colours = {img.pixel(x, y) for x in range(0, img.width(), 17) for y in range(0, img.height(), 17)}
    assert len(colours) > 5  # not blank


def test_zone_report_demo(qgis_app, demo_gpkg, tmp_path):
    """The demo zones (no zone-check fields) and scored demo parcels: one page per zone."""
    scored = str(tmp_path / "scored.gpkg")
    run_alg("landplan:scoreinefficiency", {"INPUT": demo_gpkg + "|layername=parcels", "STANDARD": 1,
                                           "OUTPUT": scored})
    pdf = str(tmp_path / "demo.pdf")
    results, _ = run_alg("landplan:zonereport", {"ZONES": demo_gpkg + "|layername=zones", "PARCELS": scored,
                                                 "OUTPUT": pdf, "PNG": str(tmp_path / "demo.png")})
    assert _pdf_pages(pdf) == 3 == results["PAGES"]


def test_pdf_text_is_searchable_text(qgis_app, tmp_path):
    """The PDF keeps its text as text (not outlines): the zone titles can be extracted and searched."""
    import shutil
    import subprocess
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    zones, parcels = _inputs(tmp_path)
    pdf = str(tmp_path / "report.pdf")
    run_alg("landplan:zonereport", {"ZONES": zones, "PARCELS": parcels, "OUTPUT": pdf, "PNG": "", "TITLE": "季度核查"})
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True).stdout
    assert "甲园区" in text and "乙园区" in text
    assert "季度核查" in text


def test_report_places_parcels_like_the_zone_check(qgis_app, tmp_path):
    """Chart values: parcels by their inner point (every zone containing it), flags read by
    core.contract.is_flagged ("1", 1.0 …); the zone check's clipped areas win where present."""
    from landplan_plugin.algorithms.zone_report import ZoneReport
    from landplan_plugin.core import zone as rules
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer
    gpkg = str(tmp_path / "z.gpkg")
    zones = write_gpkg(gpkg, "zones", 4547, [("zone_name", ogr.OFTString), ("idle_ha", ogr.OFTReal)],
                       [(square(590000, 3960000, 1000), {"zone_name": "甲", "idle_ha": 2.0}),
                        (square(590500, 3960000, 1000), {"zone_name": "乙_重叠", "idle_ha": None})])
    parcels = write_gpkg(gpkg, "parcels", 4547, [("ie_flag", ogr.OFTString), ("idle_flag", ogr.OFTReal)],
                         [(square(590600, 3960100, 100), {"ie_flag": "1", "idle_flag": 1.0}),   # in both zones
                          (square(590100, 3960100, 100), {"ie_flag": " 1 ", "idle_flag": 0.0}),  # 甲 only
                          (square(591400, 3960100, 100), {"ie_flag": "0", "idle_flag": None})])  # 乙 only
    zl, pl = QgsVectorLayer(zones, "z", "ogr"), QgsVectorLayer(parcels, "p", "ogr")
    stats = ZoneReport()._zone_stats(zl, pl, QgsProcessingContext(), QgsProcessingFeedback())
    by_name = {f["zone_name"]: stats[f.id()] for f in zl.getFeatures()}
    assert by_name["甲"]["total"] == pytest.approx(30.0) and by_name["甲"]["low"] == pytest.approx(30.0)
    assert by_name["甲"]["idle"] == pytest.approx(2.0 * 15)            # the zone check's idle_ha wins
    assert by_name["乙_重叠"]["total"] == pytest.approx(30.0) and by_name["乙_重叠"]["low"] == pytest.approx(15.0)
    assert by_name["乙_重叠"]["idle"] == pytest.approx(15.0)           # no zone-check value: the flags
    assert rules.style_kind(pl.fields().names()) == "scoring"


def test_chart_is_in_hectares_drawn_for_its_frame_with_a_cjk_font(qgis_app, tmp_path):
    from qgis.PyQt.QtGui import QFontDatabase, QImage
    from landplan_plugin.algorithms import zone_report
    from landplan_plugin.output import fonts
    family = fonts.qt_family()
    assert QFontDatabase.SimplifiedChinese in QFontDatabase().writingSystems(family), family
    png = zone_report.draw_status_chart(str(tmp_path / "c.png"), {"total": 2.0, "low": 1.0, "idle": 0.5, "unsup": 0})
    img = QImage(png)
    assert abs(img.dotsPerMeterX() - 300 / 0.0254) < 2
    mm = img.width() / img.dotsPerMeterX() * 1000, img.height() / img.dotsPerMeterY() * 1000
    assert mm == pytest.approx(zone_report.CHART_MM, abs=0.5)     # drawn for its frame: text at its point size
    assert "公顷" in zone_report.rules.report_chart_basis(())[1]


def _pdf_text(pdf, *options):
    import shutil
    import subprocess
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    return subprocess.run(["pdftotext", *options, "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout


def test_report_lists_per_mu_classes_when_the_parcels_carry_them(qgis_app, tmp_path):
    zones, _ = _inputs(tmp_path)
    rows = [(square(590100 + i * 140, 3960100, 100), {"宗地编号": "C%d" % i, "ie_flag": 0, "mj_class": cls})
            for i, cls in enumerate(["A", "A", "b", "D类", None, "待核实"])]
    parcels = write_gpkg(str(tmp_path / "classes.gpkg"), "parcels", 4547,
                         [("宗地编号", ogr.OFTString), ("ie_flag", ogr.OFTInteger), ("mj_class", ogr.OFTString)], rows)
    pdf = str(tmp_path / "r.pdf")
    run_alg("landplan:zonereport", {"ZONES": zones, "PARCELS": parcels, "OUTPUT": pdf, "PNG": ""})
    text = _pdf_text(pdf, "-layout")
    assert "亩均效益等级" in text and "面积(公顷)" in text
    # 甲园区: A 2 parcels, B 1, D 1, 待核实 1 (the empty class is not counted); 1 ha each
    import re
    flat = re.sub(r"\s+", " ", text)
    assert re.search(r"等级 A B D 待核实 宗数 2 1 1 1 面积\(公顷\) 2\.00 1\.00 1\.00 1\.00", flat), flat
    assert "面积(亩)" not in text and "（亩）" not in text           # one unit: 公顷

    plain = str(tmp_path / "plain.pdf")
    _z, parcels_without = _inputs(tmp_path / "x") if (tmp_path / "x").mkdir() is None else (None, None)
    run_alg("landplan:zonereport", {"ZONES": zones, "PARCELS": parcels_without, "OUTPUT": plain, "PNG": ""})
    assert "亩均效益等级" not in _pdf_text(plain)                    # no mj_class: no section


def test_report_and_ledger_count_a_parcel_without_geometry_the_same_way(qgis_app, tmp_path):
    """濮东 低效 PY0396 of the demo: an empty geometry with ie_areamu filled. One rule
    (core.ledger.counted_area_columns): the area fields first, else the geometry; no geometry →
    in no area total, and both the ledger row and the report page say why."""
    import openpyxl
    from landplan_plugin.algorithms.zone_report import ZoneReport
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer
    gpkg = str(tmp_path / "z.gpkg")
    zones = write_gpkg(gpkg, "zones", 4547, [("zone_name", ogr.OFTString)],
                       [(square(590000, 3960000, 1000), {"zone_name": "甲"})])
    fields = [("宗地编号", ogr.OFTString), ("所在园区", ogr.OFTString), ("ie_flag", ogr.OFTInteger),
              ("ie_areamu", ogr.OFTReal), ("ie_type", ogr.OFTString)]
    parcels = write_gpkg(gpkg, "parcels", 4547, fields, [
        (square(590100, 3960100, 100), {"宗地编号": "P1", "所在园区": "甲", "ie_flag": 1, "ie_areamu": 20.0,
                                        "ie_type": "粗放用地类"}),     # 15 亩 drawn, 20 亩 registered
        (None, {"宗地编号": "PY0396", "所在园区": "甲", "ie_flag": 1, "ie_areamu": 79.59, "ie_type": "粗放用地类"})])
    zl, pl = QgsVectorLayer(zones, "z", "ogr"), QgsVectorLayer(parcels, "p", "ogr")
    stats = ZoneReport()._zone_stats(zl, pl, QgsProcessingContext(), QgsProcessingFeedback())
    (zone_stats,) = stats.values()
    assert zone_stats["low"] == pytest.approx(20.0)                 # the area field, PY0396 left out
    assert "PY0396（低效工业用地）几何为空：面积字段 79.59 亩未计入面积合计" in zone_stats["unplaced"]
    xlsx = str(tmp_path / "台账.xlsx")
    run_alg("landplan:exportflagged", {"INPUT": parcels, "OUTPUT": str(tmp_path / "f.shp"), "LEDGER": xlsx,
                                       "AS_OF": "2025-12-31"})
    wb = openpyxl.load_workbook(xlsx)
    summary = [r for r in wb["汇总"].iter_rows(values_only=True) if r and r[0] == "甲"]
    assert summary and summary[0][2] == pytest.approx(20.0)          # 汇总: the same 20 亩 as the report
    row = [r for r in wb["台账"].iter_rows(values_only=True) if r and "PY0396" in [str(v) for v in r]][0]
    assert any("面积字段 79.59 亩未计入面积合计" in str(v) for v in row)
    pdf = str(tmp_path / "r.pdf")
    run_alg("landplan:zonereport", {"ZONES": zones, "PARCELS": parcels, "OUTPUT": pdf, "PNG": ""})
    text = _pdf_text(pdf)
    assert "未计入面积合计" in text and "PY0396" in text


def test_overview_names_the_zones_from_the_zone_name_field(qgis_app, tmp_path):
    """The overview labels each zone with its ZONE_NAME_FIELD value (here a field the zones style
    does not know): the same zones with other names give a different picture, inside the map frame."""
    from qgis.PyQt.QtGui import QImage

    def overview(names, folder):
        folder.mkdir()
        zones = write_gpkg(str(folder / "z.gpkg"), "zones", 4547, [("yq_mc", ogr.OFTString)],
                           [(square(590000 + i * 2000, 3960000, 1000), {"yq_mc": name})
                            for i, name in enumerate(names)])
        png = str(folder / "o.png")
        results, _ = run_alg("landplan:zonereport", {"ZONES": zones, "ZONE_NAME_FIELD": "yq_mc", "OUTPUT":
                                                     str(folder / "r.pdf"), "PNG": png, "TITLE": "总览"})
        assert results["PNG"] == png and os.path.exists(png)
        return QImage(png)

    one = overview(["甲园区甲园区", "乙园区乙园区"], tmp_path / "a")
    other = overview(["丙", "丁"], tmp_path / "b")
    assert one.size() == other.size()
    map_right = int(one.width() * 230 / 297)              # the overview's map frame: 10–230 mm of 297
    differing = [(x, y) for x in range(0, one.width(), 2) for y in range(0, one.height(), 2)
                 if one.pixel(x, y) != other.pixel(x, y)]
    assert len(differing) > 50                             # the names are drawn
    assert all(x < map_right for x, _y in differing)       # on the map, nowhere else

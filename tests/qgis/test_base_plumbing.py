"""algorithms/base.py plumbing and compat.py on the running QGIS: one repair, one polygonal
filter, one problem tally, one AS_OF helper, version-proof fields and export settings."""
import datetime

import pytest


def test_polygonal_and_make_valid(qgis_app):
    from qgis.core import QgsGeometry
    from landplan_plugin.algorithms.geometry import make_valid_polygonal, polygonal
    square = QgsGeometry.fromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0))")
    assert polygonal(square) is square
    assert polygonal(None) is None and polygonal(QgsGeometry()) is None
    assert polygonal(QgsGeometry.fromWkt("LINESTRING(0 0,1 1)")) is None
    mixed = QgsGeometry.fromWkt("GEOMETRYCOLLECTION(POLYGON((0 0,1 0,1 1,0 0)),LINESTRING(5 5,6 6))")
    only = polygonal(mixed)
    assert only is not None and only.area() == pytest.approx(0.5) and "Polygon" in only.asWkt()
    bowtie = QgsGeometry.fromWkt("POLYGON((0 0,10 10,10 0,0 10,0 0))")
    fixed = make_valid_polygonal(bowtie)
    assert fixed.isGeosValid() and fixed.area() == pytest.approx(50.0)
    assert make_valid_polygonal(QgsGeometry()) is None


def test_repair_geometry_notes_only_invalid(qgis_app):
    from qgis.core import QgsGeometry
    from landplan_plugin.algorithms.geometry import repair_geometry
    ok = QgsGeometry.fromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0))")
    assert repair_geometry(ok) == (ok, None)
    fixed, note = repair_geometry(QgsGeometry.fromWkt("POLYGON((0 0,10 10,10 0,0 10,0 0))"))
    assert fixed.isGeosValid() and "make-valid" in note


def test_one_repair_keeps_polygons_only(qgis_app):
    """make-valid of a polygon with a spike returns a collection with a line: the repair keeps the
    polygon; a polygon that collapses to lines cannot be repaired (the input comes back, noted);
    valid_polygon is the same repair for polygon-only work."""
    from qgis.core import QgsGeometry, QgsWkbTypes
    from landplan_plugin.algorithms.geometry import repair_geometry, REPAIRED_NOTE, UNREPAIRABLE_NOTE, valid_polygon
    spike = QgsGeometry.fromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0,-5 5,0 0))")
    fixed, note = repair_geometry(spike)
    assert QgsWkbTypes.geometryType(fixed.wkbType()) == QgsWkbTypes.PolygonGeometry and fixed.area() == 100.0
    geom, repaired = valid_polygon(spike)
    assert note == REPAIRED_NOTE and repaired and geom.equals(fixed)
    collapsed = QgsGeometry.fromWkt("POLYGON((0 0,10 0,20 0,0 0))")
    assert repair_geometry(collapsed) == (collapsed, UNREPAIRABLE_NOTE)
    assert valid_polygon(collapsed) == (None, True)
    square = QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 1,0 0))")
    assert valid_polygon(square) == (square, False) and valid_polygon(QgsGeometry()) == (None, False)


def test_problem_tally_counts_per_kind_and_field(qgis_app):
    from qgis.core import QgsProcessingFeedback
    from landplan_plugin.algorithms.problems import ProblemTally
    from landplan_plugin.core.values import parse_number

    class Fb(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushWarning(self, text):  # noqa: N802 (QgsProcessingFeedback API name)
            self.lines.append(text)

    tally = ProblemTally()
    assert not tally
    for raw in ("N/A", "x", "1,0.0.1"):
        tally.add_problem(parse_number(raw, "用地面积")[1])
    tally.add("invalid_geometry")
    tally.add("invalid_geometry")
    assert tally.count("not_number") == 3 and tally.count("invalid_geometry") == 2 and len(tally) == 2
    fb = Fb()
    tally.log(fb)
    assert len(fb.lines) == 2
    assert "3" in fb.lines[0] and "用地面积" in fb.lines[0]
    assert fb.lines[1].startswith("2 ")
    for fid in range(7):   # examples: the first five per kind, counted by kind over all fields
        tally.add("empty_geometry", example="LAYER #%d" % fid)
    tally.add_problem(parse_number("x", "层数")[1], example="LAYER #9: x")
    assert tally.examples["empty_geometry"] == ["LAYER #%d" % i for i in range(5)]
    assert list(tally.kinds().items()) == [("not_number", 4), ("invalid_geometry", 2), ("empty_geometry", 7)]


def test_as_of_value_reads_dates_and_defaults_to_today(qgis_app):
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback
    from landplan_plugin.algorithms.flag_idle_land import FlagIdleLand
    from landplan_plugin.algorithms.params import as_of_value
    alg = FlagIdleLand()
    alg.initAlgorithm()
    ctx, fb = QgsProcessingContext(), QgsProcessingFeedback()
    assert as_of_value(alg, {"AS_OF": "2024年6月30日"}, ctx, fb) == datetime.date(2024, 6, 30)
    assert as_of_value(alg, {"AS_OF": "2024/6/30"}, ctx, fb) == datetime.date(2024, 6, 30)
    assert as_of_value(alg, {}, ctx, fb) == datetime.date.today()
    with pytest.raises(QgsProcessingException):
        as_of_value(alg, {"AS_OF": "待定"}, ctx, fb)


def test_compat_fields_and_pdf_settings(qgis_app):
    from qgis.core import QgsLayoutExporter
    from qgis.PyQt.QtCore import QVariant
    from landplan_plugin import compat
    from landplan_plugin.algorithms.field_resolution import make_field
    for kind, qv, type_name in (("int", QVariant.Int, "integer"), ("double", QVariant.Double, "double"),
                                ("string", QVariant.String, "string"), ("date", QVariant.Date, "date"),
                                ("int64", QVariant.LongLong, "integer64")):
        for spec in (kind, qv):
            f = make_field("x", spec, "别名", 20, 4)
            assert f.type() == qv and f.typeName() == type_name and f.alias() == "别名"
            assert f.length() == 20 and f.precision() == 4
    with pytest.raises(ValueError):
        compat.new_field("x", "complex")
    settings = compat.pdf_export_settings(dpi=200)
    assert isinstance(settings, QgsLayoutExporter.PdfExportSettings)
    assert settings.dpi == 200 and not settings.rasterizeWholeImage
    assert int(settings.textRenderFormat) == int(compat.TEXT_ALWAYS_TEXT) != int(
        QgsLayoutExporter.PdfExportSettings().textRenderFormat)


def test_label_font_setter(qgis_app):
    from qgis.core import QgsLayoutItemLabel, QgsPrintLayout, QgsProject
    from qgis.PyQt.QtGui import QColor, QFont
    from landplan_plugin import compat
    layout = QgsPrintLayout(QgsProject.instance())
    label = QgsLayoutItemLabel(layout)
    font = QFont("WenQuanYi Micro Hei")
    font.setPointSizeF(14)
    font.setBold(True)
    compat.set_label_font(label, font, QColor("#123456"))
    got = label.textFormat().toQFont() if hasattr(label, "textFormat") else label.font()
    assert got.bold()
    color = label.textFormat().color() if hasattr(label, "textFormat") else label.fontColor()
    assert color.name() == "#123456"
    size = label.textFormat().size() if hasattr(label, "textFormat") else label.font().pointSizeF()
    assert size == pytest.approx(14)


def test_algorithms_write_the_contract_fields(qgis_app):
    from landplan_plugin.algorithms.flag_idle_land import FlagIdleLand
    from landplan_plugin.algorithms.flag_unsupplied import FlagUnsupplied
    from landplan_plugin.core import contract
    assert tuple(f.name() for f in FlagIdleLand()._added_fields()) == contract.IDLE_FIELDS
    assert tuple(f.name() for f in FlagUnsupplied()._added_fields()) == contract.UNSUPPLIED_FIELDS

"""landplan:renewalresources — 城市更新资源识别 (《郑州市城市更新专项规划》 六1, 七1, 七5).

Thin adapter: reads land use, buildings and LandPlan's own results in batches, places buildings on
land-use polygons and 低效 parcels, splits pieces by the 工业区块线 and the 三环 polygon (geometry,
here) and writes one feature per piece; what is a renewal resource, its route, ring, area and
reason is decided by ``core/renewal.py`` (the rule text lives there).
"""
import functools
import math

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
)
from qgis.PyQt.QtCore import QDate

from ..core import contract, fields, landuse
from ..core import renewal as rn
from ..core.dates import parse_date
from ..core.zone import official_area_columns, proportional_area_columns
from ..qvariant import py_value
from .base import LandPlanAlgorithm
from .field_resolution import make_field
from .params import add_ledger_param, classification_param, LANDUSE_PRESET_IDS
from .problems import ProblemTally, problem_label
from .geometry import polygonal
from .zone_layers import feature_polygon, layer_batches, optional_source, union_geometry
from .. import compat

CANDIDATES = fields.CANDIDATES["renewalresources"]
POLY = [compat.SOURCE_POLYGON]
#: pieces smaller than this (m²) are noise from splitting along a shared edge, not land
NOISE_M2 = 0.01


class _Region:
    """The union of a layer's polygons (工业区块线, 三环) with a prepared engine."""

    def __init__(self, geom):
        self.geom = geom
        self.engine = QgsGeometry.createGeometryEngine(geom.constGet())
        self.engine.prepareGeometry()

    def split(self, geom):
        """[(piece, 1.0 inside / 0.0 outside)]."""
        cg = geom.constGet()
        if self.engine.contains(cg):
            return [(geom, 1.0)]
        if not self.engine.intersects(cg):
            return [(geom, 0.0)]
        return [(p, w) for p, w in ((polygonal(geom.intersection(self.geom)), 1.0),
                                    (polygonal(geom.difference(self.geom)), 0.0)) if p is not None]


class RenewalResources(LandPlanAlgorithm):
    def name(self):
        return "renewalresources"

    def displayName(self):  # noqa: N802
        return self.tr("Identify urban renewal resources")

    def shortDescription(self):  # noqa: N802
        return self.tr("Old estates, urban villages, low-efficiency industrial land, buildings and factories, "
                       "idle and unsupplied land: one feature per piece, with class, area and reason.")

    def group(self):
        return self.tr("Urban renewal")

    def groupId(self):  # noqa: N802
        return "renewal"

    def tags(self):
        return self.tr("urban renewal,old estate,urban village,vacancy,industrial block").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource("LANDUSE", self.tr("Land use (三调 or 现状)"), POLY))
        self.add_field_param("LANDUSE_CODE_FIELD", self.tr("Land-use code field"), parent="LANDUSE",
                             default="DLBM", any_type=True)
        self.add_field_param("LANDUSE_AREA_FIELD", self.tr("Official area field of the land use (m², e.g. 三调 "
                                                           "TBDLMJ; empty = the geometry)"), parent="LANDUSE",
                             default=CANDIDATES["LANDUSE_AREA_FIELD"][0], any_type=True)
        self.add_field_param("SETTLEMENT_FIELD", self.tr("城镇村属性码 field (CZCSXM)"), parent="LANDUSE",
                             any_type=True, advanced=True)
        self.addParameter(classification_param())
        self.addParameter(QgsProcessingParameterFeatureSource(
            "BUILDINGS", self.tr("Buildings"), POLY, optional=True))
        for name, label in (("BUILT_YEAR_FIELD", self.tr("Buildings: completion year or date field")),
                            ("BUILDING_USE_FIELD", self.tr("Buildings: use field (住宅/商业/办公/工业)")),
                            ("VACANCY_FIELD", self.tr("Buildings: vacancy rate field (%)")),
                            ("STOPPED_FIELD", self.tr("Buildings: production stopped field (停产 1/0)"))):
            self.add_field_param(name, label, parent="BUILDINGS", any_type=True)
        for name, label in (("SCORED", self.tr("Low-efficiency scoring output (ie_flag, ie_type)")),
                            ("IDLE", self.tr("Idle-land output (idle_flag)")),
                            ("UNSUPPLIED", self.tr("Approved-but-unsupplied output (unsup_flag)")),
                            ("INDUSTRIAL_BLOCKS", self.tr("Industrial block lines (工业区块线)")),
                            ("RING_ROAD", self.tr("Area inside the ring road (三环以内)"))):
            self.addParameter(QgsProcessingParameterFeatureSource(name, label, POLY, optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            "OLD_BEFORE", self.tr("Old estates: completed on or before"),
            type=compat.DATETIME_DATE, defaultValue=QDate(2000, 12, 31)))
        self.addParameter(QgsProcessingParameterNumber(
            "VACANCY_MIN", self.tr("Low-efficiency buildings: vacancy at or above (%)"),
            type=compat.NUMBER_DOUBLE, defaultValue=rn.DEFAULT_VACANCY_MIN, minValue=0.0,
            maxValue=100.0))
        self.set_advanced(QgsProcessingParameterFile(
            "CODES_FILE", self.tr("Code list file (JSON; empty = the shipped one)"), extension="json", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Urban renewal resources"), compat.SOURCE_POLYGON,
            optional=True, createByDefault=True))  # optional: a model step that may be skipped
        add_ledger_param(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            "REPORT", self.tr("Map page (PDF)"), self.tr("PDF files (*.pdf)"), optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        land = self.source_or_fail(parameters, "LANDUSE", context)
        crs = self.check_crs(land, self.tr("Land use"))
        preset = landuse.load_preset(LANDUSE_PRESET_IDS[self.parameterAsEnum(parameters, "CLASSIFICATION", context)])
        try:
            codes = rn.load_codes(self.parameterAsFile(parameters, "CODES_FILE", context) or "renewal_codes")
        except rn.CodesError as exc:
            raise QgsProcessingException(str(exc)) from None
        setup = {"old_before": self._old_before(parameters, context, feedback), "crs": crs, "codes": codes,
                 "vacancy_min": self.parameterAsDouble(parameters, "VACANCY_MIN", context), "preset": preset,
                 "tally": ProblemTally(), "measurer": self.area_measurer(crs, context)}
        blocks = self._region(parameters, "INDUSTRIAL_BLOCKS", setup, context, feedback)
        ring = self._region(parameters, "RING_ROAD", setup, context, feedback)
        low = self._carried(parameters, "SCORED", "ie", ("ie_type",), setup, context, feedback, (5, 15))
        estates, building_pieces = self._buildings(parameters, low, setup, context, feedback)
        if feedback.isCanceled():
            return {}
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, self._fields(),
                                         compat.WKB_MULTIPOLYGON, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        written = []
        emit = functools.partial(self._emit, sink, written, setup["measurer"])
        self._landuse(land, parameters, estates, ring, setup, context, feedback, emit)
        emit([(rn.CLASS_LOW_INDUSTRIAL, piece, None, src, inside, reason)
              for geom, src, reason in low for piece, inside in self._split(blocks, geom)])
        emit(building_pieces)
        for name, kind, detail, progress in (("IDLE", "idle", ("idle_stage",), (85, 90)),
                                             ("UNSUPPLIED", "unsup", ("unsup_yrs",), (90, 95))):
            carried = self._carried(parameters, name, kind, detail, setup, context, feedback, progress)
            emit([(rn.CARRIED_CLASSES[kind], g, None, src, math.nan, reason) for g, src, reason in carried])
        del sink, emit  # emit holds the sink too: both go, so the file is complete
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..output.styling import finish_output
        finish_output(self, context, dest_id, "renewal", feedback)
        results = {"OUTPUT": dest_id}
        ledger = self.parameterAsFileOutput(parameters, "LEDGER", context)
        if ledger:
            from ..output.ledger_sheets import write_sheet
            results["LEDGER"] = write_sheet(ledger, *rn.resources_ledger_sheet(
                written, setup["old_before"], setup["vacancy_min"]))
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report:
            results["REPORT"] = self._report(report, dest_id, written, setup, context, feedback)
        self._log(written, setup, feedback)
        feedback.setProgress(100)
        return results

    # ---- parameters and layers ----------------------------------------------------------
    def _old_before(self, parameters, context, feedback):
        raw = py_value(parameters.get("OLD_BEFORE"))
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return rn.DEFAULT_OLD_BEFORE
        if isinstance(raw, str):
            value, problem = parse_date(raw, "OLD_BEFORE")
            if value is None:
                raise QgsProcessingException(self.tr('OLD_BEFORE "{value}" is not a date (use e.g. 2000-12-31).')
                                             .format(value=raw))
            return value
        return self.parameterAsDateTime(parameters, "OLD_BEFORE", context).date().toPyDate()

    def _source(self, parameters, name, setup, feedback, context):
        """An optional layer, its CRS checked; a layer in another CRS is reprojected (logged)."""
        source = optional_source(self, parameters, name, context)
        if source is None:
            return None
        crs = self.check_crs(source, name)
        if crs != setup["crs"]:
            feedback.pushInfo(self.tr("{layer} is in {crs} and is reprojected to {target}.").format(
                layer=name, crs=crs.authid() or crs.description(), target=setup["crs"].authid()))
        return source

    def _region(self, parameters, name, setup, context, feedback):
        source = self._source(parameters, name, setup, feedback, context)
        if source is None:
            feedback.pushInfo(self.tr("No {layer} layer: the matching attribute stays empty.").format(layer=name))
            return None
        polys = [g for chunk in layer_batches(source, setup["crs"], context, feedback, attributes=[])
                 for g in (feature_polygon(f, setup["tally"], name) for f in chunk) if g is not None]
        union = union_geometry(polys)
        return None if union is None else _Region(union)

    @staticmethod
    def _split(region, geom):
        return [(geom, math.nan)] if region is None else region.split(geom)

    def _carried(self, parameters, name, kind, detail_fields, setup, context, feedback, progress):
        """[(geometry, source, reason)] of the flagged features of LandPlan's output ``name``."""
        source = self._source(parameters, name, setup, feedback, context)
        if source is None:
            return []
        names = source.fields().names()
        flag_field = contract.FLAG_FIELDS[kind][0]
        if flag_field not in names:
            raise QgsProcessingException(self.tr('{layer} has no field "{field}": give the output of the LandPlan '
                                                 'check.').format(layer=name, field=flag_field))
        flag_idx = names.index(flag_field)
        detail_idx = next((names.index(f) for f in detail_fields if f in names), -1)
        out = []
        for chunk in layer_batches(source, setup["crs"], context, feedback, progress=progress):
            keep, reasons = rn.carried_columns(kind, [py_value(f.attribute(flag_idx)) for f in chunk],
                                               None if detail_idx < 0 else
                                               [py_value(f.attribute(detail_idx)) for f in chunk])
            for k in [int(i) for i in keep.nonzero()[0]]:
                geom = feature_polygon(chunk[k], setup["tally"], name)
                if geom is not None:
                    out.append((geom, "%s #%d" % (name, chunk[k].id()), reasons[k]))
        return out

    def _buildings(self, parameters, low, setup, context, feedback):
        """(residential buildings for the 老旧小区 rule: (index, [(point, m², old 1/0, name)]),
        pieces of 低效楼宇 and 老旧厂房)."""
        source = self._source(parameters, "BUILDINGS", setup, feedback, context)
        index, homes, pieces = QgsSpatialIndex(), [], []
        if source is None:
            feedback.pushInfo(self.tr("No buildings: 老旧小区, 低效楼宇 and 老旧厂房 are not identified."))
            return (index, homes), pieces
        labels = (("BUILT_YEAR_FIELD", self.tr("completion year")), ("BUILDING_USE_FIELD", self.tr("use")),
                  ("VACANCY_FIELD", self.tr("vacancy")), ("STOPPED_FIELD", self.tr("stopped")))
        idx = {n: self.resolve_field(parameters, n, source.fields(), CANDIDATES[n], feedback, label)
               for n, label in labels}
        if idx["BUILT_YEAR_FIELD"] < 0:
            feedback.pushWarning(self.tr("Buildings: no completion year field: 老旧小区 and 老旧厂房 are not "
                                         "identified."))
        low_index, low_geoms = QgsSpatialIndex(), [g for g, _, _ in low]
        for i, g in enumerate(low_geoms):
            low_index.addFeature(i, g.boundingBox())
        names = tuple(source.fields().at(i).name() if i >= 0 else n for n, i in idx.items())

        def column(chunk, name):
            return None if idx[name] < 0 else [py_value(f.attribute(idx[name])) for f in chunk]
        for chunk in layer_batches(source, setup["crs"], context, feedback, progress=(15, 45)):
            cols = rn.building_columns(column(chunk, "BUILT_YEAR_FIELD") or [None] * len(chunk),
                                       column(chunk, "BUILDING_USE_FIELD"), column(chunk, "VACANCY_FIELD"),
                                       column(chunk, "STOPPED_FIELD"), setup["old_before"], setup["vacancy_min"],
                                       setup["codes"], names)
            for row, problem in cols.problems:
                setup["tally"].add_problem(problem, example="BUILDINGS #%d：%s" % (chunk[row].id(), problem.message))
            geoms = [feature_polygon(f, setup["tally"], "BUILDINGS") for f in chunk]
            points = [None if g is None else g.pointOnSurface() for g in geoms]
            on_low = [p is not None and any(low_geoms[j].intersects(p) for j in low_index.intersects(p.boundingBox()))
                      for p in points]
            factory, factory_reasons = rn.old_factory_columns(cols, on_low, setup["old_before"])
            office_reasons = rn.low_building_reasons(cols, setup["vacancy_min"])
            for k, feat in enumerate(chunk):
                if geoms[k] is None:
                    continue
                src = "BUILDINGS #%d" % feat.id()
                if cols.low_building[k]:
                    pieces.append((rn.CLASS_LOW_BUILDING, geoms[k], None, src, math.nan, office_reasons[k]))
                if factory[k]:
                    pieces.append((rn.CLASS_OLD_FACTORY, geoms[k], None, src, math.nan, factory_reasons[k]))
                if cols.home[k]:
                    index.addFeature(len(homes), points[k].boundingBox())
                    homes.append((points[k], setup["measurer"].measureArea(geoms[k]), cols.old[k]))
        return (index, homes), pieces

    def _landuse(self, land, parameters, estates, ring, setup, context, feedback, emit):
        """老旧小区 and 城中村 pieces of the land use, batch by batch (``emit`` writes them)."""
        code_idx = self.resolve_field(parameters, "LANDUSE_CODE_FIELD", land.fields(),
                                      CANDIDATES["LANDUSE_CODE_FIELD"], feedback, self.tr("land-use code"))
        if code_idx < 0:
            raise QgsProcessingException(self.tr("Name the land-use code field (LANDUSE_CODE_FIELD)."))
        area_idx = self.resolve_field(parameters, "LANDUSE_AREA_FIELD", land.fields(),
                                      CANDIDATES["LANDUSE_AREA_FIELD"], feedback, self.tr("official land-use area"),
                                      allow_auto="LANDUSE_AREA_FIELD" not in parameters)
        settle_idx = self.resolve_field(parameters, "SETTLEMENT_FIELD", land.fields(), CANDIDATES["SETTLEMENT_FIELD"],
                                        feedback, self.tr("settlement code"))
        if settle_idx < 0:
            feedback.pushInfo(self.tr("No 城镇村属性码 field: every village polygon counts as 城中村."))
        index, homes = estates
        tally, measurer = setup["tally"], setup["measurer"]
        for chunk in layer_batches(land, setup["crs"], context, feedback, progress=(45, 80)):
            settle = None if settle_idx < 0 else [py_value(f.attribute(settle_idx)) for f in chunk]
            kinds, village_reasons = rn.landuse_columns([py_value(f.attribute(code_idx)) for f in chunk], settle,
                                                        setup["codes"], setup["preset"])
            official = [math.nan] * len(chunk)
            if area_idx >= 0:
                official, problems = official_area_columns([py_value(f.attribute(area_idx)) for f in chunk],
                                                           land.fields().at(area_idx).name())
                for k, p in enumerate(problems.tolist()):
                    if p is not None:
                        tally.add_problem(p, example="LANDUSE #%d：%s" % (chunk[k].id(), p.message))
            rows = [k for k, kind in enumerate(kinds.tolist()) if kind in ("residential", "village")]
            geoms = {k: feature_polygon(chunk[k], tally, "LANDUSE") for k in rows}
            rows = [k for k in rows if geoms[k] is not None]
            res = [k for k in rows if kinds[k] == "residential"]
            sums = [self._homes_on(geoms[k], index, homes) for k in res]
            old, reasons = rn.old_estate_columns(*zip(*sums), setup["old_before"]) if sums else ([], [])
            pieces = [(rn.CLASS_OLD_ESTATE, geoms[k], None, k, math.nan, why)
                      for k, is_old, why in zip(res, list(old), list(reasons)) if is_old]
            pieces += [(rn.CLASS_VILLAGE, piece, None, k, inside, village_reasons[k])
                       for k in rows if kinds[k] == "village" for piece, inside in self._split(ring, geoms[k])]
            whole = [measurer.measureArea(geoms[p[3]]) for p in pieces]
            part = [measurer.measureArea(p[1]) for p in pieces]
            areas = proportional_area_columns(part, whole, [official[p[3]] for p in pieces]) if pieces else []
            emit([(c, g, a, "LANDUSE #%d" % chunk[k].id(), ins, why)
                  for (c, g, _, k, ins, why), a in zip(pieces, list(areas))])

    @staticmethod
    def _homes_on(geom, index, homes):
        """(old m², dated m², old count, dated count) of the residential buildings standing on ``geom``."""
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        hits = [homes[i] for i in index.intersects(geom.boundingBox()) if engine.intersects(homes[i][0].constGet())]
        return (sum(a for _, a, o in hits if o == 1.0), sum(a for _, a, _ in hits),
                sum(1 for *_, o in hits if o == 1.0), len(hits))

    # ---- output -------------------------------------------------------------------------
    def _fields(self):
        out = QgsFields()
        for f in (make_field("ur_class", "string", self.tr("Renewal class"), 20),
                  make_field("ur_route", "string", self.tr("Route (industrial land)"), 10),
                  make_field("ur_ring", "string", self.tr("Ring road (urban village)"), 10),
                  make_field("ur_ha", "double", self.tr("Area (ha)"), 20, 4),
                  make_field("ur_mu", "double", self.tr("Area (mu)"), 20, 4),
                  make_field("ur_src", "string", self.tr("Source layer and feature"), 60),
                  make_field("ur_reason", "string", self.tr("Reason"), 254)):
            out.append(f)
        return out

    def _emit(self, sink, written, measurer, pieces):
        """Write pieces (class, geometry, area m² or None = the geometry's, source, inside, detail)."""
        pieces = [p for p in pieces if p[1] is not None]
        areas = [p[2] if p[2] is not None else measurer.measureArea(p[1]) for p in pieces]
        keep = [k for k, a in enumerate(areas) if a >= NOISE_M2]
        if not keep:
            return
        cols = rn.piece_columns([pieces[k][0] for k in keep], [areas[k] for k in keep],
                                [pieces[k][3] for k in keep], [pieces[k][4] for k in keep],
                                [pieces[k][5] for k in keep])
        fields = self._fields()
        for j, k in enumerate(keep):
            row = {name: cols[name][j] for name in contract.RENEWAL_FIELDS}
            row["ur_ha"], row["ur_mu"] = float(row["ur_ha"]), float(row["ur_mu"])
            feat = QgsFeature(fields)
            feat.setAttributes([row[name] for name in contract.RENEWAL_FIELDS])
            geom = QgsGeometry(pieces[k][1])
            geom.convertToMultiType()
            feat.setGeometry(geom)
            sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
            written.append(row)

    def _report(self, pdf_path, dest_id, written, setup, context, feedback):
        """One A4 landscape page: the pieces on a map (the renewal style), legend, scale bar, and the
        totals per class (:func:`core.renewal.report_lines`)."""
        from qgis.core import (QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap,
                               QgsLayoutItemPage, QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout,
                               QgsProcessingUtils, QgsProject, QgsRectangle)
        from qgis.PyQt.QtGui import QFont
        from .. import compat
        from ..output.styling import apply_style
        from ..output.fonts import qt_family
        layer = QgsProcessingUtils.mapLayerFromString(dest_id, context)
        if layer is None or not layer.isValid():
            feedback.pushWarning(self.tr("The map page could not be written: the output layer cannot be read."))
            return None
        layer = layer.clone()  # the page's own project owns the copy
        layer.setName(self.tr("Urban renewal resources"))
        apply_style(layer, "renewal")
        project = QgsProject()
        project.setCrs(layer.crs())
        project.addMapLayer(layer)
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        page = layout.pageCollection().page(0)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
        mm = compat.LAYOUT_MILLIMETERS

        def place(item, x, y, w=None, h=None):
            layout.addLayoutItem(item)
            item.attemptMove(QgsLayoutPoint(x, y, mm))
            if w is not None:
                item.attemptResize(QgsLayoutSize(w, h, mm))

        def label(text, x, y, w, h, size, bold=False):
            item = QgsLayoutItemLabel(layout)
            item.setText(text)
            font = QFont(qt_family(feedback))
            font.setPointSizeF(size)
            font.setBold(bold)
            compat.set_label_font(item, font)
            place(item, x, y, w, h)
        label(rn.REPORT_TITLE, 10, 8, 277, 10, 16, True)
        map_item = QgsLayoutItemMap(layout)
        map_item.setLayers([layer])
        map_item.setKeepLayerSet(True)
        map_item.setFrameEnabled(True)
        map_item.setCrs(layer.crs())
        place(map_item, 10, 22, 180, 178)
        extent = layer.extent()
        centre, ratio = extent.center(), 180.0 / 178.0  # the frame's width ÷ height, 5 % margin
        half_w = max(extent.width(), extent.height() * ratio) * 0.525
        map_item.setExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_w / ratio, centre.x() + half_w,
                                        centre.y() + half_w / ratio))
        legend = QgsLayoutItemLegend(layout)
        legend.setTitle("图例")
        legend.setLinkedMap(map_item)
        place(legend, 196, 22)
        scalebar = QgsLayoutItemScaleBar(layout)
        scalebar.setStyle("Single Box")
        scalebar.setLinkedMap(map_item)
        scalebar.setUnits(compat.DISTANCE_METERS)
        scalebar.applyDefaultSize()
        place(scalebar, 14, 186)
        lines = rn.report_lines(written, setup["old_before"], setup["vacancy_min"])
        label("\n".join(lines), 196, 100, 91, 100, 9)
        result = QgsLayoutExporter(layout).exportToPdf(pdf_path, compat.pdf_export_settings(dpi=150))
        if result != QgsLayoutExporter.ExportResult.Success:
            feedback.pushWarning(self.tr("The map page could not be written to {path}.").format(path=pdf_path))
            return None
        return pdf_path

    def _log(self, written, setup, feedback):
        setup["tally"].log(feedback)
        for kind, examples in setup["tally"].examples.items():
            feedback.pushWarning("%s:" % problem_label(kind))
            for example in examples:
                feedback.pushWarning("  " + example)
        totals = rn.resource_totals([r["ur_class"] for r in written], [r["ur_route"] for r in written],
                                    [r["ur_ring"] for r in written], [r["ur_ha"] for r in written])
        feedback.pushInfo(self.tr("{n} renewal resource piece(s), {ha} ha (old estates completed on or before "
                                  "{date}, vacancy at or above {vac} %).").format(
            n=len(written), ha="%.4f" % sum(r["ur_ha"] for r in written), date=setup["old_before"].isoformat(),
            vac="%g" % setup["vacancy_min"]))
        for key, n, ha in totals:
            feedback.pushInfo("  %s: %d, %.4f ha" % (key, n, ha))

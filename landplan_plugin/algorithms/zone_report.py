"""landplan:zonereport — PDF report, one page per zone (QgsPrintLayout + QgsLayoutAtlas), and a PNG overview.

Each page: the zone's name, a map of its parcels styled like the LandPlan output (over the zone
outline) with legend (only the classes the page's map shows), scale bar and north arrow, the zone's
scorecard (from the zone check's fields) and a bar chart of its land status — low-efficiency, idle
and unsupplied area against the total parcel area — drawn with QPainter into a PNG per zone. What
the scorecard shows, how a parcel is placed in a zone and which areas the chart uses are rules of
:mod:`..core.zone` (``REPORT_SCORECARD``, ``STATUS_BARS``, ``status_columns``,
``report_status_columns``); parcels are placed by :meth:`.zone_layers.ZoneSet.zones_of`, as the zone
check places them.

One area unit throughout: 公顷, in the scorecard, the chart and the per-mu class table
(``core.zone.REPORT_AREA_UNIT``). Chinese text uses the first installed CJK font of
:data:`..output.fonts.CJK_FONTS`; the chart is drawn at 300 dpi for its frame, with 9–11 pt text.
When the parcels carry ``mj_class`` (``landplan:permuevaluation``), each page lists the parcels
and 公顷 per class (A / B / C / D / 不定等级 / 待核实).
A second page per zone when the zones carry ``landplan:zoneevaluation``'s fields (集约度 ``score``
and 实现度 ``rd_*``: the indicator table of ``core.evaluation.report_page_rows`` and the 实现度 chart of
:mod:`.evaluation_chart`) and/or a ``TASKS`` table (``landplan:taskprogress`` output) is given (the
zone's lines of ``core.tasks.scorecard_lines``).

Under the map, the zone's 在建未达产 parcels (the scoring output's ``ie_type``), counted apart:
'N 宗 / X 亩' (``core.zone.construction_card_columns``). The PNG overview labels every zone with
its name (the ZONE_NAME_FIELD value).

Text in the PDF stays text (searchable, copyable): :func:`..compat.pdf_export_settings`.
Runs on the main thread (FlagNoThreading) in its own QgsProject, never the user's project.
"""
import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsProject,
    QgsProperty,
    QgsRectangle,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from .. import compat
from ..core import fields
from ..core import evaluation as ev_rules
from ..core import ledger as ledger_rules
from ..core import tasks as task_rules
from ..core import zone as rules
from ..i18n import tr_base
from ..output import fonts
from ..output.evaluation_chart import draw_attainment_chart
from ..qvariant import py_value
from .base import LandPlanAlgorithm
from .field_resolution import find_field
from .params import add_as_of_param, as_of_value
from .zone_layers import ZoneSet

CHART_MM = (97.0, 40.0)
MJ_CLASS_FIELD = "mj_class"
#: the scoring output's type (在建未达产 counted apart on the page: core.zone.construction_card_columns)
TYPE_FIELD = "ie_type"
CHART_DPI = 300
ZONE_NAME_CANDIDATES = fields.CANDIDATES["zonereport"]["ZONE_NAME_FIELD"]
#: the parcels' id and zone fields, found as the export finds them (for the note on parcels in no total)
PARCEL_CANDIDATES = fields.CANDIDATES["exportflagged"]
SCORECARD = rules.REPORT_SCORECARD
#: the overview's zone labels, without / with the zones' 工业用地率 (``ind_share``)
OVERVIEW_LABEL_EXPR = ('"lp_title"',
                       "\"lp_title\" || '\\n' || '工业用地率 ' || "
                       "coalesce(format_number(\"ind_share\", 1) || '%', '—')")
STATUS = tuple((key, label, colour) for key, label, colour, _flag, _field in rules.STATUS_BARS)


def draw_status_chart(path, values, basis=None, size_mm=CHART_MM, dpi=CHART_DPI):
    """Horizontal bar chart of ``values`` {key: 公顷} (keys of :data:`STATUS`) to a PNG drawn for a
    frame of ``size_mm`` at ``dpi``: text in points (9 pt) stays readable.
    ``basis``: core.zone.report_chart_basis (first bar's label, title, bars with a share)."""
    total_label, title, with_share = basis or rules.report_chart_basis(())
    px_per_mm = dpi / 25.4
    width, height = int(size_mm[0] * px_per_mm), int(size_mm[1] * px_per_mm)
    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.setDotsPerMeterX(int(dpi / 0.0254))
    img.setDotsPerMeterY(int(dpi / 0.0254))
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(fonts.qt_family())
    font.setPointSizeF(9)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#202020"))
    top = p.fontMetrics().height() * 1.4
    p.drawText(QRectF(0, 0, width, top), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, title)
    font.setPointSizeF(9)
    font.setBold(False)
    p.setFont(font)
    left = p.fontMetrics().horizontalAdvance("已供应国有建设用地") + 16
    right = p.fontMetrics().horizontalAdvance("0000.00 (100.0%)") + 12
    bar_h = (height - top - 4) / len(STATUS)
    vmax = max([v for v in values.values() if v] + [1e-9])
    for i, (key, label, colour) in enumerate(STATUS):
        y = top + i * bar_h
        v = values.get(key) or 0.0
        p.setPen(QColor("#202020"))
        p.drawText(QRectF(0, y, left - 10, bar_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   total_label if key == "total" else label)
        w = (width - left - right) * v / vmax
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        p.drawRect(QRectF(left, y + bar_h * 0.15, max(w, 1.0), bar_h * 0.7))
        p.setPen(QColor("#202020"))
        pct = (" (%.1f%%)" % (100.0 * v / values["total"])) if key in with_share and values.get("total") else ""
        p.drawText(QRectF(left + w + 8, y, right, bar_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   "%.2f%s" % (v, pct))
    p.end()
    img.save(path, "PNG")
    return path


def class_table_html(rows, font):
    """The per-mu class table of one zone ([(class, parcels, 公顷)] of the classes present,
    core.zone.class_columns), three lines: class, parcels, 公顷; '' when the zone has no classed parcel."""
    if not rows:
        return ""
    cell = "<td style='text-align:right'>%s</td>"
    head = "".join("<th>%s</th>" % k for k, _n, _h in rows)
    counts = "".join(cell % n for _k, n, _h in rows)
    areas = "".join(cell % ("%.2f" % h) for _k, _n, h in rows)
    return ("<div style=\"font-family:'%s'; font-size:7.5pt\"><b>亩均效益等级</b>"
            "<table style='border-collapse:collapse; width:100%%' border='1' cellpadding='1'>"
            "<tr><th>等级</th>%s</tr><tr><td>宗数</td>%s</tr><tr><td>面积(%s)</td>%s</tr></table></div>"
            % (font, head, counts, rules.REPORT_AREA_UNIT, areas))


def evaluation_html(rows, record, font):
    """The evaluation page's table (rows of core.evaluation.report_page_rows) for one zone's record, with
    集约度 and the evaluation note below."""
    def fmt(v, dec):
        return "—" if not isinstance(v, (int, float)) or isinstance(v, bool) else "%.*f" % (dec, v)
    cells = "".join("<tr><td>%s</td><td style='text-align:right'>%s %s</td><td style='text-align:right'>%s</td></tr>"
                    % (label, fmt(record.get(field), dec), unit,
                       ev_rules.attainment_text(field, record.get(field), record.get(rd)) if rd else "")
                    for label, field, unit, dec, rd in rows)
    note = record.get("eval_note")
    return ("<div style=\"font-family:'%s'; font-size:8pt\"><b>开发区土地集约利用评价</b>"
            "<table style='border-collapse:collapse; width:100%%' border='1' cellpadding='1'>"
            "<tr><th>指标</th><th>现状值</th><th>实现度</th></tr>%s</table>"
            "<p><b>集约度：%s</b></p>%s</div>"
            % (font, cells, fmt(record.get(ev_rules.SCORE_FIELD), 1), "<p>%s</p>" % note if note else ""))


def definitions_html(field_names, font):
    """The definitions of the rates a zones layer carries (core.evaluation.definition_lines), printed
    beside the evaluation table."""
    keys = [k for k in ev_rules.RATE_KEYS if k in set(field_names)]
    return ("<div style=\"font-family:'%s'; font-size:6.5pt\"><b>指标口径</b>%s</div>"
            % (font, "".join("<div>%s</div>" % line for line in ev_rules.definition_lines(keys))))


def tasks_html(lines, font):
    """The zone's task progress lines (core.tasks.scorecard_lines) as HTML; a dash when it has none."""
    body = "".join("<li>%s</li>" % line for line in lines) or "<li>—</li>"
    return "<div style=\"font-family:'%s'; font-size:8pt\"><b>存量盘活任务进度</b><ul>%s</ul></div>" % (font, body)


class ZoneReport(LandPlanAlgorithm):
    ZONES = "ZONES"
    PARCELS = "PARCELS"
    OUTPUT = "OUTPUT"
    PNG = "PNG"

    def name(self):
        return "zonereport"

    def displayName(self):  # noqa: N802
        return self.tr("Zone report (PDF, one page per zone)")

    def shortDescription(self):  # noqa: N802
        return self.tr("A PDF with one page per zone: styled parcel map, scorecard and land-status chart; "
                       "plus a PNG overview map of all zones.")

    def tags(self):
        return self.tr("report,pdf,atlas,layout,zone,map,png").split(",")

    def flags(self):
        return super().flags() | compat.ALGORITHM_NO_THREADING

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (output of the zone industrial-share check)"),
            [compat.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PARCELS, self.tr("Parcels (a LandPlan output with ie_flag / idle_flag / unsup_flag)"),
            [compat.SOURCE_POLYGON], optional=True))
        self.add_field_param("ZONE_NAME_FIELD", self.tr("Zone name field"), parent=self.ZONES, any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "TASKS", self.tr("Task progress table (output of 'Task progress'), for a page of task lines per zone"),
            [compat.SOURCE_VECTOR], optional=True))
        add_as_of_param(self)
        self.addParameter(QgsProcessingParameterString(
            "TITLE", self.tr("Report title"), defaultValue=self.tr("Land efficiency review"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Report (PDF)"), fileFilter=self.tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.PNG, self.tr("Overview map (PNG)"), fileFilter=self.tr("PNG images (*.png)"), optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("PAGES", self.tr("Pages")))

    # ------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..output.styling import apply_style, set_aliases
        zones_src = self.source_or_fail(parameters, self.ZONES, context)
        parcels_src = self.parameterAsSource(parameters, self.PARCELS, context)
        self.check_crs(zones_src, self.tr("Zones"))
        if parcels_src is not None:
            self.check_crs_if_spatial(parcels_src, self.tr("Parcels"))
            if parcels_src.sourceCrs() != zones_src.sourceCrs():
                feedback.pushInfo(tr_base('Layer "{label}" ({src}) is reprojected to {dst}.').format(
                    label=self.tr("Parcels"), src=parcels_src.sourceCrs().authid(),
                    dst=zones_src.sourceCrs().authid()))
        fonts.qt_family(feedback)  # the log says so when no Chinese font is installed
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        png_path = self.parameterAsFileOutput(parameters, self.PNG, context)
        title = self.parameterAsString(parameters, "TITLE", context) or self.tr("Land efficiency review")
        name_idx = self.resolve_field(parameters, "ZONE_NAME_FIELD", zones_src.fields(), ZONE_NAME_CANDIDATES,
                                      feedback, self.tr("zone name"))

        project = QgsProject()
        project.setCrs(zones_src.sourceCrs())
        zones = zones_src.materialize(QgsFeatureRequest(), feedback)
        zones.setName(self.tr("Zones"))
        if zones.featureCount() == 0:
            raise QgsProcessingException(self.tr("The zones layer has no features."))
        parcels = None
        if parcels_src is not None:
            parcels = parcels_src.materialize(QgsFeatureRequest(), feedback)
            parcels.setName(self.tr("Parcels"))

        stats = self._zone_stats(zones, parcels, context, feedback)
        if feedback.isCanceled() or not self._add_page_fields(zones, name_idx, stats, feedback):
            return {}  # statistics are partial: write no report
        task_rows = self._task_rows(parameters, context, feedback)
        as_of = self._as_of(parameters, context, feedback, zones, task_rows)
        second = self._add_second_page_fields(zones, task_rows, feedback)
        apply_style(zones, "zones")
        layers = [zones]
        if parcels is not None:
            kind = rules.style_kind(parcels.fields().names())
            if kind:
                apply_style(parcels, kind)
            else:
                set_aliases(parcels)
            layers = [parcels, zones]
        project.addMapLayers(layers)

        pages = zones.featureCount() * (2 if any(second) else 1)
        feedback.pushInfo(self.tr("Writing {n} page(s) to {path}").format(n=pages, path=pdf_path))
        with_classes = any(v.get("classes") for v in stats.values())
        layout = self._atlas_layout(project, zones, layers, (title, as_of), with_classes, second)
        os.makedirs(os.path.dirname(os.path.abspath(pdf_path)), exist_ok=True)
        if feedback.isCanceled():
            return {}
        result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), pdf_path, compat.pdf_export_settings(dpi=150))
        if result != QgsLayoutExporter.ExportResult.Success:
            raise QgsProcessingException(self.tr("PDF export failed: {err}").format(err=error))
        feedback.setProgress(80)
        results = {self.OUTPUT: pdf_path, "PAGES": pages, self.PNG: None}
        if png_path:
            results[self.PNG] = self._write_overview(project, layers, title, png_path, feedback)
        feedback.setProgress(100)
        project.removeAllMapLayers()
        return results

    # ---- steps ---------------------------------------------------------------------------
    def _zone_stats(self, zones, parcels, context, feedback):
        """{zone fid: chart values (亩), 'ha' (the same in 公顷), 'classes' (per-mu class rows, None
        without mj_class), 'unplaced' (the note on flagged parcels in no area total) and 'constr' (the
        在建未达产 line, core.zone.construction_card_columns)}: the parcels
        placed by their inner point (core.zone.status_columns, class_columns), each counting the area
        core.ledger.counted_area_columns gives it — the ledger's rule — then the zone check's own
        areas where the zones layer has them (core.zone.report_status_columns)."""
        zone_set = ZoneSet(zones.getFeatures())
        n = len(zone_set)
        per = {"hits": [], "geom_m2": [], "class": [], "type": [], "zone": [], "id": [], "areas": {},
               "flags": {key: [] for key, *_r in rules.STATUS_BARS[1:]}}
        if parcels is not None:
            self._read_parcels(parcels, zones, zone_set, per, context, feedback)
        area_mu, _problems, notes = ledger_rules.counted_area_columns(
            per["areas"], len(per["hits"]), per["geom_m2"] if per["hits"] else None)
        pairs = [(zi, k) for k, hits in enumerate(per["hits"]) for zi in hits]
        pick = [k for _zi, k in pairs]
        status = rules.status_columns([zi for zi, _k in pairs], n, [area_mu[k] for k in pick],
                                      {key: [v[k] for k in pick] for key, v in per["flags"].items()})
        names = zones.fields().names()
        records = [[py_value(f[k]) for k in names] for f in zones.getFeatures()]
        chart = rules.report_status_columns(status, {k: [r[i] for r in records] for i, k in enumerate(names)},
                                            parcels is not None)
        chart_ha = rules.report_chart_columns(chart)
        classes = rules.class_columns([zi for zi, _k in pairs], n, [area_mu[k] for k in pick],
                                      [per["class"][k] for k in pick])
        constr = rules.construction_card_columns([zi for zi, _k in pairs], n, [area_mu[k] for k in pick],
                                                 [per["type"][k] for k in pick])
        unplaced = rules.unplaced_notes([z.name for z in zone_set], per["zone"], per["id"], notes, per["flags"])
        stats = {}
        for zone in zone_set:
            stats[zone.fid] = {key: float(values[zone.index]) for key, values in chart.items()}
            stats[zone.fid]["ha"] = {key: float(values[zone.index]) for key, values in chart_ha.items()}
            stats[zone.fid]["classes"] = [(k, int(count[zone.index]), float(ha[zone.index]))
                                          for k, (count, ha) in classes.items()
                                          if count[zone.index] > 0] if per.get("with_class") else None
            stats[zone.fid]["unplaced"] = unplaced[zone.index]
            stats[zone.fid]["constr"] = constr[zone.index]
        return stats

    def _read_parcels(self, parcels, zones, zone_set, per, context, feedback):
        """Per parcel (in ``per``): the zones it is placed in, its geometry area (NaN when empty), its
        area fields, class, flags, zone text and id."""
        xform = None
        if parcels.crs() != zones.crs():
            xform = QgsCoordinateTransform(parcels.crs(), zones.crs(), context.transformContext())
        measurer = self.area_measurer(parcels.crs(), context)
        pf = parcels.fields()
        flag_idx = {key: find_field(pf, [flag]) for key, _l, _c, flag, _f in rules.STATUS_BARS if flag}
        area_idx = {name: find_field(pf, [name]) for name in ledger_rules.area_fields()}
        area_idx = {name: i for name, i in area_idx.items() if i >= 0}
        per["areas"] = {name: [] for name in area_idx}
        class_idx = find_field(pf, [MJ_CLASS_FIELD])
        type_idx = find_field(pf, [TYPE_FIELD])
        per["with_class"] = class_idx >= 0
        zone_idx = find_field(pf, list(PARCEL_CANDIDATES["ZONE_FIELD"]))
        id_idx = find_field(pf, list(PARCEL_CANDIDATES["ID_FIELD"]))
        total = parcels.featureCount() or 1
        for k, feat in enumerate(parcels.getFeatures()):
            if feedback.isCanceled():
                break
            geom = feat.geometry()
            empty = geom.isNull() or geom.isEmpty()
            attrs = feat.attributes()
            per["hits"].append([] if empty else zone_set.zones_of(geom, xform))
            per["geom_m2"].append(float("nan") if empty else measurer.measureArea(geom))
            for name, i in area_idx.items():
                per["areas"][name].append(py_value(attrs[i]))
            per["class"].append(py_value(attrs[class_idx]) if class_idx >= 0 else None)
            per["type"].append(py_value(attrs[type_idx]) if type_idx >= 0 else None)
            per["zone"].append(py_value(attrs[zone_idx]) if zone_idx >= 0 else None)
            per["id"].append(py_value(attrs[id_idx]) if id_idx >= 0 else "#%d" % feat.id())
            for key, i in flag_idx.items():
                per["flags"][key].append(py_value(attrs[i]) if i >= 0 else None)
            if k % 256 == 0:
                feedback.setProgress(40.0 * k / total)

    def _add_page_fields(self, zones, name_idx, stats, feedback):
        """lp_title (the page title), lp_chart (the chart PNG, 公顷) and lp_classes (the per-mu class
        table, HTML) on each zone; False on cancel."""
        tmp = QgsProcessingUtils.tempFolder()
        zones.startEditing()
        with_unplaced = any(v.get("unplaced") for v in stats.values())
        with_constr = any(v.get("constr") for v in stats.values())
        added = (("lp_title", "lp_chart", "lp_classes") + (("lp_unplaced",) if with_unplaced else ())
                 + (("lp_constr",) if with_constr else ()))
        for name in added:
            zones.addAttribute(compat.new_field(name, "string", type_name=""))
        zones.commitChanges()
        zones.startEditing()
        ti, ci, ki, ui, wi = (zones.fields().indexFromName(n)
                              for n in ("lp_title", "lp_chart", "lp_classes", "lp_unplaced", "lp_constr"))
        font = fonts.qt_family()
        basis = rules.report_chart_basis(zones.fields().names())
        for n, f in enumerate(zones.getFeatures()):
            if feedback.isCanceled():
                return False
            label = py_value(f.attributes()[name_idx]) if name_idx >= 0 else None
            label = str(label) if label not in (None, "") else self.tr("Zone {n}").format(n=n + 1)
            chart = os.path.join(tmp, "landplan_chart_%d.png" % f.id())
            values = stats.get(f.id(), {})
            draw_status_chart(chart, values.get("ha", {}), basis)
            zones.changeAttributeValue(f.id(), ti, label)
            zones.changeAttributeValue(f.id(), ci, chart)
            zones.changeAttributeValue(f.id(), ki, class_table_html(values.get("classes"), font))
            if ui >= 0:
                zones.changeAttributeValue(f.id(), ui, values.get("unplaced") or None)
            if wi >= 0:
                zones.changeAttributeValue(f.id(), wi, values.get("constr") or None)
        zones.commitChanges()
        return True

    def _as_of(self, parameters, context, feedback, zones, task_rows):
        """The report's 基准日 (core.zone.report_reference_date): AS_OF when given, else the date the
        evaluated zones or the task table carry, else today."""
        given = parameters.get("AS_OF")
        given = None if given in (None, "") else as_of_value(self, parameters, context, feedback)
        carried = [py_value(f[name]) for name in rules.REPORT_DATE_FIELDS if name in zones.fields().names()
                   for f in zones.getFeatures()] + [r.get("as_of") for r in task_rows or []]
        carried = [v.toPyDate() if hasattr(v, "toPyDate") else v for v in carried]
        as_of, source = rules.report_reference_date(given, carried)
        if as_of is None:
            as_of = as_of_value(self, parameters, context, feedback)
        said = {"AS_OF": self.tr("the AS_OF parameter"),
                "data": self.tr("the reference date of the evaluated zones or the task table")}
        feedback.pushInfo(self.tr("Reference date of the report: {date} ({source}).").format(
            date=as_of.isoformat(), source=said.get(source, self.tr("today"))))
        return as_of

    def _task_rows(self, parameters, context, feedback):
        """The TASKS table as plain rows ({field: value}, dates as datetime.date); None when not given."""
        source = self.parameterAsSource(parameters, "TASKS", context) if parameters.get("TASKS") else None
        if source is None:
            return None
        names = source.fields().names()
        rows = []
        for feat in source.getFeatures():
            if feedback.isCanceled():
                break
            values = [py_value(v) for v in feat.attributes()]
            rows.append({n: (v.toPyDate() if hasattr(v, "toPyDate") else v) for n, v in zip(names, values)})
        return rows

    def _add_second_page_fields(self, zones, task_rows, feedback):
        """lp_eval (indicator table, HTML), lp_evchart (实现度 chart PNG) and lp_tasks (task lines, HTML)
        on each zone → (with evaluation, with tasks)."""
        names = zones.fields().names()
        with_eval, with_tasks = ev_rules.has_evaluation(names), task_rows is not None
        if not (with_eval or with_tasks):
            return False, False
        table_rows = ev_rules.report_page_rows(names) if with_eval else []
        font, tmp = fonts.qt_family(), QgsProcessingUtils.tempFolder()
        zones.startEditing()
        for name in ("lp_eval", "lp_evchart", "lp_tasks"):
            zones.addAttribute(compat.new_field(name, "string", type_name=""))
        zones.commitChanges()
        zones.startEditing()
        idx = [zones.fields().indexFromName(n) for n in ("lp_eval", "lp_evchart", "lp_tasks")]
        for f in zones.getFeatures():
            if feedback.isCanceled():
                break
            record = {n: py_value(f[n]) for n in names}
            if with_eval:
                chart = os.path.join(tmp, "landplan_evchart_%d.png" % f.id())
                score = record.get(ev_rules.SCORE_FIELD)
                draw_attainment_chart(chart, ev_rules.attainment_items(record), score)
                zones.changeAttributeValue(f.id(), idx[0], evaluation_html(table_rows, record, font))
                zones.changeAttributeValue(f.id(), idx[1], chart)
            if with_tasks:
                lines = task_rules.scorecard_lines(task_rows, record.get("lp_title"))
                zones.changeAttributeValue(f.id(), idx[2], tasks_html(lines, font))
        zones.commitChanges()
        return with_eval, with_tasks

    @staticmethod
    def _label_zone_names(zones):
        """The overview names every zone: its page title (``lp_title``: the ZONE_NAME_FIELD value,
        whatever the field is called), then its 工业用地率 when the zones carry it, in the zones
        style's label format (a CJK font when the style has none)."""
        labeling = zones.labeling()
        if labeling is not None and hasattr(labeling, "settings"):
            pal = QgsPalLayerSettings(labeling.settings())
        else:
            pal = QgsPalLayerSettings()
            fmt = QgsTextFormat()
            fmt.setFont(QFont(fonts.qt_family()))
            fmt.setSize(10)
            pal.setFormat(fmt)
        share = "ind_share" in zones.fields().names()
        pal.isExpression = True
        pal.fieldName = OVERVIEW_LABEL_EXPR[share]
        pal.drawLabels = True
        zones.setLabeling(QgsVectorLayerSimpleLabeling(pal))
        zones.setLabelsEnabled(True)

    def _write_overview(self, project, layers, title, png_path, feedback):
        self._label_zone_names(layers[-1])
        overview = self._overview_layout(project, layers, title)
        os.makedirs(os.path.dirname(os.path.abspath(png_path)), exist_ok=True)
        # render the page ourselves: exportToImage would try to georeference the PNG through
        # GDAL, which cannot update PNGs ("ERROR 6" in the log)
        image = QgsLayoutExporter(overview).renderPageToImage(0, QSize(), 150)
        if image.isNull() or not image.save(png_path, "PNG"):
            feedback.pushWarning(self.tr("The PNG overview could not be written."))
            return None
        return png_path

    # ---- layouts -------------------------------------------------------------------------
    @staticmethod
    def _map_item(layout, layers, x, y, w, h):
        """A framed map of ``layers`` at (x, y) mm, w × h mm."""
        map_item = QgsLayoutItemMap(layout)
        map_item.setLayers(layers)
        map_item.setKeepLayerSet(True)
        map_item.setFrameEnabled(True)
        layout.addLayoutItem(map_item)
        map_item.attemptMove(QgsLayoutPoint(x, y, compat.LAYOUT_MILLIMETERS))
        map_item.attemptResize(QgsLayoutSize(w, h, compat.LAYOUT_MILLIMETERS))
        return map_item

    def _label(self, layout, text, x, y, w, h, size=10, bold=False, html=False, page=0):
        label = QgsLayoutItemLabel(layout)
        label.setText(text)
        font = QFont(fonts.qt_family())
        font.setPointSizeF(size)
        font.setBold(bold)
        compat.set_label_font(label, font)
        if html:
            label.setMode(QgsLayoutItemLabel.Mode.ModeHtml)
        layout.addLayoutItem(label)
        label.attemptMove(QgsLayoutPoint(x, y, compat.LAYOUT_MILLIMETERS), page=page)
        label.attemptResize(QgsLayoutSize(w, h, compat.LAYOUT_MILLIMETERS))
        return label

    def _map_furniture(self, layout, project, map_item, layers, x, y, legend_w):
        legend = QgsLayoutItemLegend(layout)
        legend.setTitle("图例")
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        legend.setLegendFilterByMapEnabled(True)  # only the classes the map shows
        model_root = legend.model().rootGroup()
        model_root.clear()
        for lyr in layers:
            model_root.addLayer(lyr)
        layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(x, y, compat.LAYOUT_MILLIMETERS))
        legend.setResizeToContents(True)
        legend.setColumnCount(2 if legend_w >= 90 else 1)

        scalebar = QgsLayoutItemScaleBar(layout)
        scalebar.setStyle("Single Box")
        scalebar.setLinkedMap(map_item)
        scalebar.setUnits(compat.DISTANCE_METERS)
        scalebar.setNumberOfSegments(2)
        scalebar.setNumberOfSegmentsLeft(0)
        scalebar.applyDefaultSize()
        scalebar.setSegmentSizeMode(compat.SCALEBAR_FIT_WIDTH)
        scalebar.setMinimumBarWidth(30)
        scalebar.setMaximumBarWidth(60)
        layout.addLayoutItem(scalebar)
        mp = map_item.positionWithUnits()
        ms = map_item.sizeWithUnits()
        scalebar.attemptMove(QgsLayoutPoint(mp.x() + 4, mp.y() + ms.height() - 16, compat.LAYOUT_MILLIMETERS))

        arrow = QgsLayoutItemPicture(layout)
        svg = None
        for folder in QgsApplication.svgPaths():
            cand = os.path.join(folder, "arrows", "NorthArrow_02.svg")
            if os.path.exists(cand):
                svg = cand
                break
        if svg:
            arrow.setPicturePath(svg)
        arrow.setLinkedMap(map_item)
        layout.addLayoutItem(arrow)
        arrow.attemptMove(QgsLayoutPoint(mp.x() + ms.width() - 18, mp.y() + 3, compat.LAYOUT_MILLIMETERS))
        arrow.attemptResize(QgsLayoutSize(14, 14, compat.LAYOUT_MILLIMETERS))
        return legend

    def _new_layout(self, project, name):
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()  # A4 landscape
        layout.setName(name)
        page = layout.pageCollection().page(0)
        page.setPageSize("A4", page.Landscape)
        return layout

    def _page_header(self, layout, title, as_of, page, pages):
        """The line under each page's heading: title, 基准日, print date and 第 k / N 页 counted over
        the whole document (``pages`` pages per zone; ``page`` 0-based within the zone)."""
        text = ("%s  ·  基准日 %s  ·  打印日期 [%% format_date(now(), 'yyyy-MM-dd') %%]  ·  "
                "第 [%% (@atlas_featurenumber - 1) * %d + %d %%] / [%% @atlas_totalfeatures * %d %%] 页"
                % (title, as_of.isoformat(), pages, page + 1, pages))
        self._label(layout, text, 10, 18, 277, 7, size=9, page=page)

    def _atlas_layout(self, project, zones, layers, title, with_classes=False, second=(False, False)):
        title, as_of = title
        pages = 2 if any(second) else 1
        layout = self._new_layout(project, "LandPlan zone report")
        atlas = layout.atlas()
        atlas.setCoverageLayer(zones)
        atlas.setEnabled(True)
        atlas.setPageNameExpression('"lp_title"')

        self._label(layout, "[% \"lp_title\" %]", 10, 6, 190, 12, size=18, bold=True)
        self._page_header(layout, title, as_of, 0, pages)

        names = zones.fields().names()
        lines = [(f, label) for f, label in rules.REPORT_LINES if f in names]
        map_h = 173 - (5 * len(lines) + 2 if lines else 0)
        map_item = self._map_item(layout, layers, 10, 27, 175, map_h)
        if lines:  # the placed scorecard lines (标准地履约, 疑似违法占地), under the map
            self._label(layout, "<div style=\"font-family:'%s'; font-size:8pt\">%s</div>" % (fonts.qt_family(), "".join(
                "<div><b>%s</b>　[%% coalesce(\"%s\", '—') %%]</div>" % (label, f) for f, label in lines)),
                10, 27 + map_h + 1, 175, 5 * len(lines) + 1, size=8, html=True)
        map_item.zoomToExtent(zones.extent())
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        map_item.setAtlasMargin(0.10)
        # right column (mm): scorecard, chart, [per-mu classes], legend
        card_h, chart_y, legend_y = (62, 90, 152) if with_classes else (80, 108, 150)
        self._map_furniture(layout, project, map_item, layers, 190, legend_y, 97)

        # scorecard (HTML label: expressions evaluated per atlas feature)
        rows, sentences = [], []
        cell = "<td style='white-space:nowrap'>%s</td><td style='text-align:right; white-space:nowrap'>%s</td>"
        for field, label, unit, dec in SCORECARD:
            if field not in names:
                continue
            if dec is None:  # the verdict and the placed lines: sentences below the table
                sentences.append("<p style='margin-top:2px'>[%% coalesce(\"%s\", '') %%]</p>" % field)
                continue
            value = "[%% coalesce(format_number(\"%s\", %d), '—') %%] %s" % (field, dec, unit)
            rows.append("<tr>%s</tr>" % (cell % (label, value)))
        if "share_ok" in names:
            not_judged = "WHEN \"judged\" = 0 THEN '不评判' " if "judged" in names else ""  # not 工业主导
            rows.insert(0, "<tr>%s</tr>" % (cell % ("是否达标", "<b>[% CASE " + not_judged + "WHEN \"share_ok\" = 1 "
                                                    "THEN '达标' WHEN \"share_ok\" = 0 THEN '未达标' ELSE '待核实' END "
                                                    "%]</b>")))
        html = ("<div style=\"font-family:'%s'; font-size:7.5pt\"><b>园区评价指标</b>"
                "<table style='border-collapse:collapse; width:100%%' border='1' cellpadding='1'>%s</table>%s</div>"
                % (fonts.qt_family(), "".join(rows) or "<tr><td>—</td></tr>", "".join(sentences)))
        self._label(layout, html, 190, 27, 97, card_h, size=8, html=True)

        chart = QgsLayoutItemPicture(layout)
        chart.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource,
                                                  QgsProperty.fromField("lp_chart"))
        layout.addLayoutItem(chart)
        chart.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        chart.attemptMove(QgsLayoutPoint(190, chart_y, compat.LAYOUT_MILLIMETERS))
        chart.attemptResize(QgsLayoutSize(CHART_MM[0], CHART_MM[1], compat.LAYOUT_MILLIMETERS))
        if with_classes:
            self._label(layout, '[% "lp_classes" %]', 190, chart_y + CHART_MM[1] + 1, 97, 20, size=8, html=True)
        if any(second):
            self._second_page(layout, title, *second, definitions=definitions_html(names, fonts.qt_family()))
            self._page_header(layout, title, as_of, 1, pages)
        return layout

    def _second_page(self, layout, title, with_eval, with_tasks, definitions=""):
        """Page 2 of each zone: evaluation table and 实现度 chart, task lines."""
        from qgis.core import QgsLayoutItemPage
        page = QgsLayoutItemPage(layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
        layout.pageCollection().addPage(page)
        heading = "、".join(([self.tr("Land-use intensity evaluation")] if with_eval else []) +
                           ([self.tr("Task progress")] if with_tasks else []))
        self._label(layout, "[%% \"lp_title\" %%] — %s" % heading, 10, 6, 270, 12, size=16, bold=True, page=1)
        top = 27
        if with_eval:
            self._label(layout, '[% "lp_eval" %]', 10, top, 140, 120, size=8, html=True, page=1)
            chart = QgsLayoutItemPicture(layout)
            chart.dataDefinedProperties().setProperty(QgsLayoutObject.DataDefinedProperty.PictureSource,
                                                      QgsProperty.fromField("lp_evchart"))
            layout.addLayoutItem(chart)
            chart.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
            chart.attemptMove(QgsLayoutPoint(155, top, compat.LAYOUT_MILLIMETERS), page=1)
            chart.attemptResize(QgsLayoutSize(132, 80, compat.LAYOUT_MILLIMETERS))
            self._label(layout, definitions, 155, 109, 132, 40, size=6.5, html=True, page=1)
            top = 150
        if with_tasks:
            self._label(layout, '[% "lp_tasks" %]', 10, top, 277, 200 - top, size=8, html=True, page=1)

    def _overview_layout(self, project, layers, title):
        layout = self._new_layout(project, "LandPlan overview")
        self._label(layout, "%s — %s" % (title, "园区总览"), 10, 6, 270, 12, size=18, bold=True)
        map_item = self._map_item(layout, layers, 10, 22, 220, 180)
        # the map's CRS must be the layers' (the report's own project may have none set)
        map_item.setCrs(layers[-1].crs())
        extent = QgsRectangle()
        for layer in layers:
            layer.updateExtents()
            extent.combineExtentWith(layer.extent())
        extent.scale(1.08)
        map_item.zoomToExtent(extent)
        if map_item.extent().isEmpty():  # zoomToExtent needs a sized item; fall back to setExtent
            map_item.setExtent(extent)
        self._map_furniture(layout, project, map_item, layers, 235, 22, 50)
        return layout

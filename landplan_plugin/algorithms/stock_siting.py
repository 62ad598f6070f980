"""landplan:stocksiting — 存量用地选址.

Thin adapter: reads the candidate sites (LandPlan's 批而未供 / 闲置 / 低效 outputs), places them in the
zones, tests the constraint layer, the planned-use layer's cover and adjacency (geometry, here);
which rows are stock land, whether their land-use code and planned use allow the project, what
fits, the groups, the ranking, the indicator sheet and the reasons are decided by
``core/siting.py`` (the rule text lives there).
"""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsSpatialIndex,
)

from ..core import fields, landuse
from ..core import siting as st
from ..core import standards
from ..core.units import M2_PER_MU
from ..qvariant import py_value
from .base import LandPlanAlgorithm
from .field_resolution import find_field
from .params import LANDUSE_PRESET_IDS, add_ledger_param, classification_param
from .problems import ProblemTally, problem_label
from .zone_layers import ZoneSet, feature_polygon, optional_source, union_geometry
from . import table_io
from .. import compat

CANDIDATE_NAMES = fields.CANDIDATES["stocksiting"]
POLY = compat.SOURCE_POLYGON
_TYPES = {"ss_rank": ("int", 0, 0), "ss_meets": ("int", 0, 0), "ss_reason": ("string", 254, 0)}
_TYPES.update({n: ("double", 20, 4) for n in ("ss_score", "ss_mu", "ss_inv_req", "ss_far_req", "ss_tax_req",
                                              "ss_save_mu")})


class StockSiting(LandPlanAlgorithm):
    def name(self):
        return "stocksiting"

    def displayName(self):  # noqa: N802
        return self.tr("Site a project on stock land")

    def shortDescription(self):  # noqa: N802
        return self.tr("Rank unsupplied, idle and low-efficiency sites (alone or adjacent groups) for a new project.")

    def tags(self):
        return self.tr("siting,stock land,unsupplied,idle,low-efficiency,standard land,project").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "CANDIDATES", self.tr("Candidate sites (outputs of the unsupplied, idle and scoring checks)"), POLY))
        self.addParameter(QgsProcessingParameterString("PROJECT_INDUSTRY",
                                                       self.tr("Project industry code (GB/T 4754)")))
        self.addParameter(QgsProcessingParameterNumber(
            "PROJECT_MU", self.tr("Land the project needs (mu)"), type=compat.NUMBER_DOUBLE,
            minValue=0.0001))
        for name, label in (("PROJECT_INVEST", self.tr("Project investment (10,000 yuan; optional)")),
                            ("PROJECT_TAX", self.tr("Expected tax per year (10,000 yuan; optional)"))):
            self.addParameter(QgsProcessingParameterNumber(name, label, type=compat.NUMBER_DOUBLE,
                                                           minValue=0.0, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource("ZONES", self.tr("Development zones"), [POLY],
                                                              optional=True))
        self.add_field_param("ZONE_NAME_FIELD", self.tr("Zone name field"), parent="ZONES", any_type=True)
        self.addParameter(QgsProcessingParameterString("PREFERRED_ZONE", self.tr("Preferred zone (name)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "AREA_TOLERANCE", self.tr("Area tolerance (%)"), type=compat.NUMBER_DOUBLE,
            defaultValue=st.DEFAULT_TOLERANCE, minValue=0.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterBoolean("ALLOW_GROUPS", self.tr("Allow groups of adjacent sites"),
                                                        defaultValue=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "CONSTRAINTS", self.tr("Constraint areas (负面清单, 三区三线; optional)"), [POLY], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PLANNED_USE", self.tr("Planned use (规划用途) polygons (optional)"), [POLY], optional=True))
        self.add_field_param("PLANNED_USE_FIELD", self.tr("Planned use field"), parent="PLANNED_USE", any_type=True)
        self.set_advanced(classification_param())
        self.set_advanced(QgsProcessingParameterFile(
            "USES_FILE", self.tr("Project kinds and allowed planned uses (JSON; empty = the shipped table)"),
            extension="json", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "REGION", self.tr("Region class of the standard (e.g. 郑州市区)"), optional=True))
        self.set_advanced(QgsProcessingParameterFile(
            "STANDARD_FILE", self.tr("Standard file (JSON; empty = 郑州 附表2-2)"), extension="json", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(  # optional: a model skips the step without a project
            "OUTPUT", self.tr("Candidate sites"), POLY, optional=True, createByDefault=True))
        add_ledger_param(self)
        self.addParameter(QgsProcessingParameterNumber(
            "TOP_N", self.tr("Top sites with a PDF page"), type=compat.NUMBER_INTEGER,
            defaultValue=st.DEFAULT_TOP_N, minValue=1))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_PDF", self.tr("One page per top site (PDF)"), self.tr("PDF files (*.pdf)"), optional=True,
            createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layers = self.parameterAsLayerList(parameters, "CANDIDATES", context)
        if not layers:
            raise QgsProcessingException(self.tr("Give at least one candidate layer (CANDIDATES)."))
        need = self.parameterAsDouble(parameters, "PROJECT_MU", context)
        tol = self.parameterAsDouble(parameters, "AREA_TOLERANCE", context)
        preferred = self.parameterAsString(parameters, "PREFERRED_ZONE", context).strip()
        industry = self.parameterAsString(parameters, "PROJECT_INDUSTRY", context)
        invest, tax = (self.parameterAsDouble(parameters, n, context) if parameters.get(n) not in (None, "") else None
                       for n in ("PROJECT_INVEST", "PROJECT_TAX"))
        std = self._standard(parameters, context)
        thresholds, note = std.thresholds_for(industry, self.parameterAsString(parameters, "REGION", context) or None)
        # the first projected candidate layer's CRS (planar areas, as cadastral areas are computed)
        crs = self.check_crs(next((lyr for lyr in layers if not lyr.crs().isGeographic()), layers[0]), "CANDIDATES")
        tally = ProblemTally()
        zones = self._zones(parameters, crs, context, feedback)
        sites = self._read_sites(layers, crs, zones, context, feedback, tally)
        if feedback.isCanceled():
            return {}
        constrained = self._constrained(parameters, sites["geom"], crs, context, feedback)
        refused, verify, use_note = self._uses(parameters, context, feedback, industry, sites, crs)
        eligible, fits, why = st.fit_columns(sites["mu"], need, tol, sites["zone"], constrained, zones is not None,
                                             refused)
        groups = []
        if self.parameterAsBool(parameters, "ALLOW_GROUPS", context):
            groups = st.group_columns(sites["mu"], eligible, fits, self._pairs(sites["geom"], eligible, crs),
                                      sites["zone"], need, tol)
        items = self._items(dict(sites, verify=verify), fits, why, groups)
        feedback.setProgress(60)
        if feedback.isCanceled():
            return {}
        rank, score = st.rank_columns(items["fits"], items["zone"], items["mu"], items["kind"], items["sites"], need,
                                      preferred)
        sheet = st.sheet_columns(thresholds, items["mu"], need, invest, tax)
        kinds_text = ["+".join(st.KINDS[k] for k in ks) for ks in items["kinds"]]
        items["shown"] = st.zone_texts(items["zone"], zones is not None)
        reasons = st.reason_columns(rank, score, kinds_text, items["sites"], items["route"], items["shown"],
                                    items["mu"], need, tol, preferred, sheet, items["why"], std.name, note,
                                    items["verify"])
        dest_id = self._write(parameters, context, feedback, crs, items, (rank, score, kinds_text, sheet, reasons))
        if dest_id is None:
            return {}
        results = {"OUTPUT": dest_id}
        feedback.setProgress(80)
        ledger = self.parameterAsFileOutput(parameters, "LEDGER", context)
        if ledger:
            from ..output.ledger_sheets import write_sheet
            project = "%s，%.2f亩" % (industry, need)
            results["LEDGER"] = write_sheet(ledger, *st.ledger_sheet(
                rank, items["sites"], kinds_text, items["route"], items["shown"], items["mu"], score, sheet, project,
                items["verify"]))
        pdf = self.parameterAsFileOutput(parameters, "OUTPUT_PDF", context)
        if pdf:
            pages = self._pages(parameters, context, items, (rank, score, kinds_text, sheet), need, tol, std.name)
            results["OUTPUT_PDF"] = self._pdf(parameters, context, feedback, dest_id, pdf, pages,
                                              st.project_line(industry, need, invest, tax))
        n_ranked = sum(1 for r in rank if r)
        feedback.pushInfo(self.tr("{n} stock site(s) read, {groups} group(s) of adjacent sites; {ranked} "
                                  "ranked.").format(n=len(sites["mu"]), groups=len(groups), ranked=n_ranked))
        for text in (note, use_note):
            if text:
                feedback.pushWarning(text)
        tally.log(feedback)
        for kind, examples in tally.examples.items():
            feedback.pushWarning("%s:" % problem_label(kind))
            for example in examples:
                feedback.pushWarning("  " + example)
        feedback.setProgress(100)
        return results

    # ---- reading -------------------------------------------------------------------------
    def _standard(self, parameters, context):
        path = self.parameterAsFile(parameters, "STANDARD_FILE", context)
        try:
            return standards.load_standard(path) if path else standards.load_preset("zhengzhou_industry")
        except standards.StandardError as exc:
            raise QgsProcessingException(str(exc)) from None

    def _zones(self, parameters, crs, context, feedback):
        source = optional_source(self, parameters, "ZONES", context)
        if source is None:
            return None
        self.check_crs(source, self.tr("Development zones"))
        name_idx = self.resolve_field(parameters, "ZONE_NAME_FIELD", source.fields(),
                                      CANDIDATE_NAMES["ZONE_NAME_FIELD"], feedback, self.tr("zone name"))
        return ZoneSet.read(source, name_idx, feedback, crs, context)

    def _read_sites(self, layers, crs, zones, context, feedback, tally):
        """The stock rows of every candidate layer as columns (kind, id, route, zone, 亩, geometry)."""
        from qgis.core import QgsFeatureRequest
        measurer = self.area_measurer(crs, context)
        cols = {k: [] for k in ("kind", "id", "route", "zone", "mu", "geom", "code", "planned")}
        cols["has"] = {"code": False, "planned": False}
        for k, lyr in enumerate(layers):
            self.check_crs(lyr, lyr.name())
            names = lyr.fields()
            flag_idx = {kind: names.lookupField(field) for kind, field in st.FLAG_OF.items()}
            if max(flag_idx.values()) < 0:
                raise QgsProcessingException(self.tr('{layer} has no field "{field}": give the output of the '
                                                     'LandPlan check.').format(
                    layer=lyr.name(), field="、".join(st.FLAG_OF.values())))
            id_idx = find_field(names, CANDIDATE_NAMES["SITE_ID_FIELD"])
            type_idx = names.lookupField("ie_type")
            use_idx = {key: find_field(names, CANDIDATE_NAMES[param]) for key, param in
                       (("code", "LANDUSE_CODE_FIELD"), ("planned", "PLANNED_USE_FIELD"))}
            for key, idx in use_idx.items():
                cols["has"][key] = cols["has"][key] or idx >= 0
                if idx >= 0:
                    feedback.pushInfo(self.tr("{layer}: {what} from field {field}.").format(
                        layer=lyr.name(), field=names.at(idx).name(),
                        what=self.tr("land-use code") if key == "code" else self.tr("planned use")))
            request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
            feats = list(lyr.getFeatures(request))
            kinds = st.kind_columns({kind: [py_value(f.attribute(i)) for f in feats] if i >= 0 else None
                                     for kind, i in flag_idx.items()})
            routes = st.route_columns(kinds, [py_value(f.attribute(type_idx)) if type_idx >= 0 else None
                                              for f in feats])
            for feat, kind, route in zip(feats, kinds, routes):
                if kind is None or feedback.isCanceled():
                    continue
                geom = feature_polygon(feat, tally, lyr.name())
                if geom is None:
                    continue
                placed = zones.zones_of(geom) if zones is not None else []
                raw_id = py_value(feat.attribute(id_idx)) if id_idx >= 0 else None
                site_id = str(raw_id) if raw_id not in (None, "") else "%s #%d" % (lyr.name(), feat.id())
                uses = {key: py_value(feat.attribute(idx)) if idx >= 0 else None for key, idx in use_idx.items()}
                for key, value in (("kind", kind), ("route", route), ("geom", geom), ("id", site_id),
                                   ("code", uses["code"]), ("planned", uses["planned"]),
                                   ("zone", zones.zones[placed[0]].name if placed else None),
                                   ("mu", measurer.measureArea(geom) / M2_PER_MU)):
                    cols[key].append(value)
            feedback.setProgress(40.0 * (k + 1) / len(layers))
        return cols

    def _constrained(self, parameters, geoms, crs, context, feedback):
        source = optional_source(self, parameters, "CONSTRAINTS", context)
        if source is None:
            return [False] * len(geoms)
        self.check_crs(source, self.tr("Constraint areas"))
        from qgis.core import QgsFeatureRequest
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        areas = [g for g in (feature_polygon(f, ProblemTally(), "CONSTRAINTS") for f in source.getFeatures(request))
                 if g is not None]
        index = QgsSpatialIndex()
        for i, g in enumerate(areas):
            index.addFeature(i, g.boundingBox())
        measurer = self.area_measurer(crs, context)
        out = []
        for geom in geoms:
            hits = [areas[i] for i in index.intersects(geom.boundingBox()) if areas[i].intersects(geom)]
            overlap = geom.intersection(union_geometry(hits)) if hits else None
            out.append(bool(overlap is not None and not overlap.isEmpty() and measurer.measureArea(overlap) >= 1.0))
        return out

    def _uses(self, parameters, context, feedback, industry, sites, crs):
        """(refusals, 待核实 notes, project note) of the sites' land-use codes and planned uses."""
        try:
            uses = st.load_uses(self.parameterAsFile(parameters, "USES_FILE", context) or None)
        except st.UsesError as exc:
            raise QgsProcessingException(str(exc)) from None
        preset = landuse.load_preset(LANDUSE_PRESET_IDS[self.parameterAsEnum(parameters, "CLASSIFICATION", context)])
        cover = self._planned_cover(parameters, sites["geom"], crs, context, feedback)
        if not sites["has"]["code"]:
            feedback.pushInfo(self.tr("No land-use code field on the candidate layers: land-use codes not judged."))
        if cover is None and not sites["has"]["planned"]:
            feedback.pushInfo(self.tr("No PLANNED_USE layer and no planned-use field on the candidate layers: "
                                      "planned uses not judged."))
        return st.use_columns(industry, len(sites["mu"]), sites["code"] if sites["has"]["code"] else None, cover,
                              sites["planned"] if sites["has"]["planned"] else None, uses, preset)

    def _planned_cover(self, parameters, geoms, crs, context, feedback):
        """Per site the (planned use, m²) pieces of the PLANNED_USE polygons over it, or None."""
        source = optional_source(self, parameters, "PLANNED_USE", context)
        if source is None:
            return None
        self.check_crs(source, self.tr("Planned use"))
        idx = self.resolve_field(parameters, "PLANNED_USE_FIELD", source.fields(), CANDIDATE_NAMES["PLANNED_USE_FIELD"],
                                 feedback, self.tr("planned use"))
        if idx < 0:
            raise QgsProcessingException(self.tr("The planned-use layer has no planned use field (PLANNED_USE_FIELD)."))
        from qgis.core import QgsFeatureRequest
        request = QgsFeatureRequest().setDestinationCrs(crs, context.transformContext())
        tally = ProblemTally()
        polys = [(py_value(f.attribute(idx)), g) for f in source.getFeatures(request)
                 for g in (feature_polygon(f, tally, "PLANNED_USE"),) if g is not None]
        index = QgsSpatialIndex()
        for i, (_v, g) in enumerate(polys):
            index.addFeature(i, g.boundingBox())
        measurer = self.area_measurer(crs, context)
        out = []
        for geom in geoms:
            pieces = []
            for i in index.intersects(geom.boundingBox()):
                value, poly = polys[i]
                if poly.intersects(geom):
                    area = measurer.measureArea(poly.intersection(geom))
                    if area > 0:
                        pieces.append((value, area))
            out.append(pieces)
        tally.log(feedback)
        return out

    @staticmethod
    def _pairs(geoms, eligible, crs):
        """Adjacent pairs (touching or within ADJACENT_M) among the eligible sites; in a geographic
        CRS the metres are taken as degrees of latitude (111 320 m each), not as degrees."""
        near = st.ADJACENT_M / 111320.0 if crs.isGeographic() else st.ADJACENT_M
        index = QgsSpatialIndex()
        for i, (g, ok) in enumerate(zip(geoms, eligible)):
            if ok:
                index.addFeature(i, g.boundingBox().buffered(near))
        pairs = []
        for i, (g, ok) in enumerate(zip(geoms, eligible)):
            if not ok:
                continue
            for j in index.intersects(g.boundingBox().buffered(near)):
                if j > i and g.distance(geoms[j]) <= near:
                    pairs.append((i, j))
        return pairs

    @staticmethod
    def _items(sites, fits, why, groups):
        """Sites, then groups, as columns: kinds, kind (the best), sites text, route, zone, 亩, geom, fits, why."""
        items = {k: [] for k in ("kinds", "kind", "sites", "route", "zone", "mu", "geom", "fits", "why", "verify")}
        for i in range(len(sites["mu"])):
            for key, value in (("kinds", [sites["kind"][i]]), ("kind", sites["kind"][i]), ("sites", sites["id"][i]),
                               ("route", sites["route"][i]), ("zone", sites["zone"][i]), ("mu", sites["mu"][i]),
                               ("geom", sites["geom"][i]), ("fits", fits[i]), ("why", why[i]),
                               ("verify", sites["verify"][i])):
                items[key].append(value)
        for group in groups:
            kinds = sorted({sites["kind"][i] for i in group}, key=st.KIND_ORDER.index)
            geom = union_geometry([sites["geom"][i] for i in group])
            names = "、".join(sites["id"][i] for i in group)
            for key, value in (("kinds", kinds), ("kind", kinds[0]), ("sites", names),
                               ("route", "、".join(sorted({sites["route"][i] for i in group}))),
                               ("zone", sites["zone"][group[0]]), ("mu", sum(sites["mu"][i] for i in group)),
                               ("geom", geom), ("fits", True), ("why", ""),
                               ("verify", "；".join("%s：%s" % (sites["id"][i], sites["verify"][i])
                                                   for i in group if sites["verify"][i]))):
                items[key].append(value)
        return items

    # ---- output ----------------------------------------------------------------------------
    def _pages(self, parameters, context, items, verdict, need, tol, standard_name):
        """(extent, title, rows) of the top TOP_N ranked items."""
        rank, score, kinds_text, sheet = verdict
        top = self.parameterAsInt(parameters, "TOP_N", context)
        order = sorted((i for i, r in enumerate(rank) if r and r <= top), key=lambda i: rank[i])
        return [(items["geom"][i].boundingBox(),) + st.page_rows(
            rank[i], items["sites"][i], kinds_text[i], items["route"][i], items["shown"][i], items["mu"][i], need, tol,
            score[i], sheet[i], standard_name, items["verify"][i]) for i in order]

    def _pdf(self, parameters, context, feedback, dest_id, path, pages, subtitle):
        from qgis.core import QgsFeatureRequest, QgsProcessingUtils, QgsVectorLayer
        from ..output.siting_pdf import write_pdf
        sites = QgsVectorLayer(dest_id, "sites", "ogr")
        if not sites.isValid():
            sites = QgsProcessingUtils.mapLayerFromString(dest_id, context).clone()
        zones = optional_source(self, parameters, "ZONES", context)
        zones = zones.materialize(QgsFeatureRequest(), feedback) if zones is not None else None
        written = write_pdf(path, sites, zones, pages, subtitle)
        if written is None:
            feedback.pushWarning(self.tr("The PDF could not be written (no ranked site, or the export failed)."))
        return written

    def _write(self, parameters, context, feedback, crs, items, verdict):
        rank, score, kinds_text, sheet, reasons = verdict
        out_fields = table_io.table_fields(st.OUTPUT_FIELDS, {n: _TYPES.get(n, ("string", 100, 0))
                                                              for n, _ in st.OUTPUT_FIELDS})
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, out_fields, compat.WKB_MULTIPOLYGON, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        order = sorted(range(len(rank)), key=lambda i: (rank[i] is None, rank[i] or 0))
        for i in order:
            inv, far, tax, meets, save, _oi, _ot = sheet[i]
            feat = QgsFeature(out_fields)
            feat.setAttributes([rank[i], score[i] if rank[i] else None, kinds_text[i], items["sites"][i][:100],
                                items["route"][i], round(items["mu"][i], 4), items["zone"][i], inv, far, tax,
                                meets if rank[i] else None, save if rank[i] else None, reasons[i]])
            geom = QgsGeometry(items["geom"][i])
            geom.convertToMultiType()
            feat.setGeometry(geom)
            sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
        del sink
        from ..output.styling import finish_output
        finish_output(self, context, dest_id, "siting", feedback)
        return dest_id


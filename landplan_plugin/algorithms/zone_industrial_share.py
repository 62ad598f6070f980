"""landplan:zoneindustrialshare — 开发区工业用地占比核查 (SPEC §3.4; seed 000 第二章三、第四章二).

Per zone: 工业用地率 = industrial land ÷ construction land inside the zone (TD/T 1029), from a
land-use layer whose polygons are clipped to the zone. Optional zone scorecard from the outputs
of scoreinefficiency / flagidleland / flagunsupplied.

Performance (benchmark: 1,000,000 land-use polygons × 100 zones): zones are few, so each zone
asks the land-use source for the polygons in its bounding box (the provider's spatial index —
GeoPackage R-tree, PostGIS GiST — does the work; no all-pairs loop); each distinct code is
classified once (cached); polygons of non-construction land are skipped without any geometry
work; polygons the prepared zone geometry contains are measured whole; only the polygons that
cross the zone boundary are clipped.
"""
from collections import OrderedDict

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import landuse
from ..core.units import M2_PER_HA, M2_PER_MU
from ..core.values import parse_number
from .base import LandPlanAlgorithm, find_field, make_field, py_value

CANDIDATES = {
    "ZONE_NAME_FIELD": ["园区名称", "开发区名称", "集聚区名称", "名称", "KFQMC", "YQMC", "ZONE_NAME", "zone_name",
                        "NAME", "name", "MC"],
    "LANDUSE_FIELD": ["DLBM", "地类编码", "地类代码", "用地代码", "用地分类代码", "YDDM", "DLDM", "DLBM_INT",
                      "code", "landuse"],
}
#: CLASSIFICATION enum order: shipped preset ids, then the custom file
PRESET_IDS = ("sandiao_2017", "guotu_2023", "gb50137_2011")
#: breakdown keys of the presets → output field
BREAKDOWN_FIELDS = OrderedDict([("工业", "gy_ha"), ("采矿", "ck_ha"), ("仓储", "cc_ha")])
OTHER_BREAKDOWN_FIELD = "othind_ha"
#: fields read from the scorecard inputs (SPEC §4 contract names)
SCORED_FIELDS = ("ie_flag", "ie_areamu", "ie_tax")
IDLE_FLAG = "idle_flag"
APPROVED_MU = "appr_mu"   # flagunsupplied: the approved area (mu) of each record
UNSUP_FLAG = "unsup_flag"
EMPTY_CODE = "(空)"
_CANCEL_EVERY = 1024


class ZoneIndustrialShare(LandPlanAlgorithm):
    ZONES = "ZONES"
    LANDUSE = "LANDUSE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "zoneindustrialshare"

    def displayName(self):  # noqa: N802
        return self.tr("Check development-zone industrial land share")

    def shortDescription(self):  # noqa: N802
        return self.tr("Industrial land ÷ construction land inside each development zone, against the 60% "
                       "threshold, with the deficit and an optional zone scorecard.")

    def tags(self):
        return self.tr("development zone,industrial land share,60%,land use,zone,scorecard").split(",")

    def classification_labels(self):
        return [
            self.tr("Third land survey / GB/T 21010-2017 (sandiao_2017)"),
            self.tr("Land and sea use classification 2023 (guotu_2023)"),
            self.tr("GB 50137-2011 urban land (gb50137_2011)"),
            self.tr("Custom code lists file (custom)"),
        ]

    def numerator_labels(self):
        return [self.tr("Industrial, mining and warehousing land (industrial)"),
                self.tr("Industrial land only (industrial_only)")]

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Development zones"), [QgsProcessing.TypeVectorPolygon]))
        self.add_field_param("ZONE_NAME_FIELD", self.tr("Zone name field"), parent=self.ZONES,
                             default=CANDIDATES["ZONE_NAME_FIELD"][0], any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LANDUSE, self.tr("Land use (current-use polygons or parcels)"), [QgsProcessing.TypeVectorPolygon]))
        self.add_field_param("LANDUSE_FIELD", self.tr("Land-use code field"), parent=self.LANDUSE,
                             default=CANDIDATES["LANDUSE_FIELD"][0], any_type=True)
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Required industrial land share (%)"), type=QgsProcessingParameterNumber.Double,
            defaultValue=60.0, minValue=0.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterEnum(
            "CLASSIFICATION", self.tr("Land-use classification"), options=self.classification_labels(),
            defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "NUMERATOR", self.tr("Industrial land counted (numerator)"), options=self.numerator_labels(),
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            "CUSTOM_CODES", self.tr("Custom code lists file (JSON, used when given)"),
            extension="json", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SCORED", self.tr("Scored parcels (output of 'Score low-efficiency industrial land'), for the scorecard"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "IDLE", self.tr("Idle-land check output (idle_flag), for the scorecard"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "UNSUPPLIED", self.tr("Approved-but-unsupplied check output (unsup_flag), for the scorecard"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "APPROVALS", self.tr("Approval polygons (批地), the denominator of the unsupplied rate; needed when the "
                                 "unsupplied check ran in spatial mode"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Zone industrial land share"), QgsProcessing.TypeVectorPolygon))

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Checks that each development zone (开发区) keeps its industrial land share at or above the "
            "threshold (default 60%).</p>"
            "<p><b>Rule</b>: 《郑州市工业用地布局规划（2021—2035年）》 第二章三 (以发展工业为主的开发区，其工业用地面积"
            "比例达到60%) and 第四章二 (按照产业用地不得低于60%的标准). The share is computed as the industrial land "
            "rate (工业用地率) of TD/T 1029 开发区土地集约利用评价: industrial, mining and warehousing land "
            "(工矿仓储用地) ÷ construction land (建设用地) inside the zone × 100. A share equal to the threshold "
            "passes.</p>"
            "<p><b>Geometry</b>: land-use polygons are clipped to each zone, so a polygon half outside counts half. "
            "Each zone is evaluated on its own (zones may overlap, be multipart or have holes). Land use in another "
            "CRS is reprojected to the zones' CRS. Areas are planar in a projected CRS and ellipsoidal in a geographic "
            "one (CGCS2000 unless the CRS names another ellipsoid), so EPSG:4490 and Gauss–Krüger data agree within 0.1%. Invalid polygons are repaired "
            "(make valid) and counted in the log.</p>"
            "<p><b>Classification</b>: 三调 / GB/T 21010-2017 (default), the 2023 land and sea use classification, "
            "GB 50137-2011, or a custom JSON file in the format of resources/landuse/*.json. Codes may be text or "
            "integers: they are normalised (601 and '601' mean 0601; full-width digits, spaces and a trailing name "
            "are removed). A code the classification does not know is counted neither as industrial nor as "
            "construction land; its area is reported in the log and in unk_ha. The numerator is either "
            "工矿仓储 (default: industrial, mining, salt pans, warehousing) or industrial land only.</p>"
            "<p><b>Deficit</b> (deficit_ha): the industrial land still needed to reach the threshold when existing "
            "construction land inside the zone is converted to industrial use, so the base does not change: "
            "max(0, threshold × construction − industrial). def_new_ha gives the other reading, industrial land "
            "added as new construction land (the base grows too): (threshold × construction − industrial) ÷ "
            "(1 − threshold).</p>"
            "<p><b>Scorecard</b> (optional inputs): scored parcels belong to the zone that contains a point on their "
            "surface; their area is ie_areamu (else the geometry). Low-efficiency area (ie_flag = 1) and its share "
            "of the scored area; tax per mu = Σ(ie_tax × area) ÷ Σ area. Idle and unsupplied layers are clipped "
            "to the zone: idle rate = idle area (idle_flag = 1) ÷ area of all features (supplied land); "
            "unsupplied rate = unsupplied area (unsup_flag = 1) ÷ area of all features (approved land); when a "
            "feature's geometry is only its unsupplied remainder (spatial mode), its approved area is appr_mu × the "
            "share of the remainder inside the zone. Features without geometry cannot be placed in a zone and are "
            "left out, with a warning. A missing field leaves its columns empty, with a warning.</p>"
            "<p>Output: one feature per zone with its geometry, its fields and: zone_ha, ind_ha, base_ha, the "
            "gy_ha / ck_ha / cc_ha breakdown, ind_share (%), share_ok (1 / 0 / empty when the zone has no "
            "construction land), deficit_ha, def_new_ha, unk_ha, verdict and the scorecard columns.</p>")

    # ------------------------------------------------------------------------------------
    def _preset(self, parameters, context):
        path = self.parameterAsFile(parameters, "CUSTOM_CODES", context)
        choice = self.parameterAsEnum(parameters, "CLASSIFICATION", context)
        try:
            if path:
                return landuse.load_preset(path)
            if choice >= len(PRESET_IDS):
                raise QgsProcessingException(self.tr(
                    "The custom classification needs a code lists file (CUSTOM_CODES)."))
            return landuse.load_preset(PRESET_IDS[choice])
        except landuse.PresetError as exc:
            raise QgsProcessingException(str(exc))

    def _added_fields(self):
        d, i, s = QVariant.Double, QVariant.Int, QVariant.String
        return [
            make_field("zone_name", s, self.tr("Zone name"), 100),
            make_field("zone_ha", d, self.tr("Zone area (ha)"), 20, 4),
            make_field("ind_ha", d, self.tr("Industrial land (ha)"), 20, 4),
            make_field("base_ha", d, self.tr("Construction land (ha)"), 20, 4),
            make_field("gy_ha", d, self.tr("of which industrial 工业 (ha)"), 20, 4),
            make_field("ck_ha", d, self.tr("of which mining 采矿 (ha)"), 20, 4),
            make_field("cc_ha", d, self.tr("of which warehousing 仓储 (ha)"), 20, 4),
            make_field(OTHER_BREAKDOWN_FIELD, d, self.tr("of which industrial-mining land not subdivided (ha)"), 20, 4),
            make_field("ind_share", d, self.tr("Industrial land share (%)"), 20, 4),
            make_field("thresh", d, self.tr("Required share (%)"), 20, 4),
            make_field("share_ok", i, self.tr("Share reached (1 yes, 0 no, empty no construction land)")),
            make_field("deficit_ha", d, self.tr("Industrial land still needed (ha)"), 20, 4),
            make_field("def_new_ha", d, self.tr("Still needed if added as new construction land (ha)"), 20, 4),
            make_field("unk_ha", d, self.tr("Land with unknown codes (ha)"), 20, 4),
            make_field("unk_codes", s, self.tr("Unknown codes"), 254),
            make_field("verdict", s, self.tr("Verdict"), 254),
            make_field("cls", s, self.tr("Classification applied"), 60),
            make_field("scored_ha", d, self.tr("Scored parcels (ha)"), 20, 4),
            make_field("lowe_ha", d, self.tr("Low-efficiency industrial land (ha)"), 20, 4),
            make_field("lowe_pct", d, self.tr("Low-efficiency share of scored land (%)"), 20, 4),
            make_field("ie_undet", i, self.tr("Parcels undetermined (待核实)")),
            make_field("tax_mu", d, self.tr("Tax per mu of scored parcels (万元/亩)"), 20, 4),
            make_field("supp_ha", d, self.tr("Supplied land checked for idleness (ha)"), 20, 4),
            make_field("idle_ha", d, self.tr("Idle land (ha)"), 20, 4),
            make_field("idle_pct", d, self.tr("Idle rate (%)"), 20, 4),
            make_field("appr_ha", d, self.tr("Approved land (ha)"), 20, 4),
            make_field("unsup_ha", d, self.tr("Approved but unsupplied land (ha)"), 20, 4),
            make_field("unsup_pct", d, self.tr("Unsupplied rate (%)"), 20, 4),
        ]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        zones_src = self.source_or_fail(parameters, self.ZONES, context)
        lu_src = self.source_or_fail(parameters, self.LANDUSE, context)
        zone_crs = self.check_crs(zones_src, self.tr("Development zones"))
        lu_crs = self.check_crs(lu_src, self.tr("Land use"))
        preset = self._preset(parameters, context)
        variant = landuse.VARIANTS[self.parameterAsEnum(parameters, "NUMERATOR", context)]
        threshold = self.parameterAsDouble(parameters, "THRESHOLD", context)

        zfields = zones_src.fields()
        name_idx = self.resolve_field(parameters, "ZONE_NAME_FIELD", zfields, CANDIDATES["ZONE_NAME_FIELD"],
                                      feedback, self.tr("zone name"))
        code_idx = self.resolve_field(parameters, "LANDUSE_FIELD", lu_src.fields(), CANDIDATES["LANDUSE_FIELD"],
                                      feedback, self.tr("land-use code"))
        if code_idx < 0:
            raise QgsProcessingException(self.tr(
                "No land-use code field: choose one in LANDUSE_FIELD (e.g. DLBM)."))
        code_name = lu_src.fields().at(code_idx).name()
        feedback.pushInfo(self.tr("Classification: {name} ({id}); numerator: {variant}; threshold {t}%").format(
            name=preset.name, id=preset.id, variant=landuse.VARIANT_LABELS[variant], t=_fmt(threshold)))
        if preset.description:
            feedback.pushInfo(preset.description)

        measurer = self.area_measurer(zone_crs, context)
        transform_ctx = context.transformContext()
        reproject = lu_crs != zone_crs
        if reproject:
            feedback.pushInfo(self.tr("Land use ({src}) is reprojected to the zones' CRS ({dst}).").format(
                src=lu_crs.authid(), dst=zone_crs.authid()))

        # ---- zones --------------------------------------------------------------------
        zones = []  # dicts: attrs, name, geom (repaired), engine, rects
        repaired_zones = []
        for feat in zones_src.getFeatures(QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
            if feedback.isCanceled():
                return {}
            attrs = feat.attributes()
            name = py_value(attrs[name_idx]) if name_idx >= 0 else None
            name = str(name).strip() if name not in (None, "") else "#%d" % feat.id()
            geom = _polygonal(feat.geometry())
            zone = {"attrs": attrs, "name": name, "geom": geom, "engine": None, "rects": []}
            if geom is not None:
                if not geom.isGeosValid():
                    fixed = _make_valid(geom)
                    repaired_zones.append(name)
                    geom = fixed
                    zone["geom"] = geom
            if geom is not None:
                engine = QgsGeometry.createGeometryEngine(geom.constGet())
                engine.prepareGeometry()
                zone["engine"] = engine
                zone["rects"] = _request_rects(geom)
            zones.append(zone)
        for name in repaired_zones:
            feedback.pushWarning(self.tr('Zone "{name}" has an invalid polygon; it was repaired (make valid).').format(
                name=name))

        # ---- land use, zone by zone -----------------------------------------------------
        cache = {}
        classify = preset.classify
        normalise = preset.normalise
        breakdown_field = {}

        def classify_raw(raw):
            """(relevant, is_industrial, is_construction, breakdown field, unknown code or None);
            relevant = needs geometry work (construction land, or a code nobody knows)."""
            if isinstance(raw, QVariant):
                raw = py_value(raw)
            try:
                hit = cache.get(raw)
            except TypeError:  # unhashable values (lists, maps): use their text
                raw = str(raw)
                hit = cache.get(raw)
            if hit is None:
                is_ind, is_con, _, known = classify(raw, variant)
                bkey = classify(raw, landuse.VARIANT_INDUSTRIAL)[2]
                bfield = None
                if bkey is not None and is_con:
                    bfield = breakdown_field.setdefault(bkey, BREAKDOWN_FIELDS.get(bkey, OTHER_BREAKDOWN_FIELD))
                hit = (is_con or not known, is_ind, is_con, bfield, None if known else (normalise(raw) or EMPTY_CODE))
                cache[raw] = hit
            return hit

        lu_total = lu_src.featureCount()
        lu_extent = lu_src.sourceExtent()
        if reproject and not lu_extent.isNull():
            try:
                lu_extent = QgsCoordinateTransform(lu_crs, zone_crs, transform_ctx).transformBoundingBox(lu_extent)
            except Exception:  # noqa: BLE001
                lu_extent = QgsRectangle()
        lu_extent_area = lu_extent.area() if not lu_extent.isNull() else 0.0

        repaired_lu = set()
        empty_lu = set()
        unknown_total = OrderedDict()  # code → m² (summed over zones)
        results = []
        n_zones = len(zones)
        zone_weight = 90.0 / n_zones if n_zones else 0.0
        skip_checks = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks

        for zi, zone in enumerate(zones):
            if feedback.isCanceled():
                return {}
            acc = {"ind": 0.0, "base": 0.0, "unk": 0.0, "by": {}, "unk_codes": OrderedDict()}
            results.append(acc)
            engine = zone["engine"]
            if engine is None:
                continue
            zone_geom = zone["geom"]
            # estimate of the features to read, for progress only
            est = lu_total * sum(r.area() for r in zone["rects"]) / lu_extent_area if lu_extent_area > 0 else 0
            est = max(est, 1.0)
            seen = set() if len(zone["rects"]) > 1 else None
            n_read = 0
            for rect in zone["rects"]:
                request = QgsFeatureRequest().setFilterRect(rect).setSubsetOfAttributes([code_idx])
                if reproject:
                    request.setDestinationCrs(zone_crs, transform_ctx)
                for feat in lu_src.getFeatures(request, skip_checks):
                    n_read += 1
                    if n_read % _CANCEL_EVERY == 0:
                        if feedback.isCanceled():
                            return {}
                        feedback.setProgress(zone_weight * (zi + min(0.99, n_read / est)))
                    relevant, is_ind, is_con, bfield, unk_code = classify_raw(feat.attribute(code_idx))
                    if not relevant:
                        continue
                    if seen is not None:
                        fid = feat.id()
                        if fid in seen:
                            continue
                        seen.add(fid)
                    geom = feat.geometry()
                    if geom.isNull():
                        empty_lu.add(feat.id())
                        continue
                    if not geom.isGeosValid():
                        repaired_lu.add(feat.id())
                        geom = _make_valid(geom)
                        if geom is None:
                            continue
                    cg = geom.constGet()
                    if engine.contains(cg):
                        area = measurer.measureArea(geom)
                    elif engine.intersects(cg):
                        clipped = engine.intersection(cg)
                        if clipped is None:  # GEOS failure: fall back to the geometry API
                            clipped_geom = _polygonal(zone_geom.intersection(geom))
                        else:
                            clipped_geom = _polygonal(QgsGeometry(clipped))
                        if clipped_geom is None:
                            continue
                        area = measurer.measureArea(clipped_geom)
                    else:
                        continue
                    if unk_code is not None:
                        acc["unk"] += area
                        acc["unk_codes"][unk_code] = acc["unk_codes"].get(unk_code, 0.0) + area
                        continue
                    acc["base"] += area  # relevant and known ⇒ construction land
                    if is_ind:
                        acc["ind"] += area
                    if bfield is not None:
                        acc["by"][bfield] = acc["by"].get(bfield, 0.0) + area
            for code, area in acc["unk_codes"].items():
                unknown_total[code] = unknown_total.get(code, 0.0) + area
            feedback.setProgress(zone_weight * (zi + 1))

        # ---- scorecard ------------------------------------------------------------------
        zone_index = QgsSpatialIndex()
        for zi, zone in enumerate(zones):
            if zone["geom"] is not None:
                zone_index.addFeature(zi, zone["geom"].boundingBox())
        scorecard = [dict() for _ in zones]
        self._scored(parameters, context, feedback, zones, zone_index, zone_crs, measurer, scorecard)
        self._clipped_flag(parameters, "IDLE", IDLE_FLAG, ("supp", "idle"), context, feedback, zones, zone_index,
                           zone_crs, measurer, scorecard)
        self._clipped_flag(parameters, "UNSUPPLIED", UNSUP_FLAG, ("appr", "unsup"), context, feedback, zones,
                           zone_index, zone_crs, measurer, scorecard, whole_area_field=APPROVED_MU,
                           # with APPROVALS the denominator comes from the approval layer instead
                           warn_no_geometry=parameters.get("APPROVALS") in (None, ""))
        # Spatial-mode output keeps only unsupplied remainders as geometry, so fully supplied approvals
        # cannot be placed in a zone: the approval layer itself gives the rate's denominator.
        self._clipped_flag(parameters, "APPROVALS", None, ("appr_all", None), context, feedback, zones,
                           zone_index, zone_crs, measurer, scorecard)
        for card in scorecard:
            if card.get("appr_all") is not None:
                card["appr"] = card["appr_all"]
        feedback.setProgress(97)

        # ---- output ---------------------------------------------------------------------
        added = self._added_fields()
        out_fields, kept = self.output_fields(zfields, added, feedback)
        wkb = QgsWkbTypes.multiType(zones_src.wkbType())
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields, wkb, zone_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        t_frac = threshold / 100.0
        cls_label = "%s/%s" % (preset.id, variant)
        summary = []
        for zone, acc, card in zip(zones, results, scorecard):
            geom = zone["geom"]
            row = [zone["attrs"][i] for i in kept]
            if geom is None:
                row += [zone["name"], None, None, None, None, None, None, None, None, threshold, None, None, None,
                        None, None, "园区几何为空，无法核查", cls_label]
            else:
                share = landuse.zone_share(acc["ind"], acc["base"], threshold)
                deficit_ha = share.deficit_ha
                def_new = None
                if share.ok is not None:
                    if share.ok:
                        def_new = 0.0
                    elif t_frac < 1.0:
                        def_new = max(0.0, t_frac * acc["base"] - acc["ind"]) / (1.0 - t_frac) / M2_PER_HA
                unk_ha = acc["unk"] / M2_PER_HA
                unk_codes = "、".join("%s(%.2f公顷)" % (c, a / M2_PER_HA) for c, a in
                                     sorted(acc["unk_codes"].items(), key=lambda kv: -kv[1]))
                by = acc["by"]
                row += [zone["name"], measurer.measureArea(geom) / M2_PER_HA, acc["ind"] / M2_PER_HA,
                        acc["base"] / M2_PER_HA]
                row += [by.get(f, 0.0) / M2_PER_HA for f in list(BREAKDOWN_FIELDS.values()) + [OTHER_BREAKDOWN_FIELD]]
                row += [share.share_pct, threshold, share.ok, deficit_ha, def_new, unk_ha, unk_codes[:254],
                        _verdict(share, threshold, unk_ha, variant)[:254], cls_label]
                summary.append((zone["name"], acc["base"], acc["ind"], share))
            row += _card_values(card)
            out = QgsFeature(out_fields)
            out.setAttributes(row)
            if geom is not None:
                out_geom = QgsGeometry(geom)
                out_geom.convertToMultiType()
                out.setGeometry(out_geom)
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        del sink  # closes the file (so its style can be stored inside it, or it can be removed)
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..styling import finish_output
        finish_output(self, context, dest_id, "zones", feedback)

        # ---- log ------------------------------------------------------------------------
        if repaired_lu:
            sample = ", ".join(str(f) for f in sorted(repaired_lu)[:10])
            feedback.pushWarning(self.tr("{n} invalid land-use polygon(s) repaired (make valid); feature ids: "
                                         "{ids}").format(n=len(repaired_lu), ids=sample))
        if empty_lu:
            feedback.pushWarning(self.tr("{n} land-use feature(s) without geometry were skipped.").format(
                n=len(empty_lu)))
        if unknown_total:
            feedback.pushWarning(self.tr(
                'Land-use codes (field "{field}") that the classification does not know; counted neither as '
                'industrial nor as construction land (area inside zones):').format(field=code_name))
            for code, area in sorted(unknown_total.items(), key=lambda kv: -kv[1]):
                feedback.pushWarning("  %s: %.4f %s" % (code, area / M2_PER_HA, self.tr("ha")))
        other = sorted(k for k, f in breakdown_field.items() if f == OTHER_BREAKDOWN_FIELD)
        if other:
            feedback.pushInfo(self.tr("Industrial land classes counted in {field}: {keys}").format(
                field=OTHER_BREAKDOWN_FIELD, keys="、".join(other)))
        feedback.pushInfo(self.tr("Zone | construction land (ha) | industrial land (ha) | share (%) | reached | "
                                  "deficit (ha)"))
        for name, base, ind, share in summary:
            feedback.pushInfo("  %s | %.2f | %.2f | %s | %s | %s" % (
                name, base / M2_PER_HA, ind / M2_PER_HA,
                "-" if share.share_pct is None else "%.2f" % share.share_pct,
                {1: "是", 0: "否", None: "-"}[share.ok],
                "-" if share.deficit_ha is None else "%.2f" % share.deficit_ha))
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    # ---- scorecard helpers ----------------------------------------------------------------
    def _optional_source(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsSource(parameters, name, context)

    def _scored(self, parameters, context, feedback, zones, zone_index, zone_crs, measurer, scorecard):
        source = self._optional_source(parameters, "SCORED", context)
        if source is None:
            return
        fields = source.fields()
        idx = {name: find_field(fields, [name]) for name in SCORED_FIELDS}
        if idx["ie_flag"] < 0:
            feedback.pushWarning(self.tr('Scored parcels have no field "ie_flag"; the low-efficiency columns stay '
                                         'empty.'))
        if idx["ie_tax"] < 0:
            feedback.pushWarning(self.tr('Scored parcels have no field "ie_tax"; tax per mu stays empty.'))
        if idx["ie_areamu"] < 0:
            feedback.pushInfo(self.tr('Scored parcels have no field "ie_areamu"; their areas are measured.'))
        for card in scorecard:
            card["scored"] = 0.0
            card["has_flag"] = idx["ie_flag"] >= 0
            card["has_tax"] = idx["ie_tax"] >= 0
            card["lowe"] = 0.0
            card["undet"] = 0
            card["tax"] = 0.0
            card["tax_area"] = 0.0
        request = QgsFeatureRequest().setDestinationCrs(zone_crs, context.transformContext())
        for feat in source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
            if feedback.isCanceled():
                return
            geom = feat.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                continue
            point = geom.pointOnSurface()
            if point.isNull():
                point = geom.centroid()
            area_mu = None
            if idx["ie_areamu"] >= 0:
                area_mu, _ = parse_number(py_value(feat.attribute(idx["ie_areamu"])), "ie_areamu")
            if area_mu is None:
                valid = geom if geom.isGeosValid() else _make_valid(geom)
                area_mu = measurer.measureArea(valid) / M2_PER_MU if valid is not None else 0.0
            flag = py_value(feat.attribute(idx["ie_flag"])) if idx["ie_flag"] >= 0 else None
            tax = None
            if idx["ie_tax"] >= 0:
                tax, _ = parse_number(py_value(feat.attribute(idx["ie_tax"])), "ie_tax")
            for zi in zone_index.intersects(point.boundingBox()):
                zone = zones[zi]
                if not zone["engine"].intersects(point.constGet()):
                    continue
                card = scorecard[zi]
                card["scored"] += area_mu
                if flag in (1, "1", True):
                    card["lowe"] += area_mu
                elif flag is None and idx["ie_flag"] >= 0:
                    card["undet"] += 1
                if tax is not None and area_mu > 0:
                    card["tax"] += tax * area_mu
                    card["tax_area"] += area_mu

    def _clipped_flag(self, parameters, name, flag_field, keys, context, feedback, zones, zone_index, zone_crs,
                      measurer, scorecard, whole_area_field=None, warn_no_geometry=True):
        """Clip the layer to each zone: ``all_key`` sums every feature's area, ``flag_key`` the area of
        features flagged 1. ``whole_area_field`` (mu) is the feature's whole area when its geometry is
        only a part of it (flagunsupplied in spatial mode keeps the unsupplied remainder as geometry and
        the approved area in appr_mu): the zone then gets that area × the share of the geometry inside."""
        source = self._optional_source(parameters, name, context)
        if source is None:
            return
        all_key, flag_key = keys
        flag_idx = find_field(source.fields(), [flag_field]) if flag_field else -1
        whole_idx = find_field(source.fields(), [whole_area_field]) if whole_area_field else -1
        no_geom = 0
        if flag_idx < 0 and flag_field:
            feedback.pushWarning(self.tr('Layer {param} has no field "{field}"; only its total area is reported.').format(
                param=name, field=flag_field))
        for card in scorecard:
            card[all_key] = 0.0
            if flag_key:
                card[flag_key] = 0.0 if flag_idx >= 0 else None
        request = QgsFeatureRequest().setDestinationCrs(zone_crs, context.transformContext())
        for feat in source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks):
            if feedback.isCanceled():
                return
            geom = _polygonal(feat.geometry())
            if geom is None:
                no_geom += 1
                continue
            if not geom.isGeosValid():
                geom = _make_valid(geom)
                if geom is None:
                    continue
            flag = py_value(feat.attribute(flag_idx)) if flag_idx >= 0 else None
            whole_m2 = geom_m2 = None
            if whole_idx >= 0:
                whole_mu, _ = parse_number(py_value(feat.attribute(whole_idx)), whole_area_field)
                if whole_mu is not None and whole_mu > 0:
                    whole_m2 = whole_mu * M2_PER_MU
                    geom_m2 = measurer.measureArea(geom)
            for zi in zone_index.intersects(geom.boundingBox()):
                engine = zones[zi]["engine"]
                cg = geom.constGet()
                if engine.contains(cg):
                    area = measurer.measureArea(geom)
                elif engine.intersects(cg):
                    clipped = engine.intersection(cg)
                    clipped_geom = _polygonal(QgsGeometry(clipped)) if clipped is not None else None
                    if clipped_geom is None:
                        continue
                    area = measurer.measureArea(clipped_geom)
                else:
                    continue
                card = scorecard[zi]
                if whole_m2 is not None and geom_m2 and geom_m2 > 0:
                    card[all_key] += whole_m2 * min(1.0, area / geom_m2)
                else:
                    card[all_key] += area
                if flag_key and flag in (1, "1", True):
                    card[flag_key] += area
        if no_geom and warn_no_geometry:
            feedback.pushWarning(self.tr(
                "{n} feature(s) of {param} have no geometry and could not be placed in a zone; they are left out "
                "of the zone totals (and of the rate's denominator).").format(n=no_geom, param=name))


# ---- module helpers --------------------------------------------------------------------------

def _fmt(x):
    return ("%.2f" % x).rstrip("0").rstrip(".")


def _polygonal(geom):
    """The polygon part of ``geom`` (collections from make valid / intersection keep only their
    polygons), or None when nothing areal is left."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    if QgsWkbTypes.geometryType(geom.wkbType()) == QgsWkbTypes.PolygonGeometry:
        return geom
    if QgsWkbTypes.flatType(geom.wkbType()) == QgsWkbTypes.GeometryCollection:
        g = QgsGeometry(geom)
        if g.convertGeometryCollectionToSubclass(QgsWkbTypes.PolygonGeometry) and not g.isEmpty():
            return g
    return None


def _make_valid(geom):
    fixed = geom.makeValid()
    return _polygonal(fixed)


def _request_rects(geom):
    """Rectangles to request land use with: the zone's bounding box, or one per part when a
    multipart zone's parts are far apart (their boxes cover less than half of the whole box)."""
    bbox = geom.boundingBox()
    if not geom.isMultipart():
        return [bbox]
    rects = [part.boundingBox() for part in geom.constParts()]
    if len(rects) > 1 and bbox.area() > 0 and sum(r.area() for r in rects) < 0.5 * bbox.area():
        return rects
    return [bbox]


def _verdict(share, threshold, unk_ha, variant):
    what = "工矿仓储用地" if variant == landuse.VARIANT_INDUSTRIAL else "工业用地"
    t = _fmt(threshold)
    if share.ok is None:
        text = "园区内无建设用地，无法计算%s占比" % what
    elif share.ok:
        text = "达标：%s占建设用地 %.2f%%，不低于 %s%%" % (what, share.share_pct, t)
    else:
        text = "未达标：%s占建设用地 %.2f%%，低于 %s%%，尚需%s %.2f 公顷" % (
            what, share.share_pct, t, what, share.deficit_ha)
    if unk_ha > 0:
        text += "；另有未识别地类代码的图斑 %.2f 公顷未计入" % unk_ha
    return text


def _pct(part, whole):
    if part is None or whole is None or whole <= 0:
        return None
    return part / whole * 100.0


def _card_values(card):
    """scored_ha, lowe_ha, lowe_pct, ie_undet, tax_mu, supp_ha, idle_ha, idle_pct, appr_ha, unsup_ha, unsup_pct"""
    mu_to_ha = M2_PER_MU / M2_PER_HA
    out = [None] * 11
    if "scored" in card:
        out[0] = card["scored"] * mu_to_ha
        if card["has_flag"]:
            out[1] = card["lowe"] * mu_to_ha
            out[2] = _pct(card["lowe"], card["scored"])
            out[3] = card["undet"]
        if card["has_tax"] and card["tax_area"] > 0:
            out[4] = card["tax"] / card["tax_area"]
    if "supp" in card:
        out[5] = card["supp"] / M2_PER_HA
        if card["idle"] is not None:
            out[6] = card["idle"] / M2_PER_HA
            out[7] = _pct(card["idle"], card["supp"])
    if "appr" in card:
        out[8] = card["appr"] / M2_PER_HA
        if card["unsup"] is not None:
            out[9] = card["unsup"] / M2_PER_HA
            out[10] = _pct(card["unsup"], card["appr"])
    return out

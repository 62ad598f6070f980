"""landplan:zoneindustrialshare — 开发区工业用地占比核查 (SPEC §3.4; seed 000 第二章三、第四章二).

The rules (share, deficits, verdict, official 三调 areas, scorecard) are in :mod:`..core.zone`;
this module reads the layers, does the geometry (:mod:`.zoning`) and writes one feature per zone.

Performance (benchmark: 1,000,000 land-use polygons × 100 zones): zones are few, so each zone
asks the land-use source for the polygons in its bounding box (the provider's spatial index —
GeoPackage R-tree, PostGIS GiST — does the work; no all-pairs loop); each distinct code is
classified once (cached); polygons of non-construction land are skipped without any geometry
work; polygons the prepared zone geometry contains are measured whole; only the polygons that
cross the zone boundary are clipped.
"""
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsRectangle,
    QgsWkbTypes,
)

from ..core import fields
from ..core import landuse
from ..core import zone as rules
from ..core.units import M2_PER_HA, M2_PER_MU
from ..core.values import parse_number
from .base import (SKIP_GEOMETRY_CHECKS, LandPlanAlgorithm, ProblemTally, find_field, make_field,
                   make_valid_polygonal, polygonal, problem_label, py_value)
from .base import LANDUSE_PRESET_IDS, classification_param
from .zoning import Zone, ZoneSet

CANDIDATES = fields.CANDIDATES["zoneindustrialshare"]
#: CLASSIFICATION enum order: shipped preset ids, then the custom file
PRESET_IDS = LANDUSE_PRESET_IDS
#: fields read from the scored parcels (SPEC §4 contract names)
SCORED_FIELDS = ("ie_flag", "ie_areamu", "ie_tax")
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
        self.add_field_param("LANDUSE_AREA_FIELD", self.tr("Official area field of the land use (m², e.g. 三调 "
                                                           "TBDLMJ; empty = measure the geometry)"),
                             parent=self.LANDUSE, default=CANDIDATES["LANDUSE_AREA_FIELD"][0], any_type=True)
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Required industrial land share (%)"), type=QgsProcessingParameterNumber.Double,
            defaultValue=60.0, minValue=0.0, maxValue=100.0))
        self.addParameter(classification_param(custom=True))
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
        for line in rules.CLIPPED_LINES:  # lines added to the core after idle / unsupplied: inputs from data
            for name in (line.param, line.denominator_param):
                if name and self.parameterDefinition(name) is None:
                    self.addParameter(QgsProcessingParameterFeatureSource(
                        name, line.label or name, [QgsProcessing.TypeVectorPolygon], optional=True))
        labels = {"COMMITMENTS": self.tr("标准地 commitment check output (cm_status), for the scorecard"),
                  "UNAUTHORIZED": self.tr("Suspected unauthorised land use (ua_flag), for the scorecard")}
        for line in rules.PLACED_LINES:
            if self.parameterDefinition(line.param) is None:
                self.addParameter(QgsProcessingParameterFeatureSource(
                    line.param, labels.get(line.param, line.label), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Zone industrial land share"), QgsProcessing.TypeVectorPolygon))

    def _added_fields(self):
        d, i, s = "double", "int", "string"
        return [
            make_field("zone_name", s, self.tr("Zone name"), 100),
            make_field("zone_ha", d, self.tr("Zone area (ha)"), 20, 4),
            make_field("ind_ha", d, self.tr("Industrial land (ha)"), 20, 4),
            make_field("base_ha", d, self.tr("Construction land (ha)"), 20, 4),
            make_field("gy_ha", d, self.tr("of which industrial 工业 (ha)"), 20, 4),
            make_field("ck_ha", d, self.tr("of which mining 采矿 (ha)"), 20, 4),
            make_field("cc_ha", d, self.tr("of which warehousing 仓储 (ha)"), 20, 4),
            make_field(rules.OTHER_BREAKDOWN_FIELD, d, self.tr("of which industrial-mining land not subdivided (ha)"),
                       20, 4),
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
        ] + [make_field(name, d, alias, 20, 4) for line in rules.CLIPPED_LINES if line.key not in ("idle", "unsup")
             for name, alias in zip(line.fields, tuple(line.aliases) + line.fields[len(line.aliases):])] + [
            make_field(name, kind, alias, *((20, 4) if kind == d else (254,) if kind == s else ()))
            for line in rules.PLACED_LINES for name, kind, alias in line.fields]

    # ------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        zones_src = self.source_or_fail(parameters, self.ZONES, context)
        lu_src = self.source_or_fail(parameters, self.LANDUSE, context)
        zone_crs = self.check_crs(zones_src, self.tr("Development zones"))
        lu_crs = self.check_crs(lu_src, self.tr("Land use"))
        preset = self._preset(parameters, context)
        variant = landuse.VARIANTS[self.parameterAsEnum(parameters, "NUMERATOR", context)]
        threshold = self.parameterAsDouble(parameters, "THRESHOLD", context)
        name_idx = self.resolve_field(parameters, "ZONE_NAME_FIELD", zones_src.fields(),
                                      CANDIDATES["ZONE_NAME_FIELD"], feedback, self.tr("zone name"))
        code_idx, area_idx = self._landuse_fields(parameters, lu_src.fields(), feedback)
        feedback.pushInfo(self.tr("Classification: {name} ({id}); numerator: {variant}; threshold {t}%").format(
            name=preset.name, id=preset.id, variant=landuse.VARIANT_LABELS[variant],
            t=rules.fmt_threshold(threshold)))
        if preset.description:
            feedback.pushInfo(preset.description)
        if lu_crs != zone_crs:
            feedback.pushInfo(self.tr("Land use ({src}) is reprojected to the zones' CRS ({dst}).").format(
                src=lu_crs.authid(), dst=zone_crs.authid()))
        measurer = self.area_measurer(zone_crs, context)

        zones = self._read_zones(zones_src, name_idx, feedback)
        if zones is None:
            return {}
        land = self._land_use(lu_src, zones, preset, variant, code_idx, area_idx, zone_crs, measurer, context,
                              feedback)
        if land is None:
            return {}
        cards = self._scorecard(parameters, context, feedback, zones, zone_crs, measurer)
        feedback.setProgress(97)

        out_fields, kept = self.output_fields(zones_src.fields(), self._added_fields(), feedback)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields,
                                         QgsWkbTypes.multiType(zones_src.wkbType()), zone_crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        cls_label = "%s/%s" % (preset.id, variant)
        summary = []
        for zi, zone in enumerate(zones):
            row = [zone.attrs[i] for i in kept] + [zone.name]
            if zone.geom is None:
                row += [None] * 8 + [threshold] + [None] * 5 + [rules.NO_GEOMETRY_VERDICT, cls_label]
            else:
                values, share = land["tallies"][zi].row(threshold, variant)
                row += [measurer.measureArea(zone.geom) / M2_PER_HA] + values + [cls_label]
                summary.append((zone.name, share))
            row += cards[zi]
            out = QgsFeature(out_fields)
            out.setAttributes(row)
            if zone.geom is not None:
                out_geom = QgsGeometry(zone.geom)
                out_geom.convertToMultiType()
                out.setGeometry(out_geom)
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        del sink  # closes the file (so its style can be stored inside it, or it can be removed)
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..styling import finish_output
        finish_output(self, context, dest_id, "zones", feedback)
        self._log(feedback, land, summary)
        feedback.setProgress(100)
        return {self.OUTPUT: dest_id}

    # ---- steps ---------------------------------------------------------------------------
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

    def _landuse_fields(self, parameters, fields, feedback):
        """(code field index, official area field index or -1). The area field: the one given; not
        given at all → TBDLMJ when the layer has it; given empty → the geometry. The log says which."""
        code_idx = self.resolve_field(parameters, "LANDUSE_FIELD", fields, CANDIDATES["LANDUSE_FIELD"],
                                      feedback, self.tr("land-use code"))
        if code_idx < 0:
            raise QgsProcessingException(self.tr(
                "No land-use code field: choose one in LANDUSE_FIELD (e.g. DLBM)."))
        area_idx = self.resolve_field(parameters, "LANDUSE_AREA_FIELD", fields, CANDIDATES["LANDUSE_AREA_FIELD"],
                                      feedback, self.tr("official land-use area"),
                                      allow_auto="LANDUSE_AREA_FIELD" not in parameters)
        if area_idx >= 0:
            feedback.pushInfo(self.tr(
                'Land-use areas: field "{field}" (official area, m²); a polygon cut by a zone counts this area × '
                '(area of the piece ÷ area of the whole polygon).').format(field=fields.at(area_idx).name()))
        else:
            feedback.pushInfo(self.tr("Land-use areas: measured from the geometry."))
        return code_idx, area_idx

    def _read_zones(self, zones_src, name_idx, feedback):
        zones = []
        for feat in zones_src.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS):
            if feedback.isCanceled():
                return None
            attrs = feat.attributes()
            name = py_value(attrs[name_idx]) if name_idx >= 0 else None
            name = str(name).strip() if name not in (None, "") else "#%d" % feat.id()
            zone = Zone(feat.id(), feat.geometry(), attrs, name)
            if zone.repaired:
                feedback.pushWarning(self.tr(
                    'Zone "{name}" has an invalid polygon; it was repaired (make valid).').format(name=name))
            zones.append(zone)
        return ZoneSet(zones)

    def _land_use(self, lu_src, zones, preset, variant, code_idx, area_idx, zone_crs, measurer, context, feedback):
        """Land use clipped zone by zone → {'tallies': [LandUseTally], 'repaired', 'empty', 'unknown',
        'other_keys', 'problems', 'code_name'}; None when cancelled."""
        cache = {}
        fields = lu_src.fields()
        area_name = fields.at(area_idx).name() if area_idx >= 0 else None
        out = {"tallies": [rules.LandUseTally() for _ in zones], "repaired": set(), "empty": set(), "unknown": {},
               "other_keys": set(), "problems": ProblemTally(), "bad_area": set(), "code_name": fields.at(code_idx).name()}
        reproject = lu_src.sourceCrs() != zone_crs
        tctx = context.transformContext()
        extent = lu_src.sourceExtent()
        if reproject and not extent.isNull():
            try:
                extent = QgsCoordinateTransform(lu_src.sourceCrs(), zone_crs, tctx).transformBoundingBox(extent)
            except Exception:  # noqa: BLE001
                extent = QgsRectangle()
        extent_area = extent.area() if not extent.isNull() else 0.0
        total = lu_src.featureCount()
        weight = 90.0 / len(zones) if len(zones) else 0.0
        attrs = [code_idx] + ([area_idx] if area_idx >= 0 else [])
        for zi, zone in enumerate(zones):
            if feedback.isCanceled():
                return None
            if zone.engine is None:
                continue
            tally = out["tallies"][zi]
            est = max(total * sum(r.area() for r in zone.rects) / extent_area if extent_area > 0 else 0, 1.0)
            seen = set() if len(zone.rects) > 1 else None
            n_read = 0
            for rect in zone.rects:
                request = QgsFeatureRequest().setFilterRect(rect).setSubsetOfAttributes(attrs)
                if reproject:
                    request.setDestinationCrs(zone_crs, tctx)
                for feat in lu_src.getFeatures(request, SKIP_GEOMETRY_CHECKS):
                    n_read += 1
                    if n_read % _CANCEL_EVERY == 0:
                        if feedback.isCanceled():
                            return None
                        feedback.setProgress(weight * (zi + min(0.99, n_read / est)))
                    raw = py_value(feat.attribute(code_idx))
                    try:
                        hit = cache.get(raw)
                    except TypeError:  # unhashable values (lists, maps): use their text
                        raw = str(raw)
                        hit = cache.get(raw)
                    if hit is None:
                        hit = cache[raw] = rules.piece_class(preset, raw, variant)
                    relevant, is_ind, is_con, bfield, unknown, bkey = hit
                    if not relevant:
                        continue
                    if seen is not None:
                        if feat.id() in seen:
                            continue
                        seen.add(feat.id())
                    geom = feat.geometry()
                    if geom.isNull():
                        out["empty"].add(feat.id())
                        continue
                    if not geom.isGeosValid():
                        out["repaired"].add(feat.id())
                        geom = make_valid_polygonal(geom)
                        if geom is None:
                            continue
                    area = zones.piece_area(zi, geom, measurer)
                    if area is None:
                        continue
                    if area_idx >= 0:
                        official, problem = rules.official_area_m2(py_value(feat.attribute(area_idx)), area_name)
                        if problem is not None and feat.id() not in out["bad_area"]:
                            out["bad_area"].add(feat.id())
                            out["problems"].add_problem(problem)
                        if official is not None:
                            area = rules.proportional_area(area, measurer.measureArea(geom), official)
                    tally.add(area, is_ind, is_con, bfield, unknown)
                    if bfield == rules.OTHER_BREAKDOWN_FIELD:
                        out["other_keys"].add(bkey)
            for code, area in tally.unk_codes.items():
                out["unknown"][code] = out["unknown"].get(code, 0.0) + area
            feedback.setProgress(weight * (zi + 1))
        return out

    # ---- scorecard -------------------------------------------------------------------------
    def _optional_source(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsSource(parameters, name, context)

    def _scorecard(self, parameters, context, feedback, zones, zone_crs, measurer):
        """Per zone: the scorecard values (scored parcels, then the clipped lines), None where the
        input was not given."""
        cards = [[] for _ in zones]
        scored = self._scored(parameters, context, feedback, zones, zone_crs, measurer)
        for zi in range(len(zones)):
            cards[zi] += scored[zi].values() if scored else [None] * len(rules.SCORED_FIELDS_OUT)
        for line in rules.CLIPPED_LINES:
            denominator = None
            if line.denominator_param:
                # spatial-mode output keeps only unsupplied remainders as geometry, so fully supplied
                # approvals cannot be placed in a zone: the approval layer gives the rate's denominator
                denominator = self._clipped(parameters, line.denominator_param, None, None, context, feedback,
                                            zones, zone_crs, measurer)
            tallies = self._clipped(parameters, line.param, line.flag_field, line.whole_area_field, context, feedback,
                                    zones, zone_crs, measurer, warn_no_geometry=denominator is None)
            for zi in range(len(zones)):
                if tallies is None:
                    cards[zi] += [None] * len(line.fields)
                else:
                    override = denominator[zi].total if denominator is not None else None
                    cards[zi] += tallies[zi].values(override)
        for line in rules.PLACED_LINES:
            tallies = self._placed(parameters, line, context, feedback, zones, zone_crs, measurer)
            for zi in range(len(zones)):
                cards[zi] += tallies[zi].values() if tallies else [None] * len(line.fields)
        return cards

    def _placed(self, parameters, line, context, feedback, zones, zone_crs, measurer):
        """A layer's features placed in the zones by their inner point → [core.zone.PlacedTally]."""
        source = self._optional_source(parameters, line.param, context)
        if source is None:
            return None
        idx = {name: find_field(source.fields(), [name]) for name in line.read + (line.area_field or "",) if name}
        for name in line.read:
            if idx[name] < 0:
                feedback.pushWarning(self.tr('Layer {param} has no field "{field}"; its scorecard line counts '
                                             'nothing.').format(param=line.param, field=name))
        tallies = [rules.PlacedTally(line) for _ in zones]
        for feat, hits in _features_in_zones(source, zones, zone_crs, context, feedback):
            values = {name: py_value(feat.attribute(i)) if i >= 0 else None for name, i in idx.items()}
            area_mu = rules.parcel_area_mu(values.get(line.area_field), None) if line.area_field else None
            if area_mu is None:
                area_mu = _measured_mu(feat.geometry(), measurer)
            for zi in hits:
                tallies[zi].add(values, area_mu)
        return tallies

    def _scored(self, parameters, context, feedback, zones, zone_crs, measurer):
        source = self._optional_source(parameters, "SCORED", context)
        if source is None:
            return None
        idx = {name: find_field(source.fields(), [name]) for name in SCORED_FIELDS}
        if idx["ie_flag"] < 0:
            feedback.pushWarning(self.tr('Scored parcels have no field "ie_flag"; the low-efficiency columns stay '
                                         'empty.'))
        if idx["ie_tax"] < 0:
            feedback.pushWarning(self.tr('Scored parcels have no field "ie_tax"; tax per mu stays empty.'))
        if idx["ie_areamu"] < 0:
            feedback.pushInfo(self.tr('Scored parcels have no field "ie_areamu"; their areas are measured.'))
        tallies = [rules.ScoredTally(idx["ie_flag"] >= 0, idx["ie_tax"] >= 0) for _ in zones]
        value = lambda feat, name: py_value(feat.attribute(idx[name])) if idx[name] >= 0 else None  # noqa: E731
        for feat, hits in _features_in_zones(source, zones, zone_crs, context, feedback):
            area_mu = rules.parcel_area_mu(value(feat, "ie_areamu"), None)
            if area_mu is None:
                area_mu = _measured_mu(feat.geometry(), measurer)
            flag = rules.flag_state(value(feat, "ie_flag"))
            tax = parse_number(value(feat, "ie_tax"), "ie_tax")[0]
            for zi in hits:
                tallies[zi].add(area_mu, flag, tax)
        return tallies

    def _clipped(self, parameters, name, flag_field, whole_area_field, context, feedback, zones, zone_crs, measurer,
                 warn_no_geometry=True):
        """A layer clipped to each zone → [ClippedTally] (rules: core.zone), None when not given."""
        source = self._optional_source(parameters, name, context)
        if source is None:
            return None
        flag_idx = find_field(source.fields(), [flag_field]) if flag_field else -1
        whole_idx = find_field(source.fields(), [whole_area_field]) if whole_area_field else -1
        if flag_idx < 0 and flag_field:
            feedback.pushWarning(self.tr('Layer {param} has no field "{field}"; only its total area is reported.').format(
                param=name, field=flag_field))
        tallies = [rules.ClippedTally(flag_idx >= 0) for _ in zones]
        no_geom = 0
        request = QgsFeatureRequest().setDestinationCrs(zone_crs, context.transformContext())
        for feat in source.getFeatures(request, SKIP_GEOMETRY_CHECKS):
            if feedback.isCanceled():
                break
            geom = polygonal(feat.geometry())
            if geom is None:
                no_geom += 1
                continue
            if not geom.isGeosValid():
                geom = make_valid_polygonal(geom)
                if geom is None:
                    continue
            flag = rules.flag_state(py_value(feat.attribute(flag_idx))) if flag_idx >= 0 else None
            whole_m2 = geom_m2 = None
            if whole_idx >= 0:
                whole_m2, _problem = rules.official_area_m2(py_value(feat.attribute(whole_idx)), whole_area_field,
                                                            M2_PER_MU)
                geom_m2 = measurer.measureArea(geom) if whole_m2 is not None else None
            for zi in zones.candidates(geom):
                area = zones.piece_area(zi, geom, measurer)
                if area is not None:
                    tallies[zi].add(area, flag, geom_m2, whole_m2)
        if no_geom and warn_no_geometry:
            feedback.pushWarning(self.tr(
                "{n} feature(s) of {param} have no geometry and could not be placed in a zone; they are left out "
                "of the zone totals (and of the rate's denominator).").format(n=no_geom, param=name))
        return tallies

    # ---- log -------------------------------------------------------------------------------
    def _log(self, feedback, land, summary):
        if land["repaired"]:
            sample = ", ".join(str(f) for f in sorted(land["repaired"])[:10])
            feedback.pushWarning(self.tr("{n} invalid land-use polygon(s) repaired (make valid); feature ids: "
                                         "{ids}").format(n=len(land["repaired"]), ids=sample))
        if land["empty"]:
            feedback.pushWarning(self.tr("{n} land-use feature(s) without geometry were skipped.").format(
                n=len(land["empty"])))
        for (kind, field_name), n in land["problems"].counts.items():
            feedback.pushWarning(self.tr('{n} official area value(s) in field "{field}": {label}; those polygons are '
                                         'measured from the geometry.').format(n=n, field=field_name,
                                                                               label=problem_label(kind)))
        if land["unknown"]:
            feedback.pushWarning(self.tr(
                'Land-use codes (field "{field}") that the classification does not know; counted neither as '
                'industrial nor as construction land (area inside zones):').format(field=land["code_name"]))
            for code, area in sorted(land["unknown"].items(), key=lambda kv: -kv[1]):
                feedback.pushWarning("  %s: %.4f %s" % (code, area / M2_PER_HA, self.tr("ha")))
        if land["other_keys"]:
            feedback.pushInfo(self.tr("Industrial land classes counted in {field}: {keys}").format(
                field=rules.OTHER_BREAKDOWN_FIELD, keys="、".join(sorted(land["other_keys"]))))
        feedback.pushInfo(self.tr("Zone | construction land (ha) | industrial land (ha) | share (%) | reached | "
                                  "deficit (ha)"))
        for name, share in summary:
            feedback.pushInfo("  %s | %.2f | %.2f | %s | %s | %s" % (
                name, share.base_m2 / M2_PER_HA, share.industrial_m2 / M2_PER_HA,
                "-" if share.share_pct is None else "%.2f" % share.share_pct,
                {1: "是", 0: "否", None: "-"}[share.ok],
                "-" if share.deficit_ha is None else "%.2f" % share.deficit_ha))


def _features_in_zones(source, zones, zone_crs, context, feedback):
    """(feature, indexes of the zones it falls in) for each feature of ``source`` in some zone."""
    request = QgsFeatureRequest().setDestinationCrs(zone_crs, context.transformContext())
    for feat in source.getFeatures(request, SKIP_GEOMETRY_CHECKS):
        if feedback.isCanceled():
            break
        hits = zones.zones_of(feat.geometry())
        if hits:
            yield feat, hits


def _measured_mu(geom, measurer):
    """The area of ``geom`` in 亩 (repaired first when invalid; 0 when nothing areal is left)."""
    valid = geom if geom.isGeosValid() else make_valid_polygonal(geom)
    return measurer.measureArea(valid) / M2_PER_MU if valid is not None else 0.0

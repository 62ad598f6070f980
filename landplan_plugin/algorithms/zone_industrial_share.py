"""landplan:zoneindustrialshare — 开发区工业用地占比核查 (《郑州市工业用地布局规划（2021—2035年）》 第二章三、第四章二).

The rules (share, deficits, verdict, official 三调 areas, scorecard) are in :mod:`..core.zone`;
this module reads the layers, does the geometry (:mod:`.zone_layers`), gathers one row per
piece or placed parcel and hands the columns to the core's batch functions, and writes one feature
per zone.

Performance (benchmark: 1,000,000 land-use polygons × 100 zones): zones are few, so each zone
asks the land-use source for the polygons in its bounding box (the provider's spatial index —
GeoPackage R-tree, PostGIS GiST — does the work; no all-pairs loop); the codes of each chunk of
polygons are classified at once (each distinct code once); polygons of non-construction land are
skipped without any geometry work; polygons the prepared zone geometry contains are measured
whole; only the polygons that cross the zone boundary are clipped.
"""
from array import array

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from .. import compat
from ..core import fields
from ..core import landuse
from ..core import zone as rules
from ..core.lazy import lazy_module
from ..core.units import M2_PER_HA, M2_PER_MU
from ..core.values import parse_number_array
from ..qvariant import py_value
from .base import LandPlanAlgorithm
from .field_resolution import find_field, make_field
from .geometry import valid_polygon
from .problems import problem_label, ProblemTally
from .params import classification_param, LANDUSE_PRESET_IDS
from .batches import column_lists
from .zone_layers import ZoneSet, clip, layer_batches, optional_source, zone_batches
from . import table_io

np = lazy_module("numpy")

CANDIDATES = fields.CANDIDATES["zoneindustrialshare"]
#: CLASSIFICATION enum order: shipped preset ids, then the custom file
PRESET_IDS = LANDUSE_PRESET_IDS
#: the land-use part of the zone table, in output order (thresh is the run's threshold)
TABLE_FIELDS = ("ind_ha", "base_ha") + rules.BREAKDOWN_ORDER + (
    "ind_share", "thresh", "share_ok", "judged", "deficit_ha", "def_new_ha", "unk_ha", "unk_codes", "verdict")


class ZoneIndustrialShare(LandPlanAlgorithm):
    ZONES = "ZONES"
    LANDUSE = "LANDUSE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "zoneindustrialshare"

    def displayName(self):
        return self.tr("Check development-zone industrial land share")

    def shortDescription(self):
        return self.tr("Industrial land ÷ construction land inside each development zone, against the 60% "
                       "threshold, with the deficit and an optional zone scorecard.")

    def tags(self):
        return self.tr("development zone,industrial land share,60%,land use,zone,scorecard").split(",")

    def numerator_labels(self):
        return [self.tr("Industrial, mining and warehousing land (industrial)"),
                self.tr("Industrial land only (industrial_only)")]

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Development zones"), [compat.SOURCE_POLYGON]))
        self.add_field_param("ZONE_NAME_FIELD", self.tr("Zone name field"), parent=self.ZONES,
                             default=CANDIDATES["ZONE_NAME_FIELD"][0], any_type=True)
        self.add_field_param("ZONE_TYPE_FIELD", self.tr("Zone type field (e.g. 工业主导 / 现代服务业; empty = judge "
                                                        "every zone)"), parent=self.ZONES, any_type=True)
        self.addParameter(QgsProcessingParameterString(
            "INDUSTRIAL_TYPES", self.tr("Zone types that mean industry-led (工业主导), separated by commas; zones of "
                                        "other types are reported but not judged"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LANDUSE, self.tr("Land use (current-use polygons or parcels)"), [compat.SOURCE_POLYGON]))
        self.add_field_param("LANDUSE_FIELD", self.tr("Land-use code field"), parent=self.LANDUSE,
                             default=CANDIDATES["LANDUSE_FIELD"][0], any_type=True)
        self.add_field_param("LANDUSE_AREA_FIELD", self.tr("Official area field of the land use (m², e.g. 三调 "
                                                           "TBDLMJ; empty = measure the geometry)"),
                             parent=self.LANDUSE, default=CANDIDATES["LANDUSE_AREA_FIELD"][0], any_type=True)
        self.add_field_param("SETTLEMENT_FIELD", self.tr("城镇村属性码 field of the land use (三调 CZCSXM), for the "
                                                         "city-wide share"), parent=self.LANDUSE,
                             default=fields.SETTLEMENT_CODE[0], any_type=True)
        self.addParameter(QgsProcessingParameterNumber(
            "THRESHOLD", self.tr("Required industrial land share (%)"), type=compat.NUMBER_DOUBLE,
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
            [compat.SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "IDLE", self.tr("Idle-land check output (idle_flag), for the scorecard"),
            [compat.SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "UNSUPPLIED", self.tr("Approved-but-unsupplied check output (unsup_flag), for the scorecard"),
            [compat.SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "APPROVALS", self.tr("Approval polygons (批地), the denominator of the unsupplied rate; needed when the "
                                 "unsupplied check ran in spatial mode"),
            [compat.SOURCE_POLYGON], optional=True))
        for line in rules.CLIPPED_LINES:  # lines added to the core after idle / unsupplied: inputs from data
            for name in (line.param, line.denominator_param):
                if name and self.parameterDefinition(name) is None:
                    self.addParameter(QgsProcessingParameterFeatureSource(
                        name, line.label or name, [compat.SOURCE_POLYGON], optional=True))
        labels = {"COMMITMENTS": self.tr("标准地 commitment check output (cm_status), for the scorecard"),
                  "UNAUTHORIZED": self.tr("Suspected unauthorised land use (ua_flag), for the scorecard")}
        for line in rules.PLACED_LINES:
            if self.parameterDefinition(line.param) is None:
                self.addParameter(QgsProcessingParameterFeatureSource(
                    line.param, labels.get(line.param, line.label), [compat.SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Zone industrial land share"), compat.SOURCE_POLYGON))
        for name, label, default in (("CITY_TARGET", self.tr("City-wide target: industrial land share of urban "
                                                             "construction land by 2025 (%)"), 20.0),
                                     ("CITY_TARGET_2035", self.tr("City-wide target by 2035 (%)"), 25.0)):
            self.addParameter(QgsProcessingParameterNumber(
                name, label, type=compat.NUMBER_DOUBLE, defaultValue=default, minValue=0.0,
                maxValue=100.0, optional=True))  # optional: models saved before these existed stay valid
        self.addParameter(QgsProcessingParameterFeatureSink(
            "CITY_OUTPUT", self.tr("City-wide industrial land share of urban construction land (table)"),
            compat.SOURCE_VECTOR, optional=True, createByDefault=False))

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
            make_field("judged", i, self.tr("Judged against the threshold (1 industry-led, 0 reported only)")),
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
    def processAlgorithm(self, parameters, context, feedback):
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

        zones = ZoneSet.read(zones_src, name_idx, feedback)
        for name in zones.repaired:
            feedback.pushWarning(self.tr('Zone "{name}" has an invalid polygon; it was repaired (make valid).').format(
                name=name))
        if feedback.isCanceled():
            return {}
        judging = self._judging(parameters, context, zones_src, zones, feedback)
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
        table = dict(rules.zone_table(land["sums"], threshold, variant, judging["judged"], judging["types"]),
                     thresh=np.full(len(zones), float(threshold)))
        values = list(zip(*column_lists(table, TABLE_FIELDS))) if len(zones) else []
        for zi, zone in enumerate(zones):
            row = [zone.attrs[i] for i in kept] + [zone.name]
            if zone.geom is None:
                row += [None] * 8 + [threshold, None, values[zi][TABLE_FIELDS.index("judged")]] + [None] * 4 + [
                    rules.NO_GEOMETRY_VERDICT, cls_label]
            else:
                row += [measurer.measureArea(zone.geom) / M2_PER_HA] + list(values[zi]) + [cls_label]
            row += cards[zi]
            out = QgsFeature(out_fields)
            out.setAttributes(row)
            if zone.geom is not None:
                out_geom = QgsGeometry(zone.geom)
                out_geom.convertToMultiType()
                out.setGeometry(out_geom)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        del sink  # closes the file (so its style can be stored inside it, or it can be removed)
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..output.styling import finish_output
        finish_output(self, context, dest_id, "zones", feedback)
        self._log(feedback, land, [(z.name, values[z.index]) for z in zones if z.geom is not None])
        city = self._city(parameters, context, feedback, lu_src, preset, variant, code_idx, area_idx, zone_crs,
                          measurer)
        feedback.setProgress(100)
        return dict({self.OUTPUT: dest_id}, **({"CITY_OUTPUT": city} if city else {}))

    # ---- steps ---------------------------------------------------------------------------
    def _judging(self, parameters, context, zones_src, zones, feedback):
        """core.zone.zone_judging of the zones' type field and INDUSTRIAL_TYPES, its notes logged."""
        type_idx = self.resolve_field(parameters, "ZONE_TYPE_FIELD", zones_src.fields(), (), feedback,
                                      self.tr("zone type"), allow_auto=False)
        wanted = rules.parse_type_list(self.parameterAsString(parameters, "INDUSTRIAL_TYPES", context))
        judging = rules.zone_judging([z.attrs[type_idx] for z in zones] if type_idx >= 0 else None, wanted)
        say = {rules.NO_TYPE_FIELD: self.tr("No zone type field (ZONE_TYPE_FIELD): every zone is judged against the "
                                            "threshold, as for 以发展工业为主的开发区."),
               rules.NO_TYPES_GIVEN: self.tr("No industry-led zone types given (INDUSTRIAL_TYPES): every zone is "
                                             "judged against the threshold."),
               rules.BLANK_TYPE: self.tr("Zones without a type, judged as industry-led: {names}")}
        for code, idx in judging["notes"]:
            feedback.pushInfo(say[code].format(names="、".join(zones.zones[i].name for i in idx)))
        if judging["judged"] is not None:
            off = [zones.zones[i].name for i in np.flatnonzero(judging["judged"] == 0).tolist()]
            feedback.pushInfo(self.tr("Zones reported but not judged (not industry-led): {names}").format(
                names="、".join(off) or "-"))
        return judging

    def _city(self, parameters, context, feedback, lu_src, preset, variant, code_idx, area_idx, zone_crs, measurer):
        """The city-wide share (core.zone.city_table) over the whole land-use layer, written to
        CITY_OUTPUT; None when that output is not asked for."""
        if not parameters.get("CITY_OUTPUT"):
            return None
        lu_fields = lu_src.fields()
        set_idx = self.resolve_field(parameters, "SETTLEMENT_FIELD", lu_fields, fields.SETTLEMENT_CODE, feedback,
                                     self.tr("城镇村属性码"))
        if set_idx < 0:
            feedback.pushWarning(self.tr("The land use has no 城镇村属性码 field (CZCSXM): the city-wide share "
                                         "cannot be computed."))
        codes, settle, area, official = [], [], array("d"), []
        attrs = [code_idx] + [i for i in (area_idx, set_idx) if i >= 0]
        for chunk in layer_batches(lu_src, zone_crs, context, feedback, attrs, (97.0, 99.0)):
            raw = [py_value(f.attribute(set_idx)) if set_idx >= 0 else None for f in chunk]
            chunk_codes = [py_value(f.attribute(code_idx)) for f in chunk]
            measure = rules.needs_geometry(preset, chunk_codes, variant)
            for k, feat in enumerate(chunk):
                geom = valid_polygon(feat.geometry())[0] if measure[k] else None
                area.append(measurer.measureArea(geom) if geom is not None else float("nan"))
            codes += chunk_codes
            settle += raw
            if area_idx >= 0:
                official += rules.official_area_columns([py_value(f.attribute(area_idx)) for f in chunk],
                                                        lu_fields.at(area_idx).name())[0].tolist()
        if feedback.isCanceled():
            return None
        targets = [(year, self.parameterAsDouble(parameters, name, context) if parameters.get(name) is not None
                    else self.parameterDefinition(name).defaultValue())
                   for year, name in ((2025, "CITY_TARGET"), (2035, "CITY_TARGET_2035"))]
        table = rules.city_table(np.array(area), codes, settle, preset, variant, targets,
                                 np.array(official) if area_idx >= 0 else None, set_idx >= 0)
        kinds = {"ct_year": "int", "ct_ok": "int", "ct_verdict": "string"}
        out_fields = QgsFields()
        for name, alias in rules.CITY_FIELDS:
            kind = kinds.get(name, "double")
            out_fields.append(make_field(name, kind, alias, *((254,) if kind == "string" else (20, 4) if
                                                                kind == "double" else ())))
        rows = [list(r) for r in zip(*(table[name] for name, _a in rules.CITY_FIELDS))]
        for row in rows:
            feedback.pushInfo(row[-1])
        ok, dest = table_io.write_table(self, parameters, "CITY_OUTPUT", context, out_fields, rows,
                                        dict(rules.CITY_FIELDS), feedback)
        return dest if ok else None

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
            raise QgsProcessingException(str(exc)) from exc

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

    def _land_use(self, lu_src, zones, preset, variant, code_idx, area_idx, zone_crs, measurer, context, feedback):
        """Land use clipped zone by zone: one row per piece (zone, area, code, whole area and official
        area of its polygon) → {'sums': core.zone.landuse_sums, 'repaired', 'empty', 'problems',
        'code_name'}; None when cancelled."""
        fields = lu_src.fields()
        area_name = fields.at(area_idx).name() if area_idx >= 0 else None
        out = {"repaired": set(), "empty": set(), "problems": ProblemTally(), "code_name": fields.at(code_idx).name()}
        pieces = {"zone": array("q"), "area": array("d"), "whole": array("d"), "official": array("d"), "code": []}
        bad_area = set()
        crs = zone_crs if lu_src.sourceCrs() != zone_crs else None
        attrs = [code_idx] + ([area_idx] if area_idx >= 0 else [])
        weight = 90.0 / len(zones) if len(zones) else 0.0
        for zone in zones:
            if feedback.isCanceled():
                return None
            if zone.engine is None:
                continue
            for chunk in zone_batches(lu_src, zone, attrs, crs, context, feedback):
                codes = [py_value(f.attribute(code_idx)) for f in chunk]
                if area_idx >= 0:
                    official, problems = rules.official_area_columns([py_value(f.attribute(area_idx)) for f in chunk],
                                                                     area_name)
                    official = official.tolist()
                for k in np.flatnonzero(rules.needs_geometry(preset, codes, variant)).tolist():
                    feat = chunk[k]
                    if feat.geometry().isNull():
                        out["empty"].add(feat.id())
                        continue
                    geom, repaired = valid_polygon(feat.geometry())
                    if repaired:
                        out["repaired"].add(feat.id())
                    piece = clip(zone, geom) if geom is not None else None
                    if piece is None:
                        continue
                    pieces["zone"].append(zone.index)
                    pieces["area"].append(measurer.measureArea(piece))
                    pieces["code"].append(codes[k])
                    if area_idx >= 0:
                        if problems[k] is not None and feat.id() not in bad_area:
                            bad_area.add(feat.id())
                            out["problems"].add_problem(problems[k])
                        pieces["official"].append(official[k])
                        pieces["whole"].append(measurer.measureArea(geom) if official[k] > 0 else float("nan"))
            feedback.setProgress(weight * (zone.index + 1))
        if feedback.isCanceled():
            return None
        whole, official = (None, None) if area_idx < 0 else (np.array(pieces["whole"]), np.array(pieces["official"]))
        out["sums"] = rules.landuse_sums(np.array(pieces["zone"], dtype=np.int64), len(zones), np.array(pieces["area"]),
                                         pieces["code"], preset, variant, whole, official)
        return out

    # ---- scorecard -------------------------------------------------------------------------
    def _scorecard(self, parameters, context, feedback, zones, zone_crs, measurer):
        """Per zone: the scorecard values (scored parcels, then the clipped and the placed lines),
        None where the input was not given."""
        n = len(zones)
        cards = [[] for _ in range(n)]
        scored = self._scored(parameters, context, feedback, zones, zone_crs, measurer)
        columns = (column_lists(scored, rules.SCORED_FIELDS_OUT) if scored
                   else [[None] * n] * len(rules.SCORED_FIELDS_OUT))
        for line in rules.CLIPPED_LINES:
            override = None
            if line.denominator_param:
                # spatial-mode output keeps only unsupplied remainders as geometry, so fully supplied
                # approvals cannot be placed in a zone: the approval layer gives the rate's denominator
                denominator = self._clipped(parameters, line.denominator_param, None, context, feedback, zones,
                                            zone_crs, measurer)
                override = denominator["total_m2"] if denominator is not None else None
            card = self._clipped(parameters, line.param, line, context, feedback, zones, zone_crs, measurer,
                                 warn_no_geometry=override is None, total_override_m2=override)
            columns += (column_lists(card, ("total_ha", "flagged_ha", "rate_pct")) if card is not None
                        else [[None] * n] * len(line.fields))
        for zi in range(n):
            cards[zi] = [col[zi] for col in columns]
        for line in rules.PLACED_LINES:
            values = self._placed(parameters, line, context, feedback, zones, zone_crs, measurer)
            for zi in range(n):
                cards[zi] += values[zi] if values else [None] * len(line.fields)
        return cards

    def _card_warnings(self, setup, param, feedback):
        """The set-up of a scorecard input (core.zone.CardSetup) in words."""
        say = {("scored", rules.NO_FLAG): self.tr('Scored parcels have no field "ie_flag"; the low-efficiency '
                                                  'columns stay empty.'),
               ("scored", rules.NO_TAX): self.tr('Scored parcels have no field "ie_tax"; tax per mu stays empty.'),
               ("scored", rules.MEASURED): self.tr('Scored parcels have no field "ie_areamu"; their areas are '
                                                   'measured.'),
               ("clipped", rules.NO_FLAG): self.tr('Layer {param} has no field "{field}"; only its total area is '
                                                   'reported.'),
               ("placed", rules.NO_FIELD): self.tr('Layer {param} has no field "{field}"; its scorecard line '
                                                   'counts nothing.')}
        for push, messages in ((feedback.pushWarning, setup.warnings()), (feedback.pushInfo, setup.notes())):
            for code, field_name in messages:
                push(say[setup.kind, code].format(param=param, field=field_name))

    def _placed_features(self, source, setup, zones, zone_crs, context, feedback, area_field, measurer):
        """Features of ``source`` placed in the zones by their inner point → (zone index per
        (feature, zone) pair, {field ``setup`` reads: raw values per pair}, 亩 per pair): the 亩 from
        ``area_field`` when readable and positive (core.zone.parcel_area_columns), else measured."""
        idx = {name: find_field(source.fields(), [found]) if found else -1 for name, found in setup.found.items()}
        pairs, columns, areas = [], {name: [] for name in idx if name != area_field}, []
        for chunk in layer_batches(source, zone_crs, context, feedback):
            placed = [(feat, zones.zones_of(feat.geometry())) for feat in chunk]
            placed = [(feat, hits) for feat, hits in placed if hits]
            raw = {name: [py_value(f.attribute(i)) if i >= 0 else None for f, _h in placed] for name, i in idx.items()}
            mu = rules.parcel_area_columns(raw[area_field] if area_field else [None] * len(placed),
                                           np.full(len(placed), np.nan))
            for k in np.flatnonzero(np.isnan(mu)).tolist():
                geom = valid_polygon(placed[k][0].geometry())[0]
                mu[k] = measurer.measureArea(geom) / M2_PER_MU if geom is not None else 0.0
            for k, (_feat, hits) in enumerate(placed):
                for zi in hits:
                    pairs.append(zi)
                    areas.append(float(mu[k]))
                    for name, values in columns.items():
                        values.append(raw[name][k])
        return np.array(pairs, dtype=np.int64), columns, areas

    def _placed(self, parameters, line, context, feedback, zones, zone_crs, measurer):
        """A layer's features placed in the zones by their inner point → [the line's values per zone]."""
        source = optional_source(self, parameters, line.param, context)
        if source is None:
            return None
        setup = rules.card_setup(source.fields().names(), line)
        self._card_warnings(setup, line.param, feedback)
        pairs, columns, areas = self._placed_features(source, setup, zones, zone_crs, context, feedback,
                                                      line.area_field, measurer)
        return rules.placed_card_columns(line, pairs, len(zones), columns, areas)

    def _scored(self, parameters, context, feedback, zones, zone_crs, measurer):
        """Scored parcels placed in the zones → core.zone.scored_card_columns; None when not given."""
        source = optional_source(self, parameters, "SCORED", context)
        if source is None:
            return None
        setup = rules.card_setup(source.fields().names())
        self._card_warnings(setup, "SCORED", feedback)
        pairs, columns, areas = self._placed_features(source, setup, zones, zone_crs, context, feedback, "ie_areamu",
                                                      measurer)
        return rules.scored_card_columns(pairs, len(zones), areas, rules.flag_state_columns(columns["ie_flag"]),
                                         parse_number_array(columns["ie_tax"], "ie_tax")[0], setup.has("ie_flag"),
                                         setup.has("ie_tax"))

    def _clipped(self, parameters, name, line, context, feedback, zones, zone_crs, measurer, warn_no_geometry=True,
                 total_override_m2=None):
        """A layer clipped to each zone → core.zone.clipped_card_columns (``line`` None: a rate's
        denominator, its area only); None when not given."""
        source = optional_source(self, parameters, name, context)
        if source is None:
            return None
        setup = rules.card_setup(source.fields().names(), line) if line is not None else None
        if setup is not None:
            self._card_warnings(setup, name, feedback)
        idx = {key: find_field(source.fields(), [setup.found[f]]) if setup and setup.has(f) else -1
               for key, f in (("flag", line and line.flag_field), ("whole", line and line.whole_area_field))}
        pieces = {"zone": array("q"), "area": array("d"), "flag": array("d"), "geom": array("d"), "whole": array("d")}
        no_geom = 0
        for chunk in layer_batches(source, zone_crs, context, feedback):
            raw = {key: [py_value(f.attribute(i)) if i >= 0 else None for f in chunk] for key, i in idx.items()}
            flags = rules.flag_state_columns(raw["flag"])
            whole = rules.official_area_columns(raw["whole"], line and line.whole_area_field, M2_PER_MU)[0]
            for k, feat in enumerate(chunk):
                geom, repaired = valid_polygon(feat.geometry())
                if geom is None:
                    no_geom += 0 if repaired else 1
                    continue
                geom_m2 = measurer.measureArea(geom) if whole[k] > 0 else float("nan")
                for zone in zones.touching(geom):
                    piece = clip(zone, geom)
                    if piece is not None:
                        pieces["zone"].append(zone.index)
                        pieces["area"].append(measurer.measureArea(piece))
                        pieces["flag"].append(flags[k])
                        pieces["geom"].append(geom_m2)
                        pieces["whole"].append(whole[k])
        if no_geom and warn_no_geometry:
            feedback.pushWarning(self.tr(
                "{n} feature(s) of {param} have no geometry and could not be placed in a zone; they are left out "
                "of the zone totals (and of the rate's denominator).").format(n=no_geom, param=name))
        return rules.clipped_card_columns(np.array(pieces["zone"], dtype=np.int64), len(zones),
                                          np.array(pieces["area"]), np.array(pieces["flag"]), np.array(pieces["geom"]),
                                          np.array(pieces["whole"]) if idx["whole"] >= 0 else None, idx["flag"] >= 0,
                                          total_override_m2)

    # ---- log -------------------------------------------------------------------------------
    def _log(self, feedback, land, summary):
        """``summary``: [(zone name, values in TABLE_FIELDS order)] of the zones with a geometry."""
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
        sums = land["sums"]
        if sums["unknown_m2"]:
            feedback.pushWarning(self.tr(
                'Land-use codes (field "{field}") that the classification does not know; counted neither as '
                'industrial nor as construction land (area inside zones):').format(field=land["code_name"]))
            for code, area in sorted(sums["unknown_m2"].items(), key=lambda kv: -kv[1]):
                feedback.pushWarning("  %s: %.4f %s" % (code, area / M2_PER_HA, self.tr("ha")))
        if sums["other_keys"]:
            feedback.pushInfo(self.tr("Industrial land classes counted in {field}: {keys}").format(
                field=rules.OTHER_BREAKDOWN_FIELD, keys="、".join(sums["other_keys"])))
        feedback.pushInfo(self.tr("Zone | construction land (ha) | industrial land (ha) | share (%) | reached | "
                                  "deficit (ha)"))
        col = {name: i for i, name in enumerate(TABLE_FIELDS)}
        for name, values in summary:
            share, ok, deficit = (values[col[f]] for f in ("ind_share", "share_ok", "deficit_ha"))
            feedback.pushInfo("  %s | %.2f | %.2f | %s | %s | %s" % (
                name, values[col["base_ha"]], values[col["ind_ha"]], "-" if share is None else "%.2f" % share,
                {1: "是", 0: "否", None: "-"}[ok], "-" if deficit is None else "%.2f" % deficit))

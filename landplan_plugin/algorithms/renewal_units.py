"""landplan:renewalunits — 城市更新单元评估 (《郑州市城市更新专项规划》 八3, 七6).

Thin adapter: clips land use, renewal resources, key areas and new areas to each unit, buffers
green spaces, parks and railways and measures (QGIS geometry, spatial indexes); every share, class,
type and reason comes from ``core/renewal_units.py`` (the rule text lives there).
"""
import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
)

from ..core import fields
from ..core import renewal_units as ru
from ..core import zone as zone_rules
from ..core.landuse import load_preset
from ..core.renewal import load_codes
from ..core.units import M2_PER_HA
from ..qvariant import py_value
from .base import LandPlanAlgorithm
from .field_resolution import find_field, make_field
from .params import add_ledger_param, classification_param, LANDUSE_PRESET_IDS
from .problems import ProblemTally, problem_label
from .zone_layers import ZoneSet, clip, feature_polygon, layer_batches, optional_source, union_geometry, zone_batches
from .. import compat

CANDIDATES = fields.CANDIDATES["renewalunits"]
POLY = [compat.SOURCE_POLYGON]
SEGMENTS = 16
NUMBERS = (("TOD_RADIUS", ru.DEFAULT_TOD_RADIUS), ("GREEN_MIN_AREA", ru.DEFAULT_GREEN_MIN_AREA),
           ("PARK_MIN_AREA", ru.DEFAULT_PARK_MIN_AREA), ("GREEN_DIST", ru.DEFAULT_GREEN_DIST),
           ("PARK_DIST", ru.DEFAULT_PARK_DIST), ("RAIL_BELT", ru.DEFAULT_RAIL_BELT),
           ("GENERAL_SHARE", ru.DEFAULT_GENERAL_SHARE), ("GAP_SHARE", ru.DEFAULT_GAP_SHARE))


class Indexed:
    """Geometries of one layer (in the working CRS) with their attributes and a spatial index."""

    def __init__(self):
        self.geoms, self.attrs, self.index = [], [], QgsSpatialIndex()
        self._buffers = {}

    def add(self, geom, attrs):
        self.index.addFeature(len(self.geoms), geom.boundingBox())
        self.geoms.append(geom)
        self.attrs.append(attrs)

    def buffered(self, i, dist):
        """Geometry ``i`` buffered by ``dist`` (computed once per run: neighbouring units share it)."""
        key = (i, dist)
        if key not in self._buffers:
            self._buffers[key] = self.geoms[i].buffer(dist, SEGMENTS)
        return self._buffers[key]

    def near(self, rect, grow=0.0):
        rect = rect.buffered(grow) if grow else rect
        return sorted(self.index.intersects(rect))


class RenewalUnits(LandPlanAlgorithm):
    def name(self):
        return "renewalunits"

    def displayName(self):
        return self.tr("Assess urban renewal units")

    def shortDescription(self):
        return self.tr("Per renewal unit: the old-area share, the suggested unit type with its reason, green and "
                       "park coverage of residential land, buildings in the railway belt.")

    def tags(self):
        return self.tr("urban renewal,renewal unit,TOD,green space,park,railway").split(",")

    def initAlgorithm(self, config=None):
        any_geom = [compat.SOURCE_ANY_GEOMETRY]
        self.addParameter(QgsProcessingParameterFeatureSource("UNITS", self.tr("Renewal units (更新单元)"), POLY))
        self.add_field_param("UNIT_NAME_FIELD", self.tr("Unit name field"), parent="UNITS", any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "RESOURCES", self.tr("Renewal resources (output of the renewal resources algorithm)"), POLY))
        self.addParameter(QgsProcessingParameterFeatureSource("LANDUSE", self.tr("Land use (三调 or 现状)"), POLY))
        self.add_field_param("LANDUSE_CODE_FIELD", self.tr("Land-use code field"), parent="LANDUSE", any_type=True)
        self.add_field_param("LANDUSE_AREA_FIELD", self.tr("Official land-use area field (m², e.g. TBDLMJ)"),
                             parent="LANDUSE", numeric=True, advanced=True)
        self.addParameter(classification_param())
        self.addParameter(QgsProcessingParameterFeatureSource(
            "KEY_AREAS", self.tr("Key areas (重要中心区, 产业集聚区, 商业集中区, 历史文化资源富集区 …)"), POLY,
            optional=True))
        self.add_field_param("KEY_TYPE_FIELD", self.tr("Key area type field"), parent="KEY_AREAS", any_type=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "STATIONS", self.tr("Rail transit stations (TOD)"), [compat.SOURCE_POINT],
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "NEW_AREAS", self.tr("New urban areas and new parks (城市新区 / 新建园区)"), POLY, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "GREEN", self.tr("Green spaces and parks"), POLY, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "RAILWAYS", self.tr("Railways (lines or railway land)"), any_geom, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "BUILDINGS", self.tr("Buildings"), POLY, optional=True))
        self.add_field_param("FLOOR_AREA_FIELD", self.tr("Floor area field (m²)"), parent="BUILDINGS", numeric=True)
        self.add_field_param("VACANCY_FIELD", self.tr("Vacancy rate field (%)"), parent="BUILDINGS", numeric=True)
        labels = {"TOD_RADIUS": self.tr("TOD radius around a station (m)"),
                  "GREEN_MIN_AREA": self.tr("Smallest green space that counts (m²)"),
                  "PARK_MIN_AREA": self.tr("Smallest park that counts (m²)"),
                  "GREEN_DIST": self.tr("Distance to a green space (m)"),
                  "PARK_DIST": self.tr("Distance to a park (m)"),
                  "RAIL_BELT": self.tr("Railway protection belt (m)"),
                  "GENERAL_SHARE": self.tr("Old-area share for a general renewal unit (%, local choice)"),
                  "GAP_SHARE": self.tr("Efficiency gap of an optimisation unit (%, local choice)")}
        for name, default in NUMBERS:
            self.addParameter(QgsProcessingParameterNumber(
                name, labels[name], type=compat.NUMBER_DOUBLE, defaultValue=default,
                minValue=0.0))
        add_ledger_param(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Renewal units assessed"), compat.SOURCE_POLYGON, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "UNCOVERED", self.tr("Residential land beyond the green-space distance"),
            compat.SOURCE_POLYGON, optional=True, createByDefault=True))

    def processAlgorithm(self, parameters, context, feedback):
        units = self.source_or_fail(parameters, "UNITS", context)
        crs = self._work_crs(self.check_crs(units, self.tr("Renewal units")), units, context, feedback)
        num = {name: self.parameterAsDouble(parameters, name, context) for name, _ in NUMBERS}
        tally = ProblemTally()
        zones, names = self._units(parameters, units, crs, context, feedback, tally)
        layers = self._layers(parameters, crs, num, context, feedback, tally)
        landuse = self.source_or_fail(parameters, "LANDUSE", context)
        lu = self._landuse_setup(parameters, landuse, crs, context, feedback)
        per_unit, pieces, uncovered = [], _Pieces(), []
        for k, zone in enumerate(zones):
            if feedback.isCanceled():
                return {}
            per_unit.append(self._assess_unit(zone, layers, num))
            self._unit_landuse(k, zone, landuse, lu, per_unit[-1], pieces, uncovered, context, feedback, tally)
            feedback.setProgress(5 + 75 * (k + 1) / max(1, len(zones)))
        if feedback.isCanceled():
            return {}
        bld = self._buildings(parameters, zones, layers, num, crs, context, feedback, tally)
        columns = self._columns(zones, per_unit, pieces, bld, layers, num, lu, tally)
        columns["ru_name"] = names
        results = self._write(parameters, context, units, zones, columns, uncovered, num, crs, feedback)
        if not results:
            return {}
        ledger = self.parameterAsFileOutput(parameters, "LEDGER", context)
        if ledger:
            from ..output.ledger_sheets import write_sheet
            results["LEDGER"] = write_sheet(ledger, *ru.ledger_sheet(names, columns))
        self._log(columns, tally, feedback)
        feedback.setProgress(100)
        return results

    # ---- set-up -------------------------------------------------------------------------------
    def _work_crs(self, crs, units, context, feedback):
        """The units' CRS when projected; a geographic one is reprojected to the CGCS2000 3° Gauss–Krüger
        zone of the units' centre (distances and buffers need metres)."""
        if not crs.isGeographic():
            return crs
        from ..core import coordinates  # numpy: not at plugin start-up
        epsg = coordinates.crs_epsg("CGCS2000", 3, coordinates.zone_for_longitude(units.sourceExtent().center().x()),
                                    prefixed=False)
        if epsg is None:
            raise QgsProcessingException(self.tr("The renewal units are in a geographic CRS outside China's "
                                                 "Gauss–Krüger zones: reproject them to a projected CRS."))
        work = QgsCoordinateReferenceSystem("EPSG:%d" % epsg)
        feedback.pushWarning(self.tr("The renewal units are in a geographic CRS ({crs}): every layer is reprojected "
                                     "to {work} for distances in metres; the outputs are in {work}.").format(
            crs=crs.authid(), work=work.authid()))
        return work

    def _reprojected(self, source, label, crs, feedback):
        if source.sourceCrs() != crs:
            feedback.pushWarning(self.tr("Layer {label} is in {crs}: reprojected to {work}.").format(
                label=label, crs=source.sourceCrs().authid(), work=crs.authid()))

    def _units(self, parameters, units, crs, context, feedback, tally):
        name_idx = self.resolve_field(parameters, "UNIT_NAME_FIELD", units.fields(), CANDIDATES["UNIT_NAME_FIELD"],
                                      feedback, self.tr("unit name"))
        zones = ZoneSet.read(units, name_idx, feedback, crs, context)
        for z in zones:
            raw = py_value(z.attrs[name_idx]) if name_idx >= 0 else None
            if raw in (None, "") or not str(raw).strip():
                tally.add("unit_without_name", example="UNITS #%d" % z.fid)
            if z.repaired:
                tally.add("invalid_geometry", example="UNITS #%d" % z.fid)
            if z.geom is None:
                tally.add("empty_geometry", example="UNITS #%d" % z.fid)
        return zones, [z.name for z in zones]

    def _read(self, parameters, name, crs, context, feedback, tally, attr=-1, kind="polygon"):
        """An optional layer as :class:`Indexed` (None when not given): polygons repaired, points and
        lines as they are; ``attr`` the field index kept with each geometry."""
        source = optional_source(self, parameters, name, context)
        if source is None:
            return None
        self.check_crs(source, name)
        self._reprojected(source, name, crs, feedback)
        out = Indexed()
        for chunk in layer_batches(source, crs, context, feedback):
            for feat in chunk:
                if kind == "polygon":
                    geom = feature_polygon(feat, tally, name)
                else:
                    geom = None if feat.geometry().isEmpty() else QgsGeometry(feat.geometry())
                if geom is not None:
                    out.add(geom, py_value(feat.attribute(attr)) if attr >= 0 else None)
        return out

    def _layers(self, parameters, crs, num, context, feedback, tally):
        res = self.source_or_fail(parameters, "RESOURCES", context)
        class_idx = find_field(res.fields(), CANDIDATES["RESOURCE_CLASS_FIELD"])
        if class_idx < 0:
            raise QgsProcessingException(self.tr("The renewal resources have no class field (ur_class)."))
        key = optional_source(self, parameters, "KEY_AREAS", context)
        key_idx = -1 if key is None else self.resolve_field(parameters, "KEY_TYPE_FIELD", key.fields(),
                                                             CANDIDATES["KEY_TYPE_FIELD"], feedback,
                                                             self.tr("key area type"))
        layers = {"resources": self._read(parameters, "RESOURCES", crs, context, feedback, tally, class_idx),
                  "key": self._read(parameters, "KEY_AREAS", crs, context, feedback, tally, key_idx),
                  "stations": self._read(parameters, "STATIONS", crs, context, feedback, tally, kind="point"),
                  "new": self._read(parameters, "NEW_AREAS", crs, context, feedback, tally),
                  "rail": self._read(parameters, "RAILWAYS", crs, context, feedback, tally, kind="line")}
        green = self._read(parameters, "GREEN", crs, context, feedback, tally)
        layers["green"] = layers["park"] = None
        measurer = layers["measurer"] = self.area_measurer(crs, context)
        if green is not None:
            is_green, is_park = ru.green_classes([measurer.measureArea(g) for g in green.geoms],
                                                 num["GREEN_MIN_AREA"], num["PARK_MIN_AREA"])
            for key_name, mask in (("green", is_green), ("park", is_park)):
                layers[key_name] = Indexed()
                for geom, keep in zip(green.geoms, mask.tolist()):
                    if keep:
                        layers[key_name].add(geom, None)
        return layers

    def _landuse_setup(self, parameters, landuse, crs, context, feedback):
        """The land use's fields, classification, rules, and the CRS to request it in (None: its own)."""
        self.check_crs(landuse, "LANDUSE")
        self._reprojected(landuse, "LANDUSE", crs, feedback)
        code = self.resolve_field(parameters, "LANDUSE_CODE_FIELD", landuse.fields(),
                                  CANDIDATES["LANDUSE_CODE_FIELD"], feedback, self.tr("land-use code"))
        if code < 0:
            raise QgsProcessingException(self.tr("The land use has no land-use code field (LANDUSE_CODE_FIELD)."))
        area = self.resolve_field(parameters, "LANDUSE_AREA_FIELD", landuse.fields(),
                                  CANDIDATES["LANDUSE_AREA_FIELD"], feedback, self.tr("official land-use area"))
        preset = load_preset(LANDUSE_PRESET_IDS[self.parameterAsEnum(parameters, "CLASSIFICATION", context)])
        return {"code": code, "area": area, "area_name": landuse.fields().at(area).name() if area >= 0 else "",
                "preset": preset, "rules": ru.load_rules(), "codes": load_codes(),
                "crs": None if landuse.sourceCrs() == crs else crs, "measurer": self.area_measurer(crs, context)}

    # ---- per unit -----------------------------------------------------------------------------
    def _assess_unit(self, zone, layers, num):
        """Geometry of one unit: its area, resources by class (clipped), key-area overlaps, the nearest
        station, the share inside the new areas, the green and park reach."""
        measurer = layers["measurer"]
        out = {"area": 0.0, "by_class": {}, "unions": {}, "keys": [], "tod": math.nan, "new": math.nan,
               "green": None, "park": None}
        if zone.geom is None:
            return out
        geom = zone.geom
        out["area"] = measurer.measureArea(geom)
        by_class = {}
        res = layers["resources"]
        for i in res.near(zone.bbox):
            piece = clip(zone, res.geoms[i])
            if piece is not None:
                by_class.setdefault(str(res.attrs[i] or "").strip(), []).append(piece)
        out["unions"] = {name: union_geometry(pieces) for name, pieces in by_class.items()}
        out["by_class"] = {name: measurer.measureArea(g) for name, g in out["unions"].items()}
        if layers["key"] is not None:
            key = layers["key"]
            for i in key.near(zone.bbox):
                piece = clip(zone, key.geoms[i])
                if piece is not None:
                    out["keys"].append((str(key.attrs[i] or "重点功能区"), measurer.measureArea(piece)))
        if layers["stations"] is not None:
            st = layers["stations"]
            dists = [geom.distance(st.geoms[i]) for i in st.near(zone.bbox, num["TOD_RADIUS"] + 1)]
            out["tod"] = min(dists) if dists else math.nan
        if layers["new"] is not None:
            new = layers["new"]
            inside = union_geometry([p for p in (clip(zone, new.geoms[i]) for i in new.near(zone.bbox)) if p])
            out["new"] = (measurer.measureArea(inside) if inside is not None else 0.0) / max(out["area"], 1e-9)
        for key_name, dist in (("green", num["GREEN_DIST"]), ("park", num["PARK_DIST"])):
            layer = layers[key_name]
            if layer is not None:
                near = [layer.buffered(i, dist) for i in layer.near(zone.bbox, dist + 1)]
                out[key_name] = union_geometry(near) if near else QgsGeometry()
        return out

    def _unit_landuse(self, k, zone, landuse, lu, unit, pieces, uncovered, context, feedback, tally):
        """The unit's land-use pieces: area, the parts covered by 四旧一村 / 城中村 / 低效 resources
        (construction land) and by the green and park reach (residential land); uncovered parts."""
        if zone.geom is None:
            return
        measurer, rules = lu["measurer"], lu["rules"]
        got = []
        attrs = [lu["code"]] + ([lu["area"]] if lu["area"] >= 0 else [])
        for chunk in zone_batches(landuse, zone, attrs, lu["crs"], context, feedback):
            for feat in chunk:
                geom = feature_polygon(feat, tally if feat.id() not in pieces.seen else ProblemTally(), "LANDUSE")
                pieces.seen.add(feat.id())
                piece = clip(zone, geom) if geom is not None else None
                if piece is not None:
                    got.append((feat, geom, piece))
        if not got:
            return
        roles = ru.landuse_roles([py_value(f.attribute(lu["code"])) for f, _, _ in got], lu["preset"], lu["codes"])
        unions = {role: union_geometry([g for name, g in unit["unions"].items() if name in classes and g])
                  for role, classes in (("old", rules.old_classes), ("vil", rules.village_classes),
                                        ("low", rules.low_classes))}
        for j, (feat, geom, piece) in enumerate(got):
            con, res = bool(roles["construction"][j]), bool(roles["residential"][j])
            covered = {role: (_overlap(piece, unions[role], measurer) if con else 0.0) for role in unions}
            for role in ("green", "park"):
                covered[role] = _overlap(piece, unit[role], measurer) if res else 0.0
            pieces.add(k, measurer.measureArea(piece), measurer.measureArea(geom),
                       py_value(feat.attribute(lu["area"])) if lu["area"] >= 0 else None,
                       con, res, covered)
            if res and unit["green"] is not None:
                rest = piece if unit["green"].isEmpty() else piece.difference(unit["green"])
                for part in _parts(rest):
                    in_park = unit["park"] is not None and not unit["park"].isEmpty() and \
                        unit["park"].contains(part)
                    uncovered.append((zone.name, roles["code"][j], measurer.measureArea(part), in_park, part))

    def _buildings(self, parameters, zones, layers, num, crs, context, feedback, tally):
        """Per building: its unit (a point on its surface), footprint, floor area, vacancy, the distance
        to the nearest railway within the belt (NaN when none)."""
        source = optional_source(self, parameters, "BUILDINGS", context)
        out = {"unit": [], "foot": [], "floor": [], "vac": [], "dist": [], "floor_name": "", "vac_name": ""}
        if source is None:
            return None
        self.check_crs(source, "BUILDINGS")
        self._reprojected(source, "BUILDINGS", crs, feedback)
        floor = self.resolve_field(parameters, "FLOOR_AREA_FIELD", source.fields(), CANDIDATES["FLOOR_AREA_FIELD"],
                                   feedback, self.tr("floor area"))
        vac = self.resolve_field(parameters, "VACANCY_FIELD", source.fields(), CANDIDATES["VACANCY_FIELD"],
                                 feedback, self.tr("vacancy rate"))
        out["floor_name"] = source.fields().at(floor).name() if floor >= 0 else ""
        out["vac_name"] = source.fields().at(vac).name() if vac >= 0 else ""
        measurer = layers["measurer"]
        rail, belt = layers["rail"], num["RAIL_BELT"]
        for chunk in layer_batches(source, crs, context, feedback, progress=(80, 95)):
            for feat in chunk:
                geom = feature_polygon(feat, tally, "BUILDINGS")
                if geom is None:
                    continue
                placed = zones.zones_of(geom)
                out["unit"].append(placed[0] if placed else -1)
                out["foot"].append(measurer.measureArea(geom))
                out["floor"].append(py_value(feat.attribute(floor)) if floor >= 0 else None)
                out["vac"].append(py_value(feat.attribute(vac)) if vac >= 0 else None)
                near = [] if rail is None else [geom.distance(rail.geoms[i]) for i in rail.near(geom.boundingBox(),
                                                                                                 belt + 1)]
                out["dist"].append(min(near) if near else math.nan)
        return out

    # ---- the core's columns -------------------------------------------------------------------
    def _columns(self, zones, per_unit, pieces, bld, layers, num, lu, tally):
        n, rules = len(zones), lu["rules"]
        official = None
        if lu["area"] >= 0:
            official, problems = zone_rules.official_area_columns(pieces.official, lu["area_name"])
            tally.add_problems(p for p in problems if p is not None)
        sums = ru.unit_landuse_columns(pieces.unit, n, pieces.piece, pieces.con, pieces.res, pieces.cov["old"],
                                       pieces.cov["vil"], pieces.cov["low"], pieces.cov["green"],
                                       pieces.cov["park"], pieces.whole, official)
        old_pct = zone_rules.rate_pct_columns(sums["old"], sums["con"])
        low_pct = zone_rules.rate_pct_columns(sums["low"], sums["con"])
        grn, prk = ru.coverage_columns(sums["resi"], sums["grn"], sums["prk"], layers["green"] is not None)
        nan = [math.nan] * n
        vac, count, rail_m2 = nan, [0] * n, [0.0] * n
        if bld is not None:
            vac, problems = ru.vacancy_columns(bld["unit"], n, bld["vac"], bld["floor"] if bld["floor_name"] else None,
                                               bld["foot"], bld["vac_name"], bld["floor_name"])
            tally.add_problems(problems.values())
            _, count, rail_m2, _ = ru.rail_columns(bld["unit"], n, bld["dist"], num["RAIL_BELT"],
                                                   bld["floor"] if bld["floor_name"] else None, bld["foot"])
        types, reasons = ru.unit_types([u["keys"] for u in per_unit], [u["tod"] for u in per_unit], old_pct,
                                       [u["new"] for u in per_unit], low_pct, vac, num["TOD_RADIUS"],
                                       num["GENERAL_SHARE"], num["GAP_SHARE"], [z.geom is not None for z in zones])
        return {"ru_type": types, "ru_reason": reasons, "ru_area_ha": [u["area"] / M2_PER_HA for u in per_unit],
                "ru_con_ha": sums["con"] / M2_PER_HA, "ru_old_pct": old_pct, "ru_old_ha": sums["old"] / M2_PER_HA,
                "ru_vil_ha": sums["vil"] / M2_PER_HA, "ru_low_ha": sums["low"] / M2_PER_HA, "ru_low_pct": low_pct,
                "ru_vac_pct": vac, "ru_res": ru.resource_columns([u["by_class"] for u in per_unit], rules),
                "ru_resi_ha": sums["resi"] / M2_PER_HA, "ru_grn_pct": grn, "ru_prk_pct": prk,
                "ru_rail_n": count, "ru_rail_m2": rail_m2}

    # ---- outputs ------------------------------------------------------------------------------
    def _fields(self):
        specs = (("ru_name", "string", self.tr("Unit"), 100), ("ru_type", "string", self.tr("Suggested unit type"), 20),
                 ("ru_reason", "string", self.tr("Reason"), 254), ("ru_area_ha", "double", self.tr("Unit area (ha)")),
                 ("ru_con_ha", "double", self.tr("Construction land (ha)")),
                 ("ru_old_pct", "double", self.tr("Old-area share of construction land (%)")),
                 ("ru_old_ha", "double", self.tr("Old areas (ha)")),
                 ("ru_vil_ha", "double", self.tr("Urban villages (ha)")),
                 ("ru_low_ha", "double", self.tr("Low-efficiency land (ha)")),
                 ("ru_low_pct", "double", self.tr("Low-efficiency share (%)")),
                 ("ru_vac_pct", "double", self.tr("Building vacancy (%)")),
                 ("ru_res", "string", self.tr("Renewal resources by class"), 254),
                 ("ru_resi_ha", "double", self.tr("Residential land (ha)")),
                 ("ru_grn_pct", "double", self.tr("Residential land near green space (%)")),
                 ("ru_prk_pct", "double", self.tr("Residential land near a park (%)")),
                 ("ru_rail_n", "int", self.tr("Buildings in the railway belt")),
                 ("ru_rail_m2", "double", self.tr("Floor area in the railway belt (m²)")))
        return [make_field(name, kind, alias, *((rest[0],) if rest else (20, 4)))
                for name, kind, alias, *rest in specs]

    def _write(self, parameters, context, units, zones, columns, uncovered, num, crs, feedback):
        added = self._fields()
        out_fields, kept = self.output_fields(units.fields(), added, feedback)
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, out_fields, compat.WKB_MULTIPOLYGON,
                                         crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        names = [f.name() for f in added]
        for i, zone in enumerate(zones):
            feat = QgsFeature(out_fields)
            feat.setAttributes([zone.attrs[j] for j in kept] + [_cell(columns[name][i]) for name in names])
            if zone.geom is not None:
                geom = QgsGeometry(zone.geom)
                geom.convertToMultiType()
                feat.setGeometry(geom)
            sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
        del sink
        uc_fields = QgsFields()
        for field in (make_field("uc_unit", "string", self.tr("Unit"), 100),
                      make_field("uc_code", "string", self.tr("Land-use code"), 20),
                      make_field("uc_m2", "double", self.tr("Area (m²)"), 20, 2),
                      make_field("uc_park", "int", self.tr("Within the park distance (1/0)")),
                      make_field("uc_reason", "string", self.tr("Reason"), 254)):
            uc_fields.append(field)
        uc_sink, uc_id = self.create_sink(parameters, "UNCOVERED", context, uc_fields,
                                          compat.WKB_MULTIPOLYGON, crs)
        uncovered = uncovered if uc_sink is not None else []
        reasons = ru.uncovered_reasons([u[2] for u in uncovered], [u[3] for u in uncovered], num["GREEN_DIST"],
                                       num["PARK_DIST"], num["GREEN_MIN_AREA"], num["PARK_MIN_AREA"])
        for (unit, code, m2, in_park, part), reason in zip(uncovered, reasons.tolist()):
            feat = QgsFeature(uc_fields)
            feat.setAttributes([unit, code or None, m2, int(bool(in_park)), reason])
            part.convertToMultiType()
            feat.setGeometry(part)
            uc_sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
        del uc_sink
        if feedback.isCanceled():
            for destination in (dest_id, uc_id):
                self.discard_partial_output(destination, feedback)
            return {}
        from ..output.styling import finish_output
        finish_output(self, context, dest_id, "renewal_units", feedback)
        results = {"OUTPUT": dest_id}
        if uc_id:
            finish_output(self, context, uc_id, "renewal_uncovered", feedback)
            results["UNCOVERED"] = uc_id
        return results

    def _log(self, columns, tally, feedback):
        labels = {"unit_without_name": self.tr("renewal unit without a name (named #fid)")}
        for kind, count in tally.kinds().items():
            feedback.pushWarning("%s: %d" % (labels.get(kind) or problem_label(kind), count))
            for example in tally.examples.get(kind, []):
                feedback.pushWarning("  " + example)
        types = list(columns["ru_type"])
        feedback.pushInfo(self.tr("{n} renewal unit(s): {counts}.").format(
            n=len(types), counts="，".join("%s %d" % (t, types.count(t)) for t in ru.TYPES if types.count(t))))


class _Pieces:
    """The land-use pieces of every unit, as columns for the core."""

    def __init__(self):
        self.unit, self.piece, self.whole, self.official, self.con, self.res = [], [], [], [], [], []
        self.cov = {"old": [], "vil": [], "low": [], "green": [], "park": []}
        self.seen = set()

    def add(self, unit, piece_m2, whole_m2, official, con, res, covered):
        for column, value in ((self.unit, unit), (self.piece, piece_m2), (self.whole, whole_m2),
                              (self.official, official), (self.con, con), (self.res, res)):
            column.append(value)
        for role, column in self.cov.items():
            column.append(covered[role])


def _overlap(piece, other, measurer):
    """m² of ``piece`` ∩ ``other`` (0 when ``other`` is None or empty)."""
    if other is None or other.isEmpty() or not piece.boundingBox().intersects(other.boundingBox()):
        return 0.0
    inter = piece.intersection(other)
    return measurer.measureArea(inter) if inter is not None and not inter.isEmpty() else 0.0


def _parts(geom):
    if geom is None or geom.isNull() or geom.isEmpty():
        return []
    out = []
    for part in geom.asGeometryCollection() if geom.isMultipart() else [geom]:
        part = QgsGeometry(part)
        if not part.isEmpty() and part.type() == compat.GEOMETRY_POLYGON and part.area() > 1e-6:
            out.append(part)
    return out


def _cell(value):
    """A core value as an attribute: NaN → NULL, numpy scalars → Python."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


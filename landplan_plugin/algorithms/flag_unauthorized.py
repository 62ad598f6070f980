"""landplan:flagunauthorized — 疑似违法占地 (濮政办〔2021〕6号 §二(三)6).

Thin adapter: built-up land minus approvals, supplies and registered parcels (geometry, here),
dissolved per zone and land-use code, split into single parts; which pieces are kept and what
they say is decided by ``core/unauthorized.py`` (the rule text lives there).
"""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
)

from .. import compat
from ..core import fields
from ..core import landuse
from ..core import unauthorized as ua
from ..i18n import tr_base
from ..qvariant import py_value
from .base import LandPlanAlgorithm
from .field_resolution import make_field
from .problems import ProblemTally
from .params import classification_param, LANDUSE_PRESET_IDS
from .zone_layers import (ZoneSet, clip, feature_polygon, layer_batches, optional_source, single_parts,
                          subtract_cover, union_geometry)

PRESET_IDS = LANDUSE_PRESET_IDS
COVER_LAYERS = ("APPROVALS", "SUPPLIED", "REGISTERED")
CANDIDATES = fields.CANDIDATES["flagunauthorized"]


class FlagUnauthorized(LandPlanAlgorithm):
    def name(self):
        return "flagunauthorized"

    def displayName(self):
        return self.tr("Flag suspected unauthorised land use")

    def shortDescription(self):
        return self.tr("Built-up land that no approval, supply or registered parcel covers: leads for inspection.")

    def tags(self):
        return self.tr("unauthorised,illegal land use,built-up,approval,supply,inspection").split(",")

    def initAlgorithm(self, config=None):
        poly = [compat.SOURCE_POLYGON]
        self.addParameter(QgsProcessingParameterFeatureSource(
            "BUILTUP", self.tr("Built-up land (land-use polygons or building footprints)"), poly, optional=True))
        self.add_field_param("BUILTUP_CODE_FIELD", self.tr("Land-use code field (empty = every feature is built-up)"),
                             parent="BUILTUP", any_type=True)
        self.addParameter(classification_param())
        self.addParameter(QgsProcessingParameterFeatureSource("APPROVALS", self.tr("Approvals (批地)"), poly))
        self.addParameter(QgsProcessingParameterFeatureSource("SUPPLIED", self.tr("Supplies (供地)"), poly))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "REGISTERED", self.tr("Registered parcels (登记宗地)"), poly, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ZONES", self.tr("Development zones (restrict to them)"), poly, optional=True))
        self.add_field_param("ZONE_NAME_FIELD", self.tr("Zone name field"), parent="ZONES", any_type=True)
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_AREA", self.tr("Minimum area (mu); smaller pieces are slivers"),
            type=compat.NUMBER_DOUBLE, defaultValue=ua.DEFAULT_MIN_MU, minValue=0.0))
        self.set_advanced(QgsProcessingParameterBoolean(
            "PASS_EMPTY", self.tr("No built-up layer: write an empty result instead of stopping (for models)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Suspected unauthorised land use"), compat.SOURCE_POLYGON))

    def processAlgorithm(self, parameters, context, feedback):
        builtup = optional_source(self, parameters, "BUILTUP", context)
        if builtup is None:
            return self._nothing_to_check(parameters, context, feedback)
        crs = self.check_crs(builtup, self.tr("Built-up land"))
        code_idx = self.resolve_field(parameters, "BUILTUP_CODE_FIELD", builtup.fields(),
                                      CANDIDATES["BUILTUP_CODE_FIELD"], feedback, self.tr("land-use code"))
        preset = landuse.load_preset(PRESET_IDS[self.parameterAsEnum(parameters, "CLASSIFICATION", context)])
        if code_idx < 0:
            feedback.pushInfo(self.tr("No land-use code field: every feature of the built-up layer counts "
                                      "(building footprints)."))
        min_mu = self.parameterAsDouble(parameters, "MIN_AREA", context)
        checked = [name for name in COVER_LAYERS if parameters.get(name) not in (None, "")]
        tally = ProblemTally()
        cover, cover_index = self._cover(parameters, checked, crs, context, feedback, tally)
        zones = self._zones(parameters, crs, context, feedback)
        groups = self._uncovered(builtup, code_idx, preset, cover, cover_index, zones, crs, context, feedback, tally)
        if feedback.isCanceled():
            return {}
        fields = self._fields()
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, fields, compat.WKB_POLYGON, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        measurer = self.area_measurer(crs, context)
        kept, slivers = {"zone": [], "mu": []}, []
        for (zone_name, code), pieces in groups.items():
            if feedback.isCanceled():
                break
            parts = single_parts(union_geometry(pieces))
            areas = [measurer.measureArea(part) for part in parts]
            keep, ua_mu, reasons = ua.assess_pieces(areas, [code or None] * len(parts),
                                                    [preset.known.get(code) if code else None] * len(parts),
                                                    [zone_name] * len(parts), checked, min_mu)
            for part, area, kept_piece, mu, reason in zip(parts, areas, keep.tolist(), ua_mu.tolist(), reasons):
                if not kept_piece:
                    slivers.append(area)
                    continue
                feat = QgsFeature(fields)
                feat.setAttributes([1, mu, code or None, zone_name, reason])
                feat.setGeometry(part)
                sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
                kept["zone"].append(zone_name)
                kept["mu"].append(mu)
        del sink
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        from ..output.styling import finish_output
        finish_output(self, context, dest_id, "unauthorized", feedback)
        self._log(ua.totals_by_zone(kept["zone"], kept["mu"]), slivers, min_mu, checked, tally, feedback)
        feedback.setProgress(100)
        return {"OUTPUT": dest_id}

    # ---- steps ------------------------------------------------------------------------------
    def _nothing_to_check(self, parameters, context, feedback):
        """No BUILTUP: stop, or (PASS_EMPTY) an empty result in the approvals' CRS."""
        if not self.parameterAsBool(parameters, "PASS_EMPTY", context):
            raise QgsProcessingException(self.tr("No built-up layer was given (BUILTUP)."))
        feedback.pushWarning(self.tr("No built-up layer was given (BUILTUP): nothing is checked, the result is "
                                     "empty (PASS_EMPTY)."))
        crs = self.source_or_fail(parameters, "APPROVALS", context).sourceCrs()
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, self._fields(), compat.WKB_POLYGON, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        del sink
        return {"OUTPUT": dest_id}

    def _cover(self, parameters, checked, crs, context, feedback, tally):
        """Covering polygons (approvals, supplies, registered parcels) in ``crs`` with an index."""
        cover = []
        index = QgsSpatialIndex()
        for k, name in enumerate(checked):
            source = optional_source(self, parameters, name, context)
            self.check_crs(source, name)
            for chunk in layer_batches(source, crs, context, feedback, attributes=[], progress=(k * 10, k * 10 + 10)):
                for feat in chunk:
                    geom = feature_polygon(feat, tally, name)
                    if geom is not None:
                        index.addFeature(len(cover), geom.boundingBox())
                        cover.append(geom)
        return cover, index

    def _zones(self, parameters, crs, context, feedback):
        source = optional_source(self, parameters, "ZONES", context)
        if source is None:
            return None
        self.check_crs(source, self.tr("Development zones"))
        name_idx = self.resolve_field(parameters, "ZONE_NAME_FIELD", source.fields(), CANDIDATES["ZONE_NAME_FIELD"],
                                      feedback, self.tr("zone name"))
        return ZoneSet.read(source, name_idx, feedback, crs, context)

    def _uncovered(self, builtup, code_idx, preset, cover, cover_index, zones, crs, context, feedback, tally):
        """{(zone name or None, normalised code or ''): [uncovered pieces]}."""
        groups = {}
        engines = {}
        for chunk in layer_batches(builtup, crs, context, feedback, progress=(30, 85)):
            raw = [py_value(f.attribute(code_idx)) for f in chunk] if code_idx >= 0 else None
            is_builtup, codes = ua.builtup_columns(raw, preset, len(chunk))
            for feat, builtup, code in zip(chunk, is_builtup.tolist(), codes.tolist()):
                if not builtup:
                    continue
                geom = feature_polygon(feat, tally, "BUILTUP")
                if geom is None:
                    continue
                places = [(None, geom)] if zones is None else [
                    (z.name, clip(z, geom)) for z in zones.touching(geom) if z.geom is not None]
                for zone_name, piece in places:
                    if piece is None:
                        continue
                    rest = subtract_cover(piece, cover, cover_index, engines)
                    if rest is not None:
                        groups.setdefault((zone_name, code), []).append(rest)
        return groups

    def _fields(self):
        from qgis.core import QgsFields
        fields = QgsFields()
        for field in (make_field("ua_flag", "int", self.tr("Suspected unauthorised (1)")),
                      make_field("ua_mu", "double", self.tr("Area (mu)"), 20, 4),
                      make_field("ua_code", "string", self.tr("Land-use code"), 20),
                      make_field("ua_zone", "string", self.tr("Zone"), 100),
                      make_field("ua_reason", "string", self.tr("Reason"), 254)):
            fields.append(field)
        return fields

    def _log(self, kept, slivers, min_mu, checked, tally, feedback):
        feedback.pushInfo(self.tr("Checked against: {layers}.").format(layers=", ".join(checked)))
        labels = {"invalid_geometry": tr_base("invalid geometry (repaired)"),
                  "empty_geometry": tr_base("empty or NULL geometry")}
        for kind, count in tally.kinds().items():
            feedback.pushWarning("%s: %d" % (labels.get(kind, kind), count))
            for example in tally.examples.get(kind, []):
                feedback.pushWarning("  " + example)
        if slivers:
            feedback.pushInfo(self.tr("{n} sliver(s) below {min} mu dropped ({m2} m² in all).").format(
                n=len(slivers), min=min_mu, m2="%.2f" % sum(slivers)))
        total = sum(c for c, _ in kept.values())
        feedback.pushInfo(self.tr("{n} piece(s) of suspected unauthorised land use, {mu} mu.").format(
            n=total, mu="%.2f" % sum(m for _, m in kept.values())))
        for zone_name, (count, mu) in sorted(kept.items(), key=lambda kv: str(kv[0])):
            feedback.pushInfo("  %s: %s" % (zone_name or "-", ua.scorecard_line(count, mu)))


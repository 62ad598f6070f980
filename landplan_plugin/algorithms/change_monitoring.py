"""landplan:changemonitoring — 变化图斑动态巡查.

Thin adapter: the quarter's change polygons are reprojected, screened, cut by the idle, unsupplied
and low-efficiency parcels and by what no approval, supply or registered parcel covers (geometry,
here); which polygons are used, what each piece is, the 预警 table and the 巡查 list are decided by
``core/changes.py`` (the rule text lives there; 疑似违法占地 by ``core/unauthorized.py``).
"""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
)

from ..core import changes as ch
from ..core import fields
from ..i18n import tr_base
from ..qvariant import py_value
from .base import LandPlanAlgorithm
from .field_resolution import find_field
from .geometry import valid_polygon
from .params import add_ledger_param
from .problems import ProblemTally, problem_label
from .zone_layers import ZoneSet, feature_polygon, layer_batches, optional_source, single_parts, subtract_cover
from . import table_io
from .. import compat

CANDIDATES = fields.CANDIDATES["changemonitoring"]
POLY = [compat.SOURCE_POLYGON]
STOCK_LAYERS = ("IDLE", "UNSUPPLIED", "SCORED")
COVER_LAYERS = ("APPROVALS", "SUPPLIED", "REGISTERED")
_TYPES = {"ch_mu": ("double", 20, 4), "ch_reason": ("string", 254, 0)}
WARNING_TYPES = {name: ("int", 0, 0) for name, _ in ch.WARNING_FIELDS if name.endswith("_n")}
WARNING_TYPES.update({name: ("double", 20, 4) for name, _ in ch.WARNING_FIELDS if name.endswith("_mu")})
WARNING_TYPES.update({"cw_zone": ("string", 100, 0), "cw_period": ("string", 40, 0)})


class ChangeMonitoring(LandPlanAlgorithm):
    def name(self):
        return "changemonitoring"

    def displayName(self):  # noqa: N802
        return self.tr("Change-polygon patrol")

    def shortDescription(self):  # noqa: N802
        return self.tr("The quarter's change polygons over idle, unsupplied and low-efficiency land: leads to check.")

    def tags(self):
        return self.tr("change,remote sensing,patrol,inspection,idle,unsupplied,unauthorised").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource("CHANGES", self.tr("Change polygons (变化图斑)"), POLY))
        for name, label in (("CHANGE_ID_FIELD", self.tr("Change polygon id field")),
                            ("CHANGE_TYPE_FIELD", self.tr("Change type field (empty = every polygon is construction)")),
                            ("BEFORE_DATE_FIELD", self.tr("Before date field (前时相)")),
                            ("AFTER_DATE_FIELD", self.tr("After date field (后时相)"))):
            self.add_field_param(name, label, parent="CHANGES", any_type=True)
        for name, label in (("IDLE", self.tr("Idle land (output of the idle land check)")),
                            ("UNSUPPLIED", self.tr("Approved but unsupplied land (output of the unsupplied check)")),
                            ("SCORED", self.tr("Low-efficiency scoring (output of the scoring)")),
                            ("APPROVALS", self.tr("Approvals (批地)")), ("SUPPLIED", self.tr("Supplies (供地)")),
                            ("REGISTERED", self.tr("Registered parcels (登记宗地)")),
                            ("ZONES", self.tr("Development zones"))):
            self.addParameter(QgsProcessingParameterFeatureSource(name, label, POLY, optional=True))
        self.add_field_param("ZONE_NAME_FIELD", self.tr("Zone name field"), parent="ZONES", any_type=True)
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_AREA", self.tr("Minimum area (m²); smaller polygons and pieces are slivers"),
            type=compat.NUMBER_DOUBLE, defaultValue=ch.DEFAULT_MIN_AREA, minValue=0.0))
        self.set_advanced(QgsProcessingParameterFile(
            "TYPES_FILE", self.tr("Change type table (JSON; empty = the bundled one)"), extension="json",
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Change pieces with leads"), compat.SOURCE_POLYGON,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "WARNINGS", self.tr("Early-warning table per zone (预警)"), compat.SOURCE_VECTOR,
            optional=True, createByDefault=True))
        add_ledger_param(self)
        self.addParameter(QgsProcessingParameterFileDestination(
            "MAP", self.tr("Map of the leads (PNG)"), self.tr("PNG images (*.png)"), optional=True,
            createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        changes = self.source_or_fail(parameters, "CHANGES", context)
        self.check_crs(changes, self.tr("Change polygons"))
        crs = self._work_crs(parameters, changes, context, feedback)
        min_area = self.parameterAsDouble(parameters, "MIN_AREA", context)
        try:
            table = ch.load_change_types(self.parameterAsFile(parameters, "TYPES_FILE", context) or None)
        except ch.ChangeTypesError as exc:
            raise QgsProcessingException(str(exc)) from None
        tally = ProblemTally()
        polys = self._read_changes(parameters, changes, crs, table, min_area, context, feedback, tally)
        zones = self._zones(parameters, crs, context, feedback)
        stock, pool = self._stock(parameters, crs, zones, context, feedback, tally)
        checked = [name for name in COVER_LAYERS if parameters.get(name) not in (None, "")]
        cover = self._cover(parameters, checked, crs, context, feedback, tally)
        if feedback.isCanceled():
            return {}
        given = set(stock) | ({"UNCOVERED"} if checked else set())
        pieces = self._cut(polys, stock, cover, given, zones, feedback)
        measurer = self.area_measurer(crs, context)
        areas = [measurer.measureArea(g) for g in pieces["geom"]]
        keep, leads, mu, checks, reasons = ch.lead_columns(
            pieces["layer"], pieces["lead"], areas, pieces["id"], pieces["kind"], pieces["window"],
            pieces["parcel"], pieces["zone"], checked, min_area)
        units = ch.unit_columns(leads, pieces["zone"], pieces["unit"], *pool)
        rows = [i for i in range(len(areas)) if keep[i]]
        dest_id = self._write(parameters, context, feedback, crs, pieces, rows, (leads, mu, checks, units, reasons))
        if feedback.isCanceled():
            return {}
        columns = {k: [pieces[k][i] for i in rows] for k in ("id", "parcel", "zone", "window")}
        columns.update(lead=[leads[i] for i in rows], mu=[float(mu[i]) for i in rows], unit=[units[i] for i in rows])
        results = {"OUTPUT": dest_id} if dest_id else {}
        results.update(self._tables(parameters, context, feedback, columns, polys, dest_id))
        self._log(polys, columns, checked, given, tally, feedback)
        feedback.setProgress(100)
        return results

    # ---- reading -------------------------------------------------------------------------
    def _work_crs(self, parameters, changes, context, feedback):
        """The CRS of the first result layer given (the change polygons are reprojected into it)."""
        for name in STOCK_LAYERS + COVER_LAYERS + ("ZONES",):
            source = optional_source(self, parameters, name, context)
            if source is not None:
                crs = self.check_crs(source, name)
                if crs != changes.sourceCrs():
                    feedback.pushInfo(tr_base('Layer "{label}" ({src}) is reprojected to {dst}.').format(
                        label=self.tr("Change polygons"), src=changes.sourceCrs().authid(), dst=crs.authid()))
                return crs
        return changes.sourceCrs()

    def _field(self, parameters, name, source, feedback, label):
        idx = self.resolve_field(parameters, name, source.fields(), CANDIDATES[name], feedback, label)
        return idx

    def _read_changes(self, parameters, changes, crs, table, min_area, context, feedback, tally):
        """The change polygons as columns (used ones only carry on), screened by the core."""
        idx = {name: self._field(parameters, name, changes, feedback, label) for name, label in (
            ("CHANGE_ID_FIELD", self.tr("change polygon id")), ("CHANGE_TYPE_FIELD", self.tr("change type")),
            ("BEFORE_DATE_FIELD", self.tr("before date")), ("AFTER_DATE_FIELD", self.tr("after date")))}
        measurer = self.area_measurer(crs, context)
        cols = {k: [] for k in ("id", "type", "before", "after", "geom", "area", "state", "key")}
        for chunk in layer_batches(changes, crs, context, feedback, progress=(0, 20)):
            for feat in chunk:
                raw = {k: py_value(feat.attribute(i)) if i >= 0 else None for k, i in idx.items()}
                cols["id"].append(str(raw["CHANGE_ID_FIELD"]) if raw["CHANGE_ID_FIELD"] not in (None, "")
                                  else "#%d" % feat.id())
                cols["type"].append(None if raw["CHANGE_TYPE_FIELD"] is None else str(raw["CHANGE_TYPE_FIELD"]))
                cols["before"].append(raw["BEFORE_DATE_FIELD"])
                cols["after"].append(raw["AFTER_DATE_FIELD"])
                source_geom = feat.geometry()
                geom, repaired = valid_polygon(source_geom)
                if repaired:
                    tally.add("invalid_geometry", example="CHANGES %s" % cols["id"][-1])
                empty = source_geom is None or source_geom.isNull() or source_geom.isEmpty()
                cols["state"].append("ok" if geom is not None else "empty" if empty else "invalid")
                cols["geom"].append(geom)
                cols["area"].append(measurer.measureArea(geom) if geom is not None else 0.0)
                key = None
                if geom is not None:
                    norm = QgsGeometry(geom)
                    norm.normalize()
                    key = bytes(norm.asWkb())
                cols["key"].append(key)
        cols["use"], cols["note"] = ch.screen_columns(cols["id"], cols["area"], cols["state"], cols["key"], min_area)
        cols["kind"], cols["unknown"] = ch.kind_columns(cols["type"] if idx["CHANGE_TYPE_FIELD"] >= 0 else None,
                                                        table, len(cols["id"]))
        before = cols["before"] if idx["BEFORE_DATE_FIELD"] >= 0 else None
        after = cols["after"] if idx["AFTER_DATE_FIELD"] >= 0 else None
        names = [changes.fields().at(idx[k]).name() if idx[k] >= 0 else None
                 for k in ("BEFORE_DATE_FIELD", "AFTER_DATE_FIELD")]
        cols["before"], cols["after"], cols["window"], problems = ch.window_columns(
            before, after, len(cols["id"]), *names)
        for row, problem in problems:
            tally.add_problem(problem, example="CHANGES %s：%s" % (cols["id"][row], problem))
        return cols

    def _zones(self, parameters, crs, context, feedback):
        source = optional_source(self, parameters, "ZONES", context)
        if source is None:
            return None
        self.check_crs(source, self.tr("Development zones"))
        name_idx = self._field(parameters, "ZONE_NAME_FIELD", source, feedback, self.tr("zone name"))
        return ZoneSet.read(source, name_idx, feedback, crs, context)

    def _stock(self, parameters, crs, zones, context, feedback, tally):
        """{layer: (geometries, parcel ids, units, zone names, spatial index)} of the stock features
        (flag 1) of IDLE / UNSUPPLIED / SCORED, and the (zones, units) of every feature read."""
        stock, pool = {}, ([], [])
        for k, name in enumerate(STOCK_LAYERS):
            source = optional_source(self, parameters, name, context)
            if source is None:
                continue
            self.check_crs(source, name)
            names = source.fields()
            flag_idx = names.lookupField(ch.FLAG_OF[name])
            if flag_idx < 0:
                raise QgsProcessingException(self.tr('Layer {param} has no field "{field}": give the output of the '
                                                     'LandPlan check.').format(param=name, field=ch.FLAG_OF[name]))
            idx = [flag_idx] + [find_field(names, CANDIDATES[role])
                                for role in ("PARCEL_ID_FIELD", "UNIT_FIELD", "PARCEL_ZONE_FIELD")]
            geoms, pids, units, zone_names, index = [], [], [], [], QgsSpatialIndex()
            for chunk in layer_batches(source, crs, context, feedback, progress=(20 + 10 * k, 30 + 10 * k)):
                values = [[py_value(f.attribute(i)) if i >= 0 else None for i in idx] for f in chunk]
                flags = ch.stock_columns([v[0] for v in values])
                for feat, v, is_stock in zip(chunk, values, flags.tolist()):
                    zone = v[3]
                    if zones is not None:
                        placed = zones.zones_of(feat.geometry())
                        zone = zones.zones[placed[0]].name if placed else zone
                    pool[0].append(zone)
                    pool[1].append(v[2])
                    geom = feature_polygon(feat, tally, name) if is_stock else None
                    if geom is None:
                        continue
                    index.addFeature(len(geoms), geom.boundingBox())
                    geoms.append(geom)
                    pids.append(str(v[1]) if v[1] not in (None, "") else "%s #%d" % (name, feat.id()))
                    units.append(v[2])
                    zone_names.append(zone)
            stock[name] = (geoms, pids, units, zone_names, index)
        return stock, pool

    def _cover(self, parameters, checked, crs, context, feedback, tally):
        """Covering polygons (approvals, supplies, registered parcels) with an index and an engine cache."""
        cover, index = [], QgsSpatialIndex()
        for name in checked:
            source = optional_source(self, parameters, name, context)
            self.check_crs(source, name)
            for chunk in layer_batches(source, crs, context, feedback, attributes=[], progress=(50, 60)):
                for feat in chunk:
                    geom = feature_polygon(feat, tally, name)
                    if geom is not None:
                        index.addFeature(len(cover), geom.boundingBox())
                        cover.append(geom)
        return cover, index, {}

    # ---- cutting -------------------------------------------------------------------------
    def _cut(self, polys, stock, cover, given, zones, feedback):
        """The pieces of the used polygons: columns layer, lead, geom, id, type, kind, window,
        parcel, unit, zone (placed in ``zones`` by a point on the piece)."""
        keys = ("layer", "lead", "geom", "id", "type", "kind", "window", "parcel", "unit", "placed", "pzone")
        out = {k: [] for k in keys}
        used = [i for i, u in enumerate(polys["use"].tolist()) if u]
        for n, i in enumerate(used):
            if feedback.isCanceled():
                break
            feedback.setProgress(60 + 30 * n / max(1, len(used)))
            rest = polys["geom"][i]
            found = []
            for layer, lead in ch.overlay_plan(polys["kind"][i], given):
                if rest is None:
                    break
                if layer == "UNCOVERED":
                    left = subtract_cover(rest, cover[0], cover[1], cover[2])
                    found += [(layer, lead, part, None, None, None) for part in single_parts(left)]
                    rest = rest if left is None else _difference(rest, left)
                    continue
                geoms, pids, units, zone_names, index = stock[layer]
                for j in index.intersects(rest.boundingBox()) if rest is not None else []:
                    piece = _intersection(rest, geoms[j])
                    if piece is None:
                        continue
                    found.append((layer, lead, piece, pids[j], units[j], zone_names[j]))
                    rest = _difference(rest, piece)
                    if rest is None:
                        break
            found += [(None, None, part, None, None, None) for part in single_parts(rest)]
            for layer, lead, geom, parcel, unit, pzone in found:
                placed = zones.zones_of(geom) if zones is not None else []
                values = (layer, lead, geom, polys["id"][i], polys["type"][i], ch.KIND_LABELS[polys["kind"][i]],
                          polys["window"][i], parcel, unit, zones.zones[placed[0]].name if placed else None, pzone)
                for k, v in zip(keys, values):
                    out[k].append(v)
        out["zone"] = ch.zone_columns(out["placed"], out["pzone"], zones is not None)
        return out

    # ---- outputs -------------------------------------------------------------------------
    def _write(self, parameters, context, feedback, crs, pieces, rows, verdict):
        """The kept pieces to OUTPUT, styled; its id (None when the output was not asked for)."""
        leads, mu, checks, units, reasons = verdict
        out_fields = table_io.table_fields(ch.OUTPUT_FIELDS, {n: _TYPES.get(n, ("string", 100, 0))
                                                              for n, _ in ch.OUTPUT_FIELDS})
        sink, dest_id = self.create_sink(parameters, "OUTPUT", context, out_fields, compat.WKB_MULTIPOLYGON, crs)
        if sink is None:
            return None
        for i in rows:
            feat = QgsFeature(out_fields)
            feat.setAttributes([pieces["id"][i], pieces["type"][i], pieces["kind"][i], leads[i], pieces["parcel"][i],
                                float(mu[i]), pieces["zone"][i], pieces["window"][i], checks[i] or None, units[i],
                                reasons[i]])
            geom = QgsGeometry(pieces["geom"][i])
            geom.convertToMultiType()
            feat.setGeometry(geom)
            sink.addFeature(feat, QgsFeatureSink.Flag.FastInsert)
        del sink
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return None
        from ..output.styling import finish_output
        finish_output(self, context, dest_id, "changes", feedback)
        return dest_id

    def _tables(self, parameters, context, feedback, columns, polys, dest_id):
        """The 预警 table, the 巡查 sheet and the map."""
        results = {}
        rows = ch.warning_rows(columns["zone"], columns["lead"], columns["mu"],
                               [d for d, u in zip(polys["before"], polys["use"].tolist()) if u],
                               [d for d, u in zip(polys["after"], polys["use"].tolist()) if u])
        fields_ = table_io.table_fields(ch.WARNING_FIELDS, WARNING_TYPES)
        ok, table_id = table_io.write_table(self, parameters, "WARNINGS", context, fields_, rows,
                                            dict(ch.WARNING_FIELDS), feedback)
        if ok and table_id:
            results["WARNINGS"] = table_id
        ledger = self.parameterAsFileOutput(parameters, "LEDGER", context)
        if ledger:
            from ..output.ledger_sheets import write_sheet
            results["LEDGER"] = write_sheet(ledger, *ch.patrol_sheet(
                columns["id"], columns["lead"], columns["parcel"], columns["zone"], columns["mu"], columns["window"],
                columns["unit"], rows[-1][-1]))
        png = self.parameterAsFileOutput(parameters, "MAP", context)
        if png and dest_id:
            from qgis.core import QgsFeatureRequest, QgsProcessingUtils, QgsVectorLayer
            from ..output.maps import lead_map_png
            pieces = QgsVectorLayer(dest_id, "leads", "ogr")  # a file: our own copy, not the context's layer
            if not pieces.isValid():
                pieces = QgsProcessingUtils.mapLayerFromString(dest_id, context)
            zones = optional_source(self, parameters, "ZONES", context)
            zones = zones.materialize(QgsFeatureRequest(), feedback) if zones is not None else None
            title = self.tr("Change-polygon patrol: leads ({period})").format(period=rows[-1][-1])
            results["MAP"] = lead_map_png(pieces, zones, png, title, self.tr("Zones"))
            if results["MAP"] is None:
                feedback.pushWarning(self.tr("The map could not be written."))
        return results

    def _log(self, polys, columns, checked, given, tally, feedback):
        notes = [n for n in polys["note"] if n]
        feedback.pushInfo(self.tr("{used} of {n} change polygon(s) used; {unused} not used:").format(
            used=int(polys["use"].sum()), n=len(polys["id"]), unused=len(notes)))
        for note in notes:
            feedback.pushWarning("  " + note)
        if polys["unknown"]:
            feedback.pushWarning(self.tr("Change types not in the type table (no lead judged): {values}").format(
                values="、".join(v or "（空）" for v in polys["unknown"])))
        if not checked:
            feedback.pushWarning(self.tr("No approvals, supplies or registered parcels given: suspected unauthorised "
                                         "land use is not judged."))
        missing = [name for name in STOCK_LAYERS if name not in given]
        if missing:
            feedback.pushInfo(self.tr("Not given (no leads of their kind): {layers}.").format(
                layers=", ".join(missing)))
        tally.log(feedback)
        for kind, examples in tally.examples.items():
            feedback.pushWarning("%s:" % problem_label(kind))
            for example in examples:
                feedback.pushWarning("  " + example)
        counts = {}
        for lead, mu in zip(columns["lead"], columns["mu"]):
            c, m = counts.get(lead, (0, 0.0))
            counts[lead] = (c + 1, m + mu)
        for lead in ch.LEADS:
            c, m = counts.get(lead, (0, 0.0))
            feedback.pushInfo("  " + self.tr("{lead}: {n} piece(s), {mu} mu").format(lead=lead, n=c, mu="%.2f" % m))


def _intersection(a, b):
    if not a.intersects(b):
        return None
    piece, _ = valid_polygon(a.intersection(b))
    return piece


def _difference(a, b):
    rest, _ = valid_polygon(a.difference(b))
    return rest


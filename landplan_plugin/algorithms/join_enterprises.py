"""landplan:joinenterprises — 企业数据挂接 (enterprise table → parcels / §10).

Reading the table's rows, code checks, name normalisation, matching and allocation by area share are
in :mod:`landplan_plugin.core.enterprises`; this module reads the table file and streams the parcels
twice (keys and areas; then the parcels with the joined fields). numpy, openpyxl and the core are
imported when the algorithm runs, so loading the plugin stays light.
"""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from .. import compat
from ..core import fields as field_names
from ..core.units import AREA_UNITS
from .base import LandPlanAlgorithm
from .field_resolution import find_field, make_field
from .params import area_unit_param
from .batches import SinkWriter, read_batches

CANDIDATES = field_names.CANDIDATES["joinenterprises"]
MAX_LOG_LINES = 200


class JoinEnterprises(LandPlanAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "joinenterprises"

    def displayName(self):
        return self.tr("Join enterprise table (企业数据挂接)")

    def shortDescription(self):
        return self.tr("Joins an enterprise table (XLSX/CSV) onto parcels by credit code or name and shares "
                       "each enterprise's totals among its parcels by area.")

    def tags(self):
        return self.tr("enterprise,credit code,join,tax,investment,Excel,挂接").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Parcels"), [compat.SOURCE_POLYGON]))
        self.add_field_param("CREDIT_CODE_FIELD", self.tr("Parcels: credit code field (统一社会信用代码)"),
                             any_type=True)
        self.add_field_param("NAME_FIELD", self.tr("Parcels: company name field"), any_type=True)
        self.addParameter(QgsProcessingParameterFile(
            "TABLE", self.tr("Enterprise table (XLSX, or CSV in GBK/UTF-8)"),
            fileFilter=self.tr("Tables (*.xlsx *.xlsm *.csv);;All files (*.*)")))
        self.set_advanced(QgsProcessingParameterString(
            "TABLE_SHEET", self.tr("Sheet (empty = the first)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TABLE_CODE_FIELD", self.tr("Table: credit code column (empty = found by name)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TABLE_NAME_FIELD", self.tr("Table: company name column (empty = found by name)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "JOIN_FIELDS", self.tr("Table columns to join, comma separated (empty = all others)"), optional=True))
        self.add_field_param("AREA_FIELD", self.tr("Parcels: land area field for the shares (empty = the geometry)"),
                             any_type=True)
        self.addParameter(area_unit_param(self.tr("Land area field unit")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Parcels with enterprise data"), compat.SOURCE_POLYGON))
        for name, label in (("MATCHED", self.tr("Parcels matched")),
                            ("UNMATCHED_PARCELS", self.tr("Parcels not matched")),
                            ("UNMATCHED_ROWS", self.tr("Table rows not matched"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def _parcel_fields(self, parameters, fields, feedback):
        """Role → field index of the parcels' key, area and id fields (the area's -1 when the geometry is measured)."""
        code_idx = self.resolve_field(parameters, "CREDIT_CODE_FIELD", fields, CANDIDATES["CREDIT_CODE_FIELD"],
                                      feedback, self.tr("credit code"))
        name_idx = self.resolve_field(parameters, "NAME_FIELD", fields, CANDIDATES["NAME_FIELD"], feedback,
                                      self.tr("company name"))
        if code_idx < 0 and name_idx < 0:
            raise QgsProcessingException(self.tr("The parcels need a credit code field or a company name field."))
        area_idx = self.resolve_field(parameters, "AREA_FIELD", fields, CANDIDATES["AREA_FIELD"], feedback,
                                      self.tr("land area"), allow_auto="AREA_FIELD" not in parameters)
        return {role: i for role, i in (("code", code_idx), ("name", name_idx), ("area", area_idx),
                                        ("id", find_field(fields, CANDIDATES["PARCEL_ID_FIELD"]))) if i >= 0}

    def _parcels(self, parameters, context, source, indexes, feedback):
        """First pass: the parcels' codes, names, labels and land areas (m², NaN) with their notes."""
        import numpy as np

        from ..core import enterprises as en
        area_idx = indexes.get("area", -1)
        measurer = self.area_measurer(source.sourceCrs(), context) if area_idx < 0 else None
        read = {role: [] for role in indexes}
        fids, empty, geom_areas, geom_notes = [], [], [], {}
        for batch in read_batches(source, indexes, feedback, measurer, progress=(0.0, 30.0), repair=area_idx < 0):
            for role, values in batch.columns.items():
                read[role].extend(values)
            if measurer is not None:
                geom_notes.update({len(fids) + row: note for row, note in batch.geom_note.items()})
                empty.append(batch.geom_empty)
                geom_areas.append(batch.geom_area_m2)
            fids.extend(batch.fids)
        measured = measurer is not None and bool(geom_areas)
        areas, notes = en.land_areas(read.get("area"), source.fields().at(area_idx).name() if area_idx >= 0 else "",
                                     AREA_UNITS[self.parameterAsEnum(parameters, "AREA_UNIT", context)],
                                     np.concatenate(geom_areas) if measured else np.empty(0),
                                     np.concatenate(empty) if measured else None, geom_notes)
        n = len(fids)
        return (read.get("code", [None] * n), read.get("name", [None] * n), en.parcel_labels(read.get("id"), fids),
                areas, notes)

    def processAlgorithm(self, parameters, context, feedback):
        from ..core import enterprises as en
        source = self.source_or_fail(parameters, self.INPUT, context)
        crs = self.check_crs(source, self.tr("Parcels"))
        indexes = self._parcel_fields(parameters, source.fields(), feedback)
        table = self._read_table(parameters, context, feedback)
        codes, names, labels, areas, area_notes = self._parcels(parameters, context, source, indexes, feedback)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(30)
        join = en.join_parcels(table, codes, names, areas, labels, area_notes)
        added = [make_field(name, "double" if is_num else "string", name, 0 if is_num else 254,
                            6 if is_num else 0) for name, is_num in zip(table.joined_names, table.numeric)]
        added += [make_field("ej_match", "string", self.tr("Matched by (代码 / 名称 / 未匹配)"), 10),
                  make_field("ej_landmu", "double", self.tr("Enterprise's land (mu)"), 20, 4),
                  make_field("ej_share", "double", self.tr("Parcel's share of the enterprise's land"), 20, 6),
                  make_field("ej_note", "string", self.tr("Join note"), 0)]
        out_fields, kept = self.output_fields(source.fields(), added, feedback)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields, source.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        writer = SinkWriter(sink, dest_id, out_fields, kept, source.fields().count(), list(join.columns))
        start = 0
        # copying the features with precomputed columns: smaller batches were measured faster here
        for batch in read_batches(source, {}, feedback, keep_features=True, progress=(30.0, 70.0), repair=False,
                                  size=1000):
            writer.write(batch, join.slice(start, start + batch.n))
            start += batch.n
        writer.close()
        del sink, writer
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        return self._report(join.match, join.unsplit, feedback, dest_id)

    def _read_table(self, parameters, context, feedback):
        """The enterprise table as the join reads it (core.enterprises.EnterpriseTable), its problems logged."""
        from ..core import enterprises as en
        from ..output.tables import read_table
        path = self.parameterAsFile(parameters, "TABLE", context)
        try:
            rows, described = read_table(path, self.parameterAsString(parameters, "TABLE_SHEET", context) or None)
        except (OSError, ValueError) as exc:
            raise QgsProcessingException(self.tr("Cannot read the table: {error}").format(error=exc)) from exc
        wanted = [w.strip() for w in self.parameterAsString(parameters, "JOIN_FIELDS", context).split(",") if w.strip()]
        table = en.enterprise_table(rows, self.parameterAsString(parameters, "TABLE_CODE_FIELD", context).strip(),
                                    self.parameterAsString(parameters, "TABLE_NAME_FIELD", context).strip(), wanted)
        if table.error == en.MISSING_COLUMN:
            raise QgsProcessingException(self.tr('Column "{name}" is not in the table (columns: {cols}).').format(
                name=table.missing, cols=", ".join(table.names)))
        if table.error == en.NO_KEY_COLUMN:
            raise QgsProcessingException(self.tr("The table needs a credit code column or a company name column "
                                                 "(columns: {cols}).").format(cols=", ".join(table.names)))
        for number, message in table.problems[:MAX_LOG_LINES]:
            feedback.pushWarning("表第%d行：%s" % (number, message))
        names = table.names
        feedback.pushInfo(
            self.tr("Table: {what}; {n} row(s); code column {code}, name column {name}; joined: {cols}.").format(
                what=described, n=len(table.values), code=names[table.code] if table.code >= 0 else "-",
                name=names[table.name] if table.name >= 0 else "-",
                cols=", ".join("%s (%s)" % (names[j], self.tr("total") if n else self.tr("text"))
                               for j, n in zip(table.joined, table.numeric))))
        return table

    def _report(self, match, reasons, feedback, dest_id):
        from ..core import enterprises as en
        kinds = list(match.kinds)
        for i, problem in enumerate(match.problems):
            if i == MAX_LOG_LINES:
                feedback.pushWarning(self.tr("… {n} more problem(s), see ej_note.").format(n=len(match.problems) - i))
                break
            feedback.pushWarning(problem)
        unmatched = kinds.count(en.MATCH_NONE)
        feedback.pushInfo(self.tr("Matched by code: {c}; by name: {n}; not matched: {u}; table rows not matched: {r}; "
                                  "duplicate codes: {d}; code/name disagreements: {x}; "
                                  "enterprises not split: {s}.").format(
            c=kinds.count(en.MATCH_CODE), n=kinds.count(en.MATCH_NAME), u=unmatched, r=len(match.unmatched_rows),
            d=len(match.duplicate_codes), x=len(match.name_conflicts), s=len(reasons)))
        return {self.OUTPUT: dest_id, "MATCHED": len(kinds) - unmatched, "UNMATCHED_PARCELS": unmatched,
                "UNMATCHED_ROWS": len(match.unmatched_rows)}


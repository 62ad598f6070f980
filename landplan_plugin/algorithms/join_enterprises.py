"""landplan:joinenterprises — 企业数据挂接 (enterprise table → parcels, SPEC §8 / §10).

Code checks, name normalisation, matching and allocation by area share are in
:mod:`landplan_plugin.core.enterprises`; this module reads the table and the parcels and writes
the parcels with the joined fields. numpy, openpyxl and the core are imported when the algorithm
runs, so loading the plugin stays light.
"""
import math

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QVariant

from ..core.units import AREA_UNITS, to_m2
from ..core.values import parse_number
from .base import SKIP_GEOMETRY_CHECKS, LandPlanAlgorithm, find_field, make_field, py_value, repair_geometry
from .base import area_unit_param

CODE_NAMES = ["统一社会信用代码", "社会信用代码", "信用代码", "TYSHXYDM", "SHXYDM", "XYDM", "USCC", "credit_code"]
NAME_NAMES = ["企业名称", "单位名称", "纳税人名称", "公司名称", "使用权人", "权利人", "QYMC", "DWMC", "company"]
AREA_NAMES = ["用地面积", "YDMJ", "宗地面积", "ZDMJ", "土地面积", "TDMJ"]
ID_NAMES = ["宗地编号", "地块编号", "ZDDM", "ZDBH", "pid"]
MAX_LOG_LINES = 200
#: names a joined column cannot take in the output (GeoPackage's key, this algorithm's own fields)
RESERVED = ("fid", "ej_match", "ej_landmu", "ej_share", "ej_note")


class JoinEnterprises(LandPlanAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "joinenterprises"

    def displayName(self):  # noqa: N802
        return self.tr("Join enterprise table (企业数据挂接)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Joins an enterprise table (XLSX/CSV) onto parcels by credit code or name and shares "
                       "each enterprise's totals among its parcels by area.")

    def tags(self):
        return self.tr("enterprise,credit code,join,tax,investment,Excel,挂接").split(",")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Parcels"), [QgsProcessing.TypeVectorPolygon]))
        self.add_field_param("CREDIT_CODE_FIELD", self.tr("Parcels: credit code field (统一社会信用代码)"), any_type=True)
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
            self.OUTPUT, self.tr("Parcels with enterprise data"), QgsProcessing.TypeVectorPolygon))
        for name, label in (("MATCHED", self.tr("Parcels matched")), ("UNMATCHED_PARCELS", self.tr("Parcels not matched")),
                            ("UNMATCHED_ROWS", self.tr("Table rows not matched"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np  # imported when the algorithm runs, not when QGIS starts

        from ..core import enterprises as en
        source = self.source_or_fail(parameters, self.INPUT, context)
        crs = self.check_crs(source, self.tr("Parcels"))
        fields = source.fields()
        code_idx = self.resolve_field(parameters, "CREDIT_CODE_FIELD", fields, CODE_NAMES, feedback, self.tr("credit code"))
        name_idx = self.resolve_field(parameters, "NAME_FIELD", fields, NAME_NAMES, feedback, self.tr("company name"))
        if code_idx < 0 and name_idx < 0:
            raise QgsProcessingException(self.tr("The parcels need a credit code field or a company name field."))
        area_idx = self.resolve_field(parameters, "AREA_FIELD", fields, AREA_NAMES, feedback, self.tr("land area"),
                                      allow_auto="AREA_FIELD" not in parameters)
        table = self._read_table(parameters, context, feedback)
        t_rows, t_code, t_name, join_cols, numeric, values = table
        area_unit = AREA_UNITS[self.parameterAsEnum(parameters, "AREA_UNIT", context)]
        measurer = self.area_measurer(crs, context)
        id_idx = find_field(fields, ID_NAMES)

        # pass 1: keys and areas of every parcel (an enterprise's land needs all its parcels)
        p_codes, p_names, areas, labels, area_notes = [], [], [], [], {}
        step = 30.0 / max(source.featureCount(), 1)
        for feat in source.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS):
            if feedback.isCanceled():
                return {}
            attrs = feat.attributes()
            p_codes.append(py_value(attrs[code_idx]) if code_idx >= 0 else None)
            p_names.append(py_value(attrs[name_idx]) if name_idx >= 0 else None)
            labels.append("宗地「%s」" % (py_value(attrs[id_idx]) if id_idx >= 0 else feat.id()))
            area, note = self._area(attrs, area_idx, fields, area_unit, feat.geometry(), measurer)
            areas.append(area)
            if note:
                area_notes[len(areas) - 1] = note
            if len(areas) % 1000 == 0:
                feedback.setProgress(len(areas) * step)
        feedback.setProgress(30)
        match = en.match_parcels(p_codes, p_names, [r[t_code] if t_code >= 0 else None for r in t_rows],
                                 [r[t_name] if t_name >= 0 else None for r in t_rows],
                                 [tuple(v) for v in values], labels, ["第%d行" % r[-1] for r in t_rows])
        num_cols = [j for j, is_num in enumerate(numeric) if is_num]
        totals = np.array([[values[i][j] if values[i][j] is not None else np.nan for j in num_cols] for i in range(len(t_rows))],
                          dtype=float).reshape(len(t_rows), len(num_cols))
        allocated, share, land_mu, reasons = en.allocate(match.rows, np.array(areas, dtype=float), totals)

        added = [make_field(name, QVariant.Double if numeric[j] else QVariant.String, name, 0 if numeric[j] else 254,
                            6 if numeric[j] else 0) for j, name in enumerate(join_cols)]
        added += [make_field("ej_match", QVariant.String, self.tr("Matched by (代码 / 名称 / 未匹配)"), 10),
                  make_field("ej_landmu", QVariant.Double, self.tr("Enterprise's land (mu)"), 20, 4),
                  make_field("ej_share", QVariant.Double, self.tr("Parcel's share of the enterprise's land"), 20, 6),
                  make_field("ej_note", QVariant.String, self.tr("Join note"), 0)]
        out_fields, kept = self.output_fields(fields, added, feedback)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, out_fields, source.wkbType(), crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        total = max(len(areas), 1)
        for p, feat in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS)):
            if feedback.isCanceled():
                break
            row = int(match.rows[p])
            joined = [None] * len(join_cols)
            if row >= 0:
                for k in range(len(join_cols)):
                    joined[k] = None if numeric[k] else values[row][k]
                for k, j in enumerate(num_cols):
                    joined[j] = None if math.isnan(allocated[p, k]) else float(allocated[p, k])
            notes = list(match.notes[p]) + [n for n in (reasons.get(row), area_notes.get(p)) if n]
            attrs = feat.attributes()
            feat.setFields(out_fields, False)
            feat.setAttributes([attrs[i] for i in kept] + joined + [
                match.kinds[p], None if math.isnan(land_mu[p]) else float(land_mu[p]),
                None if math.isnan(share[p]) else float(share[p]), "；".join(notes) or None])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
            feedback.setProgress(30 + 70.0 * (p + 1) / total)
        del sink
        if feedback.isCanceled():
            self.discard_partial_output(dest_id, feedback)
            return {}
        return self._report(match, reasons, feedback, dest_id)

    # ------------------------------------------------------------------------------------
    def _area(self, attrs, area_idx, fields, unit, geom, measurer):
        """(land area in m², NaN when unusable; a note naming an unreadable value) from the area
        field or the geometry."""
        if area_idx >= 0:
            value, problem = parse_number(py_value(attrs[area_idx]), fields.at(area_idx).name())
            return (to_m2(value, unit) if value is not None else math.nan), problem and problem.message
        if geom.isNull() or geom.isEmpty():
            return math.nan, "几何为空，无法量算用地面积"
        geom, note = repair_geometry(geom)   # a bow-tie measures 0 unrepaired; the output keeps the input's geometry
        return measurer.measureArea(geom), note

    def _read_table(self, parameters, context, feedback):
        """(rows + [row number], code column, name column, join column names, numeric flags, values)."""
        from ..core import enterprises as en
        from ..tables import read_table
        path = self.parameterAsFile(parameters, "TABLE", context)
        try:
            rows, described = read_table(path, self.parameterAsString(parameters, "TABLE_SHEET", context) or None)
        except (OSError, ValueError) as exc:
            raise QgsProcessingException(self.tr("Cannot read the table: {error}").format(error=exc))
        code_name = self.parameterAsString(parameters, "TABLE_CODE_FIELD", context).strip()
        name_name = self.parameterAsString(parameters, "TABLE_NAME_FIELD", context).strip()
        head = en.find_header_row(rows, [n for n in (code_name, name_name) if n])
        names = en.column_names(rows[head] if rows else [], RESERVED)
        data = [list(r) + [None] * (len(names) - len(r)) + [head + i + 2]
                for i, r in enumerate(rows[head + 1:]) if any(c not in (None, "") for c in r)]
        t_code = en.find_column(names, [code_name] if code_name else CODE_NAMES)
        t_name = en.find_column(names, [name_name] if name_name else NAME_NAMES)
        for given, idx in ((code_name, t_code), (name_name, t_name)):
            if given and idx < 0:
                raise QgsProcessingException(self.tr('Column "{name}" is not in the table (columns: {cols}).').format(
                    name=given, cols=", ".join(names)))
        if t_code < 0 and t_name < 0:
            raise QgsProcessingException(self.tr("The table needs a credit code column or a company name column "
                                                 "(columns: {cols}).").format(cols=", ".join(names)))
        wanted = [w.strip() for w in self.parameterAsString(parameters, "JOIN_FIELDS", context).split(",") if w.strip()]
        cols = [en.find_column(names, [w]) for w in wanted] if wanted else \
            [j for j in range(len(names)) if j not in (t_code, t_name)]
        if -1 in cols:
            raise QgsProcessingException(self.tr('Column "{name}" is not in the table (columns: {cols}).').format(
                name=wanted[cols.index(-1)], cols=", ".join(names)))
        numeric = [en.numeric_column([r[j] for r in data]) for j in cols]
        values, bad = [], 0
        for r in data:
            out = []
            for j, is_num in zip(cols, numeric):
                value, problem = parse_number(r[j], names[j]) if is_num else (r[j], None)
                if problem is not None:
                    bad += 1
                    if bad <= MAX_LOG_LINES:
                        feedback.pushWarning("表第%d行：%s" % (r[-1], problem.message))
                out.append(value if is_num else (None if value is None else str(value)))
            values.append(out)
        feedback.pushInfo(self.tr("Table: {what}; {n} row(s); code column {code}, name column {name}; joined: {cols}.").format(
            what=described, n=len(data), code=names[t_code] if t_code >= 0 else "-", name=names[t_name] if t_name >= 0 else "-",
            cols=", ".join("%s (%s)" % (names[j], self.tr("total") if n else self.tr("text")) for j, n in zip(cols, numeric))))
        return data, t_code, t_name, [names[j] for j in cols], numeric, values

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
                                  "duplicate codes: {d}; code/name disagreements: {x}; enterprises not split: {s}.").format(
            c=kinds.count(en.MATCH_CODE), n=kinds.count(en.MATCH_NAME), u=unmatched, r=len(match.unmatched_rows),
            d=len(match.duplicate_codes), x=len(match.name_conflicts), s=len(reasons)))
        return {self.OUTPUT: dest_id, "MATCHED": len(kinds) - unmatched, "UNMATCHED_PARCELS": unmatched,
                "UNMATCHED_ROWS": len(match.unmatched_rows)}


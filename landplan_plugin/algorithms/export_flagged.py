"""landplan:exportflagged — flagged parcels to a shapefile for other offices, plus the 台账 ledger.

Which parcels, and the kind, type, cause, disposal, area, zone and deadline written for each, are
the rules of :mod:`..core.ledger` (a per-kind registry: a new kind of flag is added there). This
module streams the layer twice in batches (:mod:`.batches`): the flags alone, to select the
flagged parcels and size the text fields; then those parcels, through
:func:`..core.ledger.export_columns`, into the shapefile and the workbook.

Shapefile rules: field names of at most 10 **bytes** in the file's encoding (a GBK
Chinese character takes 2 bytes, a UTF-8 one 3); a name that does not fit gets a stable short
name (:mod:`..core.shapefile`). The map (short name → original name → alias) is written beside
the file as ``<name>_fields.csv``; the alias is LandPlan's Chinese alias for its own fields (the
same on every QGIS version: 3.40 also reads aliases stored in a GeoPackage), else the layer's.
Text values longer than 254 bytes (the DBF limit) are cut at a character boundary (the ledger
keeps the full text). DateTime becomes Date (shapefiles hold no DateTime).

The ledger workbook (:mod:`.ledger_book`): 汇总, 台账 and one sheet per ``EXTRA_TABLES`` layer;
完成时限 from ``DEADLINE_FIELD``, ``DEADLINE`` or the deadline rules (``DEADLINE_RULES``, default
``resources/ledger/deadlines.json``) counted from ``AS_OF`` (:mod:`..core.ledger`).
"""
import csv
import datetime as _dt
import os

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from .. import compat
from ..core import fields
from ..core import ledger
from ..core.aliases import field_alias
from ..core.shapefile import byte_length, short_field_names, truncate_bytes
from ..paths import resource
from ..qvariant import py_value
from .base import LandPlanAlgorithm
from .params import add_as_of_param, as_of_value
from .batches import read_batches
from ..output.ledger_book import write_workbook

ENCODINGS = (("GBK", "gbk"), ("UTF-8", "utf-8"))
CANDIDATES = fields.CANDIDATES["exportflagged"]
#: added fields: (name, type, length in characters, precision)
ADDED = (("lp_kind", "string", 40, 0), ("lp_type", "string", 120, 0), ("lp_disp", "string", 200, 0),
         ("lp_areamu", "double", 20, 4))
DBF_TEXT_LIMIT = 254
NAME_LIMIT = 10
#: compat.field_kind of the input fields that are not text
_NOT_TEXT = ("int", "int64", "double", "date", "datetime", "bool", "uint", "uint64")


class ExportFlagged(LandPlanAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    LEDGER = "LEDGER"

    def name(self):
        return "exportflagged"

    def displayName(self):  # noqa: N802
        return self.tr("Export flagged parcels (shapefile + ledger)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Writes the parcels a LandPlan check flagged to a shapefile (GBK or UTF-8, short field "
                       "names with a name map) and the 台账 ledger as an Excel workbook.")

    def tags(self):
        return self.tr("export,shapefile,ledger,GBK,xlsx,flagged,idle,unsupplied,low-efficiency").split(",")

    def flag_labels(self):
        labels = {"ie": self.tr("Low-efficiency industrial land (ie_flag)"), "idle": self.tr("Idle land (idle_flag)"),
                  "unsup": self.tr("Approved but unsupplied (unsup_flag)"),
                  "cm": self.tr("标准地 commitments not met (cm_flag)"),
                  "ua": self.tr("Suspected unauthorised land use (ua_flag)"),
                  "mj": self.tr("Per-mu class D (mj_class)")}
        return [labels.get(k.key) or "%s (%s)" % (k.label, k.flag_field) for k in ledger.kinds()]

    def encoding_labels(self):
        return [self.tr("Chinese, for ArcGIS and most Chinese tools (GBK)"), self.tr("Unicode (UTF-8)")]

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("LandPlan output (parcels with flags)"), [compat.SOURCE_ANY_GEOMETRY]))
        self.addParameter(QgsProcessingParameterEnum(
            "FLAGS", self.tr("Flags to export (a feature is written when any chosen flag present in the input is 1)"),
            options=self.flag_labels(), allowMultiple=True, defaultValue=list(range(len(ledger.kinds())))))
        self.addParameter(QgsProcessingParameterEnum(
            "ENCODING", self.tr("Shapefile encoding"), options=self.encoding_labels(), defaultValue=0))
        self.add_field_param("ID_FIELD", self.tr("Parcel id field (地块编号)"), default=CANDIDATES["ID_FIELD"][0],
                             any_type=True)
        self.add_field_param("ZONE_FIELD", self.tr("Zone field (所在园区)"), default=CANDIDATES["ZONE_FIELD"][0],
                             any_type=True)
        self.add_field_param("DEADLINE_FIELD", self.tr("Deadline field (完成时限; empty = leave blank to fill in)"),
                             any_type=True)
        self.add_field_param("UNIT_FIELD", self.tr("Responsible unit field (责任单位; empty = leave blank)"),
                             default=CANDIDATES["UNIT_FIELD"][0], any_type=True)
        add_as_of_param(self)
        self.addParameter(QgsProcessingParameterString(
            "DEADLINE", self.tr("Deadline (完成时限) for every parcel: a date; empty = the deadline rules; "
                                "留空 = leave blank"), optional=True))
        self.set_advanced(QgsProcessingParameterFile(
            "DEADLINE_RULES", self.tr("Deadline rules (JSON; empty = the shipped defaults)"), extension="json",
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "EXTRA_TABLES", self.tr("More tables for the ledger (one sheet each, named by the layer)"),
            compat.SOURCE_VECTOR, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Flagged parcels (shapefile)"), fileFilter=self.tr("ESRI Shapefile (*.shp)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.LEDGER, self.tr("Ledger (台账, Excel)"), fileFilter=self.tr("Excel workbook (*.xlsx)"),
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputFile("NAME_MAP", self.tr("Field name map (CSV)")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", self.tr("Number of parcels exported")))

    # ------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_fail(parameters, self.INPUT, context)
        self.check_crs_if_spatial(source, self.tr("LandPlan output"))
        fields = source.fields()
        label, codec = ENCODINGS[self.parameterAsEnum(parameters, "ENCODING", context)]
        out_path = _with_ext(self.parameterAsFileOutput(parameters, self.OUTPUT, context), ".shp")
        ledger_path = _with_ext(self.parameterAsFileOutput(parameters, self.LEDGER, context), ".xlsx")
        setup = self._setup(parameters, context, fields, feedback, ledger_path)
        user_idx = {}
        for pname, text in (("ID_FIELD", self.tr("parcel id")), ("ZONE_FIELD", self.tr("zone")),
                            ("DEADLINE_FIELD", self.tr("deadline")), ("UNIT_FIELD", self.tr("responsible unit"))):
            idx = self.resolve_field(parameters, pname, fields, CANDIDATES[pname], feedback, text,
                                     allow_auto=pname not in parameters)
            if idx >= 0:
                user_idx[pname] = idx
        selected, widths = self._select(source, fields, setup, codec, feedback)
        if selected is None:
            return {}
        out_fields, converters, name_rows = self._output_fields(fields, widths, codec, feedback)
        writer = self._writer(out_path, out_fields, source, label, context)
        measurer = self.area_measurer(source.sourceCrs(), context) if source.sourceCrs().isValid() else None
        indexes = dict(setup.fields, **user_idx)
        ledger_rows, points, table = [], [], {"zone": [], "kind": [], "area": []}
        counts = {"area": 0, "repaired": 0, "truncated": 0}
        for batch in read_batches(source, indexes, feedback, measurer, keep_features=True, progress=(50.0, 45.0),
                                  only=selected):
            user = {p: [_cell(v) for v in batch.columns[p]] if p in user_idx else [None] * batch.n
                    for p in ("ID_FIELD", "ZONE_FIELD", "DEADLINE_FIELD", "UNIT_FIELD")}
            out = ledger.export_columns(
                setup, {name: batch.columns[name] for name in setup.fields}, batch.n,
                zone=user["ZONE_FIELD"], deadline=user["DEADLINE_FIELD"] if "DEADLINE_FIELD" in user_idx else None,
                geom_area_m2=batch.geom_area_m2, geom_note=batch.geom_note)
            counts["area"] += out["area_problems"]
            counts["repaired"] += len(batch.geom_note)
            self._write_batch(writer, batch, out, converters, out_fields, codec, counts)
            ledger_rows += [list(r) for r in zip(user["ID_FIELD"], out["zone"].tolist(), out["ledger_mu"].tolist(),
                                                 out["lp_type"].tolist(), out["lp_cause"].tolist(),
                                                 out["lp_disp"].tolist(), out["deadline"].tolist(), user["UNIT_FIELD"])]
            points += [_inner_point(f) if not ident else None for f, ident in zip(batch.features, user["ID_FIELD"])]
            table["zone"] += out["zone"].tolist()
            table["kind"] += out["lp_kind"].tolist()
            table["area"] += [None if a != a else a for a in out["area_mu"].tolist()]
        err = writer.hasError()
        del writer  # closes the shapefile
        if feedback.isCanceled():
            self.discard_partial_output(out_path, feedback)
            return {}
        if err != QgsVectorFileWriter.WriterError.NoError:
            raise QgsProcessingException(self.tr("Writing {path} failed.").format(path=out_path))
        self._log_counts(counts, feedback)
        results = self._finish(out_path, label, name_rows, context)
        results["COUNT"] = len(ledger_rows)
        if ledger_path:
            extra = self._extra_sheets(parameters, context, feedback)
            summary = (ledger.summary_header(setup.labels),
                       ledger.summary_columns(table["zone"], table["kind"], table["area"], setup.labels))
            title, subtitle = ledger.ledger_title(setup.labels, table["zone"], setup.as_of)
            rows = ledger.complete_rows(ledger_rows, points, source.sourceCrs().authid())
            write_workbook(ledger_path, rows, title, subtitle, summary, extra, feedback, self.tr)
            results[self.LEDGER] = ledger_path
        feedback.setProgress(100)
        return results

    # ---- steps ---------------------------------------------------------------------------
    def _setup(self, parameters, context, fields, feedback, ledger_path):
        """The run's core.ledger.ExportSetup: the chosen kinds the input has (the others are named in
        the log; none is an error) and, when a ledger is written, the deadline rule."""
        registered = ledger.kinds()
        keys = [registered[i].key for i in self.parameterAsEnums(parameters, "FLAGS", context) if i < len(registered)]
        setup = ledger.export_setup(fields.names(), keys)
        for kind in setup.skipped:
            feedback.pushInfo(self.tr("The input has no {field} field; that flag is skipped.").format(
                field=kind.flag_field))
        if "no_flag_field" in setup.errors():
            raise QgsProcessingException(self.tr(
                "The input has none of the chosen LandPlan flag fields ({fields}). Run a LandPlan check "
                "(score, idle land, unsupplied) first and export its output.").format(
                    fields=", ".join(k.flag_field for k in setup.skipped)))
        if not ledger_path:
            return setup
        as_of = as_of_value(self, parameters, context, feedback)
        try:
            fixed = ledger.parse_deadline_parameter(self.parameterAsString(parameters, "DEADLINE", context))
            path = self.parameterAsFile(parameters, "DEADLINE_RULES", context) or resource("ledger", "deadlines.json")
            rules = ledger.load_deadline_rules(path)
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from None
        if fixed[0] == "date":
            feedback.pushInfo(self.tr("Deadline (完成时限) for every parcel: {date}.").format(
                date=fixed[1].isoformat()))
        elif fixed[0] == "rules":
            feedback.pushInfo(self.tr("Deadlines (完成时限) from the rules in {path}, counted from {date}.").format(
                path=path, date=as_of.isoformat()))
        return ledger.export_setup(fields.names(), keys, as_of, rules, fixed)

    def _extra_sheets(self, parameters, context, feedback):
        """One core.ledger.ExtraSheet per EXTRA_TABLES layer: its fields (alias rule of core.aliases)
        and its rows."""
        from ..output.styling import ALIASES
        layers = [lyr for lyr in (self.parameterAsLayerList(parameters, "EXTRA_TABLES", context) or [])
                  if hasattr(lyr, "getFeatures")]
        titles = ledger.sheet_titles([ledger.extra_sheet_name(_table_name(lyr), lyr.fields().names())
                                      for lyr in layers])
        sheets = []
        for title, lyr in zip(titles, layers):
            flds = lyr.fields()
            pk = set(lyr.dataProvider().pkAttributeIndexes()) if lyr.dataProvider() else set()
            keep = [i for i in range(flds.count()) if i not in pk and flds.at(i).name().lower() != "fid"]
            header = tuple(field_alias(flds.at(i).name(), flds.at(i).alias(), ALIASES) or flds.at(i).name()
                           for i in keep)
            rows = []
            for feat in lyr.getFeatures():
                if feedback.isCanceled():
                    break
                attrs = feat.attributes()
                rows.append(tuple(_cell(py_value(attrs[i])) for i in keep))
            sheets.append(ledger.ExtraSheet(title, header, tuple(rows)))
            feedback.pushInfo(self.tr('Ledger sheet "{title}": {n} row(s).').format(title=title, n=len(rows)))
        return sheets

    def _select(self, source, fields, setup, codec, feedback):
        """The flagged features, read without geometries: their ids (the flags alone, of every
        feature) and {text field index: widest value in bytes} (their text fields); None on cancel."""
        import numpy as np
        total = source.featureCount() or 0
        flag_idx = {k.flag_field: setup.fields[k.flag_field] for k in setup.kinds}
        selected, unreadable, first, seen = [], {}, {}, 0
        for batch in read_batches(source, flag_idx, feedback, progress=(0.0, 35.0), geometry=False):
            hit, bad = ledger.flagged_columns(setup, batch.columns, batch.n)
            selected += [batch.fids[r] for r in np.flatnonzero(hit).tolist()]
            for pos, (name, values) in enumerate(bad.items()):
                n = int(values.sum())
                if n:
                    field_name = fields.at(flag_idx[name]).name()
                    unreadable[field_name] = unreadable.get(field_name, 0) + n
                    first.setdefault(field_name, (seen + int(np.argmax(values)), pos))
            seen += batch.n
        if feedback.isCanceled():
            return None, None
        feedback.pushInfo(self.tr("{n} of {total} features are flagged.").format(n=len(selected), total=total))
        for name in sorted(unreadable, key=first.get):  # in the order they first occur
            feedback.pushWarning(self.tr('{n} value(s) of flag field "{field}" are neither 1 nor 0; those features are '
                                         'not exported for that flag.').format(n=unreadable[name], field=name))
        text_idx = {"text %d" % i: i for i in range(fields.count()) if compat.field_kind(fields.at(i)) not in _NOT_TEXT}
        widths = {}
        if selected and text_idx:
            for batch in read_batches(source, text_idx, feedback, progress=(35.0, 15.0), only=selected,
                                      geometry=False):
                for role, i in text_idx.items():
                    lengths = [byte_length(_as_text(v), codec) for v in batch.columns[role] if v is not None]
                    if lengths:
                        widths[i] = max([widths.get(i, 0)] + lengths)
        return (None, None) if feedback.isCanceled() else (selected, widths)

    def _write_batch(self, writer, batch, out, converters, out_fields, codec, counts):
        """The batch's features with their converted attributes and the added fields, as multi-part."""
        added = zip(out["lp_kind"].tolist(), out["lp_type"].tolist(), out["lp_disp"].tolist(),
                    out["lp_areamu"].tolist())
        for feat, attrs, extra in zip(batch.features, batch.attributes, added):
            shp = QgsFeature(out_fields)
            shp.setAttributes(self._row(attrs, converters, out_fields, codec, counts, list(extra)))
            geom = feat.geometry()
            if geom is not None and not geom.isNull():
                g = type(geom)(geom)
                g.convertToMultiType()
                shp.setGeometry(g)
            writer.addFeature(shp, QgsFeatureSink.Flag.FastInsert)

    def _output_fields(self, fields, widths, codec, feedback):
        """(QgsFields, [(input index, converter, is text)], name map rows (short, original, alias, type))."""
        added_names = {a[0] for a in ADDED}
        keep = [i for i in range(fields.count()) if fields.at(i).name().lower() not in added_names]
        shorts = short_field_names([fields.at(i).name() for i in keep] + [a[0] for a in ADDED], codec)
        out_fields, converters, name_rows = QgsFields(), [], []
        for pos, i in enumerate(keep):
            src = fields.at(i)
            kind, conv, length, precision = _shapefile_type(src, widths.get(i, 1))
            out_fields.append(compat.new_field(shorts[pos], kind, length, precision, type_name=""))
            converters.append((i, conv, kind == "string"))
            name_rows.append((shorts[pos], src.name(), _alias(src.name(), src.alias()), src.typeName()))
        for pos, (name, kind, length, precision) in enumerate(ADDED, start=len(keep)):
            length_bytes = length * (2 if codec == "gbk" else 3) if kind == "string" else length
            out_fields.append(compat.new_field(shorts[pos], kind, min(DBF_TEXT_LIMIT, length_bytes), precision,
                                               type_name=""))
            name_rows.append((shorts[pos], name, _alias(name, ""), "String" if kind == "string" else "Real"))
        for s, o, _a, _t in name_rows:
            if s != o:
                feedback.pushInfo(self.tr('Field "{orig}" is written as "{short}" (10-byte limit).').format(
                    orig=o, short=s))
        return out_fields, converters, name_rows

    def _writer(self, out_path, out_fields, source, label, context):
        wkb = source.wkbType()
        if wkb != compat.WKB_NO_GEOMETRY:
            wkb = QgsWkbTypes.multiType(wkb)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "ESRI Shapefile"
        options.fileEncoding = label
        options.layerOptions = ["ENCODING=%s" % label]
        os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
        _remove_shapefile(out_path)
        tc = context.transformContext() if context is not None else QgsCoordinateTransformContext()
        writer = QgsVectorFileWriter.create(out_path, out_fields, wkb, source.sourceCrs(), tc, options)
        if writer is None or writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            msg = writer.errorMessage() if writer is not None else ""
            raise QgsProcessingException(self.tr("Could not create {path}: {msg}").format(path=out_path, msg=msg))
        return writer

    @staticmethod
    def _row(attrs, converters, out_fields, codec, counts, extra):
        """The shapefile row: converted input values (text cut to 254 bytes), then the added fields."""
        row = []
        for i, conv, is_text in converters:
            v = conv(py_value(attrs[i]))
            if is_text and v is not None and byte_length(v, codec) > DBF_TEXT_LIMIT:
                v = truncate_bytes(v, codec, DBF_TEXT_LIMIT)
                counts["truncated"] += 1
            row.append(v)
        for pos, v in enumerate(extra[:3]):
            limit = out_fields.at(len(converters) + pos).length()
            if byte_length(v, codec) > limit:
                extra[pos] = truncate_bytes(v, codec, limit)
        return row + extra

    def _log_counts(self, counts, feedback):
        if counts["area"]:
            feedback.pushWarning(self.tr("{n} area value(s) (ie_areamu / unsup_mu / ua_mu) were unreadable or not "
                                         "positive; those areas were measured from the geometry.").format(
                                             n=counts["area"]))
        if counts["repaired"]:
            feedback.pushWarning(self.tr("{n} invalid geometries were repaired (make-valid) before export.").format(
                n=counts["repaired"]))
        if counts["truncated"]:
            feedback.pushWarning(self.tr("{n} text value(s) were longer than 254 bytes and were cut in the "
                                         "shapefile; the ledger keeps the full text.").format(n=counts["truncated"]))

    def _finish(self, out_path, label, name_rows, context):
        """.cpg, the name map, the .qml and the load-on-completion details."""
        _ensure_cpg(out_path, label)
        map_path = os.path.splitext(out_path)[0] + "_fields.csv"
        with open(map_path, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["shapefile字段名", "原字段名", "中文名称", "类型", "是否缩短"])
            for s, o, a, t in name_rows:
                w.writerow([s, o, a, t, "是" if s != o else "否"])
        from ..output.styling import attach_postprocessor, write_qml_beside
        aliases = {s: (a or o) for s, o, a, _t in name_rows}
        write_qml_beside(out_path, "flagged", aliases)
        if context is not None and context.project() is not None:
            details = QgsProcessingContext.LayerDetails(os.path.splitext(os.path.basename(out_path))[0],
                                                        context.project(), self.OUTPUT)
            context.addLayerToLoadOnCompletion(out_path, details)
            attach_postprocessor(context, out_path, "flagged", aliases)
        return {self.OUTPUT: out_path, "NAME_MAP": map_path, self.LEDGER: None}


def _inner_point(feature):
    """(x, y) of a point inside the feature's geometry (its location in the ledger), or None."""
    geom = feature.geometry()
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    point = geom.pointOnSurface()
    if point is None or point.isNull():
        return None
    p = point.asPoint()
    return (p.x(), p.y())


def _table_name(layer):
    """A layer's name for its ledger sheet: the table inside a GeoPackage / database, else its name."""
    from qgis.core import QgsProviderRegistry
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:  # noqa: BLE001 - a provider without decodeUri: keep the layer's name
        parts = {}
    return parts.get("layerName") or parts.get("table") or layer.name()


def _with_ext(path, ext):
    if path and not path.lower().endswith(ext):
        return os.path.splitext(path)[0] + ext
    return path


def _shapefile_type(src, width):
    """(type kind, converter, length, precision) of an input field in the shapefile."""
    vtype = compat.field_kind(src)
    if vtype in ("date", "datetime"):
        return "date", _to_date, 0, 0
    if vtype == "int":
        return "int", _plain, src.length(), src.precision()
    if vtype in ("int64", "uint", "uint64"):
        return "int64", _plain, src.length(), src.precision()
    if vtype == "double":
        return "double", _plain, src.length(), src.precision()
    if vtype == "bool":
        return "int", _bool_int, 0, 0
    return "string", _as_text, max(1, min(DBF_TEXT_LIMIT, width)), 0


# ---- value conversion ---------------------------------------------------------------------
def _plain(v):
    return v


def _bool_int(v):
    return None if v is None else int(bool(v))


def _to_date(v):
    if v is None:
        return None
    if isinstance(v, QDateTime):
        return v.date() if v.isValid() else None
    if isinstance(v, QDate):
        return v if v.isValid() else None
    if isinstance(v, _dt.datetime):
        return QDate(v.year, v.month, v.day)
    if isinstance(v, _dt.date):
        return QDate(v.year, v.month, v.day)
    return None


def _as_text(v):
    if v is None:
        return None
    if isinstance(v, QDateTime):
        return v.toString("yyyy-MM-dd HH:mm:ss")
    if isinstance(v, QDate):
        return v.toString("yyyy-MM-dd")
    if isinstance(v, QTime):
        return v.toString("HH:mm:ss")
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _cell(v):
    """A value for the ledger: dates as datetime.date, numbers as numbers, the rest as text."""
    if v is None:
        return None
    if isinstance(v, QDateTime):
        v = v.date()
    if isinstance(v, QDate):
        return _dt.date(v.year(), v.month(), v.day()) if v.isValid() else None
    if isinstance(v, (int, float, _dt.date)):
        return v
    return str(v)


def _alias(name, stored):
    """core.aliases.field_alias with LandPlan's alias table."""
    from ..output.styling import ALIASES
    return field_alias(name, stored, ALIASES)


def _remove_shapefile(path):
    base = os.path.splitext(path)[0]
    for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qml", ".qix", ".sbn", ".sbx"):
        if os.path.exists(base + ext):
            os.remove(base + ext)


def _ensure_cpg(path, label):
    cpg = os.path.splitext(path)[0] + ".cpg"
    current = None
    if os.path.exists(cpg):
        with open(cpg, encoding="ascii", errors="replace") as fh:
            current = fh.read().strip()
    if current != label:
        with open(cpg, "w", encoding="ascii") as fh:
            fh.write(label)


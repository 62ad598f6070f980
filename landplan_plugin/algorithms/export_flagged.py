"""landplan:exportflagged — flagged parcels to a shapefile for other offices, plus the 台账 ledger.

Shapefile rules (SPEC §5): field names of at most 10 **bytes** in the file's encoding (a GBK
Chinese character takes 2 bytes, a UTF-8 one 3); a name that does not fit gets a stable short
name — the name cut at a character boundary, and ``_1``, ``_2`` … when that clashes; the names
that fit are reserved first, so a field keeps its short name whatever else the layer holds.
The map (short name → original name → alias) is written beside the file as ``<name>_fields.csv``.
Text values longer than 254 bytes (the DBF limit) are cut at a character boundary (the ledger
keeps the full text). DateTime becomes Date (shapefiles hold no DateTime).

Ledger (台账, SPEC §3.5; seeds 003/004 "一宗一策"): one row per exported parcel with 地块编号,
所在园区, 面积(亩), 类型, 形成原因, 处置措施, 完成时限, 责任单位. Suggested disposal (处置措施) per type:

==============================  ==============================================================
type                            处置措施
==============================  ==============================================================
低效·粗放用地类                   提质增效：增资扩产、提高容积率（二次开发）
低效·停建停产类                   督促复工复产；无法复产的兼并重组、置换盘活或依法收回
低效·产业转型类                   转型升级、调整利用
闲置土地                          the idle algorithm's ``idle_disp`` (suggested by stage × cause,
                                  《闲置土地处置办法》); without it: 满2年 依法收回, else 限期开发
批而未供                          加快供地（征地拆迁、前期开发、项目审批）；确无法供地的清理用地批准文件
已批未供即用 (``unsup_use`` 1)    完善用地手续；运营较差、亩均效益较低的纳入低效用地整改
==============================  ==============================================================
"""
import csv
import datetime as _dt
import os

from qgis.core import (
    QgsFeatureRequest,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingUtils,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..core.units import M2_PER_MU
from ..core.values import parse_number
from .base import LandPlanAlgorithm, SKIP_GEOMETRY_CHECKS, find_field, make_field, py_value, repair_geometry

#: (key, flag field, 认定类别)
FLAG_DEFS = (("ie", "ie_flag", "低效工业用地"), ("idle", "idle_flag", "闲置土地"), ("unsup", "unsup_flag", "批而未供"))
ENCODINGS = (("GBK", "gbk"), ("UTF-8", "utf-8"))
LEDGER_HEADERS = ("地块编号", "所在园区", "面积(亩)", "类型", "形成原因", "处置措施", "完成时限", "责任单位")
LEDGER_WIDTHS = (16, 22, 11, 24, 60, 40, 14, 22)

DISPOSAL_LOW = {
    "粗放用地类": "提质增效：增资扩产、提高容积率（二次开发）",
    "停建停产类": "督促复工复产；无法复产的兼并重组、置换盘活或依法收回",
    "产业转型类": "转型升级、调整利用",
}
DISPOSAL_IDLE = {"满2年": "依法收回", "满1年": "限期开发"}
DISPOSAL_UNSUP = "加快供地（征地拆迁、前期开发、项目审批）；确无法供地的清理用地批准文件"
DISPOSAL_INUSE = "完善用地手续；运营较差、亩均效益较低的纳入低效用地整改"

CANDIDATES = {
    "ID_FIELD": ["宗地编号", "地块编号", "ZDBH", "DKBH", "电子监管号", "批准文号", "BSM", "id"],
    "ZONE_FIELD": ["所在园区", "园区名称", "开发区名称", "KFQMC", "zone"],
    "DEADLINE_FIELD": ["完成时限", "WCSX", "deadline"],
    "UNIT_FIELD": ["责任单位", "ZRDW", "unit"],
}
REASON_FIELDS = {"ie": ["ie_reason"], "idle": ["idle_rsn", "idle_reason"], "unsup": ["unsup_rsn", "unsup_reason"]}
DBF_TEXT_LIMIT = 254
NAME_LIMIT = 10


# ---- pure helpers (tested directly) -------------------------------------------------------
from ..core.shapefile import byte_length, short_field_names, truncate_bytes  # noqa: E402,F401


def is_one(value):
    value = py_value(value)
    if value is None:
        return False
    try:
        return int(float(str(value).strip())) == 1 and float(str(value).strip()) == 1.0
    except (TypeError, ValueError):
        return False


def display_width(text):
    """Excel column width for text: CJK and full-width characters count 2."""
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in str(text))


def low_disposal(ie_type):
    parts = [DISPOSAL_LOW[t] for t in str(ie_type or "").split("、") if t in DISPOSAL_LOW]
    return "；".join(parts) if parts else DISPOSAL_LOW["粗放用地类"]


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
        return [self.tr("Low-efficiency industrial land (ie_flag)"), self.tr("Idle land (idle_flag)"),
                self.tr("Approved but unsupplied (unsup_flag)")]

    def encoding_labels(self):
        return [self.tr("Chinese, for ArcGIS and most Chinese tools (GBK)"), self.tr("Unicode (UTF-8)")]

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("LandPlan output (parcels with flags)"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterEnum(
            "FLAGS", self.tr("Flags to export (a feature is written when any chosen flag present in the input is 1)"),
            options=self.flag_labels(), allowMultiple=True, defaultValue=[0, 1, 2]))
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
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Flagged parcels (shapefile)"), fileFilter=self.tr("ESRI Shapefile (*.shp)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.LEDGER, self.tr("Ledger (台账, Excel)"), fileFilter=self.tr("Excel workbook (*.xlsx)"),
            optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputFile("NAME_MAP", self.tr("Field name map (CSV)")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", self.tr("Number of parcels exported")))

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "<p>Exports the features of a LandPlan output whose flag is 1 — low-efficiency (ie_flag), idle "
            "(idle_flag), approved but unsupplied (unsup_flag); choose which — to a shapefile other offices "
            "can open.</p>"
            "<p><b>Shapefile</b>: a .cpg naming the encoding (GBK by default, or UTF-8) and a .prj. Field "
            "names are at most 10 bytes in that encoding (a Chinese character is 2 bytes in GBK, 3 in UTF-8); "
            "longer names are cut to a stable short name and <i>name</i>_fields.csv beside the file maps short "
            "names to the original names and their Chinese aliases. A .qml beside it styles the layer. Dates "
            "are written as Date. Added fields: lp_kind (认定类别), lp_type (类型), lp_disp (处置措施), "
            "lp_areamu (面积, 亩).</p>"
            "<p><b>Ledger (台账)</b>, one row per parcel: 地块编号, 所在园区, 面积(亩), 类型, 形成原因, 处置措施, "
            "完成时限, 责任单位. 完成时限 and 责任单位 come from the fields you name, or are left blank to fill "
            "in. Area: the scoring's land area (ie_areamu), else the unsupplied area (unsup_mu), else the "
            "area of the geometry (planar in a projected CRS, ellipsoidal in a geographic one). Suggested disposal: 粗放用地类 → 提质增效 (增资扩产、二次开发); "
            "停建停产类 → 督促复工复产, else 兼并重组、置换盘活 or 依法收回; 产业转型类 → 转型升级、调整利用; "
            "idle land → the idle check's suggestion (idle_disp), else 满2年 依法收回 / 限期开发; approved but "
            "unsupplied → 加快供地 or 清理用地批准文件; 已批未供即用 → 完善用地手续.</p>")

    # ------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_fail(parameters, self.INPUT, context)
        self.check_crs_if_spatial(source, self.tr("LandPlan output"))
        fields = source.fields()
        chosen = self.parameterAsEnums(parameters, "FLAGS", context)
        if not chosen:
            chosen = list(range(len(FLAG_DEFS)))
        flags = []  # (key, field index, 认定类别)
        for i in chosen:
            key, fname, kind = FLAG_DEFS[i]
            idx = find_field(fields, [fname])
            if idx >= 0:
                flags.append((key, idx, kind))
            else:
                feedback.pushInfo(self.tr("The input has no {field} field; that flag is skipped.").format(field=fname))
        if not flags:
            raise QgsProcessingException(self.tr(
                "The input has none of the chosen LandPlan flag fields ({fields}). Run a LandPlan check "
                "(score, idle land, unsupplied) first and export its output.").format(
                    fields=", ".join(FLAG_DEFS[i][1] for i in chosen)))

        label, codec = ENCODINGS[self.parameterAsEnum(parameters, "ENCODING", context)]
        out_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not out_path.lower().endswith(".shp"):
            out_path = os.path.splitext(out_path)[0] + ".shp"
        ledger_path = self.parameterAsFileOutput(parameters, self.LEDGER, context)
        if ledger_path and not ledger_path.lower().endswith(".xlsx"):
            ledger_path = os.path.splitext(ledger_path)[0] + ".xlsx"

        idx_of = {}
        for pname, text in (("ID_FIELD", self.tr("parcel id")), ("ZONE_FIELD", self.tr("zone")),
                            ("DEADLINE_FIELD", self.tr("deadline")), ("UNIT_FIELD", self.tr("responsible unit"))):
            idx_of[pname] = self.resolve_field(parameters, pname, fields, CANDIDATES[pname], feedback, text,
                                               allow_auto=pname not in parameters)
        opt = {name: find_field(fields, [name]) for name in
               ("ie_type", "ie_areamu", "idle_stage", "idle_basis", "idle_disp", "unsup_yrs", "unsup_mu", "inuse_flag", "unsup_use")}
        reason_idx = {key: next((find_field(fields, [n]) for n in names if find_field(fields, [n]) >= 0), -1)
                      for key, names in REASON_FIELDS.items()}

        # ---- pass 1: which features, and the byte widths of their text ----------------------
        total = source.featureCount() or 0
        step = 50.0 / total if total else 0
        selected = []
        widths = {}
        string_idx = [i for i in range(fields.count()) if fields.at(i).type() not in
                      (QVariant.Int, QVariant.LongLong, QVariant.Double, QVariant.Date, QVariant.DateTime,
                       QVariant.Bool, QVariant.UInt, QVariant.ULongLong)]
        unreadable_flags = {}
        for current, feat in enumerate(source.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS)):
            if feedback.isCanceled():
                return {}
            attrs = feat.attributes()
            hits = [(key, kind) for key, idx, kind in flags if is_one(attrs[idx])]
            for key, idx, kind in flags:
                raw = py_value(attrs[idx])
                if raw not in (None, "") and not is_one(raw) and str(raw).strip() not in ("0", "0.0"):
                    name = fields.at(idx).name()
                    unreadable_flags[name] = unreadable_flags.get(name, 0) + 1
            if hits:
                selected.append(feat.id())
                for i in string_idx:
                    v = py_value(attrs[i])
                    if v is not None:
                        n = byte_length(_as_text(v), codec)
                        if n > widths.get(i, 0):
                            widths[i] = n
            if step and current % 256 == 0:
                feedback.setProgress(current * step)
        feedback.pushInfo(self.tr("{n} of {total} features are flagged.").format(n=len(selected), total=total))
        for name, n in unreadable_flags.items():
            feedback.pushWarning(self.tr('{n} value(s) of flag field "{field}" are neither 1 nor 0; those features are '
                                         'not exported for that flag.').format(n=n, field=name))

        # ---- output fields ------------------------------------------------------------------
        added = [("lp_kind", QVariant.String, 40, 0), ("lp_type", QVariant.String, 120, 0),
                 ("lp_disp", QVariant.String, 200, 0), ("lp_areamu", QVariant.Double, 20, 4)]
        added_names = {a[0] for a in added}
        keep = [i for i in range(fields.count()) if fields.at(i).name().lower() not in added_names]
        orig_names = [fields.at(i).name() for i in keep] + [a[0] for a in added]
        shorts = short_field_names(orig_names, codec)
        out_fields = QgsFields()
        converters = []
        name_rows = []
        for pos, i in enumerate(keep):
            src = fields.at(i)
            vtype = src.type()
            length, precision = src.length(), src.precision()
            if vtype in (QVariant.Date, QVariant.DateTime):
                vtype, conv = QVariant.Date, _to_date
                length = precision = 0
            elif vtype in (QVariant.Int, QVariant.LongLong, QVariant.Double):
                conv = _plain
            elif vtype in (QVariant.Bool,):
                vtype, conv = QVariant.Int, _bool_int
                length = precision = 0
            elif vtype in (QVariant.UInt, QVariant.ULongLong):
                vtype, conv = QVariant.LongLong, _plain
            else:
                vtype, conv = QVariant.String, _as_text
                length, precision = max(1, min(DBF_TEXT_LIMIT, widths.get(i, 1))), 0
            field = QgsField(shorts[pos], vtype, "", length, precision)
            out_fields.append(field)
            converters.append((i, conv, vtype == QVariant.String))
            name_rows.append((shorts[pos], src.name(), src.alias() or _alias(src.name()), src.typeName()))
        for pos, (name, vtype, length, precision) in enumerate(added, start=len(keep)):
            length_bytes = length * (2 if codec == "gbk" else 3) if vtype == QVariant.String else length
            out_fields.append(QgsField(shorts[pos], vtype, "", min(DBF_TEXT_LIMIT, length_bytes), precision))
            name_rows.append((shorts[pos], name, _alias(name), "String" if vtype == QVariant.String else "Real"))
        renamed = [(s, o) for s, o, _a, _t in name_rows if s != o]
        for s, o in renamed:
            feedback.pushInfo(self.tr('Field "{orig}" is written as "{short}" (10-byte limit).').format(orig=o, short=s))

        # ---- writer ---------------------------------------------------------------------------
        crs = source.sourceCrs()
        wkb = QgsWkbTypes.multiType(source.wkbType()) if source.wkbType() != QgsWkbTypes.NoGeometry else source.wkbType()
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "ESRI Shapefile"
        options.fileEncoding = label
        options.layerOptions = ["ENCODING=%s" % label]
        os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
        _remove_shapefile(out_path)
        tc = context.transformContext() if context is not None else QgsCoordinateTransformContext()
        writer = QgsVectorFileWriter.create(out_path, out_fields, wkb, crs, tc, options)
        if writer is None or writer.hasError() != QgsVectorFileWriter.NoError:
            msg = writer.errorMessage() if writer is not None else ""
            raise QgsProcessingException(self.tr("Could not create {path}: {msg}").format(path=out_path, msg=msg))

        measurer = self.area_measurer(crs, context) if crs.isValid() else None
        ledger_rows = []
        truncated = 0
        n_sel = len(selected)
        step = 45.0 / n_sel if n_sel else 0
        request = QgsFeatureRequest().setFilterFids(selected)
        area_problems = 0
        repaired = 0
        for current, feat in enumerate(source.getFeatures(request, SKIP_GEOMETRY_CHECKS)):
            if feedback.isCanceled():
                del writer
                self.discard_partial_output(out_path, feedback)
                return {}
            attrs = feat.attributes()
            hits = [(key, kind) for key, idx, kind in flags if is_one(attrs[idx])]
            get = lambda name: py_value(attrs[opt[name]]) if opt[name] >= 0 else None  # noqa: E731

            types, causes, disposals = [], [], []
            for key, kind in hits:
                rsn = py_value(attrs[reason_idx[key]]) if reason_idx[key] >= 0 else None
                if key == "ie":
                    ie_type = get("ie_type")
                    types.append("%s（%s）" % (kind, ie_type) if ie_type else kind)
                    disposals.append(low_disposal(ie_type))
                elif key == "idle":
                    detail = "，".join(str(x) for x in (get("idle_basis"), get("idle_stage")) if x)
                    types.append("%s（%s）" % (kind, detail) if detail else kind)
                    disp = get("idle_disp") or DISPOSAL_IDLE.get(str(get("idle_stage") or ""), "限期开发")
                    disposals.append(str(disp))
                else:
                    yrs = get("unsup_yrs")
                    inuse = is_one(get("unsup_use")) or is_one(get("inuse_flag"))
                    text = kind + ("·已批未供即用" if inuse else "")
                    types.append("%s（批准满%s年）" % (text, _fmt_int(yrs)) if yrs is not None else text)
                    disposals.append(DISPOSAL_INUSE if inuse else DISPOSAL_UNSUP)
                if rsn:
                    causes.append(("%s：%s" % (kind, rsn)) if len(hits) > 1 else str(rsn))

            area_mu = None
            for area_field in ("ie_areamu", "unsup_mu"):
                if area_mu is None and opt[area_field] >= 0:
                    value, problem = parse_number(get(area_field), area_field)
                    if problem is not None or (value is not None and value <= 0):
                        area_problems += 1  # unreadable or not positive: measured from the geometry instead
                        value = None
                    area_mu = value
            geom, geom_note = repair_geometry(feat.geometry())
            if geom_note:
                repaired += 1
                causes.append(geom_note)
            if area_mu is None and measurer is not None and not geom.isNull() and not geom.isEmpty():
                area_mu = measurer.measureArea(geom) / M2_PER_MU

            row = []
            for i, conv, is_text in converters:
                v = conv(py_value(attrs[i]))
                if is_text and v is not None and byte_length(v, codec) > DBF_TEXT_LIMIT:
                    v = truncate_bytes(v, codec, DBF_TEXT_LIMIT)
                    truncated += 1
                row.append(v)
            extra = ["、".join(k for _key, k in hits), "；".join(types), "；".join(dict.fromkeys(disposals)),
                     round(area_mu, 4) if area_mu is not None else None]
            for pos, v in enumerate(extra[:3]):
                limit = out_fields.at(len(converters) + pos).length()
                if byte_length(v, codec) > limit:
                    extra[pos] = truncate_bytes(v, codec, limit)
            row.extend(extra)
            out = QgsFeature(out_fields)
            out.setAttributes(row)
            if geom is not None and not geom.isNull():
                g = type(geom)(geom)
                g.convertToMultiType()
                out.setGeometry(g)
            writer.addFeature(out, QgsFeatureSink.FastInsert)

            def val(pname):
                idx = idx_of[pname]
                return py_value(attrs[idx]) if idx >= 0 else None
            ledger_rows.append([_cell(val("ID_FIELD")), _cell(val("ZONE_FIELD")),
                                round(area_mu, 2) if area_mu is not None else None,
                                "；".join(types), "；".join(causes), "；".join(dict.fromkeys(disposals)),
                                _cell(val("DEADLINE_FIELD")), _cell(val("UNIT_FIELD"))])
            if step and current % 256 == 0:
                feedback.setProgress(50 + current * step)
        err = writer.hasError()
        del writer  # closes the shapefile
        if err != QgsVectorFileWriter.NoError:
            raise QgsProcessingException(self.tr("Writing {path} failed.").format(path=out_path))
        if area_problems:
            feedback.pushWarning(self.tr("{n} area value(s) (ie_areamu / unsup_mu) were unreadable or not positive; "
                                         "those areas were measured from the geometry.").format(n=area_problems))
        if repaired:
            feedback.pushWarning(self.tr("{n} invalid geometries were repaired (make-valid) before export.").format(
                n=repaired))
        if truncated:
            feedback.pushWarning(self.tr("{n} text value(s) were longer than 254 bytes and were cut in the "
                                         "shapefile; the ledger keeps the full text.").format(n=truncated))

        _ensure_cpg(out_path, label)
        map_path = os.path.splitext(out_path)[0] + "_fields.csv"
        with open(map_path, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["shapefile字段名", "原字段名", "中文名称", "类型", "是否缩短"])
            for s, o, a, t in name_rows:
                w.writerow([s, o, a, t, "是" if s != o else "否"])

        from ..styling import attach_postprocessor, write_qml_beside
        aliases = {s: (a or o) for s, o, a, _t in name_rows}
        write_qml_beside(out_path, "flagged", aliases)
        if context is not None and context.project() is not None:
            details = QgsProcessingContext.LayerDetails(os.path.splitext(os.path.basename(out_path))[0],
                                                        context.project(), self.OUTPUT)
            context.addLayerToLoadOnCompletion(out_path, details)
            attach_postprocessor(context, out_path, "flagged", aliases)

        results = {self.OUTPUT: out_path, "NAME_MAP": map_path, "COUNT": len(ledger_rows), self.LEDGER: None}
        if ledger_path:
            write_ledger(ledger_path, ledger_rows, feedback, self.tr)
            results[self.LEDGER] = ledger_path
        feedback.setProgress(100)
        return results


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


def _number(v):
    try:
        return None if v is None else float(v)
    except (TypeError, ValueError):
        return None


def _fmt_int(v):
    try:
        return str(int(float(v)))
    except (TypeError, ValueError):
        return str(v)


def _alias(name):
    from ..styling import ALIASES
    return ALIASES.get(name, "")


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


def write_ledger(path, rows, feedback=None, tr=lambda s: s):
    """台账 workbook: frozen header row, column widths, wrapped long text; openpyxl, else GDAL's XLSX driver."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    try:
        import openpyxl
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter
    except ImportError:
        if feedback is not None:
            feedback.pushWarning(tr("openpyxl is not installed; the ledger is written with GDAL (no frozen header)."))
        return _write_ledger_gdal(path, rows)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(list(LEDGER_HEADERS))
    for row in rows:
        ws.append(row)
    header_font = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in ws[1]:
        cell.font = header_font
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for c, (header, minimum) in enumerate(zip(LEDGER_HEADERS, LEDGER_WIDTHS), start=1):
        longest = max([display_width(header)] + [display_width(r[c - 1]) for r in rows if r[c - 1] is not None])
        width = min(max(minimum if c in (5, 6) else 8, longest + 2), minimum if c in (5, 6) else 40)
        ws.column_dimensions[get_column_letter(c)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for r in range(2, len(rows) + 2):
        for c in range(1, len(LEDGER_HEADERS) + 1):
            cell = ws.cell(row=r, column=c)
            cell.alignment = wrap if c in (4, 5, 6) else top
        ws.cell(row=r, column=3).number_format = "0.00"
        deadline = ws.cell(row=r, column=7)
        if isinstance(deadline.value, _dt.date):
            deadline.number_format = "yyyy-mm-dd"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = "A1:%s%d" % (get_column_letter(len(LEDGER_HEADERS)), len(rows) + 1)
    wb.save(path)
    return path


def _write_ledger_gdal(path, rows):
    from osgeo import ogr
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(path)
    lyr = ds.CreateLayer("台账", geom_type=ogr.wkbNone)
    types = (ogr.OFTString, ogr.OFTString, ogr.OFTReal, ogr.OFTString, ogr.OFTString, ogr.OFTString,
             ogr.OFTString, ogr.OFTString)
    for name, t in zip(LEDGER_HEADERS, types):
        lyr.CreateField(ogr.FieldDefn(name, t))
    defn = lyr.GetLayerDefn()
    for row in rows:
        f = ogr.Feature(defn)
        for i, v in enumerate(row):
            if v is not None:
                f.SetField(i, v if isinstance(v, (int, float)) else str(v))
        lyr.CreateFeature(f)
    ds = None
    return path

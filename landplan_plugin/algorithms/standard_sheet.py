"""landplan:standardsheet — 标准地"3+N+1"指标表 (按标做地、明标供地).

Every value, source and note comes from :func:`landplan_plugin.core.standard_land.sheet_columns`;
this module reads the planned parcels in batches, the county table and the +N file, writes the
parcels with their indicators and the printable sheet (a workbook laid out as the 台账 prints).
"""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QDate

from ..core import fields
from ..core import standard_land as sl
from ..core.scoring import REGION_CLASSES
from ..core.standards import StandardError, load_preset
from .base import LandPlanAlgorithm
from .batches import SinkWriter, read_batches
from .field_resolution import find_field, make_field
from .params import add_as_of_param, as_of_value
from . import table_io
from .. import compat

CANDIDATES = fields.CANDIDATES["standardsheet"]
_TYPES = {"sd_inv": ("double", 20, 4), "sd_far": ("double", 20, 4), "sd_tax": ("double", 20, 4),
          "sd_years": ("int", 0, 0), "sd_renew": ("date", 0, 0), "sd_src": ("string", 40, 0)}


class StandardSheet(LandPlanAlgorithm):
    def name(self):
        return "standardsheet"

    def displayName(self):
        return self.tr("标准地 3+N+1 indicator sheet")

    def shortDescription(self):
        return self.tr("For parcels about to be supplied: 投资强度, 容积率 and 亩均税收 by industry and region, the "
                       "county's +N indicators, the +1 commitment terms, the lease term (at most 20 years) and the "
                       "renewal evaluation date, as a layer and a printable sheet.")

    def tags(self):
        return self.tr("标准地,3+N+1,按标做地,明标供地,出让年限,续期,standard land").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PARCELS", self.tr("Planned parcels (拟出让工业用地)"), [compat.SOURCE_VECTOR]))
        self.add_field_param("INDUSTRY_FIELD", self.tr("Industry code field (GB/T 4754)"), parent="PARCELS",
                             default=CANDIDATES["INDUSTRY_FIELD"][0], any_type=True)
        self.add_field_param("PARCEL_ID_FIELD", self.tr("Parcel id field (for the sheet)"), parent="PARCELS",
                             default=CANDIDATES["PARCEL_ID_FIELD"][0], any_type=True)
        self.add_field_param("START_DATE_FIELD", self.tr("Planned supply date field (the lease starts; empty = "
                                                         "the reference date)"), parent="PARCELS",
                             default=CANDIDATES["START_DATE_FIELD"][0], any_type=True)
        self.addParameter(QgsProcessingParameterEnum(
            "REGION", self.tr("Region class (附表2-2)"),
            options=[self.tr("Zhengzhou city districts (郑州市区)"), self.tr("Other areas (其他区域)")],
            defaultValue=1))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "COUNTY_TABLE", self.tr("County indicator table (行业代码, 投资强度 万元/亩, 容积率, 亩均税收 万元/亩), "
                                    "wins over 附表2-2"), [compat.SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "N_FILE", self.tr("+N indicators and +1 commitment terms (JSON; example: "
                              "resources/standards/standard_land_n_example.json)"),
            extension="json", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "LEASE_YEARS", self.tr("Lease term (出让年限, years, at most 20)"),
            type=compat.NUMBER_INTEGER, defaultValue=sl.LEASE_YEARS_MAX, minValue=1,
            maxValue=sl.LEASE_YEARS_MAX))
        add_as_of_param(self)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Parcels with their 3+N+1 indicators"), compat.SOURCE_ANY_GEOMETRY))
        self.addParameter(QgsProcessingParameterFileDestination(
            "SHEET", self.tr("Printable sheet (XLSX)"), self.tr("Excel files (*.xlsx)"), optional=True,
            createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):
        as_of = as_of_value(self, parameters, context, feedback)
        source = self.source_or_fail(parameters, "PARCELS", context)
        pf = source.fields()
        roles = (("industry", "INDUSTRY_FIELD", self.tr("industry code")),
                 ("id", "PARCEL_ID_FIELD", self.tr("parcel id")),
                 ("start", "START_DATE_FIELD", self.tr("planned supply date")))
        idx = {key: self.resolve_field(parameters, param, pf, CANDIDATES[param], feedback, label)
               for key, param, label in roles}
        if idx["industry"] < 0:
            raise QgsProcessingException(self.tr("The parcels need an industry code field (INDUSTRY_FIELD)."))
        idx = {k: i for k, i in idx.items() if i >= 0}
        region = REGION_CLASSES[self.parameterAsEnum(parameters, "REGION", context)]
        years = self.parameterAsInt(parameters, "LEASE_YEARS", context)
        n_spec, county = self._n_spec(parameters, context), self._county(parameters, context, feedback)
        standard = load_preset("zhengzhou_industry")
        added = [make_field(name, _TYPES.get(name, ("string", 0, 0))[0], alias, *_TYPES.get(name, ("string", 0, 0))[1:])
                 for name, alias in sl.OUTPUT_FIELDS]
        out_fields, kept = self.output_fields(pf, added, feedback)
        sink, dest = self.create_sink(parameters, "OUTPUT", context, out_fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        writer = SinkWriter(sink, dest, out_fields, kept, pf.count(), [n for n, _ in sl.OUTPUT_FIELDS])
        parts = []
        for batch in read_batches(source, idx, feedback, keep_features=True, repair=False):
            try:
                out = sl.sheet_columns(standard, batch.columns["industry"], region, as_of, years,
                                       batch.columns.get("start"), county, n_spec)
            except ValueError as exc:
                raise QgsProcessingException(str(exc)) from None
            parts.append((out, batch.columns.get("id"), batch.columns["industry"]))
            written = dict(out)
            written["sd_renew"] = [QDate(d.year, d.month, d.day) for d in out["sd_renew"].tolist()]
            writer.write(batch, {k: _as_array(v) for k, v in written.items()})
        writer.close()
        del sink, writer
        if feedback.isCanceled():
            self.discard_partial_output(dest, feedback)
            return {}
        from ..output import styling
        styling.finish_output(self, context, dest, "standard_sheet", feedback, styling.aliases_with_prefix("sd_"))
        results = {"OUTPUT": dest}
        path = self.parameterAsFileOutput(parameters, "SHEET", context)
        if path and parts:
            from ..output.ledger_sheets import write_sheet
            columns = {k: _concat([p[0][k] for p in parts]) for k in parts[0][0]}
            ids = [v for p in parts for v in (p[1] if p[1] is not None else [None] * len(p[2]))]
            results["SHEET"] = write_sheet(path, *sl.sheet_table(columns, ids, [v for p in parts for v in p[2]],
                                                                 as_of, n_spec, region))
            feedback.pushInfo(self.tr("Printable sheet written to {path}.").format(path=path))
        feedback.setProgress(100)
        return results

    def _n_spec(self, parameters, context):
        path = self.parameterAsFile(parameters, "N_FILE", context)
        if not path:
            return None
        try:
            return sl.load_n_file(path)
        except (sl.NFileError, StandardError) as exc:
            raise QgsProcessingException(str(exc)) from None

    def _county(self, parameters, context, feedback):
        """The county table as core.standard_land.county_rows (None when not given)."""
        source = table_io.table_source(self, parameters, "COUNTY_TABLE", context, feedback, optional=True)
        if source is None:
            return None
        cols = [find_field(source.fields(), names) for names in sl.COUNTY_COLUMNS]
        if cols[0] < 0:
            raise QgsProcessingException(self.tr("The county table needs an industry code column (行业代码)."))
        table = table_io.read_columns(source, cols, feedback, (0, 5))
        if table is None:
            return None
        code, invest, far, tax = table.values
        return sl.county_rows(code, invest, far, tax)


def _as_array(values):
    import numpy as np
    if isinstance(values, np.ndarray):
        return values
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _concat(arrays):
    import numpy as np
    return np.concatenate(arrays)

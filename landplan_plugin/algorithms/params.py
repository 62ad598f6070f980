"""Parameters several algorithms share: the reference date (AS_OF), area units, land-use
classifications, the ledger and chart outputs, the "Plans and tasks" group. Names, options and
defaults are kept: saved models and batch files use them."""
from qgis.core import (QgsProcessingException, QgsProcessingParameterDateTime, QgsProcessingParameterEnum,
                       QgsProcessingParameterFileDestination)

from .. import compat
from ..i18n import tr_base
from ..qvariant import py_value


def add_as_of_param(alg, name="AS_OF"):
    """The optional reference-date parameter every dated check has (empty = today)."""
    param = QgsProcessingParameterDateTime(
        name, tr_base("Reference date (as of; empty = today, the day of the run)"),
        type=compat.DATETIME_DATE, defaultValue=None, optional=True)
    alg.addParameter(param)
    return param


def as_of_value(alg, parameters, context, feedback, name="AS_OF"):
    """The reference date (基准日) of a run as ``datetime.date``.

    Empty (not given, NULL, blank) means **today, evaluated when the run starts** — never when
    the class is defined or the dialog opened — so a saved model or batch job re-run next
    quarter uses that day. Text is read by :func:`..core.dates.parse_date` (2024年6月30日,
    2024/6/30 …). The date used is always written to the log, so a run can be repeated "as of"
    the same day.
    """
    from ..core.dates import AsOfError, reference_date
    raw = py_value(parameters.get(name))
    if not isinstance(raw, str) and raw is not None:
        qdt = alg.parameterAsDateTime(parameters, name, context)
        raw = qdt.date().toPyDate() if qdt is not None and qdt.isValid() else raw
    try:
        value = reference_date(raw)
    except AsOfError:
        message = tr_base('Reference date (AS_OF) "{value}" is not a date (use e.g. 2024-12-31).').format(value=raw)
        raise QgsProcessingException(message) from None
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        feedback.pushInfo(tr_base("Reference date (AS_OF) not given: using today, {date}.").format(
            date=value.isoformat()))
        return value
    feedback.pushInfo(tr_base("Reference date (AS_OF): {date}.").format(date=value.isoformat()))
    return value


#: the built-in land-use presets, in the order of the CLASSIFICATION options
LANDUSE_PRESET_IDS = ("sandiao_2017", "guotu_2023", "gb50137_2011")


def area_unit_labels():
    """Options of an AREA_UNIT enum: 0 m², 1 亩, 2 公顷."""
    return [tr_base("Square metres (m2)"), tr_base("Mu (mu)"), tr_base("Hectares (ha)")]


def area_unit_param(description, default=0, name="AREA_UNIT"):
    """The unit of a stated-area field (the caller adds it, advanced or not)."""
    return QgsProcessingParameterEnum(name, description, options=area_unit_labels(), defaultValue=default)


def classification_labels(custom=False):
    """Options of the CLASSIFICATION enum: :data:`LANDUSE_PRESET_IDS` (and a custom file)."""
    labels = [tr_base("Third land survey / GB/T 21010-2017 (sandiao_2017)"),
              tr_base("Land and sea use classification 2023 (guotu_2023)"),
              tr_base("GB 50137-2011 urban land (gb50137_2011)")]
    if custom:
        labels.append(tr_base("Custom code lists file (custom)"))
    return labels


def classification_param(custom=False):
    """The land-use classification enum (default: 三调)."""
    return QgsProcessingParameterEnum("CLASSIFICATION", tr_base("Land-use classification"),
                                      options=classification_labels(custom), defaultValue=0)


def add_ledger_param(alg):
    """The optional LEDGER workbook a plans algorithm adds its sheet to."""
    param = QgsProcessingParameterFileDestination(
        "LEDGER", tr_base("Ledger workbook (XLSX; the sheet is added)"), tr_base("Excel files (*.xlsx)"),
        optional=True, createByDefault=False)
    alg.addParameter(param)
    return param


def add_chart_param(alg):
    """The optional CHART (PNG) a plans algorithm draws."""
    param = QgsProcessingParameterFileDestination(
        "CHART", tr_base("Chart (PNG)"), tr_base("PNG files (*.png)"), optional=True, createByDefault=False)
    alg.addParameter(param)
    return param


class PlansGroupMixin:
    """Put an algorithm in the "Plans and tasks" group: ``class X(PlansGroupMixin, LandPlanAlgorithm)``."""

    def group(self):
        return tr_base("Plans and tasks")

    def groupId(self):
        return "plans"

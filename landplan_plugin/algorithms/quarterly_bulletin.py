"""landplan:quarterlybulletin — 季度通报.

The content (title with the quarter, sentences from the figures, tables, 附件) is built by
:func:`landplan_plugin.core.bulletin.build_bulletin` from the county assessment table and, when
given, the parcel changes of ``landplan:taskprogress``; this module reads them, draws the figures
and hands the content to the Word writer (``output/bulletin_docx.py``, python-docx) and the PDF
writer (``output/bulletin_pdf.py``, Qt).
"""
import os
import tempfile

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core import bulletin as bl
from ..paths import resource
from .field_resolution import find_field
from .params import PlansGroupMixin, add_as_of_param, as_of_value
from .base import LandPlanAlgorithm
from . import table_io
from .. import compat


class QuarterlyBulletin(PlansGroupMixin, LandPlanAlgorithm):
    def name(self):
        return "quarterlybulletin"

    def displayName(self):  # noqa: N802
        return self.tr("Quarterly bulletin (Word and PDF)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Writes the quarterly 通报 from the county assessment: Word to edit, PDF to read.")

    def tags(self):
        return self.tr("bulletin,quarterly,assessment,county,word,docx,pdf,report").split(",")

    def flags(self):
        # the PDF and the map are laid out with Qt fonts and painters: main thread
        return super().flags() | compat.ALGORITHM_NO_THREADING

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ASSESSMENT", self.tr("County assessment (the table of the county assessment)"),
            [compat.SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "TASK_PARCELS", self.tr("Parcel changes of the task progress (optional: per-kind table and map)"),
            [compat.SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TITLE", self.tr("Title (empty = the wording file's, with the quarter; {quarter} is replaced)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            "ISSUER", self.tr("Issuing office (发文单位; empty = the wording file's)"), optional=True))
        add_as_of_param(self)
        template = QgsProcessingParameterFile(
            "TEMPLATE_FILE", self.tr("Wording file (JSON; empty = the shipped one)"),
            compat.FILE_BEHAVIOR_FILE, "json", optional=True)
        template.setFlags(template.flags() | compat.PARAMETER_ADVANCED)
        self.addParameter(template)
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_DOCX", self.tr("Bulletin (Word)"), self.tr("Word documents (*.docx)"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_PDF", self.tr("Bulletin (PDF, for reading)"), self.tr("PDF files (*.pdf)"), optional=True,
            createByDefault=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..output.bulletin_docx import docx_missing, write_docx
        from ..output.bulletin_pdf import write_pdf
        docx_path = self.parameterAsFileOutput(parameters, "OUTPUT_DOCX", context)
        pdf_path = self.parameterAsFileOutput(parameters, "OUTPUT_PDF", context)
        if not docx_path and not pdf_path:  # e.g. a model step whose outputs were not asked for
            feedback.pushWarning(self.tr("Neither the Word file (OUTPUT_DOCX) nor the PDF (OUTPUT_PDF) is named: "
                                         "nothing written."))
            return {}
        missing = docx_missing() if docx_path else None
        if missing:
            raise QgsProcessingException(self.tr(
                "The Word writer python-docx is not installed ({error}). Install it: on Windows open the "
                "OSGeo4W Shell and run: python -m pip install python-docx — on Debian/Ubuntu: "
                "apt install python3-docx. Then restart QGIS.").format(error=missing))
        as_of = as_of_value(self, parameters, context, feedback)
        templates = self._templates(parameters, context)
        assessment = self._read_assessment(parameters, context, feedback)
        layer = self.parameterAsVectorLayer(parameters, "TASK_PARCELS", context)
        parcels = self._read_parcels(layer, context, feedback)
        if assessment is None or feedback.isCanceled():
            return {}
        has_map = parcels is not None and layer.isSpatial() and any(
            f.hasGeometry() for f in layer.getFeatures())
        content = bl.build_bulletin(
            assessment, as_of, templates, self.parameterAsString(parameters, "TITLE", context) or "",
            self.parameterAsString(parameters, "ISSUER", context) or "", parcels, has_map)
        for note in content.notes:
            feedback.pushInfo(note)
        feedback.setProgress(40)
        with tempfile.TemporaryDirectory(prefix="landplan-bulletin-") as folder:
            images = self._figures(content, layer, parcels, folder, feedback)
            feedback.setProgress(70)
            if feedback.isCanceled():  # the figures are the slow part: nothing is written yet
                return {}
            results = {}
            try:
                if docx_path:
                    write_docx(docx_path, content, images)
                    feedback.pushInfo(self.tr("Bulletin written: {path}").format(path=docx_path))
                    results["OUTPUT_DOCX"] = docx_path
                if pdf_path:
                    write_pdf(pdf_path, content, images)
                    feedback.pushInfo(self.tr("Bulletin written: {path}").format(path=pdf_path))
                    results["OUTPUT_PDF"] = pdf_path
            except OSError as exc:
                raise QgsProcessingException(self.tr(
                    "{path} could not be written ({error}). Does its folder exist, and is the file open in another "
                    "program (Word, WPS, a PDF reader)? Close it and run again.").format(
                    path=exc.filename or "", error=exc.strerror or exc)) from None
        feedback.pushInfo(self.tr("Title: {title}").format(title=content.title))
        feedback.setProgress(100)
        return results

    # ---- steps ------------------------------------------------------------------------
    def _templates(self, parameters, context):
        path = self.parameterAsFile(parameters, "TEMPLATE_FILE", context) or bl.DEFAULT_TEMPLATES
        try:
            return bl.load_templates(path, resource("bulletin"))
        except bl.TemplateError as exc:
            raise QgsProcessingException(str(exc)) from None

    def _read_assessment(self, parameters, context, feedback):
        source = table_io.table_source(self, parameters, "ASSESSMENT", context, feedback)
        fields = source.fields()
        lacking = bl.missing_fields(fields.names())
        if lacking:
            raise QgsProcessingException(self.tr(
                "The assessment table lacks the fields {names} (run the county assessment first).").format(
                names=", ".join(lacking)))
        wanted = bl.ASSESSMENT_FIELDS + bl.EXTRA_FIELDS
        indexes = [find_field(fields, [name]) for name in wanted]
        absent = [name for name, i in zip(bl.ASSESSMENT_FIELDS, indexes) if i < 0]
        if absent:
            feedback.pushInfo(self.tr("The assessment table has no {names}: those parts are left out.").format(
                names=", ".join(absent)))
        table = table_io.read_columns(source, indexes, feedback, (0, 20))
        if table is None:
            return None
        return {name: column for name, i, column in zip(wanted, indexes, table.values) if i >= 0}

    def _read_parcels(self, layer, context, feedback):
        if layer is None:
            return None
        indexes = [find_field(layer.fields(), [role]) for role in bl.PARCEL_ROLES]
        if min(indexes) < 0:
            feedback.pushWarning(self.tr(
                "The parcel changes lack the fields {names}: the per-kind table and the map are left out.").format(
                names=", ".join(r for r, i in zip(bl.PARCEL_ROLES, indexes) if i < 0)))
            return None
        from qgis.core import QgsProcessingFeatureSource
        table = table_io.read_columns(QgsProcessingFeatureSource(layer, context), indexes, feedback, (20, 35))
        return None if table is None else dict(zip(bl.PARCEL_ROLES, table.values))

    def _figures(self, content, layer, parcels, folder, feedback):
        from ..output import charts
        from ..output.bulletin_pdf import render_change_map
        images = {}
        for fig in (f for s in content.sections for f in s.figures):
            path = os.path.join(folder, fig.key + ".png")
            if fig.key == "chart" and charts.available():
                charts.done_chart(path, fig.labels, fig.values, fig.caption.split("　")[-1], node_pct=50.0)
                images[fig.key] = path
            elif fig.key == "map":
                zones = list(dict.fromkeys(str(z) for z in parcels["zone"] if z not in (None, "")))
                if render_change_map(layer, path, zones):
                    images[fig.key] = path
                else:
                    feedback.pushWarning(self.tr("The map of the parcel changes could not be drawn."))
        return images

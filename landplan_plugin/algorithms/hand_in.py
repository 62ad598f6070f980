"""landplan:handin — the whole hand-in folder in one go (一键生成上报材料).

Runs the shipped quarterly-review model (``landplan:landplan_quarterly``: scoring → idle land →
批而未供 → zone check → export with 台账 → zone report) with every output in one folder under a
fixed name (:data:`..core.ledger.HANDIN_FILES`), then writes the folder's list of contents
(``清单.txt``). Given a county assessment (``ASSESSMENT``), the folder also gets the 季度通报
(Word + PDF); without python-docx only the PDF, and the log and the list name the Word file as
skipped. The model stays the one description of the chain; this algorithm only names the files,
so the menu action and ``qgis_process run landplan:handin`` give the same folder.
"""
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from .. import compat
from ..compat import parameter_as_fields
from ..core import ledger
from .base import LandPlanAlgorithm
from .params import add_as_of_param, as_of_value

MODEL_ID = "landplan:landplan_quarterly"
STANDARDS = ("濮阳·经济技术产业集聚区 (puyang_etdz)", "濮阳·其他产业集聚区 (puyang_other)",
             "郑州·分行业控制指标 (zhengzhou_industry)")


class HandIn(LandPlanAlgorithm):
    OUTPUT_FOLDER = "OUTPUT_FOLDER"

    def name(self):
        return "handin"

    def displayName(self):  # noqa: N802
        return self.tr("Hand-in package (one click: layers, shapefile, ledger, PDF)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Runs the quarterly review and writes everything to hand in to one folder.")

    def tags(self):
        return self.tr("hand-in,package,folder,ledger,report,quarterly,model").split(",")

    def flags(self):
        # the zone report lays out pages on the main thread
        return super().flags() | compat.ALGORITHM_NO_THREADING

    def initAlgorithm(self, config=None):  # noqa: N802
        poly = [compat.SOURCE_POLYGON]
        for name, label in (("parcels", self.tr("Industrial parcels (宗地)")), ("zones", self.tr("Zones (开发区)")),
                            ("landuse", self.tr("Land use (三调地类图斑)"))):
            self.addParameter(QgsProcessingParameterVectorLayer(name, label, poly))
        self.addParameter(QgsProcessingParameterField("landuse_code", self.tr("Land-use code field (empty = DLBM)"),
                                                      "DLBM", "landuse", optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer("approvals", self.tr("Approvals (批地)"), poly))
        self.addParameter(QgsProcessingParameterVectorLayer("supplies", self.tr("Supplies (供地)"), poly))
        add_as_of_param(self, "as_of")
        self.addParameter(QgsProcessingParameterEnum("standard", self.tr("Standard"), options=list(STANDARDS),
                                                     defaultValue=1))
        self.addParameter(QgsProcessingParameterString(
            "DEADLINE", self.tr("Deadline (完成时限) for every parcel: a date; empty = the deadline rules; "
                                "留空 = leave blank"), optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "EXTRA_TABLES", self.tr("More tables for the ledger (one sheet each, named by the layer)"),
            compat.SOURCE_VECTOR, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "ASSESSMENT", self.tr("County assessment, for the quarterly bulletin (optional)"),
            [compat.SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "TASK_PARCELS", self.tr("Parcel changes, for the bulletin's map (optional)"),
            [compat.SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterString(
            "ISSUER", self.tr("Issuing office of the bulletin (发文单位; optional)"), optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Hand-in folder")))
        self.addOutput(QgsProcessingOutputFile("MANIFEST", self.tr("List of contents")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from qgis import processing
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        os.makedirs(folder, exist_ok=True)
        as_of = as_of_value(self, parameters, context, feedback, "as_of")
        params = {name: parameters[name] for name in ("parcels", "zones", "landuse", "approvals", "supplies")}
        code = parameter_as_fields(self, parameters, "landuse_code", context)
        params.update({"landuse_code": code[0] if code else "DLBM", "as_of": as_of.isoformat(),
                       "standard": self.parameterAsEnum(parameters, "standard", context),
                       "deadline": self.parameterAsString(parameters, "DEADLINE", context) or "",
                       "extra_tables": self.parameterAsLayerList(parameters, "EXTRA_TABLES", context) or []})
        for output, (fname, _label) in ledger.HANDIN_FILES.items():
            if ":" in output:
                params[output] = os.path.join(folder, fname)
        skipped = self._bulletin_params(parameters, context, feedback, folder, params)
        if feedback.isCanceled():
            return {}
        results = processing.run(MODEL_ID, params, context=context, feedback=feedback, is_child_algorithm=True)
        if feedback.isCanceled() or not results:
            return {}
        files = {}
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if os.path.isfile(path) and name != ledger.MANIFEST_NAME:
                files[name] = os.path.getsize(path)
        missing = [fname for out, (fname, _l) in ledger.HANDIN_FILES.items() if fname not in files]
        if missing:
            raise QgsProcessingException(self.tr("The hand-in folder lacks {files}.").format(files=", ".join(missing)))
        manifest = os.path.join(folder, ledger.MANIFEST_NAME)
        with open(manifest, "w", encoding="utf-8-sig", newline="\r\n") as fh:  # Windows line ends, on every OS
            fh.write("\n".join(ledger.manifest_lines(files, as_of, skipped)) + "\n")
        feedback.pushInfo(self.tr("Hand-in folder: {folder} ({n} files).").format(folder=folder, n=len(files) + 1))
        return {self.OUTPUT_FOLDER: folder, "MANIFEST": manifest}

    def _bulletin_params(self, parameters, context, feedback, folder, params):
        """The quarterly model's 季度通报 inputs and outputs when an assessment is given; without
        python-docx only the PDF (the Word file is what the manifest names as skipped)."""
        from ..output.bulletin_docx import docx_missing
        if parameters.get("ASSESSMENT") in (None, ""):
            return ()
        params.update({"assessment": parameters["ASSESSMENT"], "task_parcels": parameters.get("TASK_PARCELS"),
                       "issuer": self.parameterAsString(parameters, "ISSUER", context) or ""})
        for output, (fname, _label) in ledger.HANDIN_OPTIONAL_FILES.items():
            params[output] = os.path.join(folder, fname)
        missing = docx_missing()
        if not missing:
            return ()
        feedback.pushWarning(self.tr(
            "Quarterly bulletin in Word skipped (the PDF is written): python-docx is not installed ({error}). On "
            "Windows open the OSGeo4W Shell and run: python -m pip install python-docx, then restart QGIS.").format(
            error=missing))
        params[ledger.BULLETIN_DOCX_OUTPUT] = None  # the model then skips the Word file
        return (ledger.BULLETIN_SKIPPED,)

"""Read a user's table file (XLSX, CSV in GBK or UTF-8, or anything OGR opens) into rows of values.

Engine-side helper (openpyxl, csv, QGIS); the decisions about the rows (header row, columns,
numbers, matching) are in :mod:`landplan_plugin.core.enterprises`. It imports from the core and from
:mod:`landplan_plugin.qvariant` only, never from the algorithms.
"""
import csv
import io
import os

from ..core.coordinates import decode


def read_table(path, sheet=None):
    """(rows, description): rows are lists of cell values (str, int, float, date, None) as stored;
    description says what was read (sheet, encoding). Raises ValueError with a readable message
    when the file cannot be read."""
    ext = os.path.splitext(path)[1].lower()
    if ext in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    if ext in (".csv", ".txt", ".tsv"):
        return _read_csv(path)
    return _read_ogr(path)


def _read_xlsx(path, sheet):
    import openpyxl
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any openpyxl failure is the file's
        raise ValueError("%s: %s" % (os.path.basename(path), exc)) from exc
    try:
        if sheet:
            if sheet not in wb.sheetnames:
                raise ValueError("sheet %r not in %s (%s)" % (sheet, os.path.basename(path), ", ".join(wb.sheetnames)))
            ws = wb[sheet]
        else:
            ws = wb.worksheets[0]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        return rows, "XLSX, sheet %s" % ws.title
    finally:
        wb.close()


def _read_csv(path):
    with open(path, "rb") as handle:
        data = handle.read()
    text, encoding, problems = decode(data)
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = [row for row in csv.reader(io.StringIO(text), dialect)]
    rows = [[None if c.strip() == "" else c for c in row] for row in rows]
    return rows, "CSV, %s" % encoding.upper() + ("; " + "; ".join(problems) if problems else "")


def _read_ogr(path):
    from qgis.core import QgsVectorLayer

    from ..qvariant import py_value
    layer = QgsVectorLayer(path, "table", "ogr")
    if not layer.isValid():
        raise ValueError("cannot read %s as a table" % path)
    # the provider's own key (a GeoPackage's fid) is not data: joining it would clash with the output's fid
    keep = [i for i in range(layer.fields().count()) if i not in set(layer.dataProvider().pkAttributeIndexes())]
    rows = [[layer.fields().at(i).name() for i in keep]]
    for feature in layer.getFeatures():
        attrs = feature.attributes()
        rows.append([py_value(attrs[i]) for i in keep])
    del layer
    return rows, "OGR"

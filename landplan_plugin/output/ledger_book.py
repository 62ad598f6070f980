"""The 台账 workbook as it is printed, signed and stamped: writing only — what goes in
each cell is decided by :mod:`..core.ledger`.

Sheets, in order: 汇总 (zone × kind: 宗数, 亩), 台账 (one row per flagged parcel), then any extra
sheets (:class:`..core.ledger.ExtraSheet`: supply plan, task progress, zone evaluation, per-mu
classes …). Every sheet prints as it is: a title line (what, which zones, 基准日期), A4
landscape, all columns fitted to one page width, the header row(s) repeated on every page, long
text wrapped (never cut), page numbers in the footer.

openpyxl when installed (Debian's python3-openpyxl); else GDAL's XLSX driver (the same sheets and
cells, without print settings — the log says so).
"""
import datetime as _dt
import math
import os

from ..compat import gdal_errors_as_values
from ..core.ledger import LEDGER_HEADERS, LEDGER_WIDTHS, SEQ_HEADER, SIGN_LINE, SUMMARY_NOTE, display_width, \
    ledger_order

#: the printed 台账: 序号, then the ledger columns
PRINT_HEADERS = (SEQ_HEADER,) + tuple(LEDGER_HEADERS)
PRINT_WIDTHS = (6,) + tuple(LEDGER_WIDTHS)
#: columns of the printed 台账 sheet whose text wraps (类型, 形成原因, 处置措施, and the id, zone and unit)
WRAP_COLUMNS = (2, 3, 5, 6, 7, 9)
#: print: A4 landscape, narrow margins (inches), page x of y
FOOTER = "第 &P 页，共 &N 页"
#: points per wrapped line: an 11 pt CJK line needs about 16 pt in LibreOffice and Excel
LINE_POINTS = 16.5
#: share of a column's width that wrapped CJK text really fills (padding, word breaks)
FILL = 1.0


def write_workbook(path, ledger_rows, title, subtitle, summary=None, extra_sheets=(), feedback=None,
                   tr=lambda s: s):
    """Write the workbook; ``summary`` = (header rows, body rows) of the 汇总 sheet (None: no such
    sheet); ``extra_sheets``: ExtraSheet objects (titles already valid, see core.ledger.sheet_titles)."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        if feedback is not None:
            feedback.pushWarning(tr("openpyxl is not installed; the ledger is written with GDAL (no print "
                                    "settings, no frozen header)."))
        return _write_gdal(path, ledger_rows, summary, extra_sheets)
    return _write_openpyxl(path, ledger_rows, title, subtitle, summary, extra_sheets)


# ---- openpyxl ------------------------------------------------------------------------------

def _styles():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    thin = Side(style="thin", color="808080")
    return {
        "title": Font(bold=True, size=16), "subtitle": Font(size=11), "bold": Font(bold=True),
        "fill": PatternFill("solid", fgColor="DDEBF7"), "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
        "wrap": Alignment(wrap_text=True, vertical="top"), "top": Alignment(vertical="top"),
        "left": Alignment(horizontal="left", vertical="center"),
    }


def _print_setup(ws, title_rows, n_cols):
    """A4 landscape, fit all columns to one page width (any number of pages tall), repeat
    ``title_rows`` (e.g. "3:3", stored absolute as '台账'!$3:$3, the only form LibreOffice repeats)
    on every page, centred, page numbers in the footer (with room for it below the body)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    first, last = title_rows.split(":")
    ws.print_title_rows = "$%s:$%s" % (first.lstrip("$"), last.lstrip("$"))
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddFooter.center.text = FOOTER
    from openpyxl.utils import get_column_letter
    ws.print_area = "A1:%s%d" % (get_column_letter(n_cols), max(ws.max_row, 1))


def _title_lines(ws, st, lines, n_cols):
    for r, (text, font) in enumerate(lines, start=1):
        ws.cell(row=r, column=1, value=text).font = font
        ws.cell(row=r, column=1).alignment = st["center"] if r == 1 else st["left"]
        if n_cols > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n_cols)
    ws.row_dimensions[1].height = 28


def _closing_lines(ws, st, row, lines, n_cols, widths):
    """Notes and the 填报单位 / 审核 / 填报日期 line under a table, merged across it and tall enough."""
    total = sum(widths[:n_cols]) if widths else 80
    for text in lines:
        ws.cell(row=row, column=1, value=text).alignment = st["wrap"]
        if n_cols > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=n_cols)
        ws.row_dimensions[row].height = LINE_POINTS * (math.ceil(display_width(text) / max(total * FILL, 1)) + 0.5)
        row += 1
    return row


def _header(ws, st, row, values):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=row, column=c, value=v)
        cell.font, cell.fill, cell.alignment, cell.border = st["bold"], st["fill"], st["center"], st["border"]


def _lines(text, width):
    """Lines ``text`` needs in a column ``width`` wide (each explicit line break starts a line)."""
    per_line = max((width - 1) * FILL, 1)
    return sum(max(1, math.ceil(display_width(part) / per_line)) for part in str(text).split("\n"))


def _row_height(values, widths, wrap_cols):
    """Lines a wrapped row needs × :data:`LINE_POINTS`, plus half a line of padding (neither Excel nor
    LibreOffice grows rows written by openpyxl by itself, and a cut last line is a lost word)."""
    lines = 1
    for c in wrap_cols:
        v = values[c - 1] if c - 1 < len(values) else None
        if v not in (None, "") and c - 1 < len(widths):
            lines = max(lines, _lines(v, widths[c - 1]))
    return LINE_POINTS * lines + (LINE_POINTS / 2 if lines > 1 else 3)


def _ledger_widths(rows):
    widths = []
    for c, (header, limit) in enumerate(zip(PRINT_HEADERS, PRINT_WIDTHS), start=1):
        longest = max([display_width(header)] + [display_width(r[c - 1]) for r in rows if r[c - 1] is not None])
        widths.append(limit if c in (6, 7) else min(max(6, longest + 2), limit))
    return widths


def _write_ledger_sheet(ws, st, rows, title, subtitle):
    from openpyxl.utils import get_column_letter
    n = len(PRINT_HEADERS)
    rows = [[i] + list(r) for i, r in enumerate(ledger_order(rows), start=1)]
    _title_lines(ws, st, [(title, st["title"]), (subtitle, st["subtitle"])], n)
    _header(ws, st, 3, PRINT_HEADERS)
    widths = _ledger_widths(rows)
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    for r, values in enumerate(rows, start=4):
        for c, v in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = st["wrap"] if c in WRAP_COLUMNS else st["top"]
            cell.border = st["border"]
            if isinstance(v, _dt.date):
                cell.number_format = "yyyy-mm-dd"
        ws.cell(row=r, column=4).number_format = "0.00"
        ws.row_dimensions[r].height = _row_height(values, widths, WRAP_COLUMNS)
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = "A3:%s%d" % (get_column_letter(n), len(rows) + 3)
    _closing_lines(ws, st, len(rows) + 5, [SIGN_LINE], n, widths)
    _print_setup(ws, "3:3", n)


def _write_summary_sheet(ws, st, summary, title, subtitle):
    from openpyxl.utils import get_column_letter
    (top, sub), body = summary
    n = len(top)
    _title_lines(ws, st, [(title + "（汇总）", st["title"]), (subtitle, st["subtitle"])], n)
    _header(ws, st, 3, top)
    _header(ws, st, 4, sub)
    ws.merge_cells(start_row=3, start_column=1, end_row=4, end_column=1)
    for c in range(2, n, 2):
        ws.merge_cells(start_row=3, start_column=c, end_row=3, end_column=c + 1)
    for r, values in enumerate(body, start=5):
        for c, v in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = st["border"]
            cell.alignment = st["wrap"] if c == 1 else st["top"]
            if c > 1 and c % 2 == 1:
                cell.number_format = "0.00"
            if r == len(body) + 4:
                cell.font = st["bold"]
    widths = [max([12] + [min(display_width(r[0]) + 2, 30) for r in body])]
    for c in range(2, n + 1):
        widths.append(max(8, min(display_width(top[c - 1]) + 2, 20)) if c % 2 == 0 else 11)
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    for r, values in enumerate(body, start=5):
        ws.row_dimensions[r].height = _row_height(values, widths, (1,))
    _closing_lines(ws, st, len(body) + 5, [SUMMARY_NOTE, SIGN_LINE], n, widths)
    ws.freeze_panes = "B5"
    _print_setup(ws, "3:4", n)


#: an extra table wider than this (and with fewer rows than columns) prints transposed
WIDE = 12


def _transposed(header, rows):
    """A wide table (one column per field, e.g. a zone evaluation's 70 fields for 3 zones) as it
    prints legibly: one row per field, one column per record, named by its 名称 column."""
    name_col = next((i for i, h in enumerate(header) if "名称" in str(h)), 0)
    names = [str(r[name_col]) if name_col < len(r) and r[name_col] is not None else "第%d行" % (k + 1)
             for k, r in enumerate(rows)]
    body = [(h,) + tuple(r[i] if i < len(r) else None for r in rows)
            for i, h in enumerate(header) if i != name_col]
    return ("项目",) + tuple(names), tuple(body)


def _write_extra_sheet(ws, st, sheet):
    from openpyxl.utils import get_column_letter
    if len(sheet.header) > WIDE and len(sheet.rows) < len(sheet.header):
        from ..core.ledger import ExtraSheet
        sheet = ExtraSheet(sheet.title, *_transposed(sheet.header, sheet.rows))
    n = max(1, len(sheet.header))
    _title_lines(ws, st, [(sheet.title, st["title"])], n)
    _header(ws, st, 2, sheet.header)
    widths = [min(max(8, display_width(h) + 2), 30) for h in sheet.header]
    for r, values in enumerate(sheet.rows, start=3):
        for c, v in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=_cell_value(v))
            cell.alignment, cell.border = st["wrap"], st["border"]
            if isinstance(cell.value, float):
                cell.number_format = "0.00"
            if cell.value is not None and c <= len(widths):
                widths[c - 1] = min(max(widths[c - 1], display_width(cell.value) + 2), 40)
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    for r, values in enumerate(sheet.rows, start=3):
        ws.row_dimensions[r].height = _row_height([_cell_value(v) for v in values], widths,
                                                  range(1, len(widths) + 1))
    ws.row_dimensions[2].height = _row_height(list(sheet.header), widths, range(1, len(widths) + 1))
    _closing_lines(ws, st, len(sheet.rows) + 4, [SIGN_LINE], n, widths)
    ws.freeze_panes = "A3"
    _print_setup(ws, "2:2", n)


def _cell_value(v):
    if v is None or isinstance(v, (int, float, str, _dt.date, _dt.datetime)):
        return v
    return str(v)


def _write_openpyxl(path, rows, title, subtitle, summary, extra_sheets):
    import openpyxl
    st = _styles()
    wb = openpyxl.Workbook()
    first = wb.active
    if summary is not None:
        first.title = "汇总"
        _write_summary_sheet(first, st, summary, title, subtitle)
        ledger_ws = wb.create_sheet("台账")
    else:
        first.title = "台账"
        ledger_ws = first
    _write_ledger_sheet(ledger_ws, st, rows, title, subtitle)
    for sheet in extra_sheets:
        _write_extra_sheet(wb.create_sheet(sheet.title), st, sheet)
    wb.active = 0
    wb.save(path)
    return path


# ---- GDAL fallback -------------------------------------------------------------------------

@gdal_errors_as_values()
def _write_gdal(path, rows, summary, extra_sheets):
    from osgeo import ogr
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(path)
    tables = []
    if summary is not None:
        (top, sub), body = summary
        tables.append(("汇总", ["%s%s" % (a, b) for a, b in zip(_fill_right(top), sub)], body))
    tables.append(("台账", list(PRINT_HEADERS), [[i] + list(r) for i, r in enumerate(ledger_order(rows), start=1)]))
    tables += [(s.title, list(s.header), s.rows) for s in extra_sheets]
    for name, header, body in tables:
        lyr = ds.CreateLayer(name, geom_type=ogr.wkbNone)
        for h in header:
            lyr.CreateField(ogr.FieldDefn(str(h), ogr.OFTString))
        defn = lyr.GetLayerDefn()
        for row in body:
            f = ogr.Feature(defn)
            for i, v in enumerate(row[:len(header)]):
                if v is not None:
                    f.SetField(i, str(v))
            lyr.CreateFeature(f)
    ds = None
    return path


def _fill_right(top):
    out, last = [], ""
    for v in top:
        last = v or last
        out.append(last)
    return out

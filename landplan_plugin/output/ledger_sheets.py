"""Extra sheets of the 台账 workbook (openpyxl): the sheet *content* is a core function
(e.g. :func:`landplan_plugin.core.supply_plan.ledger_sheet` → name, title, header, rows); this
module only lays it out the way a ledger is printed: a title line, landscape,
fit to one page width, the header row repeated on every page, wrapped text.

``write_sheet(path, name, title, header, rows)`` adds (or replaces) the sheet in an existing
workbook, or creates the workbook. ``add_sheet(workbook, …)`` does the same on an open
``openpyxl.Workbook`` — the hook the 台账 writer (exportflagged) can call.
"""
import os


def add_sheet(workbook, name, title, header, rows, widths=None):
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    if name in workbook.sheetnames:
        del workbook[name]
    ws = workbook.create_sheet(name)
    ncol = len(header)
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(1, ncol))
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, text in enumerate(header, 1):
        c = ws.cell(row=2, column=j, value=text)
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = border
    for i, row in enumerate(rows, 3):
        for j, value in enumerate(row, 1):
            c = ws.cell(row=i, column=j, value=value)
            c.alignment = Alignment(vertical="center", wrap_text=True)
            c.border = border
    for j in range(1, ncol + 1):
        width = (widths[j - 1] if widths else None) or max(8, min(30, 2 + max(
            len(str(header[j - 1])) * 2, *[len(str(r[j - 1] if r[j - 1] is not None else "")) for r in rows] or [0])))
        ws.column_dimensions[get_column_letter(j)].width = width
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.freeze_panes = "A3"
    return ws


def write_sheet(path, name, title, header, rows, widths=None):
    """Add the sheet to the workbook at ``path`` (created when missing); returns the path."""
    from openpyxl import Workbook, load_workbook
    if os.path.exists(path):
        wb = load_workbook(path)
    else:
        wb = Workbook()
        wb.remove(wb.active)
    add_sheet(wb, name, title, header, rows, widths)
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    wb.save(path)
    return path

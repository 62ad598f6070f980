"""Extra sheets of the 台账 workbook (openpyxl): the sheet *content* is a core function
(e.g. :func:`landplan_plugin.core.supply_plan.ledger_sheet` → name, title, header, rows); this
module only lays it out the way a ledger is printed (the same layout as the ledger's own sheets:
a title line, A4 landscape, fit to one page width, the header row repeated on every page, wrapped
text in rows tall enough, page numbers, the sign-off line).

``write_sheet(path, name, title, header, rows)`` adds (or replaces) the sheet in an existing
workbook, or creates the workbook. ``add_sheet(workbook, …)`` does the same on an open
``openpyxl.Workbook`` — the hook the 台账 writer (exportflagged) can call.
"""
import os


def add_sheet(workbook, name, title, header, rows, widths=None):
    """The sheet laid out as every sheet of the 台账 workbook prints (:mod:`.algorithms.ledger_book`:
    title, A4 landscape fitted to the width, header repeated, rows as tall as their wrapped text,
    page numbers, the 填报单位 / 审核 / 填报日期 line)."""
    from . import ledger_book
    from ..core.ledger import ExtraSheet
    if name in workbook.sheetnames:
        del workbook[name]
    ws = workbook.create_sheet(name)
    ledger_book._write_extra_sheet(ws, ledger_book._styles(), ExtraSheet(title, tuple(header), tuple(rows)))
    if widths:
        from openpyxl.utils import get_column_letter
        for j, width in enumerate(widths, 1):
            if width:
                ws.column_dimensions[get_column_letter(j)].width = width
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

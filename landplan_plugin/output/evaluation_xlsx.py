"""The zone evaluation's indicator table as an Excel workbook (zones as columns, the layout of a
ministry evaluation report table) with a 实现度 sheet and bar chart. Layout rows come from
``core.evaluation.report_rows`` / ``attainment_rows``; this module only writes them."""
from ..core import evaluation as ev
from ..i18n import tr


def write_indicator_table(path, zone_names, results, spec, as_of, feedback):
    try:
        import openpyxl
        from openpyxl.chart import BarChart, Reference
        from openpyxl.styles import Alignment, Border, Font, Side
        from openpyxl.utils import get_column_letter
    except ImportError:
        feedback.pushWarning(tr("LandPlanAlgorithm", "openpyxl is not installed; the Excel table was not written."))
        return None
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评价指标表"
    rows = ev.report_rows(zone_names, results, spec)
    width = len(rows[0])
    ws.append(["开发区土地集约利用评价指标表（基准日 %s；评价参数：%s%s）" % (
        as_of.isoformat(), spec.name, "，示例参数" if spec.example else "")])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.cell(1, 1).font = Font(bold=True, size=13)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    _write_table(ws, rows, border, first_number_column=4)
    from .ledger_book import _closing_lines, _print_setup, _row_height, display_width
    widths = [6, 26, 10, 8, 8] + [min(max(12, display_width(name) + 2), 30) for name in zone_names]
    for c, w in enumerate(widths[:width], start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.row_dimensions[2].height = _row_height(rows[0], widths, range(1, width + 1))
    ws.freeze_panes = "C3"
    note = ("注：空白表示无法计算（图层未提供或分母为0），其权重已按比例分配给其余指标；"
            "比率单位为%，面积单位为公顷，金额单位为万元/公顷。")
    lines = [note] + ev.definition_lines(list(ev.INDICATOR_KEYS))
    notes = ev.evaluation_notes(results, spec).tolist()
    lines += ["%s：%s" % (name, zone_note) for name, zone_note in zip(zone_names, notes) if zone_note]
    _closing_lines(ws, {"wrap": Alignment(wrap_text=True, vertical="top")}, len(rows) + 3, lines, width, widths)
    _print_setup(ws, "2:2", width)

    att = wb.create_sheet("实现度")
    att_rows = ev.attainment_rows(zone_names, results, spec)
    att_width = max(len(att_rows[0]), 1)
    att.append(["开发区土地集约利用评价指标实现度（基准日 %s）" % as_of.isoformat()])
    if att_width > 1:
        att.merge_cells(start_row=1, start_column=1, end_row=1, end_column=att_width)
    att.cell(1, 1).font = Font(bold=True, size=13)
    att.cell(1, 1).alignment = Alignment(horizontal="center")
    _write_table(att, att_rows, border, first_number_column=1)
    att_widths = [26] + [min(max(12, display_width(name) + 2), 30) for name in zone_names]
    for c, w in enumerate(att_widths, start=1):
        att.column_dimensions[get_column_letter(c)].width = w
    att.row_dimensions[2].height = _row_height(att_rows[0], att_widths, range(1, att_width + 1))
    n = len(spec.indicators) + 1
    chart_rows = 0
    if len(zone_names) and len(spec.indicators):
        chart = BarChart()
        chart.type = "bar"
        chart.title = "指标实现度"
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 1
        data = Reference(att, min_col=2, max_col=1 + len(zone_names), min_row=2, max_row=n + 1)
        cats = Reference(att, min_col=1, min_row=3, max_row=n + 1)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        chart.height = 4 + 0.6 * n
        chart.width = 18
        # below the table (one page: a chart is never split), not beside it
        att.add_chart(chart, "A%d" % (n + 4))
        chart_rows = int(chart.height / 0.53) + 2   # cm → rows of 15 pt
    _print_setup(att, "2:2", att_width)
    att.print_area = "A1:%s%d" % (get_column_letter(max(att_width, 6)), n + 4 + chart_rows)
    att.page_setup.fitToHeight = 1
    wb.save(path)
    return path


def _write_table(ws, rows, border, first_number_column):
    """``rows`` from row 2 down, bordered; row 2 is the header (bold, centred, wrapped); numbers
    from ``first_number_column`` on show two decimals."""
    from openpyxl.styles import Alignment, Font
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, _cell(value))
            cell.border = border
            if r == 2:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            elif c >= first_number_column and isinstance(cell.value, float):
                cell.number_format = "0.00"


def _cell(value):
    if isinstance(value, float):
        return round(value, 4)
    return value

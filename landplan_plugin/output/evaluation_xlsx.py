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
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c, _cell(value))
            cell.border = border
            if r == 2:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            elif c > 3 and isinstance(cell.value, float):
                cell.number_format = "0.00"
    for c in range(1, width + 1):
        ws.column_dimensions[get_column_letter(c)].width = 26 if c == 2 else (8 if c == 1 else 14)
    ws.freeze_panes = "C3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "2:2"
    note_row = len(rows) + 3
    ws.cell(note_row, 1, "注：空白表示无法计算（图层未提供或分母为0），其权重已按比例分配给其余指标；"
                         "比率单位为%，面积单位为公顷，金额单位为万元/公顷。")
    lines = ev.definition_lines(list(ev.INDICATOR_KEYS))
    notes = ev.evaluation_notes(results, spec).tolist()
    lines += ["%s：%s" % (name, note) for name, note in zip(zone_names, notes) if note]
    for k, line in enumerate(lines, start=1):
        ws.cell(note_row + k, 1, line)

    att = wb.create_sheet("实现度")
    for row in ev.attainment_rows(zone_names, results, spec):
        att.append([_cell(v) for v in row])
    att.column_dimensions["A"].width = 26
    if len(zone_names) and len(spec.indicators):
        chart = BarChart()
        chart.type = "bar"
        chart.title = "指标实现度"
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 1
        n = len(spec.indicators) + 1
        data = Reference(att, min_col=2, max_col=1 + len(zone_names), min_row=1, max_row=n)
        cats = Reference(att, min_col=1, min_row=2, max_row=n)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(cats)
        chart.height = 4 + 0.6 * n
        chart.width = 18
        att.add_chart(chart, "%s2" % get_column_letter(len(zone_names) + 3))
    wb.save(path)
    return path


def _cell(value):
    if isinstance(value, float):
        return round(value, 4)
    return value

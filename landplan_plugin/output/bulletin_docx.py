"""The 季度通报 as a Word document (python-docx), in the usual 通报 form: 发文单位 in red over a red
rule, the 文号 line, the title, 主送, the sections with their tables (with borders) and figures,
特此通报, signature and date, then the 附件 on a page of its own. The content comes from
:mod:`..core.bulletin`; this module only lays it out, so the office edits the words in Word.

python-docx is not bundled with QGIS for Windows: :func:`docx_missing` says so before anything is
written (install in the OSGeo4W Shell: ``python -m pip install python-docx``).
"""
import os

#: fonts of the 通报 form (Word substitutes what the machine lacks)
TITLE_FONT, BODY_FONT, HEADING_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体"
RED = (0xC0, 0x00, 0x00)


def docx_missing():
    """None when python-docx can be imported, else the ImportError's text."""
    try:
        import docx  # noqa: F401
    except ImportError as exc:
        return str(exc) or "No module named 'docx'"
    return None


def _font(run, name, size=None, bold=None, color=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def _para(doc, text, font=BODY_FONT, size=16, bold=False, align=None, indent=True, color=None, style=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph(style=style)
    if align:
        p.alignment = getattr(WD_ALIGN_PARAGRAPH, align)
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(4)
    _font(p.add_run(text), font, size, bold, color)
    return p


def _red_rule(paragraph):
    """A red line under ``paragraph`` (the 版头's 红线)."""
    from docx.oxml.ns import qn
    ppr = paragraph._p.get_or_add_pPr()
    border = ppr.makeelement(qn("w:pBdr"), {})
    bottom = border.makeelement(qn("w:bottom"), {qn("w:val"): "single", qn("w:sz"): "18", qn("w:space"): "4",
                                                  qn("w:color"): "C00000"})
    border.append(bottom)
    ppr.append(border)


def _table(doc, table):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    if table.caption:
        _para(doc, table.caption, HEADING_FONT, 12, align="CENTER", indent=False)
    grid = doc.add_table(rows=1, cols=len(table.headers))
    grid.style = "Table Grid"  # borders on every cell
    for cell, text in zip(grid.rows[0].cells, table.headers):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        _font(run, HEADING_FONT, 10.5, True)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = ""
            _font(cell.paragraphs[0].add_run(text), BODY_FONT, 10.5)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()


def _figure(doc, figure, images):
    from docx.shared import Cm
    path = images.get(figure.key)
    if not path or not os.path.isfile(path):
        return
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc.add_picture(path, width=Cm(15.5))
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _para(doc, figure.caption, BODY_FONT, 12, align="CENTER", indent=False)


def write_docx(path, bulletin, images):
    """Write ``bulletin`` (core.bulletin.Bulletin) to ``path``; ``images`` {figure key: PNG path}."""
    from docx import Document
    from docx.shared import Cm
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    _para(doc, bulletin.issuer, TITLE_FONT, 26, True, "CENTER", False, RED)
    rule = _para(doc, bulletin.number_line, BODY_FONT, 16, align="CENTER", indent=False)
    _red_rule(rule)
    _para(doc, bulletin.title, TITLE_FONT, 22, True, "CENTER", False)
    _para(doc, bulletin.recipients, indent=False)
    _para(doc, bulletin.opening)
    for sec in bulletin.sections:
        _para(doc, sec.heading, HEADING_FONT, 16, indent=True)
        for text in sec.paragraphs:
            _para(doc, text)
        for table in sec.tables:
            _table(doc, table)
        for figure in sec.figures:
            _figure(doc, figure, images)
    _para(doc, bulletin.closing)
    _para(doc, "%s：%s" % (bulletin.annex_title, bulletin.annex.heading), indent=True)
    doc.add_paragraph()
    _para(doc, bulletin.signature, align="RIGHT", indent=False)
    _para(doc, bulletin.date_line, align="RIGHT", indent=False)
    doc.add_page_break()
    _para(doc, bulletin.annex_title, HEADING_FONT, 16, indent=False)
    _para(doc, bulletin.annex.heading, TITLE_FONT, 18, True, "CENTER", False)
    for text in bulletin.annex.paragraphs:
        _para(doc, text)
    for table in bulletin.annex.tables:
        _table(doc, table)
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    doc.save(path)
    return path

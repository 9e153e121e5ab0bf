"""The default Word template, made reproducibly from this script.

    python -m bfa_desktop.documents.default_template [FILE]

writes resources/templates/standard.docx (or FILE). A4, named styles, a first-page header
block with municipality, unit, document type, date, dnr and "Sida X (Y)", on the following
pages a one-line header with municipality, document type, dnr, date and "Sida X (Y)", a
footer with the contact details and a logo placeholder – all as placeholders the export fills.
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import BaseStyle

from bfa_desktop.documents.styles import TABLE_TEXT_STYLE
from bfa_desktop.documents.template import default_template_path
from bfa_desktop.documents.template_logo import LOGO_ALT_TEXT, logo_placeholder_png
from bfa_desktop.documents.wordxml import (
    remove_table_borders,
    set_alt_text,
    set_document_language,
    set_outline_level,
    set_style_font,
)

BODY_FONT = "Times New Roman"
HEADING_FONT = "Arial"
_FIXED_TIME = datetime(2026, 1, 1)

# (style, font, size pt, bold, italic, space before pt, space after pt)
_STYLES = [
    ("Normal", BODY_FONT, 12, False, False, 0, 6),
    ("Title", HEADING_FONT, 20, True, False, 0, 12),
    ("Heading 1", HEADING_FONT, 14, True, False, 12, 4),
    ("Heading 2", HEADING_FONT, 12, True, False, 10, 3),
    ("Heading 3", HEADING_FONT, 11, True, True, 8, 2),
    ("Header", HEADING_FONT, 9, False, False, 0, 0),
    ("Footer", HEADING_FONT, 8, False, False, 0, 0),
    ("Table Grid", HEADING_FONT, 9, False, False, 0, 0),
    (TABLE_TEXT_STYLE, HEADING_FONT, 9, False, False, 1, 1),
]


def build() -> WordDocument:
    document = docx.Document()
    _page_setup(document)
    _styles(document)
    _first_page_header(document)
    _later_header(document)
    _footer(document)
    _clear_body(document)
    set_document_language(document, "sv-SE")
    properties = document.core_properties
    properties.title = "Standardmall för BFA Desktop"
    properties.author = "BFA Desktop"
    properties.created = properties.modified = _FIXED_TIME
    properties.last_modified_by = "BFA Desktop"
    properties.revision = 1
    return document


def _page_setup(document: WordDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(32), Mm(25)
    section.left_margin, section.right_margin = Mm(25), Mm(25)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    section.different_first_page_header_footer = True
    section.start_type = WD_SECTION.NEW_PAGE


def _styles(document: WordDocument) -> None:
    styles = document.styles
    table_text = styles.add_style(TABLE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = styles["Normal"]
    table_text.quick_style = True
    for name, font, size, bold, italic, before, after in _STYLES:
        style = styles[name]
        set_style_font(style, font)
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        style.font.color.rgb = RGBColor(0, 0, 0)
        if style.type == WD_STYLE_TYPE.PARAGRAPH:
            style.paragraph_format.space_before = Pt(before)
            style.paragraph_format.space_after = Pt(after)
    _remove_borders_and_tabs(styles["Title"])
    _remove_borders_and_tabs(styles["Header"])
    _remove_borders_and_tabs(styles["Footer"])
    for level in (1, 2, 3):
        set_outline_level(styles[f"Heading {level}"], level - 1)
        styles[f"Heading {level}"].paragraph_format.keep_with_next = True


def _first_page_header(document: WordDocument) -> None:
    header = document.sections[0].first_page_header
    header.is_linked_to_previous = False
    table = header.add_table(rows=1, cols=2, width=Mm(160))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    remove_table_borders(table._tbl)
    left, right = table.rows[0].cells
    for grid_column, width in zip(table._tbl.tblGrid.gridCol_lst, (Mm(95), Mm(65)), strict=True):
        grid_column.w = width
    left.width, right.width = Mm(95), Mm(65)
    logo = left.paragraphs[0].add_run()
    set_alt_text(logo.add_picture(io.BytesIO(logo_placeholder_png()), height=Mm(9)), LOGO_ALT_TEXT)
    left.add_paragraph().add_run("{kommun}").bold = True
    left.add_paragraph("{enhet}")
    right.paragraphs[0].add_run("{dokumenttyp}").bold = True
    right.add_paragraph("{datum}")
    right.add_paragraph("Dnr {dnr}")
    right.add_paragraph("Sida {sida} ({sidor})")
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.style = document.styles["Header"]
    header.paragraphs[0]._p.getparent().remove(header.paragraphs[0]._p)


def _later_header(document: WordDocument) -> None:
    header = document.sections[0].header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.style = document.styles["Header"]
    paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(160), WD_TAB_ALIGNMENT.RIGHT)
    # Empty values leave out their labels and separators when the header is filled.
    paragraph.add_run("{kommun} · {dokumenttyp} · Dnr {dnr} · {datum}\tSida {sida} ({sidor})")


def _remove_borders_and_tabs(style: BaseStyle) -> None:
    """python-docx's own template gives these styles borders and tab stops."""
    p_pr = style.element.pPr
    if p_pr is None:
        return
    for tag in ("w:pBdr", "w:tabs"):
        for node in p_pr.findall(qn(tag)):
            p_pr.remove(node)


def _footer(document: WordDocument) -> None:
    section = document.sections[0]
    footer = section.first_page_footer
    footer.is_linked_to_previous = False
    first, *_ = footer.paragraphs
    first.style = document.styles["Footer"]
    first.text = "{kommun} | Postadress: {postadress} | Besöksadress: {besoksadress}"
    second = footer.add_paragraph(
        "Telefon: {telefon} | E-post: {epost} | Webb: {webb} | Org.nr: {orgnr}",
        style=document.styles["Footer"],
    )
    assert second is not None
    section.footer.is_linked_to_previous = False


def _clear_body(document: WordDocument) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag.endswith("}sectPr"):
            continue
        body.remove(child)


def main(argv: list[str]) -> None:
    target = Path(argv[0]) if argv else default_template_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    build().save(str(target))
    print(target)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Word output: the neutral tree written into the municipality's template with python-docx."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime

from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.table import CT_Tbl
from docx.shared import Emu, Mm, Pt
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree

from bfa_desktop import __version__
from bfa_desktop.documents.sanitize import xml_safe
from bfa_desktop.documents.styles import TABLE_TEXT_STYLE
from bfa_desktop.documents.template import (
    CONTENT_MARKERS,
    TemplateSource,
    fill_placeholders,
    open_template,
    placeholder_values,
)
from bfa_desktop.documents.tree import (
    Block,
    Cell,
    Document,
    Heading,
    Image,
    ListBlock,
    PageBreak,
    Paragraph,
    Signatures,
    Span,
    Table,
)
from bfa_desktop.documents.wordxml import (
    keep_row_together,
    repeat_as_header,
    set_alt_text,
    set_document_language,
    set_outline_level,
)

SIGNATURE_LINE = "_" * 36
LIST_STYLE = "List Paragraph"
# Numbering definitions of our own, far above what templates use.
_BULLET_ABSTRACT_ID, _DECIMAL_ABSTRACT_ID = 9101, 9102
_BULLETS = ("•", "–", "◦")


def render_docx(document: Document, template: TemplateSource = None) -> bytes:
    word = open_template(template, document.info.logo)
    _WordWriter(word).write(document)
    output = io.BytesIO()
    word.save(output)
    return output.getvalue()


class _WordWriter:
    def __init__(self, word: WordDocument) -> None:
        self.word = word
        self.body = word.element.body
        self.anchor = self._take_content_anchor()
        self.template_body = set(self.body)
        self.styles = {style.name for style in word.styles}
        self._ensure_styles()
        self._numbering_ready = False
        # python-docx finds the body's closing section properties by scanning the whole body
        # on every append, and a style by scanning every style: both are looked up once here.
        self.end = self.body.find(qn("w:sectPr"))
        self.style_ids = {
            style.name: style.style_id
            for style in word.styles
            if style.type == WD_STYLE_TYPE.PARAGRAPH
        }

    def write(self, document: Document) -> None:
        # The template first: text in the document that looks like a placeholder stays as written.
        fill_placeholders(self.word, placeholder_values(document.info))
        self.paragraph(Paragraph((Span(document.info.title),)), "Title")
        for block in document.blocks:
            self.block(block)
        self._move_to_anchor()
        self._metadata(document)

    # --- blocks --------------------------------------------------------------------------

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 3)
            self.new_paragraph(xml_safe(block.text), f"Heading {level}")
        elif isinstance(block, Paragraph):
            self.paragraph(block)
        elif isinstance(block, ListBlock):
            self.list_block(block, level=0)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Signatures):
            self.signatures(block)
        elif isinstance(block, Image):
            self.image(block)
        elif isinstance(block, PageBreak):
            self.new_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def new_paragraph(self, text: str = "", style: str | None = None) -> WordParagraph:
        element = OxmlElement("w:p")
        self._append(element)
        if style:
            element.style = self.style_ids[style]
        paragraph = WordParagraph(element, self.word._body)
        if text:
            paragraph.add_run(text)
        return paragraph

    def _append(self, element: etree._Element) -> None:
        if self.end is not None and self.end.getparent() is self.body:
            self.end.addprevious(element)
        else:
            self.body.append(element)

    def paragraph(self, paragraph: Paragraph, style: str | None = None) -> WordParagraph:
        target = self.new_paragraph(style=style)
        _add_spans(target, paragraph)
        return target

    def list_block(self, block: ListBlock, level: int) -> None:
        num_id = self._new_list(block.ordered, block.start)
        for item in block.items:
            first = True
            for child in item:
                if isinstance(child, ListBlock):
                    self.list_block(child, min(level + 1, 8))
                    continue
                target = self.paragraph(child, self._list_style())
                if first:
                    _number(target, num_id, level)
                    first = False
                else:  # a further paragraph of the same item: indented, no number
                    target.paragraph_format.left_indent = Mm(6.35 * (level + 1))

    def table(self, table: Table) -> None:
        if table.landscape:
            self._section(landscape=True)
        if table.caption:
            self.paragraph(Paragraph((Span(table.caption, italic=True),)))
        widths = _column_widths(table.widths, self._text_width())
        element = CT_Tbl.new_tbl(1, len(table.header), sum(widths))
        self._append(element)
        word_table = WordTable(element, self.word._body)
        if "Table Grid" in self.styles:
            word_table.style = self.word.styles["Table Grid"]
        word_table.autofit = False
        _fixed_layout(word_table, table.caption)
        for grid_column, width in zip(element.tblGrid.gridCol_lst, widths, strict=True):
            grid_column.w = width
        header = word_table.rows[0]
        repeat_as_header(header)
        style = self.style_ids[TABLE_TEXT_STYLE]
        for cell, title, width in zip(header.cells, table.header, widths, strict=True):
            cell.width = width
            cell.paragraphs[0]._p.style = style
            cell.paragraphs[0].add_run(xml_safe(title)).bold = True
        for row in table.rows:
            word_row = word_table.add_row()
            keep_row_together(word_row)
            # The new row's own cells: python-docx's row.cells rebuilds the whole table's grid.
            cells = [_Cell(tc, word_table) for tc in word_row._tr.tc_lst]
            for cell, content in zip(cells, row, strict=True):
                _fill_cell(cell, content, style)
        if table.landscape:
            self._section(landscape=False)
        else:
            self.new_paragraph()  # Word needs a paragraph between adjacent tables

    def signatures(self, signatures: Signatures) -> None:
        if signatures.place_and_date:
            self.paragraph(Paragraph((Span(signatures.place_and_date),)))
        for signer in signatures.signers:
            line = self.new_paragraph(SIGNATURE_LINE)
            line.paragraph_format.space_before = Pt(30)
            line.paragraph_format.keep_with_next = True
            for value in (signer.name, signer.title, signer.signing_for):
                if value:
                    part = self.new_paragraph(xml_safe(value))
                    part.paragraph_format.space_after = Pt(0)
                    part.paragraph_format.keep_with_next = True

    def image(self, image: Image) -> None:
        run = self.new_paragraph().add_run()
        shape = run.add_picture(io.BytesIO(image.data), width=Mm(image.width_mm))
        set_alt_text(shape, xml_safe(image.alt_text))

    # --- document structure ---------------------------------------------------------------

    def _take_content_anchor(self) -> etree._Element | None:
        """The `{innehåll}` paragraph of the template's body, or None after clearing it."""
        for paragraph in self.word.paragraphs:
            if paragraph.text.strip() in CONTENT_MARKERS:
                return paragraph._p
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)
        return None

    def _move_to_anchor(self) -> None:
        if self.anchor is None:
            return
        for element in list(self.body):
            if element not in self.template_body and element.tag != qn("w:sectPr"):
                self.anchor.addprevious(element)
        self.anchor.getparent().remove(self.anchor)

    def _section(self, *, landscape: bool) -> None:
        section = self.word.add_section(WD_SECTION.NEW_PAGE)
        section.different_first_page_header_footer = False
        width, height = section.page_width or Emu(0), section.page_height or Emu(0)
        if landscape != (width > height):
            section.page_width, section.page_height = height, width
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT

    def _text_width(self) -> int:
        section = self.word.sections[-1]
        return int(
            (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        )

    def _list_style(self) -> str | None:
        return LIST_STYLE if LIST_STYLE in self.styles else None

    def _new_list(self, ordered: bool, start: int) -> int:
        numbering = self.word.part.numbering_part.element
        if not self._numbering_ready:
            _add_abstract_numbering(numbering)
            self._numbering_ready = True
        num = numbering.add_num(_DECIMAL_ABSTRACT_ID if ordered else _BULLET_ABSTRACT_ID)
        # Every list restarts: a fresh instance whose first level starts at `start`.
        override = num.add_lvlOverride(ilvl=0)
        override.add_startOverride(start if ordered else 1)
        return int(num.numId)

    def _ensure_styles(self) -> None:
        """Give a template without them the styles the document needs (check warns)."""
        styles = self.word.styles
        sizes = {
            "Title": 20,
            "Heading 1": 14,
            "Heading 2": 12,
            "Heading 3": 11,
            TABLE_TEXT_STYLE: 9,
        }
        for name, size in sizes.items():
            if name in self.styles:
                continue
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            style.font.bold = name != TABLE_TEXT_STYLE
            style.font.size = Pt(size)
            style.paragraph_format.space_before = Pt(12 if name.startswith("Heading") else 0)
            style.paragraph_format.space_after = Pt(0 if name == TABLE_TEXT_STYLE else 6)
            if name.startswith("Heading"):
                set_outline_level(style, int(name[-1]) - 1)
                style.paragraph_format.keep_with_next = True
            self.styles.add(name)

    def _metadata(self, document: Document) -> None:
        info = document.info
        properties = self.word.core_properties
        properties.title = xml_safe(info.title)[:255]
        properties.subject = xml_safe(info.subject)[:255]
        properties.author = xml_safe(info.author)[:255]
        keywords = (info.document_type, info.period, info.dnr)
        properties.keywords = xml_safe("; ".join(filter(None, keywords)))
        properties.comments = f"Skapad med BFA Desktop {__version__}"
        properties.last_modified_by = "BFA Desktop"
        properties.created = properties.modified = datetime.now()
        properties.version = xml_safe(info.version)[:255]
        set_document_language(self.word, info.language)


def _add_spans(target: WordParagraph, paragraph: Paragraph) -> None:
    for span in paragraph.spans:
        run = target.add_run(xml_safe(span.text))
        if span.bold:
            run.bold = True
        if span.italic:
            run.italic = True


def _fill_cell(cell: _Cell, content: Cell, style_id: str) -> None:
    paragraphs = content.paragraphs or (Paragraph(()),)
    for index, paragraph in enumerate(paragraphs):
        element = cell._tc.p_lst[0] if index == 0 else cell._tc.add_p()
        element.style = style_id
        _add_spans(WordParagraph(element, cell), paragraph)


def _number(paragraph: WordParagraph, num_id: int, level: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def _column_widths(relative: tuple[float, ...], total: int) -> list[Emu]:
    scale = total / sum(relative)
    return [Emu(int(width * scale)) for width in relative]


def _fixed_layout(table: WordTable, caption: str) -> None:
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    if caption:  # the table's accessible name
        element = OxmlElement("w:tblCaption")
        element.set(qn("w:val"), xml_safe(caption)[:255])
        tbl_pr.append(element)


def _add_abstract_numbering(numbering: etree._Element) -> None:
    definitions = [
        _abstract(_BULLET_ABSTRACT_ID, "bullet", lambda level: _BULLETS[level % 3]),
        _abstract(_DECIMAL_ABSTRACT_ID, "decimal", lambda level: f"%{level + 1}."),
    ]
    first_num = numbering.find(qn("w:num"))
    for definition in definitions:
        if first_num is not None:
            first_num.addprevious(definition)
        else:
            numbering.append(definition)


def _abstract(
    abstract_id: int, number_format: str, text_of: Callable[[int], str]
) -> etree._Element:
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{number_format}"/><w:lvlText w:val="{text_of(level)}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 * (level + 1)}" w:hanging="360"/>'
        f"</w:pPr></w:lvl>"
        for level in range(9)
    )
    return parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'
    )

"""Word output: the neutral tree written into the municipality's template.

The body is written as WordprocessingML text and parsed once, which is many times faster than
python-docx's per-paragraph and per-cell API for a plan of a thousand measures; python-docx
opens and saves the template and gives the numbering, pictures and properties. Column widths
and orientation come from the same layout as the PDF's, headings keep with what follows them,
and table text is hyphenated by Word.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import cast
from xml.sax.saxutils import escape, quoteattr

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.document import DocumentPart
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree

from bfa_desktop import __version__
from bfa_desktop.documents.editions import prepared_template
from bfa_desktop.documents.flow import groups
from bfa_desktop.documents.profile import TWIPS_PER_POINT, read_profile
from bfa_desktop.documents.sanitize import xml_safe
from bfa_desktop.documents.styles import TABLE_TEXT_STYLE
from bfa_desktop.documents.table_layout import TableLayout, layout_table, text_width_for
from bfa_desktop.documents.template import CONTENT_MARKERS, TemplateSource
from bfa_desktop.documents.tree import (
    SIGNATURE_LINE,
    Block,
    Document,
    Facts,
    Heading,
    Image,
    ListBlock,
    PageBreak,
    Paragraph,
    Signatures,
    Span,
    Table,
)
from bfa_desktop.documents.wordxml import set_alt_text, set_document_language, set_outline_level

LIST_STYLE = "List Paragraph"
# Numbering definitions of our own, far above what templates use.
_BULLET_ABSTRACT_ID, _DECIMAL_ABSTRACT_ID = 9101, 9102
_BULLETS = ("•", "–", "◦")
_LIST_INDENT = 360  # twips per level, as the numbering definitions
_GRID_BORDERS = "".join(
    f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
)
_SIGNATURE_SPACE = 600  # twips (30 pt) above a signature line


def render_docx(document: Document, template: TemplateSource = None) -> bytes:
    word = prepared_template(document.info, template)
    _WordWriter(word).write(document)
    output = io.BytesIO()
    word.save(output)
    return output.getvalue()


class _WordWriter:
    def __init__(self, word: WordDocument) -> None:
        self.word = word
        self.body = word.element.body
        profile = read_profile(word)
        self.hyphenated_body = profile.auto_hyphenation
        self.text_width = text_width_for(profile)
        self.page = profile.page
        self.space_after = round(profile.styles["Normal"].space_after * TWIPS_PER_POINT)
        self.anchor = self._take_content_anchor()
        self.styles = {style.name for style in word.styles}
        self._ensure_styles()
        self._numbering_ready = False
        self._next_list = 1
        self.style_ids = {
            style.name: style.style_id
            for style in word.styles
            if style.type == WD_STYLE_TYPE.PARAGRAPH
        }
        self.table_style_id = next(
            (
                style.style_id
                for style in word.styles
                if style.type == WD_STYLE_TYPE.TABLE and style.name == "Table Grid"
            ),
            None,
        )
        self.end = self.body.find(qn("w:sectPr"))
        self.section = copy.deepcopy(self.end) if self.end is not None else None
        self.landscape = False
        self.sections = 0
        self.parts: list[str] = []
        self.lists: list[str] = []  # numbering instances, added with the body

    def write(self, document: Document) -> None:
        self.paragraph(Paragraph((Span(document.info.title),)), "Title")
        for group in groups(document.blocks):
            block = group.block
            layout = self.table_layout(block) if isinstance(block, Table) else None
            self._orientation(landscape=bool(layout and layout.landscape))
            for heading in group.headings:
                self.heading(heading)
            if isinstance(block, Table) and layout is not None:
                self.table(block, layout)
            elif block is not None:
                self.block(block)
        self._orientation(landscape=False)
        self._flush()
        self._hyphenation()
        self._metadata(document)

    # --- blocks --------------------------------------------------------------------------

    def block(self, block: Block) -> None:
        match block:
            case Heading():
                self.heading(block)
            case Paragraph():
                self.paragraph(block)
            case ListBlock():
                self.list_block(block, level=0)
            case Table():
                self.table(block, self.table_layout(block))
            case Facts():
                self.facts(block)
            case Signatures():
                self.signatures(block)
            case Image():
                self.image(block)
            case PageBreak():
                self.parts.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            case _:
                raise TypeError(f"unknown block {type(block).__name__}")

    def heading(self, heading: Heading) -> None:
        level = min(max(heading.level, 1), 3)
        # Kept with what follows whatever the template's heading style says.
        self.paragraph(Paragraph((Span(heading.text),)), f"Heading {level}", "<w:keepNext/>")

    def paragraph(self, paragraph: Paragraph, style: str | None = None, extra: str = "") -> None:
        self.parts.append(_paragraph(paragraph.spans, self._style(style), extra))

    def _style(self, name: str | None) -> str:
        return f"<w:pStyle w:val={quoteattr(self.style_ids[name])}/>" if name else ""

    def list_block(self, block: ListBlock, level: int) -> None:
        num_id = self._new_list(block.ordered, block.start)
        style = self._style(LIST_STYLE if LIST_STYLE in self.styles else None)
        for item in block.items:
            first = True
            for child in item:
                if isinstance(child, ListBlock):
                    self.list_block(child, min(level + 1, 8))
                    continue
                if first:
                    numbering = (
                        f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
                    )
                    first = False
                else:  # a further paragraph of the same item: indented, no number
                    numbering = f'<w:ind w:left="{_LIST_INDENT * (level + 1)}"/>'
                self.parts.append(_paragraph(child.spans, style, numbering))

    def facts(self, facts: Facts) -> None:
        """One compact paragraph a line, in the table text style without its cell spacing,
        hyphenated only as the body is; the last keeps the body's space after it."""
        style = self._style(TABLE_TEXT_STYLE)
        hyphens = "" if self.hyphenated_body else "<w:suppressAutoHyphens/>"
        lines = facts.lines
        for index, line in enumerate(lines):
            after = self.space_after if index == len(lines) - 1 else 0
            spacing = f'{hyphens}<w:spacing w:before="0" w:after="{after}"/>'
            self.parts.append(_paragraph(line.spans, style, spacing))

    # --- tables ---------------------------------------------------------------------------

    def table_layout(self, table: Table) -> TableLayout:
        page = self.page
        portrait = page.width - page.left - page.right
        landscape = page.height - page.left - page.right
        return layout_table(table, portrait, landscape, self.text_width)

    def table(self, table: Table, layout: TableLayout) -> None:
        if table.caption:
            caption = Paragraph((Span(table.caption, italic=True),))
            self.paragraph(caption, None, "<w:keepNext/>")
        widths = [round(width * TWIPS_PER_POINT) for width in layout.widths]
        self.parts.append(self._table_xml(table, widths))
        self.parts.append("<w:p/>")  # Word needs a paragraph between adjacent tables

    def _table_xml(self, table: Table, widths: list[int]) -> str:
        """The whole table: fixed column widths, a header row repeated on every page and kept
        with the first row, rows that do not break across pages."""
        text_style = self._style(TABLE_TEXT_STYLE)
        parts = ["<w:tbl><w:tblPr>"]
        if self.table_style_id:
            parts.append(f"<w:tblStyle w:val={quoteattr(self.table_style_id)}/>")
        parts.append(f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>')
        if not self.table_style_id:
            parts.append(f"<w:tblBorders>{_GRID_BORDERS}</w:tblBorders>")
        parts.append('<w:tblLayout w:type="fixed"/>')
        parts.append(
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        )
        if table.caption:  # the table's accessible name
            parts.append(f"<w:tblCaption w:val={quoteattr(xml_safe(table.caption)[:255])}/>")
        parts.append("</w:tblPr><w:tblGrid>")
        parts += [f'<w:gridCol w:w="{width}"/>' for width in widths]
        parts.append("</w:tblGrid>")
        cells = [f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>' for width in widths]
        parts.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
        for start, title in zip(cells, table.header, strict=True):
            header = _paragraph((Span(title, bold=True),), text_style, "<w:keepNext/>")
            parts += [start, header, "</w:tc>"]
        parts.append("</w:tr>")
        for row in table.rows:
            parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for start, cell in zip(cells, row, strict=True):
                parts.append(start)
                parts += [
                    _paragraph(p.spans, text_style) for p in cell.paragraphs or (Paragraph(()),)
                ]
                parts.append("</w:tc>")
            parts.append("</w:tr>")
        parts.append("</w:tbl>")
        return "".join(parts)

    # --- signatures and pictures ----------------------------------------------------------

    def signatures(self, signatures: Signatures) -> None:
        if signatures.place_and_date:
            self.paragraph(Paragraph((Span(signatures.place_and_date),)))
        for signer in signatures.signers:
            line = f'<w:keepNext/><w:spacing w:before="{_SIGNATURE_SPACE}"/>'
            self.paragraph(Paragraph((Span(SIGNATURE_LINE),)), None, line)
            for value in (signer.name, signer.title, signer.signing_for):
                if value:
                    part = '<w:keepNext/><w:spacing w:after="0"/>'
                    self.paragraph(Paragraph((Span(value),)), None, part)

    def image(self, image: Image) -> None:
        """The picture through python-docx (which relates it to the document), as text."""
        paragraph = WordParagraph(OxmlElement("w:p"), self.word._body)
        shape = paragraph.add_run().add_picture(io.BytesIO(image.data), width=Mm(image.width_mm))
        set_alt_text(shape, xml_safe(image.alt_text))
        self.parts.append(etree.tostring(paragraph._p, encoding="unicode"))

    # --- document structure ---------------------------------------------------------------

    def _flush(self) -> None:
        """Everything written goes where the content belongs – at the {innehåll} marker, else
        before the body's closing section – as text: the document part is serialized with a
        placeholder element that the text then replaces, so the bulk of a large plan is
        neither parsed nor serialized again."""
        if self.lists:
            numbering = self.word.part.numbering_part.element
            instances = f"<w:numbering {nsdecls('w')}>{''.join(self.lists)}</w:numbering>"
            numbering.extend(list(parse_xml(instances)))
            self.lists = []
        placeholder = OxmlElement(_BODY_PLACEHOLDER)
        if self.anchor is not None:
            self.anchor.addprevious(placeholder)
            self.anchor.getparent().remove(self.anchor)
        elif self.end is not None and self.end.getparent() is self.body:
            self.end.addprevious(placeholder)
        else:
            self.body.append(placeholder)
        part = self.word.part
        part.__class__ = _DocumentWithBody
        cast(_DocumentWithBody, part).body_xml = "".join(self.parts).encode("utf-8")
        self.parts = []

    def _take_content_anchor(self) -> etree._Element | None:
        """The `{innehåll}` paragraph of the template's body, or None after clearing it."""
        for paragraph in self.word.paragraphs:
            if paragraph.text.strip() in CONTENT_MARKERS:
                return paragraph._p
        for child in list(self.body):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)
        return None

    def _orientation(self, *, landscape: bool) -> None:
        """A section break when the orientation changes (a landscape table and its headings):
        the section that ends keeps its setup; the next one turns the page, and, as any
        section after the template's first, shows the default header and footer."""
        if landscape == self.landscape or self.section is None or self.end is None:
            return
        ending = self._section_properties(self.landscape, first=self.sections == 0)
        self.parts.append(f"<w:p><w:pPr>{ending}</w:pPr></w:p>")
        self.landscape = landscape
        self.sections += 1
        following = parse_xml(self._section_properties(landscape, first=False))
        self.end.getparent().replace(self.end, following)
        self.end = following

    def _section_properties(self, landscape: bool, *, first: bool) -> str:
        section = copy.deepcopy(self.section)
        assert section is not None
        if not first:
            for tag in ("w:headerReference", "w:footerReference", "w:titlePg"):
                for element in section.findall(qn(tag)):
                    section.remove(element)
        size = section.find(qn("w:pgSz"))
        if size is not None:
            width, height = int(size.get(qn("w:w"), "11906")), int(size.get(qn("w:h"), "16838"))
            short, long = sorted((width, height))
            size.set(qn("w:w"), str(long if landscape else short))
            size.set(qn("w:h"), str(short if landscape else long))
            if landscape:
                size.set(qn("w:orient"), "landscape")
            else:
                size.attrib.pop(qn("w:orient"), None)
        return etree.tostring(section, encoding="unicode")

    def _hyphenation(self) -> None:
        """Word hyphenates table text (Swedish, by the document language); body text only
        where the template itself hyphenates."""
        settings = self.word.settings.element
        if settings.find(qn("w:autoHyphenation")) is None:
            settings.append(OxmlElement("w:autoHyphenation"))
        if self.hyphenated_body:
            return
        for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", LIST_STYLE):
            if name in self.styles:
                _suppress_hyphenation(self.word.styles[name].element, suppress=True)
        _suppress_hyphenation(self.word.styles[TABLE_TEXT_STYLE].element, suppress=False)

    def _new_list(self, ordered: bool, start: int) -> int:
        """A fresh numbering instance, so that every list restarts at `start`. The ids are
        counted here: python-docx looks for a free one by scanning them all, every time."""
        numbering = self.word.part.numbering_part.element
        if not self._numbering_ready:
            _add_abstract_numbering(numbering)
            used = [int(n.get(qn("w:numId"), "0")) for n in numbering.iter(qn("w:num"))]
            self._next_list = max(used, default=0) + 1
            self._numbering_ready = True
        num_id = self._next_list
        self._next_list += 1
        abstract = _DECIMAL_ABSTRACT_ID if ordered else _BULLET_ABSTRACT_ID
        self.lists.append(
            f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start if ordered else 1}"/>'
            "</w:lvlOverride></w:num>"
        )
        return num_id

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


_BODY_PLACEHOLDER = "w:bfaDesktopBody"
_PLACEHOLDER_XML = b"<w:bfaDesktopBody/>"


class _DocumentWithBody(DocumentPart):
    """The document part whose serialized XML takes the written body in place of the
    placeholder element."""

    body_xml = b""

    @property
    def blob(self) -> bytes:
        xml = super().blob
        if xml.count(_PLACEHOLDER_XML) != 1:
            raise RuntimeError("the body's place was lost")
        return xml.replace(_PLACEHOLDER_XML, self.body_xml)


def _paragraph(spans: Iterable[Span], style: str = "", properties: str = "") -> str:
    """A paragraph of runs; `style` and `properties` are paragraph-property markup."""
    runs = "".join(_run(span.text, bold=span.bold, italic=span.italic) for span in spans)
    if style or properties:
        return f"<w:p><w:pPr>{style}{properties}</w:pPr>{runs}</w:p>"
    return f"<w:p>{runs}</w:p>"


def _run(text: str, *, bold: bool = False, italic: bool = False) -> str:
    """A run of text; line breaks and tabs become Word's own elements."""
    properties = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    prefix = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    text = xml_safe(text)
    if "\n" not in text and "\t" not in text:  # the common case
        return f'<w:r>{prefix}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
    content = []
    for index, line in enumerate(text.split("\n")):
        if index:
            content.append("<w:br/>")
        for number, piece in enumerate(line.split("\t")):
            if number:
                content.append("<w:tab/>")
            if piece:
                content.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    return f"<w:r>{prefix}{''.join(content)}</w:r>"


def _suppress_hyphenation(style: etree._Element, *, suppress: bool) -> None:
    p_pr = style.get_or_add_pPr()
    element = p_pr.find(qn("w:suppressAutoHyphens"))
    if element is None:
        element = OxmlElement("w:suppressAutoHyphens")
        p_pr.append(element)
    element.set(qn("w:val"), "1" if suppress else "0")


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
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{_LIST_INDENT * (level + 1)}" '
        f'w:hanging="360"/></w:pPr></w:lvl>'
        for level in range(9)
    )
    return parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'
    )

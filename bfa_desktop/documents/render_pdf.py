"""PDF output with reportlab: the same tree as the Word file, laid out with the same profile.

The page size, margins, fonts, sizes and spacing of the named styles, and the header and footer
come from the Word template (see profile.py), so the PDF looks like the Word document. Fonts
are the bundled metric-compatible ones, embedded. Headings become bookmarks. Open-source
reportlab cannot tag a PDF, so the PDF is not a tagged (PDF/UA) document; the Word file is the
accessible original.
"""

from __future__ import annotations

import io
from itertools import groupby
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from bfa_desktop import __version__
from bfa_desktop.documents.bidi import visual_order
from bfa_desktop.documents.fonts import FALLBACK, face, family_for, glyphs
from bfa_desktop.documents.pdf_furniture import PageTotal, Painter, area_height
from bfa_desktop.documents.pictures import PictureFlowable, read_picture
from bfa_desktop.documents.profile import (
    Area,
    LayoutProfile,
    Line,
    Tab,
    Text,
    TextStyle,
    read_profile,
)
from bfa_desktop.documents.render_docx import SIGNATURE_LINE
from bfa_desktop.documents.sanitize import xml_safe
from bfa_desktop.documents.styles import TABLE_TEXT_STYLE
from bfa_desktop.documents.template import (
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

LEADING = 1.17  # single line spacing of the bundled fonts, as Word lays them out
LIST_INDENT = 18.0  # points per level, as the Word numbering definitions
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_BULLETS = ("•", "–", "◦")


def render_pdf(document: Document, template: TemplateSource = None) -> bytes:
    word = open_template(template, document.info.logo)
    fill_placeholders(word, placeholder_values(document.info))
    profile = read_profile(word)
    output = io.BytesIO()
    story = _Story(profile).build(document)
    _PdfDocument(output, profile, document).build(story)
    return output.getvalue()


class _PdfDocument(BaseDocTemplate):
    def __init__(self, output: io.BytesIO, profile: LayoutProfile, document: Document) -> None:
        info = document.info
        page = profile.page
        normal = profile.styles["Normal"]
        super().__init__(
            output,
            pagesize=(page.width, page.height),
            leftMargin=page.left,
            rightMargin=page.right,
            topMargin=page.top,
            bottomMargin=page.bottom,
            title=xml_safe(info.title),
            author=xml_safe(info.author),
            subject=xml_safe(info.subject),
            keywords=[k for k in map(xml_safe, (info.document_type, info.period, info.dnr)) if k],
            creator=f"BFA Desktop {__version__}",
            producer=f"BFA Desktop {__version__}",
            lang=info.language,
            initialFontName=face(family_for(normal.font)),
            initialFontSize=normal.size,
        )
        self.profile = profile
        self.page_total = PageTotal()
        self._outline_level = -1
        self._bookmarks = 0
        portrait = (page.width, page.height)
        landscape = (page.height, page.width)
        self.addPageTemplates(
            [
                self._template("first", portrait, first=True, following="later"),
                self._template("later", portrait),
                self._template("landscape", landscape),
            ]
        )

    def _template(
        self, name: str, size: tuple[float, float], *, first: bool = False, following: str = ""
    ) -> PageTemplate:
        page = self.profile.page
        frame = Frame(
            page.left,
            page.bottom,
            size[0] - page.left - page.right,
            size[1] - page.top - page.bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"{name}-body",
        )
        use_first = first and self.profile.different_first_page

        def furniture(canvas: Any, document: BaseDocTemplate) -> None:
            header = self.profile.first_header if use_first else self.profile.header
            footer = self.profile.first_footer if use_first else self.profile.footer
            painter = Painter(canvas, document.page, deferred=self.page_total)
            width = size[0] - page.left - page.right
            canvas.saveState()
            painter.area(header, page.left, size[1] - page.header_distance, width)
            footer_top = page.footer_distance + area_height(footer)
            painter.area(footer, page.left, footer_top, width)
            canvas.restoreState()

        return PageTemplate(
            id=name,
            frames=[frame],
            onPage=furniture,
            pagesize=size,
            autoNextPageTemplate=following or None,
        )

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's hook
        outline = getattr(flowable, "bfa_outline", None)
        if outline is None:
            return
        level, title = outline
        level = min(level, self._outline_level + 1)  # an outline cannot skip a level
        self._outline_level = level
        self._bookmarks += 1
        key = f"heading-{self._bookmarks}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)

    def _endBuild(self) -> None:  # noqa: N802 - reportlab's hook
        # The last page is still open here: its number is the total.
        self.page_total.define(self.canv, self.page)
        super()._endBuild()


class _Story:
    """Turns the neutral tree into reportlab flowables."""

    def __init__(self, profile: LayoutProfile) -> None:
        self.profile = profile
        self.styles = {
            name: _paragraph_style(name, style) for name, style in profile.styles.items()
        }
        page = profile.page
        self.width = page.width - page.left - page.right
        self.landscape_width = page.height - page.left - page.right
        table_style = self.styles[TABLE_TEXT_STYLE]
        self.table_header_style = ParagraphStyle(
            "TableHeader",
            parent=table_style,
            fontName=face(family_for(profile.styles[TABLE_TEXT_STYLE].font), bold=True),
        )

    def build(self, document: Document) -> list[Flowable]:
        story = self.template_text(self.profile.body_before)
        story.append(self.paragraph(Paragraph((Span(document.info.title),)), "Title"))
        for block in document.blocks:
            story.extend(self.block(block))
        story.extend(self.template_text(self.profile.body_after))
        return story

    def block(self, block: Block) -> list[Flowable]:  # noqa: PLR0911 - one case per block kind
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 3)
            flowable = self.paragraph(Paragraph((Span(block.text),)), f"Heading {level}")
            flowable.bfa_outline = (level - 1, xml_safe(block.text))  # type: ignore[attr-defined]
            return [flowable]
        if isinstance(block, Paragraph):
            return [self.paragraph(block, "Normal")]
        if isinstance(block, ListBlock):
            return self.list_block(block, 0)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Signatures):
            return self.signatures(block)
        if isinstance(block, Image):
            return [self.image(block)]
        if isinstance(block, PageBreak):
            return [PdfPageBreak()]
        return []

    def paragraph(
        self,
        paragraph: Paragraph,
        style_name: str,
        style: ParagraphStyle | None = None,
        **extra: Any,
    ) -> PdfParagraph:
        style = style or self.styles[style_name]
        return _merged(PdfParagraph(_markup(paragraph, style), style, **extra))

    def template_text(self, area: Area) -> list[Flowable]:
        """The template's own body text around {innehåll}, in its own styles."""
        flowables: list[Flowable] = []
        lines = [
            line
            for block in area
            for line in (
                [block]
                if isinstance(block, Line)
                else [line for row in block.rows for cell in row for line in cell]
            )
        ]
        for line in lines:
            spans = tuple(
                Span(piece.text if isinstance(piece, Text) else " ", piece.bold, piece.italic)
                for piece in line.pieces
                if isinstance(piece, Text | Tab)
            )
            style = _paragraph_style("TemplateText", line.style)
            flowables.append(self.paragraph(Paragraph(spans), "", style))
        return flowables

    def list_block(self, block: ListBlock, level: int) -> list[Flowable]:
        normal = self.styles["Normal"]
        style = ParagraphStyle(
            f"List{level}",
            parent=normal,
            leftIndent=LIST_INDENT * (level + 1),
            bulletIndent=LIST_INDENT * level,
            bulletFontName=normal.fontName,
            bulletFontSize=normal.fontSize,
            spaceBefore=0,
            spaceAfter=0,  # Word's list paragraphs use contextual spacing
        )
        flowables: list[Flowable] = []
        for number, item in enumerate(block.items, start=block.start):
            bullet = f"{number}." if block.ordered else _BULLETS[level % 3]
            first = True
            for child in item:
                if isinstance(child, ListBlock):
                    flowables.extend(self.list_block(child, min(level + 1, 8)))
                elif first:
                    flowables.append(self.paragraph(child, "", style, bulletText=bullet))
                    first = False
                else:
                    flowables.append(self.paragraph(child, "", style))
        if level == 0 and flowables:
            flowables.append(Spacer(1, normal.spaceAfter))
        return flowables

    def table(self, table: Table) -> list[Flowable]:
        width = self.landscape_width if table.landscape else self.width
        scale = width / sum(table.widths)
        header = [
            self.paragraph(Paragraph((Span(title),)), "", self.table_header_style)
            for title in table.header
        ]
        rows = [header] + [[self.cell(cell) for cell in row] for row in table.rows]
        column_widths = [w * scale for w in table.widths]
        font = self.styles[TABLE_TEXT_STYLE]
        pdf_table = PdfTable(
            rows,
            colWidths=column_widths,
            repeatRows=1,
            splitInRow=int(self._has_giant_row(table, column_widths, font)),
            hAlign="LEFT",
        )
        pdf_table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), font.fontName, font.fontSize),  # no stray Helvetica
                    ("GRID", (0, 0), (-1, -1), 0.5, "#000000"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5.4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5.4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        flowables: list[Flowable] = []
        if table.landscape:
            flowables += [NextPageTemplate("landscape"), PdfPageBreak()]
        if table.caption:
            caption = Paragraph((Span(table.caption, italic=True),))
            flowables.append(self.paragraph(caption, "Normal"))
        flowables.append(pdf_table)
        if table.landscape:
            flowables += [NextPageTemplate("later"), PdfPageBreak()]
        else:
            flowables.append(Spacer(1, self.styles["Normal"].fontSize))
        return flowables

    def _has_giant_row(self, table: Table, widths: list[float], font: ParagraphStyle) -> bool:
        """Rows stay whole on a page, as in Word, unless one may not fit on a page at all."""
        limit = 0.5 * (self.profile.page.height - self.profile.page.top - self.profile.page.bottom)
        characters_per_line = [max(1.0, (w - 10.8) / (0.5 * font.fontSize)) for w in widths]
        for row in table.rows:
            for cell, per_line in zip(row, characters_per_line, strict=True):
                lines = sum(len(p.text) / per_line + 1 for p in cell.paragraphs)
                if lines * font.leading > limit:
                    return True
        return False

    def cell(self, cell: Cell) -> list[Flowable]:
        return [self.paragraph(p, TABLE_TEXT_STYLE) for p in cell.paragraphs] or [Spacer(1, 1)]

    def signatures(self, signatures: Signatures) -> list[Flowable]:
        flowables: list[Flowable] = []
        if signatures.place_and_date:
            flowables.append(
                self.paragraph(Paragraph((Span(signatures.place_and_date),)), "Normal")
            )
        tight = ParagraphStyle("Signature", parent=self.styles["Normal"], spaceAfter=0)
        for signer in signatures.signers:
            lines = [Spacer(1, 30), self.paragraph(Paragraph((Span(SIGNATURE_LINE),)), "", tight)]
            lines += [
                self.paragraph(Paragraph((Span(value),)), "", tight)
                for value in (signer.name, signer.title, signer.signing_for)
                if value
            ]
            flowables.append(KeepTogether(lines))
        return flowables

    def image(self, image: Image) -> Flowable:
        picture = read_picture(image.data)
        pixel_width, pixel_height = picture.getSize()
        page = self.profile.page
        frame_height = page.height - page.top - page.bottom
        # As wide as asked, but never wider or taller than the page's text area.
        scale = min(image.width_mm * mm, self.width) / pixel_width
        scale = min(scale, 0.9 * frame_height / pixel_height)
        return PictureFlowable(picture, pixel_width * scale, pixel_height * scale)


def _paragraph_style(name: str, style: TextStyle) -> ParagraphStyle:
    family = family_for(style.font)
    return ParagraphStyle(
        name,
        fontName=face(family, style.bold, style.italic),
        fontSize=style.size,
        leading=style.size * LEADING * style.line_spacing,
        spaceBefore=style.space_before,
        spaceAfter=style.space_after,
        alignment=_ALIGN.get(style.alignment, TA_LEFT),
        textColor=f"#{style.color}",
        keepWithNext=name.startswith("Heading"),
        splitLongWords=True,
    )


def _merged(paragraph: PdfParagraph) -> PdfParagraph:
    """reportlab makes a fragment of every entity (&amp; &lt; …) and line breaking slows down
    with the number of fragments; neighbours that look the same become one."""
    frags = paragraph.frags
    if len(frags) < 2:
        return paragraph
    merged = [frags[0]]
    for fragment in frags[1:]:
        last = merged[-1]
        if _look(fragment) == _look(last) and hasattr(fragment, "text"):
            last.text += fragment.text
        else:
            merged.append(fragment)
    paragraph.frags = merged
    return paragraph


def _look(fragment: Any) -> dict[str, Any]:
    return {k: v for k, v in fragment.__dict__.items() if k != "text"}


def _markup(paragraph: Paragraph, style: ParagraphStyle) -> str:
    """reportlab's paragraph markup: escaped text, <b>/<i>, line breaks, and characters the
    style's font lacks set in the fallback font."""
    fallback = face(FALLBACK)
    main_glyphs = glyphs(style.fontName)
    fallback_glyphs = glyphs(fallback)
    parts = []
    for (bold, italic), alike in groupby(paragraph.spans, key=lambda s: (s.bold, s.italic)):
        # Text of one look is reordered as one run: split, a number could break in two.
        text = visual_order(xml_safe("".join(span.text for span in alike)))
        if main_glyphs.issuperset(map(ord, text)):  # the common case: one font throughout
            pieces = [escape(text)]
        else:
            pieces = [
                _in_font(character, main_glyphs, fallback_glyphs, fallback) for character in text
            ]
        markup = "".join(pieces).replace("\n", "<br/>")
        if bold:
            markup = f"<b>{markup}</b>"
        if italic:
            markup = f"<i>{markup}</i>"
        parts.append(markup)
    return "".join(parts)


def _in_font(character: str, main: frozenset[int], fallback: frozenset[int], name: str) -> str:
    """One character, escaped, set in the fallback font when only that font has it."""
    escaped = escape(character)
    code = ord(character)
    if code not in main and code in fallback and character not in "\n\t":
        return f'<font name="{name}">{escaped}</font>'
    return escaped

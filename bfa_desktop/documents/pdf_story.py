"""The neutral tree as reportlab flowables, in the styles of the Word template.

Headings keep with what follows them (two lines of a paragraph, a table's header and first
row); a table goes on a landscape page only when its content needs one, with its headings;
styles keep their spacing, borders, indents and keep options; table text is hyphenated by a
Swedish dictionary (body text too when the template hyphenates).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from itertools import groupby
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.paraparser import ParaParser

from bfa_desktop.documents.bidi import visual_order
from bfa_desktop.documents.flow import Group, groups
from bfa_desktop.documents.fonts import FALLBACK, FontBook, face, glyphs, line_height
from bfa_desktop.documents.pdf_flowables import (
    Bordered,
    KeepWithNext,
    KeptParagraph,
    WrappedOnce,
    height_of,
)
from bfa_desktop.documents.pictures import PictureFlowable, read_picture
from bfa_desktop.documents.profile import Area, LayoutProfile, Line, Tab, Text, TextStyle
from bfa_desktop.documents.sanitize import xml_safe
from bfa_desktop.documents.styles import TABLE_TEXT_STYLE
from bfa_desktop.documents.table_layout import (
    CELL_PADDING,
    TableLayout,
    hyphenate,
    layout_table,
    text_width_for,
)
from bfa_desktop.documents.tree import (
    SIGNATURE_LINE,
    Block,
    Cell,
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

FIRST, PORTRAIT, LANDSCAPE = "first", "portrait", "landscape"
LIST_INDENT = 18.0  # points per level, as the Word numbering definitions
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_BULLETS = ("•", "–", "◦")
_KEPT_LINES = 2  # a heading keeps with at least two lines of the paragraph after it


class Story:
    """Turns the neutral tree into reportlab flowables."""

    def __init__(self, profile: LayoutProfile) -> None:
        self.profile = profile
        fonts = profile.fonts
        self.styles = {
            name: paragraph_style(
                name,
                style,
                fonts,
                hyphenated=profile.auto_hyphenation or name == TABLE_TEXT_STYLE,
            )
            for name, style in profile.styles.items()
        }
        page = profile.page
        self.width = page.width - page.left - page.right
        self.landscape_width = page.height - page.left - page.right
        table_style = self.styles[TABLE_TEXT_STYLE]
        self.table_header_style = ParagraphStyle(
            "TableHeader",
            parent=table_style,
            fontName=face(fonts.family_for(profile.styles[TABLE_TEXT_STYLE].font), bold=True),
        )
        # Lines across the page, not narrow cells: hyphenated only as the body is.
        self.facts_style = ParagraphStyle(
            "Facts",
            parent=table_style,
            spaceBefore=0,
            spaceAfter=0,
            hyphenationLang=self.styles["Normal"].hyphenationLang,
        )
        self.text_width = text_width_for(profile)
        self.landscape = False

    def build(self, document: Document) -> list[Flowable]:
        story = self.template_text(self.profile.body_before)
        story.append(self.paragraph(Paragraph((Span(document.info.title),)), "Title"))
        for group in groups(document.blocks):
            story.extend(self.group(group))
        story.extend(self.orientation(landscape=False))
        story.extend(self.template_text(self.profile.body_after))
        return story

    # --- groups: headings kept with what follows ------------------------------------------

    def group(self, group: Group) -> list[Flowable]:
        heads = [self.heading(heading) for heading in group.headings]
        block = group.block
        layout = self.table_layout(block) if isinstance(block, Table) else None
        turn = self.orientation(landscape=bool(layout and layout.landscape))
        if isinstance(block, Table) and layout is not None:
            caption, table, first_rows = self.table(block, layout)
            heads += caption
            following: list[Flowable] = [table, Spacer(1, self.styles["Normal"].fontSize)]
            first_part = functools.partial(height_of, first_rows)
        else:
            following = self.block(block) if block is not None else []
            first_part = self._first_part(following)
        flowables: list[Flowable] = list(turn)
        if heads:
            breaks = [h for h in heads if getattr(h, "bfa_page_break_before", False)]
            if breaks and not turn:
                flowables.append(PdfPageBreak())

            def needed(width: float, canvas: Any) -> float:
                heights = sum(height_of(head, width, canvas) for head in heads)
                return heights + first_part(width, canvas)

            flowables.append(KeepWithNext(needed))
        return flowables + heads + following

    def _first_part(self, flowables: list[Flowable]) -> Callable[[float, Any], float]:
        if not flowables:
            return lambda _width, _canvas: 0.0
        first = flowables[0]
        if isinstance(first, PdfParagraph):
            leading = first.style.leading

            def lines(width: float, canvas: Any) -> float:
                whole = height_of(first, width, canvas)
                return min(whole, first.getSpaceBefore() + _KEPT_LINES * leading)

            return lines
        return lambda width, canvas: height_of(first, width, canvas)

    def orientation(self, *, landscape: bool) -> list[Flowable]:
        """The page break to a landscape page or back, when the orientation changes."""
        if landscape == self.landscape:
            return []
        self.landscape = landscape
        return [NextPageTemplate(LANDSCAPE if landscape else PORTRAIT), PdfPageBreak()]

    # --- blocks ---------------------------------------------------------------------------

    def heading(self, heading: Heading) -> Flowable:
        level = min(max(heading.level, 1), 3)
        flowable = self.paragraph(Paragraph((Span(heading.text),)), f"Heading {level}")
        flowable.bfa_outline = (level - 1, xml_safe(heading.text))  # type: ignore[attr-defined]
        flowable.bfa_page_break_before = self.profile.styles[  # type: ignore[attr-defined]
            f"Heading {level}"
        ].page_break_before
        return flowable

    def block(self, block: Block) -> list[Flowable]:  # noqa: PLR0911 - one case per block kind
        match block:
            case Heading():
                return [self.heading(block)]
            case Paragraph():
                return [self.paragraph(block, "Normal")]
            case ListBlock():
                return self.list_block(block, 0)
            case Table():
                caption, table, _first = self.table(block, self.table_layout(block))
                return [*caption, table, Spacer(1, self.styles["Normal"].fontSize)]
            case Facts():
                lines = [self.paragraph(line, "", self.facts_style) for line in block.lines]
                return [*lines, Spacer(1, self.styles["Normal"].spaceAfter)]
            case Signatures():
                return self.signatures(block)
            case Image():
                return [self.image(block)]
            case PageBreak():
                return [PdfPageBreak()]
        raise TypeError(f"unknown block {type(block).__name__}")

    def paragraph(
        self,
        paragraph: Paragraph,
        style_name: str,
        style: ParagraphStyle | None = None,
        **extra: Any,
    ) -> Flowable:
        style = style or self.styles[style_name]
        kind = KeptParagraph if getattr(style, "bfa_keep_together", False) else WrappedOnce
        fragments = _fragments(paragraph, style)
        if fragments is None:
            flowable = _merged(kind(_markup(paragraph, style), style, **extra))
        else:
            flowable = kind("", style, frags=fragments, **extra)
        borders = getattr(style, "bfa_borders", None)
        return Bordered(flowable, borders) if borders else flowable

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
                Span(piece.text, piece.bold, piece.italic) if isinstance(piece, Text) else Span(" ")
                for piece in line.pieces
                if isinstance(piece, Text | Tab)
            )
            style = paragraph_style("TemplateText", line.style, self.profile.fonts)
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

    # --- tables ---------------------------------------------------------------------------

    def table_layout(self, table: Table) -> TableLayout:
        return layout_table(table, self.width, self.landscape_width, self.text_width)

    def table(self, table: Table, layout: TableLayout) -> tuple[list[Flowable], PdfTable, PdfTable]:
        """The caption, the table, and its header with its first row alone (what a heading
        is kept with)."""
        header = [
            self.paragraph(Paragraph((Span(title),)), "", self.table_header_style)
            for title in table.header
        ]
        rows = [header] + [[self.cell(cell) for cell in row] for row in table.rows]
        widths = list(layout.widths)
        font = self.styles[TABLE_TEXT_STYLE]
        giant = self._has_giant_row(table, widths, font)
        pdf_table, first_rows = (
            PdfTable(part, colWidths=widths, repeatRows=1, splitInRow=int(giant), hAlign="LEFT")
            for part in (rows, rows[:2])
        )
        for flowable in (pdf_table, first_rows):
            flowable.setStyle(self._table_style(font))
        caption: list[Flowable] = []
        if table.caption:
            caption.append(self.paragraph(Paragraph((Span(table.caption, italic=True),)), "Normal"))
        return caption, pdf_table, first_rows

    @staticmethod
    def _table_style(font: ParagraphStyle) -> TableStyle:
        return TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font.fontName, font.fontSize),  # no stray Helvetica
                ("GRID", (0, 0), (-1, -1), 0.5, "#000000"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )

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

    # --- signatures and pictures ----------------------------------------------------------

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


def paragraph_style(
    name: str, style: TextStyle, fonts: FontBook, *, hyphenated: bool = False
) -> ParagraphStyle:
    font = face(fonts.family_for(style.font), style.bold, style.italic)
    natural = style.size * line_height(font) * style.line_spacing
    leading = natural
    if style.exact_line is not None:
        leading = max(natural, style.exact_line) if style.at_least else style.exact_line
    paragraph = ParagraphStyle(
        name,
        fontName=font,
        fontSize=style.size,
        leading=leading,
        spaceBefore=style.space_before,
        spaceAfter=style.space_after,
        alignment=_ALIGN.get(style.alignment, TA_LEFT),
        textColor=HexColor(f"#{style.color}"),
        leftIndent=style.left_indent,
        rightIndent=style.right_indent,
        firstLineIndent=style.first_line_indent,
        splitLongWords=True,
        hyphenationLang=_hyphenation_pairs if hyphenated else "",
        hyphenationMinWordLength=6,
    )
    paragraph.bfa_borders = style.borders  # type: ignore[attr-defined]
    paragraph.bfa_keep_together = style.keep_together  # type: ignore[attr-defined]
    return paragraph


@functools.lru_cache(maxsize=16384)
def _hyphenation_pairs(word: str) -> list[tuple[str, str]]:
    return list(hyphenate(word))


def _fragments(paragraph: Paragraph, style: ParagraphStyle) -> list[Any] | None:
    """The paragraph's fragments made directly from fragments parsed once per look: parsing
    markup is most of the cost of a paragraph. None where the markup is needed – an empty
    paragraph, a line break, a character the style's font lacks."""
    main_glyphs = glyphs(style.fontName)
    fragments = []
    for (bold, italic), alike in groupby(paragraph.spans, key=lambda s: (s.bold, s.italic)):
        text = visual_order(xml_safe("".join(span.text for span in alike)))
        if not text or "\n" in text or not main_glyphs.issuperset(map(ord, text)):
            return None
        fragments.append(_fragment_of(style, bold, italic).clone(text=text))
    return fragments or None


def _fragment_of(style: ParagraphStyle, bold: bool, italic: bool) -> Any:
    looks = style.__dict__.setdefault("_bfa_fragments", {})
    if (bold, italic) not in looks:
        markup = "x"
        if bold:
            markup = f"<b>{markup}</b>"
        if italic:
            markup = f"<i>{markup}</i>"
        _style, (fragment,), _bullet = ParaParser().parse(markup, style)
        looks[bold, italic] = fragment
    return looks[bold, italic]


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

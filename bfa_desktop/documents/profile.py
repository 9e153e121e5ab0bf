"""The layout profile: what the PDF needs to look like the Word document.

Read from the (filled-in) Word template: page size and margins, the fonts, sizes and spacing of
the named styles, and the headers and footers as lines of text, fields and pictures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree

from bfa_desktop.documents.pictures import PictureError, read_picture
from bfa_desktop.documents.styles import TABLE_TEXT_STYLE

CONTENT_MARKERS = {"{innehåll}", "{innehall}"}

EMU_PER_POINT = 12700
TWIPS_PER_POINT = 20
DEFAULT_TAB = 36.0  # Word's default tab stops: every 1,27 cm
STYLE_NAMES = ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", TABLE_TEXT_STYLE)
_ALIGNMENTS = {
    WD_ALIGN_PARAGRAPH.CENTER: "center",
    WD_ALIGN_PARAGRAPH.RIGHT: "right",
    WD_ALIGN_PARAGRAPH.JUSTIFY: "justify",
}
_DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


@dataclass(frozen=True)
class TextStyle:
    font: str  # the Word font name
    size: float  # points
    bold: bool = False
    italic: bool = False
    color: str = "000000"
    space_before: float = 0.0
    space_after: float = 0.0
    alignment: str = "left"
    line_spacing: float = 1.0  # a multiple of single spacing


@dataclass(frozen=True)
class PageSetup:
    width: float  # points
    height: float
    top: float
    bottom: float
    left: float
    right: float
    header_distance: float
    footer_distance: float


@dataclass(frozen=True)
class Text:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Field:
    instruction: str  # "PAGE" or "NUMPAGES"
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Tab:
    pass


@dataclass(frozen=True)
class Picture:
    data: bytes
    width: float  # points
    height: float


Piece = Text | Field | Tab | Picture


@dataclass(frozen=True)
class TabStop:
    position: float  # points from the left edge of the text
    alignment: str  # left, center or right


@dataclass(frozen=True)
class Line:
    """One header or footer paragraph."""

    pieces: tuple[Piece, ...]
    style: TextStyle
    tab_stops: tuple[TabStop, ...] = ()


@dataclass(frozen=True)
class Grid:
    """A header or footer table: column widths in points, rows of cells of lines."""

    widths: tuple[float, ...]
    rows: tuple[tuple[tuple[Line, ...], ...], ...]


Area = tuple[Line | Grid, ...]


@dataclass(frozen=True)
class LayoutProfile:
    page: PageSetup
    styles: dict[str, TextStyle]
    header: Area
    footer: Area
    first_header: Area
    first_footer: Area
    different_first_page: bool
    # The template's own body text around a {innehåll} marker (empty without one).
    body_before: Area = ()
    body_after: Area = ()
    pictures_left_out: int = 0  # pictures the PDF cannot draw (EMF, WMF, damaged)


def read_profile(word: WordDocument) -> LayoutProfile:
    section = word.sections[0]
    reader = _StyleReader(word)
    styles = {name: reader.style(name) for name in STYLE_NAMES}

    def area(part: Any) -> Area:
        return tuple(_area(part._element, part, reader))

    first = bool(section.different_first_page_header_footer)
    header, footer = area(section.header), area(section.footer)
    first_header = area(section.first_page_header) if first else ()
    first_footer = area(section.first_page_footer) if first else ()
    before, after = _around_content_marker(word, reader)
    return LayoutProfile(
        page=PageSetup(
            width=_pt(section.page_width, 595.3),
            height=_pt(section.page_height, 841.9),
            top=_pt(section.top_margin, 72),
            bottom=_pt(section.bottom_margin, 72),
            left=_pt(section.left_margin, 72),
            right=_pt(section.right_margin, 72),
            header_distance=_pt(section.header_distance, 36),
            footer_distance=_pt(section.footer_distance, 36),
        ),
        styles=styles,
        header=header,
        footer=footer,
        first_header=first_header,
        first_footer=first_footer,
        different_first_page=first,
        body_before=before,
        body_after=after,
        pictures_left_out=reader.pictures_left_out,
    )


def _around_content_marker(word: WordDocument, reader: _StyleReader) -> tuple[Area, Area]:
    body = word.element.body
    children = [child for child in body if child.tag != qn("w:sectPr")]
    for index, child in enumerate(children):
        if child.tag == qn("w:p") and WordParagraph(child, word).text.strip() in CONTENT_MARKERS:
            before = _blocks(children[:index], word._body, reader)
            after = _blocks(children[index + 1 :], word._body, reader)
            return tuple(before), tuple(after)
    return (), ()


def _pt(length: int | None, default: float) -> float:
    return length / EMU_PER_POINT if length is not None else default


def _area(root: etree._Element, part: Any, reader: _StyleReader) -> list[Line | Grid]:
    return _blocks(list(root), part, reader)


def _blocks(elements: list[etree._Element], part: Any, reader: _StyleReader) -> list[Line | Grid]:
    blocks: list[Line | Grid] = []
    for child in elements:
        if child.tag == qn("w:p"):
            blocks.append(_line(WordParagraph(child, part), reader, part))
        elif child.tag == qn("w:tbl"):
            blocks.append(_grid(child, reader, part))
    return blocks


def _grid(table: etree._Element, reader: _StyleReader, part: Any) -> Grid:
    widths = tuple(
        float(column.get(qn("w:w"), "0")) / TWIPS_PER_POINT
        for column in table.iter(qn("w:gridCol"))
    )
    rows = tuple(
        tuple(
            tuple(_line(WordParagraph(p, part), reader, part) for p in cell.findall(qn("w:p")))
            for cell in row.findall(qn("w:tc"))
        )
        for row in table.findall(qn("w:tr"))
    )
    return Grid(widths, rows)


def _line(paragraph: WordParagraph, reader: _StyleReader, part: Any) -> Line:
    style = reader.style(paragraph.style.name if paragraph.style is not None else "Normal")
    alignment = _ALIGNMENTS.get(paragraph.alignment) if paragraph.alignment else None
    if alignment:
        style = TextStyle(**{**style.__dict__, "alignment": alignment})
    sizes = [run.font.size.pt for run in paragraph.runs if run.font.size is not None]
    if sizes:
        style = TextStyle(**{**style.__dict__, "size": max(sizes)})
    return Line(tuple(_pieces(paragraph._p, part, reader)), style, reader.tab_stops(paragraph))


def _pieces(element: etree._Element, part: Any, styles: _StyleReader) -> list[Piece]:
    """Text, tabs, fields and pictures in reading order; complex fields give their code."""
    reader = _RunReader(part, styles)
    for node in element.iter(qn("w:r"), qn("w:fldSimple")):
        if node.tag == qn("w:fldSimple"):
            instruction = _field_name(node.get(qn("w:instr"), ""))
            reader.pieces.append(Field(instruction, *_run_format(node)))
        elif node.getparent().tag != qn("w:fldSimple"):  # not a simple field's cached result
            reader.run(node)
    return reader.pieces


class _RunReader:
    def __init__(self, part: Any, styles: _StyleReader) -> None:
        self.part = part
        self.styles = styles
        self.pieces: list[Piece] = []
        self.instruction = ""
        self.in_field_result = False

    def run(self, node: etree._Element) -> None:
        bold, italic = _run_format(node)
        for child in node:
            if child.tag == qn("w:fldChar"):
                self.field_character(child.get(qn("w:fldCharType")), bold, italic)
            elif child.tag == qn("w:instrText"):
                self.instruction += child.text or ""
            elif not self.in_field_result:
                self.content(child, bold, italic)

    def field_character(self, kind: str | None, bold: bool, italic: bool) -> None:
        if kind == "begin":
            self.instruction = ""
        elif kind == "separate":
            self.pieces.append(Field(_field_name(self.instruction), bold, italic))
            self.in_field_result = True
        elif kind == "end":
            self.in_field_result = False

    def content(self, child: etree._Element, bold: bool, italic: bool) -> None:
        if child.tag == qn("w:t"):
            self.pieces.append(Text(child.text or "", bold, italic))
        elif child.tag == qn("w:tab"):
            self.pieces.append(Tab())
        elif child.tag in (qn("w:br"), qn("w:cr")):
            self.pieces.append(Text(" ", bold, italic))
        elif child.tag == qn("w:drawing"):
            picture = _picture(child, self.part)
            if picture is not None and drawable(picture.data):
                self.pieces.append(picture)
            else:
                self.styles.pictures_left_out += 1


def _field_name(instruction: str) -> str:
    words = instruction.split()
    return words[0].upper() if words else ""


def _run_format(node: etree._Element) -> tuple[bool, bool]:
    run = node if node.tag == qn("w:r") else node.find(qn("w:r"))
    properties = run.find(qn("w:rPr")) if run is not None else None
    if properties is None:
        return False, False

    def on(tag: str) -> bool:
        element = properties.find(qn(tag))
        return element is not None and element.get(qn("w:val"), "true") not in ("0", "false")

    return on("w:b"), on("w:i")


def drawable(data: bytes) -> bool:
    """Whether the PDF can draw the picture: PNG, JPEG or GIF that decodes."""
    try:
        read_picture(data)
    except PictureError:
        return False
    return True


def _picture(drawing: etree._Element, part: Any) -> Picture | None:
    blip = drawing.find(f".//{{{_DRAWINGML}}}blip")
    extent = drawing.find(f".//{{{_WP}}}extent")
    if blip is None or extent is None:
        return None
    related = part.part.related_parts.get(blip.get(f"{{{_RELATIONSHIPS}}}embed"))
    if related is None:
        return None
    return Picture(
        related.blob,
        int(extent.get("cx", "0")) / EMU_PER_POINT,
        int(extent.get("cy", "0")) / EMU_PER_POINT,
    )


class _StyleReader:
    """Resolves a style's effective values through its base styles, the document defaults
    and the theme fonts, as Word does."""

    def __init__(self, word: WordDocument) -> None:
        self.word = word
        self.pictures_left_out = 0
        self.names = {style.name: style for style in word.styles}
        defaults = word.styles.element.find(qn("w:docDefaults"))
        self.run_defaults = _find(defaults, "w:rPrDefault/w:rPr")
        self.paragraph_defaults = _find(defaults, "w:pPrDefault/w:pPr")
        self.theme_fonts = _theme_fonts(word)

    def style(self, name: str) -> TextStyle:
        chain = self._chain(self.names.get(name) or self.names.get("Normal"))
        font = next((f for s in chain if (f := self._font(s.element.rPr))), None)
        font = font or self._font(self.run_defaults) or "Times New Roman"
        size = next((s.font.size.pt for s in chain if s.font.size is not None), None)
        if size is None:
            size = _half_points(self.run_defaults) or 10.0
        return TextStyle(
            font=font,
            size=size,
            bold=_first(chain, lambda s: s.font.bold, False),
            italic=_first(chain, lambda s: s.font.italic, False),
            color=_first(chain, lambda s: s.font.color.rgb and str(s.font.color.rgb), "000000"),
            space_before=_first(
                chain,
                lambda s: _points(s.paragraph_format.space_before),
                _spacing(self.paragraph_defaults, "w:before"),
            ),
            space_after=_first(
                chain,
                lambda s: _points(s.paragraph_format.space_after),
                _spacing(self.paragraph_defaults, "w:after"),
            ),
            alignment=_first(
                chain, lambda s: _ALIGNMENTS.get(s.paragraph_format.alignment), "left"
            ),
            line_spacing=_first(
                chain,
                lambda s: _multiple(s.paragraph_format.line_spacing),
                _line_multiple(self.paragraph_defaults),
            ),
        )

    def tab_stops(self, paragraph: WordParagraph) -> tuple[TabStop, ...]:
        stops = list(paragraph.paragraph_format.tab_stops)
        for style in self._chain(paragraph.style):
            stops += list(style.paragraph_format.tab_stops)
        kinds = {WD_TAB_ALIGNMENT.CENTER: "center", WD_TAB_ALIGNMENT.RIGHT: "right"}
        unique = {
            round(stop.position / EMU_PER_POINT, 1): kinds.get(stop.alignment, "left")
            for stop in stops
            if stop.alignment != WD_TAB_ALIGNMENT.CLEAR
        }
        return tuple(TabStop(position, kind) for position, kind in sorted(unique.items()))

    def _chain(self, style: BaseStyle | None) -> list[Any]:
        chain = []
        while style is not None and len(chain) < 20:
            chain.append(style)
            style = style.base_style
        return chain

    def _font(self, run_properties: etree._Element | None) -> str | None:
        fonts = _find(run_properties, "w:rFonts")
        if fonts is None:
            return None
        theme = fonts.get(qn("w:asciiTheme"))
        if theme:
            return self.theme_fonts.get("major" if theme.startswith("major") else "minor")
        return fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi"))


def _find(element: etree._Element | None, path: str) -> etree._Element | None:
    if element is None:
        return None
    for step in path.split("/"):
        element = element.find(qn(step))
        if element is None:
            return None
    return element


def _first(chain: list[Any], value: Any, default: Any) -> Any:
    for style in chain:
        found = value(style)
        if found is not None:
            return found
    return default


def _points(length: int | None) -> float | None:
    return None if length is None else length / EMU_PER_POINT


def _multiple(spacing: object) -> float | None:
    return spacing if isinstance(spacing, float) else None


def _half_points(run_properties: etree._Element | None) -> float | None:
    size = _find(run_properties, "w:sz")
    return int(size.get(qn("w:val"))) / 2 if size is not None else None


def _line_multiple(paragraph_properties: etree._Element | None) -> float:
    """Line spacing of the defaults as a multiple ("auto" rule: 240 = single)."""
    spacing = _find(paragraph_properties, "w:spacing")
    if spacing is None or spacing.get(qn("w:lineRule"), "auto") != "auto":
        return 1.0
    return int(spacing.get(qn("w:line"), "240")) / 240


def _spacing(paragraph_properties: etree._Element | None, attribute: str) -> float:
    spacing = _find(paragraph_properties, "w:spacing")
    if spacing is None or spacing.get(qn(attribute)) is None:
        return 0.0
    return int(spacing.get(qn(attribute))) / TWIPS_PER_POINT


def _theme_fonts(word: WordDocument) -> dict[str, str]:
    try:
        theme = word.part.part_related_by(RELATIONSHIP_TYPE.THEME)
    except KeyError:
        return {}
    root = etree.fromstring(theme.blob, etree.XMLParser(resolve_entities=False, no_network=True))
    fonts = {}
    for kind in ("major", "minor"):
        latin = root.find(f".//{{{_DRAWINGML}}}{kind}Font/{{{_DRAWINGML}}}latin")
        if latin is not None and latin.get("typeface"):
            fonts[kind] = latin.get("typeface")
    return fonts

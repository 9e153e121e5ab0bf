"""The layout profile: what the PDF needs to look like the Word document.

Read from the (filled-in) Word template: the page setup of the section the document goes into,
the fonts, sizes, spacing, borders and keep options of the named styles, the fonts the template
embeds, and the section's headers and footers (default, first page, even pages) as lines of
text, fields and pictures – inline or anchored – and tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx.section import Section
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree

from bfa_desktop.documents.embedded_fonts import read_font_book
from bfa_desktop.documents.fonts import FontBook
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
class Border:
    width: float  # points
    color: str  # RRGGBB
    space: float  # points between the text and the line


@dataclass(frozen=True)
class Borders:
    top: Border | None = None
    bottom: Border | None = None
    left: Border | None = None
    right: Border | None = None

    def __bool__(self) -> bool:
        return any((self.top, self.bottom, self.left, self.right))


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
    exact_line: float | None = None  # points: Word's "exactly" line spacing, or…
    at_least: bool = False  # …its "at least", when the text's own height is less
    keep_with_next: bool = False
    keep_together: bool = False
    page_break_before: bool = False
    borders: Borders = Borders()
    left_indent: float = 0.0
    right_indent: float = 0.0
    first_line_indent: float = 0.0

    def but(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


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


@dataclass(frozen=True)
class Anchored:
    """A picture placed at a position of its own (a floating logo): it takes no room in the
    line. Offsets are points from what `across` and `down` name: "page", "margin" or
    "paragraph"; an alignment ("left", "center", "right", "top", "bottom") instead of an
    offset is kept in `align_across` / `align_down`."""

    picture: Picture
    across: str = "column"
    down: str = "paragraph"
    x: float = 0.0
    y: float = 0.0
    align_across: str = ""
    align_down: str = ""


Piece = Text | Field | Tab | Picture | Anchored


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
    """A header or footer table: column widths in points, rows of cells of lines; each row's
    least height (Word's "at least"/"exactly" row height), and where the table stands."""

    widths: tuple[float, ...]
    rows: tuple[tuple[tuple[Line, ...], ...], ...]
    row_heights: tuple[float, ...] = ()
    alignment: str = "left"
    indent: float = 0.0


Area = tuple[Line | Grid, ...]


@dataclass(frozen=True)
class Furniture:
    """A section's headers or footers: the default one, the first page's and the even pages'
    (each empty when the template has none)."""

    default: Area = ()
    first: Area = ()
    even: Area = ()


@dataclass(frozen=True)
class LayoutProfile:
    page: PageSetup
    styles: dict[str, TextStyle]
    headers: Furniture
    footers: Furniture
    different_first_page: bool = False
    even_and_odd: bool = False
    fonts: FontBook = field(default_factory=FontBook)
    auto_hyphenation: bool = False  # the template hyphenates its body text
    # The template's own body text around a {innehåll} marker (empty without one).
    body_before: Area = ()
    body_after: Area = ()
    pictures_left_out: int = 0  # pictures the PDF cannot draw (EMF, WMF, damaged)

    def header(self, page: int, *, first: bool) -> Area:
        return self._pick(self.headers, page, first=first)

    def footer(self, page: int, *, first: bool) -> Area:
        return self._pick(self.footers, page, first=first)

    def _pick(self, furniture: Furniture, page: int, *, first: bool) -> Area:
        if first and self.different_first_page:
            return furniture.first
        if self.even_and_odd and page % 2 == 0:
            return furniture.even
        return furniture.default


def read_profile(word: WordDocument) -> LayoutProfile:
    section = content_section(word)
    reader = _StyleReader(word)
    styles = {name: reader.style(name) for name in STYLE_NAMES}

    def area(part: Any) -> Area:
        return tuple(_blocks(list(part._element), part, reader))

    first = bool(section.different_first_page_header_footer)
    even = bool(word.settings.odd_and_even_pages_header_footer)
    headers = Furniture(
        area(section.header),
        area(section.first_page_header) if first else (),
        area(section.even_page_header) if even else (),
    )
    footers = Furniture(
        area(section.footer),
        area(section.first_page_footer) if first else (),
        area(section.even_page_footer) if even else (),
    )
    before, after = _around_content_marker(word, reader)
    return LayoutProfile(
        page=page_setup(section),
        styles=styles,
        headers=headers,
        footers=footers,
        different_first_page=first,
        even_and_odd=even,
        fonts=read_font_book(word),
        auto_hyphenation=_on(word.settings.element.find(qn("w:autoHyphenation"))),
        body_before=before,
        body_after=after,
        pictures_left_out=reader.pictures_left_out,
    )


def named_fonts(profile: LayoutProfile) -> set[str]:
    """Every font the documents are set in: the named styles', and the headers' and
    footers' text."""
    names = {style.font for style in profile.styles.values()}
    areas = [
        *(getattr(profile.headers, kind) for kind in ("default", "first", "even")),
        *(getattr(profile.footers, kind) for kind in ("default", "first", "even")),
        profile.body_before,
        profile.body_after,
    ]
    for area in areas:
        for block in area:
            lines = (
                [block]
                if isinstance(block, Line)
                else [line for row in block.rows for cell in row for line in cell]
            )
            names.update(
                line.style.font
                for line in lines
                if any(isinstance(piece, Text) and piece.text.strip() for piece in line.pieces)
            )
    return {name for name in names if name.strip()}


def page_setup(section: Section) -> PageSetup:
    return PageSetup(
        width=_pt(section.page_width, 595.3),
        height=_pt(section.page_height, 841.9),
        top=abs(_pt(section.top_margin, 72)),
        bottom=abs(_pt(section.bottom_margin, 72)),
        left=_pt(section.left_margin, 72),
        right=_pt(section.right_margin, 72),
        header_distance=_pt(section.header_distance, 36),
        footer_distance=_pt(section.footer_distance, 36),
    )


def content_section(word: WordDocument) -> Section:
    """The section the document goes into: the one holding the {innehåll} marker, else the
    last (the template's body is replaced, leaving only its closing section)."""
    sections = word.sections
    index = 0
    for child in word.element.body:
        if child.tag != qn("w:p"):
            continue
        if WordParagraph(child, word).text.strip() in CONTENT_MARKERS:
            return sections[min(index, len(sections) - 1)]
        if child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            index += 1
    return sections[-1]


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


def _blocks(elements: list[etree._Element], part: Any, reader: _StyleReader) -> list[Line | Grid]:
    blocks: list[Line | Grid] = []
    for child in elements:
        if child.tag == qn("w:p"):
            blocks.append(_line(WordParagraph(child, part), reader, part))
        elif child.tag == qn("w:tbl"):
            blocks.append(_grid(child, reader, part))
        elif child.tag == qn("w:sdt"):  # a content control around paragraphs or tables
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                blocks += _blocks(list(content), part, reader)
    return blocks


def _grid(table: etree._Element, reader: _StyleReader, part: Any) -> Grid:
    widths = tuple(_twips(column.get(qn("w:w"))) for column in table.iter(qn("w:gridCol")))
    rows = []
    heights = []
    for row in table.findall(qn("w:tr")):
        cells = []
        for cell in row.findall(qn("w:tc")):
            span = _find(cell, "w:tcPr/w:gridSpan")
            lines = tuple(_line(WordParagraph(p, part), reader, part) for p in cell.iter(qn("w:p")))
            cells.append(lines)
            cells += [()] * (int(span.get(qn("w:val"), "1")) - 1 if span is not None else 0)
        rows.append(tuple(cells))
        height = _find(row, "w:trPr/w:trHeight")
        heights.append(_twips(height.get(qn("w:val"))) if height is not None else 0.0)
    properties = table.find(qn("w:tblPr"))
    jc = _find(properties, "w:jc")
    indent = _find(properties, "w:tblInd")
    return Grid(
        widths,
        tuple(rows),
        tuple(heights),
        alignment={"center": "center", "right": "right", "end": "right"}.get(
            jc.get(qn("w:val"), "") if jc is not None else "", "left"
        ),
        indent=_twips(indent.get(qn("w:w"))) if indent is not None else 0.0,
    )


def _twips(value: str | None) -> float:
    try:
        return float(value or 0) / TWIPS_PER_POINT
    except ValueError:
        return 0.0


def _line(paragraph: WordParagraph, reader: _StyleReader, part: Any) -> Line:
    style = reader.paragraph_style(paragraph)
    sizes = [run.font.size.pt for run in paragraph.runs if run.font.size is not None]
    if sizes:
        style = style.but(size=max(sizes))
    colors = [str(run.font.color.rgb) for run in paragraph.runs if _has_rgb(run)]
    if colors:
        style = style.but(color=colors[0])
    fonts = [name for run in paragraph.runs if (name := reader.run_font(run._r))]
    if fonts:
        style = style.but(font=fonts[0])
    return Line(tuple(_pieces(paragraph._p, part, reader)), style, reader.tab_stops(paragraph))


def _has_rgb(run: Any) -> bool:
    try:
        return run.font.color.type is not None and run.font.color.rgb is not None
    except (ValueError, AttributeError):  # a theme colour, or a malformed value
        return False


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
            piece = _drawing(child, self.part)
            if piece is not None and drawable(_picture_of(piece).data):
                self.pieces.append(piece)
            else:
                self.styles.pictures_left_out += 1


def _picture_of(piece: Picture | Anchored) -> Picture:
    return piece.picture if isinstance(piece, Anchored) else piece


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


def _drawing(drawing: etree._Element, part: Any) -> Picture | Anchored | None:
    blip = drawing.find(f".//{{{_DRAWINGML}}}blip")
    extent = drawing.find(f".//{{{_WP}}}extent")
    if blip is None or extent is None:
        return None
    related = part.part.related_parts.get(blip.get(f"{{{_RELATIONSHIPS}}}embed"))
    if related is None:
        return None
    picture = Picture(
        related.blob,
        _emu(extent.get("cx")),
        _emu(extent.get("cy")),
    )
    anchor = drawing.find(f"{{{_WP}}}anchor")
    if anchor is None:
        return picture
    across, x, align_across = _position(anchor.find(f"{{{_WP}}}positionH"), "column")
    down, y, align_down = _position(anchor.find(f"{{{_WP}}}positionV"), "paragraph")
    return Anchored(picture, across, down, x, y, align_across, align_down)


def _position(element: etree._Element | None, default: str) -> tuple[str, float, str]:
    if element is None:
        return default, 0.0, ""
    relative = {
        "page": "page",
        "margin": "margin",
        "leftMargin": "page",
        "topMargin": "page",
        "column": "margin",
        "insideMargin": "margin",
    }.get(element.get("relativeFrom", ""), "paragraph" if default == "paragraph" else "margin")
    offset = element.find(f"{{{_WP}}}posOffset")
    align = element.find(f"{{{_WP}}}align")
    return (
        relative,
        _emu(offset.text) if offset is not None else 0.0,
        (align.text or "").strip() if align is not None else "",
    )


def _emu(value: str | None) -> float:
    try:
        return int(value or 0) / EMU_PER_POINT
    except ValueError:
        return 0.0


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
        self._styles: dict[str, TextStyle] = {}

    def style(self, name: str) -> TextStyle:
        if name not in self._styles:
            self._styles[name] = self._resolve(name)
        return self._styles[name]

    def _resolve(self, name: str) -> TextStyle:
        chain = self._chain(self.names.get(name) or self.names.get("Normal"))
        font = next((f for s in chain if (f := self.run_font(s.element))), None)
        font = font or self._font(self.run_defaults) or "Times New Roman"
        size = next((s.font.size.pt for s in chain if s.font.size is not None), None)
        if size is None:
            size = _half_points(self.run_defaults) or 10.0
        spacing = _first(chain, lambda s: s.paragraph_format.line_spacing, None)
        rule = _first(chain, lambda s: s.paragraph_format.line_spacing_rule, None)
        if spacing is None:
            multiple, exact, at_least = _default_line(self.paragraph_defaults)
        else:
            multiple, exact, at_least = _line_rule(spacing, rule)
        return TextStyle(
            font=font,
            size=size,
            bold=_first(chain, lambda s: s.font.bold, False),
            italic=_first(chain, lambda s: s.font.italic, False),
            color=_first(chain, _style_color, "000000"),
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
            line_spacing=multiple,
            exact_line=exact,
            at_least=at_least,
            keep_with_next=_first(chain, lambda s: s.paragraph_format.keep_with_next, False),
            keep_together=_first(chain, lambda s: s.paragraph_format.keep_together, False),
            page_break_before=_first(chain, lambda s: s.paragraph_format.page_break_before, False),
            borders=_first(chain, lambda s: _borders(s.element.pPr), Borders()),
            left_indent=_first(chain, lambda s: _points(s.paragraph_format.left_indent), 0.0),
            right_indent=_first(chain, lambda s: _points(s.paragraph_format.right_indent), 0.0),
            first_line_indent=_first(
                chain, lambda s: _points(s.paragraph_format.first_line_indent), 0.0
            ),
        )

    def paragraph_style(self, paragraph: WordParagraph) -> TextStyle:
        """The paragraph's style with its own direct formatting over it."""
        style = self.style(paragraph.style.name if paragraph.style is not None else "Normal")
        own = paragraph.paragraph_format
        changes: dict[str, Any] = {}
        if own.alignment is not None:
            changes["alignment"] = _ALIGNMENTS.get(own.alignment, "left")
        for name in ("space_before", "space_after", "left_indent", "right_indent"):
            value = _points(getattr(own, name))
            if value is not None:
                changes[name] = value
        if own.line_spacing is not None:
            rule = _line_rule(own.line_spacing, own.line_spacing_rule)
            changes["line_spacing"], changes["exact_line"], changes["at_least"] = rule
        borders = _borders(paragraph._p.pPr)
        if borders is not None:
            changes["borders"] = borders
        return style.but(**changes) if changes else style

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

    def run_font(self, element: etree._Element) -> str | None:
        """The font a run or style names directly, None if it names none."""
        return self._font(element.find(qn("w:rPr")))

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


def _style_color(style: Any) -> str | None:
    try:
        rgb = style.font.color.rgb
    except (ValueError, AttributeError):
        return None
    return str(rgb) if rgb is not None else None


def _borders(properties: etree._Element | None) -> Borders | None:
    """A paragraph's borders, None when it names none (its style's then apply)."""
    element = _find(properties, "w:pBdr")
    if element is None:
        return None
    edges: dict[str, Border | None] = {}
    for edge in ("top", "bottom", "left", "right"):
        node = element.find(qn(f"w:{edge}"))
        value = node.get(qn("w:val"), "nil") if node is not None else "nil"
        if node is None or value in ("nil", "none"):
            edges[edge] = None
            continue
        color = node.get(qn("w:color"), "000000")
        edges[edge] = Border(
            width=max(_number(node.get(qn("w:sz")), 4) / 8, 0.25),
            color=color if len(color) == 6 and color.isalnum() else "000000",
            space=_number(node.get(qn("w:space")), 0),
        )
    return Borders(**edges)


def _on(element: etree._Element | None) -> bool:
    return element is not None and element.get(qn("w:val"), "true") not in ("0", "false", "off")


def _number(value: str | None, default: float) -> float:
    try:
        return float(value) if value is not None else default
    except ValueError:
        return default


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


def _half_points(run_properties: etree._Element | None) -> float | None:
    size = _find(run_properties, "w:sz")
    return _number(size.get(qn("w:val")), 20) / 2 if size is not None else None


LineRule = tuple[float, float | None, bool]  # multiple, exact points, "at least"


def _line_rule(spacing: object, rule: object) -> LineRule:
    """python-docx gives a multiple as a float, exact and at-least spacing as a length."""
    if isinstance(spacing, float):
        return spacing, None, False
    points = getattr(spacing, "pt", None)
    if points is None:
        return 1.0, None, False
    return 1.0, float(points), rule == WD_LINE_SPACING.AT_LEAST


def _default_line(paragraph_properties: etree._Element | None) -> LineRule:
    """Line spacing of the defaults: a multiple ("auto": 240 = single), or points."""
    spacing = _find(paragraph_properties, "w:spacing")
    if spacing is None or spacing.get(qn("w:line")) is None:
        return 1.0, None, False
    line = _number(spacing.get(qn("w:line")), 240)
    rule = spacing.get(qn("w:lineRule"), "auto")
    if rule == "auto":
        return line / 240, None, False
    return 1.0, line / TWIPS_PER_POINT, rule == "atLeast"


def _spacing(paragraph_properties: etree._Element | None, attribute: str) -> float:
    spacing = _find(paragraph_properties, "w:spacing")
    if spacing is None or spacing.get(qn(attribute)) is None:
        return 0.0
    return _number(spacing.get(qn(attribute)), 0) / TWIPS_PER_POINT


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

"""Headers and footers of the PDF, drawn from the Word template's own header and footer.

Lines become text with the template's fonts, tab stops, alignment and spacing, wrapped where
they are wider than their room; tables become columns; pictures (the logo) are drawn at their
size, inline or where they are anchored. Heights are measured with the fonts' own line
heights, so the body can start below a header taller than the top margin, as in Word.

PAGE is the page number. NUMPAGES is known only at the end, so it – with the rest of its line
segment – is drawn as a form filled in after the last page: exact for left-aligned text;
right-aligned or centred text is placed as if the total had two digits.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bfa_desktop.documents.bidi import visual_order
from bfa_desktop.documents.fonts import FALLBACK, FontBook, ascent, face, glyphs, line_height
from bfa_desktop.documents.pictures import read_picture
from bfa_desktop.documents.profile import (
    DEFAULT_TAB,
    Anchored,
    Area,
    Field,
    Grid,
    Line,
    PageSetup,
    Picture,
    Piece,
    Tab,
    TabStop,
    Text,
    TextStyle,
)
from bfa_desktop.documents.sanitize import xml_safe

CELL_PADDING = 5.4  # Word's default left and right cell margin
ESTIMATED_TOTAL = "99"


@dataclass(frozen=True)
class Geometry:
    """One page as the furniture sees it: its size (landscape pages are wider) and setup."""

    width: float
    height: float
    setup: PageSetup

    @property
    def text_width(self) -> float:
        return self.width - self.setup.left - self.setup.right


@dataclass
class PageTotal:
    """Forms that show the page total, defined once it is known."""

    fonts: FontBook
    forms: dict[str, tuple[tuple[Piece, ...], TextStyle]] = field(default_factory=dict)

    def form_name(self, pieces: tuple[Piece, ...], style: TextStyle) -> str:
        key = repr((pieces, style)).encode("utf-8")
        name = "bfaTotal" + hashlib.sha1(key, usedforsecurity=False).hexdigest()[:12]
        self.forms[name] = (pieces, style)
        return name

    def define(self, canvas: Canvas, total: int) -> None:
        painter = Painter(canvas, total, Measure(self.fonts), total=total)
        for name, (pieces, style) in self.forms.items():
            canvas.beginForm(name)
            painter.pieces(pieces, style, 0, 0)
            canvas.endForm()


# --- measuring -------------------------------------------------------------------------------


class Measure:
    """Heights of lines, tables and areas at a width, with the fonts of one template."""

    def __init__(self, fonts: FontBook) -> None:
        self.fonts = fonts
        # Every page measures the same header and footer: each line once per width (the
        # profile's lines live as long as the measure).
        self._wrapped: dict[tuple[int, float], list[tuple[Piece, ...]]] = {}
        self._heights: dict[tuple[int, float], float] = {}

    def font(self, style: TextStyle, bold: bool = False, italic: bool = False) -> str:
        return face(self.fonts.family_for(style.font), bold or style.bold, italic or style.italic)

    def text_line(self, style: TextStyle) -> float:
        """One line of text without pictures."""
        natural = style.size * line_height(self.font(style)) * style.line_spacing
        if style.exact_line is None:
            return natural
        return max(natural, style.exact_line) if style.at_least else style.exact_line

    def visual_line(self, pieces: tuple[Piece, ...], style: TextStyle) -> float:
        text = self.text_line(style)
        pictures = [p.height for p in pieces if isinstance(p, Picture)]
        if not pictures:
            return text
        below = style.size * (line_height(self.font(style)) - ascent(self.font(style)))
        return max(text, max(pictures) + below)

    def lines(self, line: Line, width: float) -> list[tuple[Piece, ...]]:
        """The line as it is shown: wrapped at spaces where it is wider than `width` (a line
        with tabs is laid out by its tab stops and is not wrapped)."""
        key = (id(line), width)
        if key not in self._wrapped:
            self._wrapped[key] = self._wrap(line, width)
        return self._wrapped[key]

    def _wrap(self, line: Line, width: float) -> list[tuple[Piece, ...]]:
        inner = width - line.style.left_indent - line.style.right_indent
        if (
            any(isinstance(p, Tab) for p in line.pieces)
            or self.width(line.pieces, line.style) <= inner
        ):
            return [line.pieces]
        wrapped: list[list[Piece]] = [[]]
        used = 0.0
        for word in _words(line.pieces):
            piece, piece_width = word, self.width((word,), line.style)
            blank = isinstance(piece, Text) and not piece.text.strip()
            if used + piece_width > inner and wrapped[-1] and not blank:
                wrapped.append([])
                used = 0.0
            if not wrapped[-1] and isinstance(piece, Text) and len(wrapped) > 1:
                if blank:
                    continue  # no space at the start of a wrapped line
                piece = Text(piece.text.lstrip(), piece.bold, piece.italic)
                piece_width = self.width((piece,), line.style)
            wrapped[-1].append(piece)
            used += piece_width
        return [tuple(pieces) for pieces in wrapped]

    def line(self, line: Line, width: float) -> float:
        key = (id(line), width)
        if key not in self._heights:
            self._heights[key] = self._line_height(line, width)
        return self._heights[key]

    def _line_height(self, line: Line, width: float) -> float:
        style = line.style
        height = sum(self.visual_line(pieces, style) for pieces in self.lines(line, width))
        borders = style.borders
        for border in (borders.top, borders.bottom):
            if border is not None:
                height += border.width + border.space
        return style.space_before + height + style.space_after

    def grid(self, grid: Grid) -> float:
        return sum(self.row(grid, index) for index in range(len(grid.rows)))

    def row(self, grid: Grid, index: int) -> float:
        row = grid.rows[index]
        contents = [
            sum(self.line(line, max(width - 2 * CELL_PADDING, 1)) for line in cell)
            for width, cell in zip(grid.widths, row, strict=False)
        ]
        least = grid.row_heights[index] if index < len(grid.row_heights) else 0.0
        return max([least, *contents])

    def block(self, block: Line | Grid, width: float) -> float:
        return self.line(block, width) if isinstance(block, Line) else self.grid(block)

    def area(self, area: Area, width: float) -> float:
        return sum(self.block(block, width) for block in area)

    def width(
        self, pieces: tuple[Piece, ...] | list[Piece], style: TextStyle, page: int = 1
    ) -> float:
        total = 0.0
        for piece in pieces:
            if isinstance(piece, Picture):
                total += piece.width
                continue
            if isinstance(piece, Tab | Anchored):
                continue
            text, bold, italic = _piece_text(piece, page, int(ESTIMATED_TOTAL))
            for run, font in self.runs(text, style, bold, italic):
                total += stringWidth(run, font, style.size)
        return total

    def runs(self, text: str, style: TextStyle, bold: bool, italic: bool) -> list[tuple[str, str]]:
        """The text cut where the main font lacks a glyph and DejaVu Sans has one."""
        main = self.font(style, bold, italic)
        fallback = face(FALLBACK, bold or style.bold)
        main_glyphs, fallback_glyphs = glyphs(main), glyphs(fallback)
        runs: list[tuple[str, str]] = []
        for character in text:
            font = main
            if ord(character) not in main_glyphs and ord(character) in fallback_glyphs:
                font = fallback
            if runs and runs[-1][1] == font:
                runs[-1] = (runs[-1][0] + character, font)
            else:
                runs.append((character, font))
        return runs


def _words(pieces: tuple[Piece, ...]) -> list[Piece]:
    """Text pieces cut into words and the spaces between them, the other pieces as they are."""
    words: list[Piece] = []
    for piece in pieces:
        if not isinstance(piece, Text):
            words.append(piece)
            continue
        current = ""
        for character in piece.text:
            if character == " " and current.strip():
                words.append(Text(current, piece.bold, piece.italic))
                current = ""
            current += character
        if current:
            words.append(Text(current, piece.bold, piece.italic))
    return words


# --- painting --------------------------------------------------------------------------------


class Painter:
    """Draws header and footer areas on one page. With `total` None the page total is
    deferred to a form of `deferred`."""

    def __init__(
        self,
        canvas: Canvas,
        page: int,
        measure: Measure,
        *,
        geometry: Geometry | None = None,
        total: int | None = None,
        deferred: PageTotal | None = None,
    ) -> None:
        self.canvas = canvas
        self.page = page
        self.measure = measure
        self.geometry = geometry
        self.total = total
        self.deferred = deferred

    def area(self, area: Area, x: float, top: float, width: float) -> None:
        y = top
        for block in area:
            if isinstance(block, Line):
                self.line(block, x, y, width)
            else:
                self.grid(block, x, y, width)
            y -= self.measure.block(block, width)

    def grid(self, grid: Grid, x: float, top: float, width: float) -> None:
        total = sum(grid.widths)
        x += {"center": (width - total) / 2, "right": width - total}.get(grid.alignment, 0.0)
        x += grid.indent
        y = top
        for index, row in enumerate(grid.rows):
            column_x = x
            for column_width, cell in zip(grid.widths, row, strict=False):
                line_top = y
                inner = max(column_width - 2 * CELL_PADDING, 1)
                for line in cell:
                    self.line(line, column_x + CELL_PADDING, line_top, inner)
                    line_top -= self.measure.line(line, inner)
                column_x += column_width
            y -= self.measure.row(grid, index)

    def line(self, line: Line, x: float, top: float, width: float) -> None:
        style = line.style
        measure = self.measure
        y = top - style.space_before
        if style.borders.top is not None:
            y -= style.borders.top.width + style.borders.top.space
        text_top = y
        x += style.left_indent
        width -= style.left_indent + style.right_indent
        for pieces in measure.lines(line, width):
            height = measure.visual_line(pieces, style)
            self.visual_line(pieces, line, (x, y, width, height))
            y -= height
        self.borders(style, x, top - style.space_before, y, width)
        for piece in line.pieces:
            if isinstance(piece, Anchored):
                self.anchored(piece, x, text_top, width)

    def visual_line(
        self, pieces: tuple[Piece, ...], line: Line, box: tuple[float, float, float, float]
    ) -> None:
        """One line of a wrapped paragraph in its box (left, top, width, height)."""
        x, top, width, height = box
        style = line.style
        font = self.measure.font(style)
        text_height = self.measure.text_line(style)
        above = style.size * ascent(font) + (text_height - style.size * line_height(font)) / 2
        pictures = [p.height for p in pieces if isinstance(p, Picture)]
        baseline = top - max([above, *pictures]) if pictures else top - min(above, height)
        segments: list[list[Piece]] = [[]]
        for piece in pieces:
            if isinstance(piece, Tab):
                segments.append([])
            elif not isinstance(piece, Anchored):
                segments[-1].append(piece)
        cursor = 0.0
        for index, segment in enumerate(segments):
            segment_width = self.measure.width(segment, style, self.page)
            if index == 0:
                alignment = style.alignment
                stop = {"center": width / 2, "right": width}.get(alignment, 0.0)
            else:
                next_stop = _next_stop(line.tab_stops, cursor)
                alignment, stop = next_stop.alignment, next_stop.position
            start = {"right": stop - segment_width, "center": stop - segment_width / 2}.get(
                alignment, stop
            )
            start = max(start, cursor)
            self.pieces(tuple(segment), style, x + start, baseline)
            cursor = start + segment_width

    def borders(self, style: TextStyle, x: float, top: float, bottom: float, width: float) -> None:
        borders = style.borders
        canvas = self.canvas
        for border, y in ((borders.top, top), (borders.bottom, bottom)):
            if border is None:
                continue
            canvas.saveState()
            canvas.setStrokeColor(f"#{border.color}")
            canvas.setLineWidth(border.width)
            line_y = y - border.width / 2 if border is borders.top else y + border.width / 2
            canvas.line(x, line_y, x + width, line_y)
            canvas.restoreState()

    def anchored(self, piece: Anchored, x: float, paragraph_top: float, width: float) -> None:
        """A floating picture where Word puts it: relative to the page, the margins or its
        paragraph, by offset or alignment."""
        picture = piece.picture
        geometry = self.geometry
        if geometry is None:
            return
        setup = geometry.setup
        if piece.across == "page":
            left, room = 0.0, geometry.width
        else:
            left, room = setup.left, geometry.text_width
        offsets = {"center": (room - picture.width) / 2, "right": room - picture.width}
        across = left + offsets.get(piece.align_across, 0.0 if piece.align_across else piece.x)
        if piece.down == "page":
            top = geometry.height
        elif piece.down == "margin":
            top = geometry.height - setup.top
        else:
            top = paragraph_top
        down = {"center": 0.0, "bottom": 0.0}.get(piece.align_down, piece.y)
        y = top - down - picture.height
        image = read_picture(picture.data)
        self.canvas.drawImage(image, across, y, picture.width, picture.height, mask="auto")

    def pieces(
        self, pieces: tuple[Piece, ...], style: TextStyle, x: float, baseline: float
    ) -> None:
        canvas = self.canvas
        for index, piece in enumerate(pieces):
            if isinstance(piece, Picture):
                picture = read_picture(piece.data)
                canvas.drawImage(picture, x, baseline, piece.width, piece.height, mask="auto")
                x += piece.width
                continue
            if isinstance(piece, Tab | Anchored):
                continue
            if isinstance(piece, Field) and piece.instruction == "NUMPAGES" and not self.total:
                assert self.deferred is not None
                name = self.deferred.form_name(pieces[index:], style)
                canvas.saveState()
                canvas.translate(x, baseline)
                canvas.doForm(name)
                canvas.restoreState()
                return
            text, bold, italic = _piece_text(piece, self.page, self.total)
            for run, font in self.measure.runs(text, style, bold, italic):
                canvas.setFont(font, style.size)
                canvas.setFillColor(f"#{style.color}")
                canvas.drawString(x, baseline, run)
                x += stringWidth(run, font, style.size)


def _next_stop(stops: tuple[TabStop, ...], position: float) -> TabStop:
    for stop in stops:
        if stop.position > position + 0.1:
            return stop
    return TabStop((int(position // DEFAULT_TAB) + 1) * DEFAULT_TAB, "left")


def _piece_text(piece: Piece, page: int, total: int | None) -> tuple[str, bool, bool]:
    if isinstance(piece, Text):
        return visual_order(xml_safe(piece.text)), piece.bold, piece.italic
    assert isinstance(piece, Field)
    value = {"PAGE": str(page), "NUMPAGES": str(total)}.get(piece.instruction, "")
    return value, piece.bold, piece.italic

"""Headers and footers of the PDF, drawn from the Word template's own header and footer.

Lines become text with the template's fonts, tab stops and alignment; tables become columns;
pictures (the logo) are drawn at their size. PAGE is the page number. NUMPAGES is known only
at the end, so it – with the rest of its line segment – is drawn as a form filled in after the
last page: exact for left-aligned text; right-aligned or centred text is placed as if the total
had two digits.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bfa_desktop.documents.bidi import visual_order
from bfa_desktop.documents.fonts import FALLBACK, face, family_for, glyphs
from bfa_desktop.documents.pictures import read_picture
from bfa_desktop.documents.profile import (
    DEFAULT_TAB,
    Area,
    Field,
    Grid,
    Line,
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


@dataclass
class PageTotal:
    """Forms that show the page total, defined once it is known."""

    forms: dict[str, tuple[tuple[Piece, ...], TextStyle]] = field(default_factory=dict)

    def form_name(self, pieces: tuple[Piece, ...], style: TextStyle) -> str:
        key = repr((pieces, style)).encode("utf-8")
        name = "bfaTotal" + hashlib.sha1(key, usedforsecurity=False).hexdigest()[:12]
        self.forms[name] = (pieces, style)
        return name

    def define(self, canvas: Canvas, total: int) -> None:
        painter = Painter(canvas, page=total, total=total)
        for name, (pieces, style) in self.forms.items():
            canvas.beginForm(name)
            painter.pieces(pieces, style, 0, 0)
            canvas.endForm()


def line_height(line: Line) -> float:
    text_height = line.style.size * 1.17 * line.style.line_spacing
    pictures = [p.height for p in line.pieces if isinstance(p, Picture)]
    return max([text_height, *pictures]) + line.style.space_after


def area_height(area: Area) -> float:
    return sum(_block_height(block) for block in area)


def _block_height(block: Line | Grid) -> float:
    if isinstance(block, Line):
        return line_height(block)
    return sum(_row_height(row) for row in block.rows)


def _row_height(row: tuple[tuple[Line, ...], ...]) -> float:
    return max((sum(line_height(line) for line in cell) for cell in row), default=0)


class Painter:
    """Draws header and footer areas on one page. With `total` None the page total is
    deferred to a form of `deferred`."""

    def __init__(
        self,
        canvas: Canvas,
        page: int,
        total: int | None = None,
        deferred: PageTotal | None = None,
    ) -> None:
        self.canvas = canvas
        self.page = page
        self.total = total
        self.deferred = deferred

    def area(self, area: Area, x: float, top: float, width: float) -> None:
        y = top
        for block in area:
            if isinstance(block, Line):
                self.line(block, x, y, width)
            else:
                self.grid(block, x, y)
            y -= _block_height(block)

    def grid(self, grid: Grid, x: float, top: float) -> None:
        y = top
        for row in grid.rows:
            column_x = x
            for width, cell in zip(grid.widths, row, strict=False):
                line_top = y
                inner = max(width - 2 * CELL_PADDING, 1)
                for line in cell:
                    self.line(line, column_x + CELL_PADDING, line_top, inner)
                    line_top -= line_height(line)
                column_x += width
            y -= _row_height(row)

    def line(self, line: Line, x: float, top: float, width: float) -> None:
        segments: list[list[Piece]] = [[]]
        for piece in line.pieces:
            if isinstance(piece, Tab):
                segments.append([])
            else:
                segments[-1].append(piece)
        pictures = [p.height for p in line.pieces if isinstance(p, Picture)]
        baseline = top - max([line.style.size * 0.9, *pictures])
        cursor = 0.0
        for index, segment in enumerate(segments):
            segment_width = _width(segment, line.style, self.page)
            if index == 0:
                alignment = line.style.alignment
                stop = {"center": width / 2, "right": width}.get(alignment, 0.0)
            else:
                next_stop = _next_stop(line.tab_stops, cursor)
                alignment, stop = next_stop.alignment, next_stop.position
            start = {"right": stop - segment_width, "center": stop - segment_width / 2}.get(
                alignment, stop
            )
            start = max(start, cursor)
            self.pieces(tuple(segment), line.style, x + start, baseline)
            cursor = start + segment_width

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
            if isinstance(piece, Field) and piece.instruction == "NUMPAGES" and not self.total:
                assert self.deferred is not None
                name = self.deferred.form_name(pieces[index:], style)
                canvas.saveState()
                canvas.translate(x, baseline)
                canvas.doForm(name)
                canvas.restoreState()
                return
            text, bold, italic = _piece_text(piece, self.page, self.total)
            for run, font in _font_runs(text, style, bold, italic):
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


def _width(pieces: list[Piece], style: TextStyle, page: int) -> float:
    width = 0.0
    for piece in pieces:
        if isinstance(piece, Picture):
            width += piece.width
            continue
        text, bold, italic = _piece_text(piece, page, int(ESTIMATED_TOTAL))
        for run, font in _font_runs(text, style, bold, italic):
            width += stringWidth(run, font, style.size)
    return width


def _font_runs(text: str, style: TextStyle, bold: bool, italic: bool) -> list[tuple[str, str]]:
    """The text cut where the main font lacks a glyph and DejaVu Sans has one."""
    main = face(family_for(style.font), bold or style.bold, italic or style.italic)
    fallback = face(FALLBACK, bold or style.bold)
    runs: list[tuple[str, str]] = []
    for character in text:
        font = main
        if ord(character) not in glyphs(main) and ord(character) in glyphs(fallback):
            font = fallback
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + character, font)
        else:
            runs.append((character, font))
    return runs

"""Column widths and orientation of a table, chosen from its content, the same for Word and PDF.

Each column gets at least the width of its longest word, so no word that could stand whole is
broken, and the room left is shared by how much text each column holds (as browsers lay out
tables). Where the longest words cannot all stand whole on a portrait page, the longest are
hyphenated at their best point (long Swedish compounds: "Kommunlednings-förvaltningen"); only
a table that cannot fit a portrait page even so goes on a landscape page, and only when it is
long enough to fill one. A word is broken at any character only when it has no hyphenation
point and is wider than its column.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

import pyphen
from reportlab.pdfbase.pdfmetrics import stringWidth

from bfa_desktop.documents.fonts import face
from bfa_desktop.documents.profile import LayoutProfile
from bfa_desktop.documents.styles import TABLE_TEXT_STYLE
from bfa_desktop.documents.tree import Table

CELL_PADDING = 5.4  # Word's default left and right cell margin, points
LANDSCAPE_ROWS = 8  # fewer rows than this never get a landscape page of their own
HYPHENATED_FROM = 12  # letters: a shorter word is never broken where it can stand whole

TextWidth = Callable[[str, bool], float]  # text, bold → points


@dataclass(frozen=True)
class TableLayout:
    widths: tuple[float, ...]  # points, summing to the text width of the page chosen
    landscape: bool


def text_width_for(profile: LayoutProfile) -> TextWidth:
    """How wide table text is, in the table text style's font as the PDF draws it (the same
    metrics as Word's font, or the nearest; the template check names the difference)."""
    style = profile.styles[TABLE_TEXT_STYLE]
    family = profile.fonts.family_for(style.font)
    regular = face(family, style.bold, style.italic)
    bold = face(family, True, style.italic)

    return functools.partial(_text_width, regular, bold, style.size)


@functools.lru_cache(maxsize=65536)
def _text_width(regular: str, bold: str, size: float, text: str, is_bold: bool) -> float:
    return float(stringWidth(text, bold if is_bold else regular, size))


@cache
def hyphenator() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="sv_SE", left=2, right=3)


def hyphenate(word: str) -> Iterable[tuple[str, str]]:
    """The ways to break a word, longest head first: ("Social-", "förvaltningen") …"""
    return hyphenator().iterate(word)


def layout_table(
    table: Table, portrait_width: float, landscape_width: float, text_width: TextWidth
) -> TableLayout:
    widths = _Widths(table, text_width)
    for page_width, landscape in ((portrait_width, False), (landscape_width, True)):
        if landscape and len(table.rows) < LANDSCAPE_ROWS:
            break
        candidates = [
            (widths.lines(shares) * (1.0 if least is widths.whole else _HYPHENATION_COST), shares)
            for least in (widths.whole, widths.broken)
            if sum(least) <= page_width
            for weight in _WEIGHTS
            for shares in [widths.share(page_width, least, weight)]
        ]
        if candidates:
            _lines, best = min(candidates, key=lambda c: c[0])
            least = [min(w, b) for w, b in zip(widths.whole, widths.broken, strict=True)]
            return TableLayout(widths.improve(best, least), landscape=landscape)
    scale = portrait_width / sum(widths.broken)
    return TableLayout(tuple(w * scale for w in widths.broken), landscape=False)


# How the room left is shared: by how much text each column holds, to these powers; the
# layout with the fewest lines is taken. Hyphenating long words must save more than 3 %.
_WEIGHTS = (0.5, 1.0, 1.5)
_HYPHENATION_COST = 1.03
_PADDING = 2 * CELL_PADDING + 0.5  # the text never touches the grid
_WRAP_WASTE = 1.06  # lines break at spaces, not at the exact width
_SAMPLED_ROWS = 60  # rows the widths are tuned on
_ROUNDS = 30  # moves of room per step size, at most


class _Widths:
    """Per column: the longest word whole, the longest piece of a hyphenated word, the width
    of its longest line unbroken (what it takes to break no line), and all its text side by
    side (how much it holds); per cell the widths of its lines, to count lines with."""

    def __init__(self, table: Table, text_width: TextWidth) -> None:
        measured: dict[tuple[str, bool], float] = {}

        def width(text: str, bold: bool) -> float:
            key = (text, bold)
            if key not in measured:
                measured[key] = text_width(text, bold)
            return measured[key]

        columns = len(table.header)
        whole = [0.0] * columns
        broken = [0.0] * columns
        full = [0.0] * columns
        self.area = [0.0] * columns
        rows: list[list[list[tuple[str, bool]]]] = [[[(title, True)] for title in table.header]]
        rows += [
            [[(p.text, _bold(p)) for p in cell.paragraphs] for cell in row] for row in table.rows
        ]
        self.cells: list[list[list[float]]] = []
        for row in rows:
            measured_row = []
            for index, texts in enumerate(row):
                line_widths = []
                for text, bold in texts:
                    for line in text.split("\n"):
                        line_width = width(line, bold)
                        line_widths.append(line_width)
                        full[index] = max(full[index], line_width)
                        self.area[index] += line_width
                        for word in line.split():
                            word_width = width(word, bold)
                            whole[index] = max(whole[index], word_width)
                            if word_width > broken[index]:
                                broken[index] = max(broken[index], _piece(word, bold, width))
                measured_row.append(line_widths)
            self.cells.append(measured_row)
        self.whole = [w + _PADDING for w in whole]
        self.broken = [w + _PADDING for w in broken]
        self.full = [max(f + _PADDING, w) for f, w in zip(full, self.whole, strict=True)]
        self._counted: dict[tuple[int, float], list[int]] = {}

    def lines(self, widths: tuple[float, ...], rows: int | None = None) -> int:
        """About how many lines high the table (or its first `rows` rows) is with these
        widths."""
        columns = [self._column_lines(index, width) for index, width in enumerate(widths)]
        counts = zip(*(column[:rows] for column in columns), strict=True)
        return sum(max(row) for row in counts)

    def _column_lines(self, column: int, width: float) -> list[int]:
        """The lines of each cell of a column at a width (remembered: the search below asks
        for the same widths again and again)."""
        key = (column, round(width, 1))
        if key not in self._counted:
            room = max(width - _PADDING, 1.0) / _WRAP_WASTE
            self._counted[key] = [
                sum(max(1, math.ceil(line / room)) for line in row[column]) or 1
                for row in self.cells
            ]
        return self._counted[key]

    def improve(self, widths: tuple[float, ...], least: list[float]) -> tuple[float, ...]:
        """Room moved from column to column, a step at a time, while the table gets lower
        (counted on its first rows, which stand for the rest)."""
        current = list(widths)
        best = self.lines(tuple(current), _SAMPLED_ROWS)
        for step in (24.0, 12.0, 6.0):
            improved = True
            rounds = 0
            while improved and rounds < _ROUNDS:
                improved = False
                rounds += 1
                for giver in range(len(current)):
                    if current[giver] - step < least[giver]:
                        continue
                    for taker in range(len(current)):
                        if taker == giver:
                            continue
                        current[giver] -= step
                        current[taker] += step
                        lines = self.lines(tuple(current), _SAMPLED_ROWS)
                        if lines < best:
                            best, improved = lines, True
                            break
                        current[giver] += step
                        current[taker] -= step
        return tuple(current)

    def share(self, available: float, least: list[float], weight: float = 1.0) -> tuple[float, ...]:
        """`least` for every column, and the room left shared by how much text each column
        holds (to the power `weight`), so that the columns need about as many lines each and
        the rows are low; no column wider than its longest line. A table whose text fits on
        single lines is widened evenly to the full width."""
        wanted = [max(f, m) for f, m in zip(self.full, least, strict=True)]
        if sum(wanted) <= available:
            extra = (available - sum(wanted)) / len(wanted)
            return tuple(w + extra for w in wanted)
        amount = [area**weight for area in self.area]
        widths = list(least)
        open_columns = {i for i, (w, m) in enumerate(zip(wanted, least, strict=True)) if w > m}
        room = available - sum(least)
        while room > 0.01 and open_columns:
            total = sum(amount[i] for i in open_columns)
            given = 0.0
            for i in sorted(open_columns):
                share = room * (amount[i] / total if total else 1 / len(open_columns))
                step = min(share, wanted[i] - widths[i])
                widths[i] += step
                given += step
                if widths[i] >= wanted[i] - 0.01:
                    open_columns.discard(i)
            room -= given
            if given < 0.01:
                break
        return tuple(widths)


def _bold(paragraph: object) -> bool:
    spans = getattr(paragraph, "spans", ())
    return bool(spans) and all(span.bold for span in spans)


def _piece(word: str, bold: bool, width: Callable[[str, bool], float]) -> float:
    """The widest piece of the word when it is broken at its best hyphenation point: the
    word itself when it has none, or when it is too short to be broken at all."""
    best = width(word, bold)
    if len(word) < HYPHENATED_FROM:
        return best
    for head, tail in hyphenate(word):
        best = min(best, max(width(head, bold), width(tail, bold)))
    return best

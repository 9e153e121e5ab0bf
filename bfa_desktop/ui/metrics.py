"""Heights made from the font's own metrics. Qt makes a line of text ascent + descent tall and
clips what reaches beyond: the ring of Å and the dots of Ä and Ö do, in many fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

TALL_AND_DEEP = "ÅÄÖÉÜgjpqy"
_overhangs: dict[str, int] = {}  # by font: styles ask while painting


def glyph_overhang(font: QFont) -> int:
    """How many pixels letters reach beyond the font's ascent (or descent): the room a line
    needs above and below itself so that nothing is cut."""
    key = font.key()
    if key not in _overhangs:
        metrics = QFontMetrics(font)
        ink = metrics.tightBoundingRect(TALL_AND_DEEP)
        above = -ink.top() - metrics.ascent()
        below = ink.top() + ink.height() - metrics.descent()
        _overhangs[key] = max(0, above, below)
    return _overhangs[key]


def row_height(font: QFont, lines: int = 2) -> int:
    """A table row with room for `lines` lines of text, whole letters included."""
    return lines * QFontMetrics(font).lineSpacing() + 2 * glyph_overhang(font) + 2

"""Font files made for the tests: a municipality's corporate font nobody else has, as TrueType
and as OpenType with PostScript outlines, and broken or forbidden variants of it."""

from __future__ import annotations

import io

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

CHARACTERS = (
    " abcdefghijklmnopqrstuvwxyzåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÜ0123456789"
    ".,:;–-—()%/&'\"?!+=*_§<>[]{}@#"
)
UNITS = 1000


def _draw(pen: object, advance: int) -> None:
    """A box for every glyph: the shape does not matter, the metrics and the name do."""
    pen.moveTo((60, 0))  # type: ignore[attr-defined]
    pen.lineTo((60, 700))  # type: ignore[attr-defined]
    pen.lineTo((advance - 60, 700))  # type: ignore[attr-defined]
    pen.lineTo((advance - 60, 0))  # type: ignore[attr-defined]
    pen.closePath()  # type: ignore[attr-defined]


def corporate_font(
    family: str = "Skogsby Sans",
    *,
    postscript: bool = False,
    bold: bool = False,
    fs_type: int = 0,
    characters: str = CHARACTERS,
) -> bytes:
    names = [".notdef", *(f"uni{ord(c):04X}" for c in characters)]
    cmap = {ord(c): f"uni{ord(c):04X}" for c in characters}
    advance = 560
    builder = FontBuilder(UNITS, isTTF=not postscript)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap(cmap)
    style = "Bold" if bold else "Regular"
    if postscript:
        strings = {}
        for name in names:
            pen = T2CharStringPen(advance, None)
            _draw(pen, advance)
            strings[name] = pen.getCharString()
        builder.setupCFF(f"{family.replace(' ', '')}-{style}", {"FullName": family}, strings, {})
    else:
        glyphs = {}
        for name in names:
            pen = TTGlyphPen(None)
            _draw(pen, advance)
            glyphs[name] = pen.glyph()
        builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics(dict.fromkeys(names, (advance, 60)))
    builder.setupHorizontalHeader(ascent=900, descent=-250)
    builder.setupNameTable({"familyName": family, "styleName": style})
    builder.setupOS2(
        sTypoAscender=900,
        sTypoDescender=-250,
        usWinAscent=900,
        usWinDescent=250,
        fsType=fs_type,
        fsSelection=0x20 if bold else 0x40,
    )
    builder.setupPost()
    if bold:
        builder.font["head"].macStyle = 1
    output = io.BytesIO()
    builder.save(output)
    return output.getvalue()

"""Bundled, freely licensed fonts for the PDF, chosen to match the template's Office fonts.

Liberation Sans/Serif have the metrics of Arial/Times New Roman, Carlito of Calibri and Caladea
of Cambria, so text breaks where Word breaks it. DejaVu Sans is the fallback for characters
the main font lacks (Arabic, Hebrew, many symbols). Every font is embedded (as a subset).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bfa_desktop.paths import resource_path


@dataclass(frozen=True)
class Family:
    name: str  # the registered reportlab family name
    files: tuple[str, str, str, str]  # regular, bold, italic, bold italic


FAMILIES = {
    "sans": Family(
        "LiberationSans",
        (
            "LiberationSans-Regular.ttf",
            "LiberationSans-Bold.ttf",
            "LiberationSans-Italic.ttf",
            "LiberationSans-BoldItalic.ttf",
        ),
    ),
    "serif": Family(
        "LiberationSerif",
        (
            "LiberationSerif-Regular.ttf",
            "LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic.ttf",
            "LiberationSerif-BoldItalic.ttf",
        ),
    ),
    "calibri": Family(
        "Carlito",
        ("Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf"),
    ),
    "cambria": Family(
        "Caladea",
        ("Caladea-Regular.ttf", "Caladea-Bold.ttf", "Caladea-Italic.ttf", "Caladea-BoldItalic.ttf"),
    ),
    "fallback": Family(
        "DejaVuSans",
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ),
}
FALLBACK = FAMILIES["fallback"]

# Word font names (lower case) and the bundled family drawn for them.
_SUBSTITUTES = {
    "arial": "sans",
    "helvetica": "sans",
    "liberation sans": "sans",
    "arial narrow": "sans",
    "segoe ui": "sans",
    "verdana": "sans",
    "tahoma": "sans",
    "times new roman": "serif",
    "times": "serif",
    "liberation serif": "serif",
    "georgia": "serif",
    "garamond": "serif",
    "book antiqua": "serif",
    "palatino linotype": "serif",
    "calibri": "calibri",
    "calibri light": "calibri",
    "carlito": "calibri",
    "cambria": "cambria",
    "caladea": "cambria",
    "dejavu sans": "fallback",
}
_SERIF_HINTS = ("serif", "roman", "garamond", "antiqua", "georgia", "book")


def family_for(word_font: str) -> Family:
    """The bundled family that stands in for a font named in the Word template."""
    key = word_font.strip().lower()
    if key in _SUBSTITUTES:
        return FAMILIES[_SUBSTITUTES[key]]
    if "sans" not in key and any(hint in key for hint in _SERIF_HINTS):
        return FAMILIES["serif"]
    return FAMILIES["sans"]


def face(family: Family, bold: bool = False, italic: bool = False) -> str:
    """The registered font name of one face of a family (registering it on first use)."""
    register(family)
    suffix = {(False, False): "", (True, False): "-Bold", (False, True): "-Italic"}
    return family.name + suffix.get((bold, italic), "-BoldItalic")


@cache
def register(family: Family) -> None:
    names = [
        family.name,
        f"{family.name}-Bold",
        f"{family.name}-Italic",
        f"{family.name}-BoldItalic",
    ]
    for name, filename in zip(names, family.files, strict=True):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    for (bold, italic), name in zip([(0, 0), (1, 0), (0, 1), (1, 1)], names, strict=True):
        addMapping(family.name, bold, italic, name)


@cache
def glyphs(font_name: str) -> frozenset[int]:
    """Code points the font can draw."""
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]

"""Fonts for the PDF: the template's own embedded fonts, else bundled freely licensed ones chosen
to match the template's Office fonts.

Liberation Sans/Serif have the metrics of Arial/Times New Roman, Carlito of Calibri and Caladea
of Cambria, so text breaks where Word breaks it. A font the template names that is neither
embedded in it nor one of these (Georgia, Garamond, a municipality's corporate font) is drawn
with the nearest bundled family, and the template check says so: lines then break differently.
DejaVu Sans is the fallback for characters the main font lacks (Arabic, Hebrew, many symbols).
Every font is embedded in the PDF (as a subset).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from fontTools.ttLib import TTFont as FontFile
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bfa_desktop.paths import resource_path

FontSource = str | bytes  # a bundled file's name in resources/fonts, or a font's own bytes


@dataclass(frozen=True)
class Family:
    name: str  # the registered reportlab family name
    files: tuple[FontSource, FontSource, FontSource, FontSource]  # regular, bold, italic, both


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

# Word font names (lower case) whose bundled stand-in has the same metrics: lines break alike.
_SAME_METRICS = {
    "arial": "sans",
    "liberation sans": "sans",
    "times new roman": "serif",
    "liberation serif": "serif",
    "calibri": "calibri",
    "carlito": "calibri",
    "cambria": "cambria",
    "caladea": "cambria",
    "dejavu sans": "fallback",
}
# Fonts drawn with a bundled family of other metrics: the nearest look, but other line breaks.
_NEAREST = {
    "helvetica": "sans",
    "arial narrow": "sans",
    "segoe ui": "sans",
    "verdana": "sans",
    "tahoma": "sans",
    "times": "serif",
    "georgia": "serif",
    "garamond": "serif",
    "book antiqua": "serif",
    "palatino linotype": "serif",
    "calibri light": "calibri",
}
_SERIF_HINTS = ("serif", "roman", "garamond", "antiqua", "georgia", "book")


@dataclass(frozen=True)
class Substitution:
    """A font the template names, drawn in the PDF with another of other metrics."""

    wanted: str
    drawn_with: str  # a readable name: "Liberation Serif"


@dataclass(frozen=True)
class FontBook:
    """Which font the PDF draws for each font name of the template: the template's own embedded
    fonts first, then the bundled families."""

    own: Mapping[str, Family] = field(default_factory=dict)  # lower-case Word name → family

    def family_for(self, word_font: str) -> Family:
        key = word_font.strip().lower()
        if key in self.own:
            return self.own[key]
        return FAMILIES[_bundled_key(key)]

    def substitution(self, word_font: str) -> Substitution | None:
        """None when the font itself, or one of the same metrics, is drawn."""
        key = word_font.strip().lower()
        if not key or key in self.own or key in _SAME_METRICS:
            return None
        return Substitution(word_font.strip(), readable_name(self.family_for(word_font)))


def _bundled_key(key: str) -> str:
    if key in _SAME_METRICS:
        return _SAME_METRICS[key]
    if key in _NEAREST:
        return _NEAREST[key]
    if "sans" not in key and any(hint in key for hint in _SERIF_HINTS):
        return "serif"
    return "sans"


def readable_name(family: Family) -> str:
    """ "Liberation Serif" for LiberationSerif; an embedded family keeps its own name."""
    name = family.name.removeprefix(EMBEDDED_PREFIX)
    return "".join(f" {c}" if c.isupper() and i else c for i, c in enumerate(name)).strip()


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
    for name, source in zip(names, family.files, strict=True):
        _SOURCES[name] = source
        pdfmetrics.registerFont(TTFont(name, _open(source)))
    for (bold, italic), name in zip([(0, 0), (1, 0), (0, 1), (1, 1)], names, strict=True):
        addMapping(family.name, bold, italic, name)


_SOURCES: dict[str, FontSource] = {}
EMBEDDED_PREFIX = "Own-"


def own_family(word_name: str, faces: Mapping[tuple[bool, bool], bytes]) -> Family:
    """A family of a template's own font files (TrueType outlines). A missing face is drawn
    with the nearest one given, as Word does (it slants or emboldens; the PDF does not)."""
    regular = faces.get((False, False)) or next(iter(faces.values()))
    bold = faces.get((True, False)) or regular
    italic = faces.get((False, True)) or regular
    both = faces.get((True, True)) or (bold if (True, False) in faces else italic)
    digest = hashlib.sha256(b"".join((regular, bold, italic, both))).hexdigest()[:12]
    safe = "".join(c for c in word_name.title() if c.isalnum())[:40] or "Font"
    return Family(f"{EMBEDDED_PREFIX}{safe}-{digest}", (regular, bold, italic, both))


def _open(source: FontSource) -> str | io.BytesIO:
    if isinstance(source, bytes):
        return io.BytesIO(source)
    return str(resource_path("fonts", source))


@cache
def glyphs(font_name: str) -> frozenset[int]:
    """Code points the font can draw."""
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


@cache
def line_height(font_name: str) -> float:
    """Single line spacing as a multiple of the font size, as Word and LibreOffice lay it out:
    the horizontal header's ascender, descender and line gap."""
    source = _SOURCES.get(font_name)
    if source is None:
        return 1.17
    with FontFile(_open(source), lazy=True) as font:
        hhea = font["hhea"]
        units = font["head"].unitsPerEm
        return float(hhea.ascent - hhea.descent + hhea.lineGap) / units


@cache
def ascent(font_name: str) -> float:
    """The part of a single line above the baseline, as a multiple of the font size."""
    source = _SOURCES.get(font_name)
    if source is None:
        return 0.9
    with FontFile(_open(source), lazy=True) as font:
        hhea = font["hhea"]
        return float(hhea.ascent + hhea.lineGap) / font["head"].unitsPerEm

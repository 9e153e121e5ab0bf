"""Fonts embedded in a Word template: read for the PDF, and added from a municipality's own
font files.

Word embeds a font as an obfuscated part (`word/fonts/fontN.odttf`) that the font table
names with a key (ECMA-376 Part 1, 17.8.1): the first 32 bytes of the font are XORed with the
key's 16 bytes in reverse order. A template saved with "Bädda in teckensnitt i filen" holds its
fonts this way, and so does a template to which the program has added font files, so both
Word (on a machine without the font) and the PDF draw the municipality's own font.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont as FontFile
from fontTools.ttLib import newTable
from lxml import etree
from reportlab.pdfbase.ttfonts import TTFont

from bfa_desktop.documents.fonts import EMBEDDED_PREFIX, Family, FontBook, own_family

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
FONT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
MAX_FONT_BYTES = 20 * 1024 * 1024
_FACES = {
    "embedRegular": (False, False),
    "embedBold": (True, False),
    "embedItalic": (False, True),
    "embedBoldItalic": (True, True),
}
_FACE_TAGS = {face: tag for tag, face in _FACES.items()}
# Text a document needs: a subset Word embedded for the template's own words lacks some.
_NEEDED = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789.,:;–-()%"
_RESTRICTED = 0x0002  # OS/2 fsType: "restricted licence embedding"
_BITMAP_ONLY = 0x0200


class FontFileError(ValueError):
    """A font file that cannot be used; `str()` is the message for the user."""


@dataclass(frozen=True)
class FontFace:
    """One checked font file: its family name, which face it is, TrueType outlines."""

    family: str
    bold: bool
    italic: bool
    data: bytes

    @property
    def description(self) -> str:
        face = {
            (False, False): "normal",
            (True, False): "fet",
            (False, True): "kursiv",
            (True, True): "fet kursiv",
        }[(self.bold, self.italic)]
        return f"{self.family} ({face})"


def check_font_file(name: str, data: bytes) -> FontFace:
    """A TrueType or OpenType font the PDF can embed; PostScript outlines (CFF) are converted
    to TrueType. Refuses other files, damaged fonts, fonts whose licence forbids embedding and
    fonts without the letters of Swedish text."""
    if len(data) > MAX_FONT_BYTES:
        raise FontFileError(f"{name} är för stor för att vara ett typsnitt.")
    if data[:4] not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        raise FontFileError(f"{name} är inte en typsnittsfil (TTF eller OTF).")
    try:
        with FontFile(io.BytesIO(data)) as font:
            family, bold, italic = _names(font, name)
            fs_type = font["OS/2"].fsType if "OS/2" in font else 0
            if fs_type & _RESTRICTED or fs_type & _BITMAP_ONLY:
                raise FontFileError(
                    f"Licensen för {family} ({name}) tillåter inte att typsnittet bäddas in "
                    "i dokument. Fråga typsnittets leverantör om en version som får bäddas in."
                )
            missing = [c for c in _NEEDED if ord(c) not in font.getBestCmap()]
            if missing:
                raise FontFileError(
                    f"{family} ({name}) saknar tecken som dokumenten behöver "
                    f"({''.join(missing[:12])}); det kan vara en delmängd av typsnittet."
                )
            if "CFF " in font or "CFF2" in font:
                _to_truetype(font)
                output = io.BytesIO()
                font.save(output)
                data = output.getvalue()
        # What the PDF embeds it with must read it too (TrueType outlines, sound tables).
        TTFont(f"{EMBEDDED_PREFIX}check", io.BytesIO(data))
    except FontFileError:
        raise
    except Exception as error:  # any fault in a damaged file is the file's, not ours
        raise FontFileError(f"{name} är skadad och kan inte användas som typsnitt.") from error
    return FontFace(family, bold, italic, data)


def _names(font: FontFile, file_name: str) -> tuple[str, bool, bool]:
    names = font["name"]
    family = names.getDebugName(16) or names.getDebugName(1)
    if not family or not family.strip():
        raise FontFileError(f"Typsnittet i {file_name} saknar namn och kan inte användas.")
    selection = font["OS/2"].fsSelection if "OS/2" in font else 0
    style = font["head"].macStyle
    bold = bool(selection & 0x20 or style & 0x01)
    italic = bool(selection & 0x01 or style & 0x02)
    return family.strip()[:100], bold, italic


def _to_truetype(font: FontFile) -> None:
    """PostScript (cubic) outlines as TrueType (quadratic) ones, which reportlab embeds."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    for table in ("CFF ", "CFF2", "VORG"):
        if table in font:
            del font[table]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    if "post" in font:
        post = font["post"]
        post.formatType = 2.0
        post.extraNames = []
        post.mapping = {}
        post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


# --- the template's embedded fonts --------------------------------------------------------


def read_font_book(word: WordDocument) -> FontBook:
    """The fonts the template embeds, usable ones only (a subset Word saved for the template's
    own text, or a damaged part, is left out: the bundled fonts stand in)."""
    table = _font_table(word)
    if table is None:
        return FontBook()
    part, root = table
    own: dict[str, Family] = {}
    for font in root.findall(qn("w:font")):
        name = font.get(qn("w:name"), "")
        faces: dict[tuple[bool, bool], bytes] = {}
        for tag, face in _FACES.items():
            element = font.find(qn(f"w:{tag}"))
            if element is None:
                continue
            data = _embedded(part, element)
            if data is not None:
                faces[face] = data
        if name and faces:
            own[name.strip().lower()] = own_family(name, faces)
    return FontBook(own)


def embedded_font_names(word: WordDocument) -> list[str]:
    table = _font_table(word)
    if table is None:
        return []
    _part, root = table
    return [
        font.get(qn("w:name"), "")
        for font in root.findall(qn("w:font"))
        if any(font.find(qn(f"w:{tag}")) is not None for tag in _FACES)
    ]


def _font_table(word: WordDocument) -> tuple[Part, etree._Element] | None:
    try:
        part = word.part.part_related_by(RELATIONSHIP_TYPE.FONT_TABLE)
    except KeyError:
        return None
    return part, _parse(part.blob)


def _parse(blob: bytes) -> etree._Element:
    return etree.fromstring(blob, etree.XMLParser(resolve_entities=False, no_network=True))


def _embedded(part: Part, element: etree._Element) -> bytes | None:
    relationship = part.rels.get(element.get(qn("r:id"), ""))
    if relationship is None or relationship.is_external:
        return None
    key = element.get(qn("w:fontKey"), "")
    return _usable(relationship.target_part.blob, key)


@lru_cache(maxsize=32)
def _usable(blob: bytes, key: str) -> bytes | None:
    try:
        face = check_font_file("", deobfuscate(blob, key))
    except (FontFileError, ValueError):
        return None
    return face.data


def _key_bytes(key: str) -> bytes:
    digits = key.strip("{}").replace("-", "")
    if len(digits) != 32:
        raise ValueError("not a font key")
    return bytes.fromhex(digits)[::-1]


def deobfuscate(blob: bytes, key: str) -> bytes:
    """The font of an obfuscated part (the operation is its own inverse)."""
    if not key:
        return blob
    secret = _key_bytes(key)
    head = bytes(byte ^ secret[i % 16] for i, byte in enumerate(blob[:32]))
    return head + blob[32:]


obfuscate = deobfuscate


def template_with_fonts(data: bytes, faces: Iterable[FontFace]) -> bytes:
    """A (checked) template's bytes with the font files embedded."""
    word = docx.Document(io.BytesIO(data))
    embed_fonts(word, faces)
    output = io.BytesIO()
    word.save(output)
    return output.getvalue()


def template_font_names(data: bytes) -> list[str]:
    """The fonts a (checked) template embeds, by name."""
    return embedded_font_names(docx.Document(io.BytesIO(data)))


def embed_fonts(word: WordDocument, faces: Iterable[FontFace]) -> list[str]:
    """Embed font files in the template, replacing a face already embedded under the same
    family name; returns what was embedded ("Storby Sans (fet)"). Word is told to use embedded
    fonts (embedTrueTypeFonts), so a machine without the font shows it too."""
    table = _font_table(word)
    if table is None:
        part = Part(PackURI("/word/fontTable.xml"), FONT_TABLE_TYPE, b"", word.part.package)
        word.part.relate_to(part, RELATIONSHIP_TYPE.FONT_TABLE)
        root = _parse(b'<w:fonts xmlns:w="%s" xmlns:r="%s"/>' % (_W.encode(), _R.encode()))
    else:
        part, root = table
    done = []
    for face in faces:
        key = "{" + str(uuid.uuid4()).upper() + "}"
        digest = hashlib.sha256(face.data).hexdigest()[:16]
        font_part = Part(
            PackURI(f"/word/fonts/font-{digest}.odttf"),
            OBFUSCATED_FONT,
            obfuscate(face.data, key),
            word.part.package,
        )
        relationship = part.relate_to(font_part, RELATIONSHIP_TYPE.FONT)
        entry = _font_entry(root, face.family)
        tag = _FACE_TAGS[(face.bold, face.italic)]
        old = entry.find(qn(f"w:{tag}"))
        if old is not None:
            entry.remove(old)
        element = etree.SubElement(entry, qn(f"w:{tag}"))
        element.set(qn("r:id"), relationship)
        element.set(qn("w:fontKey"), key)
        _order_faces(entry)
        done.append(face.description)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    settings = word.settings.element
    if settings.find(qn("w:embedTrueTypeFonts")) is None:
        settings.insert(0, OxmlElement("w:embedTrueTypeFonts"))
    return done


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _order_faces(entry: etree._Element) -> None:
    """The embedded faces last and in the schema's order, as Word requires."""
    faces = [entry.find(qn(f"w:{tag}")) for tag in _FACES]
    for face in faces:
        if face is not None:
            entry.remove(face)
            entry.append(face)


def _font_entry(root: etree._Element, family: str) -> etree._Element:
    for font in root.findall(qn("w:font")):
        if font.get(qn("w:name"), "").strip().lower() == family.lower():
            return font
    entry = etree.SubElement(root, qn("w:font"))
    entry.set(qn("w:name"), family)
    return entry

"""The logo in the template's header: the municipality's own put in its place, or – when the
municipality has none – the default template's grey placeholder box taken out. A picture of
the municipality's own template stays when there is no logo to put in."""

from __future__ import annotations

import io
import struct
import zlib
from functools import cache

from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from lxml import etree

from bfa_desktop.documents.wordxml import remove_if_blank

LOGO_ALT_TEXT = "Kommunens logotyp"


def replace_logo(document: WordDocument, logo: bytes) -> None:
    """Put `logo` in place of the template's logo: the pictures whose alt text names the logo,
    else the first picture of the first-page header. The height stays, the width follows."""
    pictures = [
        (part, inline)
        for part in _logo_parts(document)
        for inline in part._element.iter(qn("wp:inline"))
    ]
    named = [(part, inline) for part, inline in pictures if _alt_text(inline) == LOGO_ALT_TEXT]
    for part, inline in named or pictures[:1]:
        blip = next(inline.iter(qn("a:blip")), None)
        if blip is None:
            continue
        relationship, image = part.part.get_or_add_image(io.BytesIO(logo))
        blip.set(qn("r:embed"), relationship)
        extent = inline.find(qn("wp:extent"))
        height = int(extent.get("cy"))
        width = height * image.px_width // max(image.px_height, 1)
        extent.set("cx", str(width))
        for shape_extent in inline.iter(qn("a:ext")):
            shape_extent.set("cx", str(width))


def remove_placeholder_logo(document: WordDocument) -> None:
    """Take the default template's placeholder box out of every header and footer, with the
    paragraph that held only it."""
    placeholder = logo_placeholder_png()
    for part in _all_header_and_footer_parts(document):
        related = part.part.related_parts
        for drawing in list(part._element.iter(qn("w:drawing"))):
            blip = next(drawing.iter(qn("a:blip")), None)
            rid = blip.get(qn("r:embed")) if blip is not None else None
            image = related.get(rid) if rid else None
            if image is None or image.blob != placeholder:
                continue
            run = drawing.getparent()
            paragraph = next(run.iterancestors(qn("w:p")), None)
            run.getparent().remove(run)
            if paragraph is not None:
                remove_if_blank(paragraph)
            if not _still_used(part._element, rid):
                part.part.drop_rel(rid)


def _still_used(root: etree._Element, rid: str) -> bool:
    return any(blip.get(qn("r:embed")) == rid for blip in root.iter(qn("a:blip")))


def _logo_parts(document: WordDocument) -> list[object]:
    parts = []
    for section in document.sections:
        for part in (section.first_page_header, section.header, section.first_page_footer):
            if not part.is_linked_to_previous and part not in parts:
                parts.append(part)
    return parts


def _all_header_and_footer_parts(document: WordDocument) -> list[object]:
    parts = []
    for section in document.sections:
        for part in (
            section.first_page_header,
            section.header,
            section.even_page_header,
            section.first_page_footer,
            section.footer,
            section.even_page_footer,
        ):
            if not part.is_linked_to_previous and part not in parts:
                parts.append(part)
    return parts


def _alt_text(inline: etree._Element) -> str:
    properties = inline.find(qn("wp:docPr"))
    return properties.get("descr", "") if properties is not None else ""


@cache
def logo_placeholder_png(width: int = 240, height: int = 72) -> bytes:
    """A grey frame standing in for the municipality's logo (a real PNG, made without PIL)."""
    border, fill = (110, 110, 110), (225, 225, 225)
    rows = []
    for y in range(height):
        row = bytearray([0])  # filter: none
        for x in range(width):
            edge = x < 3 or y < 3 or x >= width - 3 or y >= height - 3
            row.extend(border if edge else fill)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )

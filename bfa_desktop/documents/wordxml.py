"""The few WordprocessingML details python-docx has no API for."""

from __future__ import annotations

import re

from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shape import InlineShape
from docx.styles.style import BaseStyle
from docx.table import _Row
from lxml import etree

_THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme")


def set_style_font(style: BaseStyle, name: str) -> None:
    """Use `name` for all scripts; theme font references would otherwise win in Word."""
    r_pr = style.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in _THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), name)


def set_document_language(document: WordDocument, language: str) -> None:
    """The language in the style defaults (what Word and screen readers use) and the core
    properties."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = _child(defaults, "w:rPrDefault")
    r_pr = _child(run_defaults, "w:rPr")
    lang = _child(r_pr, "w:lang")
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), language)
    document.core_properties.language = language


def set_alt_text(shape: InlineShape, description: str) -> None:
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", description)
    doc_pr.set("title", description)


def repeat_as_header(row: _Row) -> None:
    """Mark a table row to repeat at the top of every page (and as a header for readers)."""
    keep_row_together(row)
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def keep_row_together(row: _Row) -> None:
    """Do not break the row across pages (Word still breaks a row taller than a page)."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def set_outline_level(style: BaseStyle, level: int) -> None:
    """Headings take part in the navigation pane and in PDF bookmarks made by Word."""
    p_pr = style.element.get_or_add_pPr()
    outline = p_pr.find(qn("w:outlineLvl"))
    if outline is None:
        outline = OxmlElement("w:outlineLvl")
        p_pr.append(outline)
    outline.set(qn("w:val"), str(level))


def remove_table_borders(table_element: etree._Element) -> None:
    tbl_pr = table_element.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        node = OxmlElement(f"w:{edge}")
        node.set(qn("w:val"), "nil")
        borders.append(node)
    tbl_pr.append(borders)


def _child(parent: etree._Element, tag: str) -> etree._Element:
    node = parent.find(qn(tag))
    if node is None:
        node = OxmlElement(tag)
        parent.append(node)
    return node


# What a paragraph may hold besides text, which keeps it even when its text is gone.
_CONTENT = {
    qn(f"w:{tag}")
    for tag in (
        "drawing",
        "pict",
        "object",
        "fldSimple",
        "fldChar",
        "sym",
        "footnoteReference",
        "endnoteReference",
    )
}
_BLOCKS = {qn("w:p"), qn("w:tbl"), qn("w:sdt")}
_LEFT_OVER = re.compile(r"^[\s|·•–—/,;]*$")  # separators whose labels have gone


def remove_if_blank(paragraph: etree._Element) -> None:
    """Take out a paragraph left with nothing but spaces and separators – where its container
    allows (a cell, header or footer must end with a paragraph); else leave it empty."""
    text = "".join(node.text or "" for node in paragraph.iter(qn("w:t")))
    if not _LEFT_OVER.match(text) or any(node.tag in _CONTENT for node in paragraph.iter()):
        return
    properties = paragraph.find(qn("w:pPr"))
    holds_section = properties is not None and properties.find(qn("w:sectPr")) is not None
    following, preceding = paragraph.getnext(), paragraph.getprevious()
    if not holds_section and (
        (following is not None and following.tag in _BLOCKS)
        or (following is None and preceding is not None and preceding.tag == qn("w:p"))
    ):
        paragraph.getparent().remove(paragraph)
        return
    for run in paragraph.findall(qn("w:r")):
        paragraph.remove(run)

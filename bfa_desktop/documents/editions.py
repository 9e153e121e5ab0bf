"""The template made ready for one document: the logo, the internal edition's marking on every
page, and the placeholders filled. Both renderers start from it, so the Word file and the PDF
carry the same page furniture."""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from bfa_desktop.documents.sanitize import xml_safe
from bfa_desktop.documents.template import (
    TemplateSource,
    fill_placeholders,
    open_template,
    placeholder_values,
)
from bfa_desktop.documents.tree import DocumentInfo

INTERNAL_MARKING = "INTERN – innehåller uppgifter som inte ska publiceras"
INTERNAL_COLOR = "C00000"


def prepared_template(info: DocumentInfo, template: TemplateSource) -> WordDocument:
    word = open_template(template, info.logo)
    if not info.public_edition:
        mark_internal(word)
    fill_placeholders(word, placeholder_values(info))
    return word


def mark_internal(word: WordDocument) -> None:
    """The internal edition's marking as the first line of every header the document shows
    (a section without a header of its own gets one)."""
    marked: set[int] = set()
    for section in word.sections:
        parts = [section.header]
        if section.different_first_page_header_footer:
            parts.append(section.first_page_header)
        if word.settings.odd_and_even_pages_header_footer:
            parts.append(section.even_page_header)
        for part in parts:
            definition = part._get_or_add_definition()
            if id(definition) in marked:
                continue
            marked.add(id(definition))
            root = definition.element
            root.insert(0, _marking_paragraph())


def _marking_paragraph() -> object:
    text = xml_safe(INTERNAL_MARKING)
    return parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:jc w:val="center"/><w:spacing w:after="60"/>'
        f'</w:pPr><w:r><w:rPr><w:b/><w:color w:val="{INTERNAL_COLOR}"/><w:sz w:val="18"/>'
        f'</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    )

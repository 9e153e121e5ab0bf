"""The internal edition says so at the top of every page, in both formats and with every
template – the default, and one whose first page has a header of its own – and the public
edition nowhere."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from bfa_desktop.documents.editions import INTERNAL_MARKING
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.tree import Document
from tests.documents.corpus import kustby
from tests.documents.test_page_layout import long_document


def internal(document: Document) -> Document:
    return Document(replace(document.info, public_edition=False), document.blocks)


@pytest.mark.parametrize("own_template", [False, True], ids=["standard", "first-page-header"])
def test_every_pdf_page_of_the_internal_edition_is_marked_above_the_body(
    own_template: bool, tmp_path: Path
) -> None:
    template = kustby(tmp_path / "mall.docx") if own_template else None
    document = long_document(6)
    with pdfplumber.open(io.BytesIO(render_pdf(internal(document), template))) as pdf:
        assert len(pdf.pages) >= 3
        for page in pdf.pages:
            lines = page.extract_text_lines()
            marking = next(line for line in lines if line["text"] == INTERNAL_MARKING)
            red = next(c for c in page.chars if c["top"] >= marking["top"] - 1)
            assert red["non_stroking_color"] == pytest.approx((0.753, 0, 0), abs=0.01)
            body = [
                line
                for line in lines
                if "Fokusområde" in line["text"] or "Trygghet" in line["text"]
            ]
            assert all(line["top"] > marking["bottom"] for line in body)
    with pdfplumber.open(io.BytesIO(render_pdf(document, template))) as pdf:
        assert not any(INTERNAL_MARKING in (page.extract_text() or "") for page in pdf.pages)


@pytest.mark.parametrize("own_template", [False, True], ids=["standard", "first-page-header"])
def test_every_header_of_the_internal_word_file_is_marked(
    own_template: bool, tmp_path: Path
) -> None:
    template = kustby(tmp_path / "mall.docx") if own_template else None
    word = docx.Document(io.BytesIO(render_docx(internal(long_document(2)), template)))
    section = word.sections[0]
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
    for header in headers:
        first = header._element.find(qn("w:p"))
        assert first is not None
        assert "".join(t.text or "" for t in first.iter(qn("w:t"))) == INTERNAL_MARKING
    public = docx.Document(io.BytesIO(render_docx(long_document(2), template)))
    texts = [
        "".join(t.text or "" for t in part._element.iter(qn("w:t")))
        for s in public.sections
        for part in (s.header, s.first_page_header)
    ]
    assert not any(INTERNAL_MARKING in text for text in texts)

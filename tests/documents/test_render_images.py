"""Images (charts, logos) in both formats: alt text in Word, always inside the page in PDF."""

from __future__ import annotations

import io

import docx
import pypdf
import pytest

from bfa_desktop.documents.default_template import logo_placeholder_png
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.tree import Document, DocumentInfo, Image
from bfa_desktop.model.enums import DocumentKind

INFO = DocumentInfo(DocumentKind.LAGESBILD, "Diagram", "Gemensam lokal lägesbild", "Provkommun")


def document_with(image: Image) -> Document:
    return Document(INFO, (image,))


def test_word_image_has_its_alt_text() -> None:
    image = Image(logo_placeholder_png(), "Anmälda brott per år, 2016–2020", 120)
    word = docx.Document(io.BytesIO(render_docx(document_with(image))))
    descriptions = [
        node.get("descr") for node in word.element.body.iter() if node.tag.endswith("}docPr")
    ]
    assert descriptions == ["Anmälda brott per år, 2016–2020"]
    assert word.inline_shapes[0].width == pytest.approx(120 * 36000, rel=0.01)


@pytest.mark.parametrize(
    ("pixels", "width_mm"),
    [((4, 4000), 150), ((4000, 4), 500), ((240, 72), 60)],
    ids=["very tall", "wider than the page", "ordinary"],
)
def test_pdf_image_fits_the_text_area(pixels: tuple[int, int], width_mm: float) -> None:
    image = Image(logo_placeholder_png(*pixels), "Diagram", width_mm)
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(document_with(image))))
    assert len(reader.pages) == 1
    placed = [
        operands
        for operands, operator in pypdf.generic.ContentStream(
            reader.pages[0].get_contents(), reader
        ).operations
        # the image's scale (width, 0, 0, height, x, y); a plain move has width = height = 1
        if operator == b"cm" and (operands[0], operands[3]) != (1, 1)
    ]
    width, height = float(placed[-1][0]), float(placed[-1][3])
    assert width <= 595.3 - 2 * 70.8 + 0.5
    assert height <= 841.9 - 90.7 - 70.8

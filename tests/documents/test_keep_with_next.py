"""A heading never stands alone at the foot of a page: in the PDF it moves to the next page
with the first lines of its paragraph or the header and first row of its table; in Word it
keeps with the next paragraph whatever the template's heading style says, and a table's
caption and header row keep with its first row. A landscape table takes its headings along to
the landscape page."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from bfa_desktop.documents.compose import build
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.tree import Block, Document, DocumentInfo, Heading, Table, cell, text
from bfa_desktop.model import Period
from bfa_desktop.model.enums import DocumentKind

INFO = DocumentInfo(
    kind=DocumentKind.LAGESBILD,
    title="Gemensam lokal lägesbild 2025",
    document_type="Lägesbild",
    municipality="Storby kommun",
    document_date=date(2025, 3, 1),
)
SENTENCE = "Anmälda brott i kommunen har minskat sedan förra året enligt Brås statistik. "


def table(rows: int = 6) -> Table:
    return Table(
        ("År", "Brott", "Per 100 000 invånare"),
        tuple((cell(str(2015 + r)), cell(str(400 + r)), cell(f"{900 + r},5")) for r in range(rows)),
        caption="Anmälda brott per år",
    )


def headings_everywhere() -> Document:
    """Paragraphs of 1 to 30 sentences, each followed by a heading and a table or paragraph:
    over many pages, some heading falls at every height of a page."""
    blocks: list[Block] = []
    for length in range(1, 31):
        blocks += [text(SENTENCE * length), Heading(2, f"Avsnitt {length}")]
        blocks.append(table() if length % 2 else text(SENTENCE * 5))
    return Document(INFO, tuple(blocks))


def body_lines(pdf: pdfplumber.PDF) -> list[list[str]]:
    """Each page's text lines below the default template's header and above its footer."""
    pages = []
    for page in pdf.pages:
        body = page.crop((0, 90, page.width, page.height - 72))
        pages.append([line["text"].strip() for line in body.extract_text_lines()])
    return pages


def test_no_pdf_page_ends_with_a_heading(tmp_path: Path) -> None:
    document = headings_everywhere()
    headings = {block.text for block in document.blocks if isinstance(block, Heading)}
    with pdfplumber.open(io.BytesIO(render_pdf(document))) as pdf:
        pages = body_lines(pdf)
    assert len(pages) > 8
    for number, lines in enumerate(pages[:-1], start=1):
        assert lines, f"page {number} is empty"
        assert lines[-1] not in headings, f"page {number} ends with the heading {lines[-1]!r}"
        if lines[-1] == "Anmälda brott per år":
            pytest.fail(f"page {number} ends with a table's caption")


def test_word_headings_captions_and_header_rows_keep_with_next(tmp_path: Path) -> None:
    template = tmp_path / "mall.docx"
    word = docx.Document()
    for level in (1, 2, 3):  # a template whose heading styles do not keep with next
        style = word.styles[f"Heading {level}"]
        style.paragraph_format.keep_with_next = False
    word.save(str(template))
    result = docx.Document(io.BytesIO(render_docx(headings_everywhere(), template)))
    headings = [p for p in result.paragraphs if p.style.name.startswith("Heading")]
    assert headings
    assert all(p.paragraph_format.keep_with_next for p in headings)
    captions = [p for p in result.paragraphs if p.text == "Anmälda brott per år"]
    assert captions and all(p.paragraph_format.keep_with_next for p in captions)
    for word_table in result.tables:
        header = word_table.rows[0]
        assert header._tr.trPr.find(qn("w:tblHeader")) is not None
        for paragraph in (p for c in header.cells for p in c.paragraphs):
            assert paragraph.paragraph_format.keep_with_next
        for row in word_table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None


def wide() -> Table:
    word = "2021-01-01–2022-12-31"  # no hyphenation point: needs a landscape page
    return Table(
        tuple(f"Kolumn {n}" for n in range(6)),
        tuple(tuple(cell(word) for _ in range(6)) for _ in range(12)),
    )


def test_a_landscape_table_takes_its_headings_to_the_landscape_page() -> None:
    document = Document(
        INFO, (text(SENTENCE), Heading(1, "Resultat"), Heading(2, "Alla år"), wide())
    )
    with pdfplumber.open(io.BytesIO(render_pdf(document))) as pdf:
        sizes = [(page.width > page.height, page.extract_text() or "") for page in pdf.pages]
    (portrait, first), (landscape, second), *_ = sizes
    assert not portrait and landscape
    assert "Resultat" not in first and "Alla år" not in first
    assert "Resultat" in second and "Alla år" in second
    word = docx.Document(io.BytesIO(render_docx(document)))
    body = word.element.body
    heading = next(p for p in word.paragraphs if p.text == "Resultat")
    breaks = [
        p for p in body.iter(qn("w:p")) if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
    ]
    first_break = list(body.iter(qn("w:p"))).index(breaks[0])
    assert list(body.iter(qn("w:p"))).index(heading._p) > first_break, (
        "the section break to landscape comes before the heading"
    )
    assert word.sections[1].page_width > word.sections[1].page_height
    assert word.sections[0].page_width < word.sections[0].page_height


def test_a_short_wide_table_stays_on_a_portrait_page() -> None:
    """Two rows never get a landscape page of their own."""
    short = Table(wide().header, wide().rows[:2])
    document = Document(INFO, (Heading(1, "Kort tabell"), short, text(SENTENCE)))
    with pdfplumber.open(io.BytesIO(render_pdf(document))) as pdf:
        assert all(page.width < page.height for page in pdf.pages)
        assert len(pdf.pages) == 1
    word = docx.Document(io.BytesIO(render_docx(document)))
    assert len(word.sections) == 1


def test_the_evaluations_short_tables_stay_portrait(demo: Period) -> None:
    """Each focus area's table of evaluated measures (a few rows, eight columns) was put on a
    landscape page of its own; their words fit a portrait page."""
    evaluation = build(demo, DocumentKind.UTVARDERING)
    tables = [block for block in evaluation.blocks if isinstance(block, Table)]
    assert tables and all(len(table.rows) < 8 for table in tables)
    with pdfplumber.open(io.BytesIO(render_pdf(evaluation))) as pdf:
        assert all(page.width < page.height for page in pdf.pages)
    assert len(docx.Document(io.BytesIO(render_docx(evaluation))).sections) == 1

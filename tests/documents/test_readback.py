"""Every document of the demo, read back: Word structure, PDF structure, and the same text."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pdfplumber
import pypdf
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from bfa_desktop.documents.compose import BUILDERS
from bfa_desktop.documents.tree import Document, Heading
from bfa_desktop.model.enums import DocumentKind, TrafficLight, label
from bfa_desktop.services.export import ExportFormat, export_period, file_name
from tests.documents.readback import docx_blocks, pdf_blocks, squeeze
from tests.helpers import demo_municipality, open_copy

KINDS = list(BUILDERS)
A4 = (595.3, 841.9)
UNFILLED = re.compile(r"\{(kommun|enhet|dokumenttyp|titel|datum|dnr|sida|sidor|period)\}")


@pytest.fixture(scope="module")
def exported(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Path
) -> dict[DocumentKind, tuple[Path, Path]]:
    """The demo's documents in both formats, exported once for the whole module."""
    folder = tmp_path_factory.mktemp("export")
    database = open_copy(demo_template, folder / "demo.sqlite3")
    with database.session() as session:
        period = next(p for p in demo_municipality(session).periods if p.label == "2021–2022")
        export_period(period, folder)
        files = {
            kind: (
                folder / file_name(period, kind, ExportFormat.DOCX),
                folder / file_name(period, kind, ExportFormat.PDF),
            )
            for kind in KINDS
        }
        trees.update({kind: BUILDERS[kind](period) for kind in KINDS})
    database.close()
    exported_titles.update({kind: tree.info.title for kind, tree in trees.items()})
    return files


trees: dict[DocumentKind, Document] = {}
exported_titles: dict[DocumentKind, str] = {}


def test_the_demo_has_every_document(exported: dict[DocumentKind, tuple[Path, Path]]) -> None:
    for docx_path, pdf_path in exported.values():
        assert docx_path.stat().st_size > 0
        assert pdf_path.stat().st_size > 0


# --- Word ------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_word_file_reads_back_with_styles_language_and_title(
    exported: dict[DocumentKind, tuple[Path, Path]], kind: DocumentKind
) -> None:
    document = docx.Document(str(exported[kind][0]))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    properties = document.core_properties
    assert properties.title == exported_titles[kind]
    assert properties.language == "sv-SE"
    assert properties.author == "Danderyds kommun"
    assert label(kind) in properties.subject
    lang = document.styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}"
    )
    assert lang is not None and lang.get(qn("w:val")) == "sv-SE"
    first = document.paragraphs[0]
    assert (first.style.name, first.text) == ("Title", exported_titles[kind])
    headings = [
        (int(p.style.name[-1]), p.text)
        for p in document.paragraphs
        if p.style.name.startswith("Heading ")
    ]
    assert headings == [(b.level, b.text) for b in trees[kind].blocks if isinstance(b, Heading)]


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_every_word_table_repeats_its_header_row(
    exported: dict[DocumentKind, tuple[Path, Path]], kind: DocumentKind
) -> None:
    document = docx.Document(str(exported[kind][0]))
    for table in document.tables:
        first_row = table.rows[0]._tr
        assert first_row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
        assert all(
            r.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None for r in table._tbl.tr_lst[1:]
        )


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_word_headers_have_page_fields_logo_alt_text_and_no_placeholders_left(
    exported: dict[DocumentKind, tuple[Path, Path]], kind: DocumentKind
) -> None:
    document = docx.Document(str(exported[kind][0]))
    section = document.sections[0]
    header = section.first_page_header._element
    instructions = [f.get(qn("w:instr")) for f in header.iter(qn("w:fldSimple"))]
    assert any("PAGE" in i and "NUMPAGES" not in i for i in instructions)
    assert any("NUMPAGES" in i for i in instructions)
    descriptions = [p.get("descr") for p in header.iter() if p.tag.endswith("}docPr")]
    assert all(descriptions)
    for part in (section.first_page_header, section.header, section.first_page_footer):
        text = "".join(t.text or "" for t in part._element.iter(qn("w:t")))
        assert not UNFILLED.search(text), text
    body = "".join(t.text or "" for t in document.element.body.iter(qn("w:t")))
    assert not UNFILLED.search(body)


def test_lists_restart_and_keep_their_start(
    exported: dict[DocumentKind, tuple[Path, Path]],
) -> None:
    """The tjänsteutlåtande's decision points and its attachments are two numbered lists,
    each starting at 1."""
    blocks = docx_blocks(exported[DocumentKind.TJANSTEUTLATANDE][0])
    starts = [b for b in blocks if b.startswith("1.")]
    assert len(starts) >= 2
    document = docx.Document(str(exported[DocumentKind.TJANSTEUTLATANDE][0]))
    num_ids = [
        p._p.pPr.numPr.numId.val
        for p in document.paragraphs
        if p._p.pPr is not None and p._p.pPr.numPr is not None
    ]
    assert len(set(num_ids)) >= 2


def test_traffic_lights_are_written_as_text(
    exported: dict[DocumentKind, tuple[Path, Path]],
) -> None:
    text = " ".join(docx_blocks(exported[DocumentKind.HANDLINGSPLAN][0]))
    assert any(label(light) in text for light in TrafficLight)
    text = " ".join(docx_blocks(exported[DocumentKind.UTVARDERING][0]))
    assert all(label(light) in text for light in TrafficLight)


def test_report_repeats_date_and_dnr_in_the_body(
    exported: dict[DocumentKind, tuple[Path, Path]],
) -> None:
    body = " ".join(docx_blocks(exported[DocumentKind.TJANSTEUTLATANDE][0]))
    assert "KS 2020/0359" in body
    assert "2020-11-25" in body


# --- PDF -------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_pdf_reads_back_a4_with_page_count_metadata_and_language(
    exported: dict[DocumentKind, tuple[Path, Path]], kind: DocumentKind
) -> None:
    reader = pypdf.PdfReader(exported[kind][1])
    pages = len(reader.pages)
    for page in reader.pages:
        size = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert size == pytest.approx(A4, abs=1)
    first = reader.pages[0]
    assert float(first.mediabox.width) < float(first.mediabox.height)
    with pdfplumber.open(exported[kind][1]) as pdf:  # reads by position, as a person does
        assert f"Sida 1 ({pages})" in pdf.pages[0].extract_text()
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.title == exported_titles[kind]
    assert metadata.author == "Danderyds kommun"
    assert label(kind) in (metadata.subject or "")
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_pdf_bookmarks_point_to_their_headings(
    exported: dict[DocumentKind, tuple[Path, Path]], kind: DocumentKind
) -> None:
    reader = pypdf.PdfReader(exported[kind][1])
    entries = list(_outline(reader, reader.outline))
    headings = [
        b
        for b in docx.Document(str(exported[kind][0])).paragraphs
        if b.style.name.startswith("Heading")
    ]
    assert [squeeze(title) for title, _page in entries] == [squeeze(h.text) for h in headings]
    for title, page in entries:
        assert squeeze(title) in squeeze(reader.pages[page].extract_text())


def _outline(reader: pypdf.PdfReader, outline: list[object]) -> list[tuple[str, int]]:
    for entry in outline:
        if isinstance(entry, list):
            yield from _outline(reader, entry)
        else:
            yield entry.title, reader.get_destination_page_number(entry)  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_every_pdf_font_is_embedded(
    exported: dict[DocumentKind, tuple[Path, Path]], kind: DocumentKind
) -> None:
    reader = pypdf.PdfReader(exported[kind][1])
    fonts = {}
    for page in reader.pages:
        resources = page["/Resources"]
        for reference in resources.get("/Font", {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[font["/BaseFont"]] = embedded
    assert fonts and all(fonts.values()), fonts


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_pdffonts_lists_no_font_that_is_not_embedded(
    exported: dict[DocumentKind, tuple[Path, Path]], kind: DocumentKind
) -> None:
    if shutil.which("pdffonts") is None:
        if os.environ.get("BFA_REQUIRE_TOOLS"):
            pytest.fail("pdffonts (poppler-utils) is required here but not installed")
        pytest.skip("pdffonts (poppler-utils) is not installed")
    output = subprocess.run(
        ["pdffonts", str(exported[kind][1])], capture_output=True, text=True, check=True
    ).stdout
    rows = output.splitlines()[2:]
    assert rows
    for row in rows:
        # name type encoding emb sub uni object ID; "emb" is the fourth field from the end
        assert row.split()[-5] == "yes", row


# --- Word and PDF say the same ---------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_word_and_pdf_have_the_same_body_text(
    exported: dict[DocumentKind, tuple[Path, Path]], kind: DocumentKind
) -> None:
    docx_path, pdf_path = exported[kind]
    section = docx.Document(str(docx_path)).sections[0]
    margins = tuple(
        length / 12700
        for length in (
            section.top_margin,
            section.right_margin,
            section.bottom_margin,
            section.left_margin,
        )
    )
    word = squeeze("".join(docx_blocks(docx_path)))
    pdf = squeeze("".join(pdf_blocks(pdf_path, margins)))
    if word != pdf:
        index = next(i for i, (a, b) in enumerate(zip(word, pdf, strict=False)) if a != b)
        pytest.fail(
            f"first difference at {index}:\nWord: …{word[max(0, index - 80) : index + 80]}\n"
            f"PDF:  …{pdf[max(0, index - 80) : index + 80]}"
        )

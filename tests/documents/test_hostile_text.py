"""Hostile text through both formats: control characters, 100 000 characters in a body and in a
table cell, emoji, right-to-left script, `& < > " '`, a leading `=`, markup-like text and empty
optional fields – in every document, as Word and as PDF.

XML 1.0 (and so Word) cannot hold most control characters: the export drops them
(`sanitize.xml_safe`) and keeps everything else exactly. A carriage return is left out of the
control characters here: XML keeps it, and Word turns it into a line break.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import docx
import pdfplumber
import pypdf
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph

from bfa_desktop.documents.compose import BUILDERS
from bfa_desktop.documents.profile import read_profile
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.sanitize import xml_safe
from bfa_desktop.documents.template import open_template
from bfa_desktop.documents.tree import Document, DocumentInfo, text
from bfa_desktop.model import Period
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.services.export import ExportFormat, export_period
from bfa_desktop.storage.database import Database
from tests.helpers import demo_municipality, open_copy

KINDS = list(BUILDERS)

# \x00–\x1f without tab, newline and carriage return; DEL; and the non-characters U+FFFE/FFFF.
CONTROL = (
    "".join(chr(code) for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))
    + "\x7f\ufffe\uffff"
)
AMPERSAND = "Bolaget & Co <AB> \"citat\" 'apostrof' R&amp;D 5 > 3 < 4"
FORMULAS = ("=SUMMA(A1:A9)", "=cmd|' /C calc'!A0")
MARKUP = ("<b>inte fet</b>", "</para>", "<font name=x>")
EMOJI = "Polisbil 😀🚓"
HEBREW = "שלום עולם"
ARABIC = "مرحبا بالعالم"
SAFE = (AMPERSAND, *FORMULAS, *MARKUP)  # literally in both formats
RICH_BODY = "\n\n".join((*SAFE, EMOJI, HEBREW, ARABIC))  # a paragraph each

TITLE = f"Rubrik{CONTROL}med styrtecken & <i>kursiv?</i> =SUMMA(B1) 😀 שלום مرحبا"
CELL = f"Cell{CONTROL}slut & </para> =cmd|' /C calc'!A0 🚓"
# The council's name is the unit, a header placeholder: control characters there have a test of
# their own below.
COUNCIL = "Trygg i <Danderyd> & Co '=råd'"
MUNICIPALITY = "Danderyds kommun & <Polis> \"=SUMMA(A1)\" 'ja'"
LONG_TITLE = (("Åtgärd " + " ".join(SAFE) + " ") * 10)[:499] + "."

# Where each document shows literal (not rich) hostile text.
LITERALS: dict[DocumentKind, tuple[str, ...]] = {
    DocumentKind.TJANSTEUTLATANDE: (TITLE, CELL),
    DocumentKind.HANDLINGSPLAN: (TITLE, LONG_TITLE),
    DocumentKind.MEDBORGARLOFTEN: (TITLE,),
    DocumentKind.LAGESBILD: (TITLE, CELL),
    DocumentKind.MOTESANTECKNINGAR: (COUNCIL, CELL),
    DocumentKind.UTVARDERING: (TITLE, CELL, LONG_TITLE),
    DocumentKind.OVERENSKOMMELSE: (TITLE,),
}
# Headings of the optional fields emptied below: they are left out, not printed empty.
EMPTIED: dict[DocumentKind, tuple[str, ...]] = {
    DocumentKind.TJANSTEUTLATANDE: ("Sammanfattning", "Barnperspektiv"),
    DocumentKind.HANDLINGSPLAN: (),
    DocumentKind.MEDBORGARLOFTEN: ("Förväntad effekt",),
    DocumentKind.LAGESBILD: (),
    DocumentKind.MOTESANTECKNINGAR: (),
    DocumentKind.UTVARDERING: ("Metod",),
    DocumentKind.OVERENSKOMMELSE: ("Syfte",),
}


def make_hostile(period: Period) -> None:
    period.municipality.name = MUNICIPALITY

    report = period.official_report
    assert report is not None
    report.title, report.background = TITLE, RICH_BODY
    report.summary = report.child_perspective = report.dnr = ""
    report.decision_points[0].text = CELL

    plan = period.action_plan
    assert plan is not None
    plan.title, plan.introduction, plan.version = TITLE, RICH_BODY, ""
    measure = plan.focus_areas[0].measures[0]
    measure.title = LONG_TITLE
    measure.description = measure.indicator = measure.operational_goal = ""

    promises = period.citizen_promises
    assert promises is not None
    promises.title, promises.introduction, promises.expected_effect = TITLE, RICH_BODY, ""

    picture = period.situation_picture
    assert picture is not None
    picture.title, picture.dnr, picture.version = TITLE, "", ""
    next(s for s in picture.sections if not s.internal).body = RICH_BODY
    picture.places[0].name = CELL

    endorsement = period.endorsement
    assert endorsement is not None and endorsement.council is not None
    endorsement.council.name = COUNCIL
    endorsement.minutes_excerpt, endorsement.present = RICH_BODY, CELL

    evaluation = period.evaluation
    assert evaluation is not None
    evaluation.title, evaluation.summary, evaluation.method = TITLE, RICH_BODY, ""
    row = evaluation.rows[0]
    row.comment = CELL
    if row.measure is not None:
        row.measure.title = LONG_TITLE
    row.measure_title = LONG_TITLE

    agreement = period.agreement
    assert agreement is not None
    agreement.title, agreement.background, agreement.purpose = TITLE, RICH_BODY, ""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Period]:
    """The demo's 2021–2022 period full of hostile text, made once for the module."""
    database = open_copy(demo_template, tmp_path_factory.mktemp("hostile") / "bfa.sqlite3")
    with database.sessions() as session:
        period = demo_municipality(session).periods[-1]
        make_hostile(period)
        yield period
    database.close()


# --- reading back ----------------------------------------------------------------------------


def word_paragraphs(path: Path) -> tuple[list[str], list[str]]:
    """(body paragraphs – also those in table cells –, first-page header paragraphs)."""
    word = docx.Document(str(path))
    body = [WordParagraph(p, None).text for p in word.element.body.iter(qn("w:p"))]  # type: ignore[arg-type]
    header = word.sections[0].first_page_header._element
    return body, [WordParagraph(p, None).text for p in header.iter(qn("w:p"))]  # type: ignore[arg-type]


def pdf_texts(path: Path) -> tuple[str, str]:
    """The whole text as pypdf and as pdfplumber extract it."""
    with_pypdf = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    with pdfplumber.open(path) as pdf:
        with_plumber = "\n".join(page.extract_text() for page in pdf.pages)
    return with_pypdf, with_plumber


def words(value: str) -> str:
    """Whitespace collapsed: lines break in different places in Word and in the PDF."""
    return " ".join(value.split())


def squeeze(value: str) -> str:
    return re.sub(r"\s+", "", value)


def letters(value: str) -> set[str]:
    """The letters, with Arabic presentation forms (how the PDF draws joined Arabic) mapped back
    to the letters they shape."""
    return {character for character in unicodedata.normalize("NFKC", value) if character.isalpha()}


def frame_text(page: pypdf.PageObject, bottom: float, top: float) -> tuple[str, str]:
    """(the text drawn between `bottom` and `top` – the body frame, without header and
    footer –, the whole text of the page)."""
    fragments: list[str] = []

    def visit(
        fragment: str,
        matrix: list[float],
        text_matrix: list[float],
        _font: object,
        _size: float,
    ) -> None:
        y = text_matrix[5] * matrix[3] + matrix[5]
        if bottom - 1 <= y <= top + 1:
            fragments.append(fragment)

    whole = page.extract_text(visitor_text=visit)
    return "".join(fragments), whole


def export(period: Period, folder: Path, kind: DocumentKind, export_format: ExportFormat) -> Path:
    result = export_period(period, folder, documents=[kind], formats=[export_format])
    assert len(result.files) == 1
    return result.files[0]


# --- every document, both formats ------------------------------------------------------------


def test_xml_invalid_characters_are_the_ones_dropped() -> None:
    """What the expectations below rest on: every control character but tab, newline and
    carriage return goes, and so do U+FFFE and U+FFFF; DEL is allowed in XML 1.0 and stays."""
    assert xml_safe(CONTROL) == "\x7f"
    assert xml_safe("a\tb\nc\rd") == "a\tb\nc\rd"
    assert xml_safe(RICH_BODY) == RICH_BODY
    assert xml_safe(TITLE) == TITLE.replace(CONTROL, "\x7f")


@pytest.mark.parametrize("kind", KINDS)
def test_word_file_has_the_hostile_text_without_xml_invalid_characters(
    kind: DocumentKind, hostile: Period, tmp_path: Path
) -> None:
    body, header = word_paragraphs(export(hostile, tmp_path, kind, ExportFormat.DOCX))
    whole = "\n".join(body)
    for literal in LITERALS[kind]:
        assert xml_safe(literal) in whole
    for paragraph in RICH_BODY.split("\n\n"):
        assert paragraph in body  # a paragraph of its own, literally
    if LONG_TITLE in LITERALS[kind]:
        assert LONG_TITLE in body  # the measures table's "Åtgärd" cell, all 500 characters
    assert MUNICIPALITY in "\n".join(header)
    assert "None" not in whole
    for heading in EMPTIED[kind]:
        assert heading not in body


@pytest.mark.parametrize("kind", KINDS)
def test_pdf_has_the_hostile_text_literally(
    kind: DocumentKind, hostile: Period, tmp_path: Path
) -> None:
    path = export(hostile, tmp_path, kind, ExportFormat.PDF)
    assert path.read_bytes().startswith(b"%PDF-")
    with_pypdf, with_plumber = pdf_texts(path)
    for extracted in (with_pypdf, with_plumber):
        flat = words(extracted)
        for safe in SAFE:
            assert safe in flat
        assert MUNICIPALITY in flat  # the page header
        assert letters(HEBREW) <= letters(extracted)
        assert letters(ARABIC) <= letters(extracted)
        assert "None" not in flat
    # The title (or council name) around its control characters: "Rubrik", "med", "styrtecken".
    first = LITERALS[kind][0]
    for piece in xml_safe(first).replace("\x7f", " ").split(" ")[:3]:
        assert piece in with_plumber
    if LONG_TITLE in LITERALS[kind] and kind is DocumentKind.HANDLINGSPLAN:
        assert squeeze(LONG_TITLE) in squeeze(with_plumber)  # its heading in "i detalj"


# --- 100 000 characters ----------------------------------------------------------------------


def long_text(prefix: str) -> str:
    """Exactly 100 000 characters: 10 000 numbered nine-character words and a full stop."""
    value = " ".join(f"{prefix}{number:05d}" for number in range(10_000)) + "."
    assert len(value) == 100_000
    return value


# Plain words; the speed of text with `& < >` in every word has a test of its own below.
LONG_BODY = long_text("ordå")
LONG_CELL = long_text("cell")


@pytest.fixture
def long_period(demo_database: Database) -> Iterator[Period]:
    """An evaluation with 100 000 characters in its summary (rich text) and in a comment (a
    cell of the results table)."""
    with demo_database.sessions() as session:
        period = demo_municipality(session).periods[-1]
        evaluation = period.evaluation
        assert evaluation is not None
        evaluation.summary = LONG_BODY
        evaluation.rows[0].comment = LONG_CELL
        yield period


def test_100_000_characters_are_whole_in_the_word_file(long_period: Period, tmp_path: Path) -> None:
    path = export(long_period, tmp_path, DocumentKind.UTVARDERING, ExportFormat.DOCX)
    word = docx.Document(str(path))
    assert LONG_BODY in [paragraph.text for paragraph in word.paragraphs]
    cells = [
        paragraph.text
        for table in word.tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
    ]
    assert LONG_CELL in cells


def test_100_000_characters_are_whole_in_the_pdf_over_many_pages(
    long_period: Period, tmp_path: Path
) -> None:
    path = export(long_period, tmp_path, DocumentKind.UTVARDERING, ExportFormat.PDF)
    page_setup = read_profile(open_template()).page
    body_pages: list[str] = []  # the text inside the body frame, page by page
    whole_pages: list[str] = []
    for page in pypdf.PdfReader(path).pages:
        top = float(page.mediabox.height) - page_setup.top
        inside, whole = frame_text(page, page_setup.bottom, top)
        body_pages.append(inside)
        whole_pages.append(whole)

    # The summary: one paragraph over several pages, without header and footer in between.
    assert squeeze(LONG_BODY) in squeeze("".join(body_pages))
    pages_with_body = [index for index, page in enumerate(body_pages) if "ordå0" in page]
    assert len(pages_with_body) > 5
    # The comment: a table cell split over many pages, between the other columns' lines and
    # the header row repeated on every page; its words come whole and in order.
    numbers = [int(n) for page in whole_pages for n in re.findall(r"cell(\d{5})", page)]
    assert numbers == list(range(10_000))
    pages_with_cell = [index for index, page in enumerate(whole_pages) if "cell0" in page]
    assert len(pages_with_cell) > 10


# --- text that must not be taken for markup --------------------------------------------------

INFO = DocumentInfo(
    kind=DocumentKind.OVERENSKOMMELSE,
    title="Samverkansöverenskommelse",
    document_type="Samverkansöverenskommelse",
    municipality="Danderyds kommun",
    dnr="KS 2020/0359",
)


def test_text_that_looks_like_a_placeholder_stays_as_written_in_both_formats() -> None:
    written = "Skriv {kommun}, {dnr} och {sida} av {sidor} i mallen"
    document = Document(INFO, (text(written),))
    word = docx.Document(io.BytesIO(render_docx(document)))
    pdf = pypdf.PdfReader(io.BytesIO(render_pdf(document)))
    assert written in words(pdf.pages[0].extract_text())
    assert written in [paragraph.text for paragraph in word.paragraphs]
    assert not list(word.element.body.iter(qn("w:fldSimple")))


def test_pdf_draws_right_to_left_script_from_the_right() -> None:
    hebrew, arabic = (
        HEBREW.split(maxsplit=1)[0],
        ARABIC.split(maxsplit=1)[0],
    )  # one word a line: "שלום", "مرحبا"
    document = Document(INFO, (text(hebrew), text(arabic)))
    with pdfplumber.open(io.BytesIO(render_pdf(document))) as pdf:
        chars = pdf.pages[0].chars
    for word in (hebrew, arabic):
        shown = [(unicodedata.normalize("NFKC", c["text"]), c["x0"]) for c in chars]
        x_first = min(x for character, x in shown if character == word[0])
        x_last = min(x for character, x in shown if character == word[-1])
        assert x_first > x_last  # read from the right: the first letter stands rightmost


@pytest.mark.parametrize("export_format", list(ExportFormat))
def test_control_characters_in_header_values_are_dropped_not_a_crash(
    export_format: ExportFormat,
) -> None:
    info = DocumentInfo(
        kind=DocumentKind.MOTESANTECKNINGAR,
        title="Utdrag ur mötesanteckningar",
        document_type="Utdrag ur mötesanteckningar",
        municipality="Danderyds\x0bkommun",
        unit="Trygg i\x0bDanderyd",
        dnr="KS\x01 2020/0359",
    )
    document = Document(info, (text("Rådet tillstyrkte dokumenten."),))
    if export_format is ExportFormat.DOCX:
        word = docx.Document(io.BytesIO(render_docx(document)))
        header = word.sections[0].first_page_header._element
        shown = "\n".join(WordParagraph(p, None).text for p in header.iter(qn("w:p")))  # type: ignore[arg-type]
        assert word.core_properties.keywords.endswith("KS 2020/0359")
    else:
        reader = pypdf.PdfReader(io.BytesIO(render_pdf(document)))
        shown = reader.pages[0].extract_text()
    for value in (info.municipality, info.unit, info.dnr):
        assert xml_safe(value) in shown


def test_markup_characters_do_not_split_text_into_fragments() -> None:
    """reportlab makes a fragment of every entity (&amp; &lt; &gt;), and line breaking slows
    down with their number (100 000 characters with & < > in every word took minutes); the
    renderer merges them, so such text lays out like plain text. Counted, not timed."""
    from bfa_desktop.documents.pdf_story import Story
    from bfa_desktop.documents.profile import read_profile
    from bfa_desktop.documents.tree import Paragraph, Span

    story = Story(read_profile(open_template()))
    marked = " ".join(f"o&<>{number:05d}" for number in range(2_000))
    paragraph = story.paragraph(Paragraph((Span(marked),)), "Normal")
    assert len(paragraph.frags) == 1
    assert paragraph.frags[0].text == marked
    mixed = story.paragraph(Paragraph((Span("a & b "), Span("fet <", bold=True))), "Normal")
    assert [f.text for f in mixed.frags] == ["a & b ", "fet <"]

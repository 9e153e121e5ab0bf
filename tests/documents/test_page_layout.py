"""The PDF places header, footer and body as Word does, with a municipality's own template:
the body starts below a header taller than the top margin and ends above a tall footer, on
every page; a different first page and even pages get their own header and their own body
frame; landscape pages widen what is aligned to the margins; anchored pictures stand where
they are anchored; the section the document goes into gives the page setup; the styles'
borders, spacing and keep options are honoured; a tab around {innehåll} is text."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.template import forget_checked_templates
from bfa_desktop.documents.tree import (
    Document,
    DocumentInfo,
    Heading,
    Table,
    bullets,
    cell,
    text,
)
from bfa_desktop.model.enums import DocumentKind
from tests.documents.corpus import FURNITURE_COLOR, kustby, logo_png, skogsby, storby
from tests.documents.pdf_regions import regions

INFO = DocumentInfo(
    kind=DocumentKind.HANDLINGSPLAN,
    title="Handlingsplan för trygghet 2025",
    document_type="Handlingsplan",
    municipality="Storby kommun",
    unit="Kommunledningskontoret",
    document_date=date(2024, 11, 1),
    dnr="KS 2024/0101",
    period="2025",
)
SENTENCE = (
    "Trygghetsvandringar i centrum och vid stationen görs tillsammans med fastighetsägare, "
    "föreningar och polisen varje vår och höst, och resultaten följs upp i arbetsgruppen. "
)
MM = 72 / 25.4


def long_document(sections: int = 6) -> Document:
    blocks: list[object] = []
    for number in range(1, sections + 1):
        blocks += [Heading(1, f"{number}. Fokusområde {number}"), text(SENTENCE * 6)]
        blocks += [Heading(2, "Orsaker"), bullets(SENTENCE, SENTENCE), text(SENTENCE * 4)]
    return Document(INFO, tuple(blocks))  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _fresh_templates() -> Iterator[None]:
    forget_checked_templates()
    yield
    forget_checked_templates()


def pdf_of(document: Document, template: Path | None, folder: Path) -> Path:
    path = folder / "out.pdf"
    path.write_bytes(render_pdf(document, template))
    return path


# --- header and footer clear of the body ------------------------------------------------------


@pytest.mark.parametrize("make", [storby, kustby, skogsby], ids=lambda make: make.__name__)
def test_body_starts_below_the_header_and_ends_above_the_footer_on_every_page(
    make: object, tmp_path: Path
) -> None:
    template = make(tmp_path / "mall.docx")  # type: ignore[operator]
    pages = regions(pdf_of(long_document(), template, tmp_path))
    assert len(pages) >= 3
    for page in pages:
        assert page.header, f"page {page.number} has no header"
        assert page.body, f"page {page.number} has no body"
        assert page.header.bottom <= page.body.top, (
            f"page {page.number}: header down to {page.header.bottom:.1f}, "
            f"body from {page.body.top:.1f}"
        )
        if page.footer:
            assert page.body.bottom <= page.footer.top, f"page {page.number}: body over footer"


def test_a_header_taller_than_the_top_margin_pushes_the_body_down_as_in_word(
    tmp_path: Path,
) -> None:
    """storby: top margin 30 mm, but the header table (22 mm logo) starts 12 mm from the edge;
    Word starts the body below it, not at 30 mm."""
    pages = regions(pdf_of(long_document(), storby(tmp_path / "mall.docx"), tmp_path))
    for page in pages:
        assert page.body.top > 30 * MM + 5
        assert page.body.top - page.header.bottom < 20, "and not far below it either"


def test_the_first_page_has_its_own_header_and_body_frame(tmp_path: Path) -> None:
    """kustby: a tall first-page header table with a 30 mm logo; later pages one line."""
    path = pdf_of(long_document(), kustby(tmp_path / "mall.docx"), tmp_path)
    first, second, *_ = regions(path)
    assert first.header.bottom - first.header.top > 28 * MM  # the big logo
    assert second.header.bottom - second.header.top < 10 * MM  # one line
    assert second.body.top < first.body.top - 15 * MM, "the body rises on later pages"
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages[0].images) == 1
        assert not pdf.pages[1].images
        assert "Sida 2 (" in (pdf.pages[1].extract_text() or "")


def even_and_odd_template(path: Path) -> Path:
    word = docx.Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    word.settings.odd_and_even_pages_header_footer = True
    for part, label, lines in ((section.header, "UDDA", 1), (section.even_page_header, "JÄMN", 4)):
        part.is_linked_to_previous = False
        for index in range(lines):
            paragraph = part.paragraphs[0] if index == 0 else part.add_paragraph()
            run = paragraph.add_run(f"{label} sida {{sida}} rad {index + 1}")
            run.font.color.rgb = FURNITURE_COLOR
            run.font.size = Pt(14)
    section.top_margin = Mm(20)
    section.header_distance = Mm(10)
    word.save(str(path))
    return path


def test_even_pages_get_the_even_header_and_a_body_below_it(tmp_path: Path) -> None:
    path = pdf_of(long_document(), even_and_odd_template(tmp_path / "mall.docx"), tmp_path)
    pages = regions(path)
    with pdfplumber.open(path) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    assert len(pages) >= 3
    for page, content in zip(pages, texts, strict=True):
        expected = "JÄMN" if page.number % 2 == 0 else "UDDA"
        assert f"{expected} sida {page.number}" in content
        assert page.header.bottom <= page.body.top
    assert pages[1].body.top > pages[0].body.top + 3 * 14, "four lines push further than one"


def wide_table(rows: int = 12, columns: int = 6) -> Table:
    """Columns of date ranges, which cannot be hyphenated: too wide for a portrait page."""
    word = "2021-01-01–2022-12-31"
    return Table(
        tuple(f"Kolumn {n}" for n in range(1, columns + 1)),
        tuple(tuple(cell(f"{word} {r}") for _ in range(columns)) for r in range(rows)),
    )


def right_aligned_header(path: Path) -> Path:
    word = docx.Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run("Dnr {dnr}")
    run.font.color.rgb = FURNITURE_COLOR
    word.save(str(path))
    return path


def test_on_a_landscape_page_the_header_reaches_the_landscape_margin(tmp_path: Path) -> None:
    document = Document(INFO, (Heading(1, "Stor tabell"), wide_table()))
    path = pdf_of(document, right_aligned_header(tmp_path / "mall.docx"), tmp_path)
    with pdfplumber.open(path) as pdf:
        landscape = [page for page in pdf.pages if page.width > page.height]
        assert landscape, "six columns of unbreakable words need a landscape page"
        for page in landscape:
            header = [c for c in page.chars if c["top"] < 60]
            right = max(c["x1"] for c in header)
            assert right == pytest.approx(page.width - 25 * MM, abs=2)


def two_section_template(path: Path) -> Path:
    """A cover section with narrow margins, then the section the document goes into."""
    word = docx.Document()
    first = word.sections[0]
    first.page_width, first.page_height = Mm(210), Mm(297)
    first.left_margin = Mm(10)
    word.add_paragraph("Försättsblad")
    last = word.add_section(WD_SECTION.NEW_PAGE)
    last.left_margin = Mm(45)
    word.add_paragraph("{innehåll}")
    word.save(str(path))
    return path


def test_the_page_setup_is_that_of_the_section_the_document_goes_into(tmp_path: Path) -> None:
    path = pdf_of(long_document(1), two_section_template(tmp_path / "mall.docx"), tmp_path)
    with pdfplumber.open(path) as pdf:
        title = next(c for c in pdf.pages[0].chars if c["text"] == "H")
        assert title["x0"] == pytest.approx(45 * MM, abs=1.5)
    word = docx.Document(io.BytesIO(render_docx(long_document(1), tmp_path / "mall.docx")))
    assert word.sections[-1].left_margin == pytest.approx(Mm(45), abs=Mm(0.1))


def anchored_logo_template(path: Path) -> Path:
    """A logo anchored 150 mm from the page's left edge and 8 mm from its top."""
    word = docx.Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    run = section.header.paragraphs[0].add_run()
    inline = run.add_picture(io.BytesIO(logo_png()), height=Mm(15))._inline
    extent = inline.find(qn("wp:extent"))
    graphic = inline.find(qn("a:graphic"))
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp", "a", "pic", "r")} distT="0" distB="0" distL="0" distR="0" '
        'simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{Mm(150)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{Mm(8)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{extent.get("cx")}" cy="{extent.get("cy")}"/><wp:wrapNone/>'
        '<wp:docPr id="9" name="Logo"/></wp:anchor>'
    )
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)
    words = section.header.add_paragraph().add_run("Storby kommun")
    words.font.color.rgb = FURNITURE_COLOR
    word.save(str(path))
    return path


def test_an_anchored_logo_stands_where_it_is_anchored_and_takes_no_line(tmp_path: Path) -> None:
    path = pdf_of(long_document(1), anchored_logo_template(tmp_path / "mall.docx"), tmp_path)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        (image,) = page.images
        assert image["x0"] == pytest.approx(150 * MM, abs=1)
        assert image["top"] == pytest.approx(8 * MM, abs=1)
        header_text = [c for c in page.chars if c["text"] == "S" and c["top"] < 100]
        assert header_text[0]["top"] < 36 + 25, "the text is not pushed below the logo"


def bordered_title_template(path: Path) -> Path:
    word = docx.Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    title = word.styles["Title"]
    p_pr = title.element.get_or_add_pPr()
    for old in p_pr.findall(qn("w:pBdr")):
        p_pr.remove(old)
    p_pr.append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="24" w:space="4" '
            'w:color="8B0000"/></w:pBdr>'
        )
    )
    title.font.color.rgb = RGBColor(0, 0, 0)
    heading = word.styles["Heading 1"]
    heading.paragraph_format.page_break_before = True
    heading.paragraph_format.space_before = Pt(30)
    word.save(str(path))
    return path


def test_the_titles_bottom_border_spacing_and_page_break_before_are_honoured(
    tmp_path: Path,
) -> None:
    document = long_document(2)
    path = pdf_of(document, bordered_title_template(tmp_path / "mall.docx"), tmp_path)
    with pdfplumber.open(path) as pdf:
        first = pdf.pages[0]
        red = [
            line
            for line in first.lines
            if line.get("stroking_color") and abs(line["stroking_color"][0] - 0x8B / 255) < 0.02
        ]
        assert red, "the Title's bottom border"
        (border,) = red
        assert border["linewidth"] == pytest.approx(3, abs=0.1)  # w:sz 24 eighths of a point
        title_chars = [c for c in first.chars if c["top"] < border["top"]]
        assert title_chars and max(c["bottom"] for c in title_chars) < border["top"]
        headings = [
            index
            for index, page in enumerate(pdf.pages)
            if "Fokusområde" in (page.extract_text() or "").split("\n")[0]
        ]
    assert headings == [0, 1] or len(headings) >= 2, "each Heading 1 starts a page"


def tab_around_marker_template(path: Path) -> Path:
    word = docx.Document()
    word.sections[0].page_width, word.sections[0].page_height = Mm(210), Mm(297)
    word.add_paragraph("Bilaga\t1\tTill kommunstyrelsen")
    word.add_paragraph("{innehåll}")
    word.add_paragraph("Slut\tpå bilagan")
    word.save(str(path))
    return path


def test_a_tab_in_the_templates_text_around_the_content_marker_is_text(tmp_path: Path) -> None:
    path = pdf_of(long_document(1), tab_around_marker_template(tmp_path / "mall.docx"), tmp_path)
    with pdfplumber.open(path) as pdf:
        content = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Bilaga 1 Till kommunstyrelsen" in content
    assert "Slut på bilagan" in content

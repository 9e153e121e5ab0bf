"""Every document of the demo, and a one-year plan of 80 measures with long texts (as it goes to
the board, before any follow-up; the program before this layout made 63 PDF pages of it with
the kustby template), exported with each template of the corpus (tests/documents/corpus.py) as
a secretary would file them:

- the PDF's header and footer never reach into the body, on any page;
- our PDF and LibreOffice's rendering of our Word file have page counts within 10 %;
- no page of our PDF ends with a heading (in Word every heading, caption and table header row
  keeps with what follows: test_keep_with_next.py – LibreOffice 7.4, which renders the Word
  files here, does not always honour "keep with next" when the next paragraph moves whole to
  the next page, so its PDF is not the judge of that);
- the body text of the Word file and of the PDF is the same;
- the plan of 80 measures fits 35 pages in both formats.

LibreOffice is given the fonts the PDF draws (the bundled ones, under the names the template
asks for), as a municipality's machines have the template's own fonts: the comparison is of
the two layouts, not of two sets of fonts. Without soffice the LibreOffice checks skip,
unless BFA_REQUIRE_LIBREOFFICE=1 (CI).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import pdfplumber
import pytest
from sqlalchemy import select

from bfa_desktop.documents.compose import BUILDERS, build
from bfa_desktop.documents.fonts import readable_name
from bfa_desktop.documents.profile import named_fonts, read_profile
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.template import forget_checked_templates, open_template
from bfa_desktop.model import Period
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.paths import resource_path
from bfa_desktop.storage.database import Database
from tests.documents.corpus import TEMPLATES, generated_plan, write_templates
from tests.documents.pdf_regions import body_only, headings_ending_pages, regions
from tests.documents.readback import docx_blocks, pdf_blocks, squeeze
from tests.documents.test_libreoffice import REQUIRE_ENV, convert
from tests.helpers import open_copy

PAGE_TOLERANCE = 0.10
PLAN = "plan-80"


@dataclass(frozen=True)
class Exported:
    template: str
    docx: dict[str, Path]
    pdf: dict[str, Path]
    headings: dict[str, list[str]]


@pytest.fixture(scope="module")
def corpus_database(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Path
) -> Iterator[Database]:
    database = open_copy(demo_template, tmp_path_factory.mktemp("corpus") / "bfa.sqlite3")
    with database.session() as session:
        generated_plan(session, follow_ups=0)  # a new plan as it goes to the board
    yield database
    database.close()


@pytest.fixture(scope="module", params=list(TEMPLATES))
def exported(
    request: pytest.FixtureRequest,
    corpus_database: Database,
    tmp_path_factory: pytest.TempPathFactory,
) -> Exported:
    forget_checked_templates()
    root = tmp_path_factory.mktemp(f"corpus-{request.param}")
    template = write_templates(root / "mallar")[request.param]
    documents: dict[str, object] = {}
    with corpus_database.sessions() as session:
        periods = session.scalars(select(Period).order_by(Period.start_date)).all()
        demo = next(p for p in periods if p.municipality.is_example and p.start_date.year == 2021)
        for kind in BUILDERS:
            documents[kind.value] = build(demo, kind)
        plan = next(p for p in periods if p.municipality.name == "Storby kommun")
        documents[PLAN] = build(plan, DocumentKind.HANDLINGSPLAN)
    words, pdfs, headings = {}, {}, {}
    for name, tree in documents.items():
        words[name] = root / f"{name}.docx"
        words[name].write_bytes(render_docx(tree, template))  # type: ignore[arg-type]
        pdfs[name] = root / f"{name}.pdf"
        pdfs[name].write_bytes(render_pdf(tree, template))  # type: ignore[arg-type]
        headings[name] = [
            p.text.strip()
            for p in docx.Document(str(words[name])).paragraphs
            if p.style is not None and (p.style.name or "").startswith("Heading") and p.text.strip()
        ]
    return Exported(request.param, words, pdfs, headings)


@pytest.fixture(scope="module")
def libreoffice(exported: Exported, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """LibreOffice's PDFs of our Word files, drawn with the PDF's fonts."""
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"LibreOffice is required ({REQUIRE_ENV}=1)", pytrace=False)
        pytest.skip("LibreOffice (soffice) is not on PATH")
    root = tmp_path_factory.mktemp(f"lo-{exported.template}")
    template = next(iter(exported.docx.values()))
    fonts = root / "fonts.conf"
    fonts.write_text(_fontconfig(template, root / "cache"), encoding="utf-8")
    os.environ["FONTCONFIG_FILE"] = str(fonts)
    try:
        convert(soffice, list(exported.docx.values()), root / "pdf", root / "profile")
    finally:
        del os.environ["FONTCONFIG_FILE"]
    return {
        name: root / "pdf" / path.with_suffix(".pdf").name for name, path in exported.docx.items()
    }


def _fontconfig(word_file: Path, cache: Path) -> str:
    """The system's fonts, the bundled ones, and each font the template names aliased to the
    bundled family the PDF draws it with."""
    profile = read_profile(open_template(word_file))
    aliases = "".join(
        f'<alias binding="same"><family>{escape(name)}</family><prefer><family>'
        f"{escape(readable_name(profile.fonts.family_for(name)))}</family></prefer></alias>"
        for name in sorted(named_fonts(profile) | {"Arial", "Times New Roman"})
    )
    return (
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{escape(str(resource_path('fonts')))}</dir><cachedir>{escape(str(cache))}</cachedir>"
        f"{aliases}</fontconfig>"
    )


NAMES = [kind.value for kind in BUILDERS] + [PLAN]


@pytest.mark.parametrize("name", NAMES)
def test_header_and_footer_never_reach_into_the_body(exported: Exported, name: str) -> None:
    for page in regions(exported.pdf[name]):
        assert page.body, f"page {page.number} has no body"
        if page.header:
            assert page.header.bottom <= page.body.top + 0.5, f"page {page.number}: header"
        if page.footer:
            assert page.body.bottom <= page.footer.top + 0.5, f"page {page.number}: footer"


def _pages(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


@pytest.mark.parametrize("name", NAMES)
def test_word_and_pdf_break_into_about_as_many_pages(
    exported: Exported, libreoffice: dict[str, Path], name: str
) -> None:
    ours, theirs = _pages(exported.pdf[name]), _pages(libreoffice[name])
    assert abs(ours - theirs) <= max(1, PAGE_TOLERANCE * max(ours, theirs)), (
        f"{name} with {exported.template}: our PDF {ours} pages, LibreOffice {theirs}"
    )


@pytest.mark.parametrize("name", NAMES)
def test_no_page_of_our_pdf_ends_with_a_heading(exported: Exported, name: str) -> None:
    assert headings_ending_pages(exported.pdf[name]) == []


@pytest.mark.parametrize("name", NAMES)
def test_word_and_pdf_have_the_same_body_text(exported: Exported, name: str) -> None:
    word = squeeze("".join(docx_blocks(exported.docx[name])))
    pdf = squeeze("".join(pdf_blocks(exported.pdf[name], body_only)))
    if word != pdf:
        index = next(
            (i for i, (a, b) in enumerate(zip(word, pdf, strict=False)) if a != b),
            min(len(word), len(pdf)),
        )
        pytest.fail(
            f"first difference at {index}:\nWord: …{word[max(0, index - 80) : index + 80]}\n"
            f"PDF:  …{pdf[max(0, index - 80) : index + 80]}"
        )


def test_the_plan_of_80_measures_fits_35_pages_in_both_formats(
    exported: Exported, libreoffice: dict[str, Path]
) -> None:
    assert _pages(exported.pdf[PLAN]) <= 35
    assert _pages(libreoffice[PLAN]) <= 35

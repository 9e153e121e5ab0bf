"""LibreOffice opens what we write: every Word document of the demo, exported with the default
template and with a second template of other fonts, margins, header and footer, converts to
PDF with `soffice`, on A4 portrait, with its title, its headings in order, its header and its
page fields in the text.

One soffice call per template converts all the documents (LibreOffice's start-up is most of
the cost). Without soffice on PATH the tests skip, unless BFA_REQUIRE_LIBREOFFICE=1 (CI).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.styles.style import BaseStyle
from pypdf import PdfReader
from sqlalchemy import select

from bfa_desktop.documents.compose import BUILDERS, build, has_document
from bfa_desktop.model import Period
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.services.export import ExportFormat, export_period, file_name
from bfa_desktop.storage.database import Database
from tests.helpers import open_copy

REQUIRE_ENV = "BFA_REQUIRE_LIBREOFFICE"
SOFFICE_TIMEOUT = 180  # seconds for one call converting all documents; a cold CI start is slow
A4_PORTRAIT = (595.3, 841.9)  # points
TOLERANCE = 1.0  # points
KINDS = tuple(BUILDERS)


@dataclass(frozen=True)
class Converted:
    """The demo's Word documents written with one template, and LibreOffice's PDFs of them."""

    template: str  # "standard" or "egen"
    municipality: str
    titles: dict[DocumentKind, str]
    docx: dict[DocumentKind, Path]
    pdf: dict[DocumentKind, Path]
    log: str  # soffice's output, for failure messages


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def soffice() -> str:
    """soffice's path. Missing: skip, or fail when BFA_REQUIRE_LIBREOFFICE=1 (CI)."""
    path = shutil.which("soffice")
    if path is None:
        message = "LibreOffice (soffice) is not on PATH"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(
                f"{message}, but {REQUIRE_ENV}=1 requires it: install LibreOffice Writer "
                "(e.g. apt-get install libreoffice-writer-nogui) or unset the variable.",
                pytrace=False,
            )
        pytest.skip(f"{message}; set {REQUIRE_ENV}=1 to make this a failure")
    return path


@pytest.fixture(scope="module")
def demo_database(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Path
) -> Iterator[Database]:
    """The demo, one copy for the module."""
    database = open_copy(demo_template, tmp_path_factory.mktemp("lo-demo") / "bfa.sqlite3")
    yield database
    database.close()


@pytest.fixture(scope="module", params=["standard", "egen"])
def converted(
    request: pytest.FixtureRequest,
    soffice: str,
    demo_database: Database,
    tmp_path_factory: pytest.TempPathFactory,
) -> Converted:
    root = tmp_path_factory.mktemp(f"lo-{request.param}")
    template = None if request.param == "standard" else write_own_template(root / "mall.docx")
    words, pdfs = root / "docx", root / "pdf"
    words.mkdir()
    with demo_database.sessions() as session:
        period = session.scalars(select(Period).order_by(Period.start_date)).all()[-1]
        missing = [kind for kind in KINDS if not has_document(period, kind)]
        assert not missing, f"the demo should have every kind of document: {missing}"
        result = export_period(period, words, formats=(ExportFormat.DOCX,), template=template)
        assert not result.template_report.warnings, "both templates are complete"
        titles = {kind: build(period, kind).info.title for kind in KINDS}
        paths = {kind: words / file_name(period, kind, ExportFormat.DOCX) for kind in KINDS}
        municipality = period.municipality.name
    log = convert(soffice, list(paths.values()), pdfs, root / "lo-profile")
    return Converted(
        template=request.param,
        municipality=municipality,
        titles=titles,
        docx=paths,
        pdf={kind: pdfs / path.with_suffix(".pdf").name for kind, path in paths.items()},
        log=log,
    )


# --- helpers ---------------------------------------------------------------------------------


def convert(soffice: str, files: list[Path], outdir: Path, profile: Path) -> str:
    """Convert all files in one soffice call with a private user profile; soffice's output."""
    outdir.mkdir()
    home = profile.parent / "home"
    home.mkdir(exist_ok=True)
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "HOME": str(home)},
        start_new_session=True,  # soffice starts helpers: on a timeout the group is ended
    )
    try:
        output, _ = process.communicate(timeout=SOFFICE_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        pytest.fail(f"soffice took more than {SOFFICE_TIMEOUT} s:\n{output}", pytrace=False)
    assert process.returncode == 0, f"soffice failed ({process.returncode}):\n{output}"
    return output


def write_own_template(path: Path) -> Path:
    """A municipality template unlike the default: Calibri 11 body, Cambria headings, margins
    15/15/20/20 mm (top/bottom/left/right), one header and footer for all pages, and the
    document placed at an {innehåll} marker."""
    word = docx.Document()
    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # python-docx's default: Letter
    section.top_margin, section.bottom_margin = Mm(15), Mm(15)
    section.left_margin, section.right_margin = Mm(20), Mm(20)
    section.header_distance, section.footer_distance = Mm(6), Mm(6)
    styles = word.styles
    table_text = styles.add_style("Tabelltext", WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = styles["Normal"]
    for name, font, size in [
        ("Normal", "Calibri", 11),
        ("Title", "Cambria", 24),
        ("Heading 1", "Cambria", 16),
        ("Heading 2", "Cambria", 13),
        ("Heading 3", "Cambria", 11),
        ("Tabelltext", "Calibri", 9),
    ]:
        _set_font(styles[name], font)
        styles[name].font.size = Pt(size)
    section.header.paragraphs[0].text = "{kommun} – {titel}"
    section.footer.paragraphs[0].text = "Sida {sida} av {sidor}"
    word.add_paragraph("{innehåll}")
    word.save(str(path))
    return path


def _set_font(style: BaseStyle, name: str) -> None:
    """The font for every script, without the theme fonts that would win over it."""
    r_pr = style.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        if attribute.lower().endswith("theme"):
            del fonts.attrib[attribute]
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), name)


@cache
def page_texts(pdf: Path) -> tuple[str, ...]:
    """The text of every page: pdftotext when installed (fast), pdfplumber otherwise."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        result = subprocess.run(
            [pdftotext, "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            check=True,
            timeout=60,
        )
        return tuple(result.stdout.decode("utf-8").split("\f")[:-1])
    with pdfplumber.open(pdf) as document:
        return tuple(page.extract_text() or "" for page in document.pages)


def squeeze(text: str) -> str:
    """Text compared in NFKC (ligatures, no-break spaces), without whitespace (lines wrap
    differently) and without hyphens (pdftotext joins "2020-" at a line end to the next line)."""
    return re.sub(r"[\s\-\u00ad]+", "", unicodedata.normalize("NFKC", text))


def docx_headings(path: Path) -> list[str]:
    """The text of every Heading-styled paragraph, in document order."""
    word = docx.Document(str(path))
    return [
        paragraph.text
        for paragraph in word.paragraphs
        if paragraph.style is not None
        and (paragraph.style.name or "").startswith("Heading")
        and paragraph.text.strip()
    ]


# --- tests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.value)
def test_converts_to_an_a4_portrait_pdf(converted: Converted, kind: DocumentKind) -> None:
    pdf = converted.pdf[kind]
    assert pdf.is_file(), f"no PDF of {converted.docx[kind].name}:\n{converted.log}"
    assert pdf.stat().st_size > 0
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(A4_PORTRAIT[0], abs=TOLERANCE)
    assert float(box.height) == pytest.approx(A4_PORTRAIT[1], abs=TOLERANCE)


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.value)
def test_title_and_every_heading_in_order(converted: Converted, kind: DocumentKind) -> None:
    text = squeeze("".join(page_texts(converted.pdf[kind])))
    title = squeeze(converted.titles[kind])
    assert title in text, f"title {converted.titles[kind]!r} missing"
    position = text.index(title)
    for heading in docx_headings(converted.docx[kind]):  # the minutes excerpt has none
        found = text.find(squeeze(heading), position)
        assert found >= 0, f"heading {heading!r} missing (or out of order)"
        position = found + len(squeeze(heading))


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.value)
def test_header_and_page_fields(converted: Converted, kind: DocumentKind) -> None:
    pages = page_texts(converted.pdf[kind])
    first, last = squeeze(pages[0]), squeeze(pages[-1])
    total = len(PdfReader(converted.pdf[kind]).pages)
    assert squeeze(converted.municipality) in first
    if converted.template == "egen":
        header = squeeze(f"{converted.municipality} – {converted.titles[kind]}")
        assert all(header in squeeze(page) for page in pages), "the header is on every page"
        assert squeeze(f"Sida 1 av {total}") in first
        assert squeeze(f"Sida {total} av {total}") in last
    else:
        assert squeeze(f"Sida 1 ({total})") in first
        if total > 1:
            assert squeeze(f"Sida {total} ({total})") in last

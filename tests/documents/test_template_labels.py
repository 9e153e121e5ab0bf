"""Empty placeholders take their labels with them – "Postadress: | Besöksadress: | Telefon:"
and a bare "Dnr" are not printed – and no grey logo box is printed without a logo. Text that
is not the label of an empty placeholder stays."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph as WordParagraph

from bfa_desktop.documents import template
from bfa_desktop.documents.placeholder_labels import Placeholder, spans_to_remove
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.template import PLACEHOLDER, default_template_path
from bfa_desktop.documents.template_logo import LOGO_ALT_TEXT, logo_placeholder_png
from bfa_desktop.documents.tree import Contact, Document, text
from tests.documents.test_template import INFO

CONTACT = Contact(
    postal_address="Box 66, 182 11 Danderyd",
    visiting_address="Mörbyleden 12",
    phone="08-568 910 00",
    email="kommun@danderyd.se",
    website="www.danderyd.se",
    org_number="212000-0076",
)
NO_CONTACT = Contact()


@pytest.fixture(autouse=True)
def _fresh_template_checks() -> Iterator[None]:
    template.forget_checked_templates()
    yield
    template.forget_checked_templates()


def left_out(line: str, empty: set[str]) -> str:
    """The template line as it reads once the labels of the empty placeholders are gone."""
    placeholders = [
        Placeholder(m.start(), m.end(), m.group(1) in empty) for m in PLACEHOLDER.finditer(line)
    ]
    for start, end in reversed(spans_to_remove(line, placeholders)):
        line = line[:start] + line[end:]
    return line


# --- the rule, on template lines ---------------------------------------------------------------

FOOTER = "{kommun} | Postadress: {postadress} | Besöksadress: {besoksadress}"
CONTACTS = "Telefon: {telefon} | E-post: {epost} | Webb: {webb} | Org.nr: {orgnr}"
RULE = [
    (FOOTER, {"postadress", "besoksadress"}, "{kommun}"),
    (FOOTER, {"postadress"}, "{kommun} | Besöksadress: {besoksadress}"),
    (FOOTER, {"kommun"}, "Postadress: {postadress} | Besöksadress: {besoksadress}"),
    (CONTACTS, {"telefon", "epost", "webb", "orgnr"}, ""),
    (CONTACTS, {"telefon", "webb"}, "E-post: {epost} | Org.nr: {orgnr}"),
    ("Dnr {dnr}", {"dnr"}, ""),
    ("Dnr: {dnr}", set(), "Dnr: {dnr}"),
    ("{kommun} {dokumenttyp} Dnr {dnr} {datum}", {"dnr"}, "{kommun} {dokumenttyp} {datum}"),
    ("{kommun} · Dnr {dnr} · {datum}\tSida {sida}", {"dnr"}, "{kommun} · {datum}\tSida {sida}"),
    ("{kommun} – {dokumenttyp}\tSida {sida}", {"kommun"}, "{dokumenttyp}\tSida {sida}"),
    ("Dnr {dnr}\t{datum}", {"dnr"}, "\t{datum}"),  # the tab keeps the date at its stop
    ("{kommun}\tDnr {dnr}\tSida {sida}", {"dnr"}, "{kommun}\t\tSida {sida}"),
    ("Postadress: {postadress}\nTelefon: {telefon}", {"postadress"}, "Telefon: {telefon}"),
    ("Telefon: {telefon}\nE-post: {epost}", {"epost"}, "Telefon: {telefon}"),
    ("Tel. {telefon} · Fax {telefon}", {"telefon"}, ""),
    ("Vår referens: {dnr}, {datum}", {"dnr"}, "{datum}"),
    ("Telefon: {telefon} E-post: {epost}", {"telefon"}, "E-post: {epost}"),
    ("Handlingsplan ({dnr})", {"dnr"}, "Handlingsplan"),
    # Never text that is not a label of an empty placeholder:
    ("Kontakta oss på {telefon} eller {epost}.", {"telefon"}, "Kontakta oss på eller {epost}."),
    ("Kommunstyrelsen {enhet}", {"enhet"}, "Kommunstyrelsen"),
    ("Tfn/fax: {telefon} | {kommun}", set(), "Tfn/fax: {telefon} | {kommun}"),
    ("Ansvarig: {okänd} | Dnr {dnr}", {"dnr"}, "Ansvarig: {okänd}"),
    (
        "Brottsförebyggande arbete i {kommun} {period}",
        {"period"},
        "Brottsförebyggande arbete i {kommun}",
    ),
]


@pytest.mark.parametrize(("line", "empty", "shown"), RULE)
def test_an_empty_placeholder_takes_its_label_and_a_separator(
    line: str, empty: set[str], shown: str
) -> None:
    assert left_out(line, empty) == shown


# --- the default template, filled ---------------------------------------------------------------


def exported(contact: Contact, **changes: object) -> docx.document.Document:
    info = dataclasses.replace(INFO, contact=contact, **changes)
    return docx.Document(io.BytesIO(render_docx(Document(info, (text("Brödtext."),)))))


def lines(element: object) -> list[str]:
    return [WordParagraph(p, None).text for p in element.iter(qn("w:p"))]  # type: ignore[attr-defined, arg-type]


def test_a_footer_without_contact_details_shows_no_bare_labels() -> None:
    footer = exported(NO_CONTACT).sections[0].first_page_footer
    assert [line for line in lines(footer._element) if line.strip()] == ["Danderyds kommun"]
    assert len(footer.paragraphs) == 1  # the second line, all labels, is gone


def test_a_footer_with_some_contact_details_keeps_those_with_their_labels() -> None:
    contact = Contact(phone="08-568 910 00", website="www.danderyd.se")
    footer = exported(contact).sections[0].first_page_footer
    assert lines(footer._element) == [
        "Danderyds kommun",
        "Telefon: 08-568 910 00 | Webb: www.danderyd.se",
    ]


def test_a_footer_with_every_contact_detail_is_whole() -> None:
    footer = exported(CONTACT).sections[0].first_page_footer
    assert lines(footer._element) == [
        "Danderyds kommun | Postadress: Box 66, 182 11 Danderyd | Besöksadress: Mörbyleden 12",
        "Telefon: 08-568 910 00 | E-post: kommun@danderyd.se | Webb: www.danderyd.se | "
        "Org.nr: 212000-0076",
    ]


def test_no_dnr_label_without_a_dnr_and_no_empty_line_for_the_unit() -> None:
    section = exported(CONTACT, dnr="", unit="").sections[0]
    left, right = section.first_page_header.tables[0].rows[0].cells
    assert [p.text for p in right.paragraphs if "Sida" not in p.text] == [
        "Tjänsteutlåtande",
        "2020-11-10",
    ]
    assert [p.text for p in left.paragraphs] == ["Danderyds kommun"]
    later = " ".join(lines(section.header._element))
    assert "Dnr" not in later


def test_the_pdf_shows_no_bare_labels_either() -> None:
    info = dataclasses.replace(INFO, contact=NO_CONTACT, dnr="")
    pdf = pypdf.PdfReader(io.BytesIO(render_pdf(Document(info, (text("Brödtext."),)))))
    page = pdf.pages[0].extract_text()
    for label in ("Postadress", "Besöksadress", "Telefon", "E-post", "Webb", "Org.nr", "Dnr"):
        assert label not in page
    assert "Danderyds kommun" in page


# --- templates of the municipality's own --------------------------------------------------------


def own_template(path: Path, *, picture: bytes | None = None) -> Path:
    """A header of label cells beside value cells, a line whose placeholder Word split over
    runs, and perhaps a picture of the template's own."""
    word = docx.Document()
    header = word.sections[0].header
    first = header.paragraphs[0]
    if picture:
        first.add_run().add_picture(io.BytesIO(picture), height=Mm(9))
    table = header.add_table(rows=2, cols=2, width=Mm(150))
    for row, (label, value) in zip(
        table.rows, [("Telefon:", "{telefon}"), ("Dnr", "{dnr}")], strict=True
    ):
        row.cells[0].paragraphs[0].add_run(label)
        row.cells[1].paragraphs[0].add_run(value)
    split = header.add_paragraph()
    for piece in ("{kommun} | Tele", "fon: {tele", "fon} | E-post: {ep", "ost}"):
        split.add_run(piece)
    word.save(str(path))
    return path


def test_a_label_cell_beside_an_empty_value_cell_is_emptied(tmp_path: Path) -> None:
    path = own_template(tmp_path / "egen.docx")
    info = dataclasses.replace(INFO, contact=Contact(email="kommun@danderyd.se"))
    header = docx.Document(io.BytesIO(render_docx(Document(info, ()), path))).sections[0].header
    rows = [[cell.text for cell in row.cells] for row in header.tables[0].rows]
    assert rows == [["", ""], ["Dnr", "KS 2020/0359"]]
    assert lines(header._element)[-1] == "Danderyds kommun | E-post: kommun@danderyd.se"


def test_an_own_template_keeps_its_own_picture_without_a_logo(tmp_path: Path) -> None:
    own_picture = logo_placeholder_png(30, 10)  # not the default template's placeholder
    path = own_template(tmp_path / "egen.docx", picture=own_picture)
    header = docx.Document(io.BytesIO(render_docx(Document(INFO, ()), path))).sections[0].header
    blips = list(header._element.iter(qn("a:blip")))
    assert len(blips) == 1
    assert header.part.related_parts[blips[0].get(qn("r:embed"))].blob == own_picture


# --- the logo -------------------------------------------------------------------------------------


def header_pictures(word: docx.document.Document) -> list[bytes]:
    header = word.sections[0].first_page_header
    return [
        header.part.related_parts[blip.get(qn("r:embed"))].blob
        for blip in header._element.iter(qn("a:blip"))
    ]


def test_the_default_template_shows_no_logo_box_without_a_logo() -> None:
    word = exported(CONTACT)
    assert header_pictures(word) == []
    images = [
        name
        for part in word.part.package.iter_parts()
        for name in [str(part.partname)]
        if name.startswith("/word/media/")
    ]
    assert images == []  # the placeholder is not left behind unused either


def test_the_default_template_shows_the_municipalitys_logo(tmp_path: Path) -> None:
    logo = logo_placeholder_png(200, 100)
    word = exported(CONTACT, logo=logo)
    assert header_pictures(word) == [logo]
    header = word.sections[0].first_page_header._element
    assert [p.get("descr") for p in header.iter(qn("wp:docPr"))] == [LOGO_ALT_TEXT]


@pytest.mark.parametrize("logo", [None, logo_placeholder_png(200, 100)], ids=["none", "own"])
def test_the_pdf_draws_a_logo_only_when_there_is_one(logo: bytes | None) -> None:
    info = dataclasses.replace(INFO, logo=logo)
    page = pypdf.PdfReader(io.BytesIO(render_pdf(Document(info, ())))).pages[0]
    pictures = list(page.images)
    assert len(pictures) == (1 if logo else 0)


def test_the_default_template_file_still_holds_the_placeholder() -> None:
    """The placeholder marks where a logo goes; it is the export that leaves it out."""
    word = docx.Document(str(default_template_path()))
    assert header_pictures(word) == [logo_placeholder_png()]
    header = word.sections[0].first_page_header._element
    assert [p.get("descr") for p in header.iter(qn("wp:docPr"))] == [LOGO_ALT_TEXT]


# --- the default template's header from page 2 ----------------------------------------------------

LONG = Document(INFO, tuple(text(f"Stycke {n} " + "med en del text " * 30) for n in range(40)))
FOLLOW = "Danderyds kommun · Tjänsteutlåtande · Dnr KS 2020/0359 · 2020-11-10"


def test_the_follow_page_header_names_municipality_type_dnr_date_and_page() -> None:
    header = docx.Document(io.BytesIO(render_docx(LONG))).sections[0].header._element
    (line,) = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in header.iter(qn("w:p"))]
    assert line == FOLLOW + "Sida 1 (1)"  # the page fields' cached numbers; a tab between
    assert [f.get(qn("w:instr")).split()[0] for f in header.iter(qn("w:fldSimple"))] == [
        "PAGE",
        "NUMPAGES",
    ]


@pytest.mark.parametrize(
    ("dnr", "shown"), [("KS 2020/0359", FOLLOW), ("", FOLLOW.replace(" · Dnr KS 2020/0359", ""))]
)
def test_the_pdf_shows_the_follow_page_header_from_page_two(dnr: str, shown: str) -> None:
    info = dataclasses.replace(INFO, dnr=dnr)
    pdf = pypdf.PdfReader(io.BytesIO(render_pdf(dataclasses.replace(LONG, info=info))))
    assert len(pdf.pages) >= 2
    for number, page in enumerate(pdf.pages[1:], start=2):
        top = page.extract_text().split("Stycke")[0]  # the header, before the body's text
        assert shown in top
        assert f"Sida{number}({len(pdf.pages)})" in "".join(top.split())  # fields apart
        assert ("Dnr" in top) == bool(dnr)

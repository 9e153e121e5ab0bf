"""The municipality's Word template: the committed default, the check and its Swedish warnings,
placeholders filled also when Word split them over runs, the `{innehåll}` marker, .dotx, and
every kind of file that must be refused – quickly, with a message a user understands."""

from __future__ import annotations

import contextlib
import io
import os
import random
import struct
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import docx
import pypdf
import pytest
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree

from bfa_desktop.cli import ExitCode, main
from bfa_desktop.documents import template
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.template import (
    DOCUMENT_TYPE,
    TEMPLATE_TYPE,
    TemplateError,
    check_template,
    default_template_path,
    open_template,
)
from bfa_desktop.documents.template_logo import logo_placeholder_png
from bfa_desktop.documents.tree import (
    Document,
    DocumentInfo,
    Heading,
    Table,
    cell,
    text,
)
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.storage.database import Database

QUICK = 2.0  # seconds a refusal may take
PNG_LOGO = logo_placeholder_png(120, 40)
MACRO_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"
SPLIT = ("{kom", "mun", "} och {d", "nr}")  # "{kommun} och {dnr}" as Word may store it
FILLED = "Danderyds kommun och KS 2020/0359"
REQUIRED_STYLES = ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Table Grid")
INFO = DocumentInfo(
    kind=DocumentKind.TJANSTEUTLATANDE,
    title="Brottsförebyggande samverkan 2021–2022",
    document_type="Tjänsteutlåtande",
    municipality="Danderyds kommun",
    unit="Kommunledningskontoret",
    document_date=date(2020, 11, 10),
    dnr="KS 2020/0359",
)
DOCUMENT = Document(
    INFO,
    (
        Heading(1, "Ärende"),
        text("Brödtexten."),
        Heading(2, "Underrubrik"),
        Heading(3, "Underunderrubrik"),
        Table(("Nr", "Åtgärd"), ((cell("1"), cell("Grannsamverkan")),)),
    ),
)


@pytest.fixture(autouse=True)
def _fresh_template_checks() -> Iterator[None]:
    """Templates are checked once and remembered; tests that change the limits need afresh."""
    template.forget_checked_templates()
    yield
    template.forget_checked_templates()


# --- helpers ---------------------------------------------------------------------------------


def zip_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data)
    return path


def canonical(xml: bytes) -> bytes:
    return etree.tostring(etree.fromstring(xml), method="c14n")


def with_content_type(path: Path, old: str, new: str) -> dict[str, bytes]:
    parts = zip_parts(path)
    types = parts["[Content_Types].xml"].decode("utf-8")
    assert old in types
    parts["[Content_Types].xml"] = types.replace(old, new).encode("utf-8")
    return parts


def add_runs(paragraph: WordParagraph, pieces: tuple[str, ...]) -> None:
    """The pieces as separate runs, the first bold and italic."""
    for index, piece in enumerate(pieces):
        run = paragraph.add_run(piece)
        if index == 0:
            run.bold = True
            run.italic = True


def remove_style(word: WordDocument, name: str) -> None:
    element = word.styles[name].element
    element.getparent().remove(element)


def custom_template(path: Path) -> Path:
    """A template made with python-docx: no Heading 2/3 or Tabelltext, an unknown placeholder,
    split placeholders in header, header table, footer and body, and a `{innehåll}` marker."""
    word = docx.Document()
    for name in ("Heading 2", "Heading 3"):
        remove_style(word, name)
    section = word.sections[0]
    add_runs(section.header.paragraphs[0], SPLIT)
    table = section.header.add_table(rows=1, cols=2, width=Mm(150))
    add_runs(table.cell(0, 1).paragraphs[0], SPLIT)
    section.header.add_paragraph("Sida {sida} av {sidor} {okänd}")
    add_runs(section.footer.paragraphs[0], SPLIT)
    add_runs(word.add_paragraph("Före: "), SPLIT)
    word.add_paragraph("{innehåll}")
    word.add_paragraph("Efter: {dokumenttyp}")
    word.save(str(path))
    return path


def paragraphs_of(element: etree._Element) -> list[str]:
    return [WordParagraph(p, None).text for p in element.iter(qn("w:p"))]  # type: ignore[arg-type]


def field_instructions(element: etree._Element) -> list[str]:
    return [node.get(qn("w:instr")).split()[0] for node in element.iter(qn("w:fldSimple"))]


def reopen(data: bytes) -> WordDocument:
    return docx.Document(io.BytesIO(data))


def refused(path: Path) -> str:
    """The TemplateError message for `path`, which must come quickly."""
    start = time.perf_counter()
    with pytest.raises(TemplateError) as error:
        check_template(path)
    assert time.perf_counter() - start < QUICK
    return str(error.value)


# --- the committed default template ----------------------------------------------------------


def test_committed_default_template_is_what_the_script_makes(tmp_path: Path) -> None:
    made = tmp_path / "standard.docx"
    subprocess.run(
        [sys.executable, "-m", "bfa_desktop.documents.default_template", str(made)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    committed, fresh = zip_parts(default_template_path()), zip_parts(made)
    assert sorted(committed) == sorted(fresh)
    for name, data in committed.items():
        if name.endswith((".xml", ".rels")):
            assert canonical(data) == canonical(fresh[name]), name
        else:
            assert data == fresh[name], name


def test_default_template_is_a4_with_the_named_styles() -> None:
    word = open_template()
    section = word.sections[0]
    assert section.page_width is not None
    assert section.page_height is not None
    assert section.page_width.mm == pytest.approx(210, abs=0.1)  # stored in twips
    assert section.page_height.mm == pytest.approx(297, abs=0.1)
    names = {style.name for style in word.styles}
    assert {*REQUIRED_STYLES, "Tabelltext"} <= names


def test_default_template_first_page_header_holds_the_placeholders() -> None:
    word = open_template()
    section = word.sections[0]
    assert section.different_first_page_header_footer
    header = "\n".join(paragraphs_of(section.first_page_header._element))
    for placeholder in ("{kommun}", "{enhet}", "{dokumenttyp}", "{datum}", "{dnr}"):
        assert placeholder in header
    assert "Sida {sida} ({sidor})" in header
    assert "Sida {sida} ({sidor})" in "\n".join(paragraphs_of(section.header._element))


def test_default_template_footer_holds_the_contact_placeholders() -> None:
    footer = "\n".join(paragraphs_of(open_template().sections[0].first_page_footer._element))
    for name in ("kommun", "postadress", "besoksadress", "telefon", "epost", "webb", "orgnr"):
        assert f"{{{name}}}" in footer


def test_default_template_has_a_logo_picture_with_alt_text() -> None:
    header = open_template(logo=PNG_LOGO).sections[0].first_page_header
    pictures = list(header._element.iter(qn("wp:docPr")))
    assert len(pictures) == 1
    assert pictures[0].get("descr") == "Kommunens logotyp"
    blip = next(header._element.iter(qn("a:blip")))
    image = header.part.related_parts[blip.get(qn("r:embed"))]
    assert image.blob == PNG_LOGO


def test_default_template_passes_the_check_without_warnings() -> None:
    report = check_template()
    assert report.missing_styles == []
    assert report.unknown_placeholders == []
    assert report.warnings == []


# --- a template of the municipality's own ----------------------------------------------------


@pytest.fixture
def custom(tmp_path: Path) -> Path:
    return custom_template(tmp_path / "egen mall.docx")


@pytest.fixture
def custom_docx(custom: Path) -> WordDocument:
    return reopen(render_docx(DOCUMENT, custom))


def test_check_lists_exactly_the_missing_styles_and_the_unknown_placeholder(custom: Path) -> None:
    report = check_template(custom)
    assert report.missing_styles == ["Heading 2", "Heading 3", "Tabelltext"]
    assert report.unknown_placeholders == ["okänd"]


def test_check_warnings_are_swedish_sentences(custom: Path) -> None:
    warnings = check_template(custom).warnings
    assert warnings == [
        "Mallen saknar formatmallen 'Heading 2'; programmets standard används.",
        "Mallen saknar formatmallen 'Heading 3'; programmets standard används.",
        "Mallen saknar formatmallen 'Tabelltext'; programmets standard används.",
        "Okänd platshållare {okänd} i mallen; den lämnas som den står.",
    ]


def test_export_with_an_incomplete_template_adds_the_missing_styles(
    custom_docx: WordDocument,
) -> None:
    names = {style.name for style in custom_docx.styles}
    assert {"Heading 2", "Heading 3", "Tabelltext"} <= names
    styles = {p.text: p.style.name for p in custom_docx.paragraphs if p.style is not None}
    assert styles["Underrubrik"] == "Heading 2"
    assert styles["Underunderrubrik"] == "Heading 3"
    table_cell = custom_docx.tables[0].cell(1, 1).paragraphs[0]
    assert table_cell.text == "Grannsamverkan"
    assert table_cell.style is not None
    assert table_cell.style.name == "Tabelltext"


def test_pdf_export_with_an_incomplete_template_works(custom: Path) -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(DOCUMENT, custom)))
    page = reader.pages[0].extract_text()
    assert "Underunderrubrik" in page
    assert "Grannsamverkan" in page


def test_split_placeholders_are_filled_in_header_footer_body_and_header_table(
    custom_docx: WordDocument,
) -> None:
    section = custom_docx.sections[0]
    assert section.header.paragraphs[0].text == FILLED
    assert section.header.tables[0].cell(0, 1).text == FILLED
    assert section.footer.paragraphs[0].text == FILLED
    assert custom_docx.paragraphs[0].text == "Före: " + FILLED


def test_a_filled_placeholder_keeps_the_format_of_its_first_run(
    custom_docx: WordDocument,
) -> None:
    section = custom_docx.sections[0]
    for paragraph in (
        section.header.paragraphs[0],
        section.header.tables[0].cell(0, 1).paragraphs[0],
        section.footer.paragraphs[0],
    ):
        first, *rest = [run for run in paragraph.runs if run.text]
        assert first.text == "Danderyds kommun"
        assert first.bold
        assert first.italic
        assert [run.text for run in rest] == [" och KS 2020/0359"]
        assert not any(run.bold or run.italic for run in rest)  # as the template had it


def test_page_placeholders_become_page_and_numpages_fields(custom_docx: WordDocument) -> None:
    header = custom_docx.sections[0].header._element
    assert field_instructions(header) == ["PAGE", "NUMPAGES"]
    text_of_header = "\n".join(paragraphs_of(header))
    assert "{sida}" not in text_of_header
    assert "{sidor}" not in text_of_header


def test_default_template_gives_page_fields_in_both_headers() -> None:
    section = reopen(render_docx(DOCUMENT)).sections[0]
    for header in (section.first_page_header, section.header):
        assert field_instructions(header._element) == ["PAGE", "NUMPAGES"]
        shown = "\n".join(paragraphs_of(header._element))
        assert "{" not in shown
    first = "\n".join(paragraphs_of(section.first_page_header._element))
    for value in (INFO.municipality, INFO.unit, INFO.document_type, "2020-11-10", INFO.dnr):
        assert value in first


def test_unknown_placeholders_are_left_as_they_stand(custom_docx: WordDocument) -> None:
    header = "\n".join(paragraphs_of(custom_docx.sections[0].header._element))
    assert "{okänd}" in header


def test_content_marker_places_the_document_between_the_templates_own_text(
    custom_docx: WordDocument,
) -> None:
    body = [p.text for p in custom_docx.paragraphs if p.text]
    assert body[0] == "Före: " + FILLED
    assert body[1] == INFO.title
    assert body[-1] == "Efter: Tjänsteutlåtande"
    assert "Brödtexten." in body
    assert not any("innehåll" in line for line in body)


def test_without_a_content_marker_the_templates_body_is_replaced(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Mallens exempeltext")
    word.save(str(tmp_path / "mall.docx"))
    body = [p.text for p in reopen(render_docx(DOCUMENT, tmp_path / "mall.docx")).paragraphs]
    assert "Mallens exempeltext" not in body
    assert body[0] == INFO.title


def test_pdf_header_and_footer_fill_split_placeholders_and_page_numbers(custom: Path) -> None:
    page = pypdf.PdfReader(io.BytesIO(render_pdf(DOCUMENT, custom))).pages[0]
    lines = [" ".join(line.split()) for line in page.extract_text().splitlines()]
    joined = " ".join(lines)
    assert joined.count("Danderyds kommun och KS 2020/0359") >= 3  # header, table, footer
    assert "Sida 1 av 1" in joined
    assert "{okänd}" in joined
    assert "{kom" not in joined.replace("{okänd}", "")


def test_pdf_has_the_templates_own_text_around_the_content_marker(custom: Path) -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(DOCUMENT, custom)))
    body = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Före: " + FILLED in body
    assert "Efter: Tjänsteutlåtande" in body


# --- .dotx -----------------------------------------------------------------------------------


def test_dotx_template_is_accepted_and_gives_a_word_document(tmp_path: Path) -> None:
    dotx = write_zip(
        tmp_path / "mall.dotx",
        with_content_type(default_template_path(), DOCUMENT_TYPE, TEMPLATE_TYPE),
    )
    assert check_template(dotx).warnings == []
    output = render_docx(DOCUMENT, dotx)
    with zipfile.ZipFile(io.BytesIO(output)) as archive:
        types = archive.read("[Content_Types].xml").decode("utf-8")
    assert DOCUMENT_TYPE in types
    assert TEMPLATE_TYPE not in types
    assert reopen(output).paragraphs[0].text == INFO.title
    assert pypdf.PdfReader(io.BytesIO(render_pdf(DOCUMENT, dotx))).pages


# --- files that are refused ------------------------------------------------------------------


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Word document whose document.xml unpacks to 300 MB of zeros (about 1 MB packed)."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    parts = zip_parts(default_template_path())
    del parts["word/document.xml"]
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        with archive.open("word/document.xml", "w") as entry:
            for _ in range(300):
                entry.write(chunk)
    return path


def understated_bomb(path: Path) -> Path:
    """50 MB of zeros as word/document.xml, its size declared as 2 000 bytes in both the local
    and the central header, so the size and ratio checks see nothing wrong."""
    parts = zip_parts(default_template_path())
    del parts["word/document.xml"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        with archive.open("word/document.xml", "w") as entry:
            for _ in range(50):
                entry.write(bytes(1 << 20))
    data = bytearray(buffer.getvalue())
    name = b"word/document.xml"
    declared = (2000).to_bytes(4, "little")
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        local = archive.getinfo(name.decode()).header_offset
    assert data[local : local + 4] == b"PK\x03\x04"
    data[local + 22 : local + 26] = declared
    central = data.rfind(b"PK\x01\x02")  # the central directory, searched from its end
    while data[central + 46 : central + 46 + len(name)] != name:
        central = data.rfind(b"PK\x01\x02", 0, central)
    data[central + 24 : central + 28] = declared
    path.write_bytes(bytes(data))
    return path


def docm(path: Path) -> Path:
    return write_zip(
        path.with_suffix(".docm"),
        with_content_type(default_template_path(), DOCUMENT_TYPE, MACRO_TYPE),
    )


def vba_project(path: Path) -> Path:
    parts = zip_parts(default_template_path())
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 makro"
    return write_zip(path, parts)


def text_file(path: Path) -> Path:
    path.write_text("Det här är ingen Word-fil.\n", encoding="utf-8")
    return path


def random_bytes(path: Path) -> Path:
    path.write_bytes(random.Random(4711).randbytes(20_000))
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def zip_without_content_types(path: Path) -> Path:
    parts = zip_parts(default_template_path())
    del parts["[Content_Types].xml"]
    return write_zip(path, parts)


def zip_of_other_things(path: Path) -> Path:
    return write_zip(path, {"readme.txt": b"hej", "data/values.csv": b"1;2;3\n"})


def too_many_entries(path: Path) -> Path:
    parts = zip_parts(default_template_path())
    parts.update({f"customXml/extra{number}.xml": b"<a/>" for number in range(2001)})
    return write_zip(path, parts)


def with_entry(name: str) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        parts = zip_parts(default_template_path())
        parts[name] = b"elakt"
        return write_zip(path, parts)

    return build


def missing(path: Path) -> Path:
    return path.parent / "finns-inte.docx"


def folder(path: Path) -> Path:
    target = path.parent / "mapp.docx"
    target.mkdir()
    return target


REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "docm": (docm, "innehåller makron"),
    "vba_project": (vba_project, "innehåller makron"),
    "text_file": (text_file, "är inte ett Word-dokument"),
    "random_bytes": (random_bytes, "är inte ett Word-dokument"),
    "empty_file": (empty_file, "är inte ett Word-dokument"),
    "zip_without_content_types": (zip_without_content_types, "är inte ett Word-dokument"),
    "zip_of_other_things": (zip_of_other_things, "är inte ett Word-dokument"),
    "too_many_entries": (too_many_entries, "orimligt många delar"),
    "parent_path": (with_entry("../../evil"), "otillåten sökväg"),
    "absolute_path": (with_entry("/etc/passwd"), "otillåten sökväg"),
    "drive_path": (with_entry("C:\\x"), "otillåten sökväg"),
    "understated_bomb": (understated_bomb, "är skadad"),
    "missing": (missing, "finns inte"),
    "folder": (folder, "är en mapp"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_unusable_file_is_refused_quickly_with_a_swedish_message(case: str, tmp_path: Path) -> None:
    build, words = REFUSED[case]
    path = build(tmp_path / "mall.docx")
    message = refused(path)
    assert words in message
    assert path.name in message


def test_zip_bomb_is_refused_quickly_without_unpacking(zip_bomb: Path) -> None:
    assert zip_bomb.stat().st_size < 2_000_000
    message = refused(zip_bomb)
    assert "zip-bomb" in message
    assert "används inte" in message


def test_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(template, "MAX_TEMPLATE_BYTES", 10_000)
    message = refused(default_template_path())
    assert "är för stor" in message
    assert "standard.docx" in message


@pytest.mark.parametrize(("case", "words"), [("missing", "finns inte"), ("folder", "är en mapp")])
def test_unreadable_template_is_explained_in_swedish(case: str, words: str, tmp_path: Path) -> None:
    build, _ = REFUSED[case]
    path = build(tmp_path / "mall.docx")
    message = refused(path).replace(str(path), "")
    assert words in message


# --- damaged Word files ----------------------------------------------------------------------


def replaced(part: str, old: bytes | None, new: bytes) -> Callable[[Path], Path]:
    """The default template with `old` replaced by `new` in `part` (the whole part if None)."""

    def build(path: Path) -> Path:
        parts = zip_parts(default_template_path())
        if old is None:
            parts[part] = new
        else:
            assert old in parts[part]
            parts[part] = parts[part].replace(old, new, 1)
        return write_zip(path, parts)

    return build


def without_section_properties(path: Path) -> Path:
    parts = zip_parts(default_template_path())
    root = etree.fromstring(parts["word/document.xml"])
    for section in list(root.iter(qn("w:sectPr"))):
        section.getparent().remove(section)
    parts["word/document.xml"] = etree.tostring(root)
    return write_zip(path, parts)


W_NAMESPACE = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DAMAGED: dict[str, Callable[[Path], Path]] = {
    "document_root_not_a_document": replaced("word/document.xml", None, b"<a/>"),
    "document_without_body": replaced(
        "word/document.xml", None, b"<w:document " + W_NAMESPACE + b"/>"
    ),
    "styles_root_not_styles": replaced("word/styles.xml", None, b"<a/>"),
    "no_section_properties": without_section_properties,
    "page_width_not_a_number": replaced("word/document.xml", b'w:w="11906"', b'w:w="bred"'),
    "font_size_not_a_number": replaced(
        "word/styles.xml", b'<w:sz w:val="24"/>', b'<w:sz w:val="x"/>'
    ),
    "theme_not_xml": replaced("word/theme/theme1.xml", None, b"<<< inte xml"),
    "logo_not_an_image": replaced("word/media/image1.png", None, b"ingen bild"),
}


@pytest.mark.parametrize("case", DAMAGED)
def test_damaged_word_file_is_refused_or_still_exports(case: str, tmp_path: Path) -> None:
    path = DAMAGED[case](tmp_path / "trasig.docx")
    try:
        check_template(path)
    except TemplateError as error:
        assert path.name in str(error)
        return
    reopen(render_docx(DOCUMENT, path))
    assert pypdf.PdfReader(io.BytesIO(render_pdf(DOCUMENT, path))).pages


def emf_logo(path: Path) -> Path:
    """The default template with its logo as an EMF picture, as many municipalities' logos are
    (a minimal but well-formed EMF: a header record and an end-of-file record)."""
    header = struct.pack(
        "<II4i4iIIIIHHIII2i2i",
        *(1, 88),  # EMR_HEADER and its size
        *(0, 0, 240, 72, 0, 0, 6350, 1905),  # bounds (pixels) and frame (0.01 mm)
        *(0x464D4520, 0x10000, 108, 2, 0, 0),  # " EMF", version, bytes, records, handles
        *(0, 0, 0, 1024, 768, 320, 240),  # no description or palette; device size
    )
    emf = header + struct.pack("<IIIII", 14, 20, 0, 16, 20)
    parts = zip_parts(default_template_path())
    parts["word/media/image1.emf"] = emf
    del parts["word/media/image1.png"]
    rels = "word/_rels/header1.xml.rels"
    parts[rels] = parts[rels].replace(b"media/image1.png", b"media/image1.emf")
    types = b'<Default Extension="emf" ContentType="image/x-emf"/>'
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b'<Default Extension="png"', types + b'<Default Extension="png"'
    )
    return write_zip(path, parts)


def test_template_with_an_emf_logo_gives_a_pdf_or_is_refused(tmp_path: Path) -> None:
    path = emf_logo(tmp_path / "emf-logga.docx")
    try:
        check_template(path)
    except TemplateError:
        return
    reopen(render_docx(DOCUMENT, path))
    assert pypdf.PdfReader(io.BytesIO(render_pdf(DOCUMENT, path))).pages


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_size_limit_holds_for_a_file_that_is_not_a_regular_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(template, "MAX_TEMPLATE_BYTES", 10_000)
    data = default_template_path().read_bytes()
    assert len(data) > template.MAX_TEMPLATE_BYTES
    pipe = tmp_path / "mall.docx"
    os.mkfifo(pipe)

    def feed() -> None:
        with contextlib.suppress(OSError), pipe.open("wb") as writer:
            writer.write(data)

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        with pytest.raises(TemplateError):
            check_template(pipe)
    finally:
        if feeder.is_alive():  # refused without reading: let the writer finish
            with contextlib.suppress(OSError):
                descriptor = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
                feeder.join(1)
                os.close(descriptor)


# --- external entities -----------------------------------------------------------------------

ENTITY_PARAGRAPH = "<w:p><w:r><w:t>före &hemlig; mitten &passwd; efter</w:t></w:r></w:p>"


def with_external_entities(path: Path, part: str, secret: Path) -> Path:
    """The default template with a DOCTYPE declaring two external entities in `part`, and a
    paragraph using them (in the body next to an {innehåll} marker, so it is kept)."""
    parts = zip_parts(default_template_path())
    xml = parts[part].decode("utf-8")
    declaration_end = xml.index("?>") + 2
    doctype = (
        f'<!DOCTYPE x [<!ENTITY hemlig SYSTEM "{secret.as_uri()}">'
        '<!ENTITY passwd SYSTEM "file:///etc/passwd">]>'
    )
    xml = xml[:declaration_end] + doctype + xml[declaration_end:].lstrip()
    if part == "word/document.xml":
        marker = "<w:p><w:r><w:t>{innehåll}</w:t></w:r></w:p>"
        xml = xml.replace("<w:sectPr", ENTITY_PARAGRAPH + marker + "<w:sectPr", 1)
    else:
        closing = xml.rindex("</w:")
        xml = xml[:closing] + ENTITY_PARAGRAPH + xml[closing:]
    parts[part] = xml.encode("utf-8")
    return write_zip(path, parts)


ENTITY_PARTS = ["word/document.xml", "word/header1.xml", "word/header2.xml", "word/footer1.xml"]
SECRET = "HEMLIG-UPPGIFT-7f3a9c"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "hemlig.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def exported_texts(source: Path) -> Iterator[str]:
    """Every part of the exported .docx and the text of the exported PDF."""
    with zipfile.ZipFile(io.BytesIO(render_docx(DOCUMENT, source))) as archive:
        for name in archive.namelist():
            yield archive.read(name).decode("utf-8", "replace")
    pdf = render_pdf(DOCUMENT, source)
    yield pdf.decode("latin-1")
    yield "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("part", ENTITY_PARTS)
def test_external_entities_in_a_template_are_never_resolved(
    part: str, tmp_path: Path, secret: Path
) -> None:
    source = with_external_entities(tmp_path / "entitet.docx", part, secret)
    try:
        check_template(source)
    except TemplateError:
        return  # refusing the template is as good
    passwd = Path("/etc/passwd")
    leaks = [SECRET]
    if passwd.is_file():
        leaks += [line for line in passwd.read_text().splitlines()[:1] if line] + ["root:"]
    for content in exported_texts(source):
        for leak in leaks:
            assert leak not in content


@pytest.mark.parametrize("part", ENTITY_PARTS)
def test_template_with_external_entities_is_refused_or_gives_a_sound_word_file(
    part: str, tmp_path: Path, secret: Path
) -> None:
    source = with_external_entities(tmp_path / "entitet.docx", part, secret)
    try:
        check_template(source)
    except TemplateError as error:
        assert source.name in str(error)
        return
    output = render_docx(DOCUMENT, source)
    with zipfile.ZipFile(io.BytesIO(output)) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(archive.read(name))  # well-formed
    reopen(output)


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def demo_database(demo_database: Database) -> Path:
    """The file of the demo database (tests/conftest.py), for the command line."""
    return demo_database.path


@pytest.mark.parametrize("case", ["docm", "text_file", "zip_without_content_types", "missing"])
def test_cli_export_with_an_unusable_template_exits_4_and_writes_nothing(
    case: str,
    demo_database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    build, words = REFUSED[case]
    bad = build(tmp_path / "mall.docx")
    output = tmp_path / "ut"
    output.mkdir()
    code = main(
        ["--database", str(demo_database), "export", "-o", str(output), "--template", str(bad)]
    )
    assert code == ExitCode.REFUSED_INPUT == 4
    captured = capsys.readouterr()
    assert words in captured.err
    assert captured.err.startswith("bfa-desktop: ")
    assert "Traceback" not in captured.err
    assert list(output.iterdir()) == []


def test_cli_export_with_a_template_of_external_entities_leaks_nothing(
    demo_database: Path,
    tmp_path: Path,
    secret: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = with_external_entities(tmp_path / "entitet.docx", "word/header1.xml", secret)
    output = tmp_path / "ut"
    output.mkdir()
    code = main(
        [
            "--database",
            str(demo_database),
            "export",
            "-o",
            str(output),
            "--template",
            str(source),
            "-d",
            "motesanteckningar",
        ]
    )
    capsys.readouterr()
    assert code in (ExitCode.OK, ExitCode.REFUSED_INPUT)
    for path in output.iterdir():
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as archive:
                contents = [
                    archive.read(name).decode("utf-8")
                    for name in archive.namelist()
                    if name.endswith((".xml", ".rels"))
                ]
        else:
            reader = pypdf.PdfReader(path)
            contents = [page.extract_text() for page in reader.pages]
        for content in contents:
            assert SECRET not in content


def test_a_logo_the_pdf_cannot_draw_is_reported_before_export(tmp_path: Path) -> None:
    report = check_template(emf_logo(tmp_path / "emf-logga.docx"))
    assert report.pictures_left_out_of_pdf == 1
    assert any("EMF" in warning and "PDF" in warning for warning in report.warnings)
    assert check_template().pictures_left_out_of_pdf == 0

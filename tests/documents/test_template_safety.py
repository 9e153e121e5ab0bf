"""A template's external references (attached template, linked pictures, INCLUDEPICTURE and
other fields, hyperlinks, OLE links, frames, subdocuments, altChunks, mail-merge sources, data
bindings …) are taken out – whichever way the template arrives: a file given to the export, a
template stored in the database, one in an exchange file – and the template check names each.
What cannot be taken out safely is refused, and nothing is written."""

from __future__ import annotations

import base64
import io
import json
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pypdf
import pytest
from lxml import etree
from sqlalchemy import select

from bfa_desktop import model
from bfa_desktop.cli import ExitCode, main
from bfa_desktop.documents import external_references, template
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.template import TemplateError, check_template
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.services.demo import load_demo
from bfa_desktop.services.export import ExportFormat, export_period
from bfa_desktop.storage.database import Database
from tests.documents.external_checks import external_leftovers
from tests.documents.hostile_templates import (
    CONTENT_MARKER,
    HOST,
    HOSTILITIES,
    Hostility,
    Parts,
    hostile_template,
)
from tests.documents.test_template import DOCUMENT

QUICK = 3.0  # seconds


@pytest.fixture(autouse=True)
def _fresh_template_checks() -> Iterator[None]:
    template.forget_checked_templates()
    yield
    template.forget_checked_templates()


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return hostile_template(tmp_path / "kommunens mall.docx")


def all_named(warnings: list[str] | str, hostilities: tuple[Hostility, ...] = HOSTILITIES) -> None:
    text = warnings if isinstance(warnings, str) else "\n".join(warnings)
    missing = [h.name for h in hostilities if h.named not in text]
    assert not missing, f"not named: {missing}\n{text}"


def docx_texts(data: bytes) -> str:
    """Every paragraph's text in body, headers and footers."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = [
            etree.fromstring(archive.read(name))
            for name in archive.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        ]
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    return "\n".join(
        "".join(t.text or "" for t in p.iter(f"{w}t")) for r in parts for p in r.iter(f"{w}p")
    )


# --- each kind, alone -------------------------------------------------------------------------


@pytest.mark.parametrize("hostility", HOSTILITIES, ids=lambda h: h.name)
def test_each_kind_of_external_reference_is_taken_out_and_named(
    hostility: Hostility, tmp_path: Path
) -> None:
    path = hostile_template(tmp_path / "mall.docx", [hostility])
    assert external_leftovers(path.read_bytes()), "the template holds the reference"
    report = check_template(path)
    all_named(report.warnings, (hostility,))
    assert len(report.external_references) >= 1
    assert external_leftovers(render_docx(DOCUMENT, path)) == []


def test_the_default_template_has_nothing_external() -> None:
    assert check_template().external_references == []
    assert external_leftovers(render_docx(DOCUMENT)) == []


# --- all kinds at once ------------------------------------------------------------------------


def test_a_template_with_every_kind_is_cleaned_and_each_is_named(hostile: Path) -> None:
    report = check_template(hostile)
    all_named(report.warnings)
    assert len(report.external_references) == len(HOSTILITIES) + 1  # + the LINK field's object
    assert external_leftovers(render_docx(DOCUMENT, hostile)) == []
    assert pypdf.PdfReader(io.BytesIO(render_pdf(DOCUMENT, hostile))).pages


def test_what_the_reader_saw_stays(hostile: Path) -> None:
    """A hyperlink's text, a field's last result and an OLE object's picture stay; a picture
    both linked and embedded keeps its embedded copy."""
    output = render_docx(DOCUMENT, hostile)
    shown = docx_texts(output)
    for text in ("Läs mer", "Fältbild", "Inkluderad text", "Fältlänk", "DDE-resultat"):
        assert text in shown
    assert "Nästlad" in shown
    assert "Bunden text" in shown
    word = docx.Document(io.BytesIO(output))
    footer = word.sections[0].first_page_footer._element
    blips = footer.findall(".//{http://schemas.openxmlformats.org/drawingml/2006/main}blip")
    assert len(blips) == 1  # the linked-only VML picture is gone, the embedded one stays
    body = word.element.body
    assert body.find(".//{urn:schemas-microsoft-com:vml}imagedata") is not None  # OLE picture


def test_safe_fields_stay_as_they_are(tmp_path: Path) -> None:
    parts = Parts(template.default_template_path())
    safe = (
        '<w:p><w:fldSimple w:instr=" DATE \\@ &quot;yyyy-MM-dd&quot; ">'
        "<w:r><w:t>2026-01-01</w:t></w:r></w:fldSimple>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> STYLEREF "Heading 1" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Rubrik</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    parts.append("word/header2.xml", safe)
    path = parts.write(tmp_path / "mall.docx")
    assert check_template(path).external_references == []
    header = docx.Document(io.BytesIO(render_docx(DOCUMENT, path))).sections[0].header._element
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    codes = [code.text for code in header.iter(f"{w}instrText")]
    assert codes == [' STYLEREF "Heading 1" ']
    simple = [field.get(f"{w}instr") for field in header.iter(f"{w}fldSimple")]
    assert ' DATE \\@ "yyyy-MM-dd" ' in simple


# --- refused: nothing can be taken out safely ---------------------------------------------------


def with_activex(parts: Parts) -> None:
    parts.put(
        "word/activeX/activeX1.xml",
        '<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" '
        'ax:classid="{8BD21D40-EC42-11CE-9E0D-00AA006002F3}" ax:persistence="persistPropertyBag"/>',
    )
    parts.content_type("word/activeX/activeX1.xml", "application/vnd.ms-office.activeX+xml")
    parts.relationship("word/document.xml", "control", "activeX/activeX1.xml", external=False)


def with_unknown_reference(parts: Parts) -> None:
    """A header of the section that is itself on a remote host."""
    rid = parts.relationship("word/document.xml", "header", f"http://{HOST}.example/sidhuvud.xml")
    xml = parts.text("word/document.xml")
    reference = f'<w:headerReference w:type="even" r:id="{rid}"/>'
    parts.put("word/document.xml", xml.replace("<w:pgSz", reference + "<w:pgSz", 1))


def with_too_many_references(parts: Parts) -> None:
    links = "".join(
        f'<Relationship Id="rIdM{n}" Type="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/relationships/hyperlink" Target="http://{HOST}.example/{n}" TargetMode="External"/>'
        for n in range(external_references.MAX_RELATIONSHIPS + 1)
    )
    xml = (
        parts.text("word/_rels/header2.xml.rels")
        if "word/_rels/header2.xml.rels" in parts.parts
        else None
    )
    parts.put(
        "word/_rels/header2.xml.rels",
        (
            xml
            or '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"></Relationships>'
        ).replace("</Relationships>", links + "</Relationships>"),
    )


def with_malformed_settings(parts: Parts) -> None:
    parts.put("word/settings.xml", parts.text("word/settings.xml").replace("</w:settings>", ""))


def with_settings_of_another_kind(parts: Parts) -> None:
    parts.put("word/settings.xml", "<einstellungen/>")


def with_unknown_encoding(parts: Parts) -> None:
    xml = parts.text("word/settings.xml")
    parts.put("word/settings.xml", xml.replace("encoding='UTF-8'", "encoding='x-klingon'", 1))


def with_invalid_bytes(parts: Parts) -> None:
    xml = parts.parts["word/footer1.xml"]
    parts.parts["word/footer1.xml"] = xml.replace(b"Postadress", b"Postadr\xff\xfess", 1)


REFUSED = {
    "ActiveX control": (with_activex, "ActiveX"),
    "reference nothing can replace": (with_unknown_reference, f"{HOST}.example/sidhuvud.xml"),
    "too many references": (with_too_many_references, "orimligt många referenser"),
    "malformed settings.xml": (with_malformed_settings, "word/settings.xml"),
    "settings.xml of another kind": (with_settings_of_another_kind, "är skadad"),
    "unknown encoding": (with_unknown_encoding, "word/settings.xml"),
    "bytes that are not UTF-8": (with_invalid_bytes, "word/footer1.xml"),
}


def refused_template(tmp_path: Path, case: str) -> Path:
    build, _ = REFUSED[case]
    parts = Parts(template.default_template_path())
    build(parts)
    return parts.write(tmp_path / "farlig mall.docx")


@pytest.mark.parametrize("case", REFUSED)
def test_what_cannot_be_cleaned_safely_is_refused_with_a_swedish_message(
    case: str, tmp_path: Path
) -> None:
    path = refused_template(tmp_path, case)
    start = time.perf_counter()
    with pytest.raises(TemplateError) as error:
        check_template(path)
    assert time.perf_counter() - start < QUICK
    message = str(error.value)
    assert message.startswith("farlig mall.docx ")
    assert REFUSED[case][1] in message
    assert "Traceback" not in message


@pytest.mark.parametrize("case", REFUSED)
def test_cli_export_with_such_a_template_exits_4_and_writes_nothing(
    case: str, demo_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = refused_template(tmp_path, case)
    output = tmp_path / "ut"
    output.mkdir()
    arguments = ["--database", str(demo_database), "export", "-o", str(output)]
    assert main([*arguments, "--template", str(path)]) == ExitCode.REFUSED_INPUT
    assert "farlig mall.docx" in capsys.readouterr().err
    assert list(output.iterdir()) == []


# --- huge numbers and odd encodings: cleaned, quickly ------------------------------------------


def test_thousands_of_links_are_cleaned_quickly_and_counted(tmp_path: Path) -> None:
    parts = Parts(template.default_template_path())
    count = external_references.MAX_RELATIONSHIPS - 100
    links = []
    for number in range(count):
        rid = parts.relationship("word/footer1.xml", "hyperlink", f"http://{HOST}.example/{number}")
        links.append(f'<w:hyperlink r:id="{rid}"><w:r><w:t>{number}</w:t></w:r></w:hyperlink>')
    parts.append("word/footer1.xml", f"<w:p>{''.join(links)}</w:p>")
    path = parts.write(tmp_path / "mall.docx")
    start = time.perf_counter()
    report = check_template(path)
    assert time.perf_counter() - start < QUICK
    assert len(report.external_references) == count
    assert len(report.warnings) == external_references.MAX_NAMED + 1
    rest = count - external_references.MAX_NAMED
    assert report.warnings[external_references.MAX_NAMED] == (
        f"… och {rest} externa referenser till togs bort."
    )
    output = render_docx(DOCUMENT, path)
    assert external_leftovers(output) == []
    assert str(count - 1) in docx_texts(output)  # the links' texts stay


def utf16_footer(parts: Parts) -> None:
    xml = parts.text("word/footer1.xml").replace("encoding='UTF-8'", "encoding='UTF-16'", 1)
    parts.parts["word/footer1.xml"] = xml.encode("utf-16")


def latin1_rels(parts: Parts) -> None:
    name = "word/_rels/footer1.xml.rels"
    xml = parts.text(name).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"', 1)
    parts.parts[name] = xml.encode("iso-8859-1")


@pytest.mark.parametrize("encode", [utf16_footer, latin1_rels], ids=["UTF-16", "ISO-8859-1"])
def test_parts_in_other_encodings_are_cleaned_too(encode: object, tmp_path: Path) -> None:
    parts = Parts(template.default_template_path())
    target = f"http://{HOST}.example/sidfot-åäö"
    rid = parts.relationship("word/footer1.xml", "hyperlink", target)
    parts.append(
        "word/footer1.xml",
        f'<w:p><w:hyperlink r:id="{rid}"><w:r><w:t>Länk</w:t></w:r></w:hyperlink></w:p>',
    )
    encode(parts)  # type: ignore[operator]
    path = parts.write(tmp_path / "mall.docx")
    assert target in "\n".join(check_template(path).warnings)
    output = render_docx(DOCUMENT, path)
    assert external_leftovers(output) == []
    assert "Länk" in docx_texts(output)


def test_odd_characters_in_a_target_are_shown_harmlessly(tmp_path: Path) -> None:
    parts = Parts(template.default_template_path())
    target = f"http://{HOST}.example/" + "\u202e\x7f&#9;" + "x" * 500
    parts.relationship("word/header2.xml", "hyperlink", target)
    path = parts.write(tmp_path / "mall.docx")
    (warning,) = check_template(path).warnings
    assert "\x7f" not in warning
    assert "\t" not in warning
    assert "\u202e" not in warning
    assert len(warning) < 250


# --- every way a template arrives ---------------------------------------------------------------


@pytest.fixture
def demo_database(demo_database: Database) -> Path:
    """The file of the demo database (tests/conftest.py), for the command line."""
    return demo_database.path


def exported_docx_files(folder: Path) -> list[Path]:
    files = sorted(folder.glob("*.docx"))
    assert files
    return files


def assert_clean_export(folder: Path) -> None:
    for path in exported_docx_files(folder):
        assert external_leftovers(path.read_bytes()) == [], path.name
    for path in folder.glob("*.pdf"):
        text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
        assert HOST not in text.lower()


def test_cli_export_with_a_hostile_template_file(
    hostile: Path, demo_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "ut"
    output.mkdir()
    arguments = ["--database", str(demo_database), "export", "-o", str(output)]
    code = main([*arguments, "--template", str(hostile), "-d", "motesanteckningar"])
    assert code == ExitCode.OK
    all_named(capsys.readouterr().err)
    assert_clean_export(output)


def test_service_export_with_a_hostile_template_stored_in_the_database(
    hostile: Path, database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        municipality, _ = load_demo(session)
        municipality.template = hostile.read_bytes()
        municipality.template_name = hostile.name
    output = tmp_path / "ut"
    output.mkdir()
    with database.session() as session:
        period = session.scalars(select(model.Period)).all()[-1]
        result = export_period(
            period,
            output,
            documents=[DocumentKind.TJANSTEUTLATANDE],
            formats=[ExportFormat.DOCX, ExportFormat.PDF],
        )
    all_named(result.template_report.warnings)
    assert_clean_export(output)


def test_a_hostile_template_arriving_in_an_exchange_file(
    hostile: Path, demo_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exchange = tmp_path / "utbyte.json"
    assert main(["--database", str(demo_database), "export-json", "-o", str(exchange)]) == 0
    content = json.loads(exchange.read_text(encoding="utf-8"))
    content["municipality"]["template"] = base64.b64encode(hostile.read_bytes()).decode("ascii")
    content["municipality"]["template_name"] = hostile.name
    exchange.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    other = tmp_path / "annan.sqlite3"
    assert main(["--database", str(other), "import-json", str(exchange)]) == ExitCode.OK
    output = tmp_path / "ut"
    output.mkdir()
    capsys.readouterr()
    code = main(["--database", str(other), "export", "-o", str(output), "-d", "motesanteckningar"])
    assert code == ExitCode.OK
    all_named(capsys.readouterr().err)
    assert_clean_export(output)


def test_the_body_of_a_hostile_template_is_kept_around_the_content(hostile: Path) -> None:
    """The corpus keeps its body (an {innehåll} marker): the references there count too."""
    assert "{innehåll}" in CONTENT_MARKER
    body = [p.text for p in docx.Document(io.BytesIO(render_docx(DOCUMENT, hostile))).paragraphs]
    assert "DDE-resultat" in body


def utf16(xml: bytes) -> bytes:
    text = xml.decode("utf-8").replace("encoding='UTF-8'", "encoding='UTF-16'", 1)
    return text.replace('encoding="UTF-8"', 'encoding="UTF-16"', 1).encode("utf-16")


def test_content_types_in_utf16_are_read_as_such(tmp_path: Path) -> None:
    """A package's content types may be UTF-16: the template is a Word document, and a
    macro-enabled one is still recognised as one."""
    parts = Parts(template.default_template_path())
    parts.parts["[Content_Types].xml"] = utf16(parts.parts["[Content_Types].xml"])
    path = parts.write(tmp_path / "mall.docx")
    assert check_template(path).warnings == []
    macro = Parts(template.default_template_path())
    types = macro.text("[Content_Types].xml").replace(
        template.DOCUMENT_TYPE, "application/vnd.ms-word.document.macroEnabled.main+xml"
    )
    macro.parts["[Content_Types].xml"] = utf16(types.encode("utf-8"))
    with pytest.raises(TemplateError, match="makron"):
        check_template(macro.write(tmp_path / "makro.docx"))

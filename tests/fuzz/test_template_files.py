"""Hostile Word templates: random damage to a real template, archives with hostile member
names and parts, document type declarations (external entities, billion laughs) in any part
and any disguise, macros, zip bombs.

Templates with external references of every kind, in odd encodings, with masses of links or a
damaged settings part.

The property: a TemplateError whose message names the file, in Swedish, quickly and without
much memory; or a template that exports (and then has no external reference left in it, each
one named in the check's report). Never another exception, nothing written outside the
test's folder, and no file opened for an entity (a named pipe stands as the entity's file: a
parser opening it would be seen).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import threading
import time
import tracemalloc
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from bfa_desktop.documents import external_references, template
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.template import (
    TemplateError,
    check_template,
    default_template_path,
)
from bfa_desktop.documents.tree import Document, DocumentInfo, text
from bfa_desktop.model.enums import DocumentKind
from tests.documents.external_checks import external_leftovers
from tests.documents.hostile_templates import HOST, HOSTILITIES, Hostility, Parts
from tests.fuzz.budget import fuzz

QUICK = 2.0  # seconds for a refusal, generously
LITTLE_MEMORY = 40_000_000  # bytes allocated at the peak of a refusal
REAL = default_template_path().read_bytes()
with zipfile.ZipFile(io.BytesIO(REAL)) as _archive:
    PARTS = {name: _archive.read(name) for name in _archive.namelist()}
XML_PARTS = sorted(name for name in PARTS if name.endswith((".xml", ".rels")))
DOCUMENT = Document(
    DocumentInfo(
        kind=DocumentKind.OVERENSKOMMELSE,
        title="Samverkansöverenskommelse",
        document_type="Samverkansöverenskommelse",
        municipality="Danderyds kommun",
    ),
    (text("Brödtexten."),),
)
SWEDISH = ("mall", "Word", "används inte", "skadad", "makron", "för stor")


@pytest.fixture(autouse=True)
def _fresh_template_checks() -> Iterator[None]:
    template.forget_checked_templates()
    yield
    template.forget_checked_templates()


@dataclass
class Pipe:
    """A named pipe in place of a secret file; `opened` tells whether anything opened it to
    read (an opener blocks until a writer comes, and the watcher is that writer)."""

    path: Path
    opened: threading.Event


@pytest.fixture
def pipe(tmp_path: Path) -> Iterator[Pipe]:
    path = tmp_path / "hemlig.txt"
    os.mkfifo(path)
    opened = threading.Event()
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            with contextlib.suppress(OSError):  # ENXIO: nobody is reading
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
                opened.set()
            time.sleep(0.01)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    yield Pipe(path, opened)
    done.set()
    watcher.join(1)


def outcome(path: Path) -> str:
    """Check the template the way an export does; "refused" or "exported"."""
    # Examples reuse the file name, and a checked template is known by name, size and time.
    template.forget_checked_templates()
    tracemalloc.start()
    start = time.perf_counter()
    try:
        check_template(path)
    except TemplateError as error:
        elapsed = time.perf_counter() - start
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        message = str(error)
        assert path.name in message
        assert any(word in message for word in SWEDISH), message
        assert "Traceback" not in message
        assert elapsed < QUICK, f"refused after {elapsed:.1f} s"
        assert peak < LITTLE_MEMORY, f"{peak / 1e6:.0f} MB to refuse"
        return "refused"
    tracemalloc.stop()
    docx_data = render_docx(DOCUMENT, path)
    with zipfile.ZipFile(io.BytesIO(docx_data)) as archive:
        assert "word/document.xml" in archive.namelist()
    assert pypdf.PdfReader(io.BytesIO(render_pdf(DOCUMENT, path))).pages
    return "exported"


def write_zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": wanted here
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data)
    return path


def landing_places(folder: Path) -> set[Path]:
    """Where the hostile member names would land if the archive were unpacked in `folder`
    or in the working folder."""
    places = set()
    for name in HOSTILE_NAMES:
        relative = name.replace("\\", "/").replace("C:", "")
        for root in (folder, Path.cwd()):
            places.add((root / relative).resolve())
    return places


# --- random damage ---------------------------------------------------------------------------


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    data = bytearray(REAL)
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        position = draw(st.integers(min_value=0, max_value=len(data)))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "zero"]))
        if kind == "flip" and position < len(data):
            data[position] ^= draw(st.integers(min_value=1, max_value=255))
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[position : position + draw(st.integers(min_value=1, max_value=64))]
        elif kind == "truncate":
            del data[position:]
        else:
            data[position : position + 8] = bytes(8)
    return bytes(data)


@pytest.mark.parametrize(
    "data",
    [REAL[: len(REAL) // 2], REAL[:-22], REAL[1:], b"PK\x03\x04" + bytes(100)],
    ids=["half", "no end of central directory", "first byte missing", "a header alone"],
)
def test_a_truncated_template_is_refused(data: bytes, tmp_path: Path) -> None:
    """Missing its first byte, every member's offset points one byte too far: zipfile then
    raised a ValueError, which escaped the check."""
    path = tmp_path / "mall.docx"
    path.write_bytes(data)
    assert outcome(path) == "refused"


@fuzz(ci=150)
@given(data=damaged_bytes())
def test_a_damaged_template_is_refused_quickly_or_exports(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "mall.docx"
    path.write_bytes(data)
    event(outcome(path))


# --- hostile archives ------------------------------------------------------------------------

HOSTILE_NAMES = [
    "../../x",
    "../../../../../../tmp/bfa-utanfor",
    "/etc/bfa-utanfor",
    "/x.xml",
    "..\\..\\x",
    "word\\..\\..\\x",
    "C:x",
    "C:\\Windows\\x",
    "word/../../x.xml",
    "//server/share/x",
]


def doctype(pipe: Path) -> st.SearchStrategy[str]:
    """Document type declarations Word never writes."""
    laughs = '<!ENTITY l0 "ha">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    )
    return st.sampled_from(
        [
            f'<!DOCTYPE x [<!ENTITY hemlig SYSTEM "{pipe.as_uri()}">]>',
            f'<!DOCTYPE x SYSTEM "{pipe.as_uri()}">',
            f'<!DOCTYPE x [<!ENTITY % p SYSTEM "{pipe.as_uri()}"> %p;]>',
            f"<!DOCTYPE x [{laughs}]>",
            '<!DOCTYPE x [<!ENTITY n SYSTEM "http://192.0.2.1/x">]>',
            "<!DOCTYPE x>",
        ]
    )


def with_declaration(xml: bytes, declaration: str, disguise: str) -> bytes:
    """`declaration` put into an XML part after its XML declaration, perhaps behind a long
    comment or in UTF-16."""
    source = xml.decode("utf-8")
    end = source.index("?>") + 2 if source.startswith("<?xml") else 0
    padding = "<!--" + "x" * 10_000 + "-->" if disguise == "after a long comment" else ""
    body = source[:end] + padding + declaration + source[end:]
    if disguise == "in UTF-16":
        return body.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    return body.encode("utf-8")


@st.composite
def hostile_archive(draw: st.DrawFn, pipe: Pipe) -> tuple[list[tuple[str, bytes]], str]:
    """The real template's parts with something hostile done to them, and what was done."""
    members = list(PARTS.items())
    hostility = draw(
        st.sampled_from(["name", "declaration", "macro", "duplicate", "many", "not word"])
    )
    if hostility == "name":
        name = draw(st.sampled_from(HOSTILE_NAMES))
        members.insert(draw(st.integers(0, len(members))), (name, b"<x/>"))
    elif hostility == "declaration":
        part = draw(st.sampled_from(XML_PARTS))
        disguise = draw(st.sampled_from(["plain", "after a long comment", "in UTF-16"]))
        xml = with_declaration(PARTS[part], draw(doctype(pipe.path)), disguise)
        members = [(name, xml if name == part else data) for name, data in members]
    elif hostility == "macro":
        types = PARTS["[Content_Types].xml"].replace(
            b"wordprocessingml.document.main+xml",
            draw(st.sampled_from([b"ms-word.document.macroEnabled.main+xml", b"x"])),
        )
        members = [(n, types if n == "[Content_Types].xml" else d) for n, d in members]
        members.append((draw(st.sampled_from(["word/vbaProject.bin", "VBAPROJECT.BIN"])), b"x"))
    elif hostility == "duplicate":
        part = draw(st.sampled_from(sorted(PARTS)))
        name = draw(st.sampled_from([part, part.upper(), part.replace("/", "\\")]))
        members.append((name, draw(st.sampled_from([b"<a/>", b"", PARTS[part]]))))
    elif hostility == "many":
        count = draw(st.integers(template.MAX_ENTRIES, template.MAX_ENTRIES + 50))
        members += [(f"customXml/item{n}.xml", b"<a/>") for n in range(count)]
    else:
        members = [(n, d) for n, d in members if n != "[Content_Types].xml"]
    return members, hostility


@fuzz(ci=35)
@given(data=st.data())
def test_a_hostile_archive_is_refused_quickly_and_touches_nothing(
    data: st.DataObject, pipe: Pipe, tmp_path: Path
) -> None:
    members, hostility = data.draw(hostile_archive(pipe))
    path = write_zip(tmp_path / "mall.docx", members)
    places = landing_places(tmp_path)
    assert not any(place.exists() for place in places)
    result = outcome(path)
    event(f"{hostility}: {result}")
    assert not pipe.opened.is_set(), "a file named by an entity was opened"
    assert not any(place.exists() for place in places)
    assert sorted(tmp_path.iterdir()) == sorted([path, pipe.path])
    assert result == "refused", hostility


# --- zip bombs -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """document.xml of 1 GB of zeros, packed to about a megabyte."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.docx"
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in PARTS.items():
            if name != "word/document.xml":
                archive.writestr(name, data)
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            for _ in range(1024):
                entry.write(chunk)
    return path


def test_a_gigabyte_zip_bomb_is_refused_without_unpacking_it(bomb: Path) -> None:
    assert bomb.stat().st_size < 10_000_000
    assert outcome(bomb) == "refused"


# --- external references, with odd encodings, masses of links and damaged settings -----------

_DECLARED_ENCODING = re.compile(rb"""encoding=(['"])UTF-8\1""", re.IGNORECASE)


def reencoded(xml: bytes, encoding: str) -> bytes:
    """An XML part in another encoding, declared as such (characters that encoding lacks
    become character references)."""
    declared = _DECLARED_ENCODING.sub(f'encoding="{encoding}"'.encode(), xml, count=1)
    text = declared.decode("utf-8")
    if encoding == "UTF-16":
        return text.encode("utf-16")
    return text.encode("iso-8859-1", "xmlcharrefreplace")


def many_links(parts: Parts, count: int) -> None:
    links = "".join(
        f'<Relationship Id="rIdMassa{n}" Type="http://schemas.openxmlformats.org/'
        f'officeDocument/2006/relationships/hyperlink" Target="\\\\{HOST}-massa\\{n}" '
        'TargetMode="External"/>'
        for n in range(count)
    )
    parts.relationship("word/footer1.xml", "hyperlink", f"http://{HOST}.example/forsta")
    name = "word/_rels/footer1.xml.rels"
    parts.put(name, parts.text(name).replace("</Relationships>", links + "</Relationships>"))


SETTINGS_DAMAGE = {
    "none": lambda xml: xml,
    "truncated": lambda xml: xml[: len(xml) // 2],
    "another root": lambda xml: b"<einstellungen/>",
    "garbage inside": lambda xml: xml.replace(b"<w:zoom", b"<w:zoom <<<", 1),
}


@st.composite
def hostile_references(draw: st.DrawFn) -> tuple[Parts, list[Hostility], bool]:
    """A template with some kinds of external reference, perhaps masses of links, some parts
    in other encodings and a damaged settings part; whether it must be refused."""
    chosen = draw(st.lists(st.sampled_from(HOSTILITIES), min_size=1, max_size=6, unique=True))
    parts = Parts(default_template_path())
    for hostility in chosen:
        hostility.build(parts)
    links = draw(st.sampled_from([0, 0, 300, external_references.MAX_RELATIONSHIPS + 1]))
    if links:
        many_links(parts, links)
    damage = draw(st.sampled_from(["none", "none", "none", *sorted(SETTINGS_DAMAGE)]))
    settings = parts.parts["word/settings.xml"]
    parts.parts["word/settings.xml"] = SETTINGS_DAMAGE[damage](settings)
    xml_parts = sorted(name for name in parts.parts if name.endswith((".xml", ".rels")))
    for name in draw(st.lists(st.sampled_from(xml_parts), max_size=3, unique=True)):
        encoding = draw(st.sampled_from(["UTF-16", "ISO-8859-1"]))
        parts.parts[name] = reencoded(parts.parts[name], encoding)
    event(f"links: {links}, settings: {damage}")
    refuse = damage != "none" or links > external_references.MAX_RELATIONSHIPS
    return parts, chosen, refuse


@fuzz(ci=25)
@given(drawn=hostile_references())
def test_external_references_are_taken_out_or_the_template_refused(
    drawn: tuple[Parts, list[Hostility], bool], tmp_path: Path
) -> None:
    """Refused with a clear message (and then nothing is written), or exported with nothing
    external left, each reference named in the report."""
    parts, chosen, refuse = drawn
    path = parts.write(tmp_path / "mall.docx")
    result = outcome(path)
    assert result == ("refused" if refuse else "exported")
    if result == "refused":
        return
    removed = "\n".join(check_template(path).external_references)
    assert [h.name for h in chosen if h.named not in removed] == []
    assert external_leftovers(render_docx(DOCUMENT, path)) == []

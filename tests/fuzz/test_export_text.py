"""Any text an official can type, in every text field, through the Word and the PDF export.

Most examples fill every text field of a small record set (built in memory, so that text the
database would refuse – lone surrogates – reaches the builders too), build all seven documents
and render them as one tree; fewer go through the whole export to files. The Word file must
read back with python-docx and hold every text of the tree, without the characters XML cannot
hold (`sanitize.xml_safe`); the PDF must parse with pypdf.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from hypothesis import example, given
from hypothesis import strategies as st

from bfa_desktop import model
from bfa_desktop.documents.compose import BUILDERS, build, has_document
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.sanitize import xml_safe
from bfa_desktop.documents.tree import Document
from bfa_desktop.model.catalog import node
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.services.export import ExportFormat, export_period
from tests.documents.helpers import texts
from tests.documents.readback import docx_blocks, squeeze
from tests.factories import random_municipality
from tests.fuzz.budget import fuzz
from tests.fuzz.strategies import hostile_text, huge_text

KINDS = list(BUILDERS)
Slot = tuple[model.Base, str]


def complete_period() -> model.Period:
    """A generated period (not in any database) that has all seven documents, one record of
    each kind of list at most, and no logo or template of its own."""
    for seed in range(1_000):
        municipality = random_municipality(random.Random(seed), max_children=1)
        for period in municipality.periods:
            if all(has_document(period, kind) for kind in KINDS):
                municipality.logo = municipality.template = None
                return period
    raise AssertionError("no generated period has every document")


def text_slots(record: model.Base) -> Iterator[Slot]:
    """Every text field of `record` and of everything it owns."""
    spec = node(type(record))
    for field in spec.fields:
        if field.kind is str:
            yield record, field.name
    for child in spec.children:
        value = getattr(record, child.name)
        for item in value if child.many else [value] if value is not None else []:
            yield from text_slots(item)


PERIOD = complete_period()
SLOTS = list(text_slots(PERIOD.municipality))


def fill(pool: list[str], huge: tuple[int, str] | None) -> None:
    """Every text field gets a text of the pool in turn; one perhaps a huge text."""
    for index, (record, name) in enumerate(SLOTS):
        setattr(record, name, pool[index % len(pool)])
    if huge is not None:
        index, value = huge
        record, name = SLOTS[index % len(SLOTS)]
        setattr(record, name, value)


def all_documents(public: bool, info_of: DocumentKind) -> Document:
    """The blocks of all seven documents in one tree, under the heading data of `info_of`."""
    trees = {kind: build(PERIOD, kind, public=public) for kind in KINDS}
    blocks = tuple(block for tree in trees.values() for block in tree.blocks)
    return Document(trees[info_of].info, blocks)


def shown(value: str) -> str:
    """A text as Word shows it: without what XML cannot hold, whitespace aside."""
    return squeeze(xml_safe(value))


def assert_word_file_holds_the_tree(data: bytes, document: Document, folder: Path) -> None:
    path = folder / "fuzz.docx"
    path.write_bytes(data)
    word = docx.Document(str(path))
    body = squeeze("".join(docx_blocks(path)))
    alt_texts = [shape.get("descr", "") for shape in word.element.body.iter(qn("wp:docPr"))]
    for value in [document.info.title, *texts(document)]:
        assert shown(value) in body or xml_safe(value) in alt_texts, value
    header = word.sections[0].first_page_header._element
    header_text = squeeze("".join(header.itertext()))
    info = document.info
    for value in (info.municipality, info.document_type, info.dnr):
        assert shown(value) in header_text, value
    assert word.core_properties.title == xml_safe(info.title)[:255]


def assert_pdf_parses(data: bytes) -> None:
    assert data.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    assert reader.pages
    for page in reader.pages:
        page.extract_text()


pools = st.lists(hostile_text, min_size=1, max_size=8)
# Word takes a hundred thousand characters in its stride; the PDF lays out huge text in
# non-Latin script slowly (seconds for ten thousand characters), so it gets less.
huge_for_word = st.none() | st.tuples(st.integers(min_value=0), huge_text(100_000))
huge_for_pdf = st.none() | st.tuples(st.integers(min_value=0), huge_text(3_000))
kinds = st.sampled_from(KINDS)


# Lone surrogates everywhere: the editing service does not refuse them (the database does, when
# the change is saved), so a document may be built from them.
SURROGATES = ["a\ud800b\udfff\ud83d", "\x00\ud800"]
# Private-use characters in the header values once became page numbers there.
PAGE_MARKS = ["\ue000", "x\ue001y"]


@fuzz(ci=40)
@given(pool=pools, huge=huge_for_word, public=st.booleans(), info_of=kinds)
@example(pool=SURROGATES, huge=None, public=False, info_of=DocumentKind.TJANSTEUTLATANDE)
@example(pool=PAGE_MARKS, huge=None, public=True, info_of=DocumentKind.LAGESBILD)
def test_word_file_holds_every_text_field_sanitised(
    pool: list[str],
    huge: tuple[int, str] | None,
    public: bool,
    info_of: DocumentKind,
    tmp_path: Path,
) -> None:
    fill(pool, huge)
    document = all_documents(public, info_of)
    assert_word_file_holds_the_tree(render_docx(document), document, tmp_path)


@fuzz(ci=10)
@given(pool=pools, huge=huge_for_pdf, public=st.booleans(), info_of=kinds)
@example(pool=SURROGATES, huge=None, public=False, info_of=DocumentKind.TJANSTEUTLATANDE)
def test_pdf_of_every_text_field_parses(
    pool: list[str], huge: tuple[int, str] | None, public: bool, info_of: DocumentKind
) -> None:
    fill(pool, huge)
    assert_pdf_parses(render_pdf(all_documents(public, info_of)))


@fuzz(ci=1)
@given(pool=pools, public=st.booleans())
@example(pool=SURROGATES, public=False)
def test_whole_export_of_hostile_text_gives_sound_files(
    pool: list[str], public: bool, tmp_path_factory: pytest.TempPathFactory
) -> None:
    fill(pool, None)
    folder = tmp_path_factory.mktemp("export")
    result = export_period(PERIOD, folder, public=public)
    assert len(result.files) == 2 * len(KINDS)
    for path in result.files:
        data = path.read_bytes()
        if path.suffix == f".{ExportFormat.PDF.value}":
            assert_pdf_parses(data)
        else:
            docx.Document(io.BytesIO(data))

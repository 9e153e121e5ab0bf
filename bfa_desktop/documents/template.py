"""The municipality's Word template: opened safely, checked, and its placeholders filled.

A template is a .docx or .dotx. Its styles, page setup, headers, footers and logo are kept.
Placeholders in braces are filled wherever they stand – header, footer or body – also when Word
has split them over several runs. `{sida}` and `{sidor}` become page-number fields, and a
paragraph holding only `{innehåll}` marks where the document goes (otherwise the template's
body is replaced by it).
"""

from __future__ import annotations

import hashlib
import io
import itertools
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

import docx
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.run import CT_R
from docx.text.paragraph import Paragraph
from lxml import etree

from bfa_desktop.documents.external_references import (
    NotXmlError,
    UnsafeTemplateError,
    named,
    remove_external_references,
)
from bfa_desktop.documents.fonts import Substitution
from bfa_desktop.documents.placeholder_labels import Placeholder, is_label, spans_to_remove
from bfa_desktop.documents.profile import CONTENT_MARKERS, drawable, named_fonts, read_profile
from bfa_desktop.documents.sanitize import xml_safe
from bfa_desktop.documents.styles import REQUIRED_STYLES
from bfa_desktop.documents.swedish import format_date
from bfa_desktop.documents.template_logo import remove_placeholder_logo, replace_logo
from bfa_desktop.documents.tree import DocumentInfo
from bfa_desktop.documents.wordxml import remove_if_blank
from bfa_desktop.paths import resource_path

DEFAULT_TEMPLATE = ("templates", "standard.docx")
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 2000
MAX_COMPRESSION_RATIO = 200

DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_TYPES = ("macroEnabled", "vbaProject")

# Styles the renderers use; a template without one gets a default (the check warns).
PAGE_FIELDS = {"sida": "PAGE", "sidor": "NUMPAGES"}
PLACEHOLDER = re.compile(r"\{([a-zåäö_]{2,30})\}")
# A field is written into the text as a private-use character, then split out into a field;
# the characters are chosen among those the paragraph and the values do not hold.
_MARK_CANDIDATES = (*range(0xE000, 0xF900), *range(0xF0000, 0xFFFFE))


class TemplateError(Exception):
    """The file cannot be used as a template. `str()` is the message for the user."""


@dataclass
class TemplateReport:
    missing_styles: list[str] = field(default_factory=list)
    unknown_placeholders: list[str] = field(default_factory=list)
    pictures_left_out_of_pdf: int = 0
    substituted_fonts: list[Substitution] = field(default_factory=list)
    # External references taken out of the template, one Swedish sentence each.
    external_references: list[str] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        lines = named(self.external_references)
        lines += [
            f"Mallen saknar formatmallen {name!r}; programmets standard används."
            for name in self.missing_styles
        ]
        lines += [
            f"Okänd platshållare {{{name}}} i mallen; den lämnas som den står."
            for name in self.unknown_placeholders
        ]
        if self.pictures_left_out_of_pdf:
            lines.append(
                "En bild i mallens sidhuvud eller sidfot (t.ex. en logotyp i EMF- eller "
                "WMF-format) kan inte visas i PDF-filen och utelämnas där; spara den som PNG "
                "för att få med den."
            )
        lines += [
            f"Typsnittet {font.wanted} finns inte i programmet; PDF-filen använder "
            f"{font.drawn_with} i stället, så raderna och sidorna kan brytas annorlunda än i "
            "Word. Lägg till typsnittets filer (TTF eller OTF) till mallen för att få det i "
            "PDF-filen."
            for font in self.substituted_fonts
        ]
        return lines


VALUE_PLACEHOLDERS = (
    "kommun",
    "enhet",
    "dokumenttyp",
    "titel",
    "datum",
    "dnr",
    "period",
    "version",
    "postadress",
    "besoksadress",
    "telefon",
    "epost",
    "webb",
    "orgnr",
)
KNOWN_PLACEHOLDERS = (
    set(VALUE_PLACEHOLDERS) | set(PAGE_FIELDS) | {m.strip("{}") for m in CONTENT_MARKERS}
)


def placeholder_values(info: DocumentInfo) -> dict[str, str]:
    contact = info.contact
    values = (
        info.municipality,
        info.unit,
        info.document_type,
        info.title,
        format_date(info.document_date),
        info.dnr,
        info.period,
        info.version,
        contact.postal_address,
        contact.visiting_address,
        contact.phone,
        contact.email,
        contact.website,
        contact.org_number,
    )
    return {name: xml_safe(value) for name, value in zip(VALUE_PLACEHOLDERS, values, strict=True)}


@dataclass(frozen=True)
class StoredTemplate:
    """A template kept in the database (the municipality's own), by its file name."""

    name: str
    data: bytes


TemplateSource = Path | StoredTemplate | None


def default_template_path() -> Path:
    return resource_path(*DEFAULT_TEMPLATE)


def open_template(template: TemplateSource = None, logo: bytes | None = None) -> WordDocument:
    """The template as a python-docx document, refusing what is not a sound Word file; with
    `logo`, the municipality's logo stands in the template's logo picture, without one the
    default template's placeholder box is taken out."""
    source = template or default_template_path()
    document = docx.Document(io.BytesIO(_checked(source).data))
    if logo:
        replace_logo(document, logo)
    else:
        remove_placeholder_logo(document)
    return document


def sound_template(source: Path | StoredTemplate) -> bytes:
    """The template's bytes as a Word document, checked and without external references
    (what every export starts from); raises TemplateError for a file that cannot be used."""
    return _checked(source).data


@dataclass(frozen=True)
class _Checked:
    data: bytes  # without external references
    removed: list[str]  # the references taken out


# A template is read and checked once, not for every file of an export.
_VALIDATED: dict[tuple[object, ...], _Checked] = {}
_VALIDATED_KEEP = 8


def forget_checked_templates() -> None:
    """Check every template afresh (after the limits have changed)."""
    _VALIDATED.clear()


def _checked(source: Path | StoredTemplate) -> _Checked:
    if isinstance(source, StoredTemplate):
        key: tuple[object, ...] = ("stored", source.name, hashlib.sha256(source.data).digest())
    else:
        try:
            status = source.stat()
            key = ("file", str(source.resolve()), status.st_size, status.st_mtime_ns)
        except OSError:
            key = ("unreadable", str(source))
    if key in _VALIDATED:
        return _VALIDATED[key]
    checked = _without_external_references(source, _read_checked(source))
    try:
        _touch_everything_used(docx.Document(io.BytesIO(checked.data)))
    except TemplateError:
        raise
    except Exception as error:  # any fault in a damaged file: it is the file's, not ours
        raise TemplateError(
            f"{source.name} är skadad eller ofullständig och kan inte användas som mall "
            f"({type(error).__name__}). Välj en annan mall eller spara om den i Word."
        ) from error
    if len(_VALIDATED) >= _VALIDATED_KEEP:
        _VALIDATED.pop(next(iter(_VALIDATED)))
    _VALIDATED[key] = checked
    return checked


def _without_external_references(source: Path | StoredTemplate, data: bytes) -> _Checked:
    try:
        cleaned = remove_external_references(data)
    except UnsafeTemplateError as error:
        raise TemplateError(
            f"{source.name} {error} och används inte. Ta bort det i Word och spara om mallen."
        ) from error
    except NotXmlError as error:
        raise TemplateError(
            f"{source.name} är skadad (delen {str(error)[:80]} är ingen giltig XML) och kan "
            "inte användas som mall. Välj en annan mall eller spara om den i Word."
        ) from error
    except _DAMAGED_ARCHIVE as error:
        raise TemplateError(
            f"{source.name} är skadad och kan inte användas som mall. Välj en annan mall."
        ) from error
    return _Checked(cleaned.data, cleaned.removed)


def check_logo(name: str, data: bytes) -> None:
    """A logo must be a picture both Word and the PDF can show: PNG, JPEG or GIF."""
    if not drawable(data):
        raise TemplateError(
            f"{name} kan inte användas som logotyp. Spara logotypen som PNG eller JPEG."
        )


def _touch_everything_used(document: WordDocument) -> None:
    """Read every part of the template the export reads, so that damage shows now."""
    if document.element.body is None:
        raise ValueError("no body")
    for style in document.styles:
        _ = style.name, style.type
    _ = document.settings.odd_and_even_pages_header_footer
    read_profile(document)


def check_template(template: TemplateSource = None) -> TemplateReport:
    """What a template lacks or holds that the export does not know; raises TemplateError
    for a file that cannot be used at all."""
    document = open_template(template)
    names = {style.name for style in document.styles}
    report = TemplateReport(
        missing_styles=[s for s in REQUIRED_STYLES if s not in names],
        external_references=_checked(template or default_template_path()).removed,
    )
    found = {match.group(1) for p in template_paragraphs(document) for match in _matches(p)}
    report.unknown_placeholders = sorted(found - KNOWN_PLACEHOLDERS)
    profile = read_profile(document)
    report.pictures_left_out_of_pdf = profile.pictures_left_out
    report.substituted_fonts = [
        substitution
        for name in sorted(named_fonts(profile), key=str.lower)
        if (substitution := profile.fonts.substitution(name)) is not None
    ]
    return report


def template_paragraphs(document: WordDocument) -> Iterator[Paragraph]:
    """Every paragraph of body, headers and footers, also those inside tables."""
    for root, parent in _template_roots(document):
        for p in list(root.iter(qn("w:p"))):
            yield Paragraph(p, parent)  # type: ignore[arg-type]


def _template_roots(document: WordDocument) -> list[tuple[etree._Element, object]]:
    roots: list[tuple[etree._Element, object]] = [(document.element.body, document._body)]
    for section in document.sections:
        for part in (
            section.header,
            section.first_page_header,
            section.even_page_header,
            section.footer,
            section.first_page_footer,
            section.even_page_footer,
        ):
            if not part.is_linked_to_previous:
                roots.append((part._element, part))
    return roots


def fill_placeholders(document: WordDocument, values: Mapping[str, str]) -> None:
    """Fill known placeholders everywhere; page placeholders become fields. An empty value
    takes its label with it ("Telefon: {telefon}", see placeholder_labels)."""
    empty = {name for name, value in values.items() if not value.strip()}
    for root, _parent in _template_roots(document):
        _clear_labels_of_empty_cells(root, empty)
    for paragraph in template_paragraphs(document):
        fill_paragraph(paragraph, values)


def fill_paragraph(paragraph: Paragraph, values: Mapping[str, str]) -> None:
    runs = paragraph.runs
    texts = [run.text for run in runs]
    joined = "".join(texts)
    if "{" not in joined:
        return
    marks = _field_marks(joined, *values.values())
    replacements = {**values, **marks}
    matches = [m for m in PLACEHOLDER.finditer(joined) if m.group(1) in replacements]
    placeholders = [
        Placeholder(m.start(), m.end(), not replacements[m.group(1)].strip()) for m in matches
    ]
    removed = spans_to_remove(joined, placeholders)
    edits = [(start, end, "") for start, end in removed] + [
        (m.start(), m.end(), replacements[m.group(1)])
        for m in matches
        if not any(start <= m.start() < end for start, end in removed)
    ]
    for start, end, value in sorted(edits, reverse=True):
        _replace_span(runs, texts, start, end, value)
    for run, new_text in zip(runs, texts, strict=True):
        if run.text != new_text:
            run.text = new_text
    for run in paragraph.runs:
        if any(mark in run.text for mark in marks.values()):
            _split_fields(run._r, marks)
    if removed:
        remove_if_blank(paragraph._p)


def _clear_labels_of_empty_cells(root: etree._Element, empty: set[str]) -> None:
    """A table cell holding only a label ("Telefon:") before a cell holding only empty
    placeholders is emptied too."""
    for row in root.iter(qn("w:tr")):
        cells = row.findall(qn("w:tc"))
        for label, value in itertools.pairwise(cells):
            label_text, value_text = _cell_text(label), _cell_text(value)
            names = PLACEHOLDER.findall(value_text)
            if (
                names
                and set(names) <= empty
                and not PLACEHOLDER.sub("", value_text).strip()
                and "{" not in label_text
                and is_label(label_text)
            ):
                for text in label.iter(qn("w:t")):
                    text.text = ""


def _cell_text(cell: etree._Element) -> str:
    return " ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in cell.iter(qn("w:p")))


def _field_marks(*texts: str) -> dict[str, str]:
    """A character for each page field that none of `texts` holds."""
    used = set().union(*texts)
    free = (chr(code) for code in _MARK_CANDIDATES if chr(code) not in used)
    return {name: next(free) for name in PAGE_FIELDS}


def _replace_span(runs: list[object], texts: list[str], start: int, end: int, value: str) -> None:
    """Put `value` where characters start..end were, in the run holding `start`."""
    offset = 0
    first = True
    for index, text in enumerate(texts):
        run_start, run_end = offset, offset + len(text)
        offset = run_end
        if run_end <= start or run_start >= end:
            continue
        local_start, local_end = max(start, run_start) - run_start, min(end, run_end) - run_start
        insert = value if first else ""
        texts[index] = text[:local_start] + insert + text[local_end:]
        first = False


def _split_fields(run: CT_R, field_marks: Mapping[str, str]) -> None:
    """Split a run whose text holds field marks into text runs and simple fields."""
    pieces = re.split(f"([{''.join(field_marks.values())}])", run.text)
    marks = {mark: PAGE_FIELDS[name] for name, mark in field_marks.items()}
    properties = run.rPr
    for piece in pieces:
        if piece:
            new = (
                _field(marks[piece], properties) if piece in marks else _text_run(piece, properties)
            )
            run.addprevious(new)
    run.getparent().remove(run)


def _text_run(text: str, properties: etree._Element | None) -> CT_R:
    run: CT_R = OxmlElement("w:r")  # type: ignore[assignment]
    if properties is not None:
        run.append(_copy(properties))
    run.text = text  # tabs and line breaks become <w:tab/> and <w:br/>
    return run


def _field(instruction: str, properties: etree._Element | None) -> etree._Element:
    """<w:fldSimple w:instr="PAGE"> with a cached "1", so readers without fields show a number."""
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), f" {instruction} \\* MERGEFORMAT ")
    simple.append(_text_run("1", properties))
    return simple


def _copy(element: etree._Element) -> etree._Element:
    return etree.fromstring(etree.tostring(element))


def _matches(paragraph: Paragraph) -> Iterator[re.Match[str]]:
    return PLACEHOLDER.finditer("".join(run.text for run in paragraph.runs))


def _read_checked(path: Path | StoredTemplate) -> bytes:
    """The template's bytes, with a .dotx turned into a document; refuses macros, non-Word
    files, archive tricks (zip bombs, path traversal, DTDs) and oversized files."""
    if isinstance(path, StoredTemplate):
        data = path.data
        if len(data) > MAX_TEMPLATE_BYTES:
            raise TemplateError(f"Mallen {path.name} är för stor.")
    else:
        data = _read_limited(path)
    damaged = TemplateError(
        f"{path.name} är skadad och kan inte användas som mall. Välj en annan mall."
    )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise TemplateError(
            f"{path.name} är inte ett Word-dokument (.docx eller .dotx). Välj en annan mall."
        ) from error
    except _DAMAGED_ARCHIVE as error:
        raise damaged from error
    try:
        with archive:
            return _word_document(path, archive, data)
    except _DAMAGED_ARCHIVE as error:
        raise damaged from error


# What zipfile raises for a damaged archive: besides BadZipFile, a member whose offset points
# before the file (ValueError), an unknown compression method (NotImplementedError), an
# encrypted member (RuntimeError) and more.
_DAMAGED_ARCHIVE = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    OSError,
    NotImplementedError,
    RuntimeError,
)


def _word_document(path: Path | StoredTemplate, archive: zipfile.ZipFile, data: bytes) -> bytes:
    _check_archive(path, archive)
    content_types = _xml_text(archive.read("[Content_Types].xml"))
    if any(marker in content_types for marker in MACRO_TYPES) or any(
        name.lower().endswith("vbaproject.bin") for name in archive.namelist()
    ):
        raise TemplateError(
            f"{path.name} innehåller makron (.docm/.dotm). Av säkerhetsskäl används bara "
            "mallar utan makron; spara mallen som .dotx eller .docx."
        )
    if DOCUMENT_TYPE in content_types:
        return data
    if TEMPLATE_TYPE in content_types:
        return _as_document(archive, content_types)
    raise TemplateError(f"{path.name} är inte ett Word-dokument (.docx eller .dotx).")


def _xml_text(data: bytes) -> str:
    """An XML part as text, in whichever encoding it declares (UTF-8 or UTF-16 in Word)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return etree.tostring(etree.fromstring(data, parser), encoding="unicode")
    except etree.XMLSyntaxError as error:  # reported as a damaged file
        raise ValueError(str(error)) from error


def _read_limited(path: Path) -> bytes:
    """At most MAX_TEMPLATE_BYTES of a regular file; anything else is refused in Swedish."""
    if not path.exists():
        raise TemplateError(f"Mallen {path} finns inte.")
    if path.is_dir():
        raise TemplateError(f"Mallen {path} är en mapp, inte en Word-fil.")
    if not path.is_file():
        raise TemplateError(f"Mallen {path} är ingen vanlig fil.")
    try:
        with path.open("rb") as file:
            data = _read_at_most(file, MAX_TEMPLATE_BYTES + 1)
    except PermissionError as error:
        raise TemplateError(f"Mallen {path} får inte läsas (behörighet saknas).") from error
    except OSError as error:
        raise TemplateError(f"Mallen {path} kan inte läsas.") from error
    if len(data) > MAX_TEMPLATE_BYTES:
        limit = MAX_TEMPLATE_BYTES // 1_000_000
        raise TemplateError(f"Mallen {path.name} är för stor (över {limit} MB).")
    return data


def _read_at_most(file: IO[bytes], limit: int) -> bytes:
    """Up to `limit` bytes in pieces: read(limit) would reserve all of `limit` at once."""
    pieces: list[bytes] = []
    size = 0
    while size < limit and (piece := file.read(min(1 << 20, limit - size))):
        pieces.append(piece)
        size += len(piece)
    return b"".join(pieces)


def _check_archive(path: Path | StoredTemplate, archive: zipfile.ZipFile) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise TemplateError(f"{path.name} innehåller orimligt många delar och används inte.")
    unpacked = sum(entry.file_size for entry in entries)
    packed = max(1, sum(entry.compress_size for entry in entries))
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_COMPRESSION_RATIO:
        raise TemplateError(
            f"{path.name} packas upp till orimligt mycket data (en så kallad zip-bomb) "
            "och används inte."
        )
    for entry in entries:
        name = PurePosixPath(entry.filename.replace("\\", "/"))
        if name.is_absolute() or ".." in name.parts or ":" in entry.filename:
            raise TemplateError(f"{path.name} innehåller en otillåten sökväg och används inte.")
    # Part names are case-insensitive: two members of one name leave it open which one counts.
    names = {entry.filename.replace("\\", "/").casefold() for entry in entries}
    if len(names) != len(entries):
        raise TemplateError(f"{path.name} innehåller samma del två gånger och används inte.")
    if "[Content_Types].xml" not in archive.namelist():
        raise TemplateError(f"{path.name} är inte ett Word-dokument (.docx eller .dotx).")
    for entry in entries:
        if entry.filename.endswith((".xml", ".rels")):
            with archive.open(entry) as part:
                declared = _declares_dtd(part)
            if declared is None:
                raise TemplateError(
                    f"{path.name} är skadad (delen {entry.filename[:80]} är ingen giltig XML) "
                    "och kan inte användas som mall. Välj en annan mall eller spara om den i Word."
                )
            if declared:
                raise TemplateError(
                    f"{path.name} innehåller XML-deklarationer (DTD) som Word-filer aldrig har "
                    "och används inte."
                )


def _declares_dtd(part: IO[bytes]) -> bool | None:
    """Whether an XML part has a document type declaration; None if it is not XML. The part
    is read by the XML parser itself, only up to its root element, so neither a long comment
    before the declaration nor another encoding (UTF-16) hides it; entities stay unexpanded."""
    events = etree.iterparse(
        part, events=("start",), resolve_entities=False, load_dtd=False, no_network=True
    )
    try:
        for _event, element in events:
            return bool(element.getroottree().docinfo.doctype)
    except etree.XMLSyntaxError:
        return None
    return None


def _as_document(archive: zipfile.ZipFile, content_types: str) -> bytes:
    """A .dotx with its main part declared as a document, which python-docx accepts."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in archive.infolist():
            data = archive.read(entry)
            if entry.filename == "[Content_Types].xml":
                data = content_types.replace(TEMPLATE_TYPE, DOCUMENT_TYPE).encode("utf-8")
            target.writestr(entry, data)
    return output.getvalue()

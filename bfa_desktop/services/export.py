"""Exporting a period's documents to Word and PDF files."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from bfa_desktop.documents.compose import build, has_document
from bfa_desktop.documents.compose.common import INTERNAL_MARK
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.template import (
    StoredTemplate,
    TemplateReport,
    TemplateSource,
    check_template,
)
from bfa_desktop.fileio import WriteError, atomic_write
from bfa_desktop.model import Municipality, Period
from bfa_desktop.model.documents import DOCUMENT_TYPES, document_type
from bfa_desktop.model.enums import DocumentKind, label


class ExportFormat(StrEnum):
    DOCX = "docx"
    PDF = "pdf"


RENDERERS = {ExportFormat.DOCX: render_docx, ExportFormat.PDF: render_pdf}
ALL_DOCUMENTS = tuple(declared.kind for declared in DOCUMENT_TYPES)


class ExportCancelledError(Exception):
    """The user cancelled; files finished before stay, none is half-written."""


class MissingDocumentError(ValueError):
    """A document was asked for that the period does not have."""


class ExistingFilesError(WriteError):
    """Files the export would replace are there already; nothing was written."""

    def __init__(self, folder: Path, files: Sequence[Path]) -> None:
        self.folder = folder
        self.files = list(files)
        names = "".join(f"\n  {path.name}" for path in self.files)
        super().__init__(f"Filerna finns redan i {folder} och ersätts inte:{names}")


Progress = Callable[[int, int, str], None]  # done, total, what is being written


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    template_report: TemplateReport = field(default_factory=TemplateReport)


# Bytes of a file name (UTF-8) kept for the municipality and for the whole name: file systems
# take 255, and the temporary file of an atomic write adds its own few.
MUNICIPALITY_NAME_BYTES = 80
NAME_BYTES = 180


def file_name(
    period: Period, kind: DocumentKind, export_format: ExportFormat, *, public: bool = True
) -> str:
    """ "Danderyds kommun – Handlingsplan 2021–2022.pdf": the municipality, the document and
    the years it is about (the lägesbild its year, the evaluation the period it evaluates, the
    minutes their meeting's date); the internal edition says so: "… (INTERN).pdf". Characters
    that file systems refuse become "-"."""
    what = document_type(kind).file_stem(period)
    if not public:
        what = f"{what} ({INTERNAL_MARK})"
    municipality = _fit(_safe(period.municipality.name.strip()), MUNICIPALITY_NAME_BYTES)
    name = f"{municipality} – {what}" if municipality else what
    return _fit(_safe(name), NAME_BYTES) + f".{export_format.value}"


def _safe(name: str) -> str:
    """Characters file systems refuse (and halves of surrogate pairs, which no file name can
    hold) become "-"; no name ends in a dot or a space (Windows refuses those)."""
    return re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f\ud800-\udfff]', "-", name).rstrip(". ")


def _fit(name: str, limit: int) -> str:
    """The name cut to `limit` bytes of UTF-8, not inside a character."""
    return name.encode("utf-8")[:limit].decode("utf-8", errors="ignore").rstrip(". ")


def planned_files(
    period: Period,
    folder: Path,
    documents: Sequence[DocumentKind] | None = None,
    formats: Sequence[ExportFormat] = (ExportFormat.DOCX, ExportFormat.PDF),
    *,
    public: bool = True,
) -> list[Path]:
    """The files an export of these documents and formats writes, in its order."""
    return [
        folder / file_name(period, kind, export_format, public=public)
        for kind in _documents(period, documents)
        for export_format in formats
    ]


def existing(paths: Sequence[Path]) -> list[Path]:
    """The paths an export would replace: files there already (a folder is not replaced)."""
    return [path for path in paths if path.exists() and not path.is_dir()]


def export_period(
    period: Period,
    folder: Path,
    *,
    documents: Sequence[DocumentKind] | None = None,
    formats: Sequence[ExportFormat] = (ExportFormat.DOCX, ExportFormat.PDF),
    template: TemplateSource = None,
    public: bool = True,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the chosen documents (default: all the period has) in the chosen formats.

    The template is the one given, else the municipality's own, else the bundled one; it is
    checked before anything is written. Files that are there already are replaced only with
    `overwrite`; otherwise they are listed in an ExistingFilesError and nothing is written.
    Each file is written atomically.
    """
    if not folder.is_dir():
        raise WriteError(f"Mappen {folder} finns inte.")
    kinds = _documents(period, documents)
    there = existing(planned_files(period, folder, kinds, formats, public=public))
    if there and not overwrite:
        raise ExistingFilesError(folder, there)
    template = template or municipality_template(period.municipality)
    report = check_template(template)
    total = len(kinds) * len(formats)
    result = ExportResult(template_report=report)
    for kind in kinds:
        tree = build(period, kind, public=public)
        for export_format in formats:
            if cancelled and cancelled():
                raise ExportCancelledError
            target = folder / file_name(period, kind, export_format, public=public)
            if progress:
                progress(len(result.files), total, target.name)
            atomic_write(target, RENDERERS[export_format](tree, template))
            result.files.append(target)
    if progress:
        progress(total, total, "")
    return result


def municipality_template(municipality: Municipality) -> StoredTemplate | None:
    if not municipality.template:
        return None
    return StoredTemplate(municipality.template_name or "kommunens mall", municipality.template)


def _documents(period: Period, wanted: Sequence[DocumentKind] | None) -> list[DocumentKind]:
    if wanted is None:
        return [kind for kind in ALL_DOCUMENTS if has_document(period, kind)]
    missing = [kind for kind in wanted if not has_document(period, kind)]
    if missing:
        names = ", ".join(label(kind).lower() for kind in missing)
        raise MissingDocumentError(f"Perioden {period.label} saknar {names}.")
    return [kind for kind in ALL_DOCUMENTS if kind in wanted]

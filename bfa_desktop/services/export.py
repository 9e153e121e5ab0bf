"""Exporting a period's documents to Word and PDF files."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from bfa_desktop.documents.compose import BUILDERS, build, has_document
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
from bfa_desktop.model.enums import DocumentKind, label


class ExportFormat(StrEnum):
    DOCX = "docx"
    PDF = "pdf"


RENDERERS = {ExportFormat.DOCX: render_docx, ExportFormat.PDF: render_pdf}
ALL_DOCUMENTS = tuple(BUILDERS)


class ExportCancelledError(Exception):
    """The user cancelled; files finished before stay, none is half-written."""


class MissingDocumentError(ValueError):
    """A document was asked for that the period does not have."""


Progress = Callable[[int, int, str], None]  # done, total, what is being written


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    template_report: TemplateReport = field(default_factory=TemplateReport)


def file_name(period: Period, kind: DocumentKind, export_format: ExportFormat) -> str:
    """ "Handlingsplan 2021–2022.pdf"; characters that file systems refuse become "-"."""
    name = f"{label(kind)} {period.label}"
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", name) + f".{export_format.value}"


def export_period(
    period: Period,
    folder: Path,
    *,
    documents: Sequence[DocumentKind] | None = None,
    formats: Sequence[ExportFormat] = (ExportFormat.DOCX, ExportFormat.PDF),
    template: TemplateSource = None,
    public: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the chosen documents (default: all the period has) in the chosen formats.

    The template is the one given, else the municipality's own, else the bundled one; it is
    checked before anything is written. Each file is written atomically.
    """
    if not folder.is_dir():
        raise WriteError(f"Mappen {folder} finns inte.")
    template = template or municipality_template(period.municipality)
    report = check_template(template)
    kinds = _documents(period, documents)
    total = len(kinds) * len(formats)
    result = ExportResult(template_report=report)
    for kind in kinds:
        tree = build(period, kind, public=public)
        for export_format in formats:
            if cancelled and cancelled():
                raise ExportCancelledError
            target = folder / file_name(period, kind, export_format)
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

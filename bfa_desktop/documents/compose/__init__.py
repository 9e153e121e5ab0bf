"""One builder per document: a period (and its records) in, a neutral `Document` out. Which
module builds which document is declared in model.documents."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import cast

from bfa_desktop.documents.tree import Document
from bfa_desktop.model import Period
from bfa_desktop.model.documents import DOCUMENT_TYPES, DocumentType, document_type
from bfa_desktop.model.enums import DocumentKind

Builder = Callable[..., Document]


def _builder(declared: DocumentType) -> Builder:
    module = importlib.import_module(f"{__name__}.{declared.builder}")
    return cast(Builder, module.build)


# In the order of "Handlingar i ärendet".
BUILDERS: dict[DocumentKind, Builder] = {
    declared.kind: _builder(declared) for declared in DOCUMENT_TYPES
}


def has_document(period: Period, kind: DocumentKind) -> bool:
    return document_type(kind).record_of(period) is not None


def build(period: Period, kind: DocumentKind, *, public: bool = True) -> Document:
    return BUILDERS[kind](period, public=public)

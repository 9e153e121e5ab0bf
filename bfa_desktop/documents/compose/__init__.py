"""One builder per document: a period (and its records) in, a neutral `Document` out."""

from __future__ import annotations

from collections.abc import Callable

from bfa_desktop.documents.compose import (
    agreement,
    endorsement,
    evaluation,
    plan,
    promises,
    report,
    situation,
)
from bfa_desktop.documents.compose.common import record_of
from bfa_desktop.documents.tree import Document
from bfa_desktop.model import Period
from bfa_desktop.model.enums import DocumentKind

Builder = Callable[..., Document]

# In the order of "Handlingar i ärendet".
BUILDERS: dict[DocumentKind, Builder] = {
    DocumentKind.TJANSTEUTLATANDE: report.build,
    DocumentKind.HANDLINGSPLAN: plan.build,
    DocumentKind.MEDBORGARLOFTEN: promises.build,
    DocumentKind.LAGESBILD: situation.build,
    DocumentKind.MOTESANTECKNINGAR: endorsement.build,
    DocumentKind.UTVARDERING: evaluation.build,
    DocumentKind.OVERENSKOMMELSE: agreement.build,
}


def has_document(period: Period, kind: DocumentKind) -> bool:
    return record_of(period, kind) is not None


def build(period: Period, kind: DocumentKind, *, public: bool = True) -> Document:
    return BUILDERS[kind](period, public=public)

"""The documents of a period, declared once: what each is built from (a record of the period),
the builder that composes it, the window's tab where it is edited, whether a period needs it
before its documents go to the board, and how it is named in its title and its file.

Composing, exporting, the readiness check, the window's tabs and the command line's choices
all go through DOCUMENT_TYPES; a new kind of document is one entry here (and its DocumentKind
code), its record, its builder and its page in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from bfa_desktop.model.base import Base
from bfa_desktop.model.catalog import node
from bfa_desktop.model.enums import DocumentKind, label
from bfa_desktop.model.period import Period

Naming = Callable[[Period], str]


@dataclass(frozen=True)
class DocumentType:
    kind: DocumentKind
    relation: str  # the period's record it is built from (a one-to-one child of Period)
    builder: str  # the module of documents.compose whose build() composes it
    tab: str  # the window's tab where it is edited (ui.tabs)
    required: bool = False  # a period needs it before its documents go to the board
    named: Naming | None = None  # its name for the period, if not always label(kind)
    about: Naming | None = None  # the years (or year) it is about, if not the period's
    titled: Naming | None = None  # the title it has when its own is empty, if not its name
    filed: Naming | None = None  # its file's name, if not its name and years

    @property
    def record_class(self) -> type[Base]:
        child = node(Period).child(self.relation)
        assert child is not None and not child.many, self.relation
        return child.target

    @property
    def missing_code(self) -> str:
        """The readiness finding of a period without it: "no-action-plan"."""
        return "no-" + self.relation.replace("_", "-")

    def record_of(self, period: Period) -> Base | None:
        record: Base | None = getattr(period, self.relation)
        return record

    def name(self, period: Period) -> str:
        """ "Åtgärdsplan", "Utvärdering av tidigare handlingsplan", "Medborgarlöften" …"""
        return self.named(period) if self.named else label(self.kind)

    def years(self, period: Period) -> str:
        """The years the document is about."""
        return self.about(period) if self.about else period.label

    def default_title(self, period: Period) -> str:
        return self.titled(period) if self.titled else f"{self.name(period)} {self.years(period)}"

    def file_stem(self, period: Period) -> str:
        """Its file's name without the municipality and the suffix."""
        return self.filed(period) if self.filed else f"{self.name(period)} {self.years(period)}"


def plan_name(period: Period) -> str:
    """Under Lag (2023:196) the municipality's plan is an åtgärdsplan; before, a handlingsplan."""
    return "Åtgärdsplan" if period.under_law else "Handlingsplan"


def evaluated_period(period: Period) -> Period:
    """The period whose plan the period's evaluation judges (the period itself if unknown)."""
    evaluation = period.evaluation
    evaluated = evaluation.evaluated_period if evaluation is not None else None
    return evaluated or period


def _report_title(period: Period) -> str:
    return f"Antagande av {plan_name(period).lower()} och medborgarlöften {period.label}"


def _evaluation_name(period: Period) -> str:
    return f"Utvärdering av tidigare {plan_name(evaluated_period(period)).lower()}"


def _picture_year(period: Period) -> str:
    picture = period.situation_picture
    return str(picture.year) if picture is not None else period.label


def _minutes_file(period: Period) -> str:
    """The minutes are filed by their meeting's date."""
    endorsement = period.endorsement
    if endorsement is not None and endorsement.meeting_date:
        return f"{label(DocumentKind.MOTESANTECKNINGAR)} {endorsement.meeting_date.isoformat()}"
    return f"{label(DocumentKind.MOTESANTECKNINGAR)} {period.label}"


# In the order of "Handlingar i ärendet", which exports follow.
DOCUMENT_TYPES: tuple[DocumentType, ...] = (
    DocumentType(
        kind=DocumentKind.TJANSTEUTLATANDE,
        relation="official_report",
        builder="report",
        tab="report",
        required=True,
        titled=_report_title,
    ),
    DocumentType(
        kind=DocumentKind.HANDLINGSPLAN,
        relation="action_plan",
        builder="plan",
        tab="plan",
        required=True,
        named=plan_name,
    ),
    DocumentType(
        kind=DocumentKind.MEDBORGARLOFTEN,
        relation="citizen_promises",
        builder="promises",
        tab="promises",
        required=True,
    ),
    DocumentType(
        kind=DocumentKind.LAGESBILD,
        relation="situation_picture",
        builder="situation",
        tab="situation",
        required=True,
        about=_picture_year,
    ),
    DocumentType(
        kind=DocumentKind.MOTESANTECKNINGAR,
        relation="endorsement",
        builder="endorsement",
        tab="overview",
        filed=_minutes_file,
    ),
    DocumentType(
        kind=DocumentKind.UTVARDERING,
        relation="evaluation",
        builder="evaluation",
        tab="evaluation",
        named=_evaluation_name,
        about=lambda period: evaluated_period(period).label,
    ),
    DocumentType(
        kind=DocumentKind.OVERENSKOMMELSE,
        relation="agreement",
        builder="agreement",
        tab="overview",
    ),
)


@cache
def document_type(kind: DocumentKind) -> DocumentType:
    return next(entry for entry in DOCUMENT_TYPES if entry.kind == kind)

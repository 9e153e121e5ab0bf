"""What every document builder needs: its metadata and names, sections from rich text,
signatures."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from bfa_desktop.documents.swedish import format_date
from bfa_desktop.documents.tree import (
    Block,
    Contact,
    DocumentInfo,
    Heading,
    Paragraph,
    Signatures,
    Signer,
    labelled,
    rich,
    text,
)
from bfa_desktop.model import Period
from bfa_desktop.model.enums import DecisionSubject, DocumentKind, label

EXAMPLE_NOTE = "Exempeldata: personer, kontaktuppgifter och siffror i dokumentet är påhittade."
# The internal (confidential) edition says so in its title, subject and file name.
INTERNAL_MARK = "INTERN"
INTERNAL_NOTICE = "INTERN – innehåller uppgifter som inte ska publiceras"

# The record of the period that each document is made from.
DOCUMENT_RECORDS = {
    DocumentKind.TJANSTEUTLATANDE: "official_report",
    DocumentKind.HANDLINGSPLAN: "action_plan",
    DocumentKind.MEDBORGARLOFTEN: "citizen_promises",
    DocumentKind.LAGESBILD: "situation_picture",
    DocumentKind.MOTESANTECKNINGAR: "endorsement",
    DocumentKind.UTVARDERING: "evaluation",
    DocumentKind.OVERENSKOMMELSE: "agreement",
}


def record_of(period: Period, kind: DocumentKind) -> Any:
    return getattr(period, DOCUMENT_RECORDS[kind])


def plan_name(period: Period) -> str:
    """Under Lag (2023:196) the municipality's plan is an åtgärdsplan; before, a handlingsplan."""
    return "Åtgärdsplan" if period.under_law else "Handlingsplan"


def document_type(period: Period, kind: DocumentKind) -> str:
    """ "Åtgärdsplan", "Utvärdering av tidigare handlingsplan", "Medborgarlöften" …: the
    evaluation names the plan of the period it evaluates."""
    if kind == DocumentKind.HANDLINGSPLAN:
        return plan_name(period)
    if kind == DocumentKind.UTVARDERING:
        return f"Utvärdering av tidigare {plan_name(evaluated_period(period)).lower()}"
    return label(kind)


def evaluated_period(period: Period) -> Period:
    """The period whose plan the period's evaluation judges (the period itself if unknown)."""
    evaluation = period.evaluation
    evaluated = evaluation.evaluated_period if evaluation is not None else None
    return evaluated or period


def document_period(period: Period, kind: DocumentKind) -> str:
    """The years a document is about: the lägesbild its own year, the evaluation the period it
    evaluates, the others the period."""
    if kind == DocumentKind.LAGESBILD and period.situation_picture is not None:
        return str(period.situation_picture.year)
    if kind == DocumentKind.UTVARDERING:
        return evaluated_period(period).label
    return period.label


def default_title(period: Period, kind: DocumentKind) -> str:
    """The title of a document whose own title is empty."""
    if kind == DocumentKind.TJANSTEUTLATANDE:
        return f"Antagande av {plan_name(period).lower()} och medborgarlöften {period.label}"
    return f"{document_type(period, kind)} {document_period(period, kind)}"


def case_dnr(period: Period) -> str:
    """The diarienummer of the period's case: the tjänsteutlåtande's, else the adopting
    decision's, else another decision's."""
    report = period.official_report
    if report is not None and report.dnr.strip():
        return report.dnr
    decisions = sorted(period.decisions, key=lambda d: d.subject != DecisionSubject.ANTAGANDE)
    return next((d.dnr for d in decisions if d.dnr.strip()), "")


def document_info(
    period: Period,
    kind: DocumentKind,
    title: str,
    *,
    document_date: date | None = None,
    dnr: str = "",
    version: str = "",
    unit: str = "",
    public: bool = True,
) -> DocumentInfo:
    """The metadata: an empty title gets the default one, a document without a dnr of its own
    the case's, and the internal edition says so in its title and subject."""
    municipality = period.municipality
    kind_name = document_type(period, kind)
    years = document_period(period, kind)
    title = title if title.strip() else default_title(period, kind)
    subject = f"{kind_name} {years}"
    if not public:
        title = f"{title} ({INTERNAL_MARK})"
        subject = f"{INTERNAL_NOTICE}. {subject}"
    return DocumentInfo(
        kind=kind,
        title=title,
        document_type=kind_name,
        municipality=municipality.name,
        unit=unit or municipality.default_unit,
        author=municipality.name,
        subject=subject,
        period=years,
        document_date=document_date,
        dnr=dnr if dnr.strip() else case_dnr(period),
        version=version,
        public_edition=public,
        contact=Contact(
            postal_address=municipality.postal_address,
            visiting_address=municipality.visiting_address,
            phone=municipality.phone,
            email=municipality.email,
            website=municipality.website,
            org_number=municipality.org_number,
        ),
        logo=municipality.logo,
    )


def facts(pairs: Iterable[tuple[str, str]]) -> list[Paragraph]:
    """ "Label: value" paragraphs; a label whose value is empty (or blank) is left out."""
    return [labelled(name, value) for name, value in pairs if value.strip()]


def section(heading: str, body: str, level: int = 1) -> list[Block]:
    """A heading and its rich-text body; nothing when the body is empty."""
    blocks = list(rich(body))
    return [Heading(level, heading), *blocks] if blocks else []


def example_note(period: Period) -> list[Block]:
    """Example data says so on the page, not only in the database."""
    return [text(EXAMPLE_NOTE, italic=True)] if period.municipality.is_example else []


def signatures(period: Period, kind: DocumentKind, signed_on: date | None = None) -> list[Block]:
    """The document's signature lines, with "<ort> <datum>" above when a date is known."""
    signatories = period.signatories_of(kind)
    if not signatories:
        return []
    signers = tuple(Signer(s.person.name, s.person.title, s.signing_for) for s in signatories)
    dates = [s.signed_date for s in signatories if s.signed_date] or [signed_on]
    when = next((d for d in dates if d), None)
    place = period.municipality.short_name or period.municipality.name
    place_and_date = f"{place} {format_date(when)}" if when else ""
    return [Signatures(signers, place_and_date)]

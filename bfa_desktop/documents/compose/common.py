"""What every document builder needs: its metadata and names, sections from rich text,
signatures."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

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
from bfa_desktop.model.documents import document_type
from bfa_desktop.model.enums import DecisionSubject, DocumentKind

EXAMPLE_NOTE = "Exempeldata: personer, kontaktuppgifter och siffror i dokumentet är påhittade."
# The internal (confidential) edition says so in its title, subject and file name.
INTERNAL_MARK = "INTERN"
INTERNAL_NOTICE = "INTERN – innehåller uppgifter som inte ska publiceras"


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
    declared = document_type(kind)
    kind_name, years = declared.name(period), declared.years(period)
    title = title if title.strip() else declared.default_title(period)
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

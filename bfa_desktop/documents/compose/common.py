"""What every document builder needs: its metadata, sections from rich text, signatures."""

from __future__ import annotations

from datetime import date

from bfa_desktop.documents.swedish import format_date
from bfa_desktop.documents.tree import (
    Block,
    Contact,
    DocumentInfo,
    Heading,
    Signatures,
    Signer,
    rich,
    text,
)
from bfa_desktop.model import Period
from bfa_desktop.model.enums import DocumentKind, label

EXAMPLE_NOTE = "Exempeldata: personer, kontaktuppgifter och siffror i dokumentet är påhittade."


def document_info(
    period: Period,
    kind: DocumentKind,
    title: str,
    *,
    document_date: date | None = None,
    dnr: str = "",
    version: str = "",
    unit: str = "",
    subject: str = "",
    public: bool = True,
) -> DocumentInfo:
    municipality = period.municipality
    return DocumentInfo(
        kind=kind,
        title=title,
        document_type=label(kind),
        municipality=municipality.name,
        unit=unit or municipality.default_unit,
        author=municipality.name,
        subject=subject or f"{label(kind)} {period.label}",
        period=period.label,
        document_date=document_date,
        dnr=dnr,
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

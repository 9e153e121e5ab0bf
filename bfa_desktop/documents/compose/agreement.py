"""Samverkansöverenskommelse: facts (parties, period, dnr, legal basis), the agreement's sections
from background to follow-up, and the signature lines."""

from __future__ import annotations

from bfa_desktop.documents.compose.common import (
    document_info,
    example_note,
    facts,
    section,
    signatures,
)
from bfa_desktop.documents.swedish import format_date_range
from bfa_desktop.documents.tree import Block, Document
from bfa_desktop.model import Period
from bfa_desktop.model.enums import DocumentKind, label


def build(period: Period, *, public: bool = True) -> Document:
    agreement = period.agreement
    if agreement is None:
        raise ValueError("Perioden har ingen samverkansöverenskommelse.")
    info = document_info(
        period,
        DocumentKind.OVERENSKOMMELSE,
        agreement.title,
        document_date=agreement.signed_date,
        dnr=agreement.dnr,
        public=public,
    )
    pairs = (
        ("Parter", ", ".join(party.organisation.name for party in period.parties)),
        ("Period", format_date_range(period.start_date, period.end_date)),
        ("Dnr", info.dnr),
        ("Rättslig grund", label(period.legal_basis)),
    )
    blocks: list[Block] = facts(pairs)
    blocks += example_note(period)
    for heading, body in (
        ("Bakgrund", agreement.background),
        ("Syfte", agreement.purpose),
        ("Gemensamma mål", agreement.joint_goals),
        ("Prioriterade problem", agreement.prioritised_problems),
        ("Organisation", agreement.organisation_text),
        ("Mötesformer", agreement.meeting_cadence),
        ("Informationsutbyte", agreement.information_exchange),
        ("Kommunikation", agreement.communication),
        ("Uppföljning", agreement.follow_up),
    ):
        blocks += section(heading, body)
    blocks += signatures(period, DocumentKind.OVERENSKOMMELSE, agreement.signed_date)
    return Document(info, tuple(blocks))

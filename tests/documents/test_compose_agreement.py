"""Samverkansöverenskommelse: facts, the sections from Bakgrund to Uppföljning in order, and the
signature lines at the end."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from bfa_desktop.documents.compose.agreement import build
from bfa_desktop.documents.tree import (
    Heading,
    ListBlock,
    Paragraph,
    Signatures,
    Signer,
)
from bfa_desktop.model import (
    Agreement,
    Organisation,
    Period,
    PeriodParty,
    Person,
    Signatory,
)
from bfa_desktop.model.enums import DocumentKind, LegalBasis, OrganisationKind, PartyRole
from tests.documents.helpers import assert_no_empty_headings, flatten, headings, new_period

HOSTILE = "=1+1 & <b> \"x\" 'y' \u202eשלום😀🚓 \x01\x07\x0b\x1b\x1f"
HOSTILE_PLAIN = "\x00" + HOSTILE  # rich text turns NUL into U+FFFD (the parser's rule)
LONG = "å" * 100_000
SECTIONS = [
    "Bakgrund",
    "Syfte",
    "Gemensamma mål",
    "Prioriterade problem",
    "Organisation",
    "Mötesformer",
    "Informationsutbyte",
    "Kommunikation",
    "Uppföljning",
]


# --- helpers -----------------------------------------------------------------------------------


@pytest.fixture
def period(session: Session) -> Period:
    """Unlike the shared bare period: mid-year dates, under the 2023 law, signed in "Testby"."""
    period = new_period(session, short_name="Testby")
    period.start_date = date(2023, 7, 1)
    period.end_date = date(2025, 6, 30)
    period.legal_basis = LegalBasis.LAG_2023_196
    session.flush()
    return period


def agreement_of(session: Session, period: Period, **fields: object) -> Agreement:
    agreement = Agreement(title="Överenskommelse 2023–2025", **fields)
    period.agreement = agreement
    session.flush()
    return agreement


# --- the demo ----------------------------------------------------------------------------------


def test_demo_facts_sections_and_signatures_in_order(demo: Period) -> None:
    document = build(demo)
    info = document.info
    assert info.title == "Samverkansöverenskommelse om brottsförebyggande arbete 2021–2022"
    assert (info.dnr, info.document_date, info.period) == (
        "KS 2020/0359",
        date(2020, 12, 1),
        "2021–2022",
    )
    assert info.title not in headings(document)
    assert all(b.level == 1 for b in document.blocks if isinstance(b, Heading))
    assert headings(document) == SECTIONS
    facts = [b.text for b in document.blocks[:5] if isinstance(b, Paragraph)]
    assert facts[0].startswith("Parter: Danderyds kommun, Lokalpolisområde Södra Roslagen, ")
    assert facts[1:4] == [
        "Period: 2021-01-01 – 2022-12-31",
        "Dnr: KS 2020/0359",
        "Rättslig grund: Frivillig överenskommelse",
    ]
    assert facts[4].startswith("Exempeldata:")
    last = document.blocks[-1]
    assert isinstance(last, Signatures)
    assert last.place_and_date == "Danderyd 2020-12-01"
    assert [s.signing_for for s in last.signers] == [
        "För Polismyndigheten, Lokalpolisområde Södra Roslagen",
        "För Danderyds kommun",
    ]
    assert_no_empty_headings(document)


def test_demo_rich_text_keeps_its_lists(demo: Period) -> None:
    blocks = list(build(demo).blocks)
    goals = blocks[blocks.index(Heading(1, "Gemensamma mål")) + 1]
    assert isinstance(goals, ListBlock)
    assert not goals.ordered
    assert len(goals.items) == 5


def test_demo_public_flag_only_marks_the_edition(demo: Period) -> None:
    public, internal = build(demo), build(demo, public=False)
    assert public.info.public_edition
    assert not internal.info.public_edition
    assert public.blocks == internal.blocks


# --- hand-made periods -------------------------------------------------------------------------


def test_missing_agreement_raises_a_swedish_error(period: Period) -> None:
    with pytest.raises(ValueError, match="ingen samverkansöverenskommelse"):
        build(period)


def test_a_bare_agreement_gives_only_period_and_legal_basis(
    session: Session, period: Period
) -> None:
    agreement_of(session, period)
    document = build(period)
    assert flatten(document).split("\n")[1:] == [
        "Period: 2023-07-01 – 2025-06-30",
        "Rättslig grund: Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete",
    ]
    assert document.info.dnr == ""
    assert document.info.document_date is None


def test_only_filled_sections_get_headings(session: Session, period: Period) -> None:
    agreement_of(session, period, purpose="Färre brott.", follow_up="Varje år.", background=" \n ")
    document = build(period)
    assert headings(document) == ["Syfte", "Uppföljning"]
    assert_no_empty_headings(document)


def test_signatures_use_the_signing_date_of_the_agreement(session: Session, period: Period) -> None:
    chair = Person(name="Eva Ek", title="KSO")
    period.municipality.persons.append(chair)
    period.signatories = [
        Signatory(document=DocumentKind.OVERENSKOMMELSE, person=chair, signing_for="För kommunen"),
        Signatory(document=DocumentKind.HANDLINGSPLAN, person=chair),  # another document
    ]
    agreement_of(session, period, signed_date=date(2023, 6, 12))
    last = build(period).blocks[-1]
    assert last == Signatures((Signer("Eva Ek", "KSO", "För kommunen"),), "Testby 2023-06-12")


def test_hostile_text_passes_through_unchanged(session: Session, period: Period) -> None:
    organisation = Organisation(name=HOSTILE_PLAIN, kind=OrganisationKind.ANNAN)
    period.municipality.organisations.append(organisation)
    period.parties = [PeriodParty(organisation=organisation, role=PartyRole.SAMVERKANSPART)]
    agreement_of(
        session,
        period,
        dnr=HOSTILE_PLAIN,
        background=HOSTILE + LONG,
        communication=HOSTILE,
    )
    assert period.agreement is not None
    period.agreement.title = HOSTILE_PLAIN + LONG
    document = build(period)
    assert document.info.title == HOSTILE_PLAIN + LONG
    assert document.info.dnr == HOSTILE_PLAIN
    lines = flatten(document).split("\n")
    assert f"Parter: {HOSTILE_PLAIN}" in lines
    assert f"Dnr: {HOSTILE_PLAIN}" in lines
    assert HOSTILE + LONG in lines
    assert HOSTILE in lines
    assert headings(document) == ["Bakgrund", "Kommunikation"]

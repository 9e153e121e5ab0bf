"""Utdrag ur mötesanteckningar: the council's dated endorsement – a title in correct Swedish
genitive, the facts of the meeting, the excerpt with its items as headings, the outcome as a
sentence, and the justering."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from bfa_desktop.documents.compose.endorsement import OUTCOME_SENTENCES, build, genitive
from bfa_desktop.documents.tree import (
    Document,
    Heading,
    Paragraph,
    Signatures,
)
from bfa_desktop.model import (
    ActionPlan,
    CitizenPromises,
    CouncilEndorsement,
    Organisation,
    Period,
    Person,
    Signatory,
)
from bfa_desktop.model.enums import DocumentKind, EndorsementOutcome, OrganisationKind
from tests.documents.helpers import flatten

HOSTILE = "=1+1 & <b> \"x\" 'y' \u202eשלום😀🚓 \x01\x07\x0b\x1b\x1f"
HOSTILE_PLAIN = "\x00" + HOSTILE  # rich text turns NUL into U+FFFD (the parser's rule)
LONG = "å" * 100_000


# --- helpers -----------------------------------------------------------------------------------


def endorsement_of(
    session: Session, period: Period, council: str | None = None, **fields: object
) -> CouncilEndorsement:
    endorsement = CouncilEndorsement(**fields)
    if council is not None:
        endorsement.council = Organisation(name=council, kind=OrganisationKind.RAD)
        period.municipality.organisations.append(endorsement.council)
    period.endorsement = endorsement
    session.flush()
    return endorsement


# --- the demo ----------------------------------------------------------------------------------


def test_demo_title_matches_the_tjansteutlatande(demo: Period) -> None:
    document = build(demo)
    # As listed under "Handlingar i ärendet" in the real tjänsteutlåtande.
    assert document.info.title == (
        "Utdrag ur mötesanteckningar från Trygg i Danderyds sammanträde 2020-11-18"
    )
    assert document.info.unit == "Trygg i Danderyd"
    assert document.info.document_date == date(2020, 11, 18)
    assert document.info.document_type == "Utdrag ur mötesanteckningar"


def body_lines(document: Document) -> list[str]:
    """The texts before the justering: facts, excerpt and outcome."""
    lines = flatten(document).split("\n")[1:]
    first = "Vid protokollet" if "Vid protokollet" in lines else "Justeras"
    return lines[: lines.index(first)]


def justering(document: Document) -> list[object]:
    """The blocks from "Vid protokollet" or "Justeras" to the end."""
    blocks = list(document.blocks)
    start = next(
        i
        for i, block in enumerate(blocks)
        if isinstance(block, Paragraph) and block.text in ("Vid protokollet", "Justeras")
    )
    return blocks[start:]


def test_demo_facts_excerpt_and_outcome_in_order(demo: Period) -> None:
    document = build(demo)
    lines = body_lines(document)
    assert lines[0] == "Sammanträde: 2020-11-18"
    assert lines[1].startswith("Närvarande: Per-Olof Hedlund (ordförande), ")
    assert lines[2] == "Justerare: Gunilla Strand"
    assert lines[3] == (
        "Ärende: ”Handlingsplan för samverkan gällande förebyggande arbete för trygghet och mot "
        "brott 2021–2022” och ”Danderyd – medborgarlöften 2021–2022”"
    )
    assert lines[4].startswith("Exempeldata:")
    assert lines[5] == "§ 9 Handlingsplan och medborgarlöften 2021–2022"
    assert lines[-1] == "Rådet tillstyrkte dokumenten."
    # The item's line is a real heading (the title is the renderer's), the only one.
    item = document.blocks[5]
    assert item == Heading(1, "§ 9 Handlingsplan och medborgarlöften 2021–2022")
    assert [b for b in document.blocks if isinstance(b, Heading)] == [item]
    excerpt = document.blocks[6]
    assert isinstance(excerpt, Paragraph)
    assert excerpt.text.startswith("Trygghetssamordnaren och kommunpolisen presenterade")


def test_demo_justering_as_minutes_have_it(demo: Period) -> None:
    document = build(demo)
    kept, keeper, adjusted, signed = justering(document)
    assert isinstance(kept, Paragraph) and kept.text == "Vid protokollet"
    assert all(span.bold for span in kept.spans)
    assert isinstance(keeper, Signatures)
    assert [(s.name, s.title) for s in keeper.signers] == [("Karin Söderström", "Sekreterare")]
    assert isinstance(adjusted, Paragraph) and adjusted.text == "Justeras"
    assert isinstance(signed, Signatures)
    assert signed.place_and_date == "Danderyd 2020-11-20"
    assert [(s.name, s.title) for s in signed.signers] == [
        ("Per-Olof Hedlund", "Ordförande"),
        ("Gunilla Strand", "Justerare"),
    ]


# --- hand-made periods -------------------------------------------------------------------------


def test_missing_endorsement_raises_a_swedish_error(period: Period) -> None:
    with pytest.raises(ValueError, match="inga mötesanteckningar"):
        build(period)


@pytest.mark.parametrize("outcome", list(EndorsementOutcome))
def test_every_outcome_is_a_sentence(
    session: Session, period: Period, outcome: EndorsementOutcome
) -> None:
    endorsement_of(session, period, "Rådet", outcome=outcome)
    sentence = OUTCOME_SENTENCES[outcome]
    assert sentence.startswith("Rådet ")
    assert sentence.endswith(".")
    assert body_lines(build(period))[-1] == sentence


def test_a_bare_endorsement_gives_title_and_outcome(session: Session, period: Period) -> None:
    endorsement_of(session, period)
    document = build(period)
    assert document.info.title == (
        "Utdrag ur mötesanteckningar från det brottsförebyggande rådets sammanträde"
    )
    assert document.info.document_date is None
    assert document.info.unit == ""  # no council, no default unit of a fresh municipality
    assert body_lines(document) == ["Rådet tillstyrkte dokumenten."]
    # Minutes are justerade all the same: lines to sign and a date to write by hand.
    adjusted, signed = justering(document)
    assert isinstance(adjusted, Paragraph) and adjusted.text == "Justeras"
    assert isinstance(signed, Signatures)
    assert signed.place_and_date == "Test ______________"
    assert [(s.name, s.title) for s in signed.signers] == [("", "Ordförande"), ("", "Justerare")]


def test_every_justerare_signs_and_the_minutes_signatories_too(
    session: Session, period: Period
) -> None:
    person = Person(name="Ada Berg", title="Kommunpolis")
    period.municipality.persons.append(person)
    period.signatories.append(
        Signatory(
            document=DocumentKind.MOTESANTECKNINGAR,
            person=person,
            signing_for="För polisen",
            signed_date=date(2023, 3, 1),
        )
    )
    endorsement_of(session, period, "Rådet", chair="Bo Ek", adjusters=" Cia Al ,, Dan Ny ")
    document = build(period)
    assert "Justerare: Cia Al, Dan Ny" in body_lines(document)
    assert not any(line.startswith("Vid protokollet") for line in flatten(document).split("\n"))
    _adjusted, signed = justering(document)
    assert isinstance(signed, Signatures)
    assert signed.place_and_date == "Test 2023-03-01"  # the day it was signed
    assert [(s.name, s.title, s.signing_for) for s in signed.signers] == [
        ("Bo Ek", "Ordförande", ""),
        ("Cia Al", "Justerare", ""),
        ("Dan Ny", "Justerare", ""),
        ("Ada Berg", "Kommunpolis", "För polisen"),
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("**§ 12 Trygghetsvandringar**", True),
        ("§12a Övriga frågor", True),
        ("§ 3", True),
        ("§ 9 beslutades att tillstyrka förslagen.", False),  # a sentence
        ("Enligt § 9 i reglementet", False),
        ("§ 9 Ärenden:", False),
        ("Ordföranden öppnade mötet.", False),
    ],
)
def test_only_an_items_own_line_becomes_a_heading(
    session: Session, period: Period, line: str, heading: bool
) -> None:
    endorsement_of(session, period, "Rådet", minutes_excerpt=f"{line}\n\nRådet diskuterade.")
    blocks = build(period).blocks
    assert isinstance(blocks[0], Heading) is heading
    assert blocks[1] == Paragraph(blocks[1].spans) and blocks[1].text == "Rådet diskuterade."


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Trygg i Danderyd", "Trygg i Danderyds"),
        ("Brottsförebyggande rådet", "Brottsförebyggande rådets"),
        ("Trygga Borås", "Trygga Borås"),
        ("Rådet i Lax", "Rådet i Lax"),
        ("Trygg i Alvarez", "Trygg i Alvarez"),
        ("Lokala BRÅ", "Lokala BRÅ:s"),
        ("Trygghetsrådet 2023", "Trygghetsrådet 2023:s"),
    ],
)
def test_swedish_genitive(name: str, expected: str) -> None:
    assert genitive(name) == expected


def test_title_with_the_council_and_date(session: Session, period: Period) -> None:
    endorsement_of(session, period, "Trygga Borås", meeting_date=date(2023, 2, 3))
    document = build(period)
    assert document.info.title == (
        "Utdrag ur mötesanteckningar från Trygga Borås sammanträde 2023-02-03"
    )
    assert document.info.unit == "Trygga Borås"


def test_matters_name_only_the_drafts_that_exist(session: Session, period: Period) -> None:
    period.citizen_promises = CitizenPromises(title="Testkommun – medborgarlöften 2023–2024")
    endorsement_of(session, period, "Rådet", present="")
    lines = flatten(build(period)).split("\n")
    assert "Ärende: ”Testkommun – medborgarlöften 2023–2024”" in lines
    assert not any(line.startswith("Närvarande") for line in lines)
    period.action_plan = ActionPlan(title="Handlingsplan 2023–2024")
    session.flush()
    lines = flatten(build(period)).split("\n")
    assert "Ärende: ”Handlingsplan 2023–2024” och ”Testkommun – medborgarlöften 2023–2024”" in lines


def test_hostile_text_passes_through_unchanged(session: Session, period: Period) -> None:
    endorsement_of(
        session,
        period,
        HOSTILE_PLAIN + LONG,
        present=HOSTILE_PLAIN,
        minutes_excerpt=f"{HOSTILE}\n\n{LONG}",
    )
    document = build(period)
    assert document.info.title == (
        f"Utdrag ur mötesanteckningar från {HOSTILE_PLAIN}{LONG}s sammanträde"
    )
    assert document.info.unit == HOSTILE_PLAIN + LONG
    lines = flatten(document).split("\n")
    assert f"Närvarande: {HOSTILE_PLAIN}" in lines
    assert HOSTILE in lines
    assert LONG in lines

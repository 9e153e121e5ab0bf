"""Utdrag ur mötesanteckningar: the council's dated endorsement – a title in correct Swedish
genitive, the facts of the meeting, the excerpt and the outcome as a sentence."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from bfa_desktop.documents.compose.endorsement import OUTCOME_SENTENCES, build, genitive
from bfa_desktop.documents.tree import (
    Heading,
    Paragraph,
)
from bfa_desktop.model import (
    ActionPlan,
    CitizenPromises,
    CouncilEndorsement,
    Organisation,
    Period,
)
from bfa_desktop.model.enums import EndorsementOutcome, OrganisationKind
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


def test_demo_facts_excerpt_and_outcome_in_order(demo: Period) -> None:
    document = build(demo)
    assert not any(isinstance(b, Heading) for b in document.blocks)  # the title is the renderer's
    lines = flatten(document).split("\n")[1:]
    assert lines[0] == "Sammanträde: 2020-11-18"
    assert lines[1].startswith("Närvarande: Per-Olof Hedlund (ordförande), ")
    assert lines[2] == (
        "Ärende: ”Handlingsplan för samverkan gällande förebyggande arbete för trygghet och mot "
        "brott 2021–2022” och ”Danderyd – medborgarlöften 2021–2022”"
    )
    assert lines[3].startswith("Exempeldata:")
    assert lines[4] == "§ 9 Handlingsplan och medborgarlöften 2021–2022"
    assert lines[-1] == "Rådet tillstyrkte dokumenten."
    excerpt = document.blocks[4]
    assert isinstance(excerpt, Paragraph)
    assert excerpt.spans[0].bold  # rich text keeps its formatting


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
    assert flatten(build(period)).split("\n")[-1] == sentence


def test_a_bare_endorsement_gives_title_and_outcome(session: Session, period: Period) -> None:
    endorsement_of(session, period)
    document = build(period)
    assert document.info.title == (
        "Utdrag ur mötesanteckningar från det brottsförebyggande rådets sammanträde"
    )
    assert document.info.document_date is None
    assert document.info.unit == ""  # no council, no default unit of a fresh municipality
    assert flatten(document).split("\n")[1:] == ["Rådet tillstyrkte dokumenten."]


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

"""The Medborgarlöften builder: section order, continuous numbering across themes, the
follow-up table, empty fields left out, hostile text untouched."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from bfa_desktop.documents.compose import promises as promises_builder
from bfa_desktop.documents.tree import (
    Document,
    Heading,
    ListBlock,
    Signatures,
)
from bfa_desktop.model import (
    CitizenPromises,
    Period,
    Promise,
    PromiseFollowUp,
)
from bfa_desktop.model.enums import DocumentKind, ProgressStatus, PromiseActor
from tests.documents.helpers import headings, new_period, tables, texts

# Plain-text fields keep everything; rich-text fields go through the Markdown parser, which
# turns NUL into U+FFFD, so the rich variant leaves NUL out.
HOSTILE_RICH = (
    "=cmd|' /C calc'!A0 & < > \" ' \x01\x07\x0b\x1b 😀🚓 \u202eשלום عربي\u202c " + "x" * 100_000
)
HOSTILE = HOSTILE_RICH + "\x00"


def promise_lists(document: Document) -> list[ListBlock]:
    """The numbered lists of "Det här ska vi göra"."""
    start = document.blocks.index(Heading(1, "Det här ska vi göra"))
    return [
        block for block in document.blocks[start:] if isinstance(block, ListBlock) and block.ordered
    ]


def new_promise(sentence: str, theme: str = "") -> Promise:
    return Promise(sentence=sentence, theme=theme, actor=PromiseActor.GEMENSAMT)


# --- the demo --------------------------------------------------------------------------------


def test_demo_sections_in_order(demo: Period) -> None:
    document = promises_builder.build(demo)
    promises = demo.citizen_promises
    assert promises is not None
    assert document.info.title == "Danderyd – medborgarlöften 2021–2022"
    assert document.info.kind is DocumentKind.MEDBORGARLOFTEN
    assert headings(document) == [
        "Situationen idag",
        "Det här ska vi göra",
        "Trygghet i Mörby centrum",
        "Trygga utemiljöer",
        "Bedrägerier mot äldre",
        "Förväntad effekt",
        "Uppföljning",
    ]
    assert isinstance(document.blocks[-1], Signatures)
    lines = texts(document)
    # The demo's introduction states the validity itself; the sentence is not repeated.
    assert lines.count("Löftena gäller 2021-01-01 – 2022-12-31.") == 1
    assert lines.index("Löftena gäller 2021-01-01 – 2022-12-31.") < lines.index("Situationen idag")
    note = promises.other_problems_note
    assert (
        lines.index("Bedrägerier mot äldre") < lines.index(note) < lines.index("Förväntad effekt")
    )


def test_demo_promises_numbered_continuously_across_themes(demo: Period) -> None:
    document = promises_builder.build(demo)
    promises = demo.citizen_promises
    assert promises is not None
    lists = promise_lists(document)
    assert [block.start for block in lists] == [1, 2, 4]
    numbered = [
        (number, item[0].text)
        for block in lists
        for number, item in enumerate(block.items, start=block.start)
    ]
    assert numbered == [(p.number, p.sentence) for p in promises.promises]


def test_demo_follow_up_table(demo: Period) -> None:
    document = promises_builder.build(demo)
    (table,) = tables(document)
    assert table.header == ("Löfte", "Period", "Status", "Resultat", "Kommunicerat")
    assert len(table.rows) == 7
    assert [cell.text for cell in table.rows[0]] == [
        "1",
        "2021 halvår 1",
        "Pågår",
        "Poliser patrullerade 23 kvällar under första halvåret.\n"
        "Patrulleringen samordnades med centrumets ordningsvakter.",
        "2021-09-15, Kommunens webbplats och polisens lokala sida i sociala medier",
    ]
    assert [row[0].text for row in table.rows] == ["1", "1", "2", "3", "3", "4", "4"]


# --- hand-made documents ---------------------------------------------------------------------


def test_no_promises_is_an_error(session: Session) -> None:
    with pytest.raises(ValueError, match="medborgarlöften"):
        promises_builder.build(new_period(session))


def test_empty_document_has_no_headings(session: Session) -> None:
    period = new_period(session)
    period.citizen_promises = CitizenPromises(title="Löften")
    session.flush()
    document = promises_builder.build(period)
    assert document.blocks == ()
    assert document.info.title == "Löften"


def test_validity_sentence_and_order(session: Session) -> None:
    period = new_period(session)
    period.citizen_promises = CitizenPromises(
        title="Löften",
        valid_from=date(2023, 1, 1),
        valid_to=date(2024, 12, 31),
        introduction="Inledning.",
        situation_today="Läget.",
        other_problems_note="Annat i handlingsplanen.",
        expected_effect="Effekt.",
        follow_up="Halvårsvis.",
        citizen_feedback="På webben.",
        promises=[new_promise("Polisen ska gå."), new_promise("Kommunen ska tända.")],
    )
    session.flush()
    document = promises_builder.build(period)
    assert texts(document) == [
        "Löftena gäller 2023-01-01 – 2024-12-31.",
        "Inledning.",
        "Situationen idag",
        "Läget.",
        "Det här ska vi göra",
        "Polisen ska gå.",
        "Kommunen ska tända.",
        "Annat i handlingsplanen.",
        "Förväntad effekt",
        "Effekt.",
        "Uppföljning",
        "Halvårsvis.",
        "På webben.",
    ]
    (block,) = promise_lists(document)
    assert (block.ordered, block.start) == (True, 1)


@pytest.mark.parametrize(
    ("valid_from", "valid_to", "expected"),
    [
        (date(2023, 1, 1), None, "Löftena gäller från 2023-01-01."),
        (None, date(2024, 12, 31), "Löftena gäller till och med 2024-12-31."),
    ],
)
def test_open_validity(
    session: Session, valid_from: date | None, valid_to: date | None, expected: str
) -> None:
    period = new_period(session)
    period.citizen_promises = CitizenPromises(
        title="Löften", valid_from=valid_from, valid_to=valid_to
    )
    session.flush()
    assert texts(promises_builder.build(period)) == [expected]


def test_theme_groups_keep_order_and_numbering(session: Session) -> None:
    period = new_period(session)
    period.citizen_promises = CitizenPromises(
        title="Löften",
        promises=[
            new_promise("Ett.", "Centrum"),
            new_promise("Två.", "Centrum"),
            new_promise("Tre.", "Skolor"),
            new_promise("Fyra."),
            new_promise("Fem.", "Centrum"),
        ],
    )
    session.flush()
    document = promises_builder.build(period)
    assert headings(document) == [
        "Det här ska vi göra",
        "Centrum",
        "Skolor",
        "Övriga löften",
        "Centrum",
    ]
    lists = promise_lists(document)
    assert [(block.start, len(block.items)) for block in lists] == [(1, 2), (3, 1), (4, 1), (5, 1)]


def test_unthemed_promises_first_get_no_heading(session: Session) -> None:
    period = new_period(session)
    period.citizen_promises = CitizenPromises(
        title="Löften", promises=[new_promise("Ett."), new_promise("Två.", "Tema")]
    )
    session.flush()
    document = promises_builder.build(period)
    assert headings(document) == ["Det här ska vi göra", "Tema"]
    assert [block.start for block in promise_lists(document)] == [1, 2]


def test_follow_ups_without_texts(session: Session) -> None:
    period = new_period(session)
    promise = new_promise("Polisen ska gå.")
    promise.follow_ups.append(
        PromiseFollowUp(period_label="2023", status=ProgressStatus.GENOMFORD, outcome="Klart.")
    )
    period.citizen_promises = CitizenPromises(title="Löften", promises=[promise])
    session.flush()
    document = promises_builder.build(period)
    assert headings(document) == ["Det här ska vi göra", "Uppföljning"]
    (table,) = tables(document)
    assert [cell.text for cell in table.rows[0]] == ["1", "2023", "Genomförd", "Klart.", ""]
    assert "None" not in "\n".join(texts(document))


def test_hostile_text_passes_through_unchanged(session: Session) -> None:
    period = new_period(session)
    promise = new_promise(HOSTILE, HOSTILE)
    promise.follow_ups.append(
        PromiseFollowUp(
            period_label=HOSTILE,
            status=ProgressStatus.PAGAR,
            outcome=HOSTILE,
            channel=HOSTILE,
            communicated_on=date(2023, 9, 1),
        )
    )
    period.citizen_promises = CitizenPromises(
        title=HOSTILE, introduction=HOSTILE_RICH, situation_today=HOSTILE_RICH, promises=[promise]
    )
    session.flush()
    document = promises_builder.build(period)
    assert document.info.title == HOSTILE
    lines = texts(document)
    assert lines[:2] == [HOSTILE_RICH, "Situationen idag"]
    assert lines[2] == HOSTILE_RICH
    assert lines[4:6] == [HOSTILE, HOSTILE]  # the theme heading and the promise
    (table,) = tables(document)
    assert [cell.text for cell in table.rows[0]] == [
        "1",
        HOSTILE,
        "Pågår",
        HOSTILE,
        f"2023-09-01, {HOSTILE}",
    ]

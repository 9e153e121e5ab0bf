"""Utvärdering av tidigare handlingsplan: the texts in order and one results table per focus
area in which every evaluated measure appears once, its traffic light in words."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from bfa_desktop.documents.compose.evaluation import build
from bfa_desktop.documents.swedish import NO_BREAK_SPACE
from bfa_desktop.documents.tree import (
    Heading,
    ListBlock,
    Paragraph,
)
from bfa_desktop.model import Evaluation, EvaluationRow, Period
from bfa_desktop.model.enums import (
    EvaluationStatus,
    Recommendation,
    TrafficLight,
    label,
)
from tests.documents.helpers import assert_no_empty_headings, flatten, headings, tables

HOSTILE = "=1+1 & <b> \"x\" 'y' \u202eשלום😀🚓 \x01\x07\x0b\x1b\x1f"
HOSTILE_PLAIN = "\x00" + HOSTILE  # rich text turns NUL into U+FFFD (the parser's rule)
LONG = "å" * 100_000
COLUMNS = (
    "Nr",
    "Åtgärd",
    "Status",
    "Bedömning",
    "Mål / utfall",
    "Kommentar och effekt",
    "Rekommendation",
    "Timmar",
)


# --- helpers -----------------------------------------------------------------------------------


def row(
    focus_area: str,
    number: str,
    title: str = "Åtgärd",
    **fields: object,
) -> EvaluationRow:
    values: dict[str, object] = {
        "status": EvaluationStatus.GENOMFORD,
        "traffic_light": TrafficLight.GRON,
        "recommendation": Recommendation.FORTSATT,
        **fields,
    }
    return EvaluationRow(
        focus_area_title=focus_area, measure_number=number, measure_title=title, **values
    )


def evaluation_of(session: Session, period: Period, *rows: EvaluationRow, **fields: object) -> None:
    period.evaluation = Evaluation(title="Utvärdering 2021–2022", rows=list(rows), **fields)
    session.flush()


# --- the demo ----------------------------------------------------------------------------------


def test_demo_sections_in_order(demo: Period) -> None:
    document = build(demo)
    assert document.info.title == "Utvärdering av tidigare handlingsplan 2019–2020"
    assert document.info.title not in headings(document)
    assert headings(document, 1) == [
        "Sammanfattning",
        "Bakgrund",
        "Metod",
        "Resultat per fokusområde",
        "Uppföljning av medborgarlöften",
        "Hur samverkan fungerade",
        "Lärdomar inför nästa handlingsplan",
    ]
    assert headings(document, 2) == [
        "Bostadsinbrott",
        "Trygghet i offentlig miljö",
        "Ungdomar, alkohol och narkotika",
        "Skadegörelse och klotter",
        "Brott mot äldre",
        "Våld i nära relationer",
        "Samverkan och information",
    ]
    assert not headings(document, 3)
    assert_no_empty_headings(document)
    first = document.blocks[0]
    assert isinstance(first, Paragraph)
    assert first.text == "Utvärderad period: 2019–2020"  # en dash


def test_demo_every_measure_appears_once(demo: Period) -> None:
    document = build(demo)
    assert demo.evaluation is not None
    numbers = [r[0].text for table in tables(document) for r in table.rows]
    expected = [r.display_number for r in demo.evaluation.rows]
    assert numbers == expected
    assert len(numbers) == len(set(numbers)) == 17
    text = flatten(document)
    for evaluated in demo.evaluation.rows:
        assert text.count(evaluated.display_title) == 1, evaluated.display_title


def test_demo_tables_have_the_traffic_light_in_words(demo: Period) -> None:
    document = build(demo)
    lights = {label(light) for light in TrafficLight}
    for table in tables(document):
        assert table.header == COLUMNS
        assert table.caption.startswith("Utvärderade åtgärder: ")
        assert all(r[3].text in lights for r in table.rows)
    first = tables(document)[0].rows[0]
    assert [c.text for c in first] == [
        "1.1",
        "Informationsmöten om grannsamverkan",
        "Genomförd",
        "Grön",
        "Mål: 12 möten\nUtfall: 14 möten, 9 nya områden",
        "Mötena var välbesökta, särskilt i Stocksund.\n"
        "Effekt: Grannsamverkan växte, men de mest drabbade områdena nåddes inte fullt ut.",
        "Fortsätt i ändrad form",
        "135",
    ]


def test_demo_public_flag_only_marks_the_edition(demo: Period) -> None:
    public, internal = build(demo), build(demo, public=False)
    assert public.info.public_edition
    assert not internal.info.public_edition
    assert public.blocks == internal.blocks  # an evaluation has no internal material


# --- hand-made periods -------------------------------------------------------------------------


def test_missing_evaluation_raises_a_swedish_error(period: Period) -> None:
    with pytest.raises(ValueError, match="ingen utvärdering"):
        build(period)


def test_a_bare_evaluation_has_no_headings(session: Session, period: Period) -> None:
    evaluation_of(session, period)
    document = build(period)
    assert document.blocks == ()
    assert document.info.title == "Utvärdering 2021–2022"
    assert document.info.period == "2023–2024"


def test_only_filled_texts_get_headings(session: Session, period: Period) -> None:
    evaluation_of(
        session,
        period,
        method="Intervjuer.",
        lessons="- Färre åtgärder\n- Tydligare mål",
        background="   \n",
        document_date=date(2024, 11, 5),
    )
    document = build(period)
    assert headings(document) == ["Metod", "Lärdomar inför nästa handlingsplan"]
    assert flatten(document).split("\n")[1] == "Datum: 2024-11-05"
    assert document.info.document_date == date(2024, 11, 5)
    lessons = document.blocks[-1]
    assert isinstance(lessons, ListBlock)
    assert len(lessons.items) == 2
    assert_no_empty_headings(document)


def test_focus_areas_in_order_of_first_appearance(session: Session, period: Period) -> None:
    evaluation_of(
        session,
        period,
        row("Bostadsinbrott", "1.1", "Grannsamverkan"),
        row("Trygghet", "2.1", "Vandringar"),
        row("Bostadsinbrott", "1.2", "Märkning"),
        row("", "", "Utan område"),
    )
    document = build(period)
    assert headings(document, 2) == ["Bostadsinbrott", "Trygghet", "Övriga åtgärder"]
    burglary, safety, others = tables(document)
    assert [r[1].text for r in burglary.rows] == ["Grannsamverkan", "Märkning"]
    assert [r[1].text for r in safety.rows] == ["Vandringar"]
    assert [r[1].text for r in others.rows] == ["Utan område"]
    assert others.caption == "Utvärderade åtgärder: Övriga åtgärder"
    assert_no_empty_headings(document)


def test_cells_show_labels_and_swedish_numbers(session: Session, period: Period) -> None:
    evaluation_of(
        session,
        period,
        row(
            "A",
            "1.1",
            status=EvaluationStatus.PAGAENDE_FLYTTAS_OVER,
            traffic_light=TrafficLight.ROD,
            recommendation=Recommendation.TILL_ORDINARIE_VERKSAMHET,
            outcome_value="3 möten",
            assessed_effect="Oklar",
            hours_spent=1234.5,
        ),
        row("A", "1.2", hours_spent=None),
    )
    first, second = tables(build(period))[0].rows
    assert [c.text for c in first] == [
        "1.1",
        "Åtgärd",
        "Pågående – flyttas över",
        "Röd",
        "Utfall: 3 möten",  # no target: no "Mål:" line
        "Effekt: Oklar",
        "Till ordinarie verksamhet",
        f"1{NO_BREAK_SPACE}234,5",
    ]
    assert [c.text for c in second][3:] == ["Grön", "", "", "Fortsätt", ""]
    assert second[4].paragraphs == ()


def test_hostile_text_passes_through_unchanged(session: Session, period: Period) -> None:
    evaluation_of(
        session,
        period,
        row(
            HOSTILE_PLAIN,
            HOSTILE_PLAIN,
            LONG,
            target_value=HOSTILE_PLAIN,
            comment=HOSTILE_PLAIN,
            assessed_effect=LONG,
        ),
        summary=HOSTILE + LONG,
        lessons=HOSTILE,
    )
    assert period.evaluation is not None
    period.evaluation.title = HOSTILE_PLAIN + LONG
    document = build(period)
    assert document.info.title == HOSTILE_PLAIN + LONG
    assert Heading(2, HOSTILE_PLAIN) in document.blocks
    cells = [c.text for c in tables(document)[0].rows[0]]
    assert cells[:2] == [HOSTILE_PLAIN, LONG]
    assert cells[4] == f"Mål: {HOSTILE_PLAIN}"
    assert cells[5] == f"{HOSTILE_PLAIN}\nEffekt: {LONG}"
    lines = flatten(document).split("\n")
    assert HOSTILE + LONG in lines
    assert HOSTILE in lines

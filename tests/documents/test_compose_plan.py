"""The Handlingsplan builder: section order, the measures table, every measure in detail (what
its row does not say, compactly, with its follow-ups), traffic lights in words, empty fields
left out, 1 000 measures, hostile text untouched."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from bfa_desktop.documents.compose import plan as plan_builder
from bfa_desktop.documents.tree import (
    Document,
    ListBlock,
    Paragraph,
    Signatures,
    Table,
)
from bfa_desktop.model import (
    ActionPlan,
    BoardDecision,
    EffectGoal,
    FocusArea,
    FocusAreaCause,
    Measure,
    MeasureFollowUp,
    Organisation,
    Period,
    Person,
    Place,
    PrioritisedProblem,
    SituationPicture,
)
from bfa_desktop.model.enums import (
    DecisionSubject,
    DocumentKind,
    FollowUpFrequency,
    MeasureKind,
    OrganisationKind,
    OwnerParty,
    PlaceKind,
    ProgressStatus,
    TrafficLight,
    label,
)
from bfa_desktop.storage.database import Database
from tests.documents.helpers import headings, new_period, tables, texts

COLUMNS = ("Nr", "Åtgärd", "Ansvarig", "Samverkanspart", "Tidplan", "Uppföljning")
HOSTILE = (
    "=cmd|' /C calc'!A0 & < > \" ' \x01\x07\x0b\x1b\x00 😀🚓 \u202eשלום عربي\u202c " + "x" * 100_000
)


# --- helpers ---------------------------------------------------------------------------------


def measure_tables(document: Document) -> list[Table]:
    return [table for table in tables(document) if table.header[0] == "Nr"]


def new_measure(title: str, **fields: object) -> Measure:
    values: dict[str, object] = {"kind": MeasureKind.SOCIAL, "owner_party": OwnerParty.KOMMUNEN}
    return Measure(title=title, **(values | fields))


# --- the demo --------------------------------------------------------------------------------


def test_demo_plan_sections_in_order(demo: Period) -> None:
    document = plan_builder.build(demo)
    plan = demo.action_plan
    assert plan is not None
    assert document.info.title == plan.title
    assert document.info.kind is DocumentKind.HANDLINGSPLAN
    assert plan.title not in headings(document)  # the renderer prints the title
    facts = [b.text for b in document.blocks[:7] if isinstance(b, Paragraph)]
    assert facts == [
        "Period: 2021-01-01 – 2022-12-31",
        "Parter: " + ", ".join(party.organisation.name for party in demo.parties),
        "Rättslig grund: Frivillig överenskommelse",
        "Status: Beslutad",
        "Beslut: Kommunstyrelsen, 2020-12-14, § 203, dnr KS 2020/0359",
        "Version: 1.0",
        "Datum: 2020-11-10",
    ]
    expected = ["Inledning"]
    for number, area in enumerate(plan.focus_areas, start=1):
        expected += [f"{number}. {area.title}", "Problem", "Orsaker", "Effektmål", "Åtgärder"]
        expected += ["Åtgärder i detalj"]
        expected += [f"{number}.{n} {m.title}" for n, m in enumerate(area.measures, start=1)]
    assert headings(document) == expected
    assert isinstance(document.blocks[-1], Signatures)
    assert document.blocks[-1].place_and_date == "Danderyd 2020-12-14"


def test_demo_measures_tables_have_six_columns_and_a_row_per_measure(demo: Period) -> None:
    document = plan_builder.build(demo)
    plan = demo.action_plan
    assert plan is not None
    tables = measure_tables(document)
    assert len(tables) == len(plan.focus_areas)
    for table, area in zip(tables, plan.focus_areas, strict=True):
        assert table.header == COLUMNS
        assert len(table.rows) == len(area.measures)
        assert [row[0].text for row in table.rows] == [m.number for m in area.measures]
        assert [row[1].text.splitlines()[0] for row in table.rows] == [
            m.title for m in area.measures
        ]
    numbers = [row[0].text for table in tables for row in table.rows]
    assert numbers == [measure.number for measure in plan.measures]
    assert len(numbers) == 28


def test_demo_rows_say_who_when_and_how_it_goes(demo: Period) -> None:
    document = plan_builder.build(demo)
    rows = {row[0].text: row for table in measure_tables(document) for row in table.rows}
    first = [cell.text.splitlines() for cell in rows["1.1"]]
    assert first[1] == ["Starta och väcka liv i grannsamverkan i de mest drabbade villaområdena"]
    assert first[2] == ["Kommunledningskontoret", "Karin Söderström"]
    assert first[3] == ["Lokalpolisområde Södra Roslagen, Grannsamverkan i Danderyd"]
    assert first[4] == ["2021-02-01 – 2022-06-30"]
    assert first[5] == ["2021 halvår 2: Pågår, grön"]
    assert rows["1.2"][4].text == "Från 2021-03-01, löpande"


def test_demo_traffic_lights_are_written_in_words(demo: Period) -> None:
    document = plan_builder.build(demo)
    text = "\n".join(texts(document))
    plan = demo.action_plan
    assert plan is not None
    follow_ups = [f for m in plan.measures for f in m.follow_ups]
    assert follow_ups
    for follow_up in follow_ups:
        words = f"{label(follow_up.traffic_light)} – {follow_up.traffic_light_text}"
        assert words in text
    lights = {f.traffic_light for f in follow_ups}
    assert len(lights) > 1  # the demo shows more than one colour


def test_demo_every_measure_in_detail(demo: Period) -> None:
    document = plan_builder.build(demo)
    text = "\n".join(texts(document))
    plan = demo.action_plan
    assert plan is not None
    detail_headings = set(headings(document, 3))
    for measure in plan.measures:
        assert f"{measure.number} {measure.title}" in detail_headings
        if measure.operational_goal:
            assert f"Operativt mål: {measure.operational_goal}" in text
    assert (
        "Ansvarig person: Karin Söderström, Trygghetssamordnare, 08-000 910 21, "
        "karin.soderstrom@danderyd.example"
    ) in text
    assert "Resurser: 40\u00a0kkr, 200\u00a0timmar, inom befintlig ram." in text
    assert "Prioriterat problem 1: Bostadsinbrott i villaområden" in text
    assert "Kopplade medborgarlöften: 1" in text
    assert "Typ: Situationell · Ägare: Gemensamt · Arbetsform: " in text
    assert "Uppföljning 2021 halvår 2: Pågår, Grön – Enligt plan." in text
    assert "None" not in text


# --- hand-made plans -------------------------------------------------------------------------


def test_no_plan_is_an_error(session: Session) -> None:
    with pytest.raises(ValueError, match="handlingsplan"):
        plan_builder.build(new_period(session))


def test_empty_optional_fields_give_no_headings(session: Session) -> None:
    period = new_period(session)
    area = FocusArea(title="Tomt fokusområde")
    period.action_plan = ActionPlan(title="Plan", focus_areas=[area])
    session.flush()
    document = plan_builder.build(period)
    assert headings(document) == ["1. Tomt fokusområde"]
    lines = texts(document)
    assert not [t for t in lines if t.startswith(("Beslut:", "Version", "Datum", "Parter"))]
    # Not yet decided: who is to adopt it.
    assert "Beslutas av: Kommunstyrelsen" in lines
    assert "None" not in "\n".join(lines)
    assert not measure_tables(document)
    assert not [b for b in document.blocks if isinstance(b, Signatures)]


def test_a_bare_measure_shows_only_what_is_set(session: Session) -> None:
    period = new_period(session)
    area = FocusArea(title="Område", measures=[new_measure("Åtgärd utan detaljer")])
    period.action_plan = ActionPlan(title="Plan", focus_areas=[area])
    session.flush()
    document = plan_builder.build(period)
    assert headings(document) == [
        "1. Område",
        "Åtgärder",
        "Åtgärder i detalj",
        "1.1 Åtgärd utan detaljer",
    ]
    (table,) = measure_tables(document)
    assert [cell.text for cell in table.rows[0]] == [
        "1.1",
        "Åtgärd utan detaljer",
        "Kommunen",
        "",
        "",
        "",
    ]
    details = texts(document)[texts(document).index("1.1 Åtgärd utan detaljer") + 1 :]
    assert details == [
        "Typ: Social · Ägare: Kommunen · Arbetsform: Engångsinsats · Uppföljs: varje halvår",
        "Resurser: Inom befintlig ram",
    ]


def test_a_full_measure_in_detail(session: Session) -> None:
    period = new_period(session)
    municipality = period.municipality
    picture = SituationPicture(title="Lägesbild", year=2022)
    period.situation_picture = picture
    first, second = (Organisation(name=n, kind=OrganisationKind.FORENING) for n in "AB")
    unit = Organisation(name="Socialförvaltningen", kind=OrganisationKind.FORVALTNING)
    municipality.organisations += [first, second, unit]
    person = Person(name="Eva Ek", title="Samordnare", phone="08-1", email="eva@example.se")
    municipality.persons.append(person)
    open_place = Place(name="Torget", kind=PlaceKind.OTRYGG_PLATS)
    secret = Place(name="Hemlig plats", kind=PlaceKind.BROTTSKONCENTRATION, internal=True)
    picture.places += [open_place, secret]
    causes = [FocusAreaCause(text=f"Orsak {n}") for n in (1, 2, 3)]
    measure = new_measure(
        "Trygghetsvandringar",
        description="Steg:\n\n1. Planera\n2. Gå",
        operational_goal="Fyra vandringar per år.",
        kind=MeasureKind.SITUATIONELL,
        owner_party=OwnerParty.GEMENSAMT,
        responsible_unit=unit,
        responsible_person=person,
        partners=[first, second],
        places=[open_place, secret],
        start_date=date(2023, 3, 1),
        deadline=date(2024, 6, 30),
        resources_kkr=1234.5,
        resources_hours=1,
        within_existing_budget=False,
        resources_note="Ur trygghetsbudgeten.",
        indicator="Antal vandringar",
        data_source="Egen räkning",
        follow_up_frequency=FollowUpFrequency.KVARTAL,
    )
    area = FocusArea(title="Otrygga platser", causes=causes, measures=[measure])
    goal = EffectGoal(text="Fler trygga", indicator="Andel", baseline="60 %", target="70 %")
    area.goals.append(goal)
    period.action_plan = ActionPlan(title="Plan", focus_areas=[area])
    session.flush()
    measure.causes = [causes[2], causes[0]]
    measure.follow_ups += [
        MeasureFollowUp(
            period_label="2023 halvår 1",
            status=ProgressStatus.PAGAR,
            traffic_light=TrafficLight.GUL,
            traffic_light_text="Något försenad",
            outcome="Två vandringar.",
        ),
        MeasureFollowUp(
            period_label="2023 halvår 2",
            status=ProgressStatus.FORSENAD,
            traffic_light=TrafficLight.ROD,
            traffic_light_text="Inga vandringar",
            comment="Ny samordnare.",
        ),
    ]
    session.flush()

    document = plan_builder.build(period)
    lines = texts(document)
    for expected in (
        "Planera",
        "Typ: Situationell · Ägare: Gemensamt · Arbetsform: Engångsinsats · "
        "Uppföljs: varje kvartal",
        "Orsaker som åtgärden möter: 1, 3",
        "Operativt mål: Fyra vandringar per år.",
        "Ansvarig person: Eva Ek, Samordnare, 08-1, eva@example.se",
        "Resurser: 1\u00a0234,5\u00a0kkr, 1\u00a0timme. Ur trygghetsbudgeten.",
        "Indikator: Antal vandringar · Datakälla: Egen räkning",
        "Platser: Torget",
        "Uppföljning 2023 halvår 1: Pågår, Gul – Något försenad. Resultat: Två vandringar.",
        "Uppföljning 2023 halvår 2: Försenad, Röd – Inga vandringar. Kommentar: Ny samordnare.",
    ):
        assert expected in lines
    assert "Hemlig plats" not in "\n".join(lines)
    internal = "\n".join(texts(plan_builder.build(period, public=False)))
    assert "Platser: Torget, Hemlig plats" in internal

    (table,) = measure_tables(document)
    assert [cell.text for cell in table.rows[0]] == [
        "1.1",
        "Trygghetsvandringar",
        "Socialförvaltningen\nEva Ek",
        "A, B",
        "2023-03-01 – 2024-06-30",
        "2023 halvår 2: Försenad, röd",
    ]
    goals = next(t for t in tables(document) if t.header[0] == "Effektmål")
    assert [c.text for c in goals.rows[0]] == ["Fler trygga", "Andel", "60 %", "70 %", ""]
    causes_list = next(b for b in document.blocks if isinstance(b, ListBlock) and b.ordered)
    assert [item[0].text for item in causes_list.items] == ["Orsak 1", "Orsak 2", "Orsak 3"]


@pytest.mark.parametrize(
    ("start", "deadline", "ongoing", "expected"),
    [
        (date(2023, 1, 1), date(2023, 12, 31), False, "2023-01-01 – 2023-12-31"),
        (date(2023, 1, 1), None, True, "Från 2023-01-01, löpande"),
        (None, None, True, "Löpande"),
        (date(2023, 1, 1), None, False, "Från 2023-01-01"),
        (None, date(2023, 12, 31), False, "Senast 2023-12-31"),
        (None, None, False, ""),
    ],
)
def test_timeframe(
    session: Session, start: date | None, deadline: date | None, ongoing: bool, expected: str
) -> None:
    period = new_period(session)
    measure = new_measure("Åtgärd", start_date=start, deadline=deadline, ongoing=ongoing)
    period.action_plan = ActionPlan(
        title="Plan", focus_areas=[FocusArea(title="Område", measures=[measure])]
    )
    session.flush()
    (table,) = measure_tables(plan_builder.build(period))
    assert table.rows[0][4].text == expected


def test_decision_and_signatures(session: Session) -> None:
    period = new_period(session)
    decision = BoardDecision(
        subject=DecisionSubject.ANTAGANDE, decision_date=date(2022, 12, 12), dnr="KS 2022/1"
    )
    period.decisions.append(decision)
    period.action_plan = ActionPlan(title="Plan", decision=decision)
    session.flush()
    document = plan_builder.build(period)
    assert "Beslut: Kommunstyrelsen, 2022-12-12, dnr KS 2022/1" in texts(document)
    assert document.info.dnr == "KS 2022/1"


def test_prioritised_problems_are_ranked(session: Session) -> None:
    period = new_period(session)
    picture = SituationPicture(title="Lägesbild", year=2022)
    period.situation_picture = picture
    problems = [PrioritisedProblem(title=f"Problem {c}") for c in "ABC"]
    picture.problems += problems
    area = FocusArea(title="Område", problem_text="Beskrivning.", problems=[problems[2]])
    period.action_plan = ActionPlan(title="Plan", focus_areas=[area])
    session.flush()
    document = plan_builder.build(period)
    assert headings(document) == ["1. Område", "Problem"]
    assert texts(document)[-2:] == ["Beskrivning.", "Prioriterat problem 3: Problem C"]


# --- size and hostile text -------------------------------------------------------------------


def generated_plan(session: Session, areas: int, per_area: int) -> Period:
    period = new_period(session)
    unit = Organisation(name="Förvaltningen", kind=OrganisationKind.FORVALTNING)
    partner = Organisation(name="Partnern", kind=OrganisationKind.FORENING)
    person = Person(name="Ansvarig", phone="08-1")
    period.municipality.organisations += [unit, partner]
    period.municipality.persons.append(person)
    plan = ActionPlan(title="Stor plan")
    for a in range(1, areas + 1):
        area = FocusArea(title=f"Område {a}", causes=[FocusAreaCause(text="Orsak")])
        for m in range(1, per_area + 1):
            measure = new_measure(
                f"Åtgärd {a}.{m}",
                description="Beskrivning av **åtgärden**.",
                responsible_unit=unit,
                responsible_person=person,
                partners=[partner],
                causes=list(area.causes),
                start_date=date(2023, 1, 1),
                ongoing=True,
            )
            measure.follow_ups.append(
                MeasureFollowUp(
                    period_label="2023 halvår 1",
                    status=ProgressStatus.PAGAR,
                    traffic_light=TrafficLight.GRON,
                    traffic_light_text="Enligt plan",
                )
            )
            area.measures.append(measure)
        plan.focus_areas.append(area)
    period.action_plan = plan
    session.flush()
    return period


def test_a_thousand_measures(database: Database) -> None:
    """Builds from the database in a fixed number of queries, not several per measure."""
    with database.sessions() as session:
        period_id = generated_plan(session, areas=10, per_area=100).id
        session.commit()
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        with database.sessions() as session:  # loaded from the database, as the app does
            document = plan_builder.build(session.get_one(Period, period_id))
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    rows = [row for table in measure_tables(document) for row in table.rows]
    assert len(rows) == 1000
    assert rows[-1][0].text == "10.100"
    assert rows[-1][5].text == "2023 halvår 1: Pågår, grön"
    assert len(headings(document, 3)) == 1000
    assert len(statements) < 40, statements


def test_loading_the_measures_keeps_unsaved_edits(database: Database) -> None:
    with database.sessions() as session:
        period_id = generated_plan(session, areas=2, per_area=3).id
        session.commit()
    with database.sessions() as session:
        period = session.get_one(Period, period_id)
        plan = period.action_plan
        assert plan is not None
        measure = plan.focus_areas[1].measures[2]
        measure.title = "Ändrad titel"
        partner = Organisation(
            name="Ny partner", kind=OrganisationKind.ANNAN, municipality_id=period.municipality_id
        )
        session.add(partner)
        measure.partners.append(partner)
        document = plan_builder.build(period)
    (_, table) = measure_tables(document)
    assert table.rows[2][1].text.startswith("Ändrad titel")
    assert table.rows[2][3].text == "Partnern, Ny partner"


def test_hostile_text_passes_through_unchanged(session: Session) -> None:
    period = new_period(session)
    partner = Organisation(name=HOSTILE, kind=OrganisationKind.ANNAN)
    period.municipality.organisations.append(partner)
    measure = new_measure(HOSTILE, partners=[partner], operational_goal=HOSTILE)
    measure.follow_ups.append(
        MeasureFollowUp(
            period_label=HOSTILE,
            status=ProgressStatus.PAGAR,
            traffic_light=TrafficLight.GUL,
            traffic_light_text=HOSTILE,
            outcome=HOSTILE,
        )
    )
    area = FocusArea(title=HOSTILE, causes=[FocusAreaCause(text=HOSTILE)], measures=[measure])
    period.action_plan = ActionPlan(title=HOSTILE, version=HOSTILE, focus_areas=[area])
    session.flush()
    document = plan_builder.build(period)
    assert document.info.title == HOSTILE
    lines = texts(document)
    assert f"1. {HOSTILE}" in lines
    assert f"1.1 {HOSTILE}" in lines
    assert f"Version: {HOSTILE}" in lines
    assert f"Operativt mål: {HOSTILE}" in lines
    assert HOSTILE in lines  # the cause, the outcome
    (table,) = measure_tables(document)
    row = [cell.text for cell in table.rows[0]]
    assert row[1] == HOSTILE
    assert row[3] == HOSTILE
    assert row[5] == f"{HOSTILE}: Pågår, gul"
    assert any(line.startswith(f"Uppföljning {HOSTILE}: Pågår, Gul – {HOSTILE}") for line in lines)

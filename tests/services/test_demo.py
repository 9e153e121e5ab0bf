"""The demo workspace: the seed case, rich enough to show every document, deterministic,
idempotent, and marked as example data everywhere it is shown."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Enum, String, func, select
from sqlalchemy.orm import Session

from bfa_desktop.model import (
    Base,
    Measure,
    Municipality,
    Period,
    Person,
)
from bfa_desktop.model.enums import (
    DecidingBody,
    DecisionSubject,
    DocumentKind,
    DocumentStatus,
    EndorsementOutcome,
    LegalBasis,
    OrganisationKind,
    PartyRole,
    PeriodPhase,
    PlaceKind,
    SectionKind,
    label,
)
from bfa_desktop.services import demo, exchange
from bfa_desktop.services.demo import DEMO_MUNICIPALITY_UUID, demo_file, load_demo
from bfa_desktop.services.demo import build as build_module
from bfa_desktop.services.demo.build import DEMO_TIMESTAMP, SourceError, build, source_folder
from bfa_desktop.storage.database import Database, open_database
from tests.helpers import open_copy

DNR = "KS 2020/0359"
PLAN_TITLE = (
    "Handlingsplan för samverkan gällande förebyggande arbete för trygghet och mot brott 2021–2022"
)
REPORT_TITLE = (
    "Antagande av handlingsplan och medborgarlöften tillhörande samverkansöverenskommelse om "
    "brottsförebyggande arbete 2021–2022"
)
SEED_ATTACHMENTS = [
    (DocumentKind.TJANSTEUTLATANDE, f"Tjänsteutlåtande, {REPORT_TITLE}"),
    (
        DocumentKind.HANDLINGSPLAN,
        "Förslag till handlingsplan för samverkan gällande förebyggande arbete för trygghet "
        "och mot brott 2021–2022",
    ),
    (DocumentKind.MEDBORGARLOFTEN, "Förslag till medborgarlöften för Danderyds kommun 2021–2022"),
    (DocumentKind.LAGESBILD, "Gemensam lokal lägesbild 2020"),
    (
        DocumentKind.MOTESANTECKNINGAR,
        "Utdrag ur mötesanteckningar från Trygg i Danderyds sammanträde 2020-11-18",
    ),
    (DocumentKind.UTVARDERING, "Utvärdering av tidigare handlingsplan 2019–2020"),
]


@pytest.fixture(scope="module")
def demo_session(
    tmp_path_factory: pytest.TempPathFactory, demo_template: Path
) -> Iterator[Session]:
    """A session on a database where the demo was loaded and committed; shared by the tests
    that only read, so they check what was stored, not the objects built in memory."""
    database = open_copy(demo_template, tmp_path_factory.mktemp("demo") / "bfa.sqlite3")
    try:
        with database.sessions() as session:
            yield session
    finally:
        database.close()


@pytest.fixture
def municipality(demo_session: Session) -> Municipality:
    found = demo_session.scalar(
        select(Municipality).where(Municipality.uuid == DEMO_MUNICIPALITY_UUID)
    )
    assert found is not None
    return found


@pytest.fixture
def current(municipality: Municipality) -> Period:
    return next(p for p in municipality.periods if p.start_date == date(2021, 1, 1))


@pytest.fixture
def previous(municipality: Municipality) -> Period:
    return next(p for p in municipality.periods if p.start_date == date(2019, 1, 1))


def plan_measures(period: Period) -> list[Measure]:
    assert period.action_plan is not None
    return period.action_plan.measures


def person_by_title(municipality: Municipality, title: str) -> Person:
    return next(p for p in municipality.persons if p.title == title)


def table_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
        for table in Base.metadata.sorted_tables
    }


def all_texts(session: Session) -> Iterator[tuple[str, str]]:
    """Every stored string value, as ("table.column", value)."""
    for table in Base.metadata.sorted_tables:
        columns = [
            c for c in table.columns if isinstance(c.type, String) and not isinstance(c.type, Enum)
        ]
        if not columns:
            continue
        for row in session.execute(select(*columns)):
            for column, value in zip(columns, row, strict=True):
                if value is not None:
                    yield f"{table.name}.{column.name}", value


def all_uuids(session: Session) -> set[tuple[str, str]]:
    return {
        (table.name, uuid)
        for table in Base.metadata.sorted_tables
        if "uuid" in table.columns
        for (uuid,) in session.execute(select(table.c.uuid))
    }


# --- Organisations and people -----------------------------------------------------------------


def test_municipality_has_contact_details(municipality: Municipality) -> None:
    assert all(
        (
            municipality.name == "Danderyds kommun",
            municipality.short_name == "Danderyd",
            municipality.org_number == "212000-0000",
            municipality.default_unit == "Kommunledningskontoret",
            municipality.postal_address,
            municipality.visiting_address,
            municipality.phone,
            municipality.email,
            municipality.website,
            municipality.dnr_pattern == "KS ÅÅÅÅ/NNNN",
        )
    )


def test_organisations_cover_every_kind_of_party(municipality: Municipality) -> None:
    kinds = {o.kind for o in municipality.organisations}
    assert kinds >= {
        OrganisationKind.KOMMUN,
        OrganisationKind.FORVALTNING,
        OrganisationKind.LOKALPOLISOMRADE,
        OrganisationKind.POLISOMRADE,
        OrganisationKind.RAD,
        OrganisationKind.NAMND,
        OrganisationKind.REGION,
        OrganisationKind.BOSTADSBOLAG,
        OrganisationKind.KOLLEKTIVTRAFIK,
        OrganisationKind.BEVAKNING,
        OrganisationKind.FORENING,
        OrganisationKind.GRANNSAMVERKAN,
    }


def test_at_least_five_forvaltningar(municipality: Municipality) -> None:
    names = {o.name for o in municipality.organisations if o.kind == OrganisationKind.FORVALTNING}
    assert len(names) >= 5 and "Kommunledningskontoret" in names


def test_police_and_council_are_named_as_in_the_seed(municipality: Municipality) -> None:
    names = {o.kind: o.name for o in municipality.organisations}
    assert (
        names[OrganisationKind.LOKALPOLISOMRADE],
        names[OrganisationKind.POLISOMRADE],
        names[OrganisationKind.RAD],
        names[OrganisationKind.NAMND],
    ) == (
        "Lokalpolisområde Södra Roslagen",
        "Polisområde Nord",
        "Trygg i Danderyd",
        "Kommunstyrelsen",
    )


def test_at_least_eight_persons(municipality: Municipality) -> None:
    assert len(municipality.persons) >= 8


def test_every_person_has_title_phone_email_and_organisation(municipality: Municipality) -> None:
    incomplete = [
        p.name
        for p in municipality.persons
        if not (p.title and p.phone and "@" in p.email and p.organisation is not None)
    ]
    assert incomplete == []


def test_key_roles_are_present(municipality: Municipality) -> None:
    titles = {p.title for p in municipality.persons}
    assert titles >= {
        "Trygghetssamordnare",
        "Kommunpolis",
        "Lokalpolisområdeschef",
        "Kommunstyrelsens ordförande",
        "Kommundirektör",
        "Administrativ chef och säkerhetschef",
    }


def test_no_real_people_from_the_seed(demo_session: Session) -> None:
    # The seed's people are replaced by invented ones; their surnames appear nowhere.
    surnames = ("Lindell", "Lindberg", "Nordenmark")
    assert [
        (where, v) for where, v in all_texts(demo_session) if any(s in v for s in surnames)
    ] == []


# --- Periods, agreement, endorsement, decisions, signatories ----------------------------------


def test_current_period_is_the_seed_case(current: Period, previous: Period) -> None:
    assert (
        current.start_date,
        current.end_date,
        current.legal_basis,
        current.previous_period,
        current.label,
    ) == (date(2021, 1, 1), date(2022, 12, 31), LegalBasis.FRIVILLIG, previous, "2021–2022")


def test_previous_period_is_finished(previous: Period) -> None:
    assert (previous.start_date, previous.end_date, previous.phase) == (
        date(2019, 1, 1),
        date(2020, 12, 31),
        PeriodPhase.AVSLUTAD,
    )


def test_period_parties_have_municipality_police_and_partners(current: Period) -> None:
    roles = [party.role for party in current.parties]
    assert (
        roles.count(PartyRole.KOMMUN) == 1
        and roles.count(PartyRole.POLIS) >= 1
        and roles.count(PartyRole.SAMVERKANSPART) >= 3
    )


def test_agreement_has_every_text_filled(current: Period) -> None:
    agreement = current.agreement
    assert agreement is not None
    fields = (
        "title",
        "dnr",
        "background",
        "purpose",
        "joint_goals",
        "prioritised_problems",
        "organisation_text",
        "meeting_cadence",
        "information_exchange",
        "communication",
        "follow_up",
    )
    assert [f for f in fields if not getattr(agreement, f)] == [] and agreement.dnr == DNR


def test_council_endorsed_on_2020_11_18(current: Period) -> None:
    endorsement = current.endorsement
    assert endorsement is not None and endorsement.council is not None
    assert (
        endorsement.council.name,
        endorsement.meeting_date,
        endorsement.outcome,
        bool(endorsement.minutes_excerpt),
        bool(endorsement.present),
    ) == ("Trygg i Danderyd", date(2020, 11, 18), EndorsementOutcome.TILLSTYRKT, True, True)


def test_board_decided_on_the_agreement_2020_11_23(current: Period) -> None:
    decision = next(d for d in current.decisions if d.subject == DecisionSubject.OVERENSKOMMELSE)
    assert (decision.body, decision.decision_date, decision.dnr) == (
        "Kommunstyrelsen",
        date(2020, 11, 23),
        DNR,
    )


def test_board_adopted_the_plan_in_december_2020(current: Period) -> None:
    decision = next(d for d in current.decisions if d.subject == DecisionSubject.ANTAGANDE)
    assert decision.decision_date is not None
    assert (
        decision.decision_date.strftime("%Y-%m"),
        decision.dnr,
        decision.paragraph.startswith("§ "),
    ) == ("2020-12", DNR, True)


@pytest.mark.parametrize(
    ("document", "titles"),
    [
        (DocumentKind.HANDLINGSPLAN, ["Lokalpolisområdeschef", "Kommunstyrelsens ordförande"]),
        (DocumentKind.MEDBORGARLOFTEN, ["Lokalpolisområdeschef", "Kommunstyrelsens ordförande"]),
        (DocumentKind.OVERENSKOMMELSE, ["Lokalpolisområdeschef", "Kommunstyrelsens ordförande"]),
        (DocumentKind.TJANSTEUTLATANDE, ["Kommundirektör", "Administrativ chef och säkerhetschef"]),
    ],
)
def test_signatories(current: Period, document: DocumentKind, titles: list[str]) -> None:
    assert [s.person.title for s in current.signatories_of(document)] == titles


# --- Lägesbild ---------------------------------------------------------------------------------


def test_situation_picture_title_and_year(current: Period) -> None:
    picture = current.situation_picture
    assert picture is not None
    assert (picture.title, picture.year) == ("Gemensam lokal lägesbild 2020", 2020)


def test_at_least_six_sections(current: Period) -> None:
    assert current.situation_picture is not None
    assert len(current.situation_picture.sections) >= 6


def test_sections_cover_the_main_kinds(current: Period) -> None:
    assert current.situation_picture is not None
    kinds = {s.kind for s in current.situation_picture.sections}
    assert kinds >= {
        SectionKind.SAMMANFATTNING,
        SectionKind.INLEDNING,
        SectionKind.KOMMUNEN_I_KORTHET,
        SectionKind.BROTTSUTVECKLING,
        SectionKind.TRYGGHET,
        SectionKind.PLATSER_OCH_TIDER,
        SectionKind.BARN_OCH_UNGA,
        SectionKind.DIALOGER,
        SectionKind.ANALYS,
    }


def test_some_section_is_internal(current: Period) -> None:
    assert current.situation_picture is not None
    assert any(s.internal for s in current.situation_picture.sections)


def test_every_section_has_a_body(current: Period) -> None:
    assert current.situation_picture is not None
    assert all(s.heading and s.body for s in current.situation_picture.sections)


def test_at_least_four_sources_with_limitations(current: Period) -> None:
    assert current.situation_picture is not None
    sources = current.situation_picture.sources
    assert len(sources) >= 4 and all(s.owner and s.year and s.limitation for s in sources)


def test_at_least_three_series_over_2016_to_2020(current: Period) -> None:
    assert current.situation_picture is not None
    full = [
        s
        for s in current.situation_picture.statistics
        if [v.year for v in s.values] == [2016, 2017, 2018, 2019, 2020]
    ]
    assert len(full) >= 3


def test_every_category_has_a_county_comparison(current: Period) -> None:
    assert current.situation_picture is not None
    public = [s for s in current.situation_picture.statistics if not s.internal]
    municipal = {s.category for s in public if s.area == "Danderyds kommun"}
    county = {s.category for s in public if s.area == "Stockholms län"}
    assert len(municipal) >= 3 and municipal == county


def test_series_are_per_1000_inhabitants_with_a_source(current: Period) -> None:
    assert current.situation_picture is not None
    series = current.situation_picture.statistics
    assert all("per 1 000 invånare" in s.unit and s.source is not None for s in series)


def test_one_series_is_internal(current: Period) -> None:
    assert current.situation_picture is not None
    assert sum(s.internal for s in current.situation_picture.statistics) == 1


def test_at_least_six_survey_indicators(current: Period) -> None:
    assert current.situation_picture is not None
    indicators = current.situation_picture.survey_indicators
    assert len(indicators) >= 6 and all(
        i.comparison_area and i.comparison_value is not None and i.source for i in indicators
    )


def test_at_least_five_places_with_time_patterns(current: Period) -> None:
    assert current.situation_picture is not None
    places = current.situation_picture.places
    assert len(places) >= 5 and all(p.area and p.description and p.time_pattern for p in places)


def test_places_use_every_place_kind(current: Period) -> None:
    assert current.situation_picture is not None
    assert {p.kind for p in current.situation_picture.places} == set(PlaceKind)


def test_at_least_five_problems_with_two_to_four_causes(current: Period) -> None:
    assert current.situation_picture is not None
    problems = current.situation_picture.problems
    assert len(problems) >= 5 and all(
        2 <= len(p.causes) <= 4 and p.description and p.analysis for p in problems
    )


# --- Handlingsplan -----------------------------------------------------------------------------


def test_action_plan_is_decided_by_the_adoption(current: Period) -> None:
    plan = current.action_plan
    assert plan is not None and plan.decision is not None
    assert (plan.title, plan.status, plan.decision.subject) == (
        PLAN_TITLE,
        DocumentStatus.BESLUTAD,
        DecisionSubject.ANTAGANDE,
    )


def test_at_least_six_focus_areas(current: Period) -> None:
    assert current.action_plan is not None
    assert len(current.action_plan.focus_areas) >= 6


def test_every_focus_area_is_complete(current: Period) -> None:
    assert current.action_plan is not None
    incomplete = [
        area.title
        for area in current.action_plan.focus_areas
        if not (
            area.problem_text
            and area.problems
            and 2 <= len(area.causes) <= 4
            and 1 <= len(area.goals) <= 2
            and area.measures
        )
    ]
    assert incomplete == []


def test_every_effect_goal_is_smart(current: Period) -> None:
    assert current.action_plan is not None
    goals = [g for area in current.action_plan.focus_areas for g in area.goals]
    assert all(g.text and g.indicator and g.baseline and g.target and g.target_date for g in goals)


def test_at_least_25_measures(current: Period) -> None:
    assert len(plan_measures(current)) >= 25


def test_measure_numbers_follow_order(current: Period) -> None:
    assert current.action_plan is not None
    area = current.action_plan.focus_areas[2]
    assert [m.number for m in area.measures][:3] == ["3.1", "3.2", "3.3"]


def measure_gaps(measure: Measure) -> list[str]:
    """Names of the fields of a measure that are not filled."""
    checks = {
        "title": measure.title,
        "description": measure.description,
        "steps": re.search(r"^1\. ", measure.description, re.MULTILINE),
        "operational_goal": measure.operational_goal,
        "responsible_unit": measure.responsible_unit,
        "responsible_person": measure.responsible_person,
        "partners": measure.partners,
        "start_date": measure.start_date,
        "deadline_or_ongoing": (measure.deadline is None) == measure.ongoing,
        "resources": measure.resources_kkr is not None or measure.resources_hours is not None,
        "resources_note": measure.resources_note,
        "indicator": measure.indicator,
        "data_source": measure.data_source,
        "problems": measure.problems,
        "causes": measure.causes,
    }
    return [name for name, value in checks.items() if not value]


def test_every_measure_has_every_field_filled(current: Period) -> None:
    gaps = {m.number: measure_gaps(m) for m in plan_measures(current)}
    assert {number: gap for number, gap in gaps.items() if gap} == {}


def test_measure_causes_belong_to_its_focus_area(current: Period) -> None:
    assert all(
        cause.focus_area is m.focus_area for m in plan_measures(current) for cause in m.causes
    )


def test_responsible_person_works_in_the_responsible_unit(current: Period) -> None:
    assert all(
        m.responsible_person is not None and m.responsible_person.organisation is m.responsible_unit
        for m in plan_measures(current)
    )


def test_most_measures_have_places(current: Period) -> None:
    assert sum(bool(m.places) for m in plan_measures(current)) >= 15


def test_measures_mix_kinds_owners_and_timeframes(current: Period) -> None:
    measures = plan_measures(current)
    assert (
        len({m.kind for m in measures}),
        len({m.owner_party for m in measures}) >= 3,
        any(m.ongoing for m in measures) and any(m.deadline for m in measures),
    ) == (4, True, True)


def test_about_a_third_of_measures_are_followed_up(current: Period) -> None:
    measures = plan_measures(current)
    share = sum(bool(m.follow_ups) for m in measures) / len(measures)
    assert 0.25 <= share <= 0.45


def test_follow_ups_are_one_or_two_with_light_text(current: Period) -> None:
    followed = [m for m in plan_measures(current) if m.follow_ups]
    assert all(
        len(m.follow_ups) <= 2
        and all(f.traffic_light_text and f.outcome and f.period_label for f in m.follow_ups)
        for m in followed
    )


# --- Medborgarlöften ---------------------------------------------------------------------------


def test_citizen_promises_document(current: Period) -> None:
    document = current.citizen_promises
    assert document is not None
    texts = (
        document.introduction,
        document.situation_today,
        document.other_problems_note,
        document.expected_effect,
        document.follow_up,
        document.citizen_feedback,
    )
    assert (
        document.title,
        document.valid_from,
        document.valid_to,
        all(texts),
    ) == ("Danderyd – medborgarlöften 2021–2022", date(2021, 1, 1), date(2022, 12, 31), True)


def test_exactly_four_promises(current: Period) -> None:
    assert current.citizen_promises is not None
    assert len(current.citizen_promises.promises) == 4


def test_every_promise_sentence_starts_with_its_actor(current: Period) -> None:
    assert current.citizen_promises is not None
    assert all(
        p.sentence.startswith(f"{label(p.actor)} ska ") for p in current.citizen_promises.promises
    )


def test_every_promise_is_one_sentence(current: Period) -> None:
    assert current.citizen_promises is not None
    assert all(
        p.sentence.endswith(".") and p.sentence.count(". ") == 0
        for p in current.citizen_promises.promises
    )


def test_promises_have_quantity_measures_and_mostly_places(current: Period) -> None:
    assert current.citizen_promises is not None
    promises = current.citizen_promises.promises
    assert all(p.quantity and p.measures and p.theme for p in promises)
    assert sum(bool(p.places) for p in promises) >= 3


def test_promise_follow_ups_say_when_and_how_citizens_were_told(current: Period) -> None:
    assert current.citizen_promises is not None
    assert all(
        1 <= len(p.follow_ups) <= 2
        and all(f.communicated_on and f.channel and f.outcome for f in p.follow_ups)
        for p in current.citizen_promises.promises
    )


# --- Evaluation of the previous plan -----------------------------------------------------------


def test_previous_plan_has_at_least_15_measures_in_several_areas(previous: Period) -> None:
    assert previous.action_plan is not None
    plan = previous.action_plan
    assert len(plan.measures) >= 15 and 5 <= len(plan.focus_areas) <= 8


def test_evaluation_evaluates_the_previous_period(current: Period, previous: Period) -> None:
    evaluation = current.evaluation
    assert evaluation is not None
    assert (evaluation.title, evaluation.evaluated_period) == (
        "Utvärdering av tidigare handlingsplan 2019–2020",
        previous,
    )


def test_one_evaluation_row_per_previous_measure(current: Period, previous: Period) -> None:
    assert current.evaluation is not None and previous.action_plan is not None
    rows = current.evaluation.rows
    assert len(rows) >= 15 and [r.measure for r in rows] == previous.action_plan.measures


def test_evaluation_rows_are_filled_and_varied(current: Period) -> None:
    assert current.evaluation is not None
    rows = current.evaluation.rows
    complete = all(
        r.target_value and r.outcome_value and r.comment and r.assessed_effect and r.hours_spent
        for r in rows
    )
    assert (
        complete,
        len({r.status for r in rows}) >= 4,
        len({r.traffic_light for r in rows}),
        len({r.recommendation for r in rows}),
    ) == (True, True, 3, 4)


def test_evaluation_texts_are_filled(current: Period) -> None:
    evaluation = current.evaluation
    assert evaluation is not None
    assert all(
        (
            evaluation.summary,
            evaluation.background,
            evaluation.method,
            evaluation.promises_follow_up,
            evaluation.collaboration,
            evaluation.lessons,
        )
    )


# --- Tjänsteutlåtande --------------------------------------------------------------------------


def test_report_header_follows_the_seed(current: Period, municipality: Municipality) -> None:
    report = current.official_report
    assert report is not None
    assert (
        report.unit,
        report.report_date,
        report.dnr,
        report.case_officer,
        report.recipient,
        report.title,
        report.decision_heading,
    ) == (
        "Kommunledningskontoret",
        date(2020, 11, 25),
        DNR,
        person_by_title(municipality, "Trygghetssamordnare"),
        "",  # the deciding body: Kommunstyrelsen
        REPORT_TITLE,
        "",  # the deciding body's: "Kommunstyrelsens beslut"
    )
    assert (current.deciding_body, current.decided_by) == (
        DecidingBody.KOMMUNSTYRELSEN,
        "Kommunstyrelsen",
    )


def test_report_texts_are_filled(current: Period) -> None:
    report = current.official_report
    assert report is not None
    assert all((report.matter, report.background, report.statement, report.financial_consequences))


def test_report_matter_lists_the_documents(current: Period) -> None:
    assert current.official_report is not None
    bullet_lines = [
        line for line in current.official_report.matter.splitlines() if line.startswith("- ")
    ]
    assert len(bullet_lines) == 4


def test_report_matter_cites_the_seed_dates(current: Period) -> None:
    assert current.official_report is not None
    matter = current.official_report.matter
    assert all(fact in matter for fact in ("2020-11-23", "2020-11-18", DNR, "Trygg i Danderyd"))


def test_two_decision_points_by_kommunstyrelsen(current: Period) -> None:
    assert current.official_report is not None
    points = [p.text for p in current.official_report.decision_points]
    assert (
        len(points) == 2
        and all(p.startswith("Kommunstyrelsen ") for p in points)
        and "till handlingarna" in points[0]
        and "antar" in points[1]
    )


def test_attachments_as_in_the_seed(current: Period) -> None:
    assert current.official_report is not None
    attachments = current.official_report.attachments
    assert [(a.document, a.title) for a in attachments] == SEED_ATTACHMENTS


def test_attachments_are_dated(current: Period) -> None:
    assert current.official_report is not None
    assert all(a.document_date for a in current.official_report.attachments)


def test_report_is_distributed_to_police_and_all_departments(current: Period) -> None:
    assert current.official_report is not None
    assert [r.name for r in current.official_report.recipients] == [
        "Lokalpolisområde Södra Roslagen",
        "Alla förvaltningar",
    ]


# --- Marked as example data --------------------------------------------------------------------


def test_municipality_is_marked_as_example(municipality: Municipality) -> None:
    assert (
        municipality.is_example
        and "Exempeldata" in municipality.note
        and "påhittade" in municipality.note
    )


def test_summary_section_says_exempeldata(current: Period) -> None:
    assert current.situation_picture is not None
    summary = next(
        s for s in current.situation_picture.sections if s.kind == SectionKind.SAMMANFATTNING
    )
    assert "Exempeldata" in summary.body


def test_every_source_limitation_says_exempeldata(current: Period) -> None:
    assert current.situation_picture is not None
    assert all("Exempeldata" in s.limitation for s in current.situation_picture.sources)


def test_every_document_introduction_says_exempeldata(current: Period) -> None:
    assert current.action_plan and current.citizen_promises and current.evaluation
    assert current.official_report is not None
    assert all(
        "Exempeldata" in text
        for text in (
            current.action_plan.introduction,
            current.citizen_promises.introduction,
            current.evaluation.summary,
            current.official_report.summary,
        )
    )


# --- Idempotent and deterministic --------------------------------------------------------------


def test_first_load_creates_the_workspace(session: Session) -> None:
    municipality, created = load_demo(session)
    assert (created, municipality.uuid, municipality.id is not None) == (
        True,
        DEMO_MUNICIPALITY_UUID,
        True,
    )


def test_loading_twice_in_one_session_creates_nothing(session: Session) -> None:
    first, created_first = load_demo(session)
    counts = table_counts(session)
    second, created_second = load_demo(session)
    session.flush()
    assert (created_first, created_second, second is first, table_counts(session)) == (
        True,
        False,
        True,
        counts,
    )


def test_loading_again_after_commit_creates_nothing(database: Database) -> None:
    with database.session() as session:
        load_demo(session)
    with database.session() as session:
        counts = table_counts(session)
    with database.session() as session:
        municipality, created = load_demo(session)
        uuid = municipality.uuid
    with database.session() as session:
        assert (created, uuid, table_counts(session)) == (False, DEMO_MUNICIPALITY_UUID, counts)


def test_loaded_rows_are_plentiful(database: Database) -> None:
    with database.session() as session:
        load_demo(session)
    with database.session() as session:
        counts = table_counts(session)
    assert (
        counts["municipalities"],
        counts["periods"],
        counts["measures"] >= 40,
        counts["evaluation_rows"] >= 15,
    ) == (1, 2, True, True)


def test_uuids_are_identical_on_two_fresh_databases(database: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "other" / "bfa.sqlite3")
    try:
        uuid_sets = []
        for db in (database, other):
            with db.session() as session:
                load_demo(session)
            with db.session() as session:
                uuid_sets.append(all_uuids(session))
    finally:
        other.close()
    assert uuid_sets[0] == uuid_sets[1] and len(uuid_sets[0]) > 300


def test_municipality_uuid_is_the_fixed_one(municipality: Municipality) -> None:
    assert municipality.uuid == DEMO_MUNICIPALITY_UUID


def test_the_demo_file_gets_the_checks_of_any_imported_file(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = json.loads(demo_file().read_text(encoding="utf-8"))
    document["municipality"]["periods"][1]["action_plan"]["focus_areas"][0]["measures"][0][
        "kind"
    ] = "okänd"
    damaged = tmp_path / "danderyd.json"
    damaged.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(demo, "demo_file", lambda: damaged)
    counts = table_counts(session)
    with pytest.raises(exchange.ExchangeError, match=r"measures\[0\]\.kind: okänt värde"):
        load_demo(session)
    assert table_counts(session) == counts


def test_every_record_has_the_fixed_timestamps(database: Database) -> None:
    with database.session() as session:
        load_demo(session)
    with database.session() as session:
        stamps = {
            stamp
            for table in Base.metadata.sorted_tables
            if "created_at" in table.columns
            for row in session.execute(select(table.c.created_at, table.c.modified_at))
            for stamp in row
        }
    assert stamps == {DEMO_TIMESTAMP}


# --- Text quality ------------------------------------------------------------------------------


def test_no_control_characters_in_any_text(demo_session: Session) -> None:
    bad = [
        (where, value)
        for where, value in all_texts(demo_session)
        if any(unicodedata.category(c) == "Cc" and c != "\n" for c in value)
    ]
    assert bad == []


def test_texts_have_no_stray_whitespace(demo_session: Session) -> None:
    bad = [
        (where, value)
        for where, value in all_texts(demo_session)
        if value != value.strip() or "\n\n\n" in value or "  " in value or " \n" in value
    ]
    assert bad == []


LIST_ITEM = re.compile(r"^(- |\d+\. )")


def markdown_subset_errors(text: str) -> list[str]:
    """Lines that use more than the stored subset: paragraphs, `- `/`1. ` lists, ** and *."""
    errors = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        body = LIST_ITEM.sub("", line, count=1)
        is_item = body != line
        if line.startswith((" ", "#", ">", "* ", "+ ", "|")):
            errors.append(f"block markup: {line}")
        if any(c in body for c in "[]`<>_#|\\"):
            errors.append(f"markup character: {line}")
        if body.count("**") % 2 or body.replace("**", "").count("*") % 2:
            errors.append(f"unbalanced emphasis: {line}")
        if is_item and index > 0 and lines[index - 1] and not LIST_ITEM.match(lines[index - 1]):
            errors.append(f"list not separated from paragraph: {line}")
    return errors


def test_texts_use_only_the_stored_markdown_subset(demo_session: Session) -> None:
    bad = {
        where: errors
        for where, v in all_texts(demo_session)
        if (errors := markdown_subset_errors(v))
    }
    assert bad == {}


def test_year_ranges_use_an_en_dash(demo_session: Session) -> None:
    pattern = re.compile(r"\b(19|20)\d\d ?[-—] ?(19|20)\d\d\b")
    assert [(where, v) for where, v in all_texts(demo_session) if pattern.search(v)] == []


def test_dates_in_text_are_iso(demo_session: Session) -> None:
    months = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
    pattern = re.compile(rf"\b\d{{1,2}} ({months}) \d{{4}}\b")
    assert [(where, v) for where, v in all_texts(demo_session) if pattern.search(v)] == []


def test_swedish_letters_are_used(demo_session: Session) -> None:
    # Guards against text typed without å, ä, ö (e.g. "Sodra Roslagen", "trygghetsvandringar
    # for aldre").
    ascii_words = re.compile(r"\b(Sodra|for|aldre|atgard|overenskommelse|lagesbild)\b")
    assert [(where, v) for where, v in all_texts(demo_session) if ascii_words.search(v)] == []


# --- Built from its source ---------------------------------------------------------------------


def test_the_exchange_file_is_built_from_the_source() -> None:
    """After editing resources/demo/source/, run python -m bfa_desktop.services.demo.build."""
    assert demo_file().read_text(encoding="utf-8") == build(source_folder())


SMALL_SOURCE = {
    "municipality.toml": """
key = "kommun"
name = "Provkommun"

[[organisations]]
key = "organisation:a"
name = "Förvaltningen"
kind = "forvaltning"
""",
    "2021-2022/period.toml": """
key = "period:2021"
start_date = 2021-01-01
end_date = 2022-12-31
legal_basis = "frivillig"
""",
    "2021-2022/action_plan.toml": '''
key = "plan:2021"
title = "Plan"

[[focus_areas]]
key = "area:1"
title = "Område"

[[focus_areas.measures]]
key = "measure:1.1"
title = "Åtgärd"
description = """
Första stycket, \\
på två rader.

- en punkt"""
kind = "social"
owner_party = "kommunen"
start_date = 2021-03-01
responsible_unit = "organisation:a"
''',
}


def small_source(folder: Path, **files: str) -> Path:
    """SMALL_SOURCE in `folder`, with files replaced (by path, "/" written as "__")."""
    for name, text in {
        **SMALL_SOURCE,
        **{k.replace("__", "/"): v for k, v in files.items()},
    }.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def first_measure(document: dict[str, Any]) -> dict[str, Any]:
    return document["municipality"]["periods"][0]["action_plan"]["focus_areas"][0]["measures"][0]


def test_a_built_source_imports_with_its_links_texts_and_stamps(
    tmp_path: Path, session: Session
) -> None:
    document = exchange.loads(build(small_source(tmp_path / "source")))
    municipality = exchange.import_document(session, document)
    measure = municipality.periods[0].action_plan.focus_areas[0].measures[0]
    assert (
        measure.responsible_unit.name,
        measure.description,
        measure.start_date,
        {municipality.created_at, measure.created_at, measure.modified_at},
    ) == (
        "Förvaltningen",
        "Första stycket, på två rader.\n\n- en punkt",
        date(2021, 3, 1),
        {DEMO_TIMESTAMP},
    )


def test_a_record_keeps_its_uuid_when_others_are_added_before_it(tmp_path: Path) -> None:
    before = first_measure(json.loads(build(small_source(tmp_path / "a"))))
    added = SMALL_SOURCE["2021-2022/action_plan.toml"].replace(
        "[[focus_areas.measures]]",
        '[[focus_areas.measures]]\nkey = "measure:1.0"\ntitle = "Ny"\nkind = "social"\n'
        'owner_party = "kommunen"\n\n[[focus_areas.measures]]',
        1,
    )
    document = json.loads(
        build(small_source(tmp_path / "b", **{"2021-2022__action_plan.toml": added}))
    )
    measures = document["municipality"]["periods"][0]["action_plan"]["focus_areas"][0]["measures"]
    assert [m["title"] for m in measures] == ["Ny", "Åtgärd"]
    assert (measures[1]["uuid"], measures[1]["responsible_unit"]) == (
        before["uuid"],
        document["municipality"]["organisations"][0]["uuid"],
    )


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        (
            {"municipality.toml": SMALL_SOURCE["municipality.toml"].replace('key = "kommun"', "")},
            "municipality.key: saknas",
        ),
        (
            {
                "municipality.toml": SMALL_SOURCE["municipality.toml"].replace(
                    "organisation:a", "kommun"
                )
            },
            "municipality.organisations[0]: nyckeln 'kommun' används redan av municipality.",
        ),
        (
            {
                "2021-2022__action_plan.toml": SMALL_SOURCE["2021-2022/action_plan.toml"].replace(
                    'responsible_unit = "organisation:a"', 'responsible_unit = "organisation:b"'
                )
            },
            "municipality.periods[0].action_plan.focus_areas[0].measures[0].responsible_unit: "
            "ingen post har nyckeln 'organisation:b'.",
        ),
        (
            {"municipality.toml": SMALL_SOURCE["municipality.toml"] + 'namn = "Fel"\n'},
            "municipality.organisations[0].namn: okänt fält.",
        ),
        (
            {"municipality.toml": 'uuid = "x"\n' + SMALL_SOURCE["municipality.toml"]},
            "municipality.uuid: ges av nyckeln och bygget, inte i källan.",
        ),
        (
            {"municipality.toml": 'organisations = "Förvaltningen"\nkey = "kommun"\nname = "P"\n'},
            "municipality.organisations: ska vara en lista av tabeller ([[organisations]]).",
        ),
        (
            {"municipality.toml": SMALL_SOURCE["municipality.toml"] + "[[periods]]\n"},
            "municipality.toml: periods: en period är en mapp, inte ett fält.",
        ),
        (
            {"2021-2022__plan.toml": 'key = "plan"\n'},
            "2021-2022/plan.toml: okänt dokument (filens namn ska vara ett av action_plan, "
            "agreement, citizen_promises, endorsement, evaluation, official_report, "
            "situation_picture).",
        ),
        (
            {"2021-2022__period.toml": SMALL_SOURCE["2021-2022/period.toml"] + "[action_plan]\n"},
            "2021-2022/action_plan.toml: action_plan finns redan i period.toml.",
        ),
        (
            {"2021-2022__period.toml": 'key = "period:2021"\nstart_date = 2021-01-01\nend_date ='},
            "2021-2022/period.toml: ingen giltig TOML: Invalid value (at end of document).",
        ),
        (  # what the exchange's own check refuses, named as it names it
            {
                "2021-2022__action_plan.toml": SMALL_SOURCE["2021-2022/action_plan.toml"].replace(
                    'kind = "social"', 'kind = "okänd"'
                )
            },
            "municipality.periods[0].action_plan.focus_areas[0].measures[0].kind: okänt värde "
            '"okänd"',
        ),
    ],
)
def test_a_source_that_cannot_be_built_is_refused_with_where(
    tmp_path: Path, files: dict[str, str], problem: str
) -> None:
    with pytest.raises(SourceError) as refused:
        build(small_source(tmp_path, **files))
    assert [p for p in refused.value.problems if p.startswith(problem)] != [], (
        refused.value.problems
    )


def test_the_build_command_writes_the_file_or_names_the_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "danderyd.json"
    monkeypatch.setattr(build_module, "demo_file", lambda: target)
    monkeypatch.setattr(build_module, "source_folder", lambda: small_source(tmp_path / "ok"))
    assert build_module.main() == 0
    assert json.loads(target.read_text(encoding="utf-8"))["municipality"]["name"] == "Provkommun"
    monkeypatch.setattr(build_module, "source_folder", lambda: tmp_path / "saknas")
    assert build_module.main() == 1
    assert (
        capsys.readouterr().err == "municipality.toml: kan inte läsas: No such file or directory.\n"
    )

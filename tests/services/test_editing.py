"""The single change path: field edits, links, adding, moving, removing and restoring."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.documents.compose import build
from bfa_desktop.documents.tree import Paragraph
from bfa_desktop.model.catalog import all_nodes
from bfa_desktop.model.enums import DocumentKind, LegalBasis, MeasureKind
from bfa_desktop.model.snapshot import to_data
from bfa_desktop.services import editing
from bfa_desktop.services.exchange import export_municipality
from bfa_desktop.services.lookup import find
from bfa_desktop.storage.database import Database
from tests.helpers import demo_municipality


@pytest.fixture
def demo(demo_database: Database) -> Database:
    """The demo, plus the one kind of record it lacks (an extra report section)."""
    with demo_database.session() as session:
        report = demo_municipality(session).periods[-1].official_report
        report.extra_sections.append(model.ReportSection(heading="Juridik", body="Inga hinder."))
    return demo_database


def first(session: Session, cls: type[model.Base], *conditions: Any) -> Any:
    return session.scalars(select(cls).where(*conditions).order_by(cls.id)).first()  # type: ignore[attr-defined]


def without_modified(data: Any) -> Any:
    """Exchange data without `modified_at`: moving siblings back and forth touches them."""
    if isinstance(data, dict):
        return {
            k: without_modified(v)
            for k, v in data.items()
            if k not in ("modified_at", "exported_at")
        }
    if isinstance(data, list):
        return [without_modified(item) for item in data]
    return data


def everything(database: Database) -> Any:
    with database.session() as session:
        municipalities = session.scalars(select(model.Municipality)).all()
        return [without_modified(export_municipality(m)) for m in municipalities]


# --- fields ------------------------------------------------------------------------------------


def test_set_field_returns_the_previous_value_and_stamps_the_record(demo: Database) -> None:
    with demo.session() as session:
        measure = first(session, model.Measure)
        key, old_title, stamp = measure.uuid, measure.title, measure.modified_at
        previous = editing.set_field(session, model.Measure, key, "title", "Ny titel")
    assert previous == old_title
    with demo.session() as session:
        measure = find(session, model.Measure, key)
        assert measure.title == "Ny titel"
        assert measure.modified_at > stamp


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("title", None, "måste ha ett värde"),
        ("title", "x" * 501, "för lång"),
        ("title", "halv \ud83d emoji", "ogiltiga tecken"),  # a lone surrogate, from a paste
        ("title", 5, "passar inte"),
        ("kind", "magi", "Okänt värde"),
        ("start_date", "2021-01-01", "passar inte"),
        ("resources_kkr", float("nan"), "ogiltigt"),
        ("ongoing", 1, "passar inte"),
        ("uuid", "annan", "kan inte ändras"),
        ("finns_inte", "x", "kan inte ändras"),
    ],
)
def test_bad_values_are_refused_and_nothing_changes(
    demo: Database, name: str, value: Any, message: str
) -> None:
    with demo.session() as session:
        measure = first(session, model.Measure)
        key, before = (
            measure.uuid,
            export_municipality(measure.focus_area.action_plan.period.municipality),
        )
        with pytest.raises(editing.EditError, match=message):
            editing.set_field(session, model.Measure, key, name, value)
    with demo.session() as session:
        municipality = find(session, model.Measure, key).focus_area.action_plan.period.municipality
        assert without_modified(export_municipality(municipality)) == without_modified(before)


def test_typed_values_are_accepted(demo: Database) -> None:
    with demo.session() as session:
        key = first(session, model.Measure, model.Measure.deadline.is_(None)).uuid
        editing.set_field(session, model.Measure, key, "kind", "social")
        editing.set_field(session, model.Measure, key, "start_date", date(2021, 2, 1))
        editing.set_field(session, model.Measure, key, "resources_kkr", 12)
    with demo.session() as session:
        measure = find(session, model.Measure, key)
        assert (measure.kind, measure.start_date, measure.resources_kkr) == (
            MeasureKind.SOCIAL,
            date(2021, 2, 1),
            12.0,
        )


def test_deadline_before_start_is_refused_with_a_message(demo: Database) -> None:
    with demo.session() as session:
        measure = first(session, model.Measure, model.Measure.deadline.is_not(None))
        key, start = measure.uuid, measure.start_date
        with pytest.raises(editing.EditError, match="Slutdatumet"):
            editing.set_field(session, model.Measure, key, "start_date", date(2099, 1, 1))
        # The refused edit left the session usable and the record as it was.
        assert find(session, model.Measure, key).start_date == start
        editing.set_field(session, model.Measure, key, "title", "Fortfarande redigerbar")


def test_the_legal_basis_follows_the_end_of_the_period(demo: Database) -> None:
    """A period that runs on or after 2023-07-01 is under Lag (2023:196) whatever its start;
    moving the end back makes it voluntary again, and undoing (setting the old date) too."""
    with demo.session() as session:
        period = first(session, model.Period, model.Period.start_date == date(2021, 1, 1))
        key = period.uuid
        assert period.legal_basis == LegalBasis.FRIVILLIG
        previous = editing.set_field(session, model.Period, key, "end_date", date(2024, 6, 30))
        assert period.legal_basis == LegalBasis.LAG_2023_196
        assert period.start_date == date(2021, 1, 1)
        editing.set_field(session, model.Period, key, "end_date", date(2023, 7, 1))
        assert period.legal_basis == LegalBasis.LAG_2023_196
        editing.set_field(session, model.Period, key, "end_date", previous)
        assert period.legal_basis == LegalBasis.FRIVILLIG


@pytest.mark.parametrize(
    ("end", "wanted", "message"),
    [
        (date(2026, 12, 31), LegalBasis.FRIVILLIG, "omfattas av lagen"),
        (date(2022, 12, 31), LegalBasis.LAG_2023_196, "kan inte omfattas"),
    ],
)
def test_a_legal_basis_against_the_dates_is_refused(
    demo: Database, end: date, wanted: LegalBasis, message: str
) -> None:
    with demo.session() as session:
        period = first(session, model.Period, model.Period.start_date == date(2021, 1, 1))
        editing.set_field(session, model.Period, period.uuid, "end_date", end)
        before = period.legal_basis
        with pytest.raises(editing.EditError, match=message):
            editing.set_field(session, model.Period, period.uuid, "legal_basis", wanted)
        assert find(session, model.Period, period.uuid).legal_basis == before != wanted


def test_a_constraint_the_service_does_not_know_gives_an_edit_error(demo: Database) -> None:
    with demo.session() as session:
        series = first(session, model.StatisticSeries, model.StatisticSeries.values.any())
        year = series.values[0].year
        with pytest.raises(editing.EditError, match="regel"):
            editing.add(
                session, model.StatisticSeries, series.uuid, "values", {"year": year, "value": 1.0}
            )
        assert len(find(session, model.StatisticSeries, series.uuid).values) == len(series.values)


def test_references_and_links_return_what_they_replace(demo: Database) -> None:
    with demo.session() as session:
        measure = first(session, model.Measure, model.Measure.responsible_person_id.is_not(None))
        person = first(session, model.Person, model.Person.id != measure.responsible_person_id)
        old_person = measure.responsible_person.uuid
        old_places = [p.uuid for p in measure.places]
        place = first(session, model.Place)
        assert (
            editing.set_reference(
                session, model.Measure, measure.uuid, "responsible_person", person.uuid
            )
            == old_person
        )
        assert (
            editing.set_links(session, model.Measure, measure.uuid, "places", [place.uuid])
            == old_places
        )
        assert measure.responsible_person is person
        assert measure.places == [place]
        with pytest.raises(editing.EditError, match="finns inte"):
            editing.set_links(
                session,
                model.Measure,
                measure.uuid,
                "places",
                ["00000000-0000-4000-8000-000000000000"],
            )
        with pytest.raises(editing.EditError, match="koppling"):
            editing.set_links(session, model.Measure, measure.uuid, "responsible_person", [])


# --- lists -------------------------------------------------------------------------------------


def test_add_at_an_index_and_move(demo: Database) -> None:
    with demo.session() as session:
        area = first(session, model.FocusArea)
        key = editing.add(
            session,
            model.FocusArea,
            area.uuid,
            "measures",
            {"title": "Ny åtgärd", "kind": "social", "owner_party": "kommunen"},
            index=0,
        )
        assert area.measures[0].uuid == key
        assert area.measures[0].number == f"{area.number}.1"
        assert editing.move(session, model.Measure, key, len(area.measures) - 1) == 0
        assert area.measures[-1].uuid == key
        with pytest.raises(editing.EditError):
            editing.move(session, model.Measure, key, 99)
    with demo.session() as session:
        area = find(session, model.FocusArea, area.uuid)
        assert area.measures[-1].uuid == key
        assert [m.position for m in area.measures] == list(range(len(area.measures)))


def test_a_second_document_of_a_kind_is_refused(demo: Database) -> None:
    with demo.session() as session:
        period = first(session, model.Period, model.Period.action_plan.has())
        with pytest.raises(editing.EditError, match="redan"):
            editing.add(session, model.Period, period.uuid, "action_plan", {"title": "Till"})


def owned_classes() -> list[type[model.Base]]:
    return [spec.cls for spec in all_nodes() if spec.cls is not model.Municipality]


@pytest.mark.parametrize("cls", owned_classes(), ids=lambda c: c.__name__)
def test_remove_and_restore_brings_back_exactly_what_was_there(
    demo: Database, cls: type[model.Base]
) -> None:
    before = everything(demo)
    with demo.session() as session:
        record = first(session, cls)
        snapshot = editing.remove(session, cls, record.uuid)
    assert everything(demo) != before
    with demo.session() as session:
        editing.restore(session, snapshot)
    assert everything(demo) == before
    with demo.session() as session:  # the record itself, timestamps included
        assert to_data(find(session, cls, snapshot.key)) == snapshot.data


def test_restoring_a_measure_restores_the_links_that_pointed_at_it(demo: Database) -> None:
    with demo.session() as session:
        measure = first(session, model.Measure, model.Measure.promises.any())
        promises = [p.uuid for p in measure.promises]
        snapshot = editing.remove(session, model.Measure, measure.uuid)
    assert {link.source for link in snapshot.incoming} >= {model.Promise}
    with demo.session() as session:
        editing.restore(session, snapshot)
        restored = find(session, model.Measure, snapshot.key)
        assert [p.uuid for p in restored.promises] == promises


def test_a_previous_measure_comes_back_to_its_evaluation_row(demo: Database) -> None:
    with demo.session() as session:
        row = first(session, model.EvaluationRow, model.EvaluationRow.measure_id.is_not(None))
        measure_key, row_key = row.measure.uuid, row.uuid
        snapshot = editing.remove(session, model.Measure, measure_key)
    with demo.session() as session:
        assert find(session, model.EvaluationRow, row_key).measure is None
        editing.restore(session, snapshot)
    with demo.session() as session:
        assert find(session, model.EvaluationRow, row_key).measure.uuid == measure_key


def test_removing_something_already_gone(demo: Database) -> None:
    with demo.session() as session, pytest.raises(editing.EditError, match="finns inte"):
        editing.remove(session, model.Measure, "00000000-0000-4000-8000-000000000000")


@pytest.mark.parametrize(
    ("cls", "first", "last"),
    [
        (model.Measure, "start_date", "deadline"),
        (model.Period, "start_date", "end_date"),
        (model.CitizenPromises, "valid_from", "valid_to"),
    ],
)
def test_an_end_before_the_start_is_refused_whichever_date_moves(
    demo: Database, cls: type[model.Base], first: str, last: str
) -> None:
    with demo.session() as session:
        record = first_with(session, cls, first, last)
        key, start, end = record.uuid, getattr(record, first), getattr(record, last)
        with pytest.raises(editing.EditError, match="Slutdatumet kan inte ligga före"):
            editing.set_field(session, cls, key, last, date(start.year - 1, 1, 1))
        with pytest.raises(editing.EditError, match="Slutdatumet kan inte ligga före"):
            editing.set_field(session, cls, key, first, date(end.year + 1, 1, 1))
        editing.set_field(session, cls, key, last, start)  # the same day is allowed
    with demo.session() as session:
        stored = find(session, cls, key)
        assert (getattr(stored, first), getattr(stored, last)) == (start, start)


def first_with(session: Session, cls: type[model.Base], *names: str) -> Any:
    records = session.scalars(select(cls).order_by(cls.id)).all()  # type: ignore[attr-defined]
    return next(r for r in records if all(getattr(r, name) for name in names))


def test_renaming_a_municipality_renames_its_own_organisation_in_the_same_edit(
    demo: Database,
) -> None:
    with demo.session() as session:
        municipality = first(session, model.Municipality)
        key, old_name = municipality.uuid, municipality.name
        others = {o.uuid: o.name for o in municipality.organisations if o.name != old_name}
        previous = editing.set_field(session, model.Municipality, key, "name", "Djursholms kommun")
    assert previous == old_name

    def names(session: Session) -> tuple[list[str], dict[str, str]]:
        municipality = find(session, model.Municipality, key)
        own = [o.name for o in municipality.organisations if o.kind.value == "kommun"]
        rest = {o.uuid: o.name for o in municipality.organisations if o.uuid in others}
        return own, rest

    with demo.session() as session:
        assert names(session) == (["Djursholms kommun"], others)
        period = find(session, model.Municipality, key).periods[-1]
        plan = build(period, DocumentKind.HANDLINGSPLAN)
        parties = [p.text for p in plan.blocks if isinstance(p, Paragraph) and "Parter" in p.text]
        assert parties
        assert all("Djursholms kommun" in p and old_name not in p for p in parties)
        # Undone as every edit is: the previous value set back, which renames it back too.
        editing.set_field(session, model.Municipality, key, "name", previous)
    with demo.session() as session:
        assert names(session) == ([old_name], others)


def test_an_organisation_renamed_on_its_own_keeps_its_name(demo: Database) -> None:
    with demo.session() as session:
        municipality = first(session, model.Municipality)
        key = municipality.uuid
        own = next(o for o in municipality.organisations if o.kind.value == "kommun")
        editing.set_field(session, model.Organisation, own.uuid, "name", "Kommunen Danderyd")
        editing.set_field(session, model.Municipality, key, "name", "Djursholms kommun")
        assert own.name == "Kommunen Danderyd"

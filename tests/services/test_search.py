"""Search across a period: every text field asked for, of every document of the period and of
the municipality and its lists; words in any case and order; hits named by their record's
number or name, with the text around the words found."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.catalog import all_nodes, node
from bfa_desktop.services.demo import load_demo
from bfa_desktop.services.search import Fields, Text, collect, find, snippet
from bfa_desktop.storage.database import Database, open_database

EVERY_TEXT: Fields = {
    spec.cls: [f.name for f in spec.fields if f.kind is str and f.name != "uuid"]
    for spec in all_nodes()
}


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "demo.sqlite3")
    with database.session() as session:
        load_demo(session)
    yield database
    database.close()


def texts_of(session: Session, period: int = -1, fields: Fields = EVERY_TEXT) -> list[Text]:
    municipality = session.query(model.Municipality).one()
    return collect(session, municipality.uuid, municipality.periods[period].uuid, fields)


def test_every_text_of_the_period_and_the_municipality_is_searched(demo: Database) -> None:
    with demo.sessions() as session:
        texts = texts_of(session)
        municipality = session.query(model.Municipality).one()
        period = municipality.periods[-1]
        expected = {
            (type(record), record.uuid, name)
            for record in _records(period, municipality)
            for name in EVERY_TEXT[type(record)]
            if str(getattr(record, name) or "").strip()
        }
    assert {(text.record, text.key, text.field) for text in texts} == expected
    kinds = {text.record for text in texts}
    for document in (
        model.SituationPicture,
        model.ActionPlan,
        model.Measure,
        model.MeasureFollowUp,
        model.CitizenPromises,
        model.Promise,
        model.OfficialReport,
        model.Agreement,
        model.Organisation,
        model.Person,
        model.Municipality,
    ):
        assert document in kinds, document.__name__


def _records(period: model.Period, municipality: model.Municipality) -> Iterator[model.Base]:
    def walk(record: model.Base) -> Iterator[model.Base]:
        yield record
        for child in node(type(record)).children:
            owned = getattr(record, child.name)
            for item in owned if child.many else [owned] if owned is not None else []:
                yield from walk(item)

    yield from walk(period)
    yield municipality
    yield from municipality.organisations
    yield from municipality.persons


def test_words_are_found_in_any_case_and_order_and_all_must_be_there(demo: Database) -> None:
    with demo.sessions() as session:
        texts = texts_of(session)
    hits, total = find(texts, "MÖRBY polisen", 500)
    assert total == len(hits) > 0
    for hit in hits:
        folded = hit.text.text.casefold()
        assert "mörby" in folded
        assert "polisen" in folded
    fewer, _total = find(texts, "mörby polisen belysning", 500)
    assert {h.text for h in fewer} < {h.text for h in hits}
    assert find(texts, "   ", 10) == ([], 0)
    assert find(texts, "ordsomintefinns", 10) == ([], 0)


def test_rich_text_is_matched_and_shown_without_its_markup(demo: Database) -> None:
    with demo.session() as session:
        measure = session.query(model.Municipality).one().periods[-1].action_plan.measures[4]
        measure.description = "Vi går **varje blåbärs**fredag kväll, *med* \\*stjärna."
        key = measure.uuid
    with demo.sessions() as session:
        texts = texts_of(session)
    hits, total = find(texts, "BLÅBÄRSFREDAG", 10)
    assert total == 1
    (hit,) = hits
    assert (hit.text.key, hit.text.field) == (key, "description")
    assert hit.snippet == "Vi går varje blåbärsfredag kväll, med *stjärna."


def test_only_the_chosen_period_is_searched(demo: Database) -> None:
    with demo.sessions() as session:
        earlier = texts_of(session, period=0)
        latest = texts_of(session, period=-1)
    # The 2019–2020 plan's measure, not in 2021–2022's.
    assert find(earlier, "märkning av värdesaker", 10)[1] >= 1
    assert find(latest, "märkning av värdesaker", 10)[1] == 0
    # The municipality's lists are searched with either period.
    for texts in (earlier, latest):
        assert find(texts, "Centrumföreningen", 10)[1] >= 1


def test_a_hit_is_named_by_its_records_number_or_name(demo: Database) -> None:
    with demo.sessions() as session:
        texts = texts_of(session)
        plan = session.query(model.Municipality).one().periods[-1].action_plan
        measure = plan.focus_areas[1].measures[2]
        follow_up = plan.focus_areas[0].measures[0].follow_ups[0]
        cause = plan.focus_areas[0].causes[1]
        wanted = {
            (model.Measure, measure.uuid, "title"): ("2.3", True),
            (model.MeasureFollowUp, follow_up.uuid, "traffic_light_text"): (
                f"1.1, {follow_up.period_label}",
                True,
            ),
            (model.FocusAreaCause, cause.uuid, "text"): ("1.2", True),
            (model.ActionPlan, plan.uuid, "title"): ("", False),
        }
    named = {(t.record, t.key, t.field): (t.identity, t.numbered) for t in texts}
    for where, identity in wanted.items():
        assert named[where] == identity
    organisation = next(t for t in texts if t.record is model.Organisation and t.field == "name")
    assert organisation.identity == organisation.text
    assert not organisation.numbered


def test_only_the_fields_asked_for_are_searched(demo: Database) -> None:
    with demo.sessions() as session:
        texts = texts_of(session, fields={model.Measure: ["title"]})
    assert {(text.record, text.field) for text in texts} == {(model.Measure, "title")}
    assert len(texts) == 28


def test_the_snippet_is_cut_at_words_around_the_match() -> None:
    long = "ett " * 20 + "Grannsamverkan finns i många områden " + "två " * 30
    text = Text(model.Measure, "k", "description", "1.1", True, long, False, long.casefold())
    shown = snippet(text, "grannsamverkan")
    assert shown.startswith("…ett ")
    assert shown.endswith(" två…")
    assert "Grannsamverkan finns i många områden" in shown
    assert len(shown) < 120
    short = Text(model.Measure, "k", "title", "1.1", True, "Kort\ntext", False, "kort\ntext")
    assert snippet(short, "text") == "Kort text"

"""Records as data and back: the one conversion undo, exchange and merging share."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.catalog import key_of, node, walk
from bfa_desktop.model.enums import MeasureKind
from bfa_desktop.model.snapshot import RecordBuilder, to_data
from tests.model.test_relations import World, build_world


@pytest.fixture
def world(session: Session) -> World:
    world = build_world(session)
    session.flush()
    return world


def test_data_holds_values_as_the_model_keeps_them(world: World) -> None:
    measure = world.current.plan.focus_areas[0].measures[0]
    data = to_data(measure)
    assert isinstance(data["created_at"], datetime)
    assert isinstance(data["kind"], MeasureKind)
    assert data["uuid"] == measure.uuid
    assert data["responsible_unit"] == key_of(measure.responsible_unit)  # type: ignore[arg-type]
    assert data["problems"] == sorted(p.uuid for p in measure.problems)  # outside: by UUID
    assert data["follow_ups"] == [to_data(f) for f in measure.follow_ups]
    period = world.current.period
    assert isinstance(to_data(period)["start_date"], date)
    assert set(to_data(world.municipality)) == {f.name for f in node(model.Municipality).fields} | {
        c.name for c in node(model.Municipality).children
    }


def test_links_within_the_data_are_in_document_order(world: World, session: Session) -> None:
    problems = list(world.current.picture.problems)
    problems.append(model.PrioritisedProblem(title="Sist i listan"))
    world.current.picture.problems[:] = problems
    measure = world.current.plan.focus_areas[0].measures[0]
    measure.problems = list(reversed(problems))
    session.flush()
    period = to_data(world.municipality)["periods"][-1]
    written = period["action_plan"]["focus_areas"][0]["measures"][0]["problems"]
    assert len(problems) > 1
    assert written == [problem.uuid for problem in problems]


def test_records_built_from_the_data_are_the_same_records(world: World, session: Session) -> None:
    data = to_data(world.municipality)
    session.delete(world.municipality)
    session.flush()
    builder = RecordBuilder()
    rebuilt = builder.build(data)
    session.add(rebuilt)
    session.flush()
    again = session.scalars(select(model.Municipality)).one()
    assert to_data(again) == data
    assert {key_of(record) for record in walk(again)} == set(builder.by_uuid)


def test_links_out_of_the_data_go_to_existing_records(world: World, session: Session) -> None:
    measure = world.current.plan.focus_areas[0].measures[0]
    area, data = measure.focus_area, to_data(measure)
    area.measures.remove(measure)
    session.flush()

    def lookup(cls: type[model.Base], key: str) -> model.Base | None:
        return session.scalar(select(cls).where(cls.uuid == key))  # type: ignore[attr-defined]

    rebuilt = RecordBuilder(lookup).build(data, model.Measure)
    area.measures.append(rebuilt)  # type: ignore[arg-type]
    session.flush()
    assert to_data(rebuilt) == {**data, "modified_at": rebuilt.modified_at}  # type: ignore[attr-defined]
    with pytest.raises(KeyError):
        RecordBuilder().build(data, model.Measure)  # its links lead out, and nothing looks

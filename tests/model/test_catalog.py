"""The domain catalog: every record of the model, its fields, links and owned children."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

import pytest
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model import catalog
from bfa_desktop.model.catalog import ROOT, all_nodes, node, owned_classes, owner_classes
from bfa_desktop.model.enums import MeasureKind
from tests.model.test_relations import ALL_CLASSES, World, build_world


@pytest.fixture
def world(session: Session) -> World:
    return build_world(session)


def test_every_mapped_class_is_a_record_of_the_catalog() -> None:
    assert {spec.cls for spec in all_nodes()} == ALL_CLASSES
    assert all_nodes()[0].cls is ROOT


def test_fields_carry_their_kind_limits_and_vocabulary() -> None:
    measure = node(model.Measure)
    title, kind, description = (measure.field(name) for name in ("title", "kind", "description"))
    assert title is not None and title.kind is str and title.max_length == 500
    assert kind is not None and kind.vocabulary is MeasureKind
    assert description is not None and description.rich_text and not title.rich_text
    assert node(model.Measure).field("deadline").kind is date  # type: ignore[union-attr]
    created = measure.field("created_at")
    assert created is not None and created.kind is datetime and not created.editable
    assert measure.field("focus_area_id") is None  # keys and positions are not fields
    assert measure.field("position") is None
    assert all(
        f.vocabulary is None or issubclass(f.vocabulary, StrEnum)
        for spec in all_nodes()
        for f in spec.fields
    )


def test_links_and_owned_children_are_told_apart() -> None:
    area = node(model.FocusArea)
    measures = area.child("measures")
    assert measures is not None and measures.target is model.Measure and measures.many
    assert area.reference("measures") is None
    unit = node(model.Measure).reference("responsible_unit")
    assert unit is not None and unit.target is model.Organisation and unit.nullable
    problems = node(model.Measure).reference("problems")
    assert problems is not None and problems.many
    # A many-to-many link is kept on one side only, and no back side is a link.
    assert node(model.Measure).reference("promises") is None
    assert node(model.Measure).reference("focus_area") is None
    plan = node(model.Period).child("action_plan")
    assert plan is not None and not plan.many


def test_owners_and_owned_kinds_of_record() -> None:
    assert owned_classes(model.FocusArea) == {
        model.FocusArea,
        model.FocusAreaCause,
        model.EffectGoal,
        model.Measure,
        model.MeasureFollowUp,
    }
    assert owner_classes(model.Measure) == {
        model.FocusArea,
        model.ActionPlan,
        model.Period,
        model.Municipality,
    }
    assert owner_classes(ROOT) == frozenset()


def test_owner_of_and_walk_follow_the_records(world: World) -> None:
    municipality = world.municipality
    period = municipality.periods[-1]
    measure = period.action_plan.focus_areas[0].measures[0]  # type: ignore[union-attr]
    assert catalog.owner_of(measure) == (measure.focus_area, "measures")
    assert catalog.owner_of(period.action_plan) == (period, "action_plan")  # type: ignore[arg-type]
    assert catalog.owner_of(municipality) is None
    walked = catalog.walk(municipality)
    assert walked[0] is municipality
    assert {type(record) for record in walked} == ALL_CLASSES
    assert walked.index(measure.focus_area) < walked.index(measure)


def test_lone_surrogates_are_found() -> None:
    assert catalog.has_lone_surrogate("halv \ud83d emoji")
    assert not catalog.has_lone_surrogate("hel 😀 emoji")

"""The list model and its filter proxy follow Qt's model contract (QAbstractItemModelTester)
on the demo's lists, on an empty list and without an owner, also while the data changes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.services.editing import new_record_values
from bfa_desktop.ui import edits, pages
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.labels import column_label
from bfa_desktop.ui.page_spec import ListSpec, PanelSpec
from bfa_desktop.ui.record_list import RecordTableModel
from bfa_desktop.ui.workspace import Workspace


def all_lists(spec: PanelSpec) -> Iterator[tuple[type[model.Base], ListSpec]]:
    for listed in spec.lists:
        yield spec.cls, listed
        yield from all_lists(listed.detail)


def window_columns(owner: type[model.Base], relation: str) -> tuple[str, ...]:
    """The columns the window shows for this list (declared in pages.py)."""
    for spec in (
        pages.FOCUS_AREA,
        pages.MEASURE,
        pages.PROMISES,
        pages.SITUATION,
        pages.PERIOD,
        pages.MUNICIPALITY,
    ):
        for cls, listed in all_lists(spec):
            if (cls, listed.relation) == (owner, relation):
                return listed.columns
    raise LookupError(relation)


def current_period(session: Session) -> model.Period:
    municipality = session.query(model.Municipality).one()
    return municipality.periods[-1]


def plan(session: Session) -> model.ActionPlan:
    found = current_period(session).action_plan
    assert found is not None
    return found


def second_area(session: Session) -> model.FocusArea:
    return plan(session).focus_areas[1]


def first_measure(session: Session) -> model.Measure:
    return second_area(session).measures[0]


def owner_of_list(session: Session, relation: str) -> model.Base:
    period = current_period(session)
    owners: dict[str, Any] = {
        "causes": second_area(session),
        "goals": second_area(session),
        "follow_ups": first_measure(session),
        "sections": period.situation_picture,
        "promises": period.citizen_promises,
    }
    return owners[relation]


LISTS = [
    pytest.param(model.FocusArea, "causes", 3, id="causes"),
    pytest.param(model.FocusArea, "goals", 2, id="effect goals"),
    pytest.param(model.Measure, "follow_ups", 2, id="follow-ups"),
    pytest.param(model.SituationPicture, "sections", 12, id="sections"),
    pytest.param(model.CitizenPromises, "promises", 4, id="promises"),
]


def table(workspace: Workspace, cls: type[model.Base], relation: str) -> RecordTableModel:
    return RecordTableModel(workspace, cls, relation, window_columns(cls, relation))


@pytest.mark.parametrize(("cls", "relation", "count"), LISTS)
def test_list_model_keeps_the_model_contract(
    qtmodeltester: ModelTester,
    workspace: Workspace,
    cls: type[model.Base],
    relation: str,
    count: int,
) -> None:
    listed = table(workspace, cls, relation)
    owner = workspace.read(lambda session: owner_of_list(session, relation).uuid)  # type: ignore[attr-defined]
    listed.set_owner(RecordRef(cls, owner))
    assert listed.rowCount() == count
    assert listed.columnCount() == len(listed.columns)
    qtmodeltester.check(listed)

    # Rows are the owner's records in its order, each cell a display text, the key in UserRole.
    keys = workspace.read(
        lambda session: [item.uuid for item in getattr(owner_of_list(session, relation), relation)]
    )
    assert [listed.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(count)] == keys
    for column, name in enumerate(listed.columns):
        header = listed.headerData(column, Qt.Orientation.Horizontal)
        assert header == ("No." if name == "number" else column_label(listed.child, name))
        for row in range(count):
            assert isinstance(listed.index(row, column).data(), str)
    assert listed.index(count, 0).data() is None
    # A table: no row has children.
    assert listed.rowCount(listed.index(0, 0)) == 0
    assert listed.columnCount(listed.index(0, 0)) == 0

    # The tester keeps watching while the list grows, shrinks and loses its owner.
    values = new_record_values(listed.child)
    added = edits.add(workspace, RecordRef(cls, owner), relation, values, "new")
    assert added is not None
    listed.reload()
    assert listed.rowCount() == count + 1
    assert listed.row_of(added) >= 0
    workspace.undo_stack.undo()
    listed.reload()
    assert listed.rowCount() == count
    assert listed.row_of(added) == -1
    listed.set_owner(None)
    assert listed.rowCount() == 0


def test_list_model_of_an_owner_with_an_empty_list(
    qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    # Measure 1.3 of the demo has no follow-ups yet.
    key = workspace.read(lambda session: plan(session).focus_areas[0].measures[2].uuid)
    listed = table(workspace, model.Measure, "follow_ups")
    listed.set_owner(RecordRef(model.Measure, key))
    assert listed.rowCount() == 0
    assert not listed.index(0, 0).isValid()
    qtmodeltester.check(listed)


def test_list_model_without_an_owner_and_with_a_vanished_one(
    qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    listed = table(workspace, model.FocusArea, "goals")
    qtmodeltester.check(listed)
    assert listed.rowCount() == 0
    assert listed.columnCount() == 3
    # An owner removed meanwhile (e.g. by an undo) shows as an empty list, not an error.
    listed.set_owner(RecordRef(model.FocusArea, "00000000-0000-0000-0000-000000000000"))
    assert listed.rowCount() == 0
    assert listed.headerData(0, Qt.Orientation.Vertical) is None
    assert listed.headerData(99, Qt.Orientation.Horizontal) is None

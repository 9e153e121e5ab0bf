"""The list model and its filter proxy follow Qt's model contract (QAbstractItemModelTester)
on the demo's lists, on an empty list and without an owner, also while the data changes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.enums import OwnerParty, ProgressStatus
from bfa_desktop.services.editing import new_record_values
from bfa_desktop.ui import edits, pages
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.labels import column_label
from bfa_desktop.ui.panels import ListSpec, PanelSpec
from bfa_desktop.ui.record_list import RecordTableModel, RowFilter
from bfa_desktop.ui.workspace import Workspace


def all_lists(spec: PanelSpec) -> Iterator[tuple[type[model.Base], ListSpec]]:
    for listed in spec.lists:
        yield spec.cls, listed
        yield from all_lists(listed.detail)


def window_columns(owner: type[model.Base], relation: str) -> tuple[str, ...]:
    """The columns the window shows for this list (declared in pages.py)."""
    for spec in (pages.PLAN, pages.PROMISES, pages.SITUATION, pages.PERIOD, pages.MUNICIPALITY):
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
        "focus_areas": plan(session),
        "measures": second_area(session),
        "follow_ups": first_measure(session),
        "sections": period.situation_picture,
        "promises": period.citizen_promises,
    }
    return owners[relation]


LISTS = [
    pytest.param(model.ActionPlan, "focus_areas", 6, id="focus areas"),
    pytest.param(model.FocusArea, "measures", 5, id="measures"),
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
    listed = table(workspace, model.FocusArea, "measures")
    qtmodeltester.check(listed)
    assert listed.rowCount() == 0
    assert listed.columnCount() == 5
    # An owner removed meanwhile (e.g. by an undo) shows as an empty list, not an error.
    listed.set_owner(RecordRef(model.FocusArea, "00000000-0000-0000-0000-000000000000"))
    assert listed.rowCount() == 0
    assert listed.headerData(0, Qt.Orientation.Vertical) is None
    assert listed.headerData(99, Qt.Orientation.Horizontal) is None


def measures_of_the_plan(workspace: Workspace) -> tuple[RecordTableModel, dict[str, Any]]:
    """The second focus area's measures (2.1–2.5) and the demo's keys of what they refer to."""
    area = workspace.read(lambda session: second_area(session).uuid)
    listed = table(workspace, model.FocusArea, "measures")
    listed.set_owner(RecordRef(model.FocusArea, area))

    def keys(session: Session) -> dict[str, Any]:
        municipality = session.query(model.Municipality).one()
        units = {
            organisation.name: organisation.uuid for organisation in municipality.organisations
        }
        return {
            "measures": [m.uuid for m in second_area(session).measures],
            "kommunledningskontoret": units["Kommunledningskontoret"],
            "socialforvaltningen": units["Socialförvaltningen"],
        }

    return listed, workspace.read(keys)


def filtered_keys(proxy: RowFilter) -> list[str]:
    return [proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(proxy.rowCount())]


# Kept out of the way here so that the filtering itself is checked; the deprecation is shown by
# test_filtering_uses_no_deprecated_qt_call below.
@pytest.mark.filterwarnings("ignore:.*invalidateRowsFilter:DeprecationWarning")
def test_row_filter_keeps_the_model_contract_and_shows_matching_rows(
    qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    listed, keys = measures_of_the_plan(workspace)
    m21, m22, m23, m24, m25 = keys["measures"]
    proxy = RowFilter()
    proxy.setSourceModel(listed)
    qtmodeltester.check(proxy)
    assert filtered_keys(proxy) == [m21, m22, m23, m24, m25]

    proxy.set_wanted("responsible_unit", keys["kommunledningskontoret"])
    assert filtered_keys(proxy) == [m23, m25]
    proxy.set_wanted("owner_party", OwnerParty.KOMMUNEN)
    assert filtered_keys(proxy) == [m25]
    proxy.set_wanted("responsible_unit", None)
    assert filtered_keys(proxy) == [m22, m24, m25]
    proxy.set_wanted("latest_status", ProgressStatus.PAGAR)
    assert filtered_keys(proxy) == [m24]
    proxy.set_wanted("owner_party", None)
    assert filtered_keys(proxy) == [m21, m24]
    proxy.set_wanted("responsible_unit", keys["socialforvaltningen"])
    assert filtered_keys(proxy) == []
    proxy.set_wanted("latest_status", None)
    assert filtered_keys(proxy) == [m22]

    # The source reloading (after an edit) keeps the filter.
    listed.reload()
    assert filtered_keys(proxy) == [m22]
    proxy.set_wanted("responsible_unit", None)
    assert proxy.rowCount() == 5
    assert proxy.mapToSource(proxy.index(4, 0)) == listed.index(4, 0)
    assert proxy.mapFromSource(QModelIndex()) == QModelIndex()


def test_filtering_uses_no_deprecated_qt_call(workspace: Workspace) -> None:
    listed, _keys = measures_of_the_plan(workspace)
    proxy = RowFilter()
    proxy.setSourceModel(listed)
    proxy.set_wanted("owner_party", OwnerParty.POLISEN)
    assert proxy.rowCount() == 1

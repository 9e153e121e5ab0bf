"""The action plan's tab on a laptop: the whole plan in one table – focus areas with their
measures, sorted within each area, filtered by unit, owner, status and deadline, the status in
words and colour – with the selected row's details beside it in groups, and the table's layout
remembered."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QScrollArea, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bfa_desktop import model
from bfa_desktop.model.enums import OwnerParty, ProgressStatus, TrafficLight
from bfa_desktop.services.editing import new_record_values
from bfa_desktop.settings import PLAN_COLUMNS, PLAN_SPLITTER, UserSettings
from bfa_desktop.ui import edits, translations
from bfa_desktop.ui.editors import (
    ChoiceEditor,
    LineEditor,
    RichEditor,
)
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.plan_model import (
    COLOURS,
    DEADLINE,
    NO_FOLLOW_UP,
    STATUS,
    TITLE,
    PlanFilter,
    PlanTableModel,
)
from bfa_desktop.ui.plan_view import PlanEditor, PlanPanel
from bfa_desktop.ui.workspace import Workspace
from tests.ui.driving import (
    LEFT,
    choose,
    click_check,
    click_record,
    click_tab,
    editor,
    open_list,
    pick,
    plan_panel,
    show,
    shown_measures,
    shown_rows,
    type_text,
    write,
)
from tests.ui.test_window import area_measures, plan, read, record

LAPTOP = (1366, 768)
DAY = date(2022, 1, 1)  # the demo's plan runs 2021–2022: some deadlines passed, some to come


def plan_key(workspace: Workspace) -> str:
    return workspace.read(lambda s: plan(s).uuid)


def measures_by_area(workspace: Workspace) -> list[tuple[str, list[str]]]:
    return workspace.read(
        lambda s: [(a.uuid, [m.uuid for m in a.measures]) for a in plan(s).focus_areas]
    )


def on_day(panel: PlanPanel, day: date = DAY) -> PlanEditor:
    """The table as it is on `day` (which deadlines have passed)."""
    panel.editor.model.today = lambda: day
    panel.editor.reload()
    return panel.editor


# --- the model --------------------------------------------------------------------------------


def test_the_plans_model_keeps_the_model_contract(
    qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    table = PlanTableModel(workspace, today=lambda: DAY)
    qtmodeltester.check(table)
    assert table.rowCount() == 0
    table.set_plan(plan_key(workspace))
    grouped = measures_by_area(workspace)
    # A row per focus area, its measures below it, numbered as the documents number them.
    expected = [key for area, measures in grouped for key in (area, *measures)]
    assert [row.key for row in table.rows] == expected
    assert [table.index(r, 0).data() for r in range(4)] == ["1", "1.1", "1.2", "1.3"]
    assert table.index(0, TITLE).data() == workspace.read(lambda s: plan(s).focus_areas[0].title)
    assert all(table.index(0, c).data() == "" for c in range(TITLE + 1, STATUS + 1))
    assert table.rowCount(table.index(0, 0)) == 0
    assert table.index(len(expected), 0).data() is None

    # Rows come and go under the tester's eye.
    area = grouped[1][0]
    added = edits.add(
        workspace,
        RecordRef(model.FocusArea, area),
        "measures",
        new_record_values(model.Measure),
        "new",
    )
    assert added is not None
    table.reload()
    assert table.row_of(added) == expected.index(grouped[1][1][-1]) + 1
    workspace.undo_stack.undo()
    table.reload()
    assert table.row_of(added) == -1
    table.set_plan("00000000-0000-0000-0000-000000000000")  # gone meanwhile: empty
    assert table.rowCount() == 0


def test_status_is_a_word_and_a_colour_and_a_passed_deadline_says_so(
    workspace: Workspace,
) -> None:
    table = PlanTableModel(workspace, today=lambda: DAY)
    table.set_plan(plan_key(workspace))

    def measure(number: str) -> int:
        return next(r for r, row in enumerate(table.rows) if row.number == number)

    facts = workspace.read(
        lambda s: {
            m.number: (
                m.deadline,
                m.ongoing,
                m.follow_ups[-1].status if m.follow_ups else None,
                m.follow_ups[-1].traffic_light if m.follow_ups else None,
            )
            for m in plan(s).measures
        }
    )
    for number, (deadline, ongoing, status, light) in facts.items():
        row = measure(number)
        shown = table.index(row, STATUS)
        if status is None:
            assert shown.data() == ""
            assert shown.data(Qt.ItemDataRole.ToolTipRole) == "Not followed up yet"
        else:
            words = {
                TrafficLight.GRON: "green",
                TrafficLight.GUL: "yellow",
                TrafficLight.ROD: "red",
            }
            assert shown.data().split(" (")[0] in {"In progress", "Delayed", "Done", "Not started"}
            assert shown.data().endswith(f"({words[light]})")
            assert shown.data(Qt.ItemDataRole.DecorationRole) == QColor(COLOURS[light][1])
        text = table.index(row, DEADLINE).data()
        passed = deadline is not None and deadline < DAY and not ongoing
        passed = passed and status not in (ProgressStatus.GENOMFORD, ProgressStatus.INSTALLD)
        if deadline is None:
            assert text == ("Ongoing" if ongoing else "")
        elif passed:
            assert text == f"{deadline.isoformat()} (overdue)"
            assert table.index(row, DEADLINE).data(Qt.ItemDataRole.ForegroundRole) is not None
        else:
            assert text == deadline.isoformat()
    assert any(row.overdue for row in table.rows)
    assert not all(row.overdue for row in table.rows if not row.is_area)


def test_the_filter_keeps_the_model_contract_and_each_measure_under_its_focus_area(
    qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    table = PlanTableModel(workspace, today=lambda: DAY)
    table.set_plan(plan_key(workspace))
    proxy = PlanFilter()
    proxy.setSourceModel(table)
    qtmodeltester.check(proxy)

    def shown() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    assert len(shown()) == len(table.rows)
    proxy.set_filter(owner=OwnerParty.POLISEN)
    police = [row for row in table.rows if row.owner is OwnerParty.POLISEN]
    areas = sorted({row.order[0] for row in police})
    assert shown() == [
        number
        for row in table.rows
        if (number := row.number) and (row in police or (row.is_area and row.order[0] in areas))
    ]
    proxy.set_filter(status=NO_FOLLOW_UP)
    assert all(
        table.rows[proxy.mapToSource(proxy.index(r, 0)).row()].status is None
        for r in range(proxy.rowCount())
        if "." in proxy.index(r, 0).data()
    )
    proxy.clear_filters()
    proxy.set_filter(overdue=True)
    overdue = [row.number for row in table.rows if row.overdue]
    assert [n for n in shown() if "." in n] == overdue
    proxy.clear_filters()
    assert len(shown()) == len(table.rows)


# --- the screen -------------------------------------------------------------------------------


@pytest.fixture
def laptop(qtbot: QtBot, workspace: Workspace, settings: UserSettings) -> MainWindow:
    """The window in Swedish (the longer words) at a laptop's 1366×768."""
    translations.install("sv")
    shown = MainWindow(workspace, settings)
    shown.resize(*LAPTOP)
    show(qtbot, shown)
    return shown


def whole_rows(panel: PlanPanel) -> int:
    view = panel.editor.view
    room = view.viewport().rect()
    return sum(
        1
        for row in range(view.model().rowCount())
        if room.contains(view.visualRect(view.model().index(row, 0)))
    )


def scrolls(widget: QWidget) -> bool:
    """Whether the scroll area around `widget` has more than it shows."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent.verticalScrollBar().maximum() > 0


def test_a_laptop_shows_twelve_rows_and_the_measures_common_fields_beside_them(
    qtbot: QtBot, laptop: MainWindow
) -> None:
    panel = plan_panel(qtbot, laptop)
    plan_table = panel.editor
    click_record(qtbot, plan_table, area_measures(laptop, 0)[0])
    assert whole_rows(panel) >= 12
    # The details beside the table, not below it.
    table = plan_table.view
    details = panel.measure
    assert details.isVisible()
    table_right = table.mapTo(laptop, QPoint(table.width(), 0)).x()
    assert details.mapTo(laptop, QPoint(0, 0)).x() >= table_right
    # The groups; the common fields – the measure and who does it when – without scrolling.
    groups = details.tabs
    titles = [groups.tabText(i) for i in range(groups.count())]
    assert titles == ["Åtgärd", "Ansvar och tid", "Mål och uppföljning", "Kopplingar"]
    for index, names in ((0, ("title", "kind", "description")), (1, ("owner_party", "deadline"))):
        click_tab(qtbot, groups, index)
        shown = [details.form.editors[name] for name in names]
        assert all(field.isVisible() for field in shown)
        assert not scrolls(shown[0]), titles[index]
    click_tab(qtbot, groups, 3)
    assert details.form.derived["linked_promises"].isVisible()
    assert not scrolls(details.form.derived["linked_promises"])


def test_a_focus_areas_row_shows_its_own_fields_to_edit(qtbot: QtBot, laptop: MainWindow) -> None:
    panel = plan_panel(qtbot, laptop)
    area = read(laptop, lambda s: plan(s).focus_areas[2].uuid)
    click_record(qtbot, panel.editor, area, column=TITLE)
    assert panel.details.currentWidget() is panel.area
    assert panel.area.form.record == RecordRef(model.FocusArea, area)
    problem = editor(panel.area, "problem_text", RichEditor)
    type_text(qtbot, problem, "Unga dricker tidigt.")
    stored = read(laptop, lambda s: record(s, model.FocusArea, area).problem_text)
    assert stored == "Unga dricker tidigt."
    type_text(qtbot, editor(panel.area, "title", LineEditor), "Unga och alkohol")
    row = panel.editor.model.row_of(area)
    assert panel.editor.model.index(row, TITLE).data() == "Unga och alkohol"
    goals, goal = open_list(qtbot, panel.area, "goals")  # its effect goals, and causes
    assert len(goals.model.rows) == 2
    type_text(qtbot, editor(goal, "target", LineEditor), "Hälften")
    key = goals.current()
    assert key is not None
    assert read(laptop, lambda s: record(s, model.EffectGoal, key.key).target) == "Hälften"


def header_click(qtbot: QtBot, plan_table: PlanEditor, column: int) -> None:
    header = plan_table.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


def test_a_column_clicked_sorts_within_each_focus_area(qtbot: QtBot, laptop: MainWindow) -> None:
    panel = plan_panel(qtbot, laptop)
    plan_table = on_day(panel)
    grouped = measures_by_area(laptop.workspace)
    deadlines = read(laptop, lambda s: {m.uuid: m.deadline for m in plan(s).measures})

    def by_deadline(keys: list[str], down: bool) -> list[str]:
        dated = sorted((k for k in keys if deadlines[k]), key=lambda k: deadlines[k])
        undated = [k for k in keys if not deadlines[k]]
        return [*reversed(undated), *reversed(dated)] if down else [*dated, *undated]

    for down in (False, True):
        header_click(qtbot, plan_table, DEADLINE)
        order = Qt.SortOrder.DescendingOrder if down else Qt.SortOrder.AscendingOrder
        assert plan_table.view.horizontalHeader().sortIndicatorOrder() == order
        rows = shown_rows(plan_table)
        # The focus areas stay in the plan's order, each with its own measures below it.
        assert [key for key in rows if key in dict(grouped)] == [a for a, _m in grouped]
        for area, measures in grouped:
            start = rows.index(area) + 1
            shown = rows[start : start + len(measures)]
            assert [deadlines[k] for k in shown] == [
                deadlines[k] for k in by_deadline(measures, down)
            ]
    header_click(qtbot, plan_table, 0)  # the number: the plan's own order again
    assert shown_rows(plan_table) == [k for a, m in grouped for k in (a, *m)]


def test_overdue_and_the_other_filters_are_clicked_and_picked(
    qtbot: QtBot, laptop: MainWindow
) -> None:
    panel = plan_panel(qtbot, laptop)
    plan_table = on_day(panel)
    overdue = plan_table.findChild(QCheckBox, "filter-overdue")
    assert overdue is not None
    click_check(qtbot, overdue)
    expected = [row.key for row in plan_table.model.rows if row.overdue]
    assert expected
    assert shown_measures(plan_table) == expected
    # The selection follows to a row shown, its details beside.
    current = plan_table.current()
    assert current is not None
    assert current.key in shown_rows(plan_table)
    status = plan_table.findChild(QComboBox, "filter-latest_status")
    assert status is not None
    pick(qtbot, status, status.findData(NO_FOLLOW_UP))
    assert shown_measures(plan_table) == [
        row.key for row in plan_table.model.rows if row.overdue and row.status is None
    ]
    click_check(qtbot, overdue)
    pick(qtbot, status, 0)
    assert len(shown_rows(plan_table)) == len(plan_table.model.rows)


def test_an_edit_changes_its_row_alone(qtbot: QtBot, laptop: MainWindow) -> None:
    panel = plan_panel(qtbot, laptop)
    plan_table = panel.editor
    m11 = area_measures(laptop, 0)[0]
    click_record(qtbot, plan_table, m11)
    title = editor(panel.measure, "title", LineEditor)
    with qtbot.assertNotEmitted(plan_table.model.modelReset, wait=50):
        type_text(qtbot, title, "Grannsamverkan")
    row = plan_table.model.row_of(m11)
    assert plan_table.model.index(row, TITLE).data() == "Grannsamverkan"
    # A follow-up's status shows in its measure's row.
    follow_ups, follow_up = open_list(qtbot, panel.measure, "follow_ups")
    follow_ups_rows = follow_ups.model.rows
    assert follow_ups_rows
    last = len(follow_ups_rows) - 1
    qtbot.mouseClick(
        follow_ups.view.viewport(),
        LEFT,
        pos=follow_ups.view.visualRect(follow_ups.model.index(last, 0)).center(),
    )
    choose(qtbot, editor(follow_up, "status", ChoiceEditor), ProgressStatus.GENOMFORD)
    assert plan_table.model.index(row, STATUS).data().startswith("Genomförd")


def drag(qtbot: QtBot, widget: QWidget, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(widget, LEFT, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 5):
        QTest.mouseMove(widget, start + (end - start) * step / 4)
    QTest.mouseRelease(widget, LEFT, Qt.KeyboardModifier.NoModifier, end)


def test_the_sides_columns_and_sorting_are_remembered(
    qtbot: QtBot, workspace: Workspace, settings: UserSettings
) -> None:
    first = MainWindow(workspace, settings)
    first.resize(*LAPTOP)
    show(qtbot, first)
    panel = plan_panel(qtbot, first)
    handle = panel.splitter.handle(1)
    before = panel.splitter.sizes()
    drag(qtbot, handle, handle.rect().center(), handle.rect().center() - QPoint(120, 0))
    qtbot.waitUntil(lambda: panel.splitter.sizes()[0] < before[0] - 60)
    header = panel.editor.view.horizontalHeader()
    edge = header.sectionViewportPosition(TITLE) + header.sectionSize(TITLE) - 1
    title_width = header.sectionSize(TITLE)
    drag(qtbot, header.viewport(), QPoint(edge, 8), QPoint(edge - 50, 8))
    qtbot.waitUntil(lambda: header.sectionSize(TITLE) < title_width - 30)
    header_click(qtbot, panel.editor, DEADLINE)
    qtbot.waitUntil(lambda: bool(settings.get(PLAN_SPLITTER) and settings.get(PLAN_COLUMNS)))
    sides, title = panel.splitter.sizes(), header.sectionSize(TITLE)
    first.close()

    again = MainWindow(Workspace(workspace.database), UserSettings(settings.path))  # from the file
    again.resize(*LAPTOP)
    show(qtbot, again)
    restored = plan_panel(qtbot, again)
    assert restored.splitter.sizes() == sides
    restored_header = restored.editor.view.horizontalHeader()
    assert restored_header.sectionSize(TITLE) == title
    assert restored_header.sortIndicatorSection() == DEADLINE


def test_a_hand_edited_layout_in_the_settings_is_ignored(
    qtbot: QtBot, workspace: Workspace, settings: UserSettings
) -> None:
    settings.set(PLAN_SPLITTER, "åäö – inte en bredd")
    settings.set(PLAN_COLUMNS, "AAAA////")
    window = MainWindow(workspace, settings)
    window.resize(*LAPTOP)
    show(qtbot, window)
    panel = plan_panel(qtbot, window)
    left, right = panel.splitter.sizes()
    assert left > right > 0  # the table the larger part, as when nothing was kept
    header = panel.editor.view.horizontalHeader()
    assert header.sortIndicatorSection() == 0
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in range(header.count()))


def test_a_plan_without_focus_areas_starts_with_one(
    qtbot: QtBot, workspace: Workspace, settings: UserSettings
) -> None:
    with workspace.database.session() as session:
        for area in plan(session).focus_areas:
            session.delete(area)
    window = MainWindow(workspace, settings)
    show(qtbot, window)
    panel = plan_panel(qtbot, window)
    plan_table = panel.editor
    assert shown_rows(plan_table) == []
    assert panel.details.currentWidget() is panel.nothing
    assert not plan_table.add_button.isEnabled()  # a measure needs a focus area
    qtbot.mouseClick(plan_table.add_area_button, LEFT)
    area = read(window, lambda s: [a.uuid for a in plan(s).focus_areas])
    assert len(area) == 1
    assert shown_rows(plan_table) == area
    assert panel.details.currentWidget() is panel.area
    title = editor(panel.area, "title", LineEditor)
    qtbot.waitUntil(title.line.hasFocus)
    write(qtbot, title.line, "Trygghet")
    qtbot.mouseClick(plan_table.add_button, LEFT)  # now a measure, in it
    measures = read(window, lambda s: [m.uuid for m in plan(s).focus_areas[0].measures])
    assert len(measures) == 1
    assert read(window, lambda s: plan(s).focus_areas[0].title) == "Trygghet"
    assert plan_table.current() == RecordRef(model.Measure, measures[0])
    assert [row.number for row in plan_table.model.rows] == ["1", "1.1"]

"""The window from the keyboard: lists walked with Tab, the new record's first field after Add,
a focus frame one can see, the window's keys from any field, the lists' commands in the Edit
menu, and Help's list of keys and guide."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from bfa_desktop import model
from bfa_desktop.ui.editors import LineEditor
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.panels import DocumentPage, RecordPanel
from bfa_desktop.ui.plan_model import COLUMNS
from bfa_desktop.ui.record_list import ListEditor
from tests.ui.driving import (
    LEFT,
    click_record,
    click_row,
    click_tab,
    editor,
    focus,
    open_list,
    open_page,
    plan_panel,
    shortcut,
)
from tests.ui.test_window import area_measures, measures_tab, read

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def problems(qtbot: QtBot, window: MainWindow) -> tuple[ListEditor, RecordPanel]:
    """The situation picture's list of prioritised problems (a list like every other)."""
    situation = open_page(qtbot, window, "situation")
    assert isinstance(situation, DocumentPage)
    return open_list(qtbot, situation.panel, "problems")


def problem_keys(window: MainWindow) -> list[str]:
    return read(
        window,
        lambda s: [
            p.uuid for p in s.query(model.Municipality).one().periods[-1].situation_picture.problems
        ],
    )


def area_keys(window: MainWindow) -> list[str]:
    return read(
        window,
        lambda s: [
            a.uuid for a in s.query(model.Municipality).one().periods[-1].action_plan.focus_areas
        ],
    )


# --- lists ---------------------------------------------------------------------------------------


def test_tab_walks_the_cells_of_a_list_and_the_selection_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    listed, problem = problems(qtbot, window)
    keys = problem_keys(window)
    click_row(qtbot, listed.view, 0)
    view = listed.view
    assert view.hasFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is view  # still in the list
        seen.append((view.currentIndex().row(), view.currentIndex().column()))
    assert seen == [(0, 1), (1, 0), (1, 1), (2, 0)]
    assert listed.current() == RecordRef(model.PrioritisedProblem, keys[2])
    assert problem.form.record == RecordRef(model.PrioritisedProblem, keys[2])  # fields beside
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert listed.current() == RecordRef(model.PrioritisedProblem, keys[1])
    # After the last cell Tab goes on to the list's buttons (and Shift+Tab comes back).
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is listed.add_button
    qtbot.keyClick(listed.add_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is view
    assert listed.current() == RecordRef(model.PrioritisedProblem, keys[-1])


def test_tab_walks_the_plans_table_row_by_row_and_the_details_follow(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = plan_panel(qtbot, window)
    plan, view = panel.editor, panel.editor.view
    first_area = area_keys(window)[0]
    m11, m12 = area_measures(window, 0)[:2]
    click_record(qtbot, plan, first_area)
    assert panel.details.currentWidget() is panel.area
    # The focus area's row: its number, then its title across the other columns.
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, 1)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 0)
    assert plan.current() == RecordRef(model.Measure, m11)
    assert panel.details.currentWidget() is panel.measure
    assert panel.measure.form.record == RecordRef(model.Measure, m11)
    for _ in range(len(COLUMNS)):  # every cell of the measure's row
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view
    assert plan.current() == RecordRef(model.Measure, m12)
    assert panel.measure.form.record == RecordRef(model.Measure, m12)


def test_after_add_the_cursor_is_in_the_new_records_first_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = plan_panel(qtbot, window)
    plan = panel.editor
    first_area = area_keys(window)[0]
    # The last measure was seen on its links: a new one opens on its first group all the same.
    click_record(qtbot, plan, area_measures(window, 0)[-1])
    groups = panel.measure.tabs
    click_tab(qtbot, groups, groups.count() - 1)
    click_record(qtbot, plan, first_area)
    before = area_measures(window, 0)
    shortcut(qtbot, plan.view, "Ctrl+Shift+A")
    qtbot.waitUntil(lambda: len(area_measures(window, 0)) == len(before) + 1)
    added = area_measures(window, 0)[0]  # first in the focus area chosen
    assert plan.current() == RecordRef(model.Measure, added)
    assert panel.measure.form.record == RecordRef(model.Measure, added)
    title = editor(panel.measure, "title", LineEditor)
    qtbot.waitUntil(title.line.hasFocus)
    assert groups.currentIndex() == 0
    assert title.line.visibleRegion().boundingRect().height() == title.line.height()  # whole
    qtbot.keyClicks(title.line, "Nattvandring")
    qtbot.keyClick(title.line, Qt.Key.Key_Tab)
    assert read(window, lambda s: s.query(model.Measure).filter_by(uuid=added).one().title) == (
        "Nattvandring"
    )
    assert plan.model.index(plan.model.row_of(added), 1).data() == "Nattvandring"

    # A focus area, with its button: after the chosen row's focus area.
    qtbot.mouseClick(plan.add_area_button, LEFT)
    qtbot.waitUntil(lambda: len(area_keys(window)) == 7)
    new_area = area_keys(window)[1]
    assert plan.current() == RecordRef(model.FocusArea, new_area)
    area_title = editor(panel.area, "title", LineEditor)
    qtbot.waitUntil(area_title.line.hasFocus)

    # A list inside a group too: a follow-up of a measure added with the button.
    click_record(qtbot, plan, added)
    follow_ups, follow_up = open_list(qtbot, panel.measure, "follow_ups")
    qtbot.mouseClick(follow_ups.add_button, LEFT)
    first = editor(follow_up, "period_label", LineEditor)
    qtbot.waitUntil(first.line.hasFocus)


def test_a_created_document_has_the_cursor_in_its_first_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.period_box.setCurrentIndex(window.period_box.findText("2019–2020"))
    window.period_box.activated.emit(window.period_box.currentIndex())
    evaluation = open_page(qtbot, window, "evaluation")
    assert isinstance(evaluation, DocumentPage)
    qtbot.mouseClick(evaluation.create_button, LEFT)
    title = editor(evaluation.panel, "title", LineEditor)
    qtbot.waitUntil(title.line.hasFocus)


# --- the focus frame ------------------------------------------------------------------------------


def ring(rect: QRect, inset: int) -> list[tuple[int, int]]:
    """The points of a rectangle `inset` pixels inside `rect` (its long sides)."""
    left, right = rect.left() + inset + 3, rect.right() - inset - 3
    top, bottom = rect.top() + inset, rect.bottom() - inset
    return [(x, y) for x in range(left, right + 1) for y in (top, bottom)]


def framed(focused: QImage, unfocused: QImage, rect: QRect) -> float:
    """The share of a ring just inside `rect` (the best of three) that the focus turns
    clearly lighter or darker."""
    shares = []
    for inset in (1, 2, 3):
        points = ring(rect, inset)
        changed = sum(
            abs(QColor(focused.pixel(x, y)).lightness() - QColor(unfocused.pixel(x, y)).lightness())
            >= 60
            for x, y in points
        )
        shares.append(changed / len(points))
    return max(shares)


def grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_a_focused_button_has_a_frame_one_can_see(qtbot: QtBot, window: MainWindow) -> None:
    areas, _area = problems(qtbot, window)
    click_row(qtbot, areas.view, 0)
    button = areas.add_button
    unfocused = grab(button)
    # To the button with the keyboard: Shift+Tab from the next one.
    focus(qtbot, areas.remove_button)
    qtbot.keyClick(areas.remove_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(button.hasFocus)
    assert framed(grab(button), unfocused, button.rect()) > 0.8


def test_the_current_cell_of_a_focused_list_has_a_frame_one_can_see(
    qtbot: QtBot, window: MainWindow
) -> None:
    areas, _area = problems(qtbot, window)
    view = areas.view
    click_row(qtbot, view, 0)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the second cell of the first row
    cell = view.visualRect(view.model().index(0, 1))
    focused = grab(view.viewport())
    focus(qtbot, window.tabs.tabBar())  # the list keeps its selection, not the focus
    assert framed(focused, grab(view.viewport()), cell) > 0.8


# --- the window's keys from a field ---------------------------------------------------------------


def test_export_from_a_one_line_field(qtbot: QtBot, window: MainWindow) -> None:
    _measures, detail = measures_tab(qtbot, window, 0)
    title = editor(detail, "title", LineEditor)
    focus(qtbot, title.line)
    qtbot.keyClick(title.line, Qt.Key.Key_Home)
    with qtbot.waitSignal(window.export_requested, timeout=1000):
        qtbot.keyClick(title.line, Qt.Key.Key_E, CTRL)
    assert title.line.cursorPosition() == 0  # not taken as "end of line"


# --- the Edit menu --------------------------------------------------------------------------------


def edit_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().actions()[1].menu()
    assert isinstance(menu, QMenu)
    return menu


def open_edit_menu(qtbot: QtBot, window: MainWindow) -> dict[str, tuple[bool, str]]:
    """Open the Edit menu with its key (Alt+E) and read its list commands: on, and keys."""
    menu = edit_menu(window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible)
    seen = {
        action.objectName(): (
            action.isEnabled(),
            action.shortcut().toString(QKeySequence.SequenceFormat.PortableText),
        )
        for action in menu.actions()
        if action.objectName().startswith("list-")
    }
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    return seen


def test_the_lists_commands_are_in_the_edit_menu_for_the_list_in_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    measures, detail = measures_tab(qtbot, window, 1)  # its first measure clicked
    assert open_edit_menu(qtbot, window) == {
        "list-add": (True, "Ctrl+Shift+A"),
        "list-remove": (True, "Ctrl+Shift+Del"),
        "list-move_up": (False, "Ctrl+Shift+Up"),  # the first measure
        "list-move_down": (True, "Ctrl+Shift+Down"),
    }
    # With the cursor in a field, no list has the focus: the commands are off.
    focus(qtbot, editor(detail, "title", LineEditor).line)
    assert {on for on, _keys in open_edit_menu(qtbot, window).values()} == {False}
    # Their keys still work for a list in focus after the menu has closed.
    before = area_measures(window, 1)
    focus(qtbot, measures.view)
    qtbot.keyClick(measures.view, Qt.Key.Key_Down, CTRL_SHIFT)
    qtbot.waitUntil(lambda: area_measures(window, 1) == [before[1], before[0], *before[2:]])
    # And nothing happens to a list when the key is pressed in a field.
    line = editor(detail, "title", LineEditor).line
    focus(qtbot, line)
    qtbot.keyClick(line, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.wait(50)
    assert len(area_measures(window, 1)) == len(before)


# --- Help ----------------------------------------------------------------------------------------


def test_f1_lists_the_keys_of_the_window(qtbot: QtBot, window: MainWindow) -> None:
    focus(qtbot, window.tabs.tabBar())
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, "shortcuts-dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.findChild(QTableWidget, "shortcuts")
    assert table is not None
    rows = {table.item(row, 1).text(): table.item(row, 0).text() for row in range(table.rowCount())}
    assert rows["Undo"].startswith("Ctrl+Z")
    assert rows["Redo"].startswith("Ctrl+Shift+Z, Ctrl+Y")
    assert rows["Export…"] == "Ctrl+E"
    assert rows["Add to the list"] == "Ctrl+Shift+A"
    assert rows["Remove from the list"] == "Ctrl+Shift+Del"
    assert rows["Move up"] == "Ctrl+Shift+Up"
    assert rows["Action plan"] == "Ctrl+3"
    assert rows["Keyboard shortcuts"] == "F1"
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_help_has_a_guide_to_the_first_document(qtbot: QtBot, window: MainWindow) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(help_menu.isVisible)
    qtbot.keyClick(help_menu, Qt.Key.Key_F)  # Your &first document
    qtbot.waitUntil(lambda: window.findChild(QDialog, "guide-dialog") is not None)
    dialog = window.findChild(QDialog, "guide-dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    guide = dialog.findChild(QLabel, "guide")
    assert guide is not None
    for words in ("New municipality", "Create situation picture", "Ctrl+Shift+A", "Ctrl+E"):
        assert words in guide.text()

"""Input that must not change data behind the user's back: the mouse wheel over a form, and
undo and redo from the keyboard wherever the focus is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QMenu,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bfa_desktop import model
from bfa_desktop.model.enums import MeasureKind
from bfa_desktop.ui.editors import PAUSE_MS, ChoiceEditor, LineEditor
from bfa_desktop.ui.labels import field_label
from bfa_desktop.ui.main_window import MainWindow
from tests.ui.driving import editor, focus, inner, open_list, type_text, write
from tests.ui.test_window import area_measures, measures_tab, read, record, undo_count

WHEEL_DOWN = QPoint(0, -120)  # one notch towards the user


def wheel(window: MainWindow, widget: QWidget, delta: QPoint = WHEEL_DOWN) -> None:
    """Turn the wheel with the mouse over the middle of `widget`: the window system delivers
    it to whatever is under the cursor, as a real wheel does."""
    handle = window.windowHandle()
    assert handle is not None
    QTest.wheelEvent(handle, widget.mapTo(window, widget.rect().center()), delta)


def scroll_area(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        assert parent is not None
        parent = parent.parentWidget()
    return parent


# --- the wheel ----------------------------------------------------------------------------------


def test_the_wheel_over_an_unfocused_choice_scrolls_the_form_and_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    _measures, detail = measures_tab(qtbot, window, 1)
    follow_ups, follow_up = open_list(qtbot, detail, "follow_ups")  # a form that scrolls
    key = follow_ups.current()
    assert key is not None
    status = editor(follow_up, "status", ChoiceEditor)
    stored = read(window, lambda s: record(s, model.MeasureFollowUp, key.key).status)
    assert status.combo.currentData() == stored
    bar = scroll_area(status).verticalScrollBar()
    assert bar.maximum() > 0  # the form is taller than its scroll area
    assert bar.value() == 0
    assert not status.combo.hasFocus()

    wheel(window, status.combo)
    qtbot.waitUntil(lambda: bar.value() > 0)  # the form scrolled
    assert status.combo.currentData() == stored
    assert not status.combo.hasFocus()  # the wheel gives no focus either
    assert read(window, lambda s: record(s, model.MeasureFollowUp, key.key).status) == stored
    assert undo_count(window) == 0


def test_a_choice_that_has_the_focus_takes_the_wheel(qtbot: QtBot, window: MainWindow) -> None:
    _measures, detail = measures_tab(qtbot, window, 1)
    key = area_measures(window, 1)[0]
    combo = editor(detail, "kind", ChoiceEditor).combo
    focus(qtbot, combo)
    wheel(window, combo)
    qtbot.waitUntil(lambda: combo.currentData() != MeasureKind.SITUATIONELL)
    stored = read(window, lambda s: record(s, model.Measure, key).kind)
    assert stored == combo.currentData()
    assert undo_count(window) == 1


def test_the_wheel_over_the_choosers_and_filters_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    measures, _detail = measures_tab(qtbot, window, 1)
    unit = measures.findChild(QComboBox, "filter-responsible_unit")
    assert unit is not None
    shown = measures.proxy.rowCount()
    for combo in (window.period_box, window.municipality_box, unit):
        before = combo.currentIndex()
        wheel(window, combo, QPoint(0, 120))
        wheel(window, combo)
        qtbot.wait(20)
        assert combo.currentIndex() == before, combo.objectName()
    assert window.period_box.currentText() == "2021–2022"
    assert measures.proxy.rowCount() == shown


# --- one undo history ---------------------------------------------------------------------------


def stack_shown(window: MainWindow) -> tuple[bool, bool, str]:
    """What the Edit menu offers: undo on, redo on, and the undo entry's name."""
    actions = window.actions_by_name
    return actions["undo"].isEnabled(), actions["redo"].isEnabled(), actions["undo"].text()


def test_undo_and_redo_keys_in_a_text_field_work_on_the_one_history(
    qtbot: QtBot, window: MainWindow
) -> None:
    _measures, detail = measures_tab(qtbot, window, 0)
    key = area_measures(window, 0)[0]
    title = editor(detail, "title", LineEditor)
    original = title.line.text()

    def stored() -> str:
        return read(window, lambda s: record(s, model.Measure, key).title)

    focus(qtbot, title.line)
    qtbot.keyClick(title.line, Qt.Key.Key_End)
    write(qtbot, title.line, " A")
    qtbot.wait(PAUSE_MS + 200)  # a pause: " A" is a step
    write(qtbot, title.line, " B")  # no pause yet: still typing
    assert undo_count(window) == 1
    assert title.line.text() == original + " A B"

    # Ctrl+Z in the field: the typing since the pause is a step, and that step is undone –
    # not the field's own undo (which would take away both, and store that as a new edit).
    qtbot.keyClick(title.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.line.text() == original + " A"
    assert stored() == original + " A"
    stack = window.workspace.undo_stack
    assert (stack.count(), stack.index()) == (2, 1)
    assert stack_shown(window) == (True, True, f"Undo change {field_label(model.Measure, 'title')}")
    assert title.line.hasFocus()

    qtbot.keyClick(title.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (title.line.text(), stored(), stack.index()) == (original, original, 0)
    assert stack_shown(window)[:2] == (False, True)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(title.line, Qt.Key.Key_Z, ctrl_shift)
    assert (title.line.text(), stored(), stack.index()) == (original + " A",) * 2 + (1,)
    qtbot.keyClick(title.line, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert (title.line.text(), stored(), stack.index()) == (original + " A B",) * 2 + (2,)
    assert stack_shown(window)[:2] == (True, False)
    # Nothing more to redo: the field's own redo does not run either.
    qtbot.keyClick(title.line, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert (title.line.text(), stored(), stack.count()) == (original + " A B",) * 2 + (2,)


@pytest.mark.parametrize("name", ["operational_goal", "description"])
def test_undo_in_a_multi_line_field_undoes_its_typing(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    _measures, detail = measures_tab(qtbot, window, 0)
    key = area_measures(window, 0)[0]
    field = detail.form.editors[name]
    before = read(window, lambda s: getattr(record(s, model.Measure, key), name))
    target = inner(field)
    focus(qtbot, target)
    write(qtbot, target, "Nytt ")
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert read(window, lambda s: getattr(record(s, model.Measure, key), name)) == before
    assert window.workspace.undo_stack.index() == 0
    assert window.workspace.undo_stack.canRedo()
    assert "Nytt" not in (target.toPlainText())


def test_undo_and_redo_keys_work_where_no_text_has_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    measures, detail = measures_tab(qtbot, window, 0)
    key = area_measures(window, 0)[0]
    type_text(qtbot, editor(detail, "title", LineEditor), "Ny titel")
    kind = editor(detail, "kind", ChoiceEditor)
    shortcut_widgets = [measures.view, kind.combo, window.tabs.tabBar(), window.period_box]
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for widget in shortcut_widgets:
        focus(qtbot, widget)
        qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert read(window, lambda s: record(s, model.Measure, key).title) != "Ny titel"
        qtbot.keyClick(widget, Qt.Key.Key_Z, ctrl_shift)  # once only: no "ambiguous" key
        assert read(window, lambda s: record(s, model.Measure, key).title) == "Ny titel"
        qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        assert read(window, lambda s: record(s, model.Measure, key).title) == "Ny titel"
    assert window.workspace.undo_stack.count() == 1


def test_the_context_menu_of_a_text_field_has_no_undo_of_its_own(
    qtbot: QtBot, window: MainWindow
) -> None:
    _measures, detail = measures_tab(qtbot, window, 0)
    seen: list[list[str]] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.append([action.objectName() for action in menu.actions() if action.objectName()])
        menu.close()

    for name in ("title", "operational_goal", "description"):
        target = inner(detail.form.editors[name])
        focus(qtbot, target)
        write(qtbot, target, "x")
        QTimer.singleShot(200, look)
        shown_on = target.viewport() if isinstance(target, QAbstractScrollArea) else target
        # What a right click sends the widget (QTest's clicks make no context menu event).
        QApplication.sendEvent(
            shown_on,
            QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse, QPoint(5, 5), shown_on.mapToGlobal(QPoint(5, 5))
            ),
        )
    assert len(seen) == 3
    for names in seen:
        assert "edit-copy" in names
        assert "edit-undo" not in names
        assert "edit-redo" not in names

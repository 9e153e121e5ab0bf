"""Driving the window as a user does: clicking tabs, rows and buttons, typing, choosing and
ticking. Each helper sends real mouse and key events through qtbot."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bfa_desktop.settings import UserSettings
from bfa_desktop.ui.application import run_window
from bfa_desktop.ui.editors import (
    ChoiceEditor,
    FieldEditor,
    LineEditor,
    LinksEditor,
    PlainTextEditor,
    RichEditor,
)
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.panels import DocumentPage, RecordPanel
from bfa_desktop.ui.plan_view import PlanEditor, PlanPanel
from bfa_desktop.ui.record_list import ListEditor

W = TypeVar("W", bound=FieldEditor)
LEFT = Qt.MouseButton.LeftButton


def show(qtbot: QtBot, window: QWidget) -> None:
    """Show a window and make it the active one (keyboard shortcuts need that)."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def page(window: MainWindow, name: str) -> DocumentPage:
    shown = window.pages[name]
    assert isinstance(shown, DocumentPage)
    return shown


def click_tab(qtbot: QtBot, tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def open_page(qtbot: QtBot, window: MainWindow, name: str) -> QWidget:
    shown = window.pages[name]
    click_tab(qtbot, window.tabs, window.tabs.indexOf(shown))
    return shown


def show_tabs_of(qtbot: QtBot, widget: QWidget) -> None:
    """Click the tabs that hide `widget` (a page, a form's group, a panel's list), the
    outermost first."""
    path = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            index = next(
                (
                    i
                    for i in range(parent.count())
                    if parent.widget(i) is widget or parent.widget(i).isAncestorOf(widget)
                ),
                None,  # the tab bar itself
            )
            if index is not None:
                path.append((parent, index))
        parent = parent.parentWidget()
    for tabs, index in reversed(path):
        if tabs.currentIndex() != index:
            click_tab(qtbot, tabs, index)


def open_list(qtbot: QtBot, panel: RecordPanel, relation: str) -> tuple[ListEditor, RecordPanel]:
    """Click the panel's tab of one of its lists (or the group's that holds it); the list and
    its detail panel."""
    for editor, detail in panel.lists:
        if editor.model.relation == relation:
            show_tabs_of(qtbot, editor)
            qtbot.waitUntil(editor.isVisible)
            return editor, detail
    raise LookupError(relation)


def open_details(qtbot: QtBot, panel: RecordPanel | PlanPanel) -> None:
    """Click the tab of the panel's own fields."""
    if isinstance(panel, PlanPanel):
        click_tab(qtbot, panel.tabs, PlanPanel.DETAILS)
    elif panel.spec.lists and not panel.spec.groups:
        click_tab(qtbot, panel.tabs, 0)


def plan_panel(qtbot: QtBot, window: MainWindow) -> PlanPanel:
    """The Action plan tab, its table of focus areas and measures shown."""
    shown = open_page(qtbot, window, "plan")
    assert isinstance(shown, DocumentPage)
    panel = shown.panel
    assert isinstance(panel, PlanPanel)
    click_tab(qtbot, panel.tabs, PlanPanel.TABLE)
    qtbot.waitUntil(panel.editor.view.isVisible)
    return panel


def click_record(qtbot: QtBot, plan: PlanEditor, key: str, column: int = 0) -> None:
    """Click the row of a focus area or a measure in the plan's table."""
    index = plan.proxy.mapFromSource(plan.model.index(plan.model.row_of(key), column))
    assert index.isValid(), "the row is not shown"
    plan.view.scrollTo(index)
    qtbot.mouseClick(plan.view.viewport(), LEFT, pos=plan.view.visualRect(index).center())
    current = plan.current()
    assert current is not None
    assert current.key == key


def shown_rows(plan: PlanEditor) -> list[str]:
    """The keys of the rows the plan's table shows, in order (through its filters)."""
    proxy = plan.proxy
    return [proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(proxy.rowCount())]


def shown_measures(plan: PlanEditor, area: str | None = None) -> list[str]:
    """The measures the plan's table shows, in order; of one focus area if given."""
    rows = {row.key: row for row in plan.model.rows}
    return [
        key
        for key in shown_rows(plan)
        if not rows[key].is_area and (area is None or rows[key].area == area)
    ]


def click_row(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def rows(editor: ListEditor) -> list[str]:
    """The keys of the rows the list shows, in order."""
    shown = editor.model
    return [shown.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(shown.rowCount())]


def editor(panel: RecordPanel, name: str, kind: type[W]) -> W:
    found = panel.form.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} {name!r} in {panel.form.objectName()}"
    assert panel.form.editors[name] is found
    return found


def focus(qtbot: QtBot, widget: QWidget) -> None:
    show_tabs_of(qtbot, widget)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def type_text(qtbot: QtBot, field: FieldEditor, text: str) -> None:
    """Select what the field holds and type over it, then leave it with Tab (which commits)."""
    target = inner(field)
    focus(qtbot, target)
    QTest.keySequence(target, QKeySequence(QKeySequence.StandardKey.SelectAll))
    if text:
        write(qtbot, target, text)
    else:
        qtbot.keyClick(target, Qt.Key.Key_Delete)
    qtbot.keyClick(target, Qt.Key.Key_Tab)


def write(qtbot: QtBot, widget: QWidget, text: str, *, delay: int = -1) -> None:
    """Type `text` key by key – also the letters outside ASCII (å, ä, ö, –), which
    QTest.keyClicks cannot type."""
    for character in text:
        if character.isascii():
            qtbot.keyClick(widget, character, delay=delay)
            continue
        code = ord(character.upper())
        key = Qt.Key(code) if code < 256 else Qt.Key.Key_unknown
        for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
            QTest.sendKeyEvent(
                action, widget, key, character, Qt.KeyboardModifier.NoModifier, delay
            )


def replace_text(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    """Select all of a line's text and type `text` over it."""
    focus(qtbot, line)
    QTest.keySequence(line, QKeySequence(QKeySequence.StandardKey.SelectAll))
    write(qtbot, line, text)


def click_check(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a check box on its box (a click beside its text does nothing)."""
    show_tabs_of(qtbot, box)
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def inner(field: FieldEditor) -> QWidget:
    """The widget of the field that takes the keyboard."""
    if isinstance(field, LineEditor):
        return field.line
    if isinstance(field, PlainTextEditor):
        return field.text
    if isinstance(field, RichEditor):
        return field.rich.editor
    if isinstance(field, ChoiceEditor):
        return field.combo
    if isinstance(field, LinksEditor):
        return field.list
    raise TypeError(type(field))


def choose(qtbot: QtBot, field: ChoiceEditor, value: Any) -> None:
    """Open the field's list and click the entry of `value`."""
    pick(qtbot, field.combo, field.combo.findData(value))


def pick(qtbot: QtBot, combo: QComboBox, index: int) -> None:
    assert index >= 0
    show_tabs_of(qtbot, combo)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    item = view.model().index(index, 0)
    view.scrollTo(item)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(item).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentIndex() == index
    # The offscreen platform leaves the closed list the active window; a desktop gives the
    # activation back to the window, as here.
    window = combo.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def tick(qtbot: QtBot, field: LinksEditor, key: str) -> None:
    """Make the entry of `key` current with a click and toggle its box with Space."""
    links = field.list
    show_tabs_of(qtbot, links)
    row = next(
        r for r in range(links.count()) if links.item(r).data(Qt.ItemDataRole.UserRole) == key
    )
    item = links.item(row)
    links.scrollToItem(item)
    qtbot.mouseClick(links.viewport(), LEFT, pos=links.visualItemRect(item).center())
    assert links.currentRow() == row
    qtbot.keyClick(links, Qt.Key.Key_Space)


def ticked(field: LinksEditor) -> list[str]:
    links = field.list
    return [
        links.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(links.count())
        if links.item(r).checkState() == Qt.CheckState.Checked
    ]


def shortcut(qtbot: QtBot, widget: QWidget, sequence: QKeySequence | str) -> None:
    """Press a key sequence while `widget` has the focus (shortcuts are the window's)."""
    QTest.keySequence(widget, QKeySequence(sequence))
    qtbot.wait(10)


def run_window_with(
    database_path: Path,
    settings: UserSettings,
    step: Callable[[MainWindow], None] | None = None,
    *,
    after_ms: int = 200,
    guard_ms: int = 30_000,
) -> int:
    """Start the application as `bfa-desktop` does. Once its window shows the database, `step`
    runs on it and the window is closed (as the user closes it). A guard ends the event loop with 99
    should the window never close; a failing step is raised here."""
    return run_program_with(
        lambda: run_window(database_path, settings), step, after_ms=after_ms, guard_ms=guard_ms
    )


def run_program_with(
    start: Callable[[], int],
    step: Callable[[MainWindow], None] | None = None,
    *,
    after_ms: int = 200,
    guard_ms: int = 30_000,
) -> int:
    """`start` the program (which opens the window and runs its event loop), then as
    run_window_with."""
    failures: list[BaseException] = []

    def act() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        if len(shown) == 1 and shown[0].content is None:  # still opening the database
            timer.start(20)
            return
        if not shown and step is None:  # the program closed it itself and is ending
            return
        try:
            assert len(shown) == 1, windows
            if step is not None:
                step(shown[0])
        except BaseException as error:  # handed to the test after the loop
            failures.append(error)
        finally:
            for window in windows:
                window.close()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(act)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    timer.start(after_ms)
    guard.start(guard_ms)
    try:
        code = start()
    finally:
        timer.stop()
        guard.stop()
    if failures:
        raise failures[0]
    return code

"""Input that must not change data behind the user's back: the mouse wheel over a form, and
undo and redo from the keyboard wherever the focus is."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from bfa_desktop import model
from bfa_desktop.model.enums import MeasureKind
from bfa_desktop.ui.editors import ChoiceEditor
from bfa_desktop.ui.main_window import MainWindow
from tests.ui.driving import editor, focus
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
    key = area_measures(window, 1)[0]
    kind = editor(detail, "kind", ChoiceEditor)
    assert read(window, lambda s: record(s, model.Measure, key).kind) is MeasureKind.SITUATIONELL
    bar = scroll_area(kind).verticalScrollBar()
    assert bar.maximum() > 0  # the form is taller than its scroll area
    assert bar.value() == 0
    assert not kind.combo.hasFocus()

    wheel(window, kind.combo)
    qtbot.waitUntil(lambda: bar.value() > 0)  # the form scrolled
    assert kind.combo.currentData() == MeasureKind.SITUATIONELL
    assert not kind.combo.hasFocus()  # the wheel gives no focus either
    assert read(window, lambda s: record(s, model.Measure, key).kind) is MeasureKind.SITUATIONELL
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

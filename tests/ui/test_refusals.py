"""Typed input that cannot be stored is kept where it was typed, with the reason beside it in
the window's language – never thrown away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bfa_desktop import model
from bfa_desktop.settings import UserSettings
from bfa_desktop.ui import translations
from bfa_desktop.ui.editors import BoolEditor, DateEditor, FieldEditor, LineEditor
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.period_dialog import NewPeriodDialog
from bfa_desktop.ui.workspace import Workspace
from tests.ui.driving import (
    LEFT,
    click_check,
    click_record,
    editor,
    replace_text,
    show,
    type_text,
)
from tests.ui.test_window import area_measures, measures_tab, read, record, undo_count

REASONS = {
    "en": {
        "order": "The end date cannot be before the start date.",
        "date": "Not a date: write it as YYYY-MM-DD, e.g. 2021-01-01.",
        "period": "The period cannot end (2026) before it begins (2027).",
        "years": "Write the years of the period, e.g. 2025–2026.",
        "range": "Give the first and the last year of the period, e.g. 2025 and 2026.",
    },
    "sv": {
        "order": "Slutdatumet kan inte ligga före startdatumet.",
        "date": "Inget datum: skriv det som ÅÅÅÅ-MM-DD, till exempel 2021-01-01.",
        "period": "Perioden kan inte sluta (2026) innan den börjar (2027).",
        "years": "Skriv periodens år, till exempel 2025–2026.",
        "range": "Ange periodens första och sista år, till exempel 2025 och 2026.",
    },
}


@pytest.fixture(params=["en", "sv"])
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, settings: UserSettings, language: str) -> MainWindow:
    translations.install(language)
    shown = MainWindow(workspace, settings)
    show(qtbot, shown)
    return shown


def beside(field: FieldEditor) -> str:
    """The reason shown under the field, if it is shown (when its group's tab is)."""
    return field.problem.text() if not field.problem.isHidden() else ""


def test_an_end_before_the_start_stays_typed_with_the_reason_beside_it(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    _measures, detail = measures_tab(qtbot, window, 0)
    key = area_measures(window, 0)[0]  # 1.1: 2021-02-01 to 2022-06-30

    def dates() -> tuple[date, date]:
        measure = read(window, lambda s: record(s, model.Measure, key))
        return measure.start_date, measure.deadline

    deadline = editor(detail, "deadline", DateEditor)
    type_text(qtbot, deadline, "2020-12-31")
    assert deadline.line.text() == "2020-12-31"
    assert beside(deadline) == REASONS[language]["order"]
    assert window.statusBar().currentMessage() == REASONS[language]["order"]
    assert dates() == (date(2021, 2, 1), date(2022, 6, 30))
    assert undo_count(window) == 0

    # Another edit reloads the form: what was typed is still there, and still marked.
    click_check(qtbot, editor(detail, "ongoing", BoolEditor).box)
    assert undo_count(window) == 1
    assert deadline.line.text() == "2020-12-31"
    assert beside(deadline) == REASONS[language]["order"]

    # Corrected, it is stored and the reason goes.
    type_text(qtbot, deadline, "2022-12-31")
    assert dates() == (date(2021, 2, 1), date(2022, 12, 31))
    assert beside(deadline) == ""
    assert deadline.line.text() == "2022-12-31"


def test_a_date_that_does_not_exist_stays_typed_with_the_reason_beside_it(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    _measures, detail = measures_tab(qtbot, window, 0)
    key = area_measures(window, 0)[0]
    start = editor(detail, "start_date", DateEditor)
    type_text(qtbot, start, "2025-13-40")
    assert start.line.text() == "2025-13-40"
    assert beside(start) == REASONS[language]["date"]
    type_text(qtbot, editor(detail, "title", LineEditor), "Ny titel")  # reloads the form
    assert start.line.text() == "2025-13-40"
    assert beside(start) == REASONS[language]["date"]
    assert read(window, lambda s: record(s, model.Measure, key).start_date) == date(2021, 2, 1)

    # Typing the stored date back is no edit, and the mark goes.
    type_text(qtbot, start, "2021-02-01")
    assert beside(start) == ""
    assert undo_count(window) == 1  # the title only


def test_what_another_record_shows_is_its_own(qtbot: QtBot, window: MainWindow) -> None:
    measures, detail = measures_tab(qtbot, window, 0)
    deadline = editor(detail, "deadline", DateEditor)
    type_text(qtbot, deadline, "2020-12-31")
    assert beside(deadline)
    second = area_measures(window, 0)[1]
    click_record(qtbot, measures, second)
    stored = read(window, lambda s: record(s, model.Measure, second).deadline)
    assert deadline.line.text() == (stored.isoformat() if stored else "")
    assert beside(deadline) == ""


def new_period_dialog(
    qtbot: QtBot, window: MainWindow, steps: Callable[[NewPeriodDialog], None]
) -> None:
    """Click New period… and run `steps` on the dialog while it is open."""
    failures: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, NewPeriodDialog)
            steps(dialog)
        except BaseException as error:
            failures.append(error)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    qtbot.mouseClick(window.new_period_button, LEFT)
    if failures:
        raise failures[0]


def enter(qtbot: QtBot, dialog: NewPeriodDialog, text: str) -> None:
    replace_text(qtbot, dialog.years, text)
    qtbot.keyClick(dialog.years, Qt.Key.Key_Return)


def test_a_new_period_that_ends_before_it_begins_stays_typed_with_the_reason(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    periods = [window.period_box.itemText(i) for i in range(window.period_box.count())]

    def steps(dialog: NewPeriodDialog) -> None:
        visible = lambda widget: widget.isVisible()  # noqa: E731
        for typed, reason in (
            ("2027-2026", "period"),
            ("tjugotjugosju", "years"),
            ("1800-1801", "range"),  # refused by the service: told in the window's language
        ):
            enter(qtbot, dialog, typed)
            assert dialog.isVisible()
            assert dialog.years.text() == typed
            assert visible(dialog.problem)
            assert dialog.problem.text() == REASONS[language][reason]
            shown = dialog.problem  # whole, not cut by the dialog's first size
            assert shown.height() >= shown.heightForWidth(shown.width())
        enter(qtbot, dialog, "2025–2026")
        qtbot.waitUntil(lambda: not visible(dialog))

    new_period_dialog(qtbot, window, steps)
    assert [window.period_box.itemText(i) for i in range(window.period_box.count())] == [
        *periods,
        "2025–2026",
    ]
    assert window.period_box.currentText() == "2025–2026"
    assert undo_count(window) == 1

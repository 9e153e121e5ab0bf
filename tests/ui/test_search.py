"""Search across the period from the keyboard: Ctrl+F from anywhere opens the search panel in
the window (no dialog), typing lists the hits with where they are, Enter on a hit opens its
record with the cursor in the field on the words found, Escape goes back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bfa_desktop import model
from bfa_desktop.services.search import Hit, collect, find
from bfa_desktop.ui import translations
from bfa_desktop.ui.editors import LineEditor
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.panels import DocumentPage
from bfa_desktop.ui.plan_view import PlanPanel
from bfa_desktop.ui.search_view import SearchPanel, SearchResults, searched_fields
from bfa_desktop.ui.workspace import Workspace
from tests.ui.driving import (
    click_record,
    editor,
    focus,
    open_page,
    plan_panel,
    type_text,
    write,
)
from tests.ui.test_window import area_measures, plan, read, record

CTRL = Qt.KeyboardModifier.ControlModifier


def open_search(qtbot: QtBot, window: MainWindow, words: str) -> SearchPanel:
    """Press Ctrl+F where the focus is, type the words; the panel once its hits are listed."""
    focused = QApplication.focusWidget() or window.tabs.tabBar()
    qtbot.keyClick(focused, Qt.Key.Key_F, CTRL)
    panel = window.findChild(SearchPanel, "search")
    assert panel is not None
    qtbot.waitUntil(panel.line.hasFocus)
    write(qtbot, panel.line, words)
    qtbot.waitUntil(lambda: panel.summary.text() != "")
    return panel


def hits(panel: SearchPanel) -> list[str]:
    return [panel.results.index(row, 0).data() for row in range(panel.results.rowCount())]


def test_ctrl_f_in_a_field_opens_the_search_in_the_window(qtbot: QtBot, window: MainWindow) -> None:
    panel = plan_panel(qtbot, window)
    click_record(qtbot, panel.editor, area_measures(window, 0)[0])
    title = editor(panel.measure, "title", LineEditor)
    focus(qtbot, title.line)
    search = open_search(qtbot, window, "nattvandring")
    assert isinstance(search, QDockWidget)
    assert search.parentWidget() is window  # docked in the window
    assert QApplication.activeModalWidget() is None  # no dialog
    assert search.isVisible()
    assert title.line.text() == read(window, lambda s: plan(s).measures[0].title)  # untouched
    # Escape closes it, the cursor back where it was.
    qtbot.keyClick(search.line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not search.isVisible())
    qtbot.waitUntil(title.line.hasFocus)


def test_hits_say_where_they_are_and_enter_opens_the_field_on_the_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    translations.install("en")  # the count of hits in its plural form
    m23 = area_measures(window, 1)[2]
    description = read(window, lambda s: record(s, model.Measure, m23).description)
    assert "lägesmöte" in description
    search = open_search(qtbot, window, "LÄGESMÖTE månad")
    listed = hits(search)
    assert listed
    assert len(listed) == 1
    assert search.summary.text() == "1 hit (Enter opens the field)"
    wanted = next(
        row
        for row, line in enumerate(listed)
        if line.startswith("Measure 2.3 – Description and steps: ")
    )
    assert "lägesmöte varje månad" in listed[wanted]
    # Down to the hit from the search field, and Enter.
    for _ in range(wanted):
        qtbot.keyClick(search.line, Qt.Key.Key_Down)
    assert search.list.currentIndex().row() == wanted
    qtbot.keyClick(search.line, Qt.Key.Key_Return)
    panel = window.pages["plan"].panel  # type: ignore[attr-defined]
    assert isinstance(panel, PlanPanel)
    assert window.tabs.currentWidget() is window.pages["plan"]
    assert panel.editor.current() == RecordRef(model.Measure, m23)
    field = panel.measure.form.editors["description"]
    qtbot.waitUntil(lambda: field.isVisible() and field.rich.editor.hasFocus())  # type: ignore[attr-defined]
    text = QApplication.focusWidget()
    assert isinstance(text, QTextEdit)
    assert text.textCursor().selectedText() == "lägesmöte"
    assert search.isVisible()  # the next hit is a key away


def test_a_hit_in_another_tab_and_in_the_municipalitys_lists(
    qtbot: QtBot, window: MainWindow
) -> None:
    search = open_search(qtbot, window, "Centrumföreningen")
    listed = hits(search)
    row = next(r for r, line in enumerate(listed) if line.startswith("Organisation “"))
    search.list.setCurrentIndex(search.results.index(row, 0))
    qtbot.keyClick(search.list, Qt.Key.Key_Return)
    municipality = window.pages["municipality"]
    assert window.tabs.currentWidget() is municipality
    name = QApplication.focusWidget()
    assert isinstance(name, QLineEdit)
    assert name.selectedText() == "Centrumföreningen"

    # A promise: the Citizen promises tab.
    search.line.setFocus()
    qtbot.keyClick(search.line, Qt.Key.Key_A, CTRL)
    write(qtbot, search.line, "patrullera mörby")
    qtbot.waitUntil(lambda: any(line.startswith("Promise 1 – ") for line in hits(search)))
    row = next(r for r, line in enumerate(hits(search)) if line.startswith("Promise 1 – "))
    search.list.setCurrentIndex(search.results.index(row, 0))
    qtbot.keyClick(search.list, Qt.Key.Key_Return)
    promises = open_page(qtbot, window, "promises")
    assert window.tabs.currentWidget() is promises
    assert isinstance(promises, DocumentPage)
    shown = QApplication.focusWidget()
    assert isinstance(shown, QLineEdit | QPlainTextEdit | QTextEdit)


def test_what_was_just_typed_is_found(qtbot: QtBot, window: MainWindow) -> None:
    search = open_search(qtbot, window, "nattugglor")
    assert search.summary.text() == "Nothing found."
    panel = plan_panel(qtbot, window)
    m11 = area_measures(window, 0)[0]
    click_record(qtbot, panel.editor, m11)
    type_text(qtbot, editor(panel.measure, "title", LineEditor), "Nattugglor i villaområdena")
    qtbot.waitUntil(lambda: hits(search) == ["Measure 1.1 – Title: Nattugglor i villaområdena"])
    assert read(window, lambda s: record(s, model.Measure, m11).title).startswith("Nattugglor")


def test_the_hits_model_keeps_the_model_contract(
    qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    results = SearchResults()
    qtmodeltester.check(results)
    municipality, period = workspace.read(
        lambda s: (s.query(model.Municipality).one().uuid, plan(s).period.uuid)
    )
    texts = workspace.read(lambda s: collect(s, municipality, period, searched_fields()))
    found, total = find(texts, "trygghet", 50)
    assert total >= len(found) > 10
    results.set_hits(found)
    assert results.rowCount() == len(found)
    assert isinstance(results.index(0, 0).data(Qt.ItemDataRole.UserRole), Hit)
    assert results.index(0, 0).data().endswith(found[0].snippet)
    results.set_hits([])
    assert results.rowCount() == 0


def test_a_problems_cause_is_not_taken_for_a_focus_areas(qtbot: QtBot, window: MainWindow) -> None:
    search = open_search(qtbot, window, "grannsamverkan saknas")
    assert sorted(line.split(" – ")[0] for line in hits(search)) == [
        "Cause 1.2",
        "Cause of prioritised problem 1.2",
    ]

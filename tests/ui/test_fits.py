"""Nothing the window shows is cut: the note of a missing document, list headings, the ring of
Å and the dots of Ä and Ö in tabs and two-line cells; years and counts read as words do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QTabBar, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.settings import UserSettings
from bfa_desktop.ui import translations
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.panels import DocumentPage, RecordPanel
from bfa_desktop.ui.plan_view import PlanEditor
from bfa_desktop.ui.readiness_view import ReadinessView
from bfa_desktop.ui.record_list import ListEditor
from bfa_desktop.ui.workspace import Workspace
from tests.ui.driving import (
    click_record,
    click_row,
    click_tab,
    open_list,
    open_page,
    pick,
    plan_panel,
    show,
)

LAPTOP = (1366, 768)


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, settings: UserSettings) -> MainWindow:
    """The window in Swedish (the longer words), as large as a laptop's screen."""
    translations.install("sv")
    shown = MainWindow(workspace, settings)
    shown.resize(*LAPTOP)
    show(qtbot, shown)
    return shown


# --- measuring ink -------------------------------------------------------------------------------


def ink_rows(image: QImage, area: QRect) -> list[int]:
    """The rows of `area` with dark pixels (text), relative to its top."""
    found = []
    for y in range(area.height()):
        for x in range(area.left(), area.right() + 1):
            if QColor(image.pixel(x, area.top() + y)).lightness() < 110:
                found.append(y)
                break
    return found


def text_ink_height(widget: QWidget, text: str) -> int:
    """How tall the letters of `text` are, drawn whole in the widget's font."""
    metrics = QFontMetrics(widget.font())
    image = QImage(
        metrics.horizontalAdvance(text) + 10, metrics.height() * 3, QImage.Format.Format_RGB32
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(widget.font())
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(5, metrics.height() * 2, text)
    painter.end()
    rows = ink_rows(image, image.rect())
    return rows[-1] - rows[0] + 1


def tab_ink_height(bar: QTabBar, index: int) -> int:
    image = bar.grab().toImage()
    rect = bar.tabRect(index).adjusted(4, 2, -4, -2)
    rows = ink_rows(image, rect)
    return rows[-1] - rows[0] + 1


# --- tabs and cells ------------------------------------------------------------------------------


def test_tabs_show_the_ring_of_a_and_the_dots_of_o_whole(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.tabs.tabBar()
    assert bar.tabText(0) == "Översikt"
    assert tab_ink_height(bar, 0) == text_ink_height(bar, "Översikt")
    panel = plan_panel(qtbot, window)
    click_record(qtbot, panel.editor, panel.editor.model.rows[1].key)  # a measure
    inner = panel.measure.tabs.tabBar()
    index = next(i for i in range(inner.count()) if inner.tabText(i) == "Åtgärd")
    assert tab_ink_height(inner, index) == text_ink_height(inner, "Åtgärd")


def test_a_two_line_cell_shows_its_first_line_whole(qtbot: QtBot, window: MainWindow) -> None:
    with window.workspace.database.session() as session:
        period = session.scalars(select(model.Municipality)).one().periods[-1]
        period.situation_picture.places[0].name = "Östra Ängby vid Åkersberga"
    situation = open_page(qtbot, window, "situation")
    assert isinstance(situation, DocumentPage)
    places, _place = open_list(qtbot, situation.panel, "places")
    row = 0
    view = places.view
    # The first column narrowed (as a user drags it) until its text takes two lines.
    view.horizontalHeader().resizeSection(0, 90)
    index = places.model.index(row, 0)
    text = index.data()
    metrics = view.fontMetrics()
    assert metrics.horizontalAdvance(text) > 90  # it wraps
    click_row(qtbot, view, 1)  # another row chosen: this one is drawn dark on light
    rect = view.visualRect(index).adjusted(1, 0, -1, 0)
    image = view.viewport().grab().toImage()
    rows = ink_rows(image, rect)
    assert rows[-1] - rows[0] + 1 > 1.5 * metrics.lineSpacing()  # two lines of text
    # Neither line touches the cell's edges, where the rest would be cut.
    assert rows[0] > 0
    assert rows[-1] < rect.height() - 1


# --- lists and notes -----------------------------------------------------------------------------


def fits(editor: ListEditor | PlanEditor) -> list[str]:
    """What is cut in the list's headings: every heading whole, and all within the list."""
    header = editor.view.horizontalHeader()
    cut = [
        str(editor.model.headerData(c, Qt.Orientation.Horizontal))
        for c in range(header.count())
        if header.sectionSize(c) < header.sectionSizeHint(c)
    ]
    if header.length() > editor.view.viewport().width():
        cut.append("(wider than the list)")
    return cut


def every_list(panel: RecordPanel) -> list[tuple[RecordPanel, ListEditor, RecordPanel]]:
    found = []
    for editor, detail in panel.lists:
        found.append((panel, editor, detail))
        found.extend(every_list(detail))
    return found


@pytest.mark.parametrize("name", ["situation", "promises", "evaluation", "report"])
def test_list_headings_are_whole_and_fit_the_list(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    page = open_page(qtbot, window, name)
    assert isinstance(page, DocumentPage)
    seen = 0
    for owner, editor, _detail in every_list(page.panel):
        if owner is not page.panel:
            continue  # the nested ones: see test_nested_list_headings_are_whole
        open_list(qtbot, page.panel, editor.model.relation)
        assert fits(editor) == [], editor.model.relation
        seen += 1
    assert seen


def test_the_plans_table_and_its_lists_have_whole_headings(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = plan_panel(qtbot, window)
    plan = panel.editor
    assert fits(plan) == []
    click_record(qtbot, plan, plan.model.rows[0].key)  # a focus area: its causes and goals
    for relation in ("causes", "goals"):
        listed, _detail = open_list(qtbot, panel.area, relation)
        assert fits(listed) == [], relation
    click_record(qtbot, plan, plan.model.rows[1].key)  # a measure: its follow-ups
    follow_ups, _follow_up = open_list(qtbot, panel.measure, "follow_ups")
    assert fits(follow_ups) == []


def test_years_are_written_without_a_space(qtbot: QtBot, window: MainWindow) -> None:
    situation = open_page(qtbot, window, "situation")
    assert isinstance(situation, DocumentPage)
    _statistics, series = open_list(qtbot, situation.panel, "statistics")
    values, _value = open_list(qtbot, series, "values")
    years = [row.texts[0] for row in values.model.rows]
    assert years
    assert all(year.isdigit() and len(year) == 4 for year in years), years


def test_the_note_of_a_missing_document_is_whole(qtbot: QtBot, window: MainWindow) -> None:
    pick(qtbot, window.period_box, window.period_box.findText("2019–2020"))
    for name in ("situation", "promises", "evaluation", "report"):
        page = open_page(qtbot, window, name)
        assert isinstance(page, DocumentPage)
        note = page.empty_text
        assert note.isVisible()
        room = note.contentsRect()
        needed = note.fontMetrics().boundingRect(
            QRect(0, 0, room.width(), 10_000),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap),
            note.text(),
        )
        assert needed.height() <= room.height(), name
        assert needed.width() <= room.width(), name


# --- counted texts -------------------------------------------------------------------------------


def keep_promises(session: Session, count: int) -> None:
    period = session.scalars(select(model.Municipality)).one().periods[-1]
    del period.citizen_promises.promises[count:]


@pytest.mark.parametrize(
    "case",
    [
        ("sv", 1, "Det finns 1 löfte; två till fem är det vanliga."),
        ("en", 1, "There is 1 promise; two to five is usual."),
        ("sv", 0, "Det finns 0 löften; två till fem är det vanliga."),
        ("en", 0, "There are 0 promises; two to five is usual."),
    ],
)
def test_the_count_of_promises_has_its_plural_form(
    qtbot: QtBot, workspace: Workspace, settings: UserSettings, case: tuple[str, int, str]
) -> None:
    language, count, expected = case
    with workspace.database.session() as session:
        keep_promises(session, count)
    translations.install(language)
    window = MainWindow(workspace, settings)
    show(qtbot, window)
    readiness = window.findChild(ReadinessView)
    assert readiness is not None
    overview = window.pages["overview"]
    click_tab(qtbot, window.tabs, window.tabs.indexOf(overview))
    qtbot.waitUntil(lambda: not readiness.checking)  # checked once the window is painted
    texts = [readiness.list.item(i).text() for i in range(readiness.list.count())]
    assert expected in texts

"""The window and the law: the plan's tab is named after the period's legal basis, which follows
the period's dates; the deciding body is chosen per period; the readiness list names missing
contact details, logo and committee name, and Enter on one opens its field."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QListWidget, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.enums import DecidingBody, LegalBasis
from bfa_desktop.ui.editors import ChoiceEditor, DateEditor, LineEditor
from bfa_desktop.ui.labels import code_label
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.readiness_view import MESSAGES
from bfa_desktop.ui.tabs import TAB_NAMES
from tests.ui.driving import choose, click_tab, editor, focus, open_page, type_text

T = TypeVar("T")
PLAN_TAB = TAB_NAMES.index("plan")


def read(window: MainWindow, query: Callable[[Session], T]) -> T:
    assert window.workspace is not None
    return window.workspace.read(query)


def current_period(session: Session) -> model.Period:
    return session.scalars(select(model.Municipality)).one().periods[-1]


def open_period_form(qtbot: QtBot, window: MainWindow) -> None:
    overview = open_page(qtbot, window, "overview")
    assert isinstance(overview, QTabWidget)
    click_tab(qtbot, overview, overview.indexOf(window.content.period_page))


def readiness_list(qtbot: QtBot, window: MainWindow) -> QListWidget:
    overview = open_page(qtbot, window, "overview")
    assert isinstance(overview, QTabWidget)
    click_tab(qtbot, overview, overview.indexOf(window.content.readiness))
    qtbot.waitUntil(lambda: not window.content.readiness.checking)  # checked once painted
    return window.content.readiness.list


def lines(shown: QListWidget) -> list[str]:
    return [shown.item(row).text() for row in range(shown.count())]


def press_enter_on(qtbot: QtBot, shown: QListWidget, text: str) -> None:
    row = lines(shown).index(text)
    focus(qtbot, shown)
    shown.setCurrentRow(row)
    qtbot.keyClick(shown, Qt.Key.Key_Return)


def test_the_plan_tab_and_the_legal_basis_follow_the_end_of_the_period(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The seed's 2021–2022 is a voluntary Handlingsplan; moved to end in 2024 it runs under
    the law, whatever its start, and the plan is an åtgärdsplan; undo brings it back."""
    assert window.tabs.tabText(PLAN_TAB) == "Action plan"
    open_period_form(qtbot, window)
    panel = window.content.period_panel
    basis = panel.form.findChild(QLabel, "legal_basis")
    assert basis is not None  # shown, not edited: it follows the dates
    assert "legal_basis" not in panel.form.editors
    assert basis.text() == code_label(LegalBasis.FRIVILLIG)

    type_text(qtbot, editor(panel, "end_date", DateEditor), "2024-06-30")

    assert read(window, lambda s: current_period(s).legal_basis) == LegalBasis.LAG_2023_196
    assert window.tabs.tabText(PLAN_TAB) == "Statutory action plan"
    qtbot.waitUntil(lambda: basis.text() == code_label(LegalBasis.LAG_2023_196))

    focus(qtbot, window.tabs.tabBar())
    QTest.keySequence(window.tabs.tabBar(), QKeySequence(QKeySequence.StandardKey.Undo))
    assert read(window, lambda s: current_period(s).legal_basis) == LegalBasis.FRIVILLIG
    assert window.tabs.tabText(PLAN_TAB) == "Action plan"


def test_a_committee_that_decides_is_named_from_the_readiness_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_period_form(qtbot, window)
    panel = window.content.period_panel
    body = editor(panel, "deciding_body", ChoiceEditor)
    assert body.combo.currentData() == DecidingBody.KOMMUNSTYRELSEN
    choose(qtbot, body, DecidingBody.NAMND)
    assert read(window, lambda s: current_period(s).deciding_body) == DecidingBody.NAMND

    shown = readiness_list(qtbot, window)
    missing = MESSAGES["namnd-without-name"]
    assert missing in lines(shown)
    press_enter_on(qtbot, shown, missing)
    name = editor(panel, "deciding_body_name", LineEditor)
    qtbot.waitUntil(name.line.hasFocus)
    type_text(qtbot, name, "Trygghetsnämnden")

    assert read(window, lambda s: current_period(s).decided_by) == "Trygghetsnämnden"
    assert missing not in lines(readiness_list(qtbot, window))


def test_a_missing_contact_detail_is_listed_and_enter_opens_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    shown = readiness_list(qtbot, window)
    # The demo has every contact detail but no logo (the template's is a placeholder).
    assert MESSAGES["municipality-without-logo"] in lines(shown)
    assert not [line for line in lines(shown) if "footer" in line]

    open_page(qtbot, window, "municipality")
    phone = editor(window.content.municipality_panel, "phone", LineEditor)
    type_text(qtbot, phone, "")
    shown = readiness_list(qtbot, window)
    missing = MESSAGES["municipality-without-phone"]
    assert missing in lines(shown)

    press_enter_on(qtbot, shown, missing)
    assert window.tabs.currentWidget() is window.pages["municipality"]
    qtbot.waitUntil(phone.line.hasFocus)

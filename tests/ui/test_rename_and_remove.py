"""Edits whose reach the user must see: renaming the municipality renames the party the
documents name, and removing a record says what went with it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.enums import OrganisationKind
from bfa_desktop.settings import UserSettings
from bfa_desktop.ui import translations
from bfa_desktop.ui.editors import LineEditor
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.panels import DocumentPage
from bfa_desktop.ui.workspace import Workspace
from tests.ui.driving import (
    click_record,
    click_row,
    open_details,
    open_list,
    open_page,
    plan_panel,
    shortcut,
    show,
    type_text,
)
from tests.ui.test_window import UNDO, press, read, undo_count

UNDO_KEY = "Ctrl+Z"


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, settings: UserSettings) -> MainWindow:
    """The window in English, as the program shows it (counted texts need the translation
    for their plural forms)."""
    translations.install("en")
    shown = MainWindow(workspace, settings)
    show(qtbot, shown)
    return shown


def names(session: Session) -> tuple[str, list[str]]:
    municipality = session.scalars(select(model.Municipality)).one()
    own = [o.name for o in municipality.organisations if o.kind is OrganisationKind.KOMMUN]
    return municipality.name, own


def test_renaming_the_municipality_renames_its_own_organisation_in_one_undo_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert read(window, names) == ("Danderyds kommun", ["Danderyds kommun"])
    open_page(qtbot, window, "municipality")
    name = window.content.municipality_panel.form.editors["name"]
    assert isinstance(name, LineEditor)
    type_text(qtbot, name, "Djursholms kommun")
    assert read(window, names) == ("Djursholms kommun", ["Djursholms kommun"])
    assert undo_count(window) == 1
    assert window.municipality_box.currentText() == "Djursholms kommun"
    # The organisations list beside shows the new name too.
    organisations, _detail = open_list(qtbot, window.content.municipality_panel, "organisations")
    assert "Djursholms kommun" in [row.texts[0] for row in organisations.model.rows]

    press(qtbot, window, UNDO)
    assert read(window, names) == ("Danderyds kommun", ["Danderyds kommun"])
    assert window.municipality_box.currentText() == "Danderyds kommun"
    open_details(qtbot, window.content.municipality_panel)
    assert name.line.text() == "Danderyds kommun"


def plan_areas(session: Session) -> list[tuple[str, int, int, int]]:
    period = session.scalars(select(model.Municipality)).one().periods[-1]
    return [
        (area.uuid, len(area.measures), len(area.causes), len(area.goals))
        for area in period.action_plan.focus_areas
    ]


def test_removing_a_focus_area_says_what_went_with_it_and_undo_clears_the_message(
    qtbot: QtBot, window: MainWindow
) -> None:
    areas = plan_panel(qtbot, window).editor
    before = read(window, plan_areas)
    key, measures, causes, goals = before[5]
    assert (measures, goals) == (4, 1)  # focus area 6: "1 effect goal", not "1 effect goals"
    click_record(qtbot, areas, key)
    shortcut(qtbot, areas.view, "Ctrl+Shift+Del")
    qtbot.waitUntil(lambda: len(read(window, plan_areas)) == 5)
    assert window.statusBar().currentMessage() == (
        f"Removed focus area 6 with 4 measures, {causes} causes and 1 effect goal"
        " – Ctrl+Z brings it back."
    )
    assert QApplication.activeModalWidget() is None  # nothing asked: it can be undone

    shortcut(qtbot, areas.view, UNDO_KEY)
    assert read(window, plan_areas) == before
    assert window.statusBar().currentMessage() == ""


def test_removing_a_record_that_owns_nothing_names_it(qtbot: QtBot, window: MainWindow) -> None:
    shown = open_page(qtbot, window, "situation")
    assert isinstance(shown, DocumentPage)
    places, _detail = open_list(qtbot, shown.panel, "places")
    name = places.model.rows[0].texts[0]
    click_row(qtbot, places.view, 0)
    shortcut(qtbot, places.view, "Ctrl+Shift+Del")
    qtbot.waitUntil(lambda: name not in [row.texts[0] for row in places.model.rows])
    assert window.statusBar().currentMessage() == (
        f"Removed place “{name}” – Ctrl+Z brings it back."
    )


def test_the_removal_is_told_in_swedish_with_its_plural_forms(
    qtbot: QtBot, workspace: Workspace, settings: UserSettings
) -> None:
    translations.install("sv")
    window = MainWindow(workspace, settings)
    show(qtbot, window)
    areas = plan_panel(qtbot, window).editor
    key, _measures, causes, _goals = read(window, plan_areas)[5]
    click_record(qtbot, areas, key)
    shortcut(qtbot, areas.view, "Ctrl+Shift+Del")
    qtbot.waitUntil(lambda: len(read(window, plan_areas)) == 5)
    assert window.statusBar().currentMessage() == (
        f"Tog bort fokusområde 6 med 4 åtgärder, {causes} orsaker och 1 effektmål – Ctrl+Z ångrar."
    )

"""Edits whose reach the user must see: renaming the municipality renames the party the
documents name, and removing a record says what went with it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.enums import OrganisationKind
from bfa_desktop.ui.editors import LineEditor
from bfa_desktop.ui.main_window import MainWindow
from tests.ui.driving import open_details, open_list, open_page, type_text
from tests.ui.test_window import UNDO, press, read, undo_count


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

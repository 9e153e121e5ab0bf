"""A full disk while typing: the edit is refused with a message, what was saved stays, and what
the user typed stays in its field, ready to be saved again once there is room."""

from __future__ import annotations

import sqlite3
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from bfa_desktop import model
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.workspace import Workspace


def fill_the_disk(workspace: Workspace) -> None:
    """No page more for the database (SQLite's own limit: a real SQLITE_FULL)."""
    with workspace.database.sessions() as session:
        (pages,) = session.connection().exec_driver_sql("PRAGMA page_count").one()

    def no_more_pages(connection: sqlite3.Connection, _record: Any) -> None:
        connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(workspace.database.engine, "connect", no_more_pages)
    workspace.database.engine.dispose()


def stored_note(workspace: Workspace) -> str | None:
    return workspace.read(lambda session: session.query(model.Municipality.note).scalar())


def test_typing_on_a_full_disk_is_refused_and_the_typed_text_stays_in_its_field(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    before = stored_note(workspace)
    fill_the_disk(workspace)
    window.tabs.setCurrentWidget(window.pages["municipality"])
    editor = window.content.municipality_panel.form.editors["note"]  # type: ignore[union-attr]
    assert editor.isVisible()
    typed = "Anteckning om samverkan. " * 4000  # needs pages there is no room for

    editor.text.setPlainText(typed)  # as typing does
    editor.flush()  # the typing pause has passed

    assert "is full" in window.statusBar().currentMessage()
    assert "is full" in editor.problem.text()  # beside the field too
    assert stored_note(workspace) == before
    assert editor.text.toPlainText() == typed
    window.content.municipality_panel.form.reload()  # as any other edit makes it
    assert editor.text.toPlainText() == typed
    assert workspace.undo_stack.count() == 0

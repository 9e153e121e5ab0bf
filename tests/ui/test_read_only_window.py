"""A database that cannot be written, at the start of the window: the user may open it
read-only or quit. Read-only, the title says so, edits are refused in the status bar, nothing
that would create records can be used, the export works, and the file stays as it was.

That the database cannot be written is injected here (opening it for work raises the
ReadOnlyDatabaseError that read-only media give, with its message): that real read-only media
give it is proven in tests/storage/test_read_only.py. Opening it read-only is the real thing."""

from __future__ import annotations

import shutil
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bfa_desktop.crash import NO_DIALOGS_ENV
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.services.export import ExportFormat, export_period
from bfa_desktop.services.lookup import find_municipality, find_period
from bfa_desktop.settings import UserSettings
from bfa_desktop.storage import database as storage
from bfa_desktop.storage.database import Database
from bfa_desktop.storage.errors import unwritable
from bfa_desktop.ui.application import EXIT_DATABASE
from bfa_desktop.ui.main_window import MainWindow
from tests.storage.test_unusable_database import snapshot
from tests.ui.driving import run_window_with


@pytest.fixture(autouse=True)
def _hooks_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_window installs the crash handler process-wide; the hooks come back after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


@pytest.fixture
def unwritable_demo(
    database_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch
) -> list[bool]:
    """The demo, which cannot be opened for work; the read_only flag of every opening."""
    database_path.parent.mkdir(parents=True)
    shutil.copyfile(demo_template, database_path)
    real_open = storage.open_database
    openings: list[bool] = []

    def open_database(path: Path, *, read_only: bool = False) -> Database:
        openings.append(read_only)
        if not read_only:
            raise unwritable(path, opening=True)
        return real_open(path, read_only=True)

    monkeypatch.setattr(storage, "open_database", open_database)
    return openings


def answer(button: str) -> list[str]:
    """Click `button` (the English source of its text, translated when the box is shown, in
    the language the program has installed by then) of the message box; what the box said."""
    said: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        said.append(box.text())
        said.extend(b.text() for b in box.buttons())
        wanted = [b for b in box.buttons() if b.text() == translated(button)]
        if wanted:
            wanted[0].click()
        else:  # not the box expected: closed, and the test fails on what it said
            box.done(0)

    QTimer.singleShot(20, click)
    return said


def translated(text: str, context: str = "Application") -> str:
    return QCoreApplication.translate(context, text)


def test_opened_read_only_the_window_says_so_refuses_edits_and_exports(
    qtbot: QtBot,
    database_path: Path,
    tmp_path: Path,
    unwritable_demo: list[bool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(NO_DIALOGS_ENV)
    before = snapshot(database_path)[database_path.name]
    said = answer("Open read-only")
    out = tmp_path / "export"
    out.mkdir()
    seen: dict[str, object] = {}

    def work(window: MainWindow) -> None:
        seen["title"] = window.windowTitle()
        seen["creating"] = [
            window.actions_by_name[name].isEnabled()
            for name in ("new_municipality", "new_period", "demo")
        ] + [window.new_period_button.isEnabled()]
        seen["export action"] = window.actions_by_name["export"].isEnabled()
        editor = window.content.municipality_panel.form.editors["short_name"]  # type: ignore[union-attr]
        editor.line.setText("Danderyd (ändrad)")
        editor.line.textEdited.emit("Danderyd (ändrad)")
        editor.flush()
        seen["status"] = window.statusBar().currentMessage()
        seen["undo steps"] = window.workspace.undo_stack.count()  # type: ignore[union-attr]
        with window.workspace.database.sessions() as session:  # type: ignore[union-attr]
            period = find_period(find_municipality(session, None), None)
            seen["exported"] = export_period(
                period, out, documents=[DocumentKind.HANDLINGSPLAN], formats=[ExportFormat.DOCX]
            ).files

    assert run_window_with(database_path, UserSettings(tmp_path / "s.json"), work) == 0
    assert unwritable_demo == [False, True]
    assert said[1:] == [translated("Open read-only"), translated("Quit")]
    assert "Kopiera den till en mapp där du kan skriva" in said[0]
    assert seen["title"] == (
        f"Danderyds kommun – 2021–2022 – BFA Desktop {translated('(read-only)', 'MainWindow')}"
    )
    assert seen["creating"] == [False, False, False, False]
    assert seen["export action"] is True
    assert "öppnad skrivskyddad, så ändringen sparades inte" in str(seen["status"])
    assert seen["undo steps"] == 0
    assert [p.name for p in seen["exported"]] == [p.name for p in out.iterdir()]  # type: ignore[attr-defined]
    assert len(list(out.iterdir())) == 1
    assert snapshot(database_path)[database_path.name] == before


def test_choosing_to_quit_ends_with_3_and_leaves_the_database_alone(
    qtbot: QtBot,
    database_path: Path,
    tmp_path: Path,
    unwritable_demo: list[bool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(NO_DIALOGS_ENV)
    before = snapshot(database_path)
    said = answer("Quit")
    # The window never shows the database, so the step would run only after a failure.
    started = run_window_with(database_path, UserSettings(tmp_path / "s.json"), after_ms=5_000)
    assert started == EXIT_DATABASE
    assert said[1:] == [translated("Open read-only"), translated("Quit")]
    assert unwritable_demo == [False]
    assert snapshot(database_path) == before


def test_with_no_one_to_ask_it_ends_with_3_and_says_why(
    qtbot: QtBot,
    database_path: Path,
    tmp_path: Path,
    unwritable_demo: list[bool],
    capfd: pytest.CaptureFixture[str],
) -> None:
    # The window never shows the database, so the step would run only after a failure.
    started = run_window_with(database_path, UserSettings(tmp_path / "s.json"), after_ms=5_000)
    assert started == EXIT_DATABASE
    assert unwritable_demo == [False]
    assert "öppna den skrivskyddad" in capfd.readouterr().err

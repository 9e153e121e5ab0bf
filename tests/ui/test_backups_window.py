"""Backups in the window: the list, taking one, restoring one as an undoable step, and the day's
backup while the window is open."""

from __future__ import annotations

import shutil
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bfa_desktop import model
from bfa_desktop.crash import NO_DIALOGS_ENV
from bfa_desktop.settings import UserSettings
from bfa_desktop.storage import backup as backups
from bfa_desktop.storage.backup import backup_database, list_backups
from bfa_desktop.ui.application import EXIT_DATABASE
from bfa_desktop.ui.backup_dialog import BackupDialog
from bfa_desktop.ui.backups import DailyBackups
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.workspace import Workspace
from tests.helpers import database_fingerprint
from tests.ui.test_application import run_window_with


def municipality_name(workspace: Workspace) -> str:
    return workspace.read(lambda session: session.query(model.Municipality.name).scalar())


def rename(workspace: Workspace, name: str) -> None:
    with workspace.database.session() as session:
        session.query(model.Municipality).one().name = name
    workspace.changed.emit(None)


def test_the_dialog_lists_the_backups_newest_first_with_why(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    backup_database(workspace.database.path, backups.BEFORE_IMPORT)
    backup_database(workspace.database.path, backups.MANUAL)

    dialog = BackupDialog(workspace, window)
    qtbot.addWidget(dialog)

    rows = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert rows == ["Taken on request", "Before an import"]
    assert dialog.selected() == list_backups(workspace.database.path)[0]
    assert dialog.restore_button.isEnabled()


def test_with_no_backups_the_dialog_says_so_and_offers_no_restore(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    dialog = BackupDialog(workspace, window)
    qtbot.addWidget(dialog)

    assert dialog.table.rowCount() == 0
    assert "no backups" in dialog.message.text()
    assert not dialog.restore_button.isEnabled()


def test_back_up_now_adds_one_to_the_list(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    dialog = BackupDialog(workspace, window)
    qtbot.addWidget(dialog)

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)

    assert dialog.table.rowCount() == 1
    assert [b.kind for b in list_backups(workspace.database.path)] == [backups.MANUAL]


def test_a_restore_brings_the_backup_back_and_undo_and_redo_move_between_the_two(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    backup_database(workspace.database.path, backups.MANUAL)
    backed_up = database_fingerprint(workspace.database.engine)
    rename(workspace, "Efteråt kommun")
    changed = database_fingerprint(workspace.database.engine)
    assert window.windowTitle().startswith("Efteråt kommun")
    dialog = BackupDialog(workspace, window)
    qtbot.addWidget(dialog)

    dialog.restore_selected()

    assert database_fingerprint(workspace.database.engine) == backed_up
    assert window.windowTitle().startswith("Danderyds kommun")  # the window shows it at once
    assert dialog.result() == BackupDialog.DialogCode.Accepted
    undo = window.actions_by_name["undo"]
    assert undo.isEnabled()
    assert "restore" in undo.text()

    undo.trigger()
    assert database_fingerprint(workspace.database.engine) == changed
    assert window.windowTitle().startswith("Efteråt kommun")

    window.actions_by_name["redo"].trigger()
    assert database_fingerprint(workspace.database.engine) == backed_up


def test_a_backup_that_cannot_be_restored_is_reported_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    taken = backup_database(workspace.database.path, backups.MANUAL)
    taken.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4096)
    before = database_fingerprint(workspace.database.engine)
    dialog = BackupDialog(workspace, window)
    qtbot.addWidget(dialog)

    dialog.restore_selected()

    assert database_fingerprint(workspace.database.engine) == before
    assert dialog.result() != BackupDialog.DialogCode.Accepted
    assert str(taken.path) in window.statusBar().currentMessage()
    assert not workspace.undo_stack.canUndo()


def test_the_days_backup_is_taken_once_while_the_window_is_open(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    daily = DailyBackups(workspace)
    with qtbot.waitSignal(daily.finished):
        pass  # taken once the event loop runs, on a thread of its own
    assert [b.kind for b in list_backups(workspace.database.path)] == [backups.DAILY]
    with qtbot.waitSignal(daily.finished):
        daily.take_if_due()
    assert [b.kind for b in list_backups(workspace.database.path)] == [backups.DAILY]

    tomorrow = date.today() + timedelta(days=1)
    monkeypatch.setattr(
        "bfa_desktop.ui.backups.backup_if_due",
        lambda path: backups.backup_if_due(path, today=tomorrow),
    )
    with qtbot.waitSignal(daily.finished):
        daily.take_if_due()  # the window was left open overnight
    assert len(list_backups(workspace.database.path)) == 2


def test_a_days_backup_that_fails_is_reported_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("bfa_desktop.ui.backups.backup_if_due", full)
    daily = DailyBackups(workspace, window)
    with qtbot.waitSignal(daily.failed):
        pass

    qtbot.waitUntil(lambda: "No space left on device" in window.statusBar().currentMessage())


def test_edits_go_on_while_the_days_backup_is_written(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release = threading.Event(), threading.Event()

    def slow(path: Path) -> None:
        started.set()
        release.wait(10)
        backups.backup_if_due(path)

    monkeypatch.setattr("bfa_desktop.ui.backups.backup_if_due", slow)
    daily = DailyBackups(workspace)
    qtbot.waitUntil(started.is_set)

    rename(workspace, "Under säkerhetskopieringen")  # the window is not blocked meanwhile

    with qtbot.waitSignal(daily.finished):
        release.set()
    assert municipality_name(workspace) == "Under säkerhetskopieringen"
    assert len(list_backups(workspace.database.path)) == 1


def test_the_window_opens_the_backups_from_its_menu_and_takes_the_days_backup(
    qtbot: QtBot, database_path: Path, demo_template: Path, tmp_path: Path
) -> None:
    database_path.parent.mkdir(parents=True)
    shutil.copyfile(demo_template, database_path)
    seen: list[int] = []

    def look_at_the_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BackupDialog))
        seen.append(dialog.table.rowCount())
        dialog.reject()

    def open_backups(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: bool(list_backups(database_path)))
        QTimer.singleShot(300, look_at_the_dialog)
        window.actions_by_name["backups"].trigger()  # modal: returns when the dialog closes

    assert run_window_with(database_path, UserSettings(tmp_path / "s.json"), open_backups) == 0
    assert seen == [1]
    assert [b.kind for b in list_backups(database_path)] == [backups.DAILY]


def damage(path: Path) -> bytes:
    """Overwrite pages in the middle of the file, as a failing disk does."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 3 * 4096] = b"\xa5" * 3 * 4096
    path.write_bytes(bytes(data))
    return bytes(data)


def answer_message_box(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    """Click `button_text` in the message box the program shows, once it is shown."""

    def click() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        shown = [box for box in boxes if box.isVisible()]
        if not shown:
            QTimer.singleShot(50, click)
            return
        box = shown[0]
        seen.append(f"{box.text()}\n{box.informativeText()}")
        wanted = QCoreApplication.translate("Backups", button_text)  # in the program's language
        button = next(b for b in box.buttons() if b.text() == wanted)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, click)


@pytest.fixture
def damaged_with_backup(
    database_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, bytes]:
    database_path.parent.mkdir(parents=True)
    shutil.copyfile(demo_template, database_path)
    backup_database(database_path, backups.DAILY)
    monkeypatch.delenv(NO_DIALOGS_ENV)  # the program asks the user here
    return database_path, damage(database_path)


def test_a_damaged_database_at_start_is_restored_from_the_newest_backup_if_the_user_says_so(
    qtbot: QtBot, damaged_with_backup: tuple[Path, bytes], tmp_path: Path
) -> None:
    database_path, damaged = damaged_with_backup
    seen: list[str] = []
    titles: list[str] = []
    answer_message_box(qtbot, "Restore the backup", seen)

    started = run_window_with(
        database_path,
        UserSettings(tmp_path / "s.json"),
        lambda window: titles.append(window.windowTitle()),
    )

    assert started == 0
    assert "skadad" in seen[0]
    assert "senaste hela säkerhetskopian" in seen[0]  # Swedish, the program's default
    assert titles == ["Danderyds kommun – 2021–2022 – BFA Desktop"]
    kept = [b for b in list_backups(database_path) if b.kind == backups.BEFORE_RESTORE]
    assert [b.path.read_bytes() for b in kept] == [damaged]  # the damaged file is not lost


def test_a_damaged_database_is_left_as_it_is_if_the_user_quits(
    qtbot: QtBot, damaged_with_backup: tuple[Path, bytes], tmp_path: Path
) -> None:
    database_path, damaged = damaged_with_backup
    seen: list[str] = []
    answer_message_box(qtbot, "Quit", seen)

    started = run_window_with(database_path, UserSettings(tmp_path / "s.json"), guard_ms=10_000)

    assert started == EXIT_DATABASE
    assert database_path.read_bytes() == damaged
    assert [b.kind for b in list_backups(database_path)] == [backups.DAILY]


def test_the_days_backup_may_lose_its_last_reference_on_its_own_thread(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The thread's end drops the last Python reference: the object (and its timer) must not
    be deleted there – a Qt warning would say so, and fail the test."""
    started, release = threading.Event(), threading.Event()

    def slow(_path: Path) -> None:
        started.set()
        release.wait(10)

    monkeypatch.setattr("bfa_desktop.ui.backups.backup_if_due", slow)
    daily = DailyBackups(workspace)
    qtbot.waitUntil(started.is_set)
    thread = daily._running
    assert thread is not None
    del daily  # let go here first …
    release.set()
    thread.join(10)  # … so the thread's end lets go last
    qtbot.wait(50)
    assert not thread.is_alive()

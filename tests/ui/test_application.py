"""Starting the window: a normal start and end, one instance per database, a file that is no
database, the export dialog from the window, and the crash handler."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from bfa_desktop import cli
from bfa_desktop.crash import NO_DIALOGS_ENV, CrashHandler, crash_folder
from bfa_desktop.services.workspaces import create_municipality, create_period
from bfa_desktop.settings import LAST_MUNICIPALITY, LAST_PERIOD, UserSettings
from bfa_desktop.storage.database import Database
from bfa_desktop.ui.application import EXIT_ALREADY_OPEN, EXIT_DATABASE
from bfa_desktop.ui.export_dialog import ExportDialog
from bfa_desktop.ui.main_window import MainWindow
from tests.ui.driving import run_program_with, run_window_with


@pytest.fixture(autouse=True)
def _hooks_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_window installs the crash handler process-wide; the hooks come back after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


def no_crash_logs() -> bool:
    folder = crash_folder()
    return not folder.exists() or not any(folder.iterdir())


def database_files(path: Path) -> dict[str, bytes]:
    """The database and whatever SQLite keeps beside it, by name."""
    return {
        sibling.name: sibling.read_bytes()
        for sibling in path.parent.iterdir()
        if sibling.name.startswith(path.name)
    }


def test_the_window_starts_on_the_demo_and_ends_with_0(
    qtbot: QtBot, database_path: Path, demo_template: Path, tmp_path: Path
) -> None:
    database_path.parent.mkdir(parents=True)
    shutil.copyfile(demo_template, database_path)
    settings = UserSettings(tmp_path / "settings.json")
    seen: list[str] = []

    def look(window: MainWindow) -> None:
        seen.append(window.windowTitle())
        assert window.isActiveWindow() or window.isVisible()

    assert run_window_with(database_path, settings, look) == 0
    assert seen == ["Danderyds kommun – 2021–2022 – BFA Desktop"]
    assert settings.get(LAST_PERIOD)  # the session is remembered
    assert not Path(str(database_path) + ".lock").exists()  # the lock is released
    assert no_crash_logs()


def test_the_window_is_painted_before_the_database_is_opened(
    qtbot: QtBot,
    database_path: Path,
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The frame comes first (a start that feels quick); the data layer loads after its first
    paint, and until then nothing that needs the database can be used."""
    database_path.parent.mkdir(parents=True)
    shutil.copyfile(demo_template, database_path)
    from bfa_desktop.storage import database as storage

    real_open = storage.open_database
    at_open: list[dict[str, object]] = []

    def watched_open(path: Path) -> object:
        shown = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        window = shown[0]
        at_open.append(
            {
                "shown": len(shown),
                "attached": window.content is not None,
                "waiting": [window.tabs.tabText(i) for i in range(window.tabs.count())],
                "export": window.actions_by_name["export"].isEnabled(),
                "chooser": window.municipality_box.isEnabled(),
                "note": window.tabs.widget(0).findChild(QLabel).text(),
            }
        )
        return real_open(path)

    monkeypatch.setattr(storage, "open_database", watched_open)
    after: list[bool] = []

    def look(window: MainWindow) -> None:
        after.append(window.actions_by_name["export"].isEnabled())

    assert run_window_with(database_path, UserSettings(tmp_path / "s.json"), look) == 0
    assert at_open == [
        {
            "shown": 1,
            "attached": False,
            "waiting": [
                "Översikt",
                "Lägesbild",
                "Handlingsplan",
                "Medborgarlöften",
                "Utvärdering",
                "Tjänsteutlåtande",
                "Kommunen",
            ],
            "export": False,
            "chooser": False,
            "note": "Öppnar databasen…",
        }
    ]
    assert after == [True]


def test_starting_the_window_does_not_load_the_data_layer_before_the_first_paint() -> None:
    """What run_window imports before the frame is shown: no SQLAlchemy, no model."""
    program = (
        "import sys\n"
        "from bfa_desktop.ui.application import run_window\n"
        "from bfa_desktop.ui.main_window import MainWindow\n"
        "from bfa_desktop.settings import UserSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "window = MainWindow(None, UserSettings(__import__('pathlib').Path(sys.argv[1])))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'sqlalchemy'"
        " or name.startswith(('bfa_desktop.model', 'bfa_desktop.services'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program, str(Path(tempfile.mkdtemp()) / "s.json")],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "[]"


def test_an_empty_database_starts_without_asking_when_dialogs_are_off(
    qtbot: QtBot, database_path: Path, tmp_path: Path
) -> None:
    seen: list[tuple[int, bool]] = []

    def look(window: MainWindow) -> None:
        assert QApplication.activeModalWidget() is None
        seen.append((window.municipality_box.count(), window.period_box.isEnabled()))

    assert run_window_with(database_path, UserSettings(tmp_path / "s.json"), look) == 0
    assert seen == [(0, False)]
    assert database_path.exists()  # created, and migrated
    assert no_crash_logs()


def test_a_second_instance_on_the_same_database_says_so_and_touches_nothing(
    qtbot: QtBot,
    demo_template: Path,
    database_path: Path,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    database_path.parent.mkdir(parents=True)
    shutil.copyfile(demo_template, database_path)
    before = database_files(database_path)
    held = QLockFile(str(database_path) + ".lock")  # the first instance's lock
    assert held.tryLock(0)
    try:
        started = run_window_with(database_path, UserSettings(tmp_path / "s.json"), guard_ms=5000)
    except AssertionError:  # no window: the step finds none (it never should run)
        started = -1
    finally:
        still_held = held.isLocked()
        held.unlock()
    assert started == EXIT_ALREADY_OPEN == 7
    assert still_held
    assert database_files(database_path) == before  # not opened: no WAL, no change
    error = capfd.readouterr().err
    assert "BFA Desktop är redan igång med den här databasen" in error
    assert str(database_path) in error


def test_a_file_that_is_not_a_database_ends_with_3_and_is_left_unchanged(
    qtbot: QtBot, database_path: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    database_path.parent.mkdir(parents=True)
    content = b"Detta ar ett brev, ingen databas.\n" * 50
    database_path.write_bytes(content)
    database_path.chmod(0o640)
    started = run_window_with(database_path, UserSettings(tmp_path / "s.json"), guard_ms=5000)
    assert started == EXIT_DATABASE == 3
    assert database_path.read_bytes() == content
    assert stat.S_IMODE(database_path.stat().st_mode) == 0o640
    assert sorted(p.name for p in database_path.parent.iterdir()) == [database_path.name]
    assert "bfa-desktop:" in capfd.readouterr().err


def test_the_export_action_opens_the_export_dialog_for_the_period(
    qtbot: QtBot, database_path: Path, demo_template: Path, tmp_path: Path
) -> None:
    database_path.parent.mkdir(parents=True)
    shutil.copyfile(demo_template, database_path)
    seen: list[list[bool]] = []

    def look_at_the_dialog() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog))
        seen.append([box.isChecked() for box in dialog.document_boxes.values()])
        dialog.reject()

    def export(window: MainWindow) -> None:
        QTimer.singleShot(300, look_at_the_dialog)
        window.actions_by_name["export"].trigger()  # modal: returns when the dialog closes

    assert run_window_with(database_path, UserSettings(tmp_path / "s.json"), export) == 0
    assert seen == [[True] * 7]


# --- the crash handler --------------------------------------------------------------------------


def crash(handler: CrashHandler) -> None:
    try:
        raise ValueError("något gick fel")
    except ValueError as error:
        handler.handle(ValueError, error, error.__traceback__)


def test_a_crash_is_logged_for_the_owner_only_and_shown_when_dialogs_are_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(NO_DIALOGS_ENV)
    reported: list[tuple[str, Path]] = []
    handler = CrashHandler(lambda details, log: reported.append((details, log)), tmp_path / "logs")
    crash(handler)
    log = handler.last_log
    assert log is not None
    assert log.parent == tmp_path / "logs"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    details = log.read_text(encoding="utf-8")
    assert "ValueError: något gick fel" in details
    assert details.startswith("BFA Desktop ")
    assert reported == [(details, log)]
    assert "något gick fel" in capsys.readouterr().err


def test_with_dialogs_off_a_crash_is_only_logged(tmp_path: Path) -> None:
    assert os.environ[NO_DIALOGS_ENV]
    reported: list[str] = []
    handler = CrashHandler(lambda details, _log: reported.append(details), tmp_path)
    crash(handler)
    crash(handler)  # each crash has a log of its own
    logs = sorted(tmp_path.glob("crash-*.log"))
    assert len(logs) == 2
    assert all(stat.S_IMODE(log.stat().st_mode) == 0o600 for log in logs)
    assert reported == []


def test_an_interrupt_is_no_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NO_DIALOGS_ENV)
    reported: list[str] = []
    handler = CrashHandler(lambda details, _log: reported.append(details), tmp_path / "logs")
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)
    handler.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert handler.last_log is None
    assert not (tmp_path / "logs").exists()
    assert reported == []


def test_installed_it_catches_errors_of_threads_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    handler = CrashHandler(None, tmp_path)
    handler.install()
    assert sys.excepthook == handler.handle

    def fail() -> None:
        raise RuntimeError("i en tråd")

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    assert handler.last_log is not None
    assert "RuntimeError: i en tråd" in handler.last_log.read_text(encoding="utf-8")


def test_demo_opens_the_window_on_the_demo_not_on_the_municipality_last_used(
    qtbot: QtBot, database: Database
) -> None:
    with database.session() as session:
        other = create_municipality(session, "Täby kommun", "Lokalpolisområde Täby")
        create_period(session, other, 2023, 2024)
    path = database.path
    database.close()
    UserSettings().set(LAST_MUNICIPALITY, other)  # where the program keeps them (this test's home)
    seen: list[tuple[str, str]] = []

    def look(window: MainWindow) -> None:
        seen.append((window.municipality_box.currentText(), window.period_box.currentText()))

    started = run_program_with(lambda: cli.main(["--database", str(path), "--demo"]), look)
    assert started == 0
    assert seen == [("Danderyds kommun", "2021–2022")]
    assert UserSettings().get(LAST_MUNICIPALITY) != other  # and it is the one used now

    # Without --demo it opens where it was left.
    UserSettings().set(LAST_MUNICIPALITY, other)
    assert run_program_with(lambda: cli.main(["--database", str(path)]), look) == 0
    assert seen[-1] == ("Täby kommun", "2023–2024")

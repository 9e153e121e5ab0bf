"""Starting the window: crash handler first, then Qt, the language, one instance per database,
the window's frame, and – once it is painted – the database, its pages and the first-start
choice when it is empty. Only light modules are imported here: the data layer (SQLAlchemy, the
model, the services) loads while the user already sees the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from bfa_desktop import __version__
from bfa_desktop.crash import CrashHandler, dialogs_enabled
from bfa_desktop.garbage import collect_if_due
from bfa_desktop.machine_settings import load_machine_settings
from bfa_desktop.settings import UI_LANGUAGE, UserSettings
from bfa_desktop.storage.location import instance_lock_path
from bfa_desktop.ui import translations
from bfa_desktop.ui.crash_dialog import show_crash
from bfa_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from bfa_desktop.storage.database import Database
    from bfa_desktop.ui.workspace import Workspace

EXIT_DATABASE = 3  # the exit codes of cli.ExitCode
EXIT_ALREADY_OPEN = 7
EXIT_NO_SCREEN = 8
GARBAGE_COLLECTION_INTERVAL_MS = 500


def has_screen() -> bool:
    """Whether a window can be shown: on Linux a display server must be reachable, unless Qt
    is told to draw elsewhere (QT_QPA_PLATFORM=offscreen, as the tests do)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_window(
    database_path: Path, settings: UserSettings | None = None, municipality: str = ""
) -> int:
    """Show the window on the database; on `municipality` (its UUID) if given, else on the
    municipality last used."""
    if not has_screen():
        print(
            "bfa-desktop: ingen skärm hittades, så programfönstret kan inte visas. "
            "Kommandona (bfa-desktop --help) fungerar utan skärm.",
            file=sys.stderr,
        )
        return EXIT_NO_SCREEN
    handler = CrashHandler(show_crash)
    handler.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("BFA Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("BFA Desktop")
    settings = settings or UserSettings(machine=load_machine_settings())
    translations.install(settings.get(UI_LANGUAGE))

    lock = QLockFile(str(instance_lock_path(database_path)))
    lock.setStaleLockTime(0)  # a crashed instance's lock is recognised by its dead process
    database_path.parent.mkdir(parents=True, exist_ok=True)
    if not lock.tryLock(200):
        _tell(
            QCoreApplication.translate("Application", "BFA Desktop is already open"),
            QCoreApplication.translate(
                "Application",
                "BFA Desktop is already running with this database (%1). Switch to that window, "
                "or close it first.",
            ).replace("%1", str(database_path)),
        )
        return EXIT_ALREADY_OPEN
    window = MainWindow(None, settings)
    opened: list[Database] = []
    collector = QTimer(window)  # between events is a safe point; see bfa_desktop.garbage
    collector.timeout.connect(collect_if_due)
    collector.start(GARBAGE_COLLECTION_INTERVAL_MS)
    after_first_paint(window, lambda: _open(database_path, settings, window, opened, municipality))
    window.show()
    try:
        return app.exec()
    finally:
        window.close()
        for database in opened:
            database.close()
        lock.unlock()


def _open(
    database_path: Path,
    settings: UserSettings,
    window: MainWindow,
    opened: list[Database],
    municipality: str = "",
) -> None:
    """Open the database and show it in the window; one that cannot be opened ends the program
    with a message (and is left as it was). One that cannot be written may be opened
    read-only instead, if the user chooses so."""
    from bfa_desktop.storage.database import open_database  # noqa: PLC0415 - the data layer
    from bfa_desktop.storage.errors import (  # noqa: PLC0415
        DamagedDatabaseError,
        ReadOnlyDatabaseError,
        StorageError,
    )
    from bfa_desktop.ui.workspace import Workspace  # noqa: PLC0415

    database: Database | None = None
    try:
        database = open_database(database_path)
    except ReadOnlyDatabaseError as error:
        database = _open_read_only(database_path, str(error), window)
    except DamagedDatabaseError as error:
        from bfa_desktop.ui.backups import offer_restore_at_start  # noqa: PLC0415

        if offer_restore_at_start(database_path, str(error), window):
            database = _opened_or_told(database_path, window)
    except StorageError as error:
        _tell(_cannot_open(), str(error), window)
    if database is None:
        # The window closes once the event loop has ended: closed now, the last window would
        # post a quit event that outlives this loop and ends the next one at once.
        QCoreApplication.exit(EXIT_DATABASE)
        return
    opened.append(database)
    if settings.machine and not database.read_only:  # the municipality IT preset, if missing
        from bfa_desktop.services.machine_preset import apply_machine_preset  # noqa: PLC0415

        try:
            with database.session() as session:
                apply_machine_preset(session, settings.machine)
        except StorageError as error:
            window.refused(str(error))
    workspace = Workspace(database)
    workspace.choose(municipality, "")  # none given: the one last used (window_content)
    window.export_requested.connect(lambda: _export(workspace, settings, window))
    window.demo_requested.connect(lambda: _load_demo(workspace, window))
    window.language_requested.connect(lambda code: _change_language(settings, window, code))
    window.backups_requested.connect(lambda: _backups(workspace, window))
    window.attach(workspace)
    if database.read_only:
        _nothing_to_create(window)
    elif window.municipality_box.count():
        from bfa_desktop.ui.backups import DailyBackups  # noqa: PLC0415

        DailyBackups(workspace, window)
    else:
        _first_start(workspace, window)


def _cannot_open() -> str:
    return QCoreApplication.translate("Application", "The database cannot be opened")


def _open_read_only(database_path: Path, message: str, window: MainWindow) -> Database | None:
    """Offer to open a database that cannot be written read-only. None when the user quits,
    or cannot be asked (dialogs off)."""
    print(f"bfa-desktop: {message}", file=sys.stderr)
    if not dialogs_enabled():
        return None
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Application", "The database cannot be written"))
    box.setText(message)
    read_only = box.addButton(
        QCoreApplication.translate("Application", "Open read-only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Application", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(read_only)
    box.exec()
    if box.clickedButton() is not read_only:
        return None
    return _opened_or_told(database_path, window, read_only=True)


def _opened_or_told(
    database_path: Path, window: MainWindow, *, read_only: bool = False
) -> Database | None:
    """The database opened after the user's choice; None, and a message, if it still cannot
    be."""
    from bfa_desktop.storage.database import open_database  # noqa: PLC0415
    from bfa_desktop.storage.errors import StorageError  # noqa: PLC0415

    try:
        return open_database(database_path, read_only=read_only)
    except StorageError as error:
        _tell(_cannot_open(), str(error), window)
        return None


def _nothing_to_create(window: MainWindow) -> None:
    """Read-only: what would create records is off; edits are refused as they are made."""
    for name in ("new_municipality", "new_period", "demo"):
        window.actions_by_name[name].setEnabled(False)
    window.new_period_button.setEnabled(False)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint has reached the screen
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Run `then` once `widget` has first been painted (a zero timer set at show() would run
    before the paint, and the user would wait for a blank window)."""
    widget.installEventFilter(_FirstPaint(widget, then))


def _export(workspace: Workspace, settings: UserSettings, window: MainWindow) -> None:
    from bfa_desktop.ui.export_dialog import ExportDialog  # noqa: PLC0415 - loads the renderers

    ExportDialog(workspace, settings, window).exec()


def _backups(workspace: Workspace, window: MainWindow) -> None:
    from bfa_desktop.ui.backup_dialog import BackupDialog  # noqa: PLC0415

    BackupDialog(workspace, window).exec()


def _first_start(workspace: Workspace, window: MainWindow) -> None:
    """An empty database: offer the example, or a municipality of one's own."""
    if not dialogs_enabled():
        return
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("Application", "Welcome to BFA Desktop"))
    box.setText(
        QCoreApplication.translate(
            "Application",
            "The database is empty. Start with the example municipality (invented data) to see "
            "how it works, or create your own municipality and period.",
        )
    )
    example = box.addButton(
        QCoreApplication.translate("Application", "Load the example"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    own = box.addButton(
        QCoreApplication.translate("Application", "Create my municipality…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is example:
        _load_demo(workspace, window)
    elif isinstance(clicked, QPushButton) and clicked is own:
        window.new_municipality()


def _load_demo(workspace: Workspace, window: MainWindow) -> None:
    from bfa_desktop.services.demo import load_demo  # noqa: PLC0415 - only when asked for
    from bfa_desktop.storage.errors import StorageError  # noqa: PLC0415

    try:
        with workspace.database.session() as session:
            municipality, _created = load_demo(session)
            key = municipality.uuid
    except StorageError as error:
        window.refused(str(error))
        return
    workspace.choose(key, "")
    window.refresh_choosers()
    workspace.changed.emit(None)


def _change_language(settings: UserSettings, window: MainWindow, language: str) -> None:
    settings.set(UI_LANGUAGE, language)
    if dialogs_enabled():
        QMessageBox.information(
            window,
            "BFA Desktop",
            "Språket ändras nästa gång programmet startar."
            if language == "sv"
            else "The language changes the next time the program starts.",
        )


def _tell(title: str, message: str, parent: QWidget | None = None) -> None:
    print(f"bfa-desktop: {message}", file=sys.stderr)
    if dialogs_enabled():
        QMessageBox.critical(parent, title, message)

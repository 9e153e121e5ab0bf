"""Backups in the window: the day's backup, restoring one as an undoable step, and restoring one
when the database is found damaged at start."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from bfa_desktop.crash import dialogs_enabled
from bfa_desktop.storage.backup import Backup, backup_if_due, list_backups
from bfa_desktop.storage.errors import StorageError
from bfa_desktop.storage.restore import checked_backup, restore_backup
from bfa_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)

DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000  # a window left open overnight gets the next day's


class DailyBackups(QObject):
    """Takes the day's backup at once and checks again every hour. The copy is made on a thread
    of its own (SQLite reads a consistent snapshot while edits go on); a backup that cannot be
    written is reported in the status bar and the work goes on."""

    failed = Signal(str)
    finished = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        # Always owned by Qt (the window, else the workspace): the backup thread holds the
        # last Python reference for a moment at its end, and an object Python owned would be
        # deleted there, on the wrong thread, with its timer running.
        super().__init__(parent or workspace)
        self.workspace = workspace
        self._running: threading.Thread | None = None
        self._busy = threading.Event()  # set from the start of a backup until it is reported
        self.failed.connect(workspace.failed)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.take_if_due)
        self._timer.start(DAILY_CHECK_INTERVAL_MS)
        QTimer.singleShot(0, self.take_if_due)  # once the window has shown the data
        application = QCoreApplication.instance()
        if application is not None:  # a backup being written is finished before the end
            application.aboutToQuit.connect(self.wait)

    def take_if_due(self) -> None:
        if self.workspace.database.read_only or self.is_running():
            return
        self._busy.set()
        self._running = threading.Thread(
            target=self._take, args=(self.workspace.database.path,), name="daily-backup"
        )
        self._running.start()

    def is_running(self) -> bool:
        return self._busy.is_set()

    def wait(self) -> None:
        if self._running is not None:
            self._running.join()

    def _take(self, path: Path) -> None:
        try:
            backup_if_due(path)
        except (OSError, sqlite3.Error) as error:
            log.warning("the day's backup failed: %s", error)
            self.failed.emit(
                QCoreApplication.translate(
                    "Backups", "Today's backup could not be saved: %1"
                ).replace("%1", str(error))
            )
        finally:
            self._busy.clear()
        self.finished.emit()


class RestoreCommand(QUndoCommand):
    """Restores a backup; undoing it restores the backup of the state it replaced."""

    def __init__(self, workspace: Workspace, backup: Path, name: str) -> None:
        super().__init__(QCoreApplication.translate("Backups", "restore %1").replace("%1", name))
        self.workspace = workspace
        self._backup = backup
        self._replaced: Path | None = None  # the backup of the state before the restore
        self.refused = False  # read after push: the stack drops a refused command

    def redo(self) -> None:
        replaced = self._restore(self._backup)
        if replaced is not None:
            self._replaced = replaced

    def undo(self) -> None:
        if self._replaced is not None:
            self._restore(self._replaced)

    def _restore(self, backup: Path) -> Path | None:
        database = self.workspace.database
        database.engine.dispose()  # no pooled connection may keep reading the old pages
        try:
            replaced = restore_backup(database.path, backup)
        except StorageError as error:
            self.refused = True
            self.setObsolete(True)
            self.workspace.failed.emit(str(error))
            return None
        finally:
            database.engine.dispose()
        self.workspace.changed.emit(None)
        return replaced.path if replaced else None


def offer_restore_at_start(database_path: Path, message: str, parent: QWidget) -> bool:
    """A damaged database at start: offer to restore the newest backup that is whole. True once
    it is restored; False when there is none, the user quits, or cannot be asked."""
    print(f"bfa-desktop: {message}", file=sys.stderr)
    if not dialogs_enabled():
        return False
    usable = next((backup for backup in list_backups(database_path) if _whole(backup)), None)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Backups", "The database is damaged"))
    box.setText(message)
    box.addButton(QCoreApplication.translate("Backups", "Quit"), QMessageBox.ButtonRole.RejectRole)
    if usable is None:
        box.setInformativeText(
            QCoreApplication.translate("Backups", "There is no backup of it to restore.")
        )
        box.exec()
        return False
    box.setInformativeText(
        QCoreApplication.translate(
            "Backups",
            "The newest whole backup is from %1. Restore it? The damaged file is kept among "
            "the backups.",
        ).replace("%1", usable.taken.strftime("%Y-%m-%d %H:%M"))
    )
    restore = box.addButton(
        QCoreApplication.translate("Backups", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        restore_backup(database_path, usable.path)
    except StorageError as error:
        QMessageBox.critical(parent, box.windowTitle(), str(error))
        return False
    return True


def _whole(backup: Backup) -> bool:
    try:
        checked_backup(backup.path)
    except StorageError:
        return False
    return True

"""The backups of the open database: when and why each was taken, taking one now, and restoring
one – an undoable step, since the state it replaces is backed up first."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bfa_desktop.crash import dialogs_enabled
from bfa_desktop.storage import backup as backups
from bfa_desktop.storage.backup import Backup, backup_database, list_backups
from bfa_desktop.ui.backups import RestoreCommand
from bfa_desktop.ui.workspace import Workspace


class BackupDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)
        explanation = QLabel(
            self.tr(
                "A backup is taken on the first use of each day, and before every upgrade, "
                "import and restore. Restoring replaces everything in the database with the "
                "backup; the present state is backed up first, so Undo brings it back."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.restore_selected())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = buttons.addButton(
            self.tr("Back up &now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button = buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        self.backup_button.setEnabled(not workspace.database.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.backups: list[Backup] = []
        self.refresh()

    def refresh(self) -> None:
        self.backups = list_backups(self.workspace.database.path)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = (self.taken(backup), self.reason(backup), f"{backup.size / 1024:,.0f} kB")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        if self.backups:
            self.table.selectRow(0)
        else:
            self.message.setText(self.tr("There are no backups of this database yet."))
        self._selection_changed()

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def back_up_now(self) -> None:
        try:
            taken = backup_database(self.workspace.database.path, backups.MANUAL)
        except (OSError, sqlite3.Error) as error:
            self.message.setText(
                self.tr("The backup could not be saved: %1").replace("%1", str(error))
            )
            return
        self.refresh()
        self.message.setText(self.tr("Saved %1.").replace("%1", str(taken.path)))

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or self.workspace.database.read_only:
            return
        when = self.taken(backup)
        if dialogs_enabled():
            answer = QMessageBox.question(
                self,
                self.tr("Restore the backup?"),
                self.tr(
                    "Everything in the database is replaced with the backup of %1. The present "
                    "state is backed up first: Undo (Ctrl+Z) brings it back."
                ).replace("%1", when),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        command = RestoreCommand(self.workspace, backup.path, when)
        self.workspace.undo_stack.push(command)
        if command.refused:
            self.refresh()  # the message is in the window's status bar
            return
        self.accept()

    def taken(self, backup: Backup) -> str:
        return backup.taken.strftime("%Y-%m-%d %H:%M")

    def reason(self, backup: Backup) -> str:
        reasons = {
            backups.DAILY: self.tr("First use of the day"),
            backups.MANUAL: self.tr("Taken on request"),
            backups.BEFORE_IMPORT: self.tr("Before an import"),
            backups.BEFORE_RESTORE: self.tr("Before a restore"),
            backups.BEFORE_UPGRADE: self.tr("Before the database was upgraded"),
        }
        return reasons.get(backup.kind, backup.reason)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(
            self.selected() is not None and not self.workspace.database.read_only
        )

"""What the window works on: the database, the undo stack, the chosen municipality and period,
and the one signal that tells every view to refresh after a change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from bfa_desktop.storage.database import Database

T = TypeVar("T")


@dataclass(frozen=True)
class FieldChange:
    """One field of one record changed (the common edit: typing). Anything else – adding,
    removing, moving, links – is announced as None: whatever is shown may have changed."""

    cls: type
    key: str
    field: str


class Workspace(QObject):
    changed = Signal(object)  # FieldChange, or None: views refresh what they show
    selection_changed = Signal()  # another municipality or period was chosen
    failed = Signal(str)  # an edit was refused; the message is for the user

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.undo_stack = QUndoStack(self)
        self.municipality_key = ""
        self.period_key = ""

    def read(self, query: Callable[[Session], T]) -> T:
        """Run a read-only query in a session of its own."""
        with self.database.sessions() as session:
            return query(session)

    def choose(self, municipality_key: str, period_key: str) -> None:
        if (municipality_key, period_key) == (self.municipality_key, self.period_key):
            return
        self.municipality_key, self.period_key = municipality_key, period_key
        self.selection_changed.emit()

"""Undoable edits. Each command calls the editing service in a session of its own, which
commits; then the workspace tells the views. A refused edit is reported and leaves the stack."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from bfa_desktop.services.editing import EditError
from bfa_desktop.storage.errors import StorageError
from bfa_desktop.ui.workspace import FieldChange, Workspace

Do = Callable[[Session], Any]
Undo = Callable[[Session, Any], None]


class EditCommand(QUndoCommand):
    """`do` makes the change and returns what `undo` needs to reverse it."""

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        do: Do,
        undo: Undo,
        change: FieldChange | None = None,
    ) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.change = change
        self._do = do
        self._undo = undo
        self._memory: Any = None
        self.refused = False  # read after push: the stack deletes a refused command

    def redo(self) -> None:
        def apply(session: Session) -> None:
            self._memory = self._do(session)

        self._run(apply)

    def undo(self) -> None:
        self._run(lambda session: self._undo(session, self._memory))

    def _run(self, action: Callable[[Session], None]) -> None:
        try:
            with self.workspace.database.session() as session:
                action(session)
        except (EditError, StorageError) as error:
            self.refused = True
            self.setObsolete(True)  # QUndoStack drops it; nothing was changed
            self.workspace.failed.emit(str(error))
            if isinstance(error, StorageError):
                # The data is as it was, so nothing needs showing again; and what the user
                # typed stays in its field (a full disk, say) instead of being replaced by
                # the stored value, ready to be saved again.
                return
        self.workspace.changed.emit(self.change)


def run(
    workspace: Workspace, text: str, do: Do, undo: Undo, change: FieldChange | None = None
) -> bool:
    """Push an edit onto the undo stack (which performs it). False if it was refused."""
    command = EditCommand(workspace, text, do, undo, change)
    workspace.undo_stack.push(command)
    return not command.refused


@contextmanager
def on_refusal(workspace: Workspace, react: Callable[[str], None]) -> Iterator[None]:
    """Call `react` with the message of an edit refused inside the block – at once, before the
    views show the stored data again."""
    workspace.failed.connect(react)
    try:
        yield
    finally:
        workspace.failed.disconnect(react)

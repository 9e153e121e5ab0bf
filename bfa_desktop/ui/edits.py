"""The edits the window makes, each an undoable command through the editing service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.catalog import node
from bfa_desktop.services import editing
from bfa_desktop.ui.commands import run
from bfa_desktop.ui.workspace import FieldChange, Workspace


@dataclass(frozen=True)
class RecordRef:
    """A record as the window knows it: its class and UUID (never a live ORM object)."""

    cls: type[model.Base]
    key: str


Setter = Callable[[Session, type[model.Base], str, str, Any], Any]  # returns the old value


def _change(
    workspace: Workspace,
    record: RecordRef,
    name: str,
    value: Any,
    label: str,
    *,
    setter: Setter,
    change: FieldChange | None = None,
) -> bool:
    """One field, reference or link list of a record set, undone by setting the old value."""
    cls, key = record.cls, record.key
    return run(
        workspace,
        QCoreApplication.translate("Edits", "change %1").replace("%1", label),
        lambda session: setter(session, cls, key, name, value),
        lambda session, old: setter(session, cls, key, name, old),
        change,
    )


def set_field(workspace: Workspace, record: RecordRef, name: str, value: Any, label: str) -> bool:
    change = FieldChange(record.cls, record.key, name)
    return _change(workspace, record, name, value, label, setter=editing.set_field, change=change)


def set_reference(
    workspace: Workspace, record: RecordRef, name: str, target: str | None, label: str
) -> bool:
    return _change(workspace, record, name, target, label, setter=editing.set_reference)


def set_links(
    workspace: Workspace, record: RecordRef, name: str, targets: list[str], label: str
) -> bool:
    return _change(workspace, record, name, targets, label, setter=editing.set_links)


def add(
    workspace: Workspace,
    parent: RecordRef,
    relation: str,
    values: dict[str, Any],
    label: str,
    *,
    index: int | None = None,
) -> str | None:
    """Add a record; redo after undo brings back the same record (same UUID)."""
    child = next(c.target for c in node(parent.cls).children if c.name == relation)
    return create(
        workspace,
        child,
        lambda session: editing.add(session, parent.cls, parent.key, relation, values, index=index),
        QCoreApplication.translate("Edits", "add %1").replace("%1", label),
    )


def create(
    workspace: Workspace, cls: type[model.Base], make: Callable[[Session], str], text: str
) -> str | None:
    """Create a record with `make` (which returns its UUID), undoably: undo removes it, redo
    restores the very same record."""
    state: dict[str, Any] = {"key": None, "snapshot": None}

    def do(session: Session) -> None:
        if state["snapshot"] is None:
            state["key"] = make(session)
        else:
            editing.restore(session, state["snapshot"])

    def undo(session: Session, _memory: Any) -> None:
        state["snapshot"] = editing.remove(session, cls, state["key"])

    return state["key"] if run(workspace, text, do, undo) else None


def remove(workspace: Workspace, record: RecordRef, label: str) -> bool:
    return run(
        workspace,
        QCoreApplication.translate("Edits", "remove %1").replace("%1", label),
        lambda session: editing.remove(session, record.cls, record.key),
        editing.restore,
    )


def move(workspace: Workspace, record: RecordRef, index: int, label: str) -> bool:
    return run(
        workspace,
        QCoreApplication.translate("Edits", "move %1").replace("%1", label),
        lambda session: editing.move(session, record.cls, record.key, index),
        lambda session, old: editing.move(session, record.cls, record.key, old),
    )

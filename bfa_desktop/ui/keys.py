"""The keys of the window's own commands – undo, redo, export – wherever the focus is. A text
field would otherwise take them for itself (its own undo, Ctrl+E as "end of line")."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QKeyEvent, QKeySequence


def _keys(named: tuple[str, ...], standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The named keys first (shown in the menu), then the platform's own, each once: a key
    given twice to one action is "ambiguous" to Qt and does nothing."""
    keys: list[QKeySequence] = []
    for key in [*map(QKeySequence, named), *QKeySequence.keyBindings(standard)]:
        if key not in keys:
            keys.append(key)
    return keys


def undo_keys() -> list[QKeySequence]:
    return _keys(("Ctrl+Z",), QKeySequence.StandardKey.Undo)


def redo_keys() -> list[QKeySequence]:
    return _keys(("Ctrl+Shift+Z", "Ctrl+Y"), QKeySequence.StandardKey.Redo)


# The lists' commands: in the Edit menu, for the list that has the focus.
LIST_KEYS = {
    "add": "Ctrl+Shift+A",
    "remove": "Ctrl+Shift+Del",
    "move_up": "Ctrl+Shift+Up",
    "move_down": "Ctrl+Shift+Down",
}


def export_keys() -> list[QKeySequence]:
    return [QKeySequence("Ctrl+E")]


@cache  # the platform's keys do not change while the program runs
def window_keys() -> list[QKeySequence]:
    return [*undo_keys(), *redo_keys(), *export_keys()]


def is_window_key(event: QKeyEvent) -> bool:
    return QKeySequence(event.keyCombination()) in window_keys()

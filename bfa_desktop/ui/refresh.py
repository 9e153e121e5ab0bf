"""Views refresh only what is seen: a hidden view marks itself stale and reloads when shown.
Start-up and every edit then cost what the visible part of the window costs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from bfa_desktop.ui.workspace import FieldChange


class RefreshWhenShown(QWidget):
    _stale = False

    def reload(self) -> None:
        raise NotImplementedError

    def request_reload(self, change: FieldChange | None = None) -> None:
        """Connected to Workspace.changed: reload if shown and affected, else when shown."""
        if not self.isVisible():
            self._stale = True
        elif change is None or self.affected_by(change):
            self._stale = False
            self.reload()

    def affected_by(self, change: FieldChange) -> bool:
        """Whether a field edit changes what this view shows (by default: it may)."""
        return True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

"""Views refresh only what is seen: a hidden view marks itself stale and reloads when shown.
Start-up and every edit then cost what the visible part of the window costs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QWidget):
    _stale = False

    def reload(self) -> None:
        raise NotImplementedError

    def request_reload(self) -> None:
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

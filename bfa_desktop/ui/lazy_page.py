"""A page built when it is first shown, or first asked for: the window opens on one tab, and
the others cost nothing until they are looked at."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyPage(QWidget, Generic[W]):
    """Holds the page `make` builds (given its parent) once it is needed."""

    def __init__(self, make: Callable[[QWidget], W], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._content: W | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._content is not None

    @property
    def content(self) -> W:
        """The page, built now if it has not been."""
        if self._content is None:
            self._content = self._make(self)
            self.layout().addWidget(self._content)
            if self.isVisible():
                self._content.show()  # at once: the layout would show it a moment later
        return self._content

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.content  # noqa: B018 - built when first shown
        super().showEvent(event)

"""The mouse wheel scrolls the form it is over, never a value it passes on the way: a value
widget (combo box, spin box) takes the wheel only once the user has given it the focus.

One filter serves every value widget; `wheel_only_when_focused` is called where such widgets
are made (the field editors, the list filters, the window's choosers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken


class _WheelOnlyWhenFocused(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():  # type: ignore[attr-defined]
            # Ignored, the wheel goes on to the parents: the scroll area around scrolls.
            event.ignore()
            return True
        return False


_guard: _WheelOnlyWhenFocused | None = None


def wheel_only_when_focused(widget: QWidget) -> None:
    """Let `widget` take the wheel only when it has the focus. The wheel no longer gives it
    the focus either (Qt's default for combo boxes), a click or Tab does."""
    from PySide6.QtCore import Qt  # noqa: PLC0415 - its enums cost the window's first paint

    global _guard  # noqa: PLW0603 - one filter for the whole application
    if _guard is None or not Shiboken.isValid(_guard):
        _guard = _WheelOnlyWhenFocused(QCoreApplication.instance())
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_guard)

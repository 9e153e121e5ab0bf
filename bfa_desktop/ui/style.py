"""The application's style: the platform's own (Fusion on Linux), with tab texts that keep the
ring of Å and the dots of Ä and Ö."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from bfa_desktop.ui.metrics import glyph_overhang


class WindowStyle(QProxyStyle):
    def subElementRect(  # noqa: N802 - Qt's name
        self, element: QStyle.SubElement, option: QStyleOption, widget: QWidget | None = None
    ) -> QRect:
        rect = super().subElementRect(element, option, widget)
        if element == QStyle.SubElement.SE_TabBarTabText:
            # The text is drawn centred and clipped to this rectangle, which is only
            # ascent + descent tall: taller by what the letters reach beyond.
            overhang = glyph_overhang(widget.font() if widget else QApplication.font())
            rect.adjust(0, -overhang, 0, overhang)
        return rect


def install_style() -> None:
    """Make WindowStyle the application's style (once)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not isinstance(app.style(), WindowStyle):
        app.setStyle(WindowStyle(QStyleFactory.create(app.style().name())))

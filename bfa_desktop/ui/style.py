"""The application's style: the platform's own (Fusion on Linux), with tab texts that keep the
ring of Å and the dots of Ä and Ö, and a focus frame one can see."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from bfa_desktop.ui.metrics import glyph_overhang

FOCUS_FRAME_WIDTH = 2


class WindowStyle(QProxyStyle):
    def drawControl(  # noqa: N802 - Qt's name
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and (
            option.state & QStyle.StateFlag.State_HasFocus
        ):
            # The platform marks a focused button by a faint outline only.
            focus = QStyleOption(option)
            focus.rect = option.rect.adjusted(2, 2, -2, -2)
            self.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)

    def drawPrimitive(  # noqa: N802 - Qt's name
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element != QStyle.PrimitiveElement.PE_FrameFocusRect:
            super().drawPrimitive(element, option, painter, widget)
            return
        # Where the keyboard is – a button, a list's cell, a check box – framed plainly: dark
        # on light, light on the highlighted row (the platform's frame is faint, or none).
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        colour = option.palette.color(role)
        painter.save()
        painter.setPen(QPen(colour if selected else colour.darker(150), FOCUS_FRAME_WIDTH))
        painter.setBrush(QBrush())  # none
        half = FOCUS_FRAME_WIDTH // 2
        painter.drawRect(option.rect.adjusted(half, half, -half, -half))
        painter.restore()

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

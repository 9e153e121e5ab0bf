"""Draw the program's icon – a shield in municipal blue with a white tick – into a folder:

    python packaging/make_icon.py resources/icons

bfa-desktop.png (256 px, the Linux icon), bfa-desktop-48.png and bfa-desktop.ico (Windows).
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

BLUE = "#1f4e8c"


def draw(size: int) -> QImage:
    """The icon at `size` pixels; coordinates are on a 256-pixel grid, scaled."""
    scale = size / 256
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    shield = QPainterPath()
    shield.moveTo(128, 16)
    shield.lineTo(224, 52)
    shield.lineTo(224, 120)
    shield.cubicTo(224, 180, 184, 222, 128, 244)
    shield.cubicTo(72, 222, 32, 180, 32, 120)
    shield.lineTo(32, 52)
    shield.closeSubpath()
    painter.fillPath(shield, QBrush(QColor(BLUE)))
    pen = QPen(QColor("white"))
    pen.setWidthF(22)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    tick = QPainterPath()
    tick.moveTo(84, 128)
    tick.lineTo(116, 160)
    tick.lineTo(176, 96)
    painter.drawPath(tick)
    painter.end()
    return image


def main() -> None:
    folder = Path(sys.argv[1])
    _app = QGuiApplication(sys.argv[:1])  # QPainter needs one, even on an image
    for name, size in (
        ("bfa-desktop.png", 256),
        ("bfa-desktop-48.png", 48),
        ("bfa-desktop.ico", 256),
    ):
        if not draw(size).save(str(folder / name)):
            sys.exit(f"{folder / name} could not be written")


if __name__ == "__main__":
    main()

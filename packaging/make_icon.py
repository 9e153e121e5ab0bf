"""Draw the program's icon: a shield in municipal blue with a white check."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

app = QGuiApplication(sys.argv[:1])
out = Path(sys.argv[1])


def draw(size):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    path = QPainterPath()
    path.moveTo(128 * s, 16 * s)
    path.lineTo(224 * s, 52 * s)
    path.lineTo(224 * s, 120 * s)
    path.cubicTo(224 * s, 180 * s, 184 * s, 222 * s, 128 * s, 244 * s)
    path.cubicTo(72 * s, 222 * s, 32 * s, 180 * s, 32 * s, 120 * s)
    path.lineTo(32 * s, 52 * s)
    path.closeSubpath()
    p.fillPath(path, QBrush(QColor("#1f4e8c")))
    pen = QPen(QColor("white"))
    pen.setWidthF(22 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    check = QPainterPath()
    check.moveTo(84 * s, 128 * s)
    check.lineTo(116 * s, 160 * s)
    check.lineTo(176 * s, 96 * s)
    p.drawPath(check)
    p.end()
    return image


draw(256).save(str(out / "bfa-desktop.png"))
draw(48).save(str(out / "bfa-desktop-48.png"))
print(draw(256).save(str(out / "bfa-desktop.ico")))

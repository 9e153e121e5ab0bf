"""The dialog that tells about an unexpected error and lets the user copy the details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox


def show_crash(details: str, log: Path) -> None:
    if QApplication.instance() is None:
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Crash", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Crash",
            "BFA Desktop ran into an unexpected error. Your saved work is safe: every change is "
            "stored as you make it. The details are saved in %1.",
        ).replace("%1", str(log))
    )
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("Crash", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)

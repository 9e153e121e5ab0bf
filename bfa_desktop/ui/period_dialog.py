"""Asking for the years of a new period. What was typed stays in the field, with the reason
beside it, until it can be made a period or the user cancels."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

_YEARS = re.compile(r"\s*(\d{4})\s*(?:[-–—]\s*(\d{4})\s*)?")

# Makes the period from its first and last year; returns why it cannot be, or None when done.
Create = Callable[[int, int], str | None]


class NewPeriodDialog(QDialog):
    def __init__(self, create: Create, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create = create
        self.setWindowTitle(self.tr("New period"))
        caption = QLabel(self.tr("Years of the period (e.g. 2025–2026):"), self)
        self.years = QLineEdit(self)
        self.years.setObjectName("years")
        caption.setBuddy(self.years)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.years.textEdited.connect(lambda _text: self.problem.hide())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.years)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        found = _YEARS.fullmatch(self.years.text())
        if found is None:
            self._refuse(self.tr("Write the years of the period, e.g. 2025–2026."))
            return
        first = int(found.group(1))
        last = int(found.group(2) or first)
        if last < first:
            self._refuse(
                self.tr("The period cannot end (%1) before it begins (%2).")
                .replace("%1", str(last))
                .replace("%2", str(first))
            )
            return
        problem = self._create(first, last)
        if problem:
            self._refuse(problem)
            return
        super().accept()

    def _refuse(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()
        self.years.setFocus()
        # A dialog already shown does not grow by itself for a wrapped line below.
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

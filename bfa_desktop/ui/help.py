"""The Help menu's windows: the keyboard shortcuts, and a short guide to the first document.
Both stay open beside the main window while the user works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


def keys_text(action: QAction) -> str:
    """The keys of an action, as the platform names them."""
    return ", ".join(key.toString(NATIVE) for key in action.shortcuts())


def _named(*keys: str) -> str:
    """Keys as the platform names them, in the window's language."""
    return ", ".join(QKeySequence(key).toString(NATIVE) for key in keys)


class ShortcutsDialog(QDialog):
    """Every key of the window: its menu commands (read from their actions by the window, so
    the list is always the keys that work) and the keys of fields, lists and rich text."""

    def __init__(self, commands: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`commands`: the keys and name of each of the window's commands."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [*commands]
        rows += [
            (_named("Tab", "Shift+Tab"), self.tr("Next or previous field; in a list, its cells")),
            (self.tr("Alt+underlined letter"), self.tr("Go to that field, tab or menu")),
            (_named("Return"), self.tr("On a line of “Ready for export?”: open its field")),
            (_named("Space"), self.tr("Tick or untick the link that has the focus")),
            (_named("Ctrl+B", "Ctrl+I"), self.tr("Bold, italic (in a formatted text)")),
            (_named("Ctrl+Shift+L", "Ctrl+Shift+N"), self.tr("Bulleted, numbered list")),
        ]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcuts")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        _layout(self, self.table)
        self.resize(640, 520)


class GuideDialog(QDialog):
    """From an empty database to the first document, in seven steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your first document"))
        steps = [
            self.tr(
                "<b>Your municipality.</b> File › New municipality… asks for its name and the "
                "local police area. (File › Load the example municipality shows a finished one.)"
            ),
            self.tr(
                "<b>The period.</b> Give its years, e.g. 2025–2026 (New period… at the top). "
                "The municipality and the police area are its parties."
            ),
            self.tr(
                "<b>The situation picture first.</b> In its tab, click Create situation picture "
                "and fill in its details: title, year, date."
            ),
            self.tr(
                "<b>Its lists.</b> Sections, statistics, places and prioritised problems each "
                "have a tab: Add (Ctrl+Shift+A) makes a new line, its fields are beside the "
                "list."
            ),
            self.tr(
                "<b>Nothing to save.</b> Everything is stored as you type; Ctrl+Z undoes the "
                "last step, Ctrl+Shift+Z or Ctrl+Y redoes it."
            ),
            self.tr(
                "<b>What is missing.</b> Overview › Ready for export? lists it; Enter on a line "
                "opens the field."
            ),
            self.tr(
                "<b>The documents.</b> File › Export… (Ctrl+E) writes them as Word and PDF. The "
                "action plan, the citizen promises and the official report follow the same way."
            ),
        ]
        text = QLabel("<ol>" + "".join(f"<li>{step}</li>" for step in steps) + "</ol>", self)
        text.setObjectName("guide")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        _layout(self, text)
        self.resize(560, 480)


def _layout(dialog: QDialog, content: QWidget) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content)
    layout.addWidget(buttons)

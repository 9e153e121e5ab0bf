"""Search across the period (Ctrl+F): a panel in the window with a search field and its hits
– "Åtgärd 2.3 – Beskrivning: …text…" – every text field of every document of the chosen
period and the municipality's own. Enter on a hit opens its record with the cursor in the
field, on the words found; Escape closes the panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from bfa_desktop import model
from bfa_desktop.model.catalog import node
from bfa_desktop.services.search import Fields, Hit, Text, collect, find
from bfa_desktop.ui import pages
from bfa_desktop.ui.labels import field_label, record_name
from bfa_desktop.ui.workspace import FieldChange, Workspace

Index = QModelIndex | QPersistentModelIndex
MOST_HITS = 200  # listed at once; more are counted and asked to be narrowed
PAUSE_MS = 150  # typing that stops this long is searched for
AGAIN_MS = 600  # after an edit the hits are searched for again, once edits rest this long


def searched_fields() -> Fields:
    """The text fields the window shows (and so can open), by class."""
    fields: dict[type[model.Base], list[str]] = {}

    for spec in pages.PANELS:
        texts = {field.name for field in node(spec.cls).fields if field.kind is str}
        fields.setdefault(spec.cls, []).extend(n for n in spec.fields if n in texts)
    return fields


class SearchResults(QAbstractTableModel):
    """The hits, a row each: where the text is, and the text around the words found."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("%1: %2").replace("%1", self.where(hit.text)).replace("%2", hit.snippet)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.where(hit.text)
        if role == Qt.ItemDataRole.UserRole:
            return hit
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation, section, role) == (
            Qt.Orientation.Horizontal,
            0,
            Qt.ItemDataRole.DisplayRole,
        ):
            return self.tr("Found")
        return None

    def where(self, text: Text) -> str:
        """ "Measure 2.3 – Description", "Organisation “Polisen” – Name", "Action plan – Title"."""
        if text.record is model.ProblemCause:  # not to be taken for a focus area's cause
            name = self.tr("Cause of prioritised problem")
        else:
            name = record_name(text.record)
            name = name[:1].upper() + name[1:]
        if text.identity and text.numbered:
            name = self.tr("%1 %2").replace("%1", name).replace("%2", text.identity)
        elif text.identity:
            name = self.tr("%1 “%2”").replace("%1", name).replace("%2", text.identity)
        label = field_label(text.record, text.field)
        return self.tr("%1 – %2").replace("%1", name).replace("%2", label)


class SearchPanel(QDockWidget):
    """The search field and its hits, docked in the window."""

    def __init__(
        self,
        workspace: Workspace,
        go_to: Callable[[type[model.Base], str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.setWindowTitle(self.tr("Search the period"))
        self.workspace = workspace
        self.go_to = go_to
        self.fields = searched_fields()
        self._texts: list[Text] | None = None  # read when first searched, again after edits
        self._returning_to: QWidget | None = None
        self.line = QLineEdit(self)
        self.line.setObjectName("search-text")
        self.line.setPlaceholderText(self.tr("Words to find in the period's documents"))
        self.line.setClearButtonEnabled(True)
        self.line.setAccessibleName(self.tr("Search the period"))
        self.summary = QLabel(self)
        self.summary.setObjectName("search-summary")
        self.summary.setWordWrap(True)
        self.results = SearchResults(self)
        self.list = QListView(self)
        self.list.setObjectName("search-hits")
        self.list.setModel(self.results)
        self.list.setWordWrap(True)  # the whole hit, on as many lines as it takes
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Hits"))
        self.list.activated.connect(self.open)
        self.summary.setBuddy(self.list)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.line)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, stretch=1)
        self.setWidget(content)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.search)
        self.line.textChanged.connect(lambda _text: self._pause.start())
        self.line.installEventFilter(self)
        self.list.installEventFilter(self)
        workspace.changed.connect(self._changed)
        workspace.selection_changed.connect(self._changed)

    def start(self) -> None:
        """Show the panel with the cursor in its field (what it holds selected)."""
        focused = QApplication.focusWidget()
        if focused is not None and not self.isAncestorOf(focused):
            self._returning_to = focused
        self.show()
        self.raise_()
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()

    def close_panel(self) -> None:
        self.hide()
        back = self._returning_to
        if back is not None:
            back.setFocus(Qt.FocusReason.OtherFocusReason)

    def search(self) -> None:
        self._pause.stop()
        query = self.line.text()
        if not query.strip():
            self.results.set_hits([])
            self.summary.setText("")
            return
        if self._texts is None:
            municipality, period = self.workspace.municipality_key, self.workspace.period_key
            self._texts = self.workspace.read(
                lambda session: collect(session, municipality, period, self.fields)
            )
        hits, total = find(self._texts, query, MOST_HITS)
        self.results.set_hits(hits)
        if total > len(hits):
            self.summary.setText(
                self.tr(
                    "%n hit(s); the first %1 are listed: add a word to narrow them.", "", total
                ).replace("%1", str(len(hits)))
            )
        elif total:
            self.summary.setText(self.tr("%n hit(s) (Enter opens the field)", "", total))
        else:
            self.summary.setText(self.tr("Nothing found."))
        if hits:
            self.list.setCurrentIndex(self.results.index(0, 0))

    def _changed(self, _change: FieldChange | None = None) -> None:
        """The texts are read again when next searched; hits shown are searched for again
        once the edits rest."""
        self._texts = None
        if self.isVisible() and self.line.text().strip():
            self._pause.start(AGAIN_MS)

    def open(self, index: QModelIndex | None = None) -> None:
        """Open the hit's record with the cursor in its field, on the first word found."""
        index = index if index is not None and index.isValid() else self.list.currentIndex()
        hit = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        if not isinstance(hit, Hit):
            return
        self.go_to(hit.text.record, hit.text.key, hit.text.field)
        words = self.line.text().split()
        if words:
            _select(QApplication.focusWidget(), words[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()  # type: ignore[attr-defined]
        if key == Qt.Key.Key_Escape:
            self.close_panel()
            return True
        if watched is self.line and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._pause.isActive():
                self.search()  # typed just now: its hits first
            self.open()
            return True
        if watched is self.line and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            row = min(max(self.list.currentIndex().row() + step, 0), self.results.rowCount() - 1)
            self.list.setCurrentIndex(self.results.index(row, 0))
            return True
        return super().eventFilter(watched, event)


def _select(widget: QWidget | None, word: str) -> None:
    """Select the first occurrence of `word` in a text field (any case)."""
    if isinstance(widget, QLineEdit):
        position = widget.text().casefold().find(word.casefold())
        if position >= 0:
            widget.setSelection(position, len(word))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        cursor = widget.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        widget.setTextCursor(cursor)
        widget.find(word, QTextDocument.FindFlag(0))

"""A list of records owned by another record (a plan's focus areas, a measure's follow-ups):
a table model, and an editor with add, remove and move. Removing needs no
confirmation: it is undoable like every edit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from bfa_desktop import model
from bfa_desktop.documents.swedish import format_number
from bfa_desktop.model.catalog import node
from bfa_desktop.services.choices import describe
from bfa_desktop.services.derived import derived_value, is_derived
from bfa_desktop.services.editing import new_record_values
from bfa_desktop.services.lookup import NotFoundError, find
from bfa_desktop.ui import edits
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.keys import LIST_KEYS
from bfa_desktop.ui.labels import code_label, column_label, field_label, record_name
from bfa_desktop.ui.metrics import row_height
from bfa_desktop.ui.refresh import RefreshWhenShown
from bfa_desktop.ui.removal import removed_message
from bfa_desktop.ui.workspace import FieldChange, Workspace

Index = QModelIndex | QPersistentModelIndex
WIDEST_COLUMN_CHARACTERS = 40  # a longer text wraps onto a second line
NARROWEST_TEXT_CHARACTERS = 12  # where the list is narrow, a text column shrinks to this


@dataclass(frozen=True)
class Row:
    key: str
    texts: tuple[str, ...]


def display(value: Any) -> str:  # noqa: PLR0911 - one case per kind of value
    """A stored value as a table cell shows it."""
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return code_label(value)
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, int):
        return str(value)  # the model's whole numbers are years and ranks: 2016, not 2 016
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, model.Base):
        return describe(value)
    if isinstance(value, list):
        return ", ".join(display(item) for item in value)
    text = str(value)
    return text if len(text) <= 200 else text[:199] + "…"


class RecordTableModel(QAbstractTableModel):
    def __init__(
        self,
        workspace: Workspace,
        cls: type[model.Base],
        relation: str,
        columns: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.cls = cls  # the owner's class
        self.relation = relation
        self.child = next(c.target for c in node(cls).children if c.name == relation)
        self.columns = columns
        self.owner: RecordRef | None = None
        self.rows: list[Row] = []

    def set_owner(self, owner: RecordRef | None) -> None:
        self.owner = owner
        self.reload()

    def reload(self) -> None:
        owner = self.owner
        rows = self.workspace.read(lambda session: self._rows(session, owner)) if owner else []
        if rows and [row.key for row in rows] == [row.key for row in self.rows]:
            # The same records in the same order: update the cells, keep the view's state
            # (selection, scrolling, a click in progress).
            self.rows = rows
            last = self.index(len(rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def _rows(self, session: Session, owner: RecordRef) -> list[Row]:
        try:
            record = find(session, owner.cls, owner.key)
        except NotFoundError:
            return []
        rows = []
        # What the columns show of other records is loaded with the rows, not row by row.
        related = [
            selectinload(getattr(self.child, name))
            for name in self.columns
            if name in _relationships(self.child)
        ]
        children = getattr(record, self.relation)
        if related and children:
            keys = [child.id for child in children]  # type: ignore[attr-defined]
            session.scalars(
                select(self.child).where(self.child.id.in_(keys)).options(*related)
            ).all()  # type: ignore[attr-defined]
        for child in children:
            texts = tuple(display(_value(child, name)) for name in self.columns)
            rows.append(Row(child.uuid, texts))
        return rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.texts[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.key
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        name = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("No.") if name == "number" else column_label(self.child, name)
        if role == Qt.ItemDataRole.ToolTipRole and name != "number":
            return field_label(self.child, name)
        return None

    def row_of(self, key: str) -> int:
        return next((i for i, row in enumerate(self.rows) if row.key == key), -1)


def _relationships(cls: type[model.Base]) -> set[str]:
    return {relationship.key for relationship in inspect(cls).relationships}


def _value(record: model.Base, name: str) -> Any:
    if name == "number":
        return getattr(record, "number", None) or getattr(record, "rank", None)
    if is_derived(type(record), name):
        return derived_value(record, name)
    return getattr(record, name)


class RecordTableView(QTableView):
    """Tab walks the cells, row by row (the selection follows), and after the last cell goes
    on to the next field – a table of Qt's own starts again at the top and never lets go."""

    def moveCursor(  # noqa: N802 - Qt's name
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = self.currentIndex()
        model = self.model()
        last = (model.rowCount() - 1, model.columnCount() - 1)
        at = (current.row(), current.column())
        if current.isValid() and (
            (action == QAbstractItemView.CursorAction.MoveNext and at == last)
            or (action == QAbstractItemView.CursorAction.MovePrevious and at == (0, 0))
        ):
            return QModelIndex()  # out of the list: Qt moves the focus on
        return super().moveCursor(action, modifiers)


class CommandList(RefreshWhenShown):
    """A list with the commands add, remove, move up and move down: its buttons, and the Edit
    menu's keys for the list that has the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commands: dict[str, tuple[QPushButton, Callable[[], Any]]] = {}

    def _button(
        self, layout: QHBoxLayout, text: str, name: str, slot: Callable[[], Any]
    ) -> QPushButton:
        """A button; its key is the Edit menu's (see `command`), if it has one."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        if name in LIST_KEYS:
            key = QKeySequence(LIST_KEYS[name]).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text} ({key})")
            self._commands[name] = (button, slot)
        return button

    def can(self, name: str) -> bool:
        """Whether the command (add, remove, move_up, move_down) can be given now."""
        button, _slot = self._commands[name]
        return button.isEnabled() and not button.isHidden()

    def command(self, name: str) -> None:
        """Give a command as its button does (the Edit menu's, for the list in focus)."""
        if self.can(name):
            self._commands[name][1]()


class ListEditor(CommandList):
    current_changed = Signal(object)  # RecordRef | None
    added = Signal(str)  # the UUID of a record added with Add: its fields are next
    status = Signal(str)  # a short message for the status bar

    def __init__(
        self,
        workspace: Workspace,
        cls: type[model.Base],
        relation: str,
        columns: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = RecordTableModel(workspace, cls, relation, columns, self)
        self.singular = record_name(self.model.child)
        self.view = RecordTableView(self)
        self.view.setObjectName(f"{relation}-table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self.view.font()))  # two whole lines
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self._sized_by_user = False  # the user has dragged a column's edge: leave them
        self._fitting = False
        self.model.modelReset.connect(self._fit_anew)
        self.view.horizontalHeader().sectionResized.connect(self._resized)
        self.view.viewport().installEventFilter(self)  # fitted again when the list is resized
        self.view.setAccessibleName(record_name(self.model.child, plural=True))
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        buttons = QHBoxLayout()
        self.add_button = self._button(buttons, self.tr("Add"), "add", self.add)
        self.remove_button = self._button(buttons, self.tr("Remove"), "remove", self.remove)
        self.up_button = self._button(buttons, self.tr("Move up"), "move_up", lambda: self.move(-1))
        self.down_button = self._button(
            buttons, self.tr("Move down"), "move_down", lambda: self.move(1)
        )
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(f"<b>{record_name(self.model.child, plural=True)}</b>", self)
        title.setBuddy(self.view)
        layout.addWidget(title)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._selected_key: str | None = None
        workspace.changed.connect(self.request_reload)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and not self._sized_by_user:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_anew(self) -> None:
        self._sized_by_user = False
        self._fit_columns()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column < self.model.columnCount() - 1:
            self._sized_by_user = True

    def _fit_columns(self) -> None:
        """Each column as wide as its heading and its cells, a long text's up to a limit; the
        last column takes the rest of the width. Where that is more than the list has, the
        widest give way (their texts wrap onto a second line), never below their heading."""
        header = self.view.horizontalHeader()
        character = self.view.fontMetrics().averageCharWidth()
        last = self.model.columnCount() - 1
        if last < 0:
            return
        floors, widths = [], []
        for column in range(last):
            heading = header.sectionSizeHint(column)
            cells = min(self.view.sizeHintForColumn(column), character * WIDEST_COLUMN_CHARACTERS)
            widths.append(max(heading, cells))
            floors.append(max(heading, min(cells, character * NARROWEST_TEXT_CHARACTERS)))
        excess = sum(widths) + header.sectionSizeHint(last) - self.view.viewport().width()
        while excess > 0:
            column = max(range(last), key=lambda c: widths[c] - floors[c], default=None)
            if column is None or widths[column] <= floors[column]:
                break
            give = min(excess, widths[column] - floors[column], character * 4)
            widths[column] -= give
            excess -= give
        self._fitting = True
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        # Stretched, the last column fills what is left; where nothing is, it keeps the size
        # it had – its heading's, then.
        header.resizeSection(last, header.sectionSizeHint(last))
        self._fitting = False

    def set_owner(self, owner: RecordRef | None) -> None:
        if owner != self.model.owner:
            self.model.owner = owner
            self._selected_key = None
        self.request_reload()

    def reload(self) -> None:
        self.model.reload()
        self._restore_selection()
        self._update_buttons()

    def affected_by(self, change: FieldChange) -> bool:
        """A field edit changes a row only if it is a shown field of this list's records, or
        feeds a derived column (a measure's latest follow-up status)."""
        if change.cls is self.model.child:
            return change.field in self.model.columns
        return any(is_derived(self.model.child, name) for name in self.model.columns)

    def current(self) -> RecordRef | None:
        key = self._selected_key
        return RecordRef(self.model.child, key) if key else None

    def select(self, key: str | None) -> None:
        self._selected_key = key
        self._restore_selection()

    def add(self) -> None:
        owner = self.model.owner
        if owner is None:
            return
        index = self.model.row_of(self._selected_key) + 1 if self._selected_key else None
        key = edits.add(
            self.workspace,
            owner,
            self.model.relation,
            new_record_values(self.model.child),
            self.singular,
            index=index if index and self._ordered() else None,
        )
        if key:
            self.select(key)
            self.added.emit(key)

    def remove(self) -> None:
        record = self.current()
        if record is None:
            return
        row = self.model.row_of(record.key)
        identity = self.model.rows[row].texts[0] if row >= 0 else ""
        numbered = self.model.columns[0] == "number"
        message = self.workspace.read(
            lambda session: removed_message(session, record, identity, numbered)
        )
        if edits.remove(self.workspace, record, self.singular):
            remaining = self.model.rows
            self.select(remaining[min(row, len(remaining) - 1)].key if remaining else None)
            self.status.emit(message)

    def move(self, step: int) -> None:
        record = self.current()
        if record is None or not self._ordered():
            return
        target = self.model.row_of(record.key) + step
        if 0 <= target < len(self.model.rows):
            edits.move(self.workspace, record, target, self.singular)
            self.select(record.key)

    def _ordered(self) -> bool:
        return hasattr(self.model.child, "position")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if key != self._selected_key:
            self._selected_key = key
            self.current_changed.emit(self.current())
        self._update_buttons()

    def _restore_selection(self) -> None:
        row = self.model.row_of(self._selected_key) if self._selected_key else -1
        if row < 0 and self.model.rows and self._selected_key is None:
            row = 0
        if row < 0:
            self._selected_key = None
            self.view.clearSelection()
            self.current_changed.emit(None)
            return
        index = self.model.index(row, 0)
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index,
                self.view.selectionModel().SelectionFlag.ClearAndSelect
                | self.view.selectionModel().SelectionFlag.Rows,
            )
        key = self.model.rows[row].key
        if key != self._selected_key:
            self._selected_key = key
        self.current_changed.emit(self.current())

    def _update_buttons(self) -> None:
        has_owner = self.model.owner is not None
        selected = self.current() is not None
        ordered = self._ordered()
        self.add_button.setEnabled(has_owner)
        self.remove_button.setEnabled(selected)
        self.up_button.setVisible(ordered)
        self.down_button.setVisible(ordered)
        row = self.model.row_of(self._selected_key) if self._selected_key else -1
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and 0 <= row < len(self.model.rows) - 1)

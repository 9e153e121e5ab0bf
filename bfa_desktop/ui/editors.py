"""One editor widget per kind of field. Each shows a typed value and emits `committed` with a
new typed value: after a pause in typing or when focus leaves (one undo step per pause, not per
key), at once for choices. Input that cannot be a value is marked and not committed."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from bfa_desktop.model.catalog import Field
from bfa_desktop.model.richtext import parse
from bfa_desktop.ui.keys import is_window_key
from bfa_desktop.ui.labels import code_label
from bfa_desktop.ui.richtext_edit import RichTextEdit
from bfa_desktop.ui.wheel import wheel_only_when_focused

PAUSE_MS = 800  # typing that stops this long is one edit
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class FieldEditor(QWidget):
    """An editor, and below it the reason when what was entered cannot be stored."""

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(2)
        self._layout = QHBoxLayout()
        self._outer.addLayout(self._layout)
        self._problem: QLabel | None = None  # made when first needed: most never are
        self._shown: Any = None  # the stored value shown (or just committed)
        self._before: Any = None  # the stored value before the last commit
        self._held = False  # the field shows what the user entered, not the stored value

    @property
    def problem(self) -> QLabel:
        """The line under the field that says why what was entered is not stored."""
        if self._problem is None:
            self._problem = QLabel(self)
            self._problem.setObjectName("problem")
            self._problem.setWordWrap(True)
            self._problem.setStyleSheet("color: #b00020;")
            self._problem.hide()
            self._outer.addWidget(self._problem)
        return self._problem

    def set_value(self, value: Any) -> None:
        """Show a stored value (does not commit). What the user entered and could not be
        stored stays, with its reason, as long as the stored value it would replace is the
        same."""
        if value == self._shown and self._held:
            return
        if value != self._shown:
            self.release()
        self._shown = value
        self._show(value)

    def release(self) -> None:
        """Let go of what the user entered (another record is shown)."""
        self._held = False
        self._mark("")

    def refuse(self, problem: str) -> None:
        """The value just committed was not stored; `problem` says why, beside the field."""
        self._shown = self._before
        self._held = self._keeps_entry()
        self._mark(problem)

    def _keeps_entry(self) -> bool:
        """Whether what was entered stays in the field when it is refused (typing does; a
        choice shows the stored value again)."""
        return False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _commit(self, value: Any) -> None:
        if value != self._shown:
            self._before, self._shown = self._shown, value
            self._held = False
            self._mark("")
            self.committed.emit(value)

    def _mark(self, problem: str) -> None:
        if problem or self._problem is not None:
            self.problem.setText(problem)
            self.problem.setVisible(bool(problem))
        self.setToolTip(problem)
        self.setProperty("invalid", bool(problem))
        self.setStyleSheet("QLineEdit { border: 2px solid #b00020; }" if problem else "")


class _Typed(FieldEditor):
    """Text typed into a widget, read as a value after a pause or when focus leaves.

    Only typing is committed: an editor whose text was set from the database (or never set,
    in a form not yet shown) has nothing to commit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.flush)
        self.pending = False  # typed and not yet committed

    def watch(self, inner: QLineEdit | QPlainTextEdit | QTextEdit) -> None:
        """Commit when the inner widget that holds the focus loses it; leave undo, redo and
        export to the window, whose one undo history holds the typing (one step per pause).
        The widget's own undo never runs: not from the keys, not from its context menu."""
        inner.installEventFilter(self)
        inner.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        inner.customContextMenuRequested.connect(lambda pos: self._context_menu(inner, pos))
        self.setFocusProxy(inner)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.FocusOut:
            self.flush()
        elif kind == QEvent.Type.ShortcutOverride and is_window_key(event):
            # Typing not yet committed becomes its step now, before the window's undo runs.
            self.flush()
            event.ignore()  # not overridden: the window's action gets the key
            return True
        elif kind == QEvent.Type.KeyPress and is_window_key(event):
            return True  # the window's action is off (nothing to undo): nor does the field
        return super().eventFilter(watched, event)

    def _context_menu(self, inner: QLineEdit | QPlainTextEdit | QTextEdit, pos: QPoint) -> None:
        menu = inner.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() in ("edit-undo", "edit-redo"):
                menu.removeAction(action)
        first = menu.actions()[0] if menu.actions() else None
        if first is not None and first.isSeparator():
            menu.removeAction(first)
        shown_on = inner.viewport() if isinstance(inner, QAbstractScrollArea) else inner
        menu.exec(shown_on.mapToGlobal(pos))
        menu.deleteLater()

    def typed(self) -> None:
        self.pending = True
        self._pause.start()

    def set_value(self, value: Any) -> None:
        if value == self._shown and self._held:
            return  # the user's text stays (and so does typing it is going on with)
        self._pause.stop()
        self.pending = False
        super().set_value(value)

    def release(self) -> None:
        self._pause.stop()
        self.pending = False
        super().release()

    def _keeps_entry(self) -> bool:
        return True

    def flush(self) -> None:
        self._pause.stop()
        if not self.pending:
            return
        self.pending = False
        try:
            value = self._read()
        except ValueError as error:
            self.pending = True  # still the user's: kept and marked until corrected
            self._held = True
            self._mark(str(error))
            return
        if value == self._shown and self._held:
            self._held = False  # corrected back to the stored value: nothing to store
            self._mark("")
        self._commit(value)

    def _read(self) -> Any:
        raise NotImplementedError


class LineEditor(_Typed):
    def __init__(self, max_length: int, nullable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setMaxLength(min(max_length, 32767))
        self.line.textEdited.connect(self.typed)
        self.line.editingFinished.connect(self.flush)
        self._layout.addWidget(self.line)
        self.watch(self.line)
        self.nullable = nullable

    def _show(self, value: Any) -> None:
        if self.line.text() != (value or ""):
            self.line.setText(value or "")
            self.line.setCursorPosition(0)  # a long text is shown from its start

    def _read(self) -> Any:
        text = self.line.text()
        return None if self.nullable and not text else text


class NumberEditor(LineEditor):
    """Swedish or plain numbers: "1 234,5", "1234.5", "−3"; empty for no value."""

    def __init__(self, integer: bool, nullable: bool, parent: QWidget | None = None) -> None:
        super().__init__(40, nullable, parent)
        self.integer = integer
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight)

    def _show(self, value: Any) -> None:
        text = "" if value is None else str(value).replace(".", ",")
        if text.endswith(",0"):
            text = text[:-2]
        self.line.setText(text)

    def _read(self) -> Any:
        text = re.sub(r"[\s\u00a0\u202f]", "", self.line.text()).replace("−", "-")
        if not text:
            if self.nullable:
                return None
            raise ValueError(self.tr("A number is needed here."))
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            raise ValueError(self.tr("Not a number: %1").replace("%1", self.line.text())) from None
        if self.integer:
            if not number.is_integer():
                raise ValueError(self.tr("A whole number is needed here."))
            return int(number)
        return number


class DateEditor(LineEditor):
    def __init__(self, nullable: bool, parent: QWidget | None = None) -> None:
        super().__init__(10, nullable, parent)
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))

    def _show(self, value: Any) -> None:
        self.line.setText(value.isoformat() if value else "")

    def _read(self) -> Any:
        text = self.line.text().strip()
        if not text and self.nullable:
            return None
        if _DATE.fullmatch(text):
            try:
                return date.fromisoformat(text)
            except ValueError:
                pass
        raise ValueError(self.tr("Not a date: write it as YYYY-MM-DD, e.g. 2021-01-01."))


class PlainTextEditor(_Typed):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self.typed)
        self._layout.addWidget(self.text)
        self.watch(self.text)

    def limit_lines(self, lines: int) -> None:
        """At most `lines` lines tall (then it scrolls): where a form must leave room."""
        self.text.setMaximumHeight(_lines_height(self.text, lines))

    def _show(self, value: Any) -> None:
        if self.text.toPlainText() != (value or ""):
            self.text.blockSignals(True)
            self.text.setPlainText(value or "")
            self.text.blockSignals(False)

    def _read(self) -> Any:
        return self.text.toPlainText()


class RichEditor(_Typed):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rich = RichTextEdit(self)
        self.rich.text_edited.connect(self.typed)
        self._layout.addWidget(self.rich)
        self.watch(self.rich.editor)
        self.setFocusProxy(self.rich)

    def limit_lines(self, lines: int) -> None:
        """At most `lines` lines tall (then it scrolls): where a form must leave room."""
        self.rich.editor.setMaximumHeight(_lines_height(self.rich.editor, lines))

    def _show(self, value: Any) -> None:
        self.rich.set_markdown(value or "")

    def _read(self) -> Any:
        return self.rich.markdown()

    def _commit(self, value: Any) -> None:
        if parse(value or "") != parse(self._shown or ""):  # written differently is no change
            super()._commit(value)


class BoolEditor(FieldEditor):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(text, self)
        self.box.clicked.connect(lambda checked: self._commit(bool(checked)))
        self._layout.addWidget(self.box)
        self.setFocusProxy(self.box)

    def _show(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ChoiceEditor(FieldEditor):
    """A code of a closed vocabulary, or a reference to another record."""

    def __init__(self, nullable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(20)
        wheel_only_when_focused(self.combo)
        self.combo.activated.connect(lambda index: self._commit(self.combo.itemData(index)))
        self._layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.nullable = nullable

    def set_choices(self, choices: list[tuple[Any, str]]) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        if self.nullable:
            self.combo.addItem(self.tr("(none)"), None)
        for value, text in choices:
            self.combo.addItem(text, value)
        self.combo.blockSignals(False)
        self._show(self._shown)

    def _show(self, value: Any) -> None:
        self.combo.setCurrentIndex(self.combo.findData(value))


class _LinkList(QListWidget):
    """As tall as its entries, up to a few (then it scrolls), where the form has no room to
    give it more: four links fit a laptop's screen."""

    ROWS = 6

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        rows = max(2, min(self.count(), self.ROWS))
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 2
        hint.setHeight(rows * row + 2 * self.frameWidth() + 4)
        return hint


class LinksEditor(FieldEditor):
    """A many-to-many link: tick the records to link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = _LinkList(self)
        self.list.itemChanged.connect(self._ticked)
        self._layout.addWidget(self.list)
        self.setFocusProxy(self.list)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for key, text in choices:
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.list.updateGeometry()  # its height follows its entries
        self._show(self._shown)

    def _show(self, value: Any) -> None:
        chosen = set(value or [])
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def _ticked(self, _item: QListWidgetItem) -> None:
        self._commit(
            [
                self.list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked
            ]
        )


def _lines_height(text: QPlainTextEdit | QTextEdit, lines: int) -> int:
    margins = text.contentsMargins()
    spare = int(2 * text.document().documentMargin()) + margins.top() + margins.bottom()
    return lines * text.fontMetrics().lineSpacing() + spare + 2 * text.frameWidth()


def editor_for(  # noqa: PLR0911 - one editor per kind of field
    spec: Field, label: str, parent: QWidget | None = None
) -> FieldEditor:
    """The editor for a plain field of the model."""
    kind = spec.kind
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        editor = ChoiceEditor(spec.nullable, parent)
        editor.set_choices([(member, code_label(member)) for member in kind])
        return editor
    if kind is bool:
        return BoolEditor(label, parent)
    if kind in (int, float):
        return NumberEditor(kind is int, spec.nullable, parent)
    if kind is date:
        return DateEditor(spec.nullable, parent)
    if spec.rich_text:
        return RichEditor(parent)
    if spec.max_length > 500:
        return PlainTextEditor(parent)
    return LineEditor(spec.max_length, spec.nullable, parent)

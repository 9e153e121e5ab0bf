"""A form for one record: its fields, references and links, each bound to an editor – in one
column, or in groups, a tab each.

Values are read fresh whenever the workspace reports a change; an edit goes through an undoable
command. The form holds the record's class and UUID, never a live database object."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.catalog import node
from bfa_desktop.services.choices import choices
from bfa_desktop.services.derived import derived_value, is_derived
from bfa_desktop.services.lookup import NotFoundError, find
from bfa_desktop.ui import edits
from bfa_desktop.ui.commands import on_refusal
from bfa_desktop.ui.editors import ChoiceEditor, FieldEditor, LinksEditor, editor_for
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.labels import field_label
from bfa_desktop.ui.problems import explain
from bfa_desktop.ui.record_list import display
from bfa_desktop.ui.refresh import RefreshWhenShown
from bfa_desktop.ui.workspace import FieldChange, Workspace

COMPACT_LINES = 3  # the height of a text above a group's lists


class RecordForm(RefreshWhenShown):
    """The fields `names` in one column; or, given `groups` ((title, names) each, the title
    translated in the context "Group"), each group on a tab of its own. A group's page scrolls
    unless something is added below its fields (`add_below`), which then takes the room left."""

    def __init__(
        self,
        workspace: Workspace,
        cls: type[model.Base],
        names: list[str],
        parent: QWidget | None = None,
        *,
        groups: Sequence[tuple[str, Sequence[str]]] = (),
        lists_in: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.cls = cls
        self.record: RecordRef | None = None
        spec = node(cls)
        self.fields = {f.name: f for f in spec.fields}
        self.references = {r.name: r for r in spec.references}
        self.editors: dict[str, FieldEditor] = {}
        self.derived: dict[str, QLabel] = {}
        self._group_of: dict[str, int] = {}
        self._pages: list[QVBoxLayout] = []
        self.groups: QTabWidget | None = None
        if not groups:
            self._add_fields(self, names)
        else:
            self.groups = QTabWidget(self)
            self.groups.setDocumentMode(True)
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.groups)
            for index, (title, group) in enumerate(groups):
                self.groups.addTab(self._group_page(group, index in lists_in), title_of(title))
                self._group_of.update(dict.fromkeys(group, index))
        workspace.changed.connect(self.request_reload)
        self.setEnabled(False)

    def _group_page(self, names: Sequence[str], holds_lists: bool) -> QWidget:
        fields = QWidget()
        self._add_fields(fields, names)
        if not holds_lists:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(fields)
            self._pages.append(QVBoxLayout())  # nothing is added below a scrolling page
            return scroll
        for name in names:  # its texts leave room for the lists below them
            limit = getattr(self.editors.get(name), "limit_lines", None)
            if limit is not None:
                limit(COMPACT_LINES)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(fields)
        self._pages.append(layout)
        return page

    def add_below(self, group: int, widget: QWidget) -> None:
        """Add `widget` (a list) below the fields of a group that holds lists."""
        self._pages[group].addWidget(widget, stretch=1)

    def _add_fields(self, holder: QWidget, names: Sequence[str]) -> None:
        layout = QFormLayout(holder)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            label = field_label(self.cls, name)
            if is_derived(self.cls, name):  # shown, not edited (the other side of a link)
                shown = QLabel(holder)
                shown.setObjectName(name)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.derived[name] = shown
                layout.addRow(label + ":", shown)
                continue
            editor = self._editor(name, label, holder)
            editor.setObjectName(name)
            editor.committed.connect(lambda value, n=name, t=label: self._edited(n, t, value))
            self.editors[name] = editor
            if name in self.fields and self.fields[name].kind is bool:
                layout.addRow("", editor)
            else:
                caption = QLabel(label + ":", holder)
                caption.setBuddy(editor)
                layout.addRow(caption, editor)

    def _editor(self, name: str, label: str, holder: QWidget) -> FieldEditor:
        if name in self.fields:
            return editor_for(self.fields[name], label, holder)
        reference = self.references[name]
        return LinksEditor(holder) if reference.many else ChoiceEditor(reference.nullable, holder)

    def show_record(self, record: RecordRef | None) -> None:
        if record != self.record:
            self.commit_pending()  # typing belongs to the record it was typed into
            for editor in self.editors.values():
                editor.release()  # what could not be stored was for the other record
        self.record = record
        self.request_reload()

    def commit_pending(self) -> None:
        """Store typing not yet committed (its pause has not passed)."""
        for editor in self.editors.values():
            flush = getattr(editor, "flush", None)
            if flush is not None:
                flush()

    def reload(self) -> None:
        self.commit_pending()  # what is typed is not overwritten by what is stored
        record = self.record
        values = (
            self.workspace.read(lambda session: self._values(session, record)) if record else None
        )
        self.setEnabled(values is not None)
        for name, shown in self.derived.items():
            shown.setText(values[name][0] if values else "")
        for name, editor in self.editors.items():
            if values is None:
                editor.set_value(None)
                continue
            value, options = values[name]
            if options is not None:
                editor.set_choices(options)  # type: ignore[attr-defined]
            editor.set_value(value)

    def _values(self, session: Session, record: RecordRef) -> dict[str, tuple[Any, Any]] | None:
        try:
            row = find(session, record.cls, record.key)
        except NotFoundError:  # gone, e.g. removed by an undo
            return None
        result: dict[str, tuple[Any, Any]] = {
            name: (display(derived_value(row, name)) or "–", None) for name in self.derived
        }
        for name in self.editors:
            if name in self.fields:
                result[name] = (getattr(row, name), None)
                continue
            target = getattr(row, name)
            options = choices(session, record.cls, record.key, name)
            if self.references[name].many:
                result[name] = ([item.uuid for item in target], options)
            else:
                result[name] = (target.uuid if target is not None else None, options)
        return result

    def request_reload(self, change: FieldChange | None = None) -> None:
        if (
            change is not None
            and self.isVisible()
            and self.record is not None
            and (change.cls, change.key) == (self.record.cls, self.record.key)
            and change.field in self.editors
        ):
            self._refresh_field(change.field)  # the common edit: one field of this record
            return
        super().request_reload(change)

    def affected_by(self, change: FieldChange) -> bool:
        """Another record's field shows here only through a derived value or a choice list."""
        return bool(self.derived) or bool(set(self.editors) - set(self.fields))

    def _refresh_field(self, name: str) -> None:
        record = self.record
        assert record is not None
        value = self.workspace.read(
            lambda session: getattr(find(session, record.cls, record.key), name)
        )
        self.editors[name].set_value(value)

    def focus_field(self, name: str) -> None:
        """Put the cursor in the field, its group shown and the field scrolled into view."""
        editor = self.editors.get(name)
        if editor is not None:
            if self.groups is not None:
                self.groups.setCurrentIndex(self._group_of[name])
            editor.setFocus()
            parent = editor.parentWidget()
            while parent is not None and not hasattr(parent, "ensureWidgetVisible"):
                parent = parent.parentWidget()
            if parent is not None:
                parent.ensureWidgetVisible(editor)  # type: ignore[attr-defined]

    def _edited(self, name: str, label: str, value: Any) -> None:
        if self.record is None:
            return
        editor = self.editors[name]
        with on_refusal(self.workspace, lambda message: editor.refuse(explain(message))):
            if name in self.fields:
                edits.set_field(self.workspace, self.record, name, value, label)
            elif self.references[name].many:
                edits.set_links(self.workspace, self.record, name, value, label)
            else:
                edits.set_reference(self.workspace, self.record, name, value, label)


def title_of(group: str) -> str:
    """A group's title in the window's language."""
    return QCoreApplication.translate("Group", group)

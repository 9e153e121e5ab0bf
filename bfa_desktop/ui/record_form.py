"""A form for one record: its fields, references and links, each bound to an editor.

Values are read fresh whenever the workspace reports a change; an edit goes through an undoable
command. The form holds the record's class and UUID, never a live database object."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.services.choices import choices
from bfa_desktop.services.derived import derived_value, is_derived
from bfa_desktop.services.editing import EditError, find
from bfa_desktop.services.exchange.tree import node
from bfa_desktop.ui import edits
from bfa_desktop.ui.commands import on_refusal
from bfa_desktop.ui.editors import ChoiceEditor, FieldEditor, LinksEditor, editor_for
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.labels import field_label
from bfa_desktop.ui.problems import explain
from bfa_desktop.ui.record_list import display
from bfa_desktop.ui.refresh import RefreshWhenShown
from bfa_desktop.ui.workspace import FieldChange, Workspace


class RecordForm(RefreshWhenShown):
    def __init__(
        self,
        workspace: Workspace,
        cls: type[model.Base],
        names: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.cls = cls
        self.record: RecordRef | None = None
        spec = node(cls)
        self.fields = {f.name: f for f in spec.fields}
        self.references = {r.name: r for r in spec.references}
        self.editors: dict[str, FieldEditor] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.derived: dict[str, QLabel] = {}
        for name in names:
            label = field_label(cls, name)
            if is_derived(cls, name):  # shown, not edited (the other side of a link)
                shown = QLabel(self)
                shown.setObjectName(name)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.derived[name] = shown
                layout.addRow(label + ":", shown)
                continue
            editor = self._editor(name, label)
            editor.setObjectName(name)
            editor.committed.connect(lambda value, n=name, t=label: self._edited(n, t, value))
            self.editors[name] = editor
            if name in self.fields and self.fields[name].kind is bool:
                layout.addRow("", editor)
            else:
                caption = QLabel(label + ":", self)
                caption.setBuddy(editor)
                layout.addRow(caption, editor)
        workspace.changed.connect(self.request_reload)
        self.setEnabled(False)

    def _editor(self, name: str, label: str) -> FieldEditor:
        if name in self.fields:
            return editor_for(self.fields[name], label, self)
        reference = self.references[name]
        return LinksEditor(self) if reference.many else ChoiceEditor(reference.nullable, self)

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
        except EditError:  # gone, e.g. removed by an undo
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
        editor = self.editors.get(name)
        if editor is not None:
            editor.setFocus()
            parent = self.parentWidget()
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

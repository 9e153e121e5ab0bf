"""Panels built from small declarations: a record's form, then its owned lists, each with a
detail panel for the selected item. Every tab of the window is such a declaration."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bfa_desktop import model
from bfa_desktop.model.catalog import node
from bfa_desktop.services.editing import new_record_values
from bfa_desktop.services.lookup import NotFoundError, find
from bfa_desktop.ui import edits
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.labels import record_name
from bfa_desktop.ui.page_spec import ListSpec, PanelSpec
from bfa_desktop.ui.record_form import RecordForm
from bfa_desktop.ui.record_list import ListEditor
from bfa_desktop.ui.refresh import RefreshWhenShown
from bfa_desktop.ui.workspace import FieldChange, Workspace

if TYPE_CHECKING:
    from bfa_desktop.ui.plan_view import PlanPanel


class RecordPanel(QWidget):
    """A record's form and, in tabs beside it, its owned lists – each list with the detail
    panel of its selected item, side by side at the top level, one above the other deeper.
    A form in groups has a tab per group instead, its lists below the fields of theirs."""

    status = Signal(str)

    def __init__(
        self, workspace: Workspace, spec: PanelSpec, parent: QWidget | None = None, depth: int = 0
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.spec = spec
        self.depth = depth
        self.lists: list[tuple[ListEditor, RecordPanel]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if spec.groups:
            self._grouped(spec)
            layout.addWidget(self.form)
            return
        self.form = RecordForm(workspace, spec.cls, list(spec.fields), self)
        self.form.setObjectName(f"form-{spec.cls.__name__}")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        if not spec.lists:
            layout.addWidget(scroll)
            return
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("Details"))
        for list_spec in spec.lists:
            child = _child(spec.cls, list_spec.relation)
            self.tabs.addTab(self._list_with_detail(list_spec), record_name(child, plural=True))
        layout.addWidget(self.tabs)

    def _grouped(self, spec: PanelSpec) -> None:
        with_lists = [index for index, group in enumerate(spec.groups) if group.lists]
        self.form = RecordForm(
            self.workspace,
            spec.cls,
            list(spec.fields),
            self,
            groups=[(group.title, group.fields) for group in spec.groups],
            lists_in=with_lists,
        )
        self.form.setObjectName(f"form-{spec.cls.__name__}")
        assert self.form.groups is not None
        self.tabs = self.form.groups
        for list_spec in spec.lists:
            group = next(i for i in with_lists if list_spec.relation in spec.groups[i].lists)
            container = self._list_with_detail(list_spec)
            container.setStretchFactor(1, 1)  # below fields: the list as tall as its detail
            self.form.add_below(group, container)

    def _list_with_detail(self, spec: ListSpec) -> QSplitter:
        orientation = Qt.Orientation.Horizontal if self.depth == 0 else Qt.Orientation.Vertical
        container = QSplitter(orientation, self)
        editor = ListEditor(self.workspace, self.spec.cls, spec.relation, spec.columns, container)
        editor.setObjectName(f"list-{spec.relation}")
        detail = RecordPanel(self.workspace, spec.detail, container, self.depth + 1)
        editor.current_changed.connect(detail.show_record)
        editor.added.connect(lambda _key: detail.focus_first_field())
        editor.status.connect(self.status)
        detail.status.connect(self.status)
        self.lists.append((editor, detail))
        container.addWidget(editor)
        container.addWidget(detail)
        container.setStretchFactor(0, 2 if self.depth == 0 else 1)
        container.setStretchFactor(1, 3)
        return container

    def show_record(self, record: RecordRef | None) -> None:
        self.form.show_record(record)
        for editor, _detail in self.lists:
            editor.set_owner(record)

    def focus_first_field(self) -> None:
        """Show the record's fields and put the cursor in the first (a new record's)."""
        self.reveal([], next(iter(self.form.editors), ""))

    def reveal(self, steps: list[tuple[str, str]], field: str) -> None:
        """Open the lists along `steps` (relation, uuid) and put the cursor in `field`."""
        if not steps:
            if self.spec.lists and not self.spec.groups:
                self.tabs.setCurrentIndex(0)  # the form's tab (a grouped form opens its own)
            self.form.focus_field(field)
            return
        relation, key = steps[0]
        for editor, detail in self.lists:
            if editor.model.relation == relation:
                tabs = self.tabs
                tabs.setCurrentIndex(
                    next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(editor))
                )
                editor.select(key)
                detail.reveal(steps[1:], field)
                return


class DocumentPage(RefreshWhenShown):
    """A period's document (one to one): its panel, or a button that creates it. The panel is
    a RecordPanel of `spec`, unless `make_panel` makes another kind (given the parent)."""

    status = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        relation: str,
        spec: PanelSpec,
        parent: QWidget | None = None,
        make_panel: Callable[[QWidget], RecordPanel | PlanPanel] | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_panel = make_panel or (lambda holder: RecordPanel(workspace, spec, holder))
        self.workspace = workspace
        self.relation = relation
        self.period: RecordRef | None = None
        self.stack = QStackedWidget(self)
        empty = QWidget(self.stack)
        empty_layout = QVBoxLayout(empty)
        self.empty_text = QLabel(empty)
        self.empty_text.setObjectName("empty-text")
        self.empty_text.setWordWrap(True)
        # Centred as text across the page's width: a wrapped label centred as a widget gets a
        # guessed width, and a height for another one – its second line was cut.
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.create_button = QPushButton(
            self.tr("Create %1").replace("%1", record_name(spec.cls)), empty
        )
        self.create_button.setObjectName(f"create-{relation}")
        self.create_button.clicked.connect(self.create)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch()
        self._panel: RecordPanel | PlanPanel | None = None  # built when first needed
        self.stack.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.spec = spec
        workspace.changed.connect(self.request_reload)
        workspace.selection_changed.connect(self.request_reload)

    @property
    def panel(self) -> RecordPanel | PlanPanel:
        """The document's panel; building it is most of a tab's cost, so it waits until used."""
        if self._panel is None:
            self._panel = self._make_panel(self.stack)
            self._panel.status.connect(self.status)
            self.stack.addWidget(self._panel)
        return self._panel

    def reload(self) -> None:
        key = self.workspace.period_key
        self.period = RecordRef(model.Period, key) if key else None
        document = self.workspace.read(self._document_key) if key else None
        if document:
            self.stack.setCurrentWidget(self.panel)
        else:
            self.stack.setCurrentIndex(0)
        self.create_button.setEnabled(bool(key))
        self.empty_text.setText(
            self.tr("This period has no %1 yet.").replace("%1", record_name(self.spec.cls))
            if key
            else self.tr("Choose a municipality and a period at the top of the window.")
        )
        wanted = RecordRef(self.spec.cls, document) if document else None
        if self._panel is not None and wanted != self._panel.form.record:
            self._panel.show_record(wanted)

    def affected_by(self, change: FieldChange) -> bool:
        return False  # a field edit neither adds nor removes the document

    def reveal(self, steps: list[tuple[str, str]], field: str) -> None:
        self.reload()
        self.panel.reveal(steps, field)

    def _document_key(self, session: object) -> str | None:
        try:
            period = find(session, model.Period, self.workspace.period_key)  # type: ignore[arg-type]
        except NotFoundError:
            return None
        document = getattr(period, self.relation)
        return document.uuid if document is not None else None

    def create(self) -> None:
        if self.period is None:
            return
        created = edits.add(
            self.workspace,
            self.period,
            self.relation,
            new_record_values(self.spec.cls),
            record_name(self.spec.cls),
        )
        if created:
            self.reload()
            self.panel.focus_first_field()


def _child(cls: type[model.Base], relation: str) -> type[model.Base]:
    return next(c.target for c in node(cls).children if c.name == relation)

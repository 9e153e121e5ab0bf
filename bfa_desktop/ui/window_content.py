"""What the main window shows of the database: the pages of every tab, the municipality and
period choosers, new municipalities and periods, and going to a field.

Kept apart from the window's frame so that the frame can be shown before the data layer
(SQLAlchemy, the model, the services) has loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.documents import DOCUMENT_TYPES, document_type
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.services.choices import path_from_period
from bfa_desktop.services.editing import EditError
from bfa_desktop.services.lookup import NotFoundError, all_municipalities, find
from bfa_desktop.services.workspaces import create_municipality, create_period
from bfa_desktop.settings import LAST_MUNICIPALITY, LAST_PERIOD
from bfa_desktop.storage.errors import StorageError
from bfa_desktop.ui import edits, pages
from bfa_desktop.ui.commands import on_refusal
from bfa_desktop.ui.editors import FieldEditor
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.lazy_page import LazyPage
from bfa_desktop.ui.panels import DocumentPage, RecordPanel
from bfa_desktop.ui.period_dialog import NewPeriodDialog
from bfa_desktop.ui.problems import explain
from bfa_desktop.ui.readiness_view import ReadinessView
from bfa_desktop.ui.record_list import CommandList
from bfa_desktop.ui.workspace import FieldChange, Workspace

if TYPE_CHECKING:
    from bfa_desktop.services.readiness import Finding
    from bfa_desktop.ui.main_window import MainWindow
    from bfa_desktop.ui.plan_view import PlanPanel
    from bfa_desktop.ui.search_view import SearchPanel

PERIOD_DATES = ("start_date", "end_date")
MUNICIPALITY_LISTS = ("organisations", "persons")
PERIOD_LISTS = ("parties", "decisions", "signatories")
SEARCH_WIDTH = 380
OVERVIEW = "overview"  # the tab of the readiness check, the period and some documents


class WindowContent(QObject):
    """The pages and the choosers of one window, on one workspace."""

    def __init__(self, window: MainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.pages = self._build_pages()
        self.search: SearchPanel | None = None
        window.municipality_box.activated.connect(lambda _i: self.chosen(municipality_changed=True))
        window.period_box.activated.connect(lambda _i: self.chosen(municipality_changed=False))
        workspace.failed.connect(window.refused)
        workspace.changed.connect(self._changed)
        workspace.selection_changed.connect(self._show_period)
        workspace.selection_changed.connect(self._show_municipality)

    def _build_pages(self) -> dict[str, QWidget]:
        """Every tab's page; what a page shows is built when it is first shown (the period's
        and the municipality's panels here, a document's panel in its DocumentPage)."""
        window, workspace = self.window, self.workspace
        overview = QTabWidget(window)
        overview.setDocumentMode(True)
        self.readiness = ReadinessView(workspace, overview)
        self.readiness.activated.connect(self.reveal)
        overview.addTab(
            self.readiness, QCoreApplication.translate("MainWindow", "Ready for export?")
        )
        self.period_page = LazyPage(self._build_period_panel, overview)
        overview.addTab(
            self.period_page, QCoreApplication.translate("MainWindow", "Period and parties")
        )
        self.documents: dict[str, DocumentPage] = {}  # by the period's relation
        tabs: dict[str, QWidget] = {OVERVIEW: overview}
        for kind, spec in pages.DOCUMENTS.items():
            declared = document_type(kind)
            in_overview = declared.tab == OVERVIEW
            page = DocumentPage(
                workspace,
                declared.relation,
                spec.panel,
                overview if in_overview else window,
                # The plan has a screen of its own: its table with the details beside it.
                make_panel=self._build_plan_panel if kind is DocumentKind.HANDLINGSPLAN else None,
            )
            page.status.connect(window.statusBar().showMessage)
            self.documents[declared.relation] = page
            if in_overview:
                overview.addTab(page, QCoreApplication.translate("MainWindow", spec.title))
            else:
                tabs[declared.tab] = page
        self.municipality_page = LazyPage(self._build_municipality_page, window)
        return {**tabs, "municipality": self.municipality_page}

    def _build_period_panel(self, holder: QWidget) -> RecordPanel:
        panel = RecordPanel(self.workspace, pages.PERIOD, holder)
        panel.status.connect(self.window.statusBar().showMessage)
        key = self.workspace.period_key
        panel.show_record(RecordRef(model.Period, key) if key else None)
        return panel

    def _build_municipality_page(self, holder: QWidget) -> QWidget:
        from bfa_desktop.ui.municipality_assets import MunicipalityAssets  # noqa: PLC0415

        page = QWidget(holder)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(MunicipalityAssets(self.workspace, page))
        panel = RecordPanel(self.workspace, pages.MUNICIPALITY, page)
        panel.status.connect(self.window.statusBar().showMessage)
        key = self.workspace.municipality_key
        panel.show_record(RecordRef(model.Municipality, key) if key else None)
        layout.addWidget(panel, stretch=1)
        self._municipality_panel = panel
        return page

    def _build_plan_panel(self, holder: QWidget) -> PlanPanel:
        from bfa_desktop.ui.plan_view import PlanPanel  # noqa: PLC0415 - when first shown

        return PlanPanel(self.workspace, self.window.settings, holder)

    @property
    def period_panel(self) -> RecordPanel:
        """The period's panel (built now if it has not been)."""
        return self.period_page.content

    @property
    def municipality_panel(self) -> RecordPanel:
        """The municipality's panel (built now if it has not been)."""
        self.municipality_page.content  # noqa: B018 - builds it
        return self._municipality_panel

    # --- municipality and period ------------------------------------------------------------

    def refresh_choosers(self) -> None:
        window, workspace = self.window, self.workspace
        municipalities = workspace.read(
            lambda session: [(m.uuid, m.name) for m in all_municipalities(session)]
        )
        wanted = workspace.municipality_key or window.settings.get(LAST_MUNICIPALITY)
        keys = [key for key, _name in municipalities]
        if wanted not in keys:
            wanted = keys[0] if keys else ""
        _fill(window.municipality_box, municipalities, wanted)
        periods = workspace.read(lambda session: _periods(session, wanted)) if wanted else []
        wanted_period = (
            workspace.period_key
            if workspace.municipality_key == wanted
            else window.settings.get(LAST_PERIOD)
        )
        period_keys = [key for key, _label in periods]
        if wanted_period not in period_keys:
            wanted_period = period_keys[-1] if period_keys else ""
        _fill(window.period_box, periods, wanted_period)
        self._choose(wanted, wanted_period)

    def _changed(self, change: FieldChange | None) -> None:
        if change is None or change.cls in (model.Municipality, model.Period):
            self.refresh_choosers()  # names and periods in the choosers may have changed
        if change is None or change.cls is model.Period:
            self._name_plan_tab()
        dates = change is not None and change.cls is model.Period and change.field in PERIOD_DATES
        if dates and self.period_page.built:
            self.period_panel.form.request_reload()  # the legal basis follows the dates

    def chosen(self, *, municipality_changed: bool) -> None:
        window = self.window
        municipality = window.municipality_box.currentData() or ""
        if municipality_changed:
            periods = self.workspace.read(lambda session: _periods(session, municipality))
            _fill(window.period_box, periods, periods[-1][0] if periods else "")
        self._choose(municipality, window.period_box.currentData() or "")

    def _choose(self, municipality: str, period: str) -> None:
        self.workspace.choose(municipality, period)
        self.window.settings.set(LAST_MUNICIPALITY, municipality)
        self.window.settings.set(LAST_PERIOD, period)
        self.window.show_choice()

    def _show_period(self) -> None:
        key = self.workspace.period_key
        if self.period_page.built:
            self.period_panel.show_record(RecordRef(model.Period, key) if key else None)
        self._name_plan_tab()

    def _name_plan_tab(self) -> None:
        key = self.workspace.period_key
        under_law = self.workspace.read(lambda session: _under_law(session, key)) if key else False
        self.window.name_plan_tab(under_law=under_law)

    def _show_municipality(self) -> None:
        if self.municipality_page.built:
            key = self.workspace.municipality_key
            record = RecordRef(model.Municipality, key) if key else None
            self._municipality_panel.show_record(record)

    def new_municipality(self) -> None:
        window = self.window
        name, ok = QInputDialog.getText(
            window,
            QCoreApplication.translate("MainWindow", "New municipality"),
            QCoreApplication.translate(
                "MainWindow", "Name of the municipality (e.g. Danderyds kommun):"
            ),
        )
        if not ok or not name.strip():
            return
        police, _ok = QInputDialog.getText(
            window,
            QCoreApplication.translate("MainWindow", "New municipality"),
            QCoreApplication.translate("MainWindow", "Local police area (may be left empty):"),
        )
        try:
            with self.workspace.database.session() as session:
                key = create_municipality(session, name, police)
        except (EditError, StorageError) as error:  # StorageError: a full disk, say
            window.refused(str(error))
            return
        self.workspace.choose(key, "")
        self.refresh_choosers()
        self.new_period()

    def new_period(self) -> None:
        municipality = self.workspace.municipality_key
        if not municipality:
            self.new_municipality()
            return
        dialog = NewPeriodDialog(
            lambda first, last: self._create_period(municipality, first, last), self.window
        )
        dialog.exec()
        dialog.deleteLater()

    def _create_period(self, municipality: str, first: int, last: int) -> str | None:
        """Make the period and show it; why it cannot be made, if so."""
        refusals: list[str] = []
        note = refusals.append
        with on_refusal(self.workspace, note):
            key = edits.create(
                self.workspace,
                model.Period,
                lambda session: create_period(session, municipality, first, last),
                QCoreApplication.translate("MainWindow", "new period"),
            )
        if not key:
            return explain(refusals[-1]) if refusals else ""
        self.workspace.choose(municipality, key)
        self.refresh_choosers()
        return None

    # --- going to a field -------------------------------------------------------------------

    def reveal(self, finding: Finding) -> None:
        """Open the tab, lists and form of a finding's record and put the cursor in its field."""
        self.go_to(finding.record, finding.key, finding.field_name, finding.code)

    def go_to(self, cls: type[model.Base], key: str, field: str, code: str = "") -> None:
        """Open the tab, lists and form of a record and put the cursor in its field. `code` is
        a readiness finding's, of a document that is missing."""
        tabs = self.window.tabs
        overview = self.pages[OVERVIEW]
        assert isinstance(overview, QTabWidget)
        if cls is model.Municipality:
            tabs.setCurrentWidget(self.municipality_page)
            self.municipality_panel.reveal([], field)
            return
        if cls is model.Period and field:
            tabs.setCurrentWidget(overview)
            overview.setCurrentWidget(self.period_page)
            self.period_panel.reveal([], field)
            return
        try:
            steps = self.workspace.read(lambda session: path_from_period(find(session, cls, key)))
        except NotFoundError:  # gone meanwhile
            return
        first = steps[0][0] if steps else ""
        if first in MUNICIPALITY_LISTS:
            tabs.setCurrentWidget(self.municipality_page)
            self.municipality_panel.reveal(steps, field)
            return
        if first in PERIOD_LISTS:
            tabs.setCurrentWidget(overview)
            overview.setCurrentWidget(self.period_page)
            self.period_panel.reveal(steps, field)
            return
        declared = next(
            (
                d
                for d in DOCUMENT_TYPES
                if d.relation == first or (not steps and d.missing_code == code)
            ),
            None,
        )
        if declared is None:
            tabs.setCurrentWidget(overview)
            return
        document = self.documents[declared.relation]
        if declared.tab == OVERVIEW:
            tabs.setCurrentWidget(overview)
            overview.setCurrentWidget(document)
        else:
            tabs.setCurrentWidget(document)
        document.reveal(steps[1:], field)

    # --- search ---------------------------------------------------------------------------

    def find_in_period(self) -> None:
        """Show the search panel (made when first asked for) with the cursor in its field."""
        if self.search is None:
            from bfa_desktop.ui.search_view import SearchPanel  # noqa: PLC0415 - when asked for

            self.search = SearchPanel(self.workspace, self.go_to, self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search)
            self.window.resizeDocks([self.search], [SEARCH_WIDTH], Qt.Orientation.Horizontal)
        self.search.start()

    # --- the lists' commands in the Edit menu ------------------------------------------------

    def focused_list(self) -> CommandList | None:
        """The list that has the keyboard focus (its table, filters or buttons)."""
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, CommandList):
            widget = widget.parentWidget()
        return widget if widget is not None and self.window.isAncestorOf(widget) else None

    def list_command(self, name: str) -> None:
        focused = self.focused_list()
        if focused is not None:
            focused.command(name)

    def can_list_command(self, name: str) -> bool:
        focused = self.focused_list()
        return focused is not None and focused.can(name)

    def commit_pending_edits(self) -> None:
        """Typing not yet committed (its pause has not passed) is stored now."""
        for editor in self.window.findChildren(FieldEditor):
            flush = getattr(editor, "flush", None)
            if flush is not None:
                flush()


def _under_law(session: Session, period_key: str) -> bool:
    try:
        period = find(session, model.Period, period_key)
    except NotFoundError:
        return False
    return bool(period.under_law)  # type: ignore[attr-defined]


def _periods(session: Session, municipality_key: str) -> list[tuple[str, str]]:
    try:
        municipality = find(session, model.Municipality, municipality_key)
    except NotFoundError:
        return []
    return [(period.uuid, period.label) for period in municipality.periods]


def _fill(box: QComboBox, items: list[tuple[str, str]], current: Any) -> None:
    box.blockSignals(True)
    box.clear()
    for key, text in items:
        box.addItem(text, key)
    box.setCurrentIndex(max(box.findData(current), 0) if items else -1)
    box.blockSignals(False)
    box.setEnabled(bool(items))

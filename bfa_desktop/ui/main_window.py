"""The main window: choose municipality and period, a tab per document, menus and toolbar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from bfa_desktop import __version__, model
from bfa_desktop.services.choices import path_from_period
from bfa_desktop.services.editing import EditError, find
from bfa_desktop.services.lookup import all_municipalities
from bfa_desktop.services.readiness import Finding
from bfa_desktop.services.workspaces import create_municipality, create_period
from bfa_desktop.settings import (
    LAST_MUNICIPALITY,
    LAST_PERIOD,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    UserSettings,
)
from bfa_desktop.ui import edits, pages
from bfa_desktop.ui.editors import FieldEditor
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.municipality_assets import MunicipalityAssets
from bfa_desktop.ui.panels import DocumentPage, RecordPanel
from bfa_desktop.ui.readiness_view import ReadinessView
from bfa_desktop.ui.workspace import FieldChange, Workspace

DOCUMENT_TABS = {
    "situation_picture": "situation",
    "action_plan": "plan",
    "citizen_promises": "promises",
    "evaluation": "evaluation",
    "official_report": "report",
}
MISSING_DOCUMENT_TABS = {
    "no-situation-picture": "situation",
    "no-action-plan": "plan",
    "no-citizen-promises": "promises",
    "no-official-report": "report",
}


class MainWindow(QMainWindow):
    export_requested = Signal()
    demo_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, workspace: Workspace, settings: UserSettings) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = settings
        self.setWindowTitle("BFA Desktop")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.pages: dict[str, QWidget] = {}
        self._build_tabs()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(self._choosers())
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._build_actions()
        workspace.failed.connect(self._refused)
        workspace.changed.connect(self._changed)
        self.refresh_choosers()
        self._restore_geometry()

    # --- layout ----------------------------------------------------------------------------

    def _choosers(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.municipality_box = QComboBox(self)
        self.municipality_box.setObjectName("municipality")
        self.municipality_box.setMinimumContentsLength(24)
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("period")
        self.period_box.setMinimumContentsLength(12)
        for caption, box in (
            (self.tr("&Municipality:"), self.municipality_box),
            (self.tr("&Period:"), self.period_box),
        ):
            label = QLabel(caption, self)
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box)
        new_period = QPushButton(self.tr("New period…"), self)
        new_period.clicked.connect(self.new_period)
        row.addWidget(new_period)
        row.addStretch()
        self.municipality_box.activated.connect(lambda _i: self._chosen(municipality_changed=True))
        self.period_box.activated.connect(lambda _i: self._chosen(municipality_changed=False))
        return row

    def _build_tabs(self) -> None:
        overview = QTabWidget(self)
        overview.setDocumentMode(True)
        self.overview = overview
        self.readiness = ReadinessView(self.workspace, overview)
        self.readiness.activated.connect(self.reveal)
        overview.addTab(self.readiness, self.tr("Ready for export?"))
        self.period_panel = RecordPanel(self.workspace, pages.PERIOD, overview)
        overview.addTab(self.period_panel, self.tr("Period and parties"))
        overview.addTab(
            DocumentPage(self.workspace, "agreement", pages.AGREEMENT, overview),
            self.tr("Agreement"),
        )
        overview.addTab(
            DocumentPage(self.workspace, "endorsement", pages.ENDORSEMENT, overview),
            self.tr("Council's endorsement"),
        )
        self.workspace.selection_changed.connect(self._show_period)
        municipality = QWidget(self)
        municipality_layout = QVBoxLayout(municipality)
        municipality_layout.setContentsMargins(0, 0, 0, 0)
        municipality_layout.addWidget(MunicipalityAssets(self.workspace, municipality))
        self.municipality_panel = RecordPanel(self.workspace, pages.MUNICIPALITY, municipality)
        municipality_layout.addWidget(self.municipality_panel, stretch=1)
        self.workspace.selection_changed.connect(self._show_municipality)
        tabs: list[tuple[str, str, QWidget]] = [
            ("overview", self.tr("&Overview"), overview),
            (
                "situation",
                self.tr("&Situation picture"),
                DocumentPage(self.workspace, "situation_picture", pages.SITUATION, self),
            ),
            (
                "plan",
                self.tr("Action &plan"),
                DocumentPage(self.workspace, "action_plan", pages.PLAN, self),
            ),
            (
                "promises",
                self.tr("Citizen p&romises"),
                DocumentPage(self.workspace, "citizen_promises", pages.PROMISES, self),
            ),
            (
                "evaluation",
                self.tr("&Evaluation"),
                DocumentPage(self.workspace, "evaluation", pages.EVALUATION, self),
            ),
            (
                "report",
                self.tr("Official &report"),
                DocumentPage(self.workspace, "official_report", pages.REPORT, self),
            ),
            ("municipality", self.tr("Municipalit&y"), municipality),
        ]
        for name, title, page in tabs:
            page.setObjectName(f"page-{name}")
            self.pages[name] = page
            self.tabs.addTab(page, title.replace("&", ""))
            if hasattr(page, "status"):
                page.status.connect(self.statusBar().showMessage)  # type: ignore[attr-defined]

    def _build_actions(self) -> None:
        stack = self.workspace.undo_stack
        undo = stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        export = QAction(self.tr("&Export…"), self)
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self._export)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        new_municipality = QAction(self.tr("New &municipality…"), self)
        new_municipality.triggered.connect(self.new_municipality)
        new_period = QAction(self.tr("New &period…"), self)
        new_period.setShortcut(QKeySequence("Ctrl+Shift+P"))
        new_period.triggered.connect(self.new_period)
        demo = QAction(self.tr("Load the &example municipality"), self)
        demo.triggered.connect(self.demo_requested)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (new_municipality, new_period, demo, None, export, None, quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(index), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for code, name in (("sv", "Svenska"), ("en", "English")):
            action = QAction(name, self)
            action.setObjectName(f"language-{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            language_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About BFA Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        toolbar = QToolBar(self.tr("Toolbar"), self)
        toolbar.setObjectName("toolbar")
        for action in (undo, redo, export):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.actions_by_name = {
            "undo": undo,
            "redo": redo,
            "export": export,
            "new_municipality": new_municipality,
            "new_period": new_period,
        }

    # --- municipality and period ------------------------------------------------------------

    def refresh_choosers(self) -> None:
        municipalities = self.workspace.read(
            lambda session: [(m.uuid, m.name) for m in all_municipalities(session)]
        )
        wanted = self.workspace.municipality_key or self.settings.get(LAST_MUNICIPALITY)
        keys = [key for key, _name in municipalities]
        if wanted not in keys:
            wanted = keys[0] if keys else ""
        _fill(self.municipality_box, municipalities, wanted)
        periods = self.workspace.read(lambda session: _periods(session, wanted)) if wanted else []
        wanted_period = (
            self.workspace.period_key
            if self.workspace.municipality_key == wanted
            else self.settings.get(LAST_PERIOD)
        )
        period_keys = [key for key, _label in periods]
        if wanted_period not in period_keys:
            wanted_period = period_keys[-1] if period_keys else ""
        _fill(self.period_box, periods, wanted_period)
        self._choose(wanted, wanted_period)

    def _changed(self, change: FieldChange | None) -> None:
        if change is None or change.cls in (model.Municipality, model.Period):
            self.refresh_choosers()  # names and periods in the choosers may have changed

    def _chosen(self, *, municipality_changed: bool) -> None:
        municipality = self.municipality_box.currentData() or ""
        if municipality_changed:
            periods = self.workspace.read(lambda session: _periods(session, municipality))
            _fill(self.period_box, periods, periods[-1][0] if periods else "")
        self._choose(municipality, self.period_box.currentData() or "")

    def _choose(self, municipality: str, period: str) -> None:
        self.workspace.choose(municipality, period)
        self.settings.set(LAST_MUNICIPALITY, municipality)
        self.settings.set(LAST_PERIOD, period)
        self.setWindowTitle(
            " – ".join(
                filter(
                    None,
                    [
                        self.municipality_box.currentText(),
                        self.period_box.currentText(),
                        "BFA Desktop",
                    ],
                )
            )
        )

    def _show_period(self) -> None:
        key = self.workspace.period_key
        self.period_panel.show_record(RecordRef(model.Period, key) if key else None)

    def _show_municipality(self) -> None:
        key = self.workspace.municipality_key
        self.municipality_panel.show_record(RecordRef(model.Municipality, key) if key else None)

    def new_municipality(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("New municipality"),
            self.tr("Name of the municipality (e.g. Danderyds kommun):"),
        )
        if not ok or not name.strip():
            return
        police, _ok = QInputDialog.getText(
            self, self.tr("New municipality"), self.tr("Local police area (may be left empty):")
        )
        try:
            with self.workspace.database.session() as session:
                key = create_municipality(session, name, police)
        except EditError as error:
            self._refused(str(error))
            return
        self.workspace.choose(key, "")
        self.refresh_choosers()
        self.new_period()

    def new_period(self) -> None:
        municipality = self.workspace.municipality_key
        if not municipality:
            self.new_municipality()
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("New period"),
            self.tr("Years of the period (e.g. 2025–2026):"),
        )
        if not ok:
            return
        years = [int(part) for part in text.replace("–", "-").split("-") if part.strip().isdigit()]
        if not years:
            self._refused(self.tr("Write the years of the period, e.g. 2025–2026."))
            return
        key = edits.create(
            self.workspace,
            model.Period,
            lambda session: create_period(session, municipality, years[0], years[-1]),
            self.tr("new period"),
        )
        if key:
            self.workspace.choose(municipality, key)
            self.refresh_choosers()

    # --- going to a field -------------------------------------------------------------------

    def reveal(self, finding: Finding) -> None:
        """Open the tab, lists and form of a finding's record and put the cursor in its field."""
        steps = self.workspace.read(
            lambda session: path_from_period(find(session, finding.record, finding.key))
        )
        tab = DOCUMENT_TABS.get(steps[0][0]) if steps else MISSING_DOCUMENT_TABS.get(finding.code)
        page = self.pages.get(tab or "overview")
        self.tabs.setCurrentWidget(page)
        if isinstance(page, DocumentPage):
            page.reveal(steps[1:], finding.field_name)

    # --- the rest ---------------------------------------------------------------------------

    def _export(self) -> None:
        self.commit_pending_edits()
        self.export_requested.emit()

    def commit_pending_edits(self) -> None:
        """Typing not yet committed (its pause has not passed) is stored now."""
        for editor in self.findChildren(FieldEditor):
            flush = getattr(editor, "flush", None)
            if flush is not None:
                flush()

    def _refused(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
        QApplication.beep()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About BFA Desktop"),
            self.tr(
                "BFA Desktop %1\n\nThe documents of the crime-prevention collaboration between "
                "a municipality and the police."
            ).replace("%1", __version__),
        )

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(1280, 820)
        state = self.settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.commit_pending_edits()
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64()).decode("ascii"))
        self.settings.set(WINDOW_STATE, bytes(self.saveState().toBase64()).decode("ascii"))
        super().closeEvent(event)


def _periods(session: Session, municipality_key: str) -> list[tuple[str, str]]:
    try:
        municipality = find(session, model.Municipality, municipality_key)
    except EditError:
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

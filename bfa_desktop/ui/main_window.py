"""The main window's frame: the municipality and period choosers, a tab per document, menus and
toolbar. It is shown first; the workspace is attached to it once the database is open, and only
then are the data layer and the pages loaded (see window_content)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bfa_desktop import __version__
from bfa_desktop.settings import UI_LANGUAGE, WINDOW_GEOMETRY, WINDOW_STATE, UserSettings
from bfa_desktop.ui.keys import LIST_KEYS, export_keys, redo_keys, undo_keys
from bfa_desktop.ui.tabs import TAB_NAMES, tab_title
from bfa_desktop.ui.wheel import wheel_only_when_focused

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from bfa_desktop.services.readiness import Finding
    from bfa_desktop.ui.window_content import WindowContent
    from bfa_desktop.ui.workspace import Workspace

# The commands listed under Help › Keyboard shortcuts, in the order of the menus.
MENU_ORDER = (
    "new_municipality",
    "new_period",
    "export",
    "quit",
    "undo",
    "redo",
    "find",
    *LIST_KEYS,
    "shortcuts",
)


class MainWindow(QMainWindow):
    export_requested = Signal()
    backups_requested = Signal()
    demo_requested = Signal()
    language_requested = Signal(str)
    ready = Signal()  # a workspace is attached: every tab shows its page

    def __init__(self, workspace: Workspace | None, settings: UserSettings) -> None:
        super().__init__()
        self.settings = settings
        self.workspace: Workspace | None = None
        self.content: WindowContent | None = None
        self.setWindowTitle("BFA Desktop")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        for name in TAB_NAMES:
            self.tabs.addTab(self._waiting_page(), tab_title(name))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(self._choosers())
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._build_actions()
        self._restore_geometry()
        if workspace is not None:
            self.attach(workspace)

    def attach(self, workspace: Workspace) -> None:
        """Show `workspace`: build the pages, wire undo and redo, fill the choosers."""
        from bfa_desktop.ui.style import install_style  # noqa: PLC0415 - see the docstring
        from bfa_desktop.ui.window_content import WindowContent  # noqa: PLC0415 - see the docstring

        install_style()  # before the pages are made: the frame alone is restyled
        self.workspace = workspace
        self.content = WindowContent(self, workspace)
        self._assign_shortcuts()
        for box in (self.municipality_box, self.period_box):
            wheel_only_when_focused(box)  # here, not when made: it loads Qt's enums (see above)
        current = self.tabs.currentIndex()
        for index, name in enumerate(TAB_NAMES):
            page = self.content.pages[name]
            page.setObjectName(f"page-{name}")
            title = self.tabs.tabText(index)
            waiting = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            waiting.deleteLater()
        self.tabs.setCurrentIndex(current)
        self._wire_undo(workspace)
        for action in self._workspace_actions():
            action.setEnabled(True)
        self.new_period_button.setEnabled(True)
        self.content.refresh_choosers()
        self.ready.emit()

    def _waiting_page(self) -> QWidget:
        """What a tab shows until the database is open: a centred note. Centred by stretching
        the grid around it – an alignment flag would load Qt's whole enum namespace (≈ 40 ms
        before the first paint)."""
        page = QWidget(self.tabs)
        grid = QGridLayout(page)
        grid.addWidget(QLabel(self.tr("Opening the database…"), page), 1, 1)
        for edge in (0, 2):
            grid.setRowStretch(edge, 1)
            grid.setColumnStretch(edge, 1)
        return page

    @property
    def pages(self) -> dict[str, QWidget]:
        return self.content.pages if self.content else {}

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
            box.setEnabled(False)
            label = QLabel(caption, self)
            label.setBuddy(box)
            row.addWidget(label)
            row.addWidget(box)
        self.new_period_button = QPushButton(self.tr("New period…"), self)
        self.new_period_button.clicked.connect(self.new_period)
        self.new_period_button.setEnabled(False)
        row.addWidget(self.new_period_button)
        row.addStretch()
        return row

    def _build_actions(self) -> None:
        undo = QAction(self.tr("Undo"), self)
        redo = QAction(self.tr("Redo"), self)
        export = QAction(self.tr("&Export…"), self)
        export.triggered.connect(self._export)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.triggered.connect(self.close)
        new_municipality = QAction(self.tr("New &municipality…"), self)
        new_municipality.triggered.connect(self.new_municipality)
        new_period = QAction(self.tr("New &period…"), self)
        new_period.triggered.connect(self.new_period)
        demo = QAction(self.tr("Load the &example municipality"), self)
        demo.triggered.connect(self.demo_requested)
        backups = QAction(self.tr("&Backups…"), self)
        backups.triggered.connect(self._backups)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        entries = (new_municipality, new_period, demo, None, export, backups, None, quit_action)
        for action in entries:
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        list_actions = self._build_edit_menu(undo, redo)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(index), self)
            action.setObjectName(f"view-{index + 1}")
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        enforced = self.settings.enforced(UI_LANGUAGE)
        for code, name in (("sv", "Svenska"), ("en", "English")):
            action = QAction(name, self)
            action.setObjectName(f"language-{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            action.setEnabled(not enforced)
            language_menu.addAction(action)
        if enforced:  # the machine's policy decides; say so where the choice would be
            language_menu.addAction(self.tr("Set by your IT department")).setEnabled(False)
        help_actions = self._build_help_menu()
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
            "demo": demo,
            "backups": backups,
            "quit": quit_action,
            **list_actions,
            **help_actions,
        }
        for action in (undo, redo, *self._workspace_actions()):
            action.setEnabled(False)  # until a workspace is attached

    def _build_edit_menu(self, undo: QAction, redo: QAction) -> dict[str, QAction]:
        """Undo and redo, search, and the commands of the list that has the focus."""
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addAction(undo)
        menu.addAction(redo)
        menu.addSeparator()
        find = QAction(self.tr("&Find in the period…"), self)
        find.setObjectName("find")
        find.triggered.connect(self.find_in_period)
        menu.addAction(find)
        menu.addSeparator()
        texts = {
            "add": self.tr("&Add to the list"),
            "remove": self.tr("&Remove from the list"),
            "move_up": self.tr("Move &up"),
            "move_down": self.tr("Move &down"),
        }
        actions = {}
        for name, text in texts.items():
            action = QAction(text, self)
            action.setObjectName(f"list-{name}")
            action.triggered.connect(lambda _checked=False, n=name: self._list_command(n))
            menu.addAction(action)
            actions[name] = action
        # Shown as they apply to the list in focus; their keys always work, for that list.
        menu.aboutToShow.connect(self._show_list_actions)
        menu.aboutToHide.connect(
            lambda: [a.setEnabled(bool(self.content)) for a in actions.values()]
        )
        return {**actions, "find": find}

    def _build_help_menu(self) -> dict[str, QAction]:
        menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.triggered.connect(self.show_shortcuts)
        guide = QAction(self.tr("Your &first document"), self)
        guide.triggered.connect(self.show_guide)
        about = QAction(self.tr("&About BFA Desktop"), self)
        about.triggered.connect(self._about)
        for action in (shortcuts, guide, about):
            menu.addAction(action)
        return {"shortcuts": shortcuts, "guide": guide, "about": about}

    def _list_command(self, name: str) -> None:
        if self.content:
            self.content.list_command(name)

    def _show_list_actions(self) -> None:
        for name in LIST_KEYS:
            can = bool(self.content) and self.content.can_list_command(name)  # type: ignore[union-attr]
            self.actions_by_name[name].setEnabled(can)

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts, in a window beside this one."""
        from bfa_desktop.ui.help import ShortcutsDialog, keys_text  # noqa: PLC0415 - when asked

        fixed = {"undo": self.tr("Undo"), "redo": self.tr("Redo")}  # theirs name the step
        commands = [
            (keys_text(action), fixed.get(name) or action.text().replace("&", ""))
            for name in MENU_ORDER
            if (action := self.actions_by_name[name]).shortcuts()
        ]
        for index in range(self.tabs.count()):
            view = self.findChild(QAction, f"view-{index + 1}")
            commands.append((keys_text(view), self.tabs.tabText(index)))
        self._show_beside(ShortcutsDialog(commands, self), "shortcuts-dialog")

    def show_guide(self) -> None:
        from bfa_desktop.ui.help import GuideDialog  # noqa: PLC0415 - when asked for

        self._show_beside(GuideDialog(self), "guide-dialog")

    def _show_beside(self, dialog: QWidget, name: str) -> None:
        """Show a help window (again: the one shown before goes)."""
        shown = self.findChild(QWidget, name)
        if shown is not None:
            shown.deleteLater()
            shown.setObjectName("")
        dialog.setObjectName(name)
        dialog.show()

    def _assign_shortcuts(self) -> None:
        """Keys for the actions. Done once the frame is painted: a shortcut loads Qt's whole
        enum namespace (≈ 80 ms), and no key can reach a window that is not yet shown."""
        keys = {
            "undo": undo_keys(),
            "redo": redo_keys(),
            "export": export_keys(),
            "quit": [QKeySequence.StandardKey.Quit],
            "new_period": [QKeySequence("Ctrl+Shift+P")],
            "shortcuts": [QKeySequence(QKeySequence.StandardKey.HelpContents)],
            "find": [QKeySequence("Ctrl+F")],
            **{name: [QKeySequence(key)] for name, key in LIST_KEYS.items()},
        }
        for name, sequences in keys.items():
            self.actions_by_name[name].setShortcuts(sequences)
        for index in range(self.tabs.count()):
            view = self.findChild(QAction, f"view-{index + 1}")
            view.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))

    def _workspace_actions(self) -> list[QAction]:
        names = ("export", "backups", "new_municipality", "new_period", "demo", "find", *LIST_KEYS)
        return [self.actions_by_name[name] for name in names]

    def _wire_undo(self, workspace: Workspace) -> None:
        """The undo and redo actions follow the workspace's stack and name the step."""
        stack = workspace.undo_stack
        undo, redo = self.actions_by_name["undo"], self.actions_by_name["redo"]
        undo.triggered.connect(self.undo)
        redo.triggered.connect(self.redo)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(self._name_undo)  # methods: cut off when the window goes
        stack.redoTextChanged.connect(self._name_redo)
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())

    def undo(self) -> None:
        """Undo the last step; typing not yet committed is a step of its own, undone first."""
        if self.workspace is not None:
            self.commit_pending_edits()
            self.statusBar().clearMessage()  # what it said was of the step undone
            self.workspace.undo_stack.undo()

    def redo(self) -> None:
        if self.workspace is not None:
            self.commit_pending_edits()
            self.statusBar().clearMessage()
            self.workspace.undo_stack.redo()

    def _name_undo(self, step: str) -> None:
        self.actions_by_name["undo"].setText(f"{self.tr('Undo')} {step}".strip())

    def _name_redo(self, step: str) -> None:
        self.actions_by_name["redo"].setText(f"{self.tr('Redo')} {step}".strip())

    # --- what the content does --------------------------------------------------------------

    def refresh_choosers(self) -> None:
        if self.content:
            self.content.refresh_choosers()

    def new_municipality(self) -> None:
        if self.content:
            self.content.new_municipality()

    def new_period(self) -> None:
        if self.content:
            self.content.new_period()

    def find_in_period(self) -> None:
        if self.content:
            self.content.find_in_period()

    def name_plan_tab(self, *, under_law: bool) -> None:
        """Under Act 2023:196 the plan is an åtgärdsplan, before it a handlingsplan."""
        title = self.tr("Statutory action &plan") if under_law else self.tr("Action &plan")
        self.tabs.setTabText(TAB_NAMES.index("plan"), title.replace("&", ""))

    def reveal(self, finding: Finding) -> None:
        if self.content:
            self.content.reveal(finding)

    def commit_pending_edits(self) -> None:
        """Typing not yet committed (its pause has not passed) is stored now."""
        if self.content:
            self.content.commit_pending_edits()

    def show_choice(self) -> None:
        """The window's title names the chosen municipality and period, and says when the
        database is open read-only."""
        chosen = [self.municipality_box.currentText(), self.period_box.currentText()]
        title = " – ".join(filter(None, [*chosen, "BFA Desktop"]))
        if self.workspace is not None and self.workspace.database.read_only:
            read_only = self.tr("(read-only)")
            title = f"{title} {read_only}"
        self.setWindowTitle(title)

    # --- the rest ---------------------------------------------------------------------------

    def _export(self) -> None:
        self.commit_pending_edits()
        self.export_requested.emit()

    def _backups(self) -> None:
        self.commit_pending_edits()
        self.backups_requested.emit()

    def refused(self, message: str) -> None:
        from bfa_desktop.ui.problems import explain  # noqa: PLC0415 - after the first paint

        self.statusBar().showMessage(explain(message), 10_000)
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
        else:  # as large as a laptop's screen allows
            room = self.screen().availableGeometry()
            self.resize(min(1280, room.width()), min(820, room.height()))
        state = self.settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.commit_pending_edits()
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64()).decode("ascii"))
        self.settings.set(WINDOW_STATE, bytes(self.saveState().toBase64()).decode("ascii"))
        super().closeEvent(event)

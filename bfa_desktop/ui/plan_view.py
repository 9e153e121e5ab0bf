"""The action plan's tab: the whole plan in one table – every focus area with its measures,
filtered and sorted – and beside it the selected row's details: a focus area's problem, causes
and effect goals, or a measure's fields in groups. The plan's own fields are on a tab of their
own. The widths of the table's columns and of the two sides are kept in the settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bfa_desktop import model
from bfa_desktop.model.enums import OwnerParty, ProgressStatus
from bfa_desktop.services.editing import new_record_values
from bfa_desktop.services.lookup import NotFoundError, find
from bfa_desktop.settings import PLAN_COLUMNS, PLAN_SPLITTER, Setting, UserSettings
from bfa_desktop.ui import edits, pages
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.labels import code_label, field_label, record_name
from bfa_desktop.ui.metrics import row_height
from bfa_desktop.ui.panels import RecordPanel
from bfa_desktop.ui.plan_model import (
    COLUMNS,
    NO_FOLLOW_UP,
    NUMBER,
    STATUS,
    TITLE,
    UNIT,
    PlanFilter,
    PlanRow,
    PlanTableModel,
)
from bfa_desktop.ui.record_form import RecordForm
from bfa_desktop.ui.record_list import CommandList, RecordTableView
from bfa_desktop.ui.removal import removed_message
from bfa_desktop.ui.wheel import wheel_only_when_focused
from bfa_desktop.ui.workspace import FieldChange, Workspace

SAVE_DELAY_MS = 500  # a splitter or column dragged is stored once it rests
UNIT_CHARACTERS = 22  # a longer name of a unit is cut short (the tooltip has it)
TITLE_CHARACTERS = 30  # the title column is at least this wide
CELL_PADDING = 16
# Edits of these fields change a row of the table; of others, nothing it shows.
SHOWN_FIELDS = {
    model.Measure: {"title", "owner_party", "deadline", "ongoing"},
    model.FocusArea: {"title"},
    model.MeasureFollowUp: {"status", "traffic_light", "traffic_light_text", "follow_up_date"},
}


def fill_filter(combo: QComboBox, choices: list[tuple[Any, str]], all_text: str) -> None:
    """Offer the choices, keeping the one chosen if it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    for value, text in choices:
        combo.addItem(text, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
    if index < 0 and current is not None:
        combo.currentIndexChanged.emit(0)  # the chosen value is gone: show all again


class PlanTableView(RecordTableView):
    """The plan's table: a focus area's title spans the measures' columns."""

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        changes = (model.layoutChanged, model.modelReset, model.rowsInserted, model.rowsRemoved)
        for signal in changes:
            signal.connect(self.span_areas)

    def span_areas(self, *_args: Any) -> None:
        proxy = self.model()
        assert isinstance(proxy, PlanFilter)
        rows = proxy.source().rows
        self.clearSpans()
        for row in range(proxy.rowCount()):
            if rows[proxy.mapToSource(proxy.index(row, 0)).row()].is_area:
                self.setSpan(row, TITLE, 1, len(COLUMNS) - TITLE)


class PlanEditor(CommandList):
    """The table of the plan, its filters and its commands."""

    current_changed = Signal(object)  # RecordRef of a focus area or a measure, or None
    added = Signal(object)  # the RecordRef of a record just added: its fields are next
    status = Signal(str)
    columns_changed = Signal()  # the user resized, moved or sorted the columns

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = PlanTableModel(workspace, self, today)
        self.proxy = PlanFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = PlanTableView(self)
        self._selected: RecordRef | None = None
        self._selected_row = 0  # where the selection was, for when its record goes
        self._plan_key: str | None = None
        self._sized = False  # columns restored from the settings, or dragged: left as they are
        self._fitting = False
        self._build_view()
        filters = self._build_filters()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, stretch=1)
        layout.addLayout(buttons)
        workspace.changed.connect(self.request_reload)
        self._update_buttons()

    def _build_view(self) -> None:
        view = self.view
        view.setObjectName("plan-table")
        view.setModel(self.proxy)
        view.setAccessibleName(self.tr("Focus areas and measures"))
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(view.font(), lines=1))  # one line: more rows
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setSortIndicator(NUMBER, Qt.SortOrder.AscendingOrder)  # the plan's own order
        view.setSortingEnabled(True)
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(self._columns_changed)
        header.sortIndicatorChanged.connect(lambda _column, _order: self.columns_changed.emit())
        view.viewport().installEventFilter(self)  # fitted again when the table is resized
        view.selectionModel().currentRowChanged.connect(self._current_changed)

    def _build_filters(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        self.unit_filter = self._filter(filters, "responsible_unit", "unit")
        self.owner_filter = self._filter(filters, "owner_party", "owner")
        self.status_filter = self._filter(filters, "latest_status", "status")
        self.overdue_filter = QCheckBox(self.tr("Past the deadline"), self)
        self.overdue_filter.setObjectName("filter-overdue")
        self.overdue_filter.toggled.connect(lambda on: self._set_filter(overdue=on))
        filters.addWidget(self.overdue_filter)
        filters.addStretch()
        owners = [(owner, code_label(owner)) for owner in OwnerParty]
        fill_filter(self.owner_filter, owners, self.tr("All"))
        statuses = [(NO_FOLLOW_UP, self.tr("Not followed up"))]
        statuses += [(status, code_label(status)) for status in ProgressStatus]
        fill_filter(self.status_filter, statuses, self.tr("All"))
        return filters

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.add_button = self._button(buttons, self.tr("New measure"), "add", self.add)
        self.add_area_button = self._button(
            buttons, self.tr("New focus area"), "add_area", self.add_area
        )
        self.remove_button = self._button(buttons, self.tr("Remove"), "remove", self.remove)
        self.up_button = self._button(buttons, self.tr("Move up"), "move_up", lambda: self.move(-1))
        self.down_button = self._button(
            buttons, self.tr("Move down"), "move_down", lambda: self.move(1)
        )
        buttons.addStretch()
        self.shown = QLabel(self)  # how many measures there are, and the filters leave
        self.shown.setObjectName("shown-count")
        buttons.addWidget(self.shown)
        return buttons

    # --- filters --------------------------------------------------------------------------

    def _filter(self, layout: QHBoxLayout, column: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"filter-{column}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        wheel_only_when_focused(combo)
        combo.currentIndexChanged.connect(
            lambda _i: self._set_filter(**{name: combo.currentData()})
        )
        caption = QLabel(field_label(model.Measure, column) + ":", self)
        caption.setBuddy(combo)
        layout.addWidget(caption)
        layout.addWidget(combo)
        return combo

    def _set_filter(self, **wanted: Any) -> None:
        self.proxy.set_filter(**wanted)
        self._restore_selection(self._selected)  # hidden by the filter: the first row shown
        self._after_rows_changed()

    def clear_filters(self) -> None:
        for combo in (self.unit_filter, self.owner_filter, self.status_filter):
            combo.setCurrentIndex(0)
        self.overdue_filter.setChecked(False)

    def _fill_units(self) -> None:
        units = {row.unit for row in self.model.rows if row.unit}
        fill_filter(
            self.unit_filter, sorted(units, key=lambda unit: unit[1].casefold()), self.tr("All")
        )

    # --- rows and selection -----------------------------------------------------------------

    def set_plan(self, plan: str | None) -> None:
        if plan != self._plan_key:
            self._plan_key = plan
            self.model.plan = plan
            self._selected, self._selected_row = None, 0
        self.request_reload()

    def reload(self) -> None:
        self.model.reload()
        self._fill_units()
        self.proxy.set_filter()  # which focus areas hold a matching measure, anew
        self._restore_selection(self._selected)
        self._after_rows_changed()

    def request_reload(self, change: FieldChange | None = None) -> None:
        """An edit of a field the table shows reloads that row alone (typing a title does not
        read the whole plan again); of another field of its records, nothing."""
        if change is not None and change.cls in SHOWN_FIELDS:
            if change.field not in SHOWN_FIELDS[change.cls]:
                return
            if self.isVisible():
                self._reload_row(change)
                return
        super().request_reload(change)

    def affected_by(self, change: FieldChange) -> bool:
        return change.cls is model.Organisation  # a unit's name

    def _reload_row(self, change: FieldChange) -> None:
        cls, key = change.cls, change.key
        if cls is model.MeasureFollowUp:
            cls, key = model.Measure, self.workspace.read(lambda s: _measure_of(s, change.key))
        if key:
            self.model.reload_row(cls, key)
            if self.proxy.filtering():
                self.proxy.set_filter()  # the row may now match, or no longer
            self._restore_selection(self._selected)
            self._after_rows_changed(fit=False)  # a row's new text may be cut, not widen it

    def _after_rows_changed(self, *, fit: bool = True) -> None:
        if fit:
            self._fit_columns()
        measures = [row for row in self.model.rows if not row.is_area]
        if self.proxy.filtering():
            count = sum(1 for row in measures if self.proxy.matches(row))
            self.shown.setText(
                self.tr("%1 of %n measure(s) shown", "", len(measures)).replace("%1", str(count))
            )
        else:
            self.shown.setText(self.tr("%n measure(s)", "", len(measures)))
        self._update_buttons()

    def current(self) -> RecordRef | None:
        return self._selected

    def current_row(self) -> PlanRow | None:
        number = self.model.row_of(self._selected.key if self._selected else None)
        return self.model.rows[number] if number >= 0 else None

    def select(self, record: RecordRef | None) -> None:
        """Select a focus area's or a measure's row; filters that hide it are cleared."""
        number = self.model.row_of(record.key if record else None)
        if number >= 0 and not self.proxy.mapFromSource(self.model.index(number, 0)).isValid():
            self.clear_filters()
        self._restore_selection(record)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selected_row = current.row()
        record = self._record_at(current)
        if record != self._selected:
            self._selected = record
            self.current_changed.emit(record)
        self._update_buttons()

    def _record_at(self, index: QModelIndex) -> RecordRef | None:
        if not index.isValid():
            return None
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        return RecordRef(row.cls, row.key)

    def _restore_selection(self, wanted: RecordRef | None) -> None:
        """Select the row of `wanted`; if it is gone (or hidden), the one shown where the
        selection was. The details are told only when the selection changes."""
        before = self._selected
        number = self.model.row_of(wanted.key if wanted else None)
        index = self.proxy.mapFromSource(self.model.index(number, 0)) if number >= 0 else None
        if index is None or not index.isValid():
            index = self.proxy.index(min(self._selected_row, self.proxy.rowCount() - 1), 0)
        selection = self.view.selectionModel()
        self._selected = self._record_at(index)
        if index.isValid():
            self._selected_row = index.row()
            selection.setCurrentIndex(
                index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
            )
            self.view.scrollTo(index)
        else:
            selection.clear()
        if self._selected != before:
            self.current_changed.emit(self._selected)

    # --- commands ---------------------------------------------------------------------------

    def add(self) -> None:
        """A new measure after the selected one, or first in the selected focus area."""
        row = self.current_row()
        if row is None:
            return
        key = edits.add(
            self.workspace,
            RecordRef(model.FocusArea, row.area),
            "measures",
            new_record_values(model.Measure),
            record_name(model.Measure),
            index=row.order[1],  # after the measure; the area's own row: first
        )
        self._added(RecordRef(model.Measure, key) if key else None)

    def add_area(self) -> None:
        """A new focus area after the selected row's, or the plan's first."""
        if self._plan_key is None:
            return
        row = self.current_row()
        key = edits.add(
            self.workspace,
            RecordRef(model.ActionPlan, self._plan_key),
            "focus_areas",
            new_record_values(model.FocusArea),
            record_name(model.FocusArea),
            index=row.order[0] if row else 0,
        )
        self._added(RecordRef(model.FocusArea, key) if key else None)

    def _added(self, record: RecordRef | None) -> None:
        if record is None:
            return
        self.clear_filters()  # a new record matches none: it is shown all the same
        self.select(record)
        self.added.emit(record)

    def remove(self) -> None:
        record, row = self.current(), self.current_row()
        if record is None or row is None:
            return
        message = self.workspace.read(
            lambda session: removed_message(session, record, row.number, numbered=True)
        )
        visible = self.proxy.mapFromSource(self.model.index(self.model.row_of(row.key), 0)).row()
        if edits.remove(self.workspace, record, record_name(record.cls)):
            # The row that took its place (or the last) is selected.
            following = self.proxy.index(min(visible, self.proxy.rowCount() - 1), 0)
            self.select(self._record_at(following))
            self.status.emit(message)

    def move(self, step: int) -> None:
        """Move the selected focus area among the areas, or the measure within its area, in
        the plan's order (a table sorted otherwise shows that order again)."""
        record, row = self.current(), self.current_row()
        if record is None or row is None:
            return
        siblings = self._siblings(row)
        target = siblings.index(row.key) + step
        if not 0 <= target < len(siblings):
            return
        header = self.view.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (
            NUMBER,
            Qt.SortOrder.AscendingOrder,
        ):
            self.view.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
        edits.move(self.workspace, record, target, record_name(record.cls))
        self.select(record)

    def _siblings(self, row: PlanRow) -> list[str]:
        rows = self.model.rows
        if row.is_area:
            return [r.key for r in rows if r.is_area]
        return [r.key for r in rows if not r.is_area and r.area == row.area]

    def _update_buttons(self) -> None:
        row = self.current_row()
        has_plan = self._plan_key is not None
        self.add_button.setEnabled(has_plan and bool(self.model.rows))
        self.add_area_button.setEnabled(has_plan)
        self.remove_button.setEnabled(row is not None)
        siblings = self._siblings(row) if row else []
        place = siblings.index(row.key) if row else -1
        self.up_button.setEnabled(place > 0)
        self.down_button.setEnabled(0 <= place < len(siblings) - 1)

    # --- columns ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Each column as wide as its heading and cells (up to a limit); the title takes what
        is left. Columns restored from the settings, or dragged, stay as they are."""
        if self._sized or not self.model.rows:
            return
        header = self.view.horizontalHeader()
        character = self.view.fontMetrics().averageCharWidth()
        self._fitting = True
        others = 0
        for column in range(len(COLUMNS)):
            if column == TITLE:
                continue
            width = max(header.sectionSizeHint(column), self._widest(column))
            if column == UNIT:
                width = min(width, max(header.sectionSizeHint(column), character * UNIT_CHARACTERS))
            header.resizeSection(column, width)
            others += width
        room = self.view.viewport().width() - others
        title = character * TITLE_CHARACTERS
        header.resizeSection(TITLE, max(room, title, header.sectionSizeHint(TITLE)))
        self._fitting = False

    def _widest(self, column: int) -> int:
        metrics = self.view.fontMetrics()
        shown = [row for row in self.model.rows if column == NUMBER or not row.is_area]
        texts = {self.model.text(row, column) for row in shown}
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        icon = self.view.iconSize().width() + 6 if column == STATUS else 0
        return widest + icon + CELL_PADDING

    def _resized(self, column: int, _old: int, _new: int) -> None:
        last = self.view.horizontalHeader().logicalIndex(len(COLUMNS) - 1)
        if column != last:  # the last column follows the table's width
            self._columns_changed()

    def _columns_changed(self, *_args: Any) -> None:
        if not self._fitting:
            self._sized = True
            self.columns_changed.emit()

    def columns_state(self) -> str:
        return _encoded(self.view.horizontalHeader().saveState())

    def restore_columns(self, state: str) -> None:
        if state and self.view.horizontalHeader().restoreState(_decoded(state)):
            self._sized = True


def _measure_of(session: Any, follow_up: str) -> str | None:
    try:
        return find(session, model.MeasureFollowUp, follow_up).measure.uuid  # type: ignore[attr-defined]
    except NotFoundError:
        return None


def _encoded(state: QByteArray) -> str:
    return bytes(state.toBase64()).decode("ascii")


def _decoded(text: str) -> QByteArray:
    """A state as the settings keep it; a hand-edited one may hold anything (Qt refuses what
    is not a state of its own)."""
    return QByteArray.fromBase64(text.encode("ascii", "ignore"))


class PlanPanel(QWidget):
    """The action plan: its table with the selected row's details beside it, and the plan's
    own fields on a second tab."""

    status = Signal(str)
    TABLE, DETAILS = 0, 1  # the tabs

    def __init__(
        self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.form = RecordForm(workspace, model.ActionPlan, list(pages.PLAN.fields), self)
        self.form.setObjectName("form-ActionPlan")
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)

        self.editor = PlanEditor(workspace, self)
        self.area = RecordPanel(workspace, pages.FOCUS_AREA, self, depth=1)
        self.area.setObjectName("focus-area")
        self.measure = RecordPanel(workspace, pages.MEASURE, self, depth=1)
        self.measure.setObjectName("measure")
        self.details = QStackedWidget(self)
        self.nothing = QLabel(self.tr("Choose a focus area or a measure in the table."), self)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        for page in (self.nothing, self.area, self.measure):
            self.details.addWidget(page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("plan-splitter")
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Focus areas and measures"))
        self.tabs.addTab(form_scroll, self.tr("Details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.editor.current_changed.connect(self._show)
        self.editor.added.connect(self._added)
        for source in (self.editor, self.area, self.measure):
            source.status.connect(self.status)
        self._save = QTimer(self)
        self._save.setSingleShot(True)
        self._save.setInterval(SAVE_DELAY_MS)
        self._save.timeout.connect(self.save_layout)
        self._restore_layout()
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._save.start())
        self.editor.columns_changed.connect(self._save.start)

    def show_record(self, record: RecordRef | None) -> None:
        """Show an action plan (or none)."""
        self.form.show_record(record)
        self.editor.set_plan(record.key if record else None)

    def _show(self, record: RecordRef | None) -> None:
        """The selected row's details beside the table."""
        if record is None:
            self.details.setCurrentWidget(self.nothing)
            self.area.show_record(None)
            self.measure.show_record(None)
            return
        panel = self.area if record.cls is model.FocusArea else self.measure
        panel.show_record(record)
        self.details.setCurrentWidget(panel)

    def _added(self, record: RecordRef) -> None:
        panel = self.area if record.cls is model.FocusArea else self.measure
        panel.focus_first_field()

    def focus_first_field(self) -> None:
        self.reveal([], next(iter(self.form.editors)))

    def reveal(self, steps: list[tuple[str, str]], field: str) -> None:
        """Open the plan's fields, or the row of a focus area or measure along `steps` (and
        what lies below it), and put the cursor in `field`."""
        if not steps:
            self.tabs.setCurrentIndex(self.DETAILS)
            self.form.focus_field(field)
            return
        self.tabs.setCurrentIndex(self.TABLE)
        (_areas, area), rest = steps[0], steps[1:]
        if rest and rest[0][0] == "measures":
            self.editor.select(RecordRef(model.Measure, rest[0][1]))
            self.measure.reveal(rest[1:], field)
        else:
            self.editor.select(RecordRef(model.FocusArea, area))
            self.area.reveal(rest, field)

    # --- what is remembered -----------------------------------------------------------------

    def _restore_layout(self) -> None:
        splitter = self.settings.get(PLAN_SPLITTER)
        if not splitter or not self.splitter.restoreState(_decoded(splitter)):
            self.splitter.setSizes([620, 380])  # the table the larger part
        self.editor.restore_columns(self.settings.get(PLAN_COLUMNS))

    def save_layout(self) -> None:
        """Keep the sides' and the columns' widths (and the sorting) for the next time."""
        self._save.stop()
        remembered: list[tuple[Setting[str], str]] = [
            (PLAN_SPLITTER, _encoded(self.splitter.saveState())),
            (PLAN_COLUMNS, self.editor.columns_state()),
        ]
        for setting, value in remembered:
            self.settings.set(setting, value)

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if self._save.isActive():
            self.save_layout()
        super().hideEvent(event)

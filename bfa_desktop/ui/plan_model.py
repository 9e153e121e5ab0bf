"""The whole action plan as one table: a row per focus area, its measures below it.

`PlanTableModel` holds the rows in the plan's order; `PlanFilter` keeps the measures that match
the filters (responsible unit, owner, status, past their deadline) under their focus areas,
and sorts by a column within each focus area, never mixing them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bfa_desktop import model
from bfa_desktop.model.enums import OwnerParty, ProgressStatus, TrafficLight
from bfa_desktop.services.lookup import NotFoundError, find
from bfa_desktop.ui.labels import code_label, column_label
from bfa_desktop.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("number", "title", "responsible_unit", "owner_party", "deadline", "latest_status")
NUMBER, TITLE, UNIT, OWNER, DEADLINE, STATUS = range(len(COLUMNS))
FINISHED = (ProgressStatus.GENOMFORD, ProgressStatus.INSTALLD)  # never past a deadline
NO_FOLLOW_UP = "no-follow-up"  # the status filter's value for measures not yet followed up

COLOURS = {  # the traffic light's colour, beside its word
    TrafficLight.GRON: (QT_TRANSLATE_NOOP("Colour", "green"), "#2e7d32"),
    TrafficLight.GUL: (QT_TRANSLATE_NOOP("Colour", "yellow"), "#f9a825"),
    TrafficLight.ROD: (QT_TRANSLATE_NOOP("Colour", "red"), "#c62828"),
}
OVERDUE_COLOUR = "#b00020"


@dataclass(frozen=True)
class PlanRow:
    """A row: a focus area, or one of its measures."""

    key: str
    area: str  # the focus area's UUID (an area's own)
    order: tuple[int, int]  # (focus area, measure) in the plan; the area's own row is (n, 0)
    number: str
    title: str
    unit: tuple[str, str] | None = None  # (UUID, name)
    owner: OwnerParty | None = None
    deadline: date | None = None
    ongoing: bool = False
    status: ProgressStatus | None = None
    light: TrafficLight | None = None
    light_text: str = ""
    overdue: bool = False

    @property
    def is_area(self) -> bool:
        return self.order[1] == 0

    @property
    def cls(self) -> type[model.Base]:
        return model.FocusArea if self.is_area else model.Measure


def read_plan(session: Session, plan_key: str, today: date) -> list[PlanRow]:
    """The plan's rows, in its order; none if it is gone. Loaded in a few queries, however
    many measures there are."""
    try:
        plan = find(session, model.ActionPlan, plan_key)
    except NotFoundError:
        return []
    measures = selectinload(model.FocusArea.measures)
    areas = session.scalars(
        select(model.FocusArea)
        .where(model.FocusArea.action_plan_id == plan.id)  # type: ignore[attr-defined]
        .order_by(model.FocusArea.position)
        .options(
            measures.selectinload(model.Measure.follow_ups),
            measures.selectinload(model.Measure.responsible_unit),
        )
    ).all()
    rows = []
    for number, area in enumerate(areas, start=1):
        rows.append(_area_row(area, number))
        for place, measure in enumerate(area.measures, start=1):
            rows.append(_measure_row(measure, number, place, today))
    return rows


def read_row(session: Session, cls: type[model.Base], key: str, today: date) -> PlanRow | None:
    """One focus area's or measure's row, as read_plan makes it; None if it is gone."""
    try:
        record = find(session, cls, key)
    except NotFoundError:
        return None
    if isinstance(record, model.FocusArea):
        return _area_row(record, record.number)
    assert isinstance(record, model.Measure)
    area = record.focus_area
    return _measure_row(record, area.number, area.measures.index(record) + 1, today)


def _area_row(area: model.FocusArea, number: int) -> PlanRow:
    return PlanRow(area.uuid, area.uuid, (number, 0), str(number), area.title)


def _measure_row(measure: model.Measure, area: int, place: int, today: date) -> PlanRow:
    latest = measure.follow_ups[-1] if measure.follow_ups else None
    status = latest.status if latest else None
    unit = measure.responsible_unit
    overdue = (
        measure.deadline is not None
        and measure.deadline < today
        and not measure.ongoing
        and status not in FINISHED
    )
    return PlanRow(
        measure.uuid,
        measure.focus_area.uuid,
        (area, place),
        f"{area}.{place}",
        measure.title,
        (unit.uuid, unit.name) if unit else None,
        measure.owner_party,
        measure.deadline,
        measure.ongoing,
        status,
        latest.traffic_light if latest else None,
        latest.traffic_light_text if latest else "",
        overdue,
    )


def colour_word(light: TrafficLight) -> str:
    return QCoreApplication.translate("Colour", COLOURS[light][0])


class PlanTableModel(QAbstractTableModel):
    """The plan's focus areas and measures, in the plan's order. Reloaded whole when records
    come or go, a row at a time when one is edited."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today = today
        self.plan: str | None = None  # the action plan's UUID
        self.rows: list[PlanRow] = []
        self._rows_of: dict[str, int] = {}

    def set_plan(self, plan: str | None) -> None:
        self.plan = plan
        self.reload()

    def reload(self) -> None:
        plan, today = self.plan, self.today()
        rows = self.workspace.read(lambda s: read_plan(s, plan, today)) if plan else []
        if [row.key for row in rows] == [row.key for row in self.rows]:
            # The same records in the same order: new cells, the view's state kept.
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, STATUS))
            return
        self.beginResetModel()
        self.rows = rows
        self._rows_of = {row.key: number for number, row in enumerate(rows)}
        self.endResetModel()

    def reload_row(self, cls: type[model.Base], key: str) -> None:
        """Read one focus area's or measure's row again (one of its fields was edited)."""
        number = self._rows_of.get(key, -1)
        if number < 0:
            return
        today = self.today()
        row = self.workspace.read(lambda s: read_row(s, cls, key, today))
        if row is None:
            self.reload()
            return
        self.rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, STATUS))

    def row_of(self, key: str | None) -> int:
        return self._rows_of.get(key, -1) if key else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            name = COLUMNS[section]
            return self.tr("No.") if name == "number" else column_label(model.Measure, name)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.key
        if role == Qt.ItemDataRole.FontRole and row.is_area:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.is_area:
            return QBrush(QColor(0, 0, 0, 18))  # a shade that works on light and dark
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS and row.light:
            return QColor(COLOURS[row.light][1])
        if role == Qt.ItemDataRole.ForegroundRole and column == DEADLINE and row.overdue:
            return QBrush(QColor(OVERDUE_COLOUR))
        return None

    def text(self, row: PlanRow, column: int) -> str:  # noqa: PLR0911 - one case per column
        """What a cell says."""
        if column == NUMBER:
            return row.number
        if column == TITLE:
            return row.title
        if row.is_area:
            return ""
        if column == UNIT:
            return row.unit[1] if row.unit else ""
        if column == OWNER:
            return code_label(row.owner) if row.owner else ""
        if column == DEADLINE:
            if row.deadline is None:
                return self.tr("Ongoing") if row.ongoing else ""
            when = row.deadline.isoformat()
            return self.tr("%1 (overdue)").replace("%1", when) if row.overdue else when
        if row.status is None:
            return ""
        status = code_label(row.status)
        if row.light is None:
            return status
        return self.tr("%1 (%2)").replace("%1", status).replace("%2", colour_word(row.light))

    def _tooltip(self, row: PlanRow, column: int) -> str:
        if column == STATUS and row.light:
            return f"{code_label(row.light)}: {row.light_text}".strip(": ")
        if column == STATUS and not row.is_area and row.status is None:
            return self.tr("Not followed up yet")
        if column == DEADLINE and row.overdue:
            return self.tr("Past its deadline and not done")
        return self.text(row, column)


class PlanFilter(QSortFilterProxyModel):
    """The measures that match every filter, each under its focus area (an area without any
    is left out while a filter is set); sorted by a column within each focus area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit: str | None = None
        self.owner: OwnerParty | None = None
        self.status: ProgressStatus | str | None = None  # or NO_FOLLOW_UP
        self.overdue = False
        self._matching_areas: set[str] | None = None  # areas with a matching measure
        self._collator = QCollator(QLocale())
        self._collator.setNumericMode(True)
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def source(self) -> PlanTableModel:
        model = self.sourceModel()
        assert isinstance(model, PlanTableModel)
        return model

    def set_filter(self, **wanted: Any) -> None:
        """Set filters by name (unit, owner, status, overdue); None or False: any."""
        self.beginFilterChange()
        for name, value in wanted.items():
            setattr(self, name, value)
        self._matching_areas = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filtering(self) -> bool:
        return any((self.unit, self.owner, self.status, self.overdue))

    def clear_filters(self) -> None:
        self.set_filter(unit=None, owner=None, status=None, overdue=False)

    def invalidate_areas(self) -> None:
        """The rows changed: which areas hold a matching measure is asked again."""
        self._matching_areas = None

    def matches(self, row: PlanRow) -> bool:
        """Whether a measure's row passes every filter."""
        if self.unit and (row.unit is None or row.unit[0] != self.unit):
            return False
        if self.owner and row.owner != self.owner:
            return False
        if self.status == NO_FOLLOW_UP:
            if row.status is not None:
                return False
        elif self.status and row.status != self.status:
            return False
        return not (self.overdue and not row.overdue)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        rows = self.source().rows
        row = rows[source_row]
        if not self.filtering():
            return True
        if not row.is_area:
            return self.matches(row)
        if self._matching_areas is None:
            self._matching_areas = {r.area for r in rows if not r.is_area and self.matches(r)}
        return row.key in self._matching_areas

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt's name
        """Focus areas stay in the plan's order, each area's row first, whichever way the
        column sorts; Qt asks with the sides swapped when sorting downwards."""
        rows = self.source().rows
        a, b = rows[left.row()], rows[right.row()]
        down = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if a.area != b.area or a.is_area or b.is_area:
            return (a.order < b.order) != down
        compared = self._compare(a, b, left.column())
        if compared == 0:
            return (a.order < b.order) != down  # equal: the plan's order
        return compared < 0

    def _compare(self, a: PlanRow, b: PlanRow, column: int) -> int:
        if column in (NUMBER, STATUS, DEADLINE):
            first, second = _sort_key(a, column), _sort_key(b, column)
            return (first > second) - (first < second)
        source = self.source()
        return self._collator.compare(source.text(a, column), source.text(b, column))


def _sort_key(row: PlanRow, column: int) -> tuple[Any, ...]:
    if column == NUMBER:
        return row.order
    if column == DEADLINE:  # the earliest first; ongoing and undated last
        return (row.deadline is None, row.deadline or date.max)
    statuses = list(ProgressStatus)
    return (row.status is None, statuses.index(row.status) if row.status else 0)

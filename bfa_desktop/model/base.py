"""Declarative base and the columns every persisted record carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Enum, MetaData, String, Text
from sqlalchemy.ext.orderinglist import OrderingList
from sqlalchemy.orm import DeclarativeBase, Mapped, Relationship, mapped_column, relationship

# Named constraints let Alembic's batch mode recreate SQLite tables without losing them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Current time in UTC, without tzinfo (SQLite stores no zone; all stored times are UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record:
    """Integer key for joins, a stable UUID for exchange and merge, and timestamps."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


def rich_text() -> Any:
    """A text column holding the rich-text subset (see richtext.py); the window edits it with
    bold, italic and lists, documents render it."""
    return mapped_column(Text, default="", info={"rich_text": True})


def enum_type(enum_class: type[StrEnum]) -> Enum:
    """Store an enum by its value (a short Swedish code), not by its Python name."""
    return Enum(
        enum_class,
        values_callable=lambda members: [member.value for member in members],
        native_enum=False,
        create_constraint=True,  # the database refuses unknown codes, not only the ORM
        validate_strings=True,
        length=32,
    )


class PositionList(OrderingList):
    """An ordering list that leaves consistent positions alone.

    An appended item keeps its position when that continues the list (so loading a list whose
    positions have gaps writes nothing), and gets the next free one when it has none or would
    tie with or precede the last item (a new item, or one moved here from another list).
    """

    def append(self, entity: Any) -> None:
        previous = self[-1] if self else None
        list.append(self, entity)
        position = self._get_order_value(entity)
        if previous is None:
            if position is None:
                self._set_order_value(entity, 0)
            return
        last = self._get_order_value(previous)
        if position is None or position <= last:
            self._set_order_value(entity, max(len(self) - 1, last + 1))


def ordered_children(target: str, back_populates: str) -> Relationship[Any]:
    """An owned, ordered list: removing an item deletes it; `position` follows list order.

    Positions can have gaps or ties when rows go by a database cascade or are added from the
    child's side; the id breaks ties, and numbers shown to users come from the list order
    (`number_in`), never from the stored position.
    """
    return relationship(
        target,
        back_populates=back_populates,
        cascade="all, delete-orphan",
        order_by=f"({target}.position, {target}.id)",
        collection_class=lambda: PositionList("position"),
    )


def number_in(items: list[Any], item: Any) -> int:
    """1-based place of `item` in its ordered list: the number documents print."""
    return items.index(item) + 1

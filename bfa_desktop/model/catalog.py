"""The domain catalog: the records there are, their fields, links and owned children, read from
the data model.

Each mapped class is a record. Its columns (without integer keys, foreign keys and list
positions) are its fields, with their kind, limits, vocabulary and whether they hold rich text;
its delete-orphan relationships are the children it owns (a list, or one); every other
relationship it holds is a link to a record it points at (one, or a list). Deriving this from
the model keeps every layer that iterates it – editing, exchange, snapshots, the window –
complete as the model grows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    String,
    Text,
    inspect,
)
from sqlalchemy.orm import Mapper, RelationshipDirection, RelationshipProperty

from bfa_desktop.model.base import Base, Record
from bfa_desktop.model.organisation import Municipality
from bfa_desktop.model.plan import Measure

# The record everything else belongs to, directly or through its owners.
ROOT: type[Base] = Municipality
# A many-to-many link is kept once; this side of it is derived from the other.
DERIVED_LINKS = {(Measure, "promises")}
# Text fields hold whole documents' sections; the limit only guards against absurd input.
MAX_TEXT_LENGTH = 1_000_000
MAX_BINARY_BYTES = 20 * 1024 * 1024  # a Word template or a logo
# Every record's identity and timestamps: kept as they are, never edited.
RECORD_FIELDS = ("uuid", "created_at", "modified_at")


@dataclass(frozen=True)
class Field:
    name: str
    kind: type  # str, int, float, bool, date, datetime, bytes or a StrEnum (its vocabulary)
    nullable: bool
    required: bool  # a new record must be given it (no default, not nullable)
    max_length: int
    rich_text: bool = False  # holds the rich-text subset (model.richtext)

    @property
    def vocabulary(self) -> type[StrEnum] | None:
        """The closed vocabulary of a coded field, else None."""
        return self.kind if issubclass(self.kind, StrEnum) else None

    @property
    def editable(self) -> bool:
        return self.name not in RECORD_FIELDS


@dataclass(frozen=True)
class Child:
    """Records owned: removed with their owner, nested in its exchange data."""

    name: str
    target: type[Base]
    many: bool


@dataclass(frozen=True)
class Reference:
    """A link to a record owned elsewhere: one (many-to-one) or a list (many-to-many)."""

    name: str
    target: type[Base]
    many: bool
    nullable: bool


@dataclass(frozen=True)
class Node:
    """One kind of record."""

    cls: type[Base]
    fields: tuple[Field, ...]
    children: tuple[Child, ...]
    references: tuple[Reference, ...]

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def child(self, name: str) -> Child | None:
        return next((c for c in self.children if c.name == name), None)

    def reference(self, name: str) -> Reference | None:
        return next((r for r in self.references if r.name == name), None)


@cache
def node(cls: type[Base]) -> Node:
    mapper: Mapper[Any] = inspect(cls)
    fields = tuple(_fields(mapper))
    children: list[Child] = []
    references: list[Reference] = []
    for rel in mapper.relationships:
        target = rel.mapper.class_
        if rel.cascade.delete_orphan:
            children.append(Child(rel.key, target, many=bool(rel.uselist)))
        elif (cls, rel.key) in DERIVED_LINKS or _is_owner_link(rel):
            continue
        elif rel.direction is RelationshipDirection.MANYTOMANY:
            references.append(Reference(rel.key, target, many=True, nullable=False))
        elif rel.direction is RelationshipDirection.MANYTOONE:
            nullable = all(column.nullable for column in rel.local_columns)
            references.append(Reference(rel.key, target, many=False, nullable=nullable))
    return Node(cls, fields, tuple(children), tuple(references))


@cache
def all_nodes() -> tuple[Node, ...]:
    """Every record reachable from the root, in a stable order (owners before what they own)."""
    seen: dict[type[Base], Node] = {}

    def visit(cls: type[Base]) -> None:
        if cls in seen:
            return
        seen[cls] = node(cls)
        for child in seen[cls].children:
            visit(child.target)

    visit(ROOT)
    return tuple(seen.values())


@cache
def owned_classes(cls: type[Base]) -> frozenset[type[Base]]:
    """The record and every kind of record it owns, however deep."""
    found = {cls}
    for child in node(cls).children:
        found |= owned_classes(child.target)
    return frozenset(found)


@cache
def owner_classes(cls: type[Base]) -> frozenset[type[Base]]:
    """The kinds of record that own this one, however far up (its owners' order numbers it)."""
    owners = {spec.cls for spec in all_nodes() for child in spec.children if child.target is cls}
    found = set(owners)
    for owner in owners:
        found |= owner_classes(owner)
    return frozenset(found)


def key_of(record: Base) -> str:
    """A record's UUID (every mapped class is a Record)."""
    assert isinstance(record, Record)
    return record.uuid


def owner_of(record: Base) -> tuple[Base, str] | None:
    """The record that owns this one and the name of its list (or one-to-one attribute); None
    for the root."""
    for relationship in inspect(type(record)).relationships:
        if relationship.direction is not RelationshipDirection.MANYTOONE:
            continue
        for reverse in relationship._reverse_property:
            if reverse.cascade.delete_orphan:
                parent = getattr(record, relationship.key)
                if parent is not None:
                    return parent, reverse.key
    return None


def owned(record: Base, child: Child) -> list[Base]:
    """The records a record owns through one of its children, in their order."""
    value = getattr(record, child.name)
    if child.many:
        return list(value)
    return [value] if value is not None else []


def walk(record: Base) -> list[Base]:
    """The record and everything it owns, owners first, in document order."""
    found = [record]
    for child in node(type(record)).children:
        for item in owned(record, child):
            found.extend(walk(item))
    return found


def has_lone_surrogate(text: str) -> bool:
    """Whether `text` holds half of a surrogate pair, which no file or database can store."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _is_owner_link(rel: RelationshipProperty[Any]) -> bool:
    """The back side of an owned child (Measure.focus_area) or of a reference (Person.persons)."""
    if rel.direction is RelationshipDirection.ONETOMANY:
        return True
    if rel.direction is RelationshipDirection.MANYTOONE:
        return any(other.cascade.delete_orphan for other in rel._reverse_property)
    return False


_KINDS: list[tuple[type, type]] = [
    (Enum, StrEnum),
    (Boolean, bool),
    (Integer, int),
    (Float, float),
    (DateTime, datetime),
    (Date, date),
    (Text, str),
    (String, str),
    (LargeBinary, bytes),
]


def _fields(mapper: Mapper[Any]) -> list[Field]:
    result = []
    columns = sorted(mapper.columns, key=lambda c: c.key not in RECORD_FIELDS)
    for column in columns:
        if column.primary_key or column.foreign_keys or column.key == "position":
            continue
        kind = _kind(column)
        max_length = getattr(column.type, "length", None) or (
            MAX_BINARY_BYTES if kind is bytes else MAX_TEXT_LENGTH
        )
        has_default = column.default is not None and column.key not in RECORD_FIELDS
        result.append(
            Field(
                name=column.key,
                kind=kind,
                nullable=bool(column.nullable),
                required=not (has_default or column.nullable),
                max_length=max_length,
                rich_text=bool(column.info.get("rich_text")),
            )
        )
    return result


def _kind(column: Column[Any]) -> type:
    column_type = column.type
    kind = next(python for sql, python in _KINDS if isinstance(column_type, sql))
    if kind is StrEnum:
        assert isinstance(column_type, Enum) and column_type.enum_class is not None
        return column_type.enum_class
    return kind

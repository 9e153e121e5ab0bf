"""The shape of the exchange format, read from the data model.

Each mapped class becomes a JSON object: its columns (without integer keys, foreign keys and
list positions) as fields; owned children (delete-orphan relationships) nested as lists or
objects; every other reference as the UUID (or list of UUIDs) of the record it points to.
Deriving the shape from the model keeps the format complete as the model grows; a test holds
the published JSON Schema to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache

from sqlalchemy import (
    Boolean,
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
from sqlalchemy.orm import Mapper, RelationshipDirection

from bfa_desktop import model

FORMAT_NAME = "bfa-desktop-exchange"
FORMAT_VERSION = 3
ROOT = model.Municipality
# A many-to-many link is written once; this side is derived from the other.
DERIVED_LINKS = {(model.Measure, "promises")}
# Text fields hold whole documents' sections; the limit only guards against absurd input.
MAX_TEXT_LENGTH = 1_000_000
MAX_BINARY_BYTES = 20 * 1024 * 1024  # a Word template or a logo


@dataclass(frozen=True)
class Field:
    name: str
    kind: type  # str, int, float, bool, date, datetime or a StrEnum
    nullable: bool
    required: bool
    max_length: int
    rich_text: bool = False  # holds the rich-text subset (model.richtext)


@dataclass(frozen=True)
class Child:
    name: str
    target: type[model.Base]
    many: bool


@dataclass(frozen=True)
class Reference:
    name: str
    target: type[model.Base]
    many: bool
    nullable: bool


@dataclass(frozen=True)
class Node:
    cls: type[model.Base]
    fields: tuple[Field, ...]
    children: tuple[Child, ...]
    references: tuple[Reference, ...]


@cache
def node(cls: type[model.Base]) -> Node:
    mapper: Mapper[model.Base] = inspect(cls)
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


def all_nodes() -> list[Node]:
    """Every node reachable from the root, in a stable order."""
    seen: dict[type[model.Base], Node] = {}

    def visit(cls: type[model.Base]) -> None:
        if cls in seen:
            return
        seen[cls] = node(cls)
        for child in seen[cls].children:
            visit(child.target)

    visit(ROOT)
    return list(seen.values())


def _is_owner_link(rel: object) -> bool:
    """The back side of an owned child (Measure.focus_area) or of a reference (Person.persons)."""
    direction = rel.direction  # type: ignore[attr-defined]
    if direction is RelationshipDirection.ONETOMANY:
        return True
    if direction is RelationshipDirection.MANYTOONE:
        reverse = rel._reverse_property  # type: ignore[attr-defined]
        return any(other.cascade.delete_orphan for other in reverse)
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


RECORD_FIELDS = ("uuid", "created_at", "modified_at")


def _fields(mapper: Mapper[model.Base]) -> list[Field]:
    result = []
    columns = sorted(mapper.columns, key=lambda c: c.key not in RECORD_FIELDS)
    for column in columns:
        if column.primary_key or column.foreign_keys or column.key == "position":
            continue
        column_type = column.type
        kind = next(python for sql, python in _KINDS if isinstance(column_type, sql))
        if kind is StrEnum:
            kind = column_type.enum_class  # type: ignore[attr-defined]
        max_length = getattr(column_type, "length", None) or (
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

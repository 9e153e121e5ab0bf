"""Shared helpers of the demo workspace: deterministic UUIDs and timestamps, rich text, and
the references the builders hand each other."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from bfa_desktop.model import (
    Base,
    BoardDecision,
    Measure,
    Municipality,
    Organisation,
    Person,
    Place,
    PrioritisedProblem,
)

# Fixed for ever: changing it would give every demo record a new identity on every machine.
DEMO_NAMESPACE = uuid.UUID("3c5e0a52-8f0d-5b6e-9a41-2d7f6c1b0e93")
# Every demo record is created and last modified at the council meeting of the case.
DEMO_TIMESTAMP = datetime(2020, 11, 18, 9, 0)

RecordT = TypeVar("RecordT", bound=Base)


def demo_uuid(key: str) -> str:
    """The UUID of the demo record named by `key`, e.g. "measure:2021:3.2"."""
    return str(uuid.uuid5(DEMO_NAMESPACE, key))


def make(cls: type[RecordT], key: str, **fields: Any) -> RecordT:
    """A record with its deterministic UUID and the fixed timestamps."""
    return cls(uuid=demo_uuid(key), created_at=DEMO_TIMESTAMP, modified_at=DEMO_TIMESTAMP, **fields)


# Rich text as the app stores it (see model/richtext.py): paragraphs, lists, bold, italic.


def paragraphs(*blocks: str) -> str:
    """Blocks (paragraphs or lists) separated by a blank line."""
    return "\n\n".join(blocks)


def bullets(items: Iterable[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def numbered(items: Iterable[str]) -> str:
    return "\n".join(f"{number}. {item}" for number, item in enumerate(items, start=1))


@dataclass
class DemoContext:
    """Records built so far, by their demo key, for the builders that link to them."""

    municipality: Municipality
    organisations: dict[str, Organisation] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    problems: dict[str, PrioritisedProblem] = field(default_factory=dict)
    decisions: dict[str, BoardDecision] = field(default_factory=dict)
    measures: dict[str, Measure] = field(default_factory=dict)  # "2021:1.2", "2019:3.1"

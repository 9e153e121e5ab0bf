"""Random but valid collaborations: every field of every record filled, for round-trip tests."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from bfa_desktop import model
from bfa_desktop.model.catalog import ROOT, Field, node
from bfa_desktop.model.period import legal_basis_for

ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzåäöÅÄÖ ABCDEFGHIJ0123456789 –—.,;:!?\"'&<>=/\\*_#"
    "éüß\u05e9\u05dc\u05d5\u05dd\u0627\u0644\u0639\u0631\u0628\u064a\u0629😀🚓🏛"
)
# Lists that must not be empty for references to have a target.
ALWAYS_ONE = {(model.Municipality, "organisations"), (model.Municipality, "persons")}


def random_text(rng: random.Random, max_length: int) -> str:
    length = rng.randint(0, min(max_length, 60))
    return "".join(rng.choice(ALPHABET) for _ in range(length))


def random_value(rng: random.Random, field: Field) -> Any:  # noqa: PLR0911 - one per kind
    if field.nullable and rng.random() < 0.2:
        return None
    kind = field.kind
    if field.name == "uuid":
        return None  # the model's default makes one
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        return rng.choice(list(kind))
    if kind is bool:
        return rng.random() < 0.5
    if kind is int:
        return rng.randint(-(10**12), 10**12)
    if kind is float:
        return rng.uniform(-1e6, 1e6)
    if kind is date:
        return date(2000, 1, 1) + timedelta(days=rng.randint(0, 20_000))
    if kind is bytes:
        return rng.randbytes(rng.randint(0, 64))
    if kind is datetime:
        return datetime(2020, 1, 1) + timedelta(seconds=rng.randint(0, 10**9), microseconds=7)
    return random_text(rng, field.max_length)


def random_municipality(rng: random.Random, max_children: int = 2) -> model.Municipality:
    created: dict[type[model.Base], list[model.Base]] = defaultdict(list)

    def make(cls: type[model.Base]) -> model.Base:
        spec = node(cls)
        record = cls()
        for field in spec.fields:
            value = random_value(rng, field)
            if value is not None or field.nullable:
                setattr(record, field.name, value)
        for child in spec.children:
            if child.many:
                low = 1 if (cls, child.name) in ALWAYS_ONE else 0
                items = [make(child.target) for _ in range(rng.randint(low, max_children))]
                setattr(record, child.name, items)
            elif rng.random() < 0.8:
                setattr(record, child.name, make(child.target))
        if isinstance(record, model.Measure) and record.start_date and record.deadline:
            record.start_date, record.deadline = sorted((record.start_date, record.deadline))
        if isinstance(record, model.Period):
            record.legal_basis = legal_basis_for(record.end_date)  # as the program keeps it
        if isinstance(record, model.StatisticSeries):
            for offset, value in enumerate(record.values):
                value.year = 2000 + offset  # one value per year
        created[cls].append(record)
        return record

    root = make(ROOT)
    for cls, records in created.items():
        for reference in node(cls).references:
            targets = created.get(reference.target, [])
            for record in records:
                if reference.many:
                    chosen = rng.sample(targets, k=min(len(targets), rng.randint(0, 2)))
                    setattr(record, reference.name, chosen)
                elif targets and (not reference.nullable or rng.random() < 0.7):
                    setattr(record, reference.name, rng.choice(targets))
    assert isinstance(root, model.Municipality)
    return root

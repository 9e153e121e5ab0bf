"""A record and everything it owns as plain data, and records again from such data: the one
conversion between records and dicts, used by undo (a removed record comes back from its
snapshot), by the exchange format (which writes the data as JSON) and by merging.

The data holds the values as the model keeps them (dates, codes, bytes); the records a record
owns are nested in it, lists in their order; a link is the UUID of the record it points at,
or a list of them in document order. Identity and timestamps are kept, so records built from
the data are the very records it was taken from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bfa_desktop.model.base import Base
from bfa_desktop.model.catalog import ROOT, Reference, key_of, node, owned, walk

Data = dict[str, Any]
Lookup = Callable[[type[Base], str], Base | None]  # an existing record by class and UUID


def to_data(record: Base) -> Data:
    """A record and everything it owns, as data."""
    return _Writer(record).record(record)


class _Writer:
    def __init__(self, root: Base) -> None:
        # Links are sets in the database; they are written in document order.
        self.document_order = {key_of(item): index for index, item in enumerate(walk(root))}

    def _order(self, key: str) -> tuple[int, str]:
        """Document order; links out of the written records come last, by UUID."""
        index = self.document_order.get(key)
        return (index, "") if index is not None else (len(self.document_order), key)

    def record(self, record: Base) -> Data:
        spec = node(type(record))
        data: Data = {f.name: getattr(record, f.name) for f in spec.fields}
        for reference in spec.references:
            target = getattr(record, reference.name)
            if reference.many:
                data[reference.name] = sorted(map(key_of, target), key=self._order)
            else:
                data[reference.name] = key_of(target) if target is not None else None
        for child in spec.children:
            items = [self.record(item) for item in owned(record, child)]
            data[child.name] = items if child.many else (items[0] if items else None)
        return data


class RecordBuilder:
    """Creates the records of snapshot data, then resolves their links: to records it built,
    or through `lookup` to records that already exist."""

    def __init__(self, lookup: Lookup | None = None) -> None:
        self.by_uuid: dict[str, Base] = {}
        self.pending: list[tuple[Base, Reference, Any]] = []
        self.lookup = lookup

    def build(self, data: Data, cls: type[Base] = ROOT) -> Base:
        root = self.record(data, cls)
        for record, reference, value in self.pending:
            if reference.many:
                targets = [self.resolve(reference.target, item) for item in value]
                setattr(record, reference.name, targets)
            elif value is None:
                setattr(record, reference.name, None)
            else:
                setattr(record, reference.name, self.resolve(reference.target, value))
        return root

    def resolve(self, cls: type[Base], key: str) -> Base:
        found = self.by_uuid.get(key)
        if found is None and self.lookup is not None:
            found = self.lookup(cls, key)
        if found is None:
            raise KeyError(key)
        return found

    def record(self, data: Data, cls: type[Base]) -> Base:
        spec = node(cls)
        record = cls()
        for spec_field in spec.fields:
            if spec_field.name in data:
                setattr(record, spec_field.name, data[spec_field.name])
        for child in spec.children:
            value = data[child.name]
            if child.many:
                setattr(record, child.name, [self.record(item, child.target) for item in value])
            else:
                setattr(record, child.name, self.record(value, child.target) if value else None)
        for reference in spec.references:
            self.pending.append((record, reference, data[reference.name]))
        self.by_uuid[data["uuid"]] = record
        return record

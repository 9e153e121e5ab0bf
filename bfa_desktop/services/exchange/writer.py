"""Writing one municipality's collaboration (all periods) in the exchange format."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from bfa_desktop import __version__, model
from bfa_desktop.model.base import utcnow
from bfa_desktop.services.exchange.tree import FORMAT_NAME, FORMAT_VERSION, node


def export_municipality(municipality: model.Municipality) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "application": f"BFA Desktop {__version__}",
        "exported_at": utcnow().isoformat(timespec="seconds"),
        "municipality": record_to_json(municipality),
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def record_to_json(record: model.Base) -> dict[str, Any]:
    """A record and everything it owns, as exchange data."""
    return _Writer(record).record(record)


class _Writer:
    def __init__(self, root: model.Base) -> None:
        # Links are sets in the database; they are written in document order.
        self.document_order = {record.uuid: index for index, record in enumerate(_walk(root))}

    def _order(self, key: str) -> tuple[int, str]:
        """Document order; links out of the written subtree come last, by uuid."""
        index = self.document_order.get(key)
        return (index, "") if index is not None else (len(self.document_order), key)

    def record(self, record: model.Base) -> dict[str, Any]:
        spec = node(type(record))
        data: dict[str, Any] = {f.name: _value(getattr(record, f.name)) for f in spec.fields}
        for reference in spec.references:
            target = getattr(record, reference.name)
            if reference.many:
                data[reference.name] = sorted((item.uuid for item in target), key=self._order)
            else:
                data[reference.name] = target.uuid if target is not None else None
        for child in spec.children:
            value = getattr(record, child.name)
            if child.many:
                data[child.name] = [self.record(item) for item in value]
            else:
                data[child.name] = self.record(value) if value is not None else None
        return data


def _walk(record: model.Base) -> Iterator[Any]:
    yield record
    for child in node(type(record)).children:
        value = getattr(record, child.name)
        for item in value if child.many else [value] if value is not None else []:
            yield from _walk(item)


def _value(value: object) -> object:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value

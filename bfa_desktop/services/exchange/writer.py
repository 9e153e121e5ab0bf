"""Writing one municipality's collaboration (all periods) in the exchange format: its snapshot
(model.snapshot) with every value as JSON holds it."""

from __future__ import annotations

import base64
import json
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from bfa_desktop import __version__, model
from bfa_desktop.model.base import utcnow
from bfa_desktop.model.snapshot import to_data
from bfa_desktop.services.exchange.version import FORMAT_NAME, FORMAT_VERSION


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
    data = _json(to_data(record))
    assert isinstance(data, dict)
    return data


def _json(value: object) -> object:
    """Snapshot data as JSON holds it: codes by their value, dates and times in ISO 8601,
    files in base64."""
    if isinstance(value, dict):
        return {key: _json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_json(item) for item in value]
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value

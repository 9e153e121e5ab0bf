"""The exchange format: one municipality's collaboration, all periods, as versioned JSON.

How data travels between laptops. UUIDs and timestamps are kept, so a round trip is lossless.
The format is described in README.md ("Utbytesformat") and by the JSON Schema in
resources/exchange/.
"""

from bfa_desktop.services.exchange.errors import ExchangeError
from bfa_desktop.services.exchange.reader import import_document, loads, read_file, validate
from bfa_desktop.services.exchange.version import FORMAT_NAME, FORMAT_VERSION
from bfa_desktop.services.exchange.writer import dumps, export_municipality

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ExchangeError",
    "dumps",
    "export_municipality",
    "import_document",
    "loads",
    "read_file",
    "validate",
]

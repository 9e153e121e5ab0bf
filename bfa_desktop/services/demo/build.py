"""The demo workspace's exchange file, built from its source.

`python -m bfa_desktop.services.demo.build` rewrites resources/demo/danderyd.json from the
TOML files in resources/demo/source/; run it after editing them (a test fails while the file
is out of date). The program itself only reads the exchange file, through the normal import.

Why TOML: the standard library reads it (tomllib), it has dates and comments, and its
multi-line strings hold rich text as it is written – paragraphs, lists, **fet** – where a
backslash at the end of a line wraps a long paragraph without changing it. JSON has neither
comments nor multi-line strings; YAML would be a new dependency that guesses types.

The source has the exchange format's shape (README, "Utbytesformat"), except that:

- a record has a `key`, such as "measure:2021:3.2", instead of a uuid: its UUID is derived
  from the key (uuid5 in a fixed namespace), so every build and every machine gives the same;
- a link names the key of the record it points to;
- `created_at` and `modified_at` are left out: every record gets DEMO_TIMESTAMP;
- fields with a default, empty links and empty lists may be left out;
- the files: municipality.toml is the municipality with its organisations and persons; each
  folder beside it is a period – period.toml with its parties, decisions and signatories, and
  one file per document of the period, named by its field in the format (action_plan.toml …).
"""

from __future__ import annotations

import copy
import sys
import tomllib
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bfa_desktop import model
from bfa_desktop.model.catalog import ROOT, Child, node
from bfa_desktop.paths import resource_path
from bfa_desktop.services import exchange
from bfa_desktop.services.demo import demo_file
from bfa_desktop.services.exchange.version import FORMAT_NAME, FORMAT_VERSION

# Fixed for ever: changing it would give every demo record a new identity on every machine.
DEMO_NAMESPACE = uuid.UUID("3c5e0a52-8f0d-5b6e-9a41-2d7f6c1b0e93")
# Every demo record is created and last modified at the council meeting of the case.
DEMO_TIMESTAMP = datetime(2020, 11, 18, 9, 0)

MUNICIPALITY_FILE = "municipality.toml"
PERIOD_FILE = "period.toml"
_STAMPS = ("uuid", "created_at", "modified_at")


def source_folder() -> Path:
    return resource_path("demo", "source")


def demo_uuid(key: str) -> str:
    """The UUID of the demo record named by `key`."""
    return str(uuid.uuid5(DEMO_NAMESPACE, key))


class SourceError(Exception):
    """The source cannot be built; each of `problems` names where: a file of the source, or a
    place in the municipality as the exchange's own check names it."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def build(folder: Path) -> str:
    """The exchange file's text for the source in `folder`, checked as an import checks it."""
    document = to_exchange(read_source(folder))
    try:
        exchange.validate(copy.deepcopy(document))
    except exchange.ExchangeError as error:
        raise SourceError(error.problems) from error
    return exchange.dumps(document)


def read_source(folder: Path) -> dict[str, Any]:
    """The municipality as the source files describe it, its periods in the order of their
    folders' names."""
    problems: list[str] = []
    municipality = _read(folder, MUNICIPALITY_FILE, problems)
    if "periods" in municipality:
        problems.append(f"{MUNICIPALITY_FILE}: periods: en period är en mapp, inte ett fält.")
    documents = {child.name for child in node(model.Period).children if not child.many}
    periods = []
    folders = sorted(path for path in folder.iterdir() if path.is_dir()) if folder.is_dir() else []
    for period_folder in folders:
        period = _read(folder, f"{period_folder.name}/{PERIOD_FILE}", problems)
        for path in sorted(period_folder.glob("*.toml")):
            where = f"{period_folder.name}/{path.name}"
            if path.name == PERIOD_FILE:
                continue
            if path.stem not in documents:
                problems.append(
                    f"{where}: okänt dokument (filens namn ska vara ett av "
                    f"{', '.join(sorted(documents))})."
                )
            elif path.stem in period:
                problems.append(f"{where}: {path.stem} finns redan i {PERIOD_FILE}.")
            else:
                period[path.stem] = _read(folder, where, problems)
        periods.append(period)
    if problems:
        raise SourceError(problems)
    return {**municipality, "periods": periods}


def _read(folder: Path, name: str, problems: list[str]) -> dict[str, Any]:
    try:
        with (folder / name).open("rb") as file:
            return tomllib.load(file)
    except OSError as error:
        problems.append(f"{name}: kan inte läsas: {error.strerror or error}.")
    except tomllib.TOMLDecodeError as error:
        problems.append(f"{name}: ingen giltig TOML: {error}.")
    return {}


def to_exchange(municipality: dict[str, Any]) -> dict[str, Any]:
    """The exchange document of a source municipality: keys become UUIDs, links point at
    them. Raises SourceError for a missing or repeated key, a link to no record and a field the
    format does not have, each named by its place as the exchange's own check names it."""
    converter = _Converter()
    data = converter.record(municipality, ROOT, "municipality")
    for where, key in converter.links:
        if key not in converter.keys:
            converter.problems.append(f"{where}: ingen post har nyckeln {key!r}.")
    if converter.problems:
        raise SourceError(converter.problems)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "application": "BFA Desktop",
        "exported_at": DEMO_TIMESTAMP.isoformat(),
        "municipality": data,
    }


class _Converter:
    def __init__(self) -> None:
        self.keys: dict[str, str] = {}  # key: where it was given
        self.links: list[tuple[str, str]] = []  # where, key
        self.problems: list[str] = []

    def record(self, data: Any, cls: type[model.Base], where: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.problems.append(f"{where}: ska vara en tabell.")
            return {}
        spec = node(cls)
        known = {f.name for f in spec.fields} | {r.name for r in spec.references}
        known |= {c.name for c in spec.children}
        for name in sorted(data.keys() - known - {"key"}):
            self.problems.append(f"{where}.{name}: okänt fält.")
        for name in sorted(data.keys() & set(_STAMPS)):
            self.problems.append(f"{where}.{name}: ges av nyckeln och bygget, inte i källan.")
        stamp = DEMO_TIMESTAMP.isoformat()
        result = {"uuid": self.identity(data, where), "created_at": stamp, "modified_at": stamp}
        for field in spec.fields:
            if field.name in data and field.name not in _STAMPS:
                result[field.name] = _value(data[field.name])
        for reference in spec.references:
            value = data.get(reference.name, [] if reference.many else None)
            result[reference.name] = self.link(value, f"{where}.{reference.name}")
        for child in spec.children:
            value = data.get(child.name, [] if child.many else None)
            result[child.name] = self.child(value, child, f"{where}.{child.name}")
        return result

    def identity(self, data: dict[str, Any], where: str) -> str | None:
        """The record's UUID, from its key."""
        key = data.get("key")
        if not isinstance(key, str) or not key:
            self.problems.append(
                f"{where}.key: saknas eller är ingen text (postens namn, som ger dess uuid)."
            )
            return None
        if key in self.keys:
            self.problems.append(f"{where}: nyckeln {key!r} används redan av {self.keys[key]}.")
        self.keys.setdefault(key, where)
        return demo_uuid(key)

    def child(self, value: Any, child: Child, where: str) -> Any:
        if not child.many:
            return None if value is None else self.record(value, child.target, where)
        if not isinstance(value, list):
            self.problems.append(f"{where}: ska vara en lista av tabeller ([[{child.name}]]).")
            return value
        return [self.record(item, child.target, f"{where}[{i}]") for i, item in enumerate(value)]

    def link(self, value: Any, where: str) -> Any:
        """Keys as UUIDs; what is not a key is left for the exchange's check to report."""
        if isinstance(value, list):
            return [self.link(item, f"{where}[{index}]") for index, item in enumerate(value)]
        if not isinstance(value, str):
            return value
        self.links.append((where, value))
        return demo_uuid(value)


def _value(value: Any) -> Any:
    if isinstance(value, date | datetime):  # TOML's own dates and times
        return value.isoformat()
    return value


def main() -> int:
    try:
        text = build(source_folder())
    except SourceError as error:
        print(error, file=sys.stderr)
        return 1
    demo_file().write_text(text, encoding="utf-8", newline="\n")
    print(demo_file())
    return 0


if __name__ == "__main__":
    sys.exit(main())

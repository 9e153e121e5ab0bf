"""Reading the exchange format: parse with limits, validate everything, then build.

Validation runs over the whole file before anything touches the database, so a refused file
changes nothing. Every problem is reported with its place in the file, such as
`municipality.periods[0].action_plan.focus_areas[2].measures[1].kind`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import UniqueConstraint, select
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.model.catalog import ROOT, Field, Node, has_lone_surrogate, node
from bfa_desktop.model.enums import LegalBasis
from bfa_desktop.model.period import LAW_IN_FORCE, legal_basis_for
from bfa_desktop.model.snapshot import Data, RecordBuilder
from bfa_desktop.services.exchange.errors import ExchangeError
from bfa_desktop.services.exchange.version import FORMAT_NAME, FORMAT_VERSION
from bfa_desktop.services.exchange.writer import record_to_json

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PROBLEMS = 200
ENVELOPE_KEYS = {"format", "version", "application", "exported_at", "municipality"}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_INT_LIMIT = 2**63


def read_file(path: Path) -> Any:
    """The JSON content of `path`, refusing what is too big, not UTF-8 or not JSON."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeError([_too_big(size)])
        raw = path.read_bytes()
    except OSError as error:
        raise ExchangeError([f"Filen {path} kan inte läsas: {error.strerror or error}."]) from error
    return loads(raw)


def loads(raw: bytes | str) -> Any:
    if len(raw) > MAX_FILE_BYTES:
        raise ExchangeError([_too_big(len(raw))])
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as error:
        raise ExchangeError([f"Filen är inte UTF-8-kodad text (byte {error.start})."]) from error
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise ExchangeError(
            [f"Filen är inte giltig JSON: rad {error.lineno}, kolumn {error.colno}: {error.msg}."]
        ) from error
    except RecursionError as error:
        raise ExchangeError(["Filen är för djupt nästlad för att vara en BFA-fil."]) from error
    except _RefusedJsonError as error:
        raise ExchangeError([f"Filen är inte giltig JSON: {error}."]) from error
    except ValueError as error:  # Python's own limits, such as an integer of 5 000 digits
        raise ExchangeError(
            ["Filen innehåller ett tal med orimligt många siffror och är ingen BFA-exportfil."]
        ) from error


def import_document(
    session: Session, document: Any, *, replace: bool = False
) -> model.Municipality:
    """Add the municipality of a validated document to the session (flushed, not committed).

    With `replace`, a municipality with the same UUID is deleted first; otherwise its presence
    is an error. On any ExchangeError the session holds no change of ours.
    """
    uuids = validate(document)
    municipality_data = document["municipality"]
    existing = session.scalar(
        select(model.Municipality).where(model.Municipality.uuid == municipality_data["uuid"])
    )
    if existing is not None and not replace:
        raise ExchangeError(
            [
                f"Kommunen {existing.name!r} finns redan i databasen (uuid {existing.uuid}). "
                "Välj att ersätta den om filen ska gälla."
            ]
        )
    with session.begin_nested():
        if existing is not None:
            session.delete(existing)
            session.flush()
        _refuse_taken_uuids(session, uuids)
        municipality = RecordBuilder().build(from_json(municipality_data, ROOT))
        assert isinstance(municipality, model.Municipality)
        session.add(municipality)
        session.flush()
    return municipality


class ChangedMeanwhileError(Exception):
    """The municipality an import would replace was changed after the import began; nothing
    was changed. `str()` is the Swedish message."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"Kommunen {name} har ändrats i databasen sedan importen började (i ett "
            "programfönster eller av ett annat kommando), och filen skulle ha ersatt den "
            "ändringen. Ingenting har ändrats. Kör kommandot igen om filen ändå ska gälla."
        )


def stored_state(session: Session, key: str) -> str | None:
    """A digest of the municipality with uuid `key` and everything it holds, as stored; None
    when there is none. The same digest later: nothing of it was changed in between."""
    municipality = session.scalar(select(model.Municipality).where(model.Municipality.uuid == key))
    if municipality is None:
        return None
    text = json.dumps(record_to_json(municipality), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def validate(document: Any) -> dict[str, type[model.Base]]:
    """Check the whole document, upgrading an older version in place once its envelope has
    been checked; raise ExchangeError listing every problem found, each in the terms of the
    file's own version. Returns the record class of every UUID."""
    validator = _Validator()
    validator.document(document)
    if validator.problems:
        raise ExchangeError(validator.problems)
    return {key: cls for key, (cls, _path) in validator.uuids.items()}


# Version 1 wrote the case-number prefix (at most 20 characters); version 2 the whole pattern,
# and added the municipality's Word template and logo.
_V1_DNR_PREFIX = Field("dnr_prefix", str, nullable=False, required=False, max_length=20)
_ADDED_IN_2 = ("dnr_pattern", "template", "template_name", "logo", "logo_name")


def _upgrade_from_1(document: dict[str, Any], problem: Callable[[str, str], None]) -> None:
    """Bring a version 1 file up to version 2, in place; what version 1 cannot hold is
    reported as version 1 names it."""
    municipality = document.get("municipality")
    if isinstance(municipality, dict):
        for name in _ADDED_IN_2:
            if name in municipality:
                problem(f"municipality.{name}", "okänt fält i formatversion 1.")
                del municipality[name]
        if "dnr_prefix" in municipality:
            prefix = municipality.pop("dnr_prefix")
            message = (
                "får inte vara null." if prefix is None else _check_value(prefix, _V1_DNR_PREFIX)
            )
            if message:
                problem("municipality.dnr_prefix", message)
            else:
                municipality["dnr_pattern"] = f"{prefix.strip()} ÅÅÅÅ/NNNN".strip()
    document["version"] = 2


def _upgrade_from_2(document: dict[str, Any], _problem: Callable[[str, str], None]) -> None:
    """Version 3 goes by the law from a period's end date and lets the report's texts follow
    the deciding body."""
    municipality = document.get("municipality")
    periods = municipality.get("periods") if isinstance(municipality, dict) else None
    for period in periods if isinstance(periods, list) else []:
        if isinstance(period, dict):
            _upgrade_period_to_3(period)
    document["version"] = 3


# The tjänsteutlåtande's fixed texts before version 3; from then an empty text follows the
# period's deciding body.
_FIXED_BEFORE_3 = {"recipient": "Kommunstyrelsen", "decision_heading": "Kommunstyrelsens beslut"}


def _upgrade_period_to_3(period: dict[str, Any]) -> None:
    """Version 3: the law by the period's end date (version 2 went by its start), and the
    report's texts that were the old fixed defaults follow the deciding body."""
    end = period.get("end_date")
    if isinstance(end, str) and _is_date(end) and "legal_basis" in period:
        period["legal_basis"] = legal_basis_for(date.fromisoformat(end)).value
    report = period.get("official_report")
    if isinstance(report, dict):
        for name, fixed in _FIXED_BEFORE_3.items():
            if report.get(name) == fixed:
                report[name] = ""


# How a file of each older version is brought up to the next.
_UPGRADES: dict[int, Callable[[dict[str, Any], Callable[[str, str], None]], None]] = {
    1: _upgrade_from_1,
    2: _upgrade_from_2,
}


class _Validator:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.uuids: dict[str, tuple[type[model.Base], str]] = {}
        self.references: list[tuple[str, str, type[model.Base]]] = []

    def problem(self, path: str, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(f"{path}: {message}")

    def document(self, document: Any) -> None:
        if not isinstance(document, dict):
            self.problem("(filen)", "ska vara ett JSON-objekt med en BFA-export.")
            return
        if document.get("format") != FORMAT_NAME:
            self.problem("format", f"ska vara {FORMAT_NAME!r}; det här är ingen BFA-exportfil.")
            return
        version = document.get("version")
        if type(version) is not int:
            self.problem("version", "saknas eller är inte ett heltal.")
            return
        if version > FORMAT_VERSION:
            self.problem(
                "version",
                f"filen har formatversion {_short(version)}, men den här versionen av programmet "
                f"läser högst version {FORMAT_VERSION}. Uppdatera programmet.",
            )
            return
        if version < 1:
            self.problem("version", f"okänd formatversion {_short(version)}.")
            return
        while version < FORMAT_VERSION:
            _UPGRADES[version](document, self.problem)
            version += 1
        for key in sorted(document.keys() - ENVELOPE_KEYS):
            self.problem(_key(key), "okänt fält.")
        if "municipality" not in document:
            self.problem("municipality", "saknas.")
            return
        self.record(document["municipality"], ROOT, "municipality")
        for path, value, target in self.references:
            found = self.uuids.get(value)
            if found is None:
                self.problem(path, f"pekar på {value}, som inte finns i filen.")
            elif not issubclass(found[0], target):
                self.problem(path, f"pekar på {found[1]}, som är av fel slag.")

    def record(self, data: Any, cls: type[model.Base], path: str) -> None:
        if not isinstance(data, dict):
            self.problem(path, f"ska vara ett objekt, inte {_json_type(data)}.")
            return
        spec = node(cls)
        known = {f.name for f in spec.fields}
        known |= {r.name for r in spec.references} | {c.name for c in spec.children}
        for key in sorted(data.keys() - known):
            self.problem(f"{path}.{_key(key)}", "okänt fält.")
        for spec_field in spec.fields:
            if spec_field.name in data:
                self.value(data[spec_field.name], spec_field, f"{path}.{spec_field.name}")
            elif spec_field.required:
                self.problem(f"{path}.{spec_field.name}", "saknas.")
        rule = _RECORD_RULES.get(cls)
        if rule and (message := rule(data)):
            self.problem(path, message)
        self.identity(data.get("uuid"), cls, path)
        self.links(data, spec, path)
        self.children(data, spec, path)

    def identity(self, value: Any, cls: type[model.Base], path: str) -> None:
        if not isinstance(value, str) or not _UUID.fullmatch(value):
            return  # reported by value()
        if value in self.uuids:
            self.problem(f"{path}.uuid", f"{value} används redan av {self.uuids[value][1]}.")
        else:
            self.uuids[value] = (cls, path)

    def links(self, data: dict[str, Any], spec: Node, path: str) -> None:
        for reference in spec.references:
            where = f"{path}.{reference.name}"
            if reference.name not in data:
                self.problem(where, "saknas.")
                continue
            value = data[reference.name]
            if reference.many:
                if not isinstance(value, list):
                    self.problem(where, f"ska vara en lista, inte {_json_type(value)}.")
                    continue
                if len(set(map(str, value))) != len(value):
                    self.problem(where, "innehåller samma koppling flera gånger.")
                for index, item in enumerate(value):
                    self.link(item, f"{where}[{index}]", reference.target)
            elif value is None:
                if not reference.nullable:
                    self.problem(where, "måste anges.")
            else:
                self.link(value, where, reference.target)

    def link(self, value: Any, path: str, target: type[model.Base]) -> None:
        if not isinstance(value, str) or not _UUID.fullmatch(value):
            self.problem(path, "ska vara en uuid (små bokstäver, med bindestreck).")
        else:
            self.references.append((path, value, target))

    def children(self, data: dict[str, Any], spec: Node, path: str) -> None:
        for child in spec.children:
            where = f"{path}.{child.name}"
            if child.name not in data:
                self.problem(where, "saknas.")
                continue
            value = data[child.name]
            if not child.many:
                if value is not None:
                    self.record(value, child.target, where)
                continue
            if not isinstance(value, list):
                self.problem(where, f"ska vara en lista, inte {_json_type(value)}.")
                continue
            for index, item in enumerate(value):
                self.record(item, child.target, f"{where}[{index}]")
            self.sibling_uniqueness(value, child.target, where)

    def sibling_uniqueness(self, items: list[Any], cls: type[model.Base], path: str) -> None:
        """Unique constraints among siblings, e.g. one value per year in a statistics series."""
        for columns in _sibling_unique_fields(cls):
            seen: set[tuple[Any, ...]] = set()
            for index, item in enumerate(items):
                if not isinstance(item, dict):
                    continue
                key = tuple(repr(item.get(name)) for name in columns)
                if key in seen:
                    names = ", ".join(columns)
                    self.problem(f"{path}[{index}]", f"samma {names} förekommer flera gånger.")
                seen.add(key)

    def value(self, value: Any, spec: Field, path: str) -> None:
        if value is None:
            if not spec.nullable:
                self.problem(path, "får inte vara null.")
            return
        message = _check_value(value, spec)
        if message:
            self.problem(path, message)


def _check_value(value: Any, spec: Field) -> str | None:
    """What is wrong with a non-null field value, or None."""
    if spec.name == "uuid":
        ok = isinstance(value, str) and _UUID.fullmatch(value)
        return None if ok else "ska vara en uuid (små bokstäver, med bindestreck)."
    if isinstance(spec.kind, type) and issubclass(spec.kind, StrEnum):
        allowed = [member.value for member in spec.kind]
        if value not in allowed:
            return f"okänt värde {_short(value)} (tillåtna: {', '.join(allowed)})."
        return None
    return _CHECKS.get(spec.kind, _check_text)(value, spec)


def _check_bool(value: Any, _spec: Field) -> str | None:
    return None if isinstance(value, bool) else f"ska vara true eller false, inte {_short(value)}."


def _check_int(value: Any, _spec: Field) -> str | None:
    if type(value) is not int:
        return f"ska vara ett heltal, inte {_short(value)}."
    return None if abs(value) < _INT_LIMIT else "talet är för stort."


def _check_float(value: Any, _spec: Field) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"ska vara ett tal, inte {_short(value)}."
    if isinstance(value, int) and abs(value) >= 1e300:  # float() of it may overflow
        return "ogiltigt tal."
    return None if math.isfinite(float(value)) and abs(value) < 1e300 else "ogiltigt tal."


def _check_date(value: Any, _spec: Field) -> str | None:
    ok = isinstance(value, str) and _is_date(value)
    return None if ok else f"ska vara ett datum ÅÅÅÅ-MM-DD, inte {_short(value)}."


def _check_datetime(value: Any, _spec: Field) -> str | None:
    ok = isinstance(value, str) and _is_datetime(value)
    return None if ok else f"ska vara en tidpunkt ÅÅÅÅ-MM-DDTtt:mm:ss, inte {_short(value)}."


def _check_binary(value: Any, spec: Field) -> str | None:
    if not isinstance(value, str):
        return f"ska vara base64-kodad text, inte {_json_type(value)}."
    if len(value) > spec.max_length * 4 // 3 + 4:
        return f"filen är för stor (högst {megabytes(spec.max_length)})."
    try:
        base64.b64decode(value, validate=True)
    except ValueError:
        return "är inte giltig base64."
    return None


def _check_text(value: Any, spec: Field) -> str | None:
    if not isinstance(value, str):
        return f"ska vara text, inte {_json_type(value)}."
    if len(value) > spec.max_length:
        return f"texten är för lång ({len(value)} tecken, högst {spec.max_length})."
    if has_lone_surrogate(value):
        return "texten innehåller ogiltiga Unicode-tecken."
    return None


_CHECKS: dict[type, Callable[[Any, Field], str | None]] = {
    bool: _check_bool,
    int: _check_int,
    float: _check_float,
    date: _check_date,
    datetime: _check_datetime,
    bytes: _check_binary,
}


def _measure_dates(data: dict[str, Any]) -> str | None:
    start, deadline = data.get("start_date"), data.get("deadline")
    both_dates = isinstance(start, str) and isinstance(deadline, str)
    if both_dates and _is_date(start) and _is_date(deadline) and deadline < start:
        return f"slutdatum {deadline} ligger före startdatum {start}."
    return None


def _period_law(data: dict[str, Any]) -> str | None:
    """The legal basis follows the period's end date, as the program keeps it."""
    end, basis = data.get("end_date"), data.get("legal_basis")
    if not (isinstance(end, str) and _is_date(end)) or basis not in set(LegalBasis):
        return None  # reported as a bad value
    required = legal_basis_for(date.fromisoformat(end))
    if basis == required:
        return None
    return (
        f"legal_basis ska vara {required.value}: perioden slutar {end}, "
        f"och lagen (2023:196) gäller perioder som pågår {LAW_IN_FORCE.isoformat()} eller senare."
    )


# Rules across fields of one record, mirroring the database's CHECK constraints and the
# rules the program keeps.
_RECORD_RULES: dict[type[model.Base], Callable[[dict[str, Any]], str | None]] = {
    model.Measure: _measure_dates,
    model.Period: _period_law,
}


def _is_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_datetime(value: str) -> bool:
    if len(value) > 40:
        return False
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return False
    return parsed.tzinfo is None


def _sibling_unique_fields(cls: type[model.Base]) -> Iterator[tuple[str, ...]]:
    for constraint in cls.__table__.constraints:  # type: ignore[attr-defined]
        if not isinstance(constraint, UniqueConstraint):
            continue
        own = [column.key for column in constraint.columns if not column.foreign_keys]
        if own and len(own) < len(constraint.columns):
            yield tuple(own)


_CONVERTERS: dict[type, Callable[[Any], Any]] = {
    date: date.fromisoformat,
    datetime: datetime.fromisoformat,
    float: float,
    bytes: base64.b64decode,
}


def from_json(data: dict[str, Any], cls: type[model.Base]) -> Data:
    """Validated exchange data of a record as snapshot data: every value as the model keeps
    it."""
    spec = node(cls)
    result: Data = dict(data)
    for spec_field in spec.fields:
        if spec_field.name in data:
            result[spec_field.name] = _convert(data[spec_field.name], spec_field)
    for child in spec.children:
        value = data[child.name]
        if child.many:
            result[child.name] = [from_json(item, child.target) for item in value]
        elif value:
            result[child.name] = from_json(value, child.target)
    return result


def _convert(value: Any, spec: Field) -> Any:
    """A validated JSON value as the model stores it."""
    if value is None:
        return None
    kind = spec.kind
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        return kind(value)
    convert = _CONVERTERS.get(kind)
    return convert(value) if convert else value


def _refuse_taken_uuids(session: Session, uuids: dict[str, type[model.Base]]) -> None:
    by_class: dict[type[model.Base], list[str]] = {}
    for key, cls in uuids.items():
        by_class.setdefault(cls, []).append(key)
    problems = []
    for cls, keys in by_class.items():
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            taken = session.scalars(select(cls.uuid).where(cls.uuid.in_(chunk))).all()  # type: ignore[attr-defined]
            problems += [f"uuid {key} finns redan i databasen ({cls.__name__})." for key in taken]
    if problems:
        raise ExchangeError(problems)


class _RefusedJsonError(ValueError):
    """JSON that the parser reads but the format does not allow; the text is Swedish."""


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _RefusedJsonError(f"fältet {_key(key)} förekommer två gånger i samma objekt")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise _RefusedJsonError(f"{name} är inte tillåtet i JSON")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {
        bool: "true/false",
        int: "ett tal",
        float: "ett tal",
        str: "text",
        list: "en lista",
        dict: "ett objekt",
    }.get(type(value), type(value).__name__)


_PLAIN_KEY = re.compile(r"[A-Za-z0-9_]{1,60}")


def _key(key: str) -> str:
    """A key of the file as a problem names it: as written if plain, else quoted and cut."""
    return key if _PLAIN_KEY.fullmatch(key) else _short(key)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def _too_big(size: int) -> str:
    return f"Filen är för stor ({megabytes(size)}; högst {megabytes(MAX_FILE_BYTES)})."


def megabytes(size: int) -> str:
    """A size in MB of 1024 × 1024 bytes, as the README gives the limits: whole, or rounded up
    to a tenth (so that a file just over a limit does not look the same size as it)."""
    whole, tenth = divmod(math.ceil(size * 10 / 1024**2), 10)
    return f"{whole},{tenth} MB" if tenth else f"{whole} MB"

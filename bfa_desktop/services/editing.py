"""Edits of any record – the one path by which the window changes data.

Every function works on a record named by its class and UUID, changes it in the session (the
caller commits) and returns what is needed to undo it. Removing a record returns a snapshot:
the record with everything it owns and every link that pointed at it, from which `restore`
brings it back exactly – same UUIDs, timestamps, place in its list and links.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.documents.swedish import format_date
from bfa_desktop.model import catalog
from bfa_desktop.model.catalog import Field, Reference, all_nodes, has_lone_surrogate, node, walk
from bfa_desktop.model.enums import OrganisationKind
from bfa_desktop.model.period import LAW_IN_FORCE, legal_basis_for
from bfa_desktop.model.snapshot import RecordBuilder, to_data
from bfa_desktop.services.lookup import NotFoundError, find


class EditError(ValueError):
    """The edit cannot be made; nothing was changed."""


P = ParamSpec("P")
R = TypeVar("R")


def _atomic(function: Callable[Concatenate[Session, P], R]) -> Callable[Concatenate[Session, P], R]:
    """Run the edit in a savepoint: a refused edit leaves the session as it was. A record the
    edit needs that is gone (removed meanwhile) refuses it."""

    @functools.wraps(function)
    def wrapper(session: Session, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            with session.begin_nested():
                return function(session, *args, **kwargs)
        except NotFoundError as error:
            raise EditError(str(error)) from error
        except IntegrityError as error:
            raise EditError(
                "Ändringen kan inte sparas eftersom den bryter mot en regel för uppgifterna."
            ) from error

    return wrapper


# --- fields and references -------------------------------------------------------------------


@_atomic
def set_field(session: Session, cls: type[model.Base], key: str, name: str, value: Any) -> Any:
    """Set a plain field; returns the previous value."""
    spec = _field(cls, name)
    value = _checked(spec, value)
    record = find(session, cls, key)
    previous = getattr(record, name)
    setattr(record, name, value)
    _follow(record, name, previous)
    _check_rules(record)
    if isinstance(record, model.Period):
        _follow_the_law(record, name)
    session.flush()
    return previous


def _follow_the_law(period: model.Period, name: str) -> None:
    """The legal basis follows the period's dates: under Lag (2023:196) when the period runs on
    or after the day it came into force. A date moves it along; setting it otherwise is refused
    (undoing the date's edit brings it back)."""
    required = legal_basis_for(period.end_date)
    if period.legal_basis == required:
        return
    if name != "legal_basis":
        period.legal_basis = required
        return
    when = format_date(LAW_IN_FORCE)
    if period.under_law:
        raise EditError(
            f"Perioden {period.label} slutar före {when} och kan inte omfattas av lagen (2023:196)."
        )
    raise EditError(
        f"Perioden {period.label} pågår efter {when} och omfattas av lagen (2023:196) om "
        "kommuners ansvar för brottsförebyggande arbete, oavsett när den började."
    )


def _follow(record: model.Base, name: str, previous: Any) -> None:
    """What changes with a field. A municipality's own organisation ("x kommun", the party
    the documents name) is renamed with it – in the same edit, so one undo brings both back
    (undoing renames it back the same way)."""
    if isinstance(record, model.Municipality) and name == "name":
        for organisation in record.organisations:
            if organisation.kind is OrganisationKind.KOMMUN and organisation.name == previous:
                organisation.name = record.name


# The dates that cannot come before another: (first, last) of each kind of record.
_DATE_ORDER: dict[type[model.Base], tuple[str, str]] = {
    model.Measure: ("start_date", "deadline"),
    model.Period: ("start_date", "end_date"),
    model.CitizenPromises: ("valid_from", "valid_to"),
}
END_BEFORE_START = "Slutdatumet kan inte ligga före startdatumet."


def _check_rules(record: model.Base) -> None:
    """Rules across fields, with a message, before the database's constraint would refuse."""
    names = _DATE_ORDER.get(type(record))
    if names is None:
        return
    first, last = (getattr(record, name) for name in names)
    if first and last and last < first:
        raise EditError(END_BEFORE_START)


@_atomic
def set_reference(
    session: Session, cls: type[model.Base], key: str, name: str, target: str | None
) -> str | None:
    """Point a many-to-one reference at another record (or nothing); returns the previous."""
    reference = _reference(cls, name, many=False)
    record = find(session, cls, key)
    previous = getattr(record, name)
    if target is None and not reference.nullable:
        raise EditError("Fältet måste ha ett värde.")
    setattr(record, name, find(session, reference.target, target) if target else None)
    session.flush()
    return previous.uuid if previous is not None else None


@_atomic
def set_links(
    session: Session, cls: type[model.Base], key: str, name: str, targets: list[str]
) -> list[str]:
    """Replace a many-to-many link list; returns the previous targets."""
    reference = _reference(cls, name, many=True)
    record = find(session, cls, key)
    previous = [item.uuid for item in getattr(record, name)]
    setattr(record, name, [find(session, reference.target, target) for target in targets])
    session.flush()
    return previous


# --- owned records -----------------------------------------------------------------------------


def new_record_values(cls: type[model.Base]) -> dict[str, Any]:
    """Values for the required fields of a new, still empty record: empty text, the first code,
    this year, today. The user fills in the rest."""
    values: dict[str, Any] = {}
    for spec in node(cls).fields:
        if not spec.required or not spec.editable:
            continue
        kind = spec.kind
        if isinstance(kind, type) and issubclass(kind, StrEnum):
            values[spec.name] = next(iter(kind))
        elif kind is int:
            values[spec.name] = date.today().year
        elif kind is float:
            values[spec.name] = 0.0
        elif kind is date:
            values[spec.name] = date.today()
        elif kind is bool:
            values[spec.name] = False
        else:
            values[spec.name] = ""
    return values


@_atomic
def add(
    session: Session,
    parent_cls: type[model.Base],
    parent_key: str,
    relation: str,
    values: dict[str, Any] | None = None,
    *,
    index: int | None = None,
) -> str:
    """Create a record owned by the parent (in its list at `index`, default last); returns
    its UUID."""
    child_spec = node(parent_cls).child(relation)
    if child_spec is None:
        raise EditError(f"{parent_cls.__name__} äger inga {relation}.")
    parent = find(session, parent_cls, parent_key)
    fields = {spec.name: spec for spec in node(child_spec.target).fields}
    checked = {}
    for name, value in (values or {}).items():
        if name not in fields:
            raise EditError(f"Okänt fält {name}.")
        checked[name] = _checked(fields[name], value)
    record = child_spec.target(**checked)
    if child_spec.many:
        items = getattr(parent, relation)
        items.insert(len(items) if index is None else index, record)
    elif getattr(parent, relation) is not None:
        raise EditError("Det finns redan ett sådant dokument i perioden.")
    else:
        setattr(parent, relation, record)
    session.flush()
    return record.uuid  # type: ignore[attr-defined]


@_atomic
def move(session: Session, cls: type[model.Base], key: str, index: int) -> int:
    """Move a record within its owner's list; returns the previous index."""
    record = find(session, cls, key)
    parent, relation = owner_of(record)
    items = getattr(parent, relation)
    previous = items.index(record)
    if not 0 <= index < len(items):
        raise EditError("Posten kan inte flyttas dit.")
    items.pop(previous)
    items.insert(index, record)
    session.flush()
    return previous


@dataclass(frozen=True)
class IncomingLink:
    """A record outside the removed subtree that pointed into it."""

    source: type[model.Base]
    source_key: str
    name: str
    many: bool
    target_key: str


@dataclass(frozen=True)
class Snapshot:
    cls: type[model.Base]
    data: dict[str, Any]
    parent: type[model.Base]
    parent_key: str
    relation: str
    index: int | None
    incoming: tuple[IncomingLink, ...]
    # Records outside the subtree that cannot exist without it (a signature line of a removed
    # person): removed first, restored after.
    dependents: tuple[Snapshot, ...] = ()
    # Integer keys of the subtree: reused on restore, so id-ordered lists keep their order.
    ids: tuple[tuple[str, int], ...] = ()

    @property
    def key(self) -> str:
        return str(self.data["uuid"])


@_atomic
def remove(session: Session, cls: type[model.Base], key: str) -> Snapshot:
    """Delete a record and everything it owns; returns what `restore` needs."""
    record = find(session, cls, key)
    incoming = _incoming_links(session, record)
    dependents = tuple(
        remove(session, link.source, link.source_key)
        for link in incoming
        if _removed_with_its_target(link)
    )
    parent, relation = owner_of(record)
    collection = getattr(parent, relation)
    index = collection.index(record) if isinstance(collection, list) else None
    snapshot = Snapshot(
        cls=cls,
        data=to_data(record),
        parent=type(parent),
        parent_key=parent.uuid,  # type: ignore[attr-defined]
        relation=relation,
        index=index,
        incoming=tuple(link for link in incoming if not _removed_with_its_target(link)),
        dependents=dependents,
        ids=tuple((item.uuid, item.id) for item in walk(record)),  # type: ignore[attr-defined]
    )
    if isinstance(collection, list):
        collection.remove(record)
    else:
        setattr(parent, relation, None)
    session.flush()
    return snapshot


@_atomic
def restore(session: Session, snapshot: Snapshot) -> None:
    """Bring back a removed record exactly as it was."""
    parent = find(session, snapshot.parent, snapshot.parent_key)

    def lookup(cls: type[model.Base], key: str) -> model.Base | None:
        try:
            return find(session, cls, key)
        except NotFoundError:
            return None

    with session.no_autoflush:  # links to existing records would flush half-built ones
        builder = RecordBuilder(lookup)
        record = builder.build(snapshot.data, snapshot.cls)
        for key, old_id in snapshot.ids:
            built = builder.by_uuid[key]
            if session.get(type(built), old_id) is None:
                built.id = old_id  # type: ignore[attr-defined]
        if snapshot.index is None:
            setattr(parent, snapshot.relation, record)
        else:
            getattr(parent, snapshot.relation).insert(snapshot.index, record)
    session.flush()
    for dependent in reversed(snapshot.dependents):
        restore(session, dependent)
    for link in snapshot.incoming:
        source = find(session, link.source, link.source_key)
        target = find(session, _target_class(link), link.target_key)
        if link.many:
            targets = getattr(source, link.name)
            if target not in targets:
                targets.append(target)
        else:
            setattr(source, link.name, target)
    session.flush()


def owner_of(record: model.Base) -> tuple[model.Base, str]:
    """The record that owns this one, and the name of its list (or one-to-one attribute)."""
    owner = catalog.owner_of(record)
    if owner is None:
        raise EditError("Posten ägs inte av någon annan post och kan inte tas bort här.")
    return owner


# --- helpers -----------------------------------------------------------------------------------


def _incoming_links(session: Session, record: model.Base) -> list[IncomingLink]:
    subtree = {item.uuid: type(item) for item in walk(record)}  # type: ignore[attr-defined]
    classes = set(subtree.values())
    links = []
    for spec in all_nodes():
        for reference in spec.references:
            if reference.target not in classes:
                continue
            target_cls = reference.target
            keys = [k for k, c in subtree.items() if c is target_cls]
            attribute = getattr(spec.cls, reference.name)
            condition = target_cls.uuid.in_(keys)  # type: ignore[attr-defined]
            match = attribute.any(condition) if reference.many else attribute.has(condition)
            for source in session.scalars(select(spec.cls).where(match)):
                if source.uuid in subtree:  # type: ignore[attr-defined]
                    continue  # inside the subtree: the snapshot itself holds it
                targets = getattr(source, reference.name)
                for target in targets if reference.many else [targets]:
                    if target.uuid in subtree:
                        links.append(
                            IncomingLink(
                                spec.cls,
                                source.uuid,  # type: ignore[attr-defined]
                                reference.name,
                                reference.many,
                                target.uuid,
                            )
                        )
    return links


def _removed_with_its_target(link: IncomingLink) -> bool:
    """A required single reference: the database deletes the source with its target."""
    return not link.many and not _reference(link.source, link.name, many=False).nullable


def _target_class(link: IncomingLink) -> type[model.Base]:
    return _reference(link.source, link.name, many=link.many).target


def _field(cls: type[model.Base], name: str) -> Field:
    spec = node(cls).field(name)
    if spec is None or not spec.editable:
        raise EditError(f"Fältet {name} kan inte ändras.")
    return spec


def _reference(cls: type[model.Base], name: str, *, many: bool) -> Reference:
    reference = node(cls).reference(name)
    if reference is None or reference.many != many:
        raise EditError(f"{cls.__name__} har ingen koppling {name}.")
    return reference


_VALUE_CHECKS: dict[type, Callable[[Any], bool]] = {
    bool: lambda v: isinstance(v, bool),
    int: lambda v: isinstance(v, int) and not isinstance(v, bool),
    float: lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    date: lambda v: isinstance(v, date) and not isinstance(v, datetime),
    str: lambda v: isinstance(v, str),
    bytes: lambda v: isinstance(v, bytes),
}


def _checked(spec: Field, value: Any) -> Any:
    """The value in the field's own type, or EditError."""
    if value is None:
        if not spec.nullable:
            raise EditError("Fältet måste ha ett värde.")
        return None
    kind = spec.kind
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        try:
            return kind(value)
        except ValueError as error:
            raise EditError(f"Okänt värde {value!r}.") from error
    check = _VALUE_CHECKS.get(kind)
    if check is None or not check(value):
        raise EditError(f"Värdet {value!r} passar inte fältet.")
    if isinstance(value, str | bytes) and len(value) > spec.max_length:
        what = "Texten" if isinstance(value, str) else "Filen"
        raise EditError(f"{what} är för lång (högst {spec.max_length} tecken).")
    if isinstance(value, str) and has_lone_surrogate(value):
        raise EditError("Texten innehåller ogiltiga tecken (en halv emoji eller liknande).")
    if kind is float:
        if not math.isfinite(value):
            raise EditError("Talet är ogiltigt.")
        return float(value)
    return value

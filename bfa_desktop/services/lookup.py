"""Finding records: any record by its class and UUID, and a municipality or period from what a
user types (a name, a short name or a UUID)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from bfa_desktop.model import Base, Municipality, Period

R = TypeVar("R", bound=Base)


class NotFoundError(LookupError):
    """Nothing (or more than one thing) matches; `str()` says what exists."""


def find(session: Session, cls: type[R], key: str) -> R:
    """The record of kind `cls` with the UUID `key`; NotFoundError when there is none (it was
    removed meanwhile, say)."""
    record = session.scalar(select(cls).where(inspect(cls).columns["uuid"] == key))
    if record is None:
        raise NotFoundError(f"Posten finns inte längre ({cls.__name__} {key}).")
    return record


def all_municipalities(session: Session) -> list[Municipality]:
    return list(session.scalars(select(Municipality).order_by(Municipality.name)))


def find_municipality(session: Session, key: str | None) -> Municipality:
    municipalities = all_municipalities(session)
    if not municipalities:
        raise NotFoundError("Databasen innehåller ingen kommun ännu.")
    if key is None:
        if len(municipalities) == 1:
            return municipalities[0]
        raise NotFoundError(
            "Databasen innehåller flera kommuner; ange vilken: " + _names(municipalities)
        )
    wanted = key.strip().casefold()
    matches = [
        m for m in municipalities if wanted in (m.uuid, m.name.casefold(), m.short_name.casefold())
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"Ingen kommun heter {key!r}. Det finns: " + _names(municipalities))
    raise NotFoundError(f"Flera kommuner matchar {key!r}; ange uuid: " + _names(matches))


def find_period(municipality: Municipality, key: str | None) -> Period:
    """A period by its label ("2021–2022", also with a hyphen) or UUID; default the newest."""
    periods = municipality.periods
    if not periods:
        raise NotFoundError(f"{municipality.name} har ingen samverkansperiod ännu.")
    if key is None:
        return periods[-1]
    wanted = key.strip()
    for period in periods:
        if wanted == period.uuid or wanted.replace("-", "–") == period.label:
            return period
    labels = ", ".join(p.label for p in periods)
    raise NotFoundError(f"{municipality.name} har ingen period {key!r}. Det finns: {labels}")


def _names(municipalities: list[Municipality]) -> str:
    return ", ".join(f"{m.name} ({m.uuid})" for m in municipalities)

"""The demo workspace: Danderyds kommun's crime-prevention collaboration 2021–2022 with
Lokalpolisområde Södra Roslagen, re-created as example data (invented people and figures).

It ships as an exchange file, resources/demo/danderyd.json (built from its source by
bfa_desktop.services.demo.build), and is read through the normal import, with the checks
any file gets. Every record has a fixed UUID and fixed timestamps, so two machines that load
the demo hold identical records."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bfa_desktop.model import Municipality
from bfa_desktop.paths import resource_path
from bfa_desktop.services import exchange

__all__ = ["DEMO_MUNICIPALITY_UUID", "demo_file", "load_demo"]

# The municipality's uuid in the demo file, fixed for ever (the key "municipality").
DEMO_MUNICIPALITY_UUID = "bea7aca2-d05d-5932-81be-b9bc66a8156d"


def demo_file() -> Path:
    return resource_path("demo", "danderyd.json")


def load_demo(session: Session) -> tuple[Municipality, bool]:
    """Add the demo workspace unless it is already there. Returns (municipality, created).

    Does not commit; the caller does. A demo file that the import refuses raises
    ExchangeError, and nothing is added."""
    existing = session.scalar(
        select(Municipality).where(Municipality.uuid == DEMO_MUNICIPALITY_UUID)
    )
    if existing is not None:
        return existing, False
    return exchange.import_document(session, exchange.read_file(demo_file())), True

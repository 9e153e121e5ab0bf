"""Fixtures of the builder tests: the demo's current period and a bare period."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from bfa_desktop.model import Period
from bfa_desktop.storage.database import Database
from tests.documents.helpers import new_period
from tests.helpers import demo_municipality


@pytest.fixture
def demo(demo_database: Database) -> Iterator[Period]:
    """The demo workspace's 2021–2022 period."""
    with demo_database.sessions() as session:
        yield next(p for p in demo_municipality(session).periods if p.start_date.year == 2021)


@pytest.fixture
def period(session: Session) -> Period:
    """A period of a fresh municipality with nothing in it."""
    return new_period(session)

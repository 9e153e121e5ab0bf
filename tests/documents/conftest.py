"""Fixtures of the builder tests: the demo's current period and a bare period."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from bfa_desktop.model import Period
from bfa_desktop.services.demo import load_demo
from tests.documents.helpers import new_period


@pytest.fixture
def demo(session: Session) -> Period:
    """The demo workspace's 2021–2022 period."""
    municipality, _ = load_demo(session)
    session.flush()
    return next(p for p in municipality.periods if p.start_date.year == 2021)


@pytest.fixture
def period(session: Session) -> Period:
    """A period of a fresh municipality with nothing in it."""
    return new_period(session)

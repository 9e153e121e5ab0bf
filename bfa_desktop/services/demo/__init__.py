"""The demo workspace: Danderyds kommun's crime-prevention collaboration 2021–2022 with
Lokalpolisområde Södra Roslagen, re-created as example data (invented people and figures).

Every record has a UUID derived from a fixed namespace and a stable key, and fixed
timestamps, so two machines that load the demo hold identical records."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bfa_desktop.model import Municipality
from bfa_desktop.services.demo import (
    evaluation,
    organisations,
    periods,
    plan,
    previous,
    promises,
    report,
    situation,
)
from bfa_desktop.services.demo.common import DemoContext, demo_uuid

__all__ = ["DEMO_MUNICIPALITY_UUID", "load_demo"]

DEMO_MUNICIPALITY_UUID: str = demo_uuid(organisations.MUNICIPALITY_KEY)


def load_demo(session: Session) -> tuple[Municipality, bool]:
    """Add the demo workspace unless it is already there. Returns (municipality, created).

    Does not commit; the caller does."""
    existing = session.scalar(
        select(Municipality).where(Municipality.uuid == DEMO_MUNICIPALITY_UUID)
    )
    if existing is not None:
        return existing, False

    ctx = DemoContext(organisations.build_municipality())
    organisations.build(ctx)
    earlier = periods.build_previous(ctx)
    previous.build(ctx, earlier)
    current = periods.build_current(ctx, earlier)
    situation.build(ctx, current)
    plan.build(ctx, current)
    promises.build(ctx, current)
    evaluation.build(ctx, current, earlier)
    report.build(ctx, current)

    session.add(ctx.municipality)
    session.flush()
    return ctx.municipality, True

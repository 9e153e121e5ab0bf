"""Values the window shows, not edits, because they follow from others: the other side of a
link, a measure's latest status, a period's legal basis (kept by its dates)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import object_session

from bfa_desktop import model


def _measures_addressing(problem: model.Base) -> list[model.Base]:
    session = object_session(problem)
    assert session is not None
    query = select(model.Measure).where(model.Measure.problems.contains(problem))
    return sorted(session.scalars(query), key=lambda m: (m.focus_area.position, m.position))


def _latest_status(measure: model.Base) -> Any:
    follow_ups = measure.follow_ups  # type: ignore[attr-defined]
    return follow_ups[-1].status if follow_ups else None


def _evaluated_measure(row: model.Base) -> str:
    number, title = row.display_number, row.display_title  # type: ignore[attr-defined]
    return f"{number} {title}".strip()


DERIVED: dict[tuple[type[model.Base], str], Callable[[model.Base], Any]] = {
    (model.PrioritisedProblem, "linked_measures"): _measures_addressing,
    (model.Measure, "linked_promises"): lambda measure: list(measure.promises),  # type: ignore[attr-defined]
    (model.Measure, "latest_status"): _latest_status,
    (model.EvaluationRow, "evaluated_measure"): _evaluated_measure,
    (model.Period, "legal_basis"): lambda period: period.legal_basis,  # type: ignore[attr-defined]
}


def derived_value(record: model.Base, name: str) -> Any:
    return DERIVED[type(record), name](record)


def is_derived(cls: type[model.Base], name: str) -> bool:
    return (cls, name) in DERIVED

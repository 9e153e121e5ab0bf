"""What a reference can point at, and how records are named in lists.

A reference offers the records of its own scope: people and organisations of the same
municipality, problems and places of the same period, the causes of the measure's own focus
area, the measures of the evaluated period for an evaluation row."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.documents.swedish import format_date
from bfa_desktop.model.catalog import node
from bfa_desktop.model.enums import label
from bfa_desktop.services.editing import EditError, owner_of
from bfa_desktop.services.lookup import find

Choice = tuple[str, str]  # (uuid, text)


def describe(record: model.Base) -> str:  # noqa: PLR0911 - one case per kind of record
    """A short name for a record in lists and choosers."""
    match record:
        case model.Measure():
            return f"{record.number} {record.title}"
        case model.FocusArea():
            return f"{record.number}. {record.title}"
        case model.PrioritisedProblem():
            return f"{record.rank}. {record.title}"
        case model.FocusAreaCause():
            causes = record.focus_area.causes
            return f"{record.focus_area.number}.{causes.index(record) + 1} {record.text}"
        case model.Promise():
            return f"{record.number}. {record.sentence}"
        case model.Person():
            return f"{record.name} ({record.title})" if record.title else record.name
        case model.Period():
            return record.label
        case model.BoardDecision():
            when = format_date(record.decision_date)
            return " ".join(
                filter(None, [record.decided_by, when, record.paragraph, label(record.subject)])
            )
    for attribute in ("name", "title", "heading", "text", "sentence"):
        value = getattr(record, attribute, None)
        if isinstance(value, str):
            return value
    return type(record).__name__


def choices(session: Session, cls: type[model.Base], key: str, relation: str) -> list[Choice]:
    """The records the reference `relation` of the given record may point at."""
    reference = node(cls).reference(relation)
    if reference is None:
        raise EditError(f"{cls.__name__} har ingen koppling {relation}.")
    record = find(session, cls, key)
    scope = _SCOPES.get((cls, relation)) or _SCOPES_BY_TARGET.get(reference.target)
    candidates = scope(record) if scope else []
    return [(c.uuid, describe(c)) for c in candidates if c is not record]  # type: ignore[attr-defined]


def period_of(record: model.Base) -> model.Period | None:
    while not isinstance(record, model.Period | model.Municipality):
        record = owner_of(record)[0]
    return record if isinstance(record, model.Period) else None


def municipality_of(record: model.Base) -> model.Municipality:
    while not isinstance(record, model.Municipality):
        record = owner_of(record)[0]
    return record


def _picture(record: model.Base) -> model.SituationPicture | None:
    period = period_of(record)
    return period.situation_picture if period else None


def _plan_measures(period: model.Period | None) -> list[model.Base]:
    plan = period.action_plan if period else None
    return list(plan.measures) if plan else []


Scope = Callable[[model.Base], list[model.Base]]

_SCOPES_BY_TARGET: dict[type[model.Base], Scope] = {
    model.Organisation: lambda r: list(municipality_of(r).organisations),
    model.Person: lambda r: list(municipality_of(r).persons),
    model.Period: lambda r: list(municipality_of(r).periods),
    model.Place: lambda r: list(p.places) if (p := _picture(r)) else [],
    model.PrioritisedProblem: lambda r: list(p.problems) if (p := _picture(r)) else [],
    model.Source: lambda r: list(p.sources) if (p := _picture(r)) else [],
    model.Measure: lambda r: _plan_measures(period_of(r)),
    model.BoardDecision: lambda r: list(p.decisions) if (p := period_of(r)) else [],
}
_SCOPES: dict[tuple[type[model.Base], str], Scope] = {
    # A measure addresses causes of its own focus area.
    (model.Measure, "causes"): lambda r: list(r.focus_area.causes),  # type: ignore[attr-defined]
    # An evaluation row judges a measure of the period being evaluated.
    (model.EvaluationRow, "measure"): lambda r: _plan_measures(
        r.evaluation.evaluated_period  # type: ignore[attr-defined]
    ),
}


def path_from_period(record: model.Base) -> list[tuple[str, str]]:
    """The way from the record's period down to it: (relation, uuid) per step, e.g.
    [("action_plan", plan), ("focus_areas", area), ("measures", measure)]."""
    steps: list[tuple[str, str]] = []
    while not isinstance(record, model.Period | model.Municipality):
        owner, relation = owner_of(record)
        steps.append((relation, record.uuid))  # type: ignore[attr-defined]
        record = owner
    return list(reversed(steps))

"""Handlingsplan: facts, introduction, then per focus area its problem, causes, effect goals,
the measures table "Nr | Åtgärd | Ansvarig | Samverkanspart | Tidplan | Uppföljning" and every
measure in detail – its description and, compactly, what its row does not say, with its
follow-ups; signatures at the end.

Numbers (focus area 2, measure "2.3", cause 1, problem rank, promise number) are computed once
per document, so a plan with thousands of measures builds in linear time."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import joinedload, object_session, selectinload

from bfa_desktop.documents.compose.common import (
    document_info,
    example_note,
    facts,
    section,
    signatures,
)
from bfa_desktop.documents.swedish import (
    NO_BREAK_SPACE,
    format_date,
    format_date_range,
    format_number,
)
from bfa_desktop.documents.tree import (
    Block,
    Cell,
    Document,
    Heading,
    Table,
    cell,
    numbered,
    particulars,
    rich,
)
from bfa_desktop.model import (
    ActionPlan,
    BoardDecision,
    FocusArea,
    FocusAreaCause,
    Measure,
    MeasureFollowUp,
    Period,
    Person,
    PrioritisedProblem,
    Promise,
)
from bfa_desktop.model.enums import DocumentKind, label

MEASURE_COLUMNS = ("Nr", "Åtgärd", "Ansvarig", "Samverkanspart", "Tidplan", "Uppföljning")
GOAL_COLUMNS = ("Effektmål", "Indikator", "Utgångsläge", "Mål", "Måldatum")


def build(period: Period, *, public: bool = True) -> Document:
    plan = period.action_plan
    if plan is None:
        raise ValueError("Perioden har ingen handlingsplan.")
    decision = plan.decision
    info = document_info(
        period,
        DocumentKind.HANDLINGSPLAN,
        plan.title,
        document_date=plan.document_date,
        dnr=decision.dnr if decision else "",  # else the case's
        version=plan.version,
        public=public,
    )
    _loaded = _preload(plan)  # the session holds records weakly: keep them while building
    numbers = _Numbers.of(plan)
    blocks: list[Block] = [*_facts(period, plan), *example_note(period)]
    blocks += section("Inledning", plan.introduction)
    for area in plan.focus_areas:
        blocks += _focus_area(area, numbers, public)
    blocks += signatures(
        period, DocumentKind.HANDLINGSPLAN, decision.decision_date if decision else None
    )
    return Document(info, tuple(blocks))


def _preload(plan: ActionPlan) -> list[FocusArea]:
    """Load the focus areas, the measures and everything the document reads of them in a few
    queries, instead of several lazy loads per measure. Loaded or edited attributes are kept."""
    session = object_session(plan)
    if session is None or plan.id is None:
        return []
    measures = selectinload(FocusArea.measures).options(
        joinedload(Measure.responsible_unit),
        joinedload(Measure.responsible_person),
        selectinload(Measure.partners),
        selectinload(Measure.problems),
        selectinload(Measure.causes),
        selectinload(Measure.places),
        selectinload(Measure.promises),
        selectinload(Measure.follow_ups),
    )
    query = (
        select(FocusArea)
        .where(FocusArea.action_plan_id == plan.id)
        .options(
            selectinload(FocusArea.problems),
            selectinload(FocusArea.causes),
            selectinload(FocusArea.goals),
            measures,
        )
    )
    with session.no_autoflush:
        return list(session.scalars(query))


@dataclass
class _Numbers:
    """The numbers documents print, each computed once instead of by a search per use."""

    areas: dict[FocusArea, int]
    measures: dict[Measure, str]
    causes: dict[FocusAreaCause, tuple[int, int]]  # (focus area number, cause number)
    ranks: dict[PrioritisedProblem, int] = field(default_factory=dict)
    promises: dict[Promise, int] = field(default_factory=dict)

    @classmethod
    def of(cls, plan: ActionPlan) -> _Numbers:
        areas: dict[FocusArea, int] = {}
        measures: dict[Measure, str] = {}
        causes: dict[FocusAreaCause, tuple[int, int]] = {}
        for area_number, area in enumerate(plan.focus_areas, start=1):
            areas[area] = area_number
            for number, measure in enumerate(area.measures, start=1):
                measures[measure] = f"{area_number}.{number}"
            for number, cause in enumerate(area.causes, start=1):
                causes[cause] = (area_number, number)
        return cls(areas, measures, causes)

    def rank(self, problem: PrioritisedProblem) -> int | None:
        """The problem's place in its lägesbild's ranking; the whole list is numbered once."""
        if problem not in self.ranks and problem.situation_picture is not None:
            ranked = problem.situation_picture.problems
            self.ranks.update((p, n) for n, p in enumerate(ranked, start=1))
        return self.ranks.get(problem)

    def promise(self, promise: Promise) -> int | None:
        if promise not in self.promises and promise.document is not None:
            listed = promise.document.promises
            self.promises.update((p, n) for n, p in enumerate(listed, start=1))
        return self.promises.get(promise)

    def cause(self, cause: FocusAreaCause, area: FocusArea) -> str:
        """ "2" within the measure's own focus area, "3.2" for a cause of another one."""
        if cause not in self.causes:
            return ""
        area_number, number = self.causes[cause]
        return str(number) if area_number == self.areas[area] else f"{area_number}.{number}"


# --- facts -----------------------------------------------------------------------------------


def _pairs(pairs: Iterable[tuple[str, str]]) -> list[Block]:
    """ "Label: value" paragraphs; pairs without a value are left out."""
    return facts(pairs)


def _joined(*values: str, separator: str = ", ") -> str:
    return separator.join(value for value in values if value)


def _facts(period: Period, plan: ActionPlan) -> list[Block]:
    parties = _joined(*(party.organisation.name for party in period.parties))
    return _pairs(
        (
            ("Period", format_date_range(period.start_date, period.end_date)),
            ("Parter", parties),
            ("Rättslig grund", label(period.legal_basis)),
            ("Status", label(plan.status)),
            ("Beslut", _decision(plan.decision)),
            ("Beslutas av", "" if plan.decision else period.decided_by),
            ("Version", plan.version),
            ("Datum", format_date(plan.document_date)),
        )
    )


def _decision(decision: BoardDecision | None) -> str:
    """ "Kommunstyrelsen, 2020-12-14, § 203, dnr KS 2020/0359"."""
    if decision is None:
        return ""
    dnr = f"dnr {decision.dnr}" if decision.dnr else ""
    return _joined(
        decision.decided_by, format_date(decision.decision_date), decision.paragraph, dnr
    )


# --- focus areas -----------------------------------------------------------------------------


def _focus_area(area: FocusArea, numbers: _Numbers, public: bool) -> list[Block]:
    number = numbers.areas[area]
    blocks: list[Block] = [Heading(1, f"{number}. {area.title}")]
    blocks += _problem(area, numbers)
    if area.causes:
        blocks += [Heading(2, "Orsaker"), numbered(*(cause.text for cause in area.causes))]
    if area.goals:
        blocks += [Heading(2, "Effektmål"), _goals_table(area, number)]
    if area.measures:
        rows = tuple(_measure_row(measure, numbers) for measure in area.measures)
        caption = f"Åtgärder inom fokusområde {number}, {area.title}"
        blocks += [
            Heading(2, "Åtgärder"),
            Table(MEASURE_COLUMNS, rows, caption=caption),
            Heading(2, "Åtgärder i detalj"),
        ]
        for measure in area.measures:
            blocks += _measure_details(measure, area, numbers, public)
    return blocks


def _problem(area: FocusArea, numbers: _Numbers) -> list[Block]:
    blocks: list[Block] = list(rich(area.problem_text))
    for problem in sorted(area.problems, key=lambda p: numbers.rank(p) or 0):
        rank = numbers.rank(problem)
        name = f"Prioriterat problem {rank}" if rank else "Prioriterat problem"
        blocks += _pairs([(name, problem.title.strip())])
    return [Heading(2, "Problem"), *blocks] if blocks else []


def _goals_table(area: FocusArea, number: int) -> Table:
    rows = tuple(
        (
            cell(goal.text),
            cell(goal.indicator),
            cell(goal.baseline),
            cell(goal.target),
            cell(format_date(goal.target_date)),
        )
        for goal in area.goals
    )
    return Table(GOAL_COLUMNS, rows, caption=f"Effektmål för fokusområde {number}")


# --- measures --------------------------------------------------------------------------------


def _measure_row(measure: Measure, numbers: _Numbers) -> tuple[Cell, ...]:
    """The measure at a glance; the rest of it is in its details."""
    latest = measure.follow_ups[-1] if measure.follow_ups else None
    unit = measure.responsible_unit
    return (
        cell(numbers.measures[measure]),
        cell(measure.title),
        cell(
            unit.name if unit else label(measure.owner_party),
            measure.responsible_person.name if measure.responsible_person else "",
        ),
        cell(_joined(*(partner.name for partner in measure.partners))),
        cell(_timeframe(measure)),
        cell(_joined(_when(latest), _status(latest), separator=": ") if latest else ""),
    )


def _status(follow_up: MeasureFollowUp) -> str:
    """ "Pågår, gul": the status and the traffic light, in words."""
    return f"{label(follow_up.status)}, {label(follow_up.traffic_light).lower()}"


def _assessment(follow_up: MeasureFollowUp) -> str:
    """ "Pågår, Gul – <text>": status and traffic light, the light always in words."""
    return f"{label(follow_up.status)}, {_light(follow_up)}"


def _when(follow_up: MeasureFollowUp) -> str:
    return follow_up.period_label or format_date(follow_up.follow_up_date)


def _light(follow_up: MeasureFollowUp) -> str:
    return _joined(label(follow_up.traffic_light), follow_up.traffic_light_text, separator=" – ")


def _timeframe(measure: Measure) -> str:
    """ "2021-03-01 – 2022-12-31", "Från 2021-03-01, löpande", "Senast 2022-12-31"."""
    start, deadline = measure.start_date, measure.deadline
    if measure.ongoing:
        return f"Från {format_date(start)}, löpande" if start else "Löpande"
    if start and deadline:
        return format_date_range(start, deadline)
    if start:
        return f"Från {format_date(start)}"
    return f"Senast {format_date(deadline)}" if deadline else ""


def _measure_details(
    measure: Measure, area: FocusArea, numbers: _Numbers, public: bool
) -> list[Block]:
    """The measure beyond its row in the table: its description, then compactly what the
    row does not say – causes, problems, goal, contact, resources, indicator, places,
    promises – and every follow-up."""
    causes = sorted(
        filter(None, (numbers.cause(cause, area) for cause in measure.causes)),
        key=lambda n: tuple(int(part) for part in n.split(".")),
    )
    problems = sorted((numbers.rank(p) or 0, p.title) for p in measure.problems)
    promises = sorted(filter(None, (numbers.promise(p) for p in measure.promises)))
    places = [place.name for place in measure.places if not (public and place.internal)]
    blocks: list[Block] = [
        Heading(3, f"{numbers.measures[measure]} {measure.title}"),
        *rich(measure.description),
    ]
    blocks += particulars(
        (
            ("Typ", label(measure.kind)),
            ("Ägare", label(measure.owner_party)),
            ("Arbetsform", label(measure.work_kind)),
            ("Uppföljs", label(measure.follow_up_frequency).lower()),
        ),
        (
            ("Orsaker som åtgärden möter", ", ".join(causes)),
            ("Prioriterade problem", "; ".join(_ranked(r, t) for r, t in problems)),
        ),
        ("Operativt mål", measure.operational_goal),
        ("Ansvarig person", _contact(measure.responsible_person)),
        ("Resurser", _resources(measure)),
        (("Indikator", measure.indicator), ("Datakälla", measure.data_source)),
        ("Platser", _joined(*places)),
        ("Kopplade medborgarlöften", ", ".join(str(n) for n in promises)),
        *((f"Uppföljning {_when(f)}", _follow_up(f)) for f in measure.follow_ups),
    )
    return blocks


def _follow_up(follow_up: MeasureFollowUp) -> str:
    """ "Pågår, Gul – Något försenad. Resultat: Två vandringar. Kommentar: …"."""
    parts = [
        _assessment(follow_up),
        f"Resultat: {follow_up.outcome.strip()}" if follow_up.outcome.strip() else "",
        f"Kommentar: {follow_up.comment.strip()}" if follow_up.comment.strip() else "",
    ]
    return " ".join(_sentence(part) for part in parts if part)


def _sentence(text: str) -> str:
    """The text ending as a sentence: a full stop unless it ends with one already."""
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def _ranked(rank: int, title: str) -> str:
    return f"{rank}. {title}" if rank else title


def _contact(person: Person | None) -> str:
    """ "Karin Söderström, Trygghetssamordnare, 08-000 910 21, karin@…"."""
    if person is None:
        return ""
    return _joined(person.name, person.title, person.phone, person.email)


def _resources(measure: Measure) -> str:
    """ "40 kkr, 200 timmar, inom befintlig ram. <note>"."""
    hours = measure.resources_hours
    amounts = _joined(
        f"{format_number(measure.resources_kkr)}{NO_BREAK_SPACE}kkr"
        if measure.resources_kkr is not None
        else "",
        f"{format_number(hours)}{NO_BREAK_SPACE}{'timme' if hours == 1 else 'timmar'}"
        if hours is not None
        else "",
        "inom befintlig ram" if measure.within_existing_budget else "",
    )
    if amounts:
        amounts = amounts[0].upper() + amounts[1:]
    return _joined(amounts, measure.resources_note, separator=". ")

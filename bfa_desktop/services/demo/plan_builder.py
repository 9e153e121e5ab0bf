"""Specifications of focus areas and measures, and the loop that turns them into records.
Shared by the 2021–2022 plan and the previous (2019–2020) plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bfa_desktop.model import (
    ActionPlan,
    EffectGoal,
    FocusArea,
    FocusAreaCause,
    Measure,
    MeasureFollowUp,
)
from bfa_desktop.model.enums import (
    FollowUpFrequency,
    MeasureKind,
    OwnerParty,
    ProgressStatus,
    TrafficLight,
    WorkKind,
)
from bfa_desktop.services.demo.common import DemoContext, make, numbered, paragraphs


@dataclass(frozen=True)
class FollowUpSpec:
    when: tuple[str, date]  # period label ("2021 halvår 1") and date
    status: ProgressStatus
    light: TrafficLight
    light_text: str  # never the colour alone
    outcome: str
    comment: str


@dataclass(frozen=True)
class MeasureSpec:
    title: str
    intro: str
    steps: tuple[str, ...]
    goal: str  # operational goal
    kind: MeasureKind
    owner: OwnerParty
    unit: str  # organisation key
    person: str  # person key
    start: date
    deadline: date | None  # None: löpande
    work: WorkKind
    hours: float | None
    kkr: float | None = None
    resources_note: str = ""
    partners: tuple[str, ...] = ()  # organisation keys
    indicator: str = ""
    data_source: str = ""
    places: tuple[str, ...] = ()  # place keys
    problems: tuple[str, ...] = ()  # problem keys
    causes: tuple[int, ...] = ()  # numbers of the focus area's causes
    frequency: FollowUpFrequency = FollowUpFrequency.HALVAR
    follow_ups: tuple[FollowUpSpec, ...] = ()


@dataclass(frozen=True)
class GoalSpec:
    text: str
    indicator: str
    baseline: str
    target: str
    target_date: date


@dataclass(frozen=True)
class FocusAreaSpec:
    title: str
    problem_text: str
    causes: tuple[str, ...]
    measures: tuple[MeasureSpec, ...]
    problems: tuple[str, ...] = ()  # problem keys
    goals: tuple[GoalSpec, ...] = ()


def add_focus_areas(
    ctx: DemoContext, plan: ActionPlan, period_key: str, areas: tuple[FocusAreaSpec, ...]
) -> None:
    """Focus areas with their causes, goals and measures; measures registered in `ctx` under
    "<period_key>:<number>" (e.g. "2021:3.2")."""
    for area_number, area_spec in enumerate(areas, start=1):
        area_key = f"{period_key}:{area_number}"
        area = make(
            FocusArea,
            f"focus-area:{area_key}",
            title=area_spec.title,
            problem_text=area_spec.problem_text,
            problems=[ctx.problems[key] for key in area_spec.problems],
        )
        plan.focus_areas.append(area)
        for number, text in enumerate(area_spec.causes, start=1):
            area.causes.append(make(FocusAreaCause, f"cause:{area_key}.{number}", text=text))
        for number, goal in enumerate(area_spec.goals, start=1):
            area.goals.append(
                make(
                    EffectGoal,
                    f"effect-goal:{area_key}.{number}",
                    text=goal.text,
                    indicator=goal.indicator,
                    baseline=goal.baseline,
                    target=goal.target,
                    target_date=goal.target_date,
                )
            )
        for number, spec in enumerate(area_spec.measures, start=1):
            measure = _measure(ctx, area, f"{area_key}.{number}", spec)
            area.measures.append(measure)
            ctx.measures[f"{area_key}.{number}"] = measure


def _measure(ctx: DemoContext, area: FocusArea, key: str, spec: MeasureSpec) -> Measure:
    measure = make(
        Measure,
        f"measure:{key}",
        title=spec.title,
        description=paragraphs(spec.intro, numbered(spec.steps)) if spec.steps else spec.intro,
        operational_goal=spec.goal,
        kind=spec.kind,
        owner_party=spec.owner,
        responsible_unit=ctx.organisations[spec.unit],
        responsible_person=ctx.persons[spec.person],
        start_date=spec.start,
        deadline=spec.deadline,
        ongoing=spec.deadline is None,
        work_kind=spec.work,
        resources_kkr=spec.kkr,
        resources_hours=spec.hours,
        within_existing_budget=True,
        resources_note=spec.resources_note,
        indicator=spec.indicator,
        data_source=spec.data_source,
        follow_up_frequency=spec.frequency,
        partners=[ctx.organisations[k] for k in spec.partners],
        places=[ctx.places[k] for k in spec.places],
        problems=[ctx.problems[k] for k in spec.problems],
        causes=[area.causes[number - 1] for number in spec.causes],
    )
    for number, follow_up in enumerate(spec.follow_ups, start=1):
        measure.follow_ups.append(
            make(
                MeasureFollowUp,
                f"measure-follow-up:{key}:{number}",
                period_label=follow_up.when[0],
                follow_up_date=follow_up.when[1],
                status=follow_up.status,
                traffic_light=follow_up.light,
                traffic_light_text=follow_up.light_text,
                outcome=follow_up.outcome,
                comment=follow_up.comment,
            )
        )
    return measure

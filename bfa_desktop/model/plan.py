"""Handlingsplan: focus areas, their causes and effect goals, the measures and their follow-ups.

Numbers are derived from order, never stored: focus area 2, measure 3 is "2.3"."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bfa_desktop.model.base import Base, Record, enum_type, number_in, ordered_children, rich_text
from bfa_desktop.model.enums import (
    DocumentStatus,
    FollowUpFrequency,
    MeasureKind,
    OwnerParty,
    ProgressStatus,
    TrafficLight,
    WorkKind,
)
from bfa_desktop.model.organisation import Organisation, Person
from bfa_desktop.model.situation import Place, PrioritisedProblem

if TYPE_CHECKING:
    from bfa_desktop.model.period import BoardDecision, Period
    from bfa_desktop.model.promises import Promise


def link_table(name: str, left: str, right: str) -> Table:
    """A many-to-many link; deleting either side removes the link, not the other record."""
    left_table, left_column = left.split(".")
    right_table, right_column = right.split(".")
    return Table(
        name,
        Base.metadata,
        Column(left_column, ForeignKey(f"{left_table}.id", ondelete="CASCADE"), primary_key=True),
        Column(right_column, ForeignKey(f"{right_table}.id", ondelete="CASCADE"), primary_key=True),
    )


focus_area_problems = link_table(
    "focus_area_problems", "focus_areas.focus_area_id", "prioritised_problems.problem_id"
)
measure_problems = link_table(
    "measure_problems", "measures.measure_id", "prioritised_problems.problem_id"
)
measure_causes = link_table("measure_causes", "measures.measure_id", "focus_area_causes.cause_id")
measure_partners = link_table(
    "measure_partners", "measures.measure_id", "organisations.organisation_id"
)
measure_places = link_table("measure_places", "measures.measure_id", "places.place_id")


class ActionPlan(Record, Base):
    __tablename__ = "action_plans"

    period_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="CASCADE"), unique=True
    )
    title: Mapped[str] = mapped_column(String(500))
    status: Mapped[DocumentStatus] = mapped_column(
        enum_type(DocumentStatus), default=DocumentStatus.UTKAST
    )
    version: Mapped[str] = mapped_column(String(50), default="")
    document_date: Mapped[date | None]
    introduction: Mapped[str] = rich_text()
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("board_decisions.id", ondelete="SET NULL")
    )

    period: Mapped[Period] = relationship(back_populates="action_plan")
    decision: Mapped[BoardDecision | None] = relationship()
    focus_areas: Mapped[list[FocusArea]] = ordered_children("FocusArea", "action_plan")

    @property
    def measures(self) -> list[Measure]:
        return [m for area in self.focus_areas for m in area.measures]


class FocusArea(Record, Base):
    __tablename__ = "focus_areas"

    action_plan_id: Mapped[int] = mapped_column(
        ForeignKey("action_plans.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(300))
    problem_text: Mapped[str] = rich_text()

    action_plan: Mapped[ActionPlan] = relationship(back_populates="focus_areas")
    problems: Mapped[list[PrioritisedProblem]] = relationship(secondary=focus_area_problems)
    causes: Mapped[list[FocusAreaCause]] = ordered_children("FocusAreaCause", "focus_area")
    goals: Mapped[list[EffectGoal]] = ordered_children("EffectGoal", "focus_area")
    measures: Mapped[list[Measure]] = ordered_children("Measure", "focus_area")

    @property
    def number(self) -> int:
        return number_in(self.action_plan.focus_areas, self)


class FocusAreaCause(Record, Base):
    """A numbered cause of the focus area's problem; measures say which causes they address."""

    __tablename__ = "focus_area_causes"

    focus_area_id: Mapped[int] = mapped_column(
        ForeignKey("focus_areas.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)

    focus_area: Mapped[FocusArea] = relationship(back_populates="causes")


class EffectGoal(Record, Base):
    """A SMART effect goal: what changes, measured how, from what, to what, by when."""

    __tablename__ = "effect_goals"

    focus_area_id: Mapped[int] = mapped_column(
        ForeignKey("focus_areas.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[str] = mapped_column(String(200), default="")
    target: Mapped[str] = mapped_column(String(200), default="")
    target_date: Mapped[date | None]

    focus_area: Mapped[FocusArea] = relationship(back_populates="goals")


class Measure(Record, Base):
    """Åtgärd: who does what, when, with what, and how it is followed up."""

    __tablename__ = "measures"
    __table_args__ = (
        CheckConstraint(
            "deadline IS NULL OR start_date IS NULL OR deadline >= start_date",
            name="deadline_after_start",
        ),
    )

    focus_area_id: Mapped[int] = mapped_column(
        ForeignKey("focus_areas.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = rich_text()  # steps
    operational_goal: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[MeasureKind] = mapped_column(enum_type(MeasureKind))
    owner_party: Mapped[OwnerParty] = mapped_column(enum_type(OwnerParty))
    responsible_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    responsible_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True
    )
    start_date: Mapped[date | None]
    deadline: Mapped[date | None]
    ongoing: Mapped[bool] = mapped_column(default=False)  # "löpande" instead of a deadline
    work_kind: Mapped[WorkKind] = mapped_column(enum_type(WorkKind), default=WorkKind.ENGANGSINSATS)
    resources_kkr: Mapped[float | None]
    resources_hours: Mapped[float | None]
    within_existing_budget: Mapped[bool] = mapped_column(default=True)  # "inom befintlig ram"
    resources_note: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    data_source: Mapped[str] = mapped_column(Text, default="")
    follow_up_frequency: Mapped[FollowUpFrequency] = mapped_column(
        enum_type(FollowUpFrequency), default=FollowUpFrequency.HALVAR
    )

    focus_area: Mapped[FocusArea] = relationship(back_populates="measures")
    responsible_unit: Mapped[Organisation | None] = relationship(foreign_keys=[responsible_unit_id])
    responsible_person: Mapped[Person | None] = relationship(foreign_keys=[responsible_person_id])
    partners: Mapped[list[Organisation]] = relationship(secondary=measure_partners)
    problems: Mapped[list[PrioritisedProblem]] = relationship(secondary=measure_problems)
    causes: Mapped[list[FocusAreaCause]] = relationship(secondary=measure_causes)
    places: Mapped[list[Place]] = relationship(secondary=measure_places)
    promises: Mapped[list[Promise]] = relationship(
        secondary="promise_measures", back_populates="measures"
    )
    follow_ups: Mapped[list[MeasureFollowUp]] = relationship(
        back_populates="measure",
        cascade="all, delete-orphan",
        order_by="(MeasureFollowUp.follow_up_date, MeasureFollowUp.id)",
    )

    @property
    def number(self) -> str:
        return f"{self.focus_area.number}.{number_in(self.focus_area.measures, self)}"


class MeasureFollowUp(Record, Base):
    """A follow-up of a measure. The traffic light is never shown without its text."""

    __tablename__ = "measure_follow_ups"

    measure_id: Mapped[int] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    period_label: Mapped[str] = mapped_column(String(50))  # "2021 halvår 1"
    follow_up_date: Mapped[date | None]
    status: Mapped[ProgressStatus] = mapped_column(enum_type(ProgressStatus))
    traffic_light: Mapped[TrafficLight] = mapped_column(enum_type(TrafficLight))
    traffic_light_text: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")

    measure: Mapped[Measure] = relationship(back_populates="follow_ups")

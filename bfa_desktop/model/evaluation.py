"""Utvärdering av tidigare handlingsplan: one row per measure of the previous period."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bfa_desktop.model.base import Base, Record, enum_type, ordered_children, rich_text
from bfa_desktop.model.enums import EvaluationStatus, Recommendation, TrafficLight
from bfa_desktop.model.plan import Measure

if TYPE_CHECKING:
    from bfa_desktop.model.period import Period


class Evaluation(Record, Base):
    """Lives in the period it feeds; evaluates the plan of `evaluated_period`."""

    __tablename__ = "evaluations"

    period_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="CASCADE"), unique=True
    )
    evaluated_period_id: Mapped[int | None] = mapped_column(
        ForeignKey("periods.id", ondelete="SET NULL")
    )
    title: Mapped[str] = mapped_column(String(500))
    document_date: Mapped[date | None]
    summary: Mapped[str] = rich_text()
    background: Mapped[str] = rich_text()
    method: Mapped[str] = rich_text()
    promises_follow_up: Mapped[str] = rich_text()
    collaboration: Mapped[str] = rich_text()  # how the collaboration worked
    lessons: Mapped[str] = rich_text()

    period: Mapped[Period] = relationship(back_populates="evaluation", foreign_keys=[period_id])
    evaluated_period: Mapped[Period | None] = relationship(foreign_keys=[evaluated_period_id])
    rows: Mapped[list[EvaluationRow]] = ordered_children("EvaluationRow", "evaluation")


class EvaluationRow(Record, Base):
    """The verdict on one previous measure. When the previous plan is not in the database,
    the measure is named by the free-text fields instead of the link."""

    __tablename__ = "evaluation_rows"

    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    measure_id: Mapped[int | None] = mapped_column(
        ForeignKey("measures.id", ondelete="SET NULL"), index=True
    )
    focus_area_title: Mapped[str] = mapped_column(String(300), default="")
    measure_number: Mapped[str] = mapped_column(String(20), default="")
    measure_title: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[EvaluationStatus] = mapped_column(enum_type(EvaluationStatus))
    traffic_light: Mapped[TrafficLight] = mapped_column(enum_type(TrafficLight))
    target_value: Mapped[str] = mapped_column(String(200), default="")
    outcome_value: Mapped[str] = mapped_column(String(200), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    assessed_effect: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[Recommendation] = mapped_column(enum_type(Recommendation))
    hours_spent: Mapped[float | None]

    evaluation: Mapped[Evaluation] = relationship(back_populates="rows")
    measure: Mapped[Measure | None] = relationship()

    @property
    def display_number(self) -> str:
        return self.measure.number if self.measure else self.measure_number

    @property
    def display_title(self) -> str:
        return self.measure.title if self.measure else self.measure_title

    @property
    def display_focus_area(self) -> str:
        return self.measure.focus_area.title if self.measure else self.focus_area_title

"""Medborgarlöften: the public promises of police and municipality, and their follow-ups."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bfa_desktop.model.base import Base, Record, enum_type, number_in, ordered_children, rich_text
from bfa_desktop.model.enums import DocumentStatus, ProgressStatus, PromiseActor
from bfa_desktop.model.plan import link_table
from bfa_desktop.model.situation import Place

if TYPE_CHECKING:
    from bfa_desktop.model.period import Period
    from bfa_desktop.model.plan import Measure

promise_measures = link_table("promise_measures", "promises.promise_id", "measures.measure_id")
promise_places = link_table("promise_places", "promises.promise_id", "places.place_id")


class CitizenPromises(Record, Base):
    """The promise document: its texts and its promises."""

    __tablename__ = "citizen_promises"

    period_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="CASCADE"), unique=True
    )
    title: Mapped[str] = mapped_column(String(500))  # "Danderyd – medborgarlöften 2021–2022"
    status: Mapped[DocumentStatus] = mapped_column(
        enum_type(DocumentStatus), default=DocumentStatus.UTKAST
    )
    document_date: Mapped[date | None]
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]
    introduction: Mapped[str] = rich_text()
    situation_today: Mapped[str] = rich_text()
    other_problems_note: Mapped[str] = rich_text()
    expected_effect: Mapped[str] = rich_text()
    follow_up: Mapped[str] = rich_text()
    citizen_feedback: Mapped[str] = rich_text()  # how and when citizens hear

    period: Mapped[Period] = relationship(back_populates="citizen_promises")
    promises: Mapped[list[Promise]] = ordered_children("Promise", "document")


class Promise(Record, Base):
    """One sentence naming its actor: "Polisen ska genomföra minst två trygghetsvandringar"."""

    __tablename__ = "promises"

    citizen_promises_id: Mapped[int] = mapped_column(
        ForeignKey("citizen_promises.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    theme: Mapped[str] = mapped_column(String(200), default="")
    actor: Mapped[PromiseActor] = mapped_column(enum_type(PromiseActor))
    sentence: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(String(200), default="")  # "minst två per år"

    document: Mapped[CitizenPromises] = relationship(back_populates="promises")
    places: Mapped[list[Place]] = relationship(secondary=promise_places)
    measures: Mapped[list[Measure]] = relationship(
        secondary=promise_measures, back_populates="promises"
    )
    follow_ups: Mapped[list[PromiseFollowUp]] = relationship(
        back_populates="promise",
        cascade="all, delete-orphan",
        order_by="(PromiseFollowUp.follow_up_date, PromiseFollowUp.id)",
    )

    @property
    def number(self) -> int:
        return number_in(self.document.promises, self)


class PromiseFollowUp(Record, Base):
    __tablename__ = "promise_follow_ups"

    promise_id: Mapped[int] = mapped_column(
        ForeignKey("promises.id", ondelete="CASCADE"), index=True
    )
    period_label: Mapped[str] = mapped_column(String(50))
    follow_up_date: Mapped[date | None]
    status: Mapped[ProgressStatus] = mapped_column(enum_type(ProgressStatus))
    outcome: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    communicated_on: Mapped[date | None]
    channel: Mapped[str] = mapped_column(String(300), default="")  # "kommunens webbplats"

    promise: Mapped[Promise] = relationship(back_populates="follow_ups")

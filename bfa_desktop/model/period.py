"""A collaboration period (usually two years) and what frames it: parties, agreement,
the council's endorsement, the board's decisions and who signs which document."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bfa_desktop.model.base import Base, Record, enum_type, ordered_children, rich_text
from bfa_desktop.model.enums import (
    DecidingBody,
    DecisionSubject,
    DocumentKind,
    EndorsementOutcome,
    LegalBasis,
    PartyRole,
    PeriodPhase,
    label,
)
from bfa_desktop.model.organisation import Municipality, Organisation, Person

if TYPE_CHECKING:
    from bfa_desktop.model.evaluation import Evaluation
    from bfa_desktop.model.plan import ActionPlan
    from bfa_desktop.model.promises import CitizenPromises
    from bfa_desktop.model.report import OfficialReport
    from bfa_desktop.model.situation import SituationPicture

# Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete
LAW_IN_FORCE = date(2023, 7, 1)


def legal_basis_for(end: date) -> LegalBasis:
    """A period that runs on or after the day the law came into force is under it, whatever
    its start; the plans of earlier periods were voluntary."""
    return LegalBasis.LAG_2023_196 if end >= LAW_IN_FORCE else LegalBasis.FRIVILLIG


class Period(Record, Base):
    __tablename__ = "periods"

    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[date]
    end_date: Mapped[date]
    legal_basis: Mapped[LegalBasis] = mapped_column(enum_type(LegalBasis))
    phase: Mapped[PeriodPhase] = mapped_column(
        enum_type(PeriodPhase), default=PeriodPhase.INITIERING
    )
    previous_period_id: Mapped[int | None] = mapped_column(
        ForeignKey("periods.id", ondelete="SET NULL")
    )
    # Who adopts the plan (the tjänsteutlåtande is addressed to it); a nämnd is named.
    deciding_body: Mapped[DecidingBody] = mapped_column(
        enum_type(DecidingBody), default=DecidingBody.KOMMUNSTYRELSEN
    )
    deciding_body_name: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    municipality: Mapped[Municipality] = relationship(back_populates="periods")
    # post_update: periods may point at each other in any order (imports insert them together).
    previous_period: Mapped[Period | None] = relationship(remote_side="Period.id", post_update=True)
    parties: Mapped[list[PeriodParty]] = ordered_children("PeriodParty", "period")
    agreement: Mapped[Agreement | None] = relationship(
        back_populates="period", cascade="all, delete-orphan"
    )
    endorsement: Mapped[CouncilEndorsement | None] = relationship(
        back_populates="period", cascade="all, delete-orphan"
    )
    decisions: Mapped[list[BoardDecision]] = relationship(
        back_populates="period",
        cascade="all, delete-orphan",
        order_by="(BoardDecision.decision_date, BoardDecision.id)",
    )
    signatories: Mapped[list[Signatory]] = ordered_children("Signatory", "period")
    situation_picture: Mapped[SituationPicture | None] = relationship(
        back_populates="period", cascade="all, delete-orphan"
    )
    action_plan: Mapped[ActionPlan | None] = relationship(
        back_populates="period", cascade="all, delete-orphan"
    )
    citizen_promises: Mapped[CitizenPromises | None] = relationship(
        back_populates="period", cascade="all, delete-orphan"
    )
    evaluation: Mapped[Evaluation | None] = relationship(
        back_populates="period",
        cascade="all, delete-orphan",
        foreign_keys="Evaluation.period_id",
    )
    official_report: Mapped[OfficialReport | None] = relationship(
        back_populates="period", cascade="all, delete-orphan"
    )

    @property
    def label(self) -> str:
        """Period as documents write it: "2021–2022" (en dash), or "2023" for one year."""
        if self.start_date.year == self.end_date.year:
            return str(self.start_date.year)
        return f"{self.start_date.year}–{self.end_date.year}"

    @property
    def under_law(self) -> bool:
        """Whether Lag (2023:196) applies: the plan is then an åtgärdsplan."""
        return self.legal_basis == LegalBasis.LAG_2023_196

    @property
    def decided_by(self) -> str:
        """The deciding body as documents name it: "Kommunstyrelsen", "Socialnämnden"."""
        name = self.deciding_body_name.strip()
        if self.deciding_body == DecidingBody.NAMND:
            return name or "Nämnden"
        return label(self.deciding_body)

    def signatories_of(self, document: DocumentKind) -> list[Signatory]:
        return [s for s in self.signatories if s.document == document]


class PeriodParty(Record, Base):
    """An organisation taking part in the period: the municipality, the police, partners."""

    __tablename__ = "period_parties"

    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[PartyRole] = mapped_column(enum_type(PartyRole))

    period: Mapped[Period] = relationship(back_populates="parties")
    organisation: Mapped[Organisation] = relationship()


class Agreement(Record, Base):
    """Samverkansöverenskommelse: the agreement that the plan and the promises belong to."""

    __tablename__ = "agreements"

    period_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="CASCADE"), unique=True
    )
    title: Mapped[str] = mapped_column(String(500))
    dnr: Mapped[str] = mapped_column(String(50), default="")
    signed_date: Mapped[date | None]
    background: Mapped[str] = rich_text()
    purpose: Mapped[str] = rich_text()
    joint_goals: Mapped[str] = rich_text()
    prioritised_problems: Mapped[str] = rich_text()
    organisation_text: Mapped[str] = rich_text()  # styrgrupp, arbetsgrupp …
    meeting_cadence: Mapped[str] = rich_text()
    information_exchange: Mapped[str] = rich_text()
    communication: Mapped[str] = rich_text()
    follow_up: Mapped[str] = rich_text()

    period: Mapped[Period] = relationship(back_populates="agreement")


class CouncilEndorsement(Record, Base):
    """The brottsförebyggande råd's dated endorsement, cited by the tjänsteutlåtande."""

    __tablename__ = "council_endorsements"

    period_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="CASCADE"), unique=True
    )
    council_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    meeting_date: Mapped[date | None]
    outcome: Mapped[EndorsementOutcome] = mapped_column(
        enum_type(EndorsementOutcome), default=EndorsementOutcome.TILLSTYRKT
    )
    minutes_excerpt: Mapped[str] = rich_text()
    present: Mapped[str] = mapped_column(Text, default="")  # who attended, as in the minutes
    # The justering of the minutes: who keeps them, who checks and signs them, and when.
    secretary: Mapped[str] = mapped_column(String(200), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    adjusters: Mapped[str] = mapped_column(String(300), default="")  # justerare, comma-separated
    adjusted_date: Mapped[date | None]

    period: Mapped[Period] = relationship(back_populates="endorsement")
    council: Mapped[Organisation | None] = relationship()


class BoardDecision(Record, Base):
    """A decision of the municipality: entering the agreement, adopting the plan. Without a
    body of its own it is the period's deciding body's."""

    __tablename__ = "board_decisions"

    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    subject: Mapped[DecisionSubject] = mapped_column(enum_type(DecisionSubject))
    body: Mapped[str] = mapped_column(String(200), default="")
    decision_date: Mapped[date | None]
    paragraph: Mapped[str] = mapped_column(String(20), default="")  # "§ 182"
    dnr: Mapped[str] = mapped_column(String(50), default="")
    summary: Mapped[str] = mapped_column(Text, default="")

    period: Mapped[Period] = relationship(back_populates="decisions")

    @property
    def decided_by(self) -> str:
        return self.body.strip() or self.period.decided_by


class Signatory(Record, Base):
    """Who signs which document of the period, in order."""

    __tablename__ = "signatories"

    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    document: Mapped[DocumentKind] = mapped_column(enum_type(DocumentKind))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    signing_for: Mapped[str] = mapped_column(String(200), default="")  # "För Polismyndigheten"
    signed_date: Mapped[date | None]

    period: Mapped[Period] = relationship(back_populates="signatories")
    person: Mapped[Person] = relationship()

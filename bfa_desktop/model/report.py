"""Tjänsteutlåtande: the official report asking the board to adopt the plan and the promises."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bfa_desktop.model.base import Base, Record, enum_type, ordered_children, rich_text
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.model.organisation import Organisation, Person

if TYPE_CHECKING:
    from bfa_desktop.model.period import Period


class OfficialReport(Record, Base):
    __tablename__ = "official_reports"

    period_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="CASCADE"), unique=True
    )
    unit: Mapped[str] = mapped_column(String(200))  # "Kommunledningskontoret"
    report_date: Mapped[date | None]
    dnr: Mapped[str] = mapped_column(String(50), default="")
    case_officer_id: Mapped[int | None] = mapped_column(  # handläggare
        ForeignKey("persons.id", ondelete="SET NULL")
    )
    # Empty: the period's deciding body ("Till: Kommunfullmäktige", "Kommunfullmäktiges beslut").
    recipient: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(500))
    matter: Mapped[str] = rich_text()  # Ärende
    decision_heading: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = rich_text()  # optional Sammanfattning
    background: Mapped[str] = rich_text()
    statement: Mapped[str] = rich_text()  # <unit>s yttrande
    financial_consequences: Mapped[str] = rich_text()
    child_perspective: Mapped[str] = rich_text()  # optional Barnperspektiv

    period: Mapped[Period] = relationship(back_populates="official_report")
    case_officer: Mapped[Person | None] = relationship()
    decision_points: Mapped[list[DecisionPoint]] = ordered_children("DecisionPoint", "report")
    extra_sections: Mapped[list[ReportSection]] = ordered_children("ReportSection", "report")
    attachments: Mapped[list[Attachment]] = ordered_children("Attachment", "report")
    recipients: Mapped[list[DistributionRecipient]] = ordered_children(
        "DistributionRecipient", "report"
    )


class DecisionPoint(Record, Base):
    """A numbered, self-contained decision sentence with one action."""

    __tablename__ = "decision_points"

    report_id: Mapped[int] = mapped_column(
        ForeignKey("official_reports.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)

    report: Mapped[OfficialReport] = relationship(back_populates="decision_points")


class ReportSection(Record, Base):
    """A further section after Ekonomiska konsekvenser, e.g. "Juridiska aspekter"."""

    __tablename__ = "report_sections"

    report_id: Mapped[int] = mapped_column(
        ForeignKey("official_reports.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    heading: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = rich_text()

    report: Mapped[OfficialReport] = relationship(back_populates="extra_sections")


class Attachment(Record, Base):
    """An entry of "Handlingar i ärendet". `document` names the period's own document it
    stands for (listed automatically); manual entries have none."""

    __tablename__ = "attachments"

    report_id: Mapped[int] = mapped_column(
        ForeignKey("official_reports.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    document: Mapped[DocumentKind | None] = mapped_column(enum_type(DocumentKind))
    title: Mapped[str] = mapped_column(String(500))
    document_date: Mapped[date | None]

    report: Mapped[OfficialReport] = relationship(back_populates="attachments")


class DistributionRecipient(Record, Base):
    """An "Expedieras" line: who receives the decision."""

    __tablename__ = "distribution_recipients"

    report_id: Mapped[int] = mapped_column(
        ForeignKey("official_reports.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(300))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )

    report: Mapped[OfficialReport] = relationship(back_populates="recipients")
    organisation: Mapped[Organisation | None] = relationship()

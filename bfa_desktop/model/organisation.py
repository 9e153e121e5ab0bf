"""Municipalities, the organisations taking part, and the people who draft and sign."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bfa_desktop.model.base import Base, Record, enum_type
from bfa_desktop.model.enums import OrganisationKind

if TYPE_CHECKING:
    from bfa_desktop.model.period import Period


class Municipality(Record, Base):
    """A kommun. Holds the contact details printed in document footers."""

    __tablename__ = "municipalities"

    name: Mapped[str] = mapped_column(String(200))  # "Danderyds kommun"
    short_name: Mapped[str] = mapped_column(String(100), default="")  # "Danderyd"
    org_number: Mapped[str] = mapped_column(String(20), default="")
    default_unit: Mapped[str] = mapped_column(String(200), default="")  # "Kommunledningskontoret"
    postal_address: Mapped[str] = mapped_column(String(300), default="")
    visiting_address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    # How the municipality writes a case number: ÅÅÅÅ is the year, NNNN the serial number.
    dnr_pattern: Mapped[str] = mapped_column(String(50), default="KS ÅÅÅÅ/NNNN")
    # The municipality's own Word template and logo, kept here so they work offline and travel
    # with the municipality's data. Empty: the bundled template and its logo placeholder.
    template: Mapped[bytes | None] = mapped_column(LargeBinary)
    template_name: Mapped[str] = mapped_column(String(255), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_name: Mapped[str] = mapped_column(String(255), default="")
    is_example: Mapped[bool] = mapped_column(default=False)  # demo data, says so everywhere
    note: Mapped[str] = mapped_column(Text, default="")

    organisations: Mapped[list[Organisation]] = relationship(
        back_populates="municipality", cascade="all, delete-orphan", order_by="Organisation.id"
    )
    persons: Mapped[list[Person]] = relationship(
        back_populates="municipality", cascade="all, delete-orphan", order_by="Person.id"
    )
    periods: Mapped[list[Period]] = relationship(
        back_populates="municipality",
        cascade="all, delete-orphan",
        order_by="(Period.start_date, Period.id)",
    )


class Organisation(Record, Base):
    """A förvaltning, the lokalpolisområde, the council, a partner such as a housing company."""

    __tablename__ = "organisations"

    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[OrganisationKind] = mapped_column(enum_type(OrganisationKind))
    description: Mapped[str] = mapped_column(Text, default="")

    municipality: Mapped[Municipality] = relationship(back_populates="organisations")
    persons: Mapped[list[Person]] = relationship(back_populates="organisation")


class Person(Record, Base):
    """A contact: handläggare, responsible for a measure, or signatory. Not a lägesbild subject."""

    __tablename__ = "persons"

    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipalities.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")

    municipality: Mapped[Municipality] = relationship(back_populates="persons")
    organisation: Mapped[Organisation | None] = relationship(back_populates="persons")

"""Gemensam lokal lägesbild: the joint situation picture and the data it rests on.

Areas and aggregates only, never individuals. Sections, series, indicators and places can be
marked internal (police information); the public edition leaves them out."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bfa_desktop.model.base import Base, Record, enum_type, number_in, ordered_children, rich_text
from bfa_desktop.model.enums import PlaceKind, SectionKind

if TYPE_CHECKING:
    from bfa_desktop.model.period import Period


class SituationPicture(Record, Base):
    __tablename__ = "situation_pictures"

    period_id: Mapped[int] = mapped_column(
        ForeignKey("periods.id", ondelete="CASCADE"), unique=True
    )
    title: Mapped[str] = mapped_column(String(500))  # "Gemensam lokal lägesbild 2020"
    year: Mapped[int]
    version: Mapped[str] = mapped_column(String(50), default="")
    document_date: Mapped[date | None]
    dnr: Mapped[str] = mapped_column(String(50), default="")

    period: Mapped[Period] = relationship(back_populates="situation_picture")
    sections: Mapped[list[SituationSection]] = ordered_children(
        "SituationSection", "situation_picture"
    )
    sources: Mapped[list[Source]] = ordered_children("Source", "situation_picture")
    statistics: Mapped[list[StatisticSeries]] = ordered_children(
        "StatisticSeries", "situation_picture"
    )
    survey_indicators: Mapped[list[SurveyIndicator]] = ordered_children(
        "SurveyIndicator", "situation_picture"
    )
    places: Mapped[list[Place]] = ordered_children("Place", "situation_picture")
    problems: Mapped[list[PrioritisedProblem]] = ordered_children(
        "PrioritisedProblem", "situation_picture"
    )


class SituationSection(Record, Base):
    __tablename__ = "situation_sections"

    situation_picture_id: Mapped[int] = mapped_column(
        ForeignKey("situation_pictures.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[SectionKind] = mapped_column(enum_type(SectionKind))
    heading: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = rich_text()
    internal: Mapped[bool] = mapped_column(default=False)

    situation_picture: Mapped[SituationPicture] = relationship(back_populates="sections")


class Source(Record, Base):
    """A source and its limits: "Polisens anmälningsstatistik", owner, year, what it misses."""

    __tablename__ = "sources"

    situation_picture_id: Mapped[int] = mapped_column(
        ForeignKey("situation_pictures.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(200), default="")
    year: Mapped[int | None]
    limitation: Mapped[str] = mapped_column(Text, default="")

    situation_picture: Mapped[SituationPicture] = relationship(back_populates="sources")


class StatisticSeries(Record, Base):
    """One category of reported crime (or similar) in one area, a value per year."""

    __tablename__ = "statistic_series"

    situation_picture_id: Mapped[int] = mapped_column(
        ForeignKey("situation_pictures.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    category: Mapped[str] = mapped_column(String(300))
    area: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(100))  # "anmälda brott per 1 000 invånare"
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    internal: Mapped[bool] = mapped_column(default=False)

    situation_picture: Mapped[SituationPicture] = relationship(back_populates="statistics")
    source: Mapped[Source | None] = relationship()
    values: Mapped[list[StatisticValue]] = relationship(
        back_populates="series", cascade="all, delete-orphan", order_by="StatisticValue.year"
    )


class StatisticValue(Record, Base):
    __tablename__ = "statistic_values"
    __table_args__ = (UniqueConstraint("series_id", "year"),)

    series_id: Mapped[int] = mapped_column(
        ForeignKey("statistic_series.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int]
    value: Mapped[float]

    series: Mapped[StatisticSeries] = relationship(back_populates="values")


class SurveyIndicator(Record, Base):
    """A survey result: "Känner sig trygg ute ensam sent på kvällen", area, year, share."""

    __tablename__ = "survey_indicators"

    situation_picture_id: Mapped[int] = mapped_column(
        ForeignKey("situation_pictures.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    survey: Mapped[str] = mapped_column(String(300))
    indicator: Mapped[str] = mapped_column(String(500))
    area: Mapped[str] = mapped_column(String(200))
    year: Mapped[int]
    value: Mapped[float]
    unit: Mapped[str] = mapped_column(String(100), default="procent")
    comparison_area: Mapped[str] = mapped_column(String(200), default="")
    comparison_value: Mapped[float | None]
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    internal: Mapped[bool] = mapped_column(default=False)

    situation_picture: Mapped[SituationPicture] = relationship(back_populates="survey_indicators")
    source: Mapped[Source | None] = relationship()


class Place(Record, Base):
    """A place perceived as unsafe or a hot spot, with its time pattern."""

    __tablename__ = "places"

    situation_picture_id: Mapped[int] = mapped_column(
        ForeignKey("situation_pictures.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(300))
    area: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[PlaceKind] = mapped_column(enum_type(PlaceKind))
    description: Mapped[str] = mapped_column(Text, default="")
    time_pattern: Mapped[str] = mapped_column(Text, default="")  # "fredag–lördag 21–02"
    internal: Mapped[bool] = mapped_column(default=False)

    situation_picture: Mapped[SituationPicture] = relationship(back_populates="places")


class PrioritisedProblem(Record, Base):
    """A ranked problem of the lägesbild (rank = place in the list), the input to the plan."""

    __tablename__ = "prioritised_problems"

    situation_picture_id: Mapped[int] = mapped_column(
        ForeignKey("situation_pictures.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = rich_text()
    analysis: Mapped[str] = rich_text()  # the cause analysis

    situation_picture: Mapped[SituationPicture] = relationship(back_populates="problems")
    causes: Mapped[list[ProblemCause]] = ordered_children("ProblemCause", "problem")

    @property
    def rank(self) -> int:
        return number_in(self.situation_picture.problems, self)


class ProblemCause(Record, Base):
    __tablename__ = "problem_causes"

    problem_id: Mapped[int] = mapped_column(
        ForeignKey("prioritised_problems.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)

    problem: Mapped[PrioritisedProblem] = relationship(back_populates="causes")

"""Gemensam lokal lägesbild: facts, the written sections, then the data they rest on –
statistics, survey indicators, places, the prioritised problems and the sources.

Internal material (sections, series, indicators, places) is left out of the public edition and
marked " (intern)" in the internal one. The data of a section kind that the user has written a
section for (Prioriterade problem, Källförteckning) goes under that section instead of under a
second heading of the same name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from bfa_desktop.documents.compose.common import (
    document_info,
    example_note,
    facts,
    signatures,
)
from bfa_desktop.documents.swedish import NO_BREAK_SPACE, format_date, format_number
from bfa_desktop.documents.tree import (
    Block,
    Cell,
    Document,
    Heading,
    Table,
    cell,
    numbered,
    rich,
)
from bfa_desktop.model import (
    Period,
    Place,
    PrioritisedProblem,
    SituationPicture,
    SituationSection,
    Source,
    StatisticSeries,
    SurveyIndicator,
)
from bfa_desktop.model.enums import DocumentKind, SectionKind, label

INTERNAL = " (intern)"


# What can be marked internal besides sections.
ItemT = TypeVar("ItemT", StatisticSeries, SurveyIndicator, Place)


def build(period: Period, *, public: bool = True) -> Document:
    picture = period.situation_picture
    if picture is None:
        raise ValueError("Perioden har ingen gemensam lokal lägesbild.")
    info = document_info(
        period,
        DocumentKind.LAGESBILD,
        picture.title,
        document_date=picture.document_date,
        dnr=picture.dnr,
        version=picture.version,
        public=public,
    )
    sections = [s for s in picture.sections if not (s.internal and public)]
    # The data of these kinds joins the first open written section of the kind, if any.
    joined: dict[SectionKind, list[Block]] = {
        SectionKind.PRIORITERADE_PROBLEM: _problems(picture.problems),
        SectionKind.KALLFORTECKNING: _sources(picture.sources),
    }
    home = {
        kind: next((s for s in sections if s.kind == kind and not s.internal), None)
        for kind in joined
    }

    blocks: list[Block] = [*_facts(period, picture, info.dnr), *example_note(period)]
    for written in sections:
        data = joined[written.kind] if home.get(written.kind) is written else []
        blocks += _section(written, data)
    blocks += _appended("Statistik", _statistics(picture.statistics, public))
    blocks += _appended("Trygghetsmätningar", _indicators(picture, public))
    blocks += _appended("Platser", _places(picture, public))
    for kind, heading in (
        (SectionKind.PRIORITERADE_PROBLEM, "Prioriterade problem"),
        (SectionKind.KALLFORTECKNING, "Källförteckning"),
    ):
        if home[kind] is None:
            blocks += _appended(heading, joined[kind])
    blocks += signatures(period, DocumentKind.LAGESBILD, picture.document_date)
    return Document(info, tuple(blocks))


def _facts(period: Period, picture: SituationPicture, dnr: str) -> list[Block]:
    parties = ", ".join(party.organisation.name for party in period.parties)
    pairs = (
        ("År", str(picture.year)),
        ("Parter", parties),
        ("Datum", format_date(picture.document_date)),
        ("Version", picture.version),
        ("Dnr", dnr),
    )
    return facts(pairs)


def _marked(value: str, internal: bool) -> str:
    """The heading or caption of internal material says so (once)."""
    if not internal or value.rstrip().endswith(INTERNAL.strip()):
        return value
    return value + INTERNAL


def _section(written: SituationSection, data: list[Block]) -> list[Block]:
    body = list(rich(written.body))
    if not body and not data:
        return []
    return [Heading(1, _marked(written.heading, written.internal)), *body, *data]


def _appended(heading: str, data: list[Block]) -> list[Block]:
    return [Heading(1, heading), *data] if data else []


def _split(items: Sequence[ItemT], public: bool) -> list[tuple[list[ItemT], bool]]:
    """The open items, then (internal edition only) the internal ones: (items, internal)."""
    groups = [([i for i in items if not i.internal], False)]
    if not public:
        groups.append(([i for i in items if i.internal], True))
    return [(group, internal) for group, internal in groups if group]


def _table(header: tuple[str, ...], rows: list[tuple[Cell, ...]], caption: str) -> Table:
    return Table(header, tuple(rows), caption=caption)


def _caption(subject: str, sources: Sequence[Source | None] = ()) -> str:
    """ "<subject>. Källa: <name>." or "… Källor: <name>, <name>." – the sources once each."""
    names = list(dict.fromkeys(source.name for source in sources if source and source.name))
    if not names:
        return f"{subject}."
    return f"{subject}. {'Källa' if len(names) == 1 else 'Källor'}: {', '.join(names)}."


def _statistics(all_series: list[StatisticSeries], public: bool) -> list[Block]:
    """One table per category and unit: a row per year, a column per area."""
    tables: list[Block] = []
    for group, internal in _split(all_series, public):
        categories: dict[tuple[str, str], list[StatisticSeries]] = {}
        for series in group:
            if series.values:
                categories.setdefault((series.category, series.unit), []).append(series)
        for (category, unit), members in categories.items():
            years = sorted({value.year for series in members for value in series.values})
            by_year = [{v.year: v.value for v in series.values} for series in members]
            # One decimal for every figure once any has one, so a column reads evenly.
            fixed = any(not float(v).is_integer() for values in by_year for v in values.values())
            rows = [
                (
                    cell(str(year)),
                    *(cell(format_number(values.get(year), fixed=fixed)) for values in by_year),
                )
                for year in years
            ]
            caption = _caption(
                f"{_marked(category, internal)}{f': {unit}' if unit else ''}",
                [series.source for series in members],
            )
            header = ("År", *(series.area for series in members))
            tables.append(_table(header, rows, caption))
    return tables


def _indicators(picture: SituationPicture, public: bool) -> list[Block]:
    tables: list[Block] = []
    for group, internal in _split(picture.survey_indicators, public):
        rows = []
        for indicator in group:
            value = _amount(indicator.value, indicator.unit)
            comparison = ""
            if indicator.comparison_value is not None:
                comparison = _amount(indicator.comparison_value, indicator.unit)
                if indicator.comparison_area:
                    comparison = f"{indicator.comparison_area}: {comparison}"
            rows.append(
                (
                    cell(indicator.survey),
                    cell(indicator.indicator),
                    cell(indicator.area),
                    cell(str(indicator.year)),
                    cell(value),
                    cell(comparison),
                )
            )
        caption = _caption(
            _marked("Resultat från trygghetsmätningar och enkäter", internal),
            [indicator.source for indicator in group],
        )
        tables.append(
            _table(
                ("Undersökning", "Indikator", "Område", "År", "Värde", "Jämförelse"),
                rows,
                caption,
            )
        )
    return tables


def _amount(value: float, unit: str) -> str:
    """ "81 procent", the unit kept on the number's line."""
    return f"{format_number(value)}{NO_BREAK_SPACE}{unit}" if unit else format_number(value)


def _places(picture: SituationPicture, public: bool) -> list[Block]:
    return [
        _table(
            ("Plats", "Område", "Typ", "Tider", "Beskrivning"),
            [
                (
                    cell(place.name),
                    cell(place.area),
                    cell(label(place.kind)),
                    cell(place.time_pattern),
                    cell(place.description),
                )
                for place in group
            ],
            _caption(_marked("Otrygga platser och platser med många brott", internal)),
        )
        for group, internal in _split(picture.places, public)
    ]


def _problems(problems: list[PrioritisedProblem]) -> list[Block]:
    """Each problem under its rank: description, numbered causes, cause analysis."""
    blocks: list[Block] = []
    for rank, problem in enumerate(problems, start=1):
        blocks.append(Heading(2, f"{rank}. {problem.title}"))
        blocks += rich(problem.description)
        causes = [cause.text for cause in problem.causes if cause.text.strip()]
        if causes:
            blocks += [Heading(3, "Orsaker"), numbered(*causes)]
        analysis = rich(problem.analysis)
        if analysis:
            blocks += [Heading(3, "Analys"), *analysis]
    return blocks


def _sources(sources: list[Source]) -> list[Block]:
    if not sources:
        return []
    rows = [
        (
            cell(source.name),
            cell(source.owner),
            cell(str(source.year) if source.year is not None else ""),
            cell(source.limitation),
        )
        for source in sources
    ]
    return [
        _table(
            ("Källa", "Ägare", "År", "Begränsningar"),
            rows,
            _caption("Källor till lägesbilden och deras begränsningar"),
        )
    ]

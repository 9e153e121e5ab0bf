"""The public edition holds no text of an internal record – section, statistics series, survey
indicator, place – in either format, anywhere in the file (body, tables, headers, footers,
metadata); the internal edition holds all of it, and says in its file names that it is
internal. Read back with python-docx and pypdf."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph
from sqlalchemy.orm import Session

from bfa_desktop.documents.compose import BUILDERS
from bfa_desktop.model import (
    Period,
    Place,
    SituationSection,
    StatisticSeries,
    StatisticValue,
    SurveyIndicator,
)
from bfa_desktop.model.enums import DocumentKind, PlaceKind, SectionKind
from bfa_desktop.services.export import ExportFormat, export_period
from tests.helpers import demo_municipality, open_copy

# Short marks in every text field of the internal records: short enough never to be broken
# or hyphenated at a line's end, unlike any word of the demo.
SECTION = {"heading": "Qz1", "body": "Qz2"}
SERIES = {"category": "Qz3", "area": "Qz4", "unit": "Qz5"}
INDICATOR = {"survey": "Qz6", "indicator": "Qz7", "area": "Qz8", "unit": "Qz9"}
PLACE = {"name": "Qy1", "area": "Qy2", "description": "Qy3", "time_pattern": "Qy4"}
MARKS = [*SECTION.values(), *SERIES.values(), *INDICATOR.values(), *PLACE.values()]
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Editions:
    public: list[Path]
    internal: list[Path]


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Editions]:
    """The demo with an internal record of every kind (the place linked to a measure of the
    plan), every document exported in both formats as the public and the internal edition."""
    folder = tmp_path_factory.mktemp("editions")
    database = open_copy(demo_template, folder / "bfa.sqlite3")
    try:
        with database.session() as session:
            period = _demo_with_internal_records(session)
            public, internal = folder / "publik", folder / "intern"
            public.mkdir()
            internal.mkdir()
            yield Editions(
                export_period(period, public).files,
                export_period(period, internal, public=False).files,
            )
    finally:
        database.close()


def _demo_with_internal_records(session: Session) -> Period:
    period = next(p for p in demo_municipality(session).periods if p.start_date.year == 2021)
    picture, plan = period.situation_picture, period.action_plan
    assert picture is not None and plan is not None
    picture.sections.append(SituationSection(kind=SectionKind.OVRIGT, internal=True, **SECTION))
    picture.statistics.append(
        StatisticSeries(internal=True, values=[StatisticValue(year=2020, value=4321.5)], **SERIES)
    )
    picture.survey_indicators.append(
        SurveyIndicator(internal=True, year=2020, value=12.0, **INDICATOR)
    )
    place = Place(kind=PlaceKind.OTRYGG_PLATS, internal=True, **PLACE)
    picture.places.append(place)
    plan.measures[0].places.append(place)
    session.flush()
    return period


def word_text(path: Path) -> str:
    """Body (tables too), every header and footer, and the document properties."""
    document = docx.Document(str(path))
    parts = [document.element.body]
    for section in document.sections:
        for part in (
            section.header,
            section.first_page_header,
            section.even_page_header,
            section.footer,
            section.first_page_footer,
            section.even_page_footer,
        ):
            parts.append(part._element)
    lines = [
        WordParagraph(p, None).text  # type: ignore[arg-type]
        for part in parts
        for p in part.iter(qn("w:p"))
    ]
    properties = document.core_properties
    lines += [properties.title, properties.subject, properties.keywords, properties.comments]
    return "\n".join(lines)


def pdf_text(path: Path) -> str:
    """Every page whole (headers and footers too), and the metadata."""
    reader = pypdf.PdfReader(path)
    lines = [page.extract_text() for page in reader.pages]
    lines += [str(value) for value in (reader.metadata or {}).values()]
    return "\n".join(lines)


def text_of(path: Path) -> str:
    read = word_text if path.suffix == ".docx" else pdf_text
    return _WHITESPACE.sub("", read(path))


def test_no_text_of_an_internal_record_is_in_the_public_edition(editions: Editions) -> None:
    assert len(editions.public) == len(BUILDERS) * len(ExportFormat)
    for path in editions.public:
        found = [mark for mark in MARKS if mark in text_of(path)]
        assert found == [], path.name
        assert "(INTERN)" not in path.name


def test_the_internal_edition_holds_it_all(editions: Editions) -> None:
    by_kind = {
        kind: [path for path in editions.internal if path.name.startswith(stem)]
        for kind, stem in (
            (DocumentKind.LAGESBILD, "Danderyds kommun – Gemensam lokal lägesbild 2020"),
            (DocumentKind.HANDLINGSPLAN, "Danderyds kommun – Handlingsplan 2021–2022"),
        )
    }
    for path in by_kind[DocumentKind.LAGESBILD]:
        text = text_of(path)
        assert [mark for mark in MARKS if mark not in text] == [], path.name
        assert "4321,5" in text  # the internal series' figure
    for path in by_kind[DocumentKind.HANDLINGSPLAN]:
        assert PLACE["name"] in text_of(path), path.name  # the measure's internal place
    assert [len(paths) for paths in by_kind.values()] == [2, 2]


def test_every_file_of_the_internal_edition_says_so_in_its_name(editions: Editions) -> None:
    assert len(editions.internal) == len(BUILDERS) * len(ExportFormat)
    assert all(path.stem.endswith(" (INTERN)") for path in editions.internal)
    public_names = {path.name for path in editions.public}
    assert {path.name.replace(" (INTERN)", "") for path in editions.internal} == public_names

"""Gemensam lokal lägesbild: facts, written sections, the data tables and the prioritised
problems; internal material only in the internal edition, and marked there."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from bfa_desktop.documents.compose.situation import build
from bfa_desktop.documents.swedish import NO_BREAK_SPACE
from bfa_desktop.documents.tree import (
    Heading,
    ListBlock,
    Paragraph,
)
from bfa_desktop.model import (
    Organisation,
    Period,
    PeriodParty,
    Place,
    PrioritisedProblem,
    ProblemCause,
    SituationPicture,
    SituationSection,
    Source,
    StatisticSeries,
    StatisticValue,
    SurveyIndicator,
)
from bfa_desktop.model.enums import OrganisationKind, PartyRole, PlaceKind, SectionKind
from tests.documents.helpers import assert_no_empty_headings, flatten, headings, tables

# Control characters, formula start, markup of other formats, RTL, emoji: kept as typed.
HOSTILE = "=1+1 & <b> \"x\" 'y' \u202eשלום😀🚓 \x01\x07\x0b\x1b\x1f"
HOSTILE_PLAIN = "\x00" + HOSTILE  # rich text turns NUL into U+FFFD (the parser's rule)
LONG = "å" * 100_000


# --- helpers -----------------------------------------------------------------------------------


def picture_of(session: Session, period: Period, **fields: object) -> SituationPicture:
    picture = SituationPicture(title="Lägesbild 2023", year=2022, **fields)
    period.situation_picture = picture
    session.flush()
    return picture


def series(
    category: str, area: str, values: dict[int, float], *, internal: bool = False, unit: str = ""
) -> StatisticSeries:
    return StatisticSeries(
        category=category,
        area=area,
        unit=unit or "anmälda brott per 1 000 invånare",
        internal=internal,
        values=[StatisticValue(year=year, value=value) for year, value in values.items()],
    )


# --- the demo ----------------------------------------------------------------------------------


def test_demo_public_edition_has_the_sections_then_the_data_in_order(demo: Period) -> None:
    document = build(demo)
    assert document.info.title == "Gemensam lokal lägesbild 2020"
    assert document.info.public_edition
    assert document.info.dnr == "KS 2020/0359"
    assert document.info.document_date == date(2020, 10, 30)
    assert headings(document, 1) == [
        "Sammanfattning",
        "Inledning",
        "Kommunen i korthet",
        "Brottsutveckling",
        "Trygghet",
        "Platser och tider",
        "Barn och unga",
        "Särskilt tema: bedrägerier mot äldre",
        "Vad invånare och medarbetare berättade",
        "Analys och orsaker",
        "Prioriterade problem",  # the written section; the problems join it (no second one)
        "Statistik",
        "Trygghetsmätningar",
        "Platser",
        "Källförteckning",
    ]
    assert document.info.title not in headings(document)
    assert_no_empty_headings(document)


def test_demo_facts_and_example_note_come_first(demo: Period) -> None:
    document = build(demo)
    first = [b.text for b in document.blocks[:6] if isinstance(b, Paragraph)]
    assert first[0] == "År: 2020"
    assert first[1].startswith("Parter: Danderyds kommun, Lokalpolisområde Södra Roslagen")
    assert first[2:5] == ["Datum: 2020-10-30", "Version: 1.0", "Dnr: KS 2020/0359"]
    assert first[5].startswith("Exempeldata:")
    assert isinstance(document.blocks[6], Heading)


def test_demo_prioritised_problems_are_ranked_with_causes_and_analysis(demo: Period) -> None:
    document = build(demo)
    blocks = list(document.blocks)
    assert headings(document, 2) == [
        "1. Bostadsinbrott i villaområden",
        "2. Otrygghet och ordningsstörningar i Mörby centrum",
        "3. Ungas bruk av alkohol och narkotika",
        "4. Skadegörelse, klotter och otrygga utemiljöer",
        "5. Bedrägerier mot äldre",
        "6. Våld i nära relationer",
    ]
    written = blocks.index(Heading(1, "Prioriterade problem"))
    assert blocks.index(Heading(2, "1. Bostadsinbrott i villaområden")) > written
    assert headings(document, 3) == ["Orsaker", "Analys"] * 6
    causes = blocks[blocks.index(Heading(3, "Orsaker")) + 1]
    assert isinstance(causes, ListBlock)
    assert causes.ordered
    assert causes.start == 1
    assert [item[0].text for item in causes.items if isinstance(item[0], Paragraph)] == [
        "Många hus har dåligt inbrottsskydd och skymd insyn från gatan.",
        "Grannsamverkan saknas eller är inaktiv i de mest utsatta områdena.",
        "Stöldgods förs snabbt ut ur kommunen via de stora vägarna.",
    ]


def test_demo_internal_material_is_left_out_of_the_public_edition(demo: Period) -> None:
    text = flatten(build(demo, public=True))
    assert "Polisens bedömning" not in text  # internal section
    assert "narkotikaförsäljningen till unga i kommunens västra del" not in text
    assert "Narkotikabrott" not in text  # internal series
    assert "Mörby centrum" not in text.split("\n")  # … nor its area as a column
    assert "Samlingsplatsen vid en idrottsplats" not in text  # internal place
    assert "(intern)" not in text


def test_demo_internal_edition_includes_and_marks_internal_material(demo: Period) -> None:
    document = build(demo, public=False)
    assert not document.info.public_edition
    assert "Polisens bedömning (intern)" in headings(document, 1)  # marked once, not twice
    assert not any("(intern) (intern)" in h for h in headings(document))
    marked = [table for table in tables(document) if "(intern)" in table.caption]
    drugs, places = marked
    assert drugs.caption.startswith("Narkotikabrott (intern): anmälda brott per 1 000 invånare.")
    assert drugs.header == ("År", "Mörby centrum")
    assert places.caption == "Otrygga platser och platser med många brott (intern)."
    assert places.rows[0][0].text == "Samlingsplatsen vid en idrottsplats i kommunens västra del"
    captions = [table.caption for table in tables(document)]
    text = flatten(document)
    assert "narkotikaförsäljningen till unga i kommunens västra del" in text
    # Open material is not marked.
    assert captions[0].startswith("Anmälda brott totalt: anmälda brott per 1 000 invånare.")
    assert "Platser" in headings(document, 1)


def test_demo_statistics_use_swedish_numbers_and_name_unit_and_source(demo: Period) -> None:
    document = build(demo)
    total = next(t for t in tables(document) if t.caption.startswith("Anmälda brott totalt"))
    assert total.header == ("År", "Danderyds kommun", "Stockholms län")
    assert total.caption == (
        "Anmälda brott totalt: anmälda brott per 1 000 invånare. "
        "Källa: Polisens statistik över anmälda brott."
    )
    assert [tuple(c.text for c in row) for row in total.rows[:2]] == [
        ("2016", "71,4", "127,3"),
        ("2017", "68,9", "125,8"),
    ]


def test_demo_tables_have_header_rows_and_consistent_columns(demo: Period) -> None:
    for public in (True, False):
        for table in tables(build(demo, public=public)):
            assert table.header
            assert all(table.header)
            assert all(len(row) == len(table.header) for row in table.rows)
            assert table.rows, table.caption


def test_demo_survey_indicators_and_places_and_sources(demo: Period) -> None:
    document = build(demo)
    survey = next(t for t in tables(document) if t.header[0] == "Undersökning")
    assert survey.header == ("Undersökning", "Indikator", "Område", "År", "Värde", "Jämförelse")
    first = tuple(c.text for c in survey.rows[0])
    assert first == (
        "Polisens trygghetsmätning",
        "Känner sig trygg ute ensam sent på kvällen i sitt bostadsområde",
        "Danderyds kommun",
        "2020",
        f"81{NO_BREAK_SPACE}procent",
        f"Stockholms län: 72{NO_BREAK_SPACE}procent",
    )
    assert "Källor: Polisens trygghetsmätning, Stockholmsenkäten." in survey.caption
    places = next(t for t in tables(document) if t.header[0] == "Plats")
    assert places.header == ("Plats", "Område", "Typ", "Tider", "Beskrivning")
    assert places.rows[0][2].text == "Otrygg plats och brottskoncentration"  # a label, not a code
    sources = next(t for t in tables(document) if t.header[0] == "Källa")
    assert sources.header == ("Källa", "Ägare", "År", "Begränsningar")
    assert len(sources.rows) == 6
    assert document.blocks.index(sources) > document.blocks.index(Heading(1, "Källförteckning"))


# --- hand-made periods -------------------------------------------------------------------------


def test_missing_situation_picture_raises_a_swedish_error(period: Period) -> None:
    with pytest.raises(ValueError, match="ingen gemensam lokal lägesbild"):
        build(period)


def test_a_bare_picture_gives_just_the_year(session: Session, period: Period) -> None:
    picture_of(session, period)
    document = build(period)
    assert len(document.blocks) == 1
    assert flatten(document) == "Lägesbild 2023\nÅr: 2022"
    assert document.info.municipality == "Testkommun"
    assert document.info.period == "2022"  # the lägesbild is of its own year


def test_empty_sections_and_empty_data_produce_no_headings(
    session: Session, period: Period
) -> None:
    picture_of(session, period, version="", dnr="", document_date=None)
    picture = period.situation_picture
    assert picture is not None
    picture.sections = [
        SituationSection(kind=SectionKind.SAMMANFATTNING, heading="Sammanfattning", body=""),
        SituationSection(kind=SectionKind.TRYGGHET, heading="Trygghet", body="  \n\n "),
        SituationSection(kind=SectionKind.KALLFORTECKNING, heading="Källor", body=""),
        SituationSection(kind=SectionKind.PRIORITERADE_PROBLEM, heading="Problem", body=""),
    ]
    picture.statistics = [series("Rån", "Testkommun", {})]  # no values: no table
    picture.problems = [PrioritisedProblem(title="Rån", description="", analysis="")]
    session.flush()
    document = build(period)
    # The empty written "Problem" section still carries the problems; the others vanish.
    # A problem with only its title is still listed by rank: the heading is the ranking.
    assert headings(document) == ["Problem", "1. Rån"]
    assert document.blocks[-1] == Heading(2, "1. Rån")


def test_problems_and_sources_are_appended_when_no_section_of_their_kind(
    session: Session, period: Period
) -> None:
    picture_of(session, period)
    picture = period.situation_picture
    assert picture is not None
    source = Source(name="BRÅ NTU", owner="Brå", year=2022, limitation="Urval")
    picture.sources = [source]
    picture.sections = [
        SituationSection(kind=SectionKind.INLEDNING, heading="Inledning", body="Text."),
    ]
    picture.statistics = [series("Rån", "Testkommun", {2022: 1.5})]
    picture.statistics[0].source = source
    picture.survey_indicators = [
        SurveyIndicator(survey="NTU", indicator="Trygg", area="Testkommun", year=2022, value=70.0)
    ]
    picture.places = [Place(name="Torget", kind=PlaceKind.OTRYGG_PLATS)]
    picture.problems = [
        PrioritisedProblem(
            title="Rån",
            description="Fler rån.",
            analysis="Orsakerna.",
            causes=[ProblemCause(text="Mörker"), ProblemCause(text="   ")],
        )
    ]
    session.flush()
    document = build(period)
    assert headings(document, 1) == [
        "Inledning",
        "Statistik",
        "Trygghetsmätningar",
        "Platser",
        "Prioriterade problem",
        "Källförteckning",
    ]
    assert headings(document, 2) == ["1. Rån"]
    causes = next(b for b in document.blocks if isinstance(b, ListBlock))
    assert len(causes.items) == 1  # the blank cause is left out
    assert_no_empty_headings(document)
    survey = next(t for t in tables(document) if t.header[0] == "Undersökning")
    assert survey.rows[0][4].text == f"70{NO_BREAK_SPACE}procent"
    assert survey.rows[0][5].text == ""  # no comparison value
    assert tables(document)[0].caption == ("Rån: anmälda brott per 1 000 invånare. Källa: BRÅ NTU.")


def test_written_sources_section_carries_the_sources_table(
    session: Session, period: Period
) -> None:
    picture_of(session, period)
    picture = period.situation_picture
    assert picture is not None
    picture.sources = [Source(name="Polisens statistik", owner="", year=None, limitation="")]
    picture.sections = [
        SituationSection(kind=SectionKind.KALLFORTECKNING, heading="Källor och metod", body="Om."),
        SituationSection(kind=SectionKind.OVRIGT, heading="Bilaga", body="Mer."),
    ]
    session.flush()
    document = build(period)
    assert headings(document, 1) == ["Källor och metod", "Bilaga"]
    blocks = list(document.blocks)
    table = tables(document)[0]
    assert blocks.index(Heading(1, "Källor och metod")) < blocks.index(table)
    assert blocks.index(table) < blocks.index(Heading(1, "Bilaga"))
    assert [c.text for c in table.rows[0]] == ["Polisens statistik", "", "", ""]


def test_problems_do_not_join_an_internal_section(session: Session, period: Period) -> None:
    picture_of(session, period)
    picture = period.situation_picture
    assert picture is not None
    picture.sections = [
        SituationSection(
            kind=SectionKind.PRIORITERADE_PROBLEM,
            heading="Polisens rangordning",
            body="Hemligt.",
            internal=True,
        ),
    ]
    picture.problems = [PrioritisedProblem(title="Rån", description="Fler rån.")]
    session.flush()
    internal = build(period, public=False)
    assert headings(internal, 1) == ["Polisens rangordning (intern)", "Prioriterade problem"]
    public = build(period)
    assert headings(public, 1) == ["Prioriterade problem"]
    assert "Hemligt" not in flatten(public)


def test_statistics_table_per_category_with_years_as_rows(session: Session, period: Period) -> None:
    picture_of(session, period)
    picture = period.situation_picture
    assert picture is not None
    picture.statistics = [
        series("Rån", "Testkommun", {2020: 1234.5, 2021: -2.5}),
        series("Stöld", "Testkommun", {2021: 10.0}),
        series("Rån", "Länet", {2019: 3.0, 2021: 4.0}),
        series("Rån", "Hemligt område", {2021: 9.0}, internal=True),
        series("Rån", "Testkommun", {2021: 7.0}, unit="antal"),
    ]
    session.flush()
    public = build(period)
    robbery, theft, counted = tables(public)
    assert robbery.header == ("År", "Testkommun", "Länet")
    assert [tuple(c.text for c in row) for row in robbery.rows] == [
        ("2019", "", "3,0"),  # one decimal throughout once any figure has one
        ("2020", f"1{NO_BREAK_SPACE}234,5", ""),
        ("2021", "−2,5", "4,0"),
    ]
    assert theft.caption.startswith("Stöld: ")
    assert counted.caption == "Rån: antal."  # another unit: its own table
    internal = build(period, public=False)
    assert len(tables(internal)) == 4
    assert tables(internal)[-1].caption.startswith("Rån (intern): ")
    assert tables(internal)[-1].header == ("År", "Hemligt område")
    assert "Hemligt område" not in flatten(public)


def test_all_internal_data_in_a_public_edition_leaves_no_empty_headings(
    session: Session, period: Period
) -> None:
    picture_of(session, period)
    picture = period.situation_picture
    assert picture is not None
    picture.sections = [
        SituationSection(kind=SectionKind.ANALYS, heading="Analys", body="Text.", internal=True)
    ]
    picture.statistics = [series("Rån", "A", {2021: 1.0}, internal=True)]
    picture.survey_indicators = [
        SurveyIndicator(survey="S", indicator="I", area="A", year=2021, value=1.0, internal=True)
    ]
    picture.places = [Place(name="P", kind=PlaceKind.BADE, internal=True)]
    session.flush()
    public = build(period)
    assert headings(public) == []
    internal = build(period, public=False)
    assert headings(internal, 1) == [
        "Analys (intern)",
        "Statistik",
        "Trygghetsmätningar",
        "Platser",
    ]
    assert all("(intern)" in table.caption for table in tables(internal))
    assert_no_empty_headings(internal)


def test_hostile_text_passes_through_unchanged(session: Session, period: Period) -> None:
    organisation = Organisation(name=HOSTILE_PLAIN, kind=OrganisationKind.ANNAN)
    period.municipality.organisations.append(organisation)
    period.parties = [PeriodParty(organisation=organisation, role=PartyRole.KOMMUN)]
    picture_of(session, period, version=HOSTILE_PLAIN, dnr=LONG)
    picture = period.situation_picture
    assert picture is not None
    picture.title = HOSTILE_PLAIN + LONG
    picture.sections = [
        SituationSection(kind=SectionKind.OVRIGT, heading=HOSTILE_PLAIN, body=HOSTILE + LONG)
    ]
    picture.statistics = [series(HOSTILE_PLAIN, LONG, {2021: 1.0}, unit=HOSTILE_PLAIN)]
    picture.places = [
        Place(
            name=HOSTILE_PLAIN,
            area=LONG,
            kind=PlaceKind.BADE,
            description=HOSTILE_PLAIN,
            time_pattern=HOSTILE_PLAIN,
        )
    ]
    picture.sources = [Source(name=HOSTILE_PLAIN, owner=LONG, limitation=HOSTILE_PLAIN)]
    picture.problems = [
        PrioritisedProblem(
            title=HOSTILE_PLAIN,
            description=HOSTILE,
            analysis=LONG,
            causes=[ProblemCause(text=HOSTILE_PLAIN)],
        )
    ]
    session.flush()
    document = build(period)
    assert document.info.title == HOSTILE_PLAIN + LONG
    assert document.info.dnr == LONG
    assert Heading(1, HOSTILE_PLAIN) in document.blocks
    assert Heading(2, f"1. {HOSTILE_PLAIN}") in document.blocks
    lines = flatten(document).split("\n")
    for expected in (
        f"Parter: {HOSTILE_PLAIN}",
        f"Version: {HOSTILE_PLAIN}",
        f"Dnr: {LONG}",
        HOSTILE + LONG,
        HOSTILE,
        LONG,
        f"{HOSTILE_PLAIN}: {HOSTILE_PLAIN}.",
    ):
        assert any(expected in line for line in lines), expected[:40]
    cells = [c.text for t in tables(document) for row in t.rows for c in row]
    assert cells.count(HOSTILE_PLAIN) == 5  # place name, description, times; source name, limit
    assert cells.count(LONG) == 2
    assert LONG in tables(document)[0].header

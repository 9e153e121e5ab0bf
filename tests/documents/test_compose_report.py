"""The Tjänsteutlåtande builder: the seed's sections in the seed's order, the decision points
as one numbered list, numbered and dated attachments, empty fields left out, hostile text
untouched."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from sqlalchemy.orm import Session

from bfa_desktop.documents.compose import report as report_builder
from bfa_desktop.documents.tree import (
    Block,
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Signatures,
    rich,
)
from bfa_desktop.model import (
    ActionPlan,
    Attachment,
    DecisionPoint,
    DistributionRecipient,
    OfficialReport,
    Organisation,
    Period,
    Person,
    ReportSection,
    Signatory,
)
from bfa_desktop.model.enums import DecidingBody, DocumentKind, LegalBasis, OrganisationKind
from tests.documents.helpers import headings, new_period, texts

# The headings of the seed case, in its order.
SEED_HEADINGS = [
    "Ärende",
    "Kommunledningskontorets förslag till beslut",
    "Kommunstyrelsens beslut",
    "Bakgrund",
    "Kommunledningskontorets yttrande",
    "Ekonomiska konsekvenser",
    "Handlingar i ärendet",
    "Expedieras",
]
OPTIONAL = {"Sammanfattning", "Barnperspektiv"}
HOSTILE_RICH = (
    "=cmd|' /C calc'!A0 & < > \" ' \x01\x07\x0b\x1b 😀🚓 \u202eשלום عربي\u202c " + "x" * 100_000
)
HOSTILE = HOSTILE_RICH + "\x00"  # plain text keeps even NUL; the Markdown parser would not


def after(document: Document, heading: str) -> list[Block]:
    """The blocks between the heading and the next heading of the same or a higher level."""
    blocks = document.blocks
    levels = {i: b.level for i, b in enumerate(blocks) if isinstance(b, Heading)}
    start = next(i for i in levels if blocks[i] == Heading(levels[i], heading))
    end = next((i for i in levels if i > start and levels[i] <= levels[start]), len(blocks))
    return list(blocks[start + 1 : end])


def paragraphs(blocks: Sequence[Block]) -> list[Paragraph]:
    """The blocks, which must all be paragraphs."""
    found = [block for block in blocks if isinstance(block, Paragraph)]
    assert len(found) == len(blocks)
    return found


def report_period(session: Session) -> Period:
    """The shared bare period, its municipality's default unit set as in the seed."""
    period = new_period(session)
    period.municipality.default_unit = "Kommunledningskontoret"
    session.flush()
    return period


def seed_like_report(unit: str = "Kommunledningskontoret") -> OfficialReport:
    """The seed's sections, without the optional ones."""
    return OfficialReport(
        unit=unit,
        title="Antagande av handlingsplan",
        report_date=date(2020, 11, 25),
        dnr="KS 2020/0359",
        matter="Kommunstyrelsen beslutade 2020-11-23.\n\n- Handlingsplan\n- Medborgarlöften",
        background="Arbetssättet är väletablerat.",
        statement="Samverkan avser det **förebyggande** arbetet.",
        financial_consequences="Inom fastlagda budgetramar.",
        decision_points=[
            DecisionPoint(text="Kommunstyrelsen lägger lägesbilden till handlingarna."),
            DecisionPoint(text="Kommunstyrelsen antar handlingsplanen och medborgarlöftena."),
        ],
        attachments=[
            Attachment(title="Tjänsteutlåtande", document_date=date(2020, 11, 25)),
            Attachment(title="Förslag till handlingsplan"),
            Attachment(title="Gemensam lokal lägesbild 2020", document_date=date(2020, 10, 30)),
        ],
        recipients=[
            DistributionRecipient(name="Lokalpolisområde Södra Roslagen"),
            DistributionRecipient(name="Alla förvaltningar"),
        ],
    )


def own_texts(report: OfficialReport | None) -> set[str]:
    """The texts the user wrote into the report, as they stand."""
    assert report is not None
    points = [point.text for point in report.decision_points]
    return {*points, *(p.text for p in paragraphs_of(report.matter))}


def paragraphs_of(value: str) -> list[Paragraph]:
    found: list[Paragraph] = []
    for block in rich(value):
        if isinstance(block, Paragraph):
            found.append(block)
        else:
            found += [item[0] for item in block.items if isinstance(item[0], Paragraph)]
    return found


# --- the demo --------------------------------------------------------------------------------


def test_demo_follows_the_seed(demo: Period) -> None:
    document = report_builder.build(demo)
    report = demo.official_report
    assert report is not None
    assert document.info.title == report.title
    assert document.info.kind is DocumentKind.TJANSTEUTLATANDE
    assert (document.info.unit, document.info.dnr) == ("Kommunledningskontoret", "KS 2020/0359")
    assert document.info.document_date == date(2020, 11, 25)
    assert report.title not in headings(document)
    assert [h for h in headings(document) if h not in OPTIONAL] == SEED_HEADINGS
    assert headings(document).index("Sammanfattning") > headings(document).index(
        "Kommunstyrelsens beslut"
    )
    assert (
        headings(document).index("Barnperspektiv")
        == headings(document).index("Ekonomiska konsekvenser") + 1
    )


def test_demo_facts_come_first(demo: Period) -> None:
    lines = [p.text for p in paragraphs(report_builder.build(demo).blocks[:4])]
    assert lines == [
        "Datum: 2020-11-25",
        "Dnr: KS 2020/0359",
        "Handläggare: Karin Söderström, Trygghetssamordnare, 08-000 910 21, "
        "karin.soderstrom@danderyd.example",
        "Till: Kommunstyrelsen",
    ]


def test_demo_decision_points_are_one_numbered_list(demo: Period) -> None:
    document = report_builder.build(demo)
    report = demo.official_report
    assert report is not None
    assert after(document, "Kommunledningskontorets förslag till beslut")[0] == Heading(
        2, "Kommunstyrelsens beslut"
    )
    (points,) = after(document, "Kommunstyrelsens beslut")
    assert isinstance(points, ListBlock)
    assert (points.ordered, points.start) == (True, 1)
    assert [item[0].text for item in points.items] == [p.text for p in report.decision_points]


def test_demo_signatures_attachments_and_recipients(demo: Period) -> None:
    document = report_builder.build(demo)
    report = demo.official_report
    assert report is not None
    signatures = next(b for b in document.blocks if isinstance(b, Signatures))
    assert [(s.name, s.title) for s in signatures.signers] == [
        ("Helena Forsberg", "Kommundirektör"),
        ("Mikael Åberg", "Administrativ chef och säkerhetschef"),
    ]
    assert document.blocks.index(signatures) < document.blocks.index(
        Heading(1, "Handlingar i ärendet")
    )
    (attachments,) = after(document, "Handlingar i ärendet")
    assert isinstance(attachments, ListBlock)
    assert (attachments.ordered, attachments.start) == (True, 1)
    items = [item[0].text for item in attachments.items]
    assert len(items) == 6
    assert items[0] == f"Tjänsteutlåtande, {report.title}, 2020-11-25"
    assert items[3] == "Gemensam lokal lägesbild 2020, 2020-10-30"
    # The minutes' title holds the meeting's date already: the date is not repeated.
    assert items[4] == "Utdrag ur mötesanteckningar från Trygg i Danderyds sammanträde 2020-11-18"
    recipients = paragraphs(after(document, "Expedieras"))  # plain lines, as the seed
    assert [block.text for block in recipients] == [
        "Lokalpolisområde Södra Roslagen",
        "Alla förvaltningar",
    ]


# --- hand-made reports -----------------------------------------------------------------------


def test_no_report_is_an_error(session: Session) -> None:
    with pytest.raises(ValueError, match="tjänsteutlåtande"):
        report_builder.build(report_period(session))


def test_seed_sections_exactly(session: Session) -> None:
    period = report_period(session)
    period.official_report = seed_like_report()
    session.flush()
    document = report_builder.build(period)
    assert headings(document) == SEED_HEADINGS
    assert [h.level for h in document.blocks if isinstance(h, Heading)] == [1, 1, 2, 1, 1, 1, 1, 1]
    (attachments,) = after(document, "Handlingar i ärendet")
    assert isinstance(attachments, ListBlock)
    assert [item[0].text for item in attachments.items] == [
        "Tjänsteutlåtande, 2020-11-25",
        "Förslag till handlingsplan",
        "Gemensam lokal lägesbild 2020, 2020-10-30",
    ]
    statement = after(document, "Kommunledningskontorets yttrande")
    assert [span.bold for span in paragraphs(statement)[0].spans] == [False, True, False]
    assert "None" not in "\n".join(texts(document))


def test_optional_and_extra_sections_in_order(session: Session) -> None:
    period = report_period(session)
    report = seed_like_report()
    report.summary = "Kort."
    report.child_perspective = "Barnen."
    report.extra_sections = [
        ReportSection(heading="Juridiska aspekter", body="Lagen."),
        ReportSection(heading="Tom rubrik", body=""),
    ]
    period.official_report = report
    person = Person(name="Helena Forsberg", title="Kommundirektör")
    period.municipality.persons.append(person)
    period.signatories.append(Signatory(document=DocumentKind.TJANSTEUTLATANDE, person=person))
    period.signatories.append(Signatory(document=DocumentKind.HANDLINGSPLAN, person=person))
    session.flush()
    document = report_builder.build(period)
    assert headings(document) == [
        "Ärende",
        "Kommunledningskontorets förslag till beslut",
        "Kommunstyrelsens beslut",
        "Sammanfattning",
        "Bakgrund",
        "Kommunledningskontorets yttrande",
        "Ekonomiska konsekvenser",
        "Barnperspektiv",
        "Juridiska aspekter",
        "Handlingar i ärendet",
        "Expedieras",
    ]
    signatures = [b for b in document.blocks if isinstance(b, Signatures)]
    assert len(signatures) == 1
    assert [s.name for s in signatures[0].signers] == ["Helena Forsberg"]
    assert after(document, "Juridiska aspekter")[-1] == signatures[0]


def test_empty_report_has_no_empty_headings(session: Session) -> None:
    period = report_period(session)
    period.official_report = OfficialReport(unit="Kommunledningskontoret", title="Tomt")
    session.flush()
    document = report_builder.build(period)
    assert headings(document) == []
    assert texts(document) == ["Till: Kommunstyrelsen"]


@pytest.mark.parametrize(
    ("unit", "genitive"),
    [
        ("Kommunledningskontoret", "Kommunledningskontorets"),
        ("Socialförvaltningen", "Socialförvaltningens"),
        ("Kommunledningskontoret ", "Kommunledningskontorets"),
        ("Stadsledningskontorets kansli", "Stadsledningskontorets kanslis"),
        ("Tekniska kontoret Lidingös", "Tekniska kontoret Lidingös"),
        ("Ekonomistaben Grenlex", "Ekonomistaben Grenlex"),
        ("Enheten Ortiz", "Enheten Ortiz"),
    ],
)
def test_unit_genitive(session: Session, unit: str, genitive: str) -> None:
    assert report_builder.genitive(unit) == genitive
    period = report_period(session)
    period.official_report = seed_like_report(unit)
    session.flush()
    document = report_builder.build(period)
    assert f"{genitive} förslag till beslut" in headings(document)
    assert f"{genitive} yttrande" in headings(document)


def test_empty_unit_falls_back_to_the_municipality_default(session: Session) -> None:
    period = report_period(session)
    period.official_report = seed_like_report(unit="")
    session.flush()
    assert (
        headings(report_builder.build(period))[1] == "Kommunledningskontorets förslag till beslut"
    )
    period.municipality.default_unit = ""
    assert headings(report_builder.build(period))[1:3] == [
        "Förslag till beslut",
        "Kommunstyrelsens beslut",
    ]


def test_recipient_named_by_its_organisation(session: Session) -> None:
    period = report_period(session)
    report = seed_like_report()
    organisation = Organisation(name="Socialnämnden", kind=OrganisationKind.NAMND)
    period.municipality.organisations.append(organisation)
    report.recipients = [DistributionRecipient(name="", organisation=organisation)]
    period.official_report = report
    session.flush()
    document = report_builder.build(period)
    assert [p.text for p in paragraphs(after(document, "Expedieras"))] == ["Socialnämnden"]


def test_hostile_text_passes_through_unchanged(session: Session) -> None:
    period = report_period(session)
    officer = Person(name=HOSTILE, title=HOSTILE, phone=HOSTILE, email=HOSTILE)
    period.municipality.persons.append(officer)
    period.official_report = OfficialReport(
        unit="Kommunledningskontoret",
        title=HOSTILE,
        dnr=HOSTILE,
        recipient=HOSTILE,
        case_officer=officer,
        matter=HOSTILE_RICH,
        decision_heading=HOSTILE,
        decision_points=[DecisionPoint(text=HOSTILE)],
        extra_sections=[ReportSection(heading=HOSTILE, body=HOSTILE_RICH)],
        attachments=[Attachment(title=HOSTILE, document_date=date(2023, 1, 2))],
        recipients=[DistributionRecipient(name=HOSTILE)],
    )
    session.flush()
    document = report_builder.build(period)
    assert (document.info.title, document.info.dnr) == (HOSTILE, HOSTILE)
    assert texts(document) == [
        f"Dnr: {HOSTILE}",
        f"Handläggare: {HOSTILE}, {HOSTILE}, {HOSTILE}, {HOSTILE}",
        f"Till: {HOSTILE}",
        "Ärende",
        HOSTILE_RICH,
        "Kommunledningskontorets förslag till beslut",
        HOSTILE,
        HOSTILE,
        HOSTILE,
        HOSTILE_RICH,
        "Handlingar i ärendet",
        f"{HOSTILE}, 2023-01-02",
        "Expedieras",
        HOSTILE,
    ]


def test_the_date_of_an_attachment_is_written_once(session: Session) -> None:
    period = report_period(session)
    report = seed_like_report()
    report.attachments = [
        Attachment(title="Protokoll 2020-11-18", document_date=date(2020, 11, 18)),
        Attachment(title="Protokoll 2020-11-18", document_date=date(2020, 11, 20)),
        Attachment(title="", document_date=date(2020, 11, 18)),
    ]
    period.official_report = report
    session.flush()
    (attachments,) = after(report_builder.build(period), "Handlingar i ärendet")
    assert isinstance(attachments, ListBlock)
    assert [item[0].text for item in attachments.items] == [
        "Protokoll 2020-11-18",
        "Protokoll 2020-11-18, 2020-11-20",  # another date is still told
        "2020-11-18",
    ]


@pytest.mark.parametrize(
    ("body", "name", "decided_by", "genitive"),
    [
        (DecidingBody.KOMMUNFULLMAKTIGE, "", "Kommunfullmäktige", "Kommunfullmäktiges"),
        (DecidingBody.KOMMUNSTYRELSEN, "", "Kommunstyrelsen", "Kommunstyrelsens"),
        (DecidingBody.NAMND, "Trygghetsnämnden", "Trygghetsnämnden", "Trygghetsnämndens"),
        (DecidingBody.NAMND, "", "Nämnden", "Nämndens"),
    ],
)
def test_the_report_goes_to_the_deciding_body(
    session: Session, body: DecidingBody, name: str, decided_by: str, genitive: str
) -> None:
    period = report_period(session)
    period.deciding_body, period.deciding_body_name = body, name
    period.official_report = seed_like_report()
    session.flush()
    document = report_builder.build(period)
    assert f"Till: {decided_by}" in texts(document)
    assert after(document, "Kommunledningskontorets förslag till beslut")[0] == Heading(
        2, f"{genitive} beslut"
    )
    if body is not DecidingBody.KOMMUNSTYRELSEN:  # nothing the program writes names it
        written = [t for t in texts(document) if t not in own_texts(period.official_report)]
        assert not [t for t in written if "Kommunstyrelse" in t]


def test_a_recipient_and_heading_of_the_reports_own_stay(session: Session) -> None:
    period = report_period(session)
    period.deciding_body = DecidingBody.KOMMUNFULLMAKTIGE
    report = seed_like_report()
    report.recipient = "Kommunstyrelsens arbetsutskott"
    report.decision_heading = "Kommunstyrelsens förslag till kommunfullmäktige"
    period.official_report = report
    session.flush()
    document = report_builder.build(period)
    assert "Till: Kommunstyrelsens arbetsutskott" in texts(document)
    assert Heading(2, "Kommunstyrelsens förslag till kommunfullmäktige") in document.blocks


def test_under_the_law_the_report_speaks_of_the_atgardsplan(session: Session) -> None:
    """A report without a title of its own, and attachments that stand for the period's
    documents without titles, name the plan as the law does."""
    period = report_period(session)
    period.start_date, period.end_date = date(2023, 1, 1), date(2026, 12, 31)
    period.legal_basis = LegalBasis.LAG_2023_196
    period.action_plan = ActionPlan(title="")
    report = seed_like_report()
    report.title = ""
    report.attachments = [
        Attachment(document=DocumentKind.TJANSTEUTLATANDE, title=""),
        Attachment(document=DocumentKind.HANDLINGSPLAN, title="", document_date=date(2023, 5, 2)),
    ]
    period.official_report = report
    session.flush()
    document = report_builder.build(period)
    assert document.info.title == "Antagande av åtgärdsplan och medborgarlöften 2023–2026"
    (attachments,) = after(document, "Handlingar i ärendet")
    assert isinstance(attachments, ListBlock)
    assert [item[0].text for item in attachments.items] == [
        "Antagande av åtgärdsplan och medborgarlöften 2023–2026",
        "Åtgärdsplan 2023–2026, 2023-05-02",
    ]

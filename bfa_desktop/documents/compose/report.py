"""Tjänsteutlåtande, section by section as the seed case: the header's facts repeated in the
body, Ärende, "<unit>s förslag till beslut" with the decision points as one numbered list,
Sammanfattning, Bakgrund, "<unit>s yttrande", Ekonomiska konsekvenser, Barnperspektiv, further
sections, signatures, "Handlingar i ärendet" and "Expedieras"."""

from __future__ import annotations

from bfa_desktop.documents.compose import endorsement
from bfa_desktop.documents.compose.common import document_info, facts, section, signatures
from bfa_desktop.documents.swedish import format_date
from bfa_desktop.documents.tree import Block, Document, Heading, numbered, text
from bfa_desktop.model import CouncilEndorsement, OfficialReport, Period, Person
from bfa_desktop.model.documents import document_type
from bfa_desktop.model.enums import DocumentKind


def build(period: Period, *, public: bool = True) -> Document:
    report = period.official_report
    if report is None:
        raise ValueError("Perioden har inget tjänsteutlåtande.")
    info = document_info(
        period,
        DocumentKind.TJANSTEUTLATANDE,
        report.title,
        unit=report.unit,
        document_date=report.report_date,
        dnr=report.dnr,
        public=public,
    )
    unit = report.unit.strip() or period.municipality.default_unit.strip()
    blocks: list[Block] = _facts(report, info.dnr, period.decided_by)
    blocks += section("Ärende", report.matter)
    blocks += _proposal(report, unit, period.decided_by)
    blocks += section("Sammanfattning", report.summary)
    blocks += section("Bakgrund", report.background)
    blocks += section(f"{genitive(unit)} yttrande" if unit else "Yttrande", report.statement)
    blocks += section("Ekonomiska konsekvenser", report.financial_consequences)
    blocks += section("Barnperspektiv", report.child_perspective)
    for extra in report.extra_sections:
        blocks += section(extra.heading, extra.body)
    blocks += signatures(period, DocumentKind.TJANSTEUTLATANDE)
    blocks += _attachments(period, report)
    blocks += _recipients(report)
    return Document(info, tuple(blocks))


def genitive(name: str) -> str:
    """Swedish genitive: "Kommunledningskontorets"; a name ending in s, x or z takes no s."""
    name = name.strip()
    return name if name[-1:].lower() in {"s", "x", "z"} else f"{name}s"


def _facts(report: OfficialReport, dnr: str, deciding_body: str) -> list[Block]:
    """What the page header holds, in the body too: nothing essential only in headers. The
    report goes to the deciding body unless it names another recipient."""
    pairs = (
        ("Datum", format_date(report.report_date)),
        ("Dnr", dnr),
        ("Handläggare", _contact(report.case_officer)),
        ("Till", report.recipient if report.recipient.strip() else deciding_body),
    )
    return facts(pairs)


def _contact(person: Person | None) -> str:
    """ "Karin Söderström, Trygghetssamordnare, 08-000 910 21, karin@…"."""
    if person is None:
        return ""
    return ", ".join(v for v in (person.name, person.title, person.phone, person.email) if v)


def _proposal(report: OfficialReport, unit: str, deciding_body: str) -> list[Block]:
    """The decision points as one numbered list, under the deciding body's decision heading
    ("Kommunfullmäktiges beslut") unless the report words it otherwise."""
    if not report.decision_points:
        return []
    heading = f"{genitive(unit)} förslag till beslut" if unit else "Förslag till beslut"
    decision = report.decision_heading
    if not decision.strip():
        decision = f"{genitive(deciding_body)} beslut"
    points = numbered(*(point.text for point in report.decision_points))
    return [Heading(1, heading), Heading(2, decision), points]


def _attachments(period: Period, report: OfficialReport) -> list[Block]:
    """ "Handlingar i ärendet": numbered in order, "<title>, <date>" when dated – the date
    once, not again after a title that already holds it ("… sammanträde 2020-11-18"). An
    entry without a title of its own that stands for a document of the period takes its
    title."""
    if not report.attachments:
        return []
    items = []
    for attachment in report.attachments:
        title = attachment.title
        if not title.strip() and attachment.document is not None:
            title = _document_title(period, attachment.document)
        when = format_date(attachment.document_date)
        items.append(title if when and when in title else ", ".join(v for v in (title, when) if v))
    return [Heading(1, "Handlingar i ärendet"), numbered(*items)]


def _document_title(period: Period, kind: DocumentKind) -> str:
    """The title a document of the period has (or will have) when composed."""
    declared = document_type(kind)
    record = declared.record_of(period)
    if isinstance(record, CouncilEndorsement):
        return endorsement.title(record)
    own = getattr(record, "title", "")
    return own if own.strip() else declared.default_title(period)


def _recipients(report: OfficialReport) -> list[Block]:
    """ "Expedieras": one recipient per line, as plain paragraphs like the seed."""
    names = [
        recipient.name or (recipient.organisation.name if recipient.organisation else "")
        for recipient in report.recipients
    ]
    lines = [text(name) for name in names if name]
    return [Heading(1, "Expedieras"), *lines] if lines else []

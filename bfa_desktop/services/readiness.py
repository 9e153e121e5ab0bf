"""What is still missing before a period's documents can go to the board.

Each finding names what is wrong (a code the window words), and the record and field to go to.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from docx.oxml.ns import qn

from bfa_desktop import model
from bfa_desktop.documents.template import (
    PLACEHOLDER,
    StoredTemplate,
    TemplateError,
    open_template,
    template_paragraphs,
)
from bfa_desktop.model.documents import DOCUMENT_TYPES
from bfa_desktop.model.enums import DecidingBody, DocumentKind, PromiseActor


@dataclass(frozen=True)
class Finding:
    code: str  # e.g. "measure-without-responsible"
    record: type[model.Base]
    key: str
    field_name: str = ""
    values: dict[str, Any] = field(default_factory=dict)  # e.g. {"number": "2.3"}


ACTOR_WORDS = {
    PromiseActor.POLISEN: ("polisen",),
    PromiseActor.KOMMUNEN: ("kommunen",),
    PromiseActor.GEMENSAMT: ("polisen", "kommunen"),
}


# The template's placeholders of the municipality's contact details, and their fields.
CONTACT_FIELDS = {
    "postadress": "postal_address",
    "besoksadress": "visiting_address",
    "telefon": "phone",
    "epost": "email",
    "webb": "website",
    "orgnr": "org_number",
}


def check_period(period: model.Period) -> list[Finding]:
    findings: list[Finding] = _municipality(period.municipality)
    findings += _period(period)
    findings += [
        Finding(declared.missing_code, model.Period, period.uuid)
        for declared in DOCUMENT_TYPES
        if declared.required and declared.record_of(period) is None
    ]
    for declared in DOCUMENT_TYPES:
        record, check = declared.record_of(period), CHECKS.get(declared.kind)
        if record is not None and check is not None:
            findings += check(record)
    return findings


def _municipality(municipality: model.Municipality) -> list[Finding]:
    """The contact details the template prints (empty, its label would stand alone or be left
    out), and a logo where the template has none of its own."""
    uses, has_picture = template_uses(municipality.template)
    findings = [
        Finding(
            f"municipality-without-{name.replace('_', '-')}",
            model.Municipality,
            municipality.uuid,
            name,
        )
        for placeholder, name in CONTACT_FIELDS.items()
        if placeholder in uses and not getattr(municipality, name).strip()
    ]
    if not municipality.logo and not has_picture:
        findings.append(Finding("municipality-without-logo", model.Municipality, municipality.uuid))
    return findings


def template_uses(template: bytes | None) -> tuple[frozenset[str], bool]:
    """The placeholders a template (the municipality's own, else the bundled one) holds, and
    whether it has a picture of its own in a header or footer (the bundled one's is a
    placeholder for the municipality's logo). A template that cannot be opened counts as the
    bundled one: the export refuses it anyway."""
    if not template:
        return _uses(None, b"")
    return _uses(hashlib.sha256(template).hexdigest(), template)


@lru_cache(maxsize=4)
def _uses(digest: str | None, data: bytes) -> tuple[frozenset[str], bool]:
    try:
        document = open_template(StoredTemplate("kommunens mall", data) if digest else None)
    except TemplateError:
        return _uses(None, b"")
    names = frozenset(
        match.group(1)
        for paragraph in template_paragraphs(document)
        for match in PLACEHOLDER.finditer(paragraph.text)
    )
    if digest is None:
        return names, False
    parts = [
        part
        for section in document.sections
        for part in (
            section.header,
            section.first_page_header,
            section.even_page_header,
            section.footer,
            section.first_page_footer,
            section.even_page_footer,
        )
        if not part.is_linked_to_previous
    ]
    pictures = (qn("w:drawing"), qn("w:pict"))
    return names, any(next(part._element.iter(*pictures), None) is not None for part in parts)


def _period(period: model.Period) -> list[Finding]:
    """A nämnd that decides is named; a plan under the law is called an åtgärdsplan."""
    findings = []
    if period.deciding_body == DecidingBody.NAMND and not period.deciding_body_name.strip():
        findings.append(
            Finding("namnd-without-name", model.Period, period.uuid, "deciding_body_name")
        )
    plan = period.action_plan
    if plan is not None and period.under_law and "handlingsplan" in plan.title.casefold():
        findings.append(Finding("plan-named-handlingsplan", model.ActionPlan, plan.uuid, "title"))
    return findings


def _endorsement(endorsement: model.CouncilEndorsement) -> list[Finding]:
    if endorsement.meeting_date:
        return []
    return [
        Finding(
            "endorsement-without-date", model.CouncilEndorsement, endorsement.uuid, "meeting_date"
        )
    ]


def _situation(picture: model.SituationPicture) -> list[Finding]:
    if picture.problems:
        return []
    return [Finding("no-prioritised-problems", model.SituationPicture, picture.uuid)]


def _plan(plan: model.ActionPlan) -> list[Finding]:
    findings: list[Finding] = []
    for area in plan.focus_areas:
        if not area.measures:
            findings.append(
                Finding(
                    "focus-area-without-measures",
                    model.FocusArea,
                    area.uuid,
                    "title",
                    {"number": area.number},
                )
            )
        for measure in area.measures:
            number = {"number": measure.number}
            if not measure.title.strip():
                findings.append(
                    Finding("measure-without-title", model.Measure, measure.uuid, "title", number)
                )
            if measure.responsible_unit is None and measure.responsible_person is None:
                findings.append(
                    Finding(
                        "measure-without-responsible",
                        model.Measure,
                        measure.uuid,
                        "responsible_unit",
                        number,
                    )
                )
            if measure.start_date is None or (measure.deadline is None and not measure.ongoing):
                findings.append(
                    Finding(
                        "measure-without-timeframe",
                        model.Measure,
                        measure.uuid,
                        "start_date",
                        number,
                    )
                )
            for follow_up in measure.follow_ups:
                if not follow_up.traffic_light_text.strip():
                    findings.append(
                        Finding(
                            "follow-up-without-words",
                            model.MeasureFollowUp,
                            follow_up.uuid,
                            "traffic_light_text",
                            number,
                        )
                    )
    return findings


def _promises(document: model.CitizenPromises) -> list[Finding]:
    findings: list[Finding] = []
    count = len(document.promises)
    if not 2 <= count <= 5:
        findings.append(
            Finding(
                "promise-count", model.CitizenPromises, document.uuid, "title", {"count": count}
            )
        )
    for promise in document.promises:
        words = ACTOR_WORDS[promise.actor]
        sentence = promise.sentence.casefold()
        if not promise.sentence.strip():
            findings.append(
                Finding(
                    "promise-without-sentence",
                    model.Promise,
                    promise.uuid,
                    "sentence",
                    {"number": promise.number},
                )
            )
        elif not all(word in sentence for word in words):
            findings.append(
                Finding(
                    "promise-without-actor",
                    model.Promise,
                    promise.uuid,
                    "sentence",
                    {"number": promise.number},
                )
            )
    return findings


def _report(report: model.OfficialReport) -> list[Finding]:
    findings: list[Finding] = []
    required = [
        ("dnr", "report-without-dnr"),
        ("report_date", "report-without-date"),
        ("case_officer", "report-without-case-officer"),
    ]
    findings += [
        Finding(code, model.OfficialReport, report.uuid, name)
        for name, code in required
        if not getattr(report, name)
    ]
    if not report.decision_points:
        findings.append(
            Finding("report-without-decision", model.OfficialReport, report.uuid, "title")
        )
    if not report.attachments:
        findings.append(
            Finding("report-without-attachments", model.OfficialReport, report.uuid, "title")
        )
    if not report.recipients:
        findings.append(
            Finding("report-without-recipients", model.OfficialReport, report.uuid, "title")
        )
    return findings


# What each document is checked for once the period has it.
CHECKS: dict[DocumentKind, Callable[[Any], list[Finding]]] = {
    DocumentKind.TJANSTEUTLATANDE: _report,
    DocumentKind.HANDLINGSPLAN: _plan,
    DocumentKind.MEDBORGARLOFTEN: _promises,
    DocumentKind.LAGESBILD: _situation,
    DocumentKind.MOTESANTECKNINGAR: _endorsement,
}

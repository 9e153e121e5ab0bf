"""What is still missing before a period's documents can go to the board.

Each finding names what is wrong (a code the window words), and the record and field to go to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bfa_desktop import model
from bfa_desktop.model.enums import PromiseActor


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


def check_period(period: model.Period) -> list[Finding]:
    findings: list[Finding] = []
    missing = [
        (period.situation_picture, "no-situation-picture"),
        (period.action_plan, "no-action-plan"),
        (period.citizen_promises, "no-citizen-promises"),
        (period.official_report, "no-official-report"),
    ]
    findings += [Finding(code, model.Period, period.uuid) for record, code in missing if not record]
    if period.situation_picture:
        findings += _situation(period.situation_picture)
    if period.action_plan:
        findings += _plan(period.action_plan)
    if period.citizen_promises:
        findings += _promises(period.citizen_promises)
    if period.official_report:
        findings += _report(period.official_report)
    if period.endorsement and not period.endorsement.meeting_date:
        findings.append(
            Finding(
                "endorsement-without-date",
                model.CouncilEndorsement,
                period.endorsement.uuid,
                "meeting_date",
            )
        )
    return findings


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

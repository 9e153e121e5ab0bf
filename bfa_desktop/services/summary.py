"""A readable overview of what the database holds, for the terminal."""

from __future__ import annotations

from datetime import date

from bfa_desktop.model import Municipality, Period
from bfa_desktop.model.enums import label


def summarise(municipality: Municipality) -> str:
    lines = [municipality.name]
    if municipality.is_example:
        lines.append(f"  {municipality.note or 'Exempeldata.'}")
    lines.append(
        f"  {len(municipality.organisations)} organisationer, {len(municipality.persons)} personer"
    )
    for period in municipality.periods:
        lines.extend(_period_lines(period))
    return "\n".join(lines)


def _period_lines(period: Period) -> list[str]:
    lines = [
        f"  Period {period.label} – {label(period.phase)}; {label(period.legal_basis)}",
        "    Parter: " + ", ".join(p.organisation.name for p in period.parties),
    ]
    picture = period.situation_picture
    if picture:
        lines.append(
            f"    {picture.title}: {len(picture.sections)} avsnitt, {len(picture.sources)} källor, "
            f"{len(picture.statistics)} statistikserier, "
            f"{len(picture.survey_indicators)} enkätindikatorer, {len(picture.places)} platser, "
            f"{len(picture.problems)} prioriterade problem"
        )
    plan = period.action_plan
    if plan:
        follow_ups = sum(len(m.follow_ups) for m in plan.measures)
        lines.append(
            f"    Handlingsplan ({label(plan.status).lower()}): {len(plan.focus_areas)} "
            f"fokusområden, {len(plan.measures)} åtgärder, {follow_ups} uppföljningar"
        )
    promises = period.citizen_promises
    if promises:
        lines.append(f"    {promises.title}: {len(promises.promises)} löften")
        lines.extend(f"      {p.number}. {p.sentence}" for p in promises.promises)
    evaluation = period.evaluation
    if evaluation:
        lines.append(f"    {evaluation.title}: {len(evaluation.rows)} åtgärder bedömda")
    endorsement = period.endorsement
    if endorsement:
        council = endorsement.council.name if endorsement.council else "Rådet"
        lines.append(
            f"    {council} {_date(endorsement.meeting_date)}: {label(endorsement.outcome).lower()}"
        )
    for decision in period.decisions:
        lines.append(
            f"    Beslut: {decision.body} {_date(decision.decision_date)} {decision.paragraph}, "
            f"{decision.dnr} – {label(decision.subject)}"
        )
    report = period.official_report
    if report:
        lines.append(
            f"    Tjänsteutlåtande {report.dnr} ({_date(report.report_date)}): "
            f"{len(report.decision_points)} beslutspunkter, {len(report.attachments)} handlingar, "
            f"{len(report.recipients)} mottagare"
        )
    return lines


def _date(value: date | None) -> str:
    return value.isoformat() if value else "(datum saknas)"

"""Utvärdering av tidigare handlingsplan: Sammanfattning, Bakgrund, Metod, a results table per
focus area (every evaluated measure once, the traffic light in words), then the follow-up of
the promises, how the collaboration worked and the lessons for the next plan."""

from __future__ import annotations

from bfa_desktop.documents.compose.common import (
    document_info,
    example_note,
    facts,
    section,
    signatures,
)
from bfa_desktop.documents.swedish import format_date, format_number
from bfa_desktop.documents.tree import (
    Block,
    Cell,
    Document,
    Heading,
    Table,
    cell,
    text,
)
from bfa_desktop.model import EvaluationRow, Period
from bfa_desktop.model.documents import plan_name
from bfa_desktop.model.enums import DocumentKind, label

RESULT_COLUMNS = (
    "Nr",
    "Åtgärd",
    "Status",
    "Bedömning",
    "Mål / utfall",
    "Kommentar och effekt",
    "Rekommendation",
    "Timmar",
)
NO_FOCUS_AREA = "Övriga åtgärder"  # heading for rows that name no focus area


def build(period: Period, *, public: bool = True) -> Document:
    evaluation = period.evaluation
    if evaluation is None:
        raise ValueError("Perioden har ingen utvärdering av tidigare handlingsplan.")
    evaluated = evaluation.evaluated_period
    info = document_info(
        period,
        DocumentKind.UTVARDERING,
        evaluation.title,
        document_date=evaluation.document_date,
        public=public,
    )
    pairs = (
        ("Utvärderad period", evaluated.label if evaluated else ""),
        ("Datum", format_date(evaluation.document_date)),
    )
    blocks: list[Block] = facts(pairs)
    blocks += example_note(period)
    blocks += section("Sammanfattning", evaluation.summary)
    blocks += section("Bakgrund", evaluation.background)
    blocks += section("Metod", evaluation.method)
    blocks += _results(evaluation.rows)
    blocks += section("Uppföljning av medborgarlöften", evaluation.promises_follow_up)
    blocks += section("Hur samverkan fungerade", evaluation.collaboration)
    blocks += section(f"Lärdomar inför nästa {plan_name(period).lower()}", evaluation.lessons)
    blocks += signatures(period, DocumentKind.UTVARDERING, evaluation.document_date)
    return Document(info, tuple(blocks))


def _results(rows: list[EvaluationRow]) -> list[Block]:
    """A heading and a table per focus area, in the order the areas first appear."""
    if not rows:
        return []
    areas: dict[str, list[EvaluationRow]] = {}
    for row in rows:
        areas.setdefault(row.display_focus_area, []).append(row)
    blocks: list[Block] = [Heading(1, "Resultat per fokusområde")]
    for area, members in areas.items():
        heading = area if area.strip() else NO_FOCUS_AREA
        blocks += [
            Heading(2, heading),
            Table(
                RESULT_COLUMNS,
                tuple(_row(row) for row in members),
                caption=f"Utvärderade åtgärder: {heading}",
            ),
        ]
    return blocks


def _row(row: EvaluationRow) -> tuple[Cell, ...]:
    comment = [text(row.comment)] if row.comment else []
    effect = facts([("Effekt", row.assessed_effect)])
    return (
        cell(row.display_number),
        cell(row.display_title),
        cell(label(row.status)),
        cell(label(row.traffic_light)),
        Cell(tuple(facts((("Mål", row.target_value), ("Utfall", row.outcome_value))))),
        Cell((*comment, *effect)),
        cell(label(row.recommendation)),
        cell(format_number(row.hours_spent)),
    )

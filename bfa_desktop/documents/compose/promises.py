"""Medborgarlöften: validity, introduction, "Situationen idag", the promises ("Det här ska vi
göra", grouped by theme when themes are set), "Förväntad effekt", "Uppföljning" with how the
citizens hear the results, and the signatures."""

from __future__ import annotations

from itertools import groupby

from bfa_desktop.documents.compose.common import document_info, section, signatures
from bfa_desktop.documents.swedish import format_date, format_date_range
from bfa_desktop.documents.tree import (
    Block,
    Cell,
    Document,
    Heading,
    Table,
    cell,
    numbered,
    rich,
    text,
)
from bfa_desktop.model import CitizenPromises, Period, Promise, PromiseFollowUp
from bfa_desktop.model.enums import DocumentKind, label

FOLLOW_UP_COLUMNS = ("Löfte", "Period", "Status", "Resultat", "Kommunicerat")
UNTHEMED = "Övriga löften"  # heading of unthemed promises that follow a themed group


def build(period: Period, *, public: bool = True) -> Document:
    promises = period.citizen_promises
    if promises is None:
        raise ValueError("Perioden har inga medborgarlöften.")
    info = document_info(
        period,
        DocumentKind.MEDBORGARLOFTEN,
        promises.title,
        document_date=promises.document_date,
        public=public,
    )
    blocks: list[Block] = _validity(promises)
    blocks += rich(promises.introduction)
    blocks += section("Situationen idag", promises.situation_today)
    blocks += _what_we_will_do(promises)
    blocks += section("Förväntad effekt", promises.expected_effect)
    blocks += _follow_up(promises)
    blocks += signatures(period, DocumentKind.MEDBORGARLOFTEN)
    return Document(info, tuple(blocks))


def _validity(promises: CitizenPromises) -> list[Block]:
    """ "Löftena gäller 2021-01-01 – 2022-12-31." – unless the introduction already says so."""
    start, end = promises.valid_from, promises.valid_to
    if start and end:
        sentence = f"Löftena gäller {format_date_range(start, end)}."
    elif start:
        sentence = f"Löftena gäller från {format_date(start)}."
    elif end:
        sentence = f"Löftena gäller till och med {format_date(end)}."
    else:
        return []
    return [] if sentence in promises.introduction else [text(sentence)]


def _what_we_will_do(promises: CitizenPromises) -> list[Block]:
    """The promises numbered 1…n in their order; a Heading 2 starts each run of one theme."""
    blocks: list[Block] = []
    number = 1
    themed = False
    for theme, run in groupby(promises.promises, key=lambda promise: promise.theme.strip()):
        group = list(run)
        if theme or themed:
            blocks.append(Heading(2, theme or UNTHEMED))
        themed = themed or bool(theme)
        blocks.append(numbered(*(promise.sentence for promise in group), start=number))
        number += len(group)
    blocks += rich(promises.other_problems_note)
    return [Heading(1, "Det här ska vi göra"), *blocks] if blocks else []


def _follow_up(promises: CitizenPromises) -> list[Block]:
    blocks: list[Block] = [*rich(promises.follow_up), *rich(promises.citizen_feedback)]
    rows = tuple(
        row
        for number, promise in enumerate(promises.promises, start=1)
        for row in _follow_up_rows(promise, number)
    )
    if rows:
        blocks.append(
            Table(
                FOLLOW_UP_COLUMNS,
                rows,
                caption="Uppföljning av löftena och när resultatet kommunicerades",
            )
        )
    return [Heading(1, "Uppföljning"), *blocks] if blocks else []


def _follow_up_rows(promise: Promise, number: int) -> list[tuple[Cell, ...]]:
    return [
        (
            cell(str(number)),
            cell(follow_up.period_label or format_date(follow_up.follow_up_date)),
            cell(label(follow_up.status)),
            cell(follow_up.outcome, follow_up.comment),
            cell(_communicated(follow_up)),
        )
        for follow_up in promise.follow_ups
    ]


def _communicated(follow_up: PromiseFollowUp) -> str:
    """ "2021-09-15, Kommunens webbplats"."""
    when = format_date(follow_up.communicated_on)
    return ", ".join(value for value in (when, follow_up.channel) if value)

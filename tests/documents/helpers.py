"""Helpers shared by the builder tests: the texts of a document tree, its headings and
tables, and a bare period to build on."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy.orm import Session

from bfa_desktop.documents.tree import (
    Block,
    Document,
    Facts,
    Heading,
    Image,
    ListBlock,
    Paragraph,
    Signatures,
    Table,
)
from bfa_desktop.model import Municipality, Period
from bfa_desktop.model.enums import LegalBasis


def texts(document: Document) -> list[str]:
    """Every text of the document in order: headings, paragraphs, list items, table caption,
    header and cells, signature lines, image alt texts."""
    found: list[str] = []

    def walk(blocks: Iterable[Block]) -> None:
        for block in blocks:
            if isinstance(block, Heading | Paragraph):
                found.append(block.text)
            elif isinstance(block, ListBlock):
                for item in block.items:
                    walk(item)
            elif isinstance(block, Table):
                found.extend([block.caption, *block.header])
                found.extend(cell.text for row in block.rows for cell in row)
            elif isinstance(block, Signatures):
                found.append(block.place_and_date)
                found.extend(f"{s.name} {s.title} {s.signing_for}" for s in block.signers)
            elif isinstance(block, Image):
                found.append(block.alt_text)
            elif isinstance(block, Facts):
                found.extend(line.text for line in block.lines)

    walk(document.blocks)
    return found


def flatten(document: Document) -> str:
    """The title, then every text of the document, one a line."""
    return "\n".join([document.info.title, *texts(document)])


def headings(document: Document, level: int | None = None) -> list[str]:
    """The texts of the top-level headings, only those of `level` when it is given."""
    return [
        block.text
        for block in document.blocks
        if isinstance(block, Heading) and (level is None or block.level == level)
    ]


def tables(document: Document) -> list[Table]:
    return [block for block in document.blocks if isinstance(block, Table)]


def assert_no_empty_headings(document: Document) -> None:
    """Every heading is followed by content or by a deeper heading."""
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Heading):
            assert index + 1 < len(blocks), f"{block.text!r} ends the document"
            following = blocks[index + 1]
            assert not (isinstance(following, Heading) and following.level <= block.level), (
                f"{block.text!r} has no content"
            )


def new_period(session: Session, short_name: str = "Test") -> Period:
    """A 2023–2024 period of a fresh municipality "Testkommun" with nothing in it."""
    municipality = Municipality(name="Testkommun", short_name=short_name)
    period = Period(
        start_date=date(2023, 1, 1), end_date=date(2024, 12, 31), legal_basis=LegalBasis.FRIVILLIG
    )
    municipality.periods.append(period)
    session.add(municipality)
    session.flush()
    return period

"""The neutral document tree: what a document says, not how it looks.

One builder per document produces a `Document`; the Word and the PDF renderer only translate
it, so the two formats cannot disagree on content. Paragraphs and lists are the rich-text
blocks of `model.richtext`, so stored rich text drops straight in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.model.richtext import ListBlock, Paragraph, Span, parse


@dataclass(frozen=True)
class Contact:
    """The municipality's details for the footer."""

    postal_address: str = ""
    visiting_address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    org_number: str = ""


@dataclass(frozen=True)
class DocumentInfo:
    """Metadata, and the values of the template's placeholders."""

    kind: DocumentKind
    title: str  # shown as the title and stored as the document title
    document_type: str  # "Tjänsteutlåtande", "Handlingsplan" …
    municipality: str
    unit: str = ""
    author: str = ""
    subject: str = ""
    period: str = ""  # "2021–2022"
    document_date: date | None = None
    dnr: str = ""
    version: str = ""
    language: str = "sv-SE"
    public_edition: bool = True  # internal sections and figures are left out
    contact: Contact = field(default_factory=Contact)
    logo: bytes | None = None  # the municipality's logo, in place of the template's


@dataclass(frozen=True)
class Heading:
    level: int  # 1–3
    text: str


@dataclass(frozen=True)
class Table:
    """A real table with one header row, repeated on every page; its column widths and its
    orientation come from its content (table_layout.py)."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str = ""

    def __post_init__(self) -> None:
        columns = len(self.header)
        if any(len(row) != columns for row in self.rows):
            raise ValueError("every row must have one entry per header column")


@dataclass(frozen=True)
class Cell:
    """A table cell: one or more paragraphs (lists are flattened to lines by the builder)."""

    paragraphs: tuple[Paragraph, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(paragraph.text for paragraph in self.paragraphs)


@dataclass(frozen=True)
class Signer:
    name: str
    title: str = ""
    signing_for: str = ""


SIGNATURE_LINE = "_" * 36


@dataclass(frozen=True)
class Signatures:
    """Signature lines; `place_and_date` (e.g. "Danderyd 2020-12-14") is printed above them."""

    signers: tuple[Signer, ...]
    place_and_date: str = ""


Pair = tuple[str, str]  # a label and its value


@dataclass(frozen=True)
class Facts:
    """Particulars as "Label: value" lines set compactly in the table text style (a measure's
    causes, goal, contact and resources); short ones may share a line, separated by " · ".
    Built by `particulars()`, which leaves out empty values."""

    rows: tuple[tuple[Pair, ...], ...]

    @property
    def lines(self) -> tuple[Paragraph, ...]:
        return tuple(
            Paragraph(
                tuple(
                    span
                    for index, (name, value) in enumerate(row)
                    for span in (
                        *((Span(" · "),) if index else ()),
                        Span(f"{name}: ", bold=True),
                        Span(value),
                    )
                )
            )
            for row in self.rows
        )


@dataclass(frozen=True)
class Image:
    data: bytes  # PNG or JPEG
    alt_text: str
    width_mm: float


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | ListBlock | Table | Facts | Signatures | Image | PageBreak


@dataclass(frozen=True)
class Document:
    info: DocumentInfo
    blocks: tuple[Block, ...] = field(default_factory=tuple)


# --- helpers for builders ---------------------------------------------------------------------


def text(value: str, *, bold: bool = False, italic: bool = False) -> Paragraph:
    """A paragraph of literal text (not parsed as rich text)."""
    return Paragraph((Span(value, bold=bold, italic=italic),) if value else ())


def labelled(label: str, value: str) -> Paragraph:
    """ "Dnr: KS 2020/0359" with the label in bold."""
    return Paragraph((Span(f"{label}: ", bold=True), Span(value)))


def particulars(*rows: Pair | tuple[Pair, ...]) -> list[Block]:
    """A Facts block of the pairs that have a value, a line each, or several on one line
    when given together; nothing when none has a value."""
    kept = []
    for row in rows:
        pairs = (row,) if isinstance(row[0], str) else row
        present = tuple((name, value) for name, value in pairs if value.strip())  # type: ignore[misc]
        if present:
            kept.append(present)
    return [Facts(tuple(kept))] if kept else []


def rich(value: str) -> tuple[Paragraph | ListBlock, ...]:
    """Blocks of a stored rich-text field."""
    return parse(value)


def cell(*values: str) -> Cell:
    """A cell of literal lines; empty values are left out."""
    return Cell(tuple(text(value) for value in values if value))


def rich_cell(value: str) -> Cell:
    """A cell of a stored rich-text field; list items become lines of their own."""
    paragraphs: list[Paragraph] = []

    def flatten(blocks: tuple[Paragraph | ListBlock, ...], depth: int) -> None:
        for block in blocks:
            if isinstance(block, Paragraph):
                paragraphs.append(block)
                continue
            for number, item in enumerate(block.items, start=block.start):
                marker = f"{number}. " if block.ordered else "– "
                first, *rest = item or (Paragraph(()),)
                if isinstance(first, Paragraph):
                    paragraphs.append(Paragraph((Span("  " * depth + marker), *first.spans)))
                    flatten(tuple(rest), depth + 1)
                else:
                    flatten(item, depth + 1)

    flatten(parse(value), 0)
    return Cell(tuple(paragraphs))


def bullets(*items: str) -> ListBlock:
    return ListBlock(ordered=False, start=1, items=tuple((text(item),) for item in items))


def numbered(*items: str, start: int = 1) -> ListBlock:
    return ListBlock(ordered=True, start=start, items=tuple((text(item),) for item in items))


__all__ = [
    "SIGNATURE_LINE",
    "Block",
    "Cell",
    "Document",
    "DocumentInfo",
    "Facts",
    "Heading",
    "Image",
    "ListBlock",
    "PageBreak",
    "Paragraph",
    "Signatures",
    "Signer",
    "Span",
    "Table",
    "bullets",
    "cell",
    "labelled",
    "numbered",
    "particulars",
    "rich",
    "rich_cell",
    "text",
]

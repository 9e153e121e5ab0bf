"""Column widths from the content: no word that could stand whole is broken, the room goes to
the columns that hold the most text, long Swedish compounds are hyphenated where a column must
be narrower than them, and the same widths reach Word and the PDF."""

from __future__ import annotations

import io
import itertools
from datetime import date

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn
from reportlab.pdfbase.pdfmetrics import stringWidth

from bfa_desktop.documents.fonts import FAMILIES, face
from bfa_desktop.documents.render_docx import render_docx
from bfa_desktop.documents.render_pdf import render_pdf
from bfa_desktop.documents.table_layout import (
    CELL_PADDING,
    LANDSCAPE_ROWS,
    hyphenate,
    layout_table,
)
from bfa_desktop.documents.tree import Document, DocumentInfo, Table, cell
from bfa_desktop.model.enums import DocumentKind

PORTRAIT, LANDSCAPE = 453.5, 700.2  # A4 text widths with 25 mm margins, points
FONT = face(FAMILIES["sans"])
BOLD = face(FAMILIES["sans"], bold=True)


def width(text: str, bold: bool) -> float:
    return stringWidth(text, BOLD if bold else FONT, 9)


def measures(rows: int = 10) -> Table:
    return Table(
        ("Nr", "Åtgärd", "Ansvarig", "Tidplan"),
        tuple(
            (
                cell(f"1.{r}"),
                cell(
                    "Trygghetsvandringar i centrum tillsammans med fastighetsägare, "
                    "föreningar och polisen varje vår och höst med återkoppling till boende"
                ),
                cell("Socialförvaltningen", "Person 1"),
                cell("2025-01-01 – 2025-12-31"),
            )
            for r in range(rows)
        ),
    )


def test_every_column_is_at_least_as_wide_as_its_longest_word() -> None:
    layout = layout_table(measures(), PORTRAIT, LANDSCAPE, width)
    assert not layout.landscape
    assert sum(layout.widths) == pytest.approx(PORTRAIT)
    longest = ("Nr", "Trygghetsvandringar", "Socialförvaltningen", "2025-12-31")
    for column_width, word in zip(layout.widths, longest, strict=True):
        assert column_width >= width(word, bold=False) + 2 * CELL_PADDING


def test_the_column_with_most_text_gets_the_most_room() -> None:
    nr, action, responsible, timeframe = layout_table(measures(), PORTRAIT, LANDSCAPE, width).widths
    assert action > max(nr, responsible, timeframe)
    assert nr < 40, "a number column stays narrow"


def test_text_that_fits_on_single_lines_is_spread_evenly_over_the_width() -> None:
    table = Table(("A", "B"), ((cell("ett"), cell("två")),))
    layout = layout_table(table, PORTRAIT, LANDSCAPE, width)
    assert layout.widths[0] == pytest.approx(layout.widths[1], abs=3)


def test_long_compounds_are_hyphenated_rather_than_turning_the_page() -> None:
    """Columns of long unit names do not fit whole on a portrait page; they are hyphenated at
    a compound boundary, and the table stays portrait."""
    names = ("Kommunledningsförvaltningen", "Socialförvaltningen", "Samhällsbyggnadsförvaltningen")
    table = Table(
        tuple(f"Enhet {n}" for n in range(4)),
        tuple(tuple(cell(names[(r + c) % 3]) for c in range(4)) for r in range(12)),
    )
    whole = 4 * max(width(name, bold=False) for name in names)
    assert whole > PORTRAIT, "the test needs words that do not all fit whole"
    layout = layout_table(table, PORTRAIT, LANDSCAPE, width)
    assert not layout.landscape
    pieces = ("Kommunlednings-", "Samhällsbyggnads-", "förvaltningen")
    for column_width in layout.widths:
        assert column_width >= max(width(p, bold=False) for p in pieces) + 2 * CELL_PADDING


def test_swedish_hyphenation_points() -> None:
    assert ("Kommunlednings", "förvaltningen") in list(hyphenate("Kommunledningsförvaltningen"))
    assert ("Social", "förvaltningen") in list(hyphenate("Socialförvaltningen"))
    assert all(len(tail) >= 3 for _head, tail in hyphenate("Socialförvaltningen"))


def unbreakable(rows: int) -> Table:
    word = "2021-01-01–2022-12-31"
    return Table(
        tuple(f"K{n}" for n in range(6)),
        tuple(tuple(cell(word) for _ in range(6)) for _ in range(rows)),
    )


def test_only_a_long_table_that_cannot_fit_a_portrait_page_turns_landscape() -> None:
    assert layout_table(unbreakable(LANDSCAPE_ROWS), PORTRAIT, LANDSCAPE, width).landscape
    short = layout_table(unbreakable(LANDSCAPE_ROWS - 1), PORTRAIT, LANDSCAPE, width)
    assert not short.landscape
    assert sum(short.widths) == pytest.approx(PORTRAIT)


def test_word_and_pdf_get_the_same_column_widths() -> None:
    info = DocumentInfo(
        kind=DocumentKind.HANDLINGSPLAN,
        title="Plan",
        document_type="Handlingsplan",
        municipality="Storby kommun",
        document_date=date(2025, 1, 1),
    )
    document = Document(info, (measures(3),))
    word = docx.Document(io.BytesIO(render_docx(document)))
    grid = [int(c.get(qn("w:w"))) / 20 for c in word.tables[0]._tbl.iter(qn("w:gridCol"))]
    with pdfplumber.open(io.BytesIO(render_pdf(document))) as pdf:
        (found,) = pdf.pages[0].find_tables()
        edges = sorted({round(c[0], 1) for c in found.cells} | {round(found.bbox[2], 1)})
    pdf_widths = [b - a for a, b in itertools.pairwise(edges)]
    assert pdf_widths == pytest.approx(grid, abs=1.0)
    assert grid[1] > grid[0] * 3, "the layout, not the builder's relative widths"

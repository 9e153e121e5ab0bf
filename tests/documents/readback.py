"""Reading exported files back: the body text of a .docx and of a PDF, in reading order."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import docx
import pdfplumber
from docx.oxml.ns import qn
from lxml import etree
from pdfplumber.page import Page

_BULLETS = ("•", "–", "◦")
_WHITESPACE_AND_HYPHENS = re.compile(r"[\s\-\u00ad]+")


def squeeze(text: str) -> str:
    """Text without whitespace and hyphens: line breaks fall in different places in Word and
    PDF, and the PDF hyphenates words at the end of a line."""
    return _WHITESPACE_AND_HYPHENS.sub("", text)


def docx_blocks(path: Path) -> list[str]:
    """Body paragraphs (with their list numbers, as Word shows them) and table cells."""
    document = docx.Document(str(path))
    numbering = _numbering(document)
    counters: dict[tuple[str, int], int] = {}
    blocks: list[str] = []
    for child in document.element.body:
        if child.tag == qn("w:p"):
            text = _paragraph_text(child)
            label = _list_label(child, numbering, counters)
            if text or label:
                blocks.append(label + text)
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                for cell in row.iter(qn("w:tc")):
                    text = "\n".join(_paragraph_text(p) for p in cell.iter(qn("w:p")))
                    if text.strip():
                        blocks.append(text)
    return blocks


Body = Callable[[Page], Page]


def within(margins: tuple[float, float, float, float]) -> Body:
    """The body as what lies within the margins (top, right, bottom, left)."""
    top, right, bottom, left = margins
    return lambda page: page.crop(
        (left - 2, top - 2, page.width - right + 2, page.height - bottom + 2)
    )


def pdf_blocks(path: Path, margins: tuple[float, float, float, float] | Body) -> list[str]:
    """Text of the body of every page (headers and footers cut away by the margins, or by the
    function given) in reading order; tables cell by cell, without the header row repeated on
    continuation pages."""
    body_of = margins if callable(margins) else within(margins)
    blocks: list[str] = []
    previous_header: list[str] | None = None
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            body = body_of(page)
            tables = body.find_tables()
            boxes = [table.bbox for table in tables]
            items: list[tuple[float, list[str], list[str] | None]] = []
            outside = body.filter(lambda obj, boxes=boxes: not _inside(obj, boxes))
            for line in outside.extract_text_lines():
                items.append((line["top"], [line["text"]], None))
            for table in tables:
                rows = [[cell or "" for cell in row] for row in table.extract()]
                items.append((table.bbox[1], [], rows[0] if rows else None))
                items[-1][1].extend(cell for row in rows for cell in row if cell.strip())
            for index, (_top, texts, header) in enumerate(sorted(items, key=lambda i: i[0])):
                skip = 0
                if header is not None and index == 0 and header == previous_header:
                    skip = len([c for c in header if c.strip()])  # the repeated header row
                blocks.extend(texts[skip:])
                if header is not None:
                    previous_header = header
                elif texts:
                    previous_header = None
    return blocks


def _inside(obj: dict[str, float], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _paragraph_text(paragraph: etree._Element) -> str:
    parts = []
    for node in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        parts.append(node.text or "" if node.tag == qn("w:t") else " ")
    return "".join(parts)


def _numbering(document: docx.document.Document) -> dict[str, tuple[str, int]]:
    """numId → (number format of level 0, start)."""
    try:
        root = document.part.numbering_part.element
    except NotImplementedError:
        return {}
    formats = {
        abstract.get(qn("w:abstractNumId")): abstract.find(f"{qn('w:lvl')}/{qn('w:numFmt')}")
        for abstract in root.iter(qn("w:abstractNum"))
    }
    result = {}
    for num in root.iter(qn("w:num")):
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        start = num.find(f".//{qn('w:startOverride')}")
        number_format = formats.get(abstract_id)
        kind = number_format.get(qn("w:val")) if number_format is not None else "bullet"
        result[num.get(qn("w:numId"))] = (
            kind,
            int(start.get(qn("w:val"))) if start is not None else 1,
        )
    return result


def _list_label(
    paragraph: etree._Element,
    numbering: dict[str, tuple[str, int]],
    counters: dict[tuple[str, int], int],
) -> str:
    num_pr = paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if num_pr is None:
        return ""
    num_id = num_pr.find(qn("w:numId")).get(qn("w:val"))
    level = int(num_pr.find(qn("w:ilvl")).get(qn("w:val")))
    kind, start = numbering.get(num_id, ("bullet", 1))
    if kind == "bullet":
        return _BULLETS[level % 3]
    key = (num_id, level)
    counters[key] = counters.get(key, (start if level == 0 else 1) - 1) + 1
    return f"{counters[key]}."

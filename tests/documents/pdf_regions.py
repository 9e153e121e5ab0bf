"""Where things stand on a PDF page: the page furniture (text in the corpus's furniture colour,
and pictures) against the body, by pdfplumber's positions (top-down, in points)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfplumber.page import Page
from pypdf import PdfReader

from tests.documents.corpus import FURNITURE_COLOR


@dataclass(frozen=True)
class Box:
    top: float
    bottom: float

    def __bool__(self) -> bool:
        return self.bottom > self.top


@dataclass(frozen=True)
class PageRegions:
    number: int
    width: float
    height: float
    header: Box  # furniture in the upper half
    footer: Box  # furniture in the lower half
    body: Box  # every other character
    body_lines: tuple[str, ...]  # the body's text lines, top to bottom


def _is_furniture(color: object) -> bool:
    wanted = tuple(int(str(FURNITURE_COLOR)[i : i + 2], 16) / 255 for i in (0, 2, 4))
    if not isinstance(color, tuple | list) or len(color) != 3:
        return False
    return all(abs(float(c) - w) < 0.02 for c, w in zip(color, wanted, strict=True))


def body_only(page: Page) -> Page:
    """The page without its furniture: no text in the furniture colour, no pictures."""
    return page.filter(
        lambda obj: (
            obj.get("object_type") not in ("char", "image")
            or (
                obj.get("object_type") == "char"
                and not _is_furniture(obj.get("non_stroking_color"))
            )
        )
    )


def _box(objects: list[dict[str, float]]) -> Box:
    if not objects:
        return Box(0.0, 0.0)
    return Box(min(o["top"] for o in objects), max(o["bottom"] for o in objects))


def regions(path: Path) -> list[PageRegions]:
    pages = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            middle = page.height / 2
            furniture = [c for c in page.chars if _is_furniture(c.get("non_stroking_color"))]
            furniture += list(page.images)
            body = [
                c
                for c in page.chars
                if not _is_furniture(c.get("non_stroking_color")) and c["text"].strip()
            ]
            body_page = page.filter(
                lambda obj: (
                    obj.get("object_type") != "char"
                    or not _is_furniture(obj.get("non_stroking_color"))
                )
            )
            lines = tuple(line["text"] for line in body_page.extract_text_lines())
            pages.append(
                PageRegions(
                    number,
                    float(page.width),
                    float(page.height),
                    _box([o for o in furniture if o["top"] < middle]),
                    _box([o for o in furniture if o["top"] >= middle]),
                    _box(body),
                    lines,
                )
            )
    return pages


def _outline(reader: PdfReader) -> list[tuple[str, int, float]]:
    """(title, page index, top from the page's top) of every bookmark."""
    found: list[tuple[str, int, float]] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
                continue
            index = reader.get_destination_page_number(item)  # type: ignore[arg-type]
            height = float(reader.pages[index].mediabox.height)
            top = getattr(item, "top", None)
            found.append((str(item.title), index, height - float(top) if top else 0.0))  # type: ignore[attr-defined]

    walk(reader.outline)
    return found


def headings_ending_pages(path: Path) -> list[tuple[int, str]]:
    """(page number, heading) for each heading that the body does not go on after, on its page,
    but on the last page. Headings are found by the PDF's bookmarks."""
    reader = PdfReader(path)
    squeezed = lambda text: "".join(text.split())  # noqa: E731 - a local shorthand
    alone = []
    with pdfplumber.open(path) as pdf:
        last_page = len(pdf.pages) - 1
        lines_of = {}
        for title, index, top in _outline(reader):
            if index == last_page:
                continue
            if index not in lines_of:
                lines_of[index] = body_only(pdf.pages[index]).extract_text_lines()
            lines = [line for line in lines_of[index] if line["top"] >= top - 3]
            wanted, rest = squeezed(title), list(lines)
            seen = ""
            while rest and wanted.startswith(seen + squeezed(rest[0]["text"])):
                seen += squeezed(rest.pop(0)["text"])
            if not rest:
                alone.append((index + 1, title))
    return alone

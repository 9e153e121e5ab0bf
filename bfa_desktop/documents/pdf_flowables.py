"""Flowables reportlab lacks: a page break that keeps a heading with what follows it, and a
paragraph with the borders of its Word style."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable
from reportlab.platypus import Paragraph as PdfParagraph

from bfa_desktop.documents.profile import Borders


class KeepWithNext(CondPageBreak):
    """Before headings: a new page unless the headings and the first part of the block that
    follows them (two lines of a paragraph, a table's header and first row) fit on this one,
    as Word's "keep with next". At the top of a page it never breaks: what cannot fit on an
    empty page is split as usual."""

    def __init__(self, needed: Callable[[float, Any], float]) -> None:
        super().__init__(0)
        self.needed = needed

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        frame = self._doctemplateAttr("frame")
        if frame is not None and frame._atTop:
            return 0, 0
        self.height = self.needed(availWidth, self.canv)
        return super().wrap(availWidth, availHeight)


def height_of(flowable: Flowable, width: float, canvas: Any) -> float:
    """The room a flowable takes, its spacing included."""
    _width, height = flowable.wrapOn(canvas, width, 1e6)
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


class Bordered(Flowable):
    """A paragraph with lines above and/or below it (a Title's bottom border), drawn across
    the text width as Word draws paragraph borders."""

    def __init__(self, paragraph: PdfParagraph, borders: Borders) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.borders = borders
        for name in ("bfa_outline", "keepWithNext"):
            if hasattr(paragraph, name):
                setattr(self, name, getattr(paragraph, name))

    def _above(self) -> float:
        top = self.borders.top
        return top.width + top.space if top is not None else 0.0

    def _below(self) -> float:
        bottom = self.borders.bottom
        return bottom.width + bottom.space if bottom is not None else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        _width, height = self.paragraph.wrap(availWidth, availHeight)
        self.height = height + self._above() + self._below()
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = self.paragraph.split(availWidth, availHeight - self._above())
        if len(parts) != 2:
            return parts
        first, rest = parts
        return [
            Bordered(first, Borders(top=self.borders.top)),
            Bordered(rest, Borders(bottom=self.borders.bottom)),
        ]

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.paragraph.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.paragraph.getSpaceAfter())

    def draw(self) -> None:
        canvas: Any = self.canv
        self.paragraph.drawOn(canvas, 0, self._below())
        for border, y in (
            (
                self.borders.top,
                self.height - (self.borders.top.width / 2 if self.borders.top else 0),
            ),
            (self.borders.bottom, self.borders.bottom.width / 2 if self.borders.bottom else 0),
        ):
            if border is None:
                continue
            canvas.saveState()
            canvas.setStrokeColor(f"#{border.color}")
            canvas.setLineWidth(border.width)
            canvas.line(0, y, self.width, y)
            canvas.restoreState()


class WrappedOnce(PdfParagraph):
    """A paragraph that breaks its lines once for a width: the page layout asks for its
    height several times (to keep headings with what follows, and in tables to measure rows
    and to draw them), and reportlab breaks the lines anew each time."""

    _wrapped: tuple[float, float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # A split that moves the whole paragraph on drops its lines (blPara): break again.
        if self._wrapped and self._wrapped[0] == availWidth and hasattr(self, "blPara"):
            return self._wrapped[1], self._wrapped[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height)
        return width, height


class KeptParagraph(WrappedOnce):
    """A paragraph of a style that keeps its lines together (Word's "keep lines together"):
    moved whole to the next page rather than split, unless it is taller than a page."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        frame = self._doctemplateAttr("frame")
        if frame is not None and not frame._atTop:
            return []
        return list(super().split(availWidth, availHeight))

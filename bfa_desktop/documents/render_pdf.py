"""PDF output with reportlab: the same tree as the Word file, laid out with the same profile.

The page size, margins, fonts, sizes and spacing of the named styles, and the header and footer
come from the Word template (see profile.py), so the PDF looks like the Word document: the body
starts below the header and ends above the footer, wherever they are taller than the margins.
Fonts are the template's embedded ones or bundled ones, embedded. Headings become bookmarks.
Open-source reportlab cannot tag a PDF, so the PDF is not a tagged (PDF/UA) document; the Word
file is the accessible original.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from bfa_desktop import __version__
from bfa_desktop.documents.editions import prepared_template
from bfa_desktop.documents.fonts import face
from bfa_desktop.documents.pdf_furniture import Geometry, Measure, PageTotal, Painter
from bfa_desktop.documents.pdf_story import FIRST, LANDSCAPE, PORTRAIT, Story
from bfa_desktop.documents.profile import LayoutProfile, read_profile
from bfa_desktop.documents.sanitize import xml_safe
from bfa_desktop.documents.template import TemplateSource
from bfa_desktop.documents.tree import Document


def render_pdf(document: Document, template: TemplateSource = None) -> bytes:
    profile = read_profile(prepared_template(document.info, template))
    output = io.BytesIO()
    story = Story(profile).build(document)
    _PdfDocument(output, profile, document).build(story)
    return output.getvalue()


class _PdfDocument(BaseDocTemplate):
    def __init__(self, output: io.BytesIO, profile: LayoutProfile, document: Document) -> None:
        info = document.info
        page = profile.page
        normal = profile.styles["Normal"]
        super().__init__(
            output,
            pagesize=(page.width, page.height),
            leftMargin=page.left,
            rightMargin=page.right,
            topMargin=page.top,
            bottomMargin=page.bottom,
            title=xml_safe(info.title),
            author=xml_safe(info.author),
            subject=xml_safe(info.subject),
            keywords=[k for k in map(xml_safe, (info.document_type, info.period, info.dnr)) if k],
            creator=f"BFA Desktop {__version__}",
            producer=f"BFA Desktop {__version__}",
            lang=info.language,
            initialFontName=face(profile.fonts.family_for(normal.font)),
            initialFontSize=normal.size,
        )
        self.profile = profile
        self.measure = Measure(profile.fonts)
        self.page_total = PageTotal(profile.fonts)
        self._outline_level = -1
        self._bookmarks = 0
        portrait = (page.width, page.height)
        landscape = (page.height, page.width)
        self.addPageTemplates(
            [
                self._template(FIRST, portrait, first=True, following=PORTRAIT),
                self._template(PORTRAIT, portrait),
                self._template(LANDSCAPE, landscape),
            ]
        )

    def body_box(self, geometry: Geometry, page: int, *, first: bool) -> tuple[float, float]:
        """Where the body starts and ends on a page (from its bottom): below the header and
        above the footer, which push it from the margins when they are taller, as in Word."""
        setup = geometry.setup
        width = geometry.text_width
        header = self.measure.area(self.profile.header(page, first=first), width)
        footer = self.measure.area(self.profile.footer(page, first=first), width)
        top = geometry.height - max(setup.top, setup.header_distance + header)
        bottom = max(setup.bottom, setup.footer_distance + footer)
        return top, bottom

    def _template(
        self, name: str, size: tuple[float, float], *, first: bool = False, following: str = ""
    ) -> PageTemplate:
        geometry = Geometry(size[0], size[1], self.profile.page)
        template = PageTemplate(
            id=name,
            frames=[self._frame(name, geometry, 1, first=first)],
            pagesize=size,
            autoNextPageTemplate=following or None,
        )

        def before_page(canvas: Any, document: BaseDocTemplate) -> None:
            # Odd and even pages may have headers of other heights: the frame follows.
            template.frames = [self._frame(name, geometry, document.page, first=first)]
            self._furniture(canvas, geometry, document.page, first=first)

        template.beforeDrawPage = before_page
        return template

    def _frame(self, name: str, geometry: Geometry, page: int, *, first: bool) -> Frame:
        top, bottom = self.body_box(geometry, page, first=first)
        return Frame(
            geometry.setup.left,
            bottom,
            geometry.text_width,
            max(top - bottom, 72.0),
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"{name}-body",
        )

    def _furniture(self, canvas: Any, geometry: Geometry, page: int, *, first: bool) -> None:
        profile = self.profile
        setup = geometry.setup
        width = geometry.text_width
        header = profile.header(page, first=first)
        footer = profile.footer(page, first=first)
        painter = Painter(canvas, page, self.measure, geometry=geometry, deferred=self.page_total)
        canvas.saveState()
        painter.area(header, setup.left, geometry.height - setup.header_distance, width)
        footer_top = setup.footer_distance + self.measure.area(footer, width)
        painter.area(footer, setup.left, footer_top, width)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's hook
        outline = getattr(flowable, "bfa_outline", None)
        if outline is None:
            return
        level, title = outline
        level = min(level, self._outline_level + 1)  # an outline cannot skip a level
        self._outline_level = level
        self._bookmarks += 1
        key = f"heading-{self._bookmarks}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)

    def _endBuild(self) -> None:  # noqa: N802 - reportlab's hook
        # The last page is still open here: its number is the total.
        self.page_total.define(self.canv, self.page)
        super()._endBuild()

"""Any text, character by character, at the two places the export turns text into file content:
`sanitize.xml_safe` (which every Word text passes) and a PDF paragraph (escaping, right-to-left
reordering, the fallback font). Cheap enough for hundreds of examples; the whole documents are
fuzzed in test_export_text.py."""

from __future__ import annotations

import io
import re
from itertools import groupby

import pypdf
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree
from reportlab.pdfgen.canvas import Canvas

from bfa_desktop.documents.pdf_story import Story
from bfa_desktop.documents.profile import read_profile
from bfa_desktop.documents.sanitize import xml_safe
from bfa_desktop.documents.styles import TABLE_TEXT_STYLE
from bfa_desktop.documents.template import open_template
from bfa_desktop.documents.tree import Paragraph, Span
from tests.documents.readback import squeeze
from tests.fuzz.budget import fuzz
from tests.fuzz.strategies import hostile_text

STORY = Story(read_profile(open_template()))
STYLES = ("Normal", "Title", "Heading 1", TABLE_TEXT_STYLE)
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
RIGHT_TO_LEFT_OVERRIDE = "\u202e"


def xml_character(character: str) -> bool:
    """The Char production of XML 1.0, written out from the specification."""
    code = ord(character)
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


@fuzz(ci=300)
@given(value=hostile_text)
@example(value="a\x00b\ud800c\udfff\ufffe\uffff\x7f\x85\U0010ffff\r\n\t")
def test_xml_safe_drops_exactly_what_xml_cannot_hold(value: str) -> None:
    safe = xml_safe(value)
    assert safe == "".join(filter(xml_character, value))
    element = etree.Element("t")
    element.text = safe  # lxml refuses any character XML cannot hold
    assert (etree.fromstring(etree.tostring(element)).text or "") == safe


spans = st.lists(
    st.builds(Span, hostile_text, bold=st.booleans(), italic=st.booleans()),
    min_size=1,
    max_size=4,
)


@fuzz(ci=100)
@given(spans=spans, style=st.sampled_from(STYLES))
@example(spans=[Span("a\ud800 שלום 12 مرحبا\x00 😀 <b>&amp;")], style="Normal")
@example(spans=[Span("\u0590\u202e01")], style="Normal")  # shown as "10", rightly
@example(spans=[Span("\u061b0"), Span("0")], style="Normal")  # one number over two spans
def test_a_pdf_paragraph_of_any_text_is_drawn_and_read_back(spans: list[Span], style: str) -> None:
    paragraph = STORY.paragraph(Paragraph(tuple(spans)), style)
    _width, height = paragraph.wrap(STORY.width, 100_000)
    output = io.BytesIO()
    canvas = Canvas(output, pagesize=(STORY.width, height + 10))
    paragraph.drawOn(canvas, 0, 5)
    canvas.showPage()
    canvas.save()
    extracted = squeeze(pypdf.PdfReader(output).pages[0].extract_text())
    # Right-to-left text is reordered one run of the same formatting at a time (bidi.py).
    for _look, alike in groupby(spans, key=lambda span: (span.bold, span.italic)):
        text = xml_safe("".join(span.text for span in alike))
        for word in _ASCII_WORD.findall(text):
            # After a right-to-left override the bidi algorithm shows even Latin reversed.
            reversed_ok = RIGHT_TO_LEFT_OVERRIDE in text and word[::-1] in extracted
            assert word in extracted or reversed_ok

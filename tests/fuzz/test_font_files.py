"""Hostile font files given to a municipality's template: random damage to a real font (bytes
flipped, cut, tables' lengths and offsets garbled) and random bytes behind a font's magic number.

The property: check_font_file returns a usable face (which the PDF then draws), or refuses with
a FontFileError whose message names the file, in Swedish, quickly; never another exception."""

from __future__ import annotations

import io
import time

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from bfa_desktop.documents.embedded_fonts import FontFileError, check_font_file
from tests.documents.font_samples import corporate_font
from tests.fuzz.budget import fuzz

NAME = "kommunens typsnitt.ttf"
QUICK = 5.0  # seconds a check may take
FONTS = (corporate_font(), corporate_font(postscript=True))


@st.composite
def damaged_fonts(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(FONTS)))
    for _ in range(draw(st.integers(1, 12))):
        position = draw(st.integers(0, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(4, len(data)))]
    return bytes(data)


def assert_clean(data: bytes) -> None:
    started = time.perf_counter()
    try:
        face = check_font_file(NAME, data)
    except FontFileError as error:
        assert NAME in str(error)
    else:
        # Accepted: reportlab can embed it and measure text with it.
        font = TTFont(f"Fuzz-{abs(hash(face.data))}", io.BytesIO(face.data))
        registerFont(font)
        assert stringWidth("Åtgärd", font.fontName, 10) >= 0
    assert time.perf_counter() - started < QUICK


@fuzz(60)
@given(damaged_fonts())
def test_a_damaged_font_is_refused_cleanly_or_usable(data: bytes) -> None:
    assert_clean(data)


@fuzz(30)
@given(st.sampled_from([b"\x00\x01\x00\x00", b"OTTO", b"true"]), st.binary(max_size=4096))
def test_random_bytes_behind_a_fonts_magic_number_are_refused(magic: bytes, rest: bytes) -> None:
    assert_clean(magic + rest)

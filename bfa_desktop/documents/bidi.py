"""Right-to-left script in the PDF. reportlab draws characters in the order it gets them, so
Hebrew and Arabic are put in visual order (Unicode bidi algorithm, python-bidi) and Arabic
letters in their joined forms (arabic-reshaper) first. Word does both itself, so only the PDF
needs this. Text is reordered before reportlab breaks it into lines, one run of the same
formatting at a time. Known limits: a right-to-left paragraph that needs several lines gets
them in the wrong order, and where bold or italic begins or ends inside right-to-left text each
side is reordered on its own."""

from __future__ import annotations

import re

import arabic_reshaper
from bidi import get_display

_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def visual_order(text: str) -> str:
    """`text` as it is drawn; unchanged when it has no right-to-left letters."""
    if not _RIGHT_TO_LEFT.search(text):
        return text
    return get_display(arabic_reshaper.reshape(text))

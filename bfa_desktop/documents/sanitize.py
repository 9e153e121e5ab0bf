"""Text at the export boundary. XML 1.0 (and so Word) cannot hold most control characters;
they are dropped, everything else – emoji, right-to-left script, `& < >` – is kept."""

from __future__ import annotations

import re

# Allowed in XML 1.0: tab, newline, carriage return and the ranges below.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)

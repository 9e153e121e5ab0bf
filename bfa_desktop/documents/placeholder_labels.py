"""Labels of empty placeholders, left out: no bare "Telefon:" or "Dnr" in a header or footer.

A template's paragraph is read as segments between separators – " | ", " · ", " • ", " – ",
" / ", ", ", "; ", tabs and line breaks. The rule, applied to the template's text before the
values go in:

- A segment whose placeholders are all empty and whose other text is a label ("Telefon:",
  "Dnr", "Org.nr:", nothing at all) goes, with one separator beside it: the one before it,
  else the one after. Tabs stay, since they place what follows at its tab stop.
- In a segment that stays, an empty placeholder goes together with its label – the text just
  before it, if that is a label – and the space before them; an empty placeholder in
  brackets takes the brackets with it.

Text that is not the label of an empty placeholder is never removed. A label is at most
four words ending in a colon ("Vår referens:", "Org.nr:"), or without the colon one of the
words a Swedish letterhead puts before a value ("Dnr", "Tel.", "Telefon", "Datum" …).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

SEPARATOR = re.compile(r"[ \u00a0]*(?:[|·•–—]|(?<=\s)/(?=\s)|[,;](?=[ \u00a0]))[ \u00a0]*|\t|\n")
_SPACE = " \u00a0"
_COLON_LABEL = re.compile(r"^\S+(?: \S+){0,3}:$")
WORD_LABELS = frozenset(
    {
        *("dnr", "diarienr", "diarienummer", "ärendenr", "ref", "referens", "beteckning"),
        *("datum", "version", "period", "enhet", "förvaltning"),
        *("tel", "telefon", "tfn", "mobil", "växel", "fax", "e-post", "epost", "mejl"),
        *("webb", "webbplats", "hemsida", "webbadress", "internet"),
        *("adress", "postadress", "besöksadress", "org.nr", "orgnr", "organisationsnummer"),
    }
)


@dataclass(frozen=True)
class Placeholder:
    start: int
    end: int
    empty: bool  # its value is empty: it and its label may go


def is_label(text: str) -> bool:
    text = " ".join(text.split())
    return bool(_COLON_LABEL.match(text)) or text.casefold().rstrip(".") in WORD_LABELS


def spans_to_remove(text: str, placeholders: Collection[Placeholder]) -> list[tuple[int, int]]:
    """The spans of `text` to leave out (sorted, not overlapping): empty placeholders with
    their labels and, where a whole segment goes, one separator."""
    if not any(p.empty for p in placeholders):
        return []
    segments, separators = _split(text)
    spans: list[tuple[int, int]] = []
    used: set[int] = set()  # separators already taken out
    for index, (start, end) in enumerate(segments):
        inside = [p for p in placeholders if start <= p.start and p.end <= end]
        if (
            inside
            and all(p.empty for p in inside)
            and _only_label_besides(text, start, inside, end)
        ):
            spans.append((start, end))
            spans.extend(_separator_beside(index, separators, used))
        else:
            spans.extend(_within(text, start, end, inside))
    return _merged(spans)


def _split(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, bool]]]:
    """Segments (start, end) and the separators between them (start, end, is a tab)."""
    segments, separators = [], []
    position = 0
    for match in SEPARATOR.finditer(text):
        segments.append((position, match.start()))
        separators.append((match.start(), match.end(), match.group() == "\t"))
        position = match.end()
    segments.append((position, len(text)))
    return segments, separators


def _only_label_besides(text: str, start: int, inside: list[Placeholder], end: int) -> bool:
    rest, position = [], start
    for placeholder in inside:
        rest.append(text[position : placeholder.start])
        position = placeholder.end
    rest.append(text[position:end])
    others = " ".join("".join(rest).replace("(", " ").replace(")", " ").split())
    return not others or is_label(others)


def _separator_beside(
    index: int, separators: list[tuple[int, int, bool]], used: set[int]
) -> Iterator[tuple[int, int]]:
    for candidate in (index - 1, index):
        if 0 <= candidate < len(separators) and candidate not in used:
            start, end, tab = separators[candidate]
            if not tab:
                used.add(candidate)
                yield start, end
            return  # a tab stays, and so does the other separator


def _within(
    text: str, start: int, end: int, inside: list[Placeholder]
) -> Iterator[tuple[int, int]]:
    """In a segment that stays: each empty placeholder with its label and a space."""
    label_from = start  # a label runs from the previous placeholder (or the segment's start)
    for placeholder in inside:
        before = text[label_from : placeholder.start]
        span_start, span_end = placeholder.start, placeholder.end
        label_from = placeholder.end
        if not placeholder.empty:
            continue
        if before.endswith("(") and text[span_end : span_end + 1] == ")":
            span_start, span_end = span_start - 1, span_end + 1
        elif before.strip() and is_label(before):
            span_start -= len(before.lstrip())
        yield _with_one_space(text, start, end, span_start, span_end)


def _with_one_space(
    text: str, segment_start: int, segment_end: int, start: int, end: int
) -> tuple[int, int]:
    """A removed span takes the spaces before it, or, at the segment's start, after it."""
    before = start
    while before > segment_start and text[before - 1] in _SPACE:
        before -= 1
    if before > segment_start:
        return before, end
    after = end
    while after < segment_end and text[after] in _SPACE:
        after += 1
    return start, after


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged

"""The rich-text subset stored in text fields, and its parser.

Stored text is Markdown restricted to what documents need:

- paragraphs, separated by a blank line; a line ending in two spaces breaks the line;
- bullet lists (`- item`) and numbered lists (`1. item`; the first number is kept), nestable;
- `**bold**` and `*italic*`; a backslash escapes a literal `*`.

Everything else (headings, links, HTML, code) is not interpreted and stays as the literal text
the user typed. Parsing is done by markdown-it-py with only these rules enabled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...]

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    start: int
    items: tuple[tuple[Block, ...], ...]  # each item: its paragraphs and nested lists


Block = Paragraph | ListBlock


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("zero").enable(["list", "emphasis", "newline", "escape"])


def parse(text: str) -> tuple[Block, ...]:
    """Blocks of the stored text; empty text gives no blocks."""
    text = text.replace("\x00", "")  # CommonMark would turn it into U+FFFD; it is dropped
    if not text.strip():
        return ()
    root = SyntaxTreeNode(_parser().parse(text))
    return tuple(_blocks(root.children))


def plain_text(text: str) -> str:
    """The text without markup, paragraphs and items on their own lines."""
    return "\n".join(_plain_lines(parse(text)))


def _plain_lines(blocks: tuple[Block, ...] | list[Block]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        else:
            for item in block.items:
                lines.extend(_plain_lines(item))
    return lines


def _blocks(nodes: list[SyntaxTreeNode]) -> list[Block]:
    blocks: list[Block] = []
    for node in nodes:
        if node.type == "paragraph":
            blocks.append(Paragraph(tuple(_spans(node.children[0]))))
        elif node.type in ("bullet_list", "ordered_list"):
            start = node.attrs.get("start", 1)
            blocks.append(
                ListBlock(
                    ordered=node.type == "ordered_list",
                    start=int(start) if isinstance(start, int | float | str) else 1,
                    items=tuple(tuple(_blocks(item.children)) for item in node.children),
                )
            )
    return blocks


def _spans(inline: SyntaxTreeNode) -> list[Span]:
    spans: list[Span] = []

    def walk(node: SyntaxTreeNode, bold: bool, italic: bool) -> None:
        for child in node.children:
            if child.type == "text":
                _append(spans, Span(child.content, bold, italic))
            elif child.type == "softbreak":
                _append(spans, Span(" ", bold, italic))
            elif child.type == "hardbreak":
                _append(spans, Span("\n", bold, italic))
            elif child.type == "strong":
                walk(child, True, italic)
            elif child.type == "em":
                walk(child, bold, True)

    walk(inline, bold=False, italic=False)
    return spans


def normalised(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Spans in normal form (see `_append`)."""
    result: list[Span] = []
    for span in spans:
        _append(result, span)
    return tuple(result)


def _append(spans: list[Span], span: Span) -> None:
    """Add in normal form: emphasis never starts or ends with white space (that white space is
    plain text), and neighbours with the same formatting are one span – markdown-it splits text
    at every marker, and this makes equal-looking text equal."""
    core = span.text.strip()
    if (span.bold or span.italic) and core != span.text:
        lead = span.text[: len(span.text) - len(span.text.lstrip())]
        trail = span.text[len(span.text.rstrip()) :]
        for piece in (Span(lead), Span(core, span.bold, span.italic), Span(trail)):
            _append(spans, piece)
        return
    if not span.text:
        return
    if spans and (spans[-1].bold, spans[-1].italic) == (span.bold, span.italic):
        spans[-1] = Span(spans[-1].text + span.text, span.bold, span.italic)
    else:
        spans.append(span)


_MARKUP = re.compile(r"([\\*_])")
# At the start of a line these would begin a list.
_BULLET_START = re.compile(r"^([ \t]*)([-+])(?=[ \t]|$)", re.MULTILINE)
_NUMBER_START = re.compile(r"^([ \t]*\d{1,9})([.)])(?=[ \t]|$)", re.MULTILINE)


def escape(text: str) -> str:
    """Literal text as stored rich text: markup characters are escaped."""
    text = _MARKUP.sub(r"\\\1", text)
    text = _BULLET_START.sub(r"\1\\\2", text)
    return _NUMBER_START.sub(r"\1\\\2", text)


def render(blocks: tuple[Block, ...] | list[Block]) -> str:
    """Stored text for blocks: `parse(render(blocks)) == blocks` for anything parse returns."""
    return "\n\n".join(_render_blocks(list(blocks), indent=""))


def _render_blocks(blocks: list[Block], indent: str) -> list[str]:
    rendered: list[str] = []
    previous: ListBlock | None = None
    for block in blocks:
        if isinstance(block, Paragraph):
            text = _render_spans(block.spans)
            rendered.append("\n".join(indent + line for line in text.split("\n")))
            previous = None
        else:
            # Two lists in a row stay two lists: CommonMark starts a new one at a new marker.
            alternate = previous is not None and previous.ordered == block.ordered
            rendered.append(_render_list(block, indent, alternate))
            previous = block
    return rendered


def _render_list(block: ListBlock, indent: str, alternate: bool) -> str:
    items = []
    for number, item in enumerate(block.items, start=block.start):
        if block.ordered:
            marker = f"{number}{')' if alternate else '.'} "
        else:
            marker = "* " if alternate else "- "
        inner = indent + " " * len(marker)
        parts = _render_blocks(list(item), inner) if item else [""]
        first = parts[0][len(inner) :] if parts[0].startswith(inner) else parts[0].lstrip()
        items.append("\n\n".join([indent + marker + first, *parts[1:]]))
    return "\n".join(items) if all(len(item) <= 1 for item in block.items) else "\n\n".join(items)


BOLD, ITALIC = "**", "*"


def _render_spans(spans: tuple[Span, ...]) -> str:
    """Emphasis is written as markers where it changes, nested so that the flag that lasts
    longer is the outer one (`***a* b**`): markers of two spans written side by side could
    make a run of four or more that reads back differently. A line break (a backslash at the
    end of the line) closes every marker; white space stays outside the markers."""
    pieces: list[tuple[str, frozenset[str]] | None] = []  # None: a line break
    for span in spans:
        flags = frozenset(flag for flag, on in ((BOLD, span.bold), (ITALIC, span.italic)) if on)
        for number, line in enumerate(span.text.split("\n")):
            if number:
                pieces.append(None)
            if line:
                pieces.append((line, flags))
    out: list[str] = []
    open_flags: list[str] = []  # outermost first
    for index, piece in enumerate(pieces):
        if piece is None:
            _close(out, open_flags, keep=frozenset())
            out.append("\\\n")
            continue
        text, flags = piece
        if not text.strip():
            flags = flags & frozenset(open_flags)  # white space opens no emphasis
        _close(out, open_flags, keep=flags)
        opening = sorted(flags - set(open_flags), key=lambda f: -_lasting(pieces, index, f))
        if opening:
            lead = text[: len(text) - len(text.lstrip())]
            out.append(escape(lead))
            text = text[len(lead) :]
            out.extend(opening)
            open_flags.extend(opening)
        out.append(escape(text))
    _close(out, open_flags, keep=frozenset())
    return "".join(out)


def _close(out: list[str], open_flags: list[str], keep: frozenset[str]) -> None:
    """Close the flags not in `keep` (and those opened inside them), before trailing space."""
    closing: list[str] = []
    while any(flag not in keep for flag in open_flags):
        closing.append(open_flags.pop())
    if not closing:
        return
    trail = out[-1][len(out[-1].rstrip()) :] if out else ""
    if trail:
        out[-1] = out[-1].rstrip()
    out.extend([*closing, trail])


def _lasting(pieces: list[tuple[str, frozenset[str]] | None], start: int, flag: str) -> int:
    """How many pieces from `start` on keep `flag`, up to a line break."""
    count = 0
    for piece in pieces[start:]:
        if piece is None or flag not in piece[1]:
            break
        count += 1
    return count

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


def _append(spans: list[Span], span: Span) -> None:
    """Merge neighbours with the same formatting; markdown-it splits text at every marker."""
    if not span.text:
        return
    if spans and (spans[-1].bold, spans[-1].italic) == (span.bold, span.italic):
        spans[-1] = Span(spans[-1].text + span.text, span.bold, span.italic)
    else:
        spans.append(span)


_MARKUP = re.compile(r"([\\*_])")


def escape(text: str) -> str:
    """Literal text as stored rich text: markup characters are escaped."""
    return _MARKUP.sub(r"\\\1", text)

"""How both renderers walk a document: headings are kept with the block that follows them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bfa_desktop.documents.tree import Block, Heading


@dataclass(frozen=True)
class Group:
    """Headings (none, one or several in a row) and the block they introduce (None at the
    end of a document): a page never ends between them."""

    headings: tuple[Heading, ...]
    block: Block | None


def groups(blocks: Iterable[Block]) -> Iterator[Group]:
    pending: list[Heading] = []
    for block in blocks:
        if isinstance(block, Heading):
            pending.append(block)
            continue
        yield Group(tuple(pending), block)
        pending = []
    if pending:
        yield Group(tuple(pending), None)

"""Finding text across a period: every text field of every document of the period, and the
municipality's own fields and lists (organisations, people).

`collect` reads the texts once, in a few queries however large the plan (each list is loaded
for all its owners at once); `find` then matches words against them, which is quick enough to
do at every keystroke. A hit names its record and field, as the window opens them."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from bfa_desktop import model
from bfa_desktop.model.catalog import node
from bfa_desktop.model.richtext import plain_text
from bfa_desktop.services.choices import describe

Fields = Mapping[type[model.Base], Collection[str]]  # the text fields searched, by class
SNIPPET_BEFORE = 30  # characters of context before a match, and after it
SNIPPET_AFTER = 70
IDENTITY_LENGTH = 40
_SPACE = re.compile(r"\s+")
_EMPHASIS = str.maketrans("", "", "*\\")


@dataclass(frozen=True)
class Text:
    """One text field of one record, and how the record is named."""

    record: type[model.Base]
    key: str
    field: str
    identity: str  # its number ("2.3", "2.3, 2021 halvår 1"), else its name; "" for a document
    numbered: bool
    text: str  # as stored (rich text with its markup)
    rich: bool
    folded: str  # for matching: without case, nor the markup's emphasis

    @property
    def plain(self) -> str:
        """The text without markup."""
        return plain_text(self.text) if self.rich else self.text


@dataclass(frozen=True)
class Hit:
    text: Text
    snippet: str  # the match with some text around it, on one line


def collect(session: Session, municipality_key: str, period_key: str, fields: Fields) -> list[Text]:
    """The texts of the period's documents and lists, then of the municipality's own fields
    and lists, in the window's order; only the `fields` given, and only non-empty ones."""
    texts: list[Text] = []
    municipality = session.scalar(
        select(model.Municipality)
        .where(model.Municipality.uuid == municipality_key)
        .options(*_loaders(model.Municipality, fields, skip={"periods"}))
    )
    period = session.scalar(
        select(model.Period)
        .where(model.Period.uuid == period_key)
        .options(*_loaders(model.Period, fields))
    )
    if period is not None and period.municipality is municipality:
        texts.extend(_texts(period, "", fields))
    if municipality is not None:
        texts.extend(_texts(municipality, "", fields, skip={"periods"}))
    return texts


def find(texts: list[Text], query: str, limit: int) -> tuple[list[Hit], int]:
    """The texts holding every word of `query` (in any case), at most `limit` of them, and
    how many there are in all."""
    words = query.casefold().split()
    if not words:
        return [], 0
    matching = [text for text in texts if all(word in text.folded for word in words)]
    return [Hit(text, snippet(text, words[0])) for text in matching[:limit]], len(matching)


def snippet(text: Text, word: str) -> str:
    """The first match of `word` with some text before and after it, whitespace made single
    spaces, cut at words and marked "…" where cut."""
    flat = _SPACE.sub(" ", text.plain).strip()
    folded = flat.casefold()
    position = folded.find(word) if len(folded) == len(flat) else 0
    position = max(position, 0)
    start = max(0, position - SNIPPET_BEFORE)
    end = min(len(flat), position + len(word) + SNIPPET_AFTER)
    if start > 0:
        space = flat.find(" ", start, position)
        start = space + 1 if space >= 0 else start
    if end < len(flat):
        space = flat.rfind(" ", position + len(word), end)
        end = space if space >= 0 else end
    return ("…" if start > 0 else "") + flat[start:end] + ("…" if end < len(flat) else "")


def _loaders(
    cls: type[model.Base], fields: Fields, skip: Collection[str] = ()
) -> list[LoaderOption]:
    """Load every owned list below `cls` that holds searched fields, each list in one query."""
    options = []
    for child in node(cls).children:
        if child.name in skip or not _holds_texts(child.target, fields):
            continue
        option = selectinload(getattr(cls, child.name))
        below = _loaders(child.target, fields)
        options.append(option.options(*below) if below else option)
    return options


def _holds_texts(cls: type[model.Base], fields: Fields) -> bool:
    return bool(fields.get(cls)) or any(
        _holds_texts(child.target, fields) for child in node(cls).children
    )


def _texts(record: Any, owner: str, fields: Fields, skip: Collection[str] = ()) -> Iterator[Text]:
    """The record's own texts, then those of what it owns, depth first."""
    cls = type(record)
    identity, numbered = _identity(record, owner)
    rich = {field.name for field in node(cls).fields if field.rich_text}
    for name in fields.get(cls, ()):
        value = getattr(record, name)
        if not isinstance(value, str) or not value.strip():
            continue
        # Rich text is matched as stored, its emphasis marks left out (parsing every text
        # would take most of the time); a hit's snippet is made from its plain text.
        folded = value.translate(_EMPHASIS).casefold() if name in rich else value.casefold()
        yield Text(cls, record.uuid, name, identity, numbered, value, name in rich, folded)
    for child in node(cls).children:
        if child.name in skip or not _holds_texts(child.target, fields):
            continue
        owned = getattr(record, child.name)
        for item in owned if child.many else [owned] if owned is not None else []:
            yield from _texts(item, identity if numbered else "", fields)


def _identity(record: Any, owner: str) -> tuple[str, bool]:  # noqa: PLR0911 - a case a kind
    """How a hit names its record: by its number where it has one (a follow-up by its
    measure's or promise's and its period), else by a short name; a document by nothing."""
    if isinstance(record, model.MeasureFollowUp | model.PromiseFollowUp):
        return ", ".join(filter(None, [owner, record.period_label])), True
    if isinstance(record, model.FocusArea | model.Measure | model.Promise):
        return str(record.number), True
    if isinstance(record, model.PrioritisedProblem):
        return str(record.rank), True
    if isinstance(record, model.FocusAreaCause | model.ProblemCause):
        return f"{owner}.{_place(record)}", True  # as the plan numbers them: 1.2
    if isinstance(record, model.EvaluationRow) and record.display_number:
        return record.display_number, True
    if _is_document(type(record)):
        return "", False
    if isinstance(record, model.StatisticSeries):
        name = ", ".join(filter(None, [record.category, record.area]))
    elif isinstance(record, model.EvaluationRow):
        name = record.display_title
    else:
        name = describe(record)
        if name == type(record).__name__:
            name = ""  # nothing to name it by: its kind alone
    if len(name) > IDENTITY_LENGTH:
        name = name[: IDENTITY_LENGTH - 1] + "…"
    return name, False


def _place(cause: model.FocusAreaCause | model.ProblemCause) -> int:
    owner = cause.focus_area if isinstance(cause, model.FocusAreaCause) else cause.problem
    return owner.causes.index(cause) + 1  # type: ignore[arg-type]


def _is_document(cls: type[model.Base]) -> bool:
    """A period's one-to-one records (its documents), the period and the municipality."""
    one_to_one = {child.target for child in node(model.Period).children if not child.many}
    return cls in one_to_one or cls in (model.Period, model.Municipality)

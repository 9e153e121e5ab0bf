"""How the window's pages are declared (ui/pages.py declares them): a record's fields, its
owned lists with their columns and the detail panel of their selected item, and for each kind
of document its panel and how the window names it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bfa_desktop import model


@dataclass(frozen=True)
class ListSpec:
    relation: str
    columns: tuple[str, ...]
    detail: PanelSpec


@dataclass(frozen=True)
class Group:
    """Fields shown together on a tab of their own, and lists below them."""

    title: str  # source text, translated in the context "Group"
    fields: tuple[str, ...]
    lists: tuple[str, ...] = ()  # relations of the panel's lists


@dataclass(frozen=True)
class PanelSpec:
    """A record's panel; every kind of record has one, which names it and its fields."""

    cls: type[model.Base]
    fields: tuple[str, ...]
    lists: tuple[ListSpec, ...] = ()
    groups: tuple[Group, ...] = ()  # the fields in groups, a tab each; else in one column
    # The record's name and the name of a list of them, translated in the context "Record".
    names: tuple[str, str] = field(kw_only=True)
    # Labels of its fields ("Field") where the ones shared by name (labels.FIELDS) do not fit.
    labels: Mapping[str, str] = field(default_factory=dict, kw_only=True)


def grouped(
    cls: type[model.Base],
    groups: tuple[Group, ...],
    lists: tuple[ListSpec, ...] = (),
    *,
    names: tuple[str, str],
    labels: Mapping[str, str] | None = None,
) -> PanelSpec:
    """A panel whose fields are in groups."""
    fields = tuple(name for group in groups for name in group.fields)
    return PanelSpec(cls, fields, lists, groups, names=names, labels=labels or {})


@dataclass(frozen=True)
class DocumentSpec:
    """A kind of document in the window (model.documents declares the kind itself)."""

    panel: PanelSpec  # the document's own panel
    name: str  # its name, translated in the context "Code" (the export's choices)
    missing: str = ""  # what the overview says of a period without it ("Readiness")
    title: str = ""  # its tab's title within the overview ("MainWindow"), if it is there
    details: tuple[PanelSpec, ...] = ()  # panels of its records shown beside it, if any


def panels_within(spec: PanelSpec) -> list[PanelSpec]:
    """The panel and every detail panel of its lists, however deep."""
    found = [spec]
    for listed in spec.lists:
        found += panels_within(listed.detail)
    return found

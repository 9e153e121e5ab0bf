"""The window's declarations of what it shows agree with the domain catalog: every kind of
document has its page on a tab the window has, every record a panel that names it, every
field shown a label."""

from __future__ import annotations

from bfa_desktop.model.catalog import all_nodes, node
from bfa_desktop.model.documents import DOCUMENT_TYPES
from bfa_desktop.services.derived import is_derived
from bfa_desktop.ui import pages
from bfa_desktop.ui.labels import FIELDS, SPECIFIC_FIELDS, record_name
from bfa_desktop.ui.tabs import TAB_NAMES


def test_every_kind_of_document_has_its_page_on_a_tab_of_the_window() -> None:
    assert set(pages.DOCUMENTS) == {d.kind for d in DOCUMENT_TYPES}
    for declared in DOCUMENT_TYPES:
        document = pages.DOCUMENTS[declared.kind]
        assert declared.tab in TAB_NAMES
        assert document.panel.cls is declared.record_class
        assert bool(document.missing) == declared.required  # the overview says it is missing
        assert bool(document.title) == (declared.tab == "overview")  # its tab within it


def test_every_record_has_one_panel_that_names_it() -> None:
    shown = [panel.cls for panel in pages.PANELS]
    assert sorted(shown, key=lambda cls: cls.__name__) == sorted(
        (spec.cls for spec in all_nodes()), key=lambda cls: cls.__name__
    )
    for panel in pages.PANELS:
        singular, plural = panel.names
        assert singular and plural, panel.cls
        assert record_name(panel.cls) and record_name(panel.cls, plural=True)


def test_every_field_and_column_shown_has_a_label() -> None:
    """A field added to a panel without its label fails here, by name."""
    missing = []
    for panel in pages.PANELS:
        shown = [(panel.cls, name) for name in panel.fields]
        shown += [
            (listed.detail.cls, name)
            for listed in panel.lists
            for name in listed.columns
            if name != "number"  # "No."
        ]
        for cls, name in shown:
            if (cls, name) not in SPECIFIC_FIELDS and name not in FIELDS:
                missing.append(f"{cls.__name__}.{name}")
            elif node(cls).field(name) is None and node(cls).reference(name) is None:
                assert is_derived(cls, name), f"{cls.__name__}.{name} is no field"
    assert not missing, f"fields shown without a label: {missing}"

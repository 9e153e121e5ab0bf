"""The window's declarations of what it shows agree with the domain catalog: every kind of
document has its page and a tab the window has."""

from __future__ import annotations

from bfa_desktop.model.documents import DOCUMENT_TYPES
from bfa_desktop.ui import pages
from bfa_desktop.ui.tabs import TAB_NAMES


def test_every_kind_of_document_has_its_page_on_a_tab_of_the_window() -> None:
    assert set(pages.DOCUMENTS) == {d.kind for d in DOCUMENT_TYPES}
    for declared in DOCUMENT_TYPES:
        document = pages.DOCUMENTS[declared.kind]
        assert declared.tab in TAB_NAMES
        assert document.panel.cls is declared.record_class
        assert bool(document.missing) == declared.required  # the overview says it is missing
        assert bool(document.title) == (declared.tab == "overview")  # its tab within it

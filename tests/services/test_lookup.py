"""One lookup of records by class and UUID, for edits, the window's reads and the command line."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.services import editing
from bfa_desktop.services.lookup import NotFoundError, find
from bfa_desktop.services.workspaces import create_municipality

GONE = "00000000-0000-4000-8000-000000000000"


def test_find_gives_the_record_of_the_class_asked_for(session: Session) -> None:
    key = create_municipality(session, "Vaxholms kommun")
    municipality = find(session, model.Municipality, key)
    assert municipality.name == "Vaxholms kommun"
    organisation = municipality.organisations[0]
    assert find(session, model.Organisation, organisation.uuid) is organisation
    with pytest.raises(NotFoundError, match="Posten finns inte längre"):
        find(session, model.Person, organisation.uuid)  # another kind of record


def test_a_record_that_is_gone_is_not_found_and_refuses_an_edit(session: Session) -> None:
    with pytest.raises(NotFoundError, match=f"Municipality {GONE}"):
        find(session, model.Municipality, GONE)
    with pytest.raises(editing.EditError, match="finns inte längre"):
        editing.set_field(session, model.Municipality, GONE, "name", "Ny")

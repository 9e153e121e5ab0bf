"""The services' and the storage's Swedish refusals, told in the window's language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from bfa_desktop import model
from bfa_desktop.services import editing
from bfa_desktop.services.workspaces import create_municipality, create_period
from bfa_desktop.storage import errors
from bfa_desktop.storage.database import Database
from bfa_desktop.ui import translations
from bfa_desktop.ui.problems import explain


def measure(session: Session) -> str:
    return session.scalars(select(model.Measure)).first().uuid  # type: ignore[union-attr]


REFUSALS: dict[str, Callable[[Session], object]] = {
    "The end date cannot be before the start date.": lambda s: editing.set_field(
        s, model.Measure, measure(s), "deadline", date(1990, 1, 1)
    ),
    "The text is too long (at most 500 characters).": lambda s: editing.set_field(
        s, model.Measure, measure(s), "title", "x" * 501
    ),
    "This field needs a value.": lambda s: editing.set_field(
        s, model.Measure, measure(s), "title", None
    ),
    "The text contains characters that are not valid (half an emoji or so).": (
        lambda s: editing.set_field(s, model.Measure, measure(s), "title", "halv \ud83d")
    ),
    "Give the first and the last year of the period, e.g. 2025 and 2026.": lambda s: create_period(
        s, s.scalars(select(model.Municipality)).one().uuid, 1800, 1801
    ),
    "The municipality needs a name.": lambda s: create_municipality(s, "  "),
}


@pytest.mark.parametrize("english", list(REFUSALS))
def test_a_refusal_of_the_services_is_told_in_english_and_as_it_was_in_swedish(
    qtbot: QtBot, demo_database: Database, english: str
) -> None:
    with demo_database.session() as session, pytest.raises(editing.EditError) as refused:
        REFUSALS[english](session)
    swedish = str(refused.value)
    translations.install("en")
    assert explain(swedish) == english
    translations.install("sv")
    assert explain(swedish) == swedish


@pytest.mark.parametrize(
    "failure",
    [
        errors.disk_full(Path("/data/bfa.sqlite3"), opening=False),
        errors.locked(Path("/data/bfa.sqlite3"), opening=False),
        errors.disk_io(Path("/data/bfa.sqlite3"), opening=False),
    ],
)
def test_a_failed_save_is_told_in_english_with_its_place(
    qtbot: QtBot, failure: errors.StorageError
) -> None:
    translations.install("en")
    told = explain(str(failure))
    assert "/data" in told
    assert told.endswith("It was not saved; what was saved before is still there.")
    translations.install("sv")
    assert explain(str(failure)) == str(failure)


def test_an_unknown_message_is_shown_as_it_is(qtbot: QtBot) -> None:
    translations.install("en")
    assert explain("Något helt annat.") == "Något helt annat."

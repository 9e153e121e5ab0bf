"""Fixtures of the storage tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bfa_desktop.model import Municipality
from bfa_desktop.storage.database import open_database


@pytest.fixture
def stored(database_path: Path, migrated_template: Path) -> Path:
    """A database of ours with one municipality, closed: nothing beside it in its folder."""
    database_path.parent.mkdir(parents=True)
    shutil.copyfile(migrated_template, database_path)
    database = open_database(database_path)
    with database.session() as session:
        session.add(Municipality(name="Danderyds kommun"))
    database.close()
    assert [p.name for p in database_path.parent.iterdir()] == [database_path.name]
    return database_path

"""Shared fixtures: every test works in its own temporary folder and database."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy.orm import Session

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bfa_desktop.garbage import collect_at_safe_points_only, collect_if_due
from bfa_desktop.machine_settings import MACHINE_CONFIG_ENV
from bfa_desktop.services.demo import load_demo
from bfa_desktop.storage.database import Database, open_database
from bfa_desktop.storage.location import DATABASE_ENV
from tests.helpers import open_copy

# The tests collect garbage where the program does (see bfa_desktop.garbage): after each test.
collect_at_safe_points_only()


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test touches the user's real data folder, database, log or the machine's settings;
    a log file a test installs is closed after it."""
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "home" / "state"))
    monkeypatch.setenv(MACHINE_CONFIG_ENV, str(tmp_path / "no-machine-config"))
    logger = logging.getLogger("bfa_desktop")
    handlers, level = list(logger.handlers), logger.level
    yield
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers, logger.level = handlers, level
    collect_if_due()


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bfa.sqlite3"


# Property tests stay short and the same in every CI run; BFA_TEST_LONG=1 runs them at length
# with new examples each time.
settings.register_profile("ci", max_examples=10, deadline=None, derandomize=True)
settings.register_profile("long", max_examples=1000, deadline=None)
settings.load_profile("long" if os.environ.get("BFA_TEST_LONG") else "ci")


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the newest schema, made once and copied per test (migrating
    takes a few hundred milliseconds)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A database holding the demo workspace (loaded and committed), made once and copied by
    the tests and fixtures that need it (with tests.helpers.open_copy)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_copy(migrated_template, path)
    with database.session() as session:
        load_demo(session)
    database.close()
    return path


@pytest.fixture
def database(database_path: Path, migrated_template: Path) -> Iterator[Database]:
    db = open_copy(migrated_template, database_path)
    yield db
    db.close()


@pytest.fixture
def demo_database(database_path: Path, demo_template: Path) -> Iterator[Database]:
    """The demo workspace in a database of the test's own, at database_path (so a test takes
    this or `database`, not both)."""
    db = open_copy(demo_template, database_path)
    yield db
    db.close()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    """A plain session (no automatic commit) on a fresh, migrated database."""
    with database.sessions() as session:
        yield session

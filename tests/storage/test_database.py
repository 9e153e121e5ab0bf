"""Opening databases: where they live, what is refused, backups, permissions."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from bfa_desktop.model import Municipality
from bfa_desktop.storage.backup import backup_database, list_backups
from bfa_desktop.storage.database import open_database
from bfa_desktop.storage.errors import NotADatabaseError
from bfa_desktop.storage.location import DATABASE_ENV, resolve_database_path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_explicit_path_wins_over_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(DATABASE_ENV, str(tmp_path / "env.sqlite3"))
    assert resolve_database_path(tmp_path / "cli.sqlite3") == tmp_path / "cli.sqlite3"
    assert resolve_database_path(None) == tmp_path / "env.sqlite3"


def test_default_is_in_the_users_data_folder(tmp_path: Path) -> None:
    # conftest points XDG_DATA_HOME into tmp_path
    path = resolve_database_path(None)
    assert path.is_relative_to(tmp_path / "home" / "data")
    assert path.name.endswith(".sqlite3")


def test_one_database_holds_several_municipalities(database_path: Path) -> None:
    database = open_database(database_path)
    with database.session() as session:
        session.add_all([Municipality(name="Danderyds kommun"), Municipality(name="Täby kommun")])
    database.close()
    database = open_database(database_path)
    with database.session() as session:
        assert session.query(Municipality).count() == 2
    database.close()


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"Detta \xe4r ingen databas\n" * 100, id="text"),
        pytest.param(os.urandom(8192), id="random-bytes"),
        pytest.param(b"PK\x03\x04" + os.urandom(2000), id="zip"),
    ],
)
def test_file_that_is_not_sqlite_is_refused_untouched(database_path: Path, content: bytes) -> None:
    database_path.parent.mkdir(parents=True)
    database_path.write_bytes(content)
    with pytest.raises(NotADatabaseError, match="inte ändrats"):
        open_database(database_path)
    assert database_path.read_bytes() == content
    assert list_backups(database_path) == []


def test_truncated_database_is_refused_untouched(database_path: Path) -> None:
    database = open_database(database_path)
    with database.session() as session:
        session.add(Municipality(name="Danderyds kommun"))
    database.close()
    with closing(sqlite3.connect(database_path)) as c:
        c.execute("PRAGMA journal_mode = DELETE")
    data = database_path.read_bytes()
    database_path.write_bytes(data[: len(data) // 3])
    before = digest(database_path)
    with pytest.raises(NotADatabaseError, match="säkerhetskopia"):
        open_database(database_path)
    assert digest(database_path) == before


def test_someone_elses_sqlite_database_is_refused_untouched(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    with closing(sqlite3.connect(database_path)) as c:
        c.execute("CREATE TABLE recept (namn TEXT)")
        c.commit()
    before = digest(database_path)
    with pytest.raises(NotADatabaseError, match="inte BFA Desktops"):
        open_database(database_path)
    assert digest(database_path) == before


def test_folder_in_place_of_the_file_is_refused(database_path: Path) -> None:
    database_path.mkdir(parents=True)
    (database_path / "x").write_text("x")
    with pytest.raises(NotADatabaseError, match="mapp"):
        open_database(database_path)


def test_empty_file_becomes_a_new_database(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    database_path.touch()
    open_database(database_path).close()
    assert database_path.stat().st_size > 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_and_backups_are_readable_by_the_owner_only(database_path: Path) -> None:
    open_database(database_path).close()
    backup = backup_database(database_path, reason="test").path
    for path in (database_path, backup):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for folder in (database_path.parent, backup.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def another_program_can_write(path: Path) -> bool:
    with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as other:
        try:
            other.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            assert "locked" in str(error)
            return False
        other.execute("ROLLBACK")
        return True


def test_an_immediate_session_keeps_other_writers_out_from_its_first_read(
    database_path: Path,
) -> None:
    """What it reads first is still so when it writes: a plain session would only take the
    write lock at its first write, and another program could write in between."""
    database = open_database(database_path)
    try:
        with database.session() as session:
            session.query(Municipality).count()
            assert another_program_can_write(database_path)
        with database.session(immediate=True) as session:
            session.query(Municipality).count()
            assert not another_program_can_write(database_path)
        assert another_program_can_write(database_path)
    finally:
        database.close()

"""Databases that cannot be used are refused with a message that says what to do, and nothing
of them is changed: not a byte, not the modification time, and no -wal or -shm file is left
beside them. (Read-only media: tests/storage/test_read_only.py.)"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from bfa_desktop.model import Municipality
from bfa_desktop.storage import engine
from bfa_desktop.storage.database import SCHEMA_REVISION, SQLITE_HEADER, open_database
from bfa_desktop.storage.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    NewerDatabaseError,
    NotADatabaseError,
    SchemaMismatchError,
    StorageError,
)

PAGE = 4096


def snapshot(path: Path) -> dict[str, tuple[bytes, int]]:
    """The database and every file SQLite keeps beside it: content and modification time."""
    return {
        sibling.name: (sibling.read_bytes(), sibling.stat().st_mtime_ns)
        for sibling in path.parent.iterdir()
        if sibling.name.startswith(path.name)
    }


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def garbage_after_header(path: Path) -> None:
    path.write_bytes(SQLITE_HEADER + random.Random(1).randbytes(8 * PAGE - len(SQLITE_HEADER)))


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(2).randbytes(8 * PAGE))


def pages_overwritten_in_the_middle(path: Path) -> None:
    """The page holding the municipalities replaced by noise. The schema and the revision are
    intact and opening reads nothing else, so only a check of the whole file can see it."""
    with closing(sqlite3.connect(path)) as connection:
        (page,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'municipalities'"
        ).fetchone()
    assert 1 < page < path.stat().st_size // PAGE
    with path.open("r+b") as file:
        file.seek((page - 1) * PAGE)
        file.write(random.Random(3).randbytes(PAGE))


def written_by_a_newer_version(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_framtiden'")
        connection.commit()


def someone_elses(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE recept (namn TEXT)")
        connection.commit()


def altered(*statements: str) -> Callable[[Path], None]:
    """The schema changed by another program, as `sqlite3` on the command line would."""

    def alter(path: Path) -> None:
        with closing(sqlite3.connect(path)) as connection:
            for statement in statements:
                connection.execute(statement)
            connection.commit()

    return alter


@pytest.mark.parametrize(
    ("spoil", "error", "advice"),
    [
        pytest.param(truncate, DamagedDatabaseError, "Återställ en säkerhetskopia", id="truncated"),
        pytest.param(
            garbage_after_header,
            DamagedDatabaseError,
            "Återställ en säkerhetskopia",
            id="sqlite-header-then-garbage",
        ),
        pytest.param(
            pages_overwritten_in_the_middle,
            DamagedDatabaseError,
            "Återställ en säkerhetskopia",
            id="pages-overwritten",
        ),
        pytest.param(random_bytes, NotADatabaseError, "inte en SQLite-fil", id="random-bytes"),
        pytest.param(
            written_by_a_newer_version,
            NewerDatabaseError,
            "Uppdatera programmet",
            id="newer-version",
        ),
        pytest.param(someone_elses, NotADatabaseError, "inte BFA Desktops", id="someone-elses"),
        pytest.param(
            altered("DROP TABLE promise_places"),
            SchemaMismatchError,
            rf"schemaversion {SCHEMA_REVISION} \(tabellen promise_places saknas\)"
            r".*Återställ en säkerhetskopia",
            id="table-dropped",
        ),
        pytest.param(
            altered("ALTER TABLE municipalities DROP COLUMN website"),
            SchemaMismatchError,
            r"\(kolumnen municipalities.website saknas\)",
            id="column-dropped",
        ),
        pytest.param(
            altered(
                "DROP TABLE measure_causes",
                "CREATE TABLE measure_causes (measure_id INT, cause_id INT, kod TEXT NOT NULL)",
            ),
            SchemaMismatchError,
            r"\(kolumnen measure_causes.kod är okänd och måste fyllas i\)",
            id="required-column-added",
        ),
    ],
)
def test_an_unusable_database_is_refused_with_advice_and_left_exactly_as_it_was(
    stored: Path,
    spoil: Callable[[Path], None],
    error: type[StorageError],
    advice: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spoil(stored)
    before = snapshot(stored)
    monkeypatch.setattr(shutil, "copyfile", None)  # nothing may be copied aside either
    with pytest.raises(error, match=advice) as refused:
        open_database(stored)
    assert type(refused.value) is error
    assert "Filen har inte ändrats" in str(refused.value)
    assert snapshot(stored) == before
    assert sorted(p.name for p in stored.parent.iterdir()) == [stored.name]  # no backups/


def test_a_column_added_that_need_not_be_filled_does_no_harm(stored: Path) -> None:
    altered("ALTER TABLE places ADD COLUMN anteckning TEXT")(stored)
    database = open_database(stored)
    with database.session() as session:
        session.add(Municipality(name="Täby kommun"))
    database.close()


def test_the_same_database_undamaged_opens(stored: Path) -> None:
    """The counterpart of pages-overwritten: the same database, undamaged, opens."""
    database = open_database(stored)
    with database.session() as session:
        assert session.query(Municipality).count() == 1
    database.close()


@contextmanager
def held_exclusively(path: Path) -> Iterator[None]:
    """Another process in the middle of a write: BEGIN EXCLUSIVE and an update, not committed."""
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "c.execute(\"UPDATE municipalities SET name = 'Halvskriven'\")\n"
            "print('held', flush=True)\n"
            "sys.stdin.read()\n"
            "c.execute('ROLLBACK')\n",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    with child:
        assert child.stdout is not None and child.stdout.readline() == "held\n"
        try:
            yield
        finally:
            assert child.stdin is not None
            child.stdin.close()  # the other program rolls back and ends
            assert child.wait(timeout=10) == 0


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_database_another_program_is_writing_is_refused_until_it_is_done(
    stored: Path, journal: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """WAL (the program's own mode) lets readers past another writer: only the write lock
    taken at opening shows it. In rollback-journal mode even reading waits."""
    with closing(sqlite3.connect(stored)) as connection:
        connection.execute(f"PRAGMA journal_mode = {journal}")
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)  # the real wait is 5 s
    with held_exclusively(stored):
        before = snapshot(stored)
        with pytest.raises(DatabaseLockedError, match="används av ett annat program") as refused:
            open_database(stored)
        assert "Stäng det och försök igen" in str(refused.value)
        assert snapshot(stored) == before
    database = open_database(stored)  # the other program is done: it opens, unchanged
    with database.session() as session:
        assert [m.name for m in session.query(Municipality)] == ["Danderyds kommun"]
    database.close()


def test_a_database_that_cannot_be_read_is_refused_with_advice(
    stored: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated: the tests may run as root, whom file permissions do not stop."""
    real_open = Path.open

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        if self == stored:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", denied)

    with pytest.raises(StorageError, match=r"går inte att läsa .*behörighet"):
        open_database(stored)

"""Opening the database: check what the file is, back up and migrate, hand out sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from bfa_desktop.storage.backup import backup_database
from bfa_desktop.storage.engine import create_sqlite_engine
from bfa_desktop.storage.errors import (
    DatabaseLockedError,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
)
from bfa_desktop.storage.files import create_private_file, ensure_private_folder

SQLITE_HEADER = b"SQLite format 3\x00"
# The newest migration's revision; a database at it opens without loading Alembic.
# tests/storage/test_migrations.py holds it equal to Alembic's head.
SCHEMA_REVISION = "0003"


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends normally and rolls back otherwise."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path) -> Database:
    """Open (creating if missing) and upgrade the database at `path`.

    A file that is not ours, is damaged, or was written by a newer version is refused with a
    StorageError and not modified. Before any migration of existing data a backup is taken.
    """
    revision = _inspect(path)
    if revision == SCHEMA_REVISION:
        return _opened(path, migrate_to_head=False)
    from bfa_desktop.storage import migrate  # noqa: PLC0415 - Alembic only when it has work

    if revision is not None and not migrate.is_known_revision(revision):
        raise NewerDatabaseError(
            path,
            f"Databasen {path} har skapats av en nyare version av BFA Desktop "
            f"(schemaversion {revision}). Uppdatera programmet för att öppna den. "
            "Filen har inte ändrats.",
        )
    if not path.exists():
        ensure_private_folder(path.parent)
        create_private_file(path)
    if revision is not None:
        backup_database(path, reason=f"fore-uppgradering-{revision}")
    return _opened(path, migrate_to_head=True)


def _opened(path: Path, *, migrate_to_head: bool) -> Database:
    engine = create_sqlite_engine(path)
    try:
        if migrate_to_head:
            from bfa_desktop.storage import migrate  # noqa: PLC0415

            migrate.upgrade(path)
    except DBAPIError as error:
        engine.dispose()
        raise _environment_error(path, error.orig) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))


def _inspect(path: Path) -> str | None:
    """The schema revision of an existing database, None for a missing or empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise NotADatabaseError(path, f"{path} är en mapp, inte en databasfil.")
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            path,
            f"{path} är ingen BFA Desktop-databas (inte en SQLite-fil). "
            "Välj en annan fil eller återställ en säkerhetskopia. Filen har inte ändrats.",
        )
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise NotADatabaseError(
                    path,
                    f"{path} är en SQLite-databas men inte BFA Desktops. Filen har inte ändrats.",
                )
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise _environment_error(path, error) from error
    return row[0] if row else None


def _environment_error(path: Path, error: BaseException) -> StorageError:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            path,
            f"Databasen {path} används av ett annat program. Stäng det och försök igen.",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return ReadOnlyDatabaseError(
            path,
            f"Databasen {path} går inte att skriva till. Kontrollera behörigheterna "
            "eller välj en annan plats.",
        )
    return NotADatabaseError(
        path,
        f"Databasen {path} är skadad och kan inte öppnas ({error}). "
        "Återställ en säkerhetskopia. Filen har inte ändrats.",
    )

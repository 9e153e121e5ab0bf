"""Restoring a backup: the database becomes exactly what the backup holds, and the state it
replaces is backed up first, so a restore can itself be undone by restoring that backup."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from bfa_desktop.storage.backup import BEFORE_RESTORE, Backup, backup_database
from bfa_desktop.storage.database import SCHEMA_REVISION, inspect_revision
from bfa_desktop.storage.engine import sqlite_uri
from bfa_desktop.storage.errors import NewerDatabaseError, NotADatabaseError, StorageError


def restore_backup(database_path: Path, backup_path: Path) -> Backup:
    """Replace the content of the database at `database_path` with that of `backup_path`
    (upgraded to this version's schema if it is older); returns the backup of the replaced
    state. Nothing may have the database open meanwhile.

    A backup that is not a whole BFA Desktop database of a version this program knows is
    refused before anything is changed.
    """
    revision = _checked_backup(backup_path)
    try:
        safety = backup_database(database_path, BEFORE_RESTORE)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(
            database_path,
            f"Det nuvarande läget kunde inte sparas som säkerhetskopia ({error}), så ingenting "
            "har återställts. Databasen är oförändrad.",
        ) from error
    try:
        with (
            closing(sqlite3.connect(sqlite_uri(backup_path), uri=True)) as source,
            closing(sqlite3.connect(database_path)) as destination,
        ):
            # Out of WAL mode first: into a WAL database SQLite copies only pages of its own
            # size. The engine turns WAL on again at the next connection.
            destination.execute("PRAGMA journal_mode = DELETE")
            source.backup(destination)  # one write transaction: all of it or nothing
    except sqlite3.Error as error:
        raise StorageError(
            database_path,
            f"Säkerhetskopian kunde inte återställas ({error}). Databasen är oförändrad.",
        ) from error
    if revision != SCHEMA_REVISION:
        from bfa_desktop.storage import migrate  # noqa: PLC0415 - Alembic only when it has work

        migrate.upgrade(database_path)
    return safety


def _checked_backup(path: Path) -> str:
    """The backup's schema revision, once it has proved whole and ours."""
    if not path.is_file():
        raise NotADatabaseError(path, f"Säkerhetskopian {path} finns inte.")
    revision = inspect_revision(path)  # refuses what is not ours, damaged or from a newer version
    if revision is None:
        raise NotADatabaseError(path, f"{path} är tom och kan inte återställas.")
    if revision != SCHEMA_REVISION:
        from bfa_desktop.storage import migrate  # noqa: PLC0415

        if not migrate.is_known_revision(revision):
            raise NewerDatabaseError(
                path,
                f"Säkerhetskopian {path} har skapats av en nyare version av BFA Desktop "
                f"(schemaversion {revision}). Uppdatera programmet för att återställa den.",
            )
    try:
        with closing(sqlite3.connect(sqlite_uri(path), uri=True)) as connection:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as error:
        verdict = (str(error),)
    if verdict != ("ok",):
        raise NotADatabaseError(
            path,
            f"Säkerhetskopian {path} är skadad och kan inte återställas. Välj en annan.",
        )
    return revision

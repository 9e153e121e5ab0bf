"""Restoring a backup: the database becomes exactly what the backup holds, and the state it
replaces is backed up first, so a restore can itself be undone by restoring that backup.

A backup is only read, as immutable: a read-only connection to a database in WAL mode would
otherwise leave -wal and -shm files beside it, which it cannot remove."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from bfa_desktop.storage.backup import (
    BEFORE_RESTORE,
    Backup,
    backup_database,
    copy_database,
    keep_copy,
)
from bfa_desktop.storage.database import SCHEMA_REVISION, inspect_revision, pending_changes
from bfa_desktop.storage.engine import sqlite_uri
from bfa_desktop.storage.errors import NewerDatabaseError, NotADatabaseError, StorageError
from bfa_desktop.storage.files import create_private_file


def restore_backup(database_path: Path, backup_path: Path) -> Backup | None:
    """Replace the database at `database_path` with the content of `backup_path` (upgraded to
    this version's schema if it is older); returns the backup of the replaced state, None when
    there was no database. Nothing may have the database open meanwhile.

    A backup that is not a whole BFA Desktop database of a version this program knows is
    refused before anything is changed. A database that is damaged can be restored over: it is
    kept byte for byte among the backups first.
    """
    revision = checked_backup(backup_path)
    replaced = _keep_present_state(database_path)
    restored = database_path.with_name(f".{database_path.name}.restoring")
    restored.unlink(missing_ok=True)  # left by a restore that was interrupted
    create_private_file(restored)
    try:
        copy_database(backup_path, restored, immutable=True)
        if revision != SCHEMA_REVISION:
            from bfa_desktop.storage import migrate  # noqa: PLC0415 - Alembic only when needed

            migrate.upgrade(restored)
        # The log and index files beside the database belong to the state being replaced,
        # which the backup above holds; beside the restored file they would be misread.
        for suffix in ("-wal", "-shm", "-journal"):
            database_path.with_name(database_path.name + suffix).unlink(missing_ok=True)
        restored.replace(database_path)  # the old file or the new one, never half of one
    except (OSError, sqlite3.Error) as error:
        restored.unlink(missing_ok=True)
        raise StorageError(
            database_path,
            f"Säkerhetskopian kunde inte återställas ({error}). Databasen är oförändrad.",
        ) from error
    except BaseException:
        restored.unlink(missing_ok=True)
        raise
    return replaced


def _keep_present_state(database_path: Path) -> Backup | None:
    """A backup of the database about to be replaced: a consistent copy when it is whole, the
    file byte for byte when it is damaged (a copy through SQLite would not be the same)."""
    if not database_path.is_file() or database_path.stat().st_size == 0:
        return None
    try:
        if _is_whole(database_path):
            return backup_database(database_path, BEFORE_RESTORE)
        return keep_copy(database_path, BEFORE_RESTORE)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(
            database_path,
            f"Det nuvarande läget kunde inte sparas som säkerhetskopia ({error}), så ingenting "
            "har återställts. Databasen är oförändrad.",
        ) from error


def _is_whole(path: Path, *, thorough: bool = False, immutable: bool = False) -> bool:
    check = "integrity_check" if thorough else "quick_check"
    try:
        uri = sqlite_uri(path, immutable=immutable)
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            return connection.execute(f"PRAGMA {check}(1)").fetchone() == ("ok",)
    except sqlite3.DatabaseError:
        return False


def checked_backup(path: Path) -> str:
    """The backup's schema revision, once it has proved whole, ours and of a version this
    program knows; a StorageError that says why otherwise."""
    if not path.is_file():
        raise NotADatabaseError(path, f"Säkerhetskopian {path} finns inte.")
    pending = pending_changes(path)
    if pending is not None:  # they can only be read by creating files beside it
        raise NotADatabaseError(
            path,
            f"Säkerhetskopian {path} har ändringar i filen {pending.name} som inte har förts "
            "in i den, så den kan inte återställas som den är. Öppna den en gång med BFA "
            f"Desktop (bfa-desktop --database {path} summary), så förs de in, och återställ "
            "den sedan.",
        )
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
    if not _is_whole(path, thorough=True, immutable=True):
        raise NotADatabaseError(
            path,
            f"Säkerhetskopian {path} är skadad och kan inte återställas. Välj en annan.",
        )
    return revision

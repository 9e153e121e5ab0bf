"""Storage failures that are the environment's fault, each with a message that says what to do.

Anything else raised from storage is a bug and is reported as such by the caller."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path


class StorageError(Exception):
    """A database problem the user can act on. `str()` is the Swedish message for them."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class NotADatabaseError(StorageError):
    """The file is not a BFA Desktop database: not SQLite, damaged, or someone else's."""


class DamagedDatabaseError(NotADatabaseError):
    """A SQLite database of ours whose content is damaged; a backup is the way back."""


class SchemaMismatchError(DamagedDatabaseError):
    """A database of ours whose tables or columns are not what its schema revision says, such
    as a table dropped by another program; a backup is the way back."""


class NewerDatabaseError(StorageError):
    """Written by a newer version of BFA Desktop; left untouched."""


class DatabaseLockedError(StorageError):
    """Another program holds the database."""


class DatabaseInUseError(DatabaseLockedError):
    """A BFA Desktop window, or a command that changes the database, holds its lock."""


class ReadOnlyDatabaseError(StorageError):
    """The file or its folder cannot be written, or the database was opened read-only."""


class UnwritableDatabaseError(ReadOnlyDatabaseError):
    """An existing database that cannot be written: it can still be opened read-only."""


class DiskFullError(StorageError):
    """The disk the database is on is full."""


class DiskIOError(StorageError):
    """The disk (or network drive) failed to read or write."""


class MigrationError(StorageError):
    """Upgrading the database failed; it was rolled back and a backup exists."""


UNCHANGED = "Filen har inte ändrats."
NOT_SAVED = "Ändringen sparades inte; det som sparats tidigare finns kvar."


def sqlite_failure(
    path: Path, error: BaseException, *, opening: bool, read_only: bool = False
) -> StorageError | None:
    """The StorageError for a SQLite error the user can act on, None for any other error.

    `opening`: the database was being opened (nothing was changed), else an edit was being
    saved (it was rolled back). `read_only`: the database was opened read-only on purpose.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF  # extended codes carry the primary one in their low byte
    if primary == sqlite3.SQLITE_READONLY and read_only:
        return ReadOnlyDatabaseError(
            path,
            "Databasen är öppnad skrivskyddad, så ändringen sparades inte. Kopiera databasen "
            "till en mapp där du kan skriva och öppna den där för att kunna ändra.",
        )
    failure = _FAILURES.get(primary)
    return failure(path, opening=opening) if failure else None


def _then(opening: bool) -> str:
    return "försök igen. " + UNCHANGED if opening else "gör ändringen igen. " + NOT_SAVED


def locked(path: Path, *, opening: bool) -> DatabaseLockedError:
    return DatabaseLockedError(
        path,
        f"Databasen {path} används av ett annat program (ett annat BFA Desktop-fönster eller "
        "ett kommando som körs). Stäng det och " + _then(opening),
    )


def disk_full(path: Path, *, opening: bool) -> DiskFullError:
    return DiskFullError(
        path,
        f"Disken där databasen ligger ({path.parent}) är full. Frigör utrymme och "
        + _then(opening),
    )


def disk_io(path: Path, *, opening: bool) -> DiskIOError:
    return DiskIOError(
        path,
        f"Databasen {path} kunde inte läsas eller skrivas (fel på disken eller "
        "nätverksenheten). Kontrollera att den är ansluten och " + _then(opening),
    )


OPEN_READ_ONLY = "öppna den skrivskyddad för att läsa och exportera"


def unwritable(
    path: Path, *, opening: bool, read_only_advice: str = OPEN_READ_ONLY
) -> ReadOnlyDatabaseError:
    """`read_only_advice`: how to open it read-only where the database is being opened."""
    if opening:
        return UnwritableDatabaseError(
            path,
            f"Databasen {path} går inte att skriva till (platsen är skrivskyddad eller du "
            f"saknar behörighet). Kopiera den till en mapp där du kan skriva, eller "
            f"{read_only_advice}. " + UNCHANGED,
        )
    return ReadOnlyDatabaseError(
        path,
        f"Databasen {path} går inte längre att skriva till. Kontrollera att disken är "
        "ansluten och att du har behörighet, och gör ändringen igen. " + NOT_SAVED,
    )


def damaged(path: Path, *, opening: bool) -> DamagedDatabaseError:
    if opening:
        message = f"Databasen {path} är skadad och kan inte öppnas. Återställ en säkerhetskopia. "
        return DamagedDatabaseError(path, message + UNCHANGED)
    message = f"Databasen {path} är skadad. Avsluta programmet och återställ en säkerhetskopia. "
    return DamagedDatabaseError(path, message + NOT_SAVED)


SHOWN_SCHEMA_PROBLEMS = 5


def schema_mismatch(path: Path, revision: str, problems: list[str]) -> SchemaMismatchError:
    shown = ", ".join(problems[:SHOWN_SCHEMA_PROBLEMS])
    more = len(problems) - SHOWN_SCHEMA_PROBLEMS
    if more > 0:
        shown += f" och {more} till"
    return SchemaMismatchError(
        path,
        f"Databasen {path} stämmer inte med sin schemaversion {revision} ({shown}), så BFA "
        "Desktop kan inte använda den. Den har troligen ändrats med ett annat program. "
        "Återställ en säkerhetskopia. " + UNCHANGED,
    )


_FAILURES: dict[int, Callable[..., StorageError]] = {
    sqlite3.SQLITE_BUSY: locked,
    sqlite3.SQLITE_LOCKED: locked,
    sqlite3.SQLITE_READONLY: unwritable,
    sqlite3.SQLITE_CANTOPEN: unwritable,
    sqlite3.SQLITE_FULL: disk_full,
    sqlite3.SQLITE_IOERR: disk_io,
    sqlite3.SQLITE_CORRUPT: damaged,
    sqlite3.SQLITE_NOTADB: damaged,
}

"""Storage failures that are the environment's fault, each with a message that says what to do.

Anything else raised from storage is a bug and is reported as such by the caller."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """A database problem the user can act on. `str()` is the Swedish message for them."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class NotADatabaseError(StorageError):
    """The file is not a BFA Desktop database: not SQLite, damaged, or someone else's."""


class NewerDatabaseError(StorageError):
    """Written by a newer version of BFA Desktop; left untouched."""


class DatabaseLockedError(StorageError):
    """Another program holds the database."""


class ReadOnlyDatabaseError(StorageError):
    """The file or its folder cannot be written."""


class MigrationError(StorageError):
    """Upgrading the database failed; it was rolled back and a backup exists."""

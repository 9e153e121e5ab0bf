"""Online backups with SQLite's backup API (a plain file copy can miss what is in the WAL)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from bfa_desktop.storage.files import create_private_file, ensure_private_folder
from bfa_desktop.storage.location import backup_folder

KEEP_PER_REASON = 5


def backup_database(database_path: Path, reason: str, keep: int = KEEP_PER_REASON) -> Path:
    """Copy the database consistently into its backup folder; keep the newest `keep` per reason."""
    folder = ensure_private_folder(backup_folder(database_path))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database_path.stem}-{stamp}-{reason}.sqlite3"
    create_private_file(target)
    with (
        closing(sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)) as source,
        closing(sqlite3.connect(target)) as destination,
    ):
        source.backup(destination)
    _prune(folder, database_path.stem, reason, keep)
    return target


def list_backups(database_path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backup_folder(database_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{database_path.stem}-*.sqlite3"), reverse=True)


def _prune(folder: Path, stem: str, reason: str, keep: int) -> None:
    backups = sorted(folder.glob(f"{stem}-*-{reason}.sqlite3"), reverse=True)
    for old in backups[keep:]:
        old.unlink(missing_ok=True)

"""Backups: consistent copies made with SQLite's backup API (a plain file copy can miss what is
still in the write-ahead log), named by when and why they were taken, kept under a count and a
size limit.

A backup is taken at most once a day while the program is in use, and before every migration,
import and restore. They live in the `backups` folder beside the database, readable by the user
only, as `<database>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite3`.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from bfa_desktop.storage.engine import sqlite_uri
from bfa_desktop.storage.files import create_private_file, ensure_private_folder
from bfa_desktop.storage.location import backup_folder

DAILY = "dagligen"
MANUAL = "manuell"
BEFORE_IMPORT = "fore-import"
BEFORE_RESTORE = "fore-aterstallning"
BEFORE_UPGRADE = "fore-uppgradering"  # followed by the revision upgraded from

# How many of each kind are kept, newest first; all together at most MAX_BACKUPS files and
# MAX_TOTAL_BYTES (the newest backup is kept whatever its size).
KEPT_PER_KIND = {DAILY: 14, MANUAL: 10, BEFORE_IMPORT: 5, BEFORE_RESTORE: 5, BEFORE_UPGRADE: 5}
MAX_BACKUPS = 40
MAX_TOTAL_BYTES = 2 * 1024**3

_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL_SECONDS = 24 * 60 * 60  # surely not still being written


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str  # e.g. "dagligen" or "fore-uppgradering-0002"

    @property
    def kind(self) -> str:
        """The reason without the revision an upgrade started from."""
        return BEFORE_UPGRADE if self.reason.startswith(BEFORE_UPGRADE) else self.reason

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_database(database_path: Path, reason: str) -> Backup:
    """Copy the database consistently into its backup folder, then drop what is over the
    limits."""
    return _written(database_path, reason, lambda target: copy_database(database_path, target))


def copy_database(source: Path, target: Path, *, immutable: bool = False) -> None:
    """Copy the database at `source` into the empty file `target` with SQLite's backup API:
    one consistent state, even while another connection writes. `immutable`: for a file
    nothing writes, such as a backup; it is read leaving nothing beside it."""
    with (
        closing(sqlite3.connect(sqlite_uri(source, immutable=immutable), uri=True)) as reading,
        closing(sqlite3.connect(target)) as writing,
    ):
        reading.backup(writing)


def keep_copy(database_path: Path, reason: str) -> Backup:
    """Keep the file exactly as it is among the backups: for a database too damaged to be read,
    which only a plain copy can keep."""

    def copy(target: Path) -> None:
        with database_path.open("rb") as source, target.open("wb") as copied:
            shutil.copyfileobj(source, copied)
            copied.flush()
            os.fsync(copied.fileno())

    return _written(database_path, reason, copy)


def _written(database_path: Path, reason: str, write: Callable[[Path], None]) -> Backup:
    """A backup named by the time and `reason`, written by `write` into an owner-only partial
    file and only then given its name: a backup cut off by a crash never looks like a whole
    one."""
    folder = ensure_private_folder(backup_folder(database_path))
    taken = datetime.now()
    backup = Backup(
        folder / f"{database_path.stem}-{taken.strftime(_STAMP_FORMAT)}-{reason}.sqlite3",
        taken,
        reason,
    )
    partial = folder / f".{backup.path.name}{PARTIAL_SUFFIX}"
    create_private_file(partial)
    try:
        write(partial)
        partial.replace(backup.path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    prune(database_path)
    return backup


def backup_if_due(database_path: Path, today: date | None = None) -> Backup | None:
    """The day's backup, unless one was already taken today."""
    today = today or date.today()
    if any(b.kind == DAILY and b.taken.date() == today for b in list_backups(database_path)):
        return None
    return backup_database(database_path, DAILY)


def list_backups(database_path: Path) -> list[Backup]:
    """Backups of this database, newest first."""
    folder = backup_folder(database_path)
    if not folder.is_dir():
        return []
    pattern = re.compile(
        rf"{re.escape(database_path.stem)}-(\d{{8}}-\d{{6}}-\d{{6}})-([a-z0-9-]+)\.sqlite3"
    )
    backups = []
    for path in folder.glob(f"{database_path.stem}-*.sqlite3"):
        match = pattern.fullmatch(path.name)
        if match and path.is_file():
            taken = datetime.strptime(match[1], _STAMP_FORMAT)
            backups.append(Backup(path, taken, match[2]))
    return sorted(backups, key=lambda backup: backup.taken, reverse=True)


def prune(database_path: Path) -> None:
    """Delete the oldest backups that are over the limits for their kind, in number or in
    size; the newest backup always stays. Partial files a crash left behind go too."""
    stale = datetime.now().timestamp() - STALE_PARTIAL_SECONDS
    for partial in backup_folder(database_path).glob(f".{database_path.stem}-*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):  # another program's backup may just have finished
            if partial.stat().st_mtime < stale:
                partial.unlink()
    kept_per_kind: dict[str, int] = {}
    kept, total = 0, 0
    for backup in list_backups(database_path):
        size = backup.size
        kind_count = kept_per_kind.get(backup.kind, 0)
        within = (
            kind_count < KEPT_PER_KIND.get(backup.kind, KEPT_PER_KIND[MANUAL])
            and kept < MAX_BACKUPS
            and total + size <= MAX_TOTAL_BYTES
        )
        if within or kept == 0:
            kept_per_kind[backup.kind] = kind_count + 1
            kept, total = kept + 1, total + size
        else:
            backup.path.unlink(missing_ok=True)

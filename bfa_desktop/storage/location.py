"""Where the database lives: `--database`, else $BFA_DESKTOP_DATABASE, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from bfa_desktop import APP_NAME

DATABASE_ENV = "BFA_DESKTOP_DATABASE"
DATABASE_FILENAME = "bfa-desktop.sqlite3"


def default_database_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / DATABASE_FILENAME


def resolve_database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(DATABASE_ENV)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return default_database_path()


def backup_folder(database_path: Path) -> Path:
    return database_path.parent / "backups"

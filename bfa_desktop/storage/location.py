"""Where the database lives: `--database`, else $BFA_DESKTOP_DATABASE, else the database folder
of the machine settings (policy, then machine configuration), else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from bfa_desktop import APP_NAME
from bfa_desktop.machine_settings import DATABASE_FOLDER, MachineSettings, load_machine_settings

DATABASE_ENV = "BFA_DESKTOP_DATABASE"
DATABASE_FILENAME = "bfa-desktop.sqlite3"


def default_database_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / DATABASE_FILENAME


def resolve_database_path(
    explicit: str | os.PathLike[str] | None = None, machine: MachineSettings | None = None
) -> Path:
    """`machine` defaults to this computer's machine settings."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(DATABASE_ENV)
    if from_env:
        return Path(from_env).expanduser().absolute()
    folder = (machine or load_machine_settings()).get(DATABASE_FOLDER)
    if folder:
        return Path(folder) / DATABASE_FILENAME
    return default_database_path()


def backup_folder(database_path: Path) -> Path:
    return database_path.parent / "backups"


def instance_lock_path(database_path: Path) -> Path:
    """The lock file the window holds while it has the database open."""
    return database_path.with_name(database_path.name + ".lock")

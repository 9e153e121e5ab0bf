"""Everything the program writes for the user – the database with SQLite's files beside it,
backups, settings, the activity log and crash logs – is readable by the user only, even under a
umask that would let everyone read new files."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bfa_desktop import model
from bfa_desktop.cli import main
from bfa_desktop.crash import CrashHandler
from bfa_desktop.settings import UI_LANGUAGE, UserSettings
from bfa_desktop.storage.database import open_database
from bfa_desktop.storage.location import default_database_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)
    yield
    os.umask(previous)


def modes(folder: Path) -> dict[str, int]:
    return {
        str(path.relative_to(folder)): stat.S_IMODE(path.stat().st_mode)
        for path in sorted(folder.rglob("*"))
    }


@pytest.mark.usefixtures("open_umask")
def test_every_file_the_program_writes_for_the_user_is_theirs_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert main(["demo"]) == 0
    assert main(["summary"]) == 0  # the day's backup
    assert main(["backup"]) == 0
    UserSettings().set(UI_LANGUAGE, "en")
    logging.getLogger("bfa_desktop.test").warning("en rad i loggen")
    try:
        raise RuntimeError("ett fel")
    except RuntimeError as error:
        CrashHandler().handle(RuntimeError, error, error.__traceback__)
    database = open_database(default_database_path())  # SQLite's -wal and -shm while open
    with database.session() as session:
        session.query(model.Municipality).one().name = "Ändrad kommun"

    written = modes(home)
    database.close()

    files = {name: mode for name, mode in written.items() if not (home / name).is_dir()}
    folders = {name: mode for name, mode in written.items() if (home / name).is_dir()}
    kinds = {Path(name).suffix for name in files} | {Path(name).name[-4:] for name in files}
    assert {".sqlite3", ".json", ".log", "-wal", "-shm"} <= kinds, files
    assert any("/backups/" in name for name in files)
    assert {name: mode for name, mode in files.items() if mode != 0o600} == {}
    # The folders the program made itself; the ones above them (the user's own) are not ours.
    ours = {name: mode for name, mode in folders.items() if "bfa-desktop" in name}
    assert ours
    assert {name: mode for name, mode in ours.items() if mode != 0o700} == {}

"""Every verb that changes the database is refused with exit code 7 while a window holds it,
and changes nothing; the lock is held by a real second process, taken as the window takes it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bfa_desktop.cli import ExitCode, main
from bfa_desktop.crash import NO_DIALOGS_ENV
from bfa_desktop.storage import backup as backups
from bfa_desktop.storage.backup import list_backups
from bfa_desktop.storage.database import open_database
from tests.helpers import database_fingerprint

# As bfa_desktop.ui.application.run_window takes it.
HOLD_AS_THE_WINDOW = """
import sys
from PySide6.QtCore import QLockFile
from bfa_desktop.storage.location import instance_lock_path
from pathlib import Path
lock = QLockFile(str(instance_lock_path(Path(sys.argv[1]))))
lock.setStaleLockTime(0)
assert lock.tryLock(200)
print("held", flush=True)
sys.stdin.read()
lock.unlock()
"""


@contextmanager
def window_open_on(path: Path) -> Iterator[None]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_AS_THE_WINDOW, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    with child:
        assert child.stdout is not None and child.stdout.readline() == "held\n"
        try:
            yield
        finally:
            assert child.stdin is not None
            child.stdin.close()
            assert child.wait(timeout=10) == 0


def run(db: Path, *args: str) -> int:
    return main(["--database", str(db), *args])


def fingerprint(path: Path) -> dict[str, list[tuple[object, ...]]]:
    database = open_database(path, read_only=True)
    try:
        return database_fingerprint(database.engine)
    finally:
        database.close()


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """--demo goes on to the window when it is not refused: no message box may stop it."""
    monkeypatch.setenv(NO_DIALOGS_ENV, "1")


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    path = tmp_path / "tom.sqlite3"
    assert run(path, "summary") == ExitCode.OK
    return path


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert run(path, "demo") == ExitCode.OK
    assert run(path, "export-json", "-o", str(tmp_path / "kommun.json")) == ExitCode.OK
    assert run(path, "backup") == ExitCode.OK
    return path


WRITING = {
    "demo": ("empty", ["demo"]),
    "--demo": ("empty", ["--demo"]),
    "import-json": ("demo", ["import-json", "--replace", "{folder}/kommun.json"]),
    "restore": ("demo", ["restore", "1"]),
}


@pytest.mark.parametrize("name", WRITING)
def test_a_writing_verb_is_refused_with_7_while_a_window_holds_the_database(
    name: str, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    fixture, args = WRITING[name]
    db: Path = request.getfixturevalue(fixture)
    before = fingerprint(db)
    capsys.readouterr()

    with window_open_on(db):
        code = run(db, *[arg.format(folder=db.parent) for arg in args])

    assert code == ExitCode.ALREADY_OPEN
    err = capsys.readouterr().err
    assert f"BFA Desktop har databasen {db} öppen: ett programfönster" in err
    assert "Ingenting har ändrats" in err
    assert fingerprint(db) == before
    assert not {backups.BEFORE_IMPORT, backups.BEFORE_RESTORE} & {b.kind for b in list_backups(db)}


@pytest.mark.parametrize("name", ["demo", "import-json", "restore"])  # --demo opens a window
def test_once_the_window_is_closed_the_verb_runs(name: str, request: pytest.FixtureRequest) -> None:
    fixture, args = WRITING[name]
    db: Path = request.getfixturevalue(fixture)
    with window_open_on(db):
        pass
    assert run(db, *[arg.format(folder=db.parent) for arg in args]) == ExitCode.OK


def test_reading_and_backing_up_go_on_while_a_window_is_open(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup changes nothing the window shows; the window takes them itself while open."""
    with window_open_on(demo):
        assert run(demo, "summary") == ExitCode.OK
        assert run(demo, "export-json", "-o", str(tmp_path / "igen.json")) == ExitCode.OK
        assert run(demo, "backup") == ExitCode.OK
    assert "Danderyds kommun" in capsys.readouterr().out

"""Backups on the command line: `backup`, `restore` (list, by number, by path), the day's backup
on first use, a backup before every import, and no restore under an open window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from bfa_desktop.cli import ExitCode, main
from bfa_desktop.storage import backup as backups
from bfa_desktop.storage.backup import list_backups
from bfa_desktop.storage.database import open_database
from bfa_desktop.storage.location import instance_lock_path
from tests.helpers import database_fingerprint


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    assert main(["--database", str(path), "demo"]) == ExitCode.OK
    return path


def run(db: Path, *args: str) -> int:
    return main(["--database", str(db), *args])


def fingerprint(path: Path) -> dict[str, list[tuple[object, ...]]]:
    database = open_database(path)
    try:
        return database_fingerprint(database.engine)
    finally:
        database.close()


def rename(db: Path, name: str) -> None:
    database = open_database(db)
    with database.session() as session:
        from bfa_desktop import model

        session.query(model.Municipality).one().name = name
    database.close()


def test_a_new_database_gets_no_backup_and_the_next_use_that_day_gets_one(db: Path) -> None:
    assert list_backups(db) == []  # `demo` created it: nothing to back up

    assert run(db, "summary") == ExitCode.OK
    assert run(db, "summary") == ExitCode.OK

    assert [b.kind for b in list_backups(db)] == [backups.DAILY]


def test_backup_takes_one_now(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "backup") == ExitCode.OK

    manual = [b for b in list_backups(db) if b.kind == backups.MANUAL]
    assert len(manual) == 1
    assert list_backups(db) == manual  # the one asked for, not the day's besides
    assert str(manual[0].path) in capsys.readouterr().out


def test_restore_without_a_choice_lists_the_backups(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(db, "summary")  # the day's backup
    run(db, "backup")
    capsys.readouterr()

    assert run(db, "restore") == ExitCode.OK

    out = capsys.readouterr().out
    assert "   1  " in out
    assert "sparad på begäran" in out
    assert "dagens första användning" in out
    assert "bfa-desktop restore NUMMER" in out


def test_restore_by_number_brings_the_backup_back_and_can_be_undone(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(db, "backup")
    backed_up = fingerprint(db)
    rename(db, "Efteråt kommun")
    changed = fingerprint(db)

    assert run(db, "restore", "1") == ExitCode.OK
    assert fingerprint(db) == backed_up
    assert "ångra" in capsys.readouterr().out

    # The state the restore replaced is now the newest backup: restoring it undoes the restore.
    assert list_backups(db)[0].kind == backups.BEFORE_RESTORE
    assert run(db, "restore", "1") == ExitCode.OK
    assert fingerprint(db) == changed


def test_restore_leaves_the_backups_folder_as_it_was_but_for_the_state_it_replaced(
    db: Path,
) -> None:
    run(db, "backup")
    folder = list_backups(db)[0].path.parent
    before = sorted(p.name for p in folder.iterdir())

    assert run(db, "restore", "1") == ExitCode.OK

    replaced = [b.path.name for b in list_backups(db) if b.kind == backups.BEFORE_RESTORE]
    assert sorted(p.name for p in folder.iterdir()) == sorted([*before, *replaced])


def test_restore_by_path(db: Path, tmp_path: Path) -> None:
    run(db, "backup")
    elsewhere = tmp_path / "kopia.sqlite3"
    elsewhere.write_bytes(list_backups(db)[0].path.read_bytes())
    backed_up = fingerprint(db)
    rename(db, "Efteråt kommun")

    assert run(db, "restore", str(elsewhere)) == ExitCode.OK

    assert fingerprint(db) == backed_up


@pytest.mark.parametrize("choice", ["0", "99"])
def test_a_number_not_in_the_list_is_refused(
    db: Path, choice: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(db)

    assert run(db, "restore", choice) == ExitCode.NOT_FOUND

    assert f"ingen säkerhetskopia nummer {choice}" in capsys.readouterr().err
    assert fingerprint(db) == before


def test_a_file_that_is_not_a_backup_is_refused(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = tmp_path / "evil.sqlite3"
    hostile.write_bytes(b"\x00" * 10_000)
    before = fingerprint(db)

    assert run(db, "restore", str(hostile)) == ExitCode.DATABASE

    assert "ingen BFA Desktop-databas" in capsys.readouterr().err
    assert fingerprint(db) == before


def test_no_restore_while_the_window_has_the_database_open(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(db, "backup")
    rename(db, "Efteråt kommun")
    before = fingerprint(db)
    window_lock = QLockFile(str(instance_lock_path(db)))
    assert window_lock.tryLock(0)
    try:
        assert run(db, "restore", "1") == ExitCode.ALREADY_OPEN
    finally:
        window_lock.unlock()

    assert "Stäng fönstret" in capsys.readouterr().err
    assert fingerprint(db) == before


def test_an_import_is_preceded_by_a_backup(db: Path, tmp_path: Path) -> None:
    exported = tmp_path / "kommun.json"
    assert run(db, "export-json", "-o", str(exported)) == ExitCode.OK
    before_import = fingerprint(db)

    assert run(db, "import-json", "--replace", str(exported)) == ExitCode.OK

    before = [b for b in list_backups(db) if b.kind == backups.BEFORE_IMPORT]
    assert len(before) == 1
    assert fingerprint(before[0].path) == before_import


def test_a_days_backup_that_cannot_be_written_is_a_warning_not_a_failure(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("bfa_desktop.verbs.backup_if_due", full)

    assert run(db, "summary") == ExitCode.OK

    captured = capsys.readouterr()
    assert "Danderyds kommun" in captured.out
    assert "dagens säkerhetskopia kunde inte sparas" in captured.err

"""A database whose tables are not what its schema revision says, at the window's start: refused
like a damaged one (exit 3, the file as it was, no backup taken of it), and restored from the
newest backup that fits if the user says so."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bfa_desktop.crash import NO_DIALOGS_ENV
from bfa_desktop.settings import UserSettings
from bfa_desktop.storage import backup as backups
from bfa_desktop.storage.backup import backup_database, list_backups
from bfa_desktop.ui.application import EXIT_DATABASE
from tests.storage.test_unusable_database import snapshot
from tests.ui.driving import run_window_with
from tests.ui.test_backups_window import answer_message_box


def drop_a_table(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("DROP TABLE promise_places")
        connection.commit()


@pytest.fixture
def altered(database_path: Path, demo_template: Path) -> Path:
    database_path.parent.mkdir(parents=True)
    shutil.copyfile(demo_template, database_path)
    return database_path


def test_it_ends_with_3_and_leaves_the_file_and_its_folder_as_they_were(
    qtbot: QtBot, altered: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    drop_a_table(altered)
    before = snapshot(altered)

    started = run_window_with(altered, UserSettings(tmp_path / "s.json"), guard_ms=10_000)

    assert started == EXIT_DATABASE == 3
    assert snapshot(altered) == before
    assert sorted(p.name for p in altered.parent.iterdir()) == [altered.name]  # no backups/
    error = capfd.readouterr().err
    assert "tabellen promise_places saknas" in error
    assert "Återställ en säkerhetskopia" in error


def test_the_newest_backup_that_fits_is_offered_and_restored(
    qtbot: QtBot, altered: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup_database(altered, backups.DAILY)  # whole
    drop_a_table(altered)
    backup_database(altered, backups.MANUAL)  # newer, but without the table
    monkeypatch.delenv(NO_DIALOGS_ENV)
    seen: list[str] = []
    titles: list[str] = []
    answer_message_box(qtbot, "Restore the backup", seen)

    started = run_window_with(
        altered, UserSettings(tmp_path / "s.json"), lambda w: titles.append(w.windowTitle())
    )

    assert started == 0
    assert "tabellen promise_places saknas" in seen[0]
    assert titles == ["Danderyds kommun – 2021–2022 – BFA Desktop"]
    with closing(sqlite3.connect(altered)) as connection:
        assert connection.execute("SELECT COUNT(*) FROM promise_places").fetchone()[0] > 0
    assert [b.kind for b in list_backups(altered)].count(backups.BEFORE_RESTORE) == 1

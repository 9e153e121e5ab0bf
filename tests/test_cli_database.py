"""The command line on databases it must not change: one whose tables are not what its schema
revision says."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bfa_desktop.cli import ExitCode, main
from bfa_desktop.storage.backup import list_backups
from bfa_desktop.storage.database import SCHEMA_REVISION
from tests.storage.test_unusable_database import snapshot


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "cli.sqlite3"
    assert main(["--database", str(path), "demo"]) == ExitCode.OK
    return path


def run(db: Path, *args: str) -> int:
    return main(["--database", str(db), *args])


def drop_table(path: Path, table: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"DROP TABLE {table}")
        connection.commit()


@pytest.mark.parametrize(
    "verb",
    [["summary"], ["export-json", "-o", "ut.json"], ["export", "-o", "."], ["demo"], ["backup"]],
    ids=lambda verb: verb[0],
)
def test_a_table_dropped_by_hand_is_refused_with_3_and_nothing_is_written(
    db: Path,
    verb: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drop_table(db, "promise_places")
    before = snapshot(db)
    monkeypatch.chdir(tmp_path)

    assert run(db, *verb) == ExitCode.DATABASE

    err = capsys.readouterr().err
    assert (
        f"stämmer inte med sin schemaversion {SCHEMA_REVISION} (tabellen promise_places saknas)"
    ) in err
    assert "Återställ en säkerhetskopia" in err
    assert "oväntat fel" not in err
    assert snapshot(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]  # no day's backup
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # no output either


def test_restoring_a_backup_is_the_way_back(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "backup") == ExitCode.OK
    drop_table(db, "promise_places")

    assert run(db, "restore", "1") == ExitCode.OK

    capsys.readouterr()
    assert run(db, "summary") == ExitCode.OK
    assert "Danderyds kommun" in capsys.readouterr().out
    assert len(list_backups(db)) == 3  # the one restored, the broken state, today's

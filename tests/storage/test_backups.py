"""Backups and restore: consistent copies, one a day, rotation under count and size limits, and
a restore that brings back exactly the backed-up data and can itself be undone."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine

from bfa_desktop import model
from bfa_desktop.storage import backup as backups
from bfa_desktop.storage.backup import (
    Backup,
    backup_database,
    backup_if_due,
    list_backups,
)
from bfa_desktop.storage.database import Database, open_database
from bfa_desktop.storage.errors import NewerDatabaseError, NotADatabaseError, StorageError
from bfa_desktop.storage.restore import checked_backup, restore_backup
from tests.helpers import database_fingerprint


def fingerprint(path: Path) -> dict[str, list[tuple[object, ...]]]:
    engine: Engine = create_engine(f"sqlite:///{path}")
    try:
        return database_fingerprint(engine)
    finally:
        engine.dispose()


def rename_municipality(database: Database, name: str) -> None:
    with database.session() as session:
        session.query(model.Municipality).one().name = name


@pytest.fixture
def demo(demo_database: Database) -> Database:
    return demo_database


# --- taking backups ----------------------------------------------------------------------------


def test_a_backup_holds_what_was_committed_even_while_it_is_only_in_the_log(
    demo: Database,
) -> None:
    rename_municipality(demo, "Säkerhetsby kommun")  # the database is open: this is in the WAL

    taken = backup_database(demo.path, backups.MANUAL)

    assert fingerprint(taken.path) == database_fingerprint(demo.engine)
    with closing(sqlite3.connect(taken.path)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_backups_are_listed_newest_first_with_when_and_why(demo: Database) -> None:
    first = backup_database(demo.path, backups.MANUAL)
    second = backup_database(demo.path, backups.BEFORE_IMPORT)
    (first.path.parent / "notes.txt").write_text("not a backup")
    (first.path.parent / "other-20260101-000000-000000-manuell.sqlite3").touch()

    listed = list_backups(demo.path)

    assert listed == [second, first]
    assert [b.kind for b in listed] == [backups.BEFORE_IMPORT, backups.MANUAL]
    assert listed[0].taken >= listed[1].taken


def test_an_upgrade_backup_is_of_its_kind_whatever_revision_it_started_from() -> None:
    backup = Backup(Path("x.sqlite3"), date.today(), "fore-uppgradering-0002")  # type: ignore[arg-type]
    assert backup.kind == backups.BEFORE_UPGRADE


def test_the_days_backup_is_taken_once_a_day(demo: Database) -> None:
    today = date.today()

    assert backup_if_due(demo.path, today) is not None
    assert backup_if_due(demo.path, today) is None  # the second use that day
    assert backup_if_due(demo.path, today + timedelta(days=1)) is not None

    assert [b.kind for b in list_backups(demo.path)] == [backups.DAILY, backups.DAILY]


def test_a_backup_that_cannot_be_finished_leaves_no_file(tmp_path: Path) -> None:
    unreadable = tmp_path / "bfa.sqlite3"
    unreadable.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)

    with pytest.raises(sqlite3.DatabaseError):
        backup_database(unreadable, backups.MANUAL)

    assert list(backups.backup_folder(unreadable).iterdir()) == []


@pytest.mark.skipif(not hasattr(stat, "S_IMODE"), reason="POSIX permissions")
def test_backups_are_readable_by_the_owner_only(demo: Database) -> None:
    taken = backup_database(demo.path, backups.DAILY)
    assert stat.S_IMODE(taken.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(taken.path.parent.stat().st_mode) == 0o700


# --- limits ------------------------------------------------------------------------------------


def test_each_kind_keeps_its_newest_backups(
    demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(backups.KEPT_PER_KIND, backups.MANUAL, 3)
    manual = [backup_database(demo.path, backups.MANUAL) for _ in range(5)]
    daily = backup_database(demo.path, backups.DAILY)

    assert list_backups(demo.path) == [daily, *reversed(manual[-3:])]
    assert not manual[0].path.exists()


def test_no_more_than_the_most_backups_are_kept(
    demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "MAX_BACKUPS", 4)
    taken = [
        backup_database(demo.path, reason)
        for reason in (backups.DAILY, backups.MANUAL, backups.BEFORE_IMPORT) * 2
    ]

    assert list_backups(demo.path) == list(reversed(taken[-4:]))


def test_backups_are_kept_under_the_size_limit_but_the_newest_always_stays(
    demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = backup_database(demo.path, backups.MANUAL).size
    monkeypatch.setattr(backups, "MAX_TOTAL_BYTES", int(size * 2.5))
    taken = [backup_database(demo.path, backups.MANUAL) for _ in range(3)]
    assert list_backups(demo.path) == list(reversed(taken[-2:]))

    monkeypatch.setattr(backups, "MAX_TOTAL_BYTES", 1)
    newest = backup_database(demo.path, backups.MANUAL)
    assert list_backups(demo.path) == [newest]


# --- restore -----------------------------------------------------------------------------------


def test_a_restore_brings_back_exactly_the_backed_up_data(demo: Database) -> None:
    taken = backup_database(demo.path, backups.MANUAL)
    backed_up = database_fingerprint(demo.engine)
    rename_municipality(demo, "Efteråt kommun")
    with demo.session() as session:
        session.add(model.Municipality(name="Ny kommun"))
    demo.close()

    restore_backup(demo.path, taken.path)

    assert fingerprint(demo.path) == backed_up


def test_a_restore_is_undone_by_restoring_the_state_it_backed_up_first(demo: Database) -> None:
    taken = backup_database(demo.path, backups.MANUAL)
    rename_municipality(demo, "Efteråt kommun")
    before_restore = database_fingerprint(demo.engine)
    demo.close()

    replaced = restore_backup(demo.path, taken.path)
    assert replaced.kind == backups.BEFORE_RESTORE
    restore_backup(demo.path, replaced.path)

    assert fingerprint(demo.path) == before_restore


def test_a_database_open_in_the_program_sees_the_restored_data(demo: Database) -> None:
    taken = backup_database(demo.path, backups.MANUAL)
    rename_municipality(demo, "Efteråt kommun")
    demo.engine.dispose()

    restore_backup(demo.path, taken.path)

    with demo.session() as session:
        assert session.query(model.Municipality.name).scalar() == "Danderyds kommun"


def test_a_backup_from_before_an_upgrade_is_restored_and_upgraded(
    demo: Database, tmp_path: Path
) -> None:
    fixture = Path(__file__).parent / "fixtures" / "demo-0002.sqlite3"
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(fixture, older)
    demo.close()

    restore_backup(demo.path, older)

    reopened = open_database(demo.path)
    with reopened.session() as session:
        assert session.query(model.Municipality.name).scalar() == "Danderyds kommun"
        assert session.query(model.Measure).count() > 0
    reopened.close()


@pytest.mark.parametrize(
    ("content", "refusal"),
    [
        (b"", NotADatabaseError),
        (b"not a database at all" * 100, NotADatabaseError),
        (b"SQLite format 3\x00" + bytes(range(256)) * 64, StorageError),
    ],
    ids=["empty", "not-sqlite", "garbage-after-header"],
)
def test_a_backup_that_is_not_whole_is_refused_and_nothing_changes(
    demo: Database, tmp_path: Path, content: bytes, refusal: type[Exception]
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    before = database_fingerprint(demo.engine)
    demo.close()

    with pytest.raises(refusal) as raised:
        restore_backup(demo.path, bad)

    assert str(bad) in str(raised.value)
    assert fingerprint(demo.path) == before
    assert list_backups(demo.path) == []  # refused before anything was done


def test_a_damaged_backup_is_refused(demo: Database, tmp_path: Path) -> None:
    taken = backup_database(demo.path, backups.MANUAL)
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(taken.path.read_bytes())
    page = 4096
    data[page * 5 : page * 5 + 600] = b"\xff" * 600  # a page in the middle, not the header
    damaged.write_bytes(bytes(data))
    before = database_fingerprint(demo.engine)
    demo.close()

    with pytest.raises(StorageError, match="skadad"):
        restore_backup(demo.path, damaged)

    assert fingerprint(demo.path) == before


def test_a_backup_from_a_newer_version_is_refused(demo: Database) -> None:
    taken = backup_database(demo.path, backups.MANUAL)
    with closing(sqlite3.connect(taken.path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    demo.close()

    with pytest.raises(NewerDatabaseError, match="nyare version"):
        restore_backup(demo.path, taken.path)


def test_a_missing_backup_is_refused(demo: Database, tmp_path: Path) -> None:
    demo.close()
    with pytest.raises(NotADatabaseError, match="finns inte"):
        restore_backup(demo.path, tmp_path / "gone.sqlite3")


def test_when_the_present_state_cannot_be_backed_up_nothing_is_restored(
    demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = backup_database(demo.path, backups.MANUAL)
    rename_municipality(demo, "Efteråt kommun")
    before = database_fingerprint(demo.engine)
    demo.close()

    def full(_path: Path, _reason: str) -> Backup:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("bfa_desktop.storage.restore.backup_database", full)
    with pytest.raises(StorageError, match="ingenting har återställts"):
        restore_backup(demo.path, taken.path)

    assert fingerprint(demo.path) == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"\x00" * len(data),  # not a database any more
        lambda data: data[:16] + b"\xff" * (len(data) - 16),  # the header and then garbage
        lambda data: data[: len(data) // 3],  # truncated
    ],
    ids=["zeroed", "garbage-after-header", "truncated"],
)
def test_a_damaged_database_can_be_restored_over_and_is_kept_as_it_was(
    demo: Database, damage: Callable[[bytes], bytes]
) -> None:
    taken = backup_database(demo.path, backups.MANUAL)
    backed_up = database_fingerprint(demo.engine)
    demo.close()
    damaged = damage(demo.path.read_bytes())
    demo.path.write_bytes(damaged)

    kept = restore_backup(demo.path, taken.path)

    assert fingerprint(demo.path) == backed_up
    assert kept is not None
    assert kept.kind == backups.BEFORE_RESTORE
    assert kept.path.read_bytes() == damaged  # byte for byte: nothing is lost, not even this


def test_a_missing_database_is_restored_from_a_backup(demo: Database) -> None:
    taken = backup_database(demo.path, backups.MANUAL)
    backed_up = database_fingerprint(demo.engine)
    demo.close()
    for leftover in demo.path.parent.glob(demo.path.name + "*"):
        leftover.unlink()

    assert restore_backup(demo.path, taken.path) is None  # nothing to keep

    assert fingerprint(demo.path) == backed_up


def test_a_restore_leaves_nothing_beside_the_database(demo: Database) -> None:
    taken = backup_database(demo.path, backups.MANUAL)
    demo.close()
    interrupted = demo.path.with_name(f".{demo.path.name}.restoring")
    interrupted.write_bytes(b"half of an earlier restore")

    restore_backup(demo.path, taken.path)

    beside = sorted(p.name for p in demo.path.parent.iterdir() if p.is_file())
    assert beside == [demo.path.name]
    assert stat.S_IMODE(demo.path.stat().st_mode) == 0o600


def folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in `folder`: content and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_restoring_a_backup_leaves_its_folder_exactly_as_it_was(
    demo: Database, tmp_path: Path
) -> None:
    """Read as the backup it is, in WAL mode, a read-only connection left an empty -wal and a
    -shm file beside it, which it could not remove."""
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    copied = elsewhere / "kopia.sqlite3"
    shutil.copyfile(backup_database(demo.path, backups.MANUAL).path, copied)
    demo.close()
    before = folder_state(elsewhere)

    checked_backup(copied)  # as the window checks the backups it offers
    restore_backup(demo.path, copied)

    assert folder_state(elsewhere) == before


def test_restoring_one_of_the_backups_only_adds_the_backup_of_the_state_it_replaces(
    demo: Database,
) -> None:
    taken = backup_database(demo.path, backups.MANUAL)
    demo.close()
    folder = taken.path.parent
    before = folder_state(folder)

    replaced = restore_backup(demo.path, taken.path)

    assert replaced is not None
    after = folder_state(folder)
    assert after.pop(replaced.path.name)
    assert after == before


def test_a_backup_with_changes_only_in_its_wal_file_is_refused_and_left_as_it_was(
    demo: Database, tmp_path: Path
) -> None:
    """Such changes can be read only by creating a -shm file beside it."""
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    with closing(sqlite3.connect(demo.path)) as connection:
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute("UPDATE municipalities SET name = 'Täby kommun'")
        connection.commit()
        for suffix in ("", "-wal"):  # copied while the program runs
            shutil.copyfile(f"{demo.path}{suffix}", elsewhere / f"kopia.sqlite3{suffix}")
    demo.close()
    before = folder_state(elsewhere)
    database_before = fingerprint(demo.path)

    with pytest.raises(NotADatabaseError, match=r"ändringar i filen kopia\.sqlite3-wal") as refused:
        restore_backup(demo.path, elsewhere / "kopia.sqlite3")

    assert f"bfa-desktop --database {elsewhere / 'kopia.sqlite3'} summary" in str(refused.value)
    assert folder_state(elsewhere) == before
    assert fingerprint(demo.path) == database_before


def test_a_partial_backup_left_by_a_crash_is_never_listed_and_is_cleared_when_stale(
    demo: Database,
) -> None:
    first = backup_database(demo.path, backups.MANUAL)
    stale = first.path.parent / f".{demo.path.stem}-20200101-000000-000000-dagligen.sqlite3.partial"
    fresh = first.path.parent / f".{demo.path.stem}-20990101-000000-000000-dagligen.sqlite3.partial"
    for partial in (stale, fresh):
        partial.write_bytes(b"SQLite format 3\x00 cut off")
    long_ago = time.time() - 2 * backups.STALE_PARTIAL_SECONDS
    os.utime(stale, (long_ago, long_ago))
    assert list_backups(demo.path) == [first]

    backup_database(demo.path, backups.MANUAL)

    assert not stale.exists()
    assert fresh.exists()  # perhaps another program's backup being written now

"""A full disk: an edit that cannot be saved is reported and what was saved before stays; an
export that cannot be finished leaves no partial or temporary file, and a file of the same
name as it was.

The database is made full with SQLite's own size limit (PRAGMA max_page_count): SQLite then
fails with the same SQLITE_FULL ("database or disk is full") as on a full disk, through the
whole stack. A real full file system is used as well where a small one can be mounted (a
tmpfs in a mount namespace of its own). The export's disk fills up by fault injection at the
write: the first bytes are written, then the write fails with ENOSPC."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from bfa_desktop import fileio
from bfa_desktop.fileio import WriteError
from bfa_desktop.model import Municipality, Period
from bfa_desktop.model.enums import DocumentKind
from bfa_desktop.services import editing
from bfa_desktop.services.export import ExportFormat, export_period, file_name
from bfa_desktop.services.lookup import find_municipality, find_period
from bfa_desktop.storage.database import Database, open_database
from bfa_desktop.ui.commands import run
from bfa_desktop.ui.workspace import Workspace
from tests.helpers import open_copy

NOTE = "Anteckningen som redan är sparad."


@pytest.fixture
def full_database(database_path: Path, migrated_template: Path) -> Iterator[Database]:
    """A database with one municipality, which can grow by no page more."""
    database_path.parent.mkdir(parents=True)
    shutil.copyfile(migrated_template, database_path)
    database = open_database(database_path)
    with database.session() as session:
        session.add(Municipality(name="Danderyds kommun", note=NOTE))
    with database.sessions() as session:
        (pages,) = session.connection().exec_driver_sql("PRAGMA page_count").one()

    def no_more_pages(connection: sqlite3.Connection, _record: Any) -> None:
        connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(database.engine, "connect", no_more_pages)
    database.engine.dispose()  # the pooled connections reconnect with the limit
    yield database
    database.close()


def test_an_edit_the_disk_has_no_room_for_is_reported_and_what_was_saved_stays(
    full_database: Database, qapp: object
) -> None:
    workspace = Workspace(full_database)
    with full_database.sessions() as session:
        key = session.query(Municipality).one().uuid
    reported: list[str] = []
    workspace.failed.connect(reported.append)

    def write(session: Session, value: str) -> Any:
        return editing.set_field(session, Municipality, key, "note", value)

    long_note = random.Random(4).randbytes(40_000).hex()  # pages more than there is room for
    saved = run(workspace, "ändra anteckningen", lambda session: write(session, long_note), write)

    assert not saved
    assert workspace.undo_stack.count() == 0
    assert len(reported) == 1
    assert "är full" in reported[0]
    assert "Frigör utrymme och gör ändringen igen" in reported[0]
    assert "Ändringen sparades inte; det som sparats tidigare finns kvar" in reported[0]
    path = full_database.path
    full_database.close()
    reopened = open_database(path)
    with reopened.sessions() as session:
        assert [(m.name, m.note) for m in session.query(Municipality)] == [
            ("Danderyds kommun", NOTE)
        ]
    reopened.close()


FILL_A_SMALL_DISK = """
import json, shutil, sys
from pathlib import Path
from sqlalchemy import text
from bfa_desktop.storage.database import open_database
from bfa_desktop.storage.errors import StorageError

disk = Path(sys.argv[1])
database = disk / "bfa.sqlite3"
shutil.copyfile(sys.argv[2], database)
opened = open_database(database)
saved, refusal = 0, None
while refusal is None:
    try:
        with opened.session() as session:
            session.execute(
                text("INSERT INTO municipalities (name, short_name, org_number, default_unit, "
                     "postal_address, visiting_address, phone, email, website, is_example, "
                     "note, uuid, created_at, modified_at, dnr_pattern, template_name, logo_name) "
                     "VALUES (:name, '', '', '', '', '', '', '', '', 0, :note, :name, "
                     "'2025-01-01', '2025-01-01', '', '', '')"),
                {"name": f"Kommun {saved}", "note": "x" * 100_000},
            )
        saved += 1
    except StorageError as error:
        refusal = [type(error).__name__, str(error)]
opened.close()
reopened = open_database(database, read_only=True)
with reopened.sessions() as session:
    kept = session.scalar(text("SELECT count(*) FROM municipalities"))
reopened.close()
print(json.dumps({"saved": saved, "kept": kept, "refusal": refusal}))
"""
SMALL_DISK = 'mount -t tmpfs -o size=2m tmpfs "$1" && shift && exec "$@"'


def test_on_a_real_full_disk_the_edit_is_refused_and_every_saved_one_stays(
    tmp_path: Path, migrated_template: Path
) -> None:
    """A 2 MB tmpfs is filled with municipalities until SQLite gets ENOSPC from the kernel."""
    disk = tmp_path / "disk"
    disk.mkdir()
    namespace = ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", SMALL_DISK, "sh"]
    if (
        not shutil.which("unshare")
        or subprocess.run(
            [*namespace, str(disk), "true"], capture_output=True, check=False
        ).returncode
    ):
        message = "no small file system can be mounted here (no user namespaces)"
        if os.environ.get("BFA_REQUIRE_TOOLS"):
            pytest.fail(message)
        pytest.skip(message)
    program = [sys.executable, "-c", textwrap.dedent(FILL_A_SMALL_DISK), str(disk)]
    done = subprocess.run(
        [*namespace, str(disk), *program, str(migrated_template)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["refusal"][0] == "DiskFullError"
    assert "är full" in seen["refusal"][1]
    assert seen["saved"] > 0
    assert seen["kept"] == seen["saved"]


# --- the export ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def period(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Period]:
    database = open_copy(demo_template, tmp_path_factory.mktemp("disk-full") / "bfa.sqlite3")
    with database.sessions() as session:
        yield find_period(find_municipality(session, None), None)
    database.close()


class FillingDisk:
    """A file on a disk with room for `room` more bytes: a write past them fails with ENOSPC."""

    def __init__(self, file: Any, room: int) -> None:
        self.file, self.room = file, room

    def write(self, data: bytes) -> int:
        self.file.write(data[: self.room])
        self.file.flush()
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return len(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.file, name)

    def __enter__(self) -> FillingDisk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.file.close()


def test_an_export_the_disk_fills_up_during_leaves_nothing_half_written(
    period: Period, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / file_name(period, DocumentKind.HANDLINGSPLAN, ExportFormat.DOCX)
    target.write_bytes(b"den tidigare exporten")
    os.utime(target, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    written: list[FillingDisk] = []

    def fdopen(descriptor: int, mode: str = "r") -> FillingDisk:
        written.append(FillingDisk(os.fdopen(descriptor, mode), room=4096))
        return written[-1]

    monkeypatch.setattr(fileio, "os", SimpleNamespace(fdopen=fdopen, fsync=os.fsync))
    with pytest.raises(WriteError) as refused:
        export_period(
            period,
            tmp_path,
            documents=[DocumentKind.HANDLINGSPLAN],
            formats=[ExportFormat.DOCX],
            overwrite=True,
        )
    assert len(written) == 1 and written[0].room == 4096  # the disk filled up mid-file
    message = str(refused.value)
    assert message.startswith(f"Kunde inte skriva {target}: disken är full.")
    assert "Frigör utrymme eller välj en annan mapp och försök igen." in message
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no partial, no temporary
    assert target.read_bytes() == b"den tidigare exporten"
    assert target.stat().st_mtime_ns == 1_600_000_000_000_000_000

"""Databases that cannot be written: refused with advice when opened for work, opened read-only
without writing anything when asked to, and every edit through such a database refused.

Read-only media are real here, not simulated: the checks run in a child process that sees the
database's folder mounted read-only (a mount namespace of its own, made with `unshare`, which
an unprivileged user may do too), so every write fails with EROFS as on a write-protected USB
stick or share – for root as well, whom file permissions do not stop. Without user namespaces,
a user other than root gets the folder's and files' write permission removed instead (EACCES).
Root without namespaces can make nothing read-only: the tests skip then, and fail in CI
(BFA_REQUIRE_TOOLS). Each child first proves that it cannot create a file in the folder."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from contextlib import closing
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bfa_desktop.model import Municipality
from bfa_desktop.storage.database import open_database
from bfa_desktop.storage.errors import (
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from tests.storage.test_unusable_database import snapshot

MOUNT_READ_ONLY = (
    'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" "$1" && shift && exec "$@"'
)
NAMESPACE = ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", MOUNT_READ_ONLY, "sh"]

PRELUDE = """
import json, sys
from pathlib import Path
folder = Path(sys.argv[1])
database = folder / "bfa.sqlite3"
try:
    (folder / "probe").touch()
except OSError:
    pass
else:
    sys.exit("the folder can be written: this check would prove nothing")
from sqlalchemy import text
from bfa_desktop.storage.database import open_database

def refusal(action):
    try:
        action()
    except Exception as error:
        return [type(error).__name__, str(error)]
    return None
"""


@cache
def read_only_method() -> str | None:
    """'mount' where a read-only bind mount can be made, 'chmod' for a user other than root,
    else None."""
    if shutil.which("unshare"):
        probe = Path(__file__).parent  # any folder: the mount is gone with the process
        made = subprocess.run(
            [*NAMESPACE, str(probe), "sh", "-c", '! touch "$0/.probe" 2>/dev/null', str(probe)],
            capture_output=True,
            check=False,
        )
        if made.returncode == 0:
            return "mount"
    if os.geteuid() != 0:
        return "chmod"
    return None


def on_read_only_media(folder: Path, script: str) -> Any:
    """Run `script` (after PRELUDE) where `folder` cannot be written; what it prints, as JSON."""
    method = read_only_method()
    if method is None:
        message = "no way to make a folder read-only here (root without user namespaces)"
        if os.environ.get("BFA_REQUIRE_TOOLS"):
            pytest.fail(message)
        pytest.skip(message)
    program = [sys.executable, "-c", PRELUDE + textwrap.dedent(script), str(folder)]
    modes = {path: stat.S_IMODE(path.stat().st_mode) for path in [folder, *folder.iterdir()]}
    if method == "mount":
        program = [*NAMESPACE, str(folder), *program]
    else:
        for path, mode in modes.items():
            path.chmod(mode & ~0o222)
    try:
        done = subprocess.run(program, capture_output=True, text=True, check=False, timeout=60)
    finally:
        for path, mode in modes.items():
            path.chmod(mode)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


# --- on read-only media ------------------------------------------------------------------------


def test_on_read_only_media_the_database_is_refused_with_advice_and_untouched(
    stored: Path,
) -> None:
    before = snapshot(stored)
    refused = on_read_only_media(
        stored.parent, "print(json.dumps(refusal(lambda: open_database(database))))"
    )
    assert refused[0] == "UnwritableDatabaseError"  # a ReadOnlyDatabaseError that can be read
    assert "går inte att skriva till" in refused[1]
    assert "Kopiera den till en mapp där du kan skriva" in refused[1]
    assert "öppna den skrivskyddad" in refused[1]
    assert snapshot(stored) == before


READ_AND_EDIT = """
    opened = open_database(database, read_only=True)
    with opened.sessions() as session:
        names = session.scalars(text("SELECT name FROM municipalities")).all()

    def edit():
        with opened.session() as session:
            session.execute(text("UPDATE municipalities SET name = 'Ändrad'"))

    print(json.dumps({"names": names, "edit": refusal(edit)}))
    opened.close()
"""


def test_on_read_only_media_it_opens_read_only_and_every_edit_is_refused(stored: Path) -> None:
    """Nothing can be created beside the database, not even the -shm file SQLite's WAL mode
    reads through, so it is read as immutable."""
    before = snapshot(stored)
    seen = on_read_only_media(stored.parent, READ_AND_EDIT)
    assert seen["names"] == ["Danderyds kommun"]
    assert seen["edit"][0] == "ReadOnlyDatabaseError"
    assert "öppnad skrivskyddad, så ändringen sparades inte" in seen["edit"][1]
    assert snapshot(stored) == before


def saved_only_in_the_wal(path: Path, *, with_shm: bool) -> None:
    """A copy taken while the program had a change in the -wal file, not yet in the database
    file: a database copied from a running program, or left by a crash."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute("UPDATE municipalities SET name = 'Täby kommun'")
        connection.commit()
        copy = path.parent.parent / "copy"
        copy.mkdir()
        for suffix in ("", "-wal", "-shm") if with_shm else ("", "-wal"):
            shutil.copyfile(f"{path}{suffix}", copy / f"{path.name}{suffix}")
    shutil.rmtree(path.parent)
    copy.rename(path.parent)


def test_on_read_only_media_changes_only_in_the_wal_file_are_read(stored: Path) -> None:
    saved_only_in_the_wal(stored, with_shm=True)
    before = snapshot(stored)
    seen = on_read_only_media(stored.parent, READ_AND_EDIT)
    assert seen["names"] == ["Täby kommun"]
    assert seen["edit"][0] == "ReadOnlyDatabaseError"
    assert snapshot(stored) == before


def test_on_read_only_media_changes_sqlite_cannot_read_are_not_silently_left_out(
    stored: Path,
) -> None:
    """Without its -shm file a -wal file cannot be read where nothing can be written, and
    reading the database file alone (immutable) would show the data as it was before the
    change: refused, saying what to copy."""
    saved_only_in_the_wal(stored, with_shm=False)
    before = snapshot(stored)
    refused = on_read_only_media(
        stored.parent,
        "print(json.dumps(refusal(lambda: open_database(database, read_only=True))))",
    )
    assert refused[0] == "ReadOnlyDatabaseError"
    assert "bfa.sqlite3-wal" in refused[1]
    assert "Kopiera databasen tillsammans med den filen" in refused[1]
    assert snapshot(stored) == before


# --- read-only by choice -----------------------------------------------------------------------


def test_opened_read_only_it_reads_and_refuses_every_edit_leaving_the_file_as_it_was(
    stored: Path,
) -> None:
    before = snapshot(stored)[stored.name]
    database = open_database(stored, read_only=True)
    try:
        with database.sessions() as session:
            assert [m.name for m in session.query(Municipality)] == ["Danderyds kommun"]
        with (
            pytest.raises(ReadOnlyDatabaseError, match="öppnad skrivskyddad") as refused,
            database.session() as session,
        ):
            session.add(Municipality(name="Täby kommun"))
        assert "Kopiera databasen till en mapp där du kan skriva" in str(refused.value)
        with pytest.raises(ReadOnlyDatabaseError), database.session() as session:
            session.query(Municipality).one().name = "Ändrad"
    finally:
        database.close()
    assert snapshot(stored)[stored.name] == before
    database = open_database(stored)
    with database.session() as session:
        assert [m.name for m in session.query(Municipality)] == ["Danderyds kommun"]
    database.close()


def test_read_only_there_is_nothing_to_open_where_there_is_no_database(
    database_path: Path,
) -> None:
    with pytest.raises(NotADatabaseError, match="finns inte"):
        open_database(database_path, read_only=True)
    assert not database_path.parent.exists()


def test_read_only_a_database_that_needs_upgrading_or_is_newer_is_refused_untouched(
    stored: Path,
) -> None:
    for revision, error, advice in [
        ("0001", ReadOnlyDatabaseError, "måste uppgraderas"),
        ("9999_framtiden", NewerDatabaseError, "Uppdatera programmet"),
    ]:
        with closing(sqlite3.connect(stored)) as connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
            connection.commit()
        before = snapshot(stored)
        with pytest.raises(error, match=advice):
            open_database(stored, read_only=True)
        assert snapshot(stored) == before

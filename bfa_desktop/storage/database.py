"""Opening the database: check what the file is, back up and migrate, hand out sessions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from bfa_desktop.garbage import collect_if_due
from bfa_desktop.storage.backup import backup_database
from bfa_desktop.storage.engine import (
    BEGIN_IMMEDIATE,
    busy_timeout,
    create_sqlite_engine,
    sqlite_uri,
)
from bfa_desktop.storage.errors import (
    UNCHANGED,
    NewerDatabaseError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
    damaged,
    schema_mismatch,
    sqlite_failure,
    unwritable,
)
from bfa_desktop.storage.files import create_private_file, ensure_private_folder
from bfa_desktop.storage.schema_check import schema_problems

SQLITE_HEADER = b"SQLite format 3\x00"


def _newest_revision() -> str:
    """The newest migration's revision, from the scripts' names (NNNN_what_it_does.py, with
    revision "NNNN"): a database at it opens without loading Alembic.
    tests/storage/test_migrations.py holds it equal to Alembic's head."""
    scripts = (Path(__file__).parent / "migrations" / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    return max(script.name[:4] for script in scripts)


SCHEMA_REVISION = _newest_revision()


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False

    @contextmanager
    def session(self, *, immediate: bool = False) -> Iterator[Session]:
        """A session that commits when the block ends normally and rolls back otherwise.

        A write that SQLite refuses for a reason the user can act on (disk full, read-only,
        I/O error, locked, damaged) raises the StorageError that says so; nothing of the
        block is saved. Any other database error is a bug and propagates as it is.
        `immediate`: the transaction takes the write lock at once (waiting for another
        writer as long as the busy timeout), so no other program can change what the block
        reads before it writes.
        """
        try:
            with self.sessions.begin() as session:
                if immediate:
                    session.connection(execution_options={BEGIN_IMMEDIATE: True})
                yield session
        except DBAPIError as error:
            failure = self._failure(error)
            if failure is None:
                raise
            raise failure from error
        collect_if_due()  # a finished session is a safe point, and leaves garbage behind

    def _failure(self, error: BaseException) -> StorageError | None:
        """The StorageError for `error` or for a SQLite error it was raised while handling:
        after SQLITE_FULL or an I/O error SQLite may roll the whole transaction back itself,
        and rolling back to the edit's savepoint then fails ("no such savepoint"), hiding the
        cause."""
        pending: list[BaseException] = [error]
        seen: set[int] = set()
        while pending:
            cause = pending.pop(0)
            if id(cause) in seen:
                continue
            seen.add(id(cause))
            failure = sqlite_failure(self.path, cause, opening=False, read_only=self.read_only)
            if failure is not None:
                return failure
            pending += [e for e in (cause.__cause__, cause.__context__) if e is not None]
        return None

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, read_only: bool = False) -> Database:
    """Open (creating if missing) and upgrade the database at `path`.

    A file that is not ours, is damaged, was written by a newer version, is locked by another
    program or cannot be written is refused with a StorageError and not modified. Before any
    migration of existing data a backup is taken. `read_only` opens an existing database
    without writing anything to it; every edit through it is refused.
    """
    revision = inspect_revision(path)
    if read_only:
        return _opened_read_only(path, revision)
    _check_writable(path)
    if revision == SCHEMA_REVISION:
        return _opened(path, migrate_to_head=False)
    from bfa_desktop.storage import migrate  # noqa: PLC0415 - Alembic only when it has work

    if revision is not None and not migrate.is_known_revision(revision):
        raise _newer(path, revision)
    if not path.exists():
        ensure_private_folder(path.parent)
        create_private_file(path)
    if revision is not None:
        backup_database(path, reason=f"fore-uppgradering-{revision}")
    return _opened(path, migrate_to_head=True)


def _opened(path: Path, *, migrate_to_head: bool) -> Database:
    engine = create_sqlite_engine(path)
    try:
        _check_can_write(engine)
        if migrate_to_head:
            from bfa_desktop.storage import migrate  # noqa: PLC0415

            migrate.upgrade(path)
    except DBAPIError as error:
        engine.dispose()
        raise _environment_error(path, error.orig) from error
    except sqlite3.Error as error:
        engine.dispose()
        raise _environment_error(path, error) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))


def _opened_read_only(path: Path, revision: str | None) -> Database:
    if revision is None:
        raise NotADatabaseError(
            path, f"Databasen {path} finns inte eller är tom, så det finns inget att visa."
        )
    if revision != SCHEMA_REVISION:
        from bfa_desktop.storage import migrate  # noqa: PLC0415

        if not migrate.is_known_revision(revision):
            raise _newer(path, revision)
        raise ReadOnlyDatabaseError(
            path,
            f"Databasen {path} har skapats av en äldre version av BFA Desktop och måste "
            "uppgraderas, vilket inte går när den öppnas skrivskyddad. Kopiera den till en "
            "mapp där du kan skriva och öppna den där. " + UNCHANGED,
        )
    # Where not even the -shm file can be created, SQLite reads only as `immutable`; that
    # is safe because inspect_revision has refused a -wal with changes SQLite could not read there.
    immutable = not _wal_has_changes(path) and not os.access(path.parent, os.W_OK)
    engine = create_sqlite_engine(path, read_only=True, immutable=immutable)
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False), read_only=True)


def _newer(path: Path, revision: str) -> NewerDatabaseError:
    return NewerDatabaseError(
        path,
        f"Databasen {path} har skapats av en nyare version av BFA Desktop "
        f"(schemaversion {revision}). Uppdatera programmet för att öppna den. " + UNCHANGED,
    )


def _check_writable(path: Path) -> None:
    """Refuse a place SQLite could not write to: the file and its folder (where the -wal and
    -shm files go), or for a new database the nearest folder that exists.

    os.access reports a read-only file system (EROFS) to every user, root included."""
    if path.exists():
        if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise unwritable(path, opening=True)
        return
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not os.access(folder, os.W_OK):
        raise ReadOnlyDatabaseError(
            path,
            f"Mappen {folder} går inte att skriva till, så databasen {path.name} kan inte "
            "skapas där. Välj en annan plats för databasen.",
        )


def _check_can_write(engine: Engine) -> None:
    """Take the write lock and change the header in a transaction that is rolled back, so
    that another program's lock or a file SQLite can only read shows now, not at the first
    edit. Another program's lock is waited for as long as the engine's busy timeout."""
    with closing(engine.raw_connection()) as connection:
        cursor = connection.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        try:
            (version,) = cursor.execute("PRAGMA user_version").fetchone()
            cursor.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            cursor.execute("ROLLBACK")


def inspect_revision(path: Path) -> str | None:
    """The schema revision of the database at `path`, None for a missing or empty file; one
    that is not ours, damaged, not as its revision says or unreadable is refused with a
    StorageError. Writes nothing."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise NotADatabaseError(path, f"{path} är en mapp, inte en databasfil.")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StorageError(
            path,
            f"Databasen {path} går inte att läsa ({error.strerror or error}). Kontrollera att "
            "du har behörighet till filen och att disken är ansluten. " + UNCHANGED,
        ) from error
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            path,
            f"{path} är ingen BFA Desktop-databas (inte en SQLite-fil). "
            "Välj en annan fil eller återställ en säkerhetskopia. " + UNCHANGED,
        )
    # With no changes waiting in a -wal or -journal file, the database file alone is the
    # whole database: it is read as immutable, which leaves no -wal or -shm file behind (a
    # read-only connection cannot remove them). Should another program write to it
    # meanwhile, it is read again with SQLite's locking.
    complete = pending_changes(path) is None
    before = _stamp(path)
    try:
        revision = _read_revision(path, immutable=complete)
        if complete and _stamp(path) != before:
            revision = _read_revision(path, immutable=False)
    except sqlite3.DatabaseError as error:
        if _wal_has_changes(path) and not os.access(path.parent, os.W_OK):
            raise ReadOnlyDatabaseError(
                path,
                f"Databasen {path} har sparade ändringar i filen {_sibling(path, '-wal').name} "
                "som inte kan läsas på en plats där inget kan skrivas. Kopiera databasen "
                "tillsammans med den filen till en mapp där du kan skriva och öppna den där. "
                + UNCHANGED,
            ) from error
        raise _environment_error(path, error) from error
    return revision


def _read_revision(path: Path, *, immutable: bool) -> str | None:
    uri = sqlite_uri(path, immutable=immutable)
    with closing(sqlite3.connect(uri, uri=True, timeout=busy_timeout())) as connection:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise NotADatabaseError(
                path,
                f"{path} är en SQLite-databas men inte BFA Desktops. " + UNCHANGED,
            )
        # Damage in pages no query of the start touches would otherwise show only later, in
        # the middle of work. quick_check reads every page once: 4 ms for the demo database,
        # 70 ms for 50 MB (0.6 s with a cold disk cache), while the window is already shown.
        (verdict,) = connection.execute("PRAGMA quick_check(1)").fetchone()
        if verdict != "ok":
            raise damaged(path, opening=True)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        # A table or column removed by hand shows now, not as an error in the middle of work.
        # An older revision is checked once upgraded (storage.migrate).
        if revision == SCHEMA_REVISION and (problems := schema_problems(connection)):
            raise schema_mismatch(path, revision, problems)
    return revision


def pending_changes(path: Path) -> Path | None:
    """The -wal or -journal file beside `path` that holds changes not yet in the database file;
    None when the file alone is the whole database, which can then be read as immutable."""
    wal, journal = _sibling(path, "-wal"), _sibling(path, "-journal")
    if _wal_has_changes(path):
        return wal
    return journal if journal.exists() else None


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _wal_has_changes(path: Path) -> bool:
    wal = _sibling(path, "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _stamp(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_mtime_ns, status.st_size


def _environment_error(path: Path, error: BaseException) -> StorageError:
    return sqlite_failure(path, error, opening=True) or damaged(path, opening=True)

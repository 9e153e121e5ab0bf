"""SQLAlchemy engines on SQLite with the pragmas the application relies on."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 5000
# An execution option: the transaction takes the write lock when it begins (BEGIN IMMEDIATE),
# so what it reads first is still so when it writes.
BEGIN_IMMEDIATE = "bfa_begin_immediate"


def busy_timeout() -> float:
    """Seconds to wait for another program's lock before giving up (sqlite3.connect's unit)."""
    return BUSY_TIMEOUT_MS / 1000


def sqlite_uri(path: Path, *, immutable: bool = False) -> str:
    """A URI that opens `path` read-only; `immutable` also skips locking and the -shm file,
    for a place where nothing can be written (SQLite then ignores any -wal file)."""
    return f"{path.absolute().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def create_sqlite_engine(
    path: Path, *, foreign_keys: bool = True, read_only: bool = False, immutable: bool = False
) -> Engine:
    """An engine whose transactions are real SQLite transactions.

    pysqlite's own transaction handling skips BEGIN before DDL and SAVEPOINT; turning it off
    and emitting BEGIN ourselves makes migrations and nested transactions atomic.
    WAL lets the window read while a write is in progress; synchronous=FULL makes a commit
    durable once it returns, so no reported edit is lost on a crash or power cut.
    A `read_only` engine opens the file with SQLite's mode=ro and changes nothing, not even
    the journal mode; every write through it fails with SQLITE_READONLY.
    """
    # Pooled: a connection (with its pragmas) is reused, not opened for every read.
    if read_only:
        uri = sqlite_uri(path, immutable=immutable)
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=QueuePool,
        )
    else:
        engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(BEGIN_IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine

"""The demo database of every schema revision, as that revision's program wrote it, upgrades to
the newest schema keeping every row and value, and its documents still compose.

The fixtures are made with tests/storage/make_fixture.py (see migrations/README.md)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from bfa_desktop.model import Municipality
from bfa_desktop.services.export import ExportFormat, export_period
from bfa_desktop.services.summary import summarise
from bfa_desktop.storage import migrate
from bfa_desktop.storage.database import open_database
from bfa_desktop.storage.engine import create_sqlite_engine

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("demo-*.sqlite3"))

# Columns a migration removes on purpose, with where their content went.
DROPPED_COLUMNS = {("municipalities", "dnr_prefix"): "0003: became dnr_pattern"}
# Columns whose values a migration rewrites on purpose, with why.
REWRITTEN_COLUMNS = {
    ("official_reports", "recipient"): "0004: the old default now follows the deciding body",
    ("official_reports", "decision_heading"): "0004: as recipient",
}

Row = dict[str, object]


@dataclass(frozen=True)
class Table:
    columns: frozenset[str]
    rows: dict[tuple[object, ...], Row]  # by uuid, or by primary key for link tables


Snapshot = dict[str, Table]


def revision_in_name(path: Path) -> str:
    return path.stem.removeprefix("demo-")


def revision_of(path: Path) -> str:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def snapshot(path: Path) -> Snapshot:
    """Every row of every table, read with plain sqlite3."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        return {table: _rows(connection, table) for table in tables}


def _rows(connection: sqlite3.Connection, table: str) -> Table:
    info = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
    columns = [column[1] for column in info]
    primary_key = [column[1] for column in sorted(info, key=lambda c: c[5]) if column[5]]
    key = ["uuid"] if "uuid" in columns else primary_key
    assert key, f"{table} has neither a uuid nor a primary key"
    selected = connection.execute(f'SELECT * FROM "{table}"')
    rows = [dict(zip(columns, values, strict=True)) for values in selected]
    by_key = {tuple(row[name] for name in key): row for row in rows}
    assert len(by_key) == len(rows), f"{table}: key {key} is not unique"
    return Table(frozenset(columns), by_key)


def losses(before: Snapshot, after: Snapshot) -> list[str]:
    """What is gone or changed: tables, rows, columns not dropped on purpose, and values."""
    found: list[str] = []
    for table, old in before.items():
        if table not in after:
            found.append(f"{table}: the table is gone")
            continue
        new = after[table]
        missing = old.rows.keys() - new.rows.keys()
        if missing:
            found.append(f"{table}: {len(missing)} of {len(old.rows)} rows gone")
        for column in sorted(old.columns - new.columns):
            if (table, column) not in DROPPED_COLUMNS:
                found.append(f"{table}.{column}: the column is gone")
        for key in old.rows.keys() & new.rows.keys():
            for column in sorted(old.columns & new.columns):
                if (table, column) in REWRITTEN_COLUMNS:
                    continue
                was, now = old.rows[key][column], new.rows[key][column]
                if was != now:
                    found.append(f"{table} {key}: {column} was {was!r}, is {now!r}")
    return found


@dataclass(frozen=True)
class Upgrade:
    before: Snapshot
    path: Path


@pytest.fixture(scope="module", params=FIXTURE_FILES, ids=[p.name for p in FIXTURE_FILES])
def upgraded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Upgrade:
    """A copy of the fixture, opened (backed up and migrated) as the program opens it."""
    fixture: Path = request.param
    path = tmp_path_factory.mktemp(fixture.stem) / "bfa.sqlite3"
    shutil.copyfile(fixture, path)
    before = snapshot(path)
    open_database(path).close()
    return Upgrade(before, path)


def test_there_is_one_fixture_per_revision() -> None:
    """A new migration without its fixture fails here."""
    known = {script.revision for script in migrate.script_directory().walk_revisions()}
    assert sorted(revision_in_name(path) for path in FIXTURE_FILES) == sorted(known)
    for path in FIXTURE_FILES:
        assert revision_of(path) == revision_in_name(path), path.name


def test_fixtures_are_demo_databases_in_one_small_file() -> None:
    for path in FIXTURE_FILES:
        assert path.stat().st_size < 500_000, path.name
        assert not Path(f"{path}-wal").exists()
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
            assert connection.execute("SELECT count(*) FROM measure_follow_ups").fetchone()[0]
            assert connection.execute("SELECT count(*) FROM measure_partners").fetchone()[0]


def test_upgraded_to_the_newest_revision_and_consistent(upgraded: Upgrade) -> None:
    assert revision_of(upgraded.path) == migrate.head_revision()
    with closing(sqlite3.connect(upgraded.path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_every_row_and_value_is_kept(upgraded: Upgrade) -> None:
    assert losses(upgraded.before, snapshot(upgraded.path)) == []


def test_the_demo_documents_still_compose(upgraded: Upgrade, tmp_path: Path) -> None:
    database = open_database(upgraded.path)
    try:
        with database.session() as session:
            municipalities = session.scalars(select(Municipality)).all()
            assert municipalities
            files: list[Path] = []
            for municipality in municipalities:
                assert municipality.name in summarise(municipality)
                for period in municipality.periods:
                    folder = tmp_path / period.uuid
                    folder.mkdir()
                    files += export_period(period, folder, formats=[ExportFormat.DOCX]).files
    finally:
        database.close()
    assert len(files) >= 7  # the demo's current period has every kind of document
    assert all(path.stat().st_size > 0 for path in files)


def test_the_check_sees_the_rows_an_upgrade_with_foreign_keys_on_loses(
    tmp_path: Path,
) -> None:
    """Why migrate.upgrade() turns foreign keys off, shown on the demo: recreating `measures`
    (0002) and `municipalities` (0003) deletes every row that points at them through
    ON DELETE CASCADE, without any error."""
    path = tmp_path / "bfa.sqlite3"
    shutil.copyfile(FIXTURES / "demo-0001.sqlite3", path)
    before = snapshot(path)
    engine = create_sqlite_engine(path, foreign_keys=True)
    config = migrate.alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()

    found = losses(before, snapshot(path))
    gone = {line.split(":")[0] for line in found if "rows gone" in line}
    assert {"periods", "measures", "measure_follow_ups", "measure_partners"} <= gone

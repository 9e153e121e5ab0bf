"""Small helpers shared by tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from bfa_desktop.model import Base, Municipality
from bfa_desktop.services.demo import DEMO_MUNICIPALITY_UUID
from bfa_desktop.storage.database import Database, open_database


def open_copy(template: Path, path: Path) -> Database:
    """A database opened on a fresh copy of `template` (see migrated_template and
    demo_template in tests/conftest.py), at `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    return open_database(path)


def demo_municipality(session: Session) -> Municipality:
    """The demo workspace's municipality, in a copy of demo_template."""
    return session.scalars(
        select(Municipality).where(Municipality.uuid == DEMO_MUNICIPALITY_UUID)
    ).one()


def database_fingerprint(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, for "the database is unchanged" checks."""
    with engine.connect() as connection:
        return {
            name: [
                tuple(row)
                for row in connection.execute(text(f'SELECT * FROM "{name}" ORDER BY 1, 2'))
            ]
            for name in sorted(Base.metadata.tables)
        }


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            name: connection.execute(text(f'SELECT COUNT(*) FROM "{name}"')).scalar_one()
            for name in sorted(Base.metadata.tables)
        }

"""Small helpers shared by tests."""

from __future__ import annotations

from sqlalchemy import Engine, text

from bfa_desktop.model import Base


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

"""Whether a database's tables and columns are those of the models. A table or column removed
by another program would otherwise show only as an error in the middle of work."""

from __future__ import annotations

import sqlite3

# Every column of every table in one query; `required`: a new row must give it a value.
_COLUMNS = """
SELECT t.name, c.name, c."notnull" AND c.dflt_value IS NULL
FROM sqlite_master AS t JOIN pragma_table_info(t.name) AS c
WHERE t.type = 'table'
"""


def schema_problems(connection: sqlite3.Connection) -> list[str]:
    """What the database lacks of the models' tables and columns, and the columns it has besides
    that every new row would have to fill, in Swedish; empty when it fits the models."""
    from bfa_desktop.model import Base  # noqa: PLC0415 - the model only once the file is ours

    found: dict[str, dict[str, bool]] = {}
    for table, column, required in connection.execute(_COLUMNS):
        found.setdefault(table, {})[column] = bool(required)
    problems = []
    for name, table in sorted(Base.metadata.tables.items()):
        columns = found.get(name)
        if columns is None:
            problems.append(f"tabellen {name} saknas")
            continue
        expected = {column.name for column in table.columns}
        problems += [
            f"kolumnen {name}.{column} saknas" for column in sorted(expected - columns.keys())
        ]
        problems += [
            f"kolumnen {name}.{column} är okänd och måste fyllas i"
            for column in sorted(columns.keys() - expected)
            if columns[column]
        ]
    return problems

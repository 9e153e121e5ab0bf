"""Schema versions: what revision a database is at, and upgrading it safely."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from bfa_desktop.storage.engine import create_sqlite_engine
from bfa_desktop.storage.errors import MigrationError
from bfa_desktop.storage.schema_check import schema_problems

MIGRATIONS_FOLDER = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    return config


@cache
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def is_known_revision(revision: str) -> bool:
    return revision in {script.revision for script in script_directory().walk_revisions()}


def upgrade(path: Path, target: str = "head") -> None:
    """Run migrations in one transaction, foreign keys off, checked before commit.

    With foreign keys on, batch mode's table recreation (DROP + rename) would silently delete
    child rows through ON DELETE CASCADE; so they are off, and `foreign_key_check` proves the
    result consistent before anything is committed. At the head, the tables and columns must
    also be the models': a migration leaves alone what it does not touch, so a table removed
    by hand would otherwise be missing still after it.
    """
    config = alembic_config()
    engine = create_sqlite_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if violations:
                tables = sorted({row[0] for row in violations})
                raise MigrationError(
                    path,
                    "Uppgraderingen av databasen avbröts eftersom den skulle lämna trasiga "
                    f"kopplingar i {', '.join(tables)}. Databasen är oförändrad.",
                )
            if target == "head" and (problems := schema_problems(connection.connection)):
                raise MigrationError(
                    path,
                    "Uppgraderingen av databasen avbröts eftersom den inte stämmer med sin "
                    f"tidigare schemaversion ({', '.join(problems)}). Den har troligen ändrats "
                    "med ett annat program. Databasen är oförändrad; återställ en "
                    "säkerhetskopia.",
                )
    finally:
        engine.dispose()

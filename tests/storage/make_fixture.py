"""Make the fixture database for a schema revision from the demo of an earlier program.

    .venv/bin/python tests/storage/make_fixture.py REVISION COMMIT [--output FILE]

The program at COMMIT (checked out in a temporary git worktree under /tmp) migrates a new
database to REVISION and loads its own demo workspace into it. COMMIT is normally one where
REVISION was the newest migration; an older revision works as long as that program's model
still fits its schema. The result is compacted into one file (journal mode DELETE, small
pages, VACUUM) at tests/storage/fixtures/demo-REVISION.sqlite3 unless --output says otherwise.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Runs inside the worktree: only APIs that every version since the demo existed has.
LOADER = """
import sys
from pathlib import Path

import bfa_desktop
from sqlalchemy.orm import Session

from bfa_desktop.services.demo import load_demo
from bfa_desktop.storage import migrate
from bfa_desktop.storage.engine import create_sqlite_engine

worktree, revision, output = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
if not Path(bfa_desktop.__file__).resolve().is_relative_to(worktree.resolve()):
    sys.exit(f"bfa_desktop was imported from {bfa_desktop.__file__}, not from {worktree}")
migrate.upgrade(output, revision)
engine = create_sqlite_engine(output)
with Session(engine) as session, session.begin():
    load_demo(session)
engine.dispose()
print(migrate.head_revision())
"""


def make_fixture(revision: str, commit: str, output: Path) -> str:
    """Write the fixture; returns the newest revision the program at `commit` knew."""
    worktree = Path(tempfile.mkdtemp(prefix=f"bfa-rev-{revision}-", dir="/tmp"))
    worktree.rmdir()  # git creates it
    git = ["git", "-C", str(REPOSITORY)]
    subprocess.run([*git, "worktree", "add", "--detach", str(worktree), commit], check=True)
    try:
        database = worktree / "demo.sqlite3"
        environment = {**os.environ, "PYTHONPATH": str(worktree)}
        result = subprocess.run(
            [sys.executable, "-c", LOADER, str(worktree), revision, str(database)],
            cwd=worktree,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise SystemExit(f"The demo at {commit} could not be loaded:\n{result.stderr}")
        compact(database, revision)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(database, output)
    finally:
        subprocess.run([*git, "worktree", "remove", "--force", str(worktree)], check=True)
    return result.stdout.strip()


def compact(database: Path, revision: str) -> None:
    """One small self-contained file at `revision`: no write-ahead log, no free pages."""
    with closing(sqlite3.connect(database)) as connection:
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if found != (revision,):
            raise SystemExit(f"The database is at revision {found}, not {revision}.")
        connection.execute("PRAGMA journal_mode = DELETE")
        # Each of the schema's ~120 tables and indexes fills at least a page of its own.
        connection.execute("PRAGMA page_size = 1024")
        connection.execute("VACUUM")
    for suffix in ("-wal", "-shm"):
        if Path(f"{database}{suffix}").exists():
            raise SystemExit(f"{database}{suffix} was left behind.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revision", help="the schema revision, e.g. 0004")
    parser.add_argument("commit", help="a commit whose program knows that revision")
    parser.add_argument("--output", type=Path, help="default: fixtures/demo-REVISION.sqlite3")
    args = parser.parse_args()
    output = args.output or FIXTURES / f"demo-{args.revision}.sqlite3"
    head = make_fixture(args.revision, args.commit, output)
    note = "" if head == args.revision else f" (that program's newest revision: {head})"
    size = output.stat().st_size
    print(f"{output}: revision {args.revision} from {args.commit}{note}, {size:,} bytes")


if __name__ == "__main__":
    main()

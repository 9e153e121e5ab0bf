"""Crash safety: a process that applies edits through the service layer is killed with SIGKILL
at random moments, over and over, on the same database. After every kill the database passes
SQLite's integrity check and holds every edit the process had reported as committed.

What makes it hold is in bfa_desktop/storage/engine.py: one real transaction per edit, written
through SQLite's write-ahead log (with journal_mode=OFF this test fails: "database disk image is
malformed"). synchronous=FULL, which makes a commit durable against a power cut as well, cannot be
shown by killing a process; the last test holds it in force.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bfa_desktop import model
from bfa_desktop.storage.database import open_database

KILLS = int(os.environ.get("BFA_CRASH_KILLS", "20"))
ROOT = Path(__file__).resolve().parents[2]

# Each edit adds a person named after its number and renames the municipality, in one commit;
# the number is printed only after the commit has returned.
EDITOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from bfa_desktop import garbage, model
    from bfa_desktop.services.editing import add, set_field
    from bfa_desktop.storage.database import open_database

    garbage.collect_at_safe_points_only()  # as the program does
    database = open_database(Path(sys.argv[1]))
    first = int(sys.argv[2])
    with database.sessions() as session:
        key = session.query(model.Municipality.uuid).scalar()
    print("ready", flush=True)
    for number in range(first, first + 100_000):
        with database.session() as session:
            add(session, model.Municipality, key, "persons", {"name": f"Redigering {number}"})
            set_field(session, model.Municipality, key, "short_name", f"Redigering {number}")
        print(number, flush=True)
    """
)


def reported_edits(database: Path, first: int, rng: random.Random) -> list[int]:
    """Start the editor, let it run a random while, kill it; the edits it reported."""
    editor = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(database), str(first)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert editor.stdout is not None
    assert editor.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 0.4))  # the editor writes to the pipe meanwhile
    editor.send_signal(signal.SIGKILL)
    editor.wait()
    with editor.stdout:
        reported = [int(line) for line in editor.stdout.read().split()]
    assert editor.returncode == -signal.SIGKILL
    return reported


def test_killed_in_the_middle_of_edits_the_database_keeps_every_reported_edit(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bfa.sqlite3"
    database = open_database(path)
    with database.session() as session:
        session.add(model.Municipality(name="Krockby kommun"))
    database.close()
    rng = random.Random(20261127)
    first, reported_in_all = 0, 0
    for _kill in range(KILLS):
        reported = reported_edits(path, first, rng)
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            names = {name for (name,) in connection.execute("SELECT name FROM persons")}
            short_name = connection.execute("SELECT short_name FROM municipalities").fetchone()[0]
        connection.close()
        missing = [number for number in reported if f"Redigering {number}" not in names]
        assert missing == []
        numbers = sorted(int(name.split()[-1]) for name in names)
        if numbers:  # an edit's two changes are there together or not at all
            assert short_name == f"Redigering {numbers[-1]}"
            assert numbers == list(range(numbers[-1] + 1))  # no edit half-kept or lost between
        if reported:  # the newest edit is the last reported one, or one committed after it
            assert numbers[-1] >= reported[-1]
        reported_in_all += len(reported)
        first = numbers[-1] + 1 if numbers else 0  # on from whatever committed, reported or not
    assert reported_in_all > KILLS  # the kills did land in the middle of the work


@pytest.mark.parametrize("pragma", ["journal_mode", "synchronous"])
def test_the_settings_that_make_it_hold_are_in_force(tmp_path: Path, pragma: str) -> None:
    database = open_database(tmp_path / "bfa.sqlite3")
    with database.sessions() as session:
        value = session.connection().exec_driver_sql(f"PRAGMA {pragma}").scalar()
    database.close()
    assert value == {"journal_mode": "wal", "synchronous": 2}[pragma]  # 2: FULL

"""Backup and restore benchmark: what a backup and a restore cost against copying the same file.

    python tests/benchmarks/bench_backup.py [--megabytes 50] [--runs 5]

Not a pytest test. The database is the demo plus generated persons up to about the size asked
for. Each figure is the median of `runs` runs, ours and its floor interleaved:
  backup  – storage.backup.backup_database (SQLite's backup API, a consistent copy of a database
            in use) against shutil.copyfile of the same file (which would not be consistent);
  restore – storage.restore.restore_backup (check the backup, keep the present state, copy,
            move into place) against two plain file copies (keep the present file, copy back).
The window takes the day's backup on the GUI thread once a day; this says what that costs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bfa_desktop import model
from bfa_desktop.services.demo import load_demo
from bfa_desktop.storage import backup as backups
from bfa_desktop.storage.backup import backup_database
from bfa_desktop.storage.database import open_database
from bfa_desktop.storage.restore import restore_backup


def make_database(path: Path, megabytes: float) -> None:
    database = open_database(path)
    with database.session() as session:
        municipality, _created = load_demo(session)
        key = municipality.uuid
    filler = "Anteckning om samverkan och trygghet i kommunen. " * 20
    while path.stat().st_size < megabytes * 1024 * 1024:
        with database.session() as session:
            municipality = session.query(model.Municipality).filter_by(uuid=key).one()
            municipality.persons.extend(
                model.Person(name=f"Person {n}", title=filler) for n in range(2000)
            )
    database.close()


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bfa.sqlite3"
        make_database(path, args.megabytes)
        size = path.stat().st_size / 1024 / 1024
        backups.MAX_BACKUPS = 1_000  # every run's backup stays; pruning is not measured
        taken = backup_database(path, backups.MANUAL)
        plain = Path(folder) / "plain-copy.sqlite3"
        ours_backup, floor_backup, ours_restore, floor_restore = [], [], [], []
        for _ in range(args.runs):
            ours_backup.append(timed(lambda: backup_database(path, backups.MANUAL)))
            floor_backup.append(timed(lambda: shutil.copyfile(path, plain)))
            ours_restore.append(timed(lambda: restore_backup(path, taken.path)))
            floor_restore.append(
                timed(lambda: (shutil.copyfile(path, plain), shutil.copyfile(taken.path, path)))
            )
    print(f"database: {size:.1f} MB, {args.runs} runs, medians")
    for name, ours, floor in (
        ("backup", ours_backup, floor_backup),
        ("restore", ours_restore, floor_restore),
    ):
        ours_s, floor_s = statistics.median(ours), statistics.median(floor)
        print(
            f"{name:8} {ours_s * 1000:8.1f} ms   floor {floor_s * 1000:7.1f} ms   "
            f"{ours_s / floor_s:5.2f}×"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

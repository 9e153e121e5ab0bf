"""Garbage collection at safe points: the program survives the edits that crash CPython 3.11
with automatic collection, and still frees its garbage."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from bfa_desktop import garbage, model
from bfa_desktop.cli import main
from bfa_desktop.storage.database import open_database

ROOT = Path(__file__).resolve().parents[1]

# Adding a person to a municipality that has hundreds, each in its own session: under CPython
# 3.11 with automatic collection this crashed the process (SIGSEGV) after a few dozen edits.
EDITOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from bfa_desktop import garbage, model
    from bfa_desktop.services.editing import add
    from bfa_desktop.storage.database import open_database

    garbage.collect_at_safe_points_only()
    database = open_database(Path(sys.argv[1]))
    with database.sessions() as session:
        key = session.query(model.Municipality.uuid).scalar()
    for number in range(150):
        with database.session() as session:
            add(session, model.Municipality, key, "persons", {"name": f"Ny {number}"})
    print("done", flush=True)
    """
)


@pytest.fixture
def automatic_collection_restored() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_many_edits_of_a_large_municipality_do_not_crash_the_interpreter(tmp_path: Path) -> None:
    path = tmp_path / "bfa.sqlite3"
    database = open_database(path)
    with database.session() as session:
        municipality = model.Municipality(name="Storby kommun")
        municipality.persons.extend(model.Person(name=f"Person {n}") for n in range(400))
        session.add(municipality)
    database.close()

    editor = subprocess.run(
        [sys.executable, "-c", EDITOR, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )

    assert editor.returncode == 0, editor.stderr[-2000:]
    assert editor.stdout.strip() == "done"
    database = open_database(path)
    with database.sessions() as session:
        assert session.query(model.Person).count() == 550
    database.close()


@pytest.mark.usefixtures("automatic_collection_restored")
def test_the_program_switches_automatic_collection_off_only_where_the_interpreter_needs_it() -> (
    None
):
    gc.enable()
    with pytest.raises(SystemExit):
        main(["--version"])
    assert gc.isenabled() is not garbage.AFFECTED


class _Node:
    def __init__(self) -> None:
        self.partner: _Node | None = None


def _cycles(count: int) -> list[weakref.ref[_Node]]:
    """`count` pairs of objects that refer to each other and to nothing else: only a
    collection frees them."""
    references = []
    for _ in range(count):
        first, second = _Node(), _Node()
        first.partner, second.partner = second, first
        references.append(weakref.ref(first))
    return references


@pytest.mark.usefixtures("automatic_collection_restored")
def test_a_due_collection_frees_cyclic_garbage() -> None:
    gc.collect()
    gc.disable()
    references = _cycles(gc.get_threshold()[0])
    assert all(reference() is not None for reference in references)  # nothing collected them

    garbage.collect_if_due()

    assert all(reference() is None for reference in references)


@pytest.mark.usefixtures("automatic_collection_restored")
def test_nothing_is_collected_before_it_is_due() -> None:
    gc.collect()
    gc.disable()
    references = _cycles(3)

    garbage.collect_if_due()

    assert all(reference() is not None for reference in references)
    gc.collect()

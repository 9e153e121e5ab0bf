"""Two imports of one municipality at once: the one that began first and writes last must not
silently replace what the other wrote. It compares the municipality as it was when it began
with what is there when it writes, and stops with exit code 10, changing nothing."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from bfa_desktop import verbs
from bfa_desktop.cli import ExitCode, main


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "delad.sqlite3"
    assert main(["--database", str(path), "demo"]) == ExitCode.OK
    return path


def variant(db: Path, folder: Path, name: str, website: str) -> Path:
    """The demo's municipality as exported, with a website of its own."""
    path = folder / f"{name}.json"
    assert main(["--database", str(db), "export-json", "-o", str(path)]) == ExitCode.OK
    document = json.loads(path.read_text(encoding="utf-8"))
    document["municipality"]["website"] = website
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def stored_website(db: Path) -> str:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute("SELECT website FROM municipalities").fetchone()[0]


def meanwhile(monkeypatch: pytest.MonkeyPatch, other: Callable[[], None]) -> None:
    """Run `other` once the import has read the municipality as it begins, before it writes:
    the interleaving two imports started together can have."""
    original = verbs.stored_state
    calls: list[str | None] = []

    def read_then_let_the_other_run(*args: Any) -> str | None:
        calls.append(original(*args))
        if len(calls) == 1:
            other()
        return calls[-1]

    monkeypatch.setattr(verbs, "stored_state", read_then_let_the_other_run)


def other_process(*args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bfa_desktop", *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == ExitCode.OK, done.stderr


def test_the_later_of_two_imports_stops_and_the_first_ones_data_stays(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    first = variant(db, tmp_path, "forsta", "https://forsta.example")
    second = variant(db, tmp_path, "andra", "https://andra.example")
    meanwhile(
        monkeypatch,
        lambda: other_process("--database", str(db), "import-json", "--replace", str(first)),
    )
    capsys.readouterr()

    code = main(["--database", str(db), "import-json", "--replace", str(second)])

    assert code == ExitCode.CHANGED_MEANWHILE == 10
    err = capsys.readouterr().err
    assert "Kommunen Danderyds kommun har ändrats i databasen sedan importen började" in err
    assert "Ingenting har ändrats" in err
    assert stored_website(db) == "https://forsta.example"


def test_an_edit_deep_in_the_municipality_meanwhile_stops_it_too(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a window's edit of one measure: not the municipality's own row."""
    second = variant(db, tmp_path, "andra", "https://andra.example")
    edit = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute(\"UPDATE measures SET title = 'Ändrad i fönstret' WHERE id = \"\n"
        "          '(SELECT MIN(id) FROM measures)')\n"
        "c.commit()\n"
    )
    meanwhile(
        monkeypatch, lambda: subprocess.run([sys.executable, "-c", edit, str(db)], check=True)
    )

    assert main(["--database", str(db), "import-json", "--replace", str(second)]) == 10

    with closing(sqlite3.connect(db)) as connection:
        titles = [row[0] for row in connection.execute("SELECT title FROM measures")]
    assert "Ändrad i fönstret" in titles
    assert stored_website(db) != "https://andra.example"


def test_with_nothing_changed_meanwhile_the_import_replaces_it(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = variant(db, tmp_path, "andra", "https://andra.example")
    meanwhile(monkeypatch, lambda: None)

    assert main(["--database", str(db), "import-json", "--replace", str(second)]) == ExitCode.OK

    assert stored_website(db) == "https://andra.example"

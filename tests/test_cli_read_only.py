"""`--read-only` on the verbs that only read: they work on a database that cannot be written
(here on really read-only media, see tests/storage/test_read_only.py), and by choice on one that
can, writing nothing to it, not even the day's backup. The refusal without it names the flag."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bfa_desktop.cli import ExitCode, main
from tests.storage.test_read_only import on_read_only_media
from tests.storage.test_unusable_database import snapshot

READING = {
    "summary": ["summary"],
    "export-json": ["export-json", "-o", "{out}/kommun.json"],
    "export": ["export", "-o", "{out}", "-d", "handlingsplan", "-f", "docx"],
}
SAYS = {
    "summary": "Danderyds kommun\n",
    "export-json": "Sparade Danderyds kommun i ",
    "export": "Danderyds kommun – Handlingsplan 2021–2022.docx",
}

RUN = """
import contextlib, io
from bfa_desktop.cli import main

def run(*args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--database", str(database), *args])
    return [code, out.getvalue(), err.getvalue()]
"""


@pytest.fixture
def demo(database_path: Path) -> Path:
    assert main(["--database", str(database_path), "demo"]) == ExitCode.OK
    assert [p.name for p in database_path.parent.iterdir()] == [database_path.name]
    return database_path


def verb(name: str, out: Path) -> list[str]:
    return [part.format(out=out) for part in READING[name]]


@pytest.mark.parametrize("name", READING)
def test_by_choice_a_reading_verb_writes_nothing_to_the_database(
    demo: Path, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    before = snapshot(demo)[demo.name]

    assert main(["--database", str(demo), *verb(name, out), "--read-only"]) == ExitCode.OK

    assert snapshot(demo)[demo.name] == before
    assert not (demo.parent / "backups").exists()  # not even the day's backup
    assert SAYS[name] in capsys.readouterr().out


def test_on_read_only_media_the_reading_verbs_work_with_the_flag_and_name_it_without(
    demo: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    before = snapshot(demo)
    calls = {name: verb(name, out) for name in READING}
    script = RUN + (
        f"calls = {calls!r}\n"
        "seen = {name: run(*args, '--read-only') for name, args in calls.items()}\n"
        "seen['without'] = run('summary')\n"
        "print(json.dumps(seen))\n"
    )

    seen = on_read_only_media(demo.parent, script)

    for name in READING:
        assert seen[name][0] == ExitCode.OK, seen[name][2]
        assert SAYS[name] in seen[name][1]
    assert json.loads((out / "kommun.json").read_text())["municipality"]["name"] == (
        "Danderyds kommun"
    )
    assert (out / "Danderyds kommun – Handlingsplan 2021–2022.docx").is_file()
    code, _out, err = seen["without"]
    assert code == ExitCode.DATABASE
    assert "går inte att skriva till" in err
    assert "med --read-only efter kommandot (till exempel bfa-desktop summary --read-only)" in err
    assert snapshot(demo) == before


def test_the_writing_verbs_take_no_read_only_flag(demo: Path) -> None:
    for writing in (["demo"], ["import-json", "fil.json"], ["backup"], ["restore"]):
        with pytest.raises(SystemExit) as refused:
            main(["--database", str(demo), *writing, "--read-only"])
        assert refused.value.code == ExitCode.USAGE

"""The command line: verbs, help, exit codes, and errors without tracebacks."""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from bfa_desktop.cli import ExitCode, build_parser, main
from bfa_desktop.model.documents import DOCUMENT_TYPES
from bfa_desktop.storage.database import open_database
from tests.factories import random_municipality
from tests.helpers import database_fingerprint

VERBS = ["demo", "summary", "export-json", "import-json"]


def run(*args: str) -> int:
    return main(list(args))


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite3")


def test_every_verb_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for verb in VERBS:
        with pytest.raises(SystemExit) as exit_info:
            build_parser().parse_args([verb, "--help"])
        assert exit_info.value.code == 0
        assert "usage: bfa-desktop " + verb in capsys.readouterr().out


def test_unknown_verb_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("trolla")
    assert exit_info.value.code == ExitCode.USAGE


def test_demo_is_kept_even_if_the_summary_fails(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr("bfa_desktop.verbs.summarise", lambda _m: 1 / 0)
        assert run("--database", db, "demo") == ExitCode.BUG
    assert run("--database", db, "demo") == ExitCode.OK
    assert "fanns redan" in capsys.readouterr().out


def test_demo_loads_once_and_summarises(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--database", db, "demo") == ExitCode.OK
    first = capsys.readouterr().out
    assert "lades in" in first
    assert "Danderyds kommun" in first
    assert "2021–2022" in first
    assert run("--database", db, "demo") == ExitCode.OK
    assert "fanns redan" in capsys.readouterr().out


def test_database_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("BFA_DESKTOP_DATABASE", str(path))
    assert run("summary") == ExitCode.OK
    assert path.exists()
    assert "ingen kommun" in capsys.readouterr().out


def test_export_and_import_json_round_trip(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--database", db, "demo") == ExitCode.OK
    exported = tmp_path / "ut.json"
    assert run("--database", db, "export-json", "-o", str(exported)) == ExitCode.OK
    other = str(tmp_path / "annan.sqlite3")
    assert run("--database", other, "import-json", str(exported)) == ExitCode.OK
    again = tmp_path / "igen.json"
    assert run("--database", other, "export-json", "-o", str(again)) == ExitCode.OK
    first, second = json.loads(exported.read_text()), json.loads(again.read_text())
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second
    assert "Läste in Danderyds kommun" in capsys.readouterr().out


def test_import_of_existing_municipality_needs_replace(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run("--database", db, "demo")
    exported = tmp_path / "ut.json"
    run("--database", db, "export-json", "-o", str(exported))
    capsys.readouterr()
    assert run("--database", db, "import-json", str(exported)) == ExitCode.REFUSED_INPUT
    assert "finns redan" in capsys.readouterr().err
    assert run("--database", db, "import-json", "--replace", str(exported)) == ExitCode.OK


def test_refused_import_reports_where_and_changes_nothing(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(Path(db))
    with database.session() as session:
        session.add(random_municipality(random.Random(1)))
    before = database_fingerprint(database.engine)
    database.close()
    bad = tmp_path / "fel.json"
    bad.write_text(
        json.dumps({"format": "bfa-desktop-exchange", "version": 1, "municipality": {"name": 5}})
    )
    assert run("--database", db, "import-json", str(bad)) == ExitCode.REFUSED_INPUT
    err = capsys.readouterr().err
    assert "municipality.name: ska vara text" in err
    assert "Traceback" not in err
    database = open_database(Path(db))
    assert database_fingerprint(database.engine) == before
    database.close()


def test_missing_import_file(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--database", db, "import-json", str(tmp_path / "saknas.json")) == 4
    assert "kan inte läsas" in capsys.readouterr().err


def test_refused_import_does_not_create_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "fel.json"
    bad.write_text("inte json")
    target = tmp_path / "ny.sqlite3"
    assert run("--database", str(target), "import-json", str(bad)) == ExitCode.REFUSED_INPUT
    assert not target.exists()


def test_unknown_municipality(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run("--database", db, "demo")
    assert run("--database", db, "summary", "--municipality", "Atlantis") == ExitCode.NOT_FOUND
    assert "Danderyds kommun" in capsys.readouterr().err  # says what exists


def test_unwritable_export_target(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run("--database", db, "demo")
    target = tmp_path / "saknad-mapp" / "ut.json"
    assert run("--database", db, "export-json", "-o", str(target)) == ExitCode.WRITE_FAILED
    assert "finns inte" in capsys.readouterr().err
    assert not target.parent.exists()


def test_export_over_a_folder_leaves_no_partial_file(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run("--database", db, "demo")
    (tmp_path / "ut.json").mkdir()
    assert run("--database", db, "export-json", "-o", str(tmp_path / "ut.json")) == 6
    assert "mapp" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".ut.json")] == []


def test_database_errors_have_their_own_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "skräp.sqlite3"
    garbage.write_bytes(b"ingen databas" * 100)
    assert run("--database", str(garbage), "summary") == ExitCode.DATABASE
    err = capsys.readouterr().err
    assert "ingen BFA Desktop-databas" in err
    assert "Traceback" not in err


def test_unexpected_errors_hide_the_traceback_unless_debug(
    monkeypatch: pytest.MonkeyPatch, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("inre fel")

    run("--database", db, "demo")
    monkeypatch.setattr("bfa_desktop.verbs.summarise", broken)
    capsys.readouterr()
    assert run("--database", db, "summary") == ExitCode.BUG
    assert "Traceback" not in capsys.readouterr().err
    assert run("--debug", "--database", db, "summary") == ExitCode.BUG
    err = capsys.readouterr().err
    assert "Traceback" in err and "inre fel" in err


def test_module_entry_point_runs(tmp_path: Path) -> None:
    environment = dict(os.environ, BFA_DESKTOP_DATABASE=str(tmp_path / "m.sqlite3"))
    result = subprocess.run(
        [sys.executable, "-m", "bfa_desktop", "--version"],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("BFA Desktop ")


def test_no_verb_opens_the_window_or_says_there_is_no_screen(
    monkeypatch: pytest.MonkeyPatch, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert run("--database", db, "--demo") == ExitCode.NO_SCREEN
    assert "ingen skärm" in capsys.readouterr().err
    assert run("--database", db, "summary") == ExitCode.OK  # --demo loaded it all the same
    assert "Danderyds kommun" in capsys.readouterr().out


def test_the_readme_documents_every_verb_and_exit_code() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Command line", 1)[1].split("```", 2)[1]
    verbs = next(
        action.choices
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    for verb in verbs:
        assert f"\n  {verb} " in block, verb
    for code in ExitCode:
        assert f"\n| {int(code)} | " in readme, code


def test_the_help_of_export_names_every_document_without_loading_the_model_otherwise(
    capsys: pytest.CaptureFixture[str],
) -> None:
    program = (
        "import sys\n"
        "from bfa_desktop.cli import build_parser\n"
        "build_parser()\n"
        "print('bfa_desktop.model' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    names = ", ".join(declared.kind.value for declared in DOCUMENT_TYPES)
    assert f"flera gånger: {names} eller all" in text

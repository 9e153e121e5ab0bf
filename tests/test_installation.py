"""`bfa-desktop check`: a whole installation passes; a missing part is named and ends with 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from bfa_desktop import installation
from bfa_desktop.cli import main
from bfa_desktop.services import demo


def test_this_installation_passes_every_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(installation.CHECKS)
    assert all(line.startswith("OK ") for line in lines), lines


def test_a_missing_font_is_named_and_fails_the_check(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(installation, "resource_path", tmp_path.joinpath)
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "FEL  Typsnitten för PDF: saknas: Caladea-Bold.ttf" in out


def test_a_demo_file_the_import_would_refuse_is_named_and_fails_the_check(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "danderyd.json"
    damaged.write_text('{"format": "bfa-desktop-exchange", "version": 3}', encoding="utf-8")
    monkeypatch.setattr(demo, "demo_file", lambda: damaged)
    assert main(["check"]) == 1
    assert f"FEL  Exempelkommunen: {damaged}: municipality: saknas." in capsys.readouterr().out


def test_a_hyphenation_dictionary_that_does_not_break_the_word_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = ("Kommunledningsförvaltningen", ("Kommunl", "edningsförvaltningen"))
    monkeypatch.setattr(installation, "HYPHENATION_PROBE", wrong)
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "FEL  Svensk avstavning (PDF): Kommunledningsförvaltningen kan inte avstavas" in out


def test_a_translation_that_does_not_translate_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(installation, "TRANSLATION_PROBE", ("MainWindow", "&Overview", "Fel"))
    assert main(["check"]) == 1
    assert "FEL  Översättningarna" in capsys.readouterr().out


def test_a_check_that_raises_is_a_failed_finding_not_a_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken() -> installation.Finding:
        raise ImportError("No module named 'alembic'")

    monkeypatch.setattr(installation, "CHECKS", (broken,))
    (finding,) = installation.run_checks()
    assert not finding.ok
    assert finding.detail == "ImportError: No module named 'alembic'"


def test_a_window_module_that_cannot_be_loaded_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(installation, "WINDOW_MODULES", ("bfa_desktop.ui.no_such_module",))
    monkeypatch.setattr(installation, "CHECKS", (installation.check_window_modules,))
    (finding,) = installation.run_checks()
    assert not finding.ok
    assert "no_such_module" in finding.detail

"""The program's log: written owner-only to the user's log folder, once however often it is
installed, never in the way when it cannot be written, and it tells IT why a preset was refused."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from bfa_desktop import activity_log
from bfa_desktop.activity_log import LOG_NAME, install_log
from bfa_desktop.cli import main
from bfa_desktop.machine_settings import MachineSettings
from bfa_desktop.services.machine_preset import apply_machine_preset


def test_the_reason_a_preset_template_was_refused_is_in_the_log(
    session: Session, tmp_path: Path
) -> None:
    path = install_log(tmp_path / "log")
    assert path == tmp_path / "log" / LOG_NAME
    share = tmp_path / "share"
    share.mkdir()
    (share / "mall.docx").write_bytes(b"inte en Word-fil")
    machine = MachineSettings(
        {}, {"municipality": "Täby kommun", "template": str(share / "mall.docx")}
    )
    assert apply_machine_preset(session, machine, tmp_path / "copies")
    text = path.read_text(encoding="utf-8")
    assert (
        "WARNING bfa_desktop.services.machine_preset: Den förinställda mallen används inte" in text
    )
    assert (
        "INFO bfa_desktop.services.machine_preset: Den förinställda kommunen Täby kommun skapades"
        in text
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_installing_twice_writes_each_line_once(tmp_path: Path) -> None:
    first = install_log(tmp_path)
    assert install_log(tmp_path / "elsewhere") == first
    logging.getLogger("bfa_desktop.test").info("en gång")
    assert first.read_text(encoding="utf-8").count("en gång") == 1


def test_rotated_files_are_owner_only_and_few(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(activity_log, "MAX_BYTES", 2_000)
    install_log(tmp_path)
    for number in range(400):
        logging.getLogger("bfa_desktop.test").info("rad %d %s", number, "x" * 40)
    files = sorted(tmp_path.glob(LOG_NAME + "*"))
    assert len(files) == 1 + activity_log.KEPT_FILES
    assert {stat.S_IMODE(file.stat().st_mode) for file in files} == {0o600}


def test_a_log_that_cannot_be_written_does_not_stop_the_program(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    install_log(blocked / "log")  # the folder would be inside a file
    logging.getLogger("bfa_desktop.test").warning("går inte att skriva")
    assert capsys.readouterr().err == ""


def test_nothing_is_created_until_there_is_something_to_log(tmp_path: Path) -> None:
    path = install_log(tmp_path / "log")
    assert not path.parent.exists()
    logging.getLogger("bfa_desktop.test").info("nu")
    assert path.is_file()


def test_the_command_line_writes_its_log_to_the_users_log_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", str(tmp_path / "db.sqlite3"), "summary"]) == 0
    capsys.readouterr()
    handlers = logging.getLogger("bfa_desktop").handlers
    paths = [Path(h.baseFilename) for h in handlers if isinstance(h, logging.FileHandler)]
    assert paths == [tmp_path / "home" / "state" / "bfa-desktop" / "log" / LOG_NAME]

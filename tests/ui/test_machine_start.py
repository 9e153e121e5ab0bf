"""Starting as `bfa-desktop` does on a machine IT has preset: the policy's language wins over the
user's, and the preset municipality is there on an empty database (no first-start choice)."""

from __future__ import annotations

import json
import shutil
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from bfa_desktop.documents.template import default_template_path
from bfa_desktop.machine_settings import CONFIG_FILE, MACHINE_CONFIG_ENV, POLICY_FILE
from bfa_desktop.settings import SETTINGS_ENV, UI_LANGUAGE, UserSettings
from bfa_desktop.ui.main_window import MainWindow
from tests.ui.driving import run_window_with


@pytest.fixture(autouse=True)
def _hooks_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_window installs the crash handler process-wide; the hooks come back after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


@pytest.fixture
def etc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "etc" / "bfa-desktop"
    folder.mkdir(parents=True)
    monkeypatch.setenv(MACHINE_CONFIG_ENV, str(folder))
    return folder


def test_a_preset_machine_starts_in_the_policys_language_on_its_municipality(
    qtbot: QtBot, database_path: Path, etc: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_file = tmp_path / "user" / "settings.json"
    UserSettings(user_file).set(UI_LANGUAGE, "sv")
    monkeypatch.setenv(SETTINGS_ENV, str(user_file))
    share = tmp_path / "server"
    share.mkdir()
    shutil.copyfile(default_template_path(), share / "mall.docx")
    (etc / POLICY_FILE).write_text(json.dumps({"language": "en"}), encoding="utf-8")
    (etc / CONFIG_FILE).write_text(
        json.dumps(
            {"municipality": "Täby kommun", "unit": "KLK", "template": str(share / "mall.docx")}
        ),
        encoding="utf-8",
    )
    seen: list[tuple[list[str], str, bool]] = []

    def look(window: MainWindow) -> None:
        box = window.municipality_box
        choosable = window.findChild(QAction, "language-sv").isEnabled()
        seen.append(
            ([box.itemText(i) for i in range(box.count())], window.tabs.tabText(0), choosable)
        )

    # No settings given: the program's own, with this machine's settings.
    assert run_window_with(database_path, None, look) == 0  # type: ignore[arg-type]
    assert seen == [(["Täby kommun"], "Overview", False)]  # the policy's language: no choice
    assert run_window_with(database_path, None, look) == 0  # type: ignore[arg-type]
    assert seen[1] == (["Täby kommun"], "Overview", False)  # created once
    assert list((tmp_path / "home" / "data" / "bfa-desktop" / "machine").iterdir())


def test_without_machine_settings_nothing_is_preset(
    qtbot: QtBot, database_path: Path, etc: Path, tmp_path: Path
) -> None:
    (etc / CONFIG_FILE).write_text(json.dumps({"municipality": "Täby kommun"}), encoding="utf-8")
    seen: list[tuple[int, bool]] = []
    settings = UserSettings(tmp_path / "s.json")  # given without machine settings

    def look(window: MainWindow) -> None:
        choosable = window.findChild(QAction, "language-sv").isEnabled()
        seen.append((window.municipality_box.count(), choosable))

    assert run_window_with(database_path, settings, look) == 0
    assert seen == [(0, True)]

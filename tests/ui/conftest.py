"""Fixtures of the window's tests: a workspace on the demo database (tests/conftest.py), and
the main window shown on it. Every Qt warning fails a test here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from bfa_desktop.crash import NO_DIALOGS_ENV
from bfa_desktop.settings import UserSettings
from bfa_desktop.storage.database import Database
from bfa_desktop.ui import translations
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.workspace import Workspace
from tests.ui.driving import show

_HERE = Path(__file__).resolve().parent

# Messages of Qt's offscreen test platform itself, not of the program: it says so when a
# window is shown (size hints) or a combo box opens its list (raise, keyboard and mouse grab).
PLATFORM_NOISE = (
    r"^This plugin does not support "
    r"(propagateSizeHints\(\)|raise\(\)|grabbing the (keyboard|mouse))$",
)


def mark_qt_messages(items: list[pytest.Item], folder: Path) -> None:
    """A Qt warning (or worse) during a test in `folder` fails it."""
    for item in items:
        if folder in item.path.resolve().parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"), append=False)
            item.add_marker(pytest.mark.qt_log_ignore(*PLATFORM_NOISE), append=False)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Markers are set at collection: pytest-qt reads qt_log_ignore before any fixture runs.
    mark_qt_messages(items, _HERE)


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """No modal message box may stop a test."""
    monkeypatch.setenv(NO_DIALOGS_ENV, "1")


@pytest.fixture(autouse=True)
def _language_restored() -> Iterator[None]:
    """A test that installs a language (or starts the application) leaves none behind."""
    locale = QLocale()
    yield
    app = QCoreApplication.instance()
    if app is not None:
        for translator in translations._installed:
            app.removeTranslator(translator)
    translations._installed.clear()
    QLocale.setDefault(locale)


@pytest.fixture
def workspace(demo_database: Database) -> Workspace:
    return Workspace(demo_database)


@pytest.fixture
def settings(tmp_path: Path) -> UserSettings:
    return UserSettings(tmp_path / "settings.json")


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, settings: UserSettings) -> MainWindow:
    """The main window on the demo, shown and active (keyboard shortcuts need that)."""
    shown = MainWindow(workspace, settings)
    show(qtbot, shown)
    return shown

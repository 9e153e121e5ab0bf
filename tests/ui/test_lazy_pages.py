"""The window opens on one tab and builds the others when they are first shown; the overview's
check of what is missing – which loads the Word template's machinery – is made once the window
has shown the period."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from bfa_desktop import model
from bfa_desktop.settings import UserSettings
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.workspace import Workspace
from tests.ui.driving import click_tab, open_page, show


def test_tabs_are_built_when_first_shown_and_show_the_current_records(
    qtbot: QtBot, workspace: Workspace, settings: UserSettings
) -> None:
    window = MainWindow(workspace, settings)
    show(qtbot, window)
    content = window.content
    assert content is not None
    assert not content.municipality_page.built
    assert not content.period_page.built
    plan = window.pages["plan"]
    assert plan._panel is None  # type: ignore[attr-defined]  # nothing of the plan built yet

    open_page(qtbot, window, "municipality")
    assert content.municipality_page.built
    municipality = workspace.read(lambda s: s.query(model.Municipality).one().uuid)
    assert content.municipality_panel.form.record == RecordRef(model.Municipality, municipality)
    assert content.municipality_panel.form.editors["name"].isVisible()
    assert content.municipality_panel.form.isEnabled()  # its values read when shown

    overview = open_page(qtbot, window, "overview")
    assert isinstance(overview, QTabWidget)
    click_tab(qtbot, overview, overview.indexOf(content.period_page))
    assert content.period_page.built
    assert content.period_panel.form.record == RecordRef(model.Period, workspace.period_key)
    # Another period chosen: the built panel follows.
    earlier = window.period_box.findText("2019–2020")
    window.period_box.setCurrentIndex(earlier)
    window.period_box.activated.emit(earlier)
    assert content.period_panel.form.record == RecordRef(model.Period, workspace.period_key)
    assert window.period_box.currentText() == "2019–2020"


def test_the_check_of_what_is_missing_comes_after_the_period_is_shown(
    database_path: Path, demo_template: Path, tmp_path: Path
) -> None:
    """In a process of its own, as the program starts: what is loaded when the window first
    shows the demo, and after the check."""
    database_path.parent.mkdir(parents=True, exist_ok=True)
    database_path.write_bytes(demo_template.read_bytes())
    program = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from bfa_desktop.settings import UserSettings
from bfa_desktop.storage.database import open_database
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.workspace import Workspace

LATE = ("docx", "reportlab", "bfa_desktop.services.readiness", "bfa_desktop.ui.plan_view",
        "bfa_desktop.ui.search_view", "bfa_desktop.ui.municipality_assets")

def loaded():
    return sorted(name for name in LATE if name in sys.modules)

window = MainWindow(Workspace(open_database(Path(sys.argv[1]))), UserSettings(Path(sys.argv[2])))
window.show()
readiness = window.content.readiness
print("attached", loaded(), readiness.checking, readiness.summary.text(), flush=True)

def checked():
    print("checked", loaded(), readiness.list.count())
    window.tabs.setCurrentWidget(window.pages["plan"])
    print("plan", "bfa_desktop.ui.plan_view" in sys.modules)
    app.quit()

readiness.checked.connect(checked)
app.exec()
"""
    result = subprocess.run(
        [sys.executable, "-c", program, str(database_path), str(tmp_path / "s.json")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "attached [] True Checking what is still missing…"
    checked = lines[1].split(" ", 1)[1]
    assert checked.startswith("['bfa_desktop.services.readiness', 'docx', 'reportlab'] ")
    assert int(checked.rsplit(" ", 1)[1]) > 0  # the demo lacks a few things
    assert lines[2] == "plan True"

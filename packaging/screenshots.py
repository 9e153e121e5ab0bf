"""Render every tab of the demo workspace to PNG, offscreen, at a laptop's 1366×768, for the
README; and the search across the period.

    python packaging/screenshots.py [FOLDER] [--language sv|en]

Writes FOLDER/fonster-<tab>.png and FOLDER/fonster-search.png (default resources/readme). Uses
a temporary database and settings, so nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BFA_DESKTOP_NO_DIALOGS", "1")

from PySide6.QtWidgets import QApplication

from bfa_desktop import model
from bfa_desktop.services.demo import load_demo
from bfa_desktop.settings import UserSettings
from bfa_desktop.storage.database import open_database
from bfa_desktop.ui import translations
from bfa_desktop.ui.edits import RecordRef
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.panels import DocumentPage
from bfa_desktop.ui.plan_view import PlanPanel
from bfa_desktop.ui.workspace import Workspace

SIZE = (1366, 768)
SHOWN_MEASURE = "2.1"  # the plan's picture shows this measure's details
SEARCHED = "grannsamverkan"


def render(folder: Path, language: str) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    translations.install(language)
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        database = open_database(Path(scratch) / "demo.sqlite3")
        with database.session() as session:
            load_demo(session)
        window = MainWindow(Workspace(database), UserSettings(Path(scratch) / "settings.json"))
        window.resize(*SIZE)
        window.show()
        assert window.content is not None
        readiness = window.content.readiness
        settle(app, lambda: not readiness.checking)  # the list of what is missing is filled
        folder.mkdir(parents=True, exist_ok=True)
        for index, name in enumerate(window.pages):
            window.tabs.setCurrentIndex(index)
            page = window.tabs.currentWidget()
            if isinstance(page, DocumentPage):
                show_telling_part(page)
            settle(app)
            written.append(save(window, folder / f"fonster-{name}.png"))
        window.tabs.setCurrentWidget(window.pages["plan"])
        window.content.find_in_period()
        search = window.content.search
        assert search is not None
        search.line.setText(SEARCHED)
        search.search()
        settle(app)
        written.append(save(window, folder / "fonster-search.png"))
        window.close()
        database.close()
    return written


def show_telling_part(page: DocumentPage) -> None:
    """The plan's table with a measure's details; another document's first list (more
    telling than its form)."""
    panel = page.panel
    if isinstance(panel, PlanPanel):
        row = next(r for r in panel.editor.model.rows if r.number == SHOWN_MEASURE)
        panel.editor.select(RecordRef(model.Measure, row.key))
    elif hasattr(panel, "tabs"):
        panel.tabs.setCurrentIndex(1)


def settle(app: QApplication, done: Callable[[], bool] = lambda: True) -> None:
    """Let the window paint (and finish what it does after painting) until `done`."""
    deadline = time.monotonic() + 10
    while True:
        app.processEvents()
        if done() or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    app.processEvents()


def save(window: MainWindow, target: Path) -> Path:
    window.grab().save(str(target))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("resources/readme"))
    parser.add_argument("--language", choices=["sv", "en"], default="sv")
    arguments = parser.parse_args()
    for path in render(arguments.folder, arguments.language):
        print(path)


if __name__ == "__main__":
    main()

"""Render every tab of the demo workspace to PNG, offscreen, for the README.

    python packaging/screenshots.py [FOLDER] [--language sv|en]

Writes FOLDER/fonster-<tab>.png (default resources/readme). Uses a temporary database and
settings, so nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BFA_DESKTOP_NO_DIALOGS", "1")

from PySide6.QtWidgets import QApplication

from bfa_desktop.services.demo import load_demo
from bfa_desktop.settings import UserSettings
from bfa_desktop.storage.database import open_database
from bfa_desktop.ui import translations
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.panels import DocumentPage
from bfa_desktop.ui.workspace import Workspace

SIZE = (1400, 900)


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
        folder.mkdir(parents=True, exist_ok=True)
        for index, name in enumerate(window.pages):
            window.tabs.setCurrentIndex(index)
            page = window.tabs.currentWidget()
            if isinstance(page, DocumentPage) and hasattr(page.panel, "tabs"):
                page.panel.tabs.setCurrentIndex(1)  # its first list, more telling than a form
            app.processEvents()
            target = folder / f"fonster-{name}.png"
            window.grab().save(str(target))
            written.append(target)
        window.close()
        database.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("resources/readme"))
    parser.add_argument("--language", choices=["sv", "en"], default="sv")
    arguments = parser.parse_args()
    for path in render(arguments.folder, arguments.language):
        print(path)


if __name__ == "__main__":
    main()

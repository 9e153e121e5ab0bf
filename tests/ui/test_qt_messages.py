"""A Qt warning during a window test fails it (set up in tests/ui/conftest.py), except the
offscreen platform's own remarks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CONFTEST = """
from pathlib import Path

from tests.ui.conftest import mark_qt_messages


def pytest_collection_modifyitems(items):
    mark_qt_messages(items, Path(__file__).resolve().parent)
"""

TESTS = """
from PySide6.QtCore import qWarning


def test_warns(qtbot):
    qWarning("Något är fel")


def test_platform_remark(qtbot):
    qWarning("This plugin does not support raise()")


def test_quiet(qtbot):
    pass
"""


def test_a_qt_warning_fails_the_test(tmp_path: Path) -> None:
    folder = tmp_path / "ui"
    folder.mkdir()
    (folder / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (folder / "test_messages.py").write_text(TESTS, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rf", str(folder)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "1 failed, 2 passed" in output, output
    assert "FAILED ui/test_messages.py::test_warns" in output, output
    assert "Qt messages with level WARNING or above emitted" in output, output

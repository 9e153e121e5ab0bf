"""The Qt binding itself must be sound: PySide6 6.12.0 corrupted a reference count on every
signal emitted to a Python slot, and the window died after a few thousand edits."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    changed = Signal(object)

emitter = Emitter()
received = []
emitter.changed.connect(received.append)
for number in range(50_000):
    emitter.changed.emit(None if number % 2 else number)
print(len(received))
"""


def test_many_signals_to_python_slots_do_not_corrupt_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "50000"

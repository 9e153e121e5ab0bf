"""The keyboard tests again under X11, on a virtual screen of their own (Xvfb). The offscreen
platform of the other tests uses the Windows key scheme; X11's gives text fields keys of their
own (Ctrl+E is "end of line") and Ctrl+Y no redo, which is where the window's keys were lost.

Without Xvfb the test skips, unless BFA_REQUIRE_TOOLS=1 (CI), where it fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
KEY_TESTS = ("test_keyboard.py", "test_wheel_and_undo.py")
UNDER_X11 = "BFA_TESTS_UNDER_X11"


@pytest.fixture
def x_display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        message = "Xvfb is not installed"
        if os.environ.get("BFA_REQUIRE_TOOLS"):
            pytest.fail(message)
        pytest.skip(message)
    read, write = os.pipe()
    server = subprocess.Popen(  # it writes the number of the display it chose
        [xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as chosen:
        number = chosen.readline().strip()
    try:
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.skipif(bool(os.environ.get(UNDER_X11)), reason="already the run under X11")
def test_the_keyboard_tests_pass_under_x11(x_display: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": x_display,
        UNDER_X11: "1",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--basetemp",
            str(tmp_path / "run"),
            *(str(_HERE / name) for name in KEY_TESTS),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout

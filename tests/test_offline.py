"""The program never opens a network connection: start-up, loading the demo, editing in the
window and every export run under strace, and any connect or send to an internet address (IPv4
or IPv6, from Python or from Qt's C++) fails the test. Local sockets (fontconfig, D-Bus) are not
the network and are allowed.

Without strace the test skips, unless BFA_REQUIRE_TOOLS=1 (CI), where it fails.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NETWORK_CALL = re.compile(r"\b(connect|sendto|sendmsg)\(\d+, \{sa_family=AF_INET6?\b")

# Everything an official does in a session, in one fresh process (so that every import happens
# under the trace): the demo and all exports by the command line, then the window – started as
# bfa-desktop starts it, a field typed and committed, closed.
SESSION = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from bfa_desktop.cli import main
    from bfa_desktop.settings import UserSettings
    from tests.ui.driving import run_window_with

    database, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir()
    assert main(["--database", str(database), "demo"]) == 0
    assert main(["--database", str(database), "export", "-o", str(out)]) == 0
    assert len(list(out.iterdir())) == 14

    def edit(window):
        editor = window.content.municipality_panel.form.editors["short_name"]
        editor.line.setText("Danderyd (offline)")
        editor.line.textEdited.emit("Danderyd (offline)")
        editor.flush()
        assert window.workspace.undo_stack.count() == 1

    app = QApplication(sys.argv[:1])  # the driver's timers need it before the window starts
    assert run_window_with(database, UserSettings(database.parent / "s.json"), edit) == 0
    import socket  # a local message, so the test can see that the trace saw this process
    local, _other = socket.socketpair()
    local.sendmsg([b"traced"])
    print("session done")
    """
)


def strace() -> str:
    path = shutil.which("strace")
    if path is None:
        if os.environ.get("BFA_REQUIRE_TOOLS"):
            pytest.fail("strace is missing (apt-get install strace)")
        pytest.skip("strace is not installed")
    return path


def traced(
    program: list[str], tmp_path: Path, env: dict[str, str]
) -> tuple[list[str], subprocess.CompletedProcess[str]]:
    """The socket calls `program` (and its children) made, as strace prints them."""
    trace = tmp_path / "trace.txt"
    result = subprocess.run(
        [strace(), "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace), *program],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return trace.read_text().splitlines(), result


def network(calls: list[str]) -> list[str]:
    return [line for line in calls if NETWORK_CALL.search(line)]


def session_environment(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    return {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "BFA_DESKTOP_NO_DIALOGS": "1",
        "PYTHONPATH": str(ROOT),
    }


def test_a_whole_session_opens_no_network_connection(tmp_path: Path) -> None:
    program = [sys.executable, "-c", SESSION, str(tmp_path / "db.sqlite3"), str(tmp_path / "out")]
    calls, result = traced(program, tmp_path, session_environment(tmp_path))
    assert "session done" in result.stdout
    assert any("sendmsg(" in line and "traced" in line for line in calls)  # the trace worked
    assert network(calls) == []


def test_the_trace_sees_a_connection_attempt(tmp_path: Path) -> None:
    """The check itself: a program that tries to reach an address is caught."""
    attempt = (
        "import socket\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
        "s.settimeout(0.2)\n"
        "try:\n"
        "    s.connect(('192.0.2.1', 9))\n"  # TEST-NET-1: never routed
        "except OSError:\n"
        "    pass\n"
    )
    calls, _result = traced([sys.executable, "-c", attempt], tmp_path, dict(os.environ))
    (call,) = network(calls)
    assert "192.0.2.1" in call

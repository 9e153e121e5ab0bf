"""The core (model, storage, services, documents) is usable without Qt widgets."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import bfa_desktop

PACKAGE = Path(bfa_desktop.__file__).parent
CORE_LAYERS = ["model", "storage", "services", "documents"]
FORBIDDEN = "PySide6.QtWidgets"


def core_modules() -> list[Path]:
    return [path for layer in CORE_LAYERS for path in sorted((PACKAGE / layer).rglob("*.py"))]


def imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for statement in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(statement, ast.Import):
            names.update(alias.name for alias in statement.names)
        elif isinstance(statement, ast.ImportFrom) and statement.module:
            names.add(statement.module)
            names.update(f"{statement.module}.{alias.name}" for alias in statement.names)
    return names


def test_there_are_core_modules_to_check() -> None:
    assert len(core_modules()) > 10


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_module_does_not_import_qt_widgets(path: Path) -> None:
    offending = {name for name in imported_names(path) if name.startswith(FORBIDDEN)}
    assert not offending, f"{path.relative_to(PACKAGE)} imports {offending}"


def test_importing_the_whole_core_loads_no_qt_widgets() -> None:
    """Also catches an indirect import through a third module."""
    modules = [
        "bfa_desktop." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for path in core_modules()
        if path.parent.name != "versions" and path.name != "env.py"
    ]
    modules = [name.removesuffix(".__init__") for name in modules]
    program = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print({FORBIDDEN!r} in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_check_sees_a_widget_import(tmp_path: Path) -> None:
    leaking = tmp_path / "leak.py"
    leaking.write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    assert any(name.startswith(FORBIDDEN) for name in imported_names(leaking))


def test_undo_and_editing_do_not_depend_on_the_exchange_format() -> None:
    """Snapshots for undo come from model.snapshot, which the exchange format also writes;
    a change to the JSON format cannot break undo."""
    for path in (PACKAGE / "services" / "editing.py", PACKAGE / "model" / "snapshot.py"):
        names = imported_names(path)
        assert not {name for name in names if name.startswith("bfa_desktop.services.exchange")}
    assert "bfa_desktop.model.snapshot.to_data" in imported_names(
        PACKAGE / "services" / "exchange" / "writer.py"
    )

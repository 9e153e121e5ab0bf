"""Where bundled resources are: inside the installed package, or at the top of a checkout."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_folder(name: str) -> Path:
    """A top-level data folder (resources, translations) wherever the program is installed."""
    candidates = [
        _PACKAGE / name,  # wheel (the folder is force-included into the package)
        _PACKAGE.parent / name,  # checkout or editable install
    ]
    bundle = getattr(sys, "_MEIPASS", None)  # frozen application
    if bundle:
        candidates.insert(0, Path(bundle) / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"BFA Desktop's {name} folder is missing from the installation.")


def resources_folder() -> Path:
    return data_folder("resources")


def resource_path(*parts: str) -> Path:
    return resources_folder().joinpath(*parts)

"""Where bundled resources are: inside the installed package, or at the top of a checkout."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_folder() -> Path:
    candidates = [
        _PACKAGE / "resources",  # wheel (resources/ is force-included into the package)
        _PACKAGE.parent / "resources",  # checkout or editable install
    ]
    bundle = getattr(sys, "_MEIPASS", None)  # frozen application
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("BFA Desktop's resources folder is missing from the installation.")


def resource_path(*parts: str) -> Path:
    return resources_folder().joinpath(*parts)

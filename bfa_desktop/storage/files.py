"""Files and folders readable by their owner only (on POSIX; elsewhere a no-op)."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def ensure_private_folder(folder: Path) -> Path:
    """Create `folder` and any missing folder above it owner-only (`mkdir(parents=True)` would
    give the ones above the default permissions); folders that exist are left as they are."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        created.mkdir(mode=PRIVATE_FOLDER_MODE, exist_ok=True)
    return missing[0] if missing else folder


def create_private_file(path: Path) -> None:
    """Create `path` empty with owner-only permissions if it does not exist yet."""
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(descriptor)

"""Atomic file writing: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


class WriteError(Exception):
    """The file could not be written; no partial file was left. `str()` is for the user."""


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file in the target folder, flush it, then replace `path`."""
    folder = path.parent
    if not folder.is_dir():
        raise WriteError(f"Mappen {folder} finns inte.")
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise WriteError(_describe(folder, error)) from error
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        Path(temporary).replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise WriteError(_describe(path, error)) from error


# Windows: ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION – the file is open in another program
# (typically Word), although Python reports a PermissionError.
_WINDOWS_IN_USE = {32, 33}


def _describe(path: Path, error: OSError) -> str:
    if getattr(error, "winerror", None) in _WINDOWS_IN_USE:
        return f"Kunde inte skriva {path}: filen används av ett annat program. Stäng den där."
    reasons = {
        errno.EACCES: "saknar behörighet att skriva där",
        errno.EPERM: "saknar behörighet att skriva där",
        errno.EROFS: "platsen är skrivskyddad",
        errno.ENOSPC: "disken är full",
        errno.EDQUOT: "diskkvoten är slut",
        errno.EISDIR: "det finns redan en mapp med det namnet",
        errno.ENOENT: "mappen finns inte",
        errno.EBUSY: "filen används av ett annat program",
        errno.ETXTBSY: "filen används av ett annat program",
    }
    reason = reasons.get(error.errno or 0, error.strerror or str(error))
    return f"Kunde inte skriva {path}: {reason}."

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

_ELSEWHERE = "Välj en annan mapp."
_MAKE_ROOM = "Frigör utrymme eller välj en annan mapp och försök igen."
_CLOSE_IT = "Stäng den där och försök igen."
# What went wrong, and what the user can do about it.
_REASONS = {
    errno.EACCES: ("saknar behörighet att skriva där", _ELSEWHERE),
    errno.EPERM: ("saknar behörighet att skriva där", _ELSEWHERE),
    errno.EROFS: ("platsen är skrivskyddad", _ELSEWHERE),
    errno.ENOSPC: ("disken är full", _MAKE_ROOM),
    errno.EDQUOT: ("diskkvoten är slut", _MAKE_ROOM),
    errno.EISDIR: ("det finns redan en mapp med det namnet", _ELSEWHERE),
    errno.ENOENT: ("mappen finns inte", _ELSEWHERE),
    errno.EBUSY: ("filen används av ett annat program", _CLOSE_IT),
    errno.ETXTBSY: ("filen används av ett annat program", _CLOSE_IT),
}


def _describe(path: Path, error: OSError) -> str:
    if getattr(error, "winerror", None) in _WINDOWS_IN_USE:
        reason, advice = "filen används av ett annat program", _CLOSE_IT
    else:
        reason, advice = _REASONS.get(error.errno or 0, (error.strerror or str(error), ""))
    return f"Kunde inte skriva {path}: {reason}. {advice}".rstrip()

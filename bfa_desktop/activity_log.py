"""The program's log: what it did that a user or IT may want to look up later (a preset
template that was refused, a share that could not be reached), kept in the user's log folder
beside the crash logs, readable by the user only, a few rotated files at most."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

from bfa_desktop.crash import crash_folder
from bfa_desktop.storage.files import ensure_private_folder

LOG_NAME = "bfa-desktop.log"
MAX_BYTES = 1_000_000
KEPT_FILES = 3


class _PrivateFileHandler(RotatingFileHandler):
    """Creates its folder and each log file owner-only when there is first something to write,
    and after every rotation. A log that cannot be written is left unwritten, silently."""

    def _open(self) -> TextIO:
        ensure_private_folder(Path(self.baseFilename).parent)
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(descriptor, "a", encoding=self.encoding)  # noqa: PTH123 - from a descriptor

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        pass


def install_log(folder: Path | None = None) -> Path:
    """Send the program's messages (INFO and up) to the log file, and return its path.
    Installing twice adds nothing."""
    logger = logging.getLogger("bfa_desktop")
    for handler in logger.handlers:
        if isinstance(handler, _PrivateFileHandler):
            return Path(handler.baseFilename)
    path = (folder or crash_folder()) / LOG_NAME
    handler = _PrivateFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path

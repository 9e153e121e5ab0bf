"""The crash handler, installed before anything else: an unexpected error is written to a crash
log (readable by the user only) and shown in a dialog that can copy the details. With dialogs
turned off (tests, unattended runs) it is only logged, and the process goes on."""

from __future__ import annotations

import os
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path

from bfa_desktop import APP_NAME, __version__
from bfa_desktop.storage.files import ensure_private_folder

NO_DIALOGS_ENV = "BFA_DESKTOP_NO_DIALOGS"

Reporter = Callable[[str, Path], None]


def crash_folder() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def dialogs_enabled() -> bool:
    return not os.environ.get(NO_DIALOGS_ENV)


class CrashHandler:
    def __init__(self, reporter: Reporter | None = None, folder: Path | None = None) -> None:
        self.reporter = reporter
        self.folder = folder or crash_folder()
        self.last_log: Path | None = None

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
        )

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = (
            f"BFA Desktop {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
            f"{datetime.now().isoformat(timespec='seconds')}\n\n"
            + "".join(traceback.format_exception(kind, error, trace))
        )
        self.last_log = self._write(details)
        print(details, file=sys.stderr)
        if self.reporter is not None and dialogs_enabled():
            self.reporter(details, self.last_log)

    def _write(self, details: str) -> Path:
        ensure_private_folder(self.folder)
        path = self.folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
        descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(details)
        return path

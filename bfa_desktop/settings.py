"""User settings, each declared once with its type and default.

Stored as JSON in the user's configuration folder, readable by the user only, written
atomically. A damaged or hand-edited file never stops the program: a value of the wrong type
or outside its choices reads as the default, and a file that is not JSON is set aside.

A setting that IT can preset on the machine (bfa_desktop.machine_settings) names its machine
key: the policy's value wins over the user's, the user's over the machine configuration's.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from platformdirs import user_config_path

from bfa_desktop import APP_NAME
from bfa_desktop.fileio import atomic_write
from bfa_desktop.machine_settings import LANGUAGE, MachineKey, MachineSettings
from bfa_desktop.storage.files import ensure_private_folder

T = TypeVar("T", str, int, bool)

SETTINGS_ENV = "BFA_DESKTOP_SETTINGS"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    description: str
    choices: tuple[T, ...] = ()
    machine_key: MachineKey | None = None

    def accepts(self, value: object) -> bool:
        if type(value) is not type(self.default):
            return False
        return not self.choices or value in self.choices


UI_LANGUAGE = Setting("ui/language", "sv", "Språk i programmet", ("sv", "en"), machine_key=LANGUAGE)
LAST_MUNICIPALITY = Setting("session/municipality", "", "Senast öppnade kommun (uuid)")
LAST_PERIOD = Setting("session/period", "", "Senast öppnade period (uuid)")
WINDOW_GEOMETRY = Setting("window/geometry", "", "Fönstrets läge och storlek")
WINDOW_STATE = Setting("window/state", "", "Verktygsfältens läge")
PLAN_SPLITTER = Setting("plan/splitter", "", "Planflikens bredd på tabell och detaljer")
PLAN_COLUMNS = Setting("plan/columns", "", "Planflikens kolumner: bredd, ordning, sortering")
EXPORT_FOLDER = Setting("export/folder", "", "Senast använda exportmapp")
EXPORT_WORD = Setting("export/word", True, "Exportera Word-filer")
EXPORT_PDF = Setting("export/pdf", True, "Exportera PDF-filer")

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    UI_LANGUAGE,
    LAST_MUNICIPALITY,
    LAST_PERIOD,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    PLAN_SPLITTER,
    PLAN_COLUMNS,
    EXPORT_FOLDER,
    EXPORT_WORD,
    EXPORT_PDF,
)


def default_settings_path() -> Path:
    from_env = os.environ.get(SETTINGS_ENV)
    if from_env:
        return Path(from_env)
    return user_config_path(APP_NAME, appauthor=False) / "settings.json"


class UserSettings:
    def __init__(self, path: Path | None = None, machine: MachineSettings | None = None) -> None:
        self.path = path or default_settings_path()
        self.machine = machine
        self.values = self._load()

    def get(self, setting: Setting[T]) -> T:
        """The policy's value, else the user's, else the machine configuration's, else the
        default – each only if it fits the setting."""
        key = setting.machine_key
        policy = self.machine.policy.get(key.name) if self.machine and key else None
        preset = self.machine.machine.get(key.name) if self.machine and key else None
        for value in (policy, self.values.get(setting.key), preset):
            if setting.accepts(value):
                return value  # type: ignore[return-value]  # accepts() checked its type
        return setting.default

    def enforced(self, setting: Setting[T]) -> bool:
        """Whether the machine's policy fixes the setting, so that a choice of the user's
        would not count."""
        key = setting.machine_key
        return bool(self.machine and key and setting.accepts(self.machine.policy.get(key.name)))

    def set(self, setting: Setting[T], value: T) -> None:
        if not setting.accepts(value):
            raise ValueError(f"{value!r} passar inte inställningen {setting.key}")
        if self.values.get(setting.key) == value:
            return
        self.values[setting.key] = value
        self._save()

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            data = None
        if not isinstance(data, dict):
            self._set_aside()
            return {}
        return data

    def _set_aside(self) -> None:
        """Keep a damaged file for inspection instead of overwriting it silently."""
        with contextlib.suppress(OSError):
            self.path.replace(self.path.with_suffix(".damaged.json"))

    def _save(self) -> None:
        ensure_private_folder(self.path.parent)
        text = json.dumps(self.values, ensure_ascii=False, indent=2, sort_keys=True)
        atomic_write(self.path, text.encode("utf-8"))  # a temporary file is owner-only

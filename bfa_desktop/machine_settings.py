"""Settings that IT presets on a machine, and where the program finds them.

The order, highest first:

1. Policy, enforced: on Windows the registry values under
   HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\BFA Desktop; elsewhere /etc/bfa-desktop/policy.json.
2. Machine configuration, a preset: on Windows %ProgramData%\\BFA Desktop\\config.json, then the
   values the installer writes under HKEY_LOCAL_MACHINE\\SOFTWARE\\BFA Desktop (a key in the file
   wins over the same key from the installer); elsewhere /etc/bfa-desktop/config.json.
3. The user's own settings (bfa_desktop.settings).
4. Built-in defaults.

For a setting the user can choose in the program (the language) the user's choice beats the
machine preset but not the policy. The database folder yields to `--database` and
$BFA_DESKTOP_DATABASE (bfa_desktop.storage.location). $BFA_DESKTOP_MACHINE_CONFIG names another
folder for policy.json and config.json (for tests and trials; on Windows for config.json).

The keys – municipality, unit, logo, template, database_folder, language ("sv" or "en") – are
the same in the JSON files and as registry value names (there in any case); every value is a
string, and paths are absolute (~ and environment variables are expanded). A file that is
damaged, too big or unreadable, and a value of the wrong type or outside its choices, is left
out with a logged message; the program keeps working.

A template or logo may lie on a network share: it is copied into the user's data folder, and
the copy is used when the share cannot be reached.

Imported at start-up before the window is painted: no SQLAlchemy, no Qt here.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import ntpath
import os
import posixpath
import re
import sys
from collections.abc import Mapping
from dataclasses import KW_ONLY, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from platformdirs import user_data_path

from bfa_desktop import APP_NAME
from bfa_desktop.fileio import WriteError, atomic_write
from bfa_desktop.storage.files import ensure_private_folder

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # nothing on stderr unless the program sets up logging

MACHINE_CONFIG_ENV = "BFA_DESKTOP_MACHINE_CONFIG"
POSIX_FOLDER = Path("/etc/bfa-desktop")
WINDOWS_FOLDER_NAME = "BFA Desktop"  # under %ProgramData%
POLICY_FILE = "policy.json"
CONFIG_FILE = "config.json"
POLICY_KEY = r"SOFTWARE\Policies\BFA Desktop"
INSTALLER_KEY = r"SOFTWARE\BFA Desktop"
MAX_CONFIG_BYTES = 64 * 1024  # a settings file is a few lines


@dataclass(frozen=True)
class MachineKey:
    name: str
    description: str
    _: KW_ONLY
    max_length: int = 200
    choices: tuple[str, ...] = ()
    is_path: bool = False


MUNICIPALITY = MachineKey("municipality", "Kommunens namn, till exempel Danderyds kommun")
UNIT = MachineKey("unit", "Kommunens förvaltning eller enhet (kommunens standardenhet)")
LOGO = MachineKey("logo", "Kommunens logotyp (PNG eller JPEG)", max_length=1024, is_path=True)
TEMPLATE = MachineKey("template", "Kommunens Word-mall", max_length=1024, is_path=True)
DATABASE_FOLDER = MachineKey("database_folder", "Databasens mapp", max_length=1024, is_path=True)
LANGUAGE = MachineKey("language", "Språk i programmet", choices=("sv", "en"))

MACHINE_KEYS: dict[str, MachineKey] = {
    key.name: key for key in (MUNICIPALITY, UNIT, LOGO, TEMPLATE, DATABASE_FOLDER, LANGUAGE)
}


@dataclass(frozen=True)
class MachineSettings:
    """The checked values of the policy and of the machine configuration, by key name."""

    policy: Mapping[str, str] = field(default_factory=dict)
    machine: Mapping[str, str] = field(default_factory=dict)

    def get(self, key: MachineKey) -> str | None:
        """The policy's value, else the machine configuration's, else None."""
        return self.policy.get(key.name) or self.machine.get(key.name)


class RegistryReader(Protocol):
    def read_values(self, key: str) -> dict[str, str]:
        """The string values of HKEY_LOCAL_MACHINE\\`key` by name; {} if there is no such key."""
        ...


# --- reading files -----------------------------------------------------------------------------


class UnreadableError(Exception):
    """The file cannot be used; `str()` says why (in Swedish)."""


class MissingError(UnreadableError):
    """There is no such file (or it cannot be reached)."""


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes."""
    try:
        if not path.is_file():
            if path.exists():
                raise UnreadableError(f"{path} är ingen vanlig fil.")
            raise MissingError(f"{path} finns inte eller nås inte.")
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise UnreadableError(f"{path} kan inte läsas ({error.strerror or error}).") from error
    if len(data) > limit:
        size = f"{limit // 1_000_000} MB" if limit >= 1_000_000 else f"{limit // 1000} kB"
        raise UnreadableError(f"{path} är för stor (över {size}).")
    return data


# --- loading -----------------------------------------------------------------------------------


def load_machine_settings(
    *,
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    registry: RegistryReader | None = None,
) -> MachineSettings:
    folder = config_folder(platform, environ)
    if platform == "win32":
        registry = registry or WindowsRegistry()
        policy = _from_registry(registry, POLICY_KEY, platform)
        installer = _from_registry(registry, INSTALLER_KEY, platform)
        machine = {**installer, **_read_file(folder / CONFIG_FILE, platform)}
    else:
        policy = _read_file(folder / POLICY_FILE, platform)
        machine = _read_file(folder / CONFIG_FILE, platform)
    return MachineSettings(policy, machine)


def config_folder(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> Path:
    if environ.get(MACHINE_CONFIG_ENV):
        return Path(environ[MACHINE_CONFIG_ENV])
    if platform == "win32":
        return Path(environ.get("ProgramData") or r"C:\ProgramData") / WINDOWS_FOLDER_NAME
    return POSIX_FOLDER


def _from_registry(registry: RegistryReader, key: str, platform: str) -> dict[str, str]:
    values = registry.read_values(key)
    # Value names are case-insensitive in the registry ("Municipality" is "municipality").
    return _checked(
        {name.lower(): value for name, value in values.items()}, f"HKLM\\{key}", platform
    )


def _read_file(path: Path, platform: str) -> dict[str, str]:
    try:
        data = json.loads(read_limited(path, MAX_CONFIG_BYTES).decode("utf-8-sig"))  # Notepad's BOM
    except MissingError:
        return {}
    except UnreadableError as error:
        log.warning("Maskininställningarna används inte: %s", error)
        return {}
    except ValueError:  # also UnicodeDecodeError
        log.warning("Maskininställningarna i %s används inte: filen är inte giltig JSON.", path)
        return {}
    if not isinstance(data, dict):
        log.warning("Maskininställningarna i %s används inte: väntade ett JSON-objekt.", path)
        return {}
    return _checked(data, str(path), platform)


def _checked(values: Mapping[str, object], source: str, platform: str) -> dict[str, str]:
    """The values that are known keys of the right kind, trimmed; empty ones count as unset
    (an installer writes its properties also when IT left them empty)."""
    result: dict[str, str] = {}
    for name, value in values.items():
        key = MACHINE_KEYS.get(name)
        if key is None:
            log.warning("Okänd maskininställning %r i %s används inte.", name, source)
            continue
        problem = _problem(key, value)
        if problem:
            log.warning("Maskininställningen %r i %s används inte: %s", name, source, problem)
            continue
        text = str(value).strip()
        if text and key.is_path:
            text = _expanded(text, platform)
            if not _path_module(platform).isabs(text):
                log.warning(
                    "Maskininställningen %r i %s används inte: %s är ingen fullständig sökväg.",
                    name,
                    source,
                    text,
                )
                continue
        if text:
            result[name] = text
    return result


def _problem(key: MachineKey, value: object) -> str:
    if not isinstance(value, str):
        return f"värdet ska vara text, inte {type(value).__name__}."
    text = value.strip()
    if len(text) > key.max_length or "\x00" in text:
        return "värdet är för långt eller innehåller otillåtna tecken."
    if text and key.choices and text not in key.choices:
        return f"{text!r} är inte ett av {', '.join(key.choices)}."
    return ""


def _path_module(platform: str) -> ModuleType:
    return ntpath if platform == "win32" else posixpath


def _expanded(path: str, platform: str) -> str:
    module = _path_module(platform)
    return module.expanduser(module.expandvars(path))


class WindowsRegistry:
    """The registry through winreg (Windows only). Both registry views are read – a 32-bit
    installer writes to the 32-bit one – and the 64-bit view wins."""

    def read_values(self, key: str) -> dict[str, str]:
        import winreg  # noqa: PLC0415 - exists on Windows only

        values: dict[str, str] = {}
        for view in (winreg.KEY_WOW64_32KEY, winreg.KEY_WOW64_64KEY):
            try:
                access = winreg.KEY_READ | view
                with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key, 0, access) as handle:
                    values.update(_string_values(winreg, handle, key))
            except OSError:
                continue  # no such key in this view
        return values


def _string_values(winreg: Any, handle: Any, key: str) -> dict[str, str]:
    values: dict[str, str] = {}
    index = 0
    while True:
        try:
            name, value, kind = winreg.EnumValue(handle, index)
        except OSError:
            return values  # no more values
        index += 1
        if kind == winreg.REG_SZ:
            values[name] = value
        elif kind == winreg.REG_EXPAND_SZ:
            values[name] = winreg.ExpandEnvironmentStrings(value)
        else:
            log.warning(
                "Registervärdet %r under HKLM\\%s används inte: det är inte text.", name, key
            )


# --- templates and logos on network shares -----------------------------------------------------


@dataclass(frozen=True)
class Asset:
    name: str  # the source's file name, as the program shows it
    data: bytes


def asset_folder() -> Path:
    """Where the local copies of the machine's template and logo are kept."""
    return user_data_path(APP_NAME, appauthor=False) / "machine"


def fetch_asset(
    key: MachineKey, source: str, folder: Path, limit: int, *, platform: str = sys.platform
) -> Asset | None:
    """The file `source` names. One on a network path is copied into `folder` (refreshed only
    when it changed), and the last copy stands in while the source cannot be read; None when
    there is neither (the reason is logged)."""
    name = file_name(source)
    if not is_network_path(source, platform):
        try:
            return Asset(name, read_limited(Path(source), limit))
        except UnreadableError as problem:
            log.warning("%s: %s", key.description, problem)
            return None
    copy = folder / _copy_name(key, source)
    try:
        data = read_limited(Path(source), limit)
    except UnreadableError as problem:
        return _last_copy(key, copy, name, limit, str(problem))
    _refresh(key, folder, copy, data)
    return Asset(name, data)


def is_network_path(path: str, platform: str = sys.platform) -> bool:
    """Whether `path` may be out of reach when the computer is offline. On Windows: a UNC path
    or a mapped network drive; elsewhere any path (a share may be mounted anywhere)."""
    if platform != "win32":
        return True
    if path.startswith(("\\\\", "//")):
        return True
    return _is_remote_drive(path)


def _is_remote_drive(path: str) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes  # noqa: PLC0415 - Windows only

    drive_remote = 4  # GetDriveTypeW's DRIVE_REMOTE
    root = ntpath.splitdrive(path)[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote  # type: ignore[attr-defined]


def file_name(source: str) -> str:
    return re.split(r"[\\/]", source.rstrip("\\/"))[-1][:255]


def _copy_name(key: MachineKey, source: str) -> str:
    """One copy per key and source path: a copy of another path never stands in."""
    return f"{key.name}-{hashlib.sha256(source.encode('utf-8')).hexdigest()[:16]}"


def _last_copy(key: MachineKey, copy: Path, name: str, limit: int, problem: str) -> Asset | None:
    try:
        data = read_limited(copy, limit)
    except UnreadableError:
        log.warning("%s: %s Det finns ingen lokal kopia.", key.description, problem)
        return None
    log.info("%s: %s Den senaste lokala kopian används.", key.description, problem)
    return Asset(name, data)


def _refresh(key: MachineKey, folder: Path, copy: Path, data: bytes) -> None:
    try:
        if copy.is_file() and copy.read_bytes() == data:
            return
        ensure_private_folder(folder)
        atomic_write(copy, data)  # a temporary file is owner-only
    except (OSError, WriteError) as error:
        log.warning("%s: den lokala kopian kunde inte sparas: %s", key.description, error)
        return
    for stale in folder.glob(f"{key.name}-*"):  # copies of an earlier source path
        if stale != copy:
            with contextlib.suppress(OSError):
                stale.unlink()

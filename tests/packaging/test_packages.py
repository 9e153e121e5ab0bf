"""The built program and its packages: the frozen folder passes the smoke test; the .deb has its
dependencies, desktop entry and icon, installs, runs and leaves nothing behind but user data;
the MSI compiled with wixl has the tables IT relies on.

The packages are built by packaging/build_linux.sh into build/. Without them these tests
skip – unless BFA_REQUIRE_PACKAGES=1 (CI), where a missing package fails. Installing the
.deb changes the machine, so that test runs only with BFA_INSTALL_DEB=1 (CI, as root).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"
FROZEN = BUILD / "dist" / "bfa-desktop"
UPGRADE_CODE = "{6FE408EC-1135-423E-9908-C863FCF6774D}"
MACHINE_KEY = r"SOFTWARE\BFA Desktop"
PUBLIC_PROPERTIES = {
    "MUNICIPALITY": "municipality",
    "UNIT": "unit",
    "TEMPLATE": "template",
    "LOGO": "logo",
    "DATABASEDIR": "database_folder",
    "LANGUAGE": "language",
}

sys.path.insert(0, str(ROOT / "packaging"))
from smoke_test import smoke  # noqa: E402


def built(pattern: str) -> Path:
    """The one file of `pattern` in build/ (skip or fail when there is none)."""
    found = sorted(BUILD.glob(pattern)) if pattern else ([FROZEN] if FROZEN.is_dir() else [])
    if not found:
        message = f"build/{pattern or 'dist/bfa-desktop'} is missing: run packaging/build_linux.sh"
        if os.environ.get("BFA_REQUIRE_PACKAGES"):
            pytest.fail(message)
        pytest.skip(message)
    return found[-1]


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def as_root(*command: str) -> list[str]:
    return list(command) if os.geteuid() == 0 else ["sudo", "-n", *command]


# --- the frozen folder -------------------------------------------------------------------------


def test_the_frozen_program_passes_the_smoke_test() -> None:
    program = built("") / "bfa-desktop"
    done = smoke(str(program))
    assert done[-1] == "7 Word and 7 PDF files read back"


def test_the_frozen_folder_holds_only_what_it_should() -> None:
    folder = built("")
    names = {path.relative_to(folder).as_posix() for path in folder.rglob("*")}
    assert "_internal/translations/bfa_desktop_sv.qm" in names
    assert "_internal/bfa_desktop/storage/migrations/env.py" in names  # Alembic reads the source
    assert "_internal/resources/templates/standard.docx" in names
    assert not any("/readme/" in name for name in names)  # the README's pictures stay out
    assert not any("QtNetwork" in name or "libqgtk3" in name for name in names)
    assert not any(name.endswith(("_ssl.so", "libssl.so.3")) for name in names)


# --- the Debian package ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def deb() -> Path:
    return built("bfa-desktop_*.deb")


def field(deb: Path, name: str) -> str:
    return run("dpkg-deb", "--field", str(deb), name).strip()


def test_the_package_depends_on_the_qt_runtime_libraries(deb: Path) -> None:
    depends = {part.split()[0] for part in field(deb, "Depends").split(", ")}
    for library in ("libegl1", "libfontconfig1", "libxkbcommon0", "libxcb-cursor0", "libdbus-1-3"):
        assert library in depends
    assert not {"libgtk-3-0", "libssl3"} & depends  # left out of the folder on purpose
    assert field(deb, "Package") == "bfa-desktop"
    assert field(deb, "Section") == "office"


def test_the_package_installs_a_command_a_desktop_entry_and_icons(
    deb: Path, tmp_path: Path
) -> None:
    listing = run("dpkg-deb", "--contents", str(deb))
    assert "./usr/bin/bfa-desktop -> ../../opt/bfa-desktop/bfa-desktop" in listing
    assert "./usr/share/icons/hicolor/256x256/apps/bfa-desktop.png" in listing
    assert "./usr/share/doc/bfa-desktop/copyright" in listing
    assert "./etc/" not in listing  # IT's settings are not the package's to remove
    run("dpkg-deb", "--extract", str(deb), str(tmp_path))
    entry = tmp_path / "usr" / "share" / "applications" / "bfa-desktop.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "Exec=bfa-desktop\n" in text
    assert "Icon=bfa-desktop\n" in text
    if shutil.which("desktop-file-validate") or os.environ.get("BFA_REQUIRE_PACKAGES"):
        run("desktop-file-validate", str(entry))


@pytest.fixture
def installed(deb: Path) -> Iterator[list[str]]:
    """The package installed with dpkg (its dependencies are already there), then removed."""
    if not os.environ.get("BFA_INSTALL_DEB"):
        pytest.skip("installs a package on this machine: only with BFA_INSTALL_DEB=1")
    # Each line: mode, owner, size, date, time, path (and " -> target" for a link).
    files = [
        line.split(None, 5)[5].split(" -> ")[0].removeprefix(".")
        for line in run("dpkg-deb", "--contents", str(deb)).splitlines()
        if not line.startswith("d")
    ]
    assert "/usr/bin/bfa-desktop" in files
    subprocess.run(as_root("dpkg", "--install", str(deb)), check=True, capture_output=True)
    try:
        yield files
    finally:
        subprocess.run(as_root("dpkg", "--purge", "bfa-desktop"), check=False)


def test_the_installed_package_runs_and_removal_leaves_only_user_data(
    installed: list[str], tmp_path: Path
) -> None:
    assert shutil.which("bfa-desktop") == "/usr/bin/bfa-desktop"
    assert all(os.path.lexists(path) for path in installed)  # the list names what was installed
    assert smoke("/usr/bin/bfa-desktop")[-1] == "7 Word and 7 PDF files read back"
    user_data = tmp_path / "home" / ".local" / "share"
    environment = {**os.environ, "XDG_DATA_HOME": str(user_data), "HOME": str(tmp_path / "home")}
    subprocess.run(["bfa-desktop", "demo"], env=environment, check=True, capture_output=True)
    database = user_data / "bfa-desktop" / "bfa-desktop.sqlite3"
    assert database.is_file()
    subprocess.run(as_root("dpkg", "--purge", "bfa-desktop"), check=True, capture_output=True)
    left = [path for path in installed if os.path.lexists(path) and not Path(path).is_dir()]
    assert left == []
    assert not Path("/opt/bfa-desktop").exists()
    assert database.is_file()  # the user's data stays


# --- the Windows installer (compiled with wixl) -----------------------------------------------


@pytest.fixture(scope="module")
def msi() -> Path:
    return built("bfa-desktop-*.msi")


def table(msi: Path, name: str) -> list[list[str]]:
    """The rows of one table (msiinfo export: names, types and keys first, then the rows)."""
    lines = run("msiinfo", "export", str(msi), name).splitlines()
    return [line.split("\t") for line in lines[3:]]


def test_the_msi_is_per_machine_and_upgrades_older_versions(msi: Path) -> None:
    properties = dict(row[:2] for row in table(msi, "Property"))
    assert properties["UpgradeCode"] == UPGRADE_CODE
    assert properties["ALLUSERS"] == "1"
    assert properties["ProductName"] == "BFA Desktop"
    upgrades = table(msi, "Upgrade")
    assert {row[0] for row in upgrades} == {UPGRADE_CODE}
    assert "RemoveExistingProducts" in {row[0] for row in table(msi, "InstallExecuteSequence")}


def test_the_msi_writes_the_public_properties_where_the_program_reads_them(msi: Path) -> None:
    rows = {row[3]: row for row in table(msi, "Registry") if row[2] == MACHINE_KEY}
    for public, setting in PUBLIC_PROPERTIES.items():
        root = rows[setting][1]
        assert root == "2", setting  # HKEY_LOCAL_MACHINE
        assert rows[setting][4] == f"[{public}]"
    # The program reads exactly these names (bfa_desktop/machine_settings.py).
    from bfa_desktop import machine_settings

    assert machine_settings.INSTALLER_KEY == MACHINE_KEY
    assert set(PUBLIC_PROPERTIES.values()) == set(machine_settings.MACHINE_KEYS)


def test_the_msi_keeps_preset_values_on_an_upgrade_without_them(msi: Path) -> None:
    searches = {row[0]: row for row in table(msi, "RegLocator")}
    assert len(searches) == len(PUBLIC_PROPERTIES)
    actions = {row[0]: row for row in table(msi, "CustomAction")}
    sequence = {row[0]: row[1:] for row in table(msi, "InstallExecuteSequence")}
    found, written = int(sequence["AppSearch"][1]), int(sequence["WriteRegistryValues"][1])
    for public in PUBLIC_PROPERTIES:
        keep = next(row for row in actions.values() if row[2] == public)
        assert keep[3] == f"[OLD_{public}]"
        condition, number = sequence[keep[0]]
        assert condition == f"OLD_{public} AND NOT {public}"
        assert found < int(number) < written  # after the old value is read, before writing


def test_the_msi_puts_a_shortcut_in_the_start_menu(msi: Path) -> None:
    (shortcut,) = table(msi, "Shortcut")
    assert shortcut[1] == "ProgramMenuFolder"
    assert shortcut[2].endswith("BFA Desktop")
    assert shortcut[4].startswith("[INSTALLDIR]bfa-desktop")
    files = {row[2].split("|")[-1] for row in table(msi, "File")}
    assert "standard.docx" in files
    assert "bfa_desktop_sv.qm" in files

"""Machine settings for IT: policy over machine configuration over the user's settings over the
defaults, the Windows lookups (with a fake registry), files that cannot be used, the database
folder, and templates and logos on network paths kept as local copies."""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path

import pytest

from bfa_desktop import machine_settings
from bfa_desktop.machine_settings import (
    CONFIG_FILE,
    DATABASE_FOLDER,
    INSTALLER_KEY,
    LANGUAGE,
    LOGO,
    MACHINE_CONFIG_ENV,
    MACHINE_KEYS,
    MAX_CONFIG_BYTES,
    MUNICIPALITY,
    POLICY_FILE,
    POLICY_KEY,
    TEMPLATE,
    UNIT,
    MachineKey,
    MachineSettings,
    config_folder,
    fetch_asset,
    is_network_path,
    load_machine_settings,
)
from bfa_desktop.settings import UI_LANGUAGE, WINDOW_GEOMETRY, UserSettings
from bfa_desktop.storage.location import DATABASE_ENV, DATABASE_FILENAME, resolve_database_path


@pytest.fixture
def etc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The machine's configuration folder (/etc/bfa-desktop), here in the test's folder."""
    folder = tmp_path / "etc" / "bfa-desktop"
    folder.mkdir(parents=True)
    monkeypatch.setenv(MACHINE_CONFIG_ENV, str(folder))
    return folder


def write(folder: Path, name: str, values: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(values, ensure_ascii=False), encoding="utf-8")
    return path


def example_values(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """For every key: the policy's value and another one of the machine configuration."""
    return {
        "municipality": ("Danderyds kommun", "Täby kommun"),
        "unit": ("Kommunledningskontoret", "Socialförvaltningen"),
        "logo": (str(tmp_path / "policy" / "logo.png"), str(tmp_path / "machine" / "logo.png")),
        "template": (str(tmp_path / "policy" / "mall.dotx"), str(tmp_path / "mall.docx")),
        "database_folder": (str(tmp_path / "policy-db"), str(tmp_path / "machine-db")),
        "language": ("en", "sv"),
    }


class FakeRegistry:
    def __init__(self, keys: dict[str, dict[str, object]]) -> None:
        self.keys = keys
        self.read: list[str] = []

    def read_values(self, key: str) -> dict[str, str]:
        self.read.append(key)
        return dict(self.keys.get(key, {}))  # type: ignore[arg-type]  # also other types


# --- the order ---------------------------------------------------------------------------------


def test_every_key_is_tested() -> None:
    assert set(MACHINE_KEYS) == set(example_values(Path("/x")))


@pytest.mark.parametrize("name", sorted(MACHINE_KEYS))
def test_policy_over_machine_configuration_over_nothing_for_every_key(
    name: str, etc: Path, tmp_path: Path
) -> None:
    key = MACHINE_KEYS[name]
    policy, machine = example_values(tmp_path)[name]
    assert load_machine_settings().get(key) is None
    write(etc, CONFIG_FILE, {name: machine})
    assert load_machine_settings().get(key) == machine
    write(etc, POLICY_FILE, {name: policy})
    assert load_machine_settings().get(key) == policy
    (etc / CONFIG_FILE).unlink()
    assert load_machine_settings().get(key) == policy


def test_all_keys_at_once(etc: Path, tmp_path: Path) -> None:
    values = example_values(tmp_path)
    write(etc, CONFIG_FILE, {name: machine for name, (_policy, machine) in values.items()})
    write(etc, POLICY_FILE, {"language": "en", "unit": "Polisen"})
    loaded = load_machine_settings()
    assert loaded.policy == {"language": "en", "unit": "Polisen"}
    assert {name: loaded.get(MACHINE_KEYS[name]) for name in values} == {
        **{name: machine for name, (_policy, machine) in values.items()},
        "language": "en",
        "unit": "Polisen",
    }


def language(policy: str | None, user: str | None, machine: str | None, path: Path) -> str:
    if user is not None:
        UserSettings(path).set(UI_LANGUAGE, user)
    machine_settings = MachineSettings(
        {"language": policy} if policy else {}, {"language": machine} if machine else {}
    )
    return UserSettings(path, machine_settings).get(UI_LANGUAGE)


@pytest.mark.parametrize(
    ("policy", "user", "machine", "expected"),
    [
        (None, None, None, "sv"),  # the default
        (None, None, "en", "en"),  # the machine's preset
        (None, "sv", "en", "sv"),  # the user's own choice beats the preset
        ("en", "sv", "sv", "en"),  # the policy beats the user's choice
        ("sv", "en", None, "sv"),
        ("en", None, None, "en"),
    ],
)
def test_the_order_of_the_language(
    policy: str | None, user: str | None, machine: str | None, expected: str, tmp_path: Path
) -> None:
    assert language(policy, user, machine, tmp_path / "settings.json") == expected


def test_a_policy_language_overrides_the_users_language_from_the_files(
    etc: Path, tmp_path: Path
) -> None:
    path = tmp_path / "config" / "settings.json"
    UserSettings(path).set(UI_LANGUAGE, "en")
    write(etc, CONFIG_FILE, {"language": "en"})
    write(etc, POLICY_FILE, {"language": "sv"})
    user = UserSettings(path, load_machine_settings())
    assert user.get(UI_LANGUAGE) == "sv"
    user.set(UI_LANGUAGE, "en")  # the user may choose, but the policy decides
    assert user.get(UI_LANGUAGE) == "sv"
    assert UserSettings(path).get(UI_LANGUAGE) == "en"  # the user's own choice is kept


def test_settings_without_a_machine_key_are_the_users(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    UserSettings(path).set(WINDOW_GEOMETRY, "abc")
    machine = MachineSettings({"language": "en"}, {"language": "en"})
    assert UserSettings(path, machine).get(WINDOW_GEOMETRY) == "abc"


# --- Windows -----------------------------------------------------------------------------------


def test_windows_policy_key_over_programdata_file_over_installer_key(tmp_path: Path) -> None:
    folder = tmp_path / "ProgramData" / "BFA Desktop"
    folder.mkdir(parents=True)
    write(folder, CONFIG_FILE, {"unit": "Från filen", "template": r"\\server\mallar\fil.dotx"})
    write(folder, POLICY_FILE, {"language": "en"})  # no policy file on Windows: the registry
    registry = FakeRegistry(
        {
            POLICY_KEY: {"municipality": "Policyns kommun"},
            INSTALLER_KEY: {
                "MUNICIPALITY": "Installationens kommun",  # names in any case
                "Unit": "Från installationen",
                "template": r"\\server\mallar\installation.dotx",
                "logo": r"\\server\mallar\logo.png",
                "database_folder": "",  # a property IT left empty
                "language": "en",
            },
        }
    )
    loaded = load_machine_settings(
        platform="win32", environ={"ProgramData": str(tmp_path / "ProgramData")}, registry=registry
    )
    assert registry.read == [POLICY_KEY, INSTALLER_KEY]
    assert loaded.get(MUNICIPALITY) == "Policyns kommun"
    assert loaded.get(UNIT) == "Från filen"
    assert loaded.get(TEMPLATE) == r"\\server\mallar\fil.dotx"
    assert loaded.get(LOGO) == r"\\server\mallar\logo.png"
    assert loaded.get(DATABASE_FOLDER) is None
    assert loaded.get(LANGUAGE) == "en"
    assert loaded.policy == {"municipality": "Policyns kommun"}


def test_windows_registry_values_are_checked_like_the_files(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    registry = FakeRegistry(
        {
            POLICY_KEY: {"language": "de", "unit": 5, "okänd": "x"},
            INSTALLER_KEY: {"database_folder": r"relativ\mapp", "language": "en"},
        }
    )
    loaded = load_machine_settings(
        platform="win32", environ={"ProgramData": str(tmp_path)}, registry=registry
    )
    assert loaded == MachineSettings({}, {"language": "en"})
    assert "'de' är inte ett av sv, en" in caplog.text
    assert "okänd" in caplog.text.lower()
    assert r"relativ\mapp" in caplog.text


def test_the_configuration_folders(tmp_path: Path) -> None:
    assert config_folder("linux", {}) == Path("/etc/bfa-desktop")
    assert config_folder("win32", {"ProgramData": r"D:\PD"}) == Path(r"D:\PD") / "BFA Desktop"
    assert config_folder("linux", {MACHINE_CONFIG_ENV: str(tmp_path)}) == tmp_path


# --- files and values that cannot be used ------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"{inte json", b"\xff\xfe\x00", b"[1, 2]", b'"text"', b"", b'{"language": "en"'],
)
def test_a_damaged_file_is_left_out_and_logged(
    content: bytes,
    etc: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    (etc / POLICY_FILE).write_bytes(content)
    write(etc, CONFIG_FILE, {"language": "en"})
    loaded = load_machine_settings()
    assert loaded == MachineSettings({}, {"language": "en"})  # the other file still counts
    assert str(etc / POLICY_FILE) in caplog.text
    assert capfd.readouterr().err == ""  # logged, not printed


def test_values_of_the_wrong_kind_and_unknown_keys_are_left_out(
    etc: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write(
        etc,
        POLICY_FILE,
        {
            "language": "fr",
            "municipality": 5,
            "unit": ["Kommunledningskontoret"],
            "template": "relativ/mall.dotx",
            "logo": None,
            "database_folder": True,
            "databasfolder": "/srv/bfa",
        },
    )
    write(etc, CONFIG_FILE, {"municipality": "  Täby kommun  ", "language": "", "unit": "x" * 201})
    loaded = load_machine_settings()
    assert loaded == MachineSettings({}, {"municipality": "Täby kommun"})
    for name in ("language", "municipality", "unit", "template", "logo", "databasfolder"):
        assert repr(name) in caplog.text
    assert UserSettings(etc / "user.json", loaded).get(UI_LANGUAGE) == "sv"


def test_a_huge_file_is_not_read(etc: Path, caplog: pytest.LogCaptureFixture) -> None:
    (etc / POLICY_FILE).write_text(
        json.dumps({"language": "en"}) + " " * MAX_CONFIG_BYTES, encoding="utf-8"
    )
    assert load_machine_settings() == MachineSettings()
    assert "för stor" in caplog.text


def test_a_folder_in_place_of_the_file(etc: Path, caplog: pytest.LogCaptureFixture) -> None:
    (etc / POLICY_FILE).mkdir()
    write(etc, CONFIG_FILE, {"language": "en"})
    assert load_machine_settings() == MachineSettings({}, {"language": "en"})
    assert "ingen vanlig fil" in caplog.text


def test_an_unreadable_file(
    etc: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = write(etc, POLICY_FILE, {"language": "en"})
    real_open = Path.open

    def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
        if self == policy:  # as for a file only root may read (the tests may run as root)
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refusing_open)
    assert load_machine_settings() == MachineSettings()
    assert "kan inte läsas" in caplog.text


def test_a_configuration_folder_that_is_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MACHINE_CONFIG_ENV, str(tmp_path / "a-file" / "under-it"))
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    assert load_machine_settings() == MachineSettings()


def test_a_file_with_a_byte_order_mark_is_read(etc: Path) -> None:
    (etc / CONFIG_FILE).write_bytes(b"\xef\xbb\xbf" + json.dumps({"language": "en"}).encode())
    assert load_machine_settings().get(LANGUAGE) == "en"


def test_paths_may_name_the_home_folder_and_variables(
    etc: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", "/home/anna")
    monkeypatch.setenv("MALLAR", "/srv/mallar")
    write(etc, CONFIG_FILE, {"database_folder": "~/bfa", "template": "$MALLAR/mall.dotx"})
    loaded = load_machine_settings()
    assert loaded.get(DATABASE_FOLDER) == "/home/anna/bfa"
    assert loaded.get(TEMPLATE) == "/srv/mallar/mall.dotx"


# --- the database folder -----------------------------------------------------------------------


def test_the_database_folder_order(
    etc: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_data = tmp_path / "home" / "data"  # conftest's XDG_DATA_HOME
    assert resolve_database_path().is_relative_to(user_data)
    write(etc, CONFIG_FILE, {"database_folder": str(tmp_path / "maskin")})
    assert resolve_database_path() == tmp_path / "maskin" / DATABASE_FILENAME
    write(etc, POLICY_FILE, {"database_folder": str(tmp_path / "policy")})
    assert resolve_database_path() == tmp_path / "policy" / DATABASE_FILENAME
    monkeypatch.setenv(DATABASE_ENV, str(tmp_path / "env.sqlite3"))
    assert resolve_database_path() == tmp_path / "env.sqlite3"
    assert resolve_database_path(tmp_path / "cli.sqlite3") == tmp_path / "cli.sqlite3"


def test_the_database_folder_from_given_machine_settings(tmp_path: Path) -> None:
    machine = MachineSettings({}, {"database_folder": str(tmp_path / "delad")})
    assert resolve_database_path(None, machine) == tmp_path / "delad" / DATABASE_FILENAME


# --- templates and logos on network paths ------------------------------------------------------


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "server" / "mallar"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def local(tmp_path: Path) -> Path:
    return tmp_path / "home" / "data" / "bfa-desktop" / "machine"


def fetch(source: Path, local: Path, key: MachineKey = TEMPLATE, limit: int = 10_000) -> object:
    found = fetch_asset(key, str(source), local, limit)
    return found and (found.name, found.data)


def test_a_network_template_is_copied_and_used_when_the_source_is_gone(
    share: Path, local: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = share / "Kommunens mall.dotx"
    source.write_bytes(b"mallen")
    assert fetch(source, local) == ("Kommunens mall.dotx", b"mallen")
    assert [path.read_bytes() for path in local.iterdir()] == [b"mallen"]
    source.unlink()  # offline
    caplog.set_level(logging.INFO)
    assert fetch(source, local) == ("Kommunens mall.dotx", b"mallen")
    assert "senaste lokala kopian" in caplog.text


def test_the_copy_is_refreshed_only_when_the_source_changed(share: Path, local: Path) -> None:
    source = share / "logo.png"
    source.write_bytes(b"first")
    fetch(source, local, LOGO)
    (copy,) = local.iterdir()
    before = copy.stat()
    assert fetch(source, local, LOGO) == ("logo.png", b"first")
    after = copy.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    source.write_bytes(b"second")
    assert fetch(source, local, LOGO) == ("logo.png", b"second")
    assert copy.read_bytes() == b"second"
    source.unlink()
    assert fetch(source, local, LOGO) == ("logo.png", b"second")


def test_a_missing_source_without_a_copy_is_none_and_logged(
    share: Path, local: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert fetch(share / "saknas.dotx", local) is None
    assert "ingen lokal kopia" in caplog.text
    assert not local.exists()


def test_the_copy_of_another_path_does_not_stand_in(share: Path, local: Path) -> None:
    old, new = share / "gammal.dotx", share / "ny.dotx"
    old.write_bytes(b"gammal")
    fetch(old, local)
    assert fetch(new, local) is None  # IT named another file, not reachable yet
    new.write_bytes(b"ny")
    fetch(new, local)
    assert [path.read_bytes() for path in local.iterdir()] == [b"ny"]  # the old copy is gone


def test_template_and_logo_copies_are_kept_apart(share: Path, local: Path) -> None:
    (share / "a").write_bytes(b"mall")
    fetch(share / "a", local, TEMPLATE)
    fetch(share / "a", local, LOGO)
    assert sorted(path.name.split("-")[0] for path in local.iterdir()) == ["logo", "template"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_copies_are_the_users_only(share: Path, local: Path) -> None:
    (share / "mall.dotx").write_bytes(b"mallen")
    fetch(share / "mall.dotx", local)
    assert stat.S_IMODE(local.stat().st_mode) == 0o700
    assert [stat.S_IMODE(path.stat().st_mode) for path in local.iterdir()] == [0o600]


def test_a_huge_source_is_refused(
    share: Path, local: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = share / "mall.dotx"
    source.write_bytes(b"x" * 101)
    assert fetch(source, local, limit=100) is None
    assert "för stor" in caplog.text
    assert not local.exists()
    source.write_bytes(b"x" * 100)
    assert fetch(source, local, limit=100) == ("mall.dotx", b"x" * 100)


def test_a_folder_as_source(share: Path, local: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert fetch(share, local) is None
    assert "ingen vanlig fil" in caplog.text


def test_which_paths_count_as_network_paths() -> None:
    assert is_network_path(r"\\server\mallar\mall.dotx", "win32")
    assert is_network_path("//server/mallar/mall.dotx", "win32")
    assert not is_network_path(r"C:\Mallar\mall.dotx", "win32")  # a local disk
    assert is_network_path("/mnt/mallar/mall.dotx", "linux")  # any path may be a share


def test_a_file_on_a_local_windows_disk_is_read_where_it_is(share: Path, local: Path) -> None:
    (share / "mall.dotx").write_bytes(b"mallen")
    found = machine_settings.fetch_asset(
        TEMPLATE, str(share / "mall.dotx"), local, 100, platform="win32"
    )
    assert found is not None
    assert found.data == b"mallen"
    assert not local.exists()  # no copy needed

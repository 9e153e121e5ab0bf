"""User settings: declared once, typed, owner-only, robust against damaged files."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from bfa_desktop import settings
from bfa_desktop.settings import ALL_SETTINGS, UI_LANGUAGE, WINDOW_GEOMETRY, UserSettings


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_defaults_without_a_file(path: Path) -> None:
    user = UserSettings(path)
    assert user.get(UI_LANGUAGE) == "sv"
    assert not path.exists()


def test_values_survive_a_restart(path: Path) -> None:
    UserSettings(path).set(UI_LANGUAGE, "en")
    assert UserSettings(path).get(UI_LANGUAGE) == "en"


def test_wrong_type_or_choice_is_refused_when_set(path: Path) -> None:
    user = UserSettings(path)
    with pytest.raises(ValueError, match="ui/language"):
        user.set(UI_LANGUAGE, "klingonska")
    with pytest.raises(ValueError):
        user.set(UI_LANGUAGE, 5)  # type: ignore[arg-type]


def test_hand_edited_values_of_the_wrong_kind_read_as_defaults(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"ui/language": "fr", "window/geometry": 12}), encoding="utf-8")
    user = UserSettings(path)
    assert user.get(UI_LANGUAGE) == "sv"
    assert user.get(WINDOW_GEOMETRY) == ""


@pytest.mark.parametrize("content", [b"{inte json", b"\xff\xfe\x00", b"[1, 2]", b""])
def test_a_damaged_file_is_set_aside_not_lost(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    user = UserSettings(path)
    assert user.get(UI_LANGUAGE) == "sv"
    user.set(UI_LANGUAGE, "en")
    assert UserSettings(path).get(UI_LANGUAGE) == "en"
    assert path.with_suffix(".damaged.json").read_bytes() == content


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_file_and_folder_are_the_users_only(path: Path) -> None:
    UserSettings(path).set(UI_LANGUAGE, "en")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_every_setting_is_declared_once_with_a_valid_default() -> None:
    keys = [setting.key for setting in ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    assert all(setting.accepts(setting.default) for setting in ALL_SETTINGS)
    declared = [v for v in vars(settings).values() if isinstance(v, settings.Setting)]
    assert set(declared) == set(ALL_SETTINGS)


def test_the_default_location_is_the_users_config_folder(tmp_path: Path) -> None:
    # conftest points XDG_CONFIG_HOME into tmp_path
    assert settings.default_settings_path().is_relative_to(tmp_path / "home" / "config")


def test_only_a_policy_enforces_a_setting(path: Path) -> None:
    from bfa_desktop.machine_settings import MachineSettings
    from bfa_desktop.settings import UI_LANGUAGE, WINDOW_GEOMETRY

    assert UserSettings(path, MachineSettings({"language": "en"}, {})).enforced(UI_LANGUAGE)
    assert not UserSettings(path, MachineSettings({}, {"language": "en"})).enforced(UI_LANGUAGE)
    assert not UserSettings(path, MachineSettings({"language": "xx"}, {})).enforced(UI_LANGUAGE)
    assert not UserSettings(path).enforced(UI_LANGUAGE)
    assert not UserSettings(path, MachineSettings({"language": "en"}, {})).enforced(WINDOW_GEOMETRY)

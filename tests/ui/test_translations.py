"""The window's language: English and Swedish, chosen in Settings › Language, and .ts files
that are complete and up to date with the source."""

from __future__ import annotations

import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

from bfa_desktop.settings import UI_LANGUAGE, UserSettings
from bfa_desktop.storage.database import Database
from bfa_desktop.ui import translations
from bfa_desktop.ui.main_window import MainWindow
from bfa_desktop.ui.workspace import Workspace
from tests.ui.driving import run_window_with, show

TABS = {
    "en": [
        "Overview",
        "Situation picture",
        "Action plan",
        "Citizen promises",
        "Evaluation",
        "Official report",
        "Municipality",
    ],
    "sv": [
        "Översikt",
        "Lägesbild",
        "Handlingsplan",
        "Medborgarlöften",
        "Utvärdering",
        "Tjänsteutlåtande",
        "Kommunen",
    ],
}
# What the Action plan tab says: its table's tab, its details' tab, the button of a new
# measure, the label of the plan's title, the Edit menu.
WORDS = {
    "en": ("Focus areas and measures", "Details", "New measure", "Title:", "&Edit"),
    "sv": ("Fokusområden och åtgärder", "Uppgifter", "Ny åtgärd", "Titel:", "&Redigera"),
}


def window_words(window: MainWindow) -> tuple[list[str], tuple[str, ...]]:
    plan = window.pages["plan"]
    panel = plan.panel  # type: ignore[attr-defined]
    title = panel.form.editors["title"]
    caption = next(
        label for label in panel.form.findChildren(QLabel) if label.buddy() is title
    ).text()
    menus = [action.text() for action in window.menuBar().actions()]
    return (
        [window.tabs.tabText(i) for i in range(window.tabs.count())],
        (
            panel.tabs.tabText(0),
            panel.tabs.tabText(1),
            panel.editor.add_button.text(),
            caption,
            menus[1],
        ),
    )


@pytest.mark.parametrize("order", [("en", "sv", "en"), ("sv", "en", "sv")])
def test_the_window_speaks_the_installed_language(
    qtbot: QtBot, database: Database, tmp_path: Path, order: tuple[str, ...]
) -> None:
    for number, language in enumerate(order):
        translations.install(language)
        window = MainWindow(Workspace(database), UserSettings(tmp_path / f"{number}.json"))
        show(qtbot, window)
        tabs, words = window_words(window)
        assert tabs == TABS[language]
        assert words == WORDS[language]
        window.close()


def test_the_language_menu_stores_the_choice_for_the_next_start(
    qtbot: QtBot, database_path: Path, tmp_path: Path
) -> None:
    settings_path = tmp_path / "settings.json"
    seen: list[list[str]] = []

    def tabs(window: MainWindow) -> None:
        seen.append([window.tabs.tabText(i) for i in range(window.tabs.count())])

    def choose_english(window: MainWindow) -> None:
        tabs(window)
        settings_menu = next(
            action.menu()
            for action in window.menuBar().actions()
            if action.text() == "&Inställningar"
        )
        assert isinstance(settings_menu, QMenu)
        language_menu = next(
            action.menu() for action in settings_menu.actions() if action.text() == "&Språk"
        )
        assert isinstance(language_menu, QMenu)
        offered = {action.objectName(): action for action in language_menu.actions()}
        assert sorted(offered) == ["language-en", "language-sv"]
        assert offered["language-sv"].text() == "Svenska"
        english = offered["language-en"]
        assert english.text() == "English"
        english.trigger()

    # The first start is in Swedish (the default); English is chosen in the menu.
    assert run_window_with(database_path, UserSettings(settings_path), choose_english) == 0
    assert UserSettings(settings_path).get(UI_LANGUAGE) == "en"
    # The next start is in English.
    assert run_window_with(database_path, UserSettings(settings_path), tabs) == 0
    assert seen == [TABS["sv"], TABS["en"]]


# --- the .ts files --------------------------------------------------------------------------


def ts_files() -> list[Path]:
    return [translations.ts_path(language) for language in translations.LANGUAGES]


def test_the_ts_files_are_up_to_date_with_the_source(tmp_path: Path) -> None:
    """Fails when a string was added, changed or removed in the window's code without running
    `python -m bfa_desktop.ui.translations update` (and translating what it adds)."""
    committed = ts_files()
    copy = tmp_path / "translations"
    shutil.copytree(committed[0].parent, copy)
    written = translations.update(copy)
    assert sorted(path.name for path in written) == sorted(path.name for path in committed)
    for path in committed:
        assert (copy / path.name).read_bytes() == path.read_bytes(), (
            f"{path.name} is out of date: run python -m bfa_desktop.ui.translations update"
        )


def unfinished(path: Path) -> list[str]:
    """The messages of a .ts file that lack a finished, non-empty translation."""
    root = ElementTree.parse(path).getroot()
    problems = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            where = f"{name}: {source!r}"
            translation = message.find("translation")
            if translation is None:
                problems.append(f"{where} has no translation")
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                problems.append(f"{where} is {translation.get('type')}")
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                if len(forms) < 2 or not all(form.strip() for form in forms):
                    problems.append(f"{where} lacks a plural form: {forms}")
            elif not (translation.text or "").strip():
                problems.append(f"{where} has an empty translation")
    return problems


@pytest.mark.parametrize("language", list(translations.LANGUAGES))
def test_every_message_is_translated(language: str) -> None:
    path = translations.ts_path(language)
    root = ElementTree.parse(path).getroot()
    assert root.get("language") == language
    assert root.get("sourcelanguage") == translations.SOURCE_LANGUAGE
    assert len(list(root.iter("message"))) > 300
    assert unfinished(path) == []


def test_the_completeness_check_finds_unfinished_and_empty_entries(tmp_path: Path) -> None:
    path = tmp_path / "bfa_desktop_sv.ts"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Edits</name>
    <message><source>a</source><translation type="unfinished">A</translation></message>
    <message><source>b</source><translation></translation></message>
    <message numerus="yes"><source>%n c</source>
        <translation><numerusform>%n C</numerusform><numerusform></numerusform></translation>
    </message>
    <message><source>d</source><translation>D</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    assert unfinished(path) == [
        "Edits: 'a' is unfinished",
        "Edits: 'b' has an empty translation",
        "Edits: '%n c' lacks a plural form: ['%n C', '']",
    ]


@pytest.mark.parametrize("language", list(translations.LANGUAGES))
def test_every_plain_message_reaches_the_window(qtbot: QtBot, language: str) -> None:
    """What Qt answers for each source text is the .ts file's translation."""
    translations.install(language)
    root = ElementTree.parse(translations.ts_path(language)).getroot()
    checked = 0
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                continue  # see test_counted_messages_are_translated
            source = message.findtext("source", "")
            expected = message.findtext("translation", "")
            assert QCoreApplication.translate(name, source) == expected, (name, source)
            checked += 1
    assert checked > 300


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("sv", "1 fil skapades.", "3 filer skapades."),
        ("en", "1 file written.", "3 files written."),
    ],
)
def test_counted_messages_are_translated(qtbot: QtBot, language: str, one: str, many: str) -> None:
    translations.install(language)
    source = "%n file(s) written."
    assert QCoreApplication.translate("ExportDialog", source, "", 1) == one
    assert QCoreApplication.translate("ExportDialog", source, "", 3) == many

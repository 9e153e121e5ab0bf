"""The UI language: Qt's own translations (standard buttons) and ours.

Sources are translations/bfa_desktop_<language>.ts (Qt Linguist). A built application ships the
compiled .qm next to them; a checkout compiles them on first use into the user's cache folder,
so it needs no build step.

    python -m bfa_desktop.ui.translations update    # refresh the .ts files from the source
    python -m bfa_desktop.ui.translations compile   # make the .qm files
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bfa_desktop import APP_NAME
from bfa_desktop.paths import data_folder

LANGUAGES = {"sv": "Svenska", "en": "English"}
SOURCE_LANGUAGE = "en"
_PACKAGE = Path(__file__).resolve().parent.parent
_installed: list[QTranslator] = []


def ts_path(language: str) -> Path:
    return data_folder("translations") / f"bfa_desktop_{language}.ts"


def install(language: str) -> None:
    """Replace the installed translators with those of `language` (sv or en)."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English)
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    ours = QTranslator(app)
    compiled = compiled_translation(language)
    if compiled is not None and ours.load(str(compiled)):
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)


def compiled_translation(language: str) -> Path | None:
    """The .qm of `language`: the one shipped next to the .ts (a built application), else one
    compiled from the .ts into the user's cache folder (a checkout), kept while it is newer."""
    source = ts_path(language)
    shipped = source.with_suffix(".qm")
    if shipped.exists() and (
        not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime
    ):
        return shipped
    if not source.exists():
        return None
    cached = user_cache_path(APP_NAME, appauthor=False) / shipped.name
    if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
        cached.parent.mkdir(parents=True, exist_ok=True)
        try:
            _tool("lrelease", str(source), "-qm", str(cached))
        except (OSError, subprocess.CalledProcessError):
            return None  # the window stays in its source language, English
    return cached


def sources() -> list[Path]:
    """The Python files whose strings are translated: the window."""
    return sorted((_PACKAGE / "ui").glob("*.py"))


def update(folder: Path | None = None) -> list[Path]:
    """Refresh the .ts files from the source (new strings come in as unfinished)."""
    folder = folder or data_folder("translations")
    written = []
    for language in LANGUAGES:
        target = folder / f"bfa_desktop_{language}.ts"
        _tool(
            "lupdate",
            *map(str, sources()),
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(target),
        )
        if language == SOURCE_LANGUAGE:
            _finish_with_sources(target)
        written.append(target)
    return written


def _finish_with_sources(path: Path) -> None:
    """In the source language's own file every entry is its source text (plural forms too)."""
    tree = ElementTree.parse(path)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source", "")
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
                ElementTree.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        del translation.attrib["type"]
        changed = True
    if changed:
        tree.write(path, encoding="utf-8", xml_declaration=True)
        _tool(
            "lupdate", *map(str, sources()), "-no-obsolete", "-locations", "none", "-ts", str(path)
        )


def compile_all(folder: Path | None = None) -> list[Path]:
    folder = folder or data_folder("translations")
    compiled = []
    for language in LANGUAGES:
        source = folder / f"bfa_desktop_{language}.ts"
        target = source.with_suffix(".qm")
        _tool("lrelease", str(source), "-qm", str(target))
        compiled.append(target)
    return compiled


def _tool(name: str, *arguments: str) -> None:
    executable = shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent)
    ) or shutil.which(f"pyside6-{name}")
    if executable is None:
        raise FileNotFoundError(f"pyside6-{name} was not found (it comes with PySide6)")
    subprocess.run([executable, *arguments], check=True, capture_output=True, text=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        print("\n".join(map(str, update())))
    elif command == "compile":
        print("\n".join(map(str, compile_all())))
    else:
        print(__doc__)
        sys.exit(2)

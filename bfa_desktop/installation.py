"""Checks that an installation has everything it needs: the template, the fonts, the Swedish
hyphenation dictionary, the compiled translations (ours and Qt's), the Qt platform plugins, the
database migrations and the demo workspace's file.

`bfa-desktop check` runs them; IT uses it after an install, the packages' smoke test after
every build. Nothing here needs a screen or the database."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bfa_desktop.paths import resource_path

# A string of the window and its Swedish translation: the .qm must translate it.
TRANSLATION_PROBE = ("MainWindow", "&Overview", "Ö&versikt")


@dataclass(frozen=True)
class Finding:
    what: str
    ok: bool
    detail: str


def check_template() -> Finding:
    from bfa_desktop.documents.template import check_template, default_template_path  # noqa: PLC0415

    path = default_template_path()
    warnings = check_template(path).warnings  # a template that cannot be used at all raises
    return Finding("Standardmallen", not warnings, " ".join([str(path), *warnings]))


def check_fonts() -> Finding:
    from bfa_desktop.documents.fonts import FAMILIES  # noqa: PLC0415

    names = sorted({file for family in FAMILIES.values() for file in family.files})
    missing = [name for name in names if not resource_path("fonts", name).is_file()]
    detail = f"saknas: {', '.join(missing)}" if missing else f"{len(names)} typsnitt"
    return Finding("Typsnitten för PDF", not missing, detail)


# A long compound and where the Swedish hyphenation dictionary breaks it.
HYPHENATION_PROBE = ("Kommunledningsförvaltningen", ("Kommunlednings", "förvaltningen"))


def check_hyphenation() -> Finding:
    from bfa_desktop.documents.table_layout import hyphenate  # noqa: PLC0415

    word, expected = HYPHENATION_PROBE
    found = expected in list(hyphenate(word))
    detail = f"{word} → {'-'.join(expected)}" if found else f"{word} kan inte avstavas"
    return Finding("Svensk avstavning (PDF)", found, detail)


def check_translations() -> Finding:
    from PySide6.QtCore import QTranslator  # noqa: PLC0415

    from bfa_desktop.ui.translations import compiled_translation, ts_path  # noqa: PLC0415

    context, source, swedish = TRANSLATION_PROBE
    compiled = compiled_translation("sv") or ts_path("sv").with_suffix(".qm")
    translator = QTranslator()
    if not translator.load(str(compiled)):
        return Finding("Översättningarna", False, f"{compiled} kan inte läsas")
    shown = translator.translate(context, source)
    return Finding("Översättningarna", shown == swedish, f"{compiled}: {source!r} → {shown!r}")


def check_qt_translations() -> Finding:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator  # noqa: PLC0415

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    found = translator.load(QLocale(QLocale.Language.Swedish), "qtbase", "_", folder)
    return Finding("Qt:s svenska knappar (qtbase_sv)", found, folder)


def check_qt_plugins() -> Finding:
    from PySide6.QtCore import QLibraryInfo  # noqa: PLC0415

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    wanted = ["qwindows"] if sys.platform == "win32" else ["qxcb", "qoffscreen"]
    present = {path.name.split(".")[0].removeprefix("lib") for path in folder.glob("*")}
    missing = [name for name in wanted if name not in present]
    detail = f"{folder} saknar {', '.join(missing)}" if missing else str(folder)
    return Finding("Qt:s plattformstillägg", not missing, detail)


def check_migrations() -> Finding:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    from bfa_desktop.storage.database import SCHEMA_REVISION  # noqa: PLC0415
    from bfa_desktop.storage.migrate import alembic_config  # noqa: PLC0415

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return Finding("Databasens migreringar", heads == [SCHEMA_REVISION], ", ".join(heads))


def check_demo() -> Finding:
    """The demo workspace's file passes the import's checks."""
    from bfa_desktop.services import exchange  # noqa: PLC0415
    from bfa_desktop.services.demo import demo_file  # noqa: PLC0415

    path = demo_file()
    try:
        exchange.validate(exchange.read_file(path))
    except exchange.ExchangeError as error:
        return Finding("Exempelkommunen", False, f"{path}: {error.problems[0]}")
    return Finding("Exempelkommunen", True, str(path))


def check_window_modules() -> Finding:
    """The window's code loads (no display needed): nothing the window imports is missing."""
    import importlib  # noqa: PLC0415

    for name in WINDOW_MODULES:
        importlib.import_module(name)
    return Finding("Fönstrets moduler", True, f"{len(WINDOW_MODULES)} moduler")


# The window's modules that are imported only when needed, so that start-up is quick.
WINDOW_MODULES = (
    "bfa_desktop.ui.application",
    "bfa_desktop.ui.window_content",
    "bfa_desktop.ui.export_dialog",
    "bfa_desktop.ui.municipality_assets",
    "bfa_desktop.ui.plan_view",
    "bfa_desktop.ui.search_view",
    "bfa_desktop.ui.style",
    "bfa_desktop.ui.help",
    "bfa_desktop.services.machine_preset",
    "bfa_desktop.services.readiness",
)

CHECKS: tuple[Callable[[], Finding], ...] = (
    check_template,
    check_fonts,
    check_hyphenation,
    check_translations,
    check_qt_translations,
    check_qt_plugins,
    check_migrations,
    check_demo,
    check_window_modules,
)


def run_checks() -> list[Finding]:
    """Every check; one that raises is a failed finding with the error, not a crash."""
    findings = []
    for check in CHECKS:
        try:
            findings.append(check())
        except Exception as error:  # a broken installation is what this reports
            findings.append(Finding(check.__name__, False, f"{type(error).__name__}: {error}"))
    return findings

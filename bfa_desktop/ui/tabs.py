"""The window's tabs in their order, declared once. The frame shows them before the data layer
has loaded (so this module imports none of it); each kind of document names its tab in
model.documents."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TABS: tuple[tuple[str, str], ...] = (
    ("overview", QT_TRANSLATE_NOOP("MainWindow", "&Overview")),
    ("situation", QT_TRANSLATE_NOOP("MainWindow", "&Situation picture")),
    ("plan", QT_TRANSLATE_NOOP("MainWindow", "Action &plan")),
    ("promises", QT_TRANSLATE_NOOP("MainWindow", "Citizen p&romises")),
    ("evaluation", QT_TRANSLATE_NOOP("MainWindow", "&Evaluation")),
    ("report", QT_TRANSLATE_NOOP("MainWindow", "Official &report")),
    ("municipality", QT_TRANSLATE_NOOP("MainWindow", "Municipalit&y")),
)
TAB_NAMES = tuple(name for name, _title in TABS)


def tab_title(name: str) -> str:
    """A tab's title in the window's language, without its mnemonic's ampersand."""
    source = dict(TABS)[name]
    return QCoreApplication.translate("MainWindow", source).replace("&", "")

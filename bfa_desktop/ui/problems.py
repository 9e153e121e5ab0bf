"""Why an edit was refused, in the window's language. The services and the storage say it in
Swedish (the command line's language); the messages the window shows are matched here and
told through tr(). A message not known here is shown as it is."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

# The end of a storage failure's message when an edit was not saved.
_NOT_SAVED = r"gör ändringen igen\. Ändringen sparades inte; det som sparats tidigare finns kvar\."


class Problems(QObject):
    """A QObject for its tr() (the messages' context)."""

    def explain(self, message: str) -> str:
        for pattern, text in self._known():
            found = pattern.fullmatch(message)
            if found:
                explained = text
                for number, value in enumerate(found.groups(), start=1):
                    explained = explained.replace(f"%{number}", value)
                return explained
        return message

    def _known(self) -> list[tuple[re.Pattern[str], str]]:
        return [
            (_exact("Fältet måste ha ett värde."), self.tr("This field needs a value.")),
            (re.compile(r"Okänt värde (.+)\."), self.tr("Unknown value %1.")),
            (
                re.compile(r"Värdet (.+) passar inte fältet\."),
                self.tr("The value %1 does not fit this field."),
            ),
            (
                re.compile(r"Texten är för lång \(högst (\d+) tecken\)\."),
                self.tr("The text is too long (at most %1 characters)."),
            ),
            (
                re.compile(r"Filen är för lång \(högst (\d+) tecken\)\."),
                self.tr("The file is too large (at most %1 bytes)."),
            ),
            (
                _exact("Texten innehåller ogiltiga tecken (en halv emoji eller liknande)."),
                self.tr("The text contains characters that are not valid (half an emoji or so)."),
            ),
            (_exact("Talet är ogiltigt."), self.tr("The number is not valid.")),
            (
                _exact("Slutdatumet kan inte ligga före startdatumet."),
                self.tr("The end date cannot be before the start date."),
            ),
            (
                _exact(
                    "Ändringen kan inte sparas eftersom den bryter mot en regel för uppgifterna."
                ),
                self.tr("The change cannot be saved: it breaks a rule of the data."),
            ),
            (
                re.compile(r"Posten finns inte längre \(.+\)\."),
                self.tr("The record no longer exists."),
            ),
            (_exact("Posten kan inte flyttas dit."), self.tr("The record cannot be moved there.")),
            (
                _exact("Det finns redan ett sådant dokument i perioden."),
                self.tr("The period already has such a document."),
            ),
            (_exact("Kommunen behöver ett namn."), self.tr("The municipality needs a name.")),
            (
                _exact("Ange periodens första och sista år, till exempel 2025 och 2026."),
                self.tr("Give the first and the last year of the period, e.g. 2025 and 2026."),
            ),
            (
                _exact(
                    "Databasen är öppnad skrivskyddad, så ändringen sparades inte. Kopiera "
                    "databasen till en mapp där du kan skriva och öppna den där för att kunna "
                    "ändra."
                ),
                self.tr(
                    "The database is open read-only, so the change was not saved. Copy the "
                    "database to a folder you can write to and open it there to make changes."
                ),
            ),
            (
                re.compile(
                    r"Disken där databasen ligger \((.+)\) är full\. Frigör utrymme och "
                    + _NOT_SAVED
                ),
                self.tr(
                    "The disk the database is on (%1) is full. Free some space and make the "
                    "change again. It was not saved; what was saved before is still there."
                ),
            ),
            (
                re.compile(
                    r"Databasen (.+) används av ett annat program \(ett annat BFA Desktop-fönster"
                    r" eller ett kommando som körs\)\. Stäng det och " + _NOT_SAVED
                ),
                self.tr(
                    "The database %1 is in use by another program (another BFA Desktop window "
                    "or a command that is running). Close it and make the change again. It was "
                    "not saved; what was saved before is still there."
                ),
            ),
            (
                re.compile(
                    r"Databasen (.+) kunde inte läsas eller skrivas \(fel på disken eller "
                    r"nätverksenheten\)\. Kontrollera att den är ansluten och " + _NOT_SAVED
                ),
                self.tr(
                    "The database %1 could not be read or written (a fault of the disk or the "
                    "network drive). Check that it is connected and make the change again. It "
                    "was not saved; what was saved before is still there."
                ),
            ),
        ]


def _exact(message: str) -> re.Pattern[str]:
    return re.compile(re.escape(message))


def explain(message: str) -> str:
    """`message` (a refusal from the services or the storage) in the window's language."""
    return Problems().explain(message)
